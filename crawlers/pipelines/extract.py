"""Turn a fetched page into an article (extract.article: trafilatura for HTML, pypdf for PDF).

Content that is neither HTML, PDF nor plain text is stored as a page with its error and
counted as errors:unsupported_type; a page the extractor cannot read as errors:extract.
Both are kept as pages, so they are not downloaded again.
"""
from __future__ import annotations

import logging

from scrapy.exceptions import DropItem

from crawlers.pipelines._sink import page_record, sink_from

logger = logging.getLogger(__name__)

READABLE_TYPES = ("text/html", "application/xhtml+xml", "application/pdf", "text/plain",
                  "application/x-pdf")


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


class ExtractArticlePipeline:
    def __init__(self, sink, stats):
        self.sink = sink
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(sink_from(crawler), crawler.stats)

    def _drop(self, item, kind: str, reason: str):
        self.sink.store_page(page_record(item, error=f"{kind}: {reason}"))
        self.sink.record(item["source"], f"errors:{kind}")
        self.stats.inc_value(f"taskerwatch/extract/{kind}")
        raise DropItem(f"{item['url']}: {reason}", log_level="INFO")

    def process_item(self, item):
        from extract.article import extract_article
        from extract.errors import ExtractionError

        mtype = media_type(item.get("content_type"))
        body = item.get("body") or b""
        if mtype and mtype not in READABLE_TYPES and not body.startswith(b"%PDF-"):
            self._drop(item, "unsupported_type", f"content type {mtype} is not an article")
        try:
            article = extract_article(body, url=item["canonical_url"],
                                      content_type=item.get("content_type"),
                                      published_hint=item.get("published_hint"))
        except ExtractionError as exc:
            self._drop(item, "extract", str(exc))
        item["article"] = article
        return item
