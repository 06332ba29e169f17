"""`taskerwatch process --processes 2` finds what one process finds, in forked workers."""
import pytest

from pipeline import db as store
from pipeline.process import process_articles

ARTICLE = ("Remotasks cut access for workers in Kenya and Nigeria in March, contractors said. "
           "Pay rates on Appen fell from $10 a task to under 50 cents, workers in the Philippines "
           "said. Scale AI raised $1 billion in a round led by Accel. {n}")


def _db(tmp_path, name):
    db = store.open_db(tmp_path / name)
    for n in range(5):
        store.upsert_article(db, {"url": f"https://news.example/{n}", "title": f"Story {n}",
                                  "text": ARTICLE.format(n=n), "published": "2024-03-29",
                                  "relevance": 1.0, "language": "en"})
    return db


def _findings(db):
    return sorted(db.execute(
        "SELECT a.url, e.type, c.name, e.date FROM events e JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN companies c ON c.id = e.company_id").fetchall())


@pytest.mark.slow
def test_two_processes_store_the_same_findings_as_one(tmp_path):
    from extract.nlp import load_pipeline

    nlp = load_pipeline()
    one, two = _db(tmp_path, "one.db"), _db(tmp_path, "two.db")
    stats_one = process_articles(one, nlp, n_process=1, batch_size=2)
    stats_two = process_articles(two, nlp, n_process=2, batch_size=2)
    assert stats_two.processed == stats_one.processed == 5
    assert stats_two.failed == 0
    assert _findings(two) == _findings(one)
    assert _findings(two), "the articles carry events; none were stored"
