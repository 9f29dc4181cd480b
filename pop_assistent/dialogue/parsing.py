"""What only the walk-through reads in an answer: commands ('terug', 'ga naar doelen', 'wijzig
doel 2') and skills with levels ('Excel 2 naar 4'). Numbers, hours, yes/no, lists and picks are
read by the text layer (`pop_assistent.text.answers`).

Every function here is pure and linear in the input; none ever raises on odd input.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from pop_assistent.dialogue.types import Step
from pop_assistent.text import fold
from pop_assistent.text.answers import MAX_PARSE, items, key

_WS = re.compile(r"\s+")


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
    """A command typed instead of an answer.

    name: back | undo | goto | help | skip | edit | drop | move | unclear_edit.
    For edit, drop and move: `what` is goal | action | skill, `number` the 1-based number the
    person typed (None when they typed none), `to` the new place (move), `rest` the text after
    a colon ('wijzig doel 2: Tegen juni ...').
    """

    name: str
    step: Step | None = None
    what: str = ""
    number: int | None = None
    to: int | None = None
    rest: str = ""


THINGS: dict[str, str] = {
    "doel": "goal",
    "doelen": "goal",
    "goal": "goal",
    "actie": "action",
    "acties": "action",
    "leeractie": "action",
    "action": "action",
    "vaardigheid": "skill",
    "vaardigheden": "skill",
    "skill": "skill",
}
EDIT_WORDS = (
    "wijzig|wijzigen|verander|aanpassen|pas aan|herschrijf|bewerk|change|edit|rewrite|update"
)
DROP_WORDS = "schrap|schrappen|verwijder|verwijderen|wis|remove|delete|drop"
MOVE_WORDS = "verplaats|zet|move|put"
_THING = "|".join(sorted(THINGS, key=len, reverse=True))
_EDIT = re.compile(
    rf"^(?P<verb>{EDIT_WORDS}|{DROP_WORDS})(?:\s+(?:het|de|the))?"
    rf"(?:\s+(?P<thing>{_THING}))?(?:\s*(?:nr\.?|nummer|number|#)?\s*(?P<n>\d{{1,3}}))?"
    rf"\s*(?::\s*(?P<rest>.*))?$"
)
_MOVE = re.compile(
    rf"^(?:{MOVE_WORDS})\s+(?P<thing>{_THING})\s*(?P<n>\d{{1,3}})\s+"
    rf"(?:naar|to)\s+(?:plaats\s+|place\s+|positie\s+|position\s+)?(?P<to>\d{{1,3}})$"
    rf"|^(?P<thing2>{_THING})\s*(?P<n2>\d{{1,3}})\s+(?P<first>eerst|first|bovenaan|to the top)$"
)


_RENAME = re.compile(
    rf"^\s*(?:hernoem|herbenoem|rename)\s+(?:(?:het|de|the)\s+)?(?P<thing>{_THING})\s*"
    r"(?:nr\.?|nummer|number|#)?\s*(?P<n>\d{1,3})(?:\s+(?:naar|in|tot|to|as)\b|\s*:)\s*"
    r"(?P<rest>.*?)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _rename_command(text: str) -> Command | None:
    """'hernoem vaardigheid 2 naar Excel', 'rename skill 2 to Excel': a change with the new
    name as its text (for an action: its title)."""
    m = _RENAME.match(text)
    if not m or not m.group("rest"):
        return None
    what = THINGS[m.group("thing").lower()]
    rest = m.group("rest")[:5000]
    return Command("edit", what=what, number=int(m.group("n")),
                   rest=f"titel: {rest}" if what == "action" else rest)  # fmt: skip


def _edit_command(t: str, text: str) -> Command | None:
    if m := _MOVE.match(t):
        if m.group("thing"):
            return Command("move", what=THINGS[m.group("thing")], number=int(m.group("n")),
                           to=int(m.group("to")))  # fmt: skip
        return Command("move", what=THINGS[m.group("thing2")], number=int(m.group("n2")), to=1)
    m = _EDIT.match(t)
    if not m or not (m.group("thing") or m.group("n") is None):
        return None
    verb = "drop" if re.fullmatch(DROP_WORDS, m.group("verb")) else "edit"
    if not m.group("thing"):
        return Command("unclear_edit", what=verb)
    rest = text.split(":", 1)[1].strip() if ":" in text else ""
    number = int(m.group("n")) if m.group("n") else None
    return Command(verb, what=THINGS[m.group("thing")], number=number, rest=rest[:5000])


def command(text: str) -> Command | None:
    """Recognise 'terug', 'vorige', 'ongedaan maken', 'ga naar doelen', 'help', 'overslaan',
    and the edit commands: 'wijzig doel 2', 'schrap actie 1', 'verplaats doel 2 naar 1',
    'hernoem vaardigheid 3 naar ...' (English: 'change goal 2', 'remove action 1', 'move goal 2
    to 1', 'rename skill 3 to ...')."""
    if renamed := _rename_command(text[:6000]):
        return renamed
    t = key(text)
    head = key(text.split(":", 1)[0]) if ":" in text else t
    if edit := _edit_command(head if ":" in text else t, text):
        return edit
    if len(t) > 40:
        return None
    if t in {"terug", "vorige", "vorige vraag", "ga terug", "back", "previous", "go back"}:
        return Command("back")
    if t in {"vorige stap", "previous step"}:
        return Command("back_step")
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
    rf"{_LVL}\b|(?<![\d.,(])(?:\(\s*)?\b{_LVL}\s*(?:/\s*5)?\s*\)?\s*$",
    re.I,
)
_MARK = re.compile(r"⟦([1-5])(?:>([1-5]))?⟧")
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")


def levels(text: str) -> tuple[str, int | None, int | None]:
    """A skill with levels typed inline: 'Excel 2 naar 4', 'van 2 naar 4', '2->4', 'niveau 3',
    'ik sta op 2 en wil naar 4' -> (the text without the levels, current, wanted).
    Levels that are not given are None (never a default)."""
    text = text[:MAX_PARSE]

    def rest(m: re.Match[str]) -> str:
        left = _EMPTY_BRACKETS.sub(" ", text[: m.start()] + " " + text[m.end() :])
        return _WS.sub(" ", left.strip(" :-,"))

    if m := _MARK.search(text):
        return rest(m), int(m.group(1)), int(m.group(2)) if m.group(2) else None
    if m := _TWO_LEVELS.search(text):
        return rest(m), int(m.group(1)), int(m.group(2))
    if m := _ONE_LEVEL.search(text):
        return rest(m), int(m.group(1) or m.group(2)), None
    return text.strip(), None, None


_WORD_LEVELS: dict[str, int] = {
    **dict.fromkeys(("helemaal niet", "nog niet", "niets", "niks", "beginner", "not at all"), 1),
    **dict.fromkeys(("none", "nothing", "nog niks", "totaal niet"), 1),
    **dict.fromkeys(("een beetje", "beetje", "basis", "matig", "zwak", "slecht", "niet goed"), 2),
    **dict.fromkeys(("niet zo goed", "a little", "a bit", "basic", "weak", "poor", "not good"), 2),
    **dict.fromkeys(("redelijk", "gemiddeld", "gaat wel", "ok", "oke", "okay", "fair"), 3),
    **dict.fromkeys(("average", "so-so", "reasonable", "not bad", "redelijk goed"), 3),
    **dict.fromkeys(("goed", "good", "vrij goed", "pretty good", "quite good"), 4),
    **dict.fromkeys(("heel goed", "zeer goed", "expert", "uitstekend", "perfect"), 5),
    **dict.fromkeys(("very good", "excellent", "super goed", "supergoed"), 5),
}
"""A level said in words ('redelijk', 'a bit', 'heel goed'), on the scale 1 (beginner) to 5."""
_WORD_LEVEL_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(w) for w in sorted(_WORD_LEVELS, key=len, reverse=True))
    + r")(?![\w-])"
)


_NEGATED = re.compile(r"\b(?:niet|geen|nooit|not|never|no)\b")
"""A negation outside the table's phrases changes the level ('niet heel goed', 'not very
good'); 'nog niet', 'niet goed', 'not at all' are in the table themselves."""


def word_level(text: str) -> int | None:
    """The level of a short answer said in words ('redelijk' -> 3, 'heel goed' -> 5, 'a bit'
    -> 2); None when it says none, says two ('goed maar soms slecht') or is a sentence."""
    folded = fold(text[:MAX_PARSE])
    if len(folded.split()) > 5:
        return None
    if _NEGATED.search(_WORD_LEVEL_RE.sub(" ", folded)):
        return None  # 'niet heel goed', 'not very good': not the level the words name
    said = {_WORD_LEVELS[m.group()] for m in _WORD_LEVEL_RE.finditer(folded)}
    return said.pop() if len(said) == 1 else None


_JOINS = re.compile(r"\s+(?:en|and|&|plus)\s+|\s*[,/;]\s*", re.I)


def _keep_whole(text: str, names: Sequence[str]) -> tuple[str, list[str]]:
    """Known names that hold a list connector ('laden en lossen', 'loading and unloading') put
    out of the splitter's reach: each becomes a mark, and the words it stood for are kept."""
    kept: list[str] = []
    folded = fold(text)  # one character for one: a match in it is a match in the text
    for name in sorted({n for n in names if _JOINS.search(n)}, key=len, reverse=True):
        words = (re.escape(w) for w in fold(name).split())
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)")
        parts = []  # 'hygiene en infectiepreventie' is 'Hygiëne en infectiepreventie'
        for m in pattern.finditer(folded):
            kept.append(text[m.start() : m.end()])
            parts.append((m.start(), m.end(), f"\ue000{len(kept) - 1}\ue001"))
        for start, end, mark in reversed(parts):
            text = text[:start] + mark + text[end:]
            folded = folded[:start] + mark + folded[end:]

    def pair(m: re.Match[str]) -> str:
        first, second = m.group(1).lower(), m.group(3).lower()
        if not (first.endswith("-") or len(os.path.commonprefix([first[::-1], second[::-1]])) >= 4):
            return m.group(0)
        kept.append(m.group(0))
        return f"\ue000{len(kept) - 1}\ue001"

    return _PAIR.sub(pair, text), kept


_PAIR = re.compile(r"(?<![\w-])([^\W\d]+-?)\s+(en|and|&)\s+([^\W\d]+)(?![\w-])")
"""Two words that make one activity: 'loading and unloading', 'laden- en lossen', 'in- en
uitpakken', 'montage en demontage' (a shared ending of four letters or more, or a hyphen)."""


CLAUSE_HEADS = frozenset(
    "die dat wat waar waarmee waarvoor omdat want zodat doordat sinds maar vooral zeker "
    "behalve zoals which that who where because since but especially mostly except like".split()
)
"""Words that begin a clause about the item before them, not a new item ('papieren dossiers,
die gaan weg door het nieuwe systeem')."""


def _with_clauses(parts: list[str]) -> list[str]:
    """Parts that begin with a clause word joined to the item they speak about."""
    joined: list[str] = []
    for part in parts:
        head = key(part).split()[:1]
        if joined and head and head[0] in CLAUSE_HEADS:
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


_LIST = re.compile(r"[^,;\n/•]+")
_AND = re.compile(r"\s+(?:en|and|plus)\s+", re.I)


def _one_level_for_both(chunk: str) -> str:
    """'afwassen en de machine draaien 4': a level typed once after two things joined by 'en'
    is the level of both ('Excel 2 en Word 4' keeps its own levels)."""
    parts = _AND.split(chunk)
    if len(parts) < 2:
        return chunk
    *before, last = (levels(part) for part in parts)
    if last[1] is None or any(c is not None or not t for t, c, _w in before):
        return chunk
    mark = f"⟦{last[1]}>{last[2]}⟧" if last[2] is not None else f"⟦{last[1]}⟧"
    return " en ".join(f"{t} {mark}" for t, _c, _w in [*before, last])


def skill_items(text: str, names: Sequence[str] = ()) -> list[tuple[str, int | None, int | None]]:
    """A typed list of skills with optional levels, split into (text, current, wanted).

    Level phrases are read before the list is split, so 'ik sta op 2 en wil naar 4' or
    'nu 2, wil 4' stays with its skill instead of being cut at 'en' or the comma; known skill
    `names` that hold a connector ('loading and unloading') stay whole."""
    clean = text[:MAX_PARSE].replace("⟦", "[").replace("\ue000", "").replace("\ue001", "")
    protected, kept = _keep_whole(clean, names)
    protected = _TWO_LEVELS.sub(lambda m: f" ⟦{m.group(1)}>{m.group(2)}⟧ ", protected)
    protected = _LIST.sub(lambda m: _one_level_for_both(m.group(0)), protected)
    found: list[tuple[str, int | None, int | None]] = []
    for t, c, w in (levels(item) for item in _with_clauses(items(protected))):
        if not t and c is not None and found and found[-1][0] and found[-1][1] is None:
            found[-1] = (found[-1][0], c, w)  # 'kalm blijven, 4': the level of the item before
        elif t or c is not None:
            found.append((t, c, w))
    restore = re.compile("\ue000(\\d+)\ue001")
    return [(restore.sub(lambda m: kept[int(m.group(1))], t), c, w) for t, c, w in found]
