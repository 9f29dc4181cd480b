"""Turn the aggregation state into the finished document: ratios, budgets, order, pseudonyms."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.config import OrgSettings
from pop_assistent.org.model import CLUSTERS, DepartmentRow, TrainingPlan
from pop_assistent.storage.resolve import fold

if TYPE_CHECKING:
    from pop_assistent.org.aggregate import _Builder

MAX_LISTED = 8


def _listing(values: set[str]) -> str:
    shown = sorted(values)[:MAX_LISTED]
    more = len(values) - len(shown)
    return ", ".join(shown) + (f" (+{more})" if more > 0 else "")


def _and(names: list[str], word: str) -> str:
    """'Onderhoud', 'Onderhoud en Administratie', 'A, B en C'."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def _days(row: DepartmentRow, hours_per_day: float) -> None:
    row.days = row.totals.hours / hours_per_day if hours_per_day > 0 else 0.0
    row.days_per_fte = row.days / row.fte if row.fte > 0 else 0.0


def finish(
    builder: _Builder,
    settings: OrgSettings,
    today: date,
    count: int,
    wanted: list[str],
    pseudonymise: bool,
) -> TrainingPlan:
    """The TrainingPlan of one aggregation run."""
    budgets = {fold(name): amount for name, amount in settings.budgets_eur.items()}
    departments = sorted(builder.departments.items(), key=lambda kv: fold(kv[1].name))
    total = DepartmentRow(name="Totaal" if builder.lang != "en" else "Total")
    total.clusters = {c: type(total.totals)() for c in CLUSTERS}
    for key, row in departments:
        row.budget = budgets.get(key)
        _days(row, settings.hours_per_day)
        total.employees += row.employees
        total.fte += row.fte
        for target, source in [(total.totals, row.totals)] + [
            (total.clusters[c], row.clusters[c]) for c in CLUSTERS
        ]:
            target.actions += source.actions
            target.hours += source.hours
            target.cost += source.cost
            target.formal_actions += source.formal_actions
            target.formal_hours += source.formal_hours
            target.formal_cost += source.formal_cost
    budgeted = [row.budget for _, row in departments if row.budget is not None]
    total.budget = sum(budgeted) if budgeted else None
    _days(total, settings.hours_per_day)

    names = _display_names(builder, pseudonymise)
    for action in builder.actions:
        action.employee = names[action.plan_id]
    for cert in builder.certificates:
        cert.employee = names[cert.employee]
    for training_key, training in builder.trainings.items():
        training.participants = len(builder.training_people[training_key])
        training.roles.sort(key=fold)
        training.departments.sort(key=fold)

    en = builder.lang == "en"
    notes: list[tuple[str, str]] = []
    if builder.unscheduled:
        n = builder.unscheduled
        notes.append(
            (
                f"{n} actie(s) hebben nog geen datum; ze tellen mee in {builder.year}.",
                f"{n} action(s) have no date yet; they are counted in {builder.year}.",
            )
        )
    if builder.unknown_items:
        ids = _listing(builder.unknown_items)
        notes.append(
            (
                f"Deze catalogus-id's staan niet in de catalogus: {ids}. De acties tellen mee "
                "met de gegevens uit het plan.",
                f"These catalogue ids are not in the catalogue: {ids}. The actions are counted "
                "with the data from the plan.",
            )
        )
    if builder.unknown_roles:
        ids = _listing(builder.unknown_roles)
        notes.append(
            (
                f"Deze functieprofielen zijn onbekend: {ids}. Voor die medewerkers tellen alleen "
                "de vaardigheden uit hun zelfevaluatie.",
                f"These role profiles are unknown: {ids}. For those employees only the skills "
                "of their self-assessment count.",
            )
        )
    without = [row.name for _key, row in departments if row.budget is None]
    if without:
        notes.append(
            (
                f"Er is geen budget ingesteld voor {_and(without, 'en')} (stel het in onder "
                "[org] budgets_eur in config.toml).",
                f"No budget is set for {_and(without, 'and')} (set it under [org] budgets_eur "
                "in config.toml).",
            )
        )

    def order(name: str) -> str:
        return fold(name)

    actions = sorted(
        builder.actions,
        key=lambda a: (order(a.department), order(a.employee), a.start or date.max, fold(a.title)),
    )
    trainings = sorted(
        builder.trainings.values(), key=lambda t: (t.cluster, -t.participants, fold(t.title))
    )
    needs = sorted(
        builder.needs.values(),
        key=lambda n: (order(n.department), -n.with_gap, -n.gap_levels, fold(n.label)),
    )
    certificates = sorted(builder.certificates, key=lambda c: (c.expires, order(c.employee)))
    return TrainingPlan(
        organisation=settings.name,
        year=builder.year,
        vision=settings.vision,
        made_on=today,
        lang="en" if en else "nl",
        department_filter=[row.name for _, row in departments] if wanted else [],
        pseudonymised=pseudonymise,
        plan_count=count,
        target_days=settings.training_days_target,
        hours_per_day=settings.hours_per_day,
        departments=[row for _, row in departments],
        total=total,
        actions=actions,
        trainings=trainings,
        needs=needs,
        certificates=certificates,
        notes=notes,
    )


def _display_names(builder: _Builder, pseudonymise: bool) -> dict[str, str]:
    """Plan id -> the name shown: the employee's, or 'Medewerker 007' numbered per document."""
    if not pseudonymise:
        return {plan_id: " ".join(name.split()) for plan_id, (_, name) in builder.names.items()}
    word = "Employee" if builder.lang == "en" else "Medewerker"
    # Numbered in the order of a hash of the plan id: stable between runs, and the numbers
    # do not follow the alphabet, so they reveal nothing about the names.
    ordered = sorted(builder.names, key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    width = max(3, len(str(len(ordered))))
    return {plan_id: f"{word} {n:0{width}d}" for n, plan_id in enumerate(ordered, start=1)}
