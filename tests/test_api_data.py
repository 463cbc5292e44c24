"""Test data for the API, page and linked-data tests (no tests here): examples/
loaded into an in-memory store through the real pipeline."""
from __future__ import annotations

from pathlib import Path

from ikg.config import Settings
from ikg.store import OxigraphStore
from ontology import Minter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
BASE = "http://ikg.test/"
TOKEN = "test-token"
KESTRELFORD = "E99000001"


def load_examples(store, minter: Minter) -> list[str]:
    """Loads examples/ through the real pipeline (extract, to_rdf, resolve); returns the
    document ids. Any document that fails to load fails the test that asked for it."""
    from ikg.pipeline import load_paths

    results = load_paths(store, minter, [EXAMPLES])
    failed = [f"{r.path}: {r.error}" for r in results if r.error]
    assert not failed, failed
    return [r.document for r in results]


def examples_store() -> tuple[OxigraphStore, Settings]:
    settings = Settings(store="memory", base_iri=BASE, token=TOKEN)
    store = OxigraphStore(None)
    load_examples(store, Minter(BASE))
    return store, settings


def make_app(store, settings):
    from app.main import create_app
    return create_app(settings, store)
