"""Answers kept per store version (ikg/state.py): what only a write can change, computed once by
each process after the write, then read from memory. For summaries of the whole store that no
read-model part holds (the home page's counts), not for anything a request parameter shapes."""
from __future__ import annotations

import threading
from typing import Any, Callable
from weakref import WeakKeyDictionary

from ikg import state
from ikg.store import Store

_KEPT: "WeakKeyDictionary[Store, dict[str, tuple[str, Any]]]" = WeakKeyDictionary()
_GUARD = threading.Lock()


def per_version(store: Store, base: str, key: str, compute: Callable[[], Any]) -> Any:
    """`compute()`'s value for the store's current version (computed again after any write)."""
    version = state.version(store, base)
    with _GUARD:
        kept = _KEPT.setdefault(store, {}).get(key)
    if kept and kept[0] == version:
        return kept[1]
    value = compute()
    with _GUARD:
        _KEPT[store][key] = (version, value)
    return value
