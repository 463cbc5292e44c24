"""The typed digest (loaders/digest.py): JSON round trip, enum checks, and the CLI's JSON."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from ikg.cli import app
from loaders.digest import Digest, DocumentInfo, Finding, Inspection, Judgement

FIX = Path(__file__).parent / "fixtures"

# A small digest of a fictional council, with the extras some items carry and others lack.
SMALL = {
    "document": {"id": "fernleigh-letter", "title": "Focused visit to Fernleigh Borough Council", "kind": "ofsted_letter",
                 "published": "2025-02", "source": "fernleigh.txt", "warnings": ["a warning"]},
    "councils": [{"id": "E99000042", "name": "Fernleigh Borough Council", "ons_code": "E99000042"}],
    "inspections": [{"id": "fernleigh-focused_visit-2025-01-14", "council": "Fernleigh Borough Council",
                     "ons_code": "E99000042", "type": "focused_visit", "start": "2025-01-14", "end": "2025-01-15",
                     "published": None, "sequence": None, "inspectors": ["Orla Penhallow"],
                     "judgements": [{"area": None, "grade": "good", "label": "Adoption performance"},
                                    {"area": "overall", "grade": "inadequate", "span": [10, 40]}],
                     "span": [0, 60], "areas": ["care_leavers"]}],
    "people": [{"id": "person-orla-penhallow", "name": "Orla Penhallow", "aliases": [],
                "roles": [{"title": "His Majesty’s Inspector", "organisation": "Ofsted", "since": None, "until": None}],
                "span": [61, 75]}],
    "concerns": [{"theme": "caseloads", "evidence": "Caseloads are too high.", "inspection": "fernleigh-focused_visit-2025-01-14",
                  "polarity": "negative", "span": [80, 103], "clause": [80, 95]}],
    "improvements": [],
    "responses": [{"actor": "Fernleigh Borough Council", "action": "appointed a head of service", "kind": "appointment",
                   "evidence": "The council has appointed a head of service.", "themes": [], "span": [104, 148]}],
    "quotes": [{"speaker": "Ofsted", "text": "steady progress", "span": [150, 165], "spans": [[150, 165]],
                "speaker_type": "ofsted", "partial": True}],
    "figures": [{"measure": "net budget", "value": "£12 million", "unit": "GBP", "evidence": "A budget of £12 million.",
                 "span": [170, 194], "approximate": True}],
    "recommendations": [{"text": "Reduce caseloads.", "themes": ["caseloads"], "evidence": "Reduce caseloads.",
                         "inspection": "fernleigh-focused_visit-2025-01-14", "start": 200, "end": 217, "span": [200, 217]}],
}


def test_round_trip_keeps_every_key_and_its_order():
    digest = Digest.from_json(SMALL)
    assert isinstance(digest.inspections[0].judgements[1], Judgement)
    assert digest.concerns[0].clause == [80, 95]
    out = digest.to_json()
    assert json.dumps(out) == json.dumps(SMALL)  # same keys, same order, absent extras stay absent
    assert Digest.from_json(json.dumps(out)) == digest


def test_lists_are_present_and_unknowns_null():
    out = Digest(DocumentInfo(id="x")).to_json()
    assert out["document"] == {"id": "x", "title": None, "kind": "other", "published": None, "source": None}
    for key in ("councils", "inspections", "people", "concerns", "improvements", "responses", "quotes", "figures",
                "recommendations"):
        assert out[key] == []
    assert "organisations" not in out and "debris" not in out


@pytest.mark.parametrize("build, field", [
    (lambda: Judgement(area="overall", grade="excellent"), "Judgement.grade"),
    (lambda: Judgement(area="adoption", grade="good"), "Judgement.area"),
    (lambda: Inspection(type="inspection"), "Inspection.type"),
    (lambda: DocumentInfo(id="x", kind="letter"), "DocumentInfo.kind"),
    (lambda: Finding(theme="caseloads", evidence="e", polarity="neutral"), "Finding.polarity"),
])
def test_enum_values_are_checked_when_an_item_is_built(build, field):
    with pytest.raises(ValueError, match=field.replace(".", r"\.")):
        build()


def test_from_json_rejects_a_bad_grade_and_an_unknown_key():
    bad = json.loads(json.dumps(SMALL))
    bad["inspections"][0]["judgements"][0]["grade"] = "satisfactory"
    with pytest.raises(ValueError, match=r"Judgement\.grade.*'satisfactory'"):
        Digest.from_json(bad)
    odd = json.loads(json.dumps(SMALL))
    odd["figures"][0]["colour"] = "red"
    with pytest.raises(TypeError, match="Figure: unknown field.*colour"):
        Digest.from_json(odd)


# The keys spec/digest.md shows for each item (extras are welcome beside them).
SPEC_KEYS = {
    "document": {"id", "title", "kind", "published", "source"}, "councils": {"id", "name"},
    "inspections": {"id", "council", "type", "start", "end", "published", "sequence", "inspectors", "judgements"},
    "people": {"id", "name", "aliases", "roles"}, "concerns": {"theme", "evidence", "inspection"},
    "improvements": {"theme", "evidence", "inspection"}, "responses": {"actor", "action", "evidence", "themes"},
    "quotes": {"speaker", "text"}, "figures": {"measure", "value", "evidence"},
    "recommendations": {"text", "themes", "evidence", "inspection"},
}


def _spec_problems(js: dict) -> list[str]:
    problems = [f"document lacks {k}" for k in SPEC_KEYS["document"] - set(js["document"])]
    for key, want in SPEC_KEYS.items():
        if key == "document":
            continue
        problems += [f"{key}[{i}] lacks {sorted(want - set(item))}" for i, item in enumerate(js[key]) if want - set(item)]
    for insp in js["inspections"]:
        problems += [f"judgement lacks area/grade: {j}" for j in insp["judgements"] if not {"area", "grade"} <= set(j)]
    for person in js["people"]:
        problems += [f"role lacks keys: {r}" for r in person["roles"] if not {"title", "organisation", "since", "until"} <= set(r)]
    return problems


def test_small_digest_has_the_spec_keys():
    assert _spec_problems(Digest.from_json(SMALL).to_json()) == []
    broken = json.loads(json.dumps(SMALL))
    del broken["concerns"][0]["inspection"]
    assert _spec_problems(broken) == ["concerns[0] lacks ['inspection']"]


@pytest.mark.parametrize("name", ["ofsted_monitoring_letter.txt", "news_kestrelford_2025.txt"])
def test_cli_json_is_the_typed_digest(name, tmp_path, monkeypatch):
    monkeypatch.setenv("IKG_STORE_PATH", str(tmp_path / "store"))  # extract writes nothing; a store of its own all the same
    result = CliRunner().invoke(app, ["extract", str(FIX / name), "--format", "json"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["inspections"] and printed["people"]
    assert _spec_problems(printed) == []
    again = Digest.from_json(printed).to_json()
    assert json.dumps(again, ensure_ascii=False) == json.dumps(printed, ensure_ascii=False)
