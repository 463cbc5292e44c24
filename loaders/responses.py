"""Council responses: actions a council (or another body) takes or promises after an
inspection: improvement plans, recruitment, investment, appointments, new teams or
boards, training, motions, work under way.

extract_responses(spans, council_name) -> [Response] (loaders/digest.py)
One response per sentence. Recommendations others make of the council ("must implement",
"calls upon") are not responses; a motion is one response, at the sentence that first
reports it. Used for news articles and Ofsted letters alike; for Ofsted documents a sentence no
trigger names is also read through its dependency parse (loaders/actions.py: "Senior leaders, with
partners, have started to introduce ...", "Effective systems were established ...").
"""
from __future__ import annotations

import re
from functools import lru_cache

from loaders.actions import candidate, reported_action
from loaders.alternation import Alternation, top_level_alternatives
from loaders.digest import Response
from loaders.lexicon import ASKING
from loaders.text import Span

# The council's people as a sentence names them before what they did: "Leaders are in the process of ...".
_PEOPLE = r"(?:leaders|managers|the\s+council|the\s+(?:local\s+)?authority)"
_LEADERS = rf"(?:{_PEOPLE}|senior\s+leaders|the\s+(?:new\s+)?(?:DCS|director)|the\s+trust|they)"  # ... and who else an inspector says is acting
# What a spokesperson says the council would do: "said the council would open two new homes", "told us it would fund"
_DEED = (r"(?:have|get|receive|open|spend|create|set|keep|focus|publish|give|recruit|introduce|appoint|review|invest|provide|offer|fund|pay|train|"
         r"commission|double|expand|hire|launch|employ|bring|extend|cut|reduce|increase|build|run|hold|move|replace|act\s+on|decide|issue|send|"
         r"add|establish|write\s+to|chair|visit|deliver|roll\s+out|revoke|lift|raise|allocate|make\s+(?:available|sure)|take\s+(?:on|over)|step\s+in|"
         r"put\s+(?!(?:this|that|it|things)\s+right\b))\b")
# (kind, trigger). Order matters: the first that matches names the action.
_TRIGGERS: list[tuple[str, str]] = [
    ("motion", r"\b(?:a|the)\s+motion\s+(?:has\s+been\s+|was\s+|is\s+being\s+|will\s+be\s+)?(?:laid|tabled|put\s+forward|submitted|proposed|passed|approved|agreed)\b|\b(?:tabled|laid|put\s+forward|submitted|passed|proposed)\s+a\s+motion\b"),
    # a call the opposition makes: "called for an independent review of how warnings from staff had been handled"
    ("call", r"\bcall(?:ed|s|ing)\s+for\s+(?:an?\s+|the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:review|inquiry|investigation|audit|report|debate|meeting|group|panel|committee|commission|taskforce)\b|"
             # "has asked for a special meeting of the scrutiny commission", "has written to the Chair ... asking for an extraordinary meeting"
             r"\b(?:has|have|had)\s+(?:now\s+|also\s+|formally\s+)?(?:asked|written\s+to\s+[^.;]{1,80}?\s+asking)\s+for\s+(?:an?\s+|the\s+)?(?:[\w’'\-]+\s+){0,4}?"
             r"(?:review|inquiry|investigation|audit|debate|meeting|panel|committee|commission)\b|"
             # "He has asked the council to give care leavers free bus travel", "I have asked the scrutiny committee to examine ..."
             r"\b(?:has|have|had)\s+(?:now\s+|also\s+)?asked\s+(?:the\s+)?(?:council|authority|cabinet|government|minister|(?:[\w\-]+\s+){0,2}committee)\s+to\s+(?!be\b)\w+|"
             # "said the council should publish a quarterly update"
             r"\b(?:said|says)\s+(?:that\s+)?the\s+(?:council|authority|cabinet|administration)\s+(?:should|must)\s+(?:now\s+)?(?:publish|commission|hold|set\s+up|review|report)\b|"
             r"\bcall(?:ed|s|ing)\s+(?:for|on)\s+the\s+(?:council|authority|cabinet|administration)\s+to\s+(?:publish|commission|hold|set\s+up|review|report|apologise)\b|"
             # "has called for the council's improvement and scrutiny committee to hold a special meeting on the report"
             r"\bcall(?:ed|s|ing)\s+(?:for|on)\s+the\s+(?:council[’']s\s+)?(?:[\w\-]+\s+){0,4}(?:committee|panel|board)\s+to\s+(?:hold|review|examine|scrutinise|investigate|look\s+at)\b"),
    ("improvement_plan", r"\b(?:improvement|action|recovery)\s+plan\b|\bplan\s+(?:developed|drawn\s+up|put\s+in\s+place|agreed|produced)\s+by\b|\bplans?\s+(?:and\s+\w+\s+)?(?:are\s+|were\s+|is\s+)?(?:now\s+|already\s+|\w+ly\s+)?in\s+place\s+(?:to|for\s+(?:(?:a|an|two|three|four|\d+|further)\s+)?(?:new|additional|extra|(?:the\s+)?(?:formation|creation|development\s+of|opening|introduction|expansion|recruitment|targeted\s+recruitment))\b)"),
    ("appointment", r"\b(?:new|permanent|interim)\s+(?:[\w’'\-]+\s+){0,5}(?:director|head|manager|leader|chief\s+executive)\b[^.]{0,60}\b(?:was|were|has\s+been|have\s+been)\s+appointed\b|\bappointment(?:,[^,]{1,40},)?\s+of\s+(?:[A-Z]|(?:an?\s+|the\s+)?(?:[\w’'\-]+\s+){0,4}?(?:director|head|manager|leader|officer|commissioner|chief)\b)|\b(?:has|have|had)\s+(?:now\s+)?(?:re-?)?appointed\b|\b(?:was|were|has\s+been|have\s+been)\s+appointed\s+(?:as\s+)?(?:a|an|the)\b(?!.*\bI\s+was\b)|\bappointed\s+(?:a|an)\s+(?:new\s+|dedicated\s+|permanent\s+|interim\s+)?[\w’'\- ]{0,40}(?:director|head|manager|lead|leader|officer|commissioner)|"
                    r"\b(?:has|have)\s+been\s+appointed\s+(?:as\s+)?(?:(?:new|interim|permanent|acting)\s+)?(?:director|head|chief\s+executive|leader|commissioner)\b|"
                    # "Essex County Council was last month formally appointed as Kestrelford's improvement partner"
                    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){0,2}?(?:\w+ly\s+)?appointed\s+as\s+(?:[\w’'\-]+[’']s?\s+)?(?:new\s+|interim\s+|permanent\s+|acting\s+)?(?:improvement\s+partner|director|head|chief\s+executive|leader|chair|commissioner)\b|"
                    # who leads now: "Jane Roe took over as interim director", "his role was taken by", "Wilson's permanent replacement, Beate Wagner, joined in February"
                    r"\btook\s+over\s+as\s+(?:the\s+)?(?:new\s+|interim\s+|acting\s+|permanent\s+)?(?:[\w’'\-]+\s+){0,4}?(?:director|head|chief\s+executive|leader|chair|commissioner)\b|"
                    r"\b(?:role|post|job)\s+(?:was|has\s+been)\s+(?:taken\s+(?:on\s+|over\s+)?|filled\s+(?:[^.;]{1,30}?\s+)?)by\b|\bappointment\s+(?:was|has\s+been)\s+(?:approved|confirmed|agreed)\b|"
                    # who stepped down or offered to: "offered to step down but was asked to stay on", "has resigned"
                    r"\boffered\s+(?:\w+\s+)?to\s+(?:step\s+down|resign|stand\s+down)\b|\b(?:has|had)\s+(?:now\s+)?(?:resigned|stepped\s+down|stood\s+down)\s+(?:as|from\s+(?:her|his|the|their)\s+(?:role|post|position|job))\b|\bannounced\s+(?:her|his|their)\s+resignation\b|"
                    # "A new director of children's services has taken up post in recent weeks"
                    r"\b(?:has|have|had)\s+(?:recently\s+|now\s+)?taken\s+up\s+(?:post|(?:the|her|his|their)\s+(?:post|role))\b|"
                    r"\b(?:replacement|successor),?\s+(?-i:[A-Z])[\w’'\-]+(?:\s+(?-i:[A-Z])[\w’'\-]+){0,3},?\s+(?:joined|started|took\s+up|arrived|took\s+over)\b"),
    ("recruitment", r"\bincreased\s+staffing\b|\b\d+\s+(?:new\s+|permanent\s+|more\s+)?(?:social\s+workers|staff|managers|practitioners)\s+(?:had|have|has)\s+joined\b|\bappointing\s+(?:\w+\s+){0,2}(?:staff|social\s+workers|managers)\b|\bincreas\w+\s+the\s+number\s+of\s+(?:permanent\s+|qualified\s+)?(?:social\s+workers|staff|practitioners|foster\s+carers|managers)\b|\b\d+\s+(?:new|additional|extra)\s+(?:[\w’'\-]+\s+){0,3}(?:posts|roles|jobs|staff|social\s+workers|workers|practitioners|managers)\b|\b\d+\s+newly[\s\-]qualified\s+social\s+workers\s+(?:will\s+)?(?:start|join|begin)\b|\b(?:recruit(?:ed|ing|s)?|recruitment\s+(?:of|drive|campaign)|hir(?:ed|ing)|taken\s+on)\b(?=.{0,60}\b(?:staff|social\s+workers?|workers|posts?|managers?|people|practitioners|team|employees|officers|director|head\s+of\s+\w+|boss)\b)|"
                    # "will now begin the process of recruiting a new executive director", "has started the search for a new director"
                    r"\b(?:begin|began|begun|start|started|starting|launch|launched|launching|commence[ds]?)\s+(?:the\s+)?(?:process\s+of\s+recruit(?:ing|ment)|"
                    r"recruit(?:ing|ment)|(?:search|hunt)\s+for\s+(?:an?\s+|the\s+|its\s+)?(?:new|permanent|replacement)\b)|"
                    # "Extra managers have been hired to reduce caseloads"
                    r"\b(?:staff|social\s+workers?|workers|managers?|practitioners|personal\s+advisers)\s+(?:have|has|had)\s+(?:now\s+|since\s+|recently\s+|also\s+)?been\s+(?:hired|recruited|taken\s+on|brought\s+in)\b|"
                    # "We are already advertising for 2 more foster families"
                    # "The local authority ‘grows its own’ social workers"
                    r"\bgrows\s+(?:its|their)\s+own[’'\"”]?\s+(?:social\s+workers|staff|carers|foster\s+carers|managers)\b|"
                    # "Additional supernumerary posts have been agreed in family support"
                    r"\b(?:additional|extra|new|more)\s+(?:[\w\-]+\s+){0,2}posts\s+(?:have|has|had)\s+(?:now\s+|also\s+)?been\s+(?:agreed|approved|created|funded|established)\b|"
                    r"\badvertis(?:ing|ed)\s+for\s+(?:\d+\s+|more\s+|new\s+|extra\s+){0,2}(?:more\s+)?(?:foster\s+(?:families|carers)|social\s+workers|staff|adopters|personal\s+advisers)\b|"
                    # "offering Welsh social workers up to £5,000 to move"
                    r"\boffer(?:s|ed|ing)?\s+(?:[\w’'\-]+\s+){0,2}(?:social\s+workers|staff|recruits|carers)\s+(?:up\s+to\s+|an?\s+)?£\s?\d"),
    ("investment", r"\b(?:invest(?:ed|ing|s|ment)?|(?:additional|increased|extra)\s+(?:investment|funding|resources|money|capacity)|extra\s+(?:funding|investment|money|resources)|funding\s+(?:boost|increase)|£\s?\d[\d.,]*\s?(?:m|million|bn|billion|k)?\s+(?:investment|boost|package|funding))\b|"
                   r"\bbudget\s+increases?\b|\b(?:funding|budget|investment)\b[^.]{0,40}\b(?:has|have)\s+been\s+secured\b|\b(?:extra|additional)\s+£\s?\d|\bset\s+aside\s+(?:an?\s+)?(?:extra\s+|additional\s+)?£\s?\d|\b(?:committed|allocated|earmarked|pledged)\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+)?£\s?\d|£\s?\d[\d.,]*\s?(?:m|million|bn|billion|k)?\s+(?:has\s+been|have\s+been|was|were|is\s+being|will\s+be)\s+(?:put|invested|pumped|injected|allocated|earmarked|committed|added)\b|"
               r"\bspent\s+£\s?\d[\d.,]*\s?(?:m|million|k|bn|billion)?\s+on\s+(?:a\s+|an\s+)?new\b|"
               r"\badded\s+£\s?\d|\b(?:agreed|voted|decided)\s+to\s+(?:add|invest|spend|put|allocate|provide)\s+(?:an?\s+)?(?:extra\s+|additional\s+|further\s+)?£\s?\d|"
               r"\b(?:approved|agreed|signed\s+off)\s+(?:the\s+|an?\s+)?(?:additional|extra)\s+(?:spending|funding|investment|money|budget)\b|£\s?\d[\d.,]*\s?(?:m|million|k|bn|billion)?\s+of\s+(?:growth|extra\s+funding|new\s+money|additional\s+funding)\b|"
               r"\bput\s+(?:more\s+|extra\s+|additional\s+)?(?:resources|money|funding|staff)\s+in(?:to)?\b|"
               # "children's services had been protected from savings", "has protected funding for children's services"
               r"\bprotected\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:funding|budget|spending)\b|"
               r"\b(?:protected|shielded|exempt(?:ed)?|spared)\s+(?:[\w’']+\s+){0,3}?from\s+(?:the\s+)?(?:council[’']s\s+)?(?:savings|cuts)\b|"
               # "increased the trust's contract value by £6.3m", "Spending on children's social care rose from £52m to £71m"
               r"\bincreased\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'\-]+\s+){0,3}(?:budget|contract\s+value|funding|spending|investment)\s+by\s+£\s?\d|"
               r"\b(?:spending|budget|funding|investment)\s+(?:on\s+[^.;]{1,50}?\s+)?(?:rose|has\s+risen|had\s+risen|increased|has\s+increased|went\s+up|grew)\s+(?:from|by|to)\s+£\s?\d"),
    ("new_structure", r"\b(?:is|are|was|were)\s+(?:also\s+|now\s+|already\s+)?(?:setting\s+up|opening|creating|building)\s+(?:a\s+|an\s+|\w+\s+)?(?:new\s+)?(?:[\w’'\-]+\s+){0,2}?(?:team|service|hub|unit|panel|homes?|board)\b|"
                      r"\b(?:new|dedicated)\s+(?:[\w’'\-]+\s+){0,3}(?:team|board|service|unit|hub|panel|partnership|leadership\s+team|head\s+of\s+service|role|post)s?\b[^.]{0,80}\b(?:established|set\s+up|created|launched|introduced|formed|appointed|put\s+in\s+place|been\s+brought\s+in)|\b(?:established|set\s+up|created|launched|introduced|formed|brought\s+in|put\s+in\s+place)\s+(?:a|an)\s+(?:new\s+|dedicated\s+)?(?:[\w’'\-]+\s+){0,3}(?:team|board|service|unit|hub|panel|partnership|taskforce|task\s+force|programme|academy|fund|group|forum)\b|"
                      r"\b(?:team|board|panel|unit|hub|partnership|taskforce|task\s+force|academy)s?\s+(?:has|have|had|was|were|is|are|will)\s+(?:now\s+)?(?:been\s+|be\s+|being\s+)?(?:set\s+up|established|created|launched|formed|put\s+in\s+place)\b|"
               # "An independent trust was eventually launched on 30 September 2015" (not relationships "in which trust is established")
               r"\b(?:an?|the)\s+(?:new\s+|independent\s+)?(?:children[’']s\s+)?(?:trust|company)\s+(?:was|has\s+been|had\s+been|will\s+be)\s+(?:\w+ly\s+)?(?:set\s+up|established|created|launched|formed)\b|"
               r"\b(?:improvement|oversight|scrutiny)\s+(?:board|panel)\b[^.]{0,80}\b(?:will\s+meet|will\s+oversee|chaired\s+by|has\s+been\s+(?:set\s+up|formed))\b|\b(?:board|panel|council|trust)\s+(?:has|have|had)\s+asked\s+for\s+(?:\w+\s+)?(?:reports|updates|reviews)\b|"
                      # "The trust will be chaired by the Right Honourable Jacqui Smith"
                      r"\b(?:trust|board|panel|company|partnership)\s+(?:will|would)\s+be\s+(?:chaired|led|headed|run)\s+by\b"),
    ("training", r"\b(?:training\s+(?:for|programme|has\s+been|is\s+being|was)|(?:is|are|was|were)\s+(?:now\s+|also\s+)?training\s+(?:(?!to\b)[\w\-]+\s+){0,4}(?:staff|social\s+workers|managers|carers|practitioners|advisers)|(?:have|has)\s+had\s+access\s+to\s+(?:[\w\-]+\s+){0,4}training|training\b[^.]{0,40}\b(?:offered|provided|delivered|introduced|rolled\s+out)|(?:provid|deliver|offer|introduc|roll(?:ed|ing)?\s+out)\w*\s+(?:new\s+|more\s+|additional\s+|a\s+(?:wide\s+|broad\s+)?range\s+of\s+(?:\w+\s+)?)?training|supporting\s+[\w\s]{0,40}\s+in(?:\s+)?to\s+training|"
                 r"(?:re)?trained\s+(?:\d[\d,]*|all|every|more\s+than\s+\d+)\s+(?:[\w\-]+\s+){0,3}(?:officers|staff|social\s+workers|practitioners|managers|workers|carers))\b"),
    ("change", r"\b(?:review|audit|restructure)\b[^.;]{0,60}?\b(?:has|have|had)\s+led\s+to\s+(?:\w+\s+)?(?:changes?|improvements?|a\s+new|the\s+introduction)\b|"
               r"^\W*The\s+(?:recent\s+)?(?:development\s+of\s+(?:a|an|the|new)\s|introduction\s+of\s)|\brecent\s+development\s+of\s+(?:a|an|new)\s|"
               # "The development of a monthly practice and performance board ...", "The introduction of early help practitioners to ..."
               r"\b(?:has|have|had)\s+(?:recently\s+|now\s+|since\s+|already\s+)?(?:updated|refreshed|revised|redesigned|restructured|reorganised|introduced|implemented|launched|commissioned|established|strengthened\s+(?:its|their|the)|developed\s+(?:a|an|its)\s+new)\b(?!\s+(?:if|whether|that|how|what|why)\b)|"
               r"(?<!could )(?<!would )(?<!might )(?<!should )\b(?:has|have)\s+(?:recently\s+|now\s+|since\s+)?been\s+(?:strengthened|upgraded|revised|updated|redesigned|restructured|reorganised|introduced|implemented|launched|established)\b|\b(?:was|were)\s+(?:recently\s+)?(?:launched|introduced|implemented|established|set\s+up)\s+in\s+(?:[A-Z][a-z]+\s+)?(?:\d{4}\b|(?:this|last)\s+year\b)|"
               r"\b(?:are|is)\s+(?:now\s+)?being\s+(?:put\s+in\s+place|developed|introduced|rolled\s+out|set\s+up|established|created)\b|"
               r"\b(?:council|authority|trust|it|we)\s+(?:has|have)\s+(?:\w+\s+)?(?:pilots?|projects?|initiatives?)\s+(?:to|in\s+place|under\s*way)\b|"
               r"\b(?:the|a|its|our)\s+new\s+(?:[‘'\"“]?[\w\-]+[’'\"”]?\s+){0,3}(?:service|team|hub|unit|panel)\s+(?:provides|offers|supports|works|has\s+been)\b|"
               r"\brecently[\s\-](?:established|created|introduced|launched|formed|set[\s\-]up)\s+(?:[\w\-]+\s+){0,4}(?:service|hub|unit|team|panel|board|partnership|group)\b|"
               r"\b(?:has|have)\s+been\s+(?:enhanced|expanded|extended)\b|\bentered\s+into\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}(?:arrangement|agreement|partnership|contract)\b|"
               # what leaders themselves strengthened: "senior leaders have strengthened joint processes"
               r"\b(?:leaders|managers|the\s+council|the\s+(?:local\s+)?authority|the\s+trust)\s+(?:have|has)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:strengthened|raised\s+the\s+profile\s+of)\b(?!\s+(?:over|in|since|during|throughout|further|considerably|significantly)\b)(?=\s+[\w‘'“])|"
               r"\b(?:recently\s+)?(?:refreshed|revised|updated|redesigned|relaunched|reconfigured|remodelled|newly[\s\-]established|newly[\s\-]formed)\s+(?:multi-agency\s+)?(?:[\w\-]+\s+){0,2}(?:arrangements|subgroup|approach|strategy|framework|policy|procedures?|model|panel|team|board|document|guidance|protocol|toolkit|offer)\b|"
               r"\bnewly[\s\-](?:established|created|formed|introduced)\s+(?:[‘'\"“]?[\w\-]+[’'\"”]?\s+){0,4}(?:service|hub|unit|team|panel)\b|"
               r"\b(?:employee|staff|workforce|practitioner)\s+forums?\b|"
               r"\bcommissioned\s+(?:an?\s+)?(?:independent\s+|external\s+)?(?:review|audit)\b|\binvited\s+(?:an?\s+)?(?:independent|external)\s+(?:review|audit|scrutiny|peer\s+review|challenge)\b|\b(?:review|audit)(?:\s+of\s+[\w’'\- ]{1,40}?)?\s+(?:was|has\s+been|have\s+been|had\s+been)\s+commissioned\b|"
               r"\b(?:refresh(?:ment)?|restructur(?:e|ing)|redesign|creation|establishment|introduction|implementation|launch|roll[\s-]?out|"
               r"reorganisation|reorganization|reintegration|realignment)[”\"’']?\s+of\s+(?:(?:a|an|the|its|our|their|new)\b|(?-i:[A-Z])|(?:[\w’'\-]+\s+){0,3}(?:hub|team|board|unit|panel|service|partnership)s?\b)|\b(?:an|the)\s+overhaul\s+of\b|\b(?:has|have|had)\s+(?:been\s+)?overhauled\b|"
               r"\b(?:we|I|council|authority|trust)\s+(?:have|has)\s+(?:already\s+|now\s+|since\s+|recently\s+)?(?:made|introduced|put\s+in\s+place)\s+(?:[\w\-]+\s+){0,2}changes\b|"
               r"\bwe\s+set\s+out\s+to\s+(?:build|create|develop|improve|transform|make)\b|"
               # "The practice of a few child in need cases being supervised by early help workers will cease"
               r"\b(?:practice|arrangement|use)\s+of\s+[^.;]{1,80}?\bwill\s+(?:now\s+)?(?:cease|stop|end)\b|\bimplemented\s+(?:a|an|its|their|our)\s+(?:[\w\-]+\s+){0,3}(?:programme|plan|strategy|model|approach|system)\b|\b(?:we|I|council|authority|trust|it)\s+(?:have|has)\s+(?:now\s+|already\s+)?put\s+(?:a|an)\s+[^.;]{1,40}?\bin\s+charge\s+of\b|"
               # what a letter reports agreed, begun, issued or set up: "has recently agreed a contract with a housing provider",
               # "A joint transitions protocol was agreed with adult social care", "The virtual school has begun to work with",
               # "Leaders have issued new guidance", "A young people's forum for disabled children was set up", "The edge-of-care
               # team, established by the trust in 2020", "a therapeutic service commissioned by the trust" (the service, not an audit or a review it commissioned)
               r"\b(?:has|have|had)\s+(?:recently\s+|now\s+|also\s+|already\s+)?agreed\s+(?:a|an|the|its|their)\s+(?:new\s+|joint\s+)?(?:[\w’'\-]+\s+){0,2}(?:contract|strategy|protocol|policy|framework|agreement|pathway)\b|"
               r"\b(?:contract|strategy|protocol|policy|framework|agreement|pathway)\s+(?:was|were|has\s+been|have\s+been)\s+(?:recently\s+)?agreed\b|"
               r"\b(?:leaders|managers|the\s+(?:council|local\s+authority|trust|virtual\s+school|partnership|service|team))(?:\s+(?:and|in)\s+[^.;,]{1,40}?|,[^.;]{1,60}?,)?"
               r"\s+(?:has|have)\s+(?:recently\s+|now\s+|also\s+)?(?:begun|started)\s+to\s+(?!(?:see|show|have|experience|feel|notice|struggle)\b)\w+|"
               r"\b(?:has|have)\s+(?:recently\s+)?issued\s+(?:new\s+|updated\s+|revised\s+|clear\s+)?(?:guidance|procedures|instructions|protocols?|practice\s+standards)\b|"
               r"\b(?:team|board|panel|unit|hub|forum|group|service)s?\s+(?:for\s+[^.;,]{1,40}?\s+)?(?:was|were)\s+(?:recently\s+)?(?:set\s+up|established|created|launched|formed)\b|"
               r"\b(?:team|service|hub|unit|panel|board|forum),?\s+(?:which\s+was\s+)?(?:established|set\s+up|created|launched|introduced|commissioned)\s+by\s+the\s+(?:trust|council|local\s+authority|partnership)\b|"
               # what leaders began, sought or had done: "Senior leaders have commenced a whole-scale review of the service", "have
               # initiated peer reviews", "have engaged support from another local authority", "an external review has been completed",
               # "New arrangements to track and monitor permanence plans are beginning to make an impact"
               r"\b(?:has|have|had)\s+(?:recently\s+|now\s+|also\s+)?(?:commenced|initiated)\s+(?:a\s+|an\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?<!serious\scase\s)(?:review|programme|project|pilot|evaluation)s?\b|"
               r"\b(?:has|have|had)\s+(?:recently\s+|now\s+|also\s+)?(?:engaged|secured|enlisted|sought)\s+(?:the\s+)?(?:support|help|expertise|advice)\s+(?:of|from)\b|"
               r"\b(?:external|independent)\s+(?:review|evaluation)\s+(?:has|have|had)\s+(?:now\s+|recently\s+)?been\s+(?:completed|undertaken|carried\s+out|conducted)\b|"
               r"^\W*New\s+(?:[\w\-]+\s+){0,3}?(?:arrangements|systems?|processes|procedures|tools?)\s+(?:to|for)\s+[^.;]{1,80}?\b(?:are|is|have|has)\s+(?:now\s+|recently\s+)?"
               r"(?:beginning|starting|been\s+(?:recently\s+)?(?:made|introduced|put\s+in\s+place|implemented|developed))\b|"
               # "New processes have been devised", "there has been a review of the service operating model"
               r"\b(?:processes|procedures|arrangements|systems|tools|plans)\s+(?:has|have)\s+(?:recently\s+|now\s+)?been\s+devised\b|"
               r"\bthere\s+(?:has|have|had)\s+(?:recently\s+|also\s+)?been\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:review|restructure|reorganisation|redesign|overhaul)\s+of\b|"
               # what leaders have done, in a letter's words: "Leaders have invested in additional staffing at the front door",
               # "have developed a comprehensive improvement plan", "have prioritised", "have enhanced the early help offer"
               # (not "caseloads for managers have increased")
               r"(?<!\bfor\s)(?<!\bof\s)(?<!\bto\s)(?<!\bwith\s)\b(?:leaders|managers|the\s+(?:local\s+)?authority|the\s+council)\s+have\s+(?:recently\s+|also\s+|now\s+)?"
               r"(?:developed|invested|expanded|increased\s+(?:the|their|its)|prioritised|enhanced|extended|redesigned|reconfigured|embedded|supported\s+the\s+development\s+of|secured)\b"
               # (not what they came to know: "Leaders have developed a realistic understanding of where practice needs to improve")
               r"(?!\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\w\-]+\s+){0,2}?(?:understanding|awareness|knowledge|insight|grip|sense|view)\b)|"
               # care experience made a protected characteristic, as councils have since 2023
               r"\b(?:recognised|adopted|made|treated|designated)\s+(?:[\w\-]+\s+){0,3}?as\s+(?:a\s+|an\s+)?(?:local\s+)?protected\s+characteristic\b|"
               r"\bprotected\s+characteristic\b[^.;]{0,40}?\b(?:has|have|had|was|were)\s+(?:been\s+)?(?:adopted|agreed|introduced|recognised)\b"),
    ("intervention", r"\bcommissioners?\b[^.]{0,80}\b(?:appointed|brought\s+in|sent\s+in|will\s+(?:now\s+)?(?:be|work|review|consider|oversee|look|assess|report|decide)|to\s+(?:work|review|consider|oversee)|overseen)|"
                     # "as Government sends in commissioner", "said it would send a children's services commissioner to"
                     r"\bsen(?:d|ds|t|ding)\s+(?:in\s+)?(?:an?\s+)?(?:[\w’'\-]+\s+){0,3}commissioner\b|"
                     r"\b(?:appoint(?:ed|s)?|brought\s+in|overseen\s+by)\b[^.]{0,60}\bcommissioners?\b|\bspecial\s+measures\b|\b(?:took|taken|take|taking)\s+over\b(?!\s+(?:\w+ly\s+)?as\b)[^.]{0,60}\bservices?\b|"
                     r"\bout\s+of\s+(?:the\s+)?council[’']?s?\s+(?:control|hands)\b|\bremov(?:ed|es|ing)\s+(?:[\w’']+\s+){0,3}?from\s+(?:the\s+)?council[’']?s?\s+(?:control|hands)\b|\bstripped\s+of\s+(?:the\s+)?(?:control|responsibility|its|their)\b|"
                     r"\b(?:was|were|is|are|be|being|been)\s+(?:due\s+to\s+be\s+|to\s+be\s+|being\s+)?taken\s+over\s+by\b|"
                     # "was told by the Department for Education that children's services would be run by an independent trust"
                     r"\b(?:run|managed|delivered|operated)\s+by\s+(?:an?\s+)?independent\s+(?:trust|company|provider)\b|\bgovernment\s+intervention\b|\b(?:statutory\s+direction|improvement\s+notice)\b|\bissued\s+(?:a\s+)?(?:series\s+of\s+|further\s+|new\s+)?(?:statutory\s+)?directions?\s+to\s+(?:the\s+council\b|(?-i:[A-Z]))|\bintervention\s+(?:was|has\s+been)\b"),
    # (a promise with a deed in it, not "we will not stand still", "we will put this right", "we will do it together")
    ("promise", r"\b(?:we|I)\s+(?:(?:will|shall|are\s+going\s+to)(?!\s+(?:not\s+(?:stop|stand\s+still|shy\s+away|be\s+putting|give\s+up|be\s+complacent)\b|put\s+(?:this|that|it|things)\s+right|"
                r"do\s+(?:it|better|more|that|this|so)\b|learn\b|get\s+there\b|make\s+(?:it|this|that)\s+happen))|(?:are|am)\s+(?:already\s+|now\s+)?(?:acting|working\s+(?:hard\s+|closely\s+)?(?:to|on|with)|continuing\s+to|taking|committed|determined|"
                r"changing|reviewing|recruiting|introducing|creating|expanding|strengthening|investing|opening|developing))\b|"
                r"\b(?:we|council|authority|trust)\s+(?:have|has)\s+(?:a|an)\s+(?:clear\s+)?plan\s+to\b|"
                # "we have been addressing these issues"
                r"\b(?:we|I)\s*(?:[’']ve|\s+have|\s+had)\s+been\s+(?:addressing|tackling|working\s+(?:hard\s+)?(?:on|to)|investing|recruiting|acting\s+on)\b|"
                # "we have worked extremely hard to make real changes", "said staff were working hard to improve the situation"
                r"\b(?:we|I)\s*(?:[’']ve|\s+have)\s+worked\s+(?:\w+\s+)?hard\s+to\s+(?:make|improve|deliver|address|transform|tackle)\b|"
                r"\bsaid\s+(?:that\s+)?staff\s+(?:were|was|are|is|had\s+been)\s+working\s+(?:\w+\s+)?hard\s+to\s+(?:improve|address|make|tackle)\b|"
                r"\b(?:we|I|council|authority|trust|corporation|company)\s+(?:have|has|had)\s+(?:now\s+|also\s+|already\s+)?committed\s+to\s+(?:\w+ing\b|(?:a|an)\s+new\b)|"
                r"\b(?:we|I)\s*(?:[’']ve|\s+have)\s+(?:already\s+)?got\s+a\s+plan\b|"
                r"\b(?:we|I)(?:[’']re|[’']m)\s+(?:already\s+|now\s+)?(?:working\s+(?:hard\s+|closely\s+)?(?:to|on|with)|taking|recruiting|introducing|creating|expanding|investing|opening|reviewing|"
                r"(?:fully\s+|absolutely\s+|firmly\s+)?(?:committed|determined)\s+to)\b|\b(?:we|I)\s+remain\s+(?:fully\s+|absolutely\s+|firmly\s+)?(?:committed|determined)\s+to\b|"
                # "We need to continue to build on what we have achieved"
                r"\b(?:we|I)\s+(?:need|want|intend|aim|will\s+need)\s+to\s+continue\s+to\s+(?:build|improve|strive|develop|strengthen|invest|focus)\b|"
                r"\b(?:every|all|each)\s+(?:[\w’'\-]+\s+){1,4}?(?:will|would)\s+(?:now\s+)?(?:have|get|receive|be\s+offered|be\s+given)\s+(?:a|an|their|his|her)\s+(?:new\s+|named\s+|own\s+)?\w+|"
                r"\b(?:would|will)\s+be\s+stepped\s+up\b|"
                r"\b(?:absolutely|fully|utterly|totally|wholly)\s+(?:determined|committed)\s+to\s+(?:\w+\s+)?(?:raise|improve|make|get|put|deliver|ensure|turn)\b|"
                r"\b(?:we|I|council|authority|trust|and)\s+(?:will|would|shall)\s+(?:now\s+)?act\s+(?:swiftly\s+|quickly\s+|promptly\s+)?(?:up)?on\s+(?:it|them|this|these|the|its|every|all|each)\b|"
                r"\band\s+that\s+(?:the\s+(?:council|authority|trust)|it)\s+(?:would|will)\s+(?:now\s+|also\s+)?(?!be\s)" + _DEED + r"|"
                r"\b(?:would|will)\s+ask\s+(?:the\s+)?(?:council[’']s\s+)?(?:[\w\-]+\s+){0,4}?(?:committee|panel|board)\s+to\s+(?:investigate|examine|review|look\s+at|scrutinise)\b|"
                r"\b(?:the\s+)?(?:council|authority|trust|company)\s+(?:will|would)\s+continue\s+to\s+(?:work|improve|invest|build|focus|strengthen|develop)\b|"
                # ... or means to: "The council also said it intends to spend a further £5.6m"
                r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?(?:the\s+(?:council|authority|trust|board|company)|it|(?!Ofsted\b)(?-i:[A-Z][A-Za-z]{1,8})|every\s+[\w’'\-]+(?:\s+[\w’'\-]+)?|all\s+[\w’'\-]+)\s+"
                r"(?:would|will|intends\s+to|intended\s+to|plans\s+to|planned\s+to|aims\s+to|is\s+going\s+to|was\s+going\s+to)\s+(?:now\s+|also\s+|soon\s+)?(?!be\s)" + _DEED + r"|"
                # what a spokesperson says is coming: "told councillors the council would open two new homes", "said a new
                # pathway ... would launch in September", "said £2.5m would be invested", "had already agreed to commission"
                r"\btold\s+(?:[\w’']+\s+){1,2}?(?:that\s+)?(?:the\s+(?:council|authority|trust|board)|it)\s+(?:would|will)\s+(?:now\s+|also\s+|soon\s+)?(?!be\s)"
                + _DEED + r"|"
                # "said a dedicated team of six personal advisers would support", "added that an independent review ... would report"
                r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?(?:an?|the)\s+(?:new|dedicated|specialist|independent|external)\s+[^.;“”\"]{1,120}?\s+(?:would|will)\s+(?:launch|open|start|begin|support|report|work|help|oversee|review|"
                r"be\s+(?:launched|opened|introduced|set\s+up|created|in\s+place))\b|"
                # "said the care leavers' plan would be published by the end of March", "said the new hub would open in May"
                r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?(?:the|its|a|an|our)\s+(?:[\w’'\-]+\s+){0,4}?(?:plan|strategy|offer|review|service|team|hub|board)\s+"
                r"(?:would|will)\s+(?:now\s+|also\s+)?(?:be\s+(?:published|launched|introduced|set\s+up|extended|expanded|in\s+place)\b|" + _DEED + r")|"
                # "said a review of the multi-agency safeguarding hub would report in June"
                r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?(?:an?|the|its)\s+(?:\w+\s+)?review\s+of\s+[^.;“”\"]{1,80}?\s+(?:would|will)\s+(?:report|conclude|be\s+(?:completed|published))\b|"
                # "Every case that inspectors raised with us has been reviewed"
                r"(?<!\bthat\s)(?<!\balmost\s)(?<!\bin\s)\b(?:every|all|each)\s+(?:(?-i:[a-z])[\w’'\-]*\s+){0,2}?(?:case|cases|plan|plans|file|files|placement|placements|child|children)\b[^.;,]{0,60}?"
                r"\s(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?been\s+(?:reviewed|audited|re-?examined|checked|looked\s+at\s+by)\b|"
                # "We have agreed with our NHS partners that ...", "will be replaced by a partnership board led by the council"
                r"\b(?:we|council|authority|trust|it)\s+(?:have|has|had)\s+(?:now\s+|also\s+)?agreed\s+with\s+|"
                r"\b(?:board|panel)\b[^.;]{0,80}\bwill\s+be\s+(?:replaced|stood\s+down|disbanded|wound\s+up)\b|"
                # "She then announced that Kestrelford would receive £1.8m"
                r"\b(?:would|will)\s+receive\s+(?:an?\s+)?(?:extra\s+|additional\s+)?£\s?\d|"
                # "Every pathway plan will be reviewed by the end of the year", "said every frontline officer in the area would be trained"
                r"\b(?:every|all|each)\s+(?:[\w’'\-]+\s+){1,8}?(?:will|would)\s+be\s+(?:reviewed|audited|checked|allocated|visited|seen|trained)\b|"
                # "must now send the inspectorates a written statement of action": the partners' required reply to a joint inspection
                r"\b(?:must|will|are\s+required\s+to|have\s+to)\s+(?:now\s+)?(?:send|submit|produce|prepare|publish|write)\s+(?:[\w’'\-]+\s+){0,3}?(?:a\s+)?written\s+statement\s+of\s+action\b|"
                r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?£\s?\d[\d.,]*\s?(?:m|million|k|bn|billion)?\s+(?:would|will)\s+be\s+"
                r"(?:spent|invested|made\s+available|used|put|allocated|added)\b|"
                # "will personally chair a new improvement board"
                r"\b(?:will|would)\s+(?:personally\s+)?chair\s+(?:a|the)\s+(?:new\s+)?(?:improvement|oversight|scrutiny)\s+(?:board|panel)\b|"
                r"\b(?:had|has|have)\s+(?:already\s+|also\s+|now\s+)?agreed\s+(?:with\s+[^.;]{1,40}?\s+)?to\s+(?:commission|fund|pay|recruit|open|create|invest|appoint|provide|hire|ring-?fence|allocate|build|set\s+up|"
                r"add|cap|introduce|offer|extend|double|spend|review|employ|expand)\b|"
                r"\b(?:vow(?:ed|s)|pledg(?:ed|es)|promis(?:ed|es))\s+(?:to|a|an|£\s?\d)\b|"
                # "Kestrelford pledges rapid improvements after Ofsted deems it 'inadequate'"
                r"\b(?:vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es))\s+(?:\w+\s+)?(?:improvements?|changes?|action|overhaul|investment)\b|\bpromising\s+(?:that|to)\b|"
                # "said caseloads would be cut to no more than 20 by Christmas"
                r"\b(?:said|says|added|confirmed|announced)\s+(?:that\s+)?(?:caseloads|workloads|waiting\s+(?:times|lists)|the\s+backlog|vacancies|agency\s+(?:use|staff))\s+"
                r"(?:would|will)\s+(?:be\s+)?(?:cut|reduced|brought\s+down|halved|capped|fall)\b|\b(?:expressed|expressing|voiced)\s+(?:their\s+|its\s+|a\s+)?(?:\w+\s+)?(?:determination|commitment)\s+to\b|\bwill\s+not\s+stand\s+still\b|\bnot\s+going\s+to\s+stand\s+still\b"),
    ("statement", r"^\s*In\s+response\b|\bresponded\s+by\s+\w+ing\b|(?:^|[,;]\s+)\W*(?:the\s+|senior\s+|its\s+|their\s+)?(?:leaders|managers|council|authority|trust|board|they|partners|partnership)\s+(?:\w+\s+){0,2}?responded\s+to\s+[^.;]{1,60}?\s+by\s+\w+ing\b|\b(?:council|authority|trust|company)(?:\s+(?:bosses|leaders|officials|chiefs|spokes(?:person|man|woman)))?,?\s+(?:has\s+|have\s+)?(?:said|says|added)\s+(?:it|they)\s+[“\"‘']?(?:(?:fully|wholly|completely)\s+)?(?:was|were|is|are|had|has|accepted|accepts|welcomed|welcomes|can|will|would)\b|"
                  r"\b(?:council|authority|trust)\s+(?:has\s+|have\s+)?(?:fully\s+)?(?:welcomed|accepted)\s+(?:the|all|its|these|ofsted)\b|"
                  r"\b(?:leaders|managers|officials|bosses|chiefs|executives)\s+(?:have\s+|has\s+)?said\s+(?:that\s+)?(?:they|it)\s+(?:had\s+|fully\s+)?(?:accepted|welcomed|accept|welcome)\b|\b(?:council|authority|trust)\s+has\s+(?:welcomed|accepted)\b|"
                  r"\b(?:leaders|council|authority|trust)\s+(?:have|has)\s+(?:\w+ly\s+)?responded\b|\b(?:leaders|managers|council|authority|trust|they)(?:,[^,;]{1,50},)?\s+(?:have\s+|has\s+)?responded\s+(?:\w+ly\s+|well\s+)?to\s+(?:these|those|the|this|its|their)\s+(?:\w+\s+){0,3}?(?:findings|recommendations|review|concerns?|outcome|report)\b|\b(?:leaders|managers|council|authority|trust)\s+(?:had\s+)?responded\s+[‘'\"“]?\w+ly\b|\b(?:leaders|members|council|authority|trust)\s+(?:is|are)\s+(?:now\s+)?responding\s+(?:\w+ly\s+)?to\s+(?:these|this|the|its)\b|\bapologi[sz]ed\b|\bapology\b|"
               r"\b(?:I|we)\s+(?:\w+\s+){0,3}?apologi[sz]e\b|[“\"‘']\s*(?:I[’']m|I\s+am|we[’']re|we\s+are)\s+(?:truly\s+|deeply\s+|very\s+|so\s+)?sorry\b|\b(?:I\s+am|I[’']m|we\s+are|we[’']re)\s+(?:truly\s+|deeply\s+|very\s+|so\s+)?sorry\s+(?:for|that)\b|"
               # ... in reported speech: "said he was 'shocked and deeply sorry'"
               r"\b(?:said|says)\s+(?:that\s+)?(?:he|she|they|it|the\s+council)\s+(?:was|were|is|are)\s+[“\"‘']?(?:\w+\s+and\s+)?(?:deeply\s+|truly\s+|very\s+|so\s+)?sorry\b|"
               r"\b(?:I|we)\s+(?:fully\s+)?accept\s+(?:the|all|these|its|ofsted[’']s|every\s+word\s+of\s+(?:this|the))\s+(?:[\w’']+\s+)?(?:findings|report|judgements?|criticisms?|recommendations)\b|"
               # "I'm not going to argue with any of it": the findings accepted
               r"\b(?:I|we)(?:[’']m|[’']re|\s+am|\s+are)\s+not\s+going\s+to\s+(?:argue|quarrel)\s+with\s+(?:any\s+of\s+)?(?:it|them|the\s+(?:findings|report|judgements?))\b|"
               r"\b(?:I|we)\s+(?:fully\s+)?accept\s+(?:every\s+one|each|all)\s+of\s+(?:the|its|ofsted[’']s)\s+(?:report[’']s\s+|inspectors[’']\s+)?(?:findings|recommendations|criticisms)\b|\b(?:I|we)\s+accept\s+(?:that\s+)?(?:we|the\s+council)\s+(?:are|have|were|had)\b|"
               r"\baccepted\s+(?:all\s+(?:of\s+)?)?(?:the\s+)?(?:inspectors?[’']?\s+|ofsted[’']s\s+|report[’']s\s+|watchdog[’']s\s+)?(?:findings|criticisms|conclusions|judgements?)\b|\b(?:we|I)\s+(?:fully\s+)?concur\s+with\b|"
               r"\b(?:ministers?|the\s+government|the\s+(?:education\s+)?secretary)\s+(?:has\s+|have\s+)?accepted\s+(?:his|her|their|the|its)\s+(?:\w+\s+)?recommendations?\b|"
               # ... in reported speech: "said the partners accepted every finding"
               r"\b(?:said|says|added|confirmed)\s+(?:that\s+)?(?:the\s+)?(?:council|authority|trust|partners|partnership|they|it|he|she)\s+(?:had\s+|has\s+|have\s+)?(?:fully\s+)?"
               r"[“\"‘']?(?:fully\s+)?accept(?:s|ed)?[”\"’']?\s+(?:all|every|each|the|its|ofsted[’']s)\s+(?:of\s+(?:the|its)\s+)?(?:\w+\s+)?(?:findings?|recommendations?|report|criticisms?|conclusions?)\b"),
    ("action", r"^\W*Action\s+to\s+(?!address\s+(?:these|this|the)\s+(?:\w+\s+)?(?:weakness|concern|shortfall)|protect\b|safeguard\b|keep\b)\w+\b|"
               # "Steps taken by senior managers to track ...", "They have acted to mitigate risk", "A second care leavers hub has opened"
               r"\b(?:steps|action|measures)\s+taken\s+by\s+(?:senior\s+)?(?:leaders|managers|the\s+(?:council|local\s+authority|authority|trust))\b|"
               r"\b(?:leaders|managers|they|council|authority|trust)\s+(?:have|has)\s+(?:\w+ly\s+)?acted\s+(?:\w+ly\s+)?to\s+(?!a\s)\w+|"
               r"\b(?:new|second|third|further|additional)\s+(?:[\w\-’']+\s+){0,3}(?:hub|team|service|home|unit|panel|centre|post)s?\s+(?:has|have)\s+(?:now\s+|recently\s+|also\s+)?(?:been\s+)?(?:opened|launched|established|created|set\s+up)\b|"
               r"\b(?:concerted|considerable|significant|determined)\s+efforts?\s+(?:was|were|has\s+been|have\s+been)\s+made\s+to\b|"
               # "despite efforts to reduce the number of agency social workers, turnover remains high"
               r"\b(?:despite|after|following)\s+(?:the\s+)?(?:council[’']s\s+|trust[’']s\s+|its\s+|their\s+|recent\s+|considerable\s+|significant\s+)?efforts\s+to\s+(?:reduce|improve|recruit|increase|address|tackle|stabilise|strengthen)\b|"
               r"\b(?:has|have|had)\s+(?:\w+ly\s+|already\s+)?acted\s+(?:up)?on\s+(?:the\s+)?(?:feedback|findings|learning|them|these|those|it)\b|"
               r"\b(?:we|I|council|authority|trust)\s*(?:[’']ve|have|has)\s+(?:already\s+)?changed\s+(?:how|the\s+way)\b|"
               r"\b(?:has|have|had|[’']s)\s+(?:already\s+|also\s+)?asked\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,5}(?:\([A-Z]+\)\s+)?to\s+(?:carry\s+out|conduct|undertake|lead)\s+(?:a|an)\s+(?:\w+\s+)?(?:review|audit|inquiry|investigation)\b|"
               r"\b(?:has|have|had)\s+(?:already\s+|now\s+|also\s+)?signed\s+(?:a|an)\s+(?:[\w\-]+\s+){0,2}?(?:contract|agreement|partnership)\b|"
               r"\b(?:we|council|authority|trust)\s+(?:have|has|had)\s+(?:already\s+)?asked\s+(?:[\w’'\-]+\s+){0,3}(?:partners|colleagues|police|NHS)\s+to\b|"
               r"\b(?:handed\s+out|distributed|gave\s+out|given\s+out|bought|purchased)\s+(?:more\s+than\s+|over\s+|some\s+)?\d[\d,]*\s+(?:[\w\-]+\s+){0,2}"
               r"(?:laptops|phones|tablets|devices|computers|places|beds|flats|grants|payments)\b|"
               r"\b(?:continu\w+\s+to\s+take|taking|taken|take|took)\s+(?:swift\s+|urgent\s+|decisive\s+|further\s+|immediate\s+|some\s+)?(?:action|steps)\s+(?:with\s+(?:its\s+|their\s+)?partners\s+)?to\b|"
               # a kind of action praised, with or without its aim: "took decisive action following this inspection"
               r"\b(?:taking|taken|took)\s+(?:(?:swift|urgent|decisive|immediate|prompt|robust|firm|timely|quick)\s+(?:and\s+)?){1,2}action\b|"
               # what leaders set going or agreed, in a letter's words: "They have embarked on a whole system transformation
               # programme", "a new quality assurance framework is due to be launched", "Care planning meetings, introduced by
               # senior managers, ...", "senior managers agreed during the visit to review ...", "working closely with the courts
               # to reduce ...", "By integrating CAMHS within the SPA, leaders have ...", "the systems they have put in place"
               r"\b(?:have|has)\s+(?:recently\s+|now\s+)?embarked\s+on\b|"
               r"\b(?:is|are)\s+(?:now\s+)?due\s+to\s+be\s+(?:launched|introduced|implemented|rolled\s+out|opened|completed|recruited|appointed)\b|"
               r"[,(]\s+(?:recently\s+|newly\s+)?(?:introduced|established|developed|commissioned|set\s+up)\s+by\s+(?:senior\s+|strategic\s+)?(?:leaders|managers)\b|"
               r"\b(?:leaders|managers)\s+(?:readily\s+|quickly\s+|immediately\s+)?agreed\s+(?:during\s+the\s+(?:visit|inspection)\s+)?to\s+(?:review|audit|address|revisit|strengthen|change|improve)\b|"
               r"\b(?:leaders|managers|they)\s+(?:are|have\s+been)\s+(?:\w+\s+and\s+)?(?:working|worked)\s+(?:closely\s+|jointly\s+)?with\s+(?!(?:the\s+)?(?:children|young|famil|parents|carers))"
               r"(?:the\s+)?(?:[\w\-]+\s+){1,5}?to\s+(?:reduce|improve|address|strengthen|tackle|develop)\b|"
               r"^By\s+\w+ing\b[^.;]{5,160},\s+(?:senior\s+)?(?:leaders|managers|the\s+(?:council|local\s+authority|trust))\s+(?:have|has)\b|"
               r"\b(?:they|leaders|managers|the\s+(?:council|local\s+authority|trust))\s+(?:have|has)\s+(?:recently\s+)?put\s+in\s+place\b|"
               # "A number of steps have already been taken", "Steps are being taken to reduce ..."
               r"\b(?:steps|measures)\s+(?:have|has)\s+(?:already\s+|now\s+|also\s+)?been\s+taken\b|\b(?:steps|measures)\s+(?:are|is)\s+(?:now\s+|also\s+)?being\s+taken\s+to\b|"
               r"\b(?:has|have|had)\s+(?:\w+ly\s+)?acted\s+(?:up)?on\s+(?:(?:the|all|its|these|most|many)\s+)?(?:\w+\s+)?recommendations\b|"
               r"\b(?:has|have|had)\s+(?:already\s+)?moved\s+to\s+(?:make|improve|address|strengthen|tackle)\b|"
               # what a report finds done: "the recommendations made at the last inspection have been fully delivered", "Recent action to
               # improve the care leaver services", "the recently appointed skilled workers", "have planned and delivered a response"
               r"\brecommendations?\b[^.;]{0,60}?\b(?:have|has)\s+(?:now\s+)?been\s+(?:fully\s+)?(?:delivered|implemented|addressed|met|completed|actioned)\b|"
               r"\brecent\s+action\s+(?:taken\s+)?to\s+(?:improve|address|strengthen|tackle|reduce)\b|\brecently\s+appointed\b|"
               r"\b(?:has|have)\s+planned\s+and\s+delivered\b|"
               # what leaders have set about: "have done much to improve", "have focused on developing", "have worked closely with X to promote"
               r"\b(?:has|have)\s+done\s+(?:much|a\s+lot|a\s+great\s+deal|a\s+considerable\s+amount)\s+to\s+(?:improve|strengthen|develop|address)\b|"
               r"\b(?:has|have)\s+(?:\w+ly\s+)?focused\s+(?:(?:its|their|her|his)\s+)?(?:attention\s+)?on\s+(?:developing|improving|strengthening|building|addressing|establishing|recruiting|reducing)\b|"
               r"\b(?:leaders|managers|they|council|authority|trust)\s+(?:have|has)\s+(?:also\s+)?(?:enhanced|increased|expanded|boosted)\s+(?:the\s+)?capacity\b|"
               r"\b(?:has|have)\s+worked\s+(?:closely\s+|hard\s+)?(?:with\s+[^.;]{1,60}?\s+)?to\s+(?:promote|improve|strengthen|develop|reduce|increase|address)\b|"
               r"\b(?:are|is)\s+(?:now\s+)?providing\s+(?:additional|extra|more|targeted)\s+support\s+to\b|"
               # what leaders have turned to: "have had a determined focus on", "have given particular attention to"
               r"\b(?:has|have)\s+had\s+(?:a|an)\s+(?!(?:insufficient|limited|inconsistent|little|weak)\b)(?:[\w\-]+\s+){0,2}focus\s+on\b|"
               r"\b(?:has|have)\s+given\s+(?:\w+\s+)?(?:attention|priority)\s+to\b|"
               rf"\baction\s+by\s+(?:the\s+)?(?:senior\s+)?{_PEOPLE}\b|"
               # what the council's people have set out to do: "The local authority and its partners have clear strategies in place"
               rf"\b{_PEOPLE}\b(?:(?!\bnot\b|n['’]t\b)[^.;]){{0,40}}?\b(?:have|has)\s+(?:\w+\s+){{0,3}}?"
               r"(?:strateg(?:y|ies)|plans)\s+in\s+place\b|"
               # what is under way or was done, in a letter's words: "Leaders are in the process of strengthening ...",
               # "is being prioritised by the council", "a new system has been procured", "Senior managers acted quickly to
               # identify ...", "have raised this issue with senior colleagues in the police"
               rf"\b(?:{_PEOPLE}|they)\b[^.;]{{0,30}}?\b(?:are|is|was|were)\s+(?:now\s+)?in\s+the\s+process\s+of\s+(?:\w+ly\s+)?\w+ing\b|"
               # "Work has started on improving processes", "Work is in the early stages to capture the impact of ...", "It is
               # working in conjunction with other local authorities to establish ..."
               r"^\W*(?:However,\s+)?Work\s+(?:has\s+(?:started|begun|commenced)|is\s+in\s+(?:the|its)\s+(?:very\s+)?early\s+stages?|is\s+(?:now\s+)?(?:under\s*way|in\s+progress|ongoing))\s+(?:on|to)\b|"
               # "Work so far has included the scrutiny of management being tightened", "we have already started that work"
               r"^\W*Work\s+(?:so\s+far|to\s+date|already\s+done)\s+(?:has\s+)?(?:included|involved)\b|\b(?:have|has|had)\s+(?:already\s+|now\s+)?(?:started|begun)\s+(?:that|this|the|our)\s+work\b|"
               rf"\b(?:{_PEOPLE}|it|they)\s+(?:is|are)\s+(?:now\s+)?working\s+(?:in\s+conjunction|jointly|together)\s+with\b[^.;]{{0,80}}?\bto\s+(?:establish|develop|improve|reduce|address|strengthen|create)\b|"
               r"\b(?:is|are)\s+(?:now\s+|currently\s+)?being\s+(?:implemented|prioritised|prioritized|piloted|trialled|embedded|restructured)\b|"
               # (a case "being reviewed" is casework; what is "currently being reviewed" is the service's: "Pathways are
               # currently being reviewed with adult services")
               r"\b(?:is|are)\s+currently\s+being\s+(?:reviewed|redesigned|refreshed)\b|"
               r"\b(?:is|are)\s+(?:now\s+)?(?:nearing|close\s+to)\s+implementation\b|"
               r"\b(?:has|have)\s+been\s+procured\b|"
               rf"\b{_PEOPLE}\s+(?:\w+\s+){{0,2}}?acted\s+(?:\w+ly\s+)?to\s+"
               r"(?:address|reduce|identify|improve|raise|strengthen|tackle|increase|ensure|stabilise|secure|change)\b|"
               r"\b(?:leaders|managers)\b[^.;]{0,40}?\b(?:have|has)\s+raised\s+(?:this|these|the)\s+(?:\w+\s+)?(?:issues?|concerns?)\s+with\b|"
               r"\b(?:financial\s+commitment\s+from\s+the\s+council|(?:a|the)\s+service\s+restructure)\b|"
               # "added that average caseloads had already fallen from 23 to 19 since the inspection": the council's doing, in its words
               r"\b(?:said|says|added)\s+(?:that\s+)?(?:average\s+)?(?:caseloads|vacancies|agency\s+(?:use|staff)|waiting\s+(?:times|lists)|the\s+backlog)\s+"
               r"(?:had|have|has)\s+(?:already\s+|now\s+)?(?:fallen|been\s+(?:cut|reduced|halved))\b|"
               # what it cleared or lent: "the assessment backlog had since been cleared", "Two of its senior managers have
               # been seconded to Bolton", "is also supporting Bolton Council ... as part of an improvement partnership"
               r"\b(?:backlogs?|waiting\s+lists?)\b[^.;]{0,40}?\b(?:had|has|have)\s+(?:since\s+|now\s+|already\s+)?been\s+(?:cleared|eliminated)\b|"
               # a shortfall put right: "was rectified within 24 hours of being made aware of it"
               r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?rectified\b|"
               # what it chose to make public: "has chosen to make the findings public", "said the council published the monitoring visit report"
               r"\b(?:chosen|chose|decided|opted)\s+to\s+(?:publish|make\s+(?:the\s+|its\s+|their\s+)?(?:[\w\-]+\s+){0,3}public)\b|"
               r"\b(?:council|authority|trust|we|they)\s+(?:has\s+|have\s+|had\s+)?published\s+the\s+(?:[\w\-]+\s+){0,3}(?:report|letter|findings)\b|"
               # "agreed for care leavers to become a protected characteristic", "Sutton's decision to make care leaver status a protected characteristic"
               r"\b(?:make|made|making|become|became|treat\w*)\b[^.;]{0,60}?\bprotected\s+characteristic\b|"
               r"\b(?:has|have|had)\s+been\s+seconded\s+to\b|"
               r"\b(?:is|are|has\s+been)\s+(?:also\s+|now\s+)?supporting\s+(?:(?-i:[A-Z])[\w\-]+\s+){1,4}(?:Council|Borough)\b|"
               # what it brought down: "cut the number of children waiting for an assessment from 400 to 120"
               r"\b(?:has|have|had|we\s+have|we[’']ve)?\s*(?:cut|reduced|halved|brought\s+down|slashed)\s+(?:the\s+|its\s+|their\s+|our\s+)?(?:number|backlog|waiting\s+list|caseloads?|use)\b(?=[^.;]{0,80}\b(?:from\s+\d|by\s+\d|to\s+\d|\d+\s*(?:%|per\s*cent)))"),
    # what leaders are setting about, in an inspector's words: "Senior leaders are working to enhance ...", "The council is
    # progressing plans for ...", "has plans to review", "the recently launched grandparent offer", "Vacancies have been filled"
    ("work_under_way", rf"\b{_LEADERS}\b[^.;]{{0,30}}?\b(?:are|is)\s+(?:now\s+|also\s+|currently\s+|actively\s+)?"
                   r"(?:working\s+to|progressing\s+(?:plans|work|the|a|an|its|their)|considering\s+(?:the|how|options|a|an)|exploring|focused\s+on\s+(?:developing|improving|strengthening|building|bringing)|"
                   r"committed\s+to\s+\w+ing|in\s+the\s+early\s+stages\s+of)\b|"
                   rf"\b{_LEADERS}\s+(?:has|have)\s+(?:\w+\s+)?(?:plans\s+to|sought\s+to|made\s+a\s+commitment)\b|"
                   # "Senior leaders are cognisant of the pressures and have a plan to manage the backlog", "Leaders have a commitment to
                   # revisiting the offer"
                   rf"\b{_LEADERS}\b[^.;]{{0,60}}?\b(?:has|have)\s+(?:a|an)\s+(?:clear\s+|credible\s+|new\s+)?(?:plan\s+to\s+(?!be\b)\w+|commitment\s+to\s+"
                   r"(?:revisit|review|develop|improv|introduc|expand|extend|strengthen|recruit|reduc|increas|invest)\w*)|"
                   # "Senior leaders are aware of this and have plans to address this", "They have plans at various stages of
                   # execution to develop ...", "is personally leading the work on addressing these issues", "Senior managers
                   # responded to the pandemic"
                   rf"\b{_LEADERS}\b[^.;]{{0,40}}?\b(?:has|have)\s+(?:\w+\s+)?plans\b[^.;]{{0,40}}?\bto\s+(?:develop|address|improve|strengthen|tackle|increase|reduce|introduce|expand|recruit|review)\b|"
                   r"\b(?:is|are)\s+(?:personally\s+|now\s+)?leading\s+(?:the\s+)?(?:work|improvements?|changes?|review)\s+(?:on|to|of)\b|"
                   r"\b(?:responded|adapted)\s+(?:\w+ly\s+)?(?:and\s+\w+ly\s+)?to\s+(?:the\s+)?(?:challenges?\s+of\s+the\s+)?(?:covid[\w\-]*\s+)?(?:pandemic|restrictions)\b|"
                   # "Senior leaders have continued to develop the quality of social work practice and strengthen management oversight"
                   rf"\b{_LEADERS}\s+(?:have|has)\s+continued\s+to\s+(?:develop|strengthen|improve|embed|build|invest|focus|prioritise|drive)\b|"
                   r"\b(?:have|has)\s+developed\s+plans\s+to\b|\bplans\s+(?:are\s+)?(?:under\s*way|underway)\b|\bplans\s+to\s+[^.;]{1,60}?\s+(?:have|has)\s+been\s+(?:designed|developed|agreed|approved)\b|"
                   r"\b(?:recently|newly)[\s-](?:launched|developed|introduced|created|commissioned|relaunched|redesigned|established)\b|\ba\s+recent\s+(?:restructure|decision\s+to|redesign)\b|"
                   r"\b(?:capacity|staffing|vacancies|posts|resources)\s+(?:\w+\s+){0,3}?(?:were|was|has\s+been|have\s+been|are\s+now|is\s+now)\s+(?:\w+ly\s+)?(?:increased|filled(?!\s+by\s+(?:agency|locum|temporary))|expanded|boosted)\b|"
                   r"\b(?:formally\s+)?adopted\s+by\s+the\s+(?:local\s+authority|council|trust)\b|\bimmediate\s+actions?\s+(?:were|was|has\s+been|have\s+been)\s+taken\b|"
                   rf"\b(?:{_PEOPLE}|the\s+trust)\s+(?:\w+\s+)?(?:immediately|promptly|swiftly|quickly)\s+(?:responded|acted)\b|"
                   r"\b(?:developed|established|launched|opened|created)\s+its\s+own\b|^Having\s+(?:relaunched|introduced|launched|established|restructured|redesigned|developed)\b|"
                   # "Leaders have arranged to allocate", "are arranging for all plans to be translated", "the local authority was
                   # addressing this", "plans are being progressed", "have made changes to team structures", "has been assigned to the service"
                   rf"\b{_LEADERS}\b[^.;]{{0,40}}?\b(?:have|has|had)\s+arranged\s+(?:for|to)\b|\b(?:are|is|were|was)\s+(?:now\s+|currently\s+)?arranging\s+(?:for|to)\b|"
                   rf"\b{_LEADERS}\b(?:[^.;]{{0,40}}?\band)?\s+(?:was|were|is|are)\s+(?:already\s+|now\s+|\w+ly\s+)?addressing\s+(?:this|these|the|it)\b|\bplans\s+(?:are|were)\s+(?:now\s+)?being\s+progressed\s+(?:for|to)\b|"
                   rf"\b{_LEADERS}\s+(?:have|has)\s+(?:\w+\s+)?made\s+(?:\w+\s+)?changes\s+to\b|\b(?:has|have)\s+been\s+(?:assigned|seconded)\s+to\s+the\b|"
                   # "They have secured training ...", "are reviewing this system", "is acting to ensure", "Action is being taken
                   # to", "conducted a survey of all staff", "an independently commissioned peer review", "is being extended to"
                   rf"\b{_LEADERS}\s+(?:have|has)\s+(?:also\s+|now\s+)?secured\s+(?:[\w’'\-]+\s+){{0,4}}?(?:funding|training|agreement|resources|investment|places|capacity|posts)\b|"
                   rf"\b{_LEADERS}\b[^.;]{{0,40}}?\b(?:are|is)\s+(?:now\s+|currently\s+|also\s+)?(?:(?:reviewing|rebuilding|redesigning|refreshing)\s+(?:the|its|their|this|these|our|a|an|all)\b|acting\s+to\b)|"
                   r"\b(?:leadership\s+team|team)\s+(?:is|are)\s+(?:now\s+)?acting\s+to\b|\baction(?:\s+\d+)?\s+(?:is|are)\s+(?:now\s+)?being\s+taken\s+(?:by\s+[^.;]{1,40}?\s+)?to\b|"
                   rf"\b{_LEADERS}\s+conducted\s+(?:a|an)\s+(?:\w+\s+)?(?:survey|review|audit|consultation)\b|\bindependently\s+commissioned\s+(?:\w+\s+){{0,2}}(?:review|audit)\b|"
                   r"\b(?:is|are)\s+(?:now\s+)?being\s+(?:extended|expanded)\s+to\b"),
    ("work_under_way", r"\b(?:work|actions?)\s+(?:to\s+[^.;]{1,60}?\s+)?(?:is|are|was|were|had\s+been|has\s+been)\s+(?:already\s+|now\s+|well\s+)?(?:under\s*way|in\s+progress|ongoing)\b|"
                       # "New IT systems are in the process of being procured"
                       r"\b(?:is|are)\s+(?:now\s+|currently\s+)?in\s+the\s+process\s+of\s+being\s+(?!(?:placed|adopted|matched|assessed|seen|visited|reunified)\b)\w+ed\b|"
                       r"\bwork\s+to\s+(?:\w+\s+){0,3}improve\b[^.;]{0,80}\bwill\s+continue\b|"
                       # what the council (or "it", the council the article quotes) says it is working on
                       r"\b(?:council|authority|trust|it|they|spokes(?:man|woman|person))\s+(?:said|says|added)\s+(?:that\s+)?(?:it|they|the\s+(?:council|authority|trust))\s+(?:was|were|is|are|had|has|have)\s+(?:been\s+)?(?:now\s+|also\s+|already\s+)?"
                       r"(?:(?:started|begun)\s+)?working\s+(?:hard\s+|closely\s+)?(?:with|to|on)\b|\b(?:begun|began|started|starting)\s+work\s+(?:to|on)\b|\b(?:begun|began|started)\s+work\s+with\s+(?!them\b|him\b|her\b|families\b|children\b|parents\b)[^.;]{1,60}?\s+(?:to|on)\b|\b(?:council|authority|trust)\s+(?:is|are|has\s+been|have\s+been|will\s+be)\s+(?:now\s+)?working\s+(?:closely\s+)?with\b|\bwork\s+(?:done|undertaken|carried\s+out)\s+(?:\w+\s+){0,2}to\s+(?:strengthen|improve|develop|address|reduce|increase)\b|\bwork\s+(?:has\s+)?(?:begun|started)\s+to\b|\bwork\s+(?:has|had)\s+taken\s+place\s+to\s+(?:address|improve|strengthen|reduce|tackle)\b|\b(?:review|inquiry|audit)\s+(?:into|of)\s+[^.;]{1,60}?\s+(?:has|have)\s+(?:now\s+)?(?:begun|started)\b|"
                       r"\b(?:(?:we|I)\s+have|(?:we|I)[’']ve)\s+(?:now\s+|already\s+)?(?:begun|started)\s+working\b|\bwill\s+work\s+alongside\b|"
                       r"\b(?:we|I)(?:[’']re|\s+are)\s+(?:now\s+|already\s+)?putting\s+[^.;]{1,60}?\s+in\s+place\b|\b(?:leaders|the\s+council|the\s+(?:local\s+)?authority)\s+(?:understand|recognise|recognize|know|acknowledge)s?\s+(?:that\s+)?(?:there\s+is\s+)?(?:a|the)\s+need\s+to\s+(?:develop|improve|strengthen|introduce)"),
]
# each trigger searched with only the alternatives a sentence can match (loaders/alternation.py)
_COMPILED = [(k, Alternation(top_level_alternatives(rx), re.IGNORECASE)) for k, rx in _TRIGGERS]
_NOT_ACTION = re.compile(r"\b(?:must|should|ought\s+to|calls?\s+(?:up)?on|urged?|urging|(?<!reduce\s)(?<!reducing\s)(?<!rising\s)(?<!manage\s)demand(?:s|ed)?(?!\s+(?:for|on|in|pressures?|management|meetings?|panels?|levels?)\b)|recommend(?:s|ed|ation)?|"
                         r"(?:require|ask)\s+you\s+to|asked\s+(?:the\s+)?(?:managers|leaders|the\s+council|the\s+authority)\s+to)\b|\?\s*[”\"]?$", re.IGNORECASE)
_IMPERATIVE = re.compile(r"\s*(?:\d+\.\s*|[•\-–]\s*)?(?:(?:Urgently|Swiftly|Rapidly|Quickly)\s+)?(?:Ensure|Make\s+sure|Improve|Develop|Strengthen|Increase|Reduce|Review|Provide|Establish)\b|"
                        r"\s*(?:Urgently|Swiftly|Rapidly|Quickly)\s+(?:progress|take|put|secure)\b")  # "Urgently progress plans to recruit ..."
_FAILED = re.compile(r"\b(?:not|no|never|lack\s+of|lacked|without|fail\w*|struggl\w*|difficult\w*|challeng\w*|unable|"
                     r"problems?\s+(?:with|in)|shortage\s+of|delay\w*|(?<!worked\s)(?<!working\s)(?<!works\s)hard\s+to|insufficient|too\s+little|little)\b[^.;]{0,40}$", re.IGNORECASE)
# what a named action still is, after it: "... remains our biggest challenge", "... has been difficult"
_STILL_A_PROBLEM = re.compile(r"[^.;,]{0,60}?\b(?:remains?|remained|is|are|was|were|has\s+been|have\s+been)\s+(?:still\s+)?(?:\w+\s+){0,3}?"
                              r"(?:challenge|challenging|difficult|difficulty|problem|problematic|issue|concern|hard|struggle)s?\b", re.IGNORECASE)
_JUDGED = re.compile(r"[^.;,]{0,60}?\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+|particularly\s+|widely\s+)?"
                     r"(?:praised|commended|applauded|highlighted\s+as\s+(?:a\s+)?strength|criticised|criticized)\b", re.IGNORECASE)
_PARTIES = r"(?P<party>Liberal\s+Democrats?|Lib\s+Dems?|Labour|Conservatives?|Tor(?:y|ies)|Green\s+Party|Greens|Green(?=\s+(?:councillors?|group|member|opposition)\b)|Reform\s+UK|Independents?|(?i:independent)(?=\s+(?:councillors?|group|members?)\b))"
_LABEL = {
    "motion": "motion", "improvement_plan": "improvement plan", "appointment": "appointment",
    "recruitment": "recruitment", "investment": "investment", "new_structure": "new team or board",
    "training": "training", "work_under_way": "work under way", "change": "change of approach",
    "action": "action taken", "intervention": "intervention", "promise": "promise", "statement": "statement", "call": "call for a review",
}


@lru_cache(maxsize=1)
def _theme_words() -> list[tuple[str, re.Pattern]]:
    """(theme id, pattern of its altLabels) from ontology/themes.ttl."""
    from ontology import THEMES_FILE
    out = []
    ttl = THEMES_FILE.read_text(encoding="utf-8")
    for block in re.split(r"\n(?=theme:)", ttl):
        m = re.match(r"theme:(\w+)\s+a\s+skos:Concept", block)
        if not m or m.group(1) == "other":
            continue
        labels = re.findall(r'skos:(?:altLabel|prefLabel)\s+"([^"]+)"@en', block)
        labels = [l for l in labels if len(l) > 2]
        if labels:
            alts = "|".join(re.escape(l.lower()).replace(r"\ ", r"\s+") for l in sorted(labels, key=len, reverse=True))
            out.append((m.group(1), re.compile(rf"\b(?:{alts})\b")))
    return out


def themes_of(sentence: str) -> list[str]:
    s = sentence.lower().replace("’", "'")
    return [t for t, rx in _theme_words() if rx.search(s)]


# where an action's clause ends: punctuation, but not the point or comma inside a number ("£3.5m", "1,200")
_CLAUSE_EDGE_LEFT = re.compile(r"[;:“]|,(?!\d)")
_CLAUSE_EDGE_RIGHT = re.compile(r"[;”]|[,.](?!\d)")


def _action(sentence: str, m: re.Match, kind: str) -> str:
    """The clause around the trigger, as a short action phrase."""
    s = sentence
    left = max([b.start() for b in _CLAUSE_EDGE_LEFT.finditer(s, 0, m.start())], default=-1)
    right = next((b.start() for b in _CLAUSE_EDGE_RIGHT.finditer(s, m.end())), len(s))
    clause = s[left + 1:right].strip(" “”\"'")
    words = clause.split()
    if len(words) > 24:
        clause = " ".join(words[:24])
    return clause or _LABEL[kind]


_GOV = re.compile(r"\b(?:the\s+)?(?P<gov>Department\s+for\s+Education|DfE|[Gg]overnment|[Ee]ducation\s+[Ss]ecretary|[Cc]hildren[’']s\s+[Mm]inister)\b")
_TRUST = re.compile(r"\b(?P<trust>(?:[A-Z][\w’'\-]+\s+){1,4}(?:and\s+Families\s+|Children[’']s\s+)?Trust|(?:[A-Z][\w’'\-]+\s+){1,4}(?:Safeguarding\s+(?:Children\s+)?Partnership|Police|Constabulary))\b")


def _actor(s: str, m: re.Match, council_name: str | None, trust: str | None) -> str | None:
    """Who acts: the council, unless the clause before the trigger names the government,
    or the children's trust that runs the council's services."""
    before = s[:m.start()]
    clause = re.split(r"[;:“\"]|,\s+(?:but|and|while)\s+", before)[-1]
    by = re.match(r"[^.;,]{0,30}?\bby\s+", s[m.end():])
    if by:  # "was issued with a statutory direction by the education secretary"
        clause += " " + s[m.end() + by.end():m.end() + by.end() + 40]
    g = _GOV.search(clause)
    if g and not re.search(r"\bcouncil\b", clause[g.end():], re.IGNORECASE):
        name = g.group("gov")
        return "Department for Education" if re.match(r"(?:Department|DfE|[Ee]ducation|[Cc]hildren)", name) else "government"
    t = _TRUST.search(clause)
    if t:
        return re.sub(r"^The\s+", "", t.group("trust"))
    if trust and re.search(r"\bthe\s+trust\b", clause, re.IGNORECASE):
        return trust
    return council_name


# special measures long past, left or defined: "Previously, it was branded inadequate and placed in 'special measures'",
# "Eight years ago ... were in special measures", "In 2017, the services were taken out of special measures", "the lowest
# rating before an authority is placed into special measures" (not "placed in special measures until 2020")
_PAST_MEASURES = re.compile(r"\b(?:previously|formerly|once|years\s+ago|since\s+(?:it|they|the\s+[\w’']+(?:\s+[\w’']+)?)\s+(?:was|were)|"
                            r"(?:taken|came|come|coming|moved|removed|lifted)\s+out\s+of|before\s+(?:an?|the)\s+(?:authority|council)|"
                            r"in\s+(?:19|20)\d\d\b(?![^.;]{0,30}\buntil\b))", re.IGNORECASE)


def extract_responses(spans: list[Span], council_name: str | None, parse=None, parse_many=None,
                      voice: str = "inspector") -> list[Response]:
    """`parse(start, end)`: the dependency parse of a span (loaders.parse.Parsed.dependencies), for
    the actions no trigger names (loaders/actions.py, read in `voice`: an inspector's report of what
    leaders did, or the council's own words in news); without it, the triggers alone. `parse_many(spans)`
    parses the sentences that need it in one batch first (Parsed.parse_many)."""
    out: list[Response] = []
    pending: list[tuple[Span, str | None]] = []  # sentences no trigger names that may report an action, with the trust known then
    motion_seen = False
    trust = None
    recent: list[str] = []  # the sentences before: whose party "He called for ..." speaks for
    listing = None  # who promised the bulleted list that follows ("the council has agreed to:")
    for sp in spans:
        prev = " ".join(recent)
        recent = (recent + [sp.text])[-3:]
        s = sp.text
        item = _LIST_ITEM.match(s)
        if listing and item:
            out.append(Response(actor=listing, action=s[item.end():].rstrip(" ;,."), kind="promise", evidence=s, themes=themes_of(s),
                                span=[sp.start, sp.end]))
            continue
        opener = _PROMISED_LIST.search(s)
        listing = _actor(s, opener, council_name, trust) if opener else None
        t = _TRUST.search(s)
        if t and not trust and t.group("trust").endswith("Trust"):
            trust = t.group("trust")
        if sp.words < 5:
            continue
        for kind, rx in _COMPILED:
            m = rx.search(s)
            if not m:
                continue
            if kind == "appointment" and re.search(r"\bI\s+(?:was|have\s+been)\s+appointed\b", s):
                continue
            if kind == "investment" and re.search(r"\b(?:emotional|professional|personal|strong|genuine)\s+investment\b", s[max(0, m.start() - 25):m.end()], re.IGNORECASE):
                continue  # "a strong professional investment in children's progress": care, not money
            if kind == "investment" and re.search(r"\binvest(?:s|ed|ing)?\s+(?:(?:a\s+lot\s+of|much|more|their|considerable)\s+)?(?:time|effort|energy)\b|\b(?:are|is|were|was|feel|feels|felt)\s+(?:\w+\s+)?invested\s+in\b",
                                                 s[max(0, m.start() - 25):m.end() + 40], re.IGNORECASE):
                continue  # "workers invest time with children", "social workers who are invested in their outcomes": care, not money
            if kind == "improvement_plan" and re.search(r"\b(?:reflected|set\s+out|included)\s+in\s+(?:their|its|the)\s+$", s[max(0, m.start() - 40):m.start()], re.IGNORECASE):
                continue  # "this is reflected in their action plan": a plan named in passing, not an action
            if kind == "intervention" and re.fullmatch(r"special\s+measures", m.group(), re.IGNORECASE) and _PAST_MEASURES.search(s):
                continue  # "since it was placed in 'special measures' by Ofsted in 2014", "taken out of special measures": history
            if re.match(r"[^.;]{0,40}?\bworking\s+with\s+(?:nearly|around|about|almost|more\s+than|over|some|up\s+to)?\s*[\d,]+\s+(?:children|families|young\s+people|cases)\b",
                        s[m.start():], re.IGNORECASE):
                continue  # "we're working with nearly 3,400 children in need": the caseload, not an action
            if kind == "change" and re.search(r"\bestablished\s+(?:\w+\s+){0,2}(?:relationships?|rapport)\b", s[m.start():m.end() + 40], re.IGNORECASE):
                continue  # "workers have established positive relationships with children": practice, not an action
            if kind == "motion":
                if motion_seen:
                    break
                motion_seen = True
            elif re.match(r"\s*(?:the|this|that)\s+motion\b", s, re.IGNORECASE):
                break  # what a motion asks for is part of the motion's response
            elif kind not in ("promise", "statement", "intervention", "call") and (_NOT_ACTION.search(s[max(0, m.start() - 80):m.end() + 40])
                                                                          or _IMPERATIVE.match(s)):
                continue  # what the council is asked to do: "Ensure that systems are established to ..."
            if re.search(r"\bfor\s+any\s+inconvenience\b", s, re.IGNORECASE):
                continue  # "We apologise for any inconvenience this may cause": a web page's notice
            if kind == "promise" and re.search(r"\b(?:confident|hope|hopeful|believe|sure|expect|optimistic)\b(?:\s+that)?\s+(?:we|I)\s*$", s[max(0, m.start() - 40):m.start() + 3], re.IGNORECASE):
                continue  # "I am confident we will deliver": an expectation, not a commitment
            if kind == "action" and re.search(r"\bon\s+(?:[\w’']+\s+){1,2}to\s+$", s[max(0, m.start() - 40):m.start()]):
                continue  # "too much responsibility on mothers to take action": asked of others
            if kind == "training" and re.search(r"\beducation,?\s+employment\s+(?:or|and)\s+training\b", s[max(0, m.start() - 30):m.end()], re.IGNORECASE):
                continue  # "not in education, employment or training": young people's state, not training given
            # (only in the trigger's own clause: "services are not working well and we will put this right" promises)
            before = s[max(0, m.start() - 50):m.start()]
            before = "" if re.search(r"(?:[,;]|\b(?:and|but|so))\s*$", before) and re.match(r"(?:we|I)\b", s[m.start():]) else re.split(r"[,;]\s+", before)[-1]
            if re.search(r"\s(?:and|but)\s*$", before) and re.match(r"(?:has|have|had|would|will)\b", s[m.start():]):
                before = ""  # "said the council would 'not rest on a good grade' and had agreed to fund ...": a clause of its own
            if kind != "motion" and _FAILED.search(before):
                continue  # "struggled to recruit", "a lack of investment": a problem, not an action
            if kind not in ("motion", "statement", "promise") and (_STILL_A_PROBLEM.match(s, m.end()) or _JUDGED.match(s, m.end())):
                continue  # "Recruitment of experienced social workers remains our biggest challenge", "Support and training for
                # foster carers was also praised": what the service has, judged, not what the council did in answer
            actor = _actor(s, m, council_name, trust)
            if kind in ("motion", "call"):
                p = re.search(_PARTIES, s)
                if p:
                    actor = re.sub(r"\s+", " ", p.group("party"))
                elif re.search(r"\bopposition\b", s, re.IGNORECASE):
                    actor = "opposition councillors"
                elif kind == "call" and re.match(r"\s*(?:He|She|They)\b", s) and re.search(_PARTIES, prev):
                    actor = re.sub(r"\s+", " ", re.findall(_PARTIES, prev)[-1])  # "... said Labour's spokesperson. He called for ..."
                elif kind == "call" and re.match(r"(?:I|we)\s", m.group(), re.IGNORECASE) or re.search(r"\b(?:I|we)\s+(?:have|had)\s+(?:now\s+|also\s+)?asked\b", s):
                    pass  # "I have asked the scrutiny committee to examine ...": the council's own step
                elif kind == "call":
                    continue  # a call by a union or a charity: nobody's response to the inspection
            out.append(Response(actor=actor, action=_action(s, m, kind), kind=kind, evidence=s, themes=themes_of(s),
                                span=[sp.start, sp.end]))
            break
        else:
            if parse is not None and _may_report_action(s, voice):
                pending.append((sp, trust))
    if pending:
        if parse_many is not None:
            parse_many([sp for sp, _ in pending])
        for sp, known_trust in pending:
            m = _parsed_action(sp, parse, voice)
            if m is not None:
                out.append(Response(actor=_actor(sp.text, m, council_name, known_trust), action=_action(sp.text, m, "action"),
                                    kind="action", evidence=sp.text, themes=themes_of(sp.text), span=[sp.start, sp.end]))
        out.sort(key=lambda r: r.span[0])
    return out


# a list of what the council has agreed or promised to do, and its items:
# "After talks with the branch, the council has agreed to:" / "* cap caseloads at 22 by September;"
_PROMISED_LIST = re.compile(r"\b(?:council|authority|trust|cabinet|it|we|they)\s+(?:has|have|had)\s+(?:also\s+|now\s+)?"
                            r"(?:agreed|promised|pledged|committed|decided|voted)\s+to\s*:\s*$|\b(?:council|authority|trust|we)\s+will\s*:\s*$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[-–•*▪·]\s+(?=[a-z])")


def _may_report_action(s: str, voice: str) -> bool:
    """Worth parsing for an action: a candidate (loaders/actions.py) that asks for nothing."""
    return candidate(s, voice) and not (_NOT_ACTION.search(s) or _IMPERATIVE.match(s) or ASKING.match(s))


def _parsed_action(sp: Span, parse, voice: str) -> re.Match | None:
    """The verb of an action the sentence's parse reports (loaders/actions.py), as a match on the
    sentence (one `_may_report_action` let through); None when there is none or it reports a failure."""
    s = sp.text
    doc = parse(sp.start, sp.end)
    tok = reported_action(doc, voice) if doc is not None else None
    if tok is None:
        return None
    m = re.compile(re.escape(tok.text)).search(s, tok.idx)
    if m is None or _FAILED.search(re.split(r"[,;]\s+", s[max(0, m.start() - 50):m.start()])[-1]):
        return None
    return m
