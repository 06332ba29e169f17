"""taskerwatch_companies on a blank pipeline: entities are set by hand where a model would."""
import pytest
import spacy
from spacy.tokens import Span

import extract.nlp  # noqa: F401
from extract.nlp.companies import display_name

GAZETTEER = [
    {"name": "Scale AI", "ambiguous_aliases": ["Scale"], "kind": "platform"},
    {"name": "Remotasks", "aliases": ["Remotask"], "kind": "platform", "parent": "Scale AI"},
    {"name": "Slack", "kind": "company"},
    {"name": "Rest of World", "kind": "publisher"},
    {"name": "The New York Times", "aliases": ["New York Times"], "kind": "publisher"},
    {"name": "International Labour Organization", "aliases": ["International Labor Organization", "ILO"],
     "kind": "government"},
]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("taskerwatch_organisations", config={"entries": GAZETTEER})
    nlp.add_pipe("taskerwatch_companies", config={"entries": GAZETTEER})
    return nlp


def run(nlp, text, orgs=()):
    """Process `text`, first marking each phrase in `orgs` as a statistical ORG entity."""
    doc = nlp.make_doc(text)
    spans = []
    for phrase in orgs:
        start = text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label="ORG"))
    doc.ents = spans
    for name, proc in nlp.pipeline:
        doc = proc(doc)
    return [(span.text, name, kind) for span, name, kind, _parent in doc._.companies]


def names(result):
    return [name for _, name, _ in result]


def test_gazetteer_hits_are_companies_with_kind_and_parent(nlp):
    doc = nlp("Remotask workers were cut off by Scale AI.")
    assert [(c, k, p) for _, c, k, p in doc._.companies] == \
        [("Remotasks", "platform", "Scale AI"), ("Scale AI", "platform", None)]


def test_cited_publishers_are_not_companies(nlp):
    result = run(nlp, "According to Rest of World, Remotasks left Kenya. Rest of World reported it first.")
    assert names(result) == ["Remotasks"]


def test_publishers_that_act_are_companies(nlp):
    import spacy.tokens  # the dependency parse is hand-made: "Times" is the subject of "sued"
    doc = nlp.make_doc("The New York Times sued Remotasks.")
    heads = [3, 3, 3, 4, 4, 4, 4]
    deps = ["det", "compound", "compound", "nsubj", "ROOT", "dobj", "punct"]
    doc = spacy.tokens.Doc(doc.vocab, words=[t.text for t in doc], heads=heads, deps=deps,
                           lemmas=["the", "new", "york", "times", "sue", "remotasks", "."])
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [c for _, c, _, _ in doc._.companies] == ["The New York Times", "Remotasks"]


def test_products_of_a_company_are_not_the_company(nlp):
    assert run(nlp, "Supervisors posted in Slack channels every day.") == []


def test_unknown_org_with_corporate_suffix_or_company_noun_is_accepted(nlp):
    result = run(nlp, "Kestrel Labs Inc. hired annotators, and the startup Quillmark followed; "
                      "Bluefin, a venture firm, paid.",
                 orgs=["Kestrel Labs Inc.", "Quillmark", "Bluefin"])
    assert names(result) == ["Kestrel Labs", "Quillmark", "Bluefin"]


def test_unknown_org_without_cues_products_and_furniture_are_refused(nlp):
    result = run(nlp, "Workers used ChatGPT daily. Senior Writer. Zorblat said nothing. Kenya agreed.",
                 orgs=["ChatGPT", "Senior Writer", "Zorblat", "Kenya"])
    assert result == []


def test_acronym_defined_in_text_is_the_same_company(nlp):
    result = run(nlp, "The firm registered Tamarind Ecosystem Inc. (TEI) in 2019. Later TEI paid rent.",
                 orgs=["Tamarind Ecosystem Inc.", "TEI"])
    assert names(result) == ["Tamarind Ecosystem", "Tamarind Ecosystem"]


def test_institutions_are_typed_and_keep_the_article_spelling(nlp):
    result = run(nlp, "A study by the International Labor Organization (ILO) and the University of "
                      "Lagos found that the Ministry of Labour was slow.",
                 orgs=["University of Lagos", "Ministry of Labour"])
    assert result == [("International Labor Organization", "International Labor Organization", "government"),
                      ("ILO", "International Labor Organization", "government"),
                      ("University of Lagos", "University of Lagos", "research"),
                      ("Ministry of Labour", "Ministry of Labour", "government")]


@pytest.mark.parametrize("raw,clean", [
    ("the Smart Ecosystem Philippines Inc.", "Smart Ecosystem Philippines"),
    ("Kestrel Labs, Ltd.'s", "Kestrel Labs"),
    ("Quillmark LLC", "Quillmark"),
    ("Appen’s", "Appen"),
])
def test_names_are_normalised(raw, clean):
    assert display_name(raw) == clean
