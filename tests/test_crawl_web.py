"""The crawler end to end against the test web on 127.0.0.1: what is stored, what is skipped
and why, per-source stats, and that a second run downloads no article again."""
from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from pipeline import db as store
from testweb import TestWeb, free_port
from testweb.run import crawl, write_sources

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("crawl")
    db_path = tmp / "test.db"
    with TestWeb() as web:
        sources = write_sources(tmp / "sources.toml", web, dead_port=free_port())
        args = ["--sources-file", str(sources), "--since", "2020-01-01"]
        first = crawl(db_path, *args)
        first_requests, first_times = list(web.requests), list(web.times)
        max_in_flight = web.max_in_flight
        web.reset_log()
        second = crawl(db_path, *args)
        second_requests = list(web.requests)
        yield {"db": store.open_db(db_path), "web": web, "first": first, "second": second,
               "first_requests": first_requests, "first_times": first_times,
               "second_requests": second_requests, "max_in_flight": max_in_flight}


def paths(requests):
    return [urlsplit(p).path for _, p, _ in requests]


def article(db, web, path):
    rows = list(db.query("SELECT * FROM articles WHERE url = ?", [web.url(path)]))
    return rows[0] if rows else None


def test_both_runs_finish_and_report_partial_because_of_the_dead_source(runs):
    for code, result, stderr in (runs["first"], runs["second"]):
        assert code == 0, stderr[-2000:]
        assert result["status"] == "partial"
        assert result["per_source"]["Dead source"] == {"errors:connection_refused": 1}


def test_articles_from_feeds_sitemaps_redirects_retries_and_pdf_are_stored(runs):
    db, web = runs["db"], runs["web"]
    for path in ("/articles/scale-ai-cuts", "/articles/sama-moderators",
                 "/articles/appen-story", "/articles/toloka-news",
                 "/articles/redirected-target", "/flaky", "/slow-down", "/report.pdf",
                 "/articles/latin1"):
        assert article(db, web, path), f"{path} not stored"
    assert article(db, web, "/articles/scale-ai-cuts")["title"] == \
        "Remotasks cuts off workers in Kenya and Nigeria"
    assert article(db, web, "/report.pdf")["kind"] == "report"
    # Feed dates are kept when the page gives none better; the sitemap date for its article.
    assert article(db, web, "/articles/toloka-news")["published"] == "2026-11-05"


def test_latin1_page_keeps_its_letters(runs):
    row = article(runs["db"], runs["web"], "/articles/latin1")
    assert row["title"] == "Trabajadores de datos en São Paulo y Bogotá"
    assert "«La situación es difícil»" in row["text"]


def test_amp_page_is_stored_under_its_canonical_url(runs):
    db, web = runs["db"], runs["web"]
    assert article(db, web, "/amp/appen-story") is None
    amp_pages = list(db.query("SELECT canonical_url FROM pages WHERE url = ?",
                              [web.url("/amp/appen-story")]))
    assert amp_pages and amp_pages[0]["canonical_url"] == web.url("/articles/appen-story")


def test_one_article_under_several_urls_is_fetched_once(runs):
    requested = [p for _, p, _ in runs["first_requests"]]
    # Once from the feed (three listed URLs, tracking parameters not sent), once behind the
    # search engine's redirect link /go/scale (where a redirect leads is known only after it).
    assert requested.count("/articles/scale-ai-cuts") == 2
    assert not [p for p in requested if "utm_" in p or "fbclid" in p]
    rows = list(runs["db"].query("SELECT url FROM articles WHERE url LIKE '%scale-ai-cuts%'"))
    assert rows == [{"url": runs["web"].url("/articles/scale-ai-cuts")}]


def test_off_topic_article_is_stored_with_its_low_relevance(runs):
    from extract.relevance import RELEVANCE_THRESHOLD
    row = article(runs["db"], runs["web"], "/articles/off-topic-gardening")
    assert row is not None and row["relevance"] < RELEVANCE_THRESHOLD
    on_topic = article(runs["db"], runs["web"], "/articles/sama-moderators")
    assert on_topic["relevance"] >= RELEVANCE_THRESHOLD


def test_skipped_and_failed_urls_are_recorded_with_their_reason(runs):
    db, web = runs["db"], runs["web"]
    requested = paths(runs["first_requests"])
    assert "/private/secret" not in requested          # robots.txt
    assert "/articles/old-story" not in requested      # older than --since (feed and sitemap)
    assert "/sitemaps/archive-2018.xml" not in requested
    errors = {urlsplit(r["url"]).path: r["reason"] for r in db.query("SELECT * FROM errors")}
    assert "http_404" in errors["/missing"]
    assert "redirect_loop" in errors["/loop-a"]
    assert "too_large" in errors["/big"]
    assert "timeout" in errors["/never"]
    assert "unsupported_type" in errors["/image.png"]
    assert "bad_feed" in errors["/bad-feed.xml"]
    for path in ("/missing", "/loop-a", "/big", "/never", "/image.png"):
        assert article(db, web, path) is None


def test_per_source_stats_in_the_crawls_table(runs):
    db = runs["db"]
    crawl_id = runs["first"][1]["crawl_id"]
    rows = {r["source"]: r for r in db.query(
        "SELECT * FROM crawl_sources WHERE crawl_id = ?", [crawl_id])}
    feeds = rows["Test feeds"]
    kinds = json.loads(feeds["errors_by_kind"])
    assert kinds == {"bad_feed": 1, "http_404": 1, "redirect_loop": 1, "too_large": 1,
                     "timeout": 1, "unsupported_type": 1}
    assert feeds["status"] == "ok" and feeds["new_articles"] == 8  # 6 from RSS, 2 from Atom (AMP = appen-story)
    stats = runs["first"][1]["per_source"]
    assert stats["Test feeds"]["skipped:robots"] == 1
    assert stats["Test feeds"]["skipped:older_than_since"] == 1
    sitemaps = rows["Test sitemaps"]
    assert sitemaps["new_articles"] == 2      # toloka-news and the off-topic page
    assert stats["Test sitemaps"]["skipped:stored"] == 1  # scale-ai-cuts, stored by the feed
    assert rows["Dead source"]["status"] == "failed" and rows["Dead source"]["errors"] == 1
    crawls = list(db.query("SELECT * FROM crawls ORDER BY id"))
    assert [c["status"] for c in crawls] == ["partial", "partial"]
    assert all(c["finished_at"] for c in crawls)


def test_second_run_fetches_no_article_and_feeds_answer_304(runs):
    requested = paths(runs["second_requests"])
    assert not [p for p in requested if p.startswith(("/articles/", "/amp/", "/flaky",
                                                      "/slow-down", "/report.pdf"))]
    conditional = [h for _, p, h in runs["second_requests"]
                   if p in ("/feed.rss", "/atom.xml", "/sitemap_index.xml")]
    assert len(conditional) == 3 and all("If-None-Match" in h for h in conditional)
    stats = runs["second"][1]["per_source"]
    assert stats["Test feeds"].get("not_modified") == 2
    assert stats["Test sitemaps"].get("not_modified") == 1
    assert not stats["Test feeds"].get("new_articles")


def test_retries_honour_retry_after_and_5xx_is_retried(runs):
    times = [t for p, t in runs["first_times"] if p == "/slow-down"]
    assert len(times) == 2 and times[1] - times[0] >= 1.0   # Retry-After: 1
    assert paths(runs["first_requests"]).count("/flaky") == 2


def test_politeness_user_agent_and_concurrency(runs):
    agents = {h.get("User-Agent") for _, _, h in runs["first_requests"]}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent.startswith("taskerwatch/") and "+http" in agent
    assert runs["max_in_flight"] <= 2


def test_search_discovery_follows_redirect_links_to_the_publisher_page(runs):
    db, web = runs["db"], runs["web"]
    assert article(db, web, "/articles/discovered")["source"] == "Test search"
    assert "q=Clickworker+works+council" in " ".join(p for _, p, _ in runs["first_requests"])
    stats = runs["first"][1]["per_source"]["Test search"]
    # /go/scale lands on an article the feed spider stored: downloaded once, then dropped.
    assert stats["new_articles"] == 1 and stats["skipped:stored"] == 1
    second = paths(runs["second_requests"])
    assert second.count("/search") == 1          # the search feed is read again ...
    assert not [p for p in second if p.startswith("/go/")]  # ... its links are known
