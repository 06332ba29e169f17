"""Drop a page whose canonical URL is already stored (found under another URL: a redirect,
an AMP copy, a search engine's link). Its own URL is stored as a page, so it is recognised
before download next time."""
from __future__ import annotations

from scrapy.exceptions import DropItem

from crawlers.pipelines._sink import page_record, sink_from


class DropStoredPipeline:
    def __init__(self, sink, stats):
        self.sink = sink
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(sink_from(crawler), crawler.stats)

    def process_item(self, item):
        if not self.sink.is_stored(item["canonical_url"]):
            return item
        self.sink.store_page(page_record(item, error=None))
        self.sink.record(item["source"], "skipped")
        self.sink.record(item["source"], "skipped:stored")
        self.stats.inc_value("taskerwatch/drop_stored/dropped")
        raise DropItem(f"already stored as {item['canonical_url']}", log_level="DEBUG")
