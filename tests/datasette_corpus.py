"""A small, realistic taskerwatch database for the Datasette tests (not a pytest file).

Written through pipeline.db the way the pipeline writes: upsert_article, then
replace_findings with extract.schema Findings. Stories are modelled on real reporting about
Remotasks, Scale AI, Sama, Appen, Toloka and Outlier; one title carries a <script> tag so
the tests can check it is escaped.
"""
from __future__ import annotations

from pathlib import Path

from extract.schema import Company, Country, Event, Figure, Findings
from pipeline.db import (open_db, refresh_event_rollups, replace_findings, upsert_article,
                         upsert_page)

VERSION = "test-1"
XSS_TITLE = "<script>alert(1)</script> Appen taskers say payments are late"

COMPANIES = {
    "Scale AI": Company("Scale AI", "platform"),
    "Remotasks": Company("Remotasks", "platform", "Scale AI"),
    "Outlier": Company("Outlier", "platform", "Scale AI"),
    "Sama": Company("Sama", "contractor"),
    "Meta": Company("Meta", "client"),
    "Appen": Company("Appen", "platform"),
    "Toloka": Company("Toloka", "platform"),
    "Accel": Company("Accel", "investor"),
    "Fairwork": Company("Fairwork", "research"),
    "U.S. Department of Labor": Company("U.S. Department of Labor", "government"),
}
COUNTRY_NAMES = {"NG": "Nigeria", "KE": "Kenya", "PK": "Pakistan", "PH": "Philippines",
                 "IN": "India", "PL": "Poland", "VN": "Vietnam", "VE": "Venezuela",
                 "US": "United States"}


def money(value, text, sentence, *, per=None, low=None, high=None, unit="USD", approx=False):
    return Figure("money", value, low, high, unit, per, approx, text, sentence)


def count(value, text, sentence, unit="workers", approx=False):
    return Figure("count", value, None, None, unit, None, approx, text, sentence)


def story(url, title, published, publisher, text, events, *, language="en", kind="article",
          extra_figures=(), companies=(), countries=()):
    names = {e.company for e in events if e.company} | set(companies)
    codes = list(dict.fromkeys([c for e in events for c in e.countries] + list(countries)))
    findings = Findings(
        companies=[COMPANIES[n] for n in sorted(names)],
        countries=[Country(c, COUNTRY_NAMES[c], 2) for c in codes],
        events=events, figures=list(extra_figures))
    article = {"url": url, "title": title, "published": published, "publisher": publisher,
               "language": language, "kind": kind, "text": text, "description": text[:140],
               "source": publisher.lower().replace(" ", "_"), "relevance": 0.9,
               "authors": ["Staff reporter"], "extractor_version": "trafilatura-2"}
    return article, findings


def stories() -> list[tuple[dict, Findings]]:
    s1 = "Remotasks cut access for workers in Nigeria, Kenya and Pakistan on March 8."
    s1b = "Some taskers said they were not paid for work they had already completed."
    s2 = "Rates fell from $10 a task to less than 1 cent, taskers in the Philippines said."
    s2b = "Workers in Cagayan de Oro earned $6 to $10 a day on Remotasks."
    s2c = "Payments were delayed, reduced or cancelled without explanation."
    s3 = "Scale AI raised $1 billion in a round led by Accel at a $13.8 billion valuation."
    s4 = "Sama laid off 200 content moderators in Nairobi after ending its Meta contract."
    s5 = "A Kenyan court ruled that Meta can be sued in Kenya by moderators employed through Sama."
    s6 = "More than 150 workers formed the African Content Moderators Union in Nairobi."
    s7 = "Appen taskers in the Philippines and the United States said payments were late."
    s7b = "Search evaluators said pay fell to $0.40 per task."
    s8 = "Toloka taskers in Venezuela say they earn about $2 per hour."
    s9 = "Fairwork scored Remotasks 1 out of 10 in its cloudwork ratings."
    s10 = "Outlier blocked new signups in India, Poland and Vietnam."
    s10b = "Outlier deactivated accounts of contributors in the United States without warning."
    s10c = "Contributors said Outlier paid $15 an hour, down from $25 an hour."
    s11 = "Remotasks has stopped serving workers in Nigeria, Kenya and Pakistan."
    s12 = "The U.S. Department of Labor is investigating Scale AI over its treatment of contractors."
    s13 = "Toloka opened its platform to workers in Kenya."
    return [
        story("https://restofworld.org/2024/remotasks-cuts-off-workers/",
              "Remotasks abruptly cuts off workers in Nigeria, Kenya and Pakistan",
              "2024-03-29", "Rest of World", f"{s1} {s1b} The company gave no reason.",
              [Event("access_cutoff", "Remotasks", ["NG", "KE", "PK"], "2024-03-08", "day",
                     s1, 0.92),
               Event("payment_delay", "Remotasks", ["NG", "KE", "PK"], "2024-03", "month",
                     s1b, 0.7)]),
        story("https://techcabal.com/2024/04/02/remotasks-exit/",
              "Remotasks exits Nigeria, Kenya and Pakistan", "2024-04-02", "TechCabal",
              f"{s11} Taskers lost their income overnight.",
              [Event("access_cutoff", "Remotasks", ["NG", "KE", "PK"], "2024-03", "month",
                     s11, 0.85)]),
        story("https://www.washingtonpost.com/world/2023/08/28/scale-ai-remotasks/",
              "Behind the AI boom, an army of overseas workers in digital sweatshops",
              "2023-08-28", "The Washington Post", f"{s2} {s2b} {s2c}",
              [Event("pay_cut", "Remotasks", ["PH"], "2023-08", "month", s2, 0.88,
                     [money(10, "$10 a task", s2, per="task"),
                      money(0.01, "less than 1 cent", s2, per="task", approx=True)]),
               Event("payment_delay", "Remotasks", ["PH"], "2023-08", "month", s2c, 0.8)],
              extra_figures=[money(6, "$6 to $10 a day", s2b, per="day", low=6, high=10)]),
        story("https://techcrunch.com/2024/05/21/scale-ai-raises-1b/",
              "Scale AI raises $1B at a $13.8B valuation", "2024-05-21", "TechCrunch",
              f"{s3} The company supplies training data to AI labs.",
              [Event("funding_round", "Scale AI", ["US"], "2024-05-21", "day", s3, 0.95,
                     [money(1e9, "$1 billion", s3), money(13.8e9, "$13.8 billion", s3)])],
              companies=["Accel"]),
        story("https://www.reuters.com/technology/sama-layoffs-2023-01-10/",
              "Sama cuts 200 moderators in Kenya as it exits Meta contract", "2023-01-10",
              "Reuters", f"{s4}",
              [Event("layoff", "Sama", ["KE"], "2023-01", "month", s4, 0.9,
                     [count(200, "200 content moderators", s4)])],
              companies=["Meta"]),
        story("https://www.reuters.com/legal/kenya-court-meta-can-be-sued-2023-06-02/",
              "Kenyan court rules Meta can be sued by moderators", "2023-06-02", "Reuters",
              f"{s5}",
              [Event("legal_action", "Meta", ["KE"], "2023-06-02", "day", s5, 0.9)],
              companies=["Sama"]),
        story("https://time.com/6275995/chatgpt-facebook-african-workers-union/",
              "150 African workers for ChatGPT, TikTok and Facebook vote to unionize",
              "2023-05-01", "Time", f"{s6}",
              [Event("worker_organising", None, ["KE"], "2023-05-01", "day", s6, 0.85,
                     [count(150, "More than 150 workers", s6, approx=True)])]),
        story("https://example-blog.net/appen-payments-late",
              XSS_TITLE, "2024-03-12", "Example Blog", f"{s7} {s7b} <b>not bold</b>",
              [Event("payment_delay", "Appen", ["PH", "US"], "2024-03", "month", s7, 0.75),
               Event("pay_cut", "Appen", ["PH", "US"], "2024-03", "month", s7b, 0.7,
                     [money(0.40, "$0.40 per task", s7b, per="task")])]),
        story("https://elpais.com/tecnologia/2024-04-15/toloka-venezuela.html",
              "Los trabajadores venezolanos que entrenan la inteligencia artificial",
              "2024-04-15", "El País", f"{s8} Muchos trabajan de noche.",
              [Event("payment_delay", "Toloka", ["VE"], "2024-04", "month", s8, 0.6)],
              language="es",
              extra_figures=[money(2, "about $2 per hour", s8, per="hour", approx=True)],
              countries=["VE"]),
        story("https://fair.work/en/ratings/cloudwork-2023/",
              "Fairwork Cloudwork Ratings 2023", "2023-07-20", "Fairwork",
              f"{s9} Appen scored higher.",
              [Event("rating_audit", "Remotasks", [], "2023-07-20", "day", s9, 0.8)],
              kind="report", companies=["Fairwork", "Appen"]),
        story("https://www.businessinsider.com/outlier-ai-signups-2025-06",
              "Outlier pauses signups in India, Poland and Vietnam", "2025-06-10",
              "Business Insider", f"{s10} {s10b} {s10c}",
              [Event("signup_block", "Outlier", ["IN", "PL", "VN"], "2025-06", "month", s10,
                     0.9),
               Event("deactivation", "Outlier", ["US"], "2025-06", "month", s10b, 0.8),
               Event("pay_cut", "Outlier", ["US"], "2025-06", "month", s10c, 0.85,
                     [money(15, "$15 an hour", s10c, per="hour"),
                      money(25, "$25 an hour", s10c, per="hour")])]),
        story("https://www.inc.com/scale-ai-labor-department-2025-03",
              "Labor Department investigates Scale AI", "2025-03-05", "Inc.",
              f"{s12}",
              [Event("government_action", "U.S. Department of Labor", ["US"], "2025-03",
                     "month", s12, 0.8)],
              companies=["Scale AI"]),
        story("https://techcabal.com/2025/06/20/toloka-kenya/",
              "Toloka opens to Kenyan taskers", "2025-06-20", "TechCabal", f"{s13}",
              [Event("expansion", "Toloka", ["KE"], "2025-06-20", "day", s13, 0.8)]),
    ]


def build_corpus(path: str | Path) -> Path:
    """Write the corpus to a fresh SQLite file at path and return the path."""
    path = Path(path)
    db = open_db(path)
    for article, findings in stories():
        article_id, _ = upsert_article(db, article)
        replace_findings(db, article_id, findings, VERSION)
        upsert_page(db, {"url": article["url"], "source": article["source"], "status": 200,
                         "content_type": "text/html",
                         "body": f"<html><title>{article['title']}</title></html>".encode()})
    refresh_event_rollups(db)  # as the process step does after writing findings
    db.conn.close()
    return path
