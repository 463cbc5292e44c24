"""All settings in one place: flags and IKG_* environment variables."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="IKG_", env_file=None)

    # "oxigraph" (on disk at store_path), "memory" (tests), or "sparql" (a remote SPARQL 1.1 store)
    store: str = "oxigraph"
    store_path: Path = Path(".ikg/store")
    sparql_query_url: str | None = None
    sparql_update_url: str | None = None
    sparql_token: SecretStr | None = None  # bearer token the remote store wants for updates
    # Graph Store Protocol endpoint of the remote store (one PUT per document graph), if it has one
    sparql_graph_store_url: str | None = None
    sparql_user: str | None = None  # HTTP basic or digest credentials for the remote store
    sparql_password: SecretStr | None = None
    sparql_auth: str = "basic"  # or "digest" (Virtuoso's /sparql-auth)
    sparql_timeout: float = 60.0  # seconds a request to the remote store may take
    # Instance IRIs are minted under this base; the service dereferences /id/... under it.
    base_iri: str = "http://127.0.0.1:8000/"
    host: str = "127.0.0.1"
    port: int = 8000
    # Bearer token for writes (SPARQL Update, Graph Store, uploads); no token, no writes.
    token: SecretStr | None = None
    query_timeout: float = 30.0
    # Processes evaluating SPARQL queries over an on-disk store (a timed-out query's is restarted).
    query_workers: int = Field(2, ge=1)
    result_cap: int = Field(100_000, ge=1)  # rows of a curated query or a buffered SPARQL answer
    body_cap: int = Field(20 * 1024 * 1024, ge=1)  # bytes of any request body, uploads included
    query_cap: int = Field(1024 * 1024, ge=1)  # bytes of SPARQL query or update text
    update_timeout: float = Field(30.0, gt=0)  # seconds the WHERE clauses of an /update may take
    extract_timeout: float = Field(60.0, gt=0)  # seconds to read and extract one uploaded document
    extract_memory: int = Field(2 * 1024 ** 3, ge=64 * 1024 ** 2)  # bytes of memory for that extraction
    # A document with more characters of text, or a PDF with more pages, is refused with an
    # error naming it (real Ofsted reports and news pages are far below both).
    text_cap: int = Field(3_000_000, ge=1)
    pdf_page_cap: int = Field(1000, ge=1)
    allow_federation: bool = False
    # Seconds a cache may reuse a read answer without asking (Cache-Control max-age); 0: it
    # revalidates every time (no-cache), and a 304 costs one lookup of the store's version.
    cache_max_age: int = Field(0, ge=0)
    # Open the embedded store read-only and refuse writes: what `ikg serve --workers N` runs its
    # processes with over an on-disk store (only a process that opens it read-only may share it).
    read_only: bool = False

    @field_validator("token", "sparql_token", mode="before")
    @classmethod
    def _strip_secret(cls, value):
        """A token is compared without surrounding whitespace (a newline from a file, say);
        blank means none, so the service never says writes are on when none can match."""
        if value is None:
            return None
        raw = value.get_secret_value() if isinstance(value, SecretStr) else str(value)
        return raw.strip() or None
