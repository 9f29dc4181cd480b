"""The text layer under everything: one fold, one answer parser, one escaper per format, one
jinja factory and one way to write dates and numbers per language; the words of a text
(words.py: tokens, stop words, a light stem) and what a word stands for (lexicon.py: lemma,
compound parts, how telling it is), shared by the catalogue's search and the advice.

Neutral and small: it imports nothing of the rest of the program (Babel, jinja2, rapidfuzz,
simplemma and wordfreq are imported where they are used), so every package may use it.
"""

from __future__ import annotations

from pop_assistent.text.fold import answer_key, fold, one_line, shorten, slug, squash

__all__ = ["answer_key", "fold", "one_line", "shorten", "slug", "squash"]
