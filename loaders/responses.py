"""Council responses: actions a council takes or promises (investment, appointments,
new teams or boards, training, plans).

extract_responses(spans, council_name) -> [{"actor", "action", "evidence", "themes", "span"}]
(First cut; the news extraction work fills it in.)
"""
from __future__ import annotations

from loaders.text import Span


def extract_responses(spans: list[Span], council_name: str | None) -> list[dict]:
    return []
