"""Generated input for the two parsers that see the most untrusted text: figures and URLs."""
import math
import string
from urllib.parse import urlsplit

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from crawlers.urls import canonical_url
from extract.figures import parse_figures

money_words = st.sampled_from(["$", "US$", "KSh ", "€", "£", "₱", "Rs ", "N", ""])
scales = st.sampled_from(["", " million", " billion", "m", "bn", "k", " thousand"])
pers = st.sampled_from(["", " an hour", " per task", " a day", " per week", " a month"])
numbers = st.one_of(st.integers(0, 10**9).map(str),
                    st.floats(0, 1e6, allow_nan=False).map(lambda f: f"{f:,.2f}"))
figure_like = st.builds(lambda c, n, s, p: f"{c}{n}{s}{p}", money_words, numbers, scales, pers)
noisy_text = st.lists(st.one_of(st.text(max_size=40), figure_like,
                                st.sampled_from(["more than", "about", "to", "-", "%", "percent",
                                                 "workers", "cents", "between", "and", "a"])),
                      max_size=25).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(noisy_text)
@example("$" * 10_000)
@example("1" * 5_000 + "%")
@example("between $ and $ to - per per an hour")
def test_figure_parser_never_raises_and_spans_are_sane(text):
    found = parse_figures(text)
    for start, end, figure in found:
        assert 0 <= start < end <= len(text)
        assert figure.kind in {"money", "percent", "count"}
        assert isinstance(figure.value, (int, float)) and math.isfinite(figure.value)
        assert figure.value >= 0
        if figure.low is not None and figure.high is not None:
            assert figure.low <= figure.high
            assert figure.value == figure.low
        if figure.kind == "money":
            assert figure.unit and len(figure.unit) == 3 and figure.unit.isupper()


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["$", "US$", "KSh ", "€", "£", "₱", "Rs ", "₦"]), st.integers(1, 10**6), pers)
def test_a_plain_amount_is_read_back(currency, amount, per):
    text = f"Workers said they were paid {currency}{amount:,}{per} last year."
    money = [f for _, _, f in parse_figures(text) if f.kind == "money"]
    assert len(money) == 1
    assert math.isclose(money[0].value, amount, rel_tol=1e-9)


tracking = st.sampled_from(["utm_source=x", "utm_medium=email", "fbclid=abc", "gclid=1"])
path_text = st.text(alphabet=string.ascii_lowercase + string.digits + "-_/", max_size=30)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
@example("http://")
@example("https://[::1")
@example("javascript:alert(1)")
def test_canonicaliser_never_raises_on_junk(url):
    result = canonical_url(url)
    assert result is None or urlsplit(result).scheme in ("http", "https")


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["http", "https"]), st.sampled_from(["example.org", "news.example.co.ke"]),
       path_text, st.lists(tracking, max_size=3), st.text(string.ascii_letters, max_size=8))
def test_canonical_urls_are_stable_and_drop_tracking(scheme, host, path, params, fragment):
    url = f"{scheme}://{host}/{path}"
    decorated = url + ("?" + "&".join(params) if params else "") + (
        "#" + fragment if fragment else "")
    canonical = canonical_url(decorated)
    assert canonical is not None
    assert canonical == canonical_url(canonical)  # idempotent
    assert canonical == canonical_url(url)        # tracking and fragment make no new article
    assert "utm_" not in canonical and "fbclid" not in canonical and "#" not in canonical


@settings(deadline=None)  # the first example loads the trigger lexicon
@given(st.lists(st.sampled_from(list("abcdefghijklmnoprstuvwy -'’.,İ") + [
    "cut", "pay", "lay", "off", "ban", "sus", "pend", "ing", "ed "]), max_size=80).map("".join))
def test_trigger_anchor_prefilter_finds_exactly_the_anchor_words_in_a_sentence(text):
    from extract.nlp.events import load_triggers

    triggers = load_triggers(None)
    lowered = text.lower()
    every_anchor = {w for words in triggers.anchors for w in words}
    assert triggers.anchors_in(lowered) == {w for w in every_anchor if w in lowered}
