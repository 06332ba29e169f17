import pytest
from click.testing import CliRunner

from pipeline import db as store
from pipeline.cli import cli


def test_backup_copies_a_live_database(db_path, tmp_path):
    database = store.open_db(db_path)
    store.upsert_article(database, {"url": "https://example.org/a", "text": "Sama in Kenya."})
    target = tmp_path / "copy.db"
    result = CliRunner().invoke(cli, ["backup", "--db", str(db_path), str(target)])
    assert result.exit_code == 0, result.output
    copy = store.open_db(target)
    assert copy["articles"].count == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_backup_never_overwrites(db_path, tmp_path):
    store.open_db(db_path)
    target = tmp_path / "copy.db"
    target.write_bytes(b"keep me")
    result = CliRunner().invoke(cli, ["backup", "--db", str(db_path), str(target)])
    assert result.exit_code != 0
    assert target.read_bytes() == b"keep me"
