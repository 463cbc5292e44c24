"""What kind of document (loaders/kind.py): Ofsted letter, Ofsted report, news, other."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import OLDER_REPORT_TITLE, SHARED, needs_shared
from loaders.extract import NotChildrensServices, extract
from loaders.kind import document_kind
from loaders.read import read_document

FIX = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("name, kind", [
    ("ofsted_monitoring_letter.txt", "ofsted_letter"),
    ("ofsted_ilacs_report.txt", "ofsted_report"),
    ("ofsted_not_childrens_services.txt", "other"),
])
def test_fixture_kinds(name, kind):
    assert document_kind(read_document(FIX / name)) == kind


def _kind_of(tmp_path, text: str) -> str:
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return document_kind(read_document(p))


def test_a_document_not_about_childrens_services_is_refused():
    with pytest.raises(NotChildrensServices):
        extract(read_document(FIX / "ofsted_not_childrens_services.txt"))


def test_news_about_childrens_services(tmp_path):
    assert _kind_of(tmp_path, "Kestrelford council's children's services have been rated good by Ofsted.\n"
                    "Inspectors praised social workers for their work with children in care, and the "
                    "director of children's services said staff were delighted with the result of the visit.\n") == "news"


def test_older_framework_report_is_a_report(tmp_path):
    assert _kind_of(tmp_path, OLDER_REPORT_TITLE + "Children’s services in Kestrelford require improvement\n"
                    "1. Children who need help and protection Requires improvement\n"
                    "3. Leadership, management and governance Requires improvement\n") == "ofsted_report"


@needs_shared
@pytest.mark.parametrize("path, kind", [
    ("corpus/liverpool/002_ofsted_2025_monitoring_letter.txt", "ofsted_letter"),
    ("corpus/liverpool/000_lw_2025_significant_improvement.txt", "news"),
    ("corpus/liverpool/003_echo_2023_bracing.txt", "news"),
    ("corpus/liverpool/liverpool_fv_2021-08-02.pdf", "ofsted_letter"),
    ("corpus/liverpool/liverpool_ilacs_2014-07-18.pdf", "ofsted_report"),
    ("corpus/ofsted-dev/windsor-and-maidenhead_ilacs_2024-11-19.pdf", "ofsted_report"),
    ("corpus/ofsted-dev/kingston-upon-hull_fv_2021-05-10.pdf", "ofsted_letter"),
])
def test_real_documents(path, kind):
    assert document_kind(read_document(SHARED / path)) == kind


def test_a_letter_without_its_head_is_still_a_letter(tmp_path):
    text = (FIX / "ofsted_monitoring_letter.txt").read_text(encoding="utf-8")
    assert _kind_of(tmp_path, text[text.index("This letter summarises"):]) == "ofsted_letter"


def test_news_whose_inspectors_are_not_named_ofsted(tmp_path):
    assert _kind_of(tmp_path, "Kestrelford children's services still require improvement\n\n"
                    "A re-inspection of children's services at Kestrelford Borough Council, published today, found they "
                    "still require improvement. Inspectors visited in March.\n") == "news"


def test_an_inspection_of_something_else_is_not_childrens_services(tmp_path):
    assert _kind_of(tmp_path, "Kestrelford's new bus station passed its fire safety inspection on Tuesday, the council said. "
                    "Inspectors checked the alarms and the exits before the station opens to passengers next month.\n") == "other"
