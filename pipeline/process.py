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
    from extract.nlp import EXTRACTOR_VERSION, load_pipeline
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
    for chunk, results in _analyzed_chunks(nlp, todo, batch_size, n_process):
        for article, result in zip(chunk, results):
            if isinstance(result, Exception):
                stats.failed += 1
                reason = str(result)
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
    if stats.processed:
        # Events changed: rebuild the per-group summaries the aggregate canned queries read
        store.refresh_event_rollups(db)
    return stats


class ArticleFailed(Exception):
    """The NLP failed on one article; the message is the recorded reason."""


def _analyze_chunk(nlp, inputs: list[tuple[str, str | None]], batch_size: int) -> list:
    """Findings for each input, or the exception it raised: one bad article must not sink
    its batch, so a failed batch is redone one by one."""
    from extract.nlp import analyze_many

    try:
        return list(analyze_many(nlp, inputs, batch_size=batch_size, n_process=1))
    except Exception:  # noqa: BLE001 - narrowed down below, recorded per article
        log.warning("a batch of %d articles failed; retrying one by one", len(inputs))
    results = []
    for item in inputs:
        try:
            results.append(next(iter(analyze_many(nlp, [item], n_process=1))))
        except Exception as exc:  # noqa: BLE001 - recorded, retried next run
            # A plain exception with the reason as text: it must cross a process boundary
            results.append(ArticleFailed(f"{type(exc).__name__}: {exc}"))
    return results


# The pipeline a forked worker inherits from its parent (set just before the pool forks).
_WORKER_NLP = None


def _worker_analyze(args: tuple[list[tuple[str, str | None]], int]) -> list:
    return _analyze_chunk(_WORKER_NLP, *args)


def _analyzed_chunks(nlp, todo: list[dict], batch_size: int, n_process: int):
    """Yield (articles, results) chunk by chunk, in order.

    With several processes, forked workers run the NLP and return plain Findings while this
    process writes the previous chunks: spaCy's own ``nlp.pipe(n_process=N)`` cannot be used
    because it ships Docs between processes with ``Doc.to_bytes``, which cannot serialise the
    Span objects our components keep in ``doc._`` (TypeError: can not serialize Span).
    """
    from extract.nlp import nlp_input

    chunks = [todo[i:i + batch_size] for i in range(0, len(todo), batch_size)]
    if n_process <= 1 or len(chunks) == 1:
        for chunk in chunks:
            yield chunk, _analyze_chunk(nlp, [nlp_input(a) for a in chunk], batch_size)
        return
    import multiprocessing

    global _WORKER_NLP
    _WORKER_NLP = nlp  # fork shares the loaded model copy-on-write: no reload per worker
    try:
        with multiprocessing.get_context("fork").Pool(n_process) as pool:
            work = (([nlp_input(a) for a in chunk], batch_size) for chunk in chunks)
            yield from zip(chunks, pool.imap(_worker_analyze, work))
    finally:
        _WORKER_NLP = None

