"""Sitemaps: robots.txt Sitemap: lines, sitemap indexes, (gzipped) sitemaps and news sitemaps
with publication dates. Parsed with lxml so `news:publication_date` (a grandchild, which
Scrapy's Sitemap class drops) is kept."""
from __future__ import annotations

import logging
import re
from datetime import date

import lxml.etree
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import sitemap_urls_from_robots

from crawlers.spiders.base import BaseSpider

logger = logging.getLogger(__name__)

_PARSER_OPTIONS = dict(recover=True, resolve_entities=False, no_network=True,
                       remove_comments=True, huge_tree=False)


def _local(tag) -> str:
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _child_text(element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def parse_sitemap(body: bytes) -> tuple[str, list[dict]]:
    """("sitemapindex" | "urlset" | other root name, [{"loc", "date"}]) from sitemap XML.
    The date is news:publication_date, else lastmod."""
    root = lxml.etree.fromstring(body, lxml.etree.XMLParser(**_PARSER_OPTIONS))
    if root is None:
        return "", []
    kind = _local(root.tag)
    rows = []
    for element in root:
        if _local(element.tag) not in ("url", "sitemap"):
            continue
        loc = _child_text(element, "loc")
        if not loc:
            continue
        rows.append({"loc": loc, "date": _iso_date(
            _child_text(element, "publication_date") or _child_text(element, "lastmod"))})
    return kind, rows


class SitemapSpider(BaseSpider):
    name = "sitemaps"

    def entry_requests(self, source):
        for url in source.sitemaps:
            if url.rstrip("/").endswith("/robots.txt"):
                yield self.entry_request(url, source, self.parse_robots, conditional=False)
            else:
                yield self.entry_request(url, source, self.parse_sitemap)

    def follows(self, source, url: str) -> bool:
        patterns = getattr(source, "sitemap_follow", ()) or ()
        return not patterns or any(re.search(p, url) for p in patterns)

    def parse_robots(self, response):
        source = self.source_named(response.meta["source"])
        for url in sitemap_urls_from_robots(response.text, base_url=response.url):
            if self.follows(source, url):
                yield self.entry_request(url, source, self.parse_sitemap)

    def sitemap_body(self, response) -> bytes | None:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            max_size = self.settings.getint("TASKERWATCH_MAX_SITEMAP_BYTES")
            try:
                return gunzip(body, max_size=max_size)
            except (OSError, ValueError) as exc:  # corrupt gzip or over the size limit
                logger.warning("%s: cannot gunzip sitemap: %s", response.url, exc)
                return None
        return body

    def parse_sitemap(self, response):
        if not self.entry_fetched(response):
            return
        source = self.source_named(response.meta["source"])
        body = self.sitemap_body(response)
        kind, rows = parse_sitemap(body) if body else ("", [])
        if kind not in ("sitemapindex", "urlset"):
            self.sink.record(source.name, "errors:bad_sitemap")
            self.sink.store_page({
                "url": response.url, "canonical_url": response.url, "source": source.name,
                "status": response.status, "fetched_at": None, "content_type": None,
                "content_hash": None, "body": None,
                "error": "entry: bad_sitemap: not a sitemap or sitemap index"})
            return
        for row in rows:
            if kind == "sitemapindex":
                # A sub-sitemap last modified before --since lists nothing newer.
                if self.follows(source, row["loc"]) and not self.too_old(row["date"]):
                    yield self.entry_request(row["loc"], source, self.parse_sitemap)
            else:
                request = self.article_request(row["loc"], source.name, row["date"])
                if request is not None:
                    yield request
