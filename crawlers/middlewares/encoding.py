"""Decode text responses the way the article extractor does, so links and canonical URLs
read from `response.text` come out as the same letters as the stored article.

Order: BOM, HTTP charset, the page's own declaration (meta / XML), then detection
(charset_normalizer) — Scrapy alone falls back to cp1252 guessing when nothing is declared,
which garbles undeclared pages in other encodings.
"""
from __future__ import annotations

from charset_normalizer import from_bytes
from scrapy.http import TextResponse
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

_DETECT_SAMPLE = 200_000


def _reads_as_western(sample: bytes) -> bool:
    """True if windows-1252 turns every non-ASCII byte into a Latin letter or common
    punctuation: the undeclared latin-1/cp1252 page, where detectors on short text often
    pick a sibling code page (cp1250, iso8859-14) and change letters."""
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    extra = {c for c in text if ord(c) > 127}
    return bool(extra) and all(
        c.isalpha() and "\u00c0" <= c <= "\u017f" or c in "«»¿¡–—‘’“”…€£°·ºª§©®\u00a0"
        for c in extra)


def detected_encoding(body: bytes) -> str | None:
    sample = body[:_DETECT_SAMPLE]
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        # A cut in the middle of a multi-byte character at the sample's end is not evidence.
        if len(body) > _DETECT_SAMPLE:
            try:
                sample[:-4].decode("utf-8")
                return "utf-8"
            except UnicodeDecodeError:
                pass
    if _reads_as_western(sample):
        return "cp1252"
    results = list(from_bytes(sample))
    if not results:
        return None
    best = results[0]
    # Ties are common between single-byte code pages (cp1250 vs cp1252 read Spanish equally
    # well); the web's default for undeclared pages is windows-1252 (WHATWG), so it wins ties.
    tied = [m.encoding for m in results
            if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    return "cp1252" if "cp1252" in tied else best.encoding


class EncodingMiddleware:
    def process_response(self, request, response):
        if not isinstance(response, TextResponse) or not response.body:
            return response
        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        declared = (read_bom(response.body)[0]
                    or http_content_type_encoding(content_type)
                    or html_body_declared_encoding(response.body))
        if declared:
            return response  # Scrapy's TextResponse already honours these, in this order
        encoding = detected_encoding(response.body)
        if not encoding:
            return response
        # The spider passes it on to the extractor as the charset of the Content-Type.
        request.meta["detected_encoding"] = encoding
        return response.replace(encoding=encoding)
