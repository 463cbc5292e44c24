"""loaders/alternation.py: a large alternation searched with only the alternatives a text can
match finds exactly what the whole alternation finds."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from loaders import findings, responses
from loaders.alternation import Alternation, required_words, top_level_alternatives


def test_required_words_are_what_every_match_contains():
    assert required_words(r"\binsufficient(?:ly)?\b", re.I) == {"insufficient"}
    assert required_words(r"\b(?:harmed|hampered)\b", re.I) == {"harmed", "hampered"}
    assert required_words(r"\bun(?:met|safe|necessar\w*)\b", re.I) == {"unmet", "unsafe", "unnecessar"}
    assert required_words(r"\b(?:is|are)\s+(?:\w+\s+)?Vulnerable\s+to\b", re.I) == {"vulnerable"}
    assert required_words(r"\bn['’]t\b", re.I) is None  # nothing of three letters: always searched
    assert required_words(r"(?i)Backlog") is None  # an inline flag changes what a literal matches
    assert required_words(r"Backlog") == {"Backlog"}  # case kept where case matters


def test_top_level_alternatives_keep_groups_and_classes_whole():
    assert top_level_alternatives(r"a|(?:b|c)|d") == ["a", "(?:b|c)", "d"]
    assert top_level_alternatives(r"[|]x|y\|z|[]|]w") == ["[|]x", r"y\|z", "[]|]w"]


def test_an_alternation_that_captures_is_refused():
    import pytest
    with pytest.raises(ValueError):
        Alternation([r"(a)b", "c"])


ALTERNATIONS = [findings._NEG_RX, findings._NEG_EXCEPT_RX, findings._HISTORY_RX, findings._TURNED_RX,
                *(rx for _kind, rx in responses._COMPILED)]
VOCABULARY = sorted({w for a in ALTERNATIONS for ws in a.words if ws for w in ws})
PIECES = st.one_of(st.sampled_from(VOCABULARY), st.sampled_from(VOCABULARY).map(str.upper),
                   st.sampled_from(["not", "no", "there is", "was", "are", "the", "children", "delay", "improve",
                                    "council", "has", "appointed", "a new", "director", "£5m", "n't", "When",
                                    ",", ";", ".", "’", "\u0130", "\u017f", "K"]),
                   st.text(alphabet="abcdefghij ,.", max_size=6))
TEXTS = st.lists(PIECES, max_size=14).map(" ".join)


def same(a, b) -> bool:
    return (a and (a.span(), a.group())) == (b and (b.span(), b.group()))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_every_search_match_and_substitution_is_the_whole_alternation_s(text):
    blank = lambda m: "#" * len(m.group())  # noqa: E731
    for alt in ALTERNATIONS:
        assert same(alt.search(text), alt.full.search(text)), (alt.patterns[:2], text)
        assert alt.matches(text) == bool(alt.full.search(text))
        assert alt.sub(blank, text) == alt.full.sub(blank, text)


def test_real_sentences_find_what_they_found_before():
    sentences = ["Too many children wait too long, and there is no clear plan for them.",
                 "There is no drift in planning for children in care.",
                 "Areas that need to improve include the timeliness of assessments.",
                 "Without delay, leaders have appointed a new director of children’s services.",
                 "The council has set up a new multi-agency board to oversee improvement.",
                 "Children are not always seen within timescales."]
    for text in sentences:
        test_every_search_match_and_substitution_is_the_whole_alternation_s.hypothesis.inner_test(text)
