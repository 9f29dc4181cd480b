"""Open the Textual app (the default when `pop` gets no subcommand).

Textual is imported here only, inside the functions, so other commands stay fast. `pop` without
a subcommand comes through `open_app` with `DeferredSettings`, so that neither pydantic nor the
command modules load before the first frame.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from pop_assistent.i18n import N_, Language, say

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context
    from pop_assistent.config import Settings
    from pop_assistent.deferred_settings import DeferredSettings


def run_app(args: argparse.Namespace, ctx: Context) -> int:
    """Start the conversation from a subcommand (`pop coach MAP --open NAAM`)."""
    return open_app(
        ctx.settings,
        plan_ref=getattr(args, "plan", None),
        coach_mode=bool(getattr(args, "coach", False)),
        fresh=bool(getattr(args, "nieuw", False)),
    )


def open_app(
    settings: Settings | DeferredSettings,
    *,
    plan_ref: str | None,
    coach_mode: bool,
    fresh: bool = False,
) -> int:
    """Start the conversation: `pop`, `pop --plan NAAM`, `pop --nieuw`, `pop --coach`,
    `pop --taal en`."""
    import sys

    from pop_assistent.tui.app import make_app

    app = make_app(
        settings,
        plan_ref=plan_ref,
        coach_mode=coach_mode or settings.coach_mode,
        fresh=fresh,
    )
    app.run()
    if app.saved_plan:
        print(goodbye(app.saved_plan, settings.language))
    if app.waiting_saves:
        print(
            say(
                settings.language,
                N_(
                    "pop: {waiting_saves} wijziging(en) wachten op deze computer op de gedeelde "
                    "database; ze worden verstuurd bij je volgende 'pop'."
                ),
                waiting_saves=app.waiting_saves,
            ),
            file=sys.stderr,
        )
    if app.exit_note and app.return_code in (0, None):
        # a plan that could not be opened or answers that could not be saved: the terminal
        # keeps the sentence and where the answers are, and the exit code says it (2)
        print(f"pop: {app.exit_note}", file=sys.stderr)
        return 2
    return int(app.return_code or 0)


def goodbye(plan_id: str, lang: Language) -> str:
    """The line after quitting: the plan is safe, and how to go on with it."""
    return say(lang, N_("Je plan is bewaard. Verder gaan: pop --plan {plan_id}"), plan_id=plan_id)
