"""Shared by the pipelines: the crawler's sink and the page record for an item."""
from __future__ import annotations

import hashlib

from scrapy.exceptions import NotConfigured


def sink_from(crawler):
    sink = crawler.settings.get("TASKERWATCH_SINK")
    if sink is None:
        raise NotConfigured("TASKERWATCH_SINK is not set: start crawls with pipeline.crawl")
    return sink


def page_record(item: dict, error: str | None = None) -> dict:
    body = item.get("body") or b""
    return {
        "url": item["url"], "canonical_url": item.get("canonical_url") or item["url"],
        "source": item["source"], "status": item.get("status"),
        "fetched_at": item.get("fetched_at"), "content_type": item.get("content_type"),
        "content_hash": hashlib.sha256(body).hexdigest() if body else None,
        "body": body or None, "error": error,
    }
