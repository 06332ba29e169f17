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
    {"name": "The Information", "kind": "publisher"},
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


@pytest.mark.parametrize("words, heads, deps, lemmas, expected", [
    # a publisher filing a suit acts
    (["The", "New", "York", "Times", "filed", "a", "lawsuit", "against", "Remotasks", "."],
     [3, 3, 3, 4, 4, 6, 4, 6, 7, 4],
     ["det", "compound", "compound", "nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
     ["the", "new", "york", "times", "file", "a", "lawsuit", "against", "remotasks", "."],
     ["The New York Times", "Remotasks"]),
    # so does the second of two publishers that sue
    (["Reuters", "and", "The", "New", "York", "Times", "sued", "Remotasks", "."],
     [6, 0, 5, 5, 5, 0, 6, 6, 6],
     ["nsubj", "cc", "det", "compound", "compound", "conj", "ROOT", "dobj", "punct"],
     ["reuters", "and", "the", "new", "york", "times", "sue", "remotasks", "."],
     ["The New York Times", "Remotasks"]),
])
def test_publishers_that_file_suits_or_sue_together_are_companies(nlp, words, heads, deps, lemmas, expected):
    import spacy.tokens  # a hand-made parse, as above
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [c for _, c, _, _ in doc._.companies] == expected


def test_products_of_a_company_are_not_the_company(nlp):
    assert run(nlp, "Supervisors posted in Slack channels every day.") == []


def test_unknown_org_with_corporate_suffix_or_company_noun_is_accepted(nlp):
    result = run(nlp, "Kestrel Labs Inc. hired annotators, and the startup Quillmark followed; "
                      "Bluefin, a venture firm, paid.",
                 orgs=["Kestrel Labs Inc.", "Quillmark", "Bluefin"])
    assert names(result) == ["Kestrel Labs", "Quillmark", "Bluefin"]


def test_a_workers_savings_scheme_and_a_kind_of_facility_are_no_firms(nlp):
    text = ("Staff asked about their Provident Fund settlements. Kestrel Ltd had opened its Offshore "
            "Development Centre (ODC) in Pune.")
    found = names(run(nlp, text, orgs=["Provident Fund", "Kestrel Ltd", "Offshore Development Centre"]))
    assert found == ["Kestrel"]


def test_a_legal_form_the_model_leaves_after_the_name_makes_a_firm(nlp):
    # the NER span stops before "s.r.l." / "Pvt"; the legal form that follows is still the cue
    result = run(nlp, "The regulator fined Zoppino s.r.l. and Kavera Pvt Ltd over rider data.",
                 orgs=["Zoppino", "Kavera"])
    assert names(result) == ["Zoppino", "Kavera"]
    # a lower-case word after a name is no legal form: "Quillmark ag workers" is not "Quillmark AG"
    assert run(nlp, "Quillmark ag workers met in Lagos.", orgs=["Quillmark"]) == []


def test_the_subject_of_what_only_an_employer_does_to_staff_is_a_company(nlp):
    import spacy.tokens  # a hand-made parse: "Orchard" is the subject of "cut ... employees"
    words = ["Orchard", "cut", "130", "employees", ".", "Marisol", "cut", "costs", "."]
    doc = spacy.tokens.Doc(nlp.vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 6, 6, 6],
                           deps=["nsubj", "ROOT", "nummod", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"],
                           pos=["PROPN", "VERB", "NUM", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN", "PUNCT"],
                           lemmas=["orchard", "cut", "130", "employee", ".", "marisol", "cut", "cost", "."],
                           sent_starts=[True, False, False, False, False, True, False, False, False])
    doc.ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 5, 6, label="ORG")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    # cutting costs is not what only an employer does
    assert [c for _, c, _, _ in doc._.companies] == ["Orchard"]


def test_an_industry_or_a_kind_of_worker_is_no_company(nlp):
    result = run(nlp, "The BPO sector hires, Business Process Outsourcing Inc. grows and Gig Workers Ltd. organise.",
                 orgs=["BPO", "Business Process Outsourcing Inc.", "Gig Workers Ltd."])
    assert names(result) == []
    # a field or sector, named as a name: no firm either
    result = run(nlp, "The Information Technology and Business Process Management sector grows.",
                 orgs=["Information Technology", "Business Process Management"])
    assert names(result) == []
    # a party's role in a filing
    assert names(run(nlp, "The 3rd Respondent denied the claims.", orgs=["3rd Respondent"])) == []


def test_company_is_a_corporate_suffix(nlp):
    assert names(run(nlp, "Pictsweet Company will close a plant.", orgs=["Pictsweet Company"])) == ["Pictsweet Company"]


def test_a_hyphenated_firm_noun_before_a_name_is_a_cue(nlp):
    result = run(nlp, "Just last month a London start-up, Graphite Tasks, raised money. "
                      "The platform. Labour said nothing.", orgs=["Graphite Tasks", "Labour"])
    assert names(result) == ["Graphite Tasks"]


def test_a_firm_the_model_calls_a_person_is_a_firm_when_its_apposition_says_so(nlp):
    text = ("A court ordered Rotula Tecnologia, a company that recruits annotators, to pay damages. "
            "Rotula appealed. Daniel Motaung, a former moderator, sued. Jeff Bezos, the company said, "
            "invested. It is owned by Rotula Group SGPS, a Lisbon holding company.")
    got = run_labelled(nlp, text, {"Rotula Tecnologia": "PERSON", "Daniel Motaung": "PERSON",
                                   "Jeff Bezos": "PERSON", "Rotula Group SGPS": "ORG"})
    assert [name for _text, name, _kind in got] == ["Rotula Tecnologia", "Rotula Tecnologia", "Rotula Group SGPS"]


def test_a_person_whose_apposition_only_mentions_a_firm_is_no_firm(nlp):
    text = ("According to founder Matt Bencke, the company chose Detroit. Cengiz Haksoz, a moderator at "
            "outsourcer TELUS International, spoke. Bryce Goodman, the program lead and contractor for "
            "the DIU, agreed.")
    got = run_labelled(nlp, text, {"Matt Bencke": "PERSON", "Cengiz Haksoz": "PERSON",
                                   "Bryce Goodman": "PERSON", "TELUS International": "ORG"})
    assert [name for _text, name, _kind in got] == ["TELUS International"]


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
    # a legal form's leading words go with it, as "Pvt Ltd" does
    ("Intelenet BPO Holdings Private Limited", "Intelenet BPO Holdings"),
    ("Vietnam Dairy Products Joint Stock Company", "Vietnam Dairy Products"),
    ("Private Equity Partners", "Private Equity Partners"),
])
def test_names_are_normalised(raw, clean):
    assert display_name(raw) == clean


# ---------------------------------------------------------------- unknown firms by where they stand
def ent_spans(doc, phrases, label):
    spans = []
    for phrase in phrases:
        start = doc.text.index(phrase)
        spans.append(doc.char_span(start, start + len(phrase), label=label))
    return spans


def run_labelled(nlp, text, labelled):
    """Like `run`, with the (wrong) labels a small model gives: {"Quokka": "GPE", ...}."""
    doc = nlp.make_doc(text)
    spans = []
    for phrase, label in labelled.items():
        spans += ent_spans(doc, [phrase], label)
    doc.ents = sorted(spans, key=lambda s: s.start)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(span.text, name, kind) for span, name, kind, _parent in doc._.companies]


def test_what_is_bought_is_a_company_even_when_labelled_a_place_or_product(nlp):
    result = run_labelled(nlp, "Last year the group acquired Quokka and completed its purchase of "
                               "Brindle, the messaging app.", {"Quokka": "GPE", "Brindle": "PRODUCT"})
    assert names(result) == ["Quokka", "Brindle"]


def test_company_noun_before_or_apposition_after_vouch_for_mislabelled_names(nlp):
    result = run_labelled(nlp, "It kept the mapping unit Orrery and the payroll business Tessel. "
                               "Vantablue, a Lisbon start-up, joined later.",
                          {"Orrery": "PERSON", "Tessel": "GPE", "Vantablue": "GPE"})
    assert names(result) == ["Orrery", "Tessel", "Vantablue"]


def test_owned_and_backed_names_are_companies(nlp):
    result = run(nlp, "Workers at the Halberd-owned site and a Corvid-backed rival complained.",
                 orgs=["Halberd", "Corvid"])
    assert names(result) == ["Halberd", "Corvid"]


def test_names_listed_beside_a_known_company_or_after_clients_such_as(nlp):
    result = run(nlp, "Recruiters for Remotasks, Pellucid and Gravelo said little.")
    assert names(result) == ["Remotasks", "Pellucid", "Gravelo"]
    result = run(nlp, "Its clients such as Tanager, Ibex Motors and Quillon pay well.")
    assert names(result) == ["Tanager", "Ibex Motors", "Quillon"]


def test_a_list_of_places_or_people_is_not_a_list_of_companies(nlp):
    result = run_labelled(nlp, "Remotasks left Kenya, Nigeria and Pakistan. Remotasks, Maria Lopez "
                               "and Tom Reyes spoke.",
                          {"Maria Lopez": "PERSON", "Tom Reyes": "PERSON"})
    assert names(result) == ["Remotasks", "Remotasks"]


def test_one_entity_for_two_coordinated_names_is_split(nlp):
    result = run(nlp, "Auditors ranked Remotasks and Pellucid lowest.", orgs=["Remotasks and Pellucid"])
    assert names(result) == ["Remotasks", "Pellucid"]


def test_organisation_of_people_after_organiser_with(nlp):
    result = run(nlp, "She is an organiser with Courier Workers Rising in Lagos.",
                 orgs=["Courier Workers"])
    assert result == [("Courier Workers Rising", "Courier Workers Rising", "union")]


def test_headings_bureaus_slogans_and_parts_of_longer_names_are_refused(nlp):
    text = ("BUSINESS & LAW\nThe Lagos bureau filed it. They marked International Porters' "
            "Remembrance Day. The Charter for Harbour Workers passed. The motto was "
            "\"Feeding the People Powering AI\".")
    result = run(nlp, text, orgs=["BUSINESS & LAW", "Lagos bureau", "International Porters",
                                  "Harbour Workers", "People Powering AI"])
    assert result == []


@pytest.mark.parametrize("text, labelled", [
    ("The firm Ltd laid off 30 staff. The company MD laid off 20 staff.", {"Ltd": "ORG", "MD": "ORG"}),
    ("The Bureau of Internal Revenue Director laid off 20 staff.", {"Bureau of Internal Revenue Director": "ORG"}),
    ("Alderman James Vos, the firm, laid off 20 staff.", {"Alderman James Vos": "ORG"}),
    ("A Member of Parliament Alando Terrelonge Group laid off 20 staff.", {"Parliament Alando Terrelonge Group": "ORG"}),
    ("Elon, the company, laid off 20 staff, said Elon Musk.", {"Elon": "ORG", "Elon Musk": "PERSON"}),
])
def test_a_legal_form_a_title_or_a_persons_name_alone_is_no_company(nlp, text, labelled):
    assert run_labelled(nlp, text, labelled) == []


def test_a_firms_site_is_no_company_and_a_site_named_after_a_known_firm_is_that_firm(nlp):
    text = "PayPal will close its Malaysian Operations Centre, the firm said."
    assert run_labelled(nlp, text, {"Malaysian Operations Centre": "ORG"}) == []
    text = "The president opened the Remotasks Kenya Delivery Centre in Nairobi."
    assert names(run_labelled(nlp, text, {"Remotasks Kenya Delivery Centre": "ORG"})) == ["Remotasks"]
    text = "The Pulitzer Center, the group, funded the reporting."
    assert names(run_labelled(nlp, text, {"Pulitzer Center": "ORG"})) == ["Pulitzer Center"]


def test_a_place_possessive_is_not_part_of_an_institution_name(nlp):
    result = run(nlp, "Ghana's Labour Appeals Tribunal ruled on Friday.",
                 orgs=["Ghana's Labour Appeals Tribunal"])
    assert result == [("Ghana's Labour Appeals Tribunal", "Labour Appeals Tribunal", "government")]


def test_a_bloc_the_model_ran_a_word_into_is_no_union(nlp):
    # "Union" ends union names, but "first European Union" is the bloc with an ordinal
    text = "Spain in 2021 became the first European Union (EU) nation to give riders labour rights."
    assert run(nlp, text, orgs=["first European Union"]) == []


def test_institution_name_runs_on_through_for_the(nlp):
    doc = nlp.make_doc("It was filed in the U.K. High Court for the Western Circuit on Monday.")
    doc.ents = ent_spans(doc, ["U.K."], "GPE") + ent_spans(doc, ["High Court"], "ORG")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [name for _, name, _, _ in doc._.companies] == ["U.K. High Court for the Western Circuit"]


def test_a_phrase_with_an_institution_word_that_is_not_its_head_is_refused(nlp):
    result = run(nlp, "Delegates gave the Annual Porters Address in May.", orgs=["Porters Address"])
    assert result == []


def test_each_name_has_one_kind_whatever_each_mention_suggested():
    from extract.nlp.companies import consistent_kinds
    rows = consistent_kinds([("a", "Orrery", "company", None), ("b", "Orrery", "union", None),
                             ("c", "Orrery", "company", None), ("d", "Tessel", "ngo", None)])
    assert [kind for _, _, kind, _ in rows] == ["union", "union", "union", "ngo"]


# ---------------------------------------------------------------- the trained model, end to end
@pytest.fixture(scope="module")
def trained():
    from extract.nlp import load_pipeline
    return load_pipeline()


def trained_names(trained, text):
    return sorted({name for _, name, _, _ in trained(text)._.companies})


def test_trained_a_firm_the_model_takes_for_a_people_is_vouched_for_by_its_ceo(trained):
    # the small model tags "Pathao" NORP; a chief executive is only a firm's, not a party's
    text = ("Several Pathao officials lost their jobs in Nepal last week. "
            "Pathao CEO Hussain Elius declined to comment.")
    assert trained_names(trained, text) == ["Pathao"]
    assert trained_names(trained, "Democrat officials met Republican executives in Washington.") == []


def test_trained_acquired_startup_and_listed_ventures(trained):
    text = ("The annotation platform Remotasks grew fast. In May its owner acquired Quillfeather, "
            "a Berlin computer vision start-up. The group also holds the logistics unit Orrery "
            "and the tutoring business Brightlane.")
    names_ = trained_names(trained, text)
    for want in ("Quillfeather", "Orrery", "Brightlane", "Remotasks"):
        assert want in names_, names_


def test_trained_the_kind_of_firm_bought_is_not_its_name(trained):
    text = ("The Competition Commission has approved the acquisition of BPO firm Intelenet by French "
            "outsourcing firm Teleperformance.")
    assert "BPO" not in trained_names(trained, text)


def test_trained_a_headlines_capitals_named_nowhere_else_are_no_firm(trained):
    text = ("Nigeria: Shettima Launches Initiative to Create Jobs\n\n"
            "Vice President Kashim Shettima has inaugurated an outsourcing centre in Gombe run with "
            "Outsource Global, aimed at producing jobs.")
    assert trained_names(trained, text) == ["Outsource Global"]


def test_trained_list_introduced_by_a_plural_company_noun(trained):
    text = "Data labelling platforms such as Pellucid, Gravelo and Appen were rated by the auditors."
    names_ = trained_names(trained, text)
    assert {"Pellucid", "Gravelo", "Appen"} <= set(names_), names_


def test_trained_dateline_heading_and_bureau_are_not_companies(trained):
    text = ("LABOUR & MACHINES\nACCRA, May 3 (Harbour Wire) - Appen cut pay for annotators in Ghana, "
            "workers said.\n(Reporting by the Accra bureau)")
    assert trained_names(trained, text) == ["Appen"]


def test_trained_known_platform_opening_a_sentence_in_an_on_topic_article(trained):
    text = ("Annotators who train AI models for a living say their income has collapsed. "
            "Outlier cut the hourly rate for its data labelling projects in June. "
            "Hive said the change affected few taskers.")
    assert trained_names(trained, text) == ["Hive", "Outlier"]


def test_trained_google_deepmind_is_not_google(trained):
    text = "Raters who evaluate Google DeepMind models for Appen were told the contract had ended."
    assert trained_names(trained, text) == ["Appen", "Google DeepMind"]


def test_institution_after_a_persons_name_and_of_is_kept(nlp):
    result = run_labelled(nlp, "The study was led by Dr Lina Okafor of Harcourt Polytechnic University.",
                          {"Lina Okafor": "PERSON", "Harcourt Polytechnic University": "ORG"})
    assert result == [("Harcourt Polytechnic University", "Harcourt Polytechnic University", "research")]


def test_apposition_with_another_names_a_company(nlp):
    result = run(nlp, "Workers moved to Taskforge, another platform, in June.", orgs=["Taskforge"])
    assert names(result) == ["Taskforge"]


def test_web_address_names_and_suffixed_name_runs_are_firms(nlp):
    result = run(nlp, "Raters for Glimmer.io were paid late. Work at Datalume AI and Ferro Labs slowed.")
    assert names(result) == ["Glimmer.io", "Datalume AI", "Ferro Labs"]


def test_outsourcers_and_groups_are_suffixed_name_runs(nlp):
    # "iContact BPO", "Ardent Group", "Kivu Holdings": a firm's word ends the name
    result = run(nlp, "South Africa got investment from iContact BPO this week. Ardent Group and "
                      "Kivu Holdings hired staff.")
    assert names(result) == ["iContact BPO", "Ardent Group", "Kivu Holdings"]


def test_kinds_of_ai_are_not_firms(nlp):
    result = run(nlp, "Experts in Conversational AI met Kenyan AI workers.", orgs=["Conversational AI"])
    assert result == []


def test_a_persons_possessive_is_not_a_firms_but_a_subsidiary_is(nlp):
    result = run_labelled(nlp, "Okello's lawyers spoke. Korvan's subsidiary paid annotators.",
                          {"Okello": "PERSON", "Korvan": "PERSON"})
    assert names(result) == ["Korvan"]


def test_trained_unlabelled_firms_in_an_on_topic_article(trained):
    text = ("Annotators in India say pay has fallen. Quillbase.ai halved its rates in April, and "
            "workers for Datalume AI reported cuts. Experts in Generative AI were not surprised.")
    names_ = trained_names(trained, text)
    assert "Quillbase.ai" in names_ and "Datalume AI" in names_ and "Generative AI" not in names_, names_


def test_a_firm_named_x_and_y_is_one_name(nlp):
    result = run(nlp, "They hired the Lagos firm Adeyemi and Okafor Partners to sue.",
                 orgs=["Adeyemi", "Okafor Partners"])
    assert names(result) == ["Adeyemi and Okafor Partners"]


def test_employers_and_outfits_are_firms(nlp):
    result = run_labelled(nlp, "My partner works for Brightwave. I joined an outfit called Prism Tasks.",
                          {"Brightwave": "GPE", "Prism Tasks": "PERSON"})
    assert names(result) == ["Brightwave"]  # a two-word "person" needs a firm's suffix or a list
    result = run(nlp, "I joined an outfit called Prism Tasks.", orgs=["Prism Tasks"])
    assert names(result) == ["Prism Tasks"]


def test_share_bars_and_bylines_are_page_furniture(nlp):
    result = run(nlp, "Remotasks paid late.\nShare: Slack | Remotasks | Email\n")
    assert names(result) == ["Remotasks"]


def test_a_long_sentence_with_two_rates_is_no_furniture_line(nlp):
    text = ("The tech park is operated by Remotasks (motto: \"Artificial intelligence meets human dignity\"), "
            "which serves clients such as Slack, using clickworkers who get paid $9 / day, compared to the "
            "going wage of $2 / day in the region's \"informal economy\" (the company believes that paying "
            "wages on par with rich-world clickworkers would distort the local economy).\n")
    assert names(run(nlp, text)) == ["Remotasks", "Slack"]
    assert names(run(nlp, "Remotasks paid late.\nShare: Slack / Remotasks / Email\n")) == ["Remotasks"]


def test_a_persons_titles_either_side_are_no_part_of_a_name():
    assert display_name("Rector University of Faisalabad Dr") == "University of Faisalabad"
    assert display_name("Dr Reddy's Laboratories") == "Dr Reddy's Laboratories"


def test_apposition_gives_the_kind_of_an_unknown_organisation(nlp):
    result = run(nlp, "Laura Gomez of the Central Obrera Andina, Peru's largest union federation, spoke.",
                 orgs=["Central Obrera Andina"])
    assert result == [("Central Obrera Andina", "Central Obrera Andina", "union")]


def test_spanish_university_is_research(nlp):
    result = run(nlp, "Researchers at the Universidad de Pinares scored the platforms.",
                 orgs=["Universidad de Pinares"])
    assert result == [("Universidad de Pinares", "Universidad de Pinares", "research")]


def test_ambiguous_alias_opening_a_list_with_a_known_company(nlp):
    doc = nlp.make_doc("Scale, Remotasks and Slack were not included.")
    doc.ents = ent_spans(doc, ["Scale"], "ORG")
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [name for _, name, _, _ in doc._.companies] == ["Scale AI", "Remotasks", "Slack"]


def test_a_surname_of_someone_named_in_full_is_not_listed_as_a_firm(nlp):
    text = "Daniel Okello sued. Remotasks, Slack and Okello settled."
    doc = nlp.make_doc(text)
    doc.ents = [doc.char_span(0, 13, label="PERSON"),
                doc.char_span(text.rindex("Okello"), len(text) - len(" settled."), label="PERSON")]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    assert [name for _, name, _, _ in doc._.companies] == ["Remotasks", "Slack"]


def test_model_org_guesses_need_more_than_a_neighbouring_company(nlp):
    result = run(nlp, "Workers used Remotasks and Nimbus every day.", orgs=["Nimbus"])
    assert names(result) == ["Remotasks"]
    result = run(nlp, "Rivals such as Nimbus and Remotasks grew.", orgs=["Nimbus"])
    assert names(result) == ["Nimbus", "Remotasks"]


def test_unknown_outlets_cited_as_sources_are_not_companies(nlp):
    result = run(nlp, "A manager told Lakeview Media Group that pay was late, according to "
                      "Orchid Partners. The Kampala Herald reported it first.",
                 orgs=["Lakeview Media Group", "Orchid Partners", "Kampala Herald"])
    assert result == []


def test_trained_an_unknown_outlet_that_acts_is_a_company(trained):
    text = "Annotators label data for AI models. Last year Lakeview Media Group Inc. sued Remotasks."
    found = {(name, kind) for _, name, kind, _ in trained(text)._.companies}
    assert ("Lakeview Media Group", "publisher") in found, found


def test_a_firm_named_like_a_city_in_a_list_of_firms(nlp):
    result = run(nlp, "Its clients include carmakers such as Toyota and Remotasks.", orgs=["Toyota"])
    assert names(result) == ["Toyota", "Remotasks"]
    result = run(nlp, "Annotators from Kenya, Uganda and Nairobi joined.", orgs=["Nairobi"])
    assert result == []


def test_a_list_mostly_of_known_companies_vouches_for_the_models_guess(nlp):
    result = run(nlp, "Recruiters for Remotasks, Slack and Nimbus said little.", orgs=["Nimbus"])
    assert names(result) == ["Remotasks", "Slack", "Nimbus"]


def test_names_of_laws_are_not_companies():
    from extract.nlp import analyze, load_pipeline

    nlp = load_pipeline()
    f = analyze(nlp, "In December, Ruto signed the Business Laws (Amendment) Act, which shields "
                     "outsourcing companies such as Sama from being sued in Kenya.", "2025-02-18")
    assert [c.name for c in f.companies] == ["Sama"]
    assert all("Act" not in (e.company or "") for e in f.events)


def test_a_firm_introduced_by_its_full_name_is_known_by_its_short_one(nlp):
    result = run(nlp, 'Nodi Annotation Ltd, a data-labelling firm, lost a client. Within a fortnight '
                      'Nodi let go 62 annotators. HaiVan Data JSC ("HaiVan") bought it; HaiVan said so.',
                 orgs=["Nodi Annotation Ltd"])
    assert [(text, name) for text, name, _ in result] == [
        ("Nodi Annotation Ltd", "Nodi Annotation"), ("Nodi", "Nodi Annotation"),
        ("HaiVan Data JSC", "HaiVan Data"), ("HaiVan", "HaiVan Data"), ("HaiVan", "HaiVan Data")]


def test_a_first_word_the_story_also_writes_in_lower_case_is_no_short_name(nlp):
    result = run(nlp, "Global Data Partners Ltd hired staff. Data was scarce, and global demand grew.",
                 orgs=["Global Data Partners Ltd"])
    assert [text for text, _name, _ in result] == ["Global Data Partners Ltd"]


@pytest.mark.parametrize("text, name", [
    ("PT Sinar Moderasi Nusantara opened a second site.", "Sinar Moderasi Nusantara"),
    ("The court heard a case against Ágora Atendimento e Tecnologia Ltda. on Monday.",
     "Ágora Atendimento e Tecnologia"),
    ("Workers sued Kestrel Data Bhd in March.", "Kestrel Data"),
])
def test_legal_forms_of_other_countries_mark_firms(nlp, text, name):
    assert name in names(run(nlp, text))


def test_a_ministers_office_is_not_an_organisation_and_ministries_keep_their_portfolio(nlp):
    result = run(nlp, "Minister of State for Information Technology Shaza Khawaja spoke. The Ministry "
                      "of Communication and Digital Affairs (Komdigi) suspended the licence.",
                 orgs=["State for Information Technology", "Ministry of Communication"])
    assert names(result) == ["Ministry of Communication and Digital Affairs"]


def test_a_known_firms_local_legal_entity_is_the_firm(nlp):
    assert names(run(nlp, "Notices went to Remotasks Solutions Pvt Ltd on Friday.")) == ["Remotasks"]


@pytest.mark.slow
def test_trained_a_local_legal_entity_never_through_an_ambiguous_alias(trained):
    assert trained_names(trained, "Scale Technologies Ltd hired 20 people in Kenya.") == ["Scale Technologies"]


@pytest.mark.parametrize("line", ["Follow KITU on X and Facebook | Download this release as PDF",
                                  "Share this interview: Facebook / LinkedIn / E-mail"])
def test_share_and_follow_lines_name_no_companies(trained, line):
    text = f"Appen cut pay for raters in Poland last year.\n\n{line}\n"
    assert trained_names(trained, text) == ["Appen"]


@pytest.mark.slow
def test_trained_a_firm_introduced_as_a_site_or_app(trained):
    text = ("Many workers reach Figure Eight jobs through Tasqa, a Panama-registered rewards site. "
            "Tasqa has held back withdrawals since October.")
    assert "Tasqa" in trained_names(trained, text)


@pytest.mark.slow
def test_trained_every_mention_of_a_one_word_firm_counts_however_the_model_labels_it(trained):
    # the model tags the second "Covalen" as a person
    text = ("A former moderator worked for Covalen at its Dublin offices between 2019 and 2022. "
            "In January, Covalen let go of 130 people from the team working on Meta's platforms.")
    doc = trained(text)
    assert [span.text for span, name, _, _ in doc._.companies if name == "Covalen"] == ["Covalen", "Covalen"]


@pytest.mark.slow
def test_a_story_names_a_rebranded_firm_as_it_was_then_and_the_database_files_it_under_today(trained):
    import sqlite_utils
    from extract.nlp import analyze
    from pipeline import db as store
    nlp = trained
    old = analyze(nlp, "TELUS International has agreed to acquire Xavient, a US IT consulting firm.", "2017-10-31")
    new = analyze(nlp, "TELUS Digital has agreed to acquire Xavient, a US IT consulting firm.", "2025-10-31")
    assert [(c.name, c.canonical) for c in old.companies if "TELUS" in c.name] == [("TELUS International", "TELUS Digital")]
    assert [e.company for e in old.events] == ["TELUS International"]
    assert [(c.name, c.canonical) for c in new.companies if "TELUS" in c.name] == [("TELUS Digital", None)]
    # a story that already uses today's name keeps it, whatever its date
    early = analyze(nlp, "Khanyisa now labels data for TELUS Digital and Appen.", "2024-08-21")
    assert "TELUS Digital" in [c.name for c in early.companies]
    db = sqlite_utils.Database(memory=True)
    store.migrate(db)
    for url, findings in (("https://example.org/2017", old), ("https://example.org/2025", new)):
        article_id, _ = store.upsert_article(db, {"url": url, "title": "t", "text": url, "published": None})
        store.replace_findings(db, article_id, findings, "v1")
    assert [r["name"] for r in db.query("SELECT name FROM companies WHERE name LIKE 'TELUS%'")] == ["TELUS Digital"]
    assert db.execute("SELECT count(DISTINCT company_id) FROM events WHERE type = 'acquisition'").fetchone()[0] == 1


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The Ministry of Information, Communications and the Digital Economy said it will act.",
     ["Ministry of Information, Communications and the Digital Economy"]),
    ("The Ministry of Family, Labour and Social Services fined Sama.",
     ["Ministry of Family, Labour and Social Services", "Sama"]),
    ("The Ministry of Gender, Culture, the Arts and Heritage spoke.",
     ["Ministry of Gender, Culture, the Arts and Heritage"]),
    # a comma that ends the name
    ("The Ministry of Labour, Sama and Meta met on Monday.", ["Ministry of Labour", "Sama", "Meta"]),
])
def test_a_ministrys_portfolio_listed_with_commas_is_one_name(trained, text, expected):
    assert [name for _, name, _, _ in trained(text)._.companies] == expected



def test_a_rated_list_of_firms_runs_past_its_first_and(nlp):
    text = ("It was followed closely by Remotasks (four) and Slack (two), Bolt (one), Jumia (zero) "
            "and Wasili (zero).")
    result = run_labelled(nlp, text, {"Bolt": "PERSON", "Jumia": "PERSON", "Wasili": "PERSON"})
    assert names(result) == ["Remotasks", "Slack", "Bolt", "Jumia", "Wasili"]


def test_trained_a_firm_named_by_its_staff_or_by_its_own_workforce(trained):
    text = ("Quality assurance workers at Vantorix voted to join the union on Friday. "
            "Riders working with the Zomato-owned Quickbasket struck in Delhi over wage cuts. "
            "Brightdesk plans to double its workforce to 4,000 by March.")
    names_ = trained_names(trained, text)
    assert {"Vantorix", "Quickbasket", "Brightdesk"} <= set(names_), names_


def test_trained_a_workforce_in_a_reported_clause_is_not_the_reporters(trained):
    text = "The Courier reported that Google will require its workforce to return to the office."
    assert trained_names(trained, text) == ["Google"]


def test_trained_the_subject_of_what_only_a_firm_does_is_a_firm(trained):
    assert "Zypher" in trained_names(trained, "Zypher went public in March via a SPAC merger.")
    assert "Lumora" in trained_names(trained, "Lumora raised $20 million in June.")
    assert trained_names(trained, "Q: You also raised money.\nA: Yes, in June.") == []


def test_trained_a_platforms_brands_are_the_platform(trained):
    assert trained_names(trained, "GrabBike drivers in Hanoi struck against a pay cut in August.") == ["Grab"]
    assert trained_names(trained, "foodpanda riders in Manila protested the new rates.") == ["Foodpanda"]
    assert trained_names(trained, "These statements were made at the inauguration event of a new WebHelp "
                                  "operations center, which a French firm installed in the country.") == ["Webhelp"]


@pytest.mark.parametrize("text, orgs", [
    ("Vendors must cover Automatic Speech Recognition (ASR) and pay Value-Added Tax (VAT), "
     "said Kestrel Data Services (KDS).", ["Automatic Speech Recognition", "Value-Added Tax"]),
    # a legal term or a law
    ("The union filed Unfair Labor Practice (ULP) charges under the Industrial Disputes Act (IDA) "
     "against Kestrel Data Services (KDS).", ["Unfair Labor Practice", "Industrial Disputes Act"]),
])
def test_a_field_a_tax_or_a_law_defined_by_its_acronym_is_no_company(nlp, text, orgs):
    assert names(run(nlp, text, orgs=orgs + ["Kestrel Data Services"])) == ["Kestrel Data Services"]


@pytest.mark.slow
def test_a_firm_headed_by_its_chief_executive_and_named_with_its_country_is_a_firm(trained):
    # the model calls "Digicel Trinidad" a person; that makes no first name of "Digicel", and
    # "the chief executive officer of" vouches for the firm
    text = ("She said the chief executive officer of Digicel, by letter dated March 27, informed the "
            "Minister of Labour of the company's decision. In so doing, Digicel Trinidad and Tobago Limited "
            "gave 45 days' notice.")
    assert "Digicel" in trained_names(trained, text)


@pytest.mark.slow
@pytest.mark.parametrize("text, surname", [
    ("Turing raised $111 million. Chief executive Jonathan Siddharth said the money would go into "
     "what the company calls its AGI business. Asked whether Turing would buy smaller data-labelling "
     "firms, Siddharth told reporters that acquisitions were not the priority right now.", "Siddharth"),
    # the model calls the surname alone a place; where it stands ("comes after X, a former
    # moderator working for ...") would otherwise vouch for a firm
    ("Meta wants the court to strike out its name from the petition lodged by Daniel Motaung, "
     "who sued Meta and Sama in Nairobi. The new development comes after Motaung, a former moderator "
     "working for Facebook owner Meta Platforms Inc, filed a lawsuit on May 10.", "Motaung"),
    # the model calls the surname alone a firm
    ("-Jagdeo says gov’t willing to help affected staff\n\nWITH reports indicating that call centre "
     "Teleperformance has downsized its operations in Guyana, General Secretary Bharrat Jagdeo has said "
     "that the government is willing to help those who were affected.\n\nAbsenteeism and fraud were "
     "cited as main issues by the company, Jagdeo said.\n\nFor those affected by this downsizing, "
     "Jagdeo said the government will help them.", "Jagdeo"),
])
def test_a_persons_surname_named_again_is_no_firm(trained, text, surname):
    assert surname not in trained_names(trained, text)


def test_a_public_bodys_name_joining_two_fields_with_and_is_one_name(nlp):
    # "Information" alone is not "The Information", the publisher
    text = "Sri Lanka's Information and Communication Technology Agency launched bootcamps."
    assert names(run(nlp, text, ["Information and Communication Technology Agency"])) == [
        "Information and Communication Technology Agency"]
    # the model cuts it in two at the "and": a field, then a body
    text = "The Technical Education and Skills Development Authority signed an agreement."
    assert names(run(nlp, text, ["The Technical Education", "Skills Development Authority"])) == [
        "Technical Education and Skills Development Authority"]


def test_an_apposition_saying_company_outweighs_a_name_ending_like_an_institution(nlp):
    text = "PEZA said Techlog Center, a US company, is building its fifth site."
    assert run(nlp, text, ["Techlog Center"])[0][1:] == ("Techlog Center", "company")


def test_a_quotation_cut_through_is_no_name(nlp):
    text = "Voxpro opened its Athens “Center of Excellence” in 2016."
    assert names(run(nlp, text, ["Athens “Center of Excellence"])) == []


def test_a_product_named_with_ai_after_it_is_no_firm(nlp):
    text = "Contract workers had to rigorously test the output generated by Gemini AI."
    assert names(run(nlp, text, ["Gemini AI"])) == []


def test_a_line_break_the_model_took_into_a_name_is_dropped(nlp):
    text = "LONDON (Reuters) - British outsourcing firm Serco\nShares in the company jumped."
    assert names(run_labelled(nlp, text, {"Serco\n": "NORP"})) == ["Serco"]


def test_a_region_possessive_opens_an_apposition_that_says_startup(nlp):
    text = "Bloomberg - Kavak, Latin America’s biggest startup, is reducing headcount."
    assert names(run_labelled(nlp, text, {"Kavak": "LOC"})) == ["Kavak"]


def test_trained_a_firm_named_after_its_founder_keeps_its_possessive(trained):
    # the small model calls "Byju" a person here, and "Byju Raveendran" is one
    text = ("As edtech startup Byju's started its fresh round of layoffs, the founder and CEO Byju "
            "Raveendran said nothing. Arpit Singh was a retention manager at Byju's in Delhi.")
    assert trained_names(trained, text) == ["Byju's"]


def test_trained_well_known_firms_and_unions_the_model_mislabels_are_known(trained):
    # a telco the small model takes for a place, a fund for a person: the gazetteer knows them
    text = ("General Atlantic sold its stake in the outsourcer. Telefónica and Safaricom moved "
            "their customer service to Kigali, and the United Steelworkers objected.")
    assert trained_names(trained, text) == ["General Atlantic", "Safaricom", "Telefónica", "United Steelworkers"]


def test_trained_an_office_between_a_person_and_a_union_is_no_firm(trained):
    text = "“We have no say,” said Parul Koul, President, Alphabet Workers Union. The union wrote to Google."
    assert "President" not in trained_names(trained, text)


def test_the_rest_of_a_known_firms_legal_name_is_no_firm_of_its_own(nlp):
    result = run(nlp, "Slack International Ltd. today reported results for the quarter.", ["International Ltd."])
    assert names(result) == ["Slack"]


def test_a_list_holding_two_known_firms_or_opened_by_corporations_vouches_for_its_names(nlp):
    text = "Slack, Remotasks, Zorblat and Kiddocare said in a joint statement that a study was needed."
    assert names(run(nlp, text, ["Kiddocare"])) == ["Slack", "Remotasks", "Zorblat", "Kiddocare"]
    text = "Konecta serves several corporations including BancoEstado and Chilectra."
    assert names(run(nlp, text, ["BancoEstado", "Chilectra"])) == ["BancoEstado", "Chilectra"]


def test_two_names_the_model_ran_together_are_no_firm(nlp):
    text = "Freelancers sell on marketplaces such as Alamy, Unity Asset Store and Freepik."
    assert names(run(nlp, text, ["Alamy, Unity Asset Store", "Freepik"])) == ["Freepik"]
    text = "Greek union SETEP, Trade Union of Employees at Teleperformance, said the firm refused to talk."
    assert "SETEP, Trade Union of Employees" not in names(run(nlp, text, ["SETEP, Trade Union of Employees"]))


def test_an_apposition_saying_startup_outweighs_a_headline_that_reads_as_a_person(nlp):
    text = "Bloomberg - Kavak, Latin America’s biggest startup, is reducing headcount. Read more: Kavak Steers into Dubai"
    got = run_labelled(nlp, text, {"Kavak": "LOC", "Kavak Steers": "PERSON"})
    assert "Kavak" in names(got)


def test_trained_call_centre_firms_of_the_second_gazetteer_batch_are_known_and_a_respondent_is_no_firm(trained):
    text = ("Almaviva workers in São Paulo staged a protest last Friday. In court, the Respondent "
            "argued that Transactel had paid the agents.")
    assert trained_names(trained, text) == ["Almaviva", "Transactel"]


def test_a_name_after_a_place_based_or_between_the_and_company_is_a_firm(nlp):
    text = "Advantage said it will take a majority stake in Tijuana-based First Kontact."
    assert names(run(nlp, text, ["First Kontact"])) == ["First Kontact"]
    text = "Workers gathered to express their dissatisfaction with the Sigue company."
    assert names(run(nlp, text, ["Sigue"])) == ["Sigue"]
    text = "Workers described the Catalan company as distant."
    assert names(run_labelled(nlp, text, {"Catalan": "NORP"})) == []


def test_trained_a_name_the_model_took_for_a_place_before_its_employees_is_their_employer(trained):
    text = ("CEBU, Philippines - Employees of a call center that folded up recently are filing complaints. "
            "Around 40 Leadamorphosis employees started camping out yesterday at the Dakay Building "
            "in Cebu City.")
    assert "Leadamorphosis" in trained_names(trained, text)
    # a place's people, an abbreviation, or a word capitalised at a line's start are no firm
    text = "Photo: a protest in Nairobi\nUnpaid workers protest outside the offices. U.S employees joined."
    assert trained_names(trained, text) == []


def test_trained_well_known_firms_of_the_third_gazetteer_batch_are_known(trained):
    text = ("Similarly, in April, Dropbox, an industry leader in cloud-based solutions, declared a "
            "reduction in workforce. Atlassian and Flutterwave also cut staff.")
    assert {"Dropbox", "Atlassian", "Flutterwave"} <= set(trained_names(trained, text))
    # a California law's acronym is no Nigerian payments firm
    text = "The suit was filed under California's Private Attorneys General Act (PAGA) against Appen."
    assert trained_names(trained, text) == ["Appen"]


def test_a_legal_form_taken_without_its_name_is_no_company(trained):
    assert "Joint-Stock" not in trained_names(trained, "Vietnam Dairy Products Joint-Stock Co., or Vinamilk, the "
                                                       "nation's largest dairy producer, plans a global expansion.")


def test_fed_up_is_no_federal_reserve(trained):
    text = ("E-hailing service drivers unhappy over commission charged by service provider\n\nFed up Bolt (Taxify) "
            "drivers blocked off the M1 North in a protest against the hike in commission they had to pay. File "
            "Picture. Fed up Bolt (Taxify) drivers blocked off the M1 North in a protest against the hike in "
            "commission they had to pay. The strike started on Wednesday at Zoo Lake on Jan Smuts road.")
    assert "Fed" not in trained_names(trained, text)


def test_a_name_the_model_cut_at_its_front_is_grown_back(nlp):
    # the model tagged "Global Services"; the capitals before it are the firm's own name
    text = "The park has partnered with IT firm HTC Global Services to set up a rural centre."
    assert names(run(nlp, text, orgs=["Global Services"])) == ["HTC Global Services"]
    # capitals that say what a firm does are not part of its name
    text = "The park has partnered with the IT Global Services unit of the state."
    assert "IT Global Services" not in names(run(nlp, text, orgs=["Global Services"]))


def test_a_state_attorney_general_is_no_firm_state(nlp):
    # "AG" is also a German legal form; "State AG" here is the state's attorney general
    text = "On Tuesday the State AG and the labor commissioner sued Slack over its delivery workers."
    assert names(run(nlp, text, orgs=["State AG", "Slack"])) == ["Slack"]


def test_a_central_bank_is_a_government_body(nlp):
    text = "The Central Bank of Nigeria introduced a new directive on remittances."
    assert run(nlp, text, orgs=["Central Bank of Nigeria"]) == [
        ("Central Bank of Nigeria", "Central Bank of Nigeria", "government")]


def test_an_ambiguous_alias_in_capitals_is_an_acronym_of_something_else():
    nlp = spacy.blank("en")
    entries = [{"name": "Paga", "ambiguous_aliases": ["Paga"], "kind": "company"}]
    nlp.add_pipe("taskerwatch_organisations", config={"entries": entries})
    nlp.add_pipe("taskerwatch_companies", config={"entries": entries})
    text = "The suit was filed under California's Private Attorneys General Act (PAGA), which allows it."
    assert names(run(nlp, text, orgs=["PAGA"])) == []
