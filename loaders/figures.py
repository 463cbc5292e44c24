"""Figures: numbers the document states about a council's services.

    £112 million – net budget                 (a fact box line: value – measure)
    Children in care: 1,200                   (measure: value)
    The council will invest £3.5m in ...      (money in the reporter's prose)
    ... 42 per cent of children ...           (a share in the reporter's prose)

extract_figures(text, spans) -> [Figure] (loaders/digest.py)
figure_lines(text, spans) -> the spans that are fact-box lines (not prose to find findings in).
Dates, years, ages and times of day are not figures. Numbers inside quotes are ("“We announced a £5m
investment programme”", "“we have recruited 45 social workers”": what an officer says of the service).
"""
from __future__ import annotations

import re

from loaders.digest import Figure
from loaders.lexicon import MONTH_ABBR, NUMBER_TEENS, NUMBER_TENS, NUMBER_WORDS
from loaders.text import Span

_NUM = r"(?:[£$€]\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:[£$€]\s?)?\d+(?:\.\d+)?"
_SCALE = r"(?:\s?(?:million|m|bn|billion|k|thousand)\b)?"
_PCT = r"(?:\s?(?:%|per\s?cent\b|percent\b))?"
_QUAL = r"(?:\s*\((?:circa|approx\.?|approximately|about|est\.?|estimated)\))?"
_VALUE = rf"(?P<value>(?:{_NUM}){_SCALE}{_PCT}){_QUAL}"
_DASH = r"\s*[–—\-:]\s+"
_BOX_VM = re.compile(rf"^(?:(?:circa|about|around|approx\.?|almost|over|more\s+than|nearly)\s+)?{_VALUE}{_DASH}(?P<measure>[A-Za-z£].{{2,120}})$", re.IGNORECASE)
_BOX_MV = re.compile(rf"^(?P<measure>[A-Z][A-Za-z’'()/ ,\-]{{2,80}}?)\s*[:–—]\s*(?:circa\s+|about\s+|around\s+)?{_VALUE}\.?$")
_MONEY = re.compile(rf"(?P<value>[£$€]\s?\d[\d,]*(?:\.\d+)?{_SCALE})")
# (?<!\d): the same matches (one never starts inside a run of digits whose first digit starts
# none: a match ends in "%" or "cent", not in a digit), without trying every digit of a long run
# again (a run of 20,000 digits in a fuzzed document took 28 s)
_SHARE = re.compile(r"(?<!\d)(?P<value>\d+(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b))", re.IGNORECASE)
# a share in words: "Twenty per cent of young care leavers", "fifty-five percent"
_WORD_SHARE = re.compile(r"\b(?P<tens>" + "|".join(NUMBER_TENS) + r")(?:[\s\-](?P<unit>" + "|".join(NUMBER_WORDS[:9]) + r"))?"
                         r"|(?P<small>" + "|".join(NUMBER_WORDS + NUMBER_TEENS) + r")(?=\s?(?:per\s?cent|percent)\b)", re.IGNORECASE)
_WORD_SHARE_AFTER = re.compile(r"\s?(?:per\s?cent|percent)\b", re.IGNORECASE)


def _word_share(m: re.Match) -> str:
    if m.group("small"):
        w = m.group("small").lower()
        n = NUMBER_WORDS.index(w) + 1 if w in NUMBER_WORDS else NUMBER_TEENS.index(w) + 13
    else:
        n = (NUMBER_TENS.index(m.group("tens").lower()) + 2) * 10 + (NUMBER_WORDS.index(m.group("unit").lower()) + 1 if m.group("unit") else 0)
    return f"{n}%"


# a count in digits and what it counts: "145 children", "40 new social worker posts", "13 months"
_COUNT = re.compile(r"(?<![\w£$€.,/:\-–])(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?=\s+(?:[a-z][\w’'\-]*\s+){0,3}?[a-z][\w’'\-]*)(?!\s+(?:and|to|or(?!\s+(?:more|fewer)\b)|of|per|percent|years?\s+old|year-olds?)\b)"
                    # the first of a change, "fallen from 28 to 18 children": a count of the same thing
                    r"|(?<=\bfrom\s)(?P<was>\d{1,3}(?:,\d{3})+|\d+)(?=\s+to\s+\d[\d,]*\s+(?:[a-z][\w’'\-]*\s+){0,3}?[a-z][\w’'\-]*)")
# (not an age band, "the 0-25 team", "16-18 service")
_RANGE = re.compile(r"(?<![\w£$€.,/:\-–])(?P<lo>[1-9]\d{0,2})\s*(?:to|-|–)\s*(?P<hi>\d{1,3})(?=\s+[a-z])(?!\s+(?:[\w\-]+\s+)?(?:team|service|age|years?|year-olds?)\b)")
# words that make a number something other than a count: an age, a page count, a time of day, a range
_NOT_COUNT = re.compile(r"^\s+(?:(?:[a-z]+\s+)?year[\s-]olds?|years?\s+(?:of\s+age|old)\b|am\b|pm\b|p\.m|a\.m|million|m\b|bn\b|billion|k\b|thousand)", re.IGNORECASE)
# an age ("aged 16 and 17", "up to the age of 16", "aged over 21", "once they turn 21") or the second day of a range ("on September 21 and 22")
_AGE_OR_DAY = re.compile(rf"(?:\bag(?:ed|es?)\s+(?:of\s+)?(?:over\s+|under\s+|between\s+)?(?:\d{{1,2}}\s*(?:and|to|-|–)\s*)?|\b(?:turn|reach)(?:s|es|ed|ing)?\s+|"
                         # a law's or a scheme's number, not a count: "section 47 enquiries", "regulation 24 assessments", "Key Stage 4"
                         r"\b(?:sections?|regulations?|schedule|article|paragraph|key\s+stage|tier|level|phase)\s+(?:\d+\s*(?:and|or|/)\s*)?|"
                         rf"\b{MONTH_ABBR}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:and|to|-|–)\s*)$", re.IGNORECASE)
# "five areas for priority action", "six areas which still needed improvement": a count in words
_AREAS_COUNTED = re.compile(r"\b(?P<value>" + "|".join(NUMBER_WORDS[1:]) + r")\s+(?P<what>(?:key\s+)?(?:areas|recommendations|priorities)\s+"
                            r"(?:for|which|that|needing|requiring|where)\b[^.;]{0,40}?\b(?:improv\w*|action))", re.IGNORECASE)


# a level with nothing after it, where the clause names what it measures: "average caseloads are now 14",
# "had fallen to 18, from a peak of 27 in 2019", "caseloads of more than 30."
_LEVEL = re.compile(r"\b(?P<what>caseloads?|workloads?)\b[^.;,“”\"]{0,90}?(?:,\s+at\s+an\s+average\s+)?\b(?:is|are|was|were|now|to|at|of|than|peak\s+of|averaged|as\s+high\s+as|up\s+to)\s+"
                    r"(?P<value>\d{1,3})(?=\s*(?:[,.;)–—]|$|\s+(?:in|from|a|per|on|and|last|this|before|for)\b))"
                    r"|\bpeak\s+of\s+(?P<peak>\d{1,3})(?=\s*(?:[,.;)]|$|\s+in\b))", re.IGNORECASE)


# a small count in words of what a service has or did: "seven monitoring visits", "three new social workers"
# ("two small children's homes", "four additional return home interview workers", "six different social workers")
_WORD_COUNT = re.compile(r"\b(?P<value>" + "|".join(NUMBER_WORDS[1:]) + r")\s+(?P<what>(?:or\s+more\s+)?(?:(?:new|additional|extra|more|further|monitoring|focused|"
                         r"permanent|agency|qualified|unannounced|community-based|family|small|different|dedicated|specialist)\s+)?"
                         r"(?:(?:return\s+home\s+interview|support|youth|family\s+support|early\s+help|screening|assessment|duty|edge-of-care|residential)\s+)?"
                         r"(?:visits|inspections|social\s+workers|councils|local\s+authorities|recommendations|commissioners|posts|managers|teams|"
                         r"(?:family\s+)?hubs|children[’']s\s+homes|workers|personal\s+advisers|foster\s+families|apprenticeships))\b", re.IGNORECASE)


# the size of a home in words: "a new three-bed children's home"
_BEDS = re.compile(r"\b(?P<value>" + "|".join(NUMBER_WORDS[1:]) + r"|\d{1,3})-bed(?:room|ded)?\b", re.IGNORECASE)  # "a three-bed home", "a 12-bed scheme"
# a number a count has risen or fallen to, with nothing after it: "has risen to about 330, from 240 in 2016"
_RISEN_TO = re.compile(r"\b(?:risen|rose|fallen|fell|increased|decreased|grown|grew|dropped|reached)\s+to\s+(?:about|around|almost|nearly|over|more\s+than|just\s+over|just\s+under)?\s*"
                       r"(?P<value>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\d)(?=\s*(?:[,;]|\.(?!\d))|\s+(?:from|in|last|this)\b)", re.IGNORECASE)


_SPAN_OF_TIME = re.compile(r"(?<![\w£$€.,/:\-–])(?P<value>\d{1,3})(?:-(?P<unit>day|week|month)\b(?!-old)|"
                           r"(?=\s+(?:and|or)\s+\d{1,3}\s+(?P<unit2>day|week|month)s\b))", re.IGNORECASE)


def _word_number(word: str) -> str:
    """A small count written in words, in digits: "three" -> "3" (and "12" stays "12")."""
    return word if word.isdigit() else str(NUMBER_WORDS.index(word.lower()) + 1)


def _unit(value: str, measure: str) -> str | None:
    v = value.lower()
    if v.startswith("£"):
        return "GBP"
    if v.startswith("$"):
        return "USD"
    if v.startswith("€"):
        return "EUR"
    if "%" in v or "cent" in v or re.match(r"(?:percent|percentage|per\s?cent)\b", measure.lower()):
        return "percent"
    return "count"


def figure_lines(text: str, spans: list[Span]) -> list[Span]:
    """Spans that are fact-box lines ("£112 million – net budget", "Workforce: 353")."""
    out = []
    for sp in spans:
        t = re.sub(r"^(?:[•*]|-(?=\s))\s*", "", sp.text).strip()
        if len(t.split()) > 25:
            continue
        if _BOX_VM.match(t) or _BOX_MV.match(t):
            out.append(sp)
    return out


_VERB_MEASURE = [(r"invest\w*", "investment"), (r"spen[dt]\w*", "spending"), (r"allocat\w*", "allocation"),
                 (r"receiv\w*|given|awarded|granted", "funding"), (r"cut\w*|reduc\w*", "cut"), (r"sav\w*", "savings"),
                 (r"overspen\w*", "overspend"), (r"borrow\w*", "borrowing"), (r"cost\w*", "cost")]


# a change told of a subject: "The proportion of care leavers in education, training and employment had fallen from 63% ...
# to 47%", "Conferences held within 15 days had improved significantly, to 68%": the subject is what both figures measure
_CHANGE_OF = re.compile(r"^\W*(?P<subj>[^.;:]{3,140}?)\s+(?:had|has|have|was|were)?\s*(?:\w+ly\s+)?(?:fallen|fell|risen|rose|increased|decreased|"
                        r"dropped|reduced|improved|declined|grown|grew|gone\s+(?:up|down))\b[^.;:]{0,60}?\b(?:from|to)\s+(?:[^.;:]{0,60}?\bto\s+)?$",
                        re.IGNORECASE)


def _subject(words: str) -> str:
    """A change's subject as a measure: one line, without the clause before it ("Although ...", "During the last year, ")
    nor "the number of"."""
    words = re.sub(r"\s+", " ", words).strip()
    words = re.split(r",\s+(?=(?:the|its|their)\s)", words, flags=re.IGNORECASE)[-1]
    words = re.sub(r"^(?:(?:although|while|whilst|however|since|overall|consequently|additionally|moreover|furthermore|for\s+example|as\s+a\s+result|in\s+addition)\b,?\s*)+", "",
                   words, flags=re.IGNORECASE)
    return re.sub(r"^(?:the\s+)?(?:average\s+)?(?:number|proportion|percentage|share|rate)\s+of\s+", "", words, flags=re.IGNORECASE)[:100]


def _measure_around(s: str, start: int, end: int) -> str:
    """A short measure phrase for a number in prose: "invest £3.5m in recruiting social workers"
    -> "investment in recruiting social workers"; what a change is of; else the words after it, else before it."""
    change = _CHANGE_OF.match(s[:start])
    subject = _subject(change.group("subj")) if change else ""
    if 2 <= len(subject.split()) <= 12 and not re.match(r"(?:this|that|these|it|they|days?|weeks?|months?|years?)\b", subject, re.IGNORECASE):
        return subject  # (not "This figure has now reduced to ...", a sentence-long clause, nor a length of time)
    verb = re.search(r"\b([a-z]+)\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+|almost\s+|nearly\s+|around\s+|about\s+|more\s+than\s+|over\s+)?$", s[:start])
    if verb:
        for rx, noun in _VERB_MEASURE:
            if re.fullmatch(rx, verb.group(1)):
                obj = re.match(r"\s*((?:in|on|for|to)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,7}?)(?=[,.;:()]|\s(?:and|but|which|after|this|next|last|over|from|by)\b|$)", s[end:])
                return (noun + (" " + obj.group(1).strip() if obj else "")).strip()
    after = re.match(r"\s*(?:of\s+)?((?:[\w’'\-]+\s*){1,8}?)(?=[,.;:()]|\s(?:and|but|which|to\s+(?:be|the))\b|$)", s[end:])
    before = re.search(r"((?:[\w’'\-]+\s+){1,6})(?:of|is|was|at|to|by|totalling|worth)?\s*$", s[:start])
    words = (after.group(1).strip() if after else "")
    if len(words.split()) < 2 and before:
        words = (before.group(1).strip() + " " + words).strip()
    return re.sub(r"\s+", " ", words)[:100]


def _changed(s: str, at: int) -> str:
    """What a change "from N to M" measures: the words before it ("children in unregistered homes had fallen")."""
    before = re.search(r"((?:[\w’'\-]+\s+){1,8})$", re.sub(r"\bfrom\s+$", "", s[:at]))
    return re.sub(r"^(?:the\s+)?(?:number|proportion)\s+of\s+", "", before.group(1).strip()) if before else ""


def _counts(text: str, sp: Span, s: str, seen: set) -> list[Figure]:
    """Counts in the reporter's prose, in digits ("145 children") or a few words of Ofsted's
    lists ("six areas which still needed improvement"); never a date, a year, an age or a page count."""
    from loaders.dates import find_dates
    dated = [(d.start, d.end) for d in find_dates(s)] if re.search(r"\d", s) else []
    out = []
    for m in _COUNT.finditer(s):
        group = "value" if m.group("value") else "was"
        a, b = m.span(group)
        if any(x <= a < y for x, y in dated) or _NOT_COUNT.match(s[b:]) or re.match(r"\s*(?:%|per\s?cent)", s[b:], re.IGNORECASE) \
                or re.match(rf"\s+{MONTH_ABBR}(?!\w)", s[b:], re.IGNORECASE) or re.search(rf"\b{MONTH_ABBR}\s+$", s[:a], re.IGNORECASE) \
                or re.match(r"-(?:page|year|day|week|month)", s[b:], re.IGNORECASE) \
                or _AGE_OR_DAY.search(s[:a]):
            continue
        value = m.group(group)
        if (value, sp.start) in seen:
            continue
        seen.add((value, sp.start))
        what = re.match(r"\s+((?:(?!(?:were|was|are|is|have|has|had|who|which|that|in|on|at|after|before|from|for|by|with|and|but)\b)[\w’'\-]+\s*){1,5})",
                        re.sub(r"^\s+to\s+\d[\d,]*", "", s[b:]) if group == "was" else s[b:])
        measure = what.group(1).strip() if what else _changed(s, m.start()) if group == "was" else _measure_around(s, a, b)
        if re.match(r"(?:[\w\-]+\s+)?inspectors?\b", measure, re.IGNORECASE):
            continue  # "a team of 10 inspectors": the inspection's people, not the service's
        unit = "count"
        span_of_time = re.match(r"(days?|weeks?|months?|years?)\b", measure, re.IGNORECASE)
        if span_of_time:  # "13 months": a length of time
            value, unit = f"{value} {span_of_time.group(1)}", span_of_time.group(1).lower().rstrip("s") + "s"
            measure = _measure_around(s, a, b)
        out.append(Figure(measure=measure, value=value, unit=unit, evidence=sp.text, span=[sp.start, sp.end]))
    for m in re.finditer(rf"\bfrom\s+\d[\d,]*\s+to\s+(?P<now>\d{{1,3}}(?:,\d{{3}})+|\d+)(?![\w%.]|\s*(?:%|per\s?cent|years?\s+old|{MONTH_ABBR}(?!\w))|\.\d)", s,
                         re.IGNORECASE):
        # the end of a change with nothing after it: "fallen from 11 to 2, and ..."
        value = m.group("now")
        if (value, sp.start) not in seen and not any(x <= m.start("now") < y for x, y in dated):
            seen.add((value, sp.start))
            out.append(Figure(measure=_changed(s, m.start()), value=value, unit="count", evidence=sp.text, span=[sp.start, sp.end]))
    for m in _RANGE.finditer(s):
        # both ends of a range, which the count above passes over ("28 to"): "between 28 to 33 cases", "20-25 children"
        if any(x <= m.start("lo") < y for x, y in dated) or _AGE_OR_DAY.search(s[:m.start()]) \
                or _NOT_COUNT.match(s[m.end("hi"):]) or re.match(rf"\s+{MONTH_ABBR}(?!\w)", s[m.end("hi"):], re.IGNORECASE):
            continue
        measure = re.match(r"\s+((?:[\w’'\-]+\s*){1,3}?)(?=[,.;:()]|\s+(?:and|but|which|who|each|in|on|at|for)\b|$)", s[m.end("hi"):])
        for value in (m.group("lo"), m.group("hi")):
            if (value, sp.start) not in seen:
                seen.add((value, sp.start))
                out.append(Figure(measure=measure.group(1).strip() if measure else "", value=value, unit="count", evidence=sp.text,
                                  span=[sp.start, sp.end]))
    for m in _LEVEL.finditer(s):
        group = "value" if m.group("value") else "peak"
        value = m.group(group)
        if (value, sp.start) not in seen and not any(x <= m.start(group) < y for x, y in dated):
            seen.add((value, sp.start))
            out.append(Figure(measure="peak caseload" if group == "peak" else m.group("what").lower(), value=value, unit="count",
                              evidence=sp.text, span=[sp.start, sp.end]))
    for m in _WORD_COUNT.finditer(s):
        value = _word_number(m.group("value"))
        if (value, sp.start) in seen:
            continue
        seen.add((value, sp.start))
        out.append(Figure(measure=re.sub(r"\s+", " ", m.group("what")), value=value, unit="count", evidence=sp.text, span=[sp.start, sp.end]))
    for rx, measure in ((_BEDS, "beds"), (_RISEN_TO, None)):
        for m in rx.finditer(s):
            value = m.group("value") if rx is _RISEN_TO else _word_number(m.group("value"))
            if (value, sp.start) in seen or any(x <= m.start("value") < y for x, y in dated):
                continue
            seen.add((value, sp.start))
            out.append(Figure(measure=measure or _changed(s, m.start()), value=value, unit="count", evidence=sp.text, span=[sp.start, sp.end]))
    for m in _SPAN_OF_TIME.finditer(s):
        # "a 10-day review of activity", the first of "reviews at 10 and 28 days"
        if re.match(r"\s+(?:[\w\-]+\s+)?(?:inspection|visit)\b", s[m.end():], re.IGNORECASE):
            continue  # "a 12-day inspection": how long the inspectors stayed, not the service's
        unit = f"{(m.group('unit') or m.group('unit2')).lower()}s"
        value = f"{m.group('value')} {unit}"
        if (value, sp.start) in seen or any(x <= m.start("value") < y for x, y in dated):
            continue
        seen.add((value, sp.start))
        out.append(Figure(measure=_measure_around(s, m.start(), m.end()), value=value, unit=unit,
                          evidence=sp.text, span=[sp.start, sp.end]))
    for m in _AREAS_COUNTED.finditer(s):
        out.append(Figure(measure=re.sub(r"\s+", " ", m.group("what")), value=_word_number(m.group("value")),
                          unit="count", evidence=sp.text, span=[sp.start, sp.end]))
    return out


def extract_figures(text: str, spans: list[Span]) -> list[Figure]:
    out: list[Figure] = []
    seen: set[tuple[str, int]] = set()
    box = {sp.start for sp in figure_lines(text, spans)}
    for sp in spans:
        t = re.sub(r"^(?:[•*]|-(?=\s))\s*", "", sp.text).strip()
        if sp.start in box:
            m = _BOX_VM.match(t)
            if m:
                value, measure = m.group("value"), m.group("measure")
            else:
                m = _BOX_MV.match(t)
                value, measure = m.group("value"), m.group("measure")
            measure = measure.strip().rstrip(".")
            item = Figure(measure=measure, value=value.strip(), unit=_unit(value, measure), evidence=sp.text,
                          span=[sp.start, sp.end])
            if re.search(r"\(circa|\(approx|\(about|\(estimated", t, re.IGNORECASE):
                item.approximate = True
            out.append(item)
            continue
        # prose: money and shares, the reporter's and the quoted; counts, the reporter's
        s = text[sp.start:sp.end]
        out += _counts(text, sp, s, seen)
        for m in _WORD_SHARE.finditer(s):
            after = _WORD_SHARE_AFTER.match(s, m.end())
            value = _word_share(m) if after else None
            if value is None or (value, sp.start) in seen:
                continue
            seen.add((value, sp.start))
            out.append(Figure(measure=_measure_around(s, m.start(), after.end()), value=value, unit="percent",
                              evidence=sp.text, span=[sp.start, sp.end]))
        for rx in (_MONEY, _SHARE):
            for m in rx.finditer(s):
                if (m.group("value"), sp.start) in seen:
                    continue
                seen.add((m.group("value"), sp.start))
                measure = _measure_around(s, m.start(), m.end())
                out.append(Figure(measure=measure, value=m.group("value").strip(), unit=_unit(m.group("value"), measure),
                                  evidence=sp.text, span=[sp.start, sp.end]))
    return _first_of_each(out)


# how far on a figure given again is the same figure (a long report's 11% of one thing and 11% of another are pages apart)
_RESTATED_WITHIN = 800
# counts and lengths of time are restated ("Of these 13 children"); a share or a sum given twice is as often
# two different measures ("28% for comparable authorities and 17% nationally")
_RESTATABLE = {"count", "days", "weeks", "months", "years"}


def _first_of_each(figures: list[Figure]) -> list[Figure]:
    """A count or a length of time given again soon after ("holding more than 30 cases ... more than 30
    cases were not safe", "at 10 and 28 days ... beyond 28 days") restates the figure: the first mention
    stands for it. Counts of different things ("3 homes", "3 visits") are different figures."""
    last: dict[tuple[str, str], int] = {}  # where each figure was last given
    out = []
    for f in figures:
        counted = re.match(r"[\w’'\-]+", f.measure or "") if f.unit == "count" else None
        key = (re.sub(r"\s+", " ", f.value.lower().replace(",", "")), counted.group().lower().rstrip("s") if counted else "")
        if key not in last or f.span[0] - last[key] > _RESTATED_WITHIN or f.unit not in _RESTATABLE:
            out.append(f)
        last[key] = f.span[1]
    return out

