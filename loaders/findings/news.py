"""Concerns and improvements in news: from the reporter's sentences and what Ofsted is quoted as
saying, never from headlines, captions or politicians' own words; a sentence weighing a strength
against a weakness is both; lists opened by a judging line; what is still needed is a concern.
"""
from __future__ import annotations

import re
from dataclasses import replace

from loaders.digest import Finding, Quote
from loaders.inspections.news import GRADE_PHRASE, REST_OF_COUNCILS, SCALE, current_inspection, grade_mentions, judgement_line
from loaders.findings import whole_service
from loaders.findings.ofsted import visit_procedure
from loaders.lexicon import SERVICE_USER_ROLES
from loaders.text import Span

# a list opened on the weaknesses it names ("the following areas of concern identified at the last
# inspection:"), whatever else the line says of progress
_WEAK_LIST = re.compile(r"(?:\b(?:following\s+)?areas?(?:['’]s)?\s+(?:of\s+concern|for\s+(?:further\s+)?(?:improvement|development)|(?:that|which|where)\s+(?:\w+\s+){0,3}?(?:improv|develop)\w*(?:\s+(?:further|still))?)"
                        # "Ofsted's list of what the council must improve included:"
                        r"|\bwhat\s+(?:the\s+)?(?:council|authority|trust|it|leaders|they)\s+(?:must|should|needs?\s+to|has\s+to|had\s+to)\s+(?:improve|do\s+better|address|change)(?:\s+\w+)?"
                        # "Ofsted said the council should improve:"
                        r"|\b(?:the\s+)?(?:council|authority|trust|it|leaders)\s+(?:must|should|needs?\s+to|has\s+to)\s+(?:improve|address|work\s+on)(?:\s+on)?)"
                        r"(?:\s+(?:identified|raised|found)\b[^:]*|,?\s+(?:which|that)\s+include[sd]?|,?\s+including|\s+included)?:\s*$", re.IGNORECASE)


def list_items(text: str, spans: list[Span]) -> dict[int, str | None]:
    """The bulleted items of a list whose opening line ends in a colon ("Areas where the trust
    was good:", "Areas that need to improve include:"), by start, each with the polarity the
    opening line gives them (None when it judges nothing: "The visit found:")."""
    from loaders.findings import polarity
    out: dict[int, str | None] = {}
    intro: str | None = None
    open_list = False
    for sp in spans:
        line = text[text.rfind("\n", 0, sp.start) + 1:sp.start]
        # "• item", and the hyphen, dash or asterisk bullets of pages saved as text ("- item")
        if open_list and (line.strip().startswith("•") or line.strip() in ("-", "–", "*", "·", "▪")
                          or (not line.strip() and re.match(r"[-–*·▪]\s+\S", sp.text))):
            if not _area_name(sp.text):  # ("The Good rating applies across all of these areas: • Overall effectiveness")
                out[sp.start] = intro
            continue
        open_list = sp.text.endswith(":")
        intro = ("negative" if _WEAK_LIST.search(sp.text) else polarity(sp.text)) if open_list else None
    return out


def _area_name(item: str) -> bool:
    """Whether a list item is only the name of a judgement area ("The experiences and progress of children in care")."""
    from loaders.inspections.news import _area_matches
    bare = re.sub(r"^[-–*·▪•]?\s*(?:the\s+)?|[.;,]\s*$", "", item.strip(), flags=re.IGNORECASE)
    return any(am.start() <= 4 and am.end() == len(bare) for _aid, am in _area_matches(bare, listed=True)) \
        or bool(re.fullmatch(r"overall\s+effectiveness", bare, re.IGNORECASE))


def weak_list_openers(spans: list[Span]) -> dict[int, str]:
    """Lines that open a list on the weaknesses it names ("Ofsted said the council should improve:"): a concern
    themselves, as the items under them are."""
    return {sp.start: "negative" for sp in spans if sp.text.endswith(":") and _WEAK_LIST.search(sp.text)}


def as_listed(spans: list[Span], listed: dict[int, str | None], concerns: list[Finding], improvements: list[Finding],
               inspection: str | None) -> tuple[list[Finding], list[Finding]]:
    """Items of a list opened by a judging line are what that line says they are, whatever
    their own words ("Areas to improve include: • The effectiveness of the response to ...")."""
    from loaders.findings import finding_items, themes_of
    judged = {s: pol for s, pol in listed.items() if pol}
    if not judged:
        return concerns, improvements
    themes: dict[int, list[str]] = {}
    for it in concerns + improvements:
        themes.setdefault(it.span[0], [])
        if it.theme not in themes[it.span[0]]:
            themes[it.span[0]].append(it.theme)
    concerns = [it for it in concerns if it.span[0] not in judged]
    improvements = [it for it in improvements if it.span[0] not in judged]
    for sp in spans:
        pol = judged.get(sp.start)
        if pol:
            mark = re.match(r"[-–*·▪]\s+", sp.text)  # the item without its bullet
            sp = (_sub_span(sp, sp.text[mark.end():]) or sp) if mark else sp
            # an opening line's themes are its own words', not what the paragraph's sentences lent it
            own = themes_of(sp.text)[:3] or ["other"]
            items = finding_items(sp, pol, own if sp.text.endswith(":") else themes.get(sp.start) or own, inspection)
            (concerns if pol == "negative" else improvements).extend(items)
    order = lambda it: it.span[0]
    return sorted(concerns, key=order), sorted(improvements, key=order)


# Who uses the service, not who runs or oversees it: what they say of it is a finding ("four social workers in
# eight months"), as an officer's or a politician's own words are not.
_SERVICE_USER = re.compile(rf"\b(?:{SERVICE_USER_ROLES}|adoptive|young\s+person)s?\b", re.IGNORECASE)


def service_users(people) -> set[str]:
    """Names of the people whose every role is one of the service's users ("care leaver", "mum", "foster carer")."""
    return {p.name for p in people if p.roles and all(_SERVICE_USER.search(r.title or "") for r in p.roles)}


def quoted_by_others(quotes: list[Quote], spans: list[Span], users: set[str] = frozenset()) -> set[int]:
    """Starts of sentences that lie mostly inside a quote whose speaker is not Ofsted, nor one of the service's users."""
    out = set()
    for q in quotes:
        if q.speaker_type == "ofsted" or q.speaker in users:
            continue
        for s, e in q.spans:
            for sp in spans:
                ov = min(e, sp.end) - max(s, sp.start)
                if ov > 0 and ov >= 0.5 * (sp.end - sp.start):
                    out.add(sp.start)
    return out


# ---------------------------------------------------------------- findings, news-side

# a place among councils: "the fifth council to be rated outstanding", "only fifth authority to earn top grade"
_RANKED = (r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:\w+\s+)?(?:council|local\s+authority|authority)\s+"
           r"(?:in\s+(?:the\s+)?(?:\w+\s+){1,2})?to\s+(?:be\s+)?(?:rated|judged|graded|receive|achieve|get|earn|win|gain|secure)")

_WEAKNESS = re.compile(r"\b(?:weakness\w*|concerns?|harm\w*|risks?|shortfalls?|lack\w*|insufficient|poor\w*|delay\w*|drift|fail\w*|"
                       r"strength\w*|prais\w*|progress)\b", re.IGNORECASE)
# (what is awaited is the inspection itself, not "contacts awaiting a decision on the first day of the inspection")
_UPCOMING = re.compile(r"\b(?:ofsted|inspectors|the\s+(?:watchdog|inspectorate))\s+will\s+(?:now\s+|continue\s+to\s+)?(?:carry\s+out|conduct|make|return|monitor|visit)\b|"
                       r"\b(?:focus{1,2}ed\s+visits|monitoring\s+visits|joint\s+targeted\s+area\s+inspections|JTAIs?|visits|they)\s+do\s+not\s+(?:result\s+in|give|lead\s+to|produce|carry|award|issue)\s+(?:a\s+)?(?:new\s+)?(?:graded?\s+)?(?:grade|judgement|rating)s?|"
                       r"\b(?:short|full|standard|focus{1,2}ed|monitoring|joint)\s+(?:inspections|visits)\s+are\s+(?:carried\s+out|conducted|held|used|made)\s+(?:in|for|with|when)\b|"
                       r"\b(?:bracing|preparing|prepares?|gearing\s+up|awaiting|ahead\s+of)\b\s+(?:(?!(?:on|decisions?|during|at)\b)[\w\-’']+\s+){0,6}?(?:inspection|visit)|"
                       r"\b(?:expect\w*|due|set)\s+(?:\w+\s+){0,3}to\s+(?:visit|inspect|return)\b|"
                       r"\bwill\s+be\s+(?:discussed|debated|considered|scrutinised)\b|\bagreed\s+to\s+(?:receive|consider|see|hear)\s+(?:a\s+)?(?:\w+\s+)?(?:report|update)\b", re.IGNORECASE)
_DEMAND = re.compile(r"\bmotion\b|\bcalls?\s+(?:up)?on\b|\bcalled\s+(?:up)?on\b|"
                     r"\bopposition\b[^.]{0,80}\b(?:said|says|wants?|demand\w*|urg\w*|must|should|insist\w*)\b", re.IGNORECASE)
_REPORTED_FINDING = re.compile(r"\b(?:report|findings?|inspection|inspectors?|ofsted|watchdog|inspectorate|visit)\b[^.,;]{0,30}?"
                               r"\b(?:had\s+|has\s+|have\s+)?(?:(?:a\s+lot\s+of\s+|much\s+|high\s+)?praise\s+for|highlighted|found|shows|showed|shown|identified|raised|revealed|said|noted|praised|criticised|concluded|seen|"
                               r"recognis\w+|recognition\s+of|acknowledged)\b|\b(?:was|were|been)\s+(?:praised|commended|criticised)\b",
                               re.IGNORECASE)
# What a council's spokesperson says the inspection recognised is the inspection's finding:
# "We are pleased that Ofsted has recognised the strength of...", "the report recognises our staff...".
_RECOGNISED = re.compile(r"\b(?:ofsted|inspectors?|(?:the|this|its|our|their)\s+(?:\w+\s+)?(?:report|inspection|findings|letter|visit))\b(?:\s+[\w’']+){0,2}?\s+"
                         r"(?:recognis(?:e|es|ed|ing)|not(?:ed|es)|highlight(?:s|ed)?|found|finds|show(?:s|ed)|praised|commended|acknowledg(?:es|ed)|identified|(?:have|has)\s+seen|"
                         r"said\s+to\s+(?:me|us))\b|"
                         # "Inspectors had a lot of praise for the work our staff have done"
                         r"\b(?:ofsted|inspectors?|the\s+report)\s+(?:had|gave|has)\s+(?:a\s+lot\s+of\s+|much\s+|high\s+|real\s+)?praise\s+for\b|"
                         r"\b(?:ofsted|the\s+inspectors|inspectors)[’']?s?[’']?\s+recognition\s+of\b|"
                         r"\bas\s+(?:the\s+)?(?:inspectors?|ofsted|the\s+report)\s+(?:has|have)\s+(?:found|said|noted)\b", re.IGNORECASE)


# "... pleased with Ofsted's feedback. They could see the developments ...": what the inspectors saw, in a council's words
_THEY_SAW = re.compile(r"\W*(?:\w+ly,?\s+)?they\s+(?:could\s+|also\s+)?(?:see|saw|noted|recognised|recognized|found|highlighted|praised)\b", re.IGNORECASE)
_OFSTED_NAMED = re.compile(r"\b(?:ofsted|inspectors?|inspection|inspectorate|watchdog)\b", re.IGNORECASE)


# The inspection as the subject of a verb of saying: "the latest two-day inspection in January revealed that"
_INSPECTION_SAYS = re.compile(r"\b(?:inspection|inspectors?|ofsted|report|visit|letter|watchdog|inspectorate)\b[^,;:“\"]{0,50}$", re.IGNORECASE)


# A council that owns a weakness states a finding: "We acknowledge that we still have more work to do",
# "the leader admitted the council was letting children down".
_ADMITS = re.compile(r"\b(?:(?:we|I)\s+(?:\w+\s+){0,2}?(?:acknowledge|accept|admit)|"
                     r"acknowledged|admitted|conceded|accepted|"
                     # "the inspectors are right that", "we also know that", "that is not good enough", "deserved better"
                     r"(?:they|inspectors|ofsted|the\s+(?:report|inspectors|letter))\s+(?:is|are|was|were)\s+right|"
                     r"we\s+(?:also\s+)?know\s+(?:that\s|there\s+(?:is|are|remains?)\b)|(?:is|was|are|were)\s+not\s+good\s+enough|deserv(?:e|es|ed)\s+better|"
                     r"regrettable|(?:we|I)\s+(?:deeply\s+|sincerely\s+)?regret|"
                     # "one of the biggest issues has been around the recruitment and retention of its workforce"
                     r"\bthe\s+(?:biggest|main|greatest)\s+(?:issues?|challenges?|problems?)\s+(?:has|have|is|are|was|were)\b|"
                     # "we are not where we want to be yet", "We're not there yet", "we let children down", "I will not make
                     # excuses", "we won't pretend to be", "I am deeply sorry that families waited" (not "sorry" alone: an apology)
                     r"not\s+(?:yet\s+)?where\s+(?:we|it|they|the\s+(?:service|council))\s+(?:want|wants|need|needs|should|ought)|(?:we|I)(?:[’']re|\s+are)\s+not\s+there\s+yet|"
                     r"let\s+(?:\w+\s+){0,3}?(?:children|families|young\s+people|them)\s+down|let\s+down\s+(?:\w+\s+){0,2}?(?:children|families|young\s+people)|"
                     r"(?:child|children|famil(?:y|ies)|young\s+(?:person|people))\s+(?:that\s+|who\s+)?(?:we|I)\s+(?:have\s+|had\s+)?let\s+down|"  # "every child and family we have let down"
                     r"(?:not\s+going\s+to|won[’']t|will\s+not|do\s+not|don[’']t)\s+(?:pretend|hide|make\s+excuses)|there\s+(?:are|is|can\s+be)\s+no\s+excuses?|"
                     # "we have not been quick enough", "we got this badly wrong", "that is not the service we want to give"
                     r"(?:we|I)\s+(?:have\s+|had\s+)?not\s+been\s+(?:quick|fast|good|strong|thorough|clear)\s+enough|(?:we|I)\s+(?:have\s+)?got\s+(?:this|it|that|things)\s+(?:\w+\s+)?wrong|"
                     r"not\s+the\s+(?:service|standard|care)\s+(?:that\s+)?we\s+want|"
                     # "we have a long way still to go", "there is still more to do"
                     r"a\s+long\s+way\s+(?:still\s+|yet\s+)?to\s+go|(?:much\s+)?more\s+(?:work\s+)?(?:still\s+)?to\s+(?:do|be\s+done)|(?:still\s+)?much\s+work\s+(?:still\s+)?to\s+(?:do|be\s+done)|(?:still\s+)?(?:have|has|had|got)\s+(?:still\s+)?(?:some|a\s+lot\s+of|lots\s+of)\s+(?:more\s+)?work\s+to\s+do|"
                     # "This is not acceptable", "frankly it wasn't OK", "We are extremely disappointed that ...", "the findings are disappointing"
                     r"(?:is|was|are|were)\s+not\s+acceptable|\bunacceptable|(?:is|was|are|were)(?:n[’']t|\s+not)\s+OK|disappoint(?:ed|ing)|"
                     r"(?:we|I)(?:[’']re|[’']m|\s+am|\s+are)\s+(?:deeply\s+|truly\s+|very\s+|so\s+)?sorry\s+(?:that|for)\s+(?!any\b))\b",
                     re.IGNORECASE)


# saying sorry is the council's response, not a finding: "It is unacceptable – we are very sorry" (but "sorry that families
# waited" admits, as does "I apologise to every child and family we have let down")
_APOLOGY = re.compile(r"\bsorry\b(?!\s+(?:that|for)\b)", re.IGNORECASE)


def _admits_weakness(s: str) -> bool:
    from loaders.findings import polarity
    return bool(_ADMITS.search(s)) and not _APOLOGY.search(s) and polarity(s) == "negative"


# A council that credits the outcome to its staff states the strength found: "These judgements are a
# testimony to the hard work of our staff", "They deserve our highest praise", "We have made considerable
# progress since the last inspection". Promises and plans ("we will", "going to") are not findings.
_CREDITS = re.compile(r"\b(?:testa?ment|testimony|tribute)\s+to\b|"
                      r"\breflects?\s+(?:\w+\s+){0,4}(?:hard\s+work|dedication|commitment|difference|efforts?)\b|"
                      r"\b(?:rightly|justifiably)\s+proud\b|\bdeserves?\s+(?:\w+\s+){0,2}(?:praise|credit)\b|"
                      # "our social workers do an extraordinary job": the council's own staff, credited
                      r"\b(?:do|does|did|doing|done)\s+(?:an?\s+)?(?:extraordinary|amazing|fantastic|brilliant|excellent|incredible|remarkable|outstanding|superb)\s+(?:job|work)\b|"
                      r"\bthanks\s+to\s+(?:the\s+|our\s+|a\s+|their\s+)?(?:\w+\s+){0,2}(?:hard\s+work|dedication|commitment|workforce|staff|social\s+workers|teams?)\b|"
                      r"\b(?:have|has)\s+made\s+(?:\w+\s+){0,2}progress\b|\b(?:show(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing))\s+(?:\w+\s+){0,2}?progress\s+(?:across|in)\b|"
                      r"\b(?:vast|rapid|significant|considerable|huge|real)\s+(?:and\s+\w+\s+)?improvements\b|"
                      # "a relentless focus on improving our services", "helped us to transform services", "we continue to improve"
                      r"\b(?:improv(?:e|es|ed|ing)|transform(?:s|ed|ing)?)\s+(?:\w+\s+){0,2}?(?:outcomes|services)\b|\bcontinue\s+to\s+improve\b|"
                      r"\b(?:children|young\s+people|families)\s+(?:\w+\s+){0,3}?at\s+the\s+heart\s+of\b", re.IGNORECASE)
# pride in the work, not in the grade: "I am very proud of the work our practitioners do", "It was pleasing to see that our
# commitment to care leavers was recognised" (not "proud that our services have been rated outstanding")
# (pride in the team alone is a feeling, not a finding: "Jo Roe said she was proud of the team")
_PRIDE = re.compile(r"\bproud\s+(?:of\s+(?:[\w’']+\s+){0,3}?(?:work|progress|improvements?|achievements?)|that)\b|"
                    r"\b(?:pleased|pleasing|delighted|great|heart-?warming)\s+(?:\w+\s+){0,2}?(?:that|to\s+(?:see|hear))\b", re.IGNORECASE)
_PROMISE = re.compile(r"\b(?:will|shall|going\s+to|look\s+forward|determined\s+to|want\s+to|plan\s+to|aim\s+to)\b|\w'll\b",
                      re.IGNORECASE)


def _credits_outcome(s: str) -> bool:
    from loaders.findings import polarity
    head = re.split(r"\b(?:and|but)\s+(?:we|I)\b", s)[0]  # "We have made progress and we are determined to improve"
    return _credits(head) and not _PROMISE.search(head) and polarity(s) != "negative"


def _credits(s: str) -> bool:
    return bool(_CREDITS.search(s) or _PRIDE.search(s) and not grade_mentions(s))


# the country's councils counted: "Out of 123 councils ..., 70 per cent have been judged inadequate", "the remaining three-quarters"
_NATIONAL = re.compile(r"(?<!\bone\s)(?<!\bonly\s)\b(?:out\s+of|of(?:\s+the)?|among)\s+(?:\d+|all)\s+(?:other\s+)?(?:councils|local\s+authorities|authorities)\b|"
                       r"\bno\s+(?:other\s+)?(?:local\s+)?(?:authority|council)\s+in\s+(?:the\s+)?(?:country|england|region)\b|"  # "No authority in the country has been judged ..."
                       rf"{REST_OF_COUNCILS}|"
                       r"(?<!top\s)(?<!bottom\s)\b(?:only\s+)?(?:a\s+quarter|half|three-quarters|two-thirds|a\s+third|\d+\s*(?:%|per\s*cent))\s+of\s+(?:all\s+)?"
                       r"(?:councils|local\s+authorities|authorities|children[’']s\s+services\s+departments)\b",
                       re.IGNORECASE)
# how people took the news: "Cath Roe and Cllr Sam Green celebrate the Ofsted report", "Council chiefs have welcomed the report"
_REACTION = re.compile(r"\b(?:celebrat(?:e|es|ed|ing)|welcom(?:e|es|ed|ing))\s+(?:the|this|their|its|a)\s+(?:\w+\s+){0,3}?(?:report|rating|result|results|news|judgement|outcome|verdict)s?\b",
                       re.IGNORECASE)
# what might happen: "The DfE could take action if sufficient improvements are not made"
_HYPOTHETICAL = re.compile(r"\b(?:could|would|might|may|will)\s+(?:\w+\s+){0,4}?if\b|\bif\s+[^,.;]{0,80}\b(?:not|fail\w*)\b[^.;]{0,80}\b(?:could|would|might|may|will)\b", re.IGNORECASE)


# How the framework treats councils of each grade is background, not a finding: "local authorities that are rated 'good' receive a
# short inspection every three years while those graded as 'requires improvement' will get a standard one"
_FRAMEWORK_RULE = re.compile(r"\b(?:councils|local\s+authorities|authorities|those)\s+(?:that\s+are\s+|which\s+are\s+)?(?:rated|graded|judged)\b[^.;]{0,80}?"
                             r"\b(?:receive|get|will\s+get|are\s+given|face|have)\s+(?:a|an)\s+(?:[\w\-]+\s+){0,3}(?:inspection|visit)s?\b", re.IGNORECASE)
# What the law says a term means is background, not a finding: "According to the Children Act 1989, permanence..."
_DEFINITION = re.compile(r"\b(?:is\s+defined\s+as|according\s+to\s+the\s+(?:\w+\s+){1,3}act(?:\s+\d{4})?,)", re.IGNORECASE)


# how the inspection was done, judging nothing: "Inspectors visited the borough in February, when they assessed the care
# ... given to children", "During the four weeks a team of ten inspectors thoroughly examined practice", "The visit put
# particular focus on progress being made" (not "Inspectors examined 20 cases and found drift")
_HOW_INSPECTED = re.compile(r"^[^.;]{0,50}?\b(?:the\s+(?:visit|inspection|inspectors|inspectorate)|inspectors|ofsted)\b[^.;]{0,60}?\b"
                            r"(?:put\s+(?:particular\s+|a\s+)?focus\s+on|focus(?:s|ed|sed)\s+on|arrived|visited|spanned|lasted|(?:\w+ly\s+)?examined|looked\s+at|"
                            r"spoke\s+(?:to|with)|met\s+with|(?:\w+ly\s+)?assessed|scrutinised|sampled|tracked)\b", re.IGNORECASE)
_VERDICT = re.compile(r"\b(?:found|find|finds|finding|praised|praises|criticised|rated|judged|graded|concluded|said|says|noted|highlighted|identified|"
                      r"raised|saw|seen|warned|described|recognised|commended|but|however|although|while|which\s+(?:is|are|was|were))\b", re.IGNORECASE)


def _speech_verb(s: str) -> re.Match | None:
    """The sentence's verb of saying, past a participle that only opens it ("However, highlighting the issues, the
    report states that ...": the report's words)."""
    from loaders.quotes import SPEECH
    for m in re.finditer(rf"\b{SPEECH}\b", s):
        if not (m.group().endswith("ing") and re.fullmatch(r"\W*(?:(?:However|But|And|Yet|Also),?\s+)?", s[:m.start()])):
            return m
    return None


def _not_a_finding(text: str, sp: Span, mentions, people, users: set[str] = frozenset()) -> bool:
    """News sentences that evaluate nothing the inspection found: judgement-only sentences,
    previews of a coming inspection, opposition motions and demands, and what a politician
    or officer said in their own name (unless they report what the inspection found)."""
    s = sp.text
    if s.rstrip("’”'\" ").endswith("?") and len(s.split()) <= 10:
        return True  # a question asks, it states nothing ("What was less positive?", a crosshead)
    if visit_procedure(s) or _HOW_INSPECTED.search(s) and not _VERDICT.search(s):
        return True  # "During this visit, inspectors focused on the progress made in ...": how, not what they found
    if _DEFINITION.search(s) or _FRAMEWORK_RULE.search(s) or judgement_line(s) or SCALE.search(s) or _NATIONAL.search(s) or _HYPOTHETICAL.search(s) or _REACTION.search(s):
        return True  # (a line of a judgements table, Ofsted's scale of grades, the country's councils, what might happen: not findings)
    # "progress" in the name of a judgement area ("the experiences and progress of care leavers") judges nothing
    area = re.sub(r"\bexperiences?\s+and\s+progress\b", "", s, flags=re.IGNORECASE)
    if grade_mentions(s) and not _WEAKNESS.search(re.sub(r"\b(?:improvements?|improvement\s+required)\b", "", area)) \
            and not _judges_beyond_grade(area):
        return True
    if _UPCOMING.search(s):
        return True
    if _DEMAND.search(s):
        return True
    from loaders.quotes import _Resolver
    v = _speech_verb(s)
    if v and re.search(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+|also\s+)?$", s[:v.start()]):
        v = None  # "Jo Roe was also praised for leading a strong team": praise of her, not her words
    if v and not s.lstrip().startswith(("“", '"')):
        # the subject of the verb
        R = _Resolver(text, mentions, people, None)
        raw = text[sp.start:sp.end]
        vm = _speech_verb(raw)
        if _INSPECTION_SAYS.search(raw[:vm.start()]):
            return False  # "the latest inspection revealed that ...": what the inspection found
        speaker, kind, _ = R.subject(sp.start, sp.start + vm.start(), sp.start + vm.start())
        if kind == "person" and speaker not in users and not _SERVICE_USER.search(speaker or "") \
                and not _admits_weakness(s) and not _credits_outcome(s):  # ("a foster carer on Tresco ... said": a user too)
            rest = raw[vm.end():]
            if not _REPORTED_FINDING.search(rest[:80]):
                return True
    return False


# what a grade sentence says beyond the grade: "rated 'good', while services for care leavers had also improved"
_BEYOND_GRADE = re.compile(r"\b(?:(?:down|up)grade[ds]?|step\s+(?:up|down)|improv(?:ed|ing)|deteriorat\w*|declin(?:e|ed|ing)|progress|worse|better|turn\s*-?\s*around|"
                           r"damned|damning|scathing|blistering|under\s+fire|failing|failings|failures?|at\s+risk|decline|disgrace|improvements?\s+(?:in|to|since)|signs\s+of\s+improvement|"
                           r"turn\s*-?\s*arounds?|(?:among|amongst)\s+the\s+best|because|impress(?:ed|ive)|significant\s+(?:improvements?|progress)|one\s+of\s+(?:only\s+)?(?:\w+\s+)?(?:councils|(?:local\s+)?authorities)\b|one\s+of\s+only\s+(?:\w+\s+)?(?:council|in)\b|(?:gone|went|moved|jumped|risen|rose)\s+from\s+[‘'\"“]?(?:inadequate|requires?\s+improvement)[’'\"”]?\s+to\b|top\s+(?:\d+(?=\s*(?:%|per\s*cent))|performing|performers?)|pace\s+of\s+(?:improvement|change)|accelerat\w*|(?:strongest|best)[\s-]+perform\w*|lowest|variable|serious|problems|"
                           r"areas?\s+(?:that|which|where|for)(?!\s+(?:inspectors?|ofsted)\s+(?:examine|look|assess|judge|consider|inspect)))\b", re.IGNORECASE)


def _judges_beyond_grade(s: str) -> bool:
    """Whether a sentence reporting a grade also judges the service in words of its own ("graded
    'inadequate' by Ofsted, which found children living in unsafe accommodation")."""
    from loaders.findings import polarity
    rest = GRADE_PHRASE.sub(" ", s)  # ("still requires improvement" stays a finding: "still" judges)
    found = _GRADE_AND_FINDING.search(rest)
    if _BEYOND_GRADE.search(rest) or re.search(_RANKED, s, re.IGNORECASE) or _FAILING_KEPT.search(s) or _FIRST_PASS.search(s) or found and polarity(rest[found.end():]) is not None:
        return True
    # words of its own that judge, beyond how the inspection was done or what is promised or aimed at
    own = _NOT_JUDGING.sub(" ", _LEADING_CONDITION.sub(" ", rest))
    return not _PROMISE.search(own) and polarity(own) is not None


# a grade's own "When ..." clause sets nothing up: "When Ofsted rated it 'inadequate' in June, the report ..."
_LEADING_CONDITION = re.compile(r"^\s*(?:When|Where|If|Whenever)\b[^,;.]{0,120},")


# how an inspection was done and what a service was set up to do judge nothing
_NOT_JUDGING = re.compile(r"\b(?:robust|rigorous|thorough|tough\w*|unannounced|full|detailed|in-depth|new|latest)\s+(?:\w+\s+){0,2}?"
                          r"(?:inspection|examination|assessment|framework|regime)s?\b|\bas\s+well\s+as\b|\bto\s+(?:drive|bring\s+about|deliver|secure)\s+(?:\w+\s+)?improvements?\b",
                          re.IGNORECASE)


# a grade sentence that goes on to what the inspection found: "..., which found children living in unsafe homes"
_GRADE_AND_FINDING = re.compile(r"\b(?:found|finds|finding|findings|identified|revealed|highlighted|noted|concluded|because)\b", re.IGNORECASE)


_CONTRAST = re.compile(r",?\s+but\s+|\s+despite\s+(?=[‘'\"“]?[a-z])|;\s+|,\s+(?:while|whilst|whereas|although|though|yet)\s+|\s+[–—-]\s+(?=[a-z])")
# (after an opening quote mark or the words that introduce it: '"While many children are supported well, others ...', 'He said: “While ...')
_LEADING = re.compile(r"^(?:[^“\"‘:]{0,40}:\s*)?[“\"‘']?(?:While|Whilst|Although|Though|Despite|Even\s+though)\b[^,]{5,}?,\s+")


def _clauses(sp: Span) -> list[Span]:
    """A sentence cut at its contrasts ("X, but Y", "While X, Y"), as spans into the text."""
    t = sp.text
    cuts = [0]
    m = _LEADING.match(t)
    if m:
        cuts.append(m.end())
    for m in _CONTRAST.finditer(t):
        if m.start() > 0 and m.end() < len(t):
            cuts.append(m.start())
            cuts.append(m.end())
    if len(cuts) == 1:
        return [sp]
    cuts = sorted(set(cuts + [len(t)]))
    out = []
    # sp.text is whitespace-folded; map back by searching the clause in the original span
    pieces = []
    bounds = cuts
    i = 0
    while i < len(bounds) - 1:
        a, b = bounds[i], bounds[i + 1]
        piece = t[a:b]
        if _CONTRAST.fullmatch(piece) or not piece.strip(" ,;–—-"):
            i += 1
            continue
        pieces.append(piece.strip(" ,;"))
        i += 1
    for piece in pieces:
        if len(piece.split()) < 2:
            continue
        out.append(_sub_span(sp, piece))
    return [x for x in out if x is not None] or [sp]


def _sub_span(sp: Span, piece: str) -> Span | None:
    from loaders.debris import _span
    k = sp.text.find(piece)
    if k < 0:
        return None
    # offsets are exact when the span's text has no folded whitespace before the piece
    return _span(sp.start + k, sp.start + k + len(piece), piece, getattr(sp, "para", -1))


def _findings(extract_findings, spans: list[Span], inspection: str | None) -> tuple[list[Finding], list[Finding]]:
    """Concerns and improvements, one per sentence and theme. A sentence that weighs a
    strength against a weakness ("has taken steps forward but social work is not
    consistently strong enough") is both a concern and an improvement: its clauses are
    classified on their own, and the findings keep the whole sentence as evidence."""
    concerns, improvements = extract_findings(spans, inspection)
    split: list[Span] = []
    parent: dict[int, Span] = {}
    for sp in spans:
        parts = _clauses(sp)
        for p in parts:
            split.append(p)
            parent[p.start] = sp
    if len(split) == len(spans):
        return concerns, improvements
    c2, i2 = extract_findings(split, inspection)
    by_parent: dict[int, tuple[list, list]] = {}
    for items, k in ((c2, 0), (i2, 1)):
        for it in items:
            par = parent.get(it.span[0])
            if par is None:
                continue
            by_parent.setdefault(par.start, ([], []))[k].append(it)
    mixed = {ps for ps, (c, i) in by_parent.items() if c and i
             and len([x for x in spans if x.start == ps]) == 1 and len(_clauses(next(x for x in spans if x.start == ps))) > 1}
    if not mixed:
        return concerns, improvements

    def keep(items):
        return [it for it in items if it.span[0] not in mixed]

    base_themes: dict[int, list[str]] = {}
    for it in concerns + improvements:
        ts = base_themes.setdefault(it.span[0], [])
        if it.theme not in ts:
            ts.append(it.theme)

    def remap(items):
        out = []
        seen = set()
        for it in items:
            par = parent[it.span[0]]
            key = (par.start, it.theme)
            if key in seen:
                continue
            seen.add(key)
            out.append(replace(it, evidence=par.text, span=[par.start, par.end], clause=it.span))
        # the sentence's own themes hold for each of its halves too
        for it in list(out):
            for t in base_themes.get(it.span[0], []):
                if (it.span[0], t) not in seen and t != "other":
                    seen.add((it.span[0], t))
                    out.append(replace(it, theme=t))
        return out

    mc = remap([it for it in c2 if parent.get(it.span[0]) and parent[it.span[0]].start in mixed])
    mi = remap([it for it in i2 if parent.get(it.span[0]) and parent[it.span[0]].start in mixed])
    order = lambda it: it.span[0]
    return sorted(keep(concerns) + mc, key=order), sorted(keep(improvements) + mi, key=order)


# What still has to be done is a weakness, however hopefully it is put.
_NEED = re.compile(r"\bmore\s+work\s+(?:is|was|will\s+be)\s+(?:still\s+)?(?:required|needed)\b|"
                   # "The letter identifies two areas for the partnership to strengthen"
                   r"\b(?:areas?|things)\s+(?:for|where)\s+(?:the\s+)?(?:council|partnership|partners|authority|trust|leaders|service|it|they)\s+(?:to\s+|needs?\s+to\s+|must\s+|should\s+)"
                   r"(?:strengthen|improve|develop|address|work\s+on|do\s+better)\b|"
                   # "needed to get better at", "was told to improve", "more room to improve", "needs to be the next area of focus"
                   r"\bneed(?:s|ed)?\s+to\s+get\s+better\b|\b(?:highlighted|identified|raised|found|noted)\s+(?:\w+\s+){0,2}areas?\s+(?:for|of)\s+(?:further\s+)?(?:improvement|development|concern)\b|\b(?:told|urged|asked|instructed|recommended)\s+to\s+(?:improve|strengthen|address|develop|reduce|increase|ensure|do\s+more|get\s+better)\b|"
                   # ... and said of the council: "Inspectors have asked the council to strengthen ..."
                   r"\b(?:told|urged|asked|instructed|called\s+on|recommended\s+that)\s+(?:the\s+)?(?:council|authority|trust|leaders|managers|it|them|service|partners)\s+(?:to\s+|should\s+)?"
                   r"(?:improve|strengthen|address|develop|reduce|increase|ensure|make\s+sure|do\s+more|review|tackle|act)\b|"
                   r"\b(?:more\s+|further\s+|still\s+|some\s+)?room\s+(?:for|to)\s+improve|\bneeds?\s+to\s+be\s+(?:the\s+)?(?:next\s+)?(?:area\s+of\s+focus|priority|focus)\b|"
                   r"\b(?:council|authority|service|services|leaders|managers|practice|it|department|trust|partnership|partners|work)\s+(?:still\s+|urgently\s+)?"
                   r"(?:need(?:s|ed)?\s+to|should|must)\s+(?:further\s+|still\s+)?(?:improve|strengthen|address|develop|reduce|increase|ensure|make\s+sure|build|do\s+more|be\s+better)\b|\bneeds?\s+to\s+be\s+(?:a\s+)?(?:reduc|improv|increas|strengthen)\w*|"
                   # "children need the pace of change to be improved"
                   r"\bneeds?\s+(?:the\s+|their\s+|its\s+)?(?:[\w’'\-]+\s+){1,4}?to\s+be\s+(?:improved|strengthened|increased|reduced|addressed|quicker|faster)\b|"
                   r"\bthe\s+need\s+for\s+(?:further|more)\b|^the\s+need\s+to\b|\b(?:is|are|was|were)\s+(?:still\s+)?(?:required|needed)\b(?!\s+(?:by|for)\b)", re.IGNORECASE)
# Words that judge; an action reported without one is a response, not an improvement.
_JUDGES = re.compile(r"\b(?:effective\w*|improv(?:ed|ing|ement)(?!\s+(?:plan|board|journey|notice))|decisive\w*|purposeful\w*|(?:clearly|sharply|firmly|relentlessly)\s+focused|improvements\s+(?:have|has|had)\s+been\s+(?:made|seen|achieved)|better|strong\w*|good|progress|prais\w*|well|strength\w*|"
                     r"positive\w*|impact|promptly|quickly|swiftly|timely|stable|stability|success\w*)\b", re.IGNORECASE)


# a strength stated as so, not as an aim
_STATED = re.compile(r"\b(?:has|have|had|is|are|was|were)\s+(?:\w+\s+)?(?:improved|strong\w*|good|effective|better|made\s+(?:\w+\s+)?progress)\b", re.IGNORECASE)


_OFSTED_SAYS = re.compile(r"\W*(?:the\s+|its\s+)?(?:report|letter|inspectors?|ofsted|watchdog)\s+(?:also\s+)?(?:said|says|found|finds|noted|notes|highlighted|highlights|recognised|recognises|acknowledged|acknowledges)\b",
                          re.IGNORECASE)


def _settle(text: str, concerns: list[Finding], improvements: list[Finding], response_starts: set[int]) -> tuple[list[Finding], list[Finding]]:
    """Improvements that state what is still needed become concerns ("more work is required to
    improve..."); a sentence that only reports an action ("additional investment has increased
    capacity") is a response, and not also an improvement."""
    moved, kept = [], []
    for it in improvements:
        s, e = it.clause or it.span
        words = text[s:e]
        need = _NEED.search(words)
        if need and not re.search(r"\b(?:aware\w*|know\w*|understand\w*|insight)\s+(?:of\s+|into\s+)?(?:[\w’'\-\",]+\s+){0,8}?(?:what|where|how)\s+(?:[\w’'\-]+\s+){0,3}?(?:still\s+)?$",
                                  words[max(0, need.start() - 90):need.start()], re.IGNORECASE):
            moved.append(replace(it, polarity="negative"))  # (knowing what needs to be done is the strength)
        elif it.span[0] in response_starts and (not _JUDGES.search(words) or _PROMISE.search(words) and not _STATED.search(words)) \
                and not _OFSTED_SAYS.match(words):  # (what the report says came of it is a finding: "The report said caseloads had fallen")
            continue  # (what will be done, "will now take the lead in improving the service", is a plan)
        else:
            kept.append(it)
    # "no longer failing", "no longer deemed at risk": a weakness gone is progress
    try:
        from loaders.findings import polarity
    except ImportError:
        polarity = None
    still = []
    for it in concerns:
        s, e = it.clause or it.span
        words = text[s:e]
        gone = re.sub(r"\bno\s+longer\s+(?:[\w’'\-]+\s+){0,4}?[‘'\"“]?(?:failing|inadequate|at\s+risk(?:\s+of\s+harm)?|a\s+concern|"
                      r"rated\s+inadequate|deemed\s+inadequate|in\s+special\s+measures|under\s+intervention)\b", " ", words, flags=re.IGNORECASE)
        if polarity is not None and gone != words and polarity(gone) != "negative":
            if not any(k.span == it.span and k.theme == it.theme for k in kept):
                kept.append(replace(it, polarity="positive"))
        else:
            still.append(it)
    concerns = still
    kept.sort(key=lambda it: it.span[0])
    have = {(c.span[0], c.theme) for c in concerns}
    concerns = concerns + [m for m in moved if (m.span[0], m.theme) not in have]
    concerns.sort(key=lambda it: it.span[0])
    return whole_service(concerns), whole_service(kept)


# How reporters say what inspectors judged, where the finding classifier hears nothing.
_NEWS_POS = re.compile(r"\b(?:(?:report|letter|inspection)[’']s\s+highlight\b|taken\s+(?:\w+\s+)?steps?\s+forward|(?:steps?|strides?)\s+in\s+the\s+right\s+direction|moving\s+in\s+the\s+right\s+direction|"
                       r"on\s+the\s+right\s+track|turned\s+a\s+corner|upgrade[ds]?\b|an?\s+step\s+up\b|(?:was|were|is|are|been)\s+(?:also\s+|particularly\s+|rightly\s+|widely\s+)?(?:praised|commended|hailed|applauded|singled\s+out|recognised\s+for|recognized\s+for)|"
                       r"(?:praised|commended|hailed)\s+(?:the|its|their)\b|"
                       # "... early intervention services ... was also acknowledged by Ofsted inspectors", "was also recognised in the report"
                       r"(?:was|were|is|are|been|being)\s+(?:also\s+|particularly\s+|rightly\s+|widely\s+)?(?:acknowledged|recognised|recognized)\s+(?:by|in)\s+"
                       r"(?:the\s+)?(?:ofsted|inspectors?|report|letter|watchdog|inspectorate|inspection)\b|"
                       # what inspectors picked out, where the words they report judge nothing themselves: "Inspectors also recognised
                       # the council's early help service", "The report highlights that 71 care leavers are now at college"
                       r"(?:ofsted|inspectors?|the\s+(?:report|watchdog|letter|inspectorate))\s+(?:also\s+)?(?:recognised|recognized|credited|highlight(?:s|ed)?)\s+"
                       r"(?:that\s+|how\s+)?(?:the\s+)?(?:council|authority|trust|borough|county|city|\d)(?![^.]{0,60}\b(?:need\w*|fail\w*|weakness\w*|shortfalls?|gaps?|lack\w*|delays?|too|concerns?)\b)|"
                       # a ranking among councils: "one of only three councils to be judged good", "the fifth council to be rated outstanding"
                       r"one\s+of\s+(?:only\s+)?(?:\w+\s+)?(?:councils?|(?:local\s+)?authorities)\b|(?:among|amongst)\s+the\s+best\b|"
                       rf"{_RANKED})", re.IGNORECASE)
_NEWS_NEG = re.compile(r"\b(?:(?:was|were|is|are|been)\s+(?:criticised|slammed|lambasted|condemned)|(?:criticised|slammed)\s+(?:the|its|their)\b|"
                       r"damning|damned|scathing|blistering|grim\b|failings?\b|downgraded\b|(?:latest|another|further|fresh|major|serious)\s+blow\b|letting\s+(?:down\s+)?children|let\s+down|"
                       r"(?:raise[sd]?|raising|expressed|voiced|had)\s+(?:serious\s+|significant\s+|some\s+|[\w\-]+\s+)?concerns?\s+(?:about|over|regarding|for|that|at|on|with)\b)", re.IGNORECASE)


def _beyond_grades(s: str) -> str | None:
    """A news sentence's polarity, read without the grades it reports: "rated requires improvement,
    after inspectors found progress" praises; the grade is a judgement, not a finding. A failing grade kept
    ("services remain 'inadequate'", "rated inadequate for a second time") says how far the service has come."""
    from loaders.findings import polarity
    from loaders.inspections.news import without_grades
    rest = without_grades(s)
    after = _LEADING_CONDITION.sub(" ", rest) if rest != s else rest
    if after != rest:
        return polarity(after) or ("negative" if _NEWS_NEG.search(after) else None)
    return polarity(rest) or ("negative" if _FAILING_KEPT.search(s) else "positive" if _FIRST_PASS.search(s) else None)


# a failing grade kept, or below the rest: "remain 'inadequate'", "still rated inadequate", "the lower 'requires improvement' rating for
# children in care", "rated inadequate for the second time", "inadequate once
# again" (a good grade kept is the grade alone: "services remain good, Ofsted has said")
_FAILING = r"inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?|requiring\s+improvement"
# ... and a first pass: "has received its first 'good' rating", "its first ever outstanding judgement"
_FIRST_PASS = re.compile(r"\bfirst(?:[\s-]ever)?\s+[‘'\"“]?(?:good|outstanding)[’'\"”]?\s+(?:rating|grade|judgement|judgment|verdict)\b", re.IGNORECASE)
_FAILING_KEPT = re.compile(rf"\b(?:remain(?:s|ed|ing)?|still|lower)\s+(?:rated\s+|judged\s+|graded\s+|as\s+)?[‘'\"“]?(?:{_FAILING})\b|"
                           rf"\b(?:{_FAILING})[’'\"”]?\s+(?:once\s+again|again|for\s+(?:a|the)\s+(?:second|third)(?:\s+consecutive)?\s+time)\b", re.IGNORECASE)


_LOW_RANK = re.compile(r"\bone\s+of\s+(?:only\s+)?(?:\w+\s+)?(?:councils?|(?:local\s+)?authorities)\b[^.;]{0,80}?\b(?:inadequate|requir\w+\s+improvement|failing)\b",
                       re.IGNORECASE)


def _with_news_words(extract_findings):
    """extract_findings, and for sentences it leaves unjudged, the reporter's verdict words
    ("has taken steps forward", "were criticised")."""
    def run(spans: list[Span], inspection: str | None):
        concerns, improvements = extract_findings(spans, inspection, polarity_of=_beyond_grades, paragraph_themes=False)
        judged = {it.span[0] for it in concerns + improvements}
        try:
            from loaders.findings import finding_items, themes_of
        except ImportError:
            return concerns, improvements
        for sp in spans:
            if sp.start in judged:
                continue
            pol = ("negative" if _NEWS_NEG.search(sp.text) else
                   "positive" if _NEWS_POS.search(sp.text) or _credits(sp.text) else None)
            if pol == "positive" and _LOW_RANK.search(sp.text):
                continue  # "one of 20 councils in England whose children's services are rated inadequate": no strength
            if pol is None:
                continue
            themes = themes_of(sp.text)[:3] or ["other"]
            items = finding_items(sp, pol, themes, inspection)
            (concerns if pol == "negative" else improvements).extend(items)
        concerns.sort(key=lambda it: it.span[0])
        improvements.sort(key=lambda it: it.span[0])
        return concerns, improvements
    return run


def news_findings(parsed, layout, quotes: list[Quote], mentions, people, inspections: list[dict],
                  response_starts: set[int]) -> tuple[list[Finding], list[Finding]]:
    """Concerns and improvements of a news article (`layout`: `loaders.layout.NewsLayout`): the reporter's
    sentences, list items and Ofsted's words, not politicians' quotes; settled against the responses found."""
    from loaders.findings import extract_findings
    from loaders.layout import finding_headlines
    text, spans, heads = parsed.text, layout.spans, layout.heads
    fig_starts = {sp.start for sp in layout.figure_lines}
    users = service_users(people)
    politician = quoted_by_others(quotes, layout.prose, users)
    listed = list_items(text, [sp for sp in spans if sp.start not in fig_starts])
    openers = weak_list_openers([sp for sp in layout.prose if sp.start not in fig_starts])
    in_prose = {sp.start for sp in layout.prose} | finding_headlines(spans, heads)
    after_ofsted: set[int] = set()
    for a, b in zip(spans, spans[1:]):  # (one after another: "They could see ... They saw ...")
        if _THEY_SAW.match(b.text) and (_OFSTED_NAMED.search(a.text) or a.start in after_ofsted):
            after_ofsted.add(b.start)
    finding_spans = [sp for sp in spans if (sp.start in in_prose or sp.start in listed)
                     and (not sp.text.endswith(":") or sp.start in openers)
                     and (sp.start not in politician or _RECOGNISED.search(sp.text) or _admits_weakness(sp.text)
                         or _credits_outcome(sp.text) or sp.start in after_ofsted) and sp.words >= 4
                     and not _not_a_finding(text, sp, mentions, people, users)]
    current = current_inspection(inspections)
    concerns, improvements = _findings(_with_news_words(extract_findings), finding_spans, current)
    concerns, improvements = as_listed(finding_spans, listed | openers, concerns, improvements, current)
    return _settle(text, concerns, improvements, response_starts - set(listed) - set(openers))
