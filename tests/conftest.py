"""Shared fixtures: every test runs with its own data and config directories and a frozen date."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Module-scoped fixtures run before the per-test directories below: they, too, must never
# write to (or read a stale compiled catalogue from) the developer's own cache.
os.environ["POP_CACHE_DIR"] = tempfile.mkdtemp(prefix="pop-test-cache-")
atexit.register(shutil.rmtree, os.environ["POP_CACHE_DIR"], True)

TODAY = date(2026, 11, 24)
"""The frozen 'today' of the whole test suite."""


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Point data, config and cache at tmp_path: a developer's own files never leak into a test."""
    monkeypatch.setenv("POP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("POP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("POP_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("POP_VANDAAG", TODAY.isoformat())
    monkeypatch.delenv("POP_DATABASE_URL", raising=False)
    monkeypatch.delenv("POP_CATALOGUS", raising=False)
    monkeypatch.delenv("POP_TAAL", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    yield


@pytest.fixture
def today() -> date:
    """The frozen date every test uses as 'today'."""
    return TODAY


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped catalogue in tmp_path, for tests that change or break its files."""
    from pop_assistent.paths import resource_dir

    target = tmp_path / "catalogus"
    shutil.copytree(resource_dir("catalogus"), target)
    return target
