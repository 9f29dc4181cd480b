"""A fast first pass over a resources file, for the common case of a clean file.

PyYAML builds every node in Python (about 0.1 ms per resource even with libyaml, plus the
garbage collector walking the growing heap); the Rust parser yaml-rs reads the same 20 MB in
under half a second. It follows YAML 1.2 where PyYAML follows YAML 1.1, so a file is only read
this way when nothing in it could mean something different to the two (`yes`, `no`, `on`,
`off`, octal or sexagesimal numbers, quoted numbers or dates, anchors, tags, several
documents, ...). Everything else - and every file that turns out to have a problem - goes
through PyYAML with line numbers, exactly as before.
"""

from __future__ import annotations

import re
from typing import Any

_VALUE_END = r"[ \t]*(?:$|[,\]}#])"
_SAFE_NUMBER = r"(?:-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|[0-9]{4}-[0-9]{2}-[0-9]{2})"
# after a value's start: a YAML 1.1 boolean that YAML 1.2 reads as text, or anything that
# starts like a number but is not a plain integer, decimal or date (010, 1:30, 1e3, .5 ...)
_VALUE_TAIL = (
    r"[ \t]*(?:(?i:y|yes|n|no|on|off)"
    + _VALUE_END
    + r"|(?!"
    + _SAFE_NUMBER
    + _VALUE_END
    + r")[-+.]?[0-9])"
)
# each pattern starts with a literal, so the regex engine skips through the text quickly
AMBIGUOUS: tuple[re.Pattern[str], ...] = (
    *(re.compile(re.escape(start) + _VALUE_TAIL, re.M) for start in (": ", "- ", ", ", "[", "{")),
    # quoted numbers, dates and special words
    *(
        re.compile(q + r"(?:[-+.~]?[0-9~]|(?i:y|yes|n|no|on|off|true|false|null)" + q + ")")
        for q in ("'", '"')
    ),
)
# anchors, aliases, tags, merge keys, tabs, directives, document markers, complex keys
NODE_PROPERTY = re.compile(r"[&*!](?<![^\s\[{,][&*!])\S")
DOCUMENT = re.compile(r"\n(?:%|---|\.\.\.|[ \t]*\?[ \t\n])")


def ambiguous(text: str) -> bool:
    """True when YAML 1.1 (PyYAML) and YAML 1.2 (yaml-rs) might read `text` differently."""
    if "<<" in text or "\t" in text or text.lstrip(" ").startswith(("%", "---", "...", "?")):
        return True
    if ("&" in text or "*" in text or "!" in text) and NODE_PROPERTY.search(text):
        return True
    return bool(DOCUMENT.search(text)) or any(pattern.search(text) for pattern in AMBIGUOUS)


def fast_entries(text: str, key: str) -> list[dict[str, Any]] | None:
    """The entries of a file read by yaml-rs, or None when PyYAML must read it.

    None also when yaml-rs is not installed, the file is not a plain list of mappings (or a
    mapping with that list under `key`), or yaml-rs refuses it.
    """
    try:
        import yaml_rs
    except ImportError:  # pragma: no cover - an optional speed-up
        return None
    if ambiguous(text):
        return None
    try:
        data = yaml_rs.loads(text)
    except Exception:  # noqa: BLE001 - any refusal: let PyYAML explain it with a line number
        return None
    if data is None:
        return []
    if isinstance(data, dict) and isinstance(data.get(key), list):
        data = data[key]
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        return None
    return data
