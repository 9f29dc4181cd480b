"""Open the Textual app (the default when `pop` gets no subcommand).

Textual is imported here only, inside the function, so other commands stay fast.
"""

from __future__ import annotations

import argparse

from pop_assistent.commands.context import Context


def run_app(args: argparse.Namespace, ctx: Context) -> int:
    """Start the conversation: `pop`, `pop --plan NAAM`, `pop --coach`, `pop --taal en`."""
    from pop_assistent.tui.app import make_app

    app = make_app(
        ctx.settings,
        plan_ref=getattr(args, "plan", None),
        coach_mode=bool(getattr(args, "coach", False)) or ctx.settings.coach_mode,
    )
    app.run()
    return int(app.return_code or 0)
