"""Every English local authority, by the names a text may give it.

Built from ontology/councils.csv (ONS code, DfE code, name, full name, aliases, region, type,
domain, and for a former authority the day it ceased).
"Liverpool City Council", "Liverpool Council" and "Liverpool" all resolve to the
council with ONS code E08000012. Every written form of a name matches: "St Helens" and
"St. Helens", "Kingston-upon-Thames" and "Kingston upon Thames", "Telford & Wrekin",
"Bristol, City of" and "City of Bristol". A form that several councils share (a trust that
runs the services of more than one) names none of them on its own.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from ontology import COUNCILS_FILE

# Words that may stand around a council's place name without changing which council it is.
_AFFIX = r"(?:(?:the\s+)?(?:council\s+of\s+the|london\s+borough\s+of|royal\s+borough\s+of|metropolitan\s+borough\s+of|borough\s+of|city\s+of|county\s+of)\s+)?"
_SUFFIX = r"(?:\s+(?:city|county|borough|metropolitan\s+(?:borough|district)|district)?\s*council)?"


@dataclass(frozen=True)
class Council:
    ons_code: str
    dfe_code: str
    name: str
    formal_name: str  # how the council is written in full: "Liverpool City Council", "Royal Borough of Greenwich"
    aliases: tuple[str, ...]
    region: str
    type: str
    domain: str
    until: str = ""  # a former authority: the day it ceased ("2021-04-01")

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name,) + self.aliases


@lru_cache(maxsize=1)
def councils() -> tuple[Council, ...]:
    with COUNCILS_FILE.open(encoding="utf-8") as f:
        return tuple(
            Council(r["ons_code"], r["dfe_code"], r["name"], r["full_name"],
                    tuple(a for a in r["aliases"].split("|") if a), r["region"], r["type"], r["domain"], r["until"])
            for r in csv.DictReader(f))


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern, dict[str, Council]]:
    by_name: dict[str, Council] = {}
    for c in councils():
        if c.type == "former authority":
            continue
        for n in c.names:
            by_name.setdefault(_key(n), c)
    shared = {_key(n) for n, owners in _owners().items() if len(owners) > 1}
    by_name = {k: c for k, c in by_name.items() if k not in shared}
    alts = sorted(by_name, key=len, reverse=True)  # longest first: "North Lincolnshire" before "Lincolnshire"
    names = "|".join(_name_rx(a) for a in alts)
    return re.compile(rf"\b{_AFFIX}(?P<name>{names}){_SUFFIX}(?![\w-])", re.IGNORECASE), by_name


@lru_cache(maxsize=1)
def _former_pattern() -> tuple[re.Pattern, dict[str, Council]]:
    """A former authority (Northamptonshire County Council until 2021) is named only in full: its
    bare name lives on in its successors' ("North Northamptonshire", "Northamptonshire Children's Trust")."""
    by_name = {_key(n): c for c in councils() if c.type == "former authority" for n in c.names}
    names = "|".join(_name_rx(a) for a in sorted(by_name, key=len, reverse=True))
    return re.compile(rf"\b(?:(?:the\s+)?borough\s+of\s+(?P<pre>{names})\b|(?P<name>{names})\s+(?:county|borough|city|district)\s+council\b)",
                      re.IGNORECASE), by_name


def _owners() -> dict[str, set[str]]:
    owners: dict[str, set[str]] = {}
    for c in councils():
        if c.type != "former authority":
            for n in c.names:
                owners.setdefault(_key(n), set()).add(c.ons_code)
    return owners


def _name_rx(key: str) -> str:
    """A name's key as a pattern for every way it is written: words joined by spaces or
    hyphens, "and" or "&", "St" with or without its stop, a comma where a comma may be."""
    words = []
    parts = key.split(" ")
    for i, w in enumerate(parts):
        if w == "and":
            words.append("(?:and|&)")
        elif w == "st":
            words.append(r"st\.?")
        else:  # (a comma inside the name, "Bristol, City of"; never one after it)
            words.append(re.escape(w) + (",?" if i < len(parts) - 1 else ""))
    return r"[\s-]+".join(words).replace(r"\.?[\s-]+", r"\.?[\s-]*")


def _key(name: str) -> str:
    """The form names are compared in: lower case, "&" as "and", no stops or commas, hyphens as spaces."""
    name = name.replace("&", " and ").replace("-", " ").replace(".", " ").replace(",", " ")
    return re.sub(r"\s+", " ", name).strip().lower()


def by_code(ons_code: str) -> Council | None:
    return next((c for c in councils() if c.ons_code == ons_code), None)


def lookup(name: str) -> Council | None:
    """The council a name refers to ("Liverpool City Council" -> Liverpool), or None."""
    pattern, by_name = _pattern()
    m = pattern.fullmatch(name.strip())
    if m:
        return by_name.get(_key(m.group("name")))
    former, by_former = _former_pattern()
    m = former.fullmatch(name.strip())
    return by_former.get(_key(m.group("name") or m.group("pre"))) if m else None


def find_councils(text: str, on: str | None = None) -> list[tuple[Council, int, int]]:
    """Every mention of a council in `text`, with its character offsets, in order. Written `on`
    a day (YYYY[-MM[-DD]]) before a former authority ceased, its bare name ("Northamptonshire")
    names it too: the successors that share that name did not yet exist."""
    pattern, by_name = _pattern()
    out = []
    for m in pattern.finditer(text):
        name = m.group("name")
        if name[0].islower():  # "reading", "wirral" as ordinary words are not councils
            continue
        if re.search(r"\bGreater\s+$", text[max(0, m.start() - 8):m.start()]):  # a region, not the city's council
            continue
        out.append((by_name[_key(name)], m.start(), m.end()))
    former, by_former = _former_pattern()
    for m in former.finditer(text):
        name = m.group("name") or m.group("pre")
        if name[0].isupper() and not any(s < m.end() and m.start() < e for _, s, e in out):
            out.append((by_former[_key(name)], m.start(), m.end()))
    if on:
        out += former_mentions(text, out, lambda c: on < c.until)
    return sorted(out, key=lambda x: x[1])


def former_mentions(text: str, found: list, when=lambda c: True) -> list[tuple[Council, int, int]]:
    """Former authorities (those `when` accepts) named by a bare name ("Poole", "Northamptonshire")
    where none of the councils `found` covers it ("Bournemouth, Christchurch and Poole")."""
    out = []
    for c in councils():
        if c.type == "former authority" and when(c):
            for name in c.names:
                for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                    if not any(s <= m.start() < e for _c, s, e in found):
                        out.append((c, m.start(), m.end()))
    return out


# hosts that publish many councils' papers under the council's name: "bradford.moderngov.co.uk"
_SHARED_HOSTS = ("moderngov.co.uk", "cmis.uk", "public-i.tv")


def council_of_address(url: str) -> Council | None:
    """The council whose web address `url` is ("https://democracy.devon.gov.uk/mgAi.aspx" -> Devon,
    "https://bradford.moderngov.co.uk/..." -> Bradford): a council's own page or minutes name their
    publisher only there. None for any other address."""
    from urllib.parse import urlparse
    host = (urlparse(url if "//" in url else "//" + url).hostname or "").lower()
    if not host:
        return None
    for c in councils():
        if c.type != "former authority" and c.domain and (host == c.domain or host.endswith("." + c.domain)):
            return c
    shared = next((h for h in _SHARED_HOSTS if host.endswith("." + h)), None)
    if shared:
        label = host[:-len(shared) - 1].split(".")[-1]
        squash = lambda n: re.sub(r"[^a-z]", "", n.lower())
        return next((c for c in councils() if c.type != "former authority"
                     and (squash(c.name) == label or c.domain.split(".")[0] == label)), None)
    return None

