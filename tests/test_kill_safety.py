"""SIGKILL `taskerwatch crawl` and `taskerwatch process` mid-run: the rerun ends where an
uninterrupted run ends, with nothing doubled and nothing lost."""
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from pipeline import db as store

pytestmark = pytest.mark.slow

# Bookkeeping of the runs themselves differs by design: one row per run, retried errors.
RUN_TABLES = {"crawls", "errors"}


def command(*args):
    return [sys.executable, "-m", "pipeline.cli", *map(str, args)]


def run(*args):
    proc = subprocess.run(command(*args), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]


def count(db_path, sql):
    try:
        conn = sqlite3.connect(db_path, timeout=5)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:  # tables not created yet
        return 0


def children_of(pid):
    """Pids whose parent is `pid` (Linux /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry))
    return found


def still_running(pids):
    alive = []
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                    alive.append(pid)
        except OSError:
            pass
    return alive


def kill_when(args, db_path, sql, threshold, deadline=300, orphans=None):
    """Start a command and SIGKILL it as soon as `sql` counts at least `threshold`;
    the pids of its children at that moment go into `orphans`."""
    proc = subprocess.Popen(command(*args), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    start = time.monotonic()
    try:
        while proc.poll() is None and time.monotonic() - start < deadline:
            if count(db_path, sql) >= threshold:
                children = children_of(proc.pid)
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                if orphans is not None:
                    orphans.extend(children)
                return True
            time.sleep(0.05)
        return False  # it finished before the moment came
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def findings_counts(db_path):
    counts = store.table_counts(store.open_db(db_path))
    return {k: v for k, v in counts.items() if k not in RUN_TABLES}


def integrity(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("reference") / "taskerwatch.db"
    run("crawl", "--sample", "--db", db_path)
    run("process", "--db", db_path)
    return findings_counts(db_path)


@pytest.mark.parametrize("articles_before_kill", [1, 20])
def test_killed_crawl_resumes_to_the_same_record(tmp_path, reference, articles_before_kill):
    db_path = tmp_path / "taskerwatch.db"
    orphans = []
    killed = kill_when(["crawl", "--sample", "--db", db_path], db_path,
                       "SELECT count(*) FROM articles", articles_before_kill, orphans=orphans)
    assert killed, "the crawl finished before it could be killed"
    assert integrity(db_path) == "ok"
    # its extraction workers do not outlive it
    deadline = time.monotonic() + 10
    while still_running(orphans) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert still_running(orphans) == []
    run("crawl", "--sample", "--db", db_path)
    run("process", "--db", db_path)
    assert findings_counts(db_path) == reference
    assert integrity(db_path) == "ok"


@pytest.mark.parametrize("processed_before_kill", [1, 15])
def test_killed_process_resumes_to_the_same_record(tmp_path, reference, processed_before_kill):
    db_path = tmp_path / "taskerwatch.db"
    run("crawl", "--sample", "--db", db_path)
    killed = kill_when(["process", "--db", db_path], db_path,
                       "SELECT count(*) FROM articles WHERE nlp_version IS NOT NULL",
                       processed_before_kill)
    assert killed, "processing finished before it could be killed"
    assert integrity(db_path) == "ok"
    run("process", "--db", db_path)
    assert findings_counts(db_path) == reference
    assert integrity(db_path) == "ok"
