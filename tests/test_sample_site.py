"""The bundled sample site: served on 127.0.0.1, every article reachable from its feeds and
sitemaps, realistic metadata, the PDF readable, and the committed files equal to what the
generator builds."""
from __future__ import annotations

import gzip
import importlib.util
import io
import json
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import feedparser
import pypdf
import pytest

from pipeline.sample_site import (DEFAULT_ROOT, OUTLET_PORTS, SampleSite, SampleSiteError,
                                  sample_entry_points, serve_sample_site)

SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"
XSS_TITLE = "Scale AI's open Google Docs: no <script>alert(1)</script> needed to read client files"


def load_builder():
    spec = importlib.util.spec_from_file_location("build_site", DEFAULT_ROOT / "tools" / "build_site.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_site"] = module  # dataclasses look the module up while building it
    spec.loader.exec_module(module)
    return module


def corpus():
    builder = load_builder()
    return [a for slug, outlet in builder.OUTLETS.items()
            for a in builder.parse_corpus(DEFAULT_ROOT / "tools" / "corpus" / f"{slug}.txt", outlet)]


def fetch(url: str):
    try:
        with urllib.request.urlopen(url, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


@pytest.fixture(scope="module")
def site():
    # The ports are fixed (the pages' absolute URLs name them); another test run on this
    # machine, such as a sample crawl, may hold them for a while, so wait for them.
    deadline = time.monotonic() + 120
    while True:
        try:
            server = serve_sample_site()
            break
        except SampleSiteError:
            if time.monotonic() > deadline:
                raise
            time.sleep(1)
    with server as base_urls:
        yield base_urls


class PageParser(HTMLParser):
    """Collects what a crawler or extractor reads from an article page."""

    def __init__(self):
        super().__init__()
        self.json_ld, self.meta, self.links, self.canonical = [], {}, [], None
        self.title, self._in = "", None
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("type") == "application/ld+json":
            self._in = "ld"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"
        elif tag == "meta" and (a.get("property") or a.get("name")):
            self.meta[a.get("property") or a.get("name")] = a.get("content")
        elif tag == "link" and a.get("rel") == "canonical":
            self.canonical = a.get("href")
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])
        elif tag == "form" and a.get("action"):
            self.links.append(a["action"])

    def handle_endtag(self, tag):
        if tag in ("script", "title"):
            self._in = None

    def handle_data(self, data):
        if self._in == "ld":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data
        else:
            self.text.append(data)


def parse_page(body: bytes) -> PageParser:
    parser = PageParser()
    parser.feed(body.decode("utf-8"))
    return parser


def sitemap_urls(url: str) -> list[str]:
    status, headers, body = fetch(url)
    assert status == 200, url
    if url.endswith(".gz"):
        body = gzip.decompress(body)
    root = ET.fromstring(body)
    if root.tag == SM + "sitemapindex":
        return [u for loc in root.iter(SM + "loc") for u in sitemap_urls(loc.text)]
    return [loc.text for loc in root.iter(SM + "loc")]


def entry_point_urls() -> set[str]:
    found = set()
    for points in sample_entry_points().values():
        for feed in points["feeds"]:
            status, headers, body = fetch(feed)
            assert status == 200, feed
            parsed = feedparser.parse(body)
            assert not parsed.bozo, (feed, parsed.get("bozo_exception"))
            assert parsed.version in ("rss20", "atom10"), (feed, parsed.version)
            found |= {entry.link for entry in parsed.entries}
        for sitemap in points["sitemaps"]:
            found |= set(sitemap_urls(sitemap))
    return found


def test_feeds_and_sitemaps_together_reach_every_article(site):
    articles = corpus()
    want = {a.url for a in articles}
    found = entry_point_urls()
    pdf = [u for u in found if u.endswith(".pdf")]
    assert pdf == ["http://127.0.0.1:8703/reports/2025/fair-data-work-labour-standards.pdf"]
    assert found - set(pdf) == want
    # No single entry point lists everything: a crawler has to use them all.
    for points in sample_entry_points().values():
        for feed in points["feeds"]:
            assert len(feedparser.parse(fetch(feed)[2]).entries) < len(want)


def test_every_article_resolves_with_metadata(site):
    for article in corpus():
        status, headers, body = fetch(article.url)
        assert status == 200, article.url
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        page = parse_page(body)
        assert page.canonical == article.url
        assert page.meta["og:title"] == article.title
        assert page.meta["og:url"] == article.url
        assert page.meta["article:published_time"].startswith(article.date.isoformat())
        (ld,) = [json.loads(block) for block in page.json_ld]
        assert ld["@type"] == "NewsArticle"
        assert ld["headline"] == article.title
        assert ld["datePublished"].startswith(article.date.isoformat())
        assert ld["author"][0]["name"] == article.author
        visible = " ".join(page.text)
        assert article.author in visible  # a byline a reader sees, not only metadata
        assert article.paragraphs[0] in " ".join(visible.split())


def test_corpus_has_enough_on_and_off_topic_articles():
    articles = corpus()
    on = [a for a in articles if a.topic == "on"]
    off = [a for a in articles if a.topic == "off"]
    assert len(on) >= 40 and len(off) >= 6
    assert all(250 <= a.words <= 600 for a in articles)
    assert {a.outlet.slug for a in on} == set(OUTLET_PORTS)


def test_outlets_use_different_templates(site):
    classes = set()
    for base in site:
        home = parse_page(fetch(base)[2])
        first = next(link for link in home.links if link.endswith(".html") or link.endswith("/")
                     and link.count("/") > 3)
        body = fetch(base.rstrip("/") + first)[2].decode()
        classes.add(re.search(r'<body class="([^"]+)"', body).group(1))
    assert len(classes) == 3


def test_script_in_a_title_is_escaped_text(site):
    (article,) = [a for a in corpus() if a.title == XSS_TITLE]
    body = fetch(article.url)[2].decode()
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    page = parse_page(body.encode())
    assert page.title.startswith(XSS_TITLE)
    assert json.loads(page.json_ld[0])["headline"] == XSS_TITLE
    titles = set()
    for url in ("http://127.0.0.1:8701/feed.xml", "http://127.0.0.1:8701/archive/feed.xml"):
        titles |= {e.title for e in feedparser.parse(fetch(url)[2]).entries}
    assert XSS_TITLE in titles


def test_pdf_report_is_served_and_readable(site):
    url = "http://127.0.0.1:8703/reports/2025/fair-data-work-labour-standards.pdf"
    status, headers, body = fetch(url)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    reader = pypdf.PdfReader(io.BytesIO(body))
    assert 2 <= len(reader.pages) <= 3
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Fairwork" in text and "Remotasks" in text
    assert reader.metadata.title.startswith("Fair data work?")


def test_content_types_gzip_and_news_sitemap(site):
    status, headers, body = fetch("http://127.0.0.1:8703/sitemaps/articles.xml.gz")
    assert status == 200 and headers["Content-Type"] == "application/gzip"
    assert headers.get("Content-Encoding") is None and body[:2] == b"\x1f\x8b"
    status, headers, body = fetch("http://127.0.0.1:8703/sitemaps/news.xml")
    assert headers["Content-Type"].startswith("application/xml")
    dates = [d.text for d in ET.fromstring(body).iter(NEWS + "publication_date")]
    assert dates and all(re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$", d) for d in dates)
    assert fetch("http://127.0.0.1:8701/feed.xml")[1]["Content-Type"].startswith("application/rss+xml")
    assert fetch("http://127.0.0.1:8702/atom.xml")[1]["Content-Type"].startswith("application/atom+xml")


def test_missing_pages_and_folders_are_404(site):
    assert fetch("http://127.0.0.1:8701/news/2099/01/nothing.html")[0] == 404
    assert fetch("http://127.0.0.1:8701/news/")[0] == 404  # no directory listings
    assert fetch("http://127.0.0.1:8702/private/subscriber-tools.html")[0] == 404


def test_robots_disallow_paths_that_pages_link_to(site):
    for base in site:
        robots = fetch(base + "robots.txt")[2].decode()
        disallowed = re.findall(r"^Disallow: (\S+)", robots, re.M)
        assert disallowed, base
        home = parse_page(fetch(base)[2])
        article_link = next(l for l in home.links if l not in ("/", "/about.html")
                            and not l.startswith("/reports"))
        page = parse_page(fetch(base.rstrip("/") + article_link)[2])
        assert any(link.startswith(d) for link in page.links for d in disallowed), base


def test_a_busy_port_gives_a_clear_error(site):
    with pytest.raises(SampleSiteError, match=r"port 870\d on 127\.0\.0\.1 is busy"):
        serve_sample_site()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_stop_releases_the_ports():
    ports = {slug: free_port() for slug in OUTLET_PORTS}
    for _ in range(2):  # a second start on the same ports works only if the first stopped
        with SampleSite(ports=ports).start() as base_urls:
            assert fetch(base_urls[0] + "robots.txt")[0] == 200
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(base_urls[0], timeout=2)


def test_missing_root_is_a_one_line_error(tmp_path):
    with pytest.raises(SampleSiteError, match="sample site folder"):
        serve_sample_site(tmp_path)


def test_committed_site_matches_the_generator(tmp_path):
    copy = tmp_path / "sample_site"
    shutil.copytree(DEFAULT_ROOT / "tools", copy / "tools",
                    ignore=shutil.ignore_patterns("__pycache__"))
    subprocess.run([sys.executable, str(copy / "tools" / "build_site.py")], check=True,
                   capture_output=True)
    built = {p.relative_to(copy) for p in copy.rglob("*") if p.is_file()
             and "__pycache__" not in p.parts}
    committed = {p.relative_to(DEFAULT_ROOT) for p in DEFAULT_ROOT.rglob("*") if p.is_file()
                 and "__pycache__" not in p.parts}
    assert built == committed
    for rel in built:
        assert (copy / rel).read_bytes() == (DEFAULT_ROOT / rel).read_bytes(), rel
