"""Finding sentences: concerns and improvements, each with its themes.

extract_findings(spans) -> (concerns, improvements): one digest item per sentence
and theme, {"theme", "evidence", "inspection", "span": [start, end], "polarity"}.
(First cut; the Ofsted extraction work refines polarity and theme classification.)
"""
from __future__ import annotations

from loaders.text import Span


def extract_findings(spans: list[Span], inspection: str | None = None) -> tuple[list[dict], list[dict]]:
    return [], []
