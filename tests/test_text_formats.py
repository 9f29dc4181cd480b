"""Lists are written as each language writes them (Babel), one home for every sentence."""

from __future__ import annotations

import pytest

from pop_assistent.text import formats


@pytest.mark.parametrize(
    ("lang", "items", "expected"),
    [
        ("nl", ["februari 2027", "maart 2027"], "februari 2027 en maart 2027"),
        ("nl", ["1", "2", "3"], "1, 2 en 3"),
        (
            "en",
            ["February 2027", "March 2027", "May 2027"],
            "February 2027, March 2027, and May 2027",
        ),
        ("en", ["2"], "2"),
        ("nl", [], ""),
    ],
)
def test_a_list_reads_as_the_language_writes_it(lang: str, items: list[str], expected: str) -> None:
    assert formats.listing(items, lang) == expected  # type: ignore[arg-type]
