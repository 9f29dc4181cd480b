"""The `pop` command: parse arguments, load settings once, run a subcommand or open the app.

A mistake a user can make ends as one clear line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pop_assistent import __version__

if TYPE_CHECKING:
    import argparse


def app_options(args: Sequence[str]) -> dict[str, Any] | None:
    """`--taal`, `--plan` and `--coach` of `pop` without a subcommand; None lets argparse decide.

    The app's fast path: no parser tree (every command module) before the first frame. Anything
    else (a subcommand, --help, a mistake, an abbreviation) goes through the full parser.
    """
    options: dict[str, Any] = {"taal": None, "plan": None, "coach": False}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--coach":
            options["coach"] = True
            continue
        name, equals, value = arg.partition("=")
        if name not in ("--taal", "--plan"):
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-") or (name == "--taal" and value not in ("nl", "en")):
            return None
        options[name[2:]] = value
    return options


def run_app_fast(options: dict[str, Any]) -> int:
    """`pop`: open the app with settings validated after the first frame (DeferredSettings)."""
    from pop_assistent.commands.app import open_app
    from pop_assistent.config_reader import DeferredSettings
    from pop_assistent.errors import PopError

    overrides: dict[str, Any] = {}
    if options["taal"]:
        overrides["language"] = options["taal"]
    if options["coach"]:
        overrides["coach_mode"] = True
    settings = DeferredSettings(overrides)
    lang = settings.language
    try:
        return open_app(settings, plan_ref=options["plan"], coach_mode=options["coach"])
    except PopError as error:
        print(f"pop: {error.message(lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pop: onderbroken." if lang == "nl" else "pop: interrupted.", file=sys.stderr)
        return 130


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every command group registered (imports every command module)."""
    from pop_assistent.commands.parser import build_parser as build

    return build()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `pop` console script."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:
        print(f"pop-assistent {__version__}")
        return 0
    options = app_options(args_list)
    if options is not None:
        return run_app_fast(options)
    parser = build_parser()
    args = parser.parse_args(args_list)

    from pop_assistent.commands.context import Context
    from pop_assistent.config import load_settings
    from pop_assistent.errors import PopError

    lang = "nl"
    ctx: Context | None = None
    try:
        settings = load_settings()
        if args.taal:
            settings = settings.model_copy(update={"language": args.taal})
        if args.coach:
            settings = settings.model_copy(update={"coach_mode": True})
        lang = settings.language
        ctx = Context(settings=settings)
        func = getattr(args, "func", None)
        if func is None:
            from pop_assistent.commands.app import run_app

            return run_app(args, ctx)
        result: int = func(args, ctx)
        return result
    except PopError as error:
        print(f"pop: {error.message(lang)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("pop: onderbroken." if lang == "nl" else "pop: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _closed_pipe()
    finally:
        if ctx is not None:
            ctx.close()


def _closed_pipe() -> int:
    """The reader of our output went away (`pop ... | head`): stop quietly, as Unix tools do."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141


if __name__ == "__main__":
    raise SystemExit(main())
