"""Date expressions found in sentences and resolved against the publication date."""
import pytest

from extract.dates import default_date, find_dates, is_coming_day, resolve_date, resolve_offset


def dates_in(text, published):
    return [resolve_date(expr, published) for _s, _e, expr in find_dates(text)]


@pytest.mark.parametrize("text, published, expected", [
    ("cut access for workers in March, according to a report", "2024-03-29", ("2024-03", "month")),
    ("a statement in September detailing", "2024-03-29", ("2023-09", "month")),
    ("Then in 2021, around the time", "2023-08-28", ("2021", "year")),
    ("Last year, the institute", "2023-08-28", ("2022", "year")),
    ("In its assessment this year", "2023-08-28", ("2023", "year")),
    ("said on Tuesday", "2024-03-29", ("2024-03-26", "day")),
    ("On March 5, 2024, workers", "2024-06-01", ("2024-03-05", "day")),
    ("on 5 March 2024", None, ("2024-03-05", "day")),
    ("in May 2023", None, ("2023-05", "month")),
    ("earlier this month", "2024-03-29", ("2024-03", "month")),
    ("in early 2022", "2024-03-29", ("2022", "year")),
    ("yesterday", "2024-03-29", ("2024-03-28", "day")),
    ("In March, workers lost access", "2024-05-22", ("2024-03", "month")),
    ("Last Friday the company said", "2024-03-29", ("2024-03-22", "day")),
    ("pay was cut last September", "2025-03-01", ("2024-09", "month")),
    ("pay was cut last January", "2025-03-20", ("2025-01", "month")),
    ("an amendment that Italy passed on November to a law", "2016-12-06", ("2016-11", "month")),
])
def test_resolves_against_publication(text, published, expected):
    assert dates_in(text, published) == [expected]


def test_forecasts_after_publication_are_not_event_dates():
    assert dates_in("expected to reach $17.1 billion by 2030", "2023-08-28") == [(None, None)]


def test_relative_dates_need_a_publication_date():
    assert dates_in("last year", None) == [(None, None)]


@pytest.mark.parametrize("text", [
    "it may cut pay", "the 26-year-old chief", "3 mins", "for three months", "2,000 workers",
    "the minister relied on May to help",
])
def test_not_dates(text):
    assert find_dates(text) == []


def test_default_is_publication_year():
    assert default_date("2024-03-29") == ("2024", "year")
    assert default_date(None) == (None, None)
    assert default_date("not a date") == (None, None)


def test_bad_input_is_no_date():
    assert resolve_date("", "2024-01-01") == (None, None)
    assert resolve_date("the twelfth of never", "2024-01-01") == (None, None)
    assert find_dates(None) == []


@pytest.mark.parametrize("text, published, expected", [
    # A story published on a Thursday that says "on Thursday" means that very day.
    ("the regulator announced on Thursday that", "2024-06-13", ("2024-06-13", "day")),
    ("Wednesday's vote", "2024-06-13", ("2024-06-12", "day")),
    ("this past Thursday, the company", "2024-06-13", ("2024-06-06", "day")),
    ("last Thursday the firm", "2024-06-13", ("2024-06-06", "day")),
])
def test_weekdays_resolve_to_the_latest_such_day(text, published, expected):
    assert dates_in(text, published) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("inspectors started looking around October last year", "2024-02-10", [("2023-10", "month")]),
    ("in July this year the platform", "2024-09-01", [("2024-07", "month")]),
    ("a deadline in November this year", "2024-09-01", [(None, None)]),
    ("This March, the company went public", "2022-05-30", [("2022-03", "month")]),
    ("This past March, the company went public", "2022-05-30", [("2022-03", "month")]),
    ("This November the platform will list", "2022-05-30", [(None, None)]),
])
def test_month_of_a_relative_year(text, published, expected):
    assert dates_in(text, published) == expected


def test_a_second_month_joined_by_and_needs_no_lead_word():
    assert dates_in("suits filed in November and February", "2024-05-01") == [
        ("2023-11", "month"), ("2024-02", "month")]
    assert find_dates("Sama and May Kamau") == []


def test_a_full_stop_after_a_month_ends_the_sentence_and_after_an_abbreviation_belongs_to_it():
    assert [d[2] for d in find_dates("a deal announced in June.\n\nMore")] == ["in June"]
    assert [d[2] for d in find_dates("decision signed on Sept. 20, 2018, and on Jun. 5")] == ["Sept. 20, 2018", "Jun. 5"]


def test_a_month_naming_a_strike_or_a_shutdown_is_a_date():
    assert [d[2] for d in find_dates("during the November strike last year")] == ["November", "last year"]
    assert [d[2] for d in find_dates("since the July blackout")] == ["July"]


def test_first_and_last_day_of_a_year():
    assert dates_in("completed on the last day of 2020", "2021-01-05") == [("2020-12-31", "day")]
    assert dates_in("from the first day of 2021", "2021-06-05") == [("2021-01-01", "day")]


@pytest.mark.parametrize("text, published, expected", [
    ("workers were cut off in early September", "2025-09-14", ("2025-09", "month")),
    ("the contract ended in late August", "2025-09-14", ("2025-08", "month")),
    ("raters were told in mid-June", "2025-09-14", ("2025-06", "month")),
    ("In late November, the platform paused sign-ups", "2024-02-01", ("2023-11", "month")),
])
def test_early_late_and_mid_months(text, published, expected):
    assert dates_in(text, published) == [expected]


@pytest.mark.parametrize("published", ["0001-01-01", "9999-12-31"])
def test_placeholder_publication_dates_resolve_nothing_relative_and_do_not_crash(published):
    # CMSs write 0001-01-01 for "no date"; weekday arithmetic near year 1 used to overflow
    assert dates_in("said on Monday", published) == [(None, None)]
    assert dates_in("last year", published) == [(None, None)]
    assert dates_in("On March 5, 2024, workers", published) == [("2024-03-05", "day")]
    assert default_date(published) == (None, None)


@pytest.mark.parametrize("expression, published, expected", [
    ("over the weekend", "2025-10-31", ("2025-10", "month")),  # a Friday: this weekend or the last
    ("last weekend", "2025-10-31", ("2025-10-25", "day")),
    ("over the weekend", "2025-11-03", ("2025-11-01", "day")),  # a Monday: from Saturday 1 November
    ("over the weekend", "2025-11-04", ("2025-11-01", "day")),
    ("since the start of the year", "2025-02-26", ("2025-01", "month")),
    ("the end of last year", "2025-02-26", ("2024-12", "month")),
])
def test_weekends_and_the_edges_of_a_year(expression, published, expected):
    assert resolve_date(expression, published) == expected


def test_a_month_naming_when_something_was_said_is_a_date():
    text = "It follows Webhelp's August announcement that it will open an office. In May workers met."
    assert [expr for _s, _e, expr in find_dates(text)] == ["August", "In May"]
    assert find_dates("August Mutua said the report was late.") == []  # a name, not a month


@pytest.mark.parametrize("expression, anchor, published, expected", [
    ("A month later", "2025-06", "2025-09-04", ("2025-07", "month")),
    ("the next day", "2025-05-19", "2025-07-15", ("2025-05-20", "day")),
    ("two weeks later", "2025-08-10", "2025-09-04", ("2025-08-24", "day")),
    ("within a fortnight", "2024-08", "2024-09-05", ("2024-08", "month")),
    ("two weeks later", "2025-08-28", "2025-09-04", (None, None)),  # after publication
    ("a year later", "2023", "2025-01-01", ("2024", "year")),
])
def test_offsets_count_from_the_time_just_told(expression, anchor, published, expected):
    assert find_dates(f"{expression}, it happened")[0][2] == expression
    assert resolve_date(expression, published) == (None, None)  # no anchor, no date
    assert resolve_offset(expression, anchor, published) == expected


def test_a_month_after_around_is_a_date():
    assert find_dates("Around June they stopped accepting new sign-ups")[0][2] == "Around June"
    assert resolve_date("Around June", "2024-10-09") == ("2024-06", "month")


@pytest.mark.parametrize("text, published, expected", [
    ("the ministry said this morning", "2025-06-18", ("2025-06-18", "day")),
    ("the platform went dark overnight", "2025-06-18", ("2025-06-18", "day")),
    ("workers were told last night", "2025-06-18", ("2025-06-17", "day")),
    ("Appen cut rates two days ago", "2025-06-18", ("2025-06-16", "day")),
    ("Appen cut rates a fortnight ago", "2025-06-18", ("2025-06-04", "day")),
    ("Appen cut rates a few days ago", "2025-06-18", ("2025-06", "month")),
    ("on the 14th, payments stopped", "2025-06-18", ("2025-06-14", "day")),
    ("on the 24th, payments stopped", "2025-06-18", ("2025-05-24", "day")),  # not yet this month
    ("revenue fell in the second quarter", "2025-06-18", ("2025", "year")),
    ("revenue fell in the third quarter", "2025-06-18", ("2024", "year")),  # not begun yet
    ("revenue fell in Q2 2024", "2025-06-18", ("2024", "year")),
    ("last summer, the platform cut pay", "2025-06-18", ("2024", "year")),  # this one has begun
    ("last spring, the platform cut pay", "2025-06-18", ("2025", "year")),
    ("in the spring of 2023 the platform cut pay", "2025-06-18", ("2023", "year")),
    ("Appen cut pay in the past week", "2025-06-18", ("2025-06", "month")),
    ("accounts were deactivated over the past day", "2025-06-13", ("2025-06-12", "day")),
    ("accounts were deactivated in the past 24 hours", "2025-06-13", ("2025-06-12", "day")),
    ("accounts were deactivated over the past few days", "2025-06-13", ("2025-06", "month")),
    # a timeline's ISO month heading, and a month that ends the sentence
    ("2023-07 - Fairwork rates Remotasks one out of ten.", "2025-08-04", ("2023-07", "month")),
    ("Mercor raised $350 million last October.", "2026-10-12", ("2025-10", "month")),
])
def test_parts_of_the_day_days_ago_quarters_and_seasons(text, published, expected):
    found = find_dates(text)
    assert len(found) == 1, found
    assert resolve_date(found[0][2], published) == expected


@pytest.mark.parametrize("text", ["He finished 4th in the race.", "It was the 20th century.",
                                  "A quarter of the staff left.", "the spring in their step"])
def test_ordinals_quarters_and_springs_that_are_not_dates(text):
    assert [resolve_date(e, "2025-06-18") for _, _, e in find_dates(text)] in ([], [(None, None)])


@pytest.mark.parametrize("expression, anchor, expected", [
    ("three days earlier", "2025-05-10", ("2025-05-07", "day")),
    ("the previous day", "2025-05-01", ("2025-04-30", "day")),
    ("the day before", "2025-05-10", ("2025-05-09", "day")),
    ("a month before", "2025-05", ("2025-04", "month")),
])
def test_offsets_count_back_from_the_time_just_told(expression, anchor, expected):
    assert find_dates(f"{expression}, it happened")[0][2] == expression
    assert resolve_offset(expression, anchor, "2025-06-18") == expected


def test_the_day_before_a_named_happening_is_not_an_offset():
    assert find_dates("the day before the vote, workers met") == []


@pytest.mark.parametrize("text, published, expected", [
    ("completed the purchase on New Year's Eve", "2021-01-04", ("2020-12-31", "day")),
    ("moderators marched on May Day", "2024-05-03", ("2024-05-01", "day")),
    ("moderators marched on May Day", "2024-04-03", ("2023-05-01", "day")),  # not yet this year
    ("the layoffs came on Christmas Eve 2023", "2024-01-10", ("2023-12-24", "day")),
    ("moderators met in Nairobi on Labour Day and voted", "2023-05-02", ("2023-05-01", "day")),
    ("they marched on International Workers' Day", "2025-05-09", ("2025-05-01", "day")),
])
def test_holidays_are_their_latest_day_by_publication(text, published, expected):
    found = find_dates(text)
    assert len(found) == 1, found
    assert resolve_date(found[0][2], published) == expected


def test_a_weekday_of_last_week():
    assert find_dates("On Thursday last week, Sama told staff.")[0][2] == "On Thursday last week"
    assert resolve_date("On Thursday last week", "2026-02-06") == ("2026-01-29", "day")
    assert resolve_date("Monday of last week", "2026-02-06") == ("2026-01-26", "day")


@pytest.mark.parametrize("expression, published, coming", [
    ("July 15th", "2023-06-15", True),
    ("on 15 July", "2023-06-15", True),
    ("January 5", "2023-12-20", True),  # into the next year
    ("Dec. 20", "2024-01-10", False),  # just past
    ("September 1", "2023-06-15", False),  # too far ahead to say
    ("July 2024", "2024-06-15", False),  # its year is written
])
def test_a_day_and_month_just_ahead_of_publication_may_be_the_coming_one(expression, published, coming):
    assert is_coming_day(expression, published) is coming
