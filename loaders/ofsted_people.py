"""The people an Ofsted document names: its inspectors (a report's title page, a letter's "His
Majesty's Inspectors for this visit were A and B" and its signature) with their title, and a
letter's addressee with the post below the name.
"""
from __future__ import annotations

import re

from loaders.dates import date_line
from loaders.digest import Person, Role
from loaders.gazetteer import Council, find_councils
from loaders.lexicon import HONORIFIC, POST_NOMINALS
from loaders.text import Span, fold, offsets
from ontology import slug

HMI_TITLE = "His Majesty’s Inspector"


HMI = r"(?:His|Her)\s+Majesty['’]s\s+(?:Chief\s+)?Inspectors?|HMIs?"
# Ofsted's other inspectors' posts, written after their names like HMI: a title, never a name
OTHER_INSPECTOR = r"(?:Senior\s+)?(?:Social\s+Care\s+)?Regulatory\s+Inspectors?|Ofsted\s+Inspectors?"
# An inspector's title after their name, in brackets or not ("Ann Lee HMI", "Bob Stone (Senior HMI)"):
# read as a separator between the names it follows
INSPECTOR_TITLE = rf"\(?\b(?:Senior\s+)?(?:{HMI}|{OTHER_INSPECTOR})\b\)?"
# A person's name on one line: two to four capitalised words ("Naintara Khosla", "Paula Thomson-Jones").
# capitals of the Latin alphabets ("Máire", "Ørsted"), and any letter
_UPPER = "(?-i:[" + "".join(chr(i) for i in range(0x250) if chr(i).isupper()) + "])"
_LETTER = r"[^\W\d_]"
NAME = (rf"(?!(?:His|Her|HMI)\b){_UPPER}(?:{_LETTER}|['’\-])+(?:[ \t]+(?!(?:His|Her|HMI|Judgement)\b)"
         rf"(?:{_UPPER}(?:{_LETTER}|['’\-])+|de|van|von|da|del|le|la)){{1,3}}")
_HONORIFIC = re.compile(rf"^(?:{HONORIFIC}\s+)+")


def clean_name(name: str) -> str:
    name = _HONORIFIC.sub("", fold(name)).strip(" ,.;")
    name = re.sub(r"\s+(?:HMI|Senior\s+HMI)$", "", name)
    return re.sub(rf"(?:\s*,?\s+{POST_NOMINALS})+$", "", name)  # "Jill Colbert OBE"


def hmi_title(s: str) -> str:
    s = fold(s)
    if s.upper().startswith("HMI"):
        return HMI_TITLE
    s = s.replace("'", "’")
    return re.sub(r"Inspectors$", "Inspector", s)


def letter_inspectors(text: str, spans: list[Span]) -> tuple[list[str], dict, str | None, dict[str, str]]:
    """Names of the inspectors, the signatory (lead) first; their sentences; their title; and the
    title of each one the letter gives another ("Nick Stacey, Ofsted Inspector")."""
    names: list[str] = []
    where: dict[str, list[int] | None] = {}
    title = None
    own: dict[str, str] = {}
    for sp in spans[:80]:
        s = sp.text
        m = re.search(r"\b(?:inspectors?\b[^.]{0,40}?\b(?:were|was|are|is)\b|"
                      r"(?:carried\s+out|led|undertaken|conducted|completed)\s+by\b)(?P<rest>.*)", s, re.IGNORECASE)
        if not m or re.search(r"shadow", s, re.IGNORECASE):
            continue
        rest = m.group("rest")
        for o in re.finditer(rf"(?P<name>{NAME})\s*,?\s*\(?(?P<title>{OTHER_INSPECTOR})\b", rest):
            own[clean_name(o.group("name"))] = re.sub(r"Inspectors$", "Inspector", fold(o.group("title")))
        t = re.search(HMI, s)
        if t and not title and not t.group().upper().startswith("HMI"):
            title = hmi_title(t.group())
        rest = re.sub(rf"{INSPECTOR_TITLE}(?:\s*\(designate\))?", ",", rest)
        for part in re.split(r",|\band\b|;", rest):
            part = clean_name(re.sub(r"^\s*(?:with|by|also|plus|supported\s+by)\s+", "", part))
            if not re.fullmatch(NAME, part):  # "the visit was also carried out by Tom Ellery": the name at the end
                named = re.search(rf"\b(?:by|were|was|with)\s+(?P<name>{NAME})$", part)
                part = named.group("name") if named else part
            nm = re.fullmatch(NAME, part)
            if nm and part not in names:
                names.append(part)
                where[part] = offsets(sp)
        if names:
            break
    # the signatory: the name line after "Yours sincerely"
    # one way only to read the blank lines between ("\s*\n\s*(?:\n\s*)*" took exponential time on "\v\n\v\n...")
    sig = re.search(rf"Yours\s+sincerely,?[^\S\n]*\n\s*(?P<name>{NAME})[^\S\n]*\n\s*(?P<title>[^\n]*)", text)
    if sig and re.search(HMI + r"|Inspector", sig.group("title")):
        lead = clean_name(sig.group("name"))
        match = next((n for n in names if n.lower() == lead.lower()), None)
        if match:
            names.remove(match)
            names.insert(0, match)
        else:
            names.insert(0, lead)
            where[lead] = [sig.start("name"), sig.end("name")]
        if not title and not sig.group("title").strip().upper().startswith("HMI"):
            t = re.search(HMI, sig.group("title"))
            title = hmi_title(t.group()) if t else None
    return names, where, title, own


def addressees(text: str, council: Council | None) -> list[Person]:
    """Everyone the letter is addressed to: one person with the post below the name, or (a joint
    inspection's letter to all the local partners) one line each, "Name, Post, Organisation"."""
    block = _address_block(text)
    listed = [_listed_addressee(p, line, council) for p, line in block]
    if len(listed) > 1 and all(listed[:2]):
        return [person for person in listed if person]
    one = _block_addressee(block, council)
    if one and not one.roles:
        one.roles = _post_named_in_letter(text, council)
    return [one] if one else []


_DEAR = re.compile(r"^[^\S\n]*Dear\b", re.MULTILINE)  # the salutation, which ends the address block
# The post of an addressee whose address gives none, as the letter names it: "Dear Professor O'Brien ... The new
# director of people's services, who has been in post since June 2018, ..." (a focused visit writes to the DCS)
_DCS_NAMED = re.compile(r"\b[Tt]he\s+(?:new\s+|interim\s+|current\s+|permanent\s+|recently\s+appointed\s+)?"
                        r"(?P<post>director\s+of\s+(?:[\w’']+\s+){1,3}?services)\b(?!\s*,?\s*(?-i:[A-Z]))")


def _post_named_in_letter(text: str, council: Council | None) -> list[Role]:
    dear = _DEAR.search(text)
    m = _DCS_NAMED.search(text, dear.end()) if dear else None
    if not m or council is None:
        return []
    return [Role(title=" ".join(m.group("post").split()), organisation=council.formal_name, span=[m.start("post"), m.end("post")])]


def _address_block(text: str) -> list[tuple[int, str]]:
    """The non-blank lines (with their offsets) between the letter's date line and "Dear ..."."""
    dear = _DEAR.search(text)
    if not dear:
        return []
    lines = []
    pos = 0
    for line in text[:dear.start()].split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    date_idx = None
    for i, (p, line) in enumerate(lines):
        if date_line(line):
            date_idx = i
    return [(p, l) for p, l in lines[(date_idx + 1 if date_idx is not None else 0):] if l.strip()]


def _listed_addressee(p: int, line: str, council: Council | None) -> Person | None:
    """One line of a list of addressees: "Ms Joanna Pike, Chief Constable, Kestrelford Police"."""
    parts = [fold(x) for x in line.split(",")]
    name = clean_name(parts[0])
    if len(parts) < 3 or not re.fullmatch(NAME, name):
        return None
    start = p + line.index(parts[0].strip())
    organisation = ", ".join(parts[2:])
    council_named = _council_named(organisation)
    if council_named:
        organisation = council_named.formal_name  # the council as the gazetteer names it
    return Person(id=f"person-{slug(name)}", name=name, span=[start, start + len(parts[0].strip())],
                  roles=[Role(title=parts[1], organisation=organisation, span=[p + line.index(line.strip()), p + len(line.rstrip())])])


def addressee(text: str, council: Council | None) -> Person | None:
    """The person the letter is addressed to: the name line after the date, the post below it."""
    return _block_addressee(_address_block(text), council)


def _block_addressee(block: list[tuple[int, str]], council: Council | None) -> Person | None:
    if not block:
        return None
    p0, first = block[0]
    name = clean_name(first)
    if not re.fullmatch(NAME, name):
        return None
    name_start = p0 + first.index(first.strip())
    roles = []
    if len(block) > 1:
        p1, second = block[1]
        post = fold(second)
        end = p1 + len(second.rstrip())
        nxt = 2  # the line after the post
        for p2, more in block[2:]:  # a post wrapped over lines: "Director of Children’s and Young\nPeople’s Services"
            joined = fold(post + " " + more)
            dangling = re.search(r"(?:\b(?:and|of|for|to|the)|[,&–-])$", post) or more.strip()[:1].islower()
            completes = (re.search(r"\b(?:Services?|Care|Learning|Families|Education|People)$", joined)
                         and not re.search(r"\b(?:Services?|Care|Learning|Families|Education|People|Officer|Director)$", post)
                         and not find_councils(more))
            if not (dangling or completes):
                break
            post = joined
            end = p2 + len(more.rstrip())
            nxt += 1
        if _POST_WORDS.search(post):
            title, _comma, after = post.rpartition(", ")
            if not (title and _names_organisation(after)):  # "Interim Chief Executive, Slough Children's Trust"
                title = post
            # a second post on the next line, with its own body: "Interim Director of Children, Learning and Skills" /
            # "Interim Chief Executive, Slough Children’s Trust" (the first then is the council's)
            other = None
            if nxt < len(block):
                p3, line = block[nxt]
                t2, _c, org2 = fold(line).rpartition(", ")
                if t2 and _POST_WORDS.search(t2) and _names_organisation(org2) and title == post:
                    other = Role(title=t2, organisation=org2, span=[p3 + line.index(line.strip()), p3 + len(line.rstrip())])
            organisation = _addressee_organisation(block[nxt + 1:], council) if other else _addressee_organisation(block[1:], council)
            if other and not organisation and council is not None:
                organisation = council.formal_name
            span = [p1 + second.index(second.strip()), end]
            two = _TWO_POSTS.fullmatch(title)  # "Director of Children's Services and Chief Executive": two posts
            for t in (two.groups() if two else (title,)):
                roles.append(Role(title=t, organisation=organisation, span=span))
            if other:
                roles.append(other)
    return Person(id=f"person-{slug(name)}", name=name, roles=roles, span=[name_start, name_start + len(first.strip())])


_TWO_POSTS = re.compile(r"(.*?\b(?:Director|Executive|Officer|Head|Manager)\b.*?)\s+and\s+"
                        r"((?:Deputy\s+|Assistant\s+|Interim\s+|Acting\s+)?(?:Chief\s+Executive|(?:Executive\s+|Corporate\s+)?Director\s+(?:of|for)\b.*|Head\s+of\b.*))")
_POST_WORDS = re.compile(r"\b(?:Director|Executive|Chief|Head|Officer|Manager|Commissioner|Lead|Assistant|Deputy|"
                         r"Strategic|Corporate|Interim|Acting|Member|Leader|President|Chair)\b")


def inspector_people(insp: dict, who: dict) -> list[Person]:
    """The inspectors as people. Where the document does not give their title, it is the one
    of the day: Her Majesty's Inspector until the Queen's death on 8 September 2022."""
    title, where, own = who["title"], who["spans"], who.get("titles", {})
    if not title:
        when = insp.get("start") or insp.get("published") or ""
        title = "Her Majesty’s Inspector" if when and when < "2022-09-08" else HMI_TITLE
    return [_ofsted_person(n, own.get(n, title), where.get(n)) for n in insp["inspectors"]]


def _ofsted_person(name: str, title: str, span: list[int] | None) -> Person:
    return Person(id=f"person-{slug(name)}", name=name, roles=[Role(title=title, organisation="Ofsted", span=span)], span=span)


# Ofsted's other staff a letter names beside its inspectors: "The quality assurance manager was Sean Lee,
# Senior HMI.", "Ceri Evans, His Majesty's Inspector (designate), shadowed the visit", "His Majesty's
# Inspector (designate) Ceri Evans shadowed this visit".
_DESIGNATE = rf"(?:{HMI})\s*\((?i:designate)\)"
_STAFF = [
    (re.compile(rf"\bThe\s+quality\s+assurance\s+manager\s+(?:was|is)\s+(?P<name>{NAME}),?\s+(?P<title>Senior\s+HMI|SHMI|"
                rf"Senior\s+(?:His|Her)\s+Majesty['’]s\s+Inspector)\b"), "Quality assurance manager, {title}"),
    (re.compile(rf"\b(?P<name>{NAME}),?\s+(?P<title>{_DESIGNATE}),?\s+(?:also\s+)?shadowed\b"), "{title}"),
    (re.compile(rf"\b(?P<title>{_DESIGNATE})\s+(?P<name>{NAME})\s+(?:also\s+)?shadowed\b"), "{title}"),
]


def ofsted_staff(spans: list[Span], known: list[str]) -> list[Person]:
    """Ofsted's people a letter names who are not the visit's inspectors (`known`): its quality
    assurance manager, an inspector in training who shadowed the visit."""
    out: list[Person] = []
    for sp in spans[:80]:
        for rx, title in _STAFF:
            for m in rx.finditer(sp.text):
                name = clean_name(m.group("name"))
                if name in known or any(p.name == name for p in out):
                    continue
                out.append(_ofsted_person(name, title.format(title=fold(m.group("title"))), offsets(sp)))
    return out


# A body that runs a council's children's services for it, named on a line of the address
_RUNS_SERVICES = re.compile(r"\b(?:Trust|Partnership|Company|CIC|Ltd|Limited)\s*$|^Achieving\s+for\s+Children\b", re.IGNORECASE)


def _names_organisation(words: str) -> bool:
    """Whether the words are an organisation's name and nothing else ("Slough Children's Trust", "Together for
    Children"), not a post that ends in a place ("Adults and Families Gateshead")."""
    words = words.strip()
    return bool(_RUNS_SERVICES.search(words)) or _council_named(words) is not None


_COUNCIL_WORDS = re.compile(r"\s*(?:(?:City|County|Borough|Metropolitan|District)\s+)*(?:Council)?\s*$", re.IGNORECASE)


def _council_named(words: str) -> Council | None:
    """The council the words name and nothing more ("Kestrelford Borough Council", "Together for Children"),
    not a body in its area ("Kestrelford Police")."""
    found = find_councils(words.strip())
    if found and found[0][1] == 0 and _COUNCIL_WORDS.fullmatch(words.strip()[found[0][2]:]):
        return found[0][0]
    return None


def _addressee_organisation(lines: list[tuple[int, str]], council: Council | None) -> str | None:
    """The organisation of the addressee's post: the first line of the address that names a council or
    a trust running its services ("Kestrelford Children's Trust"), else the subject council."""
    for i, (_p, line) in enumerate(lines):
        if _RUNS_SERVICES.search(line.strip()):
            return fold(line.rsplit(",", 1)[-1])  # "Interim Chief Executive, Slough Children's Trust"
        after = fold(line.rsplit(", ", 1)[-1]) if i == 0 and ", " in line else ""
        named = _council_named(after) if after else None
        if named and not re.search(rf"\b{re.escape(named.name)}\b", after, re.IGNORECASE):
            return after  # the post's own body, a company that runs the council's services: "..., Together for Children"
        found = find_councils(line)
        # a bare place name is a line of the postal address ("Chatham / Kent / ME4 4TR"), not the
        # employer, unless it is the council the letter is about
        if found and (council is None or found[0][0].ons_code == council.ons_code
                      or re.search(r"\b(?:Council|Borough|County|City\s+of)\b", line)):
            return found[0][0].formal_name
    return council.formal_name if council else None

