"""`taskerwatch_companies` (after `ner`): which organisations act in the story -> `doc._.companies`.

`doc._.companies` is a list of `(span, canonical, kind, parent)`, one per accepted mention.
- Gazetteer organisations (from `taskerwatch_organisations`) are accepted, except publishers,
  which are accepted only where they act (sue, buy, lay off, ...), not where they are cited
  ("according to Rest of World", "told TIME", "The Post's findings").
- Statistical ORG entities not in the gazetteer are accepted when they look like an
  organisation: a corporate suffix ("Inc.", "Labs", "Capital"), an institutional head word
  ("University", "Ministry", "Union": typed research/government/union/ngo), a company noun
  beside them ("the startup X", "VC firm X", "X, a data-labelling company"), an organisation
  cue after a possessive ("X's chief executive"), or a definition with an acronym
  ("Smart Ecosystem Philippines Inc. (SEPI)", after which "SEPI" is the same company).
  Products, page furniture, places, demonyms and generic words are refused.
A name accepted once is accepted at every mention; names are normalised (no leading "the",
possessive or corporate suffix) and grouped by a comparison key.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.countries import resolve_place
from extract.gazetteer import CORPORATE_SUFFIXES, Gazetteer, build_gazetteer, load_gazetteer, name_key
from extract.nlp import extensions

extensions.register()

COMPANY_SUFFIX_WORDS = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "co.", "plc", "gmbh",
    "limited", "incorporated", "s.a.", "ag", "pte", "pvt", "technologies", "technology", "labs",
    "lab", "ai", "capital", "ventures", "partners", "group", "holdings", "systems", "solutions",
    "software", "networks", "analytics", "robotics", "bank", "investments", "management",
    "securities", "media", "studios", "services", "outsourcing", "consulting", "dynamics",
    "intelligence", "data", "digital", "tech", "industries", "enterprises", "associates",
    "fund", "payments", "pharmaceuticals", "motors", "airlines", "telecom", "communications",
})
INSTITUTION_KINDS = (
    ("union", ("union", "unions", "association", "federation", "guild", "congress of trade",
               "workers", "collective", "syndicate")),
    ("research", ("university", "college", "institute", "school", "academy", "laboratory",
                  "observatory", "research")),
    ("government", ("ministry", "department", "court", "agency", "commission", "authority",
                    "council", "bureau", "parliament", "senate", "tribunal", "regulator",
                    "office", "government", "administration", "organization", "organisation",
                    "police", "assembly", "board")),
    ("ngo", ("foundation", "coalition", "alliance", "trust", "initiative", "society", "network",
             "watch", "centre", "center", "project", "campaign", "charity")),
)
COMPANY_NOUNS = frozenset({
    "company", "companies", "firm", "firms", "startup", "start-up", "startups", "platform",
    "investor", "investors", "contractor", "subcontractor", "vendor", "outsourcer", "subsidiary",
    "rival", "competitor", "client", "customer", "provider", "unicorn", "maker", "developer",
    "lab", "conglomerate", "giant", "backer", "owner", "operator", "outsourcing", "bpo",
    "creator", "powerhouse", "manufacturer", "retailer", "marketplace", "business", "employer",
    "fund", "insurer", "bank", "agency", "consultancy", "corporation", "group", "brand",
    "affiliate", "partner", "supplier", "forecaster", "publisher",
})
POSSESSIVE_ORG_CUES = frozenset({
    "ceo", "chief", "founder", "co-founder", "cofounder", "spokesperson", "spokeswoman",
    "spokesman", "valuation", "shares", "stock", "revenue", "customers", "clients", "employees",
    "contractors", "workers", "staff", "platform", "subsidiary", "parent", "board", "investors",
    "headquarters", "executives", "president", "policy", "policies", "website", "app",
})
# things the small model tags ORG that are not organisations of the story
NOT_ORGANISATIONS = frozenset(name_key(n) for n in (
    "ChatGPT", "GPT", "GPT-3", "GPT-4", "GPT-4o", "GPT-5", "Gemini", "Bard", "Claude", "Copilot",
    "Llama", "LLaMA", "Siri", "Alexa", "Grok", "Midjourney", "DALL-E", "Sora", "WhatsApp",
    "Instagram", "Messenger", "YouTube", "Gmail", "Android", "iPhone", "Windows", "Azure",
    "Excel", "Zoom", "Discord", "Telegram", "Slack channel", "AI", "A.I.", "LLM", "LLMs", "NLP",
    "API", "CEO", "CTO", "Post", "Senior Writer", "Staff Writer", "Artificial Intelligence",
    "Generative AI", "Machine Learning", "Remote Work", "Big Tech", "Share", "Listen", "Comment",
    "Save", "Subscribe", "Menu", "Newsletter", "Sign", "Login", "Advertisement", "Credit",
    "Photo", "Illustration", "Getty Images", "Shutterstock", "Government", "Congress", "Senate",
    "Parliament", "Company", "the Company", "Reuters Graphics", "Covid", "COVID-19", "Pinoy",
    "RLHF", "HR", "PR", "IPO", "VC", "Series A", "Series B", "Series C", "Series D", "Series E",
    "Series F", "Terms", "Privacy Policy", "Cookie Policy",
))
PUBLISHER_ACTIONS = frozenset({
    "sue", "acquire", "buy", "purchase", "sell", "lay", "cut", "fire", "hire", "license",
    "settle", "partner", "invest", "raise", "ban", "block", "employ", "contract", "close",
    "shut", "merge", "fund", "own", "strike", "unionize", "unionise", "sign",
})
# "Slack channels", "Google Docs": the product, not the company acting
PRODUCT_NOUNS = frozenset({
    "channel", "channels", "workspace", "workspaces", "group", "groups", "chat", "chats",
    "message", "messages", "account", "accounts", "app", "apps", "page", "pages", "docs", "doc",
    "forms", "form", "sheets", "meet", "drive", "gift", "maps", "translate", "search", "play",
    "store", "card", "cards", "wallet", "post", "posts", "video", "videos",
})
# Institutions keep the spelling the article uses ("International Labor Organization",
# "Oxford University"): their names vary by country and they are not the story's companies.
AS_WRITTEN_KINDS = frozenset({"government", "research", "ngo", "union"})
LEADING = re.compile(r"^(?:the)\s+", re.I)
POSSESSIVE = re.compile(r"\s*['’]s?$")
SUFFIX = re.compile(r"(?:,?\s+(?:%s)\.?)+$" % "|".join(CORPORATE_SUFFIXES), re.I)


def display_name(text: str) -> str:
    """"the Smart Ecosystem Philippines Inc.'s" -> "Smart Ecosystem Philippines"."""
    name = re.sub(r"\s+", " ", text).strip(" ,.;:-–—\"“”'’()")
    name = POSSESSIVE.sub("", name)
    name = LEADING.sub("", name)
    stripped = SUFFIX.sub("", name).strip(" ,")
    return stripped or name


def institution_kind(name: str) -> str | None:
    words = name.lower().split()
    for kind, heads in INSTITUTION_KINDS:
        for head in heads:
            if " " in head and head in name.lower():
                return kind
            if head in words:
                return kind
    return None


def has_company_suffix(ent: Span) -> bool:
    tokens = [t for t in ent if t.text not in ("'s", "’s", ",", ".")]
    return bool(tokens) and len(tokens) > 1 and tokens[-1].lower_ in COMPANY_SUFFIX_WORDS


STRICT_SUFFIX_WORDS = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "plc", "gmbh", "limited",
    "technologies", "labs", "ventures", "capital", "partners", "holdings",
})


def has_strict_suffix(ent: Span) -> bool:
    tokens = [t for t in ent if t.text not in ("'s", "’s", ",", ".")]
    return len(tokens) > 1 and tokens[-1].lower_ in STRICT_SUFFIX_WORDS


def company_context(ent: Span) -> bool:
    doc = ent.doc
    # "the San Francisco start-up X", "VC firm X", "a platform called X"
    before = [t for t in doc[max(0, ent.start - 3):ent.start] if not t.is_punct]
    if before and (before[-1].lower_ in COMPANY_NOUNS or
                   (before[-1].lower_ in ("called", "named") and len(before) > 1
                    and before[-2].lower_ in COMPANY_NOUNS)):
        return True
    after = doc[ent.end:min(len(doc), ent.end + 8)]
    # "X's chief executive"
    if len(after) > 1 and after[0].text in ("'s", "’s") and after[1].lower_ in POSSESSIVE_ORG_CUES:
        return True
    # apposition: "X, a market forecaster", "X, the outsourcing firm"
    if len(after) > 1 and after[0].text == "," and after[1].lower_ in ("a", "an", "the"):
        for tok in after[2:]:
            if tok.is_punct:
                break
            if tok.lower_ in COMPANY_NOUNS:
                return True
    # "X, which ..." about an organisation the model is already sure of
    if len(after) > 1 and after[0].text == "," and after[1].lower_ == "which":
        return True
    # "X-backed", "backed by X", "led by X", "acquired by X"
    prev = doc[ent.start - 1] if ent.start else None
    if prev is not None and prev.lower_ == "by" and ent.start >= 2 and \
            doc[ent.start - 2].lemma_.lower() in ("back", "lead", "acquire", "buy", "fund", "own", "found"):
        return True
    return False


def ambiguous_ent_is_org(ent: Span) -> bool:
    """An ambiguous alias ("Sama") that the NER also calls ORG: trust it unless it modifies a
    noun ("the Turing test"), opens the sentence, or is glued to another capitalised word."""
    doc = ent.doc
    if ent.label_ != "ORG" or ent.root.dep_ in ("compound", "amod", "nmod"):
        return False
    if ent.start == 0 or (doc.has_annotation("SENT_START") and ent.start == ent.sent.start):
        return False
    for i in (ent.start - 1, ent.end):
        if 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper():
            return False
    return True


def legal_name_spans(doc: Doc) -> list[Span]:
    """"Cloudwork Solutions Ltd" even where the NER saw nothing: capitalised words ending in a
    legal-form suffix."""
    out, i = [], 0
    legal = {"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "plc", "gmbh", "limited"}
    for tok in doc:
        if tok.lower_ in legal and tok.i > 0:
            start = tok.i
            while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                    and doc[start - 1].lower_ not in ("the", "at", "of"):
                start -= 1
            if start < tok.i:
                out.append(Span(doc, start, tok.i + 1, label="ORG"))
    return out


def acronym_definitions(doc: Doc) -> dict[str, Span]:
    """"Smart Ecosystem Philippines Inc. (SEPI)" -> {"SEPI": <the ORG span>}."""
    out = {}
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.end + 2 >= len(doc):
            continue
        if doc[ent.end].text == "(" and doc[ent.end + 2].text == ")":
            acro = doc[ent.end + 1].text
            if acro.isupper() and 2 <= len(acro) <= 8:
                out[acro] = ent
    return out


def publisher_acts(ent: Span) -> bool:
    root = ent.root
    if root.dep_ in ("nsubj", "nsubjpass", "dobj") and root.head.lemma_.lower() in PUBLISHER_ACTIONS:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "against":
        return True
    return False


class CompanyResolver:
    def __init__(self, nlp: Language, name: str, gazetteer_path: str | None = None,
                 entries: list[dict] | None = None, keep_cited_publishers: bool = False):
        self.nlp = nlp
        self.name = name
        self.gazetteer_path = gazetteer_path
        self.entries = entries
        self.keep_cited_publishers = keep_cited_publishers
        self.initialize()

    def initialize(self, get_examples=None, nlp: Language | None = None) -> None:
        if self.entries is not None:
            self.gazetteer: Gazetteer = build_gazetteer(self.entries, source=f"{self.name} config")
        else:
            self.gazetteer = load_gazetteer(self.gazetteer_path)

    def _known(self, ent: Span):
        canonical = ent._.canonical or ent.ent_id_
        org = self.gazetteer.get(canonical) if canonical else None
        if org is None and len(ent) <= 8:
            # a spelling the ruler's patterns missed ("Appen Ltd."); never an ambiguous alias,
            # whose context the ruler has already judged ("the Turing test")
            org = self.gazetteer.lookup(display_name(ent.text))
            if org is not None and name_key(display_name(ent.text)) not in {
                    name_key(s) for s in org.spellings} and not ambiguous_ent_is_org(ent):
                org = None
        return org

    def __call__(self, doc: Doc) -> Doc:
        extra = [s for s in legal_name_spans(doc)
                 if not any(e.start < s.end and s.start < e.end for e in doc.ents)]
        acronyms = acronym_definitions(doc)
        known, unknown = [], []
        for ent in sorted(list(doc.ents) + extra, key=lambda e: e.start):
            # the small model calls unfamiliar firms people ("Kestrel Labs"): a strict
            # corporate suffix overrides that
            if ent.label_ != "ORG" and not (ent.label_ in ("PERSON", "PRODUCT", "GPE")
                                            and has_strict_suffix(ent)):
                continue
            org = self._known(ent)
            (known if org is not None else unknown).append((ent, org))

        out = []
        acting_publishers = {org.name for ent, org in known
                             if org.kind == "publisher" and publisher_acts(ent)}
        as_written: dict[str, str] = {}
        for ent, org in known:
            name = display_name(ent.text)
            if org.kind in AS_WRITTEN_KINDS and not name.isupper() and len(name) > len(as_written.get(org.name, "")):
                as_written[org.name] = name
        for ent, org in known:
            if org.kind == "publisher" and not self.keep_cited_publishers \
                    and org.name not in acting_publishers:
                continue
            nxt = doc[ent.end] if ent.end < len(doc) else None
            if org.kind != "platform" and nxt is not None and nxt.lower_ in PRODUCT_NOUNS:
                continue
            out.append((ent, as_written.get(org.name, org.name), org.kind, org.parent))

        groups: dict[str, list[Span]] = {}
        names: dict[str, str] = {}
        for ent, _ in unknown:
            text = ent.text
            if text in acronyms and acronyms[text] is not ent:
                text = acronyms[text].text  # "SEPI" -> its definition
            name = display_name(text)
            key = name_key(name)
            if not self._plausible(ent, name, key):
                continue
            groups.setdefault(key, []).append(ent)
            # prefer the longest spelling as the display name ("Smart Ecosystem Philippines")
            if len(name) > len(names.get(key, "")):
                names[key] = name
        defined = {name_key(display_name(e.text)) for e in acronyms.values()}
        for key, ents in groups.items():
            name = names[key]
            kind = institution_kind(name)
            if kind is None and not (key in defined or any(
                    has_company_suffix(e) or company_context(e) for e in ents)):
                continue
            for ent in ents:
                out.append((ent, name, kind or "company", None))
        out.sort(key=lambda item: item[0].start)
        doc._.companies = out
        return doc

    @staticmethod
    def _plausible(ent: Span, name: str, key: str) -> bool:
        if not key or key in NOT_ORGANISATIONS or "\n" in ent.text or len(ent) > 8:
            return False
        if not any(c.isalpha() for c in name) or name.islower():
            return False
        place = resolve_place(name)
        if place is not None:
            return False  # a place or nationality the model called ORG
        words = name.split()
        if len(words) > 1 and sum(w[:1].isupper() for w in words) < len(words) / 2:
            return False  # a phrase, not a name ("Artificial IntelligenceGenerative AIRemote Work" is caught above)
        if re.search(r"[a-z][A-Z][a-z]+[A-Z]", name.replace("Mc", "")) and " " in name:
            return False  # run-together page furniture
        return True

    def to_disk(self, path, exclude=tuple()):
        pass

    def from_disk(self, path, exclude=tuple()):
        return self

    def to_bytes(self, exclude=tuple()):
        return b""

    def from_bytes(self, data, exclude=tuple()):
        return self


@Language.factory(
    "taskerwatch_companies",
    default_config={"gazetteer_path": None, "entries": None, "keep_cited_publishers": False},
)
def make_company_resolver(nlp: Language, name: str, gazetteer_path: str | None,
                          entries: list[dict] | None, keep_cited_publishers: bool) -> CompanyResolver:
    return CompanyResolver(nlp, name, gazetteer_path=gazetteer_path, entries=entries,
                           keep_cited_publishers=keep_cited_publishers)
