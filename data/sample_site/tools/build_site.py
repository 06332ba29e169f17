#!/usr/bin/env python3
"""Build the bundled sample site from the article sources in tools/corpus/.

    python data/sample_site/tools/build_site.py

Writes one directory per fictional outlet next to this tools/ folder (pages, index, robots.txt,
feeds or sitemaps), the sample's sources.toml and PROVENANCE.md, then runs make_report_pdf.py.
Output is deterministic (no clocks, sorted input), so re-running it on unchanged sources
changes nothing in git. Standard library only.

Corpus format (tools/corpus/<outlet>.txt): articles separated by a line "=====", each a block
of "key: value" header lines ("source:" may repeat: outlet | headline | date | url), a line
"---", then paragraphs separated by blank lines.
"""
from __future__ import annotations

import gzip
import html
import json
import re
import subprocess
import sys
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

TOOLS = Path(__file__).resolve().parent
ROOT = TOOLS.parent
CORPUS = TOOLS / "corpus"
WORDS_MIN, WORDS_MAX = 250, 600


@dataclass(frozen=True)
class Outlet:
    slug: str
    name: str
    port: int
    country: str
    tz_hours: int  # the outlet's local offset, used for publication times
    tagline: str

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}/"


OUTLETS = {
    "harbour-ledger": Outlet("harbour-ledger", "The Harbour Ledger", 8701, "KE", 3,
                             "Independent news from the coast and the capital"),
    "circuit-desk": Outlet("circuit-desk", "The Circuit Desk", 8702, "US", -7,
                           "Money, machines and the people behind them"),
    "meridian-review": Outlet("meridian-review", "Meridian Labour Review", 8703, "GB", 0,
                              "Reporting on work in the platform economy"),
}


@dataclass
class Article:
    outlet: Outlet
    slug: str
    title: str
    date: date
    author: str
    section: str
    topic: str
    description: str
    paragraphs: list[str]
    sources: list[list[str]] = field(default_factory=list)
    index: int = 0  # position in its corpus file, used for stable pseudo-times

    @property
    def path(self) -> str:
        d = self.date
        if self.outlet.slug == "harbour-ledger":
            return f"news/{d:%Y/%m}/{self.slug}.html"
        if self.outlet.slug == "circuit-desk":
            return f"stories/{d:%Y-%m-%d}-{self.slug}.html"
        return f"articles/{d:%Y}/{self.slug}/index.html"

    @property
    def url(self) -> str:
        path = self.path
        if path.endswith("/index.html"):
            path = path[: -len("index.html")]
        return self.outlet.base + path

    @property
    def published(self) -> datetime:
        # A fixed, plausible local time per article; deterministic across builds.
        hour = 6 + (self.index * 5) % 12
        minute = (self.index * 17) % 60
        tz = timezone(timedelta(hours=self.outlet.tz_hours))
        return datetime(self.date.year, self.date.month, self.date.day, hour, minute, tzinfo=tz)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def comments(self) -> int:
        return (len(self.slug) * 7 + self.index * 3) % 90


def parse_corpus(path: Path, outlet: Outlet) -> list[Article]:
    articles = []
    for i, block in enumerate(path.read_text(encoding="utf-8").split("\n=====\n")):
        head, _, body = block.strip().partition("\n---\n")
        meta: dict[str, str] = {}
        sources = []
        for line in head.splitlines():
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key == "source":
                sources.append([part.strip() for part in value.split("|")])
            else:
                meta[key] = value
        paragraphs = [" ".join(p.split()) for p in body.strip().split("\n\n") if p.strip()]
        article = Article(outlet=outlet, slug=meta["slug"], title=meta["title"],
                          date=date.fromisoformat(meta["date"]), author=meta["author"],
                          section=meta["section"], topic=meta["topic"],
                          description=meta["description"], paragraphs=paragraphs,
                          sources=sources, index=i)
        if not WORDS_MIN <= article.words <= WORDS_MAX:
            raise SystemExit(f"{path.name}: {article.slug} has {article.words} words, "
                             f"outside {WORDS_MIN}-{WORDS_MAX}")
        if article.topic not in ("on", "off"):
            raise SystemExit(f"{path.name}: {article.slug}: topic must be on or off")
        if article.topic == "on" and not sources:
            raise SystemExit(f"{path.name}: {article.slug}: an on-topic article needs sources")
        articles.append(article)
    return articles


def e(text: str) -> str:
    return html.escape(text, quote=True)


def json_ld(article: Article) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title,
        "description": article.description,
        "datePublished": article.published.isoformat(),
        "dateModified": (article.published + timedelta(hours=2)).isoformat(),
        "author": [{"@type": "Person", "name": article.author}],
        "publisher": {"@type": "Organization", "name": article.outlet.name,
                      "url": article.outlet.base},
        "mainEntityOfPage": {"@type": "WebPage", "@id": article.url},
        "articleSection": article.section,
        "inLanguage": "en",
        "wordCount": article.words,
    }
    # "<" escaped so a headline containing "</script>" cannot close the script element.
    return json.dumps(data, ensure_ascii=False, indent=2).replace("<", "\\u003c")


def head(article: Article, css: str) -> str:
    o = article.outlet
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{e(article.title)} | {e(o.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(article.description)}">
<meta name="author" content="{e(article.author)}">
<link rel="canonical" href="{e(article.url)}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="{e(o.name)}">
<meta property="og:title" content="{e(article.title)}">
<meta property="og:description" content="{e(article.description)}">
<meta property="og:url" content="{e(article.url)}">
<meta property="article:published_time" content="{article.published.isoformat()}">
<meta property="article:section" content="{e(article.section)}">
<meta name="twitter:card" content="summary">
<script type="application/ld+json">
{json_ld(article)}
</script>
<style>{css}</style>
</head>
"""


def related(article: Article, pool: list[Article], n: int = 3) -> list[Article]:
    same = [a for a in pool if a is not article and a.topic == article.topic]
    same.sort(key=lambda a: (a.section != article.section, abs((a.date - article.date).days)))
    return same[:n]


def body_html(article: Article) -> str:
    return "\n".join(f"<p>{e(p)}</p>" for p in article.paragraphs)


# ------------------------------------------------------------------ outlet templates

def page_ledger(article: Article, pool: list[Article]) -> str:
    o = article.outlet
    rel = "".join(f'<li><a href="/{a.path}">{e(a.title)}</a></li>' for a in related(article, pool))
    when = article.published
    return head(article, "body{font-family:Georgia,serif;max-width:760px;margin:auto}") + f"""<body class="ledger">
<div id="cookie-consent" class="banner">We use cookies to remember your preferences and to measure
readership. <button>Accept all</button> <button>Manage choices</button></div>
<header class="masthead">
  <a class="logo" href="/">{e(o.name)}</a> <span class="tagline">{e(o.tagline)}</span>
  <nav class="primary"><ul>
    <li><a href="/">Home</a></li><li><a href="/#news">News</a></li><li><a href="/#courts">Courts</a></li>
    <li><a href="/#work">Work</a></li><li><a href="/#sport">Sport</a></li><li><a href="/about.html">About us</a></li>
  </ul></nav>
  <form class="search" action="/search" method="get"><input name="q" placeholder="Search the Ledger">
  <button>Search</button></form>
  <a class="search-link" href="/search?q=remotasks">Search archive</a>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/#{e(article.section.lower())}">{e(article.section)}</a> &rsaquo; <span>Article</span></nav>
<main>
<article class="story">
  <h1 class="headline">{e(article.title)}</h1>
  <p class="standfirst">{e(article.description)}</p>
  <div class="meta">By <a rel="author" class="byline" href="/about.html#staff">{e(article.author)}</a>
  &middot; <time datetime="{when.isoformat()}">{when:%B} {when.day}, {when:%Y} {when:%H:%M} EAT</time>
  &middot; <a href="#comments">{article.comments} comments</a></div>
  <div class="share">Share: <a href="https://twitter.com/intent/tweet?url={e(article.url)}">X</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={e(article.url)}">Facebook</a>
  <a href="https://wa.me/?text={e(article.url)}">WhatsApp</a></div>
  <div class="article-body">
{body_html(article)}
  </div>
</article>
<aside class="newsletter"><h2>Morning Ledger</h2><p>Get the day's top stories in your inbox
every weekday at 6am. <a href="/newsletter.html">Sign up free</a></p></aside>
<aside class="related"><h2>Related stories</h2><ul>{rel}</ul></aside>
<section id="comments"><h2>Comments ({article.comments})</h2><p>Comments are open to registered
readers. <a href="/login.html">Log in</a> to join the conversation.</p></section>
</main>
<footer class="site-footer"><p>&copy; {article.date.year} {e(o.name)}. All rights reserved.
<a href="/about.html">About</a> &middot; <a href="/about.html#contact">Contact</a> &middot;
<a href="/feed.xml">RSS</a> &middot; <a href="/about.html#privacy">Privacy</a></p></footer>
</body>
</html>
"""


def page_circuit(article: Article, pool: list[Article]) -> str:
    o = article.outlet
    rel = "".join(f'<li><a href="/{a.path}"><span class="kicker">{e(a.section)}</span> {e(a.title)}</a></li>'
                  for a in related(article, pool, 4))
    when = article.published
    return head(article, ".wrap{display:grid;grid-template-columns:3fr 1fr;gap:2rem}") + f"""<body class="circuit">
<div class="top-bar"><span>{e(o.tagline)}</span> <a href="/private/subscriber-tools.html">Subscriber tools</a>
<a href="/account/signin.html">Sign in</a></div>
<header><div class="brand"><a href="/">{e(o.name.upper())}</a></div>
<nav><a href="/">Latest</a> | <a href="/#funding">Funding</a> | <a href="/#deals">Deals</a> |
<a href="/#jobs">Jobs</a> | <a href="/#legal">Legal</a> | <a href="/#reviews">Reviews</a> | <a href="/atom.xml">Atom feed</a></nav></header>
<ol class="crumbs"><li><a href="/">Circuit Desk</a></li><li><a href="/#{e(article.section.lower())}">{e(article.section)}</a></li></ol>
<div class="wrap">
<main>
<h1>{e(article.title)}</h1>
<h2 class="dek">{e(article.description)}</h2>
<div class="byline-row"><span class="byline">{e(article.author)}</span>, Staff Writer
<span class="dateline">Published {when:%d %b %Y}, {when:%I:%M %p} PT</span>
<span class="comment-count">{article.comments} responses</span></div>
<ul class="share-tools"><li><button data-share="copy">Copy link</button></li>
<li><button data-share="linkedin">LinkedIn</button></li><li><button data-share="email">Email</button></li></ul>
<section class="entry-content">
{body_html(article)}
</section>
<p class="correction-note">Spotted an error? Write to corrections@circuitdesk.example.</p>
</main>
<aside class="rail"><div class="promo"><h3>The Circuit Breaker newsletter</h3>
<p>One email every Friday on the week in AI money and labour.</p><a href="/newsletter.html">Subscribe</a></div>
<div class="more"><h3>More from The Circuit Desk</h3><ul>{rel}</ul></div>
<div class="ad-slot">Advertisement</div></aside>
</div>
<div class="cookie-note">This site uses cookies for analytics and personalised advertising.
By continuing you agree to our <a href="/cookies.html">cookie policy</a>.</div>
<footer><nav><a href="/about.html">About</a> <a href="/about.html#ethics">Ethics policy</a>
<a href="/about.html#advertise">Advertise</a></nav><p>{e(o.name)} &copy; 2019&ndash;2025</p></footer>
</body>
</html>
"""


def page_meridian(article: Article, pool: list[Article]) -> str:
    o = article.outlet
    rel = "".join(f'<li><a href="{e(a.url)}">{e(a.title)}</a> <small>{a.date:%d.%m.%Y}</small></li>'
                  for a in related(article, pool))
    when = article.published
    return head(article, "main{max-width:42rem}") + f"""<body class="mlr">
<header class="mlr-header"><a href="/" class="mlr-logo">{e(o.name)}</a>
<nav aria-label="Main"><a href="/">Front page</a> <a href="/#platforms">Platforms</a> <a href="/#legal">Legal</a>
<a href="/#organising">Organising</a> <a href="/#policy">Policy</a> <a href="/#research">Research</a>
<a href="/reports/">Reports</a> <a href="/about.html">About</a></nav>
<p class="mlr-tagline">{e(o.tagline)}</p></header>
<p class="trail"><a href="/">Meridian</a> / <a href="/#{e(article.section.lower())}">{e(article.section)}</a> / {e(article.title)}</p>
<main>
<article>
<p class="section-label">{e(article.section)}</p>
<h1 itemprop="headline">{e(article.title)}</h1>
<p class="summary">{e(article.description)}</p>
<p class="credit">Words by <span class="author-name">{e(article.author)}</span><br>
<time datetime="{article.date.isoformat()}">{article.date.isoformat()}</time></p>
<div class="text">
{body_html(article)}
</div>
<p class="share-row">Share this: <a href="mailto:?subject={e(article.title)}&amp;body={e(article.url)}">email</a>
&middot; <a href="https://bsky.app/intent/compose?text={e(article.url)}">Bluesky</a>
&middot; <a href="https://mastodon.social/share?text={e(article.url)}">Mastodon</a></p>
<p class="comments-link"><a href="/comments/{e(article.slug)}.html">{article.comments} reader comments</a></p>
</article>
<section class="related-reading"><h2>Related reading</h2><ul>{rel}</ul></section>
<section class="support"><h2>Support independent labour reporting</h2><p>Meridian is funded by
its readers. <a href="/support.html">Become a supporter</a> or <a href="/newsletter.html">get our
fortnightly bulletin</a>.</p></section>
</main>
<div role="dialog" class="consent">Cookies: we only set the ones needed to run this site.
<a href="/about.html#cookies">Details</a> <button>OK</button></div>
<footer class="mlr-footer"><p>{e(o.name)} is an independent publication.</p>
<p><a href="/sitemap_index.xml">Sitemap</a> &middot; <a href="/about.html#contact">Contact</a></p></footer>
</body>
</html>
"""


TEMPLATES = {"harbour-ledger": page_ledger, "circuit-desk": page_circuit,
             "meridian-review": page_meridian}


def index_page(outlet: Outlet, articles: list[Article], extra: str = "") -> str:
    items = "\n".join(
        f'<li class="teaser"><a href="/{a.path}">{e(a.title)}</a> <span class="date">{a.date.isoformat()}</span>'
        f' <span class="section">{e(a.section)}</span><p>{e(a.description)}</p></li>'
        for a in sorted(articles, key=lambda a: (a.date, a.slug), reverse=True))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(outlet.name)}</title>
<link rel="canonical" href="{outlet.base}">
<meta property="og:site_name" content="{e(outlet.name)}">
<meta property="og:type" content="website"></head>
<body><header><h1>{e(outlet.name)}</h1><p>{e(outlet.tagline)}</p></header>
<main><h2>Latest</h2><ul class="river">
{items}
</ul>{extra}</main>
<footer><p>&copy; {e(outlet.name)}</p></footer></body></html>
"""


def about_page(outlet: Outlet) -> str:
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>About {e(outlet.name)}</title></head>
<body><h1>About {e(outlet.name)}</h1>
<p>{e(outlet.name)} is a fictional outlet, part of the taskerwatch sample site used for the
offline demo and the tests. Its news articles are original writing that reports documented,
public facts; see PROVENANCE.md in the repository for the sources of each article. Its local
stories, recipe and reviews are invented filler about no real place, person or product.</p>
<h2 id="staff">Staff</h2><p>The bylines are invented names.</p>
<h2 id="contact">Contact</h2><p>Nobody reads this inbox.</p></body></html>
"""


# ------------------------------------------------------------------ feeds and sitemaps

def rss(outlet: Outlet, title: str, self_url: str, articles: list[Article]) -> str:
    items = []
    for a in sorted(articles, key=lambda a: a.published, reverse=True):
        items.append(f"""  <item>
    <title>{xml_escape(a.title)}</title>
    <link>{xml_escape(a.url)}</link>
    <guid isPermaLink="true">{xml_escape(a.url)}</guid>
    <pubDate>{a.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>
    <dc:creator>{xml_escape(a.author)}</dc:creator>
    <category>{xml_escape(a.section)}</category>
    <description>{xml_escape(a.description)}</description>
  </item>""")
    newest = max(a.published for a in articles)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>{xml_escape(title)}</title>
  <link>{outlet.base}</link>
  <atom:link href="{self_url}" rel="self" type="application/rss+xml"/>
  <description>{xml_escape(outlet.tagline)}</description>
  <language>en</language>
  <lastBuildDate>{newest.strftime('%a, %d %b %Y %H:%M:%S %z')}</lastBuildDate>
{chr(10).join(items)}
</channel>
</rss>
"""


def atom(outlet: Outlet, title: str, self_url: str, articles: list[Article]) -> str:
    entries = []
    for a in sorted(articles, key=lambda a: a.published, reverse=True):
        entries.append(f"""  <entry>
    <title type="text">{xml_escape(a.title)}</title>
    <link rel="alternate" type="text/html" href="{xml_escape(a.url)}"/>
    <id>{xml_escape(a.url)}</id>
    <published>{a.published.isoformat()}</published>
    <updated>{(a.published + timedelta(hours=2)).isoformat()}</updated>
    <author><name>{xml_escape(a.author)}</name></author>
    <category term="{xml_escape(a.section)}"/>
    <summary type="text">{xml_escape(a.description)}</summary>
  </entry>""")
    newest = max(a.published for a in articles) + timedelta(hours=2)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>{xml_escape(title)}</title>
  <subtitle>{xml_escape(outlet.tagline)}</subtitle>
  <link rel="alternate" type="text/html" href="{outlet.base}"/>
  <link rel="self" type="application/atom+xml" href="{self_url}"/>
  <id>{self_url}</id>
  <updated>{newest.isoformat()}</updated>
{chr(10).join(entries)}
</feed>
"""


def news_sitemap(outlet: Outlet, articles: list[Article]) -> str:
    urls = []
    for a in sorted(articles, key=lambda a: a.published, reverse=True):
        urls.append(f"""  <url>
    <loc>{xml_escape(a.url)}</loc>
    <news:news>
      <news:publication><news:name>{xml_escape(outlet.name)}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>{a.published.isoformat()}</news:publication_date>
      <news:title>{xml_escape(a.title)}</news:title>
    </news:news>
  </url>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
{chr(10).join(urls)}
</urlset>
"""


def url_sitemap(entries: list[tuple[str, str]]) -> str:
    urls = "\n".join(f"  <url><loc>{xml_escape(loc)}</loc><lastmod>{lastmod}</lastmod></url>"
                     for loc, lastmod in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{urls}
</urlset>
"""


def sitemap_index(entries: list[tuple[str, str]]) -> str:
    maps = "\n".join(f"  <sitemap><loc>{xml_escape(loc)}</loc><lastmod>{lastmod}</lastmod></sitemap>"
                     for loc, lastmod in entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{maps}
</sitemapindex>
"""


# ------------------------------------------------------------------ build

REPORT_PATH = "reports/2025/fair-data-work-labour-standards.pdf"
REPORT_DATE = "2025-03-18"


WRITTEN: set[Path] = set()


def write(path: Path, text: str | bytes) -> None:
    WRITTEN.add(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, str):
        text = text.encode("utf-8")
    if path.exists() and path.read_bytes() == text:
        return
    path.write_bytes(text)


def gzip_bytes(text: str) -> bytes:
    # mtime=0 keeps the gzip header, and so the committed file, identical across builds.
    return gzip.compress(text.encode("utf-8"), mtime=0)


def build() -> dict[str, list[Article]]:
    by_outlet = {slug: parse_corpus(CORPUS / f"{slug}.txt", o) for slug, o in OUTLETS.items()}
    seen = set()
    for articles in by_outlet.values():
        for a in articles:
            if a.url in seen:
                raise SystemExit(f"duplicate URL {a.url}")
            seen.add(a.url)

    for slug, articles in by_outlet.items():
        outlet = OUTLETS[slug]
        out = ROOT / slug
        for a in articles:
            write(out / a.path, TEMPLATES[slug](a, articles))
        write(out / "about.html", about_page(outlet))
        newest_first = sorted(articles, key=lambda a: a.published, reverse=True)
        if slug == "harbour-ledger":
            # Two RSS feeds that only together list every article.
            latest, archive = newest_first[:10], newest_first[10:]
            write(out / "feed.xml", rss(outlet, outlet.name, outlet.base + "feed.xml", latest))
            write(out / "archive" / "feed.xml",
                  rss(outlet, outlet.name + " (archive)", outlet.base + "archive/feed.xml", archive))
            write(out / "index.html", index_page(outlet, articles))
            write(out / "robots.txt", "User-agent: *\nDisallow: /search\nDisallow: /login.html\n\n"
                  f"# Feeds: {outlet.base}feed.xml {outlet.base}archive/feed.xml\n")
        elif slug == "circuit-desk":
            latest = newest_first[:12]
            deals = [a for a in newest_first[12:]] + [a for a in latest if a.section == "Deals"]
            write(out / "atom.xml", atom(outlet, outlet.name, outlet.base + "atom.xml", latest))
            write(out / "topics" / "deals-and-jobs" / "atom.xml",
                  atom(outlet, outlet.name + ": earlier stories and deals",
                       outlet.base + "topics/deals-and-jobs/atom.xml", deals))
            write(out / "index.html", index_page(outlet, articles))
            write(out / "robots.txt", "User-agent: *\nDisallow: /private/\nDisallow: /account/\n")
        else:
            recent = newest_first[:8]
            lastmod = lambda a: a.date.isoformat()
            entries = [(a.url, lastmod(a)) for a in newest_first[6:]]
            entries.append((outlet.base + REPORT_PATH, REPORT_DATE))
            write(out / "sitemaps" / "news.xml", news_sitemap(outlet, recent))
            write(out / "sitemaps" / "articles.xml.gz", gzip_bytes(url_sitemap(entries)))
            newest = max(a.date for a in articles).isoformat()
            write(out / "sitemap_index.xml", sitemap_index([
                (outlet.base + "sitemaps/news.xml", newest),
                (outlet.base + "sitemaps/articles.xml.gz", newest)]))
            report_link = (f'<section id="reports"><h2>Reports</h2><p><a href="/{REPORT_PATH}">'
                           "Fair data work? Labour standards in the AI data supply chain (PDF)"
                           "</a></p></section>")
            write(out / "index.html", index_page(outlet, articles, report_link))
            write(out / "reports" / "index.html", index_page(outlet, [], report_link))
            write(out / "robots.txt", "User-agent: *\nDisallow: /comments/\n\n"
                  f"Sitemap: {outlet.base}sitemap_index.xml\n")
    write_sources_toml()
    write_provenance(by_outlet)
    report = OUTLETS["meridian-review"].slug + "/" + REPORT_PATH
    for slug in OUTLETS:  # drop pages of articles that were renamed or removed
        for path in sorted((ROOT / slug).rglob("*")):
            if path.is_file() and path not in WRITTEN and path != ROOT / report:
                path.unlink()
    subprocess.run([sys.executable, str(TOOLS / "make_report_pdf.py")], check=True)
    return by_outlet


def write_sources_toml() -> None:
    o = OUTLETS
    text = f"""# The bundled sample site, in the format of data/sources.toml (see pipeline/sources.py).
# Served on 127.0.0.1 by `python -m pipeline.sample_site`; generated by tools/build_site.py.

[[source]]
name = "{o['harbour-ledger'].name}"
kind = "news"
language = "en"
country = "{o['harbour-ledger'].country}"
homepage = "{o['harbour-ledger'].base}"
feeds = ["{o['harbour-ledger'].base}feed.xml", "{o['harbour-ledger'].base}archive/feed.xml"]

[[source]]
name = "{o['circuit-desk'].name}"
kind = "news"
language = "en"
country = "{o['circuit-desk'].country}"
homepage = "{o['circuit-desk'].base}"
feeds = ["{o['circuit-desk'].base}atom.xml", "{o['circuit-desk'].base}topics/deals-and-jobs/atom.xml"]

[[source]]
name = "{o['meridian-review'].name}"
kind = "news"
language = "en"
country = "{o['meridian-review'].country}"
homepage = "{o['meridian-review'].base}"
sitemaps = ["{o['meridian-review'].base}sitemap_index.xml"]
"""
    write(ROOT / "sources.toml", text)


def write_provenance(by_outlet: dict[str, list[Article]]) -> None:
    lines = [
        "# Provenance of the sample site",
        "",
        "Every article in this folder is **original writing** by the taskerwatch team, produced for",
        "the offline demo and the tests; no sentence is copied from a real article. The three outlets",
        "(The Harbour Ledger, The Circuit Desk, Meridian Labour Review), their reporters' bylines and",
        "the page furniture are fictional. The on-topic articles report documented, public facts about",
        "AI data-work platforms; the table lists, for each, the public reports its facts come from",
        "(outlet | headline | date | URL). Where a URL was not available offline when the article was",
        "written, the entry gives the outlet's home page, or the page where the same facts were",
        "read (a summary or syndicated copy, named as such). A headline in parentheses describes a",
        "report whose exact headline was not recorded. \"n.d.\" means the page carries no date.",
        "Off-topic articles (sport, a recipe, a library, a phone review, a film review, weather, a",
        "council vote) are invented filler about no real place, person or product, except the film",
        "review, which describes Charlie Chaplin's *Modern Times* (1936).",
        "",
        "The PDF report (`meridian-review/" + REPORT_PATH + "`) is generated by",
        "`tools/make_report_pdf.py` and summarises facts from the sources of the articles below.",
        "",
        "Rebuild everything with `python data/sample_site/tools/build_site.py`; serve it with",
        "`python -m pipeline.sample_site` (ports 8701-8703 on 127.0.0.1); crawl it with",
        "`taskerwatch crawl --sample`, which reads `sources.toml` in this folder.",
        "",
        "| file | outlet | date | topic | sources |",
        "| --- | --- | --- | --- | --- |",
    ]
    for slug, articles in by_outlet.items():
        for a in sorted(articles, key=lambda a: a.date):
            src = "<br>".join(" \\| ".join(s.replace("|", "/") for s in parts) for parts in a.sources)
            lines.append(f"| `{slug}/{a.path}` | {a.outlet.name} | {a.date.isoformat()} | "
                         f"{a.topic} | {src or 'fictional filler'} |")
    write(ROOT / "PROVENANCE.md", "\n".join(lines) + "\n")


if __name__ == "__main__":
    result = build()
    for slug, articles in result.items():
        on = sum(a.topic == "on" for a in articles)
        print(f"{slug}: {len(articles)} articles ({on} on-topic), "
              f"{min(a.words for a in articles)}-{max(a.words for a in articles)} words")
