"""The `pop` command: parse arguments, load settings once, run a subcommand or open the app.

A mistake a user can make ends as one clear line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from pop_assistent import __version__
from pop_assistent.commands import COMMAND_MODULES

ARGPARSE_NL: dict[str, str] = {
    "the following arguments are required": "deze argumenten ontbreken",
    "unrecognized arguments": "onbekende argumenten",
    "invalid choice": "ongeldige keuze",
    "expected one argument": "verwacht één waarde",
    "argument": "argument",
    "invalid float value": "geen geldig getal",
    "invalid int value": "geen geldig geheel getal",
    "choose from": "kies uit",
}


class DutchArgumentParser(argparse.ArgumentParser):
    """argparse with Dutch section titles and one-line Dutch errors (exit code 2)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "gebruik:", 1)

    def format_help(self) -> str:
        return super().format_help().replace("usage:", "gebruik:", 1)

    def error(self, message: str) -> NoReturn:
        for en, nl in ARGPARSE_NL.items():
            message = message.replace(en, nl)
        self.exit(2, f"{self.prog}: {message}. Typ '{self.prog} --help' voor hulp.\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every command group registered."""
    parser = DutchArgumentParser(
        prog="pop",
        description=(
            "POP-assistent: schrijf, volg en stuur je persoonlijk ontwikkelingsplan bij. "
            "Zonder opdracht opent de assistent."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pop-assistent {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument("--taal", choices=["nl", "en"], help="taal van de assistent (nl of en)")
    parser.add_argument("--plan", metavar="NAAM", help="open dit plan in de assistent")
    parser.add_argument("--coach", action="store_true", help="open de assistent in coachmodus")
    sub = parser.add_subparsers(
        dest="command", metavar="OPDRACHT", title="opdrachten", parser_class=DutchArgumentParser
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"pop_assistent.commands.{name}")
        module.register(sub)
    return parser


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
    finally:
        if ctx is not None:
            ctx.close()


if __name__ == "__main__":
    raise SystemExit(main())
