"""Result types shared by the article extractor, the NLP pipeline, the CLI and the database."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Article:
    url: str | None = None
    title: str | None = None
    published: str | None = None  # YYYY-MM-DD
    authors: list[str] = field(default_factory=list)
    text: str = ""
    language: str | None = None
    publisher: str | None = None
    kind: str = "article"  # article | report
    description: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Company:
    name: str  # as it was called when the story was published ("TELUS International" in 2017)
    kind: str | None = None
    parent: str | None = None
    mentions: int = 1
    canonical: str | None = None  # its gazetteer name today, where that differs ("TELUS Digital")

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Country:
    code: str
    name: str
    mentions: int = 1

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Figure:
    kind: str  # money | percent | count
    value: float
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    per: str | None = None
    approximate: bool = False
    text: str = ""
    sentence: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Event:
    type: str
    company: str | None = None
    countries: list[str] = field(default_factory=list)
    date: str | None = None
    date_precision: str | None = None  # day | month | year
    sentence: str = ""
    confidence: float = 0.5
    figures: list[Figure] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Findings:
    companies: list[Company] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "companies": [c.to_dict() for c in self.companies],
            "countries": [c.to_dict() for c in self.countries],
            "events": [e.to_dict() for e in self.events],
            "figures": [f.to_dict() for f in self.figures],
        }


EVENT_TYPES = (
    "access_cutoff", "signup_block", "expansion", "pay_cut", "payment_delay", "deactivation",
    "layoff", "funding_round", "acquisition", "legal_action", "government_action",
    "worker_organising", "rating_audit",
)
