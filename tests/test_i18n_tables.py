"""Tables that once held (Dutch, English) pairs are msgids now: each language reads its own."""

from __future__ import annotations

from pop_assistent.dialogue.types import Step, step_title
from pop_assistent.i18n import translations
from pop_assistent.model import SMART_KEYS, CareerProject, OccasionKind, label, smart_letter
from pop_assistent.model.explain import FIELD_LABELS
from pop_assistent.model.skills import SkillRating, not_rated_notes
from pop_assistent.planning.due import KIND_LABELS, kind_label
from pop_assistent.tui.screens.skill_rater import kind_keys

RATER_HINT = (
    "1-5 niveau nu · +/- gewenst niveau · s sterkte · v verbeteren · "
    "n niet meer nodig · o overdraagbaar · t technisch/gedrag · Del weg · "
    "Ctrl+S bewaren"
)


def test_the_skill_grid_uses_the_letters_its_hint_names() -> None:
    assert set(kind_keys("nl")) == {"s", "v", "n", "o"}
    assert set(kind_keys("en")) == {"s", "i", "o", "r"}
    for lang in ("nl", "en"):
        hint = translations(lang).gettext(RATER_HINT)
        for letter, category in kind_keys(lang).items():
            assert f" {letter} " in f" {hint} ", (lang, letter)
            assert letter not in "12345+=-ta", (lang, letter, category)


def test_smart_letters_are_the_acronym_in_every_language() -> None:
    """A Dutch badge read 'S M R R T' (the initials of Realistisch and Relevant) and looked like
    a typo (issue 12): the letters are the acronym, the names say what they stand for."""
    for lang in ("nl", "en"):
        assert "".join(smart_letter(k, lang) for k in SMART_KEYS) == "SMART"


def test_every_occasion_and_career_project_has_a_label_in_both_languages() -> None:
    for value in [*OccasionKind, *CareerProject]:
        dutch, english = label(value, "nl"), label(value, "en")
        assert dutch != str(value)  # a label, not the stored key
        assert english != dutch and english == english.lower()


def test_tables_translate_and_fall_back_to_the_source() -> None:
    assert step_title(Step.results, "en") == "Securing results"
    assert step_title(Step.results, "fr") == "Resultaat borgen"  # no French catalogue: Dutch
    assert kind_label(next(iter(KIND_LABELS)), "en") == "action starts"
    assert translations("en").gettext(FIELD_LABELS["fte"]) == "the FTE"


def test_a_skill_without_level_is_recognised_in_every_language() -> None:
    assert {"Niveau nog niet opgegeven.", "Level not given yet."} <= not_rated_notes()
    rating = SkillRating(label="Excel", note="Level not given yet.")
    assert not rating.rated
    assert SkillRating(label="Excel", note="eigen notitie").rated


def test_placeholders_are_named_for_the_translator() -> None:
    """'{value2}' or '{args_versie}' tells a translator nothing; '{old} → {new}' does."""
    import re
    from pathlib import Path

    from babel.messages.pofile import read_po

    pot = Path(__file__).resolve().parent.parent / "pop_assistent/locale/pop.pot"
    with pot.open("rb") as handle:
        catalog = read_po(handle)
    generated = re.compile(r"\{(value\d*|args_\w+|result_\w+|[a-z_]+\d)\}")
    vague = [
        text
        for message in catalog
        for text in (message.id if isinstance(message.id, tuple) else (message.id,))
        if text and generated.search(text)
    ]
    assert vague == []


def test_no_english_translation_carries_dutch_it_did_not_copy_on_purpose() -> None:
    """Every English sentence of the catalogue, shown or not on a journey's screens: Dutch words
    in it are only the literal ones of its Dutch source (a command, a value, a file name), never
    a Dutch sentence glued on by a merge ('... 1 to {count}.Het plan ...')."""
    from pathlib import Path

    from babel.messages.pofile import read_po
    from i18n_support import foreign_words, words_of

    po = Path(__file__).resolve().parent.parent / "pop_assistent/locale/en/LC_MESSAGES/pop.po"
    with po.open("rb") as handle:
        catalog = read_po(handle)
    english_too = {"met", "schema"}  # 'target met'; a database schema
    mixed = {}
    for message in catalog:
        sources = message.id if isinstance(message.id, tuple) else (message.id,)
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if not sources[0]:
            continue
        literal = words_of(sources) | english_too
        for text in texts:
            words = foreign_words(text, literal, "en")
            if words or (text == sources[0] and foreign_words(text, english_too, "en")):
                mixed[sources[0][:60]] = words or ["(not translated)"]
    assert mixed == {}


ENGLISH_ON_PURPOSE = {
    "model/catalogue.py": "a catalogue entry's own English fields (label_en, name.en)",
    "text/formats.py": "Babel's locale and the narrow date column",
    "commands/parser.py": "argparse's own source language is English",
    "text/lexicon.py": "the lemmatiser's language order",
    "advice/advice.py": "a catalogue item written in English is ranked, not translated",
}
"""The only places that compare a language with "en": data that differs per language, never a
sentence (a sentence is a msgid with its translations in the catalogues)."""


def test_no_code_chooses_a_sentence_by_comparing_with_english() -> None:
    """`"..." if lang == "en" else "..."` makes a third language Dutch or English by accident;
    every sentence is gettext's, so a comparison with "en" is data, in the files above."""
    import re
    from pathlib import Path

    package = Path(__file__).resolve().parent.parent / "pop_assistent"
    compare = re.compile(r"""[!=]=\s*["']en["']|["']en["']\s*[!=]=|\bnot in \(["']nl["']""")
    found = {
        path.relative_to(package).as_posix()
        for path in package.rglob("*.py")
        if compare.search(path.read_text(encoding="utf-8"))
    }
    assert found <= set(ENGLISH_ON_PURPOSE), found - set(ENGLISH_ON_PURPOSE)
