"""Turn the aggregation state into the finished document: ratios, budgets, order, and the
works-council version (org/pseudonym.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.config import OrgSettings
from pop_assistent.i18n import N_, say
from pop_assistent.org.model import CLUSTERS, CertificateGroup, DepartmentRow, TrainingPlan
from pop_assistent.storage.resolve import fold

if TYPE_CHECKING:
    from pop_assistent.org.aggregate import _Builder

MAX_LISTED = 8


def _listing(values: set[str], count_only: bool = False) -> tuple[str, str]:
    """A few of the values (ids as typed in plans), in Dutch and English; in the works-council
    version only how many, since an id may carry a name."""
    if count_only:
        return f"{len(values)} (hier niet genoemd)", f"{len(values)} (not named here)"
    shown = sorted(values)[:MAX_LISTED]
    more = len(values) - len(shown)
    text = ", ".join(shown) + (f" (+{more})" if more > 0 else "")
    return text, text


def _and(names: list[str], word: str) -> str:
    """'Onderhoud', 'Onderhoud en Administratie', 'A, B en C'."""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def _plain(value: float, lang: str) -> str:
    """1234.5 -> '1.234,5' (nl) or '1,234.5' (en) for a note."""
    from pop_assistent.org.view import number

    return number(value, lang)


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
    total = DepartmentRow(name=say(builder.lang, N_("Totaal")))
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
    budgeted = [row for _, row in departments if row.budget is not None]
    total.budget = sum(row.budget or 0.0 for row in budgeted) if budgeted else None
    # What is left of the budgets: only the spending of departments that have one counts.
    total.budgeted_cost = sum(row.totals.cost for row in budgeted)
    _days(total, settings.hours_per_day)

    notes: list[tuple[str, str]] = []
    hidden: set[str] = set()
    groups: list[CertificateGroup] = []
    hidden_amounts: dict[str, set[str]] = {}
    unscheduled_hidden = unbudgeted_hidden = False
    if pseudonymise:
        from pop_assistent.org.pseudonym import Pseudonymiser, selection_refused

        if wanted:
            raise selection_refused(settings.min_group_size)
        works = Pseudonymiser(
            builder, settings.min_group_size, builder.lang, settings.max_person_share
        )
        departments = works.departments(departments)
        for _key, row in departments:
            _days(row, settings.hours_per_day)
        hidden = works.clusters()
        training_rows = works.trainings(builder.trainings, hidden)
        need_rows = works.needs(list(builder.needs.values()))
        groups = works.certificates()
        hidden_amounts = works.amounts([row for _, row in departments], total, training_rows,
                                       hidden)  # fmt: skip
        unscheduled_hidden, unbudgeted_hidden = works.unscheduled_hidden, works.unbudgeted_hidden
        builder.actions, builder.certificates = [], []
        notes += works.notes
    else:
        names = {plan_id: " ".join(name.split()) for plan_id, (_, name) in builder.names.items()}
        for action in builder.actions:
            action.employee = names[action.plan_id]
        for cert in builder.certificates:
            cert.employee = names[cert.employee]
        for training_key, training in builder.trainings.items():
            training.participants = len(builder.training_people[training_key])
            training.roles.sort(key=fold)
            training.departments.sort(key=fold)
        training_rows = list(builder.trainings.values())
        need_rows = list(builder.needs.values())

    if builder.unscheduled.actions and unscheduled_hidden:
        notes.append(
            (
                "Enkele acties hebben nog geen datum; ze tellen in geen enkel jaar mee tot ze "
                "ingepland zijn (hoeveel, staat niet in deze versie: te weinig mensen).",
                "Some actions have no date yet; they count in no year until they are scheduled "
                "(how many is not in this version: too few people).",
            )
        )
    elif builder.unscheduled.actions:
        u = builder.unscheduled
        people = len(builder.unscheduled_plans)
        hours, cost = _plain(u.hours, "nl"), _plain(u.cost, "nl")
        notes.append(
            (
                f"{u.actions} actie(s) in {people} plan(nen) hebben nog geen datum ({hours} uur, "
                f"€ {cost}); ze tellen in geen enkel jaar mee tot ze ingepland zijn.",
                f"{u.actions} action(s) in {people} plan(s) have no date yet "
                f"({_plain(u.hours, 'en')} hours, € {_plain(u.cost, 'en')}); they count in no "
                "year until they are scheduled.",
            )
        )
    if builder.unknown_items:
        ids, ids_en = _listing(builder.unknown_items, pseudonymise)
        notes.append(
            (
                f"Deze catalogus-id's staan niet in de catalogus: {ids}. De acties tellen mee "
                "met de gegevens uit het plan.",
                f"These catalogue ids are not in the catalogue: {ids_en}. The actions are counted "
                "with the data from the plan.",
            )
        )
    if builder.unknown_roles:
        ids, ids_en = _listing(builder.unknown_roles, pseudonymise)
        notes.append(
            (
                f"Deze functieprofielen zijn onbekend: {ids}. Voor die medewerkers tellen alleen "
                "de vaardigheden uit hun zelfevaluatie.",
                f"These role profiles are unknown: {ids_en}. For those employees only the skills "
                "of their self-assessment count.",
            )
        )
    without = [row for _key, row in departments if row.budget is None]
    if without:
        missing = [row.name for row in without]
        spent = sum(row.totals.cost for row in without)
        apart = (
            (
                f" Hun kosten (€ {_plain(spent, 'nl')}) zijn niet afgetrokken van het totale "
                "budget.",
                f" Their cost (€ {_plain(spent, 'en')}) is not subtracted from the total budget.",
            )
            if budgeted and spent and not unbudgeted_hidden
            else ("", "")
        )
        notes.append(
            (
                f"Er is geen budget ingesteld voor {_and(missing, 'en')} (stel het in onder "
                f"[org] budgets_eur in config.toml).{apart[0]}",
                f"No budget is set for {_and(missing, 'and')} (set it under [org] budgets_eur "
                f"in config.toml).{apart[1]}",
            )
        )

    def order(name: str) -> str:
        return fold(name)

    actions = sorted(
        builder.actions,
        key=lambda a: (order(a.department), order(a.employee), a.start or date.max, fold(a.title)),
    )
    trainings = sorted(
        training_rows, key=lambda t: (t.cluster, t.merged > 0, -t.participants, fold(t.title))
    )
    needs = sorted(
        need_rows,
        key=lambda n: (order(n.department), -n.with_gap, -n.gap_levels, fold(n.label)),
    )
    certificates = sorted(builder.certificates, key=lambda c: (c.expires, order(c.employee)))
    return TrainingPlan(
        organisation=settings.name,
        year=builder.year,
        vision=settings.vision,
        made_on=today,
        lang=say(builder.lang, N_("nl")),
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
        certificate_groups=groups,
        hidden_clusters=hidden,
        min_group=settings.min_group_size,
        hidden_cluster_amounts=hidden_amounts,
    )
