"""`taskerwatch analyze` faces garbage: one line of error or an empty result, never a traceback."""
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

TASKERWATCH = [sys.executable, "-m", "pipeline.cli", "analyze"]


def hostile_files(folder: Path) -> dict[str, Path]:
    rng = random.Random(7)
    files = {
        "random.bin": bytes(rng.randrange(256) for _ in range(20_000)),
        "empty.html": b"",
        "utf16.html": "<html><body><article><p>Sama workers in Kenya were laid off, "
                      "reporters said.</p></article></body></html>".encode("utf-16"),
        "deep.html": b"<html><body>" + b"<div>" * 50_000 + b"Appen" + b"</div>" * 50_000
                     + b"</body></html>",
        "huge.html": b"<html><body><article>" + b"<p>Remotasks paid workers late. </p>" * 300_000
                     + b"</article></body></html>",
        "not-a.pdf": b"%PDF-1.7\nthis is not really a pdf at all\n%%EOF",
        "wrong-charset.html": "<html><head><meta charset='utf-8'></head><body><article><p>"
                              "Toloka's café workers in Bogotá and São Paulo joined a "
                              "union, organisers said on Monday.</p></article></body></html>"
                              .encode("latin-1"),
        "nul.txt": b"\x00" * 1000,
    }
    paths = {}
    for name, data in files.items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    return paths


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return hostile_files(tmp_path_factory.mktemp("hostile"))


def run_analyze(*args, timeout=240):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run(TASKERWATCH + [str(a) for a in args], capture_output=True, text=True,
                          timeout=timeout, env=env)


@pytest.mark.slow
def test_each_hostile_file_gives_a_clean_answer(files):
    # One process for all files: the model loads once, and each file is judged on its own.
    proc = run_analyze(*files.values(), "--json")
    assert proc.returncode in (0, 1, 2), proc.stderr
    assert "Traceback" not in proc.stderr, proc.stderr[-2000:]
    results = json.loads(proc.stdout)
    assert len(results) == len(files)
    for name, result in zip(files, results):
        if "error" in result:
            assert "\n" not in result["error"] and result["error"], name
        else:
            assert isinstance(result["text"], str), name
            assert set(result) >= {"companies", "countries", "events", "figures"}, name
    for line in proc.stderr.strip().splitlines():
        assert line.startswith("taskerwatch analyze: "), line


@pytest.mark.slow
def test_misdeclared_charset_still_reads_the_words(files):
    proc = run_analyze(files["wrong-charset.html"], "--json")
    assert proc.returncode == 0, proc.stderr
    text = json.loads(proc.stdout)["text"]
    assert "Bogot" in text and "workers" in text


@pytest.mark.slow
def test_utf16_page_is_decoded(files):
    proc = run_analyze(files["utf16.html"], "--json")
    assert proc.returncode == 0, proc.stderr
    assert "laid off" in json.loads(proc.stdout)["text"]


def test_a_bad_date_is_a_usage_error(files):
    proc = run_analyze(files["empty.html"], "--published", "last Tuesday", "--json", timeout=60)
    assert proc.returncode == 2
    assert "YYYY-MM-DD" in proc.stderr and "Traceback" not in proc.stderr


def test_a_missing_file_is_a_usage_error(tmp_path):
    proc = run_analyze(tmp_path / "nope.html", "--json", timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
