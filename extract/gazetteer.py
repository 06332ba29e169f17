"""The organisations gazetteer (data/organisations.yaml): loading, validation and look-up.

Plain Python, no spaCy, so the relevance scorer and the NLP components share one reading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pycountry
import yaml

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "data" / "organisations.yaml"
KINDS = frozenset({"platform", "client", "investor", "contractor", "company", "union", "ngo",
                   "research", "government", "publisher"})


class GazetteerError(ValueError):
    """The gazetteer file is unreadable or an entry is malformed; the message is one line."""


@dataclass(frozen=True)
class Organisation:
    name: str
    kind: str
    parent: str | None = None
    aliases: tuple[str, ...] = ()
    ambiguous_aliases: tuple[str, ...] = ()
    wikidata: str | None = None
    # names it went by before a rebrand, each with the month it stopped: (("TELUS International", "2024-10"),)
    former_names: tuple[tuple[str, str], ...] = ()
    # for a public body, the country whose body it is (ISO 3166-1 alpha-2): a story that names
    # the CCMA is set in South Africa
    seat: str | None = None

    def name_at(self, published: str | None) -> str:
        """The name it went by when a story of `published` (YYYY-MM-DD) was written: "TELUS
        International" in 2017, "TELUS Digital" since its rebrand. Its name today without a date."""
        if published:
            for former, until in sorted(self.former_names, key=lambda f: f[1]):
                if published[:len(until)] < until:
                    return former
        return self.name

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every spelling that names this organisation without needing context."""
        ambiguous = set(self.ambiguous_aliases)
        out = [s for s in (self.name, *self.aliases) if s not in ambiguous]
        return tuple(dict.fromkeys(out))


@dataclass
class Gazetteer:
    organisations: list[Organisation]
    _by_name: dict[str, Organisation] = field(init=False, repr=False)
    _by_key: dict[str, Organisation] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name = {o.name: o for o in self.organisations}
        self._by_key = {}
        for org in self.organisations:
            for spelling in (org.name, *org.aliases, *org.ambiguous_aliases):
                self._by_key.setdefault(name_key(spelling), org)

    def __iter__(self):
        return iter(self.organisations)

    def __len__(self) -> int:
        return len(self.organisations)

    def get(self, name: str) -> Organisation | None:
        """The organisation with this canonical name."""
        return self._by_name.get(name)

    def lookup(self, text: str) -> Organisation | None:
        """The organisation any of whose spellings normalises like `text`."""
        return self._by_key.get(name_key(text))

    def family(self, name: str) -> set[str]:
        """Canonical names of `name`, its parent, its children and its siblings."""
        org = self.get(name)
        if org is None:
            return set()
        roots = {org.name} | ({org.parent} if org.parent else set())
        return roots | {o.name for o in self.organisations if o.parent in roots}


CORPORATE_SUFFIXES = ("inc", "incorporated", "ltd", "limited", "llc", "corp", "corporation",
                      "co", "plc", "gmbh", "sa", "ag", "lp", "llp", "pte", "pvt", "bv", "nv",
                      # legal forms of Vietnam, Malaysia, Indonesia, Latin America, Australia
                      "jsc", "bhd", "sdn", "tbk", "ltda", "srl", "sarl", "pty")


def name_key(name: str) -> str:
    """A comparison key: case-folded words without punctuation, leading "the",
    a trailing possessive or corporate suffix ("Appen Ltd's" ~ "appen")."""
    text = re.sub(r"['’]s\b", "", name or "")
    words = re.sub(r"[^\w&]+", " ", text.casefold()).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in CORPORATE_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _entry(raw: object, index: int, source: str) -> Organisation:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        raise GazetteerError(f"{source}: entry {index + 1} has no name")
    name = raw["name"].strip()
    kind = raw.get("kind") or "company"
    if kind not in KINDS:
        raise GazetteerError(f"{source}: {name}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")

    def strings(key: str) -> tuple[str, ...]:
        value = raw.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise GazetteerError(f"{source}: {name}: {key} must be a list of names")
        return tuple(v.strip() for v in value if v.strip())

    former = raw.get("former_names") or []
    if not isinstance(former, list) or not all(
            isinstance(f, dict) and isinstance(f.get("name"), str) and f["name"].strip()
            and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", str(f.get("until") or "")) for f in former):
        raise GazetteerError(f"{source}: {name}: former_names must be a list of {{name, until: YYYY-MM}}")
    seat = raw.get("seat") or None
    if seat is not None and (not isinstance(seat, str) or pycountry.countries.get(alpha_2=seat) is None
                             or seat != seat.upper()):
        raise GazetteerError(f"{source}: {name}: seat must be an ISO 3166-1 alpha-2 code, not {seat!r}")
    return Organisation(name=name, kind=kind, parent=raw.get("parent") or None, seat=seat,
                        aliases=strings("aliases"), ambiguous_aliases=strings("ambiguous_aliases"),
                        wikidata=raw.get("wikidata") or None,
                        former_names=tuple((f["name"].strip(), str(f["until"])) for f in former))


def build_gazetteer(entries: Iterable[dict], source: str = "gazetteer") -> Gazetteer:
    orgs = [_entry(raw, i, source) for i, raw in enumerate(entries)]
    seen: set[str] = set()
    for org in orgs:
        if org.name in seen:
            raise GazetteerError(f"{source}: {org.name} is listed twice")
        seen.add(org.name)
    for org in orgs:
        if org.parent and org.parent not in seen:
            raise GazetteerError(f"{source}: {org.name}: parent {org.parent!r} is not in the gazetteer")
    return Gazetteer(orgs)


@lru_cache(maxsize=8)
def load_gazetteer(path: str | Path | None = None) -> Gazetteer:
    """Read and validate a gazetteer file (default data/organisations.yaml); cached per path."""
    path = Path(path) if path else DEFAULT_PATH
    try:
        entries = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(entries, list):
        raise GazetteerError(f"{path} must be a list of organisations")
    return build_gazetteer(entries, source=str(path))


def configured_gazetteer(entries: list[dict] | None, path: str | Path | None,
                         component: str) -> Gazetteer:
    """A component's gazetteer: entries given in its config (tests, small pipelines), else
    the file at `path` (default data/organisations.yaml)."""
    if entries is not None:
        return build_gazetteer(entries, source=f"{component} config")
    return load_gazetteer(path)
