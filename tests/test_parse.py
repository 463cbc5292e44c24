"""One parsed document shared by every component: built once by `extract`, each analysis
computed once, spaCy run at most once per sentence of a document."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from loaders import parse
from loaders.extract import extract
from loaders.parse import Parsed
from loaders.read import read_document

NEWS = Path(__file__).parent / "fixtures" / "news_kestrelford_2025.txt"


class _Counting:
    """spaCy's pipeline, counting the texts it is given."""

    def __init__(self, model):
        self.model = model
        self.texts: Counter = Counter()

    def pipe(self, texts):
        texts = list(texts)
        self.texts.update(texts)
        return self.model.pipe(texts)


@pytest.fixture
def counting(monkeypatch):
    model = parse.nlp()
    if model is None:
        pytest.skip("spaCy's English model is not installed")
    proxy = _Counting(model)
    monkeypatch.setattr(parse, "nlp", lambda: proxy)
    return proxy


def test_extract_hands_one_parsed_document_to_every_component(monkeypatch):
    import loaders.people
    import loaders.quotes

    seen = []
    for mod, name in ((loaders.people, "extract_people"), (loaders.quotes, "extract_quotes")):
        real = getattr(mod, name)

        def spy(parsed, *a, _real=real, **k):
            seen.append(parsed)
            return _real(parsed, *a, **k)
        monkeypatch.setattr(mod, name, spy)
    doc = read_document(NEWS)
    digest = extract(doc)
    assert digest.people and len(seen) == 2
    assert seen[0] is seen[1] and isinstance(seen[0], Parsed) and seen[0].doc is doc


def test_debris_is_found_once_per_document(monkeypatch):
    import loaders.debris
    calls = []
    real = loaders.debris.debris_ranges
    monkeypatch.setattr(loaders.debris, "debris_ranges", lambda text: calls.append(1) or real(text))
    digest = extract(read_document(NEWS))
    assert digest.debris and len(calls) == 1


def test_spacy_runs_at_most_once_per_sentence(counting):
    parsed = Parsed.of(read_document(NEWS))
    from loaders.pipeline import run_pipeline
    run_pipeline(parsed, "news")
    assert counting.texts, "people asked spaCy about no sentence"
    assert max(counting.texts.values()) == 1
    spans = parsed.content_spans[:5]
    first = parsed.entities(spans + spans)  # a span asked for twice is analysed once
    assert max(counting.texts.values()) == 1
    before = sum(counting.texts.values())
    assert parsed.entities(spans) == first[:5] == first[5:]  # a second component asking: no new pass
    assert sum(counting.texts.values()) == before


def test_entities_point_into_the_document_text(counting):
    text = "Headline\n\nThe report was welcomed by Jane Roe, director of children's services at Kestrelford Borough Council.\n"
    parsed = Parsed(text)
    [ents] = parsed.entities([sp for sp in parsed.sentences if "Jane" in sp.text])
    people = [e for e in ents if e.label == "PERSON"]
    assert people and all(text[e.start:e.end] == e.text for e in ents)
    assert people[0].text == "Jane Roe"


def test_without_a_model_there_are_no_entities(monkeypatch):
    monkeypatch.setattr(parse, "nlp", lambda: None)
    parsed = Parsed("Jane Roe said the council had improved.\n")
    assert parsed.entities(parsed.sentences) == [()]


def test_analyses_are_kept(monkeypatch):
    parsed = Parsed("First sentence here. Second one here.\n\nA new paragraph.\n")
    assert parsed.sentences is parsed.sentences
    assert [sp.text for sp in parsed.sentences] == ["First sentence here.", "Second one here.", "A new paragraph."]
    assert parsed.blocks == [(0, 37), (39, 55)]


def test_a_stretch_is_dependency_parsed_once_when_asked():
    from loaders.parse import Parsed, dependency_parser
    if dependency_parser() is None:
        import pytest
        pytest.skip("spaCy's English model is not installed")
    parsed = Parsed("Kestrelford's leader said the plan would work. Nothing else is parsed.")
    doc = parsed.dependencies(0, 46)
    assert doc is parsed.dependencies(0, 46) and len(parsed._parses) == 1
    said = next(t for t in doc if t.text == "said")
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["leader"]
