"""The event summaries the aggregate canned queries read equal a live GROUP BY over events."""
from extract.schema import Company, Event, Findings
from pipeline import db as store


def _event(kind, company, date, countries):
    return Event(type=kind, company=company, countries=countries, date=date,
                 date_precision="day" if date and len(date) == 10 else None,
                 sentence=f"{company} {kind} {date}", confidence=0.9, figures=[])


def _db(tmp_path):
    db = store.open_db(tmp_path / "r.db")
    stories = [("https://a/1", "2024-03-02", "Rest of World"), ("https://a/2", "2024-03-05", "WIRED"),
               ("https://a/3", "2024-04-01", "WIRED")]
    for url, published, publisher in stories:
        article_id, _ = store.upsert_article(db, {"url": url, "text": "t", "published": published,
                                                  "publisher": publisher})
        store.replace_findings(db, article_id, Findings(
            companies=[Company("Remotasks", "platform")], countries=[], figures=[],
            events=[_event("access_cutoff", "Remotasks", "2024-03-01", ["KE", "NG"]),
                    _event("pay_cut", None, None, ["KE"])]), "v1")
    store.refresh_event_rollups(db)
    return db


def test_event_rollup_matches_first_reports_grouping(tmp_path):
    db = _db(tmp_path)
    rows = db.execute("select type, month, events, articles, outlets, first_reported,"
                      " first_outlet, all_outlets from event_rollup order by type").fetchall()
    assert rows[0][:7] == ("access_cutoff", "2024-03", 3, 3, 2, "2024-03-02", "Rest of World")
    assert set(rows[0][7].split(",")) == {"Rest of World", "WIRED"}
    assert rows[1][:5] == ("pay_cut", None, 3, 3, 2)


def test_country_rollup_counts_events_per_country_and_type(tmp_path):
    db = _db(tmp_path)
    assert db.execute("select country_code, type, events, latest from country_rollup"
                      " order by 1, 2").fetchall() == [
        ("KE", "access_cutoff", 3, "2024-03-01"), ("KE", "pay_cut", 3, None),
        ("NG", "access_cutoff", 3, "2024-03-01")]


def test_process_step_refreshes_the_rollups(tmp_path, monkeypatch):
    from pipeline import process

    db = _db(tmp_path)
    db.execute("delete from event_rollup")
    db.execute("update articles set relevance = 1.0, nlp_version = null")
    db.conn.commit()
    fake = Findings(companies=[], countries=[], figures=[],
                    events=[_event("layoff", None, "2024-05-01", [])])
    monkeypatch.setattr(process, "_analyzed_chunks",
                        lambda nlp, todo, bs, n: iter([(todo, [fake] * len(todo))]))
    stats = process.process_articles(db, nlp=object())
    assert stats.processed == 3
    assert db.execute("select type, events from event_rollup").fetchall() == [("layoff", 3)]
