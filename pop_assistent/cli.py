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

    from pop_assistent.i18n import Language


def app_options(args: Sequence[str]) -> dict[str, Any] | None:
    """`--taal`, `--plan`, `--nieuw` and `--coach` of `pop` without a subcommand; None lets
    argparse decide.

    The app's fast path: no parser tree (every command module) before the first frame. Anything
    else (a subcommand, --help, a mistake, an abbreviation) goes through the full parser.
    """
    options: dict[str, Any] = {"taal": None, "plan": None, "coach": False, "nieuw": False}
    rest = list(args)
    while rest:
        arg = rest.pop(0)
        if arg in ("--coach", "--nieuw"):
            options[arg[2:]] = True
            continue
        name, equals, value = arg.partition("=")
        if name not in ("--taal", "--plan"):
            return None
        if not equals:
            if not rest:
                return None
            value = rest.pop(0)
        if not value or value.startswith("-") or (name == "--taal" and not _known(value)):
            return None
        options[name[2:]] = value
    return options


def _known(code: str) -> bool:
    """A language with a catalogue (a few file checks; the parser refuses any other)."""
    from pop_assistent.i18n import is_available

    return is_available(code)


def run_app_fast(options: dict[str, Any]) -> int:
    """`pop`: open the app with settings validated after the first frame (DeferredSettings)."""
    from pop_assistent.commands.app import open_app
    from pop_assistent.deferred_settings import DeferredSettings

    overrides: dict[str, Any] = {}
    if options["taal"]:
        overrides["language"] = options["taal"]
    if options["coach"]:
        overrides["coach_mode"] = True
    settings = DeferredSettings(overrides)
    lang = settings.language
    try:
        return open_app(
            settings,
            plan_ref=options["plan"],
            coach_mode=options["coach"],
            fresh=options["nieuw"],
        )
    except (KeyboardInterrupt, Exception) as error:
        return failed(error, lang)


def build_parser(lang: Language | None = None) -> argparse.ArgumentParser:
    """The full parser in `lang` (Dutch by default), with every command group registered
    (imports every command module, so only here: the app's fast path never builds it)."""
    from pop_assistent.commands.parser import build_parser as build
    from pop_assistent.i18n import SOURCE_LANGUAGE

    return build(lang or SOURCE_LANGUAGE)


def cli_language(args: Sequence[str]) -> Language:
    """The language of help and messages: `--taal`, else POP_TAAL, config.toml or LANG."""
    from pop_assistent.config_reader import read_config_values
    from pop_assistent.errors import PopError
    from pop_assistent.i18n import Language, is_available, language_from_env, language_or_source

    for index, arg in enumerate(args):
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if name == "--taal":
            value = value if equals else (args[index + 1] if index + 1 < len(args) else "")
            if is_available(value):
                return Language(value)
    try:
        language = read_config_values().get("language")
    except PopError:
        # the broken config is reported once the command runs
        return language_or_source(language_from_env())
    return language_or_source(language if isinstance(language, str) else None)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `pop` console script."""
    safe_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list == ["--version"]:
        print(f"pop-assistent {__version__}")
        return 0
    options = app_options(args_list)
    if options is not None:
        return run_app_fast(options)
    parser = build_parser(cli_language(args_list))
    args = parser.parse_args(args_list)

    from pop_assistent.commands.context import Context
    from pop_assistent.config import load_settings
    from pop_assistent.i18n import SOURCE_LANGUAGE

    lang = SOURCE_LANGUAGE
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
    except BrokenPipeError:
        return _closed_pipe()
    except (KeyboardInterrupt, Exception) as error:
        return failed(error, lang)
    finally:
        if ctx is not None:
            ctx.close()


def failed(error: BaseException, lang: Language) -> int:
    """The error boundary: one sentence on stderr and an exit code, never a traceback.

    A mistake or a fault (PopError, and any OSError that slipped through) exits 2; Ctrl+C 130;
    anything else is a bug: its kind is named (never its text, which may quote the plan) and
    exits 70, and POP_DEBUG=1 shows the traceback instead.
    """
    import os

    from pop_assistent.errors import PopError
    from pop_assistent.i18n import translations

    gettext = translations(lang).gettext
    if isinstance(error, KeyboardInterrupt):
        print(gettext("pop: onderbroken."), file=sys.stderr)
        return 130
    if isinstance(error, OSError) and not isinstance(error, PopError):
        from pop_assistent.i18n import N_, Message
        from pop_assistent.os_errors import os_fault

        error = os_fault(
            error,
            Message(N_("de opdracht is niet (volledig) uitgevoerd")),
        )
    if isinstance(error, PopError):
        print(f"pop: {error.message(lang)}", file=sys.stderr)
        return 2
    if os.environ.get("POP_DEBUG"):
        raise error
    kind = type(error).__name__
    bug = gettext(
        "pop: Er ging iets mis dat niet had mogen gebeuren ({kind}); wat al bewaard was, "
        "blijft bewaard. Meld het aan wie POP-assistent beheert; met POP_DEBUG=1 zie je de "
        "details."
    )
    print(bug.format(kind=kind), file=sys.stderr)
    return 70


def safe_streams() -> None:
    """Printing never fails on a character the terminal cannot show: a byte that was not
    UTF-8 in an argument shows as U+FFFD, a euro sign on a Latin-1 terminal as '?'."""
    import codecs

    try:
        codecs.lookup_error(STREAM_ERRORS)
    except LookupError:
        codecs.register_error(STREAM_ERRORS, _replace_unprintable)
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if callable(reconfigure):
            try:
                reconfigure(errors=STREAM_ERRORS)
            except (ValueError, OSError):
                pass  # a stream that is already closed or cannot change: leave it


STREAM_ERRORS = "pop.replace"


def _replace_unprintable(error: UnicodeError) -> tuple[bytes, int]:
    # Bytes, not str: CPython's UTF-8 encoder refuses a non-ASCII replacement string.
    if not isinstance(error, UnicodeEncodeError):
        raise error
    bad = error.object[error.start : error.end]
    replacement = "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else "?" for ch in bad)
    try:
        return replacement.encode(error.encoding), error.end
    except (UnicodeEncodeError, LookupError):
        return b"?" * len(bad), error.end


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
