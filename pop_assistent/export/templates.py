"""The jinja2 environments of the document templates (one per output format)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from pop_assistent.export.escape import md_escape

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def markdown_env() -> Environment:
    """Markdown: every expression goes through `md_escape` (finalize), templates stay as written."""
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=False,
        finalize=md_escape,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@lru_cache(maxsize=1)
def html_env() -> Environment:
    """HTML: autoescape on, so user text can never become markup."""
    return Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
