"""Helpers for crawl tests: a sources file for the test web and a crawl in a subprocess
(the Twisted reactor starts once per process)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Fast but still polite: AutoThrottle stays on, with small delays; 2 per domain stays.
TEST_SETTINGS = {
    "DOWNLOAD_TIMEOUT": 1,
    "TASKERWATCH_MAX_PAGE_BYTES": 200_000,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_START_DELAY": 0,
    "AUTOTHROTTLE_MAX_DELAY": 0.2,
    "TASKERWATCH_RETRY_BACKOFF_BASE": 0.1,
    "RETRY_TIMES": 1,
    "LOG_LEVEL": "INFO",
}


def write_sources(path: Path, web, dead_port: int) -> Path:
    path.write_text(f'''
[[source]]
name = "Test feeds"
kind = "news"
language = "en"
country = "GB"
homepage = "{web.url('/')}"
feeds = ["{web.url('/feed.rss')}", "{web.url('/atom.xml')}", "{web.url('/bad-feed.xml')}"]

[[source]]
name = "Test sitemaps"
kind = "research"
language = "en"
country = "GB"
homepage = "{web.url('/')}"
sitemaps = ["{web.url('/sitemap_index.xml')}"]

[[source]]
name = "Test search"
kind = "discovery"
language = "en"
country = ""
homepage = "{web.url('/')}"
search = "{web.url('/search')}?q={{query}}"
queries = ["Clickworker works council"]

[[source]]
name = "Dead source"
kind = "news"
language = "en"
country = ""
homepage = "http://127.0.0.1:{dead_port}/"
feeds = ["http://127.0.0.1:{dead_port}/feed.rss"]
''', encoding="utf-8")
    return path


def crawl(db_path: Path, *args: str, settings: dict | None = None, timeout: float = 120):
    """Run `python -m pipeline.crawl` and return (returncode, parsed JSON result or None, stderr)."""
    cmd = [sys.executable, "-m", "pipeline.crawl", "--db", str(db_path), *args]
    for key, value in {**TEST_SETTINGS, **(settings or {})}.items():
        cmd += ["--set", f"{key}={json.dumps(value)}"]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          cwd=Path(__file__).resolve().parents[2],
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    result = json.loads(proc.stdout) if proc.returncode == 0 and proc.stdout.strip() else None
    return proc.returncode, result, proc.stderr
