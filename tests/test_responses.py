"""Responses: what the council, a trust or the government did or promised after an inspection,
on small texts of our own."""
from __future__ import annotations

import pytest

from loaders.parse import Parsed
from loaders.debris import content_spans
from loaders.responses import extract_responses

COUNCIL = "Kestrelford Borough Council"


def responses(text):
    return [(r.kind, r.actor) for r in extract_responses(content_spans(text), COUNCIL)]


def test_government_intervention_is_a_response():
    text = ("The Department for Education will appoint a commissioner to work with the council on its children's services.\n"
            "The service has been placed in special measures until the end of next year.\n")
    assert responses(text) == [("intervention", "Department for Education"), ("intervention", COUNCIL)]


def test_what_the_council_promises_or_says_it_is_doing():
    text = ("“We will act on every one of the inspectors' findings without delay,” said the council leader.\n"
            "The council said it was disappointed by the findings and was already reviewing every open case.\n"
            "Kestrelford Council vowed to restore a good rating for its children as soon as it possibly could.\n")
    assert [k for k, _ in responses(text)] == ["promise", "statement", "promise"]


def test_an_expectation_or_a_demand_is_not_a_response():
    text = ("I am pleased with our progress and am confident we will deliver further improvements this year.\n"
            "Opposition councillors said the council must recruit more permanent social workers.\n")
    assert responses(text) == []


def test_what_the_council_did_phrased_as_money_posts_and_appointments():
    text = ("An extra £6million has been put into children's services since the inspection, the council said.\n"
            "The funding included 25 new social worker posts across the borough.\n"
            "Inspectors noted progress since the appointment, last spring, of new director Ama Boateng.\n"
            "Ofsted praised a detailed plan developed by leaders which has improved the service.\n")
    assert [k for k, _ in responses(text)] == ["investment", "recruitment", "appointment", "improvement_plan"]


def test_what_was_set_up_or_changed_and_how_the_council_answered():
    text = ("Progress was noted, including the refreshment of the corporate parenting board last year.\n"
            "“I have already made significant changes to the fostering panel,” said the cabinet member.\n"
            "She praised the work done to strengthen our early help offer over the summer.\n"
            "Kestrelford Council said it “accepted in full” the findings of the report.\n"
            "In response, the council leader said staff would be given more support this winter.\n")
    assert [k for k, _ in responses(text)] == ["change", "change", "work_under_way", "statement", "statement"]


def test_problems_and_new_jobs_are_not_responses():
    text = ("The report said the council placed too much responsibility on parents to take action to protect children.\n"
            "Weaknesses in the service led in some cases to delays in taking action to protect children.\n"
            "The downgrade came a year after Lena Moss took over permanently as director of children's services.\n")
    assert responses(text) == []


def test_an_excerpt_cut_off_mid_sentence_still_gives_its_response():
    from loaders.pipeline import run_pipeline
    from loaders.read import Document
    text = ("Kestrelford Borough Council children's services rated requires improvement\n\n"
            "Kestrelford Borough Council's children's services require improvement, Ofsted has found.\n\n"
            "We accept the findings in full. We are already acting on the findings and strengthening our front do")
    d = run_pipeline(Parsed.of(Document(id="t", source="t.txt", text=text, format="txt", sha256="0")), "news").to_json()
    assert any(r["evidence"].startswith("We are already acting") for r in d["responses"])
    assert not any("rated requires improvement" in r["evidence"] for r in d["responses"])  # the headline


def test_what_was_set_up_committed_or_answered_in_other_words():
    text = ("An improvement board has been set up to oversee the changes.\n"
            "The council has brought in a new senior management team since the inspection.\n"
            "The authority has committed an extra £3m to children's social care.\n"
            "Council bosses said they accepted the findings in full.\n"
            "The council is working closely with a partner authority to improve practice.\n"
            "The council must set up a new team to tackle the backlog.\n")
    assert [k for k, _ in responses(text)] == ["new_structure", "new_structure", "investment", "statement", "work_under_way"]


def test_steps_directions_and_work_begun():
    text = ("The council said it had already taken steps to address the concerns.\n"
            "The council has increased the number of permanent social workers since the inspection.\n"
            "The authority was issued with a statutory direction by the education secretary.\n"
            "We have already begun work to address the areas for improvement.\n"
            "The council has set aside £1.5m to improve the service.\n"
            "Delays in taking steps to protect children were found in some cases.\n")
    assert responses(text) == [("statement", COUNCIL), ("recruitment", COUNCIL), ("intervention", "Department for Education"),
                               ("work_under_way", COUNCIL), ("investment", COUNCIL)]


def test_letters_and_news_report_appointments_acceptance_and_reviews():
    text = ("A new permanent director of children's services was appointed in May 2024.\n"
            "The council accepted the findings and apologised to the families involved.\n"
            "Leaders have responded positively to the findings of the last inspection.\n"
            "An external review of practice was commissioned by senior leaders last year.\n")
    assert [k for k, _ in responses(text)] == ["appointment", "statement", "statement", "change"]


def test_money_put_in_and_improvements_made_is_a_response_and_an_improvement():
    from loaders.pipeline import run_pipeline
    from loaders.read import Document
    text = ("Kestrelford Borough Council's children's services require improvement, Ofsted has found.\n\n"
            "An extra £6m has been put into children's services, the council said, and improvements have been made "
            "since the inspection in the spring.\n")
    d = run_pipeline(Parsed.of(Document(id="t", source="t.txt", text=text, format="txt", sha256="0")), "news").to_json()
    assert any(r["evidence"].startswith("An extra £6m") for r in d["responses"])
    assert any(i["evidence"].startswith("An extra £6m") for i in d["improvements"])


def test_the_headline_can_state_the_response():
    from loaders.pipeline import run_pipeline
    from loaders.read import Document
    text = ("Kestrelford children's services placed in special measures\n\n"
            "Kestrelford Borough Council's children's services are inadequate, Ofsted has found.\n\n"
            "Extra funding pictured at the new hub\n\n"
            "The council said it accepted the findings in full.\n")
    d = run_pipeline(Parsed.of(Document(id="t", source="t.txt", text=text, format="txt", sha256="0")), "news").to_json()
    assert [r["kind"] for r in d["responses"]] == ["intervention", "statement"]


def test_how_british_news_reports_what_a_council_is_doing_or_will_do():
    # the present progressive, a plan "to get there", what the council was said to be going to do,
    # an apology for something, money added to a budget, someone put in charge, an improvement board,
    # "we are recruiting" foster families (not every sentence about recruiting carers: Ofsted reports judge those)
    text = ("“We have listened, and we are changing the way we work with housing colleagues.”\n"
            "“We know there is more to do, and we have a plan to get there,” he said.\n"
            "The director said every care leaver would have a reviewed pathway plan by the end of September.\n"
            "“Our children deserved better than they got, and I am sorry for that.”\n"
            "The cabinet member said the council had added £1.8m to the children's services budget for this year.\n"
            "“We have put a senior manager in charge of every overdue review.”\n"
            "An improvement board, chaired by an independent adviser, will meet every six weeks.\n"
            "“We are recruiting 30 new foster families this year,” she said.\n"
            "Its chair said the board had asked for monthly reports on every child who moved home twice.\n")
    assert [k for k, _ in responses(text)] == ["promise", "promise", "promise", "statement", "investment", "change",
                                               "new_structure", "promise", "new_structure"]


def test_feelings_and_opinions_are_not_responses():
    text = ("“It is unacceptable – we are very sorry and bitterly disappointed,” she said.\n"
            "The leader said it would be a long road back to a good rating for the borough.\n"
            "The council has struggled to recruit foster carers for several years now.\n")
    assert responses(text) == []


def test_praised_actions_acting_on_recommendations_an_overhaul_and_an_apology():
    text = ("Inspectors said leaders responded 'swiftly and decisively' to the findings of the last inspection.\n"
            "Senior managers took decisive action following the inspection and have stayed focused on the work.\n"
            "The council has acted on the recommendations from the last inspection, inspectors found.\n"
            "An overhaul of the council's quality assurance has been a particular success.\n"
            "The chief executive of Kestrelford Borough Council said \"I'm sorry\" after the report was published.\n"
            "A former director of a children's trust, Ola Brandt, has been appointed as director of children's services.\n")
    assert [k for k, _ in responses(text)] == ["statement", "action", "action", "change", "statement", "appointment"]


def test_a_weakness_the_inspectors_found_is_not_an_action():
    text = ("Leaders had not acted on the recommendations from the last inspection, inspectors found.\n"
            "Managers responded to questions from inspectors about caseloads during the visit.\n")
    assert responses(text) == []


def test_what_leaders_set_about_in_a_letters_words():
    text = ("Senior leaders have done much to strengthen their performance framework since the last visit.\n"
            "Leaders have focused on developing services for care leavers with their partners.\n"
            "Service leads have worked closely with colleges to promote care leavers' education.\n"
            "Staff have had access to a variety of training on the newly introduced practice model.\n"
            "In January, a newly established ‘families together’ service became operational.\n"
            "Meanwhile, the principal social worker is providing additional support to team managers.\n")
    assert [k for k, _ in responses(text)] == ["action", "action", "action", "training", "change", "action"]


def test_a_plan_named_in_passing_or_training_on_offer_is_no_action():
    text = ("Leaders know their strengths and weaknesses well and this is reflected in their action plan.\n"
            "Social workers have access to a wide range of training and feel well supported.\n")
    assert responses(text) == []


@pytest.mark.parametrize("sentence, responds", [
    ("Ofsted said the establishment of multi-agency safeguarding hub is helping manage the volume of work.", True),
    ("Kestrelford and Wessex Councils entered into a contractual arrangement with a joint director of children's services.", True),
    ("The arrangement was established in April this year.", True),
    ("The local offer for care leavers has been enhanced with input from care leavers and staff.", True),
    ("Projects like the House project are being developed to provide a base for young people.", True),
    ("Ofsted said the council has worked hard to recruit and retain more staff.", True),
    ("Although the council has several pilots to address this, they do not yet include all agencies.", True),
    ("The new ‘Family Together’ service provides therapeutic support to children.", True),
    ("They noted the positive impact that the recently established exploitation team is having.", True),
    ("Inspectors acknowledged the plans already in place to achieve this.", True),
    ("Council leaders have expressed determination to improve services for children in care.", True),
    ("The council found it hard to recruit social workers.", False),
    ("There is no doubt challenges remain, and the council will continue to work collaboratively with partners.", True),
    ("The council stated that work to radically improve children’s social care services will continue at pace.", True),
    ("The council has already moved to make improvements over the past 12 months.", True),
    ("Subsequently, the DfE have reappointed an improvement advisor.", True),
    ("She said work to address the issues was already under way.", True),
    ("Work is in progress to produce an early help performance dashboard.", True),
    ("He said the council had acted on recommendations from the last inspection.", True),
    # what leaders turned to, acted on or set out to do, in a letter's words
    ("Leaders in Kestrelford have had a determined focus on improving services for children in need.", True),
    ("They have given particular attention to the impact of domestic abuse and neglect.", True),
    ("There has been effective and focused action by senior leaders to improve services.", True),
    ("The local authority and its partners have clear strategies in place to promote early intervention.", True),
    ("The partnership in Kestrelford has had an insufficient focus on neglect.", False),
    ("Senior leaders do not yet have the detailed plan in place for care leavers.", False),
    ("Leaders in Kestrelford are in the process of strengthening the quality of their audits.", True),
    ("The recruitment and retention of workers is being prioritised by the council.", True),
    ("A new electronic recording system has been procured and goes live in February.", True),
    ("Senior managers acted quickly to identify the children who were most at risk.", True),
    ("Senior managers have raised this issue with senior colleagues in the police.", True),
    ("In total, 19 additional workers have been employed over the last two months.", True),
    ("Appropriately focused improvement plans are firmly in place to address the shortfalls.", True),
    ("The local authority had acted appropriately to safeguard children.", False),
    ("Almost all adopters are now being reviewed promptly at the adoption panel.", False),
    # what Ofsted asks of the council is no response of the council's
    ("Ensure that sufficient in-house and local foster carers are recruited.", False),
    ("Develop an overarching action plan to track the progress of work arising from case reviews.", False),
])
def test_work_set_up_and_what_is_asked(sentence, responds):
    from loaders.responses import extract_responses
    from loaders.text import sentences
    assert bool(extract_responses(sentences(sentence), "Kestrelford Borough Council")) is responds


@pytest.mark.parametrize("sentence", [
    "Senior leaders are working to enhance the auditing skills of frontline managers.",
    "The council is also progressing plans for its own children’s home.",
    "The local authority has plans to review the audit tool to focus more clearly on impacts on children.",
    "Young people and their children benefit from the recently launched grandparent offer.",
    "A recent restructure to the corporate parenting panel means that it is more focused on children.",
    "Social work and manager capacity were increased in the assessment teams.",
    "Immediate actions were taken to increase capacity in key areas of the service.",
    "The new DCS has sought to develop supportive relationships with neighbouring peers.",
    "Kestrelford developed its own local foster carers’ network in May 2025.",
])
def test_what_leaders_are_setting_about_in_an_inspectors_words(sentence):
    assert [k for k, _ in responses(sentence)] == ["work_under_way"]


def test_a_case_that_is_progressing_is_no_action():
    assert responses("Team managers review cases to ensure that the case is progressing well.") == []


@pytest.mark.parametrize("sentence, kind", [
    ("He told councillors the council would open two new children's homes by the end of the year.", "promise"),
    ("She said a new pathway for care leavers, developed with the district councils, would launch in September.", "promise"),
    ("The cabinet member said £2.5m would be invested in early help over three years.", "investment"),
    ("The chief executive said the council had already agreed to commission 20 more supported lodgings places.", "promise"),
    ("The council increased the trust's contract value by £6.3m this year.", "investment"),
    ("Spending on children's social care rose from £52m in 2018 to £71m this year.", "investment"),
])
def test_what_a_spokesperson_says_is_coming_and_money_that_rose(sentence, kind):
    # wordings met in news golded blind (rnews13, rnews14)
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence, responds", [
    ("Leaders have arranged to allocate an adviser to every care leaver who asked for one.", True),
    ("Leaders are arranging for all pathway plans to be translated.", True),
    ("At the time of the visit, the local authority was addressing this.", True),
    ("The offer is only in English, but plans are being progressed for it to be translated.", True),
    ("They have made changes to team structures to improve continuity.", True),
    ("A reviewing officer has been assigned to the care leavers' service.", True),
    ("They have secured training opportunities for managers to audit practice.", True),
    ("Senior managers have recognised the concerns and are reviewing this system.", True),
    ("The new leadership team is acting to ensure emergency accommodation is strengthened.", True),
    ("Action is being taken to improve the range of accommodation available.", True),
    ("Earlier this year, senior leaders conducted a survey of all staff.", True),
    ("An independently commissioned peer review of the team is leading to a better service.", True),
    ("This initiative is now being extended to include more schools.", True),
    # met in letters golded blind (rlet9)
    ("The local authority has appropriately acted on feedback from the last inspection.", True),
    ("Leaders have identified these challenges, linked to rising numbers, and taken some action to increase capacity.", True),
    ("The local offer to care leavers is currently being reviewed.", True),
    ("A new electronic system, designed to improve management oversight, is nearing implementation.", True),
    # practice, not the council's response
    ("When risks escalate, social workers take appropriate action to reduce the level of risk.", False),
    # casework or a quality, not the council's response
    ("Meetings ensure that children's plans are being progressed.", False),
    ("Staff say senior leaders are inspiring and that their approach is refreshing.", False),
    ("The local authority has secured good engagement with partner agencies.", False),
])
def test_what_leaders_have_arranged_secured_are_addressing_or_acting_on(sentence, responds):
    # wordings met in focused-visit letters golded blind (rlet7, rlet8)
    assert bool(responses(sentence + "\n")) == responds


def own_word_responses(text):
    parsed = Parsed(text)
    spans = content_spans(text)
    return [r.actor for r in extract_responses(spans, COUNCIL, parse=parsed.dependencies, voice="council")]


@pytest.mark.parametrize("sentence, responds", [
    ("“We know there is more to do, and we have created six new posts in our permanence team.”", True),
    ("She said the trust had also opened two small children's homes in the district since March.", True),
    ("Ms Okoro says the council will extend its personal adviser service to all care leavers up to 25.", True),
    ("He said the council had opened 22 more supported accommodation places through a block contract.", True),
    ("“We stabilised the workforce, we got the basics right, and we kept asking children what they needed.”", True),
    # Ofsted's words, a denial, a doubt, or what others did
    ("The lead inspector said the trust had “created the conditions for good practice to flourish”.", False),
    ("The council has not yet opened the new home it promised in 2022.", False),
    ("It is unclear whether the council could recruit enough foster carers.", False),
    ("Social workers have developed strong relationships with the children they work with.", False),
])
def test_what_the_council_did_or_promises_in_its_own_words(sentence, responds):
    # news read in the council's own voice (loaders/actions.py); wordings met in news golded blind (rnews13, rnews14)
    assert bool(own_word_responses(sentence + "\n")) == responds


@pytest.mark.parametrize("sentence, kind", [
    # wordings met in news golded blind (rnews15, rnews16)
    ("Vulnerable youngsters were left at risk for too long as Government sends in commissioner.", "intervention"),
    ("The commissioner will look at how Kestrelford can improve services quickly.", "intervention"),
    ("Councillor Ann Lee said: ‘We accept every word of this report.’", "statement"),
    ("Ministers accepted her recommendation last month.", "statement"),
    ("Labour group leader Cllr Tom Hart called for an independent review of how warnings from staff had been handled.", "call"),
    ("We have already asked health partners to look at how health assessments can be completed more quickly.", "action"),
    ("The council handed out 250 laptops to children in care so they could keep in contact.", "action"),
    ("Dr Ola Brandt said KFC would open a new four-bed children's home in the borough next spring.", "promise"),
    ("She said the council had agreed with housing colleagues to ring-fence 40 council flats a year for care leavers.", "promise"),
    ("She added that a review of support for disabled children had been commissioned and would report in June.", "change"),
    ("The council's budget includes £4.5m of growth for children's social care.", "investment"),
    ("Waiting 12 weeks is too long for any family, and we’ve put resources in to fix it.", "investment"),
    ("Managers told inspectors that 31 social workers had joined the council since April.", "recruitment"),
])
def test_what_news_reports_done_promised_or_called_for(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence", [
    "In a sample of cases, inspectors asked managers to take immediate action to protect six children.",
    "Inspectors found that 41 per cent of social work posts were filled by agency staff.",
    "Unison called for an independent review of caseloads.",  # a union's call: nobody's response to the inspection
    "A commissioner and exploitation coordinator visit to assess these placements.",
])
def test_what_inspectors_asked_or_found_and_others_calls_are_not_responses(sentence):
    assert responses(sentence + "\n") == []


@pytest.mark.parametrize("sentence", [
    # what a letter names as remade, by the adjective alone
    "This is supported by the relaunched multi-agency threshold document in Kestrelford.",
    "Care leavers access the refreshed local offer and are positive about it.",
])
def test_a_relaunched_or_refreshed_document_or_offer_is_a_change(sentence):
    assert [k for k, _ in responses(sentence + "\n")] == ["change"]


def test_an_updated_pathway_plan_is_casework_not_a_change():
    assert responses("Most care leavers in Kestrelford have an updated pathway plan.\n") == []


def test_calls_a_councils_acceptance_a_promise_by_letter_and_caseloads_to_be_cut():
    text = ("“Care leavers deserve better,” said Labour’s spokesperson for children’s services, Cllr Dermot Fenn.\n"
            "He called for a cross-party review of the housing offered to care leavers.\n"
            "The council says it accepts the report in full.\n"
            "The director has written to all staff promising that no social worker will hold more than 20 cases.\n"
            "Conservative opposition leader Cllr Andrew Blake said the council should publish a quarterly update on exploitation.\n"
            "The new director said caseloads would be cut to no more than 20 by Christmas.\n"
            "Children have reviewed the Pledge, which is a set of promises that the council has made to them.\n")
    assert responses(text) == [("call", "Labour"), ("statement", COUNCIL), ("promise", COUNCIL), ("call", "Conservative"),
                               ("promise", COUNCIL)]


def test_a_green_councillors_call_a_chair_promised_money_added_and_a_service_spared_cuts():
    text = ("Green councillor Matthew Jennings said the use of bed and breakfasts was unacceptable and called for the council to "
            "publish monthly figures.\n"
            "The chief executive has written to all staff to say he will personally chair a new improvement board.\n"
            "The cabinet member said £2.5m would be added to the children's social care budget next year.\n"
            "The chief executive said children's services had been protected from savings.\n")
    assert [k for k, _ in responses(text)] == ["call", "promise", "promise", "investment"]
    assert responses(text)[0] == ("call", "Green")


def test_a_backlog_cleared_managers_seconded_and_another_council_supported():
    text = ("The council said the assessment backlog had since been cleared.\n"
            "Kestrelford is also supporting Wendlebury Council as part of an improvement partnership.\n"
            "Two of its senior managers have been seconded to Wendlebury for 12 months.\n"
            "The backlog of assessments remains a concern.\n")
    assert [k for k, _ in responses(text)] == ["action", "action", "action"]


def test_promises_of_a_team_a_review_every_plan_a_statement_of_action_and_money():
    text = ("She said a dedicated team of six personal advisers would support care leavers from January.\n"
            "Every pathway plan will be reviewed by the end of the year, she added.\n"
            "The council and its partners must now send the inspectorates a written statement of action within 70 working days.\n"
            "The cabinet member told us the council would fund a new family team of four workers from April.\n"
            "The clinical commissioning group has agreed to pay for a specialist nurse to work with GP practices.\n"
            "Cllr Jane Roe added that an independent review of the children in need service would report in the summer.\n"
            "Kestrelford leaders left at risk as the council promises £2.4m and 40 more social workers\n"
            "Conservative group leader Cllr Sam Hale has called for an extraordinary meeting of the full council.\n"
            "Inspectors said every child must be seen within 24 hours.\n")
    assert [k for k, _ in responses(text)] == ["promise"] * 7 + ["call"]


def test_a_letters_agreed_begun_issued_and_set_up_actions():
    text = ("The local authority has recently agreed a contract with a housing provider for 12 supported lodgings placements.\n"
            "A joint transitions protocol was agreed with adult social care in December 2024.\n"
            "The virtual school has begun to work with young people aged 16 and 17 to plan their next steps.\n"
            "The local authority, in partnership with police and other partners, has started to address this.\n"
            "Leaders have issued new guidance to staff in the MASH to address this.\n"
            "A young people's forum for disabled children was set up in the autumn.\n"
            "The edge-of-care team, established by the trust in 2020, works intensively with families.\n"
            # the council's audits and what a trend did are no actions
            "The local authority reports that this trend has recently started to decline.\n"
            "The quality of supported accommodation commissioned by the local authority is variable.\n"
            "Leaders have begun to experience the challenges in recruiting staff.\n")
    assert [k for k, _ in responses(text)] == ["change"] * 7


def test_caseloads_fallen_a_committee_called_on_a_commissioner_sent_in_and_we_accept():
    text = ("Ms Ann Roe added that average caseloads had already fallen from 23 to 19 since the inspection.\n"
            "Labour group leader Cllr Joe Hart has called for the council's improvement and scrutiny committee to hold a special meeting.\n"
            "Dame Eleanor Lyle, the children's services commissioner sent in by the Government last year, said the council had months.\n"
            "She will decide whether to recommend that the services be taken out of the council's hands.\n"
            "The cabinet member said: \"We accept we are not moving fast enough.\"\n"
            "Caseloads had fallen in the year before the inspection.\n")
    assert [k for k, _ in responses(text)] == ["action", "call", "intervention", "intervention", "statement"]


def test_a_promise_has_a_deed_in_it():
    text = ("\"We will not stop here,\" she said.\n"
            "\"We have let down some children and we will put that right.\"\n"
            "\"There is more to do, and we will do it together.\"\n"
            "\"We will not wait for the trust to be in place before we act.\"\n"
            "\"We will hold the trust to account on behalf of every child.\"\n"
            "\"We will recruit 20 more social workers by the spring.\"\n")
    assert [k for k, _ in responses(text)] == ["promise", "promise", "recruitment"]


@pytest.mark.parametrize("sentence", [
    "She said the council would put a children's practitioner into the police's domestic abuse triage team from January.",
    "The Department for Education said it would now decide whether a commissioner was still needed.",
    "Colin Roe, the trust's chief executive, said the trust would act on the report's recommendations.",
    "Cllr Aidan Moss said the care leavers' plan would be published by the end of March.",
    "Detective Chief Superintendent Neil Keane said Kestrelford Police had already retrained 320 response officers.",
    "Every case that inspectors raised with us has been reviewed, and 14 more team managers are in post.",
    "We have agreed with our NHS partners that health assessments will be done within 20 working days.",
    "The improvement board, chaired since 2022 by Lord Aldwinckle, will be replaced by a partnership board led by the council.",
    "She then announced that Kestrelford would receive £1.8m over two years to advise other councils.",
    "He said the council had cut its use of agency social workers from 42% to 19% in two years.",
    "“I have asked the scrutiny committee to examine placement sufficiency at its January meeting.”",
])
def test_what_was_done_promised_or_set_in_train(sentence):
    assert responses(sentence + "\n")


def test_a_call_made_by_the_party_named_sentences_before_and_not_all_cases_seen():
    text = ("Labour’s children’s spokesperson, Councillor Wes Okoro, said the result was a credit to staff.\n"
            "“That should worry all of us.”\n"
            "He has asked the council to give care leavers free bus travel up to the age of 25.\n"
            "The Liberal Democrat leader called for a cross-party working group to report back to full council by March.\n"
            "Managers cannot be assured that all cases have been reviewed.\n")
    assert responses(text) == [("call", "Labour"), ("call", "Liberal Democrat")]


def test_a_letters_actions_under_way_things_being_procured_and_budgets_devolved():
    from loaders.parse import Parsed
    text = ("Some budgets have been devolved to individual social workers.\nNew IT systems are in the process of being procured.\n"
            "Actions to address these weaknesses are underway but are not yet complete.\n"
            "Nine children are in the process of being placed with adopters.\n")
    p = Parsed(text)
    got = [r.evidence for r in extract_responses(content_spans(text), COUNCIL, parse=p.dependencies, parse_many=p.parse_many)]
    assert got == text.splitlines()[:3]


@pytest.mark.parametrize("sentence, kind", [
    # what councils said they did or would do, met in news golded blind (rnews13-rnews17, rnews23)
    ('Cllr Jo Bloggs, portfolio holder for children, said he was "shocked and deeply sorry" that children had been let down.', "statement"),
    ('"We accept every one of the report\'s findings.', "statement"),
    ("The council has committed to a new protocol with the police by the summer.", "promise"),
    ("“We are already advertising for 2 more foster families, and we are talking to a neighbour about a shared service.”", "recruitment"),
    ('Where they have told us we need to do better, we\'ve already got a plan."', "promise"),
    ("The council says it's already asked the Local Government Association to carry out a peer review of its plans.", "action"),
    ("Cllr Jo Bloggs said all-party scrutiny of the service would be stepped up.", "promise"),
    ("We have already agreed a new protocol with our health partners so that every child has a health assessment.", "change"),
    ("Jo Bloggs said the council had signed a contract for a new case management system in October.", "action"),
    ("From April, every care leaver will have a named personal adviser within 10 working days of their 18th birthday.", "promise"),
    ("He said average caseloads were 22 and that the council would review every plan open for more than 12 months.", "promise"),
    ("She said the council was setting up a new team to visit children placed out of the borough.", "new_structure"),
    ("The council is also opening four children's homes of its own, the first in November.", "new_structure"),
    ("A further £9.2m has been added to the children's services budget for 2018/19.", "investment"),
    ("It has also spent £1.6 million on a new family hub.", "investment"),
    ('Jo Bloggs said the council had protected children\'s services from cuts, "even when it meant saying no".', "investment"),
    ("“We accept there are things we need to do better,” she said, “and we have already acted on them.”", "action"),
    ('Jo Bloggs said the council would "not rest on a good grade" and had agreed to fund 10 extra places in supported lodgings.', "promise"),
    ("The commissioner will decide what is needed to make sure children in Kestrelford are safe.", "intervention"),
    ("The Lib Dems have formally called for a cross-party children's services scrutiny panel.", "call"),
    ('Jo Bloggs added that every disabled child on a child protection plan would be reviewed by a manager "within 30 days".', "promise"),
    ("Cllr Jo Bloggs said she would ask the council's overview and scrutiny committee to investigate the delays.", "promise"),
    ("Chief Superintendent Jo Bloggs said: 'We've already changed how arrest information is passed between districts.'", "action"),
    ('Exclusions are too high, and we\'re working with our headteachers on that."', "promise"),
])
def test_what_councils_say_they_did_or_will_do(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence, kind", [
    # what a letter reports the council set up or did, as the sentence's subject (letters golded blind: rlet7-rlet10)
    ("The development of a monthly practice and performance board, chaired by senior leaders, is bringing additional scrutiny.", "change"),
    ("The introduction of early help practitioners to the access and assessment service supports consistency of thresholds.", "change"),
    ("Social workers attend children's centres, and the recent development of a multi-agency triage meeting is intended to extend support.", "change"),
    ("Action to appoint dedicated specialist staff is beginning to make a difference.", "action"),
    ("Early in the pandemic, concerted effort was made to ensure that children continued to be seen by their social workers.", "action"),
    ("Senior leaders are focused on bringing partners together to create a shared vision.", "work_under_way"),
    ("The development of life skills is a strength of the service.", None),
    ("Action to protect the child is prioritised and taken immediately.", None),
])
def test_what_a_letter_says_was_set_up_as_its_subject(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == ([kind] if kind else [])


def test_money_agreed_a_review_to_report_findings_not_argued_with_and_a_list_of_promises():
    text = ("Kestrelford Borough Council has agreed to add £7.4m to its children's social care budget for next year.\n"
            "The council's cabinet approved the additional spending on Wednesday, drawing on its general reserves.\n"
            "The council has also agreed to pay social workers a £3,000 retention payment after two years' service.\n"
            "The director, Ann Roe, said a review of the multi-agency safeguarding hub would report in June.\n"
            "“I'm not going to argue with any of it,” he said.\n"
            "After talks with the union branch, the council has agreed to:\n"
            "* cap caseloads at 22 in the locality teams by September;\n"
            "* pay a £2,500 recruitment and retention supplement to children's social workers from July;\n"
            "The union's members will vote on the offer next week, the branch said.\n")
    assert [k for k, _ in responses(text)] == ["investment", "investment", "promise", "promise", "statement", "promise", "promise"]


def test_the_oppositions_request_for_a_meeting_is_a_call_and_a_unions_is_not():
    text = ("The Conservative Group has written to the Chair of the Overview and Scrutiny Committee asking for an extraordinary meeting before the summer.\n"
            "Councillor Sam Hill, who leads the small group of independent councillors, has asked for a special meeting of the scrutiny commission.\n"
            "The union branch has asked for a meeting with the director to discuss caseloads.\n")
    assert responses(text) == [("call", "Conservative"), ("call", "independent")]


def test_findings_accepted_children_looked_at_newly_qualified_staff_starting_and_money_offered():
    text = ("“We accept every one of the inspectors' findings.”\n"
            "She said every child on that waiting list has now been looked at by a manager, and the most urgent have been seen.\n"
            "The council says 22 newly qualified social workers start in September, and that caseloads have fallen.\n"
            "Kestrelford is offering Welsh social workers up to £5,000 to move, the council said.\n"
            "She told the magazine that it would raise the fee for carers who take sibling groups by £75 a week from January.\n"
            "There is a comprehensive training programme for 25 newly qualified social workers.\n")
    assert [k for k, _ in responses(text)] == ["statement", "promise", "recruitment", "recruitment", "promise", "training"]


def test_steps_taken_acting_to_a_new_hub_opened_and_responding_by_doing():
    text = ("Steps taken by senior managers to track children on long-term plans are beginning to improve this.\n"
            "They have acted to mitigate risk for children while they roll out their improvement plans.\n"
            "A second care leavers hub has opened, offering a greater range of support.\n"
            "Leaders responded to the challenges of the pandemic by adjusting their improvement plans.\n"
            "Steps taken by the government have not helped.\n"
            "Care leavers have acted as mentors to younger children in care.\n"
            "Over 1,000 staff from across the council responded to a recent survey by saying that they knew what to look for.\n")
    assert [k for k, _ in responses(text)] == ["action", "action", "action", "statement"]


@pytest.mark.parametrize("sentence, kind", [
    # who leads the service now, and who was brought in to help (news golded blind: rnews29-rnews31, rlet12)
    ("Following the inadequate rating in 2013, Jane Roe took over as interim director of children's services.", "appointment"),
    ("Lowfield County Council was last month formally appointed as Kestrelford's improvement partner.", "appointment"),
    ("The director left last November and his role was taken by an interim director.", "appointment"),
    ("His permanent replacement, Ama Boateng, joined in February.", "appointment"),
    ("The trust will be chaired by the Right Honourable Jo Bloggs.", "new_structure"),
    ("A review into alternative models for the service has now begun.", "work_under_way"),
    ("Experts from Lowfield will work alongside the council's children's services team to improve the service.", "work_under_way"),
    ("“We have begun working internally and with our partners to make sure we keep improving.”", "work_under_way"),
    ("“We are putting a strong and experienced management team in place.”", "work_under_way"),
    ("The director, Sam Hill, accepted the inspectors' findings, saying improvements did not yet go far enough.", "statement"),
    ("“We concur with the findings and intend to use them to speed up improvement,” said the trust's chief executive.", "statement"),
    # ... and in a letter's words
    ("Although leaders have acted to try and reduce demand for social work services, this has not had any impact on workloads.", "action"),
    ("Immediate action 2 is being taken by leaders to address this.", "work_under_way"),
    ("Senior leaders are aware of this issue and are proactively addressing this with the police.", "work_under_way"),
    ("At the time of the visit, the local authority was in the process of joining a regional adoption agency.", "action"),
    ("The report said: “Senior leaders have continued to develop the quality of social work practice.”", "work_under_way"),
    ("“There continues to be a strong focus on the workforce, by providing a range of appropriate training opportunities.”", "training"),
    ('Inspectors have praised a "restructure" of the service for care leavers.', "change"),
    # in a report's words (reports golded blind: rlet13)
    ("Leaders responded quickly to those findings from partner agencies.", "statement"),
    ("Leaders, in collaboration with partners, have responded well to the outcome of the review.", "statement"),
    ("Extensive work has taken place to address this, including a comprehensive needs analysis.", "work_under_way"),
    ("The local authority has rightly focused attention on establishing a strong, stable workforce.", "action"),
    ("They have enhanced the capacity of the multi-agency exploitation panel.", "action"),
    ("Managers now monitor caseloads through recently established demand meetings.", "work_under_way"),
    ("The senior leadership team, despite being newly formed, knows its service area well.", None),
    ("All of the small number of recommendations made at the last inspection have been fully delivered.", "action"),
    ("Recent action to improve the care leaver services is positive, but it is too soon to evaluate its impact.", "action"),
    ("The work by the recently appointed skilled parenting assessment workers adds value.", "action"),
    ("The local authority and wider partnership have planned and delivered a well-coordinated response to the pandemic.", "action"),
    ("Recruitment of adopters continues to be a challenge.", None),
    # not responses: a career told, a demand made of the council, an inspection led
    ("She took over the running of the family business after university.", None),
    ("Opposition councillors demanded that the council recruit more social workers.", None),
    ("The inspection was led by Sam Hill.", None),
])
def test_who_leads_now_who_helps_and_findings_accepted(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == ([kind] if kind else [])


def test_recommendations_accepted_and_a_promise_to_act_on_the_report():
    got = responses('"We fully accept the recommendations and have a clear plan to deliver them," said Cllr Dean. '
                    '"We acknowledge the report and will act on it," a spokesman said. '
                    '"Ofsted will act on any new information," the watchdog said.')
    assert [kind for kind, _ in got] == ["statement", "promise"]


def test_an_action_named_as_what_remains_a_problem_is_no_response():
    assert responses("Recruitment of experienced social workers remains our biggest challenge, the director said. "
                     "The council has recruited 20 new social workers since the inspection.") == [("recruitment", COUNCIL)]


def test_action_taken_timely_and_decisive_and_steps_taken():
    got = responses('It added the council "took timely and decisive action to address emerging findings". '
                    "Steps are being taken to reduce the number of children placed out of area.")
    assert [kind for kind, _ in got] == ["action", "action"]


@pytest.mark.parametrize("sentence, kind", [
    # what news reports a council did, in phrasings the dev halves of rnews29-rnews40 showed
    ("Work so far has included the scrutiny of management being tightened, along with improved recording.", "action"),
    ("Additional placements have also been found and plans are in place for two new children's homes.", "improvement_plan"),
    ("The sharing of written records of meetings was rectified within 24 hours, the panel was told.", "action"),
    ("Ofsted does not publish monitoring visit reports, but Kestrelford Borough Council has chosen to make the findings public.", "action"),
    ("We also agreed for care leavers to become a protected characteristic at a council meeting in February.", "action"),
    ("“Kestrelford's administration has protected funding for children's services despite years of cuts.”", "investment"),
    ("All but one frontline management posts are now filled by permanent members of staff.", "work_under_way"),
    ("The government issued a series of directions to Kestrelford between 2010 and 2013.", "intervention"),
    ("The appointment was approved by Trevor Moss, the Department for Education's commissioner.", "appointment"),
    ("His role was filled on an interim basis by Ann Lee.", "appointment"),
    ("They also said that the local authority was now training non-social work qualified staff.", "training"),
    ("“I know we have already started that work and we are concentrating on those areas.”", "action"),
    # the contracted commitment is the one written out: "We're committed to", "We remain committed to"
    ("“We’re committed to doing all that we can so that our children live healthy happy lives.”", "promise"),
    ("“We remain committed to funding children's social care.”", "promise"),
    ("“We need to continue to build on what we have achieved.”", "promise"),
    # ... and what is none: a post filled by agency staff, a plan not in place, a characteristic only named
    ("Many posts are now filled by agency staff.", None),
    ("Age is a protected characteristic under the Equality Act 2010.", None),
    # ... nor a child's plan, training as a subject, or a council's own direction to its staff
    ("Plans are in place for those two young people.", None),
    ("There is also training to develop staff's understanding of attachment.", None),
    ("The council has recently issued a direction to practitioners.", None),
    # special measures long past, left or defined are history; placed in them now, a response
    ("Previously, it was branded inadequate and placed in “special measures”.", None),
    ("In 2017, the services were taken out of special measures and were graded requires improvement.", None),
    ("The service was rated inadequate, the lowest rating before an authority is placed into special measures.", None),
    ("Children's services placed in special measures until 2026.", "intervention"),
])
def test_work_included_shortfalls_rectified_findings_made_public_and_posts_filled(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == ([kind] if kind else [])


def test_staff_taken_on_in_the_passive_and_work_a_spokesperson_says_is_going_on():
    text = ("Extra managers have been hired to reduce caseloads in the duty teams.\n"
            "A spokesperson said the council was working hard to address the issues raised.\n"
            "Recruiting experienced managers has been hard for the council.\n")
    assert [k for k, _ in responses(text)] == ["recruitment", "work_under_way"]


@pytest.mark.parametrize("sentence", [
    "The council will now begin the process of recruiting a new executive director for children's services.",
    "The council will now begin recruiting a new director.",
    "The council has started the search for a new director of children's services.",
])
def test_setting_out_to_recruit_a_new_director_is_recruitment(sentence):
    assert [k for k, _ in responses(sentence + "\n")] == ["recruitment"]


def test_finding_it_hard_to_recruit_a_director_is_no_response():
    assert responses("Councillors fear the council may find it difficult to start recruiting a new director.\n") == []


@pytest.mark.parametrize("sentence, kind", [
    ("The local authority had already agreed extra capacity within the service prior to this visit.", "investment"),
    ("A recent review of the private fostering service has led to changes in procedures.", "change"),
    ("They have plans at various stages of execution to develop the identified areas for improvement.", "work_under_way"),
    ("Senior leaders are aware of this and have plans to address this within the local partnership.", "work_under_way"),
    ("The executive director is personally leading the work on addressing these issues.", "work_under_way"),
    ("Senior managers responded to the pandemic, prioritising the safety of staff.", "work_under_way"),
])
def test_what_an_inspector_says_leaders_have_in_hand(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence, kind", [
    ("Kestrelford pledges rapid improvements after Ofsted deems it 'inadequate'", "promise"),
    ("The council also said it intends to spend a further £5.6m on children's social services next year.", "promise"),
    ("“We are not complacent, because we are continuing to improve our services,” said the council leader.", "promise"),
    ("“Services are stretched, and we have been addressing these issues,” a council spokesperson said.", "promise"),
    ("Despite efforts to reduce the number of agency social workers, turnover remains high.", "action"),
    ("The council was told in July 2014 that its children's services would be run by an independent trust.", "intervention"),
    ("An independent trust was eventually launched on 30 September 2015.", "new_structure"),
])
def test_pledges_intentions_efforts_and_a_trust_set_up(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


def test_trust_between_people_is_no_new_body():
    assert responses("Social workers build relationships in which trust is established.\n") == []


@pytest.mark.parametrize("sentence, kind", [
    ("A reorganisation of children's services a year ago has not yet given children a stable workforce.", "change"),
    ("The recent reintegration of family support teams with children's social care is helping families.", "change"),
    ("Additional supernumerary posts have been agreed in family support.", "recruitment"),
    ("Senior leaders are cognisant of the pressures and have a plan to manage the backlog.", "work_under_way"),
    ("Leaders have a commitment to revisiting the offer regularly.", "work_under_way"),
])
def test_what_a_letter_says_leaders_reorganised_agreed_or_plan(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence", [
    "The local authority has a clear commitment to corporate parenting.",
    "The co-location of the early help team in the front door is effective.",
])
def test_a_standing_commitment_or_arrangement_is_no_response(sentence):
    assert responses(sentence + "\n") == []


@pytest.mark.parametrize("sentence, kind", [
    ("Cllr Anne Roe, the cabinet member since 2011, offered to step down but was asked to stay on.", "appointment"),
    ("The director has resigned from her post after the report.", "appointment"),
])
def test_stepping_down_is_a_change_of_leader(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence", [
    "“We're working with nearly 3,400 children in need of specialist services,” the council leader said.",
    "Some children have stepped down from child protection plans too early.",
])
def test_a_caseload_or_a_childs_step_down_is_no_response(sentence):
    assert responses(sentence + "\n") == []


@pytest.mark.parametrize("sentence, kind", [
    ("Senior leaders and members are responding appropriately to the challenge of rising demand.", "statement"),
    ("The local authority ‘grows its own’ social workers, some of whom were family support workers.", "recruitment"),
    ("The practice of a few cases being supervised by early help workers will cease under the new arrangements.", "change"),
])
def test_how_leaders_meet_demand_grow_staff_or_end_a_practice(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence, kind", [
    ("Senior leaders have commenced a whole-scale review of the service, which is already leading to better plans.", "change"),
    ("Leaders have initiated peer reviews and use the feedback to shape the service.", "change"),
    ("Leaders have engaged support from a neighbouring local authority through a sector-led programme.", "change"),
    ("Since the last inspection, an external review has been completed of the experiences of care leavers.", "change"),
    ("Quality assurance arrangements have been upgraded but are at an early stage.", "change"),
    ("New arrangements to track permanence plans are beginning to make an impact.", "change"),
    ("A new director of children's services has taken up post in recent weeks.", "appointment"),
    ("New processes have been devised, and there are plans to implement them.", "change"),
    ("Since the last inspection, there has been a review of the service operating model.", "change"),
    ("Care-experienced young people have had their status recognised as a protected characteristic.", "change"),
])
def test_what_leaders_began_sought_had_done_or_who_took_up_post(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")] == [kind]


@pytest.mark.parametrize("sentence", [
    "Children are well supported by an externally commissioned advocacy service.",  # a service described, nothing done
    "New processes to improve the collation of data are not yet in place.",
    "The board has initiated one serious case review in the last four years.",  # a statutory duty, not a response
])
def test_a_service_described_or_a_process_not_yet_in_place_is_no_response(sentence):
    assert responses(sentence + "\n") == []


@pytest.mark.parametrize("sentence, kind", [
    ("Last October the government removed children's services from council control and gave them to a trust.", "intervention"),
    ("A trust executive said staff were working hard to improve the situation.", "promise"),
    ("“Since the inspection last year, we have worked extremely hard to make real changes.", "promise"),
])
def test_services_taken_from_the_council_and_work_since(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")][:1] == [kind]


@pytest.mark.parametrize("sentence, kind", [
    ("Leaders have invested in additional staffing at the front door.", "investment"),
    ("Leaders have prioritised the voices of children in their plans.", "change"),
    ("Leaders have enhanced the early help offer for families.", "change"),
    ("Leaders have supported the development of children's participation within the service.", "change"),
    ("Caseloads for managers have increased and remain too high.", None),
    ("Leaders have developed a realistic understanding of where practice needs to improve.", None),  # what they know, not did
])
def test_what_leaders_have_done_in_a_letters_words(sentence, kind):
    assert [k for k, _ in responses(sentence + "\n")][:1] == ([kind] if kind else [])
