"""The full `pop` parser: Dutch argparse, with every command group registered.

Built only when `pop` gets a subcommand or an option the app's fast path does not know
(`cli.app_options`), so opening the app never pays for argparse and the command modules.
"""

from __future__ import annotations

import argparse
import importlib
import re
from typing import NoReturn

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
        # argparse quotes a value with repr(): a byte that was not UTF-8 would read '\udcff'
        message = re.sub(r"\\udc[89a-f][0-9a-f]", "\ufffd", message)
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
