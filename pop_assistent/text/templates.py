"""The one jinja2 factory: every environment escapes every value by default.

`environment(folder, "md")` puts every `{{ value }}` through `escape.markdown` (text we wrote
ourselves passes as `Markup`); `environment(folder, "html")` autoescapes. Both refuse unknown
variables (StrictUndefined) and share the filters below, which read the template's `lang`
(a language or a locale) unless one is given: `{{ day | datum }}`, `{{ 1.5 | hours }}`,
`{{ cost | money }}`, `{{ text | short(80) }}`.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

from pop_assistent.i18n import SOURCE_LANGUAGE, Language
from pop_assistent.text import formats
from pop_assistent.text.escape import markdown

if TYPE_CHECKING:
    from jinja2 import Environment
    from jinja2.runtime import Context

QUOTE_LIMIT = 300
"""Longest piece of user text quoted back in a message (the full text is stored)."""

Format = Literal["md", "html"]


def short(value: object, limit: int = QUOTE_LIMIT) -> str:
    """A long answer cut for quoting back, with an ellipsis."""
    text = "" if value is None else str(value)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _lang(context: Context, lang: Language | None) -> Language:
    return lang or Language(str(context.get("lang", SOURCE_LANGUAGE)))


@lru_cache(maxsize=8)
def environment(folder: str, fmt: Format = "md") -> Environment:
    """The environment of one template folder and output format (made once)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context

    if fmt == "html":
        env = Environment(
            loader=FileSystemLoader(folder),
            autoescape=True,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    else:
        env = Environment(
            loader=FileSystemLoader(folder),
            autoescape=False,
            finalize=markdown,
            undefined=StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )

    @pass_context
    def datum(context: Context, value: Any, lang: Language | None = None) -> str:
        if not isinstance(value, date):
            return "" if value is None else str(value)
        return formats.long_date(value, _lang(context, lang))

    @pass_context
    def short_date(context: Context, value: Any, lang: Language | None = None) -> str:
        if not isinstance(value, date):
            return "" if value is None else str(value)
        return formats.short_date(value, _lang(context, lang))

    @pass_context
    def hours(context: Context, value: Any, lang: Language | None = None) -> str:
        return formats.hours(value, _lang(context, lang))

    @pass_context
    def hours_unit(context: Context, value: Any, lang: Language | None = None) -> str:
        return formats.hours_unit(value, _lang(context, lang))

    @pass_context
    def money(context: Context, value: Any, lang: Language | None = None) -> str:
        return formats.money(value, _lang(context, lang))

    @pass_context
    def number(context: Context, value: Any, lang: Language | None = None) -> str:
        return formats.number(value, _lang(context, lang))

    @pass_context
    def cost(context: Context, value: Any, lang: Language | None = None) -> str:
        return formats.cost(value, _lang(context, lang))

    @pass_context
    def listing(context: Context, value: Any, lang: Language | None = None) -> str:
        return formats.listing([str(v) for v in value], _lang(context, lang))

    env.filters.update(
        listing=listing,
        cost=cost,
        datum=datum,
        short_date=short_date,
        hours=hours,
        hours_unit=hours_unit,
        money=money,
        number=number,
        short=short,
        md=markdown,
    )
    return env
