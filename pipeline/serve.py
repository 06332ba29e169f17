"""Serve the taskerwatch database with Datasette 0.65, read-only, configured from pipeline/datasette/."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml
from datasette.app import Datasette
from datasette.database import Database

from pipeline.db import DEFAULT_DB, open_db

CONFIG_DIR = Path(__file__).resolve().parent / "datasette"
METADATA_FILE = CONFIG_DIR / "metadata.yaml"
SETTINGS_FILE = CONFIG_DIR / "settings.json"
TEMPLATES_DIR = CONFIG_DIR / "templates"
PLUGINS_DIR = CONFIG_DIR / "plugins"
# metadata.yaml keys its tables and canned queries by this name, whatever the file is called
DATABASE_NAME = "taskerwatch"


class ServeError(Exception):
    """A one-line reason the database cannot be served."""


def load_metadata() -> dict:
    return yaml.safe_load(METADATA_FILE.read_text(encoding="utf-8"))


def load_settings() -> dict:
    return json.loads(SETTINGS_FILE.read_text(encoding="utf-8"))


def datasette_app(db_path: str | Path | None = None) -> Datasette:
    """A Datasette instance over db_path (not immutable: the pipeline keeps writing).

    Read-only all the same: Datasette opens mutable files with mode=ro, accepts only SELECT
    in /db?sql=, no write plugins are installed and no canned query is writable.
    """
    # With `rich` importable, Datasette 0.65 prints every error, even a 400 for a reader's bad
    # SQL or a query over the time limit, as a ~300-line traceback with all locals. Without it
    # readers' errors stay in their responses and real failures (500) still print a traceback.
    # (imported here, after datasette.app has registered its default plugins: importing this
    # module first would register a half-initialised copy with no exception handler)
    from datasette import handle_exception as datasette_errors

    datasette_errors.rich = None
    path = Path(db_path or DEFAULT_DB)
    if not path.is_file():
        raise ServeError(f"no database at {path}: run a crawl first, or give --db")
    # Bring an older file up to the current schema (views and columns the metadata names)
    db = open_db(path)
    db.conn.close()
    ds = Datasette(
        [],
        metadata=load_metadata(),
        settings=load_settings(),
        template_dir=str(TEMPLATES_DIR),
        plugins_dir=str(PLUGINS_DIR) if PLUGINS_DIR.is_dir() else None,
    )
    ds.add_database(Database(ds, path=str(path), is_mutable=True), name=DATABASE_NAME)
    return ds


def serve(db_path: str | Path | None = None, host: str = "127.0.0.1", port: int = 8001) -> None:
    """Run Datasette's ASGI app under uvicorn until interrupted."""
    import uvicorn

    ds = datasette_app(db_path)
    print(f"taskerwatch: serving {db_path or DEFAULT_DB} at http://{host}:{port}/", file=sys.stderr)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m pipeline.serve",
                                     description="Serve the taskerwatch database with Datasette.")
    parser.add_argument("db", nargs="?", default=str(DEFAULT_DB), help="SQLite file")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args(argv)
    try:
        serve(args.db, args.host, args.port)
    except ServeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
