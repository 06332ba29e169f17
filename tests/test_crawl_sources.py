"""The sources file: the shipped one is complete and valid; mistakes get one-line errors."""
from __future__ import annotations

import pytest

from pipeline.sources import KINDS, SourcesError, load_sources, select_sources

REQUIRED = {"Rest of World", "The Verge", "WIRED", "TIME", "The Guardian", "Reuters",
            "TechCrunch", "404 Media", "MIT Technology Review", "Business Insider", "Bloomberg",
            "CNBC", "Nation Africa", "Business Daily Africa", "TechCabal", "Rappler",
            "Inquirer", "The Hindu BusinessLine", "Fairwork", "Oxford Internet Institute",
            "Turkopticon"}


def test_shipped_sources_file_has_the_required_publishers_and_discovery():
    sources = load_sources()
    publishers = [s for s in sources if s.kind != "discovery"]
    assert len(publishers) >= 25
    assert REQUIRED <= {s.name for s in sources}
    assert all(s.kind in KINDS and s.homepage.startswith("https://") for s in sources)
    assert all(s.feeds or s.sitemaps for s in publishers)
    discovery = {s.name: s for s in sources if s.kind == "discovery"}
    google = discovery["Google News search"].search_urls()
    gdelt = discovery["GDELT search"].search_urls()
    assert google and all(u.startswith("https://news.google.com/rss/search?q=") for u in google)
    assert gdelt and all("mode=artlist" in u and "format=rss" in u for u in gdelt)
    assert "q=Remotasks&" in google[0]


def write(tmp_path, text):
    path = tmp_path / "sources.toml"
    path.write_text(text, encoding="utf-8")
    return path


GOOD = '''
[[source]]
name = "A"
kind = "news"
language = "en"
country = "KE"
homepage = "https://a.example/"
feeds = ["https://a.example/feed"]
'''


@pytest.mark.parametrize("change, message", [
    (('kind = "news"', 'kind = "blog"'), "kind must be one of"),
    (('language = "en"', 'language = "English"'), "language must be"),
    (('feeds = ["https://a.example/feed"]', 'feeds = ["a.example/feed"]'), "not an http(s) URL"),
    (('feeds = ["https://a.example/feed"]', ''), "at least one feed or sitemap"),
    (('country = "KE"', 'country = "Kenya"'), "country must be"),
    (('name = "A"', 'name = "A"\nfeedz = []'), "unknown key(s) feedz"),
])
def test_mistakes_are_reported_in_one_line(tmp_path, change, message):
    path = write(tmp_path, GOOD.replace(*change))
    with pytest.raises(SourcesError) as err:
        load_sources(path)
    assert message in str(err.value) and "\n" not in str(err.value)
    assert str(path) in str(err.value)


def test_duplicate_names_bad_toml_and_unknown_selection(tmp_path):
    with pytest.raises(SourcesError, match="duplicate name"):
        load_sources(write(tmp_path, GOOD + GOOD))
    with pytest.raises(SourcesError, match="not valid TOML"):
        load_sources(write(tmp_path, "[[source]\nname="))
    sources = load_sources(write(tmp_path, GOOD))
    assert select_sources(sources, ["a"]) == sources
    with pytest.raises(SourcesError, match="unknown source 'B'"):
        select_sources(sources, ["B"])


def test_discovery_source_needs_a_search_template_and_queries(tmp_path):
    text = ('queries = ["Remotasks"]\n[[source]]\nname = "S"\nkind = "discovery"\n'
            'language = "en"\nhomepage = "https://s.example/"\n')
    with pytest.raises(SourcesError, match="needs search"):
        load_sources(write(tmp_path, text))
    sources = load_sources(write(tmp_path, text + 'search = "https://s.example/rss?q={query}"\n'))
    assert sources[0].search_urls() == ["https://s.example/rss?q=Remotasks"]
