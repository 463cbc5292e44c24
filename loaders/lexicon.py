"""The words extraction listens for, in one place: months, grades, judgement areas, titles
and honorifics, speech verbs. Each list is a regular-expression alternation (no groups that
capture) so components can build their patterns from it; the Python lists beside them are
for code that looks words up.
"""
from __future__ import annotations

import re

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
MONTH_ABBR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Small numbers as news writes them in words ("three years later", "six areas for improvement")
NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
NUMBER_TEENS = ["thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
NUMBER_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
WEEKDAY = "(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + ")"  # as MONTH: capitalised, for case-sensitive patterns
# and as a page abbreviates it ("Wed 13 Nov 2019"), for patterns that ignore case
WEEKDAY_ANY = "(?:" + "|".join(WEEKDAYS + ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]) + r")\.?"

# Ofsted's four grades as news and reports write them (a quoted grade is a judgement, not a quote).
GRADE_WORDS = (r"good|outstanding|inadequate|requires?\s+improvement(?:\s+to\s+be\s+good)?|"
               r"improvement\s+required|requiring\s+improvement")

# Ofsted's four grades as its judgement tables write them.
GRADE = r"outstanding|good|requires?\s+improvement(?:\s+to\s+be\s+good)?|inadequate"

# Honorifics and titles that are not part of a name ("the Right Honourable Dame Jane Smith MP").
HONORIFIC = (r"(?:(?:The\s+)?(?:Rt\.?|Right)\s+Hon(?:\.|ourable)?|Councillor|Cllr\.?|Coun\.?|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|"
             r"Dr\.?|Professor|Prof\.?|Sir|Dame|Lord|Lady|Baroness|Baron|Rev\.?|Reverend)")
POST_NOMINALS = r"(?:MP|MBE|OBE|CBE|KC|QC|JP|DBE|CB|FRSA|PhD|HMI)"

# Verbs that introduce or follow what someone said, wrote or found.
# Who uses children's services (as people are introduced, as roles are given): "care leaver Tegan", "a mum from ..."
SERVICE_USER_ROLES = (r"care\s+leaver|foster\s+carer|kinship\s+carer|special\s+guardian|adopter|mother|father|mum|dad|parent|"
                      r"grandmother|grandfather|grandparent|student|teenager|young\s+carer")
SPEECH_VERBS = (r"said|says|say|saying|told|tells|added|adds|adding|put\s+it|puts\s+it|sent\s+us\s+this|explained|explains|commented|comments|stated|stating|states|"
                r"warned|warns|reporting|wrote|writes|insisted|insists|admitted|admits|claimed|noted|notes|noting|argued|continued|"
                r"concluded|concludes|described|describes|reported|reports|found|finds|highlighted|highlights|highlighting|"
                r"acknowledged|praised|praises|responded|replied|remarked|announced|confirmed|revealed|urged|declared|"
                r"observed|asked|asks|questioned|queried|suggested|pointed\s+out|stressed|emphasised|emphasized|"
                r"accepted|conceded|promised|pledged|vowed|welcomed|branded|called|calling|cited|citing|referred\s+to|"
                r"identified|judged|rated|criticised|slammed|recognised|commended|went\s+on|recalled|recalls|began|reminded")

# Ofsted's judgement areas and the labels of its judgement tables, in the words of each framework
# (ILACS 2018 on, its 2025-26 table, the single inspection framework); the first that matches wins.
JUDGEMENT_AREAS = [
    ("overall", r"overall\s+effectiveness|the\s+overall\s+judgement\s+is|children['’]s\s+services\s+in\s+\S"),
    ("leadership", r"the\s+impact\s+of\s+leaders|leadership,?\s+management\s+and\s+governance"),
    ("children_in_care", r"(?:the\s+)?experiences\s+and\s+progress\s+of\s+children\s+in\s+care(?:\s+and\s+care\s+leavers)?|children\s+looked\s+after"),
    ("care_leavers", r"(?:the\s+)?experiences\s+and\s+progress\s+of\s+(?:children\s+)?care\s+leavers"),
    ("help_and_protection", r"(?:the\s+experiences\s+and\s+progress\s+of\s+)?children\s+who\s+need\s+help\s+and\s+protection"),
    (None, r"adoption\s+performance"),
]


# A sentence of a monitoring letter's summary naming what still needs to improve (present tense:
# "there was a need to" recounts the past; "what needs to happen" names nothing).
IMPROVEMENT_POINT = re.compile(r"\bthere\s+(?:is|remains)\s+(?:a|an\s+ongoing|a\s+continuing)\s+need\s+to\b|"
                               r"(?<!\ba\s)\b(?:needs?|continue\s+to\s+need)\s+to\s+(?!happen\b)(?:be\s+)?\w+|"
                               r"\bshould\s+(?:now\s+)?(?!be\s+(?:noted|recognised)\b)\w+|\brequires?\s+(?:further|more|continued)\b",
                               re.IGNORECASE)

# A sentence that asks for an improvement, as the older reports' numbered recommendations do
# ("Ensure that managers review...", "The LSCB should...", "Improve the timeliness of..."): what
# the council must do is what it lacks. Verbs that are also nouns ("Review meetings are held") ask
# only when an object follows.
_ASKING_VERBS = r"Ensure|Improve|Strengthen|Develop|Reduce|Analy[sz]e|Establish|Embed|Accelerate|Implement|Make\s+sure|Prioritise"
_ASKING_VERBS_WITH_OBJECT = (r"Increase|Review|Monitor|Build|Take|Provide|Address|Consider|Extend|Evaluate|Raise|Secure|Clarify|"
                             r"Agree|Complete|Promote|Identify|Continue|Undertake")
ASKING = re.compile(rf"^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:{_ASKING_VERBS})\b(?!\s+(?:is|are|was|were)\b)|"
                    rf"(?:{_ASKING_VERBS_WITH_OBJECT})\s+(?:the|that|a|an|all|and|how|whether|its|their|this|these|those)\b)|"
                    r"^(?:The|This|Each|All)\s+(?:local\s+authority|council|LSCB|board|partnership|trust|partners|agencies)\s+"
                    r"(?:should|must|needs?\s+to)\b")

# Picture libraries and agencies named in photo credits ("Image: Jane Roe/Agency"): never a person.
PICTURE_AGENCIES = (r"(?:Getty(?:\s+Images)?|Shutterstock|Alamy|Adobe(?:\s+Stock)?|iStock(?:photo)?|Fotolia|PA(?:\s+(?:Wire|Media|Images))?|"
                    r"Reuters|AP|AFP|Press\s+Association|Stock(?:\s+(?:image|photo|picture))?|Unsplash|Pexels|Pixabay|"
                    r"Dreamstime|Newsquest|Reach|SWNS|LDRS|Google(?:\s+(?:Maps|Street\s+View))?)")
# How a credit names the one who wrote or photographed a piece.
PHOTO_CREDIT = r"(?:Pic(?:ture)?s?|Photo(?:graph)?s?|Images?|Main\s+image)\s*(?:by\b\s*:?|:|credit\s*:?|source\s*[,:]|[-–]\s*by\b)"

# A sentence that only says what the sentence before it leads to ("This leaves children at risk",
# "For some children, this means that...", "This is impacting on..."): verbs whose sense is the
# antecedent's, so that the sentence takes the verdict of the one before it.
CONSEQUENCE = re.compile(r"^[“\"‘']?(?:(?:For|In)\s+(?:some|many|a\s+few|these|those)\s+(?:\w+\s+){0,2}?\w+,\s+)?"
                         r"(?:This|That|These|It|Such\s+\w+)\s+(?:in\s+turn\s+|then\s+|therefore\s+)?"
                         r"(?:means?|meant|leaves|left|reduces|reduced|limits|limited|hinders|hindered|runs\s+the\s+risk|"
                         r"creates?\s+a\s+risk|(?:is|are|was|were|has\s+been)\s+(?:also\s+)?impacting|(?:has\s+|have\s+|had\s+)?impact(?:s|ed)?\s+on|affects?|"
                         r"results?\s+in|resulted\s+in|leads?\s+to|led\s+to|delays?|delayed|increases?\s+the\s+risk)\b", re.IGNORECASE)

# What the council's people did (loaders/actions.py). The stems of verbs of action, as their forms
# begin ("introduc": introduce, introduced, introducing).
ACTION_STEMS = ("establish", "introduc", "implement", "develop", "refin", "creat", "commission", "invest",
                "recruit", "appoint", "restructur", "reorganis", "reorganiz", "redesign", "launch", "strengthen",
                "extend", "expand", "enhanc", "undert", "revis", "refresh", "updat", "realign", "reconfigur",
                "prioritis", "prioritiz", "embed", "allocat", "secur", "reshap", "rolled", "rolling", "streamlin",
                "overhaul", "relaunch", "remodel", "pilot", "procur", "pioneer", "review", "stabilis", "stabiliz", "redevelop", "mov", "set", "put", "brought", "bring",
                "taken", "took", "take", "tak", "made", "mak", "focus", "address", "increas", "reduc", "work", "devolv", "delegat", "disseminat",
                "host", "transition", "rebuil", "re-buil")
# Verbs of setting out to do something ("have started to", "plans to"): their subject acts.
SETTING_OUT_STEMS = ("start", "began", "begun", "begin", "plan", "seek", "sought", "aim", "intend", "continu",
                     "work", "decid", "choos", "chose", "commit", "agree", "act", "mov")
# The council's people and bodies, as the head noun of a sentence's subject.
COUNCIL_ACTORS = {"leaders", "leader", "leadership", "managers", "manager", "authority", "council", "director",
                  "directors", "dcs", "partnership", "partners", "school", "trust", "members", "executive", "team",
                  "board", "service", "management", "commissioner", "commissioners", "lead", "heads", "head"}
