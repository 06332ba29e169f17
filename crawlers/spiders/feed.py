"""RSS and Atom feeds (feedparser): each entry's link becomes an article request."""
from __future__ import annotations

import logging
from datetime import date

import feedparser

from crawlers.spiders.base import BaseSpider

logger = logging.getLogger(__name__)


def entry_date(entry) -> date | None:
    """Publication date of a feed entry (published, else updated), if the feed gives one."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return date(value.tm_year, value.tm_mon, value.tm_mday)
            except ValueError:
                continue
    return None


class FeedSpider(BaseSpider):
    name = "feeds"

    def entry_urls(self, source) -> list[str]:
        return list(source.feeds)

    def entry_requests(self, source):
        for url in self.entry_urls(source):
            yield self.entry_request(url, source, self.parse_feed)

    def parse_feed(self, response):
        if not self.entry_fetched(response):
            return
        source = response.meta["source"]
        feed = feedparser.parse(
            response.body, response_headers={"content-type": response.headers.get(
                b"Content-Type", b"").decode("latin-1")})
        if feed.bozo:
            self.sink.record(source, "malformed_feed")  # feedparser read what it could
        if not any(e.get("link") for e in feed.entries) and (feed.bozo or not feed.version):
            reason = getattr(feed, "bozo_exception", None) or "no entries and no feed markup"
            self.sink.record(source, "errors:bad_feed")
            self.sink.store_page({
                "url": response.url, "canonical_url": response.url, "source": source,
                "status": response.status, "fetched_at": None, "content_type": None,
                "content_hash": None, "body": None, "error": f"entry: bad_feed: {reason}"})
            logger.warning("%s is not a readable feed: %s", response.url, reason)
            return
        for entry in feed.entries:
            url = self.article_url(entry, response)
            if not url:
                continue
            request = self.article_request(url, source, entry_date(entry))
            if request is not None:
                yield request

    def article_url(self, entry, response) -> str | None:
        """Hook: the article URL of a feed entry."""
        return entry.get("link")
