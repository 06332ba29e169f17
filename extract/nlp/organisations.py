"""`taskerwatch_organisations`: gazetteer organisations as ORG entities, before `ner`.

A PhraseMatcher over every spelling in data/organisations.yaml (plus generated case and
hyphen/space variants) feeds `doc.ents`, so the statistical NER predicts around them. Each
span gets `span._.canonical`, `span._.org_kind`, `span._.parent`, and its canonical name as
the entity id (`ent_id_`), which survives `ner`.

Ambiguous aliases ("Scale", "Sama", "Hive") are ordinary words too; one counts only when
  1. the organisation itself or a relative (parent, child, sibling brand) is named
     unambiguously somewhere in the document ("Scale" in a Scale AI or Remotasks story), or
  2. it reads as a company where it stands: capitalised mid-sentence in a sentence that is not
     title-cased, not glued to a neighbouring capitalised word ("Alan Turing", "Turing Award",
     "Fortune 500"), and with an organisation cue: a possessive, a subject role, or a cue word
     before it ("at Sama", "the startup Hive"), or
  3. an apposition says it is a company ("Turing, a Palo Alto company"), or, for a platform in
     an on-topic article (extract.relevance), it opens a sentence as the subject of a company's
     verb ("Sama said", "Outlier cut").
A union's federation acronym glued on ("Alphabet Workers Union-CWA") is not a second organisation.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.gazetteer import Gazetteer, configured_gazetteer
from extract.nlp import extensions
from extract.relevance import RELEVANCE_THRESHOLD, relevance

extensions.register()

ORG_CUES_BEFORE = frozenset({
    "at", "for", "with", "by", "from", "through", "via", "on", "joined", "join", "left", "startup", "start-up", "company",
    "firm", "platform", "contractor", "vendor", "investor", "rival", "owner", "subsidiary",
    "outsourcer", "competitor", "client", "customer", "against", "sued", "versus", "vs",
})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# "Turing, a Palo Alto company that ...": an apposition that says what the name is
APPOSITION_NOUNS = frozenset({
    "company", "firm", "startup", "start-up", "platform", "contractor", "vendor", "outsourcer",
    "subsidiary", "provider", "marketplace", "business", "unicorn", "supplier", "agency",
    "employer", "giant", "lab", "developer", "operator",
})
# what a company does as the subject of a sentence in this domain's news: "Sama said",
# "Outlier paid", "Hive cut". Only a known platform in an on-topic article reads this way.
COMPANY_VERBS = frozenset({
    "say", "pay", "cut", "tell", "announce", "deny", "confirm", "lay", "fire", "hire", "raise",
    "launch", "ban", "suspend", "deactivate", "stop", "decline", "recruit", "employ", "contract",
    "offer", "dispute", "reject", "settle", "acquire", "close", "open", "end", "terminate",
    "expand", "block", "reduce", "withhold", "delay", "respond", "refuse", "agree",
})
COMPANY_VERB_FORMS = frozenset(
    {v + "s" for v in COMPANY_VERBS} | {v + "d" for v in COMPANY_VERBS if v.endswith("e")}
    | {v + "ed" for v in COMPANY_VERBS if not v.endswith("e")}
    | {"said", "paid", "told", "laid", "hired", "fired", "cut", "cuts", "ended", "stopped",
       "banned", "denies", "agreed", "raised", "closed", "opened", "acquired", "offered"})
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def spelling_variants(spelling: str) -> set[str]:
    """Case and hyphen/space variants of one spelling, as they appear in real text."""
    forms = {spelling}
    if "-" in spelling:
        forms.add(spelling.replace("-", " "))
    if " " in spelling:
        forms.add(spelling.replace(" ", "-"))
    out = set()
    for form in forms:
        out |= {form, form.upper()}
        words = form.split(" ")
        # "TELUS International" -> "Telus International"; keep mixed-case words like "iMerit"
        out.add(" ".join(w.capitalize() if w.isupper() and len(w) > 3 else w for w in words))
        if (any(c.isupper() for c in form[1:]) and not form.isupper()) or any(c.isdigit() for c in form):
            # camel-case brands are distinctive even in lower case ("dataannotation", "taskus"),
            # while "the information" or "apple" in lower case are ordinary words, and so are
            # acronyms ("TIME", "WIRED", "DOLE", "SEEK": "time", "wired", "on the dole")
            if " " not in form:
                out.add(form.lower())
                if form[:1].isupper():
                    out.add(form.capitalize())  # "Paypal", "Youtube", "Doordash": the hump dropped
    return {v for v in out if v.strip()}


def is_title_case(sent: Span, ignore: Span | None = None) -> bool:
    """A headline-style sentence, where capitals say nothing about proper nouns.
    Short function words stay lower case in headlines, so only longer words are counted,
    leaving out the first word and the span under judgement."""
    skip = set(range(ignore.start, ignore.end)) if ignore is not None else set()
    words = [t for t in sent[1:] if t.is_alpha and len(t) > 3 and t.i not in skip]
    if len(words) < 3:
        return False
    return sum(t.text[0].isupper() for t in words) / len(words) > 0.6


def sentence_of(span: Span) -> Span:
    doc = span.doc
    if doc.has_annotation("SENT_START"):
        return span.sent
    # without a parser or sentencizer: the line the span is on
    start = span.start
    while start > 0 and not ("\n" in doc[start - 1].text_with_ws and doc[start - 1].is_space) \
            and doc[start - 1].text not in {".", "!", "?"}:
        start -= 1
    end = span.end
    while end < len(doc) and not doc[end].is_space and doc[end].text not in {".", "!", "?"}:
        end += 1
    return doc[start:end]


def described_as_company(span: Span) -> bool:
    """"Turing, a Palo Alto company that ...": the apposition names what it is."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or \
            doc[span.end + 1].lower_ not in ("a", "an", "the", "another"):
        return False
    i = span.end + 2
    while i < min(len(doc), span.end + 10):
        tok = doc[i]
        if tok.is_punct and tok.text != "-":
            return False
        word = tok.lower_
        if i + 2 < len(doc) and doc[i + 1].text == "-":
            word = tok.lower_ + "-" + doc[i + 2].lower_
        if tok.lower_ in APPOSITION_NOUNS or word in APPOSITION_NOUNS:
            return True
        i += 1
    return False


def acts_as_company(span: Span) -> bool:
    """A sentence subject followed by a company's verb ("Sama said", "Outlier paid") or by a
    relative clause ("Hive, which ...")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is None:
        return False
    if nxt.text == "," and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ("which", "whose"):
        return True  # "Scale, which Meta invested in, ...": a relative clause about the firm
    if nxt.lower_ in ("also", "has", "had", "have", "then", "later", "now") and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]  # "Sama also said", "Outlier has cut"
    if nxt.lower_ in COMPANY_VERB_FORMS:
        return True
    return nxt.pos_ == "VERB" and nxt.lemma_.lower() in COMPANY_VERBS


def glued_to_a_name(span: Span) -> bool:
    """"Alan Turing", "Turing Award", "Sama Hall": a capitalised word or a number beside it."""
    doc = span.doc
    prev = doc[span.start - 1] if span.start > 0 else None
    nxt = doc[span.end] if span.end < len(doc) else None
    return (prev is not None and prev.is_alpha and prev.text[:1].isupper() and not prev.is_sent_start
            and "\n" not in prev.whitespace_) or \
        (nxt is not None and ((nxt.is_alpha and nxt.text[:1].isupper()) or nxt.like_num))


def reads_as_company(span: Span, on_topic_platform: bool = False) -> bool:
    """Context rule 2 for an ambiguous alias with no relative named in the document.
    `on_topic_platform`: the alias names a data-work platform and the article is about that
    work, so the alias opening a sentence as the subject of a company's verb counts."""
    doc = span.doc
    sent = sentence_of(span)
    first = span[0]
    if not first.text[:1].isupper():
        return False
    if described_as_company(span):
        return True
    if first.i == sent.start:
        return on_topic_platform and not is_title_case(sent, span) and acts_as_company(span)
    if is_title_case(sent, span):
        return False
    prev = doc[first.i - 1]
    nxt = doc[span.end] if span.end < len(doc) else None
    if prev.is_alpha and prev.text[:1].isupper():
        return False
    if nxt is not None and ((nxt.is_alpha and nxt.text[:1].isupper()) or nxt.like_num):
        return False
    if nxt is not None and nxt.text in POSSESSIVES:
        return True
    if prev.lower_ in ORG_CUES_BEFORE:
        return True
    return any(t.dep_ in SUBJECT_DEPS for t in span)


COORDINATORS = frozenset({"and", "or", "&", ","})


def coordinated_with(span: Span, ends: set[int], starts: set[int]) -> bool:
    """The span is joined by "and", "or" or a comma to an organisation ending or starting there."""
    doc = span.doc
    before = [i for i in (span.start - 1, span.start - 2) if i >= 0]
    if before and doc[before[0]].lower_ in COORDINATORS and (
            before[0] in ends or (len(before) > 1 and doc[before[1]].text == "," and before[1] in ends)):
        return True
    return span.end < len(doc) and doc[span.end].lower_ in COORDINATORS and (span.end + 1) in starts


def glued_affiliations_dropped(spans: list[Span], gazetteer: Gazetteer) -> list[Span]:
    """"Alphabet Workers Union-CWA" is the local union's name with its federation's acronym
    glued on: one organisation, the first, not two. ("Sama-Meta case" keeps both.)"""
    unions = {s.end: s for s in spans if (org := gazetteer.get(s.id_)) and org.kind == "union"}
    out = []
    for span in spans:
        doc = span.doc
        hyphen = span.start - 1
        if hyphen >= 1 and doc[hyphen].text == "-" and not doc[hyphen].whitespace_ \
                and not doc[hyphen - 1].whitespace_ and hyphen in unions and span.text.isupper():
            continue
        out.append(span)
    return out


class OrganisationRuler:
    def __init__(self, nlp: Language, name: str, gazetteer_path: str | None = None,
                 entries: list[dict] | None = None, label: str = "ORG"):
        self.nlp = nlp
        self.name = name
        self.gazetteer_path = gazetteer_path
        self.entries = entries
        self.label = label
        self.initialize()

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        """(Re)build the patterns from the configured gazetteer."""
        self.gazetteer: Gazetteer = configured_gazetteer(self.entries, self.gazetteer_path,
                                                         self.name)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self._keys: dict[int, tuple[str, bool]] = {}
        for org in self.gazetteer:
            plain = set().union(*(spelling_variants(s) for s in org.spellings)) if org.spellings else set()
            ambiguous = set(org.ambiguous_aliases) - plain
            for key, forms, is_ambiguous in ((org.name, plain, False), ("?" + org.name, ambiguous, True)):
                if forms:
                    self.matcher.add(key, [self.nlp.make_doc(f) for f in sorted(forms)])
                    self._keys[self.nlp.vocab.strings[key]] = (org.name, is_ambiguous)

    def __call__(self, doc: Doc) -> Doc:
        candidates: list[tuple[Span, str, bool]] = []
        for match_id, start, end in self.matcher(doc):
            canonical, is_ambiguous = self._keys[match_id]
            candidates.append((doc[start:end], canonical, is_ambiguous))
        named = {c for _, c, amb in candidates if not amb}
        related: set[str] = set()
        for canonical in named:
            related |= self.gazetteer.family(canonical)
        accepted = []
        doubtful = []  # ambiguous mentions without context of their own
        on_topic: bool | None = None
        for span, canonical, is_ambiguous in candidates:
            if is_ambiguous and canonical not in related:
                platform = self.gazetteer.get(canonical).kind == "platform"
                if platform and on_topic is None:
                    on_topic = relevance("", doc.text) >= RELEVANCE_THRESHOLD
                if not reads_as_company(span, on_topic_platform=platform and bool(on_topic)):
                    doubtful.append((span, canonical))
                    continue
            accepted.append(Span(doc, span.start, span.end, label=self.label, span_id=canonical))
        # One name, one sense: once the story shows "Sama" is the company, its other mentions
        # are too ("LAYOFFS: Sama winds down Kampala project" above "Sama will end ...").
        sure = {s.id_ for s in accepted}
        # Named in one breath with another organisation: "drivers working for both Go-Jek and
        # Grab", "Uber, Bolt and Little".
        ends, starts = {s.end for s in accepted}, {s.start for s in accepted}
        for span, canonical in doubtful:
            listed = coordinated_with(span, ends, starts)
            if (canonical in sure or listed) and span[0].text[:1].isupper() and not glued_to_a_name(span) \
                    and not (span.start > 0 and doc[span.start - 1].lower_ in ("the", "a", "an")):
                # but "the Turing test" names no firm
                accepted.append(Span(doc, span.start, span.end, label=self.label, span_id=canonical))
        accepted = glued_affiliations_dropped(filter_spans(accepted), self.gazetteer)
        if not accepted:
            return doc
        taken = {i for s in accepted for i in range(s.start, s.end)}
        kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
        doc.set_ents(sorted(kept + accepted, key=lambda s: s.start))
        annotate_org_spans(doc, self.gazetteer)
        return doc



def annotate_org_spans(doc: Doc, gazetteer: Gazetteer) -> None:
    """Set canonical/org_kind/parent/seat on every entity whose id names a gazetteer organisation."""
    for ent in doc.ents:
        org = gazetteer.get(ent.ent_id_) if ent.ent_id_ else None
        if org is not None:
            ent._.canonical = org.name
            ent._.org_kind = org.kind
            ent._.parent = org.parent
            ent._.seat = org.seat


@Language.factory(
    "taskerwatch_organisations",
    default_config={"gazetteer_path": None, "entries": None, "label": "ORG"},
)
def make_organisation_ruler(nlp: Language, name: str, gazetteer_path: str | None,
                            entries: list[dict] | None, label: str) -> OrganisationRuler:
    return OrganisationRuler(nlp, name, gazetteer_path=gazetteer_path, entries=entries, label=label)
