"""The plan as PDF, typeset by Typst (the `typst` package: no system packages needed).

The template is fixed source; the user's plan reaches it only as JSON in `sys.inputs`, so no
text a user typed can ever become Typst markup. Fonts are the ones embedded in the typst
package (Libertinus Serif, New Computer Modern, DejaVu Sans Mono); system fonts are ignored
so the document looks the same on every machine, except for text those fonts lack (Chinese,
Japanese, Korean, emoji: see pdf_fonts.py). Hyphenation follows the document language.
"""

from __future__ import annotations

import json
import threading
from datetime import date, datetime, time, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from pop_assistent.errors import PopError

TEMPLATE = Path(__file__).resolve().parent / "templates" / "plan.typ"
_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _compiler(font_folders: tuple[str, ...] = ()) -> Any:
    import typst

    return typst.Compiler(ignore_system_fonts=True, font_paths=list(font_folders))


@lru_cache(maxsize=1)
def _source() -> bytes:
    return TEMPLATE.read_bytes()


def render_pdf(view: dict[str, Any], *, today: date, fmt: str = "pdf", ppi: float = 144) -> bytes:
    """Typeset the view model; `fmt="png"` gives the first page as an image (for previews)."""
    return typeset(_source(), view, today=today, fmt=fmt, ppi=ppi)


def typeset(
    source: bytes, view: dict[str, Any], *, today: date, fmt: str = "pdf", ppi: float = 144
) -> bytes:
    """Typeset a fixed Typst template that reads `view` as JSON from `sys.inputs`.

    The one home of Typst compilation (plan and training plan): fallback fonts for scripts
    the embedded fonts lack, a fixed timestamp so the same input gives the same bytes, and a
    sentence instead of a traceback when the template itself fails.
    """
    import typst

    from pop_assistent.export.pdf_fonts import font_folders, scripts_in

    data = json.dumps(view, ensure_ascii=False)
    folders = font_folders(scripts_in(data))
    stamp = datetime.combine(today, time(12, 0), tzinfo=timezone.utc)  # noqa: UP017
    try:
        with _LOCK:  # one compiler, reused warm; typst's compiler is not shared across threads
            result = _compiler(folders).compile(
                input=source,
                format=fmt,
                ppi=ppi if fmt == "png" else None,
                sys_inputs={"data": data},
                timestamp=stamp,
            )
    except typst.TypstError as exc:  # a bug in our template, never in the user's text
        raise PopError(
            f"De PDF kon niet gemaakt worden: {exc.message}",
            f"The PDF could not be made: {exc.message}",
        ) from exc
    if isinstance(result, list):
        return bytes(result[0])
    if result is None:
        raise PopError("De PDF kon niet gemaakt worden.", "The PDF could not be made.")
    return bytes(result)
