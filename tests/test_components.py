"""The one orchestrator: each kind's profile is data naming shared component functions, and a component run
alone adds only its own kind of fact. Small original texts about the fictional council of Kestrelford."""
from __future__ import annotations

from types import SimpleNamespace

from loaders.digest import empty_digest
from loaders.parse import Parsed
from loaders.pipeline import Run
from loaders.pipeline_config import PROFILES
from loaders.read import Document

LETTER = ("12 July 2024\n\nMs Jane Okoro\nDirector of Children's Services\nKestrelford Borough Council\n\n"
          "Dear Jane\nMonitoring visit to Kestrelford Borough Council children's services\n\n"
          "This letter summarises the findings of the monitoring visit to Kestrelford Borough Council children's "
          "services on 4 and 5 June 2024. This was the second monitoring visit since the local authority was "
          "judged inadequate in October 2023.\n\n"
          "The council said it accepted the findings and would act on them without delay.\n")


def parsed(text: str) -> Parsed:
    return Parsed.of(Document(id="kestrelford-letter", source="kestrelford-letter.txt", text=text,
                              format="txt", sha256="0"))


def facts(digest) -> dict:
    return {k: v for k, v in digest.to_json().items() if k != "document" and v}


def test_every_kind_has_a_profile_of_components_and_settings():
    assert set(PROFILES) >= {"ofsted_report", "ofsted_letter", "news"}
    for profile in PROFILES.values():
        assert profile["components"] and all(callable(c) for c in profile["components"])
        assert isinstance(profile["settings"], dict)


def test_letters_and_reports_share_their_components_and_differ_in_settings():
    report, letter = PROFILES["ofsted_report"], PROFILES["ofsted_letter"]
    assert report["components"] == letter["components"]
    assert report["settings"] != letter["settings"]


def test_the_responses_component_alone_adds_only_responses():
    from loaders.components import responses
    doc = parsed(LETTER)
    digest = empty_digest(doc.doc)
    run = Run("ofsted_letter", dict(PROFILES["ofsted_letter"]["settings"]),
              {"council": SimpleNamespace(formal_name="Kestrelford Borough Council"),
               "council_name": "Kestrelford Borough Council",
               # (a letter's responses are read in its findings, after the visit the inspections component found)
               "inspection": {"id": "monitoring_visit-2024-06-04", "span": [0, 0], "judgements": []}})
    responses(doc, digest, run)
    assert set(facts(digest)) == {"responses"}


def test_the_inspections_component_alone_adds_only_inspections():
    from loaders.components import inspections
    doc = parsed(LETTER)
    digest = empty_digest(doc.doc)
    run = Run("ofsted_letter", dict(PROFILES["ofsted_letter"]["settings"]), {"council": None})
    inspections(doc, digest, run)
    assert set(facts(digest)) == {"inspections"}
    assert digest.inspections[0].type == "monitoring_visit"
    assert digest.inspections[0].start == "2024-06-04"


ARTICLE = ("Kestrelford children's services still inadequate, Ofsted says\n"
           "Published: 3 March 2025\n\n"
           "Kestrelford Borough Council's children's services remain inadequate, inspectors have found. "
           "Ofsted said too many children waited too long for help.\n\n"
           "Cllr Ruth Adeyemi, cabinet member for children, said: \"We accept the findings and we will act on them.\"\n\n"
           "The council has appointed 20 new social workers at a cost of £1.2m.\n")


def test_news_and_ofsted_run_the_same_components_for_the_facts_they_share():
    from loaders import components as c
    ofsted, news = PROFILES["ofsted_letter"]["components"], PROFILES["news"]["components"]
    shared = {c.document, c.council, c.inspections, c.people, c.findings, c.responses}
    assert shared <= set(ofsted) and shared <= set(news)
    # what differs is configuration: each kind names its strategy for those facts
    assert PROFILES["news"]["settings"]["council"] != PROFILES["ofsted_letter"]["settings"]["council"]


def test_a_profile_names_a_known_strategy_for_every_component_that_has_strategies():
    import pytest

    from loaders.components import council
    for kind, profile in PROFILES.items():
        for component in profile["components"]:
            run = Run(kind, dict(profile["settings"]), {})
            doc = parsed("")
            try:
                component(doc, empty_digest(doc.doc), run)
            except (KeyError, TypeError, AttributeError) as e:  # missing earlier findings, not a missing strategy
                assert not (isinstance(e, KeyError) and e.args[0] == component.__name__), (kind, component.__name__)
    with pytest.raises(ValueError, match=r"profile 'news': no council strategy 'guess' \(known: subject, mentions\)"):
        doc = parsed(ARTICLE)
        council(doc, empty_digest(doc.doc), Run("news", {"council": "guess"}))


def test_the_council_component_reads_an_article_by_its_mentions_and_a_letter_by_its_subject():
    from loaders.components import council, document
    doc = parsed(ARTICLE)
    digest, run = empty_digest(doc.doc), Run("news", dict(PROFILES["news"]["settings"]))
    document(doc, digest, run)
    council(doc, digest, run)
    # the article's own name for it ("X Borough Council", not the gazetteer's), and how often it is named
    assert [(c.name, c.mentions) for c in digest.councils] == [("Kestrelford Borough Council", 2)]
    assert run.found["council_name"] == "Kestrelford Borough Council"
    # Ofsted's strategy reads only its fixed places (here the title line) and gives the gazetteer's name
    digest, run = empty_digest(doc.doc), Run("news", {**PROFILES["news"]["settings"], "council": "subject"})
    document(doc, digest, run)
    council(doc, digest, run)
    assert [(c.name, c.mentions) for c in digest.councils] == [("Kestrelford Council", None)]
    letter = parsed("12 July 2024\n\nDear Jane\nThe council said it would act on what inspectors found.\n")
    digest, run = empty_digest(letter.doc), Run("ofsted_letter", dict(PROFILES["ofsted_letter"]["settings"]))
    council(letter, digest, run)
    assert digest.councils == [] and "no subject council" in digest.document.warnings[0]


def test_news_components_each_add_their_own_facts_in_profile_order():
    from loaders import components as c
    doc = parsed(ARTICLE)
    digest, run = empty_digest(doc.doc), Run("news", dict(PROFILES["news"]["settings"]))
    added = {}
    for component in PROFILES["news"]["components"]:
        before = facts(digest)
        component(doc, digest, run)
        added[component] = {k for k, v in facts(digest).items() if before.get(k) != v}
    assert added[c.council] == {"councils"}
    assert added[c.people] == {"people"}
    assert added[c.quotes] == {"quotes"}
    assert added[c.inspections] == {"inspections"}
    assert added[c.responses] == {"responses"}
    assert added[c.findings] <= {"concerns", "improvements"} and added[c.findings]
    assert added[c.figures] == {"figures"}
    assert digest.document.published == "2025-03-03" and digest.inspections[0].judgements[0].grade == "inadequate"
    assert [q.speaker for q in digest.quotes] == ["Ruth Adeyemi"]
