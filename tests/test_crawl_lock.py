"""One crawl at a time per database: an overlapping run is refused at once (exit 75)."""
from __future__ import annotations

import time

import pytest

from pipeline.lock import AlreadyRunning, crawl_lock
from testweb import TestWeb, free_port
from testweb.run import crawl, write_sources


def test_second_lock_on_the_same_database_is_refused(tmp_path):
    db_path = tmp_path / "t.db"
    with crawl_lock(db_path):
        with pytest.raises(AlreadyRunning, match="another crawl is running"):
            with crawl_lock(db_path):
                pass
    with crawl_lock(db_path):  # released when the holder exits
        pass


def test_crawl_refuses_to_overlap_and_exits_75(tmp_path):
    db_path = tmp_path / "t.db"
    with TestWeb() as web:
        sources = write_sources(tmp_path / "sources.toml", web, free_port())
        with crawl_lock(db_path):
            started = time.monotonic()
            code, result, stderr = crawl(db_path, "--sources-file", str(sources))
            elapsed = time.monotonic() - started
        assert code == 75 and result is None
        assert "another crawl is running" in stderr
        assert elapsed < 15
        assert web.requests == []  # refused before any download
