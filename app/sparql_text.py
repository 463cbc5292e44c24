"""Just enough SPARQL lexing for the protocol layer, without a full parser.

Whether a request calls out to the network (SERVICE, LOAD) is decided with Oxigraph's own
parser (calls_out), so the check and the engine cannot read the text differently. The rest
is lexing for the protocol layer: does a query name its own dataset (FROM /
FROM NAMED, which then wins over the union default graph), and where do the
`using-graph-uri` / `using-named-graph-uri` protocol parameters go in an update. A
tokenizer that knows strings, IRIs, comments, prefixed names and brace depth answers
those; a mistake there costs a 400, never a fetch, and Oxigraph's parser judges the syntax.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00B7\u00C0-\uFFFF]*)
  | (?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)
  | (?P<word>(?:[A-Za-z_\u00C0-\uFFFF][\w\-.\u00B7\u00C0-\uFFFF]*)?:(?:[\w\-.:%\\\u00B7\u00C0-\uFFFF]*)|[A-Za-z_\u00C0-\uFFFF][\w\-\u00B7\u00C0-\uFFFF]*)
  | (?P<punct>.)
""", re.VERBOSE | re.DOTALL)


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, var, lang, word, punct (whitespace and comments are dropped)
    text: str
    start: int
    end: int
    depth: int  # brace depth at the token ({ itself has the outer depth)

    def keyword(self, *words: str) -> bool:
        return self.kind == "word" and ":" not in self.text and self.text.upper() in words


def tokens(text: str) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        value = m.group()
        if value == "}":
            depth = max(0, depth - 1)
        out.append(Token(kind, value, m.start(), m.end(), depth))
        if value == "{":
            depth += 1
    return out


from app.sparql_worker import calls_out  # noqa: E402,F401 - decided by Oxigraph's parser, in the evaluator


MAX_NESTING = 1000  # Oxigraph's parser overflows an 8 MiB stack at ~4000 nested groups
_BRACKET = re.compile(r"[(){}\[\]]")


def too_deep(text: str, limit: int = MAX_NESTING) -> bool:
    """True when brackets of any kind nest deeper than `limit` (counted everywhere, strings
    and comments too: a cheap bound that errs on the side of refusing)."""
    depth = 0
    for m in _BRACKET.finditer(text):
        depth += 1 if m.group() in "({[" else -1
        if depth > limit:
            return True
    return False


FORM_KINDS = {"SELECT": "bindings", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


def answer_kind(query: str) -> str | None:
    """What the query will answer with (bindings, boolean, graph), from its first query-form
    keyword; None when none is found (Oxigraph's parser will say what is wrong)."""
    for t in tokens(query):
        if t.depth == 0 and t.keyword(*FORM_KINDS):
            return FORM_KINDS[t.text.upper()]
    return None


def names_dataset(query: str) -> bool:
    """True when the query has FROM or FROM NAMED clauses of its own."""
    return any(t.depth == 0 and t.keyword("FROM") for t in tokens(query))


class UsingConflict(ValueError):
    """An update names its dataset (USING / WITH) and the protocol names one too."""


def add_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """Applies the protocol's using-graph-uri / using-named-graph-uri parameters to every
    DELETE/INSERT ... WHERE operation by writing USING clauses before its WHERE.

    SPARQL 1.1 Protocol 2.2.3: an operation that has its own USING, USING NAMED or WITH
    together with these parameters is an error (raises UsingConflict)."""
    if not default_graphs and not named_graphs:
        return update
    clause = " ".join([f"USING <{g}>" for g in default_graphs] + [f"USING NAMED <{g}>" for g in named_graphs])
    inserts: list[int] = []
    for op in _operations(tokens(update)):
        words = [t for t in op if t.depth == 0 and t.kind == "word"]
        if any(t.keyword("USING", "WITH") for t in words):
            raise UsingConflict("the update names its dataset with USING or WITH, and the request has "
                                "using-graph-uri / using-named-graph-uri parameters: use one or the other")
        first = next((i for i, t in enumerate(op) if t.depth == 0 and t.keyword("INSERT", "DELETE")), None)
        if first is None or first + 1 >= len(op) or op[first + 1].keyword("DATA", "WHERE"):
            continue  # not DELETE/INSERT ... WHERE (INSERT DATA, DELETE DATA, DELETE WHERE, CLEAR, ...)
        where = next((t for t in op[first:] if t.depth == 0 and t.keyword("WHERE")), None)
        if where is not None:
            inserts.append(where.start)
    for pos in reversed(inserts):
        update = update[:pos] + clause + " " + update[pos:]
    return update


def _operations(toks: list[Token]) -> list[list[Token]]:
    ops, cur = [], []
    for t in toks:
        if t.depth == 0 and t.text == ";":
            ops.append(cur)
            cur = []
        else:
            cur.append(t)
    ops.append(cur)
    return [op for op in ops if op]


def where_queries(update: str) -> list[str]:
    """For each DELETE/INSERT ... WHERE and DELETE WHERE operation of `update`, a query
    `SELECT (COUNT(*) AS ?n)` over the same pattern and dataset (USING -> FROM, WITH -> FROM)
    with the update's prologue: evaluating it costs what the operation's WHERE costs, so it
    can be timed in a killable evaluator before the update holds the write lock. Operations
    this lexer cannot take apart are left out (Oxigraph's parser then judges the update)."""
    toks = tokens(update)
    prologue = []
    for i, t in enumerate(toks):
        if t.depth == 0 and t.keyword("PREFIX") and i + 2 < len(toks):
            prologue.append(f"PREFIX {toks[i + 1].text} {toks[i + 2].text}")
        elif t.depth == 0 and t.keyword("BASE") and i + 1 < len(toks):
            prologue.append(f"BASE {toks[i + 1].text}")
    out = []
    for op in _operations(toks):
        where = next((i for i, t in enumerate(op) if t.depth == 0 and t.keyword("WHERE")), None)
        if where is None or where + 1 >= len(op) or op[where + 1].text != "{":
            continue
        close = next((t for t in op[where + 2:] if t.text == "}" and t.depth == 0), None)
        if close is None:
            continue
        dataset = []
        for i, t in enumerate(op[:where]):
            if t.depth == 0 and t.keyword("USING") and i + 1 < where:
                named = op[i + 1].keyword("NAMED")
                iri = op[i + 2] if named and i + 2 < where else op[i + 1]
                dataset.append(f"FROM {'NAMED ' if named else ''}{iri.text}")
        if not dataset:
            with_ = next((i for i, t in enumerate(op[:where]) if t.depth == 0 and t.keyword("WITH")), None)
            if with_ is not None and with_ + 1 < where:
                dataset.append(f"FROM {op[with_ + 1].text}")
        group = update[op[where + 1].start:close.end]
        out.append("\n".join(prologue + [f"SELECT (COUNT(*) AS ?n) {' '.join(dataset)} WHERE {group}"]))
    return out
