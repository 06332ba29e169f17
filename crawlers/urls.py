"""URL canonicalisation shared by the spiders (before download) and the pipeline (after)."""
from __future__ import annotations

from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import normalize_url


def canonical_url(url: str) -> str | None:
    """The URL without tracking parameters (utm_*, fbclid, ...), fragment or default port;
    None if it is not an http(s) URL."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return None
        normal = normalize_url(url, strict=False)
        # The fragment never reaches the server: #comments is the same article.
        return urlunsplit(urlsplit(normal)._replace(fragment=""))
    except ValueError:  # "Invalid IPv6 URL", bad ports: not a URL we can fetch
        return None


def page_canonical(page_url: str, link_href: str | None) -> str | None:
    """The page's `<link rel=canonical>` as an absolute canonical URL, if it is usable.

    A canonical naming the site's front page for an article deeper in the site is a common
    template bug; it is ignored rather than merging every article into the home page.
    """
    if not link_href:
        return None
    target = canonical_url(urljoin(page_url, link_href.strip()))
    if not target:
        return None
    if urlsplit(target).path in ("", "/") and urlsplit(page_url).path not in ("", "/"):
        return None
    return target
