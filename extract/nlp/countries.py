"""`taskerwatch_countries`: country names, demonyms, cities and regions -> `doc._.countries`.

Candidates come from a PhraseMatcher over every spelling in extract.countries (longest match
wins, so "Latin American" is a bloc and not the US). Whether a candidate is a place is decided
here:
- country names and demonyms count as written, except names that are also given names or
  words ("Jordan", "Chad"), which need the NER to call them a place;
- cities and regions need the NER to call them a place (GPE/LOC/FAC), since many are also
  words or surnames; with no NER in the pipeline, a capitalised mention inside a sentence;
- a public body the gazetteer seats in a country places the story there ("the CCMA" is South
  Africa's); otherwise nothing counts inside a gazetteer organisation's name ("The Washington Post"), no city inside
  another organisation's name ("Oxford Internet Institute") unless it names a public body that
  sits there ("the Telangana Government"), nothing the NER calls a person or a language;
- a city the text places in another country ("Glasgow, Kentucky") is in that country wherever
  the text names it;
- page furniture does not count: a line with fewer than `min_line_words` words ("• United
  States") or a verbless line shorter than `min_verbless_line_words` (a region menu).
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.countries import CITY, COUNTRY, DEMONYM, NOT_COUNTRY, REGION, Place, place_table
from extract.nlp import extensions
from extract.nlp.organisations import sentence_of

extensions.register()

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "NORP"})
# "workers in Accra": the small model often calls unfamiliar cities people; after one of
# these words (or in a list right after an accepted place) a city name is a place
LOCATIVE = frozenset({"in", "from", "near", "across", "outside", "around", "throughout", "to",
                      "between", "across", "inside"})
# A public body sits where it is named: "a San Francisco Superior Court judge", "the Telangana
# Government", "the Lagos State Ministry of Labour" (not "Oxford Internet Institute")
PUBLIC_BODY_WORDS = frozenset({"Court", "Tribunal", "Government", "Ministry", "Department", "Assembly",
                               "Parliament", "Senate", "Council", "Board", "Commission", "Police",
                               "Authority", "Inspectorate"})
NOT_PLACE_LABELS = frozenset({"PERSON", "LANGUAGE", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
WORD = re.compile(r"\w+")
US_MONEY = frozenset({"cents", "cent", "dollars", "dollar"})
# A line of links: a short label and a colon, then items split by pipes or middle dots
# ("Most read: Metro Line 5 opens | Book fair", "More from The Long Read: A · B").
LINKS_LINE_RE = re.compile(r"[ \t]*(?:[^\s:|·•]+[ \t]+){0,4}[^\s:|·•]+:[^\n]*[|·•]")


def line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return line_start, len(text) if line_end == -1 else line_end


def _starts_line(span: Span) -> bool:
    doc = span.doc
    return span.start == 0 or "\n" in doc[span.start - 1].text_with_ws or doc[span.start - 1].is_space


def _qualified_name(ent: Span) -> bool:
    """A capitalised word glued before the name makes it another body: "the Colorado Department
    of Labor and Employment" is not the Philippines' DOLE."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    return before.is_alpha and before.text[:1].isupper() and before.lower_ != "the" and not before.is_sent_start


class CountryTagger:
    def __init__(self, nlp: Language, name: str, places_path: str | None = None,
                 require_place_entity: bool | None = None, min_line_words: int = 4,
                 min_verbless_line_words: int = 8):
        self.nlp = nlp
        self.name = name
        self.places_path = places_path
        self.require_place_entity = require_place_entity
        self.min_line_words = min_line_words
        self.min_verbless_line_words = min_verbless_line_words
        self.initialize()

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        self.table = place_table(self.places_path)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        forms = set(self.table.places)
        # datelines and headlines in capitals: "CAGAYAN DE ORO, Philippines", "KENYA" (a city
        # in capitals counts only as a dateline, found by `_dateline_spans`)
        forms |= {f.upper() for f, p in self.table.places.items()
                  if p.kind in (COUNTRY, DEMONYM, NOT_COUNTRY) and len(f) > 3}  # "SOUTH AMERICA: ..."
        self.matcher.add("PLACE", list(self.nlp.tokenizer.pipe(sorted(forms))))

    def _uses_ner(self) -> bool:
        if self.require_place_entity is not None:
            return self.require_place_entity
        return "ner" in self.nlp.pipe_names

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([doc[s:e] for _, s, e in self.matcher(doc)])
        uses_ner = self._uses_ner()
        ent_of = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                ent_of[i] = ent
        found = []
        place_ends: set[int] = set()
        # doc.text and has_annotation walk every token: once per doc, not once per place
        text, has_pos = doc.text, doc.has_annotation("POS")
        datelines = _dateline_spans(doc, text, self.table, spans)
        # "CORDOVA, Tenn. -": a dateline's city placed by its state places the city's every mention
        qualified = _qualified_cities(sorted(spans + [span for span, _place in datelines], key=lambda s: s.start),
                                      self.table)
        for span, place in datelines:
            found.append((span, qualified.get(span.text.casefold(), place.code)))
            place_ends.add(span.end)
        for span in spans:
            place = self.table.get(span.text)
            if place is None or place.code is None:
                continue
            ents = {ent_of[i] for i in range(span.start, span.end) if i in ent_of}
            if self._accept(span, place, ents, uses_ner, place_ends) and not self._is_furniture(span, text, has_pos):
                found.append((span, qualified.get(span.text.casefold(), place.code)))
                place_ends.add(span.end)
        # a public body of one country sets the story there: "the CCMA ruled" is South Africa,
        # "DOLE sent inspectors" the Philippines
        found += [(ent, ent._.seat) for ent in doc.ents if ent._.seat and not _qualified_name(ent)
                  and not self._is_furniture(ent, text, has_pos)]
        found.sort(key=lambda f: f[0].start)  # in the text's order, datelines among the rest
        # "Kingston" in a story that names Canada, not Jamaica: the Canadian city
        kinds = [getattr(self.table.get(span.text), "kind", None) for span, _code in found]
        named = {code for (_span, code), kind in zip(found, kinds) if kind in (COUNTRY, REGION)}
        # "Georgians" beside Atlanta and California: the US state's people
        others = {code for span, code in found if span.text not in self.table.state_namesakes}
        doc._.countries = [(span, self.table.namesake_in(span.text, code, named) or code
                            if kind == CITY and span.text.casefold() not in qualified
                            else self.table.state_in(span.text, code, others) or code)
                           for (span, code), kind in zip(found, kinds)]
        return doc

    def _accept(self, span: Span, place: Place, ents: set[Span], uses_ner: bool,
                place_ends: set[int] = frozenset()) -> bool:
        if place.code == "US" and span.end < len(span.doc) and span.doc[span.end].lower_ in US_MONEY:
            return False  # "50 US cents a task": the world's pay currency, not a place
        if place.kind == DEMONYM and _names_a_language(span):
            return False  # "Spanish-speaking trainers", "tasks in French": a language
        if place.kind in (CITY, REGION) and not place.needs_entity and _names_a_workplace(span) \
                and all(not (e._.canonical or e.ent_id_) and (e.start, e.end) == (span.start, span.end)
                        for e in ents):
            return True  # "Accra moderators", "the Coimbatore firm": the model calls them people
        # a country's name or its people's word, which count as written
        as_written = place.kind in (COUNTRY, DEMONYM) and not place.needs_entity
        for ent in ents:
            if ent._.canonical or ent.ent_id_:
                # part of a known organisation's name: only a country's own name counts ("MTN
                # Nigeria", "Telecom Egypt" name their country; "The Washington Post" no place)
                return as_written
            if ent.label_ in ("PERSON", "ORG") and place.kind in (CITY, REGION) \
                    and (ent.start, ent.end) == (span.start, span.end) \
                    and self._locative(span, place_ends):
                return True
            if ent.label_ == "LANGUAGE" and place.kind == DEMONYM and _names_a_workplace(span):
                return True  # "Filipino taskers" are people of a country, not a language
            if ent.label_ == "PERSON" and as_written and place.kind == DEMONYM and _before_common_noun(span):
                continue  # "The Ugandan government", which the small model may call a person
            if ent.label_ in NOT_PLACE_LABELS:
                return False
            if ent.label_ == "ORG" and (ent.start, ent.end) != (span.start, span.end) \
                    and place.kind in (CITY, REGION):
                # "Oxford Internet Institute", "University of Nairobi" are no places of the
                # story; a court or government sits where it is named
                first = ent.start + 1 if ent[0].lower_ == "the" else ent.start
                if span.end == ent.end and span.start > ent.start and span.doc[span.start - 1].lower_ == "of":
                    # "the 37th Labor Court of São Paulo", "the High Court of Lagos"
                    return span.doc[span.start - 2].text in PUBLIC_BODY_WORDS
                return span.start == first and any(
                    t.text in PUBLIC_BODY_WORDS and (t.i == ent.end - 1 or t.nbor().lower_ == "of")
                    for t in ent[span.end - ent.start:])
        in_place_ent = any(e.label_ in PLACE_LABELS for e in ents) or any(
            e.label_ == "ORG" and (e.start, e.end) == (span.start, span.end) and len(span) > 1
            for e in ents)  # the small model often calls multi-word cities ORG
        if as_written:
            return True
        if uses_ner:
            nxt = span.doc[span.end] if span.end < len(span.doc) else None
            if place.kind == COUNTRY and nxt is not None and nxt.text == ":" and _starts_line(span):
                return True  # "Chile: New Law regulates ...", "Niger: ...": a wire's country label
            if not ents and place.kind == CITY and not place.needs_entity and (
                    self._locative(span, place_ends) or _based(span)
                    or (nxt is not None and nxt.text in ("'s", "’s"))) and not (
                    nxt is not None and nxt.is_alpha and nxt.text[:1].isupper()):  # not "San Pedro Sacatepéquez"
                # "fired 300 employees in Indore", "Indore-based", "one of Cape Town’s larger
                # call centres": the model saw nothing
                return True
            return in_place_ent
        # no NER: trust a capitalised name inside a sentence that is not glued to another
        # capitalised word, which would make it part of a person's name ("Chad Smith")
        doc = span.doc
        sent = sentence_of(span)
        neighbours = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
        if any(t.is_alpha and t.text[:1].isupper() for t in neighbours if t.i != sent.start - 1):
            return False
        return span.start != sent.start and span.text[:1].isupper()

    @staticmethod
    def _locative(span: Span, place_ends: set[int]) -> bool:
        doc = span.doc
        prev = doc[span.start - 1] if span.start else None
        if prev is None:
            return False
        if prev.lower_ in LOCATIVE:
            return True
        return prev.lower_ in ("and", "or", ",") and (span.start - 1) in place_ends

    def _is_furniture(self, span: Span, text: str, has_pos: bool) -> bool:
        doc = span.doc
        start, end = line_bounds(text, span.start_char, span.end_char)
        if LINKS_LINE_RE.match(text, start, end):
            return True  # "Episode links: Transcript PDF | Previous episode: Night shift in Nairobi"
        words = len(WORD.findall(text[start:end]))
        if words < self.min_line_words:
            return True
        if words < self.min_verbless_line_words and has_pos:
            line = doc.char_span(start, end, alignment_mode="expand")
            if line is not None and not any(t.pos_ in ("VERB", "AUX") for t in line):
                return True
        return False



@Language.factory(
    "taskerwatch_countries",
    default_config={"places_path": None, "require_place_entity": None, "min_line_words": 4,
                    "min_verbless_line_words": 8},
)
def make_country_tagger(nlp: Language, name: str, places_path: str | None,
                        require_place_entity: bool | None, min_line_words: int,
                        min_verbless_line_words: int) -> CountryTagger:
    return CountryTagger(nlp, name, places_path=places_path,
                         require_place_entity=require_place_entity, min_line_words=min_line_words,
                         min_verbless_line_words=min_verbless_line_words)


def _qualified_cities(spans: list[Span], table) -> dict[str, str]:
    """Cities the text itself places in a region or country of another code: "Glasgow,
    Kentucky", "Valencia, Venezuela", "London, Ontario". Every mention of that city in the
    text ("its Glasgow facility") is then in that country, not in the namesake the
    population table prefers. Keyed by the casefolded name: a dateline's "CORDOVA" places "Cordova"."""
    qualified = {}
    for city, after in zip(spans, spans[1:]):
        place, region = table.get(city.text), table.get(after.text)
        if place is None or region is None or place.kind != CITY or region.kind not in (REGION, COUNTRY) \
                or region.code is None or region.code == place.code:
            continue
        between = city.doc[city.end:after.start]
        if len(between) == 1 and between[0].text == ",":
            qualified[city.text.casefold()] = region.code
    return qualified


# A city in capitals opening a line before a dash or comma: "CAGAYAN DE ORO CITY — More than
# 220 workers ...", "NAIROBI, 15 October 2025 —".
DATELINE_RE = re.compile(r"^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}?)(?:\s+CITY)?\s*(?:[,—–:(]|-\s)", re.M)


def _dateline_spans(doc: Doc, text: str, table, taken: list[Span]) -> list[tuple[Span, Place]]:
    """Cities and regions written as a dateline, which the matcher (names as written, and
    countries in capitals) does not find."""
    used = {i for span in taken for i in range(span.start, span.end)}
    out = []
    for m in DATELINE_RE.finditer(text):
        place = table.get(m.group(1))
        if place is None or place.code is None or place.kind not in (CITY, REGION):
            continue
        span = doc.char_span(m.start(1), m.end(1))
        if span is not None and not used.intersection(range(span.start, span.end)):
            out.append((span, place))
    return out


# Nouns a city names as a place of work or its people: "the Accra operation", "Sofia site".
WORKPLACE_NOUNS = frozenset({
    "operation", "operations", "office", "offices", "site", "sites", "centre", "center",
    "centres", "centers", "hub", "facility", "branch", "firm", "company", "startup",
    "start-up", "subsidiary", "campus", "team", "teams", "moderators", "workers", "taskers",
    "annotators", "labellers", "labelers", "employees", "staff", "contractors", "raters",
    "freelancers", "contributors", "nationals",
})


# "Spanish-speaking trainers" speak it wherever they are; "German-language tasks" still tell
# where their workers are, as the annotations count them.
LANGUAGE_AFTER = frozenset({"speaking", "speaker", "speakers"})
LANGUAGE_BEFORE = frozenset({"in", "into", "speak", "speaks", "spoke", "speaking", "fluent", "translate",
                             "translated", "translating", "learn", "learning", "native", "languages", "language"})
# Words a list of languages may run through: "languages: primarily French, but also German"
LANGUAGE_LIST_FILLERS = frozenset({":", "primarily", "mainly", "mostly", "chiefly", "also", "but", "especially",
                                   "particularly", "including", "notably", "such", "as", "like", "plus"})


def _names_a_language(span: Span) -> bool:
    """"Spanish-speaking trainers", "answers in French": a language named by its people's
    word, no place of the story. "Spanish workers" stays Spain."""
    doc = span.doc
    after = doc[span.end:span.end + 2]
    if len(after) and after[0].text == "-" and len(after) > 1 and after[1].lower_ in LANGUAGE_AFTER:
        return True
    if len(after) and after[0].lower_ in LANGUAGE_AFTER:
        return True
    if len(after) and after[0].lower_ in WORKPLACE_NOUNS:
        return False
    # "services in Catalan, Dutch, French and Spanish": back over the list to its "in"
    i = span.start - 1
    for _item in range(30):
        if i < 0:
            return False
        if doc[i].lower_ in LANGUAGE_BEFORE:
            return True
        if doc[i].lower_ in LANGUAGE_LIST_FILLERS:
            i -= 1
            continue
        if doc[i].text not in (",", "and", "or") or i < 1 or not (
                doc[i - 1].is_title or doc[i - 1].lower_ in LANGUAGE_LIST_FILLERS):
            return False
        i -= 1
        if doc[i].lower_ in ("and", "or") or doc[i].text == "," or doc[i].lower_ in LANGUAGE_LIST_FILLERS:
            continue
        i -= 1
    return False


def _based(span: Span) -> bool:
    """"Indore-based": the city a firm or its staff are in."""
    after = span.doc[span.end:span.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based"


def _before_common_noun(span: Span) -> bool:
    """The word after the span is a noun in lower case: "Ugandan government", "Kenyan taskers"."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].pos_ == "NOUN" and doc[span.end].text.islower()


def _names_a_workplace(span: Span) -> bool:
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    # "an Accra start-up": the tokenizer splits the hyphenated noun
    word = "".join(t.text for t in doc[span.end:span.end + 3]) if after.lower_ == "start" else after.lower_
    if word.lower() not in WORKPLACE_NOUNS:
        return False
    return span.text[:1].isupper() and not after.text[:1].isupper()
