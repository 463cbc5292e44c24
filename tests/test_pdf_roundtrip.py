"""A letter printed to PDF reads back to the same digest as its text: the PDF path of
loaders/read.py (layout, paragraphs, bullets, running footers) loses nothing the
extraction needs. The PDF is built here with reportlab from the fictional fixture letter."""
from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from loaders.extract import extract
from loaders.read import read_document

FIX = Path(__file__).parent / "fixtures"
FONT, SIZE, LEAD = "Helvetica", 10, 13


def _wrap(text: str, width: float) -> list[str]:
    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if stringWidth(trial, FONT, SIZE) > width and line:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + ([line] if line else [])


def write_pdf(text: str, path: Path) -> None:
    """Paragraphs (blank-line separated) set in running lines with a gap between them, each
    page with a footer, as an office letter would be printed; on A5, so that the letter
    runs over several pages and sentences over page breaks."""
    page_w, page_h = A5
    left, right, top, bottom = 60, 60, 60, 70
    c = canvas.Canvas(str(path), pagesize=A5)
    y = page_h - top
    page = 1

    def footer():
        c.setFont(FONT, 8)
        c.drawString(left, 40, f"Kestrelford monitoring visit letter   page {page}")
        c.setFont(FONT, SIZE)

    c.setFont(FONT, SIZE)
    for para in text.split("\n\n"):
        # the text's own line breaks stay; a line too wide for the page is wrapped
        lines = [w for line in para.split("\n") for w in _wrap(line, page_w - left - right)]
        for line in lines:
            if y < bottom:
                footer()
                c.showPage()
                page += 1
                c.setFont(FONT, SIZE)
                y = page_h - top
            c.drawString(left, y, line)
            y -= LEAD
        y -= LEAD  # the gap between paragraphs
    footer()
    c.save()


def _comparable(digest: dict) -> dict:
    """A digest without what depends on the file: offsets, ids and source."""
    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in ("span", "source", "id")}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x
    return strip(digest)


@pytest.fixture(scope="module")
def digests(tmp_path_factory) -> tuple[dict, dict]:
    src = FIX / "ofsted_monitoring_letter.txt"
    pdf = tmp_path_factory.mktemp("pdf") / "ofsted_monitoring_letter.pdf"
    write_pdf(src.read_text(encoding="utf-8"), pdf)
    return extract(read_document(src)).to_json(), extract(read_document(pdf)).to_json()


def test_same_kind_inspections_and_people(digests):
    from_text, from_pdf = digests
    assert from_pdf["document"]["kind"] == "ofsted_letter"
    for key in ("councils", "inspections", "people"):
        assert _comparable(from_pdf[key]) == _comparable(from_text[key]), key


def test_same_findings(digests):
    from_text, from_pdf = digests
    for key in ("concerns", "improvements"):
        assert _comparable(from_pdf[key]) == _comparable(from_text[key]), key


def test_pdf_offsets_point_at_the_evidence(digests):
    _, from_pdf = digests
    pdf_text = read_document(next(Path(p) for p in [from_pdf["document"]["source"]])).text
    for item in from_pdf["concerns"] + from_pdf["improvements"]:
        s, e = item["span"]
        assert " ".join(pdf_text[s:e].split()) == item["evidence"]


# ---------------------------------------------------------------- a PDF saved as text, page by page

TITLE = "Inspection of Kestrelford local authority children’s services"


def _saved_pages(text: str, lines_per_page: int = 9) -> str:
    """The text as a PDF's text saved page by page: pages of a few lines, the break falling where it
    falls (inside a sentence too), each page closed by the title and dates as a running footer and
    by its number, the pages separated by form feeds."""
    lines = text.split("\n")
    pages = [lines[i:i + lines_per_page] for i in range(0, len(lines), lines_per_page)]
    footer = [TITLE, "28 November to 2 December 2022"]
    return "\f".join("\n".join(page + [""] + footer + ["", str(n)]) for n, page in enumerate(pages, 1))


@pytest.fixture(scope="module")
def paged(tmp_path_factory) -> tuple[str, dict, dict]:
    text = (FIX / "ofsted_ilacs_report.txt").read_text(encoding="utf-8")
    text = text.replace("Inspection of Kestrelford local authority\nchildren’s services", TITLE, 1)  # the title on one line, as the footer repeats it
    d = tmp_path_factory.mktemp("paged")
    (d / "report.txt").write_text(text, encoding="utf-8")
    (d / "report_pages.txt").write_text(_saved_pages(text), encoding="utf-8")
    return (read_document(d / "report_pages.txt").text, extract(read_document(d / "report.txt")).to_json(),
            extract(read_document(d / "report_pages.txt")).to_json())


def test_a_pdf_saved_as_text_loses_its_running_footers_and_page_numbers_but_not_its_title(paged):
    text, _, _ = paged
    assert text.startswith(TITLE + "\n")
    assert text.count(TITLE) == 1
    assert "28 November to 2 December 2022" not in text.split("\n")
    assert not any(line.strip().isdigit() for line in text.split("\n"))


def test_a_pdf_saved_as_text_reads_to_the_same_facts(paged):
    _, from_text, from_pages = paged
    for key in ("councils", "inspections", "people", "responses"):
        assert _comparable(from_pages[key]) == _comparable(from_text[key]), key
    assert [r["evidence"] for r in from_pages["recommendations"]] == [r["evidence"] for r in from_text["recommendations"]]
    for key in ("concerns", "improvements"):  # the same sentences, whole; a page break may end a paragraph
        assert {i["evidence"] for i in from_pages[key]} == {i["evidence"] for i in from_text[key]}, key
