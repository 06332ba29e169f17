"""Worker processes for article extraction, so trafilatura's CPU work runs beside Scrapy's
reactor instead of inside it (TASKERWATCH_EXTRACT_PROCESSES).

The workers are spawned, not forked: the crawl process holds the crawl lock and a running
reactor, and a forked child would inherit both. A worker that dies (out of memory on a hostile
page, say) breaks the pool; the pipeline then extracts that page in-process and the next page
gets a fresh pool. If the crawl itself is killed, each worker notices its parent is gone and exits.
"""
from __future__ import annotations

import atexit
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

_POOL: ProcessPoolExecutor | None = None
_POOL_SIZE = 0


def default_processes() -> int:
    """One extraction worker when there is a second core to run it on, else none."""
    return 1 if (os.cpu_count() or 1) > 1 else 0


def extraction_pool(processes: int) -> ProcessPoolExecutor | None:
    """The shared pool of `processes` workers (None: extract in the crawl process)."""
    global _POOL, _POOL_SIZE
    if processes <= 0:
        return None
    if _POOL is None or _POOL_SIZE != processes:
        shutdown()
        _POOL = ProcessPoolExecutor(max_workers=processes,
                                    mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_warm_up)
        _POOL_SIZE = processes
    return _POOL


def discard_broken_pool() -> None:
    """Forget a pool whose worker died; the next call to extraction_pool starts another."""
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=False, cancel_futures=True)
    _POOL = None


def shutdown() -> None:
    global _POOL
    if _POOL is not None:
        _POOL.shutdown(wait=True, cancel_futures=True)
    _POOL = None


def _warm_up() -> None:
    _exit_with_parent(os.getppid())
    import extract.article  # noqa: F401 - trafilatura and lxml load once, before the first page


def _exit_with_parent(parent: int, every: float = 0.5) -> None:
    """A worker holds its own end of the task queue, so a SIGKILLed crawl would leave it
    waiting forever: a watcher thread ends the worker once its parent is gone."""
    import threading
    import time

    def watch():
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


atexit.register(shutdown)
