"""`taskerwatch_events`: what happened, to whom, where and when -> `doc._.events`.

Triggers come from `data/event_triggers.yaml`: phrases matched as regular expressions over
each sentence in any inflection, so the component works with or without a lemmatizer or
parser (a blank `Language()` in tests); some count only beside an amount of money or a
country, weak ones only with a company in the sentence. For each trigger in a sentence:
- negated or hypothetical mentions ("did not cut", "could cut", "if they ban") are skipped;
  where triggers of two types overlap, the tighter one wins;
- the company is the grammatical subject of the trigger when that is a company, else the
  best company of the sentence (platforms first, then the one nearest the trigger), else the
  platform the article is about (its most-mentioned platform);
- countries are those of the trigger's clause (with a parse), else those of its sentence
  that no other event's clause claims, else the country the article is about;
- the date is the nearest date of the clause or of a clause above it, resolved against
  `doc._.published` (extract.dates), else the publication year at year precision;
- figures are those of the sentence.
Mentions of one happening (same type, same company or brand family, overlapping or no
countries) are merged into one event that keeps the most informative sentence.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from extract.countries import resolve_place
from extract.dates import (default_date, find_dates, is_coming_day, is_offset, is_recent_day, resolve_date,
                           resolve_offset)
from extract.figures import national_currency_country
from extract.nlp import extensions
from extract.nlp.segments import segments
from extract.schema import EVENT_TYPES, Event, Figure

extensions.register()

DEFAULT_TRIGGERS = Path(__file__).resolve().parents[2] / "data" / "event_triggers.yaml"

# Who can be the actor of an event, best first. Publishers report; governments, research
# bodies, NGOs and unions act on platforms, so the platform in focus is preferred to them.
KIND_RANK = {"platform": 0, "contractor": 1, "company": 1, "client": 2, "investor": 3,
             None: 2, "": 2, "union": 5, "ngo": 5, "research": 5, "government": 5}
WEAK_KINDS = frozenset({"union", "ngo", "research", "government"})
# Happenings that need no company to be one: a law passed, an inquiry opened.
ACTORLESS_TYPES = frozenset({"government_action", "worker_organising"})
# Happenings such bodies do themselves: "Fairwork published its ratings", "the Ministry of
# Labour opened an inquiry". Named alone in the sentence, they act, not the firm in focus.
WEAK_KINDS_ACT_IN = {"rating_audit": frozenset({"research", "ngo", "union"}),
                     "government_action": frozenset({"government"})}
EXCLUDED_KINDS = frozenset({"publisher"})
# Words before a trigger that make it a happening other than those told before.
DISTINCT_RE = re.compile(r"\b(?:another|second|separate)\b(?:\W+[\w'’-]+){0,4}\W*$", re.I)
# ... and right before a trigger whose type the sentence has told: "layoffs of tutors in the
# fall and additional layoffs in early March" (not "closed its office, resulting in additional
# job cuts", which adds to what the story told before)
DISTINCT_HERE_RE = re.compile(r"\b(?:additional|further|fresh)\s+$", re.I)
DISTINCT_START_RE = re.compile(r"(?:another|second|separate)\b", re.I)
# What the news follows is an earlier happening: "This follows launches in Cape Town and
# Gqeberha earlier this year", "The move comes after a similar cut in March"
# "The strike in Mumbai by Swiggy workers comes months after a similar strike ...": a span of
# time between them says so whatever the subject is
FOLLOWS_RE = re.compile(r"\b(?:(?:this|it|which|that|the\s+(?:move|news|decision|announcement|launch|cut|deal))\s+"
                        r"(?:follows|followed|comes\s+after|came\s+after|comes\s+on\s+the\s+heels\s+of)|"
                        r"(?:comes?|came)\s+(?:(?:just|only|barely|a\s+few|several|some|two|three|four|five|six)\s+)?"
                        r"(?:days|weeks|months|years)\s+after)\s+"
                        r"(?:(?:the|a|an|its|their|earlier|recent|similar|previous|prior)\s+)*$", re.I)
# "to settle four separate lawsuits": a group told together, not one more told apart
GROUP_OF_SEPARATE_RE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many|these|those|the)\s+"
    r"separate\b(?:\W+[\w'’-]+){0,4}\W*$", re.I)

# "raise the minimum reward ... from £6 to £9", "raised pay for raters": what a platform pays.
PAY_RAISE_RE = re.compile(
    r"rais\w*\s+(?:[\w'’-]+\s+){0,3}?(?:pay|wages?|rates?|rewards?|salar(?:y|ies)|minimum|bonus(?:es)?|"
    r"stipends?|allowances?|prices?|fees?|earnings)\b"
    # a forecast raised: "raising our FY'23 Adjusted EBITDA guidance range to $58.0 - $60.0 million"
    r"|rais\w*\s+(?:[\w'’$-]+\s+){0,5}?(?:guidance|outlook|forecasts?|targets?|estimates?|expectations)\b", re.I)
# A raise as a noun is pay: "as many as 5,000 workers received the raise"
PAY_RISE_NOUN_BEFORE_RE = re.compile(r"\b(?:the|a|their|his|her|this|that|pay|annual)\s+$", re.I)
# An agreement in force named as a yardstick, not made: "the amount stipulated in the collective
# bargaining agreement", "does not comply with the national collective agreements"
AGREEMENT_REFERRED_TO_RE = re.compile(
    r"\b(?:in|under|by|with|than)\s+(?:the|their|its|a|an|any)\s+(?:(?:national|existing|current|applicable|"
    r"relevant|sector(?:al)?|industry|industry-wide)\s+)?$", re.I)
# Money secured that no investor put in: won for others or in a case ("secured $16.75 million
# for delivery workers", "from DoorDash in a landmark settlement"), or a contract ("secured a
# $500 million contract from the US Department of Defense")
WON_NOT_RAISED_RE = re.compile(
    r"\s*(?:for|to)\s+(?:[\w'’-]+\s+){0,2}?(?:workers|drivers|employees|couriers|riders|dashers|"
    r"contractors|consumers|victims|customers|staff|shoppers|freelancers)\b|"
    r"[^.;]*?\b(?:settlements?|judge?ments?|damages|restitution|back\s+(?:pay|wages))\b|"
    r"\s*(?:(?!(?:round|funding|financing|series|investment|equity)\b)[\w'’-]+\s+){0,2}?"
    r"(?:contracts?|orders?|tenders?)\b", re.I)
# A court named as where people stand: "gathered on the steps of the California Supreme Court"
COURT_AS_PLACE_RE = re.compile(r"\b(?:steps\s+of|front\s+of|outside(?:\s+of)?)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}$")
# A firm spending on its own sites: "invest about Rs 40 crore in the facility".
OWN_INVESTMENT_RE = re.compile(
    r"^invest\w*\b[^.;]{0,50}?\b(?:in|into)\s+(?:the|its|a|an|new|this)\s+(?:new\s+)?"
    r"(?:facility|facilities|centre|center|centres|centers|site|sites|office|offices|hub|campus|plant|"
    r"building|infrastructure|expansion|training|operations)\b"
    # "total investment in research and development (R&D) amounted to only $4.4 million"
    r"|^invest\w*\s+(?:in|into)\s+(?:its\s+|their\s+)?(?:research|R&D|product\s+development|technology|marketing|"
    r"infrastructure|training)\b", re.I)
# Money a round brought being put to use: "would use the new funding for workforce development",
# "plans to use these funds to acquire": the round told before, not another one.
FUNDS_USED_BEFORE_RE = re.compile(
    r"\b(?:use|uses|used|using|spend|spends|spent|spending|deploy|deploys|deployed|put|puts)\s+"
    r"(?:the|these|this|those|its|their|some\s+of\s+the)\s+(?:new\s+|fresh\s+|latest\s+)?$", re.I)
# What a valuation is of when it is a thing, not a firm: "the new office, which is valued at $27 million"
ASSET_VALUED_BEFORE_RE = re.compile(
    r"\b(?:office|offices|facility|facilities|building|buildings|site|sites|centre|center|centres|centers|campus|"
    r"hub|plant|premises|property|properties|project|projects|tower|land|contract|contracts)\b"
    r"(?:,?\s+(?:which|that)\s+(?:is|was|are|were|has\s+been|have\s+been)(?:\s+\w+ly)?)?\s*$", re.I)
# An owner's exit is a sale: "one of Blackstone's best exits from India", "Serco decided to exit"
INVESTOR_EXIT_RE = re.compile(r"\b(?:bought|buys?|sold|sells?|selling|acquir\w*|stake|divest\w*|investors?|"
                              r"private\s+equity|enterprise\s+value)\b", re.I)
# Shares bought on the market: "investors who acquired TELUS International (NYSE:TIXT) securities".
# Deals in general before a plural "acquisitions": "its recent acquisitions", "a string of acquisitions"
PAST_DEALS_RE = re.compile(r"\b(?:recent|past|previous|earlier|several|many|various|(?:a\s+)?(?:string|series|spate)\s+of)\s+$", re.I)
MORE_SHARES_RE = re.compile(r"\s+(?:[\w,.]+\s+){0,2}?(?:additional|more|further)\s+(?:[\w,.]+\s+){0,2}?"
                            r"(?:shares|stake|stock|equity)\b", re.I)
# "Naya also bought into Bolt in July": a stake taken, not the firm
BOUGHT_INTO_RE = re.compile(r"(?:buy|buys|bought|buying)\s+into\s+(?!the\s+(?:idea|argument|story|hype|narrative|claim)\b)", re.I)
PEOPLE_HIRED_RE = re.compile(r"\s+(?:[\w.-]+['’]s\s+)?(?:CEO|chief|founders?|co-founders?|cofounders?|president|"
                             r"team|staff|engineers|researchers|executives?)\b", re.I)
SECURITIES_BOUGHT_RE = re.compile(r"\s+(?:[^\s;]+\s+){0,10}?(?:securities|shares|stock|ADSs?|bonds)\b(?!\s+of\b)", re.I)
# Asking for something: "pushing for better pay", "asking for an investigation".
ASKING_FOR = r"(?:push|call|ask|press|campaign|lobby|lobbi)(?:es|s|ed|ing)?(?:\s+[\w'’]+){0,3}\s+for"
# Words before a trigger that make it not (yet) have happened.
BLOCKERS_RE = re.compile(
    r"(?:\b(?:not|never|no(?!\.\s*\d)|no\s+plans?|could|might|(?-i:may)|if|whether|unless|would\s+not|"
    r"threaten(?:s|ed|ing)?\s+to|plans?\s+to|planning\s+to|consider(?:s|ed|ing)?|"
    r"avoid(?:s|ed|ing)?|prevent(?:s|ed|ing)?|den(?:y|ies|ied)|rumou?r(?:s|ed)?|"
    r"fear(?:s|ed)?|risk(?:s|ed)?|reserves\s+the\s+right\s+to|can|cannot|should|without|"
    # a purpose: "The deal will help DoorDash to expand its business in Europe"
    r"(?:will|would|to|could|should)\s+(?:help|allow|enable)|"
    r"rather\s+than|instead\s+of|yet\s+to|(?:harder|easier|difficult|impossible|unable)\s+to|"
    # Plans and expectations: "is expected to announce job cuts", "was about to shut out".
    r"(?:about|expected|poised|set|likely|going)\s+to|preparing|(?:were|was)\s+to|in\s+(?:talks|discussions|negotiations)\s+to|"
    r"(?:expects?|expecting|hopes?|hoped|hoping|aims?|aiming|intends?|intending|wants?|wanting|"
    r"look(?:s|ing)?|seeks?|seeking)\s+to|"
    # Demands and appeals: "pushing for better pay", "asking for an investigation",
    # "wrote to members of Congress warning".
    + ASKING_FOR + r"|demand(?:s|ed|ing)?|"
    r"urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|"
    r"(?:wr[io]te|written|writing|letter|appeal(?:ed|ing)?|petition(?:ed|ing)?)\s+to)\b"
    r"|n['’]t\b)"
    r"(?:\W+\w+){0,2}\W*$",
    re.I,
)
# "The court stopped Sama from terminating the contracts": what was stopped did not happen.
PREVENTED_RE = re.compile(
    r"\b(?:stop(?:s|ped|ping)?|bar(?:s|red|ring)?|prevent\w*|block(?:s|ed|ing)?|restrain\w*|"
    r"prohibit\w*|interdict\w*|forb(?:id|ids|ade|idden|idding))\b(?:\W+[\w'’.-]+){0,16}?\W+from\W*$", re.I)
# What a court or regulator halted: "blocked the redundancy of 184 moderators".
HALTED_RE = re.compile(
    r"\b(?:block(?:s|ed|ing)?|bar(?:s|red|ring)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|stay(?:s|ed|ing)?|"
    r"restrain\w*|quash\w*|prevent\w*|froze|freez\w*)\s+(?:the\s+|any\s+|all\s+|further\s+|their\s+|its\s+)?"
    r"(?:planned\s+|proposed\s+|intended\s+)?$", re.I)
# The head of a list of links to other stories: what follows is their headlines, not this story.
LINKS_HEADING_RE = re.compile(
    r"\s*(?:[-•*]\s*)?(?:related(?:\s+(?:stories|articles|coverage|reading|news))?|read\s+(?:more|next|also)(?:\s+[a-z]+)?|"
    r"also\s+read|more\s+(?:from|on|stories)\b[^\n]*|most\s+(?:read|popular)|recommended(?:\s+for\s+you)?|"
    r"see\s+also|further\s+reading|you\s+may\s+also\s+like|trending)\s*(?::|\n|$)", re.I)
# A press release's boilerplate: "About EADWU: Founded in 2024, the union represents ...",
# "Notes to editors", "Media contact". What the sender is, not what happened.
BOILERPLATE_RE = re.compile(
    r"[ \t]*(?:About\s+(?:the\s+|us\b)?[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,6}[ \t]*(?::|\n)|"
    r"(?i:notes?\s+(?:to|for)\s+editors?|media\s+(?:contact|enquiries|inquiries)|press\s+contact)\b)")
MARKET_VALUE_RE = re.compile(r"\b(?:stock|share\s+price|peak|market\s+(?:value|capitali[sz]ation|cap)|"
                             r"traded|trading|closing\s+price)\b", re.I)
# A rule between the links and the story: "-", "***", "—".
SEPARATOR_LINE_RE = re.compile(r"\n[ \t]*(?:[-–—*_=•·]+[ \t]*)\n")


def _prose_line(text: str, sent) -> bool:
    """Whether the line that `sent` opens is a paragraph of prose, not a linked headline: a
    headline is short and ends without a full stop."""
    end = text.find("\n", sent.start_char)
    line = text[sent.start_char:end if end >= 0 else len(text)].strip()
    return len(line.split()) >= 20 and line[-1:] in '.!?"”’'


# Links to other stories run into a line of page furniture.
INLINE_LINKS_RE = re.compile(r"[·|•]\s*(?:related|read\s+more|also\s+read|see\s+also|more\s+stories)\s*:", re.I)
# Hedges between the words of a trigger: "lawmakers said they may introduce a bill".
HEDGE_INSIDE_RE = re.compile(
    r"\b(?:could|might|(?-i:may)|plans?\s+to|planning\s+to|yet\s+to|consider(?:s|ed|ing)?|"
    r"weigh(?:s|ed|ing)?|threaten(?:s|ed|ing)?\s+to|want(?:s|ed)?\s+to|hope(?:s|d)?\s+to|"
    r"intend(?:s|ed)?\s+to|would\s+not|will\s+not|won['’]t|can\s+be|cannot)\b", re.I)
# A claim the sentence reports only to deny it: "He rejected suggestions that Appen had cut
# pay", "the company denied reports that it would ...".
DENIED_RE = re.compile(
    r"\b(?:reject|dismiss|refut|den(?:y|ie)|disput|contest)\w*\s+(?:\w+\s+){0,2}?"
    r"(?:suggestions?|claims?|reports?|allegations?|rumou?rs?|accusations?|speculation)\b[^.;:]*\bthat\b[^.;:]*$",
    re.I)
# ... or reports first and denies after: "Speaking on reports that the company had laid off
# several of its contract staff, Oyagbola said that this was untrue".
REPORTED_CLAIM_RE = re.compile(r"\b(?:reports?|claims?|allegations?|rumou?rs?|suggestions?|speculation)\s+"
                               r"(?:[\w'’-]+\s+){0,3}?that\b[^.;]*$", re.I)
DENIED_AFTER_RE = re.compile(r"\b(?:was|were|is|are|as|been)\s+(?:completely\s+|totally\s+|entirely\s+|simply\s+)?"
                             r"(?:untrue|false|baseless|unfounded|incorrect|inaccurate|fake|not\s+true)\b", re.I)
# What the sentence only wonders or hears: "Asked whether Turing would buy smaller firms",
# "rumours are circulating that Outlier has deactivated", "is said to be weighing a raise",
# "is in talks to raise up to $1 billion".
UNSETTLED_RE = re.compile(
    r"(?:\b(?:whether|if)\b[^,;:.—–]*|\bimagin(?:e|es|ing)\b[^.;]*"
    r"|\b(?:rumou?rs?|speculation|theory|suspects?|suspicions?|unconfirmed\s+reports?)\b[^.;]*\bthat\b[^.;]*"
    r"|\b(?:(?:said|reported|understood|rumou?red|thought)\s+to\s+be|(?:in|held|holding|hold|holds)\s+talks"
    r"|sounding\s+out|weigh(?:s|ed|ing)?)\b[^.;,]*)$", re.I)
# A question that asks rather than tells: "Did you also cut pay?" (not "You were let go in
# January?", an interviewer's check of a fact).
QUESTION_RE = re.compile(
    r"^\W*(?:q\s*[:.]\s*)?(?:did|do|does|will|would|is|are|was|were|has|have|had|can|could|should|may|"
    r"might|what|why|how|when|where|who|which|whether)\b.*\?\W*$", re.I | re.S)
# A survey's finding about its respondents, not a happening: "62% of respondents had a late
# payment", "a third of those surveyed said their earnings had fallen".
SURVEY_RE = re.compile(
    r"(?:\d\s?(?:%|per\s?cent|percent)|\b(?:a|one|two)\s+(?:third|quarter|fifth)|\bhalf|\bmost|\bmajority|\bshare)"
    r"\W+(?:[\w'’-]+\W+){0,6}?(?:respondents|surveyed|polled|interviewees|poll)\b"
    # "Some 41 percent said that work they had completed had been rejected": a finding
    r"|\d\s?(?:%|per\s?cent|percent)\s+(?:of\s+(?:them|those|workers|respondents)\s+)?(?:said|reported|told|say|report|concerned|involved|cited)\b",
    re.I)
# Triggers whose words say something else where these follow them (matched from the trigger's
# start): "cut off its workers in Nigeria" is access, not jobs; "refused to dismiss the claims
# of workers" is a court's act; "asking it to settle any outstanding payments" is paying, not a
# lawsuit settled; "earnings ... once unpaid time searching for tasks was counted" is how a
# survey counts pay, not pay withheld.
LOOKALIKE_RES = {
    "layoff": re.compile(
        r"dismiss\w*\s+(?:\w+\s+){0,2}?(?:claims?|case|cases|suits?|lawsuits?|appeals?|complaints?|"
        r"charges|petitions?|motions?)\b|cut\w*\s+off\b|"
        # "eliminate the problem faced by many Filipino workers": no jobs cut
        r"(?:cut\w*|eliminat\w*|slash\w*)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+|its\s+|their\s+)?(?:[\w-]+\s+)?"
        r"(?:problems?|issues?|need|risks?|barriers?|hassles?|fees?|costs?|delays?|bias|errors?|middlem[ae]n|"
        r"paperwork|commissions?|charges?|friction)\b|"
        # "eliminated a $15-an-hour minimum wage for contractors": a pay rule dropped, no jobs
        r"eliminat\w*\s+(?:[\w$.,'’-]+\s+){0,4}?(?:minimum\s+wages?|wage\s+(?:floors?|rules?|requirements?)|"
        r"benefits?\s+(?:rules?|requirements?|mandates?))\b|"
        # "approved the restructuring plans of two subsidiaries ... ahead of a cash crunch",
        # "bringing its restructuring plans to a UK court": debts, not jobs
        # "a complete restructuring of how money enters the country": a system remade
        r"restructuring\s+of\s+(?:how|what|where|the\s+way)\b|"
        r"restructur\w*\s+(?:plans?\s+)?(?:of\s+(?:its\s+|the\s+)?(?:debts?|bonds?|loans?|liabilities)|"
        r"(?:[\w-]+\s+){0,6}?(?:to\s+(?:a|the)\s+(?:[\w-]+\s+)?court|sanctioned|creditors?|bondholders|lenders))\b", re.I),
    "legal_action": re.compile(
        r"settl\w*\s+(?:\w+\s+){0,2}?(?:payments?|payouts?|dues|bills?|arrears|invoices?|"
        r"balances?|wages|salaries|accounts)\b|"
        # "Settlement of the placement is expected on March 15": a share trade settles
        r"settlement\s+(?:of|for)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:placement|placing|shares?|trades?|transactions?|offer|"
        r"entitlement|allotment|issue|securities)\b|"
        # "have settled on changing our base commission": a choice made; "needs to settle its
        # financing arrangements": paperwork
        r"settled\s+on\b|settle\w*\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:financing|debts?|arrangements?|"
        r"differences)\b|"
        # "Money moves from clients to PayPal, settles in Paga": money lands in an account
        r"settles\s+(?:in|into)\b|"
        # "a special court-ordered meeting and general meeting held on August 29": shareholders vote
        r"court[-\s]+(?:ordered\s+|convened\s+|sanctioned\s+)?meetings?\b", re.I),
    # "to purchase employment injury insurance for its delivery drivers": buying cover, not a firm
    "acquisition": re.compile(r"(?:buy\w*|bought|purchas\w*|acquir\w*)\s+(?:[\w-]+\s+){0,4}?(?:insurance|coverage|cover|policies|"
                              r"equipment|laptops?|computers?|licen[cs]es?|tickets?|advertising|ads|software)\b|"
                              # "acquired his own bike through a loan service": a rider's tools, not a firm
                              r"(?:buy\w*|bought|purchas\w*|acquir\w*)\s+(?:his|her|their|a|an)\s+(?:own\s+)?(?:new\s+)?"
                              r"(?:bikes?|motorbikes?|motorcycles?|scooters?|cars?|vehicles?|phones?|smartphones?)\b(?![\w-])|"
                              # "illegal to acquire that content through piracy": works, not a firm
                              r"acquir\w*\s+(?:that|the|this|these|those|their|its|such)?\s*(?:copyrighted\s+)?"
                              r"(?:content|data|material|works|books|music|songs|lyrics|images|skills|knowledge)\b"
                              r"(?![\s-]+(?:firm|company|companies|startup|business|provider|platform|group|unit|"
                              r"vendor|specialist|labell?ing|annotation|centre|center))", re.I),
    # "demonstrating our confidence in TI", "demonstrated little detriment": showing, not a
    # protest; "struck a deal": agreed; "a Work Stoppage Order": a regulator's order
    "worker_organising": re.compile(
        r"demonstrat(?:e|es|ed|ing)\s+(?!(?:outside|against|in|at|on|for|over|near|peacefully|again|across|"
        r"along|through|before|to|and|or|with|during|after|in\s+front)\b)[\w'’-]+|"
        r"(?:[\w'’-]+\W+){0,12}?struck\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|pact|balance|chord|tone|"
        r"note|blow|partnership)\b|"
        r"work\s+stoppage\s+orders?\b", re.I),
    # "earnings before interest, tax, depreciation and amortisation (EBITDA) will be reduced":
    # the firm's profit, not workers' pay
    # "a levy aimed at funding social security for delivery partners": paying for a public good
    "funding_round": re.compile(r"funding\s+(?:the\s+|their\s+|its\s+)?(?:social\s+(?:security|protection)|welfare|"
                                r"pensions?|health\s*care|insurance|benefits|schemes?)\b", re.I),
    "pay_cut": re.compile(r"(?:[\w'’()-]+\W+){0,12}?(?:earnings\s+(?:before\s+interest|per\s+share)|EBITDA)\b", re.I),
    # "The U.S. Department of Defense signed a $99 million contract with Scale": the state as a client
    "government_action": re.compile(r"(?:[\w'’.,-]+\W+){0,12}?sign(?:s|ed|ing)?\s+(?:a|an|the|its)\s+(?:[\w$.,'’-]+\s+){0,4}?"
                                    r"(?:contracts?|deals?)\b(?!\s+(?:law|bill))|"
                                    # "a study by the university's department of labor studies": scholars
                                    r"(?:department|ministry)\s+of\s+labou?r\s+(?:studies|economics|relations|law|history|"
                                    r"sociology|research)\b", re.I),
    "payment_delay": re.compile(r"(?:[\w'’()-]+\W+){0,3}?(?:earnings|revenue|profit)\s+miss(?:es|ed)?\b|"  # results below forecasts
                               r"[^\n]*?\bunpaid\s+(?:time|training|onboarding|tests?|qualifications?|"
                               r"assessments?|hours?\s+(?:waiting|searching|looking|spent|training))\b|"
                               # "did not pay them for time spent on training": how pay is counted
                               r"(?:did\s+not|didn['’]t|never)\s+pa(?:y|id)\s+\w+\s+for\s+(?:the\s+)?(?:time|training|"
                               r"onboarding|tests?|qualifications?|assessments?|hours?\s+spent)\b", re.I),
    # "tasked with removing violent rhetoric and extremism from digital platforms": content
    # taken down by moderators, not workers removed
    "deactivation": re.compile(r"remov\w*\s+(?:[\w'’,-]+\s+){0,6}?(?:content|posts?|videos?|images?|photos?|material|"
                               r"rhetoric|misinformation|disinformation|speech|comments?|extremism|violence|"
                               r"propaganda|spam|messages?)\b", re.I),
    # "a premium of 51% to Tuesday's closing price in Amsterdam": a market's close
    "access_cutoff": re.compile(r"closing\s+(?:share\s+)?(?:prices?|bell|levels?|auction|session)\b|"
                                # "close to 100 people working in our site": nearly; "will close its
                                # offices for the day": a day off
                                r"close\s+to\b|(?:close|shut)\s+(?:[\w’'-]+\s+){0,6}?for\s+the\s+(?:day|holidays?|weekend|night)\b|"
                                # "their access to company systems would be terminated": staff let go
                                # ("... when they lost access to Slack and email")
                                r"(?:[\w’'-]+\W+){0,12}?access\s+to\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?"
                                r"(?:(?:company|internal|corporate|work|office)\s+(?:systems?|Slack|email|laptops?|"
                                r"tools|networks?|buildings?|premises)|Slack|e-?mails?|laptops?|intranet)\b|"
                                # "being told to leave immediately and being cut off from all their
                                # communications": staff let go, not a platform shut
                                r"(?:(?:being|been|were|was|got|get|are|is)\s+)?cut\w*\s+off\s+from\s+(?:all\s+)?(?:of\s+)?(?:their|his|her|its|the)\s+(?:work\s+|company\s+)?"
                                r"(?:communications?|emails?|Slack|laptops?|systems?|accounts?)\b|"
                                # "drivers ... switch off the ride-hailing app in protest": a log-off strike
                                r"switch\w*\s+off\s+(?:the\s+|their\s+)?(?:[\w’'-]+\s+){0,2}?apps?\b", re.I),
}
# A sentence that opens on when its firm began: "Launched in 2013, San Francisco-based DoorDash ..."
FOUNDED_OPENING_RE = re.compile(r"\W*(?:launched|founded|started|established|created)\s+in\s+(?:\w+\s+)?\d{4}\s*,", re.I)
# A firm's forecast lowered, not workers' pay: "lowered its fiscal-year adjusted earnings and revenue guidance"
FORECAST_CUT_RE = re.compile(r"(?:[\w'’()-]+\W+){0,12}?(?:earnings|revenue|profit|sales)\s+(?:and\s+[\w-]+\s+)?"
                             r"(?:guidance|forecasts?|outlook)\b", re.I)
# The rest of a law's title after a capitalised trigger: "(Retrenchment) and Severance
# Benefits Act", "(Redundancy) Payments Act 1965".
LAW_TITLE_REST_RE = re.compile(r"(?:\s+(?:(?:and|&|of|for|on)\s+)?[A-Z][\w()'’-]*){0,6}?\s+"
                               r"(?:Act|Law|Bill|Code|Regulations?|Decree|Ordinance)\b")
LAW_YEAR_BEFORE_RE = re.compile(r"\b[A-Z]\w+\s+(?:Act|Law|Decree|Ordinance)(?:\s+No\.?\s*\d+)?(?:\s+of)?\s+$"
                                # "an amendment ... to a law from 2012": the law's year
                                r"|\b(?:a|the|an)\s+(?:[\w-]+\s+)?(?:law|act|decree|ordinance|statute)\s+(?:from|of|dating\s+from)\s+$")
# "the DO (Department Order) 2015-11", "Memorandum Circular No. 2019-06": an order's number,
# not a month
ORDER_NUMBER_BEFORE_RE = re.compile(r"\b(?:Orders?|DO|AO|MC|Circulars?|Memorandums?|Resolutions?|Rules?|"
                                    r"Notices?|Nos?\.?|Numbers?)\)?\s+$", re.I)
# The words right before a trigger that make it something else, by type (LOOKALIKE_RES reads
# the words from the trigger on).
LOOKALIKE_BEFORE_RES = {
    # "no added significant barriers to entry and expansion in the market": a market's terms
    "expansion": (re.compile(r"\bbarriers?\s+to\s+(?:market\s+)?(?:entry\s+(?:and|or)\s+)?$", re.I),),
    "worker_organising": (
        # "The European Union established new rules": no union of workers
        re.compile(r"\b(?:European|African|Eurasian|Soviet|customs|credit|postal|monetary)\s+$", re.I),
        # "guarantees its workers the right to form a union": a right, not an act
        re.compile(r"\bright\s+(?:of\s+workers\s+)?to\s+$", re.I)),
    # "A London judge approved the restructuring plans of two subsidiaries": a court or
    # creditors approve a plan for debts; "as several industries shed jobs", "the economy lost
    # 50,000 jobs": a sector's or an economy's losses, no firm's layoff
    "layoff": (re.compile(r"\b(?:judge|court|creditors|bondholders|lenders)\b[^.;]{0,40}?\b(?:approved|approves|sanctioned|"
                          r"sanctions|backed|rejected|blocked)\s+(?:the\s+|its\s+|a\s+|their\s+)?$", re.I),
               re.compile(r"\b(?:industries|sectors|economy|economies)\s+(?:have\s+|has\s+|had\s+)?$", re.I)),
    # "remain far from settled": a question open, no case settled
    "legal_action": (re.compile(r"\b(?:far\s+from|not\s+yet|yet\s+to\s+be)\s+$", re.I),),
    # "card issuing and acquiring business", "merchant acquiring": taking card payments for
    # merchants, not buying firms
    "acquisition": (re.compile(r"\b(?:issuing\s+(?:and|&)|merchant|card)\s+$", re.I),
                    # "The GOP takeover in Washington": power won, no firm bought
                    re.compile(r"\b(?:GOP|Republican|Democratic|Democrat|military|Taliban|rebel|communist|"
                               r"political|parliamentary)\s+$", re.I)),
    # "sent a notice Friday to the Colorado Department of Labor": a firm's notice or filing
    # addressed to a public body, which does nothing yet
    "government_action": (
        re.compile(r"\b(?:notices?|notifications?|notified|letters?|filings?|filed|complaints?|reports?|reported|"
                   r"wrote|written|submitted|applied|applications?)\b[^.;:]{0,40}?\b(?:to|with)\s+(?:the\s+)?"
                   r"(?:[A-Z][\w.&'’-]*\s+|(?:labou?r|state|district|national|local)\s+){0,4}$"),
        # "informed the state Department of Labor that the planned layoffs are the result of ..."
        re.compile(r"\b(?:informed|informs|inform|notified|notifies|notify|told|tells|alerted|alerts)\s+(?:the\s+)?"
                   r"(?:state|federal|local|provincial|regional|city)?\s*(?:[A-Z][\w.&'’-]*\s+){0,4}$"),),
}
# "called on the Department of Labor and Employment (DOLE) to immediately provide ...": an
# appeal to a public body, which has done nothing yet (unless a public body makes it: "A
# committee of MPs has called on ministers to extend minimum wage protection")
APPEAL_TO_BODY_RE = re.compile(r"\b(?:call(?:s|ed|ing)?\s+on|urg(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+to|"
                               r"petition(?:s|ed|ing)?)\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){0,4}$")
STATE_CALLER_RE = re.compile(r"\b(?:committee|MPs|lawmakers|legislators|parliament|government|ministry|minister|"
                             r"council|congress|commission|regulator)\b", re.I)
# a trigger word quoted alone is named, not told: "tag each "child", "violence", "protest""
QUOTES = frozenset('"“”‘’\'')
PASSIVE_BEFORE_QUOTE_RE = re.compile(r"\b(?:was|were|is|are|be|being|been|got|get|gets|getting)\s*$", re.I)
# What is "dismissed" when it is no one's job: "Market talk that ... was dismissed by Appen",
# "The claim was dismissed".
DISMISSED_THING_RE = re.compile(
    r"\b(?:talk|reports?|rumou?rs?|speculation|suggestions?|claims?|allegations?|ideas?|"
    r"notion|concerns?|case|appeal|complaint|petition|motion|suit|lawsuit|charges?)\b", re.I)


def _dismissed_thing(before: str) -> bool:
    """The words before "was dismissed" name a thing and no people after it: "Market talk
    that a group was circling the company", not "the claims of 40 raters who"."""
    things = list(DISMISSED_THING_RE.finditer(before.split(";")[-1].split(".")[-1]))
    if not things:
        return False
    tail = before.split(";")[-1].split(".")[-1][things[-1].end():].lower()
    return not any(w in PEOPLE_NOUNS or w in ("who", "whom", "he", "she", "they")
                   for w in re.findall(r"[a-z]+", tail))
# an act whose object is "no ...": nothing was done ("issued no guidance", "laid off no one")
NONE_DONE_RE = re.compile(r"\s+(?:no|zero)\s+(?!longer\b|later\b|doubt\b|matter\b|less\b|more\b|fewer\b)\w", re.I)
# a comparative trigger right before "than": how things compare, not what changed
COMPARATIVE_END_RE = re.compile(r"\b(?:lower|less|fewer|smaller)$", re.I)
THAN_RE = re.compile(r"\s+than\b", re.I)
# ... unless it is where a change ended: "went from earning $10 per task to less than 1 cent"
CHANGED_TO_RE = re.compile(r"\b(?:to|down\s+to)\s+(?:\w+\s+)?(?:lower|less|fewer|smaller)$", re.I)
NEGATION_RE = re.compile(r"\b(?:not|never|no\s+longer|without)\b|n['’]t\b", re.I)
# What platforms do to their workers.
WORKER_TYPES = frozenset({"access_cutoff", "signup_block", "pay_cut", "payment_delay",
                          "deactivation", "layoff"})
# Types that happen to others as often as to the platform in focus.
OUTSIDE_TYPES = frozenset({"worker_organising", "government_action", "legal_action",
                           "acquisition", "funding_round", "rating_audit", "expansion"})
NEEDS_COUNTRY = frozenset({"expansion"})
# Types whose countries are where the event takes place by definition: their clause keeps
# its countries from the other events of the sentence.
PLACE_TYPES = frozenset({"access_cutoff", "signup_block", "expansion"})
ORGANISING_NOUNS = frozenset({"association", "union", "collective", "guild", "alliance",
                             "federation", "cooperative", "co-op", "network", "campaign"})
# Platform workers named by their trade, beside PEOPLE_NOUNS
COURIER_NOUNS = frozenset({"couriers", "drivers", "riders", "agents"})
PEOPLE_NOUNS = frozenset({"workers", "applicants", "taskers", "moderators", "staff", "employees",
                          "contractors", "annotators", "freelancers", "raters", "users",
                          "contributors", "labellers", "labelers", "tutors", "trainers", "people"})
# What only a platform or employer does: cut access, open a market, cut or hold pay.
PLATFORM_ACTS = WORKER_TYPES | {"expansion"}
CLAUSE_DEPS = frozenset({"advcl", "ccomp", "relcl", "acl", "parataxis", "csubj", "xcomp_never"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})

_DATE_LEADS = frozenset({"in", "on", "at", "by", "from", "since", "of", "until", "during"})
_FUNCTION_WORDS = frozenset({
    "to", "in", "of", "for", "the", "a", "an", "from", "out", "off", "up", "down", "on", "by",
    "with", "their", "its", "his", "her", "not", "no", "new", "than", "at", "into", "as",
    "before", "after", "n't", "longer", "and", "or",
})
_IRREGULAR = {
    "cut": ["cut", "cuts", "cutting"], "shut": ["shut", "shuts", "shutting"],
    "lay": ["lay", "lays", "laying", "laid"], "pay": ["pay", "pays", "paying", "paid"],
    "withhold": ["withhold", "withholds", "withholding", "withheld"],
    "hold": ["hold", "holds", "holding", "held"], "lead": ["lead", "leads", "leading", "led"],
    "buy": ["buy", "buys", "buying", "bought"], "take": ["take", "takes", "taking", "took", "taken"],
    "fall": ["fall", "falls", "falling", "fell", "fallen"], "sink": ["sink", "sinks", "sinking", "sank", "sunk"],
    "lose": ["lose", "loses", "losing", "lost"], "shed": ["shed", "sheds", "shedding"],
    "set": ["set", "sets", "setting"], "begin": ["begin", "begins", "beginning", "began", "begun"],
    "bring": ["bring", "brings", "bringing", "brought"], "go": ["go", "goes", "going", "went", "gone"],
    "give": ["give", "gives", "giving", "gave", "given"], "find": ["find", "finds", "finding", "found"],
    "get": ["get", "gets", "getting", "got", "gotten"], "hear": ["hear", "hears", "hearing", "heard"],
    "win": ["win", "wins", "winning", "won"], "freeze": ["freeze", "freezes", "freezing", "froze", "frozen"],
    "make": ["make", "makes", "making", "made"], "let": ["let", "lets", "letting"],
    "strike": ["strike", "strikes", "striking", "struck"], "raise": ["raise", "raises", "raising", "raised"],
    "sue": ["sue", "sues", "suing", "sued"], "wind": ["wind", "winds", "winding", "wound"],
    "shrink": ["shrink", "shrinks", "shrinking", "shrank", "shrunk"], "put": ["put", "puts", "putting"],
    "owe": ["owe", "owes", "owing", "owed"], "end": ["end", "ends", "ending", "ended"],
    "open": ["open", "opens", "opening", "opened"], "quit": ["quit", "quits", "quitting"],
}


def _inflections(word: str) -> list[str]:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if "-" in w and all(part.isalpha() for part in w.split("-")):
        head, _, last = w.rpartition("-")
        return [f"{head}-{form}" for form in _inflections(last)]  # geo-block -> geo-blocked
    if w in _FUNCTION_WORDS or not w.isalpha() or len(w) < 3:
        return [w]
    forms = {w, w + "s"}
    if w.endswith("e"):
        forms |= {w + "d", w[:-1] + "ing"}
    elif w.endswith("y") and w[-2] not in "aeiou":
        forms |= {w[:-1] + "ies", w[:-1] + "ied", w + "ing"}
    else:
        forms |= {w + "ed", w + "ing", w + "es"}
        # ban -> banned, drop -> dropped: short words ending consonant-vowel-consonant.
        if len(w) <= 4 and w[-1] not in "aeiouwxy" and w[-2] in "aeiou" and w[-3] not in "aeiou":
            forms |= {w + w[-1] + "ed", w + w[-1] + "ing"}
    return sorted(forms)


# "<money>" in a phrase stands for an amount as written: "$1bn", "€20m", "100 million".
_MONEY_TOKEN = (r"(?:(?:US\\?\$|\\?[$€£¥₹₦₱]|[A-Z]{3}\s?)\d[\d,.]*(?:\s?(?:bn|mn|m|k|b)\b|\s(?:million|billion))?"
                r"|\d[\d,.]*\s?(?:bn|mn|m|b)\b|\d[\d,.]*\s(?:million|billion))")


def _word_regex(alternatives: str) -> str:
    if alternatives == "<money>":
        return _MONEY_TOKEN
    parts = []
    for alt in alternatives.split("|"):
        if not alt:
            continue
        exact = alt.startswith("~")
        alt = alt.lstrip("~")
        forms = [alt.lower()] if exact else _inflections(alt)
        for form in forms:
            # A hyphen also matches a space or nothing: "sign-ups", "sign ups", "signups".
            piece = r"[\s-]?".join(re.escape(p) for p in form.split("-"))
            parts.append(piece.replace("'", "['’]"))
    parts.sort(key=len, reverse=True)
    return r"(?:" + "|".join(parts) + r")"


def compile_phrase(phrase: str) -> re.Pattern:
    """A regex for a trigger phrase in the little language of data/event_triggers.yaml."""
    pieces = []
    pending_gap = False
    for token in str(phrase).split():
        if token == "...":
            pending_gap = True
            continue
        if pieces:
            pieces.append(r"\W+(?:[\w'’-]+\W+){0,8}?" if pending_gap else r"\W+")
        pieces.append(_word_regex(token))
        pending_gap = False
    return re.compile(r"(?<![\w-])" + "".join(pieces) + r"(?![\w])", re.I)


ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "obj"})
# "banned hundreds of drivers", "froze some of their accounts": the verb acts on what is counted
QUANTITY_NOUNS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "million",
                            "millions", "score", "scores", "number", "lot", "lots", "handful",
                            "batch", "group", "some", "many", "all", "most", "several", "majority"})
UNSURE_MODALS = frozenset({"could", "might", "may", "would", "should", "can", "ca", "must"})
OTHER_RATES = frozenset({"interest", "exchange", "tax", "inflation", "unemployment", "mortgage",
                         "policy", "lending", "benchmark", "growth", "poverty", "tariff"})


def _negated_or_hedged(verb: Token, modals=UNSURE_MODALS) -> bool:
    """The verb is denied or only possible: "were not lowered", "could be cut"."""
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in modals) for c in verb.children)


def _denied_or_possible(verb: Token) -> bool:
    """Denied, or what may be ("could be resolved"); "would" stays a reported plan ("told the
    authorities it would dismiss 2,059 people")."""
    return _negated_or_hedged(verb, modals=("could", "might", "may"))


class _ArgumentMatch:
    """The part of a sentence an ArgumentPhrase matched, read like a regex match."""

    def __init__(self, words: str, start: int, end: int):
        self._words, self._start, self._end = words, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self, _index: int = 0) -> str:
        """The two words alone ("bonus halved"): what lies between them ("which could reach
        1,400 DH") is another clause, whose hedges and negations are not the verb's."""
        return self._words


class ArgumentPhrase:
    """A trigger phrase "VERB|VERB > NOUN|NOUN": one of the verbs (by lemma) acting on one
    of the nouns, its object or passive subject ("hourly rates on Bengali-language writing
    and evaluation projects on Outlier were lowered"), the subject of a verb with no object
    ("pay fell"), or a noun the verb's participle describes ("payments held for 60 days"),
    however many words lie between. It needs the dependency parse."""

    def __init__(self, phrase: str):
        verbs, nouns = phrase.split(">")
        self.verbs = frozenset(w.strip().lower() for w in verbs.split("|") if w.strip())
        words = [w.strip().lower() for w in nouns.split("|") if w.strip()]
        self.nouns = frozenset(w for w in words if not w.startswith("~"))
        self.exact_nouns = frozenset(w[1:] for w in words if w.startswith("~"))  # "~registrations"

    def search(self, _text: str) -> None:
        return None  # text alone has no parse: see finditer

    def _is_noun(self, token: Token) -> bool:
        if token.pos_ not in ("NOUN", "PROPN") or not (
                token.lemma_.lower() in self.nouns or token.lower_ in self.nouns | self.exact_nouns):
            return False
        # "the central bank cut interest rates": a rate, but nobody's pay
        return not any(c.lower_ in OTHER_RATES for c in token.children if c.dep_ in ("compound", "amod", "poss"))

    def finditer(self, sent: Span) -> list[_ArgumentMatch]:
        out = []
        base = sent.start_char
        for verb in sent:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.verbs:
                continue
            if _negated_or_hedged(verb):
                continue  # "rates were not lowered", "pay could be cut"
            args = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS]
            if not args:
                args = [c for c in verb.children if c.dep_ == "nsubj"]
            args += [c for a in args for c in a.conjuncts]
            args += [o for a in args if a.lemma_.lower() in QUANTITY_NOUNS for p in a.children
                     if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                args.append(verb.head)
            for arg in args:
                if self._is_noun(arg) and sent.start <= arg.i < sent.end:
                    first, last = sorted((verb, arg), key=lambda t: t.i)
                    out.append(_ArgumentMatch(f"{first.text} {last.text}", first.idx - base,
                                              last.idx + len(last) - base))
        return out


def _public_body_tokens(doc: Doc) -> frozenset:
    """Indices of the tokens of the organisations typed "government" in the document, courts
    left out: what a court orders is a ruling in a case (legal_action), not a policy."""
    key = "taskerwatch_public_body_tokens"
    if key not in doc.user_data:
        doc.user_data[key] = frozenset(
            i for c in doc._.companies or [] if c[2] == "government"
            and not COURT_WORDS & {t.lower_ for t in c[0]} for i in range(c[0].start, c[0].end))
    return doc.user_data[key]


# the state telling news, the last word of a government trigger: "the minister ... announced"
STATE_SAYS_RE = re.compile(r"\b(?:announc\w*|said|says|confirm\w*|stated|told|disclos\w*|revealed)\W*$", re.I)
# what a body brings against a firm is a case (legal_action), not a policy
CASE_NOUNS = frozenset({"action", "case", "lawsuit", "suit", "proceeding", "proceedings", "complaint",
                        "charge", "prosecution", "appeal", "claim"})
COURT_WORDS = frozenset({"court", "courts", "tribunal", "tribunals", "judiciary", "bench"})


# what a firm's officer is named by: "the president of the company", "Uber's president"
FIRM_WORDS = frozenset({"company", "firm", "startup", "group", "platform", "business", "corporation"})


def _of_a_firm(title: Token) -> bool:
    """A title held in a firm, not in the state: "The president of the company launched an
    app", "Scale AI's president"; "President William Ruto", "the president of Kenya" hold
    public office."""
    firms = {i for c in title.doc._.companies or [] if c[2] != "government" for i in range(c[0].start, c[0].end)}
    owners = [c for c in title.children if c.dep_ == "poss"] + [
        o for p in title.children if p.dep_ == "prep" and p.lower_ in ("of", "at") for o in p.children if o.dep_ == "pobj"]
    return any(o.i in firms or o.lemma_.lower() in FIRM_WORDS for o in owners)


class SubjectPhrase(ArgumentPhrase):
    """A trigger phrase "NOUN|NOUN < VERB|VERB": one of the nouns is the subject of one of the
    verbs, or names it ("the Department of Information and Communications Technology (DICT)
    targets to train", "President William Ruto pledged"). "Taskers delivered a petition to
    the labour ministry, demanding ..." has the ministry beside the verb, not as its subject."""

    def __init__(self, phrase: str):
        nouns, verbs = phrase.split("<")
        super().__init__(f"{verbs} > {nouns}")

    def _names(self, subject: Token) -> bool:
        """The subject is one of the nouns, or has one in its own words (not a clause of it).
        The noun "@government" is any public body the companies component typed so: "The NTSA
        published regulations", "the Department of Information and Communications Technology
        (DICT) launched"."""
        public = _public_body_tokens(subject.doc) if "@government" in self.nouns else frozenset()
        # the body itself, or a unit "under the Ministry of ...", not "the Garante's order"
        if subject.i in public or any(c.i in public for c in subject.children if c.dep_ in ("appos", "compound")) \
                or any(c.lower_ == "under" and any(o.i in public for o in c.children if o.dep_ == "pobj")
                       for c in subject.children if c.dep_ == "prep"):
            return True
        stack = [subject]
        while stack:
            token = stack.pop()
            if self._is_noun(token):
                return not _of_a_firm(token)
            stack.extend(c for c in token.children if c.dep_ in ("compound", "amod", "appos", "prep", "pobj", "poss", "flat"))
        return False

    def finditer(self, sent: Span) -> list[_ArgumentMatch]:
        out = []
        base = sent.start_char
        for verb in sent:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.verbs:
                continue
            if _negated_or_hedged(verb):
                continue  # "the ministry did not plan", "the government may consider"
            if "@government" in self.nouns and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in CASE_NOUNS for c in verb.children):
                continue  # "The Fair Work Ombudsman launched legal action against Foodora": a case
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                if sent.start <= subject.i < sent.end and self._names(subject):
                    first, last = sorted((verb, subject), key=lambda t: t.i)
                    out.append(_ArgumentMatch(f"{first.text} {last.text}", first.idx - base,
                                              last.idx + len(last) - base))
        return out


@dataclass
class TriggerSet:
    patterns: list[tuple[str, bool, str, re.Pattern]] = field(default_factory=list)
    negated: list[bool] = field(default_factory=list)  # the phrase itself says "not", "no longer"
    needs_money: list[bool] = field(default_factory=list)  # counts only beside an amount of money
    needs_country: list[bool] = field(default_factory=list)  # counts only where a country is named
    needs_object: list[bool] = field(default_factory=list)  # counts only before a company

    @property
    def anchors(self) -> list[tuple[str, ...]]:
        """For each phrase, words one of which a sentence must contain for it to match at
        all: a substring test is far cheaper than the regex, and most phrases fail it."""
        if not hasattr(self, "_anchors"):
            self._anchors = [_anchor_words(p[2]) for p in self.patterns]
        return self._anchors

    def anchors_in(self, lowered: str) -> frozenset:
        """The anchor words that occur in `lowered` (substrings, as `word in lowered`), found
        in one pass over the text's three-letter windows instead of one scan per word."""
        if not hasattr(self, "_anchor_index"):
            index: dict[str, set[str]] = {}
            short = set()
            for words in self.anchors:
                for word in words:
                    if len(word) < 3:
                        short.add(word)
                    else:
                        index.setdefault(word[:3], set()).add(word)
            self._anchor_index = {k: tuple(sorted(v, key=len)) for k, v in index.items()}
            self._short_anchors = tuple(short)
        index = self._anchor_index
        present = {w for w in self._short_anchors if w in lowered}
        for i in range(len(lowered) - 2):
            words = index.get(lowered[i:i + 3])
            if words:
                present.update(w for w in words if lowered.startswith(w, i))
        return frozenset(present)

    @property
    def specificity(self) -> list[int]:
        """How many words each phrase names (gaps not counted)."""
        if not hasattr(self, "_specificity"):
            self._specificity = [len([w for w in p[2].split() if w not in ("...", ">")]) for p in self.patterns]
        return self._specificity

    @classmethod
    def from_mapping(cls, mapping: dict) -> "TriggerSet":
        patterns, money, place, obj = [], [], [], []
        for event_type, groups in (mapping or {}).items():
            if event_type not in EVENT_TYPES:
                raise ValueError(f"unknown event type in triggers: {event_type!r}")
            unknown = set(groups or {}) - {"strong", "weak", "with_money", "with_country", "with_object"}
            if unknown:
                raise ValueError(f"unknown trigger group for {event_type}: {sorted(unknown)}")
            for strength in ("strong", "with_money", "with_country", "with_object", "weak"):
                for phrase in (groups or {}).get(strength) or []:
                    phrase = str(phrase)
                    regex = ArgumentPhrase(phrase) if " > " in phrase else \
                        SubjectPhrase(phrase) if " < " in phrase else compile_phrase(phrase)
                    patterns.append((event_type, strength != "weak", phrase, regex))
                    money.append(strength == "with_money")
                    place.append(strength == "with_country")
                    obj.append(strength == "with_object")
        negated = [bool(NEGATION_RE.search(p[2].replace("~", "").replace("|", " "))) for p in patterns]
        return cls(patterns, negated, money, place, obj)


_SHARE_RE = re.compile(r"\W+(?P<under>(?:an?\s+|about\s+|roughly\s+|nearly\s+|almost\s+|around\s+|just\s+under\s+)*)"
                       r"(?:(?P<percent>\d+(?:\.\d+)?)[\s-]?(?:%|percent\b|per[\s-]+cent\b)|(?P<part>half|(?:one[\s-])?(?:third|quarter|fifth)))"
                       r"(?:\s+stake)?\s+(?:of|in)\b", re.I)
_PARTS = {"half": 50.0, "third": 33.3, "quarter": 25.0, "fifth": 20.0}


def _minority_share(text: str, end: int) -> bool:
    """The words after a buying trigger name less than half of the company ("buy 49% of
    Scale AI", "bought almost half of Scale AI"): the taxonomy counts a stake as a funding
    round, not an acquisition."""
    m = _SHARE_RE.match(text, end)
    if not m:
        return False
    if m.group("part"):
        share = _PARTS[m.group("part").lower().split()[-1].split("-")[-1]]
        return share < 50 or re.search(r"nearly|almost|under", m.group("under"), re.I) is not None
    return float(m.group("percent")) < 50


_STAKE_BEFORE_RE = re.compile(r"(\d+(?:\.\d+)?)[\s-]?(?:%|percent|per[\s-]+cent)\s+(?:controlling\s+|majority\s+)?$", re.I)


# "took a majority stake", "to acquire a controlling stake", "to buy the remaining 35% stake",
# "to buy remaining Digital unit stake" (a stake kept is no purchase)
TAKEN_CONTROL_RE = re.compile(r"\b(?:take|takes|took|taken|taking|acquire[sd]?|acquiring|buy|buys|bought|buying|"
                              r"purchase[sd]?|purchasing)\s+(?:a\s+|the\s+)?(?:(?:majority|controlling)\s+|"
                              r"(?:remaining|outstanding)\s+(?:[\w%.-]+\s+){0,3}?)$", re.I)


def _majority_stake_before(text: str, start: int) -> bool:
    """"a 75% stake in Tokopedia", "a majority stake in First Kontact": more than half of a
    company is bought, not invested in."""
    if not text[start:start + 5].lower().startswith("stake"):
        return False
    before = text[max(0, start - 45):start]
    m = _STAKE_BEFORE_RE.search(before)
    return bool(m) and float(m.group(1)) > 50 or bool(TAKEN_CONTROL_RE.search(before))


def _anchor_words(phrase: str) -> tuple[str, ...]:
    """The forms of the phrase's first word, cut at a hyphen or apostrophe; () if unknown."""
    first = next((t for t in str(phrase).split() if t != "..."), "")
    if not first or first == "<money>" or "@" in first:
        return ()  # "@government": a kind of entity, not a word to look for
    forms = []
    for alt in first.split("|"):
        if not alt:
            continue
        exact = alt.startswith("~")
        alt = alt.lstrip("~").lower()
        for form in ([alt] if exact else _inflections(alt)):
            piece = re.split(r"[-'’]", form)[0]
            if not piece:
                return ()
            forms.append(piece)
    return tuple(sorted(set(forms)))


@lru_cache(maxsize=8)
def load_triggers(path: str | None = None) -> TriggerSet:
    path = Path(path) if path else DEFAULT_TRIGGERS
    try:
        mapping = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ValueError(f"cannot read event triggers {path}: {exc}") from None
    return TriggerSet.from_mapping(mapping)


@dataclass
class _Mention:
    type: str
    company: str
    family: str
    countries: list[str]
    date: str | None
    precision: str | None
    date_explicit: int  # 2: date from the trigger's clause, 1: from its sentence, 0: default
    sentence: str
    confidence: float
    figures: list[Figure]
    order: int
    company_score: float = 0.0  # 3 subject, 2 platform of the sentence, 1.5 focus, 1 other
    own_countries: bool = False  # countries came from the trigger's own clause
    distinct: bool = False  # "another suit", "a second complaint": not one told before
    follows: bool = False  # "This follows launches in Cape Town": an earlier happening, no later one
    more_dates: list = field(default_factory=list)  # "filed suits in December and January"
    co_actors: list = field(default_factory=list)  # "Concentrix, Sutherland and Alorica are hiring"
    coordinated: frozenset = frozenset()  # those firms' families: each acts on its own
    named: frozenset = frozenset()  # families of the companies its sentence names
    money_only: bool = False  # its trigger counts only beside an amount ("valued at")
    stage: str | None = None  # of litigation: "ruling", "appeal", "settlement"; None if unsaid
    own_time: bool = False  # in a clause set "after"/"before" another time: no borrowed dates
    headline: bool = False  # told in the title or standfirst, which the lead then retells
    retold: bool = False  # a headline mention the body has already retold
    lead: bool = False  # told in the headline or the first paragraph: the story's own news
    told_before: bool = False  # "The case was brought ...": the one the sentence before told
    past_perfect: bool | None = None  # its own verb is a past perfect ("had cut"); None: no parse
    definite: bool = False  # "The job cuts were executed ...": a happening told before
    clause_head: int = -1  # token index of the head of the trigger's clause, with a parse
    news_default: bool = False  # dated by the publication only for its tense ("is laying off")
    simple_past: bool = True  # its verb is a simple past ("fired"), or its tense is unknown
    reported: bool = False  # news dated by its report only ("is letting go ..., people said on Friday")
    publication_month: bool = False  # undated past news, dated by the publication month only
    announced: bool = False  # a government action whose trigger is the state saying so ("the minister announced")
    at: int = -1  # where its trigger starts in its sentence's text


class EventTagger:
    def __init__(self, nlp: Language, name: str, triggers_path: str | None = None,
                 min_confidence: float = 0.3):
        self.name = name
        self.triggers_path = triggers_path
        self.min_confidence = min_confidence
        self.triggers: TriggerSet | None = None

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        self.triggers = load_triggers(self.triggers_path)

    def __call__(self, doc: Doc) -> Doc:
        if self.triggers is None:
            self.initialize()
        companies = sorted((c for c in _one_kind_per_name(doc._.companies or [])
                            if c[2] not in EXCLUDED_KINDS), key=lambda c: c[0].start)
        firm_starts = {c[0].start for c in companies if c[2] not in WEAK_KINDS}
        countries = sorted((c for c in doc._.countries or [] if not _person_demonym(c[0])
                            and not _firm_nationality(c[0]) and not _firm_nationality(c[0], _CLIENT_NOUNS)
                            and not _owns_firm(c[0], firm_starts)),
                           key=lambda c: c[0].start)
        # Where a firm is from: the place of an event that names no other place of its own
        self._firm_places = sorted((c for c in doc._.countries or [] if _firm_nationality(c[0])),
                                   key=lambda c: c[0].start)
        figures = sorted(doc._.figures or [], key=lambda f: f[0].start)
        focus = _focus_company(companies)
        self._union_focus = _focus_union(companies)
        self._speaker = _speaker_company(companies)
        self._last_told = None  # the latest date the story has told, for "a month later"
        self._paragraph_codes: list[str] = []  # countries of the paragraph's latest sentence naming any
        # Where firms are from still tells which country the story is about.
        main_country = _main_country(doc._.countries or []) or _only_country(
            # else, leaving out where firms are from ("Telus Digital, a Canadian company"): the
            # one country the story names, twice ("moderators based in Turkey ... in Turkish")
            [c for c in doc._.countries or [] if c not in self._firm_places])
        has_parse = doc.has_annotation("DEP")
        mentions: list[_Mention] = []
        previous: set[str] = set()
        last_families: set[str] = set()
        last_companies: list = []
        last_date = None  # (date, precision) the sentence before gave, within its paragraph
        last_end = 0
        doc_text = doc.text  # built anew on every access: once, or long texts go quadratic
        self._text = doc_text  # for the sentence's own methods, as fast
        # Each sentence sees only its own entities: long documents stay linear.
        company_at = _Slicer(companies)
        self._companies = companies  # in order: "A Cape Town firm ... The firm, Ubuntu, said"
        country_at = _Slicer(countries)
        figure_at = _Slicer(figures)
        paragraph: list[_Mention] = []
        body_started = False
        report_date = None  # "..., the company said on Tuesday" somewhere in the paragraph
        body_paragraphs = 0  # paragraphs of the body closed so far
        in_body = False  # the current paragraph is part of the body
        lede: list[_Mention] | None = None  # the lead's news, waiting for the next paragraph's date
        lede_day = None  # the recent day the lead names ("sounded the alarm Thursday")
        paragraph_day = None  # the first recent day the paragraph names

        headlines: list[_Mention] = []  # the title's and standfirst's news, told again below
        paragraph_words = 0
        heading_line = False  # the paragraph so far is one short line without a full stop

        def close_paragraph():
            nonlocal body_paragraphs, lede, lede_day
            _date_by_report(paragraph, report_date)
            if in_body and paragraph_words >= 12 and 1 <= body_paragraphs <= 2 and lede_day is not None \
                    and not self._entries:  # a live blog's entries have stamps of their own
                # "BERLIN, July 18 — Moderators sounded the alarm Thursday ... / Around 50
                # people gathered for a protest": the lead's day is its next paragraphs' too
                _date_by_report(paragraph, lede_day)
            if not in_body or paragraph_words < 12:
                # a title, standfirst, byline or date line: not yet the lead
                if body_paragraphs == 0:
                    headlines.extend(paragraph)
                return
            body_paragraphs += 1
            if body_paragraphs == 1:
                lede_day = paragraph_day
                # A headline's news is the lead's: "Cognizant to quit moderation" / "Cognizant
                # said on Wednesday it would exit ..." dates it, as the next paragraph may.
                _date_by_report(headlines, report_date)
                if report_date is None or (published and report_date[0] == published[:10]):
                    # told on the day it was published: the next paragraph may say when it happened
                    lede = list(paragraph) + headlines
            elif body_paragraphs == 2 and lede and not (report_date and _background(report_date[0], published)):
                # A wire lead tells the news; its second paragraph says when ("Toloka has
                # raised $72 million ... The company said on Wednesday that ..."). A telling
                # over a year old ("The case ... was reported at the end of 2023") is of
                # something earlier, not of the story's news.
                _date_by_report(lede, report_date, lede=True)

        in_links = False  # inside a "Related" / "Read more" list: headlines of other stories
        headlines_only = False  # the list is of headlines, not a press release's boilerplate
        # A live blog's or roundup's time stamps ("16 March 2026, 19:45 EAT") date the entries
        # below them: "tonight" there is the stamp's evening, and news told without a date of
        # its own is the stamp's.
        published = doc._.published
        stamps = _stamp_lines(doc_text, published)
        live_blog = any(timed for *_, timed in stamps)
        self._entries = bool(stamps)  # "the company" of an entry is the one its heading named
        self._timeline = bool(stamps) and not live_blog
        stamp, stamp_at = None, 0  # (date, precision) of the entry being read, and where
        for index, sent in enumerate(segments(doc)):
            while stamps and stamps[0][0] <= sent.start_char:
                stamp_at, when, _timed = stamps.pop(0)
                stamp = when or stamp
                if live_blog and stamp and stamp[1] == "day":
                    # "tonight" under "16 March, 19:45" is the 16th: relative times count from
                    # the entry's stamp. A timeline's headings date their entries only.
                    doc._.published = stamp[0]
            gap = doc_text[last_end:sent.start_char]
            links_heading = LINKS_HEADING_RE.match(doc_text, sent.start_char)
            if (links_heading or BOILERPLATE_RE.match(doc_text, sent.start_char)) and (not last_end or "\n" in gap):
                in_links, headlines_only = True, bool(links_heading)
            elif in_links and (gap.count("\n") >= 2 or (headlines_only and "\n" in gap and (
                    SEPARATOR_LINE_RE.search(gap) or _prose_line(doc_text, sent)))):
                # a blank line ends the links or the boilerplate; a rule ("-") or a line of
                # prose ends a list of headlines
                in_links = False
            if in_links or INLINE_LINKS_RE.search(sent.text):
                last_end = sent.end_char  # "Read the full report · Related: Couriers win ..."
                continue
            here = company_at.within(sent)
            # Title and standfirst: short lines of their own before the first paragraph.
            # (below a kicker, a date line and a section line, an unpunctuated title or standfirst)
            headline = not body_started and len(sent) < 25 and (
                (index < 4 and _own_line(doc_text, sent)) or
                (index < 8 and _short_title_line(doc_text, sent, 200)))
            body_started = body_started or not headline
            if "\n" in doc_text[last_end:sent.start_char]:
                last_date = stamp  # a new paragraph tells its own time, or its entry's
                if not heading_line:
                    # "1. MEXICO: THE PLATFORM REFORM IS LIVE" heads the paragraph below it
                    self._paragraph_codes = []
                close_paragraph()
                paragraph, report_date, in_body, paragraph_words = [], None, False, 0
                paragraph_day = None
            in_body = in_body or not headline
            paragraph_words += len(sent)
            # A heading ("FUNDING: Polish RLHF start-up raises €18m") names its own actor or
            # none: the story's focus is not the subject of another item's heading.
            own_heading = (len(sent) < 20 and _own_line(doc_text, sent) and _unfinished(sent)) \
                or _run_in_heading(doc_text, sent)
            named_here = {c[1] for c in here} | {c[3] for c in here if c[3]}
            told = last_date
            if stamp and not live_blog and last_date == stamp \
                    and doc_text.count("\n", stamp_at, sent.start_char) <= 1:
                told = _Heading(stamp)  # on the heading's line, or the line below it
            for mention in self._sentence_mentions(doc, sent, here, country_at.within(sent),
                                                   figure_at.within(sent), focus, main_country,
                                                   has_parse, previous, last_companies, told):
                if own_heading and mention.company is not None and mention.company not in named_here:
                    if mention.type != "government_action":
                        continue
                    # "The Nigerian government presented a certificate ... to the Union": a
                    # public act told on a line of its own needs no firm from elsewhere
                    mention.company = mention.family = None
                # the actor of a happening this paragraph told before, where this telling takes it
                before = None
                if mention.told_before:
                    # "... took legal action against Meta. The case was brought before a Kenyan
                    # court in March 2023.": the same case, its actor the one told just before
                    before = next((m for m in reversed(paragraph) if m.type == mention.type
                                   and m.order >= len(mentions) - 3), None)
                elif not here and mention.type in PLATFORM_ACTS and mention.company is not None \
                        and mention.company_score < 2:
                    # "BT will close its Enniskillen call centre ... About 252 employees opted
                    # for voluntary redundancy": a sentence that names no firm goes on with the
                    # firm its paragraph gave the same happening, not the story's focus
                    before = next((m for m in reversed(paragraph) if m.type == mention.type
                                   and m.company is not None and m.company_score >= 2), None)
                if before is not None and before.company is not None:
                    mention.company, mention.family = before.company, before.family
                mention.order = len(mentions)
                mention.headline = headline
                mention.lead = headline or body_paragraphs == 0
                mentions.append(mention)
                paragraph.append(mention)
            if has_parse and report_date is None:
                report_date = _report_date(doc, sent) or _dateline_date(sent.text, published)
            # The company "just mentioned": in this sentence or the one before it.
            named = {c[3] or c[1] for c in here}
            if focus is not None and FIRM_REFERENCE_RE.search(sent.text):
                named.add(focus[3] or focus[1])  # "It also warned the company that ..."
            previous = named | last_families
            last_families = named
            last_companies = here or last_companies  # "The company says ... It plans to": the firm last named
            told_here = _sentence_date(doc, sent, last_date or self._last_told)
            if paragraph_day is None and told_here and is_recent_day(told_here, published):
                paragraph_day = told_here
            last_date = told_here or last_date
            self._last_told = last_date or self._last_told
            self._paragraph_codes = _codes_in(country_at.within(sent), set(range(sent.start, sent.end))) \
                or self._paragraph_codes
            last_end = sent.end_char
            heading_line = paragraph_words < 16 and _unfinished(sent)
        close_paragraph()
        doc._.published = published
        if published and not self._entries and doc_text.strip().count("\n") >= 2:
            # a story with a lead (a timeline's or live blog's entries have dates of their own)
            _date_by_publication_month(mentions, published)
        doc._.events = [e for e in _merge(mentions, doc._.published)
                        if e.confidence >= self.min_confidence]
        return doc

    def _sentence_mentions(self, doc, sent, companies, countries, figures, focus, main_country,
                           has_parse, previous=frozenset(), last_companies=(), last_date=None):
        text = sent.text
        if _proposal(sent, has_parse) or QUESTION_RE.match(text):
            return []  # a proposal, or a question ("Did you also cut pay?")
        # "a hiring spree in the country": the country the story names most, referred to
        referred = (main_country or _most_named(doc._.countries or [])) if THE_COUNTRY_RE.search(text) else None
        if referred is None:
            # "Wise initially halted naira transfers in 2016": the naira's country
            referred = national_currency_country(text)
        survey = bool(SURVEY_RE.search(text))
        matches = []
        negated_ok = self.triggers.negated
        needs_money = self.triggers.needs_money
        needs_country = self.triggers.needs_country
        specificity = self.triggers.specificity
        has_money = any(f.kind == "money" for _span, f in figures)
        money_only: set[tuple[int, str]] = set()
        hedged_types: set[str] = set()  # "is in talks to raise ...": its valuation is no round either
        needs_object = self.triggers.needs_object
        company_starts = [c[0].start_char - sent.start_char for c in companies]
        firm_ends = {c[0].end_char - sent.start_char for c in companies if c[2] not in WEAK_KINDS}
        # A date is never a trigger: "in late 2021, she was paid" is no late payment.
        # a month that names the happening after it ("the November strike") starts no date
        # that the trigger must give way to
        date_spans = [(a, b) for a, b, expr in _dates_in(text) if not LABEL_MONTH_RE.fullmatch(expr)]
        anchors = self.triggers.anchors
        dateline = DATELINE_DATE_RE.match(text)
        dateline_end = dateline.end() if dateline else 0
        present = self.triggers.anchors_in(text.lower())
        for rank, (event_type, strong, _phrase, regex) in enumerate(self.triggers.patterns):
            if anchors[rank] and present.isdisjoint(anchors[rank]):
                continue
            if isinstance(regex, ArgumentPhrase) and not has_parse:
                continue
            for m in (regex.finditer(sent) if isinstance(regex, ArgumentPhrase) else regex.finditer(text)):
                last_word = m.group(0).split()[-1].lower()
                if any(a <= m.start() < b or (a < m.end() <= b and last_word not in _DATE_LEADS)
                       for a, b in date_spans):
                    continue  # but "investment in June" ends on the date's lead word
                before = text[max(0, m.start() - 40):m.start()]
                if not negated_ok[rank] and BLOCKERS_RE.search(before) \
                        and not (event_type in PLANNED_TYPES and _announced_plan(before)) \
                        and not (event_type == "worker_organising" and _union_drive(before, m.group(0))):
                    hedged_types.add(event_type)
                    continue
                if any(before.search(text, max(0, m.start() - 60), m.start())
                       for before in LOOKALIKE_BEFORE_RES.get(event_type, ())):
                    continue  # the words before it say something else: see LOOKALIKE_BEFORE_RES
                if m.start() and m.end() < len(text) and text[m.start() - 1] in QUOTES and text[m.end()] in QUOTES \
                        and not re.search(r"\s", m.group(0)) \
                        and not PASSIVE_BEFORE_QUOTE_RE.search(text, max(0, m.start() - 12), m.start() - 1):
                    # "tag each "child", "violence", "protest"": a word quoted, not a happening;
                    # "he was being "deactivated"" tells one in the writer's quotes
                    continue
                if event_type == "government_action" and (appeal := APPEAL_TO_BODY_RE.search(
                        text, max(0, m.start() - 60), m.start())) and not STATE_CALLER_RE.search(text, 0, appeal.start()):
                    continue  # "Herrera called on the Department of Labor to provide ...": asked, not done
                if event_type == "expansion" and (founded := FOUNDED_OPENING_RE.match(text)) and m.start() < founded.end():
                    continue  # "Launched in 2013, San Francisco-based DoorDash ...": when the firm began
                if event_type == "pay_cut" and FORECAST_CUT_RE.match(text, m.start(), m.end() + 80):
                    continue  # "Concentrix lowered its fiscal-year adjusted earnings and revenue guidance": a forecast
                if event_type in LOOKALIKE_RES and LOOKALIKE_RES[event_type].match(text, m.start(), m.end() + 30):
                    continue  # the trigger's words say something else here: see LOOKALIKE_RES
                if event_type == "layoff" and re.search(r"\bdismissed\b", m.group(0), re.I) and \
                        _dismissed_thing(text[max(0, m.start() - 120):m.start()]):
                    continue  # "Market talk that ... was dismissed by Appen": talk, not staff
                if all(w[:1].isupper() for w in m.group(0).split()) and LAW_TITLE_REST_RE.match(text, m.end()):
                    continue  # "the Retrenchment and Severance Benefits Act": a law's name
                if re.match(r"-[A-Za-z]", text[m.end():m.end() + 2]):
                    continue  # "governments fine-tune models": the trigger's last word is part of another
                if re.search(r"\bthe\s+end$", m.group(0), re.I) and text[m.end():m.end() + 4] == " of ":
                    continue  # "report on contracts ... by the end of September": a time
                if m.group(0)[:3].lower() == "cut" and \
                        re.search(r"\b(?:power|electricity|internet|water|network|signal)\s*$", text[:m.start()], re.I):
                    continue  # "power cuts are part of the job": outages, not job cuts
                if event_type == "layoff" and m.group(0)[:3].lower() == "cut" and \
                        re.search(r"\b(?:a|the|this|that|its|their|another)\s*$", text[:m.start()], re.I):
                    continue  # "a cut of 28%, giving workers two days' notice": a noun, a pay cut
                if not negated_ok[rank] and re.search(r"\b(?:would|will)\b|'d\b",
                                                       text[max(0, m.start() - 20):m.end()], re.I) \
                        and re.search(r"\b(?:if|unless)\b", text[m.end():], re.I):
                    continue  # "would call a 24-hour strike on Friday if management refused"
                if not negated_ok[rank] and PREVENTED_RE.search(text[max(0, m.start() - 160):m.start()]):
                    continue  # "stopped Sama from terminating the contracts"
                if event_type in WORKER_TYPES and HALTED_RE.search(text[max(0, m.start() - 60):m.start()]):
                    continue  # "the court yesterday blocked the redundancy of 184 moderators"
                if not negated_ok[rank] and DENIED_RE.search(text[:m.start()]):
                    continue  # "rejected suggestions that Appen had cut pay"
                if not negated_ok[rank] and REPORTED_CLAIM_RE.search(text[:m.start()]) \
                        and DENIED_AFTER_RE.search(text[m.end():]):
                    continue  # "on reports that the company had laid off staff, he said this was untrue"
                if not negated_ok[rank] and UNSETTLED_RE.search(text[:m.start()]):
                    continue  # "Asked whether it planned to close its sites"
                if not negated_ok[rank] and HEDGE_INSIDE_RE.search(m.group(0)):
                    continue  # "lawmakers said they may introduce a bill"
                if not negated_ok[rank] and NEGATION_RE.search(m.group(0)):
                    continue  # "blame the government for not regulating platforms"
                if not negated_ok[rank] and NONE_DONE_RE.match(text, m.end()):
                    continue  # "the Higher Education Commission has issued no public guidance"
                if COMPARATIVE_END_RE.search(m.group(0)) and THAN_RE.match(text, m.end()) \
                        and not CHANGED_TO_RE.search(m.group(0)):
                    continue  # "The effective rate was probably $5 to $10 lower than the average": a comparison
                if survey and event_type in WORKER_TYPES:
                    continue  # "27% of respondents had been removed from a project": a finding
                if needs_money[rank] and not has_money:
                    continue  # "reduce coal-fired dust ... rates": no amount, no pay cut
                if needs_country[rank] and not referred and not any(
                        span.start_char - sent.start_char >= dateline_end for span, _code in countries):
                    # "exited content moderation": no country, no exit; "in the country" is the
                    # story's; a wire dateline's place ("TEANECK, N.J., Oct 31 (Wire) -") is where
                    # the story was filed
                    continue
                if needs_object[rank] and not _minority_share(text, m.end()) and not any(
                        0 < cs - m.end() and len(text[m.end():cs].split()) <= 2
                        and not re.search(r"\b(?:at|in|on|for|by|from|with|after|before|as|when|while|"
                                          r"and|but|to|of|than)\b", text[m.end():cs], re.I)
                        for cs in company_starts):
                    continue  # "bought Figure Eight", not "buy time"; "paid $14.3bn for 49% of" a stake
                if event_type == "government_action" and m.group(0)[:4].lower() == "new " and any(
                        re.match(r"['’]s?\s*$", text[end:m.start()]) for end in firm_ends if end <= m.start()):
                    continue  # "Outlier's new pay policy took effect": the firm's rules, no law
                if event_type in ("deactivation", "access_cutoff") and COURT_AGENT_RE.search(text):
                    continue  # "Meta has been temporarily barred by a Kenyan court from engaging Majorel": a ruling
                if event_type == "legal_action" and re.fullmatch(r"[\w-]+\s+courts?", m.group(0), re.I) and \
                        COURT_AS_PLACE_RE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "gathered on the steps of the California Supreme Court": a place
                if event_type == "legal_action" and re.search(
                        r"\b(?:in|wearing|wore)\s+an?\s+suits?\b", text[max(0, m.start() - 12):m.end()], re.I):
                    continue  # "a man in a suit": clothes
                if event_type == "funding_round" and PAY_RAISE_RE.match(m.group(0)):
                    continue  # "raised pay for raters to $14.50 an hour": a raise, not a round
                if event_type == "funding_round" and re.match(r"raises?\b", m.group(0), re.I) and \
                        PAY_RISE_NOUN_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "5,000 workers received the raise": pay
                if event_type == "funding_round" and FUNDS_USED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "would use the new funding for workforce development"
                if event_type == "worker_organising" and m.group(0)[:10].lower() == "collective" and \
                        AGREEMENT_REFERRED_TO_RE.search(text, max(0, m.start() - 50), m.start()):
                    continue  # "a wage 81% lower than stipulated in the collective bargaining agreement": a yardstick
                if event_type == "funding_round" and m.group(0)[:6].lower() == "secure" \
                        and WON_NOT_RAISED_RE.match(text, m.end(), m.end() + 80):
                    continue  # "secured $16.75 million for delivery workers", "a $500 million contract": won, not raised
                if event_type == "funding_round" and re.match(r"invest\w*\s.*\bfor\b", m.group(0), re.I | re.S) \
                        and not re.search(r"%|\bper\s?cent\b|\bstake\b|\bshares?\b", m.group(0), re.I):
                    continue  # "invested $2 million for the opening of a site": spending; "for 49% of Scale" a stake
                if event_type == "funding_round" and OWN_INVESTMENT_RE.search(text[m.start():m.end() + 60]):
                    continue  # "would invest Rs 40 crore in the facility": spending, not a round
                if event_type == "funding_round" and m.group(0)[:6].lower() == "invest" and any(
                        re.fullmatch(r"(?:\s*\S+){0,8}?\s+(?:in|into)\s+(?:the\s+)?",
                                     text[m.start():c[0].start_char - sent.start_char])
                        for c in countries if c[0].start_char - sent.start_char > m.start()
                        and not self._text[c[0].end_char:c[0].end_char + 6].startswith("-based")):
                    continue  # "its US$150 million investment in Kenya": spending in a country, not a round
                if event_type == "funding_round" and m.group(0)[:4].lower() == "valu" and \
                        ASSET_VALUED_BEFORE_RE.search(text, 0, m.start()):
                    continue  # "this new Chaguanas office, which is valued at $27 million": a building's worth
                if event_type == "government_action" and m.group(0)[:14].lower() == "administration" and \
                        re.search(r"(?:['’]s|\bits|\btheir|\bcompany|\bfirm)\s*$", text[:m.start()], re.I):
                    continue  # "The company's administration announced layoffs": a firm's managers
                if event_type == "access_cutoff" and m.group(0)[:4].lower() == "exit" and INVESTOR_EXIT_RE.search(text):
                    continue  # "Serco decided to exit and Blackstone bought Intelenet back": a sale, no country left
                if event_type == "deactivation" and re.search(r"\bnew\s+(?:\w+\s+)?accounts?\b", m.group(0), re.I):
                    event_type = "signup_block"  # "will ban the establishment of new accounts": no one is removed
                if event_type == "acquisition" and m.group(0).lower() == "acquisitions" and \
                        PAST_DEALS_RE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "Contributions from its recent acquisitions boosted revenue": deals in general
                if event_type == "acquisition" and m.group(0).lower().startswith("acqui") \
                        and PEOPLE_HIRED_RE.match(text, m.end()):
                    continue  # "effectively acqui-hiring Scale's CEO Alexandr Wang": a person hired, no firm bought
                if event_type == "acquisition" and SECURITIES_BOUGHT_RE.match(text, m.end()):
                    continue  # "investors who acquired TELUS International securities": trading, no takeover
                if event_type == "acquisition" and (
                        _minority_share(text, m.end()) or MORE_SHARES_RE.match(text, m.end())
                        or _minority_share(text, m.start() + len(m.group(0).split()[0]))
                        or BOUGHT_INTO_RE.match(text, m.start())):
                    # "agreed to buy 49% of Scale AI", "TELUS Acquires Additional Shares of TELUS
                    # International", "sold a 35-per-cent stake in the unit to Baring": a stake, or more of one
                    event_type = "funding_round"
                elif event_type == "funding_round" and _majority_stake_before(text, m.start()):
                    event_type = "acquisition"  # "took a 75% stake in Tokopedia": control
                matches.append((not strong, -specificity[rank], m.end() - m.start(), rank,
                                m.start(), m.end(), event_type, strong))
                if needs_money[rank]:
                    money_only.add((m.start(), event_type))
        # Where triggers of two types overlap, the strong one wins, then the one whose phrase
        # says more ("restricted access to new accounts" is a signup block, not a cutoff),
        # then the tighter one ("lost access ..., and sign-ups were blocked"), then the
        # lexicon's order.
        taken: list[tuple[int, int, str]] = []
        seen_types: set[str] = set()
        found: list[_Mention] = []
        for _weak, _words, _len, _rank, start, end, event_type, strong in sorted(matches):
            before = text[max(0, start - 60):start]
            follows = bool(FOLLOWS_RE.search(before))
            distinct = bool((DISTINCT_RE.search(before) and not GROUP_OF_SEPARATE_RE.search(before))
                            or follows or DISTINCT_START_RE.match(text, start)
                            or (event_type in seen_types and DISTINCT_HERE_RE.search(before)
                                # "secured $100 million in fresh funding": new money, one round
                                and not (event_type == "funding_round" and before.rstrip().lower().endswith("fresh"))))
            another_place = event_type in seen_types and event_type in NEEDS_COUNTRY
            if event_type in seen_types and not distinct and not another_place:
                rival = next((f for f in found if f.type == event_type and not f.distinct), None)
                if rival is not None and rival.own_time and has_parse:
                    # "... closed and dismissed 2,000 workers after the contract ended": the
                    # main clause tells the happening; the "after" clause only its cause
                    trigger = doc.char_span(sent.start_char + start, sent.start_char + end,
                                            alignment_mode="expand")
                    main = trigger is not None and self._mention(
                        doc, sent, trigger, event_type, strong, companies, countries, figures, focus,
                        main_country, has_parse, previous, last_companies, last_date)
                    if main and not main.own_time:
                        main.countries = main.countries or rival.countries
                        found[found.index(rival)] = main
                        taken.append((start, end, event_type))
                        continue
                if rival is not None and rival.date_explicit == 2 and has_parse:
                    # "paid US$1.2 billion for WillowTree in January, and in late 2020 it bought
                    # the AI data unit of Lionbridge": each clause dates its own deal
                    trigger = doc.char_span(sent.start_char + start, sent.start_char + end,
                                            alignment_mode="expand")
                    other = trigger is not None and self._mention(
                        doc, sent, trigger, event_type, strong, companies, countries, figures, focus,
                        main_country, has_parse, previous, last_companies, last_date)
                    if other and other.date_explicit == 2 and not (
                            other.date.startswith(rival.date) or rival.date.startswith(other.date)) \
                            and not (set(other.more_dates) | set(rival.more_dates)) \
                            and _clause_of_its_own(doc, other.clause_head, rival.clause_head):
                        other.distinct = True
                        taken.append((start, end, event_type))
                        found.append(other)
                        continue
                # One happening per type and sentence, unless "another suit ...". Its actor
                # may still be the subject of a weaker trigger ("Fairwork published its
                # ratings: no platform scored more than 6 out of 10").
                self._take_subject(doc, sent, start, end, event_type, strong, found, taken,
                                   companies, countries, figures, focus, main_country, has_parse,
                                   previous, last_companies, last_date)
                continue
            if another_place and any(start < e and s < end for s, e, _t in taken):
                continue
            if any(start < e and s < end and (t != event_type or distinct) for s, e, t in taken):
                continue  # another type's words, or the same "another ..." matched twice
            trigger = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
            if trigger is None:
                continue
            mention = self._mention(doc, sent, trigger, event_type, strong, companies,
                                    countries, figures, focus, main_country, has_parse, previous,
                                    last_companies, last_date)
            if mention is not None and another_place and not distinct:
                # "launched in India in October and has since expanded to Canada": a second
                # opening, if its own clause names other countries.
                before = {c for m in found if m.type == event_type for c in m.countries}
                if not mention.own_countries or set(mention.countries) & before:
                    continue
                distinct = True
            if mention is not None:
                mention.distinct, mention.follows, mention.at = distinct, follows, start
                mention.money_only = (start, event_type) in money_only
                mention.stage = (_legal_stage(text[start:end], text[end:], text[:start]) if mention.type == "legal_action"
                                 else _bill_stage(text[start:end]) if mention.type == "government_action" else None)
                # (a fine the state announces is its case against the firm fined, no announcement:
                # "Uber has been fined €290 million, the Dutch ministry announced")
                mention.announced = mention.type == "government_action" and bool(
                    STATE_SAYS_RE.search(text[start:end]))
                if distinct and mention.date_explicit < 2:
                    # "another suit": a date of the clauses around it is the other suit's.
                    mention.date, mention.precision = default_date(doc._.published)
                    mention.date_explicit, mention.more_dates = 0, []
                    mention.news_default = mention.reported = False
                taken.append((start, end, event_type))
                if not distinct:
                    seen_types.add(event_type)
                found.append(mention)
                found.extend(_split_by_dates(mention))
                found.extend(_split_by_actors(mention))
        found = [m for m in found if not (m.money_only and m.type in hedged_types)]
        suits = [m.at for m in found if m.type == "legal_action" and m.at >= 0]
        alleged = [a.end() for a in ALLEGED_RE.finditer(text) if suits and a.start() > min(suits)]
        if alleged:
            # "filed a lawsuit accusing Meta and Sama of union busting, wage theft ...": what
            # a suit alleges is the suit's, no happening of its own
            found = [m for m in found if not (m.type in WORKER_TYPES and m.at > alleged[0])]
        if any(m.type not in ACTORLESS_TYPES for m in found):
            # "1,000 jobs will be created when Convergys opens its first call centre in Jamaica,
            # the minister announced": the firm's happening, which the state tells
            found = [m for m in found if not m.announced]
        if MARKET_VALUE_RE.search(text) and re.search(r"\bvalu(?:ed|ing|ation)\b|\bworth\b", text, re.I):
            # "its 2020 peak, when Appen was valued at more than A$4 billion": the stock market's
            # value, no round
            found = [m for m in found if not (m.money_only and m.type == "funding_round")]
        if any(m.type == "acquisition" for m in found):
            # "a deal valuing Webhelp at $4.8 billion": the value of the deal, not a round.
            found = [m for m in found if not (m.type == "funding_round" and m.money_only)]
        # A clause without countries takes those of its sentence that no other event's
        # clause claims ("around the time Remotasks expanded to India, pay rates plunged"
        # gives India to the expansion only), else the country the article is about.
        claimed = {c for m in found if m.own_countries and m.type in PLACE_TYPES for c in m.countries}
        sentence_codes = _codes_in(countries, set(range(sent.start, sent.end)))
        firm_codes = _codes_in(getattr(self, "_firm_places", []), set(range(sent.start, sent.end)))
        # "new Argentine applicants", "taskers in Kenya": where the workers are beats the firm's base
        people_codes = [code for span, code in countries if sent.start <= span.start < sent.end
                        and (any(t.lower_ in PEOPLE_NOUNS for t in span.doc[span.end:span.end + 2])
                             # "some 200 couriers in Tbilisi"
                             or (span.start >= 2 and span.doc[span.start - 1].lower_ in ("in", "from", "across")
                                 and span.doc[span.start - 2].lower_ in PEOPLE_NOUNS | COURIER_NOUNS))]
        for mention in found:
            if not mention.countries and mention.type == "government_action" and mention.company:
                # "The U.S. Department of Labor closes an investigation": the body's own country
                mention.countries = _country_in_name(mention.company)
            if not mention.countries:
                # a site closed and its staff laid off in one sentence are in one place
                shared = {c for m in found if m.own_countries and m.family == mention.family
                          and {m.type, mention.type} == {"access_cutoff", "layoff"} for c in m.countries}
                free = [c for c in sentence_codes if c not in claimed or c in shared]
                if firm_codes and mention.type in WORKER_TYPES and main_country and main_country not in firm_codes \
                        and (set(free) <= set(firm_codes) or main_country in free) \
                        and not any(c in free for c in people_codes):
                    # "Redundancies at Canadian business services firm, Telus International were
                    # raised in the Dáil", in a story about Ireland: the staff are where the story is
                    mention.countries = [main_country]
                elif firm_codes and len(firm_codes) == 1 and mention.type in WORKER_TYPES \
                        and not any(c in free for c in people_codes):
                    # "Entoto Labs, an Addis Ababa company, has laid off 120 employees after a
                    # US client ended its contract": its staff are where the firm is
                    mention.countries = list(firm_codes)
                elif free:
                    mention.countries = free
                elif not sentence_codes and mention.company and _place_in_firm_name(mention.company):
                    # "CCC Barcelona Digital Services tells staff it will dismiss 2,059": Spain
                    mention.countries = _place_in_firm_name(mention.company)
                elif not sentence_codes and (main_country or referred):
                    mention.countries = [main_country or referred]
                elif not sentence_codes and mention.type not in NEEDS_COUNTRY and \
                        len({code for _span, code in doc._.countries or []}) == 1:
                    # the only country the story names ("... threatened to withdraw their
                    # investments from Kenya"); an opening or a cutoff names its own
                    mention.countries = [doc._.countries[0][1]]
                elif not sentence_codes and self._paragraph_codes:
                    # a story of many countries (a roundup): "Colombia's Congress passed the
                    # reform ... President Petro signed it" is in the paragraph's country
                    mention.countries = list(self._paragraph_codes)
        # An expansion is to somewhere: "it recruits contractors in many countries" is not one.
        yield from (m for m in found if m.countries or m.type not in NEEDS_COUNTRY)

    def _take_subject(self, doc, sent, start, end, event_type, strong, found, taken, *context):
        rival = next((f for f in found if f.type == event_type and not f.distinct), None)
        if rival is None or rival.company_score >= 3 or not doc.has_annotation("DEP"):
            return
        if any(start < e and s < end for s, e, _t in taken):
            return
        trigger = doc.char_span(sent.start_char + start, sent.start_char + end,
                                alignment_mode="expand")
        if trigger is None:
            return
        other = self._mention(doc, sent, trigger, event_type, strong, *context)
        if other is not None and other.company_score >= 3:
            rival.company, rival.family, rival.company_score = \
                other.company, other.family, other.company_score

    def _named_next(self, sent, within: int = 120):
        """The first firm named after `sent` (no client, investor or union), if soon."""
        return next((c for c in getattr(self, "_companies", []) if sent.end <= c[0].start < sent.end + within
                     and c[2] not in ("client", "investor") and c[2] not in WEAK_KINDS), None)

    def _mention(self, doc, sent, trigger, event_type, strong, companies, countries, figures,
                 focus, main_country, has_parse, previous=frozenset(), last_companies=(),
                 last_date=None):
        if has_parse and (_describes(trigger) or _whenever(trigger) or _would_be(trigger)
                          or _demanded(trigger) or _none_of(trigger)) or _asked_for(doc[sent.start:trigger.start].text):
            return None
        if not strong and has_parse and _denied_or_possible(_verb_of(trigger)):
            return None  # a weak trigger in a clause of what may be: "The disputes could be resolved in federal appeals court"
        if event_type == "funding_round" and has_parse and _valuation_aside(trigger):
            return None
        if event_type in ("access_cutoff", "signup_block") and has_parse and _clients_act(trigger):
            return None  # "many of its clients had discontinued their services": demand lost, no cutoff
        if event_type == "government_action" and _reporters_inquiry(trigger):
            return None  # "following a TBIJ investigation into the working conditions": the press's
        if event_type == "worker_organising" and has_parse and _shown_not_protested(trigger):
            return None
        # (a minister opening a centre of a firm the sentence names opens the firm's site:
        # "Chief Minister Pinarayi Vijayan inaugurated a centre of Kestrel Data Limited")
        state_acts = has_parse and event_type in ("access_cutoff", "signup_block", "expansion") and (
            _state_acts(trigger) or _state_officer_acts(trigger) and not (
                event_type == "expansion" and any(sent.start <= c[0].start and c[0].end <= sent.end for c in companies)))
        if state_acts:
            # "the government restricted access to several social networks", "President
            # William Ruto launched the ICT hub": a public act
            event_type = "government_action"
        clause = _clause_tokens(trigger, sent) if has_parse else set(range(sent.start, sent.end))
        in_sentence = [c for c in companies if sent.start <= c[0].start and c[0].end <= sent.end
                       # "published in the Official Gazette": the trigger's own name acts in nothing;
                       # nor does a weak trigger's ("a Supreme Court advocate" names no firm in a case)
                       and not ((event_type == "government_action" or not strong)
                                and trigger.start <= c[0].start < trigger.end)
                       and not _used_as_tool(c)]
        confidence = 0.55 if strong else 0.35
        chosen, co_actors = None, []
        subject, generic = _subject_company(trigger, in_sentence) if has_parse else (None, False)
        if not has_parse and re.match(r"\s*we\b", doc[sent.start:trigger.start].text, re.I):
            generic = "we"  # no parse: "We cut the bonus" opens with its subject
        company_score = 1.5  # the platform in focus
        if event_type == "expansion" and any(t.lower_ in ORGANISING_NOUNS
                                             for t in doc[max(sent.start, trigger.start - 4):trigger.start]):
            return None  # "the raters' association was launched in Kenya": a union founded
        if subject is not None and subject[2] in WEAK_KINDS and event_type in PLATFORM_ACTS \
                and subject[0].root.dep_ == "nsubjpass":
            # "The Data Labelers Association was launched in Nairobi": a union founded, not a
            # platform's expansion; a ministry or union is not what a platform does to workers
            return None
        if subject is not None and subject[2] in ("client", "investor") and event_type != "acquisition":
            # "Google terminated its contract with Appen": the event is the platform's;
            # "Microsoft invested in OpenAI": the round is the recipient's.
            platforms = [c for c in in_sentence if c[2] in ("platform", "contractor")]
            platform = platforms[0] if platforms else None
            if platforms and event_type == "funding_round":
                # the one nearest the trigger: "Outlier is owned by Scale AI, which cut staff
                # after Meta bought 49% of the company" is Scale AI's round
                platform = min(platforms, key=lambda c: abs(c[0].start - trigger.start))
            if platform is None and event_type == "funding_round":
                platform = next((c for c in in_sentence if c[0].start >= trigger.start and c[2] not in WEAK_KINDS
                                 and (c[3] or c[1]) != (subject[3] or subject[1])), None)
            if platform is not None:
                subject, company_score, confidence = None, 2, confidence + 0.15
                chosen = platform
        if chosen is not None:
            pass
        elif subject is not None and (subject[2] not in WEAK_KINDS
                                      or subject[2] in WEAK_KINDS_ACT_IN.get(event_type, ())):
            chosen, confidence, company_score = subject, confidence + 0.3, 3
            if event_type in SEVERAL_ACTOR_TYPES:
                co_actors = _coordinated_firms(subject, in_sentence)
        elif generic == "a" and self._named_next(sent) is not None:
            # "A Cape Town company that supplied work to Appen dismissed 37 annotators ...
            # [next paragraph] ordered Ubuntu Annotation Services to pay": the firm the story
            # names next, not the client in the clause that describes it.
            chosen, confidence, company_score = self._named_next(sent), confidence + 0.1, 2.5
        elif generic == "we" and (quoted := _quoted_officers_firm(in_sentence)) is not None:
            # "“... we are suspending PayPal services in Russia,” Dan Schulman, PayPal’s CEO,
            # said": the firm of the officer the sentence quotes, not the story's interviewee
            chosen, confidence, company_score = quoted, confidence + 0.2, 2.5
        elif generic == "we" and self._speaker is not None:
            # "We cut the accuracy bonus": in an interview, the firm the speaker runs
            chosen, confidence, company_score = self._speaker, confidence + 0.2, 2.5
        elif (generic == "it" or (generic and getattr(self, "_entries", False))) and \
                _antecedent(last_companies, in_sentence, trigger) is not None:
            # "Turing ... has become a supplier. Earlier this year it raised $111 million":
            # "it" is the company the sentence before was about, not the article's focus; so
            # is a timeline's "The Australian company completes its purchase" under "April
            # 2019: Appen buys Figure Eight", the firm of the entry's heading.
            chosen, confidence = _antecedent(last_companies, in_sentence, trigger), confidence + 0.2
            company_score = 2.5
        elif generic and generic != "we" and (
                opener := _opening_subject(last_companies, trigger, event_type)) is not None:
            # "Anthropic, founded in 2021, focuses on AI safety. The company has secured $8
            # billion from Amazon": the firm the sentence before opened with, not the story's
            chosen, confidence, company_score = opener, confidence + 0.2, 2.5
        elif generic and focus is not None:
            # "The company cut access ...": the firm the story is about, not a client named later.
            chosen, confidence, company_score = focus, confidence + 0.2, 2.5
        elif in_sentence and event_type in WORKER_TYPES and all(_named_as_example(self._text, c[0]) for c in in_sentence):
            # "workers, who provide support for Apple, Uber, Amazon, Tinder, and others, face
            # wage theft", "workers on platforms such as Outlier and DataAnnotation often spend
            # unpaid hours": firms named as examples tell how things go, not what one firm did
            return None
        elif in_sentence:
            best = min(in_sentence, key=lambda c: (
                KIND_RANK.get(c[2], 2) + (0 if c[0].start in clause else 0.5),
                abs(c[0].start - trigger.start) + (0 if c[0].start <= trigger.start else 3)))
            acts_itself = best[2] in WEAK_KINDS_ACT_IN.get(event_type, ())
            if focus is not None and not acts_itself and (best[2] in WEAK_KINDS or (
                    best[2] in ("client", "investor") and event_type in WORKER_TYPES
                    and focus[2] not in ("client", "investor")
                    # "Google cut staff here by 240" (parsed as a noun phrase): named right
                    # before the trigger, the client acts on its own staff, as when the
                    # sentence names no other firm and the trigger says it is the client's
                    # ("BT has announced its decision to close its Enniskillen call centre")
                    and best[0].end != trigger.start
                    and not (len(in_sentence) == 1 and best[0].start < trigger.start
                             and any(t.lower_ in ("its", "their") and t.dep_ == "poss" for t in trigger)))):
                # Clients rarely deactivate or pay taskers: in a sentence that only names
                # the client ("when the Meta contract ends"), the platform in focus acts.
                chosen, confidence = focus, confidence + 0.05
            elif best[2] == "government" and event_type in PLATFORM_ACTS | {"funding_round", "acquisition"}:
                # a public body opens no sites, raises no rounds: "The Department of Trade and
                # Industry has facilitated the opening of a new call centre" is a firm's opening
                firms = [c for c in in_sentence if c[2] not in WEAK_KINDS]
                if not firms:
                    return None
                chosen, confidence = min(firms, key=lambda c: abs(c[0].start - trigger.start)), confidence + 0.1
            else:
                chosen, confidence = best, confidence + 0.15
                company_score = 2 if best[2] == "platform" else 1
        elif focus is not None:
            if not strong:
                return None  # a weak trigger with no company of its own is too loose
            if event_type not in ACTORLESS_TYPES and MANY_FIRMS_RE.search(sent.text):
                # "So far in 2022, 17,000 people have lost their jobs as startups trim their
                # workforce": many firms' doing, not the one in focus
                return None
            if event_type in OUTSIDE_TYPES and (focus[3] or focus[1]) not in previous:
                # Strikes, lawsuits, laws and deals happen to many; without a company in the
                # sentence or the one before, this one is not known to be the platform's.
                if event_type not in ACTORLESS_TYPES:
                    return None
            else:
                chosen = focus
        if event_type == "funding_round" and trigger[-1].lower_ in ("in", "into"):
            # "a stake in Toloka", "invested $14.3 billion in Scale AI": the recipient.
            recipient = next((c for c in in_sentence if 0 <= c[0].start - trigger.end <= 3), None)
            if recipient is not None:
                chosen, company_score = recipient, 3
        if event_type == "acquisition" and trigger[-1].lower_ in ("in", "into") and chosen is not None \
                and 0 <= chosen[0].start - trigger.end <= 3:
            # "Meta took a 75% stake in Sama": Sama is bought; the buyer is named before
            buyer = next((c for c in reversed(in_sentence) if c[0].start < trigger.start
                          and c[2] not in WEAK_KINDS), None)
            if buyer is not None:
                chosen = buyer
        if event_type == "legal_action" and (subject is None or subject is not chosen):
            # "brought suits against Scale AI": the firm sued, not the article's focus.
            after = trigger.end
            defendant = next((c for c in in_sentence if 0 < c[0].start - after <= 12
                              and doc[c[0].start - 1].lower_ == "against" and c[2] not in WEAK_KINDS), None)
            if defendant is not None:
                # "a complaint against Meta's subcontractor CCC": the firm the possessive describes
                owned = next((c for c in in_sentence if defendant[0].end < len(doc)
                              and doc[defendant[0].end].text in ("'s", "’s")
                              and 0 < c[0].start - defendant[0].end <= 3 and c[2] not in WEAK_KINDS), None)
                defendant = owned or defendant
                # named as the one sued, it outweighs a firm a headline names otherwise
                # ("... Charge On Behalf of YouTube TV Workers")
                chosen, company_score = defendant, max(company_score, 3)
        if event_type == "legal_action" and chosen is not None and chosen[0] is not None and has_parse \
                and SEPARATE_CASES_RE.search(sent.text):
            # "In separate lawsuits, Chicago accuses Grubhub and DoorDash": a case against each
            co_actors = _coordinated_firms(chosen, in_sentence)
        # A rater's score and a public body's act on a firm are filed under the firm they are
        # done to; the rater or the body stays in the evidence sentence. "Fairwork scored
        # Remotasks 1 out of 10"; "The European Commission is also investigating Glovo" (named
        # after the verb, in its clause: the body acting alone stays the actor).
        if event_type == "rating_audit" and chosen is not None and chosen[2] in WEAK_KINDS:
            rated = _firm_done_to(in_sentence, trigger)
            if rated is not None:
                chosen, company_score = rated, max(company_score, 2.5)
        if event_type == "government_action" and chosen is not None and chosen[2] == "government":
            chosen = _firm_done_to(in_sentence, trigger, clause) or chosen
        if event_type == "worker_organising":
            # Workers organise through a union or association: it, not their employer or its
            # clients, is the actor; the union the story is about when the sentence names none.
            unions = [c for c in in_sentence if c[2] == "union"]
            union = (min(unions, key=lambda c: abs(c[0].start - trigger.start)) if unions
                     else getattr(self, "_union_focus", None))
            if union is not None:
                chosen, company_score = union, 3
        if event_type == "funding_round" and chosen is not None and _named_as_backer(chosen[0]):
            # "the Series B that HaiVan closed, led by Mekong Growth Partners": the round is
            # the firm's that raised it, not its lead investor's
            raiser = next((c for c in in_sentence if c[0].start < chosen[0].start
                           and not _named_as_backer(c[0])
                           and c[2] not in WEAK_KINDS and c[2] != "investor"), None)
            if raiser is not None:
                chosen, company_score = raiser, max(company_score, 2)
        if event_type == "funding_round" and chosen is not None and focus is not None \
                and focus[2] not in ("investor", "client") and (focus[3] or focus[1]) != (chosen[3] or chosen[1]) \
                and (chosen[2] == "investor" or (chosen[0] is not None and _named_as_backer(chosen[0]))):
            # "The round was led by Dragoneer": the round is the company's it is about.
            chosen, company_score = focus, 1.5
        if event_type in WORKER_TYPES and chosen is not None and chosen[2] == "client" and focus is not None \
                and focus[2] not in ("investor", "client") and re.search(
                    r"\b(?:with|for|at)\s+the\s+(?:company|firm|platform|outsourcer|contractor|vendor)\b",
                    doc[trigger.start:sent.end].text, re.I):
            # "Google said it would end its contract with the company": the firm in focus
            chosen, company_score = focus, 2
        fined = _fined_company(trigger, in_sentence) if has_parse and event_type == "government_action" else None
        if fined == "the company":
            fined = focus
        if fined is not None:
            # "Uber has been fined €290 million": the regulator's case against the firm
            event_type, chosen = "legal_action", fined
        elif has_parse and event_type == "government_action" and (
                any(t.lower_ in FINE_WORDS for t in trigger) and (
                    any(c.dep_ == "nsubj" and c.lower_ in ("court", "judge", "tribunal")
                        for c in _verb_of(trigger).children)
                    or any(t.lemma_ == "sentence" and t.pos_ == "VERB" for t in sent))):
            # "The court ordered the maximum fine of €375,000", "they are each sentenced to a
            # fine of 30,000 euros": the case's ruling
            event_type = "legal_action"
        if state_acts and chosen is not None and chosen[2] not in WEAK_KINDS:
            chosen = None  # the state acts, not the firm the story is about
        if event_type == "legal_action" and chosen is not None and \
                not any(c[2] not in WEAK_KINDS for c in in_sentence) and \
                AGAINST_THE_STATE_RE.search(doc[trigger.start:sent.end].text):
            # "35 tech workers filed a petition against the Business Laws (Amendment) Bill":
            # a case against the state, not against the firm the story is about
            chosen = (None, None, None, None)
        if chosen is None:
            if not (strong and event_type in ACTORLESS_TYPES):
                return None
            # "Rajasthan passed a law on gig workers": a public act with no firm as its actor
            chosen = (None, None, None, None)
        _span, canonical, _kind, parent = chosen
        own_codes = _codes_in(countries, clause)
        governing = _governing_tokens(trigger, sent, across_relative=False) if has_parse else None
        # set after another time ("a month after Meta invested"), or what the clause reacts
        # to ("walked out over a pay cut"): not when the clause happened
        own_time = has_parse and (_own_time_clause(trigger, sent) or _a_cause(trigger))
        main_tokens = governing
        if own_time:
            governing = set()  # "a month after Meta invested": not when the news was told
            last_date = None
        # No country in the trigger's clause: those of the clauses above it ("sent an email
        # to holders in Kenya saying it was discontinuing operations"), not of side clauses.
        if not own_codes and has_parse:
            codes = _codes_in(countries, _governing_tokens(trigger, sent, across_and=False))
        else:
            codes = own_codes
        described = _described_tokens(trigger) if has_parse else set()
        date, precision, explicit, more_dates = _event_date(doc, sent, trigger, clause | described,
                                                            governing, last_date,
                                                            told=getattr(self, "_last_told", None),
                                                            own_time=own_time,
                                                            # a timeline's present is historic
                                                            news_ok=not getattr(self, "_timeline", False))
        if own_time and explicit == 0 and has_parse:
            # "The cuts come barely a month after Meta agreed to pay ...": counted back from
            # the time of the news (the publication) by the interval the sentence gives
            before = _interval_before(trigger, sent)
            if before and doc._.published:
                # from the main clause's date ("froze payouts on Friday, three days after it
                # had cut rates"), else from the publication
                main_date = _date_of_tokens(doc, sent, main_tokens)
                back, back_precision = resolve_offset(f"{before} later", (main_date or (doc._.published[:10],))[0],
                                                      doc._.published, sign=-1)
                if back:  # "weeks after" the news is as precise as a month, "a year after" a year
                    counted_days = main_date is not None and re.search(r"\bdays?\b", before)
                    date, precision = (back[:7], "month") if back_precision == "day" and not counted_days \
                        else (back, back_precision)
        news_default = precision == "news"
        reported = precision == "report"
        if news_default or reported:
            precision = "day"
        sent_figures = [f for span, f in figures if sent.start <= span.start and span.end <= sent.end]
        return _Mention(event_type, canonical, parent or canonical, codes, date, precision, explicit,
                        sent.text.strip(), min(confidence, 0.95), sent_figures, 0, company_score,
                        own_countries=bool(own_codes), more_dates=more_dates,
                        named=frozenset(c[3] or c[1] for c in in_sentence), own_time=own_time,
                        told_before=has_parse and not in_sentence and _definite(trigger),
                        simple_past=not has_parse or _simple_past(_verb_of(trigger)),
                        past_perfect=_past_perfect(_verb_of(trigger)) if has_parse else None,
                        definite=has_parse and _definite(trigger),
                        clause_head=_clause_head(trigger.root, sent).i if has_parse else -1,
                        news_default=news_default, reported=reported,
                        co_actors=co_actors if chosen is subject or event_type == "legal_action" else [])



# Verbs that take an object before "to": right before "to", the object is missing because
# it is the subject of a passive ("DOLE urged to probe non-payment of salaries")
OBJECT_TO_VERBS = frozenset({"urged", "asked", "told", "ordered", "forced", "pressed", "directed", "instructed",
                             "advised", "encouraged", "invited", "warned", "compelled"})


def _past_perfect(verb: Token) -> bool:
    """"had cut", "had been let go"; not "were let go" beside "who had agreed to work"."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d", "’d") for c in verb.children)


def _simple_past(verb: Token) -> bool:
    """The verb is a simple past ("fired"), not a headline's bare participle ("DOLE urged to probe")."""
    if verb.tag_ != "VBD":
        return False
    after = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    return not (verb.lower_ in OBJECT_TO_VERBS and after is not None and after.lower_ == "to")


def _clause_of_its_own(doc: Doc, a: int, b: int) -> bool:
    """One clause is joined to the other by "and" with a subject of its own: "cut 200 jobs in
    January, and in July it laid off 500", "A New Zealand court ruled last November that ...,
    and a UK court ruled in 2021", not "a petition launched on Tuesday had gathered 1,240
    signatures by Thursday"."""
    if a < 0 or b < 0 or a == b:
        return False
    first, second = sorted((doc[a], doc[b]), key=lambda t: t.i)
    subject = next((c for c in second.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if second.dep_ != "conj" or subject is None:
        return False
    if second.head == first:
        return True
    # ", and a UK court ruled in 2021 that ...", parsed as joined to a verb inside the first
    # clause's complement ("ruled last November that drivers are employees")
    left = subject.left_edge.i
    return left >= 2 and doc[left - 1].lower_ == "and" and doc[left - 2].text == "," \
        and second.head in first.subtree


def _firm_done_to(in_sentence, trigger: Span, clause=None):
    """The firm nearest the trigger that neither rates, rules nor invests; with `clause`, only
    one named after the trigger, inside the trigger's clause."""
    firms = [c for c in in_sentence if c[2] not in WEAK_KINDS and c[2] != "investor"
             and (clause is None or (c[0].start >= trigger.end and c[0].start in clause))]
    return min(firms, key=lambda c: abs(c[0].start - trigger.start)) if firms else None


def _definite(trigger: Span) -> bool:
    """The trigger's noun points back: "The case was brought before court", "the strike"."""
    return any(t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                        for c in t.children) for t in trigger)


def _unfinished(sent: Span) -> bool:
    """No full stop at the end: a heading or a title rather than a sentence of the text."""
    return not sent.text.rstrip().endswith((".", "!", "?", '"', "”"))


def _run_in_heading(text: str, sent: Span) -> bool:
    """A paragraph's first words set off as its heading: "Late payments. Several annotators
    said ...", a few words with no verb."""
    before = text[:sent.start_char].rstrip(" \t")
    return (not before or before.endswith("\n")) and sum(t.is_alpha for t in sent) <= 4 and \
        not any(t.pos_ in ("VERB", "AUX", "PRON") for t in sent)


def _own_line(text: str, sent: Span) -> bool:
    """The segment is a line of its own (a title or standfirst), not part of a paragraph."""
    before = text[:sent.start_char].rstrip(" \t")
    after = text[sent.end_char:].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _short_title_line(text: str, sent: Span, longest: int = 120) -> bool:
    """The segment is part of a short line without a full stop: a date line with its section
    ("Tuesday, August 22, 2023 · Business › Digital Economy"), not a lead's sentence."""
    start = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.end_char)
    line = text[start:end if end >= 0 else len(text)].strip()
    return len(line) <= longest and not line.endswith((".", "!", "?", "\"", "”"))


def _one_kind_per_name(companies):
    """Give every mention of a name the name's best kind: a resolver may call one mention of
    Sama a "company" and the next a "platform"; the event rules should see one Sama.
    A publisher mention stays a publisher (cited, not acting)."""
    best: dict[str, str | None] = {}
    for _span, name, kind, _parent in companies:
        if kind in EXCLUDED_KINDS:
            continue
        if name not in best or KIND_RANK.get(kind, 2) < KIND_RANK.get(best[name], 2):
            best[name] = kind
    return [(span, name, kind if kind in EXCLUDED_KINDS else best[name], parent)
            for span, name, kind, parent in companies]


class _Slicer:
    """The items (tuples whose first element is a Span) that start inside a sentence."""

    def __init__(self, items):
        self.items = items
        self.starts = [item[0].start for item in items]

    def within(self, sent: Span) -> list:
        lo = bisect_left(self.starts, sent.start)
        hi = bisect_left(self.starts, sent.end)
        return [item for item in self.items[lo:hi] if item[0].end <= sent.end]


def _person_demonym(span: Span) -> bool:
    """"a South African who reviewed posts", "a South African national": a person's
    nationality, not where it happened."""
    doc = span.doc
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    return before in ("a", "an") and after in (",", "who", ".", ";", "and") + NATIONALITY_NOUNS


NATIONALITY_NOUNS = ("national", "citizen", "native", "expatriate", "expat", "immigrant", "émigré")


_APP_PEOPLE = frozenset({"-", "based", "drivers", "workers", "riders", "couriers", "users", "developers"})
_FIRM_NOUNS = frozenset({"company", "firm", "startup", "start-up", "group", "conglomerate", "giant",
                         "outsourcer", "multinational", "unicorn", "business"})
# Where a firm's client or supplier is from ("after losing a major US-based client"): not
# where the event happens, nor where the firm acting is
_CLIENT_NOUNS = frozenset({"client", "clients", "vendor", "supplier"})


def _country_in_name(name: str) -> list[str]:
    """The country a government body's name opens with: "U.S. Department of Labor" -> US,
    "Kenya Revenue Authority" -> KE; [] for "Ministry of Manpower"."""
    words = re.sub(r"['’]s\b", "", name).split()
    for n in (3, 2, 1):
        place = resolve_place(" ".join(words[:n])) if len(words) > n else None
        if place is not None and place.code and place.kind in ("country", "demonym"):
            return [place.code]
    return []


def _place_in_firm_name(name: str) -> list[str]:
    """The place a firm's name carries after its brand: "CCC Barcelona Digital Services" -> ES,
    "Teleperformance Colombia" -> CO; [] for "Scale AI" or "Remotasks"."""
    words = name.split()
    for i in range(1, len(words)):
        for n in (2, 1):
            if i + n > len(words) or not words[i][:1].isupper():
                continue
            place = resolve_place(" ".join(words[i:i + n]))
            if place is not None and place.code and place.kind in ("country", "city"):
                return [place.code]
    return []


def _owns_firm(span: Span, firm_starts: set[int]) -> bool:
    """"Russia's Yandex", "Canada's CDPQ" (a firm at `firm_starts`): where some firm is from,
    which is neither where the event happens nor, unlike "an Addis Ababa company", where the
    acting firm's staff are."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s") and span.end + 1 in firm_starts


def _firm_nationality(span: Span, nouns=_FIRM_NOUNS) -> bool:
    """"the Australian company", "a French outsourcing group", "the Sydney-based firm":
    where a firm is from, not where the event happens ("Kenyan workers" still counts). After
    "-based" the firm's name may come first: "Barcelona-based Glovo food delivery company"."""
    doc = span.doc
    based = span.end + 1 < len(doc) and doc[span.end].text == "-" and doc[span.end + 1].lower_ == "based"
    for tok in doc[span.end:span.end + (7 if based else 4)]:
        if tok.lower_ in nouns:
            return True
        if based and tok.lower_ in PEOPLE_NOUNS:
            return False  # "Nairobi-based moderators employed by the company"
        if tok.lower_ == "app" and not (tok.i + 1 < len(tok.doc) and tok.nbor().lower_ in _APP_PEOPLE):
            return True  # "the Chinese app", not "Nigerian app drivers"
        if not (tok.is_alpha or tok.text == "-") or tok.lower_ in ("in", "of", "for", "and", "with"):
            return False
    return False


LEAD_TOKENS, LEAD_BONUS = 80, 2


def _lead_subject(span) -> bool:
    """The firm a headline or lead sentence is about: its subject ("Annotrix raises Rs 300
    crore", "Khanyisa Data, a Cape Town company, has had a turbulent year"), not a client
    named in passing ("a Meta moderator's trauma")."""
    return span is not None and span.start < LEAD_TOKENS and \
        span.root.dep_ in ("nsubj", "nsubjpass")


def _focus_company(companies):
    """The firm the article is about: its most-mentioned platform (first mention wins ties;
    the subject of the headline or lead counts extra), unless a contractor or other firm is
    named more than twice as often ("xAI laid off 500 annotators ... vendors such as Scale AI":
    the story is xAI's), or then a client more than three times as often ("the call centre that catered
    to Vodafone" is the call centre's story though Vodafone is named three times to its once)."""
    tops = []
    for kinds in (("platform",), ("contractor", "company"), ("client",)):
        counts = Counter()
        first = {}
        for entry in companies:
            if entry[2] in kinds:
                key = entry[3] or entry[1]
                counts[key] += 1
                first.setdefault(key, entry)
        for key in {e[3] or e[1] for e in companies if e[2] in kinds and _lead_subject(e[0])}:
            counts[key] += LEAD_BONUS  # what the headline or the lead is about
        if counts:
            top = max(counts, key=lambda k: (counts[k], -first[k][0].start))
            tops.append((kinds, top, counts[top]))
    if not tops:
        return None
    # a contractor over the platforms it works through, a client (whose work the contractor
    # does: "moderators for Meta at Teleperformance") only when named more than three times as often
    kinds, top, n = tops[0]
    for other_kinds, other, other_n in tops[1:]:
        if other_n > (3 if other_kinds == ("client",) else 2) * n:
            kinds, top, n = other_kinds, other, other_n
    # Report it under the name used most for the family ("Scale AI" or "Remotasks").
    names = Counter(e[1] for e in companies if (e[3] or e[1]) == top)
    best_name = max(names, key=lambda n: names[n])
    return next((e for e in companies if e[1] == best_name and e[2] in kinds),
                next(e for e in companies if e[1] == best_name))


ROLE_WORDS = frozenset({"founder", "co-founder", "cofounder", "executive", "ceo", "director",
                        "head", "president", "owner", "boss", "chairman", "chairwoman", "md"})


def _quoted_officers_firm(in_sentence):
    """The firm whose officer the sentence names: "Dan Schulman, PayPal’s CEO", "the chief
    executive of Kestrel"."""
    for c in in_sentence:
        span = c[0]
        if c[2] in WEAK_KINDS or c[2] == "publisher":
            continue
        after = [t.lower_ for t in span.doc[span.end:span.end + 3]]
        if (after[:1] in (["'s"], ["’s"]) and any(w in ROLE_WORDS for w in after[1:])) or _named_as_officers_firm(span):
            return c
    return None


def _speaker_company(companies):
    """The firm an interviewee runs: "co-founder and chief executive of Kochi-based Thira Data
    Labs", "Jane Doe, CEO at Kestrel". Its "we" is that firm."""
    for span, name, kind, parent in companies:
        if kind in WEAK_KINDS or kind in ("client", "investor", "publisher"):
            continue
        if _named_as_officers_firm(span):
            return (span, name, kind, parent)
    return None


def _named_as_officers_firm(span: Span) -> bool:
    """"chief executive of Kestrel", "Jane Doe, CEO at Kestrel": the firm an officer heads."""
    words = [t.lower_ for t in span.doc[max(0, span.start - 8):span.start]]
    return any(w in ("of", "at") for w in words[-4:]) and any(w in ROLE_WORDS for w in words)


def _focus_union(companies):
    """The union or workers' association the article names most (first mention wins ties)."""
    counts = Counter(c[1] for c in companies if c[2] == "union")
    if not counts:
        return None
    first = {}
    for c in companies:
        if c[2] == "union":
            first.setdefault(c[1], c)
    top = max(counts, key=lambda n: (counts[n], -first[n][0].start))
    return first[top]


LEAD_TOKENS = 60  # about the headline and the first sentence


def _most_named(countries):
    """The country the story names most, if no other is named as often."""
    ranked = Counter(code for _span, code in countries).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _main_country(countries):
    """The country the article is about, when one clearly dominates."""
    counts = Counter(code for _span, code in countries)
    if not counts:
        return None
    ranked = counts.most_common(2)
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n >= 3 and n >= 2 * second:
        return top
    # Or the most-named country is also the one the headline or lead names first
    # ("Accra moderators for Meta say ..."), when no other is named as often.
    lead = [code for span, code in countries if span.start < LEAD_TOKENS]
    if n >= 2 and n > second and lead and lead[0] == top:
        return top
    # Or named most, three times or more, beside countries named less ("US-based Karvy ...
    # its Tamil Nadu employees ... Chennai ... India ... many US companies")
    if n >= 3 and n > second:
        return top
    return None


def _only_country(countries):
    """The one country named, if named at least twice, or once after a preposition in the
    headline or lead ("some 200 couriers in Tbilisi, who were on a strike")."""
    codes = Counter(code for _span, code in countries)
    if len(codes) != 1:
        return None
    if sum(codes.values()) >= 2 or any(span.start < LEAD_TOKENS and span.start > 0
                                       and span.doc[span.start - 1].pos_ == "ADP" for span, _code in countries):
        # once, a place where things happen ("in Tbilisi"), not a firm's nationality ("a US client")
        return next(iter(codes))
    return None


def _codes_in(countries, token_ids: set[int]) -> list[str]:
    codes: list[str] = []
    for span, code in countries:
        if span.start in token_ids and code not in codes:
            codes.append(code)
    return codes


def _named_noun(token: Token) -> Token:
    """The noun a trigger word modifies ("take-private" of "the take-private transaction
    announced on May 9"), whose phrase is the happening's, else the word itself."""
    if token.dep_ in ("amod", "compound") and token.head.pos_ in ("NOUN", "PROPN"):
        return token.head
    return token


def _clause_head(token: Token, sent: Span) -> Token:
    while token.dep_ not in CLAUSE_DEPS and token.dep_ != "ROOT" and token.head != token \
            and sent.start <= token.head.i < sent.end:
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    return token


def _clause_tokens(trigger: Span, sent: Span) -> set[int]:
    """Token indices of the trigger's clause: its head's subtree without other clauses."""
    return _tokens_of_clause(_clause_head(trigger.root, sent), {t.i for t in trigger})


def _tokens_of_clause(head: Token, inside: set[int]) -> set[int]:
    tokens: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        tokens.add(tok.i)
        for child in tok.children:
            is_clause = (child.dep_ in CLAUSE_DEPS and not _misparsed_amount(child)) or \
                (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
            if is_clause and not any(t.i in inside for t in child.subtree) and \
                    not (child.dep_ in ("acl", "relcl") and _when_it_happened(child) and
                         (tok.i in inside or (tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in inside)
                          # "the take-private transaction announced on May 9": the trigger names the noun
                          or any(_named_noun(c) is tok for c in tok.children if c.i in inside))):
                continue  # but "the cut, which took effect on Monday," tells the trigger's time
            stack.append(child)
    return tokens


HAPPENING_LEMMAS = frozenset({"take", "come", "kick", "release", "publish", "announce", "issue",
                              "file", "lodge", "begin", "start", "hit", "reach", "complete", "close",
                              "unveil", "launch", "introduce", "roll"})


def _when_it_happened(clause_head: Token) -> bool:
    """A clause on the trigger's own noun that tells when it happened: "the ratings, released
    on 3 September", "the cut, which took effect on Monday", "its report, published today"."""
    return clause_head.lemma_.lower() in HAPPENING_LEMMAS


TELLING_LEMMAS = frozenset({"tell", "inform", "notify", "warn", "email", "message", "remind", "assure", "write"})


def _told_that(clause_head: Token) -> bool:
    """"telling 300 contractors that their work had ended": the parser hangs the "that" clause
    on the people told as a relative clause, but it is what they were told."""
    noun = clause_head.head
    return noun.dep_ in ("dobj", "dative") and noun.head.lemma_.lower() in TELLING_LEMMAS and \
        any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("that", "who", "which")
            for c in clause_head.children)


def _misparsed_amount(token: Token) -> bool:
    """"fell from KSh 450 to KSh 320 in March": the parser reads "to KSh" as a verb's
    infinitive, but a currency with its number is part of the clause, not a clause."""
    return token.dep_ == "advcl" and token.pos_ in ("PROPN", "SYM", "NOUN") and \
        any(c.like_num for c in token.children) and any(c.lower_ == "to" for c in token.children)


def _governing_tokens(trigger: Span, sent: Span, across_and: bool = True,
                      across_relative: bool = True) -> set[int]:
    """Tokens of the clauses above the trigger's own ("Then in 2021, around the time
    Remotasks expanded ..." dates the expansion), never of clauses below it. With
    `across_and` False, a clause joined by "and" is a sibling, not a governor: "workers in
    Kenya lost access, and sign-ups were blocked" does not put the sign-ups in Kenya. With
    `across_relative` False, a relative clause describes its noun in a time of its own: "the
    court on Friday upheld a suit by moderators who lost their jobs" does not date the jobs."""
    head = _clause_head(trigger.root, sent)
    tokens: set[int] = set()
    for _ in range(6):
        if head.dep_ == "ROOT" or head.head == head or not (sent.start <= head.head.i < sent.end):
            break
        if head.dep_ == "conj" and not across_and:
            break
        if head.dep_ == "relcl" and not across_relative and not _time_noun(head.head) \
                and not _told_that(head):
            break
        upper = _clause_head(head.head, sent)
        own = {t.i for t in head.subtree}
        tokens |= {i for i in _tokens_of_clause(upper, own) if i not in own}
        head = upper
    return tokens


# firms in the plural: what a sentence naming no firm tells of them is not one firm's doing
# ("both companies", "the platform companies" are the story's own)
MANY_FIRMS_RE = re.compile(r"\b(?<!both )(?<!two )(?<!platform )(?:startups|start-ups|companies|firms|employers|"
                           r"businesses|tech\s+giants)\b"
                           # an industry's cuts: "there were so many media layoffs", "amid tech layoffs"
                           r"|\b(?:media|tech|industry|industry-wide|sector-wide|newsroom)\s+(?:layoffs|lay-offs|job\s+cuts)\b",
                           re.I)
# The firm in focus referred to, not named: "It also warned the company that ..."
FIRM_REFERENCE_RE = re.compile(r"\b(?:the|this)\s+(?:[A-Z]\w+\s+|\w+-\w+\s+)?(?:company|firm|app|platform|start-?up)\b")
GENERIC_COMPANY_WORDS = frozenset({
    "it", "company", "firm", "startup", "start-up", "platform", "business", "subsidiary",
    "employer", "giant", "unicorn", "outsourcer", "contractor", "vendor", "provider",
    # "The software services exporter has laid off nine employees", "the IT major", "the app"
    "exporter", "major", "operator", "marketplace", "app", "aggregator", "conglomerate",
    "multinational", "maker", "retailer",
    # "management proceeded to dismiss dozens of workers": the firm's managers act for it
    "management",
})


def _subject_company(trigger: Span, companies):
    """(company, generic) for the subject (or passive agent) of the trigger's verb.

    `company` is the entry of `companies` the subject names; `generic` is the subject word
    when it is "it" or "the company"-like (which in news refers to the firm in focus or,
    for "it", the one just named), else False.
    """
    verb = trigger.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    for _ in range(4):  # follow conjunctions and auxiliaries up to the verb with the subject
        candidates = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        # a passive's agent acts ("Raterlabs was acquired by Appen", "... by an Australian
        # data company called Appen"), not the passive subject, which only undergoes it
        agent_firm = next((e for g in agents for t in g.subtree for e in companies
                           if e[0].start == t.i and e[2] not in WEAK_KINDS), None)
        if agent_firm is not None:
            return agent_firm, False
        for tok in candidates + agents:
            if tok.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                tok = verb.head
            for entry in companies:
                span = entry[0]
                if span.start <= tok.i < span.end:
                    return entry, False
                named = [t for t in tok.subtree if span.start <= t.i < span.end
                         and _modifies(t, tok)]
                if named:
                    names_the_firm = tok.lower_ in GENERIC_COMPANY_WORDS or any(
                        t.dep_ == "appos" for t in named)
                    own_people = tok.lower_ in PEOPLE_NOUNS and any(t.dep_ == "poss" for t in named)
                    if entry[2] in ("client", "investor") and not names_the_firm and not own_people:
                        continue  # "the Meta contract ends": the contract, not Meta, acts; but
                        # "Twitter's contractors were laid off": the firm's own people
                    return entry, False  # "the AI company xAI has laid off": xAI acts
            if tok in candidates and (tok.lower_ in GENERIC_COMPANY_WORDS or tok.lower_ == "we") \
                    and tok.dep_ != "nsubjpass":
                if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children):
                    return None, "a"  # "A Cape Town company ... dismissed": one not named yet
                return None, tok.lower_
            if tok in candidates and any(c.dep_ == "poss" and c.lower_ == "its" for c in tok.children) \
                    and not any(c[0].start < trigger.start for c in companies):
                return None, "it"  # "Its $100 million Series B ... valued it at $2 billion"
        if candidates:
            teller = _teller_company(verb, companies) if verb.pos_ == "VERB" else None
            return (teller, False) if teller is not None else (None, False)
        if verb.dep_ in ("conj", "xcomp") and verb.head != verb:
            verb = verb.head
            continue
        break
    return None, False


def _teller_company(verb: Token, companies):
    """"ZimLabel told the whole floor that their contracts had ended": the firm that tells
    its staff the news of their own work is the one acting; a subject that is not a firm
    ("their contracts") names no actor."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in TELLING_LEMMAS:
        return None
    for subject in (c for c in verb.head.children if c.dep_ == "nsubj"):
        for entry in companies:
            if entry[0].start <= subject.i < entry[0].end and entry[2] not in WEAK_KINDS:
                return entry
    return None


def _modifies(token: Token, head: Token) -> bool:
    """`token` names `head` through modifiers only ("the Meta contract", "the company xAI",
    "Scale's platform"), or by its name ("the company, then still called Facebook", "the
    firm, formerly known as Remotasks"), not through a preposition ("part of Oxford
    University")."""
    while token != head:
        if token.dep_ in ("compound", "poss", "appos", "amod"):
            token = token.head
        elif token.dep_ == "oprd" and token.head.lemma_ in ("call", "name") and token.head.dep_ in ("acl", "relcl"):
            token = token.head.head
        elif token.dep_ == "pobj" and token.head.lower_ == "as" and token.head.head.lemma_ == "know" \
                and token.head.head.dep_ in ("acl", "relcl"):
            token = token.head.head.head
        else:
            break
    return token == head


def _verb_of(trigger: Span) -> Token:
    """The verb a trigger hangs on: itself, or the nearest verb up to three heads above it."""
    verb = trigger.root
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    return verb


DEMAND_FOR_RE = re.compile(rf"\b(?:{ASKING_FOR}|(?:urg|demand|seek)\w*\s+(?:[\w'’-]+\s+){{0,3}}?for)\b", re.I)
DEMAND_LEMMAS = frozenset({"demand", "seek", "request", "recommend", "propose", "want"})
ASKED_OF_LEMMAS = frozenset({"ask", "call", "urge", "press", "push", "campaign", "lobby"})


def _asked_for(before: str) -> bool:
    """The words before a trigger ask for it, with no clause of its own between: "asking for
    minimum rates, notice periods and a human appeal against deactivation" (the parser may hang
    such a list anywhere), not "demanded pay for colleagues who were laid off"."""
    asked = list(DEMAND_FOR_RE.finditer(before))
    return bool(asked) and not re.search(
        r"[.;:]|\b(?:who|which|that|after|when|because|since|while|were|was|had|has|have)\b",
        before[asked[-1].end():], re.I)


def _demanded(trigger: Span) -> bool:
    """A noun trigger inside what someone asks for: "asking for minimum rates, notice periods
    and a human appeal against deactivation", "calls for an end to payment delays". A verb of
    its own on the way keeps it ("asking Scale to pay out frozen balances")."""
    token = trigger.root
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" for c in token.children):
        return False  # "to seek the role of lead plaintiff in a class action filed against Telus": it was filed
    via_for = False
    for _ in range(8):
        head = token.head
        if head == token:
            return False
        if head.pos_ in ("VERB", "AUX"):
            lemma = head.lemma_.lower()
            if lemma in ASKED_OF_LEMMAS:  # "asked the court to rule": whom, unless "asked for"
                return via_for or (token.dep_ == "prep" and token.lower_ == "for")
            return lemma in DEMAND_LEMMAS and token.dep_ in ("prep", "pobj", "dobj", "conj", "appos")
        via_for = via_for or (token.dep_ == "prep" and token.lower_ == "for")
        token = head
    return False


def _would_be(trigger: Span) -> bool:
    """The trigger's main clause is conditional, not reported: "It would require platforms to
    ... explain deactivations" tells a bill's text. "Scale said it would cut 14%" (an
    announcement), "would later cut" (a past told forward) and "it would echo the way Remotasks
    shut out Kenyan workers" (a relative clause of its own) stay."""
    verb = _verb_of(trigger)
    for _ in range(6):
        if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children):
            return verb.dep_ != "ccomp" and not any(
                c.lower_ in ("later", "eventually", "soon", "then", "ultimately") for c in verb.children)
        if verb.dep_ in ("relcl", "advcl", "ccomp", "acl", "pcomp", "ROOT") or verb.head == verb:
            return False
        verb = verb.head
    return False


STATE_NOUNS = frozenset({"government", "governments", "authorities", "authority", "regulator",
                         "regulators", "ministry", "state", "junta", "parliament", "police", "cabinet"})


FINE_WORDS = frozenset({"fine", "fined", "fines", "penalty", "penalties"})


def _fined_company(trigger: Span, companies):
    """The firm a fine is laid on, if the sentence names it: "Uber has been fined €290 million",
    "the regulator fined Glovo", "Didi has been ordered to pay fines", "imposed a fine on
    Glovo", "Glovo fined €79m" (a title). A regulator's case against it, not a law's fines."""
    # the trigger's word, or its verb's object: "the regulator imposed a P10-million fine on ...";
    # when another trigger of the sentence won ("the data protection authority, imposed a fine
    # on Deliveroo"), the sentence's own fines
    words = [t for t in trigger if t.lower_ in FINE_WORDS] + [
        c for t in trigger for c in t.children if c.dep_ == "dobj" and c.lower_ in FINE_WORDS]
    words += [t for t in trigger.sent if t.lower_ in FINE_WORDS and t.pos_ in ("NOUN", "VERB")
              and t not in words]
    firms = [c for c in companies if c[2] not in WEAK_KINDS]

    def firm(tok, named_again=True):
        # "Uber", "service Uber", and "fined Glovo 79 million euros" (Glovo read as the euros');
        # "another online meal service, Foodinho s.r.l.": the firm named again in apposition
        found = next((c for c in firms if c[0].start <= tok.i < c[0].end
                      or (c[0].root.head == tok and c[0].root.dep_ in ("compound", "appos", "nmod")
                          and c[0].start < tok.i)), None)
        if found is None and named_again:
            found = next((f for c in tok.children if c.dep_ == "appos"
                          if (f := firm(c, named_again=False)) is not None), None)
        return found

    def laid_on(word):
        verb = word if word.pos_ == "VERB" else word.head
        if verb.lower_ == "with" and verb.dep_ == "prep" and verb.head.pos_ == "VERB":
            verb = verb.head  # "slapped Glovo with a new fine", "hit Glovo with a fine of €79 million"
        # "Deliveroo France will also have to pay a fine": who pays it is fined
        payer = verb.lemma_ == "pay" and word.dep_ == "dobj"
        for _ in range(3):  # "ordered to pay fines": up through "pay" to "ordered"
            kids = list(verb.children)
            if payer:
                for tok in (c for c in kids if c.dep_ == "nsubj"):
                    if (fined := firm(tok)) is not None:
                        return fined
            # "a fine on/against X", hung on the verb or on the fine itself
            on = [g for c in kids + (list(word.children) if verb is not word else [])
                  if c.dep_ == "prep" and c.lower_ in ("on", "against") for g in c.children if g.dep_ == "pobj"]
            for dep in ("dobj", "dative", "nsubjpass"):
                # "imposed a fine on Deliveroo Italy s.r.l., the Italian subsidiary of ...": the firm
                # the fine is laid on comes before any other object the parser hangs on the verb;
                # "fined X €32 million" may read X as the indirect object
                for tok in (on if dep == "dobj" else []) + [c for c in kids if c.dep_ == dep]:
                    if (fined := firm(tok)) is not None:
                        return fined
                    if tok.lower_ in GENERIC_COMPANY_WORDS and any(c.lower_ == "the" for c in tok.children):
                        return "the company"  # "imposed a P10-million fine on the company"
            if verb is word and word.dep_ == "acl" and (fined := firm(word.head)) is not None:
                return fined  # "Glovo fined 78.9 million euros in Spain"
            if verb is word and word.tag_ == "VBD" and not any(
                    c.dep_ == "dobj" and not any(g.like_num or g.ent_type_ == "MONEY" for g in c.subtree)
                    for c in kids):
                # a title's passive: "Glovo fined 78.9 million euros", not "the court fined Glovo"
                subject = next((c for c in kids if c.dep_ == "nsubj"), None)
                if subject is not None and (fined := firm(subject)) is not None:
                    return fined
            if verb.dep_ in ("xcomp", "conj") and verb.head != verb:
                verb = verb.head
                continue
            break
        return None

    found = next((fined for word in words if (fined := laid_on(word)) is not None), None)
    if found is None and words:
        # "... over driver data / Ride-hailing service Uber has been fined 290 million euros": a
        # parse run across the title into the lead, and the firm named right before the passive
        found = next((c for c in firms if _named_as_fined(c[0])), None)
    return found


FINED_AFTER = (("was", "fined"), ("were", "fined"), ("is", "fined"), ("has", "been", "fined"),
               ("have", "been", "fined"), ("had", "been", "fined"))


def _named_as_fined(span: Span) -> bool:
    """The words after the firm's name make it the one fined: "Uber has been fined", "Glovo
    fined €79 million" (a title), not "Uber fined drivers"."""
    doc = span.doc
    after = tuple(t.lower_ for t in doc[span.end:span.end + 3])
    if any(after[:len(words)] == words for words in FINED_AFTER):
        return True
    return after[:1] == ("fined",) and span.end + 1 < len(doc) and (
        doc[span.end + 1].like_num or doc[span.end + 1].is_currency)


# Offices only the state holds, before a person's name: "President William Ruto", "Minister
# Paula Gopee-Scoon" (a firm's president comes with the firm: "Appen President Ryan Kolln")
STATE_TITLES = frozenset({"president", "minister", "governor", "senator", "mayor", "premier", "chancellor"})


def _state_acts(trigger: Span) -> bool:
    """The trigger's verb has the state as its subject: "the government restricted access"."""
    verb = _verb_of(trigger)
    return any(c.dep_ == "nsubj" and c.lower_ in STATE_NOUNS for c in verb.children)


def _state_officer_acts(trigger: Span) -> bool:
    """The trigger's verb has an officer of the state as its subject: "President William Ruto
    launched the ICT hub"."""
    verb = _verb_of(trigger)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if any(_state_officer(c) for c in subjects):
        return True
    # "President William Ruto was in Kitale town where he officially launched the ICT Hub"
    return any(c.lower_ in ("he", "she") for c in subjects) and verb.dep_ in ("advcl", "relcl", "conj") and \
        any(c.dep_ == "nsubj" and _state_officer(c) for c in verb.head.children)


def _state_officer(token) -> bool:
    """"President William Ruto", not "Appen President Ryan Kolln"."""
    return token.ent_type_ == "PERSON" and any(t.lower_ in STATE_TITLES for t in token.lefts) \
        and not any(t.ent_type_ == "ORG" for t in token.subtree)


def _first_conjunct(token: Token) -> Token:
    """The first item of the list `token` is in ("closures" of "No site closures or massive layoffs")."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _none_of(trigger: Span) -> bool:
    """A trigger noun, or the list it ends, is denied by "no": "No site closures or massive
    layoffs are expected from the deal"."""
    noun = _first_conjunct(trigger.root)
    return noun.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _shown_not_protested(trigger: Span) -> bool:
    """"An engineer demonstrates data labeling", "demonstrated that the tool works": showing
    something, not a demonstration."""
    verb = next((t for t in trigger if t.lemma_.lower() == "demonstrate"), None)
    if verb is not None and any(c.dep_ in ("dobj", "ccomp") for c in verb.children):
        return True
    # "had seen many international companies protest their inability to repatriate funds":
    # firms complaining, no workers organising
    verb = next((t for t in trigger if t.lemma_.lower() == "protest" and t.pos_ == "VERB"), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FIRM_COLLECTIVE_NOUNS
                                    for c in verb.children)


# Firms spoken of together, which complain but do not organise as workers do
FIRM_COLLECTIVE_NOUNS = frozenset({"company", "firm", "business", "investor", "importer", "exporter", "bank",
                                   "lender", "platform", "carrier", "airline", "retailer", "manufacturer"})


ROUND_WORDS = frozenset({"round", "funding", "financing", "series", "raise", "raised", "raising", "stake",
                         "investment", "invested", "ipo", "listing"})
MARKET_NOUNS = frozenset({"market", "industry", "sector", "economy", "segment", "business", "space"})


def _valuation_aside(trigger: Span) -> bool:
    """A valuation that only describes a firm ("Scale AI, a firm valued at nearly $14 billion,
    laid off ...", "Cohere, valued at over $5 billion, works with ...", "Scale AI, with a
    valuation of $13.8 billion, relies on ...") or values a market
    ("the global BPO market is valued at US$262 billion"): no money raised, no stake sold."""
    noun = next((t for t in trigger if t.lower_ == "valuation"), None)
    if noun is not None and noun.dep_ == "pobj" and noun.head.lower_ == "with":
        # "Scale AI, with a valuation of $13.8 billion as of last year, relies on ..."
        return not any(t.lower_ in ROUND_WORDS for t in trigger.sent)
    verb = next((t for t in trigger if t.lower_ == "valued"), None)
    if verb is None:
        return False
    if verb.dep_ == "acl" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        # unless the aside tells the round that set it ("valued at $10 billion after a $350
        # million round in October")
        return not any(t.lower_ in ROUND_WORDS for t in trigger.sent)
    if verb.dep_ == "advcl":
        # "Valued at US$11.9 billion, the global location intelligence market is forecast to grow"
        verb = verb.head
    return any(c.dep_ in ("nsubjpass", "nsubj") and c.lemma_.lower() in MARKET_NOUNS for c in verb.children)


def _describes(trigger: Span) -> bool:
    """A present-tense relative clause describes a firm rather than telling what happened:
    "Remotasks, which recruits workers in Kenya", "the institute, which scores platforms"."""
    verb = _verb_of(trigger)
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)


def _whenever(trigger: Span) -> bool:
    """A present-tense "when" clause tells what happens as a rule, not what happened: "no one
    to call when her account is frozen"; unless it hangs on a future ("will be created when")."""
    verb = _verb_of(trigger)
    if not any(c.lower_ in ("when", "whenever") and c.dep_ in ("advmod", "mark") for c in verb.children):
        return False
    if verb.dep_ == "advcl" and any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("will", "'ll", "’ll", "shall")
                                    for c in verb.head.children):
        return False  # "1,000 jobs will be created when Convergys opens its first call centre": a plan
    tags = [verb.tag_] + [c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return bool(tags) and all(t in ("VBZ", "VBP", "VBN", "VBG", "VB") for t in tags) and \
        any(t in ("VBZ", "VBP") for t in tags)


REPORTING_LEMMAS = frozenset({"say", "announce", "tell", "confirm", "report", "disclose", "state",
                              "write", "add", "reveal", "publish", "send", "email", "post",
                              "inform", "notify"})


def _reporting(date_span: Span) -> bool:
    """A date of a reporting verb ("the company said on Thursday"): when the news came out,
    which may be later than when the event happened."""
    if not date_span.doc.has_annotation("DEP"):
        return False
    # "said on Wednesday it would exit": the parser often hangs the date on the reported
    # verb; right after the reporting verb, it is the report's.
    start = date_span.start
    while start > 0 and date_span.doc[start - 1].lower_ in ("late", "early", "on", "in"):
        start -= 1
    if start > 0 and date_span.doc[start - 1].pos_ in ("VERB", "AUX") and \
            date_span.doc[start - 1].lemma_.lower() in REPORTING_LEMMAS:
        return True
    # "Capgemini on Monday said it would acquire WNS": right before the reporting verb too
    following = date_span.doc[date_span.end] if date_span.end < len(date_span.doc) else None
    if following is not None and following.pos_ == "VERB" and following.tag_ in ("VBD", "VBZ") \
            and following.lemma_.lower() in REPORTING_LEMMAS and date_span.doc[start].lower_ == "on":
        return True
    verb = date_span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb.lemma_.lower() in ("add", "send", "post") and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "to add another 1,000 positions in October": adding jobs, not words
    return verb.lemma_.lower() in REPORTING_LEMMAS or verb.lower_ in ("said", "says", "announced", "told")


_PAST_DATE = re.compile(r"\b(?:last|ago|yesterday|earlier|previous|past)\b", re.I)


INTENTION_LEMMAS = frozenset({"plan", "expect", "aim", "intend", "set", "prepare", "hope", "schedule", "seek"})


def _future(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "’ll", "shall") for c in verb.children)


def _passed_day(expression: str, published: str | None) -> bool:
    """A day a plan named that had passed when the story was published: the plan happened."""
    if not published or not re.search(r"\d", expression) or not re.search(
            r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", expression, re.I):
        return False  # a day with its month, not "the 2nd" of "the 2nd Region"
    date, precision = resolve_date(expression, published)
    return precision == "day" and is_recent_day((date, precision), published, days=31)


def _scheduled(date_span: Span) -> bool:
    """A date in a future or present-tense clause ("will end in March", "ends in March"),
    unless the date itself is past ("remember March last year, when ...", "recalls 2019")."""
    if _PAST_DATE.search(date_span.text) or _earlier_year(date_span):
        return False
    if date_span.root.dep_ in ("compound", "nmod", "amod", "npadvmod") and \
            date_span.root.head.lemma_.lower() in ANNOUNCEMENT_NOUNS:
        return False  # "follows Webhelp's August announcement": when it was said, told in the past
    verb = date_span.root
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
        if verb.lower_ in DECIDING_NOUNS and date_span.root.head in (verb, *verb.children):
            return False  # "cite Scale AI's decision in July to cut": when it was decided
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if _future(verb) or (verb.dep_ == "xcomp" and _future(verb.head)):
        return True  # "will end in March"; "will begin hiring during November": the verb it completes
    if date_span.text.lower().strip(" .,") in ("today", "this morning", "this afternoon", "this evening", "tonight"):
        return False  # "Fairwork today publishes its ratings": a release's present is its day
    if verb.tag_ == "VB" and verb.head.lemma_ == "be" and verb.head.tag_ in ("VBZ", "VBP") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "The group is to close its Durban centre by the end of September"
    if verb.tag_ == "VB" and verb.head.lemma_ in INTENTION_LEMMAS and verb.head.tag_ != "VBD" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return True  # "TELUS is planning to add another 1,000 positions in October"
    if verb.tag_ == "VBP" and verb.lower_ in SAME_FORM_PAST:
        return False  # "Remotasks cut rates on Monday": the parser's present is a past
    if verb.lemma_.lower() in LISTING_LEMMAS:
        return False  # "Recent moves include layoffs in early March": a present that lists the past
    return verb.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _told_as_past(date_span: Span) -> bool:
    """The date's clause is in the past tense ("the contract, which ended on March 19"), not
    told as ongoing or to come ("was closing as of July 15th")."""
    verb = _verb_of(date_span)
    return verb.tag_ in ("VBD", "VBN") and not any(c.lower_ in ("will", "would", "to") for c in verb.children)


# Present-tense verbs that list what already happened: "moves include layoffs in March"
LISTING_LEMMAS = frozenset({"include"})
# Verbs whose past is spelt as their present: "cut", not only "cuts", reports a past.
SAME_FORM_PAST = frozenset({"cut", "shut", "put", "set", "let", "quit", "hit", "cost", "spread",
                            "bid", "hurt", "split", "upset", "broadcast", "forecast", "rid"})


def _fronted(date_span: Span, sent: Span) -> bool:
    """"In April, a subsidiary ... closed and dismissed 2,000 workers": a date opening the
    sentence before a comma sets the time of all of it, however the parser nests the verbs."""
    doc = date_span.doc
    if not (date_span.start <= sent.start + 1 and date_span.end < sent.end):
        return False
    # "Last month he was one of 45 moderators who filed a claim": a relative time opening
    # the sentence needs no comma
    opening = doc[sent.start:date_span.end].text
    return doc[date_span.end].text == "," or (
        re.match(r"(?:last|this|earlier|in|on)\b", opening, re.I) is not None
        and doc[date_span.end].pos_ in ("PRON", "PROPN", "NOUN", "DET"))


def _month_or_day_dates(text: str, published: str | None) -> list[tuple[int, int, tuple[str, str]]]:
    """(start, end, (date, precision)) of the dates of `text` that stand on their own (not
    offsets like "a month later") and resolve to a month or a day."""
    out = []
    for start, end, expr in _dates_in(text):
        if not is_offset(expr):
            date, precision = resolve_date(expr, published)
            if date is not None and precision in ("month", "day"):
                out.append((start, end, (date, precision)))
    return out


def _date_of_tokens(doc, sent, tokens) -> tuple[str, str] | None:
    """The first date of the sentence, at month or day precision, that lies in `tokens`."""
    for start, end, when in _month_or_day_dates(sent.text, doc._.published):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None and span.start in (tokens or ()):
            return when
    return None


def _interval_before(trigger: Span, sent: Span) -> str | None:
    """"a month" of "(barely) a month after Meta agreed ...", for the trigger's "after" clause."""
    head = _clause_head(trigger.root, sent)
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ == "after" for c in head.children):
        return None
    for child in head.children:
        if child.dep_ == "npadvmod" and child.lower_ in ("day", "days", "week", "weeks", "month",
                                                         "months", "year", "years"):
            words = [t.text for t in child.subtree if t.dep_ != "advmod"]
            text = " ".join(words)
            return text if is_offset(f"{text} later") else None
    return None


def _in_when_clause_of(date_span: Span, trigger: Span, sent: Span) -> bool:
    """The date sits in a "when"/"as" clause hung on the trigger's own clause: that clause tells
    when the trigger's happening took place."""
    head = _clause_head(date_span.root, sent)
    own = _clause_head(trigger.root, sent)
    if own.dep_ in ("advcl", "relcl") and own.head.lower_ not in ("time", "day", "month", "year") and any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in own.children) \
            and own.head == head:
        return True  # "ended in March last year, when the tech giant terminated the contract"
    if head.dep_ != "advcl" or not any(c.lower_ in ("when", "as") and c.dep_ in ("advmod", "mark")
                                       for c in head.children):
        return False
    return head.head == own


def _earlier_year(date_span: Span) -> bool:
    """A date that names its year and lies before the month of publication: "in 2019",
    "January 2025" in a July 2025 story (a timeline's present tense tells the past)."""
    published = getattr(date_span.doc._, "published", None) or ""
    years = [int(y) for y in re.findall(r"\b(1[89]\d\d|2[01]\d\d)\b", date_span.text)]
    if not (years and published[:4].isdigit()):
        return False
    if max(years) < int(published[:4]):
        return True
    date, _precision = resolve_date(date_span.text, published)
    return bool(date) and len(published) >= 7 and date[:7] < published[:7]


def _own_time_clause(trigger: Span, sent: Span) -> bool:
    """The trigger's clause is set in time against its governor ("..., a month after Meta
    invested $14.3 billion", "before it was sued"): the governor's dates are not its."""
    head = _clause_head(trigger.root, sent)
    if head.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in head.children):
        return True
    # "Scale AI to cut 14% of staff weeks after Meta deal": a phrase set after another time
    token = trigger.root
    while token != head and token.head != token:
        if token.dep_ == "pobj" and token.head.lower_ in TIME_MARKS:
            return True
        token = token.head
    return False


TIME_MARKS = frozenset({"after", "before", "since", "until"})
TIME_NOUNS = frozenset({"time", "times", "day", "days", "week", "weeks", "month", "months", "year",
                        "years", "moment", "period", "night", "morning", "evening", "season"})


def _time_noun(token: Token) -> bool:
    """A word naming a time: "in November, when ...", "around the time Remotasks expanded"."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in TIME_NOUNS


def _described_tokens(trigger: Span) -> set[int]:
    """Tokens of the participle clauses that describe the trigger's own words: "The suit,
    filed in December, says ..." dates the suit; and the date words of the announcement whose
    content the trigger's clause tells: "Webhelp's August announcement that it will open its
    Durban office" is August's."""
    # Not relative clauses: "a contract that brought in a third of revenue last year" dates
    # the revenue, not the contract's end.
    described = {t.i for tok in trigger for child in tok.children if child.dep_ in ("acl", "appos")
                 for t in child.subtree}
    verb = _verb_of(trigger)
    if verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in ANNOUNCEMENT_NOUNS and \
            any(c.lower_ == "that" for c in verb.children if c.dep_ == "mark"):
        described |= {c.i for c in verb.head.children if c.dep_ in ("compound", "nmod", "amod", "npadvmod")}
    return described


# What a firm says it will do: "its August announcement that it will open an office"
ANNOUNCEMENT_NOUNS = frozenset({"announcement", "statement", "decision", "pledge", "promise", "notice",
                                "memo", "confirmation", "disclosure"})
# nouns whose infinitive is what was decided ("Scale AI's decision in July to cut"): a date on
# the noun dates the decision, and so what it decided
DECIDING_NOUNS = frozenset({"decision", "move", "announcement", "agreement", "vote"})


# A wire dateline: "KUALA LUMPUR, Oct 11 (Asia Wire) - ", "NAIROBI, Kenya, March 3 (Reuters) —".
# Its date is when the story was filed, not when the news happened.
DATELINE_DATE_RE = re.compile(
    r"^\W*[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)"
    r"\s*(?:\([^()]{2,40}\)\s*)?[-–—]\s")


LABEL_MONTH_RE = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|"
                            r"November|December)")


@lru_cache(maxsize=16)
def _dates_in(text: str) -> tuple:
    """find_dates, once per sentence: triggers, mentions and the sentence's own date all ask.
    A dateline's date is not among them: see `_dateline_date`."""
    line = DATELINE_DATE_RE.match(text)
    # "the Retrenchment and Severance Benefits Act No 32 of 1985", "the Employment Rights Act
    # 1996": a law's year is part of its name, not when anything told happened
    found = [d for d in find_dates(text)
             if not (d[2].isdigit() and LAW_YEAR_BEFORE_RE.search(text, 0, d[0]))
             and not (re.fullmatch(r"\d{4}-\d{2}", text[d[0]:d[1]]) and ORDER_NUMBER_BEFORE_RE.search(text, 0, d[0]))]
    if line:
        found = [d for d in found if not (line.start("date") <= d[0] < line.end("date"))]
    return tuple(found)


def _dateline_date(text: str, published: str | None):
    """The date of a wire dateline opening `text`, as (date, precision): the day the story was
    filed, which dates the news its lead tells like a reporting clause ("..., it said on Friday")."""
    line = DATELINE_DATE_RE.match(text)
    if not line or not find_dates(line.group("date")):
        return None
    date, precision = resolve_date(line.group("date"), published)
    return (date, precision) if date else None


def _describes_a_thing(date_span: Span) -> bool:
    """The date hangs on a participle that describes a noun ("a $14.3 billion deal announced
    in June"): when that thing was announced, not when the paragraph's news was told. A
    statement or an email "issued on Wednesday" is the report itself."""
    verb = _verb_of(date_span)
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.lower_ not in REPORT_NOUNS


# what a report is issued or sent as: "in a statement issued on Wednesday", "told in messages sent on Tuesday"
REPORT_NOUNS = ANNOUNCEMENT_NOUNS | {
    "release", "email", "e-mail", "letter", "filing", "post", "report", "message", "text", "call",
    "notification", "tweet", "update", "note", "statements", "emails", "letters", "notices", "memos",
    "posts", "messages", "texts", "calls", "notifications", "tweets", "updates", "notes"}


def _report_date(doc, sent):
    """The date of a reporting clause of the sentence ("the company said on Tuesday")."""
    for start, end, expr in _dates_in(sent.text):
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is not None and _reporting(span) and not _describes_a_thing(span) and not _told_before(span) \
                and not is_coming_day(expr, doc._.published):  # "announced ... effective from November 1st"
            date, precision = resolve_date(expr, doc._.published)
            if date is not None:
                return date, precision
    return None


def _told_before(date_span: Span) -> bool:
    """The report is in the past perfect ("Teleperformance had announced the deal in June"),
    or tells a thing's earlier telling ("the M-Pesa – PayPal linking that was announced back
    in April"): before the news its paragraph brings ("The regulator has approved the deal"),
    so not when that news was told."""
    verb = _verb_of(date_span)
    before = [t.lower_ for t in date_span.doc[max(0, date_span.start - 2):date_span.start]]
    back = before[-1:] == ["back"] or before == ["back", "in"]
    return back or (verb.dep_ == "relcl" and verb.tag_ == "VBN") or _past_perfect(verb)


# A sentence that proposes or imagines rather than reports: "Imagine if Brussels required ...",
# "Should the managements fail to settle, the union will go to court", "Third, give workers a
# right to a human review before deactivation".
PROPOSAL_START_RE = re.compile(
    r"^\W*(?:(?:first|second|third|fourth|fifth|finally|next|and|so|instead)\W+)?"
    r"(?:imagine|suppose|supposing|what\s+if|should\s+(?:the|a|an|any|they|it|we|he|she|[A-Z]\w*)\b)", re.I)
ORDINAL_OPENERS = frozenset({"first", "second", "third", "fourth", "fifth", "finally", "next", "then",
                             "instead", "also", "and", "so", ",", "—", "-"})


# A newsletter's table of contents: "This week: a sign-up freeze in Pakistan, a new centre in
# Dhaka and another giant round for Mercor." Its items are told, with their actors, below.
CONTENTS_START_RE = re.compile(
    r"^\W*(?:(?:this|next|last)\s+(?:week|issue|edition|month)|in\s+this\s+(?:issue|edition)|"
    r"today|inside|also\s+inside|coming\s+up|"
    # "Correction: Last week's issue said CloudFactory had closed its office": it had not
    r"corrections?|clarifications?)\s*[:—–-]", re.I)


# what a firm announces it will do to its own sites and staff: "Deliveroo has announced plans to
# pull out of Spain", "SWVL is planning to lay off 32% of its team"
PLANNED_TYPES = frozenset({"expansion", "access_cutoff", "layoff"})
PLAN_WORDS_RE = re.compile(r"\b(?:plans?|planning|set|poised)\s+to\b|"
                           r"\b(?:revealed|announced|unveiled)\s+plans?\s+to\b", re.I)


def _announced_plan(before: str) -> bool:
    """A firm's stated plan to open somewhere is told as news ("HGS has announced that it
    plans to open a new delivery centre in Mysuru", "is set to expand its operations in
    Ghana"); a plan hedged or denied ("no plans to", "could plan to") is not, nor what a firm
    only intends or aims at."""
    blockers = [b.group(0).strip() for b in BLOCKERS_RE.finditer(before)]
    return bool(blockers) and all(PLAN_WORDS_RE.fullmatch(b) for b in blockers)


# Workers setting out to unionise: "staff plan to unionise", "have been seeking to join the
# Communication Workers Union". A union drive is itself organising; a strike planned is not yet one.
UNION_DRIVE_RE = re.compile(r"(?:seek(?:s|ing)?|sought|plan(?:s|ning)?|trying|tried|tries|moving|"
                            r"campaign(?:s|ed|ing)?|push(?:es|ed|ing)?|organi[sz](?:e|es|ed|ing))\s+to", re.I)


def _union_drive(before: str, trigger: str) -> bool:
    """The trigger forms or joins a union and every word that hedges it sets out to do so."""
    blockers = [b.group(0).strip() for b in BLOCKERS_RE.finditer(before)]
    return "union" in trigger.lower() and bool(blockers) and all(UNION_DRIVE_RE.fullmatch(b) for b in blockers)


def _proposal(sent: Span, has_parse: bool) -> bool:
    if PROPOSAL_START_RE.match(sent.text) or CONTENTS_START_RE.match(sent.text):
        return True
    if not has_parse:
        return False
    root = sent.root
    if any(c.dep_ == "aux" and c.lower_ in ("should", "ought") for c in root.children):
        return True  # "Platforms should publish ... before any account is closed"
    # an imperative: the sentence opens, after "First," and the like, on a bare verb
    # without a subject ("Third, give workers a right to a review")
    opening = [t for t in sent if not t.is_space and t.lower_ not in ORDINAL_OPENERS and not t.is_punct]
    return bool(opening) and opening[0] == root and root.tag_ == "VB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)


STAMP_LINE_RE = re.compile(
    r"^[ \t]*(?:(?:last\s+)?(?:updated|update|posted|published)\b[:,]?[ \t]*)?"
    r"(?P<date>(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?[ \t]+)?(?:(?:early|late|mid-?)[ \t]*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9}\.?(?:,?[ \t]+\d{4})?|[a-z]{3,9}\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?(?:,?[ \t]+\d{4})?"
    r"|[a-z]{3,9}\.?[ \t]+\d{4}|\d{4}(?=[ \t]*(?:[—–|:]|$)))(?!\d))?"
    r"[ \t,]*(?:at[ \t]+)?(?P<time>\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[a-z]{2,4}\b)?)?"
    r"[ \t]*(?:$|[—–|:-][ \t]*\S)", re.I | re.M)


class _Heading(tuple):
    """(date, precision) of a timeline's heading ("16 July 2025 — ..."): it dates its entry as
    surely as a date in the sentence's governing clause would, so two entries' happenings of
    one kind stay apart. A live blog's time stamps say when news was posted, not when it
    happened, and stay plain tuples."""


def _stamp_lines(text: str, published: str | None) -> list[tuple[int, tuple | None, bool]]:
    """(line start, (date, precision) or None for a time alone, whether it gives a clock time)
    of the lines that date the entries below them: a live blog's stamps ("16 March 2026, 19:45
    EAT", "14:05 — ...", "Update, 12 May:"), a roundup's ("MON 30 SEP — Toloka shuts ...") and
    a timeline's headings ("April 2021: Scale AI valued at $7.3bn", "2022: A bid that never
    happened"). Only where the text has several with entries between them: one date line is a
    byline's. A stamp after publication (a later update) dates nothing."""
    stamps = []
    for m in STAMP_LINE_RE.finditer(text):
        if not (m.group("date") or m.group("time")):
            continue
        when = None
        if m.group("date"):
            expr = re.sub(r"^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+", "", m.group("date"), flags=re.I)
            expr = re.sub(r"[A-Za-z]+", lambda w: w.group(0).capitalize(), expr)
            if not find_dates(expr):
                continue  # "Issue 87 ..." or a word that only looks like a month
            date, precision = resolve_date(expr, published)
            if date is None:
                continue
            when = (date, precision)
        stamps.append((m.start(), when, bool(m.group("time"))))
    # entries between the stamps, not a "Published ... / Updated ..." pair above one story
    entries = sum(1 for (a, *_), (b, *_) in zip(stamps, stamps[1:]) if len(text[a:b].split()) >= 15)
    return stamps if entries >= 1 and len(stamps) >= 3 or entries >= 2 else []


PAST_PERFECT_RE = re.compile(r"\bhad\s+(?:not\s+|already\s+|been\s+|\w+ly\s+)*\w+(?:ed|en|t)\b", re.I)  # "had recently acquired"


def _date_by_publication_month(mentions, published: str) -> None:
    """News a story tells in the past with no date of its own, and no earlier date of its
    paragraph to share ("Indore-based TaskUs abruptly fired over 300 employees"; "The sudden
    layoffs led to protests outside the TaskUs office"), happened in the month it was
    published, as news does, not only in its year. It stays quality 0 and yields to any date
    the story gives it; a past perfect ("signups had been blocked") is before the news.
    The lead, the first paragraph of the body, tells the day's news, as a headline does
    (news is written so): its undated news is the publication day's; later paragraphs'
    undated past is only known to the month."""
    for m in mentions:
        if m.date_explicit == 0 and not m.own_time and not m.news_default and \
                m.precision == "year" and m.date == published[:4] and len(published) >= 7 and \
                not (m.past_perfect if m.past_perfect is not None else PAST_PERFECT_RE.search(m.sentence)):
            if len(published) >= 10 and (m.headline and not m.simple_past or m.lead and not m.headline):
                # a headline tells the day's news in the present or a bare participle, however
                # the small model parses it ("Court rules Meta can be sued", "Scale AI Cuts
                # Contractors", "Sama sued over pay"); not in a simple past ("TaskUs fired 300");
                # the lead below it tells the day's news in any tense
                m.date, m.precision, m.news_default = published[:10], "day", True
            else:
                m.date, m.precision, m.publication_month = published[:7], "month", True


def _date_by_report(mentions, report_date, lede=False):
    """News told without a date of its own in a paragraph that says when it was told ("The
    round was led by Accel. ... the company said on Tuesday") is dated by that report.
    It stays quality 0: a report date never keeps two mentions apart. A `lede` told on the
    day of its report takes the earlier day its next paragraph gives ("TikTok is letting go of
    hundreds ..., people said on Friday." / "Staff learned of it in emails sent on Wednesday")."""
    if report_date is None:
        return
    for m in mentions:
        if m.date_explicit == 0 and not m.own_time and (
                (m.precision == "year" and report_date[0].startswith(m.date)) or m.news_default):
            m.date, m.precision = report_date
            m.news_default, m.reported = False, report_date[1] == "day"
        elif lede and m.reported and report_date[1] == "day" and report_date[0] < m.date:
            m.date, m.reported = report_date[0], False


# A case brought against a law or the state itself
AGAINST_THE_STATE_RE = re.compile(
    r"\bagainst\s+(?:the\s+)?(?:\(?[A-Z][\w'’-]*\)?\s+){0,6}(?:Bill|Act|law|laws|regulations?|rules|decree|"
    r"government|ministry|Ministry|state|State|Parliament|Senate|Assembly|Attorney[- ]General)\b")


# Nouns a year names as a period of its own, not as this happening's time: "the 2020-2022
# conflict", "the 2019 election", "the 2008 financial crisis"
LABELLED_NOT_EVENT_NOUNS = frozenset({"conflict", "war", "election", "elections", "crisis", "pandemic",
                                      "lockdown", "lockdowns", "season", "budget", "census", "olympics",
                                      "cup", "summit", "recession", "protests", "uprising", "riots"})


# The year that ends a law's name: "the Business Laws (Amendment) Bill, 2024", "the Data
# Protection Act 2019"
LAW_NAME_BEFORE_RE = re.compile(r"\b(?:Act|Bill|Code|Law|Regulations|Rules|Ordinance|Decree)\)?,?\s*(?:of\s+)?$")


# "would be paid through Nov. 30", "would run until the end of the year": the end of a
# period, not when anything happened
BOUND_BEFORE_RE = re.compile(r"\b(?:through|thru|until|till|up\s+to)\s+(?:(?:either\s+)?(?:[^\s,.;]+\s+){1,6}?or\s+)?"
                             r"(?:the\s+)?$"  # "... through either the end of their contract or Nov. 30"
                             # "The lawsuit ... spans the period between May 9, 2019, and February 14, 2024"
                             r"|\b(?:period|span|spans|spanned|spanning|covers|covered|covering)\s+(?:the\s+period\s+)?"
                             r"(?:between|from)\s+(?:[^.;]{0,30}?\s+(?:and|to|through)\s+)?$", re.I)
# "would eliminate 2,000 positions after a weaker second quarter": what it followed, not when
NOT_A_LABEL_RE = re.compile(r"\s*(?:[,.;:)]|$|(?:in|when|which|that|as|and|of|with|for)\b)")  # not "its 2021 IPO"
AFTER_A_TIME_RE = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|its|their|his|her|[a-z]+(?:er|est|ing|ful|ult|ous|ed))\s+){1,3}$")


def _sentence_date(doc, sent, last_date=None):
    """The last past date of a sentence at month or day precision, which a following
    sentence without a date of its own shares ("In March, workers lost access. Payments
    stopped too."). "since"/"until" dates bound a period rather than date a happening.
    "A month later" counts from `last_date`, the time the sentences before told."""
    out = None
    paid_end = None
    for start, end, expr in _dates_in(sent.text):
        if re.match(r"(?:since|until|by|before)\b", expr, re.I) or BOUND_BEFORE_RE.search(sent.text, 0, start):
            continue
        if _paid_period(sent.text, start, end, paid_end):
            paid_end = end
            continue  # "payments for tasks done in May and June were held": not when
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is None or (doc.has_annotation("DEP") and _scheduled(span)):
            continue
        date, precision = _resolve(expr, doc._.published, out or last_date)
        if date is not None and precision in ("month", "day"):
            out = (date, precision)
    return out


def _resolve(expr, published, anchor=None):
    """resolve_date, and an offset ("a month later", "the next day") from `anchor`."""
    if is_offset(expr):
        return resolve_offset(expr, anchor[0], published) if anchor else (None, None)
    return resolve_date(expr, published)


PAID_PERIOD_AFTER_RE = re.compile(r"['’]s?\s+(?:pay|salary|salaries|wages?|payments?|payouts?|earnings|"
                                  r"invoices?|bonus(?:es)?)\b", re.I)  # "last month's salary"
PAID_PERIOD_RE = re.compile(r"\b(?:pay|paid|payments?|payouts?|wages|salar(?:y|ies)|invoices?|earnings|"
                            r"bonus(?:es)?|work)\s+(?:due\s+)?for"
                            # "payments for tasks completed in May": the month worked
                            r"(?:\s+(?:the\s+)?(?:tasks?|work|hours|shifts?|projects?|jobs?)"
                            r"(?:\s+(?:done|completed|submitted|worked|delivered))?(?:\s+(?:in|during))?)?\s*$"
                            # "128,548 euros to the one for work from February 2016 to April 2019": the time worked
                            r"|\bfor\s+(?:(?:the|his|her|their)\s+)?work\s+(?:done\s+)?(?:from|between|since|in|during)\s*$", re.I)


def _paid_period(text: str, start: int, end: int, paid_end: int | None = None) -> bool:
    """The date at text[start:end] names the period work was paid for ("payments for April",
    "last month's salary", and "June" after "for tasks done in May and" at `paid_end`)."""
    return bool(PAID_PERIOD_RE.search(text[max(0, start - 60):start]) or PAID_PERIOD_AFTER_RE.match(text, end)
                or (paid_end is not None and re.fullmatch(r"\s*(?:,|and|or|to)\s*", text[paid_end:start])))


def _event_date(doc, sent, trigger, clause, governing=None, last_date=None, told=None, own_time=False,
                news_ok=True):
    """The nearest date of the trigger's clause (quality 2), else of a clause governing it
    (quality 1), else the date of the sentence before in the same paragraph, else the
    publication year (both quality 0, so they never keep happenings apart)."""
    published = doc._.published
    found = []
    trigger_ids = {t.i for t in trigger}
    # "..., the company said on Friday" dates the news of the main clause, not of an aside
    # ("a month after Meta invested ...").
    main_clause = not doc.has_annotation("DEP") or \
        _clause_head(trigger.root, sent).dep_ in ("ROOT", "ccomp", "parataxis", "conj")
    # "halted payouts on Tuesday; the next day it stopped sign-ups": an offset counts from the
    # sentence's date before it, whichever clause that date is in.
    told_before = [(start, when) for start, _end, when in _month_or_day_dates(sent.text, published)]
    dates = _dates_in(sent.text)
    # a happening the clause reacts to keeps only the dates inside its own phrase
    cause = {t.i for t in _named_noun(trigger.root).subtree} \
        if doc.has_annotation("DEP") and (_a_cause(trigger) or _a_source(trigger)) else None
    paid_end = None  # where the last month worked ends: "for tasks done in May and June"
    for start, end, expr in dates:
        if expr.lower() == "overnight" and len(dates) > 1:
            continue  # "In August, the project ended, leaving 400 without work overnight": suddenly
        if _paid_period(sent.text, start, end, paid_end):
            paid_end = end
            continue  # "payments for April were delayed ... in May": the month worked, not the delay
        if BOUND_BEFORE_RE.search(sent.text, 0, start) or (
                AFTER_A_TIME_RE.search(sent.text, 0, start) and NOT_A_LABEL_RE.match(sent.text, end)):
            continue  # "laid-off workers would be paid through Nov. 30", "after a weaker second quarter"
        span = doc.char_span(sent.start_char + start, sent.start_char + end, alignment_mode="expand")
        if span is None:
            continue
        if _scheduled(span) and not (_fronted(span, sent) and re.search(r"\d", expr)) \
                and not _passed_day(expr, published):
            # "when the contract ends in March": a plan, not when it happened; but "On 12
            # September, xAI lets go of 500 annotators" opens a historic present, and "will
            # cease operations as of September 16th", published on the 17th, has happened
            continue
        if is_coming_day(expr, published) and doc.has_annotation("TAG") and not _told_as_past(span):
            continue  # "said it was closing Uber Eats in Italy as of July 15th", told in June: the coming one
        if cause is not None and span.start not in cause:
            continue  # "stopped work on Monday in protest against a reduction in their rate"
        if span.start in clause:
            where = 1 if _reporting(span) and span.start not in trigger_ids else 0
        elif doc.has_annotation("DEP") and _in_when_clause_of(span, trigger, sent):
            where = 1  # "lost their jobs when the company shut the unit in July"
        elif governing is None or span.start in governing or (main_clause and _reporting(span)) \
                or (_fronted(span, sent) and not own_time):
            where = 1  # a governing clause, or the report of this news ("..., it said on Friday")
        elif doc.has_annotation("DEP") and _in_participle_of(span, clause, sent):
            where = 1  # "raised $70 million from investors led by CDPQ in 2021"
        elif doc.has_annotation("DEP") and _on_deciding_noun(span, trigger):
            where = 0  # "Scale AI's decision in July to cut 14% of its workforce"
        elif doc.has_annotation("DEP") and _in_verb_conjunct_of(span, trigger, sent):
            where = 1  # "have stopped work and gathered at the gates this morning"
        elif doc.has_annotation("DEP") and _effective_date_of(span, trigger, sent):
            where = 1  # "has halved the premium, effective this month"
            if published and not re.search(r"\d{4}", expr) and \
                    (resolve_date(expr, published)[0] or "9")[:4] < published[:4]:
                continue  # "effective 1 November" in an October story: the coming one
            if published and re.search(r"\d", expr) and (resolve_date(expr, published)[0] or "9") < published[:10]:
                where = 0  # "discontinuing operations ... effective March 8, 2024", told on the 14th: it took effect then
        else:
            continue  # a date of another clause ("the valuation it reached in 2021")
        if LAW_NAME_BEFORE_RE.search(sent.text, 0, start) and re.fullmatch(r"\d{4}", expr.strip()):
            continue  # "a petition against the Business Laws (Amendment) Bill, 2024": a law's name
        if _record_since(span, sent):
            continue  # "their lowest close since 2016": a yardstick, not when anything happened
        if span.start > trigger.end and _comparison_between(doc[trigger.end:span.start]):
            continue  # "values it at $10 billion, five times what investors paid in February"
        # "A month later" counts from the sentence's date before it, else from the latest time
        # the story told ("In June, Meta paid ... [new paragraph] A month later Scale cut")
        earlier = [f for f in found if f[5].start < span.start]
        before = [d for at, d in told_before if at < start]
        anchor = (earlier[-1][3], earlier[-1][4]) if earlier else before[-1] if before else (last_date or told)
        date, precision = _resolve(expr, published, anchor)
        if date is None:
            continue
        if published and date[:10] > published[:len(date[:10])] and span.start not in clause:
            continue  # "cut pay, effective 1 October" in September: not yet, so not its date
        # Fewer commas between date and trigger first: ", founded in 2016," is an aside.
        lo, hi = sorted((span.end, trigger.start)) if span.start < trigger.start else (trigger.end, span.start)
        commas = sum(1 for t in doc[lo:hi] if t.text in (",", ";", "—", "–", "(", ")"))
        distance = abs(span.start - trigger.start)
        if precision == "year" and span.root.dep_ in ("nummod", "compound", "amod") and span.root.head.pos_ in ("NOUN", "PROPN"):
            if span.root.head.i not in trigger_ids and span.root.head.lower_ in LABELLED_NOT_EVENT_NOUNS:
                continue  # "accuses Facebook of abuses during the 2020-2022 conflict": another time's name
            # "Fairwork's 2024 ratings, released on 3 September", "today publishes its Cloudwork
            # Ratings 2023": a label, the last date to take
            where, distance = max(where, 1), distance + 1000
        found.append((where, commas, distance, date, precision, span))
    if found:
        best = min(found, key=lambda f: f[:5])
        where, _, _, date, precision, span = best
        period_start = next((f for f in found if f[5].end < span.start and _opens_period(f[5])
                             and [t.lower_ for t in doc[f[5].end:span.start]] == ["and"]), None)
        if period_start is not None:
            # "Between December 2024 and May 2025, workers filed four lawsuits": from its start
            where, _, _, date, precision, span = period_start
        if where == 1 and precision == "day" and news_ok and span.start not in trigger_ids \
                and _reporting(span) and _told_as_news(trigger):
            # "TikTok is letting go of hundreds ..., two people said on Friday": the news as of
            # the report's day, which a date the story gives the happening itself beats
            # ("Affected staff learned of their dismissal in emails sent late on Wednesday")
            return date, "report", 1, []
        more = _coordinated_dates(doc, span, found)
        if more:
            # "in March and in July 2022": the year told last is the year of those before it
            group = sorted([(span, date)] + [(o[5], o[3]) for o in found if (o[3], o[4]) in more],
                           key=lambda pair: pair[0].start)
            year = YEAR_RE.search(group[-1][0].text)
            if year:
                last = group[-1][1] or ""
                # ("in December and January 2025": the December before it)
                shared = {d: (year.group(0) if year.group(0) + d[4:] <= last else str(int(year.group(0)) - 1)) + d[4:]
                          for sp, d in group[:-1] if not YEAR_RE.search(sp.text) and d and d[:4] != year.group(0)}
                date = shared.get(date, date)
                more = [(shared.get(d, d), p) for d, p in more]
        return date, precision, 2 - where, more
    if isinstance(last_date, _Heading):
        return last_date[0], last_date[1], 1, []
    if published and news_ok and doc.has_annotation("DEP") and _told_as_news(trigger):
        # "Scale AI is laying off 200 employees", "A court has ruled", "Sama will let go 200":
        # the news of the day it was published, not of the paragraph's earlier dates
        return published[:10], "news", 0, []
    if last_date is not None:
        return last_date[0], last_date[1], 0, []
    date, precision = default_date(published)
    return date, precision, 0, []


_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
# The rest of a list of examples after a name: ", Uber, Tinder, and others", " and many more", " etc."
EXAMPLES_AFTER_RE = re.compile(rf"(?:\s*,\s*{_NAME})*,?\s+(?:(?:and|&)\s+(?:many\s+)?(?:others|more)|among\s+others|etc)\b")
# The head of a list of examples before a name: "clients such as Google, Meta"
EXAMPLES_BEFORE_RE = re.compile(rf"\b(?:such\s+as|like|including)\s+(?:{_NAME}\s*,\s*)*(?:{_NAME}\s*,?\s+(?:and|or)\s+)?$")


# Firms whose product the story's people talk through: "complained on Slack about not getting
# paid", "lost access to Slack and email" tell where, not who acted.
MESSAGING_TOOLS = frozenset({"Slack", "Discord", "Microsoft Teams", "Zoom Video Communications",
                             "WhatsApp", "Telegram", "Signal"})
TOOL_BEFORE = frozenset({"on", "via", "through", "over", "in", "to", "from", "using"})
TOOL_AFTER = frozenset({"channel", "channels", "message", "messages", "group", "groups", "server",
                        "servers", "workspace", "workspaces", "chat", "chats", "account", "accounts"})


def _used_as_tool(company) -> bool:
    """A messaging app named as the medium ("on Slack", "Slack channels"), not as a party."""
    span, name = company[0], company[1]
    if name not in MESSAGING_TOOLS:
        return False
    doc = span.doc
    return (span.start > 0 and doc[span.start - 1].lower_ in TOOL_BEFORE) or \
        (span.end < len(doc) and doc[span.end].lower_ in TOOL_AFTER)


def _named_as_example(text: str, span: Span) -> bool:
    """Whether the firm at `span` is one in a list of examples ("such as Google, Meta and
    others"), not a party to what the sentence tells."""
    return bool(EXAMPLES_AFTER_RE.match(text, span.end_char)
                or EXAMPLES_BEFORE_RE.search(text, max(0, span.start_char - 120), span.start_char))


def _told_as_news(trigger: Span) -> bool:
    """The trigger's verb tells the story's present: a present, progressive, present perfect or
    future tense in a main or reported clause ("is laying off", "has ruled", "will let go", "the
    layoffs come"), not a past ("dismissed") or a clause set at another time."""
    verb = _verb_of(trigger)
    if verb.dep_ in ("xcomp", "acl") and verb.tag_ == "VB" and verb.head.pos_ in ("VERB", "NOUN"):
        # "has reached agreements to settle", "has agreed to buy": the tense of the act that
        # carries the infinitive
        head = verb.head
        verb = head if head.pos_ == "VERB" else head.head if head.dep_ in ("dobj", "nsubj", "attr") else verb
    elif verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") and verb.i > verb.head.i:
        verb = verb.head  # "has shut its doors, leaving its staff unemployed": a result, in the act's tense
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("ROOT", "ccomp", "conj", "parataxis") \
            and not _after_dateline(verb):
        return False
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if not aux and verb.dep_ == "conj" and verb.tag_ == "VBN":
        # "has stopped admitting new contributors and reduced pay": the perfect of its head
        aux = {c.lower_ for c in verb.head.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"had", "was", "were", "did", "would", "could", "might", "should", "'d"}:
        return False
    if aux & {"will", "'ll", "’ll", "has", "have", "'s", "’s", "is", "are", "am", "'re", "’re"}:
        return True
    return verb.tag_ in ("VBZ", "VBP") and verb.lower_ not in SAME_FORM_PAST


def _after_dateline(verb: Token) -> bool:
    """The main verb of a sentence that opens with a dateline, which the small model may hang
    off the place as a clause of it ("ILOILO CITY — The Department ... is pushing for")."""
    head = verb.head
    if head.dep_ != "ROOT" or head.i >= verb.i or verb.dep_ not in ("relcl", "acl", "appos", "dep"):
        return False
    start = head.sent.start
    dash = next((t for t in verb.doc[start:verb.i] if t.text in ("—", "–", "-", "--", ":")), None)
    return dash is not None and head.i < dash.i and dash.i - start <= 6 and all(
        t.is_upper or t.is_punct or t.text.istitle() for t in verb.doc[start:dash.i]) and \
        any(t.is_upper and len(t) > 1 for t in verb.doc[start:dash.i])


CAUSE_PREPS = frozenset({"against", "over", "after", "following", "amid", "despite"})


WORK_DONE_LEMMAS = frozenset({"complete", "do", "work", "submit", "deliver", "perform", "finish", "label"})


def _effective_date_of(date_span: Span, trigger: Span, sent: Span) -> bool:
    """The date says when the trigger's change took hold: "has halved the premium, effective
    this month". A date still to come is no date of the event (see `_event_date`)."""
    head = _clause_head(date_span.root, sent)
    return head.lower_ == "effective" and head.dep_ in ("advcl", "amod", "advmod", "acomp") \
        and head.head == _clause_head(trigger.root, sent)


def _in_verb_conjunct_of(date_span: Span, trigger: Span, sent: Span) -> bool:
    """The date sits in a verb coordinated with the trigger's and sharing its subject
    ("stopped work and gathered at the gates this morning"): one scene, one time."""
    head = _clause_head(date_span.root, sent)
    own = _clause_head(trigger.root, sent)
    while own.dep_ == "xcomp" and own.head != own:
        own = own.head  # "met on Labour Day and voted to register a union": the voting
    if head == own:
        return False
    pair = (head, own) if head.dep_ == "conj" and head.head == own else \
        (own, head) if own.dep_ == "conj" and own.head == head else None
    return pair is not None and pair[0].pos_ in ("VERB", "AUX") and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in pair[0].children)


def _on_deciding_noun(date_span: Span, trigger: Span) -> bool:
    """The date hangs on the noun whose infinitive the trigger is: "Scale AI's decision in July
    to cut 14% of its workforce", "Meta's decision last week to pay $14.3 billion"."""
    verb = _verb_of(trigger)
    if verb.dep_ != "acl" or verb.head.lower_ not in DECIDING_NOUNS:
        return False
    head = date_span.root.head
    return head == verb.head or (head.dep_ == "prep" and head.head == verb.head)


def _in_participle_of(date_span: Span, clause: set[int], sent: Span) -> bool:
    """The date sits in a participle phrase that describes a noun of the trigger's clause
    ("investors led by CDPQ in 2021"): a reduced clause with no time of its own tells the
    time of the clause it hangs on. A relative clause with its own verb ("the valuation it
    reached in 2021") does not."""
    head = _clause_head(date_span.root, sent)
    # "payment for tasks completed between December and February": the time worked
    return head.dep_ == "acl" and head.tag_ == "VBN" and head.head.i in clause \
        and head.lemma_ not in WORK_DONE_LEMMAS


def _a_cause(trigger: Span) -> bool:
    """The trigger is a noun the main clause reacts to ("walked out over a pay cut",
    "protested against the reduction"): it happened before, not when the clause did."""
    root = trigger.root
    while root.dep_ in ("compound", "amod") and root.head.pos_ == "NOUN" and root.head.i > root.i:
        root = root.head  # "a dispute over redundancy payments"
    return root.pos_ == "NOUN" and root.dep_ == "pobj" and root.head.lower_ in CAUSE_PREPS


def _a_source(trigger: Span) -> bool:
    """The trigger names where the sentence's news comes from ("According to the lawsuit,
    Rogowicz worked for Outlier from March to June 2024"): the clause's dates are of what the
    source tells, not of the source."""
    root = trigger.root
    return root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according"


# superlatives that count or order happenings ("its latest round"), not records
NOT_RECORD_SUPERLATIVES = frozenset({"first", "most", "least", "latest", "newest", "earliest", "last"})


def _record_since(date_span: Span, sent: Span) -> bool:
    """The date measures a record: "the lowest close since 2016", "the first time since 2019",
    "its biggest drop in a decade"."""
    words = [t for t in date_span.doc[max(sent.start, date_span.start - 7):date_span.start]]
    if not words:
        return False
    lead = date_span[0].lower_ if date_span[0].lower_ in ("since", "in") else words[-1].lower_
    if lead == "since":
        return any((t.tag_ in ("JJS", "RBS") and t.is_alpha) or t.lower_ == "first" for t in words)
    # "its lowest level in 2016", not "first invested in 2018" nor "its latest round of
    # financing in June" (an order of happenings, and a month no record is kept over)
    return lead == "in" and re.fullmatch(r"(?:in\s+)?\d{4}", date_span.text.strip(" .,;"), re.I) is not None and any(
        t.tag_ == "JJS" and t.is_alpha and t.lower_ not in NOT_RECORD_SUPERLATIVES for t in words)


def _comparison_between(tokens: Span) -> bool:
    """A comparison with an earlier state ("five times what investors paid", "more than it
    raised") dates that state, not the event; "more than 200 workers" is only a number."""
    words = [t.lower_ for t in tokens]
    after = [t.like_num for t in tokens][2:] + [False, False]
    if any(a in ("up", "down", "compared", "rising", "falling") and b in ("from", "with", "to")
           and not (a == "up" and b == "to" and then_num)  # "by up to three weeks": as much as
           for a, b, then_num in zip(words, words[1:], after)):
        return True  # "revenue of $450 million, up from $75 million at the start of the year"
    for tok in tokens:
        nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
        if tok.lower_ == "what" or (tok.lower_ == "than" and nxt is not None and not nxt.like_num
                                    and nxt.text not in ("$", "€", "£", "a", "an", "half")):
            return True
    return False


def _opens_period(date_span: Span) -> bool:
    """"between December 2024 and May 2025": the date opens a period the next one closes."""
    return date_span.start > 0 and date_span.doc[date_span.start - 1].lower_ == "between"


YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def _coordinated_dates(doc, span, found):
    """Other dates joined to `span` by "and"/"or" alone ("in December and January"): each
    is a happening of its own."""
    out = []
    for other in sorted(found, key=lambda f: f[5].start):
        o = other[5]
        if o.start == span.start:
            continue
        lo, hi = (span, o) if span.start < o.start else (o, span)
        if _opens_period(lo):
            continue  # "between December 2024 and May 2025": one period, not two happenings
        # an elided repeat of the object between them is still a second happening: "fired 80
        # employees in January and again another 30% in April", "and 300 more in April"
        between = [t.lower_ for t in doc[lo.end:hi.start]
                   if not (t.like_num or t.lower_ in ("%", "more", "another", "further", "additional"))]
        after = doc[hi.end] if hi.end < len(doc) else None
        if after is not None and after.dep_ in ("nsubj", "nsubjpass") and after.head.i > hi.end \
                and lo.root.head.i < lo.start:
            # "completed the purchase in late 2023, and in May TaskUs agreed ...": the later
            # date opens a clause of its own ("In December and January it filed" does not)
            continue
        if between and all(w in ("and", "or", ",", "then", "again", "in", "on") for w in between) \
                and any(w in ("and", "or") for w in between) and other[3] and (other[3], other[4]) not in out:
            out.append((other[3], other[4]))
    return out


# Happenings done to the workers of one place: a layoff in the Netherlands and one in Germany
# are two, each told with its own country.
PLACE_BOUND_TYPES = frozenset({"layoff"})


def _merge(mentions: list[_Mention], published: str | None = None) -> list[Event]:
    merged: list[_Mention] = []
    for m in mentions:
        target = None
        for other in merged:
            # Countries may differ ("cut access in Kenya ... the shutdown in Pakistan"); the
            # dates of one happening may not.
            # The body's first telling of a headline's news is that news, whoever it names
            # first ("Teleperformance to buy Majorel" / "Majorel agreed to be bought ...").
            retelling = other.headline and not other.retold and not m.headline
            if other.type == m.type and m.type in PLACE_BOUND_TYPES and m.own_countries and other.countries \
                    and not (retelling and not other.own_countries) \
                    and not set(m.countries) & set(other.countries):
                continue  # "fired moderation teams in the Netherlands and Malaysia" is not the German layoff
            if other.type == m.type and (_same_parties(other, m) or retelling) and _same_time(other, m, published) and (
                    not other.stage or not m.stage or other.stage == m.stage) and (
                    not (m.distinct or (other.follows and m.news_default)) or (
                        m.date_explicit and other.date_explicit and m.date == other.date)):
                target = other
                break
        if target is None:
            merged.append(_copy(m))
            continue
        if not m.headline:
            target.retold = True
        # Keep the most informative sentence; take what the others add.
        countries = target.countries + [c for c in m.countries if c not in target.countries]
        figures = target.figures + [f for f in m.figures if all(f.text != g.text for g in target.figures)]
        if _informative(m) > _informative(target):
            target.sentence = m.sentence
        if m.company_score > target.company_score:
            target.company, target.company_score = m.company, m.company_score
        if (m.date_explicit, _date_rank(m)) > (target.date_explicit, _date_rank(target)):
            target.date, target.precision, target.date_explicit = m.date, m.precision, m.date_explicit
            target.news_default, target.publication_month = m.news_default, m.publication_month
        target.countries, target.figures = countries, figures
        target.confidence = min(0.95, max(target.confidence, m.confidence) + 0.05)
    return [Event(type=m.type, company=m.company, countries=m.countries, date=m.date,
                  date_precision=m.precision, sentence=m.sentence, confidence=round(m.confidence, 2),
                  figures=m.figures) for m in merged]


_STAGES = [("ruling", re.compile(r"\b(?:rul(?:e|es|ed|ing)|judge?ments?|verdict|upheld|uphold|dismiss\w*|ordered)\b", re.I)),
           ("appeal", re.compile(r"\bappeal(?:s|ed|ing)?\b", re.I)),
           ("settlement", re.compile(r"\bsettle\w*", re.I)),
           ("filing", re.compile(r"\b(?:fil(?:es|ed)|sue[sd]|lodg(?:es|ed))\b", re.I))]  # not "lets workers sue"


def _legal_stage(trigger_text: str, after: str = "", before: str = "") -> str | None:
    """The stage of litigation a trigger (and the words just after it) names: a filing, a
    ruling, its appeal and a settlement are happenings of their own even within one case;
    "the lawsuit" names none. "The Court of Appeal ruled" is a ruling. A filing told in a
    sentence that tells a later stage before it ("agreed to settle four lawsuits filed by
    contractors", "Court rules Meta can be sued") tells that stage."""
    words = " ".join([trigger_text] + after.split()[:4])
    words = re.sub(r"\bcourts?\s+of\s+appeals?\b|\bappeals?\s+courts?\b", "court", words, flags=re.I)
    stage = next((stage for stage, regex in _STAGES if regex.search(words)), None)
    if stage == "filing":
        return next((later for later, regex in _STAGES if later != "filing" and regex.search(before)), stage)
    return stage


# The stages of a measure, each a public act of its own: "introduced its Closing Loopholes
# Bill on Monday ... before the week was over, the legislation was shelved"
_BILL_STAGES = [("shelved", re.compile(r"\b(?:shelv\w*|postpon\w*|withdr[ae]wn?|withdraw\w*|scrap\w*|delay\w*)\b", re.I)),
                ("in force", re.compile(r"\b(?:took|takes?|taking|come|comes|came|entered|enters?)\s+(?:\w+\s+)?(?:effect|force)\b", re.I)),
                ("enacted", re.compile(r"\b(?:pass(?:es|ed)?|adopt\w*|enact\w*|signed|signs?|approv\w*)\b", re.I)),
                ("proposed", re.compile(r"\b(?:introduc\w*|propos\w*|tabled?|tabling|unveil\w*)\b", re.I))]


def _bill_stage(trigger_text: str) -> str | None:
    """The stage of a law or rule its trigger names: proposed, enacted, in force, shelved;
    None for any other public act."""
    return next((stage for stage, regex in _BILL_STAGES if regex.search(trigger_text)), None)


ALLEGED_RE = re.compile(r"\b(?:accus(?:ing|ed|es)|alleg(?:ing|ed|es|ations?))\b", re.I)


def _clients_act(trigger: Span) -> bool:
    """The verb's subject is a firm's clients or customers ("many of its clients had
    discontinued their services"), who stop buying; no platform stops serving anyone."""
    subject = next((c for c in _verb_of(trigger).children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("many", "some", "most", "several", "all"):
        subject = next((g for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"
                        for g in c.children if g.dep_ == "pobj"), subject)
    return subject is not None and subject.lemma_.lower() in ("client", "customer", "buyer")


INQUIRY_WORDS = frozenset({"investigation", "investigations", "probe", "probes", "inquiry", "inquiries"})
PRESS_WORDS = frozenset({"journalistic", "media", "undercover", "newspaper", "press", "reporting", "our"})


def _reporters_inquiry(trigger: Span) -> bool:
    """An investigation by the press, not the state: "a TBIJ investigation into", "an
    undercover media investigation", "our investigation found"."""
    word = next((t for t in trigger if t.lower_ in INQUIRY_WORDS), None)
    if word is None:
        return False
    before = trigger.doc[max(trigger.sent.start, word.i - 3):word.i]
    return any(t.lower_ in PRESS_WORDS or t.ent_type_ and any(
        e._.org_kind == "publisher" for e in trigger.doc.ents if e.start <= t.i < e.end) for t in before)


def _same_parties(a: _Mention, b: _Mention) -> bool:
    """Same actor (or brand family), or one mention names the other's actor: "Teleperformance
    agreed to buy Majorel" and "Majorel accepted the offer from Teleperformance" are one deal,
    "200 raters lost their jobs" (Google) and "laid off by GlobalLogic, which supplies
    Google" one layoff."""
    if a.type == "rating_audit":
        return True  # one report scores many platforms: "Sama scored 6 ... Appen and clickworker 3"
    if a.family is None or b.family is None:
        # public acts with no firm: one act where they name the same country (or none); a
        # protest told once with its union and once without is one protest
        if a.family == b.family:
            return bool(set(a.countries) & set(b.countries)) or not (a.countries or b.countries)
        guessed = b if a.family is None else a
        if a.type in ACTORLESS_TYPES and guessed.family not in guessed.named:
            # "The Network Enforcement Act takes effect. It requires large platforms ...": a
            # firm the story is about, guessed for a public act, is no second act
            return bool(set(a.countries) & set(b.countries)) or not (a.countries and b.countries)
        return a.type == "worker_organising" and (
            bool(set(a.countries) & set(b.countries)) or not (a.countries and b.countries))
    if a.family == b.family:
        return True
    if a.type == "government_action" and set(a.countries) & set(b.countries):
        # a public act is the state's: the firms its tellings name ("the World Artificial
        # Intelligence Conference", "the National Development and Reform Commission") do not
        # make two acts of one, as with no firm named
        return True
    if {a.family, b.family} <= (a.coordinated | b.coordinated):
        return False  # "Concentrix, Sutherland and Alorica are hiring": each its own hiring
    if a.family in b.named and b.family in a.named:
        return True
    if b.definite and a.family in b.named:
        return True  # "... were laid off last month. The job cuts were executed through GlobalLogic", for Google
    # An actor taken from outside the sentence (the focus, "it") is a guess: it yields to a
    # mention whose sentence names the other actor.
    return (a.family not in a.named and a.family in b.named) or (b.family not in b.named and b.family in a.named)


# "has recently opened", "have just finalised the terms" (not "growth was just 2.2%")
RECENT_RE = re.compile(r"\b(?:recently|newly|(?:has|have|had)\s+just)\b", re.I)


def _same_time(a: _Mention, b: _Mention, published: str | None = None) -> bool:
    """Mentions can be one happening unless their own dates differ: "cut access in Kenya in
    March ... the shutdown in Pakistan" is one cutoff, but a suit filed in December and one
    filed in January, or a 2023 ruling and its 2024 appeal, are two. News told with no date
    of its own in the headline or lead is the story's news: a happening dated over a year
    before publication is background ("is laying off 14% ... In January 2023, it laid off
    20%"), another one."""
    if not a.date or not b.date:
        return True
    if not a.date_explicit and not b.date_explicit:
        return True
    if not a.date_explicit or not b.date_explicit:
        dated, undated = (a, b) if a.date_explicit else (b, a)
        # "Concentrix has recently opened a new operation" is news, not its 2013 start
        news = undated.lead or RECENT_RE.search(undated.sentence)
        return not (news and _background(dated.date, published))
    da, db = a.date, b.date
    if a.date_explicit < 2 or b.date_explicit < 2:
        # A date from a governing clause is often the report's ("laid off 200, the company
        # said on Thursday" ... "the layoffs took effect on June 1"): compare months only.
        da, db = da[:7], db[:7]
    return da.startswith(db) or db.startswith(da)


def _background(date: str, published: str | None, months: int = 12) -> bool:
    """The date lies more than `months` whole months before the publication month; a year
    alone counts from its middle ("last year", told in August, is background to this week's news)."""
    if not published or len(published) < 7 or not date[:4].isdigit():
        return False
    pub_year, pub_month = int(published[:4]), int(published[5:7])
    year, month = int(date[:4]), int(date[5:7]) if len(date) >= 7 else 6
    return (pub_year - year) * 12 + (pub_month - month) > months


def _copy(m: _Mention) -> _Mention:
    return dataclasses.replace(m, countries=list(m.countries), figures=list(m.figures),
                               more_dates=list(m.more_dates))


# A court as the agent: "barred by a Kenyan court", "blocked by the High Court"
COURT_AGENT_RE = re.compile(r"\bby\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:court|judge|tribunal)\b", re.I)

# The story's country referred to, not named: "a hiring spree in the country"
THE_COUNTRY_RE = re.compile(r"\b(?:in|across|to|from|out\s+of)\s+the\s+(?:country|nation)\b", re.I)

# What each firm of a coordinated subject does on its own: "Concentrix, Sutherland and
# Alorica are embarking on a hiring spree" is three firms hiring. A deal, a suit, a round or
# a report with several parties stays one happening.
SEVERAL_ACTOR_TYPES = frozenset({"layoff", "expansion", "pay_cut", "payment_delay", "deactivation",
                                 "access_cutoff", "signup_block"})


# several cases said to be separate: "in separate lawsuits", "separate complaints against"
SEPARATE_CASES_RE = re.compile(r"\bseparate\s+(?:class[- ]action\s+)?(?:law)?suits?\b|\bseparate\s+(?:legal\s+)?"
                               r"(?:complaints|cases|claims|actions)\b", re.I)


def _coordinated_firms(subject, companies) -> list[tuple[str, str]]:
    """(canonical, family) of the other firms coordinated with the subject firm."""
    own = subject[3] or subject[1]
    out = []
    for tok in subject[0].root.conjuncts:
        entry = next((c for c in companies if c[0].start <= tok.i < c[0].end), None)
        if entry is None or entry[2] in WEAK_KINDS or (entry[3] or entry[1]) == own:
            continue
        pair = (entry[1], entry[3] or entry[1])
        if pair not in out:
            out.append(pair)
    return out


def _split_by_actors(m: _Mention) -> list[_Mention]:
    """One more mention per firm coordinated with the actor, each a happening of its own."""
    out = []
    if m.co_actors:
        m.coordinated = frozenset({m.family} | {family for _c, family in m.co_actors})
    for canonical, family in m.co_actors:
        other = _copy(m)
        other.company, other.family, other.co_actors = canonical, family, []
        out.append(other)
    return out


def _split_by_dates(m: _Mention) -> list[_Mention]:
    """One more mention per coordinated date of `m`, each a happening of its own."""
    out = []
    for date, precision in m.more_dates:
        other = _copy(m)
        other.date, other.precision, other.distinct = date, precision, True
        out.append(other)
    m.more_dates = []
    return out


BACKER_CUES = ("led by", "backed by", "participation from", "participation of", "investors including",
               "investment from", "funding from", "money from", "co-led by", "joined by")


def _named_as_backer(span: Span) -> bool:
    """The company is named as a round's investor: "led by Accel", "backed by the Tiger Fund"."""
    doc = span.doc
    # "investors including Amazon, Meta, Nvidia and AMD": each of the list
    start = min(span.start, _first_conjunct(span.root).left_edge.i)
    before = doc[max(span.sent.start, start - 4):start].text.lower().strip()
    return _BACKER_BEFORE.search(before) is not None


_BACKER_BEFORE = re.compile(r"\b(?:%s)(?:\s+(?:the|and))?$" % "|".join(re.escape(c) for c in BACKER_CUES))


def _antecedent(last_companies, in_sentence, trigger):
    """What "it" most likely names: the nearest company before it in its own sentence that
    is a subject ("Concentrix said it had agreed to merge"), else the nearest firm before it
    there; with no company before it, the first firm (not a client, investor or public body)
    of the sentence before."""
    before = [c for c in in_sentence if c[0].start < trigger.start]
    if before:
        subjects = [c for c in before if c[0].root.dep_ in SUBJECT_DEPS and c[2] not in WEAK_KINDS]
        if subjects:
            return subjects[-1]
        # a parse run across a heading ("... goes to Kigali\nCloudFactory said it had opened")
        # loses the subject: the nearest firm before "it" that is not a client or investor
        firms = [c for c in before if c[2] not in WEAK_KINDS and c[2] not in ("client", "investor")]
        return firms[-1] if firms else None
    firm = next((c for c in last_companies if c[2] not in WEAK_KINDS
                 and c[2] not in ("client", "investor")), None)
    if firm is None:
        # "Uber began to increase the fee it pays per minute. But it also lowered the per-mile
        # rates": a client the sentence before was about, when it named no other firm
        firm = next((c for c in last_companies if c[2] == "client" and c[0].root.dep_ in SUBJECT_DEPS), None)
    return firm


def _opening_subject(last_companies, trigger, event_type):
    """The firm the sentence before opens with as its subject ("Anthropic, founded in 2021
    by former OpenAI staff, focuses on AI safety."), when "the company" is the subject this
    sentence opens with. A client is one for a round or a deal, not for what is
    done to a platform's workers."""
    sent = trigger.sent
    opener = next((t for t in sent[:4] if t.dep_ in ("nsubj", "nsubjpass")), None)
    if opener is None or opener.lower_ not in GENERIC_COMPANY_WORDS or opener.lower_ == "it" \
            or not last_companies:
        return None
    first = last_companies[0]
    span = first[0]
    # a list of firms is not "the company": "Google, Meta and smaller model builders run
    # studies there. In 2023 the company raised $32 million"
    if span.start != span.sent.start or span.root.dep_ not in ("nsubj", "nsubjpass") or span.root.conjuncts \
            or first[2] in WEAK_KINDS or first[2] == "investor" \
            or (first[2] == "client" and event_type in WORKER_TYPES):
        return None
    return first


def _informative(m: _Mention) -> float:
    return m.confidence + 0.1 * (len(m.countries) + len(m.figures) + (1 if m.date_explicit else 0))


_PRECISION_RANK = {"day": 3, "month": 2, "year": 1, None: 0}


def _date_rank(m: _Mention) -> float:
    """How much a mention's date says: the publication day a present tense gives beats the
    publication year, not a day or month the story told."""
    return 1.5 if m.news_default else 1.25 if m.publication_month else _PRECISION_RANK.get(m.precision, 0)


@Language.factory(
    "taskerwatch_events",
    default_config={"triggers_path": None, "min_confidence": 0.3},
    assigns=["doc._.events"],
    requires=["doc._.companies", "doc._.countries", "doc._.figures"],
)
def make_event_tagger(nlp: Language, name: str, triggers_path: str | None,
                      min_confidence: float) -> EventTagger:
    return EventTagger(nlp, name, triggers_path=triggers_path, min_confidence=min_confidence)
