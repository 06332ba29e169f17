"""Keyword discovery: search feeds (Google News RSS, GDELT DOC 2.0 `format=rss`) that list
articles from any publisher, one feed per query in the sources file."""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawlers.spiders.feed import FeedSpider

_HREF = re.compile(r"""href=["']([^"']+)["']""", re.I)


class DiscoverySpider(FeedSpider):
    name = "discovery"

    def entry_urls(self, source) -> list[str]:
        return source.search_urls()

    def article_url(self, entry, response) -> str | None:
        """The publisher's URL when the entry names it; otherwise the search engine's link,
        whose redirect is followed (the article is stored under the URL it lands on)."""
        link = entry.get("link")
        if not link:
            return None
        engine = urlsplit(response.url).hostname
        if urlsplit(link).hostname != engine:
            return link
        candidates = [l.get("href") for l in entry.get("links", [])]
        source = entry.get("source") or {}
        # A source href is the publisher's article only if it is deeper than a home page.
        candidates.append(source.get("href") if urlsplit(source.get("href") or "").path.strip("/")
                          else None)
        candidates += _HREF.findall(entry.get("summary", "") or "")
        for url in candidates:
            if url and urlsplit(url).scheme in ("http", "https") \
                    and urlsplit(url).hostname not in (None, engine):
                return url
        return link
