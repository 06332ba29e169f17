"""The assembled pipeline on the trained model, with sentences written for these tests."""
import pytest

from extract.nlp import EXTRACTOR_VERSION, analyze, analyze_many, findings_from_doc, load_pipeline, make_doc
from extract.schema import Findings


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def companies(findings):
    return {c.name: c.kind for c in findings.companies}


def codes(findings):
    return {c.code for c in findings.countries}


def test_components_are_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("taskerwatch_organisations") < names.index("ner") < \
        names.index("taskerwatch_companies")
    assert "taskerwatch_countries" in names
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_platforms_clients_and_their_countries(nlp):
    f = analyze(nlp, "Content moderators hired through Sama in Nairobi sued Meta and the "
                     "outsourcing firm Majorel in a Kenyan court last year.", "2024-05-01")
    assert companies(f) == {"Sama": "platform", "Meta": "client", "Majorel": "contractor"}
    assert codes(f) == {"KE"}


def test_brand_and_parent_counted_once_each_with_mentions(nlp):
    f = analyze(nlp, "Remotask workers in Kenya were locked out. Scale said Remotasks would "
                     "return, but Scale AI gave no date.", None)
    by_name = {c.name: c for c in f.companies}
    assert set(by_name) == {"Remotasks", "Scale AI"}
    assert by_name["Remotasks"].mentions == 2 and by_name["Remotasks"].parent == "Scale AI"
    assert by_name["Scale AI"].mentions == 2


def test_cited_publisher_is_dropped_but_an_acting_one_is_kept(nlp):
    cited = analyze(nlp, "According to Rest of World, Toloka stopped paying annotators in "
                         "Venezuela after a security review.", None)
    assert companies(cited) == {"Toloka": "platform"} and codes(cited) == {"VE"}
    acting = analyze(nlp, "The New York Times sued OpenAI and Microsoft in December over "
                          "the use of its articles.", None)
    assert companies(acting) == {"The New York Times": "publisher", "OpenAI": "client",
                                 "Microsoft": "client"}


def test_unknown_firms_need_corporate_cues(nlp):
    f = analyze(nlp, "The startup Kestrel Labs, which hires Filipino annotators in Davao, "
                     "raised $5 million from Bluefin Ventures.", None)
    assert set(companies(f)) == {"Kestrel Labs", "Bluefin Ventures"}
    assert codes(f) == {"PH"}


def test_products_people_and_words_are_not_companies(nlp):
    f = analyze(nlp, "Alan Turing proposed the Turing test in 1950. Workers coordinate in "
                     "Slack channels and ask ChatGPT for help.", None)
    assert f.companies == []


def test_blocs_and_menus_are_not_countries(nlp):
    text = ("Americas\n\n  • United States\n\nAsia\n\n"
            "Many Latin American taskers joined the platform when it expanded to Colombia "
            "and Peru, leaving the Global South with few alternatives.")
    assert codes(analyze(nlp, text, None)) == {"CO", "PE"}


def test_cities_the_model_calls_people_still_resolve_after_in(nlp):
    f = analyze(nlp, "Reading the fine print, workers in Lagos and Accra learned that pay "
                     "could be withheld.", None)
    assert codes(f) == {"NG", "GH"}


def test_analyze_many_keeps_order_and_publication_dates(nlp):
    items = [("Appen cut 500 jobs in Australia.", "2024-01-02"), ("", None),
             ("Toloka opened an office in Serbia.", "2023-06-30")]
    results = list(analyze_many(nlp, items, batch_size=2))
    assert [set(companies(r)) for r in results] == [{"Appen"}, set(), {"Toloka"}]
    assert all(isinstance(r, Findings) for r in results)
    doc = make_doc(nlp, "x", "2024-01-02")
    assert doc._.published == "2024-01-02"


def test_text_longer_than_max_length_is_cut_not_fatal(nlp):
    old = nlp.max_length
    nlp.max_length = 2000
    try:
        text = "Taskers at Appen in Kenya were paid late. " * 200
        f = analyze(nlp, text, None)
    finally:
        nlp.max_length = old
    assert "Appen" in companies(f) and codes(f) == {"KE"}


def test_findings_from_an_unprocessed_doc_are_empty(nlp):
    assert findings_from_doc(nlp.make_doc("Nothing here.")).to_dict() == \
        {"companies": [], "countries": [], "events": [], "figures": []}


def test_unknown_model_setting_fails_with_a_clear_message(monkeypatch):
    monkeypatch.setenv("TASKERWATCH_SPACY_MODEL", "no_such_model_xyz")
    with pytest.raises(RuntimeError, match="cannot load spaCy model 'no_such_model_xyz'"):
        load_pipeline()


@pytest.mark.slow
def test_several_processes_give_the_same_findings(nlp):
    items = [("Appen cut jobs in Kenya, paying $2 a task.", None),
             ("Toloka left Serbia in March.", "2024-05-01")] * 2
    one = [f.to_dict() for f in analyze_many(nlp, items, batch_size=1)]
    two = [f.to_dict() for f in analyze_many(nlp, items, batch_size=1, n_process=2)]
    assert two == one
    assert "taskerwatch_findings" not in nlp.pipe_names


def test_a_city_the_model_calls_a_person_still_places_the_story(nlp):
    # en_core_web_sm tags "Accra" here as PERSON; the workplace noun after it says otherwise
    f = analyze(nlp, "The centre is run by Majorel, the outsourcing company that opened the "
                     "Accra operation in 2023.", "2025-05-02")
    assert codes(f) == {"GH"}


def test_staff_are_laid_off_where_their_firm_is_unless_the_workers_place_is_named(nlp):
    text = ("Entoto Labs, an Addis Ababa company that labels driving footage, has laid off about "
            "120 employees after a US autonomous-vehicle client ended its contract in October.")
    layoffs = [e for e in analyze(nlp, text, "2024-11-22").events if e.type == "layoff"]
    assert [e.countries for e in layoffs] == [["ET"]]


def test_its_round_is_the_firm_the_sentence_before_was_about(nlp):
    text = ("Scale AI sued Mercor, a fast-growing rival, on Wednesday. Mercor has grown quickly. "
            "Its $100 million Series B in February, led by Felicis, valued it at $2 billion.")
    rounds = [e for e in analyze(nlp, text, "2025-09-04").events if e.type == "funding_round"]
    assert [(e.company, e.date) for e in rounds] == [("Mercor", "2025-02")]


def test_a_when_clause_dates_the_happening_it_hangs_on(nlp):
    text = ("About 120 employees of Sahyadri Data Labs, a Bengaluru start-up, lost their jobs when "
            "the company shut the unit in July after a client left.")
    assert [(e.type, e.date) for e in analyze(nlp, text, "2025-09-18").events] == [("layoff", "2025-07")]


@pytest.mark.parametrize("text, published, expected", [
    ("The cuts come barely a month after Meta agreed to pay $14.3 billion for a 49% stake in Scale AI.",
     "2025-07-17", ("funding_round", "2025-06")),
    ("In April, a TELUS Digital subsidiary in Barcelona that moderated content for Meta closed and "
     "dismissed more than 2,000 workers after the contract ended.", "2025-09-02", ("layoff", "2025-04")),
])
def test_intervals_counted_back_and_dates_that_open_a_sentence(nlp, text, published, expected):
    assert expected in [(e.type, e.date) for e in analyze(nlp, text, published).events]


def test_a_present_tense_when_clause_is_what_happens_as_a_rule(nlp):
    text = "She works for Remotasks with no contract and no one to call when her account is frozen."
    assert analyze(nlp, text, "2024-05-02").events == []
    text = "Remotasks froze her account when she complained about pay."
    assert [e.type for e in analyze(nlp, text, "2024-05-02").events] == ["deactivation"]


def test_a_centre_opened_at_a_park_in_a_named_city_is_an_expansion(nlp):
    text = "iMerit on Tuesday opened a data annotation centre at the IT park in Guwahati, India."
    assert [(e.type, e.company, e.countries) for e in analyze(nlp, text, "2023-08-09").events] == \
        [("expansion", "iMerit", ["IN"])]


def test_the_firm_the_lead_is_about_is_the_we_of_an_interview(nlp):
    text = ("Khanyisa Data's Thandeka Mokoena on a turbulent year\n\n"
            "Khanyisa Data, a Cape Town company that trains young South Africans to label data, "
            "has had a turbulent year.\n\n"
            "Q: You also raised money.\nA: Yes. We now do evaluation work through Appen. In June we "
            "closed R45 million, led by Sable Ridge Capital.")
    rounds = [e for e in analyze(nlp, text, "2024-08-21").events if e.type == "funding_round"]
    assert [(e.company, e.date) for e in rounds] == [("Khanyisa Data", "2024-06")]


def test_a_run_in_heading_does_not_give_the_focus_firm_an_event(nlp):
    text = ("Outlier closed its doors to new applicants in Egypt in August, the report says.\n\n"
            "Late payments. Annotators in Cairo who work through Toloka said their payouts were held "
            "for up to 45 days in the summer.")
    delays = [e.company for e in analyze(nlp, text, "2024-12-04").events if e.type == "payment_delay"]
    assert delays == ["Toloka"]


def test_a_later_date_that_opens_its_own_clause_is_not_a_second_happening(nlp):
    text = ("France's Teleperformance completed its roughly €3 billion purchase of Majorel, the "
            "outsourcer majority owned by Germany's Bertelsmann, in late 2023, and in May this year "
            "TaskUs agreed to a take-private deal with Blackstone.")
    deals = [(e.company, e.date) for e in analyze(nlp, text, "2025-09-03").events if e.type == "acquisition"]
    assert ("Teleperformance", "2025-05") not in deals and ("Teleperformance", "2023") in deals


@pytest.mark.parametrize("text, published, expected", [
    # "overnight" beside another date is how suddenly, not when
    ("In August, a large writing project on DataAnnotation ended abruptly, leaving 400 UK "
     "contributors without work overnight.", "2025-11-18", ("layoff", "2025-08")),
    # the month paid for is not the month of the delay
    ("Raters in Mexico told us that Appen payments for April were delayed by up to three weeks in May.",
     "2025-07-18", ("payment_delay", "2025-05")),
])
def test_dates_that_do_not_say_when_it_happened(nlp, text, published, expected):
    assert expected in [(e.type, e.date) for e in analyze(nlp, text, published).events]


def test_the_contractor_not_its_client_is_the_focus_of_a_moderators_story(nlp):
    text = ("Kwabena reviewed posts for Facebook at a site in Accra run by Teleperformance.\n\n"
            "For almost two years he watched hundreds of violent videos on every shift, with a target "
            "of one decision every fifty seconds and a short break each hour. He says that the "
            "counselling sessions were brief and that the counsellors changed every few weeks, so "
            "he stopped going to them and began to sleep badly.\n\n"
            "Meta sets the rules for that work and did not reply to questions.\n\n"
            "In January, the company let him go with a month's notice.")
    layoffs = [e.company for e in analyze(nlp, text, "2025-11-20").events if e.type == "layoff"]
    assert layoffs == ["Teleperformance"]


def test_a_court_is_where_its_name_says_but_an_institute_is_not(nlp):
    court = analyze(nlp, "A San Francisco Superior Court judge on Thursday ordered part of a wage "
                         "lawsuit against Scale AI into arbitration.", "2025-08-15")
    assert codes(court) == {"US"} and [e.countries for e in court.events] == [["US"]]
    assert codes(analyze(nlp, "Researchers at the Oxford Internet Institute rated Appen.", "2025-08-15")) == set()


def test_people_named_by_a_nationality_the_model_calls_a_language_count(nlp):
    text = "The same summer, Filipino taskers told reporters that their payments had been delayed."
    assert [c.code for c in analyze(nlp, text, "2025-07-21").countries] == ["PH"]


def test_a_city_before_a_hyphenated_start_up_is_where_the_firm_is(nlp):
    text = "Kasa Labs, an Accra start-up that builds speech datasets, said it had raised US$4.5m in a seed round."
    assert [c.code for c in analyze(nlp, text, "2025-10-24").countries] == ["GH"]


def test_a_place_and_a_sector_describing_a_firm_are_not_its_name(nlp):
    text = ("CCMA: Cape Town AI labelling firm unfairly dismissed 37 annotators\n\n"
            "Ubuntu Annotation Services (Pty) Ltd was ordered to pay the workers on Tuesday.")
    assert "Cape Town AI" not in companies(analyze(nlp, text, "2026-02-19"))



def test_a_one_word_institution_is_the_longer_name_it_shortens():
    import spacy
    from extract.nlp.companies import _institutions_told_short
    doc = spacy.blank("en")("The Moroccan Labour Federation said the Federation filed a complaint; the Board met.")
    found = [(doc[1:4], "Moroccan Labour Federation", "union", None), (doc[6:7], "Federation", "union", None),
             (doc[12:13], "Board", "company", None)]
    assert [(e.text, name) for e, name, *_ in _institutions_told_short(found)] == [
        ("Moroccan Labour Federation", "Moroccan Labour Federation"), ("Federation", "Moroccan Labour Federation")]


@pytest.mark.parametrize("text, not_a_company", [
    ("The researchers estimated that Thai AI-data workers earn a median of US$2.10 an hour.", "Thai AI-data"),
    ("Appen's Global Services business was reshaped this year after Google ended its contract.",
     "Global Services"),
    ("The Board of Directors of Kaveri Digital Services Limited approved the closure of its unit.",
     "Board of Directors"),
    ("Appen cut jobs in India.\n\n• Labour Department launches e-Shram awareness week\n", "• Labour Department"),
])
def test_sector_descriptions_units_boards_and_bulleted_links_are_no_companies(nlp, text, not_a_company):
    assert not_a_company not in companies(analyze(nlp, text, "2025-11-14"))


@pytest.mark.slow
def test_a_city_the_model_misses_counts_where_it_is_a_place(nlp):
    def codes(text):
        return [code for _span, code in nlp(text)._.countries]
    assert codes("TaskUs fired 300 employees in Indore.") == ["IN"]
    assert codes("Indore-based staff of TaskUs protested.") == ["IN"]
    # not the first word of a longer name: San Pedro Sacatepéquez is in Guatemala
    assert codes("Nobody in San Pedro Sacatepéquez expects the jobs to return.") == []


def test_a_count_told_again_under_another_noun_is_one_figure(nlp):
    f = analyze(nlp, "Accenture will cut 549 employees in Austin. The 549 jobs go in June, and 549 "
                     "employees have been told. Another 120 workers keep 120 tasks a day.", "2023-05-18")
    counts = [(x.value, x.unit, x.per) for x in f.figures if x.kind == "count"]
    # the same number under two nouns once; a repeat under the same noun, and a rate, stay
    assert counts == [(549, "employees", None), (549, "employees", None), (120, "workers", None),
                      (120, "tasks", "day")]


@pytest.mark.parametrize("text, published, expected", [
    # firms of the trade the small model calls people or places, now known by name and kind
    ("Glovo scored highest. It was followed by Uber, Bolt and Jumia, while DoorDash sued.", "2022-01-16",
     {"Glovo": "company", "Uber": "client", "Bolt": "company", "Jumia": "company", "DoorDash": "company"}),
    ("Hinduja Global Solutions and Atento cut jobs; Baring Private Equity Asia invested.", "2021-01-25",
     {"Hinduja Global Solutions": "contractor", "Atento": "contractor", "Baring Private Equity Asia": "investor"}),
    # firms bought by the trade's contractors, known with their buyers
    ("TELUS International bought Competence Call Center; Concentrix bought Convergys.", "2020-03-01",
     {"TELUS International": "platform", "Competence Call Center": "contractor", "Concentrix": "contractor",
      "Convergys": "contractor"}),
    # a renamed firm is named as it was when the story ran
    ("Twitter cut its content moderation contractors.", "2022-11-14", {"Twitter": "client"}),
    ("Twitter, now X, cut its content moderation contractors.", "2024-11-14", {"X": "client"}),
    # "InDriver" begins like today's "inDrive" but is the old name
    ("Glovo scored highest, followed by Bolt (one) and InDriver (zero).", "2022-01-16",
     {"Glovo": "company", "Bolt": "company", "InDriver": "company"}),
    # a share bar is no mention; "didi" is a sister in Hindi, not the ride-hailing firm
    ("[Share on X] [Share on LinkedIn]\nKarya paid the women, one of them a didi from Dhule.", "2024-01-01",
     {"Karya": "platform"}),
])
def test_firms_of_the_trade_by_name_kind_and_name_of_the_day(nlp, text, published, expected):
    assert companies(analyze(nlp, text, published)) == expected


def test_a_firm_is_named_as_the_story_names_it_and_filed_under_its_gazetteer_name(nlp):
    f = analyze(nlp, "Hinduja Global Solutions sold its healthcare arm. Dragoneer invested in Scale AI.",
                "2021-08-10")
    named = {c.name: c.canonical for c in f.companies}
    assert named == {"Hinduja Global Solutions": "HGS", "Dragoneer": "Dragoneer Investment Group",
                     "Scale AI": None}
    # one story naming the firm both ways names it as the gazetteer does
    f = analyze(nlp, "HGS, or Hinduja Global Solutions, sold its healthcare arm.", "2021-08-10")
    assert [c.name for c in f.companies] == ["HGS"]



def test_a_date_line_glued_to_the_first_word_leaves_the_name_whole(nlp):
    text = ("June 27, 2026General Intuition, a New York startup that spun out of the gameplay-clip app "
            "Medal last October, closed a $320 million Series A this week.")
    findings = analyze(nlp, text, "2026-06-27")
    assert "General Intuition" in companies(findings)
    assert [(e.type, e.company) for e in findings.events] == [("funding_round", "General Intuition")]


def test_an_apposition_names_a_firm_only_when_the_firm_is_its_head(nlp):
    assert "Brightwave" in companies(analyze(nlp, "Brightwave, a Lagos startup, hired 40 annotators.", "2025-01-01"))
    text = ("Misclassification, the practice of calling someone an independent contractor when they are "
            "actually an employee, is a breach of that promise.")
    assert companies(analyze(nlp, text, "2025-01-01")) == {}


def test_a_fields_name_describing_other_nouns_is_no_firm(nlp):
    text = ("Bertelsmann and Saham plan to combine their worldwide Customer Relationship Management (CRM) "
            "businesses. Spruce Point Capital Management said the deal was overpriced.")
    names = companies(analyze(nlp, text, "2018-09-18"))
    assert "Customer Relationship Management" not in names and "Spruce Point Capital Management" in names


def test_a_firms_local_company_and_its_short_name_are_the_firm(nlp):
    text = ("Belair Communications India Ltd shut its Bangalore call centre. Belair Communications, "
            "a US company, blamed a client. HCL Technologies employs the raters; HCL said it was proud of them.")
    names = companies(analyze(nlp, text, "2006-07-10"))
    assert "Belair Communications" in names and not any("India" in n for n in names)
    assert "HCL" not in names and "HCL Technologies" in names


def test_a_long_form_defined_by_a_known_acronym_is_that_body(nlp):
    text = "On December 27, 2023, the French Data Protection Authority (CNIL) fined Uber €10 million."
    assert companies(analyze(nlp, text, "2024-01-23")).keys() == {"CNIL", "Uber"}


def test_a_name_ending_in_call_centres_is_the_business_that_runs_them(nlp):
    text = "The new jobs were created by CCI Call Centres, which already employs 3,000 people in Durban."
    assert "CCI Call Centres" in companies(analyze(nlp, text, "2015-02-02"))
    text = "Most Review Call Centers and BPO Call Centers in Davao closed during the lockdown."
    assert companies(analyze(nlp, text, "2020-04-01")) == {}


def test_a_place_followed_by_which_is_no_firm(nlp):
    text = ("Discord worked on extremism after the rally in Charlottesville, which left a protester dead. "
            "It bought Sentropy, which makes moderation software.")
    names = companies(analyze(nlp, text, "2021-07-13"))
    assert "Charlottesville" not in names and "Discord" in names
