"""The gold annotations in tests/gold are well-formed for ../shared/eval/score.py and follow
the taxonomy's codes, and their text copies match the sample site they were taken from."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pycountry
import pytest

GOLD = Path(__file__).resolve().parent / "gold"
# Currencies the euro replaced still measure amounts of their time ("352 leva" in a 2020 story);
# pycountry lists only those in use.
REPLACED_BY_EURO = frozenset({"BGN", "HRK", "LTL", "LVL", "EEK", "SKK"})
EVENT_TYPES = {"access_cutoff", "signup_block", "expansion", "pay_cut", "payment_delay",
               "deactivation", "layoff", "funding_round", "acquisition", "legal_action",
               "government_action", "worker_organising", "rating_audit"}
FILES = sorted(GOLD.glob("*.json"))


def test_there_are_enough_gold_files():
    assert len(FILES) >= 22
    fresh = [f for f in FILES if f.name.startswith("fresh-")]
    # fresh-NN-* are the independent set written apart from the sample site (PROVENANCE.md)
    numbered = [f for f in fresh if re.match(r"fresh-\d\d-", f.name)]
    assert 2 <= len(fresh) - len(numbered) <= 3
    assert len(numbered) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_gold_file_is_well_formed(path):
    gold = json.loads(path.read_text())
    assert (path.parent / gold["file"]).is_file(), gold["file"]
    published = date.fromisoformat(gold["published"])
    assert gold["note"].strip()

    groups = gold["companies"]["gold"]
    assert groups and all(isinstance(g, list) and g and all(isinstance(n, str) and n for n in g)
                          for g in groups)
    names = [n.casefold() for g in groups for n in g]
    assert len(names) == len(set(names)), "a name belongs to two company groups"

    for code in gold["countries"]["gold"] + gold["countries"]["optional"]:
        assert pycountry.countries.get(alpha_2=code), code

    for event in gold["events"]["gold"] + gold["events"]["optional"]:
        assert event["type"] in EVENT_TYPES, event
        for code in event.get("countries", []):
            assert pycountry.countries.get(alpha_2=code), code
        if "date" in event:
            assert re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", event["date"]), event
            # an event reported in the article cannot postdate it
            assert event["date"] <= published.isoformat()[: len(event["date"])], event

    for figure in gold["figures"]["gold"]:
        assert figure["kind"] in ("money", "percent", "count"), figure
        assert isinstance(figure["value"], (int, float)), figure
        if "high" in figure:
            assert figure["high"] > figure["value"], figure
        if figure["kind"] == "money":
            assert pycountry.currencies.get(alpha_3=figure["unit"]) or figure["unit"] in REPLACED_BY_EURO, figure
    for figure in gold["figures"]["optional"]:
        assert "value" in figure or "text" in figure, figure


def test_text_copies_match_the_sample_site(tmp_path):
    subprocess.run([sys.executable, str(GOLD / "make_texts.py"), str(tmp_path)], check=True,
                   capture_output=True)
    for made in tmp_path.glob("*.txt"):
        committed = GOLD / "texts" / made.name
        assert committed.read_text() == made.read_text(), made.name
