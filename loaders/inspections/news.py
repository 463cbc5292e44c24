"""The inspections a news article reports: type, dates and judgements ("rated as inadequate in four
out of five of the key areas – including the overall rating"), each grade attributed to the
inspection its sentence speaks of (an article about a new report that mentions a 2013 one), dates
resolved against the article's own date.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import dates as _dates
from loaders.dates import RELATIVE as _RELATIVE
from loaders.dates import counted_years, months_between, relative_dates, resolve_after, resolve_date, yearless_ranges
from loaders.digest import Person
from loaders.lexicon import MONTH as _MON_RE
from loaders.lexicon import MONTHS as _MONTHS
from loaders.lexicon import NUMBER_WORDS as _NUMBER_WORDS
from loaders.lexicon import WEEKDAY
from loaders.lexicon import WEEKDAY
from loaders.gazetteer import find_councils
from loaders.inspections import ILACS_FROM
from loaders.text import Span

# ---------------------------------------------------------------- inspections

_GRADE_WORDS = [
    ("requires_improvement", r"(?:requires?|requiring|required)\s+(?:some\s+|significant\s+)?improvement(?:\s+to\s+be\s+(?:rated\s+(?:as\s+)?)?good)?|second[\s-]+lowest\s+(?:rating|grade|judgement)|improvement\s+required|cannot\s+(?:yet\s+)?be\s+(?:rated|judged|graded)\s+(?:as\s+)?good|not\s+yet\s+good(?!\s+enough)"),
    ("inadequate", r"inadequate|(?<!second\s)(?<!second-)(?:lowest|worst)(?:\s+possible)?\s+(?:rating|grade|judgement)|lowest\s+possible\s+level|failing"),
    ("outstanding", r"outstanding|(?<!second\s)(?<!second-)(?:highest|top)(?:\s+possible)?\s+(?:rating|grade|judgement)s?"),
    ("good", r"second[\s-]+highest\s+(?:rating|grade|judgement)"),
    ("good", r"good"),
]
_RATED = r"(?:rated|re-?rated|judged|deemed|classed|branded|graded|found\s+to\s+be|assessed\s+as|declared|labelled|slammed|upgraded|downgraded|rating|judgement|grade|verdict|remains?|remained|was|were|is|are|be(?:ing)?)"
_OLD_FRAMEWORK_AREAS = (r"adoption|fostering|(?:local\s+)?safeguarding\s+children\s+board|"
                        r"(?:local\s+)?child(?:ren)?[’']?s?\s+safeguarding\s+board|LSCB|LCSB")
_AREAS = [
    ("overall", r"overall(?:\s+(?:rating|effectiveness|judgement|grade))?"),
    ("help_and_protection", r"(?:the\s+)?experiences?\s+and\s+progress\s+of\s+children\s+(?:who\s+need|in\s+need\s+of)\s+help\s+and\s+protection|(?:services\s+for\s+)?children\s+(?:who\s+need|in\s+need\s+of)\s+help\s+and\s+protection|help\s+and\s+protection(?:\s+(?:of|for)\s+children)?|need\s+(?:of\s+)?help\s+(?:and|or)\s+protection|child\s+protection|children\s+(?:who\s+need|in\s+need\s+of)\s+protection|"
                            r"the\s+way\s+(?:it|the\s+(?:council|authority|service))\s+(?:helps\s+and\s+)?protects\s+children"),
    ("children_in_care", r"(?:the\s+)?experiences?\s+and\s+progress\s+of\s+children\s+in\s+care|children\s+in\s+care|looked[\s\-]after\s+children|children\s+looked\s+after|corporate\s+parenting|"
                         r"(?:children[’']s\s+)?experiences?\s+(?:of\s+children\s+)?in\s+care"),
    ("care_leavers", r"(?:the\s+)?experiences?\s+and\s+progress\s+of\s+(?:children\s+)?care\s+leavers|care\s+leavers|leaving\s+care|(?:help\s+to\s+)?leave\s+care"),
    ("leadership", r"leaders[’']\s+impact(?:\s+on\s+(?:social\s+work\s+)?practice)?|leadership\s+and\s+management|"
                   r"(?:impact\s+of\s+(?:its\s+|their\s+|the\s+(?:council|authority|trust|local\s+authority)[’']s\s+)?(?:senior\s+)?)?leaders(?:hip)?(?:\s+of\s+(?:the|its|their)\s+(?:children[’']s\s+)?(?:service|services|department))?(?:,?\s+management\s+and\s+governance)?(?:\s+on\s+(?:social\s+work\s+)?practice(?:\s+with\s+children\s+and\s+families)?)?"),
    (None, _OLD_FRAMEWORK_AREAS),  # judged by the old framework, no ILACS area
]
# "leadership" names the judgement only in these words, not as in "leaders said"
_LEADERSHIP_GRADED = re.compile(r"impact\s+of\s+(?:its\s+|their\s+|the\s+(?:council|authority|trust|local\s+authority)[’']s\s+)?(?:senior\s+)?leaders|leaders[’']\s+impact|leadership,?\s+(?:and\s+)?management|leadership\s+(?:of\s+(?:the|its|their)\s+(?:children[’']s\s+)?(?:service|services|department)\s+)?(?:team[’'\"”]?\s+)?(?:also\s+|both\s+)?(?:was|were|is|are|rated|judged|graded|requires?|received|receives|got|earned)\b|"
                                r"\bfor\s+(?:its\s+|the\s+|their\s+)?leadership|"
                                # "Leaders were judged to be good"
                                r"^\W*(?:(?:its|the\s+council[’']s|the\s+service[’']s)\s+)?(?:senior\s+)?leaders\s+(?:were|are|have\s+been)\s+(?:also\s+)?(?:judged|rated|graded|found)\b", re.IGNORECASE)
# Ofsted's judgements by the size of the framework: "all five areas" of a 2023 ILACS, "all four" of a 2018 one
_ALL_AREAS = {"five": ["overall", "help_and_protection", "children_in_care", "care_leavers", "leadership"],
              "four": ["overall", "help_and_protection", "children_in_care", "leadership"]}
_ALL_AREAS["three"] = _ALL_AREAS["four"]  # the single inspection framework's three key judgements, and overall
_ALL_AREAS["5"], _ALL_AREAS["4"], _ALL_AREAS["3"] = _ALL_AREAS["five"], _ALL_AREAS["four"], _ALL_AREAS["three"]
# "every area" of an inspection whose year is not known yet: care leavers were judged apart before the ILACS of 2018
# (a sub-judgement of the single inspection framework) and again from 2023 on
CARE_LEAVERS_APART = "care_leavers (judged apart)"
_EVERY_AREA = _ALL_AREAS["four"] + [CARE_LEAVERS_APART]
_FUTURE = re.compile(r"\b(?:bracing|preparing|prepares?|expects?|expected|expecting|will|would|due\s+to|set\s+to|ahead\s+of|awaiting|awaits|planned|upcoming|forthcoming|next(?!\s+(?:door|to)\b))\b", re.IGNORECASE)


_RATING_CONTEXT = re.compile(
    r"\b(?:rated|rates|re-?rated|rating|ratings|judged|judges|judgement|graded|grade|deemed|classed|branded|assessed|declared|labelled|"
    r"slammed|upgraded|downgraded|found\s+to\s+be|remains?|remained|kept|keeps|retained?|retains|received|receives|awarded|"
    r"given|achieved|achieves|maintained|earned|singled\s+out|moved\s+(?:up\s+)?to|improved\s+to|jumped\s+(?:\w+\s+){0,3}to|rising\s+to|"
    r"(?:bumped|lifted|raised|boosted|climbed|promoted)\s+(?:up\s+)?to|consolidat\w+|"
    r"rose\s+to|from|verdict|ofsted|inspectors?|inspection|told(?=\s+(?:it|they|the\s+council)\b))\b", re.IGNORECASE)
_AFTER_OK = re.compile(r"^[’'\"”]?\s*(?:$|[,.;:)–—-]|(?:(?:ofsted\s+)?(?:rating|ratings|judgement|grade|grading)|overall|in|across|for|by|after|following|at|and|under|"
                       r"with|since|when|last|this|on|from|to|as|again|judgement|verdict|—|but|while|after|before|two|three|six|seven|eight|nine|ten|eleven|twelve|"
                       r"four|five|once|yet|for|earlier|previously|recently|due\s+to|because|amid|\d)\b)", re.IGNORECASE)


_GRADE_WORD = r"[‘'\"“]?(?:outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate)[’'\"”]?"
# the rest of the country's councils, by share: "the remaining three-quarters were found to be ..."
REST_OF_COUNCILS = r"\b(?:remaining|other)\s+(?:three-quarters|quarter|half|two-thirds|third)\b"
SCALE = re.compile(rf"{_GRADE_WORD}\s*,\s*{_GRADE_WORD}\s*,?\s*(?:{_GRADE_WORD}\s*,?\s*)?(?:and|or)\s+{_GRADE_WORD}", re.IGNORECASE)


def grade_mentions(s: str, context_area: str | None = None) -> list[tuple[str, str | None, int]]:
    """(grade, area, position) for each judgement the sentence reports: "rated inadequate",
    "a 'good' rating", "judged good in all four areas", "cannot yet be rated as good".
    `context_area` is the area the previous sentence named ("This area requires improvement")."""
    raw = []
    for grade, rx in _GRADE_WORDS:
        for m in re.finditer(rf"(?<![\w-])(?:{rx})(?![\w-])", s, re.IGNORECASE):
            raw.append((m.start(), m.end(), grade))
    # a grade inside a longer one ("requires improvement to be good") is not a grade of its own
    raw.sort(key=lambda r: (r[0], -(r[1] - r[0])))
    kept = []
    for st, en, g in raw:
        if any(st >= a and en <= b for a, b, _ in kept):
            continue
        kept.append((st, en, g))
    out = []
    for st, en, grade in kept:
        before = s[max(0, st - 90):st]
        clause_before = re.split(r"[.;!?]\s", before)[-1]
        after = s[en:en + 40]
        quoted = bool(re.search(r"[‘'\"“]$", before)) and bool(re.match(r"[.,!?]?[’'\"”]", after))  # ('“require improvement.”')
        quoted_word = bool(re.search(r"[‘'\"“]$", before)) and bool(re.match(r"[’'\"”]", after))
        multiword = grade == "requires_improvement" and not re.match(r"inadequate", s[st:en], re.IGNORECASE)
        if re.fullmatch(r"failing", s[st:en], re.IGNORECASE) and not re.search(
                r"\b(?:judged|rated|deemed|found|branded|declared)\s+(?:to\s+be\s+|as\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "failing services": a word, not the grade "judged to be failing"
        if re.search(r"\bno\s+(?:other\s+)?(?:[\w\-]+\s+){0,3}(?:local\s+authorit\w+|councils?|authorit\w+|areas?|aspects?|services?|parts?)\s+(?:[\w\-]+\s+){0,5}(?:rated|judged|graded|found)\s+(?:to\s+be\s+)?(?:as\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "no North West local authorities currently rated 'Outstanding'": not this council's
        if re.search(r"\bnone\s+(?:\w+\s+){0,2}?(?:rated|judged|graded|given|achieving|achieved)\s+(?:as\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "with none rated outstanding"
        if re.search(r"\b(?:towards|close\s+to|nearly|bordering\s+on|(?:on\s+)?the\s+verge\s+of)\s+[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "it was down towards inadequate": near a grade, not given it
        if re.search(rf"{REST_OF_COUNCILS}[^.;]{{0,40}}$|\bfail(?:ing|ed|s)?\s+to\s+(?:secure|achieve|get|reach|gain)\b[^.;]{{0,20}}$|"
                     r"\bto\s+reach\s+(?:an?\s+|the\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "the remaining three-quarters were found to be 'inadequate'", "failing to secure a 'good' rating", "to reach a 'good' rating"
        if re.search(r"\b(?:only\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:other\s+)?"
                     r"(?:councils|local\s+authorities|authorities))\s+(?!areas?\b|aspects?\b|judgements?\b|services?\b)(?:\w+\s+)?(?:are|have|has|had|were)\b[^.;]{0,40}$",
                     clause_before, re.IGNORECASE):
            continue  # "Only 46 councils are currently rated as 'good' ... only three have achieved 'outstanding'": other councils
        if re.search(r"\b(?:of|out\s+of)\s+(?:the|all)\s+(?:\d+\s+)?(?:councils|local\s+authorities|authorities)\b[^.;]{0,60}$", before, re.IGNORECASE):
            continue  # "Of the 152 councils in England, 18 are rated outstanding and 21 inadequate": the country's
        if re.search(r"\bother\s+(?:local\s+)?(?:councils?|authorit\w+)\b[^.;]{0,40}$", before, re.IGNORECASE):
            continue  # "with only one other council achieving two 'outstanding' judgements": not this council's
        if re.search(r"\b(?:councils|authorities)\s+(?:whose|that|which|where)\b[^.;]{0,60}$", before, re.IGNORECASE):
            continue  # "monitoring visits to councils whose children's services have been judged inadequate": any council's
        if re.search(r"\b(?:those|ones|any)\s+(?:that\s+are\s+|which\s+are\s+|who\s+are\s+)?(?:rated|graded|judged|found)\s+(?:as\s+|to\s+be\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            continue  # "... receive a short inspection, while those graded as 'requires improvement' get a standard one": any council's
        if re.search(r"\b(?:ambitio\w+|aim(?:s|ing)?\s+to|want(?:s|ed)?\s+to|hop(?:e|es|ing)\s+to|aspir\w+|striv\w+|working\s+towards|"
                     r"(?:progress|journey|moving|move|path|road|push)\s+towards|"
                     r"on\s+(?:the|its|our|their)\s+way\s+to|ensur(?:e|es|ing)|plans?\s+to|until\s+(?:it|they|the\s+(?:council|service|services|authority))\s+(?:is|are|was|were|has\s+been|have\s+been)|to\s+help\s+(?:\w+\s+){0,4}?(?:achieve|get|reach)|in\s+(?:order\s+)?to\s+(?:achieve|get|reach)|goal\s+(?:is|of))\b[^.;]{0,40}$", before, re.IGNORECASE):
            continue  # "We are ambitious to have a rating of 'good'", "well on the way to achieving the good judgement", "progress towards a good rating",
            # "to monitor children's services until they are rated good": a grade wished for
        if re.search(r"\b(?:can|could|would|will)\s+(?:give|award|rate|judge|grant)\b[^.;]{0,40}$", before, re.IGNORECASE):
            continue  # "before they can give the council an overall 'good' rating": a grade not given
        if re.search(r"\b(?:not|no\s+longer|never|nor)\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:rated\s+|judged\s+)?(?:as\s+)?[‘'\"“]?$", before, re.IGNORECASE) \
                and grade != "requires_improvement":
            continue
        inverted = bool(_RATED_AS_BEFORE.search(before)) and bool(_listed_after(s, en))  # "rated as good the impact of leaders, ..."
        # "following an Outstanding Ofsted report": the grade by its capital, before the report that gave it
        capital_report = s[st].isupper() and st > 0 and re.match(r"\s+Ofsted\s+(?:report|inspection|judgement|verdict)\b", after)
        if not quoted and not multiword and not inverted and not capital_report and not _AFTER_OK.match(after) \
                and not (_RATING_CONTEXT.search(clause_before) and _area_right_after(s, st, en)):
            continue  # an adjective: "good progress", "inadequate care planning" (not "rated good with outstanding leadership")
        if grade == "requires_improvement" and not quoted and not re.search(r"to\s+be\s+(?:rated\s+(?:as\s+)?)?good|cannot|not\s+yet\s+good|second", s[st:en], re.IGNORECASE) \
                and not re.search(r"\b(?:(?:rated|judged|graded|deemed|found)\s+(?:(?:the|its|their)\s+(?:[\w’'\-]+\s+){0,3})?to|rated|judged|graded|deemed|classed|branded|assessed\s+as|(?:rated|judged|graded)\s+(?:it|them)|(?:judged|found|said)\s+that\s+(?:it|they)(?:,\s*too,|\s+too|\s+also)?|rating|remains?|remained|moved\s+to|improved\s+to|"
                                  r"from|as|was|were|is|are|been|be|still|now|both|each|all|previously|formerly|from\s+[‘'\"“]?(?:good|outstanding|inadequate)[’'\"”]?\s+to|told\s+(?:it|they)|"
                                  r"(?:downgraded|upgraded|dropped|fell|slipped|rose|moved|improved)\s+to|(?<=,\s)(?:which|that)|(?:rating|judgement|grade)\s+of)\s+[‘'\"“]?$", before, re.IGNORECASE) \
                and not (re.search(r"\b(?:children[’']s\s+)?(?:service|services|department|council|authority|it|they)\s+(?:still\s+|now\s+|also\s+)?$", before, re.IGNORECASE)
                         and re.match(r"[’'\"”]?\s*(?:$|[,.;]|overall\b|with\b|and\s+(?:inspectors|ofsted|the\s+(?:report|watchdog)|it|they)\b)", after)) \
                and not any(am.end() == len(_ADVERBS_AFTER.sub("", before.rstrip()))
                            for _, am in _area_matches(_ADVERBS_AFTER.sub("", before.rstrip()), following=" " + s[st:en])) \
                and not re.search(r"\b(?:judged|rated|rates|considered|assessed)\s+[^.;]{5,220}?\s+to\s+$", s[:st], re.IGNORECASE) \
                and not (re.search(r"\b(?:and|or|but)\s+$", before) and _RATING_CONTEXT.search(re.split(r"[.;!?]\s", s[max(0, st - 160):st])[-1])
                         and re.match(r"\s*(?:in|for)\s+(?:an)?other\b|\s*(?:in|for)\s+(?:one|two|three)\b|\s*in\s+(?:19|20)\d\d\b", after)) \
                and not _listed_grade_for_area(s, st, en):
            continue  # "areas that require improvement" is not a grade ("rated inadequate in four areas and requiring improvement in another" is)
        if grade == "requires_improvement" and not quoted and re.search(
                r"\b(?:areas?|aspects?|parts?|elements?|things|practice|work)\s+(?:that|which|where|for)\s+(?:still\s+|further\s+)?(?:\w+\s+){0,3}$", before, re.IGNORECASE):
            continue  # "areas that still required improvement": what needs work, not the grade
        listed = quoted and _RATING_CONTEXT.search(re.split(r"[.!?]\s", s[:st])[-1])  # "ratings of 'good' for X; 'good' for Y"
        # "rated requires improvement ... for X, Y and Z, but good for care leavers": the sentence's rating, another area
        area_after = _RATING_CONTEXT.search(re.split(r"[.;!?]\s", s[:st])[-1]) and any(am.start() == 0 for _, am in _area_matches(
            re.sub(r"^[’'\"”]?\s*(?:for|in)\s+(?:the\s+|its\s+)?(?:experiences?\s+and\s+progress\s+of\s+)?", "", after + s[en + 40:en + 120], flags=re.IGNORECASE)))
        # "the experiences and progress of children who need help and protection were both outstanding": an area's grade
        area_subject = any(re.fullmatch(r"[’'\"”]?\s*(?:services?\s+)?(?:were|was|are|is)\s+(?:both\s+|all\s+|also\s+|each\s+)?[‘'\"“]?", clause_before[am.end():])
                           for aid, am in _area_matches(clause_before, listed=True))  # (an old framework's too: "the adoption service is outstanding")
        # "judged the experiences and progress of ..., of care leavers, and the impact of leaders to be good"
        judged_list = re.search(r"\b(?:judged|rated|rates|found|considered|assessed)\s+[^.;]{10,220}?\b(?:to\s+be|as)\s+[‘'\"“]?$", s[:st], re.IGNORECASE)
        # "are good, according to an Ofsted report published on Tuesday": the inspection's verdict, said after it
        # ("..., Ofsted said", "..., inspectors have found", "..., the watchdog's report concluded")
        said_after = re.match(r"[’'\"”]?,?\s+(?:(?:according\s+to|says?|said)\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:ofsted|inspectors|watchdog|inspectorate)\b|"
                              r"(?:an?\s+|the\s+|its\s+)?(?:[\w’']+\s+){0,2}?(?:ofsted|inspectors|watchdog|inspectorate|report|letter)(?:['’]s\s+(?:\w+\s+)?(?:report|inspectors|letter))?\s+"
                              r"(?:(?:has|have|had)\s+)?(?:said|says|found|finds|concluded|concludes|ruled|rules|judged|reported|reports|stated|states)\b)",
                              s[en:en + 80], re.IGNORECASE)
        if said_after and re.search(r"\b(?:is|are|was|were|remains?|remained)\s+(?:\w+\s+)?[‘'\"“]?$", before, re.IGNORECASE) and not re.search(
                r"\b(?:services?|department|council|authority|trust|provision|social\s+care)\b[^,;.:]{0,60}?\s(?:is|are|was|were|remains?|remained)\s+"
                r"(?:now\s+|still\s+|also\s+|overall\s+)?[‘'\"“]?$", before, re.IGNORECASE):
            said_after = None  # "The staff are good, Ofsted said": what is good is not the service
        after_area = _area_just_before(s, st) is not None and _RATING_CONTEXT.search(clause_before)  # "..., with the LSCB good"
        if grade in ("good", "outstanding") and not (_RATING_CONTEXT.search(clause_before[-80:]) or listed or area_after or area_subject or judged_list or after_area
                                                      or re.search(r"rating|grade|judgement", s[st:en], re.IGNORECASE) or  # "its top grade"
                                                      re.match(r"[’'\"”]?\s*(?:ofsted\s+)?(?:sub[\s-]?)?(?:ratings?|judgements?|grades?|gradings?|overall)\b", after, re.IGNORECASE)
                                                      or said_after):
            continue
        if grade == "good" and re.search(r"\b(?:as|so|very|really|quite|pretty|feel|feels|felt|looks?|sounds?|news|is|was|are|were)\s+[‘'\"“]?$", before, re.IGNORECASE) \
                and not (judged_list and _rated_as(s, st)) and not said_after and not re.search(r"\b(?:rated|rates|judged|judges|graded|deemed|assessed|rating|remains?|kept|retained|inspection|ofsted|inspectors\s+(?:concluded|found|judged))\b",
                                  clause_before if not quoted else re.split(r"[.;!?]\s", s[:st])[-1], re.IGNORECASE) \
                and not (quoted_word and re.match(r"[’'\"”]\s+overall\b", after)):  # ("rated X ..., and Y as 'Good'"; "are 'good' overall")
            continue
        if re.match(r"[’'\"”]?\s*(?:features?|elements?|aspects?)\b", after, re.IGNORECASE):
            continue  # "'good' with 'outstanding' features": a quality of the service, not a judgement
        if re.match(r"\s+(?:in|at)\s+\w+ing\b", after, re.IGNORECASE):
            continue  # "found to be 'outstanding in assisting children'": what something is good at, not a grade
        if grade == "inadequate" and re.search(r"\b(?:from|previously|formerly|was\s+once)\s+[‘'\"“]?$", before, re.IGNORECASE) \
                and re.search(r"\bto\s+[‘'\"“]?(?:good|requires|outstanding)", after, re.IGNORECASE) \
                and not re.match(rf"[’'\"”]?\s+in\s+(?:{_MON_RE}\s+)?(?:19|20)\d\d", after, re.IGNORECASE):  # "from 'inadequate' in September 2015 to ...": dated, kept
            continue
        # "with a few areas that were judged overall as good": some unnamed areas, not the overall grade
        some = re.search(r"\b(?:a\s+few|some|several|other|many|two|three|four)\s+(?:other\s+)?(?:areas?|aspects?|parts?)\s+(?:(?:that|which)\s+)?(?:were|was|are|is|have\s+been)\s+"
                         r"(?:judged|rated|graded)\s+(?:overall\s+)?(?:as\s+|to\s+be\s+)?[‘'\"“]?$", before, re.IGNORECASE)
        for area in [None] if some and not _listed_after(s, en) else _grade_areas(s, st, en, context_area):  # ("... judged outstanding: X and Y")
            out.append((grade, area, st))
    if len({g for g, _, _ in out}) >= 3 and SCALE.search(s):
        return []  # "There are four possible Ofsted ratings – outstanding, good, requires improvement or inadequate": the scale
    seen, res = set(), []
    for g, a, p in sorted(out, key=lambda x: x[2]):
        if (g, a) in seen:
            continue
        seen.add((g, a))
        res.append((g, a, p))
    return res


def _listed_grade_for_area(s: str, st: int, en: int) -> bool:
    """A grade in a list of grades, each for its area: "rated good for the impact of leaders, requires improvement for
    children who need help and protection, and good for ...")."""
    if not re.search(r"(?:,|\band|\bbut)\s+$", s[max(0, st - 8):st]) or not re.search(
            r"\b(?:rated|judged|graded|assessed)\b", re.split(r"[.;!?]\s", s[max(0, st - 200):st])[-1], re.IGNORECASE):
        return False
    rest = re.match(r"\s+for\s+(?:the\s+|its\s+|their\s+)?", s[en:])
    return bool(rest) and any(am.start() == 0 and aid for aid, am in _area_matches(s[en + rest.end():en + rest.end() + 120], listed=True))


# between an area and its grade: "care leavers and the leadership of the service also require improvement"
_ADVERBS_AFTER = re.compile(r"(?:\s+(?:also|both|all|each|still|too|now|likewise|equally))+$", re.IGNORECASE)


# a line of a judgements table: "1. Children who need help and protection: Inadequate"
_JUDGEMENT_LINE = re.compile(r"\s*(?:[-–—•*▪·]\s*)?(?:\d+(?:\.\d+)*\.?\s+)?(?P<label>[A-Za-z][^:.;]{2,80}?)\s*[:–—-]\s*[‘'\"“]?(?P<grade>inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?|"
                            r"good|outstanding)[’'\"”]?\.?\s*", re.IGNORECASE)


def judgement_line(s: str) -> list[tuple[str, str | None, int]]:
    """(grade, area, position) of a line that gives one area's grade and nothing else; [] for any other line."""
    m = _JUDGEMENT_LINE.fullmatch(s)
    if not m:
        return []
    areas = [aid for aid, _ in sorted(_area_matches(m.group("label")), key=lambda x: x[1].start())]
    if not areas:
        return []
    grade = next(g for g, rx in _GRADE_WORDS if re.fullmatch(rx, m.group("grade"), re.IGNORECASE))
    if set(areas) == {"children_in_care", "care_leavers"}:  # the 2018-23 framework's one area for both: both are graded
        return [(grade, a, m.start("grade")) for a in dict.fromkeys(areas)]
    return [(grade, areas[0], m.start("grade"))]


def table_row(s: str) -> bool:
    """A row of a table comparing inspections: the dates of its columns ("Judgement – January 2024 –
    2019"), or an area's grade in each ("Care leavers – Good – Outstanding*")."""
    cells = _cells(s)
    if len(cells) < 3:
        return False
    return all(_cell_grade(c) for c in cells[1:]) or \
        all(re.fullmatch(rf"(?:{_MON_RE}\s+)?(?:19|20)\d\d", c, re.IGNORECASE) for c in cells[1:])


def _cells(s: str) -> list[str]:
    """The cells of a table's row as loaders/read.py writes it ("Care leavers – Good – Outstanding*"), footnote marks off."""
    return [c.strip(" *") for c in re.split(r"\s+–\s+", s)]


def _cell_grade(cell: str) -> str | None:
    """The grade a cell holds and nothing else ("Requires improvement to be good"), or None."""
    return next((g for g, rx in _GRADE_WORDS if re.fullmatch(rx, cell, re.IGNORECASE)), None)


def without_grades(s: str) -> str:
    """The sentence with the grades it reports blanked out ("Stoke has been rated requires improvement,
    after inspectors found progress" -> "Stoke has been           , after inspectors found progress"):
    what it says beyond the grade. Offsets are kept."""
    out = s
    for grade, _area, pos in grade_mentions(s):
        rx = dict(_GRADE_WORDS)[grade]
        m = re.match(rf"(?:{rx})[’'\"”]?", s[pos:], re.IGNORECASE)
        if not m:
            continue
        verb = re.search(rf"\b{_RATED}\s+(?:as\s+)?(?:an?\s+|the\s+)?(?:overall\s+)?[‘'\"“]?$", s[max(0, pos - 40):pos], re.IGNORECASE)
        start = pos - (len(s[max(0, pos - 40):pos]) - verb.start()) if verb else max(0, pos - 1 if pos and s[pos - 1] in "‘'\"“" else pos)
        end = pos + m.end()
        out = out[:start] + " " * (end - start) + out[end:]
    return out


# where a grade's clause ends: the areas named after ", which has found" are what was found, not what was graded
_CLAUSE_BREAK = re.compile(r";|\s+[–—]\s+and\b|(?:,|\s+[–—-])\s+(?:while|whilst|whereas|but|although|meaning|which\s+means|with|when|after|because|following)\b|,?\s+(?:which|who)\s+(?:has\s+|had\s+|have\s+)?(?:also\s+)?"
                           r"(?:found|finds|said|says|revealed|identified|highlighted|noted|warned)\b", re.IGNORECASE)


def _area_matches(text: str, listed: bool = False, following: str = ""):
    """(area, match) for each judgement area `text` names (`listed`: a list of areas graded, where
    "leadership" is the judgement whatever follows it; `following`: the words after `text`, when it
    is a window cut out of a sentence)."""
    for aid, arx in _AREAS:
        for am in re.finditer(rf"\b{arx}\b", text, re.IGNORECASE):
            if aid == "leadership" and not listed and not _LEADERSHIP_GRADED.search((text + following)[max(0, am.start() - 12):am.end() + 40]):
                continue
            if aid in ("children_in_care", "care_leavers") and re.match(r"\s+who\s+need", text[am.end():] + following):
                continue  # "children and care leavers who need help and protection": that area's name
            if aid != "leadership" and re.search(r"\b(?:(?:health|education|attainment|views|voices?|safety)\s+of|(?:educational\s+)?outcomes\s+for)\s+(?:the\s+)?(?:[\w\-]+\s+){0,4}?(?:and\s+)?$", text[max(0, am.start() - 60):am.start()], re.IGNORECASE):
                continue  # "the health of looked after children": a topic inside an area, not an area judged
            yield aid, am


def _one_area_unnamed(before: str) -> bool:
    """"One area - the health of looked after children - was rated inadequate": an area the sentence does not name
    (not "one area for the experiences and progress of children in care was judged outstanding")."""
    m = re.search(r"\b(?:one|another)\s+(?:other\s+)?(?:area|aspect)\b(?P<between>[^.;]{0,80}?)\b(?:was|were|is)\s+(?:rated|judged|graded|found)\b[^.;]{0,20}$", before, re.IGNORECASE)
    return bool(m) and not any(aid for aid, _ in _area_matches(m.group("between")))


def _grade_areas(s: str, st: int, en: int, context_area: str | None = None) -> list[str | None]:
    """The judgement areas a grade at s[st:en] is given for (`_named_areas`), and those a clause
    after it gives the same grade: "found to be good, as were those for care leavers", "to be inadequate, along with
    the impact of leaders"."""
    areas = _named_areas(s, st, en, context_area)
    if "overall" not in areas and re.match(r"[’'\"”]?,?\s+as\s+(?:does|do|did|is|was)\s+(?:the\s+)?(?:service|council|authority)?\s*overall\b", s[en:], re.IGNORECASE):
        areas = ["overall"] + areas  # "X and Y all require improvement, as does the service overall"
    m = _AS_WERE.match(s, en)
    if m:
        more = next((aid for aid, am in _area_matches(s[m.end():m.end() + 80], listed=True) if am.start() == 0), None)
        if more:  # (the overall grade stays when the sentence names it: "Overall effectiveness was ...")
            named_overall = any(aid == "overall" for aid, am in _area_matches(s[max(0, st - 60):st]))
            # the grade's own subject, then every area of the list after "as were": "Overall, the services were judged to
            # 'require improvement', as were services for children who need help and protection, ..., and leadership"
            subject = [aid for aid, _ in _area_matches(re.split(r"[.;]|,\s+(?:but|while|whilst|although|whereas)\b", s[:st])[-1], listed=True)
                       if aid and aid != "overall"]
            rest = re.split(r"[.;]|,\s+(?:but|while|whilst|although|with)\b", s[m.end():])[0]
            listed = [aid for aid, _ in sorted(_area_matches(rest, listed=True), key=lambda x: x[1].start()) if aid and aid != "overall"]
            own = (["overall"] if named_overall else []) + (subject or [a for a in areas if a != "overall" and a not in listed])
            areas = list(dict.fromkeys(own + [more] + listed))
    return areas


_AS_WERE = re.compile(r"[’'\"”]?,?\s+(?:as\s+(?:were|was|is|are)|along\s+with|together\s+with|as\s+well\s+as)\s+(?:(?:those|that|services|support|(?:the|its|their)\s+(?:services|support|experiences?|work))\s+)?(?:(?:for|of|with)\s+)?(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)


def _area_right_after(s: str, st: int, en: int) -> str | None:
    """The area a grade names as its own adjective, after "with" or "and": "rated good with 'outstanding'
    leadership", "good overall and outstanding leadership"."""
    if not re.search(r"\b(?:with|and)\s+(?:an?\s+)?[‘'\"“]?$", s[max(0, st - 10):st], re.IGNORECASE):
        return None
    rest = s[en:en + 120]
    gap = re.match(r"[’'\"”]?\s+", rest)
    return next((aid for aid, am in _area_matches(rest[gap.end():], listed=True)
                 if am.start() == 0 and aid not in (None, "overall")), None) if gap else None


def _named_areas(s: str, st: int, en: int, context_area: str | None = None) -> list[str | None]:
    """The judgement areas a grade at s[st:en] is given for: the area named nearest it (both of
    "children in care and care leavers"), each area for "all five areas", else overall."""
    window = s[st:en + 90]
    own = _area_right_after(s, st, en)
    if own:
        return [own]
    listed = _area_then_judged(s, st) or _judged_list_before(s, st) or _listed_after(s, en) or _rated_as(s, st) \
        or _the_other_areas(s, st, en, context_area)
    if listed:
        return listed
    # "... and outstanding for leadership": the area the grade is given for, right after it
    right = re.match(r"[’'\"”]?\s+(?:for|in)\s+(?:the\s+|its\s+|their\s+)?", s[en:])
    if right:
        rest = s[en + right.end():en + right.end() + 160]
        after = next((aid for aid, am in _area_matches(rest, listed=True) if am.start() == 0 and aid), None)
        if after and {aid for aid, _ in _area_matches(rest, listed=True) if aid} == {after}:  # (a list after it is read below)
            return [after]
    which = re.search(r",\s+(?:which|that)\s+(?:still\s+|also\s+)?(?:(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?"
                      r"(?:rated|judged|graded|found\s+to\s+be)\s+(?:as\s+)?)?[‘'\"“]?$", s[:st])
    if which:  # "... apart from care leavers, which requires improvement": the area just named
        named = [aid for aid, am in _area_matches(s[:which.start()], listed=True) if am.end() == which.start() and aid]
        if named:
            return named[:1]
    got = re.search(r"\b(?:received|receives|got|gets|earned|earns|was\s+given|were\s+given|achieved|achieves|secured)\s+(?:a|an|the)\s+[‘'\"“]?$", s[max(0, st - 30):st], re.IGNORECASE)
    if got:  # "Children in care and care leavers received a 'good' grade": the areas that received it
        verb_at = st - len(got.group())
        named = sorted((am.start(), am.end(), aid) for aid, am in _area_matches(s[:verb_at], listed=True) if aid)
        if named and not s[named[-1][1]:verb_at].strip():
            return list(dict.fromkeys(aid for _, _, aid in named))
    if re.match(r"[’'\"”]?\s*(?:rating|judgement|grade)s?\b(?![’'\"”]?\s+(?:for|in)\b)", s[en:]) and re.search(r"\b(?:the|its|their|an?)\s+[‘'\"“]?$", s[max(0, st - 8):st], re.IGNORECASE):
        return ["overall"]  # "has improved since the inadequate rating": the service's, whatever the sentence is about
    if re.search(r"\b(?:four|three|two|one|\d)\s+(?:out\s+)?of\s+(?:the\s+)?(?:five|four|three|\d)\b", s[max(0, st - 60):en + 60], re.IGNORECASE) \
            or re.search(r"\bthe\s+other\b|\bthe\s+(?:third|fourth|fifth|remaining|last|final)\s+(?:key\s+|judgement\s+|assessment\s+)?(?:area|category|judgement)\b",
                         s[max(0, st - 40):st], re.IGNORECASE) \
            or re.search(r"\b(?:one|two|three|four)\s+(?:of\s+them\s+)?(?:were|was|are|is)\s+(?:judged|rated|graded|found)\s+(?:to\s+be\s+|as\s+)?[‘'\"“]?$", s[max(0, st - 40):st], re.IGNORECASE) \
            or _one_area_unnamed(s[max(0, st - 120):st]) \
            or re.search(r"\bin\s+\d+\s*(?:%|per\s*cent)\s+of\b", s[en:en + 30], re.IGNORECASE) \
            or re.match(r"[’'\"”]?\s*(?:in|for)\s+(?:an)?other\b(?!\s+(?:council|authority|local))", s[en:en + 20], re.IGNORECASE):
        # "including the overall rating": overall; "inadequate overall and in three of the four areas": overall and unnamed areas
        overall_too = re.match(r"[’'\"”]?\s+overall\b", s[en:], re.IGNORECASE)
        if re.search(r"including\s+(?:the\s+)?overall", window, re.IGNORECASE) or overall_too and re.search(r"including", window, re.IGNORECASE):
            return ["overall"]
        return (["overall"] if overall_too else []) + [None]
    most = re.search(r"\b(?:in|across)\s+(?:almost|nearly|virtually)\s+(?:all|every)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:areas?|categor(?:y|ies)|judgements?)\b|"
                     r"\b(?:in|across)\s+most\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:areas|categories|judgements)\b", window, re.IGNORECASE)
    including = re.match(r",?\s+including\s+(?P<list>[^.;]+)", s[st + most.end():], re.IGNORECASE) if most else None
    if including:  # "'good' in almost all categories, including help and protection and care leavers": those named
        named = [aid for aid, _ in sorted(_area_matches(including.group("list"), listed=True), key=lambda x: x[1].start()) if aid]
        if named:
            return list(dict.fromkeys(named))
    every = re.search(r"\ball\s+(?P<n>three|four|five|\d)?\s*(?:key\s+|main\s+)?(?:areas|categories|judgements)\b[^.;]{0,40}$", s[max(0, st - 80):st], re.IGNORECASE) \
        or re.search(r"\b(?:in|across)\s+(?:all|every|each)\s+(?:of\s+the\s+)?(?P<n>three|four|five|\d+)?\s*(?:key\s+|main\s+)?(?:inspection\s+|judgement\s+|service\s+)?(?:areas?|categor(?:y|ies)|judgements?)\b", window, re.IGNORECASE)
    if every:
        rest = s[every.end() + (st if every.re.pattern.startswith(r"\b(?:in|across)") else max(0, st - 80)):]  # after "all areas"
        # ("... in each of the three key service areas of child protection, looked-after children, and leadership")
        listed = re.match(r"\s+of\s+(?P<list>.+)", rest) or re.match(r"[^.;:–—]{0,40}(?::|\s[–—])\s*(?P<list>.+)", rest)
        named = [aid for aid, _ in sorted(_area_matches(listed.group("list"), listed=True), key=lambda x: x[1].start())
                 if aid not in (None, "overall")] if listed else []
        if len(named) >= 2:  # "in each of the four areas they assess: the impact of leaders, ..., and care leavers"
            overall = re.search(r"\boverall\b", s[max(0, st - 30):st + len(every.group()) + 40], re.IGNORECASE)
            return (["overall"] if overall else []) + list(dict.fromkeys(named))
        but = re.match(r"[^.;]{0,20}?\b(?:apart\s+from|except(?:\s+for)?|other\s+than|bar)\s+(?:the\s+|for\s+)?", rest, re.IGNORECASE)
        if but:  # "rated 'good' in all areas apart from care leavers": every area but that one
            left_out = next((aid for aid, am in _area_matches(rest[but.end():but.end() + 80], listed=True) if am.start() == 0), None)
            if left_out:
                return [a for a in _EVERY_AREA if left_out not in (a, a.split()[0])]  # (care leavers by name or as the marker)
        n = every.group("n") or next(iter(re.findall(r"\b(three|four|five|[345])\s+(?:key\s+|main\s+)?(?:judgements|areas|categories)\b", s, re.IGNORECASE)), "")
        # "three key judgements, ... 'good' in all categories"; "inadequate in all areas": every area of the framework
        # the inspection was under (care leavers judged apart or not, `_frameworks_areas`)
        return _ALL_AREAS.get(n.lower(), _EVERY_AREA)
    if re.search(r"\bacross\s+the\s+board\b", window, re.IGNORECASE):
        return _EVERY_AREA  # "rated 'good' across the board"
    if re.search(r"\b(?:both|these|those)\s+(?:two\s+|three\s+)?areas\s+(?:as\s+)?[‘'\"“]?$", s[max(0, st - 40):st], re.IGNORECASE):
        named = [aid for aid, am in sorted(_area_matches(s[:st]), key=lambda x: x[1].start())]
        if len(named) >= 2:  # "adoption services and leadership ..., with inspectors rating both areas as 'outstanding'"
            return list(dict.fromkeys(named))
    # the clause around the grade, cut at semicolons ("'good' for X; 'good' for Y")
    lo, hi = max(0, st - 70), min(len(s), en + 70)
    for b in _CLAUSE_BREAK.finditer(s, lo, hi):
        lo, hi = (b.end(), hi) if b.end() <= st else (lo, min(hi, b.start()))
    near = s[lo:hi]
    found = []
    for aid, am in _area_matches(near, following=s[hi:]):
        a0, a1 = lo + am.start(), lo + am.end()
        found.append((st - a1 if a1 <= st else a0 - en, a0, a1, aid))
    if not found:
        if context_area and re.search(r"\b(?:this|that|these)\s+areas?\b", s, re.IGNORECASE):
            return [context_area]  # "This area requires improvement": the area just named
        return ["overall"]
    if re.match(r"[’'\"”]?\s*(?:(?:rating|grade|judgement)[’'\"”]?\s*)?for\b", s[en:en + 16], re.IGNORECASE) and any(f[1] >= en for f in found) \
            and not any(f[1] < st and re.fullmatch(r"[\s‘'\"“]*", s[f[2]:st]) for f in found):  # not "'overall good' for its arrangements for..."
        found = [f for f in found if f[1] >= en]  # "'good' for the experiences of children leaving care": the area it is for
    # "help and protection and leadership also judged inadequate and children in care ...": the subject of the verb
    subject = [f for f in found if f[2] <= st and _SUBJECT_VERB.fullmatch(s[f[2]:st])]
    if subject:
        found = subject
    # "with adoption and leadership outstanding and the LSCB good": the area the grade follows straight away
    adjacent = _area_just_before(s, st)
    if adjacent:
        found = [(0, adjacent[1].start(), adjacent[1].end(), adjacent[0])]
    found.sort()
    _, a0, a1, aid = found[0]
    # the area's whole name, where the window around the grade cut it ("[the experiences and progress of
    # children who ]need help and protection"), so that a list before it reads on
    a0, a1 = next(((am.start(), am.end()) for x, am in _area_matches(s, listed=True) if x == aid and am.start() <= a0 < am.end()), (a0, a1))
    areas = [(a0, aid)]
    for am_id, am in _area_matches(s, listed=True):  # "children in care and care leavers": both ("... and its leadership")
        bid, b0, b1 = am_id, am.start(), am.end()
        gap = s[a1:b0] if a1 <= b0 else s[b1:a0]
        # (an old framework's area too: "its adoption service and leadership judged outstanding")
        if bid != aid and (bid is not None or aid is not None) and re.fullmatch(
                r"(?:\s+(?:service|services|performance))?,?\s*(?:and|&|as\s+well\s+as|in\s+addition\s+to)\s*,?\s*(?:for\s+)?(?:the\s+|its\s+|their\s+)?"
                r"(?:(?:council|authority|borough|county)[’']s\s+)?", gap, re.IGNORECASE):
            areas.append((b0, bid))
    # a list goes on: "overall and for help and protection, children in care and the impact of leaders"
    ordered = sorted(_area_matches(s), key=lambda x: x[1].start())
    end = max([a1] + [am.end() for _, am in ordered if any(am.start() == b0 for b0, _ in areas)])
    for am_id, am in ordered:
        if am.start() < end or am_id is None or any(am_id == x for _, x in areas):
            continue
        if not re.fullmatch(_LIST_GAP, s[end:am.start()], re.IGNORECASE):
            break
        areas.append((am.start(), am_id))
        end = am.end()
    # ... and back: "services for children in need of help and protection, children looked after and care leavers were all judged good"
    first = min(b0 for b0, _ in areas)
    for am_id, am in reversed([x for x in ordered if x[1].end() <= first]):
        if am_id is None or any(am_id == x for _, x in areas) or not re.fullmatch(_LIST_GAP, s[am.end():first], re.IGNORECASE) \
                or re.match(r",?\s*as\s+well\s+as\b", s[am.end():first], re.IGNORECASE):
            break
        areas.append((am.start(), am_id))
        first = am.start()
    return [a for _, a in sorted(areas)]


# a sentence that grades what the sentence before spoke of: "It was rated good overall."
# a sentence that goes further back than the one before: "Previously, it was branded inadequate"
_EARLIER_STILL = re.compile(r"\W*(?:Previously|Before\s+(?:that|then)|Prior\s+to\s+that|Earlier\s+still|Before\s+this)\b", re.IGNORECASE)
_IT_WAS_RATED = re.compile(r"\s*(?:It|They|The\s+(?:council|authority|service|services|borough|county))\s+(?:was|were|had\s+been)\s+"
                           r"(?:also\s+)?(?:rated|judged|graded|found)\b", re.IGNORECASE)


def _area_just_before(s: str, st: int):
    """(area, match) of an area named right before s[st] ("leadership outstanding"), or None."""
    head = s[:st].rstrip(" ‘'\"“")
    return next(((aid, am) for aid, am in _area_matches(head, listed=True) if am.end() == len(head) and am.start() < am.end()), None)


# an area, then in commas how it was judged: "three areas, impact of leaders, judged requires improvement, experiences of children
# in care, also judged to require improvement and ... help and protection, which is judged inadequate"
_THEN_JUDGED = re.compile(r",\s+(?:also\s+|which\s+(?:is|was|were|are)\s+(?:also\s+)?)?(?:judged|rated|graded|found)\s+(?:to\s+be\s+|as\s+|to\s+)?[‘'\"“]?$",
                          re.IGNORECASE)


def _area_then_judged(s: str, st: int) -> list[str]:
    """The area named right before ", judged" and the grade at `st`."""
    m = _THEN_JUDGED.search(s[:st])
    area = _area_just_before(s, m.start()) if m else None
    return [area[0]] if area and area[0] else []


def _judged_list_before(s: str, st: int) -> list[str]:
    """"judged overall effectiveness, help and protection and leadership inadequate": the areas listed between
    the verb and the grade that follows them straight away."""
    verb = list(re.finditer(r"\b(?:judged|rated|graded|assessed|found)\s+", s[:st], re.IGNORECASE))
    if not verb:
        return []
    seg = s[verb[-1].end():st]
    found = sorted(_area_matches(seg, listed=True), key=lambda x: x[1].start())
    if len(found) < 2 or seg[found[-1][1].end():].strip(" ‘'\"“") or not re.fullmatch(r"(?:the\s+|its\s+|their\s+)?", seg[:found[0][1].start()]):
        return []
    if not all(re.fullmatch(_LIST_GAP, seg[a.end():b.start()], re.IGNORECASE) for (_, a), (_, b) in zip(found, found[1:])):
        return []
    return list(dict.fromkeys(aid for aid, _ in found if aid))


# between two areas of a list: "help and protection, children in care", "Help and protection, the experiences of
# children looked after, care leavers' experiences, and leadership"
_LIST_GAP = (r"(?:[’']s?\s+experiences?)?,?\s*(?:(?:and|&|as\s+well\s+as)\s*)?(?:for\s+|of\s+)?(?:the\s+|its\s+|their\s+)?"
             r"(?:experiences?\s+(?:and\s+progress\s+)?of\s+)?(?:(?:support|services|help|provision|work)\s+(?:for|to|with)\s+)?")


# "rated X and Y as 'Outstanding', and Z as 'Good'": the areas between the verb (or the grade before) and "as"
_RATED_VERB = re.compile(r"\b(?:rated|rates|judged|judges|graded|assessed)\s+|[’'\"”]\s*,?\s+(?:and|while|whilst|with)\s+", re.IGNORECASE)


def _rated_as(s: str, st: int) -> list[str]:
    """The areas a grade is given for when they come between the verb and "as": "Inspectors rated the
    impact of leaders and the experiences of care leavers as 'Outstanding', and help and protection as 'Good'"."""
    starts = [m.end() for m in _RATED_VERB.finditer(s, max(0, st - 300), st)]
    if not starts:
        return []
    # (from the grade before, when there is one: "judged X to require improvement, Y to be good, and Z to be outstanding")
    starts += [g.end() for g in re.finditer(_GRADE_WORD, s[:st], re.IGNORECASE) if g.end() > starts[0]]
    seg = s[max(starts):st]
    if not re.search(r"\S\s+(?:as|to\s+be|to)\s+[‘'\"“]?$", seg) or re.search(r"[.;:]", seg):
        return []
    # (an area of the old framework too, as None: "services for children looked after, and the council's adoption performance, to be good")
    areas = list(dict.fromkeys(aid for aid, _ in sorted(_area_matches(seg, listed=True), key=lambda x: x[1].start())))
    return areas if any(areas) else []


# "good in the other three areas", "with all other areas good", "while the other areas stayed good"
_OTHER_AREAS = re.compile(r"\b(?:(?:the|all)\s+(?:other|remaining)\s+(?:(?P<n>two|three|four|[234])\s+)?(?:key\s+)?(?:areas|judgements|categories)|"
                          r"everything\s+else|every\s+other\s+(?:area|judgement|category))\b", re.IGNORECASE)
_FOUR_AREAS = ["help_and_protection", "children_in_care", "care_leavers", "leadership"]


def _the_other_areas(s: str, st: int, en: int, context_area: str | None = None) -> list[str]:
    """The areas a grade is given for when the sentence says "the other areas" or "everything else": those of the
    four (help and protection, children in care, care leavers, leadership) it does not name, nor the sentence before
    (`context_area`: "..., with children in care judged outstanding. Everything else was judged good.")."""
    m = next((m for m in _OTHER_AREAS.finditer(s)
              if m.start() >= en and re.fullmatch(r"[’'\"”]?\s*(?:in|for|across)\s+", s[en:m.start()], re.IGNORECASE)
              or m.end() <= st and re.fullmatch(r"\s*(?:(?:were|was|are|is|stayed|remained|remain|all|also|being|been|have|had)\s+){0,3}"
                                                r"(?:(?:rated|judged|graded|found\s+to\s+be)\s+)?(?:as\s+)?[‘'\"“]?", s[m.end():st], re.IGNORECASE)), None)
    if m is None:
        return []
    named = {aid for aid, am in _area_matches(s, listed=True) if not (m.start() <= am.start() < m.end())} | {context_area}
    rest = [a for a in _FOUR_AREAS if a not in named]
    n = _count(m.group("n")) if m.group("n") else None
    if n is not None and len(rest) > n and "care_leavers" in rest:
        rest.remove("care_leavers")  # (before 2023 the care leavers' judgement was part of children in care's)
    return rest if rest and len(rest) < 4 else []


# between an area and its grade, the verb that gives the grade to it: "... leadership also judged inadequate"
_SUBJECT_VERB = re.compile(r"[’'\"”]?\s*(?:(?:were|was|are|is|have\s+been|has\s+been)\s+)?(?:also\s+|both\s+|all\s+|each\s+|now\s+)?"
                           r"(?:judged|rated|graded|found|deemed|assessed)\s+(?:to\s+be\s+|as\s+)?[‘'\"“]?", re.IGNORECASE)


# a list of areas after the grade: "rated as 'Good' — Children in Care; Care Leavers; and Leadership",
# "outstanding ratings in two categories, children's experience in care and the impact of leaders"
_LIST_OPENS = re.compile(r"[’'\"”]?\s*(?:(?:ratings?|judgements?|grades?)\b)?\s*(?:[—–:]|-\s|(?:in|for|across)\s+(?:(?:two|three|four|five|\d)\s+(?:out\s+)?of\s+)?(?:the\s+)?(?:two|three|four|five|\d)\s+"
                         r"(?:key\s+|main\s+|other\s+)?(?:areas|categories|judgements)(?:,|:|\s+[—–-])|,?\s*(?:which\s+)?includ(?:ed|es|ing)\b)\s*", re.IGNORECASE)
# "rated as 'outstanding' the council's leadership, support for children in care ... and its overall effectiveness"
_RATED_AS_BEFORE = re.compile(r"\brated\s+(?:as\s+)?[‘'\"“]?$", re.IGNORECASE)


def _listed_after(s: str, en: int) -> list[str]:
    """The areas a list right after the grade names, when it names at least two."""
    m = _LIST_OPENS.match(s, en)
    inverted = not m and _RATED_AS_BEFORE.search(s[max(0, en - 40):en].rsplit(" ", 1)[0] + " ") and re.match(r"[’'\"”]?\s+(?:the|its)\s", s[en:])
    if not (m or inverted):
        return []
    rest = re.split(r"[.!?](?:\s|$)|,\s+(?:while|whilst|but|although|with)\b", s[m.end() if m else en:])[0]
    named = [aid for aid, _ in sorted(_area_matches(rest, listed=True), key=lambda x: x[1].start()) if aid is not None]
    return list(dict.fromkeys(named)) if len(set(named)) >= 2 else []


def last_area(s: str) -> str | None:
    """The judgement area a sentence names last (for "this area" in the next one)."""
    found = sorted((am.start(), aid) for aid, am in _area_matches(s) if aid not in ("overall", None))
    return found[-1][1] if found else None


def _grade_year(s: str, pos: int) -> str | None:
    """The year a reported grade belongs to when the sentence gives one beside it
    ("rated requires improvement in 2017 and good in 2022", "a 'good' rating in 2018")."""
    m = re.match(rf"[^.;]{{0,50}}?\b(?:in|since|between)\s+(?:(?P<mon>{_MON_RE})\s+)?((?:19|20)\d\d)\b", s[pos:pos + 80]) \
        or re.match(rf"\w+(?:\s+improvement)?[’'\"”]?\s+(?:at|in|during|after|following)\s+(?:an?|the|its|their)\s+(?:(?P<mon>{_MON_RE})\s+)?((?:19|20)\d\d)\s+"
                    r"(?:\w+\s+)?(?:inspection|visit|report)\b", s[pos:pos + 80], re.IGNORECASE) \
        or re.match(rf"[^.;]{{0,40}}?\b(?:previous|former|earlier|old)\s+[^.;]{{0,50}}?\b(?:in|since|between)\s+(?:(?P<mon>{_MON_RE})\s+)?((?:19|20)\d\d)\b",
                    s[pos:pos + 120]) \
        or re.match(rf"{_GRADE_WORD}(?:(?!{_GRADE_WORD})[^.;]){{0,90}}?\b(?:received|got|given|awarded|handed|earned)\s+(?:\w+\s+)?in\s+(?:(?P<mon>{_MON_RE})\s+)?((?:19|20)\d\d)\b",
                    s[pos:pos + 130], re.IGNORECASE)  # ("the 'good' judgement it received in 2015", no other grade between)
    if m and (re.search(r"\b(?:first|second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+time\s+since\s+$", s[pos:pos + m.start(2)], re.IGNORECASE)
              or re.search(r"\b(?:first|only)\s+[‘'\"“]?$", s[max(0, pos - 12):pos], re.IGNORECASE)
              and re.match(r"\w+[’'\"”]?\s+(?:rating|grade|judgement)\s+(?:since|in)\s+$", s[pos:pos + m.start(2)], re.IGNORECASE)):
        return None  # "rated inadequate for the second time since 2018", "first 'good' rating since 2013": a grade of now
    if m and re.search(r",\s+(?:and|but|while|whereas|which|that|follow\w*)\b|\bthe\s+same\s+(?:overall\s+)?(?:grade|rating|judgement)\b", s[pos:pos + m.start(2)], re.IGNORECASE):
        m = None  # "rated good, and follows a focused visit in March 2022", "..., the same grade it received in 2014": another's date
    if m and re.search(r"\b(?:and|but|while|whereas)\s+(?:then\s+)?(?:in|by)\s+(?:\w+\s+)?$", s[pos:pos + m.start(2)], re.IGNORECASE) \
            and re.match(r"\d{4}\s*,?\s+(?:it|they|the\s+\w+|its|their)\b", s[pos + m.start(2):]):
        m = None  # "In 2015 it was judged inadequate and in 2018 it required improvement": the next clause's year
    if m and not re.search(r"\b(?:and|but|to)\s+[‘'\"“]?(?:good|outstanding|inadequate|requires)", s[pos + 3:pos + m.start(2)], re.IGNORECASE):
        return m.group(2) + (f"-{_MONTHS.index(m.group('mon').lower()) + 1:02d}" if m.group("mon") else "")
    # "an improvement from its 2018 rating of requires improvement": the year the rating names
    m = re.search(r"\b((?:19|20)\d\d)\s+(?:rating|judgement|grade|inspection)\s+(?:of|was)\s+[‘'\"“]?$", s[max(0, pos - 40):pos], re.IGNORECASE)
    if m:
        return m.group(1)
    # (the nearest year: "In 2015 it was judged inadequate and in 2018 it required improvement"; not across "but":
    # "improved since 2015, but ... 'inadequate'")
    m = re.search(rf"^.*(?P<at>\b(?:in|since|by))\s+(?:(?:\d{{1,2}}\s+)?{_MON_RE}\s+)?(?P<year>(?:19|20)\d\d)\b(?:(?!,?\s+(?:but|because|while|whereas)\b)[^.;]){{0,60}}$",
                  s[max(0, pos - 90):pos], re.IGNORECASE | re.DOTALL)
    if m and re.search(r"\b(?:that|which|who|whose)\b[^,;]*$", s[max(0, pos - 200):max(0, pos - 90) + m.start("at")], re.IGNORECASE) \
            and "," in s[max(0, pos - 90) + m.end("year"):pos]:
        m = None  # "X, the company that has run the service since April 2017, was judged outstanding": the clause's date
    if m and re.search(r"\b(?:previous\w*|last|before|prior|earlier|was|were|had\s+been)\b", s[max(0, pos - 120):pos], re.IGNORECASE):
        return m.group("year")
    # "the previous inspection, carried out in 2012, in which ... was rated 'inadequate'"
    m = re.search(r"\b(?:previous|last|earlier|prior)\s+(?:\w+\s+){0,2}?(?:inspection|visit|report)\b[^.;]{0,30}?\b(?:in|during)\s+((?:19|20)\d\d)\s*,?\s+(?:in\s+which|when|where)\b[^.;]{0,160}$",
                  s[max(0, pos - 260):pos], re.IGNORECASE)
    if m:
        return m.group(1)
    # "a step up from 2018, when Kestrelford was judged to require improvement": the year the "when" clause hangs on
    m = re.search(r"\b((?:19|20)\d\d)\s*,?\s+when\b[^.;]{0,120}$", s[max(0, pos - 150):pos], re.IGNORECASE)
    if m:
        return m.group(1)
    # a sentence that opens on its year: "In 2015 an inspection ... rated the services inadequate"
    # (after the words that quote it: 'The report said: "In 2018, inspectors judged ...')
    m = re.match(rf"\s*(?:[^.;:“\"]{{0,60}}:\s*[“\"‘']?)?(?:(?:Back|Then|Earlier)\s+)?(?:In|During)\s+(?:(?P<mon>{_MON_RE})\s+)?((?:19|20)\d\d)\b(?!\s*[-–/]\d)", s)
    if m and m.end() <= pos and not re.search(r"\b(?:19|20)\d\d\b", s[m.end():pos]):
        return m.group(2) + (f"-{_MONTHS.index(m.group('mon').lower()) + 1:02d}" if m.group("mon") else "")
    return None


# councils the subject joins or stands beside: "North Lincolnshire has joined Hampshire, North Yorkshire and Westminster in
# being awarded the top grade" is North Lincolnshire's grade
_JOINED = re.compile(r"\b(?:joined|joins|joining|alongside|along\s+with)\s+(?:[A-Z][\w’'\-]*(?:\s+(?:and\s+)?[A-Z][\w’'\-]*)*(?:,\s+|\s+and\s+))*$")


def _listed_years(s: str, pos: int) -> list[str]:
    """The years of a list after a grade ("inadequate at each of its previous inspections, in 2013, 2015
    and 2018", "rated inadequate in 2014 and again in 2017"), when it names two or more; else none."""
    m = re.match(r"[^.;]{0,70}?\b(?:in|at)\s+(?P<years>(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*,?\s+(?:and|then)\s+(?:again\s+)?(?:in\s+)?(?:19|20)\d\d)\b", s[pos:pos + 130])
    if not m or re.search(r"\b(?:and|but|while|now)\s+[‘'\"“]?(?:good|outstanding|inadequate|requires)", m.group(), re.IGNORECASE):
        return []  # (not "inadequate in 2016 and good in 2019 and 2022": another grade's years)
    return re.findall(r"(?:19|20)\d\d", m.group("years"))


def _count(word: str) -> int:
    """"3" or "three" as a number."""
    return int(word) if word.isdigit() else _NUMBER_WORDS.index(word.lower()) + 1


def _years_ago(s: str, pos: int, published: str | None) -> str | None:
    """The year of a grade given "six years ago", counted back from the article's date."""
    m = re.match(rf"\w+(?:\s+\w+){{0,4}}?[’'\"”]?\s+(?:\w+\s+){{0,2}}?(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+years?\s+(?:ago|earlier|previously|prior)\b",
                 s[pos:pos + 80], re.IGNORECASE)
    if published and not m and re.match(r"[’'\"”]?(?:\s+(?:by\s+(?:Ofsted|inspectors|the\s+watchdog)|overall))?\s+last\s+year\b", _after_grade(s, pos)):
        return str(int(published[:4]) - 1)  # "were rated good by Ofsted last year"
    # "three years after it was found to require improvement": counted back from the article's date
    m = m or re.search(rf"\b(?P<n>\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+years?\s+(?:after|since)\s+(?:it|they|the\s+(?:council|authority|service|services))\s+"
                       r"(?:was|were|had\s+been)\s+(?:\w+\s+){0,3}?[‘'\"“]?$", s[max(0, pos - 90):pos], re.IGNORECASE)
    if not (m and published):
        return None
    n = m.group("n").lower()
    return str(int(published[:4]) - _count(n))


def _after_grade(s: str, pos: int) -> str:
    """What follows the grade word at `pos` ("good by Ofsted last year" -> " by Ofsted last year")."""
    m = re.match(r"[‘'\"“]?\w+(?:\s+improvement(?:\s+to\s+be\s+good)?)?", s[pos:])
    return s[pos + (m.end() if m else 0):pos + 80]


_TYPE_PATTERNS = [
    ("monitoring_visit", r"monitoring\s+(?:visit|inspection|letter)s?"),
    ("focused_visit", r"focus{1,2}ed\s+(?:visits?|inspections?)|assurance\s+visits?"),  # (the pandemic's "assurance visit" of 2020-21; "focussed" as some write it)
    ("jtai", r"joint\s+(?:targeted\s+)?(?:area\s+)?inspections?|JTAI|"
             r"joint\s+(?:Ofsted\s+and\s+(?:CQC|Care\s+Quality\s+Commission)|CQC\s+and\s+Ofsted)\s+(?:SEND\s+|local\s+area\s+)?inspections?"),
    ("ilacs", r"(?:ILACS|(?:was|were|been)\s+(?:last\s+|first\s+|previously\s+)?inspected|full\s+inspection|re-?inspection|inspection|investigation|inspectors?(?:,\s+led\s+by\s+[^,.;]{1,60},|,(?=\s+who\b)|\s+from\s+[^.;]{1,140}?(?=\s+(?:spent|visited|were\s+in)\b))?\s+(?:who\s+)?(?:had\s+)?(?:found|said|raised|rated|judged|scrutinised|assessed|spent|examined|arrived|began|started|were\s+(?:in|on\s+site\s+in|at)\b(?!\s+(?:agreement|no\s+doubt))|"
              r"are\s+(?:currently\s+|now\s+)?(?:in|at|on\s+site|examining|inspecting)\b(?!\s+(?:agreement|no\s+doubt)))|"
              # the report as the inspection done: "The report, published on Wednesday and undertaken in early March"
              r"(?<=\bthe\s)report(?=,?\s+(?:[^,;.]{0,50}?\s+)?(?:undertaken|carried\s+out|conducted)\s+(?:in|on|during|between)\b)|"
              # "an unannounced, rigorous examination carried out by a team of inspectors over four weeks"
              r"\bexamination(?=\s+(?:carried\s+out|conducted|undertaken)\s+by\s+(?:a\s+team\s+of\s+|the\s+)?(?:Ofsted(?:[’']s)?\s+)?inspectors\b)|"
              r"Ofsted\s+(?:report|rating|judgement|verdict|officials\s+spent)|"
              # the grade before 2013 that is none of today's: "In 2012, safeguarding services had been rated adequate"
              r"(?:rated|judged|graded)\s+(?:as\s+)?[‘'\"“]?adequate\b)"),
    ("visit", r"(?:latest|recent|most\s+recent|second|third|fourth|fifth|sixth|follow-up|fresh|new|last|their|two-day|\w+-(?:day|week)|week-long)\s+(?:review\s+|support\s+|follow-up\s+)?visit|(?<=\b(?:its|the)\s)(?:(?:early|mid|late)[\s-])?(?:19|20)\d\d\s+visit|(?<=\btheir\s)(?:(?:early|mid|late)[\s-])?(?:19|20)\d\d\s+visit|(?<=\ba\s)visit(?=\s+(?:on|between|from)\s+\d)|visit\s+(?:in|last|this)\b|(?<=\ba\s)visit\s+(?:from|by)\s+(?:ofsted|inspectors)\b|(?<=\bthe\s)visit(?=,?\s+(?:was\s+|which\s+was\s+)?(?:carried\s+out|conducted|undertaken|took\s+place|held)\b|,\s+(?:on|between)\s|\s+was\s+(?:on|between|from)\s+\d)|"
              r"(?:inspectors|ofsted|(?<=the\s)(?:watchdog|regulator|inspectorate))(?:,\s+led\s+by\s+[^,.;]{1,40},|\s+from\s+[^.;]{1,140}?(?=\s+visited\b))?,?\s+(?:who\s+|had\s+|have\s+)?(?:last\s+|previously\s+)?(?:visited|returned|inspected)\b|"
              r"(?<=inspectors\s)(?:[A-Z][\w’'\-]+\s+){1,3}(?:and\s+(?:[A-Z][\w’'\-]+\s+){1,3})?visited\b"),
]


# "its last inspection", "a previous full inspection", "two earlier visits": not the one reported now
_PAST_BEFORE = re.compile(r"\b(?:last|previous|prior|earlier|former|first|past|the\s+\d{4}|(?:compared\s+(?:to|with)|since)\s+(?:its|their)\s+\d{4})\s+"
                          r"(?:\w+\s+)?(?:full\s+|ofsted\s+|standard\s+)?$", re.IGNORECASE)
# a grade the sentence puts in the past: "a previous rating of", "previously rated", "since being rated"
# ("five months after Ofsted rated it": the inspection the article follows up, not an older one)
# "comes less than two years after a similar inspection rated the authority's safeguarding as ...": an earlier one
# (not "published last month after an inspection in June")
_YEARS_AFTER = re.compile(r"(?<!\blast\s)(?<!\bthis\s)\b(?:years?|months?)\s+(?:after|since)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?(?:inspection|visit|report)\b[^.;]{0,70}$", re.IGNORECASE)
_PAST_GRADE = re.compile(r"\bafter\s+(?:\w+\s+)?years\s+of\b[^.;]{0,60}$|"  # "after years of its services being deemed 'inadequate'"
                         r"\b(?:(?:years?|year\s+and\s+a\s+half|(?:1[2-9]|[2-9]\d|eighteen|twenty\w*)\s+months?)\s+(?:after|since)|previous(?:ly)?|formerly|once(?!\s+(?:again|more))|last\s+(?:full\s+)?inspection|prior\s+to|since\s+being|since\s+(?:the|its|their|that)|had\s+been|used\s+to\s+be|from(?!\s+\d)|years\s+ago)\b[^.;]{0,40}$|"
                         # "removed the council's 'inadequate' rating", "moves out of 'inadequate'": a grade it had
                         r"\b(?:remov(?:e|es|ed|ing)|out\s+of|ditch(?:es|ed|ing)?|shed(?:s|ding)?|sh(?:ake|akes|ook|aking)\s+off|"
                         r"los(?:e|es|t|ing)|exit(?:s|ed|ing)?|escap(?:e|es|ed|ing))\b[^.;]{0,30}$|"
                         r"\b(?:after|since)\s+(?:receiving|being\s+(?:given|handed|rated|judged|graded)|(?:it|they|the\s+(?:council|authority|service|services))\s+"
                         r"(?:was|were|had\s+been)\s+(?:given|handed|rated|judged|graded|awarded|slapped\s+with|branded))\b[^.;]{0,30}$", re.IGNORECASE)


# ... or after it: "an 'Inadequate' rating following the last two inspections"
_PAST_AFTER = re.compile(r"[\w\s]{2,30}?[’'\"”]?\s+(?:rating|judgement|grade)s?\s+(?:following|after|at|in|from)\s+(?:the\s+|its\s+|their\s+)?"
                         r"(?:last|previous|prior|earlier|two\s+previous|past)\b|"
                         # "an 'inadequate' rating six years prior"
                         r"[\w\s]{0,30}?[’'\"”]?\s+(?:rating|judgement|grade)s?\s+(?:\w+\s+){1,2}(?:years?|months?)\s+(?:prior|earlier|before|previously|ago)\b|"
                         # "rated inadequate three years ago has been upgraded", in an article of no known date
                         r"\w+(?:\s+improvement(?:\s+to\s+be\s+good)?)?[’'\"”]?\s+(?:by\s+(?:Ofsted|inspectors|the\s+watchdog)\s+)?"
                         rf"(?:\d{{1,2}}|{'|'.join(_NUMBER_WORDS)})\s+(?:years?|months?)\s+(?:ago|earlier|previously)\b", re.IGNORECASE)


# a date that belongs to an earlier inspection: "problems highlighted during its last inspection in 2015"
# ... or a deadline: "if improvements were not made by 2020"
_EARLIER_DATE = re.compile(r"\b(?:last|previous|prior|earlier|former)\s+(?:\w+\s+){0,2}?(?:inspection|visit|rating|judgement)\s+(?:in|of|on)\s+(?:\w+\s+)?$|"
                           r"\b(?:by|until|before)\s+(?:the\s+end\s+of\s+)?(?:\w+\s+)?$", re.IGNORECASE)


# when a framework began, not an inspection: "its first full inspection under the framework Ofsted introduced in 2023"
_FRAMEWORK_DATE = re.compile(r"\b(?:framework|regime|handbook|system)\b[^.;,]{0,30}\b(?:introduced|launched|brought\s+in|began|started)\s+(?:in\s+)?$", re.IGNORECASE)


# what an earlier inspection found, dated: "the areas identified as under-performing in 2019"
_IDENTIFIED_THEN = re.compile(r"\bidentified\s+as\s+(?:[\w-]+\s+){1,2}in\s+$", re.IGNORECASE)


# a date that says when a grade was given ("rated inadequate in 2016"), not when this inspection was
_GRADE_THEN = re.compile(rf"(?:{'|'.join(p for _g, p in _GRADE_WORDS)})[’'\"”]?\s+(?:in|since)\s+(?:{_MON_RE}\s+)?$", re.IGNORECASE)


def _own_clause(s: str, gpos: int, grades: list) -> int:
    """Where the words that may put the grade at `gpos` in the past begin: up to 60 characters back, but not
    before the grade before it or, after that grade, its last comma ("which were 'inadequate' two years ago, 'good'")."""
    lo = gpos - 60
    for _g, _a, p in grades:
        if lo < p < gpos:
            lo = p + 1 + max(s.rfind(",", p, gpos) - p, 0)
    return max(lo, 0)


# an aside that a grade sits in: "rated their services, which were 'inadequate' two years ago, 'good'"
_ASIDE_CLOSED = re.compile(r",\s+(?:which|who)\s+[^,;.]*$")


# what sets a grade apart from a recalled inspection named before it: "..., but now ...", "; ..."
_GRADE_BREAK = re.compile(r";|,?\s+(?:but|because|while|whilst|although|whereas|now)\b", re.IGNORECASE)


# a grade whose own clause goes on to name the recalled inspection: "rated good at the 2014 inspection",
# "rated inadequate after an inspection in November and December 2021", "rated outstanding when Ofsted last carried
# out a full inspection of its services, in 2017"
_GRADED_AT = re.compile(r"[^,;.]{0,40}?\b(?:(?:at|in|during|following|after)|when\s+(?:Ofsted|inspectors|it|they)\s+(?:last\s+)?(?:carried\s+out|conducted|completed|made))"
                        r"\s+(?:the|its|their|that|an?)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)


def _undated_past(found: list[dict], kind: str, grade: str | None = None) -> dict | None:
    """An older inspection recalled without a date (and without a different grade), for a date found later."""
    return next((f for f in found if f.get("_past") and f["type"] == kind and not f["start"]
                 and (grade is None or all(j["grade"] == grade for j in f["judgements"]))), None)


def news_inspections(spans: list[Span], council: dict | None, published: str | None,
                     names: dict[str, str] | None = None, lines: list[Span] | None = None) -> list[dict]:
    """The inspections an article speaks of, each with its type, dates, grades and the sentences that
    mention it (`mentions`), the one it reports first: read sentence by sentence (`_ArticleInspections`).
    `council` is the council the article is about; a grade whose clause names another council is that
    council's (`names`: the name the article gives each council, by ONS code). `lines`: every line of the article,
    headings and list items too (the areas a list after "in key areas including:" names)."""
    reading = _ArticleInspections(spans, council, published, names, lines)
    for sp in spans:
        reading.sentence(sp)
    return reading.finish()


@dataclass
class _SentenceDates:
    absolute: list[tuple[int, str]]  # (position, date) written in full, years counted ("three years later")
    ends: dict[str, str]  # a range's first date -> its last
    relative: list[tuple[int, str | None]]  # "last May", resolved against the article's date
    bare_months: list[tuple[int, None]]  # "in March" with no year and no date to resolve it
    counted: list[tuple[int, str]]  # the years counted from the last year named


class _ArticleInspections:
    """What the sentences read so far say was inspected: the inspections found (`_past` marks one the
    article recalls, `_relative` one dated only relatively, `_generic` a visit of no named kind), the
    last one spoken of, whether any was judged inadequate, the last area and year named."""

    def __init__(self, spans: list[Span], council: dict | None, published: str | None, names: dict[str, str] | None = None,
                 lines: list[Span] | None = None):
        self.council, self.published = council, published
        self.found: list[dict] = []
        self.theirs: list[dict] = []  # inspections of other councils the article reports a grade of
        self.names = names or {}
        self.last: dict | None = None
        self.any_inadequate = False
        self.prev_area: str | None = None
        self.prev_grade: str | None = None  # the first grade of the sentence before ("this accolade")
        self.last_year: int | None = None
        self.prev_span: list[int] | None = None  # the sentence before, as inspections' mentions record it
        self.prev_touched: list[dict] = []  # the inspections the sentence before spoke of ("in that inspection")
        self.columns: list[str] = []  # the dates a table's columns stand for ("Judgement – January 2024 – 2019")
        self.named_visits = any(re.search(r"\b(?:monitoring|focus{1,2}ed)\s+(?:visit|inspection)", sp.text, re.IGNORECASE) for sp in spans)
        self.spans = spans
        self.lines = lines or spans  # every line, headings and list items too (news_inspections' `lines`)
        self.topic_other = None  # another council the sentences before spoke of, not the article's own
        self.carried = None  # ... which a sentence naming no council still speaks of, in an article on several councils' results

    def _areas_listed_next(self, sp: Span, grades: list) -> list:
        """A grade given "in key areas including:" the areas the lines after it name, one a line."""
        if len(grades) != 1 or not _AREAS_LIST_OPENER.search(sp.text):
            return []
        grade, _area, pos = grades[0]
        lines = self.lines
        i = next((k for k, x in enumerate(lines) if x.start == sp.start), None)
        out = []
        for line in lines[i + 1:i + 7] if i is not None else []:
            named = [aid for aid, am in _area_matches(line.text, listed=True) if am.start() <= 4 and aid not in (None, "overall")]
            if not named or len(line.text.split()) > 16:
                break
            out += [(grade, a, pos) for a in named[:1] if (grade, a, pos) not in out]
        return out

    def new(self, kind: str, sp: Span, start: str | None) -> dict:
        item = {"id": None, "council": self.council["name"] if self.council else None,
                "ons_code": self.council["ons_code"] if self.council else None,
                "type": kind, "start": start, "end": None, "published": None, "sequence": None,
                "inspectors": [], "judgements": [], "span": [sp.start, sp.end]}
        self.found.append(item)
        return item

    def sentence(self, sp: Span) -> None:
        s = sp.text
        if self._table_row(sp):
            return
        grades = judgement_line(s) or grade_mentions(s, self.prev_area) or self._same_grade_for(s)
        grades = grades + _same_grade_within(s, grades) + self._areas_listed_next(sp, grades)
        self.prev_grade = grades[0][0] if grades else None
        self.prev_area = last_area(s)
        future = bool(_FUTURE.search(s))
        # (the year of "the same grade it received in 2014" is an earlier inspection's: see _same_grade_in)
        dates = self._dates(_SAME_GRADE_IN.sub(lambda m: " " * len(m.group()), s), future)
        kinds = _type_mentions(s)
        named_here = find_councils(s) if self.council else []
        self.carried = self.topic_other if not named_here and self._reports_on(self.topic_other) else None
        touched: list[dict] = []  # the inspections this sentence speaks of
        spoken: list[tuple[int, dict]] = []  # where it speaks of each
        other_body = False
        for _pos, kind, m in kinds:
            passed_over = _passed_over(s, kind, m, future)
            other_body = other_body or passed_over == "other_body"
            if passed_over:
                continue
            council = self._their_council(s, m.start()) if self.council and (kind in ("monitoring_visit", "focused_visit", "jtai") or self.carried) else None
            if council is not None:  # "Neighbouring Wessex Council ... received its third monitoring visit in February"
                touched.append(self._their_visit(sp, council, kind, _mention_date(s, m, kinds, dates)[0]))
                continue
            target = self._mention(sp, kind, m, kinds, grades, dates)
            if target is not None:
                self.last = target
                touched.append(target)
                spoken.append((m.start(), target))
        if grades and other_body and not any(k != "ilacs" for _, k, _ in kinds) and len(kinds) == 1:
            grades = []  # "the school's Ofsted inspection rated it good": not the council's
        if grades and self.council:
            grades, theirs = self._their_grades(s, grades)
            touched += [self._their_grade(sp, *t) for t in theirs]
        if grades:
            # "The last full inspection, published in 2019, saw every category rated as 'requires improvement'": the recalled one's
            recalled = spoken if spoken and all(f.get("_past") for _, f in spoken) else []
            touched += self._grades(sp, grades, dates, recalled)
            _same_as_before(s, touched)
            _note_kept_grade(s, touched)
            touched += self._same_grade_in(sp, grades)
        touched += self._visits_listed(sp, dates) + self._inspections_listed(sp) + self._special_measures(sp)
        if not kinds:
            touched += self._the_last_of_them(sp, dates)
        else:
            self._the_last_of_these(s, dates, touched)
        for f in touched:
            if [sp.start, sp.end] not in f.setdefault("mentions", []):
                f["mentions"].append([sp.start, sp.end])
        self._publication(s)
        self.prev_span = [sp.start, sp.end]
        self.prev_touched = touched
        if named_here:
            others = [c for c, *_ in named_here if c.ons_code != self.council["ons_code"]]
            self.topic_other = others[-1] if len(others) == len(named_here) else None

    def _reports_on(self, council) -> bool:
        """Whether the article reports another council's result of now (a roundup: "Leeds has been rated outstanding, while
        Calderdale has achieved a 'good' rating"), so that "The council was rated ..." after a sentence on it is that council's."""
        year = (self.published or "")[:4]
        return council is not None and any(f["ons_code"] == council.ons_code and f["judgements"] and (f["start"] is None or f["start"][:4] == year)
                                           for f in self.theirs)

    def _table_row(self, sp: Span) -> bool:
        """A row of a table that compares inspections column by column: the heading row names each
        column's date ("Judgement – January 2024 – 2019"), each row after it an area's grade in each
        ("Care leavers – Good – Outstanding"). The latest column is the inspection reported, unless
        it is years old; each other column is an earlier one of its date."""
        cells = _cells(sp.text)
        if len(cells) < 3:
            self.columns = []
            return False
        dated = [_dates.find_dates(c) for c in cells[1:]]
        if all(len(d) == 1 and d[0].text.strip() == c for d, c in zip(dated, cells[1:])):
            self.columns = [d[0].first for d in dated]
            return True
        if len(cells) - 1 != len(self.columns):
            self.columns = []
            return False
        grades = [_cell_grade(c) for c in cells[1:]]
        areas = [aid for aid, _ in sorted(_area_matches(cells[0], listed=True), key=lambda x: x[1].start())][:1]
        if not areas or None in grades:
            return False
        latest = max(self.columns)
        for date, grade in zip(self.columns, grades):
            if date == latest and not (self.published and int(date[:4]) < int(self.published[:4]) - 1):
                target = next((f for f in self.found if f["type"] == "ilacs" and not f.get("_past")), None) or self.new("ilacs", sp, None)
            else:
                target = self._earlier_of_year(sp, date)
            _add_judgement(target["judgements"], grade, areas[0], sp)
            if [sp.start, sp.end] not in target.setdefault("mentions", []):
                target["mentions"].append([sp.start, sp.end])
        return True

    def _same_grade_in(self, sp: Span, grades: list) -> list[dict]:
        """"rated requires improvement, the same grade it received in 2014": the earlier inspection of that year had
        the grade just named."""
        out = []
        for m in _SAME_GRADE_IN.finditer(sp.text):
            before = [g for g, _a, p in grades if p < m.start()]
            if not before:
                continue
            year = m.group("year")
            target = next((f for f in self.found if f["type"] == "ilacs" and (f["start"] or "")[:4] == year), None)
            if target is None:
                target = self.new("ilacs", sp, year)
                target["_past"] = True
            _add_judgement(target["judgements"], before[-1], "overall", sp)
            out.append(target)
        return out

    def _special_measures(self, sp: Span) -> list[dict]:
        """"since it was placed in 'special measures' by Ofsted in 2014": an inspection of that year judged inadequate (what
        special measures follow), unless the article gives that year's inspection a grade of its own."""
        m = _SPECIAL_MEASURES_IN.search(sp.text)
        if not m:
            return []
        year = m.group("year")
        target = next((f for f in self.found if f["type"] == "ilacs" and (f["start"] or "")[:4] == year), None)
        if target is None:
            target = self.new("ilacs", sp, year)
            target["_past"] = bool(self.published and year < self.published[:4])
        if not target["judgements"]:
            _add_judgement(target["judgements"], "inadequate", "overall", sp)
        return [target]

    def _inspections_listed(self, sp: Span) -> list[dict]:
        """"the last inspections of child protection services and of looked-after children services in 2012 and 2011":
        an earlier inspection for each year listed."""
        m = _INSPECTIONS_LISTED.search(sp.text)
        if not m:
            return []
        return [self._earlier_of_year(sp, year) for year in re.findall(r"(?:19|20)\d\d", m.group("years"))]

    def _earlier_of_year(self, sp: Span, date: str) -> dict:
        """The earlier full inspection of `date`'s year, found or new."""
        target = next((f for f in self.found if f["type"] == "ilacs" and f.get("_past") and (f["start"] or "")[:4] == date[:4]), None)
        if target is None:
            target = self.new("ilacs", sp, date)
            target["_past"] = True
        return target

    def _visits_listed(self, sp: Span, dates: _SentenceDates) -> list[dict]:
        """"The earlier visits, in September and December last year", "two monitoring visits, in July and
        October 2018": one earlier visit for each month the clause names."""
        m = _VISITS_LISTED.search(sp.text)
        if not m:
            return []
        clause = re.split(r"[;.]|,\s+(?!in\b|on\b|and\b)", sp.text[m.end():])[0]
        hi = m.end() + len(clause) + 2
        when = sorted({v for p, v in dates.absolute + dates.relative if v and m.start() <= p < hi})
        when += [dates.ends[v] for v in when if v in dates.ends and dates.ends[v] not in when]
        if len(when) < 2:
            return []
        current = [f for f in self.found if not f.get("_past") and f["type"] in ("monitoring_visit", "focused_visit")]
        kind = "focused_visit" if re.search(r"focus", m.group(), re.IGNORECASE) else \
            "monitoring_visit" if re.search(r"monitoring", m.group(), re.IGNORECASE) or self.any_inadequate \
            or current and current[-1]["type"] == "monitoring_visit" else "focused_visit"  # (as named, else as likely)
        out = []
        for v in sorted(when):
            visit = next((f for f in self.found if f["type"] == kind and (f["start"] or "")[:7] == v[:7]), None)
            if visit is None:
                visit = self.new(kind, sp, v)
                visit["_past"] = True
            if visit["end"] in when:
                visit["end"] = None  # ("in January and May" is two visits, not one from January to May)
            out.append(visit)
        return out

    def _the_last_of_them(self, sp: Span, dates: _SentenceDates) -> list[dict]:
        """"... six monitoring visits. The last of these, in February, found ...": the date of the
        visit the sentence before counted."""
        m = _THE_LAST.match(sp.text)
        visits = [f for f in self.found if f["type"] in ("monitoring_visit", "focused_visit") and not f["start"]
                  and self.prev_span in f.get("mentions", [])]
        when = [v for p, v in dates.absolute + dates.relative if m and v and abs(p - m.end()) <= 3]
        if not (m and visits and when):
            return []
        visits[-1]["start"] = when[0]
        return [visits[-1]]

    @staticmethod
    def _the_last_of_these(s: str, dates: _SentenceDates, touched: list[dict]) -> None:
        """"five monitoring visits since ..., the last of them in May": the date of the visits' last."""
        m = _THE_LAST_WITHIN.search(s)
        visits = [f for f in touched if f["type"] in ("monitoring_visit", "focused_visit") and not f["start"]]
        when = [v for p, v in dates.absolute + dates.relative if m and v and abs(p - m.end()) <= 3]
        if m and visits and when:
            visits[-1]["start"] = when[0]

    def _same_grade_for(self, s: str) -> list:
        """"The Council also earned this accolade for the impact of leaders ...": the grade the sentence before gave."""
        m = re.search(r"\b(?:this|that|the\s+same)\s+(?:accolade|rating|grade|judgement)\s+for\b|^\W*(?:these|those|the)\s+(?:judgement\s+)?areas\s+(?:include|included|are|were)\b", s, re.IGNORECASE)
        if not (m and self.prev_grade):
            return []
        areas = [aid for aid, _ in sorted(_area_matches(s[m.end():], listed=True), key=lambda x: x[1].start()) if aid]
        return [(self.prev_grade, a, m.start()) for a in dict.fromkeys(areas)]

    def _their_grades(self, s: str, grades: list) -> tuple[list, list]:
        """The grades that are the article's council's, and those whose clause names another council
        ("Leeds has been rated 'outstanding', while Calderdale has achieved a 'good' rating")."""
        ours, theirs = [], []
        for g, a, pos in grades:
            council = self._their_council(s, pos)
            if council is not None:
                theirs.append((council, g, a, pos))
            else:
                ours.append((g, a, pos))
        return ours, theirs

    def _their_council(self, s: str, pos: int):
        """Another council the clause before s[pos] names last, whose grade or visit that is; None for the article's own."""
        clause = re.split(r"[;:]|,\s+(?:while|whilst|whereas|but)\b|\s+(?:while|whilst|whereas)\s+", s[:pos])[-1]
        # (not a council named inside an aside: "Kensington and Chelsea, whose services were run jointly with
        # Westminster's, was rated good" is Kensington and Chelsea's grade)
        clause = re.sub(r",\s+(?:who|whose|which|where)\b[^,;]*,(?=\s+(?:was|were|is|are|has|have|had)\b)", lambda m: " " * len(m.group()), clause)
        named = [c for c in find_councils(clause)
                 if not (re.search(r"\b(?:run|managed|provided|delivered|operated)\s+by\s+(?:the\s+)?$", clause[:c[1]], re.IGNORECASE)
                         and not re.match(r",?\s+(?:which|whose)\b", clause[c[2]:]))
                 and not _JOINED.search(clause[:c[1]])]
        # (not "when the service was run by Cumbria County Council, had rated it good": the service's former provider;
        # but "were run by Cumbria County Council, which Ofsted judged good": that council's grade)
        if not named:
            return self.carried
        return named[-1][0] if named[-1][0].ons_code != self.council["ons_code"] else None

    def _their_visit(self, sp: Span, council, kind: str, start: str | None) -> dict:
        """Another council's visit, kept apart from the article's own."""
        target = next((f for f in self.theirs if f["ons_code"] == council.ons_code and f["type"] == kind and f["start"] == start), None)
        if target is None and kind == "ilacs":  # (the graded inspection already reported, now dated: "An inspection in November ...")
            target = next((f for f in self.theirs if f["ons_code"] == council.ons_code and f["type"] == kind and f["start"] is None), None)
            if target is not None:
                target["start"] = start
        return target or self._new_theirs(sp, council, kind, start)

    def _new_theirs(self, sp: Span, council, kind: str, start: str | None) -> dict:
        """A new inspection of another council's, kept apart from the article's own."""
        target = {"id": None, "council": self.names.get(council.ons_code) or council.formal_name, "ons_code": council.ons_code,
                  "type": kind, "start": start, "end": None, "published": None, "sequence": None,
                  "inspectors": [], "judgements": [], "span": [sp.start, sp.end]}
        self.theirs.append(target)
        return target

    def _their_grade(self, sp: Span, council, grade: str, area: str | None, pos: int) -> dict:
        """Another council's grade, on an inspection of that council's (kept apart from the article's own)."""
        year = _grade_year(sp.text, pos)
        # "whose children's services were judged inadequate last year": the year of that report
        when = re.match(r"[^.;,]{0,40}?\b(?P<w>last|this|earlier\s+this)\s+year\b", sp.text[pos:pos + 60], re.IGNORECASE)
        reported = None
        if not year and when and self.published:
            reported = str(int(self.published[:4]) - (1 if when.group("w").lower() == "last" else 0))
        # "was rated good in an inspection report published in May": the day or month that report came out
        out = re.match(r"[^.;]{0,60}?\b(?:published|released)\s+", sp.text[pos:pos + 120])
        if out:
            rest = sp.text[pos + out.end():pos + out.end() + 40]
            said = [d.first for d in _dates.find_dates(rest) if d.start <= 3] + \
                [v for st, _en, v, _w in relative_dates(rest, self.published) if st <= 3 and v]
            reported = said[0] if said else reported
        target = next((f for f in self.theirs if f["ons_code"] == council.ons_code and f["start"] == year), None) \
            or (next((f for f in self.theirs if f["ons_code"] == council.ons_code and f["type"] == "ilacs"
                      and (f["start"] or "")[:4] == (self.published or "-")[:4]), None) if year is None else None) \
            or self._new_theirs(sp, council, "ilacs", year)  # (an undated grade is the result of now: "An inspection in November has resulted in a 'good' rating")
        if reported and not target["published"]:
            target["published"] = reported
        _add_judgement(target["judgements"], grade, area, sp)
        return target

    def _dates(self, s: str, future: bool) -> _SentenceDates:
        """The sentence's dates: absolute first, then relative; the last year named carries on."""
        found_dates = [d for d in _dates.find_dates(s) if not re.fullmatch(r"\d{4}/\d{2}", d.text)]
        absolute = [(d.start, d.first) for d in found_dates]
        ends = {d.first: d.last for d in found_dates if d.is_range}
        spans_abs = [(d.start, d.start + len(d.text)) for d in found_dates]
        relative = [(st, _the_previous(s, st, w, absolute) or v) for st, en, v, w in relative_dates(s, self.published, future)
                    if not any(a < en and st < b for a, b in spans_abs)]  # "in November" of "in November and December 2022"
        relative = _the_season_after(s, absolute, self.last_year, relative)
        # (not "in November and December 2022": a range with its year)
        bare_months = [(m.start(), None) for m in re.finditer(rf"\b(?:in|during)\s+{_MON_RE}\b(?!\s+\d{{4}})(?!\s*(?:and|to|until|[-–])\s*{_MON_RE}\s+\d{{4}})", s)]
        for p0, v0, v1 in yearless_ranges(s, self.published):
            absolute.append((p0, v0))
            if v1:
                ends[v0] = v1
        counted = counted_years(s, self.last_year)
        absolute += counted
        years = [int(v[:4]) for _, v in sorted(absolute)]
        self.last_year = years[-1] if years else self.last_year
        return _SentenceDates(absolute, ends, relative, bare_months, counted)

    def _mention(self, sp: Span, kind: str, m: re.Match, kinds: list, grades: list, dates: _SentenceDates) -> dict | None:
        """The inspection one mention speaks of, found or new; None for a recalled one without date or grade."""
        s, found = sp.text, self.found
        kind, generic = self._kind(s, kind, m, grades)
        visits = [k for _p, k, _m in kinds if k in ("focused_visit", "monitoring_visit", "jtai")]
        if kind == "ilacs" and visits and not grades and re.match(r"inspectors?\b", m.group(), re.IGNORECASE):
            kind = visits[0]  # "following a focused visit on 13 and 14 January, inspectors said": the visit's inspectors
        start, relative, at = _mention_date(s, m, kinds, dates)
        if generic and kind == "focused_visit" and start and int(start[:4]) < ILACS_FROM:
            kind = "ilacs"  # "as at their last visit in 2012": focused visits began with the ILACS of 2018; a full inspection
        ended = None
        if start and _ENDED.search(s[max(0, at - 25):at]):
            ended, start = start, None  # "a four-week inspection that ended on 30 June": its last day
        if generic and start and any(f["type"] == "ilacs" and f["judgements"] and f["start"] and not f.get("_past")
                                     and (start.startswith(f["start"]) or f["start"].startswith(start)) for f in found):
            kind = "ilacs"  # "rated good after an inspection in January ... Inspectors visited between 15 and 26 January": that one
        old = bool(start and not relative and self.published and (int(start[:4]) < int(self.published[:4]) - 1
                                                                   or len(start) >= 7 and len(self.published) >= 7 and months_between(start, self.published) > 12))
        near_before = s[max(0, m.start() - 40):m.start()]
        if re.search(r"\b(?:that|the\s+same)\s+$", near_before, re.IGNORECASE) and not start:
            before = [f for f in self.prev_touched if f["type"] == kind or re.fullmatch(r"inspection", m.group(), re.IGNORECASE)]
            if before:
                return before[-1]  # "judged good in that inspection": the one the sentence before spoke of
        past = old or bool(_YEARS_AFTER.search(s[max(0, m.start() - 40):m.end()])) \
            or bool(start and re.search(r"\bsince\s+(?:the|its|their|an?)\s+(?:[\w\-]+\s+){0,3}$", near_before, re.IGNORECASE)) \
            or (bool(_PAST_BEFORE.search(near_before)) and not re.search(r"\b(?:latest|most\s+recent|new)\b", near_before, re.IGNORECASE)
                and not (re.search(r"\bfirst\s+(?:\w+\s+)?$", near_before, re.IGNORECASE)
                         and re.match(r"\s+(?:since\b|(?:for|in)\s+(?:(?:more\s+than|over|almost|nearly)\s+)?(?:a|an|\w+|\d+)\s+(?:years?|months?|decades?)\b)",
                                      s[m.end():], re.IGNORECASE)))  # "its first inspection since", "... for five years": this one
        if past:
            if not (start or grades):
                return None
            target = next((f for f in found if f.get("_past") and f["type"] == kind and start and (f["start"] or "")[:4] == start[:4]), None) \
                or next((f for f in found if f["type"] == kind and start and len(start) >= 7 and (f["start"] or "")[:7] == start[:7]), None) \
                or (_undated_past(found, kind) if start else None)  # (the same month: the same inspection, recalled again)
            if target is not None and not target["start"]:
                target["start"] = start
            if target is None:
                target = self.new(kind, sp, start)
                target["_past"] = True
            _set_end(target, start, ended, dates)  # "after an inspection in November and December 2021"
            # "the same rating as its previous inspection report published in March 2020": when that report came out
            out = next((v for p, v in dates.absolute + dates.relative if v and 0 <= p - m.end() < 40 and _publication_date(s, p)), None)
            if out and not target["published"]:
                target["published"] = out
            return target
        earlier = _undated_past(found, kind) if (kind == "ilacs" and start and relative and not grades and self.published
                                                 and start[:4] < self.published[:4]
                                                 and not any(f["type"] == "ilacs" and not f.get("_past") for f in found)) else None
        if earlier is not None:
            earlier["start"] = start  # "a year after being rated inadequate ... when the council was inspected last year": that one
            return earlier
        target = self._same_inspection(s, kind, m, start, relative)
        if target is None:
            # an ILACS without grades and a year of its own, next to a graded one: another inspection
            target = self.new(kind, sp, None)
            target["start"] = start
            target["_generic"] = generic
        elif start and (not target["start"] or len(start) > len(target["start"]) and start.startswith(target["start"])):
            target["start"] = start  # (or told more precisely: "in June", then "between 10 and 21 June 2019")
        _set_end(target, start, ended, dates)
        seq = re.search(r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:of\s+(?:a\s+series\s+of\s+|the\s+|its\s+)?)?"
                        r"(?:(?:full\s+)?monitoring\s+)?(?:visit|inspection|letter)s?\s*$", s[:m.end()], re.IGNORECASE) \
            or re.match(r"[^.;]{0,60}?\b(?:was|is|marked|marks)\s+the\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+"
                        r"(?:(?:such\s+|monitoring\s+)?(?:visit|one)\s+)?(?:since|of|to)\b", s[m.end():], re.IGNORECASE)
        if seq and kind in ("monitoring_visit", "focused_visit") and not target["sequence"]:
            w = seq.group(1).lower()
            order = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
            target["sequence"] = order.index(w) + 1 if w in order else int(re.match(r"\d+", w).group())
        if relative and not start:
            target["_relative"] = True
        return target

    def _kind(self, s: str, kind: str, m: re.Match, grades: list) -> tuple[str, bool]:
        """The mention's inspection type, and whether it named a visit of no kind ("inspectors visited")."""
        if kind == "visit" and (re.search(r"\b(?:downgraded|upgraded|rated|judged|graded)\b", s[:m.start()], re.IGNORECASE)
                                or grades and re.match(r"visit\b", m.group(), re.IGNORECASE) and not re.search(r"\bsince\b", s, re.IGNORECASE)) \
                and not re.search(r"\b(?:focus{1,2}ed|monitoring)\b", s, re.IGNORECASE):
            kind = "ilacs"  # "Ofsted downgraded the service after a visit in January": the graded inspection's visit
        graded_now = [g for g in grades if not re.search(r"\bsince\b", s[m.end():g[2]], re.IGNORECASE)]  # (not "since it was judged inadequate")
        if kind == "visit" and re.search(r"visited|inspected|returned", m.group(), re.IGNORECASE) and (
                graded_now or not self.named_visits and any(f["type"] == "ilacs" and f["judgements"] and not f.get("_past") for f in self.found)):
            # inspectors who visited and graded, or visited in an article that reports a graded
            # inspection and names no visit ("rated inadequate ... Inspectors who visited in January"): a full inspection
            kind = "ilacs"
        if kind == "visit" and re.search(r"inspected", m.group(), re.IGNORECASE) and not re.search(r"\b(?:focus{1,2}ed|monitoring)\b", s, re.IGNORECASE):
            kind = "ilacs"  # "Ofsted inspected the council's children's services between 10 and 21 June": an inspection
        current = [f for f in self.found if not f.get("_past")]
        if kind == "ilacs" and not grades and re.fullmatch(r"inspection", m.group(), re.IGNORECASE) \
                and any(f["type"] == "jtai" for f in current) and not any(f["type"] == "ilacs" for f in current):
            kind = "jtai"  # "What is a JTAI? ... The B&NES inspection took place between 22 and 26 January": the joint one
        named = [f for f in current if f["type"] in ("monitoring_visit", "focused_visit")]
        if kind == "visit" and not grades and not re.search(r"visited|returned|inspected", m.group(), re.IGNORECASE) \
                and re.search(r"\b(?:\w+-(?:day|week)|week-long)\s+visit$|^visit$", m.group(), re.IGNORECASE) and (named or current):
            # "follows a visit on 7 and 8 June", "a one-week visit from 10 to 14 June": the visit or inspection reported
            kind = named[-1]["type"] if named else current[-1]["type"]
        if kind == "visit" and named and not grades and re.search(r"visited|returned", m.group(), re.IGNORECASE):
            kind = named[-1]["type"]  # "after their third monitoring visit. Inspectors, who visited on 9 and 10 October": that visit
        if kind == "visit" and current and (re.match(r"their\s+visit\b", m.group(), re.IGNORECASE) or re.match(r"visit\b", m.group(), re.IGNORECASE)
                                            and re.search(r"\b(?:their|the|its|this|that)\s+$", s[max(0, m.start() - 8):m.start()], re.IGNORECASE)):
            # "the visit": the visit named before, else whatever was inspected last
            kind = next((f["type"] for f in reversed(current) if f["type"] in ("monitoring_visit", "focused_visit")), current[-1]["type"])
        if kind == "visit" and not grades and re.search(r"visited|inspected", m.group(), re.IGNORECASE) and current \
                and all(f["type"] == "jtai" for f in current):
            kind = "jtai"  # "A joint targeted area inspection ... Inspectors from Ofsted, the CQC, ... visited over the week of 11 September"
        generic = kind == "visit"
        if kind == "visit":
            kind = "monitoring_visit" if (self.any_inadequate or any(g == "inadequate" for g, _, _ in grades)) else "focused_visit"
        return kind, generic

    def _same_inspection(self, s: str, kind: str, m: re.Match, start: str | None, relative: bool) -> dict | None:
        """An inspection of the same type already found that this mention speaks of again, if any."""
        same = [f for f in self.found if f["type"] == kind and not f.get("_past")]
        if start and not relative:
            # an absolute date never joins an inspection dated only relatively ("in March")
            same = [f for f in same if not (f.get("_relative") and not f["start"])]
        if not same:
            return None
        if kind in ("monitoring_visit", "focused_visit") and start and len(start) >= 7 \
                and all(f["start"] and len(f["start"]) >= 7 and start[:7] not in (f["start"][:7], (f["end"] or "")[:7]) for f in same):
            return None  # a visit lasts days: another month is another visit ("a focused visit on 5 and 6 October ... an assurance visit in March")
        if start and any(f["start"] and f["start"][:4] != start[:4] for f in same) and not any(f["start"] and f["start"][:4] == start[:4] for f in same) \
                and not any(f["start"] is None for f in same):
            return None
        if start and all(f["start"] and f["start"][:4] != start[:4] for f in same) and any(f["judgements"] or f["start"] for f in same) and re.search(r"\b(?:between|since|previous|last|earlier|prior|in\s+\d{4})\b", s[max(0, m.start() - 30):m.end() + 30], re.IGNORECASE):
            return None
        return next((f for f in same if start and f["start"] and f["start"][:4] == start[:4]), None) or \
            next((f for f in same if not f["start"]), None) or same[0]

    def _grades(self, sp: Span, grades: list, dates: _SentenceDates, recalled: list[tuple[int, dict]] = ()) -> list[dict]:
        """Each grade of the sentence on the inspection it belongs to (the current ILACS, a recalled one, the
        one its year names); the inspections it touched."""
        s, found, published = sp.text, self.found, self.published
        touched = []
        default = None
        ilacs = [f for f in found if f["type"] == "ilacs" and not f.get("_past")]
        last = self.last
        if last and last["type"] == "ilacs" and last in ilacs and (not last["start"] or not any(f["judgements"] for f in ilacs)):
            default = last
        elif ilacs:
            default = next((f for f in ilacs if f["judgements"]), None) or ilacs[0]
        # the year the sentence gives each grade, or counts back to ("rated inadequate two years ago")
        grade_years = {gpos: _grade_year(s, gpos) or _years_ago(s, gpos, published) for _g, _a, gpos in grades}
        given: list[tuple[int, dict]] = []  # (position, inspection) of the grades placed so far
        for g, a, gpos in sorted(grades, key=lambda x: x[1] is None):
            listed = _listed_years(s, gpos)  # "rated inadequate at each of its previous inspections, in 2013, 2015 and 2018"
            year = (listed[0] if listed else None) or grade_years[gpos]
            # "compared to its 2021 inspection, ... downgraded from Outstanding to Good": the grade it went to is today's
            went_to = not year and _FROM_GRADE_TO.search(s[max(0, gpos - 60):gpos]) and default is not None
            # (not a count that another grade's clause holds: "which were 'inadequate' two years ago, 'good' ...")
            year = year or (None if went_to else next((v for p, v in reversed(dates.counted) if p < gpos and not any(
                p2 < p and not re.search(r"[,;]", s[p2:p]) for _g2, _a2, p2 in grades if p2 != gpos)), None))
            target = default
            before = [] if went_to else [f for p, f in recalled if p < gpos and not _GRADE_BREAK.search(s[p:gpos])] \
                or [f for p, f in recalled if gpos < p and _GRADED_AT.fullmatch(s[gpos:p])][:1] \
                or [f for p, f in given if p < gpos and f.get("_past") and not _GRADE_BREAK.search(s[p:gpos])
                    and not re.search(r"\bto\s+[‘'\"“]?$", s[max(0, gpos - 6):gpos])  # (not "from good to requires improvement")
                    and not (_ASIDE_CLOSED.search(s, 0, p) and "," in s[p:gpos])][-1:]  # (nor past ", which were 'inadequate' two years ago, 'good'")
            # (the last: "were last inspected in October 2023 and judged to require improvement, with care leavers judged good")
            # "Before that, Camden was inspected in 2014 ... It was rated good overall": the inspection the sentence before spoke of
            spoken = [f for f in self.prev_touched if f["type"] == "ilacs" and f.get("_past")] if _IT_WAS_RATED.match(s) else []
            if before and not year \
                    and not re.search(r"\b(?:now|today|this\s+time|latest|newly)\b[^.;]{0,30}$", s[max(0, gpos - 40):gpos], re.IGNORECASE):
                year, target = before[-1]["start"], before[-1]  # (its own date, if any, stands)
            elif spoken and not year:
                year, target = spoken[-1]["start"], spoken[-1]
            elif a is None and not year and default is not None and (default["start"] or "") >= "2018" \
                    and re.search(_OLD_FRAMEWORK_AREAS, s, re.IGNORECASE):
                # adoption's or an LSCB's grade is no ILACS grade (2018 on): the older inspection spoken of
                older = [f for f in self.prev_touched + found if f["type"] == "ilacs" and f.get("_past") and f["start"] and f["start"] < "2018"]
                if older:
                    year, target = older[0]["start"], older[0]
            elif not year and (_PAST_GRADE.search(s[_own_clause(s, gpos, grades):gpos])
                               or _PAST_AFTER.match(s[gpos:gpos + 90])
                               or re.match(r"\W*(?:\w+\s+){1,2}(?:years?|months?)\s+ago\b(?:(?!\bnow\b)[^;])*$", s[:gpos], re.IGNORECASE)  # "Nine years ago ... criticised for being inadequate"
                             or _YEARS_AFTER.search(s[max(0, gpos - 120):gpos])) \
                    and not re.search(r"\bto\s+[‘'\"“]?$", s[max(0, gpos - 6):gpos]) \
                    and not (default is None and not any(f.get("_past") for f in found)
                             and re.search(r"(?<!years\s)(?<!year\s)(?<!months\s)(?<!half\s)\bafter\s+(?:they|it|the\s+\w+)\s+(?:was|were)\s+(?:judged|rated|graded)\s+(?:to\s+be\s+|as\s+)?[‘'\"“]?$",
                                           s[max(0, gpos - 60):gpos], re.IGNORECASE)):  # (not "a year and a half after they were rated")
                # (not "vowed to make improvements after they were judged to be 'Inadequate'" in an article that has named no grade yet: the news)
                pasts = [f for f in found if f.get("_past")]
                target = pasts[-1] if pasts else None
                if target is not None and _EARLIER_STILL.match(s) and target["judgements"] and not any(j["grade"] == g for j in target["judgements"]):
                    target = None  # "At the last inspection in 2017, it required improvement. Previously, it was branded inadequate": one before that
                if default is not None and any(j["grade"] == g and j["area"] == a for j in default["judgements"]) \
                        and not any(j["grade"] == g for f in pasts for j in f["judgements"]):
                    target = default  # "... after they were judged to be 'Inadequate'": the grade just reported, told again
                if target is None:
                    target = self.new("ilacs", sp, None)
                    target["_past"] = True
            if year and target is default and target is not None and not target["start"] and published and year[:4] == published[:4]:
                target["start"] = year  # this year's grade: the inspection reported now
            elif year and not (target and target["start"] and target["start"][:4] == year[:4]):
                target = next((f for f in found if f["type"] == "ilacs" and (f["start"] or "")[:4] == year[:4]), None) or \
                    next((f for f in found if f.get("_past") and (f["start"] or "")[:4] == year[:4]), None) or \
                    _undated_past(found, "ilacs", g)
                if target is None and published and year[:4] < published[:4] and any(f["type"] != "ilacs" and not f.get("_past") for f in found):
                    # "branded inadequate two years ago ... rated inadequate in a report published in June 2022", in an
                    # article about a later visit: the undated grade was this older inspection's
                    target = next((f for f in found if f["type"] == "ilacs" and not f["start"] and f["judgements"]
                                   and all(j["grade"] == g for j in f["judgements"])), None)
                    if target is not None:
                        target["_past"] = True
                if target is not None and not target["start"]:
                    target["start"] = year
                if target is None:
                    target = self.new("ilacs", sp, year)
                    # (this year's grade, with no inspection of now yet, is the one the article reports: "In 2022, Ofsted rated ...")
                    target["_past"] = not (published and year[:4] == published[:4] and default is None
                                           and not any(f["judgements"] and not f.get("_past") for f in found if f is not target))
            if target is None and not year and re.search(r"\b(?:currently|still|remains?)\s+(?:\w+\s+){0,2}$", s[max(0, gpos - 40):gpos], re.IGNORECASE) \
                    and any(f["type"] in ("monitoring_visit", "focused_visit") and not f.get("_past") for f in found):
                # "one of 4 councils currently rated inadequate", in an article about a visit: the standing grade, an earlier inspection's
                target = next((f for f in reversed(found) if f["type"] == "ilacs" and f.get("_past")
                               and any(j["grade"] == g for j in f["judgements"])), None)
            if target is None:
                # (not a year another grade of the sentence names: "judged outstanding, an improvement on the 'good' rating it received in 2014")
                claimed = {y[:4] for p2, y in grade_years.items() if p2 != gpos and y}
                dated = sorted((abs(p - gpos), v) for p, v in dates.absolute + dates.relative if v and v[:4] not in claimed
                               # (nor a date beyond another grade: "rated outstanding, up from the 'good' judgement it received in 2015")
                               and not any(min(p, gpos) < p2 < max(p, gpos) for _g2, _a2, p2 in grades)
                               and not _EARLIER_DATE.search(s[max(0, p - 50):p])
                               and not _GRADE_THEN.search(s[max(0, p - 50):p])  # "rated inadequate in 2016 - now ...": that grade's year
                               and not re.search(r"\bsince\s+$", s[max(0, p - 7):p])  # "for the second time since 2018": not this one's date
                               and not _publication_date(s, p))  # "in a report published last month": when it came out
                start = dated[0][1] if dated else None
                target = default = self.new("ilacs", sp, start)
                # (dated only relatively, unless that date is the report's publication: "a report published on 27 February")
                if not start and (dates.bare_months or any(not _publication_date(s, p) for p, _v in dates.relative)):
                    target["_relative"] = True
            touched.append(target)
            given.append((gpos, target))
            if year and len(year) >= 7 and target is not None and not target["published"] and target.get("_past"):
                target["published"] = year  # "handed the lowest rating in April 2017": the report's month
            if g == "inadequate":
                self.any_inadequate = True
            labels = _old_framework_labels(s, gpos, [p for _g, _a, p in grades]) if a is None else []
            if a is None and not labels and re.search(r"\b(?:all|the)\s+(?:\w+\s+)?other\s+(?:\w+\s+)?areas\b[^.;]{0,40}$", s[max(0, gpos - 70):gpos], re.IGNORECASE):
                labels = ["other areas"]  # "Adoption was judged good, but all other areas were rated as requiring improvement": a judgement of its own
            before_2013 = target is not None and (target["start"] or "9999") < "2013"  # (the framework before the SIF)
            if a in (None, "overall") and not labels and before_2013 \
                    and not re.search(r"\boverall\b", s, re.IGNORECASE) \
                    and re.search(r"\bsafeguarding\b(?:\s+services)?\s+(?:\w+\s+){0,3}$", s[max(0, gpos - 50):gpos], re.IGNORECASE):
                labels = ["safeguarding"]  # "in 2011, safeguarding services were rated inadequate": the framework before 2013 judged safeguarding, no overall
            elif a not in (None, "overall") and before_2013:
                labels = [a.replace("_", " ")]  # "... and its services for looked-after children good" (2011): none of the ILACS areas
            subject = re.match(rf"\W*(?:the\s+)?(?:[\w’'\-]+\s+){{0,3}}?(?P<area>{_OLD_FRAMEWORK_AREAS})\b", s, re.IGNORECASE)
            if a == "overall" and not labels and subject and not re.search(r"\boverall\b", s, re.IGNORECASE) \
                    and not any(p2 < gpos for _g2, _a2, p2 in grades):
                labels = [subject.group("area")]  # "The Local Safeguarding Children Board, which checks ..., was rated inadequate as well"
            for label in labels or [None]:
                _add_judgement(target["judgements"], g, a, sp, label)
            for label in _old_framework_as_well(s, gpos):
                _add_judgement(target["judgements"], g, None, sp, label)
            for y in listed[1:]:  # the same grade at each inspection the list names
                each = next((f for f in found if f["type"] == "ilacs" and (f["start"] or "")[:4] == y), None)
                if each is None:
                    each = self.new("ilacs", sp, y)
                    each["_past"] = True
                _add_judgement(each["judgements"], g, a, sp)
                touched.append(each)
        self.last = default or target
        return touched

    def _publication(self, s: str) -> None:
        """"The findings published on April 28", "the report, published in May": the last inspection spoken of."""
        pm = re.search(rf"\bpublished\s+(?:in\s+(?:a|an|the|its)\s+(?:letter|report)\s+)?(?:on\s+|in\s+|last\s+)?(?P<d>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MON_RE}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+\d{{4}})?|today|yesterday|last\s+month|this\s+month|(?:last\s+)?{WEEKDAY})", s)
        last = self.last
        if pm and (re.search(r"\bletter\s+(?:was\s+)?$", s[max(0, pm.start() - 12):pm.start()], re.IGNORECASE) or "letter" in pm.group()):
            # "In a letter published 1 November 2019": a visit's letter, not a report
            last = next((f for f in reversed(self.found) if f["type"] in ("monitoring_visit", "focused_visit") and not f.get("_past")), last)
        if pm and re.search(r"\b(?:previous|last|prior|earlier|former)\s+(?:\w+\s+){0,3}$", s[max(0, pm.start() - 60):pm.start()], re.IGNORECASE):
            pm = None  # "its previous inspection report published in March 2020": not the report of now
        if pm and last is not None and not last["published"]:
            words = pm.group("d")
            if re.search(r"\blast\s+$", s[:pm.start("d")]) and re.fullmatch(WEEKDAY, words):
                words = "last " + words  # "published last Friday", written on a Friday: the week before
            v = resolve_date(words, self.published)
            x = _spelled_out(s[pm.end():])
            if x:
                v = resolve_date(x, self.published) or v
            if v is None and last.get("start"):
                # no document date, but the inspection's own: a report comes out after its visit
                v = resolve_after(pm.group("d"), last["start"])
            last["published"] = v

    def finish(self) -> list[dict]:
        found = self.found
        _visit_of_the_graded_inspection(found, self.any_inadequate, self.published)
        for f in found:  # a visit named before the inadequate judgement it follows ("the second visit ... last July, inadequate")
            if f.pop("_generic", False) and self.any_inadequate and f["type"] == "focused_visit":
                f["type"] = "monitoring_visit"
        _main_inspection(found, self.spans, self.published)
        for f in found:
            _frameworks_areas(f, self.published)
        _give_kept_grade(found)
        found = _one_of_each_year(found)
        # drop ILACS mentions that carry nothing (no date, no grades) when a graded one exists (not one under way)
        graded = [f for f in found if f["type"] == "ilacs" and f["judgements"]]
        out = [f for f in found if not (f["type"] == "ilacs" and not f["judgements"] and not f["start"] and graded and not f.get("_under_way"))]
        # the order: graded ILACS first, then the rest by date
        out.sort(key=lambda f: (1 if f.get("_past") else 0, 0 if f["judgements"] else 1, f["start"] or ""))
        used: set[str] = set()
        for i, f in enumerate(out):
            f["id"] = _unique(f"{f['type']}-{f['start'] or i + 1}", used)
            f.pop("_relative", None)
        for i, f in enumerate(self.theirs):
            f["id"] = f"{f['type']}-{f['start'] or i + 1}-{f['ons_code']}"
            f["_theirs"] = True
        return out + self.theirs


def _frameworks_areas(f: dict, published: str | None) -> None:
    """Care leavers' grade of "good in every area", now that the inspection's year is known: a judgement of its own
    before 2018 and from 2023 on; between, care leavers were judged with children in care."""
    year = (f["start"] or f.get("published") or ("" if f.get("_past") else published) or "")[:4]
    for j in [j for j in f["judgements"] if j["area"] == CARE_LEAVERS_APART]:
        f["judgements"].remove(j)
        if year and not "2018" <= year < "2023" and not any(x["area"] == "care_leavers" for x in f["judgements"]):
            f["judgements"].append(dict(j, area="care_leavers"))


def _one_of_each_year(found: list[dict]) -> list[dict]:
    """An ILACS the article recalls ("rated outstanding since 2019") and the one it reports, of the same year and
    grades that agree ("the most recent full inspection took place three years ago"), are one inspection."""
    out: list[dict] = []
    for f in found:
        same = next((o for o in out if o["type"] == f["type"] == "ilacs" and o["start"] and o["start"] == f["start"]
                     and bool(o.get("_past")) != bool(f.get("_past")) and _grades_agree(o, f)), None)
        if same is None:
            out.append(f)
            continue
        keep, other = (same, f) if not same.get("_past") else (f, same)
        for j in other["judgements"]:
            if not any(k["area"] == j["area"] and k["grade"] == j["grade"] for k in keep["judgements"]):
                keep["judgements"].append(j)
        keep["inspectors"] += [n for n in other["inspectors"] if n not in keep["inspectors"]]
        keep.setdefault("mentions", []).extend(other.get("mentions", []))
        keep["end"] = keep["end"] or other["end"]
        keep["published"] = keep["published"] or other["published"]
        if keep is f:
            out[out.index(same)] = f
    return out


def _grades_agree(a: dict, b: dict) -> bool:
    grades = {}
    for j in a["judgements"] + b["judgements"]:
        if j["area"] is not None and grades.setdefault(j["area"], j["grade"]) != j["grade"]:
            return False
    return True


def _visit_of_the_graded_inspection(found: list[dict], any_inadequate: bool, published: str | None) -> None:
    """"Inspectors visited X, ..., between 20 and 31 January" in an article that reports a full inspection's
    grades area by area, or its grade and the visit's dates: the visit is that inspection, not a visit of its
    own (after an inadequate grade, an undated visit is more likely a monitoring visit)."""
    graded = [f for f in found if f["type"] == "ilacs" and not f.get("_past") and f["judgements"]]
    if len(graded) != 1:
        return
    g = graded[0]
    by_area = len({j["area"] for j in g["judgements"]}) >= 2
    came_out = g["published"] or published  # (the article's date, when the report's is not given)
    for f in [f for f in found if f.get("_generic") and not f.get("_past") and not f["sequence"]]:
        # (a visit in the months before the report came out: its inspection, inadequate or not)
        # (a visit dated by its year alone may have been in its last months: "their late-2019 visit", a report of January 2020)
        seen = f["start"] if not f["start"] or len(f["start"]) >= 7 else f["start"] + "-12"
        before_report = bool(f["start"] and came_out and f["start"] < came_out and months_between(seen, came_out) <= 4)
        # (neither dated, and no inadequate grade a monitoring visit would follow: "bumped up to 'outstanding' ... The
        # latest visit, which took place between March 11 and 15")
        if not (by_area or f["start"] and not g["start"] and (not any_inadequate or before_report)
                or not f["start"] and not g["start"] and not any_inadequate):
            continue
        if g["start"] and f["start"] and g["start"][:7] != f["start"][:7]:
            continue
        g["start"], g["end"] = g["start"] or f["start"], g["end"] or f["end"]
        g.setdefault("mentions", []).extend(m for m in f.get("mentions", []) if m not in g["mentions"])
        found.remove(f)


_SAME_GRADE_FOR = re.compile(r"\bthe\s+same\s+(?:grade|rating|judgement)\s+for\s+", re.IGNORECASE)


def _same_grade_within(s: str, grades: list) -> list:
    """"graded requires improvement overall, with the same grade for help and protection and for
    leadership": the grade named before, for the areas listed after "the same grade for"."""
    m = _SAME_GRADE_FOR.search(s)
    before = [g for g in grades if g[2] < m.start()] if m else []
    if not before:
        return []
    grade = before[-1][0]
    rest = re.split(r",?\s+(?:while|whilst|whereas|but|although)\b|;", s[m.end():])[0]
    named = [aid for aid, _ in sorted(_area_matches(rest, listed=True), key=lambda x: x[1].start()) if aid not in (None, "overall")]
    have = {(g, a) for g, a, _ in grades}
    return [(grade, a, m.start()) for a in dict.fromkeys(named) if (grade, a) not in have]


def _unique(ident: str, used: set[str]) -> str:
    """`ident`, or with a count after it where two inspections of one type and date were told apart."""
    n, out = 1, ident
    while out in used:
        n += 1
        out = f"{ident}-{n}"
    used.add(out)
    return out


_SAME_AS_BEFORE = re.compile(r"\b(?:the\s+)?same\s+(?:rating|grades?|judgements?|verdict|outcome)s?\s+as\s+(?:it\s+(?:received|got|had)\b|"
                             r"(?:its|the|their)\s+(?:previous|last|prior|earlier)\b)|"
                             # "the same grade it received at its last full inspection in 2019"
                             r"\b(?P<one>the\s+same\s+(?:overall\s+)?(?:rating|grade|judgement)\s+(?:that\s+)?(?:it|they|the\s+council)\s+(?:had\s+)?(?:received|got|was\s+given|achieved)\s+"
                             r"(?:at|in|after|following)\s+(?:its|the|their)\s+(?:previous|last|prior|earlier)\b)", re.IGNORECASE)


_SAME_GRADE_IN = re.compile(r"\bthe\s+same\s+(?:overall\s+)?(?:grade|rating|judgement)\s+(?:(?:as\s+|that\s+)?(?:it|they|the\s+(?:council|service|services|authority))\s+"
                            r"(?:had\s+)?(?:received|got|was\s+given|were\s+given|achieved|had|gained)\s+)?in\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def _same_as_before(s: str, touched: list[dict]) -> None:
    """"..., the same rating as its previous inspection": the older inspection the sentence names had the grades it gives now."""
    same = _SAME_AS_BEFORE.search(s)
    if not same:
        return
    now = next((f for f in touched if f["judgements"] and not f.get("_past")), None)
    # "the same rating as its previous inspection" is all it was given; "(remains good overall,) the same grade it
    # received at its last inspection" the overall grade
    every = not same.group("one")
    for f in touched:
        if now is not None and f is not now and f.get("_past") and not f["judgements"]:
            f["judgements"] = [dict(j) for j in now["judgements"] if every or j["area"] == "overall"] or [dict(j) for j in now["judgements"]]


_FROM_GRADE_TO = re.compile(rf"\bfrom\s+{_GRADE_WORD}\s+to\s+[‘'\"“]?$", re.IGNORECASE)


# a grade held from the inspection before: "has held on to its 'good' rating", "retained its outstanding judgement"
_KEPT = re.compile(r"\b(?:held\s+on\s+to|holds?\s+on\s+to|hung\s+on\s+to|retain(?:s|ed|ing)?|kept|keeps|keeping|maintain(?:s|ed|ing)?)\s+"
                   r"(?:its|their)\s+(?:[‘'\"“]?\w+[’'\"”]?\s+)?(?:overall\s+)?(?:rating|grade|judgement|status)\b", re.IGNORECASE)


def _note_kept_grade(s: str, touched: list[dict]) -> None:
    """"has held on to its 'good' rating": the grade reported now was the previous inspection's too, given it (at the
    article's end, `_give_kept_grade`) when the article names that inspection without grading it."""
    if _KEPT.search(s):
        for f in touched:
            if not f.get("_past") and f["judgements"]:
                f["_kept"] = [dict(j) for j in f["judgements"] if j["area"] == "overall"]


def _give_kept_grade(found: list[dict]) -> None:
    kept = [f for f in found if f.get("_kept")]
    earlier = [f for f in found if f["type"] == "ilacs" and f.get("_past") and not f["judgements"]]
    if len(kept) == 1 and len(earlier) == 1:
        earlier[0]["judgements"] = kept[0]["_kept"]


_CLAUSE_SEP = re.compile(r";|,?\s+(?:but|while|whilst|whereas|and)\s+|,\s+")


def _old_framework_labels(s: str, gpos: int, positions: list[int]) -> list[str]:
    """The areas of the old framework (adoption, the LSCB) a grade at `gpos` is given for: those in
    its own clause when the sentence gives other grades ("Adoption performance was judged good, but all
    other areas ... requiring improvement": adoption is good only), else near it ("Services for
    children looked after, and adoption, were found to require improvement, as was the work of the
    Safeguarding Children Board": both)."""
    lo, hi = max(0, gpos - 80), gpos + 160
    prev = [p for p in positions if p < gpos]
    if prev:  # from the first break after the grade before
        sep = _CLAUSE_SEP.search(s, max(prev), gpos)
        lo = max(lo, sep.start() if sep else gpos)
    nxt = [p for p in positions if p > gpos]
    if nxt:  # to the first break after this grade
        sep = _CLAUSE_SEP.search(s, gpos, min(nxt))
        hi = min(hi, sep.start() if sep else min(nxt))
    labels, last_end = [], None
    for m in re.finditer(_OLD_FRAMEWORK_AREAS, s[lo:hi], re.IGNORECASE):
        if labels and re.fullmatch(r"\s*(?:,|and|&)\s*", s[lo + last_end:lo + m.start()]):
            labels[-1] += s[lo + last_end:lo + m.end()]  # "adoption and fostering services": one service graded
        else:
            labels.append(m.group())
        last_end = m.end()
    return list(dict.fromkeys(labels))


def _old_framework_as_well(s: str, gpos: int) -> list[str]:
    """An area of the old framework given the same grade right after it: "Services for looked-after children
    were rated good, as was adoption performance"."""
    g = re.match(_GRADE_WORD, s[gpos:], re.IGNORECASE)
    m = _AS_WERE.match(s, gpos + g.end()) if g else None
    area = re.match(_OLD_FRAMEWORK_AREAS, s[m.end():], re.IGNORECASE) if m else None
    return [area.group()] if area else []


def _add_judgement(js: list[dict], grade: str, area: str | None, sp: Span, label: str | None = None) -> None:
    """Adds a grade to an inspection's judgements. `label`: the area of the old framework the grade
    is for (adoption, the LSCB), which has no ILACS area; kept beside the same grade of an ILACS area."""
    same_grade = [x for x in js if x["grade"] == grade]
    if label is not None:
        if not any(x.get("label") and x["label"].lower() == label.lower() for x in same_grade):
            js.append({"area": None, "grade": grade, "span": [sp.start, sp.end], "label": label})
        return
    if any(x["area"] == area and not x.get("label") for x in same_grade):
        return
    if area is None and same_grade:
        return  # "inadequate in four of five areas, including overall": one judgement
    none = next((x for x in same_grade if x["area"] is None and not x.get("label")), None)
    if none is not None:
        none["area"] = area
        return
    js.append({"area": area, "grade": grade, "span": [sp.start, sp.end]})


def _type_mentions(s: str) -> list[tuple[int, str, re.Match]]:
    """Where the sentence names an inspection or visit, and of what type, in order; a mention owns the
    dates up to the next one ("the last inspection, or the focused visit in June 2022"), and one inside
    a longer mention ("inspection" in "focused visit inspection") is not a mention of its own."""
    kinds = []
    for kind, rx in _TYPE_PATTERNS:
        for m in re.finditer(rf"\b(?:{rx})\b", s, re.IGNORECASE):
            if kind == "ilacs" and re.match(r"inspection", m.group(), re.IGNORECASE) and re.search(r"(?:monitoring|targeted\s+area)\s+$", s[:m.start()], re.IGNORECASE):
                continue
            if kind == "ilacs" and re.match(r"\s+(?:handbook|framework|regime|system|methodology|criteria|cycle|programme|toolkit)s?\b", s[m.end():], re.IGNORECASE):
                continue  # "Ofsted's revised inspection handbook will apply from January": the rules, not an inspection
            if kind == "visit" and re.search(r"\binspection\s+$", s[:m.start()], re.IGNORECASE):
                continue  # "their full inspection visit in February": the inspection's own visit
            kinds.append((m.start(), kind, m))
    kinds.sort()
    return [k for k in kinds if not (k[1] in ("visit", "ilacs") and any(o is not k and o[1] not in ("visit", "ilacs")
            and o[2].start() <= k[2].start() < o[2].end() or o is not k and o[2].start() <= k[2].start() and k[2].end() <= o[2].end() and o[2].end() - o[2].start() > k[2].end() - k[2].start() for o in kinds))]


def _the_previous(s: str, at: int, words: str, absolute: list[tuple[int, str]]) -> str | None:
    """"a focused visit in March 2022, and a joint inspection the previous October": the October before the
    date just named, not before the article's."""
    if not (re.match(rf"previous\s+{_MON_RE}$", words, re.IGNORECASE) and re.search(r"\bthe\s+$", s[max(0, at - 4):at])):
        return None
    before = [v for p, v in sorted(absolute) if p < at and v]
    return resolve_date(words, before[-1]) if before else None


_SEASON_AFTER = re.compile(r"\bthe\s+(?P<rel>following|next|previous|preceding)\s+(?:spring|summer|autumn|winter|year)\b", re.IGNORECASE)


def _the_season_after(s: str, absolute: list[tuple[int, str]], last_year: int | None, relative: list) -> list:
    """"rated requires improvement in 2018; a focused visit followed the next spring": the year after the one just
    named (in the sentence, else the sentence before), not after the article's."""
    for m in _SEASON_AFTER.finditer(s):
        before = [int(v[:4]) for p, v in sorted(absolute) if p < m.start() and v]
        base = before[-1] if before else last_year
        if base:
            step = 1 if m.group("rel").lower() in ("following", "next") else -1
            relative = [(p, v) for p, v in relative if not m.start() <= p < m.end()] + [(m.start(), str(base + step))]
    return relative


def _passed_over(s: str, kind: str, m: re.Match, future: bool) -> str | None:
    """Why a mention is not of a council inspection that happened: a minister's or a home visit ("skip"),
    another body's inspection ("other_body"), one still to come ("skip"); None when it is."""
    near = s[max(0, m.start() - 40):m.end() + 40]
    if kind == "visit" and re.search(r"\b(?:minister|secretary|MP|prince|princess|king|queen|royal|president|mayor|chancellor|"
                                     r"prime\s+minister|home\s+visits?|visits?\s+to\s+(?:the\s+)?(?:school|home|family))\b", near, re.IGNORECASE):
        return "skip"
    if kind == "ilacs" and re.search(r"\b(?:police|HMICFRS|constabulary|CQC|care\s+quality|school|schools|nursery|hospital|care\s+home|"
                                     r"children[’']?s\s+home|prison|fire|probation|SEND|special\s+educational|youth\s+justice|academy)\b[^.;]{0,25}$",
                                     s[max(0, m.start() - 40):m.start()], re.IGNORECASE):
        return "other_body"
    if re.match(r"s?\s+(?:do\s+not|don[’']t|never|cannot|can[’']t)\s+(?:give|result\s+in|lead\s+to|produce|award|carry|issue)\b", s[m.end():], re.IGNORECASE):
        return "skip"  # "Joint inspections do not give grades": what such inspections are, none of them
    if kind == "ilacs" and re.match(r"\s+(?:framework|regime)\b", s[m.end():], re.IGNORECASE):
        return "skip"  # "since the new inspection framework started in November 2013": the framework, no inspection
    if future and re.search(r"\b(?:bracing|preparing|expect\w*|will|ahead\s+of|awaiting|due\s+to|set\s+to|upcoming|forthcoming|next)\b[^.]{0,60}$", s[:m.start()], re.IGNORECASE):
        return "skip"
    if future and re.match(r"s?\s+(?:is|are)\s+(?:now\s+|not\s+)?(?:expected|due|planned|scheduled|set|likely)\b|s?\s+will\s+(?:take\s+place|be\s+(?:carried\s+out|held))\b",
                           s[m.end():], re.IGNORECASE):
        return "skip"  # "A full reinspection is expected next year": one still to come
    return None


# special measures in a year: "placed in 'special measures' by Ofsted in 2014"
_SPECIAL_MEASURES_IN = re.compile(r"\b(?:placed|put)\s+(?:in|into|under)\s+[‘'\"“]?special\s+measures[’'\"”]?\s+(?:by\s+(?:Ofsted|inspectors|the\s+\w+)\s+)?"
                                  r"in\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
# earlier inspections listed by their years: "the last inspections of child protection services ... in 2012 and 2011"
_INSPECTIONS_LISTED = re.compile(r"\b(?:last|previous|earlier|prior)\s+(?:full\s+|two\s+)?inspections\b[^.;]{0,140}?\bin\s+"
                                 r"(?P<years>(?:19|20)\d\d(?:\s*(?:,|and)\s*(?:19|20)\d\d)+)\b", re.IGNORECASE)
# visits the sentence lists by their months: "The earlier visits, in September and December last year"
_VISITS_LISTED = re.compile(r"\b(?:earlier|previous|prior|two|both|three|first\s+two|other)\s+(?:(?:monitoring|focused)\s+)?visits,?\s+(?:in|were\s+in|took\s+place\s+in)\s+", re.IGNORECASE)
_PUBLISHED_ASIDE = re.compile(r",\s+(?:published|released|issued|out)\s+[^,;:]{1,40},")  # "The inspection report, published last Friday, followed ..."
# a name and what it is, between a visit and its dates: "visited X, the company that runs its services, between ..."
_APPOSITIVE = re.compile(r"^\s+[^,;:]{1,60},\s+(?:the|a|an|which|who)\b[^,;:]{0,120},\s+$")
# "The last of these, in February, ...", "The most recent, in October 2024, ...": one of the visits just counted
_THE_LAST = re.compile(r"^(?:The|Its|Their)\s+(?:last|latest|most\s+recent|final)\b(?:\s+of\s+(?:these|them|those|the\s+(?:[\w’']+\s+){0,3}visits))?"
                       r"(?:\s+(?:visit|one))?,?\s+(?:(?:which\s+)?(?:took\s+place|was|came)\s+)?", re.IGNORECASE)
_THE_LAST_WITHIN = re.compile(r",\s+(?:the|its|their)\s+(?:last|latest|most\s+recent|final)\s+(?:of\s+(?:these|them|those|which)\s+)?(?:(?:visit|one)\s+)?"
                              r"(?:(?:which\s+)?(?:took\s+place|was|came)\s+)?", re.IGNORECASE)
# a clause set in commas between a mention and its date: "The inspection, which rated services good, took place between ..."
_WHICH_CLAUSE = re.compile(r",\s+(?:which|that)\s+[^,;.]{1,80},")
_TOOK_PLACE = re.compile(r"\b(?:took\s+place|was\s+(?:carried\s+out|held|conducted|undertaken))\s+(?:in\s+|on\s+|during\s+|between\s+)?$", re.IGNORECASE)
_PUBLISHED_ON = re.compile(r"\b(?:published|released|issued|dated)\s+(?:in\s+|on\s+|earlier\s+|later\s+|early\s+|late\s+)?$", re.IGNORECASE)


def _publication_date(s: str, p: int) -> bool:
    """Whether the date at s[p] is when a report came out ("a report published on 27 February")."""
    return bool(_PUBLISHED_ON.search(s[max(0, p - 26):p]))


def _set_end(target: dict, start: str | None, ended: str | None, dates: "_SentenceDates") -> None:
    """The inspection's last day, where the mention gives one: the end of the range it starts
    ("between 15 and 26 April") or the day it "ended on"; a known end stands."""
    if start and start in dates.ends and target["start"] == start and not target["end"]:
        target["end"] = dates.ends[start]
    if ended and not target["end"]:
        target["end"] = ended


_ENDED = re.compile(r"\b(?:ended|finished|concluded|closed)\s+(?:on\s+)?$", re.IGNORECASE)


# a sentence that opens on its date: "Between Wednesday, 9 January 2019 and Thursday, 10 January 2019 Ofsted conducted a focused visit"
_OPENS_ON = re.compile(rf"\W*(?:between|on|from|in|during)\s+(?:{WEEKDAY},?\s+)?", re.IGNORECASE)


def _mention_date(s: str, m: re.Match, kinds: list, dates: _SentenceDates) -> tuple[str | None, bool, int]:
    """The mention's date: the nearest after it (within 75 characters), else just before it, not past
    another mention, a "since" or a verdict; whether it is relative ("last May") or missing with a
    relative date about; and where it is written (-1 when there is none)."""
    abs_dates, rel = dates.absolute, dates.relative
    # (a date further before when the sentence opens on it: "In 2012, the borough's safeguarding services had been rated adequate")
    cands = [(abs(p - m.end()), p, v) for p, v in abs_dates + rel + dates.bare_months if (-60 < p - m.end() or p <= 3 or _OPENS_ON.fullmatch(s[:p])) and p - m.end() < 75
             and ";" not in s[min(p, m.end()):max(p, m.end())]
             and not any(o[2] is not m and min(p, m.end()) <= o[2].start() < max(p, m.start()) for o in kinds)
             and not (p > m.end() and re.search(r"\b(?:since|judged|rated|graded|deemed)\b", _WHICH_CLAUSE.sub(" ", s[m.end():p]), re.IGNORECASE))
             and not re.search(r"\bsince\s+$", s[max(0, p - 7):p], re.IGNORECASE) and not re.match(r"since\b", s[p:], re.IGNORECASE)
             # (nor where a change starts: 'have "substantially improved" from 2019, according to the latest Ofsted report')
             and not re.search(r"\b(?:improved|improving|progressed|changed|risen|fallen|moved)[\"”’']?\s+(?:\w+\s+)?from\s+$", s[max(0, p - 40):p], re.IGNORECASE)
             and not _IDENTIFIED_THEN.search(s[max(0, p - 50):p])
             and not _FRAMEWORK_DATE.search(s[max(0, p - 60):p])
             # (not a date of the clause before: "had been excluded in the previous year, and inspectors said ...")
             # ("In 2022 Ofsted said it required improvement and inspectors said in their latest report ...")
             and not (p < m.start() and re.search(r",\s+(?:and|but|while|whilst)\s|\s(?:and|but)\s+(?:inspectors|ofsted|the\s+(?:report|watchdog|inspectorate))\b",
                                                  s[p:m.end()], re.IGNORECASE))
             # (nor of an aside before it: "Next door in Sandwell, where services moved into a trust in 2018, a monitoring visit")
             and not (p < m.start() and re.search(r",\s+(?:where|which|who|whose)\b[^,;]*$", s[:p]) and "," in s[p:m.start()])
             and not _publication_date(s, p)]
    if not cands and re.search(r"\b(?:following|after|during|at)\s+(?:a|an|the|its|their)\s+(?:\w+\s+)?$", s[max(0, m.start() - 30):m.start()], re.IGNORECASE):
        # "was warned in April 2018 that caseloads were too high following a focused visit": the warning's date is the visit's
        cands = [(m.start() - p, p, v) for p, v in abs_dates if -110 < p - m.start() < 0 and ";" not in s[p:m.start()]
                 and not any(o[2] is not m and p <= o[2].start() < m.start() for o in kinds)]
    if not cands:  # "a focused visit of the council's response to referrals ... between 9 and 10 January 2019": further on, in the same clause
        cands = [(p - m.end(), p, v) for p, v in abs_dates if 75 <= p - m.end() < 170
                 and (re.search(r"\b(?:between|on)\s+$", s[max(0, p - 9):p]) or re.match(r"(?:between|from)\s", s[p:])
                      # "... conducted a focused visit looking at ... for older children in November 2024.": the date the sentence ends on
                      or re.search(r"\bin\s+$", s[max(0, p - 4):p]) and re.fullmatch(r"[\w\s,]{0,20}?[.!]?\s*", s[p:]))
                 and not re.search(r"[,;:]|\b(?:since|but|and\s+(?:was|were|is|has))\b", _PUBLISHED_ASIDE.sub(" ", _APPOSITIVE.sub(" ", s[m.end():p])))
                 and not any(o[2] is not m and m.end() <= o[2].start() < p for o in kinds)]
    if not cands and m.start() < 40:
        # the sentence's subject, however long what stands between: "The joint targeted area inspection (JTAI), carried
        # out by Ofsted, the CQC, ... and HM Inspectorate of Probation, took place in September"
        cands = [(p - m.end(), p, v) for p, v in abs_dates + rel if v and 0 < p - m.end() < 260 and _TOOK_PLACE.search(s[max(0, p - 30):p])
                 and ";" not in s[m.end():p] and not any(o[2] is not m and m.end() <= o[2].start() < p for o in kinds)]
    if cands:
        _, p0, start = min(cands, key=lambda c: (c[0], c[1]))
        return start, not any(p == p0 for p, _ in abs_dates), p0
    relative = bool(_RELATIVE.search(s) and not abs_dates and not (rel and all(
        re.search(r"\bsince\b", s[min(p, m.end()):max(p, m.end())]) or _publication_date(s, p) for p, _ in rel)))
    # (not "since they last visited five years ago": another inspection's date; nor "a report published on 27 February")
    return None, relative, -1


_PUBLISHED_NOW = re.compile(r"\b(?:published|released|issued|revealed|out|unveiled|made\s+public)\s+"
                            # "published its report into St Helens Borough Council on Friday"
                            r"(?:(?:its|the|their|a)\s+(?:[\w\-]+\s+){0,3}?(?:report|letter|findings|judgement)\s+(?:(?:into|on|about|of)\s+[^,.;]{1,60}?\s+)?)?(?:on\s+)?(?P<d>today|yesterday|this\s+(?:week|month|morning)|last\s+week|"
                            rf"(?:on\s+|last\s+)?{WEEKDAY})\b|\b(?P<d2>today)\s+(?:published|released|revealed)\b|"
                            # "On Thursday, Ofsted agreed with them": the day the verdict came out
                            rf"^(?:On|Last)\s+(?P<d3>{WEEKDAY}),?\s+(?:the\s+)?(?:Ofsted|watchdog|inspectorates?|inspectors)\b(?!\s+(?:will|is\s+due|are\s+due))",
                            re.IGNORECASE)


def _spelled_out(rest: str) -> str | None:
    """The full date in brackets right after a relative one: "published today (Friday, 19 February 2016)"."""
    paren = re.match(rf"\s*\((?:{WEEKDAY},?\s+)?"
                     rf"(?P<x>\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON_RE}\s+\d{{4}}|{_MON_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})\)", rest)
    return paren.group("x") if paren else None


def _main_inspection(found: list[dict], spans: list[Span], published: str | None) -> None:
    """The inspection the article reports (not one it recalls): its publication date is the
    day the text says the report came out ("published today", "released this week"), else
    the article's own date; reported without grades or a type ("inspectors scrutinised the
    service"), its type is not known ("other")."""
    current = [f for f in found if not f.get("_past")]
    if not current:
        return
    main = next((f for f in current if f["judgements"]), None) or current[0]
    # a graded inspection of an earlier year beside a visit of the last few months ("rated inadequate last year ...
    # Ofsted carried out its fifth monitoring visit on 12 and 13 June"): the visit is what the article reports
    recent = [f for f in current if f["type"] in ("monitoring_visit", "focused_visit", "jtai") and f["start"] and len(f["start"]) >= 7
              and published and f["start"] <= published and months_between(f["start"], published) <= 3]
    if recent and main["type"] == "ilacs" and main["start"] and published and main["start"][:4] < published[:4]:
        main = recent[-1]
    elif recent and main["type"] == "ilacs" and recent[-1]["type"] == "monitoring_visit" \
            and any(j["grade"] == "inadequate" and j["area"] == "overall" for j in main["judgements"]) \
            and (main["start"] or "")[:7] < recent[-1]["start"][:7]:
        # "rated inadequate earlier this year ... Inspectors returned for the fourth monitoring visit on October 12 and 13":
        # monitoring visits follow an inadequate judgement, so the visit is what the article reports
        main["_past"] = True
        main = recent[-1]
    under_way = None if main["judgements"] else next((sp for sp in spans if _under_way(sp.text)), None)
    if under_way is not None and not any(_PUBLISHED_NOW.search(sp.text) and not _under_way(sp.text) for sp in spans):
        # "Inspectors arrived at the council today to begin a full inspection": under way, so not yet published, and a
        # full inspection (visits are called visits)
        when = _BEGAN_WHEN.search(under_way.text)
        main["start"] = main["start"] or (resolve_date(when.group("d"), published) if when else None) \
            or (published[:7] if published and _THIS_WEEK.search(under_way.text) else None)
        main["published"] = None
        main["_under_way"] = True
    elif not main["published"]:
        for sp in spans:
            m = _PUBLISHED_NOW.search(sp.text)
            if m:
                words = m.group("d") or m.group("d2") or m.group("d3")
                main["published"] = resolve_date(re.sub(r"^on\s+", "", words), published)
                # "published today (Friday, 19 February 2016)": the date the text spells out
                x = _spelled_out(sp.text[m.end():])
                if x:
                    main["published"] = resolve_date(x, published) or main["published"]
                break
        main["published"] = main["published"] or published
    visits = [f for f in current if f["type"] in ("monitoring_visit", "focused_visit", "jtai")]
    for f in current:
        if f["type"] == "ilacs" and not f["judgements"] and not any(g["judgements"] for g in current):
            if visits and f["start"] and visits[0]["start"] and f["start"][:4] < visits[0]["start"][:4]:
                continue  # "Following Ofsted's inspection in September 2018, the fifth monitoring visit ...": the inspection visits follow
            if visits and f is not visits[0] and not (f["start"] and visits[0]["start"] and f["start"][:4] != visits[0]["start"][:4]) \
                    and not (f["start"] and any([sp.start, sp.end] in f.get("mentions", [f["span"]]) and _FULL.search(sp.text) for sp in spans)):
                # (not a dated one a sentence calls a full inspection: "an improvement from the February 2016 full Ofsted inspection")
                # "inspectors found ...", in an article about a visit (or a joint inspection): the visit itself
                v = visits[0]
                v["start"], v["end"] = v["start"] or f["start"], v["end"] or f["end"]
                v["published"] = v["published"] or f["published"]
                found.remove(f)
            elif not (f is main and (_named_full(spans) or f.get("_under_way"))):
                f["type"] = "other"


# the lead-in to a list of the areas a grade was given in: "Services were rated outstanding in key areas including:"
_AREAS_LIST_OPENER = re.compile(r"\b(?:areas?|categories|judgements)\s+(?:including|includ\w+|as\s+follows|below)?\s*:\s*$|"
                                r"\b(?:in|for)\s+the\s+following(?:\s+\w+){0,2}\s*:\s*$", re.IGNORECASE)


# An inspection going on as the article is written: "Inspectors arrived ... today to begin", "is carrying out a full
# re-inspection", "the inspection, which started on Monday, will last three weeks"
_UNDER_WAY = re.compile(r"\b(?:under\s*way|underway|(?:is|are)\s+(?:currently\s+|now\s+)?(?:carrying\s+out|conducting|undertaking)\s+(?:an?\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:re-?)?inspection|"
                        r"(?:inspectors|ofsted)\s+(?:are|is|will\s+be|(?:has|have)\s+been)\s+(?:currently\s+|now\s+)?(?:in|at|on\s+site|visiting|inspecting|examining|looking\s+at)\b|"
                        r"(?:ofsted|inspectors)\s+(?:has|have)\s+(?:launched|begun|started)\s+(?:an?\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:re-?)?inspection|"
                        r"(?:inspection|inspectors|ofsted),?\s+(?:[\w’'\-]+,?\s+){0,8}?(?:begins|begin|starts|start|arrive|arrives|descend|descends|is\s+taking\s+place|takes\s+place)\b|"
                        r"(?P<past>(?:inspectors|ofsted|inspection),?\s+(?:[\w’'\-]+,?\s+){0,8}?(?:arrived|began|begun|started|has\s+started|have\s+started)\b|"
                        r"(?:arrived|arrive|began|begin|started)\s+(?:\w+\s+){0,6}?(?:to\s+)?(?:begin|start|carry\s+out|conduct)?\s*(?:an?\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:re-?)?inspection)|"
                        r"(?:inspection|inspectors)\s+(?:[\w’'\-]+,?\s+){0,8}?will\s+(?:last|take|be\s+(?:in|on\s+site))\b)", re.IGNORECASE)
# ... said as now: "today", "this week", "currently", "will last", "on Monday" (not "Inspectors arrived in March and found")
_GOING_ON = re.compile(rf"\b(?:today|yesterday|this\s+(?:week|morning|month)|currently|will|under\s*way|underway|(?:is|are)\s+(?:carrying\s+out|conducting|undertaking)|{WEEKDAY})\b", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\bthis\s+(?:week|month)\b", re.IGNORECASE)
_BEGAN_WHEN = re.compile(rf"\b(?:on\s+)?(?P<d>today|yesterday|this\s+morning|(?:last\s+)?{WEEKDAY}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON_RE}(?:\s+\d{{4}})?|{_MON_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)\b")
# the inspection by its name, not one recalled: "a full inspection", "the re-inspection", "its ILACS inspection"
_FULL = re.compile(r"(?<!last\s)(?<!previous\s)(?<!prior\s)(?<!earlier\s)\b(?:full|standard|short|graded)\s+(?:Ofsted\s+)?(?:re-?)?inspection\b|"
                   r"(?<!last\s)(?<!previous\s)\bre-?inspection\b|\bILACS\b|"
                   # "Ofsted concluded its inspection of the council's children's services": the whole service, so a full inspection
                   r"(?<!last\s)(?<!previous\s)\binspection\s+of\s+(?:the\s+council[’']s\s+|its\s+|their\s+|(?-i:[A-Z])[\w’']+(?:\s+(?-i:[A-Z])[\w’']+){0,3}[’']s\s+)?"
                   r"children[’']s\s+(?:social\s+care\s+)?services\b", re.IGNORECASE)


def _under_way(s: str) -> bool:
    m = _UNDER_WAY.search(re.sub(r",\s+(?:which|who)\b[^,;.]{0,80},", "", s))  # (past "..., which is expected to last three weeks,")
    return bool(m) and (not m.group("past") or bool(_GOING_ON.search(s)))


def _named_full(spans: list[Span]) -> bool:
    return any(_FULL.search(sp.text) for sp in spans)


def assign_inspectors(inspections: list[dict], people: list[Person]) -> None:
    """Each inspector goes to the inspection the sentence naming them speaks of ("December's
    inspection led by A"), else to the one the article last spoke of before naming them, else
    to the latest one it speaks of."""
    if not inspections:
        return
    # (not one it recalls as past, nor another council's)
    reported = [f for f in inspections if not f.get("_past") and not f.get("_theirs")] or inspections
    graded = max((f["start"] for f in reported if f["judgements"] and f["start"]), default=None)
    for p in people:
        roles = [r for r in p.roles if r.organisation == "Ofsted" and re.search(r"inspector|\bHMI\b", r.title, re.IGNORECASE)]
        if not roles:
            continue
        spans = [r.span for r in roles] + [p.span]
        named = [f for f in inspections if any(sp and list(sp) in f.get("mentions", []) for sp in spans)]
        at = min(sp[0] for sp in spans if sp)
        before = [(max(m[0] for m in f.get("mentions", []) if m[0] <= at), f) for f in reported if any(m[0] <= at for m in f.get("mentions", []))
                  and not (graded and f["start"] and f["start"] < graded[:len(f["start"])])]  # (not a visit before the graded inspection)
        # (not an earlier one the sentence also names, when the article reports one of now: "HMI A and B found 19 children
        # waiting, down from 140 when the council was inspected last year")
        named = [f for f in named if not f.get("_past")] or ([] if any(not f.get("_past") for f in inspections) else named)
        if named:
            target = named[0]
        elif before:
            target = max(before, key=lambda x: x[0])[1]
        else:
            target = max(reported, key=lambda f: (f["start"] or "9999", f["type"] != "ilacs"))
        if p.name not in target["inspectors"]:
            target["inspectors"].append(p.name)


def current_inspection(inspections: list[dict]) -> str | None:
    """The inspection the article reports: the latest of those it does not recall as past ("the third
    visit since the trust was judged inadequate in 2022" reports the visit, however undated) nor
    another council's."""
    ours = [f for f in inspections if not f.get("_theirs")] or inspections
    if not ours:
        return None
    latest = max([f for f in ours if not f.get("_past")] or ours, key=lambda f: (f["start"] or "", bool(f["type"] != "ilacs")))
    return latest["id"]


def public(inspection: dict) -> dict:
    """An inspection as the digest states it, without the reading's own marks (`_past`, `_theirs`)."""
    return {k: v for k, v in inspection.items() if not k.startswith("_")}


# a grade as reported, with its verb ("rated as 'good'"): what a sentence says beyond it is judged apart
GRADE_PHRASE = re.compile(rf"\b(?:{_RATED}\s+(?:as\s+)?)?[‘'\"“]?(?:{'|'.join(p for _g, p in _GRADE_WORDS)})[’'\"”]?", re.IGNORECASE)
