"""People named in a document, with their titles and roles.

    Councillor Liz Parsons, Liverpool Council cabinet member for children's services, said ...
    council leader, Cllr Liam Robinson, ...
    Jonathan Jones, director of education, said ...
    incoming director of children's services, Jenny Turnbull
    since the appointment of Jenny Turnross as corporate director in August 2023
    Inspectors Kathryn Grindrod and Rebecca Dubbins said ...

`extract_people(parsed, spans, council=None, published=None)` -> (people, mentions):
people as Person items (loaders/digest.py) with their Roles, each named by the fullest form the document gives, honorifics
stripped ("Cllr Parsons" later is the "Liz Parsons" introduced earlier); mentions as
[(start, end, name)] for every place a person is named, for quote attribution.
Works on any parsed text (`loaders.parse.Parsed`) with sentence spans (news and Ofsted letters
alike); spaCy's entities come from the parsed document, computed once per sentence.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loaders.dates import resolve_date
from loaders.digest import Person, Role
from loaders.lexicon import HONORIFIC, MONTH, NUMBER_WORDS, PHOTO_CREDIT, PICTURE_AGENCIES, POST_NOMINALS, SERVICE_USER_ROLES, SPEECH_VERBS, WEEKDAY
from loaders.text import Span, span_at

if TYPE_CHECKING:
    from loaders.parse import Parsed

# (a police rank said before a name is no part of it: "Superintendent Owen Roe" is Owen Roe; the rank is read as his title)
_HON_RE = re.compile(rf"^(?:(?:{HONORIFIC}|(?:Detective\s+)?(?:Chief\s+)?(?:Superintendent|Sergeant|Constable)|Detective\s+(?:Chief\s+)?Inspector)\s+)+")
_POST_NOMINALS = re.compile(rf"(?:\s*,?\s+{POST_NOMINALS})+$")
# One word of a name: "Liz", "O'Neill", "McDonald", "Labinjo-Hughes", an initial "J."
NAME_TOK = r"(?:(?:Mc[A-Z][a-z]+|Mac[A-Z][a-z]+|O[’'][A-Z][a-z]+)(?:-[A-Z][a-z]+)?|[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[’'\-][A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*|[A-Z]\.)(?![A-Za-zÀ-ÖØ-öø-ÿ])"  # (accents: "Nuñez", "Zoë")
# ... and the particles some surnames carry: "Rachel de Souza", "Anne-Marie van der Berg"
_PARTICLES = ("de", "da", "di", "du", "del", "della", "van", "von", "le", "la", "al", "bin", "ibn")
_PARTICLE = rf"(?:(?:{'|'.join(_PARTICLES)})\s+(?:(?:der|den|la|los)\s+)?)"
NAME = rf"{NAME_TOK}(?:\s+{_PARTICLE}?{NAME_TOK}){{1,3}}"

# A first name and an age, then what the person is or a verb of saying: "Kai, 16, a member of ...", "Josh, 19, who left care"
_FIRST = r"[A-Z][a-z]{2,15}(?:-[A-Z][a-z]{1,15})?"  # a first name ("Kerry-Ann")
_FIRST_NAME_AGE = re.compile(rf"(?<![\w’'\-])(?P<name>{_FIRST}),\s+(?:now\s+|aged\s+)?\d{{1,2}},\s+(?:(?:a|an)\s+(?P<role>[^,.;:“\"]{{3,80}}?)\s*(?=,|\s+(?:said|says|told|added|explained)\b)|"
                             r"who\s+(?:(?P<verb>left)\s+care\b|(?P<verb2>chairs|leads|runs|sits\s+on)\s+(?P<what>[^,.;:“\"]{3,60}?)\s*(?=,|\s+(?:said|says|told)\b)|"
                             # "Bernadette, 63, who has cared for her grandson since he was three": a relative who brings a child up
                             r"(?:has\s+)?(?P<kin>cared\s+for|looked\s+after|brought\s+up|raised)\s+(?:her|his|their)\s+(?:\w+\s+)?(?:grand(?:son|daughter|child|children)|niece|nephew|great-\w+)s?\b)|"
                             r"(?=(?:said|says|told|added)\b))")
# Someone named by first name beside what they are to the service: "Care leaver Tegan, 19, who lives ...", "Foster carer
# Jackie, from Tilbury", "Leanne, a mum from Whitehawk", "the boy's grandmother, Pat, says", "Connor, who is 20 and left care"
_FAMILY_ROLES = rf"(?i:{SERVICE_USER_ROLES}|adoptive\s+(?:mother|father|parent)|apprentice)"
_ROLE_FIRST_NAME = [
    re.compile(rf"(?<![\w’'\-])(?P<role>{_FAMILY_ROLES})\s+(?P<name>{_FIRST}),\s+(?:now\s+|aged\s+)?(?:\d{{1,2}},|from\b|who\b)"),
    re.compile(rf"(?<![\w’'\-])(?P<name>{_FIRST}),\s+(?:a|an)\s+(?P<role>{_FAMILY_ROLES}|(?i:social|youth|support|family\s+support)\s+worker|(?i:personal\s+adviser))\s+(?:from|in|of|who|living)\b"),
    re.compile(rf"(?<![\w’'\-])(?P<role>{_FAMILY_ROLES}),\s+(?P<name>{_FIRST}),\s+(?:says|said|told|who|added|is|was)\b"),
    re.compile(rf"(?<![\w’'\-])(?P<name>{_FIRST}),\s+who\s+(?:is\s+\d{{1,2}}\s+and\s+)?(?P<role>left\s+care)\b"),
]
_CAPITALISED_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_POLICE_WORDS = re.compile(r"\b(?:police|force|officers|constabulary|policing)\b", re.IGNORECASE)
_POLICE_AFTER = re.compile(r",?\s+(?:of|from)\s+(?:the\s+)?(?P<force>(?:[A-Z][\w’'\-]*\s+){1,4}(?:Police|Constabulary))\b")


def _after_a_first_name(before: str) -> bool:
    """Whether the text before a name ends in another name ("Precious Adebayo-Hurst"), not a word such as "For"."""
    from spacy.lang.en.stop_words import STOP_WORDS
    m = _CAPITALISED_BEFORE.search(before)
    return bool(m) and m.group(1).lower() not in STOP_WORDS and m.group(1).lower() not in _NOT_NAME


# "Foster carers Sandra and Keith Wolverley": two people of one surname
_COUPLE = re.compile(r"(?<![\w’'\-])(?P<role>(?i:foster\s+carers|adopters|adoptive\s+parents|kinship\s+carers|special\s+guardians|parents|grandparents))\s+"
                     r"(?P<a>[A-Z][a-z]{2,15})\s+and\s+(?P<b>[A-Z][a-z]{2,15})\s+(?P<surname>[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
# The post a verb says someone holds: "who chairs the panel" -> "chair of the panel"
_POST_OF = {"chairs": "chair", "leads": "lead", "heads": "head", "runs": "head", "manages": "manager", "researches": "researcher",
            "sits on": "member", "has chaired": "chair", "has led": "lead", "has headed": "head", "has run": "head", "has managed": "manager"}
# Capitalised words that are never part of a person's name.
_NOT_NAME = set("""the a an this that these those it its their our his her he she they we i you
council councils councillor cllr city county borough district metropolitan children children's childrens
services service social care ofsted police nhs government department education health authority local
cabinet committee board trust partnership team mayor leader director inspector inspectors inspectorate
report court hall town labour conservative conservatives tory tories liberal democrats democrat lib dem
greens reform independent party group minister secretary chief executive office officer member
members mp parliament house commons lords school schools academy university college hospital
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday news echo world daily post mail times guardian bbc itv
england english britain british uk scotland north south east west northern southern eastern western
new old first last next read more share comment comments advertisement hide ad image credit pa getty
hub hubs centre centres center house trust foundation project programme network forum unit panel street road
park square week day awards award scheme strategy plan policy review act bill
however although while since following after before during despite additionally meanwhile also but and
or if when where what who how why speaking addressing asked according in on at for of to by with from
unicef barnardo's nspcc action what's child friendly save young people families""".split())

ROLE_HEAD = (r"(?:director|directors|member|members|leader|leaders|councillor|councillors|inspector|inspectors|scrutineer|foster\s+carer|"
             r"chief\s+executive|executive|head|manager|chair|chairman|chairwoman|chairperson|mayor|MP|minister|"
             r"secretary|commissioner|officer|spokesperson|spokesman|spokeswoman|spokesperson|lead|deputy|president|"
             r"headteacher|head\s+teacher|principal|superintendent|constable|commander|coordinator|adviser|advisor|"
             r"boss|founder|chief|governor|trustee|ombudsman|portfolio\s+holder|solicitor|barrister|judge|coroner|"
             r"campaigner|lawyer|chief\s+constable|HMI|His\s+Majesty[’']s\s+Inspector|Her\s+Majesty[’']s\s+Inspector|"
             r"DCS|CEO|editor|reporter|correspondent|professor|lecturer|researcher|consultant|analyst|auditor|"
             r"cabinet\s+member|lead\s+member|assistant\s+director|service\s+manager|team\s+manager|representative|"
             r"practitioner|organiser|organizer|social\s+worker|(?:front[\s\-]?line|family\s+support|support|youth|key|outreach|early\s+help)\s+worker|personal\s+adviser|care\s+leaver|student|nurse|GP|doctor|"
             r"paediatrician|midwife|health\s+visitor|treasurer|candidate|steward|fact[\s\-]?checker|newsreader|presenter|producer)")
_ROLE_HEAD_RE = re.compile(rf"\b{ROLE_HEAD}\b", re.IGNORECASE)
ROLE_MOD = (r"(?:incoming|outgoing|interim|acting|new|newly[\s\-]appointed|former|then|current|deputy|assistant|group|party|"
            r"national|regional|area|permanent|temporary|joint|independent|statutory|operational|"
            r"executive|corporate|strategic|council|county|city|borough|cabinet|lead|senior|chief|principal|"
            r"shadow|opposition|labour|conservative|tory|lib\s+dem|liberal\s+democrat|green|independent|reform|"
            r"local|education|health|children[’']?s|schools|safeguarding|the|its|their|his|her|"
            r"council[’']s|city[’']s|authority[’']s|police|police\s+and\s+crime|"
            r"(?-i:(?:[A-Z][a-z]+\s+)?(?:City\s+|County\s+|Borough\s+)?Council[’']s?|Ofsted[’']s?|[A-Z][a-z]+(?:[’']s)?))")
# the rest of a title that lists capitalised words: ", Young People and Education"
_CAP_LIST = (rf"(?:(?:,\s+(?!(?:{HONORIFIC}|Coun)\s)[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)*,?\s+(?:and|&)\s+(?!(?:{HONORIFIC}|Coun)\s)"
             rf"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)")  # (not "..., and Coun Wayne Daley": the next person)
# ... or in lower case: "cabinet member for children, young people and education"
_LOW_LIST = r"(?:(?:,\s+(?!(?:said|says|told|added|who|which|and)\b)[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2})+,?\s+and\s+(?!(?:said|says|told|added)\b)[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,2}(?:\s+at\s+[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3})?(?=,\s+(?:said|says|told|added)\b|\s+(?:said|says|told|added)\b))"
_ROLE_BEFORE = re.compile(
    rf"(?P<role>(?i:(?:His\s+Majesty[’']s\s+|Her\s+Majesty[’']s\s+|(?:{ROLE_MOD}\s+){{0,4}}){ROLE_HEAD}(?:\s+(?:of|for)\s+(?!this\b|the\s+visit\b)(?:(?:the\s+)?(?:council[’']s\s+)?(?:[\w’'\-]+,?\s+){{1,8}}?(?:committee|board|panel|forum|group)\b|(?-i:(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*{_CAP_LIST})|"
    # "for children, young people and schools"
    rf"(?-i:[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){{0,2}}(?:,\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){{0,2}})*,?\s+and\s+[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){{0,2}}(?=\s*,?\s+[A-Z]))|"
    # "regional director for the North West, Helen Yates": a place in capitals, the name after the comma
    rf"(?-i:(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}})(?=,\s)|"
    rf"(?:[A-Za-z’'&\-]+\s+){{0,5}}?[A-Za-z’'\-]+))?))"
    rf"(?i:\s+for\s+this\s+(?:visit|inspection)\s+(?:were|was)|\s+(?:were|was))?"
    rf"(?:\s+\((?:[A-Z]{{2,6}}|[a-z][\w’'\- ]{{1,30}})\))?\s*,?\s+(?:(?:{HONORIFIC}|(?:(?i:county|borough|city)\s+)?(?i:councillor)|cllr|HMI)\s+)?(?P<names>{NAME}(?:\s*(?:,|and|&)\s*(?:{HONORIFIC}\s+)?{NAME})*)")
_SPEECH = r"(?:said|says|told|added|adds|explained|commented|stated|warned|wrote|insisted|admitted|claimed|noted|argued)"
_DATE_WORDS = rf"(?:(?:\d{{1,2}}\s+)?{MONTH}(?:\s+\d{{4}})?|\d{{4}}|(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:year|{MONTH}))"
_APPOINTED = [
    re.compile(rf"appointment\s+of\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+as\s+(?:the\s+)?(?:(?:council|authority)[’']s\s+)?(?P<role>[^,.;]*?)(?:\s+(?:(?:in|from|on|since)\s+)?(?P<date>{_DATE_WORDS}))?(?=[,.;]|\s+(?:she|he|they|and|was|has|had)\b|$)"),
    re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*,?\s+(?:who\s+)?(?:was|has\s+been|had\s+been|were|is)\s+appointed\s+(?:as\s+)?(?:the\s+)?(?P<role>[^,.;]*?)(?:\s+(?:(?:in|from|on|since)\s+)?(?P<date>{_DATE_WORDS}))?(?=[,.;]|$)"),
    re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*,?\s+who\s+(?:became|joined\s+(?:the\s+council\s+)?as|took\s+over\s+as|took\s+up\s+(?:the\s+)?(?:role|post)\s+of)\s+(?:the\s+)?(?P<role>[^,.;]*?)(?:\s+(?:(?:in|from|on|since)\s+)?(?P<date>{_DATE_WORDS}))?(?=[,.;]|$)"),
    # "Stuart Collins then became children's director for just over a year", "took on the role of director ... for 18 months"
    re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+(?:then\s+|later\s+|subsequently\s+|has\s+|had\s+)?(?:became|become|took\s+on\s+the\s+(?:role|post)\s+of|took\s+up\s+(?:the\s+)?(?:role|post)\s+of)\s+(?:the\s+)?"
               rf"(?P<role>[^,.;]*?)(?:\s+(?:(?:in|from|on|since)\s+)?(?P<date>{_DATE_WORDS}))?"
               rf"(?=[,.;]|\s+(?:for|after|before|until|following|when|while|and)\b|$)"),
    # "Alison Alder was also praised for leading a strong team since her appointment as director of the service in 2013"
    re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+(?:was|has\s+been|is|had\s+been)\b[^.;“”\"]{{0,80}}?\b(?:since|after|following)\s+(?:her|his|their)\s+appointment\s+as\s+(?:the\s+)?"
               rf"(?P<role>[^,.;]*?)(?:\s+(?:(?:in|from|on|since)\s+)?(?P<date>{_DATE_WORDS}))?(?=[,.;]|$)"),
]
# "appointed Jane Roe as commissioner", "Jane Roe took over as the borough's director of children's services",
# "called on Cllr Jane Roe as deputy leader"
_AS_ROLE = re.compile(
    # (past an appositive: "appointed Sir Alan Roe, a former director of children's services, as commissioner")
    rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?:\s*,\s+(?:a|an)\s+[^,.;:()“”\"]{{1,80}}?,)?\s*,?\s+(?:(?:who\s+)?(?:took\s+over|took\s+up\s+(?:the\s+)?(?:post|role)|stepped\s+(?:in|up|down)|started|starts|joined|"
    rf"returned|returns|remains|remained|continues|continued|served|serves|acts|acted|was\s+(?:named|confirmed|installed|re-?elected|elected)|"
    rf"spent\s+(?:[\w\-]+\s+){{1,3}}?(?=as\b))\s*(?:\w+ly\s+)?)?"
    rf"as\s+(?:(?:the|a|an|its|their)\s+)?(?P<role>[^,.;:()“”\"]*?)(?:\s+(?:(?:in|from|on|since)\s+)?(?P<date>{_DATE_WORDS}))?"
    rf"(?=\s*[,.;:()“”\"]|\s+(?:to|and|after|when|while|until|before|who|she|he|they|was|has|had|in|on|at|with|said|says)\b|$)")
_COUNCIL_ROLE = re.compile(r"\b(?:councillor|cabinet|executive\s+member|leader|co-?chair|boss|council\s+leader|leader\s+of\s+the\s+council|group\s+leader|opposition\s+leader|"
                           r"leader\s+of\s+the\s+(?:opposition|\w+\s+group)|mayor|director|chief\s+executive|"
                           r"lead\s+member|portfolio|head\s+of|assistant\s+director|service\s+manager|team\s+manager|committee\s+chair|chair\s+of\s+the\s+\w+|"
                           r"social\s+work|DCS)\b", re.IGNORECASE)
_OFSTED_ROLE = re.compile(r"\b(?:inspector|inspectors|HMI|Majesty[’']s\s+Inspector|regional\s+director)\b", re.IGNORECASE)


def strip_honorifics(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:")
    name = _HON_RE.sub("", name)
    name = _POST_NOMINALS.sub("", name)
    return re.sub(r"[’']s$", "", name).strip()


def _unpossessed(word: str) -> str:
    """The word without its possessive ("Council's" -> "council"; "Wes" stays "wes")."""
    return re.sub(r"[’']s?$", "", word.lower())


def _is_name(name: str) -> bool:
    toks = name.split()
    toks = toks[:1] + [t for t in toks[1:] if t not in _PARTICLES + ("der", "den", "los")]  # ("Rachel de Souza")
    if not toks or len(toks) > 4:
        return False
    if toks[0] in ("St", "St.", "Saint") and len(toks) > 1:
        return False  # a place: "St Mary's", "St Helens"
    if any(t.lower().strip("’'.") in _NOT_NAME or _unpossessed(t) in _NOT_NAME for t in toks):
        return False
    if not all(re.fullmatch(NAME_TOK, t) for t in toks):
        return False
    from loaders.gazetteer import lookup
    if lookup(name) or lookup(toks[-1]) and len(toks) == 1:
        return False
    return True


def _spacy_people(parsed: "Parsed", spans: list[Span]) -> list[tuple[int, int, str]]:
    """People spaCy's entity recogniser names in the sentences that hold two capitalised
    words in a row (no other sentence can name someone it would find)."""
    text = parsed.text
    pair = re.compile(r"[A-Z][a-z’'\-]+\s+[A-Z][a-z’'\-]+")
    todo = [sp for sp in spans if pair.search(text[sp.start:sp.end])]
    out = []
    for ents in parsed.entities(todo):
        for ent in ents:
            if ent.label != "PERSON":
                continue
            raw = ent.text
            name = strip_honorifics(raw)
            if len(name.split()) < 2:
                continue
            off = ent.start + raw.find(name) if name in raw else ent.start
            if _SEAT_BEFORE.search(text[max(0, off - 30):off]):
                continue  # "the member for Rother Vale": a constituency or ward, not a person
            out.append((off, off + len(name), name))
    return out


_SEAT_BEFORE = re.compile(r"\b(?:member|MP|MPs|councillor|candidate)\s+for\s+(?:the\s+)?$", re.IGNORECASE)


# A byline's date: "08 August 2014", "(02 December, 2020)", "Monday, January 16, 2023", "14/03/2022"
_BYLINE_DATE = (rf"\(?(?:{WEEKDAY},?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH},?\s+\d{{4}}|"
                rf"{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})(?:,?\s+(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?)?\)?")
_BYLINE_TAIL = r"(?:\s+[|•·]\s+[^|•·]{1,60}){0,4}"  # what a byline's separators leave after it: "| Thursday 8 August 2019", "· 14 comments"
_ROLE_LINE = re.compile(r"(?i:(?:[\w’'\-]+\s+){0,3}(?:reporter|correspondent|editor|writer|journalist|photographer|fact[\s\-]?checker|producer|presenter|newsreader))")


# the service a local democracy reporter's byline names on the line below: "Local Democracy Reporting Service"
_LDRS_LINE = re.compile(r"(?i:(?:BBC\s+)?Local\s+Democracy\s+Reporting\s+Service|LDRS)")


_OUTLET_WORDS = (r"News|Post|Echo|Times|Gazette|Herald|Mail|Telegraph|Chronicle|Express|Star|Observer|Guardian|Mercury|Advertiser|"
                 r"Journal|Standard|Live|Press|Argus|Voice|Media|Images|Agency|Photography|Studio|Pictures")
_OUTLET_LINE = re.compile(r"(?:(?:BBC|ITV|Sky|Channel\s+4)\s+News|(?:[A-Z][\w’'&]*\s+){1,3}(?:News|Post|Echo|Times|Gazette|Herald|Mail|"
                          r"Telegraph|Chronicle|Express|Star|Observer|Guardian|Mercury|Advertiser|Journal|Standard|Live|Press|Argus))\b(?:\s*[,|–-]\s*[\w ,]{1,40})?$")


_CAPITALS_NAME = r"(?P<caps>[A-Z][A-Z’'\-]+(?:\s+[A-Z][A-Z’'\-]+){1,2})"
_CAPITALS_BYLINE = re.compile(rf"[-–•]?\s*{_CAPITALS_NAME}\s+[\w.\-]+@[\w.\-]+\.\w+(?:\s+@\w+)?")
_CAPITALS_BY = re.compile(rf"(?:By|BY)\s+{_CAPITALS_NAME}")  # near the top: "By JANE ROE"


_SEAT_LINE = re.compile(r"(?:Member\s+of\s+Parliament|MP|Councillor|County\s+Councillor)\s+for\s+[A-Z][\w’'\-]*(?:[ ,&]+(?:and\s+)?[A-Z][\w’'\-]*){0,5}")
_POST_AT_LINE = re.compile(r"(?P<role>[A-Z][^|•·@]{2,70}?)\s+at\s+(?P<org>[A-Z][^|•·@]{2,70})")
_CREDITED_AS = {"report": "reporter", "reporting": "reporter", "words": "writer", "pictures": "photographer",
                "photos": "photographer", "video": "camera operator", "filming": "camera operator"}


def _a_council(name: str) -> bool:
    from loaders.gazetteer import find_councils
    return bool(find_councils(name))


def credited_people(text: str) -> list[tuple[int, int, str, str, str | None]]:
    """Writers and photographers a news page credits, as (start, end, name, title, organisation):
    a byline ("By Jane Roe", "Jane Roe 08 August 2014", a name on its own line above the date,
    with the role on the next line where given: "local democracy reporter") and photo credits
    ("Pic by Jane Roe", "Image: Jane Roe/Agency")."""
    out = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    filled = [(p, l) for p, l in lines if l.strip()]
    for i, (p, line) in enumerate(filled):
        s = line.strip()
        off = p + line.find(s)
        nxt = filled[i + 1][1].strip() if i + 1 < len(filled) else ""
        # an MP's or a councillor's own site, its masthead: "Jane Roe MP" / "Member of Parliament for Congleton"
        seat = re.fullmatch(rf"(?P<name>{NAME})(?:\s+MP)?", s) if _SEAT_LINE.fullmatch(nxt) else None
        if seat and _is_name(seat.group("name")):
            out.append((off + seat.start("name"), off + seat.end("name"), seat.group("name"), nxt, None))
            continue
        # a profile's name over its post: "Sam Okoro" / "Director of Children's Services at Rutland County Council"
        post = _POST_AT_LINE.fullmatch(nxt) if re.fullmatch(NAME, s) else None
        if post and _ROLE_HEAD_RE.search(post.group("role")) and _is_name(s):
            out.append((off, off + len(s), s, post.group("role").strip(), post.group("org").strip()))
            continue
        # in capitals with the writer's address ("- JANE ROE jane.roe@example.co.uk @JaneRoe"), or near the top after "By"
        caps = _CAPITALS_BYLINE.fullmatch(s) or (_CAPITALS_BY.fullmatch(s) if i <= 8 else None)
        if caps:
            name = " ".join(w.capitalize() for w in caps.group("caps").split())
            if _is_name(name):
                out.append((off + caps.start("caps"), off + caps.end("caps"), name, "reporter", None))
                continue
        # "Report by Jane Roe. Words by Sam Hill": a line of credits, each its own
        parts = list(re.finditer(rf"(?P<what>Report|Reporting|Words|Pictures|Photos|Video|Filming)\s+by\s+(?P<name>{NAME})\.?\s*", s))
        if len(parts) >= 2 and sum(len(c.group()) for c in parts) == len(s) and all(_is_name(c.group("name")) for c in parts):
            out += [(off + c.start("name"), off + c.end("name"), c.group("name"), _CREDITED_AS[c.group("what").lower()], None) for c in parts]
            continue
        # "11 July 2024 | RTR Newsroom | Reporting by Jas Bhamra": the credit among a byline's parts
        part = re.search(rf"(?:^|\|\s*)(?P<what>Reporting|Reported|Words|Written|Edited)\s+by\s+(?P<name>{NAME})\s*(?:\||$)", s) if "|" in s else None
        if part and _is_name(part.group("name")):
            out.append((off + part.start("name"), off + part.end("name"), part.group("name"),
                        "editor" if part.group("what") == "Edited" else "reporter", None))
            byline = re.match(rf"(?:By|BY)\s+(?P<name>{NAME}),\s*(?P<role>{_ROLE_LINE.pattern})\s*\|", s)  # "By Jo Roe, fact checker | Edited by ..."
            if byline and _is_name(byline.group("name")):
                out.append((off + byline.start("name"), off + byline.end("name"), byline.group("name"), byline.group("role").strip(), None))
            continue
        # a bulletin's newsreader: "Read by Jo Roe"
        read = re.fullmatch(rf"(?:Read|Presented)\s+by\s+(?P<name>{NAME})", s)
        if read and _is_name(read.group("name")):
            out.append((off + read.start("name"), off + read.end("name"), read.group("name"), "newsreader" if s.startswith("Read") else "presenter", None))
            continue
        two = re.fullmatch(rf"(?:By|BY|by)\s+(?P<a>{NAME})\s+(?:and|&)\s+(?P<b>{NAME})(?:,\s*[A-Z][^,|\d]{{1,40}})?{_BYLINE_TAIL}", s)  # "By Jane Roe and Sam Hill(, BBC News)"
        if two and _is_name(two.group("a")) and _is_name(two.group("b")):
            out += [(off + two.start(g), off + two.end(g), two.group(g), "reporter", None) for g in ("a", "b")]
            continue
        # "By Jane Roe Chief Reporter" (the role after the name, in capitals) before "By Jane Roe"
        m = (re.fullmatch(rf"(?:By|BY|by)\s+(?P<name>{NAME_TOK}(?:\s+{NAME_TOK}){{1,2}}?)\s+(?P<role>(?:[A-Z][a-z]+\s+){{0,3}}"
                          r"(?:Reporter|Correspondent|Editor|Journalist|Writer)|[A-Z][a-z]+\s+(?:[a-z]+\s+){0,2}(?:reporter|correspondent|editor|journalist|writer))", s)
             # "Posted on 14 July 2022 by Jane Roe", "Posted at 4:32pm, Thursday 3rd September 2015 by Jane Roe"
             or re.fullmatch(rf"(?:Posted|Written|Published)\s+(?:on|at)\s+(?=[^|]{{0,50}}\d{{4}})[^|]{{4,50}}?\s+(?:By|BY|by)\s+(?P<name>{NAME}){_BYLINE_TAIL}", s)
             # "Reporter: Jane Roe", "Words: Jane Roe"
             or re.fullmatch(rf"(?P<role>Reporter|Chief\s+reporter|Words|Author|Writer)\s*:\s*(?P<name>{NAME})\.?", s)
             # (and the outlet after the role: "By Jane Roe, Political Editor, BBC South East")
             or re.fullmatch(rf"(?:(?:Words|Written|Reported|Story|Report|Posted)\s+)?(?:By|BY|by)\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*(?:,\s*(?P<role>[^,|\d]{{3,60}}?))?"
                             rf"(?:,\s*[A-Z][^,|\d]{{1,40}})?{_BYLINE_TAIL}", s)
             # "By Local Democracy Reporter Sam Green"
             or re.fullmatch(rf"(?:By|BY|by)\s+(?P<role>(?:[A-Z][a-z]+\s+){{0,3}}(?:[Rr]eporter|[Cc]orrespondent|[Ee]ditor|[Jj]ournalist))\s+(?P<name>{NAME})", s)
             or re.fullmatch(rf"(?:(?:Posted|Written|Published)\s+)?(?:By|BY|by)\s+(?P<name>{NAME})\s+on\s+{_BYLINE_DATE}(?:\s+in\s+.{{1,80}})?{_BYLINE_TAIL}", s)
             or re.fullmatch(rf"(?P<name>{NAME_TOK}(?:\s+{NAME_TOK}){{1,2}}?)\s+(?P<role>[A-Z][a-z]+(?:\s+[a-z]+){{0,3}}\s+"
                             rf"(?:reporter|correspondent|editor|writer|journalist))", s)
             or re.fullmatch(rf"(?P<name>{NAME})\s*[,|–\-]?\s*{_BYLINE_DATE}", s)
             or re.fullmatch(rf"(?P<name>{NAME})\s*[,|–\-]\s*(?P<role>{_ROLE_LINE.pattern})", s)
             or (re.fullmatch(NAME, s) and (re.fullmatch(_BYLINE_DATE, nxt) or _ROLE_LINE.fullmatch(nxt))
                 and re.fullmatch(rf"(?P<name>{NAME})", s))
             # a name alone on a line above its outlet's name ("Mark Hill" / "BBC News, North East")
             or (1 <= i <= 8 and _OUTLET_LINE.match(nxt) and re.fullmatch(rf"(?P<name>{NAME})", s))
             # a name alone on a line between the headline and the first paragraph: the byline
             or (1 <= i <= 4 and len(s.split()) in (2, 3) and len(nxt.split()) >= 15 and re.search(r"[.!?”\"]$", nxt)
                 and re.fullmatch(rf"(?P<name>{NAME})", s))
             # "Jane Roe" / "Local Democracy Reporting Service"
             or (1 <= i <= 8 and _LDRS_LINE.fullmatch(nxt) and re.fullmatch(rf"(?:(?:By|BY|by)\s+)?(?P<name>{NAME})", s))
             # near the top, more bylines: "By Jane Roe Published: 10:00, 4 May 2024", "Jane Roe | Published 4 May 2024", "Jane Roe · 4
             # May 2024 · 3 min read", "By Jane Roe @janeroe", "Jane Roe, Chief Reporter, Kestrelford Echo", "By Jane Roe | Local Democracy Reporter"
             or (i <= 8 and (
                 re.fullmatch(rf"(?:By|BY|by)\s+(?P<name>{NAME})\s*[|•·]?\s*(?:Published|Updated|Posted)\s*:?\s*(?:\d{{1,2}}[:.]\d{{2}}\s*(?:am|pm)?,?\s*)?{_BYLINE_DATE}.{{0,40}}", s)
                 or re.fullmatch(rf"(?P<name>{NAME})\s*[|•·]\s*(?:(?:Published|Updated|Posted)\s*:?\s*)?{_BYLINE_DATE}{_BYLINE_TAIL}", s)
                 or re.fullmatch(rf"(?:By|BY|by)\s+(?P<name>{NAME})\s+@\w+", s)
                 or re.fullmatch(rf"(?:By\s+)?(?P<name>{NAME}),\s*(?P<role>{_ROLE_LINE.pattern}),\s*[A-Z][^,|\d]{{1,40}}", s)
                 or re.fullmatch(rf"(?:By|BY|by)\s+(?P<name>{NAME})\s*[|•·]\s*(?P<role>{_ROLE_LINE.pattern}|(?i:Local\s+Democracy\s+Reporting\s+Service))", s))))
        if m and _is_name(m.group("name")) and not re.search(rf"\b(?:{_OUTLET_WORDS})$", m.group("name")):  # ("By Shropshire Live": the outlet)
            role = m.groupdict().get("role") or (nxt if _ROLE_LINE.fullmatch(nxt) else "local democracy reporter" if _LDRS_LINE.fullmatch(nxt) else None)
            if role and _LDRS_LINE.fullmatch(role.strip()):
                role = "local democracy reporter"  # "By Jane Roe, Local Democracy Reporting Service"
            role = role or next((x.strip() for x in re.split(r"[|•·]", s)[1:] if _ROLE_LINE.fullmatch(x.strip())), None)  # "By Jane Roe | Local Democracy Reporter"
            title = role.strip() if role and _ROLE_LINE.fullmatch(role.strip()) else "reporter"
            if role and title == "reporter" and _ROLE_HEAD_RE.search(role):
                # a blog's author by their post: "Posted by Dr Ann Roe, Head of Policy and Research | 14 March 2018"
                out.append((off + m.start("name"), off + m.end("name"), m.group("name"), role.strip(), None))
                continue
            out.append((off + m.start("name"), off + m.end("name"), m.group("name"), title.lower(), None))
            continue
        # "Photo: Students at the campus. Credit: Jane Roe": a caption's credit (not an outlet's: "Credit: Ouseburn Voice")
        # ... and "Image of the town hall (Credit: Jo Roe / Wikimedia Commons)": the photographer, with the library after the slash
        # ("The town hall. Credit: Jo Roe": a caption's own credit, after its last sentence)
        c = re.match(rf"(?:(?i:{PHOTO_CREDIT}|Photo|Picture|Image)\s*:?.*\b|.*[.!?)]\s+|\(?)(?i:credit)\s*:\s*(?P<name>{NAME})(?:\s*/\s*[^/()]{{1,40}}?)?\s*\)?\.?\s*$", s)
        if c and _is_name(c.group("name")) and not re.search(rf"\b(?:{_OUTLET_WORDS})$", c.group("name")):
            out.append((off + c.start("name"), off + c.end("name"), c.group("name"), "photographer", None))
            continue
        # a photographer known by one name before the library that holds the picture: "Photo: Takasu/Fotolia",
        # "(credit: Diliff / Wikimedia Commons)"
        one = re.search(rf"(?:(?i:{PHOTO_CREDIT})|\(?(?i:credit)\s*:)\s*(?P<name>{NAME_TOK})\s*/\s*(?:{PICTURE_AGENCIES}|Wikimedia(?:\s+Commons)?|Flickr|Geograph)\b", s)
        if one and not re.fullmatch(PICTURE_AGENCIES, one.group("name")) and not _a_council(one.group("name")):
            out.append((off + one.start("name"), off + one.end("name"), one.group("name"), "photographer", None))
            continue
        cam = re.search(rf"\b(?:Camera|Filmed\s+by|Video\s+by)\s*:?\s*(?P<name>{NAME})\.?\s*$", s)  # "Watch: ... Camera: Jo Roe"
        if cam and _is_name(cam.group("name")):
            out.append((off + cam.start("name"), off + cam.end("name"), cam.group("name"), "camera operator", None))
            continue
        # (also "Photograph: Jo Roe for the Chronicle", "Picture: Herald photographer Jo Roe")
        for c in re.finditer(rf"(?i:{PHOTO_CREDIT})\s*(?:(?:[A-Z][\w’']+\s+)?(?:staff\s+|chief\s+)?photographer\s+)?(?P<name>{NAME})"
                             rf"(?:\s*/\s*(?P<agency>[\w][\w .&\-]{{1,40}}?))?(?:\s*/\s*[\w][\w .&\-]{{1,40}}?)*(?:\s*\([^()]{{1,40}}\))?(?:\s+for\s+(?:the\s+)?[A-Z][\w’'&\-]*(?:\s+[A-Z][\w’'&\-]*){{0,3}})?\s*(?:\.com)?[.)]?\s*$", s):
            name = c.group("name")
            if re.fullmatch(PICTURE_AGENCIES, name) or re.search(rf"(?:^|\b){PICTURE_AGENCIES}(?:\b|$)", name, re.IGNORECASE) or not _is_name(name):
                continue
            out.append((off + c.start("name"), off + c.end("name"), name, "photographer",
                        c.group("agency").strip() if c.group("agency") else None))
    return out


# what a body is, said before its name: "the charity Family Rights Lobby", "the union Unison"
_BODY_KINDS = (r"(?:charity|union|campaign\s+group|think[-\s]tank|support\s+group|group|network|association|organisation|organization|"
               r"forum|alliance|coalition)")
_OWNER = re.compile(r"(?:[Tt]he\s+)?(?P<org>[A-Z][\w&\-]*(?:\s+(?:for|of|and|&)?\s*[A-Z][\w&\-]*){0,4})[’']s\s+(?P<rest>[a-zA-Z].{2,80})$")


def _clean_title(title: str, council: str | None) -> tuple[str, str | None, dict]:
    """Splits a role phrase into (title, organisation, extra)."""
    from loaders.gazetteer import find_councils
    t = re.sub(r"\s+", " ", title).strip(" ,.;:–-")
    t = re.sub(r"^by\s+", "", t, flags=re.I)  # "By Local Democracy Reporter Sam Green": a byline's role
    # "Ofsted and His Majesty's Inspector, Steve Lowe": an HMI, Ofsted's
    hmi = re.fullmatch(r"(?:Ofsted(?:[’']s)?\s+(?:and\s+)?)?((?:His|Her)\s+Majesty[’']s\s+Inspector)(?:\s+\(HMI\))?", t)
    if hmi:
        return hmi.group(1), "Ofsted", {}
    # "county council chief executive", "the county council's executive director for people": the council's post
    own = re.match(r"(?:the\s+)?(?:county|city|borough|district)\s+council(?:[’']s)?\s+(?=\w)", t, re.I)
    if own and council:
        title, org, extra = _clean_title(t[own.end():], council)
        return title, org or council, extra
    # "a care leaver from Hastings", "a mother from Ilkeston": where they live, not a body they belong to
    t = re.sub(r"^(?:(?:a|an)\s+)?((?:care\s+leaver|student|mother|father|parent|grandparent|resident|foster\s+carer|young\s+person)s?)\s+from\s+.*$",
               r"\1", t, flags=re.I)
    t = re.sub(r"^(?:but|and|while|whilst|so|yet)\s+", "", t, flags=re.I)  # "But opposition leader Cllr A": the clause's joint
    # "who was appointed director of children's services in March 2022": the post alone
    t = re.sub(r"^(?:who\s+)?(?:(?:was|has\s+been|had\s+been|is)\s+)?(?:newly\s+)?appointed\s+(?:as\s+)?", "", t, flags=re.I)
    t = re.sub(rf"\s+(?:(?:in|from|on|since)\s+{_DATE_WORDS}|(?:last|this|earlier\s+this)\s+(?:year|month))$", "", t)
    t = re.sub(r"(?<=\w)\s+(?:who|whose)\s+(?!(?:chairs|leads|heads|runs|manages)\b).*$", "", t)  # "a nursing student who grew up in care": the post
    extra: dict = {}
    org = None
    if _TWO_POSTS.fullmatch(t):
        return re.sub(r"^(?:a|an|another)\s+", "", t), None, extra  # two posts: `_People.role` reads each
    # a trust, force or partnership named after the council's place is not the council
    body = re.search(r"\b(?:at|of|for)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w’'\-]+\s+){1,4}(?:Children[’']s\s+)?(?:Trust|Police|Constabulary|"
                     r"Safeguarding\s+(?:Children\s+)?Partnership|University|College)|University\s+of\s+[A-Z][\w’'\-]+(?:\s+(?:[A-Z][\w’'\-]+|and|upon))*)$", t)
    if body:
        return _clean_title(t[:body.start()], None)[0], body.group("body"), {}
    # a body the title names by what it is, or with its place after it: "chief executive of the charity Family
    # Rights Lobby", "branch secretary of Unison in Torbay" (the union's branch, not the council)
    named = re.search(r"\s+(?:at|of|for)\s+(?:the\s+)?(?:(?:[\w’'\-]+\s+){0,3}?" + _BODY_KINDS + r"\s+)(?P<org>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,5})$", t) \
        or re.search(r"\s+(?:at|of)\s+(?P<org>(?!the\b)[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4})\s+in\s+[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}$", t)
    if named and not find_councils(named.group("org")) and not _FUNCTION.fullmatch(named.group("org")):
        return _clean_title(t[:named.start()], None)[0], named.group("org"), {}
    # a union's branch: "secretary of Unison's Dudley branch" (the union's, not the council's)
    branch = re.search(r"\s+(?:of|for|at)\s+(?:the\s+)?(?P<org>[A-Z][\w&\-]*)[’']s\s+(?:[A-Z][\w’'\-]*\s+){0,3}(?:branch|region|office)$", t)
    if branch and not find_councils(branch.group("org")):
        return t, branch.group("org"), {}
    t = re.sub(r"\s+in\s+one\s+of\s+.+$", "", t)  # "a senior practitioner in one of Calderdale's child protection teams": the post
    # a body's own post: "Unison's Medway branch secretary", "the Department for Education's commissioner for Wakefield"
    owner = _OWNER.match(t)
    if owner and _ROLE_HEAD_RE.search(owner.group("rest")) and not _ROLE_HEAD_RE.search(owner.group("org")) \
            and not re.search(r"\b(?:Children|Services|Hall)\b", owner.group("org")) \
            and (not find_councils(owner.group("org")) or re.search(r"\b(?:Police|Constabulary|NHS|Fire)\b", owner.group("org"))) \
            and not re.fullmatch(r"[A-Z]{2,6}|Ofsted|Council|City|Borough|County|(?:His|Her)\s+Majesty", owner.group("org")) \
            and not _FUNCTION.fullmatch(owner.group("org")):
        return _clean_title(owner.group("rest"), None)[0], owner.group("org"), {}
    # "chair of the Achieving for Children board": the body the board governs
    board = re.search(r"\b(?:of|for)\s+the\s+(?P<org>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|for|of|and|&))*)\s+board$", t)
    if board and not find_councils(board.group("org")):
        return t, board.group("org"), {}
    # a body named after the council's place that owns the post: "Kestrelford Children's Trust's chief executive"
    owned = re.match(r"(?P<org>(?:[A-Z][\w’'\-]+\s+){1,4}(?:Children[’']s\s+)?(?:Trust|Safeguarding\s+(?:Children\s+)?Partnership|Police|Constabulary))"
                     r"[’']s\s+(?P<rest>.+)$", t)
    if owned and _ROLE_HEAD_RE.search(owned.group("rest")):
        return _clean_title(owned.group("rest"), None)[0], owned.group("org"), {}
    found = find_councils(t)
    # ("Kestrelford Children First", "Bradford Children and Families Trust")
    company = re.match(r"(?:\s+[A-Z][\w’'\-]+)(?:\s+(?:(?:and|&|for|of|the)\s+)?[A-Z][\w’'\-]+)*\s*$", t[found[0][2]:]) if found else None
    if company and not re.match(r"\s+(?:(?:County|City|Borough|Metropolitan|District)\s+)?Council\b", company.group()) \
            and not _ROLE_HEAD_RE.search(company.group()):
        # "chief executive for Kestrelford Children First": a company named after the place, not the council
        # (with the words before the place: "scrutineer of the Keeping Bristol Safe Partnership")
        s = found[0][1]
        lead = re.search(r"(?<=\s)(?:(?!(?:The|the)\b)[A-Z][\w’'\-]+\s+)+$", t[:s])
        s = lead.start() if lead else s
        return _clean_title(re.sub(r"\s+(?:for|of|at)\s*$", "", t[:s]), council)[0], t[s:].strip(), {}
    if found:
        c, s, e = found[0]
        from loaders.gazetteer import lookup
        main = lookup(council) if council else None
        org = council if main is not None and main.ons_code == c.ons_code else _council_name(t[s:e], c)
        pre = re.search(r"\s+(?:for|of|at|in)\s+(?:the\s+)?$", t[:s])
        if pre and re.match(r"\s*(?:$|(?:and|&)\s+)", t[e:]):
            t = t[:pre.start()]  # "director of children's services for Westminster and the Royal Borough of ...": the post
            # "the Labour leader of Barnet Council": the council's leader, from whichever party
            t = re.sub(r"^((?:the\s+)?)(?:Labour|Conservative|Liberal\s+Democrat|Lib\s+Dem|Green|Reform(?:\s+UK)?|Independent)\s+(?=(?:deputy\s+)?leader$)",
                       r"\1", t, flags=re.IGNORECASE)
        elif s > 0 and re.match(r"[’']s\s", t[e:]):
            t = (t[:s] + "the" + t[e + 2:]).strip()  # "chair of Kestrelford's improvement board": of the improvement board
        else:
            t = (t[:s] + t[e:]).strip()
        t = re.sub(r"^[’']s\b", "", t).strip()
    if re.search(r"\bOfsted\b", t):
        org = "Ofsted"
        t = re.sub(r"\bOfsted[’']?s?\b", "", t).strip()
    # "Chair of the Council’s Children’s Services Committee": the council's committee, not a body called "Council"
    m = re.search(r"\b(?:at|of|for)\s+(?:the\s+)?((?:[A-Z][\w’'\-]+\s+)*(?:Police|Constabulary|NHS\s+[\w\s]+|Trust|Council))\b(?![’']s\b)", t)
    if not org and council and re.search(r"\bthe\s+Council[’']s\s+[A-Z]", t):
        org = council
    if m and not org:
        # "Leader of the Council": the council the article is about
        # ("Director of Children's Services for the City Council": the council the article is about too)
        whole = re.fullmatch(r"(?:(?:City|County|Borough|District)\s+)?Council", m.group(1))
        org = council if whole and council else m.group(1)
        t = t[:m.start()].strip() if m.group(1) != "Council" else t
    # "chair of the Children and Young People Policy Committee": a committee of the council
    if not org and council and (re.search(r"\b(?:of|on|for)\s+the\s+(?:[A-Z][\w’'\-]*\s+(?:and\s+|&\s+)?)+(?:Committee|Sub-Committee|Panel|Cabinet)$", t)
                                # ... or its scrutiny committee however written: "chairman of the CYPS scrutiny committee"
                                or re.search(r"\b(?:of|on|for)\s+the\s+(?:[\w’'\-]+\s+){0,4}scrutiny\s+(?:committee|sub-committee|panel|board|commission)$", t, re.IGNORECASE)):
        org = council
    m = re.search(r"\s+(?:at|of)\s+(?:the\s+)?(?P<org>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|for|of|and|the|&)){0,5})$", t)
    if m and not org and not _FUNCTION.fullmatch(m.group("org").strip()):
        org = m.group("org").strip()
        t = t[:m.start()].strip()
    t = re.sub(r"\s+(?:at|of|for|in|with)(?:\s+the)?$", "", t)
    low = t.lower()
    for pre, key in (("incoming ", "status"), ("outgoing ", "status"), ("newly appointed ", "status"),
                     ("newly-appointed ", "status"), ("new ", "status"), ("former ", "former"), ("then ", "former")):
        if low.startswith(pre):
            extra[key] = pre.strip()
            t = t[len(pre):]
            low = t.lower()
    t = re.sub(r"^(?:the|its|their|our|his(?!\s+majesty)|her(?!\s+majesty)|council[’']s|city[’']s|authority[’']s|borough[’']s|county[’']s)\s+", "", t, flags=re.IGNORECASE)
    t = re.sub(r"^(?:council|city|authority|borough|county)[’']s\s+", "", t, flags=re.IGNORECASE)
    if re.match(r"[A-Z]{2,6}[’']s\s+", t) and not org and council:
        org = council  # "KCC's director": the council's initials
    t = re.sub(r"^[A-Z]{2,6}[’']s\s+", "", t)
    if not org:
        if _OFSTED_ROLE.search(t):
            org = "Ofsted"
        elif _COUNCIL_ROLE.search(t) and council:
            org = council
    if re.fullmatch(r"inspectors?", t, re.IGNORECASE):
        t = "inspector"
    # sentence case ("Director of children's services") reads as a common noun; Title Case stays
    if t[:1].isupper() and not re.match(r"[A-Z]{2}|His|Her", t) and not any(w[:1].isupper() for w in t.split()[1:]):
        t = t[0].lower() + t[1:]
    t = re.sub(r"^(?:a|an|another)\s+(?=\w)", "", re.sub(r"\s+", " ", t).strip())
    if re.fullmatch(r"(?:[\w’'\-]+\s+){0,4}(?:MP|member\s+of\s+parliament)", t, re.IGNORECASE):
        org = None  # "Kestrelford MP": a constituency's member of Parliament, not a council post
    return t, org, extra


# Capitalised words after "director of" that name a function, not an organisation.
_FUNCTION = re.compile(r"(?:Children[’']?s|Adults?[’']?|Adult|Social|Education|Learning|Skills|Families|Family|Young\s+People[’']?s?|"
                       r"Safeguarding|Early\s+Help|Services?|Care|Health|Public\s+Health|Schools?|Inclusion|Resources|Finance|"
                       r"Operations|Practice|Quality|Partnerships?|Commissioning|People|Communities|Strategy|and|&|for|of|the|\s)+",
                       re.IGNORECASE)


def _council_name(written: str, c) -> str:
    """The council as a role names it: as written when the text writes it as a council ("Hull City Council") or by a
    company's name that shares no word with the council's ("Together for Children"), else its formal name."""
    w = re.sub(r"[’']s$", "", written).strip()
    own = set(re.findall(r"[a-z]+", c.formal_name.lower()))
    company = len(w.split()) > 1 and not own & (set(re.findall(r"[a-z]+", w.lower())) - {"for", "of", "and", "the"})
    return w if re.search(r"council$", w, re.IGNORECASE) and len(w.split()) > 1 or company else c.formal_name


class _People:
    def __init__(self, council: str | None, published: str | None):
        self.council = council
        self.published = published
        self.people: dict[str, dict] = {}   # key: full name
        self.mentions: list[tuple[int, int, str]] = []
        self.quiet = False  # names in headlines, captions and credits are not mentions for quotes
        self.trust: str | None = None  # the children's trust the document names, for "the trust's chief executive"

    def add(self, name: str, start: int, end: int, span: Span | None = None) -> str | None:
        name = strip_honorifics(name)
        if not _is_name(name):
            return None
        if name not in self.people:
            self.people[name] = {"name": name, "aliases": [], "roles": [], "span": [span.start, span.end] if span else [start, end]}
        if not self.quiet:
            self.mentions.append((start, end, name))
        return name

    def role(self, name: str | None, title: str, org: str | None = None, since: str | None = None,
             span: Span | None = None, **extra) -> None:
        if not name or not title or len(title.split()) > 24:
            return
        two = _TWO_POSTS.fullmatch(title)
        if two:  # "Lib Dem councillor and member of the scrutiny committee": two posts, each read on its own
            parts = [_clean_title(part, self.council) for part in two.groups()]
            shared = org or next((o for _, o, _ in parts if o == self.council), None)  # a committee member's council is the councillor's
            for t, o, x in parts:
                self.role(name, t, o or shared, since, span, **{**extra, **x})
            return
        if len(title.split()) > 14:
            return  # (two posts may take more words than one)
        if self.trust and re.match(r"(?:the\s+)?trust(?:[’']s)?\s", title, re.IGNORECASE):
            org = self.trust  # "Trust chief executive Jane Roe", "the trust's director": the trust's, not the council's
        p = self.people[name]
        for r in p["roles"]:
            if r["title"].lower() == title.lower() or (r["title"].lower() in title.lower() and (org or None) == r["organisation"]):
                if len(title) > len(r["title"]):
                    r["title"] = title
                r["since"] = r["since"] or since
                r["organisation"] = r["organisation"] or org
                return
            if title.lower() in r["title"].lower():
                r["since"] = r["since"] or since
                return
        p["roles"].append({"title": title, "organisation": org, "since": since, "until": None,
                           **({"span": [span.start, span.end]} if span else {}), **extra})


_TWO_POSTS = re.compile(r"(.*?\b(?:councillor|member|leader|chair|director|officer|executive|MP)\b.*?)\s+and\s+((?:a\s+)?(?:member|chair|vice-chair|leader|deputy\s+leader|lead\s+member|chief\s+executive|director|head)\s+(?:of|for)\s+.+)",
                        re.IGNORECASE)
# a children's services trust named after its place: "Kestrelford Children's Trust", "Bradford Children and Families Trust"
TRUST_NAME = re.compile(r"\b(?:[A-Z][\w’'\-]+\s+){1,3}Children(?:[’']s)?\s+(?:Services\s+|and\s+Families\s+)?Trust\b")
_TITLE_WORDS = {"portfolio", "holder", "cabinet", "member", "lead", "director", "executive", "chief", "officer", "chair",
                "chairman", "chairwoman", "leader", "head", "deputy", "assistant", "strategic", "corporate", "interim", "acting",
                "mayor", "commissioner", "inspector", "manager", "principal", "senior"}
# what follows the name of a programme, a scheme or a place, not a person: "the Staying Close programme"
_NOT_PERSON_AFTER = re.compile(r"\s+(?:programme|program|scheme|project|initiative|model|approach|service|team|hub|panel|board|"
                               r"fund|award|framework|pilot|partnership|campaign|centre|unit|house|home|network|strategy|pay\s+deal|deal|pledge|offer)\b|"
                               r"\s+\d{1,3}\b(?![,.]?\s*(?:years?|months?)\b)", re.IGNORECASE)  # "Standing Order 22": a numbered rule, not a person


def extract_people(parsed: "Parsed", spans: list[Span], council: str | None = None,
                   published: str | None = None, side: list[Span] = (),
                   credits: bool = False, byline: str | None = None) -> tuple[list[Person], list[tuple[int, int, str]]]:
    """`side`: headlines and captions, read by the rules only (not spaCy) and giving no mentions;
    `credits`: also the writers and photographers the page credits (news); `byline`: the
    page's byline where the reader found it apart from the text (HTML metadata)."""
    text = parsed.text
    P = _People(council, published)
    t = TRUST_NAME.search(text)
    P.trust = t.group() if t else None
    for sp in list(spans) + list(side):
        P.quiet = sp in side and sp not in spans
        _rules(text, sp, P)
    P.quiet = False
    # captions written as sentences ("Jo Bell, two, died in 2011") go to spaCy too; Title Case headlines do not
    plain = [sp for sp in side if sp not in spans and sum(w[:1].isupper() for w in sp.text.split()) <= 0.5 * sp.words]
    return _finish(parsed, spans, P, credits, byline, plain)


_AGED = rf"(?i:baby|toddler|schoolboy|schoolgirl|little|(?:\d{{1,2}}|{'|'.join(NUMBER_WORDS)})-(?:year|month)-old)"
_DEATH_OF = re.compile(rf"\b(?i:deaths?|murders?|killings?|manslaughter)\s+of\s+(?:{_AGED}\s+)?"
                       rf"(?P<name>{NAME})(?:(?:\s+in\s+\d{{4}})?\s*(?:,|and)\s+(?:{_AGED}\s+)?(?P<name2>{NAME}))?")


def _add_named(P: "_People", m: re.Match, sp: Span):
    """The person a rule's "name" group names, without honorifics, added at its place in the text."""
    nm = strip_honorifics(m.group("name"))
    off = sp.start + m.start("name") + m.group("name").find(nm)
    return P.add(nm, off, off + len(nm), sp)


def _rules(text: str, sp: Span, P: "_People") -> None:
    council, published = P.council, P.published
    # "(?<![A-Za-z])": a caption glued onto an image id ("40881Cllr Jane Roe") still counts
    hon_re = re.compile(rf"(?<![A-Za-z])(?P<hon>{HONORIFIC})\s+(?P<name>{NAME_TOK}(?:\s+{NAME_TOK}){{0,3}})")
    s = text[sp.start:sp.end]
    # a child whose death an article recalls: "the deaths of Victoria Climbie in 2000 and Dylan Tiffin-Brown"
    for m in _DEATH_OF.finditer(s):
        for g in ("name", "name2"):
            if m.group(g) and _is_name(m.group(g)):
                off = sp.start + m.start(g)
                P.add(m.group(g), off, off + len(m.group(g)), sp)
    # honorific + name; single surnames ("Cllr Parsons") resolved later
    for m in hon_re.finditer(s):
        name = strip_honorifics(m.group("name"))
        toks = name.split()
        while toks and _unpossessed(toks[-1]) in _NOT_NAME:
            toks.pop()
        name = " ".join(toks)
        peer = len(toks) == 1 and re.fullmatch(r"Lord|Baroness", m.group("hon")) and len(name) > 3  # "Lord Aldwinckle-Price": a peer's name
        if len(toks) >= 2 or peer:
            n = P.add(name, sp.start + m.start("name"), sp.start + m.start("name") + len(name), sp)
            if n and re.match(r"(?:Councillor|Cllr|Coun)", m.group("hon")):
                P.people[n].setdefault("_councillor", True)
            if n and re.match(r"Prof", m.group("hon")):  # "Professor Jane Roe, who studies ... at the University of X"
                uni = re.search(r"\bUniversity\s+of\s+(?:the\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3}|\b(?:[A-Z][\w’'\-]+\s+){1,3}University\b", s)
                if uni or re.search(r"\bwho\s+(?:studies|teaches|researches|lectures)\b", s[m.end():]):
                    P.people[n].setdefault("_professor", uni.group() if uni else "")
    # role before name(s): "council leader, Cllr Liam Robinson", "Inspectors A and B"
    for m in _ROLE_BEFORE.finditer(s):
        role = m.group("role")
        if re.fullmatch(rf"{HONORIFIC}", role.strip(), re.IGNORECASE):
            continue  # "Councillor Liz Parsons": an honorific, not a role
        if not _ROLE_HEAD_RE.search(role.split()[-1] if role.split() else "") and not re.search(rf"{ROLE_HEAD}(?:\s+(?:of|for)\s+.*)?$", role, re.IGNORECASE):
            continue
        # the role phrase must not swallow a clause: cut at the last verb-ish word
        # (only before its "of"/"for": "chair of Education, Children and Families Committee" keeps its "and")
        cut = re.search(r"\s(?:of|for)\s", role)
        pre, post = (role[:cut.start()], role[cut.start():]) if cut else (role, "")
        role = re.split(r"\b(?:with|said|told|and|to|by|from|that|as|was|were|is|are|has|had|when|while)\s+", pre)[-1] + post
        owner = re.search(r"(?:[Tt]he\s+)?(?:[A-Z][\w&\-]*\s+){1,3}(?:(?:for|of|and)\s+(?:[A-Z][\w&\-]*\s+){0,2})?$",
                          s[:m.start("role") + len(m.group("role")) - len(role)])
        if owner and re.match(r"(?:[A-Z][\w&\-]*\s+){0,3}[A-Z][\w&\-]*[’']s\s", role):
            role = owner.group() + role  # "The Department for Education's commissioner", "Devon and Cornwall Police's Chief Constable"
        if not _ROLE_HEAD_RE.search(role):
            continue
        if re.search(r"\b(?:and|&|of|for|the)\s*$", role, re.IGNORECASE):
            continue  # "Cabinet Member for Children and | Public Protection": the role goes on, no name follows
        if re.search(r"\b(?:of|for|at)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?" + _BODY_KINDS + r"\s*$", role, re.IGNORECASE) \
                and not re.search(r",|\b(?:Councillor|Cllr)\b", s[m.end("role"):m.start("names")]):
            continue  # "chief executive of the charity Family Rights Lobby": the words after are the body's name
        names = re.split(r"\s*(?:,|\band\b|&)\s*", m.group("names"))
        if len(names) > 1 and re.search(r"\s(?:of|for)\s+(?:the\s+)?[A-Z]", role) and not _is_name(strip_honorifics(names[0])):
            role, names = f"{role} {names[0]}", names[1:]  # "chief executive of Slough | Children First, Jane Roe": the body's name goes on
        for raw in names:
            nm = strip_honorifics(raw)
            if not nm:
                continue
            off = sp.start + m.start("names") + m.group("names").find(raw)
            n = P.add(nm, off + raw.find(nm), off + raw.find(nm) + len(nm), sp)
            if n:
                title, org, extra = _clean_title(role, council)
                if P.trust and (re.search(r"\btrust[’']s\s+$", s[max(0, m.start("role") - 12):m.start("role")], re.IGNORECASE)
                                or re.match(r"(?:the\s+)?trust[’']s\s", role, re.IGNORECASE)):
                    org = P.trust  # "The trust's chief executive, Jane Roe": the trust's, not the council's
                if len(names) > 1 and title.endswith("s") and title.lower() != "cabinet members":
                    title = title[:-1]
                force = _POLICE_AFTER.match(s, m.end("names"))
                if force and org == "Ofsted":
                    org = force.group("force")  # "Inspector Dean Roe, of Greater Manchester Police": a police officer
                elif org == "Ofsted" and re.fullmatch(r"Inspector", role.strip()) and _POLICE_WORDS.search(s):
                    org = None  # "Inspector Tom Birch said the force had trained 200 officers": a police rank
                P.role(n, title, org, span=sp, **extra)
    # name, role[,|said]: "Jonathan Jones, director of education, said"
    for m in re.finditer(rf"(?:(?:[A-Z][\w’'\-]+\s+){{0,3}}(?:Councillor|Cllr)\s+|{HONORIFIC}\s+)?(?P<name>{NAME})(?:\s+{POST_NOMINALS})*\s*(?:\([^)]{{0,60}}\))?\s*,\s*(?:\([^)]{{0,30}}\)\s*)?(?:\d{{1,2}},\s+)?(?P<seg>[^,;:“”\"()]+?(?:{_CAP_LIST}|{_LOW_LIST})?)\s*(?=,|\s{_SPEECH}\b|\s+\(|[.;:]|$)", s):
        seg = m.group("seg")
        seg = re.sub(r"^(?:who\s+is|who\s+was|who\s+has\s+been)\s+", "", seg)
        if seg.startswith("who "):
            continue  # "who took over as director", "who chairs ...": the rules below read those
        if re.match(r"(?:with|and|alongside|plus|along\s+with|together\s+with|as\s+well\s+as|supported\s+by|assisted\s+by)\s", seg):
            continue
        if re.fullmatch(r"(?:the\s+)?(?:[\w’'\-]+\s+)?(?:inspectors|councillors|officials|leaders|managers|directors|members|officers)", seg.strip(), re.IGNORECASE):
            continue  # "..., Jean Rich, inspectors said": the subject of the next clause, not one person's post  # "led by Jane Roe, with inspector Sam Hill": who came with her, not her post
        # (the post's own words: not the bodies it is held for, "... for Westminster and the Royal Borough of ...")
        if not _ROLE_HEAD_RE.search(seg) or len(re.split(r"\s+(?:for|at)\s+(?:the\s+)?(?=[A-Z])", seg)[0].split()) > 14:
            continue
        if re.search(rf"\b(?:{_SPEECH}|{SPEECH_VERBS}|is|was|were|has|have|had|will|would|are|be)\b", seg) and not seg.startswith(("the ", "a ")):
            continue
        nm = strip_honorifics(m.group("name"))
        while len(nm.split()) > 2 and (nm.split()[0].lower() in _NOT_NAME or re.fullmatch(r"\w+[’']s", nm.split()[0])):
            nm = nm.split(" ", 1)[1]  # "But Paul Watling, cabinet member ...", "Labour's Dan Roe, the member for X": the name after the first word
        off = sp.start + m.start("name") + m.group("name").find(nm)
        n = P.add(nm, off, off + len(nm), sp)
        if n:
            title, org, extra = _clean_title(seg, council)
            P.role(n, title, org, span=sp, **extra)
    # a young person named by first name and age: "Jade, 19, a care leaver from Felixstowe, said", "Tyler, 17, who chairs ..."
    for m in _FIRST_NAME_AGE.finditer(s):
        if _after_a_first_name(s[:m.start("name")]):
            continue  # "Precious Adebayo-Hurst, 21, who left care": a surname, the full name is read elsewhere
        n = P.add(m.group("name"), sp.start + m.start("name"), sp.start + m.end("name"), sp)
        if n is None:
            continue
        if m.group("role"):
            title = re.split(r"\s+(?:from|who|whose|which|that|living|now|and|at)\b|\s+in\s+(?=[a-z])", m.group("role"))[0]
            if re.search(r"\b(?:of|for)\s+(?:the\s+)?[A-Z]", title):  # "a member of Kingston's Children in Care Council": the post as written
                P.role(n, title, None, span=sp)
                continue
        elif m.group("verb"):
            title = "care leaver"  # "who left care last year"
        elif m.group("kin"):
            title = "kinship carer"
        elif m.group("verb2"):  # "who chairs Kestrelford's Children in Care Council": the post as written
            P.role(n, f"{_POST_OF[' '.join(m.group('verb2').lower().split())]} of {m.group('what')}", None, span=sp)
            continue
        else:
            continue
        t, org, extra = _clean_title(title, council)
        P.role(n, t, None if org == council else org, span=sp, **extra)
    for rx in _ROLE_FIRST_NAME:
        for m in rx.finditer(s):
            if m.group("name").lower() in _NOT_NAME or _after_a_first_name(s[:m.start("name")]):
                continue
            n = P.add(m.group("name"), sp.start + m.start("name"), sp.start + m.end("name"), sp)
            if n is not None:
                role = " ".join(m.group("role").lower().split())
                P.role(n, "care leaver" if role == "left care" else role, None, span=sp)
    for m in _COUPLE.finditer(s):
        role = " ".join(m.group("role").lower().split()).rstrip("s")
        for g in ("a", "b"):
            name = f"{m.group(g)} {m.group('surname')}"
            start = sp.start + m.start(g)
            n = P.add(name, start, start + len(m.group(g)) if g == "a" else sp.start + m.end("surname"), sp)
            if n is not None:
                P.role(n, role, None, span=sp)
    # "Claire Moss of Kestrelford Police", "Tom Hughes, who chairs the scrutiny committee"
    for n in list(P.people):
        m = re.search(rf"{re.escape(n)}\s+(?:of|from|at)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w’'\-]+\s+){{0,4}}(?:Police|Constabulary|Council|Trust|Partnership|NHS(?:\s+[A-Z][\w’'\-]+)*|Ofsted))\b", s)
        if m:
            for r in P.people[n]["roles"]:
                if not r["organisation"] or r["organisation"] == council:
                    r["organisation"] = m.group("org")
    for m in re.finditer(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s*(?:\([^)]{{0,60}}\))?\s*,\s+(?:\d{{1,2}},\s+)?(?:(?:a|an)\s+[^,.;]{{1,60}}?\s+)?who\s+(?P<verb>chairs|leads|heads|runs|manages|researches|"
                         rf"sits\s+on|has\s+(?:chaired|led|headed|run|managed))\s+(?P<what>[^,.;]{{3,80}}?)\s*(?=[,.;]|$)", s):
        n = _add_named(P, m, sp)
        if n:
            head = _POST_OF[" ".join(m.group("verb").split())]
            what = re.sub(r"\s+(?:ever\s+since|since\s+.*|for\s+(?:the\s+(?:past|last)\s+)?\w+\s+(?:years?|months?))$", "", m.group("what"))
            title, org, extra = _clean_title(f"{head} of {what}", council)
            P.role(n, title, org or council, span=sp, **extra)
    # "Angela Roe, who has fostered children in Archway for a decade": a foster carer; "Jan Roe, who founded the
    # kinship carers' charity Grandparents Together": its founder
    for m in re.finditer(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME}),\s+who\s+(?:(?P<fosters>has\s+fostered|fosters|has\s+been\s+fostering)|"
                         rf"(?:co-?)?founded\s+(?:the\s+|a\s+)?(?:(?-i:[a-z][\w’'\-]*)\s+){{0,4}}(?P<org>(?-i:[A-Z])[\w’'\-]+(?:\s+(?-i:[A-Z])[\w’'\-]+){{0,5}}))\b", s):
        n = _add_named(P, m, sp)
        if n:
            P.role(n, "foster carer" if m.group("fosters") else "founder", m.group("org"), span=sp)
    # "an improvement board, chaired by independent adviser Dr Jane Roe": the board's chair
    for m in re.finditer(rf"\b(?P<what>(?:[\w’'\-]+\s+){{0,4}}(?i:board|panel|committee|group|partnership|commission|forum|review|trust))(?:\s+\([A-Z]{{2,6}}\))?(?:\s+arrangements)?\s*,?\s+"
                         rf"(?:which\s+is\s+|is\s+|will\s+be\s+|was\s+)?chaired\s+(?:since\s+\w+\s+)?by\s+(?:(?-i:[a-z][\w\-]*)\s+){{0,3}}"
                         rf"(?:(?:Lord|Baroness)\s+(?P<peer>{NAME_TOK})(?!\s+{NAME_TOK})|(?:{HONORIFIC}\s+)?(?P<name>{NAME}))", s):
        g = "peer" if m.group("peer") else "name"
        nm = strip_honorifics(m.group(g))
        n = P.add(nm, sp.start + m.start(g), sp.start + m.start(g) + len(nm), sp)
        if n:
            what = re.sub(r"^(?:(?:and|but|or|while)\s+)?(?:a|an|the|its|their)\s+", "", m.group("what").strip(), flags=re.IGNORECASE)
            # ("The trust will be chaired by ...": the trust that runs the council's services, when it has been named)
            P.role(n, f"chair of the {what}", P.trust if what.lower() == "trust" else None, span=sp)
    # "Sir Alan Roe, a former director of children's services, would chair an improvement board": the board's chair
    for m in re.finditer(rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})(?:\s*,\s+[^,.;]{{1,80}}?,)?\s+(?:would|will|is\s+to|is\s+due\s+to)\s+(?:now\s+)?chair\s+"
                         rf"(?:a|an|the|its)\s+(?:new\s+)?(?P<what>(?:[\w’'\-]+\s+){{0,3}}?(?:board|panel|committee|partnership))\b", s):
        n = _add_named(P, m, sp)
        if n:
            P.role(n, f"chair of the {m.group('what')}", None, span=sp)
    # "The Town Hall Tracker is written and edited by Jo Roe": who writes the page
    for m in re.finditer(rf"\b(?P<what>written\s+and\s+edited|edited\s+and\s+written|written|edited)\s+by\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})", s):
        n = _add_named(P, m, sp)
        if n:
            P.role(n, {"written": "writer", "edited": "editor"}.get(m.group("what"), "writer and editor"), None, span=sp)
    # "December's inspection led by Andy Waugh": the lead inspector
    # ("Inspectors, led by Jo Marsh, visited ...", "the inspection team, led by HMI Jo Marsh", "The visit was led by His
    # Majesty's Inspector Jo Marsh": an HMI, and the lead inspector)
    for m in re.finditer(rf"\b(?:inspection|investigation|visit|[Ii]nspectors|inspection\s+team)(?:\s*,[^,;.]{{1,60}},|\s+(?:took\s+place|ran)\s+[^,;.]{{1,60}}?\s+and)?\s*,?\s+(?:was\s+|were\s+)?led\s+by\s+(?:(?:{HONORIFIC}|HMI|(?:His|Her)\s+Majesty[’']s\s+Inspector(?:\s+\(HMI\))?|Ofsted\s+inspector|Ofsted[’']s)\s+)?(?P<name>{NAME})", s):
        nm = strip_honorifics(m.group("name"))
        n = P.add(nm, sp.start + m.start("name"), sp.start + m.start("name") + len(nm), sp)
        if n:
            P.role(n, "lead inspector", "Ofsted", span=sp)
    # "Ofsted's Jo Marsh, who led the visit", "HMI Jo Marsh, who led the team": the lead inspector
    # ... and a name alone, when what they led is the inspection itself: "Sarah Collins, who led the inspection, said"
    leads = list(re.finditer(rf"(?:(?:Ofsted[’']s|HMI|(?:His|Her)\s+Majesty[’']s\s+Inspector,?|[Ii]nspector)\s+)(?P<name>{NAME}),\s+who\s+(?:led|headed(?:\s+up)?)\s+"
                             r"(?:the|this|that|its|their|a)\s+(?:[\w\-]+\s+){0,2}?(?:visit|inspection|team|inspectors)\b", s)) + \
        list(re.finditer(rf"(?<![\w’'])(?P<name>{NAME}),\s+who\s+led\s+(?:the|this|that|its|their)\s+(?:Ofsted\s+)?(?:inspection|visit|inspection\s+team)\b", s))
    for m in leads:
        n = _add_named(P, m, sp)
        if n:
            P.role(n, "lead inspector", "Ofsted", span=sp)
    # appointments, with dates
    for rx in _APPOINTED + [_AS_ROLE]:
        for m in rx.finditer(s):
            if rx is _AS_ROLE and not _ROLE_HEAD_RE.search(m.group("role") or ""):
                continue  # "Jane Roe as well as ...": no post
            n = _add_named(P, m, sp)
            if n and m.group("role") and _ROLE_HEAD_RE.search(m.group("role")):
                since = resolve_date(m.group("date"), published) if m.group("date") else None
                title, org, extra = _clean_title(m.group("role"), council)
                P.role(n, title, org, since=since, span=sp, **extra)


# A past post told of "she" or "he": "She joined from Wessex, where she had been deputy director",
# "He was previously head of safeguarding at Wessex County Council".
_PAST_POST = [
    re.compile(r"\bfrom\s+(?:the\s+)?(?P<org>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,4}),\s+where\s+(?:she|he)\s+(?:had\s+been|was|served\s+as|"
               r"worked\s+as)\s+(?:the\s+|a\s+|an\s+)?(?P<role>[^,.;]+?)(?=[,.;]|$)"),
    re.compile(r"^(?:She|He)\s+(?:was\s+previously|had\s+previously\s+been|was\s+formerly|previously\s+(?:served|worked)\s+as)\s+"
               r"(?:the\s+|a\s+|an\s+)?(?P<role>[^,.;]+?)(?=[,.;]|$)"),
]


def _past_posts(text: str, spans: list[Span], P: "_People") -> None:
    for sp in spans:
        s = text[sp.start:sp.end]
        if not re.match(r"\s*(?:She|He)\b", s):
            continue
        before = [m for m in P.mentions if m[1] <= sp.start]
        for rx in _PAST_POST:
            m = rx.search(s)
            if m and before and _ROLE_HEAD_RE.search(m.group("role")):
                where = m.groupdict().get("org")
                title, org, extra = _clean_title(f"{m.group('role')} at {where}" if where else m.group("role"), P.council)
                P.role(before[-1][2], title, org, span=sp, former="former")


# who took over another's post: "his role was filled on an interim basis by Eleni Roe", "Wilson's permanent replacement, Beate Roe"
_FILLED_BY = re.compile(rf"\b(?:his|her|their)\s+(?:role|post|job)\s+(?:was|has\s+been)\s+(?:filled|taken(?:\s+on|\s+over)?)\s+"
                        rf"(?:on\s+an?\s+(?P<interim>interim|acting|temporary)\s+basis\s+)?by\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})")
_REPLACEMENT = re.compile(rf"\b(?P<owner>[A-Z][\w’'\-]+)[’']s\s+(?:(?P<interim>interim|acting|temporary)\s+|permanent\s+)?(?:replacement|successor),?\s+"
                          rf"(?:{HONORIFIC}\s+)?(?P<name>{NAME})")

# "the authority appointed Michael Rosen to replace Lock", "Jo Bell replaced Sam Cole", "Jo Bell succeeded Cole"
_TO_REPLACE = re.compile(rf"\b(?:appointed|hired|named|recruited|brought\s+in)\s+(?:{HONORIFIC}\s+)?(?P<name>{NAME})\s+to\s+(?:replace|succeed)\s+"
                         rf"(?:{HONORIFIC}\s+)?(?:[A-Z][\w’'\-]+\s+)?(?P<owner>[A-Z][\w’'\-]+)\b|"
                         rf"(?:^|[,;]\s+|\b(?:and|when|after)\s+)(?:{HONORIFIC}\s+)?(?P<name2>{NAME})\s+(?:replaced|succeeded|took\s+over\s+from)\s+"
                         rf"(?:{HONORIFIC}\s+)?(?:[A-Z][\w’'\-]+\s+)?(?P<owner2>[A-Z][\w’'\-]+)\b")


def _successors(text: str, spans: list[Span], P: "_People") -> None:
    """A post handed on: the successor holds the post of the person the sentence names before (interim when it says so)."""
    for sp in spans:
        s = text[sp.start:sp.end]
        for rx in (_FILLED_BY, _REPLACEMENT, _TO_REPLACE):
            for m in rx.finditer(s):
                who = "name2" if rx is _TO_REPLACE and not m.group("name") else "name"
                if rx is _FILLED_BY:  # "his role": the last person with a post named before it in the sentence
                    before = [n for a, b, n in P.mentions if sp.start <= a and b <= sp.start + m.start() and P.people.get(n, {}).get("roles")]
                    owner = before[-1] if before else None
                else:  # by surname: "Lock's replacement", "appointed Michael Rosen to replace Lock"
                    last = m.group("owner") or m.groupdict().get("owner2")
                    owner = next((n for n in P.people if n.split()[-1] == last and P.people[n]["roles"]), None)
                name = strip_honorifics(m.group(who))
                if owner is None or name == owner or rx is _TO_REPLACE and P.people.get(name, {}).get("roles"):
                    continue  # (one said to replace another keeps a post of their own)
                n = P.add(name, sp.start + m.start(who), sp.start + m.start(who) + len(name), sp)
                if n is None:
                    continue
                r = P.people[owner]["roles"][0]
                title, interim = r["title"], m.groupdict().get("interim")
                if rx is _TO_REPLACE:  # (the post itself, not the one replaced's interim hold on it)
                    title = re.sub(r"^(?:interim|acting|temporary)\s+", "", title, flags=re.IGNORECASE)
                elif interim and not re.match(r"(?:interim|acting|temporary)\b", title, re.IGNORECASE):
                    title = f"{interim.lower()} {title}"
                P.role(n, title, r["organisation"], span=sp)


_SEASON_WORDS = r"(?:the\s+|last\s+|this\s+)?(?:spring|summer|autumn|winter)"
# when a post began or ended, told after the holder's name: "Jo Bell, who joined in 2022", "Jo Bell took over in August",
# "Jo Bell left the trust in the summer"
_TENURE_AFTER_NAME = re.compile(
    rf"\s*,?\s+(?:who\s+)?(?:has\s+|had\s+)?(?:(?P<began>joined|took\s+over|started|arrived|took\s+up\s+(?:the\s+)?(?:post|role))|"
    rf"(?P<ended>left|stepped\s+down|departed|quit|resigned))"
    rf"(?:\s+(?:the\s+(?:council|authority|trust|role|post|service|department)|(?:her|his|their)\s+(?:post|role|job)))?"
    rf"\s+(?:in\s+|on\s+|from\s+|at\s+the\s+end\s+of\s+)?(?P<date>{_DATE_WORDS}|{_SEASON_WORDS})\b(?!\s+as\b)", re.IGNORECASE)  # not "joined in 2010 as a social worker"


def _tenure_dates(text: str, spans: list[Span], P: "_People") -> None:
    """The start or end of a post the sentence gives its holder after their name, where the post
    itself came without one (its title before the name, or in another clause)."""
    for sp in spans:
        for a, b, name in P.mentions:
            if not (sp.start <= a and b <= sp.end):
                continue
            m = _TENURE_AFTER_NAME.match(text, b, sp.end)
            person = P.people.get(name)
            if not m or not person or not person["roles"]:
                continue
            words = re.sub(r"^the\s+(?=spring|summer|autumn|winter)", "last ", m.group("date"), flags=re.IGNORECASE)
            when = resolve_date(words, P.published)
            roles = [r for r in person["roles"] if r.get("span") and r["span"][0] <= sp.start < r["span"][1]] or person["roles"][-1:]
            key = "since" if m.group("began") else "until"
            for r in roles:
                r[key] = r[key] or when


# an organisation the text names once in full and then by its initials: "Bucks County Council (BCC)"
_INITIALS = re.compile(r"(?P<full>(?:[A-Z][\w’'\-]+\s+){1,5}(?:Council|Trust|Partnership|Board))\s+\((?P<abbr>[A-Z]{2,6})\)"
                       # any name its initials spell: "Achieving for Children (AfC)", "Together for Children (TfC)"
                       r"|(?P<named>[A-Z][\w’'\-]+(?:\s+(?:for|of|and|[A-Z][\w’'\-]+)){1,5})\s+\((?P<initials>[A-Z][A-Za-z]{1,5})\)")


def _initials_of(name: str) -> str:
    return "".join(w[0] for w in name.split())


def _spelled_out_organisations(text: str, P: "_People") -> None:
    """Roles held at "BCC" are held at the organisation the text spelled out as "(BCC)"."""
    found = list(_INITIALS.finditer(text))
    full = {m.group("abbr"): m.group("full") for m in found if m.group("abbr")}
    full.update({m.group("initials"): m.group("named") for m in found
                 if m.group("initials") and _initials_of(m.group("named")).lower() == m.group("initials").lower()})
    if P.council:  # "cabinet member ... at SCC": the initials of the council's own name
        full.setdefault("".join(w[0] for w in P.council.split() if w[0].isupper()), P.council)
    if not full:
        return
    from loaders.gazetteer import find_councils, lookup
    main = lookup(P.council) if P.council else None
    for p in P.people.values():
        for r in p["roles"]:
            org = full.get(r["organisation"] or "")
            if org:
                named = find_councils(org)
                r["organisation"] = P.council if main is not None and named and named[0][0].ons_code == main.ons_code else org


# A title set right before a name, as news writes it: "Interim Executive Director of Children’s Services Sue
# Myers said", "The councillor in charge of the service Timothy Wilson says" (at a sentence's or clause's start).
_TITLE_CAPS = re.compile(r"(?:^|[,;(“\"‘]\s*)(?:[Tt]he\s+)?(?P<title>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|&|the)){0,10})\s+$")
_TITLE_LOWER = re.compile(r"(?:^|[,;“\"‘]\s*)(?:[Tt]he\s+)?(?P<title>[a-z][\w’'\-]*(?:\s+[a-z][\w’'\-]*){0,7})\s+$")
_NOT_IN_TITLE = re.compile(rf"\b(?:{_SPEECH}|{SPEECH_VERBS}|is|was|were|has|have|had|will|would|are|be|who|which|that|when|after|before)\b",
                           re.IGNORECASE)


# a sentence that opens on the posts of the person it names next: "Deputy Leader and Executive Member for Children, families and
# education, Cllr Kate Lymer said: ..."
_OPENING_POSTS = re.compile(rf"^\W*(?P<title>[A-Z][\w’'\-]*(?:,?\s+[\w’'\-&]+){{1,14}}?),\s+(?:{HONORIFIC}\s+)?$")


def _opening_posts(text: str, sp: Span, start: int, name: str, P: "_People") -> bool:
    """The posts a sentence opens on, given to the person named right after them (see _OPENING_POSTS); whether there were any."""
    m = _OPENING_POSTS.match(text[sp.start:start])
    if not m or _NOT_IN_TITLE.search(m.group("title")) or not _ROLE_HEAD_RE.search(m.group("title")) \
            or not re.match(rf"\s*(?:[’”\"']\s*)?(?:,\s*)?(?:{SPEECH_VERBS})\b", text[start + len(name):sp.end]):
        return False
    parts = re.split(r"\s+and\s+(?=[A-Z])", m.group("title"), maxsplit=1)  # "Deputy Leader and Executive Member for ...": two posts
    posts = parts if len(parts) == 2 and all(_ROLE_HEAD_RE.search(x) for x in parts) else [m.group("title")]
    held = [r["title"].lower() for r in P.people[name]["roles"] if r["title"].lower() != "councillor"]
    if held and (len(posts) < 2 or not all(h in m.group("title").lower() for h in held)):
        return False  # (a post read already, and no second one it missed)
    # (in place of the honorific's "councillor" and of the part of the posts read before: "Executive Member for ...")
    P.people[name]["roles"] = [r for r in P.people[name]["roles"] if r["title"].lower() != "councillor"
                               and r["title"].lower() not in m.group("title").lower()]
    for post in posts:
        t, org, extra = _clean_title(post, P.council)
        P.role(name, t, org, span=sp, **extra)
    return True


def _titles_before_names(text: str, spans: list[Span], P: "_People") -> None:
    """The title right before a name that has none yet: "Director of Children's Services Jane Smith said"."""
    for start, _end, name in list(P.mentions):
        sp = span_at(spans, start)
        if sp is None:
            continue
        if _opening_posts(text, sp, start, name, P):
            continue
        if P.people[name]["roles"]:
            continue
        before = text[max(sp.start, start - 120):start]
        m = _TITLE_CAPS.search(before) or _TITLE_LOWER.search(before)
        if not m:
            continue
        title = m.group("title")
        last = title.split()[-1]
        heads = list(_ROLE_HEAD_RE.finditer(title))
        if (not heads or _NOT_IN_TITLE.search(title) or last.lower() in ("of", "for", "and", "&", "the")
                or re.fullmatch(rf"{HONORIFIC}", title, re.IGNORECASE)):
            continue
        if not re.fullmatch(r"(?:\s+(?:of|for|in\s+charge\s+of|at)\s+.*)?", title[heads[-1].end():], re.IGNORECASE):
            continue  # "The mayor thanked Ola Ndiaye": the post's words run on into a clause
        t, org, extra = _clean_title(title, P.council)
        P.role(name, t, org, span=sp, **extra)


def _finish(parsed: "Parsed", spans: list[Span], P: "_People", credits: bool,
            byline: str | None, plain: list[Span] = ()) -> tuple[list[Person], list[tuple[int, int, str]]]:
    text = parsed.text
    council = P.council
    if credits:
        P.quiet = True
        # (the writer's name on the first line, as metadata gives it; the captions' credits after it)
        first, _, rest = (byline or "").partition("\n")
        first = re.sub(r"^(?:Author|Writer)\s*:\s*", "", first)  # ("Author: Jane Roe", an author box's heading)
        apart = ((credited_people(first) or credited_people("By " + first)) + credited_people(rest)) if byline else []
        found = credited_people(text) + [(0, 0, *c[2:]) for c in apart]
        for start, end, name, title, org in found:
            n = P.add(name, start, end)
            if n:
                P.role(n, title, org)
        P.quiet = False
    # a name on a line of its own, its title on the next (letter heads, signatures)
    for i, sp in enumerate(spans[:-1]):
        nm = strip_honorifics(sp.text)
        if nm != sp.text.strip() and not re.match(rf"{HONORIFIC}\s", sp.text):
            continue
        if not re.fullmatch(NAME, nm) or not _is_name(nm):
            continue
        nxt = spans[i + 1]
        line = text[nxt.start:nxt.end].split("\n")[0].strip()
        if len(line.split()) <= 12 and _ROLE_HEAD_RE.search(line) \
                and not re.search(rf"\b(?:{_SPEECH}|is|was|were|has|have|will)\b", line) and line[-1:] not in ".:":
            n = P.add(nm, sp.start, sp.start + len(nm), sp)
            if n:
                title, org, extra = _clean_title(line, council)
                for later in spans[i + 2:i + 5]:
                    from loaders.gazetteer import find_councils
                    if not org or org == council:
                        f = find_councils(later.text)
                        if f and f[0][1] == 0 and len(later.text.split()) <= 5:
                            org = _council_name(later.text, f[0][0])
                            break
                P.role(n, title, org or (council if _COUNCIL_ROLE.search(title) else None), span=nxt, **extra)
    # people spaCy finds that the rules did not
    for start, end, name in _spacy_people(parsed, list(spans) + list(plain)):
        if name in P.people or any(s <= start < e for s, e, _ in P.mentions):
            continue
        if _NOT_PERSON_AFTER.match(text, end):
            continue  # "the council's Staying Close programme"
        if all(w.lower() in _TITLE_WORDS for w in name.split()):
            continue  # "the Children and Families Portfolio Holder": a post, not its holder's name
        sp = span_at(spans, start)
        P.quiet = sp is None
        P.add(name, start, end, sp)
        P.quiet = False
    _titles_before_names(text, spans, P)
    # a peer named by surname alone ("Baroness Quarmby-Lisle") whom the text also names in full is that person
    for one in [n for n in P.people if len(n.split()) == 1]:
        hits = [n for n in P.people if len(n.split()) > 1 and n.split()[-1] == one]
        if len(hits) == 1:
            for r in P.people.pop(one)["roles"]:
                P.role(hits[0], r["title"], r["organisation"], r.get("since"))
            P.mentions = [(st, en, hits[0] if n == one else n) for st, en, n in P.mentions]
    # short forms: "Cllr Parsons", "Ms Turnross", "Parsons said" -> the full name
    full = list(P.people)
    short_re = re.compile(rf"\b(?:(?:{HONORIFIC})\s+)?(?P<sur>{NAME_TOK})\b")
    for sp in spans:
        s = text[sp.start:sp.end]
        for m in short_re.finditer(s):
            sur = m.group("sur")
            a = sp.start + m.start("sur")
            if any(st <= a < en for st, en, _ in P.mentions):
                continue
            hits = [n for n in full if n.split()[-1] == sur]
            if not hits and re.match(r"(?:Sir|Dame)\s", m.group()):
                hits = [n for n in full if n.split()[0] == sur and len(n.split()) > 1]  # "Dame Patricia": a dame by her first name
            if len(hits) == 1:
                P.mentions.append((a, a + len(sur), hits[0]))
    P.mentions.sort()
    _past_posts(text, spans, P)
    _successors(text, spans, P)
    _tenure_dates(text, spans, P)
    _spelled_out_organisations(text, P)
    for p in P.people.values():  # "County Councillor Jane Roe, cabinet member for ...": the post is the cabinet member's
        if len(p["roles"]) > 1:
            p["roles"] = [r for r in p["roles"] if not re.fullmatch(r"(?:(?:county|city|borough|district|town)\s+)?councillor", r["title"], re.IGNORECASE)] or p["roles"]
    # councillors without another role
    for p in P.people.values():
        if p.pop("_councillor", False) and not p["roles"]:
            P.role(p["name"], "councillor", council)
        university = p.pop("_professor", None)
        if university is not None and not p["roles"]:  # a professor with no other post: the chair is the post
            P.role(p["name"], "professor", university or None)
    P.mentions.sort()
    from ontology import slug
    people = [Person(id=slug(p["name"]), name=p["name"], aliases=p["aliases"], roles=[Role(**r) for r in p["roles"]],
                     span=p["span"]) for p in P.people.values()]
    return people, P.mentions
