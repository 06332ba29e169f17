"""The benchmark's own parts: the loopback site, the scale database, the facet check."""
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import loopback_site  # noqa: E402
import run as bench_run  # noqa: E402
import scale_db  # noqa: E402


@pytest.fixture
def site():
    s = loopback_site.LoopbackSite(20).start()
    yield s
    s.stop()


def test_articles_are_news_length_and_name_platforms():
    article = loopback_site.make_article(3)
    words = len(" ".join(article["paragraphs"]).split())
    assert 500 <= words <= 1000
    assert any(p in " ".join(article["paragraphs"]) for p in loopback_site.PLATFORMS)


def test_site_answers_conditional_requests_with_304_and_counts_them(site):
    body = urllib.request.urlopen(site.sitemap_url).read()
    assert body.count(b"<loc>") == 20
    etag = site.pages["/sitemap.xml"][2]
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(urllib.request.Request(site.sitemap_url,
                                                      headers={"If-None-Match": etag}))
    assert err.value.code == 304
    requests, statuses = site.snapshot()
    assert requests["sitemap.xml"] == 2 and statuses[304] == 1


def test_scale_database_has_three_events_per_article_and_exact_kept_counts(tmp_path):
    from pipeline import db as store

    counts = scale_db.generate(tmp_path / "s.db", 300)
    assert counts["articles"] == 300 and counts["events"] == 900
    db = store.open_db(tmp_path / "s.db")
    assert db.execute("select count(distinct type) from events").fetchone()[0] <= 13
    live = dict(db.execute("select type, count(*) from events group by type").fetchall())
    kept = dict(db.execute("select value, n from facet_counts where table_name = 'events'"
                           " and column_name = 'type'").fetchall())
    assert live == kept
    assert db.execute("select sum(events) from event_rollup").fetchone()[0] == 900
    # the triggers are back after the bulk load
    store.upsert_article(db, {"url": "https://new.example/1", "text": "t", "publisher": "New"})
    assert db.execute("select n from facet_counts where table_name = 'articles' and"
                      " column_name = 'publisher' and value = 'New'").fetchone()[0] == 1


class FakeResponse:
    def __init__(self, data, status=200):
        self.status_code, self._data = status, data

    def json(self):
        return self._data


def test_a_view_whose_facet_timed_out_is_not_counted_as_fast():
    ok = {"facet_results": {"type": {"results": [{"value": "layoff", "count": 3}]}},
          "filtered_table_rows_count": 3}
    assert bench_run._check_view(FakeResponse(ok), ["type"]) is None
    timed_out = {"facet_results": {}, "filtered_table_rows_count": 3}
    assert "timed out" in bench_run._check_view(FakeResponse(timed_out), ["type"])
    assert bench_run._check_view(FakeResponse({}, 400), []) == "HTTP 400"
    assert bench_run._facet_columns(["a", {"counted": "b"}, {"m2m": {"column": "c"}}]) == \
        ["a", "b", "c"]
