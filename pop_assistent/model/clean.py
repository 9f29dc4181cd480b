"""The one cleaning every text gets on its way into a plan, so every exporter can trust it.

- a lone surrogate (half of a UTF-16 pair, or a byte that was not UTF-8 in a command-line
  argument) becomes U+FFFD, the replacement character: something was there, it is not lost
  silently, and UTF-8, JSON, SQLite and pydantic can all carry it;
- non-characters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two code points of every plane)
  are removed: XML forbids them, and one of them made the .xlsx training plan unopenable;
- control characters are removed (C0 except tab and newline, DEL, C1): a terminal escape
  sequence pasted into a goal must not reach a document or a screen; a carriage return
  becomes a newline.

PopModel runs `clean_field` on every field it validates, on assignment too (model/common.py),
so this is the boundary: text typed in the app, imported from JSON, read back from an old
database, or loaded from the catalogue.
"""

from __future__ import annotations

import re
from typing import Any

_PLANE_ENDS = "".join(
    chr(plane * 0x10000 + end) for plane in range(1, 17) for end in (0xFFFE, 0xFFFF)
)
_UNWANTED = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff" + _PLANE_ENDS
_REMOVE = re.compile(f"[{_UNWANTED}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_BAD = re.compile(f"[{_UNWANTED}\r\ud800-\udfff]")


def clean_text(text: str) -> str:
    """`text` without lone surrogates, non-characters or control characters (see above)."""
    if text.isprintable() or _BAD.search(text) is None:
        # The common case, no copy: isprintable() (a fast C loop) is False for every
        # character removed here, and the regex decides for text with tabs or newlines.
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _REMOVE.sub("", text)


def clean_field(value: Any) -> Any:
    """A field's raw value with clean_text applied to its text: a string, or the strings
    directly inside a list or a dict (list[str], dict[str, str]).

    One level only: a nested dict or list of dicts is another model's data, and that model
    cleans its own fields. Returns `value` itself when nothing needed cleaning.
    """
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        if all(v.__class__ is not str or v.isprintable() for v in value):
            return value  # the common case: plain text, or other models' data (dicts)
        items = [clean_text(v) if isinstance(v, str) else v for v in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    if isinstance(value, dict):
        if not any(isinstance(k, str) and _BAD.search(k) for k in value) and not any(
            isinstance(v, str) and _BAD.search(v) for v in value.values()
        ):
            return value
        return {
            (clean_text(k) if isinstance(k, str) else k): (
                clean_text(v) if isinstance(v, str) else v
            )
            for k, v in value.items()
        }
    return value
