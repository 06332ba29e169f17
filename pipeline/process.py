"""The process step: run the NLP over stored articles and write their findings."""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable

from sqlite_utils import Database

from pipeline import db as store

log = logging.getLogger(__name__)


@dataclass
class ProcessStats:
    processed: int = 0
    failed: int = 0
    skipped_irrelevant: int = 0
    events: int = 0
    figures: int = 0
    errors: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"processed": self.processed, "failed": self.failed,
                "skipped_irrelevant": self.skipped_irrelevant, "events": self.events,
                "figures": self.figures}


def process_articles(db: Database, nlp=None, *, everything: bool = False, batch_size: int = 16,
                     n_process: int = 1, limit: int | None = None,
                     on_article: Callable[[dict], None] | None = None) -> ProcessStats:
    """Find companies, countries, events and figures in every relevant article not yet
    processed by this extractor version (``everything``: all relevant articles).

    Each article's findings are written in their own transaction as soon as they are ready,
    so a killed run keeps what it wrote and the next run resumes with the rest. An article
    that fails is recorded in ``errors`` and retried on the next run; it never stops the batch.
    """
    from extract.nlp import EXTRACTOR_VERSION, analyze_many, load_pipeline
    from extract.relevance import RELEVANCE_THRESHOLD

    stats = ProcessStats()
    stats.skipped_irrelevant = db.execute(
        "SELECT count(*) FROM articles WHERE relevance < ? OR relevance IS NULL",
        [RELEVANCE_THRESHOLD]).fetchone()[0]
    todo = store.articles_to_process(db, EXTRACTOR_VERSION, threshold=RELEVANCE_THRESHOLD,
                                     everything=everything, limit=limit)
    if not todo:
        return stats
    nlp = nlp or load_pipeline()
    for start in range(0, len(todo), batch_size * max(n_process, 1)):
        chunk = todo[start:start + batch_size * max(n_process, 1)]
        try:
            results = list(analyze_many(nlp, [_nlp_input(a) for a in chunk],
                                        batch_size=batch_size, n_process=n_process))
        except Exception:  # one bad article must not sink its batch: redo them one by one
            log.warning("batch from article %s failed; retrying one by one", chunk[0]["id"])
            results = []
            for article in chunk:
                try:
                    results.append(next(iter(analyze_many(nlp, [_nlp_input(article)]))))
                except Exception as exc:  # noqa: BLE001 - recorded, retried next run
                    results.append(exc)
        for article, result in zip(chunk, results):
            if isinstance(result, Exception):
                stats.failed += 1
                reason = f"{type(result).__name__}: {result}"
                stats.errors.append(f"{article['url']}: {reason}")
                store.record_error(db, "process", article["url"], reason, article["id"])
                continue
            store.replace_findings(db, article["id"], result, EXTRACTOR_VERSION)
            store.resolve_error(db, "process", article["url"])
            stats.processed += 1
            stats.events += len(result.events)
            stats.figures += len(result.figures)
            if on_article:
                on_article(article)
    return stats


def _nlp_input(article: dict) -> tuple[str, str | None]:
    title = (article.get("title") or "").strip()
    text = article.get("text") or ""
    # The headline often names the platform and the event; give it its own sentence.
    if title and not text.startswith(title):
        text = f"{title}.\n\n{text}" if not title.endswith((".", "?", "!")) else f"{title}\n\n{text}"
    return text, article.get("published")
