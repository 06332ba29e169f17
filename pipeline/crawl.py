"""The crawl command: sources -> Scrapy spiders -> the database, one run at a time.

    run_crawl(db_path, sources=[names], feeds=[urls], sitemaps=[urls], since="YYYY-MM-DD",
              sample=False, sources_file=None, settings=None) -> dict

Returns {"crawl_id", "status", "per_source", "totals"}; status is "ok", "partial" (some
source had errors; the others are stored), or "interrupted". Raises
`pipeline.lock.AlreadyRunning` when another crawl holds the lock (the CLI exits 75) and
ValueError (SourcesError) with a one-line message for a bad sources file or --since.

The Twisted reactor runs once per process, so a process runs one crawl: the spiders (feeds,
then sitemaps, then discovery) one after another under one reactor, so articles one spider
stored are skipped by the next. `python -m pipeline.crawl --help` runs it standalone.
"""
from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from pipeline import db as store
from pipeline.lock import AlreadyRunning, crawl_lock
from pipeline.sources import Source, SourcesError, load_sources, select_sources

logger = logging.getLogger(__name__)

SAMPLE_SOURCES = Path(__file__).resolve().parent.parent / "data" / "sample_site" / "sources.toml"

SAMPLE_SETTINGS = {"DOWNLOAD_DELAY": 0.05, "AUTOTHROTTLE_START_DELAY": 0.05,
                   "AUTOTHROTTLE_MAX_DELAY": 1.0}

__all__ = ["run_crawl", "DatabaseSink", "AlreadyRunning"]


class DatabaseSink:
    """The crawler sink (crawlers/sink.py) over pipeline/db.py. Every write is its own
    transaction, so a killed run keeps everything it had stored."""

    def __deepcopy__(self, memo):
        # Scrapy deep-copies settings per crawler; the sink is one shared service.
        return self

    def __init__(self, db, crawl_id: int | None = None):
        self.db = db
        self.crawl_id = crawl_id
        self.stats: dict[str, Counter] = defaultdict(Counter)

    def is_stored(self, canonical_url: str) -> bool:
        if store.is_article_stored(self.db, canonical_url):
            return True
        # Also a URL seen before under another canonical (a redirect link, an AMP copy).
        return bool(self.db.execute(
            "SELECT 1 FROM pages WHERE url = ? AND status BETWEEN 200 AND 299 LIMIT 1",
            [canonical_url]).fetchone())

    def conditional_headers(self, url: str) -> dict:
        from crawlers.sink import conditional_headers_for
        return conditional_headers_for(*store.get_validators(self.db, url))

    def remember_validators(self, url: str, etag: str | None, last_modified: str | None) -> None:
        if etag or last_modified:
            store.set_validators(self.db, url, etag, last_modified)

    def store_page(self, page: dict) -> None:
        store.upsert_page(self.db, {**page, "crawl_id": self.crawl_id})
        if page.get("error"):
            store.record_error(self.db, "crawl", page["url"], page["error"])

    def store_article(self, article: dict, page: dict | None = None) -> bool:
        with self.db.atomic():
            if page is not None:
                self.store_page(page)
            _, is_new = store.upsert_article(self.db, article)
        return is_new

    def record(self, source: str, counter: str, n: int = 1) -> None:
        self.stats[source][counter] += n

    def per_source(self) -> dict[str, dict[str, int]]:
        return {source: dict(counters) for source, counters in self.stats.items()}


def parse_since(since) -> date | None:
    if since in (None, ""):
        return None
    if isinstance(since, date):
        return since
    try:
        return date.fromisoformat(str(since))
    except ValueError:
        raise ValueError(f"--since must be a date YYYY-MM-DD, not {since!r}") from None


def adhoc_sources(feeds: list[str], sitemaps: list[str]) -> list[Source]:
    """Sources for feed/sitemap URLs given on the command line, one per host."""
    by_host: dict[str, dict] = {}
    for kind, urls in (("feeds", feeds), ("sitemaps", sitemaps)):
        for url in urls:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.netloc:
                raise ValueError(f"not an http(s) URL: {url!r}")
            entry = by_host.setdefault(parts.netloc, {"feeds": [], "sitemaps": []})
            entry[kind].append(url)
    return [Source(name=host, kind="news", language="en", country="",
                   homepage=f"{urlsplit((e['feeds'] + e['sitemaps'])[0]).scheme}://{host}/",
                   feeds=tuple(e["feeds"]), sitemaps=tuple(e["sitemaps"]))
            for host, e in by_host.items()]


def scrapy_settings(sink, since: date | None, state_dir: Path | None, overrides: dict | None):
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawlers.settings", priority="project")
    settings.set("TASKERWATCH_SINK", sink, priority="cmdline")
    settings.set("TASKERWATCH_SINCE", since.isoformat() if since else None, priority="cmdline")
    if state_dir is not None:
        settings.set("TASKERWATCH_CRAWL_STATE_DIR", str(state_dir), priority="cmdline")
    for key, value in (overrides or {}).items():
        settings.set(key, value, priority="cmdline")
    # The size cap is one setting for users; Scrapy's handler reads DOWNLOAD_MAXSIZE.
    if overrides and "TASKERWATCH_MAX_PAGE_BYTES" in overrides and "DOWNLOAD_MAXSIZE" not in overrides:
        settings.set("DOWNLOAD_MAXSIZE", int(overrides["TASKERWATCH_MAX_PAGE_BYTES"]),
                     priority="cmdline")
    return settings


def run_spiders(jobs: list[tuple[type, dict]], settings) -> str:
    """Run the spiders one after another under one reactor; "ok" or "interrupted"."""
    from scrapy.crawler import CrawlerProcess
    from twisted.internet import defer
    from twisted.python.failure import Failure

    process = CrawlerProcess(settings)
    outcome = {"status": "ok"}

    @defer.inlineCallbacks
    def chain():
        for spidercls, kwargs in jobs:
            crawler = process.create_crawler(spidercls)
            yield process.crawl(crawler, **kwargs)
            if crawler.stats.get_value("finish_reason") == "shutdown":
                outcome["status"] = "interrupted"  # Ctrl-C / SIGTERM: stop the chain too
                break

    def stop(result):
        from twisted.internet import reactor
        if isinstance(result, Failure):
            outcome["failure"] = result
        if reactor.running:
            reactor.stop()

    chain().addBoth(stop)
    process.start(stop_after_crawl=False)
    failure = outcome.get("failure")
    if failure is not None:
        failure.raiseException()
    return outcome["status"]


def run_crawl(db_path: str | Path | None = None, *, sources: list[str] | None = None,
              feeds: list[str] | None = None, sitemaps: list[str] | None = None,
              since: str | date | None = None, sample: bool = False,
              sources_file: str | Path | None = None, settings: dict | None = None,
              state_dir: str | Path | None = None, discovery: bool = True) -> dict:
    """Crawl and store; see the module docstring for the return value and errors."""
    from crawlers.spiders.discovery import DiscoverySpider
    from crawlers.spiders.feed import FeedSpider
    from crawlers.spiders.sitemap import SitemapSpider

    db_path = Path(db_path or store.DEFAULT_DB)
    since_date = parse_since(since)
    sample_server = None
    if feeds or sitemaps:
        chosen = adhoc_sources(list(feeds or []), list(sitemaps or []))
    else:
        if sample:
            from pipeline.sample_site import SampleSiteError, serve_sample_site
            sources_file = sources_file or SAMPLE_SOURCES
            try:
                sample_server = serve_sample_site()
            except SampleSiteError as exc:  # a busy port: a one-line message, not a traceback
                raise ValueError(str(exc)) from None
            # Our own pages on 127.0.0.1: no need for the delays that protect publishers.
            settings = {**SAMPLE_SETTINGS, **(settings or {})}
        chosen = select_sources(load_sources(sources_file), sources)
    if not discovery:
        chosen = [s for s in chosen if s.kind != "discovery"]
    state_dir = Path(state_dir) if state_dir else db_path.parent / "crawl-state"
    try:
        with crawl_lock(db_path):
            db = store.open_db(db_path)
            store.upsert_sources(db, [s.to_dict() for s in chosen])
            options = {"since": since_date.isoformat() if since_date else None,
                       "sample": sample, "feeds": feeds or [], "sitemaps": sitemaps or []}
            # We hold the lock, so a crawl still "running" is one that was killed.
            with db.atomic():
                db.execute("UPDATE crawls SET status = 'killed' WHERE status = 'running'")
            crawl_id = store.start_crawl(db, [s.name for s in chosen], options)
            sink = DatabaseSink(db, crawl_id)
            jobs = [(cls, {"sources": group, "since": since_date})
                    for cls, group in (
                        (FeedSpider, [s for s in chosen if s.feeds]),
                        (SitemapSpider, [s for s in chosen if s.sitemaps]),
                        (DiscoverySpider, [s for s in chosen if s.kind == "discovery"]))
                    if group]
            status = "failed"
            try:
                status = run_spiders(jobs, scrapy_settings(sink, since_date, state_dir, settings))
            finally:
                per_source = {s.name: {} for s in chosen} | sink.per_source()
                if status == "ok" and any(k.startswith("errors:") for c in per_source.values()
                                          for k in c):
                    status = "partial"
                store.finish_crawl(db, crawl_id, status, per_source)
    finally:
        if sample_server is not None:
            _stop_server(sample_server)
    totals = Counter()
    for counters in per_source.values():
        totals.update(counters)
    return {"crawl_id": crawl_id, "status": status, "per_source": per_source,
            "totals": dict(totals)}


def _stop_server(server) -> None:
    for name in ("shutdown", "stop", "close"):
        method = getattr(server, name, None)
        if callable(method):
            method()
            return
    if hasattr(server, "__exit__"):
        server.__exit__(None, None, None)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.crawl",
                                     description="Crawl the sources into the database.")
    parser.add_argument("--db", default=str(store.DEFAULT_DB), help="SQLite database file")
    parser.add_argument("--source", action="append", default=[], help="only this source")
    parser.add_argument("--feed", action="append", default=[], help="crawl this feed URL")
    parser.add_argument("--sitemap", action="append", default=[], help="crawl this sitemap URL")
    parser.add_argument("--since", help="skip feed/sitemap items older than YYYY-MM-DD")
    parser.add_argument("--sample", action="store_true", help="crawl the bundled sample site")
    parser.add_argument("--sources-file", help="sources file (default data/sources.toml)")
    parser.add_argument("--state-dir", help="JOBDIR parent (default: <db dir>/crawl-state)")
    parser.add_argument("--no-discovery", action="store_true", help="skip search discovery")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="Scrapy setting override (VALUE parsed as JSON when it can be)")
    args = parser.parse_args(argv)
    overrides = {}
    for pair in args.set:
        key, sep, value = pair.partition("=")
        if not sep:
            parser.error(f"--set needs KEY=VALUE, not {pair!r}")
        try:
            overrides[key] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key] = value
    try:
        result = run_crawl(args.db, sources=args.source, feeds=args.feed, sitemaps=args.sitemap,
                           since=args.since, sample=args.sample, sources_file=args.sources_file,
                           settings=overrides, state_dir=args.state_dir,
                           discovery=not args.no_discovery)
    except AlreadyRunning as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 75
    except (ValueError, OSError, sqlite3.Error) as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(result, indent=1, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
