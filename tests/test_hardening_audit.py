"""Issue 12's reproductions, each mapped to the regression test that replays it against a real
`ikg serve` (or the loader it names). The table is checked below: every test it names must
exist, so a renamed or deleted regression test fails here instead of silently leaving a
reproduction uncovered; the long ones must keep the `slow` marker that `.ci/run` still runs.

| # | reproduction (issue 12) | regression test |
|---|---|---|
| 1a | `VALUES ?x { :a\\# }` before `SERVICE <http://127.0.0.1:PORT/>` | test_federation_guard::test_refused_requests_open_no_connection |
| 1b | an IRI with a `\\u0041` escape hides SERVICE | test_federation_guard::test_refused_requests_open_no_connection |
| 1c | the same tricks hide `LOAD` in `/update` (and after `using-graph-uri`) | test_federation_guard::test_refused_requests_open_no_connection |
| 1d | a web page's form POST (no preflight) | test_federation_guard::test_refused_requests_open_no_connection |
| 1e | the decision is the parser's, not a tokenizer's | test_federation_guard::test_the_parser_finds_service |
| 1f | LOAD found by the parser in every spelling | test_federation_guard::test_the_parser_finds_load |
| 1g | a network error retried five times as a store fault | test_federation_guard::test_a_failed_service_call_is_made_once |
| 1h | query workers cut off the network when federation is off | test_federation_guard::test_query_workers_can_be_cut_off_the_network |
| 1i | over a remote store too | test_backends::test_the_sparql_endpoint_refuses_federation_over_a_remote_store |
| 2a | a 2 MB query freezes the event loop; /healthz stops answering | test_request_limits::test_a_large_query_does_not_stop_the_server |
| 2b | a small cap of its own on query text | test_request_limits::test_query_text_has_a_cap_of_its_own |
| 2c | deeply nested text overflows the parser | test_federation_guard::test_deep_nesting_costs_no_server |
| 3a | a 60 MB anonymous upload read whole before the token check | test_request_limits::test_the_token_is_checked_before_any_body_is_read |
| 3b | with the token, the size cap checked after the whole file is in memory | test_request_limits::test_an_upload_is_stopped_at_the_cap_while_it_streams_in |
| 4a | quadratic regex in loaders/text.py (a 20,000-character token) | test_limits::test_sentences_of_a_long_token_take_linear_time |
| 4b | exponential regex in loaders/ofsted_people.py (`\\x0b\\n` repeated) | test_limits::test_letter_patterns_over_vertical_tab_lines_take_linear_time |
| 4c | text without a length cap | test_limits::test_a_text_longer_than_the_cap_is_refused_naming_the_file |
| 4d | PDFs without a page cap | test_limits::test_a_pdf_of_more_pages_than_the_cap_is_refused_naming_the_file |
| 4e | extraction in the server with no time limit | test_writes::test_an_extraction_over_its_time_limit_changes_nothing |
| 4f | ... and no memory limit | test_writes::test_an_extraction_over_its_memory_limit_changes_nothing |
| 5a | two uploads race and leave a stale resolution | test_writes::test_concurrent_uploads_both_land_and_are_resolved |
| 5b | Graph Store / Update writes never re-resolve (/api/conflicts cites a deleted document) | test_writes::test_a_deleted_document_leaves_the_resolution |
| 6 | `/update` without a time limit holds the write lock | test_sparql_limits::test_an_update_past_its_time_limit_changes_nothing |
| 7a | `IKG_RESULT_CAP` never used | test_query_limits::test_a_curated_query_over_the_cap_is_a_503 |
| 7b | curated queries without a time limit, every row fetched | test_query_limits::test_a_curated_query_past_the_time_limit_is_a_503 |
| 7c | ... stopped between rows, not after fetching all | test_query_limits::test_a_slow_curated_query_is_stopped_between_rows |
| 7d | SELECT keeps the cap only inside its limits | test_query_limits::test_select_stops_at_the_cap_only_inside_the_limits |
| 8a | unescaped `sequence` and dates in the council page's SVG | test_bad_input::test_values_written_into_the_graph_stay_text |
| 8b | `page_url` passes `javascript:` IRIs through | test_bad_input::test_page_urls_are_pages_here_or_http_addresses |
| 9 | 500s on `/api/concerns?from=2024%0A`, `/api/documents?council=E08000012%0A`, `/api/queries/describe_out?resource=http://x/%25zz`, `/data?graph=http://x/%25zz` | test_bad_input::test_bad_parameters_are_clear_4xx |
| 10a | the editor page's script URL from the `Host` header | test_request_limits::test_the_editor_does_not_take_its_addresses_from_the_host_header |
| 10b | a token with surrounding whitespace never matches | test_request_limits::test_a_token_with_surrounding_whitespace_is_the_token_without_it |
| 10c | a wrong token is 401 on one route and 403 on another | test_request_limits::test_a_missing_or_wrong_token_is_401_on_every_write_route |
| 10d | raw exception text reaches clients | test_backends::test_what_a_failing_store_says_never_reaches_the_client |
| K1 | a load killed with SIGKILL 50+ times leaves whole documents (slow) | test_kill_safety::test_a_load_killed_at_random_moments_leaves_whole_documents |
| K2 | `ikg backup DEST` while the service runs | test_kill_safety::test_backup_while_the_service_runs |
| K3 | `ikg export` then `ikg load` is isomorphic | test_kill_safety::test_export_then_load_gives_an_isomorphic_dataset |
| F1 | schemathesis against the OpenAPI document (slow) | test_fuzz::test_the_openapi_document_holds_under_schemathesis |
| F2 | hypothesis feeds random and mutated documents to the loaders (slow) | test_fuzz::test_loaders_give_a_digest_or_a_clear_error |
| L | 60 s at concurrency 32: no errors, flat memory (slow) | test_load::test_load_gives_no_errors_and_flat_memory |
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ROW = re.compile(r"^\| (\w+) \| (.+) \| (test_\w+)::(test_\w+) \|$", re.M)
SLOW_ROWS = {"K1", "F1", "F2", "L"}


def rows() -> list[tuple[str, str, str]]:
    return [(m[1], m[3], m[4]) for m in ROW.finditer(__doc__)]


def functions_of(module: str) -> dict[str, ast.FunctionDef]:
    tree = ast.parse((TESTS / f"{module}.py").read_text())
    return {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name.startswith("test_")}


def markers(fn: ast.FunctionDef, module: str) -> set[str]:
    """The `pytest.mark.X` names on the function and in the module's `pytestmark`."""
    source = " ".join(ast.unparse(d) for d in fn.decorator_list)
    text = (TESTS / f"{module}.py").read_text()
    module_marks = re.search(r"^pytestmark = (.+)$", text, re.M)
    return set(re.findall(r"mark\.(\w+)", source + (module_marks[1] if module_marks else "")))


def test_the_table_covers_every_numbered_reproduction():
    numbers = {int(re.match(r"\d+", key)[0]) for key, _, _ in rows() if key[0].isdigit()}
    assert numbers == set(range(1, 11))


@pytest.mark.parametrize("key, module, name", rows())
def test_each_reproduction_has_its_regression_test(key, module, name):
    functions = functions_of(module)
    assert name in functions, f"{key}: {module}::{name} is gone; update the table or restore the test"
    if key in SLOW_ROWS:
        assert "slow" in markers(functions[name], module), f"{key}: {name} must stay behind the slow marker"
