"""What every taskerwatch spider shares: sources, the sink, requests for feeds/sitemaps with
conditional headers, requests for articles that skip what is stored, and failure bookkeeping.

Subclasses are declarative: a `name`, and `entry_requests(source)` plus the parse callbacks
for their entry documents. Hooks: `entry_urls(source)`, `article_url(...)`.
"""
from __future__ import annotations

import logging
import re
from datetime import date, datetime, timezone
from pathlib import Path

import scrapy
from scrapy import signals
from scrapy.exceptions import DownloadCancelledError, IgnoreRequest, NotConfigured
from scrapy.spidermiddlewares.httperror import HttpError

from crawlers.middlewares.size_cap import PageTooLarge
from crawlers.urls import canonical_url

logger = logging.getLogger(__name__)

_ERROR_KINDS = (
    # (exception class names, kind): names, so optional Twisted/Scrapy classes need no import
    ({"DNSLookupError", "CannotResolveHostError"}, "dns"),
    ({"ConnectionRefusedError", "DownloadConnectionRefusedError"}, "connection_refused"),
    ({"TimeoutError", "TCPTimedOutError", "DownloadTimeoutError", "UserTimeoutError"}, "timeout"),
    ({"ConnectionLost", "ConnectionDone", "ResponseNeverReceived", "ResponseFailed",
      "ConnectError", "DownloadFailedError", "ResponseDataLossError"}, "connection"),
)


def failure_kind(failure) -> tuple[str, str]:
    """(kind, one-line reason) for a failed request; kind "robots" is a skip, not an error."""
    exc = failure.value
    if isinstance(exc, HttpError):
        return f"http_{exc.response.status}", f"HTTP {exc.response.status}"
    if isinstance(exc, PageTooLarge):
        return "too_large", str(exc)
    if isinstance(exc, DownloadCancelledError) and "max size" in str(exc):
        return "too_large", str(exc)
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "robots.txt" in text:
            return "robots", "forbidden by robots.txt"
        if "redirect" in text.lower():
            return "redirect_loop", text or "too many redirects"
        return "ignored", text or "request ignored"
    names = {cls.__name__ for cls in type(exc).__mro__}
    for classes, kind in _ERROR_KINDS:
        if names & classes:
            return kind, f"{type(exc).__name__}: {exc}".strip()
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).lower(), str(exc) or type(exc).__name__


def parse_since(value) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def now_iso() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class BaseSpider(scrapy.Spider):
    """A spider over a list of `pipeline.sources.Source` (or dicts with the same keys)."""

    name = "base"

    def __init__(self, sources=(), since=None, **kwargs):
        super().__init__(**kwargs)
        self.sources = list(sources)
        self.since = parse_since(since)
        self._seen: set[str] = set()
        self._validators: dict[str, tuple[str | None, str | None]] = {}

    @classmethod
    def update_settings(cls, settings):
        super().update_settings(settings)
        # One JOBDIR per spider so a killed run resumes its own queue.
        state_dir = settings.get("TASKERWATCH_CRAWL_STATE_DIR")
        if state_dir and not settings.get("JOBDIR"):
            settings.set("JOBDIR", str(Path(state_dir) / cls.name), priority="spider")

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.sink = crawler.settings.get("TASKERWATCH_SINK")
        if spider.sink is None:
            raise NotConfigured("TASKERWATCH_SINK is not set: start crawls with pipeline.crawl")
        if spider.since is None:
            spider.since = parse_since(crawler.settings.get("TASKERWATCH_SINCE"))
        # A bug in a callback or pipeline is counted against its source, not lost in the log.
        crawler.signals.connect(spider._on_spider_error, signal=signals.spider_error)
        crawler.signals.connect(spider._on_item_error, signal=signals.item_error)
        return spider

    def _on_spider_error(self, failure, response, spider=None):
        self.sink.record(response.meta.get("source", "?"), "errors:spider_exception")

    def _on_item_error(self, item, response, spider=None, failure=None):
        source = (item or {}).get("source") or (response.meta.get("source") if response else "?")
        self.sink.record(source, "errors:pipeline_exception")

    # ------------------------------------------------------------ entry documents

    async def start(self):
        for source in self.sources:
            for request in self.entry_requests(source):
                yield request

    def entry_requests(self, source):
        raise NotImplementedError

    def entry_request(self, url: str, source, callback, *, conditional: bool = True):
        """A feed or sitemap request: conditional (ETag / Last-Modified), 304 let through."""
        headers = self.sink.conditional_headers(url) if conditional else {}
        return scrapy.Request(
            url, callback=callback, errback=self.on_entry_error, headers=headers,
            dont_filter=True, priority=10,
            meta={"source": source.name, "role": "entry", "handle_httpstatus_list": [304]})

    def entry_fetched(self, response) -> bool:
        """Bookkeeping for a feed/sitemap response; False if there is nothing new (304)."""
        source = response.meta["source"]
        if response.status == 304:
            self.sink.record(source, "not_modified")
            return False
        # Kept until the spider finishes: a run killed half-way must read the feed again
        # next time (a 304 would hide the entries it never got to).
        self._validators[response.request.url if response.request else response.url] = (
            _header(response, b"ETag"), _header(response, b"Last-Modified"))
        return True

    def closed(self, reason):
        if reason != "finished":
            return
        for url, (etag, last_modified) in self._validators.items():
            self.sink.remember_validators(url, etag, last_modified)

    def source_named(self, name: str):
        return next(s for s in self.sources if s.name == name)

    # ------------------------------------------------------------ articles

    def too_old(self, published: date | None) -> bool:
        return bool(self.since and published and published < self.since)

    def article_request(self, url: str, source_name: str, published: date | None = None):
        """A request for an article page, or None (with the reason counted) if it is skipped:
        older than --since, already stored, or already requested in this run."""
        canonical = canonical_url(url)
        if canonical is None:
            self.sink.record(source_name, "skipped")
            self.sink.record(source_name, "skipped:bad_url")
            return None
        if self.too_old(published):
            self.sink.record(source_name, "skipped")
            self.sink.record(source_name, "skipped:older_than_since")
            return None
        if canonical in self._seen:
            return None  # the same article listed twice (tracking parameters, two feeds)
        self._seen.add(canonical)
        if self.sink.is_stored(canonical) or (url != canonical and self.sink.is_stored(url)):
            self.sink.record(source_name, "skipped")
            self.sink.record(source_name, "skipped:stored")
            return None
        # dont_filter: redirects must reach REDIRECT_MAX_TIMES (a loop is recorded, not
        # silently dropped by the dupe filter); duplicates are handled by _seen and the sink.
        # The canonical URL is requested: tracking parameters are not sent to the publisher.
        return scrapy.Request(
            canonical, callback=self.parse_article, errback=self.on_article_error, dont_filter=True,
            meta={"source": source_name, "role": "article",
                  "published": published.isoformat() if published else None})

    def parse_article(self, response):
        source = response.meta["source"]
        self.sink.record(source, "pages")
        yield {
            # The URL as listed, before redirects: a search engine's link is then known next
            # run and not downloaded again.
            "url": (response.meta.get("redirect_urls") or [response.url])[0],
            "response_url": response.url,
            "source": source,
            "status": response.status,
            "fetched_at": now_iso(),
            "content_type": _content_type(response),
            "body": response.body,
            "published_hint": response.meta.get("published"),
            "link_canonical": _link_canonical(response),
        }

    # ------------------------------------------------------------ failures

    def _failed(self, failure, role: str):
        request = failure.request
        source = request.meta.get("source", "?")
        # Record the URL the feed/sitemap listed, not the last hop of its redirects.
        url = (request.meta.get("redirect_urls") or [request.url])[0]
        kind, reason = failure_kind(failure)
        if kind == "robots":
            self.sink.record(source, "skipped")
            self.sink.record(source, "skipped:robots")
        else:
            self.sink.record(source, f"errors:{kind}")
        logger.info("%s %s failed (%s): %s", role, url, kind, reason)
        status = failure.value.response.status if isinstance(failure.value, HttpError) else None
        self.sink.store_page({
            "url": url, "canonical_url": canonical_url(url) or url,
            "source": source, "status": status, "fetched_at": now_iso(),
            "content_type": None, "content_hash": None, "body": None,
            "error": f"{role}: {kind}: {reason}"})

    def on_entry_error(self, failure):
        self._failed(failure, "entry")

    def on_article_error(self, failure):
        self._failed(failure, "article")


def _header(response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _content_type(response) -> str | None:
    """The Content-Type, with the charset the encoding middleware detected when the page
    declared none (so the extractor reads the same letters as response.text)."""
    content_type = _header(response, b"Content-Type")
    detected = response.meta.get("detected_encoding")
    textual = (content_type or "").lower().startswith(("text/", "application/xhtml"))
    if detected and textual and "charset" not in content_type.lower():
        return f"{content_type}; charset={detected}"
    return content_type


def _link_canonical(response) -> str | None:
    if not isinstance(response, scrapy.http.TextResponse):
        return None
    try:
        return response.xpath(
            "//head/link[contains(concat(' ', normalize-space(@rel), ' '), ' canonical ')]"
            "/@href").get()
    except (ValueError, AttributeError):
        return None  # not parseable as HTML (e.g. text/plain)
