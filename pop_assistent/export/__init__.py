"""The plan as a document (Markdown, HTML, PDF), as reminders (.ics) and as data (JSON).

`export_plan` is the one entry point for the CLI and the app; renderers import their heavy
libraries (jinja2, typst, icalendar) lazily so that importing this package stays cheap.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, available_languages, is_available

if TYPE_CHECKING:
    from pop_assistent.config import Settings
    from pop_assistent.export.ical import CalendarHistory
    from pop_assistent.model import Plan

FORMATS: tuple[str, ...] = ("md", "html", "pdf", "ics", "json")
VERSIONS: tuple[str, ...] = ("volledig", "coach")

__all__ = ["FORMATS", "VERSIONS", "default_filename", "export_plan", "coach_copy"]


def coach_copy(plan: Plan) -> Plan:
    """The plan without what the employee keeps to themself: private notes, the conversation."""
    from pop_assistent.model import Conversation

    return plan.model_copy(
        update={
            "coach_notes": [n for n in plan.coach_notes if not n.private],
            "conversation": Conversation(),
        }
    )


def _check(fmt: str, version: str, lang: Language) -> None:
    if fmt not in FORMATS:
        raise PopError(
            N_("Onbekend formaat '{fmt}': kies uit {formats}."), fmt=fmt, formats=", ".join(FORMATS)
        )
    if version not in VERSIONS:
        raise PopError(
            N_("Onbekende versie '{version}': kies 'volledig' of 'coach'."), version=version
        )
    if not is_available(lang):
        raise PopError(
            N_("Onbekende taal '{lang}': kies uit {languages}."),
            lang=lang,
            languages=", ".join(available_languages()),
        )


def export_plan(
    plan: Plan,
    fmt: str,
    *,
    today: date,
    lang: Language = SOURCE_LANGUAGE,
    version: str = "volledig",
    settings: Settings | None = None,
    history: CalendarHistory | None = None,
) -> bytes:
    """The plan in one format ("md", "html", "pdf", "ics" or "json") as bytes.

    `version="coach"` leaves out private notes (and, in JSON, the conversation);
    "volledig" is the employee's full copy. Raises PopError for an unknown format or version.
    For "ics", `history` (see `export.ical.calendar_history`) gives the stored version and
    what earlier versions sent, so the file updates and cancels events; `today` is not used,
    so one version always gives the same file.
    """
    _check(fmt, version, lang)
    country = settings.country if settings is not None else "BE"
    source = coach_copy(plan) if version == "coach" else plan
    if fmt == "json":
        return (source.to_json() + "\n").encode("utf-8")
    if fmt == "ics":
        from pop_assistent.export.ical import plan_calendar

        return plan_calendar(source, lang=lang, country=country, history=history)
    from pop_assistent.export.view import build_view

    legal = settings.legal_in_working_time if settings is not None else True
    view = build_view(source, today, lang, version, country, legal)
    if fmt == "md":
        from pop_assistent.export.markdown import render_markdown

        return render_markdown(view).encode("utf-8")
    if fmt == "html":
        from pop_assistent.export.html import render_html

        return render_html(view).encode("utf-8")
    from pop_assistent.export.pdf import render_pdf

    return render_pdf(view, today=today)


def default_filename(plan: Plan, fmt: str) -> str:
    """A safe file name such as "pop-sophie-peeters.pdf" (from the name, else the plan id)."""
    if fmt not in FORMATS:
        raise PopError(
            N_("Onbekend formaat '{fmt}': kies uit {formats}."), fmt=fmt, formats=", ".join(FORMATS)
        )
    from pop_assistent.text import slug

    return f"pop-{slug(plan.employee.name, 60) or plan.id}.{fmt}"
