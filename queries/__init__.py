"""The SPARQL texts. `queries/*.rq` are the curated API (app/queries_api.py serves them);
`queries/internal/*.rq` are read only by the resolution and the read model, never served."""
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def internal(name: str) -> str:
    """The text of `queries/internal/{name}.rq`."""
    return (HERE / "internal" / f"{name}.rq").read_text(encoding="utf-8")
