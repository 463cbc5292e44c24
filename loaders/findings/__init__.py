"""Finding sentences: concerns and improvements, each with its themes.

extract_findings(spans, inspection=None) -> (concerns, improvements): one Finding
(loaders/digest.py) per sentence and theme, primary theme first.

Polarity is decided per sentence from the evaluative language Ofsted, councils and
reporters use. A sentence that states any weakness is a concern even when it opens with
a strength ("Although the response is usually timely, children are not always promptly
identified"): the concession is the finding's context, the weakness its point.

Themes come from the skos:altLabel signal words of ontology/themes.ttl, matched as whole
words. A sentence with no signal word of its own ("Research is used to inform
hypotheses...") takes the theme of the paragraph it sits in, and a sentence that refers
back ("This means...", "As a result...") also takes the theme of the sentence before it.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import replace
from functools import lru_cache

from loaders.alternation import Alternation
from loaders.findings.measures import measured_polarity
from loaders.digest import Finding
from loaders.lexicon import CONSEQUENCE
from loaders.text import Span

# ---------------------------------------------------------------- themes

# Signal words so general that they only count when nothing more specific is said.
_WEAK_LABELS = {"safe", "practice", "social work", "practitioners", "staff", "social workers", "health", "data",
                "learning", "harm", "protect", "protection", "managers", "partners", "agencies",
                "capacity", "contact", "contacts", "review", "plan", "plans", "planning", "director",
                "corporate", "strategic", "consent", "leaders", "placement", "stability",
                "court", "proceedings", "timely", "prompt", "promptly", "safeguarding", "residential",
                "training", "consistency", "oversight", "wait", "waiting", "conference", "conferences",
                "homes", "at risk", "need help", "immediate action", "analysed", "analyse", "adolescents",
                "culture"}  # an organisation's "culture of learning" as often as a child's


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _label_key(s: str) -> str:
    """A label or a run of words as its lower-case words: "Multi-agency" -> "multi agency"."""
    return " ".join(_TOKEN.findall(s.replace("’", "'").lower()))


@lru_cache(maxsize=1)
def _theme_labels() -> tuple[dict[str, list[tuple[str, bool]]], dict[str, str], int]:
    """The skos:altLabels of ontology/themes.ttl: the themes each signals ({label key:
    [(theme id, weak)]}), the labels that only count in capitals ("MASH", "SEND": {key:
    label}), and the most words a label has."""
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from ontology import THEMES_FILE

    g = Graph().parse(THEMES_FILE)
    by_label: dict[str, list[tuple[str, bool]]] = {}
    capitals: dict[str, str] = {}
    for concept, notation in g.subject_objects(SKOS.notation):
        for label in g.objects(concept, SKOS.altLabel):
            lab = str(label)
            by_label.setdefault(_label_key(lab), []).append((str(notation), lab.lower() in _WEAK_LABELS))
            if sum(ch.isupper() for ch in lab) >= 2:
                capitals[_label_key(lab)] = re.sub(r"[\W_]+", "", lab)
    return by_label, capitals, max(len(k.split()) for k in by_label)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(key.split()[0] for key in _theme_labels()[0])


def theme_hits(text: str) -> list[tuple[str, int, int, bool]]:
    """Every signal word in `text`: (theme, start, length, weak), the longest label at a place."""
    by_label, capitals, longest = _theme_labels()
    words = [(m.start(), m.end(), m.group().replace("’", "'").lower()) for m in _TOKEN.finditer(text)]
    firsts = _first_words()
    hits = []
    i = 0
    while i < len(words):
        if words[i][2] not in firsts:  # no label starts with this word
            i += 1
            continue
        for n in range(min(longest, len(words) - i), 0, -1):
            key = " ".join(w for _s, _e, w in words[i:i + n])
            if key not in by_label and key.endswith("'s") and key[:-2] in by_label:
                key = key[:-2]  # a possessive: "the safeguarding partnership's guidance"
            if key not in by_label:
                continue
            start, end = words[i][0], words[i + n - 1][1]
            if key in capitals and re.sub(r"[\W_]+", "", text[start:end]) != capitals[key]:
                continue  # "send" is not SEND
            hits += [(theme, start, end - start, weak) for theme, weak in by_label[key]]
            i += n - 1
            break
        i += 1
    return hits


# From the most specific area of practice to the most general: the order in which a
# sentence's themes are listed (its primary theme first).
SPECIFICITY = ("exploitation", "missing", "disabled_children", "domestic_abuse_and_neglect", "care_leavers",
               "permanence", "early_help", "front_door", "child_protection", "children_in_care", "assessments",
               "plans_and_reviews", "supervision", "caseloads", "quality_assurance", "identity_and_voice",
               "timeliness", "workforce", "partnership", "leadership", "practice_quality", "other")


def themes_of(text: str) -> list[str]:
    """The themes a sentence is about, the most specific first: strong signals before weak
    ones, then in the order of SPECIFICITY. [] when it names none."""
    best: dict[str, tuple] = {}
    for theme, start, length, weak in theme_hits(text):
        rank = SPECIFICITY.index(theme) if theme in SPECIFICITY else len(SPECIFICITY)
        key = (weak, rank, start)
        if theme not in best or key < best[theme]:
            best[theme] = key
    return sorted(best, key=lambda t: best[t])


# ---------------------------------------------------------------- polarity

# someone who keeps in touch: "She still rings me every week" (a strength; "still" alone is a weakness)
_KEEPS_IN_TOUCH = r"rings|calls|phones|texts|visits"
_NEG = [
    # what holds practice back, named plainly: "little confidence", "This concern mirrors ...", "a high rate of turnover",
    # "compounded by difficulties in staff recruitment", "limiting social workers' ability",
    # "plans end without successful completion", "is less common", "has been absent", "can have an impact on the timeliness"
    r"\blittle\s+confidence\b",
    r"\b(?:required|necessary|needed)\s+improvements?\s+(?:include[sd]?|including)\b",
    r"(?<!understand\s)(?<!understands\s)(?<!recognise\s)(?<!recognises\s)(?<!recognised\s)(?<!aware\sof\s)(?<!address\s)(?<!meet\s)(?<!\bon\s)\b(?:a|the)\s+need\s+for\s+(?:significant|substantial|considerable|urgent|further|rapid)\s+improvement\b",
    r"^\W*(?:This|These|The\s+same)\s+concerns?\s+(?:mirrors?|reflects?|echo(?:es)?|remains?)\b",
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:is|are|was|were|remains?)\s+(?:very\s+|particularly\s+|deeply\s+|especially\s+|also\s+|more\s+)?concerning\b(?!\s+(?:the|a|an|their|its|local|some|any|how|what|children)\b)",
    r"\bas\s+opposed\s+to\s+(?:providing|giving|offering|ensuring|focusing)\b",
    r"\bhigh\s+(?:rate|rates|levels?|numbers?|use)\s+of\s+(?:staff\s+)?(?:turnover|vacanc\w+|sickness|absence|agency\s+(?:social\s+)?(?:workers|staff))\b",
    # "said recruiting and retaining staff was a problem", "problems have arisen from a rise in caseloads", "leaving these children
    # unprotected", "Twenty one cases ... were referred back to the authority by inspectors"
    r"(?<!\bwhether\s)(?<!\bif\s)\b(?:\w+ing\s+(?:and\s+\w+ing\s+)?staff|staffing|recruitment|retention)\s+(?:was|were|is|are|remains?|remained|has\s+been|had\s+been)\s+(?:a|an)\s+(?:\w+\s+)?(?:problem|issue)\b",
    r"\bproblems?\s+(?:have|has|had)\s+(?:\w+\s+)?(?:arisen|emerged|developed)\b",
    r"\b(?:cases|children)\b[^.;]{0,80}\b(?:referred|passed|sent)\s+back\s+to\s+the\s+(?:council|authority|local\s+authority|trust)\b",
    r"\b(?:high|demanding|heavy)\s+(?:and\s+(?:high|demanding|heavy|complex)\s+)?caseloads\b",
    r"\bdifficult(?:y|ies)\s+(?:in|with)\s+(?:staff\s+)?(?:recruit\w*|retain\w*|retention)\b", r"\bcompounded\s+by\b",
    r"\blimit(?:s|ing|ed)\s+(?:[\w’']+\s+){0,3}?(?:ability|capacity|opportunit\w+)\b",
    r"\b(?:end|ends|ended|close|closes|closed)\s+without\b", r"\b(?:is|are|was|were)\s+less\s+(?:common|frequent|evident|consistent|developed)\b",
    r"\b(?:has|have|had)\s+been\s+(?:largely\s+|wholly\s+|completely\s+|notably\s+)?absent\b(?!\s+from)|\b(?:is|are|was|were)\s+(?:largely|often|sometimes|still|notably)\s+absent\b(?!\s+from)",
    r"\bcan\s+(?:have\s+an?\s+(?:adverse\s+|negative\s+|detrimental\s+)?impact\s+on|adversely\s+affect|lead\s+to\s+delay)\b",
    # help at the wrong level or too late, and what stands in the way: "when their needs could be met through early help", "less able
    # to assure itself", "should have happened earlier", "some ambiguity about the process", "This prevents a multiagency approach",
    # "have significantly impacted on the pace of improvement", "were without a school place", "needs to be recorded", "the need for
    # more effective oversight"
    r"\bcould\s+(?:have\s+been|be)\s+met\s+(?:by|through|in|with)\b", r"\bless\s+able\s+to\b",
    r"\bshould\s+have\s+(?:happened|been\s+\w+|started|taken\s+place)\s+(?:much\s+)?(?:earlier|sooner)\b",
    r"\bambigu(?:ity|ous)\b", r"\bprevents?\s+(?:a|an|the)\s+(?:multi-?agency|timely|effective|coordinated|joint|consistent)\b",
    r"\bimpacted\s+(?:\w+\s+)?on\s+the\s+pace\b", r"\bwithout\s+(?:a\s+)?(?:school\s+place|social\s+worker|allocated\s+\w+)\b",
    r"(?<!specific\s)(?<!their\s)(?<!particular\s)(?<!individual\s)\b(?:needs|need)\s+to\s+be\s+(?:better\s+|more\s+)?(?:recorded|strengthened|improved|embedded|clearer)\b",
    r"\bthe\s+need\s+for\s+(?:children[’']s\s+social\s+care\s+to\s+have\s+)?(?:more|better|greater|stronger|improved)\b",
    # nobody acted: "nobody had changed the plan", "They help nobody" (not "nobody was left without a plan")
    r"\b(?:nobody|no\s+one)\s+(?:had\s+|has\s+|have\s+|was\s+|is\s+|ever\s+|really\s+)?(?:changed|rang|called|listened|told|checked|noticed|acted|"
    r"asked|came|visited|read|followed|responded|helped|picked|explained|took|looked|knew|seemed|wanted)\b|\bhelps?\s+nobody\b",
    r"\bbed[\s-]and[\s-]breakfast\b|\bB&Bs?\b", r"\bfor\s+urgent\s+action\b",
    r"\bnot\b(?!\s+(?:only|least|just)\b)(?![-‐])", r"n['’]t\b", r"\bcannot\b",  # "n't" after "was", "do": no word boundary before its n
    r"\bno\s+(?:clear|evidence|consistent|formal|effective|robust|written|up-to-date|oversight|management|plan|record|recorded|analysis|contingency)\b",
    r"\black(?:s|ed|ing)?\b", r"\babsence\s+of\b", r"\bwithout\s+(?:a\s+|an\s+|any\s+|the\s+)?(?:clear|timely|effective|sufficient|appropriate|robust|adequate|proper|full|"
    r"involvement|input|oversight|consideration|understanding|support|purposeful|updated|up-to-date)\b", r"\bin\s+isolation\b",
    r"\b(?:is|are|remains?|was|were|be|being)\s+(?:\w+\s+)?vulnerable\s+to\b",
    r"\btoo\s+(?!much\s+too)\w+", r"\bvariab(?:le|ility)\b", r"\bvar(?:y|ies|ied)\b",
    r"\binconsisten(?:t|tly|cy|cies)\b", r"\bweak(?:ness|nesses|ened|er|ens?|ening)?\b",
    # needs left unmet, work left waiting: "closed ... without their needs being met", "referrals were left for weeks"
    r"\bwithout\s+(?:their|the|his|her|its)\s+(?:\w+\s+)?needs\s+being\s+met\b", r"\bleft\s+(?:for\s+)?(?:weeks|months)\b",
    r"\bwaiting\s+to\s+be\s+allocated\b",
    # workers changed over and over: "four social workers in eight months", "had changed 'five times in a year'"
    r"(?:\b(?:changed|moved)\s+[“\"‘']?(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+times|(?<!than\s)(?<!least\s)\b(?:three|four|five|six|seven|eight|nine|ten|\d+)\s+"
    r"(?:different\s+)?(?:social\s+workers|workers|personal\s+advisers|placements))\s+in\s+"
    r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|\d+)\s+(?:years?|months?|weeks?)\b", r"\bpoor(?:ly|er)?\b",
    r"\binsufficient(?:ly)?\b", r"(?<![-‐])\blimited\b(?!\s+to\b)", r"\blimits?\b(?!\s+(?:of|to)\b)", r"\bdeficit", r"\bshortfall",
    r"\bgaps?\b", r"\bfragment(?:ed|ary)\b", r"\bfragil", r"\bdelay(?:s|ed)?\b", r"\bdrift(?:ed|ing)?\b", r"\bunclear\b", r"\bunable\b",
    r"\bfail(?:s|ed|ure|ures|ing)?\b", r"\bdeteriorat", r"\bdeclin(?:e|ed|ing)\b", r"\bworse\b", r"\bworsen(?:s|ed|ing)?\b", r"\bslow(?:ly|er)?\b",
    r"\bbacklogs?\b", r"\boverdue\b", r"\bout\s+of\s+date\b", r"\bsuperficial", r"\boverly\b", r"\bmissed\b",
    r"\bmore\s+(?:work\s+)?to\s+do\b", r"\bwork\s+to\s+do\b", r"\b(?:more|further\s+work|work)\s+to\s+be\s+done\b",
    r"\b(?:more\s+)?(?:progress|work|improvements?)\s+(?:still\s+)?needs?\s+to\s+be\s+(?:made|done)\b",  # "more progress needs to be made"
    r"\bearly\s+stages?\s+of\b(?!\s+(?:a\s+|the\s+|their\s+)?(?:family|families|child|children|young\s+person)(?:['’]s?)?\s)|\b(?:is|are|was|were|remains?|still|be|being)\s+(?:(?:still|only|also|currently|now|yet|all|relatively)\s+)?(?:at\s+an?|in\s+(?:the|their|its))\s+(?:very\s+)?early\s+stages?\b", r"\byet\s+to\b",
    r"\bthere\s+(?:is|was|remains)\s+(?:still\s+)?(?:a|an|the)?\s*(?:\w+\s+)?need\s+(?:to|for)\b",
    r"\b(?:there\s+)?needs?\s+to\s+be\s+(?:a|an|more|greater|further)\s+(?:\w+\s+)?(?:reduction|increase|improvement|focus|"
    r"change|consistency|oversight|pace|scrutiny|challenge)\b",
    r"\bneeds?\s+to\s+(?:improve|be\s+improved|be\s+strengthened|strengthen|develop|address|ensure|increase|reduce|be\s+addressed)\b",
    r"\b(?:further|much|significant|considerable|urgent)\s+(?:work|improvements?|development)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required)\b",
    r"^\W*Improvements?\s+(?:is|are)\s+(?:still\s+|urgently\s+)?(?:needed|required)\b",
    r"\b(?:further|more)\s+(?:work|focus|attention)\b[^.;]{0,120}?\b(?:is|are|was|were)\s+(?:still\s+)?(?:needed|required|necessary)\b",
    r"\b(?:workforce|recruitment|staffing|capacity|significant|serious|ongoing|considerable)\s+challenges\b", r"\bchallenges\s+remain\b",
    # "Workloads were a particular problem"; "most social workers were responsible for over 40 children"
    r"\b(?:were|was|is|are|remains?|remained|been|became|become)\s+(?:a|the)\s+(?:particular|major|big|serious|significant|real|persistent|ongoing|key|main)\s+(?:problem|issue|concern|worry)\b",
    r"\bresponsible\s+for\s+(?:over|more\s+than|up\s+to|as\s+many\s+as)\s+\d+\s+(?:children|cases|families)\b",
    # "120 children were waiting for an assessment": children kept waiting
    # (a wait that is long; "24 children are waiting to be adopted" is a count)
    r"\b(?:children|families|young\s+people|cases|referrals)\s+(?:were|are|had\s+been|have\s+been)\s+(?:still\s+|left\s+)?waiting\s+"
    r"(?:(?:for\s+)?(?:up\s+to|more\s+than|over)\s+|too\s+long\b|a\s+(?:long|substantial|considerable)\s+(?:time|period|amount)\b|"
    r"[^.;]{0,40}\bsome\s+for\s+(?:more\s+than|over|up\s+to)\b)",
    # "the most significant challenge to the local authority's ability to provide good services"
    # (a challenge named as the state of things, not one leaders know of: "an accurate assessment of the key challenges")
    r"^\W*(?:the|their|its)\s+(?:most\s+significant|biggest|greatest|main|key|major)\s+challenges?\s+(?:to|for|facing|is|are|remains?|has\s+been)\b|"
    r"\b(?:is|be|remains?|has\s+been)\s+(?:a|the|our|its|their)\s+(?:most\s+significant\s+|biggest\s+|greatest\s+|main\s+|key\s+|major\s+)challenge\b",
    r"\b(?:attention|focus|work|action)\s+(?:is|are|was|were)\s+(?:still\s+|urgently\s+)?(?:needed|required)\b",
    r"\bun-?addressed\b", r"\bletting\s+(?:\w+\s+){0,3}down\b", r"\blet\s+(?:\w+\s+){0,2}down\b", r"\b(?:harmed|hampered|undermined|compromised)\b", r"\blottery\b", r"\bgrim\b",
    # "described the 2019 inspection as 'catastrophic'" (in lower case: not the title of "a series of 'Shocking Facts' posters")
    r"\b(?-i:catastrophic|disastrous|shocking|appalling|dreadful|woeful|abysmal|incompeten(?:t|ce))\b",
    r"\brequir(?:es?|ing|ed)\s+(?:further\s+|more\s+|some\s+|significant\s+)?improvement\b",
    r"\b(?:require|requires|requiring)\s+(?:further|more|significant)\s+improvements\b",  # not "drive the required improvements"
    r"\b(?:issues|problems|weaknesses|shortcomings|difficulties)\s+(?:still\s+)?remain(?:s|ed)?\b(?!\s+(?:a\s+|an\s+)?(?:high|top|key|central|priority|firmly|on\s+the))",
    r"\b(?:requires?|needs?)\s+(?:further|more|considerable|significant)\s+(?:development|work|strengthening|embedding|progress)\b",
    r"\bunder-?(?:developed|used|utilised|utilized|resourced|staffed|reported|performing)\b",
    # a comparison that falls short ("less clear", "less well understood"); "Nor do they..." adds a lack
    r"(?<!\bno\s)(?<!\bnone\s)(?<!\bany\s)\bless\s+(?:well\b|clear|effective|consistent|robust|evident|developed|timely|strong|positive|"
    r"focused|thorough|secure|confident|detailed|comprehensive|rigorous|responsive|established|embedded|visible|good|"
    r"regular|frequent|stable|proactive|prompt|purposeful|reflective)",
    r"^Nor\s+(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would)\b", r"^\W*Neither\b[^.;]{1,80}\bnor\b",
    r"\bneed(?:s|ed)?\s+to\s+be\s+(?:much\s+|far\s+)?(?:clearer|stronger|better|quicker|sharper|timelier|more\s+\w+)\b",
    r"\bfind(?:s|ing)?\s+it\s+(?:difficult|hard)\b",
    # what could be better, falls below others', is hard or missing: "could be more effectively managed", "is below that of those
    # in similar authorities", "it is difficult to measure progress", "There is currently no moderation process in place"
    r"\bcould\s+be\s+(?:more\s+\w+|better|improved|strengthened|clearer|quicker|timelier|sharper)\b",
    r"\b(?:is|are|was|were|remains?|fell|falls)\s+(?:\w+\s+)?below\s+(?:that\s+of|those\s+of|the\s+(?:national|regional|england|statistical)|(?:national|regional|statistical)\s+(?:neighbours?|averages?)|average)\b",
    r"\b(?:it\s+is|it\s+was|is|are|was|were)\s+(?:more\s+|very\s+)?(?:difficult|hard)\s+to\s+(?:measure|know|see|understand|track|assess|evaluate|tell)\b",
    r"\bthere\s+(?:is|are|was|were)\s+(?:currently|still|yet)\s+no\b",
    # what inspectors asked for: "areas for priority action", "two points of improvement", "areas which needed to improve"
    r"\b(?:areas?\s+(?:for|of)\s+|requir\w+\s+(?:to\s+take\s+)?|need\w*\s+(?:to\s+take\s+)?)[‘'\"“]?(?:priority|immediate)(?:\s+and\s+immediate)?\s+action\b",
    r"\b(?:\d+|two|three|four|five|six|several|a\s+number\s+of|some|key)\s+(?:areas?|points?|aspects?)\s+(?:of|for)\s+(?:further\s+)?improvement\b",
    r"\b(?:areas?|points?)\s+(?:of|for)\s+(?:further\s+)?improvement\s+(?:identified\s+(?:by\s+[^.;]{1,40}?\s+)?)?(?:were|was|have\s+been|has\s+been|include\w*)\b",
    # "Two recommendations were identified", "found some areas that the council could improve", "had for years been critical of"
    r"\brecommendations?\s+(?:were|was|have\s+been|has\s+been)\s+(?:identified|made)\b",
    r"\b(?:areas?|things)\s+(?:that|which|where)\s+(?:the\s+)?(?:council|authority|it|they|leaders|service|trust)\s+(?:could|should|must|needs?\s+to|needed\s+to)\s+(?:improve|do\s+better|strengthen)\b",
    r"\b(?:been|was|were|is|are|remains?)\s+(?:\w+\s+)?critical\s+of\b",
    r"\b(?:areas?|points?|aspects?)\s+(?:that|which|where)\s+(?:\w+\s+){0,3}?(?:require[sd]?|need(?:s|ed)?)\b",
    # "Ofsted gave the council some areas to improve on"
    r"\b(?:some|several|a\s+few|two|three|four|five|\d+|key|other)\s+(?:areas?|points?|things)\s+to\s+(?:improve|work)\s+on\b",
    r"\bimprovements?\s+(?:were|was|have\s+been|has\s+been)\s+identified\b", r"\bdemand(?:s|ed|ing)?\s+improvement",
    r"\b(?:must|should|could|can|need\s+to)\s+(?:(?:and|or)\s+(?:must|should|could|can)\s+)?do\s+better\b",
    r"\blowest\s+(?:possible\s+)?(?:rating|grade|level(?!\s+of\s+(?:intervention|need|support))|judgement)\b", r"\bdisgrace\b", r"\binefficien\w*", r"\b(?:needing|needs|needed)\s+(?:further\s+|more\s+|some\s+|urgent\s+|significant\s+)?improvement\b",
    # "inspectors highlighted issues with record-keeping"
    r"\b(?:highlighted|identified|raised|found|noted|flagged(?:\s+up)?)\s+(?:many\s+of\s+the\s+|some\s+|several\s+|a\s+number\s+of\s+|serious\s+|significant\s+|ongoing\s+|particular\s+|specific\s+|major\s+|widespread\s+){0,2}(?:issues|problems)\s+(?:with|in|around|over)\b",
    # "working from an extremely low base", "we were starting from a low base" (not progress "from a low base")
    r"\b(?:we|it|they|the\s+(?:local\s+)?authority|the\s+council|the\s+service)\s+(?:are|is|was|were)\s+(?:working|starting|operating)\s+from\s+(?:a|an|the)\s+(?:very\s+|extremely\s+)?low\s+base\b",
    # what a letter says is yet to come or gets in the way: "highlighted the need for improvement", "the pace of improvement
    # needs to accelerate", "faces a substantial challenge", "systems issues which have impacted on ...", "the team has
    # experienced significant changes"
    r"\bneed\s+for\s+(?:further\s+|more\s+|urgent\s+|significant\s+|continued\s+)?improvements?\b",
    r"\bpace\s+of\s+(?:improvement|change|progress)\s+(?:needs|has|had|needed)\s+to\s+(?:accelerate|increase|quicken|improve)\b",
    r"\bfac(?:es|ed|ing)\s+(?:a\s+)?(?:substantial|significant|considerable|major|huge|serious)\s+challenges?\b",
    r"\b(?:issues|problems|difficulties)\s+(?:which|that)\s+(?:have|has|had)\s+(?:negatively\s+|adversely\s+)?impacted\b",
    r"\b(?:team|service|workforce)\b[^.;]{0,80}\b(?:has|have|had)\s+experienced\s+(?:significant|considerable|frequent|many|several|numerous)\s+changes\b",
    r"\b(?:persistent|ongoing|continuing|long-?standing)\s+(?:staffing|workforce|recruitment|capacity)\s+(?:issues|problems|difficulties|challenges|pressures)\b",
    r"\bha(?:s|ve|d)\s+an?\s+(?:negative\s+|adverse\s+)?impact\s+on\s+(?:them|their|staff|workers|practitioners)\s+(?:being\s+able\s+to|ability)\b",
    # "121 children in care are living in placements more than 20 miles from home"
    r"\b(?:are|is)\s+living\s+(?:in\s+(?:placements|homes)\s+)?(?:more\s+than|over)\s+\d+\s+miles\s+(?:away\s+)?from\s+(?:their\s+)?home\b",
    # "moved out of council control following a critical Ofsted report": a service taken away for its failings
    r"\b(?:critical|damning|scathing)\s+Ofsted\s+(?:report|inspection|verdict)\b",
    # "services require much further progress", "Inspectors identified areas of improvement", "11 aspects ... which raised concerns"
    r"\brequir\w*\s+(?:much\s+|significant\s+|considerable\s+|substantial\s+)?(?:further|more)\s+(?:progress|improvement|work)\b",
    # (not what leaders knew already, "they had already identified the areas for improvement", nor "any identified areas for improvement")
    r"(?<!\bany\s)(?<!\balready\s)(?<!\bhad\s)(?<!\bthe\s)\b(?:identified|highlighted|found|raised|noted|set\s+out)\s+(?:\w+\s+)?(?:areas?|points?)\s+(?:of|for)\s+(?:further\s+)?improvement\b",
    r"\b(?:which|that)\s+(?:raised|caused|gave\s+rise\s+to)\s+(?:\w+\s+)?concerns?\b",
    # care from many hands: "some children are experiencing care from numerous different caregivers"
    r"\b(?:from|had|have|has|experienced|experiencing|experience|having)\s+(?:\w+\s+)?(?:numerous|multiple|many|several|a\s+number\s+of)\s+(?:different\s+)?"
    r"(?:caregivers|carers|placements|social\s+workers|foster\s+(?:homes|carers|placements)|changes\s+of\s+(?:social\s+worker|placement|carer))\b",
    r"\b(?:minimal|little|no|insufficient)\s+(?:impact|progress|improvement|change|difference)\b",
    r"\bconcerns?\b[^.;]{0,60}\bremain(?:s|ed)?\b",
    r"\bmore\s+work\s+(?:to\s+(?:be\s+)?(?:do|done|undertaken|complete|completed)|is\s+(?:needed|required)|needed|required)\b",
    r"\b(?:there\s+(?:is|are|was|were)|(?:has|have|had)(?:\s+been)?)\s+no\b(?!\s+(?:longer|delay|drift|backlogs?|unallocated|waiting|"
    r"children\s+(?:at|who)|child\s+(?:at|who)|evidence\s+of\s+(?:harm|risk|drift|delay)|concerns?\b))", r"\binadequate\b", r"(?<!\bat\s)\bserious\b(?!\s+(?:cases?|case\s+reviews?|incidents?|youth\s+violence)\b)", rf"\bstill\b(?!\s+(?:{_KEEPS_IN_TOUCH}|sees|comes|checks\s+in|keeps\s+in\s+touch)\b)", r"\brarely\b", r"\bseldom\b",
    r"(?<!\bcaseloads\s)(?<!\bre-referrals\s)(?<!\bre-referral\srates\s)(?<!\bvacancies\s)(?<!\bvacancy\srates\s)(?<!\bturnover\s)"
    r"\b(?:is|are|remains?|was|were)\s+(?:quite\s+|too\s+|very\s+|relatively\s+)?low\b",  # (caseloads, turnover: low is good)
    r"\bincreas\w*\s+(?:levels?\s+of\s+)?(?:risk|harm)\b",
    r"\b(?:caseloads?|workloads?)\b[^.;]{0,30}\b(?:high(?![\s-]quality)|increas\w+|rising|unmanageable)\b",
    r"\b(?:high|heavy|challenging|unmanageable|excessive|overwhelming)[’'\"”]?\s+(?:case|work)loads?\b",
    r"\bun(?:met|safe|stable|necessar\w*|allocated|aware|suitable|acceptabl\w*|resolved|coordinated|clear|known|filled|sure|certain|protected)\b",
    r"\bin(?:accurate|appropriate\w*|effective\w*|complete|frequent)\b", r"\bover-?reliance\b", r"\breliance\s+on\b",
    r"\bimpede", r"\bhinder", r"\bconcerns?\s+(?:about|regarding|over)\s+the\s+(?:quality|effectiveness|timeliness|response)\b",
    r"\bwaiting\s+(?:too\s+)?long\b", r"\bwait(?:ed)?\s+(?:too\s+)?long\b",
    # "Few social workers use communication tools" (not "a few"), "continues to experience significant difficulties in
    # recruiting", "41% of children in care lived more than 20 miles from Blackpool", "contact with their families is harder"
    # (few of the workers' doing is a shortfall; few children moved, excluded or re-referred is not)
    r"^\W*Few\s+(?:\w+\s+)?(?:social\s+workers|practitioners|staff|managers|plans|assessments|workers|records|reviews)\b(?!\s+(?:leave|left|move|moved|change|changed)\b)",
    # (a difficulty in doing the service's work, not "children who have communication difficulties")
    r"\b(?:there\s+(?:are|were|remain|continue\s+to\s+be)|fac(?:e|es|ed|ing))\s+(?:\w+\s+)?difficult(?:y|ies)(?=\s+(?:in|with|\w+ing)\b)|"
    r"\bdifficult(?:y|ies)\s+(?:in\s+)?(?:recruit|retain|find|secur|identify|engag|access|obtain|ensur|gain|reach|provid|respond)\w*",
    r"\b(?:live[sd]?|living|placed)\s+(?:more\s+than|over)\s+(?:\d+|twenty|thirty|fifty)\s+miles\b",
    r"\b(?:is|are|was|were|becomes?|became|has\s+become)\s+(?:much\s+|even\s+)?(?:harder|more\s+difficult)\b(?!\s+to\b)",  # (not children "harder to place")
    # "Care leavers were the area of greatest concern", "had lost touch with 14% of its care leavers", "some hold more than 30",
    # "some had waited more than 6 weeks"
    r"\b(?:area|areas|cause)\s+(?:of|for)\s+(?:the\s+)?(?:greatest|most|particular|serious|real|grave|biggest)\s+concern\b",
    r"\b(?:council|authority|service|trust|team|it)\s+(?:had|has|have)\s+lost\s+(?:touch|contact)\s+with\b",  # (not young people reconnecting)
    r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bto\s)(?<!\bshould\s)\b(?:hold|holds|carry|carries)\s+(?:more\s+than|over|up\s+to|as\s+many\s+as)\s+\d+\b(?!\s*(?:%|per\s*cent))",
    r"\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:up\s+to|more\s+than|over|as\s+long\s+as)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)\s+(?:days?|weeks?|months?|years?)\b",
    # what a report asks of the council: "The report asks the council to improve the timeliness of ..."
    r"\b(?:asks?|asked|tells?|told|wants?|urg(?:es|ed))\s+(?:the\s+)?(?:council|authority|local\s+authority|trust|leaders)\s+to\s+(?:improve|strengthen|address|reduce|do\s+better)\b",
    r"\bwait(?:s|ed|ing)?\s+(?:for\s+)?(?:many\s+|several\s+)?(?:months|weeks|years)\b", r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bwould\s)\b(?:has|have|had|is|are|was|were)\s+(?:been\s+|still\s+|also\s+)?struggl(?:ed|ing)\s+to\b|"
    r"(?<!\bwho\s)\bstruggles\s+to\b",  # the service's struggle, not its clients' ("children who are struggling to")
    r"\brel(?:y|ies|ied|ying)\s+(?:too\s+|very\s+)?heavily\s+on\b", r"\bdeserv(?:e|es|ed)\s+better\b",
    r"\brepeat(?:ed)?\s+(?:referrals?|interventions?|plans?|child\s+protection|episodes?|assessments?|involvement|"
    r"periods?|enquiries|strategy)", r"\bfurther\s+harm\b", r"\bsuffer(?:ing|ed|s)?\b",
    # what would make it better is what it lacks: "could be further strengthened by", "will be enhanced if"
    r"\b(?:could|would|will|might)\s+(?:be|have\s+been)\s+(?:further\s+|significantly\s+|greatly\s+)?"
    r"(?:strengthened|enhanced|improved)\s+(?:by|if|through|with)\b",
    r"\b(?:could|should)\s+(?:be|have\s+been)\s+(?:\w+\s+){0,2}?(?:sooner|earlier)\b",
    r"\b(?:could|should)\s+be\s+(?:much\s+|far\s+|even\s+)?(?:clearer|stronger|sharper|better)\b",  # "some plans could be clearer about goals"
    r"\b(?:could|should)\s+have\s+been\s+(?:\w+\s+)?(?:better|more)\b|\bcould\s+have\s+been\s+(?:prevented|avoided)\b",
    r"\b(?:more|greater|further|additional|stronger)\s+(?:[\w-]+\s+){0,2}?(?:is|are)\s+(?:still\s+|urgently\s+)?(?:needed|required)\b",
    r"\badversely\b", r"\bnegative(?:ly)?\s+(?:impact|effect|affect)",
    # pressure on the service: "has placed significant demands on the virtual school", "continues to rise"
    r"\b(?:plac\w+|put\w*)\s+(?:\w+\s+){0,2}?(?:pressures?|demands?|strain)\s+(?:not\s+only\s+)?on\b", r"\bcontinu\w+\s+to\s+(?:rise|increase|grow)\b",
    r"\breduc(?:ed|tion\s+in(?:\s+the)?)\s+(?:provision|options|services|support|availability)\b", r"\bconcerned\s+(?:that|about)\b",
    # how reporters put a weakness: "progress had stalled", "children left at risk", "patchy checks"
    # "visits ... in accordance with minimum statutory requirements, rather than as identified by the individual needs of the children",
    # "beginning to impact on the frequency of supervision", "decisions made to end plans without significant agencies being present"
    r"\brather\s+than\s+(?:as\s+)?(?:being\s+)?(?:identified\s+by|based\s+on|driven\s+by|informed\s+by|according\s+to|tailored\s+to|led\s+by|focused\s+on)\s+(?:the\s+)?(?:individual\s+|specific\s+|assessed\s+|child[’']s\s+)?(?:needs?|child|children|risks?)\b",
    r"\b(?:beginning|starting)\s+to\s+(?:impact|have\s+an\s+impact)\s+on\s+(?:the\s+)?(?:frequency|capacity|ability|timeliness|consistency)\b",
    r"\bwithout\s+(?:the\s+)?(?:\w+\s+){0,2}(?:agencies|partners|professionals)\s+(?:being\s+)?(?:present|involved|consulted|in\s+attendance)\b",
    # "has the potential to undermine progress", "issues have been longstanding and difficult to progress", "some variation in
    # the quality of recording", "Greater consideration could be given to"
    r"\bundermin(?:e|es|ing)\b", r"(?<!\bwork\s)(?<!\bworks\s)(?<!\bworked\s)(?<!\bworking\s)\b(?:difficult|hard)\s+to\s+(?:progress|resolve|shift|change|sustain)\b",
    r"\b(?:issues?|problems?|weakness(?:es)?|concerns?|shortfalls?)\s+(?:have\s+been|has\s+been|are|were|remain)\s+(?:\w+\s+)?long-?standing\b",
    r"\bvariation\s+in\s+(?:the\s+)?(?:quality|consistency|timeliness|standard|practice)\b",
    r"\b(?:greater|more|further)\s+(?:consideration|attention|thought|focus|emphasis)\s+(?:could|should|needs\s+to|must)\s+be\s+(?:given|paid)\b",
    # "significant failings", "continue to hamper progress and impact negatively on", "the drop in quality", "Standards have
    # dropped", "Much needs to be done", "Concern was also raised about", "said the council must assess referrals more swiftly"
    r"\bdisappointing\b", r"\bdisappointed\s+(?:that|with|by|in)\b", r"\bfailings\b", r"(?<!\ba\s)(?<!christmas\s)(?<!food\s)\bhamper(?:s|ing)?\b(?!\s+(?:to|of|for|and)\b)",
    r"(?<!\bthat\s)(?<!\bwhich\s)\b(?:impact|affect)\s+(?:\w+\s+)?(?:negatively|adversely)\b|\b(?:impact|affect)(?:s|ed|ing)\s+(?:\w+\s+)?(?:negatively|adversely)\b",
    r"\b(?:drop|fall|decline|dip|slump)\s+in\s+(?:the\s+)?(?:quality|standards?|performance)\b",
    r"\b(?:standards?|quality|performance)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:dropped|fallen|slipped|dipped)\b",
    r"\b(?:much|a\s+lot|a\s+great\s+deal)\s+(?:more\s+)?(?:still\s+)?(?:needs|has|had|remains)\s+to\s+be\s+done\b",
    r"\bconcerns?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?(?:rais\w*|expressed|voiced|highlighted)\s+(?:about|over|regarding|that|at)\b",
    r"\b(?:said|says|found|concluded|told|recommended|warned)\s+(?:that\s+)?(?:the\s+)?(?:council|authority|local\s+authority|trust|leaders|managers)\s+"
    r"(?:must|should|needs?\s+to|ought\s+to)\s+(?!(?:continue|maintain|sustain|keep|build\s+on)\b)\w+",
    r"\bstall(?:ed|ing)\b", r"\bleft\s+(?:\w+\s+){0,2}?[‘'\"“]?(?:at\s+risk|in\s+[‘'\"“]?(?:\w+\s+)?(?:harmful|dangerous|unsafe|neglectful|abusive|violent))\b",
    r"\bleft\s+to\s+(?:fend\s+for|cope|manage|struggle|find\s+(?:their|his|her|its)\s+own\s+way)\b",  # "care leavers 'left to find their own way'"
    r"\b(?:come|came|comes|coming|been)\s+under\s+(?:\w+\s+)?fire\b",  # "has come under fire for 'inadequate' children's services"
    # a deadline to improve: "has been given six months to improve its children's services"
    r"\b(?:been|was|were)\s+given\s+(?:\w+\s+){1,3}?to\s+(?:improve|make\s+(?:\w+\s+)?improvements|turn\s+(?:\w+\s+)?around)\b",
    # what an inspection found children living in: "found vulnerable children at risk or living in harmful situations"
    # (not "found children at risk of exploitation are identified quickly")
    r"\b(?:found|identified|revealed|discovered)\s+(?:some\s+|many\s+|vulnerable\s+)*(?:children|young\s+people)\s+(?:(?:who\s+)?(?:were|are)\s+)?"
    r"(?:at\s+risk|(?:living|placed|remaining|left)\s+in\s+(?:\w+\s+)?(?:harmful|dangerous|unsafe|neglectful|abusive|violent|unsuitable))\b"
    r"(?![^.;,]{0,60}\b(?:are|is|were|was|receive\w*|benefit\w*|have|has|get|gets|got)\b)",
    r"\bgot\s+(?:this|it|that|things|so\s+much)\s+(?:\w+\s+)?wrong\b",  # "we got this badly wrong"
    r"\b(?:found\s+to\s+be|been\s+put|were\s+put|was\s+put|being\s+put)\s+(?:\w+\s+)?at\s+(?:\w+\s+)?risk\b",
    r"\blow\s+expectations\b", r"\blost\s+sight\s+of\b", r"\babandoned\b", r"\bsluggish\b", r"\bpatchy\b",
    r"\bpiecemeal\b", r"\bhaphazard\b", r"\bdamning\b", r"\bscathing\b",
    # an unstable leadership: "multiple children's services directors", "a succession of interim leaders", "churn"
    r"\b(?:multiple|numerous|frequent|repeated|a\s+(?:series|succession|string)\s+of)\s+"
    r"(?:(?!(?:for|with|to|of|arrangements|meetings|opportunities|visits|contact)\b)[\w’']+\s+){0,3}?"
    r"(?:directors|chief\s+executives|DCSs|leaders|leadership\s+teams|heads\s+of\s+service)\b", r"\bchurn\b",
    # cases inspectors sent back for action: "21 children's cases were referred back to the local authority"
    r"\breferred\s+(?:\w+\s+){0,4}?back\s+to\s+(?:the\s+)?(?:local\s+authority|council|senior\s+managers|managers)\b",
    # and the inspectors' plainer words: "practice is uneven", "plans are vague", "visits are sporadic"
    r"\b(?:frequent|multiple|numerous|many|several|repeated)\s+changes?\s+(?:of|in)\s+(?:their\s+)?(?:social\s+workers?|workers?|placements?|"
    r"personal\s+advisers?|managers?|IROs?|independent\s+reviewing\s+officers?)\b",
    r"\b(?:turnover|vacanc(?:y|ies)|vacancy\s+rates?|sickness|re-?referrals?|agency\s+(?:staff|use|workers|social\s+workers))\b"
    r"[^.;]{0,30}?\b(?:remains?|is|are|was|were|still)\s+(?:\w+\s+)?(?:high|rising)\b",
    r"\bmixed\s+(?:picture|quality|results?|success|response|effectiveness|experiences?|understanding|progress|outcomes?|practice|"
    r"record|performance|impact|feedback|views?|levels?|standards?)\b|\b(?:is|are|was|were|remains?|been|be)\s+(?:\w+\s+)?mixed\b(?![-\s](?:heritage|race|ethnicity|with|age))",
    r"\buneven(?:ly)?\b", r"\bsparse\b", r"(?<!\bless\s)\breactive\b", r"\bdescriptive\b", r"\bover-?optimistic\b", r"\bsporadic(?:ally)?\b",
    r"\b(?:is|are|was|were)\s+(?:often\s+|sometimes\s+|largely\s+|notably\s+|frequently\s+)?absent\b(?!\s+from\s+(?:school|education|home|care|lessons))",
    r"\b(?:voices?|views?|wishes|focus)\s+(?:\w+\s+){0,2}?(?:is|are|was|were|has\s+been|have\s+been|can\s+be|gets?|got)\s+lost\b|"
    r"\blost\s+(?:momentum|focus|impetus)\b",
    r"\b(?:multiple|repeated|several|frequent|many|numerous|increas\w+|high\s+number\s+of)\s+(?:\w+\s+)?placement\s+breakdowns?\b|"
    r"\bexperienc\w+\s+(?:\w+\s+){0,2}?(?:placement\s+)?breakdowns?\b",
    r"\b(?:completed|achieved|held|started|starts?|convened|shared|received|submitted|undertaken|identified|recognised|initiated)\s+"
    r"(?:too\s+|very\s+)?late\b", r"\bprematurely\b|\bpremature\b(?!\s+(?:babies|baby|birth|infants?|deaths?|mortality))",
    r"\bvague\b", r"\bshortages?[’'\"”]?\s+of\s+(?:(?:suitable|local|appropriate|emergency|qualified|experienced|permanent|specialist)\s+)*"
    r"(?:foster\s+carers|carers|placements|social\s+workers|staff|accommodation|homes|adopters|housing|beds|personal\s+advisers|managers)\b",
    r"\b(?:living|live|lives|lived|placed|placing|stay(?:ing|ed|s)?|housed|accommodated)\s+(?:\w+\s+){0,3}?in\s+bed\s+and\s+breakfast\b|"
    r"\buse\s+of\s+bed\s+and\s+breakfast\b", r"\b(?:over)?stretched\b", r"\bdisorganised\b",
    # what keeps children from something: "This has prevented them from developing trusting relationships"
    # (not what is kept away: "prevent children from becoming looked after")
    r"\bprevent(?:s|ed|ing)?\s+(?:them|him|her|children|young\s+people|families|some\s+\w+)\s+from\s+(?:developing|building|forming|"
    r"having|accessing|receiving|getting|being\s+able|engaging|making|achieving|benefiting|understanding)\b",
    r"\bthere\s+(?:remain|remains|are\s+still|continue\s+to\s+be)\s+(?:some\s+|significant\s+|considerable\s+)?challenges\b",
    r"\bunregistered\s+(?:settings?|placements?|provision|children['’]s\s+homes?|homes?|accommodation)\b",
    r"\bwithout\s+(?:meaningful|purposeful|effective)\s+(?:\w+\s+)?(?:work|intervention|support|progress|planning|change)\b",
    r"\bconfusing\b", r"\bmak(?:e|es|ing)\s+it\s+(?:harder|more\s+difficult|difficult)\b",
    r"\b(?:is|was|remains|there\s+is)\s+(?:a\s+|some\s+)?(?:wide\s+|considerable\s+|significant\s+)?variation\s+in\b",
    r"\blonger\s+than\s+(?:is\s+)?(?:necessary|needed|required|they\s+should)\b",
    r"\b(?:this|which)\s+has\s+(?:negatively\s+|adversely\s+)?impacted\s+(?:on|upon)\b(?!\s+(?:positively|well)\b)",
    r"\b(?:has|have|had)\s+been\s+(?:negatively\s+|adversely\s+)?impacted\s+by\b",
    r"\bunsupported\b", r"\bdissatisf(?:ied|action)\b", r"\bonly\s+(?:nominally|partially|partly|part\s+of)\b",
    r"\bhighlights?\s+(?:the\s+|a\s+)?need\s+(?:for|to)\b", r"\b(?:leaves?|left|leaving)\s+(?:\w+\s+){0,2}vulnerable\b", r"\bunassessed\b",
    r"\bremains?\s+(?:an?\s+)?areas?\s+(?:for|of)\s+(?:further\s+)?(?:development|improvement)\b",
    # what inspectors point to as wanting: "recommends some minor areas of improvement", "exposed some significant flaws",
    # "encouraged the council to improve co-ordination"
    r"\brecommend(?:s|ed|ing)?\s+(?:some\s+|a\s+few\s+|several\s+|two\s+|three\s+)?(?:minor\s+|small\s+|further\s+|key\s+)?areas?\s+(?:for|of)\s+(?:further\s+)?(?:development|improvement)\b",
    r"(?<!recognised\s)(?<!recognized\s)\bflaw(?:s|ed)?\b", r"\b(?:biggest|greatest)\s+(?:issues?|problems?|difficult(?:y|ies)|worr(?:y|ies))\b",
    r"\bwithout\s+(?:being\s+)?(?:fully\s+|properly\s+|adequately\s+|sufficiently\s+)?(?:understood|assessed|considered|explored|addressed|recorded|reviewed)\b",
    r"\bslowed\s+(?:down\s+)?(?:the\s+)?(?:pace|progress|rate|improvement)", r"\b(?:inspectors?|ofsted|(?:the|its)\s+(?:report|watchdog|inspectorate|letter))\s+(?:also\s+)?(?:encouraged|urged|advised|pressed)\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,3}?to\s+"
    r"(?:improve|strengthen|address|tackle|review|end|stop|reduce|speed\s+up)\b",
    r"\bchallenges?\s+remains?\b", r"\b(?:can\s+be|remains)\s+a\s+(?:significant\s+|particular\s+|real\s+|continuing\s+)?challenge\b",
    r"\bhav(?:e|ing)\s+to\s+(?:\w+\s+)?chase\b", r"(?<!\bnone\s)\b(?:falls|fell)\s+short\b",
    r"\b(?:has|have)\s+only\s+(?:very\s+)?recently\s+(?:increased|improved|begun|started|accelerated)\b",
    r"\bmultiple\s+(?:placements|placement\s+(?:moves|changes)|changes\s+of)\b", r"(?<!\bwho\s)(?<!\bthat\s)\bexpressed\s+(?:some\s+)?concerns?\b",
    r"\brather\s+than\s+(?:on\s+)?(?:what\b|(?:the\s+)?(?:impact|quality|experiences?|outcomes?|needs)\b)",
    r"\bmore\s+needs\s+to\s+be\s+done\b",
    r"\b(?:two|three|four|five)\s+(?:or\s+(?:three|four|five|more)\s+)?changes?\s+of\s+(?:social\s+)?workers?\b",
    r"\b(?:result\w*\s+in|led\s+to|leads?\s+to|caus\w*)\s+(?:\w+\s+){0,2}?changes\s+of\s+(?:social\s+)?workers?\b",
    # pressures and challenges the service meets: "continues to experience challenges in maintaining a stable workforce"
    r"\bchallenges\s+(?:in|with)\s+(?:\w+ing|allocation|recruitment|retention|recruiting|the\s+(?:effectiveness|quality|timeliness|consistency))\b",
    r"\b(?:caseload|workload|considerable|significant|increasing|sustained|growing)\s+pressures?\b",
    # what more would bring: "would benefit from greater management oversight"
    r"\bwould\s+benefit\s+from\s+(?:greater|more|further|better|increased|additional|improved|stronger|clearer|closer|the\s+addition\s+of|"
    r"(?:a\s+)?review|being\s+reviewed|reconsideration|clarification|strengthening)\b",
    r"\b(?:above|higher\s+than)\s+(?:the\s+)?(?:optimum|desired|target|recommended|planned)\b",
    r"\b(?:has|have|had)\s+(?:\w+ly\s+)?reduced\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:opportunit\w+|capacity|sense\s+of\s+urgency|urgency|"
    r"availability)\b",
    r"\bprevent(?:s|ed|ing)?\s+(?:important\s+|valuable\s+)?opportunit\w+",
    r"\bre-?referred\s+(?:\w+\s+){0,6}?for\s+the\s+same\b",
    # "over-reliant on safety plans", "unrealistic expectations of parents", "further incidents of harm",
    # "placed ... without the local authority undertaking assessments", "social workers need more capacity"
    r"(?<!\bbecoming\s)(?<!\bbeing\s)\bover-?reliant\b", r"\bunrealistic\b", r"\bfurther\s+(?:incidents?|episodes?)\s+of\s+(?:harm|abuse|neglect|violence)\b",
    r"\bwithout\s+(?:the\s+)?(?:local\s+authority|council|trust|social\s+workers?|managers|leaders)\s+(?:\w+\s+){0,2}?"
    r"(?:undertaking|completing|carrying\s+out|assessing|considering|checking|knowing|being\s+aware)\b",
    # "Instability of leadership has impacted on ...", "significantly higher caseloads", "it is harder for new workers to ..."
    r"\binstability\b(?=[^.;,]{0,60}\b(?:has|have|had|continues?\s+to|remains?|is|are|was|were)\s+(?:\w+\s+)?(?:impacted|affected|hampered|undermined|slowed|"
    r"limited|delayed|a\s+(?:\w+\s+)?barrier))|\b(?:continued|ongoing|persistent|current|continuing)\s+(?:\w+\s+)?instability\b",
    r"\b(?:higher|highest)\s+(?:than\s+\w+\s+)?(?:case|work)loads?\b",
    r"\bfewer\s+(?:children|young\s+people|families|care\s+leavers)\s+(?:were|are|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:receiving|seen|getting|having|offered|visited)\b",
    r"\b(?:it\s+(?:is|was)|making\s+it|makes\s+it|made\s+it)\s+(?:more\s+|much\s+|very\s+)?(?:difficult|harder|hard)\s+for\b",
    r"(?<!\bwho\s)(?<!\bthat\s)(?<!\bwhich\s)\bneeds?\s+more\s+(?:capacity|time|support|oversight|training|resources|staff)\b",  # (not "children who need more support")
    # what a record leaves out, what cannot be told apart, who must do more
    r"\b(?:is|are|was|were)\s+(?:\w+\s+)?missing\s+from\s+(?:(?:their|the|children['’]s|some|many|most)\s+)?(?:[\w-]+\s+)?"
    r"(?:chronolog\w+|records?|plans?|assessments?|files?|reports?|minutes)\b",
    r"\bit\s+(?:is|was)\s+(?:\w+\s+)?(?:difficult|hard)\s+to\s+(?:differentiate|distinguish|see|understand|identify|track|know|"
    r"establish|determine|evaluate|follow)\b",
    r"\bneed(?:s|ed)?\s+to\s+do\s+more\b",
    r"\bunder\s+(?:a\s+(?:great|good)\s+deal\s+of|considerable|significant|huge|immense|intense|extreme|sustained)\s+pressure\b",
    # what went wrong or could have been spared: "unsuccessfully tried to re-engage", "poses real difficulties for",
    # "with no multi-agency planning", "this creates instability", "is exacerbated", "may have been preventable"
    r"\bunsuccessful(?:ly)?\b", r"\bexacerbat\w+",
    r"\b(?:in|on)\s+(?:an?\s+)?(?:emergency\s+or\s+)?unplanned\s+(?:way|manner|basis)\b|\bunplanned\s+(?:or\s+(?:crisis|emergency)\s+)?"
    r"(?:entry|entries|endings?|moves?|returns?|admissions?|placement\s+(?:moves|changes|endings))\b",
    r"\bposes?\s+(?:\w+\s+)?(?:difficult(?:y|ies)|challenges?|problems?)\s+(?:for|to)\b",  # (not "adults who may pose a risk to children")
    r"\bwith\s+no\s+(?:[\w-]+\s+){0,2}(?:planning|support|plans?|oversight|contact|assessments?)\b",
    r"\b(?:creates?|created|causes?|caused|leads?\s+to|led\s+to)\s+(?:\w+\s+)?(?:instability|uncertainty|confusion|anxiety)\b",  # (not the police's "successful disruption")
    r"\b(?:may|might|could)\s+have\s+been\s+(?:preventable|avoidable)\b",
    r"(?<!['’]s\s)(?<!specific\s)(?<!particular\s)(?<!individual\s)(?<!additional\s)(?<!complex\s)(?<!their\s)(?<!wellbeing\s)(?<!health\s)(?<!learning\s)(?<!support\s)\bneeds?\s+to\s+be\s+(?:further\s+|significantly\s+|much\s+)?(?:improved|strengthened|developed|considered|reviewed|understood|recorded|updated)\b",
    r"^\W*None\s+of\s+the\b[^.;]{0,80}?\b(?:had|have|has|were|was)\s+(?:been\s+)?(?:visited|seen|offered|given|allocated|supported)\b",
    # how reporters put workload and agency reliance: "some were holding more than 30 cases", "41 per cent of posts were
    # filled by agency staff", "Nearly half of social workers ... are agency staff"
    r"\b(?:holding|held|carrying|carried|managing|responsible\s+for)\s+(?:more\s+than|over|up\s+to|as\s+many\s+as)\s+\d+\s+(?:cases|children)\b",
    r"\bcaseloads?\s+of\s+(?:more\s+than|over|up\s+to|as\s+many\s+as)\s+\d+",
    r"\b(?:filled|employed|covered)\s+(?:by|through)\s+(?:agency|locum|interim)\s+(?:staff|workers|social\s+workers)\b|\b(?:are|were|is|was)\s+agency\s+(?:staff|workers|social\s+workers)\b",
    # ... and rising caseloads, "many social workers were responsible for between 28 to 33 cases"
    r"\bcaseloads?\s+(?:to\s+)?(?:rise|rises|rose|rising|risen|grow|grew|growing|increase|increased|increasing)\b",
    r"\bresponsible\s+for\s+between\s+(?:2[5-9]|[3-9]\d)\s+(?:and|to)\s+\d+\s+(?:cases|children)\b",
    # how few: "in only 'a small minority' of cases", "only a handful of care leavers"
    r"\bonly\s+[‘'\"“]?(?:a\s+)?(?:small\s+|tiny\s+|very\s+small\s+)?(?:minority|handful)\b",
    r"\blittle\s+(?:or\s+no\s+)?evidence\b",
    # what was left undone or unlawful: "leaders have neglected their duties", "remain in unlawful placements"
    r"\bneglect(?:ed|ing|s)?\s+(?:their|its|his|her|the\s+council[’']s)\s+(?:statutory\s+)?(?:duties|duty|responsibilities)\b",
    r"\bunlawful(?:ly)?\b|\bunregistered\b",
    r"\bmore\s+(?:can|could|needs\s+to|must|should)\s+be\s+done\b",
]
# What an earlier inspection found is history, not this sentence's finding.
_ONCE_CALLED = (r",\s*(?:previously|once|formerly|earlier)\s+(?:criticised|described|judged|rated|deemed|found|labelled|branded|identified)\s+"
                r"(?:as\s+|to\s+be\s+)?[^,;.]{0,60},")
_HISTORY = [
    # "the areas identified as under-performing in 2019"
    r"\b(?:identified|judged|found|rated|deemed|described)\s+(?:as\s+|to\s+be\s+)?(?:being\s+)?(?:under-?performing|weak|poor|failing|"
    r"deficient)\s+(?:in|at|during|by)\s+(?:the\s+|its\s+)?(?:\d{4}|last|previous|earlier|prior)\b",
    # "marked improvement since the last visit, where there was heavy reliance on agency staff"
    r"\bsince\s+the\s+(?:last|previous)\s+(?:visit|inspection),?\s+(?:where|when)\s+there\s+(?:was|were)\b[^.;]*",
    r"\b(?:after|since|following)\s+(?:an?\s+|its\s+|the\s+|their\s+)?[‘'\"“]?inadequate[’'\"”]?\s+(?:rating|judgement|grade|verdict)\b",
    r"\b(?:judged|found|rated)\s+(?:(?:it|them|the\s+(?:council|authority|service|services))\s+)?(?:overall\s+)?(?:to\s+be\s+|to\s+|as\s+)?(?:inadequate|requir\w+\s+improvement(?:\s+to\s+be\s+good)?)",
    r"\b(?:areas?\s+for\s+improvement|weaknesses|failures|shortfalls|deficits)\b[^.;]{0,60}?\bidentified\s+(?:at|during|in|by)\s+the\b[^.;]{0,20}?\b(?:inspection|visit)\b",
    # what an inspection found years before: "three years after the watchdog found 'serious failures'"
    r"\b(?:years?|months?)\s+(?:after|since)\s+(?:the\s+|an?\s+|its\s+)?(?:watchdog|inspectors?|ofsted|inspection|report|regulator)\s+"
    r"(?:had\s+)?(?:found|judged|rated|identified|uncovered|exposed|described)\b[^.;,]*",
    # what things used to be, before "but now": "Support for carers used to be patchy, but now ..."
    r"\bused\s+to\s+be\s+[^.;,]{1,40}(?=,?\s+but\s+(?:now|today|these\s+days)\b)",
    # what it was once called, as an aside: "Performance management, previously criticised as not being good enough, has improved"
    _ONCE_CALLED,
    r"\bpreviously\s+(?:characterised|marked|dominated|beset)\s+by\b[^.;]*",
    # how it was at an earlier inspection, set against now: "This is vastly different from the 2017 inspection, when high numbers of
    # children were left unprotected", "Two years ago there was a high turnover"
    r"\b(?:different|changed|a\s+(?:far\s+)?cry)\s+from\s+(?:the|its)\s+(?:\d{4}\s+|last\s+|previous\s+)?(?:inspection|visit)\b[^.;]*",
    r"^\W*(?:two|three|four|five|six|\d+)\s+years\s+ago,?\s+there\s+(?:was|were)\b[^.;]*",
]
# An aside that judges nothing: "A father, who asked not to be named, said ..."
_ASIDES = [
    r"\b(?:asked|wished|preferred|wants?|wanted|chose)\s+(?:us\s+)?not\s+to\s+(?:be\s+(?:named|identified)|use\s+(?:her|his|their)\s+(?:surname|name|full\s+name))\b",
    # what a kind of visit is: "Focused visits are not graded."
    r"\b(?:are|is|were|was)\s+not\s+(?:graded|rated|given\s+(?:a\s+)?grades?)(?=\s*[.;]|\s*$)",
]
# A condition is not a finding: "When risks increase or circumstances do not improve, ..."
_CONDITIONS = [
    r"(?:^|(?<=[,;]\s)|(?<=\bthat\s))(?:(?:In|For)\s+(?:(?:those|some|the)\s+)?(?:situations|cases|circumstances|instances)\s+)?"
    r"(?:When|Where|If|Whenever|when|where|if|whenever)\b[^,;.]{0,120},(?:\s+or\s+[^,;.]{0,80},)?",  # "When risks escalate, or do not reduce, ..."
    # ... nor a condition that closes the sentence: "The pre-proceedings process is used well when risks are not decreasing."
    # (a trailing "when"/"if" clause only, not "cases where...", and not one with a verb of its own after the negation)
    # (a when-clause of its own, "when reports are not sufficient", not one inside the subject of "is not": "The identification of
    # risk when work begins is not clear enough", "Return interviews when children go missing are not always completed")
    r"(?<=\w\s)(?-i:when|if|whenever)\s+(?![^,;.]{0,60}?\b(?:(?:is|are|was|were|begins?|starts?|go|goes|made)\s+(?:(?!(?:or|and|who|which|that)\b)[\w’'\-]+\s+){0,8}?|needs?\s+(?:(?!(?:or|and|who|which|that)\b)[\w’'\-]+\s+){1,8}?)"
    r"(?:is|are|was|were)\s+(?:not|no\s+longer)\b)[^,;.]{0,80}?\b(?:not|cannot|can['’]t|no\s+longer)\b"
    r"(?:\s+(?!(?:are|is|was|were|remains?|but|although|though)\b)[\w’'-]+){0,8}\s*[.!?]?\s*$",
    # ... nor what a demand would count: "publish, every quarter, how many children waited more than 6 weeks"
    r"\bhow\s+many\s+(?:\w+\s+){0,3}?(?:waited|wait|waiting|hold|held)\b[^.;]*",
]
# Negative words that a positive context turns round: "without delay", "reduce drift".
# what inspectors could not yet judge, judging nothing: "At the time of this visit, it was too early for inspectors to evaluate the
# impact", "However, it is too early to see the impact of this on children"
_TOO_EARLY = r"\btoo\s+(?:early|soon)\s+(?:for\s+(?:\w+\s+){1,2})?to\s+(?:fully\s+)?(?:evaluate|see|assess|judge|measure|determine|know|tell|demonstrate|show|evidence|say|understand)\b"
_TOO_EARLY_RX = re.compile(_TOO_EARLY, re.IGNORECASE)
# who runs what, judging nothing: "Statutory functions ... are delegated to Achieving for Children, a not-for-profit community
# interest company", "An independent provider ... delivers all services for children in need", "The council acts as the local commissioner"
_ARRANGEMENT = re.compile(r"\bstatutory\s+functions?\b|\b(?:delegated|retained)\s+(?:to|within|by)\b|\bnot[\s-]for[\s-]profit\b|"
                          r"\bcommunity\s+interest\s+company\b|\b(?:jointly|wholly)\s+owned\b|\bacts?\s+as\s+(?:the\s+)?(?:local\s+)?commissioner\b|"
                          r"\b(?:independent\s+provider|trust|company)\b[^.;]{0,60}\bdelivers?\s+(?:all\s+)?(?:\w+\s+)?services\b", re.IGNORECASE)
_NEG_EXCEPT = [
    _TOO_EARLY,
    # leaders who know their weaknesses: "has already identified areas that need to be strengthened"; work left for none:
    # "no children's cases are left unallocated"
    r"\b(?:has|have)\s+(?:already\s+)?identified\s+(?:the\s+)?areas?\s+(?:that|which)\s+(?:need|needs|require)\b[^.;]*",
    r"\bno\s+(?:children[’']s\s+)?(?:cases|children)\s+(?:are|were)\s+(?:left\s+)?unallocated\b",
    # leaders who see what must improve: "have identified the need for improvement", "recognises the need for improvement",
    # "when the need for improvement is identified"
    r"\b(?:recognis\w+|identif\w+|acknowledg\w+|aware\s+of|understand\w*|address(?:es|ed|ing)?|outlin\w+)\s+(?:of\s+)?(?:the\s+)?need\s+for\s+(?:\w+\s+)?improvements?\b|"
    r"\bwhen\s+the\s+need\s+for\s+(?:\w+\s+)?improvements?\s+is\s+identified\b",
    # the grade a council had, as its description: "services at an inadequate-rated local authority have improved"
    r"\b[‘'\"“]?inadequate[’'\"”]?-rated\b",
    # what children's troubles may do, in a relative clause: "low self-esteem, both of which have the potential to undermine placement stability"
    r"\bof\s+which\s+(?:have|has|could|can|may|might)\s+(?:the\s+potential\s+to\s+)?undermin\w*",
    # what practitioners challenge or raise is their rigour: "rigorous in raising concerns and challenging ineffective care
    # planning", "diligent in challenging when police investigations have taken too long"
    r"(?<!\bnot\sbeen\s)(?<!\bnot\s)\b(?:rigorous|robust|effective|tenacious|diligent|persistent|confident|proactive)\s+in\s+(?:raising\s+concerns|challenging)\b[^.;]*",
    # "Children do not come into care unnecessarily"; "found no cases where children were left unprotected", "no children receiving
    # help at a statutory level who should not have been"
    r"\b(?:do|does|did|are|is|were|was)\s+not\s+(?:\w+\s+){0,3}?unnecessarily\b",
    r"\bno\s+(?:cases|children|child|families)\s+(?:(?:\w+\s+){1,6}?(?:where|who|that)|where|in\s+which|who|that)\b[^,.;]*",
    # "good progress made since the last inspection, when some children were unnecessarily subject to plans"
    r"\bsince\s+the\s+(?:last|previous)\s+(?:\w+\s+)?(?:visit|inspection)(?:\s+in\s+\w+(?:\s+\d{4})?)?,?\s+(?:where|when)\b[^,.;]*",
    # "to address high numbers of agency workers"
    r"\b(?:address|addressing|tackle|tackling|reduce|reducing)\s+(?:the\s+|its\s+|their\s+)?high\s+(?:rate|rates|levels?|numbers?|use)\s+of\b",
    # what was answered, or did not happen: "In response to these failings, leaders have taken decisive action", "without any
    # discernible dip in performance"
    r"\b(?:in\s+response\s+to|to\s+address|following)\s+(?:these|those|the|a|its|this)\s+(?:\w+\s+)?(?:failings|(?:dip|drop|fall|decline)\s+in\s+performance)\b",
    r"\bwithout\s+(?:any\s+)?(?:\w+\s+)?(?:dip|drop|fall|decline)\s+in\b",
    # a weakness that did not come about: "has not been adversely affected by the pandemic"
    r"\b(?:has|have|had|was|were|is|are)\s+not\s+been\s+(?:\w+ly\s+)?(?:affected|impacted|disrupted|compromised)\b",
    # what leaders aim at, or bring into focus: "to alleviate the workload pressures", "to focus attention on poorer performing areas",
    # "routinely challenge practice when there is drift and unnecessary delay", "understand the extent of the deterioration"
    r"\bto\s+(?:alleviate|ease|relieve)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:pressures?|demands?|workloads?|caseloads?)\b",
    r"\bfocus(?:es|ed|ing)?\s+(?:\w+\s+){0,2}?(?:attention\s+)?on\s+(?:the\s+)?(?:\w+\s+)?(?:poor(?:er)?|weak(?:er)?|unacceptable|under-?performing|lower-?performing)\b(?:\s+(?!(?:when|where|if)\b)[\w\-]+){0,4}",
    r"\bchalleng\w*\s+(?:[\w’']+\s+){0,3}?(?:when|where)\s+there\s+(?:is|are|was|were)\s+(?:\w+\s+){0,2}?(?:drift|delay)\w*(?:\s+and\s+(?:\w+\s+)?(?:drift|delay)\w*)?",
    r"\b(?:understand|understands|know|knows|aware\s+of|recognise[sd]?)\s+the\s+(?:extent|scale|nature|depth)\s+of\s+the\s+(?:\w+\s+)?"
    r"(?:deterioration|decline|weakness\w*|problems?|challenges?|shortfalls?)\b",
    r"\bnot\s+(?:[\w’'\-]+\s+){1,2}but\s+with\b",  # an ethos of 'not working to but with' families
    r"\bno\s+(?:\w+\s+){0,2}(?:is|are|was|were)\s+closed\s+without\b[^.;]*",  # "no case is closed without a successful conclusion"
    # a weakness being put right, or put right already: "senior leaders are in the process of addressing this shortfall",
    # "welcomed how a reliance on agency workers had been addressed" (not "not all concerns have been addressed")
    r"(?<!\bnot\s)\b(?:addressing|tackling|resolving|remedying|rectifying|overcoming)\s+(?:this|these|the|those|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:shortfalls?|weakness(?:es)?|concerns?|deficits?|gaps?|problems?|issues?|failings?|variability|inconsistenc(?:y|ies)|delays?|drift)\b",
    r"(?:^|(?<=[,;:]\s)|(?<!\bof\s)(?<!evidence\s)(?:(?<=\bhow\s)|(?<=\bthat\s)))(?:(?!\b(?:not|no|only|yet|partly|partially|few|little|none|well|far|much|whether|limited|lack\w*|insufficient|evidence|unclear)\b|n[’']t\b)[^,;.]){0,80}?"
    r"(?:,\s*(?:previously|once|formerly|earlier)\s[^,;.]{0,60},\s*)?\b(?:has|have|had)\s+(?:now\s+|since\s+|largely\s+|mostly\s+|successfully\s+)?"
    r"been\s+(?:\w+ly\s+)?(?:addressed|tackled|resolved|rectified|remedied|cleared|overcome|eliminated)\b",
    # little of what would be a weakness: "limited use of temporary staff", "a reduction in the number of inappropriate contacts"
    r"\b(?:limited|low|minimal|reduced)\s+(?:use\s+of|reliance\s+on)\s+(?:temporary|agency|interim|locum)\s+(?:staff|workers|social\s+workers)\b",
    r"\b(?:reduction|reductions|decrease|fall|drop)\s+in\s+(?:the\s+)?(?:number\s+of\s+)?(?:inappropriate|unnecessary|repeat)\b",
    # knowing where the weaknesses are: "insight into areas of potential weakness", "Leaders understand what is working well and
    # areas that need strengthening", "They clearly explain any shortfalls", "clear about the emotional impact on children when parents
    # are unable to ..."
    r"\binsight\s+into\s+(?:the\s+)?(?:areas?\s+of\s+)?(?:potential\s+)?(?:weakness\w*|shortfalls?|risks?|gaps?)\b",
    r"\b(?:understand|understands|know|knows|aware\s+of)\s+[^.;]{0,60}?\bareas?\s+(?:that|which)\s+(?:need|needs|require|requires)\s+(?:further\s+)?"
    r"(?:strengthening|improvement|improving|development|developing)\b",
    r"\b(?:clearly\s+)?explain\w*\s+(?:any\s+|the\s+)?(?:shortfalls|weaknesses|gaps)\b",
    r"\b(?:clear\s+about|understand\w*|aware\s+of)\s+(?:the\s+)?(?:emotional\s+|potential\s+)?(?:impact|effect)\s+on\s+children\s+(?:of|when|where)\b[^.;]*",
    # reliance on agency staff that is low or falling: "only 32 vacant posts being covered by agency workers", "reducing
    # the percentage of the workforce who are agency workers", "vacant posts are appropriately filled by agency workers"
    r"\b(?:only|low|reduc\w+|appropriately)\b[^.;]{0,60}?\b(?:(?:covered|filled|employed)\s+(?:by|through)\s+(?:agency|locum|interim)\s+(?:staff|workers|social\s+workers)|"
    r"(?:are|were|is|was)\s+agency\s+(?:staff|workers|social\s+workers))\b",
    r"\b(?:without|no|minimal|avoid\w*|reduc\w*|minimis\w*|prevent\w*|free\s+from|not\s+experience)\s+(?:unnecessary\s+|further\s+|any\s+)?"
    r"(?:delay|drift)s?(?:\s+(?:or|and)\s+(?:delay|drift)s?)?\b",
    *_CONDITIONS,
    *_ASIDES,
    # a weakness denied: "No children were found to be at unacceptable risk", "no aspects of practice have deteriorated"
    r"\b(?:[Nn]o|[Nn]one\s+of)\s+(?:\w+\s+){0,3}?(?:were|was|are|is|have\s+been|has\s+been)\s+(?:found|seen|identified|judged)\s+(?:to\s+be\s+)?(?:in|at)\b[^.;]{0,60}?\brisk\b",
    r"\b[Nn]o\s+(?:\w+\s+){0,4}?(?:have|has|had)\s+(?:deteriorated|declined|worsened)\b",
    r"\bshould\s+(?:\w+['’]?s?\s+){1,5}not\s+\w+",
    r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+(?:have\s+to\s+)?(?:wait|experience\s+(?:delay|drift)|need\s+to\s+repeat)\b",
    # what is over or kept rare: "no longer experiencing multiple changes of worker", "B&B is only used in emergencies"
    r"\bno\s+longer\s+(?:\w+\s+){0,3}?(?:frequent|multiple|numerous|repeated)\s+changes\b",
    r"(?<!\bto\s)\b(?:no|none|not|never|only|avoid\w*|discontinu\w*|end(?:ed|ing)?|stopp\w*|eliminat\w*|ceased?)\s+(?:[\w’']+\s+){0,6}?"
    r"(?:use\s+of\s+)?(?:bed\s+and\s+breakfast|unregistered|unlawful\w*)\b|\bbed\s+and\s+breakfast\s+(?:\w+\s+){0,3}?(?:is|are)\s+(?:only|never|not|rarely)\b",
    # "no cases were seen where children were left at risk"
    r"\b[Nn]o\s+(?:[\w’']+\s+){0,9}?left\s+(?:\w+\s+){0,2}?at\s+(?:\w+\s+)?risk\b",
    # what is over: "no longer failing", "no longer judged inadequate"
    r"\bno\s+longer\s+(?:\w+\s+){0,2}?[‘'\"“]?(?:fail\w*|inadequate|poor\w*|weak\w*|unsafe|delayed|drift\w*|"
    r"in\s+(?:special\s+measures|intervention))\b",
    r"\bno\s+longer\b", r"\bnot\s+only\b", r"\bnot\s+afraid\s+to\b",
    # nobody left waiting or placed where they should not be: "There are no children waiting for adoption", "there are no young
    # people in unregistered provision"; a weakness acted on or looked out for: "taken rigorous action to respond to this
    # deterioration", "used effectively when drift is identified"
    r"\b(?:there\s+(?:are|were|is|was)\s+)?no\s+(?:children|child|young\s+people|young\s+person|care\s+leavers)\s+(?:currently\s+)?(?:waiting|in\s+(?:unregistered|unregulated|unsuitable)|placed\s+in\s+(?:unregistered|unregulated|unsuitable|bed))\w*",
    r"\baction\s+to\s+(?:respond\s+to|address|tackle|reverse|halt)\s+(?:this|these|the|that)\s+(?:\w+\s+)?(?:deterioration|decline|weakness\w*|shortfalls?|concerns?|drift|delays?)\b",
    r"\bwhen\s+(?:drift|delay|concerns?|risks?|shortfalls?|poor\s+practice)\s+(?:is|are)\s+(?:identified|found|seen|raised)\b",
    # harm or excess denied, in a letter's words: "Emergency action is not taken unnecessarily", "families are not subjected to
    # multiple interventions", "children are not left in situations of unassessed vulnerability", "no child was found to have
    # suffered detriment", "families assessed as not requiring a statutory social work response"
    r"\bin\s+(?:very\s+|extremely\s+|particularly\s+|often\s+)?(?:challenging|difficult)\s+(?:circumstances|times|conditions|contexts?)\b",  # the setting, no weakness
    r"\bnot\s+(?:\w+\s+){0,2}?unnecessarily\b", r"\bnot\s+(?:subject(?:ed)?\s+to|experienc\w*)\s+(?:multiple|repeated|unnecessary|further)\b",
    r"\bnot\s+left\s+(?:in|at)\s+(?:situations?\s+of\s+)?(?:unassessed|unsafe|risk|harm)\w*(?:\s+vulnerability)?",
    r"\bno\s+(?:child|children|young\s+(?:person|people))\s+(?:was|were|had|has|have)\s+(?:\w+\s+){0,4}?(?:suffered|harmed|detriment)\w*(?:\s+detriment)?",
    r"\bnot\s+requir\w+\s+(?:a\s+)?statutory\b",
    # nothing left to put right: "Ofsted identified no areas for improvement"; weaknesses owned: "praised for identifying areas of weakness"
    r"\b(?:identified|found|raised|made|there\s+(?:were|are))\s+no\s+(?:areas?\s+(?:for|of)\s+(?:further\s+)?(?:improvement|development|concern)|recommendations|weaknesses|concerns)\b",
    r"\bpraised\s+for\s+(?:identifying|recognising|recognizing|tackling|addressing|acknowledging)\s+(?:\w+\s+){0,3}?(?:weakness\w*|concerns?|shortfalls?|problems?|areas?\s+for\s+improvement)\b",
    # risk looked for and not found: "inspectors did not identify any children at immediate risk of harm"
    r"\b(?:did|do|does)\s+not\s+(?:identify|find|see|observe|encounter)\s+any\b[^.;]{0,60}?\brisk\b(?:\s+of\s+(?:significant\s+)?harm)?",
    # who the children are: "Risks to children who are harmed or are at risk of harm from parental substance misuse"
    r"\b(?:children|young\s+people|those)\s+who\s+(?:are|have\s+been|were|may\s+be)\s+(?:\w+\s+){0,2}?harmed\b",
    # what a letter to parents explains: "set out the concerns and highlight what needs to improve"
    # knowing where practice falls short is the strength: "an accurate understanding of where practice is strongest
    # and where it needs to improve", "leaders know where practice needs to improve", "where practice is not yet good enough"
    r"\b(?:understand\w*|know(?:s|n)?|aware(?:ness)?|insight)\s+(?:of\s+|into\s+)?(?:[\w’'\-]+\s+){0,6}?(?:what|where|how)\s+"
    r"(?:[\w’'\-]+\s+){0,3}?(?:(?:still\s+)?needs?\s+to\s+(?:improve|change|happen|develop|be\s+(?:improved|done|strengthened|developed))|(?:is|are)\s+not\s+(?:yet\s+)?good\s+enough)\b",
    # "Senior managers were aware of all areas identified prior to the inspection which needed improvement"
    r"\b(?:aware|know\w*|understand\w*)\s+(?:of\s+)?(?:all\s+|the\s+|most\s+|many\s+)?(?:areas?|issues|weaknesses|aspects)\b[^.;]{0,60}?\b(?:needed|needs?|requir\w+)\s+(?:further\s+)?improvement\b",
    r"\b(?:understand|set\s+out|sets\s+out|setting\s+out|explain\w*|highlight\w*|clear\s+about)\s+(?:\w+\s+){0,5}?"
    r"(?:what\s+needs?\s+to\s+(?:improve|change|happen)|(?:the\s+)?(?:concerns|changes|worries)\s+(?:that|which)\s+need\s+to\s+be\s+(?:addressed|made))\b",
    r"\b(?:less|un)\s*likely\s+to\s+(?:experience|have|suffer)\b[^.;]{0,60}",
    # a backlog gone: "the assessment backlog had since been cleared", "cleared the backlog"
    r"\bbacklogs?\s+(?:\w+\s+){0,3}?(?:cleared|eliminated|removed)\b|\b(?:cleared|eliminated)\s+(?:the|its|their|a)\s+(?:\w+\s+)?backlogs?\b",
    # nobody left where they should not be: "none were living in unsuitable housing"
    r"\b(?:none|no\s+(?:children|young\s+people|care\s+leavers|child))\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:\w+\s+){0,3}?(?:unsuitable|unsafe|inappropriate)\b",
    # what a step keeps from happening or deals with: "helping to ensure that families ... are not subject to statutory
    # involvement for longer than is required", "employed to work with the backlog of cases"
    r"\bensur\w*\s+(?:that\s+)?(?:(?!(?:are|is|do|does|have|has)\b)[\w’'\-]+\s+){1,5}?(?:are|is|do|does)\s+not\s+(?!yet\b)"
    r"(?:(?!\b(?:and|but|while|whilst|although|though)\b)[^.;,]){0,80}",
    r"\bto\s+(?:work\s+(?:with|on|through)|address|clear|reduce|tackle|manage)\s+(?:the\s+|a\s+|any\s+)?backlogs?\b",
    r"\breduc\w*\s+(?:\w+\s+){0,6}?unregistered\s+(?:settings?|placements?|provision|children['’]s\s+homes?|homes?)\b",
    # few children coming into care: "Numbers of children entering care are low"
    r"\b(?:entering|coming\s+into|entry\s+into|come\s+into)\s+care\s+(?:\w+\s+){0,3}?(?:is|are|remains?|was|were)\s+(?:\w+\s+)?low\b",
    # "the many and varied needs", "a varied programme": variety, not variation
    r"\b(?:many\s+and\s+varied|(?:a|the)\s+(?:wide\s+and\s+)?varied\s+(?:range|programme|offer|mix))\b",
    # moves kept rare: "fewer children experience multiple placements", "multiple placement moves have reduced"
    r"\b(?:reduc\w*|fewer|avoid\w*|prevent\w*|minimis\w*)\s+(?:\w+\s+){0,6}?multiple\s+(?:placements|placement\s+(?:moves|changes)|changes)\b",
    r"\bmultiple\s+(?:placements|placement\s+(?:moves|changes)|changes)\b[^.;]{0,40}?\b(?:has|have)\s+(?:\w+\s+)?(?:reduced|fallen|decreased)\b",
    # kept from harm: "to safeguard children from further harm"
    r"\b(?:safeguard|protect|keep)\w*\s+(?:\w+\s+){0,2}?(?:safe\s+)?from\s+(?:further\s+|significant\s+|future\s+)?harm\b",
    # what was needed then: "progress has been made in many areas where improvements were needed", "areas that required improvement at the last inspection"
    r"\b(?:progress|improv\w+)\b[^.;]{0,40}?\b(?:areas?|aspects?|points?)\s+(?:that|which|where)\s+(?:\w+\s+){0,3}?(?:(?:were|was|had\s+been)\s+(?:needed|required)\b|"
    r"(?:required|needed)\s+(?:\w+\s+){0,2}?(?:at|in|during|by)\s+the\s+(?:last|previous|prior|earlier)\s+(?:\w+\s+)?(?:inspection|visit)\b)",
    # knowing what is left to do is the strength: "a clear understanding of what still needs to be done"
    r"\b(?:understand\w*|know\w*|aware(?:ness)?|grasp)[’'\"”]?\s+(?:of\s+)?what\s+(?:further\s+|more\s+)?(?:improvements?\s+|work\s+|changes?\s+)?(?:still\s+)?(?:needs?|needed|has|had|remains?|remained)\s+to\s+(?:be\s+(?:done|made|improved|strengthened|developed|changed)|improve|change|strengthen|develop)\b", r"\bstrengths\s+and\s+(?:weakness(?:es)?|areas?\s+(?:for|of|that\s+need)\s+(?:further\s+)?improvement)\b",
    # seeing them accurately is the strength: "an honest appraisal that accurately reflects the shortfalls"
    r"\b(?:accurate(?:ly)?|honest(?:ly)?|realistic(?:ally)?)\s+(?:\w+\s+){0,3}?(?:reflects?|identif\w+|recognis\w+|understand\w*|view\s+of|"
    r"understanding\s+of|appraisal\s+of)\s+(?:the\s+|these\s+|its\s+|their\s+)?(?:\w+\s+){0,2}?(?:shortfalls|weaknesses|deficits|gaps|"
    r"areas\s+for\s+(?:improvement|development))\b",
    r"\bstrengths,?\s+and\s+of\s+(?:the\s+)?(?:things|areas?|aspects?)\s+(?:that|which|where)\s+[^.;]{0,40}?\b(?:need|require)\w*\s+"
    r"(?:to\s+be\s+)?(?:better|improv\w+|develop\w+|work)\b",
    # knowing them is the strength: "the service's strengths, as well as the areas that require further development"
    r"\bstrengths,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+|their\s+|its\s+)?areas?\s+(?:that|which)\s+(?:\w+\s+){0,2}?(?:require|need)\w*\s+"
    r"(?:further\s+)?(?:improvement|development|work)\b",
    # what a plan sets out to address: "an improvement plan to address the identified serious practice shortfalls"
    r"\bto\s+address\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+)?(?:\w+\s+){0,3}?(?:shortfalls?|weakness(?:es)?|deficits?|gaps?|failures?)\b",
    # a weakness conceded before the point: "Despite these delays, no children were left without help"
    r"\bdespite\s+(?:the\s+|these\s+|this\s+|those\s+|some\s+)?(?:\w+\s+){0,2}?(?:delays?|challenges|pressures?|difficulties|weaknesses|caseloads|workloads)\b",
    # a turnaround: "from inadequate to good"
    r"\bfrom\s+[‘'\"“]?inadequate[’'\"”]?\s+to\b", r"\bno\s+(?:widespread\s+or\s+)?serious\s+(?:failures?|failings?)\b(?:[^.;]{0,80}\bharm(?:ed)?\b)?", r"\bwhether\s+or\s+not\b",
    # what a service stops getting worse: "services prevent families' difficulties worsening"
    r"\b(?:prevent\w*|stop\w*|avoid\w*)\s+(?:[\w’']+\s+){0,4}?(?:from\s+)?worsen\w*",
    r"(?<!working\s)(?<!starting\s)(?<!operating\s)\bfrom\s+(?:a|the)\s+(?:very\s+|extremely\s+)?low\s+base\b", r"\b(?:did|do|does)\s+not\s+delay\b",
    r"\b(?:do|does|did)\s+not\s+shy\s+away\b|\bnever\s+shy\s+away\b",  # "do not shy away from discussing difficult topics"
    # what a service heads off or stands ready for: "young people who may not otherwise receive a service", "stop them
    # becoming serious", "work quickly to address weakening performance", "to respond to situations when safety plans are not adhered to"
    r"\b(?:may|might|would|could)\s+not\s+otherwise\b", r"\b(?:stop|stops|stopping|prevent\w*)\s+(?:them|it|these|this|issues|concerns|problems)\s+(?:from\s+)?becom\w+\s+(?:more\s+)?serious\b",
    r"\bto\s+address\s+(?:any\s+)?weakening\b", r"\bto\s+respond\s+to\s+(?:situations|times|occasions)\s+(?:when|where)\b[^.;]*",
    # knowing why, and harm kept small: "a good understanding of the reasons children are not in full-time education",
    # "where it considered that impact on children would be limited", "have not been hindered by increased referral rates",
    # the pandemic's "regulatory flexibilities ... was infrequent and mostly used to vary visits"
    r"\b(?:good|clear|strong|sound|accurate|thorough|detailed)\s+understanding\s+of\s+(?:the\s+)?(?:reasons?|why|how|risks?|needs|issues|challenges|problems|weaknesses|shortfalls)\b[^.;,]*",
    r"\bimpact\b[^.;]{0,40}\b(?:would|will)\s+be\s+(?:minimal|limited)\b", r"\b(?:has|have|had|was|were)\s+not\s+been\s+(?:hindered|affected|impeded|hampered|compromised|disrupted)\b",
    r"\bflexibilit(?:y|ies)\b[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been)\s+(?:infrequent|minimal|limited|rare)\b(?:\s+and\s+(?:mostly\s+)?used\s+to\s+vary\s+visits)?",
    # whom a service is for: "families whose needs do not meet the threshold for statutory help", "where the threshold was not met"
    r"\b(?:do|does|did|was|were|is|are|has|have)\s+not\s+(?:yet\s+)?(?:meet|met|reach|reached)\s+(?:the\s+)?(?!(?:\w+\s+)?(?:government|national|DfE|performance)\b)(?:\w+\s+){0,2}?thresholds?\b|"
    r"\bthresholds?\s+(?:for\s+(?:\w+\s+){1,3})?(?:was|were|is|are|has\s+been|have\s+been)\s+not\s+(?:met|reached)\b|\bbelow\s+(?:the\s+)?(?:\w+\s+){0,2}?thresholds?\b",
    # who the children are, not a failing: "permanence for those children unable to return home"
    r"\b(?:unable\s+to|cannot|can['’]t)\s+(?:return|go\s+back|live\s+(?:at\s+home|with)|remain\s+(?:at\s+home|with)|be\s+cared\s+for\s+by)\b(?:\s+home\b)?",
    # a weakness nowhere found: "There were no areas that were judged to be inadequate"
    r"\b[Nn]o\s+(?:\w+\s+){0,4}?(?:judged|rated|found|graded)\s+(?:to\s+be\s+)?(?:as\s+)?[‘'\"“]?inadequate\b",
    # what no longer has to happen: "they don't have to change workers when they become 18"
    r"\b(?:do|does|did)(?:\s+not|n['’]t)\s+have\s+to\s+(?:change|repeat|retell|tell|move|wait)\b",
    r"\b(?:reduc\w+|lower\w*|decreas\w+)\s+(?:the\s+|their\s+|its\s+|a\s+|an\s+)?(?:over-?)?reliance\b",
    r"\breliance\s+on\s+(?:[\w-]+\s+){1,3}(?:has|have|had)\s+(?:\w+\s+)?(?:reduced|decreased|fallen|lessened)\b",
    # staff who act on a worry: "visits are carried out swiftly when they are concerned about children's welfare"
    r"\b(?:when|where|if|whenever|who|because)\s+(?:\w+\s+){0,3}?(?:are|is|were|was|become|becomes|became|have\s+been|has\s+been)\s+"
    r"(?:\w+\s+)?concerned\s+(?:about|that|for)\b",
    r"\bno\s+complacency\b",
    # harm looked for and not found, a complaint's subject, care taken, harm lessened
    r"\b(?:did|do|does)\s+not\s+(?:identify|find|see|observe|encounter)\s+(?:any\s+)?(?:children|child|young\s+people)\s+(?:who\s+(?:were|was)\s+)?"
    r"(?:left\s+)?(?:at|in)\s+(?:\w+\s+)?(?:risk|danger)\b[^.;]*",
    r"\b(?:did|do|does)\s+not\s+(?:identify|find|see|observe)\s+any\s+(?:detrimental|adverse|negative)\s+(?:impact|effect)\b",
    r"\ballegations?\s+(?:of\s+)?(?:abuse\s+(?:or|and)\s+)?poor\s+practice\b",
    r"\b(?:whether|if)\s+[^.;,]{0,80}?\bneeds?\s+to\s+be\s+\w+",  # what a meeting considers: "whether cases need to be escalated"
    r"\b(?:made|taken|careful|care)\s+not\s+to\s+(?:disrupt|delay|move|unsettle|lose)\b",
    r"\b(?:when|where|if|who)\s+(?:\w+\s+){0,3}?(?:are|is|were|was|may\s+be|might\s+be)\s+(?:\w+\s+)?vulnerable\s+to\b",
    r"\b(?:reduc\w*|prevent\w*|avoid\w*|few(?:er)?|minimis\w*|lower)\s+(?:[\w-]+\s+){0,14}?unplanned\b|"
    r"\b(?:small\s+number\s+of|analys\w+\s+of|monitor\w*|track\w*|evaluat\w*|review\w*|risk\s+of|following|after)\s+(?:\w+\s+){0,3}?unplanned\b|"
    r"\bwhen\s+(?:\w+\s+){0,4}?(?:in|on)\s+(?:an?\s+)?unplanned\b|\b(?:if|when|where)\s+[^.;,]{0,60}?\b(?:unsuccessful|unplanned)\b",
    r"\b(?:mitigat\w+|minimis\w+|reduc\w+|lessen\w*)\s+(?:the\s+)?(?:impact|effects?)\s+of\s+(?:any\s+)?(?:\w+\s+)?(?:delays?|drift|disruption|changes)\b", r"\b(?:prevent|avoid|stop)\w*\s+(?:[\w’']+\s+){0,6}?unnecessar\w+",
    r"\b(?:to|and)\s+(?:\w+\s+){0,3}?any\s+(?:emerging\s+|potential\s+|further\s+)?gaps?\b",
    r"\b(?:do|does|did)\s+not\s+(?:eclipse|overshadow|detract\s+from|dilute|obscure|distract\s+from)\b",
    # what was never missed, and what someone is "not" set beside what they are: "She never missed one", "You are part
    # of the team, not a service we buy"
    r"\bnever\s+(?:once\s+)?missed\b", r",\s+not\s+(?:just\s+)?(?:a|an)\s+[^.;,]{1,40}?[.!?’'\"”]*$",
    r"\bnot\s+(?:just\s+)?(?:a|an)\s+\w+,\s+(?:that|it)[’']s\b",  # "that's not a job, that's family"
    # "I don't think I'd be where I am without her"
    r"\b(?:don[’']t|do\s+not)\s+think\s+I[’']d\s+be\s+where\s+I\s+am\b[^.;]*|\bwouldn[’']t\s+be\s+where\s+I\s+am\b[^.;]*",
    # seeing them is the strength: "an accurate reflection of key areas of improvement work and areas for development"
    r"\b(?:accurate(?:ly)?|honest(?:ly)?|realistic(?:ally)?|clear(?:ly)?)\s+(?:\w+\s+){0,3}?(?:reflection|understanding|view|picture|"
    r"assessment|analysis)[’'\"”]?\s+of\s+(?:the\s+|its\s+|their\s+)?(?:key\s+|main\s+)?(?:areas?|strengths|weaknesses|shortfalls|deficits|gaps|challenges)\b[^.;]{0,80}",
    r"\b(?:reduc\w+|lower\w*|decreas\w+|stem\w*)\s+(?:the\s+|their\s+|its\s+)?(?:\w+\s+)?churn\b|\bchurn\b[^.;]{0,30}\b(?:stabilis\w+|reduc\w+|fall\w*|fell)\b",
    *_HISTORY,
    r"\b(?:reduc\w+|lower\w*|decreas\w+)\s+(?:the\s+)?(?:high\s+)?(?:caseloads?|workloads?)\b",
    r"\b(?:caseloads?|workloads?)\b[^.;]{0,30}\b(?:reduc\w+|halved|decreas\w+|lower\w*|manageable)\b",
    # a measure of a weakness that fell: "the number of children in unregistered homes had fallen from 11 to 2"
    r"\b(?:(?:case|work)loads?|vacanc(?:y|ies)|vacancy\s+rates?|agency\s+(?:staff|social\s+workers|workers)|(?:employed|supplied)\s+(?:by|through)\s+agencies|turnover|waiting(?:\s+lists?)?|"
    r"backlogs?|unallocated|unregistered|bed\s+and\s+breakfast|churn|weeks|days)\b(?:(?!\b(?:and|but|while|whilst|although|though|still|remains?)\b)[^.;]){0,60}?\b"
    r"(?:fallen|fell|falling|dropped|dropping|(?:come|came|coming|gone|went|going)\s+down|down\s+from|halved|reduced)\b"
    r"(?![^.;]*\b(?:but|although|though|yet|still|remains?|remained)\b)",  # not "is falling, but remains high"
    # what families do not need, caseloads that are low, a backlog there is none of: "families who do not need a statutory
    # service are offered early help", "Caseloads in the team are low", "there was no backlog of work"
    r"\bwho\s+do(?:es)?\s+not\s+(?:need|require)\b",
    r"\b(?:case|work)loads?\b[^.;]{0,30}?\b(?:is|are|was|were|remains?|remained)\s+(?:\w+\s+)?low\b",
    r"\bno\s+(?:\w+\s+)?backlogs?\b",
    r"\b(?:only|low|small|few|fewer|drop|fall|fallen|reduc\w+|decreas\w+)\b[^.;]{0,80}\bmiles\b|\bmiles\b[^.;]{0,60}\b(?:less|lower|fewer|below)\b",  # (few placed far away)
    # "the proportion of children who had waited more than 18 months ... had fallen to 54%"
    r"\b(?:who|that)\s+(?:had\s+|have\s+)?waited\s+(?:more\s+than|over|longer\s+than)\b[^.;]{0,100}?\b(?:had|has|have)\s+(?:fallen|reduced|decreased|dropped|halved)\b",
    r"\b(?:moved|move|moving|came|come|climbed|lifted)\s+out\s+of\s+(?:the\s+)?[‘'\"“]?inadequate\b|\bexit(?:s|ed|ing)?\s+(?:its\s+|the\s+)?[‘'\"“]?inadequate\b",
    # "removed the council's 'inadequate' rating", "ditches 'inadequate' rating": a grade it no longer has
    r"\b(?:remov(?:e|es|ed|ing)|ditch(?:es|ed|ing)?|shed(?:s|ding)?|sh(?:ake|akes|ook|aking)\s+off)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w’'\-]+[’']s\s+)?"
    r"[‘'\"“]?inadequate[’'\"”]?\s+(?:\w+\s+)?(?:rating|judgement|grade|label|status|tag)\b",
]
_POS = [
    r"\bstand-?out\b",
    # what an inspection recognised, and how: "Kestrelford's 'determined approach' ... has been recognised in the latest Ofsted
    # monitoring visit", "had enhanced its services for children in care"
    r"\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:recognised|recognized|acknowledged)\s+(?:in|by)\s+(?:the\s+|its\s+)?(?:latest\s+|recent\s+|most\s+recent\s+)?"
    r"(?:ofsted|inspectors?|report|inspection|monitoring|visit|letter)\b",
    r"\bdetermined\s+(?:approach|efforts?|focus|leadership)\b", r"\benhanc(?:e|es|ed|ing)\s+(?:its|their|the)\s+(?:\w+\s+)?(?:services?|support|offer|practice)\b",
    # staff's spirit and what care leavers achieve: "real passion and pride in their work", "succeed and become role models",
    # "has undergone a 'huge' transformation"
    r"\bpassion(?:ate|ately)?\b", r"\bpride\s+in\b", r"\bright\s+(?:level\s+of\s+)?(?:support|help|service)\s+at\s+the\s+right\s+time\b",
    r"\bless\s+reactive\b", r"\bmore\s+forward[\s-]looking\b", r"\brole\s+models?\b", r"\b(?:succeed|thrive|flourish)(?:s|ed|ing)?\b",
    r"\b(?:undergone|undergoes|undergoing|seen|achieved|delivered)\s+(?:an?\s+)?(?:[‘'\"“]?[\w\-]+[’'\"”]?\s+){0,2}?transformation\b",
    r"(?<!un)\bmanageable\s+(?:case|work)loads?\b|\b(?:case|work)loads?\b[^.;]{0,30}\b(?<!un)manageable\b",
    r"\bimprov(?:e|es|ed|ing|ement|ements)\b", r"\bbenefit(?:s|ed|ing|ted|ting)?\b", r"\beffective(?:ly|ness)?\b",
    r"\bgood\b", r"\bstrong(?:ly|er|est)?\b", r"\bstrength(?:s|en|ened|ening)?\b", r"(?<!\bas\s)\bwell\b(?!\s+as\b)", r"\bthorough(?:ly)?\b",
    rf"\bstill\s+(?:{_KEEPS_IN_TOUCH}|checks\s+in\s+on)\s+(?:me|us|them)\b",
    r"\btimely\b", r"\bon\s+time\b(?![^.;]{0,30}\d\s*(?:%|per\s*cent))", r"\bheard\s+and\s+acted\s+(?:up)?on\b", r"\bprompt(?:ly)?\b", r"\bdecisive(?:ly)?\b", r"\btireless(?:ly)?\b",
    r"\b(?:stops?|stopping|prevents?|preventing)\s+(?:[\w’']+\s+){0,2}?from\s+(?:getting|becoming)\s+(?:worse|bigger|more\s+serious)\b", r"\bquick(?:ly|er)?\b", r"\bswift(?:ly)?\b",
    r"(?<!\bas\s)\bdetailed\b(?!\s+(?:in|below|above|report|letter|findings|feedback)\b)",  # not "the findings as detailed in Appendix A", "the detailed report"
    r"\bregular(?:ly)?\b", r"\baccurate(?:ly)?\b", r"\bpersistent(?:ly)?\b", r"\bcareful(?:ly)?\b",
    r"\bsensitive(?:ly)?\b", r"\bhalved\b", r"\breduc(?:e|es|ed|ing|tion)\b", r"\bpositive(?:ly)?\b", r"\bhappy\b",
    r"\bmotivated\b", r"\bwelcome[sd]?\b", r"\bvalue[sd]?\b", r"\bsafer\b", r"\bclear(?:ly|er)?\b",
    r"\bcomprehensive(?:ly)?\b", r"\brobust(?:ly)?\b", r"\bskil(?:l)?ed\b", r"\bcreative(?:ly)?\b", r"\bimpressive\b",
    r"\boutstanding\b", r"\bexcellent\b", r"\bhigh[-\s]quality\b", r"\bappropriate(?:ly)?\b", r"\bpurposeful(?:ly)?\b",
    r"\bconsistent(?:ly)?\b", r"\bproactive(?:ly)?\b", r"\bresponsive\b", r"\bchild[-\s](?:centred|focused)\b",
    r"\btenacious(?:ly)?\b", r"\bcommitted\b", r"\bambitious\b", r"\binsightful\b", r"\breflective\b",
    r"\bmeaningful(?:ly)?\b", r"\brealistic\b", r"\binform(?:s|ed)?\b", r"\bcontribut(?:e|es|ed|ing)\b", r"\bensur(?:e|es|ed|ing)\b",
    r"\bsupported\b", r"\bsupportive\b", r"\bresponded\s+to\b", r"\bsuccess(?:ful|fully)?\b", r"\bprogress\b",
    r"\bstarting\s+to\b", r"\bnecessary\s+challenge\b", r"\boutward[-\s](?:looking|thinking)\b", r"\bbetter\b",
    r"\bincreased\b", r"\bsignificant(?:ly)?\b", r"\bidentified\b", r"\bunderstand(?:s|ing)?\b", r"\bknow(?:s)?\b",
    r"\bin\s+the\s+top\s+(?:\d+\s*%|(?:\d+\s*per\s*cent|quarter|quartile|third|ten|five)\b)",  # a ranking among councils ("%" ends no word)
    r"\b(?:to\s+)?(?:a\s+)?(?:very\s+)?high\s+standards?\b",
    r"\bprais(?:e|ed|es|ing)\b", r"\bcommend(?:s|ed|ing)?\b", r"\btransformed\b", r"\btransformative\b", r"\bcelebrat\w+\b", r"\bproud\b", r"\bpleased\b",
    r"\bengag(?:e|es|ed|ing)\b", r"\bproportionate\b", r"\bbest\s+possible\b", r"\bdedicat(?:ed|ion)\b",
    r"\bhard[-\s]working\b", r"\b(?:paid|pays?|paying)\s+tribute\b", r"\bextensive\b", r"\bmeets?\s+(?:their|children[’']s|his|her|young\s+people[’']s)\s+(?:\w+\s+)?needs\b",
    r"\b(?:children|young\s+people|families)\b[^.;]{0,20}\bat\s+the\s+(?:centre|center|heart)\s+of\b",
    r"\b(?:are|is|were|was|remains?|been|clearly|sharply|firmly|relentlessly)\s+focused\s+on\b", r"\b(?:among|amongst)\s+the\s+best\b", r"\bsafe\s+and\s+(?:secure|stable|settled)\b|\b(?:are|is|feel|feels|felt)\s+(?:\w+\s+)?safe\b|\b(?:kept|keeps|keeping)\s+(?:\w+\s+)?safe\b", r"\bsought\b", r"\bcohesive\b", r"\bstable\b", r"\bsteps?\s+forward\b", r"\bsustained\b", r"\b(?:is|are|was|were|highly|very|more|suitably|sufficiently)\s+experienced\b|\bexperienced\s+(?:and\s+[\w\-]+\s+)?(?:[\w\-]+\s+)?"
    r"(?:staff|social\s+workers?|managers?|practitioners?|workers?|leaders?|leadership|teams?|carers?|professionals?|workforce|officers?|advisers?|IROs?)\b", r"\bknowledgeable\b",
    # how reporters put a strength: "turned its services around", "inspectors were impressed", "lauded"
    r"\bturned\s+(?:[\w’']+\s+){0,3}?around\b|\bturn-?around\b(?!\s+(?:plan|team|board|programme|time))", r"\blistened\s+to\b",
    r"\bachievement\b", r"\bimpressed\b", r"\bupgraded\b", r"\blaud(?:s|ed)\b", r"\bhail(?:s|ed)\b",
    r"\b(?:brought|bring|brings|bringing|provid\w+|creat\w+|achiev\w+|restor\w+)\s+(?:\w+\s+){0,2}?stability\b", r"\bremarkable\b",
    r"\bexemplary\b", r"\bexceptional(?:ly)?\b", r"\binnovative\b", r"\brenewed\s+(?:energy|focus|vigour|drive|determination)\b",
    r"\b(?:(?:well|firmly|fully|now|effectively|securely|is|are|was|were|been|become|becoming)\s+embedded|embedded\s+(?:and|across|throughout|at\s+all\s+levels))\b", r"\bmorale\s+(?:is|was|remains)\s+(?:\w+\s+)?(?:high|good|positive)\b",  # ("not yet embedded" is read as a weakness first)
    r"\bno\s+(?:child|children|young\s+people)\s+(?:(?:were|was)\s+(?:found\s+)?)?(?:(?:to\s+be\s+)?left\s+)?(?:at|in)\s+(?:\w+\s+)?(?:risk|danger)\b",
    # "some of the best support in the country", "never lost sight of the most vulnerable", "always there", "easy to get hold of"
    r"\bsome\s+of\s+the\s+best\b|\bbest\s+(?:support|services?|practice|care)\s+in\s+the\s+country\b", r"\bnever\s+lost\s+sight\b",
    r"\balways\s+(?:been\s+)?there\b", r"\beasy\s+to\s+(?:get\s+hold\s+of|reach|contact|talk\s+to)\b",
    r"\bnever\s+giv(?:e|es|en)\s+up\b",  # "personal advisers 'never give up on them'"
    # "visited within timescales", "the pace of change has quickened", "a firm grip on", "relentless focus"
    r"\bwithin\s+(?:statutory\s+|agreed\s+|required\s+|expected\s+)?timescales?\b",
    r"\b(?:pace|speed|rate)\s+of\s+(?:change|improvement|progress)\s+(?:has\s+|had\s+)?(?:quickened|accelerated|picked\s+up)\b",
    r"\b(?:firm|good|strong|tight|secure)\s+grip\s+(?:on|of)\b", r"\brelentless(?:ly)?\s+(?:focus|drive|commitment)",
]
# Each list is one alternation, run with only the alternatives a sentence can match
# (loaders/alternation.py: the same matches, a fraction of the cost)
_NEG_RX = Alternation(_NEG, re.IGNORECASE)
_NEG_EXCEPT_RX = Alternation(_NEG_EXCEPT, re.IGNORECASE)
_POS_RX = re.compile("|".join(_POS), re.IGNORECASE)  # common words: the plain alternation is faster


_HISTORY_RX = Alternation(_HISTORY, re.IGNORECASE)
# A trend stated without a verdict is context: "there has been a sharp increase in referrals"
_TREND_RX = re.compile(r"\bthere\s+(?:has|have)\s+(?:also\s+)?been\s+an?\s+(?:\w+\s+)?(?:rise|increase|fall|decrease|drop)\s+in\b", re.IGNORECASE)
# Names that judge nothing: an ILACS judgement area's ("the experiences and progress of children in care", "overall effectiveness"),
# a greeting ("Good morning and welcome to our live coverage"), a council's finances ("declared effective bankruptcy")
_AREA_NAME_RX = re.compile(r"\beffective(?:ly)?\s+bankrupt\w*|\bexperiences?\s+and\s+progress\s+of\b|\boverall\s+effectiveness\b|\bgood\s+(?:morning|afternoon|evening)\b|\bwelcome\s+to\s+(?:our|the)\b",
                           re.IGNORECASE)
# negative words turned round into a strength ("without delay"); history is neither, and nor is a condition ("If that were not enough, ...")
_TURNED_RX = Alternation([p for p in _NEG_EXCEPT if p not in _HISTORY and p not in _CONDITIONS and p not in _ASIDES and p != _TOO_EARLY],
                         re.IGNORECASE)
# what someone sets out to bring about praises nothing yet: "to enable Kestrelford to make and sustain improvement"
# ... and nor does what it pledges ("pledges rapid improvements"), nor a rise in demand ("has come under increased pressure")
_AIM_RX = re.compile(r"\bto\s+(?:\w+\s+(?:and|or)\s+)?(?:make|sustain|drive|secure|deliver|achieve|bring\s+about)\s+(?:further\s+|rapid\s+|lasting\s+)?improvements?\b|"
                     r"\b(?:pledg|promis|vow)\w*\s+(?:\w+\s+)?improvements?\b|\bincreased\s+(?:pressures?|demand)\b|\b(?:have|has|had|need|needs)\s+to\s+be\s+realistic\b|"
                     r"\b(?:number|numbers)\s+of\s+[^.;]{0,60}?\b(?:has|have|had)\s+(?:\w+\s+)?increased\b",
                     re.IGNORECASE)


# a weakness conceded before the point: "Despite exceptional challenges and high caseloads, assessments are thorough" (but
# "Despite their evident poor quality, these were signed off as acceptable": the point that follows judges nothing)
_CONCESSION = re.compile(r"^\W*Despite\s+[^,;]{1,120},\s+", re.IGNORECASE)


def polarity(text: str) -> str | None:
    """"negative" when the sentence states any weakness, "positive" when it states a strength
    and no weakness, None when it evaluates nothing."""
    conceded = _CONCESSION.match(text)
    if conceded and polarity(text[conceded.end():]) == "positive":
        return "positive"
    cleaned = _NEG_EXCEPT_RX.sub(lambda m: " " * len(m.group()), text)
    if _NEG_RX.matches(cleaned):
        return "negative"
    if _POS_RX.search(_AIM_RX.sub(" ", _AREA_NAME_RX.sub(" ", _HISTORY_RX.sub(lambda m: " " * len(m.group()), text)))) or _TURNED_RX.matches(text):
        return "positive"
    return measured_polarity(text)  # "Agency staff filled 27% of social work posts": what the figure measures says


# ---------------------------------------------------------------- findings

# A sentence that opens by referring back takes the theme of the sentence before it too.
_ANAPHOR = re.compile(r"^(?:This|These|They|Their|It|Its|Such|Those|As\s+a\s+result|Consequently|Therefore|"
                      r"However,\s+(?:this|these|they|it)|Despite\s+this|In\s+addition|Likewise|Similarly|"
                      r"Along\s+with)\b")
# A sentence that only extends the one before it ("This is particularly the case for children
# who would benefit from adoption") says what that sentence says, for whom.
_EXTENDS = re.compile(r"^(?:This|That|The\s+same)\s+(?:is|was|applies|holds)\s+(?:particularly|especially|also|equally|notably|even\s+more)?\s*"
                      r"(?:the\s+case|true|so)\b|"
                      # ... or says who saw it before: "This was also noted at the last ILACS inspection."
                      r"^(?:This|That|These|The\s+same)\s+(?:\w+\s+)?(?:was|were|is|are|had\s+been|has\s+been)\s+(?:also\s+)?"
                      r"(?:noted|identified|highlighted|raised|found|seen|reported|recognised)\s+(?:at|in|during|by)\b|"
                      # ... or, in a report of the inspection, lists what it named: "Two recommendations were identified ... This
                      # included a wider understanding of ..." (a report's own "This includes children who ..." goes on describing whom, not judging)
                      r"^(?:This\s+included|These\s+include[sd]?)\b", re.IGNORECASE)
# A sentence that opens by setting itself against the one before ("However, ...", "In the short term,
# however, ..."): after a strength, what it says without a judging word of its own is the shortfall.
_CONTRAST = re.compile(r"^(?:However|But|Yet|Nevertheless|That\s+said)\b|^(?:[\w’']+\s+){1,5}?however,", re.IGNORECASE)
_MAX_THEMES = 4  # own themes per sentence, before the paragraph's


def _paragraph_themes(spans: list[Span], own: list[list[str]]) -> dict[int, str]:
    """The theme of each paragraph (spans with the same `para`): the primary theme of its
    first sentence that names one, its topic sentence."""
    topic: dict[int, str] = {}
    for sp, themes in zip(spans, own):
        if sp.para >= 0 and themes:
            topic.setdefault(sp.para, themes[0])
    return topic


# a sentence on the service as a whole: "Services for children and young people in Harrow are good", "the overall effectiveness of
# children's services is judged to be good"
_WHOLE_SERVICE_SUBJECT = re.compile(r"^(?:Consequently,\s+|As\s+a\s+result,\s+)?(?:(?:\w+[’']s\s+)?children[’']s\s+(?:social\s+care\s+)?services\s+(?:in\s+\w+(?:\s+\w+){0,3}\s+)?"
                                    r"(?:are|were|have\s+been|remain)\b|services\s+for\s+children(?:\s+and\s+(?:young\s+people|families))?(?:\s+in\s+[\w\s]{1,40}?)?\s+(?:are|were|have|remain)\b|"
                                    r"(?:at\s+this\s+inspection\s+)?the\s+overall\s+effectiveness\b)", re.IGNORECASE)
# a sentence whose subject is those who do the social work (not what is done to or for them: "Social workers receive regular supervision")
_PRACTITIONERS_SUBJECT = re.compile(r"(?:However,\s+|In\s+most\s+cases,\s+)?(?:(?:Most|Many|All|Some|The)\s+)?(?:social\s+workers|practitioners|workers|staff)"
                                    r"(?:\s+and\s+(?:other\s+)?(?:staff|managers|practitioners|professionals))?\s+(?:\w+ly\s+)?"
                                    r"(?!(?:receive|received|are\s+supported|have\s+access|benefit|told|report|say|said|feel|felt|value|are\s+positive|enjoy|speak)\b)"
                                    r"(?:demonstrate|show|have|has|know|understand|offer|advocate|use|used|work|worked|are|were|build|built|visit|see|listen|"
                                    r"identify|complete|undertake|consider|recognise|challenge|help|support|engage|respond|make|made|gather|analyse|record|write)\b", re.IGNORECASE)
# a sentence whose subject is those who run the service
_LEADERS_SUBJECT = re.compile(r"(?:However,\s+|Since\s+[^,]{1,60},\s+)?(?:(?:The\s+)?(?:senior\s+|strategic\s+)?(?:leaders|managers|leadership\s+team)|"
                              r"The\s+(?:local\s+authority|council|trust|DCS|director)|(?:Senior|Strategic)\s+(?:leaders|managers))\b", re.IGNORECASE)


_WHOLE_SERVICE = re.compile(r"\b(?:services?|social\s+work|department|inadequate|requires?\s+improvement|weakness\w*|failings?|failures?|"
                            r"progress|council|trust|authority|shortfalls?|more\s+work|(?:everything|things)\s+right|"
                            # the whole service's course: "a decline since its last full inspection", "warnings about the decline in standards"
                            r"declin(?:e|ed|es|ing)|deteriorat\w*|standards|core\s+work)\b", re.IGNORECASE)


def whole_service(items: list[Finding]) -> list[Finding]:
    """A finding about the service as a whole ("Services were deemed inadequate, with serious
    weaknesses", "much progress has been made", "The authority has maintained services throughout the
    pandemic") is about the quality of its social work and about the leaders answerable for it, not about
    no theme at all, nor only about what a weak word suggests. For news and Ofsted documents alike."""
    by_sentence: dict[int, list[Finding]] = {}
    for it in items:
        by_sentence.setdefault(it.span[0], []).append(it)
    out = []
    for group in by_sentence.values():
        ev = group[0].evidence
        # (a theme only a weak word gave says no topic either: "since the watchdog's last review")
        unthemed = all(it.theme == "other" for it in group) or all(weak for *_x, weak in theme_hits(ev))
        if unthemed and _WHOLE_SERVICE.search(ev) and not ev.endswith(":"):  # a list's opening line: its items say what
            have = {it.theme for it in group} - {"other"}
            group = [it for it in group if it.theme != "other"] + [replace(group[0], theme=t) for t in ("practice_quality", "leadership") if t not in have]
        out += group
    return out


def classify(spans: list[Span], default_positive: bool = False,
             polarity_of: Callable[[str], str | None] | None = None,
             paragraph_themes: bool = True) -> list[tuple[Span, str | None, list[str]]]:
    """(span, polarity, themes) for each span, themes in order of primacy. `polarity_of`: how a
    sentence's polarity is read (news reads it without the grades it reports). `paragraph_themes`: whether a
    sentence takes its paragraph's theme too (a report's paragraph keeps to one topic; a news paragraph does not:
    "Positive report into Children's Services welcomed" is about no one topic of the sentences round it)."""
    polarity_of = polarity_of or polarity
    own = [themes_of(sp.text)[:_MAX_THEMES] for sp in spans]
    para_theme = _paragraph_themes(spans, own)
    out = []
    prev: list[str] = []
    prev_pol: str | None = None
    for i, sp in enumerate(spans):
        themes = list(own[i])
        if _ANAPHOR.match(sp.text) and prev:
            themes += [t for t in prev[:2] if t not in themes]
        pt = (para_theme.get(sp.para) if sp.para >= 0 else (prev[0] if prev else None)) if paragraph_themes else None
        if pt and pt not in themes:
            themes.append(pt)
        if _LEADERS_SUBJECT.match(sp.text) and "leadership" not in themes:
            themes.append("leadership")  # what leaders do or know ("Managers at all levels demonstrate ...") is about leadership too
        if _PRACTITIONERS_SUBJECT.match(sp.text) and "practice_quality" not in themes:
            themes.append("practice_quality")  # what social workers do or know ("Social workers advocate strongly for their children") is their practice
        if _WHOLE_SERVICE_SUBJECT.search(sp.text):  # "Services for children and young people in Harrow are good": the whole service's
            themes = ["practice_quality", "leadership"] + [t for t in themes if t not in ("practice_quality", "leadership")]
        pol = prev_pol if _EXTENDS.match(sp.text) and prev_pol else polarity_of(sp.text)
        if pol is None and prev_pol == "positive" and _CONTRAST.match(sp.text) and not _TOO_EARLY_RX.search(sp.text):
            pol = "negative"  # "However, the specialists spend part of their time in the MASH": set against a strength
        if prev_pol == "negative" and CONSEQUENCE.match(sp.text):
            pol = "negative"  # what a weakness leads to ("This leaves children at risk") is the weakness's
        if pol is None and default_positive and not _HISTORY_RX.matches(sp.text) and not _TREND_RX.search(sp.text) \
                and not _TOO_EARLY_RX.search(sp.text) and not _ARRANGEMENT.search(sp.text):
            pol = "positive"  # an inspector's sentence that recounts no earlier verdict is a judgement
        out.append((sp, pol, themes or ["other"]))
        prev_pol = pol
        if own[i]:
            prev = own[i]
    return out


def finding_items(sp: Span, pol: str, themes: list[str], inspection: str | None) -> list[Finding]:
    return [Finding(theme=t, evidence=sp.text, inspection=inspection, polarity=pol, span=[sp.start, sp.end]) for t in themes]


def says_something(text: str) -> bool:
    """A finding is a statement: at least two words, not a paragraph's number ("38.") or a
    page number that a sentence splitter left on its own."""
    if re.fullmatch(r"\(?(?:outcomes?|enablers?|principles?)\s+\d+[^)]*\)?\.?", text.strip(), re.IGNORECASE):
        return False  # "(Enabler 2, National Framework).": the tag of an item, set apart from it
    return len(re.findall(r"[^\W\d_]{2,}", text)) >= 2


def extract_findings(spans: list[Span], inspection: str | None = None, *,
                     default_positive: bool = False, context_only: Container[int] = (),
                     polarity_of: Callable[[str], str | None] | None = None,
                     paragraph_themes: bool = True) -> tuple[list[Finding], list[Finding]]:
    """Concerns and improvements in `spans`. `default_positive`: a sentence that evaluates
    nothing either way counts as a strength (for inspectors' findings sections, where every
    sentence is a judgement); otherwise it is not a finding. `context_only`: the starts of
    spans that lend their themes to the sentences after them but are no findings."""
    concerns: list[Finding] = []
    improvements: list[Finding] = []
    for sp, pol, themes in classify(spans, default_positive, polarity_of, paragraph_themes):
        if sp.start in context_only or not says_something(sp.text):
            continue
        if pol == "negative":
            concerns += finding_items(sp, pol, themes, inspection)
        elif pol == "positive":
            improvements += finding_items(sp, pol, themes, inspection)
    return concerns, improvements
