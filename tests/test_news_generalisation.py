"""News phrasing met in real articles of councils and outlets the dev sets do not hold
(headline verbs, rankings, a worsening service, a council's own committee), on small
original texts about the fictional Kestrelford Borough Council."""
from __future__ import annotations

import pytest

from loaders.extract import extract
from loaders.findings import polarity
from loaders.read import read_document


def digest(tmp_path, text: str, published: str | None = None) -> dict:
    p = tmp_path / "article.txt"
    p.write_text(text, encoding="utf-8")
    if published:
        (tmp_path / "article.txt.meta.json").write_text(f'{{"published": "{published}"}}', encoding="utf-8")
    d = extract(read_document(p))
    return d.to_json()


@pytest.mark.parametrize("sentence, expected", [
    ("The average wait for adoption has worsened since the last visit.", "negative"),
    ("Inspectors said the timeliness of strategy meetings is worsening.", "negative"),
    ("Family hubs prevent many families' difficulties worsening.", "positive"),
    # what an earlier inspection judged is history: "which judged them overall to be inadequate"
    ("Services have improved markedly since the last inspection in 2019, which judged them overall to be inadequate.", "positive"),
    ("Leaders have acted to reduce a reliance on agency social workers.", "positive"),
])
def test_worsening_history_and_reliance(sentence, expected):
    assert polarity(sentence) == expected


ARTICLE = """Ofsted praises Kestrelford for its work with care leavers

Kestrelford Borough Council's children's services have been rated 'good' by Ofsted, putting them in the top 20 per cent of councils in the region.

The inspectors found that personal advisers know their young people well.

Councillor Maya Ferrant, Chair of the Council's Children's Services Committee, said: "Our staff have earned this."
"""


def test_praise_headline_ranking_and_the_councils_committee(tmp_path):
    d = digest(tmp_path, ARTICLE)
    evidence = [f["evidence"] for f in d["improvements"]]
    assert any(e.startswith("Ofsted praises Kestrelford") for e in evidence)
    assert any("top 20 per cent" in e for e in evidence)
    roles = [r for p in d["people"] if p["name"] == "Maya Ferrant" for r in p["roles"]]
    assert roles and roles[0]["organisation"] == "Kestrelford Borough Council"
    assert "Committee" in roles[0]["title"]


def test_grades_that_are_not_judgements_and_areas_listed_with_in_addition_to():
    from loaders.inspections.news import grade_mentions
    assert ("outstanding", "overall") not in [(g, a) for g, a, _ in grade_mentions(
        "Kestrelford's service for families was rated 'good' with 'outstanding' features by Ofsted.")]
    found = [(g, a) for g, a, _ in grade_mentions(
        "The changes led to inspectors rating leadership, management and governance, in addition to adoption, as \"good\".")]
    assert ("good", "leadership") in found and ("good", None) in found


def test_a_removed_inadequate_rating_is_progress():
    assert polarity("Inspectors have removed Kestrelford's 'inadequate' rating after seeing steady improvements.") == "positive"
    assert polarity("The council's strongest performing teams were praised.") == "positive"


HYPHEN_LIST = """Kestrelford children's services still have work to do

Ofsted inspectors visited Kestrelford Borough Council in May.

Areas that still need to improve include:

- The timeliness of initial child protection conferences

- Ensuring every child in care has an up-to-date health assessment
"""


def test_hyphen_bullets_after_a_judging_line_are_concerns_without_their_marker(tmp_path):
    d = digest(tmp_path, HYPHEN_LIST)
    evidence = {c["evidence"] for c in d["concerns"]}
    assert "The timeliness of initial child protection conferences" in evidence
    assert "Ensuring every child in care has an up-to-date health assessment" in evidence


FRAMEWORK = """Kestrelford children's services rated good

Kestrelford Borough Council's children's services have been rated 'good' by Ofsted, following an inspection in March 2016.

The report was published today (Tuesday, 10 May 2016) and praises the work of social workers.

No council in the region has been judged 'outstanding' since the new inspection framework started in November 2013.
"""


def test_a_spelled_out_publication_date_and_a_frameworks_start(tmp_path):
    d = digest(tmp_path, FRAMEWORK)
    assert [i["start"] for i in d["inspections"]] == ["2016-03"]
    assert d["inspections"][0]["published"] == "2016-05-10"


@pytest.mark.parametrize("sentence, expected", [
    # who the children are is not a weakness of the service
    ("Adoption is considered early for every child who is unable to return home.", "positive"),
    ("Inspectors noted that Kestrelford was in the top 10 per cent of councils for the stability of placements.", "positive"),
    ("The service has made steady improvements and has no serious failings, inspectors said.", "positive"),
    ("Inspectors said the service will require further improvements before it can be judged good.", "negative"),
    ("Help for families has improved since the last inspection, but some issues remain.", "negative"),
    # what leaders keep in view is not a weakness that remains
    ("The partnership ensures that safeguarding issues remain high on every agency's agenda.", "positive"),
    # a measure the plan aims at is not one it asks for
    ("An interim head of service is in place to drive the required improvements.", "positive"),
])
def test_children_described_rankings_denied_failings_and_issues_that_remain(sentence, expected):
    assert polarity(sentence) == expected


def test_grades_for_an_area_named_after_them_another_council_and_a_grade_not_given():
    from loaders.inspections.news import grade_mentions

    def found(s):
        return [(g, a) for g, a, _ in grade_mentions(s)]
    s = ("Kestrelford was judged to be 'good' overall, 'good' for children who need help and protection, "
         "'good' for children looked after and 'good' for the experiences of young people leaving care.")
    assert found(s) == [("good", "overall"), ("good", "help_and_protection"), ("good", "children_in_care"),
                        ("good", "care_leavers")]
    # "'overall good' for its arrangements for ...": the overall grade, not one per area named after it
    assert found("Inspectors rated Kestrelford as 'overall good' for its arrangements for children in care.") == [("good", "overall")]
    assert ("outstanding", "overall") not in found(
        "Kestrelford is one of three councils in the region judged 'good', with only one other council achieving two 'outstanding' judgements.")
    assert found("Inspectors said more work is needed before they can give the council an overall 'good' rating.") == []
    assert found("Ofsted also rated the Local Child Safeguarding Board (LCSB) as 'good'.") == [("good", None)]
    # other councils counted, and a grade wished for, are not this council's
    assert found("Only 46 councils are currently rated as ‘good’, and only three have achieved the top rating of ‘outstanding’.") == []
    assert found("We are ambitious to have a rating of ‘good’ overall.") == []
    assert found("Our department is well on the way to achieving the good judgement that we all want to see.") == []


def test_a_grade_with_the_reporters_own_verdict_is_a_finding_and_an_older_rating_is_history(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services judged good

Kestrelford Borough Council is one of only three councils in the region to be judged 'good' overall, inspectors said.

Inspectors have removed the council's 'inadequate' rating after being impressed with the pace of change.

Services for care leavers are 'inadequate' because young people do not get the help they need with housing.

Help for children in care has improved since the inadequate rating, the inspectors said.
""")
    improvements = {f["evidence"] for f in d["improvements"]}
    assert any(e.startswith("Kestrelford Borough Council is one of only three") for e in improvements)
    assert any(e.startswith("Inspectors have removed") for e in improvements)
    assert any(f["evidence"].startswith("Services for care leavers") for f in d["concerns"])
    current = [i for i in d["inspections"] if any(j["grade"] == "good" for j in i["judgements"])]
    assert current and not any(j["grade"] == "inadequate" and j["area"] != "care_leavers" for j in current[0]["judgements"])


def test_what_an_inspection_revealed_is_a_finding_and_a_deadline_is_no_inspection_date(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services still failing, inspectors find

Councillor Jan Rooke, the council leader, said the findings were disappointing.

However the latest two-day inspection in March revealed that services were continuing to deteriorate.

Managers had to act after inspectors raised concerns about the welfare of three children during the visit.

Last year an Ofsted visit rated children's services inadequate overall, warning that if improvements were not made by 2030 the government could step in.
""")
    concerns = {f["evidence"] for f in d["concerns"]}
    assert any(e.startswith("However the latest two-day inspection") for e in concerns)
    assert any(e.startswith("Managers had to act") for e in concerns)
    assert all(i["start"] != "2030" for i in d["inspections"])


@pytest.mark.parametrize("sentence, expected", [
    # a contracted "not" is a "not"
    ("The office where personal advisers work isn't a welcoming place for young people.", "negative"),
    ("Inspectors noted that the pace of change wasn’t swift enough.", "negative"),
    ("Managers don't always check that plans are followed.", "negative"),
    ("It means young people don't have to change workers when they turn 18.", "positive"),
    ("Adoption is considered for all children who can’t live with their birth families.", "positive"),
    ("Inspectors said the quality of practice needed to be more consistent.", "negative"),
    # a reference to an appendix judges nothing
    ("The cabinet member read out the headline findings as detailed in Appendix A.", None),
])
def test_contracted_negations_and_what_judges_nothing(sentence, expected):
    assert polarity(sentence) == expected


def test_minutes_that_never_name_their_council_and_an_older_grade_given_years_ago(tmp_path):
    p = tmp_path / "minutes.txt"
    p.write_text("""Statement from the Chair

The panel noted the following:

  • The Ofsted inspection of children’s services found that families were receiving a prompt and proportionate response.
  • There were no areas that were judged to be inadequate.
  • The inspection identified that the service needed to build longer relationships with children.

The last time Ofsted inspected the service was four years ago and a grading of 'requires improvement' was handed out.
""", encoding="utf-8")
    (tmp_path / "minutes.txt.meta.json").write_text('{"source": "Kestrelford Borough Council", "title": "Statement from the Chair"}',
                                                    encoding="utf-8")
    d = extract(read_document(p)).to_json()
    assert [c["name"] for c in d["councils"]] == ["Kestrelford Borough Council"]
    assert not any(j["grade"] == "inadequate" for i in d["inspections"] for j in i["judgements"])
    assert not any(f["evidence"].startswith("There were no areas") for f in d["concerns"])
    assert any(f["evidence"].startswith("The inspection identified that the service needed to build") for f in d["concerns"])
    older = [i for i in d["inspections"] if any(j["grade"] == "requires_improvement" for j in i["judgements"])]
    assert older and not any(j["grade"] == "good" for j in older[0]["judgements"])


def test_the_service_required_improvement_with_a_few_areas_judged_good():
    from loaders.inspections.news import grade_mentions
    found = [(g, a) for g, a, _ in grade_mentions(
        "The judgement was that the service required improvement, with a few areas that were judged overall as good.")]
    assert found == [("requires_improvement", "overall"), ("good", None)]
    # what a practice requires is not the service's grade
    assert grade_mentions("Practice in the service requires improvement in how plans are reviewed.") == []


def test_failures_of_the_whole_service_are_about_its_social_work_and_leaders(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services inadequate

Ofsted says it found evidence of "widespread and serious failures" in Kestrelford Borough Council's children's services during its inspection.
""")
    themes = {f["theme"] for f in d["concerns"] if "widespread and serious failures" in f["evidence"]}
    assert themes == {"practice_quality", "leadership"}


def test_fragments_one_speaker_quotes_in_a_paragraph_are_one_passage(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services improving, says Ofsted

Inspectors found a 'prompt and effective response' to children at risk, and 'sustained progress' for children who go missing.

Councillor Maya Ferrant said: "We are pleased." The leader, Tom Ashby, said: "Staff have worked hard."
""")
    ofsted = [q for q in d["quotes"] if q["speaker_type"] == "ofsted"]
    assert len(ofsted) == 1
    assert ofsted[0]["text"] == "prompt and effective response … sustained progress"
    assert len(ofsted[0]["spans"]) == 2
    # two speakers in one paragraph stay two passages
    assert {q["speaker"] for q in d["quotes"] if q["speaker_type"] != "ofsted"} == {"Maya Ferrant", "Tom Ashby"}


def test_a_council_crediting_the_outcome_to_its_staff_states_a_strength(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services praised

Kestrelford Borough Council's services for care leavers were praised by inspectors last week.

Councillor Maya Ferrant, cabinet member for children, said: "These findings are a testament to the hard work of our social workers. We have made considerable progress since the last inspection and we are determined to go further. We will build on the inspectors' recommendations."
""")
    evidence = " ".join(f["evidence"] for f in d["improvements"])
    assert "testament to the hard work" in evidence
    assert "considerable progress" in evidence
    assert "We will build on" not in evidence  # a promise is not a finding


def test_pride_in_the_work_is_a_strength_and_pride_in_the_grade_is_not(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services rated good

Kestrelford Borough Council's children's services have been rated good by Ofsted.

Councillor Maya Ferrant, cabinet member for children, said: "I am very proud of the work our family support teams do every day. It was particularly pleasing to see that our commitment to care leavers was recognised."

Director of children's services Tom Hale said: "I am delighted that our services have been rated good. There has been a relentless focus on improving our services for children. We will keep listening to families."
""")
    evidence = " ".join(f["evidence"] for f in d["improvements"])
    assert "proud of the work our family support teams do" in evidence
    assert "commitment to care leavers was recognised" in evidence
    assert "relentless focus on improving our services" in evidence
    assert "delighted that our services have been rated good" not in evidence  # the grade, not a finding
    assert "We will keep listening" not in evidence  # a promise


def test_an_old_framework_areas_grade_is_kept_beside_the_same_grade_of_an_ilacs_area(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services rated good

Kestrelford Borough Council's children's services have been rated 'good' overall by Ofsted, with 'good' for leadership, management and governance and 'good' for adoption performance.

In addition, the Local Safeguarding Children Board was judged 'requires improvement'.
""")
    js = [(j["area"], j["grade"], (j.get("label") or "").lower()) for i in d["inspections"] for j in i["judgements"]]
    assert ("overall", "good", "") in js and ("leadership", "good", "") in js
    assert (None, "good", "adoption") in js  # not folded into the overall 'good'
    assert (None, "requires_improvement", "local safeguarding children board") in js


def test_two_judgements_outside_the_areas_with_one_grade_are_two_nodes(tmp_path):
    from rdflib import RDF, RDFS
    from loaders.to_rdf import to_rdf
    from ontology import IKG, Minter
    p = tmp_path / "article.txt"
    p.write_text("""Kestrelford children's services rated good

Kestrelford Borough Council's children's services have been rated 'good' overall by Ofsted, with 'good' for adoption performance.

The Local Safeguarding Children Board was also judged 'good'.
""", encoding="utf-8")
    doc = read_document(p)
    g = to_rdf(doc, extract(doc), Minter("http://example.org/"))
    labels = sorted(str(g.value(j, RDFS.label)) for j in g.subjects(RDF.type, IKG.Judgement) if g.value(j, RDFS.label))
    assert sorted(x.lower() for x in labels) == ["adoption", "local safeguarding children board"]


@pytest.mark.parametrize("sentence, expected", [
    ("The watchdog said progress had stalled.", "negative"),
    ("This has left some children at risk of harm.", "negative"),
    ("Inspectors found no cases where children were left at risk.", "positive"),
    ("Several staff described a culture of low expectations.", "negative"),
    ("The report described the council's response as sluggish.", "negative"),
    ("Checks on private fostering arrangements were patchy.", "negative"),
    ("Ofsted said managers had lost sight of the children.", "negative"),
    ("Ofsted said the council had turned its services around.", "positive"),
    ("Inspectors were impressed by the commitment of frontline staff.", "positive"),
    ("Young people said they felt listened to.", "positive"),
    ("Senior leaders have brought stability to the department.", "positive"),
    ("Ofsted found no children at immediate risk of harm.", "positive"),
    ("Young people who have chaotic lives are very well supported.", "positive"),  # the children's lives, not the service
    ("The inspection in May found vulnerable children at risk or living in harmful situations.", "negative"),
    ("Inspectors found children at risk of exploitation are identified quickly.", "positive"),
    ("Ofsted has said services for children at an inadequate-rated local authority have improved.", "positive"),
    ("Everyone knows much improvement is needed urgently in many areas.", "negative"),
    ("Improvement is needed in supervision.", "negative"),
    ("Ofsted reports that the local authority is working from an extremely low base.", "negative"),
    ("Leaders have made sustained improvements to the quality of practice from an extremely low base.", "positive"),
    ("The report makes it clear that we were starting from a low base.", "negative"),
    ("Kestrelford was moved out of council control following a critical Ofsted report in 2014.", "negative"),
    ("In an interview, Evans described the 2019 inspection as \u201ccatastrophic\u201d.", "negative"),
    ("The opposition said the report highlighted 'shocking incompetence'.", "negative"),
    ("The new leaders flagged up many of the ongoing problems with their children's services in 2015.", "negative"),
])
def test_how_reporters_and_inspectors_put_strengths_and_weaknesses(sentence, expected):
    assert polarity(sentence) == expected


def test_a_grade_with_what_the_inspection_found_and_a_former_county(tmp_path):
    d = digest(tmp_path, """Northamptonshire County Council children's services rated inadequate

Children's services have been graded 'inadequate' in Northamptonshire by Ofsted, which has found some children in care are living in unsafe accommodation.

It was rated inadequate in three of the four areas, with the impact of senior leaders on social work rated as requires improvement.

A review also found that two children should have been better protected by social services.

The cabinet member for children, Councillor Ann Smith, says it is 'regrettable' that the service is so poor.
""")
    assert [c["ons_code"] for c in d["councils"]] == ["E10000021"]
    concerns = " ".join(f["evidence"] for f in d["concerns"])
    assert "living in unsafe accommodation" in concerns
    assert "should have been better protected" in concerns
    assert "regrettable" in concerns  # the council owns the weakness
    grades = {(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert {("overall", "inadequate"), ("leadership", "requires_improvement")} <= grades


def test_a_news_sentence_is_judged_beyond_the_grade_it_reports(tmp_path):
    from loaders.inspections.news import without_grades
    s = "Kestrelford has been rated requires improvement, after inspectors found progress in all areas."
    assert "requires" not in without_grades(s) and len(without_grades(s)) == len(s)
    d = digest(tmp_path, """Kestrelford sheds its 'inadequate' status

Kestrelford Borough Council's children's services have shed their 'inadequate' status, with Ofsted praising their determined leadership.

Following a full inspection in October, Kestrelford has been rated requires improvement, after inspectors found progress in all the areas identified as under-performing in 2021.
""")
    improvements = " ".join(f["evidence"] for f in d["improvements"])
    assert "have shed their 'inadequate' status" in improvements
    assert "after inspectors found progress" in improvements
    assert not any("after inspectors found progress" in f["evidence"] for f in d["concerns"])
    current = [i for i in d["inspections"] if any(j["grade"] == "requires_improvement" for j in i["judgements"])]
    assert len(current) == 1 and current[0]["start"] is None  # 2021 is when the areas under-performed
    assert all(j["grade"] != "inadequate" for j in current[0]["judgements"])  # the grade it shed is history


def test_another_councils_grade_is_that_councils_not_the_articles(tmp_path):
    d = digest(tmp_path, """Leeds rated outstanding by Ofsted

Leeds City Council's children's services have been rated 'outstanding' by Ofsted, while Calderdale Council has achieved a 'good' rating after years of government intervention.
""")
    by_council = {i["ons_code"]: [(j["area"], j["grade"]) for j in i["judgements"]] for i in d["inspections"]}
    assert by_council["E08000035"] == [("overall", "outstanding")]  # Leeds
    assert by_council["E08000033"] == [("overall", "good")]  # Calderdale, on an inspection of its own
    assert len({i["id"] for i in d["inspections"]}) == len(d["inspections"])


def test_a_headline_about_a_damning_report_and_cases_referred_back(tmp_path):
    d = digest(tmp_path, """Action required in Kestrelford after damning inspection report

Ofsted inspectors identified fundamental shortfalls in frontline practice in Kestrelford's children's services

During the inspection, 21 children's cases were referred back to the local authority by inspectors requesting action be taken to ensure children's needs were met.
""")
    concerns = {f["evidence"] for f in d["concerns"]}
    assert "Action required in Kestrelford after damning inspection report" in concerns
    assert any(e.startswith("Ofsted inspectors identified fundamental shortfalls") for e in concerns)
    assert any(e.startswith("During the inspection, 21 children's cases") for e in concerns)
    assert not d["improvements"]


def test_a_line_that_opens_a_list_of_areas_is_a_sentence_and_an_older_rating_named_after_its_grade(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services judged good

After receiving an 'Inadequate' rating following the last two inspections, Kestrelford Borough Council's children's services have made a remarkable transformation.

Ofsted have judged the Council as 'Good' in all four areas of inspection
• The impact of leaders on social work practice with children and families.
• Overall effectiveness.

Councillor Ann Smith said: "This success has been made possible thanks to a dedicated workforce."
""")
    current = [i for i in d["inspections"] if any(j["grade"] == "good" for j in i["judgements"])]
    assert len(current) == 1
    assert {j["area"] for j in current[0]["judgements"]} >= {"overall", "leadership", "help_and_protection", "children_in_care"}
    assert all(j["grade"] == "good" for j in current[0]["judgements"])  # the older 'Inadequate' is another inspection's
    assert any("thanks to a dedicated workforce" in f["evidence"] for f in d["improvements"])


def test_the_same_rating_as_before_a_season_and_a_grade_for_another_area(tmp_path):
    p = tmp_path / "article.txt"
    p.write_text("""Kestrelford children's services remain inadequate

Ofsted has found that Kestrelford Borough Council's children's services are still leaving children at risk of harm.

In an inspection report published this week Ofsted rated the council's children's social care performance as inadequate in four areas and requiring improvement in another, the same rating as its previous inspection report published in March 2020.

Ofsted found during its inspection last autumn that children's experiences remain poor.

However it also pointed out that there have been multiple children's services directors since then.
""", encoding="utf-8")
    d = extract(read_document(p, published="2025-05-16")).to_json()
    graded = [i for i in d["inspections"] if i["judgements"]]
    now = next(i for i in graded if i["start"])
    assert now["start"] == "2024" and now["published"] == "2025-05-16"  # last autumn; published this week
    assert sorted((j["area"] or "", j["grade"]) for j in now["judgements"]) == [("", "requires_improvement"), ("overall", "inadequate")]
    before = [i for i in graded if i is not now]
    assert before and before[0]["judgements"] == now["judgements"] and before[0]["start"] is None  # 2020 is when its report came out
    assert any("multiple children's services directors" in f["evidence"] for f in d["concerns"])


def test_seasons_resolve_against_the_articles_date():
    from loaders.dates import relative_dates
    got = {w: v for _s, _e, v, w in relative_dates("last autumn; this summer; in the spring", "2025-05-16")}
    assert got == {"last autumn": "2024", "this summer": "2025", "in the spring": "2025"}


def test_what_inspectors_say_should_improve_is_a_concern_and_a_count_of_councils_ranks(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services judged outstanding

Kestrelford Borough Council's children's services have been judged outstanding by Ofsted.

However, the inspectors said the council should improve the consistency of supervision for social workers.

Kestrelford was one of 12 councils to be rated outstanding in 2024, according to government figures.

Managers know what still needs to be done, the report said.
""")
    concerns = {f["evidence"] for f in d["concerns"]}
    improvements = {f["evidence"] for f in d["improvements"]}
    assert any(e.startswith("However, the inspectors said the council should improve") for e in concerns)
    assert not any(e.startswith("However, the inspectors") for e in improvements)
    assert any(e.startswith("Kestrelford was one of 12 councils") for e in improvements)
    assert any(e.startswith("Managers know what still needs") for e in improvements)


def test_minutes_of_a_monitoring_visit_letter(tmp_path):
    # a letter's date is not its visit's; a numbered rule is not a person; a middle-dot list opened
    # on "areas of concern identified at the last inspection" lists concerns
    d = digest(tmp_path, """Agenda item

The special meeting had been called by the Chair (in accordance with Standing Order 22) to allow scrutiny of the Ofsted Monitoring Visit Letter (dated 9 March 2022).

The Letter summarised the findings of the monitoring visit to Kestrelford Borough Council's children's services on 2 and 3 February 2022. This had been the second monitoring visit since the local authority had been judged inadequate in January 2020.

Inspectors reviewed the progress made in the following areas of concern identified at the last inspection:

· Professional curiosity and the quality of assessments.

· The quality of recorded management oversight and critical challenge.
""")
    visit = next(i for i in d["inspections"] if i["type"] == "monitoring_visit")
    assert (visit["start"], visit["end"], visit["sequence"]) == ("2022-02-02", "2022-02-03", 2)
    assert not any(p["name"] == "Standing Order" for p in d["people"])
    concerns = {f["evidence"] for f in d["concerns"]}
    assert {"Professional curiosity and the quality of assessments.",
            "The quality of recorded management oversight and critical challenge."} <= concerns
    assert not any(f["evidence"].startswith("Professional curiosity") for f in d["improvements"])


def test_council_of_a_web_address():
    from loaders.gazetteer import council_of_address
    assert council_of_address("https://democracy.devon.gov.uk/mgAi.aspx?ID=1").name == "Devon"
    assert council_of_address("https://www.cheshireeast.gov.uk/news").name == "Cheshire East"
    assert council_of_address("https://bradford.moderngov.co.uk/mgAi.aspx?ID=2").name == "Bradford"
    assert council_of_address("https://www.bbc.co.uk/news/uk-england-kent-1") is None
    assert council_of_address("https://www.kent.gov.uk.example.com/x") is None


def test_minutes_that_never_name_their_council(tmp_path):
    p = tmp_path / "item.txt"
    p.write_text("""Agenda item

Following Ofsted's Inspection of Children's Social Care Services from the 17 to 28 September 2018, the fifth of a series of Monitoring Visits took place on the 28 to 29 April 2021. The Director presented a report on the monitoring visit (Document "D").

The Children and Families Portfolio Holder thanked staff for their hard work.
""", encoding="utf-8")
    (tmp_path / "item.txt.meta.json").write_text('{"source": "https://bradford.moderngov.co.uk/mgAi.aspx?ID=1"}')
    d = extract(read_document(p)).to_json()
    assert [c["ons_code"] for c in d["councils"]] == ["E08000032"]
    got = {(i["type"], i["start"], i["end"], i["sequence"]) for i in d["inspections"]}
    assert got == {("ilacs", "2018-09-17", "2018-09-28", None), ("monitoring_visit", "2021-04-28", "2021-04-29", 5)}
    assert not d["quotes"] and not any(x["name"] == "Portfolio Holder" for x in d["people"])


def test_short_names_an_older_grade_years_prior_and_areas_to_improve_on(tmp_path):
    d = digest(tmp_path, """Kingston Council has been awarded ‘outstanding’ for its children’s services after it was given an “inadequate” rating six years prior.

Ofsted gave the council some areas to improve on; the need to look at children in need plans regularly with professionals.
""")
    assert [c["ons_code"] for c in d["councils"]] == ["E09000021"]  # Kingston upon Thames, not Kingston upon Hull
    grades = sorted(tuple(sorted((j["area"], j["grade"]) for j in i["judgements"])) for i in d["inspections"])
    assert grades == [(("overall", "inadequate"),), (("overall", "outstanding"),)]
    assert any(f["evidence"].startswith("Ofsted gave the council some areas") for f in d["concerns"])
    assert not any(f["evidence"].startswith("Ofsted gave the council some areas") for f in d["improvements"])
    from loaders.gazetteer import find_councils
    assert [c.name for c, _, _ in find_councils("Stoke and Southend councils, unlike Kingston upon Hull")] == [
        "Stoke-on-Trent", "Southend-on-Sea", "Kingston Upon Hull"]


def test_a_grade_a_similar_inspection_gave_years_before_is_that_inspections(tmp_path):
    d = digest(tmp_path, """Kestrelford turnaround praised

Government inspectors have rated Kestrelford Borough Council as ‘good’ for its arrangements for children in care.

The ‘good’ judgement by Ofsted comes less than two years after a similar inspection rated the authority’s safeguarding procedures as ‘inadequate.’

“Lead members and senior officers demonstrate a good knowledge of the needs of all children,” said the inspectors’ report.
""")
    grades = sorted(tuple(sorted({j["grade"] for j in i["judgements"]})) for i in d["inspections"])
    assert grades == [("good",), ("inadequate",)]
    assert any(f["theme"] == "leadership" and f["evidence"].startswith("“Lead members") for f in d["improvements"])


def test_grades_judged_to_require_improvement_leadership_rated_and_a_reporter_by_role(tmp_path):
    d = digest(tmp_path, """Council apologises after damning Ofsted report

By Local Democracy Reporter Sam Green

The report rated Kestrelford Borough Council's services for children in need of help and protection as inadequate, while the experiences of children in care and care leavers were judged to require improvement. Leadership was also rated inadequate, meaning the overall effectiveness of the service is inadequate.

Inspectors found that 120 children were waiting for an assessment, some for more than 12 weeks.

At the time of the inspection, 24 children were waiting to be adopted.
""")
    (insp,) = d["inspections"]
    assert sorted((j["area"], j["grade"]) for j in insp["judgements"]) == [
        ("care_leavers", "requires_improvement"), ("children_in_care", "requires_improvement"),
        ("help_and_protection", "inadequate"), ("leadership", "inadequate"), ("overall", "inadequate")]
    assert {x["name"]: x["roles"][0]["title"].lower() for x in d["people"]}["Sam Green"] == "local democracy reporter"
    concerns = {f["evidence"] for f in d["concerns"]}
    assert any(e.startswith("Inspectors found that 120 children") for e in concerns)
    assert not any(e.startswith("At the time of the inspection, 24") for e in concerns)


def test_raised_concerns_in_a_headline_and_what_a_quoted_weakness_impacted(tmp_path):
    d = digest(tmp_path, """Ofsted raises caseload concerns at Kestrelford children's services

Kestrelford Borough Council's children's services were visited by Ofsted in November.

"Some social work caseloads in the duty team are too high," states a letter to the council from Ofsted.

"This has impacted on the quality of some casework.
""")
    concerns = {f["evidence"] for f in d["concerns"]}
    assert "Ofsted raises caseload concerns at Kestrelford children's services" in concerns
    assert any(e.startswith('"This has impacted') for e in concerns)


def test_knowing_what_needs_to_be_strengthened_stays_a_strength_in_news(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services improve

Kestrelford Borough Council's children's services have been rated as requiring improvement to be good by Ofsted.

The report makes clear that the department’s leaders are aware what needs to be strengthened and that there are plans in place to develop services further.
""")
    assert any(f["evidence"].startswith("The report makes clear") for f in d["improvements"])
    assert not any(f["evidence"].startswith("The report makes clear") for f in d["concerns"])


def test_a_grade_that_moved_is_a_finding(tmp_path):
    d = digest(tmp_path, """Kestrelford downgraded

The latest inspection, carried out last month, saw Kestrelford Borough Council's children's services downgraded from ‘requires improvement’ to ‘inadequate’ by Ofsted.

The Council has seen its rating upgraded to ‘requires improvement to be good’ in a report published today.
""")
    assert any(f["evidence"].startswith("The latest inspection") for f in d["concerns"])
    assert any(f["evidence"].startswith("The Council has seen its rating upgraded") for f in d["improvements"])


def test_councils_named_as_the_boroughs_of_a_list(tmp_path):
    from loaders.subject import article_councils
    from loaders.text import sentences
    text = ("Kestrelford Borough Council's children's services were taken over by a mutual which also runs "
            "children's services in the London boroughs of Kingston and Richmond.")
    got = [(c["ons_code"], c["name"]) for c in article_councils(sentences(text), None)]
    assert got == [("E99000001", "Kestrelford Borough Council"), ("E09000021", "Kingston"), ("E09000027", "Richmond")]


@pytest.mark.parametrize("sentence, expected", [
    # a list of areas after a dash, semicolons between them (the old framework's adoption has no area)
    ("The report gave the council an overall rating of ‘Good,’ with four of the key areas also being rated as ‘Good’ — "
     "Children in Care and Permanence; Adoption; Care Leavers; and Leadership, Management and Governance.",
     {("good", "overall"), ("good", "children_in_care"), ("good", "care_leavers"), ("good", "leadership")}),
    # "in two categories, X and Y", with the 2023 framework's names
    ("The report found Kestrelford's children's services had outstanding ratings in two categories, "
     "children's experience in care and the impact of leaders on social work practice.",
     {("outstanding", "children_in_care"), ("outstanding", "leadership")}),
    # "children and care leavers who need help and protection" names one area, not care leavers
    ("Three other areas received good ratings, which included the experiences of children and care leavers who need "
     "help and protection, as well as the overall effectiveness of the service.",
     {("good", "help_and_protection"), ("good", "overall")}),
    # "both areas" are the two just named
    ("Kestrelford's adoption services and leadership received particular praise, with inspectors rating both areas as "
     "\"outstanding\".", {("outstanding", None), ("outstanding", "leadership")}),
])
def test_areas_listed_after_their_grade_or_named_before_it(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert {(g, a) for g, a, _ in grade_mentions(sentence)} == expected


def test_a_grade_between_two_years_is_that_time_s(tmp_path):
    d = digest(tmp_path, """Kestrelford rated good

Kestrelford Borough Council's children's services have been rated as ‘Good’ in the most recent Ofsted inspection.

Kestrelford is the only authority rated as ‘Inadequate’ between 2010 and 2011 that has now improved to ‘Good’.
""")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert got == {(None, "overall", "good"), ("2010", "overall", "inadequate")}


def test_a_grade_sentence_that_judges_in_words_of_its_own_is_a_finding(tmp_path):
    d = digest(tmp_path, """Kestrelford rated good

Kestrelford Borough Council's children's services have been rated as ‘Good’ in the most recent Ofsted inspection, putting them in the top 25% of children’s services in the country.

A report published today said "the pace of improvement has accelerated", adding "services are now judged to be good overall".

It said: "Since the last inspection in 2022, when services were judged to require improvement, credible leaders, with strong corporate and political support, have been relentless in their ambition to improve children's lives."

Kestrelford's services for children in need have been rated "Good" following a robust inspection by Ofsted.

Inspectors have handed Kestrelford its top grade for leadership, child protection and support for children in care as well as for overall effectiveness.
""")
    improvements = {f["evidence"][:30] for f in d["improvements"]}
    assert {"Kestrelford Borough Council's ", 'A report published today said ', 'It said: "Since the last inspe'} <= improvements
    # how thorough the inspection was, and "as well as", judge nothing: grade-only sentences are not findings
    assert not improvements & {"Kestrelford's services for chil", "Inspectors have handed Kestrel"}


def test_a_table_of_judgements_three_key_judgements_and_grades_of_years_before(tmp_path):
    d = digest(tmp_path, """Kestrelford re-inspection

The findings of the re-inspection by Ofsted of Kestrelford Borough Council children's services have been published today.

Inspectors concluded that overall, Kestrelford's children's services remains inadequate, as set out below.

1. Children who need help and protection: Inadequate
2. Children looked after and achieving permanence: Requires improvement
3. Leadership, management and governance: Inadequate

Children's services were rated inadequate six years ago, but far from improving, Ofsted said the quality had deteriorated.
""", published="2018-08-01")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert got == {(None, "overall", "inadequate"), (None, "help_and_protection", "inadequate"),
                   (None, "children_in_care", "requires_improvement"), (None, "leadership", "inadequate"),
                   ("2012", "overall", "inadequate")}


@pytest.mark.parametrize("sentence, expected", [
    ("It follows a new inspection framework reaching three key judgements of which Kestrelford achieved ‘good’ in all categories:",
     {("good", "overall"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "leadership")}),
    # a grade hoped for is not given
    ("Today’s rating shows we are on the right path to ensuring our services are ultimately outstanding.", set()),
    # the safeguarding board's grade after "– but" is not the services' area
    ("Children's services in Kestrelford have been judged as ‘good’ by a government watchdog – but the Local Safeguarding "
     "Children Board ‘requires improvement’.", {("good", "overall"), ("requires_improvement", None)}),
    # one area, named by a topic inside it, is no area judged
    ("One area - the health of looked after children and care leavers - was rated ‘inadequate’.", {("inadequate", None)}),
    ("Ofsted rated the services as inadequate for the impact of leaders on social work practice with children and families, "
     "and the experiences and progress of children who need help and protection.",
     {("inadequate", "leadership"), ("inadequate", "help_and_protection")}),
])
def test_how_many_areas_a_grade_covers(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert {(g, a) for g, a, _ in grade_mentions(sentence)} == expected


def test_once_again_inadequate_is_now_and_a_year_before_in_which_is_then(tmp_path):
    d = digest(tmp_path, """Kestrelford chiefs pledge

Kestrelford Borough Council children's services were once again branded inadequate by Ofsted.

The inspection, which took place in November, found high turnover of social workers since the last inspection in 2014.

This is no improvement on the previous inspection, carried out in 2014, in which the services were rated ‘inadequate’.
""", published="2018-03-07")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert got == {("2017-11", "overall", "inadequate"), ("2014", "overall", "inadequate")}


def test_county_abbreviations_initials_and_what_it_said_it_was_working_on(tmp_path):
    from loaders.gazetteer import find_councils
    got = [f[0].ons_code for f in find_councils("Bucks County Council chiefs met. So did Herts and North Lincs councillors.")]
    assert got == ["E06000060", "E10000015", "E06000013"]
    d = digest(tmp_path, """Kestrelford news

Kestrelford Borough Council (KBC) children's services were rated inadequate by Ofsted.

Leader of KBC, councillor Martin Tett, said: "We value our staff."

It said it was also working with social enterprises to help find young people employment.

The Department for Education will now take the lead in improving the service, and a commissioner will be appointed.
""")
    assert [(p["name"], r["title"], r["organisation"]) for p in d["people"] for r in p["roles"]] == \
        [("Martin Tett", "leader", "Kestrelford Borough Council")]
    assert any(r["evidence"].startswith("It said it was also working") for r in d["responses"])
    assert not any(f["evidence"].startswith("The Department for Education") for f in d["improvements"])


def test_a_grade_in_a_when_clause_and_blistering_terms(tmp_path):
    d = digest(tmp_path, """Kestrelford failed its children

When Ofsted rated Kestrelford's children's services as “inadequate” in June, the report was phrased in such blistering terms that councillors reacted with shock.
""")
    assert [f["evidence"][:4] for f in d["concerns"]][:1] == ["When"]
    assert not d["improvements"]


def test_posts_named_around_a_councillor_a_board_s_chair_an_mp_and_a_capitals_byline(tmp_path):
    d = digest(tmp_path, """Kestrelford news

- JANE ROWANTREE jane.rowantree@kestrelford-news.example @JRowantree

Kestrelford Borough Council children's services were rated good by Ofsted.

Kestrelford County Councillor Dick Madden, cabinet member for children’s services, said: "We are delighted."

The chair of the council’s children, young people and skills committee, Councillor Tom Bewick, said: "We have to do more."

Ofsted rated the borough's Local Child Safeguarding Board (LCSB) arrangements, chaired by Graham Bartlett, as ‘good’.

Joe Harris, another Lib Dem councillor and member of the children and families scrutiny committee, said the report was fair.

It is something that Kestrelford MP Ann Coffey has campaigned on.

Kestrelford's children's services were rated good. Photograph: Alamy Stock Photo
""")
    roles = {(p["name"], r["title"], r["organisation"]) for p in d["people"] for r in p["roles"]}
    council = "Kestrelford Borough Council"
    assert roles == {
        ("Jane Rowantree", "reporter", None),
        ("Dick Madden", "cabinet member for children’s services", council),
        ("Tom Bewick", "chair of the council’s children, young people and skills committee", council),
        ("Graham Bartlett", "chair of the borough's Local Child Safeguarding Board", None),
        ("Joe Harris", "Lib Dem councillor", council),
        ("Joe Harris", "member of the children and families scrutiny committee", council),
        ("Ann Coffey", "MP", None)}


def test_a_police_force_or_health_trust_named_after_places_names_no_council_and_councils_in_the_plural(tmp_path):
    from loaders.subject import article_councils
    from loaders.text import sentences
    text = ("Kestrelford Borough Council children's services were rated inadequate. Inspectors met Kestrelford and "
            "South Devon NHS Foundation Trust, Devon and Cornwall Police and Devon and Cornwall Probation Service. "
            "Kestrelford and Plymouth Councils share a director.")
    got = [c["ons_code"] for c in article_councils(sentences(text), None)]
    assert got == ["E99000001", "E06000026"]


def test_grades_now_and_then_in_one_sentence(tmp_path):
    d = digest(tmp_path, """Kestrelford moves up

Kestrelford Borough Council's children's services have received a ‘requires improvement’ rating from Ofsted in their first inspection since it was slapped with the worst possible rating by the care watchdog in 2017.

The council said it was halfway through its five-year plan to have at least a ‘good’ rating by 2022.
""", published="2019-08-01")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert got == {(None, "overall", "requires_improvement"), ("2017", "overall", "inadequate")}
    d = digest(tmp_path, """Kestrelford improves

Kestrelford Borough Council's children's services - rated inadequate in 2016 - now "require improvement to be good", Ofsted said.
""", published="2019-10-29")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert got == {(None, "overall", "requires_improvement"), ("2016", "overall", "inadequate")}


def test_a_recalled_inspection_carries_the_grades_its_sentence_gives_it(tmp_path):
    d = digest(tmp_path, """KESTRELFORD'S Children Services has been rated ‘good’ by OFSTED after being previously requiring improvement.

The last full inspection, published on July 29 2019, saw every category rated as 'requiring improvement to be good'.

All other areas had improved since the last inspection in 2015, but the overall judgement was affected because an ‘inadequate’ child protection rating means the whole service is judged ‘inadequate’.
""", published="2023-07-16")
    assert d["document"]["kind"] == "news"  # "Children Services", "OFSTED": news about children's services
    by_start = {}
    for i in d["inspections"]:
        by_start.setdefault(i["start"], set()).update((j["area"], j["grade"]) for j in i["judgements"])
    assert ("overall", "good") in by_start[None] and ("overall", "requires_improvement") not in by_start[None]
    assert ("overall", "requires_improvement") in by_start["2019"]
    assert not by_start.get("2015")  # the child protection grade is this inspection's, after "but"


def test_progress_where_improvements_were_needed_and_two_posts_of_a_company(tmp_path):
    assert polarity("Inspectors noted that progress has been made in many areas where improvements were needed.") == "positive"
    assert polarity("Strategy meetings were identified as areas where further improvement was needed.") != "positive"
    d = digest(tmp_path, """Kestrelford rated good

Kestrelford Borough Council's children's services have been rated good by Ofsted.

Tina Russell, director for Children Services and chief executive for Kestrelford Children First, said: "We are delighted."
""")
    assert [(r["title"], r["organisation"]) for p in d["people"] for r in p["roles"]] == \
        [("director for Children Services", "Kestrelford Borough Council"), ("chief executive", "Kestrelford Children First")]


@pytest.mark.parametrize("sentence, expected", [
    ("It concluded that its rating had gone from \"inadequate\" in September 2015 to \"requires improvement\".",
     {("inadequate", "overall"), ("requires_improvement", "overall")}),
    ("They awarded a ‘good’ rating for three of the four areas – how the services manages children in care, children who need "
     "protection, and care leavers.", {("good", "children_in_care"), ("good", "help_and_protection"), ("good", "care_leavers")}),
    ("The ‘highly effective leadership team’ was also given an ‘Outstanding’ rating in the fourth area.", {("outstanding", "leadership")}),
    ("Since the last inspection in 2019, some aspects were rated ‘requires improvement’.", {("requires_improvement", None)}),
    ("Inspectors have rated as \"outstanding\" the council's children's services leadership, support for children in care and care "
     "leavers as well as its overall effectiveness.",
     {("outstanding", "leadership"), ("outstanding", "children_in_care"), ("outstanding", "care_leavers"), ("outstanding", "overall")}),
    ("However, the experiences and progress of children in care still requires some improvement to be rated as good.",
     {("requires_improvement", "children_in_care")}),
    ("Inspectors give the second lowest rating on all areas inspected.", {("requires_improvement", "overall")}),
    ("The quality of support offered to children in care has improved since the inadequate rating.", {("inadequate", "overall")}),
    ("There are now four possible Ofsted ratings – outstanding, good, requires improvement or inadequate.", set()),
    ("The watchdog has drawn up 11 recommendations to help the local authority achieve a \"good\" rating.", set()),
    ("Only one authority in the region had a \"good\" rating with none rated outstanding.", {("good", "overall")}),
    ("It has rated the overall service as ‘requires improvement’, but includes a ‘good rating’ for the experiences of children "
     "in care and care leavers.", {("requires_improvement", "overall"), ("good", "children_in_care"), ("good", "care_leavers")}),
    ("Of the five areas inspected, three were judged to be requiring improvement and two were judged to be inadequate:",
     {("requires_improvement", None), ("inadequate", None)}),
])
def test_more_ways_reporters_give_grades(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert {(g, a) for g, a, _ in grade_mentions(sentence)} == expected


def test_this_accolade_a_grade_nine_years_ago_and_a_visit_named_again(tmp_path):
    d = digest(tmp_path, """Kestrelford outstanding

Kestrelford's children's services were judged by Ofsted to be Outstanding in three out of four categories, including overall effectiveness. The Council also earned this accolade for the impact of leaders on social work practice with children and families, and the experiences and progress of children who need help and protection.

"Nine years ago our children's services were criticised for being inadequate," said a Kestrelford Borough Council spokesperson.
""")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert {(None, "leadership", "outstanding"), (None, "help_and_protection", "outstanding")} <= got
    past = [i for i in d["inspections"] if ("overall", "inadequate") in {(j["area"], j["grade"]) for j in i["judgements"]}]
    assert past and not any(j["grade"] == "outstanding" for j in past[0]["judgements"])
    d = digest(tmp_path, """Kestrelford progress

Kestrelford Borough Council's children's services are making steady progress, Ofsted has concluded after their third monitoring visit.

Inspectors, who visited on 9 and 10 October, highlighted areas for further improvement.
""", published="2019-11-01")
    assert [(i["type"], i["start"], i["end"]) for i in d["inspections"]] == [("monitoring_visit", "2019-10-09", "2019-10-10")]


def test_needs_reporters_name_and_what_a_table_of_grades_is_not(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services inadequate says Ofsted

The report said the authority needed to get better at "effective early help to all children".

The council was however told to improve the "quality and consistency of supervision".

Ofsted has recommended there is more room to improve on help for care leavers starting work.

Inspectors highlighted that whilst assessments are improving, planning for children needs to be the next area of focus.

Ofsted have four ratings: inadequate, requires improvement, good and outstanding.

The report identified some area's for improvement which include:

  • A quicker response when children are first identified as being at-risk

  • More social workers to support children and young people

Of the five areas inspected, three were judged to be requiring improvement and two were judged to be inadequate:

  • Children who need help and protection – Requires Improvement

  • Leadership, management and governance – Inadequate
""")
    concerns = {f["evidence"][:30] for f in d["concerns"]}
    assert {"The report said the authority ", "The council was however told t", "Ofsted has recommended there i",
            "Inspectors highlighted that wh", "A quicker response when childr", "More social workers to support"} <= concerns
    everything = {f["evidence"][:20] for f in d["concerns"] + d["improvements"]}
    assert not everything & {"Ofsted have four rat", "Children who need he", "Leadership, manageme"}
    assert not d["improvements"]


def test_a_surname_that_is_a_country_a_sentence_opening_word_and_a_post_listed_in_lower_case(tmp_path):
    d = digest(tmp_path, """Kestrelford news

Kestrelford Borough Council children's services were rated requires improvement by Ofsted.

Inspectors Gareth Dakin and Sophie Wales found strong practice.

But Paul Watling, cabinet member for children and young people, hit out at the rating system and said: "We are not failing our children."

Councillor Jacqui Coogan, Kestrelford Council’s cabinet member for children, young people and education, said: "I am very proud."
""")
    roles = {(p["name"], r["title"]) for p in d["people"] for r in p["roles"]}
    assert roles == {("Gareth Dakin", "inspector"), ("Sophie Wales", "inspector"),
                     ("Paul Watling", "cabinet member for children and young people"),
                     ("Jacqui Coogan", "cabinet member for children, young people and education")}


def test_what_a_council_says_the_inspectors_saw_is_their_finding(tmp_path):
    d = digest(tmp_path, """Kestrelford progress

Kestrelford Borough Council's children's services are making steady progress, Ofsted has concluded.

Director Beate Wagner said: “Overall, we are pleased with Ofsted’s feedback. They could see the developments since their last visit and that we continue to build strong foundations. They saw improved recording and stronger management oversight.”

A report says a visit carried out by inspectors on September 21 and 22 found staff work “tirelessly” to support children and families.
""")
    improvements = {f["evidence"][:20] for f in d["improvements"]}
    assert {"They could see the d", "They saw improved re", "A report says a visi"} <= improvements


def test_a_letter_published_is_the_visit_s(tmp_path):
    d = digest(tmp_path, """Kestrelford progress

Kestrelford Borough Council's children's services are making steady progress, Ofsted has concluded after their third monitoring visit.

During a routine inspection in June 2018, Ofsted judged the local children’s services to be inadequate.

In a letter published 1 November 2019, Ofsted said that senior managers have continued to work tirelessly.
""")
    got = {(i["type"], i["start"], i["published"]) for i in d["inspections"]}
    assert got == {("monitoring_visit", None, "2019-11-01"), ("ilacs", "2018-06", None)}


@pytest.mark.parametrize("sentence, expected", [
    ("Back in 2016, the service was rated as requiring improvement and council bosses admit it was down towards inadequate.",
     {("requires_improvement", "overall")}),
    ("Services for young people needing help to leave care were described as “inadequate”.", {("inadequate", "care_leavers")}),
    ("Educational outcomes for looked after children require improvement:", set()),  # a topic inside an area, not a grade
    ("Services were rated good overall and one area for the experiences and progress of children in care and care leavers was "
     "judged to be ‘outstanding’.", {("good", "overall"), ("outstanding", "children_in_care"), ("outstanding", "care_leavers")}),
    ("Only a quarter of councils have passed the test. The remaining three-quarters were found to be ‘inadequate’ or "
     "‘requiring improvement’.", set()),
    ("It ranks among 87 councils, with 64 of these failing to secure a ‘good’ rating.", set()),
    ("It was found to require improvement to reach a \"good\" rating back in 2016.", {("requires_improvement", "overall")}),
    ("The detailed assessment led to good ratings in each of the four main inspection areas – the impact of leaders on social "
     "work practice; the experience and progress of children who need help and protection; the experience and progress of "
     "children in care and care leavers.",
     {("good", "leadership"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "care_leavers")}),
])
def test_grades_near_given_to_others_and_listed_after_a_dash(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert {(g, a) for g, a, _ in grade_mentions(sentence)} == expected


def test_bulleted_grades_a_grade_told_again_areas_named_next_and_a_grade_only_the_headline_gives(tmp_path):
    d = digest(tmp_path, """Kestrelford's Children’s Services rated as ‘Inadequate’ by Ofsted

Council leaders have vowed to make urgent improvements after the services were judged to be ‘Inadequate’ by Ofsted.

- The impact of leaders on social work practice with children and families – Inadequate
- The experiences and progress of care leavers – Requires Improvement to be Good

Ofsted noted a deterioration since the last inspection in 2019 where services were given an overall grading of ‘Good’.
""", published="2023-09-11")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert got == {(None, "overall", "inadequate"), (None, "leadership", "inadequate"),
                   (None, "care_leavers", "requires_improvement"), ("2019", "overall", "good")}
    d = digest(tmp_path, """Kestrelford's Children’s Services has been rated overall as “Good” by OFSTED.

The service has been rated as ‘Outstanding’ in 50 per cent of the “judgement areas”. These areas include ‘The experiences and progress of care leavers’ and ‘The impact of leaders on social care practice with children and families’.
""")
    got = {(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert {("overall", "good"), ("care_leavers", "outstanding"), ("leadership", "outstanding")} <= got and ("overall", "outstanding") not in got
    d = digest(tmp_path, """OFSTED rates Kestrelford Council's Children's Services as 'inadequate'

OFSTED have today released their report into Kestrelford Borough Council's children's services and found serious weaknesses.
""")
    assert [(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]] == [("overall", "inadequate")]


def test_the_country_s_councils_and_what_might_happen_are_not_findings(tmp_path):
    d = digest(tmp_path, """Kestrelford rated good

Kestrelford Borough Council's children's services have been rated good by Ofsted.

Out of 123 councils in the country to have undergone this inspection process, 70 per cent have been judged inadequate or requiring improvement.

The remaining three-quarters were found to be ‘inadequate’ or ‘requiring improvement’.

The Department for Education could take action if sufficient improvements are not made.

Ofsted has now judged half of children's services departments as in need of improvement.

Cath Roe and Cllr Sam Green celebrate the Ofsted inspection report.

Council chiefs have welcomed the report which they say follows years of good governance.

Children’s services in Kestrelford have taken important strides in the right direction since the last inspection.
""")
    found = {f["evidence"][:20] for f in d["concerns"] + d["improvements"]}
    assert found == {"Children’s services "}


def test_a_hyphenated_mc_name_two_people_in_one_sentence_and_the_council_s_initials(tmp_path):
    d = digest(tmp_path, """Kestrelford news

Kestrelford Borough Council children's services were rated good by Ofsted.

Cath McEvoy-Carr, the executive director of children’s services, and Coun Wayne Daley, the cabinet member for children’s services, celebrate the report.

Gordon Jones, cabinet member for children's services, education and skills at KBC, said: "This achievement reflects hard work."
""")
    roles = {(p["name"], r["title"], r["organisation"]) for p in d["people"] for r in p["roles"]}
    council = "Kestrelford Borough Council"
    assert roles == {("Cath McEvoy-Carr", "executive director of children’s services", council),
                     ("Wayne Daley", "cabinet member for children’s services", council),
                     ("Gordon Jones", "cabinet member for children's services, education and skills", council)}


def test_good_across_the_board_a_quoted_grade_with_its_full_stop_a_visit_from_ofsted_and_a_date_further_on(tmp_path):
    from loaders.inspections.news import grade_mentions
    assert [(g, a) for g, a, _ in grade_mentions(
        "Inspectors have assessed children’s services in Kestrelford as good across the board.")] == \
        [("good", "overall"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "leadership"),
         ("good", "care_leavers (judged apart)")]
    assert [(g, a) for g, a, _ in grade_mentions(
        "In the children who need help and protection category, the service was said to “require improvement.”")] == \
        [("requires_improvement", "help_and_protection")]
    d = digest(tmp_path, """Kestrelford progress

Kestrelford Borough Council's children's services have taken strides in the right direction, says Ofsted.

Ofsted inspectors returned to conduct a focused visit of the council’s response to referrals to children’s social care services between 9 and 10 January 2019.

Its move comes after a visit from Ofsted in 2017 that found children were not protected effectively.
""", published="2019-02-04")
    got = {(i["type"], i["start"], i["end"]) for i in d["inspections"]}
    assert ("focused_visit", "2019-01-09", "2019-01-10") in got
    assert any(start == "2017" for _, start, _ in got)


DOWNGRADED = """Kestrelford children's services downgraded by Ofsted

By Ana Reyes, Local Democracy Reporter

Children's services at Kestrelford Borough Council have been downgraded from good to requires improvement following an inspection by Ofsted.

The watchdog visited in July and said leaders had been too slow to respond to rising demand.

Adoption was rated good at the 2014 inspection, when the local safeguarding children board was judged to require improvement.

Bradford's services are not the subject here; Kestrelford's have made "slow and uneven progress" since 2021, Ofsted has said.
"""


def test_a_downgrade_grades_the_new_inspection_and_the_old_one_apart(tmp_path):
    d = digest(tmp_path, DOWNGRADED, published="2024-10-12")
    by_start = {i["start"]: i for i in d["inspections"]}
    assert [(j["area"], j["grade"]) for j in by_start["2024-07"]["judgements"]] == [("overall", "requires_improvement")]
    # "rated good at the 2014 inspection, when the LSCB was judged ...": one recalled inspection, both its grades
    assert [i["start"] for i in d["inspections"]].count("2014") == 1
    assert [(j.get("label"), j["grade"]) for j in by_start["2014"]["judgements"] if j["area"] is None] == \
        [("Adoption", "good"), ("local safeguarding children board", "requires_improvement")]
    ids = [i["id"] for i in d["inspections"]]
    assert len(ids) == len(set(ids))
    # a reporting clause closing the sentence names the speaker of the phrase quoted in it
    assert [(q["speaker"], q["text"]) for q in d["quotes"]] == [("Ofsted", "slow and uneven progress")]


TRUST = """Kestrelford trust makes progress, say inspectors

Kestrelford's children's services, now run by the Kestrelford Children and Families Trust, were judged inadequate by Ofsted in 2022.

Trust chief executive Dana Orme said the trust had introduced a new practice model and cut the number of children waiting for an assessment from 400 to 120.

Council leader Sam Pike said the council had committed an extra £3.5m to the trust this year, which it would spend on 1,200 more family visits.
"""


def test_what_a_childrens_trust_did_is_the_trusts_and_its_chief_is_the_trusts(tmp_path):
    d = digest(tmp_path, TRUST, published="2024-04-15")
    roles = {p["name"]: [(r["title"], r["organisation"]) for r in p["roles"]] for p in d["people"]}
    assert roles["Dana Orme"] == [("trust chief executive", "Kestrelford Children and Families Trust")]
    acts = {r["evidence"][:12]: r for r in d["responses"]}
    assert acts["Trust chief "]["actor"] == "Kestrelford Children and Families Trust"
    assert "had introduced a new practice model" in acts["Trust chief "]["action"]
    # an action's clause does not end at the point or comma inside a number
    assert acts["Council lead"]["action"].endswith("extra £3.5m to the trust this year")


TRUST_OUTSTANDING = """Kestrelford's children's trust rated outstanding

Date: Friday 2 August 2019

Kestrel Futures, the council-owned company that has delivered Kestrelford's children's social care since April 2017, was judged outstanding in every area: the impact of leaders, help and protection, the experiences of children in care and the experiences of care leavers.

The rating follows a two-week inspection in June. It is the first full inspection of the service since 2016, when it was rated good, and follows a focused visit in March 2018 that looked at the front door.

The last full inspection before that, in 2012, judged the council's services to require improvement.

Notes to editors
1. Ofsted inspected Kestrelford's children's services between 10 and 21 June 2019.
"""


def test_every_area_listed_a_clauses_own_date_and_an_inspection_told_again_more_precisely(tmp_path):
    d = digest(tmp_path, TRUST_OUTSTANDING)
    assert d["document"]["published"] == "2019-08-02"  # "Date: Friday 2 August 2019"
    got = {(i["type"], i["start"], i["end"]): [(j["area"], j["grade"]) for j in i["judgements"]] for i in d["inspections"]}
    # "since April 2017" is when the company began, not when it was graded; "in every area: ..." names the four
    assert got[("ilacs", "2019-06-10", "2019-06-21")] == [
        ("leadership", "outstanding"), ("help_and_protection", "outstanding"),
        ("children_in_care", "outstanding"), ("care_leavers", "outstanding")]
    # "since 2016, when it was rated good, and follows a focused visit in March 2018": 2016's grade
    assert got[("ilacs", "2016", None)] == [("overall", "good")]
    assert got[("ilacs", "2012", None)] == [("overall", "requires_improvement")]  # "judged the council's services to require improvement"


def test_areas_between_rated_and_as_each_take_their_grade(tmp_path):
    d = digest(tmp_path, "Kestrelford rated outstanding\n\nKestrelford Borough Council's children's services have been judged "
                         "outstanding by Ofsted. Inspectors rated the impact of leaders and the experiences and progress of "
                         "children in care and care leavers as 'Outstanding', and services for children who need help and "
                         "protection as 'Good'.\n", published="2019-08-02")
    assert [(j["area"], j["grade"]) for j in d["inspections"][0]["judgements"]] == [
        ("overall", "outstanding"), ("leadership", "outstanding"), ("children_in_care", "outstanding"),
        ("care_leavers", "outstanding"), ("help_and_protection", "good")]


ASKED = """Kestrelford children's services praised by Ofsted

Kestrelford Borough Council's children's services have been rated good by Ofsted.

They said: 'Children who need help receive a timely response. Thresholds are well understood by partner agencies.'

Inspectors found that the contact centre was overwhelmed, with a backlog of 1,160 contacts awaiting a decision on the first day of the inspection.

Inspectors have asked the council to strengthen the quality of return home interviews for children who go missing.
"""


def test_what_inspectors_asked_for_a_backlog_on_the_inspections_first_day_and_a_quoted_second_sentence(tmp_path):
    d = digest(tmp_path, ASKED, published="2024-05-01")
    concerns = {c["evidence"] for c in d["concerns"]}
    improvements = {c["evidence"] for c in d["improvements"]}
    # "awaiting a decision on the first day of the inspection" is no inspection still to come
    assert any(c.startswith("Inspectors found that the contact centre was overwhelmed") for c in concerns)
    # what inspectors asked the council to do is what it lacks
    assert "Inspectors have asked the council to strengthen the quality of return home interviews for children who go missing." in concerns
    # a quoted sentence closed by a straight mark (".'") is prose, not a heading
    assert "Thresholds are well understood by partner agencies.'" in improvements


@pytest.mark.parametrize("sentence, expected", [
    ("The service was graded requires improvement overall, with the same grade for the help and protection of children and "
     "for leadership, while children in care and care leavers were both judged good.",
     [("requires_improvement", "overall"), ("good", "children_in_care"), ("good", "care_leavers"),
      ("requires_improvement", "help_and_protection"), ("requires_improvement", "leadership")]),
    ("The inspectorate rated Kestrelford Borough Council inadequate overall, with help and protection and leadership also "
     "judged inadequate and children in care found to require improvement.",
     [("inadequate", "overall"), ("inadequate", "help_and_protection"), ("inadequate", "leadership"),
      ("requires_improvement", "children_in_care")]),
    ("The council's services for children in need of help and protection, children looked after and care leavers were all "
     "judged good.", [("good", "help_and_protection"), ("good", "children_in_care"), ("good", "care_leavers")]),
    ("Kestrelford Borough Council has become one of the first councils to be rated good under Ofsted's single inspection "
     "framework, with its adoption service and leadership judged outstanding.",
     [("good", "overall"), ("outstanding", "leadership"), ("outstanding", None)]),
])
def test_grades_given_to_areas_named_before_the_verb_and_the_same_grade_for(tmp_path, sentence, expected):
    d = digest(tmp_path, "Kestrelford children's services inspected\n\nThe Ofsted inspection took place in May, and was led by "
                         "HMI Ann Lee.\n\n" + sentence + "\n\nThe single inspection framework, introduced last November, "
                         "replaced separate inspections.\n", published="2014-07-24")
    main = d["inspections"][0]
    assert [(j["grade"], j["area"]) for j in main["judgements"]] == expected
    assert main["inspectors"] == ["Ann Lee"]  # "HMI Ann Lee" is an inspector
    assert len(d["inspections"]) == 1  # "the single inspection framework, introduced last November" is no inspection


LUTON_LIKE = """Kestrelford children's services making 'slow progress', says Ofsted

Children's services in Kestrelford are still improving too slowly, more than a year and a half after they were rated inadequate, inspectors have said.

Ofsted made its third monitoring visit to Kestrelford Borough Council last month. The findings were published in a letter on Thursday.

Inspectors found some children had been living in unregistered children's homes for several weeks.

Ofsted makes regular monitoring visits to councils whose children's services have been judged inadequate, until they are fully inspected again.

The borough council was judged inadequate in March 2020.
"""


def test_a_grade_a_year_and_a_half_ago_and_what_any_council_whose_services_are_inadequate_gets(tmp_path):
    d = digest(tmp_path, LUTON_LIKE, published="2021-11-12")
    got = [(i["type"], i["start"], i["published"], [j["grade"] for j in i["judgements"]]) for i in d["inspections"]]
    # the visit's letter "published on Thursday" before the article's Friday; one inadequate inspection, in 2020
    assert got == [("monitoring_visit", "2021-10", "2021-11-11", []), ("ilacs", "2020-03", "2020-03", ["inadequate"])]


def test_a_council_named_once_by_its_formal_name_is_one_the_article_names(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated outstanding by Ofsted\n\nKestrelford Borough Council's children's "
                         "services have been rated outstanding by Ofsted.\n\nDr Helen Carr, Bi-borough Executive Director of "
                         "Children’s Services for Kestrelford and the Royal Borough of Kensington and Chelsea, said staff had "
                         "earned it.\n", published="2023-06-28")
    assert [c["name"] for c in d["councils"]] == ["Kestrelford Borough Council", "Royal Borough of Kensington and Chelsea"]


@pytest.mark.parametrize("sentence, expected", [
    ("It was rated outstanding for the impact of leaders and good in the other three areas.",
     [("outstanding", "leadership"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "care_leavers")]),
    ("Leadership was downgraded to requires improvement, while the other areas stayed good.",
     [("requires_improvement", "leadership"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "care_leavers")]),
    ("Ofsted rated help and protection as requires improvement, with all other areas good.",
     [("requires_improvement", "help_and_protection"), ("good", "children_in_care"), ("good", "care_leavers"), ("good", "leadership")]),
    ("Services for children in care were found to be good, as were those for care leavers.",
     [("good", "children_in_care"), ("good", "care_leavers")]),
    ("The authority was given a good rating for its work with care leavers and its leadership.",
     [("good", "care_leavers"), ("good", "leadership")]),
    ("Its children's services are now rated 'good' in all areas apart from care leavers, which requires improvement.",
     [("good", "overall"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "leadership"),
      ("requires_improvement", "care_leavers")]),
    ("The council was rated inadequate overall and in three of the four areas.", [("inadequate", "overall"), ("inadequate", None)]),
])
def test_the_other_areas_as_were_those_and_all_areas_apart_from(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert [(g, a) for g, a, _ in grade_mentions(sentence)] == expected


DERBY_LIKE = """Kestrelford children's services judged good

Kestrelford Borough Council's children's services have been judged good by Ofsted following a two-week inspection in January.

The report, published yesterday, said leaders had a clear understanding of practice. Inspectors, led by Jo Marsh, visited between 15 and 26 January.

A focused visit in 2022 looked at the council's front door.

Two of the four areas were judged outstanding: leadership and children in care. The council's help and protection was judged good, as was its work with care leavers.
"""


def test_inspectors_led_by_a_name_who_visited_between_two_days_are_the_graded_inspections(tmp_path):
    d = digest(tmp_path, DERBY_LIKE, published="2024-03-08")
    main = d["inspections"][0]
    assert (main["type"], main["start"], main["end"], main["inspectors"]) == ("ilacs", "2024-01-15", "2024-01-26", ["Jo Marsh"])
    assert [(j["area"], j["grade"]) for j in main["judgements"]] == [
        ("overall", "good"), ("leadership", "outstanding"), ("children_in_care", "outstanding"),
        ("help_and_protection", "good"), ("care_leavers", "good")]


def test_this_years_grade_opening_the_sentence_and_last_years_rating_of(tmp_path):
    d = digest(tmp_path, "Kestrelford children rated good\n\nIn 2022, Ofsted rated Kestrelford Borough Council children's services "
                         "as good, an improvement from its 2018 rating of requires improvement.\n", published="2022-08-01")
    assert [(i["start"], i["published"], [(j["area"], j["grade"]) for j in i["judgements"]]) for i in d["inspections"]] == [
        ("2022", "2022-08-01", [("overall", "good")]), ("2018", None, [("overall", "requires_improvement")])]


def test_a_grade_beside_an_older_rating_and_its_year_is_the_grade_of_now(tmp_path):
    # the year belongs to the older rating; the areas named in full before "were both" take the grade
    d = digest(tmp_path, "Kestrelford children's services outstanding\n\nBy Jo Bloggs\n\n"
               "Kestrelford Borough Council's children's services have been judged “outstanding” by Ofsted, "
               "an improvement on the “good” rating the borough received in 2014.\n\n"
               "The inspection, carried out between 4 and 15 March, found that the impact of leaders on social work "
               "practice and the experiences and progress of children who need help and protection were both outstanding.\n",
               published="2019-05-15")
    assert [(i["start"], i["end"], [(j["area"], j["grade"]) for j in i["judgements"]]) for i in d["inspections"]] == [
        ("2019-03-04", "2019-03-15", [("overall", "outstanding"), ("leadership", "outstanding"), ("help_and_protection", "outstanding")]),
        ("2014", None, [("overall", "good")])]


KESTRELFORD_2015 = """Kestrelford children's services require improvement

Kestrelford Borough Council's services for children “require improvement to be good”, according to an Ofsted report published on 27 February.

Inspectors spent almost four weeks in the borough, between 13 January and 4 February, reading case files.

The report rated the council inadequate for the help and protection of children and for leadership, management and governance.

The experiences and progress of children in care, and of care leavers, both require improvement, the report says.

The borough's services were rated 'adequate' when Ofsted last inspected them, in 2012, under an older regime.
"""


def test_a_stay_across_two_months_dates_the_graded_inspection_and_lists_read_through_of_and_for(tmp_path):
    d = digest(tmp_path, KESTRELFORD_2015, published="2015-03-03")
    main, old = d["inspections"]
    assert (main["start"], main["end"], main["published"]) == ("2015-01-13", "2015-02-04", "2015-02-27")
    assert [(j["area"], j["grade"]) for j in main["judgements"]] == [
        ("overall", "requires_improvement"), ("help_and_protection", "inadequate"), ("leadership", "inadequate"),
        ("children_in_care", "requires_improvement"), ("care_leavers", "requires_improvement")]
    assert (old["start"], old["judgements"]) == ("2012", [])


def test_inspectors_who_were_in_the_borough_between_two_days_date_the_inspection(tmp_path):
    d = digest(tmp_path, "Kestrelford no longer inadequate\n\nKestrelford Borough Council's children's services now require "
                         "improvement to be good, Ofsted says.\n\nThe watchdog's inspectors were in the borough between 21 March "
                         "and 1 April.\n", published="2022-05-12")
    assert [(i["start"], i["end"]) for i in d["inspections"]] == [("2022-03-21", "2022-04-01")]


def test_a_byline_carries_the_date_after_its_separator_or_after_on():
    from loaders.dates import dateline
    from loaders.layout import _dateline_parts
    def date(line):
        return next(filter(None, map(dateline, _dateline_parts(line))), None)
    assert date("By Amy Reed, Local Democracy Reporter | Thursday 8 August 2019") == "2019-08-08"
    assert date("Posted by Sam Cole on 3 March 2015 · 14 comments") == "2015-03-03"
    assert date("By the end of March 2020 the council will have hired more staff") is None


WORCS_LIKE = """Kestrelford children's services climb out of 'inadequate'

By Amy Reed, Local Democracy Reporter | Thursday 8 August 2019

The borough council's services were judged to "require improvement to be good" after a two-week inspection between 10 and 21 June.

In 2016 the service was rated inadequate, and it has since received six monitoring visits.

Inspectors rated the impact of leaders as good. Help and protection, and the experiences and progress of children in care and care leavers, were judged to require improvement.

Lead inspector Dawn Hale wrote that leaders "know their services well".
"""


def test_the_lead_inspector_goes_to_the_inspection_spoken_of_before_them_and_a_byline_dates_the_article(tmp_path):
    d = digest(tmp_path, WORCS_LIKE)
    main = d["inspections"][0]
    assert (main["start"], main["end"], main["inspectors"]) == ("2019-06-10", "2019-06-21", ["Dawn Hale"])
    assert [(j["area"], j["grade"]) for j in main["judgements"]] == [
        ("overall", "requires_improvement"), ("leadership", "good"), ("help_and_protection", "requires_improvement"),
        ("children_in_care", "requires_improvement"), ("care_leavers", "requires_improvement")]
    assert all(not i["inspectors"] for i in d["inspections"][1:])


def test_a_monitoring_visit_before_the_graded_inspection_does_not_take_its_lead_inspector(tmp_path):
    d = digest(tmp_path, "Kestrelford no longer inadequate\n\nKestrelford Borough Council's children's services require "
                         "improvement to be good, Ofsted says.\n\nThe watchdog's inspectors were in the borough between 21 March "
                         "and 1 April.\n\nThe last of the council's monitoring visits, in November 2021, found progress.\n\n"
                         "Lead inspector Fay Penn wrote that leaders had made the service safer.\n", published="2022-05-12")
    assert [(i["type"], i["start"], i["inspectors"]) for i in d["inspections"]] == [
        ("ilacs", "2022-03-21", ["Fay Penn"]), ("monitoring_visit", "2021-11", [])]


SLOUGH_LIKE = """Ofsted recognises progress in Kestrelford's children's services

Published: 12 March 2025

Inspectors visited Kestrelford Children First, the council-owned company that runs children's social care in the borough, between 20 and 31 January. The overall effectiveness of services is now judged to "require improvement to be good", up from inadequate at the last full inspection in September 2022.

The experiences and progress of care leavers were rated good. The experiences and progress of children in care, the help and protection of children and the impact of leaders were each judged to require improvement to be good.

Ofsted has made five monitoring visits since the 2022 inspection. The last, in October 2024, found that leaders had kept a sharp focus on the basics.
"""


def test_inspectors_who_visited_a_company_between_two_days_are_the_graded_inspection_and_the_last_visit_is_dated(tmp_path):
    d = digest(tmp_path, SLOUGH_LIKE)
    assert [(i["type"], i["start"], i["end"]) for i in d["inspections"]] == [
        ("ilacs", "2025-01-20", "2025-01-31"), ("monitoring_visit", "2024-10", None), ("ilacs", "2022-09", None)]
    assert len(d["inspections"][0]["judgements"]) == 5


def test_one_grade_at_each_of_the_years_a_list_names_and_a_whose_clauses_date_is_not_the_grades(tmp_path):
    d = digest(tmp_path, "Kestrelford shakes off inadequate label\n\nKestrelford Borough Council, whose children's social care has been run "
                         "by Kestrelford Children's Trust since April 2018, was judged by Ofsted to \"require improvement to be good\" "
                         "following an inspection carried out between 28 February and 11 March.\n\nKestrelford had been rated "
                         "inadequate at each of its previous full inspections, in 2013, 2015 and 2018.\n", published="2022-04-29")
    assert [(i["start"], [(j["area"], j["grade"]) for j in i["judgements"]]) for i in d["inspections"]] == [
        ("2022-02-28", [("overall", "requires_improvement")]), ("2013", [("overall", "inadequate")]),
        ("2015", [("overall", "inadequate")]), ("2018", [("overall", "inadequate")])]


@pytest.mark.parametrize("sentence, expected", [
    ("Leadership and management was graded 'good'.", {("good", "leadership")}),
    ("The council's work with care leavers was singled out as outstanding.", {("outstanding", "care_leavers")}),
    ("Children in care and care leavers received a 'good' grade.", {("good", "children_in_care"), ("good", "care_leavers")}),
    ("Overall effectiveness was rated good, as was the impact of leaders.", {("good", "overall"), ("good", "leadership")}),
    ("The authority was rated good in three of the four areas, and outstanding for leadership.", {("good", None), ("outstanding", "leadership")}),
    ("Inspectors said leaders' impact on social work practice was outstanding.", {("outstanding", "leadership")}),
    # met in news pages golded blind (rnews16)
    ("Services in Kestrelford have been rated good by Ofsted, with services for children in care judged outstanding.",
     {("good", "overall"), ("outstanding", "children_in_care")}),
    ("Inspectors also judged the experiences and progress of children who need help and protection, the experiences and "
     "progress of care leavers, and the impact of leaders to be good.",
     {("good", "help_and_protection"), ("good", "care_leavers"), ("good", "leadership")}),
    # already read, kept as they are
    ("Services for children in care were found to be good.", {("good", "children_in_care")}),
    ("Both leadership and help and protection were rated good.", {("good", "leadership"), ("good", "help_and_protection")}),
    ("The experiences of care leavers were judged to be good, while services for children in care require improvement.",
     {("good", "care_leavers"), ("requires_improvement", "children_in_care")}),
])
def test_more_ways_news_names_the_area_a_grade_is_for(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert {(g, a) for g, a, _ in grade_mentions(sentence)} == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The inspection, which rated services good, took place between 3 and 14 February.", ("ilacs", "2025-02-03", "2025-02-14")),
    ("Inspectors visited the council from 3 to 14 February and rated it good.", ("ilacs", "2025-02-03", "2025-02-14")),
    # already read, kept as they are
    ("Ofsted inspectors spent two weeks in Kestrelford in March and rated the council good.", ("ilacs", "2025-03", None)),
    ("Services were rated good after a two-week inspection last month.", ("ilacs", "2025-04", None)),
    ("A focused visit in April looked at the council's front door and found that children were safe.", ("focused_visit", "2025-04", None)),
    ("The council's fourth monitoring visit took place on 5 and 6 March.", ("monitoring_visit", "2025-03-05", "2025-03-06")),
    ("The good rating follows an inspection between 27 January and 7 February.", ("ilacs", "2025-01-27", "2025-02-07")),
    # met in news golded blind (rnews15)
    ("Inspectors who spent three weeks with the council's social work teams in March rated services good.", ("ilacs", "2025-03", None)),
    ("A monitoring visit found steady progress. The visit, on March 4 and 5, looked at children in need.", ("monitoring_visit", "2025-03-04", "2025-03-05")),
])
def test_more_ways_news_dates_the_inspection_it_reports(tmp_path, sentence, expected):
    d = digest(tmp_path, f"Kestrelford children's services\n\n{sentence} Kestrelford Borough Council's children's social care "
                         "was praised by Ofsted.\n", published="2025-05-20")
    i = d["inspections"][0]
    assert (i["type"], i["start"], i["end"]) == expected


def test_a_service_told_it_required_improvement_in_a_year_was_graded_then(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services\n\nKestrelford Borough Council's children's services were rated inadequate "
                         "by Ofsted. It is a steep fall for a service which was told it required improvement in 2015.\n",
               published="2019-08-09")
    got = {(i["start"], j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert (None, "overall", "inadequate") in got and ("2015", "overall", "requires_improvement") in got


def test_a_council_written_by_its_abbreviation_is_named_in_full_and_by_its_place_as_written():
    from loaders.subject import article_councils
    from loaders.text import sentences
    got = [c["name"] for c in article_councils(sentences("BCP Council's children's services were rated good by Ofsted."), None)]
    assert got == ["Bournemouth, Christchurch and Poole Council"]
    got = [c["name"] for c in article_councils(sentences("Hull City Council's children's services were rated good by Ofsted."), None)]
    assert got == ["Hull City Council"]


def _inspections(d):
    return sorted((i["type"], i["start"] or "", i["end"] or "", tuple(sorted((j["area"] or "", j["grade"]) for j in i["judgements"])))
                  for i in d["inspections"])


def test_a_grade_given_after_an_inspection_or_when_ofsted_last_inspected_is_that_inspections(tmp_path):
    # wordings met in news pages golded blind (rnews16)
    d = digest(tmp_path, "Kestrelford children's services\n\nKestrelford Borough Council's children's services are making steady "
                         "progress, Ofsted said after a monitoring visit on 21 and 22 March. The council's services were rated "
                         "inadequate after an inspection in November and December 2021.\n", published="2023-05-04")
    assert ("ilacs", "2021-11", "2021-12", (("overall", "inadequate"),)) in _inspections(d)
    assert len([i for i in d["inspections"] if i["type"] == "ilacs"]) == 1
    d = digest(tmp_path, "Kestrelford children's services\n\nInspectors carried out a focused visit to Kestrelford Borough Council "
                         "on 3 and 4 November. Kestrelford was rated outstanding when Ofsted last carried out a full inspection "
                         "of its children's services, in 2017.\n", published="2020-12-10")
    assert _inspections(d) == [("focused_visit", "2020-11-03", "2020-11-04", ()), ("ilacs", "2017", "", (("overall", "outstanding"),))]


def test_a_joint_inspection_dated_at_the_end_of_its_long_subject_and_what_its_inspectors_found(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services\n\nA joint inspection of how agencies in Kestrelford respond to children "
                         "at risk of exploitation has found a strong shared understanding of risk. The joint targeted area "
                         "inspection (JTAI), carried out by Ofsted, the Care Quality Commission, HM Inspectorate of Constabulary "
                         "and HM Inspectorate of Probation, took place in September. Inspectors found that 140 children had "
                         "been identified as at risk by Kestrelford Borough Council and its partners.\n", published="2019-11-20")
    assert [(i["type"], i["start"]) for i in d["inspections"]] == [("jtai", "2019-09")]


def test_a_grade_along_with_an_area_named_after_it():
    from loaders.inspections.news import grade_mentions
    got = grade_mentions("It judged the experiences and progress of children who need help and protection to be inadequate, "
                         "along with the impact of leaders on social work practice.")
    assert {(g, a) for g, a, _ in got} == {("inadequate", "help_and_protection"), ("inadequate", "leadership")}


def test_every_grade_of_a_sentence_recalling_an_inspection_is_that_inspections(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services\n\nOfsted inspectors carried out a focused visit to Kestrelford Borough Council "
                         "on 27 and 28 January. Kestrelford's children's services were last inspected in October 2023 and were "
                         "judged to require improvement to be good overall, with the experiences and progress of care leavers "
                         "judged good.\n", published="2026-03-05")
    assert _inspections(d) == [("focused_visit", "2026-01-27", "2026-01-28", ()),
                               ("ilacs", "2023-10", "", (("care_leavers", "good"), ("overall", "requires_improvement")))]


def test_the_day_the_watchdog_published_its_report_into_the_council(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services\n\nKestrelford Borough Council's children's services have been rated "
                         "inadequate by Ofsted. The education watchdog published its report into Kestrelford Borough Council "
                         "on Friday, following an inspection between 11 and 22 March.\n", published="2024-05-21")
    graded = next(i for i in d["inspections"] if i["judgements"])
    assert (graded["start"], graded["end"], graded["published"]) == ("2024-03-11", "2024-03-22", "2024-05-17")


def test_a_list_of_areas_that_all_require_improvement_as_does_the_service_overall():
    from loaders.inspections.news import grade_mentions
    got = grade_mentions("Help and protection, the experiences of children looked after, care leavers' experiences, and leadership, "
                         "management and governance all require improvement, as does the service overall.")
    assert {(g, a) for g, a, _ in got} == {("requires_improvement", a) for a in
                                           ("overall", "help_and_protection", "children_in_care", "care_leavers", "leadership")}
    assert [(g, a) for g, a, _ in grade_mentions("The new report rates adoption performance as good.")] == [("good", None)]


def test_an_inspection_that_ended_on_a_day_and_a_date_of_the_clause_before(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated inadequate\n\nThe Ofsted report, published after a four-week inspection "
                         "that ended on 30 June, rated Kestrelford Borough Council's children's services inadequate.\n\n"
                         "Eleven of the children had been excluded from school in the previous year, and inspectors said schools "
                         "were not always told.\n", published="2016-09-27")
    assert _inspections(d) == [("ilacs", "", "2016-06-30", (("overall", "inadequate"),))]


def test_a_grade_up_from_one_received_in_a_year_and_areas_rated_as_a_grade(tmp_path):
    d = digest(tmp_path, "Kestrelford rated outstanding\n\nKestrelford Borough Council's children's services have been rated "
                         "outstanding by Ofsted, two grades up from the \u201crequires improvement to be good\u201d judgement the authority "
                         "received in 2015.\n\nThe report, published on Monday after an inspection between 15 and 26 April, rated "
                         "help and protection, the experiences and progress of children in care, and the impact of leaders as "
                         "outstanding.\n", published="2024-06-12")
    assert _inspections(d) == [("ilacs", "2015", "", (("overall", "requires_improvement"),)),
                               ("ilacs", "2024-04-15", "2024-04-26", (("children_in_care", "outstanding"), ("help_and_protection", "outstanding"),
                                                                      ("leadership", "outstanding"), ("overall", "outstanding")))]


@pytest.mark.parametrize("sentence, expected", [
    ("They judged the help and protection given to vulnerable children, and the council's leadership, to be good.",
     {("good", "help_and_protection"), ("good", "leadership")}),
    ("Inspectors judged help and protection and the impact of leaders to require improvement, services for children in care "
     "to be good, and the experiences of care leavers to be outstanding.",
     {("requires_improvement", "help_and_protection"), ("requires_improvement", "leadership"), ("good", "children_in_care"),
      ("outstanding", "care_leavers")}),
    ("Inspectors rated the impact of leaders and the experiences of care leavers as outstanding, and help and protection as good.",
     {("outstanding", "leadership"), ("outstanding", "care_leavers"), ("good", "help_and_protection")}),
])
def test_areas_judged_to_be_a_grade_each_in_its_clause(sentence, expected):
    from loaders.inspections.news import grade_mentions
    assert {(g, a) for g, a, _ in grade_mentions(sentence)} == expected


def test_the_last_of_the_visits_a_sentence_counts_is_dated_and_the_lead_inspector_is_the_inspections(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services no longer inadequate\n\nKestrelford Borough Council was rated requires "
                         "improvement to be good overall by Ofsted after an inspection in September. It follows five monitoring visits "
                         "since the council was rated inadequate in 2021, the last of them in May.\n\nLead inspector Nadine Feather "
                         "said leaders had made steady progress.\n", published="2024-10-09")
    got = {(i["type"], i["start"]): i["inspectors"] for i in d["inspections"]}
    assert got == {("ilacs", "2024-09"): ["Nadine Feather"], ("monitoring_visit", "2024-05"): [], ("ilacs", "2021"): []}


def test_an_assurance_visit_in_another_month_is_another_visit(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services front door struggling, Ofsted finds\n\nIn a letter published on Tuesday "
                         "following a focused visit to Kestrelford Borough Council on 5 and 6 October, inspectors said contacts had "
                         "risen.\n\nKestrelford was judged good at its last full inspection in July 2018, and a virtual assurance visit "
                         "in March this year found children were seen and safe during the pandemic.\n", published="2021-11-18")
    assert _inspections(d) == [("focused_visit", "2021-03", "", ()), ("focused_visit", "2021-10-05", "2021-10-06", ()),
                               ("ilacs", "2018-07", "", (("overall", "good"),))]


def test_a_health_body_named_by_its_place_is_no_council_and_another_councils_grade_last_year(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated outstanding\n\nKestrelford Borough Council's children's services "
                         "have been rated outstanding by Ofsted. NHS Devon said it was investing £600,000 in mental health services, "
                         "and NHS Devon will report on waiting times.\n\nKestrelford is also supporting Bolton Council, whose children's "
                         "services were judged inadequate last year.\n", published="2024-06-12")
    assert [c["name"] for c in d["councils"]] == ["Kestrelford Borough Council", "Bolton Council"]
    bolton = next(i for i in d["inspections"] if i["council"] == "Bolton Council")
    assert (bolton["start"], bolton["published"], [j["grade"] for j in bolton["judgements"]]) == (None, "2023", ["inadequate"])


def test_list_of_what_to_improve_less_positive_none_unsuitable_and_what_visits_do(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good\n\nChildren's services at Kestrelford Borough Council are good, "
                         "according to an Ofsted report published on Tuesday.\n\nBut the picture was less positive for older children.\n\n"
                         "Care leavers benefit from a wide range of accommodation options, and none were living in unsuitable housing.\n\n"
                         "Inspectors identified two areas where the council could improve further:\n"
                         "• the consistency of return home interviews for children who go missing from care\n"
                         "• the range of homes in the borough for children in care with complex needs\n\n"
                         "Focused visits do not result in a grade, but Ofsted uses their findings to plan its next inspection.\n\n"
                         "Ofsted will now carry out regular monitoring visits.\n", published="2016-03-24")
    concerns = {c["evidence"][:30] for c in d["concerns"]}
    improvements = {c["evidence"][:30] for c in d["improvements"]}
    assert concerns == {"But the picture was less posit", "Inspectors identified two area", "the consistency of return home",
                        "the range of homes in the boro"}
    assert improvements == {"Care leavers benefit from a wi"}
    assert [i[3] for i in _inspections(d) if i[0] == "ilacs"] == [(("overall", "good"),)]


def test_knowing_where_practice_needs_to_improve_a_cleared_backlog_a_report_to_come_and_the_outlets_appeal(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good\n\nKestrelford Borough Council's children's services have been "
                         "rated good by Ofsted.\n\nLeaders have an accurate and incisive understanding of where practice is strongest "
                         "and where it needs to improve, inspectors said.\n\nThe council said the assessment backlog had since been "
                         "cleared.\n\nThe panel agreed to receive a progress report on the improvement plan in January.\n\n"
                         "Have your say in the comments below – and if you value independent news, please consider supporting us.\n",
                         published="2024-05-01")
    assert not d["concerns"]
    assert [i["evidence"][:25] for i in d["improvements"]][:1] == ["Leaders have an accurate "]
    assert not any("panel" in i["evidence"] or "comments" in i["evidence"] for i in d["improvements"])


def test_a_pull_quote_is_the_person_named_on_the_line_after_it(tmp_path):
    # (as a page's text reads: one paragraph a line, the pull-quote's <cite> on the line after it)
    d = digest(tmp_path, "Kestrelford children's services rated good by Ofsted\n"
                         "Kestrelford Borough Council's children's services have been rated good by Ofsted.\n"
                         "“This is a really positive report,” said Cllr Hettie Lowe, the cabinet member. “We are proud.”\n"
                         "Allan Dunn, the director, added: ‘The inspectors saw what we see every day.’\n"
                         "“This is a really positive report and a credit to our social workers, foster carers and adopters”\n"
                         "Cllr Hettie Lowe\n"
                         "‘A room and a key’\n"
                         "“Care leavers deserve better,” said Cllr Dermot Fenn.\n", published="2016-03-24")
    assert {q["speaker"] for q in d["quotes"] if q["text"].startswith("This is a really positive report")} == {"Hettie Lowe"}


def test_the_last_time_inspectors_looked_and_a_grade_given_in_two_years(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated requires improvement\n\nKestrelford Borough Council's children's "
                         "services have been rated requires improvement by Ofsted.\n\nThe last time inspectors looked at safeguarding "
                         "in the borough, in 2011, they judged it good.\n\nKestrelford was rated inadequate in 2014 and again in 2017.\n\n"
                         "The opposition wants a panel to monitor children's services until they are rated good.\n", published="2020-02-13")
    graded = {(i["start"], tuple(j["grade"] for j in i["judgements"])) for i in d["inspections"]}
    assert {("2011", ("good",)), ("2014", ("inadequate",)), ("2017", ("inadequate",))} <= graded
    current = next(i for i in d["inspections"] if i["start"] is None)
    assert [j["grade"] for j in current["judgements"]] == ["requires_improvement"]  # (not the "good" wished for)


def test_a_joint_inspection_dated_a_led_team_and_good_in_each_of_three_areas(tmp_path):
    d = digest(tmp_path, "What the Kestrelford inspection tells us\n\nPosted by Dr Ann Roe, Head of Policy and Research at the "
                         "Kestrelford Trust | 14 March 2018 | 4 comments\n\nWhat is a JTAI?\n\nJoint targeted area inspections by Ofsted look at how "
                         "Kestrelford Borough Council's children's services, the police and health services work together.\n\nThe Kestrelford inspection took place between 22 "
                         "and 26 January, and inspectors looked at the experiences of 31 children.\n")
    assert (d["document"]["published"], _inspections(d)) == ("2018-03-14", [("jtai", "2018-01-22", "2018-01-26", ())])
    d = digest(tmp_path, "Kestrelford children's services remain good\n\nBy Sam Roe, Local Democracy Reporting Service\n13/11/2019 14:05\n\n"
                         "Children's services in Kestrelford have again been judged good by Ofsted.\n\nInspectors, led by Her Majesty's "
                         "Inspector Jo Lund, spent a week in the borough between 14 and 18 October.\n\nThe council was judged good overall, "
                         "and good in each of the three areas that inspectors examine: the impact of leaders on social work practice with "
                         "children and families; the experiences and progress of children who need help and protection; and the "
                         "experiences and progress of children in care and care leavers.\n")
    assert d["document"]["published"] == "2019-11-13"
    [insp] = d["inspections"]
    assert (insp["start"], insp["end"]) == ("2019-10-14", "2019-10-18")
    assert {j["area"] for j in insp["judgements"] if j["grade"] == "good"} >= {"overall", "leadership", "help_and_protection", "children_in_care"}


def test_what_a_report_asks_of_the_council_what_inspections_are_for_and_the_areas_inspectors_examine(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services remain good\n\nChildren's services in Kestrelford Borough Council have again "
                         "been judged good by Ofsted.\n\nShort inspections are carried out in councils that were judged good at "
                         "their previous inspection.\n\nThe council was judged good overall, and good in each of the three areas that "
                         "inspectors examine: the impact of leaders on social work practice with children and families; the "
                         "experiences and progress of children who need help and protection; and the experiences and progress of "
                         "children in care and care leavers.\n\nJoint inspections look at how agencies work together, and they do not "
                         "award a grade.\n\nThe report asks the council to improve the timeliness of initial health assessments.\n",
               published="2019-11-27")
    assert list(dict.fromkeys(c["evidence"] for c in d["concerns"])) == ["The report asks the council to improve the timeliness of initial health assessments."]
    assert not any(i["evidence"].startswith(("Short inspections", "The council was judged good")) for i in d["improvements"])


def test_a_visit_on_two_days_is_the_monitoring_visit_reported(tmp_path):
    d = digest(tmp_path, "Kestrelford: second Ofsted visit\n\nOfsted's second monitoring visit to Kestrelford Borough Council's "
                         "children's services since they were judged inadequate has found early signs of progress.\n\nThe letter, "
                         "published on Tuesday, follows a visit on 7 and 8 June by two inspectors.\n", published="2022-07-08")
    visits = [(i["type"], i["start"], i["end"]) for i in d["inspections"] if i["type"] == "monitoring_visit"]
    assert visits == [("monitoring_visit", "2022-06-07", "2022-06-08")]


def test_an_undated_inadequate_grade_is_the_older_report_a_later_sentence_dates(tmp_path):
    d = digest(tmp_path, "Kestrelford still too slow, Ofsted says\n\nVulnerable children in Kestrelford are still not getting help "
                         "quickly enough – two years after the council's children's services were branded inadequate.\n\nOfsted "
                         "inspectors made their fifth monitoring visit to Kestrelford Borough Council last month.\n\nThe council was "
                         "rated inadequate in a report published in June 2022 after inspectors found serious failures.\n",
               published="2024-03-21")
    graded = [i for i in d["inspections"] if i["judgements"]]
    assert [(i["type"], i["published"], [j["grade"] for j in i["judgements"]]) for i in graded] == [("ilacs", "2022-06", ["inadequate"])]


def test_the_items_of_what_the_council_should_improve_are_concerns(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services stay good\n\nKestrelford Borough Council's children's services remain good, "
                         "Ofsted has said.\n\nOfsted said the council should improve:\n\n• the quality and specificity of child in "
                         "need plans\n• the take-up of return home interviews and the use of the information they provide\n\n"
                         "The council welcomed the report.\n", published="2019-07-23")
    assert {c["evidence"] for c in d["concerns"]} >= {"the quality and specificity of child in need plans",
                                                      "the take-up of return home interviews and the use of the information they provide"}
    assert not d["improvements"]
    # the line that opens the list is a concern too, of no theme but its items'
    assert [c["theme"] for c in d["concerns"] if c["evidence"] == "Ofsted said the council should improve:"] == ["other"]


def test_inspectors_who_spent_weeks_between_two_days_date_the_inspection_and_rated_it(tmp_path):
    d = digest(tmp_path, "Kestrelford children left at risk, Ofsted says\n\nThe watchdog rated Kestrelford Borough Council's "
                         "children's services inadequate on Tuesday.\n\nInspectors, who spent four weeks in the borough between 27 "
                         "March and 21 April, found that some children had been left in neglectful homes.\n\nServices for children "
                         "looked after, and adoption, were found to require improvement, as was the work of the Kestrelford "
                         "Safeguarding Children Board.\n\nThe council's first full inspection, in December 2013, rated it requires "
                         "improvement, with leadership judged good.\n", published="2017-06-20")
    now = d["inspections"][0]
    assert (now["start"], now["end"]) == ("2017-03-27", "2017-04-21")
    old = sorted((j["grade"], (j.get("label") or "").lower()) for j in now["judgements"] if j["area"] is None)
    assert old == [("requires_improvement", "adoption"), ("requires_improvement", "safeguarding children board")]
    then = next(i for i in d["inspections"] if i["start"] == "2013-12")
    assert sorted((j["area"], j["grade"]) for j in then["judgements"]) == [("leadership", "good"), ("overall", "requires_improvement")]


def test_an_old_framework_area_is_graded_in_its_own_clause(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services require improvement\n\nKestrelford Borough Council's children's "
                         "services require improvement, Ofsted has said.\n\nAdoption performance was judged good, but all other "
                         "areas were rated as requiring improvement.\n", published="2016-03-03")
    old = [(j["grade"], j.get("label")) for i in d["inspections"] for j in i["judgements"] if j["area"] is None]
    assert old == [("good", "Adoption"), ("requires_improvement", "other areas")]  # (not adoption: "all other areas")


def test_the_visit_was_on_two_days_and_a_bylines_date_after_its_comma(tmp_path):
    d = digest(tmp_path, "Kestrelford praised in focused visit\n\nBy Jo Bloggs, 12 May 2022\n\nOfsted published its letter on "
                         "Tuesday about the focused visit to Kestrelford Borough Council's children's services in March.\n\nThe visit "
                         "was on 22 and 23 March and looked at children in need.\n")
    assert d["document"]["published"] == "2022-05-12"
    assert [(i["type"], i["start"], i["end"]) for i in d["inspections"]] == [("focused_visit", "2022-03-22", "2022-03-23")]


def test_inspectors_from_three_inspectorates_date_the_joint_inspection_and_a_handbook_is_no_inspection(tmp_path):
    d = digest(tmp_path, "Kestrelford front door praised\n\nThe joint targeted area inspection (JTAI) letter on Kestrelford, published "
                         "on Tuesday, looked at how the borough's safeguarding partners respond when concerns are first raised.\n\n"
                         "Inspectors from Ofsted, the Care Quality Commission and His Majesty's Inspectorate of Constabulary spent the "
                         "week of 2 to 6 October in the borough.\n\nOfsted confirms its revised inspection handbook will apply from "
                         "January.\n", published="2023-11-24")
    assert [(i["type"], i["start"], i["end"]) for i in d["inspections"]] == [("jtai", "2023-10-02", "2023-10-06")]


def test_inspectors_had_spent_a_fortnight_and_a_grade_then_with_adoptions_own(tmp_path):
    d = digest(tmp_path, "Kestrelford outstanding\n\nOfsted's report, published last Thursday, rated Kestrelford Borough Council's "
                         "children's services outstanding.\n\nInspectors had spent a fortnight in the borough in May.\n\nKestrelford "
                         "had been rated good in 2015, when its adoption work was judged outstanding.\n", published="2019-07-10")
    now, then = d["inspections"]
    assert (now["start"], then["start"]) == ("2019-05", "2015")
    assert sorted((j["area"] or "", j["grade"]) for j in then["judgements"]) == [("", "outstanding"), ("overall", "good")]


def test_a_table_comparing_inspections_column_by_column_and_a_frameworks_year(tmp_path):
    p = tmp_path / "article.html"
    p.write_text("<html><head><title>Kestrelford outstanding again</title>"
                 "<meta property='article:published_time' content='2024-02-22'></head><body><article>"
                 "<h1>Kestrelford outstanding again</h1><p>Ofsted has rated Kestrelford Borough Council's children's services "
                 "outstanding.</p><p>It is the council's first full inspection under the framework Ofsted introduced in 2023, "
                 "which gives care leavers a judgement of their own.</p><h2>How the grades compare</h2><table>"
                 "<tr><th>Judgement</th><th>January 2024</th><th>2019</th></tr>"
                 "<tr><td>Overall effectiveness</td><td>Outstanding</td><td>Outstanding</td></tr>"
                 "<tr><td>Care leavers</td><td>Good</td><td>Outstanding*</td></tr></table>"
                 "<p>A separate review of the Local Safeguarding Children Board judged that it, too, requires improvement.</p>"
                 "</article></body></html>", encoding="utf-8")
    d = extract(read_document(p)).to_json()
    graded = {i["start"]: sorted((j["area"] or "", j["grade"]) for j in i["judgements"]) for i in d["inspections"]}
    assert graded == {None: [("", "requires_improvement"), ("care_leavers", "good"), ("overall", "outstanding")],
                      "2019": [("care_leavers", "outstanding"), ("overall", "outstanding")]}


def test_a_dashed_list_of_grades(tmp_path):
    from loaders.inspections.news import judgement_line
    assert judgement_line("– Children in care and care leavers: good") == [("good", "children_in_care", 37), ("good", "care_leavers", 37)]


def test_a_headline_below_a_pages_masthead_that_reports_the_findings_is_a_finding(tmp_path):
    d = digest(tmp_path, "KESTRELFORD PRESS AGENCY | UK NEWSWIRE\nHome News | Priority: Routine | Version 2\nSLUG: CHILDREN Ofsted\n"
                         "Filed 20/06/2017 12:41 BST\n\nOfsted finds Kestrelford children left at risk for months\n\n"
                         "By Jo Bloggs, North of England Correspondent\n\nVulnerable children in Kestrelford were left in neglectful "
                         "homes because social workers were overstretched and managers did not see the danger, Ofsted has said.\n")
    assert "Ofsted finds Kestrelford children left at risk for months" in {c["evidence"] for c in d["concerns"]}


def test_ofsted_published_its_single_inspection_report_on_tuesday(tmp_path):
    d = digest(tmp_path, "What Ofsted found in Kestrelford\n\nOfsted published its single inspection report on Kestrelford Borough "
                         "Council's children's services on Tuesday, and I have spent the week with it.\n\nThe council was rated "
                         "'requires improvement' overall.\n", published="2016-06-10")
    assert d["inspections"][0]["published"] == "2016-06-07"


def test_on_thursday_ofsted_agreed_dates_the_report(tmp_path):
    d = digest(tmp_path, "Union says it warned for years\n\nSocial workers in Kestrelford have warned for two years that caseloads "
                         "were unsafe. On Thursday, Ofsted agreed with them.\n\nThe inspectorate's report rated Kestrelford Borough "
                         "Council's children's services inadequate.\n", published="2016-09-27")
    assert d["inspections"][0]["published"] == "2016-09-22"


def test_last_thursday_the_inspectorates_published_and_a_grade_given_last_year(tmp_path):
    d = digest(tmp_path, "What the joint inspection found\n\nLast Thursday, the inspectorates published their findings on how agencies "
                         "in Kestrelford respond to children who live with domestic abuse.\n\nThe joint targeted area inspection "
                         "took place between 22 and 26 January.\n\nKestrelford's children's services were rated good by Ofsted "
                         "last year, and the letter credits the council's own audits.\n", published="2018-03-14")
    jtai = next(i for i in d["inspections"] if i["type"] == "jtai")
    assert jtai["published"] == "2018-03-08"
    assert [(i["start"], [j["grade"] for j in i["judgements"]]) for i in d["inspections"] if i["type"] == "ilacs"] == [("2017", ["good"])]


def test_adoption_in_a_list_judged_together_and_all_other_areas(tmp_path):
    d = digest(tmp_path, "Kestrelford requires improvement\n\nThe report, published on Monday, follows a four-week inspection in "
                         "September.\n\nInspectors judged services for children looked after, and the council's adoption performance, "
                         "to be good.\n\nThe help and protection of children requires improvement, as does the service overall.\n\n"
                         "Fostering was judged good, but all other areas were rated as requiring improvement.\n", published="2016-11-07")
    js = sorted(((j["area"] or ""), j["grade"], (j.get("label") or "").lower()) for j in d["inspections"][0]["judgements"])
    assert ("", "good", "adoption") in js and ("children_in_care", "good", "") in js
    assert ("", "requires_improvement", "other areas") in js and ("overall", "requires_improvement", "") in js


def _councils_inspections(d: dict) -> list[tuple]:
    return sorted(((i["council"], i["type"], i["start"], i["end"], tuple(sorted((j["area"] or "-", j["grade"]) for j in i["judgements"])))
                   for i in d["inspections"]), key=lambda t: (t[1], t[2] or ""))


def test_grades_in_that_inspection_and_the_inspectors_of_a_visit_named_beside_them(tmp_path):
    # "judged good in that inspection": the one the sentence before recalled, not a new one; "following a focused
    # visit on ..., inspectors said" are that visit's inspectors, not a full inspection's
    d = digest(tmp_path, "Ofsted praises Kestrelford foster care\n\n"
               "In a letter published on 17 June following a focused visit on 18 and 19 May, inspectors said that most children in care were safe.\n\n"
               "The inspection letter was published last Friday.\n\n"
               "Kestrelford Borough Council's children's services were last fully inspected in November 2019, when they were rated as requires improvement to be good.\n\n"
               "Services for care leavers were judged good in that inspection, and leadership was rated requires improvement.\n", "2021-06-24")
    assert _councils_inspections(d) == [
        ("Kestrelford Borough Council", "focused_visit", "2021-05-18", "2021-05-19", ()),
        ("Kestrelford Borough Council", "ilacs", "2019", None, (("care_leavers", "good"), ("leadership", "requires_improvement"),
                                                                 ("overall", "requires_improvement")))]


def test_earlier_visits_by_their_months_a_monitoring_letter_and_a_standing_grade(tmp_path):
    # "its third monitoring letter" is the third monitoring visit; "The earlier visits, in September and December last
    # year" are two visits; "one of 4 councils currently rated inadequate" is the 2018 grade, not a new inspection;
    # "not yet good enough" is no grade
    d = digest(tmp_path, "Kestrelford progress steady but slow\n\n"
               "Ofsted published its third monitoring letter on Kestrelford Borough Council's children's services on Tuesday.\n\n"
               "The inspectors, who visited on 5 and 6 March, found steady progress since the service was judged inadequate in a report published in June 2018.\n\n"
               "The earlier visits, in September and December last year, had both found that social work with children in need was \"not yet good enough\".\n\n"
               "Kestrelford is one of 4 North West councils currently rated inadequate.\n", "2019-04-12")
    got = _councils_inspections(d)
    assert [g[1:4] for g in got] == [("ilacs", "2018-06", None), ("monitoring_visit", "2018-09", None),
                                     ("monitoring_visit", "2018-12", None), ("monitoring_visit", "2019-03-05", "2019-03-06")]
    assert got[0][4] == (("overall", "inadequate"),)
    now = next(i for i in d["inspections"] if i["start"] == "2019-03-05")
    assert now["sequence"] == 3 and now["published"] == "2019-04-09"


def test_a_grade_listed_with_its_year_an_areas_leaders_and_another_councils_grade_earlier_this_year(tmp_path):
    d = digest(tmp_path, "Kestrelford Borough Council's children's services rated outstanding by Ofsted\n\n"
               "The report, published on Friday after an inspection between 30 September and 11 October, gave Kestrelford the top grade "
               "for help and protection, for children in care and for the impact of its leaders.\n\n"
               "The borough was rated good in 2019 and requires improvement in 2014.\n\n"
               "Kestrelford is also an improvement partner for Stockport Council, whose services were rated inadequate earlier this year.\n\n"
               "This article was amended on 18 November 2024 to correct the year in which Kestrelford was rated good.\n", "2024-11-16")
    got = _councils_inspections(d)
    assert ("Kestrelford Borough Council", "ilacs", "2024-09-30", "2024-10-11",
            (("children_in_care", "outstanding"), ("help_and_protection", "outstanding"), ("leadership", "outstanding"))) in got
    assert ("Kestrelford Borough Council", "ilacs", "2019", None, (("overall", "good"),)) in got
    assert ("Kestrelford Borough Council", "ilacs", "2014", None, (("overall", "requires_improvement"),)) in got
    assert ("Stockport Council", "ilacs", None, None, (("overall", "inadequate"),)) in got
    assert any(kind == "correction" for *_, kind in d["debris"])


def test_a_visits_dates_past_its_published_aside_an_old_inspection_by_its_month_and_old_safeguarding(tmp_path):
    # an inspection in February 2013, in an article of July 2014, is an earlier one (more than a year before);
    # before 2013 Ofsted judged "safeguarding", not overall effectiveness
    d = digest(tmp_path, "KESTRELFORD WEEKLY\n\nPosted at 4:32pm, Thursday 3rd July 2014 by Jo Bloggs\n\n"
               "Children's services at Kestrelford Borough Council have been rated good under Ofsted's new inspection regime.\n\n"
               "The inspection report, published last Friday, followed four weeks of visits to social work teams between April 28 and May 21.\n\n"
               "An unannounced inspection of the council's contact and referral arrangements in February 2013 had found no areas for priority action.\n\n"
               "At the last full inspection, in 2011, the borough's safeguarding services were rated inadequate.\n")
    got = _councils_inspections(d)
    assert ("Kestrelford Borough Council", "ilacs", "2014-04-28", "2014-05-21", (("overall", "good"),)) in got
    assert ("Kestrelford Borough Council", "ilacs", "2013-02", None, ()) in got
    assert ("Kestrelford Borough Council", "ilacs", "2011", None, (("-", "inadequate"),)) in got


@pytest.mark.parametrize("sentence, expected", [
    ('Lead inspector Jo Bloggs said: "Leaders have an accurate understanding of where practice is not yet good enough."', "positive"),
    ('Jo Bloggs said senior leaders had "an accurate understanding" of the weaknesses in the service.', "positive"),
    ("Plans are reviewed on time.", "positive"),
    ("Health assessments were completed on time in only 64% of cases.", "negative"),
    ('Lead inspector Jo Bloggs wrote that "children\'s voices are heard and acted upon at every level".', "positive"),
    ("Some cases had been closed and then re-referred several times without their needs being met.", "negative"),
    ("Inspectors found some referrals were left for weeks before anyone assessed them.", "negative"),
    ("Eleven children were waiting to be allocated a social worker.", "negative"),
    ("This weakens the partnership's influence on the work of this body.", "negative"),
])
def test_what_inspectors_knew_and_what_was_left_waiting_or_done_on_time(sentence, expected):
    assert polarity(sentence) == expected


def test_single_framework_grades_in_prose_and_an_adequate_rating_before_2013(tmp_path):
    # "as well as its leadership"; the area after ", after Ofsted found" is no area of the grade; "as was adoption
    # performance" and the LSCB as the sentence's subject are old-framework judgements; "rated adequate" (before 2013)
    # dates an inspection but gives no grade of today's; "its services for looked-after children good" (2011) is none
    # of the ILACS areas
    d = digest(tmp_path, "Kestrelford told to improve by Ofsted\n\n"
               "Kestrelford Borough Council has been told its children's services require improvement, after Ofsted found child protection cases drifting.\n\n"
               "Inspectors rated the council's services for children who need help and protection as requiring improvement, as well as its leadership, management and governance.\n\n"
               "Services for looked-after children were rated good, as was adoption performance.\n\n"
               "The Local Safeguarding Children Board, which checks how agencies work together, was rated good as well.\n\n"
               "In 2012, the borough's safeguarding services had been rated adequate.\n\n"
               "In its previous inspection, in 2011, its services for looked-after children were rated good.\n", "2014-11-27")
    insp = {i["start"]: i for i in d["inspections"]}
    now = next(i for i in d["inspections"] if not i["start"])
    assert {(j["area"], j["grade"], j.get("label")) for j in now["judgements"]} == {
        ("overall", "requires_improvement", None), ("help_and_protection", "requires_improvement", None),
        ("leadership", "requires_improvement", None), ("children_in_care", "good", None), (None, "good", "adoption"),
        (None, "good", "Local Safeguarding Children Board")}
    assert insp["2012"]["judgements"] == []
    assert [(j["area"], j["grade"]) for j in insp["2011"]["judgements"]] == [(None, "good")]


def test_earlier_visits_in_two_months_are_two_visits_not_one_from_the_first_to_the_last(tmp_path):
    d = digest(tmp_path, "Kestrelford making slow progress\n\n"
               "Ofsted carried out its third monitoring visit to Kestrelford Borough Council's children's services on 22 and 23 October.\n\n"
               "The council was rated inadequate in June 2018. Earlier monitoring visits took place in January and May this year.\n", "2019-11-21")
    visits = sorted((i["start"], i["end"]) for i in d["inspections"] if i["type"] == "monitoring_visit")
    assert visits == [("2019-01", None), ("2019-05", None), ("2019-10-22", "2019-10-23")]


def test_a_report_published_that_july_the_countrys_councils_and_a_list_after_as_were(tmp_path):
    # "published that July" is the July of the year just named; "Of the 152 councils in England, 18 are rated
    # outstanding" is the country's; "now judged good – and its care for looked-after children outstanding" gives
    # the good to the service, the outstanding to children in care
    d = digest(tmp_path, "How Kestrelford turned it round\n\n"
               "Seven years after Ofsted found children in Kestrelford Borough Council's care were being failed, the service is now judged good – "
               "and its care for looked-after children outstanding.\n\n"
               "In the spring of 2015, Ofsted inspectors arrived in Kestrelford and found a children's services department in crisis. "
               "The report, published that July, rated the council inadequate overall.\n\n"
               "After three weeks of fieldwork in May, inspectors rated it good overall.\n\n"
               "Of the 152 councils in England, 18 are rated outstanding and 21 inadequate.\n", "2022-07-09")
    got = {i["start"]: sorted((j["area"], j["grade"]) for j in i["judgements"]) for i in d["inspections"]}
    assert got == {"2022-05": [("children_in_care", "outstanding"), ("overall", "good")], "2015": [("overall", "inadequate")]}
    assert [i["published"] for i in d["inspections"] if i["start"] == "2015"] == ["2015-07"]  # (inspected that spring)


def test_grades_listed_after_as_were():
    from loaders.inspections.news import grade_mentions
    assert grade_mentions('Overall, the services were judged to "require improvement", as were services for children who need help '
                          "and protection, services for children looked after, and leadership.") == [
        ("requires_improvement", a, 38) for a in ("overall", "help_and_protection", "children_in_care", "leadership")]


def test_the_inspection_of_a_service_then_run_by_another_council_is_this_councils(tmp_path):
    d = digest(tmp_path, "Kestrelford Borough Council's children's services require improvement, says Ofsted\n\n"
               "Kestrelford Borough Council's children's services have been rated requires improvement to be good by Ofsted.\n\n"
               "The county's last inspection of children's services, carried out in 2019 when the service was run by Cumbria County Council, "
               "had rated it good.\n", "2025-04-09")
    assert [(i["council"], [(j["area"], j["grade"]) for j in i["judgements"]]) for i in d["inspections"] if i["start"] == "2019"] == [
        ("Kestrelford Borough Council", [("overall", "good")])]


def test_what_the_services_users_say_of_it_is_a_finding_and_a_politicians_own_words_are_not(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services require improvement\n\n"
               "Kestrelford Borough Council's children's services have been rated requires improvement to be good by Ofsted.\n\n"
               "Leanne, a mum from Whitehawk who asked us not to use her surname, said her family had had three social workers in eight months.\n\n"
               '"Every time, you start again from scratch," she said.\n\n'
               'Cllr Jo Bloggs, the cabinet member, said: "Our staff work incredibly hard, and I am proud of every one of them."\n', "2024-03-01")
    found = [f["evidence"] for f in d["concerns"] + d["improvements"]]
    assert any(e.startswith("Leanne, a mum") for e in found)
    assert not any("incredibly hard" in e for e in found)


@pytest.mark.parametrize("sentence, expected", [
    ("She never missed one.", "positive"),
    ("She still rings me every week.", "positive"),
    ("Children are still waiting too long.", "negative"),
    ("One of them said to me, 'You are part of the team, not a service we buy.'", "positive"),
    ("I don't think I'd be where I am without her.", "positive"),
    ("Support for carers used to be patchy, but now someone answers at night.", None),
])
def test_how_people_who_use_the_service_put_it(sentence, expected):
    assert polarity(sentence) == expected


def test_an_unnamed_parent_and_a_headline_put_in_ofsteds_name(tmp_path):
    d = digest(tmp_path, "Ofsted: Kestrelford's care for children \"strong\" but placements still a problem\n\n"
               "Kestrelford Borough Council's children's services were visited by Ofsted inspectors in June.\n\n"
               "A father from Eston, who asked not to be named, said his son's social worker had changed \"five times in a year\".\n\n"
               "A foster carer, who asked not to be named, said the council had \"always been there on the end of the phone\".\n", "2022-07-14")
    concerns = [f["evidence"] for f in d["concerns"]]
    improvements = [f["evidence"] for f in d["improvements"]]
    assert any(e.startswith("Ofsted: Kestrelford") for e in concerns) and any(e.startswith("Ofsted: Kestrelford") for e in improvements)
    assert any(e.startswith("A father from Eston") for e in concerns)
    assert any(e.startswith("A foster carer") for e in improvements)


@pytest.mark.parametrize("sentence, expected", [
    ("A father, who asked not to be named, said his son's social worker had changed \"five times in a year\".", "negative"),
    ("Leanne said her family had had three social workers in eight months.", "negative"),
    ("Visits happen three times in a year.", None),
    ("Placement stability (fewer than three placements in a year) has improved.", "positive"),
    ("A carer, who asked not to be named, said the council had \"always been there on the end of the phone\".", "positive"),
    ("A mother, who asked not to be named, said the meeting was in May.", None),
])
def test_workers_changed_over_and_over_and_an_aside_that_judges_nothing(sentence, expected):
    assert polarity(sentence) == expected


def test_a_date_posted_below_a_long_masthead_and_a_letter_published_earlier_this_month(tmp_path):
    masthead = "\n".join(["Skip to content", "Jo Bloggs MP", "Member of Parliament for Kestrelford", "",
                          "Home | About | News | Contact", "", "This website uses cookies. [Accept]", "", "News > Local news", "",
                          "Ofsted report on Kestrelford children's services: my response", ""])
    d = digest(tmp_path, masthead + """
Posted on Monday 11th March 2024 in Local news

Last Thursday Ofsted published its report on Kestrelford Borough Council's services for children, following a full inspection from 29 January to 9 February. Inspectors judged the council's services to require improvement to be good overall.

Ofsted inspectors who visited the council's fostering service over three days in late January last year found children were seen regularly. The letter from the focused visit, published earlier this month, was led by Her Majesty's Inspector Ann Roe.
""")
    assert d["document"]["published"] == "2024-03-11"
    ilacs = next(i for i in d["inspections"] if i["type"] == "ilacs")
    assert (ilacs["start"], ilacs["end"]) == ("2024-01-29", "2024-02-09")
    (visit,) = [i for i in d["inspections"] if i["type"] == "focused_visit"]  # one visit, not one more in March
    assert visit["start"] == "2023-01" and visit["inspectors"] == ["Ann Roe"]


def test_areas_that_also_require_improvement_in_a_report_published_last_month_after_an_inspection(tmp_path):
    d = digest(tmp_path, """Kestrelford puts £7m into children's social care

By Jo Bloggs | 14 September 2016 | Finance

Kestrelford Borough Council has agreed to add £7m to its children's social care budget, weeks after Ofsted said its services require improvement.

Ofsted's report, published last month after an inspection in June and July, judged overall effectiveness to require improvement. Services for children who need help and protection, care leavers and the leadership of the service also require improvement; services for children looked after were judged good.
""")
    (insp,) = d["inspections"]  # one inspection, this one, not a past one and another undated
    assert (insp["start"], insp["end"]) == ("2016-06", "2016-07")
    assert sorted((j["area"], j["grade"]) for j in insp["judgements"]) == [
        ("care_leavers", "requires_improvement"), ("children_in_care", "good"), ("help_and_protection", "requires_improvement"),
        ("leadership", "requires_improvement"), ("overall", "requires_improvement")]


def test_the_previous_month_is_before_the_date_just_named(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services require improvement

Kestrelford Borough Council's children's services require improvement to be good, Ofsted said on Thursday. Since the last full inspection there has been a focused visit in March 2022, and a joint targeted area inspection the previous October.
""", published="2024-03-11")
    jtai = next(i for i in d["inspections"] if i["type"] == "jtai")
    assert jtai["start"] == "2021-10"


def test_a_council_owning_its_weaknesses_in_its_own_words_states_a_finding(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services require improvement

Kestrelford Borough Council's children's services require improvement to be good, Ofsted said on Tuesday.

Director of children's services Ann Roe said: "We are not where we want to be yet. We let these children down, and we will fix it. We are sorry that families have waited too long for help."

"We are proud, but we are not complacent," she added. "We will not stand still."
""", published="2024-03-11")
    concerns = {f["evidence"] for f in d["concerns"]}
    assert any(e.endswith('"We are not where we want to be yet.') for e in concerns)
    assert {"We let these children down, and we will fix it.", 'We are sorry that families have waited too long for help."'} <= concerns
    assert not any("complacent" in e or "stand still" in e for e in concerns)


def test_a_visits_inspectors_and_the_inspection_last_year_and_a_police_inspector(tmp_path):
    d = digest(tmp_path, """OFSTED: KESTRELFORD CHILDREN'S SERVICES MAKING STEADY PROGRESS

Kestrelford Borough Council's children's services are making "steady progress" a year after being rated inadequate, Ofsted says.

The inspectorate's letter on the 4th monitoring visit, carried out on 21 and 22 May, was published yesterday.

HMI Ann Roe and Sam Hill found 19 children waiting for a first visit from a social worker, down from 140 when the council was inspected last year.

SALE: POLICE APPEAL AFTER CAR HITS CYCLIST

Inspector Dean Cole, of Greater Manchester Police, said: "We'd like to hear from anyone with dashcam footage."
""", published="2019-06-12")
    visits = [i for i in d["inspections"] if i["type"] == "monitoring_visit"]
    ilacs = [i for i in d["inspections"] if i["type"] == "ilacs"]
    assert [(v["start"], sorted(v["inspectors"])) for v in visits] == [("2019-05-21", ["Ann Roe", "Sam Hill"])]
    assert [(i["start"], [(j["area"], j["grade"]) for j in i["judgements"]], i["inspectors"]) for i in ilacs] == [
        ("2018", [("overall", "inadequate")], [])]  # one inspection, graded and dated
    assert {r["organisation"] for p in d["people"] if p["name"] == "Dean Cole" for r in p["roles"]} == {"Greater Manchester Police"}


def test_areas_listed_before_their_grade_and_an_older_inspection_graded_in_the_sentence_after(tmp_path):
    d = digest(tmp_path, """Has Kestrelford been outstanding for ten years?

Kestrelford has been rated outstanding since 2019, the council says. Kestrelford's most recent full inspection took place three years ago, under the framework Ofsted introduced in 2018. Its report judged overall effectiveness, help and protection and leadership outstanding, and the experiences of children in care and of care leavers as good.

Before that, Kestrelford was inspected in 2014 under Ofsted's previous framework. It was rated good overall. Adoption services were judged outstanding, and the local safeguarding children board was judged good.

In 2017, Kestrelford was also one of the areas visited during a joint targeted area inspection looking at neglect. Joint inspections do not give grades.
""", published="2022-04-26")
    ilacs = {i["start"]: sorted((j["area"] or "-", j["grade"]) for j in i["judgements"]) for i in d["inspections"] if i["type"] == "ilacs"}
    assert ilacs == {"2019": [("care_leavers", "good"), ("children_in_care", "good"), ("help_and_protection", "outstanding"),
                              ("leadership", "outstanding"), ("overall", "outstanding")],
                     "2014": [("-", "good"), ("-", "outstanding"), ("overall", "good")]}
    assert [i["start"] for i in d["inspections"] if i["type"] == "jtai"] == ["2017"]  # not one more, "Joint inspections do not give grades"


def test_the_next_spring_after_the_year_named_and_the_inspector_who_led_the_visit(tmp_path):
    d = digest(tmp_path, """Kestrelford focused visit finds children seen quickly

Ofsted inspectors visited Kestrelford Borough Council's children's services on 7-8 May to look at the front door. Ofsted's Jo Roe, who led the visit, said leaders knew their services well.

The council was rated requires improvement in 2018. A focused visit followed the next spring.
""", published="2024-06-11")
    visits = {v["start"]: v["inspectors"] for v in d["inspections"] if v["type"] == "focused_visit"}
    assert visits == {"2024-05-07": ["Jo Roe"], "2019": []}
    assert [(r["title"], r["organisation"]) for p in d["people"] if p["name"] == "Jo Roe" for r in p["roles"]] == [("lead inspector", "Ofsted")]


def test_a_step_up_from_the_year_when_and_a_neighbours_visit_is_the_neighbours(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services rated good, while neighbour struggles

Kestrelford Borough Council's children's services have been rated good by Ofsted, with children in care judged outstanding. The inspection took place between 13 and 24 January, Ofsted said on Tuesday.

It is a step up from 2018, when Kestrelford was judged to require improvement.

Neighbouring Middlesbrough Council, by contrast, was rated inadequate in 2022 and received its third monitoring visit in February.
""", published="2025-02-06")
    got = sorted((i["council"], i["type"], i["start"], tuple((j["area"], j["grade"]) for j in i["judgements"])) for i in d["inspections"])
    assert got == [("Kestrelford Borough Council", "ilacs", "2018", (("overall", "requires_improvement"),)),
                   ("Kestrelford Borough Council", "ilacs", "2025-01-13", (("overall", "good"), ("children_in_care", "outstanding"))),
                   ("Middlesbrough Council", "ilacs", "2022", (("overall", "inadequate"),)),
                   ("Middlesbrough Council", "monitoring_visit", "2025-02", ())]


def test_areas_graded_right_after_their_names_in_a_with_clause():
    from loaders.inspections.news import grade_mentions
    got = grade_mentions("Ofsted rated the council's children's services good, with adoption and leadership outstanding.")
    assert sorted((a or "-", g) for g, a, _ in got) == [("-", "outstanding"), ("leadership", "outstanding"), ("overall", "good")]


def test_a_council_that_requires_improvement_overall():
    from loaders.inspections.news import grade_mentions
    assert [(g, a) for g, a, _ in grade_mentions("Kestrelford Borough Council requires improvement overall.")] == [("requires_improvement", "overall")]
    assert grade_mentions("The council requires improvement in how it plans for care leavers.") == []


def test_a_report_published_last_month_dates_no_inspection_and_who_led_the_one_that_took_place(tmp_path):
    d = digest(tmp_path, """Q&A: the director on Kestrelford's good rating

Kestrelford Borough Council's children's services were rated good overall by Ofsted in a report published last month, with children in care and care leavers judged outstanding. The inspection took place from 4 to 15 November 2019 and was led by Jo Marsh.
""", published="2020-02-12")
    (insp,) = d["inspections"]
    assert (insp["start"], insp["end"], insp["inspectors"]) == ("2019-11-04", "2019-11-15", ["Jo Marsh"])


def test_the_inspectors_of_a_joint_inspection_who_visited_over_a_week(tmp_path):
    d = digest(tmp_path, """Joint inspection praises Kestrelford's response to domestic abuse

A joint targeted area inspection of how agencies in Kestrelford respond to children living with domestic abuse has found that partners share information quickly.

Inspectors from Ofsted, the Care Quality Commission, HMICFRS and HM Inspectorate of Probation visited over the week of 11 September. The inspection was led by Ofsted's Jo Marsh.

Kestrelford Borough Council's children's services were rated good in 2022.
""", published="2023-11-15")
    assert [(i["type"], i["start"], i["inspectors"]) for i in d["inspections"] if i["type"] != "ilacs"] == [("jtai", "2023-09-11", ["Jo Marsh"])]


def test_everything_else_is_the_areas_not_yet_graded():
    from loaders.inspections.news import grade_mentions
    assert [(a, g) for g, a, _ in grade_mentions("Children in care were judged outstanding and everything else good.")] == [
        ("children_in_care", "outstanding"), ("help_and_protection", "good"), ("care_leavers", "good"), ("leadership", "good")]
    # the sentence before named the area set apart
    assert [(a, g) for g, a, _ in grade_mentions("Everything else was judged good.", "children_in_care")] == [
        ("help_and_protection", "good"), ("care_leavers", "good"), ("leadership", "good")]


def test_a_grade_said_after_it_by_ofsted_is_the_services_not_its_staffs(tmp_path):
    tail = "\n\nInspectors visited between 4 and 15 March.\n\nThe council welcomed the report and thanked its staff.\n"
    for said in ("Ofsted said in a report published on Tuesday", "Ofsted inspectors have found", "Ofsted's report concluded"):
        d = digest(tmp_path, f"Kestrelford news\n\nKestrelford Borough Council's children's services are good, {said}.{tail}",
                   published="2024-04-23")
        [i] = d["inspections"]  # (the visit's dates are the graded inspection's, not a visit of their own)
        assert (i["type"], i["start"], i["end"], [(j["area"], j["grade"]) for j in i["judgements"]]) == \
            ("ilacs", "2024-03-04", "2024-03-15", [("overall", "good")])
    d = digest(tmp_path, "Kestrelford news\n\nThe staff are good, Ofsted said in its report on Kestrelford Borough Council's "
                         f"children's services.{tail}", published="2024-04-23")
    assert not [j for i in d["inspections"] for j in i["judgements"]]


def test_services_for_children_are_news_of_childrens_services(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nOfsted says Kestrelford Borough Council's services for children are good.\n\n"
                         "The council welcomed the report and thanked its staff.\n", published="2024-04-23")
    assert [(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]] == [("overall", "good")]


def test_an_upgrade_said_beside_the_grade_is_progress(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nKestrelford Borough Council’s children’s services are “good”, Ofsted has said – an "
                         "upgrade on the borough’s previous rating.\n\nThe council welcomed the report and thanked its staff.\n",
               published="2024-04-23")
    assert {c["evidence"][:40] for c in d["improvements"]} == {"Kestrelford Borough Council’s children’s"}


def test_a_council_named_in_an_aside_does_not_take_the_grade_of_the_council_it_describes(tmp_path):
    d = digest(tmp_path, "Kestrelford stays outstanding\n\nKestrelford Borough Council's children's services have been rated "
                         "outstanding by Ofsted, in a report published last Friday.\n\nThe neighbouring Royal Borough of Kensington and "
                         "Chelsea, whose children's services were for many years run jointly with Kestrelford's, was rated good in an "
                         "inspection report published in May.\n", published="2022-07-22")
    grades = {(i["council"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert grades == {("Kestrelford Borough Council", "outstanding"), ("Royal Borough of Kensington and Chelsea", "good")}


def test_a_headline_that_weighs_the_inspection_is_a_finding_a_verdict_alone_is_not(tmp_path):
    body = ("\n\nKestrelford Borough Council's children's services have been rated outstanding by Ofsted, in a report "
            "published last Friday.\n\nThe council welcomed the report.\n")
    d = digest(tmp_path, "Kestrelford keeps 'outstanding' Ofsted rating - but care leavers still waiting for homes" + body,
               published="2022-07-22")
    assert {c["evidence"][:30] for c in d["concerns"]} == {"Kestrelford keeps 'outstanding"}
    for verdict in ("Kestrelford secures improved Ofsted rating", "Damning judgement of Kestrelford's children's services in Ofsted report",
                    "Kestrelford care leavers await verdict despite good Ofsted rating"):
        d = digest(tmp_path, verdict + body, published="2022-07-22")
        assert not [c for c in d["concerns"] + d["improvements"] if c["evidence"] == verdict], verdict


def test_an_inadequate_report_dates_its_visit_and_an_asides_year_dates_no_neighbours_visit(tmp_path):
    d = digest(tmp_path, "Society | Social care\n\nKestrelford children's services rated inadequate\n\nHarriet Vance Social affairs "
                         "correspondent\nWed 13 Nov 2019 18.01 GMT\n\nChildren's services in Kestrelford have been rated inadequate by "
                         "Ofsted after inspectors found children being left in neglectful homes for months while their cases drifted.\n\n"
                         "Inspectors, who visited in September, said managers had lost sight of more than 100 children.\n\n"
                         "\"I apologise to every child and family we have let down, and there are no excuses,\" the council's leader said.\n\n"
                         "Next door in Sandwell, where services were moved into an independent trust in 2018, a monitoring visit in October "
                         "found progress.\n")
    assert d["document"]["published"] == "2019-11-13"
    by_council = {(i["council"], i["type"]): i for i in d["inspections"]}
    assert by_council[("Kestrelford Council", "ilacs")]["start"] == "2019-09"
    assert ("Kestrelford Council", "monitoring_visit") not in by_council
    assert by_council[("Sandwell Council", "monitoring_visit")]["start"] in (None, "2019-10")
    assert {c["evidence"][:25] for c in d["concerns"]} >= {"Children's services in Ke", "\"I apologise to every chi"}


def test_a_neighbour_named_once_with_a_joint_inspection_of_its_own_is_listed_with_it(tmp_path):
    d = digest(tmp_path, "Kestrelford partners told to share information\n\nA joint targeted area inspection of Kestrelford Borough "
                         "Council and its partners in October found that agencies did not always share information.\n\n"
                         "Neighbouring Halton was the subject of a JTAI on the same theme in March, which found a shared commitment.\n\n"
                         "Ofsted said children at risk of exploitation were not always protected.\n",
               published="2023-12-05")
    assert [c["name"] for c in d["councils"]] == ["Kestrelford Borough Council", "Halton Borough Council"]
    assert sorted((i["council"], i["type"], i["start"]) for i in d["inspections"]) == [
        ("Halton Borough Council", "jtai", "2023-03"), ("Kestrelford Borough Council", "jtai", "2023-10")]


def test_what_inspectors_picked_out_and_staff_the_council_credits_are_strengths(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good\n\nKestrelford Borough Council's children's services have been rated "
                         "good by Ofsted.\n\nInspectors also recognised the council's early help service, which worked with more than "
                         "2,600 families last year.\n\nThe report highlights that 71 care leavers are now at college.\n\n"
                         "Inspectors recognised the council's need to improve its fostering service.\n\n"
                         "\"Our social workers do an extraordinary job in difficult circumstances, and I want to thank every one of "
                         "them,\" the council's director said.\n\nThe director said the partners accepted every finding.\n",
               published="2024-05-14")
    assert {c["evidence"][:25] for c in d["improvements"]} == {"Inspectors also recognise", "The report highlights tha",
                                                                "\"Our social workers do an"}
    assert "The director said the partners accepted every finding." in {r["evidence"] for r in d["responses"]}


def test_last_friday_written_on_a_friday_and_a_neighbours_report_published_in_may(tmp_path):
    d = digest(tmp_path, "Kestrelford stays outstanding\n\nKestrelford Borough Council's children's services have been rated "
                         "outstanding by Ofsted.\n\nOfsted inspected the council from 6 to 17 June, and its report was published last "
                         "Friday.\n\nThe neighbouring Royal Borough of Kensington and Chelsea was rated good in an inspection report "
                         "published in May.\n", published="2022-07-22")
    assert {(i["council"], i["published"]) for i in d["inspections"]} == {
        ("Kestrelford Borough Council", "2022-07-15"), ("Royal Borough of Kensington and Chelsea", "2022-05")}


def test_one_of_the_councils_rated_inadequate_is_no_strength(tmp_path):
    d = digest(tmp_path, "Kestrelford rated inadequate\n\nKestrelford Borough Council's children's services have been rated inadequate "
                         "by Ofsted.\n\nKestrelford is now one of 20 councils in England whose children's services are rated "
                         "inadequate, according to figures compiled by the Daily.\n\nKestrelford is one of only three councils to "
                         "be rated outstanding in every area.\n", published="2019-11-13")
    assert not [i for i in d["improvements"] if "inadequate" in i["evidence"]]


def test_a_byline_date_after_on_the_councils_leaders_and_money_spent_over_two_years(tmp_path):
    d = digest(tmp_path, "Frontline Care News\n\nKestrelford slips to 'requires improvement'\n\nby Maddie Asante\non June 17, 2022 in Children\n\n"
                         "Kestrelford Borough Council's children's services have been rated \"requires improvement to be good\" by Ofsted, "
                         "slipping from the good rating they were given in 2018.\n\nThe inspection, carried out between 13 and 24 May, found "
                         "that help and protection for children and the impact of the council's leaders both required improvement.\n\n"
                         "The director said the council would spend £900,000 over two years on a \"grow your own\" academy, since the "
                         "inspection had found too many agency staff.\n\nNeighbouring North Lincolnshire Council, whose children's services were rated "
                         "outstanding in a report published in the spring, was praised for its early help.\n")
    assert d["document"]["published"] == "2022-06-17"
    now = next(i for i in d["inspections"] if i["start"] == "2022-05-13")
    assert sorted((j["area"], j["grade"]) for j in now["judgements"]) == [
        ("help_and_protection", "requires_improvement"), ("leadership", "requires_improvement"), ("overall", "requires_improvement")]
    assert sorted(i["start"] or "" for i in d["inspections"] if i["council"].startswith("Kestrelford")) == ["2018", "2022-05-13"]


def test_page_furniture_a_question_and_a_greeting_are_no_findings_an_apology_a_response(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated inadequate\n\nGood morning and welcome to our live coverage as Ofsted "
                         "publishes its report today.\n\nOfsted rated Kestrelford Borough Council's children's services inadequate.\n\n"
                         "What was less positive?\n\nFocused visits are not graded.\n\nThe council leader said: \"I want to apologise, "
                         "unreservedly, to every child who waited. We got this badly wrong.\"\n\nHe said the council had brought in 25 agency "
                         "social workers within days of the inspection.\n\nThe director said the council \"fully accepts\" the report.\n\n"
                         "Jane Ross is a Local Democracy Reporter for the Grimsby area.\n\nRELATED STORIES\n"
                         "- Grimsby fish market trader celebrates 50 years\n- Seafront plans go on show\n", published="2020-03-05")
    findings = {c["evidence"] for c in d["concerns"] + d["improvements"]}
    assert not findings & {"Good morning and welcome to our live coverage as Ofsted publishes its report today.",
                           "What was less positive?", "Focused visits are not graded.",
                           "Jane Ross is a Local Democracy Reporter for the Grimsby area.", "Grimsby fish market trader celebrates 50 years"}
    assert "We got this badly wrong.\"" in {c["evidence"] for c in d["concerns"]}
    responded = [r["evidence"] for r in d["responses"]]
    for opening in ("The council leader said: \"I want to apologise", "He said the council had brought", "The director said the council \"fully"):
        assert any(e.startswith(opening) for e in responded), opening


def test_a_name_alone_who_led_the_inspection_is_its_lead_inspector_not_who_led_a_council_team(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nOfsted rated Kestrelford Borough Council's children's services good.\n\nSarah Collins, who led "
                         "the inspection, said leaders knew their services well.\n\nJane Roe, who led the council's improvement team, said "
                         "it was a good day.\n", published="2023-03-02")
    assert [i["inspectors"] for i in d["inspections"]] == [["Sarah Collins"]]
    roles = {p["name"]: [r["title"] for r in p["roles"]] for p in d["people"]}
    assert roles["Sarah Collins"] == ["lead inspector"] and "lead inspector" not in roles.get("Jane Roe", [])


def test_the_same_grade_it_received_in_a_year_is_an_earlier_inspections_grade(tmp_path):
    for sentence in ("In 2018 the council was rated requires improvement, the same grade it received in 2014.",
                     "The council was judged to require improvement in 2018 and was given the same overall grade in 2014."):
        d = digest(tmp_path, f"Kestrelford news\n\nOfsted rated Kestrelford Borough Council's children's services good.\n\n{sentence}\n",
                   published="2023-03-02")
        assert sorted((i["start"] or "", [(j["area"], j["grade"]) for j in i["judgements"]]) for i in d["inspections"]) == [
            ("", [("overall", "good")]), ("2014", [("overall", "requires_improvement")]), ("2018", [("overall", "requires_improvement")])]


def test_a_visit_reported_beside_last_years_grade_and_a_reinspection_still_to_come(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nA council whose children's services were rated inadequate last year is making progress, "
                         "inspectors have said.\n\nOfsted carried out its fifth monitoring visit to Kestrelford Borough Council on 12 and "
                         "13 June.\n\nThe findings were released this morning.\n\nKestrelford was rated inadequate in 2022.\n\n"
                         "A full reinspection is expected next year.\n", published="2023-07-14")
    assert sorted((i["type"], i["start"], i["published"]) for i in d["inspections"]) == [
        ("ilacs", "2022", None), ("monitoring_visit", "2023-06-12", "2023-07-14")]


def test_remains_good_the_same_grade_it_received_at_its_last_inspection_is_the_overall_grade(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nOfsted inspectors spent two weeks looking at children's services in the borough "
                         "in November.\n\nInspectors judged Kestrelford Borough Council good for the help and protection of children. The impact of leaders was judged "
                         "outstanding, and the council remains good overall, the same grade it received at its last full inspection in "
                         "2019.\n", published="2023-01-19")
    old = next(i for i in d["inspections"] if i["start"] == "2019")
    assert [(j["area"], j["grade"]) for j in old["judgements"]] == [("overall", "good")]


def test_what_the_report_said_came_of_an_action_is_a_strength_and_a_quoted_shortage_a_weakness(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nOfsted rated Kestrelford Borough Council's children's services good.\n\nThe report said "
                         "caseloads had fallen to an average of 19 children per social worker, from 27 at the time of the last full "
                         "inspection.\n\nHowever, the letter said a \"significant shortage\" of foster carers meant that some children "
                         "had to move far from home.\n", published="2023-11-21")
    assert any(i["evidence"].startswith("The report said caseloads had fallen") for i in d["improvements"])
    assert any(c["evidence"].startswith("However, the letter said a") for c in d["concerns"])
    assert not any(i["evidence"].startswith("However, the letter said a") for i in d["improvements"])


def test_a_council_saying_it_has_a_long_way_to_go_or_more_to_do_owns_a_weakness(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nOfsted rated Kestrelford Borough Council's children's services good.\n\nCare leavers were "
                         "the report's highlight.\n\nThe director, Jane Roe, said: \"We are proud of our staff. We have a long way still "
                         "to go.\"\n\nCouncil leader Tom Hale said: \"There is more to do for our teenagers, and we have listened.\"\n",
               published="2023-11-21")
    assert {c["evidence"][:22] for c in d["concerns"]} >= {"We have a long way sti", "Council leader Tom Hal"}
    assert "Care leavers were the report's highlight." in {i["evidence"] for i in d["improvements"]}


def test_areas_for_the_partnership_to_strengthen_are_a_weakness(tmp_path):
    d = digest(tmp_path, "Kestrelford news\n\nAn Ofsted joint inspection of Kestrelford Borough Council and its partners praised their safeguarding work with "
                         "children at risk of exploitation.\n\nThe letter identifies two areas for the partnership to strengthen.\n",
               published="2023-11-21")
    assert "The letter identifies two areas for the partnership to strengthen." in {c["evidence"] for c in d["concerns"]}
    assert "The letter identifies two areas for the partnership to strengthen." not in {i["evidence"] for i in d["improvements"]}


@pytest.mark.parametrize("sentence, expected", [
    # (news golded blind: rnews30, rnews31)
    ("Ofsted identified no areas for improvement in the council's work with care leavers.", "positive"),
    ("The trust was praised for identifying areas of weakness and taking steps to build on good practice.", "positive"),
    ("Inspectors found partnerships strive to support families at the lowest level of intervention.", None),
    ("The council declared effective bankruptcy last year.", None),
    ("Its services were given the lowest level of rating in every area.", "negative"),
])
def test_nothing_to_improve_weaknesses_owned_and_what_is_not_praise(sentence, expected):
    assert polarity(sentence) == expected


def test_a_ranking_beside_grades_what_still_needs_improving_and_what_inspectors_have_seen(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated outstanding by Ofsted\n\n"
               "Kestrelford has become the fifth council to be rated outstanding under the new framework and was rated 'good' in 2015.\n\n"
               "However, inspectors found that children need the pace of change to be improved to increase their life chances.\n\n"
               "Cllr Sam Hill said: “I am pleased to see that the inspectors have seen some improvements but we have a lot of work still to do.”\n",
               published="2024-05-10")
    improvements = [f["evidence"][:30] for f in d["improvements"]]
    concerns = [f["evidence"][:30] for f in d["concerns"]]
    assert "Kestrelford has become the fif" in improvements
    assert "However, inspectors found that" in concerns and "However, inspectors found that" not in improvements
    assert "Cllr Sam Hill said: “I am plea" in improvements and "Cllr Sam Hill said: “I am plea" in concerns


@pytest.mark.parametrize("sentence, expected", [
    ("It also noted that some children are experiencing care from numerous different caregivers.", "negative"),
    ("It remains the case that some children have had a number of changes of social worker.", "negative"),
    ("However, inspectors highlighted issues with record-keeping and oversight from senior managers.", "negative"),
    ("Inspectors said arrangements for care leavers in custody needed further improvement too.", "negative"),
    ("For some young people leaving care, the earlier intervention had been transformative.", "positive"),
    # knowing what needs improving is the strength
    ("Senior managers were aware of all areas identified before the inspection which needed improvement.", "positive"),
])
def test_many_carers_issues_highlighted_and_improvement_still_needed(sentence, expected):
    assert polarity(sentence) == expected


def test_a_grade_kept_says_how_far_the_service_has_come(tmp_path):
    d = digest(tmp_path, "Ofsted finds Kestrelford children's services remain 'inadequate' with rating unchanged since 2020\n\n"
               "A re-inspection of Kestrelford Council's children's services found they remain 'inadequate'.\n\n"
               "The council's fostering service was rated good in 2019.\n", published="2024-05-10")
    assert {f["evidence"][:20] for f in d["concerns"]} == {"Ofsted finds Kestrel", "A re-inspection of K"}
    assert not any(f["evidence"].startswith("The council's fostering") for f in d["concerns"] + d["improvements"])


def test_an_article_on_two_councils_results_gives_each_its_own(tmp_path):
    # the sentences after one on the other council, naming none, speak of it; an earlier framework's year is that grade's
    d = digest(tmp_path, "Kestrelford Borough Council's children's social care services have been rated 'outstanding' by Ofsted, while "
               "Calderdale MBC has achieved a 'good' rating after previously being subject to government intervention.\n\n"
               "Inspectors who visited Kestrelford in October found partnerships strive to support families.\n\n"
               "Kestrelford has become the fifth council to be rated outstanding under the new framework introduced this year and was "
               "rated 'good' under the previous single inspection framework in 2015.\n\n"
               "The government issued a series of directions to Calderdale between 2010 and 2013. The council was subsequently rated "
               "'requires improvement' in 2015.\n\n"
               "An inspection in November has resulted in a 'good' rating with \"strong and effective leadership\".\n",
               published="2018-12-19")
    got = sorted((i["council"], i["start"], tuple(j["grade"] for j in i["judgements"])) for i in d["inspections"])
    assert got == [("Calderdale Council", "2015", ("requires_improvement",)), ("Calderdale Council", "2018-11", ("good",)),
                   ("Kestrelford Borough Council", "2015", ("good",)), ("Kestrelford Borough Council", "2018-10", ("outstanding",))]


def test_councils_the_subject_joins_are_listed_and_the_grade_is_the_subjects(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated outstanding by Ofsted\n\n"
               "Kestrelford Borough Council has joined Hampshire, Kensington and Chelsea, North Yorkshire and Westminster in being "
               "awarded the top grade overall, following a full inspection last month.\n", published="2022-11-30")
    assert {c["ons_code"] for c in d["councils"]} >= {"E10000014", "E09000020", "E06000065", "E09000033"}
    assert [(i["council"], [j["grade"] for j in i["judgements"]]) for i in d["inspections"]] == [("Kestrelford Borough Council", ["outstanding"])]


@pytest.mark.parametrize("sentence, expected", [
    ("They found particular problems around the council's approach to risk and response to chronic neglect.", "negative"),
    ("The report highlighted 11 aspects of Kestrelford Borough Council's care which raised concerns.", "negative"),
    ("The inspector made it clear that services for children in Kestrelford require much further progress.", "negative"),
    ("Inspectors identified areas of improvement, many of which we had identified ourselves.", "negative"),
    # knowing them already, or acting on any found, is the strength
    ("Senior managers know the organisation well; they had already identified the areas for improvement and were acting.", "positive"),
    ("Leaders use performance information to understand performance and respond to any identified areas for improvement.", "positive"),
])
def test_problems_found_concerns_raised_and_progress_still_required(sentence, expected):
    assert polarity(sentence) == expected


def test_the_lower_grade_of_one_area_is_a_weakness(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good by Ofsted\n\n"
               "Kestrelford Borough Council has received its first 'good' rating for its children's services.\n\n"
               "But it received the lower 'requires improvement' rating for the experiences and progress of children in care.\n",
               published="2023-05-10")
    assert [c["evidence"][:25] for c in d["concerns"]][:1] == ["But it received the lower"]


def test_praise_of_a_person_a_first_good_rating_and_praise_a_councillor_reports(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good by Ofsted\n\n"
               "Kestrelford Borough Council has received its first 'good' rating for its children's services department.\n\n"
               "Jo Roe was also praised for leading a strong and stable team since her appointment as director in 2013.\n\n"
               "He said: “Inspectors had a lot of praise for the work our staff have done to improve the service.”\n\n"
               "Jo Roe said she was proud of the team.\n", published="2023-05-10")
    got = {f["evidence"][:20] for f in d["improvements"]}
    assert got >= {"Kestrelford Borough ", "Jo Roe was also prai", "He said: “Inspectors"}
    assert "Jo Roe said she was " not in got  # her own words, not a finding


def test_the_previous_report_dated_by_its_publication(tmp_path):
    d = digest(tmp_path, "Ofsted finds Kestrelford children's services remain inadequate\n\n"
               "In an inspection report published this week Ofsted rated the council's children's social care as inadequate, "
               "the same rating as its previous inspection report published in March 2020.\n", published="2025-05-16")
    old = [i for i in d["inspections"] if i["published"] == "2020-03"]
    assert len(old) == 1 and [j["grade"] for j in old[0]["judgements"]] == ["inadequate"] and old[0]["start"] is None


def test_a_focussed_visit_months_possessive_years_of_grades_and_an_inspection_since(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services praised after Ofsted visit\n\n"
               "Care for children by Kestrelford council remains 'inconsistent' after years of its children's services being "
               "deemed as 'requiring improvement' and 'inadequate' by watchdog Ofsted.\n\n"
               "After February's 'focused visit' inspectors said leaders knew their service well.\n\n"
               "The focussed visit, carried out in July, found that since the Ofsted single inspection in 2015, senior leaders "
               "have worked hard.\n", published="2019-04-03")
    got = {(i["type"], i["start"]) for i in d["inspections"]}
    assert ("ilacs", "2015") in got and ("focused_visit", "2019-02") in got
    assert not any(i["type"] == "ilacs" and not i["start"] and i["judgements"] and i.get("published") for i in d["inspections"])
    visits = [i for i in d["inspections"] if i["type"] == "focused_visit"]
    assert visits and all(i["start"] != "2015" for i in visits)


@pytest.mark.parametrize("sentence, expected", [
    ("Two recommendations were identified to support further improvements over the coming year.", "negative"),
    ("Areas for improvement identified by the inspectors included the timeliness of referrals by police.", "negative"),
    ("A wider Ofsted inspection in 2022 found some areas that the council could improve.", "negative"),
    ("Ofsted had for years been critical of the high number of children in council care.", "negative"),
    ("Inspectors said there was evidence of \"renewed energy and focus\" since the previous inspection.", "positive"),
])
def test_recommendations_made_areas_to_improve_criticism_and_renewed_energy(sentence, expected):
    assert polarity(sentence) == expected


def test_what_these_include_is_what_the_sentence_before_named():
    from loaders.findings import classify
    from loaders.debris import content_spans
    text = ("Two recommendations were identified to support further improvements.\n"
            "This included a wider partnership understanding of thresholds.\n"
            "Social workers know their children well.\n"
            "This includes children who live with relatives.\n")
    pols = [p for _sp, p, _t in classify(content_spans(text))]
    assert pols[:3] == ["negative", "negative", "positive"] and pols[3] != "negative"


def test_an_officer_reporting_what_this_report_shows_or_the_lead_inspector_said_and_challenging_circumstances(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services improving, Ofsted says\n\n"
               "Jo Roe, the council's director of children's services, said: \"Whilst there is still work to be done this report "
               "shows that children's services in Kestrelford have started to improve.\"\n\n"
               "He told the scrutiny panel: “The lead inspector said to me very clearly it was uniquely positive.”\n\n"
               "The visit found that senior leaders have continued to work extremely hard, in challenging circumstances, to help "
               "and protect vulnerable children.\n", published="2024-05-10")
    concerns = {f["evidence"][:12] for f in d["concerns"]}
    improvements = {f["evidence"][:12] for f in d["improvements"]}
    assert "Jo Roe, the " in concerns and "He told the " in improvements and "The visit fo" in improvements
    assert "The visit fo" not in concerns


def test_a_grade_aimed_at_is_none_and_significant_improvement_required_is_requires_improvement(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services improved but failings remain, Ofsted says\n\n"
               "Kestrelford Borough Council's services for children in need of help and protection were judged overall to require "
               "significant improvement following an inspection in March.\n\n"
               "“We will continue to make progress towards a good or outstanding Ofsted rating,” the council said.\n",
               published="2015-05-10")
    grades = [j["grade"] for i in d["inspections"] for j in i["judgements"]]
    assert grades == ["requires_improvement"]


def test_a_quoted_sentence_that_opens_on_its_year_dates_its_grade(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good by Ofsted\n\n"
               "Kestrelford Borough Council has received its first 'good' rating for its children's services, after an inspection in February.\n\n"
               "The report said: \"In 2018, inspectors judged Kestrelford children's services to require improvement to be good. "
               "Since then, leaders have made considerable progress.\"\n", published="2023-04-10")
    got = sorted((i["start"], tuple(j["grade"] for j in i["judgements"])) for i in d["inspections"])
    assert got == [("2018", ("requires_improvement",)), ("2023-02", ("good",))]


def test_a_quoted_sentence_weighing_a_strength_against_a_weakness_is_both(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated good by Ofsted\n\n"
               "Kestrelford Borough Council's children's services have been rated good by Ofsted.\n\n"
               "\"While many children in care are supported well, others have experienced significant delay in achieving permanence,\" it added.\n",
               published="2023-04-10")
    weighed = "\"While many children in care"
    assert any(f["evidence"].startswith(weighed) for f in d["improvements"]) and any(f["evidence"].startswith(weighed) for f in d["concerns"])


def test_how_the_framework_treats_each_grade_is_no_grade_and_no_finding(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated inadequate by Ofsted\n\n"
               "Kestrelford Borough Council's children's services have been rated inadequate by Ofsted.\n\n"
               "Under the new system, local authorities that are rated \"good\" or \"outstanding\" receive a short one-week inspection "
               "every three years while those graded as \"requires improvement\" will get a standard two-week inspection.\n",
               published="2018-10-10")
    assert [j["grade"] for i in d["inspections"] for j in i["judgements"]] == ["inadequate"]
    assert not any(f["evidence"].startswith("Under the new system") for f in d["concerns"] + d["improvements"])


def test_children_in_need_of_help_and_protection_is_that_area_and_all_categories_bar_one(tmp_path):
    d = digest(tmp_path, "Kestrelford rated outstanding across the board by Ofsted\n\n"
               "Kestrelford Borough Council has been awarded the top grade overall, as well as for leadership, provision for children "
               "in care and care leavers and services for children in need of help and protection, following a full inspection last month.\n\n"
               "At its previous inspection, in 2017, it was rated 'outstanding' in all categories bar children in need of help and "
               "protection, for which it was 'good'.\n", published="2022-11-30")
    got = {i["start"]: {(j["area"], j["grade"]) for j in i["judgements"]} for i in d["inspections"]}
    assert ("help_and_protection", "outstanding") in got["2022-10"]
    assert got["2017"] >= {("leadership", "outstanding"), ("children_in_care", "outstanding"), ("help_and_protection", "good")}


_PAD = (" The council said it was pleased with the findings and would keep working to improve. Staff across the service were "
        "thanked for their hard work by the director.")


def _grades_by_year(tmp_path, body: str) -> set[tuple[str, str]]:
    d = digest(tmp_path, "Kestrelford children's services rated good by Ofsted\n\n" + body + _PAD + "\n", published="2024-05-10")
    return {((i["start"] or "")[:4], j["grade"]) for i in d["inspections"] for j in i["judgements"]}


def test_each_past_grade_takes_the_year_of_its_own_clause(tmp_path):
    got = _grades_by_year(tmp_path, "Ofsted rated the council's services for children good in March. In 2015 it was judged "
                                    "inadequate and in 2018 it required improvement.")
    assert got == {("2024", "good"), ("2015", "inadequate"), ("2018", "requires_improvement")}
    got = _grades_by_year(tmp_path, "Ofsted rated the council's services for children good in March. Back in 2015 the service "
                                    "was inadequate, and by 2018 it had improved to requires improvement.")
    assert got == {("2024", "good"), ("2015", "inadequate"), ("2018", "requires_improvement")}


def test_a_grade_some_years_before_the_news_is_an_earlier_inspections(tmp_path):
    got = _grades_by_year(tmp_path, "Ofsted rated the council's services for children good in March, three years after it was "
                                    "found to require improvement.")
    assert got == {("2024", "good"), ("2021", "requires_improvement")}


def _judgements_of(tmp_path, body: str, published: str) -> set[tuple[str, str]]:
    d = digest(tmp_path, "Kestrelford children's services rated by Ofsted\n\n" + body + _PAD + "\n", published=published)
    return {(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}


def test_a_grade_in_every_area_is_each_judgement_of_the_framework_of_its_year(tmp_path):
    every = {"overall", "help_and_protection", "children_in_care", "leadership"}
    body = "Kestrelford's children's services were rated 'good' across the board after an inspection in March."
    assert _judgements_of(tmp_path, body, "2024-05-10") == {(a, "good") for a in every | {"care_leavers"}}
    body = "Kestrelford's children's services were judged to require improvement in all areas after an inspection in March."
    assert _judgements_of(tmp_path, body, "2019-05-10") == {(a, "requires_improvement") for a in every}  # care leavers with children in care
    assert _judgements_of(tmp_path, body, "2016-05-10") == {(a, "requires_improvement") for a in every | {"care_leavers"}}  # a sub-judgement
    body = "Kestrelford was rated good in all areas except leadership, which was rated outstanding, after an inspection in March."
    assert _judgements_of(tmp_path, body, "2024-05-10") == {(a, "good") for a in every - {"leadership"} | {"care_leavers"}} | {
        ("leadership", "outstanding")}


def test_a_grade_in_a_list_of_grades_each_for_its_area(tmp_path):
    body = ("After an inspection in March, Ofsted rated Kestrelford good for the impact of leaders, requires improvement for "
            "children who need help and protection, and good for children in care and care leavers.")
    assert _judgements_of(tmp_path, body, "2024-05-10") == {("leadership", "good"), ("help_and_protection", "requires_improvement"),
                                                           ("children_in_care", "good"), ("care_leavers", "good")}


def _kinds_of(tmp_path, sentence: str) -> set[str]:
    d = digest(tmp_path, "Kestrelford children's services require improvement, says Ofsted\n\nOfsted has rated Kestrelford Council's "
                         "children's services as requires improvement after an inspection in March.\n\n" + sentence +
               "\n\nThe council said it would publish its response next month.\n")
    return {k for k in ("concerns", "improvements", "responses") for it in d[k] if it["evidence"].startswith(sentence[:30])}


@pytest.mark.parametrize("sentence, kinds", [
    ("However, the report also exposed some significant flaws across the borough's child services.", {"concerns"}),
    ("However, inspectors encouraged the council to improve co-ordination of early help support so it is more consistent.", {"concerns"}),
    ("The report also recommends some minor areas of improvement for services to care leavers.", {"concerns"}),
    ("Social workers were applauded for their energy and empathy.", {"improvements"}),
    ("The council was recognised for its empathetic approach.", {"improvements"}),
    ("Support and training for foster carers was also praised.", {"improvements"}),  # praised, not done in answer
    ("Ofsted also acknowledged the support offered to families in cases where the threshold for statutory help was not met.",
     {"improvements"}),
    ("A number of steps have already been taken, inspectors said.", {"responses"}),
    ('Council leader Mark Dean described the authority as being "absolutely determined to raise standards".', {"responses"}),
])
def test_what_inspectors_praised_pointed_to_or_saw_done(tmp_path, sentence, kinds):
    assert _kinds_of(tmp_path, sentence) == kinds


def test_a_grade_bumped_up_to_or_consolidated_and_a_quality_that_is_no_grade():
    from loaders.inspections.news import grade_mentions
    got = lambda s: [(g, a) for g, a, _ in grade_mentions(s)]
    assert got("Kestrelford's children's services have been bumped up to 'outstanding' in a new Ofsted report.") == [("outstanding", "overall")]
    assert got("Council's efforts help consolidate 'good' Ofsted grading") == [("good", "overall")]
    assert got("Its education centre was found to be \"outstanding in assisting children to transform their lives\".") == []
    assert got("Children's services have been judged one of the best in England, following an Outstanding Ofsted report.") == \
        [("outstanding", "overall")]
    assert got("It was a good Ofsted report for the council.") == []  # (a favourable report, no grade named)


def test_the_first_inspection_for_years_is_the_one_reported_and_a_grade_held_on_to_was_the_last_ones_too(tmp_path):
    d = digest(tmp_path, "Council's efforts help consolidate 'good' Ofsted grading\n\nKestrelford Council has held on to its 'good' rating "
                         "in its first inspection for five years after Ofsted praised its efforts to help children stay with their families.\n\n"
                         "Jo Baines, cabinet member for children, said Ofsted had \"recognised significant improvements since the previous "
                         "inspection in 2017\".\n\nInspectors found children's services had been strengthened since their last visit.\n",
               published="2022-04-22")
    assert _inspections(d) == [("ilacs", "", "", (("overall", "good"),)), ("ilacs", "2017", "", (("overall", "good"),))]


def test_the_latest_visit_of_an_article_about_a_graded_inspection_is_that_inspection(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated outstanding\n\nKestrelford's children's services have been bumped up to "
                         "'outstanding' in a new Ofsted report.\n\nInspectors praised the council for improvements made since the "
                         "watchdog's last review in 2019, at which point the service was graded 'good'.\n\nThe latest visit, which took "
                         "place between March 11 and 15 this year, found improvements across most areas.\n")
    assert _inspections(d) == [("ilacs", "", "", (("overall", "outstanding"),)), ("ilacs", "2019", "", (("overall", "good"),))]


@pytest.mark.parametrize("sentence, kinds", [
    ("Inspectors said they do not shy away from discussing difficult topics with children.", {"improvements"}),
    ("During this visit, inspectors focused on the progress made in the area of children in need of help and protection.", set()),
    ("The results and detailed report of the inspection were published on Friday.", set()),
    ("We apologise for any inconvenience that this may cause.", set()),
])
def test_what_is_no_finding_or_response_however_it_is_worded(tmp_path, sentence, kinds):
    assert _kinds_of(tmp_path, sentence) == kinds


def test_downgraded_from_one_grade_to_another_since_an_earlier_inspection(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services\n\nHowever, the recent report also identifies serious gaps in safeguarding.\n\n"
                         "Following last month's inspection, Ofsted praised Kestrelford's strong relationships with children.\n\n"
                         "However, compared to its 2021 inspection, the council was downgraded from Outstanding to Good in the category "
                         "assessing the impact of leaders on social work practice with children and families.\n")
    assert _inspections(d) == [("ilacs", "", "", (("leadership", "good"),)), ("ilacs", "2021", "", (("leadership", "outstanding"),))]


def test_areas_named_in_other_words():
    from loaders.inspections.news import grade_mentions
    got = lambda s: [(g, a) for g, a, _ in grade_mentions(s)]
    assert got("Leaders were judged to be good.") == [("good", "leadership")]
    assert got("It received a 'good' rating for the way it helps and protects children.") == [("good", "help_and_protection")]
    assert got("Inspectors judged the local authority's corporate parenting to be outstanding.") == [("outstanding", "children_in_care")]
    assert got("Leaders said they were pleased the service was rated good.") == [("good", "overall")]


def test_grades_said_as_good_overall_as_inspectors_concluded_and_as_is_leadership():
    from loaders.inspections.news import grade_mentions
    got = lambda s: [(g, a) for g, a, _ in grade_mentions(s)]
    assert got("Services for vulnerable children delivered by Kestrelford County Council are 'good' overall and, in some aspects "
               "'outstanding', as rated by Ofsted.") == [("good", "overall")]
    assert got("Inspectors concluded that overall services for children in need of help and protection, children in care and care "
               "leavers are 'good', while the adoption service is outstanding, as is leadership and governance.") == [
        ("good", "overall"), ("good", "help_and_protection"), ("good", "children_in_care"), ("good", "care_leavers"),
        ("outstanding", None), ("outstanding", "leadership")]
    assert got("The staff are good overall.") == []


def test_a_first_good_rating_since_a_year_and_grades_of_years_then_and_again(tmp_path):
    d = digest(tmp_path, "Child services get first 'good' rating since 2013\n\nChildren's services in Kestrelford have been rated "
                         "\"good\" for the first time in more than a decade.\n\nAn inspection by Ofsted first judged them \"inadequate\" "
                         "in 2013, then again in 2015 before they were taken over by a trust in 2018.\n\nIn 2022 Ofsted said the council's "
                         "children's services required improvement and inspectors said in their latest report significant changes had been "
                         "made since then.\n")
    got = {(i["start"] or "", j["grade"]) for i in d["inspections"] if i["council"] == "Kestrelford Council" for j in i["judgements"]}
    assert got == {("", "good"), ("2013", "inadequate"), ("2015", "inadequate"), ("2022", "requires_improvement")}
    from loaders.inspections.news import grade_mentions
    assert [(g, a) for g, a, _ in grade_mentions("Following an Ofsted inspection in December 2019, the services were rated as "
                                                 "inadequate due to widespread failures.")] == [("inadequate", "overall")]


def test_the_year_a_change_started_from_does_not_date_the_latest_report(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services 'substantially improved'\n\nThe latest Ofsted report said children's services in "
                         "Kestrelford were now \"good\".\n\nIn 2019 they were deemed \"inadequate\".\n\nKestrelford Council's children's "
                         "services have \"substantially improved\" from 2019, according to the latest Ofsted report.\n")
    assert _inspections(d) == [("ilacs", "", "", (("overall", "good"),)), ("ilacs", "2019", "", (("overall", "inadequate"),))]


def test_the_third_or_remaining_area_and_two_of_the_three_name_no_area():
    from loaders.inspections.news import grade_mentions
    got = lambda s: [(g, a) for g, a, _ in grade_mentions(s)]
    assert got("The third area was judged as requiring improvement.") == [("requires_improvement", None)]
    assert got("The council was branded inadequate overall as well as in two of the three assessment areas.") == [
        ("inadequate", "overall"), ("inadequate", None)]
    assert got("The last inspection rated the council good.") == [("good", "overall")]


def test_a_news_sentence_of_no_topic_takes_no_theme_from_its_paragraph(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services require improvement, says Ofsted\n\nOfsted has rated Kestrelford Council's "
                         "children's services as requires improvement after an inspection in March. Child protection enquiries were not "
                         "always timely. At the same time, inspectors identified areas that require further improvement.\n")
    themes = {f["theme"] for f in d["concerns"] if f["evidence"].startswith("At the same time")}
    assert themes and "child_protection" not in themes


def test_a_letter_sentence_of_no_topic_takes_its_paragraphs_theme():
    from loaders.findings import classify
    from loaders.text import Span
    spans = [Span(0, 44, "Child protection enquiries are not timely.", para=1),
             Span(45, 90, "This is not yet good enough for children.", para=1)]
    assert "child_protection" in classify(spans)[1][2]


def test_inspectors_who_assessed_a_report_undertaken_and_a_visit_dated_by_its_year(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services criticised by Ofsted\n\n"
               "Inspectors who assessed Kestrelford Borough Council's children's services last month found that care leavers "
               "receive a poor service.\n", published="2024-05-10")
    assert [i["start"] for i in d["inspections"]] == ["2024-04"]
    d = digest(tmp_path, "Kestrelford children's services praised\n\n"
               "Kestrelford Borough Council's children's services have been rated good by Ofsted. The report, published on "
               "Wednesday and undertaken in early March, also praised the council's commitment.\n", published="2024-05-10")
    assert [(i["type"], i["start"]) for i in d["inspections"]] == [("ilacs", "2024-03")]
    # a visit of the year before a report of January: that report's inspection, not a visit of its own
    d = digest(tmp_path, "Kestrelford children's services review\n\n"
               "In a scathing report published in January this year, Ofsted rated Kestrelford Borough Council's children's "
               "services inadequate.\n\n"
               "A review said the very poor overall performance identified by Ofsted inspectors during their late-2019 visit "
               "to Kestrelford did not reflect the longer-term picture.\n", published="2020-06-07")
    assert [(i["type"], i["start"], i["published"]) for i in d["inspections"]] == [("ilacs", "2019", "2020-01")]


def test_a_council_officer_naming_the_biggest_issue_states_a_weakness(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services make progress, Ofsted says\n\n"
               "Ofsted found that Kestrelford Borough Council's children's services had improved since the last visit.\n\n"
               "Director of children's services Tom Hale said one of the biggest issues has been the recruitment and retention of social workers.\n")
    assert any("biggest issues" in f["evidence"] for f in d["concerns"])


def test_how_the_inspection_was_done_is_no_finding(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services praised by Ofsted\n\n"
               "Kestrelford Borough Council's children's services have been rated good by Ofsted.\n\n"
               "Inspectors visited the borough in February, when they assessed the care, help and protection given to children and young people.\n\n"
               "During the four weeks a team of inspectors thoroughly examined practice, including a detailed review of individual cases.\n\n"
               "The visit put particular focus on progress being made and long term plans for children.\n\n"
               "Inspectors examined 20 cases and found that plans were strong.\n", published="2024-05-10")
    evidence = " ".join(f["evidence"] for f in d["improvements"] + d["concerns"])
    assert "Inspectors visited the borough" not in evidence
    assert "thoroughly examined practice" not in evidence
    assert "particular focus on progress" not in evidence
    assert "found that plans were strong" in evidence  # what they found is a finding


def test_a_decline_of_the_whole_service_is_about_its_social_work_and_leaders(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services inadequate, says Ofsted\n\n"
               "Kestrelford Borough Council's children's services have been rated inadequate by Ofsted.\n\n"
               "Ofsted visits in December and February found a decline since its last full inspection in 2017.\n\n"
               "Ofsted said there had been several warnings about the decline in standards.\n", published="2024-05-10")
    themes = {f["theme"] for f in d["concerns"] if "decline" in f["evidence"]}
    assert themes == {"practice_quality", "leadership"}


def test_a_verdict_on_the_whole_service_themed_only_by_a_weak_word_is_about_its_social_work_and_leaders(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services praised by Ofsted\n\n"
               "Inspectors praised Kestrelford Borough Council for improvements made since the watchdog's last review in 2019.\n\n"
               "Inspectors praised the council's care leavers service.\n", published="2024-05-10")
    themes = {f["theme"] for f in d["improvements"] if "last review" in f["evidence"]}
    assert {"practice_quality", "leadership"} <= themes
    # (a finding with a topic of its own keeps to it)
    assert {f["theme"] for f in d["improvements"] if "care leavers service" in f["evidence"]} == {"care_leavers"}


def test_what_the_report_acknowledged_is_a_strength(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services rated good

Kestrelford Borough Council's children's services have been rated good by Ofsted.

The range of family hubs offering early support across Kestrelford was also acknowledged by Ofsted inspectors.

Its multi-agency approach to managing risk was also recognised in the report.

The inspection was carried out in March by a team of five inspectors.
""")
    evidence = " ".join(f["evidence"] for f in d["improvements"])
    assert "family hubs offering early support" in evidence
    assert "multi-agency approach to managing risk" in evidence
    assert "team of five inspectors" not in evidence


@pytest.mark.parametrize("text, start", [
    ("Ofsted inspectors arrive at Kestrelford\n\nOn Monday, Ofsted inspectors began a four-week inspection of Kestrelford Borough "
     "Council's children's services. The council's services for children were rated inadequate in 2015.\n", "2024-05-06"),
    ("Kestrelford children's services inspection under way\n\nThe Ofsted inspection of Kestrelford Borough Council's children's services, which is expected to "
     "last three weeks, began today. The council's services for children were rated inadequate in 2015.\n", "2024-05-10"),
    ("Kestrelford inspection under way\n\nOfsted is carrying out a full re-inspection of Kestrelford Borough Council's children's "
     "services this month, after the service was judged inadequate in 2015.\n", "2024-05"),
])
def test_an_inspection_under_way_begins_and_is_not_yet_published(tmp_path, text, start):
    d = digest(tmp_path, text, published="2024-05-10")
    now = d["inspections"][0]
    assert (now["type"], now["start"], now["published"], now["judgements"]) == ("ilacs", start, None, [])
    assert [i["start"] for i in d["inspections"][1:]] == ["2015"]


def test_an_inspection_that_arrived_months_ago_is_the_one_reported(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services improving\n\nKestrelford Borough Council's children's services are "
               "improving, Ofsted said in a report published this week. Inspectors arrived in March and found good practice.\n",
               published="2024-05-10")
    assert (d["inspections"][0]["start"], d["inspections"][0]["published"]) == ("2024-03", "2024-05-10")


def test_a_grade_in_almost_all_areas_including_some_is_the_grade_of_those_named():
    from loaders.inspections.news import grade_mentions
    s = ("Kestrelford received a 'good' rating in almost all categories, including the experiences and progress of children "
         "who need help and protection and care leavers.")
    assert [(g, a) for g, a, _p in grade_mentions(s)] == [("good", "help_and_protection"), ("good", "care_leavers")]
    assert [a for _g, a, _p in grade_mentions("Kestrelford was rated 'good' in all four areas.")] == \
        ["overall", "help_and_protection", "children_in_care", "leadership"]


def test_a_grade_in_areas_listed_on_the_lines_after_it(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services rated outstanding\n\n"
               "Children's services in Kestrelford Borough Council have been rated as outstanding by Ofsted.\n\n"
               "Services were rated outstanding in key areas including:\n\n"
               "Impact of leaders on social work practice\n\n"
               "Experiences and progress of children in care\n\n"
               "The council thanked its staff for their hard work.\n")
    assert sorted(j["area"] for j in d["inspections"][0]["judgements"] if j["grade"] == "outstanding") == \
        ["children_in_care", "leadership", "overall"]


def test_a_visit_before_focused_visits_began_is_a_full_inspection(tmp_path):
    d = digest(tmp_path, "Kestrelford holds on to good rating\n\n"
               "In a report published last week, Kestrelford Borough Council's children's services held onto their overall 'good' "
               "rating despite inspectors finding some areas were “not as strong” as at their last visit in 2012.\n", published="2019-03-01")
    assert ("ilacs", "2012") in [(i["type"], i["start"]) for i in d["inspections"]]
    assert not any(i["type"] == "focused_visit" for i in d["inspections"])


def test_earlier_inspections_listed_with_their_years_are_one_each(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services require improvement\n\n"
               "Kestrelford Borough Council's children's services require improvement to be good, Ofsted said.\n\n"
               "However the report did highlight improvements since the last inspections of child protection services and of "
               "looked-after children services in 2012 and 2011, including more manageable caseloads.\n", published="2015-11-20")
    assert {"2011", "2012"} <= {i["start"] for i in d["inspections"]}


def test_a_full_inspection_recalled_in_an_article_about_a_visit_is_not_the_visit(tmp_path):
    d = digest(tmp_path, "Kestrelford trust praised in monitoring visit\n\n"
               "Kestrelford Children's Trust was praised in the latest Ofsted report. However, inspectors found that the pace of "
               "change must improve.\n"
               "The third Ofsted monitoring visit to Kestrelford Borough Council, on child protection, took place between 14-16 June.\n"
               "The report said that over 70% of staff are now permanent, a substantial improvement from the February 2016 full "
               "Ofsted inspection, when half were temporary.\n")
    got = {(i["type"], i["start"]) for i in d["inspections"]}
    assert ("ilacs", "2016-02") in got or ("other", "2016-02") in got
    assert [i["start"] for i in d["inspections"] if i["type"] == "monitoring_visit"] == [None]


def test_special_measures_in_a_year_is_that_years_inadequate_inspection(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services still require improvement\n\n"
               "Kestrelford Borough Council's children's services have been under the spotlight since they were placed in "
               "‘special measures’ by Ofsted in 2014.\n\n"
               "In 2017, the services were taken out of special measures and were graded ‘requires improvement’.\n", published="2019-05-01")
    got = {i["start"]: [(j["area"], j["grade"]) for j in i["judgements"]] for i in d["inspections"]}
    assert got["2014"] == [("overall", "inadequate")] and got["2017"] == [("overall", "requires_improvement")]


def test_visits_listed_by_their_kind_keep_it_after_an_inadequate_grade(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services inadequate\n\n"
               "Kestrelford Borough Council's children's services have been rated inadequate by Ofsted.\n\n"
               "Two focused visits in March and October 2019 identified significant weaknesses in practice.\n", published="2021-11-26")
    assert sorted((i["type"], i["start"]) for i in d["inspections"] if "visit" in i["type"]) == \
        [("focused_visit", "2019-03"), ("focused_visit", "2019-10")]


def test_a_visit_dated_by_the_words_its_sentence_ends_on(tmp_path):
    d = digest(tmp_path, "Kestrelford focused visit\n\n"
               "As part of the inspection of local authority children's services, Ofsted conducted a focused visit to Kestrelford "
               "Borough Council looking at the placement decisions for older children aged 14 and over in November 2024.\n\n"
               "Inspectors found a culture of child-focused leadership.\n", published="2025-01-10")
    assert [i["start"] for i in d["inspections"] if i["type"] == "focused_visit"] == ["2024-11"]


def test_a_grade_said_to_come_before_the_last_inspection_is_an_earlier_ones(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services get good rating\n\n"
               "Ofsted inspectors have rated services for children provided by Kestrelford Borough Council as \"good\".\n"
               "At the last inspection in 2017, the department was told it required improvement.\n"
               "Previously, it was branded inadequate and placed in \"special measures\".\n", published="2022-06-01")
    got = sorted(((i["start"] or ""), [j["grade"] for j in i["judgements"]]) for i in d["inspections"])
    assert ("2017", ["requires_improvement"]) in got and ("", ["inadequate"]) in got


def test_what_ofsted_recognised_leaders_are_putting_right_is_a_finding_not_only_an_action(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services monitoring visit\n\n"
               "Kestrelford Council's children's services were visited by Ofsted inspectors in March.\n"
               "Too many children wait too long for short breaks. "
               "Ofsted recognised that senior leaders are in the process of addressing this shortfall.\n", published="2024-05-01")
    assert any(f["evidence"].startswith("Ofsted recognised") for f in d["improvements"])
    assert not any(f["evidence"].startswith("Ofsted recognised") for f in d["concerns"])


def test_top_ratings_given_in_two_earlier_years_are_two_earlier_outstanding_inspections(tmp_path):
    d = digest(tmp_path, "Council breaks record with third outstanding rating for children's service\n\n"
               "Kestrelford Council's children's services has become the first in the country to receive three consecutive "
               "outstanding ratings.\n"
               "Following an inspection in November 2024, Ofsted concluded that young people in Kestrelford receive "
               "\"excellent\" services.\n"
               "The outstanding mark follows top ratings previously handed out to the council in 2015 and 2019.\n",
               published="2025-01-20")
    got = sorted((i["start"], [j["grade"] for j in i["judgements"]]) for i in d["inspections"])
    assert got == [("2015", ["outstanding"]), ("2019", ["outstanding"]), ("2024-11", ["outstanding"])]


def test_a_grade_of_some_years_ago_in_an_undated_article_is_an_earlier_inspections(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services 'requires improvement', says Ofsted\n\n"
               "Kestrelford Council's children's services department rated inadequate three years ago has been upgraded to "
               "\"requires improvement to be good\".\n")
    grades = [[j["grade"] for j in i["judgements"]] for i in d["inspections"]]
    assert sorted(grades) == [["inadequate"], ["requires_improvement"]]


def test_an_inspection_of_the_councils_childrens_services_is_a_full_one_and_a_joint_ofsted_cqc_one_is_joint(tmp_path):
    d = digest(tmp_path, "Kestrelford Council director quits role following Ofsted inspection\n\n"
               "His departure comes just weeks after Ofsted concluded its inspection of the council's children's services "
               "in February.\n"
               "The council's previous joint Ofsted and CQC inspection in 2022 identified long waiting lists for autism "
               "assessments.\n", published="2025-04-10")
    assert sorted((i["type"], i["start"]) for i in d["inspections"]) == [("ilacs", "2025-02"), ("jtai", "2022")]


def test_a_headline_that_quotes_ofsted_or_says_what_it_recognised_is_a_finding(tmp_path):
    body = ("\n\nOfsted inspectors visited Kestrelford Borough Council's children's services in March and published their "
            "letter this week.\n\nThe council said it would study the letter carefully.\n")
    for headline, kind, theme in (("Ofsted 'cannot ensure children in Kestrelford are safe'", "concerns", "child_protection"),
                                  ("'Widespread and serious failures' in Kestrelford children's services", "concerns", None),
                                  ("Ofsted recognises improvements in Kestrelford children's services", "improvements", None)):
        d = digest(tmp_path, headline + body, published="2023-04-20")
        found = [c for c in d[kind] if c["evidence"] == headline]
        assert found, headline
        assert theme is None or theme in {c["theme"] for c in found}


def test_a_sentence_that_opens_on_the_visits_dates_dates_it(tmp_path):
    d = digest(tmp_path, "Ofsted praises Kestrelford children's services\n\nGovernment inspectors have praised the council's "
                         "children's services following a visit last month.\n\nBetween Wednesday, 9 January 2019 and Thursday, "
                         "10 January 2019 Ofsted conducted a focused visit of Kestrelford Borough Council's response to referrals.\n",
               published="2019-02-01")
    visits = [(i["type"], i["start"], i["end"]) for i in d["inspections"]]
    assert visits == [("focused_visit", "2019-01-09", "2019-01-10")]


def test_a_grade_in_each_of_the_key_service_areas_of_a_list_is_each_areas(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services judged good\n\nKestrelford Council's children's services have been judged "
                         "good by Ofsted.\n\nThe authority received \"good\" judgments from the inspectorate in each of the three key "
                         "service areas of child protection, looked-after children, and leadership, management and governance.\n",
               published="2015-01-20")
    grades = {(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert grades >= {("help_and_protection", "good"), ("children_in_care", "good"), ("leadership", "good")}


def test_areas_each_followed_in_commas_by_how_they_were_judged(tmp_path):
    d = digest(tmp_path, "Kestrelford children's services judged inadequate\n\nKestrelford Council's children's services have been "
                         "judged inadequate by Ofsted.\n\nThe report judges the services in three areas, impact of leaders, judged "
                         "requires improvement, experiences of children in care, also judged to require improvement and experiences "
                         "and progress of children who need help and protection, which is judged inadequate.\n",
               published="2018-10-10")
    grades = {(j["area"], j["grade"]) for i in d["inspections"] for j in i["judgements"]}
    assert {("leadership", "requires_improvement"), ("children_in_care", "requires_improvement"),
            ("help_and_protection", "inadequate")} <= grades
    assert ("help_and_protection", "requires_improvement") not in grades


def test_an_article_written_before_a_county_was_split_names_it_by_its_bare_name(tmp_path):
    text = """Northamptonshire children's services rated 'inadequate' again

Northamptonshire's children's services have been rated inadequate again after inspectors found children placed in unsafe care settings.
"""
    assert [c["name"] for c in digest(tmp_path, text, "2019-07-29")["councils"]] == ["Northamptonshire County Council"]
    # once the county has gone, its bare name is shared by the successors and the trust: no guess
    assert digest(tmp_path, text, "2023-07-29")["councils"] == []


def _graded(d) -> list[tuple]:
    return sorted(((i["type"], i["start"], tuple(sorted((j["area"], j["grade"]) for j in i["judgements"]))) for i in d["inspections"]),
                  key=lambda x: (x[0], x[1] or ""))


def test_a_grade_in_an_aside_and_a_grade_that_names_its_area_as_an_adjective(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services transformed

Kestrelford council are proud after Ofsted rated their children's services, which were 'inadequate' two years ago, 'good' with 'outstanding' leadership.
""", "2019-01-09")
    assert _graded(d) == [("ilacs", None, (("leadership", "outstanding"), ("overall", "good"))),
                          ("ilacs", "2017", (("overall", "inadequate"),))]


def test_a_grade_dated_by_the_inspection_after_it(tmp_path):
    d = digest(tmp_path, """Kestrelford children's services still require improvement

The council's children's services were inspected by Ofsted between 20 and 30 September 2022 and judged to require improvement.

The service was judged to be "inadequate" during a full inspection in 2015, and as "requiring improvement" in a 2017 inspection.
""", "2022-11-22")
    assert _graded(d) == [("ilacs", "2015", (("overall", "inadequate"),)), ("ilacs", "2017", (("overall", "requires_improvement"),)),
                          ("ilacs", "2022-09-20", (("overall", "requires_improvement"),))]


def test_a_monitoring_visit_after_an_inadequate_grade_of_the_same_year_is_what_the_article_reports(tmp_path):
    d = digest(tmp_path, """Council's children's services on the up

Improvements continue at Kestrelford's children's services department, which was rated inadequate earlier this year.

In a letter, Inspector Jane Doe said the council's improvement plan was resulting in positive progress.

The Ofsted monitoring visit was carried out by two inspectors on October 12 and 13.
""", "2017-11-16")
    visit = next(i for i in d["inspections"] if i["type"] == "monitoring_visit")
    assert (visit["start"], visit["end"], visit["published"], visit["inspectors"]) == ("2017-10-12", "2017-10-13", "2017-11-16", ["Jane Doe"])
    graded = next(i for i in d["inspections"] if i["type"] == "ilacs")
    assert graded["published"] is None and graded["inspectors"] == []


def test_the_areas_a_grade_applies_to_listed_one_a_line_are_no_findings(tmp_path):
    d = digest(tmp_path, """Kestrelford Children's Services rated Good by Ofsted

Following an inspection last month, Ofsted has rated Kestrelford Council's Children's Service as 'Good' overall.

The Good rating applies across all of these areas:

  • The impact of leaders on social work practice with children and families
  • The experiences and progress of children who need help and protection
  • The experiences and progress of children in care
  • The experiences and progress of children care leavers
  • Overall effectiveness

Inspectors found that children are seen quickly and that their plans are reviewed regularly.
""", "2026-02-24")
    evidence = [f["evidence"] for f in d["improvements"] + d["concerns"]]
    assert not any(e.startswith(("The impact of leaders", "The experiences and progress", "Overall effectiveness")) for e in evidence)
    assert any(e.startswith("Inspectors found that children are seen quickly") for e in evidence)


def test_the_dates_of_related_links_after_the_article_do_not_date_it():
    from loaders.layout import document_date
    from loaders.read import Document
    text = """Children in Kestrelford left in 'harmful situations' - Ofsted
- Published
Vulnerable children in Kestrelford are still at risk of being harmed two years after a report criticised the council, Ofsted has said.
The watchdog said improvements had been made, but rated children's services inadequate for a third time.
Last October the government removed children's services from council control and gave them to a trust.
A trust executive said staff were working hard to improve the situation and to recruit more social workers.
Kestrelford was the second department to be moved out of council control.
- Published1 October 2015
- Published17 July 2014
"""
    assert document_date(Document(id="a", source="a.txt", text=text, format="txt", sha256="")) is None
    dated = text.replace("- Published\n", "- Published 3 February 2016\n", 1)
    assert document_date(Document(id="a", source="a.txt", text=dated, format="txt", sha256="")) == "2016-02-03"


def test_a_headline_that_names_ofsted_after_a_dash_reports_its_finding(tmp_path):
    d = digest(tmp_path, """Children in Kestrelford left in 'harmful situations' - Ofsted
- Published
Vulnerable children in Kestrelford are still at risk of being harmed two years after a report criticised the council, Ofsted has said.
The watchdog said improvements had been made, but rated children's services inadequate for a third time.
""")
    assert d["concerns"][0]["evidence"] == "Children in Kestrelford left in 'harmful situations' - Ofsted"
    assert d["concerns"][0]["theme"] == "child_protection"


def test_a_grade_the_council_came_under_fire_for_is_a_finding(tmp_path):
    d = digest(tmp_path, """Children's services in Kestrelford 'inadequate' finds watchdog

Kestrelford County Council has come under fire for 'inadequate' children's services following an Ofsted inspection.

The council said it welcomed the report and would make urgent improvements where necessary.
""", "2014-11-26")
    assert any(f["evidence"].startswith("Kestrelford County Council has come under fire") for f in d["concerns"])


def test_an_examination_carried_out_by_inspectors_dates_the_graded_inspection(tmp_path):
    d = digest(tmp_path, """Ofsted judges Kestrelford's Children and Families Service one of the country's top performers

Kestrelford Council's Children and Families Service has been rated 'good' with 'outstanding' features by Ofsted.

The judgement published today (Friday, 19 February 2016) follows an unannounced, rigorous examination carried out by a team of inspectors over four weeks in November and December 2015.
""")
    i = d["inspections"][0]
    assert (i["type"], i["start"], i["end"], i["published"]) == ("ilacs", "2015-11", "2015-12", "2016-02-19")


def test_what_a_named_inspector_says_is_a_finding_and_the_countrys_record_is_not(tmp_path):
    d = digest(tmp_path, """Council's children's services on the up

Improvements continue to be made at Kestrelford's children's services department, which was rated inadequate last year.

In a letter, Inspector Jane Doe said the council's improvement plan was resulting in positive progress.

She said children seen by inspectors were receiving good levels of support and protection.

No authority in the country has been judged 'outstanding' overall since the new framework started.
""", "2017-11-16")
    evidence = [f["evidence"] for f in d["improvements"] + d["concerns"]]
    assert any(e.startswith("She said children seen by inspectors") for e in evidence)
    assert not any(e.startswith("No authority in the country") for e in evidence)


def test_a_participle_that_opens_a_sentence_is_not_its_verb_of_saying(tmp_path):
    d = digest(tmp_path, """Children's Services in Kestrelford still 'require improvement'

A report by Ofsted has described Kestrelford County Council's children's services as requiring improvement.

However, highlighting the issues requiring improvement, the report states: "Children are not receiving a consistently good response to meet their needs.
""", "2022-11-22")
    assert any(f["evidence"].startswith("However, highlighting the issues") for f in d["concerns"])
