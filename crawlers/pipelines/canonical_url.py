"""Canonical URL of a fetched page: its `<link rel=canonical>` (this resolves AMP and
syndicated copies to the original) or the URL it was served from, without tracking
parameters (courlan)."""
from __future__ import annotations

from crawlers.urls import canonical_url, page_canonical


class CanonicalUrlPipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        served = item.get("response_url") or item["url"]
        from_link = page_canonical(served, item.get("link_canonical"))
        item["canonical_url"] = from_link or canonical_url(served) or served
        if item["canonical_url"] != item["url"]:
            self.stats.inc_value("taskerwatch/canonical_url/changed")
        return item
