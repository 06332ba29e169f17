"""A generated news site served on 127.0.0.1 for the benchmark.

Articles are ~500-800 words about data-work platforms (so they pass the relevance filter and
give the NLP real work: companies, countries, events, figures), laid out like a news page with
menus, JSON-LD and OpenGraph. The server answers conditional requests (ETag / Last-Modified ->
304) and counts every request it sees, which is what `recrawl_requests_ratio` is made of.
"""
from __future__ import annotations

import hashlib
import html
import random
import threading
from collections import Counter
from datetime import date, timedelta
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler

from pipeline.sample_site import LoopbackServer

PLATFORMS = ["Scale AI", "Remotasks", "Outlier", "Sama", "Appen", "Amazon Mechanical Turk",
             "Toloka", "Clickworker", "CloudFactory", "iMerit", "TaskUs", "TELUS Digital",
             "Surge AI", "DataAnnotation", "Invisible Technologies", "Prolific", "Mercor",
             "Turing", "Hive", "Labelbox"]
CLIENTS = ["OpenAI", "Meta", "Google", "Microsoft", "Anthropic", "Amazon"]
COUNTRIES = ["Kenya", "Nigeria", "the Philippines", "India", "Pakistan", "Venezuela", "Uganda",
             "Ghana", "Colombia", "Brazil", "Indonesia", "Vietnam", "Poland", "Mexico",
             "South Africa", "Bangladesh", "Egypt", "Argentina", "Malaysia", "Rwanda"]
CITIES = ["Nairobi", "Lagos", "Cagayan de Oro", "Manila", "Caracas", "Kampala", "Accra",
          "Bogota", "Hyderabad", "Karachi"]
DEMONYMS = ["Kenyan", "Nigerian", "Filipino", "Indian", "Pakistani", "Venezuelan", "Ugandan"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

EVENT_SENTENCES = [
    "In {month}, {p} cut access for workers in {c1}, {c2} and {c3}, according to messages seen by reporters.",
    "{p} blocked new signups in {c1} and {c2} earlier this year.",
    "{p} expanded to {c1} and {c2} in {month}, recruiting thousands of new taskers.",
    "Pay rates on {p} fell from ${hi} a task to under {lo} cents, workers in {c1} said.",
    "Workers in {c1} said {p} delayed payments for weeks and sometimes reduced them without explanation.",
    "Dozens of {dem} workers were deactivated by {p} in {month} and locked out of their accounts.",
    "{p} laid off about {n} contractors in {c1} after losing a contract with {client}.",
    "{p} raised ${bn} billion in a round led by Accel at a ${val} billion valuation.",
    "{p} agreed to acquire a smaller labelling firm based in {c1}.",
    "Former moderators sued {p} and {client} in {c1}, alleging unfair dismissal.",
    "The labour ministry of {c1} opened an investigation into {p} in {month}.",
    "Workers for {p} in {city} formed a union and organised a protest over pay.",
    "Fairwork scored {p} {score} out of 10 in its latest rating of platform labour standards.",
]
FILLER = [
    "Data annotation is the unglamorous foundation of the artificial intelligence boom: every "
    "chatbot and self-driving system depends on people who label images, rank answers and write "
    "examples for models to learn from.",
    "Many taskers work from home on shared laptops or phones, logging in at night when the "
    "queues refill, and say they never know in advance how much work there will be.",
    "The companies describe the work as flexible and open to anyone with an internet connection, "
    "but workers describe opaque rules, sudden changes and support tickets that go unanswered.",
    "Researchers who study platform labour say the industry has moved from simple image tagging "
    "to complex reinforcement learning from human feedback, which pays more but demands more.",
    "Several workers asked not to be named because they feared losing access to the platform, "
    "which they said was their main source of income for their families.",
    "A spokesperson for the company said it was committed to fair pay and that it regularly "
    "reviews its policies to make sure contributors are treated well across every market.",
    "Payments typically arrive through PayPal or AirTM, and fees and exchange rates can eat into "
    "earnings that are already modest by the standards of the clients who buy the data.",
    "Labour advocates argue that platforms should publish their pay rates, explain deactivations "
    "and give workers a way to appeal decisions made by automated quality systems.",
    "Some workers have organised in messaging groups with thousands of members, sharing tips on "
    "which projects pay on time and warning each other about sudden policy changes.",
    "The work ranges from drawing boxes around pedestrians in street images to judging which of "
    "two chatbot answers is more helpful, and projects can end without notice.",
    "Industry analysts expect spending on training data to keep growing as companies race to "
    "build larger models, even as some tasks are automated by the models themselves.",
    "Governments have been slow to regulate the sector, in part because workers are classified "
    "as independent contractors and the platforms are headquartered abroad.",
]
AUTHORS = ["Amara Okafor", "Jun Santos", "Priya Raman", "Daniel Mwangi", "Lucia Fernandez",
           "Tom Becker", "Grace Njeri", "Omar Haddad"]


def _event_sentence(rng: random.Random) -> str:
    cs = rng.sample(COUNTRIES, 3)
    return rng.choice(EVENT_SENTENCES).format(
        p=rng.choice(PLATFORMS), client=rng.choice(CLIENTS), c1=cs[0], c2=cs[1], c3=cs[2],
        city=rng.choice(CITIES), dem=rng.choice(DEMONYMS), month=rng.choice(MONTHS),
        hi=rng.randint(2, 20), lo=rng.randint(1, 90), n=rng.randint(40, 4000),
        bn=rng.randint(1, 3), val=rng.randint(5, 30), score=rng.randint(0, 10))


def make_article(i: int, seed: int = 7) -> dict:
    """Article number i: deterministic, 500-800 words in 8-14 paragraphs."""
    rng = random.Random(seed * 1_000_003 + i)
    platform = rng.choice(PLATFORMS)
    country = rng.choice(COUNTRIES)
    published = date(2022, 1, 1) + timedelta(days=rng.randint(0, 1000))
    title = f"{platform} workers in {country.removeprefix('the ')} face uncertain future ({i})"
    target_words = rng.randint(500, 800)
    paragraphs, words = [], 0
    while words < target_words:
        sentences = [_event_sentence(rng)] + rng.sample(FILLER, 2)
        if rng.random() < 0.5:
            sentences.append(f"More than {rng.randint(2, 300)},000 people in {country} have "
                             f"signed up to {platform} since it arrived, earning $"
                             f"{rng.randint(2, 15)} an hour on good days.")
        rng.shuffle(sentences)
        para = " ".join(sentences)
        paragraphs.append(para)
        words += len(para.split())
    return {"slug": f"news/{published:%Y/%m}/story-{i}.html", "title": title,
            "published": published.isoformat(), "author": rng.choice(AUTHORS),
            "description": paragraphs[0][:180], "paragraphs": paragraphs}


def render_article(a: dict, base: str) -> bytes:
    url = f"{base}/{a['slug']}"
    esc = html.escape
    body = "\n".join(f"<p>{esc(p)}</p>" for p in a["paragraphs"])
    nav = "".join(f'<li><a href="{base}/section/{s}.html">{s.title()}</a></li>'
                  for s in ("world", "technology", "labour", "business", "opinion"))
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":%s,'
          '"datePublished":"%s","author":{"@type":"Person","name":%s},'
          '"publisher":{"@type":"Organization","name":"Loopback Ledger"}}'
          % (_json_str(a["title"]), a["published"], _json_str(a["author"])))
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{esc(a['title'])} | Loopback Ledger</title>
<link rel="canonical" href="{url}">
<meta name="description" content="{esc(a['description'])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Loopback Ledger">
<meta property="article:published_time" content="{a['published']}T08:00:00Z">
<meta name="author" content="{esc(a['author'])}">
<script type="application/ld+json">{ld}</script>
<style>body{{font-family:serif}} nav li{{display:inline}}</style>
</head><body>
<header><a href="{base}/">Loopback Ledger</a><nav><ul>{nav}</ul></nav>
<form action="/search"><input name="q"><button>Search</button></form></header>
<main><article>
<h1>{esc(a['title'])}</h1>
<p class="byline">By <span class="author">{esc(a['author'])}</span> &middot;
<time datetime="{a['published']}">{a['published']}</time></p>
{body}
</article>
<aside><h2>Most read</h2><ul><li><a href="{base}/news/popular-1.html">Why the AI boom runs on
gig work</a></li><li><a href="{base}/news/popular-2.html">Inside the data factories</a></li></ul>
</aside></main>
<footer><p>&copy; Loopback Ledger. All rights reserved.</p><a href="{base}/about.html">About</a>
<a href="{base}/privacy.html">Privacy</a> <a href="{base}/newsletter.html">Newsletter</a>
</footer></body></html>"""
    return page.encode("utf-8")


def _json_str(s: str) -> str:
    import json
    return json.dumps(s)


class LoopbackSite:
    """Serve `n_articles` generated articles, a sitemap, an RSS feed and robots.txt.

    Pages are rendered once up front so the server does not compete with the crawler for CPU.
    """

    FIXED_LAST_MODIFIED = format_datetime(datetime(2025, 1, 1, tzinfo=timezone.utc), usegmt=True)

    def __init__(self, n_articles: int, seed: int = 7):
        self.n_articles = n_articles
        self.articles = [make_article(i, seed) for i in range(n_articles)]
        self.requests: Counter = Counter()
        self.statuses: Counter = Counter()
        self._lock = threading.Lock()
        self._server: LoopbackServer | None = None
        self.base = ""
        self.pages: dict[str, tuple[bytes, str]] = {}

    # ---------------------------------------------------------------- content
    def _build(self) -> None:
        base = self.base
        pages = {}
        for a in self.articles:
            pages["/" + a["slug"]] = (render_article(a, base), "text/html; charset=utf-8")
        urls = "".join(
            f"<url><loc>{base}/{a['slug']}</loc><lastmod>{a['published']}</lastmod></url>\n"
            for a in self.articles)
        pages["/sitemap.xml"] = (
            ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns='
             '"http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n").encode(),
            "application/xml")
        newest = sorted(self.articles, key=lambda a: a["published"], reverse=True)[:50]
        items = "".join(
            f"<item><title>{html.escape(a['title'])}</title><link>{base}/{a['slug']}</link>"
            f"<guid>{base}/{a['slug']}</guid><pubDate>"
            f"{format_datetime(datetime.fromisoformat(a['published'] + 'T08:00:00+00:00'), usegmt=True)}"
            f"</pubDate></item>\n" for a in newest)
        pages["/feed.xml"] = (
            ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
             f"<title>Loopback Ledger</title><link>{base}/</link><description>News</description>\n"
             + items + "</channel></rss>\n").encode(), "application/rss+xml")
        pages["/robots.txt"] = (f"User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n".encode(),
                                "text/plain")
        self.pages = {path: (body, ctype, '"' + hashlib.sha1(body).hexdigest()[:16] + '"')
                      for path, (body, ctype) in pages.items()}

    # ---------------------------------------------------------------- server
    def start(self) -> "LoopbackSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_HEAD(self):
                self._answer(head=True)

            def do_GET(self):
                self._answer(head=False)

            def _answer(self, head: bool):
                path = self.path.split("?", 1)[0]
                with site._lock:
                    site.requests[_kind(path)] += 1
                page = site.pages.get(path)
                if page is None:
                    return self._send(404, b"not found", "text/plain", head=head)
                body, ctype, etag = page
                inm = self.headers.get("If-None-Match")
                ims = self.headers.get("If-Modified-Since")
                if (inm and etag in [t.strip() for t in inm.split(",")]) or \
                        (not inm and ims == site.FIXED_LAST_MODIFIED):
                    return self._send(304, b"", ctype, etag=etag, head=True)
                self._send(200, body, ctype, etag=etag, head=head)

            def _send(self, status, body, ctype, etag=None, head=False):
                with site._lock:
                    site.statuses[status] += 1
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                if etag:
                    self.send_header("ETag", etag)
                    self.send_header("Last-Modified", site.FIXED_LAST_MODIFIED)
                self.send_header("Content-Length", "0" if status == 304 else str(len(body)))
                self.end_headers()
                if not head and status != 304:
                    self.wfile.write(body)

            def log_message(self, *args):  # keep the benchmark's stderr readable
                pass

        self._server = LoopbackServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._build()
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def snapshot(self) -> tuple[Counter, Counter]:
        with self._lock:
            return Counter(self.requests), Counter(self.statuses)

    @property
    def sitemap_url(self) -> str:
        return f"{self.base}/sitemap.xml"

    @property
    def feed_url(self) -> str:
        return f"{self.base}/feed.xml"


def _kind(path: str) -> str:
    if path.startswith("/news/"):
        return "article"
    return path.strip("/") or "home"
