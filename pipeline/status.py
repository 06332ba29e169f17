"""What the crawls did, per source: the rows behind `taskerwatch status`."""
from __future__ import annotations

import json

from sqlite_utils import Database


def source_status(db: Database) -> list[dict]:
    """For each source ever crawled: its last crawl, that crawl's counts and errors by kind,
    and how many articles it has given in all."""
    sql = """
    WITH latest AS (
        SELECT cs.*, c.started_at, c.finished_at, c.status AS crawl_status,
               row_number() OVER (PARTITION BY cs.source ORDER BY cs.crawl_id DESC) AS n
        FROM crawl_sources cs JOIN crawls c ON c.id = cs.crawl_id
    )
    SELECT latest.source, latest.crawl_id, latest.started_at, latest.finished_at,
           latest.crawl_status, latest.pages, latest.new_articles, latest.skipped,
           latest.errors, latest.errors_by_kind, latest.status,
           (SELECT count(*) FROM articles a WHERE a.source = latest.source) AS articles_total
    FROM latest WHERE n = 1 ORDER BY latest.source
    """
    rows = []
    for r in db.query(sql):
        rows.append({
            "source": r["source"], "last_crawl": r["started_at"], "crawl_id": r["crawl_id"],
            "finished_at": r["finished_at"], "crawl_status": r["crawl_status"],
            "status": r["status"], "pages": r["pages"] or 0,
            "new_articles": r["new_articles"] or 0, "skipped": r["skipped"] or 0,
            "errors": r["errors"] or 0,
            "errors_by_kind": json.loads(r["errors_by_kind"] or "{}"),
            "articles_total": r["articles_total"],
        })
    return rows
