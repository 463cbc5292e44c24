"""The `ikg` command: its error paths, and load -> validate -> export on the examples."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from rdflib import Dataset
from typer.testing import CliRunner

from ikg.cli import app
from tests.conftest import EXAMPLES

runner = CliRunner()


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("IKG_STORE_PATH", str(tmp_path / "store"))
    monkeypatch.setenv("IKG_BASE_IRI", "http://example.org/")
    return tmp_path


def test_load_reports_missing_empty_and_unreadable_files_and_keeps_the_good_ones(env):
    empty = env / "empty.txt"
    empty.write_text("")
    broken = env / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    result = runner.invoke(app, ["load", str(env / "missing.txt"), str(empty), str(broken),
                                 str(EXAMPLES / "kestrelford_monitoring_letter_2025.txt")])
    assert result.exit_code == 1
    out = result.output
    assert "missing.txt: no such file" in out
    assert "empty.txt: the file is empty" in out
    assert "broken.pdf: not a readable PDF" in out
    assert "1 loaded, 0 unchanged, 3 failed" in out
    q = runner.invoke(app, ["query", "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?d a ikg:Document } }"])
    assert q.exit_code == 0 and q.output.splitlines()[1].strip() == "1"


def test_pdf_without_text_layer_is_refused(env):
    from reportlab.pdfgen import canvas

    path = env / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 200, 200, fill=1)  # a picture, no text
    c.showPage()
    c.save()
    result = runner.invoke(app, ["load", str(path)])
    assert result.exit_code == 1
    assert "no text layer" in result.output


def test_document_not_about_childrens_services_is_refused(env):
    path = env / "recipe.txt"
    path.write_text("How to bake bread. Mix flour, water, salt and yeast into a dough. Knead it for ten "
                    "minutes, leave it to rise for an hour, shape it, and bake it in a hot oven until "
                    "the crust is brown and the loaf sounds hollow when tapped.\n")
    result = runner.invoke(app, ["load", str(path)])
    assert result.exit_code == 1
    assert "recipe.txt" in result.output and "children" in result.output
    q = runner.invoke(app, ["query", "ASK { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), 'recipe')) }"])
    assert q.output.strip() == "false"


def test_extract_prints_the_digest_and_writes_nothing(env):
    result = runner.invoke(app, ["extract", str(EXAMPLES / "kestrelford_monitoring_letter_2025.txt")])
    assert result.exit_code == 0, result.output
    digest = json.loads(result.stdout)
    assert digest["document"]["kind"] == "ofsted_letter"
    for key in ("councils", "inspections", "people", "concerns", "improvements", "responses", "quotes", "figures"):
        assert isinstance(digest[key], list)
    assert not (env / "store").exists()
    turtle = runner.invoke(app, ["extract", str(EXAMPLES / "kestrelford_monitoring_letter_2025.txt"), "--format", "turtle"])
    assert turtle.exit_code == 0 and "ikg:MonitoringVisit" in turtle.stdout


def test_extract_bad_format_and_missing_file(env):
    assert runner.invoke(app, ["extract", str(EXAMPLES / "kestrelford_monitoring_letter_2025.txt"), "--format", "xml"]).exit_code == 2
    missing = runner.invoke(app, ["extract", str(env / "nope.pdf")])
    assert missing.exit_code == 1 and "nope.pdf: no such file" in missing.output


def test_load_validate_export_round_trip(env):
    assert runner.invoke(app, ["load", str(EXAMPLES)]).exit_code == 0
    again = runner.invoke(app, ["load", str(EXAMPLES)])
    assert "0 loaded, 3 unchanged, 0 failed" in again.output
    validate = runner.invoke(app, ["validate"])
    assert validate.exit_code == 0, validate.output
    assert "SHACL: conforms" in validate.output and "OWL: consistent" in validate.output
    for fmt in ("trig", "nquads"):
        out = env / f"all.{fmt}"
        assert runner.invoke(app, ["export", "--format", fmt, "-o", str(out)]).exit_code == 0
        ds = Dataset()
        ds.parse(out, format=fmt)
        graphs = {str(g.identifier) for g in ds.graphs()}
        assert "http://example.org/id/document/kestrelford-monitoring-letter-2025" in graphs
        assert len(ds) > 100


def test_query_syntax_error_exits_2(env):
    result = runner.invoke(app, ["query", "SELECT WHERE {"])
    assert result.exit_code == 2 and "query error" in result.output


def test_console_script_is_installed():
    out = subprocess.run([sys.executable, "-m", "ikg.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "load" in out.stdout


def test_a_store_held_by_another_process_is_a_clear_error_for_writes_and_readable_for_queries(env):
    assert runner.invoke(app, ["load", str(EXAMPLES)]).exit_code == 0
    holder = subprocess.Popen(  # another process (a running `ikg serve`) holding the store's lock
        [sys.executable, "-c", "import pyoxigraph as ox, sys, time; s = ox.Store(sys.argv[1]); print('held', flush=True); "
                               "time.sleep(120)", str(env / "store")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        cli = [sys.executable, "-m", "ikg.cli"]
        load = subprocess.run(cli + ["load", str(EXAMPLES)], capture_output=True, text=True)
        assert load.returncode == 1
        assert "in use by another process" in load.stderr and "Traceback" not in load.stderr + load.stdout
        query = subprocess.run(cli + ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?c a ikg:Council }"],
                               capture_output=True, text=True)
        assert query.returncode == 0, query.stderr
        assert int(query.stdout.splitlines()[1]) >= 1
    finally:
        holder.kill()
        holder.wait()
