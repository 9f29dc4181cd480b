"""The assistant's words: jinja2 templates in prompts/<lang>/, rendered with StrictUndefined.

User text is only ever passed in as a variable, never as template source, and every value that
reaches the output is escaped for Markdown (`text.escape.markdown`) unless it is marked as
`Markup` (our own text). So `[bold]`, `{{ x }}`, `<b>` and control characters typed by the
employee show literally. The walk-through and the check-in render through the same environment.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from pop_assistent.i18n import SOURCE_LANGUAGE, Language

if TYPE_CHECKING:
    from jinja2 import Environment

_LIST_ITEM = re.compile(r"^(?:\d{1,3}[.)]|[-*+])\s")


def environment(directory: str) -> Environment:
    """The prompts' jinja2 environment (the text layer's factory: every value escaped)."""
    from pop_assistent.text.templates import environment as make

    return make(directory, "md")


@cache
def prompts_dir() -> str:
    """The shipped prompts folder (repository root or inside the installed package); looked up
    once (resolving the path at every rendered sentence cost about 0.4 ms a turn)."""
    from pop_assistent.paths import resource_dir

    return str(resource_dir("prompts"))


def template_path(lang: Language, file_name: str) -> str:
    """`<lang>/<file_name>` if that language has the template, else the Dutch one (a language
    whose translator has not written the assistant's words yet still gets a conversation)."""
    from pathlib import Path

    if lang != SOURCE_LANGUAGE and (Path(prompts_dir()) / lang / file_name).is_file():
        return f"{lang}/{file_name}"
    return f"{SOURCE_LANGUAGE}/{file_name}"


def render(lang: Language, template_name: str, /, **context: Any) -> str:
    """Render prompts/<lang>/<template_name>.md.j2 and tidy blank lines."""
    env = environment(prompts_dir())
    template = env.get_template(template_path(lang, f"{template_name}.md.j2"))
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


def template_names(lang: Language) -> list[str]:
    """Every template of one language (used by the prompt tests)."""
    from pathlib import Path

    folder = Path(prompts_dir()) / lang
    return sorted(p.name.removesuffix(".md.j2") for p in folder.glob("*.md.j2"))
