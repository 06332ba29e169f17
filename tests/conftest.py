import pytest

from pipeline.db import open_db


@pytest.fixture
def db():
    database = open_db(memory=True)
    yield database
    database.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "taskerwatch.db"
