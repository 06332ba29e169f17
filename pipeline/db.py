"""The SQLite record: schema, migrations and idempotent writes. Every function takes a Database."""
from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from sqlite_utils import Database

from extract.schema import Findings

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "taskerwatch.db"
BUSY_TIMEOUT_MS = 30_000


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def content_hash(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def open_db(path: str | Path | None = None, *, memory: bool = False) -> Database:
    """Open (and migrate) the database: WAL so Datasette reads while the pipeline writes."""
    if memory:
        db = Database(memory=True)
    else:
        path = Path(path or DEFAULT_DB)
        path.parent.mkdir(parents=True, exist_ok=True)
        db = Database(sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000))
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
    db.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys=ON")
    migrate(db)
    return db


# ---------------------------------------------------------------- schema and migrations

def _schema_v1(db: Database) -> None:
    db["sources"].create({
        "name": str, "kind": str, "language": str, "country": str, "homepage": str,
        "feeds": str, "sitemaps": str, "queries": str, "updated_at": str,
    }, pk="name", not_null={"name"})
    db["crawls"].create({
        "id": int, "started_at": str, "finished_at": str, "status": str, "sources": str,
        "options": str, "pages": int, "new_articles": int, "skipped": int, "errors": int,
    }, pk="id")
    db["crawl_sources"].create({
        "crawl_id": int, "source": str, "pages": int, "new_articles": int, "skipped": int,
        "errors": int, "errors_by_kind": str, "status": str,
    }, pk=("crawl_id", "source"), foreign_keys=[("crawl_id", "crawls", "id")])
    db["pages"].create({
        "id": int, "url": str, "canonical_url": str, "source": str, "crawl_id": int,
        "status": int, "fetched_at": str, "content_type": str, "content_hash": str,
        "html_gz": bytes, "size": int, "error": str,
    }, pk="id", foreign_keys=[("crawl_id", "crawls", "id")])
    db["pages"].create_index(["url", "content_hash"], unique=True)
    db["pages"].create_index(["canonical_url"])
    db["http_validators"].create({
        "url": str, "etag": str, "last_modified": str, "checked_at": str,
    }, pk="url")
    db["articles"].create({
        "id": int, "url": str, "title": str, "authors": str, "published": str,
        "publisher": str, "source": str, "language": str, "kind": str, "description": str,
        "text": str, "content_hash": str, "relevance": float, "extractor_version": str,
        "nlp_version": str, "processed_at": str, "fetched_at": str,
    }, pk="id", not_null={"url"}, defaults={"kind": "article"})
    db["articles"].create_index(["url"], unique=True)
    for cols in (["published"], ["publisher"], ["language"], ["relevance"], ["nlp_version"]):
        db["articles"].create_index(cols)
    db["companies"].create({
        "id": int, "name": str, "kind": str, "parent": str, "aliases": str, "wikidata": str,
    }, pk="id", not_null={"name"})
    db["companies"].create_index(["name"], unique=True)
    db["article_companies"].create({
        "article_id": int, "company_id": int, "mentions": int,
    }, pk=("article_id", "company_id"),
        foreign_keys=[("article_id", "articles", "id"), ("company_id", "companies", "id")])
    db["article_companies"].create_index(["company_id"])
    db["countries"].create({
        "code": str, "name": str, "region": str, "subregion": str,
        "latitude": float, "longitude": float,
    }, pk="code")
    db["article_countries"].create({
        "article_id": int, "country_code": str, "mentions": int,
    }, pk=("article_id", "country_code"),
        foreign_keys=[("article_id", "articles", "id"), ("country_code", "countries", "code")])
    db["article_countries"].create_index(["country_code"])
    db["events"].create({
        "id": int, "article_id": int, "type": str, "company_id": int, "date": str,
        "month": str, "date_precision": str, "sentence": str, "confidence": float,
        "extractor_version": str,
    }, pk="id", foreign_keys=[("article_id", "articles", "id"), ("company_id", "companies", "id")])
    for cols in (["article_id"], ["type"], ["company_id"], ["month"], ["date"], ["type", "month"]):
        db["events"].create_index(cols)
    db["event_countries"].create({
        "event_id": int, "country_code": str,
    }, pk=("event_id", "country_code"),
        foreign_keys=[("event_id", "events", "id"), ("country_code", "countries", "code")])
    db["event_countries"].create_index(["country_code"])
    db["figures"].create({
        "id": int, "article_id": int, "event_id": int, "kind": str, "value": float,
        "low": float, "high": float, "unit": str, "per": str, "approximate": int,
        "text": str, "sentence": str, "extractor_version": str,
    }, pk="id", foreign_keys=[("article_id", "articles", "id"), ("event_id", "events", "id")])
    for cols in (["article_id"], ["event_id"], ["kind", "unit"], ["per"]):
        db["figures"].create_index(cols)
    db["errors"].create({
        "id": int, "stage": str, "url": str, "article_id": int, "reason": str,
        "first_seen": str, "last_seen": str, "attempts": int, "resolved": int,
    }, pk="id")
    db["errors"].create_index(["stage", "url"], unique=True)
    db["articles"].enable_fts(["title", "text"], create_triggers=True, tokenize="porter")
    db["events"].enable_fts(["sentence"], create_triggers=True, tokenize="porter")
    load_countries(db)


def _schema_v2_browse_by_month_and_country(db: Database) -> None:
    """What Datasette facets need: articles.month, and events with their countries as rows."""
    # VIRTUAL generated column: ADD COLUMN allows it and it cannot drift from `published`
    db.execute("ALTER TABLE articles ADD COLUMN month TEXT"
               " GENERATED ALWAYS AS (substr(published, 1, 7)) VIRTUAL")
    db["articles"].create_index(["month"])
    # One row per (event, country): a table cannot facet through event_countries, a view can
    db.execute("""CREATE VIEW events_by_country AS
        SELECT ec.country_code, c.name AS country, c.region, e.type, co.name AS company,
               e.month, e.date, e.sentence, e.confidence, e.id AS event_id, e.article_id,
               a.title, a.publisher, a.url
        FROM event_countries ec
        JOIN events e ON e.id = ec.event_id
        JOIN countries c ON c.code = ec.country_code
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN companies co ON co.id = e.company_id""")


# Facet columns whose counts the database keeps up to date itself, so the default (unfiltered)
# Datasette table pages read them from facet_counts instead of grouping millions of rows;
# pipeline/datasette/plugins/counted_facets.py serves them. (table, column, source expression)
COUNTED_FACETS = {
    "events": [("type", "type"), ("company_id", "company_id"), ("month", "month")],
    "articles": [("publisher", "publisher"), ("language", "language"),
                 ("month", "substr(published, 1, 7)")],
    # events per country, for the m2m facet of events through event_countries
    "event_countries": [("country_code", "country_code")],
}


def _schema_v3_counted_facets(db: Database) -> None:
    """facet_counts: exact per-value row counts of the default facet columns, kept by triggers.

    At a million articles (three million events) one GROUP BY facet costs ~250 ms and a page
    shows three; a trigger costs microseconds per written row.
    """
    db.execute("""CREATE TABLE facet_counts (
        table_name TEXT NOT NULL, column_name TEXT NOT NULL, value, n INTEGER NOT NULL,
        PRIMARY KEY (table_name, column_name, value)) WITHOUT ROWID""")
    for table, columns in COUNTED_FACETS.items():
        for column, expr in columns:
            db.execute(f"""INSERT INTO facet_counts (table_name, column_name, value, n)
                SELECT '{table}', '{column}', value, count(*) FROM
                (SELECT {expr} AS value FROM [{table}]) WHERE value IS NOT NULL GROUP BY value""")
        plus = "\n".join(
            f"INSERT INTO facet_counts VALUES ('{table}', '{column}', {_new(expr)}, 1) "
            f"ON CONFLICT DO UPDATE SET n = n + 1;" for column, expr in columns)
        minus = "\n".join(
            f"UPDATE facet_counts SET n = n - 1 WHERE table_name = '{table}' "
            f"AND column_name = '{column}' AND value = {_old(expr)};" for column, expr in columns)
        # NULLs are not facet values: the WHEN keeps them out of the table (NULL = x is never true)
        db.execute(f"CREATE TRIGGER [{table}_facet_counts_ai] AFTER INSERT ON [{table}] BEGIN\n"
                   f"{_skip_nulls(plus)}\nEND")
        db.execute(f"CREATE TRIGGER [{table}_facet_counts_ad] AFTER DELETE ON [{table}] BEGIN\n"
                   f"{minus}\nEND")
        watched = ", ".join(sorted({c for c, e in columns if c == e} | (
            {"published"} if table == "articles" else set())))
        db.execute(f"CREATE TRIGGER [{table}_facet_counts_au] AFTER UPDATE OF {watched} ON "
                   f"[{table}] BEGIN\n{minus}\n{_skip_nulls(plus)}\nEND")


def _new(expr: str) -> str:
    return expr.replace("published", "NEW.published") if "(" in expr else f"NEW.{expr}"


def _old(expr: str) -> str:
    return expr.replace("published", "OLD.published") if "(" in expr else f"OLD.{expr}"


def _skip_nulls(statements: str) -> str:
    # INSERT ... SELECT ... WHERE value IS NOT NULL: a NULL value is not counted
    out = []
    for line in statements.splitlines():
        head, _, rest = line.partition(" VALUES (")
        values, _, tail = rest.partition(") ON CONFLICT")
        value_expr = values.split(", ", 2)[2].rsplit(", ", 1)[0]
        out.append(f"{head} SELECT {values} WHERE {value_expr} IS NOT NULL ON CONFLICT{tail}")
    return "\n".join(out)


def refresh_facet_counts(db: Database) -> None:
    """Recount facet_counts from scratch (after a bulk load that bypassed the triggers)."""
    with db.atomic():
        db.execute("DELETE FROM facet_counts")
        for table, columns in COUNTED_FACETS.items():
            for column, expr in columns:
                db.execute(f"""INSERT INTO facet_counts (table_name, column_name, value, n)
                    SELECT '{table}', '{column}', value, count(*) FROM
                    (SELECT {expr} AS value FROM [{table}]) WHERE value IS NOT NULL
                    GROUP BY value""")


def _schema_v4_event_rollups(db: Database) -> None:
    """Per-group summaries of events for the canned queries that aggregate all of them.

    At a million articles a GROUP BY over three million events joined to their articles takes
    seconds; these tables hold one row per group (~15k and ~800 rows) and the process step
    rebuilds them after writing findings (refresh_event_rollups), the only time events change.
    """
    db.execute("""CREATE TABLE event_rollup (
        type TEXT, company_id INTEGER, month TEXT, events INTEGER, articles INTEGER,
        outlets INTEGER, first_reported TEXT, first_outlet TEXT, first_url TEXT,
        all_outlets TEXT)""")
    db.execute("CREATE INDEX event_rollup_type_month ON event_rollup (type, month)")
    db.execute("CREATE INDEX event_rollup_month ON event_rollup (month)")
    db.execute("""CREATE TABLE country_rollup (
        country_code TEXT, type TEXT, events INTEGER, latest TEXT,
        PRIMARY KEY (country_code, type)) WITHOUT ROWID""")
    db.execute("CREATE INDEX country_rollup_type ON country_rollup (type)")
    # events_in_month: one month's events newest first, read in index order instead of sorted
    db.execute("CREATE INDEX events_month_date_type ON events (month, date DESC, type)")
    _fill_event_rollups(db)


def _fill_event_rollups(db: Database) -> None:
    db.execute("DELETE FROM event_rollup")
    db.execute("DELETE FROM country_rollup")
    # SQLite takes the bare columns a.publisher, a.url from the row that holds the min()
    db.execute("""INSERT INTO event_rollup
        SELECT e.type, e.company_id, e.month, count(*), count(distinct a.id),
               count(distinct a.publisher), min(a.published), a.publisher, a.url,
               group_concat(distinct a.publisher)
        FROM events e JOIN articles a ON a.id = e.article_id
        GROUP BY e.type, e.company_id, e.month""")
    db.execute("""INSERT INTO country_rollup
        SELECT ec.country_code, e.type, count(*), max(e.date)
        FROM event_countries ec JOIN events e ON e.id = ec.event_id
        GROUP BY ec.country_code, e.type""")


def refresh_event_rollups(db: Database) -> None:
    """Rebuild event_rollup and country_rollup from the events (one transaction)."""
    with db.atomic():
        _fill_event_rollups(db)


def _schema_v5_one_entity_in_date_order(db: Database) -> None:
    """The company and country canned queries list the newest rows of one entity: these
    indexes let SQLite walk them in order instead of sorting every event of a big platform."""
    db["events"].create_index(["company_id", "date"], if_not_exists=True)
    db["article_companies"].create_index(["company_id", "article_id"], if_not_exists=True)
    db["article_countries"].create_index(["country_code", "article_id"], if_not_exists=True)


MIGRATIONS = [_schema_v1, _schema_v2_browse_by_month_and_country, _schema_v3_counted_facets,
              _schema_v4_event_rollups, _schema_v5_one_entity_in_date_order]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: Database) -> int:
    """Apply every migration newer than the file's user_version, each in its own transaction."""
    version = schema_version(db)
    if version > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {version} is newer than this taskerwatch ({SCHEMA_VERSION})")
    for number, step in enumerate(MIGRATIONS[version:], start=version + 1):
        with db.atomic():
            step(db)
            db.execute(f"PRAGMA user_version={number}")
    return schema_version(db)


def load_countries(db: Database) -> None:
    """Every ISO 3166-1 country with region and a centroid, so maps and joins have them."""
    import pycountry
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    rows = []
    for c in pycountry.countries:
        lat = lon = region = subregion = None
        try:
            info = CountryInfo(c.alpha_2)
            latlng = info.latlng() or [None, None]
            lat, lon = (latlng + [None, None])[:2]
            region, subregion = info.region() or None, info.subregion() or None
        except (CountryNotFoundError, KeyError, ValueError, TypeError):
            pass
        rows.append({"code": c.alpha_2, "name": getattr(c, "common_name", None) or c.name,
                     "region": region, "subregion": subregion,
                     "latitude": lat, "longitude": lon})
    db["countries"].upsert_all(rows, pk="code")


# ---------------------------------------------------------------- sources and crawls

def upsert_sources(db: Database, sources: Iterable[dict]) -> None:
    rows = []
    for s in sources:
        rows.append({
            "name": s["name"], "kind": s.get("kind"), "language": s.get("language"),
            "country": s.get("country"), "homepage": s.get("homepage"),
            "feeds": json.dumps(list(s.get("feeds") or [])),
            "sitemaps": json.dumps(list(s.get("sitemaps") or [])),
            "queries": json.dumps(list(s.get("queries") or [])), "updated_at": now(),
        })
    if rows:
        with db.atomic():
            db["sources"].upsert_all(rows, pk="name")


def start_crawl(db: Database, sources: list[str], options: dict | None = None) -> int:
    with db.atomic():
        return db["crawls"].insert({
            "started_at": now(), "status": "running", "sources": json.dumps(sources),
            "options": json.dumps(options or {}, default=str),
        }).last_pk


def finish_crawl(db: Database, crawl_id: int, status: str,
                 per_source: dict[str, dict[str, int]]) -> None:
    """Close a crawl row with its totals and one crawl_sources row per source."""
    rows, totals = [], {"pages": 0, "new_articles": 0, "skipped": 0, "errors": 0}
    for source, counters in sorted(per_source.items()):
        errors_by_kind = {k.split(":", 1)[1]: v for k, v in counters.items()
                          if k.startswith("errors:")}
        errors = sum(errors_by_kind.values()) + counters.get("errors", 0)
        row = {
            "crawl_id": crawl_id, "source": source, "pages": counters.get("pages", 0),
            "new_articles": counters.get("new_articles", 0), "skipped": counters.get("skipped", 0),
            "errors": errors, "errors_by_kind": json.dumps(errors_by_kind, sort_keys=True),
            "status": "failed" if errors and not counters.get("pages") else "ok",
        }
        rows.append(row)
        for key in totals:
            totals[key] += row[key]
    with db.atomic():
        if rows:
            db["crawl_sources"].upsert_all(rows, pk=("crawl_id", "source"))
        db["crawls"].update(crawl_id, {"finished_at": now(), "status": status, **totals})


# ---------------------------------------------------------------- pages and articles

def is_article_stored(db: Database, canonical_url: str) -> bool:
    if db.execute("SELECT 1 FROM articles WHERE url = ?", [canonical_url]).fetchone():
        return True
    # Pages that did not become articles (off-topic, not HTML) are also "already seen"
    return bool(db.execute(
        "SELECT 1 FROM pages WHERE canonical_url = ? AND status BETWEEN 200 AND 299 LIMIT 1",
        [canonical_url]).fetchone())


def upsert_page(db: Database, page: dict) -> None:
    """One row per (URL, content hash): a refetch of identical bytes changes nothing."""
    body = page.get("body")
    chash = page.get("content_hash") or (content_hash(body) if body else None)
    row = {
        "url": page["url"], "canonical_url": page.get("canonical_url") or page["url"],
        "source": page.get("source"), "crawl_id": page.get("crawl_id"),
        "status": page.get("status"), "fetched_at": page.get("fetched_at") or now(),
        "content_type": page.get("content_type"), "content_hash": chash or "",
        "html_gz": zlib.compress(body, 6) if body else None,
        "size": len(body) if body else 0, "error": page.get("error"),
    }
    with db.atomic():
        db.execute(
            """INSERT INTO pages (url, canonical_url, source, crawl_id, status, fetched_at,
                   content_type, content_hash, html_gz, size, error)
               VALUES (:url, :canonical_url, :source, :crawl_id, :status, :fetched_at,
                   :content_type, :content_hash, :html_gz, :size, :error)
               ON CONFLICT(url, content_hash) DO UPDATE SET
                   status = excluded.status, fetched_at = excluded.fetched_at,
                   error = excluded.error, crawl_id = excluded.crawl_id""", row)


def page_html(row: dict) -> bytes | None:
    return zlib.decompress(row["html_gz"]) if row.get("html_gz") else None


ARTICLE_FIELDS = ("url", "title", "published", "publisher", "source", "language", "kind",
                  "description", "text", "content_hash", "relevance", "extractor_version",
                  "fetched_at")


def upsert_article(db: Database, article: dict) -> tuple[int, bool]:
    """Insert or update an article keyed by canonical URL; returns (id, is_new).

    A changed text (new content hash) clears nlp_version so the next process run redoes it.
    """
    row = {k: article.get(k) for k in ARTICLE_FIELDS}
    row["authors"] = json.dumps(list(article.get("authors") or []), ensure_ascii=False)
    row["content_hash"] = row["content_hash"] or content_hash(row["text"] or "")
    row["fetched_at"] = row["fetched_at"] or now()
    row["kind"] = row["kind"] or "article"
    with db.atomic():
        existing = db.execute("SELECT id, content_hash FROM articles WHERE url = ?",
                              [row["url"]]).fetchone()
        if existing is None:
            return db["articles"].insert(row).last_pk, True
        article_id, old_hash = existing
        if old_hash != row["content_hash"]:
            row["nlp_version"] = None
        db["articles"].update(article_id, row)
        return article_id, False


def get_validators(db: Database, url: str) -> tuple[str | None, str | None]:
    row = db.execute("SELECT etag, last_modified FROM http_validators WHERE url = ?",
                     [url]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def set_validators(db: Database, url: str, etag: str | None, last_modified: str | None) -> None:
    with db.atomic():
        db["http_validators"].upsert(
            {"url": url, "etag": etag, "last_modified": last_modified, "checked_at": now()},
            pk="url")


def record_error(db: Database, stage: str, url: str, reason: str,
                 article_id: int | None = None) -> None:
    """One row per (stage, url); repeats bump attempts so a retried failure is visible."""
    reason = " ".join(str(reason).split())[:500]
    with db.atomic():
        db.execute(
            """INSERT INTO errors (stage, url, article_id, reason, first_seen, last_seen,
                   attempts, resolved) VALUES (?, ?, ?, ?, ?, ?, 1, 0)
               ON CONFLICT(stage, url) DO UPDATE SET reason = excluded.reason,
                   last_seen = excluded.last_seen, attempts = attempts + 1, resolved = 0""",
            [stage, url, article_id, reason, now(), now()])


def resolve_error(db: Database, stage: str, url: str) -> None:
    with db.atomic():
        db.execute("UPDATE errors SET resolved = 1 WHERE stage = ? AND url = ? AND resolved = 0",
                   [stage, url])


# ---------------------------------------------------------------- findings

def articles_to_process(db: Database, version: str, *, threshold: float,
                        everything: bool = False, limit: int | None = None) -> list[dict]:
    """Relevant articles whose findings are missing or from another extractor version."""
    sql = "SELECT id, url, title, text, published FROM articles WHERE relevance >= ?"
    params: list = [threshold]
    if not everything:
        sql += " AND (nlp_version IS NULL OR nlp_version != ?)"
        params.append(version)
    sql += " ORDER BY id"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [dict(zip(("id", "url", "title", "text", "published"), r))
            for r in db.execute(sql, params).fetchall()]


def company_id(db: Database, name: str, kind: str | None = None, parent: str | None = None,
               aliases: Iterable[str] = (), wikidata: str | None = None) -> int:
    row = db.execute("SELECT id FROM companies WHERE name = ?", [name]).fetchone()
    if row:
        if kind or parent:
            db.execute("UPDATE companies SET kind = coalesce(kind, ?), parent = coalesce(parent, ?)"
                       " WHERE id = ?", [kind, parent, row[0]])
        return row[0]
    return db["companies"].insert({
        "name": name, "kind": kind, "parent": parent,
        "aliases": json.dumps(sorted(set(aliases)), ensure_ascii=False), "wikidata": wikidata,
    }).last_pk


def _month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def replace_findings(db: Database, article_id: int, findings: Findings, version: str) -> None:
    """Replace the article's findings with these, in one transaction: reruns never double.

    Plain parameterised SQL rather than sqlite-utils' insert(): this runs once per article
    in the process step's writer, and insert()'s per-call table introspection cost more than
    the rows themselves (bench/run.py: db_write)."""
    conn = db.conn
    with db.atomic():
        delete_findings(db, article_id)
        # one row per firm under its name today, whatever the story called it then
        known, mentions = {}, {}
        for c in findings.companies:
            known[c.name] = company_id(db, c.canonical or c.name, c.kind, c.parent)
            mentions.setdefault(known[c.name], c.mentions)
        conn.executemany(
            "INSERT INTO article_companies (article_id, company_id, mentions) VALUES (?, ?, ?)",
            [(article_id, cid, n) for cid, n in mentions.items()])
        valid_codes = {r[0] for r in db.execute("SELECT code FROM countries")}
        countries = {}
        for c in findings.countries:
            if c.code in valid_codes:
                countries.setdefault(c.code, c.mentions)
        conn.executemany(
            "INSERT INTO article_countries (article_id, country_code, mentions) VALUES (?, ?, ?)",
            [(article_id, code, n) for code, n in countries.items()])
        event_figure_ids = set()
        for event in findings.events:
            cid = None
            if event.company:
                cid = known.get(event.company) or company_id(db, event.company)
            event_id = conn.execute(
                "INSERT INTO events (article_id, type, company_id, date, month, date_precision,"
                " sentence, confidence, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, event.type, cid, event.date, _month(event.date),
                 event.date_precision, event.sentence, event.confidence, version)).lastrowid
            conn.executemany(
                "INSERT INTO event_countries (event_id, country_code) VALUES (?, ?)",
                [(event_id, code) for code in dict.fromkeys(event.countries)
                 if code in valid_codes])
            for fig in event.figures:
                event_figure_ids.add((fig.text, fig.sentence))
            conn.executemany(_INSERT_FIGURE, [_figure_row(fig, article_id, event_id, version)
                                              for fig in event.figures])
        conn.executemany(_INSERT_FIGURE, [
            _figure_row(f, article_id, None, version) for f in findings.figures
            if (f.text, f.sentence) not in event_figure_ids])
        conn.execute("UPDATE articles SET nlp_version = ?, processed_at = ? WHERE id = ?",
                     [version, now(), article_id])


_FIGURE_COLUMNS = ("article_id", "event_id", "kind", "value", "low", "high", "unit", "per",
                   "approximate", "text", "sentence", "extractor_version")
_INSERT_FIGURE = (f"INSERT INTO figures ({', '.join(_FIGURE_COLUMNS)}) "
                  f"VALUES ({', '.join('?' * len(_FIGURE_COLUMNS))})")


def _figure_row(fig, article_id, event_id, version) -> tuple:
    return (article_id, event_id, fig.kind, fig.value, fig.low, fig.high, fig.unit, fig.per,
            int(bool(fig.approximate)), fig.text, fig.sentence, version)


def delete_findings(db: Database, article_id: int) -> None:
    db.execute("DELETE FROM figures WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM event_countries WHERE event_id IN "
               "(SELECT id FROM events WHERE article_id = ?)", [article_id])
    db.execute("DELETE FROM events WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM article_countries WHERE article_id = ?", [article_id])
    db.execute("DELETE FROM article_companies WHERE article_id = ?", [article_id])


def mark_processed(db: Database, article_id: int, version: str) -> None:
    with db.atomic():
        db.execute("UPDATE articles SET nlp_version = ?, processed_at = ? WHERE id = ?",
                   [version, now(), article_id])


def table_counts(db: Database) -> dict[str, int]:
    names = ["sources", "crawls", "pages", "articles", "companies", "article_companies",
             "countries", "article_countries", "events", "event_countries", "figures", "errors"]
    return {n: db[n].count for n in names}
