"""Scrapy settings for taskerwatch: polite by default (Scrapy's own defaults are not)."""
from __future__ import annotations

import os

BOT_NAME = "taskerwatch"
SPIDER_MODULES = ["crawlers.spiders"]
NEWSPIDER_MODULE = "crawlers.spiders"

# An honest User-Agent naming the project and where to reach its operator.
TASKERWATCH_CONTACT_URL = os.environ.get(
    "TASKERWATCH_CONTACT_URL", "https://github.com/taskerwatch/taskerwatch")
USER_AGENT = f"taskerwatch/0.1 (news monitor for AI data-work; +{TASKERWATCH_CONTACT_URL})"

ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
# Items processed in parallel per response: an article page yields one item, and Scrapy's
# default of 100 starts 100 worker tasks per response for it (~0.7 s of CPU per 500 pages).
CONCURRENT_ITEMS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

DOWNLOAD_TIMEOUT = 30
# Pages over this size are cancelled by the download handler and recorded as errors:too_large.
TASKERWATCH_MAX_PAGE_BYTES = 10 * 1024 * 1024
DOWNLOAD_MAXSIZE = TASKERWATCH_MAX_PAGE_BYTES
DOWNLOAD_WARNSIZE = 0
# A gzipped sitemap may not inflate past this (sitemaps, unlike pages, can be large).
TASKERWATCH_MAX_SITEMAP_BYTES = 50 * 1024 * 1024

REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False
# Scrapy at INFO prints every stats counter; the crawl command prints its own summary.
LOG_LEVEL = os.environ.get("TASKERWATCH_LOG_LEVEL", "WARNING")

# Retries: 5xx, 408 and 429, with exponential backoff; Retry-After is honoured (up to a cap:
# a server asking for more than that is given up on for this run).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
TASKERWATCH_RETRY_BACKOFF_BASE = 2.0   # seconds; doubles on each retry
TASKERWATCH_RETRY_AFTER_MAX = 120.0    # seconds

DOWNLOADER_MIDDLEWARES = {
    # Scrapy's RetryMiddleware ignores Retry-After; ours replaces it at the same position.
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawlers.middlewares.retry_after.RetryAfterMiddleware": 550,
    "crawlers.middlewares.size_cap.SizeCapMiddleware": 560,
    # Below HttpCompressionMiddleware (590) in process_response order: sees inflated bodies.
    "crawlers.middlewares.encoding.EncodingMiddleware": 580,
}

# Explicit order: canonical URL, drop what is stored, extract, score, store.
ITEM_PIPELINES = {
    "crawlers.pipelines.canonical_url.CanonicalUrlPipeline": 100,
    "crawlers.pipelines.drop_stored.DropStoredPipeline": 200,
    "crawlers.pipelines.extract.ExtractArticlePipeline": 300,
    "crawlers.pipelines.relevance.RelevancePipeline": 400,
    "crawlers.pipelines.store.StorePipeline": 500,
}

# Worker processes that run trafilatura beside the reactor; None: one when the machine has a
# second core, else none (0: extract in the crawl process itself).
TASKERWATCH_EXTRACT_PROCESSES = None

# Resumable runs: each spider keeps its queue in <TASKERWATCH_CRAWL_STATE_DIR>/<spider name>
# (JOBDIR). pipeline/crawl.py puts this next to the database (data/crawl-state by default).
TASKERWATCH_CRAWL_STATE_DIR = None

# Set by pipeline/crawl.py: the sink object (crawlers/sink.py) and the --since date.
TASKERWATCH_SINK = None
TASKERWATCH_SINCE = None

FEED_EXPORT_ENCODING = "utf-8"
