"""The jinja2 environments of the document templates (the text layer's factory: Markdown
escapes every value, HTML autoescapes)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.text.templates import environment

if TYPE_CHECKING:
    from jinja2 import Environment

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def markdown_env() -> Environment:
    """Markdown: every expression goes through the Markdown escaper, templates stay as written."""
    return environment(str(TEMPLATE_DIR), "md")


def html_env() -> Environment:
    """HTML: autoescape on, so user text can never become markup."""
    return environment(str(TEMPLATE_DIR), "html")
