"""Page bytes (HTML, PDF or plain text) -> `Article`.

The body comes from trafilatura; title, date, authors, publisher and description come from the
page's own structured metadata first (JSON-LD, OpenGraph, `<meta>`), because publishers fill it
for search engines and it is more reliable than heuristics, with trafilatura's heuristics
(htmldate for dates, byline detection for authors) as the fallback.
"""
from __future__ import annotations

import html as html_lib
import json
import logging
import re
import warnings
from copy import deepcopy
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura
from dateutil import parser as dateutil_parser

from extract.encoding import decode_bytes
from extract.errors import ExtractionError
from extract.pdf import looks_like_pdf, read_pdf
from extract.schema import Article

# Stored with each article (crawlers/pipelines/store.py); bump the first part whenever this
# module's output changes for the same input, so stored articles can be re-extracted.
EXTRACTOR_VERSION = f"article-2/trafilatura-{trafilatura.__version__}"

# Work cap for HTML: news pages in the benchmarks are at most ~1.7 MB; past this size scripts,
# styles and comments are dropped and the rest is cut, so a 10 MB page costs about as much as
# a large ordinary one.
MAX_HTML_CHARS = 2_500_000
MAX_INPUT_BYTES = 16 * MAX_HTML_CHARS  # even, so UTF-16 input is never cut mid-character
# The largest of the 260 benchmark pages has ~3,100 elements after parsing; 20,000 elements
# take about 2 s to extract.
MAX_ELEMENTS = 20_000
MAX_TEXT_CHARS = 2_000_000
# A title longer than this is a paragraph, not a title (plain-text files).
MAX_TITLE_CHARS = 200

# trafilatura settings, chosen by measurement on the two body benchmarks (see bench/README.md).
# Reader comments are never article text. favor_precision keeps out more furniture but also drops
# some real paragraphs, so a second, default extraction backs it up (see _merge_extractions).
TRAFILATURA_OPTIONS = dict(include_comments=False, include_tables=True, deduplicate=False)
# Below this share of the default extraction's length, the precise one missed the article.
PRECISE_MIN_SHARE = 0.3

_MARKUP = re.compile(r"<\s*(!doctype\s+html|html|head|body|meta|title|div|p|article|main|section|span|a)\b", re.I)
_STRIPPABLE_OPEN = re.compile(r"<(?:(script|style|svg|noscript)\b[^>]{0,500}>?|(!--))", re.I)
_CLOSING = {tag: re.compile(rf"</{tag}\s*>", re.I) for tag in ("script", "style", "svg", "noscript")}
_ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|NewsArticle|Report|Posting|Review|LiveBlogPosting)$", re.I)
_WEBPAGE_TYPES = re.compile(r"WebPage$", re.I)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_PLAUSIBLE_YEARS = range(1990, 2101)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»/]+\s+|\s*\|\s*")
_WS = re.compile(r"\s+")
_BYLINE_SEGMENT = re.compile(r"by\s+\S", re.I)

for _name in ("trafilatura", "htmldate", "courlan", "charset_normalizer"):
    # Their warnings about odd pages go to the user's console otherwise; failures surface as
    # ExtractionError instead.
    logging.getLogger(_name).setLevel(logging.CRITICAL)


def extract_article(body: bytes, url: str | None = None, content_type: str | None = None,
                    published_hint: str | None = None) -> Article:
    """Read a downloaded document. Raises only ExtractionError, with a one-line reason."""
    try:
        return _extract(body, url, content_type, published_hint)
    except ExtractionError:
        raise
    except RecursionError:
        raise ExtractionError("page is nested too deeply to read") from None
    except MemoryError:
        raise ExtractionError("page is too large to read") from None
    except Exception as exc:  # noqa: BLE001 -- the contract: callers see ExtractionError only
        reason = (str(exc).splitlines() or [""])[0][:200]
        raise ExtractionError(f"could not read document: {type(exc).__name__}: {reason}") from None


def _mime(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def _extract(body, url, content_type, published_hint) -> Article:
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not isinstance(body, (bytes, bytearray, memoryview)):
        raise ExtractionError(f"expected bytes, got {type(body).__name__}")
    body = bytes(body)
    if not body.strip():
        raise ExtractionError("empty document")
    mime = _mime(content_type)
    hint = normalise_date(published_hint)

    # Content type or magic bytes decide, not the URL: ".pdf" links often serve an HTML page.
    if mime == "application/pdf" or looks_like_pdf(body):
        pdf = read_pdf(body)
        if not pdf.text.strip():
            raise ExtractionError("PDF has no extractable text (scanned images?)")
        return Article(url=url, title=pdf.title, published=pdf.published or hint, authors=pdf.authors,
                       text=pdf.text, language=pdf.language, kind="report")

    # Bounded before decoding: past the HTML work cap nothing more would be read anyway.
    text = decode_bytes(body[:MAX_INPUT_BYTES], content_type)
    if _looks_binary(text):
        raise ExtractionError(f"binary content, not a page ({mime or 'unknown type'})")
    # Markup decides whatever the server says: "text/html" responses that hold bare text exist.
    is_html = mime != "text/plain" and _MARKUP.search(text[:200_000])
    if not is_html:
        return _plain_text_article(text, url, hint)
    return _html_article(text, url, hint)


def _looks_binary(text: str) -> bool:
    sample = text[:20_000]
    if not sample:
        return True
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f") or ch == "\ufffd")
    return bad / len(sample) > 0.05


def _plain_text_article(text: str, url: str | None, hint: str | None) -> Article:
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()[:MAX_TEXT_CHARS]
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    title = first if len(first) <= MAX_TITLE_CHARS else None
    return Article(url=url, title=title, published=hint, text=text)


# ---------------------------------------------------------------- HTML


def _cap_html(html: str) -> str:
    """Bound the work on huge pages: drop scripts, styles and comments, then cut."""
    if len(html) <= MAX_HTML_CHARS:
        return html
    # A hostile page may open thousands of <script> tags it never closes; one forward scan keeps
    # this linear where a regex with a lazy body would rescan to the end for each of them.
    pieces, pos = [], 0
    for match in _STRIPPABLE_OPEN.finditer(html):
        if match.start() < pos:
            continue
        pieces.append(html[pos:match.start()])
        tag = (match.group(1) or match.group(2)).lower()
        if tag == "!--":
            end = html.find("-->", match.end())
            close_len = 3
        else:
            end = _find_close(html, tag, match.end())
            close_len = 0
        if end < 0:
            pos = len(html)
            break
        if tag == "script" and "ld+json" in match.group(0).lower():
            pieces.append(html[match.start():end + close_len])  # keep metadata
        pos = end + close_len
    pieces.append(html[pos:])
    return "".join(pieces)[:MAX_HTML_CHARS]


def _find_close(html: str, tag: str, start: int) -> int:
    match = _CLOSING[tag].search(html, start)
    return match.end() if match else -1


def _parse(html: str):
    # huge_tree stays off: libxml2 then refuses absurd depths instead of recursing through them.
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, huge_tree=False,
                                  collect_ids=False, default_doctype=False)
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
    try:
        tree = lxml.html.document_fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise ExtractionError(f"not a readable HTML page: {exc}") from None
    if tree is None:
        raise ExtractionError("not a readable HTML page")
    return tree


def _html_article(html: str, url: str | None, hint: str | None) -> Article:
    html = _cap_html(html)
    tree = _parse(html)
    elements = sum(1 for _ in tree.iter())
    if elements > MAX_ELEMENTS:
        # trafilatura's time grows faster than the element count; cut the markup in proportion.
        tree = _parse(html[:int(len(html) * MAX_ELEMENTS / elements)])
    meta = PageMetadata(tree)
    page_url = url or meta.canonical_url()

    doc = trafilatura.bare_extraction(deepcopy(tree), url=page_url, with_metadata=True,
                                      favor_precision=True, **TRAFILATURA_OPTIONS)
    default = trafilatura.bare_extraction(deepcopy(tree), url=page_url, **TRAFILATURA_OPTIONS)
    body_text = _merge_extractions((doc.text if doc is not None else "") or "",
                                   (default.text if default is not None else "") or "")
    tmeta = doc if doc is not None else None

    publisher = meta.publisher() or _clean(getattr(tmeta, "sitename", None))
    title = meta.title(publisher, page_url) or clean_title(_clean(getattr(tmeta, "title", None)),
                                                           publisher, page_url)
    published = meta.published() or hint or normalise_date(getattr(tmeta, "date", None))
    authors = choose_authors(meta.authors(), split_authors(getattr(tmeta, "author", None)),
                             meta.byline_authors(), publisher)
    body_text = _add_sibling_chunks(body_text, tree)
    body_text = _prefer_declared_body(body_text, meta.article_ld.get("articleBody"))
    # (Measured: dropping a leading summary that repeats the meta description lost more than it
    # gained; both benchmarks count the standfirst as article text.)
    body_text = drop_furniture(body_text, headlines=[title, *meta.headlines()])
    if not body_text.strip():
        raise ExtractionError("no article text found on the page")
    return Article(
        url=page_url, title=title, published=published, authors=authors,
        text=body_text[:MAX_TEXT_CHARS],
        language=meta.language() or getattr(tmeta, "language", None),
        publisher=publisher, kind="article",
        description=meta.description() or _clean(getattr(tmeta, "description", None)),
    )


def _clean(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
        if value is None:
            return None
    if not isinstance(value, str):
        return None
    if "&" in value:
        value = html_lib.unescape(value)
    if "<" in value and ">" in value:
        try:
            value = lxml.html.fromstring(value).text_content()
        except (lxml.etree.ParserError, ValueError):
            value = re.sub(r"<[^>]*>", " ", value)
    value = _WS.sub(" ", value).strip()
    return value or None


class PageMetadata:
    """The structured metadata a page carries: JSON-LD objects and `<meta>` tags."""

    def __init__(self, tree):
        self.tree = tree
        self.meta: dict[str, list[str]] = {}
        for el in tree.iter("meta"):
            key = (el.get("property") or el.get("name") or el.get("itemprop")
                   or el.get("http-equiv") or "").strip().lower()
            content = el.get("content")
            if key and content and content.strip():
                self.meta.setdefault(key, []).append(content.strip())
        self.ld = list(_json_ld_objects(tree))
        self.article_ld = self._pick_article()

    def _pick_article(self) -> dict:
        def types(obj):
            t = obj.get("@type")
            return t if isinstance(t, list) else [t]
        articles = [o for o in self.ld if any(isinstance(t, str) and _ARTICLE_TYPES.search(t) for t in types(o))]
        # Prefer the one with a headline: listing pages also embed short Article stubs.
        articles.sort(key=lambda o: (not o.get("headline"), not o.get("datePublished")))
        if articles:
            return articles[0]
        pages = [o for o in self.ld if any(isinstance(t, str) and _WEBPAGE_TYPES.search(t) for t in types(o))]
        return pages[0] if pages else {}

    def first(self, *keys: str) -> str | None:
        for key in keys:
            for value in self.meta.get(key, []):
                cleaned = _clean(value)
                if cleaned:
                    return cleaned
        return None

    def canonical_url(self) -> str | None:
        for el in self.tree.iter("link"):
            if (el.get("rel") or "").lower() == "canonical" and (el.get("href") or "").startswith("http"):
                return el.get("href").strip()
        value = self.first("og:url")
        return value if value and value.startswith("http") else None

    def html_title(self) -> str | None:
        el = self.tree.find(".//title")
        return _clean(el.text_content()) if el is not None else None

    def title(self, publisher: str | None, url: str | None) -> str | None:
        """The article's declared headline: JSON-LD `headline`, then OpenGraph, then the rest.

        When the JSON-LD headline and og:title are the same words with different quote marks,
        the page's `<title>` decides the typography (see _typeset_as_declared), else og:title:
        JSON-LD is often a CMS's typographic copy of the plain headline. When they are different
        headlines, og:title wins if the page shows it in its `<h1>`. (Measured: neither `<title>`
        nor twitter:title agreeing with one of two different headlines predicts the right one.)
        """
        def cleaned(value):
            return clean_title(value, publisher, url) if value else None

        headline = cleaned(_clean(self.article_ld.get("headline")))
        og = cleaned(self.first("og:title"))
        if headline and og and _quote_folded(headline) == _quote_folded(og):
            return self._typeset_as_declared(headline, og, cleaned)
        h1 = self.tree.find(".//h1")
        if headline and og and h1 is not None:
            # Two different headlines declared: the one the reader sees on the page wins.
            shown = _quote_folded(cleaned(_clean(h1.text_content())) or "")
            if shown == _quote_folded(og) != _quote_folded(headline):
                return og
        if headline or og:
            return headline or og
        for value in (self.first("twitter:title"), _clean(self.article_ld.get("name")),
                      self.first("dc.title", "title"),
                      _clean(h1.text_content()) if h1 is not None else None, self.html_title()):
            if cleaned(value):
                return cleaned(value)
        return None

    def _typeset_as_declared(self, headline: str, og: str, cleaned) -> str:
        """Of two declarations of one headline that differ only in quote marks, the form the
        page's `<title>` (or else its `<meta name="title">`) uses; og:title when neither has the
        same words. A third declaration with the same words settles which typography is the
        page's own; when it uses a form of its own, that form is the page's.
        """
        for witness in (cleaned(self.html_title()), cleaned(self.first("title"))):
            if witness and _quote_folded(witness) == _quote_folded(og):
                return next((c for c in (og, headline) if _ws_folded(c) == _ws_folded(witness)), witness)
        return og

    def headlines(self) -> list[str]:
        """Every headline-like string on the page, to recognise the headline atop the body."""
        values = [_clean(self.article_ld.get("headline")), self.first("og:title"),
                  self.first("twitter:title"), self.html_title()]
        values += [_clean(h.text_content()) for h in self.tree.iter("h1")]
        return [v for v in values if v]

    def publisher(self) -> str | None:
        pub = self.article_ld.get("publisher")
        pub_name = None
        if isinstance(pub, list):
            pub = pub[0] if pub else None
        if isinstance(pub, dict):
            pub_name = _clean(pub.get("name"))
        elif isinstance(pub, str):
            pub_name = _clean(pub)
        name = self.first("og:site_name") or pub_name or self.first("application-name", "publisher")
        # Site names sometimes carry a tagline: "LinkNaija | Nigeria's popular news platform".
        return re.split(r"\s+[|–—]\s+", name)[0].strip() or None if name else None

    def published(self) -> str | None:
        candidates = [self.article_ld.get("datePublished"),
                      *self.meta.get("article:published_time", []),
                      *self.meta.get("og:article:published_time", []),
                      *self.meta.get("datepublished", []),
                      *self.meta.get("article.published", []),
                      *self.meta.get("parsely-pub-date", []),
                      *self.meta.get("sailthru.date", []),
                      *self.meta.get("publish-date", []),
                      *self.meta.get("publishdate", []),
                      *self.meta.get("pubdate", []),
                      *self.meta.get("dc.date.issued", []),
                      *self.meta.get("dcterms.issued", []),
                      *self.meta.get("citation_publication_date", []),
                      *self.meta.get("citation_date", []),
                      self.article_ld.get("dateCreated")]
        for value in candidates:
            normalised = normalise_date(value)
            if normalised:
                return normalised
        return None

    def authors(self) -> list[str]:
        names = _ld_names(self.article_ld.get("author"))
        if not names:
            for key in ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                        "citation_author", "byl"):
                for value in self.meta.get(key, []):
                    if value.startswith("http"):
                        continue  # article:author is often a profile URL
                    names.extend(split_authors(value))
                if names:
                    break
        return _dedupe(names)

    def byline_authors(self) -> list[str]:
        """Names from the visible byline: rel=author links or elements classed as a byline."""
        candidates = self.tree.xpath(
            '//*[@rel="author"] | //*[@itemprop="author"]'
            ' | //*[contains(@class, "byline") or contains(@class, "author-name")]'
            ' | //p[starts-with(normalize-space(.), "By ")]')
        for el in candidates[:20]:
            text = _clean(el.text_content()) or ""
            if 0 < len(text) <= 150:
                names = split_authors(text)
                if names:
                    return names
        return []

    def language(self) -> str | None:
        for value in (self.tree.get("lang"), self.tree.get("xml:lang"),
                      self.first("content-language", "og:locale", "language")):
            if value:
                code = re.split(r"[-_]", value.strip())[0].lower()
                if re.fullmatch(r"[a-z]{2,3}", code):
                    return code
        return None

    def description(self) -> str | None:
        return (self.first("og:description") or self.first("description")
                or _clean(self.article_ld.get("description")) or self.first("twitter:description"))


_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})


def _ws_folded(value: str) -> str:
    return _WS.sub(" ", value.replace("\u00a0", " ")).strip().casefold()


def _quote_folded(value: str) -> str:
    return _ws_folded(value.translate(_QUOTES))


def _json_ld_objects(tree):
    for el in tree.iter("script"):
        if "ld+json" not in (el.get("type") or "").lower():
            continue
        raw = (el.text or "").strip()
        if not raw:
            continue
        try:
            data = json.loads(raw, strict=False)
        except RecursionError:
            continue
        except ValueError:
            # Some sites leave a trailing comma or HTML comment wrapper; try once more cleaned.
            try:
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw.strip("<!->\n ")), strict=False)
            except (ValueError, RecursionError):
                continue
        yield from _flatten_ld(data, 0)


def _flatten_ld(data, depth):
    if depth > 5:
        return
    if isinstance(data, list):
        for item in data:
            yield from _flatten_ld(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        if "@graph" in data:
            yield from _flatten_ld(data["@graph"], depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _flatten_ld(main, depth + 1)


def _ld_names(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [n for item in value for n in _ld_names(item)]
    if isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            return [n for item in name for n in _ld_names(item)]
        if not name and (value.get("givenName") or value.get("familyName")):
            name = f"{value.get('givenName', '')} {value.get('familyName', '')}"
        return split_authors(name) if isinstance(name, str) else []
    if isinstance(value, str):
        return [] if value.startswith("http") else split_authors(value)
    return []


# ---------------------------------------------------------------- body cleaning

# Lines that are page furniture wherever they appear: calls to subscribe, follow, share or
# comment, "read more" teasers, newsletter and app prompts, cookie notices, photo credits.
_FURNITURE = re.compile(
    r"^(?:"
    r"(?:sign up|subscribe|register|log ?in|join)\b.{0,120}\b(?:newsletter|updates|news|email|inbox|"
    r"forum|conversation|free|account|today|now|here|deals)\b"
    r"|(?:follow|like) (?:us|\w+(?:\.\w+)?) on\b"
    r"|(?:share|tweet|email|print)(?: (?:this|the) (?:article|story|page))?(?: on \w+)?$"
    r"|(?:read|see|watch) (?:more|also|next)\b.{0,150}$"
    r"|more ?:.{0,150}$|related(?: articles?| stories| content| coverage| reading)?\s*:.{0,150}$"
    r"|(?:advertisement|sponsored( content)?|skip advert|continue reading|story continues below.*)$"
    r"|(?:comments?|\d+ comments?|view comments|show comments|leave a comment|join the discussion)$"
    r"|(?:got a story|have a story|do you have a story)\b.{0,200}$"
    r"|for more (?:stories|news|articles) like this\b.{0,100}$"
    r"|(?:we use cookies|this (?:site|website) uses cookies)\b.{0,300}$"
    r"|you must (?:confirm|be logged in|log in)\b.{0,150}$"
    r"|please (?:log ?out|log ?in|sign in)\b.{0,150}$"
    r"|(?:image|photo|picture|credit|photograph)s?(?: credit)?\s*:.{0,100}$"
    r"|(?:have a (?:news )?tip|like this (?:story|article)|thanks for signing up|keep an eye on your inbox"
    r"|there was an error|an error has occurred|this copy is for your personal|order reprints"
    r"|print article|this article has been sent to|also on \S+\.\w+ |click here to (?:get|download|subscribe)"
    r"|write to \w+(?: \w+){0,3} at )\b.{0,300}$"
    r"|\d{4}-\d{2}-\d{2}(?:[T ][\d:.+\-Z]+)?$"  # a bare machine timestamp
    r")", re.I)
# Headings that open the teaser lists under an article; everything after them is furniture.
_TAIL_HEADING = re.compile(
    r"^(?:more (?:from|on|in|stories|news|articles|coverage)\b.{0,60}|related(?: \w+){0,2}|recommended(?: \w+){0,2}"
    r"|(?:most )?(?:popular|read|viewed|shared)(?: \w+){0,3}|trending(?: \w+){0,2}|you (?:may|might) also like"
    r"|(?:top|latest) (?:stories|news|headlines)|read (?:more|next)|what to read next|further reading)\s*:?$", re.I)
_EMAIL_LINE = re.compile(r"\S+@\S+\.\w+")
# A declared body this much longer than trafilatura's, and containing it, means trafilatura kept
# only one chunk of an article split across several containers.
_DECLARED_BODY_RATIO = 1.5
_DECLARED_BODY_CONTAINS = 0.8


def _shingle_set(text: str, n: int = 4) -> set:
    words = re.findall(r"\w+", text.casefold())
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 0))}


def _merge_extractions(precise: str, default: str) -> str:
    """The precise extraction, with the prose paragraphs it dropped from inside the article.

    Paragraphs the default extraction finds between the first and last paragraph of the precise
    one, and that read as prose (not link lists or captions), are put back in place.
    """
    if len(precise) < PRECISE_MIN_SHARE * len(default):
        return default
    kept = precise.splitlines()
    kept_set = set(kept)
    found = default.splitlines()
    anchors = [i for i, line in enumerate(found) if line in kept_set]
    if not anchors:
        return precise
    first, last = anchors[0], anchors[-1]
    restored: dict[str, list[str]] = {}
    anchor = None
    for i, line in enumerate(found):
        if line in kept_set:
            anchor = line
        elif first < i < last and _is_prose(line):
            restored.setdefault(anchor, []).append(line)
    merged = []
    for line in kept:
        merged.append(line)
        merged.extend(restored.pop(line, []))
    return "\n".join(merged)


def _norm_para(text: str) -> str:
    return _WS.sub(" ", text).strip()


def _add_sibling_chunks(text: str, tree) -> str:
    """Add the rest of an article whose body the page splits over repeated containers.

    Some layouts cut the body into several sibling blocks with the same tag and class (one per
    chunk between ads); trafilatura keeps the best block only. The blocks beside the one it
    chose, if they are made of paragraphs, are the rest of the same article.
    """
    extracted = {_norm_para(line) for line in text.splitlines() if len(line.split()) >= 8}
    if not extracted:
        return text
    parents: dict = {}
    for p in tree.iter("p"):
        if _norm_para(p.text_content()) in extracted:
            parent = p.getparent()
            if parent is not None:
                parents[parent] = parents.get(parent, 0) + 1
    if not parents:
        return text
    container = max(parents, key=parents.get)
    before, after = [], []
    # The repeated block may be the paragraphs' parent or one or two levels above it.
    for block in (container, container.getparent(), getattr(container.getparent(), "getparent", lambda: None)()):
        if block is None or block.getparent() is None or not block.get("class"):
            continue
        siblings = [el for el in block.getparent() if el.tag == block.tag and el.get("class") == block.get("class")]
        if len(siblings) < 2:
            continue
        position = siblings.index(block)
        for i, sibling in enumerate(siblings):
            if sibling is block:
                continue
            paras = [_norm_para(p.text_content()) for p in sibling.iter("p")]
            paras = [p for p in paras if len(p.split()) >= 8 and p not in extracted]
            if len(paras) >= 2:
                (before if i < position else after).extend(paras)
        if before or after:
            break
    if not before and not after:
        return text
    return "\n".join([*before, text, *after])


def _prefer_declared_body(text: str, declared) -> str:
    """Use JSON-LD articleBody when it holds trafilatura's text and much more besides."""
    if not isinstance(declared, str) or len(declared) < _DECLARED_BODY_RATIO * max(len(text), 1):
        return text
    if "<" in declared and ">" in declared:
        declared = _clean(declared) or ""
    extracted = _shingle_set(text)
    if extracted and len(extracted & _shingle_set(declared)) / len(extracted) < _DECLARED_BODY_CONTAINS:
        return text
    paragraphs = [p.strip() for p in declared.splitlines() if p.strip()]
    return "\n".join(paragraphs)


def _is_furniture(line: str) -> bool:
    if len(line) >= 400:
        return False
    if _FURNITURE.match(line):
        return True
    # Contact lines ("Reach Jane at jane@paper.com") are about the outlet, not the story.
    return bool(_EMAIL_LINE.search(line)) and len(line.split()) < 30


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip()[-1:] in ".!?\"'”’:;)"


def drop_furniture(text: str, headlines: list[str | None] = ()) -> str:
    """Remove the headline repeated atop the body and lines that are page furniture."""
    lines = [line.strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    folded = {_quote_folded(h) for h in headlines if h}
    while lines and _quote_folded(lines[0]) in folded:
        lines.pop(0)
    kept, in_teasers = [], False
    for line in lines:
        if _TAIL_HEADING.match(line):
            # A "Read more" / "Most popular" box: skip its heading and the headline-like lines
            # under it, up to the next line of prose (such boxes also sit mid-article).
            in_teasers = True
            continue
        if in_teasers and not _is_prose(line):
            continue
        in_teasers = False
        if not _is_furniture(line):
            kept.append(line)
    return "\n".join(kept).strip()


# ---------------------------------------------------------------- field cleaning

_BY = re.compile(r"^\s*(?:(?:written|words|reporting|reported|story|text|compiled|posted|additional reporting)"
                 r"(?:\s+and\s+\w+)?\s+)?by[:\s]+", re.I)
_EDITED_BY = re.compile(r"\b(?:editing|edited) by\b[^;|]*", re.I)
_AUTHOR_SPLIT = re.compile(r"\s*(?:,|;|\||/|&|\band\b|\bund\b|\bwith\b|\n)\s*", re.I)
_EMAIL = re.compile(r"\S+@\S+\.\S+")
_HANDLE = re.compile(r"(^|\s)@\w+")
_NOT_NAME = re.compile(r"https?://|www\.|\d|\b(updated|published|min read|follow|twitter|email)\b", re.I)
# Job titles appended after a comma or dash in bylines ("Jane Doe, Senior Reporter").
_ROLE = re.compile(r"\b(correspondent|reporter|editor|writer|contributor|columnist|journalist|"
                   r"staff writer|producer|analyst|bureau chief|senior|chief|special to)\b", re.I)


# Picture credits that bylines pick up ("Image: Getty Images").
_CREDIT = re.compile(r"\b(getty|istock(?:photo)?|shutterstock|alamy|images?|photos?|pictures?|"
                     r"illustrations?|graphics?)\b", re.I)


def split_authors(value: str | None) -> list[str]:
    """'By Jane Doe and John Roe, Reuters' -> ['Jane Doe', 'John Roe', 'Reuters'] cleaned of noise."""
    if not value or not isinstance(value, str):
        return []
    value = _WS.sub(" ", value).strip()
    value = _EMAIL.sub(" ", value)
    value = re.sub(r"https?://\S+|www\.\S+", " ", value)
    value = _HANDLE.sub(" ", value)
    # Editors credited in wire bylines ("Reporting by X; Editing by Y") did not write the story.
    value = _EDITED_BY.sub(" ", value)
    value = _BY.sub("", value)
    names = []
    for part in _AUTHOR_SPLIT.split(value):
        part = _BY.sub("", part).strip(" .,:;-–—'\"()[]")
        if not part or _NOT_NAME.search(part) or len(part) > 60 or len(part.split()) > 5:
            continue
        # "Senior Reporter" alone is a job title left over from "Jane Doe, Senior Reporter".
        if not _ROLE.sub("", part).strip(" ,.-") or _CREDIT.search(part) or ":" in part:
            continue
        names.append(part)
    return _dedupe(names)


def _dedupe(names: list[str]) -> list[str]:
    seen, out = set(), []
    for name in names:
        key = name.casefold()
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _squash(value: str) -> str:
    return re.sub(r"[\W_]+", "", value.casefold())


def choose_authors(declared: list[str], detected: list[str], byline: list[str],
                   publisher: str | None) -> list[str]:
    """Declared (metadata) authors first, then trafilatura's byline guess, then the page's byline.

    The publisher's own name stands in for "staff" on many sites: it is dropped when a real name
    is found anywhere, and kept only when nothing better exists (wire copy credited to an agency).
    """
    site = _squash(publisher or "")

    def is_publisher(name: str) -> bool:
        squashed = _squash(name)
        # "Business Insider" credited on "Business Insider Deutschland" is the site too.
        return bool(site) and (squashed == site or (len(squashed) >= 4 and site.startswith(squashed)))

    def people(names):
        return [n for n in names if not is_publisher(n)]

    for names in (declared, detected, byline):
        if people(names):
            return people(names)
    return next((names for names in (declared, detected, byline) if names), [])


def clean_title(title: str | None, publisher: str | None, url: str | None) -> str | None:
    """Strip a publisher suffix or prefix ("Headline | The Verge", "Rest of World - Headline")."""
    if not title:
        return None
    names = {_squash(n) for n in (publisher,) if n}
    host = urlsplit(url).hostname if url else None
    if host:
        parts = host.split(".")
        names.add(_squash(parts[-2] if len(parts) >= 2 else parts[0]))
        names.add(_squash(host.removeprefix("www.")))
    names.discard("")

    def is_site(segment: str) -> bool:
        squashed = _squash(segment)
        if not squashed:
            return False
        return any(squashed == n or (len(n) >= 4 and (squashed.startswith(n) or n.startswith(squashed)))
                   for n in names)

    prefix = re.match(r"^([^:]{2,40}):\s+(\S.*)$", title)
    if prefix and is_site(prefix.group(1)):
        title = prefix.group(2)
    segments = _TITLE_SEPARATORS.split(title)
    seps = _TITLE_SEPARATORS.findall(title)
    if len(segments) > 1:
        # Drop site names from both ends, keep whatever separators stand between the rest.
        start, end = 0, len(segments)
        while end - start > 1 and (is_site(segments[end - 1]) or _BYLINE_SEGMENT.match(segments[end - 1])):
            end -= 1
        while end - start > 1 and is_site(segments[start]):
            start += 1
        if (start, end) != (0, len(segments)):
            rebuilt = segments[start]
            for i in range(start + 1, end):
                rebuilt += seps[i - 1] + segments[i]
            title = rebuilt
    return title.strip() or None


def normalise_date(value) -> str | None:
    """Any date-like value -> 'YYYY-MM-DD' (the date as written, not shifted to UTC)."""
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    match = _ISO_DATE.search(value)
    if match:
        try:
            day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            return None
        # "0001-01-01" and the like are a CMS's empty date, not a publication date.
        return day.isoformat() if day.year in _PLAUSIBLE_YEARS else None
    if re.fullmatch(r"\d{10}(\d{3})?", value):  # Unix time in seconds or milliseconds
        return datetime.fromtimestamp(int(value[:10]), tz=timezone.utc).date().isoformat()
    if not _YEAR.search(value):
        return None  # dateutil would fill a bare "5" or "March" from today's date
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # unknown time-zone names: the date part is still right
        try:
            # Parsed against two different defaults: a field that changes was not in the text.
            first = dateutil_parser.parse(value, default=datetime(2000, 1, 1), fuzzy=True)
            second = dateutil_parser.parse(value, default=datetime(2001, 2, 2), fuzzy=True)
        except (ValueError, OverflowError, TypeError):
            return None
    if first.date() != second.date() or first.year not in _PLAUSIBLE_YEARS:
        return None
    return first.date().isoformat()
