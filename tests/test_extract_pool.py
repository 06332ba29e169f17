"""Extraction in worker processes during a crawl (TASKERWATCH_EXTRACT_PROCESSES): the same
articles as in-process, and a worker that dies costs no page."""
from __future__ import annotations

import asyncio
import os
import signal

from scrapy.utils.test import get_crawler

from crawlers.pipelines import _extract_pool
from crawlers.pipelines.extract import ExtractArticlePipeline

PAGE = b"""<html><head><title>Remotasks leaves Kenya | The Daily Example</title>
<meta property="og:title" content="Remotasks leaves Kenya"></head><body><article>
<h1>Remotasks leaves Kenya</h1>
<p>Remotasks, the Scale AI subsidiary, cut off access for workers in Kenya in March 2024,
according to messages seen by reporters. Workers said they were owed weeks of pay.</p>
<p>The company said the decision followed a review of its operations in several countries
and that affected taskers would be paid what they had earned before the shutdown.</p>
</article></body></html>"""
ARGS = (PAGE, "https://news.example/remotasks-kenya", "text/html; charset=utf-8", None)


def pipeline(processes: int) -> ExtractArticlePipeline:
    return ExtractArticlePipeline(sink=None, stats=get_crawler().stats, processes=processes)


def test_workers_extract_what_the_crawl_process_would():
    try:
        in_process = asyncio.run(pipeline(0)._extract(ARGS))
        in_worker = asyncio.run(pipeline(1)._extract(ARGS))
    finally:
        _extract_pool.shutdown()
    assert in_worker == in_process
    assert in_worker.title == "Remotasks leaves Kenya"
    assert "cut off access for workers in Kenya" in in_worker.text


def test_a_dead_worker_costs_no_page_and_the_next_page_gets_a_new_pool():
    pipe = pipeline(1)
    try:
        asyncio.run(pipe._extract(ARGS))  # the pool and its worker are up
        pool = _extract_pool.extraction_pool(1)
        for pid in list(pool._processes):  # what the kernel's OOM killer would do
            os.kill(pid, signal.SIGKILL)
        article = asyncio.run(pipe._extract(ARGS))
        assert article.title == "Remotasks leaves Kenya"
        assert pipe.stats.get_value("taskerwatch/extract/worker_died") == 1
        assert _extract_pool.extraction_pool(1) is not pool
        assert asyncio.run(pipe._extract(ARGS)).title == "Remotasks leaves Kenya"
    finally:
        _extract_pool.shutdown()
