"""The taskerwatch command: a thin click layer over the library in pipeline/ and extract/."""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import click

from pipeline import db as store

EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock; cron may simply try again later

db_option = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=store.DEFAULT_DB,
    show_default=True, envvar="TASKERWATCH_DB", help="SQLite database file.")


@click.group()
@click.version_option(package_name="taskerwatch")
def cli():
    """Monitor news and reports about AI data-work platforms and the people who do that work."""


@cli.command()
@db_option
@click.option("--sample", is_flag=True, help="Crawl the bundled sample site (served on 127.0.0.1).")
@click.option("--source", "sources", multiple=True, metavar="NAME",
              help="Crawl only this source from the sources file (repeatable).")
@click.option("--feed", "feeds", multiple=True, metavar="URL", help="Crawl an RSS/Atom feed.")
@click.option("--sitemap", "sitemaps", multiple=True, metavar="URL",
              help="Crawl a sitemap or sitemap index (gzipped or not).")
@click.option("--since", metavar="YYYY-MM-DD", help="Skip feed and sitemap items older than this.")
@click.option("--sources-file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Sources file (default: data/sources.toml).")
def crawl(db_path, sample, sources, feeds, sitemaps, since, sources_file):
    """Fetch new articles from the configured sources (or the sample, a feed, a sitemap)."""
    from pipeline.crawl import run_crawl
    from pipeline.lock import AlreadyRunning

    try:
        result = run_crawl(db_path, sample=sample, sources=list(sources), feeds=list(feeds),
                           sitemaps=list(sitemaps), since=since, sources_file=sources_file)
    except AlreadyRunning as exc:
        click.echo(f"taskerwatch crawl: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except (ValueError, FileNotFoundError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(_crawl_summary(result), err=True)


def _crawl_summary(result) -> str:
    if isinstance(result, dict):
        stats = result.get("per_source") or result.get("stats") or {}
        lines = [f"crawl {result.get('crawl_id', '')} finished: {result.get('status', 'done')}"]
        for source, counters in sorted(stats.items()):
            shown = ", ".join(f"{k} {v}" for k, v in sorted(counters.items()))
            lines.append(f"  {source}: {shown}")
        return "\n".join(lines)
    return f"crawl finished: {result}"


@cli.command()
@db_option
@click.option("--all", "everything", is_flag=True,
              help="Re-process every relevant article, replacing its old findings.")
@click.option("--batch-size", default=16, show_default=True, help="Articles per nlp.pipe batch.")
@click.option("--processes", "n_process", default=1, show_default=True,
              help="spaCy worker processes (the machine's cores at most).")
@click.option("--limit", type=int, help="Process at most this many articles.")
def process(db_path, everything, batch_size, n_process, limit):
    """Find companies, countries, events and figures in articles not yet processed."""
    from pipeline.process import process_articles

    db = store.open_db(db_path)
    stats = process_articles(db, everything=everything, batch_size=batch_size,
                             n_process=n_process, limit=limit)
    click.echo(f"processed {stats.processed} articles ({stats.events} events, "
               f"{stats.figures} figures), {stats.failed} failed, "
               f"{stats.skipped_irrelevant} set aside as off-topic", err=True)
    for line in stats.errors[:20]:
        click.echo(f"  error: {line}", err=True)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to bind; the default keeps Datasette on this machine.")
@click.option("--port", default=8001, show_default=True)
def serve(db_path, host, port):
    """Serve the database read-only in Datasette."""
    from pipeline.serve import serve as serve_datasette

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}: run 'taskerwatch crawl' first")
    store.open_db(db_path).close()  # migrate before serving
    serve_datasette(db_path, host=host, port=port)


@cli.command()
@db_option
@click.option("--sample", is_flag=True, help="Crawl the bundled sample site.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8001, show_default=True)
@click.option("--no-serve", is_flag=True, help="Stop after processing.")
@click.pass_context
def run(ctx, db_path, sample, host, port, no_serve):
    """Crawl, process, then serve."""
    ctx.invoke(crawl, db_path=db_path, sample=sample, sources=(), feeds=(), sitemaps=(),
               since=None, sources_file=None)
    ctx.invoke(process, db_path=db_path, everything=False, batch_size=16, n_process=1, limit=None)
    if not no_serve:
        ctx.invoke(serve, db_path=db_path, host=host, port=port)


def _read_document(path: Path) -> tuple[bytes, str | None]:
    data = path.read_bytes()
    name = path.name.lower()
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise ValueError(f"not a readable gzip file ({exc})") from None
        name = name[:-3]
    if name.endswith(".pdf"):
        return data, "application/pdf"
    if name.endswith((".txt", ".text", ".md")):
        return data, "text/plain"
    if name.endswith((".html", ".htm", ".xhtml")):
        return data, "text/html"
    return data, None


def analyze_document(nlp, path: Path, published: str | None, url: str | None) -> dict:
    """One file's article and findings, as the analyze JSON contract."""
    from extract.article import extract_article
    from extract.nlp import analyze, nlp_input

    body, content_type = _read_document(path)
    article = extract_article(body, url=url, content_type=content_type,
                              published_hint=published)
    if published:
        article.published = published
    if url:
        article.url = url
    text, date = nlp_input({"title": article.title, "text": article.text,
                             "published": article.published})
    findings = analyze(nlp, text, date) if article.text.strip() else None
    out = article.to_dict()
    out.update(findings.to_dict() if findings else
               {"companies": [], "countries": [], "events": [], "figures": []})
    return out


@cli.command()
@click.argument("files", nargs=-1, required=True,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date, used to resolve relative dates (\"in March\").")
@click.option("--url", help="The document's original URL.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object, or an array).")
def analyze(files, published, url, as_json):
    """Extract article, companies, countries, events and figures from local HTML, PDF or text
    files without touching the database."""
    from extract.errors import ExtractionError
    from extract.nlp import load_pipeline

    if published:
        _check_date(published)
    nlp = load_pipeline()
    results, failed = [], 0
    for path in files:
        try:
            results.append(analyze_document(nlp, path, published, url))
        except (ExtractionError, ValueError, OSError) as exc:
            failed += 1
            click.echo(f"taskerwatch analyze: {path}: {exc}", err=True)
            results.append({"file": str(path), "error": str(exc)})
    if as_json:
        click.echo(json.dumps(results[0] if len(files) == 1 else results, ensure_ascii=False,
                              indent=None if len(files) > 1 else 2))
    else:
        for result in results:
            _print_findings(result)
    if failed:
        sys.exit(1)


def _check_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a YYYY-MM-DD date",
                                 param_hint="--published") from None


def _print_findings(result: dict) -> None:
    if "error" in result:
        return
    click.echo(f"{result.get('title') or '(untitled)'}  [{result.get('published') or 'undated'}]")
    click.echo("  companies: " + ", ".join(c["name"] for c in result["companies"]))
    click.echo("  countries: " + ", ".join(c["code"] for c in result["countries"]))
    for e in result["events"]:
        click.echo(f"  event {e['type']}: {e['company']} {','.join(e['countries'])} {e['date']}")
    for f in result["figures"]:
        click.echo(f"  figure {f['kind']} {f['value']} {f['unit'] or ''} {f['per'] or ''}"
                   f" ({f['text']})")


@cli.command()
@db_option
@click.option("--json", "as_json", is_flag=True)
def status(db_path, as_json):
    """Per source: last crawl, pages fetched, new articles and errors."""
    from pipeline.status import source_status

    if not Path(db_path).exists():
        raise click.ClickException(f"no database at {db_path}: nothing has been crawled yet")
    rows = source_status(store.open_db(db_path))
    if as_json:
        click.echo(json.dumps(rows, indent=2))
        return
    if not rows:
        click.echo("no crawls yet")
    for r in rows:
        click.echo(f"{r['source']:<32} last crawl {r['last_crawl'] or '-':<26} "
                   f"pages {r['pages']:>5}  new {r['new_articles']:>4}  errors {r['errors']:>3}"
                   + (f"  ({r['errors_by_kind']})" if r['errors'] else ""))


@cli.command()
@db_option
@click.argument("destination", type=click.Path(dir_okay=False, path_type=Path))
def backup(db_path, destination):
    """Copy the database with SQLite's online backup (safe while the pipeline writes)."""
    from pipeline.backup import backup_database

    pages = backup_database(db_path, destination)
    click.echo(f"backed up {db_path} to {destination} ({pages} pages)", err=True)


if __name__ == "__main__":
    cli()
