"""The text layer under everything: one fold, one answer parser, one escaper per format, one
jinja factory and one way to write dates and numbers per language.

Neutral and small: it imports nothing of the rest of the program (Babel, jinja2 and rapidfuzz
are imported where they are used), so every package may use it.
"""

from __future__ import annotations

from pop_assistent.text.fold import answer_key, fold, one_line, shorten, slug, squash

__all__ = ["answer_key", "fold", "one_line", "shorten", "slug", "squash"]
