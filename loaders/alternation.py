"""Large regex alternations, searched only with the alternatives a text can match.

Python's `re` tries every alternative of "a|b|c|..." at every position of the text: the
polarity patterns (a hundred alternatives each) cost more than the rest of extraction together.
Most alternatives need a word most sentences lack ("insufficient", "backlog", one of "harmed,
hampered, undermined"); `Alternation` finds those words once per alternative, from the parsed
pattern, and searches a text with the alternatives whose words it contains, each compiled
alone. The match found is the full alternation's: the leftmost, and at one place the first
alternative (an alternative whose words a text lacks matches nowhere in it).
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # the parser `re` compiles with (private; named sre_parse before Python 3.11)
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c
    import sre_parse as _p

# characters whose case-insensitive match in `re` differs from str.lower() (Turkish dotted and
# dotless i, long s, the Kelvin sign): a text holding one is searched with every alternative
_ODD_CASES = re.compile("[\u0130\u0131\u017f\u212a]")


def required_words(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Words one of which every match of `pattern` contains (ASCII, lower case under
    IGNORECASE), or None when no such set is found."""
    parsed = _p.parse(pattern, flags)
    if (parsed.state.flags ^ flags) & re.IGNORECASE:  # an inline (?i) changes what a literal matches
        return None
    return _words(list(parsed), bool(flags & re.IGNORECASE))


def _words(items: list, fold: bool) -> frozenset[str] | None:
    """The best word set of a sequence of parsed items (its shortest word longest): a literal
    run, the words of a group any of whose branches matches, or a literal run joined to the
    literals each branch of the group after it opens with ("un(?:met|safe)" -> unmet, unsafe)."""
    candidates: list[frozenset[str]] = []
    run = ""
    for op, arg in items:
        if op is _c.LITERAL and arg < 128:
            run += chr(arg).lower() if fold else chr(arg)
            continue
        if op is _c.AT:  # \b, ^, $: zero-width, the run goes on
            continue
        if run:
            candidates.append(frozenset([run]))
            openings = _branch_openings(op, arg, fold)
            if openings:
                candidates.append(frozenset(run + o for o in openings))
        branch = _branch_words(op, arg, fold)
        if branch:
            candidates.append(branch)
        run = ""
    if run:
        candidates.append(frozenset([run]))
    candidates = [c for c in candidates if min(map(len, c)) >= 2]
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _branch_words(op, arg, fold: bool) -> frozenset[str] | None:
    """The words of a group or a branch (`(?:a|b)`, `a|b`) each of whose branches has words."""
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = arg
        if (add_flags | del_flags) & re.IGNORECASE:
            return None
        return _words(list(sub), fold)
    if op is _c.BRANCH:
        sets = [_words(list(b), fold) for b in arg[1]]
        return None if any(s is None for s in sets) else frozenset().union(*sets)
    return None


def _branch_openings(op, arg, fold: bool) -> frozenset[str] | None:
    """The literal run each branch of a group opens with, when every branch opens with one."""
    if op is _c.BRANCH:  # a non-capturing group's branches, as the parser inlines them
        branches = [list(b) for b in arg[1]]
    elif op is _c.SUBPATTERN and not (arg[1] | arg[2]) & re.IGNORECASE:
        sub = list(arg[3])
        branches = [list(b) for b in sub[0][1][1]] if len(sub) == 1 and sub[0][0] is _c.BRANCH else [sub]
    else:
        return None
    openings = set()
    for items in branches:
        run = ""
        for o, a in items:
            if o is not _c.LITERAL or a >= 128:
                break
            run += chr(a).lower() if fold else chr(a)
        if not run:
            return None
        openings.add(run)
    return frozenset(openings)


def top_level_alternatives(pattern: str) -> list[str]:
    """A pattern's alternatives at its top level: "a|(?:b|c)|d" -> ["a", "(?:b|c)", "d"]."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]" or i == class_start + 1 or (i == class_start + 2 and pattern[class_start + 1] == "^")
        elif ch == "[":
            in_class, class_start = True, i
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


# Every Alternation's words, looked for once per text: the alternations of a component search
# the same sentence one after another (the response triggers: thirteen kinds of action).
_VOCABULARY: set[str] = set()
_BY_OPENING: dict[str, list[str]] = {}  # the vocabulary by each word's first three letters (shorter words under themselves)
_INDEXED: list[int] = [0]
_SIZES: set[int] = set()  # the index's key lengths: 3, and 2 where a word has two letters ("if")
_LAST: list = [None, None, None]  # [text, fold, the words of the vocabulary in it]


def _present(text: str, fold: bool) -> set[str]:
    """The vocabulary's words in text: those whose opening letters occur in it, then tested whole
    (a few hundred words; testing each against every sentence cost ~30 ms a national report)."""
    if _LAST[0] is not text or _LAST[1] != fold:
        if _INDEXED[0] != len(_VOCABULARY):
            _BY_OPENING.clear()
            for w in _VOCABULARY:
                _BY_OPENING.setdefault(w[:3], []).append(w)
            _INDEXED[0] = len(_VOCABULARY)
            _SIZES.clear()
            _SIZES.update(len(o) for o in _BY_OPENING)
        folded = text.lower() if fold else text
        openings = {folded[i:i + n] for n in _SIZES for i in range(len(folded))}
        _LAST[:] = [text, fold, {w for o in openings.intersection(_BY_OPENING) for w in _BY_OPENING[o] if w in folded}]
    return _LAST[2]


class Alternation:
    """re.compile("|".join(patterns), flags), its searches prefiltered by each alternative's words."""

    def __init__(self, patterns: list[str], flags: int = 0):
        self.patterns = list(patterns)
        self.flags = flags
        self.full = re.compile("|".join(self.patterns), flags)
        if self.full.groups:
            raise ValueError("an Alternation's patterns must not capture: group numbers would differ")
        self.alone = [re.compile(p, flags) for p in self.patterns]
        self.words = [required_words(p, flags) for p in self.patterns]
        self._fold = bool(flags & re.IGNORECASE)
        self._always = [i for i, w in enumerate(self.words) if w is None]
        _VOCABULARY.update(*(w for w in self.words if w))

    def _candidate_indexes(self, text: str) -> list[int]:
        """The alternatives that can match somewhere in text (their words are in it)."""
        present = _present(text, self._fold)
        if not present:
            return self._always
        return [i for i, words in enumerate(self.words) if words is None or not words.isdisjoint(present)]

    def _candidates(self, text: str) -> list[re.Pattern]:
        return [self.alone[i] for i in self._candidate_indexes(text)]

    def search(self, text: str) -> re.Match | None:
        """What the full alternation's search finds: the leftmost match, of the first
        alternative matching there."""
        if _ODD_CASES.search(text):
            return self.full.search(text)
        found = [m for m in (rx.search(text) for rx in self._candidates(text)) if m]
        return min(found, key=lambda m: m.start()) if found else None  # min keeps the first of a tie

    def matches(self, text: str) -> bool:
        """Whether the full alternation matches anywhere in text."""
        if _ODD_CASES.search(text):
            return self.full.search(text) is not None
        return any(rx.search(text) for rx in self._candidates(text))

    def sub(self, repl, text: str) -> str:
        """The full alternation's substitution, by the alternation of the alternatives that can
        match in text (those that cannot change no match; none at all: nothing to replace)."""
        if _ODD_CASES.search(text):
            return self.full.sub(repl, text)
        chosen = tuple(self._candidate_indexes(text))
        if not chosen:
            return text
        # a few alternatives: their own alternation, compiled once per set; many: the full one, since
        # compiling each new set of many costs more than the full alternation's search
        return self._joined(chosen).sub(repl, text) if len(chosen) <= 3 else self.full.sub(repl, text)

    @lru_cache(maxsize=8192)  # a few thousand sets over the national corpus; each compiled once, about 1.7 ms
    def _joined(self, chosen: tuple[int, ...]) -> re.Pattern:
        return re.compile("|".join(self.patterns[i] for i in chosen), self.flags)
