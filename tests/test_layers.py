"""The web layer's shape: route modules parse requests and render answers; reading the store
is the service functions' job (app/services/, one module per resource), and every route gets
the store, the settings and the write token from the one dependency each (app/deps.py)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"
ROUTERS = ["api.py", "pages.py", "home.py", "england.py", "recommendations.py", "ld.py"]


def store_queries(path: Path):
    """Calls that read the store: `select(store, "query", ...)` or `store.<method>(...)`."""
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in ("select", "run_query"):
                yield f.id, node.lineno
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == "store":
                yield f"store.{f.attr}", node.lineno


@pytest.mark.parametrize("name", ROUTERS)
def test_routers_do_not_query_the_store(name):
    found = list(store_queries(APP / name))
    assert not found, f"app/{name} queries the store itself (move it to app/services/): {found}"


@pytest.mark.parametrize("name", ROUTERS)
def test_routes_take_the_store_from_its_dependency(name):
    text = (APP / name).read_text()
    assert "app.state.store" not in text and "store_of(" not in text


def test_every_service_module_is_plain_python():
    # services import neither FastAPI's routing nor Starlette's requests: callable from anywhere
    for path in (APP / "services").glob("*.py"):
        tree = ast.parse(path.read_text())
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names}
        assert not names & {"APIRouter", "Request", "Depends"}, path.name
