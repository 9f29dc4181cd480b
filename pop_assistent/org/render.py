"""The training plan as Markdown, HTML or PDF, from the one view model of org/view.py.

HTML escapes every value (jinja2 autoescape); Markdown escapes every value (the text layer's
Markdown escaper as the finalizer); the PDF template reads the view as JSON from
`sys.inputs`, so user text is never Typst source.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment
from markupsafe import Markup

from pop_assistent.errors import PopError
from pop_assistent.export.pdf import typeset
from pop_assistent.org.model import TrainingPlan
from pop_assistent.org.view import build_view
from pop_assistent.text.templates import environment

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"


def _markdown_env() -> Environment:
    return environment(str(TEMPLATE_DIR), "md")


def _html_env() -> Environment:
    return environment(str(TEMPLATE_DIR), "html")


def render_markdown(plan: TrainingPlan) -> str:
    """The document as Markdown; our own labels pass as they are, every value is escaped."""
    view = build_view(plan)
    labels = {key: Markup(value) for key, value in view["t"].items()}  # our text, not the user's
    for key in ("certificates_title", "target_sentence", "detail_note"):
        view[key] = Markup(view[key])  # our sentences with numbers only
    template = _markdown_env().get_template("opleidingsplan.md.j2")
    return template.render(v=view, t=labels)


def render_html(plan: TrainingPlan) -> str:
    """The document as one self-contained HTML page (styles inline, printable)."""
    view = build_view(plan)
    return _html_env().get_template("opleidingsplan.html.j2").render(v=view, t=view["t"])


def render_pdf(plan: TrainingPlan) -> bytes:
    """The document as PDF (A4 landscape), typeset by the `typst` package."""
    source = (TEMPLATE_DIR / "opleidingsplan.typ").read_bytes()
    return typeset(source, build_view(plan), today=plan.made_on)


def render(plan: TrainingPlan, fmt: str) -> bytes:
    """The document in one of md, html, pdf, csv, xlsx, as bytes ready to write."""
    if fmt == "md":
        return render_markdown(plan).encode("utf-8")
    if fmt == "html":
        return render_html(plan).encode("utf-8")
    if fmt == "pdf":
        return render_pdf(plan)
    from pop_assistent.org.tables import render_csv, render_xlsx

    if fmt == "csv":
        return render_csv(plan)
    if fmt == "xlsx":
        return render_xlsx(plan)
    raise PopError(
        f"Onbekend formaat '{fmt}': kies md, html, pdf, csv of xlsx.",
        f"Unknown format '{fmt}': choose md, html, pdf, csv or xlsx.",
    )
