"""POP-assistent: a terminal assistant for personal development plans (POP)."""

from __future__ import annotations

__version__ = "0.1.0"
