#!/usr/bin/env python3
"""Write the sample site's PDF report with a minimal PDF writer (standard library only).

    python data/sample_site/tools/make_report_pdf.py

Produces meridian-review/reports/2025/fair-data-work-labour-standards.pdf: a short NGO-style
report about labour standards in AI data work, set in Helvetica with plain text operators so
that pypdf (and so extract/article.py) can read its text back. Deterministic output: no clock.
The facts it summarises come from the sources listed in ../PROVENANCE.md.
"""
from __future__ import annotations

import textwrap
from pathlib import Path

OUT = (Path(__file__).resolve().parent.parent / "meridian-review" / "reports" / "2025"
       / "fair-data-work-labour-standards.pdf")
TITLE = "Fair data work? Labour standards in the AI data supply chain"
AUTHOR = "Meridian Labour Review research desk"
DATE = "D:20250318090000Z"

# (style, text): "h1" title, "h2" heading, "p" paragraph, "meta" small line, "li" bullet.
CONTENT = [
    ("h1", TITLE),
    ("meta", "A briefing by the Meridian Labour Review research desk. Published 18 March 2025."),
    ("h2", "Summary"),
    ("p", "Artificial intelligence systems are trained and checked by people. Data labellers tag "
          "images and text, content moderators remove harmful material, and a growing number of "
          "writers and experts rank and correct the answers of chatbots. Much of this work is "
          "bought by a handful of technology companies and delivered through platforms and "
          "outsourcing firms, often from Kenya, the Philippines, India and Latin America. This "
          "briefing brings together what public reporting, court records and independent ratings "
          "show about the conditions of that work, and sets out the minimum standards that buyers "
          "of AI training data should require."),
    ("h2", "1. Who does the work"),
    ("p", "Two models dominate. In the first, outsourcing companies such as Sama, TaskUs and "
          "TELUS Digital employ staff in offices and assign them to a client's project. In the "
          "second, crowd platforms such as Remotasks and Outlier (both owned by Scale AI), "
          "Amazon Mechanical Turk, Toloka and DataAnnotation pay freelancers per task or per "
          "hour. Remotasks has said it has more than 240,000 taskers; informal government "
          "estimates put the number of people doing online crowd work in the Philippines alone "
          "at more than 2 million."),
    ("h2", "2. What the record shows"),
    ("li", "Pay. TIME reported in January 2023 that Kenyan workers labelling harmful text for "
           "OpenAI through Sama took home between about US$1.32 and US$2 an hour, while OpenAI "
           "paid Sama US$12.50 an hour per worker. In the Philippines, where the minimum wage "
           "ranges from US$6 to US$10 a day, The Washington Post found Remotasks workers who "
           "were paid 30 cents for a task expected to pay US$2."),
    ("li", "Payment. Of 36 Filipino Remotasks workers interviewed by the Post in 2023, all but "
           "two had had payments delayed, reduced or cancelled. In Kenya, the Data Labelers "
           "Association, launched in February 2025 with 339 members in its first week, has "
           "published screenshots of workers paid nothing for around 20 hours of work."),
    ("li", "Access. In March 2024 Remotasks stopped serving workers in Kenya, Nigeria and "
           "Pakistan with little or no notice and blocked new sign-ups in Thailand, India, Poland "
           "and Vietnam. Workers were told only that the service was unavailable in their "
           "location."),
    ("li", "Health. In December 2024, medical reports filed in a Nairobi court said that more "
           "than 140 former Facebook content moderators employed through Sama had been "
           "diagnosed with post-traumatic stress disorder."),
    ("li", "Representation. Moderators and data workers in Nairobi voted in May 2023 to form the "
           "African Content Moderators Union. In May 2024, 97 Kenyan data labellers and "
           "moderators wrote to the US president describing their conditions as modern day "
           "slavery."),
    ("h2", "3. A yardstick"),
    ("p", "The Fairwork project at the Oxford Internet Institute rates platforms against five "
          "principles: fair pay, fair conditions, fair contracts, fair management and fair "
          "representation. In its 2023 cloudwork ratings it gave Remotasks 1 point out of 10, "
          "failing it on the ability to pay workers in full. The principles are a practical "
          "checklist for any buyer of data work, because each point requires evidence rather "
          "than a policy statement."),
    ("h2", "4. Recommendations"),
    ("li", "Buyers should publish the platforms and contractors they use for data work and "
           "require an hourly pay floor at or above the local living wage, measured on the time "
           "tasks actually take, including training and reading guidelines."),
    ("li", "Platforms should pay for all accepted work within a fixed period, explain every "
           "rejection and deactivation, and offer an appeal to a human reviewer."),
    ("li", "Any decision to stop serving a country should come with at least 30 days' notice and "
           "payment of all outstanding earnings."),
    ("li", "Moderation and other work with harmful material should come with clinical "
           "psychological support during and after employment, paid for by the client."),
    ("li", "Workers should be free to organise. Associations such as the Data Labelers "
           "Association and the African Content Moderators Union should be recognised as "
           "partners in setting these standards."),
    ("h2", "Sources"),
    ("p", "TIME, 18 January 2023; The Washington Post, 28 August 2023; Rest of World and "
          "Network World, March 2024; Foxglove, open letter of 22 May 2024; The Guardian, "
          "18 December 2024; Data Workers' Inquiry and Computer Weekly, February 2025; Fairwork "
          "cloudwork ratings 2023. Full references are listed in the sample site's provenance "
          "file."),
]

PAGE_W, PAGE_H, MARGIN = 595, 842, 64  # A4 in points
STYLES = {"h1": ("F2", 17, 22, 62), "h2": ("F2", 12.5, 18, 80), "p": ("F1", 10.5, 14.5, 96),
          "li": ("F1", 10.5, 14.5, 92), "meta": ("F3", 9.5, 14, 100)}


def pdf_string(text: str) -> str:
    text = text.encode("latin-1", "replace").decode("latin-1")
    return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def layout() -> list[list[tuple[str, float, float, float, str]]]:
    """Lines as (font, size, x, y, text), split into pages."""
    pages, lines, y = [], [], PAGE_H - MARGIN
    for style, text in CONTENT:
        font, size, leading, width = STYLES[style]
        indent = 14 if style == "li" else 0
        wrapped = textwrap.wrap(text, width)
        space_before = {"h1": 0, "h2": 12, "p": 4, "li": 4, "meta": 2}[style]
        if y - space_before - leading * min(len(wrapped), 3) < MARGIN:
            pages.append(lines)
            lines, y = [], PAGE_H - MARGIN
        y -= space_before
        for i, line in enumerate(wrapped):
            if y - leading < MARGIN:
                pages.append(lines)
                lines, y = [], PAGE_H - MARGIN
            y -= leading
            if style == "li" and i == 0:
                lines.append((font, size, MARGIN, y, "-"))
            lines.append((font, size, MARGIN + indent, y, line))
    pages.append(lines)
    return pages


def build_pdf() -> bytes:
    pages = layout()
    objects: list[bytes] = []  # object i is number i + 1

    def add(body: str | bytes) -> int:
        objects.append(body.encode("latin-1") if isinstance(body, str) else body)
        return len(objects)

    catalog = add("")  # placeholder, filled once the page tree number is known
    fonts = {name: add(f"<< /Type /Font /Subtype /Type1 /BaseFont /{base} "
                       "/Encoding /WinAnsiEncoding >>")
             for name, base in (("F1", "Helvetica"), ("F2", "Helvetica-Bold"),
                                ("F3", "Helvetica-Oblique"))}
    tree = add("")
    font_dict = " ".join(f"/{name} {num} 0 R" for name, num in fonts.items())
    kids = []
    total = len(pages)
    for number, lines in enumerate(pages, 1):
        ops = ["BT"]
        for font, size, x, y, text in lines:
            ops.append(f"/{font} {size} Tf 1 0 0 1 {x:.1f} {y:.1f} Tm {pdf_string(text)} Tj")
        ops.append(f"/F3 8.5 Tf 1 0 0 1 {MARGIN} 36 Tm "
                   f"{pdf_string(f'Meridian Labour Review - page {number} of {total}')} Tj")
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1", "replace")
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}] "
                        f"/Resources << /Font << {font_dict} >> >> /Contents {content} 0 R >>"))
    objects[tree - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                         f"/Count {len(kids)} >>").encode("latin-1")
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {tree} 0 R >>".encode("latin-1")
    info = add(f"<< /Title {pdf_string(TITLE)} /Author {pdf_string(AUTHOR)} "
               f"/Subject {pdf_string('Labour standards in AI data work')} "
               f"/Producer (taskerwatch make_report_pdf.py) /CreationDate ({DATE}) "
               f"/ModDate ({DATE}) >>")

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, catalog, info, xref))
    return bytes(out)


if __name__ == "__main__":
    OUT.parent.mkdir(parents=True, exist_ok=True)
    data = build_pdf()
    if not OUT.exists() or OUT.read_bytes() != data:
        OUT.write_bytes(data)
    print(f"{OUT.name}: {len(data)} bytes")
