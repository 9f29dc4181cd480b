"""The main clause of an answer or a goal: a reason or condition ("want ...", "because ...",
"zodat ...") is context when the rest names a time."""

from __future__ import annotations

import re

from pop_assistent.language.date_resolve import Hit
from pop_assistent.language.lexicon import CLAUSE_OPENERS
from pop_assistent.language.normalize import fold
from pop_assistent.language.tokens import Token


def counts(hit: Hit, total: int, lead: int = 0) -> bool:
    """A weak hit counts only when it is the whole input (tokens lead..total)."""
    return not hit.weak or (hit.first == lead and hit.last == total)


_PLAIN_AFTER = frozenset({"since"})
"""Openers that are also calendar words ("since May"): only before a plain word."""


_ROLE_OPENERS = frozenset({"als", "as"})
"""Openers that also name a role ("als kok", "as a nurse", "as of May"): only before a subject."""


_WORD_RE = re.compile(r"\s*([a-z']+)")


_SUBJECTS = frozenset(
    "ik je jij u we wij ze zij hij het de er mijn m'n onze ons dat dit alles "
    "i you they he she it the my our there this that".split()
)


def _opens(items: list[Token], at: int, text: str) -> bool:
    """A reason or condition starts at token `at` ("want", "omdat", "because", "so that")."""
    word = items[at].canon
    after = items[at + 1].canon if at + 1 < len(items) else ""
    if word == "so":
        return after == "that"
    if word in _ROLE_OPENERS:  # the word as typed: "de", "het" leave no token
        typed = _WORD_RE.match(fold(text[items[at].end : items[at].end + 20]))
        return typed is not None and typed.group(1) in _SUBJECTS
    if word in _PLAIN_AFTER:
        return after.isalpha() and after.islower() and after not in ("soon", "well")
    return word in CLAUSE_OPENERS


def _comma_before(items: list[Token], at: int, text: str) -> bool:
    return any(mark in text[items[at - 1].end : items[at].start] for mark in ",;:")


def main_clause(hits: list[Hit], items: list[Token], text: str) -> tuple[int, int]:
    """The tokens [lead, total) that name the deadline. A reason or condition ("tegen eind
    juni, want in september begint het schooljaar"; "omdat de audit in maart is, tegen
    februari") is context: left out when the rest was read as a time, kept otherwise."""
    lead, total = 0, len(items)

    def reads(first: int, last: int) -> bool:
        return any(h.first >= first and h.last <= last and counts(h, last, first) for h in hits)

    if items and _opens(items, 0, text):  # a leading clause runs to the first comma
        comma = next((at for at in range(1, total) if _comma_before(items, at, text)), None)
        if comma is not None and reads(comma, total):
            lead = comma
    for at in range(lead + 1, total):
        if _opens(items, at, text) and reads(lead, at):
            return lead, at
    return lead, total
