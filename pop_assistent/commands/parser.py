"""The full `pop` parser in the user's language (gettext), with every command group registered.

Built only when `pop` gets a subcommand or an option the app's fast path does not know
(`cli.app_options`), so opening the app never pays for argparse and the command modules.
"""

from __future__ import annotations

import argparse
import gettext
import importlib
import re
from typing import NoReturn

from pop_assistent import __version__
from pop_assistent.commands import COMMAND_MODULES
from pop_assistent.i18n import (
    SOURCE_LANGUAGE,
    Language,
    _,
    available_languages,
    translations,
    use_language,
)


def use_argparse_language(lang: Language) -> None:
    """argparse's own sentences ("usage:", "options", its errors) in `lang`, from its gettext
    domain (Dutch for a language without its own): argparse looks up `_` and `ngettext` in its
    module at every call."""
    catalogue = translations(lang, "argparse")
    if type(catalogue) is gettext.NullTranslations and lang != "en":
        catalogue = translations(SOURCE_LANGUAGE, "argparse")  # argparse's source is English
    argparse._ = catalogue.gettext  # type: ignore[attr-defined]
    argparse.ngettext = catalogue.ngettext  # type: ignore[attr-defined]


class PopArgumentParser(argparse.ArgumentParser):
    """argparse in the user's language, with one-line errors (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        # argparse quotes a value with repr(): a byte that was not UTF-8 would read '\udcff'
        message = re.sub(r"\\udc[89a-f][0-9a-f]", "\ufffd", message)
        text = _("{prog}: {message}. Typ '{prog} --help' voor hulp.")
        self.exit(2, text.format(prog=self.prog, message=message) + "\n")


def build_parser(lang: Language = SOURCE_LANGUAGE) -> argparse.ArgumentParser:
    """The full parser in `lang`, with every command group registered."""
    use_language(lang)
    use_argparse_language(lang)
    parser = PopArgumentParser(
        prog="pop",
        description=_(
            "POP-assistent: schrijf, volg en stuur je persoonlijk ontwikkelingsplan bij. "
            "Zonder opdracht opent de assistent."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"pop-assistent {__version__}",
        help=_("toon het versienummer en stop"),
    )
    languages = available_languages()
    parser.add_argument(
        "--taal",
        choices=languages,
        help=_("taal van de assistent ({languages})").format(languages=", ".join(languages)),
    )
    parser.add_argument("--plan", metavar=_("NAAM"), help=_("open dit plan in de assistent"))
    parser.add_argument(
        "--nieuw",
        "--new",
        action="store_true",
        help=_("begin een nieuw plan, ook als er al plannen zijn"),
    )
    parser.add_argument("--coach", action="store_true", help=_("open de assistent in coachmodus"))
    sub = parser.add_subparsers(
        dest="command",
        metavar=_("OPDRACHT"),
        title=_("opdrachten"),
        parser_class=PopArgumentParser,
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"pop_assistent.commands.{name}")
        module.register(sub)
    return parser
