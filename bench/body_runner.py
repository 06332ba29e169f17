"""Stand-in for `taskerwatch analyze FILE... --json` when scoring the HTML-to-article step.

Usage: python bench/body_runner.py FILE... --json
Prints a JSON array with title, published, authors and text per file (input order); `.gz`
files are gunzipped first. A file that cannot be read gives {"error": "..."}.
"""
from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from extract.article import extract_article
from extract.errors import ExtractionError


def main(argv: list[str]) -> int:
    paths = [a for a in argv if a != "--json"]
    results = []
    for name in paths:
        body = Path(name).read_bytes()
        if name.endswith(".gz"):
            body = gzip.decompress(body)
        try:
            art = extract_article(body)
        except ExtractionError as exc:
            results.append({"error": str(exc)})
            continue
        results.append({"title": art.title, "published": art.published, "authors": art.authors,
                        "text": art.text})
    json.dump(results, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
