"""Find money, percentages and counts of people or tasks in plain text.

`parse_figures(text)` returns `(start_char, end_char, Figure)` triples, sorted and
non-overlapping, normalised as docs/taxonomy says: money in an ISO 4217 code, ranges with
`low`/`high`, rates with `per`, vague quantities ("hundreds of thousands") at their low end
and marked approximate. Ages, years, dates, durations, versions and model names are not
figures: a bare number becomes one only with a currency, a percent sign or word, or a
counted noun (workers, people, tasks, ...). Pure Python, no spaCy: the NLP component wraps it.
It never raises on any string.
"""
from __future__ import annotations

import re
from functools import lru_cache

from extract.schema import Figure

# --- numbers ---------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
           # as local outlets write them: "Rp 2,5 juta", "R$ 5 milhões", "COP 3 millones"
           "juta": 1e6, "ribu": 1e3, "milhões": 1e6, "milhão": 1e6, "millones": 1e6, "millón": 1e6}
# Short magnitude suffixes as newsrooms write them: $5bn, €2m, 3.4 mln, $10k.
_SHORT_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9,
                 "bln": 1e9, "tn": 1e12, "tr": 1e12}

# "5.396.761": dots between groups of three, as Indonesian, Vietnamese and much of Europe write
# "2,5" and "32,10": a decimal comma, as no thousands group has fewer than three digits
# "1,45,000 jobs", "12,50,000": lakhs grouped in pairs above the thousands, as India writes
_DIGITS = (r"\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])(?:\.\d+)?"
           r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,])"
           # "70 000 people", "500 000 new jobs": thousands grouped by spaces (South Africa)
           r"|(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"
           r"|\d+(?:\.\d+)?")
_SCALE_WORD = r"(?:thousand|million|billion|trillion|lakhs?|crores?|juta|ribu|milh(?:ões|ão)|mill(?:ones|ón))"
_SCALE_SHORT = r"(?:mln|mn|mil|bln|bn|tn|tr|[kKmMbB])(?![\w])"
_NUM_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
             r"sixty|seventy|eighty|ninety|hundred)")
_WORD_NUMBER = (rf"(?:(?:an?|one|three)\s+(?:quarters?|third)\s+of\s+an?\s+{_SCALE_WORD}|a\s+quarter-{_SCALE_WORD}"
                # "a quarter of a million", "three quarters of a billion", "a quarter-million"
                # "one hundred and twenty", not "between one and two": "and" only after "hundred"
                rf"|{_NUM_WORD}(?:[\s-]+{_NUM_WORD}|(?<=hundred)\s+and\s+{_NUM_WORD})*(?:\s+{_SCALE_WORD})*"
                rf"|an?\s+(?:hundred|{_SCALE_WORD})(?:\s+{_SCALE_WORD})*"
                rf"|half\s+an?\s+{_SCALE_WORD}|an?\s+dozen|a\s+half\s+{_SCALE_WORD})")
# Vague plurals: "hundreds of thousands", "tens of millions", "dozens", "thousands".
_VAGUE = (r"(?:tens|hundreds|thousands|millions|billions|dozens|"
          r"(?:several|a\s+few)\s+(?:hundred|thousand|million|billion))"
          r"(?:\s+of\s+(?:thousands|millions|billions))?")
_VAGUE_VALUE = {"tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
                "billions": 1e9, "dozens": 12}

# --- currencies ------------------------------------------------------------------------

# Symbol or code written before the amount. Longest alternatives first.
_PREFIX_CURRENCIES = [
    # "$US14 million", "$A125 million", "$NZ5m": the Australian and New Zealand order
    (r"\\?\$US", "USD"), (r"\\?\$AU?", "AUD"), (r"\\?\$NZ", "NZD"),
    (r"US\s?\\?\$", "USD"), (r"U\.S\.\s?\\?\$", "USD"), (r"A\\?\$|AU\\?\$|AUD\s?\\?\$", "AUD"),
    (r"CAN\\?\$|Can\\?\$|CDN\\?\$|Cdn\\?\$|C\\?\$|CA\\?\$|CAD\s?\\?\$", "CAD"), (r"NZ\\?\$", "NZD"), (r"HK\\?\$", "HKD"),
    (r"S\\?\$|SG\\?\$", "SGD"), (r"J\\?\$|JA\\?\$", "JMD"), (r"TT\\?\$", "TTD"), (r"EC\\?\$", "XCD"), (r"BDS\\?\$|Bds\\?\$", "BBD"), (r"BZ\\?\$", "BZD"),
    (r"GY\\?\$|G\\?\$", "GYD"), (r"NT\\?\$", "TWD"), (r"RD\\?\$", "DOP"), (r"N\\?\$", "NAD"), (r"R\\?\$", "BRL"), (r"Mex\\?\$|MX\\?\$", "MXN"),
    (r"\\?\$", "USD"), (r"€", "EUR"), (r"£", "GBP"), (r"¥", "JPY"), (r"₹", "INR"),
    (r"₦", "NGN"), (r"₱", "PHP"), (r"₩", "KRW"), (r"₺", "TRY"), (r"₽", "RUB"), (r"₫", "VND"),
    (r"৳", "BDT"), (r"GH₵|₵|GHS", "GHS"), (r"₨|PKR", "PKR"), (r"Rs\.?|INR|Rupees?", "INR"),
    (r"KSh[s]?\.?|Ksh[s]?\.?|KES|Sh\.?", "KES"), (r"USh\.?|UGX", "UGX"), (r"TSh\.?|TZS", "TZS"),
    (r"USD", "USD"), (r"EUR", "EUR"), (r"GBP", "GBP"), (r"PHP|Php", "PHP"), (r"NGN", "NGN"),
    (r"ZAR", "ZAR"), (r"BDT|Tk\.?", "BDT"), (r"EGP|E£", "EGP"), (r"BRL", "BRL"),
    (r"MXN", "MXN"), (r"VND", "VND"), (r"IDR|Rp\.?", "IDR"), (r"MYR|RM", "MYR"),
    (r"CNY|RMB", "CNY"), (r"JPY", "JPY"), (r"CHF", "CHF"), (r"CAD", "CAD"), (r"AUD", "AUD"),
    (r"SGD", "SGD"), (r"VES|Bs\.?", "VES"), (r"COP", "COP"), (r"ARS", "ARS"), (r"PEN", "PEN"),
    (r"INR", "INR"), (r"LKR", "LKR"), (r"NPR", "NPR"), (r"ETB", "ETB"), (r"RWF", "RWF"),
    (r"MAD", "MAD"), (r"TND", "TND"), (r"TRY", "TRY"), (r"UAH", "UAH"), (r"PLN", "PLN"),
    (r"SEK", "SEK"), (r"NOK", "NOK"), (r"DKK", "DKK"), (r"CZK", "CZK"), (r"HUF", "HUF"),
    (r"RON", "RON"), (r"THB", "THB"), (r"KRW", "KRW"), (r"HKD", "HKD"), (r"NZD", "NZD"),
    (r"PKR", "PKR"), (r"GHS", "GHS"), (r"KES", "KES"),
    (r"AED|Dhs?\.?", "AED"), (r"SAR", "SAR"), (r"QAR", "QAR"),  # the Gulf's: "Dh3,500 a month" in The National
    (r"GEL", "GEL"), (r"KZT", "KZT"),  # Georgia's and Kazakhstan's: "increased by GEL 0.30"
]
# Single capital letters used as currency signs ("N50,000" naira, "R500" rand, "P400"
# pesos) are too ambiguous for small numbers: accepted only for big-looking amounts.
_LETTER_CURRENCIES = {"N": "NGN", "R": "ZAR", "P": "PHP"}
# A currency abbreviated with a full stop, its amount glued on or not: "Rs.500 crore", "Kshs. 7,000"
_ABBREVIATED_CURRENCY_RE = re.compile(r"(?<![A-Za-z])(?:Rs|KShs?|Kshs?|USh|TSh|Sh|Tk|Rp|Bs)\.$")

# Currency written after the amount. Country adjectives pick the right code.
_SUFFIX_CURRENCIES = [
    (r"(?:US|U\.S\.|American)\s+dollars?", "USD"), (r"Australian\s+dollars?", "AUD"),
    (r"Canadian\s+dollars?", "CAD"), (r"Singapore\s+dollars?", "SGD"),
    (r"New\s+Zealand\s+dollars?", "NZD"), (r"Hong\s+Kong\s+dollars?", "HKD"),
    (r"Jamaican\s+dollars?", "JMD"), (r"(?:Trinidad\s+and\s+Tobago|Trinidadian|TT)\s+dollars?", "TTD"),
    (r"Guyanese\s+dollars?", "GYD"), (r"(?:East\s+Caribbean|EC)\s+dollars?", "XCD"),
    (r"Taiwan(?:ese)?\s+dollars?", "TWD"), (r"Namibian\s+dollars?", "NAD"), (r"Liberian\s+dollars?", "LRD"),
    (r"dollars?|bucks", "USD"), (r"euros?", "EUR"), (r"(?:British\s+)?pounds?(?:\s+sterling)?", "GBP"),
    (r"(?:Pakistani|Pakistan)\s+rupees?", "PKR"), (r"(?:Sri\s+Lankan)\s+rupees?", "LKR"),
    (r"(?:Nepali|Nepalese)\s+rupees?", "NPR"), (r"(?:Indian\s+)?rupees?", "INR"),
    (r"(?:Nigerian\s+)?naira", "NGN"), (r"Ugandan\s+shillings?", "UGX"),
    (r"Tanzanian\s+shillings?", "TZS"), (r"(?:Kenyan\s+)?shillings?", "KES"),
    (r"Mexican\s+pesos?", "MXN"), (r"Colombian\s+pesos?", "COP"), (r"Argentine\s+pesos?", "ARS"),
    (r"Chilean\s+pesos?", "CLP"), (r"Dominican\s+pesos?", "DOP"), (r"(?:Philippine\s+)?pesos?", "PHP"),
    (r"(?:Ghanaian\s+)?cedis?", "GHS"), (r"(?:South\s+African\s+)?rand", "ZAR"),
    (r"(?:Chinese\s+)?(?:yuan|renminbi)", "CNY"), (r"(?:Japanese\s+)?yen", "JPY"),
    (r"(?:Brazilian\s+)?(?:reais|reals?)", "BRL"),
    # a currency word after its country's adjective: "35,000 Turkish lira", "Malaysian ringgit"
    (r"(?:Venezuelan\s+)?(?:bol[ií]vars?|bol[ií]vares)", "VES"), (r"(?:Bangladeshi\s+)?taka", "BDT"),
    (r"(?:Malaysian\s+)?ringgit", "MYR"), (r"(?:Indonesian\s+)?rupiah", "IDR"),
    (r"(?:Egyptian\s+)?pounds?", "EGP"), (r"(?:Ethiopian\s+)?birr", "ETB"),
    (r"(?:CFA\s+)?francs?\s+CFA|CFA\s+francs?", "XOF"), (r"(?:Rwandan\s+)?francs?", "RWF"),
    (r"(?:UAE|Emirati)\s+dirhams?", "AED"), (r"(?:Moroccan\s+)?(?:dirhams?|DH|Dhs?)", "MAD"),
    (r"(?:Vietnamese\s+)?dong", "VND"), (r"(?:Honduran\s+)?lempiras?", "HNL"),
    (r"(?:Guatemalan\s+)?quetzal(?:es|s)?", "GTQ"), (r"Costa\s+Rican\s+col[oó]n(?:es|s)?|col[oó]nes", "CRC"),
    (r"(?:Peruvian\s+)?soles", "PEN"), (r"(?:Thai\s+)?baht", "THB"), (r"(?:South\s+Korean\s+)?won", "KRW"),
    (r"(?:Polish\s+)?(?:zloty|złoty)", "PLN"), (r"(?:Turkish\s+)?lira", "TRY"),
    (r"(?:Ukrainian\s+)?hryvnias?", "UAH"), (r"(?:Russian\s+)?(?:rubles?|roubles?)", "RUB"), (r"zł|zlotys?", "PLN"),
    (r"(?:Bulgarian\s+)?(?:leva|lev)", "BGN"), (r"(?:Romanian\s+)?lei", "RON"), (r"(?:Hungarian\s+)?forints?", "HUF"),
    (r"(?:Czech\s+)?korunas?", "CZK"), (r"Serbian\s+dinars?", "RSD"), (r"(?:Macedonian\s+)?denars?", "MKD"),
    (r"(?:Georgian\s+)?lari", "GEL"), (r"Armenian\s+drams?", "AMD"), (r"(?:Albanian\s+)?lek", "ALL"),
    (r"USD|EUR|GBP|KES|PHP|NGN|INR|ZAR|PKR|BDT|GHS|UGX|TZS|BRL|MXN|VND|IDR|CNY|JPY|CHF|CAD|"
     r"AUD|SGD|EGP|MYR|COP|ARS|PEN|VES|THB|PLN|TRY|UAH|ETB|RWF|LKR|NPR|KRW|HKD|NZD|SEK|NOK|DKK|CZK|HUF|"
     r"CLP|RUB|AED|QAR|JMD|TTD|DOP|TWD|XOF|BGN|GEL|KZT", None),
    (r"RMB", "CNY"),  # "120 million RMB"
]
# Hundredths of a currency: "30 cents" is 0.30 of the main unit.
_SUBUNIT = (r"(?:(?:US|euro|U\.S\.|Australian|Canadian|Singapore|Hong\s+Kong|New\s+Zealand)\s+)?"
            r"(?:cents?|pence|centavos?|kobo|paise)")
_SUBUNIT_ADJECTIVE = {"euro": "EUR", "australian": "AUD", "canadian": "CAD", "singapore": "SGD",
                      "hong": "HKD", "new": "NZD", "us": "USD", "u.s.": "USD"}
_SUBUNIT_CURRENCY = {"cent": "USD", "cents": "USD", "¢": "USD", "pence": "GBP", "centavo": "PHP",
                     "centavos": "PHP", "kobo": "NGN", "paise": "INR"}

# --- what follows an amount ------------------------------------------------------------

_PERCENT = r"(?:\s?%|[\s-]?percent(?:age\s+points?)?\b|[\s-]?per[\s-]cent\b|\s?pct\b)"
_PER_UNITS = {
    "hour": "hour", "hr": "hour", "hrs": "hour", "h": "hour", "day": "day", "week": "week",
    "wk": "week", "month": "month", "mo": "month", "year": "year", "yr": "year",
    "annum": "year", "task": "task", "hit": "task", "image": "task", "label": "task",
    "item": "task", "annotation": "task", "question": "task", "assignment": "task",
    "submission": "task", "response": "task", "prompt": "task", "minute": "minute",
    "min": "minute", "shift": "shift", "video": "task", "piece": "task",
}
_PER_ADVERBS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                "annually": "year", "yearly": "year", "a-year": "year"}
_PER_RE = re.compile(
    r"\s*(?:(?:per|an?|each|every|for\s+each|for\s+every|in\s+an?)\s+|/\s*|-an?-)"
    r"(?P<unit>hours?|hrs?|h|days?|weeks?|wks?|months?|mo|years?|yrs?|annum|tasks?|HITs?|"
    r"images?|labels?|items?|annotations?|questions?|assignments?|submissions?|responses?|"
    r"prompts?|minutes?|min|shifts?|videos?|pieces?)\b"
    r"|\s*(?P<adverb>hourly|daily|weekly|monthly|annually|yearly)\b",
    re.I,
)
# "an hourly wage of $2", "monthly salary of 30,000 shillings"
_PER_BEFORE_RE = re.compile(
    r"\b(?P<adverb>hourly|daily|weekly|monthly|annual|yearly)\s+(?:\w+\s+){0,2}?"
    r"(?:wages?|rates?|pay|salar(?:y|ies)|income|earnings|fees?|stipends?)\s+"
    r"(?:(?:dropped|fell|rose|went|jumped|plunged|increased|decreased|was\s+cut|were\s+cut|"
    r"has\s+fallen|have\s+fallen)\s+)?"
    r"(?:of|is|was|were|at|from|to|between|averaged|averages|stood\s+at)?\s*(?:about|around|roughly|some|just)?\s*$",
    re.I,
)
_PER_BEFORE_UNITS = {"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
                     "annual": "year", "yearly": "year"}

# Jobs counted by their loss ("420 job losses"); before them a year is the year's ("the 2023 layoffs").
_JOB_LOSS_NOUNS = ("job losses", "job cuts", "redundancies", "layoffs", "lay-offs", "dismissals")
_BEFORE_JOB_LOSSES_RE = re.compile(r"\s+(?:%s)\b" % "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _JOB_LOSS_NOUNS))

# Counted nouns → the unit we store. Plural forms; singular only after "1"/"one".
_COUNT_NOUNS = {
    "workers": "workers", "taskers": "workers", "crowdworkers": "workers",
    "clickworkers": "workers", "turkers": "workers", "annotators": "workers",
    "labelers": "workers", "labellers": "workers", "raters": "workers", "freelancers": "workers",
    "contributors": "workers", "trainers": "workers", "tutors": "workers", "testers": "workers",
    "writers": "workers", "transcribers": "workers", "evaluators": "workers",
    "reviewers": "workers", "experts": "workers", "agents": "workers", "gig-workers": "workers",
    "data-labelers": "workers", "drivers": "workers", "riders": "workers", "couriers": "workers",
    "moderators": "moderators", "employees": "employees", "staff": "employees",
    "staffers": "employees", "contractors": "contractors", "subcontractors": "contractors",
    "people": "people", "persons": "people", "individuals": "people", "youths": "people",
    "women": "people", "men": "people", "students": "people", "graduates": "people",
    "Kenyans": "people", "Filipinos": "people", "Nigerians": "people", "Indians": "people",
    "Venezuelans": "people", "Ugandans": "people", "Pakistanis": "people",
    "Ghanaians": "people", "Colombians": "people", "Americans": "people",
    "Africans": "people", "Rwandans": "people", "Ethiopians": "people",
    "Bangladeshis": "people", "Indonesians": "people", "Brazilians": "people",
    "users": "users", "members": "members", "tasks": "tasks", "HITs": "tasks",
    "microtasks": "tasks", "micro-tasks": "tasks", "jobs": "jobs", "accounts": "accounts",
    "positions": "jobs", "roles": "jobs", "posts": "jobs",
    "signatories": "people", "petitioners": "people", "plaintiffs": "people",
    "claimants": "people", "applicants": "people", "participants": "people",
    "engineers": "employees", "developers": "employees", "researchers": "people",
    "respondents": "people", "interviewees": "people", "labor": "workers",
    "signatures": "signatures", "protesters": "people", "protestors": "people",
    "demonstrators": "people", "strikers": "people", "replies": "responses",
    "Malaysians": "people", "Argentines": "people", "Mexicans": "people", "Peruvians": "people",
    "Egyptians": "people", "Tanzanians": "people", "Sri Lankans": "people", "Nepalis": "people",
    "candidates": "people", "officials": "people", "beneficiaries": "people", "households": "households",
    "families": "households",
    "others": "people", "nationals": "people", "citizens": "people", "victims": "people",
    "followers": "members", "seats": "seats", "seat": "seats",
    "applications": "applications", "documents": "documents",
    "personnel": "employees", "hires": "employees", "recruits": "employees", "trainees": "people",
    "associates": "employees", "supervisors": "employees", "reductions": "jobs",
    "lawmakers": "people", "legislators": "people", "senators": "people", "votes": "votes",
    "fellows": "people", "interns": "people", "speakers": "people",
    "openings": "jobs", "vacancies": "jobs", "opportunities": "jobs",  # "11,000 job openings"
    "person": "people",  # "a 40-person Toronto company"
    "microworkers": "workers", "executives": "workers",  # "2,000 Swiggy delivery executives"
    "delegates": "people",
    "professionals": "employees",  # "66,085 professionals across 65 delivery centers"
    "youth": "people",  # "to enable 1 million Kenyan youth to earn"
    "resources": "employees",  # Indian English: "will employ 100 local resources"
    # jobs lost, counted by the loss: "420 job losses", "150 redundancies"
    **{noun: "jobs" for noun in _JOB_LOSS_NOUNS},
}
_COUNT_SINGULAR = {"worker": "workers", "person": "people", "tasker": "workers",
                   "moderator": "moderators", "employee": "employees", "user": "users",
                   "contractor": "contractors", "task": "tasks", "job": "jobs", "member": "members"}
_COUNT_NOUN_RE = "|".join(sorted((re.escape(n) for n in _COUNT_NOUNS), key=len, reverse=True))
_COUNT_SINGULAR_RE = "|".join(sorted(_COUNT_SINGULAR, key=len, reverse=True))
# Words that may sit between the number and the noun ("36 current and former freelance
# workers", "10,000 of these workers"), but not words that end the phrase.
# "1 million BPO jobs", not "12:30 IST" over a line of its own
# "200 TaskUs employees", "300,000 ICT professionals" (ICT: tech here, not Indochina Time)
_MODIFIER = (r"(?:[a-z][a-z'-]*|[A-Z][a-z]+(?:[A-Z][A-Za-z]*|-[A-Za-z]+)?|"
             r"(?!(?:IST|GMT|UTC|EAT|WAT|CAT|PST|PDT|EST|EDT|CET|CEST|BST|PHT|SGT|JST|AEST|AEDT|WIB)\b)[A-Z]{2,5})")
_STOP_MODIFIERS = {
    "of", "in", "on", "at", "for", "from", "to", "by", "with", "a", "an", "as", "than",
    "per", "each", "every", "is", "was", "were", "are", "be", "been", "had", "has", "have",
    "who", "which", "that", "said", "says", "hours", "hour", "days", "day", "weeks", "week",
    "months", "month", "years", "year", "minutes", "times", "percent", "cent", "cents",
    "dollars", "euros", "pounds", "out", "but", "not", "no", "if", "when", "where", "while",
    "it", "they", "he", "she", "we", "you", "i", "them", "those", "these", "their", "its",
    "his", "her", "our", "will", "would", "could", "can", "may", "might", "million", "billion",
    "thousand", "more", "less", "about",
}
# "43 of the moderators", "43 of Sama's content moderators"
# "4,400 of its 5,500 contract workers": a part of a group whose size follows
_OF_DETERMINER = (r"(?:of\s+(?:these|those|the|its|their|our|his|her|them|whom|(?:[A-Z][\w&.-]*\s+){0,2}[A-Z][\w&.-]*['’]s)\s+"
                  r"(?:\d{1,3}(?:,\d{3})+\s+|\d{1,4}\s+)?)")
_OF_GROUP_SIZE_RE = re.compile(r"[^\S\n]+of\s+\S+\s+\d")

_APPROX_RE = re.compile(
    r"(?:\b(?:more\s+than|fewer\s+than|less\s+than|over|about|around|nearly|almost|"
    r"up\s+to|roughly|approximately|approx\.?|some|at\s+least|at\s+most|as\s+much\s+as|"
    r"as\s+many\s+as|as\s+few\s+as|as\s+little\s+as|as\s+low\s+as|as\s+high\s+as|"
    r"under|below|close\s+to|upwards\s+of|in\s+excess\s+of|an\s+estimated|estimated|"
    r"well\s+over|just\s+over|just\s+under|no\s+more\s+than|no\s+less\s+than|above|"
    r"an\s+average\s+of|on\s+average|average|approaching|nearly\s+half\s+a)|~|≈)\s*$",
    re.I,
)
_YEAR_PREPOSITION_RE = re.compile(
    r"\b(?:in|since|by|from|until|till|before|after|during|early|late|mid|of|around|circa|"
    r"through|between|and|to|year|fiscal|FY|spring|summer|autumn|fall|winter)[\s-]*$", re.I)

_BOUNDARY_BEFORE = re.compile(r"[\w.]$")
# "a near-30% decline", "sub-5 percent attrition": an approximation hyphened to its amount
_HYPHENED_APPROX_RE = re.compile(r"\b(?:near|nearly|almost|about|around|over|under|sub|roughly|some)-$", re.I)


def _subunit_currency(text: str) -> str:
    words = text.lower().split()
    if len(words) > 1 and words[0] in _SUBUNIT_ADJECTIVE:
        return _SUBUNIT_ADJECTIVE[words[0]]
    return _SUBUNIT_CURRENCY.get(words[-1], "USD")


def _tidy(value: float) -> float:
    """Undo float noise from scaling: 17.1 * 1e9 is 17100000000.000002."""
    try:
        return float(f"{value:.12g}")
    except (ValueError, OverflowError):  # pragma: no cover
        return value


def _num(text: str) -> float:
    text = re.sub(r"[ \u00a0\u202f]", "", text)  # "70 000"
    if text.count(".") > 1:
        return float(text.replace(".", ""))  # "5.396.761"
    if re.fullmatch(r"\d{1,3},\d{1,2}", text):
        return float(text.replace(",", "."))  # "R$ 32,10"
    return float(text.replace(",", ""))


# Currencies whose unit is so small that no price is written with three decimals: in
# "Rp50.000" or "50.000 dong" the dot groups thousands.
_DOT_THOUSANDS_CURRENCIES = frozenset({"IDR", "VND", "COP", "CLP", "PYG", "KRW", "UGX", "TZS",
                                        "BRL", "ARS", "VES", "UYU"})


def _words_value(text: str) -> float | None:
    """Value of a number written in words: "two million", "a dozen", "half a million"."""
    words = re.split(r"[\s-]+", text.lower().strip())
    words = [w for w in words if w and w != "and"]
    if not words:
        return None
    if words[0] == "half":
        rest = _words_value(" ".join(words[2:])) if len(words) > 2 else None
        return rest / 2 if rest else None
    if len(words) > 2 and words[1] in ("quarter", "quarters", "third"):
        # "a quarter of a million", "three quarters of a billion", "a quarter-million"
        share = (3 if words[0] == "three" else 1) / (3 if words[1] == "third" else 4)
        rest = _words_value(" ".join(w for w in words[2:] if w != "of"))
        return rest * share if rest else None
    if words[:2] == ["a", "half"]:
        rest = _words_value(" ".join(words[2:]))
        return rest / 2 if rest else None
    if words[0] in ("a", "an"):
        words[0] = "one"
    if words[-1] == "dozen":
        base = _words_value(" ".join(words[:-1])) if len(words) > 1 else 1
        return base * 12 if base else None
    total, current = 0.0, 0.0
    seen = False
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


# An amount: digits with an optional magnitude, a number in words, or a vague plural. A loss
# in a results table closes its bracket before the magnitude: "($15.7) million".
_AMOUNT_RE = re.compile(
    rf"(?P<digits>{_DIGITS})(?:(?:\s*-?\s*|\s+|(?<=\d)\)\s+(?={_SCALE_WORD}))(?P<scale>{_SCALE_WORD})\b|\s?(?P<short>{_SCALE_SHORT}))?"
    rf"|(?P<vague>\b{_VAGUE}\b)"
    rf"|(?P<words>\b{_WORD_NUMBER}\b)",
    re.I,
)
_PREFIX_CUR_RE = re.compile(
    r"(?:" + "|".join(f"(?P<c{i}>{pat})" for i, (pat, _) in enumerate(_PREFIX_CURRENCIES)) + r")\s?$"
)
# Currencies that are one country's own, named without an amount: "halted naira transfers" is
# Nigeria's (an ISO 4217 code's first two letters are its country). Not dollars, pounds, pesos,
# rupees, shillings or francs, which are many countries'.
NATIONAL_CURRENCY_CODES = frozenset({"NGN", "GHS", "BDT", "MYR", "IDR", "THB", "UAH", "RUB", "ETB", "HNL",
                                     "GTQ", "PLN", "HUF", "CNY"})
# by name, not by code ("120 million RMB" converts an amount; it places nothing in China)
_NATIONAL = [(pat, code) for pat, code in _SUFFIX_CURRENCIES if code in NATIONAL_CURRENCY_CODES and not pat.isupper()]
_NATIONAL_CURRENCY_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<n{i}>{pat})" for i, (pat, _) in enumerate(_NATIONAL)) + r")\b", re.I)


def national_currency_country(text: str) -> str | None:
    """The country whose own currency the text first names, if any."""
    m = _NATIONAL_CURRENCY_RE.search(text)
    return _NATIONAL[int(m.lastgroup[1:])][1][:2] if m else None


_SUFFIX_CUR_RE = re.compile(  # "2.6 million euros", and hyphened: "a 2-million-euro fine"
    r"(?:\s*|-)(?:" + "|".join(f"(?P<c{i}>{pat})" for i, (pat, _) in enumerate(_SUFFIX_CURRENCIES))
    + r")\b"
)
_SUBUNIT_RE = re.compile(rf"\s*(?P<sub>{_SUBUNIT}\b|¢)", re.I)  # "30 cents", "87¢"
_PERCENT_RE = re.compile(_PERCENT, re.I)
def _count_pattern(nouns: str) -> re.Pattern:
    return re.compile(
        rf"(?:[^\S\n]*-[^\S\n]*{_OF_DETERMINER}?|[^\S\n]+{_OF_DETERMINER}?|[^\S\n]+)[\"“‘']?"
        rf"(?P<mods>(?:{_MODIFIER}[^\S\n]+){{0,4}}?)[\"“‘']?(?P<noun>{nouns})\b")  # not over a line's end


@lru_cache(maxsize=1)
def _count_nouns() -> tuple[re.Pattern, dict[str, str]]:
    """The counted nouns and their regex, with every nationality's plural from the place table
    ("20 other Hondurans", "more than 1,000 Canadians"): built once, on first use."""
    from extract.countries import DEMONYM, place_table
    places = place_table(None).places
    nouns = dict(_COUNT_NOUNS)
    # a headline in title case: "TELUS to Generate 2,000 Jobs in El Salvador"
    nouns.update({noun.title(): unit for noun, unit in _COUNT_NOUNS.items() if noun.islower() and " " not in noun})
    for form, place in places.items():
        if place.kind == DEMONYM and form.endswith("s") and form[:1].isupper() and not form.isupper() \
                and getattr(places.get(form[:-1]), "kind", None) == DEMONYM:
            nouns.setdefault(form, "people")
    return _count_pattern("|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))), nouns
# A plural noun that names people by what they do ("26,000 specialists", "12,000 freshers",
# "300 technicians", "40 trainees"): the agent suffixes, less the things that share them.
_AGENT_NOUN_RE = re.compile(
    r"[^\S\n]+(?P<mods>(?:[a-z][a-z-]*[^\S\n]+){0,2}?)"
    r"(?P<noun>[a-z]{2,}(?:ers|ors|ists|ians|ees|ants|ents|ics|ives))\b(?![-'’])")
_NOT_AGENT_NOUNS = frozenset({
    # -ers, -ors
    "numbers", "orders", "papers", "letters", "containers", "computers", "servers", "headquarters",
    "quarters", "layers", "chapters", "matters", "offers", "filters", "towers", "meters",
    "kilometers", "kilometres", "liters", "answers", "covers", "markers", "folders", "banners",
    "stickers", "posters", "flyers", "printers", "routers", "sensors", "processors", "monitors",
    "errors", "factors", "sectors", "vectors", "motors", "floors", "doors", "colors", "corridors",
    "mirrors", "characters", "parameters", "registers", "clusters", "centers", "others",
    "powers", "waters", "rivers", "borders", "corners", "shelters", "tickers",
    "barriers", "transfers", "disorders", "indicators", "semesters", "trimesters", "millimeters",
    "dollars", "hours", "ledgers", "rubbers", "tractors", "reactors", "elevators",
    "calculators", "simulators", "generators", "accelerators", "containers", "tenders",
    # -ants, -ents, -ists, -ees, -ics, -ives
    "plants", "grants", "restaurants", "variants", "events", "percents", "cents", "components",
    "incidents", "accidents", "comments", "contents", "tents", "segments", "lists", "playlists",
    "checklists", "waitlists", "shortlists", "fees", "degrees", "committees", "trees",
    "guarantees", "knees", "coffees", "decrees", "topics", "metrics", "graphics", "clinics",
    "statistics", "analytics", "basics", "ethics", "economics", "politics", "lyrics",
    "archives", "lives", "drives", "objectives", "initiatives", "incentives", "alternatives",
    "narratives", "perspectives", "directives", "derivatives", "hives", "knives", "wives",
    "gifts", "patents", "assignments", "moments",
    "currents", "elements", "continents", 
})
# The size of a workforce told without a noun after it: "increase Sama's headcount from 3,400
# to 5,500", "its UK workforce will grow to 3,000", "India's gig worker population is over 10 million"
_GROUP_SIZE_BEFORE_RE = re.compile(
    r"\b(?:head\s?count|workforce|work\s+force|manpower|employees?['’]?\s+(?:strength|base|count)|(?:worker|workforce)\s+population|"
    r"population)"
    r"\b[^.;:!?]{0,40}?\b(?:of|to|from|at|is|was|stands\s+at|stood\s+at|reach(?:ed|es)?|totals?|totalled|totaled)\s+$", re.I)
# "13,000 employees, of which close to 3,000 are being laid off": a part of the people told before
_OF_WHICH_BEFORE_RE = re.compile(r"\bof\s+(?:which|whom)\s+$", re.I)
# "an additional 1,500 will be hired", "3,000 were laid off", "300 lost their jobs": people by what befell them
_PEOPLE_VERB_AFTER_RE = re.compile(
    r"\s+(?:more\s+|others?\s+|people\s+)?(?:(?:will|would|are\s+to|were\s+to)\s+be|were|are|(?:have|has|had)\s+(?:already\s+|also\s+)?been|"
    r"are\s+being|were\s+being|will\s+have\s+been)\s+(?:(?:\w+ly|already|also|now|since)\s+)?(?:hired|laid\s+off|fired|"
    r"dismissed|let\s+go|made\s+redundant|recruited|employed|deactivated|terminated|retrenched|sacked|furloughed|"
    r"rehired|onboarded)\b"
    # "another 2,500 to 3,000 expected to join": hires to come
    r"|\s+(?:are\s+|were\s+)?(?:expected|set|due)\s+to\s+(?:join|be\s+hired|be\s+laid\s+off|lose\s+their\s+jobs)\b"
    r"|\s+(?:lost|will\s+lose|would\s+lose|could\s+lose|stand\s+to\s+lose)\s+their\s+jobs\b"
    # "around 11 or 12 who tested positive": people, told by who they are
    r"|\s+who\s", re.I)
# "StarTek laid off 261 in March", "employs more than 76,000 across its operations": people
# by what the firm did to them (an approximation, "more than", is already left of the amount)
_PEOPLE_VERB_BEFORE_RE = re.compile(
    r"\b(?:laid\s+off|lays\s+off|lay\s+off|laying\s+off|let\s+go\s+of|fired|dismissed|sacked|employ|employs|employed|"
    r"employing|hired|hiring|recruited)\s+(?:(?:another|an\s+additional)\s+)?$"
    # "Google cut staff here by 240", "reduced employee numbers by 180"
    r"|\b(?:cut|cuts|cutting|reduc(?:e|ed|es|ing)|slash(?:ed|es|ing)?|trimm?(?:ed|s|ing)?)\s+(?:its\s+|their\s+)?"
    r"(?:staff|staffing|head\s?count|workforce|employees|employee\s+numbers|jobs)\s+(?:\w+\s+)?by\s+$", re.I)
# "with the aim of reaching 300", "will rise to 43 million": what a count grows to
_GROWTH_TO_BEFORE_RE = re.compile(
    r"\b(?:rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|increase[sd]?|increasing|surge[sd]?|"
    r"surging|expand(?:s|ed|ing)?|reach(?:es|ed|ing)?|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|swell(?:s|ed|ing)?|"
    r"doubl(?:e|es|ed|ing))\s+(?:to\s+)?(?:(?:about|around|roughly|nearly|almost|over|some|more\s+than)\s+)?$",
    re.I)
# "taking the total number of employees to about 9,500", "bringing the total of Microsoft
# employees represented by CWA to 1,000": a group's size told by its total
_TOTAL_OF_BEFORE_RE = re.compile(
    r"\b(?:total|number)\s+(?:number\s+)?of\s+(?P<words>[^.;:!?]{0,60}?)\s+(?:to|at|is|was|stands\s+at|stood\s+at|reached)\s+$", re.I)
# "the number of jobless people increased by 158 000", "employees fell by 300": a count's change
_CHANGE_BY_BEFORE_RE = re.compile(
    r"\b(?P<words>[\w'’-]+(?:\s+[\w'’-]+){0,6}?)\s+(?:have\s+|has\s+|had\s+)?(?:rose|risen|increased|grew|grown|"
    r"fell|fallen|dropped|declined|decreased|jumped|shrank|shrunk|swelled|climbed)\s+by\s+"
    r"(?:(?:about|around|roughly|nearly|almost|over|some|more\s+than)\s+)?$", re.I)
# "plus another 50,000", "and a further 2,000": more of what was just counted
_ANOTHER_BEFORE_RE = re.compile(r"\b(?:plus|and|with)\s+(?:another|an\s+additional|a\s+further)\s+$", re.I)
# A count whose noun is left out after a place: "... and 5,000 in Bengaluru", "including 45,000
# in London", "... and 55,000 globally"
_PLACE_AFTER_RE = re.compile(r"[^\S\n]+(?:(?:in|across|at)\s+(?:its\s+|the\s+)?[A-Za-z]|"
                             r"(?:globally|worldwide|overall|nationwide|internationally|abroad|elsewhere)\b)")
# "800 workers in the west, 600 in Southern Ontario, 500 in the Atlantic": each item of a list
_ELLIPSIS_GAP_RE = re.compile(r"[^\S\n]+(?:in|across|at)\s+[^.;:!?,\n]{1,40}?"
                              r"(?:,\s*(?:about\s+|around\s+|some\s+)?\d[\d,]*[^\S\n]+(?:in|across|at)\s+[^.;:!?,\n]{1,40}?)*"
                              r"(?:,\s*(?:(?:and|including|while|with)\s+)?|\s+(?:and|including|while|with)\s+)")
# "eliminating 77 and 85 employees": a number that shares the counted noun of the next one
_SHARED_NOUN_AFTER_RE = re.compile(r"\s*(?:,|and|or)\s*(?:about\s+|around\s+|some\s+)?\d[\d,]*(?=[\s-])")


# "184 of them are now in court", "320 of the 400 were let go": a part of a group told before.
_PART_OF_RE = re.compile(r"\s+of\s+(?:them|these|those|whom|the\s+\d[\d,]*)\b", re.I)
_COUNT_ONE_RE = re.compile(rf"\s+(?P<mods>(?:{_MODIFIER}\s+){{0,2}}?)(?P<noun>{_COUNT_SINGULAR_RE})\b")
# "a 1,500-strong workforce", "the 150-strong “trust and safety” department", "a 150-member team"
_STRONG_RE = re.compile(r"-(?:strong|member|person)\s+[\"“‘']?(?:[\w-]+[\"”’']?\s+){0,3}?"
                        r"(?:workforce|team|union|staff|army|department|unit|division|crew|office|offices|centre|center|"
                        r"hub|facility|site|operation|company|firm)\b", re.I)
# "1 in 5 workers", "nine out of 10 taskers": a ratio, not a head count.
_RATIO_BEFORE_RE = re.compile(rf"(?:\d+|{_NUM_WORD})\s+(?:in|out\s+of)\s+$", re.I)
# "32 out of 43 riders", "31 out of roughly 240 employees": a part of a group counted whole
_OUT_OF_GROUP_RE = re.compile(r"\s+out\s+of\s+(?:(?:roughly|about|around|approximately|some)\s+)?"
                              r"(?P<whole>\d[\d,]*)(?=\s)", re.I)


def _ratio_whole(value: float) -> bool:
    """The whole of a ratio ("nine out of 10", "1 in 5", "one in 100"), not of a real group."""
    return value <= 10 or value in (100, 1000)


def _ratio_before(text: str, amount) -> bool:
    """"nine out of 10 taskers", "1 in 5 workers": a ratio, not a head count; "32 out of 43
    riders" counts a real group of 43."""
    return bool(_RATIO_BEFORE_RE.search(text[max(0, amount.start - 16):amount.start])) and _ratio_whole(amount.value)
_PLUS_RE = re.compile(r"\+|[\s-]plus\b", re.I)
_RANGE_JOIN_RE = re.compile(r"\s*(?:-|–|—|to|and|or)\s*", re.I)


class _Amount:
    __slots__ = ("start", "end", "value", "currency", "approximate", "has_scale", "raw")

    def __init__(self, start, end, value, currency=None, approximate=False, has_scale=False, raw=0.0):
        self.start, self.end, self.value = start, end, value
        self.currency, self.approximate, self.has_scale = currency, approximate, has_scale
        self.raw = raw


def _amount_at(text: str, pos: int, allow_words: bool = True) -> _Amount | None:
    """The amount starting at `pos` (after optional spaces), with a currency prefix if any."""
    m = re.compile(r"\s*").match(text, pos)
    pos = m.end()
    currency = None
    cur = re.compile(
        r"(?:" + "|".join(f"(?:{p})" for p, _ in _PREFIX_CURRENCIES) + r")\s?"
    ).match(text, pos)
    start = pos
    if cur:
        code = _prefix_code(text[cur.start():cur.end()].strip())
        if code:
            currency = code
            pos = cur.end()
    am = _AMOUNT_RE.match(text, pos)
    if not am or (am.group("words") or am.group("vague")) and not allow_words:
        return None
    amount = _amount_from_match(am)
    if amount is None:
        return None
    amount.start = start if currency else am.start()
    amount.currency = currency or amount.currency
    return amount


# Codes newsrooms glue to the amount ("KES500", "USD2"); others, like "COP30", are names.
_GLUED_CODES = frozenset({"USD", "KES", "INR", "PHP", "NGN", "EUR", "GBP", "ZAR", "GHS", "UGX",
                          "TZS", "PKR", "BDT", "IDR"})


def _prefix_code(symbol: str) -> str | None:
    m = _PREFIX_CUR_RE.search(symbol)
    if not m:
        return None
    for i, (_, code) in enumerate(_PREFIX_CURRENCIES):
        if m.group(f"c{i}"):
            return code
    return None


def _amount_from_match(am: re.Match) -> _Amount | None:
    if am.group("digits"):
        try:
            raw = _num(am.group("digits"))
        except ValueError:
            return None
        value, has_scale = raw, False
        if am.group("scale"):
            scale = am.group("scale").lower()
            value *= _SCALES[scale]
            has_scale = True
        elif am.group("short"):
            value *= _SHORT_SCALES[am.group("short").lower()]
            has_scale = True
        return _Amount(am.start(), am.end(), value, has_scale=has_scale, raw=raw)
    if am.group("vague"):
        words = am.group("vague").lower().split()
        if words[0] in ("several", "a"):
            base = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9}[words[-1]]
            mult = 3 if words[0] == "several" else 2
            return _Amount(am.start(), am.end(), base * mult, approximate=True, has_scale=True)
        value = _VAGUE_VALUE[words[0]]
        if len(words) == 3:
            value *= _VAGUE_VALUE[words[2]]
        return _Amount(am.start(), am.end(), value, approximate=True, has_scale=True)
    value = _words_value(am.group("words"))
    if value is None:
        return None
    return _Amount(am.start(), am.end(), value, has_scale=bool(re.search(_SCALE_WORD, am.group("words"), re.I)),
                   raw=value)


# A figure written in digits, with its magnitude, ending where a hyphened currency word starts
_DIGITS_END_RE = re.compile(rf"\d(?:[\s-]*(?:{_SCALE_WORD}|{_SCALE_SHORT}))?$", re.I)


def _suffix_currency(text: str, pos: int):
    m = _SUFFIX_CUR_RE.match(text, pos)
    if not m or (text[pos:pos + 1] == "-" and not _DIGITS_END_RE.search(text, max(0, pos - 16), pos)):
        return None, pos  # hyphened only to a figure in digits: not "a billion-dollar lawsuit"
    for i, (_, code) in enumerate(_SUFFIX_CURRENCIES):
        if m.group(f"c{i}"):
            if code == "GBP" and re.match(r"\s+of\b", text[m.end():m.end() + 4]):
                return None, pos  # "5,200 pounds of water": a weight
            return code or m.group(f"c{i}").upper(), m.end()
    return None, pos


def _per_after(text: str, pos: int):
    m = _PER_RE.match(text, pos)
    if not m:
        return None, pos
    if m.group("adverb"):
        return _PER_ADVERBS[m.group("adverb").lower()], m.end()
    unit = m.group("unit").lower()
    unit = unit[:-1] if unit.endswith("s") and unit[:-1] in _PER_UNITS else unit
    return _PER_UNITS.get(unit), m.end()


def _is_year_like(text: str, amount: _Amount) -> bool:
    digits = text[amount.start:amount.end]
    if not re.fullmatch(r"(?:1[89]|20)\d\d", digits):
        return False
    return bool(_YEAR_PREPOSITION_RE.search(text[max(0, amount.start - 20):amount.start])) or \
        text[amount.end:amount.end + 1] in (",", "s", "'") or \
        bool(_BEFORE_JOB_LOSSES_RE.match(text, amount.end))


_CAPITALISED_FUNCTION_WORDS = frozenset({
    "The", "A", "An", "About", "Some", "Over", "More", "Nearly", "Almost", "At", "In", "Of", "All",
    "Only", "Just", "Around", "Roughly", "Approximately", "Another", "Those", "These", "Its",
    "Their", "Our", "His", "Her", "By", "For", "With", "From", "To", "And", "But", "Up", "Under",
    "Fewer", "Less", "Another", "Some", "Every", "Each", "Those", "While", "When", "Since",
})


_REFERENCE_WORDS = frozenset({
    "article", "section", "local", "chapter", "rule", "clause", "no", "number", "model", "version",
    "series", "phase", "level", "tier", "grade", "class", "route", "sector", "unit", "room", "suite",
    "floor", "page", "issue", "vol", "volume", "episode", "season", "schedule", "part", "form"})


def _title_case_line(text: str, pos: int) -> bool:
    """The line around `pos` is a headline in title case: most of its words capitalised."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text[start:end if end != -1 else len(text)])
             if len(w) > 3]
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _named_number(text: str, amount: _Amount, am: re.Match) -> bool:
    """A number that is part of a name or a reference, not a count: "Article 22.4 workers",
    "Local 90 members", "iPhone 11 Pro users"."""
    if not am.group("digits"):
        return False
    if "." in am.group("digits") and not amount.has_scale:
        return True  # people come in whole numbers
    words = text[max(0, amount.start - 30):amount.start].split()
    if not words:
        return False
    before = words[-1]
    if before[-1:] in ",;:(\"'“”‘’" or before.endswith(("'s", "’s")):
        return False  # "In 2019, 500 workers", "Scale AI's 900 employees"
    if before.rstrip(".").lower() in _REFERENCE_WORDS:
        return True  # "Article 22 workers", "Local 1245 members"
    if _title_case_line(text, amount.start):
        return False  # a headline: "TELUS to Generate 2,000 Jobs in El Salvador"
    return (any(c.isupper() for c in before) and before[:1].isalpha()
            and before not in _CAPITALISED_FUNCTION_WORDS)


def _letter_currency(text: str, start: int) -> tuple[str | None, int]:
    """'N50,000', 'R500', 'P400': a capital letter glued to a big-looking amount."""
    if start >= 1 and text[start - 1] in _LETTER_CURRENCIES and (start < 2 or not text[start - 2].isalnum()):
        # "P10-million", as "$10-million" is written in Philippine and Canadian press
        m = re.compile(rf"(?:{_DIGITS})(?:(?:\s*|-)(?:{_SCALE_WORD})\b|{_SCALE_SHORT})?").match(text, start)
        # "N225" is a stock index, "P100" a product: four digits, a comma or a magnitude.
        # "R2.50", "N1.80": cents after the point are a price as well.
        # "R60 an hour", "between R45 and R60": a rate or a range of the same sign
        letter = text[start - 1]
        # "R4 per kilometre", "to P35 from P45": a rate, or a change from one amount of the sign to another
        priced = m and (re.match(rf"\s*(?:(?:an?|per)\s+(?:minute|hour|day|week|month|task|kilometre|kilometer|km|"
                                 rf"delivery|order|trip|ride)\b|(?:and|to|from|-|–)\s*{letter}\d)", text[m.end():])
                        or re.search(rf"(?<![A-Za-z]){letter}\d[\d,.]*\s+(?:and|to|from|-|–)\s*$", text[max(0, start - 31):start - 1]))
        if m and ("," in m.group(0) or re.search(r"\d{4}", m.group(0)) or re.search(r"[a-zA-Z]", m.group(0))
                  or re.fullmatch(r"\d{1,3}\.\d\d", m.group(0)) or priced):
            return _LETTER_CURRENCIES[text[start - 1]], start - 1
    return None, start


_APPROX_LAST_WORDS = frozenset({
    "than", "over", "about", "around", "nearly", "almost", "to", "roughly", "approximately",
    "approx.", "approx", "some", "least", "most", "as", "under", "below", "of", "estimated",
    "above", "average", "approaching", "~", "≈", "a",
})


def _approx_before(text: str, start: int) -> tuple[bool, int]:
    window = text[max(0, start - 40):start]
    words = window.split()
    last = words[-1].lower() if words else ""
    # The regex is anchored at the end; checking the last word first keeps long runs of
    # numbers from paying for a full search each.
    if last not in _APPROX_LAST_WORDS and not last.endswith(("~", "≈")):
        return False, start
    m = _APPROX_RE.search(window)
    if m:
        return True, start - (len(window) - m.start())
    return False, start


def _figure_candidates(text: str):
    pos = 0
    n = len(text)
    while pos < n:
        am = _AMOUNT_RE.search(text, pos)
        if not am:
            return
        pos = am.end()
        amount = _amount_from_match(am)
        if amount is None:
            continue
        start = am.start()
        # A number glued to letters, dots or digits is part of a name or a code
        # ("GPT-4", "Web 2.0", "Comment290", "COVID-19"), unless the letters are a currency.
        currency = None
        before = text[max(0, start - 12):start]
        tail = before.rstrip()
        pm = _PREFIX_CUR_RE.search(before) if tail and not tail[-1].isdigit() and (
            tail[-1] not in ",.;:" or _ABBREVIATED_CURRENCY_RE.search(tail)) else None
        if pm and am.group("digits"):
            code = _prefix_code(pm.group(0).strip())
            # A currency code must itself start at a word boundary ("PHP 400", not "XPHP400").
            sym_start = start - (len(before) - pm.start())
            symbol = pm.group(0).strip()
            glued_code = (re.fullmatch(r"[A-Z]{3}", symbol) and symbol not in _GLUED_CODES
                          and not text[start - 1].isspace()
                          # "CNY100 million": a scale word makes it an amount
                          and not (am.group("scale") or am.group("short")))
            if glued_code:
                code = None  # "COP30" is a summit, "USD 30" money
            if code and (sym_start == 0 or not text[sym_start - 1].isalnum() or not text[sym_start].isalpha()):
                currency, start = code, sym_start
        if currency is None and am.group("digits"):
            currency, start = _letter_currency(text, start)
        if currency is None and am.group("digits"):
            if start > 0 and _BOUNDARY_BEFORE.search(text[start - 1:start]):
                continue
            if start > 1 and text[start - 1] in "-/–" and text[start - 2].isalnum():
                hyphened = _HYPHENED_APPROX_RE.search(text[max(0, start - 12):start])
                if not hyphened:
                    continue
                amount.approximate = True
                start -= len(hyphened.group(0))
        end = amount.end
        if am.group("digits") and text[end:end + 1] == "-" and not amount.has_scale and currency is None:
            # "23-year-old", "five-story": compound adjectives, not quantities; but
            # ranges "10-15%" and "200-300 workers" continue below.
            if not re.match(r"-\s?\d|-plus\b|-per[\s-]?cent\b|-seat\b", text[end:end + 9], re.I) \
                    and not _STRONG_RE.match(text, end):  # but "a 1,500-seat site" counts seats
                continue
        if am.group("digits") and re.match(r"\.\d|:\d", text[end:end + 2]):
            continue  # times and versions ("2:00", "3.1.4")
        approx, left = _approx_before(text, start)
        amount.start = start
        amount.currency = currency
        yield _complete(text, amount, approx, left, am)


# Who a story quotes, counted in words: not a measured figure
_VOICES_AFTER_RE = re.compile(
    r"[^,.;:!?]{0,30}?\b(?:told|tells|tell|said|say|says|spoke|speak|speaks|described|describe|"
    r"recounted|recalled|interviewed|asked|agreed\s+to\s+speak|who\s+(?:spoke|talked))\b", re.I)
_VOICES_BEFORE_RE = re.compile(
    r"\b(?:spoke|speaking|spoken|talked|talking)\s+(?:to|with)\s*$|\b(?:interviewed|interviews|"
    r"according\s+to|quoted|contacted|heard\s+from)\s*$", re.I)


def _count_by_context(text: str, amount: _Amount, left: int, noun_start: int, count_re, count_nouns):
    """A number with no counted noun after it that still counts people, by what is around it:
    a workforce's size, a part "of which" a group is, what befell them, or the noun of the
    number coordinated with it. (None, None) when nothing says so."""
    before = text[max(0, left - 80):left]
    if text[amount.end:amount.end + 1] == "%":
        return None, None
    group = _GROUP_SIZE_BEFORE_RE.search(before)
    if group and "population" in group.group(0).lower():
        return "count", "workers"
    if group or re.search(
            r"\bfrom\s+\d[\d,.]*\s*(?:people|employees|staff|workers)\s+to\s+$", before, re.I):
        return "count", "people"
    if re.search(r"\bthe\s+$", before, re.I):
        return None, None  # "320 of the 400 were let go": the group told before, counted there
    if _OF_WHICH_BEFORE_RE.search(before) or _PEOPLE_VERB_AFTER_RE.match(text, noun_start) or \
            _PEOPLE_VERB_BEFORE_RE.search(before) or (
                re.search(r"\blet\s+$", before) and re.match(r"\s+go\b", text[amount.end:])):  # "let 600 go"
        return "count", "people"
    if _GROWTH_TO_BEFORE_RE.search(before):
        # "provides 250 jobs, with the aim of reaching 300", "28 million people ... will rise to
        # 43 million": the number a count told before in the sentence grows to
        cm = next((cm for cm in _counts_told_before(text, left, count_re) if _plain_mods(cm)), None)
        if cm:
            return "count", count_nouns[cm.group("noun")]
    if _ANOTHER_BEFORE_RE.search(before) and not count_re.match(text, noun_start):
        # "will train 100,000 AI graduates ..., plus another 50,000 with the industry": the
        # noun of the count told just before it in the sentence
        cm = next(_counts_told_before(text, left, count_re), None)
        if cm and _plain_mods(cm):
            return "count", count_nouns[cm.group("noun")]
    change = _CHANGE_BY_BEFORE_RE.search(before)
    changed = change.group("words").split()[-1] if change else None
    if changed in count_nouns:
        # "the number of jobless people increased by 158 000": the change of a count
        return "count", count_nouns[changed]
    total = _TOTAL_OF_BEFORE_RE.search(before)
    if total:
        # "taking the total number of employees to about 9,500"
        for word in total.group("words").split():
            if word in count_nouns:
                return "count", count_nouns[word]
    if _PLACE_AFTER_RE.match(text, amount.end):
        # "employs 2,500 people in Hyderabad and 5,000 in Bengaluru", "60,000 drivers in
        # Britain, including 45,000 in London": the counted noun of the count told just before
        cm = next(_counts_told_before(text, left, count_re), None)
        if cm and _plain_mods(cm) and _ELLIPSIS_GAP_RE.fullmatch(text, cm.end(), left):
            return "count", count_nouns[cm.group("noun")]
        if _people_told_before(text, left):
            return "count", "people"  # "is laying off 860 in Boca Raton and 363 in Orlando"
    shared = _SHARED_NOUN_AFTER_RE.match(text, noun_start)
    if shared:
        cm = count_re.match(text, shared.end())
        if cm and _plain_mods(cm):
            return "count", count_nouns[cm.group("noun")]
    return None, None


def _sentence_opening(text: str, left: int) -> int:
    """Where the sentence that runs up to `left` opens."""
    return max(text.rfind(".", 0, left), text.rfind("\n", 0, left), text.rfind("?", 0, left)) + 1


def _people_told_before(text: str, left: int) -> bool:
    """A bare number earlier in the sentence counts people by what befell them ("laying off 860
    in Boca Raton and ..."), and only a place lies between it and `left`."""
    opening = _sentence_opening(text, left)
    for m in reversed(list(re.finditer(r"\d[\d,]*", text[opening:left]))):
        start, end = opening + m.start(), opening + m.end()
        if _ELLIPSIS_GAP_RE.fullmatch(text, end, left):
            return bool(_PEOPLE_VERB_BEFORE_RE.search(text, max(0, start - 60), start))
    return False


def _counts_told_before(text: str, left: int, count_re):
    """The counts (matches of `count_re`: a number, its modifiers and noun) earlier in the
    sentence that ends at `left`, nearest first."""
    opening = _sentence_opening(text, left)
    for m in reversed(list(re.finditer(r"\d[\d,.]*(?:\s+(?:million|billion|thousand|lakh))?", text[opening:left]))):
        cm = count_re.match(text, opening + m.end())
        if cm:
            yield cm


def _plain_mods(cm: re.Match) -> bool:
    """The words between a number and its counted noun are modifiers, not words that end the
    phrase ("36 current and former workers", not "12 of whom were workers"). "More" right after
    the number counts the people added ("to hire 5,000 more people")."""
    words = cm.group("mods").split()
    if words[:1] == ["more"] and cm.start("mods") == cm.start() + 1:
        words = words[1:]
    return all(w.lower() not in _STOP_MODIFIERS for w in words)


def _complete(text: str, amount: _Amount, approx: bool, left: int, am: re.Match):
    """Decide what the amount measures by what follows it; None when it is not a figure."""
    end = amount.end
    currency = amount.currency
    kind = unit = per = None
    low = high = None
    value = amount.value
    approximate = approx or amount.approximate

    # "hundreds of millions of dollars", "thousands of workers": a vague amount joins its noun.
    if am.group("vague") and text[end:end + 4].lower() == " of ":
        end_of = end + 3
    else:
        end_of = end

    # Currency after the amount: "500 shillings", "1.5 billion dollars", "30 cents".
    if currency is None:
        sm = _SUBUNIT_RE.match(text, end)
        if sm and not am.group("vague"):  # before currencies: "30 euro cents" is not 30 euros
            currency = _subunit_currency(sm.group("sub"))
            value = value / 100
            end = sm.end()
        else:
            code, after = _suffix_currency(text, end_of if am.group("vague") else end)
            if code:
                currency, end = code, after
    if currency in _DOT_THOUSANDS_CURRENCIES and am.group("digits") and \
            re.fullmatch(r"\d{1,3}\.\d{3}", am.group("digits")) and not am.group("scale") and not am.group("short"):
        value = amount.value = amount.raw = float(am.group("digits").replace(".", ""))
    if currency:
        kind, unit = "money", currency

    # Ranges: "$6 to $10", "$6-$10", "between $1.32 and $2", "10-15%", "200 to 300 workers".
    rng = _RANGE_JOIN_RE.match(text, end)
    if rng and not am.group("vague"):
        joiner = rng.group(0).strip().lower()
        between = re.search(r"\bbetween\s*$", text[max(0, left - 10):left] if left == amount.start
                            else text[max(0, amount.start - 10):amount.start], re.I) or \
            re.search(r"\bbetween\s+(?:\w+\s+)?$", text[max(0, amount.start - 25):amount.start], re.I) or \
            re.search(r"\bin\s+the\s+range\s+of\s*$", text[max(0, amount.start - 20):amount.start], re.I)  # "... of $2.7 billion and $2.73 billion"
        from_before = re.search(r"\bfrom\s*$", text[max(0, amount.start - 6):amount.start], re.I)
        ranging = re.search(r"\b(?:rang\w*|var\w*|anywhere|run|runs|ran|go|goes|spans?|stretch\w*)\s+from\s*$",
                            text[max(0, amount.start - 20):amount.start], re.I)
        ok_joiner = (joiner in ("-", "–", "—", "to") and (not from_before or ranging)) or \
            (joiner == "and" and between) or joiner == "or"
        second = _amount_at(text, rng.end(), allow_words=bool(am.group("words"))) if ok_joiner else None
        if second is not None and joiner == "or" and currency and not _per_after(text, second.end)[0]:
            second = None  # "$14 or $14.50 an hour" is a range of pay, "a $10 or $20 card" two things
        if second is not None and not re.match(r"\s*(?:-year|years?\b|-|:)", text[second.end:second.end + 6]) \
                and not _APPROX_RE.search(text[rng.end():second.start] or " x"):
            second_currency = second.currency
            send = second.end
            if second_currency is None and currency is None:
                second_currency, send2 = _suffix_currency(text, send)
                if second_currency:
                    send = send2
            subunit = None
            sm = _SUBUNIT_RE.match(text, send)
            if second_currency is None and sm:
                if currency:
                    second = None  # "$1 to 50 cents" is not a range we understand
                elif not am.group("vague"):
                    subunit = _subunit_currency(sm.group("sub"))
                    send = sm.end()
            if second is not None:
                hv = second.value
                lv = amount.value
                if not amount.has_scale and second.has_scale and amount.raw and second.raw:
                    lv = amount.raw * (second.value / second.raw)  # "$1-2 billion"
                compatible = (currency is None or second_currency in (None, currency))
                if subunit:  # "20 to 30 cents"
                    lv, hv, second_currency = lv / 100, hv / 100, subunit
                if compatible and lv < hv:
                    currency = currency or second_currency
                    value = low = lv
                    high = hv
                    end = send
                    if currency:
                        kind, unit = "money", currency

    if kind is None:
        pm = _PERCENT_RE.match(text, end)
        if pm and not am.group("vague"):
            kind, unit, end = "percent", "percent", pm.end()
            # "between 1% and 2%", "from 10% to 15%" when a range, "1% to 2%"
            rng = _RANGE_JOIN_RE.match(text, end)
            if rng and rng.group(0).strip().lower() in ("-", "–", "—", "to", "and"):
                second = _amount_at(text, rng.end(), allow_words=False)
                pm2 = _PERCENT_RE.match(text, second.end) if second is not None else None
                joined_by_and = rng.group(0).strip().lower() == "and"
                between = re.search(r"\bbetween\s*$", text[max(0, amount.start - 10):amount.start], re.I)
                from_before = re.search(r"\bfrom\s*$", text[max(0, amount.start - 6):amount.start], re.I) and \
                    not re.search(r"\b(?:rang\w*|var\w*|anywhere)\s+from\s*$", text[max(0, amount.start - 20):amount.start], re.I)
                changed = re.search(r"\b(?:rose|rise[sn]?|fell|fall(?:s|en)?|grew|grow(?:s|n)?|dropped|"
                                    r"increased|decreased|climbed|jumped|slid|cut|by)\s*$",
                                    text[max(0, amount.start - 12):amount.start], re.I)
                if pm2 and second.value > value and not changed and \
                        (between if joined_by_and else not from_before):
                    low, high, end = value, second.value, pm2.end()
    if kind is None:
        noun_start = end_of if am.group("vague") else end
        plus = _PLUS_RE.match(text, noun_start)
        if plus and am.group("digits"):  # "50,000+ workers", "3,000-plus workers"
            noun_start, approximate = plus.end(), True
        count_re, count_nouns = _count_nouns()
        cm = count_re.match(text, noun_start)
        if cm and _plain_mods(cm):
            if not (am.group("digits") and _is_year_like(text, amount)):
                if not _named_number(text, amount, am) and not _ratio_before(text, amount):
                    kind, unit, end = "count", count_nouns[cm.group("noun")], cm.end()
                    if _OF_GROUP_SIZE_RE.match(text, noun_start):
                        end = noun_start  # the group's own size follows, a figure of its own
        elif value == 1 and not am.group("vague"):
            cm1 = _COUNT_ONE_RE.match(text, end)
            if cm1 and _plain_mods(cm1):
                kind, unit, end = "count", _COUNT_SINGULAR[cm1.group("noun")], cm1.end()
        if kind is None and am.group("digits"):
            st = _STRONG_RE.match(text, end)
            if st:
                kind, unit, end = "count", "workers", st.end()
            elif _PART_OF_RE.match(text, end) and not _is_year_like(text, amount):
                kind, unit = "count", "people"
            elif (og := _OUT_OF_GROUP_RE.match(text, end)) and not _is_year_like(text, amount):
                cm = count_re.match(text, og.end())
                if cm and _plain_mods(cm) and not _ratio_whole(float(og.group("whole").replace(",", ""))):
                    kind, unit = "count", count_nouns[cm.group("noun")]
            elif not _is_year_like(text, amount) and not _named_number(text, amount, am):
                kind, unit = _count_by_context(text, amount, left, noun_start, count_re, count_nouns)
                agent = _AGENT_NOUN_RE.match(text, noun_start) if kind is None else None
                if agent and agent.group("noun") not in _NOT_AGENT_NOUNS and not any(
                        w in _STOP_MODIFIERS for w in agent.group("mods").split()) and \
                        not _ratio_before(text, amount):
                    kind, unit, end = "count", "people", agent.end()
        if kind == "count" and am.group("words") and (value < 3 or value < 10 and (
                _VOICES_AFTER_RE.match(text, end) or _VOICES_BEFORE_RE.search(text[max(0, left - 40):left]))):
            # "two workers told us", "three raters said", "we spoke to five moderators":
            # anecdote, not a measured figure; "laid off nine employees" counts
            kind = None
        if kind == "count" and am.group("vague") and value < 10000:
            kind = None  # "thousands of young workers": colour, not a measured figure
    if kind is None:
        return None

    if kind == "money":
        per, pend = _per_after(text, end)
        if per:
            end = pend
        else:
            pb = _PER_BEFORE_RE.search(text[max(0, left - 60):left])
            if pb:
                per = _PER_BEFORE_UNITS[pb.group("adverb").lower()]
    elif kind == "count":
        # "10 tasks a day" is a rate of tasks; keep the per.
        per, pend = _per_after(text, end)
        if per:
            end = pend
    if kind == "percent" and value > 100000:
        return None
    value = _tidy(value)
    low = _tidy(low) if low is not None else None
    high = _tidy(high) if high is not None else None
    return left, end, Figure(kind=kind, value=value, low=low, high=high, unit=unit, per=per,
                             approximate=approximate, text=text[left:end])


# Currency names that several countries share. Without a country adjective ("Mexican pesos")
# the parser takes the most common reading; the story's countries can tell which is meant.
_SHARED_CURRENCY_NAMES = (
    (re.compile(r"\bpesos?\b|\bcentavos?\b", re.I),
     {"PH": "PHP", "MX": "MXN", "CO": "COP", "AR": "ARS", "CL": "CLP", "UY": "UYU", "DO": "DOP",
      "CU": "CUP"}),
    (re.compile(r"\brupees?\b|\bRs(?![a-z])|₨|\bpaise\b", re.I),
     {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "MU": "MUR"}),
    (re.compile(r"\bshillings?\b", re.I), {"KE": "KES", "UG": "UGX", "TZ": "TZS", "SO": "SOS"}),
    (re.compile(r"\bpounds?\b", re.I), {"GB": "GBP", "EG": "EGP", "LB": "LBP", "SD": "SDG", "SY": "SYP"}),
    (re.compile(r"\bfrancs?\b", re.I),
     {"RW": "RWF", "CH": "CHF", "BI": "BIF", "CD": "CDF", "GN": "GNF", "SN": "XOF", "CI": "XOF",
      "ML": "XOF", "BF": "XOF", "NE": "XOF", "TG": "XOF", "BJ": "XOF", "CM": "XAF", "GA": "XAF",
      "CG": "XAF", "TD": "XAF"}),
)
_CURRENCY_QUALIFIER = re.compile(
    r"\b(?:Philippine|Mexican|Colombian|Argentine|Argentinian|Chilean|Uruguayan|Dominican|Cuban|"
    r"Indian|Pakistani|Pakistan|Lankan|Nepali|Nepalese|Mauritian|Kenyan|Ugandan|Tanzanian|Somali|"
    r"British|Egyptian|Lebanese|Sudanese|Syrian|Rwandan|Swiss|Congolese|CFA|sterling)\b", re.I)


def currency_for_countries(figure: Figure, countries: list[str]) -> str | None:
    """The currency a shared name ("pesos", "Rs", "shillings") means in the first of
    `countries` (most telling first) that uses one of that name, or None to keep the parser's.
    "about 800 pesos" in a story about Argentina is ARS; "Rs 9,000" in Pakistan is PKR."""
    if figure.kind != "money" or _CURRENCY_QUALIFIER.search(figure.text):
        return None
    for pattern, by_country in _SHARED_CURRENCY_NAMES:
        if pattern.search(figure.text) and figure.unit in by_country.values():
            for code in countries:
                if code in by_country:
                    return by_country[code]
            return None
    return None


# A text that writes its US dollars "$US14 million" or "US$82.8 million" and no other dollar
# with a qualifier ("A$", "C$") uses the bare sign for its own country's dollar: "$30 million"
# in the Australian Financial Review is Australian. Where that country is tells which.
_US_QUALIFIED_RE = re.compile(r"\bUS\s?\\?\$|\$\s?US(?![A-Za-z])|\bU\.S\.\s?\$")  # not "USD": every outlet writes it
_LOCAL_QUALIFIED_RE = re.compile(
    r"(?<![A-Za-z])(?:A|AU|C|CA|NZ|S|SG|HK)\\?\$|\$(?:AU?|NZ)\b|\b(?:AUD|CAD|NZD|SGD|HKD)\b|"
    r"\b(?:Australian|Canadian|Singapore|New\s+Zealand|Hong\s+Kong)\s+(?:dollars?|cents?)\b")
_LOCAL_DOLLARS = {"AU": "AUD", "NZ": "NZD", "CA": "CAD", "SG": "SGD", "HK": "HKD"}
_EXCHANGES = {"ASX": "AU", "TSX": "CA", "NZX": "NZ", "SGX": "SG", "HKEX": "HK",
              "Australian Securities Exchange": "AU", "Toronto Stock Exchange": "CA",
              "Singapore Exchange": "SG", "Hong Kong Stock Exchange": "HK"}
_US_MARKET_RE = re.compile(r"\b(?:NYSE|Nasdaq|Wall\s+Street|Dow\s+Jones|S&P\s+500)\b")
_BARE_DOLLAR_RE = re.compile(r"(?<![A-Za-z.])\\?\$(?!\s?US)|\bcents?\b|¢|\bdollars?\b")


def _exchanges_named(text: str) -> set[str]:
    """The countries of the dollar-country stock exchanges `text` names ("ASX" → AU)."""
    return {code for name, code in _EXCHANGES.items() if re.search(rf"\b{name}\b", text)}


def local_dollar(text: str, countries: list[str]) -> str | None:
    """The currency of a bare "$" in `text`, when the text marks its US dollars as such and
    names one dollar country: its stock exchange ("ASX"), else the country it names most
    (`countries`, most named first). None when "$" keeps its usual US reading."""
    if not _US_QUALIFIED_RE.search(text) or _LOCAL_QUALIFIED_RE.search(text):
        return None
    exchanges = _exchanges_named(text)
    if len(exchanges) == 1:
        return _LOCAL_DOLLARS[exchanges.pop()]
    if not exchanges and countries and countries[0] in _LOCAL_DOLLARS:
        return _LOCAL_DOLLARS[countries[0]]
    return None


# A share price or market value: "its shares are trading at $3.37", "Appen's value has been
# shredded, from $5 billion", "a market capitalisation of $600 million"
_MARKET_VALUE_RE = re.compile(r"\b(?:shares?|stock|share\s+price|market\s+(?:value|cap\w*)|value)\b", re.I)
# Money raised from or offered to a listed firm's shareholders: "a fully underwritten ~$60 million
# equity raising", "raise another $25 million via a placement", "a $1.2 billion takeover bid"
_CAPITAL_MARKET_RE = re.compile(r"\b(?:equity\s+rais\w+|capital\s+rais\w+|placement|rights\s+issue|entitlement\s+offer|"
                                r"share\s+purchase\s+plan|takeover|buyout|bid|per\s+share|a\s+share)\b", re.I)


def us_dollar_before(head: str) -> bool:
    """Whether `head`, a sentence up to a bare "$", wrote a US dollar amount, and the "$" is
    not its conversion in brackets ("$US82 million ($124 million)")."""
    return bool(_US_QUALIFIED_RE.search(head)) and not re.search(r"\(\s*(?:about|around|approximately|roughly|~)?\s*$", head)


def _only_qualified_dollar_is_exchanges(text: str) -> bool:
    """Whether the one local dollar `text` writes as such ("A$60 million") is that of the one
    exchange it names ("ASX"): then its bare "$" share prices are that dollar too."""
    exchanges = _exchanges_named(text)
    if len(exchanges) != 1:
        return False
    local = _LOCAL_DOLLARS[next(iter(exchanges))]
    marks = [m.group(0).strip() for m in _LOCAL_QUALIFIED_RE.finditer(text)]  # "A$", "AUD", "Australian cents"
    return all((_prefix_code(mark) or _suffix_currency(mark, 0)[0]
                or _SUBUNIT_ADJECTIVE.get(mark.split()[0].lower())) == local for mark in marks)


def exchange_dollar(text: str, sentence: str) -> str | None:
    """The currency of a bare "$" share price or market value in `sentence`, where `text`
    names one stock exchange of a dollar country and no US market: a share is priced where
    it is listed ("Appen ... landed on the ASX in 2015. With its shares trading as high as
    $43.50" is Australian). Its contracts and revenue keep the usual reading: Appen reports
    in US dollars."""
    if not (_MARKET_VALUE_RE.search(sentence) or _CAPITAL_MARKET_RE.search(sentence)):
        return None
    if _LOCAL_QUALIFIED_RE.search(text) and not _only_qualified_dollar_is_exchanges(text):
        return None  # "A$" for one country beside "$" of another: whose is not said
    here = _exchanges_named(sentence)
    if len(here) == 1 and not _US_MARKET_RE.search(sentence):
        return _LOCAL_DOLLARS[here.pop()]  # "the ASX stopped trading of Appen shares after they spiked from 87¢"
    if _US_MARKET_RE.search(text):
        return None
    exchanges = _exchanges_named(text)
    if len(exchanges) == 1:
        return _LOCAL_DOLLARS[exchanges.pop()]  # "The Appen Ltd (ASX: APX) share price ..."
    return None


def is_bare_dollar(figure: Figure) -> bool:
    """A dollar amount written without saying whose dollar: "$30 million", "95 cents"."""
    return figure.kind == "money" and figure.unit == "USD" and bool(_BARE_DOLLAR_RE.search(figure.text)) \
        and not re.search(r"\bUS\b|U\.S\.|American|\bUSD\b", figure.text)


# A market ticker on a line of its own: "TSX 18,136.40 +0.4% | S&P 500 3,830.17 +0.1% | CAD/USD
# 0.7826". Index levels, moves and exchange rates are page furniture, not the story's figures.
_TICKER_LINE_RE = re.compile(r"^[^\n]*\d[^\n]*\s[+\-−–▲▼]\s?\d[\d.,]*\s?%[^\n]*\|[^\n]*$"
                             # or two signed moves without bars: "TIXT +4.2%   T -0.3%" (a sign glued to a number is a
                             # range, "30-40% ... 75-100%", not a move)
                             r"|^[^\n]*(?<![\w.,%])[+\-−–▲▼]\s?\d[\d.,]*\s?%[^\n]*(?<![\w.,%])[+\-−–▲▼]\s?\d[\d.,]*\s?%[^\n]*$", re.M)
# A subscription offer or a link to another story, on a short line of its own: "Subscribe for
# ₱99 a month", "› Jury awards $4.1 million in warehouse injury case".
_OFFER_OR_LINK_LINE_RE = re.compile(
    r"^(?=[^\n]{0,120}$)(?:[^\n]*\b(?:subscribe|support\s+us|donate)\b|\W*(?:sign|log)\s+in\b)[^\n]*$"
    r"|^[ \t]*[›»→][^\n]{0,120}$", re.M | re.I)


_SIGNED_MOVE_RE = re.compile(r"(?<![\w.,%])[+\-−–▲▼]\s?\d[\d.,]*\s?%")


def _ticker_spans(m: re.Match) -> list[tuple[int, int]]:
    """A ticker line is furniture as a whole; in a paragraph of prose that quotes tickers
    inline ("DoorDash DASH, -2.63%, Uber UBER, -3.55% and Grubhub filed lawsuits ... $17.96 an
    hour"), only the quoted moves are."""
    if len(m.group(0)) <= 200:
        return [m.span()]
    return [(m.start() + s.start(), m.start() + s.end()) for s in _SIGNED_MOVE_RE.finditer(m.group(0))]


def parse_figures(text) -> list[tuple[int, int, Figure]]:
    """All figures in `text` as (start_char, end_char, Figure), in order, never overlapping."""
    if not isinstance(text, str) or not text:
        return []
    found: list[tuple[int, int, Figure]] = []
    last_end = -1
    try:
        candidates = list(_figure_candidates(text))
    except (ValueError, OverflowError, KeyError, IndexError, ZeroDivisionError):  # pragma: no cover
        candidates = []
    tickers = [span for m in _TICKER_LINE_RE.finditer(text) for span in _ticker_spans(m)] + \
        [m.span() for m in _OFFER_OR_LINK_LINE_RE.finditer(text)]
    for cand in candidates:
        if cand is None:
            continue
        start, end, figure = cand
        if start < last_end or any(a <= start < b for a, b in tickers):
            continue
        if not (figure.value == figure.value) or figure.value in (float("inf"), float("-inf")):
            continue  # NaN or overflow from absurd digit strings
        found.append((start, end, figure))
        last_end = end
    return _unit_written_once(text, found)


# "slashed the base rate from 45 to 30 cents per minute", "cut from 20 to 15 percent": the first
# amount of a change takes the unit written after the second
_FROM_BARE_RE = re.compile(r"\bfrom\s+(\d{1,3}(?:\.\d+)?)\s+to\s+", re.I)


def _unit_written_once(text: str, found: list[tuple[int, int, Figure]]) -> list[tuple[int, int, Figure]]:
    starts = {start: figure for start, _end, figure in found}
    added = []
    for m in _FROM_BARE_RE.finditer(text):
        second = starts.get(m.end())
        if second is None or second.kind not in ("money", "percent") or second.high is not None \
                or not second.text[:1].isdigit() or any(a <= m.start(1) < b for a, b, _f in found):
            continue  # "$10 to $5" names both units; a range "6 to 10" is one figure
        number = float(m.group(1))
        scale = 0.01 if second.kind == "money" and _SUBUNIT_RE.search(second.text) else 1.0  # "30 cents"
        added.append((m.start(1), m.end(1), Figure(kind=second.kind, value=round(number * scale, 6), unit=second.unit,
                                                   per=second.per, text=m.group(1))))
    return sorted(found + added, key=lambda item: item[0]) if added else found
