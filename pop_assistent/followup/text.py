"""Small text helpers of the follow-up: quoting user text and rendering the check-in prompts.

User text is only ever passed to a template as a variable (never rendered as one); the prompts'
environment escapes every value for Markdown, so `[bold]`, `{{ x }}` and `<b>` stay literal.
Dates and numbers are written by `text.formats`, like everywhere else.
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.i18n import Language
from pop_assistent.text.escape import markdown, plain
from pop_assistent.text.fold import one_line
from pop_assistent.text.formats import long_date, number, percent
from pop_assistent.text.formats import period as period_text

__all__ = [
    "MAX_FIELD",
    "clean",
    "clip",
    "clip_lines",
    "long_date",
    "number",
    "percent",
    "period_text",
    "plain",
    "quote",
    "render",
]

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")

MAX_FIELD = 5000
"""The longest free text the model keeps in one follow-up field."""


def clean(text: str) -> str:
    """User text with control characters removed and line breaks folded into spaces."""
    return one_line(text.replace("\r\n", "\n").replace("\r", "\n"))


def clip(text: str, limit: int = MAX_FIELD) -> tuple[str, bool]:
    """Cleaned text cut to `limit` characters; the flag says whether it was cut."""
    text = clean(text)
    if len(text) <= limit:
        return text, False
    return text[: limit - 1].rstrip() + "…", True


def quote(text: str, limit: int = 160) -> str:
    """User text as it may appear inside a Markdown message: short, one line, escaped."""
    return markdown(clip(text, limit)[0])


def render(template_name: str, lang: Language, **values: Any) -> str:
    """Render prompts/<lang>/checkin_<name>.md.j2 with the given variables."""
    from pop_assistent.conversation.prompts import environment, prompts_dir, template_path

    path = template_path(lang, f"checkin_{template_name}.md.j2")
    template = environment(prompts_dir()).get_template(path)
    return template.render(lang=lang, **values).strip()


def clip_lines(text: str, limit: int = MAX_FIELD) -> str:
    """Multi-line text (kept line breaks) cut to `limit` characters."""
    text = _CONTROL.sub(" ", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
