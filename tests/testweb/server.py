"""The test web: a threaded stdlib HTTP server with the pages in ./pages and these faults:
404, a 500 that succeeds on retry, a 429 with Retry-After: 1, a redirect, a redirect loop,
a robots.txt-disallowed path, a latin-1 page, a page over the size cap, a malformed feed,
one article under several URLs, a page that never answers in time, a PDF and an image.
Feeds and sitemaps answer conditional requests (ETag / Last-Modified) with 304.

Every request is logged (`web.requests`, `web.count(path)`), with the peak number of
requests in flight at once (`web.max_in_flight`).
"""
from __future__ import annotations

import gzip
import hashlib
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.sample_site import LoopbackServer

PAGES = Path(__file__).resolve().parent / "pages"
LAST_MODIFIED = "Mon, 02 Nov 2026 08:00:00 GMT"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with these lines of text (Helvetica), xref offsets computed."""
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(" + l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
        for l in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R"
        b" >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("latin-1") + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


REPORT_LINES = [
    "Fairwork Cloudwork Ratings: platform work for AI training data",
    "This report rates data annotation platforms on fair pay, conditions, contracts,",
    "management and representation. Remotasks scored one out of ten, while Appen and",
    "Toloka scored higher. Workers in Kenya, the Philippines and Venezuela told researchers",
    "that pay for data labelling tasks fell sharply and that accounts were deactivated",
    "without explanation. Many annotators work for Scale AI through its Remotasks brand.",
    "The platforms were asked to commit to minimum standards for data workers.",
]


class TestWeb:
    __test__ = False  # a fixture server, not a test class

    """Start with `with TestWeb() as web:`; `web.url(path)` gives absolute URLs."""

    def __init__(self, port: int | None = None, never_seconds: float = 8.0,
                 big_bytes: int = 300_000):
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.never_seconds = never_seconds
        self.big_bytes = big_bytes
        self.requests: list[tuple[str, str, dict]] = []
        self.times: list[tuple[str, float]] = []  # (path, monotonic time) per request
        self.in_flight = 0
        self.max_in_flight = 0
        self._hits: dict[str, int] = {}
        self._lock = threading.Lock()
        self._server = None

    # ------------------------------------------------------------ lifecycle

    def __enter__(self):
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):
                web._handle(self)

            def log_message(self, *args):
                pass

        self._server = LoopbackServer(("127.0.0.1", self.port), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str, *, exact: bool = False) -> int:
        """Requests seen for a path (query string ignored unless exact)."""
        return sum(1 for _, p, _ in self.requests
                   if (p if exact else urlsplit(p).path) == path)

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.requests]

    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.times.clear()

    # ------------------------------------------------------------ documents

    def feed_rss(self) -> bytes:
        u = self.url
        items = [
            (u("/articles/scale-ai-cuts?utm_source=rss&utm_medium=feed"), "Mon, 02 Nov 2026 09:00:00 GMT"),
            (u("/articles/scale-ai-cuts?fbclid=IwAR0abc"), "Mon, 02 Nov 2026 09:00:00 GMT"),
            (u("/articles/scale-ai-cuts"), "Mon, 02 Nov 2026 09:00:00 GMT"),
            (u("/articles/old-story"), "Fri, 01 Mar 2019 09:00:00 GMT"),
            (u("/private/secret"), "Tue, 03 Nov 2026 09:00:00 GMT"),
            (u("/missing"), "Tue, 03 Nov 2026 09:00:00 GMT"),
            (u("/flaky"), "Sat, 07 Nov 2026 09:00:00 GMT"),
            (u("/slow-down"), "Sun, 08 Nov 2026 09:00:00 GMT"),
            (u("/redirect"), "Fri, 06 Nov 2026 09:00:00 GMT"),
            (u("/loop-a"), "Fri, 06 Nov 2026 09:00:00 GMT"),
            (u("/articles/latin1"), "Thu, 05 Nov 2026 09:00:00 GMT"),
            (u("/big"), "Thu, 05 Nov 2026 09:00:00 GMT"),
            (u("/never"), "Thu, 05 Nov 2026 09:00:00 GMT"),
            (u("/report.pdf"), "Thu, 05 Nov 2026 09:00:00 GMT"),
            (u("/image.png"), "Thu, 05 Nov 2026 09:00:00 GMT"),
            (u("/amp/appen-story"), "Wed, 04 Nov 2026 09:00:00 GMT"),
        ]
        body = "".join(f"<item><title>Item {i}</title><link>{link.replace('&', '&amp;')}</link>"
                       f"<guid>{i}</guid><pubDate>{date}</pubDate></item>"
                       for i, (link, date) in enumerate(items))
        return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
                f"<title>Test web</title><link>{u('/')}</link><description>t</description>"
                f"{body}</channel></rss>").encode()

    def atom(self) -> bytes:
        u = self.url
        entries = [(u("/articles/sama-moderators"), "2026-11-03T09:00:00Z"),
                   (u("/articles/appen-story"), "2026-11-04T09:00:00Z")]
        body = "".join(f'<entry><title>E{i}</title><id>urn:e{i}</id><link href="{link}"/>'
                       f"<updated>{d}</updated><published>{d}</published></entry>"
                       for i, (link, d) in enumerate(entries))
        return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f"<title>Test web Atom</title><id>urn:testweb</id><updated>2026-11-04T09:00:00Z"
                f"</updated>{body}</feed>").encode()

    def search_rss(self) -> bytes:
        """No validators on purpose: the second run reads it again and must still not
        download the articles its links lead to."""
        items = "".join(
            f"<item><title>{t}</title><link>{self.url(p)}</link>"
            f"<pubDate>Fri, 06 Nov 2026 09:00:00 GMT</pubDate>"
            f'<source url="{self.url("/")}">Test web</source></item>'
            for t, p in (("Discovered", "/go/discovered"), ("Known", "/go/scale")))
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Search</title>'
                f"{items}</channel></rss>").encode()

    def sitemap_index(self) -> bytes:
        return (f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<sitemap><loc>{self.url('/sitemaps/news.xml.gz')}</loc>"
                f"<lastmod>2026-11-05</lastmod></sitemap>"
                f"<sitemap><loc>{self.url('/sitemaps/archive-2018.xml')}</loc>"
                f"<lastmod>2018-12-31</lastmod></sitemap></sitemapindex>").encode()

    def news_sitemap(self) -> bytes:
        rows = [("/articles/toloka-news", "2026-11-05T10:00:00+00:00"),
                ("/articles/scale-ai-cuts", "2026-11-02T09:00:00+00:00"),
                ("/articles/off-topic-gardening", "2026-11-05T11:00:00+00:00")]
        urls = "".join(
            f"<url><loc>{self.url(p)}</loc><news:news><news:publication>"
            f"<news:name>Test web</news:name><news:language>en</news:language>"
            f"</news:publication><news:publication_date>{d}</news:publication_date>"
            f"<news:title>t</news:title></news:news></url>" for p, d in rows)
        xml = (f'<?xml version="1.0" encoding="UTF-8"?>'
               f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
               f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>')
        return gzip.compress(xml.encode(), mtime=0)

    def archive_sitemap(self) -> bytes:
        return (f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
                f"<loc>{self.url('/articles/old-story')}</loc><lastmod>2018-05-01</lastmod>"
                f"</url></urlset>").encode()

    # ------------------------------------------------------------ dispatch

    def _hit(self, key: str) -> int:
        with self._lock:
            self._hits[key] = self._hits.get(key, 0) + 1
            return self._hits[key]

    def _handle(self, h: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self.requests.append(("GET", h.path, dict(h.headers)))
            self.times.append((h.path, time.monotonic()))
            # /never outlives the crawler's timeout on purpose; it is not a concurrent request.
            counted = urlsplit(h.path).path != "/never"
            self.in_flight += counted
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            self._route(h, urlsplit(h.path).path)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up on this request (timeout, size cap)
        finally:
            with self._lock:
                self.in_flight -= counted

    def _send(self, h, status: int, body: bytes = b"", content_type: str = "text/html; charset=utf-8",
              headers: dict | None = None) -> None:
        h.send_response(status)
        if content_type:
            h.send_header("Content-Type", content_type)
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    def _conditional(self, h, body: bytes, content_type: str) -> None:
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        validators = {"ETag": etag, "Last-Modified": LAST_MODIFIED}
        if h.headers.get("If-None-Match") == etag:
            self._send(h, 304, b"", None, validators)
        else:
            self._send(h, 200, body, content_type, validators)

    def _route(self, h, path: str) -> None:
        if path == "/robots.txt":
            return self._send(h, 200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        if path == "/feed.rss":
            return self._conditional(h, self.feed_rss(), "application/rss+xml")
        if path == "/atom.xml":
            return self._conditional(h, self.atom(), "application/atom+xml")
        if path == "/bad-feed.xml":
            return self._send(h, 200, b"<rss><channel><item><title>broken & <link>",
                              "application/rss+xml")
        if path == "/sitemap_index.xml":
            return self._conditional(h, self.sitemap_index(), "application/xml")
        if path == "/sitemaps/news.xml.gz":
            return self._conditional(h, self.news_sitemap(), "application/gzip")
        if path == "/sitemaps/archive-2018.xml":
            return self._conditional(h, self.archive_sitemap(), "application/xml")
        if path == "/articles/latin1":  # latin-1 bytes, no charset anywhere
            return self._send(h, 200, (PAGES / "articles/latin1.html").read_bytes(), "text/html")
        if path.startswith("/articles/") or path.startswith("/amp/"):
            file = PAGES / (path.strip("/") + ".html")
            if file.is_file():
                return self._send(h, 200, file.read_bytes())
            return self._send(h, 404, b"<h1>Not found</h1>")
        if path == "/search":  # a search feed (Google News style): links that redirect
            return self._send(h, 200, self.search_rss(), "application/rss+xml")
        if path == "/go/discovered":
            return self._send(h, 302, b"", headers={"Location": "/articles/discovered"})
        if path == "/go/scale":
            return self._send(h, 302, b"", headers={"Location": "/articles/scale-ai-cuts"})
        if path == "/flaky":
            if self._hit("flaky") == 1:
                return self._send(h, 500, b"<h1>Internal error</h1>")
            return self._send(h, 200, (PAGES / "articles/flaky.html").read_bytes())
        if path == "/slow-down":
            if self._hit("slow-down") == 1:
                return self._send(h, 429, b"<h1>Too many requests</h1>",
                                  headers={"Retry-After": "1"})
            return self._send(h, 200, (PAGES / "articles/slow-down.html").read_bytes())
        if path == "/redirect":
            return self._send(h, 301, b"", headers={"Location": "/articles/redirected-target"})
        if path == "/loop-a":
            return self._send(h, 302, b"", headers={"Location": "/loop-b"})
        if path == "/loop-b":
            return self._send(h, 302, b"", headers={"Location": "/loop-a"})
        if path == "/big":
            filler = b"<p>" + b"x" * 1000 + b"</p>\n"
            body = b"<html><body>" + filler * (self.big_bytes // len(filler) + 1) + b"</body></html>"
            return self._send(h, 200, body)
        if path == "/never":
            time.sleep(self.never_seconds)
            return self._send(h, 200, b"<html><body>too late</body></html>")
        if path == "/report.pdf":
            return self._send(h, 200, minimal_pdf(REPORT_LINES), "application/pdf")
        if path == "/image.png":
            return self._send(h, 200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        if path == "/private/secret":
            return self._send(h, 200, b"<h1>robots.txt says you should not be here</h1>")
        return self._send(h, 404, b"<h1>Not found</h1>")
