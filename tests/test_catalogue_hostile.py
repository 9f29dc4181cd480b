"""Hostile or misplaced catalogue files get a sentence naming the file and line, in bounded
memory, and the rest of the catalogue still loads; files that are not read are named."""

from __future__ import annotations

import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.catalogue import Problem, load_catalogue, loader, yamlio
from pop_assistent.cli import main

TODAY = date(2026, 11, 24)
TALEN = "leermiddelen/talen.yaml"

BOMB = """\
- id: bom
  titel: Bom
  type: intern
  duur_uren: 1
  beschrijving: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
  thema: x
""" + "".join(
    f"  x{n}: &a{n} [*a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}, "
    f"*a{n - 1}, *a{n - 1}, *a{n - 1}, *a{n - 1}]\n"
    for n in range(1, 10)
)
"""Ten to the tenth 'lol's once expanded: gigabytes for a loader that follows aliases."""


def for_file(problems: list[Problem], name: str) -> list[Problem]:
    return [p for p in problems if p.file == name]


def test_an_alias_bomb_is_refused_with_its_line_in_little_memory(folder: Path) -> None:
    path = folder / "leermiddelen/bom.yaml"
    path.write_text(BOMB + "\n- id: na-de-bom\n  titel: Gewoon\n  type: intern\n  duur_uren: 2\n")
    tracemalloc.start()
    try:
        catalogue = load_catalogue(folder, today=TODAY)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200_000_000  # the bomb alone would need gigabytes
    (problem,) = for_file(catalogue.problems, "leermiddelen/bom.yaml")
    assert (problem.line, problem.entry_id, problem.skipped) == (5, "bom", True)
    assert "verwijzing met & of *" in problem.text() and "overgeslagen" in problem.text()
    assert "anchor or alias" in problem.text("en")
    assert catalogue.item("bom") is None
    assert catalogue.item("na-de-bom") is not None  # the rest of the file loads
    assert catalogue.item("vca-vol") is not None  # and every other file


def test_an_alias_bomb_in_the_skills_file_costs_one_skill(folder: Path) -> None:
    path = folder / "vaardigheden.yaml"
    text = path.read_text(encoding="utf-8")
    first = text.index("\n- id:")
    bomb = "\n- id: bom\n  nl: &a [x, x]\n  en: *a\n"
    path.write_text(text[:first] + bomb + text[first:], encoding="utf-8")
    line = text[:first].count("\n") + 3
    catalogue = load_catalogue(folder, today=TODAY)
    (problem,) = for_file(catalogue.problems, "vaardigheden.yaml")
    assert (problem.line, problem.entry_id) == (line, "bom")
    assert catalogue.skill("bom") is None and len(catalogue.skills) >= 200


def test_zoek_and_valideer_answer_a_bomb_with_a_sentence(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "leermiddelen/bom.yaml").write_text(BOMB)
    monkeypatch.setenv("POP_CATALOGUS", str(folder))
    assert main(["catalogus", "zoek", "excel"]) == 0
    captured = capsys.readouterr()
    assert "excel" in captured.out.lower() and "bom.yaml" in captured.err
    assert main(["catalogus", "valideer"]) == 1
    out = capsys.readouterr().out
    assert "leermiddelen/bom.yaml, regel 5, bom: een verwijzing met & of *" in out


def test_an_anchor_alone_is_refused_too(folder: Path) -> None:
    text = "- id: anker\n  titel: &t Anker\n  type: intern\n  duur_uren: 1\n"
    (folder / "leermiddelen/anker.yaml").write_text(text)
    (problem,) = for_file(load_catalogue(folder, today=TODAY).problems, "leermiddelen/anker.yaml")
    assert (problem.line, problem.entry_id) == (2, "anker")


def test_deep_nesting_costs_the_entry_not_the_file(folder: Path) -> None:
    deep = "[" * 50 + "]" * 50
    text = (
        "- id: diep\n  titel: Diep\n  type: intern\n  duur_uren: 1\n"
        f"  voorwaarden: {deep}\n"
        "- id: ondiep\n  titel: Ondiep\n  type: intern\n  duur_uren: 1\n"
    )
    (folder / "leermiddelen/diep.yaml").write_text(text)
    catalogue = load_catalogue(folder, today=TODAY)  # no RecursionError
    (problem,) = for_file(catalogue.problems, "leermiddelen/diep.yaml")
    assert (problem.line, problem.entry_id) == (5, "diep")
    assert f"meer dan {yamlio.MAX_DEPTH} niveaus" in problem.text()
    assert catalogue.item("diep") is None and catalogue.item("ondiep") is not None


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("- " * 50 + "x\n", 1),  # not inside an entry
        ("- id: diep\n  titel: x\n  voorwaarden: " + "[" * 100_000 + "]" * 100_000 + "\n", 3),
    ],
)
def test_deeper_nesting_costs_that_file_only(folder: Path, text: str, line: int) -> None:
    (folder / "leermiddelen/diep.yaml").write_text(text)
    catalogue = load_catalogue(folder, today=TODAY)  # no RecursionError, no crash
    (problem,) = for_file(catalogue.problems, "leermiddelen/diep.yaml")
    assert problem.line == line and "te diep genest" in problem.text()
    assert catalogue.item("vca-vol") is not None


def test_a_python_tag_is_refused(folder: Path) -> None:
    text = "- id: tag\n  titel: !!python/object/apply:os.system [echo]\n  type: intern\n"
    (folder / "leermiddelen/tag.yaml").write_text(text)
    (problem,) = for_file(load_catalogue(folder, today=TODAY).problems, "leermiddelen/tag.yaml")
    assert (problem.line, problem.entry_id) == (2, "tag") and "type met ! of !!" in problem.text()


def test_a_file_too_large_is_not_read(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / TALEN
    path.write_text(path.read_text(encoding="utf-8") + "#" * 300_000 + "\n", encoding="utf-8")
    monkeypatch.setattr(loader, "MAX_BYTES", 200_000)
    catalogue = load_catalogue(folder, today=TODAY)
    (problem,) = for_file(catalogue.problems, TALEN)
    assert "te groot (0,3 MB, hoogstens 0,2 MB)" in problem.text()
    assert catalogue.item("ext-duits-basis") is None and catalogue.item("vca-vol") is not None
    assert catalogue.skipped == 1


def test_a_missing_roles_file_is_named_and_the_rest_loads(folder: Path) -> None:
    (folder / "functieprofielen.yaml").unlink()
    catalogue = load_catalogue(folder, today=TODAY)
    (problem,) = for_file(catalogue.problems, "functieprofielen.yaml")
    assert "het bestand ontbreekt" in problem.text() and "missing" in problem.text("en")
    assert catalogue.roles == [] and catalogue.item("vca-vol") is not None


def test_pop_catalogus_pointing_at_a_file_says_so(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POP_CATALOGUS", str(folder / "vaardigheden.yaml"))
    assert main(["catalogus", "zoek", "excel"]) == 2
    err = capsys.readouterr().err
    assert "vaardigheden.yaml is een bestand, geen map" in err and "POP_CATALOGUS" in err
    assert "Traceback" not in err


def test_valideer_names_every_file_it_ignores(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "extra-cursussen.yaml").write_text("- id: x\n  titel: [\n")
    (folder / "oud.YML").write_text("")
    (folder / "leermiddelen/excel.yaml.bak").write_text("- id: y\n")
    (folder / "leermiddelen/.verborgen.swp").write_text("")
    assert main(["catalogus", "valideer", str(folder)]) == 1
    out = capsys.readouterr().out
    assert (
        "extra-cursussen.yaml: dit bestand wordt niet gelezen: in de hoofdmap tellen alleen" in out
    )
    assert "oud.YML: dit bestand wordt niet gelezen" in out
    assert "leermiddelen/excel.yaml.bak: dit bestand wordt niet gelezen: in leermiddelen/" in out
    assert ".verborgen" not in out and "schema.json" not in out and "LICENTIE" not in out
    assert out.splitlines()[-1].startswith("Niet in orde:") and "3 problemen" in out


def test_the_notice_for_users_names_only_what_was_left_out(folder: Path) -> None:
    (folder / "extra.yaml").write_text("- id: x\n")
    assert load_catalogue(folder, today=TODAY).notice() is None  # nothing lost: for HR only
    (folder / "leermiddelen/bom.yaml").write_text(BOMB)
    catalogue = load_catalogue(folder, today=TODAY)
    assert "liet 1 item met fouten weg (leermiddelen/bom.yaml);" in (catalogue.notice() or "")
    assert "left out 1 entry with mistakes (leermiddelen/bom.yaml);" in (
        catalogue.notice("en") or ""
    )


def test_a_helper_process_reads_part_of_a_large_catalogue_to_the_same_result(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large first load is shared with a second process: the items, and the sentences about
    a hostile file it read, are the same as when this process reads everything; a helper that
    cannot start costs nothing but time."""
    from pop_assistent.catalogue import collector

    (folder / "leermiddelen/bom.yaml").write_text(BOMB, encoding="utf-8")
    monkeypatch.setenv("POP_CACHE_DIR", str(tmp_path / "alone"))
    alone = load_catalogue(folder, today=TODAY)
    monkeypatch.setattr(collector, "HELPER_BYTES", 1)
    started: list[int] = []
    real = collector.Helper.__init__

    def counted(self: collector.Helper, sources: list[collector.Source], key: str) -> None:
        started.append(len(sources))
        real(self, sources, key)

    monkeypatch.setattr(collector.Helper, "__init__", counted)
    monkeypatch.setenv("POP_CACHE_DIR", str(tmp_path / "shared"))
    shared = load_catalogue(folder, today=TODAY)
    assert started and started[0] >= 1
    assert [i.model_dump() for i in shared.items] == [i.model_dump() for i in alone.items]
    assert [(p.file, p.line, p.text()) for p in shared.problems] == [
        (p.file, p.line, p.text()) for p in alone.problems
    ]
    monkeypatch.setattr(collector, "_SERVE", "raise SystemExit(3)")
    monkeypatch.setenv("POP_CACHE_DIR", str(tmp_path / "failed"))
    failed = load_catalogue(folder, today=TODAY)
    assert [i.id for i in failed.items] == [i.id for i in alone.items]
