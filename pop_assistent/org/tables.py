"""The training plan as spreadsheet data: csv (the planned actions) and xlsx (every table).

Cells that a spreadsheet would run as a formula are written as text, so a title typed as
"=HYPERLINK(...)" stays a title: in the csv a quote goes before any text that starts with
= + - @, a tab or a carriage return, also after leading spaces (OWASP's CSV injection advice),
judged on the text as typed, before control characters are cleaned. Numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from typing import Any

from pop_assistent.export.sanitize import clean
from pop_assistent.i18n import N_, Language, say, translations
from pop_assistent.model import label
from pop_assistent.org.model import CLUSTERS, DepartmentRow, TrainingPlan, cluster_name
from pop_assistent.org.texts import texts
from pop_assistent.text.formats import locale_for

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row = list[Any]


def sheet_names(lang: Language) -> list[str]:
    """The workbook's sheets in order, in `lang`, as Excel allows them (31 characters, none of
    : \\ / ? * [ ]): a translation cannot make the workbook unreadable."""
    pgettext = translations(lang).pgettext
    names = [
        pgettext("werkblad opleidingsplan", "Overzicht"),
        pgettext("werkblad opleidingsplan", "Clusters"),
        pgettext("werkblad opleidingsplan", "Opleidingen"),
        pgettext("werkblad opleidingsplan", "Behoeften"),
        pgettext("werkblad opleidingsplan", "Attesten"),
        pgettext("werkblad opleidingsplan", "Acties"),
        pgettext("werkblad opleidingsplan", "Visie"),
    ]
    shown = [" ".join(re.sub(r"[:\\/?*\[\]]", " ", n).split())[:31] for n in names]
    if len(set(shown)) < len(shown) or not all(shown):  # sheets need distinct names
        return [f"{n + 1}. {text}"[:31] for n, text in enumerate(shown)]
    return shown


def _text(value: object) -> str:
    return clean(str(value)) if value is not None else ""


def action_rows(plan: TrainingPlan) -> Iterator[Row]:
    """Header, then one row per planned action (per training in the works-council version,
    which has no row per person and no role column)."""
    t = texts(plan.lang)
    if plan.pseudonymised:
        yield from training_rows(plan)
        return
    yield [
        t["department"],
        t["employee"],
        say(plan.lang, N_("Functie")),
        t["training"],
        say(plan.lang, N_("Catalogus-id")),
        t["type"],
        t["form"],
        t["cluster"],
        "Start",
        say(plan.lang, N_("Einde")),
        t["hours"],
        t["cost"],
        t["status"],
    ]
    for a in plan.actions:
        yield [
            a.department,
            a.employee,
            a.role,
            a.title,
            a.catalogue_id or "",
            label(a.type, plan.lang),
            t["formal"] if a.formal else t["informal"],
            cluster_name(a.cluster, plan.lang),
            a.start.isoformat() if a.start else "",
            a.end.isoformat() if a.end else "",
            a.hours,
            a.cost,
            label(a.status, plan.lang),
        ]


def training_rows(plan: TrainingPlan) -> Iterator[Row]:
    """Header, then one row per training (with its target group unless pseudonymised)."""
    t = texts(plan.lang)
    group = [] if plan.pseudonymised else [t["target_group"]]
    yield [t["cluster"], t["training"], t["type"], t["form"], *group, t["department"]] + [
        t["participants"],
        t["hours"],
        t["cost"],
    ]
    for tr in plan.trainings:
        various = bool(tr.merged)
        yield [
            cluster_name(tr.cluster, plan.lang),
            tr.title,
            t["various"] if various else label(tr.type, plan.lang),
            t["various"] if various else (t["formal"] if tr.formal else t["informal"]),
            *([] if plan.pseudonymised else [", ".join(tr.roles)]),
            ", ".join(tr.departments),
            tr.participants,
            None if "hours" in tr.hidden else tr.hours,
            None if "cost" in tr.hidden else tr.cost,
        ]


def _department_row(row: DepartmentRow) -> Row:
    """One line of the overview; an amount the works-council version hides stays empty."""

    def shown(name: str, value: Any) -> Any:
        return None if name in row.hidden else value

    return [
        row.name,
        row.employees,
        round(row.fte, 4),
        row.totals.actions,
        shown("hours", row.totals.hours),
        shown("hours", round(row.days, 2)),
        shown("hours", round(row.days_per_fte, 2)),
        shown("formal_hours", row.totals.formal_hours),
        shown("informal_hours", row.totals.informal_hours),
        shown("cost", row.totals.cost),
        row.budget,
        shown("remaining", row.remaining),
    ]


def sheets(plan: TrainingPlan) -> list[tuple[str, list[Row]]]:
    """Every table of the document, as (sheet name, rows with a header first)."""
    t = texts(plan.lang)
    summary: list[Row] = [
        [
            t["department"],
            t["employees"],
            t["fte"],
            t["actions"],
            t["hours"],
            t["days"],
            t["days_per_fte"],
            f"{t['formal']}: {t['hours'].lower()}",
            f"{t['informal']}: {t['hours'].lower()}",
            t["cost"],
            t["available"],
            t["remaining"],
        ]
    ]
    summary += [_department_row(r) for r in [*plan.departments, plan.total]]
    clusters: list[Row] = [[t["department"], t["cluster"], t["actions"], t["hours"], t["cost"]]]
    # The works-council version: clusters for the whole organisation only, small ones blank.
    for row in [plan.total] if plan.pseudonymised else [*plan.departments, plan.total]:
        for code in CLUSTERS:
            c = row.clusters[code]
            gone = plan.hidden_cluster_amounts.get(code, set())
            values: list[Any] = [
                c.actions,
                None if "hours" in gone else c.hours,
                None if "cost" in gone else c.cost,
            ]
            if code in plan.hidden_clusters:
                values = [None, None, None]
            clusters.append([row.name, cluster_name(code, plan.lang), *values])
    trainings = list(training_rows(plan))
    needs: list[Row] = [
        [t["department"], t["competence"], "Id", say(plan.lang, N_("Strategisch"))]
        + [t["employees"], t["needed"], t["present"], t["with_gap"], t["not_assessed"]]
        + [t["planned"]]
    ]
    for n in plan.needs:
        present = n.present_avg
        needs.append(
            [n.department, n.label, n.skill_id, t["yes"] if n.strategic else t["no"]]
            + [n.employees, round(n.needed_avg, 2), None if present is None else round(present, 2)]
            + [n.with_gap, n.not_assessed, n.planned]
        )
    certificates: list[Row] = [
        [t["employee"], t["department"], t["certificate"], t["obtained"], t["expires"]]
        + [t["renewal"]]
    ]
    for cert in plan.certificates:
        certificates.append(
            [cert.employee, cert.department, cert.title, cert.obtained.isoformat()]
            + [cert.expires.isoformat()]
            + [t["yes"] if cert.renewal_planned else t["no"]]
        )
    if plan.pseudonymised:
        certificates = [[t["certificate"], t["employees"], t["renewal"]]] + [
            [g.title, g.people, g.renewals] for g in plan.certificate_groups
        ]
    vision: list[Row] = [[t["vision"]], [plan.vision], [t["method"]]]
    vision += [[note] for note in plan.note(plan.lang)]
    names = sheet_names(plan.lang)
    tables = [summary, clusters, trainings, needs, certificates, list(action_rows(plan)), vision]
    pairs = list(zip(names, tables, strict=True))
    if plan.pseudonymised:  # no list per person: the actions sheet would repeat the trainings
        del pairs[5]
    return pairs


def _csv_cell(value: Any, decimal_mark: str) -> Any:
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", decimal_mark)
    raw = "" if value is None else str(value)
    risky = raw.startswith(FORMULA_START) or raw.lstrip(" \t\r\n").startswith(FORMULA_START)
    text = _text(value)
    return "'" + text if risky or text.lstrip().startswith(FORMULA_START) else text


def render_csv(plan: TrainingPlan) -> bytes:
    """The planned actions, one per row; Dutch: ';' and decimal comma, as Dutch Excel reads."""
    from babel.numbers import get_decimal_symbol  # Babel only when a csv is written

    decimal_mark = get_decimal_symbol(locale_for(plan.lang))
    buffer = io.StringIO()
    delimiter = say(plan.lang, N_(";"))
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    for row in action_rows(plan):
        writer.writerow([_csv_cell(v, decimal_mark) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def render_xlsx(plan: TrainingPlan) -> bytes:
    """One workbook, one sheet per table, header row bold and frozen (written streaming)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    for name, rows in sheets(plan):
        sheet = book.create_sheet(name)
        sheet.freeze_panes = "A2"
        columns = max((len(row) for row in rows), default=0)
        for c in range(columns):
            width = max((len(str(row[c] or "")) for row in rows[:200] if c < len(row)), default=8)
            sheet.column_dimensions[get_column_letter(c + 1)].width = min(max(width, 8) + 2, 60)
        for r, row in enumerate(rows):
            cells = []
            for value in row:
                cell = WriteOnlyCell(sheet, value=_text(value) if isinstance(value, str) else value)
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                if r == 0:
                    cell.font = bold
                cells.append(cell)
            sheet.append(cells)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
