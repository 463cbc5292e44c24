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
    from loaders.ofsted_components import responses
    doc = parsed(LETTER)
    digest = empty_digest(doc.doc)
    run = Run("ofsted_letter", dict(PROFILES["ofsted_letter"]["settings"]),
              {"council": SimpleNamespace(formal_name="Kestrelford Borough Council")})
    responses(doc, digest, run)
    assert set(facts(digest)) == {"responses"}


def test_the_inspections_component_alone_adds_only_inspections():
    from loaders.ofsted_components import inspections
    doc = parsed(LETTER)
    digest = empty_digest(doc.doc)
    run = Run("ofsted_letter", dict(PROFILES["ofsted_letter"]["settings"]), {"council": None})
    inspections(doc, digest, run)
    assert set(facts(digest)) == {"inspections"}
    assert digest.inspections[0].type == "monitoring_visit"
    assert digest.inspections[0].start == "2024-06-04"
