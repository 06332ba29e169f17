"""The whole path on the bundled sample: crawl over HTTP, extract, NLP, SQLite; twice."""
import json
import os
import subprocess
import sys

import pytest

from extract.relevance import RELEVANCE_THRESHOLD
from pipeline import db as store

pytestmark = pytest.mark.slow


def taskerwatch(*args, timeout=600):
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


@pytest.fixture(scope="module")
def sample_runs(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("e2e") / "taskerwatch.db"
    taskerwatch("crawl", "--sample", "--db", db_path)
    taskerwatch("process", "--db", db_path)
    first = store.table_counts(store.open_db(db_path))
    taskerwatch("crawl", "--sample", "--db", db_path)
    taskerwatch("process", "--db", db_path)
    second = store.table_counts(store.open_db(db_path))
    return db_path, first, second


def test_sample_gives_articles_with_findings(sample_runs):
    db_path, counts, _ = sample_runs
    db = store.open_db(db_path)
    assert counts["articles"] >= 40
    processed = db.execute("SELECT count(*) FROM articles WHERE nlp_version IS NOT NULL"
                           ).fetchone()[0]
    assert processed >= 40
    assert counts["events"] >= 40 and counts["figures"] >= 40
    assert counts["article_companies"] >= 40 and counts["article_countries"] >= 40
    names = {r[0] for r in db.execute("SELECT name FROM companies")}
    assert {"Scale AI", "Remotasks", "Sama", "Appen"} <= names
    kinds = {r[0] for r in db.execute("SELECT DISTINCT type FROM events")}
    assert {"access_cutoff", "funding_round", "legal_action", "layoff"} <= kinds


def test_off_topic_articles_are_kept_but_not_processed(sample_runs):
    db = store.open_db(sample_runs[0])
    off_topic = db.execute("SELECT count(*) FROM articles WHERE relevance < ? "
                           "AND nlp_version IS NULL", [RELEVANCE_THRESHOLD]).fetchone()[0]
    assert off_topic >= 6
    assert db.execute("SELECT count(*) FROM events e JOIN articles a ON a.id = e.article_id "
                      "WHERE a.nlp_version IS NULL").fetchone()[0] == 0


def test_a_second_crawl_and_process_change_no_row_count(sample_runs):
    _, first, second = sample_runs
    assert {k: v for k, v in second.items() if k != "crawls"} == \
        {k: v for k, v in first.items() if k != "crawls"}
    assert second["crawls"] == first["crawls"] + 1


def test_reprocessing_everything_replaces_without_duplicates(sample_runs):
    db_path, _, before = sample_runs
    taskerwatch("process", "--all", "--db", db_path)
    after = store.table_counts(store.open_db(db_path))
    assert after == before


def test_status_reports_each_sample_source(sample_runs):
    proc = taskerwatch("status", "--json", "--db", sample_runs[0], timeout=60)
    rows = json.loads(proc.stdout)
    assert len(rows) >= 3
    assert all(r["last_crawl"] for r in rows)
    assert sum(r["articles_total"] for r in rows) >= 40
