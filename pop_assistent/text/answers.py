"""The one reader of short answers: yes/no, numbers, fractions, percentages, hours, lists and
picks from a numbered list, in Dutch and English whatever the session's language.

Every function is pure and linear in the input (only the first MAX_PARSE characters are read,
the full text is still stored by the caller) and never raises on odd input: it returns None or
an empty list when it does not understand. The word tables are data (`numbers.CARDINALS`,
`UNITS`, `YES`, `NO`, `CONNECTORS`), so a new way of saying something is one more entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pop_assistent.text.fold import answer_key, squash
from pop_assistent.text.numbers import ARTICLES, CARDINALS, FRACTIONS, SHARE_WORDS, cardinal

MAX_PARSE = 2000
"""Only the start of a very long answer is read."""

HOURS_PER_DAY = 7.6
"""A working day when nothing else is known (the organisation's setting overrides it)."""

YES = frozenset(
    "ja|jazeker|jawel|ja hoor|yes|y|j|ok|oke|okay|klopt|dat klopt|goed|prima|zeker|natuurlijk|"
    "graag|sure|yep|akkoord|inderdaad|correct|true|doe maar|ja graag|ja zeker|yes please".split("|")
)
NO = frozenset(
    "nee|neen|no|n|nope|niet|liever niet|nee hoor|nee dank je|neen dank u|geen|niets|nothing|"
    "none|false|nah|zeker niet|no thanks".split("|")
)
YES_HEADS = frozenset({"ja", "yes", "jazeker", "jawel", "klopt", "ok", "oke", "zeker", "akkoord"})
NO_HEADS = frozenset({"nee", "neen", "no", "niet"})
DONE = frozenset({"klaar", "volgende", "verder", "genoeg", "done", "next", "dat is het"})
"""Words that close a list or a step ('klaar'): never a skill or an answer ('klaarzetten')."""
UNSURE = frozenset(
    "weet ik niet|weet niet|ik weet het niet|ik weet niet|weet het niet|geen idee|onbekend|"
    "nog niet bekend|nog geen idee|geen flauw idee|geen gedacht|gene gedacht|weet ik ni|"
    "weet ik nie|weet het ni|ik weet het ni|'k weet het niet|'k weet het ni|k weet het niet|"
    "k weet het ni|don't know|dont know|i don't know|i dont know|not sure|no idea|no clue|"
    "dunno|idk|unknown|?".split("|")
)
"""Answers that say the person does not know (a level, a cost, a kind of action), also in
Flemish ('weet ik ni', 'geen gedacht')."""
SKIP = (
    frozenset("overslaan|sla over|skip|-|geen|niets|nee|none|no|n.v.t|nvt|niks".split("|")) | UNSURE
)

UNITS: dict[str, tuple[str, float]] = {
    # word: (what it counts, how many of that)
    "uur": ("hour", 1), "uren": ("hour", 1), "uurtje": ("hour", 1), "uurtjes": ("hour", 1),
    "u": ("hour", 1), "h": ("hour", 1), "hr": ("hour", 1), "hrs": ("hour", 1),
    "hour": ("hour", 1), "hours": ("hour", 1),
    "minuut": ("minute", 1), "minuten": ("minute", 1), "minuutje": ("minute", 1),
    "minuutjes": ("minute", 1), "min": ("minute", 1), "minute": ("minute", 1),
    "minutes": ("minute", 1), "kwartier": ("minute", 15), "kwartiertje": ("minute", 15),
    "kwartiertjes": ("minute", 15),
    "dag": ("day", 1), "dagen": ("day", 1), "dagje": ("day", 1), "werkdag": ("day", 1),
    "werkdagen": ("day", 1), "day": ("day", 1), "days": ("day", 1),
    "dagdeel": ("day", 0.5), "dagdelen": ("day", 0.5), "voormiddag": ("day", 0.5),
    "voormiddagen": ("day", 0.5), "namiddag": ("day", 0.5), "namiddagen": ("day", 0.5),
    "ochtend": ("day", 0.5), "ochtenden": ("day", 0.5), "middag": ("day", 0.5),
    "middagen": ("day", 0.5), "morning": ("day", 0.5), "mornings": ("day", 0.5),
    "afternoon": ("day", 0.5), "afternoons": ("day", 0.5), "halve dag": ("day", 0.5),
    "halve dagen": ("day", 0.5), "half day": ("day", 0.5), "half days": ("day", 0.5),
    "avond": ("day", 0.5), "avonden": ("day", 0.5), "evening": ("day", 0.5),
    "evenings": ("day", 0.5),
    "week": ("week", 5), "weken": ("week", 5), "werkweek": ("week", 5),
    "werkweken": ("week", 5), "weeks": ("week", 5),
}  # fmt: skip
"""Units of time an amount can be given in, with their size."""

CONNECTORS = (",", ";", "/", "&", "+", "en", "and", "plus", "of", "or", "n")
"""Words that join items of a list ('1 en 3', '1 and 3', '1 & 3')."""

_WS = re.compile(r"\s+")
_FRACTION = "".join(FRACTIONS)
_AMOUNT = rf"\d+[{_FRACTION}]|[{_FRACTION}]|\d+/\d+|\d+(?:[.,]\d+)?|" + "|".join(
    sorted((w for w in CARDINALS if w not in {"a", "an"}), key=len, reverse=True)
)
_UNIT = "|".join(sorted((re.escape(u) for u in UNITS), key=len, reverse=True))
_RANGE_HOURS = re.compile(rf"\b(?:een |an? )?(?:uur|uurtje|hour)\s+(?:of|or)\s+({_AMOUNT})\b")
_TIMED = re.compile(
    rf"(?<![\w,.])({_AMOUNT}|an?(?=\s+(?:day|hour|week|morning|afternoon|evening)))"
    rf"(?:\s+en\s+een\s+(half|halve)|\s+and\s+a\s+(half))?"
    rf"(?:\s+(half|halve|halfje))?\s*(?:a\s+)?({_UNIT})(?![\w])"
    r"(\s+(?:en\s+een\s+hal(?:f|ve)|and\s+a\s+half))?"
)
_CLOCK = re.compile(r"(?<![\w,.:])(\d{1,2})\s*(?:u|h|uur)\s*(\d{2})(?![\w,.])")
"""'3u30', '2h15', '1 uur 45': hours and minutes."""
_HALF_A = re.compile(r"\bhalf\s+(?:a|an)\s+(day|hour)\b")
_ALONE = re.compile(
    rf"(?:ongeveer|zo'?n|rond|max(?:imaal)?|hooguit|misschien|about|around|maybe|max\.?)?\s*"
    rf"({_AMOUNT})(?:\s+(?:ongeveer|max|or so))?"
)
_TOKEN = re.compile(rf"\d+[{_FRACTION}]|[{_FRACTION}]|\d+/\d+|\d+(?:[.,]\d+)?|[a-z]+")
_SHARE_AMOUNT = rf"\d+[{_FRACTION}]|[{_FRACTION}]|\d+/\d+|\d+(?:[.,]\d+)?|" + "|".join(
    sorted((w for w in CARDINALS if w not in ARTICLES), key=len, reverse=True)
)
_PERCENT = re.compile(rf"(?<![\w,.])({_SHARE_AMOUNT})(?![\w,.])\s*(%|procent|percent|pct)?")


def key(text: str) -> str:
    """The answer as it is compared with known words (see `fold.answer_key`)."""
    return answer_key(text, MAX_PARSE)


def yes_no(text: str) -> bool | None:
    """True for yes, False for no, None when the answer is neither."""
    t = key(text)
    if t in YES:
        return True
    if t in NO:
        return False
    head = re.split(r"[,;:.!\s]+", t, maxsplit=1)[0] if t else ""
    if head in YES_HEADS:
        return True
    if head in NO_HEADS:
        return False
    return None


def yes_no_button(text: str) -> bool | None:
    """`yes_no`, where the buttons shown are 1 (yes) and 2 (no): '1' is yes, '2' is no."""
    return {"1": True, "2": False}.get(key(text).strip(" .)"), yes_no(text))


def after_yes_no(text: str) -> str:
    """What follows a leading yes/no word: 'ja, maar ook betere afspraken' -> 'maar ook ...'."""
    m = re.match(r"\s*(ja|nee|neen|yes|no|jazeker|klopt|ok|oké)\b[\s,;:.!-]*", text, re.I)
    return text[m.end() :].strip() if m else text.strip()


def is_skip(text: str) -> bool:
    """An empty answer or a word meaning 'nothing to say'."""
    t = key(text)
    return t == "" or t in SKIP


def _value(word: str) -> float:
    found = cardinal(word.replace(" ", ""))
    return 1.0 if found is None and word in ARTICLES else float(found or 0.0)


def number(text: str) -> float | None:
    """The first number in the text: digits ('2,5'), a fraction ('½', '1½', '3/4') or a word
    ('twee', 'anderhalf'); an article ('een') counts as 1 only when nothing else is there."""
    words = _TOKEN.findall(squash(text, MAX_PARSE))
    for word in words:
        if word not in ARTICLES and (value := cardinal(word)) is not None:
            return value
    return 1.0 if any(w in ARTICLES for w in words) else None


def numbers(text: str) -> list[int]:
    """All whole numbers in the text, in order ('van 2 naar 4' -> [2, 4]); digits first, else
    number words."""
    t = squash(text, MAX_PARSE)
    found = [int(float(n.replace(",", "."))) for n in re.findall(r"\d+(?:[.,]\d+)?", t)]
    if found:
        return found
    return [
        int(CARDINALS[w])
        for w in re.findall(r"[a-z]+", t)
        if w in CARDINALS and CARDINALS[w] >= 1 and w not in ARTICLES
    ]


def percent(text: str) -> int | None:
    """A share 0-100 from '60', '60 %', '½' (50), '3/4' (75), 'de helft', 'driekwart'; None
    when there is none or it is out of range. A plain fraction (below 1, not '%') is a share
    of the whole: '0,5' and '½' are 50%."""
    t = squash(text, MAX_PARSE)
    for word in sorted(SHARE_WORDS, key=len, reverse=True):
        if re.search(rf"(?<![a-z]){re.escape(word)}(?![a-z])", t) and not re.search(r"\d", t):
            return round(SHARE_WORDS[word] * 100)
    if m := _PERCENT.search(t):
        value = _value(m.group(1))
        fraction = not m.group(2) and (value < 1 or not re.match(r"\d+([.,]\d+)?$", m.group(1)))
        share = value * 100 if fraction and value <= 1 else value
        return round(share) if 0 <= share <= 100 else None
    return None


def _in_days(days: float, hours_per_day: float) -> float:
    """Days as hours, counted with the same working day the echo names ('een dag telt 7,6
    uur'), so two afternoons are 7.6 hours, not a rounded 7.5."""
    return round(days * hours_per_day, 2)


def _timed(t: str) -> re.Match[str] | None:
    """The amount tied to a unit; a week counts only when nothing smaller is named ('om de 2
    weken 3 uur' is 3 hours)."""
    timed = list(_TIMED.finditer(t))
    return next((m for m in timed if UNITS[m.group(5)][0] != "week"), timed[0] if timed else None)


def _unit_slips(t: str) -> str:
    """Words of six letters or more one slip away from exactly one unit of time, spelled right
    ('namidagen' -> 'namiddagen', 'avondne' -> 'avonden')."""
    from rapidfuzz.distance import DamerauLevenshtein

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < 6 or word in UNITS or word in CARDINALS:
            return word
        near = {
            u
            for u in UNITS
            if " " not in u and DamerauLevenshtein.distance(word, u, score_cutoff=1) <= 1
        }
        return near.pop() if len(near) == 1 else word

    return re.sub(r"[a-z]+", fix, t)


def hours(text: str, hours_per_day: float = HOURS_PER_DAY) -> float | None:
    """The amount of time in the text, in hours: a number tied to a unit ('2 uur', '1½ uur',
    'een halve dag', 'twee namiddagen', 'een uur of twee', '90 minuten') or a number on its
    own ('2', 'twee'). Days count `hours_per_day`, half days half of it, unrounded (the
    reply says how long a day is, and the sum must agree with it). None when there is no
    amount of time. A unit with one slip ('twee namidagen') is read as that unit."""
    found = _hours(squash(text, 300), hours_per_day)
    if found is None:
        found = _hours(_unit_slips(squash(text, 300)), hours_per_day)
    return found


_TOTAL = re.compile(
    r"\b(?:samen|in\s+(?:het\s+)?totaal|totaal|alles\s+samen|in\s+total|total|altogether"
    r"|all\s+together)\b[\s:=,]*"
)
"""What says the amount after it is the whole: 'een half uurtje per keer, samen 6 uur'."""


def _hours(t: str, hours_per_day: float) -> float | None:
    """`hours` on folded text."""
    if m := _TOTAL.search(t):  # the total, not the first amount ('half uurtje per keer, ...')
        after, before = t[m.end() :], re.split(r"[,;]", t[: m.start()])[-1]
        for part in (after, before):  # '..., samen 6 uur', '..., 5 hours in total'
            if (whole := _hours(part, hours_per_day)) is not None:
                return whole
    if m := _RANGE_HOURS.search(t):
        return _value(m.group(1))
    if m := _HALF_A.search(t):
        return _in_days(0.5, hours_per_day) if m.group(1) == "day" else 0.5
    if m := _CLOCK.search(t):
        return int(m.group(1)) + int(m.group(2)) / 60 if int(m.group(2)) < 60 else None
    if m := _timed(t):
        amount = _value(m.group(1))
        if m.group(2) or m.group(3) or m.group(6):  # "twee en een half uur", "a day and a half"
            amount += 0.5
        if m.group(4):  # "een halve dag", "een half uur"
            amount = 0.5 if amount == 1 else amount * 0.5
        low = re.search(rf"(?<![\w,.])({_AMOUNT})\s*(?:à|a|tot|-|of|or|to)\s*$", t[: m.start()])
        if low and not (m.group(2) or m.group(3) or m.group(4)):  # "2 à 3 uur": the lower one
            amount = min(amount, _value(low.group(1)))
        kind, size = UNITS[m.group(5)]
        if kind == "minute":
            return round(amount * size / 60, 2)
        if kind in ("day", "week"):
            return _in_days(amount * size, hours_per_day)
        return amount * size
    if m := _ALONE.fullmatch(t):
        return _value(m.group(1))
    return None


WEEKS_PER_MONTH = 52 / 12


def in_days(text: str) -> bool:
    """True when the amount of time was given in days, half days, evenings or weeks (so the
    hours it stands for are a reckoning worth saying back)."""
    t = squash(text, 300)
    m = _timed(t) or _timed(_unit_slips(t))
    return bool(m and UNITS[m.group(5)][0] in ("day", "week")) or bool(
        _HALF_A.search(squash(text, 300))
    )


def hours_per_week(text: str, hours_per_day: float = HOURS_PER_DAY) -> float | None:
    """Hours per week in '2 uur per week', 'twee uur', 'een halve dag per maand'; 'per dag'
    means a 5-day week, 'per maand' and 'per jaar' are spread over the weeks. A number counts
    only when tied to a time unit or alone ('twee kinderen, dus weinig tijd' is no time)."""
    t = squash(text, 300)
    amount = hours(t, hours_per_day)
    if amount is None:
        return None
    if m := _timed(t):  # 'a day a week': the amount's own words say nothing about how often
        t = f"{t[: m.start()]} {t[m.end() :]}"
    if re.search(r"per (maand|month)|(maandelijks|monthly)|in de maand|a month|elke maand", t):
        amount = amount / WEEKS_PER_MONTH
    elif re.search(r"per (jaar|year)|jaarlijks|a year|yearly", t):
        amount = amount / 52
    elif re.search(r"per (werk)?(dag|day)|elke (werk)?dag|dagelijks|a day\b|every day|daily", t):
        amount = amount * 5
    elif re.search(r"(per|om de|elke) (twee|2) weken|every (two|2) weeks", t):
        amount = amount / 2
    return round(float(amount), 1)


def mentions_time(text: str) -> bool:
    """True when the text names an amount of time with a unit ('3 uur per week')."""
    t = squash(text, 300)
    return bool(_TIMED.search(t) or _RANGE_HOURS.search(t)) and hours_per_week(t) is not None


_SPLIT = re.compile(r"\s*(?:[,;\n/•]|\s-\s|\ben\b|\band\b|\bplus\b)\s*", re.I)


def items(text: str) -> list[str]:
    """A typed list split into items: 'Excel, Teams en plannen' -> ['Excel', 'Teams', 'plannen']."""
    if key(text) in NO or key(text) in SKIP:
        return []
    parts = [p.strip(" .-*\t") for p in _SPLIT.split(text[:MAX_PARSE])]
    return [p for p in parts if p][:20]


_PICK_WORDS = r"(?:nummers?|nrs?\.?|numbers?|opties?|options?|keuzes?|choices?|items?|#)"
_PICK_JOIN = "|".join(re.escape(c) for c in CONNECTORS)
_PICKS = re.compile(
    rf"^(?:{_PICK_WORDS}\s*)?\d+(?:\s*-\s*\d+)?"
    rf"(?:\s*(?:{_PICK_JOIN})?\s*(?:{_PICK_WORDS}\s*)?\d+(?:\s*-\s*\d+)?)*$"
)


ORDINALS: dict[str, int] = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7,
    "achtste": 8, "negende": 9, "tiende": 10, "first": 1, "second": 2, "third": 3, "fourth": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "1ste": 1, "2de": 2, "3de": 3, "4de": 4, "5de": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
    "5th": 5,
}  # fmt: skip
"""Ordinal words a pick can be made with ('de eerste en de derde'); 'laatste'/'last' is the end."""
LAST = frozenset({"laatste", "last"})
ALL_PICKS = frozenset({"alle", "allemaal", "alles", "all", "all of them", "ze allemaal"})
BOTH_PICKS = frozenset({"beide", "beiden", "allebei", "alle twee", "both", "both of them"})


PICK_FILLERS = frozenset(
    "de het the die dat one ene graag please pls aub alsjeblieft alstublieft svp dan then".split()
)
"""Words around picked numbers that say nothing about which ('de 2de graag', '1 and 3 please')."""


def _pick_words(t: str, size: int) -> str:
    """Ordinals and 'de laatste' as numbers; articles and 'option' words dropped."""
    words = []
    for word in t.split():
        if word in ORDINALS:
            words.append(str(ORDINALS[word]))
        elif word in LAST:
            words.append(str(size))
        elif word not in PICK_FILLERS:
            words.append(word)
    return " ".join(words)


def picks(text: str, size: int) -> list[int]:
    """Numbers picked from a numbered list of `size` ('1 en 3', '1 and 3', '1,3', '2-4',
    'de eerste en de laatste', 'beide' for two, 'alle drie' for three, 'alle'), zero-based, in
    the order given, without repeats; [] when the answer is not only numbers and such words."""
    t = key(text).strip(" .!")
    if t in ALL_PICKS or (t in BOTH_PICKS and size == 2):
        return list(range(size))
    if (m := re.fullmatch(r"(?:alle|all)\s+(\w+)", t)) and cardinal(m.group(1)) == size:
        return list(range(size))
    t = _pick_words(t, size)
    if not _PICKS.fullmatch(t):
        return []
    chosen: list[int] = []
    for a, b in re.findall(r"(\d+)\s*(?:-\s*(\d+))?", t):
        lo = int(a)
        hi = int(b) if b else lo
        for n in range(lo, min(hi, lo + 50) + 1):
            if 1 <= n <= size and n - 1 not in chosen:  # out of range: not a pick
                chosen.append(n - 1)
    return chosen


_DATE_LIKE = re.compile(r"\d\s*[/.:]\s*\d|\d+\s*-\s*\d+\s*-\s*\d")
"""'15/3', '1.5', '9:30', '2027-09-14': a date, an amount or a time, not numbers picked."""


CORRECTION_OPENERS = frozenset(
    "nee neen nene no nope nah fout wrong sorry oeps oops pardon correctie verkeerd".split()
)
"""Words that open a correction of the answer read before ('nee, gewoon 4', 'no, just 2')."""
_CORRECTION_PHRASE = re.compile(
    r"^(?:(?:ah|oh|euh|uh)\s+)?(?:(?:da|dat|dit|het|that|this|it)(?:'s|s)?\s+(?:is\s+)?"
    r"(?:klopt\s+)?(?:ni|nie|niet|not)\b|(?:da|dat|that|this|it)(?:'s|s)?\s+(?:is\s+)?"
    r"(?:fout|verkeerd|wrong)\b|ik\s+bedoel(?:de)?\b|i\s+meant?\b|not\s+that\b)"
)
"""A correction said as a sentence: 'da klopt ni', 'dat is fout', 'that's not it', 'ik bedoel'."""
CORRECTION_FILLERS = frozenset(
    """
    da dat dit het 't that thats this it its is was klopt klopte ni nie niet not right correct
    juist goed wrong fout verkeerd gewoon gwn just simply maar but wel dan then toch eigenlijk
    actually ik i bedoel bedoelde mean meant graag please aub sorry oeps oops de the nummer
    number nr optie option keuze choice ah oh euh uh hmm allee amai zo so moet should be zijn
    nee neen nene no nope nah een a an s t
    """.split()
)
"""Words around the number of a correction that say nothing about which number."""
_NEGATIONS = frozenset("ni nie niet not geen".split())
_CORRECTION_TOKEN = re.compile(r"[a-z]+|\d+")


def is_correction(text: str) -> bool:
    """An answer that says the answer read before was wrong: it opens with 'nee', 'no',
    'sorry', 'da klopt ni', 'that's not it', 'ik bedoel', ..."""
    t = key(text)
    words = _CORRECTION_TOKEN.findall(t)
    return bool(words) and (words[0] in CORRECTION_OPENERS or bool(_CORRECTION_PHRASE.match(t)))


def _correction(text: str) -> tuple[list[str], list[tuple[int, int]]] | None:
    """The words of a correction and the numbers in it (position, number); None when the
    answer is no correction or says anything besides a correction and numbers."""
    if not is_correction(text):
        return None
    words = _CORRECTION_TOKEN.findall(key(text))
    found: list[tuple[int, int]] = []
    for at, word in enumerate(words):
        value = int(word) if word.isdigit() else ORDINALS.get(word)
        if value is None and word not in ARTICLES and word not in CORRECTION_FILLERS:
            value = _whole(cardinal(word))
        if value is not None:
            found.append((at, value))
        elif word not in CORRECTION_FILLERS:
            return None
    return words, found


def only_correction(text: str) -> bool:
    """A correction and nothing else: 'nee, da klopt niet', 'no, that's wrong'."""
    read = _correction(text)
    return read is not None and not read[1]


def corrected_pick(text: str) -> int | None:
    """The one number a correction picks ('nee da klopt ni, gewoon 4' -> 4, 'no, just 2' -> 2,
    'neen, 3 is het' -> 3, 'sorry, de vierde' -> 4); None when the answer is no correction,
    names no number or several, says anything besides, or negates the number ('nee, niet 4')."""
    read = _correction(text)
    if read is None or len(read[1]) != 1:
        return None
    words, found = read
    at, value = found[0]
    before = words[at - 1] if at else ""
    after = words[at + 1 : at + 3]
    if before in _NEGATIONS or any(w in _NEGATIONS for w in after):
        return None  # 'nee, niet 4', '4 klopt niet'
    return value


def _whole(value: float | None) -> int | None:
    return int(value) if value is not None and value == int(value) and 0 < value <= 99 else None


def picked_numbers(text: str, size: int) -> list[int] | None:
    """The 1-based numbers an answer picks from `size` numbered choices, as typed, including
    numbers outside 1..size (so a caller can say so instead of dropping them): '1 en 3' ->
    [1, 3], '2-4' -> [2, 3, 4], 'de laatste' -> [size], 'beide' (two choices) -> [1, 2], 'alle
    drie' -> [1, 2, 3], a correction with one number ('nee, gewoon 4', 'no, just 2') -> [4],
    [2]. None when the answer is not made only of numbers, ordinals, connectors
    and such words ('geen', 'beide' with three choices, '15/3' and any words are for the
    question to read)."""
    t = key(text).strip(" .!")
    if not t or _DATE_LIKE.search(t):
        return None
    if (corrected := corrected_pick(t)) is not None:
        return [corrected]  # 'nee da klopt ni, gewoon 4', 'no, just 2'
    if t in ALL_PICKS or (t in BOTH_PICKS and size == 2):
        return list(range(1, size + 1))
    if m := re.fullmatch(r"(?:alle|all)\s+(?:de\s+|the\s+)?(\w+)", t):
        count = cardinal(m.group(1))
        return list(range(1, int(count) + 1)) if count and count == int(count) else None
    t = _pick_words(t, size)
    if not _PICKS.fullmatch(t):
        return None
    given: list[int] = []
    for a, b in re.findall(r"(\d+)\s*(?:-\s*(\d+))?", t):
        lo = int(a)
        hi = int(b) if b else lo
        if hi < lo:  # '2027-09': not a range of choices
            return None
        for n in range(lo, min(hi, lo + 50) + 1):
            if n not in given:
                given.append(n)
    return given


def pick_shaped(text: str) -> bool:
    """True when the answer is made only of numbers, ordinals and connectors ('3 and 9',
    'de tweede'): a pick, even one out of range, and never something to search for."""
    t = key(text).strip(" .!")
    return bool(t) and bool(_PICKS.fullmatch(_pick_words(t, 1)))


def index(text: str, count: int) -> int | None:
    """A 1-based choice number as a 0-based index, if it is in range."""
    value = key(text).strip(" .)")
    if value.isdigit() and 1 <= int(value) <= count:
        return int(value) - 1
    return None


def pick_by_name(text: str, names: Sequence[str], cutoff: float = 75) -> int | None:
    """The index of the name the answer means: its number, a part of it, or a close spelling."""
    found = index(text, len(names))
    if found is not None:
        return found
    value = squash(text, MAX_PARSE)
    if not value:
        return None
    for i, name in enumerate(names):
        if value in squash(name):
            return i
    from rapidfuzz import fuzz, process

    best = process.extractOne(value, [squash(n) for n in names], scorer=fuzz.partial_ratio)
    if best is not None and best[1] >= cutoff:
        return int(best[2])
    return None
