"""Source of the gold annotations in this folder: each gold(...) call writes one <name>.json in
the format of ../../../shared/gold (see PROVENANCE.md for conventions). Edit here, then run
`python tests/gold/write_gold.py`; the JSON files are what score.py reads."""
import json
from pathlib import Path
OUT = Path(__file__).resolve().parent
SITE = "../../data/sample_site/"
USD, KES = "USD", "KES"
def m(v, cur="USD", high=None, per=None):
    d = {"kind": "money", "value": v, "unit": cur}
    if high is not None: d["high"] = high
    if per: d["per"] = per
    return d
def c(v): return {"kind": "count", "value": v}
def p(v): return {"kind": "percent", "value": v}
def t(kind, text): return {"kind": kind, "text": text}
def ev(type_, company, countries=(), date=None):
    d = {"type": type_, "company": list(company), "countries": list(countries)}
    if date: d["date"] = date
    return d
def oev(type_, company=()):
    d = {"type": type_}
    if company: d["company"] = list(company)
    return d
REMO = ["Remotasks", "Remotask", "Scale AI", "Scale"]
SCALE = ["Scale AI", "Scale"]
META = ["Meta", "Meta Platforms", "Facebook"]
G = {}
def gold(name, file, published, note, companies, optional_companies, countries, optional_countries,
         events, optional_events, figures, optional_figures):
    G[name] = {"file": file, "published": published, "note": note,
               "companies": {"gold": companies, "optional": optional_companies},
               "countries": {"gold": countries, "optional": optional_countries},
               "events": {"gold": events, "optional": optional_events},
               "figures": {"gold": figures, "optional": optional_figures}}

gold("sample-remotasks-kenya", "texts/remotasks-kenya-discontinues-operations.txt", "2024-03-14",
     "Remotasks stops serving Kenya from March 8. Breadcrumb, search box, newsletter prompt and comment counter are page furniture. The student's earnings are given in two currencies.",
     [["Remotasks", "Remotask"], ["Scale AI", "Scale"]], [],
     ["KE"], ["US"],
     [ev("access_cutoff", REMO, ["KE"], "2024-03-08")],
     [oev("signup_block", REMO)],
     [m(284), m(45000, "KES")],
     [t("count", "thousands")])

gold("sample-remotasks-nigeria-pakistan", "texts/remotasks-cuts-nigeria-pakistan-blocks-signups.txt", "2024-04-02",
     "Cut-offs in Kenya, Nigeria and Pakistan in March; sign-ups blocked in four more countries; a funding round in talks. Rest of World is the source, not an actor.",
     [["Remotasks", "Remotask"], ["Scale AI", "Scale"], ["Accel"]],
     ["Rest of World", "Global Living Wage Coalition", "Slack"],
     ["KE", "NG", "PK", "TH", "IN", "PL", "VN"], ["US"],
     [ev("access_cutoff", REMO, ["NG", "PK", "KE"], "2024-03"),
      ev("signup_block", REMO, ["TH", "IN", "PL", "VN"], "2024"),
      ev("funding_round", ["Scale AI", "Scale", "Accel"], [], "2024")],
     [],
     [m(13000000000), p(80)],
     [c(3)])

gold("sample-openai-sama-wages", "texts/openai-sama-kenya-under-two-dollars.txt", "2023-01-19",
     "TIME's report on Sama's ChatGPT labelling contract. Low pay is not an event type; the contract ending early is. Menu and share buttons are furniture. ChatGPT is a product, not a company.",
     [["OpenAI", "Open AI"], ["Sama", "Samasource"], ["Meta", "Facebook"]], ["TIME"],
     ["KE", "UG", "IN"], ["US"],
     [ev("layoff", ["Sama", "OpenAI", "Open AI"], ["KE"], "2022-02")],
     [oev("legal_action", ["Sama", "Meta", "Facebook"])],
     [m(1.32, high=2, per="hour"), m(200000), m(12.5, per="hour"), m(1.46, high=3.74, per="hour")],
     [m(2), c(3)])

gold("sample-sama-exits-moderation", "texts/sama-exits-content-moderation-meta.txt", "2023-01-11",
     "Sama leaves content moderation; about 200 jobs go when the Meta contract ends in March. Motaung's case is a legal action of the previous year.",
     [["Sama", "Samasource"], ["Meta", "Meta Platforms", "Facebook"], ["Majorel"]], ["TIME"],
     ["KE", "UG", "LU", "ZA"], [],
     [ev("layoff", ["Sama"], ["KE"], "2023"),
      ev("legal_action", ["Sama", "Meta", "Facebook"], ["KE"], "2022")],
     [oev("expansion", ["Majorel"])],
     [c(200), p(3), m(3900000)],
     [])

gold("sample-letter-to-biden", "texts/kenyan-tech-workers-letter-to-biden.txt", "2024-05-23",
     "An open letter is a form of worker organising; it was published on Wednesday, the day before the article. Kenyans.co.ke is cited as a source.",
     [["Meta", "Facebook"], ["Scale AI", "ScaleAI"], ["OpenAI"], ["Foxglove"]],
     ["Kenyans.co.ke", "White House", "Parliament"],
     ["KE", "US", "GB"], [],
     [ev("worker_organising", [], ["KE"], "2024-05-22"),
      ev("legal_action", ["Meta", "Facebook"], ["KE"])],
     [oev("government_action")],
     [c(97), m(2, per="hour"), m(264, "KES"), c(72), c(25)],
     [])

gold("sample-data-labelers-association", "texts/data-labelers-association-launch-nairobi.txt", "2025-02-20",
     "Launch of the Data Labelers Association on February 13. Twenty hours of unpaid work is a duration, not a figure; the unpaid work itself is an unattributed payment complaint.",
     [["Data Labelers Association", "DLA", "Data Labellers Association"], ["CloudFactory"]], [],
     ["KE"], [],
     [ev("worker_organising", ["Data Labelers Association", "DLA", "Data Labellers Association"], ["KE"], "2025-02-13")],
     [oev("payment_delay")],
     [c(339), c(10)],
     [])

gold("sample-kenya-bpo-bill", "texts/kenya-business-laws-bill-bpo-immunity.txt", "2024-11-26",
     "A government bill submitted at the start of November; the Court of Appeal ruling is referred to as earlier in the year.",
     [["Meta"], ["Sama"]],
     ["Parliament", "Senate", "Court of Appeal", "Ministry of Investments, Trade and Industry", "trade ministry", "Business Laws (Amendment) Bill", "Employment Act"],
     ["KE"], [],
     [ev("government_action", [], ["KE"], "2024-11"),
      ev("legal_action", ["Meta", "Sama"], ["KE"], "2024")],
     [],
     [c(180)],
     [t("count", "thousands"), t("count", "millions")])

gold("sample-labor-department-drops-probe", "texts/labor-department-drops-scale-ai-probe.txt", "2025-05-10",
     "The investigation is closed (undated) and a rule stops being enforced on May 1; private suits are pending. The cookie banner is furniture.",
     [["Scale AI", "Scale"], ["Upwork"], ["HireArt"], ["US Department of Labor", "Department of Labor", "Labor Department", "DOL"], ["Outlier", "Outlier AI"], ["Remotasks"]],
     ["TechCrunch", "White House"],
     ["US"], [],
     [ev("government_action", ["US Department of Labor", "Department of Labor", "Labor Department", "DOL", "Scale AI", "Scale"], ["US"]),
      ev("government_action", ["US Department of Labor", "Department of Labor", "Labor Department", "DOL"], ["US"], "2025-05-01"),
      ev("legal_action", ["Scale AI", "Scale"], ["US"])],
     [oev("government_action")],
     [m(13800000000)],
     [])

gold("sample-scale-series-f", "texts/scale-ai-series-f-accel-13-8-billion.txt", "2024-05-22",
     "Scale AI's $1bn Series F, announced on Tuesday; many investors named. The March cut-offs are recalled. Ages and founding year are not figures. Menu and newsletter prompt are furniture.",
     [["Scale AI", "Scale"], ["Accel"], ["Amazon"], ["Meta"], ["Nvidia"], ["Index Ventures"], ["Founders Fund"], ["Coatue"], ["Thrive Capital"], ["Greenoaks"], ["Wellington Management"], ["Y Combinator"], ["Intel", "Intel Capital"], ["AMD", "AMD Ventures"], ["Cisco", "Cisco Investments"], ["Remotasks"], ["Outlier"], ["Surge AI"], ["OpenAI"], ["Microsoft"], ["General Motors", "GM"], ["Toyota"]],
     ["US Department of Defense", "Department of Defense"],
     ["KE", "NG", "PK", "US"], [],
     [ev("funding_round", ["Scale AI", "Scale", "Accel"], [], "2024-05-21"),
      ev("access_cutoff", REMO, ["KE", "NG", "PK"], "2024-03"),
      ev("signup_block", REMO, [], "2024-03")],
     [oev("funding_round", ["Scale AI", "Scale"]), oev("government_action")],
     [m(1000000000), m(13800000000), m(7300000000)],
     [])

gold("sample-meta-scale-stake", "texts/meta-scale-ai-49-percent-wang.txt", "2025-06-13",
     "Meta's investment for 49% of Scale AI, confirmed on Thursday; the WhatsApp purchase of 2014 is background.",
     [["Meta", "Meta Platforms"], ["Scale AI", "Scale"], ["WhatsApp"], ["Google"], ["OpenAI"], ["Outlier"], ["Remotasks"]],
     ["Uber", "MIT", "Massachusetts Institute of Technology"],
     ["US"], [],
     [ev("funding_round", ["Scale AI", "Scale", "Meta", "Meta Platforms"], [], "2025-06-12")],
     [oev("acquisition", ["Meta", "Meta Platforms", "Scale AI", "Scale"])],
     [m(14300000000), p(49), m(29000000000), m(19000000000)],
     [])

gold("sample-scale-layoffs", "texts/scale-ai-lays-off-14-percent.txt", "2025-07-17",
     "Scale AI cuts about 200 staff (14%) and 500 contractors, announced in a memo on Wednesday; Meta's June investment is recalled. No country is named.",
     [["Scale AI", "Scale"], ["Meta"], ["Google"], ["OpenAI"], ["Outlier"], ["Remotasks"]],
     ["Bloomberg"],
     [], ["US"],
     [ev("layoff", ["Scale AI", "Scale"], [], "2025-07-16"),
      ev("funding_round", ["Scale AI", "Scale", "Meta"], [], "2025-06")],
     [oev("acquisition", ["Meta", "Scale AI", "Scale"])],
     [c(200), p(14), c(500), c(1400), m(14300000000)],
     [c(16), c(5)])

gold("sample-google-ends-appen", "texts/google-ends-appen-contract.txt", "2024-01-22",
     "Google ends its contract with Appen (work stops by March 19); figures in US and Australian dollars; a capital raising in November 2023. The section label and corrections line are furniture.",
     [["Appen"], ["Google"]],
     ["Australian Securities Exchange", "ASX"],
     ["AU", "US", "CN"], [],
     [ev("layoff", ["Appen", "Google"], [], "2024"),
      ev("funding_round", ["Appen"], ["AU"], "2023-11")],
     [],
     [p(41), m(82800000), p(26), m(273000000), p(30), m(20400000), m(0.27, "AUD"), m(30000000, "AUD"), m(40, "AUD")],
     [t("percent", "more than a quarter"), t("money", "several billion")])

gold("sample-telus-digital-offer", "texts/telus-digital-buyout-offer.txt", "2025-06-13",
     "TELUS proposes to buy out TELUS Digital (formerly TELUS International: one company under two names); the 2020 purchase of Lionbridge AI and the 2021 listing are background events.",
     [["TELUS", "TELUS Corporation"], ["TELUS Digital", "TELUS International"], ["Lionbridge AI", "Lionbridge"], ["Google"], ["Barclays"]],
     [],
     ["CA"], [],
     [ev("acquisition", ["TELUS", "TELUS Corporation"], [], "2025-06-12"),
      ev("acquisition", ["TELUS Digital", "TELUS International", "TELUS"], [], "2020"),
      ev("funding_round", ["TELUS Digital", "TELUS International", "TELUS"], [], "2021")],
     [],
     [m(3.4), p(15), p(23), p(92.5), p(6.1), p(57.4), m(25)],
     [])

gold("sample-surge-lawsuit", "texts/surge-ai-dataannotation-lawsuit.txt", "2025-05-22",
     "A class action against Surge AI filed on Monday, and an earlier one against Scale AI in December. No figures.",
     [["Surge AI", "Surge", "Surge Labs"], ["DataAnnotation", "DataAnnotation.tech"], ["OpenAI"], ["Meta"], ["Scale AI", "Scale"], ["Outlier"]],
     ["Clarkson Law Firm", "Clarkson", "San Francisco Superior Court"],
     ["US"], [],
     [ev("legal_action", ["Surge AI", "Surge", "Surge Labs", "DataAnnotation"], ["US"], "2025-05-19"),
      ev("legal_action", ["Scale AI", "Scale", "Outlier"], ["US"], "2024-12")],
     [oev("payment_delay", ["Surge AI", "Surge", "Surge Labs", "DataAnnotation", "Scale AI", "Scale", "Outlier"])],
     [],
     [])

gold("sample-toloka-funding", "texts/toloka-bezos-expeditions-72-million.txt", "2025-05-09",
     "Toloka raises $72m (undated); the sale of Yandex's Russian businesses completed in July 2024 is background.",
     [["Toloka"], ["Bezos Expeditions"], ["Nebius", "Nebius Group"], ["Yandex"], ["Avride"], ["TripleTen"], ["Scale AI"], ["Surge AI"], ["Mercor"]],
     ["Amazon", "Microsoft", "Bing"],
     ["RU", "UA", "NL"], [],
     [ev("funding_round", ["Toloka", "Bezos Expeditions"], []),
      ev("acquisition", ["Yandex", "Nebius", "Nebius Group"], ["RU"], "2024-07")],
     [],
     [m(72000000), m(5000000000)],
     [c(4)])

gold("sample-taskus-san-antonio", "texts/taskus-san-antonio-layoffs.txt", "2023-02-24",
     "TaskUs cuts 186 jobs in San Antonio effective Friday February 24; USAA's January layoff is another happening. The top bar is furniture.",
     [["TaskUs"], ["USAA"]],
     ["Texas Workforce Commission", "Nasdaq", "LinkedIn"],
     ["US", "PH", "IN"], [],
     [ev("layoff", ["TaskUs"], ["US"], "2023-02-24"),
      ev("layoff", ["USAA"], ["US"], "2023-01")],
     [oev("expansion", ["TaskUs"])],
     [c(186), c(500), c(40000), p(26), c(130)],
     [])

gold("sample-mercor-series-c", "texts/mercor-series-c-10-billion.txt", "2025-10-29",
     "Mercor's $350m Series C (announced this week), Meta's June investment in Scale AI, and Scale's lawsuit against Mercor. Founders' ages are not figures.",
     [["Mercor"], ["Felicis", "Felicis Ventures"], ["Benchmark"], ["General Catalyst"], ["Robinhood Ventures", "Robinhood"], ["OpenAI"], ["Meta"], ["Scale AI", "Scale"]],
     [],
     [], ["US"],
     [ev("funding_round", ["Mercor", "Felicis"], [], "2025-10"),
      ev("funding_round", ["Scale AI", "Scale", "Meta"], [], "2025-06"),
      ev("legal_action", ["Scale AI", "Scale", "Mercor"], [])],
     [oev("funding_round", ["Mercor"]), oev("acquisition", ["Meta", "Scale AI", "Scale"])],
     [m(350000000), m(10000000000), p(22), m(14300000000), p(49), m(450000000), m(75000000)],
     [t("count", "tens of thousands"), c(3)])

gold("sample-remotasks-philippines", "texts/remotasks-philippines-digital-sweatshops.txt", "2023-08-30",
     "A summary of the Washington Post investigation: late and cut payments, a 2021 pay collapse and expansion, deactivations, and the 2023 Fairwork score. The score out of ten and the comment counter are not figures.",
     [["Remotasks", "Remotask"], ["Scale AI", "Scale"], ["Smart Ecosystem Philippines", "SEPI"]],
     ["The Washington Post", "Washington Post", "Post", "Oxford Internet Institute", "Fairwork"],
     ["PH", "IN", "VE"], [],
     [ev("payment_delay", REMO, ["PH"]),
      ev("pay_cut", REMO, ["PH"], "2021"),
      ev("deactivation", REMO, ["PH"]),
      ev("expansion", REMO, ["IN", "VE"], "2021"),
      ev("rating_audit", REMO + ["Oxford Internet Institute", "Fairwork"], [], "2023")],
     [oev("expansion", ["Scale AI", "Scale", "Smart Ecosystem Philippines", "SEPI"]), oev("funding_round", ["Scale AI", "Scale"])],
     [c(36), m(6, high=10, per="day"), c(10000), m(7000000000), m(2), m(0.3), m(10, per="task"), m(0.01), c(2000000)],
     [c(1), c(10), c(2)])

gold("sample-cloudfactory-nepal", "texts/cloudfactory-nepal-layoffs.txt", "2023-04-18",
     "Two rounds of layoffs (November 2022 and about four months later), two funding rounds (2012, 2019), an acquisition and an expansion. The Slack video is a product mention.",
     [["CloudFactory"], ["Hasty"]],
     ["Rest of World", "Slack"],
     ["NP", "KE", "GB", "DE"], [],
     [ev("layoff", ["CloudFactory"], ["NP"], "2022-11"),
      ev("layoff", ["CloudFactory"], ["NP"], "2023"),
      ev("funding_round", ["CloudFactory"], [], "2012"),
      ev("funding_round", ["CloudFactory"], [], "2019"),
      ev("acquisition", ["CloudFactory"], []),
      ev("expansion", ["CloudFactory"], ["KE", "GB"])],
     [],
     [m(700000), c(1000000), c(325), c(4000), m(65000000), c(15000)],
     [t("count", "dozens")])

gold("sample-mturk-commission", "texts/mechanical-turk-commission-doubles.txt", "2015-06-24",
     "Amazon raises its Mechanical Turk commission. A fee rise for requesters is not clearly a pay cut for workers, so no event is required. No country is named.",
     [["Amazon"], ["Amazon Mechanical Turk", "Mechanical Turk", "MTurk"]],
     ["Turkopticon"],
     [], ["US"],
     [],
     [oev("pay_cut", ["Amazon", "Amazon Mechanical Turk", "Mechanical Turk"]), oev("worker_organising")],
     [p(20), p(10), p(40), m(0.01)],
     [c(10), t("money", "few cents"), t("count", "hundreds")])

gold("sample-bien-workers-address", "texts/bien-bpo-workers-address-2025.txt", "2025-07-27",
     "A Philippine BPO workers' network holds an address on Saturday and gathers petition signatures; money in pesos and dollars.",
     [["BPO Industry Employees Network", "BIEN", "BIEN Philippines"], ["TaskUs"], ["TELUS Digital", "TELUS International"]],
     ["Department of Labor and Employment", "DOLE", "Congress"],
     ["PH"], [],
     [ev("worker_organising", ["BPO Industry Employees Network", "BIEN", "BIEN Philippines"], ["PH"], "2025-07-26"),
      ev("worker_organising", ["BPO Industry Employees Network", "BIEN", "BIEN Philippines"], ["PH"])],
     [oev("government_action")],
     [m(36000, "PHP", per="month"), m(1200, "PHP", per="day"), m(38000000000), p(8.2), c(1820000), m(50, "PHP")],
     [t("count", "thousands")])

gold("sample-outlier-pay-complaints", "texts/outlier-workers-pay-complaints.txt", "2024-08-29",
     "Outlier contractors report unpaid and late pay; a cancelled Remotasks project left a Philadelphia tasker owed $25,000; earlier Philippine complaints and the 2023 Fairwork score are recalled. Supporter prompt is furniture.",
     [["Outlier", "Outlier AI"], ["Scale AI", "Scale"], ["Remotasks"]],
     ["Inc.", "Inc", "LinkedIn", "Slack", "The Washington Post", "Washington Post", "Oxford Internet Institute", "Fairwork"],
     ["US", "PH"], [],
     [ev("payment_delay", ["Outlier", "Outlier AI", "Scale AI", "Scale"], []),
      ev("payment_delay", REMO, ["US"]),
      ev("payment_delay", REMO, ["PH"], "2023"),
      ev("rating_audit", REMO + ["Oxford Internet Institute", "Fairwork"], [], "2023")],
     [oev("deactivation", REMO), oev("layoff", REMO)],
     [m(40, per="hour"), m(25000)],
     [c(1), c(10)])

gold("sample-html-scale-google-docs", SITE + "harbour-ledger/news/2025/06/scale-ai-public-google-docs-script-alert.html", "2025-06-25",
     "The HTML page itself. Its title holds a literal <script>alert(1)</script> as escaped text. Only Meta's June investment is an event type; the page's menus, related stories and comment box are not the article.",
     [["Scale AI", "Scale"], ["Meta"], ["Google"], ["xAI"], ["Outlier"]],
     ["Business Insider", "Google Docs", "The Harbour Ledger"],
     [], [],
     [ev("funding_round", ["Scale AI", "Scale", "Meta"], [], "2025-06")],
     [],
     [m(14300000000), p(49)],
     [c(85), t("count", "thousands")])

gold("sample-html-kenya-court-principal-employer", SITE + "meridian-review/articles/2023/kenyan-court-meta-principal-employer/index.html", "2023-06-03",
     "The HTML page itself: a Friday ruling in the moderators' case (which also bars Majorel from blacklisting them), and the March layoffs behind it. The related-reading list and support box are furniture.",
     [["Meta", "Facebook"], ["Sama"], ["Majorel"]],
     ["Foxglove", "Employment and Labour Relations Court", "Meridian Labour Review"],
     ["KE", "LU"], [],
     [ev("legal_action", ["Meta", "Facebook", "Sama"], ["KE"], "2023-06-02"),
      ev("layoff", ["Sama", "Meta"], ["KE"], "2023-03")],
     [],
     [c(184)],
     [])

gold("fresh-mercor-musen", "texts/fresh-mercor-musen-pay-cut.txt", "2025-11-13",
     "Not in the sample site. Mercor ends the Musen project on Tuesday and offers the replacement at $16 instead of $21 an hour: a project end (layoff) and a pay cut.",
     [["Mercor"], ["Meta"], ["Scale AI"]],
     [],
     [], ["US"],
     [ev("layoff", ["Mercor", "Meta"], [], "2025-11-11"),
      ev("pay_cut", ["Mercor"], [], "2025-11-11"),
      ev("funding_round", ["Scale AI", "Meta"], [], "2025-06")],
     [oev("funding_round", ["Mercor"]), oev("acquisition", ["Meta", "Scale AI"])],
     [c(5000), m(16, per="hour"), m(21, per="hour"), m(5, per="hour"), m(10000000000), c(30000), m(1500000, per="day"), p(49)],
     [])

gold("fresh-scale-series-e", "texts/fresh-scale-ai-series-e.txt", "2021-04-14",
     "Not in the sample site. Passive voice; the previous valuation is written in words (three and a half billion dollars).",
     [["Scale AI", "Scale"], ["Dragoneer Investment Group", "Dragoneer"], ["Greenoaks Capital", "Greenoaks"], ["Tiger Global", "Tiger Global Management"], ["Remotasks"], ["Toyota"], ["General Motors", "GM"]],
     ["Massachusetts Institute of Technology", "MIT", "US Department of Defense", "Department of Defense"],
     ["US"], [],
     [ev("funding_round", ["Scale AI", "Scale", "Dragoneer Investment Group", "Greenoaks Capital", "Tiger Global"], [], "2021-04-13"),
      ev("funding_round", ["Scale AI", "Scale"], [], "2020")],
     [],
     [m(7300000000), m(325000000), m(3500000000)],
     [])

gold("fresh-telus-lionbridge", "texts/fresh-telus-lionbridge-ai.txt", "2021-01-05",
     "Not in the sample site. An acquisition completed on the last day of 2020; 'more than one million' annotators written in words. The menu line is furniture.",
     [["TELUS International", "TELUS Digital"], ["TELUS"], ["Lionbridge AI"], ["Lionbridge"]],
     [],
     ["CA"], [],
     [ev("acquisition", ["TELUS International", "TELUS Digital", "TELUS", "Lionbridge AI", "Lionbridge"], [], "2020-12-31")],
     [],
     [m(935000000), c(1000000)],
     [t("count", "tens of thousands"), t("count", "hundreds")])

for name, data in G.items():
    (OUT / f"{name}.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    assert (OUT / data["file"]).resolve().exists(), data["file"]
print(len(G), "gold files")
