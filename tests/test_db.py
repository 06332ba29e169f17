import sqlite3

import pytest

from extract.schema import Company, Country, Event, Figure, Findings
from pipeline import db as store


def findings():
    rate = Figure("money", 6, low=6, high=10, unit="USD", per="day", text="$6 to $10 a day",
                  sentence="Workers earned $6 to $10 a day.")
    return Findings(
        companies=[Company("Scale AI", "platform", None, 3),
                   Company("Remotasks", "platform", "Scale AI", 2)],
        countries=[Country("KE", "Kenya", 2), Country("NG", "Nigeria", 1)],
        events=[Event("access_cutoff", "Remotasks", ["KE", "NG"], "2024-03", "month",
                      "Remotasks cut off workers in Kenya and Nigeria.", 0.9, [])],
        figures=[rate, Figure("percent", 80, unit="percent", text="80%", sentence="80% left.")],
    )


def article(url="https://example.org/a", text="Remotasks left Kenya."):
    return {"url": url, "title": "Remotasks leaves Kenya", "text": text, "authors": ["A. Writer"],
            "published": "2024-03-29", "relevance": 0.9, "source": "example"}


def test_schema_is_versioned_and_migration_is_a_no_op_the_second_time(db):
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert store.migrate(db) == store.SCHEMA_VERSION
    assert {"articles", "events", "figures", "countries", "articles_fts", "events_fts"} <= set(
        db.table_names())


def test_a_newer_database_is_refused(db):
    db.execute(f"PRAGMA user_version={store.SCHEMA_VERSION + 1}")
    with pytest.raises(RuntimeError, match="newer"):
        store.migrate(db)


def test_countries_come_with_names_regions_and_centroids(db):
    kenya = db["countries"].get("KE")
    assert kenya["name"] == "Kenya" and kenya["region"] == "Africa"
    assert -5 < kenya["latitude"] < 5 and 33 < kenya["longitude"] < 42
    assert db["countries"].count >= 240


def test_article_upsert_is_keyed_by_url(db):
    first = store.upsert_article(db, article())
    again = store.upsert_article(db, article())
    assert first == (first[0], True) and again == (first[0], False)
    assert db["articles"].count == 1
    assert db["articles"].get(first[0])["authors"] == '["A. Writer"]'


def test_changed_text_asks_for_processing_again(db):
    article_id, _ = store.upsert_article(db, article())
    store.replace_findings(db, article_id, findings(), "v1")
    assert db["articles"].get(article_id)["nlp_version"] == "v1"
    store.upsert_article(db, article(text="Remotasks left Kenya and Nigeria."))
    assert db["articles"].get(article_id)["nlp_version"] is None


def test_replacing_findings_twice_leaves_counts_unchanged(db):
    article_id, _ = store.upsert_article(db, article())
    store.replace_findings(db, article_id, findings(), "v1")
    counts = store.table_counts(db)
    store.replace_findings(db, article_id, findings(), "v1")
    assert store.table_counts(db) == counts
    assert counts["events"] == 1 and counts["event_countries"] == 2 and counts["figures"] == 2
    event = db["events"].get(1)
    assert event["month"] == "2024-03"
    assert db["companies"].get(event["company_id"])["parent"] == "Scale AI"


def test_a_failing_write_rolls_back_the_whole_article(db, monkeypatch):
    article_id, _ = store.upsert_article(db, article())
    store.replace_findings(db, article_id, findings(), "v1")
    before = store.table_counts(db)

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store, "_figure_row", broken)
    with pytest.raises(sqlite3.OperationalError):
        store.replace_findings(db, article_id, findings(), "v2")
    assert store.table_counts(db) == before
    assert db["articles"].get(article_id)["nlp_version"] == "v1"


def test_pages_are_unique_per_url_and_content(db):
    page = {"url": "https://example.org/a?utm_source=x", "canonical_url": "https://example.org/a",
            "status": 200, "body": b"<html>hi</html>", "content_type": "text/html"}
    store.upsert_page(db, page)
    store.upsert_page(db, page)
    assert db["pages"].count == 1
    row = next(db["pages"].rows)
    assert store.page_html(row) == b"<html>hi</html>"
    assert store.is_article_stored(db, "https://example.org/a")
    assert not store.is_article_stored(db, "https://example.org/b")


def test_errors_count_attempts_and_resolve(db):
    store.record_error(db, "process", "https://example.org/a", "ValueError: boom")
    store.record_error(db, "process", "https://example.org/a", "ValueError: boom again")
    row = next(db["errors"].rows)
    assert row["attempts"] == 2 and row["resolved"] == 0 and "again" in row["reason"]
    store.resolve_error(db, "process", "https://example.org/a")
    assert next(db["errors"].rows)["resolved"] == 1


def test_full_text_search_finds_articles_and_event_sentences(db):
    article_id, _ = store.upsert_article(db, article())
    store.replace_findings(db, article_id, findings(), "v1")
    assert [r["title"] for r in db["articles"].search("kenya")] == ["Remotasks leaves Kenya"]
    assert len(list(db["events"].search("nigeria"))) == 1


def test_file_database_is_in_wal_mode(db_path):
    database = store.open_db(db_path)
    assert database.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute("PRAGMA busy_timeout").fetchone()[0] == store.BUSY_TIMEOUT_MS


def test_a_page_is_stored_with_its_article_or_not_at_all():
    # A page row alone marks its URL as stored: a crash between page and article would lose
    # the article for good, so the sink writes both in one transaction.
    from pipeline.crawl import DatabaseSink

    sink = DatabaseSink(store.open_db(memory=True))
    url = "https://news.example/a"
    page = {"url": url, "canonical_url": url, "source": "s", "status": 200,
            "fetched_at": "2026-11-23T00:00:00", "content_type": "text/html",
            "content_hash": "h", "body": b"<html></html>", "error": None}
    with pytest.raises(Exception):
        sink.store_article({"url": url, "title": object()}, page=page)  # cannot be written
    assert not sink.is_stored(url)
    assert sink.store_article({"url": url, "title": "A", "text": "t", "source": "s"}, page=page)
    assert sink.is_stored(url)
