"""docker-compose.yml (Virtuoso, two ikg processes, nginx) cannot be run here (no Docker engine):
this checks that what it tells ikg, Virtuoso and nginx agrees with what they read."""
from __future__ import annotations

import re

import pytest

from ikg.config import Settings
from tests.conftest import ROOT

yaml = pytest.importorskip("yaml")


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def test_every_ikg_variable_is_a_setting_and_the_parts_agree():
    services = compose()["services"]
    fronts = [n for n, s in services.items() if s.get("environment", {}).get("IKG_STORE") == "sparql"
              and "profiles" not in s]
    assert len(fronts) >= 2
    env = services[fronts[0]]["environment"]
    fields = set(Settings.model_fields)
    assert {k.removeprefix("IKG_").lower() for k in env} <= fields
    Settings(**{k.removeprefix("IKG_").lower(): v for k, v in env.items()})  # values parse too
    init = (ROOT / "deploy" / "virtuoso-init.sql").read_text()
    assert f"USER_CREATE ('{env['IKG_SPARQL_USER']}', '{env['IKG_SPARQL_PASSWORD']}')" in init
    assert f'GRANT SPARQL_UPDATE TO "{env["IKG_SPARQL_USER"]}"' in init
    upstreams = re.findall(r"server (\w+):8000", (ROOT / "deploy" / "nginx.conf").read_text())
    assert sorted(upstreams) == sorted(fronts)
