"""How much a page is about AI data work: a score in 0..1 from platform names and topic terms.

Runs on every crawled page, so it is plain regular expressions, no spaCy. Signals:
- data-work platforms named in the gazetteer (kind platform weighs 1, contractor 0.3), by
  their unambiguous spellings only ("Scale AI", not "Scale");
- strong topic terms ("data labelling", "RLHF", "taskers", "content moderators" ...), which are
  about this domain on their own;
- weak terms ("gig workers", "freelancers", "contractors"), which count only when the page
  also talks about AI, since gig work at Uber is not our subject.
Title hits weigh three times body hits. score = 1 - exp(-evidence), so it saturates.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from extract.gazetteer import load_gazetteer

RELEVANCE_THRESHOLD = 0.5
TITLE_WEIGHT = 3.0
PLATFORM_WEIGHTS = {"platform": 0.5, "contractor": 0.15}
# "Sama", "Scale": capitalised, they usually are the platform in a page that is about work;
# they weigh less because they are also ordinary words and names.
AMBIGUOUS_SHARE = 0.5
STRONG_WEIGHT = 0.35
WEAK_WEIGHT = 0.15
MAX_HITS_PER_TERM = 5  # a page repeating one word does not become more relevant

STRONG_TERMS = [
    r"data[- ]?label(?:l)?(?:ing|ers?)", r"label(?:l?ing)? data", r"data annotat(?:ion|ors?)",
    r"annotators?", r"annotation work", r"image annotation", r"content moderat(?:ion|ors?)",
    r"RLHF", r"reinforcement learning (?:from|with) human feedback", r"human feedback",
    r"taskers?", r"crowd[- ]?work(?:ers?)?", r"crowdsourc(?:ing|ed) work", r"micro[- ]?task(?:s|ing)?",
    r"microwork(?:ers?)?", r"click ?work(?:ers?)?", r"ghost work(?:ers?)?", r"AI training",
    r"training data", r"AI tutors?", r"data workers?", r"digital sweatshops?",
    r"(?:train|training) (?:AI|artificial intelligence|(?:large )?language) models?",
    r"human raters?", r"search (?:quality )?raters?", r"data enrichment",
]
WEAK_TERMS = [
    r"gig (?:economy|workers?|work)", r"freelancers?", r"contractors?", r"moderators?",
    r"outsourc(?:ed|ing)", r"platform work(?:ers?)?", r"digital labou?r platforms?", r"remote workers?", r"piece ?rates?",
    r"low pay", r"wages?", r"labou?r (?:rights|standards|conditions)",
]
# Weak terms count in pages about AI or about the platforms whose content is moderated.
AI_CONTEXT = re.compile(r"\b(?:AI|A\.I\.|artificial intelligence|machine learning|chatbots?|"
                        r"language models?|LLMs?|generative|Facebook|Meta|TikTok|YouTube|"
                        r"Instagram|social media)\b")


def _alternation(terms) -> str:
    return "|".join(sorted(terms, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns():
    gazetteer = load_gazetteer()
    by_weight: dict[float, set[str]] = {}
    for org in gazetteer:
        weight = PLATFORM_WEIGHTS.get(org.kind)
        if weight:
            by_weight.setdefault(weight, set()).update(
                re.escape(s) for s in org.spellings if len(s) > 3 or not s.isalpha())
        if weight and org.ambiguous_aliases:
            by_weight.setdefault(weight * AMBIGUOUS_SHARE, set()).update(
                re.escape(s) for s in org.ambiguous_aliases if s[:1].isupper())
    platforms = [(w, re.compile(r"(?<![\w.])(?:%s)(?![\w])" % _alternation(names)))
                 for w, names in by_weight.items()]
    strong = re.compile(r"\b(?:%s)\b" % _alternation(STRONG_TERMS), re.I)
    weak = re.compile(r"\b(?:%s)\b" % _alternation(WEAK_TERMS), re.I)
    return platforms, strong, weak


def _hits(pattern: re.Pattern, text: str) -> float:
    counts: dict[str, int] = {}
    for match in pattern.finditer(text):
        key = match.group(0).lower()
        counts[key] = counts.get(key, 0) + 1
    return float(sum(min(n, MAX_HITS_PER_TERM) for n in counts.values()))


def relevance(title: str | None, text: str | None) -> float:
    """0 (nothing to do with AI data work) .. 1 (squarely about it)."""
    title, text = title or "", text or ""
    platforms, strong, weak = _patterns()
    evidence = 0.0
    for weight, pattern in platforms:
        evidence += weight * (TITLE_WEIGHT * _hits(pattern, title) + _hits(pattern, text))
    evidence += STRONG_WEIGHT * (TITLE_WEIGHT * _hits(strong, title) + _hits(strong, text))
    if AI_CONTEXT.search(title) or AI_CONTEXT.search(text):
        evidence += WEAK_WEIGHT * (TITLE_WEIGHT * _hits(weak, title) + _hits(weak, text))
    return round(1.0 - math.exp(-evidence), 4)
