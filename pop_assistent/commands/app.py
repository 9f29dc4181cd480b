"""Open the Textual app (the default when `pop` gets no subcommand)."""

from __future__ import annotations

import argparse

from pop_assistent.commands.context import Context


def run_app(args: argparse.Namespace, ctx: Context) -> int:
    """Start the conversation; replaced by the real app once `tui/` exists."""
    ctx.err.write(
        ctx.tr(
            "De interactieve assistent is nog in aanbouw. "
        "Probeer intussen 'pop demo' en 'pop plannen'.\n",
            "The interactive assistant is still being built. "
        "Meanwhile, try 'pop demo' and 'pop plannen'.\n",
        )
    )
    return 2
