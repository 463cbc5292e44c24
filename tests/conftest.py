"""Shared fixtures. Tests that read ../shared (real documents, gold facts, the W3C
harness) skip with a reason where it is absent, as in a user's clone."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"

needs_shared = pytest.mark.skipif(not (SHARED / "corpus").is_dir(),
                                  reason="../shared (real corpus, gold and harness) is not beside the repo")


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared (real corpus, gold and harness) is not beside the repo")
    return SHARED
