"""Sentences as events and figures see them: the parser's sentences, also cut at line breaks.

Article text keeps page furniture and headings on lines of their own ("Senior Writer",
"Overseas outposts"); the parser glues them to the next sentence, which then carries
the wrong words as evidence. A newline is a boundary for us whatever the parser says.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span


def segments(doc: Doc) -> list[Span]:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        sents = list(doc.sents)
    else:
        sents = [doc[:]]
    out: list[Span] = []
    for sent in sents:
        start = sent.start
        for token in sent:
            if "\n" in token.text or "\n" in token.whitespace_:
                end = token.i if "\n" in token.text else token.i + 1
                if end > start:
                    out.append(doc[start:end])
                start = token.i + 1
        if start < sent.end:
            out.append(doc[start:sent.end])
    return [s for s in out if s.text.strip()]

