"""What the council's people did, are doing or set out to do, read from spaCy's dependency parse.

The trigger patterns of `loaders.responses` name kinds of action in fixed wording ("an improvement
plan", "has recently updated"). Inspectors and reporters write the same kind of sentence in any
order and with anything between its parts: "Senior leaders, together with the local multi-agency
partnership, have started to introduce a neglect toolkit"; "Effective systems were established to
ensure..."; "The authority plans to move the oversight of this work to ...". Here the sentence's
parse is read instead of its characters:

- active: a verb of action (establish, introduce, commission, recruit, refine...) whose subject
  is one of the council's actors (leaders, managers, the local authority, the council, the
  director, the partnership, the virtual school), directly or through a verb of setting out
  ("have started to introduce", "is seeking to stabilise", "plans to move", "are focusing on");
- passive: a verb of action done in the past ("were established", "has been strengthened",
  "has now been taken"), whoever did it.

Not an action: what is denied ("have not yet introduced"), asked or wished for ("should
establish", "needs to develop"), or what leaders came to know ("developed a good understanding").
Only sentences that `candidate` lets through are parsed: parsing every sentence of a report
costs more than all the rest of its extraction (loaders/parse.py).

In news the council speaks for itself, and a reporter's "leaders have developed" retells a finding;
there (`voice="council"`) the actor is the council, its trust or the government by name, or "we",
acting in the past or promising to ("we have created six new posts", "said the trust had opened
two homes", "the council will extend its service"); nothing in a sentence that gives Ofsted's words.
"""
from __future__ import annotations

import re

from loaders.lexicon import ACTION_STEMS, COUNCIL_ACTORS, SETTING_OUT_STEMS

# Verbs that want a particle or an object to be an action: "put in place", "set up", "took action".
_ACTION_OR_STEPS = r"^(?:\w+\s+)?(?:action|steps)\b"
_CHANGES = r"^(?:\w+\s+){0,2}changes\b"
_NEEDS = {"mov": r"^(?:\w+\s+){0,6}?(?:to|from|into)\b", "set": r"^up\b", "put": r"^(?:\w+\s+){0,4}in\s+place\b",
          "brought": r"^in\b", "bring": r"^in\b", "taken": _ACTION_OR_STEPS, "took": _ACTION_OR_STEPS,
          "take": _ACTION_OR_STEPS, "tak": _ACTION_OR_STEPS, "made": _CHANGES, "mak": _CHANGES, "focus": r"^on\b",
          "work": r"^(?:\w+ly\s+)?(?:with|to)\s+(?!children|families|parents|young)\w+",
          "increas": r"^(?:the\s+)?(?:\w+\s+){0,2}(?:capacity|number|staffing|resources?|funding|budget|investment)\b",
          "reduc": r"^(?:the\s+)?(?:\w+\s+){0,2}(?:caseloads|workloads|vacancies|reliance)\b",
          "address": r"^(?:these|this|the|those)\s+(?:\w+\s+){0,2}(?:issues?|concerns?|shortfalls?|weaknesses|areas)\b",
          "secur": r"^(?:\w+\s+){0,3}(?:funding|investment|resources|budget|capacity|placements|homes|accommodation)\b",
          "review": r"^(?:\w+\s+){0,4}(?:cases|arrangements|services?|structures?|processes|policies|practice|caseloads)\b",
          "rolled": r"^out\b", "rolling": r"^out\b", "embed": r"^(?:a|an|the|its|their)\s+\w+"}
# Words whose presence in the subject makes it not the council's ("social workers", "children's team").
_NOT_ACTORS = re.compile(r"\b(?:social\s+workers?|practitioners?|children|families|parents|carers|young\s+people|"
                         r"police|health|schools|agencies|inspectors?|ofsted)\b", re.IGNORECASE)
# What someone came to know or have, not something they did.
_COGNITION = re.compile(r"^(?:an?\s+|the\s+|their\s+|its\s+)?(?:\w+\s+){0,2}(?:understanding|knowledge|awareness|view|picture|grip|"
                        r"insight|overview|oversight\s+of\s+the\s+quality|relationships?|rapport|trust|confidence|sense)\b", re.IGNORECASE)
_MODALS = {"should", "must", "could", "would", "might", "may", "need", "needs", "ought", "will", "shall", "can"}

CANDIDATE = re.compile(
    r"\b(?:(?:senior\s+)?(?:leaders|managers)|(?:the|local)\s+authority|the\s+council|director|DCS|partnership|"
    r"virtual\s+school|leadership\s+team|trust|(?:has|have|had)\s+(?:\w+\s+)?been|(?:was|were)\s+(?:\w+\s+)?\w+ed)\b",
    re.IGNORECASE)


# A sentence worth parsing holds one of the council's actors or a passive, and a verb of action.
_ACTION_WORD = re.compile(r"\b(?:" + "|".join(ACTION_STEMS) + r")\w*\b", re.IGNORECASE)


def candidate(sentence: str, voice: str = "inspector") -> bool:
    """Whether `reported_action` could find anything in the sentence: parse only those."""
    if voice == "council":
        return bool(_OWN_CANDIDATE.search(sentence)) and not _OFSTEDS_WORDS.search(sentence)
    if _NOMINAL_CANDIDATE.search(sentence):
        return True
    if not CANDIDATE.search(sentence):
        return False
    for m in _ACTION_WORD.finditer(sentence):
        stem = _stem(m.group(), ACTION_STEMS)
        need = _NEEDS.get(stem)
        if stem in _DONE_TO or need is None or re.match(need, sentence[m.end():].lstrip(), re.IGNORECASE):
            return True
    return False


def _stem(word: str, stems) -> str | None:
    w = word.lower()
    return next((s for s in stems if w.startswith(s)), None)


def _chain(tok, deps: tuple[str, ...], limit: int = 0):
    """`tok`, then the verbs it hangs on as long as each hangs by one of `deps` ("introduce" in "have
    started to introduce", then "started"); at most `limit` of them when one is given."""
    t, n = tok, 0
    while True:
        yield t
        n += 1
        if t.dep_ not in deps or t.head is t or n == limit:
            return
        t = t.head


def _denied_or_wished(tok, modals: set[str] = _MODALS, needs: bool = True) -> bool:
    """`tok` or a verb it hangs on is negated, modal, in doubt ("whether any changes have been
    made"), or (with `needs`) named as a need ("needs to develop")."""
    for t in _chain(tok, ("xcomp", "conj"), 4):
        for c in t.children:
            if c.dep_ == "neg" or (c.dep_ == "aux" and c.text.lower() in modals) or \
                    (c.dep_ == "mark" and c.text.lower() in ("whether", "if", "unless")):
                return True
        if needs and t.text.lower() in ("need", "needs", "needed", "require", "requires", "expected"):
            return True
    return False


def _subject(tok):
    """The subject of `tok`, through the verbs it is governed by as xcomp or conj ("have started to introduce")."""
    return next((c for t in _chain(tok, ("xcomp", "conj", "pcomp"), 4) for c in t.children
                 if c.dep_ in ("nsubj", "nsubjpass")), None)


# Subjects of a passive that the council did not act on: a person's own appointment ("since I was
# appointed"), Ofsted's frameworks and inspections ("the ILACS framework, which was introduced in 2018").
_PRONOUNS = {"i", "me", "he", "she", "him", "her", "you", "we"}
_NOT_COUNCILS = re.compile(r"\b(?:ILACS|SIF|JTAI|Ofsted|inspections?|inspectors?|government|DfE|judgements?)\b", re.IGNORECASE)


_CASEWORK = {"plan", "plans", "assessment", "assessments", "child", "children", "case", "cases", "risk", "risks", "needs",
             "visit", "visits", "review", "reviews", "placement", "placements", "family", "families", "carers", "parents"}


def _councils_doing(tok) -> bool:
    """A passive action the council may have taken: its subject (or, for "which was introduced",
    the noun the clause describes) is not a person speaking nor Ofsted's own."""
    subj = _subject(tok)
    if subj is None:
        return True
    if subj.text.lower() in ("which", "that", "who") and tok.dep_ == "relcl":
        subj = tok.head
    if subj.text.lower() in _CASEWORK:
        return False  # "plans for permanence were appropriately developed": social work with a child, not the council's action
    return subj.text.lower() not in _PRONOUNS and not _NOT_COUNCILS.search(_subject_phrase(subj))


def _subject_phrase(subj) -> str:
    return " ".join(t.text for t in subj.subtree)


def _is_actor(subj) -> bool:
    phrase = _subject_phrase(subj)
    named = " ".join([t.text for t in subj.lefts] + [subj.text])  # "health service leaders", not "the director of children's services"
    if subj.text.lower() not in COUNCIL_ACTORS or _NOT_ACTORS.search(named):
        return False
    # a team, service or board is an actor only when it is the council's own ("the leadership team", "the virtual school")
    if subj.text.lower() in ("team", "service", "board", "school", "lead", "management"):
        return bool(re.search(r"\b(?:leadership|management|senior|virtual|improvement|executive)\b", phrase, re.IGNORECASE))
    return True


# Verbs that passive describe a state, not an action: "leaders were focused on", "practice is embedded".
_NOT_PASSIVE = {"focus", "work", "embed", "address", "increas", "reduc", "allocat"}
# Done to what, when the verb is passive: "action has been taken", "changes were made".
_DONE_TO = {"taken": {"action", "steps"}, "took": {"action", "steps"}, "made": {"changes", "change"}}


def _completes(doc, tok, stem: str, passive: bool = False) -> bool:
    """A verb that wants a particle or object has it ("put ... in place", "took action")."""
    if passive and stem in _DONE_TO:
        subj = _subject(tok)
        return subj is not None and subj.text.lower() in _DONE_TO[stem]
    need = _NEEDS.get(stem)
    if need is None:
        return True
    return bool(re.match(need, doc.text[tok.idx + len(tok.text):].lstrip(), re.IGNORECASE))


def _knowing(doc, tok) -> bool:
    """'developed a good understanding', 'established positive relationships': what they know or have."""
    return bool(_COGNITION.match(doc.text[tok.idx + len(tok.text):].lstrip()))


def reported_action(doc, voice: str = "inspector"):
    """The verb token of the action the sentence reports (see the module's doc), or None."""
    if voice == "council":
        return _own_action(doc)
    nominal = _nominal_action(doc)
    if nominal is not None:
        return nominal
    for tok in doc:
        if not tok.tag_.startswith("VB"):
            continue
        stem = _stem(tok.text, ACTION_STEMS)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if stem is None or not _completes(doc, tok, stem, passive) or _knowing(doc, tok) or _denied_or_wished(tok):
            continue
        if passive:
            if stem in _NOT_PASSIVE:
                continue
            aux = {c.text.lower() for c in tok.children if c.dep_ in ("aux", "auxpass")}
            if aux & {"been", "was", "were"} and tok.tag_ == "VBN" and _councils_doing(tok):
                return tok
            continue
        if tok.dep_ in _NOMINAL:
            continue  # "the recently refined service", "partnership working": a thing named, not an action reported
        if not any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") or (c.dep_ == "prep" and stem in ("focus", "work"))
                   or (c.dep_ == "advcl" and stem == "work" and any(a.text == "to" for a in c.children))  # "worked diligently to develop"
                   for c in tok.children):
            continue  # "partnership working has strengthened": a trend, not something done to anything
        subj = _subject(tok)
        if subj is not None and _is_actor(subj) and _set_out(tok) and not _routine(tok):
            return tok
    return None


# Where a verb form names a thing rather than heads a clause.
_NOMINAL = {"amod", "acl", "nsubj", "nsubjpass", "dobj", "pobj", "compound", "attr"}


def _routine(tok) -> bool:
    """What the council's people do as a matter of course, in the simple present ("Managers
    regularly review caseloads"), is practice, not an action taken; a verb of setting out in the
    present ("plans to move", "intends to create") still announces one."""
    *_, t = _chain(tok, ("xcomp", "pcomp"))
    if t.tag_ not in ("VBZ", "VBP"):
        return False
    return not _stem(t.text, SETTING_OUT_STEMS) or t is tok and not any(c.dep_ == "xcomp" for c in t.children)


def _set_out(tok) -> bool:
    """Every verb above `tok` (as xcomp or conj) sets out to act or acts itself: "have started to
    introduce" is an action, "ensure that leaders develop" asks for one."""
    chain = list(_chain(tok, ("xcomp", "conj", "pcomp")))
    # a verb joined by "and" ("understand X and have begun to ...") is a verb of its own, not governed
    return not any(below.dep_ != "conj" and t.tag_.startswith("VB") and
                   not (_stem(t.text, SETTING_OUT_STEMS) or _stem(t.text, ACTION_STEMS))
                   for below, t in zip(chain, chain[1:]))


# The council's own voice (news): who acts, and the tenses of something done or promised.
_OWN_ACTORS = {"we", "council", "authority", "trust", "government", "company"}
_OWN_CANDIDATE = re.compile(r"\b(?:we|council|authority|trust|government|company)\b", re.IGNORECASE)
# a sentence that gives Ofsted's words ("inspectors found the council had recruited ..."), not a time after the inspection
# ("had brought in 25 agency social workers within days of the inspection")
_OFSTEDS_WORDS = re.compile(r"\b(?:Ofsted|inspectors?|report|watchdog)\b|(?<!\bof\sthe\s)(?<!\bsince\sthe\s)(?<!\bafter\sthe\s)\binspection\b", re.IGNORECASE)
_DONE_OR_PROMISED = {"has", "have", "had", "will", "would", "shall", "'ve", "’ve", "'ll", "’ll"}
_OWN_STEMS = ACTION_STEMS + ("open", "chair", "hir")
_PROMISING_MODALS = _MODALS - {"will", "would", "shall"}  # "said the council would recruit": a promise, not a doubt


def _own_action(doc):
    """The verb of what the council (its trust, the government, "we") did or promises, in the
    active voice: past ("we stabilised the workforce"), perfect or future; not denied or in doubt."""
    for tok in doc:
        stem = _stem(tok.text, _OWN_STEMS) if tok.tag_.startswith("VB") else None
        if stem is None or tok.dep_ in _NOMINAL or any(c.dep_ == "auxpass" for c in tok.children):
            continue
        if not _completes(doc, tok, stem) or _knowing(doc, tok) or _denied_or_wished(tok, _PROMISING_MODALS, needs=False):
            continue
        if not any(c.dep_ in ("dobj", "prt", "xcomp", "ccomp") for c in tok.children):
            continue
        aux = {c.text.lower() for c in tok.children if c.dep_ == "aux"}
        if tok.tag_ != "VBD" and not aux & _DONE_OR_PROMISED:
            continue
        subj = _subject(tok)
        if subj is not None and subj.text.lower() in _OWN_ACTORS and _set_out(tok):
            return tok
    return None



# An action named as a thing, that the sentence says has an effect: "The recent co-location of early help staff in the MASH
# is beginning to address this", "The recruitment of new foster carers ... is helping children to live closer to home",
# "Caseloads have reduced due to increased investment".
_ACTION_NOUNS = {"introduction", "implementation", "creation", "commissioning", "investment", "recruitment", "appointment",
                 "restructure", "restructuring", "reorganisation", "reorganization", "redesign", "launch", "co-location", "colocation",
                 "establishment", "reshaping", "roll-out", "rollout", "overhaul", "relaunch", "remodelling", "procurement",
                 "stabilisation", "initiative", "initiatives", "development", "strengthening", "expansion", "extension", "refresh",
                 "building", "secondment"}
_NOMINAL_CANDIDATE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in _ACTION_NOUNS) + r")\b", re.IGNORECASE)
_RECENT = {"recent", "new", "newly", "recently", "increased", "additional", "further", "extra"}
# verbs that say how the action stands, not what it did ("remains a challenge", "is done well", "continues to be a focus")
_NO_EFFECT = re.compile(r"(?:is|are|was|were|be|been|being|remain\w*|continu\w+|present\w*|need\w*|requir\w+|stay\w*)$", re.IGNORECASE)
_HARD = re.compile(r"\b(?:challeng\w*|difficult\w*|struggl\w*|late|slow\w*|delay\w*)\b", re.IGNORECASE)
_BECAUSE = re.compile(r"\b(?:due\s+to|as\s+a\s+result\s+of|because\s+of|following|through|thanks\s+to)\s+(?:the\s+)?$", re.IGNORECASE)


def _has_effect(verb) -> bool:
    """A finite verb that does something to something ("is helping children", "ensures that", "has led to"); not a
    misparsed noun ("the early help offer") nor an intransitive ("for looked after children")."""
    if not verb.tag_.startswith("VB") or verb.tag_ in ("VB", "VBG", "VBN") and not any(c.dep_ == "aux" for c in verb.children):
        return False
    return any(c.dep_ in ("dobj", "xcomp", "ccomp") or c.dep_ == "prep" and c.text.lower() in ("to", "in") for c in verb.children)


def _of_knowing(kids) -> bool:
    return any(c.dep_ == "prep" and c.text.lower() == "of" and any(_COGNITION.match(" ".join(t.text for t in o.subtree))
                                                                 for o in c.children if o.dep_ == "pobj") for c in kids)


def _hyphenated(doc, tok) -> list:
    """`tok` with the words a hyphen joins to it before ("co-location" is three tokens: "co", "-", "location")."""
    i = tok.i
    while i >= 2 and doc[i - 1].text == "-" and doc[i - 1].idx + 1 == doc[i].idx and doc[i - 2].idx + len(doc[i - 2].text) == doc[i - 1].idx:
        i -= 2
    return list(doc[i:tok.i + 1])


def _nominal_action(doc):
    """The noun of an action the sentence names as recent or specific ("the recent co-location of", "the recruitment of")
    and says had an effect, as its subject or as what something is due to; none in a sentence of difficulty ("remains a
    challenge")."""
    if _HARD.search(doc.text):
        return None
    for tok in doc:
        parts = _hyphenated(doc, tok)
        if tok.tag_ not in ("NN", "NNS") or "".join(t.text for t in parts).lower() not in _ACTION_NOUNS:
            continue
        kids = [c for t in parts for c in t.children if c not in parts]
        mods = {c.text.lower() for c in kids}
        specific = bool(mods & _RECENT) or any(c.dep_ == "prep" and c.text.lower() == "of" for c in kids) and \
            any(c.dep_ == "det" and c.text.lower() == "the" for c in kids)
        if not specific:
            continue
        if _of_knowing(kids):
            continue  # "the development of meaningful relationships with children": practice, not an action
        if tok.dep_ == "nsubj":
            verb = tok.head
            if _has_effect(verb) and not _NO_EFFECT.match(verb.text) and not _denied_or_wished(verb):
                return parts[0]
        elif tok.dep_ == "pobj" and _BECAUSE.search(doc.text[:tok.left_edge.idx]):
            return parts[0]
    return None
