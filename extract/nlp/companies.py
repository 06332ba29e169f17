"""`taskerwatch_companies` (after `ner`): which organisations act in the story -> `doc._.companies`.

`doc._.companies` is a list of `(span, canonical, kind, parent)`, one per accepted mention.
- Gazetteer organisations (from `taskerwatch_organisations`) are accepted, except publishers,
  which are accepted only where they act (sue, buy, lay off, ...), not where they are cited
  ("according to Rest of World", "told TIME", "The Post's findings").
- Statistical ORG entities not in the gazetteer are accepted when they look like an
  organisation: a corporate suffix ("Inc.", "Labs", "Capital"), an institutional head word
  ("University", "Ministry", "Union": typed research/government/union/ngo), a company noun
  beside them ("the startup X", "VC firm X", "X, a data-labelling company"), an organisation
  cue after a possessive ("X's chief executive"), or a definition with an acronym
  ("Smart Ecosystem Philippines Inc. (SEPI)", after which "SEPI" is the same company).
  Products, page furniture, places, demonyms and generic words are refused.
- Names the model missed or mislabelled (a firm tagged as a person or place, or not tagged)
  count where only a company can stand: "acquired X", "the purchase of X", "X-owned",
  "the education business X", "X, a Berlin start-up", "X's subsidiary", a web address used as
  a name ("Labels.io"), a proper-noun run ending AI/Labs/Solutions, or a list "X, Y and Z"
  that holds a known company or follows "clients such as" / "platforms -".
- Refused: whole heading lines ("LAW & TECH"), descriptions ending in a lower-case word
  ("Nairobi bureau"), parts of longer names ("International Workers' Memorial Day",
  "Magna Carta for BPO Workers"), slogans, kinds of AI ("Generative AI"). Institutions count
  on their own only when the institutional word is the head of the name.
A name accepted once is accepted at every mention, with one kind; names are normalised (no
leading "the", place possessive, possessive or corporate suffix) and grouped by a comparison key.
"""
from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.countries import resolve_place
from extract.gazetteer import CORPORATE_SUFFIXES, Gazetteer, configured_gazetteer, name_key
from extract.nlp import extensions

extensions.register()

# Legal forms of Vietnam, Malaysia, Indonesia, Latin America, Europe and Australia written
# after a firm's name, as "Ltd" is.
LEGAL_FORMS_ABROAD = frozenset({"jsc", "bhd", "tbk", "ltda", "ltda.", "srl", "sarl", "pty"})
COMPANY_SUFFIX_WORDS = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "co.", "plc", "gmbh",
    "limited", "incorporated", "s.a.", "ag", "pte", "pvt", "technologies", "technology", "labs",
    "lab", "ai", "capital", "ventures", "partners", "group", "holdings", "systems", "solutions",
    "software", "networks", "analytics", "robotics", "bank", "investments", "management",
    "securities", "media", "studios", "services", "outsourcing", "consulting", "dynamics",
    "intelligence", "data", "digital", "tech", "industries", "enterprises", "associates",
    "fund", "payments", "pharmaceuticals", "motors", "airlines", "telecom", "communications",
    "company",
}) | LEGAL_FORMS_ABROAD | {"s.r.l."}
INSTITUTION_KINDS = (
    ("union", ("union", "unions", "association", "federation", "guild", "congress of trade",
               "workers", "collective", "syndicate")),
    ("research", ("university", "universidad", "universidade", "université", "universität",
                  "università", "universiteit", "college", "institute", "school", "academy", "laboratory",
                  "observatory", "research")),
    ("government", ("ministry", "department", "court", "agency", "commission", "authority",
                    "council", "bureau", "parliament", "senate", "tribunal", "regulator",
                    "office", "government", "administration", "organization", "organisation",
                    "police", "assembly", "board", "superintendence", "inspectorate",
                    "central bank", "reserve bank", "monetary authority")),
    ("ngo", ("foundation", "coalition", "alliance", "trust", "initiative", "society", "network",
             "watch", "centre", "center", "project", "campaign", "charity")),
)
COMPANY_NOUNS = frozenset({
    "company", "companies", "firm", "firms", "startup", "start-up", "startups", "platform",
    "investor", "investors", "contractor", "subcontractor", "vendor", "outsourcer", "subsidiary",
    "rival", "competitor", "client", "customer", "provider", "unicorn", "maker", "developer",
    "lab", "conglomerate", "giant", "backer", "owner", "operator", "outsourcing", "bpo",
    "creator", "powerhouse", "manufacturer", "retailer", "marketplace", "business", "employer",
    "fund", "insurer", "bank", "agency", "consultancy", "corporation", "group", "brand",
    "affiliate", "partner", "supplier", "forecaster", "publisher", "unit", "arm", "division",
    "venture", "carmaker", "automaker", "chipmaker", "lender", "telecoms", "telco", "labeller",
    "labeler", "annotator", "outfit", "fintech", "biotech", "insurtech", "edtech", "telecom",
    "site", "website", "app", "specialist",
})
# Words a firm's local legal entity adds to its name: "Accenture Solutions Pvt Ltd".
ENTITY_WORDS = frozenset({"solutions", "services", "technologies", "technology", "india", "holdings",
                          "private", "operations", "digital"})
# plural nouns that introduce a list of companies: "clients such as X, Y and Z"
LIST_NOUNS = frozenset({
    "companies", "firms", "startups", "start-ups", "platforms", "clients", "customers",
    "investors", "backers", "contractors", "vendors", "outsourcers", "rivals", "competitors",
    "carmakers", "automakers", "chipmakers", "banks", "funds", "providers", "suppliers",
    "subsidiaries", "brands", "businesses", "giants", "labs", "partners", "employers",
    "outsourcing", "ventures", "operators", "marketplaces", "corporations", "conglomerates",
    "telcos", "retailers", "insurers", "lenders", "apps", "unicorns", "fintechs", "manufacturers",
})
LIST_OPENERS = frozenset({"such", "as", "including", "like", "include", "included", ":", "-", "–", "—",
                          ",", "namely"})
# "acquired X", "the purchase of X", "a stake in X"
ACQUISITION_VERBS = frozenset({"acquire", "buy", "purchase", "merge"})
ACQUISITION_NOUNS = frozenset({"purchase", "acquisition", "takeover", "buyout", "stake"})
# "an organiser with X", "a member of X": an organisation of people
MEMBERSHIP_NOUNS = frozenset({"organiser", "organizer", "member", "members", "spokesperson",
                              "founder", "co-founder", "leader", "coordinator", "secretary"})
# words after a possessive that make "X's ..." the name of a day, prize or law
NAMED_THING_HEADS = frozenset({"day", "week", "month", "award", "awards", "prize", "act", "bill",
                               "address", "report", "conference", "summit"})
NUMERIC_LABELS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL",
                            "CARDINAL", "NORP", "LANGUAGE", "LAW", "EVENT"})
TITLE_WORDS = frozenset({"president", "chairman", "chair", "ceo", "founder", "director", "head",
                         "chief", "minister", "secretary", "member", "members", "professor"})
# what only a firm has: "Korr's subsidiary" (a person may have workers or lawyers, not these)
FIRM_ONLY_CUES = frozenset({
    "subsidiary", "subsidiaries", "parent", "valuation", "shares", "stock", "revenue", "revenues",
    "headquarters", "ceo", "founder", "co-founder", "cofounder", "spokesperson", "spokeswoman",
    "spokesman", "board", "investors", "shareholders", "platform", "website", "app", "annotators",
    "moderators", "taskers", "raters", "labellers", "labelers", "contractors", "customers",
    "clients", "acquisition", "unit", "division", "offices",
})
# roles only a firm has ("Democrat officials", "a Labour spokesman" belong to parties)
CORPORATE_ROLES = frozenset({"ceo", "cto", "cfo", "coo", "vice", "vice-president", "co-founder",
                             "cofounder", "founder", "executives", "shareholders"})
POSSESSIVE_ORG_CUES = frozenset({
    "ceo", "chief", "founder", "co-founder", "cofounder", "spokesperson", "spokeswoman",
    "spokesman", "valuation", "shares", "stock", "revenue", "customers", "clients", "employees",
    "contractors", "workers", "staff", "platform", "subsidiary", "parent", "board", "investors",
    "headquarters", "executives", "president", "policy", "policies", "website", "app",
}) | FIRM_ONLY_CUES
# "Quantix.ai", "Labels.io": a web address used as a name is a firm's
DOTTED_NAME = re.compile(r"^[A-Z][A-Za-z0-9-]+\.(?:ai|io|com|co|app|tech|net|org)$")
# a name run ending in one of these is a firm even where the model saw nothing: "Datalume AI"
ADJECTIVE_ENDINGS = ("al", "ive", "ble", "ic", "ous", "ed", "ing", "ent", "ant")
NAME_RUN_SUFFIXES = frozenset({"ai", "labs", "solutions", "technologies", "ventures", "capital",
                               "partners", "bpo", "group", "holdings", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "gmbh"})
# things the small model tags ORG that are not organisations of the story
NOT_ORGANISATIONS = frozenset(name_key(n) for n in (
    "ChatGPT", "GPT", "GPT-3", "GPT-4", "GPT-4o", "GPT-5", "Gemini", "Bard", "Claude", "Copilot",
    "Llama", "LLaMA", "Siri", "Alexa", "Grok", "Midjourney", "DALL-E", "Sora", "WhatsApp",
    "Instagram", "Messenger", "YouTube", "Gmail", "Android", "iPhone", "Windows", "Azure",
    "Excel", "Zoom", "Discord", "Telegram", "Slack channel", "AI", "A.I.", "LLM", "LLMs", "NLP",
    "API", "CEO", "CTO", "Post", "Senior Writer", "Staff Writer", "Artificial Intelligence",
    "Generative AI", "Machine Learning", "Remote Work", "Big Tech", "Share", "Listen", "Comment",
    "Save", "Subscribe", "Menu", "Newsletter", "Sign", "Login", "Advertisement", "Credit",
    "Photo", "Illustration", "Getty Images", "Shutterstock", "Government", "Congress", "Senate",
    "Parliament", "Company", "the Company", "Reuters Graphics", "Covid", "COVID-19", "Pinoy",
    "RLHF", "HR", "PR", "IPO", "VC", "Series A", "Series B", "Series C", "Series D", "Series E",
    "Series F", "Terms", "Privacy Policy", "Cookie Policy", "Board of Directors", "Board", "Tags",
    # a legal form the model took without its name ("Vietnam Dairy Products Joint-Stock Co.")
    "Joint-Stock", "Joint Stock", "Joint-Stock Co.", "Joint Stock Company", "Private Limited",
    # an industry or a kind of worker, not a firm: "the BPO sector", "Gig Workers"
    "BPO", "BPOs", "Business Process Outsourcing", "Gig Workers", "Gig Economy",
    # fields and sectors, alone or split out of a longer name: "the Information Technology and
    # Business Process Management (IT-BPM) sector", "Information and Communications Technology"
    "Information Technology", "Information Communications Technology",
    "Information and Communications Technology", "Business Process Management", "Technology",
    "Tech", "Social Affairs", "Artificial Intelligence", "Digital Economy", "IT-BPM", "IT-BPO",
    # a worker's statutory savings and a kind of facility, not bodies: "their Provident Fund
    # settlements", "its Offshore Development Centre (ODC)"
    "Provident Fund", "Employees' Provident Fund", "Offshore Development Centre",
    "Offshore Development Center", "Global Delivery Centre", "Global Delivery Center",
    # a party's role in a court filing: "the 3rd Respondent"
    *(f"{n} {role}" for n in ("1st", "2nd", "3rd", "4th", "5th", "6th", "First", "Second", "Third")
      for role in ("Respondent", "Petitioner", "Defendant", "Claimant", "Applicant", "Interested Party")),
))
PUBLISHER_ACTIONS = frozenset({
    "sue", "acquire", "buy", "purchase", "sell", "lay", "cut", "fire", "hire", "license",
    "settle", "partner", "invest", "raise", "ban", "block", "employ", "contract", "close",
    "shut", "merge", "fund", "own", "strike", "unionize", "unionise", "sign",
    "file", "lodge", "bring", "appeal",  # "The New York Times filed a lawsuit against OpenAI"
})
# "Slack channels", "Google Docs": the product, not the company acting
PRODUCT_NOUNS = frozenset({
    "channel", "channels", "workspace", "workspaces", "group", "groups", "chat", "chats",
    "message", "messages", "account", "accounts", "app", "apps", "page", "pages", "docs", "doc",
    "forms", "form", "sheets", "meet", "drive", "gift", "maps", "translate", "search", "play",
    "store", "card", "cards", "wallet", "post", "posts", "video", "videos",
})
# Institutions keep the spelling the article uses ("International Labor Organization",
# "Oxford University"): their names vary by country and they are not the story's companies.
# Last words of the names of laws, which the small model often tags ORG.
LAW_WORDS = frozenset({"Act", "Bill", "Directive", "Regulation", "Code", "Law", "Decree",
                       "Amendment", "Ordinance", "Statute", "Scheme"})  # "India BPO Promotion Scheme"
AS_WRITTEN_KINDS = frozenset({"government", "research", "ngo", "union"})
LEADING = re.compile(r"^(?:the)\s+", re.I)
POSSESSIVE = re.compile(r"\s*['’]s?$")
PLACE_POSSESSIVE = re.compile(r"^([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s\s+(?=[A-Z])")
SUFFIX = re.compile(r"(?:,?\s+(?:%s)\.?)+$" % "|".join(CORPORATE_SUFFIXES), re.I)
# the words a legal form puts before its suffix: "Intelenet BPO Holdings Private Limited",
# "Vietnam Dairy Products Joint-Stock Co."
LEGAL_FORM_LEAD = re.compile(r"\s+(?:Private|Joint[- ]Stock)(?:\s+(?:Co|Company|Limited|Ltd|Corporation)\.?)+$", re.I)


def display_name(text: str) -> str:
    """"the Smart Ecosystem Philippines Inc.'s" -> "Smart Ecosystem Philippines"."""
    name = re.sub(r"\s+", " ", text).strip(" ,.;:-–—\"“”'’()•·|")
    if name.count("(") > name.count(")"):
        name = name[:name.rindex("(")].strip(" ,")  # "Public Ministry of Labour (MPT"
    name = POSSESSIVE.sub("", name)
    name = LEADING.sub("", name)
    # "Kenya's Employment and Labour Relations Court": the court, not a company called "Kenya's ..."
    lead = PLACE_POSSESSIVE.match(name)
    if lead and resolve_place(lead.group(1)) is not None:
        name = name[lead.end():]
    stripped = SUFFIX.sub("", LEGAL_FORM_LEAD.sub("", name)).strip(" ,")
    # "Rector University of Faisalabad Dr" (… Dr Abdul Majeed): a person's titles either side
    stripped = HONORIFIC_EDGES.sub("", stripped).strip(" ,") or stripped
    return stripped or name


HONORIFIC_EDGES = re.compile(r"^(?:Rector|Vice[ -]Chancellor|Chancellor|Dean|Chairman|Chairperson)\s+(?=\S+\s)"
                             r"|\s+(?:Dr|Mr|Mrs|Ms|Prof|Engr|Sen|Rep|Hon)\.?$")


def institution_kind(name: str) -> str | None:
    """The kind an institutional word anywhere in the name gives it ("Alphabet Workers Union")."""
    words = name.lower().split()
    for kind, heads in INSTITUTION_KINDS:
        for head in heads:
            if " " in head and head in name.lower():
                return kind
            if head in words:
                return kind
    return None


def institution_head(name: str) -> str | None:
    """The institutional kind when its word is the head of the name: last, or before "of"/"for"
    ("University of Oxford"). "BPO Workers Address" or "Workers Day" are not institutions."""
    words = re.sub(r"[^\w&\s-]", "", name).lower().split()
    heads = {w for i, w in enumerate(words)
             if i == len(words) - 1 or words[i + 1] in ("of", "for", "on", "in", "de", "del", "des",
                                                         "di", "da", "do", "der", "für")}
    for kind, names in INSTITUTION_KINDS:
        for head in names:
            if (" " in head and head in name.lower()) or head in heads:
                return kind
    return None


# Legal forms that only a firm's name carries, as the parser leaves them after the entity:
# "Foodinho s.r.l.", "Acme Pvt Ltd" where the NER span stops at "Foodinho", "Acme Pvt"
LEGAL_FORMS_AFTER = frozenset({"inc", "ltd", "llc", "plc", "gmbh", "s.r.l", "s.p.a", "s.a", "srl", "spa",
                               "sarl", "ltda", "bhd", "pty", "pvt", "pte", "corp", "b.v", "n.v", "ag"})


def legal_form_after(ent: Span) -> bool:
    """The token after the entity is a legal form: "Foodinho s.r.l.", "Roofoods LTD"."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in LEGAL_FORMS_AFTER and (
        doc[ent.end].text[:1].isupper() or "." in doc[ent.end].text)


def has_company_suffix(ent: Span) -> bool:
    if legal_form_after(ent):
        return True
    tokens = [t for t in ent if t.text not in ("'s", "’s", ",", ".")]
    if (owned := call_centres_owner(tokens)) is not None:
        return owned
    if len(tokens) < 2 or tokens[-1].lower_ not in COMPANY_SUFFIX_WORDS:
        return False
    return not describes_ai(tokens)


CENTRES = frozenset({"centres", "centers"})


def call_centres_owner(tokens) -> bool | None:
    """For a name ending in "Call Centres" or "Contact Centers", whether the words before name
    an owner ("CCI Call Centres": a business of many sites) and not a kind ("BPO Call Centers",
    "Review Call Centers"); None for any other name. One "Call Centre" is a site."""
    if len(tokens) < 3 or tokens[-2].lower_ not in ("call", "contact") or tokens[-1].lower_ not in CENTRES:
        return None
    head = tokens[:-2]
    return all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in FACILITY_WORDS
               and t.lower_ not in ("bpo", "bpos", "the") and not t.is_stop for t in head) \
        and (not head[0].doc.has_annotation("TAG") or all(t.pos_ == "PROPN" for t in head))


def describes_ai(tokens) -> bool:
    """"Conversational AI", "Kenyan AI": an adjective or demonym before "AI" makes a kind of AI
    (or of AI worker), not a firm."""
    if tokens[-1].lower_ != "ai" or len(tokens) < 2:
        return False
    before = tokens[-2]
    return before.lower_.endswith(ADJECTIVE_ENDINGS) or resolve_place(before.text) is not None


STRICT_SUFFIX_WORDS = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "plc", "gmbh", "limited",
    "technologies", "labs", "ventures", "capital", "partners", "holdings",
}) | LEGAL_FORMS_ABROAD | {"s.r.l."}
# Small words inside firms' names: "Ágora Atendimento e Tecnologia Ltda.", "Banco de Bogotá S.A."
NAME_PARTICLES = frozenset({"e", "y", "de", "da", "do", "dos", "das", "del", "di", "du", "des",
                            "van", "von", "der", "den", "&"})
# Legal forms written before the name: "PT Sinar Moderasi Nusantara" (Indonesia)
LEGAL_PREFIXES = frozenset({"PT", "CV"})
# An apposition whose head is a firm noun: ", a Lisbon-registered company", ", the data-labelling
# start-up" (not ", the company's founder").
FIRM_APPOSITION_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:company|firm|start-?up|startup|outsourcer|vendor|"
    r"contractor|provider|subsidiary)\b(?![-'’])"
    # the apposition closes there: "Rotula Tecnologia, a company that recruits", "X, a Lisbon
    # firm." ; not "Matt Bencke, the company chose ...", "Cengiz Haksöz, a moderator at
    # outsourcer TELUS", "Bryce Goodman, the program lead and contractor for the DIU"
    r"(?=\s*[,.;:)]|\s+(?:that|which|whose|based|headquartered|founded|owned|backed|known|of|in|from|"
    r"with|specialising|specializing|focused|focusing|providing|offering|operating)\b)", re.I)


def has_strict_suffix(ent: Span) -> bool:
    tokens = [t for t in ent if t.text not in ("'s", "’s", ",", ".")]
    return len(tokens) > 1 and tokens[-1].lower_ in STRICT_SUFFIX_WORDS or legal_form_after(ent)


def introduced_as_firm(ent: Span) -> bool:
    """"the San Francisco start-up X", "VC firm X", "a platform called X": the words before it
    in its sentence ("platform. Labour" is not), hyphenated words whole ("a London start-up,
    Graphite Tasks")."""
    lead = re.split(r"[.!?;:]", ent.doc[max(0, ent.start - 4):ent.start].text)[-1]
    words = re.findall(r"\w+(?:-\w+)*", lead)
    before = [w.lower() for w in words]
    if before and before[-1].endswith("-based") and ent.label_ != "PERSON" and \
            resolve_place(words[-1][:-len("-based")]) is not None:
        return True  # "Tijuana-based First Kontact": a firm and where it sits
    return bool(before) and (before[-1] in COMPANY_NOUNS or (
        before[-1] in ("called", "named") and len(before) > 1 and before[-2] in COMPANY_NOUNS))


def company_context(ent: Span) -> bool:
    doc = ent.doc
    if introduced_as_firm(ent):
        return True
    # "dissatisfaction with the Sigue company": a name between "the" and a firm's noun
    if ent.start and doc[ent.start - 1].lower_ == "the" and ent.end < len(doc) \
            and doc[ent.end].lower_ in SINGULAR_FIRM_NOUNS and ent.label_ not in ("NORP", "GPE", "LOC") \
            and resolve_place(ent.text) is None:
        return True
    after = doc[ent.end:min(len(doc), ent.end + 8)]
    # "X's chief executive"
    if len(after) > 1 and after[0].text in ("'s", "’s") and after[1].lower_ in POSSESSIVE_ORG_CUES:
        return True
    # "Pathao Vice-President of Product", "Pathao CEO Hussain Elius": a firm's name before a
    # corporate role, where the parse makes it the role's modifier
    if len(ent) == 1 and len(after) and after[0].lower_ in CORPORATE_ROLES and ent.root.dep_ == "compound" \
            and ent.root.head.i >= ent.end:
        return True
    # apposition: "X, a market forecaster", "X, the outsourcing firm"
    if len(after) > 1 and after[0].text == "," and after[1].lower_ in ("a", "an", "the", "another"):
        tail = doc[after[2].i:min(len(doc), ent.end + 12)] if len(after) > 2 else []
        for tok in tail:
            if tok.is_punct and tok.text != "-":
                break
            joined = tok.lower_ + "".join(t.lower_ for t in doc[tok.i + 1:tok.i + 3]) \
                if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" else tok.lower_
            if tok.lower_ in COMPANY_NOUNS or joined in COMPANY_NOUNS:
                return True
    if apposition_kind(ent):
        return True
    # "X, which ..." about an organisation the model is already sure of (not a place: "the rally
    # in Charlottesville, which left a protester dead")
    if len(after) > 1 and after[0].text == "," and after[1].lower_ == "which" and ent.label_ == "ORG":
        return True
    # "the chief executive officer of X", "CEO of X": a firm's head
    if ent.start >= 3 and doc[ent.start - 1].lower_ == "of" and (
            doc[ent.start - 2].lower_ in ("ceo", "coo", "cfo") or
            [t.lower_ for t in doc[ent.start - 3:ent.start - 1]] in (["chief", "executive"], ["executive", "officer"])):
        return True
    # "works for X", "worked at X": an employer
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("for", "at") and \
            doc[ent.start - 2].lower_ in ("work", "works", "worked", "working", "employed"):
        return True
    # "X-owned", "X-backed"
    if len(after) > 1 and after[0].text == "-" and after[1].lower_ in ("owned", "backed", "funded"):
        return True
    if acquired_object(ent) or member_of(ent) or employer_act(ent) or staff_of(ent) or owns_its_staff(ent) \
            or firm_act(ent):
        return True
    # "X-backed", "backed by X", "led by X", "acquired by X"
    prev = doc[ent.start - 1] if ent.start else None
    if prev is not None and prev.lower_ == "by" and ent.start >= 2 and \
            doc[ent.start - 2].lemma_.lower() in ("back", "lead", "acquire", "buy", "fund", "own", "found"):
        return True
    return False


EMPLOYER_ACT_LEMMAS = frozenset({"lay", "cut", "fire", "hire", "employ", "dismiss", "sack", "furlough",
                                 "eliminate", "shed", "recruit"})
STAFF_NOUNS = frozenset({"employee", "worker", "staff", "staffer", "job", "position", "role", "people",
                         "contractor", "moderator", "agent", "annotator", "tasker", "labeller", "labeler"})


def subject_verb(ent: Span):
    """The verb `ent` is the subject of, where the parse says so."""
    if not ent.doc.has_annotation("DEP") or ent.root.dep_ != "nsubj":
        return None
    return ent.root.head


def named_person_again(ent: Span) -> bool:
    """"Wang" or "Siddharth" after "Alexandr Wang", "Jonathan Siddharth": a person named again."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ent.doc.ents)


def employer_act(ent: Span) -> bool:
    """The subject of what only an employer does to staff: "USAA cut 130 employees",
    "Pictsweet will lay off 77 workers"."""
    verb = subject_verb(ent)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in EMPLOYER_ACT_LEMMAS:
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in STAFF_NOUNS for c in verb.children)


WORKFORCE_NOUNS = frozenset({"workforce", "employees", "staff", "workers", "team", "headcount", "staffers"})
STAFF_BEFORE_EMPLOYER = frozenset({"workers", "employees", "staff", "staffers", "riders", "drivers", "couriers",
                                   "moderators", "agents", "annotators", "contractors", "taskers", "raters"})


FIELD_HEADS = frozenset({"recognition", "translation", "transliteration", "processing", "learning", "vision",
                         "intelligence", "generation", "detection", "classification", "management", "tax",
                         "speech", "engineering", "analytics",
                         # a legal term or an instrument defined by its acronym: "Unfair Labor
                         # Practice (ULP) charges", "the Industrial Disputes Act (IDA)"
                         "practice", "practices", "act", "law", "code", "directive", "regulation",
                         "regulations", "scheme", "policy", "agreement", "standard", "standards"})
FUNDING_OBJECTS = frozenset({"funding", "financing", "capital", "round", "investment", "money"})


def firm_act(ent: Span) -> bool:
    """The subject of what only a firm does: "Swvl went public", "Kestrel raised $20m",
    "Kestrel raised a Series A"."""
    verb = subject_verb(ent)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma == "go" and any(c.lower_ == "public" for c in verb.children):
        return True
    if lemma == "raise":
        for c in verb.children:
            if c.dep_ == "dobj" and (c.ent_type_ == "MONEY" or c.lower_ in FUNDING_OBJECTS
                                     or c.lower_ == "series"):
                return True
    return False


def staff_of(ent: Span) -> bool:
    """An employer named by its staff: "workers at Activision", "riders working with Blinkit",
    "moderators employed by X"."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and (doc[i].lower_ == "the" or doc[i].text == "-" or doc[i].lower_ in ("owned", "backed")
                      or (doc[i].pos_ == "PROPN" and i + 1 < len(doc) and doc[i + 1].text == "-")):
        i -= 1  # "the Zomato-owned Blinkit"
    if i < 1 or doc[i].lower_ not in ("at", "with", "for", "by"):
        return False
    prev = doc[i - 1].lower_
    if prev in ("working", "employed", "hired", "contracted", "engaged"):
        prev = doc[i - 2].lower_ if i >= 2 else ""
        return prev in STAFF_BEFORE_EMPLOYER or prev in ("people",)
    return doc[i].lower_ == "at" and prev in STAFF_BEFORE_EMPLOYER


def staff_named_by(ent: Span) -> bool:
    """A one-word name the model missed or took for a place, person or product, written inside
    a sentence before its staff: "Around 40 Leadamorphosis employees started camping out". A
    word capitalised as a line's or a title's ("Unpaid workers protest", "Gig Workers"), an
    abbreviation ("U.S employees") or a place's people names no employer."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in ("GPE", "PERSON", "PRODUCT", "") or not 0 < ent.start < len(doc) - 1:
        return False
    word, before, after = ent[0], doc[ent.start - 1], doc[ent.end]
    return after.lower_ in STAFF_BEFORE_EMPLOYER and after.text.islower() \
        and word.pos_ == "PROPN" and word.text.isalpha() and word.text[:1].isupper() and not word.is_sent_start \
        and (before.text.islower() or before.like_num) and "\n" not in before.text_with_ws \
        and resolve_place(ent.text) is None


def owns_its_staff(ent: Span) -> bool:
    """The subject of a clause about its own staff: "CCI plans to double its workforce",
    "X is planning to lay off 32% of its team"."""
    verb = subject_verb(ent)
    if verb is None or named_person_again(ent):
        return False
    for tok in verb.subtree:
        if tok.lower_ in WORKFORCE_NOUNS and any(c.lower_ == "its" and c.dep_ == "poss" for c in tok.children):
            # in the subject's own clause: "The Hill reported Google will require its workforce"
            # speaks of Google's
            step = tok
            while step.i != verb.i and step.dep_ not in ("ccomp", "parataxis", "advcl", "relcl", "conj"):
                step = step.head
            if step.i == verb.i:
                return True
    return False


FIRM_APPOSITION_NOUNS = frozenset({"company", "firm", "startup", "start-up", "outsourcer", "contractor",
                                   "vendor", "bpo", "provider", "subsidiary", "corporation"})
APPOSITION_INSTITUTIONS = (
    ("union", frozenset({"union", "unions", "federation", "confederation", "guild"})),
    ("ngo", frozenset({"ngo", "charity", "non-profit", "nonprofit", "campaign", "foundation"})),
    ("research", frozenset({"university", "think-tank", "institute"})),
    # "Techlog Center, a US company": a firm, whatever its name's last word says
    ("company", FIRM_APPOSITION_NOUNS),
)


# a public body's portfolio, listed with commas and closed by "and": "Ministry of Family, Labour
# and Social Services" (not "Ministry of Family, Labour", nor two ministries run together)
PORTFOLIO_NAME_RE = re.compile(
    r"^(?:[A-Z][\w.]* )?(?:Ministry|Department|Office|Commission|Committee|Council|Agency|Authority|Bureau)"
    r" of (?!.*\b(?:Ministry|Department|Office)\b)[^,]+(?:, [^,]+)*,? and [^,]+$")


def _field_modifier(ent: Span) -> bool:
    """A field's name ending like a firm's, used to describe other nouns: "their worldwide
    Customer Relationship Management (CRM) businesses", "a provider of Customer Experience
    Management (CXM) services" (not "Spruce Point Capital Management said")."""
    if ent[-1].lower_ not in FIELD_HEADS:
        return False
    doc, i = ent.doc, ent.end
    if i + 2 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3  # its acronym
    return i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].text.islower()


def apposition_kind(ent: Span) -> str | None:
    """"X, Colombia's largest union federation", "X, a London charity": the kind of
    organisation an apposition names."""
    doc = ent.doc
    if ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None
    i = ent.end + 1
    if doc[i].lower_ not in ("a", "an", "the", "another"):
        # "Colombia's largest ...", "Latin America's biggest startup": a place's possessive
        # works as a determiner
        place = next((n for n in (1, 2) if i + n < len(doc) and doc[i + n].text in ("'s", "’s")
                      and resolve_place(doc[i:i + n].text)), None)
        if place is None:
            return None
        i += place
    modifiers_only = True  # "a New York startup", not "the practice of calling someone an independent contractor"
    for tok in doc[i + 1:min(len(doc), i + 8)]:
        if tok.is_punct and tok.text != "-":
            return None
        for kind, words in APPOSITION_INSTITUTIONS:
            if tok.lower_ in words and (kind != "company" or modifiers_only):
                return kind
        modifiers_only = modifiers_only and (tok.dep_ in MODIFIER_DEPS or not doc.has_annotation("DEP"))
    return None


def _described_firm(ent: Span) -> bool:
    """An apposition that describes a firm, not merely names its kind: "Kavak, Latin America's
    biggest startup", "X, a Lagos company" (not "Elon, the company, ...")."""
    if apposition_kind(ent) != "company":
        return False
    nxt = ent.doc[ent.end + 2]  # after the comma and the determiner (or the place's first word)
    return nxt.lower_ not in FIRM_APPOSITION_NOUNS


MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "nummod", "quantmod", "advmod", "npadvmod", "punct", "poss", "case"})


def acquired_object(ent: Span) -> bool:
    """"acquired X", "bought X", "the purchase of X", "a stake in X": what is bought is a firm."""
    doc = ent.doc
    words = [t for t in doc[max(0, ent.start - 3):ent.start] if not t.is_punct or t.text == "$"]
    if not words:
        return False
    if ent.end < len(doc) and doc[ent.end].lower_ in COMPANY_NOUNS:
        return False  # "the acquisition of BPO firm Intelenet": the kind of firm bought, not its name
    prev = words[-1]
    lemma = prev.lemma_.lower() or prev.lower_
    if lemma in ACQUISITION_VERBS or prev.lower_ in ("acquired", "bought", "acquires", "buys",
                                                     "acquiring", "buying", "purchased"):
        return True
    if prev.lower_ in ("of", "in") and len(words) > 1:
        noun = words[-2].lower_
        return noun in ACQUISITION_NOUNS or noun.rstrip("s") in ACQUISITION_NOUNS
    return False


def member_of(ent: Span) -> bool:
    """"an organiser with X", "a member of X"."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ in ("with", "of", "at") and \
        doc[ent.start - 2].lower_ in MEMBERSHIP_NOUNS


def is_title_word(tok) -> bool:
    return tok.is_alpha and tok.text[:1].isupper() and not tok.is_sent_start


def extend_name(ent: Span) -> Span:
    """A name the model cut short: "African Tech Workers" + "Rising" -> the whole name."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.start < 8 and is_title_word(doc[end]) \
            and not doc[end].is_stop and doc[end].ent_type_ == "" \
            and "\n" not in doc[end - 1].whitespace_ + doc[end - 1].text:
        end += 1
    return ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_)


# Words a name the model cut at its front may start with: "HTC" + "Global Services"
GENERIC_NAME_STARTS = frozenset({"global", "services", "solutions", "technologies", "technology", "digital",
                                 "international", "systems", "consulting", "holdings", "group"})
# Capitals before a name that say what it is, not whose it is: "IT Global Services" is no firm "IT"
GENERIC_CAPITALS = frozenset({"IT", "AI", "BPO", "BPM", "US", "UK", "EU", "CEO", "HR", "ICT", "ITES", "KPO"})


def extend_name_left(ent: Span) -> Span:
    """A name the model cut at its front: "IT firm HTC Global Services" tagged from "Global"."""
    doc = ent.doc
    if ent.start == 0 or ent[0].lower_ not in GENERIC_NAME_STARTS:
        return ent
    prev = doc[ent.start - 1]
    if prev.is_sent_start or prev.ent_type_ or prev.is_stop or not prev.is_alpha or prev.text in GENERIC_CAPITALS \
            or prev.whitespace_ != " " or not (prev.is_upper and 2 <= len(prev) <= 6):
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


# Last words of a ministry's portfolio: "... and Digital Affairs", "... and Employment".
PORTFOLIO_WORDS = frozenset({
    "affairs", "employment", "labour", "labor", "welfare", "development", "trade", "industry",
    "technology", "technologies", "innovation", "communications", "communication", "information",
    "security", "justice", "finance", "planning", "economy", "enterprise", "enterprises",
    "education", "training", "services", "relations", "protection", "telecommunications",
    "telecommunication", "transformation", "commerce", "investment", "skills", "works",
    "heritage", "culture", "arts", "sports", "youth", "health", "environment", "resources", "energy",
    "agriculture", "transport", "infrastructure", "tourism", "digitalisation", "digitalization",
})


def extend_institution(ent: Span) -> Span:
    """"District Court" -> "U.S. District Court for the Northern District of California": an
    institution's name runs on through "for/of (the) Capitalised ..." and takes a place glued
    before it."""
    doc = ent.doc
    if institution_head(ent.text) is None:
        return ent
    start, end = ent.start, ent.end
    while end + 1 < len(doc) and doc[end].lower_ in ("for", "of", "and", "&", ",") and end - start < 14:
        if doc[end].text == ",":
            # "Ministry of Information, Communications and the Digital Economy": a portfolio
            # listed with commas runs on to its closing "and"
            closed = _comma_listed_portfolio(doc, end)
            if closed is None:
                break
            end = closed
            continue
        if doc[end].lower_ in ("and", "&"):
            # "Ministry of Communication and Digital Affairs", not "the Ministry and Appen"
            run = end + 1 + (end + 2 < len(doc) and doc[end + 1].lower_ == "the")  # "and the Digital Economy"
            while run < len(doc) and run - end <= 5 and is_title_word(doc[run]):
                run += 1
            if not (doc[run - 1].lower_ in PORTFOLIO_WORDS and run > end + 1):
                break
            end = run
            continue
        k = end + 1
        if doc[k].lower_ == "the":
            k += 1
        run = k
        while run < len(doc) and doc[run].ent_type_ != "ORG" and (is_title_word(doc[run]) or (
                doc[run].lower_ == "of" and run + 1 < len(doc) and is_title_word(doc[run + 1]))):
            run += 1
        if run == k:
            break
        end = run
    if start > 0 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].text[:1].isupper() \
            and not doc[start - 1].whitespace_ == "" and (start < 2 or doc[start - 2].ent_type_ != "GPE"):
        start -= 1
    return ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=ent.label_)


def _comma_listed_portfolio(doc, comma: int) -> int | None:
    """The end of ", Labour and Social Services" after "Ministry of Family": title-word groups
    between commas, closed by "and (the) Title Words"; None when the comma ends the name."""
    i = comma
    while i < len(doc) and doc[i].text == "," and i - comma < 12:
        k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
        run = k
        while run < len(doc) and is_title_word(doc[run]) and doc[run].ent_type_ != "PERSON":
            run += 1
        if run == k:
            return None
        i = run
        if i < len(doc) and doc[i].lower_ in ("and", "&"):
            k = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
            run = k
            while run < len(doc) and is_title_word(doc[run]) and doc[run].ent_type_ != "PERSON":
                run += 1
            return run if run > k and doc[run - 1].lower_ in PORTFOLIO_WORDS else None
    return None


# Words that alone name no organisation: a legal form, a job title's abbreviation
ROLE_OR_SUFFIX_ONLY = frozenset({"ltd", "inc", "llc", "plc", "llp", "corp", "co", "md", "ceo", "cfo", "coo",
                                 "cto", "vp", "hr", "svp", "evp",
                                 "state"})  # "State AG ... sue Amazon": an attorney general, not "State AG"
# Titles a person is named with: "Alderman James Vos", "Senator Ed Markey", "Hon. Alando Terrelonge"
# What a firm's own site is for: "Operations Centre", "Offshore Delivery Centre", "Call Center"
CENTRE_WORDS = frozenset({"centre", "center", "centres", "centers"})
FACILITY_WORDS = frozenset({"operations", "delivery", "call", "review", "contact", "support", "service",
                            "processing", "engagement", "experience", "fulfilment", "fulfillment"})
CIVIC_TITLES = frozenset({"Alderman", "Councillor", "Councilor", "Senator", "Sen", "Mayor", "Governor", "Judge",
                          "Justice", "Rep", "Representative", "MP", "Hon", "Honourable", "Honorable", "Dr",
                          "Mr", "Mrs", "Ms", "Minister", "Congressman", "Congresswoman", "Sheriff", "Commissioner"})
OFFICE_TITLES = frozenset({"minister", "secretary", "commissioner", "governor", "director",
                           "chairman", "chairwoman", "chair", "president", "head", "undersecretary"})


def part_of_a_title(ent: Span) -> bool:
    """"Minister of State for Information Technology": the words after an office and "of/for"
    name the office, not an organisation."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in ("of", "for"):
        return False
    return doc[ent.start - 2].lower_ in OFFICE_TITLES


def inside_longer_name(ent: Span) -> bool:
    """"International Workers' Memorial Day", "Magna Carta for BPO Workers": the entity is
    part of the name of something else."""
    doc = ent.doc
    after = doc[ent.end:min(len(doc), ent.end + 5)]
    if len(after) > 1 and after[0].text in ("'", "’", "'s", "’s"):
        run = []
        for tok in after[1:]:
            if not is_title_word(tok):
                break
            run.append(tok)
        if run and run[-1].lower_ in NAMED_THING_HEADS:
            return True
    if ent.start >= 2 and doc[ent.start - 1].lower_ in ("for", "of"):
        before = doc[ent.start - 2]
        if is_title_word(before) and before.lower_ not in TITLE_WORDS and not before.ent_id_ \
                and before.ent_type_ != "PERSON":
            return True
    return False


# words of news outlets' names: an unknown "Nation Media Group" or "Kampala Herald" is a
# publisher, a company of the story only where it acts (sues, buys, lays off)
NEWS_WORDS = frozenset({"news", "times", "journal", "herald", "wire", "media", "daily", "tribune",
                        "gazette", "magazine", "observer", "monitor", "chronicle", "press",
                        "reporter", "telegraph", "newspaper", "broadcasting", "radio", "tv",
                        "television"})
CITING_BEFORE = (("according", "to"), ("told",), ("seen", "by"), ("reviewed", "by"),
                 ("obtained", "by"), ("reported", "by"), ("interview", "with"), ("speaking", "to"),
                 ("spoke", "to"), ("confirmed", "to"), ("said", "to"), ("questions", "from"),
                 ("statement", "to"), ("comment", "to"))


def cited_as_source(ent: Span) -> bool:
    """"according to X", "told X", "seen by X", "(X) -" in a dateline."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 3):ent.start] if t.lower_ != "the"]
    for pattern in CITING_BEFORE:
        if tuple(before[-len(pattern):]) == pattern:
            return True
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if ent.start > 0 and nxt is not None and doc[ent.start - 1].text == "(" and nxt.text == ")":
        return True
    return False


def looks_like_outlet(name: str) -> bool:
    return any(w.lower() in NEWS_WORDS for w in name.split()[1:]) or \
        name.split()[0].lower() in ("daily", "radio")


def in_furniture_line(ent: Span) -> bool:
    """"Share this post: Facebook | Twitter | LinkedIn", "Posted by X | Careers | 12 comments":
    a line of items split by pipes or slashes, or a call to share or follow, is page furniture,
    not the article."""
    doc = ent.doc
    start = ent.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    end = ent.end
    while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and not doc[end].is_space:
        end += 1
    line = doc[start:end]
    while len(line) > 1 and line[0].is_punct:
        line = line[1:]  # "[Share on X] [Share on LinkedIn]"
    if len(line) and line[0].lower_ in ("share", "follow", "tweet", "subscribe") and \
            any(t.lower_ in ("on", "this", ":", "us") for t in line[1:4]):
        return True  # "Follow KITU on X and Facebook", "Share this interview: Facebook / LinkedIn"
    if len(line) > 1 and line[0].lower_ in ("tags", "topics", "filed") and line[1].text in (":", "under"):
        return True  # "Tags: Freelancing, Outlier, Gen Z protests"
    # a line of items: not a long sentence that writes two rates "$9/day" or "and/or"
    separators = sum(t.text in ("|", "/", "·", "•") for t in line)
    return separators >= 2 and (len(line) <= 40 or separators * 8 >= len(line))


def whole_line(ent: Span) -> bool:
    """A heading or kicker line ("LAW & TECH") rather than a name in a sentence."""
    doc = ent.doc
    before_ok = ent.start == 0 or "\n" in doc[ent.start - 1].text_with_ws
    after_ok = ent.end >= len(doc) or "\n" in doc[ent.end - 1].whitespace_ or doc[ent.end].is_space
    return before_ok and after_ok


def title_words_only_once(ent: Span) -> bool:
    """The words stand in a line of title-case or capitals (a headline: "Nigeria: Shettima
    Launches Initiative to Create Jobs") and the text never writes them again: capitals that
    say nothing about a name. A firm a headline names comes back in the story."""
    doc = ent.doc
    line_start = ent.start
    while line_start > 0 and "\n" not in doc[line_start - 1].text_with_ws:
        line_start -= 1
    line_end = ent.end
    while line_end < len(doc) and "\n" not in doc[line_end - 1].text_with_ws:
        line_end += 1
    line = doc[line_start:line_end]
    words = [t for t in line if t.is_alpha and len(t) > 3]
    if len(words) < 4 or not all(t.text[:1].isupper() for t in words) or line.text.rstrip().endswith("."):
        return False  # a title ends without a full stop
    key = "taskerwatch_text"
    if key not in doc.user_data:
        doc.user_data[key] = doc.text  # once per document: doc.text is built anew on each access
    return doc.user_data[key].count(ent.text) < 2


SINGULAR_FIRM_NOUNS = frozenset({"firm", "company", "startup", "start-up", "partnership", "practice"})


def _without_edge_space(ent: Span) -> Span:
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_space:
        start += 1
    while end > start and ent.doc[end - 1].is_space:
        end -= 1
    if (start, end) == (ent.start, ent.end) or start == end:
        return ent
    return Span(ent.doc, start, end, label=ent.label_, kb_id=ent.kb_id_, span_id=ent.id_)


def possessive_in_name(ent: Span) -> bool:
    """"Byju's started", "at Sainsbury's in Leeds": an "'s" nothing is owned by is part of the
    name ("Serco's chief" owns its chief)."""
    doc, i = ent.doc, ent.end
    return i + 1 < len(doc) and doc[i].text in ("'s", "’s") and doc[i + 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ")


def joined_firm_names(ents: list[Span]) -> list[Span]:
    """"the Nairobi firm Nzili and Sumbi Associates": a singular "firm" introduces one name,
    which the model may cut in two at the "and". So does a public body whose name joins two
    fields before its head: "The Technical Education and Skills Development Authority"."""
    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and prev.label_ == ent.label_ == "ORG" and ent.start == prev.end + 1 \
                and ent.doc[prev.end].lower_ in ("and", "&") and not prev.ent_id_ \
                and not ent.ent_id_ and (
                    prev.start > 0 and ent.doc[prev.start - 1].lower_ in SINGULAR_FIRM_NOUNS
                    or _field_before_institution(prev, ent)):
            out[-1] = Span(ent.doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _field_before_institution(prev: Span, ent: Span) -> bool:
    """"Technical Education" + "Skills Development Authority": the first names a field, not a
    body (its last word is a portfolio's, it has no head of its own), the second is headed by
    an institution's word."""
    return prev[-1].lower_ in PORTFOLIO_WORDS and institution_head(prev.text) is None \
        and institution_head(ent.text) == "government"


def split_coordinated(ent: Span, gazetteer: Gazetteer) -> list[Span]:
    """"Prolific and Terawork" as one entity: two names when a side is a known organisation
    or both are single words; a dangling "and" is dropped."""
    doc = ent.doc
    start, end = ent.start, ent.end
    while end > start and doc[end - 1].lower_ in ("and", "or", ",", "&"):
        end -= 1
    while start < end and doc[start].lower_ in ("and", "or", ","):
        start += 1
    if start == end:
        return []
    ent = Span(doc, start, end, label=ent.label_, span_id=ent.id_) if (start, end) != (ent.start, ent.end) else ent
    if ent.ent_id_ or gazetteer.lookup(ent.text) is not None:
        return [ent]  # "Department of Labor and Employment" is one name
    for tok in ent:
        if tok.lower_ in ("and", "or") and tok.i > ent.start:
            left, right = doc[ent.start:tok.i], doc[tok.i + 1:ent.end]
            if (len(left) == 1 and len(right) == 1) or _names_known(gazetteer, left) \
                    or _names_known(gazetteer, right):
                return [Span(doc, left.start, left.end, label=ent.label_),
                        Span(doc, right.start, right.end, label=ent.label_)]
    return [ent]


def _names_known(gazetteer: Gazetteer, words: Span) -> bool:
    """The words spell a known organisation as written: "Information" is not "The
    Information" (the comparison key drops a leading "the"), so "Information and
    Communication Technology Agency" stays one name."""
    org = gazetteer.lookup(words.text)
    if org is None:
        return False
    key = name_key(words.text)
    spellings = [s for s in (org.name, *org.aliases, *org.ambiguous_aliases) if name_key(s) == key]
    return words[0].lower_ == "the" or not all(s.lower().startswith("the ") for s in spellings)


def is_name_token(tok) -> bool:
    """Capitalised or camel-cased ("iMerit", "xAI") word that can be part of a name."""
    text = tok.text
    if not any(c.isalpha() for c in text) or tok.is_punct:
        return False
    return text[:1].isupper() or (text[:1].islower() and any(c.isupper() for c in text[1:]))


def name_units(doc: Doc, start: int) -> int:
    """End of the run of name tokens from `start` ("General Motors", "Segments.ai")."""
    end = start
    while end < len(doc) and end - start < 6 and (is_name_token(doc[end]) or (
            end > start and doc[end].text == "&" and end + 1 < len(doc) and is_name_token(doc[end + 1]))):
        if end > start and "\n" in doc[end - 1].whitespace_:
            break
        end += 1
    return end


def name_lists(doc: Doc) -> list[tuple[int, list[Span]]]:
    """Coordinated names, "X, Y and Z" or "X and Y", with the index where the list starts."""
    out, i = [], 0
    while i < len(doc):
        if not is_name_token(doc[i]):
            i += 1
            continue
        members, j, joined, scored = [], i, False, False
        while True:
            end = name_units(doc, j)
            if end == j:
                break
            members.append(Span(doc, j, end))
            k = end
            aside = _parenthetical_end(doc, k)
            if aside:  # "Bolt (one), Little Cab (one), UberEats (one)": a rated list
                k, scored = aside, True
            if k < len(doc) and doc[k].text == ",":
                k += 1
            if k < len(doc) and doc[k].lower_ in ("and", "or", "&"):
                k += 1
                joined = True
            elif k == end:
                break
            if k >= len(doc) or not is_name_token(doc[k]) or "\n" in doc[k - 1].whitespace_:
                break
            j = k
            if joined:
                end2 = name_units(doc, j)
                if end2 > j:
                    members.append(Span(doc, j, end2))
                    j = end2
                after = _parenthetical_end(doc, j) if scored else None
                if after and after + 1 < len(doc) and doc[after].text == "," and is_name_token(doc[after + 1]) \
                        and "\n" not in doc[after].whitespace_:
                    j, joined = after + 1, False  # "SweepSouth (four) and Uber (two), Bolt (one), ..."
                    continue
                break
        if len(members) >= 2 and (joined or len(members) >= 3):
            out.append((i, members))
            i = members[-1].end
        else:
            i = max(i + 1, members[0].end if members else i + 1)
    return out


def _grown_over(ent: Span, spans: list[Span]) -> bool:
    """`ent` lies inside a longer one of `spans`."""
    return any(o.start <= ent.start and ent.end <= o.end and len(o) > len(ent) for o in spans)


def _parenthetical_end(doc: Doc, k: int) -> int | None:
    """The token after a short bracketed aside that starts at `k` ("(four)", "(2/10)"), or None."""
    if k < len(doc) and doc[k].text == "(":
        close = next((m for m in range(k + 1, min(k + 6, len(doc))) if doc[m].text == ")"), None)
        if close is not None and close > k + 1:
            return close + 1
    return None


def list_is_introduced(doc: Doc, start: int) -> bool:
    """"clients such as", "platforms -", "carmakers including" just before a list."""
    k = start - 1
    skipped = 0
    while k >= 0 and skipped < 3 and doc[k].lower_ in LIST_OPENERS:
        k -= 1
        skipped += 1
    return k >= 0 and skipped > 0 and doc[k].lower_ in LIST_NOUNS or \
        (k >= 0 and doc[k].lower_ in LIST_NOUNS and k == start - 1)


def ambiguous_ent_is_org(ent: Span) -> bool:
    """An ambiguous alias ("Sama") that the NER also calls ORG: trust it unless it modifies a
    noun ("the Turing test"), opens the sentence, or is glued to another capitalised word."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.root.dep_ in ("compound", "amod", "nmod"):
        return False
    if ent.start == 0 or (doc.has_annotation("SENT_START") and ent.start == ent.sent.start):
        return False
    for i in (ent.start - 1, ent.end):
        if 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper():
            return False
    return True


def legal_name_spans(doc: Doc) -> list[Span]:
    """"Cloudwork Solutions Ltd" even where the NER saw nothing: capitalised words ending in a
    legal-form suffix."""
    out, i = [], 0
    legal = {"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "plc", "gmbh", "limited"} | LEGAL_FORMS_ABROAD
    for tok in doc:
        if tok.text in LEGAL_PREFIXES and tok.i + 1 < len(doc):
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 5 and _capitalised(doc[end]) and not doc[end].is_stop:
                end += 1
            if end - tok.i >= 2:
                out.append(Span(doc, tok.i + 1, end, label="ORG"))  # the name without "PT"
            continue
        if tok.lower_ in legal and tok.i > 0:
            start = tok.i
            while start > 0 and not doc[start - 1].is_sent_start and (
                    (_capitalised(doc[start - 1]) and doc[start - 1].lower_ not in ("the", "at", "of"))
                    or (doc[start - 1].lower_ in NAME_PARTICLES and start > 1 and _capitalised(doc[start - 2]))):
                start -= 1
            if start < tok.i:
                out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


# First words of firm names that stand alone as ordinary words of a story.
# "Cape Town AI labelling firm", "Lagos tech start-up": a place and a sector describe a firm.
SECTOR_WORDS = frozenset({"AI", "Tech", "Data", "BPO", "IT", "Fintech"})
COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                           "western", "central", "upper", "lower"})
UNIT_NOUNS = frozenset({"business", "unit", "division", "arm", "segment", "platform", "team", "brand"})
GENERIC_NAME_WORDS = frozenset({
    "global", "digital", "data", "first", "national", "new", "united", "american", "international",
    "smart", "open", "general", "royal", "asian", "african", "pacific", "southern", "northern",
    "eastern", "western", "central", "human", "public", "private", "social", "tech", "cloud",
    "blue", "green", "red", "black", "white", "silver", "golden", "great", "big", "prime",
    "alpha", "micro", "next", "one", "star", "north", "south", "east", "west", "mr", "ms", "dr",
    "fair", "true", "best", "top", "world", "people", "city", "state", "group", "capital",
})
INSTITUTION_NAMES = frozenset({"union", "research", "government", "ngo", "publisher"})


def _quoted_short_name(ent: Span) -> str | None:
    """'HaiVan Data JSC ("HaiVan")' -> "HaiVan"."""
    doc = ent.doc
    tail = doc[ent.end:ent.end + 5]
    if len(tail) >= 4 and tail[0].text == "(" and tail[1].text in ('"', "“", "'", "‘") \
            and tail[3].text in ('"', "”", "'", "’") and _capitalised(tail[2]):
        return tail[2].text
    return None


def _capitalised(tok) -> bool:
    """A word of a name: "Nusantara", "HaiVan", not "the" or "AI-powered"."""
    return tok.is_alpha and tok.text[:1].isupper()


def acronym_definitions(doc: Doc) -> dict[str, Span]:
    """"Smart Ecosystem Philippines Inc. (SEPI)" -> {"SEPI": <the ORG span>}."""
    out = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc):
            continue
        if doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            acro = doc[ent.end + 1].text
            if acro.isupper() and 2 <= len(acro) <= 8:
                out[acro] = ent
    return out


def publisher_acts(ent: Span) -> bool:
    root = ent.root
    while root.dep_ in ("conj", "appos") and root.head.i < root.i:
        root = root.head  # "The Globe and Mail, The Canadian Press and CBC/Radio-Canada sued", "agencies, ANI, filed"
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.lemma_.lower() in PUBLISHER_ACTIONS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "against":
        return True
    return False


def _institutions_told_short(companies: list[tuple]) -> list[tuple]:
    """"the Observatory", "the Federation": a one-word institution is the longer name of the
    story that ends in that word ("Kampala Digital Labour Observatory"), or no name at all."""
    out = []
    for entry in companies:
        ent, name, kind, parent = entry
        if " " in name or not institution_head(name):
            out.append(entry)
            continue
        longer = next((c for c in companies if " " in c[1] and institution_head(c[1])
                       and name.lower() in c[1].lower().split()), None)
        if longer is not None:
            out.append((ent, longer[1], longer[2], longer[3]))
    return out


def consistent_kinds(companies: list[tuple]) -> list[tuple]:
    """One kind per canonical name: the first mention's kind, unless a later one is more
    specific than the catch-all "company"."""
    kinds: dict[str, str] = {}
    for _span, name, kind, _parent in companies:
        if name not in kinds or kinds[name] == "company":
            kinds[name] = kind
    return [(span, name, kinds[name], parent) for span, name, _kind, parent in companies]


class CompanyResolver:
    def __init__(self, nlp: Language, name: str, gazetteer_path: str | None = None,
                 entries: list[dict] | None = None, keep_cited_publishers: bool = False):
        self.nlp = nlp
        self.name = name
        self.gazetteer_path = gazetteer_path
        self.entries = entries
        self.keep_cited_publishers = keep_cited_publishers
        self.initialize()

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        self.gazetteer: Gazetteer = configured_gazetteer(self.entries, self.gazetteer_path,
                                                         self.name)

    def _known(self, ent: Span):
        canonical = ent._.canonical or ent.ent_id_
        org = self.gazetteer.get(canonical) if canonical else None
        if org is None and len(ent) <= 8:
            # a spelling the ruler's patterns missed ("Appen Ltd."); never an ambiguous alias,
            # whose context the ruler has already judged ("the Turing test")
            org = self.gazetteer.lookup(display_name(ent.text))
            if org is not None and name_key(display_name(ent.text)) not in {
                    name_key(s) for s in org.spellings} and (
                    not ambiguous_ent_is_org(ent)
                    # "California's Private Attorneys General Act (PAGA)": capitals the alias
                    # ("Paga") is not written in make an acronym of something else
                    or (ent.text.isupper() and not any(a.isupper() for a in org.ambiguous_aliases))):
                org = None
        if org is None and len(ent) <= 8 and has_company_suffix(ent):
            # "Accenture Solutions Pvt Ltd": a known firm's local legal entity is the firm
            words = display_name(ent.text).split()
            while len(words) > 1 and words[-1].lower() in ENTITY_WORDS:
                words.pop()
                org = self.gazetteer.lookup(" ".join(words))
                if org is not None and " ".join(words).lower() in {s.lower() for s in org.spellings}:
                    break  # never by an ambiguous alias ("Scale Technologies Ltd")
                org = None
        return org

    def __call__(self, doc: Doc) -> Doc:
        # doc.ents is rebuilt per access; a line break the model took into a name it did not
        # call a firm ("firm Serco\nShares ...": NORP) is no part of it; an ORG across a line
        # break stays whole, and a heading ("Why This Matters for ...\n") is judged so
        ents = [e if e.label_ == "ORG" else _without_edge_space(e) for e in doc.ents]
        self._legal_starts = set()
        for legal in legal_name_spans(doc):
            self._legal_starts.add(legal.start)
            # a legal form settles it: "PT Sinar Moderasi Nusantara" is a firm, whatever the
            # model called its words; an ORG the model found stays as it found it
            overlapping = [e for e in ents if e.start < legal.end and legal.start < e.end]
            if all((e.label_ != "ORG" or legal.start <= e.start and e.end <= legal.end and len(e) < len(legal))
                   and e.label_ not in NUMERIC_LABELS for e in overlapping):
                ents = [e for e in ents if e not in overlapping] + [legal]
        acronyms = acronym_definitions(doc)
        known, unknown, others = [], [], []
        for ent in joined_firm_names(sorted(ents, key=lambda e: e.start)):
            # the small model calls unfamiliar firms people ("Kestrel Labs"): a strict
            # corporate suffix overrides that
            if ent.label_ != "ORG" and not (ent.label_ in ("PERSON", "PRODUCT", "GPE")
                                            and has_strict_suffix(ent)):
                # a firm the model took for a people ("Pathao" as NORP) may still be vouched for
                if ent.label_ not in NUMERIC_LABELS or (ent.label_ == "NORP" and len(ent) == 1):
                    others.append(ent)
                continue
            for part in split_coordinated(ent, self.gazetteer):
                org = self._known(part)
                if org is None:
                    part = extend_institution(extend_name(extend_name_left(part)))
                (known if org is not None else unknown).append((part, org))
        # a name another grew over when extended ("Labour and Social Services" inside "Ministry
        # of Family, Labour and Social Services") is part of it, not a firm of its own
        spans = [ent for ent, _ in known + unknown]
        known = [(e, o) for e, o in known if not _grown_over(e, spans)]
        unknown = [(e, o) for e, o in unknown if not _grown_over(e, spans)]
        # names the model missed or mislabelled ("Hasty" as a place, "Avride" as a person) that
        # stand where only a company can: "acquired X", "the education business X",
        # "X, a German start-up", or in a list beside known companies
        taken = {i for ent, _ in known + unknown for i in range(ent.start, ent.end)}
        vouched: set[str] = set()
        for ent in others + self._list_members(doc, known, taken) + self._unlabelled_names(doc, taken):
            if taken.intersection(range(ent.start, ent.end)):
                continue
            org = self.gazetteer.lookup(display_name(ent.text))
            if org is None and not self._strong_context(ent):
                continue
            taken.update(range(ent.start, ent.end))
            if org is None:
                vouched.add(name_key(display_name(ent.text)))
            (known if org is not None else unknown).append(
                (ent if ent.label_ else Span(doc, ent.start, ent.end, label="ORG"), org))

        # an ambiguous alias the ruler turned down ("Sama" opening a sentence) counts when a
        # list or a company's context vouches for it, and is never an unknown firm of its own
        resolved = []
        for ent, org in unknown:
            site = self._site_owner(ent)
            if site is not None:
                known.append(site)  # "Sama Kenya EPZ Delivery Centre": Sama's site, so Sama
                continue
            alias = self.gazetteer.lookup(display_name(ent.text))
            if alias is None:
                resolved.append((ent, org))
            elif ent.start in self._listed or company_context(ent):
                known.append((ent, alias))
        unknown = resolved

        out = []
        acting_publishers = {org.name for ent, org in known
                             if org.kind == "publisher" and publisher_acts(ent)}
        as_written: dict[str, str] = {}
        written_as_canonical = set()
        for ent, org in known:
            name = display_name(ent.text)
            if name_key(name) == name_key(org.name):
                written_as_canonical.add(org.name)  # "Fairwork" as well as "the Fairwork project"
            elif org.kind in AS_WRITTEN_KINDS and not name.isupper() and len(name) > len(as_written.get(org.name, "")):
                as_written[org.name] = name
        for canonical in written_as_canonical:
            as_written.pop(canonical, None)
        for ent, org in known:
            if org.kind == "publisher" and not self.keep_cited_publishers \
                    and org.name not in acting_publishers:
                continue
            if in_furniture_line(ent):
                continue
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if org.kind != "platform" and nxt is not None and nxt.lower_ in PRODUCT_NOUNS:
                continue
            out.append((ent, as_written.get(org.name, org.name), org.kind, org.parent))

        groups: dict[str, list[Span]] = {}
        names: dict[str, str] = {}
        known_ends = {ent.end for ent, _ in known}
        for ent, _ in unknown:
            if ent.start in known_ends:
                continue  # "Fiverr International Ltd.": the rest of a known firm's legal name
            text = ent.text
            if text in acronyms and acronyms[text] is not ent:
                text = acronyms[text].text  # "SEPI" -> its definition
            name = display_name(text)
            key = name_key(name)
            if not self._plausible(ent, name, key, may_be_place=ent.start in self._introduced):
                continue
            groups.setdefault(key, []).append(ent)
            # prefer the longest spelling as the display name ("Smart Ecosystem Philippines")
            if len(name) > len(names.get(key, "")):
                names[key] = name
        for key, ents in groups.items():
            owned = next((e.doc[e.end].text for e in ents if possessive_in_name(e)), None)
            if owned and " " not in names[key]:
                names[key] += owned  # "Byju's started its layoffs": the firm is "Byju's"
        defined = {name_key(display_name(e.text)) for e in acronyms.values()}
        known_keys = {name_key(name) for _, name, _, _ in out}
        self._join_variants(groups, names, out, acronyms)
        for key, ents in groups.items():
            name = names[key]
            if key in known_keys:
                continue  # "Employment and Labour Relations Court" after the gazetteer named it
            # "Automatic Speech Recognition (ASR)", "Value-Added Tax (VAT)": a field or a tax
            # defined by its acronym is no firm
            in_context = (key in defined and name.split()[-1].lower() not in FIELD_HEADS) or key in vouched or any(
                (has_company_suffix(e) and not _field_modifier(e)) or company_context(e) or DOTTED_NAME.match(e.text)
                or e.start in self._introduced or e.start in self._legal_starts for e in ents)
            if institution_head(name) is None and not in_context:
                continue
            if all(cited_as_source(e) for e in ents) or (
                    looks_like_outlet(name) and not any(publisher_acts(e) for e in ents)):
                continue  # a news outlet cited as the source, not a company of the story
            kind = next((k for k in map(apposition_kind, ents) if k), None) or institution_kind(name) or "company"
            if kind == "company" and looks_like_outlet(name):
                kind = "publisher"  # an outlet that acts in the story
            for ent in ents:
                out.append((ent, name, kind, None))
        out = _institutions_told_short(self._short_names(doc, out))
        out.sort(key=lambda item: item[0].start)
        doc._.companies = consistent_kinds(out)
        # the names these firms went by when the story was written ("TELUS International" in
        # 2017), unless the story already uses today's ("TELUS Digital")
        then, today, written_as = {}, set(), {}
        for span, canonical, _kind, _parent in doc._.companies:
            org = self.gazetteer.get(canonical)
            if org is None:
                continue
            written, key = name_key(display_name(span.text)), name_key(canonical)
            if written == key or written.startswith(key + " "):  # "inDriver" is not "inDrive"
                today.add(canonical)
            elif org.name_at(doc._.published) != canonical:
                then[canonical] = org.name_at(doc._.published)
            else:
                written_as.setdefault(canonical, Counter())[display_name(span.text)] += 1
        # a firm the story names only by another of its names ("Dragoneer" for Dragoneer
        # Investment Group, "Hinduja Global Solutions" for HGS) is named as the story names it;
        # the database still files it under the gazetteer's name
        for canonical, forms in written_as.items():
            if canonical not in then:
                then[canonical] = forms.most_common(1)[0][0]
        doc._.names_then = {c: name for c, name in then.items() if c not in today}
        return doc

    def _short_names(self, doc: Doc, found: list[tuple]) -> list[tuple]:
        """Later mentions of a firm by a short name the story introduced: 'HaiVan Data JSC
        ("HaiVan")' defines "HaiVan"; "Nodi Annotation Ltd ... Nodi let go 62 annotators"
        uses the first word of the name; a one-word firm's other mentions are the firm, however
        the model labelled them. Only for firms outside the gazetteer (its entries
        list their own aliases), and only for a first word that the story never writes in
        lower case (so "Data" of "Data Workers Inc." is not one) and that names no place.
        Returns `found` with such mentions named as their firm, and the ones the model missed."""
        taken = {i for ent, *_ in found for i in range(ent.start, ent.end)}
        lowercase = {t.lower_ for t in doc if t.is_lower}
        short: dict[str, tuple] = {}
        # the first firm the story names owns the short name: "Rotula Tecnologia" in the lead,
        # not the holding company "Rotula Group SGPS" named at the end
        for ent, name, kind, parent in sorted(found, key=lambda f: f[0].start):
            if kind in INSTITUTION_NAMES or self.gazetteer.get(name) is not None:
                continue
            defined = _quoted_short_name(ent)
            if defined:
                short.setdefault(defined, (name, kind, parent))
            words = name.split()
            first = ent[0] if ent[0].text == words[0] else None
            # a one-word firm is its own short name: its other mentions count too, however
            # the model labelled them ("In January, Covalen let go of 130 people": PERSON)
            if len(words) >= 1 and first is not None and _capitalised(first) and len(first) >= 3 \
                    and not first.is_stop and first.lower_ not in lowercase \
                    and first.lower_ not in GENERIC_NAME_WORDS \
                    and resolve_place(first.text) is None and self.gazetteer.lookup(first.text) is None:
                short.setdefault(first.text, (name, kind, parent))
        out = []
        for ent, name, kind, parent in found:
            if name in short and short[name][0] != name and self.gazetteer.get(name) is None \
                    and kind not in INSTITUTION_NAMES:
                name, kind, parent = short[name]  # "Ágora" found alone is "Ágora Atendimento ..."
            out.append((ent, name, kind, parent))
        for tok in doc:
            if tok.i in taken or tok.text not in short:
                continue
            name, kind, parent = short[tok.text]
            in_a_persons_name = tok.ent_iob_ == "I" or tok.i + 1 < len(doc) and doc[tok.i + 1].ent_iob_ == "I"
            if tok.ent_type_ == "PERSON" and in_a_persons_name:
                continue  # "Byju Raveendran", the founder of "Byju's"
            full = name.split()
            if [t.text for t in doc[tok.i:tok.i + len(full)]] == full:
                # the full name the model did not tag here ("Khanyisa Data, a Cape Town company")
                out.append((Span(doc, tok.i, tok.i + len(full), label="ORG"), name, kind, parent))
                taken.update(range(tok.i, tok.i + len(full)))
                continue
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and _capitalised(nxt) and not nxt.is_sent_start:
                continue  # "Nodi Annotation Services" is another name, not the short one
            out.append((Span(doc, tok.i, tok.i + 1, label="ORG"), name, kind, parent))
        return out

    def _strong_context(self, ent: Span) -> bool:
        """A mislabelled or unlabelled name that can only be a company where it stands."""
        name = display_name(ent.text)
        key = name_key(name)
        if not key or "\n" in ent.text or len(ent) > 6 or resolve_place(name) is not None:
            return False
        if key in NOT_ORGANISATIONS and not acquired_object(ent):
            return False
        if ent.label_ == "PERSON":
            if len(ent) > 1:
                # "Daniel Motaung" beside "Sama" is a person; "Rotula Tecnologia, a company
                # that recruits Brazilians" is not
                return bool(FIRM_APPOSITION_RE.match(ent.doc[ent.end:ent.end + 16].text))  # not doc.text: rebuilt on each access
            after = ent.doc[ent.end:ent.end + 2]
            if introduced_as_firm(ent):
                return True  # "edtech startup Byju's": a firm named after its founder
            if len(after) == 2 and after[0].text in ("'s", "’s"):
                # "Motaung's lawyers" is a person's; "Korr's subsidiary" a firm's
                return after[1].lower_ in FIRM_ONLY_CUES
        return company_context(ent) or ent.start in self._listed or \
            bool(DOTTED_NAME.match(ent.text)) or self._suffixed_run(ent) or staff_named_by(ent)

    @staticmethod
    def _suffixed_run(ent: Span) -> bool:
        """"Datalume AI", "Ferro Labs": proper nouns ending in a firm's word. Adjectives before
        it ("Generative AI", "Responsible AI") make a topic, not a firm."""
        if (owned := call_centres_owner(list(ent))) is not None:
            return owned and all(resolve_place(t.text) is None for t in ent[:-2])  # "CCI Call Centres"
        if len(ent) < 2 or ent[-1].lower_ not in NAME_RUN_SUFFIXES:
            return False
        head = ent[:-1]
        if describes_ai(list(ent)) or any(resolve_place(t.text) is not None for t in head):
            return False  # "Conversational AI", "Kenyan AI workers"
        if ent.doc.has_annotation("TAG"):
            return all(t.pos_ == "PROPN" for t in head)
        return all(is_name_token(t) and not t.is_stop for t in head)  # "iContact BPO" too

    @staticmethod
    def _join_variants(groups: dict, names: dict, out: list, acronyms: dict) -> None:
        """Unknown names that are another's in a shorter or local form join it: "Belair
        Communications India Ltd" is Belair Communications' Indian company, "HCL" alone is the
        HCL Technologies the story names in full, and "the French Data Protection Authority
        (CNIL)" is the CNIL the gazetteer knows."""
        known = {}
        for _ent, name, kind, parent in out:
            for spelling in {name} | {display_name(_ent.text)}:
                known.setdefault(name_key(spelling), (name, kind, parent))
        for acronym, definition in acronyms.items():
            key = name_key(display_name(definition.text))
            if key in groups and name_key(acronym) in known and key not in known:
                name, kind, parent = known[name_key(acronym)]
                out.extend((ent, name, kind, parent) for ent in groups.pop(key))
        for key in sorted(groups, key=len, reverse=True):
            words = key.split()
            local = words[:-1] if len(words) > 2 and getattr(resolve_place(names[key].split()[-1]), "kind", None) \
                in ("country", "demonym") else None
            if local and " ".join(local) in groups:
                groups[" ".join(local)].extend(groups.pop(key))
            elif len(words) == 1 and key.isascii() and names[key].isupper():
                longer = {known[k] for k in known if k.startswith(key + " ")}
                if len(longer) == 1:  # "HCL" beside "HCL Technologies" and no other HCL
                    name, kind, parent = longer.pop()
                    out.extend((ent, name, kind, parent) for ent in groups.pop(key))

    def _unlabelled_names(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Runs of name tokens no entity covers: dotted names anywhere, suffixed runs
        mid-sentence, the subject of a clause about its own workforce or of what only a firm does."""
        out, i = [], 0
        while i < len(doc):
            end = name_units(doc, i)
            if end == i:
                i += 1
                continue
            span = Span(doc, i, end)
            if not taken.intersection(range(i, end)) and not any(t.ent_type_ for t in span):
                if DOTTED_NAME.match(span.text) or (not doc[i].is_sent_start and self._suffixed_run(span)):
                    out.append(span)
                elif all(t.pos_ == "PROPN" and not t.is_stop for t in span) and len(span.text) > 2 \
                        and not (end < len(doc) and doc[end].text == ":") and (
                        owns_its_staff(span) or firm_act(span) or apposition_kind(span) == "company"
                        or staff_named_by(span)):
                    # "Brightdesk plans to double its workforce", "Swvl went public", "General
                    # Intuition, a New York startup"
                    out.append(span)
            i = end
        return out

    def _list_members(self, doc: Doc, known, taken: set[int]) -> list[Span]:
        """Members of a list that holds a known company or follows "clients such as"."""
        # per-document scratch, rebuilt on every call: list members by start token
        self._listed: set[int] = set()
        # members of lists opened by "clients such as": these vouch even for names the model
        # already called ORG (a list merely beside a known company does not: the model's ORG
        # guesses in such lists are often products, programmes or outlets)
        self._introduced: set[int] = set()
        surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
        anchors = {ent.start for ent, org in known if org.kind not in ("publisher", "government")}
        found = []
        for start, members in name_lists(doc):
            introduced = list_is_introduced(doc, start)
            if not introduced and not any(m.start in anchors for m in members):
                continue
            # a list mostly of known companies vouches even for the model's own ORG guesses
            # (or one that holds two of them: "Foodpanda, GoGet, Grab, Halo Delivery, Kiddocare
            # and Lalamove")
            n_known = sum(m.start in anchors for m in members)
            mostly_known = n_known * 2 >= len(members) + 1 or n_known >= 2
            for m in members:
                if m[0].lower_ == "the" and len(m) > 1:
                    m = m[1:]
                if any(t.ent_type_ in NUMERIC_LABELS or t.is_stop for t in m):
                    continue
                if m[0].ent_type_ == "PERSON" and not introduced and (
                        len(m) > 1 or m.text in surnames):
                    continue  # "Sama, Meta and Motaung" after "Daniel Motaung": a person
                self._listed.add(m.start)
                if introduced or mostly_known:
                    self._introduced.add(m.start)
                if m.start not in taken:
                    found.append(m)
        return found

    def _site_owner(self, ent: Span):
        """(span, entry) of the known firm whose site a name of a site names first:
        "Sama Kenya EPZ Delivery Centre" is Sama's."""
        if len(ent) < 3 or ent[-1].lower_ not in CENTRE_WORDS or ent[-2].lower_ not in FACILITY_WORDS:
            return None
        for end in range(ent.end - 2, ent.start, -1):
            org = self.gazetteer.lookup(display_name(ent.doc[ent.start:end].text))
            if org is not None:
                return Span(ent.doc, ent.start, end, label="ORG"), org
        return None

    @staticmethod
    def _plausible(ent: Span, name: str, key: str, may_be_place: bool = False) -> bool:
        """`may_be_place`: a list of firms vouches for it ("carmakers such as Toyota", a city too)."""
        if not key or "\n" in ent.text or len(ent) > (14 if institution_head(name) else 8):
            return False
        if key in NOT_ORGANISATIONS and not acquired_object(ent):
            return False
        if in_furniture_line(ent):
            return False
        if whole_line(ent) and not has_strict_suffix(ent):
            return False  # a heading or kicker ("LAW & TECH")
        if len(ent) > 1 and not has_strict_suffix(ent) and title_words_only_once(ent):
            return False  # "Shettima Launches Initiative": a title's capitals, named nowhere else
        if inside_longer_name(ent):
            return False
        if len(ent) == 1 and ent.end < len(ent.doc) and ent.doc[ent.end].lower_ == "up" \
                and ent.text.lower() in ("fed", "fired", "set", "shut", "shook", "beefed", "stepped"):
            return False  # "Fed up Bolt drivers blocked the M1": a phrasal verb the model took for the Fed
        if part_of_a_title(ent):
            return False  # "Minister of State for Information Technology": a person's office
        words = name.split()
        if len(words) > 1 and words[-1].isalpha() and words[-1].islower():
            return False  # "Nairobi bureau": a description, not a name
        if len(words) > 1 and words[-1] in LAW_WORDS:
            return False  # "the Business Laws (Amendment) Act": a law or a public scheme, not a firm
        if not any(c.isalpha() for c in name) or name.islower():
            return False
        place = resolve_place(name)
        if place is not None and not (may_be_place and place.kind == "city"):
            return False  # a place or nationality the model called ORG
        if len(words) > 1 and words[0].islower() and resolve_place(" ".join(words[1:])) is not None:
            return False  # "the first European Union (EU) nation": a bloc the model ran a word into
        if len(words) > 1 and words[-1].split("-")[0] in SECTOR_WORDS and resolve_place(" ".join(words[:-1])) is not None \
                and ent.end < len(ent.doc) and ent.doc[ent.end].is_lower:
            return False  # "a Cape Town AI labelling firm", "Thai AI-data workers": where and what
        if len(words) > 1 and words[0].lower() in COMPASS_WORDS and resolve_place(" ".join(words[1:])) is not None:
            return False  # "North Karnataka": a part of a place
        if ent.start >= 2 and ent.doc[ent.start - 1].text in ("'s", "’s") and ent.end < len(ent.doc) \
                and ent.doc[ent.end].lower_ in UNIT_NOUNS:
            return False  # "Appen's Global Services business": a unit of the firm named before
        if len(words) > 1 and sum(w[:1].isupper() for w in words) < len(words) / 2:
            return False  # a phrase, not a name
        if any(w.endswith("ing") and len(w) > 5 for w in words[:-1]) and not has_strict_suffix(ent):
            return False  # a slogan ("People Powering AI"), not a name
        if re.search(r"[a-z][A-Z][a-z]+[A-Z]", name.replace("Mc", "")) and " " in name:
            return False  # run-together page furniture
        if len(words) > 1 and words[-1] == "AI" and name_key(" ".join(words[:-1])) in NOT_ORGANISATIONS:
            return False  # "Gemini AI", "Copilot AI": a product, not a firm
        if ", " in name and not PORTFOLIO_NAME_RE.match(name):
            # "Alamy, Unity Asset Store", "SETEP, Trade Union of Employees": two names the model
            # ran together ("Ministry of Family, Labour and Social Services" lists its portfolio)
            return False
        if name.count("“") != name.count("”") or name.count('"') % 2:
            return False  # "Athens “Center of Excellence": a quotation cut through, not a name
        if len(words) == 1 and (key in ROLE_OR_SUFFIX_ONLY or key in TITLE_WORDS | OFFICE_TITLES):
            # "Ltd", "MD": a legal form or a job title standing alone; "said Harpreet Singh
            # Saluja, President, NITES": an office, in a list or not
            return False
        if len(words) > 1 and words[-1].lower() in OFFICE_TITLES | TITLE_WORDS and not has_strict_suffix(ent):
            return False  # "Bureau of Internal Revenue Director": a person's office
        if len(words) > 1 and words[-1].lower() in CENTRE_WORDS and words[-2].lower() in FACILITY_WORDS \
                and not has_strict_suffix(ent) and not has_company_suffix(ent):
            return False  # "PayPal's Malaysian Operations Centre", "Sama Kenya EPZ Delivery Centre": a site
        if len(words) > 2 and words[0].rstrip(".") in CIVIC_TITLES:
            return False  # "Alderman James Vos", "Senator Ed Markey": a person
        if ent.start >= 2 and [t.lower_ for t in ent.doc[ent.start - 2:ent.start]] == ["member", "of"]:
            return False  # "Member of Parliament for St Catherine East Central Alando Terrelonge"
        if len(ent) == 1 and named_person_again(ent):
            # "Siddharth" after "Jonathan Siddharth", "Motaung" (a place to the model) after
            # "Daniel Motaung", "Jagdeo" after "Bharrat Jagdeo": the person, named again,
            # whatever the model called it and whatever context vouched for it
            return False
        if len(ent) == 1 and any(e.label_ == "PERSON" and len(e) > 1 and e[0].text == ent.text
                                 and resolve_place(e[1:].text) is None for e in ent.doc.ents) \
                and not (introduced_as_firm(ent) or _described_firm(ent)):
            # "Elon" after "Elon Musk": a person's first name ("Digicel Trinidad", a firm and
            # its country, is no person)
            return False
        return True



@Language.factory(
    "taskerwatch_companies",
    default_config={"gazetteer_path": None, "entries": None, "keep_cited_publishers": False},
)
def make_company_resolver(nlp: Language, name: str, gazetteer_path: str | None,
                          entries: list[dict] | None, keep_cited_publishers: bool) -> CompanyResolver:
    return CompanyResolver(nlp, name, gazetteer_path=gazetteer_path, entries=entries,
                           keep_cited_publishers=keep_cited_publishers)
