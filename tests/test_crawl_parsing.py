"""The crawler's parsers and helpers without a network: URLs, sitemaps, feed entries,
search-feed links, Retry-After, encodings, the memory sink."""
from __future__ import annotations

import gzip
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime

import feedparser

from crawlers.middlewares.encoding import detected_encoding
from crawlers.middlewares.retry_after import retry_after_seconds
from crawlers.sink import MemorySink, Sink
from crawlers.spiders.discovery import DiscoverySpider
from crawlers.spiders.feed import entry_date
from crawlers.spiders.sitemap import parse_sitemap
from crawlers.urls import canonical_url, page_canonical


def test_tracking_parameters_and_fragments_are_stripped():
    base = "https://example.org/2024/05/story"
    for url in (base + "?utm_source=x&utm_medium=y", base + "?fbclid=IwAR0", base + "#top",
                "HTTPS://Example.org:443/2024/05/story?gclid=1"):
        assert canonical_url(url) == base
    assert canonical_url(base + "?page=2") == base + "?page=2"
    assert canonical_url("mailto:a@b.c") is None


def test_page_canonical_resolves_amp_but_not_a_homepage_canonical():
    assert page_canonical("https://n.example/amp/story", "/story?utm_source=amp") == \
        "https://n.example/story"
    assert page_canonical("https://n.example/2024/story", "https://n.example/") is None


def test_news_sitemap_dates_and_gzipped_index():
    xml = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
      xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
      <url><loc>https://n.example/a</loc><news:news><news:publication_date>2024-03-29T10:00:00Z
      </news:publication_date></news:news></url>
      <url><loc>https://n.example/b</loc><lastmod>2023-01-02</lastmod></url>
      <url><lastmod>2023-01-02</lastmod></url></urlset>"""
    kind, rows = parse_sitemap(xml)
    assert kind == "urlset"
    assert rows == [{"loc": "https://n.example/a", "date": date(2024, 3, 29)},
                    {"loc": "https://n.example/b", "date": date(2023, 1, 2)}]
    index = b"""<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap>
      <loc>https://n.example/news.xml.gz</loc></sitemap></sitemapindex>"""
    assert parse_sitemap(gzip.decompress(gzip.compress(index))) == (
        "sitemapindex", [{"loc": "https://n.example/news.xml.gz", "date": None}])
    assert parse_sitemap(b"<html><body>not a sitemap</body></html>")[0] == "html"


def test_feed_entry_dates_from_rss_and_atom():
    rss = feedparser.parse(b"""<rss version="2.0"><channel><item><link>https://x/a</link>
        <pubDate>Fri, 29 Mar 2024 10:00:00 GMT</pubDate></item><item><link>https://x/b</link>
        </item></channel></rss>""")
    assert [entry_date(e) for e in rss.entries] == [date(2024, 3, 29), None]
    atom = feedparser.parse(b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry>
        <link href="https://x/c"/><updated>2024-04-01T00:00:00Z</updated></entry></feed>""")
    assert entry_date(atom.entries[0]) == date(2024, 4, 1)


class _Response:
    url = "https://news.google.com/rss/search?q=Remotasks"


def test_search_feed_links_resolve_to_the_publisher_when_the_entry_names_it():
    spider = DiscoverySpider(sources=[])
    google = "https://news.google.com/rss/articles/CBMiXyz?oc=5"
    with_publisher = feedparser.parse(f"""<rss version="2.0"><channel><item>
        <link>{google}</link><description>&lt;a href="https://restofworld.org/2024/remotasks/"
        &gt;Remotasks&lt;/a&gt;</description><source url="https://restofworld.org">Rest of World
        </source></item></channel></rss>""".encode()).entries[0]
    assert spider.article_url(with_publisher, _Response) == \
        "https://restofworld.org/2024/remotasks/"
    only_google = feedparser.parse(f"""<rss version="2.0"><channel><item><link>{google}</link>
        <source url="https://restofworld.org">Rest of World</source></item></channel></rss>
        """.encode()).entries[0]
    assert spider.article_url(only_google, _Response) == google  # followed, redirects and all
    gdelt = feedparser.parse(b"""<rss version="2.0"><channel><item>
        <link>https://nation.africa/kenya/business/story-123</link></item></channel></rss>
        """).entries[0]
    assert spider.article_url(gdelt, _Response) == "https://nation.africa/kenya/business/story-123"


def test_retry_after_seconds_and_http_dates():
    assert retry_after_seconds(b"1") == 1.0
    now = datetime(2024, 3, 29, 10, 0, tzinfo=timezone.utc)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert retry_after_seconds(later, now=now) == 30.0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def test_undeclared_latin1_is_read_as_windows_1252():
    body = "<p>Trabajadores de datos en São Paulo y Bogotá: «la situación es difícil».</p>"
    assert detected_encoding(body.encode("latin-1")) == "cp1252"
    assert detected_encoding(body.encode("utf-8")) == "utf-8"


def test_memory_sink_counts_pages_and_articles_as_stored():
    sink = MemorySink()
    assert isinstance(sink, Sink)
    sink.store_page({"url": "https://x/amp/a", "canonical_url": "https://x/a", "status": 200})
    assert sink.is_stored("https://x/a") and sink.is_stored("https://x/amp/a")
    sink.store_page({"url": "https://x/b", "canonical_url": "https://x/b", "status": 404})
    assert not sink.is_stored("https://x/b")  # a failed page is tried again next run
    assert sink.store_article({"url": "https://x/c"}) is True
    assert sink.store_article({"url": "https://x/c"}) is False
    sink.remember_validators("https://x/feed", '"e1"', None)
    assert sink.conditional_headers("https://x/feed") == {"If-None-Match": '"e1"'}
    sink.record("X", "pages")
    sink.record("X", "errors:dns", 2)
    assert sink.per_source() == {"X": {"pages": 1, "errors:dns": 2}}
