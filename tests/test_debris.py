"""Page debris: adverts, cross-links, newsletter and social prompts, comment guidelines,
captions, credits, bylines and datelines are cut away before anything is extracted."""
from __future__ import annotations

import pytest

from loaders.debris import content_spans, debris_ranges, is_debris


@pytest.mark.parametrize("line,kind", [
    ("Advertisement", "advert"),
    ("Your browser is no longer supported", "site"),
    ("Media playback is unsupported on your device", "site"),
    ("For the best experience on our website we recommend you upgrade to a newer version of your browser.", "site"),
    ("We'll assume we have your consent to use cookies, so you won't need to log in each time you visit.", "site"),
    ("Please enable cookies in your browser to comment.", "site"),
    ("Learn more", "crosslink"),
    ("Hide AdAdvertisement", "advert"),
    ("READ MORE: Dramatic moment police shut down shops", "crosslink"),
    ("Read more: Council tax to rise by 5%", "crosslink"),
    ("+++Watch the council's video about the inspection here: +++", "crosslink"),
    ("The full Ofsted report can be read here:", "crosslink"),
    ("Latest news", "crosslink"),
    ("Comment Guidelines", "comments"),
    ("National World encourages reader discussion on our stories. User feedback, insights and back-and-forth "
     "exchanges add a rich layer of context to reporting. Please review our Community Guidelines before commenting.",
     "comments"),
    ("Facebook comments", "comments"),
    ("Subscribe to our FREE newsletter", "newsletter"),
    ("Don't miss the biggest and breaking stories by signing up to the Echo Daily newsletter here", "newsletter"),
    ("Why not follow on Facebook, Instagram, and Twitter? You can also send story ideas to", "social"),
    ("Share this", "social"),
    ("Share this article", "social"),
    ("-Credit: (Image: PA)", "credit"),
    ("A generic photo of a teenager crying", "credit"),
    ("Picture: Getty Images", "credit"),
    ("By Sam Porter, Local Democracy Reporter", "byline"),
    ("Published: 12 November 2025", "dateline"),
    ("Video Loading", "media"),
    ("The video will auto-play soon8Cancel", "media"),
    ("Image source, Getty Images", "credit"),
    ("Image caption, Councillors at the meeting", "media"),
    ("Get involved with the news in your community", "contact"),
    ("This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' "
     "Code of Practice.", "comments"),
])
def test_debris_lines(line, kind):
    assert is_debris(line) == kind


@pytest.mark.parametrize("line", [
    "Liverpool Council children's services show 'significant improvement'",
    "By the end of the year, the council expects to have recruited 20 social workers.",
    "Read the room, inspectors said, and the council had not.",  # not a cross-link: a sentence
    "The council said it would learn more from the review of its fostering service.",
    "Leaders use cookies-and-coffee mornings to meet care leavers.",
    "Published in May, the report found serious weaknesses in the help given to children.",
    "More than 200 children are waiting for an assessment.",
    "Social workers said they now have more time to develop as practitioners.",
    "Councillor Liz Parsons, cabinet member for children's services, said the report was concerning.",
    "£112 million – net budget",
    "Contact between social workers and children has improved.",
    "Play is used well by social workers to understand children's experiences.",
])
def test_article_text_is_not_debris(line):
    assert is_debris(line) is None


def test_prefix_glued_onto_a_paragraph_is_cut():
    text = "Advertisement\nHide AdAdvertisement\nHide AdA monitoring visit took place in March 2025.\n"
    cuts = debris_ranges(text)
    assert [text[s:e] for s, e, _ in cuts] == ["Advertisement", "Hide AdAdvertisement", "Hide Ad"]
    [sp] = content_spans(text)
    assert sp.text == "A monitoring visit took place in March 2025."
    assert text[sp.start:sp.end] == sp.text


def test_caption_before_a_credit():
    text = ("Council rated inadequate\nCllr Helen Marsh outside the Town Hall\nCredit: (Image: Kestrelford Council)\n"
            "The council has been rated inadequate by Ofsted.\n")
    kinds = [(text[s:e], k) for s, e, k in debris_ranges(text)]
    assert ("Cllr Helen Marsh outside the Town Hall", "caption") in kinds
    assert [sp.text for sp in content_spans(text)] == ["Council rated inadequate", "The council has been rated inadequate by Ofsted."]


def test_every_paragraph_is_its_own_block():
    # scraped text gives one paragraph a line; a long headline must not run into the first paragraph
    text = ("Liverpool Council children's services show 'significant improvement' after Ofsted visit this spring\n"
            "During an Ofsted inspection in March 2023, inspectors raised concerns about capacity.\n")
    assert [sp.text for sp in content_spans(text)][0].endswith("this spring")


def test_hard_wrapped_text_is_joined():
    para = ("Inspectors found that children at immediate risk of harm receive a prompt\n"
            "and effective response to ensure they are safeguarded, and that there has been\n"
            "sustained progress in helping children who go missing or are at risk of\n"
            "exploitation in the city and across the wider region of the north west.\n")
    text = (para + "\n") * 3
    spans = content_spans(text)
    assert len(spans) == 3 and spans[0].text.startswith("Inspectors found") and spans[0].text.endswith("north west.")


def test_furniture_glued_onto_the_end_of_a_paragraph():
    text = "The council has recruited 18 social workers.Advertisement\nHide AdInspectors returned in October.\n"
    assert [sp.text for sp in content_spans(text)] == ["The council has recruited 18 social workers.",
                                                       "Inspectors returned in October."]


def test_a_sentence_broken_by_a_stray_blank_line_is_one_sentence():
    # a scraped page's line break inside a quoted sentence: the paragraph stops on a word and
    # goes on in lower case, so it is one sentence, with offsets that still index the text
    text = ("Inspectors said: “Children’s wishes are not often\n\nrecorded in their plans.”\n\n"
            "The council said it would act.\n\nFigures are here\n\nThe next paragraph.\n")
    spans = content_spans(text)
    first = spans[0]
    assert first.text == "Inspectors said: “Children’s wishes are not often recorded in their plans.”"
    assert text[first.start:first.end].startswith("Inspectors said") and text[first.start:first.end].endswith("plans.”")
    # a capital after the break is a new paragraph, as before
    assert [sp.text for sp in spans[-2:]] == ["Figures are here", "The next paragraph."]


def test_a_pages_disclaimer_about_external_sites_is_debris():
    from loaders.debris import is_debris
    assert is_debris("The BBC is not responsible for the content of external sites.")
    assert not is_debris("The council is not responsible for the failures inspectors found.")


def test_the_outlets_price_is_debris():
    assert is_debris("You’ve read 3 of your 3 free articles this month. Subscribe from £6.50 a month for unlimited access.")
    assert is_debris("It is independent and reader-funded: support it from £4 a month.")
    assert not is_debris("The council will spend £4m a year on recruitment.")
