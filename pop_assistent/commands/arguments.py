"""Arguments several subcommands share: the plan, the output path and whole numbers."""

from __future__ import annotations

import argparse

from pop_assistent.i18n import N_, _

PLAN_HELP = N_("id of naam van de medewerker; de eerste letters volstaan")
PLAN_OR_FILE_HELP = N_(
    "id of naam van de medewerker (de eerste letters volstaan), of een plan als JSON-bestand"
)


def add_plan(parser: argparse.ArgumentParser, *, file_too: bool = False) -> None:
    """The positional PLAN: an id or the first letters of a name (or a JSON file)."""
    parser.add_argument(
        "plan", metavar=_("PLAN"), help=_(PLAN_OR_FILE_HELP if file_too else PLAN_HELP)
    )


def add_output(parser: argparse.ArgumentParser) -> None:
    """`-o/--uitvoer PAD`: a file or folder to write to, '-' for standard output."""
    parser.add_argument(
        "-o",
        "--uitvoer",
        metavar=_("PAD"),
        help=_("bestand of map om naar te schrijven; '-' schrijft naar de standaarduitvoer"),
    )


def whole_number(text: str) -> int:
    """A whole number such as a version, a goal's number or a year."""
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen geldig geheel getal").format(text=text)
        ) from None
