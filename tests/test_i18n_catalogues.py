"""gettext catalogues: a third language needs only a catalogue, and every sentence is translated."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

from pop_assistent.i18n import LOCALE_DIR, available_languages, translations

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "toon het versienummer en stop"


def write_po(path: Path, language: str, pairs: dict[str, str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "".join(f'msgid "{key}"\nmsgstr "{value}"\n\n' for key, value in pairs.items())
    path.write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        f'"Language: {language}\\n"\n\n' + body,
        encoding="utf-8",
    )


def test_a_third_language_is_one_po_file(tmp_path: Path) -> None:
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, folder)
    assert "fr" not in available_languages(folder)
    write_po(folder / "fr/LC_MESSAGES/pop.po", "fr", {SENTENCE: "affiche la version et quitte"})
    assert "fr" in available_languages(folder)
    french = translations("fr", folder=folder)
    assert french.gettext(SENTENCE) == "affiche la version et quitte"
    assert french.gettext("toon alle plannen") == "toon alle plannen"  # untranslated: the source


def test_a_po_newer_than_its_mo_is_read_as_it_is(tmp_path: Path) -> None:
    folder = tmp_path / "locale"
    po = folder / "en/LC_MESSAGES/pop.po"
    write_po(po, "en", {SENTENCE: "old"})
    mo = po.with_suffix(".mo")
    from babel.messages.mofile import write_mo

    with po.open("rb") as source, mo.open("wb") as target:
        write_mo(target, read_po(source))
    write_po(po, "en", {SENTENCE: "new"})
    assert translations("en", folder=folder).gettext(SENTENCE) == "new"


def test_every_english_sentence_is_translated_and_current(tmp_path: Path) -> None:
    with (LOCALE_DIR / "en/LC_MESSAGES/pop.po").open("rb") as handle:
        catalogue = read_po(handle)
    untranslated = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []
    pot = tmp_path / "pop.pot"
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg",
         "-k", "N_", "--no-location", "-o", str(pot), "."],
        cwd=ROOT, capture_output=True, check=True,
    )  # fmt: skip
    with pot.open("rb") as handle:
        extracted = {m.id for m in read_po(handle) if m.id}
    assert extracted - {m.id for m in catalogue} == set(), "see CONTRIBUTING.md: a new sentence"


MISSING = "Er is geen plan dat '{name}' heet: er zijn nog geen plannen. Maak er een met 'pop' of probeer 'pop demo'."  # noqa: E501


def pop(tmp_path: Path, *argv: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`pop ARGV` as its own process, so that it finds the catalogues in POP_LOCALE_DIR."""
    environment = {**os.environ, "POP_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(ROOT)}
    environment.pop("POP_TAAL", None)
    environment.update(env)
    return subprocess.run(
        [sys.executable, "-m", "pop_assistent.cli", *argv],
        capture_output=True, env=environment, cwd=tmp_path, text=True, check=False,
    )  # fmt: skip


def test_a_third_language_is_chosen_without_a_code_change(tmp_path: Path) -> None:
    """A translator's French catalogue with one sentence: `--taal fr`, POP_TAAL=fr and the
    setting choose it; that sentence is French, every other one Dutch; dates come from Babel."""
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, folder)
    write_po(
        folder / "fr/LC_MESSAGES/pop.po", "fr", {MISSING: "Il n'y a pas de plan appelé '{name}'."}
    )
    french = {"POP_LOCALE_DIR": str(folder)}
    for argv, env in (
        (("--taal", "fr", "toon", "lies"), french),
        (("toon", "lies"), {**french, "POP_TAAL": "fr"}),
    ):
        done = pop(tmp_path, *argv, **env)
        assert (done.returncode, done.stderr) == (2, "pop: Il n'y a pas de plan appelé 'lies'.\n")
    config = tmp_path / "config"
    config.mkdir()
    (config / "config.toml").write_text('language = "fr"\n', encoding="utf-8")
    done = pop(tmp_path, "toon", "lies", POP_CONFIG_DIR=str(config), **french)
    assert "Il n'y a pas de plan" in done.stderr
    helped = pop(tmp_path, "--taal", "fr", "--help", **french)
    assert "--taal {nl,en,fr}" in helped.stdout and "toon het versienummer en stop" in helped.stdout
    dated = pop(tmp_path, "--taal", "fr", "datum", "tegen 30 februari 2027", **french)
    assert dated.stderr == "pop: 30 février bestaat niet.\n"  # Babel's month, our Dutch sentence
    assert "fr" not in available_languages()  # the shipped catalogues are untouched


def test_a_third_language_gets_the_sentences_its_translator_did(tmp_path: Path) -> None:
    """The SMART verdict, the readings of an ambiguous date and the organisation's clusters
    are gettext sentences too: a French catalogue translates them, no code chooses between
    Dutch and English, and what it lacks stays Dutch."""
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, folder)
    question = "Het doel zegt niet welke vaardigheid, welk gedrag of welk hulpmiddel je wilt leren."
    write_po(
        folder / "fr/LC_MESSAGES/pop.po",
        "fr",
        {
            question: "L'objectif ne dit pas quelle compétence apprendre.",
            "na de kerstvakantie": "après les vacances de Noël",
            "wettelijk verplicht": "obligatoire par la loi",
        },
    )
    french = {"POP_LOCALE_DIR": str(folder)}
    judged = pop(tmp_path, "--taal", "fr", "smart", "ik wil beter worden", **french)
    assert "L'objectif ne dit pas quelle compétence apprendre." in judged.stdout
    assert "Het doel zegt niet waaraan je zult zien dat het gelukt is." in judged.stdout
    asked = pop(tmp_path, "--taal", "fr", "datum", "na het verlof", **french)
    assert "après les vacances de Noël" in asked.stdout and "na de zomervakantie" in asked.stdout
    code = "from pop_assistent.org.model import cluster_name; print(cluster_name('b', 'fr'))"
    named = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, **french, "PYTHONPATH": str(ROOT)},
        check=True,
    )
    assert named.stdout == "b. obligatoire par la loi\n"


def test_a_language_without_a_catalogue_is_refused_with_the_choice(tmp_path: Path) -> None:
    done = pop(tmp_path, "--taal", "xx", "plannen")
    assert done.returncode == 2 and "'xx'" in done.stderr and "'nl', 'en'" in done.stderr
    done = pop(tmp_path, "plannen", POP_TAAL="xx")
    assert done.returncode == 2
    assert done.stderr == "pop: De taal 'xx' ken ik niet; kies uit: nl, en.\n"
    done = pop(tmp_path, "plannen", POP_TAAL="xx", LANG="en_GB.UTF-8")
    assert done.stderr.startswith("pop: De taal 'xx' ken ik niet")  # POP_TAAL wins over LANG


def test_a_mistyped_placeholder_in_a_translation_shows_the_dutch_sentence(tmp_path: Path) -> None:
    folder = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, folder)
    write_po(folder / "fr/LC_MESSAGES/pop.po", "fr", {MISSING: "Pas de plan '{nom}'."})
    done = pop(tmp_path, "--taal", "fr", "toon", "lies", POP_LOCALE_DIR=str(folder))
    assert done.stderr == "pop: " + MISSING.format(name="lies") + "\n"
