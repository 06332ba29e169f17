"""taskerwatch_organisations on a blank pipeline with a small gazetteer passed in config."""
import pytest
import spacy

import extract.nlp  # noqa: F401  (registers the factories)
from extract.gazetteer import GazetteerError, build_gazetteer, load_gazetteer

GAZETTEER = [
    {"name": "Scale AI", "aliases": ["ScaleAI"], "ambiguous_aliases": ["Scale"], "kind": "platform"},
    {"name": "Remotasks", "aliases": ["Remotask"], "kind": "platform", "parent": "Scale AI"},
    {"name": "Appen", "kind": "platform"},
    {"name": "Sama", "aliases": ["Samasource"], "ambiguous_aliases": ["Sama"], "kind": "platform"},
    {"name": "Turing", "ambiguous_aliases": ["Turing"], "kind": "platform"},
    {"name": "TELUS Digital", "aliases": ["TELUS International"], "kind": "platform"},
    {"name": "Rest of World", "kind": "publisher"},
    {"name": "WIRED", "kind": "publisher"},
    {"name": "TaskUs", "kind": "contractor"},
]


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("taskerwatch_organisations", config={"entries": GAZETTEER})
    nlp.initialize()
    return nlp


def orgs(doc):
    return [(e.text, e._.canonical) for e in doc.ents]


def test_spellings_case_variants_and_possessives_resolve(nlp):
    doc = nlp("SCALE AI hired more people. Appen's revenue fell, and Appen’s staff left. "
              "Telus International and Scale-AI were named.")
    assert orgs(doc) == [("SCALE AI", "Scale AI"), ("Appen", "Appen"), ("Appen", "Appen"),
                         ("Telus International", "TELUS Digital"), ("Scale-AI", "Scale AI")]


def test_span_attributes_carry_kind_and_parent(nlp):
    ent = nlp("Workers said Remotask paid late.").ents[0]
    assert (ent.label_, ent._.canonical, ent._.org_kind, ent._.parent) == \
        ("ORG", "Remotasks", "platform", "Scale AI")
    assert ent.ent_id_ == "Remotasks"


def test_ambiguous_alias_resolves_when_a_relative_is_named(nlp):
    doc = nlp("Scale cut pay again. Its brand Remotasks told workers nothing.")
    assert ("Scale", "Scale AI") in orgs(doc)


def test_ambiguous_alias_alone_at_sentence_start_is_not_a_company(nlp):
    assert orgs(nlp("Scale matters for every model trained today.")) == []


def test_ambiguous_alias_mid_sentence_with_an_organisation_cue(nlp):
    assert orgs(nlp("Content moderators employed at Sama said they were traumatised.")) == \
        [("Sama", "Sama")]


def test_ambiguous_alias_inside_a_longer_name_or_lowercase_is_ignored(nlp):
    doc = nlp("The mathematician Alan Turing proposed a test. The Turing Award is prestigious. "
              "Models are trained at scale.")
    assert orgs(doc) == []


def test_patterns_are_built_in_initialize_from_the_config():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("taskerwatch_organisations", config={"entries": [{"name": "Appen", "kind": "platform"}]})
    ruler.entries = [{"name": "Toloka", "kind": "platform"}]
    nlp.initialize()
    assert orgs(nlp("Toloka and Appen both pay annotators.")) == [("Toloka", "Toloka")]


def test_pipeline_round_trips_through_disk(nlp, tmp_path):
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert orgs(again("Workers at Samasource said so.")) == [("Samasource", "Sama")]


def test_bad_gazetteer_entries_give_one_line_errors():
    with pytest.raises(GazetteerError, match="unknown kind"):
        build_gazetteer([{"name": "X", "kind": "bakery"}])
    with pytest.raises(GazetteerError, match="parent 'Nobody'"):
        build_gazetteer([{"name": "X", "kind": "company", "parent": "Nobody"}])
    with pytest.raises(GazetteerError, match="cannot read gazetteer"):
        load_gazetteer("/nonexistent/organisations.yaml")


def test_shipped_gazetteer_is_large_and_consistent():
    gazetteer = load_gazetteer()
    assert len(gazetteer) >= 100
    for name in ("Scale AI", "Remotasks", "Outlier", "Sama", "Appen", "Amazon Mechanical Turk",
                 "TELUS Digital", "OpenAI", "Accel", "Fairwork", "Rest of World"):
        assert gazetteer.get(name) is not None, name
    assert gazetteer.get("Outlier").parent == "Scale AI"
    assert gazetteer.lookup("MTurk").name == "Amazon Mechanical Turk"
    assert gazetteer.get("Rest of World").kind == "publisher"
    # a firm's investment arm is an investor of its own, under its parent
    arm = gazetteer.lookup("Intel Capital")
    assert (arm.name, arm.kind, arm.parent) == ("Intel Capital", "investor", "Intel")


# ---------------------------------------------------------------- ambiguous aliases opening a sentence
ON_TOPIC = ("Data labelling workers and content moderators in Nairobi described the annotation "
            "work. ")


def test_ambiguous_platform_opening_a_sentence_as_a_company_subject_in_an_on_topic_article(nlp):
    doc = nlp(ON_TOPIC + "Sama said the contract had ended. Turing also paid late.")
    assert orgs(doc) == [("Sama", "Sama"), ("Turing", "Turing")]


def test_ambiguous_alias_opening_a_sentence_off_topic_or_without_a_company_verb(nlp):
    assert orgs(nlp("Sama said she would cook for the family tonight.")) == []
    assert orgs(nlp(ON_TOPIC + "Sama is a common name in the region.")) == []


def test_ambiguous_alias_with_an_apposition_saying_it_is_a_company(nlp):
    doc = nlp("Turing, a Palo Alto start-up that hires coders, grew quickly.")
    assert orgs(doc) == [("Turing", "Turing")]


def test_union_with_its_federation_acronym_glued_on_is_one_organisation():
    entries = [{"name": "Couriers Union", "kind": "union"},
               {"name": "Federation of Riders", "aliases": ["FOR"], "kind": "union"},
               {"name": "Appen", "kind": "platform"}, {"name": "Remotasks", "kind": "platform"}]
    nlp = spacy.blank("en")
    nlp.add_pipe("taskerwatch_organisations", config={"entries": entries})
    doc = nlp("Members of the Couriers Union-FOR met. The Appen-Remotasks deal closed.")
    assert [e._.canonical for e in doc.ents] == ["Couriers Union", "Appen", "Remotasks"]


def test_ambiguous_platform_opening_a_sentence_with_a_relative_clause_on_topic(nlp):
    doc = nlp(ON_TOPIC + "Turing, which hires coders to train models, grew. It named a model after the Turing test.")
    assert orgs(doc) == [("Turing", "Turing")]


@pytest.mark.slow
def test_an_ambiguous_alias_shown_once_to_be_the_company_is_the_company_everywhere():
    from extract.nlp import load_pipeline
    nlp = load_pipeline()
    doc = nlp("LAYOFFS: Sama winds down Kampala moderation project\n\nSama said on Friday the "
              "project was reaching its natural conclusion.")
    assert [e.text for e in doc.ents if e.ent_id_ == "Sama"] == ["Sama", "Sama"]


def test_a_rebranded_firm_goes_by_the_name_it_had_when_a_story_was_written():
    gazetteer = build_gazetteer([{"name": "TELUS Digital", "kind": "platform", "aliases": ["TELUS International"],
                                  "former_names": [{"name": "TELUS International", "until": "2024-10"}]}])
    org = gazetteer.get("TELUS Digital")
    assert org.name_at("2017-10-31") == "TELUS International"
    assert org.name_at("2024-10-17") == org.name_at("2025-01-05") == org.name_at(None) == "TELUS Digital"
    with pytest.raises(GazetteerError, match="former_names"):
        build_gazetteer([{"name": "X", "kind": "company", "former_names": [{"name": "Y", "until": "soon"}]}])


def test_an_ambiguous_alias_named_in_one_breath_with_another_organisation_is_one():
    # "Grab" is a verb too; beside Go-Jek (or Uber) in a list it is the ride-hailing firm
    from extract.nlp import load_pipeline
    nlp = load_pipeline()
    doc = nlp("Garda represents a million drivers working for both Go-Jek and Grab, the largest "
              "ride-hailing firms in Indonesia. They grab lunch where they can.")
    assert [(e.text, e.ent_id_) for e in doc.ents if e.ent_id_ in ("Gojek", "Grab")] == \
        [("Go-Jek", "Gojek"), ("Grab", "Grab")]


@pytest.mark.parametrize("text, canonical", [
    ("Riders for Meituan and Ele.me protested in Shanghai.", "Ele.me"),
    ("Zepto and Blinkit hired dark-store staff in Bengaluru.", "Blinkit"),
    ("Transfers from PayPal to M-Pesa were delayed.", "M-Pesa"),
    ("Jinri Toutiao suspended six sections.", "Toutiao"),
    ("Bertelsmann sold its stake in Majorel.", "Bertelsmann"),
])
def test_delivery_payment_and_media_firms_of_these_stories_are_known(shipped, text, canonical):
    assert canonical in [e.ent_id_ for e in shipped(text).ents]


@pytest.fixture(scope="module")
def shipped():
    """The pipeline with the shipped gazetteer (the `nlp` fixture's small list stands in elsewhere)."""
    from extract.nlp import load_pipeline
    return load_pipeline()


def test_a_public_bodys_seat_must_be_a_country_code():
    gazetteer = build_gazetteer([{"name": "CCMA", "kind": "government", "seat": "ZA"}])
    assert gazetteer.get("CCMA").seat == "ZA"
    for bad in ("South Africa", "za", "XX"):
        with pytest.raises(GazetteerError, match="seat must be an ISO 3166-1 alpha-2 code"):
            build_gazetteer([{"name": "CCMA", "kind": "government", "seat": bad}])


@pytest.mark.parametrize("spelling, seat", [
    ("CCMA", "ZA"), ("EHRC", "GB"), ("CNIL", "FR"), ("ANPD", "BR"), ("Fair Work Ombudsman", "AU"),
    ("TESDA", "PH"), ("NITDA", "NG"), ("Office of the Data Protection Commissioner", "KE"),
])
def test_shipped_gazetteer_seats_the_public_bodies_these_stories_name(spelling, seat):
    org = load_gazetteer().lookup(spelling)
    assert org is not None and org.kind == "government" and org.seat == seat


def test_shipped_gazetteer_keeps_names_many_countries_share_ambiguous():
    gazetteer = load_gazetteer()
    for generic in ("Data Protection Commission", "Employment Tribunal", "Ministry of Labour and Social Protection"):
        org = gazetteer.lookup(generic)
        assert org is not None and generic in org.ambiguous_aliases, generic


def test_a_camel_case_brand_matches_in_lower_case_and_an_acronym_does_not(nlp):
    # "taskus" is only ever the firm; "wired" is mostly a word
    doc = nlp("Pay was wired late, taskus staff said. WIRED reported it.")
    assert orgs(doc) == [("taskus", "TaskUs"), ("WIRED", "WIRED")]



def test_a_camel_case_brand_matches_with_its_hump_dropped(nlp):
    # "Paypal will no longer process payments": as often written as the brand's own "PayPal"
    doc = nlp("Taskus staff said pay was late.")
    assert orgs(doc) == [("Taskus", "TaskUs")]
