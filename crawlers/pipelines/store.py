"""Store the page and the article through the sink (which commits as it goes)."""
from __future__ import annotations

import hashlib

from crawlers.pipelines._sink import page_record, sink_from


def article_extractor_version() -> str:
    import trafilatura

    import extract.article as article_module
    return getattr(article_module, "EXTRACTOR_VERSION", None) \
        or f"trafilatura-{trafilatura.__version__}"


class StorePipeline:
    def __init__(self, sink):
        self.sink = sink
        self.extractor_version = article_extractor_version()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(sink_from(crawler))

    def process_item(self, item):
        article = item["article"].to_dict()
        article.update(
            url=item["canonical_url"], source=item["source"],
            content_hash=hashlib.sha256((article.get("text") or "").encode("utf-8")).hexdigest(),
            relevance=item.get("relevance"), extractor_version=self.extractor_version,
            fetched_at=item.get("fetched_at"))
        is_new = self.sink.store_article(article, page=page_record(item))
        self.sink.record(item["source"], "new_articles" if is_new else "updated_articles")
        if not item.get("relevant", True):
            self.sink.record(item["source"], "off_topic")
        # The body is in the page row; the item that Scrapy logs need not carry it.
        return {"url": article["url"], "source": item["source"], "new": is_new,
                "relevance": item.get("relevance"), "title": article.get("title")}
