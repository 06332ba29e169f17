"""`taskerwatch_figures`: money, percentages and counts -> `doc._.figures`.

`doc._.figures` is a list of `(span, Figure)` with `Figure.sentence` filled. The parser in
`extract.figures` does the reading: spaCy's MONEY/PERCENT/CARDINAL entities miss currency
forms ("Ksh500", "\\$7 billion" in Markdown text) and cut spans short ("$6 to $10 a day").
The component adds what only the document knows: spans, sentences, and it drops figures
that sit inside a DATE or TIME entity of the trained model ("the 2020-2021 season") or in
page furniture such as a comment counter.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from extract.figures import (currency_for_countries, exchange_dollar, is_bare_dollar, local_dollar, parse_figures,
                             us_dollar_before)
from extract.nlp import extensions
from extract.nlp.segments import segments

extensions.register()

# Entity labels under which a number is not a quantity of money, people or tasks.
_NOT_FIGURE_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})


class FigureTagger:
    def __init__(self, nlp: Language, name: str, skip_date_entities: bool = True):
        self.name = name
        self.skip_date_entities = skip_date_entities

    def __call__(self, doc: Doc) -> Doc:
        figures: list[tuple[Span, object]] = []
        sentences = segments(doc)
        starts = [s.start_char for s in sentences]
        places = doc._.countries or []  # (span, code), set by taskerwatch_countries when present
        by_frequency = [code for code, _n in Counter(code for _s, code in places).most_common()]
        text = doc.text  # built anew on every access: once, or long texts go quadratic
        own_dollar = local_dollar(text, by_frequency)
        for start, end, figure in parse_figures(text):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            if self.skip_date_entities and self._inside_date(span, figure):
                continue
            sent = _sentence_span(sentences, starts, start)
            inside = sent is not None and sent.start_char <= start < sent.end_char
            sentence = sent.text.strip() if inside else ""
            if places and figure.kind == "money":
                # a shared currency name ("pesos", "Rs") read by the sentence's countries,
                # then the article's most named
                here = [code for s, code in places if sent is not None and sent.start <= s.start < sent.end]
                code = currency_for_countries(figure, here + by_frequency)
                if code:
                    figure = replace(figure, unit=code)
            if own_dollar and is_bare_dollar(figure) and not (inside and us_dollar_before(text[sent.start_char:start])):
                # "$30 million" beside "$US14 million"; but "down to negative US$12.4 million from
                # positive $7.9 million" keeps in one sentence the dollar it named
                figure = replace(figure, unit=own_dollar)
            elif is_bare_dollar(figure):
                code = exchange_dollar(text, sentence)
                if code:
                    figure = replace(figure, unit=code)  # an ASX company's share price
            figures.append((span, replace(figure, sentence=sentence)))
        doc._.figures = figures
        return doc

    @staticmethod
    def _inside_date(span: Span, figure) -> bool:
        # Money and percentages carry their own unit, so only bare counts are at risk of
        # being a year or a time the parser took for a quantity.
        if figure.kind != "count":
            return False
        number = span[0]
        for token in span:
            if token.like_num:
                number = token
                break
        return number.ent_type_ in _NOT_FIGURE_LABELS



def _sentence_span(sentences: list[Span], starts: list[int], char: int) -> Span | None:
    i = bisect_right(starts, char) - 1
    return sentences[i] if 0 <= i < len(sentences) else None


@Language.factory(
    "taskerwatch_figures",
    default_config={"skip_date_entities": True},
    assigns=["doc._.figures"],
)
def make_figure_tagger(nlp: Language, name: str, skip_date_entities: bool) -> FigureTagger:
    return FigureTagger(nlp, name, skip_date_entities=skip_date_entities)
