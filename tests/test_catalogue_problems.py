"""Broken copies of the catalogue: every problem is reported with file, line/entry and field,
the valid entries still load, and `pop catalogus valideer` exits 1 listing them all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pop_assistent.catalogue import Problem, load_catalogue
from pop_assistent.cli import main
from pop_assistent.i18n import ENGLISH, Message
from pop_assistent.paths import resource_dir

TODAY = date(2026, 11, 24)
SAFETY = "leermiddelen/veiligheid-en-wettelijk.yaml"


def replace(path: Path, old: str, new: str) -> int:
    """Replace a snippet once; return the 1-based line where it starts."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [p.text() for p in problems]
    return problems[0]


def test_bad_yaml_syntax_names_the_line_and_keeps_other_files(folder: Path) -> None:
    line = replace(folder / SAFETY, "  titel: VCA basisveiligheid (B-VCA)", '  titel: "VCA\n  x: [')
    catalogue = load_catalogue(folder, today=TODAY)
    problem = only(catalogue.problems)
    assert problem.file == SAFETY and problem.line is not None and problem.line >= line
    assert "geen geldige YAML" in problem.message.message()
    assert catalogue.item("vca-vol") is None  # the whole file is unreadable
    assert catalogue.item("int-excel-basis") is not None  # other files still load


def test_missing_field(folder: Path) -> None:
    line = replace(
        folder / SAFETY, "  duur_uren: 8\n  kostprijs_eur: 210\n", "  kostprijs_eur: 210\n"
    )
    catalogue = load_catalogue(folder, today=TODAY)
    problem = only(catalogue.problems)
    assert (problem.entry_id, problem.field) == ("vca-basis", "duur_uren")
    assert (
        "ontbreekt" in problem.message.message()
        and problem.line is not None
        and problem.line < line
    )
    assert catalogue.item("vca-basis") is None and catalogue.skipped == 1
    assert catalogue.item("vca-vol") is not None


def test_wrong_type(folder: Path) -> None:
    line = replace(
        folder / SAFETY,
        "  duur_uren: 16\n  kostprijs_eur: 395",
        "  duur_uren: twee dagen\n  kostprijs_eur: 395",
    )
    problem = only(load_catalogue(folder, today=TODAY).problems)
    assert (problem.entry_id, problem.field, problem.line) == ("vca-vol", "duur_uren", line)
    assert "getal" in problem.message.message() and "twee dagen" in problem.message.message()


def test_unknown_skill_id_is_reported_and_ignored(folder: Path) -> None:
    replace(
        folder / SAFETY,
        "vaardigheden: [eerste-hulp, reanimatie-aed]",
        "vaardigheden: [eerste-hulp, reanimatie-aedd]",
    )
    catalogue = load_catalogue(folder, today=TODAY)
    problem = next(p for p in catalogue.problems if p.entry_id == "ehbo-basis")
    assert problem.field == "vaardigheden" and "reanimatie-aedd" in problem.message.message()
    assert "vaardigheden.yaml" in problem.message.message()
    item = catalogue.item("ehbo-basis")
    assert item is not None and item.skill_ids == ["eerste-hulp"]


def test_duplicate_id(folder: Path) -> None:
    line = replace(
        folder / "leermiddelen/talen.yaml", "- id: ext-duits-basis", "- id: ext-frans-werkvloer"
    )
    catalogue = load_catalogue(folder, today=TODAY)
    problem = only(catalogue.problems)
    assert (problem.entry_id, problem.field, problem.line) == ("ext-frans-werkvloer", "id", line)
    assert "twee keer" in problem.message.message() and problem.skipped
    assert catalogue.item("ext-frans-werkvloer").title.startswith("Frans voor de werkvloer")  # type: ignore[union-attr]


def test_negative_price(folder: Path) -> None:
    line = replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: -395")
    problem = only(load_catalogue(folder, today=TODAY).problems)
    assert (problem.entry_id, problem.field, problem.line) == ("vca-vol", "kostprijs_eur", line)
    assert "negatief" in problem.message.message() and "negative" in problem.message.message(
        ENGLISH
    )


def test_session_in_the_past_drops_only_that_session(folder: Path) -> None:
    replace(
        folder / SAFETY,
        "{datum: 2027-02-15, einde: 2027-02-16",
        "{datum: 2026-02-15, einde: 2026-02-16",
    )
    catalogue = load_catalogue(folder, today=TODAY)
    problem = only(catalogue.problems)
    assert (problem.entry_id, problem.field) == ("vca-vol", "sessies")
    assert "verleden" in problem.message.message() and "2026-02-15" in problem.message.message()
    item = catalogue.item("vca-vol")
    assert item is not None and all(s.start > TODAY for s in item.sessions)
    assert len(item.sessions) == 2


def test_unknown_type_and_form_list_the_choices(folder: Path) -> None:
    replace(
        folder / SAFETY,
        "(VOL-VCA)\n  type: extern_gecertificeerd",
        "(VOL-VCA)\n  type: extern",
    )
    replace(folder / "leermiddelen/talen.yaml", "  vorm: online", "  vorm: thuis")
    problems = load_catalogue(folder, today=TODAY).problems
    by_field = {p.field: p for p in problems}
    assert "extern_gecertificeerd" in by_field["type"].message.message()
    assert "'extern'" in by_field["type"].message.message()
    assert "op de werkvloer" in by_field["vorm"].message.message()


def test_unknown_field_and_bad_id(folder: Path) -> None:
    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: 395\n  prijs: 12")
    replace(folder / "leermiddelen/talen.yaml", "- id: ext-duits-basis", "- id: Duits Basis")
    problems = load_catalogue(folder, today=TODAY).problems
    fields = {p.field: p for p in problems}
    assert "geen bekend veld" in fields["prijs"].message.message()
    assert "kleine letters" in fields["id"].message.message()


def test_role_profile_with_unknown_skill_and_bad_level(folder: Path) -> None:
    replace(
        folder / "functieprofielen.yaml",
        "{vaardigheid: kantoorsoftware, niveau: 3}",
        "{vaardigheid: kantoorsofware, niveau: 3}",
    )
    replace(
        folder / "functieprofielen.yaml",
        "{vaardigheid: preventief-onderhoud, niveau: 4}",
        "{vaardigheid: preventief-onderhoud, niveau: 7}",
    )
    catalogue = load_catalogue(folder, today=TODAY)
    texts = [p.text() for p in catalogue.problems]
    assert any("kantoorsofware" in t and "administratief-medewerker" in t for t in texts)
    assert any("onderhoudstechnicus" in t and "hoogstens 5" in t for t in texts)
    assert catalogue.role("onderhoudstechnicus") is None
    assert catalogue.role("administratief-medewerker") is not None


def test_every_problem_at_once_in_valideer(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: -1")
    replace(
        folder / "leermiddelen/talen.yaml", "- id: ext-duits-basis", "- id: ext-frans-werkvloer"
    )
    (folder / "leermiddelen/kapot.yaml").write_text("- id: x\n  titel: [\n", encoding="utf-8")
    assert main(["catalogus", "valideer", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "veiligheid-en-wettelijk.yaml, regel" in out and "kostprijs_eur" in out
    assert "talen.yaml" in out and "twee keer" in out
    assert "kapot.yaml" in out
    assert "Niet in orde" in out and "3 problemen, 3 items overgeslagen" in out
    assert "(s)" not in out and "/" not in out.splitlines()[-1]


def test_valideer_summary_singular_and_plural(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: -1")
    assert main(["catalogus", "valideer", str(folder)]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith("; 1 probleem, 1 item overgeslagen"), last
    assert main(["--taal", "en", "catalogus", "valideer", str(folder)]) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.endswith("; 1 problem, 1 entry skipped"), last
    (folder / "leermiddelen/kapot.yaml").write_text("- id: x\n  titel: [\n", encoding="utf-8")
    assert main(["catalogus", "valideer", str(folder)]) == 1
    assert "; 2 problemen, 2 items overgeslagen" in capsys.readouterr().out


def test_valideer_passes_on_the_shipped_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalogus", "valideer", str(resource_dir("catalogus"))]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[-1].startswith("In orde:") and len(lines) == 2
    # the one note: names more than one skill has, which a goal links through the role profile
    assert lines[0].startswith("Ter info: ") and lines[0].count("' (") == 3  # three examples


def test_valideer_names_the_names_two_skills_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "catalogus"
    (folder / "leermiddelen").mkdir(parents=True)
    (folder / "vaardigheden.yaml").write_text(
        "- {id: digitaal, nl: Digitaal lesgeven, en: Digital, synoniemen: [Leerplatform]}\n"
        "- {id: beleid, nl: Opleidingsbeleid, en: Training policy, synoniemen: [leerplatform]}\n"
        "- {id: excel, nl: Excel, en: Excel}\n",
        encoding="utf-8",
    )
    (folder / "functieprofielen.yaml").write_text("[]\n", encoding="utf-8")
    (folder / "leermiddelen" / "a.yaml").write_text(
        "- {id: a, titel: A, type: online, duur_uren: 1, vaardigheden: [excel]}\n", encoding="utf-8"
    )
    assert main(["catalogus", "valideer", str(folder)]) == 0  # a note, not a problem
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == (
        "Ter info: 1 naam staat bij meer dan één vaardigheid: 'leerplatform' (digitaal, "
        "beleid). Een doel met zo'n woord wordt gekoppeld via het functieprofiel van de "
        "medewerker; een import neemt de eerste vaardigheid."
    )
    assert lines[-1].startswith("In orde:")


def test_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["catalogus", "valideer", str(tmp_path / "nergens")]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_garbage_does_not_crash(folder: Path) -> None:
    (folder / "leermiddelen/rommel.yaml").write_text(
        "- [bold]{{ x }}<b>\x07\n- 42\n- id: ok-item\n  titel: " + "x" * 1_000_000 + "\n",
        encoding="utf-8",
    )
    catalogue = load_catalogue(folder, today=TODAY)
    assert any(p.file == "leermiddelen/rommel.yaml" for p in catalogue.problems)
    assert len(catalogue.items) >= 120


def test_cache_never_hides_an_edit(folder: Path) -> None:
    first = load_catalogue(folder, today=TODAY)
    again = load_catalogue(folder, today=TODAY)  # served from the parse cache
    assert again.items == first.items and again.problems == []
    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: 410")
    edited = load_catalogue(folder, today=TODAY)
    assert edited.item("vca-vol").cost_eur == 410  # type: ignore[union-attr]
    replace(folder / SAFETY, "  kostprijs_eur: 410", "  kostprijs_eur: -1")
    broken = load_catalogue(folder, today=TODAY)
    assert [p.field for p in broken.problems] == ["kostprijs_eur"]
    # the cached result of a broken file still reports its problems, with the line
    cached = load_catalogue(folder, today=TODAY)
    assert cached.problems == broken.problems and cached.problems[0].line is not None
    # today moves on: a session that was upcoming is now reported as past
    later = load_catalogue(folder, today=date(2027, 2, 16))
    assert any(p.entry_id == "vca-basis" and p.field == "sessies" for p in later.problems)


def test_yaml_syntax_error_is_described_in_dutch_only(folder: Path) -> None:
    line = replace(
        folder / SAFETY, "  titel: VCA basisveiligheid (B-VCA)", "  titel: [VCA basisveiligheid"
    )
    problem = only(load_catalogue(folder, today=TODAY).problems)
    text = problem.text("nl")
    assert problem.line is not None and problem.line >= line
    assert SAFETY in text and f"regel {problem.line}" in text
    assert "een haakje of komma ontbreekt" in text
    assert "did not find" not in text and "expected" not in text
    assert "a bracket or comma is missing" in problem.text("en")


@pytest.mark.parametrize(
    ("snippet", "nl"),
    [
        ("  titel: VCA basisveiligheid (B-VCA)\n\tx: 1", "tab"),
        ("  titel: VCA: basis: veiligheid", "dubbele punt"),
        ('  titel: "VCA basisveiligheid', "aanhalingsteken"),
    ],
)
def test_other_yaml_problems_are_dutch_too(folder: Path, snippet: str, nl: str) -> None:
    replace(folder / SAFETY, "  titel: VCA basisveiligheid (B-VCA)", snippet)
    problem = only(load_catalogue(folder, today=TODAY).problems)
    assert nl in problem.message.message() and "found" not in problem.message.message(), (
        problem.message.message()
    )


def test_a_date_that_does_not_exist_skips_only_its_entry(folder: Path) -> None:
    text = (folder / SAFETY).read_text(encoding="utf-8")
    first = text[text.index("{datum: ") + 8 : text.index("{datum: ") + 18]
    line = replace(folder / SAFETY, f"{{datum: {first}", "{datum: 2027-02-31")
    catalogue = load_catalogue(folder, today=TODAY)  # no traceback (it used to be one)
    problem = only(catalogue.problems)
    assert (problem.file, problem.line, problem.field) == (SAFETY, line, "sessies[1].datum")
    assert "de datum 2027-02-31 bestaat niet" in problem.text("nl")
    assert catalogue.skipped == 1 and len(catalogue.items) >= 120


def test_people_who_use_a_broken_catalogue_are_told_once(folder: Path) -> None:
    assert load_catalogue(folder, today=TODAY).notice() is None
    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: -1")
    catalogue = load_catalogue(folder, today=TODAY)
    notice = catalogue.notice("nl")
    assert notice is not None and "liet 1 item met fouten weg" in notice and SAFETY in notice
    assert "left out 1 entry with mistakes" in (catalogue.notice("en") or "")


def test_no_notice_says_that_nothing_was_left_out() -> None:
    from pop_assistent.catalogue.catalogue import Catalogue

    remark = Problem(SAFETY, Message("een opmerking"), 3, "vca", "titel", skipped=False)
    assert Catalogue(problems=[remark], skipped=0).notice("nl") is None
    notice = Catalogue(problems=[remark, remark], skipped=2).notice("nl") or ""
    assert "liet 2 items met fouten weg" in notice


def test_an_unclosed_quote_is_found_where_it_opens_and_the_loss_is_counted(
    folder: Path,
) -> None:
    path = folder / "leermiddelen/talen.yaml"
    entries = path.read_text(encoding="utf-8").count("\n- id:")
    line = replace(path, "  titel: ", "  titel: 'Open ")
    problem = only(load_catalogue(folder, today=TODAY).problems)
    assert problem.line == line
    assert "aanhalingsteken wordt hier geopend maar niet gesloten" in problem.text("nl")
    assert f"het hele bestand ({entries} items) overgeslagen" in problem.text("nl")
    assert load_catalogue(folder, today=TODAY).skipped == entries


def test_a_stored_problem_is_its_msgid_and_values_read_in_any_language(folder: Path) -> None:
    """The compiled catalogue keeps the Dutch msgid and the values, no sentence in either
    language: a problem read back from it reads as the one just found, in Dutch and English."""
    import json
    import sqlite3

    from pop_assistent.catalogue import compiled

    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: -1")
    fresh = only(load_catalogue(folder, today=TODAY).problems)
    path = compiled.location(folder)
    assert path is not None
    with sqlite3.connect(path) as db:
        rows = [str(row[0]) for row in db.execute("SELECT problems FROM files")]
    stored = [p for row in rows for p in json.loads(row)]
    assert "mag niet negatief zijn (nu {given})" in str(stored) and "negative" not in str(stored)
    (message,) = [p["message"] for p in stored if p["file"] == SAFETY]
    assert message["params"] == {"name": "kostprijs_eur", "given": "-1"}
    cached = only(load_catalogue(folder, today=TODAY).problems)
    assert cached == fresh
    assert cached.text(ENGLISH) == fresh.text(ENGLISH)
    assert cached.text(ENGLISH).endswith(
        "field kostprijs_eur: 'kostprijs_eur' cannot be negative (now -1)"
    )


def test_a_third_language_reads_the_problems_from_its_po_alone(
    tmp_path: Path, folder: Path
) -> None:
    """A French .po with the sentences of a problem: `valideer` shows it in French, before and
    after the catalogue is compiled; a sentence the .po lacks stays Dutch."""
    import shutil

    from test_i18n_catalogues import pop, write_po

    from pop_assistent.i18n import LOCALE_DIR

    locale = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, locale)
    french = {
        "regel {line}": "ligne {line}",
        "veld {field}": "champ {field}",
        "'{name}' mag niet negatief zijn (nu {given})": "'{name}' ne peut être négatif ({given})",
    }
    write_po(locale / "fr/LC_MESSAGES/pop.po", "fr", french)
    replace(folder / SAFETY, "  kostprijs_eur: 395", "  kostprijs_eur: -1")
    (folder / "leermiddelen/kapot.yaml").write_text("- id: x\n  titel: [\n", encoding="utf-8")
    for _ in range(2):  # compiled, then read from the compiled file
        done = pop(tmp_path, "--taal", "fr", "catalogus", "valideer", str(folder),
                   POP_LOCALE_DIR=str(locale))  # fmt: skip
        assert done.returncode == 1, done.stderr
        assert "champ kostprijs_eur: 'kostprijs_eur' ne peut être négatif (-1)" in done.stdout
        assert "kapot.yaml, ligne 3: het bestand is geen geldige YAML" in done.stdout
