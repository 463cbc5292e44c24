"""The council a document is about (its subject), and the councils a news article names.

    subject_council(text) -> (Council or None, why)     an Ofsted letter or report, from where Ofsted names it
    article_councils(spans, title) -> [council dicts]  a news article, the one it is about first

Ofsted names the subject in fixed places, and only those count, in this order:

1. the title or the visit sentence: "Inspection of X local authority children's services",
   "Focused visit to X children's services", "This letter summarises the findings of the
   monitoring visit to X children's services on ...", "Joint targeted area inspection of the
   multi-agency response to ... in X";
2. the letter's addressee block (the lines between the letter's date and "Dear ...");
3. the title page of a report of the single inspection framework, whose first lines are
   the council's name ("X Council", then "Inspection of services for children in need...").

Ofsted's own postal address heads every letter (its city is a council too), so everything
above the letter's date line is the sender's letterhead and never read. A council that is
only mentioned (an address, a comparison, a previous inspection elsewhere) is not the
subject; when none of these places names a council, the answer is None, never a guess.
"""
from __future__ import annotations

import re

from loaders.dates import date_line
from loaders.gazetteer import Council, find_councils, former_mentions
from loaders.layout import HEAD
from loaders.text import Span, fold

_SERVICES = r"(?:local\s+authority\s+)?children['’]s\s+(?:social\s+care\s+)?services\b"
_TITLE = re.compile(
    rf"\b(?:inspection|visit|visits)\s+(?:of|to|in)\s+(?P<x>[^.:]{{0,150}}?)\s*{_SERVICES}|"
    rf"\b(?:children['’]s\s+)?services\s+(?:for\s+children\s+)?in\s+(?P<y>[^.:\n]{{0,80}}?)\s+(?:are|is|require|requires)\b|"
    # a joint targeted area inspection: "...of the multi-agency response to abuse and neglect in X"
    r"\binspection\s+of\s+the\s+multi-agency\s+response\s+to\b[^.:]{0,160}?\bin\s+(?P<z>[^.:\n]{0,80})",
    re.IGNORECASE)


def subject_council(text: str) -> tuple[Council | None, str | None]:
    """The council the document is about and where it was found ("title", "addressee",
    "title page"), or (None, None)."""
    head = text[:HEAD]
    body_from, dear = _letter_head(head)
    for m in _TITLE.finditer(head, body_from):
        found = _named(next(g for g in m.groups() if g is not None))
        if found:
            return found, "title"
    if dear is not None:  # a letter: its addressee, never a title page (the letterhead is no title)
        found = _named(_without_letterhead(head[body_from:dear]))
        return (found, "addressee") if found else (None, None)
    found = _title_page(head[body_from:])
    return (found, "title page") if found else (None, None)


def _title_page(head: str) -> Council | None:
    """The council a title page names on a line of its own (wrapped over two lines, as
    "Royal Borough of Kingston upon / Thames" may be), above or just below the title."""
    title = re.search(r"^[ \t]*(?:Re-?\s*)?Inspection\s+of\b", head, re.MULTILINE | re.IGNORECASE)
    above = head[:title.start()] if title else ""
    if above.strip() and len(above.split()) <= 12:
        return _named(fold(above))
    lines = [l for l in head.split("\n") if l.strip() and len(l.split()) <= 8][:6]
    return next((c for c in map(_named, lines) if c), None)


def _letter_head(head: str) -> tuple[int, int | None]:
    """Where the text after the sender's letterhead starts (the letter's date line, when a
    letter has one above its salutation), and where "Dear ..." starts (None: not a letter)."""
    dear = re.search(r"^[ \t]*Dear\b", head, re.MULTILINE)
    if not dear:
        return 0, None
    pos = 0
    for line in head[:dear.start()].split("\n"):
        if date_line(line):
            return pos, dear.start()
        pos += len(line) + 1
    return 0, dear.start()


_POSTCODE = re.compile(r"^[ \t]*[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}[ \t]*$", re.MULTILINE)


def _without_letterhead(block: str) -> str:
    """The addressee block without Ofsted's own address, where a letter has no date line
    to part them: everything up to the postcode that ends an address naming Ofsted."""
    for m in _POSTCODE.finditer(block):
        if re.search(r"\bOfsted\b", block[:m.start()], re.IGNORECASE):
            return block[m.end():]
        break
    return block


def _named(text: str | None) -> Council | None:
    """The first council `text` names, current or former (a report of Northamptonshire or
    Poole predates their merger)."""
    if not text:
        return None
    found = find_councils(text)
    both = sorted(found + former_mentions(text, found), key=lambda f: f[1])
    return both[0][0] if both else None


# what follows a place when it names a police force, health trust or other body, not the council
_OTHER_BODY = re.compile(r"(?:\s+(?:and|&)\s+(?:[A-Z][\w’'\-]+\s+){1,3}?)?\s*(?:Police|Constabulary|Probation|NHS|Fire|Ambulance|Healthcare|Hospitals?|"
                         r"Clinical|Integrated\s+Care|CCG|ICB|University|College|Wildlife|Chamber|Magistrates|Crown\s+Court|Coroner)\b")


# ... or named before the place: "NHS Devon", "the University of Suffolk"
_BODY_BEFORE = re.compile(r"\b(?:NHS|Healthwatch|University\s+of|Diocese\s+of|Bishop\s+of)\s+$")


def _place_words(name: str) -> set[str]:
    """The words of a council's name that name its place ("hull" of "Hull City Council")."""
    return {w for w in re.findall(r"[a-z]+", name.lower().replace("’", "'"))
            if w not in {"city", "council", "county", "borough", "metropolitan", "district", "london", "of", "the", "and", "royal", "s"}}


def _in_list_of_councils(text: str, found: list, i: int) -> bool:
    """Whether found[i], of the councils `text` names (find_councils), is one of three or more listed together ("has joined
    Hampshire, Kensington and Chelsea, North Yorkshire and Westminster in being awarded the top grade"): councils compared."""
    run = [i]
    for k in range(i + 1, len(found)):  # the councils after it, each joined to the one before by a comma or "and"
        if not re.fullmatch(r"\s*(?:,|,?\s+and|&)\s+", text[found[k - 1][2]:found[k][1]]):
            break
        run.append(k)
    for k in range(i - 1, -1, -1):
        if not re.fullmatch(r"\s*(?:,|,?\s+and|&)\s+", text[found[k][2]:found[k + 1][1]]):
            break
        run.append(k)
    return len(run) >= 3


def article_councils(spans: list[Span], title: str | None, published: str | None = None) -> list[dict]:
    """The councils a news article names, the one it is about first (most named, the headline counting
    three times), then those it names as councils ("X Council") or more than once. An article
    `published` before a former authority ceased names it by its bare name too."""
    counts: dict[str, list] = {}
    for sp in ([Span(0, 0, title)] if title else []) + spans:
        found = find_councils(sp.text, on=published)
        for i, (c, s, e) in enumerate(found):
            written = sp.text[s:e]
            if _OTHER_BODY.match(sp.text, e) or _BODY_BEFORE.search(sp.text, 0, s):
                continue  # "Devon and Cornwall Police", "Torbay and South Devon NHS Foundation Trust", "NHS Devon": another body's name
            entry = counts.setdefault(c.ons_code, [c, 0, None, sp, None, False])
            entry[1] += 1 + (2 if sp.end == 0 else 0)
            if re.search(r"council$|^(?:the\s+)?(?:Royal|London)\s+Borough\s+of\b", written, re.IGNORECASE) and len(written.split()) > 1 and not entry[2]:
                entry[2] = re.sub(r"^the\s+", "", written, flags=re.IGNORECASE)
            # "runs children's services in the London boroughs of Kingston and Richmond": named as councils
            if not entry[4] and (re.search(r"\b(?:boroughs|councils|authorities)\s+of\s+(?:[\w’'\-]+\s+){0,3}?(?:(?:and|&)\s+)?$",
                                           sp.text[:s], re.IGNORECASE)
                                 or re.match(r"(?:\s*(?:,|and|&)\s+(?:[A-Z][\w’'\-]+\s+){1,3}?)?\s*Councils\b", sp.text[e:])):  # "Torbay and Plymouth Councils"
                entry[4] = written  # named as the text names it: "Kingston", not "London Borough of Kingston upon Thames"
            entry[5] = entry[5] or _in_list_of_councils(sp.text, found, i)
    ranked = sorted(counts.values(), key=lambda e: -e[1])
    # the council the article is about, and others it names as councils, more than in passing or among others compared
    ranked = ranked[:1] + [e for e in ranked[1:] if e[2] or e[1] >= 2 or e[4] or e[5]]
    out = []
    for c, n, written, sp, named, _listed in ranked:
        if written and not _place_words(written) <= _place_words(c.formal_name):
            written = None  # an abbreviation ("BCP Council"): the council's own name in full
        if written:  # the article's own name ("Hull City Council", not "Kingston upon Hull"), not its capitals
            written = re.sub(r"\b[A-Z]{4,}\b", lambda w: w.group().title(), written)
        name = written or named or c.formal_name
        item = {"id": c.ons_code, "name": name, "ons_code": c.ons_code, "mentions": n}
        if sp.end:
            item["span"] = [sp.start, sp.end]
        out.append(item)
    return out
