"""The assistant's first words for a new plan, on the first screen, before the engine is open.

Opening the session (validated settings, pydantic's plan model, the store, the engine and its
templates) takes 0.3-0.7 s after the first frame; a new plan's greeting does not depend on any
of it, only on the language, coach mode and the two templates it is rendered from. So the
greeting the engine says is kept in `first_words.json` (written by this module, next to it),
with a fingerprint of the two template branches it comes from (the 'hello' note, the name
question: other notes and questions in those files change without touching it), and shown at
once; when the engine is ready its own greeting replaces it if it differs. A test keeps the
file equal to what the engine says; after a change to the greeting run
`python -m pop_assistent.tui.first_words`.

Only for a start that is sure to be a new plan (`pop --nieuw`, or `pop` with an empty embedded
store); nothing here imports pydantic, jinja2, sqlite3 (unless the store file exists) or the
dialogue.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pop_assistent.storage import DB_FILENAME  # a light module: the stores load on first use

FILE = Path(__file__).with_name("first_words.json")
TEMPLATES = (("common_notes", "note", "hello"), ("occasion", "q", "name"))
"""The prompts a new plan's greeting is rendered from, and the branch of each it takes
(`{% if note == "hello" %}`, `{% if q == "name" %}`)."""


def branch(source: str, variable: str, value: str) -> str:
    """The template source of one `{% if|elif variable == "value" %}` branch, up to the next
    branch on the same variable; the whole source when the template has no such branch (a
    template written otherwise: any change to it counts)."""
    opening = rf'{{%-?\s*(?:el)?if\s+{variable}\s*==\s*"{re.escape(value)}"\s*-?%}}'
    start = re.search(opening, source)
    if start is None:
        return source
    end = re.compile(rf"{{%-?\s*elif\s+{variable}\s*==").search(source, start.end())
    return source[start.start() : end.start() if end else len(source)]


def fingerprint(lang: str) -> str:
    """A hash of the greeting's template branches in `lang` (a missing file hashes as empty)."""
    from pop_assistent.paths import resource_dir

    digest = hashlib.sha256()
    for name, variable, value in TEMPLATES:
        path = resource_dir("prompts") / lang / f"{name}.md.j2"
        try:
            digest.update(branch(path.read_text(encoding="utf-8"), variable, value).encode())
        except (OSError, UnicodeDecodeError):
            pass
        digest.update(b"\0")
    return digest.hexdigest()


def greeting(lang: str, coach_mode: bool) -> str | None:
    """The new plan's greeting, if the file has it for templates as they are now."""
    try:
        kept = json.loads(FILE.read_text(encoding="utf-8"))
        entry = kept[lang]
        if entry["templates"] != fingerprint(lang):
            return None
        text = entry["coach" if coach_mode else "plain"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return text if isinstance(text, str) else None


Look = list[list[tuple[str, str | None]]]
"""A greeting as Rich's Markdown renders it, unwrapped: one list of (text, style) per line."""


def look(markdown: str, lang: str, coach_mode: bool) -> Look | None:
    """How `markdown` (the kept greeting) looks, as `write` rendered it, so the first frame
    shows it without importing Rich's Markdown (about 30 ms of a cold start); None when the
    file has no look for exactly this text (then the bubble renders the Markdown itself)."""
    try:
        kept = json.loads(FILE.read_text(encoding="utf-8"))[lang]["look"]
        entry = kept["coach" if coach_mode else "plain"]
        if entry["of"] != hashlib.sha256(markdown.encode()).hexdigest():
            return None
        return [[(str(text), style or None) for text, style in line] for line in entry["lines"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def render_look(markdown: str) -> Look:
    """Rich's Markdown rendering of `markdown` with each paragraph on one line (the bubble
    wraps it to its width as it would the Markdown)."""
    from rich.console import Console
    from rich.markdown import Markdown

    console = Console(width=100_000, color_system=None, legacy_windows=False)
    lines = console.render_lines(Markdown(markdown, hyperlinks=False), pad=False)
    out: Look = []
    for line in lines:
        spans = [(seg.text, str(seg.style) if seg.style else None) for seg in line]
        while spans and not spans[-1][0].strip() and spans[-1][1] in (None, "none"):
            spans.pop()  # the padding to the full width
        out.append([(text, None if style == "none" else style) for text, style in spans])
    return out


def surely_new(values: Mapping[str, Any], env: Mapping[str, str] | None = None) -> bool:
    """True when `pop` without a plan name will start a new plan: no shared database and no
    plan in the embedded store (`values`: the unvalidated settings). False when unsure."""
    env = os.environ if env is None else env
    if values.get("database_url"):
        return False
    folder = values.get("data_dir") or env.get("POP_DATA_DIR")
    if not isinstance(folder, (str, os.PathLike)):
        if folder is not None:
            return False
        from platformdirs import user_data_path

        from pop_assistent.paths import APP_NAME

        folder = user_data_path(APP_NAME, appauthor=False)
    path = Path(folder).expanduser() / DB_FILENAME
    try:
        if not path.exists():
            return True
    except OSError:
        return False
    return _no_plans(path)


def _no_plans(path: Path) -> bool:
    """The store file holds no plan (read-only, without waiting; False when unsure)."""
    import sqlite3
    import urllib.parse

    uri = "file:" + urllib.parse.quote(os.fsencode(path)) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=0)
        try:
            row = conn.execute("SELECT count(*) FROM plans").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    return bool(row) and row[0] == 0


def write() -> dict[str, Any]:
    """Ask the engine for a new plan's greeting in each language, with and without coach mode,
    and keep them in FILE with the templates' fingerprint."""
    import tempfile
    from datetime import date

    from pop_assistent.dialogue import open_session
    from pop_assistent.i18n import language
    from pop_assistent.storage.sqlite import SQLiteStore

    kept: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp, SQLiteStore(Path(tmp) / DB_FILENAME) as store:
        for code in ("nl", "en"):
            lang = language(code)
            entry: dict[str, Any] = {"templates": fingerprint(lang)}
            for key, coach in (("plain", False), ("coach", True)):
                engine = open_session(store, None, today=date.today(), lang=lang, coach_mode=coach)
                entry[key] = engine.start().message
            entry["look"] = {
                key: {
                    "of": hashlib.sha256(entry[key].encode()).hexdigest(),
                    "lines": render_look(entry[key]),
                }
                for key in ("plain", "coach")
            }
            kept[lang] = entry
    FILE.write_text(json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return kept


if __name__ == "__main__":
    write()
    print(f"{FILE} written")
