"""Numbered buttons, read the same way by every flow: wherever buttons are shown, their numbers
are answers.

A front end shows the quick answers of a reply numbered from 1, and a person types the number
as often as the words. The rule, applied by the kernel before a question sees the answer:

- an answer made only of numbers and connectors ('2', '1 en 3', '1 & 3', '1, 3', 'de tweede'),
  or 'beide'/'allebei'/'both' (two buttons), 'alle drie'/'alle' (all of them), picks buttons;
  such an answer is never a search or free text;
- one pick becomes that button's value (what a click sends), so every question reads a number
  exactly as it reads a click;
- several picks go to a question that takes several as they were typed (it reads the numbers
  against the same list); a question that takes one answer says so in one sentence;
- a number without a button ('1 en 3' with two buttons) gets one sentence and changes nothing:
  no pick is silently dropped;
- where no buttons are shown, a question whose answer is words (a goal, a role, a story)
  refuses numbers and connectors alone with one sentence;
- a question where a number is an answer in its own right (a year, a cost, a percentage)
  still reads one button's number as that button, and every other number itself;
- a correction with one number ('nee da klopt ni, gewoon 4', 'no, just 2') picks that number;
  where the question is a follow-up of how the answer before was read, a correction presses
  no button: the question reads it (it is about the answer before);
- 'geen', 'none' and every other answer pass unchanged (the question reads them).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pop_assistent.conversation.contract import Choice
from pop_assistent.i18n import Language, translations
from pop_assistent.text import answers


@dataclass(frozen=True)
class Pressed:
    """What a question receives for an answer, or the sentence that refuses it."""

    text: str
    refusal: str = ""


def press(text: str, choices: Sequence[Choice], lang: Language, question: Any = None) -> Pressed:
    """The answer as `question` (a conversation.questions.Question, or None) should read it,
    given the buttons shown (see the module docstring)."""
    many, numeric = getattr(question, "many", False), getattr(question, "numeric", False)
    size = len(choices)
    gettext = translations(lang).gettext
    if not size and getattr(question, "words", False) and answers.pick_shaped(text):
        sentence = gettext(
            "Dat lijkt een keuze uit een lijst, maar hier is geen lijst: typ je antwoord in "
            "woorden. Er is niets gewijzigd."
        )
        return Pressed(text, sentence)
    if getattr(question, "follow_up", False) and answers.is_correction(text):
        return Pressed(text)  # 'nee, gewoon 4' corrects the reading before: no button
    given = answers.picked_numbers(text, size) if size else None
    if given is None:
        return Pressed(text)
    outside = [n for n in given if not 1 <= n <= size]
    if numeric and (outside or len(given) != 1):  # '2027', '60': the question reads them
        return Pressed(text)
    if outside or not given:
        sentence = gettext(
            "Keuze {number} bestaat hier niet: er zijn {count} keuzes. "
            "Typ een nummer van 1 tot {count}; er is niets gewijzigd."
        )
        return Pressed(text, sentence.format(number=outside[0] if outside else 0, count=size))
    if len(given) == 1:
        return Pressed(choices[given[0] - 1].value)
    if many:
        return Pressed(text)
    sentence = gettext(
        "Hier past één antwoord: typ één nummer van 1 tot {count}, of schrijf wat je bedoelt."
    )
    return Pressed(text, sentence.format(count=size))
