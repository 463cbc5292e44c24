"""Every Ofsted template (loaders/inspections, kind.py, subject.py): letters whose visit dates
lack a year, focused visits that mention monitoring visits, report titles without "local
authority", dates written with slashes, several lead inspectors, the lead named at the end of a
single-inspection-framework report, the 2025-26 table, page furniture, and a document that
names no subject council. The texts are short originals in Ofsted's layout."""
from __future__ import annotations

import importlib.util

import pytest

from loaders.extract import extract
from loaders.read import read_document
from tests.conftest import OLDER_REPORT_TITLE, SHARED

LETTERHEAD = "Ofsted\nPiccadilly Gate\nStore Street\nManchester\nM1 2WD\n\nwww.gov.uk/ofsted\n\n"


def digest(tmp_path, text: str, name: str = "doc.txt") -> dict:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return extract(read_document(p)).to_json()


def test_letter_visit_dates_without_a_year_take_the_letters_year(tmp_path):
    d = digest(tmp_path, LETTERHEAD + "20 February 2019\n\nPat Doe\nDirector of Children’s Services\n"
               "Telford & Wrekin Council\nTF3 4NT\n\nDear Pat,\nFocused visit to Telford & Wrekin children’s services\n"
               "This letter summarises the findings of a focused visit to Telford & Wrekin children’s services on "
               "30 and 31 January. The inspectors were Ann Lee, HMI, and Bob Stone, HMI.\n\nOverview\n"
               "Most children are seen promptly by social workers who know them well and plan carefully.\n")
    insp = d["inspections"][0]
    assert (d["councils"][0]["ons_code"], insp["council"]) == ("E06000020", "Telford and Wrekin Council")
    assert (insp["type"], insp["start"], insp["end"]) == ("focused_visit", "2019-01-30", "2019-01-31")


def test_visit_late_in_the_year_before_a_january_letter(tmp_path):
    d = digest(tmp_path, "10 January 2020\n\nDear Sam,\nFocused visit to Camden children’s services\n"
               "This letter summarises the findings of a focused visit to Camden children’s services on "
               "30 November and 1 December. The inspectors were Ann Lee and Bob Stone.\n")
    insp = d["inspections"][0]
    assert (insp["start"], insp["end"]) == ("2019-11-30", "2019-12-01")


def test_focused_visit_that_recalls_monitoring_visits_is_a_focused_visit(tmp_path):
    d = digest(tmp_path, LETTERHEAD + "11 May 2021\n\nDear Jo,\nFocused visit to Torbay local authority children’s services\n"
               "This letter summarises the findings of a focused visit to Torbay children’s services on 24 and 25 March "
               "2021. The inspectors were Ann Lee and Bob Stone.\n\nHeadline findings\n"
               "Progress since the previous monitoring visit in January 2020 has continued at a steady pace.\n")
    assert d["inspections"][0]["type"] == "focused_visit"
    assert d["councils"][0]["ons_code"] == "E06000027"


REPORT_2026 = """Inspection of Doncaster Metropolitan
Borough Council children’s services
Inspection dates: 3 to 7 November 2025
Lead inspectors: Máire Example, His Majesty’s Inspector, and Ørjan Sample,
His Majesty’s Inspector
Judgement
Grade
The impact of leaders on social work
practice with children and families
Good
The experiences and progress of
children who need help and protection
Good
The experiences and progress of
children in care
Outstanding
The experiences and progress of
children care leavers
Requires improvement to be good
Children in this area receive help that is timely and well planned by skilled workers.

What needs to improve?
• The quality of pathway plans for care leavers who are parents.
• The timeliness of health assessments for children in care.
Inspection of Doncaster Metropolitan Borough Council children’s services
3 to 7 November 2025

2

The experiences and progress of children who need help and protection: good
1. Social workers visit children often and understand their lives well.
What needs to improve in this area of social work practice?
• Supervision records do not always show the reasons for decisions made.
Any complaints about the inspection or the report should be made following the procedures set out in the guidance.
You may reuse this information (not including logos) free of charge in any format or medium.
"""


def test_report_title_without_local_authority_and_the_2025_26_table(tmp_path):
    d = digest(tmp_path, REPORT_2026)
    insp = d["inspections"][0]
    assert d["document"]["kind"] == "ofsted_report"
    assert (insp["council"], insp["type"], insp["start"], insp["end"]) == (
        "City of Doncaster Council", "ilacs", "2025-11-03", "2025-11-07")
    assert insp["inspectors"] == ["Máire Example", "Ørjan Sample"]
    assert [(j["area"], j["grade"]) for j in insp["judgements"]] == [
        ("leadership", "good"), ("help_and_protection", "good"), ("children_in_care", "outstanding"),
        ("care_leavers", "requires_improvement")]  # no overall row: no overall judgement


def test_page_furniture_is_never_a_finding(tmp_path):
    d = digest(tmp_path, REPORT_2026)
    evidence = [f["evidence"] for cat in ("concerns", "improvements") for f in d[cat]]
    assert any(e.startswith("Supervision records do not always show") for e in evidence)
    for junk in ("What needs to improve", "Inspection of Doncaster", "Any complaints", "You may reuse"):
        assert not [e for e in evidence if e.startswith(junk)], junk


def test_older_report_with_slashed_dates_and_its_lead_at_the_end(tmp_path):
    d = digest(tmp_path, "London Borough of Redbridge Council\nInspection of services for children in need of help and\n"
               "protection, children looked after and care leavers\nInspection date: 12/09/2016 to 06/10/2016\n"
               "Report published: 25/11/2016\nChildren’s services in London Borough of Redbridge are good.\n"
               "1. Children who need help and protection\nGood\n\n"
               "Executive summary\nChildren are helped early and well by a stable workforce of social workers.\n\n"
               "Information about this inspection\nLead inspector: Sam Example, HMI\n")
    insp = d["inspections"][0]
    assert (insp["council"], insp["type"], insp["start"], insp["end"]) == (
        "London Borough of Redbridge", "other", "2016-09-12", "2016-10-06")
    assert insp["inspectors"] == ["Sam Example"]


def test_a_document_without_a_subject_council_gets_none_and_a_warning(tmp_path):
    d = digest(tmp_path, LETTERHEAD + "4 April 2024\n\nDear colleague,\nFocused visit to children’s services\n"
               "This letter summarises the findings of the focused visit on 2 and 3 March 2024. "
               "The inspectors were Ann Lee and Bob Stone.\n\nHeadline findings\n"
               "Children wait too long for their assessments to be completed by social workers.\n")
    assert d["councils"] == []
    assert d["inspections"][0]["council"] is None and d["inspections"][0]["ons_code"] is None
    assert d["document"]["warnings"] and "subject council" in d["document"]["warnings"][0]


def test_every_real_document_is_on_its_own_council(shared):
    """The subject of each of the 766 real Ofsted documents is the council its file is named
    after (the names are read by the check's own code, never by the extractor)."""
    from loaders.subject import subject_council
    spec = importlib.util.spec_from_file_location("check_corpus", SHARED / "eval" / "check_corpus.py")
    cc = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cc)
    table = cc.ons_codes()
    wrong = []
    for corpus in ("national", "ofsted-dev", "liverpool"):
        for p in sorted((shared / "corpus" / corpus).iterdir()):
            if p.suffix not in (".txt", ".pdf") or p.stem.count("_") < 2 or p.stem.split("_")[1] not in ("ilacs", "fv"):
                continue
            council, _why = subject_council(read_document(p).text)
            if (council.ons_code if council else None) != cc.expected_ons(p.stem.split("_")[0], table):
                wrong.append(p.name)
    assert not wrong


# ---------------------------------------------------------------- monitoring letters of other years and councils

MONITORING_2017 = ("9 January 2017\n\nMr Peter Langley\nDirector of Children's Services\nKestrelford Borough Council\n"
                   "Town Hall\nKestrelford\nKF1 1AA\n\nDear Mr Langley\n\nMonitoring visit of Kestrelford children's services\n\n"
                   "This letter summarises the findings of the monitoring visit to Kestrelford children's services on "
                   "30 November and 1 December 2016. The visit was the fourth monitoring visit since the local authority was "
                   "judged inadequate in January 2016. The inspectors were Amara Okafor HMI and Daniel Price HMI.\n\n"
                   "The local authority is making steady progress in improving services for its children and young people.\n\n"
                   "Areas covered by the visit\n\nDuring the course of this visit, inspectors reviewed the progress made in the "
                   "quality of assessments and plans for children in need of help and protection.\n\nEvaluation of progress\n\n"
                   "Assessments are now completed within timescales that meet children's needs. Child protection plans are "
                   "too often generic and lack measurable actions.\n\nYours sincerely\n\nAmara Okafor\nHer Majesty's Inspector\n")


def test_a_monitoring_letter_of_the_single_inspection_framework_years(tmp_path):
    d = digest(tmp_path, MONITORING_2017)
    visit, judged = d["inspections"]
    assert (visit["type"], visit["start"], visit["end"], visit["sequence"]) == ("monitoring_visit", "2016-11-30", "2016-12-01", 4)
    assert visit["inspectors"] == ["Amara Okafor", "Daniel Price"]
    assert (judged["type"], judged["published"], judged["judgements"]) == ("other", "2016-01", [{"area": "overall", "grade": "inadequate"}])
    # the sentence saying what the visit looked at is not a finding; the findings are
    findings = [f["evidence"] for f in d["concerns"] + d["improvements"]]
    assert not any(f.startswith("During the course of this visit") for f in findings)
    assert any(f.startswith("Child protection plans are too often generic") for f in (c["evidence"] for c in d["concerns"]))


def test_the_areas_also_judged_inadequate_then_and_a_figures_date_is_no_inspection(tmp_path):
    also = "judged inadequate in January 2016, when services for care leavers were also judged to be inadequate. The inspectors"
    d = digest(tmp_path, MONITORING_2017.replace("judged inadequate in January 2016. The inspectors", also))
    assert d["inspections"][1]["judgements"] == [{"area": "overall", "grade": "inadequate"}, {"area": "care_leavers", "grade": "inadequate"}]
    that = ("judged inadequate in January 2016. At that inspection, the experiences and progress of children who need help and "
            "protection were also judged to be inadequate. The inspectors")
    d = digest(tmp_path, MONITORING_2017.replace("judged inadequate in January 2016. The inspectors", that))
    assert d["inspections"][1]["judgements"] == [{"area": "overall", "grade": "inadequate"},
                                                 {"area": "help_and_protection", "grade": "inadequate"}]
    figure = ("Health assessments have improved from 58% at the time of the inspection to 86% in October 2016.\n\n"
              "Yours sincerely")
    d = digest(tmp_path, MONITORING_2017.replace("Yours sincerely", figure))
    assert len(d["inspections"]) == 2


def test_a_monitoring_letters_verdict_before_its_first_heading_is_a_finding(tmp_path):
    text = MONITORING_2017.replace("The local authority is making steady progress in improving services for its children and young people.",
                                   "The local authority is making some progress, but progress for care leavers has been too slow.") \
        .replace("Evaluation of progress", "Overview")
    d = digest(tmp_path, text)
    assert "The local authority is making some progress, but progress for care leavers has been too slow." in \
        [c["evidence"] for c in d["concerns"]]
    said = [f["evidence"] for f in d["concerns"] + d["improvements"]]
    assert not any(e.startswith("During the course of this visit") for e in said)


def test_a_visit_phrase_before_inspectors_who_judge_keeps_the_finding(tmp_path):
    d = digest(tmp_path, MONITORING_2017.replace(
        "During the course of this visit, inspectors reviewed the progress made in the quality of assessments and plans "
        "for children in need of help and protection.",
        "During the visit, inspectors met committed social workers who complete thorough assessments."))
    assert any(f["evidence"].startswith("During the visit, inspectors met committed") for f in d["improvements"])


def test_a_trust_runs_the_services_and_a_regulatory_inspector_joins_the_visit(tmp_path):
    d = digest(tmp_path, "5 March 2021\n\nSarah Whitcombe\nInterim Chief Executive, Kestrelford Children's Trust\n\n"
               "Dear Sarah\n\nMonitoring visit to Kestrelford children's services\n\n"
               "This letter summarises the findings of the monitoring visit to Kestrelford children's services on 9 to 11 "
               "February 2021. This was the sixth monitoring visit since the local authority was judged inadequate in "
               "November 2018. The lead inspector was Priya Raman, Her Majesty's Inspector, and the visit was also carried "
               "out by Tom Ellery, Social Care Regulatory Inspector.\n\nHeadline findings\n\n"
               "Too many children wait too long for permanence to be secured.\n\nYours sincerely\n\nPriya Raman\n"
               "Her Majesty's Inspector\n")
    assert d["councils"][0]["ons_code"] == "E99000001"  # the council whose services the trust runs
    visit = d["inspections"][0]
    assert (visit["sequence"], visit["inspectors"]) == (6, ["Priya Raman", "Tom Ellery"])
    people = {p["name"]: [(r["title"], r["organisation"]) for r in p["roles"]] for p in d["people"]}
    assert people["Sarah Whitcombe"] == [("Interim Chief Executive", "Kestrelford Children's Trust")]
    assert "Social Care Regulatory Inspector" not in people



def test_each_inspector_keeps_the_title_the_letter_gives_and_the_last_inspection_untold_is_one(tmp_path):
    d = digest(tmp_path, LETTERHEAD + "12 January 2026\n\nDear Ms Coyle\nFocused visit to Kestrelford children’s services\n"
               "This letter summarises the findings of the focused visit to Kestrelford children’s services on 26 November "
               "2025. The inspectors for this visit were Parveen Hussain, His Majesty’s Inspector, and Nick Stacey, Ofsted "
               "Inspector.\n\nHeadline findings\n\nSince the last inspection, senior leaders have introduced a new system of "
               "management oversight.\n\nYours sincerely\n\nParveen Hussain\nHis Majesty’s Inspector\n")
    people = {p["name"]: [r["title"] for r in p["roles"]] for p in d["people"]}
    assert people["Parveen Hussain"] == ["His Majesty’s Inspector"] and people["Nick Stacey"] == ["Ofsted Inspector"]
    assert [(i["type"], i["start"]) for i in d["inspections"]] == [("focused_visit", "2025-11-26"), ("ilacs", None)]

JTAI = ("15 May 2019\n\nMs Rosalind Achebe, Director of Children's Services, Kestrelford Borough Council\n"
        "Ms Joanna Pike, Chief Constable, Kestrelford Police\n"
        "Mr Colin Ward, Chair, Kestrelford Safeguarding Children Partnership\n\nDear local partners\n\n"
        "Joint targeted area inspection of the multi-agency response to children's mental health in Kestrelford\n\n"
        "Between 4 and 8 March 2019, Ofsted, the Care Quality Commission (CQC), HMI Constabulary and Fire & Rescue Services "
        "(HMICFRS) and HM Inspectorate of Probation (HMI Probation) undertook a joint inspection of the multi-agency response "
        "to children's mental health in Kestrelford.\n\nThis letter to all the services inspected outlines our findings about "
        "the effectiveness of partnership working in Kestrelford.\n\nKey strengths\n\n"
        "Children who need urgent mental health support are seen quickly by a skilled crisis team.\n\n"
        "Areas for improvement\n\nWaiting times for specialist assessment are too long for many children.\n")


def test_a_joint_targeted_area_inspection_letter_to_all_the_partners(tmp_path):
    d = digest(tmp_path, JTAI)
    insp = d["inspections"][0]
    assert (insp["type"], insp["start"], insp["end"], insp["published"]) == ("jtai", "2019-03-04", "2019-03-08", "2019-05-15")
    people = {p["name"]: [(r["title"], r["organisation"]) for r in p["roles"]] for p in d["people"]}
    assert people == {"Rosalind Achebe": [("Director of Children's Services", "Kestrelford Council")],
                      "Joanna Pike": [("Chief Constable", "Kestrelford Police")],
                      "Colin Ward": [("Chair", "Kestrelford Safeguarding Children Partnership")]}
    # the addressees, the title, the dating sentence and the letter's purpose are not findings
    assert [f["evidence"] for f in d["improvements"]] == [
        "Children who need urgent mental health support are seen quickly by a skilled crisis team."]
    assert {f["evidence"] for f in d["concerns"]} == {"Waiting times for specialist assessment are too long for many children."}


# a verdict and judgement table of an older report that judged every area good
OLDER_GOOD_TABLE = ("Children’s services in Kestrelford are good\n"
                    "1. Children who need help and protection Good\n"
                    "2. Children looked after and achieving permanence Good\n"
                    "3. Leadership, management and governance Good\n\n")


def test_the_older_reports_numbered_recommendations_are_concerns_not_strengths(tmp_path):
    # numbered items, not bullets, under "Recommendations": what the council must do is what it lacks
    d = digest(tmp_path, OLDER_REPORT_TITLE + ("Children’s services in Kestrelford require improvement\n"
               "1. Children who need help and protection Requires improvement\n"
               "2. Children looked after and achieving permanence Good\n"
               "3. Leadership, management and governance Requires improvement\n\n"
               "Executive summary\nSocial workers in Kestrelford know their children well.\n\n"
               "Recommendations\n1.\n\nEnsure that managers review the progress of assessments within timescales.\n\n"
               "2.\n\nImprove the timeliness of initial health assessments for children looked after.\n\n"
               "3.\n\nReview the quality of pathway plans with care leavers.\n\n"
               "Review meetings for children in care are held on time.\n"))
    concerns = {c["evidence"] for c in d["concerns"]}
    improvements = {i["evidence"] for i in d["improvements"]}
    assert {"Ensure that managers review the progress of assessments within timescales.",
            "Improve the timeliness of initial health assessments for children looked after.",
            "Review the quality of pathway plans with care leavers."} <= concerns
    assert not concerns & improvements
    assert {"Social workers in Kestrelford know their children well.",
            "Review meetings for children in care are held on time."} <= improvements  # "Review" as a noun


def test_the_older_reports_paragraph_numbers_and_cross_references_are_never_findings(tmp_path):
    d = digest(tmp_path, OLDER_REPORT_TITLE + OLDER_GOOD_TABLE + (
               "Inspection judgements about the local authority\n\n"
               "38.\n\nSocial workers in Kestrelford know their children well.\n\n39.\n\n"
               "Managers are visible and supervision is regular. (Paras 29, 30, 31)\n\n40.\n\n"
               "Care leavers are supported into work. (Recommendation) 56.\n"))
    evidence = [f["evidence"] for cat in ("concerns", "improvements") for f in d[cat]]
    assert "Social workers in Kestrelford know their children well." in evidence
    assert not [e for e in evidence if len(e.split()) < 3], evidence


def test_the_older_reports_preamble_contents_and_notes_on_the_judgements_are_never_findings(tmp_path):
    d = digest(tmp_path, OLDER_REPORT_TITLE + OLDER_GOOD_TABLE + (
               "Ofsted produces this report under its power to combine reports about Kestrelford.\n"
               "A full description of what the inspection judgments mean can be found at the end.\n\n"
               "Contents\n\nThe Local Safeguarding Children Board (LSCB)\n\n33\n\n"
               "Inspection judgements about the local authority\n\n"
               "Social workers in Kestrelford know their children well.\n\n31\n\n"
               "\fWhat the inspection judgments mean: the LSCB\n"
               "An outstanding LSCB is highly influential in improving the lives of children in Kestrelford.\n"
               "An LSCB that is inadequate does not show that it has effective arrangements in place.\n"))
    evidence = {f["evidence"] for cat in ("concerns", "improvements") for f in d[cat]}  # one finding per theme
    assert evidence == {"Social workers in Kestrelford know their children well."}


def test_the_older_reports_executive_summary_after_the_facts_box_holds_findings_and_actions(tmp_path):
    # the facts box ("Information about this inspection", local leadership) is no finding; the
    # "Executive summary" after it, in lower case, resumes the findings and the council's actions
    d = digest(tmp_path, OLDER_REPORT_TITLE + OLDER_GOOD_TABLE + (
               "Information about this inspection\n\nThe local authority\nLocal leadership\n"
               "• The Director of Children’s Services has been in post since March 2015.\n\n"
               "Executive summary\nToo many children wait too long for an initial health assessment. "
               "Leaders have acted to address this gap and have commissioned new services to provide return interviews.\n"))
    assert set(_evidence_of(d, "concerns")) == {"Too many children wait too long for an initial health assessment."}
    assert [r["evidence"] for r in d["responses"]] == [
        "Leaders have acted to address this gap and have commissioned new services to provide return interviews."]
    assert not any("in post since" in f for f in _evidence_of(d, "improvements"))


def _evidence_of(d: dict, cat: str) -> list[str]:
    return [f["evidence"] for f in d[cat]]
