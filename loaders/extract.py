"""From a read document to its digest: decide what kind of document it is, parse it once
(`loaders.parse.Parsed`), then run that kind's pipeline of components (`loaders.pipeline`; the profiles, which
components in which order with which settings, are data in `loaders.pipeline_config`). Pure: reads nothing but the document,
writes nothing anywhere.

    python -m loaders.extract PATH   # prints the digest as JSON
"""
from __future__ import annotations

import json
import sys

from loaders.digest import Digest
from loaders.read import Document, read_document


class NotChildrensServices(Exception):
    """The document is not about a council's children's services; nothing is loaded from it."""


def extract(doc: Document) -> Digest:
    from loaders.kind import document_kind
    from loaders.parse import Parsed

    kind = document_kind(doc)
    parsed = Parsed.of(doc)  # parsed once; every component reads what it needs from it
    from loaders.pipeline_config import PROFILES
    if kind in PROFILES:
        from loaders.pipeline import run_pipeline
        return run_pipeline(parsed, kind)
    raise NotChildrensServices(
        f"{doc.source}: not an Ofsted letter or report, nor news about a council's children's services")


if __name__ == "__main__":
    print(json.dumps(extract(read_document(sys.argv[1])).to_json(), indent=1, ensure_ascii=False))
