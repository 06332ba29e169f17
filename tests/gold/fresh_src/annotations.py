"""Hand annotations of the fresh-NN texts, written out as gold JSON by write_fresh_gold.py.
Kept as Python so the twenty files stay short to review; the JSON files are what score.py reads."""

def M(v, cur, high=None, per=None):
    f = {"kind": "money", "value": v, "unit": cur}
    if high is not None: f["high"] = high
    if per: f["per"] = per
    return f

def P(v): return {"kind": "percent", "value": v}

def C(v, high=None, unit=None):
    f = {"kind": "count", "value": v}
    if high is not None: f["high"] = high
    if unit: f["unit"] = unit
    return f

def E(t, company, countries=(), date=None):
    e = {"type": t, "company": list(company), "countries": list(countries)}
    if date: e["date"] = date
    return e

def O(t, company=()):
    e = {"type": t}
    if company: e["company"] = list(company)
    return e

SCALE = ["Scale AI", "Scale"]
APPEN = ["Appen"]
GOOGLE = ["Google", "Alphabet"]
AWU = ["Alphabet Workers Union", "Alphabet Workers Union-CWA", "AWU", "AWU-CWA"]
META = ["Meta", "Meta Platforms", "Facebook"]
DOL = ["US Department of Labor", "U.S. Department of Labor", "Department of Labor", "Labor Department", "DOL"]

FILES = {
"fresh-01-appen-google-contract-wire": dict(
  published="2024-01-22",
  note="Wire copy: Google ends its Appen contract (told Saturday, announced Monday, projects end 19 March, so the date is the common prefix 2024); the November A$30 million raise is recalled. AUD figures in cents and dollars; the menu and newsletter lines are furniture.",
  companies=([APPEN, GOOGLE, AWU], ["Australian Securities Exchange", "ASX", "S&P/ASX 200", "Southern Cross Wire", "Bard"]),
  countries=(["US", "CA", "AU"], []),
  events=([E("layoff", APPEN + GOOGLE, ["US", "CA"], "2024"),
           E("funding_round", APPEN, [], "2023-11")],
          [O("worker_organising", AWU)]),
  figures=([M(82800000, "USD"), M(125000000, "AUD"), M(273000000, "USD"), P(26), P(30), M(20400000, "USD"),
            P(41), M(0.27, "AUD"), M(0.55, "AUD"), M(30000000, "AUD"), M(42, "AUD"), M(5000000000, "AUD"),
            C(1000000), C(2000)],
           [{"kind": "count", "value": 200}]),
),
"fresh-02-globallogic-google-raters-layoffs": dict(
  published="2025-09-16",
  note="Long-form feature: GlobalLogic lays off 200+ Google raters last month (2025-08); organising with the union earlier this year; NLRB complaints (undated). Wired is a cited source; byline, photo credit and Related line are furniture.",
  companies=([["GlobalLogic"], GOOGLE, AWU], ["Hitachi", "Wired", "National Labor Relations Board", "NLRB", "The Long Read", "Gemini", "AI Overviews"]),
  countries=(["US"], []),
  events=([E("layoff", ["GlobalLogic", "Google", "Alphabet", "Hitachi"], ["US"], "2025-08"),
           E("worker_organising", AWU + ["GlobalLogic", "Google"], ["US"], "2025"),
           E("legal_action", ["GlobalLogic", "Google", "National Labor Relations Board", "NLRB"], ["US"])],
          []),
  figures=([C(200), M(28, "USD", 32, "hour"), M(18, "USD", 22, "hour")], []),
),
"fresh-03-dataannotation-deactivations-blog": dict(
  published="2025-06-10",
  note="Tech blog on DataAnnotation (Surge AI) account removals; the lawsuit 'last month' is 2025-05. Mercor and Prolific are only named as alternatives. Menu, newsletter and tags are furniture.",
  companies=([["DataAnnotation", "DataAnnotation.tech"], ["Surge AI", "Surge"], SCALE, ["Outlier"]], ["Mercor", "Prolific", "Side Hustle Lab"]),
  countries=(["US"], []),
  events=([E("deactivation", ["DataAnnotation", "DataAnnotation.tech", "Surge AI", "Surge"]),
           E("legal_action", ["Surge AI", "Surge", "DataAnnotation"], ["US"], "2025-05")],
          [O("legal_action", SCALE + ["Outlier"]), O("payment_delay", ["DataAnnotation", "Surge AI", "Surge"])]),
  figures=([M(20, "USD", per="hour")], []),
),
"fresh-04-turing-mercor-coding-data": dict(
  published="2025-06-20",
  note="Business story on coding-data suppliers: Turing's Series E 'earlier this year' (2025) and Mercor's February Series B led by Felicis. TechCrunch and The Information are cited sources; head-office cities only imply the US.",
  companies=([["Turing"], ["Mercor"], ["Felicis"], ["Google"], ["OpenAI"]], ["TechCrunch", "The Information"]),
  countries=([], ["US"]),
  events=([E("funding_round", ["Turing"], [], "2025"),
           E("funding_round", ["Mercor", "Felicis"], [], "2025-02")], []),
  figures=([M(111000000, "USD"), M(2200000000, "USD"), C(500, 1000), M(100000000, "USD"), M(2000000000, "USD")],
           [{"kind": "count", "value": 3}]),
),
"fresh-05-appen-raters-reinstated": dict(
  published="2023-06-24",
  note="Union-bulletin style: six Appen raters fired on 31 May, NLRB charges on 14 June, reinstated on Friday (no event type). The earlier raise campaign is undated. 'Six' is a small number in words, optional.",
  companies=([APPEN, ["Google"], AWU], ["National Labor Relations Board", "NLRB", "Congress", "Workers' Voice Bulletin", "Bard"]),
  countries=([], ["US"]),
  events=([E("layoff", ["Appen", "Google"], [], "2023-05-31"),
           E("legal_action", ["Appen", "National Labor Relations Board", "NLRB"] + AWU, [], "2023-06-14"),
           E("worker_organising", AWU + ["Appen"])],
          [O("deactivation", ["Appen", "Google"])]),
  figures=([M(14, "USD", per="hour"), M(14.5, "USD"), M(15, "USD")], [{"kind": "count", "value": 6}]),
),
"fresh-06-uni-content-moderators-alliance": dict(
  published="2025-05-01",
  note="NGO press release: a global alliance of moderators' unions founded in Nairobi at the end of April. Nine countries named; 'three continents' is not a country. The 2023 union vote and the Kenyan cases are background (optional).",
  companies=([["UNI Global Union", "UNI"], ["Global Trade Union Alliance of Content Moderators"], ["Sama"], ["Teleperformance"], ["Majorel"],
              ["TELUS Digital"], META, ["TikTok"], ["ByteDance"], ["Alphabet", "Google", "YouTube"], ["African Tech Workers Rising"]],
             ["ChatGPT", "OpenAI"]),
  countries=(["KE", "GH", "TR", "PL", "CO", "PT", "MA", "TN", "PH"], []),
  events=([E("worker_organising", ["UNI Global Union", "UNI", "Global Trade Union Alliance of Content Moderators"],
             ["KE", "GH", "TR", "PL", "CO", "PT", "MA", "TN", "PH"], "2025-04")],
          [O("worker_organising"), O("legal_action", META + ["Sama"])]),
  figures=([C(150), C(20000000)], [{"kind": "count", "value": 9}]),
),
"fresh-07-fairwork-cloudwork-2023": dict(
  published="2023-07-20",
  note="Research-centre press release: one ratings release covering 15 platforms (one rating_audit event). Scores out of ten are not figures; 'Global South' is not a country; Oxford and Berlin only place the institutes.",
  companies=([["Fairwork", "Fairwork project"], ["Oxford Internet Institute"], ["WZB Berlin Social Science Center", "WZB"], ["ComeUp"], ["Prolific"],
              ["Terawork"], APPEN, ["Upwork"], ["Fiverr"], SCALE, ["Remotasks"], ["Amazon Mechanical Turk", "Mechanical Turk", "MTurk", "Amazon"]], ["University of Oxford"]),
  countries=(["PH", "KE"], ["GB", "DE"]),
  events=([E("rating_audit", ["Fairwork", "Oxford Internet Institute", "WZB Berlin Social Science Center", "Remotasks", "Scale AI", "Appen",
                               "Amazon Mechanical Turk", "Prolific", "ComeUp", "Terawork", "Upwork", "Fiverr"], [], "2023-07-20")], []),
  figures=([C(15), C(163000000)], [{"kind": "count", "value": 3}, {"kind": "count", "value": 4}]),
),
"fresh-08-motaung-meta-jurisdiction": dict(
  published="2023-02-06",
  note="Wire copy from Nairobi: Monday's jurisdiction ruling, the May 2022 petition and Sama's January exit from moderation. The 2019 dismissal is background. TIME is a cited source; photo credit is furniture.",
  companies=([META, ["Sama"]], ["TIME", "Employment and Labour Relations Court", "Lakeside News Service"]),
  countries=(["KE", "ZA", "UG"], ["US"]),
  events=([E("legal_action", META + ["Sama"], ["KE"], "2023-02-06"),
           E("legal_action", META + ["Sama"], ["KE"], "2022-05"),
           E("layoff", ["Sama", "Meta", "Facebook"], [], "2023-01")],
          [O("worker_organising"), O("deactivation", ["Sama"])]),
  figures=([M(1.5, "USD", per="hour"), P(3)], []),
),
"fresh-09-scale-outlier-trauma-suit": dict(
  published="2025-01-24",
  note="Court story: the 17 January psychological-harm suit against Scale AI/Outlier, the December misclassification suit and another one earlier this month. The May 2024 round is background (optional).",
  companies=([SCALE, ["Outlier", "Outlier AI"], ["Smart Ecosystem"], ["Remotasks"], META, ["Google"]], ["Clarkson Law Firm", "Clarkson", "U.S. District Court for the Northern District of California"]),
  countries=(["US"], []),
  events=([E("legal_action", SCALE + ["Outlier", "Smart Ecosystem", "Remotasks"], ["US"], "2025-01-17"),
           E("legal_action", SCALE + ["Outlier"], ["US"], "2024-12"),
           E("legal_action", SCALE + ["Outlier"], ["US"], "2025-01")],
          [O("funding_round", SCALE)]),
  figures=([M(13800000000, "USD"), M(1000000000, "USD")], [{"kind": "count", "value": 6}]),
),
"fresh-10-dol-scale-probe-dropped": dict(
  published="2025-05-09",
  note="Wire copy: the Labor Department closes its Scale AI inquiry (said on Friday), opened around August last year; three private suits recalled. Nairobi, Manila and Caracas are hypothetical examples (optional).",
  companies=([SCALE, DOL, ["Outlier"], ["Remotasks"]], ["Wage and Hour Division", "Capitol Ledger Wire"]),
  countries=(["US"], ["KE", "PH", "VE"]),
  events=([E("government_action", DOL + SCALE, ["US"], "2025-05-09"),
           E("government_action", DOL + SCALE, ["US"], "2024-08"),
           E("legal_action", SCALE + ["Outlier"], ["US"], "2024-12"),
           E("legal_action", SCALE + ["Outlier"], ["US"], "2025-01"),
           E("legal_action", SCALE + ["Outlier"], ["US"])],
          [O("funding_round", SCALE)]),
  figures=([M(13800000000, "USD")], [{"kind": "count", "text": "hundreds of thousands"}]),
),
"fresh-11-uber-digital-tasks": dict(
  published="2025-10-17",
  note="Tech news: Uber's US pilot of AI data tasks announced on Thursday; earlier India tasks and last year's 20-country platform; the Segments.ai purchase (undated). Meta's Scale deal is background.",
  companies=([["Uber", "Uber Technologies"], ["Uber AI Solutions"], ["Segments.ai", "Segments"], SCALE, ["Amazon Mechanical Turk", "Mechanical Turk", "Amazon"], ["Meta"]], []),
  countries=(["US", "IN", "BE"], []),
  events=([E("expansion", ["Uber", "Uber AI Solutions"], ["US"], "2025-10-16"),
           E("expansion", ["Uber", "Uber AI Solutions"], ["IN"]),
           E("expansion", ["Uber AI Solutions", "Uber"], [], "2024"),
           E("acquisition", ["Uber", "Uber AI Solutions", "Segments.ai", "Segments"])],
          [O("funding_round", SCALE + ["Meta"])]),
  figures=([M(1, "USD"), M(14000000000, "USD"), M(29000000000, "USD")], [{"kind": "count", "value": 20}]),
),
"fresh-12-cognizant-exits-moderation": dict(
  published="2019-10-31",
  note="Wire copy: Cognizant exits content moderation (about 6,000 roles, US and Hyderabad) and separately cuts 10,000-12,000 mid-level roles, both announced Wednesday. The 2017 site openings are background. The Verge and Reuters are cited sources.",
  companies=([["Cognizant", "Cognizant Technology Solutions"], ["Facebook", "Meta"]], ["The Verge", "Reuters", "Hudson Business Wire"]),
  countries=(["US", "IN"], []),
  events=([E("layoff", ["Cognizant", "Cognizant Technology Solutions", "Facebook"], ["US", "IN"], "2019-10-30"),
           E("layoff", ["Cognizant", "Cognizant Technology Solutions"], [], "2019-10-30")],
          [O("expansion", ["Cognizant"])]),
  figures=([C(6000), M(240000000, "USD", 270000000), M(5000000, "USD"), C(500), C(10000, 12000), C(5000), C(290000)], []),
),
"fresh-13-xai-annotators-laid-off": dict(
  published="2025-09-14",
  note="xAI lays off about 500 annotators by email late on Friday (2025-09-12). Vendors and rivals are only named in passing; Business Insider is the cited source; '10x' is a multiplier. Related/Share lines are furniture.",
  companies=([["xAI"]], ["Business Insider", "X", "Slack", "Grok", "Scale AI", "Surge AI", "OpenAI", "Google DeepMind", "DeepMind"]),
  countries=([], ["US"]),
  events=([E("layoff", ["xAI"], [], "2025-09-12")], [O("deactivation", ["xAI"])]),
  figures=([C(500), C(1500), C(1000)], [{"kind": "count", "text": "10x"}]),
),
"fresh-14-scale-headcount-blog": dict(
  published="2025-07-20",
  note="Newsletter post comparing Scale AI's January 2023 and July 2025 layoffs ('on Wednesday' = 2025-07-16), with the May 2024 round and Meta's June stake between. Severance weeks and months are durations.",
  companies=([SCALE, ["Meta"], ["Accel"], ["Google"], ["OpenAI"], ["Outlier"], ["Remotasks"]], ["The Datawork Digest"]),
  countries=([], []),
  events=([E("layoff", SCALE, [], "2023-01-09"),
           E("layoff", SCALE, [], "2025-07-16"),
           E("funding_round", SCALE + ["Accel"], [], "2024-05"),
           E("funding_round", SCALE + ["Meta"], [], "2025-06")],
          [O("funding_round", SCALE), O("acquisition", SCALE + ["Meta"])]),
  figures=([P(20), M(7300000000, "USD"), C(200), P(14), C(500), M(1000000000, "USD"), M(13800000000, "USD"),
            M(14300000000, "USD"), P(49), M(29000000000, "USD")],
           [{"kind": "count", "value": 16}, {"kind": "count", "value": 5}]),
),
"fresh-15-teleperformance-majorel": dict(
  published="2023-04-27",
  note="Business story: Teleperformance's EUR 3 billion bid for Majorel announced on Wednesday; the Concentrix-Webhelp merger in March. Sama's exit and the Kenyan court challenge are background (optional). 'Africa', 'East Africa' and 'European' are not countries.",
  companies=([["Teleperformance"], ["Majorel"], ["Bertelsmann"], ["Saham"], ["TikTok"], META, ["Sama"], ["Concentrix"], ["Webhelp"]], []),
  countries=(["FR", "LU", "DE", "MA", "KE", "NL"], []),
  events=([E("acquisition", ["Teleperformance", "Majorel"], [], "2023-04-26"),
           E("acquisition", ["Concentrix", "Webhelp"], [], "2023-03")],
          [O("layoff", ["Sama", "Meta", "Facebook"]), O("legal_action", ["Majorel", "Meta", "Facebook", "Sama"])]),
  figures=([M(3000000000, "EUR"), M(3300000000, "USD"), M(30, "EUR"), P(43), P(79), M(12000000000, "USD"), C(420000),
            P(13), P(38), M(4800000000, "USD")], []),
),
"fresh-16-appen-figure-eight": dict(
  published="2019-03-14",
  note="ASX deal story: Appen buys Figure Eight (announced earlier this month) and, in late 2017, Leapforce with RaterLabs. Founding years are not figures; 'Sydney-based' only places the head office.",
  companies=([APPEN, ["Figure Eight", "CrowdFlower"], ["Leapforce"], ["RaterLabs"]], ["Australian Securities Exchange", "ASX"]),
  countries=(["US"], ["AU"]),
  events=([E("acquisition", ["Appen", "Figure Eight", "CrowdFlower"], [], "2019-03"),
           E("acquisition", ["Appen", "Leapforce", "RaterLabs"], [], "2017")],
          [O("funding_round", ["Figure Eight", "CrowdFlower"])]),
  figures=([M(300000000, "USD"), M(175000000, "USD"), M(125000000, "USD"), M(58000000, "USD"), M(80000000, "USD"), M(72600000, "AUD")], []),
),
"fresh-17-sama-openai-kenya-feature": dict(
  published="2023-01-25",
  note="Feature with scene-setting: Sama's OpenAI work ended in February 2022 and its moderation exit announced this month. KES salary written 'Sh21,000'. TIME is the cited source; photo line is furniture.",
  companies=([["Sama"], ["OpenAI"], META], ["TIME"]),
  countries=(["KE", "UG"], ["US"]),
  events=([E("layoff", ["Sama", "OpenAI"], ["KE"], "2022-02"),
           E("layoff", ["Sama", "Meta", "Facebook"], [], "2023-01")], []),
  figures=([M(1.32, "USD", 2, "hour"), M(12.5, "USD", per="hour"), M(200000, "USD"), M(21000, "KES"), M(170, "USD"), P(3), C(200)],
           [{"kind": "count", "text": "tens of thousands"}]),
),
"fresh-18-remotasks-philippines-wages": dict(
  published="2023-09-05",
  note="Analysis from Manila comparing Remotasks pay with the peso minimum wage; payment problems and rate falls are undated; the Fairwork score came in July. The Washington Post is the cited source.",
  companies=([["Remotasks"], SCALE, ["Fairwork", "Fairwork project"], ["Oxford Internet Institute"]], ["Washington Post", "The Washington Post", "Post"]),
  countries=(["PH"], ["US"]),
  events=([E("payment_delay", ["Remotasks", "Scale AI", "Scale"], ["PH"]),
           E("pay_cut", ["Remotasks", "Scale AI", "Scale"], ["PH"]),
           E("rating_audit", ["Fairwork", "Fairwork project", "Oxford Internet Institute", "Remotasks", "Scale AI"], [], "2023-07")], []),
  figures=([C(36), M(610, "PHP", per="day"), C(10000), C(1700000)], []),
),
"fresh-19-meta-scale-stake-wire": dict(
  published="2025-06-13",
  note="Wire copy: Meta's 49% stake in Scale AI announced on Thursday; last year's Remotasks cut-offs and the California suits are recalled. Wang's age is not a figure.",
  companies=([META, SCALE, ["Accel"], ["Google"], ["OpenAI"], ["Outlier"], ["Remotasks"]], ["Uber", "Y Combinator", "Bayline Wire", "Llama 4"]),
  countries=(["KE", "NG", "PK", "US"], []),
  events=([E("funding_round", SCALE + ["Meta", "Meta Platforms"], [], "2025-06-12"),
           E("access_cutoff", ["Remotasks"] + SCALE, ["KE", "NG", "PK"], "2024"),
           E("legal_action", SCALE, ["US"])],
          [O("funding_round", SCALE + ["Accel"]), O("acquisition", SCALE + ["Meta"])]),
  figures=([M(14300000000, "USD"), P(49), M(29000000000, "USD"), M(13800000000, "USD")],
           [{"kind": "count", "text": "hundreds of thousands"}]),
),
"fresh-20-kenya-appeal-court-meta": dict(
  published="2024-09-21",
  note="Court story: Friday's Court of Appeal judgment, the June 2023 labour-court ruling, the March 2023 petition and Sama's March 2023 exit. 'Irish subsidiary' gives IE; 'across Africa' is not a country. The other two Kenyan cases are background.",
  companies=([META, ["Sama"], ["Majorel", "Majorel Kenya"]], ["Court of Appeal", "Employment and Labour Relations Court", "Nation Watch"]),
  countries=(["KE", "IE", "ET", "ZA"], []),
  events=([E("legal_action", META + ["Sama", "Majorel"], ["KE"], "2024-09-20"),
           E("legal_action", META + ["Sama", "Majorel"], ["KE"], "2023-06"),
           E("legal_action", META + ["Sama", "Majorel"], ["KE"], "2023-03"),
           E("layoff", ["Sama", "Meta", "Facebook"], ["KE"], "2023-03")],
          [O("legal_action", META)]),
  figures=([C(184)], []),
),
}
