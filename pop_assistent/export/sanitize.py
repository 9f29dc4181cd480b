"""Make text safe to show in any format without changing what it says.

Plan text was cleaned on its way into the plan (model/clean.py); text from elsewhere (the
catalogue, the settings) gets the same cleaning here, so no format ever meets a control
character, a non-character or a lone surrogate. Line breaks are kept; tabs become spaces.
"""

from __future__ import annotations

from pop_assistent.model.clean import clean_text


def clean(text: str | None) -> str:
    """Clean text (see model/clean.py) with normalised line breaks and tabs as spaces."""
    if not text:
        return ""
    return clean_text(text).replace("\t", "    ")


def one_line(text: str | None) -> str:
    """`clean`, with line breaks folded into spaces (table cells, titles)."""
    return " ".join(part for part in clean(text).split("\n"))
