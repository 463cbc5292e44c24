"""People with titles and roles, named by the fullest form the document gives."""
from __future__ import annotations

import pytest

from loaders.parse import Parsed
from loaders.debris import content_spans
from loaders.people import extract_people, strip_honorifics
from loaders.extract import extract
from loaders.read import read_document

COUNCIL = "Kestrelford Borough Council"


def people(text, published=None):
    found, mentions = extract_people(Parsed(text), content_spans(text), council=COUNCIL, published=published)
    return {p.name: p for p in found}, mentions


def roles(p):
    return [(r.title, r.organisation, r.since) for r in p.roles]


def test_honorifics_are_stripped():
    assert strip_honorifics("Councillor Liz Parsons") == "Liz Parsons"
    assert strip_honorifics("Cllr. Dr Anne Hall") == "Anne Hall"
    assert strip_honorifics("Sir Keith Lamb MP") == "Keith Lamb"
    # the one list in loaders/lexicon.py, so the spelled-out forms count too
    assert strip_honorifics("The Right Honourable Dame Jane Roe") == "Jane Roe"


def test_name_then_role_with_council():
    p, _ = people("Councillor Helen Marsh, Kestrelford Borough Council cabinet member for children's services, "
                  "said the report was fair.\n")
    assert roles(p["Helen Marsh"]) == [("cabinet member for children's services", COUNCIL, None)]


def test_a_trust_named_after_the_place_with_and_in_its_name_is_the_trust():
    p, _ = people("Dionne Reid, chief executive of Kestrelford Children and Families Trust, said the report was fair.\n")
    assert roles(p["Dionne Reid"]) == [("chief executive", "Kestrelford Children and Families Trust", None)]


def test_a_trust_or_partnership_named_after_the_place_owns_the_post_before_the_name():
    p, _ = people("Kestrelford Children's Trust's chief executive Emma Stone said every improvement had been hard won.\n"
                  "Kestrelford Safeguarding Partnership's independent chair Tom Reed said the report was fair.\n")
    assert roles(p["Emma Stone"]) == [("chief executive", "Kestrelford Children's Trust", None)]
    assert roles(p["Tom Reed"]) == [("independent chair", "Kestrelford Safeguarding Partnership", None)]


def test_a_title_for_a_region_in_capitals_before_the_name():
    p, _ = people("Ofsted's regional director for the North West, Helen Yates, said the council had made real progress.\n")
    assert roles(p["Helen Yates"]) == [("regional director for the North West", "Ofsted", None)]
    assert "North West" not in p


def test_a_post_of_the_councils_own_board_keeps_its_words():
    p, _ = people("Sir Alan Whitcombe, the independent chair of Kestrelford's improvement board, said progress had been real.\n")
    assert roles(p["Alan Whitcombe"]) == [("independent chair of the improvement board", COUNCIL, None)]


def test_name_then_role_then_said():
    p, _ = people("Jonathan Ellis, director of education, said the plan was the start of a journey.\n")
    assert roles(p["Jonathan Ellis"]) == [("director of education", COUNCIL, None)]


def test_role_then_name():
    p, _ = people("She had already held talks with incoming director of children's services, Jenny Okafor, "
                  "about how to turn things around.\n"
                  "The motion calls upon council leader, Cllr Liam Ross, and the cabinet to act.\n")
    r = p["Jenny Okafor"].roles[0]
    assert (r.title, r.organisation, r.status) == ("director of children's services", COUNCIL, "incoming")
    assert roles(p["Liam Ross"]) == [("council leader", COUNCIL, None)]


def test_a_title_set_right_before_the_name():
    p, _ = people("Interim Executive Director of Children’s Services Sue Myers said: “We are pleased.”\n"
                  "The councillor in charge of the service Tim Wilson says there is still more to do.\n"
                  "Speaking yesterday, Ann Cole said the council would act.\n")
    assert roles(p["Sue Myers"]) == [("Interim Executive Director of Children’s Services", COUNCIL, None)]
    assert roles(p["Tim Wilson"]) == [("councillor in charge of the service", COUNCIL, None)]
    assert roles(p["Ann Cole"]) == []


def test_appointment_with_start_date():
    p, _ = people("Inspectors said since the appointment of Jenny Turner as corporate director in August 2023, "
                  "she has driven improvement with pace.\n")
    assert roles(p["Jenny Turner"]) == [("corporate director", COUNCIL, "2023-08")]


def test_relative_start_date_needs_the_document_date():
    text = "Priya Shah was appointed as director of children's services last May, the council said.\n"
    p, _ = people(text)
    assert roles(p["Priya Shah"]) == [("director of children's services", COUNCIL, None)]
    p, _ = people(text, published="2024-07-05")
    assert roles(p["Priya Shah"]) == [("director of children's services", COUNCIL, "2023-05")]


def test_inspectors_named_together():
    p, _ = people("Inspectors Kathryn Grant and Rebecca Doyle said leaders had driven improvement.\n")
    assert roles(p["Kathryn Grant"]) == [("inspector", "Ofsted", None)]
    assert roles(p["Rebecca Doyle"]) == [("inspector", "Ofsted", None)]


def test_councillor_without_other_role():
    p, _ = people('Cllr Kevin Pike said, "We must have done things that clearly have not worked."\n')
    assert roles(p["Kevin Pike"]) == [("councillor", COUNCIL, None)]


def test_short_form_is_the_person_introduced_earlier():
    text = ("Cllr Liz Parsons, cabinet member for children's services, told the committee she expected a visit.\n"
            "Addressing the report, Cllr Parsons said the findings were deeply concerning.\n")
    p, mentions = people(text)
    assert list(p) == ["Liz Parsons"]
    assert len(p["Liz Parsons"].roles) == 1   # no extra "councillor" beside the cabinet role
    later = text.index("Cllr Parsons") + len("Cllr ")
    assert any(s == later and name == "Liz Parsons" for s, _, name in mentions)


def test_not_people():
    p, _ = people("Liverpool Council said Ofsted and Merseyside Police had worked with the Liberal Democrats "
                  "on the Children's Services Improvement Board in Kestrelford Town Hall.\n")
    assert p == {}


def test_debris_is_never_a_person():
    text = ("By Sam Porter, Local Democracy Reporter\n"
            'READ MORE: "We were let down," says Kestrelford mum Jane Doe\n'
            "Credit: (Image: Mark Hughes)\n"
            "Councillor Helen Marsh said the council would keep going until every child got help.\n")
    p, _ = people(text)
    assert set(p) == {"Helen Marsh"}


def test_letter_head_and_signature():
    text = ("14 October 2025\n\nAmara Okonkwo\n\nCorporate Director of Children's Services\n"
            "Kestrelford Borough Council\n\nTown Hall\n\nDear Amara\n"
            "His Majesty's Inspectors for this visit were Daniel Ashworth and Priya Raman.\n\n"
            "Yours sincerely\n\nDaniel Ashworth\nHis Majesty's Inspector\n")
    from loaders.text import sentences
    found, _ = extract_people(Parsed(text), sentences(text), council=COUNCIL)
    p = {x.name: roles(x) for x in found}
    assert p == {"Amara Okonkwo": [("Corporate Director of Children's Services", COUNCIL, None)],
                 "Daniel Ashworth": [("His Majesty's Inspector", "Ofsted", None)],
                 "Priya Raman": [("His Majesty's Inspector", "Ofsted", None)]}


def test_titles_that_list_capitalised_words_and_inspections_led_by_someone():
    from loaders.debris import content_spans
    from loaders.people import extract_people
    text = ("Rose Field, KBC's Interim Director of Children, Young People and Education, said the plan was working.\n"
            "Cllr Omar Patel, (pictured) the council's children's boss, said staff had worked hard.\n"
            "In a report following the inspection led by Ruth Kimber, inspectors praised the front door.\n")
    people, _ = extract_people(Parsed(text), content_spans(text), council="Kestrelford Borough Council")
    roles = {p.name: [(r.title, r.organisation) for r in p.roles] for p in people}
    assert roles["Rose Field"] == [("Interim Director of Children, Young People and Education", "Kestrelford Borough Council")]
    assert roles["Omar Patel"] == [("children's boss", "Kestrelford Borough Council")]
    assert roles["Ruth Kimber"] == [("lead inspector", "Ofsted")]


# ---------------------------------------------------------------- credits, captions, "as" phrasings

def _news_people(text):
    from loaders.pipeline import run_pipeline
    from loaders.read import Document
    doc = Document(id="t", source="t.txt", text=text, format="txt", sha256="0")
    return {p["name"]: [(r["title"], r["organisation"]) for r in p["roles"]] for p in run_pipeline(Parsed.of(doc), "news").to_json()["people"]}


def test_bylines_and_photo_credits_name_writers_and_photographers():
    from loaders.people import credited_people
    found = lambda t: [(n, title, org) for _, _, n, title, org in credited_people(t)]
    assert found("Rowan Ashby 14 March 2025\n\nKestrelford rated good\n") == [("Rowan Ashby", "reporter", None)]
    assert found("Kestrelford rated good\n\nTess Brook-Haley\nFriday, March 14, 2025\n") == [("Tess Brook-Haley", "reporter", None)]
    assert found("Idris Cole (14 March, 2025)\n") == [("Idris Cole", "reporter", None)]
    assert found("By Nell Parry\n\nCommunity reporter\n") == [("Nell Parry", "community reporter", None)]
    assert found("The civic centre - Pic by Owen Marsh\n") == [("Owen Marsh", "photographer", None)]
    assert found("Image: Lena Voss/Shutterstock.com.\n") == [("Lena Voss", "photographer", "Shutterstock")]
    # a picture library, a council or a sentence is nobody's credit
    assert found("Picture: Adobe Stock\nImage: Kestrelford Borough Council\nPhoto: Getty Images\n") == []
    assert found("By the end of March the plan was agreed.\n") == []
    assert found("Ivy Marsh\nEducation Correspondent\n\nThe council said.\n") == [("Ivy Marsh", "education correspondent", None)]
    assert found("Ivy Marsh, Local Democracy Reporter\n") == [("Ivy Marsh", "local democracy reporter", None)]
    assert found("Words by Ivy Marsh\n") == [("Ivy Marsh", "reporter", None)]
    assert found("Kestrelford Town Hall\nThe council said it would act.\n") == []
    # a trade paper's "by X on DATE in SECTION"; a national paper's name and title on one line
    assert found("by Ivy Marsh on March 12, 2024 in Children, Workforce\n") == [("Ivy Marsh", "reporter", None)]
    assert found("Ivy Marsh Social affairs correspondent\nFri 8 Mar 2024 06.00 GMT\n") == [("Ivy Marsh", "social affairs correspondent", None)]
    assert found("Kestrelford Borough Council Children's Services\n") == []


def test_a_trusts_officer_and_a_programme_that_is_nobody():
    text = ("Kestrelford Children's Trust runs children's social care for Kestrelford Borough Council.\n"
            "The trust's chief executive, Marianne Holt, said the visit was welcome.\n"
            "The council's director of children's services, Rose Field, said the council would keep a close eye.\n"
            "Ofsted also praised the council's Staying Close programme, which helps young people after leaving care.\n")
    got = _news_people(text)
    assert got["Marianne Holt"] == [("chief executive", "Kestrelford Children's Trust")]
    assert got["Rose Field"] == [("director of children's services", "Kestrelford Borough Council")]
    assert "Staying Close" not in got


def test_a_boards_chair_and_a_union_representative():
    text = ("A children's services improvement board, chaired by independent adviser Dr Felicity Crane, will meet monthly.\n"
            "Gemma Hollis, a Unison representative at the council, said staff had warned managers.\n")
    got = _news_people(text)
    assert ("chair of the children's services improvement board", None) in got["Felicity Crane"]
    assert [t for t, _ in got["Gemma Hollis"]] == ["Unison representative at the council"]


def test_credits_and_captions_name_people_but_are_not_mentions_for_quotes():
    text = ("Kestrelford children's services rated good\n\nRowan Ashby 14 March 2025\n\n"
            "1234Cllr Mia Hart, the council's schools cabinet member\n\n"
            "Kestrelford Borough Council's children's services have been rated good by Ofsted.\n\n"
            "“We are delighted,” she said.\n")
    p = _news_people(text)
    assert p["Rowan Ashby"] == [("reporter", None)]
    assert p["Mia Hart"] == [("schools cabinet member", "Kestrelford Borough Council")]
    from loaders.pipeline import run_pipeline
    from loaders.read import Document
    quotes = run_pipeline(Parsed.of(Document(id="t", source="t.txt", text=text, format="txt", sha256="0")), "news").quotes
    assert all(q.speaker != "Rowan Ashby" for q in quotes)  # a byline is not the last person named


def test_roles_introduced_by_as():
    p, _ = people("In response, the Department for Education has appointed Marion Pike as commissioner to review "
                  "the council's children's services.\n"
                  "The Greens called on Councillor Ravi Dutt as deputy leader to account for the failings.\n"
                  "Two years later Ann Ferris took over permanently as the borough's director of children's services.\n"
                  "The mayor thanked Ola Ndiaye as well as the staff.\n")
    assert roles(p["Marion Pike"]) == [("commissioner", None, None)]
    assert roles(p["Ravi Dutt"]) == [("deputy leader", COUNCIL, None)]
    assert roles(p["Ann Ferris"]) == [("director of children's services", COUNCIL, None)]
    assert "Ola Ndiaye" not in p or roles(p["Ola Ndiaye"]) == []


def test_role_before_name_with_an_organisation_and_a_listed_committee():
    p, _ = people("The downgrade came after Ofsted's former national director for social care Lucy Crane took over.\n"
                  "Co-chair of the Schools, Children and Families Policy Committee, Councillor Tom Reeve said: “Good news.”\n")
    r = p["Lucy Crane"].roles[0]
    assert (r.title, r.organisation, r.former) == ("national director for social care", "Ofsted", "former")
    assert roles(p["Tom Reeve"]) == [("chair of the Schools, Children and Families Policy Committee", COUNCIL, None)]


def test_a_trust_named_after_the_place_is_not_the_council_and_dates_leave_the_title():
    p, _ = people("Jane Roe, chief executive of Kestrelford Children's Trust, said the plan was working.\n"
                  "Omar Hale, who was appointed director of children's services last year, said staff were proud.\n"
                  "Ruth Amos, who took over as director in 2022, said the service had turned a corner.\n")
    assert roles(p["Jane Roe"]) == [("chief executive", "Kestrelford Children's Trust", None)]
    assert roles(p["Omar Hale"]) == [("director of children's services", COUNCIL, None)]
    assert roles(p["Ruth Amos"]) == [("director", COUNCIL, "2022")]


def test_a_past_post_told_of_she_belongs_to_the_person_named_before():
    p, _ = people("The report praised new director Lena Moss.\n"
                  "She joined Kestrelford from Wessex County Council, where she had been assistant director of safeguarding.\n")
    r = p["Lena Moss"].roles
    assert [(x.title, x.organisation, x.former) for x in r][-1] == (
        "assistant director of safeguarding", "Wessex County Council", "former")


def test_a_person_named_only_in_a_caption():
    text = ("Kestrelford children's services still failing\n\n"
            "Media captionMilo Grant, three, died in 2019 after months of neglect\n\n"
            "Kestrelford Borough Council's children's services remain inadequate, Ofsted has found.\n")
    assert "Milo Grant" in _news_people(text)


def test_who_became_or_took_on_a_post_a_title_without_its_date_and_a_byline_alone(tmp_path):
    from loaders.extract import extract
    from loaders.read import read_document
    p = tmp_path / "article.txt"
    p.write_text("""Kestrelford children's services remain inadequate

Leigh Curtis

Ofsted has found that Kestrelford Borough Council's children's services are still leaving children at risk of harm, and the council must act.

Stuart Collins then became children's director for just over a year.

Melissa Caslake took on the role of director of children's services for 18 months.

Amy Price was appointed interim director of children's services in May.
""", encoding="utf-8")
    people = {x["name"]: [r["title"] for r in x["roles"]] for x in extract(read_document(p)).to_json()["people"]}
    assert people["Stuart Collins"] == ["children's director"]
    assert people["Melissa Caslake"] == ["director of children's services"]
    assert people["Amy Price"] == ["interim director of children's services"]
    assert people["Leigh Curtis"] == ["reporter"]


def test_when_a_post_began_or_ended_told_after_the_name():
    text = ("Kestrelford's director of children's services, Sally Mead, left the council in the summer.\n\n"
            "Interim chief executive Jenny Cole took over in August.\n\n"
            "Director of children's services Mark Ellis, who joined in 2022, said the council would act.\n\n"
            "Head of service Ann Lowe, who joined the council in 2010 as a social worker, said it was a good day.\n")
    got = {n: [(r.title, r.since, r.until) for r in p.roles] for n, p in people(text, published="2023-10-12")[0].items()}
    assert got["Sally Mead"] == [("director of children's services", None, "2023")]
    assert got["Jenny Cole"] == [("interim chief executive", "2023-08", None)]
    assert got["Mark Ellis"] == [("director of children's services", "2022", None)]
    assert got["Ann Lowe"][0][1] is None  # joined as something else: not when she became head of service


def test_a_name_above_its_outlet_is_the_byline(tmp_path):
    from loaders.extract import extract
    from loaders.read import read_document
    p = tmp_path / "article.txt"
    p.write_text("""Kestrelford children's services 'require improvement'

Published
12 March 2025

Mark Hale
BBC News, North East

Children's services in Kestrelford have been rated as requiring improvement by Ofsted, two years after they were judged good.

Together for Children, the company which runs the service on behalf of Kestrelford Borough Council, said it accepted the findings.
""", encoding="utf-8")
    d = extract(read_document(p)).to_json()
    assert {x["name"]: [r["title"] for r in x["roles"]] for x in d["people"]}["Mark Hale"] == ["reporter"]
    assert any(r["kind"] == "statement" and r["evidence"].startswith("Together for Children") for r in d["responses"])


def test_a_post_held_for_two_councils_a_role_that_ends_in_and_and_an_appointment_past_an_appositive():
    p, _ = people("Dr Helen Carr, Bi-borough Executive Director of Children’s Services for Kestrelford and the Royal Borough "
                  "of Kensington and Chelsea, said the council had invested.\n\n"
                  "Cllr Marcus Ebb, Cabinet Member for Children and Public Protection, said: ‘We are proud.’\n\n"
                  "The government has appointed Sir Alan Whit, a former director of children’s services, as commissioner.\n")
    assert roles(p["Helen Carr"]) == [("Bi-borough Executive Director of Children’s Services", COUNCIL, None)]
    assert roles(p["Marcus Ebb"]) == [("Cabinet Member for Children and Public Protection", COUNCIL, None)]
    assert "Public Protection" not in p  # the rest of a role, not a person
    assert ("commissioner", None, None) in roles(p["Alan Whit"])


def test_a_council_name_ends_before_the_comma_after_it():
    from loaders.gazetteer import find_councils
    s = "the Royal Borough of Kensington and Chelsea, said the council"
    assert [s[a:b] for _, a, b in find_councils(s)] == ["the Royal Borough of Kensington and Chelsea"]


def test_a_body_named_by_what_it_is_or_with_its_place_after_it_and_a_title_after_but():
    from loaders.people import _clean_title
    assert _clean_title("chief executive of the charity Family Rights Lobby", COUNCIL)[:2] == ("chief executive", "Family Rights Lobby")
    assert _clean_title("branch secretary of Unison in Kestrelford", COUNCIL)[:2] == ("branch secretary", "Unison")
    assert _clean_title("but opposition leader", COUNCIL)[:2] == ("opposition leader", COUNCIL)
    assert _clean_title("director of children's services in Kestrelford", COUNCIL)[:2] == ("director of children's services", COUNCIL)


def test_a_title_that_lists_its_portfolio_or_adds_a_bracket_before_the_name():
    found, _ = people("Assistant city mayor for children, young people and schools Sarah Rahim said money would be added.\n\n"
                      "The council's executive director of people (children), Anna Ross, added that staff had worked hard.\n")
    assert roles(found["Sarah Rahim"]) == [("assistant city mayor for children, young people and schools", COUNCIL, None)]
    assert roles(found["Anna Ross"]) == [("executive director of people", COUNCIL, None)]


def test_bylines_with_a_separator_after_them():
    from loaders.people import credited_people
    found = lambda t: [(n, title, org) for _, _, n, title, org in credited_people(t)]
    assert found("Headline\nBy Tom Wheat, Local Democracy Reporter | Thursday 8 August 2019\nText.") == [
        ("Tom Wheat", "local democracy reporter", None)]
    assert found("Headline\nPosted by Cal Brier on 3 March 2015 · 14 comments\nText.") == [("Cal Brier", "reporter", None)]


@pytest.mark.parametrize("phrase, expected", [
    # wordings met in news golded blind (rnews15, rnews16)
    ("Unison’s Kestrelford branch secretary", ("branch secretary", "Unison")),
    ("Leader of the Council", ("Leader of the Council", "Kestrelford Borough Council")),
    ("chair of the Kestrel Futures board", ("chair of the Kestrel Futures board", "Kestrel Futures")),
    ("chair of the Children and Young People Policy Committee", ("chair of the Children and Young People Policy Committee", "Kestrelford Borough Council")),
    ("independent scrutineer of the Keeping Bristol Safe Partnership", ("independent scrutineer", "Keeping Bristol Safe Partnership")),
    # a council's or Ofsted's own, as before
    ("Director of Children’s Services", ("Director of Children’s Services", "Kestrelford Borough Council")),
    ("Her Majesty's Inspector", ("Her Majesty's Inspector", "Ofsted")),
])
def test_whose_post_a_title_names(phrase, expected):
    from loaders.people import _clean_title
    assert _clean_title(phrase, "Kestrelford Borough Council")[:2] == expected


def test_a_foster_carer_and_a_scrutineer_are_posts():
    found, _ = people("Foster carer Mandy Orrell said the service had changed beyond recognition.\n"
                      "Dr Jane Ellis, independent scrutineer for the Kestrelford Safeguarding Children Partnership, welcomed it.\n")
    assert roles(found["Mandy Orrell"]) == [("foster carer", None, None)]
    assert roles(found["Jane Ellis"]) == [("independent scrutineer", "Kestrelford Safeguarding Children Partnership", None)]


def test_a_body_owns_the_post_its_name_spans_and_a_party_leads_the_council():
    p, _ = people("The Department for Education's commissioner for Kestrelford, Dr Frank Oakes, stood down in October.\n"
                  "The chief executive of Kestrelford Children First, Martin Drake, said the work goes on.\n"
                  "Cllr Amara Bell, the Labour leader of Kestrelford Borough Council, said the result was deserved.\n"
                  "Carol Whitby, chief executive of the charity Family Rights Lobby, said recovery was possible.\n")
    assert roles(p["Frank Oakes"]) == [("commissioner", "Department for Education", None)]
    assert roles(p["Martin Drake"]) == [("chief executive", "Kestrelford Children First", None)]
    assert roles(p["Amara Bell"]) == [("leader", COUNCIL, None)]
    assert roles(p["Carol Whitby"]) == [("chief executive", "Family Rights Lobby", None)]
    assert "Family Rights Lobby" not in p  # the charity's name, after what it is


def test_a_young_person_named_by_first_name_and_age():
    p, _ = people("Jade, 19, a care leaver from Felixstowe, said she had been moved into a hostel.\n"
                  "Tyler, 17, who chairs Kestrelford's Children in Care Council, said: \"My social worker stayed.\"\n"
                  "Josh, 19, who left care in the town last year, is more forgiving.\n"
                  "Kai, 16, said: \"They listen now.\"\n"
                  "Tributes were paid to Mr Platt, 84, after the crash.\n")
    assert roles(p["Jade"]) == [("care leaver", None, None)]
    assert roles(p["Tyler"]) == [("chair of Kestrelford's Children in Care Council", None, None)]
    assert roles(p["Josh"]) == [("care leaver", None, None)]
    assert roles(p["Kai"]) == []
    assert "Platt" not in p


def test_a_force_owns_its_chief_constable_a_union_its_branch_and_a_practitioner_and_researcher_are_roles():
    p, _ = people("Devon and Cornwall Police's Chief Constable, Will Kerslake, said the force had created a unit.\n"
                  "Colin Reddaway, secretary of Unison's Kestrelford branch, said members had worked hard.\n"
                  "Jade Holroyd, a senior practitioner in one of Kestrelford's child protection teams, told us caseloads mattered.\n"
                  "Dr Marcus Feeney, who researches workforce stability at the University of Huddersfield, was cautious.\n")
    assert roles(p["Will Kerslake"]) == [("Chief Constable", "Devon and Cornwall Police", None)]
    assert roles(p["Colin Reddaway"]) == [("secretary of Unison's Kestrelford branch", "Unison", None)]
    assert roles(p["Jade Holroyd"]) == [("senior practitioner", None, None)]
    assert roles(p["Marcus Feeney"]) == [("researcher of workforce stability", "University of Huddersfield", None)]


def test_a_company_spelled_out_before_its_initials_and_a_young_members_council():
    p, _ = people("Kestrelford's services are run by Achieving for Children (AfC), a community interest company.\n"
                  "Dr Femi Cross, AfC's Director of Children's Services for Kestrelford, said AfC would open a new home.\n"
                  "Kai, 16, a member of Kestrelford's Children in Care Council, said: \"My social worker listens.\"\n")
    assert roles(p["Femi Cross"]) == [("Director of Children's Services", "Achieving for Children", None)]
    assert roles(p["Kai"]) == [("member of Kestrelford's Children in Care Council", None, None)]


def test_two_writers_a_blog_authors_post_and_a_captions_credit():
    from loaders.people import credited_people
    found = lambda t: [(n, title) for _, _, n, title, _ in credited_people(t)]
    assert found("By Gareth Nash and Lauren Achterberg\n") == [("Gareth Nash", "reporter"), ("Lauren Achterberg", "reporter")]
    assert found("Posted by Dr Imogen Varga, Head of Policy and Research | 14 March 2018 | 4 comments\n") == \
        [("Imogen Varga", "Head of Policy and Research")]
    assert found("Photo: Students at the Highfield campus. Credit: Jonah Whitcombe\n") == [("Jonah Whitcombe", "photographer")]
    assert found("Photo: The river at dusk. Credit: Ouseburn Voice\n") == []  # an outlet, not a photographer


def test_a_universitys_post_a_constituencys_mp_and_a_police_rank():
    found, _ = people("Professor Ruth Ashdown, head of social work at the University of Southampton, said the gap was not inevitable.\n"
                      "Coventry North East MP Rashid Bell said it was a dark day.\n"
                      "Detective Superintendent Owen Shah of Kestrelford Police said every officer would be trained.\n")
    assert roles(found["Ruth Ashdown"]) == [("head of social work", "University of Southampton", None)]
    assert [r.organisation for r in found["Rashid Bell"].roles] == [None]
    assert sorted(found) == ["Owen Shah", "Rashid Bell", "Ruth Ashdown"]
    assert [r.title for r in found["Owen Shah"].roles] == ["Detective Superintendent"]


def test_a_care_leaver_a_student_a_foster_carer_and_a_charitys_founder():
    found, _ = people("Care leaver Liam Okoro, 20, who joined the apprenticeship scheme last year, said his adviser had helped.\n"
                      "For Mia Carraway, a second-year nursing student who grew up in care in the city, the findings are personal.\n"
                      "Angela Tobin, who has fostered children in Archway for more than a decade, said the support had improved.\n"
                      "Jan Whitcombe, who founded the kinship carers' charity Grandparents Together Northants, said families waited.\n")
    assert roles(found["Liam Okoro"]) == [("care leaver", None, None)]
    assert roles(found["Mia Carraway"]) == [("second-year nursing student", None, None)]
    assert roles(found["Angela Tobin"]) == [("foster carer", None, None)]
    assert roles(found["Jan Whitcombe"]) == [("founder", "Grandparents Together Northants", None)]


def test_a_camera_credit_a_member_by_first_name_an_accented_name_and_a_pay_deal():
    from loaders.people import credited_people
    assert [(n, t) for _, _, n, t, _ in credited_people("Watch: Priya Dunn reports from Stafford. Camera: Craig Vance\n")] == \
        [("Craig Vance", "camera operator")]
    found, _ = people("Jordan, 17, who sits on the county's Children in Care Council, told the station his social worker listens.\n"
                      "Tobias Greenhalgh-Nuñez, news editor, said the report was fair.\n"
                      "The council was recruiting 20 social workers on a new Kestrelford Promise pay deal.\n")
    assert roles(found["Jordan"]) == [("member of the county's Children in Care Council", None, None)]
    assert "Tobias Greenhalgh-Nuñez" in found
    assert "Kestrelford Promise" not in found


def test_members_for_seats_a_board_chaired_a_nurse_a_professor_and_a_care_leaver_with_her_age():
    found, _ = people("Dame Harriet Pike MP, the Conservative member for Rother Vale, had secured the debate.\n"
                      "Labour's Danny Firth, the member for Tynedale North, rose to agree.\n"
                      "The government sent in a commissioner, Dame Judith Shaw, who has chaired the council's improvement board ever since.\n"
                      "For the integrated care board, chief nurse Dr Helen Ndiaye said it would fund two GP safeguarding leads.\n"
                      "Professor Leonie Bray, who studies multi-agency safeguarding at a Midlands university, said the model worked.\n"
                      "So had Tia Holt, 20, a care leaver from Hastings who sits on the county's children in care council.\n"
                      "Council leader County Councillor Geoffrey Ash said he was sorry.\n"
                      "The lead inspector was HMI Gareth Bell.\n")
    assert roles(found["Harriet Pike"]) == [("Conservative member for Rother Vale", None, None)]
    assert roles(found["Danny Firth"]) == [("member for Tynedale North", None, None)]
    assert "Rother Vale" not in found and "Tynedale North" not in found  # seats, not people
    assert ("chair of the council's improvement board", COUNCIL, None) in roles(found["Judith Shaw"])
    assert roles(found["Helen Ndiaye"]) == [("chief nurse", None, None)]
    assert roles(found["Leonie Bray"]) == [("professor", None, None)]
    assert [r[0] for r in roles(found["Tia Holt"])] == ["care leaver", "member of the county's children in care council"]
    assert roles(found["Geoffrey Ash"]) == [("council leader", COUNCIL, None)]
    assert [r[0] for r in roles(found["Gareth Bell"])] == ["lead inspector"]


def test_a_professor_named_in_passing_holds_no_post():
    found, _ = people("Prof Julian Grand said the service was in a spiral of decline.\n")
    assert roles(found["Julian Grand"]) == []


def test_a_name_ending_in_s_a_groups_leader_a_line_of_credits_and_peers_by_surname():
    found, _ = people("Labour’s children’s spokesperson, Councillor Wes Okoro, said the result was a credit to staff.\n"
                      "The leader of the Liberal Democrat group, Councillor Priya Farthing, said the borough had lost its way.\n"
                      "The improvement board, chaired since 2022 by Lord Aldwinckle, will be replaced.\n"
                      "The panel chaired by Baroness Helen Quarmby will meet for the last time.\n"
                      "Baroness Quarmby said she was delighted.\n"
                      "One of them, Kezia, now 19, told me the B&B was meant to be three nights.\n")
    assert [r[0] for r in roles(found["Wes Okoro"])] == ["children’s spokesperson"]
    assert [r[0] for r in roles(found["Priya Farthing"])] == ["leader of the Liberal Democrat group"]
    assert roles(found["Aldwinckle"]) == [("chair of the improvement board", None, None)]
    assert "Quarmby" not in found and roles(found["Helen Quarmby"]) == [("chair of the panel", None, None)]
    assert "Kezia" in found


def test_a_line_of_credits_names_each_writer():
    from loaders.people import credited_people
    assert [(n, t) for _, _, n, t, _ in credited_people("Report by Sophie Warren. Words by Callum Bright\n")] == \
        [("Sophie Warren", "reporter"), ("Callum Bright", "writer")]


def test_who_would_chair_a_board_and_who_writes_the_newsletter():
    found, _ = people("The Department for Education said Sir Malcolm Penn, a former director of children's services, would chair "
                      "an improvement board.\nThe Town Hall Tracker is written and edited by Saoirse Quill.\n")
    assert ("chair of the improvement board", None, None) in roles(found["Malcolm Penn"])
    assert roles(found["Saoirse Quill"]) == [("writer and editor", None, None)]


def test_a_byline_posted_on_its_date_a_role_in_lower_case_a_post_before_a_first_name_and_a_saints_place():
    from loaders.people import credited_people
    found = lambda t: [(n, title, org) for _, _, n, title, org in credited_people(t)]
    assert found("Headline\nPosted on 14 July 2022 by Morwen Hale\nText.") == [("Morwen Hale", "reporter", None)]
    assert found("Headline\nBy Harriet Dobbs Local government reporter\nText.") == [("Harriet Dobbs", "local government reporter", None)]
    ps, _ = people("Care leaver Tegan, 19, who lives in a council flat in Kestrelford, said her adviser helped. "
                   "\"We are advertising for two more foster families on St Mary's,\" said Jo Bloggs.")
    assert roles(ps["Tegan"]) == [("care leaver", None, None)]
    assert not any(n.startswith("St ") for n in ps)


@pytest.mark.parametrize("text, expected", [
    ("Foster carers Sandra and Keith Ashby, from Madeley, said the support had been brilliant.",
     [("Sandra Ashby", ["foster carer"]), ("Keith Ashby", ["foster carer"])]),
    ("Foster carer Jackie, from Tilbury, called the station after the bulletin.", [("Jackie", ["foster carer"])]),
    ("Back in Seacroft, the boy's grandmother, Pat, says the conference was the first time anyone had asked.", [("Pat", ["grandmother"])]),
    ("For Connor, who is 20 and left care last year, the grade is no surprise.", [("Connor", ["care leaver"])]),
    ("Leanne, a mum from Whitehawk who asked us not to use her surname, said it was hard.", [("Leanne", ["mum"])]),
])
def test_people_named_by_first_name_beside_what_they_are_to_the_service(text, expected):
    ps, _ = people(text)
    assert [(n, [r.title for r in p.roles]) for n, p in ps.items()] == expected


def test_credits_in_a_caption_a_byline_part_and_a_labelled_line():
    from loaders.people import credited_people
    found = lambda t: [(n, title) for _, _, n, title, _ in credited_people(t)]
    assert found("Headline\nStaff at a family hub. Photograph: Joel Whitby for the Chronicle\nText.") == [("Joel Whitby", "photographer")]
    assert found("Headline\nThe civic centre. Picture: Herald photographer Dan Arkley\nText.") == [("Dan Arkley", "photographer")]
    assert found("Headline\n11 July 2024 | RTR Newsroom | Reporting by Jas Bhamra\nText.") == [("Jas Bhamra", "reporter")]
    assert found("Headline\nPosted at 4:32pm, Thursday 3rd September 2015 by Gemma Holt\nText.") == [("Gemma Holt", "reporter")]
    assert found("Headline\nText.\nReporter: Kieran Dobbs") == [("Kieran Dobbs", "reporter")]


def _titles(tmp_path, text: str) -> dict[str, list[str]]:
    """Each person's role titles, sorted, in an article of our own (read and extracted as `ikg extract` does)."""
    p = tmp_path / "a.txt"
    p.write_text(text, encoding="utf-8")
    return {x["name"]: sorted(r["title"] for r in x["roles"]) for x in extract(read_document(p)).to_json()["people"]}


def test_a_visit_led_by_his_majestys_inspector_with_another_inspector(tmp_path):
    people = _titles(tmp_path, "Ofsted visit finds Kestrelford carers waiting\n\nInspectors visited Kestrelford Borough Council's children's services in January. "
                               "The visit was led by Her Majesty's Inspector Ann Roe, with inspector Sam Hill.\n")
    assert people["Ann Roe"] == ["Her Majesty's Inspector", "lead inspector"]  # an HMI, and this visit's lead
    assert people["Sam Hill"] == ["inspector"]


def test_a_byline_with_several_parts_a_hyphenated_first_name_and_a_grandmother_who_brings_up_a_child(tmp_path):
    people = _titles(tmp_path, "Kestrelford puts £7m into children's services\n\nBy Jo Bloggs-Hill | 14 September 2016 | Finance, Children's services | 3 min read\n\n"
                               "Kestrelford Borough Council has agreed to add £7m to its budget for children's social care this year.\n\n"
                               "Kerry-Ann, a mum from Sandbach, gave me permission to share her experience. "
                               "Bernadette, 63, who has cared for her grandson since he was three, told us her assessment took five months. "
                               "Precious Adebayo-Hurst, 21, who left care in 2022, told us she had waited too long.\n")
    assert people["Jo Bloggs-Hill"] == ["reporter"]
    assert people["Kerry-Ann"] == ["mum"]
    assert people["Bernadette"] == ["kinship carer"]
    assert "Adebayo-Hurst" not in people  # a surname is no first name


def test_an_mps_own_site_names_its_member_in_the_masthead(tmp_path):
    people = _titles(tmp_path, "Skip to content\nJane Roe MP\nMember of Parliament for Kestrelford North\n\nHome | News | Contact\n\n"
                               "Ofsted report on Kestrelford children's services: my response\n\n"
                               "Last Thursday Ofsted published its report on Kestrelford Borough Council's services for children, "
                               "and I want to set out what it says.\n")
    assert people["Jane Roe"] == ["Member of Parliament for Kestrelford North"]


def test_credits_of_a_bulletin_and_a_fact_check_and_frontline_staff_by_first_name(tmp_path):
    people = _titles(tmp_path, "NEWS BULLETIN | 07:00 | Wednesday 12 June\nRead by Callum Roe\n\n"
                               "By Nina Hale, fact checker | Edited by Toby Wren\n\n"
                               "Kestrelford Borough Council's children's services were rated inadequate by Ofsted this week, the council said.\n\n"
                               "The inspection, from 29 January to 9 February 2024, was led by His Majesty's Inspector (HMI) Ann Roe.\n\n"
                               "Owain, a social worker from Caerphilly who moved to Kestrelford in May, said the package had made the difference.\n\n"
                               "Our treasurer, Dev Whitlock, said carers had waited too long.\n")
    assert people["Callum Roe"] == ["newsreader"]
    assert people["Nina Hale"] == ["fact checker"] and people["Toby Wren"] == ["editor"]
    assert "lead inspector" in people["Ann Roe"]
    assert people["Owain"] == ["social worker"]
    assert people["Dev Whitlock"] == ["treasurer"]


def test_a_profiles_name_over_its_post():
    p_text = "LinkedIn\n\nSam Okoro\nDirector of Children's Services at Kestrelford Borough Council\n1d · Edited\n\nI'm so proud of our team today, and of what the inspectors found.\n"
    from loaders.people import credited_people
    assert [(n, t, o) for _s, _e, n, t, o in credited_people(p_text)] == [
        ("Sam Okoro", "Director of Children's Services", "Kestrelford Borough Council")]


def test_a_joint_inspection_led_by_ofsteds_inspector_and_a_police_rank(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Joint inspection praises Kestrelford's response to domestic abuse\n\n"
                 "A joint targeted area inspection of how agencies in Kestrelford Borough Council's area respond to children living with "
                 "domestic abuse has found that partners share information quickly.\n\n"
                 "The inspection was led by Ofsted's Jo Marsh, with Ian Pell from HMICFRS.\n\n"
                 "Inspector Tom Birch said the force had trained 200 officers.\n\n"
                 "Kestrelford Borough Council's children's services were rated good by Ofsted in 2022.\n", encoding="utf-8")
    d = extract(read_document(p)).to_json()
    roles = {x["name"]: [(r["title"], r["organisation"]) for r in x["roles"]] for x in d["people"]}
    assert roles["Jo Marsh"] == [("lead inspector", "Ofsted")]
    assert roles["Tom Birch"] == [("inspector", None)]  # a police rank, not Ofsted's
    assert [i["inspectors"] for i in d["inspections"] if i["type"] == "jtai"] == [["Jo Marsh"]]


def test_a_post_since_an_appointment_a_trusts_chair_and_a_name_before_inspectors_said():
    found, _ = people("Kestrelford Children's Trust takes over the council's children's services in April.\n"
                      "The trust will be chaired by the Right Honourable Jo Bloggs, who came from Lowfield City Council.\n"
                      "Alison Alder was also praised for leading a strong and stable team since her appointment as director of the service in 2013.\n"
                      "In a letter addressed to the chief executive of Kestrelford children's services, Jean Rich, inspectors said progress had been made.\n")
    assert roles(found["Jo Bloggs"]) == [("chair of the trust", "Kestrelford Children's Trust", None)]
    assert [(t, s) for t, _o, s in roles(found["Alison Alder"])] == [("director of the service", "2013")]
    assert [t for t, _o, _s in roles(found["Jean Rich"])] == ["chief executive of children's services"]  # not an inspector


def test_a_byline_that_names_the_outlet_is_no_reporter(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Kestrelford children's services rated outstanding by Ofsted\n\nKestrelford Live\nBy Kestrelford Live\n\n"
                 "Kestrelford Borough Council's children's services have been rated outstanding.\n", encoding="utf-8")
    assert [x["name"] for x in extract(read_document(p)).to_json()["people"]] == []


def test_a_post_handed_on_goes_to_the_successor():
    found, _ = people("Kestrelford's director of children's services John Wilson left last November and his role was filled on an interim "
                      "basis by Ellen Ross. Wilson's permanent replacement, Beate Wagner, joined in February.\n")
    assert [t for t, _o, _s in roles(found["Ellen Ross"])] == ["interim director of children's services"]
    assert [t for t, _o, _s in roles(found["Beate Wagner"])] == ["director of children's services"]


def test_a_captions_credit_with_the_picture_library_after_a_slash(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Kestrelford children's services rated good by Ofsted\n\n"
                 "Image of Kestrelford town hall and civic centre (Credit: Francis Hannaway / Wikimedia Commons)\n\n"
                 "Kestrelford Borough Council's children's services have been rated good.\n", encoding="utf-8")
    got = [(x["name"], [r["title"] for r in x["roles"]]) for x in extract(read_document(p)).to_json()["people"]]
    assert got == [("Francis Hannaway", ["photographer"])]


def test_a_local_democracy_reporter_over_the_service_and_a_captions_bare_credit():
    from loaders.people import credited_people
    found = lambda t: [(n, title) for _, _, n, title, _org in credited_people(t)]
    assert found("Kestrelford children's services rated good\nJane Marlow\nLocal Democracy Reporting Service\n"
                 "Ofsted has rated the council's children's services good.") == [("Jane Marlow", "local democracy reporter")]
    assert found("Headline\n\nThe council offices in Kestrelford. Credit: Tom Harwick\n") == [("Tom Harwick", "photographer")]
    assert found("Headline\n\nThe council offices in Kestrelford. Credit: Kestrelford Echo\n") == []  # an outlet, no one


def test_a_photographer_known_by_one_name_before_the_picture_library():
    from loaders.people import credited_people
    found = lambda t: [(n, title) for _, _, n, title, _org in credited_people(t)]
    assert found("Headline\n\nPhoto: Takasu/Fotolia\n") == [("Takasu", "photographer")]
    assert found("Headline\n\nView over the harbour (credit: Diliff / Wikimedia Commons)\n") == [("Diliff", "photographer")]
    assert found("Headline\n\nPhoto: Getty/Shutterstock\n") == []  # two libraries, no one


def test_a_byline_with_role_and_outlet_and_a_credit_through_two_agencies():
    from loaders.people import credited_people
    found = lambda t: [(n, title) for _, _, n, title, _org in credited_people(t)]
    assert found("Head\nBy Charlotte Wright, Political Editor, BBC South East\nWhen Ofsted announced services were inadequate, "
                 "the leader said he was sorry.\n") == [("Charlotte Wright", "political editor")]
    assert found("Head\n\nPicture by: David Davies/PA Wire/Press Association Images\n") == [("David Davies", "photographer")]


@pytest.mark.parametrize("line, expected", [
    ("By Jane Roe, Local Democracy Reporting Service", [("Jane Roe", "local democracy reporter")]),
    ("By Jane Roe | Local Democracy Reporter", [("Jane Roe", "local democracy reporter")]),
    ("By Jane Roe and Sam Hill, BBC News", [("Jane Roe", "reporter"), ("Sam Hill", "reporter")]),
    ("By Jane Roe Published: 10:00, 4 May 2024", [("Jane Roe", "reporter")]),
    ("Jane Roe | Published 4 May 2024", [("Jane Roe", "reporter")]),
    ("Jane Roe · 4 May 2024 · 3 min read", [("Jane Roe", "reporter")]),
    ("By JANE ROE", [("Jane Roe", "reporter")]),
    ("By Jane Roe @janeroe", [("Jane Roe", "reporter")]),
    ("Jane Roe, Chief Reporter, Kestrelford Echo", [("Jane Roe", "chief reporter")]),
    ("Photo: Jane Roe (Kestrelford Echo)", [("Jane Roe", "photographer")]),
    ("By Kestrelford Council", []),
    ("Children's Services | 4 May 2024", []),
])
def test_bylines_and_credits_as_pages_write_them(line, expected):
    from loaders.people import credited_people
    text = ("Kestrelford children's services rated good\n" + line + "\nOfsted has rated the council's children's services good "
            "after an inspection in March, the report said today.\n")
    assert [(n, title) for _, _, n, title, _org in credited_people(text)] == expected


def test_the_chair_of_a_scrutiny_committee_however_written_holds_a_council_post():
    p, _ = people("Cllr Trisha Long, chairman of the CYPS scrutiny committee, said it was encouraging.\n")
    assert roles(p["Trisha Long"]) == [("chairman of the CYPS scrutiny committee", COUNCIL, None)]


def test_a_child_whose_death_an_article_recalls_is_a_person_without_a_post():
    p, _ = people("The council became notorious after the deaths of Ava Stone in 2000 and Dylan Marsh-Brown in 2007.\n"
                  "The murder of six-year-old Arthur Lane shocked the country. The death of a child in care was reviewed.\n")
    assert {"Ava Stone", "Dylan Marsh-Brown", "Arthur Lane"} <= set(p)
    assert all(not roles(p[n]) for n in ("Ava Stone", "Dylan Marsh-Brown", "Arthur Lane"))


def test_a_successor_holds_the_post_of_the_one_replaced_and_years_spent_as_a_post_are_a_role():
    got = people("Following the inadequate rating in 2013, Sheila Lock took over as interim director of children's services. "
                 "In June this year the authority appointed Michael Rosen to replace Lock.\n"
                 "Jo Bell, the council's head of early help, left in May. Sam Cole replaced Jo Bell in June.\n"
                 "Inspectors praised the leadership of chief executive Tony Zaman, who spent eight years as director of children's services.\n")
    got, _mentions = got
    titles = {name: [t for t, _o, _s in roles(p)] for name, p in got.items()}
    assert titles["Michael Rosen"] == ["director of children's services"]
    assert any("head of early help" in t for t in titles["Sam Cole"])
    assert "director of children's services" in titles["Tony Zaman"]


def test_the_posts_a_sentence_opens_on_are_the_next_named_persons():
    got, _mentions = people("Deputy Leader and Executive Member for Children, Families and Education, Cllr Kate Lymer said: "
                            "“We are all extremely excited.”\n"
                            "In a statement on Friday, Cllr Jo Roe said the council would act.\n")
    titles = {name: [t for t, _o, _s in roles(p)] for name, p in got.items()}
    assert titles["Kate Lymer"] == ["Deputy Leader", "Executive Member for Children, Families and Education"]
    assert titles["Jo Roe"] == ["councillor"]  # (a time is no post)


@pytest.mark.parametrize("text, title", [
    ("Bijal Shah, a front-line worker who was interviewed by Ofsted, said: “It makes a difference.”\n", "front-line worker"),
    ("Bijal Shah, a family support worker, said: “It makes a difference.”\n", "family support worker"),
])
def test_workers_named_by_what_they_do_have_that_role(text, title):
    found, _ = people(text)
    assert [r.title for r in found["Bijal Shah"].roles] == [title]


def test_two_posts_one_at_a_company_that_runs_the_services_and_one_at_the_council():
    p, _ = people("Jill Roe, Chief Executive of Together for Children and Director of Children's Services for the City Council, "
                  "welcomed the report.\n")
    # the company as the text names it (it runs Sunderland's services), the council the article is about for "the City Council"
    assert roles(p["Jill Roe"]) == [("Chief Executive", "Together for Children", None), ("Director of Children's Services", COUNCIL, None)]


def test_the_councils_own_words_before_a_title_name_its_post():
    p, _ = people("It said the appointment of county council chief executive Donna Hale in 2023 had led to stability.\n"
                  "Jo Reed, the county council's executive director for people, responded to the findings.\n")
    assert roles(p["Donna Hale"])[0][:2] == ("chief executive", COUNCIL)
    assert roles(p["Jo Reed"])[0][:2] == ("executive director for people", COUNCIL)


def test_his_majestys_inspector_who_headed_up_the_team_is_ofsteds_lead_inspector():
    p, _ = people("The report published by Ofsted and His Majesty's Inspector, Steve Lowe, who headed up the inspection team, "
                  "states that leaders have a clear strategic intent.\n")
    assert [r[:2] for r in roles(p["Steve Lowe"])] == [("His Majesty's Inspector", "Ofsted"), ("lead inspector", "Ofsted")]
