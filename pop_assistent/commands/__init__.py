"""Subcommands of `pop`, one module per group.

Each module exposes `register(sub, ctx_help)`: it adds its parsers and sets `func`, a callable
`(args, ctx) -> int`. Modules import heavy libraries inside their functions, so that building the
parser (and `pop --version`) stays fast.
"""

from __future__ import annotations

COMMAND_MODULES: tuple[str, ...] = (
    "plans",
    "language",
    "catalogue",
    "export",
    "followup",
    "org",
    "sharing",
    "admin",
)
