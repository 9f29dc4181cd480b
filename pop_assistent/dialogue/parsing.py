"""Small, forgiving readers for what people type: yes/no, numbers, hours, lists, picks, commands.

Every function here is pure and linear in the input, so 1 MB of text costs little; none of them
ever raises on odd input: they return None (or an empty list) when they do not understand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pop_assistent.dialogue.types import Step

MAX_PARSE = 2000
"""Only the start of a very long answer is parsed; the full text is still stored."""

WORD_NUMBERS: dict[str, float] = {
    "een": 1,
    "één": 1,
    "eén": 1,
    "one": 1,
    "a": 1,
    "an": 1,
    "twee": 2,
    "two": 2,
    "drie": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
    "vijf": 5,
    "five": 5,
    "zes": 6,
    "six": 6,
    "zeven": 7,
    "seven": 7,
    "acht": 8,
    "eight": 8,
    "negen": 9,
    "nine": 9,
    "tien": 10,
    "ten": 10,
    "elf": 11,
    "eleven": 11,
    "twaalf": 12,
    "twelve": 12,
    "twintig": 20,
    "twenty": 20,
    "dertig": 30,
    "veertig": 40,
    "half": 0.5,
    "halve": 0.5,
    "halfje": 0.5,
    "anderhalf": 1.5,
    "anderhalve": 1.5,
}

YES = {
    "ja",
    "jazeker",
    "jawel",
    "ja hoor",
    "yes",
    "y",
    "j",
    "ok",
    "oké",
    "okay",
    "oke",
    "klopt",
    "dat klopt",
    "goed",
    "prima",
    "zeker",
    "natuurlijk",
    "graag",
    "sure",
    "yep",
    "akkoord",
    "inderdaad",
    "correct",
    "true",
    "doe maar",
    "ja graag",
    "ja zeker",
}
NO = {
    "nee",
    "neen",
    "no",
    "n",
    "nope",
    "niet",
    "liever niet",
    "nee hoor",
    "nee dank je",
    "neen dank u",
    "geen",
    "niets",
    "nothing",
    "none",
    "false",
    "nah",
    "zeker niet",
}

_WS = re.compile(r"\s+")
_NUM = re.compile(r"(\d+(?:[.,]\d+)?)")


def clean(text: str) -> str:
    """Lower-case, trimmed, single-spaced, without trailing punctuation (for matching only)."""
    text = _WS.sub(" ", text[:MAX_PARSE].strip().lower())
    return text.strip(" .!?")


def yes_no(text: str) -> bool | None:
    """True for yes, False for no, None when the answer is neither."""
    t = clean(text)
    if t in YES:
        return True
    if t in NO:
        return False
    head = re.split(r"[,;:.!\s]+", t, maxsplit=1)[0] if t else ""
    if head in {"ja", "yes", "jazeker", "jawel", "klopt", "ok", "oké", "zeker", "akkoord"}:
        return True
    if head in {"nee", "neen", "no", "niet"}:
        return False
    return None


def after_yes_no(text: str) -> str:
    """What follows a leading yes/no word: 'ja, maar ook betere afspraken' -> 'maar ook ...'."""
    m = re.match(r"\s*(ja|nee|neen|yes|no|jazeker|klopt|ok|oké)\b[\s,;:.!-]*", text, re.I)
    return text[m.end() :].strip() if m else text.strip()


def number(text: str) -> float | None:
    """The first number in the text, written as digits or as a word ('twee', 'anderhalf')."""
    t = clean(text)
    m = _NUM.search(t)
    if m:
        return float(m.group(1).replace(",", "."))
    for word in re.findall(r"[a-zéë]+", t):
        if word in WORD_NUMBERS and word not in {"a", "an", "een"}:
            return WORD_NUMBERS[word]
    if re.search(r"\b(een|één|a|an)\b", t):
        return 1.0
    return None


def numbers(text: str) -> list[int]:
    """All whole numbers in the text, in order ('van 2 naar 4' -> [2, 4])."""
    t = clean(text)
    found = [int(float(n.replace(",", "."))) for n in _NUM.findall(t)]
    if found:
        return found
    return [
        int(WORD_NUMBERS[w])
        for w in re.findall(r"[a-zéë]+", t)
        if w in WORD_NUMBERS and WORD_NUMBERS[w] >= 1 and w not in {"a", "an", "een"}
    ]


WEEKS_PER_MONTH = 52 / 12


_AMOUNT = r"\d+(?:[.,]\d+)?|anderhalve?|een|één|eén|an?|" + "|".join(
    sorted((w for w in WORD_NUMBERS if w not in {"a", "an"}), key=len, reverse=True)
)
_UNIT = (
    r"uur|uren|uurtjes?|u|h|hrs?|hours?|minuten|minuutjes?|minuut|min|minutes?|"
    r"werkdagen|werkdag|dagen|dagje|dag|days?|dagdel(?:en)?|dagdeel|voormiddag|namiddag|"
    r"ochtend|middag|morning|afternoon"
)
_RANGE_HOURS = re.compile(rf"\b(?:een |an? )?(?:uur|uurtje|hour)\s+(?:of|or)\s+({_AMOUNT})\b")
_TIMED = re.compile(
    rf"(?<![\w,.])({_AMOUNT})(?:\s+en\s+een\s+(half|halve))?"
    rf"(?:\s+(half|halve|halfje))?\s*(?:a\s+)?({_UNIT})(?![\w])"
)
_ALONE = re.compile(
    rf"(?:ongeveer|zo'?n|rond|max(?:imaal)?|hooguit|misschien|about|around|maybe|max\.?)?\s*"
    rf"({_AMOUNT})(?:\s+(?:ongeveer|max|or so))?"
)
_UNIT_HOURS = {"d": 8.0, "half_d": 4.0, "m": 1 / 60, "h": 1.0}


def _amount(word: str) -> float:
    word = word.replace(",", ".")
    if word[0].isdigit():
        return float(word)
    return 1.0 if word in {"een", "één", "eén", "a", "an"} else WORD_NUMBERS.get(word, 0.0)


def _unit(unit: str) -> str:
    if unit.startswith("min"):
        return "m"
    if unit.startswith(("dagde", "voormid", "namid", "ochtend", "middag", "morning", "afternoon")):
        return "half_d"
    if unit.startswith(("dag", "day", "werkdag")):
        return "d"
    return "h"


def _amount_in_hours(t: str) -> float | None:
    """The amount of time in the text, in hours: only a number tied to a time unit
    ('2 uur', 'een halve dag', 'een uur of twee') or a number on its own ('2', 'twee')."""
    if m := _RANGE_HOURS.search(t):
        return _amount(m.group(1))
    if m := re.search(r"\bhalf\s+(?:a|an)\s+(day|hour)\b", t):
        return 4.0 if m.group(1) == "day" else 0.5
    if m := _TIMED.search(t):
        amount = _amount(m.group(1))
        if m.group(2):  # "twee en een half uur"
            amount += 0.5
        if m.group(3):  # "een halve dag", "een half uur"
            amount = 0.5 if amount == 1 else amount * 0.5
        low = re.search(rf"(?<![\w,.])({_AMOUNT})\s*(?:à|a|tot|-|–|of|or|to)\s*$", t[: m.start()])
        if low and not m.group(2) and not m.group(3):  # "2 à 3 uur": plan with the lower one
            amount = min(amount, _amount(low.group(1)))
        return amount * _UNIT_HOURS[_unit(m.group(4))]
    if m := _ALONE.fullmatch(t):
        return _amount(m.group(1))
    return None


def hours_per_week(text: str) -> float | None:
    """Hours per week in phrases like '2 uur per week', 'twee uur', 'een halve dag per maand'.

    A number counts only when it is tied to a time unit or stands alone ('2', 'twee'):
    'twee kinderen, dus weinig tijd' is no amount of time. Days count as 8 hours, half days
    (and dagdelen) as 4; minutes are converted; 'per dag' means a 5-day week; 'per maand' and
    'per jaar' are spread over the weeks. None when no amount of time is found.
    """
    t = clean(text)
    if len(t) > 300:
        t = t[:300]
    amount = _amount_in_hours(t)
    if amount is None:
        return None
    hours = amount
    if re.search(r"per (maand|month)|(maandelijks|monthly)|in de maand|a month|elke maand", t):
        hours = hours / WEEKS_PER_MONTH
    elif re.search(r"per (jaar|year)|jaarlijks|a year|yearly", t):
        hours = hours / 52
    elif re.search(r"per (werk)?(dag|day)|elke (werk)?dag|dagelijks|a day\b|every day|daily", t):
        hours = hours * 5
    elif re.search(r"(per|om de|elke) (twee|2) weken|every (two|2) weeks", t):
        hours = hours / 2
    return round(float(hours), 1)


_SPLIT = re.compile(r"\s*(?:[,;\n/•]|\s-\s|\ben\b|\band\b|\bplus\b)\s*", re.I)


def items(text: str) -> list[str]:
    """A typed list split into items: 'Excel, Teams en plannen' -> ['Excel', 'Teams', 'plannen']."""
    if clean(text) in NO or clean(text) in {"geen idee", "weet ik niet", "niks", "nvt", "n.v.t"}:
        return []
    parts = [p.strip(" .-*\t") for p in _SPLIT.split(text[:MAX_PARSE])]
    return [p for p in parts if p][:20]


def picks(text: str, size: int) -> list[int]:
    """Numbers picked from a numbered list of `size` ('1 en 3', '1,3', '2-4'), zero-based."""
    t = clean(text)
    if not re.fullmatch(r"[\d\s,;en&-]+|(nummer|nr\.?|optie|keuze)?\s*[\d\s,;en&-]+", t):
        return []
    chosen: list[int] = []
    for a, b in re.findall(r"(\d+)\s*(?:-\s*(\d+))?", t):
        lo = int(a)
        hi = int(b) if b else lo
        for n in range(lo, min(hi, lo + 50) + 1):
            if 1 <= n <= size and n - 1 not in chosen:
                chosen.append(n - 1)
    return chosen


STEP_WORDS: dict[str, Step] = {
    "aanleiding": Step.occasion,
    "occasion": Step.occasion,
    "start": Step.occasion,
    "begin": Step.occasion,
    "zelfevaluatie": Step.self_assessment,
    "vaardigheden": Step.self_assessment,
    "self-assessment": Step.self_assessment,
    "skills": Step.self_assessment,
    "doelen": Step.goals,
    "doel": Step.goals,
    "goals": Step.goals,
    "opleiding": Step.training_check,
    "training": Step.training_check,
    "leermiddelen": Step.resources,
    "catalogus": Step.resources,
    "resources": Step.resources,
    "cursussen": Step.resources,
    "planning": Step.planning,
    "plannen": Step.planning,
    "resultaat": Step.results,
    "resultaten": Step.results,
    "results": Step.results,
    "overzicht": Step.overview,
    "overview": Step.overview,
    "plan": Step.overview,
    "ondertekenen": Step.overview,
}


@dataclass(frozen=True)
class Command:
    """A navigation command typed instead of an answer."""

    name: str  # back | undo | goto | help | skip
    step: Step | None = None


def command(text: str) -> Command | None:
    """Recognise 'terug', 'vorige', 'ongedaan maken', 'ga naar doelen', 'help', 'overslaan'."""
    t = clean(text)
    if len(t) > 40:
        return None
    if t in {"terug", "vorige", "vorige stap", "ga terug", "back", "previous", "go back"}:
        return Command("back")
    if t in {"ongedaan maken", "maak ongedaan", "undo", "herstel", "oeps", "ongedaan"}:
        return Command("undo")
    if t in {"help", "hulp", "?", "wat moet ik doen", "uitleg"}:
        return Command("help")
    if t in {"overslaan", "sla over", "skip", "later", "volgende vraag"}:
        return Command("skip")
    m = re.fullmatch(
        r"(?:ga |spring |go )?(?:naar|to|terug naar|back to) (?:de |het |stap )?(.+)", t
    )
    if m and m.group(1) in STEP_WORDS:
        return Command("goto", STEP_WORDS[m.group(1)])
    return None


_LVL = r"([1-5])(?![\d.,]\d)"
_NIV = r"(?:niveau|level|lvl)\s*"
_TWO_LEVELS = re.compile(
    r"(?:\b(?:ik\s+)?(?:sta|zit|ben)\s+(?:nu\s+)?(?:op\s+)?|\b(?:nu|van|from)\s+"
    r"|\b(?:i'?m|i\s+am)\s+(?:at\s+)?)?"
    rf"(?:{_NIV})?(?<![\d.,])\b{_LVL}\s*"
    r"(?:,?\s*(?:en\s+|and\s+)?(?:ik\s+|i\s+)?(?:wil|want)(?:\s+graag)?(?:\s+(?:naar|tot|to))?"
    r"|naar|tot|to|-+>|→|⇒|=>|>|-|–|—)"
    rf"\s*(?:{_NIV})?{_LVL}(?!\d)",
    re.I,
)
_ONE_LEVEL = re.compile(
    rf"(?:\b{_NIV}|\bop\s+(?:{_NIV})?|\b(?:sta|zit|ben)\s+(?:nu\s+)?(?:op\s+)?(?:{_NIV})?)"
    rf"{_LVL}\b|(?<![\d.,])\b{_LVL}\s*(?:/\s*5)?\s*$",
    re.I,
)
_MARK = re.compile(r"⟦([1-5])(?:>([1-5]))?⟧")


def levels(text: str) -> tuple[str, int | None, int | None]:
    """A skill with levels typed inline: 'Excel 2 naar 4', 'van 2 naar 4', '2->4', 'niveau 3',
    'ik sta op 2 en wil naar 4' -> (the text without the levels, current, wanted).
    Levels that are not given are None (never a default)."""
    text = text[:MAX_PARSE]
    if m := _MARK.search(text):
        rest = (text[: m.start()] + " " + text[m.end() :]).strip(" :-,")
        return _WS.sub(" ", rest), int(m.group(1)), int(m.group(2)) if m.group(2) else None
    if m := _TWO_LEVELS.search(text):
        rest = (text[: m.start()] + " " + text[m.end() :]).strip(" :-,")
        return _WS.sub(" ", rest), int(m.group(1)), int(m.group(2))
    if m := _ONE_LEVEL.search(text):
        rest = (text[: m.start()] + " " + text[m.end() :]).strip(" :-,")
        return _WS.sub(" ", rest), int(m.group(1) or m.group(2)), None
    return text.strip(), None, None


def skill_items(text: str) -> list[tuple[str, int | None, int | None]]:
    """A typed list of skills with optional levels, split into (text, current, wanted).

    Level phrases are read before the list is split, so 'ik sta op 2 en wil naar 4' or
    'nu 2, wil 4' stays with its skill instead of being cut at 'en' or the comma."""
    protected = _TWO_LEVELS.sub(
        lambda m: f" ⟦{m.group(1)}>{m.group(2)}⟧ ", text[:MAX_PARSE].replace("⟦", "[")
    )
    found = [levels(item) for item in items(protected)]
    return [(t, c, w) for t, c, w in found if t or c is not None]


def mentions_time(text: str) -> bool:
    """True when the text names an amount of time ('3 uur per week', 'een halve dag')."""
    t = clean(text)[:300]
    return bool(_TIMED.search(t) or _RANGE_HOURS.search(t)) and hours_per_week(t) is not None
