"""Custom attributes our components read and write; registered once, on import."""
from spacy.tokens import Doc, Span


def register() -> None:
    for name in ("published", "names_then"):  # names_then: {canonical: its name when published}
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in ("companies", "countries", "figures", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)  # each component sets a fresh list
    for name in ("canonical", "org_kind", "parent", "seat"):
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)


register()
