"""Place resolution (extract.countries) and taskerwatch_countries on a blank pipeline."""
import pytest
import spacy

import extract.nlp  # noqa: F401
from extract.countries import country_name, resolve_place


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("taskerwatch_organisations",
                 config={"entries": [{"name": "The Washington Post", "kind": "publisher"},
                                     {"name": "MTN Nigeria", "kind": "client"},
                                     {"name": "Centre of Indian Trade Unions", "kind": "union"}]})
    nlp.add_pipe("taskerwatch_countries")
    return nlp


def codes(nlp, text):
    return [code for _, code in nlp(text)._.countries]


@pytest.mark.parametrize("name,code", [
    ("the Philippines", "PH"), ("Vietnam", "VN"), ("the US", "US"), ("U.S.", "US"), ("UK", "GB"),
    ("South Korea", "KR"), ("Ivory Coast", "CI"), ("Filipino", "PH"), ("Kenyans", "KE"),
    ("Nigerian", "NG"), ("Pakistani", "PK"), ("Venezuelan", "VE"), ("Indian", "IN"),
    ("Nairobi", "KE"), ("Cagayan de Oro", "PH"), ("Manila", "PH"), ("Lagos", "NG"),
    ("Mindanao", "PH"), ("Bombay", "IN"), ("Texas", "US"), ("HK", "HK"),
    ("Islamabad", "PK"),  # a capital by its own name, not an old name of bigger Chattogram
    ("West Midlands", "GB"),
])
def test_names_demonyms_cities_and_regions_resolve(name, code):
    assert resolve_place(name).code == code


@pytest.mark.parametrize("name, code", [
    ("Trinidad", "TT"), ("T&T", "TT"), ("Trinidadians", "TT"), ("St. Lucia", "LC"), ("St Kitts", "KN"),
    ("Antigua", "AG"), ("St Vincent", "VC"), ("Bajan", "BB"), ("Guyanese", "GY"),
])
def test_island_states_named_by_one_island_or_short_form_resolve(name, code):
    # "Digicel Trinidad", "the BPO industry in T&T": the Caribbean's call-centre countries
    assert resolve_place(name).code == code


@pytest.mark.parametrize("name", ["Latin America", "Latin American", "Global South", "Africa",
                                  "Southeast Asia", "European Union", "Americas"])
def test_continents_and_blocs_are_not_countries(name):
    assert resolve_place(name).code is None


@pytest.mark.parametrize("word", ["Reading", "Mobile", "Split", "Of", "Bath", "Wang", "us", "Scale"])
def test_words_that_are_also_small_towns_do_not_resolve(word):
    assert resolve_place(word) is None


@pytest.mark.parametrize("name,code", [
    ("Nuevo León", "MX"), ("Jalisco", "MX"), ("Assam", "IN"), ("Greater Accra", "GH"),
    ("Rio Grande do Sul", "BR"), ("Île-de-France", "FR"),
])
def test_states_and_provinces_of_one_country_resolve(name, code):
    assert resolve_place(name).code == code


@pytest.mark.parametrize("name, code", [("N.Y.", "US"), ("Calif.", "US"), ("W.Va.", "US"), ("Wash.", "US")])
def test_us_states_as_datelines_abbreviate_them_resolve(name, code):
    # "Buffalo, N.Y. (WBEN) -": a city left out as a word is placed by its state
    assert resolve_place(name).code == code
    assert resolve_place("Miss.") is None and resolve_place("Mo.") is None  # a title, a month


@pytest.mark.parametrize("name", ["Punjab", "Central", "Amazonas", "North", "Far North", "South-West"])
def test_subdivision_names_shared_by_countries_or_made_of_directions_do_not(name):
    assert resolve_place(name) is None


@pytest.mark.parametrize("text, expected", [
    ("CAGAYAN DE ORO CITY — More than 220 workers say they have not been paid.", ["PH"]),
    ("NAIROBI, 15 October 2025 — The union launched a petition on Monday.", ["KE"]),
    ("LAGOS - Remotasks cut off workers in the city on Monday morning.", ["NG"]),
    # a dateline's city placed by its state is in that state's country, each time it is named
    ("CORDOVA, Tenn. - Conduit Global plans to lay off 100 people from its Cordova office.", ["US", "US", "US"]),
    # a city in capitals elsewhere is a shout or a headline word, not a dateline; a region
    # heading in capitals is the region, not a country inside its name
    ("Workers said THE MOBILE REVOLUTION IN READING had reached them at last.", []),
    ("SOUTH AMERICA: Turing widens its net to more workers this week.", []),
])
def test_a_city_in_capitals_counts_as_a_dateline(nlp, text, expected):
    assert codes(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a city of two countries is the one the story names
    ("Startek will close its Kingston call centre, leaving 260 people in Canada without work.", ["CA", "CA"]),
    ("Startek will close its Kingston call centre.", ["JM"]),
    ("Concentrix opened a site in San Jose in the Philippines.", ["PH", "PH"]),
    # not a namesake a twentieth the size: London stays British
    ("Telus opened offices in Canada and London.", ["CA", "GB"]),
])
def test_a_city_two_countries_share_is_in_the_one_the_story_names(nlp, text, expected):
    assert codes(nlp, text) == expected


def test_country_names_are_readable():
    assert (country_name("PH"), country_name("vn"), country_name("TW")) == \
        ("Philippines", "Vietnam", "Taiwan")


def test_countries_in_running_text(nlp):
    text = ("Moderators in Nairobi and Filipino annotators said the platform left Kenya, "
            "the Philippines and Vietnam last year.")
    assert codes(nlp, text) == ["KE", "PH", "KE", "PH", "VN"]


def test_latin_american_is_not_american(nlp):
    assert codes(nlp, "Many Latin American workers joined, and American firms paid them late.") == ["US"]


def test_menu_lines_are_page_furniture(nlp):
    text = ("Americas\n\n  • United States\n\nAsia\n\n"
            "The platform stopped paying annotators in Pakistan after a review of accounts.")
    assert codes(nlp, text) == ["PK"]


def test_places_inside_a_known_organisation_name_do_not_count(nlp):
    assert codes(nlp, "Reporters at The Washington Post interviewed dozens of workers in Manila.") == ["PH"]


def test_a_country_or_its_peoples_word_inside_a_known_organisation_name_counts(nlp):
    # the name says where the firm or the union is, as a city in a name does not
    assert codes(nlp, "MTN Nigeria has moved its call centre work to a new vendor.") == ["NG"]
    assert codes(nlp, "The Centre of Indian Trade Unions moved the industrial court.") == ["IN"]


def test_without_ner_a_city_at_sentence_start_is_not_trusted(nlp):
    assert codes(nlp, "Mumbai was not part of it. Workers moved to Mumbai later that year.") == ["IN"]


def test_names_needing_an_entity_are_left_alone_without_one(nlp):
    assert codes(nlp, "Michael Jordan and Chad Smith wrote about workers in Ghana for months.") == ["GH"]


def test_a_city_naming_a_workplace_or_its_people_counts(nlp):
    assert codes(nlp, "Accra moderators say their pay fell.") == ["GH"]
    assert codes(nlp, "Vyuha, a Coimbatore firm, let go of 230 annotators.") == ["IN"]
    assert codes(nlp, "Moderators at the company's Sofia site were told in March.") == ["BG"]
    # a capitalised word after the name is a person's or an organisation's name
    assert codes(nlp, "Paris Hilton workers were there.") == []


def test_a_city_written_with_its_accents_resolves():
    assert resolve_place("Fès").code == "MA" and resolve_place("Meknès").code == "MA"
    assert resolve_place("Fes").code == "MA"


def test_us_cents_are_the_pay_currency_not_a_place(nlp):
    assert codes(nlp, "Rates in Kenya fell from 50 US cents a task to 15 cents.") == ["KE"]
    assert codes(nlp, "Workers in the US were paid 50 cents a task.") == ["US"]
    # a Hong Kong dollar is no mention of Hong Kong; "HK" alone is
    assert codes(nlp, "Riders in Manila were paid HK$50 an order.") == ["PH"]
    assert codes(nlp, "Deliveroo exits HK after 9 years") == ["HK"]


def test_a_language_named_by_its_peoples_word_is_no_place(nlp):
    assert codes(nlp, "Spanish-speaking trainers in Mexico saw their base rate lowered.") == ["MX"]
    assert codes(nlp, "The workers in Kenya answered the prompts in French every day.") == ["KE"]
    assert codes(nlp, "Spanish workers at the Barcelona site were told in March.") == ["ES", "ES"]


def test_a_labelled_line_of_links_is_page_furniture(nlp):
    text = ("Workers in Honduras lost their accounts last week, the union said.\n\n"
            "Episode links: Transcript PDF | Support the show | Previous episode: Night shift in Nairobi\n")
    assert codes(nlp, text) == ["HN"]


def test_every_language_of_a_list_is_no_place(nlp):
    text = ("The team in Barcelona included content moderation services in Catalan, Dutch, French, "
            "Hebrew, Portuguese and Spanish, according to one employee.")
    assert codes(nlp, text) == ["ES"]
    assert codes(nlp, "Kenyan, Nigerian and Ghanaian workers were cut off.") == ["KE", "NG", "GH"]


def test_a_long_list_of_languages_with_words_between_is_no_place(nlp):
    text = ("The Bucharest hub is hiring people fluent in various languages: primarily French, but also "
            "German, Spanish, Italian, Russian, Portuguese, English, Polish, Hebrew and Dutch.")
    assert codes(nlp, text) == ["RO"]


def test_the_philippine_and_malaysian_hubs_of_the_trade_resolve():
    assert {name: resolve_place(name).code for name in ("Cebu", "Makati", "Penang")} == {
        "Cebu": "PH", "Makati": "PH", "Penang": "MY"}


def test_a_city_the_text_places_in_another_country_takes_that_country_everywhere(nlp):
    text = ("Sitel will close its Glasgow facility next year. The company will cease operations "
            "at its Glasgow, Kentucky location in January.")
    assert set(codes(nlp, text)) == {"US"}
    # a city named with its own country stays in it
    assert set(codes(nlp, "The firm opened an office in Glasgow, Scotland.")) == {"GB"}


# ---------------------------------------------------------------- the trained model's entities
@pytest.fixture(scope="module")
def trained():
    from extract.nlp import load_pipeline
    return load_pipeline()


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [
    # a state's government, board or ministry sits in its country
    ("Platforms that fail to pay the fee face fines, according to a draft bill proposed by the "
     "Telangana Government.", {"IN"}),
    ("The Lagos State Ministry of Labour summoned the platform's managers.", {"NG"}),
    # a city that is also a given name counts where the model calls it a place
    ("Accenture is cutting at least 549 jobs at its offices in Austin.", {"US"}),
    # an institute is no place of the story
    ("Researchers at the Oxford Internet Institute scored the platform.", set()),
    # a city's possessive the model did not tag
    ("One of Cape Town’s larger outbound call centres has shut its doors.", {"ZA"}),
    # a wire's country label opening the headline, which the model does not tag
    ("Chile: New law regulates platforms\n\nThe law was published on Monday.", {"CL"}),
    # a people's word before a noun, which the small model may call a person
    ("The Ugandan government has drafted a new policy.", {"UG"}),
])
def test_public_bodies_and_given_name_cities_are_places(trained, text, expected):
    assert {code for _, code in trained(text)._.countries} == expected


@pytest.fixture(scope="module")
def seated():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("taskerwatch_organisations", config={"entries": [
        {"name": "Commission for Conciliation, Mediation and Arbitration", "aliases": ["CCMA"],
         "kind": "government", "seat": "ZA"},
        {"name": "Department of Labor and Employment", "aliases": ["DOLE"], "kind": "government", "seat": "PH"}]})
    nlp.add_pipe("taskerwatch_countries")
    return nlp


def test_a_public_body_of_one_country_sets_the_story_there(seated):
    assert codes(seated, "Uber is going to court to challenge this week's CCMA ruling on seven drivers.") == ["ZA"]
    assert codes(seated, "DOLE ordered the call centre to pay its agents.") == ["PH"]
    # a place glued before the name makes it another body
    assert "PH" not in codes(seated, "Conduent sent a notice to the Colorado Department of Labor and Employment.")


def _with_org(nlp, text, org):
    doc = nlp.make_doc(text)
    start = text.index(org)
    doc.ents = [doc.char_span(start, start + len(org), label="ORG")]
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return [code for _, code in doc._.countries]


def test_a_court_of_a_city_sits_there_a_university_of_a_city_is_no_place_of_the_story(nlp):
    text = "Judge Escobar, from the 37th Labor Court of São Paulo, dismissed the action against iFood."
    assert _with_org(nlp, text, "37th Labor Court of São Paulo") == ["BR"]
    text = "Researchers at the University of Nairobi studied the raters."
    assert _with_org(nlp, text, "University of Nairobi") == []


def test_georgia_beside_other_us_places_is_the_us_state(nlp):
    text = "Voxpro cut jobs in Athens. The company chose the Georgia city over California, and Georgians lost work."
    assert set(codes(nlp, text)) == {"US"}
    assert set(codes(nlp, "Georgia's parliament in Tbilisi passed a law on platform work.")) == {"GE"}
