"""One orchestrator for every kind of document: a pipeline of named components, each
`component(parsed, digest, run)` adding its kind of fact to the typed `Digest`, run in the order the kind's
profile (`loaders.pipeline_config.PROFILES`) lists them. `run.settings` holds the profile's settings;
`run.found` carries what an earlier component found and a later one needs (the subject council, the inspection).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from loaders.digest import Digest, empty_digest


@dataclass
class Run:
    kind: str
    settings: dict
    found: dict = field(default_factory=dict)


def run_pipeline(parsed, kind: str) -> Digest:
    """The digest of a parsed document, built by the components of its kind's profile, in order."""
    from loaders.pipeline_config import PROFILES

    profile = PROFILES[kind]
    digest = empty_digest(parsed.doc)
    run = Run(kind, dict(profile["settings"]))
    for component in profile["components"]:
        component(parsed, digest, run)
    return digest
