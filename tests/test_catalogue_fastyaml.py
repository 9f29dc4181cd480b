"""The fast YAML readers decline, or give exactly what yaml.SafeLoader gives.

Two readers are tested the same way: fastlist.read_entries (the quickest, for a list of flat
entries) and fastyaml.strict_load (the general line-based reader behind it).
"""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.catalogue import generate
from pop_assistent.catalogue.fastlist import fast_entries, read_entries
from pop_assistent.catalogue.fastyaml import _Reject, strict_load
from pop_assistent.catalogue.writer import dump_entries
from pop_assistent.paths import resource_dir


def strict_or_none(text: str) -> Any:
    try:
        return strict_load(text)
    except _Reject:
        return None


def list_or_none(text: str) -> Any:
    try:
        return read_entries(text)
    except _Reject:
        return None


def assert_same(text: str) -> Any:
    """Each reader either declines or agrees with SafeLoader; returns the strict reader's result."""
    got = strict_or_none(text)
    quick = list_or_none(text)
    for result in (got, quick):
        if result is not None:
            want = yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - a safe loader
            assert result == want
            assert repr(result) == repr(want)  # same types too (1 vs 1.0 vs True)
    return got


SHIPPED = sorted(resource_dir("catalogus").rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_files_read_exactly_as_safeloader(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    got = assert_same(text)
    if path.parent.name == "leermiddelen":
        assert got is not None, "the strict reader should handle the files the writer makes"
        assert list_or_none(text) is not None, "and so should the quickest one"


def test_generated_bench_catalogue(tmp_path: Path) -> None:
    generate(tmp_path / "catalogus", 3000)
    files = sorted((tmp_path / "catalogus" / "leermiddelen").glob("*.yaml"))
    assert len(files) == 3
    for path in files:
        assert assert_same(path.read_text(encoding="utf-8")) is not None
        assert list_or_none(path.read_text(encoding="utf-8")) is not None


EDGE_VALUES = [
    "yes", "no", "on", "off", "Yes", "NO", "y", "n", "true", "False", "010", "0o10", "0x1f",
    "1:30", "190:20:30", "1e3", "1.0e+3", ".5", "-.5", "+12", "1_000", ".inf", ".NaN_x", "~",
    "null", "Null", "2027-02-08", "2027-2-8", "2027-02-08 10:30:00", "2027-02-08T10:30:00Z",
    "'010'", "'1e3'", "\"yes\"", "'it''s'", "''", "\"\"", "'a # b'", "\"a # b\"",
    "a: b", "https://example.be/x?y=1", "value # trailing comment", "'quoted' # comment",
    "a#b", "[a, b, 3]", "{datum: 2027-01-04, plaatsen: 12}", "[]", "{}", "-5", "- x",
    "&anchor x", "*alias", "!!str 5", "|", ">", "\"a\\tb\"", "a\tb", "'unterminated",
]  # fmt: skip


@pytest.mark.parametrize("value", EDGE_VALUES)
def test_edge_values_in_an_entry(value: str) -> None:
    for text in (
        f"- id: x\n  veld: {value}\n  na: 1\n",
        f"- {value}\n",
        f"leermiddelen:\n- id: x\n  lijst:\n  - {value}\n",
        f"- id: x\n  veld: [{value}]\n",
    ):
        try:
            yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506
        except yaml.YAMLError:
            assert strict_or_none(text) is None
            continue
        assert_same(text)


def test_hand_written_shapes() -> None:
    text = (
        "# kop\n\nleermiddelen:\n  - id: a   # code\n    leeg:\n    titel: 'Colon: ok'\n"
        "    beschrijving: Een lange tekst die\n      over twee regels loopt.\n"
        "    quoted: 'een ''citaat'' dat\n      verder loopt'\n"
        "    sessies:\n      - datum: 2027-03-01\n        plaats: Gent\n"
        "      - {datum: 2027-04-01, plaats: Brugge}\n"
        "    vaardigheden: [excel, word,\n      powerpoint]\n"
        "  - id: b\n    on: off\n"
    )
    got = assert_same(text)
    assert got["leermiddelen"][0]["leeg"] is None
    assert got["leermiddelen"][0]["sessies"][0]["datum"] == date(2027, 3, 1)
    assert got["leermiddelen"][1] == {"id": "b", True: False}
    assert fast_entries(text, "leermiddelen") == got["leermiddelen"]


@pytest.mark.parametrize(
    "text",
    [
        "- id: a\n  tekst: |\n    blok\n",
        "- id: a\n  tekst: >\n    blok\n",
        "- &x id: a\n",
        "- id: a\n  tekst: eerste\n\n    na blanco\n",
        "- id: a\n   verkeerd: 1\n",
        "---\n- id: a\n",
        "- id: a\r\n",
        '- id: a\n  t: "a\\nb"\n',
        "- id: a\n  v: [a, [b]]\n",
        "  - id: a\n",
    ],
)
def test_declines_what_it_does_not_implement(text: str) -> None:
    assert strict_or_none(text) is None
    assert list_or_none(text) is None


def test_fast_entries_still_reads_declined_files_with_pyyaml() -> None:
    text = "- id: a\n  tekst: |\n    blok\n"
    assert fast_entries(text, "leermiddelen") == [{"id": "a", "tekst": "blok\n"}]
    assert fast_entries("", "leermiddelen") == []
    assert fast_entries("- [a\n", "leermiddelen") is None


TEXT = st.text(
    alphabet=st.sampled_from(string.ascii_letters + string.digits + " :#-'\"_.,é!&*[]{}?%@`|>~"),
    max_size=30,
)
SCALAR = st.one_of(
    TEXT,
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates(),
    st.sampled_from(["yes", "no", "on", "off", "010", "1:30", "1e3", ".5", "~", "2027-01-04"]),
)
ENTRY = st.dictionaries(
    st.sampled_from(["id", "titel", "beschrijving", "duur_uren", "url", "on", "y"]),
    st.one_of(
        SCALAR,
        st.text(max_size=250),
        st.lists(SCALAR, max_size=5),
        st.lists(st.dictionaries(st.sampled_from(["datum", "plaats"]), SCALAR), max_size=3),
    ),
    min_size=1,
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(ENTRY, max_size=4))
def test_writer_output_reads_exactly_as_safeloader(entries: list[dict[str, Any]]) -> None:
    text = dump_entries(entries)
    assert_same(text)
    assert fast_entries(text, "leermiddelen") == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506


LINES = [
    "- id: a", "- id: b", "  titel: Excel voor iedereen", "  titel: 'Colon: ok'",
    '  titel: "dubbel"', "  beschrijving: Een lange tekst die", "    verder loopt.",
    "    nog: een", "  quoted: 'begint hier", "    en stopt hier'", "  lijst: [a, b,", "    c]",
    "  sessies:", "  - {datum: 2027-03-01, plaats: Gent}", "  - {datum: 2027-04-01}", "  - los",
    "  - datum: 2027-05-01", "    plaats: Brugge", "    - dieper", "  leeg:", "  on: yes",
    "  duur_uren: 010", "  kost: 1_000", "  getal: 3.5", "  datum: 2027-01-04", "# opmerking",
    "  # ingesprongen opmerking", "    # diepe opmerking", "", "   ", "  waarde: a # staart",
    "   drie: spaties", "-  twee: spaties", "leermiddelen:", "  - id: c", "- - genest",
    "  x: |", "    blok", "  y: &anker z", "  z: *anker", "- 5", "-", "  - ", "  url: https://x.be/a?b=c",
]  # fmt: skip


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.lists(st.sampled_from(LINES), min_size=1, max_size=12), st.booleans())
def test_any_mix_of_lines_reads_as_safeloader_or_declines(lines: list[str], end: bool) -> None:
    text = "\n".join(lines) + ("\n" if end else "")
    try:
        yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        assert strict_or_none(text) is None
        assert list_or_none(text) is None
        return
    assert_same(text)


def test_the_quickest_reader_takes_the_usual_file() -> None:
    text = (
        "# kop\n\n- id: a\n  titel: Excel\n  # tussendoor\n  beschrijving: 'Lang: en\n"
        "    loopt door'\n  vaardigheden: [excel,\n    word]\n  sessies:\n"
        "  - {datum: 2027-03-01, plaats: Gent}\n\n  - {datum: 2027-04-01}\n  leeg:\n"
        "- id: b\n  on: off\n"
    )
    got = list_or_none(text)
    assert got == yaml.load(text, Loader=yaml.SafeLoader)  # noqa: S506
    assert got[0]["sessies"][1] == {"datum": date(2027, 4, 1)}
    assert got[0]["leeg"] is None and got[1] == {"id": "b", True: False}
