"""The one cleaning every text gets on its way into a plan, so every exporter can trust it.

- a lone surrogate (half of a UTF-16 pair, or a byte that was not UTF-8 in a command-line
  argument) becomes U+FFFD, the replacement character: something was there, it is not lost
  silently, and UTF-8, JSON, SQLite and pydantic can all carry it;
- non-characters (U+FFFE, U+FFFF, U+FDD0..U+FDEF and the last two code points of every plane)
  are removed: XML forbids them, and one of them made the .xlsx training plan unopenable;
- control characters are removed (C0 except tab and newline, DEL, C1): a terminal escape
  sequence pasted into a goal must not reach a document or a screen; a carriage return
  becomes a newline.

PopModel runs `clean_data` on everything it validates (model/common.py), so this is the
boundary: text typed in the app, imported from JSON or read back from an old database.
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
    if _BAD.search(text) is None:
        return text  # the common case: one scan, no copy
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("\ufffd", text)
    return _REMOVE.sub("", text)


def clean_data(value: Any) -> Any:
    """`value` with clean_text applied to every string in it (dict keys and values, lists)."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_data(k): clean_data(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(clean_data(v) for v in value)
    return value
