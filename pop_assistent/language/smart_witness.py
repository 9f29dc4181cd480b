"""Meetbaar by a witness: someone else will see, confirm or sign off that the goal is reached.

"Mijn ploegleider ziet tegen juni dat ik de pallets correct stapel", "ik wil dat mijn mentor
bevestigt dat ik ...", "my supervisor confirms I lock the van", "afgetekend door de
hoofdverpleegkundige": a person other than oneself observes the result, so one can check it.
A reason for the goal is no witness: "mijn chef ziet dat ik moeite heb met Excel" and "mijn
collega's zeggen dat ik sneller moet werken" say what is wrong now (a modal or a difficulty in
what is seen). Works on folded text (see `normalize.fold`).
"""

from __future__ import annotations

import re

from pop_assistent.language.smart_lexicon import PEOPLE
from pop_assistent.language.smart_roles import is_role

_VERBS = (
    r"ziet|zien|merkt|merken|bevestigt|bevestigen|verklaart|verklaren|attesteert|attesteren|"
    r"erkent|erkennen|zegt|zeggen|stelt\s+vast|stellen\s+vast|"
    r"sees|see|notices|notice|confirms|confirm|observes|observe|says|say|agrees|agree|"
    r"certifies|certify|verifies|verify|reports|report|signs\s+off|sign\s+off"
)
_DETERMINERS = r"(?:de|het|een|mijn|m'n|mn|onze|ons|zijn|haar|the|a|an|my|our|his|her)"
WITNESS_RE = re.compile(
    r"(?<!laten\s)(?<!let\s)(?<!\bte\s)(?<!\bto\s)\b(?P<verb>" + _VERBS + r")\b"
    r"(?P<mid>(?:\s+" + _DETERMINERS + r")?(?:\s+[a-z']+){0,2}?)?(?:\s+vast)?"
    r"\s+(?P<what>dat|that|ik|i)\b"
)
"""A verb of seeing or confirming followed by what is seen ("ziet ... dat ik", "confirms I")."""
PASSIVE_RE = re.compile(
    r"\b(?:bevestigd|afgetekend|goedgekeurd|vastgesteld|geattesteerd|gezien|confirmed|"
    r"signed\s+off|approved|verified|observed|certified)\s+(?:door|by)\s+"
    r"(?:(?:de|het|mijn|m'n|onze|ons|een|the|my|our|a|an)\s+)?(?:[a-z]+\s+)?(?P<who>[a-z]+)"
)
"""A result confirmed by someone: "afgetekend door mijn mentor", "signed off by the nurse"."""
_REASON_RE = re.compile(
    r"\b(?:moet|moeten|moest|zou|zouden|mag|should|must|needs?|have\s+to|has\s+to|ought|"
    r"moeite|moeilijk|problemen|probleem|struggle\w*|difficult\w*|problems?|te\s+traag|"
    r"too\s+\w+)\b"
)
"""What is seen is a reason, not a result: something one must do or finds hard now."""
_CLAUSE_END_RE = re.compile(r"[,.;:!?\n]|\s(?:maar|dus|want|but|so)\s")
_WORD_RE = re.compile(r"[a-z]+")


def _person(words: list[str]) -> str | None:
    """The witness among these words: a role or a person other than oneself."""
    for word in words:
        if is_role(word) or word in PEOPLE:
            return word
    return None


def _self_subject(before: list[str], who: str) -> bool:
    """ "ik wil tegen de klanten zeggen dat ...": I am the one who says it; "ik wil dat mijn
    mentor bevestigt ...": the mentor is."""
    if who not in before:
        return False
    head = before[: before.index(who)]
    mine = [i for i, word in enumerate(head) if word in ("ik", "i")]
    return bool(mine) and not any(word in ("dat", "that") for word in head[mine[-1] :])


def witness(rest: str) -> str | None:
    """The words that name the witness and the verb ("ploegleider ziet"), or None."""
    for match in WITNESS_RE.finditer(rest):
        before = _WORD_RE.findall(rest[max(0, match.start() - 40) : match.start()])[-4:]
        who = _person(_WORD_RE.findall(match.group("mid"))) or _person(before)
        if who is None or _self_subject(before, who):
            continue
        end = _CLAUSE_END_RE.search(rest, match.end())
        if _REASON_RE.search(rest, match.end(), end.start() if end else len(rest)):
            continue
        return f"{who} {match.group('verb')}"
    for match in PASSIVE_RE.finditer(rest):
        if _person([match.group("who")]):
            return " ".join(match.group(0).split())
    return None
