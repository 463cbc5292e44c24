"""Settings come from IKG_* variables and are checked when read."""
from __future__ import annotations

import pytest
from pydantic import ValidationError

from ikg.config import Settings


def test_settings_read_the_environment(monkeypatch):
    monkeypatch.setenv("IKG_QUERY_WORKERS", "3")
    monkeypatch.setenv("IKG_TOKEN", "s3cret")
    monkeypatch.setenv("IKG_STORE", "memory")
    s = Settings()
    assert (s.query_workers, s.store, s.token.get_secret_value()) == (3, "memory", "s3cret")
    assert "s3cret" not in repr(s)  # secrets stay out of logs


def test_a_bad_setting_is_refused_with_its_name(monkeypatch):
    monkeypatch.setenv("IKG_QUERY_WORKERS", "0")
    with pytest.raises(ValidationError, match="query_workers"):
        Settings()
