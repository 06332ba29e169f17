"""Online backup: a consistent copy while crawls and Datasette keep using the database."""
from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_database(source: str | Path, destination: str | Path) -> int:
    """Copy ``source`` to ``destination`` with SQLite's backup API; returns the page count.

    Restore by stopping the pipeline and copying the backup over the database file
    (and deleting any ``-wal``/``-shm`` files beside it).
    """
    source, destination = Path(source), Path(destination)
    if not source.exists():
        raise FileNotFoundError(f"no database at {source}")
    if destination.exists():
        raise FileExistsError(f"{destination} exists; choose a new file for the backup")
    destination.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(str(destination))
    try:
        src.backup(dst, pages=1024)
        pages = dst.execute("PRAGMA page_count").fetchone()[0]
        if dst.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise RuntimeError(f"backup at {destination} failed its integrity check")
        return pages
    finally:
        dst.close()
        src.close()
