"""Hostile input costs linear time and bounded memory (issue 12): sentence splitting over a
long run of full stops, the letter's signature over many blank-ish lines, and the caps on a
document's text and a PDF's pages. The timeouts are what fails on the old code (a quadratic
scan took ~4-40 s over a 20,000-character token; the signature pattern was exponential in
the number of "\\v\\n" lines), not speed targets: those live in bench/."""
from __future__ import annotations

import pytest
from reportlab.lib.pagesizes import A5
from reportlab.pdfgen import canvas

from loaders.findings.ofsted import finding_spans
from loaders.ofsted_people import addressee, letter_inspectors
from loaders.read import UnreadableDocument, read_document
from loaders.text import sentences


@pytest.mark.timeout(5)
@pytest.mark.parametrize("token", ["." * 40000, "?!" * 20000, "a." * 20000, "x" * 40000 + "."])
def test_sentences_of_a_long_token_take_linear_time(token):
    # the run is not followed by a capital: no sentence ends there, and that is the costly case
    spans = sentences(f"It began. {token} and then it ended.")
    assert spans[-1].text.endswith("and then it ended.") and sum(len(s.text) for s in spans) >= len(token)


def test_sentence_ends_still_skip_abbreviations_and_initials():
    assert [s.text for s in sentences("Mr. Smith met Dr. J. Jones on 3 May. Inspectors agreed. Wow?! Yes.")] == [
        "Mr. Smith met Dr. J. Jones on 3 May.", "Inspectors agreed.", "Wow?!", "Yes."]


@pytest.mark.timeout(5)
@pytest.mark.parametrize("head", ["", "Yours sincerely\n", "Dear Sir\n", "Lead inspector: ", "What needs to improve?\n"])
def test_letter_patterns_over_vertical_tab_lines_take_linear_time(head):
    text = head + "\x0b\n" * 20000 + "no signature here\n"  # nothing matches: every pattern must fail fast
    spans = sentences(text)
    assert letter_inspectors(text, spans)[0] == []
    addressee(text, None)
    finding_spans(text, spans, "ofsted_letter", {})
    finding_spans(text, spans, "ofsted_report", {})


def test_the_signatory_is_still_read_across_blank_lines():
    text = "Yours sincerely,\n\n\nAnn Lee\nHis Majesty’s Inspector\n"
    assert letter_inspectors(text, sentences(text))[0] == ["Ann Lee"]


def test_a_text_longer_than_the_cap_is_refused_naming_the_file(tmp_path, monkeypatch):
    p = tmp_path / "long.txt"
    p.write_text("Children in care are seen often by their social workers. " * 100, encoding="utf-8")
    monkeypatch.setenv("IKG_TEXT_CAP", "1000")  # refused by its size in bytes, before decoding
    with pytest.raises(UnreadableDocument, match=r"long\.txt: 5700 bytes, more text than the 1000 characters.*IKG_TEXT_CAP"):
        read_document(p)
    monkeypatch.setenv("IKG_TEXT_CAP", "2000")  # refused by its characters of text
    with pytest.raises(UnreadableDocument, match=r"long\.txt: 5700 characters of text, more than the 2000.*IKG_TEXT_CAP"):
        read_document(p)
    monkeypatch.setenv("IKG_TEXT_CAP", "100000")
    assert read_document(p).text.startswith("Children in care")


def test_a_pdf_of_more_pages_than_the_cap_is_refused_naming_the_file(tmp_path, monkeypatch):
    p = tmp_path / "many.pdf"
    c = canvas.Canvas(str(p), pagesize=A5)
    for i in range(5):
        c.drawString(60, 400, f"Page {i + 1}: children in care are seen often by their social workers and managers.")
        c.showPage()
    c.save()
    monkeypatch.setenv("IKG_PDF_PAGE_CAP", "4")
    with pytest.raises(UnreadableDocument, match=r"many\.pdf: 5 pages, more than the 4 .*IKG_PDF_PAGE_CAP"):
        read_document(p)
    monkeypatch.setenv("IKG_PDF_PAGE_CAP", "5")
    assert "children in care" in read_document(p).text
