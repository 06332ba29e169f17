"""Find date expressions in a sentence and resolve them against the publication date.

"in March" in a story of 2024-03-29 is ("2024-03", "month"); "last year" is ("2023", "year");
"on Tuesday" is a day. Resolution uses dateparser with the publication date as
`RELATIVE_BASE` and `PREFER_DATES_FROM="past"`: news reports what happened. A date after
the publication ("by 2030") is a forecast, not when an event happened, and resolves to None.
"""
from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache

# an abbreviation may take a full stop ("Sept. 20"); after a full name it ends the sentence
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAY = r"(?:[12]?\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUMBER_WORD = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)"

# Ordered: the first pattern that matches at a place wins, so longer forms come first.
_PATTERNS = [
    # "On Thursday last week": the Thursday of the week before publication
    (rf"\b(?i:on\s+)?{_WEEKDAY}\s+(?i:(?:of\s+)?last\s+week)\b", "relative"),
    (rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", "full"),
    (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", "full"),
    (rf"\b{_YEAR}-[01]\d-[0-3]\d\b", "full"),
    # an ISO month, as a timeline's entries are headed: "2024-03 - Workers in Kenya ..."
    (rf"\b{_YEAR}-(?:0[1-9]|1[0-2])\b(?![-/]\d)", "full"),
    (rf"\b(?i:the\s+(?:last|first|final)\s+day\s+of)\s+{_YEAR}\b", "full"),
    (rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b", "full"),
    # "around August last year", "in May this year": a month of a year named relatively.
    (rf"\b(?:(?i:in|around|since|during|from|until|by|before|after|early|late|mid-?)\s+)?"
     rf"{_MONTH}\s+(?:of\s+)?(?i:last|this)\s+year\b", "relative"),
    (rf"\b{_MONTH}\s+{_DAY}\b(?![,\s]*\d)", "relative"),
    (rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b", "relative"),
    # A month alone needs a lead word: "May" is also a verb, "March" a noun.
    (rf"\b(?:(?i:in|since|until|by|during|from|before|after|through|early|late|last|this\s+past|this|around|about|"
     rf"of|earlier\s+in|later\s+in|since\s+early|in\s+early|in\s+late)\s+|(?i:in\s+|by\s+)?mid-?\s*){_MONTH}(?!\w)",
     "relative"),
    # "on November", as some write it ("an amendment that Italy passed on November"); not "on May",
    # a name as often ("relied on May")
    (rf"\b(?i:on)\s+(?!May\b){_MONTH}(?![\w,]|\s+\d)", "relative"),
    # A month naming what was said or done then: "Webhelp's August announcement that it will
    # open", "during the November strike last year"
    (rf"\b{_MONTH}(?=\s+(?:announcement|statement|decision|pledge|promise|notice|memo|disclosure|"
     rf"filing|ruling|judgment|judgement|order|vote|deal|agreement|meeting|letter|strike|walkout|"
     rf"protest|shutdown|blackout|layoff|lay-off)s?\b)",
     "relative"),
    (r"\b(?:New\s+Year['’]s\s+(?:Eve|Day)|Christmas(?:\s+(?:Eve|Day))?|Boxing\s+Day|May\s+Day|"
     # Labour Day with a British spelling is the first of May (America's Labor Day is not)
     r"Labour\s+Day|(?:International\s+)?Workers['’]\s+Day|"
     r"Valentine['’]s\s+Day|Hallowe['’]?en)(?:\s+(?:of\s+)?" + _YEAR + r")?\b", "relative"),
    (r"\b(?:yesterday|today|tonight|overnight|(?:this|yesterday)\s+(?:morning|afternoon|evening)|last\s+night)\b",
     "relative"),
    # "on the 14th": a day of the publication month, else of the month before.
    (r"\b(?i:on\s+)?the\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s+(?:century|anniversary|time|floor|round|edition|place))",
     "relative"),
    # Quarters and seasons: "in the second quarter", "Q2 2024", "last spring" (year precision).
    (rf"\b(?i:(?:in|during|by\s+the\s+end\s+of|at\s+the\s+end\s+of)\s+)?(?:(?i:the\s+)?(?i:first|second|third|fourth|final|last)\s+"
     rf"(?i:quarter)|Q[1-4])(?:\s+(?:of\s+)?{_YEAR})?(?!\w)", "relative"),
    # A season needs a lead word or a year: "the spring in their step" is no time.
    (rf"\b(?i:(?:in|during|over|through|by)\s+(?:the\s+)?(?:early\s+|late\s+)?|(?:last|this|early|late)\s+)"
     rf"(?i:spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?{_YEAR})?(?!\w)"
     rf"|\b(?i:spring|summer|autumn|fall|winter)\s+(?:of\s+)?{_YEAR}\b", "relative"),
    (r"\b(?:over|at|during|on)\s+the\s+weekend\b|\b(?:last|this|this\s+past)\s+weekend\b", "relative"),
    (r"\b(?:since\s+|at\s+|from\s+)?the\s+(?:start|beginning|end)\s+of\s+(?:the|this|last)\s+year\b", "relative"),
    # Offsets from the time just told: "a month later", "the next day", "within a fortnight"
    # and back from it: "three days earlier", "the previous week", "the day before."
    (rf"\b(?:{_NUMBER_WORD}|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+(?:later|after\s+that|afterwards|earlier|before\s+that)\b"
     rf"|\b(?:{_NUMBER_WORD}|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+before(?=\s*[,.;)]|\s*$)"
     r"|\bthe\s+(?:day|week|month|year)\s+(?:before|after)(?=\s*[,.;)]|\s*$)"
     r"|\b(?:days|weeks|months)\s+later\b|\bthe\s+(?:next|following|previous|preceding)\s+(?:day|week|month|year)\b"
     r"|\bwithin\s+(?:a\s+)?(?:fortnight|week|month)\b", "after"),
    (r"\b(?:(?:late|early|earlier|later)\s+)?(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+"
     r"(?:week|month|year)\b", "relative"),
    (rf"\b(?i:on\s+|last\s+|this\s+past\s+)?{_WEEKDAY}\b", "relative"),
    (rf"\b(?:{_NUMBER_WORD}|a\s+few|several)\s+(?:days?|weeks?|months?|years?|fortnights?)\s+ago\b", "relative"),
    (r"\b(?:in|over|during|within)\s+the\s+(?:past|last)\s+(?:week|month|year|day|24\s+hours|"
     r"(?:few|several|couple\s+of)\s+days)\b", "relative"),
    (rf"\b(?:(?:early|late|mid-?|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of)\s*)?{_YEAR}\b"
     r"(?![\d%]|-year|\s*(?:workers|people|taskers))", "year"),
]
# Month names must keep their capital (so "may" the verb never counts); the rest is
# case-insensitive.
_PATTERN_RES = [(re.compile(p, 0 if _MONTH in p or _WEEKDAY in p else re.I), kind) for p, kind in _PATTERNS]

_NEXT_MONTH_RE = re.compile(rf"\s+(?:and|or|to)\s+(?:(?i:in|early|late|mid-?)\s+)?({_MONTH})(?!\w)")

_LEAD_WORDS_RE = re.compile(
    r"^(?:in|on|since|until|by|during|from|before|after|through|of|around|about|"
    r"earlier\s+in|later\s+in|in\s+early|in\s+late|in\s+mid-?|since\s+early|"
    r"early|late|mid-?|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|this\s+past)"
    r"(?:(?<=-)|(?![a-z]))\s*", re.I)  # a whole word: "International" does not lose its "In"


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in `text` as (start, end, text), in order, not overlapping."""
    if not isinstance(text, str) or not text:
        return []
    spans: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []
    for regex, _kind in _PATTERN_RES:
        for m in regex.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            spans.append((s, e, m.group(0)))
    # "in December and January": the second month needs no lead word of its own.
    for s, e, expr in list(spans):
        if not re.search(_MONTH + r"$", expr):
            continue
        m = _NEXT_MONTH_RE.match(text, e)
        if m and not any(m.start(1) < te and ts < m.end(1) for ts, te in taken):
            taken.append(m.span(1))
            spans.append((m.start(1), m.end(1), m.group(1)))
    spans.sort()
    return spans


_PLAUSIBLE_BASE_YEARS = (1900, 2200)


def _base(published: str | None) -> _dt.datetime | None:
    if not published:
        return None
    try:
        base = _dt.datetime.strptime(str(published)[:10], "%Y-%m-%d")
    except ValueError:
        return None
    # "0001-01-01" is a CMS's empty date, and date arithmetic near year 1 or 9999 overflows
    return base if _PLAUSIBLE_BASE_YEARS[0] <= base.year <= _PLAUSIBLE_BASE_YEARS[1] else None


@lru_cache(maxsize=1)
def _parser_class():
    from dateparser.date import DateDataParser  # imported late: it is slow to load
    return DateDataParser


@lru_cache(maxsize=4096)
def resolve_date(expression: str, published: str | None = None) -> tuple[str | None, str | None]:
    """("YYYY[-MM[-DD]]", precision) for a date expression, or (None, None).

    Relative expressions ("last year", "in March", "on Tuesday") need `published`.
    """
    if not isinstance(expression, str) or not expression.strip():
        return None, None
    base = _base(published)
    expr = expression.strip()
    expr = re.sub(r"\bearlier\s+this\b", "this", expr, flags=re.I)
    expr = re.sub(r"\b(?:late|early)\s+(last|this)\b", r"\1", expr, flags=re.I)
    past = re.fullmatch(r"(?:in|over|during|within)\s+the\s+(?:past|last)\s+(.+)", expr, re.I)
    if past:  # "over the past day" is yesterday, "in the past week" last week
        for span, named in _PAST_SPANS:
            if re.fullmatch(span, past.group(1), re.I):
                expr = named
    expr = _without_lead_words(expr)
    expr = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", expr)
    expr = re.sub(r"(\w{4,})\.$", r"\1", expr)  # "last October." at a sentence's end ("Oct." stays)
    if not expr:
        return None, None
    iso_month = re.fullmatch(r"(\d{4})-(\d{2})", expr)
    if iso_month:
        if base is not None and (int(iso_month.group(1)), int(iso_month.group(2))) > (base.year, base.month):
            return None, None
        return expr, "month"
    if base is not None and re.search(r"\bweekend\b", expr, re.I):
        back = (base.weekday() - 5) % 7  # the Saturday on or before publication
        if re.match(r"last\b", expr, re.I) and back < 2:
            back += 7
        day = base - _dt.timedelta(days=back)
        if back <= 3 or re.match(r"(?:last|this\s+past)\b", expr, re.I):
            # told by Tuesday, or "last weekend": the weekend just past, from its Saturday
            return f"{day:%Y-%m-%d}", "day"
        return f"{day:%Y-%m}", "month"  # late in the week it may be the one to come
    year_edge = re.fullmatch(r"(?:(?:since|at|from)\s+)?(?:the\s+)?(start|beginning|end)\s+of\s+(the|this|last)\s+year",
                             expression.strip(), re.I)
    if year_edge:
        if base is None:
            return None, None
        year = base.year - (1 if year_edge.group(2).lower() == "last" else 0)
        return (f"{year:04d}-12", "month") if year_edge.group(1).lower() == "end" else (f"{year:04d}-01", "month")
    if is_offset(expression):
        return None, None  # needs the time it is counted from: see resolve_offset
    named = _named_time(expr, base)
    if named is not None:
        return named
    edge = re.fullmatch(r"the\s+(last|first|final)\s+day\s+of\s+(\d{4})", expr, re.I)
    if edge:
        return (f"{edge.group(2)}-01-01" if edge.group(1).lower() == "first" else f"{edge.group(2)}-12-31"), "day"
    week_before = re.fullmatch(r"(\w+day)\s+(?:of\s+)?last\s+week", expr, re.I)
    if week_before and week_before.group(1).lower() in _WEEKDAYS and base is not None:
        monday = base - _dt.timedelta(days=base.weekday() + 7)
        day = monday + _dt.timedelta(days=_WEEKDAYS.index(week_before.group(1).lower()))
        return f"{day:%Y-%m-%d}", "day"
    own = _month_of_relative_year(expr, base)
    if own is None and not re.match(r"(?:last|this\s+past)\b", expression.strip(), re.I):
        own = _weekday_on_or_before(expr, base)
    if own is not None:
        return own
    if re.fullmatch(_YEAR, expr):
        if base and int(expr) > base.year:
            return None, None
        return expr, "year"
    relative = not re.search(_YEAR, expr)
    if relative and base is None:
        return None, None
    settings = {"PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if base:
        settings["RELATIVE_BASE"] = base
    try:
        data = _parser_class()(languages=["en"], settings=settings).get_date_data(expr)
    except Exception:  # dateparser raises assorted errors on odd input; a date is optional
        return None, None
    when, period = data.date_obj, data.period
    if when is None:
        return None, None
    if base and when.date() > base.date():
        return None, None
    if period == "year":
        return f"{when.year:04d}", "year"
    if period in ("month", "week"):
        return f"{when.year:04d}-{when.month:02d}", "month"
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}", "day"


def _without_lead_words(expr: str) -> str:
    """"in early September" -> "September": every lead word goes, not only the first."""
    while True:
        stripped = _LEAD_WORDS_RE.sub("", expr, count=1).strip()
        if stripped == expr:
            return expr
        expr = stripped


_DAY_MONTH_RE = re.compile(rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})|(?P<d2>{_DAY})\s+(?:of\s+)?(?P<m2>{_MONTH}))", re.I)
COMING_DAYS = 62


def is_coming_day(expression: str, published: str | None) -> bool:
    """A day and month with no year that falls within two months after publication: "as of
    July 15th", told on 15 June, may be this July (news style writes the year of any other
    year's date) rather than last year's, which `resolve_date` reads."""
    base = _base(published)
    if base is None:
        return False
    m = _DAY_MONTH_RE.fullmatch(_without_lead_words(expression.strip()))
    if not m:
        return False
    month = _MONTH_NUMBERS.get((m.group("m1") or m.group("m2")).lower().rstrip("."))
    day = int(re.match(r"\d+", m.group("d1") or m.group("d2")).group(0))
    if month is None:
        return False
    for year in (base.year, base.year + 1):
        try:
            when = _dt.date(year, month, day)
        except ValueError:
            return False
        if when > base.date():
            return (when - base.date()).days <= COMING_DAYS
    return False


def is_recent_day(told, published: str | None, days: int = 7) -> bool:
    """`told`, a (date, precision) pair, is a day within the week before publication: the news
    day of a wire story."""
    if not published or told[1] != "day":
        return False
    try:
        gap = (_dt.date.fromisoformat(published[:10]) - _dt.date.fromisoformat(told[0])).days
    except ValueError:
        return False
    return 0 < gap <= days


_MONTH_NUMBERS = {name: i for i, names in enumerate(
    [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")], start=1) for name in names}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def _month_of_relative_year(expr: str, base: _dt.datetime | None):
    """("YYYY-MM", "month") for "August last year" / "May this year" / "last September" (the
    latest September before the publication month); None if not that form."""
    last_month = re.fullmatch(r"(?:last|this\s+past)\s+(\w+)", expr, re.I)
    if last_month and last_month.group(1).lower() in _MONTH_NUMBERS:
        if base is None:
            return None, None
        month = _MONTH_NUMBERS[last_month.group(1).lower()]
        year = base.year if month < base.month else base.year - 1
        return f"{year:04d}-{month:02d}", "month"
    this_month = re.fullmatch(r"this\s+(\w+)", expr, re.I)
    if this_month and this_month.group(1).lower() in _MONTH_NUMBERS:
        # "This March, the company went public" in a May story; in a January story a plan
        month = _MONTH_NUMBERS[this_month.group(1).lower()]
        if base is None or month > base.month:
            return None, None
        return f"{base.year:04d}-{month:02d}", "month"
    m = re.fullmatch(r"(\w+)\.?\s+(?:of\s+)?(last|this)\s+year", expr, re.I)
    if not m or m.group(1).lower() not in _MONTH_NUMBERS:
        return None
    if base is None:
        return None, None
    year = base.year - (1 if m.group(2).lower() == "last" else 0)
    month = _MONTH_NUMBERS[m.group(1).lower()]
    if (year, month) > (base.year, base.month):
        return None, None  # "in December this year" in a May story: a plan
    return f"{year:04d}-{month:02d}", "month"


# "in/over the past ...": the time it names.
_PAST_SPANS = [(r"week", "last week"), (r"day|24\s+hours", "yesterday"),
               (r"(?:few|several|couple\s+of)\s+days", "this week")]

_HOLIDAYS = {"new year's eve": (12, 31), "new year's day": (1, 1), "christmas": (12, 25),
             "christmas eve": (12, 24), "christmas day": (12, 25), "boxing day": (12, 26),
             "may day": (5, 1), "labour day": (5, 1), "workers' day": (5, 1),
             "international workers' day": (5, 1), "valentine's day": (2, 14), "hallowe'en": (10, 31)}
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_ORDINAL_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4}


def _named_time(expr: str, base: _dt.datetime | None):
    """Times that dateparser does not read, or reads as a plan: parts of the publication day
    ("this morning", "overnight"), "last night", "N days ago", "the 14th" (of the publication
    month, else the month before), quarters and seasons (the year they fall in: the latest one
    that began by publication). None if `expr` is none of these; (None, None) if it needs a
    publication date that is missing."""
    low = re.sub(r"\s+", " ", expr.lower().strip())
    day_part = re.fullmatch(r"(?:today|tonight|overnight|this (?:morning|afternoon|evening))"
                            r"|(?P<before>last night|yesterday (?:morning|afternoon|evening))", low)
    ago = re.fullmatch(r"(?P<n>\w+|a few|several) (?P<unit>days?|fortnights?) ago", low)
    nth = re.fullmatch(r"the (\d{1,2})(?:st|nd|rd|th)?", low)
    quarter = re.fullmatch(rf"(?:the )?(?:(?P<ord>{'|'.join(_ORDINAL_QUARTERS)}|last) quarter|q(?P<q>[1-4]))"
                           r"(?: (?:of )?(?P<year>\d{4}))?", low)
    season = re.fullmatch(r"(?:over |through |by )?(?:the )?(?P<rel>last|this|early|late)? ?(?P<season>spring|summer|autumn|fall|winter)"
                          r"(?: (?:of )?(?P<year>\d{4}))?", low)
    holiday = re.fullmatch(r"(?P<name>new year['’]s eve|new year['’]s day|christmas(?: eve| day)?|boxing day|may day|"
                           r"labour day|(?:international )?workers['’] day|valentine['’]s day|hallowe['’]?en)(?: (?:of )?(?P<year>\d{4}))?", low)
    if holiday:
        name = re.sub(r"[’']", "'", holiday.group("name"))
        month, day = _HOLIDAYS["hallowe'en" if name.startswith("hallow") else name]
        if holiday.group("year"):
            when = _dt.date(int(holiday.group("year")), month, day)
            return (f"{when:%Y-%m-%d}", "day") if base is None or when <= base.date() else (None, None)
        if base is None:
            return None, None
        year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
        return f"{_dt.date(year, month, day):%Y-%m-%d}", "day"
    if not (day_part or ago or nth or quarter or season):
        return None
    named_year = (quarter or season) and (quarter or season).group("year")
    if named_year:  # "Q2 2024", "the spring of 2023": that year, unless it is still to come
        year = int(named_year)
        return (f"{year:04d}", "year") if base is None or year <= base.year else (None, None)
    if base is None:
        return None, None
    if day_part:
        day = base - _dt.timedelta(days=1 if day_part.group("before") else 0)
        return f"{day:%Y-%m-%d}", "day"
    if ago:
        n = _NUMBERS.get(ago.group("n"), int(ago.group("n")) if ago.group("n").isdigit() else None)
        if n is None:
            return None
        days = n * (14 if ago.group("unit").startswith("fortnight") else 1)
        day = base - _dt.timedelta(days=days)
        vague = ago.group("n") in ("a few", "several")
        return (f"{day:%Y-%m}", "month") if vague else (f"{day:%Y-%m-%d}", "day")
    if nth:
        number = int(nth.group(1))
        year, month = base.year, base.month
        if number > base.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return f"{_dt.date(year, month, number):%Y-%m-%d}", "day"
        except ValueError:
            return None, None
    if quarter:
        if quarter.group("ord") == "last":  # "in the last quarter": the one before publication's
            current = (base.month - 1) // 3
            return f"{base.year - (1 if current == 0 else 0):04d}", "year"
        number = _ORDINAL_QUARTERS[quarter.group("ord")] if quarter.group("ord") else int(quarter.group("q"))
        start_month = 3 * number - 2
        return f"{base.year - (1 if start_month > base.month else 0):04d}", "year"
    first, last = _SEASON_MONTHS[season.group("season")]
    # the latest such season that began by publication (winter begins in December)
    year = base.year if (first <= base.month if first != 12 else False) else base.year - 1
    if season.group("rel") == "last" and first <= base.month <= (last if last >= first else 12):
        year -= 1  # "last summer" told in summer is the summer before
    return f"{year:04d}", "year"


def _weekday_on_or_before(expr: str, base: _dt.datetime | None):
    """A bare weekday ("on Monday", lead word already stripped) is the latest such day on or
    before publication: news of "on Monday" in a Monday story is that same day. "last
    Monday" is left to dateparser (the week before)."""
    if expr.lower() not in _WEEKDAYS:
        return None
    if base is None:
        return None, None
    back = (base.weekday() - _WEEKDAYS.index(expr.lower())) % 7
    day = base - _dt.timedelta(days=back)
    return f"{day:%Y-%m-%d}", "day"


_OFFSET_RE = re.compile(
    rf"^(?:(?P<n>{_NUMBER_WORD}|several|a\s+few)\s+(?P<unit>day|week|month|year)s?\s+(?:later|after\s+that|afterwards|(?P<back>earlier|before(?:\s+that)?))"
    r"|(?P<vague>days|weeks|months)\s+later|the\s+(?:next|following|(?P<back1>previous|preceding))\s+(?P<unit1>day|week|month|year)"
    r"|the\s+(?P<unit2>day|week|month|year)\s+(?:after|(?P<back2>before))"
    r"|within\s+(?:a\s+)?(?P<within>fortnight|week|month))$", re.I)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "a few": 3}


def is_offset(expression: str) -> bool:
    """"a month later", "the next day", "within a fortnight": a time counted from another."""
    return bool(_OFFSET_RE.match(expression.strip()))


def resolve_offset(expression: str, anchor: str, published: str | None = None, sign: int = 1):
    """("YYYY[-MM[-DD]]", precision) for an offset from `anchor` ("YYYY-MM[-DD]"): "a month
    later" than 2025-06 is 2025-07; "the next day" after 2025-05-19 is 2025-05-20. Never after
    `published`; None when the anchor is too coarse for the offset. With `sign` -1 the offset
    counts back: "a month after Meta's deal" in a story of 2025-07-17 dates the deal 2025-06."""
    m = _OFFSET_RE.match(expression.strip())
    if not m or not anchor:
        return None, None
    parts = [int(x) for x in anchor.split("-")]
    if m.group("back") or m.group("back1") or m.group("back2"):
        sign = -sign  # "three days earlier", "the previous week", "the day before"
    if m.group("unit") or m.group("unit1") or m.group("unit2"):
        unit = (m.group("unit") or m.group("unit1") or m.group("unit2")).lower()
        n = _NUMBERS.get((m.group("n") or "a").lower(), None) if m.group("unit") else 1
        if n is None:
            n = int(m.group("n")) if (m.group("n") or "").isdigit() else 1
    elif m.group("within"):
        unit, n = {"fortnight": ("day", 14), "week": ("day", 7), "month": ("month", 1)}[m.group("within").lower()]
    else:
        unit, n = {"days": ("day", 3), "weeks": ("day", 14), "months": ("month", 3)}[m.group("vague").lower()]
    if unit == "week":
        unit, n = "day", 7 * n
    n *= sign
    if unit == "year":
        out, precision = f"{parts[0] + n:04d}", "year"
    elif unit == "month":
        month0 = parts[0] * 12 + (parts[1] - 1) + n if len(parts) >= 2 else None
        if month0 is None:
            return None, None
        out, precision = f"{month0 // 12:04d}-{month0 % 12 + 1:02d}", "month"
    else:
        if len(parts) < 2:
            return None, None
        start = _dt.date(parts[0], parts[1], parts[2] if len(parts) == 3 else 1)
        day = start + _dt.timedelta(days=n)
        out, precision = (f"{day:%Y-%m-%d}", "day") if len(parts) == 3 else (f"{day:%Y-%m}", "month")
    base = _base(published)
    if base is not None and out > f"{base:%Y-%m-%d}"[:len(out)]:
        return None, None
    return out, precision


def default_date(published: str | None) -> tuple[str | None, str | None]:
    """When a sentence gives no date: the publication year, at year precision."""
    base = _base(published)
    if base is None:
        return None, None
    return f"{base.year:04d}", "year"
