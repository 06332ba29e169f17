"""Bytes -> text for web pages: HTTP charset, then the page's own declaration, then detection.

Order follows what browsers do (BOM, transport, document), with one correction: a page whose
declared single-byte charset is contradicted by valid multi-byte UTF-8 is read as UTF-8,
because servers often send a stale `iso-8859-1` default while the page is UTF-8.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: its BOM starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_HTTP_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
# <meta charset="x"> and <meta http-equiv="content-type" content="text/html; charset=x">
_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
_XML_DECL = re.compile(rb"<\?xml[^>]{0,100}encoding\s*=\s*[\"']([\w.:-]+)", re.I)
# Declarations that a UTF-8 byte stream commonly contradicts (single-byte Western sets).
_SINGLE_BYTE_WESTERN = {"latin-1", "iso8859-1", "cp1252", "iso8859-15", "ascii"}
_DETECT_SAMPLE = 200_000
_WESTERN_DETECTED = {"cp1252", "latin_1", "iso8859_15"}
_CHAOS_TIE = 0.02


def normalise_charset(name: str | None) -> str | None:
    """Python codec name for a charset label, or None if Python does not know it."""
    if not name:
        return None
    label = name.strip().strip("\"'").lower()
    # WHATWG: latin-1 and ascii labels mean windows-1252 on the web.
    if label in {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii", "l1"}:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HTTP_CHARSET.search(content_type)
    return normalise_charset(match.group(1)) if match else None


def declared_charset(body: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes (meta tag or XML declaration)."""
    head = body[:4096]
    match = _META_CHARSET.search(head) or _XML_DECL.search(head)
    return normalise_charset(match.group(1).decode("ascii", "ignore")) if match else None


def _is_non_ascii_utf8(body: bytes) -> bool:
    if body.isascii():
        return False
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _bomless_utf16(body: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position of ASCII markup."""
    sample = body[:2000]
    if len(sample) < 16 or sample.count(0) < len(sample) // 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 3 * even:
        return "utf-16-le"
    if even > 3 * odd:
        return "utf-16-be"
    return None


def _decode(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(body: bytes, content_type: str | None = None) -> str:
    """Decode a page to text; never raises (the last resort replaces undecodable bytes)."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = _decode(body[len(bom):], codec)
            if text is not None:
                return text
    utf16 = _bomless_utf16(body)
    if utf16:
        text = _decode(body, utf16)
        if text is not None:
            return text
    for codec in (charset_from_content_type(content_type), declared_charset(body)):
        if not codec:
            continue
        # A UTF-16 declaration inside an ASCII-compatible byte stream is always wrong.
        if codec.startswith("utf-16") or codec.startswith("utf-32"):
            continue
        if codecs.lookup(codec).name in _SINGLE_BYTE_WESTERN and _is_non_ascii_utf8(body):
            return body.decode("utf-8")
        text = _decode(body, codec)
        if text is not None:
            return text
    text = _decode(body, "utf-8")
    if text is not None:
        return text
    matches = list(from_bytes(body[:_DETECT_SAMPLE]))
    if matches:
        # Short Western pages look equally plausible in half a dozen Latin code pages; the web's
        # own default (windows-1252) wins such ties, otherwise the least chaotic reading.
        least = min(m.chaos for m in matches)
        western = [m for m in matches if m.encoding in _WESTERN_DETECTED and m.chaos <= least + _CHAOS_TIE]
        best = western[0] if western else min(matches, key=lambda m: m.chaos)
        text = _decode(body, best.encoding)
        if text is not None:
            return text
    # cp1252 leaves five bytes undefined; replacing them keeps the rest of the letters.
    return body.decode("cp1252", errors="replace")
