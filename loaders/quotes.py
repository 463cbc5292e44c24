"""Quotes and who said them, as British news writes them.

    Councillor Liz Parsons, ..., said: “This monitoring visit highlights ...      (speaker before)
    “We are proud of our staff,” said Cllr Smith.   /   ‘We will act,’ she added.  (speaker after)
    Cllr Parsons said Ofsted’s findings were a “deeply concerning report” ...      (a phrase quoted)
    “The best decisions are made,” the inspector said. “Staff are proud.”         (between parts)
    Inspectors said caseloads were "too high".   /   ‘Backlogs’ meant ...           (Ofsted's words)

Quote marks: curly double and single, straight double and single (an apostrophe in a
word, “council’s”, is never a quote mark); a quote inside a quote belongs to the outer one.
One item per paragraph: a quote running over several paragraphs gives one item each (its
speaker carries over), which is how the quotes are cited. A one-word grade in quote marks
(“inadequate”) is a judgement, not a quote; debris never reaches here.

Speakers are people (the fullest name the document gives; "she" is the person last named,
"they" the last speaker), or an organisation when no person is named: Ofsted for
"inspectors", "the report", "the watchdog"; the council; a party or department. A phrase
quoted in a reporter's sentence with no speaker of its own is the inspection's words
(Ofsted) unless it speaks in the first person, when it is the last speaker's.

extract_quotes(parsed, spans, mentions, people=None, council=None) -> [Quote] (loaders/digest.py;
speaker_type "person" | "ofsted" | "organisation", speakers when more than one)
"""
from __future__ import annotations

import re

from loaders.digest import Person, Quote
from loaders.lexicon import GRADE_WORDS, HONORIFIC, SPEECH_VERBS
from loaders.people import TRUST_NAME
from loaders.text import Span, fold

SPEECH = rf"(?:{SPEECH_VERBS})"
_OFSTED_WORDS = (r"(?:ofsted(?:\s+inspectors?)?|inspectors?|the\s+inspectorate|the\s+(?:education\s+|schools\s+)?watchdog|"
                 r"the\s+regulator|the\s+(?:fresh\s+|latest\s+|new\s+|full\s+|inspection\s+|ofsted\s+|monitoring\s+)?(?:report|letter|document|findings)|"
                 r"his\s+majesty[’']s\s+inspectors?|hmi|it)")
_OFSTED_ANY = re.compile(r"\b(?:ofsted|inspectors?|inspectorate|watchdog|regulator|report|judgment|judgement|findings|letter)\b", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|we’re|we're|we’ve|we've|our|us|my)\b", re.IGNORECASE)
_ORG = re.compile(r"\b(?:the\s+)?(?P<org>(?:[A-Z][\w’'\-]+\s+){0,4}(?:Party|Council|Trust|Government|Department(?:\s+for\s+[A-Z]\w+)?|"
                  # (with what it is of: "the British Association of Social Workers", "the Local Government Association")
                  r"(?:Union|Association|Federation|Society|Network|Alliance)(?:\s+of\s+(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]+)?|NSPCC|Barnardo[’']s|Commissioner))\b")

_SINGLE_OPEN = "‘'"
_BEFORE_OPEN = " \t([{—–-/“\"\n:;"


def _opens(s: str, i: int) -> bool:
    """Whether s[i] opens a quote: double marks always, single ones only at a word's start."""
    ch = s[i]
    if ch == "”":  # a closing mark written as the opener: ': ”Since the last inspection'
        return (i == 0 or s[i - 1] in _BEFORE_OPEN) and i + 1 < len(s) and s[i + 1].isalnum()
    if ch == "’":  # ... a single one too, when one closes it: "it found ’a slow pace of change’ though"
        return (i == 0 or s[i - 1] in _BEFORE_OPEN) and i + 1 < len(s) and s[i + 1].isalpha() and _close(s, i) is not None
    if ch in "“\"":
        if ch == '"' and i > 0 and s[i - 1].isalnum() and (i + 1 == len(s) or not s[i + 1].isalnum()):
            return False  # a straight closing mark with no opener ("7" tall")
        return True
    if ch in _SINGLE_OPEN:
        prev_ok = i == 0 or s[i - 1] in _BEFORE_OPEN
        next_ok = i + 1 < len(s) and (s[i + 1].isalnum() or s[i + 1] in "£“\"")
        return prev_ok and next_ok
    return False


def _close(s: str, i: int) -> int | None:
    """Index of the mark that closes the quote opened at s[i], or None (open to the paragraph's end)."""
    ch = s[i]
    if ch in "“”":
        j = s.find("”", i + 1)
        return j if j != -1 else None
    if ch == '"':
        j = s.find('"', i + 1)
        return j if j != -1 else None
    inner_curly, inner_straight = 0, False
    for j in range(i + 1, len(s)):
        c = s[j]
        if c in "’'" and s[j - 1] not in " \t" and (j + 1 == len(s) or not s[j + 1].isalnum()):
            return j
        # a single quote closed by a double mark after its last word ("‘... has been recognised," said X):
        # only when no double quote opened inside it is still open
        if c == "“":
            inner_curly += 1
        elif c == "”":
            if inner_curly:
                inner_curly -= 1
            elif s[j - 1] in ",.!?":
                return j
        elif c == '"':
            if not inner_straight and s[j - 1] in ",.!?":
                return j
            inner_straight = not inner_straight
    return None


def quoted_pieces(s: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the inner text of each top-level quote in one paragraph."""
    out, i = [], 0
    while i < len(s):
        if s[i] in "“\"" and s[i + 1:i + 2] == s[i]:
            i += 1  # a mark typed twice (': ""We are ...'): one opener
            continue
        if s[i] in "“”\"‘’'" and _opens(s, i):
            j = _close(s, i)
            if j is None:
                out.append((i + 1, len(s), False))
                break
            out.append((i + 1, j, True))
            i = j + 1
            continue
        i += 1
    return out


_GRADE_ONLY = re.compile(rf"(?:{GRADE_WORDS}|adequate)[.,!]?", re.IGNORECASE)  # "adequate": before 2014 ("poor" is also a word of judgement)
# the name of an inspection or its framework in quote marks ("a ‘focused visit’", "the new ‘inspection of local authority children's
# services’ framework"): a term, not anyone's words
_TERM = re.compile(r"(?:an?\s+|the\s+)?(?:(?:focus{1,2}ed|monitoring|assurance)\s+visits?|inspection\s+of\s+local\s+authority\s+children[’']?s\s+services|"
                   r"single\s+inspection\s+framework|joint\s+targeted\s+area\s+inspections?|special\s+measures|front\s+door)", re.IGNORECASE)


def is_label(q: str) -> bool:
    """A grade in quote marks ("inadequate"), an inspection's name ("focused visit") or the name of a thing ("Kestrelford Daily")."""
    q = q.strip(" ,.;:!?")
    if _GRADE_ONLY.fullmatch(q) or _TERM.fullmatch(q):
        return True
    if len(re.findall(r"[^\W\d_]", q)) < 2:
        return True  # 'Document "D"', a '“1”': a letter or number names something, says nothing
    words = q.split()
    small = {"of", "for", "and", "the", "a", "in", "on", "to", "&"}
    return 2 <= len(words) <= 6 and all(w[:1].isupper() or w in small for w in words) and not _FIRST_PERSON.search(q)


def _sentence_start(text: str, pos: int, block_start: int) -> int:
    """Start of the sentence that `pos` is in (not before its block): after the last gap between
    sentences before `pos` (". " before a capital or an opening quote mark; not after "Cllr.").

    Read backwards from `pos`, one sentence end at a time: every gap (a mark, a closing quote
    mark, spaces) is one wherever a scan from the block's start would begin, since none holds
    a mark that starts another. (Reading the block from its start for every quote, and the
    text before each gap again for its last word, made a paragraph of quotations cubic.)"""
    last = {c: text.rfind(c, block_start, pos) for c in ".!?"}
    while True:
        c = max(last, key=last.__getitem__)
        p = last[c]
        if p < 0:
            return block_start
        m = _SENTENCE_GAP.match(text, p, pos + 1)  # (the lookahead may see the mark at `pos`: a quote opening its sentence)
        if m and m.end() <= pos and _word_before(text, p, block_start).lower() not in _TITLES:
            return m.end()
        last[c] = text.rfind(c, block_start, p)


_SENTENCE_GAP = re.compile(r"[.!?][’”\"']?\s+(?=[A-Z“\"‘'])")
_TITLES = {"cllr", "mr", "mrs", "ms", "dr", "st", "prof"}


def _word_before(s: str, end: int, lo: int = 0) -> str:
    """The run of word characters (\\w) just before s[end], not before s[lo] ("Cllr" of "Cllr. Smith")."""
    start = end
    while start > lo and (s[start - 1].isalnum() or s[start - 1] == "_"):
        start -= 1
    return s[start:end]


def _sentence_end(text: str, pos: int, block_end: int) -> int:
    m = re.compile(r"[.!?][’”\"']?(?=\s+[A-Z“\"‘]|\s*$)").search(text, pos, block_end)
    return m.end() if m else block_end


_PARSED_SENTENCE_MAX = 600  # characters: the longest sentence whose speech verb is parsed


class _Resolver:
    """Names the speaker a stretch of text points at (a clause's subject side)."""

    def __init__(self, text: str, mentions: list[tuple[int, int, str]], people: list[Person] | None, council: str | None,
                 parsed=None):
        self.text = text
        self.parsed = parsed  # loaders.parse.Parsed: the dependency parse of a sentence, when the rules need it
        self.mentions = mentions
        self.people = people or []
        self.ofsted_people = {p.name for p in (people or []) if any((r.organisation or "") == "Ofsted" for r in p.roles)}
        self.council = council
        self.last: tuple[str, str, list[str]] | None = None  # the last speaker found
        self._genders: dict[str, str | None] = {}  # whom the article shows to be "he" or "she" (_other_gender)
        self.verbs = _SpeechVerbs(text)  # _speech_before, sentence by sentence

    def person_in(self, s: int, e: int) -> list[str]:
        names = []
        for ms, me, name in self.mentions:
            if s <= ms and me <= e and name not in names:
                names.append(name)
        return names

    def last_person_before(self, pos: int, pronoun: str | None = None) -> str | None:
        """The last person named before `pos`; for "he" or "she", the last one the article does not show to be otherwise."""
        prev = [m for m in self.mentions if m[1] <= pos and not (pronoun and self._other_gender(m[2], pronoun))]
        return prev[-1][2] if prev else None

    def _other_gender(self, name: str, pronoun: str) -> bool:
        """Whether the article shows `name` to be someone "he" (or "she") cannot stand for: "Julie Jenkins and her teams",
        "Ms Jenkins" for "he"."""
        if name not in self._genders:
            last = re.escape(name.split()[-1])
            her = re.search(rf"\b(?:Mrs|Ms|Miss|Dame|Lady)\.?\s+{last}\b|\b{re.escape(name)}\b[^.;“”\"]{{0,30}}?\b(?:her|she)\b", self.text)
            his = re.search(rf"\b(?:Mr|Sir|Lord)\.?\s+{last}\b|\b{re.escape(name)}\b[^.;“”\"]{{0,30}}?\b(?:his|he)\b", self.text)
            self._genders[name] = "she" if her and not his else "he" if his and not her else None
        known = self._genders[name]
        return known is not None and known != pronoun.lower()

    def _kind(self, name: str) -> str:
        return "ofsted" if name in self.ofsted_people else "person"

    def subject(self, s: int, e: int, pronoun_pos: int) -> tuple[str | None, str, list[str]]:
        """Who the words text[s:e] name: (speaker, type, all people named)."""
        phrase = self.text[s:e]
        aside = re.search(r",\s+(?:who|which)\s+[^,;“”\"]{1,80},?\s*$", phrase)
        if aside and aside.start() > 0:  # "A council source, who spoke on condition of anonymity, said": the source
            return self.subject(s, s + aside.start(), pronoun_pos)
        lead = re.match(r"\s*(?:Reacting|Responding|Replying|Speaking|Commenting|Writing)\s+(?:to|after|on|about|in)\b[^,;“”\"]{1,80},\s+", phrase)
        if lead and lead.end() < len(phrase.rstrip()):  # "Reacting to Ofsted's verdict, the council promised": the council
            return self.subject(s + lead.end(), e, pronoun_pos)
        tail = phrase.strip(" ,:")
        if re.fullmatch(r"(?:the\s+)?(?:outgoing|departing|departed|former|interim)\s+(?:exec|executive|director|boss|chief|DCS|head)", tail, re.IGNORECASE):
            named = self.last_person_before(s)  # "The outgoing exec told colleagues ...": the one the article named before
            if named:
                return named, self._kind(named), [named]
        # the clause's own subject is an inspection: "..., and a focused visit in November 2022 had identified",
        # "A joint inspection of how agencies respond ... has found"
        clause = re.split(r",\s+(?:and|but|while|whilst)\s+|;\s*", phrase)[-1]
        if _INSPECTION_SUBJECT.match(clause) and not self.person_in(e - len(clause), e):
            return "Ofsted", "ofsted", []
        if re.search(r"\b(?:inspection|visit|JTAI|report|letter)s?\b[^.;]{0,60},\s+(?:which|that)(?:\s+also)?$", tail, re.IGNORECASE):
            return "Ofsted", "ofsted", []  # "Halton was the subject of a JTAI in March, which found": what the inspection found
        if re.search(r",\s*(?:the\s+)?(?:ofsted\s+)?inspectors$", tail, re.IGNORECASE):
            return "Ofsted", "ofsted", []  # "... addressed to the chief executive, Jean Rich, inspectors said": the inspectors, after her name
        names = self.person_in(s, e)
        if not names and re.fullmatch(rf"{HONORIFIC}\s+(?-i:[A-Z])[\w’'\-]+", tail) and not self._council(tail):
            return tail, "person", [tail]  # '"...," Ms Roe said': someone the article names only so
        if names:
            kind = "ofsted" if (any(n in self.ofsted_people for n in names)
                                or re.search(r"\binspectors?\b", phrase, re.IGNORECASE)) else "person"
            return names[-1] if len(names) == 1 or kind != "ofsted" else names[0], kind, names
        m = re.search(r"\b(?i:a|an|the)\s+(?P<pre>(?:[A-Z][\w’']*\s+(?:for\s+|of\s+|and\s+)?){0,5})?(?:council\s+)?spokes(?:person|man|woman)"
                      r"(?:\s+for\s+(?:the\s+)?(?P<org>[A-Z][\w’' ]+?))?\s*$", tail)
        if m:
            org = (m.group("org") or m.group("pre") or "").strip()
            if re.fullmatch(r"(?:the\s+)?(?:council|local\s+authority|authority)", org, re.IGNORECASE) or not org:
                org = self.council or "the council"
            if re.search(r"\bofsted\b", org, re.IGNORECASE):
                return "Ofsted", "ofsted", []
            return org, "organisation", []
        body = _NAMED_BODY.search(tail)
        if body and not self.person_in(s, e):  # "The charity Become said", "children's charity Coram said"
            return body.group("org"), "organisation", []
        first = _FIRST_NAME_ONLY.fullmatch(tail)
        if first:  # "said mother-of-two Sarah", "care leaver Jade, 19,": someone the article names by a first name alone
            return first.group("n"), "person", [first.group("n")]
        unnamed = _UNNAMED.match(phrase)
        if unnamed:  # "A mother from Haydock whose children were on plans told the Courier": someone the article does not name
            who = " ".join(unnamed.group("who").split())
            return who[0].lower() + who[1:], "person", []
        if re.search(rf"\b{_OFSTED_WORDS}\s*$", tail, re.IGNORECASE) or \
                re.search(r"\b(?:ofsted|inspectors?|watchdog|inspectorate|regulator)\b", phrase, re.IGNORECASE):
            return "Ofsted", "ofsted", []
        pronoun = re.search(r"\b(?:he|she)\b", phrase[-40:], re.IGNORECASE)
        if pronoun:
            prev = self.previous_subject(pronoun_pos) or self.unnamed_before(pronoun_pos)
            if prev and not (prev[1] == "person" and self._other_gender(prev[0], pronoun.group())):
                return prev
            name = self.last_person_before(pronoun_pos, pronoun.group())
            if name:
                return name, self._kind(name), [name]
            if self.last and self.last[1] == "organisation":
                return self.last  # 'A council spokesperson said: "..." ... He added: "..."': the spokesperson, whom nobody named
        if self.council and _COUNCILS_PEOPLE.fullmatch(tail):
            return self._short(), "organisation", []  # "Senior leaders said (they ...)": the council's
        if re.fullmatch(r"(?:the\s+)?trust", tail, re.IGNORECASE):  # "The trust said": the one the article names
            named = TRUST_NAME.search(self.text)  # (the one people.extract_people takes as the article's trust)
            return (named.group() if named else "the trust"), "organisation", []
        if re.search(r"\bthey\b", phrase[-40:], re.IGNORECASE) and self.inspectors_before(pronoun_pos):
            return "Ofsted", "ofsted", []  # "Inspectors said ... They also asked the council to ...": the inspectors
        if re.search(r"\bthey\b", phrase[-40:], re.IGNORECASE) and self.last:
            return self.last
        post = _POST.search(phrase)
        if post and _PARTY.search(post.group()):  # "the Conservative group leader": not the council's voice
            return re.sub(r"^(?:the|its|their)\s+|\s+(?:is|was|has|had|said|says)$", "", post.group().strip(), flags=re.IGNORECASE), "organisation", []
        if post and self.council:
            holder = self.holder(post.group())
            return (holder, "person", [holder]) if holder else (self._short(), "organisation", [])
        official = re.fullmatch(rf"(?:a|an|the)\s+(?:[\w’'\-]+\s+){{0,2}}?(?P<role>{_OFFICIAL})", tail, re.IGNORECASE)
        if official:  # "a government-appointed commissioner has concluded": the one the article names so, or the post
            role = official.group("role").lower()
            named = {p.name for p in self.people if any(re.search(rf"\b{role}\b", r.title or "", re.IGNORECASE) for r in p.roles)}
            return (next(iter(named)), "person", list(named)) if len(named) == 1 else (f"the {role}", "person", [])
        council = self._council(phrase)
        if council:
            return council, "organisation", []
        if re.fullmatch(r"[A-Z][a-z]{2,14}", tail) and tail not in _NOT_A_FIRST_NAME \
                and not re.search(rf"\b{tail.lower()}\b", self.text):
            # '"They sent a letter," Leanne says': someone named by first name only (a word the text never writes in
            # lower case: not "Children told inspectors", "Charity says")
            return tail, "person", [tail]
        m = _ORG.search(phrase)
        if m:
            return re.sub(r"^The\s+", "", m.group("org")), "organisation", []
        if re.search(r"\bthe\s+(?:council|local\s+authority|authority)\b", phrase, re.IGNORECASE) and self.council:
            return self._short(), "organisation", []
        return None, "", []

    def speech_subject(self, s: int, e: int, verb_pos: int) -> str | None:
        """The noun phrase the dependency parse of text[s:e] gives as the subject of the speech
        verb at verb_pos ("the opposition said ..."), for a subject the rules above cannot name;
        None for a pronoun (whose antecedent the rules weigh) or where no parse is to be had."""
        if self.parsed is None or e - s > _PARSED_SENTENCE_MAX:
            return None  # a run of text with no sentence end (a table, a scrape): not worth a parse
        doc = self.parsed.dependencies(s, e)
        verb = next((t for t in doc if t.idx == verb_pos - s), None) if doc is not None else None
        subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
        if not subjects or subjects[0].tag_ in ("PRP", "EX", "WP", "WDT", "DT"):
            return None
        words = [t for t in subjects[0].subtree if not t.is_punct]
        phrase = doc.text[words[0].idx:words[-1].idx + len(words[-1])] if words else ""
        phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
        if _OFSTED_ANY.search(phrase) or re.search(r"\b(?:inspections?|visits?)\b", phrase, re.IGNORECASE) \
                or re.match(r"(?:last|latest|first|second|third|previous|most\s+recent)\b", phrase, re.IGNORECASE):
            return None  # "the judgment said", "the inspection in October found", "The last of these found": Ofsted's words
        return phrase if phrase and len(words) <= 6 and not re.search(r"\d", phrase) else None

    def previous_subject(self, pos: int) -> tuple[str, str, list[str]] | None:
        """Whom "she" at the start of a sentence continues: the subject the sentence before opens
        with (a person named, or "the inspector"), not whoever that sentence named last."""
        cs = _sentence_start(self.text, pos, max(0, pos - 1500))
        if self.text[cs:pos].strip(" ,“\"‘").lower() not in ("he", "she"):
            return None
        ps, end = self._sentence_before(cs)
        m = re.match(r"\s*(?:(?:but|and|however|yet|so|meanwhile|now)\b,?\s+)?", self.text[ps:end], re.IGNORECASE)
        head = ps + m.end()
        for ms, me, name in self.mentions:
            if head <= ms <= head + 25 and not re.search(r"[.,;:]", self.text[head:ms]):
                return name, self._kind(name), [name]
        if re.match(r"(?:the|an?)\s+(?:lead\s+)?inspector\b", self.text[head:end], re.IGNORECASE):
            return "Ofsted", "ofsted", []
        unnamed = _UNNAMED.match(self.text[head:end])
        if unnamed:
            return self.subject(head, head + unnamed.end(), head)
        return None

    def inspectors_before(self, pos: int) -> bool:
        """Whether "They" opening a sentence continues one that the inspectors opened ("Inspectors said ...")."""
        cs = _sentence_start(self.text, pos, max(0, pos - 1500))
        if self.text[cs:pos].strip(" ,“\"‘").lower() not in ("they", "they also", "they added", "they also said"):
            return False
        ps, end = self._sentence_before(cs)
        return bool(re.match(r"\s*(?:(?:but|and|however)\b,?\s+)?(?:the\s+)?(?:ofsted(?:['’]s)?\s+)?inspectors\b", self.text[ps:end], re.IGNORECASE))

    def _sentence_before(self, cs: int) -> tuple[int, int]:
        """(start, end) of the sentence before the one starting at `cs`."""
        end = len(self.text[:cs].rstrip())
        ps = _sentence_start(self.text, max(0, end - 1), max(0, end - 1500))
        # (not back into a crosshead above its paragraph: a line break after words that end no sentence)
        heads = [m.end() for m in re.finditer(r"(?m)^[ \t]*(?:\S+[ \t]+){0,7}\S*[^.!?:;,\s][’”\"']?[ \t]*\n", self.text[ps:end])]
        return (ps + heads[-1] if heads else ps), end

    def unnamed_before(self, pos: int) -> tuple[str, str, list[str]] | None:
        """Whom '"...," she said' means when the sentence before opens with someone unnamed ("A Poole
        mother whose son is on a plan said ...") and nobody is named since."""
        cs = _sentence_start(self.text, pos, max(0, pos - 1500))
        for _ in range(3):  # (back over the sentences of the quote itself: '"Every time ... again. Nobody read it," he said.')
            ps, end = self._sentence_before(cs)
            if ps >= cs or any(ps <= ms < pos for ms, _me, _n in self.mentions):
                return None
            unnamed = _UNNAMED.match(self.text[ps:end])
            if unnamed is not None:
                return self.subject(ps, ps + unnamed.end(), ps)
            # (back over the quote's sentences: one that opens or closes a quote, '"..." she said', 'She added: "..."')
            if not re.match(r"\s*[“\"‘']", self.text[ps:end]) and not re.search(r"[”\"’']\s*$", self.text[ps:end]) \
                    and not re.search(r"[”\"’']\s*$", self.text[cs:pos]):
                return None
            cs = ps
        return None

    def holder(self, post: str) -> str | None:
        """The one person whose council title has every word of the post named ("the director of
        children's services" -> the "director of children's services" named earlier)."""
        def words(t):
            return set(re.findall(r"[a-z]+", t.lower().replace("’", "'"))) - {"the", "its", "their", "of", "for", "and", "s", "council",
                                                                             "authority", "borough", "county", "is", "was", "has", "had", "said", "says"}
        want = words(post)
        found = {p.name for p in self.people if any(
            want <= words(r.title or "") and r.organisation == self.council for r in p.roles)}
        return found.pop() if len(found) == 1 else None

    def _short(self) -> str:
        """The subject council as news names it ("Lambeth Council", not "London Borough of Lambeth")."""
        from loaders.gazetteer import lookup
        c = lookup(self.council) if self.council else None
        return f"{c.name} Council" if c is not None and self.council.startswith("London Borough") else self.council

    def _council(self, phrase: str) -> str | None:
        from loaders.gazetteer import find_councils, lookup
        found = find_councils(phrase)
        if not found:
            return None
        c, a, b = found[-1]
        main = lookup(self.council) if self.council else None
        if main is not None and main.ons_code == c.ons_code:
            return self.council
        written = re.sub(r"^the\s+|[’']s$", "", phrase[a:b], flags=re.IGNORECASE)
        return written if re.search(r"council$", written, re.IGNORECASE) else f"{c.name} Council"


# An inspection, visit or Ofsted report as the subject of what was found or said
_INSPECTION_SUBJECT = re.compile(r"\s*(?:a|an|the|its|their|this|that|ofsted[’']s)\s+(?:[\w’'\-]+\s+){0,5}?(?:inspection|visit|report|letter)s?\b"
                                 r"(?![’']s)(?!\s+(?:by|from)\s+(?:the\s+)?(?:council|authority|trust))", re.IGNORECASE)


# Someone the article describes but does not name, opening the clause: "A mother from Haydock", "One foster carer",
# "a Poole mother", "A care leaver in Slough"
# Capitalised single words before "says" that name nobody by first name
_NOT_A_FIRST_NAME = {"It", "He", "She", "They", "We", "This", "That", "There", "Who", "Which", "One", "Ofsted", "Labour", "Government",
                     "Council", "Inspectors", "Report", "Unison", "Police", "Everyone", "Nobody", "Someone", "Others", "Some", "Many", "Most"}
_UNNAMED = re.compile(r"\s*(?:(?:but|and|meanwhile)\s+)?(?P<who>(?i:a|an|one|another)\s+(?:(?-i:[A-Z])[\w’'\-]+\s+|(?i:young|single|local|former|long-serving|frontline|front-line|experienced|senior|newly\s+qualified|agency|teenage|council|government|\d{1,2}[\s-]year[\s-]old)\s+){0,2}"
                      r"(?i:mother|father|mum|dad|parent|grandmother|grandfather|grandparent|foster\s+carer|kinship\s+carer|carer|care\s+leaver|"
                      r"young\s+person|teenager|resident|relative|aunt|uncle|social\s+worker|practitioner|team\s+manager|worker|nurse|teacher|headteacher|woman|man|"
                      r"source|insider|whistleblower|employee)"
                      r"(?:\s+(?i:from|in|of)\s+(?P<place>(?-i:[A-Z])[\w’'\-]+(?:\s+(?-i:[A-Z])[\w’'\-]+)?))?)\b")


# a body named after what it is: "the charity Become", "children's charity Coram", "the campaign group Article 39"
_NAMED_BODY = re.compile(r"\b(?i:charity|charities|campaign\s+group|campaigners|pressure\s+group|think\s+tank|union|trade\s+union|organisation|body|network)\s+"
                         r"(?P<org>(?-i:[A-Z])[\w’'&\-]*(?:\s+(?:(?-i:[A-Z])[\w’'&\-]*|\d+|of|for|and))*)$")
# someone named by a first name alone after who they are: "mother-of-two Sarah", "care leaver Jade, 19"
_FIRST_NAME_ONLY = re.compile(r"(?:(?i:young|single|former|local|teenage|\d{1,2}[\s-]year[\s-]old)\s+)?(?i:(?:mother|father|mum|dad)(?:-of-\w+)?|parent|grandmother|grandfather|"
                              r"foster\s+carer|kinship\s+carer|carer|care\s+leaver|care-experienced\s+\w+|young\s+person|teenager|student)\s+"
                              r"(?P<n>(?-i:[A-Z])[a-z]+)(?:,?\s+\d{1,2})?")
# A post at the council named instead of a person: "the director of children's services", "its leader".
_POST = re.compile(r"\b(?:the|its|their)\s+(?:(?:council|authority|borough|county)[’']s\s+)?(?:[\w’'\-]+\s+){0,2}?"
                   r"(?P<head>leader|director|chief\s+executive|cabinet\s+member|lead\s+member|mayor|boss)\b(?:\s+(?:of|for)\s+[\w’' ]{3,40}?)?\s*(?:is|was|has|had|said|says)?\s*$",
                   re.IGNORECASE)

_PARTY = re.compile(r"\b(?:opposition|shadow|group|labour|conservative|tory|lib\s+dem|liberal|green|reform|independent)\b", re.IGNORECASE)

# Naming in the passive, with nobody who named it: "have been described as", "once branded".
_UNSAID = re.compile(r"\b(?:be|been|being|is|are|was|were|once|previously|widely|often)\s+(?:\w+ly\s+)?"
                     r"(?:described|branded|called|labell?ed|dubbed|termed|hailed)\b(?:\s+[\w’']+){0,4}\s*$", re.IGNORECASE)

_PASSIVE = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:(?:\w+ly|however|also|then|now|later|still|again|previously|subsequently)\s+)?$",
                      re.IGNORECASE)


# (a capitalised verb before a capitalised word is a name's: "told the Local Democracy Reporting Service")
_SPEECH_OR_ACCORDING = re.compile(rf"\b(?!(?-i:[A-Z][a-z]+\s+[A-Z])){SPEECH}\b|\baccording\s+to\b", re.IGNORECASE)


def _speech_before(before: str) -> re.Match | None:
    """The last speech verb before a quote ("X said:", "she told the BBC", "according to");
    a passive one ("were praised", "has been branded") names no speaker before it."""
    verbs = [v for v in _SPEECH_OR_ACCORDING.finditer(before) if not _passive_before(before, v.start())]
    return verbs[-1] if verbs else None


def _passive_before(text: str, end: int, lo: int = 0) -> bool:
    """_PASSIVE.search(text[:end]), looking only at the last two words before `end`: a match
    ends at `end` and holds a form of "be", whitespace, at most one word and whitespace, so it
    starts in the last or the second last run of non-space characters. (The whole text
    searched before every speech verb made a long sentence of quotations cubic in its length;
    search's pos keeps what \\b sees at the cut.)"""
    start = end
    for _ in range(2):  # back over whitespace, then over a run of non-space characters
        while start > lo and text[start - 1].isspace():
            start -= 1
        while start > lo and not text[start - 1].isspace():
            start -= 1
    return _PASSIVE.search(text, start, end) is not None


class _Verb:
    """A speech verb found by _SpeechVerbs: start() and end() from the start of its sentence, as
    the match of _speech_before on the sentence's text up to the quote gives them."""
    __slots__ = ("_start", "_end", "_word")

    def __init__(self, start: int, end: int, word: str):
        self._start, self._end, self._word = start, end, word

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._word


class _SpeechVerbs:
    """_speech_before(text[start:end]) for the quotes of one document, without reading a
    sentence again for each of its quotes (which made a long sentence of quotations quadratic).

    The speech verbs of text[start:end] are the matches finditer gives, left to right. A match
    holds letters and whitespace only, so no attempt to match at a position before a character
    that is neither (a quote mark, a comma, a digit) looks past that character: the matches
    that start before it are the same for every end beyond it. Per sentence start, the scan
    keeps such a point (`sync`) and the last non-passive verb before it, and goes on from there."""

    def __init__(self, text: str):
        self.text = text
        self.start = -1  # the sentence start the state is of
        self.sync = 0  # every verb that starts before it is settled
        self.last: tuple[int, int, str] | None = None  # the last non-passive one of those
        self.scanned = 0  # characters searched for speech verbs, over all calls (tests/test_quotes.py)

    def before(self, start: int, end: int) -> _Verb | re.Match | None:
        text = self.text
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            return _speech_before(text[start:end])  # a start inside a word: \b there is the slice's
        if start != self.start or end <= self.sync:
            self.start, self.sync, self.last = start, start, None
        found = settled = self.last
        point = end - 1  # the next sync point: the last character before end neither letter nor space
        while point >= self.sync and (text[point].isalpha() or text[point].isspace()):
            point -= 1
        self.scanned += end - self.sync
        for v in _SPEECH_OR_ACCORDING.finditer(text, self.sync, end):
            if not _passive_before(text, v.start(), start):
                found = (v.start(), v.end(), v.group())
                if v.start() < point:
                    settled = found
        if point >= self.sync:
            self.sync, self.last = point, settled
        return None if found is None else _Verb(found[0] - start, found[1] - start, found[2])


# The council's people, unnamed, as the subject of what is said: "Senior leaders said they accepted ..."
_COUNCILS_PEOPLE = re.compile(r"(?:the\s+)?(?:council[’']s\s+)?(?:senior\s+)?(?:leaders|managers|bosses|officials|chiefs)"
                              r"(?:\s+(?:said|say|says)(?:\s+that)?\s+they)?|"
                              # ... and the council by a nickname: "Council bosses", "Town hall chiefs", "The Labour-run council", "Bosses at the council"
                              r"(?:the\s+)?(?:(?:[\w\-]+-(?:run|led|controlled)|Labour|Conservative|Tory|Liberal\s+Democrat|Lib\s+Dem)\s+)?(?:council|town\s+hall)"
                              r"(?:\s+(?:bosses|chiefs|leaders|officers|officials))?|(?:bosses|chiefs|officials)\s+at\s+the\s+(?:council|town\s+hall)", re.IGNORECASE)
_ACCORDING_TO_REPORT = re.compile(r"\s*(?:to\s+)?(?:the|this|its|Ofsted[’']s)\s+(?:\w+\s+)?(?:report|letter|findings|inspection)\b[^,;“‘\"]*,", re.IGNORECASE)
# someone appointed to act on a council, whom the article may name or only call so ("a government-appointed commissioner")
_OFFICIAL = r"commissioner|adviser|minister"
# (past other quoted words of the sentence: 'making "steady progress" but remains "inconsistent", the education watchdog has said'; "it
# added", "a government-appointed commissioner has concluded")
_CLOSING_REPORT = re.compile(r"^[’”\"']?(?:[^.;“\"‘]|[“\"‘][^”\"’.;]{1,80}[”\"’])*?,\s+(?P<who>it|they|(?:the|a|an)\s+(?:[\w’'\-]+\s+){0,2}?(?:review|"
                             rf"{_OFFICIAL})|"
                             r"(?:the\s+)?(?:[\w’']+\s+){0,2}?(?:ofsted|inspectors?|watchdog|regulator|inspectorate|report|[A-Z][\w’']+))\s+"
                             r"(?:has\s+|have\s+|had\s+)?(?:\w+ly\s+)?(?:concluded|found|said|says|reported|noted|warned|stated|judged|added|adds)\b")
# "..., which confirm that ...", "the report, which found ...": the report's words, whoever welcomed it
_REPORT_SAYS = re.compile(r"\b(?:ofsted|report|findings|inspectors?|inspection|visit|letter)\b[^.;“\"‘]*\b(?:which|that|who)\s+"
                          r"(?:\w+\s+)?(?:confirm|found|find|show|said|say|describ|highlight|note|state|conclud|judg)\w*", re.IGNORECASE)

# the council (or its leaders) as the subject of a verb of crediting or saying: "The council's leadership attributed the success to ..."
_COUNCIL_CREDITS = re.compile(r"\W*(?:the\s+)?(?:council|local\s+authority|trust)(?:[’']s\s+(?:leadership|leaders|chief\s+executive|director|spokes\w+))?\s+"
                              r"(?:has\s+|have\s+)?(?:attributed|credited|described|called|welcomed|hailed|praised|pledged|promised|vowed|insisted|stressed)\b",
                              re.IGNORECASE)
# what a meeting of the council was told, by its officers: "..., councillors have been told", "..., the panel meeting on July 24 was told"
_MEETING_TOLD = re.compile(r"\b(?:councillors|members|the\s+(?:[\w’'\-]+\s+){0,5}?(?:meeting|committee|panel|cabinet|board|council))\s+"
                           r"(?:(?:on|in)\s+[\w\s]{1,20}?\s+)?(?:has\s+been|have\s+been|had\s+been|was|were|are|is)\s+told\b", re.IGNORECASE)
_REPORTED_IN = re.compile(r"[’”\"']?\s*(?:is|was|are|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:reported|noted|stated|said|highlighted|described|recorded|set\s+out)\s+"
                          r"(?:in|by)\s+(?:the\s+|its\s+)?(?:Ofsted\s+|inspectors[’']?\s+)?(?:letter|report|inspectors|Ofsted|inspection)\b", re.IGNORECASE)
# a name set after a post in commas: ", Cllr Dermot Fenn"
_APPOSITIVE_NAME = re.compile(rf",\s+(?P<n>(?:{HONORIFIC}\s+)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{0,3}})")
# a name alone on a line, under a pull-quote: "Cllr Jane Roe"
_NAME_LINE = re.compile(rf"(?:{HONORIFIC}\s+)?(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){{1,3}})")
# what a speech verb goes on to report for itself: "said at the meeting that", "told the BBC: “"
_SAYS_OWN = re.compile(r"[^.;“\"‘]{0,40}?(?:\b(?:that|how|whether)\b|[:“\"‘])")
_AFTER = [
    re.compile(rf"^\s*[,.!?]?\s*[’”\"']?\s*[,.]?\s*(?:{SPEECH})\s+(?P<who>[^,.;“\"‘]{{1,80}})", re.IGNORECASE),
    re.compile(rf"^\s*[,.!?]?\s*[’”\"']?\s*[,.]?\s*(?!(?:after|before|as|when|while|since|because|following|despite|until|if|though|although|once|for|in|on|at|by|from|with|and|but)\b)"
               rf"(?P<who>[^\s,.;“\"‘’”'][^,.;“\"‘]{{0,79}}?)(?<!\bbeen)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)\s+(?:{SPEECH})\b", re.IGNORECASE),
    # a name, then who they are in commas, then the verb: '"...," Cllr Jane Roe, who is cabinet member for children, said.'
    re.compile(rf"^\s*[,.!?]?\s*[’”\"']?\s*[,.]?\s*(?P<who>(?:{HONORIFIC}\s+)?(?-i:[A-Z])[\w’'\-]+(?:\s+(?-i:[A-Z])[\w’'\-]+){{1,3}}),\s+[^.;“\"‘]{{3,90}}?,\s+(?:{SPEECH})\b",
               re.IGNORECASE),
    # ... or who they are, then the name in commas: '"...," the leader of the council, Cllr Ben Ward, said.'
    re.compile(rf"^\s*[,.!?]?\s*[’”\"']?\s*[,.]?\s*(?:the|a|an|its|their)\s+[^,.;“\"‘]{{3,80}}?,\s+(?P<who>(?:{HONORIFIC}\s+)?(?-i:[A-Z])[\w’'\-]+(?:\s+(?-i:[A-Z])[\w’'\-]+){{1,3}}),\s+(?:{SPEECH})\b",
               re.IGNORECASE),
]


def extract_quotes(parsed, spans: list[Span], mentions: list[tuple[int, int, str]],
                   people: list[Person] | None = None, council: str | None = None) -> list[Quote]:
    """Quotes in the paragraphs of the parsed document (`loaders.parse.Parsed`) that hold `spans`."""
    text = parsed.text
    starts = [sp.start for sp in spans]
    blocks = [b for b in parsed.content_blocks if any(b[0] <= s < b[1] for s in starts)]
    R = _Resolver(text, mentions, people, council, parsed)
    out: list[dict] = []
    prev_block_quote: dict | None = None  # the last quote of the previous block
    open_quote = False  # the previous block ended inside a quote
    for bi, (bs, be) in enumerate(blocks):
        block = text[bs:be]
        block_quotes: list[dict] = []
        unmarked = False
        pieces = quoted_pieces(block)
        first_mark = min((ps - 1 for ps, _, _ in pieces), default=len(block))
        k = block.find("”")
        if open_quote and prev_block_quote and 0 < k < first_mark:
            # the quote goes on into this paragraph without opening it again
            pieces = [(0, k, True)] + [p for p in quoted_pieces(block[k + 1:]) for p in [(p[0] + k + 1, p[1] + k + 1, p[2])]]
        elif not pieces and prev_block_quote and prev_block_quote.get("_said_colon") and _FIRST_PERSON.search(block):
            # a statement set out under "X said:" with no quote marks
            pieces = [(0, len(block), True)]
            unmarked = True
        open_quote = False
        for ps, pe, closed in pieces:
            s, e = bs + ps, bs + pe
            qtext = fold(text[s:e]).strip().rstrip("“\"‘,").strip()
            # (a quote left open in the text's last paragraph is the text cut off, not a pull quote)
            if not qtext or is_label(qtext) or _subheading(block, ps, pe) and (closed or bi < len(blocks) - 1):
                continue
            item = _attribute(text, R, blocks, bi, s, e, closed, qtext, block_quotes, prev_block_quote)
            if item is None:
                continue
            if unmarked:
                item["_said_colon"] = True
            prev = block_quotes[-1] if block_quotes else None
            if prev is not None and _resumes(text, prev, item):
                # "“We are sorry,” she said. “We will do better.”": one passage, its speaker named mid-way
                # (the comma that closed the first part stood for the passage's own full stop)
                stop = "" if prev["text"].endswith((".", "!", "?", "…")) else "."
                prev["text"] = f"{prev['text']}{stop} {item['text']}"
                prev["spans"].append(item["span"])
                open_quote = not closed
                continue
            same = next((q for q in block_quotes if q["speaker"] == item["speaker"]), None)
            if same is not None:
                # one passage per paragraph and speaker: "‘prompt and effective’ … ‘sustained progress’"
                same["text"] = f"{same['text']} … {item['text']}"
                same["spans"].append(item["span"])
                open_quote = not closed
                continue
            block_quotes.append(item)
            R.last = (item["speaker"], item["speaker_type"], item.get("speakers", [item["speaker"]]))
            out.append(item)
            open_quote = not closed
        said_colon = re.search(rf"\b{SPEECH}\s*:\s*$", block, re.IGNORECASE)
        if said_colon and not block_quotes:
            ss = _sentence_start(text, be, bs)
            v = R.verbs.before(ss, be)
            who = R.subject(ss, ss + v.start(), ss + v.start()) if v else (None, "", [])
            if who[0]:
                prev_block_quote = {"speaker": who[0], "speaker_type": who[1] or "person", "speakers": who[2], "_said_colon": True}
                continue
        if block_quotes:
            prev_block_quote = block_quotes[-1]
        elif not _mentions_person(R, bs, be):
            prev_block_quote = None if not (prev_block_quote and prev_block_quote.get("_said_colon")) else prev_block_quote
    for q in out:
        q.pop("_said_colon", None)
    return [Quote(**q) for q in out]


# what stands between the two parts of a passage its speaker interrupts: "she said.", "the report says."
_INTERRUPTION = re.compile(rf"^[’”\"']?\s*(?:[^.;!?“\"‘’”]{{1,60}}?\s+(?:{SPEECH})|(?:{SPEECH})\s+[^.;!?“\"‘’”]{{1,60}}?)\s*[.,:]?\s*$", re.IGNORECASE)


def _resumes(text: str, prev: dict, item: dict) -> bool:
    """Whether `item` goes on with the passage `prev` began, after only its attribution: the first
    part closed on a comma (the sentence goes on) or the gap is just "she said.", and the same speaker."""
    (ps, pe), (s, e) = prev["spans"][-1], item["span"]
    if prev["speaker"] != item["speaker"] or prev.get("partial") or not re.match(r"[A-Z0-9£‘']", item["text"]):
        return False
    gap = text[pe:s - 1]
    if len(gap.split()) > 8 or "\n" in gap:
        return False
    return bool(_INTERRUPTION.match(gap)) and bool(re.search(r"[,.!?]\s*$", text[ps:pe]))


def _subheading(block: str, ps: int, pe: int) -> bool:
    """A line that is nothing but a short quoted phrase, or one after a label ("Care leaver: ‘My PA answers at
    ten at night’"): a subheading or a pull quote."""
    rest = (block[:max(0, ps - 1)] + block[pe + 1:]).strip(" “”\"‘’'.,")
    labelled = bool(re.fullmatch(r"(?:[A-Z][\w’'\-]*)(?:\s+[\w’'\-]+){0,2}\s*:", rest))
    return (not rest or labelled) and len(block[ps:pe].split()) <= 8 and not re.search(r"[.!?]\s*$", block[ps:pe])


def _mentions_person(R: _Resolver, s: int, e: int) -> bool:
    return bool(R.person_in(s, e))


def _attribute(text, R, blocks, bi, s, e, closed, qtext, block_quotes, prev_block_quote) -> dict | None:
    bs, be = blocks[bi]
    open_pos = s - 1
    sent_start = _sentence_start(text, open_pos, bs)
    before = text[sent_start:open_pos]
    at_start = not text[bs:open_pos].strip()
    full = bool(re.match(r"[A-Z0-9£‘'\"]", qtext)) and (at_start or not before.strip() or bool(re.search(r"[:,]\s*$", before)))
    speaker, kind, names = None, "", []
    unsaid = _UNSAID.search(before[-60:])
    if unsaid and not re.match(r"[’”\"']?\s*by\b", text[e:e + 6]):
        if re.match(r"(?:was|were)\s+described\b", unsaid.group(), re.IGNORECASE):
            # "The quality of supervision was described as “mixed”": the report's description
            return {"speaker": "Ofsted", "text": qtext, "span": [s, e], "spans": [[s, e]], "speaker_type": "ofsted", "partial": True}
        return None  # "has been described as “a milestone”", "once branded a ‘disgrace’": by nobody named
    # speaker before: "X said: “", "X said the plan was “", "according to X, “"
    v = R.verbs.before(sent_start, open_pos)
    if v and _REPORT_SAYS.search(before[v.end():]):
        speaker, kind, names = "Ofsted", "ofsted", []
    elif v:
        speaker, kind, names = R.subject(sent_start, sent_start + v.start(), sent_start + v.start())
        if speaker is None and re.match(r"according", v.group(), re.IGNORECASE):
            if _ACCORDING_TO_REPORT.match(before[v.end():]):
                speaker, kind, names = "Ofsted", "ofsted", []  # "according to the report published on Monday, the council ‘...’"
            else:
                speaker, kind, names = R.subject(sent_start + v.end(), open_pos, open_pos)
            source = re.match(r"\s+(?:the\s+)?(?P<src>[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|\d{4}|of|for|and|on))*)\s*,", before[v.end():])
            if speaker is None and source:  # "According to the Children Act 1989, ...": a named source
                speaker, kind, names = source.group("src"), "organisation", []
    # a person named right before the colon: "The council's statement quotes portfolio holder Cllr Jo Roe: “...”"
    if speaker is None and re.search(r":\s*$", before):
        colon = sent_start + before.rstrip().rfind(":")
        named = [n for ms, me, n in R.mentions if sent_start <= ms and me <= colon and not text[me:colon].strip(" ,")]
        if named:
            speaker, kind, names = named[-1], R._kind(named[-1]), [named[-1]]
    # speaker after: "“...,” said Cllr Smith." / "“...,” she added." / "..., according to inspectors."
    if speaker is None and closed:
        after = text[e:_sentence_end(text, e + 1, be)]
        for rx in _AFTER:
            m = rx.match(after)
            if m and _SAYS_OWN.match(after, m.end()) and re.search(r"[.!?]\W*$", qtext):
                continue  # "“... it wasn’t OK.” Joe Harris ... said at the meeting that the result was ...": his own words follow
            if m and len(m.group("who").split()) <= 12:
                ws = e + m.start("who")
                speaker, kind, names = R.subject(ws, ws + len(m.group("who")), ws)
                named = _APPOSITIVE_NAME.match(after, m.end("who"))
                if named and not R.person_in(ws, ws + len(m.group("who"))) and R.person_in(e + named.start("n"), e + named.end("n")):
                    # "said Labour's spokesperson for children's services, Cllr Dermot Fenn": the person the post is given to
                    speaker, kind, names = R.subject(e + named.start("n"), e + named.end("n"), e + named.start("n"))
                if speaker:
                    break
        if speaker is None:
            # a reporting clause closing the sentence: '... making “steady progress” in ..., Ofsted has concluded after ...'
            m = _CLOSING_REPORT.search(after[:200])
            if m:
                ws = e + m.start("who")
                speaker, kind, names = R.subject(ws, ws + len(m.group("who")), ws)
        if speaker is None:
            m = re.search(r"\baccording\s+to\s+(?P<who>[^,.;“]{1,60})", after[:160], re.IGNORECASE)
            if m:
                ws = e + m.start("who")
                speaker, kind, names = R.subject(ws, ws + len(m.group("who")), ws)
    # "Kestrelford’s ‘ambitious leadership ...’ is reported in the letter": the report's words
    if speaker is None and closed and _REPORTED_IN.match(text, e + 1):
        speaker, kind, names = "Ofsted", "ofsted", []
    # a subject right before the quote, no verb: 'Kestrelford Council “will not stand still”'
    if speaker is None and not v and 0 < len(before.split()) <= 6 and not re.search(r"[,:]\s*$", before):
        speaker, kind, names = R.subject(sent_start, open_pos, open_pos)
        if kind == "ofsted" and not re.search(r"\b(?:ofsted|inspectors?|watchdog|report)\s*$", before.strip(), re.IGNORECASE):
            speaker, kind, names = None, "", []
        elif kind == "organisation" and re.search(r"\bservices\s*$", before.strip(), re.IGNORECASE):
            speaker, kind, names = "Ofsted", "ofsted", []  # "Lancashire children's services 'still have room for improvement'": a verdict on them
        elif re.match(r"\W*(?:However,?\s+|But\s+|And\s+)?(?:the\s+|its\s+|their\s+)?(?:senior\s+|strategic\s+)?(?:leaders|managers|staff|social\s+workers|practitioners)\b",
                      before, re.IGNORECASE) and not _FIRST_PERSON.search(qtext):
            # "However senior leaders at the council “are now more outward looking”": what the report says of them
            speaker, kind, names = "Ofsted", "ofsted", []
    # a pull-quote: a paragraph that is all quote, its speaker's name alone on the next line ("Cllr Jane Roe")
    if speaker is None and at_start and closed and not text[e:be].strip(" ”\"’'.,"):
        nxt = re.match(r"\s*\n(?P<line>[^\n]{3,60})\n", text[be:be + 80])
        named = _NAME_LINE.fullmatch(nxt.group("line").strip()) if nxt else None
        if named and any(p.name == named.group("name") for p in R.people):  # (someone the article names)
            speaker, kind, names = named.group("name"), R._kind(named.group("name")), [named.group("name")]
    # "Cllr Smith said:" closes the paragraph before a paragraph that is all quote
    if speaker is None and at_start and bi > 0:
        pbs, pbe = blocks[bi - 1]
        if text[pbs:pbe].rstrip().endswith(":"):
            ss = _sentence_start(text, pbe, pbs)
            v = R.verbs.before(ss, pbe)
            if v:
                speaker, kind, names = R.subject(ss, ss + v.start(), ss + v.start())
    # the second part of a quote in the same paragraph, or a paragraph that goes on quoting
    if speaker is None and block_quotes and (full or _FIRST_PERSON.search(qtext)):
        p = block_quotes[-1]
        speaker, kind, names = p["speaker"], p["speaker_type"], p.get("speakers", [])
    if speaker is None and at_start and prev_block_quote is not None and (full or prev_block_quote.get("_said_colon")):
        p = prev_block_quote
        speaker, kind, names = p["speaker"], p["speaker_type"], p.get("speakers", [])
    if speaker is None and v and not re.match(r"according", v.group(), re.IGNORECASE):
        # "the opposition said the executive must ... “no further drift”": the speech verb's subject
        who = R.speech_subject(sent_start, _sentence_end(text, e + 1, be), sent_start + v.start())
        if who:
            speaker, kind, names = who, "organisation", []
    if speaker is None:
        # a phrase quoted in the reporter's sentence: whose words the sentence reports
        sentence = text[sent_start:_sentence_end(text, e + 1, be)]
        if _FIRST_PERSON.search(qtext) and R.last:
            speaker, kind, names = R.last
        elif R.council and _MEETING_TOLD.search(sentence):
            speaker, kind, names = R._short(), "organisation", []  # "... a “huge” transformation, councillors have been told": the council's officers
        elif R.council and _COUNCIL_CREDITS.match(sentence) and not _OFSTED_ANY.search(sentence):
            speaker, kind, names = R._short(), "organisation", []  # "The council's leadership attributed the success to ... “love back into the system”"
        elif (opener := next((n for ms, _me, n in R.mentions if sent_start <= ms <= sent_start + 3), None)) and not _OFSTED_ANY.search(sentence):
            speaker, kind, names = opener, R._kind(opener), [opener]  # "Jo Roe left the role to ‘seek new challenges’": hers
        elif _OFSTED_ANY.search(sentence) or not _FIRST_PERSON.search(qtext):
            speaker, kind, names = "Ofsted", "ofsted", []
    if speaker is None:
        return None
    item = {"speaker": speaker, "text": qtext, "span": [s, e], "spans": [[s, e]],
            "speaker_type": kind or "person", "partial": not full}
    if len(names) > 1:
        item["speakers"] = list(names)
    return item
