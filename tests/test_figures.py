"""Figures: the pure parser (extract.figures) and the taskerwatch_figures component."""
import pytest
import spacy
from hypothesis import given, settings, strategies as st

import extract.nlp.figures  # noqa: F401  (registers the factory)
from extract.figures import local_dollar, parse_figures


def one(text):
    found = parse_figures(text)
    assert len(found) == 1, found
    return found[0][2]


@pytest.mark.parametrize("text, value, unit", [
    ("Scale is valued at $13 billion", 13e9, "USD"),
    ("Remotasks paid her 30 cents.", 0.3, "USD"),
    ("a fee of KSh 500 per week", 500, "KES"),
    ("riders earn around Dh3,500 a month", 3500, "AED"), ("paid Dh7.50 per order", 7.5, "AED"),
    ("they earn Ksh500", 500, "KES"),
    ("about ₱400 a day", 400, "PHP"),
    ("PHP 400", 400, "PHP"),
    ("a €2m grant", 2e6, "EUR"),
    ("£1.2bn deal", 1.2e9, "GBP"),
    ("raised US$1.5bn", 1.5e9, "USD"),
    ("1.5 billion dollars", 1.5e9, "USD"),
    ("Rs 300 a task", 300, "INR"),
    ("₹25,000 a month", 25000, "INR"),
    ("N50,000 monthly", 50000, "NGN"),
    ("₦2,000 per task", 2000, "NGN"),
    ("R$30 per hour", 30, "BRL"),
    ("5,000 Kenyan shillings", 5000, "KES"),
    ("two million dollars", 2e6, "USD"),
    ("a billion dollars", 1e9, "USD"),
    ("USD 1.5 million", 1.5e6, "USD"),
    ("a fee of 500 pounds", 500, "GBP"),
    ("1.5 million USD", 1.5e6, "USD"),
    ("the \\$7 billion start-up", 7e9, "USD"),  # Markdown escapes the dollar sign
    ("a $13-billion valuation", 13e9, "USD"),
    ("less than 1 cent", 0.01, "USD"),
    ("a salary of Sh30,000", 30000, "KES"),
    ("Rs 5 lakh", 5e5, "INR"),
    ("£9.50 an hour", 9.5, "GBP"),
    ("earned 150 pesos a day", 150, "PHP"),
    ("a low of 27 Australian cents", 0.27, "AUD"),
    ("30 euro cents", 0.3, "EUR"),
    ("valued at several billion dollars", 3e9, "USD"),
])
def test_money_in_any_currency_form(text, value, unit):
    figure = one(text)
    assert figure.kind == "money"
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


@pytest.mark.parametrize("text, value", [
    ("a rise of 80%", 80), ("80 percent of workers", 80), ("14 per cent", 14),
    ("as low as 2 percent of the original payment", 2), ("up 3.5 percentage points", 3.5),
    ("an 80-percent cut", 80), ("a 15 % fee", 15), ("a 14-per-cent rise", 14),
])
def test_percentages(text, value):
    figure = one(text)
    assert (figure.kind, figure.value, figure.unit) == ("percent", value, "percent")


@pytest.mark.parametrize("text, value, unit, approximate", [
    ("it has more than 240,000 taskers", 240000, "workers", True),
    ("2 million people in the Philippines", 2e6, "people", False),
    ("about 200 workers", 200, "workers", True),
    ("hundreds of thousands of workers", 1e5, "workers", True),
    ("at least 10,000 of these workers", 10000, "workers", True),
    ("Of 36 current and former freelance workers interviewed", 36, "workers", False),
    ("some 900 taskers worked in shifts", 900, "workers", True),
    ("two million Filipinos", 2e6, "people", False),
    ("laid off 260 content moderators", 260, "moderators", False),
    ("a 5,000-strong workforce", 5000, "workers", False),
    ("some of the 150-strong “trust and safety” department in Berlin", 150, "workers", False),
    ("a 150-member team to drive R&D", 150, "workers", False),
    ("it aims to hire 5,000 more people by the end of the year", 5000, "people", False),
    ("50,000+ workers", 50000, "workers", True),
    ("3,000-plus workers", 3000, "workers", True),
    ("1.2M users", 1.2e6, "users", False),
    ("eliminating 186 positions", 186, "jobs", False),
    ("Scale AI's 900 employees", 900, "employees", False),
])
def test_counts_of_people_and_tasks(text, value, unit, approximate):
    figure = one(text)
    assert figure.kind == "count"
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.approximate is approximate


def test_ranges_keep_low_and_high_and_rate():
    figure = one("growth of between one and two per cent")  # "and" joins a number in words only after "hundred"
    assert (figure.kind, figure.low, figure.high) == ("percent", 1, 2)
    figure = one("revenue in the range of US$2.7 billion and US$2.73 billion")
    assert (figure.low, figure.high, figure.unit) == (2.7e9, 2.73e9, "USD")
    figure = one("the minimum wage ranges from $6 to $10 a day depending on region")
    assert (figure.value, figure.low, figure.high, figure.unit, figure.per) == (6, 6, 10, "USD", "day")
    figure = one("between $1.32 and $2 per hour")
    assert (figure.low, figure.high, figure.per) == (1.32, 2, "hour")
    figure = one("$6-$10")
    assert (figure.low, figure.high) == (6, 10)
    figure = one("$1-2 billion")
    assert (figure.low, figure.high) == (1e9, 2e9)
    figure = one("10-15% of tasks")
    assert (figure.kind, figure.low, figure.high) == ("percent", 10, 15)
    figure = one("between 20 and 30 cents a task")
    assert (figure.low, figure.high, figure.unit, figure.per) == (0.2, 0.3, "USD", "task")
    figure = one("200 to 300 workers")
    assert (figure.kind, figure.low, figure.high, figure.unit) == ("count", 200, 300, "workers")


def test_a_change_from_one_rate_to_another_is_two_figures_not_a_range():
    found = [f for _, _, f in parse_figures("went from earning $10 per task to less than 1 cent")]
    assert [(f.value, f.per, f.high) for f in found] == [(10, "task", None), (0.01, None, None)]
    found = [f for _, _, f in parse_figures("rates fell from $25 to $15 an hour")]
    assert [f.value for f in found] == [25, 15]


@pytest.mark.parametrize("text, per", [
    ("earning $2 an hour", "hour"), ("$1.50/hr", "hour"), ("$2 hourly", "hour"),
    ("as much as $200 in a week", "week"), ("$10 per task", "task"), ("$3 a HIT", "task"),
    ("an hourly wage of $1.50", "hour"), ("a monthly salary of 30,000 shillings", "month"),
    ("$50,000 a year", "year"),
])
def test_rates(text, per):
    assert one(text).per == per


@pytest.mark.parametrize("text", [
    "Charisse, 23, said she spent four hours on a task",
    "Alexandr Wang, Scale AI's 26-year-old chief executive",
    "a worker aged 30 said",
    "Founded in 2016", "In 2021 workers were paid", "on March 5", "for three months",
    "10 hours a day", "see page 12", "GPT-4 and Web 2.0", "Comment290", "at 2:00 a.m.",
    "11 min", "a score of 1 out of 10", "a narrow five-story building", "COVID-19",
    "call +254 700 123 456", "thousands of young workers log online",
    "Article 22.4 workers are excluded", "Local 90 members voted", "iPhone 11 Pro users",
    "Japan's Nikkei 225 (N225) declined", "1 in 5 workers", "nine out of 10 taskers", "leaders meet at COP30 in Belém", "5,200 pounds of water vapour",
])
def test_ages_years_dates_durations_and_names_are_not_figures(text):
    assert parse_figures(text) == []


@pytest.mark.parametrize("text, values", [
    # a small count told in words is a figure when it counts what happened to people ...
    ("Wipro has laid off nine employees in Bangladesh, the company said.", [9]),
    ("Four employees of Tech Mahindra filed a petition.", [4]),
    # ... not when it counts the people a story quotes, or only one or two
    ("Three raters said they were paid late.", []),
    ("We spoke to five moderators in Nairobi.", []),
    ("Two workers were fired.", []),
])
def test_small_counts_in_words_count_happenings_not_voices(text, values):
    assert [f.value for _s, _e, f in parse_figures(text)] == values


@pytest.mark.parametrize("text, values", [
    ("The number of jobless people increased by 158 000 to 8.4 million.", [158000, 8.4e6]),
    ("Registered riders fell by 3,000 last year.", [3000]),
    ("Revenue fell by 3,000 last year.", []),  # a change of what is not counted people
])
def test_the_change_of_a_count_is_a_count(text, values):
    assert [f.value for _s, _e, f in parse_figures(text)] == values


def test_text_and_offsets_cover_the_figure_as_written():
    text = "Remotasks says it has more than 240,000 taskers."
    (start, end, figure), = parse_figures(text)
    assert text[start:end] == figure.text == "more than 240,000 taskers"


def test_bad_input_gives_no_figures():
    assert parse_figures("") == []
    assert parse_figures(None) == []
    assert parse_figures("9" * 500 + " workers") == []  # overflows to infinity


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(
    list("0123456789,.-$€£₹% kmbKSh") + [" million", " billion", " per ", " to ", " workers",
                                         " cents", "between ", " and ", "hundreds of ",
                                         "more than ", " a day", "US$", "Rs ", "\\$"]),
    max_size=25).map("".join) | st.text(max_size=120))
def test_parser_never_raises_and_spans_are_ordered(text):
    last = 0
    for start, end, figure in parse_figures(text):
        assert last <= start < end <= len(text)
        assert figure.kind in ("money", "percent", "count")
        last = end


def test_component_on_blank_pipeline_sets_spans_and_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("taskerwatch_figures")
    doc = nlp("Scale AI is valued at $13 billion. Remotasks has more than 240,000 taskers.\n"
              "Comment290")
    found = [(span.text, f.kind, f.sentence) for span, f in doc._.figures]
    assert found == [
        ("$13 billion", "money", "Scale AI is valued at $13 billion."),
        ("more than 240,000 taskers", "count", "Remotasks has more than 240,000 taskers."),
    ]


def test_component_without_sentence_boundaries_uses_the_line():
    nlp = spacy.blank("en")
    nlp.add_pipe("taskerwatch_figures")
    doc = nlp("Headline\nWorkers got 30 cents for a task")
    (span, figure), = doc._.figures
    assert figure.value == 0.3 and figure.sentence == "Workers got 30 cents for a task"


def test_component_round_trips_through_bytes():
    nlp = spacy.blank("en")
    nlp.add_pipe("taskerwatch_figures")
    again = spacy.blank("en")
    again.add_pipe("taskerwatch_figures")
    again.from_bytes(nlp.to_bytes())
    assert [f.value for _, f in again("It cost $5.")._.figures] == [5]


@pytest.mark.parametrize("text, value, low, high", [
    ("Advertised rates run from US$18 to US$35 an hour.", 18, 18, 35),
    ("between 1% and 2% of revenue", 1, 1, 2),
    ("about 1% to 2% of revenue", 1, 1, 2),
])
def test_ranges_written_with_the_unit_twice(text, value, low, high):
    figure = one(text)
    assert (figure.value, figure.low, figure.high) == (value, low, high)


@pytest.mark.parametrize("text", ["revenue rose 1% to 2% of sales", "it fell from 10% to 5%"])
def test_a_change_between_percentages_is_not_a_range(text):
    assert all(f.high is None for _s, _e, f in parse_figures(text))


@pytest.mark.parametrize("text, value, unit", [
    ("a daily wage of Rp5.396.761", 5396761, "IDR"),
    ("Rp50.000 per shift", 50000, "IDR"),
    ("a petition with 1,240 signatures", 1240, "signatures"),
    ("from R2.50 per image", 2.5, "ZAR"),
])
def test_dotted_thousands_and_more_counted_nouns(text, value, unit):
    figure = one(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.fixture(scope="module")
def placed_figures():
    """Figures read beside the countries a text names (no gazetteer, no model)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("taskerwatch_organisations", config={"gazetteer_path": None})
    nlp.add_pipe("taskerwatch_countries")
    nlp.add_pipe("taskerwatch_figures")
    return nlp


@pytest.mark.parametrize("text, unit", [
    ("Argentina's taskers earn about 800 pesos an hour. In Argentina prices doubled.", "ARS"),
    ("Taskers in Lahore, Pakistan, said they made Rs 9,000 a week.", "PKR"),
    ("Moderators in Kampala, Uganda, earn 500,000 shillings a month.", "UGX"),
    ("Filipino taskers in Manila earn 400 pesos a day.", "PHP"),
    ("Workers in Argentina were paid 800 Mexican pesos.", "MXN"),
])
def test_a_shared_currency_name_is_read_by_the_story_countries(placed_figures, text, unit):
    nlp = placed_figures
    money = [f for _span, f in nlp(text)._.figures if f.kind == "money"]
    assert [f.unit for f in money] == [unit]


@pytest.mark.parametrize("text, value, unit", [
    ("on a good week he cleared Rp 2,5 juta", 2_500_000, "IDR"),
    ("a minimum of R$ 32,10 per hour", 32.10, "BRL"),
    ("about R$ 3.500 a month", 3500, "BRL"),
    ("a R$ 5 milhões fine", 5_000_000, "BRL"),
    ("cut the rate from 52 zł an hour", 52, "PLN"),
    ("roughly 352 leva at the old rate", 352, "BGN"),
    ("at least 40 others in the group", 40, "people"),
    ('more than 1,200 Filipino "taskers" lost access', 1200, "workers"),
    ("the 1,500-seat site it opened", 1500, "seats"),
    ("a channel with more than 4,000 followers", 4000, "members"),
    # lakhs grouped in pairs, a currency abbreviated with a full stop, renminbi after the amount
    ("providing about 1,45,000 jobs", 145000, "jobs"),
    ("a salary of up to Rs 2,50,000", 250000, "INR"),
    ("an outlay of about Rs.500 crore", 5e9, "INR"),
    ("needs at least Kshs. 7,000 a month", 7000, "KES"),
    ("approximately 120 million RMB", 1.2e8, "CNY"),
    # a code after the amount, or glued before one with a scale word
    ("approximately 292.5 billion KRW in the budget", 2.925e11, "KRW"),
    ("the per-delivery wage increased by GEL 0.30", 0.3, "GEL"),
    ("operating revenue was over CNY100 million", 1e8, "CNY"),
    ("4292 government officials have been trained", 4292, "people"),
    ("36,528 candidates are enrolled", 36528, "people"),
])
def test_local_number_styles_currencies_and_counts(text, value, unit):
    figure = one(text)
    assert (figure.value, figure.unit) == (pytest.approx(value), unit)


def test_tickers_quoted_inline_in_prose_drop_only_their_moves():
    text = ("DoorDash DASH, -2.63%, Uber UBER, -3.55% and Grubhub filed lawsuits against the city, which "
            "announced the law last month. It mandates that delivery workers must be paid $17.96 an hour "
            "without tips by July 12, and at least $19.96 an hour by 2025, the complaint says.")
    assert [f.value for *_, f in parse_figures(text)] == [17.96, 19.96]


def test_a_rise_of_more_than_a_thousand_percent_is_a_percentage():
    assert [(f.kind, f.value) for *_, f in parse_figures("a 1,325% increase in incidents")] == [("percent", 1325)]


def test_percentage_ranges_on_one_line_are_no_ticker():
    text = "At the moment 30-40% of its work is AI related, but this will grow to 75-100% soon."
    assert [(f.value, f.high) for *_, f in parse_figures(text)] == [(30, 40), (75, 100)]


def test_a_market_ticker_line_is_no_figure():
    text = "Markets: TSX 18,136.40 +0.4% | S&P 500 3,830.17 +0.1% | CAD/USD 0.7826\nAppen cut 20% of staff."
    assert [f.value for _, _, f in parse_figures(text)] == [20]


@pytest.mark.parametrize("line", [
    "TIXT  +4.2%   T  -0.3%   APX (ASX)  -1.1%   TSX  +0.6%",
    "FTSE 100 8,912 ▲0.4%   FTSE 250 21,305 ▼0.1%",
    "Weather: Cagayan de Oro 31°C  |  Subscribe for ₱99 a month",
    "› Jury awards $4.1 million in warehouse injury case",
])
def test_tickers_offers_and_story_links_on_their_own_line_are_no_figures(line):
    text = line + "\nAppen cut 20% of staff, and members who log in can read how it cut $2 a task."
    assert [f.value for _, _, f in parse_figures(text)] == [20, 2]


@pytest.mark.parametrize("text", ["in 2019, 10 workers left", "a 23-year-old rater"])
def test_a_decimal_comma_needs_no_more_than_two_digits(text):
    assert [f.value for _, _, f in parse_figures(text)] in ([10], [])


@pytest.mark.parametrize("text, value, unit", [
    ("Some 260 lost their jobs, and 184 of them are now in court.", 184, "people"),
    ("The firm now employs about 600 \"cloud workers\" in Kampala.", 600, "workers"),
    ("The bonus, which could reach 1,400 DH a month, was halved.", 1400, "MAD"),
])
def test_parts_of_a_group_quoted_nouns_and_dirhams(text, value, unit):
    found = [f for *_, f in parse_figures(text) if f.value == value]
    assert [(f.value, f.unit) for f in found] == [(value, unit)]


def test_a_small_rand_amount_counts_in_a_rate_or_a_range():
    assert [(f.value, f.unit) for *_, f in parse_figures("They were paid between R45 and R60 an hour.")] == \
        [(45, "ZAR"), (60, "ZAR")]
    assert parse_figures("The R45 road to Hazyview is closed.") == []
    # a rate per kilometre or delivery, a change from one amount of the sign to another
    assert [(f.value, f.unit) for *_, f in parse_figures("Drivers earn as little as R4 per kilometer.")] == \
        [(4, "ZAR")]
    assert [(f.value, f.unit) for *_, f in parse_figures("The base fare falls to P35 from P45.")] == \
        [(35, "PHP"), (45, "PHP")]
    assert parse_figures("The P45 form is due.") == []


@pytest.mark.parametrize("text, value, unit", [
    ("In the group chat, maybe 20 other Hondurans got the same email.", 20, "people"),
    ("Any platform contracting with more than 1,000 Canadians should publish its rates.", 1000, "people"),
    ("The company said it had received more than 9,000 applications since April.", 9000, "applications"),
    ("A teacher here makes about 12,000 lempiras a month.", 12000, "HNL"),
    ("Rents in Guatemala City start at 3,600 quetzales.", 3600, "GTQ"),
])
def test_any_nationality_applications_lempiras_and_quetzales(text, value, unit):
    assert [(f.value, f.unit) for *_, f in parse_figures(text)] == [(value, unit)]


@pytest.mark.parametrize("text, value, unit", [
    ("on top of $US46 million of cost reductions", 46_000_000, "USD"),
    ("revenue of US$82.8 million (approximately $A125 million)", 125_000_000, "AUD"),
    ("it raised $NZ5m from investors", 5_000_000, "NZD"),
])
def test_the_australian_order_of_dollar_signs(text, value, unit):
    assert [(f.value, f.unit) for *_, f in parse_figures(text) if f.value == value] == [(value, unit)]


def test_a_text_that_marks_its_us_dollars_uses_the_bare_sign_for_its_own(placed_figures):
    text = ("Shares in Appen were placed in a trading halt on the ASX as it announced it would raise "
            "$30 million, after finding another $US14 million ($21.3 million) in cuts.")
    nlp = placed_figures
    money = [(f.value, f.unit) for _span, f in nlp(text)._.figures if f.kind == "money"]
    assert money == [(30_000_000, "AUD"), (14_000_000, "USD"), (21_300_000, "AUD")]
    # without a qualified US dollar, or with "A$" for the local one, "$" stays American
    assert local_dollar("Appen, listed on the ASX, lost a $120 million contract.", ["AU"]) is None
    assert local_dollar("Appen fell to A$0.27 after its US$82.8 million contract ended.", ["AU"]) is None
    assert local_dollar("The US$2 an hour rate was cut to $1.50 in Kenya.", ["KE"]) is None
    # "USD" is every outlet's code, no Australian style: Appen reports in US dollars
    assert local_dollar("Zee-Sony USD 10 Billion deal off. Appen, listed on the ASX, lost $24.1 million.",
                        ["AU"]) is None


@pytest.mark.parametrize("text, unit", [
    ("Appen landed on the ASX in 2015. Its shares are currently trading at $3.37.", "AUD"),
    ("The Appen Ltd (ASX: APX) share price fell 10% to $21.90 after a $285 million share placement.", "AUD"),
    # a contract or revenue keeps the usual reading: Appen reports in US dollars
    ("Appen, listed on the ASX, lost a $120 million contract.", "USD"),
    # two exchanges, or a US market: whose price is not said
    ("Appen, on the ASX, and TaskUs, on Nasdaq, saw their shares fall to $3.", "USD"),
])
def test_a_share_price_is_in_the_currency_of_the_one_exchange_named(placed_figures, text, unit):
    money = {f.unit for _span, f in placed_figures(text)._.figures if f.kind == "money"}
    assert money == {unit}


def test_a_bare_dollar_after_a_us_dollar_in_its_sentence_is_american(placed_figures):
    text = ("Appen (ASX: APX) shares fell 22% to $2.50 on the ASX. It expects underlying EBITDA down to "
            "negative US$12.4 million from positive $7.9 million. Google's $US82 million ($124 million) "
            "contract ended.")
    money = [(f.value, f.unit) for _span, f in placed_figures(text)._.figures if f.kind == "money"]
    assert money == [(2.5, "AUD"), (12_400_000, "USD"), (7_900_000, "USD"), (82_000_000, "USD"),
                     (124_000_000, "AUD")]


@pytest.mark.parametrize("text, value, unit", [
    ("IBEX has spent J$760 million (US$5.9 million) in Jamaica.", 760_000_000, "JMD"),
    ("iQor will invest TT$20 million in its third site.", 20_000_000, "TTD"),
    ("The app cost CAN$54 million to build.", 54_000_000, "CAD"),
    ("The call centre will pay G$120,000 a month.", 120_000, "GYD"),
    ("Wages rose to RD$25,000 in Santo Domingo.", 25_000, "DOP"),
    ("Agents in Windhoek earn N$8,000.", 8_000, "NAD"),
    ("The Taipei centre cost NT$300 million.", 300_000_000, "TWD"),
])
def test_caribbean_and_other_lettered_dollar_signs(text, value, unit):
    assert [(f.value, f.unit) for *_, f in parse_figures(text)][0] == (value, unit)


@pytest.mark.parametrize("text, value, unit", [
    # a currency named after its country's adjective
    ("Moderators earn between 19,000 and 35,000 Turkish lira per month.", 19_000, "TRY"),
    ("It invested 500 million Jamaican dollars in Montego Bay.", 500_000_000, "JMD"),
    ("Agents earn 60,000 Serbian dinars a month.", 60_000, "RSD"),
    ("Fees rose to 2,000 CFA francs.", 2_000, "XOF"),
    ("Wages start at 400,000 Costa Rican colones.", 400_000, "CRC"),
    # a letter sign with its magnitude hyphened, and a rate per minute
    ("The regulator imposed a P10-million fine on Grab.", 10_000_000, "PHP"),
    ("Its P2 per minute waiting charge was legal.", 2, "PHP"),
    # a currency word hyphened to a figure in digits
    ("Glovo paid the 2-million-euro fine.", 2_000_000, "EUR"),
    ("It signed a 10-million-dollar deal.", 10_000_000, "USD"),
])
def test_currencies_named_by_country_and_letter_signs_hyphened(text, value, unit):
    assert [(f.value, f.unit) for *_, f in parse_figures(text)][0] == (value, unit)
    assert parse_figures("Moderators filed a billion-dollar lawsuit.") == []


@pytest.mark.parametrize("text, value", [
    ("Appen revealed a near-30% year-over-year decline in revenue.", 30),
    ("Attrition in the region is sub-5 percent.", 5),
])
def test_an_approximation_hyphened_to_its_amount(text, value):
    assert [(f.value, f.approximate) for *_, f in parse_figures(text)] == [(value, True)]
    assert parse_figures("It runs on GPT-4 and COVID-19 rules.") == []


@pytest.mark.parametrize("text, unit", [
    ("Shares of Telus International fell $5.47 to $13.80 on the Toronto Stock Exchange.", "CAD"),
    # the text writes its local dollar once ("A$60 million"): its ASX share prices are that dollar
    ("Appen (ASX: APX) launches a A$60 million raising. Its shares were valued at $2.11.", "AUD"),
])
def test_a_share_price_on_a_named_exchange_or_beside_its_own_dollar(placed_figures, text, unit):
    money = [f.unit for _span, f in placed_figures(text)._.figures if f.kind == "money"]
    assert money and set(money) == {unit}


def test_rs_glued_to_its_amount_is_read_by_the_story_country(placed_figures):
    nlp = placed_figures
    doc = nlp("Freelancers in Lahore, Pakistan, are paid Rs350 per hour for labelling images.")
    assert [(f.value, f.unit) for _span, f in doc._.figures if f.kind == "money"] == [(350, "PKR")]


@pytest.mark.parametrize("text, low, high", [
    ("Fuentes makes about $200 or $300 a month.", 200, 300),
    ("Raters will now be paid $14 or $14.50 an hour, depending on experience.", 14, 14.5),
])
def test_pay_given_as_one_rate_or_another_is_a_range(text, low, high):
    assert [(f.low, f.high) for *_, f in parse_figures(text)] == [(low, high)]


def test_two_prices_or_an_acronym_before_a_count():
    assert [f.value for *_, f in parse_figures("a $10 or $20 gift card")] == [10, 20]
    assert [(f.kind, f.value) for *_, f in parse_figures("a plan to create 1 million BPO jobs")] == \
        [("count", 1_000_000)]
    assert parse_figures("Update at 12:30 IST\nTwo moderators left.") == []


def test_thousands_grouped_by_spaces():
    assert [(f.value, f.unit) for *_, f in parse_figures(
        "More than 70 000 people work in the sector, which targets 500 000 new jobs by 2030.")] == \
        [(70_000, "people"), (500_000, "jobs")]


def test_jobs_counted_by_their_loss_and_not_a_years_layoffs():
    assert [(f.value, f.unit) for *_, f in parse_figures(
        "It announced 420 job losses and 150 redundancies, after about 250 layoffs.")] == \
        [(420, "jobs"), (150, "jobs"), (250, "jobs")]
    assert parse_figures("Unlike the 2023 layoffs, these were announced in person.") == []


def test_a_count_of_a_named_firms_people():
    assert [(f.kind, f.value) for *_, f in parse_figures(
        "Based on that, 43 of Sama’s content moderators filed a lawsuit.")] == [("count", 43)]


@pytest.mark.parametrize("text, expected", [
    # a workforce's size, with no counted noun after it
    ("This will increase Sama's headcount from 3,400 to 5,500.", [3400, 5500]),
    ("Its UK workforce will grow to 3,000 this year.", [3000]),
    ("The country's gig worker population is over 10 million.", [10_000_000]),
    ("The unit grew from 1,500 people to 26,000.", [1500, 26000]),
    # a part of a group, or people by what befell them
    ("It employs 13,000 staff in India, of which close to 3,000 are being laid off.", [13000, 3000]),
    ("600 employees have started, while an additional 1,500 will be hired in the coming weeks.", [600, 1500]),
    ("Within a fortnight, 320 of the 400 were let go.", [320]),  # the 400 told before
    # a number sharing the noun of the next, and nouns of hiring
    ("The two firms are eliminating 77 and 85 employees, respectively.", [77, 85]),
    ("Sutherland is eyeing hiring 15,000 personnel; Alorica pledged 11,000 job openings.", [15000, 11000]),
    ("TELUS to Generate 2,000 Jobs in El Salvador", [2000]),
    ("About 7,000 have already been onboarded, with another 2,500 to 3,000 expected to join.", [7000, 2500]),
    # what a count told before in the sentence grows to
    ("It provides 250 jobs on the local market, with the aim of reaching 300 by January.", [250, 300]),
    ("Some 28 million people are involved in platform work, which will rise to 43 million by 2025.",
     [28_000_000, 43_000_000]),
    ("It has 250 jobs. Revenue rose to 300.", [250]),  # what grows in another sentence
    # people named by what they do, beyond the listed nouns
    ("The five firms employ about 26,000 specialists.", [26000]),
    ("Wipro plans to onboard 10,000 to 12,000 freshers.", [10000]),
    ("It trained 300 local technicians and 40 trainees, and freed 215 foreign nationals.", [300, 40, 215]),
    ("As of June 30, WNS had 66,085 professionals across 65 delivery centers.", [66085]),
    # a part of a group whose size follows, and a part "of these"
    ("The company has cut an estimated 4,400 of its 5,500 contract workers.", [4400, 5500]),
    ("It will hire 9,500 staff; 700–800 of these would be hired for Hyderabad.", [9500, 700]),
    ("Employees’ strength cut down from 500 to 100.", [500, 100]),
    # a noun left out after a place, told by the count before it
    ("The firm employs 2,500 people in Hyderabad and 5,000 in Bengaluru.", [2500, 5000]),
    ("Uber has around 60,000 drivers in Britain, including 45,000 in London.", [60000, 45000]),
    ("Employing more than 2,000 people in Cork and more than 76,000 across its operations, it grew.",
     [2000, 76000]),
    ("It hired 20 workers in 2020 and 30 in 2021.", [20]),  # a year is no place
    # more of what was just counted, and nouns of people in Kenyan and Indian English
    ("It will train 100,000 AI graduates in five years, plus another 50,000 with industry.", [100000, 50000]),
    ("The aim is to enable 1 million Kenyan youth to earn; the centre will employ 100 local resources.",
     [1_000_000, 100]),
    # a group's size told by its total
    ("It will hire 1,000 freshers, taking the total number of employees to about 9,500.", [1000, 9500]),
    ("The vote brings the total of Microsoft employees represented by CWA to 1,000.", [1000]),
    # a workforce's size, its cuts and who they are
    ("This brings the company's total manpower base to over 40,000 in 11 sites.", [40000]),
    ("The industry's workforce could reach 1.7 million this year.", [1_700_000]),
    ("With a population of nearly 100 million, Vietnam is young.", [100_000_000]),
    ("Meta let 600 go, Google cut staff here by 240 and Microsoft reduced employee numbers by 180.",
     [600, 240, 180]),
    ("We have around 11 or 12 who tested positive.", [11]),
    ("More than 200 TaskUs employees were fired, and 300,000 ICT professionals work in Sri Lanka.", [200, 300000]),
    ("Google cut costs here by 240 million.", []),
    ("It has about 1,500 employees in Colorado and 55,000 globally.", [1500, 55000]),
    # each item of a list by place, after a count with its noun or a count by what befell them
    ("affecting 800 workers in the west, 600 in Southern Ontario, 500 in the Atlantic, and 100 in Quebec.",
     [800, 600, 500, 100]),
    ("The company is laying off 860 in Boca Raton and 363 in Orlando.", [860, 363]),
    ("The Cornwall operation used to employ 560.", [560]),
    ("short-term contracts in data centers like Sama's 3,000-person office in Nairobi", [3000]),
])
def test_people_counted_by_what_surrounds_the_number(text, expected):
    assert [f.value for *_, f in parse_figures(text) if f.kind == "count"] == expected


@pytest.mark.parametrize("text", [
    "Updated 17:40 BRT\nWorkers in Guadalajara have joined the stoppage.",  # no count over a line's end
    "▲ 97 · 22 comments\n\nApplicants from Pakistan say they have waited weeks.",
    "Article 22 Workers Must Be Paid On Time, Says Court",  # a reference, even in a headline
    "The workforce of 2024 is younger than the workforce of 2019.",  # years
    "It cut its workforce by 10% last year.",
    "The site has 300 servers, 12 floors and 40 meeting rooms across 5 clusters.",  # things
    "The queue took 10 more minutes, and the union now has 500 more than last year.",
])
def test_no_count_where_nothing_counts_people(text):
    assert [f for *_, f in parse_figures(text) if f.kind == "count"] == []


def test_a_cents_sign_is_money():
    assert [(f.value, f.unit, f.per) for *_, f in parse_figures("Raters were paid 5¢ a task.")] == \
        [(0.05, "USD", "task")]


def test_money_raised_from_a_dollar_country_exchanges_shareholders_is_its_dollar():
    from extract.figures import exchange_dollar
    text = ("Appen (ASX: APX) has requested a trading halt. In June, the company announced a fully "
            "underwritten ~$60 million equity raising. It is seeking to raise another $25 million via a placement.")
    assert exchange_dollar(text, "In June, the company announced a fully underwritten ~$60 million equity raising.") == "AUD"
    assert exchange_dollar(text, "It is seeking to raise another $25 million via a placement.") == "AUD"
    # a sentence that names the exchange prices its shares there, whatever else the story lists
    other = "Nasdaq-listed Innodata made an offer. The ASX halted Appen shares after they spiked from 87¢ to $1.11."
    assert exchange_dollar(other, "The ASX halted Appen shares after they spiked from 87¢ to $1.11.") == "AUD"
    # revenue keeps the usual reading
    assert exchange_dollar(text, "Revenue rose to $273 million.") is None


@pytest.mark.parametrize("text, expected", [
    ("StarTek laid off 261 in March, when it closed the site.", [("count", 261, None)]),
    ("Telus employs more than 76,000 across its global operations.", [("count", 76000, None)]),
    ("The affected employees are 361 customer care associates and 37 supervisors.",
     [("count", 361, None), ("count", 37, None)]),
    ("The bill was approved by 57 lawmakers; the directive passed with 376 votes to 212.",
     [("count", 57, None), ("count", 376, None)]),
    ("Commission cuts currently range from 20 percent to 30 percent.", [("percent", 20, 30)]),
    ("damages of 1 billion Brazilian reais", [("money", 1e9, None)]),
])
def test_people_laid_off_or_employed_votes_ranges_and_reais(text, expected):
    assert [(f.kind, f.value, f.high) for *_, f in parse_figures(text)] == expected
    assert all(f.unit == "BRL" for *_, f in parse_figures(text) if f.kind == "money")


def test_a_change_from_one_share_to_another_is_no_range():
    assert [(f.value, f.high) for *_, f in parse_figures("The share fell from 30 percent to 20 percent.")] == \
        [(30, None), (20, None)]


@pytest.mark.parametrize("text, expected", [
    ("He said 32 out of 43 riders have yet to be given access again.", [(32, "workers"), (43, "workers")]),
    ("31 out of roughly 240 employees were let go on Wednesday.", [(31, "employees"), (240, "employees")]),
    ("Nine out of 10 taskers said so.", []),
    ("One in five workers said so.", []),
])
def test_a_part_out_of_a_real_group_is_counted_a_ratio_is_not(text, expected):
    assert [(f.value, f.unit) for *_, f in parse_figures(text)] == expected


def test_delivery_executives_microworkers_and_delegates_are_counted():
    assert [(f.value, f.unit) for *_, f in parse_figures(
        "At least 2,000 Swiggy delivery executives are on strike; 15 delegates went inside.")] == \
        [(2000, "workers"), (15, "people")]


@pytest.mark.parametrize("text, value", [
    ("Speechpad is posting almost a quarter of a million dollars of HITs a month.", 250_000),
    ("Workers were owed three quarters of a million dollars.", 750_000),
    ("The firm paid out a quarter-million dollars.", 250_000),
])
def test_a_share_of_a_scale_word_is_that_share(text, value):
    money = [(f.value, f.unit) for *_, f in parse_figures(text) if f.kind == "money"]
    assert money == [(value, "USD")]


def test_a_quarter_of_the_workers_is_no_amount():
    assert [f for *_, f in parse_figures("A quarter of the workers quit.") if f.kind == "money"] == []


def test_a_loss_in_a_results_table_keeps_its_magnitude_past_the_bracket():
    figures = [(f.value, f.unit) for _s, _e, f in parse_figures(
        "Underlying EBITDA of ($15.7) million compared to ($9.6) million a year earlier.")]
    assert figures == [(15_700_000, "USD"), (9_600_000, "USD")]


@pytest.mark.parametrize("text, expected", [
    ("Rev slashed the base rate from 45 to 30 cents per minute.",
     [("money", 0.45, "USD", "minute"), ("money", 0.3, "USD", "minute")]),
    ("Appen cut the bonus from 20 to 15 percent.", [("percent", 20, "percent", None), ("percent", 15, "percent", None)]),
    ("The fee went from 5 to 1,5 percent.", [("percent", 5, "percent", None), ("percent", 1.5, "percent", None)]),
    # both units written, a range, and years stay as they were
    ("Rates fell from $10 to $5 a task.", [("money", 10, "USD", None), ("money", 5, "USD", "task")]),
    ("Fees of between 6 to 10 percent.", [("percent", 6, "percent", None)]),
    ("Revenue grew from 2019 to 2021 by 5 percent.", [("percent", 5, "percent", None)]),
])
def test_the_first_amount_of_a_change_takes_the_unit_written_once_after_the_second(text, expected):
    assert [(f.kind, f.value, f.unit, f.per) for _s, _e, f in parse_figures(text)] == expected
