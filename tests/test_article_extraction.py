"""extract_article: bytes of an HTML page, PDF or text file -> Article, or a one-line ExtractionError."""
from __future__ import annotations

import codecs
import html
import json
import os
import random
import time
import zlib
from pathlib import Path

import pytest

from extract.article import choose_authors, clean_title, extract_article, normalise_date, split_authors
from extract.errors import ExtractionError

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


# ------------------------------------------------------------------ metadata precedence


def test_json_ld_headline_date_and_authors_win_over_opengraph_and_title():
    art = extract_article(fixture("jsonld_article.html"), url="https://daily.example.com/news/x")
    # og:title and <title> carry other wordings; the JSON-LD headline is the article's own.
    assert art.title == "Kenyan annotators say pay fell after platform change"
    # JSON-LD datePublished (2024-03-14) beats article:published_time (2024-02-01).
    assert art.published == "2024-03-14"
    assert art.authors == ["Amina Otieno", "Daniel Mwangi"]
    assert art.publisher == "The Daily Example"
    assert art.language == "en"
    assert art.description.startswith("Workers who label data for AI companies")
    assert art.kind == "article"
    assert art.url == "https://daily.example.com/news/x"


def test_canonical_link_fills_the_url_when_none_is_given():
    art = extract_article(fixture("jsonld_article.html"))
    assert art.url == "https://daily.example.com/news/kenyan-annotators-pay"


def test_meta_tags_give_title_without_publisher_suffix_split_authors_and_date():
    art = extract_article(fixture("meta_tags_article.html"))
    assert art.title == "Data workers in Manila form a union"
    assert art.authors == ["Alice Santos", "Bob Reyes"]
    # The date as the page writes it, not shifted to UTC (which would be the 6th).
    assert art.published == "2024-03-05"
    assert art.language == "en"
    assert art.publisher == "Rest of Work"


def test_page_without_metadata_falls_back_to_visible_date_and_byline():
    art = extract_article(fixture("bare_article.html"))
    assert art.title == "Crowdworkers describe account deactivations"
    assert art.published == "2023-11-20"
    assert art.authors == ["Carol White"]


def test_published_hint_used_only_when_the_page_has_no_date():
    page = (b"<html><head><title>Short note</title></head><body><article>"
            + b"<p>Annotation workers on the platform were told on Monday that the queue would close.</p>" * 4
            + b"</article></body></html>")
    assert extract_article(page, published_hint="2024-05-06T10:00:00Z").published == "2024-05-06"
    dated = extract_article(fixture("jsonld_article.html"), published_hint="2020-01-01")
    assert dated.published == "2024-03-14"


# ------------------------------------------------------------------ body text


def test_furniture_does_not_reach_the_text():
    text = extract_article(fixture("jsonld_article.html")).text
    assert "hourly pay dropped by about a third" in text
    assert "rarely see the rules that decide what they are paid" in text
    for furniture in ("cookies", "Sign up for our newsletter", "Subscribe now", "Share on Facebook",
                      "Related stories", "Celebrity chef", "Privacy policy", "All rights reserved",
                      "Business\nTechnology"):
        assert furniture not in text, furniture
    # The headline is the title, not the first line of the body.
    assert not text.startswith("Kenyan annotators say pay fell")


def test_follow_prompt_and_menu_dropped_from_meta_tags_page():
    text = extract_article(fixture("meta_tags_article.html")).text
    assert text.startswith("Content moderators and data annotators")
    assert "Follow Rest of Work" not in text
    assert "About us" not in text


# ------------------------------------------------------------------ field cleaning


@pytest.mark.parametrize("raw, names", [
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("Jane Doe, John Roe & Ana Lima", ["Jane Doe", "John Roe", "Ana Lima"]),
    ("Written by Jane Doe | Senior Reporter", ["Jane Doe"]),
    ("Jane Doe (jane.doe@paper.example) @janedoe", ["Jane Doe"]),
    ("Reporting by Jane Doe and Ana Lima; Editing by John Roe", ["Jane Doe", "Ana Lima"]),
    ("Image: Getty Images", []),
    ("https://example.com/authors/jane", []),
])
def test_split_authors(raw, names):
    assert split_authors(raw) == names


def test_publisher_name_is_not_an_author_when_a_person_is_credited():
    assert choose_authors(["Jane Doe", "Business Insider"], [], [], "Business Insider Deutschland") == ["Jane Doe"]
    # A page that credits only the site (or an agency) keeps that credit.
    assert choose_authors(["Al Jazeera"], [], [], "Al Jazeera") == ["Al Jazeera"]
    # A real byline beats a site name in the metadata.
    assert choose_authors(["Lesotho Times"], [], ["Mpho Lebona"], "Lesotho Times") == ["Mpho Lebona"]


def test_publisher_tagline_is_dropped():
    page = fixture("meta_tags_article.html").replace(
        b'content="Rest of Work">', b'content="Rest of Work | Stories about the people behind AI">')
    assert extract_article(page).publisher == "Rest of Work"


@pytest.mark.parametrize("raw, title", [
    ("Pay cuts hit annotators | The Verge", "Pay cuts hit annotators"),
    ("Pay cuts hit annotators - Rest of World", "Pay cuts hit annotators"),
    ("The Verge: Pay cuts hit annotators", "Pay cuts hit annotators"),
    ("Pay cuts hit annotators | The Verge | by Jane Doe", "Pay cuts hit annotators"),
    # A colon inside a headline is part of it, not a site name.
    ("Scale AI: what workers say about pay", "Scale AI: what workers say about pay"),
])
def test_clean_title_strips_publisher(raw, title):
    publisher = "Rest of World" if "Rest of World" in raw else "The Verge"
    assert clean_title(raw, publisher, None) == title


def test_clean_title_uses_the_host_when_no_publisher_is_declared():
    assert clean_title("Remotasks leaves Kenya | TechCrunch", None,
                       "https://techcrunch.com/2024/03/x") == "Remotasks leaves Kenya"


def headline_page(headline: str, og: str, title: str, meta_title: str | None = None) -> bytes:
    ld = json.dumps({"@type": "NewsArticle", "headline": headline})
    extra = f'<meta name="title" content="{html.escape(meta_title)}">' if meta_title else ""
    return (f'<html><head><title>{html.escape(title)} | The Verge</title>'
            f'<meta property="og:title" content="{html.escape(og)}">{extra}'
            f'<script type="application/ld+json">{ld}</script></head><body><article>'
            + "<p>Annotation workers on the platform were told on Monday that the queue would close.</p>" * 4
            + "</article></body></html>").encode()


CURLY = "Raters call the \u2018quality\u2019 bonus a pay cut"
STRAIGHT = "Raters call the 'quality' bonus a pay cut"


@pytest.mark.parametrize("title, meta_title, expected", [
    # The <title> (publisher suffix stripped) settles which typography is the page's own.
    (CURLY, None, CURLY),
    (STRAIGHT, None, STRAIGHT),
    # A <title> with other words says nothing; <meta name="title"> then decides, in its own form.
    ("Raters protest a new bonus", "Raters call the \u2018quality\u2019 bonus a pay cut", CURLY),
    ("Raters protest a new bonus", "Raters call the \u2018quality' bonus a pay cut",
     "Raters call the \u2018quality' bonus a pay cut"),
    # No third declaration with the same words: og:title.
    ("Raters protest a new bonus", None, STRAIGHT),
])
def test_headlines_differing_in_quote_marks_take_the_form_the_page_title_uses(title, meta_title, expected):
    page = headline_page(headline=CURLY, og=STRAIGHT, title=title, meta_title=meta_title)
    assert extract_article(page, url="https://www.theverge.com/x").title == expected


def test_placeholder_date_is_no_date():
    # CMSs write "0001-01-01" for an empty date field; the next declared date is used instead.
    assert normalise_date("0001-01-01T00:00:00") is None
    page = (b'<html><head><meta property="article:published_time" content="2024-05-06T10:00:00Z">'
            b'<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Short note",'
            b' "datePublished": "0001-01-01T00:00:00"}</script></head><body><article>'
            + b"<p>Annotation workers on the platform were told on Monday that the queue would close.</p>" * 4
            + b"</article></body></html>")
    assert extract_article(page).published == "2024-05-06"


@pytest.mark.parametrize("raw, day", [
    ("2024-03-14T06:30:00+03:00", "2024-03-14"),
    ("2024-03-14", "2024-03-14"),
    ("March 14, 2024", "2024-03-14"),
    ("14 March 2024 10:00 GMT", "2024-03-14"),
    ("Thu, 14 Mar 2024 06:30:00 +0000", "2024-03-14"),
    ("1710397800", "2024-03-14"),
    ("2024/03/14", "2024-03-14"),
    ("not a date", None),
    ("2024-02-30", None),
    ("", None),
])
def test_normalise_date(raw, day):
    assert normalise_date(raw) == day


# ------------------------------------------------------------------ encodings

LATIN_PAGE = ("<html><head><title>Société générale des données</title></head><body><article>"
              "<h1>Société générale des données</h1>"
              + "<p>Les annotateurs à Madagascar ont reçu une prime de fin d'année, a déclaré "
                "le représentant du syndicat, très satisfait de l'accord signé en décembre.</p>" * 4
              + "</article></body></html>")


def test_latin1_page_with_http_charset_keeps_its_letters():
    art = extract_article(LATIN_PAGE.encode("latin-1"), content_type="text/html; charset=iso-8859-1")
    assert art.title == "Société générale des données"
    assert "à Madagascar ont reçu une prime" in art.text


def test_latin1_page_without_any_declaration_is_detected():
    art = extract_article(LATIN_PAGE.encode("latin-1"))
    assert "à Madagascar ont reçu une prime" in art.text


def test_meta_charset_is_used_when_http_says_nothing():
    page = LATIN_PAGE.replace("<head>", '<head><meta charset="iso-8859-1">').encode("latin-1")
    assert "déclaré" in extract_article(page, content_type="text/html").text


def test_page_claiming_a_wrong_charset_still_reads_right():
    # Server says latin-1 but the bytes are UTF-8: the letters must not turn into "Ã©".
    utf8_claimed_latin = extract_article(LATIN_PAGE.encode("utf-8"), content_type="text/html; charset=iso-8859-1")
    assert "reçu" in utf8_claimed_latin.text and "Ã" not in utf8_claimed_latin.text
    # Page says UTF-8 but the bytes are latin-1.
    latin_claimed_utf8 = LATIN_PAGE.replace("<head>", '<head><meta charset="utf-8">').encode("latin-1")
    assert "reçu" in extract_article(latin_claimed_utf8).text


@pytest.mark.parametrize("codec, bom", [("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_utf16_with_bom(codec, bom):
    art = extract_article(bom + LATIN_PAGE.encode(codec))
    assert art.title == "Société générale des données"
    assert "reçu une prime" in art.text


# ------------------------------------------------------------------ PDF and plain text


def make_pdf(lines: list[str], title: str | None = None, author: str | None = None) -> bytes:
    """A minimal valid PDF with one page of text and an Info dictionary."""
    text_ops = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    info = []
    if title:
        info.append(f"/Title ({title})")
    if author:
        info.append(f"/Author ({author})")
    info.append("/CreationDate (D:20240315093000Z)")
    objects = [
        "<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(text_ops)} >>\nstream\n{text_ops}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< " + " ".join(info) + " >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def test_pdf_report_text_and_metadata():
    pdf = make_pdf(["Platform work in East Africa", "Annotators earn less than the minimum wage."],
                   title="Platform Work Report 2024", author="Jane Doe; John Roe")
    art = extract_article(pdf, url="https://ngo.example.org/report.pdf", content_type="application/pdf")
    assert art.kind == "report"
    assert art.title == "Platform Work Report 2024"
    assert art.authors == ["Jane Doe", "John Roe"]
    assert art.published == "2024-03-15"
    assert art.language == "en"
    assert "Annotators earn less than the minimum wage." in art.text


def test_pdf_detected_by_magic_and_titled_by_first_line_without_metadata():
    art = extract_article(make_pdf(["Platform work in East Africa", "Second line of the report."]))
    assert art.kind == "report"
    assert art.title == "Platform work in East Africa"


@pytest.mark.parametrize("body", [b"<html><body>Login required</body></html>", b"%PDF-1.7\ngarbage", b"%PDF-"])
def test_file_claiming_to_be_pdf_but_not_one(body):
    with pytest.raises(ExtractionError, match="^not a readable PDF: "):
        extract_article(body, content_type="application/pdf")


def test_plain_text_kept_as_is_with_first_line_as_title():
    body = "Appen cuts contractor rates\n\nContractors said rates fell by 20%.\nMore follows.\n".encode()
    art = extract_article(body, content_type="text/plain; charset=utf-8")
    assert art.title == "Appen cuts contractor rates"
    assert art.text == "Appen cuts contractor rates\n\nContractors said rates fell by 20%.\nMore follows."
    assert art.kind == "article"


def test_plain_text_with_long_first_line_has_no_title():
    body = ("word " * 100).encode()
    assert extract_article(body, content_type="text/plain").title is None


# ------------------------------------------------------------------ hostile input


def assert_one_line_error(body: bytes, **kwargs) -> str:
    with pytest.raises(ExtractionError) as info:
        extract_article(body, **kwargs)
    message = str(info.value)
    assert message and "\n" not in message
    return message


def test_empty_and_blank_documents():
    assert assert_one_line_error(b"") == "empty document"
    assert assert_one_line_error(b"  \n\t ") == "empty document"


def test_random_bytes():
    rng = random.Random(1)
    for size in (1, 17, 5000, 200_000):
        body = bytes(rng.getrandbits(8) for _ in range(size))
        try:
            extract_article(body)
        except ExtractionError:
            pass  # anything but a crash


def test_compressed_binary_is_rejected_with_a_reason():
    message = assert_one_line_error(zlib.compress(os.urandom(20_000)), content_type="application/octet-stream")
    assert "binary" in message


def test_html_without_any_text():
    assert assert_one_line_error(b"<html><head></head><body><div></div></body></html>") == \
        "no article text found on the page"


def test_deeply_nested_divs_do_not_crash_or_hang():
    body = b"<html><body>" + b"<div>" * 50_000 + b"<p>deep</p>" + b"</div>" * 50_000 + b"</body></html>"
    started = time.monotonic()
    try:
        extract_article(body)
    except ExtractionError:
        pass
    assert time.monotonic() - started < 10


def test_ten_megabyte_page_is_read_quickly():
    paragraph = "<p>" + "Workers on the platform reported late payments again this month. " * 20 + "</p>"
    scripts = "<script>var x = '" + "a" * 100_000 + "';</script>"
    body = ("<html><head><title>Huge page</title></head><body>" + scripts * 20 + "<article>"
            + paragraph * 7_000 + "</article></body></html>").encode()
    assert len(body) > 10_000_000
    started = time.monotonic()
    art = extract_article(body)
    assert time.monotonic() - started < 8
    assert art.title == "Huge page"
    assert "late payments" in art.text


def test_wrong_argument_type_is_an_extraction_error():
    with pytest.raises(ExtractionError):
        extract_article(12345)  # type: ignore[arg-type]


def test_huge_page_of_unclosed_script_tags_stays_fast():
    body = b"<html><body>" + b"<script>" * 1_500_000 + b"<p>text</p></body></html>"
    started = time.monotonic()
    try:
        extract_article(body)
    except ExtractionError:
        pass
    assert time.monotonic() - started < 5


def test_absurdly_nested_json_ld_is_ignored_not_fatal():
    nested = "[" * 100_000 + "]" * 100_000
    page = fixture("meta_tags_article.html").replace(
        b"</head>", f'<script type="application/ld+json">{nested}</script></head>'.encode())
    assert extract_article(page).title == "Data workers in Manila form a union"


def test_pdf_link_serving_an_html_page_is_read_as_html():
    art = extract_article(fixture("meta_tags_article.html"), url="https://example.org/report.pdf")
    assert art.kind == "article"
    assert art.title == "Data workers in Manila form a union"


def test_page_with_hundreds_of_thousands_of_paragraphs_is_capped():
    body = b"<html><body><article>" + b"<p>Remotasks paid workers late this month. </p>" * 300_000 \
        + b"</article></body></html>"
    started = time.monotonic()
    art = extract_article(body, content_type="text/html")
    assert time.monotonic() - started < 8
    assert art.text.startswith("Remotasks paid workers late this month.")


def test_article_after_megabytes_of_inline_script_is_still_found():
    body = ("<html><head><title>Late pay</title></head><body><script>" + "x" * 12_000_000
            + "</script><article>"
            + "<p>Appen workers reported that payments arrived late again this month, the union said.</p>" * 5
            + "</article></body></html>").encode()
    assert "payments arrived late" in extract_article(body).text


def test_bare_text_served_as_html_is_read_as_text():
    art = extract_article(b"Short note about Appen.\nSecond line.", content_type="text/html")
    assert art.title == "Short note about Appen."
    assert art.text == "Short note about Appen.\nSecond line."


def test_pdf_header_after_junk_is_found_but_html_quoting_it_is_a_page():
    assert extract_article(b"\r\n  " + make_pdf(["Report on platform work"])).kind == "report"
    page = b"<html><head><title>%PDF-1.7 explained</title></head><body><article>" \
        + b"<p>A PDF file starts with a header that names its version, for example one point seven.</p>" * 3 \
        + b"</article></body></html>"
    assert extract_article(page).kind == "article"
