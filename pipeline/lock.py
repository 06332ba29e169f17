"""One crawl at a time per database: an exclusive, non-blocking flock on `<db>.crawl.lock`.

The kernel drops the lock when the process dies, so a killed run never leaves a stale lock.
"""
from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path


class AlreadyRunning(RuntimeError):
    """Another process holds the crawl lock (the CLI exits 75, EX_TEMPFAIL)."""


def lock_path(db_path: str | Path) -> Path:
    return Path(f"{db_path}.crawl.lock")


@contextmanager
def crawl_lock(db_path: str | Path):
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+")
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise AlreadyRunning(
                f"another crawl is running on {db_path} (pid {holder}; lock {path})") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        yield path
    finally:
        handle.close()  # closing the descriptor releases the flock
