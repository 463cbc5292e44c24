"""The subject council of an Ofsted document, and the gazetteer's written forms of names.
Texts are short originals in Ofsted's layout, not copies of real letters."""
import pytest

from loaders.gazetteer import find_councils, lookup
from loaders.subject import subject_council

LETTERHEAD = """Ofsted
Piccadilly Gate
Store Street
Manchester
M1 2WD

T 0300 000 0000
www.gov.uk/ofsted

"""


def ons(text):
    council, _why = subject_council(text)
    return council.ons_code if council else None


@pytest.mark.parametrize("written, code", [
    ("St Helens", "E08000013"), ("St. Helens Council", "E08000013"),
    ("Royal Borough of Kingston-upon-Thames", "E09000021"), ("Kingston upon Thames", "E09000021"),
    ("Telford & Wrekin Council", "E06000020"), ("London Borough of Hammersmith & Fulham", "E09000013"),
    ("Bristol, City of", "E06000023"), ("City of Bristol", "E06000023"),
    ("Kingston upon Hull City Council", "E06000010"), ("County Durham", "E06000047"),
    ("Newcastle upon Tyne", "E08000021"), ("Bournemouth, Christchurch and Poole", "E06000058"),
    ("Wigan Metropolitan Borough Council", "E08000010"), ("Together for Children", "E08000024"),
])
def test_every_written_form_of_a_name(written, code):
    assert lookup(written).ons_code == code
    assert [c.ons_code for c, _s, _e in find_councils(f"A note about {written} today.")] == [code]


@pytest.mark.parametrize("code, full", [
    ("E08000035", "Leeds City Council"), ("E10000016", "Kent County Council"),
    ("E09000020", "Royal Borough of Kensington and Chelsea"), ("E09000033", "Westminster City Council"),
    ("E06000053", "Council of the Isles of Scilly"), ("E08000032", "City of Bradford Metropolitan District Council"),
    ("E09000002", "London Borough of Barking and Dagenham"), ("E06000047", "Durham County Council"),
    ("E06000063", "Cumberland Council"),
])
def test_a_council_is_named_in_full_as_it_styles_itself(code, full):
    from loaders.gazetteer import by_code
    assert by_code(code).formal_name == full


def test_every_councils_full_name_names_that_council_again():
    from loaders.gazetteer import councils
    for c in councils():
        assert lookup(c.formal_name) is c, c.formal_name
        assert [found for found, _s, _e in find_councils(f"A letter to {c.formal_name} today.")] == [c]


def test_a_trust_that_runs_several_councils_services_names_none_of_them():
    assert find_councils("Staff of Achieving for Children met inspectors.") == []


def test_greater_manchester_is_a_region_not_the_city():
    assert find_councils("Greater Manchester Police took part.") == []


def test_letter_is_about_the_council_it_visits_not_ofsted_postal_address():
    text = LETTERHEAD + """3 March 2025
Alex Example
Director of Children's Services
St Helens Council
Town Hall
WA10 1HP

Dear Alex,
Focused visit to St Helens children's services
This letter summarises the findings of the focused visit to St Helens children's services on 4 and 5 February 2025.
"""
    assert ons(text) == "E08000013"


def test_visit_sentence_names_the_subject_when_the_heading_does_not():
    text = LETTERHEAD + """12 June 2024
Sam Sample
Executive Director of Children's Services
Town Hall

Dear Sam,
Focused visit to children's services
This letter summarises the findings of the focused visit to Camden children's services on 1 and 2 May 2024.
Children in Manchester were not part of this visit.
"""
    assert ons(text) == "E09000007"


def test_the_addressee_names_the_subject_when_no_title_does():
    # no date line parts Ofsted's letterhead from the addressee here
    text = LETTERHEAD + """Sam Sample
Director of Children's Services
Newcastle upon Tyne City Council
Civic Centre
NE1 8QH

Dear Sam
Inspectors visited your services recently and found much that works well for children.
"""
    assert subject_council(text) == (lookup("Newcastle upon Tyne"), "addressee")


def test_report_title_with_a_council_written_in_full():
    text = """Inspection of London Borough of
Hammersmith & Fulham local authority
children's services
Inspection dates: 3 to 7 March 2025
Lead inspector: Pat Example, His Majesty's Inspector
Children in Hertfordshire placed here by other councils were not seen.
"""
    assert subject_council(text) == (lookup("Hammersmith and Fulham"), "title")


def test_older_report_title_page_wraps_the_council_over_two_lines():
    text = """Royal Borough of Kensington and
Chelsea
Inspection of services for children in need of help and
protection, children looked after and care leavers
Inspection date: 1 to 20 May 2016
"""
    assert ons(text) == "E09000020"


def test_a_document_that_names_no_subject_gets_none_not_a_guess():
    text = LETTERHEAD + """4 April 2024
Dear colleague,
Inspectors compared practice in Leeds and in Kent for this national review of children's services.
"""
    assert subject_council(text) == (None, None)


def test_a_joint_targeted_area_inspection_is_about_the_area_it_names():
    text = LETTERHEAD + """2 May 2023
Alex Example, Director of Children's Services, Sefton Council
Chief Constable, Merseyside Police

Dear colleagues
Joint targeted area inspection of the multi-agency response to children and families who need help in Sefton
Between 6 and 10 March 2023, Ofsted, the Care Quality Commission and HM Inspectorate visited.
"""
    assert subject_council(text) == (lookup("Sefton"), "title")


def test_a_former_authority_is_named_only_in_full():
    from loaders.gazetteer import find_councils, lookup
    assert lookup("Northamptonshire County Council").ons_code == "E10000021"
    assert lookup("Borough of Poole").ons_code == "E06000029"
    found = find_councils("North Northamptonshire Council took over from Northamptonshire County Council; "
                          "Northamptonshire Children's Trust runs the services.")
    # the successor, then the former council named in full; the trust's bare name names no council
    assert [c.ons_code for c, _, _ in found] == ["E06000061", "E10000021"]


def test_a_former_authority_is_named_by_its_bare_name_only_before_it_ceased():
    from loaders.gazetteer import find_councils
    text = "Northamptonshire's children's services were rated inadequate, as Poole's were."
    assert find_councils(text) == []  # no date: the successors share the bare names
    assert [c.ons_code for c, _, _ in find_councils(text, on="2019-07-29")] == ["E10000021"]  # Poole had gone
    assert [c.ons_code for c, _, _ in find_councils(text, on="2018")] == ["E10000021", "E06000029"]
    assert find_councils(text, on="2023-01-05") == []
    # a current name that holds the former one still names the current council alone
    assert [c.ons_code for c, _, _ in find_councils("Bournemouth, Christchurch and Poole", on="2018")] == ["E06000058"]
