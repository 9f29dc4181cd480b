"""The assistant's words: jinja2 templates in prompts/<lang>/, rendered with StrictUndefined.

User text is only ever passed in as a variable, never as template source, and every value that
reaches the output is escaped for Markdown (see `md_escape`) unless it is marked as `Md`. So
`[bold]`, `{{ x }}`, `<b>` and control characters typed by the employee show literally.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Environment

QUOTE_LIMIT = 300
"""Longest piece of user text quoted back in a message (the full text is stored)."""

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-*+])\s")


class Md(str):
    """A string that is already Markdown written by us (not by the user): not escaped."""


def md_escape(value: object) -> str:
    """Show any value literally inside Markdown: escape markup, make control characters visible."""
    if value is None:
        return ""
    if isinstance(value, Md):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value)
    text = _CONTROL.sub(
        lambda m: chr(0x2400 + ord(m.group()) % 0x80 if ord(m.group()) < 0x20 else 0x2421), text
    )
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return text.replace("\n", " ")


def short(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A long answer cut for quoting back, with an ellipsis."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def hours(value: object) -> str:
    """2.0 -> '2', 1.5 -> '1,5' (Dutch decimal comma is fine in English text too)."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return str(value)
    if number.is_integer():
        return str(int(number))
    return f"{number:.1f}".replace(".", ",")


def nl_date(value: object, lang: str = "nl") -> str:
    """A date as people write it: '14 september 2027'."""
    from datetime import date

    if not isinstance(value, date):
        return "" if value is None else str(value)
    months_nl = (
        "januari februari maart april mei juni juli augustus september oktober november december"
    ).split()
    months_en = (
        "January February March April May June July August September October November December"
    ).split()
    months = months_en if lang == "en" else months_nl
    return f"{value.day} {months[value.month - 1]} {value.year}"


@lru_cache(maxsize=4)
def environment(directory: str) -> Environment:
    """One jinja2 environment per prompts folder, loaded on first use."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(directory),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        finalize=md_escape,
    )
    env.filters["short"] = short
    env.filters["hours"] = hours
    env.filters["datum"] = nl_date
    env.filters["md"] = md_escape
    return env


def prompts_dir() -> str:
    """The shipped prompts folder (repository root or inside the installed package)."""
    from pop_assistent.paths import resource_dir

    return str(resource_dir("prompts"))


def render(lang: str, template_name: str, /, **context: Any) -> str:
    """Render prompts/<lang>/<template_name>.md.j2 and tidy blank lines."""
    env = environment(prompts_dir())
    template = env.get_template(f"{'en' if lang == 'en' else 'nl'}/{template_name}.md.j2")
    text = template.render(lang=lang, **context)
    text = re.sub(r"\n{3,}", "\n\n", separate_lists(text))
    return text.strip()


def separate_lists(text: str) -> str:
    """A blank line between a list item and a plain line right under it.

    Markdown reads such a line as the rest of the item ("... 40 u Typ de nummers ..."); a
    blank line makes it the paragraph it is meant to be. Indented lines and further items
    stay as they are.
    """
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            _LIST_ITEM.match(line)
            and following.strip()
            and not following.startswith((" ", "\t"))
            and not _LIST_ITEM.match(following)
        ):
            out.append("")
    return "\n".join(out)


def template_names(lang: str) -> list[str]:
    """Every template of one language (used by the prompt tests)."""
    from pathlib import Path

    folder = Path(prompts_dir()) / lang
    return sorted(p.name.removesuffix(".md.j2") for p in folder.glob("*.md.j2"))
