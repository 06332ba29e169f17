"""Turn a fetched page into an article (extract.article: trafilatura for HTML, pypdf for PDF).

Content that is neither HTML, PDF nor plain text is stored as a page with its error and
counted as errors:unsupported_type; a page the extractor cannot read as errors:extract.
Both are kept as pages, so they are not downloaded again.

With TASKERWATCH_EXTRACT_PROCESSES > 0 (the default on a machine with two cores or more) the
extraction runs in worker processes while the reactor goes on downloading.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures.process import BrokenProcessPool

from scrapy.exceptions import DropItem

from crawlers.pipelines import _extract_pool
from crawlers.pipelines._sink import page_record, sink_from

logger = logging.getLogger(__name__)

READABLE_TYPES = ("text/html", "application/xhtml+xml", "application/pdf", "text/plain",
                  "application/x-pdf")


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def extract_page(body: bytes, url: str, content_type: str | None, published_hint: str | None):
    """extract.article.extract_article, importable by name for the worker processes."""
    from extract.article import extract_article

    return extract_article(body, url=url, content_type=content_type,
                           published_hint=published_hint)


class ExtractArticlePipeline:
    def __init__(self, sink, stats, processes: int = 0):
        self.sink = sink
        self.stats = stats
        self.processes = processes

    @classmethod
    def from_crawler(cls, crawler):
        processes = crawler.settings.get("TASKERWATCH_EXTRACT_PROCESSES")
        processes = _extract_pool.default_processes() if processes is None else int(processes)
        return cls(sink_from(crawler), crawler.stats, processes)

    def _drop(self, item, kind: str, reason: str):
        self.sink.store_page(page_record(item, error=f"{kind}: {reason}"))
        self.sink.record(item["source"], f"errors:{kind}")
        self.stats.inc_value(f"taskerwatch/extract/{kind}")
        raise DropItem(f"{item['url']}: {reason}", log_level="INFO")

    async def process_item(self, item):
        from extract.errors import ExtractionError

        mtype = media_type(item.get("content_type"))
        body = item.get("body") or b""
        if mtype and mtype not in READABLE_TYPES and not body.startswith(b"%PDF-"):
            self._drop(item, "unsupported_type", f"content type {mtype} is not an article")
        args = (body, item["canonical_url"], item.get("content_type"), item.get("published_hint"))
        try:
            item["article"] = await self._extract(args)
        except ExtractionError as exc:
            self._drop(item, "extract", str(exc))
        return item

    async def _extract(self, args):
        pool = _extract_pool.extraction_pool(self.processes)
        if pool is None:
            return extract_page(*args)
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, extract_page, *args)
        except BrokenProcessPool:
            # A worker died on this page or a neighbour: do this one here, renew the pool
            logger.warning("an extraction worker died; extracting %s in the crawl process",
                           args[1])
            self.stats.inc_value("taskerwatch/extract/worker_died")
            _extract_pool.discard_broken_pool()
            return extract_page(*args)
