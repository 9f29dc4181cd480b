"""A job typed in words finds its role profile; a short profile name ('it', 'kok') counts only as
a word of its own, never as letters inside another word ('city lines' is no IT job)."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.advice.person import find_role
from pop_assistent.catalogue import load_catalogue

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("city lines", None),
        ("citymanager", None),
        ("kok in de keuken van een wooncentrum", "kok"),
        ("kok", "kok"),
        ("hulpkok", "kok"),
        ("IT", "it-medewerker"),
        ("ik werk in de IT", "it-medewerker"),
        ("bus drivr", "buschauffeur"),
        ("nurse in a care home", "verpleegkundige"),
    ],
)
def test_a_role_is_found_by_whole_words(typed: str, role: str | None) -> None:
    found = find_role(load_catalogue(today=TODAY).roles, typed)
    assert (found.id if found else None) == role
