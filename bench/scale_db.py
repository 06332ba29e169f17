"""Generate a large taskerwatch database fast, straight into the real schema.

`generate(path, n_articles)` writes n articles with three events each (plus their companies,
countries and event countries) through `pipeline.db.open_db`, so every migration, index and
trigger of the real schema is there. Distributions are skewed like real news: a few platforms
and countries dominate, 30 companies, 60 countries, 13 event types, 36 months.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

EVENT_TYPES = ["access_cutoff", "signup_block", "expansion", "pay_cut", "payment_delay",
               "deactivation", "layoff", "funding_round", "acquisition", "legal_action",
               "government_action", "worker_organising", "rating_audit"]
COMPANIES = ["Scale AI", "Remotasks", "Outlier", "Sama", "Appen", "Amazon Mechanical Turk",
             "Toloka", "Clickworker", "CloudFactory", "iMerit", "TaskUs", "TELUS Digital",
             "Surge AI", "DataAnnotation", "Invisible Technologies", "Prolific", "Mercor",
             "Turing", "Hive", "Labelbox", "Handshake", "Micro1", "Snorkel AI", "Defined.ai",
             "Karya", "Sapien", "Alignerr", "Mindrift", "OpenAI", "Meta"]
PUBLISHERS = ["Rest of World", "The Verge", "WIRED", "TIME", "The Guardian", "Reuters",
              "Bloomberg", "Business Insider", "MIT Technology Review", "Financial Times",
              "The Washington Post", "Semafor", "404 Media", "Inc42", "Techpoint Africa",
              "Rappler", "Nation Africa", "The Hindu", "El País", "Dawn"]
CHUNK = 50_000


def _zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1 / (k ** s) for k in range(1, n + 1)]


def generate(path: str | Path, n_articles: int, *, events_per_article: int = 3,
             seed: int = 1) -> dict:
    from pipeline.db import open_db

    t0 = time.perf_counter()
    path = Path(path)
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    db = open_db(path)
    conn = db.conn
    rng = random.Random(seed)
    codes = [r[0] for r in conn.execute("SELECT code FROM countries ORDER BY code")]
    # 60 countries where data work happens, the first ones most reported on
    preferred = ["KE", "PH", "NG", "IN", "VE", "PK", "UG", "GH", "CO", "BR", "ID", "VN", "PL",
                 "MX", "ZA", "BD", "EG", "AR", "MY", "RW", "US", "GB", "DE", "FR", "CA"]
    countries = preferred + [c for c in codes if c not in preferred][:60 - len(preferred)]
    months = [f"{y}-{m:02d}" for y in (2022, 2023, 2024) for m in range(1, 13)]

    conn.execute("PRAGMA synchronous=OFF")
    # FTS triggers make bulk inserts ~10x slower; fill the FTS tables in one rebuild instead.
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    conn.executemany(
        "INSERT INTO companies (id, name, kind, parent, aliases) VALUES (?, ?, ?, ?, '[]')",
        [(i + 1, name, "client" if name in ("OpenAI", "Meta") else "platform",
          "Scale AI" if name in ("Remotasks", "Outlier") else None)
         for i, name in enumerate(COMPANIES)])
    company_w = _zipf_weights(len(COMPANIES), 0.9)
    country_w = _zipf_weights(len(countries), 0.8)
    type_w = _zipf_weights(len(EVENT_TYPES), 0.5)
    month_w = [1 + i / 18 for i in range(len(months))]  # coverage grows over time

    event_id = 0
    counts = {"articles": 0, "events": 0, "event_countries": 0, "article_companies": 0,
              "article_countries": 0}
    for start in range(0, n_articles, CHUNK):
        ids = range(start + 1, min(start + CHUNK, n_articles) + 1)
        arts, evs, ecs, acs, actry = [], [], [], [], []
        ev_companies = rng.choices(range(1, len(COMPANIES) + 1), company_w,
                                   k=len(ids) * events_per_article)
        ev_types = rng.choices(EVENT_TYPES, type_w, k=len(ids) * events_per_article)
        ev_countries = rng.choices(countries, country_w, k=len(ids) * events_per_article * 2)
        art_months = rng.choices(months, month_w, k=len(ids))
        k = 0
        for n, aid in enumerate(ids):
            month = art_months[n]
            published = f"{month}-{rng.randint(1, 28):02d}"
            publisher = PUBLISHERS[aid % len(PUBLISHERS)]
            arts.append((aid, f"https://news.example/{aid}", f"Platform workers story {aid}",
                         '["A. Reporter"]', published, publisher, publisher, "en", "article",
                         None, f"Story {aid} about data workers.", f"h{aid}", 0.9, "bench",
                         "bench", published, published))
            seen_companies, seen_countries = set(), set()
            for _ in range(events_per_article):
                event_id += 1
                cid = ev_companies[k]
                seen_companies.add(cid)
                etype = ev_types[k]
                evs.append((event_id, aid, etype, cid, published, month, "day",
                            f"Event {event_id}: {etype} by company {cid}.", 0.8, "bench"))
                c1, c2 = ev_countries[2 * k], ev_countries[2 * k + 1]
                ecs.append((event_id, c1))
                seen_countries.add(c1)
                if c2 != c1 and rng.random() < 0.4:
                    ecs.append((event_id, c2))
                    seen_countries.add(c2)
                k += 1
            acs.extend((aid, cid, 1) for cid in seen_companies)
            actry.extend((aid, c, 1) for c in seen_countries)
        with conn:
            conn.executemany(
                "INSERT INTO articles (id, url, title, authors, published, publisher, source,"
                " language, kind, description, text, content_hash, relevance, extractor_version,"
                " nlp_version, processed_at, fetched_at) VALUES"
                " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", arts)
            conn.executemany(
                "INSERT INTO events (id, article_id, type, company_id, date, month,"
                " date_precision, sentence, confidence, extractor_version)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", evs)
            conn.executemany("INSERT OR IGNORE INTO event_countries (event_id, country_code)"
                             " VALUES (?, ?)", ecs)
            conn.executemany("INSERT OR IGNORE INTO article_companies (article_id, company_id,"
                             " mentions) VALUES (?, ?, ?)", acs)
            conn.executemany("INSERT OR IGNORE INTO article_countries (article_id, country_code,"
                             " mentions) VALUES (?, ?, ?)", actry)
        counts["articles"] += len(arts)
        counts["events"] += len(evs)
        counts["event_countries"] += len(ecs)
        counts["article_companies"] += len(acs)
        counts["article_countries"] += len(actry)
    with conn:
        for fts in ("articles_fts", "events_fts"):
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [fts]).fetchone():
                conn.execute(f"INSERT INTO [{fts}]([{fts}]) VALUES ('rebuild')")
        for _, sql in triggers:
            conn.execute(sql)
    # The triggers were off during the load: recount what they maintain
    try:
        from pipeline.db import refresh_facet_counts
    except ImportError:  # a schema without kept facet counts
        refresh_facet_counts = None
    if refresh_facet_counts:
        refresh_facet_counts(db)
    try:
        from pipeline.db import refresh_event_rollups
    except ImportError:  # a schema without event rollups
        refresh_event_rollups = None
    if refresh_event_rollups:
        refresh_event_rollups(db)
    conn.execute("ANALYZE")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    counts["seconds"] = round(time.perf_counter() - t0, 1)
    return counts


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(generate(sys.argv[1], int(sys.argv[2]))))
