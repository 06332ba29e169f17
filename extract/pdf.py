"""PDF bytes -> text and metadata with pypdf (reports, briefs, papers)."""
from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from pypdf import PdfReader

from extract.errors import ExtractionError

# Reports rarely exceed this; the cap keeps a hostile or enormous file from taking minutes.
MAX_PAGES = 400
MAX_CHARS = 2_000_000
# Titles that authoring tools write by default and that say nothing about the document.
_JUNK_TITLE = re.compile(r"^(untitled|microsoft (word|powerpoint)\b.*|document\d*|slide \d+|.*\.(docx?|pptx?|indd|pdf))$", re.I)
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


@dataclass
class PdfContent:
    text: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    language: str | None = None


def looks_like_pdf(body: bytes) -> bool:
    # The header may follow a little junk (the format allows 1 KB), but not markup: an HTML page
    # that quotes "%PDF-" near its top is still a page.
    at = body.find(b"%PDF-", 0, 1024)
    return at == 0 or (at > 0 and b"<" not in body[:at])


def _pdf_date(value) -> str | None:
    match = _PDF_DATE.match(str(value or "").strip())
    if not match or not match.group(2) or not match.group(3):
        return None
    year, month, day = match.groups()
    if not (1 <= int(month) <= 12 and 1 <= int(day) <= 31 and 1990 <= int(year) <= 2100):
        return None
    return f"{year}-{month}-{day}"


def _clean_text(text: str) -> str:
    # pypdf keeps the page's hard line breaks; keep paragraphs (blank lines), squeeze spaces.
    text = text.replace("\x00", "")
    text = re.sub(r"[ \t\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def read_pdf(body: bytes) -> PdfContent:
    """Text and metadata of a PDF; ExtractionError if it cannot be read."""
    # pypdf logs every recoverable defect as a warning; a broken file is reported once, below.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(body), strict=False)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:  # noqa: BLE001 -- pypdf raises several types here
                raise ExtractionError(f"not a readable PDF: encrypted ({exc})") from None
        pages, total = [], 0
        for page in reader.pages[:MAX_PAGES]:
            try:
                page_text = page.extract_text() or ""
            except Exception:  # noqa: BLE001 -- one broken page should not lose the rest
                continue
            pages.append(page_text)
            total += len(page_text)
            if total >= MAX_CHARS:
                break
        meta = reader.metadata or {}
        raw_title = meta.get("/Title")
        raw_author = meta.get("/Author")
        raw_date = meta.get("/CreationDate") or meta.get("/ModDate")
        language = None
        try:
            language = reader.trailer["/Root"].get("/Lang")
        except Exception:  # noqa: BLE001 -- optional entry in an untrusted structure
            language = None
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError("not a readable PDF: nested too deeply") from None
    except Exception as exc:  # noqa: BLE001 -- pypdf raises many types on malformed files
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise ExtractionError(f"not a readable PDF: {reason[:200]}") from None

    text = _clean_text("\n\n".join(pages))[:MAX_CHARS]
    title = re.sub(r"\s+", " ", str(raw_title or "")).strip() or None
    if title and _JUNK_TITLE.match(title):
        title = None
    if not title:
        first = next((line.strip() for line in text.splitlines() if line.strip()), "")
        title = first if 0 < len(first) <= 200 else None
    authors = [a.strip() for a in re.split(r"[;,]| and ", str(raw_author or "")) if a.strip()]
    lang = str(language).strip() if language else None
    return PdfContent(text=text, title=title, authors=authors, published=_pdf_date(raw_date),
                      language=lang.split("-")[0].lower() if lang else None)
