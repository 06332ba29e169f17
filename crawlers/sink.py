"""Where the crawler puts what it fetched: the sink contract (docs/architecture.md).

The spiders and pipelines never see the database; `pipeline/crawl.py` hands them a sink
through the crawler setting `TASKERWATCH_SINK`. `MemorySink` is the in-memory sink for tests
and dry runs; `pipeline.crawl.DatabaseSink` writes through `pipeline/db.py`.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from typing import Protocol, runtime_checkable


@runtime_checkable
class Sink(Protocol):
    def is_stored(self, canonical_url: str) -> bool:
        """True if this URL is already stored (as article, or as a page that was read)."""

    def conditional_headers(self, url: str) -> dict:
        """If-None-Match / If-Modified-Since for a feed or sitemap fetched before."""

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        ...

    def store_page(self, page: dict) -> None:
        """url, canonical_url, source, status, fetched_at, content_type, content_hash, body,
        error."""

    def store_article(self, article: dict, page: dict | None = None) -> bool:
        """Article.to_dict() + url, source, content_hash, relevance, extractor_version;
        True if the article is new. `page`, the fetched page it came from, is stored with it
        in one transaction: a page row alone counts as stored, so a crash between the two
        would lose the article for good."""

    def record(self, source: str, counter: str, n: int = 1) -> None:
        """Per-source counters: pages, new_articles, skipped, skipped:<why>, errors:<kind>."""


def conditional_headers_for(etag: str | None, last_modified: str | None) -> dict:
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


class MemorySink:
    """The sink contract in memory, with the same notion of "already stored" as the database:
    an article, or a page that was fetched successfully (off-topic, non-article), by its own
    URL or by its canonical URL."""

    def __deepcopy__(self, memo):
        # Scrapy deep-copies settings per crawler; the sink is one shared service.
        return self

    def __init__(self) -> None:
        self.articles: dict[str, dict] = {}
        self.pages: list[dict] = []
        self.validators: dict[str, tuple[str | None, str | None]] = {}
        self.stats: dict[str, Counter] = defaultdict(Counter)

    def is_stored(self, canonical_url: str) -> bool:
        if canonical_url in self.articles:
            return True
        return any(
            p.get("status") and 200 <= p["status"] < 300
            and canonical_url in (p.get("canonical_url"), p.get("url"))
            for p in self.pages)

    def conditional_headers(self, url: str) -> dict:
        return conditional_headers_for(*self.validators.get(url, (None, None)))

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if etag or last_modified:
            self.validators[url] = (etag, last_modified)

    def store_page(self, page: dict) -> None:
        self.pages.append(dict(page))

    def store_article(self, article: dict, page: dict | None = None) -> bool:
        if page is not None:
            self.store_page(page)
        is_new = article["url"] not in self.articles
        self.articles[article["url"]] = dict(article)
        return is_new

    def record(self, source: str, counter: str, n: int = 1) -> None:
        self.stats[source][counter] += n

    def per_source(self) -> dict[str, dict[str, int]]:
        return {source: dict(counters) for source, counters in self.stats.items()}
