"""The one text fold: lower case, no accents, no control characters.

`fold` maps every character to exactly one character, so offsets in the folded text are
offsets in the original text (a match can be shown to the user as they typed it). `squash`
also collapses whitespace, for comparing and sorting names and short answers.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class _FoldTable(dict[int, str]):
    """Translation table that computes (and remembers) the folded form of each code point."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "\u2018\u2019\u201a\u201b\u2032`\u00b4":
            folded = "'"
        elif char in "\u201c\u201d\u201e\u00ab\u00bb":
            folded = '"'
        elif char in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212":
            folded = "-"
        elif unicodedata.category(char)[0] in "CZ":
            folded = " "  # control, format, separators: a space keeps offsets stable
        elif unicodedata.category(char) == "No":
            folded = char  # ½, ¼, ² stay themselves: the answer parser reads them
        else:
            lower = char.lower()
            base = unicodedata.normalize("NFKD", lower if len(lower) == 1 else char)[:1] or " "
            folded = base if len(base) == 1 else " "
            if folded == "\u0131":
                folded = "i"
        self[code] = folded
        return folded


_TABLE = _FoldTable()


def fold(text: str, limit: int | None = None) -> str:
    """Lowercase, strip accents, turn control characters into spaces; same length as the input
    (or its first `limit` characters)."""
    return (text if limit is None else text[:limit]).translate(_TABLE)


def squash(text: str, limit: int | None = None) -> str:
    """`fold`, then runs of whitespace collapsed and the ends trimmed ('José  Dupré' -> 'jose
    dupre'); offsets are no longer kept."""
    return _SPACE_RE.sub(" ", fold(text, limit)).strip()


def slug(text: str, limit: int) -> str:
    """Folded text as a name for a file or an id: its letters and digits, runs of anything else
    a hyphen, at most `limit` characters ('Sophie Peeters' -> 'sophie-peeters'; may be '')."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:limit].strip("-")


def answer_key(text: str, limit: int = 2000) -> str:
    """A short answer as it is compared with known words: squashed, without the punctuation a
    sentence ends with ('Ja!' -> 'ja', 'Ga naar doelen.' -> 'ga naar doelen')."""
    return squash(text, limit).strip(" .!?")


def one_line(text: str | None, limit: int = 0) -> str:
    """User text made safe for one line of a terminal or a message: control characters become
    spaces, whitespace is collapsed; cut with an ellipsis past `limit` (0: no limit)."""
    flat = " ".join(_CONTROL_RE.sub(" ", text or "").split())
    if limit and len(flat) > limit:
        return flat[: limit - 1].rstrip() + "…"
    return flat


def shorten(text: str, width: int = 60) -> str:
    """A one-line excerpt of user text for an error message."""
    return one_line(text[:1000], width)
