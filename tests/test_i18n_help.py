"""Every `--help` of `pop` speaks one language: no Dutch word in English help, and no English in
Dutch help. Words a person types (commands, options, choices) are the same in both languages and
are left out; the rest is judged by word frequencies (tests/language_check.py)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator

import pytest
from i18n_support import foreign_words

from pop_assistent.cli import build_parser


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in dict.fromkeys(action.choices.values()):
                yield from parsers(child)


def typed_words(parser: argparse.ArgumentParser) -> set[str]:
    """Commands, options and choice values: what a person types, in Dutch in both languages."""
    words: set[str] = set()
    for action in parser._actions:
        for option in action.option_strings:
            words.update(re.findall(r"[\w-]+", option.lower()))
        if action.choices:
            for choice in action.choices:
                words.update(re.findall(r"\w+", str(choice).lower()))
        if action.dest:
            words.update(action.dest.lower().split("_"))
    words.update(parser.prog.lower().split())
    return words


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_help_is_in_one_language(lang: str) -> None:
    root = build_parser(lang)
    typed = set().union(*(typed_words(p) for p in parsers(root)))
    problems = {}
    count = 0
    for parser in parsers(root):
        count += 1
        text = parser.format_help()
        words = foreign_words(text, typed, lang)
        if words:
            problems[parser.prog] = words
    assert count >= 30  # pop, every command and every subcommand
    assert problems == {}


def test_the_word_check_catches_the_other_language() -> None:
    assert foreign_words("toon deze hulp en stop", set(), "en") == ["toon", "deze", "hulp"]
    assert foreign_words("show this help message and exit", set(), "nl") != []


def test_the_english_way_to_start_a_new_plan_is_the_one_the_english_text_names() -> None:
    """The English greeting said 'A new plan: pop --nieuw'; 'pop --new' works and is named."""
    from pop_assistent.commands.parser import build_parser
    from pop_assistent.i18n import translations

    assert build_parser("en").parse_args(["--new"]).nieuw
    said = translations("en").gettext(
        "Ik open je plan ‘{name}’, laatst gewijzigd op {changed}. (Een nieuw plan: *pop --nieuw*;"
        " een ander plan: *pop --plan NAAM*.)"
    )
    assert "*pop --new*" in said
