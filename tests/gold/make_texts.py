#!/usr/bin/env python3
"""Write plain-text copies of sample-site articles for the gold files: what a reader sees,
some with a few lines of page furniture (menus, share buttons, newsletter prompts) before or
after the article, like the seeds in ../../../shared/seeds. Run from anywhere; deterministic.

    python tests/gold/make_texts.py [OUT_DIR]     # default: tests/gold/texts
"""
import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent.parent / "data" / "sample_site"

# slug -> (furniture before, furniture after); None means no furniture.
CHOSEN = {
    "remotasks-kenya-discontinues-operations": (["Home › Work › Article", "Search the Ledger"], ["Morning Ledger", "Get the day's top stories in your inbox every weekday at 6am. Sign up free", "Comments (21)"]),
    "remotasks-cuts-nigeria-pakistan-blocks-signups": None,
    "openai-sama-kenya-under-two-dollars": (["Home", "News", "Courts", "Work", "Sport", "About us"], ["Share: X Facebook WhatsApp"]),
    "sama-exits-content-moderation-meta": None,
    "kenyan-tech-workers-letter-to-biden": (["Home › Politics › Article"], []),
    "data-labelers-association-launch-nairobi": None,
    "kenya-business-laws-bill-bpo-immunity": None,
    "labor-department-drops-scale-ai-probe": (["We use cookies to remember your preferences and to measure readership. Accept all Manage choices"], []),
    "scale-ai-series-f-accel-13-8-billion": (["Latest | Funding | Deals | Jobs | Legal | Reviews | Atom feed"], ["The Circuit Breaker newsletter", "One email every Friday on the week in AI money and labour. Subscribe"]),
    "meta-scale-ai-49-percent-wang": None,
    "scale-ai-lays-off-14-percent": None,
    "google-ends-appen-contract": (["MARKETS"], ["Spotted an error? Write to corrections@circuitdesk.example."]),
    "telus-digital-buyout-offer": None,
    "surge-ai-dataannotation-lawsuit": None,
    "toloka-bezos-expeditions-72-million": None,
    "taskus-san-antonio-layoffs": (["Subscriber tools  Sign in"], []),
    "mercor-series-c-10-billion": None,
    "remotasks-philippines-digital-sweatshops": (["Front page  Platforms  Legal  Organising  Policy  Research  Reports  About"], ["Share this: email · Bluesky · Mastodon", "17 reader comments"]),
    "cloudfactory-nepal-layoffs": None,
    "mechanical-turk-commission-doubles": None,
    "bien-bpo-workers-address-2025": None,
    "outlier-workers-pay-complaints": (["Platforms"], ["Support independent labour reporting", "Meridian is funded by its readers. Become a supporter or get our fortnightly bulletin."]),
}


def main():
    spec = importlib.util.spec_from_file_location("build_site", SAMPLE / "tools" / "build_site.py")
    builder = importlib.util.module_from_spec(spec)
    sys.modules["build_site"] = builder
    spec.loader.exec_module(builder)
    articles = {a.slug: a for slug, o in builder.OUTLETS.items()
                for a in builder.parse_corpus(SAMPLE / "tools" / "corpus" / f"{slug}.txt", o)}
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "texts"
    out.mkdir(parents=True, exist_ok=True)
    for slug, furniture in CHOSEN.items():
        a = articles[slug]
        before, after = furniture or ([], [])
        when = a.published
        lines = before + ["", a.title, "", a.description, "",
                          f"By {a.author}", f"{when:%B} {when.day}, {when:%Y}", ""]
        lines += [p + "\n" for p in a.paragraphs]
        lines += after
        (out / f"{slug}.txt").write_text("\n".join(lines).strip() + "\n", encoding="utf-8")
        print(slug, a.date.isoformat(), a.url)


if __name__ == "__main__":
    main()
