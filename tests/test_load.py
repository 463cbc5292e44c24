"""A bounded load (slow): 60 s at concurrency 32 on 127.0.0.1 over the curated endpoints and
/sparql (bench/load.py, whose figures are in bench/RESULTS.md): no error answers, flat memory."""
from __future__ import annotations

import pytest


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_load_gives_no_errors_and_flat_memory():
    from bench.load import main

    result = main(["--seconds", "60", "--concurrency", "32", "--json"])
    assert result["errors"] == {}, result
    # a read sent again after the server closed its kept-alive connection: rare, and never twice
    assert result["reconnects"] <= result["requests"] / 1000, result
    assert result["requests"] > 100, result
    assert result["rss_end_mb"] < result["rss_start_mb"] * 1.5 + 50, result
