"""Datasette as a researcher sees it: canned queries, facets, search, the Atom feed, safety."""
from __future__ import annotations

import sqlite3
import xml.etree.ElementTree as ET

import pytest

from datasette_corpus import XSS_TITLE, build_corpus
from pipeline.db import open_db
from pipeline.serve import ServeError, datasette_app, load_metadata, load_settings

ATOM = "{http://www.w3.org/2005/Atom}"
QUERIES = load_metadata()["databases"]["taskerwatch"]["queries"]
# Values a researcher would type; queries without parameters ignore them
PARAMS = {"company": "Remotasks", "country": "Kenya", "month": "", "type": "", "since": ""}


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("datasette") / "fixture.db")


@pytest.fixture
def ds(db_path):
    return datasette_app(db_path)


async def get_json(ds, path):
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.text[:300])
    return response.json()


def test_there_are_at_least_twelve_canned_queries_each_explained_and_read_only():
    assert len(QUERIES) >= 12
    for name, query in QUERIES.items():
        assert query.get("title") and query.get("description"), name
        assert not query.get("write"), name


@pytest.mark.parametrize("name", sorted(QUERIES))
async def test_every_canned_query_returns_rows_on_the_fixture(ds, name):
    query = "&".join(f"{k}={v}" for k, v in PARAMS.items())
    data = await get_json(ds, f"/taskerwatch/{name}.json?_shape=objects&{query}")
    assert data["rows"], name
    page = await ds.client.get(f"/taskerwatch/{name}?{query}")
    assert page.status_code == 200
    assert QUERIES[name]["title"] in page.text


async def test_access_cutoffs_list_each_country_with_its_source(ds):
    rows = (await get_json(ds, "/taskerwatch/access_cutoffs.json?_shape=objects"))["rows"]
    remotasks = {(r["country"], r["publisher"]) for r in rows if r["platform"] == "Remotasks"}
    assert ("Nigeria", "Rest of World") in remotasks and ("Pakistan", "TechCabal") in remotasks
    assert all(r["url"].startswith("https://") for r in rows)


async def test_funding_round_separates_amount_from_valuation(ds):
    [row] = (await get_json(ds, "/taskerwatch/funding_rounds.json?_shape=objects"))["rows"]
    assert (row["amount"], row["valuation"], row["currency"]) == (1e9, 13.8e9, "USD")


async def test_first_report_names_the_earliest_outlet_and_counts_outlets(ds):
    rows = (await get_json(
        ds, "/taskerwatch/first_reports.json?_shape=objects&type=access_cutoff&since=2024-01"))["rows"]
    [cutoff] = [r for r in rows if r["company"] == "Remotasks"]
    assert cutoff["first_outlet"] == "Rest of World" and cutoff["first_reported"] == "2024-03-29"
    assert cutoff["outlets"] == 2


async def test_first_reports_default_to_the_latest_two_months(ds):
    rows = (await get_json(ds, "/taskerwatch/first_reports.json?_shape=objects&type=&since="))[
        "rows"]
    assert {r["month"] for r in rows} == {"2025-06"}  # 2025-05 has no events


async def test_company_query_covers_brands_through_their_parent(ds):
    rows = (await get_json(ds, "/taskerwatch/company.json?_shape=objects&company=scale ai"))["rows"]
    assert {"Scale AI", "Remotasks", "Outlier"} <= {r["company"] for r in rows}
    assert "funding_round" in {r["what"] for r in rows}


async def test_country_query_accepts_code_or_name(ds):
    by_code = (await get_json(ds, "/taskerwatch/country.json?_shape=objects&country=ke"))["rows"]
    by_name = (await get_json(ds, "/taskerwatch/country.json?_shape=objects&country=Kenya"))["rows"]
    assert by_code == by_name
    assert {"access_cutoff", "layoff", "legal_action", "worker_organising"} <= {
        r["what"] for r in by_code}


async def test_events_in_month_defaults_to_the_latest_month_with_events(ds):
    rows = (await get_json(ds, "/taskerwatch/events_in_month.json?_shape=objects&month="))["rows"]
    assert {r["date"][:7] for r in rows} == {"2025-06"}
    rows = (await get_json(ds, "/taskerwatch/events_in_month.json?_shape=objects&month=2023-08"))[
        "rows"]
    assert {r["type"] for r in rows} == {"pay_cut", "payment_delay"}


async def test_pay_rates_are_grouped_by_country_and_rate_basis(ds):
    rows = (await get_json(ds, "/taskerwatch/pay_rates_by_country.json?_shape=objects"))["rows"]
    got = {(r["country_code"], r["per"]): (r["lowest"], r["highest"]) for r in rows}
    assert got[("PH", "day")] == (6, 10)
    assert got[("VE", "hour")] == (2, 2)  # article-level figure, the article's only country
    assert got[("US", "hour")] == (15, 25)


async def test_events_table_has_type_company_country_and_month_facets_with_names(ds):
    data = await get_json(ds, "/taskerwatch/events.json")
    facets = data["facet_results"]
    assert set(facets) == {"type", "company_id", "month", "country_code"}
    types = {f["value"]: f["count"] for f in facets["type"]["results"]}
    assert types["access_cutoff"] == 2 and types["payment_delay"] == 4
    companies = {f["label"]: f["count"] for f in facets["company_id"]["results"]}
    assert companies["Remotasks"] == 6
    assert data["suggested_facets"] == []  # suggest_facets is off: it costs too much at scale


async def test_articles_facet_by_publisher_language_and_month(ds):
    facets = (await get_json(ds, "/taskerwatch/articles.json"))["facet_results"]
    months = {f["value"]: f["count"] for f in facets["month"]["results"]}
    assert months["2024-03"] == 2
    languages = {f["value"]: f["count"] for f in facets["language"]["results"]}
    assert languages == {"en": 12, "es": 1}
    publishers = {f["value"]: f["count"] for f in facets["publisher"]["results"]}
    assert publishers["Reuters"] == 2 and publishers["TechCabal"] == 2


async def test_country_facet_counts_events_through_event_countries(ds):
    data = await get_json(ds, "/taskerwatch/events.json?type=access_cutoff")
    facet = data["facet_results"]["country_code"]["results"]
    assert {f["label"]: f["count"] for f in facet} == {"Nigeria": 2, "Kenya": 2, "Pakistan": 2}
    unfiltered = (await get_json(ds, "/taskerwatch/events.json"))["facet_results"]
    kenya = next(f for f in unfiltered["country_code"]["results"] if f["value"] == "KE")
    assert kenya["count"] == 7
    # picking a country filters the events to it, and the facet shows it selected
    picked = await get_json(ds, kenya["toggle_url"].replace("http://localhost", "")
                            .replace("/taskerwatch/events?", "/taskerwatch/events.json?"))
    assert picked["filtered_table_rows_count"] == 7
    selected = [(f["value"], f["count"]) for f in picked["facet_results"]["country_code"]["results"]
                if f["selected"]]
    assert selected == [("KE", 7)]


async def test_events_by_country_view_has_one_row_per_event_and_country(ds):
    data = await get_json(ds, "/taskerwatch/events_by_country.json?type=access_cutoff&_shape=objects")
    assert sorted(r["country"] for r in data["rows"]) == sorted(
        ["Nigeria", "Kenya", "Pakistan"] * 2)


async def test_full_text_search_on_articles_and_event_sentences(ds):
    rows = (await get_json(ds, "/taskerwatch/articles.json?_search=Remotasks&_shape=objects"))[
        "rows"]
    assert any("cuts off workers" in r["title"] for r in rows)
    # porter stemming: "deactivate" finds "deactivated"
    rows = (await get_json(ds, "/taskerwatch/events.json?_search=deactivate&_shape=objects"))[
        "rows"]
    assert [r["type"] for r in rows] == ["deactivation"]


async def test_search_all_lists_the_searchable_tables(ds):
    response = await ds.client.get("/-/search?q=Remotasks")
    assert response.status_code == 200
    assert '"table": "articles"' in response.text and '"table": "events"' in response.text


async def test_atom_feed_is_valid_xml_with_one_entry_per_event(ds, db_path):
    response = await ds.client.get("/taskerwatch/new_events.atom")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    events = sqlite3.connect(db_path).execute("select count(*) from events").fetchone()[0]
    assert len(entries) == events
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert "access_cutoff: Remotasks (KE, NG, PK)" in titles
    assert all(e.find(f"{ATOM}link").get("href").startswith("https://") for e in entries)
    assert len({e.find(f"{ATOM}id").text for e in entries}) == len(entries)


@pytest.mark.parametrize("sql", [
    "delete from articles",
    "update articles set title = 'x'",
    "drop table events",
    "with x as (select 1) delete from articles",
    "insert into companies (name) values ('x')",
])
async def test_write_sql_is_refused(ds, db_path, sql):
    before = sqlite3.connect(db_path).execute("select count(*), max(title) from articles").fetchone()
    response = await ds.client.get("/taskerwatch.json", params={"sql": sql})
    assert response.status_code == 400
    after = sqlite3.connect(db_path).execute("select count(*), max(title) from articles").fetchone()
    assert after == before


@pytest.mark.parametrize("path", ["/taskerwatch/access_cutoffs", "/taskerwatch/events",
                                  "/taskerwatch"])
async def test_posting_is_refused_as_read_only_and_writes_nothing(ds, db_path, path):
    before = sqlite3.connect(db_path).execute("select count(*) from events").fetchone()
    response = await ds.client.post(path, data={"sql": "delete from events"})
    assert response.status_code == 405
    assert "read-only" in response.text
    assert response.headers["allow"].startswith("GET")
    assert sqlite3.connect(db_path).execute("select count(*) from events").fetchone() == before


async def test_atom_feed_of_an_empty_database_is_a_valid_feed_with_no_entries(tmp_path):
    path = tmp_path / "empty.db"
    open_db(path).conn.close()
    response = await datasette_app(path).client.get("/taskerwatch/new_events.atom")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    assert feed.findall(f"{ATOM}entry") == []
    assert feed.find(f"{ATOM}title").text == QUERIES["new_events"]["title"]
    assert feed.find(f"{ATOM}updated").text


async def test_script_in_a_title_is_escaped_everywhere_it_shows(ds):
    for path in ["/taskerwatch/articles", "/taskerwatch/events", "/taskerwatch/articles/8",
                 "/taskerwatch/company?company=Appen"]:
        html = (await ds.client.get(path)).text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path
        assert "<script>alert(1)" not in html, path
    # the article text is shown as text, never as HTML
    html = (await ds.client.get("/taskerwatch/articles/8")).text
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html


async def test_events_link_to_articles_by_title_and_articles_to_their_url(ds):
    html = (await ds.client.get("/taskerwatch/events?type=funding_round")).text
    assert "Scale AI raises $1B at a $13.8B valuation</a>" in html
    html = (await ds.client.get("/taskerwatch/articles?publisher=TechCrunch")).text
    assert '<a href="https://techcrunch.com/2024/05/21/scale-ai-raises-1b/">' in html


async def test_internal_columns_are_hidden_from_table_pages_but_not_from_json(ds):
    html = (await ds.client.get("/taskerwatch/pages")).text
    assert 'data-column="html_gz"' not in html and 'data-column="content_hash"' not in html
    assert 'data-column="url"' in html
    assert 'data-column="content_hash"' not in (await ds.client.get("/taskerwatch/articles")).text
    assert 'data-column="html_gz"' in (await ds.client.get("/taskerwatch/pages?_col=html_gz")).text
    row = (await get_json(ds, "/taskerwatch/pages.json?_shape=objects&_size=1"))["rows"][0]
    assert "html_gz" in row


async def test_settings_are_applied(ds):
    settings = await get_json(ds, "/-/settings.json")
    assert settings == {**settings, **load_settings()}
    assert settings["suggest_facets"] is False and settings["allow_download"] is False


def test_missing_database_is_a_one_line_error(tmp_path):
    with pytest.raises(ServeError, match="no database at"):
        datasette_app(tmp_path / "nope.db")
