"""Small text helpers of the follow-up: dates, quoting user text, rendering the prompts.

User text is only ever passed to a template as a variable (never rendered as one), and is
escaped for Markdown where it is quoted back, so `[bold]`, `{{ x }}` and `<b>` stay literal.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
).split()
MONTHS_EN = (
    "January February March April May June July August September October November December"
).split()

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~{}])")
_MD_ESCAPED = re.compile(r"\\([\\`*_\[\]<>#|~{}])")
_BOLD = re.compile(r"(?<!\\)\*\*")

MAX_FIELD = 5000
"""The longest free text the model keeps in one follow-up field."""


def long_date(d: date | None, lang: str = "nl") -> str:
    """2 april 2027 / 2 April 2027; empty for no date."""
    if d is None:
        return ""
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{d.day} {months[d.month - 1]} {d.year}"


def period_text(start: date | None, end: date | None, lang: str = "nl") -> str:
    """'8 februari 2027 – 22 maart 2027', or one side only, or 'zonder datum'."""
    if start and end:
        return f"{long_date(start, lang)} – {long_date(end, lang)}"
    if start or end:
        return long_date(start or end, lang)
    return "without a date" if lang == "en" else "zonder datum"


def clean(text: str) -> str:
    """User text with control characters removed and line breaks folded into spaces."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n"))
    return " ".join(text.split())


def clip(text: str, limit: int = MAX_FIELD) -> tuple[str, bool]:
    """Cleaned text cut to `limit` characters; the flag says whether it was cut."""
    text = clean(text)
    if len(text) <= limit:
        return text, False
    return text[: limit - 1].rstrip() + "…", True


def quote(text: str, limit: int = 160) -> str:
    """User text as it may appear inside a Markdown message: short, one line, escaped."""
    short, _ = clip(text, limit)
    return _MD_SPECIAL.sub(r"\\\1", short)


def plain(markdown: str) -> str:
    """A message as plain terminal text: no bold markers, escapes undone."""
    return _MD_ESCAPED.sub(r"\1", _BOLD.sub("", markdown))


def percent(value: float) -> str:
    """60 %, with no decimals."""
    return f"{round(value)}%"


@cache
def _environment(lang: str) -> Environment:
    from pop_assistent.paths import resource_dir

    folder = resource_dir("prompts") / ("en" if lang == "en" else "nl")
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=False,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["d"] = lambda value: long_date(value, lang)
    env.filters["q"] = quote
    return env


def render(template_name: str, lang: str, **values: Any) -> str:
    """Render prompts/<lang>/checkin_<name>.md.j2 with the given variables."""
    template = _environment("en" if lang == "en" else "nl").get_template(
        f"checkin_{template_name}.md.j2"
    )
    return template.render(**values).strip()


def clip_lines(text: str, limit: int = MAX_FIELD) -> str:
    """Multi-line text (kept line breaks) cut to `limit` characters."""
    text = _CONTROL.sub(" ", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
