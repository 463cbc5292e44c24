"""Quotes and who said them.

    Councillor Liz Parsons, ..., said: “This monitoring visit highlights ...      (speaker before)
    “We are proud of our staff,” said Cllr Smith.                                 (speaker after)
    Cllr Parsons said Ofsted’s findings were a “deeply concerning report” ...      (partial quote)
    ..., with Ofsted stating: “Workers are persistent ...”                       (speaker "Ofsted")

A quote that runs over several paragraphs (each opening with “, only the last closing)
is one quote; debris between its paragraphs is left out of its text. Speakers are people
(by the fullest name the document gives them; "she" is the person last named), or an
organisation when no person is named: Ofsted for "inspectors", "the report", "the watchdog".
Scare quotes (“inadequate”, “acutely aware”) and unattributed fragments are not quotes.

extract_quotes(text, spans, mentions, people=None) -> [{"speaker", "text", "span", "spans",
"speaker_type": "person" | "ofsted" | "organisation", "speakers"?}]
"""
from __future__ import annotations

import re

from loaders.debris import content_blocks
from loaders.text import Span, fold

SPEECH = (r"(?:said|says|say|told|tells|added|adds|explained|explains|commented|stated|stating|states|warned|"
          r"wrote|writes|insisted|admitted|claimed|noted|notes|argued|continued|concluded|concludes|"
          r"described|describes|reported|reports|found|finds|highlighted|highlights|acknowledged|"
          r"praised|praises|responded|replied|remarked|announced|confirmed|revealed|urged|declared|observed|"
          r"asked|asks|questioned|queried|suggested|pointed\s+out|stressed|emphasised|emphasized|accepted|conceded|"
          r"promised|pledged|vowed|welcomed|admits|insists|warns|explains|comments)")
_OFSTED_WORDS = (r"(?:ofsted(?:\s+inspectors?)?|inspectors?|the\s+inspectorate|the\s+(?:education\s+|schools\s+)?watchdog|"
                 r"the\s+regulator|the\s+(?:fresh\s+|latest\s+|new\s+|full\s+|inspection\s+|ofsted\s+|monitoring\s+)?(?:report|letter|document|findings)|"
                 r"his\s+majesty[’']s\s+inspectors?|hmi|it)")
_OPEN = "“"
_CLOSE = "”"


def _segments(text: str, blocks: list[tuple[int, int]]) -> list[list[tuple[int, int, bool, bool]]]:
    """Quoted passages as lists of pieces (start, end, opened_at_block_start, closed), inner text only.
    A piece left open at the end of its block continues in the next block if that opens with a quote mark."""
    quotes: list[list[tuple[int, int, bool, bool]]] = []
    pending: list[tuple[int, int, bool, bool]] | None = None
    for bs, be in blocks:
        block = text[bs:be]
        starts_quoted = block.lstrip()[:1] in (_OPEN, '"')
        if pending is not None and not starts_quoted:
            quotes.append(pending)
            pending = None
        i = 0
        while i < len(block):
            ch = block[i]
            if ch in (_OPEN, '"'):
                closer = _CLOSE if ch == _OPEN else '"'
                j = block.find(closer, i + 1)
                if ch == _OPEN:
                    nxt_open = block.find(_OPEN, i + 1)
                    if nxt_open != -1 and (j == -1 or nxt_open < j):
                        j = -1 if j == -1 else j
                piece_start = bs + i + 1
                at_block_start = block[:i].strip() == ""
                if j == -1:
                    piece = (piece_start, be, at_block_start, False)
                    if pending is not None and at_block_start:
                        pending.append(piece)
                    else:
                        if pending is not None:
                            quotes.append(pending)
                        pending = [piece]
                    break
                piece = (piece_start, bs + j, at_block_start, True)
                if pending is not None and at_block_start:
                    pending.append(piece)
                    quotes.append(pending)
                    pending = None
                else:
                    if pending is not None:
                        quotes.append(pending)
                        pending = None
                    quotes.append([piece])
                i = j + 1
                continue
            i += 1
    if pending is not None:
        quotes.append(pending)
    return quotes


def _sentence_start(text: str, pos: int, block_start: int) -> int:
    """Start of the sentence that `pos` is in (not before its block)."""
    seg = text[block_start:pos]
    cut = 0
    for m in re.finditer(r"[.!?][’”\"']?\s+(?=[A-Z“\"‘])", seg):
        # ignore abbreviations
        word = re.search(r"(\w+)[.!?][’”\"']?\s+$", seg[:m.end()])
        if word and word.group(1).lower() in {"cllr", "mr", "mrs", "ms", "dr", "st", "prof"}:
            continue
        cut = m.end()
    return block_start + cut


class _Resolver:
    def __init__(self, text: str, mentions: list[tuple[int, int, str]], people: list[dict] | None, council: str | None):
        self.text = text
        self.mentions = mentions
        self.ofsted_people = {p["name"] for p in (people or [])
                              if any((r.get("organisation") or "") == "Ofsted" for r in p.get("roles", []))}
        self.council = council

    def person_in(self, s: int, e: int) -> list[str]:
        names = []
        for ms, me, name in self.mentions:
            if s <= ms and me <= e and name not in names:
                names.append(name)
        return names

    def last_person_before(self, pos: int) -> str | None:
        prev = [m for m in self.mentions if m[1] <= pos]
        return prev[-1][2] if prev else None

    def subject(self, s: int, e: int, pronoun_pos: int) -> tuple[str | None, str, list[str]]:
        """Who the words text[s:e] (a clause's subject side) name: (speaker, type, all people)."""
        phrase = self.text[s:e]
        names = self.person_in(s, e)
        if names:
            kind = "ofsted" if (any(n in self.ofsted_people for n in names)
                                or re.search(r"\binspectors?\b", phrase, re.IGNORECASE)) else "person"
            return names[-1] if len(names) == 1 or kind != "ofsted" else names[0], kind, names
        if re.search(rf"\b{_OFSTED_WORDS}\s*$", phrase.strip(" ,:"), re.IGNORECASE) or \
                re.search(r"\b(?:ofsted|inspectors?|watchdog|inspectorate|regulator)\b", phrase, re.IGNORECASE):
            return "Ofsted", "ofsted", []
        if re.search(r"\b(?:he|she)\s*$", phrase.strip(" ,:"), re.IGNORECASE) or re.search(r"\b(?:he|she)\b", phrase[-40:], re.IGNORECASE):
            name = self.last_person_before(pronoun_pos)
            if name:
                return name, "ofsted" if name in self.ofsted_people else "person", [name]
        m = re.search(r"\b(?i:a|an|the)\s+(?P<pre>(?:[A-Z][\w’']*\s+(?:for\s+|of\s+|and\s+)?){0,5})?(?:council\s+)?spokes(?:person|man|woman)"
                      r"(?:\s+for\s+(?:the\s+)?(?P<org>[A-Z][\w’' ]+?))?\s*$", phrase.strip(" ,:"))
        if m:
            org = (m.group("org") or m.group("pre") or "").strip()
            if re.fullmatch(r"(?:the\s+)?(?:council|local\s+authority|authority)", org, re.IGNORECASE) or not org:
                org = self.council or "the council"
            if re.search(r"\bofsted\b", org, re.IGNORECASE):
                return "Ofsted", "ofsted", []
            return org, "organisation", []
        if re.search(r"\bthe\s+(?:council|local\s+authority|authority)\s*$", phrase.strip(" ,:"), re.IGNORECASE) and self.council:
            return self.council, "organisation", []
        return None, "", []


def extract_quotes(text: str, spans: list[Span], mentions: list[tuple[int, int, str]],
                   people: list[dict] | None = None, council: str | None = None) -> list[dict]:
    span_starts = [(sp.start, sp.end) for sp in spans]
    blocks = [b for b in content_blocks(text) if any(b[0] <= s < b[1] for s, _ in span_starts)]
    R = _Resolver(text, mentions, people, council)
    out: list[dict] = []
    prev: dict | None = None
    for pieces in _segments(text, blocks):
        first_s, _, at_start, _ = pieces[0]
        qtext = " ".join(fold(text[s:e]) for s, e, _, _ in pieces).strip()
        qtext = qtext.rstrip("“\"").rstrip(",")
        if len(qtext.split()) < 3:
            continue
        block = next(b for b in blocks if b[0] <= first_s - 1 < b[1])
        open_pos = first_s - 1
        sent_start = _sentence_start(text, open_pos, block[0])
        before = text[sent_start:open_pos]
        bi = blocks.index(block)
        if at_start and bi > 0 and text[blocks[bi - 1][0]:blocks[bi - 1][1]].rstrip().endswith(":"):
            # "Cllr Smith said:" closes the paragraph before the quote
            pb = blocks[bi - 1]
            sent_start = _sentence_start(text, pb[1], pb[0])
            before = text[sent_start:pb[1]]
        last_e = pieces[-1][1]
        after_block = next((b for b in blocks if b[0] <= last_e <= b[1]), block)
        after = text[last_e + 1:after_block[1]] if pieces[-1][3] else ""
        speaker, kind, names = None, "", []
        full = bool(re.match(r"[A-Z‘'\"]", qtext)) or bool(re.search(r":\s*$", before))
        # speaker before: "... X said: “", "X said the plan was “"
        verbs = list(re.finditer(rf"\b{SPEECH}\b|\baccording\s+to\b", before, re.IGNORECASE))
        if verbs:
            v = verbs[-1]
            speaker, kind, names = R.subject(sent_start, sent_start + v.start(), sent_start + v.start())
            if speaker is None and re.match(r"according", v.group(), re.IGNORECASE):
                speaker, kind, names = R.subject(sent_start + v.end(), open_pos, open_pos)
        # speaker after: "“...,” said Cllr Smith." / "“...,” she added." / "..., according to inspectors."
        if speaker is None and after:
            m = re.match(rf"\s*[,.]?\s*(?:{SPEECH})\s+(?P<who>[^,.;“]{{1,80}})", after, re.IGNORECASE) or \
                re.match(rf"\s*[,.]?\s*(?P<who>[^,.;“]{{1,80}}?)\s+(?:{SPEECH})\b", after, re.IGNORECASE) or \
                re.search(r"\baccording\s+to\s+(?P<who>[^,.;“]{1,60})", after[:120], re.IGNORECASE)
            if m:
                ws = last_e + 1 + m.start("who")
                speaker, kind, names = R.subject(ws, ws + len(m.group("who")), ws)
        # a paragraph that is all quote, straight after another quote: the same speaker goes on
        if speaker is None and at_start and prev is not None and full:
            if bi > 0 and blocks[bi - 1][0] == prev["_end_block"]:
                speaker, kind, names = prev["speaker"], prev["speaker_type"], prev.get("speakers", [])
        if speaker is None:
            continue
        if kind in ("ofsted", "organisation") and not full and not names:
            continue  # "inspectors said it was “a significant improvement”": a phrase, not a quote
        if not full and len(qtext.split()) < 3:
            continue
        item = {"speaker": speaker, "text": qtext, "span": [pieces[0][0], pieces[-1][1]],
                "spans": [[s, e] for s, e, _, _ in pieces], "speaker_type": kind or "person",
                "partial": not full}
        if len(names) > 1:
            item["speakers"] = names
        item["_end_block"] = after_block[0]
        out.append(item)
        prev = item
    for q in out:
        q.pop("_end_block", None)
    return out
