"""The compiled catalogue: made once from the YAML, opened as it is while no file changes,
made again when one does (or by `valideer`), owner-only, and never required."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from bench.catalogue import generate
from pop_assistent.catalogue import Catalogue, collector, compiled, load_catalogue
from pop_assistent.cli import main

TODAY = date(2026, 11, 24)
SAFETY = "leermiddelen/veiligheid-en-wettelijk.yaml"


def summary(catalogue: Catalogue) -> tuple[object, ...]:
    return (
        [item.model_dump() for item in catalogue.items],
        catalogue.skills,
        catalogue.roles,
        [problem.text() for problem in catalogue.problems],
        catalogue.skipped,
        [item.id for item in catalogue.search("heftruck", limit=50)],
        [item.id for item in catalogue.search("", language="fr", limit=50)],
    )


def yaml_files(folder: Path) -> int:
    """The files a full read parses: skills, roles and every resource file."""
    return 2 + len(list((folder / "leermiddelen").glob("*.yaml")))


class Parses:
    """Counts the files read from YAML (monkeypatched into the collector)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.count = 0
        original = collector.parse_yaml

        def counting(data: bytes) -> object:
            self.count += 1
            return original(data)

        monkeypatch.setattr(collector, "parse_yaml", counting)


def test_a_later_start_reads_no_yaml_and_gives_the_same_catalogue(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (folder / SAFETY).write_text(
        (folder / SAFETY)
        .read_text(encoding="utf-8")
        .replace("kostprijs_eur: 395", "kostprijs_eur: -1")
    )
    parses = Parses(monkeypatch)
    first = load_catalogue(folder, today=TODAY)
    assert parses.count == yaml_files(folder) > 2
    again = load_catalogue(folder, today=TODAY)
    assert parses.count == yaml_files(folder)
    assert summary(again) == summary(first)
    assert [p.field for p in again.problems] == ["kostprijs_eur"] and again.problems[0].line


def test_valideer_compiles_again(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    load_catalogue(folder, today=TODAY)
    parses = Parses(monkeypatch)
    assert main(["catalogus", "valideer", str(folder)]) == 0
    assert parses.count == yaml_files(folder) and "In orde" in capsys.readouterr().out
    load_catalogue(folder, today=TODAY)
    assert parses.count == yaml_files(folder)


def test_the_compiled_file_is_owner_only_in_the_cache_folder(folder: Path) -> None:
    load_catalogue(folder, today=TODAY)
    cache = Path(os.environ["POP_CACHE_DIR"])
    (path,) = cache.glob("catalogus-*.sqlite")
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in cache.iterdir()] == [path.name]  # no temporary file left behind


@pytest.mark.parametrize("kind", ["read-only", "a file", "unreadable compiled file", "no items"])
def test_without_a_usable_cache_the_catalogue_works_in_memory(
    folder: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, kind: str
) -> None:
    alone = summary(load_catalogue(folder, today=TODAY))
    cache = tmp_path / "elders"
    if kind == "read-only":
        cache.mkdir(mode=0o500)
    elif kind == "a file":
        cache.write_text("geen map")
    else:
        monkeypatch.setenv("POP_CACHE_DIR", str(cache))
        load_catalogue(folder, today=TODAY)
        (path,) = cache.glob("catalogus-*.sqlite")
        if kind == "no items":  # the header can be read, the rest is damaged
            with contextlib.closing(sqlite3.connect(path)) as db:
                db.execute("DROP TABLE items")
                db.commit()
        else:
            path.write_bytes(b"SQLite format 3\x00" + os.urandom(4000))  # damaged
    monkeypatch.setenv("POP_CACHE_DIR", str(cache))
    if os.geteuid() == 0 and kind == "read-only":  # root writes anyway: make writing fail
        monkeypatch.setattr(compiled.os, "open", _refuse)
    try:
        assert summary(load_catalogue(folder, today=TODAY)) == alone
    finally:
        if kind == "read-only":
            cache.chmod(0o700)


def _refuse(*args: object, **kwargs: object) -> int:
    raise PermissionError("read-only")


def test_a_compiled_file_of_another_format_or_model_is_not_used(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_catalogue(folder, today=TODAY)
    parses = Parses(monkeypatch)
    monkeypatch.setattr(compiled, "FORMAT", compiled.FORMAT + 1)
    load_catalogue(folder, today=TODAY)
    assert parses.count == yaml_files(folder)
    monkeypatch.setattr(compiled, "model_tag", lambda: "a-new-field")
    load_catalogue(folder, today=TODAY)
    assert parses.count == 2 * yaml_files(folder)


def test_the_model_fingerprint_is_the_same_in_every_process() -> None:
    probe = "from pop_assistent.catalogue import compiled; print(compiled.model_tag())"
    tags = {
        subprocess.run(
            [sys.executable, "-c", probe], capture_output=True, text=True, check=True
        ).stdout
        for _ in range(2)
    }
    assert tags == {compiled.model_tag() + "\n"}


def test_stored_items_behave_as_a_list(folder: Path) -> None:
    load_catalogue(folder, today=TODAY)
    stored = load_catalogue(folder, today=TODAY).items
    assert isinstance(stored, compiled.StoredItems)
    plain = list(load_catalogue(folder, today=TODAY).items)
    assert len(stored) == len(plain) >= 120
    assert stored[0] == plain[0] and stored[-1] == plain[-1] and stored[3:5] == plain[3:5]
    with pytest.raises(IndexError):
        _ = stored[len(plain)]
    assert stored == plain and plain == stored and stored != plain[:-1]
    assert stored.by_id("vca-vol") == next(i for i in plain if i.id == "vca-vol")
    assert stored.by_id("bestaat-niet") is None


def test_a_large_catalogue_with_mistakes_is_the_same_compiled_or_not(tmp_path: Path) -> None:
    root = tmp_path / "groot"
    generate(root, 2000)
    parts = sorted((root / "leermiddelen").glob("*.yaml"))
    text = parts[1].read_text(encoding="utf-8")
    parts[1].write_text(
        text.replace("duur_uren: ", "duur_uren: -", 1).replace("- id: gen-1999", "- id: gen-3")
    )
    first = load_catalogue(root, today=TODAY)
    assert first.skipped == 2 and len(first.items) == 1998  # the broken and the double one
    assert {p.field for p in first.problems} == {"duur_uren", "id"}
    assert summary(load_catalogue(root, today=TODAY)) == summary(first)


def test_a_changed_file_is_read_again_and_a_broken_one_costs_only_itself(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_catalogue(folder, today=TODAY)
    talen = folder / "leermiddelen" / "talen.yaml"
    first_id = next(item.id for item in first.items if item.title.startswith("Frans"))
    text = (folder / SAFETY).read_text(encoding="utf-8")
    (folder / SAFETY).write_text(
        text.replace("titel: VCA", "titel: Vernieuwd VCA", 1), encoding="utf-8"
    )
    talen.write_text("- id: kapot\n  titel: 'niet gesloten\n  type: intern\n", encoding="utf-8")
    parses = Parses(monkeypatch)
    again = load_catalogue(folder, today=TODAY)
    assert parses.count == 4  # skills, roles and the two changed files; the others reused
    assert any(item.title.startswith("Vernieuwd VCA") for item in again.items)
    (broken,) = again.problems
    assert broken.file == "leermiddelen/talen.yaml" and broken.line == 2 and broken.skipped
    assert again.item(first_id) is None and len(again.items) > 100
    assert [item.id for item in again.search("heftruck")]


DAMAGES = {
    "cut short": lambda path, db: path.write_bytes(path.read_bytes()[: path.stat().st_size // 2]),
    "a column renamed": lambda path, db: db.execute(
        "ALTER TABLE items RENAME COLUMN data TO gegevens"
    ),
    "the search index dropped": lambda path, db: db.execute("DROP TABLE fts"),
    "an older format": lambda path, db: db.execute(
        "UPDATE meta SET value = 2 WHERE name = 'format'"
    ),
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_or_older_compiled_file_is_made_again(tmp_path: Path, damage: str) -> None:
    root = tmp_path / "groot"
    generate(root, 3000)
    alone = summary(load_catalogue(root, today=TODAY))
    path = compiled.location(root)
    assert path is not None
    with contextlib.closing(sqlite3.connect(path)) as db:
        DAMAGES[damage](path, db)
        db.commit()
    again = load_catalogue(root, today=TODAY)
    assert summary(again) == alone
    assert len(parsed(again)) == 3  # nothing taken from the damaged file
    assert summary(load_catalogue(root, today=TODAY)) == alone


def parsed(catalogue: Catalogue) -> list[str]:
    """The resource files the last build read from YAML (its report in the compiled file)."""
    assert catalogue.compiled is not None
    return list(json.loads(catalogue.compiled.meta("parsed")))


def test_a_rebuild_reads_only_the_changed_file_and_equals_a_full_one(tmp_path: Path) -> None:
    root = tmp_path / "groot"
    generate(root, 3000)
    one, two, three = sorted((root / "leermiddelen").glob("*.yaml"))
    names = [f"leermiddelen/{p.name}" for p in (one, two, three)]
    assert parsed(load_catalogue(root, today=TODAY)) == names
    two.write_text(two.read_text().replace("titel: ", "titel: Nieuw ", 1))
    changed = load_catalogue(root, today=TODAY)
    assert parsed(changed) == [names[1]] and changed.items[1000].title.startswith("Nieuw ")
    assert summary(changed) == summary(load_catalogue(root, today=TODAY, rebuild=True))
    # a double id (its second copy in `three`) and an unknown skill (in `two`)
    three.write_text(three.read_text().replace("- id: gen-2999", "- id: gen-5"))
    two.write_text(two.read_text().replace("vaardigheden: [", "vaardigheden: [onbekend, ", 1))
    first = load_catalogue(root, today=TODAY)
    assert parsed(first) == names[1:] and first.skipped == 1 and len(first.items) == 2999
    assert {p.field for p in first.problems} == {"id", "vaardigheden"}
    # `one` changes and gives up the id; `two` (a skill left out) and `three` (a double id left
    # out) were not kept as read, so they are read again too
    one.write_text(one.read_text().replace("- id: gen-5\n", "- id: gen-x5\n"))
    again = load_catalogue(root, today=TODAY)
    assert parsed(again) == names
    assert len(again.items) == 3000 and again.item("gen-x5") and again.item("gen-5")
    full = load_catalogue(root, today=TODAY, rebuild=True)
    assert parsed(full) == names
    assert summary(again) == summary(full)
    # nothing changes: the compiled file is used as it is
    assert parsed(load_catalogue(root, today=TODAY)) == parsed(full)
    # the skills file changes: rows of unchanged resource files are checked against it again
    skills = root / "vaardigheden.yaml"
    used = again.items[0].skill_ids[0]
    skills.write_text(skills.read_text().replace(f"id: {used}\n", f"id: {used}-weg\n", 1))
    changed = load_catalogue(root, today=TODAY)
    assert parsed(changed) == [names[1]]
    assert summary(changed) == summary(load_catalogue(root, today=TODAY, rebuild=True))
    assert any(
        p.entry_id == again.items[0].id and used in p.message.message() for p in changed.problems
    )


def test_the_catalogue_bench_runs_and_prints_its_figures() -> None:
    root = Path(__file__).parents[1]
    out = subprocess.run(
        [sys.executable, "-m", "bench.catalogue", "--items", "1500", "--runs", "1"],
        cwd=root,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout
    for line in (
        "first load (compile):",
        "later start (compiled):",
        "one file changed:",
        "ratio scan / index:",
    ):
        assert line in out, out
