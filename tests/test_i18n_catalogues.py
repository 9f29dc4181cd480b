"""gettext catalogues: a third language needs only a catalogue, and every sentence is translated."""

from __future__ import annotations

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
