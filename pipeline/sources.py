"""Load and check the sources file (`data/sources.toml`): where to crawl is data, not code.

Format (one `[[source]]` table per publisher; adding a source is adding an entry):

    queries = ["Remotasks", "Scale AI workers"]   # default queries for discovery sources

    [[source]]
    name = "Rest of World"          # unique; also names the source in stats and the database
    kind = "news"                   # news | research | ngo | union | discovery
    language = "en"                 # ISO 639-1
    country = "US"                  # ISO 3166-1 alpha-2 of the publisher ("" if global)
    homepage = "https://restofworld.org/"
    feeds = ["https://restofworld.org/feed/latest/"]        # RSS or Atom
    sitemaps = ["https://example.org/news-sitemap.xml"]     # sitemap, index or robots.txt
    sitemap_follow = ["news"]       # optional: regexes a sub-sitemap URL must match
    # discovery sources only: a search feed URL with {query}, run once per query
    search = "https://news.google.com/rss/search?q={query}&hl=en-US&gl=US&ceid=US:en"
    queries = ["..."]               # optional: overrides the file's default queries
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

DEFAULT_SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources.toml"
KINDS = ("news", "research", "ngo", "union", "discovery")
_LANGUAGE = re.compile(r"^[a-z]{2}$")
_COUNTRY = re.compile(r"^([A-Z]{2})?$")
_KEYS = {"name", "kind", "language", "country", "homepage", "feeds", "sitemaps",
         "sitemap_follow", "search", "queries"}


class SourcesError(ValueError):
    """The sources file is unreadable or wrong; the message is one line naming file and entry."""


@dataclass(frozen=True)
class Source:
    name: str
    kind: str
    language: str
    country: str
    homepage: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    sitemap_follow: tuple[str, ...] = ()
    search: str | None = None
    queries: tuple[str, ...] = ()

    @property
    def slug(self) -> str:
        return re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")

    def search_urls(self) -> list[str]:
        """The discovery feed URLs: the search template filled with each query."""
        from urllib.parse import quote_plus
        if not self.search:
            return []
        return [self.search.replace("{query}", quote_plus(q)) for q in self.queries]

    def to_dict(self) -> dict:
        """The row `pipeline.db.upsert_sources` takes."""
        d = asdict(self)
        for key in ("feeds", "sitemaps", "sitemap_follow", "queries"):
            d[key] = list(d[key])
        return d


def _is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _url_list(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise SourcesError(f"{where}: {key} must be a list of URLs")
    for url in value:
        if not _is_http_url(url):
            raise SourcesError(f"{where}: {key} has {url!r}, which is not an http(s) URL")
    return tuple(value)


def _str_list(entry: dict, key: str, where: str) -> tuple[str, ...]:
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise SourcesError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def parse_source(entry: dict, where: str, default_queries: tuple[str, ...] = ()) -> Source:
    if not isinstance(entry, dict):
        raise SourcesError(f"{where}: each [[source]] must be a table")
    unknown = set(entry) - _KEYS
    if unknown:
        raise SourcesError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise SourcesError(f"{where}: name is required")
    where = f"{where} ({name})"
    kind = entry.get("kind")
    if kind not in KINDS:
        raise SourcesError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    language = entry.get("language")
    if not isinstance(language, str) or not _LANGUAGE.match(language):
        raise SourcesError(f"{where}: language must be a two-letter ISO 639-1 code")
    country = entry.get("country", "")
    if not isinstance(country, str) or not _COUNTRY.match(country):
        raise SourcesError(f"{where}: country must be an ISO 3166-1 alpha-2 code or \"\"")
    homepage = entry.get("homepage")
    if not _is_http_url(homepage):
        raise SourcesError(f"{where}: homepage must be an http(s) URL")
    feeds = _url_list(entry, "feeds", where)
    sitemaps = _url_list(entry, "sitemaps", where)
    follow = _str_list(entry, "sitemap_follow", where)
    for pattern in follow:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SourcesError(f"{where}: sitemap_follow {pattern!r} is not a regex: {exc}")
    search = entry.get("search")
    queries = _str_list(entry, "queries", where) if "queries" in entry else default_queries
    if kind == "discovery":
        if not (_is_http_url(search) and "{query}" in search):
            raise SourcesError(f"{where}: a discovery source needs search, a URL with {{query}}")
        if not queries:
            raise SourcesError(f"{where}: a discovery source needs queries")
    elif search is not None:
        raise SourcesError(f"{where}: search is only for kind = \"discovery\"")
    elif not feeds and not sitemaps:
        raise SourcesError(f"{where}: give at least one feed or sitemap")
    return Source(name=name.strip(), kind=kind, language=language, country=country,
                  homepage=homepage, feeds=feeds, sitemaps=sitemaps, sitemap_follow=follow,
                  search=search, queries=queries if kind == "discovery" else ())


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Read and validate a sources file; raises SourcesError with a one-line reason."""
    path = Path(path or DEFAULT_SOURCES)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    default_queries = _str_list(data, "queries", str(path)) if "queries" in data else ()
    entries = data.get("source", [])
    if not isinstance(entries, list) or not entries:
        raise SourcesError(f"{path}: no [[source]] entries")
    sources, seen = [], set()
    for i, entry in enumerate(entries, 1):
        source = parse_source(entry, f"{path}: source #{i}", default_queries)
        if source.name.lower() in seen:
            raise SourcesError(f"{path}: source #{i}: duplicate name {source.name!r}")
        seen.add(source.name.lower())
        sources.append(source)
    return sources


def select_sources(sources: list[Source], names: list[str] | None) -> list[Source]:
    """The sources named (case-insensitive); all of them when names is empty."""
    if not names:
        return list(sources)
    by_name = {s.name.lower(): s for s in sources}
    by_slug = {s.slug: s for s in sources}
    chosen = []
    for name in names:
        source = by_name.get(name.lower()) or by_slug.get(name.lower())
        if source is None:
            raise SourcesError(f"unknown source {name!r}; known: "
                               + ", ".join(s.name for s in sources))
        chosen.append(source)
    return chosen


def main(argv: list[str] | None = None) -> int:
    """`python -m pipeline.sources [FILE]`: check a sources file, print one line per source."""
    import sys
    args = sys.argv[1:] if argv is None else argv
    try:
        sources = load_sources(args[0] if args else None)
    except SourcesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for s in sources:
        entry = len(s.feeds) + len(s.sitemaps) + len(s.search_urls())
        print(f"{s.name}\t{s.kind}\t{s.language}\t{s.country or '-'}\t{entry} entry URL(s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
