"""All settings in one place: flags and IKG_* environment variables."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IKG_", env_file=None)

    # "oxigraph" (on disk at store_path), "memory" (tests), or "sparql" (a remote SPARQL 1.1 store)
    store: str = "oxigraph"
    store_path: Path = Path(".ikg/store")
    sparql_query_url: str | None = None
    sparql_update_url: str | None = None
    sparql_token: SecretStr | None = None  # bearer token the remote store wants for updates
    # Instance IRIs are minted under this base; the service dereferences /id/... under it.
    base_iri: str = "http://127.0.0.1:8000/"
    host: str = "127.0.0.1"
    port: int = 8000
    # Bearer token for writes (SPARQL Update, Graph Store, uploads); no token, no writes.
    token: SecretStr | None = None
    query_timeout: float = 30.0
    # Processes evaluating SPARQL queries over an on-disk store (a timed-out query's is restarted).
    query_workers: int = Field(2, ge=1)
    result_cap: int = 100_000
    body_cap: int = 20 * 1024 * 1024
    allow_federation: bool = False
