"""Turn the aggregation state into the finished document: ratios, budgets, order, and the
works-council version (org/pseudonym.py)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pop_assistent.config import OrgSettings
from pop_assistent.i18n import N_, Language, Message, say
from pop_assistent.org.model import CLUSTERS, CertificateGroup, DepartmentRow, TrainingPlan
from pop_assistent.storage.resolve import fold

if TYPE_CHECKING:
    from pop_assistent.org.aggregate import _Builder

MAX_LISTED = 8


def _listing(values: set[str], count_only: bool = False) -> Message | str:
    """A few of the values (ids as typed in plans); in the works-council version only how
    many, since an id may carry a name."""
    if count_only:
        return Message(N_("{count} (hier niet genoemd)"), count=len(values))
    shown = sorted(values)[:MAX_LISTED]
    more = len(values) - len(shown)
    return ", ".join(shown) + (f" (+{more})" if more > 0 else "")


def _and(names: list[str]) -> Message | str:
    """'Onderhoud', 'Onderhoud en Administratie', 'A, B en C'."""
    if len(names) == 1:
        return names[0]
    return Message(N_("{some} en {last}"), some=", ".join(names[:-1]), last=names[-1])


def _plain(value: float, lang: Language) -> str:
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
            target.merge(source)
    budgeted = [row for _, row in departments if row.budget is not None]
    total.budget = sum(row.budget or 0.0 for row in budgeted) if budgeted else None
    # What is left of the budgets: only the spending of departments that have one counts.
    total.budgeted_cost = sum(row.totals.cost for row in budgeted)
    _days(total, settings.hours_per_day)

    notes: list[Message] = []
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
            Message(
                N_(
                    "Enkele acties hebben nog geen datum; ze tellen in geen enkel jaar mee tot ze "
                    "ingepland zijn (hoeveel, staat niet in deze versie: te weinig mensen)."
                )
            )
        )
    elif builder.unscheduled.actions:
        u = builder.unscheduled
        people = len(builder.unscheduled_plans)
        notes.append(
            Message(
                N_(
                    "{actions} actie(s) in {people} plan(nen) hebben nog geen datum ({hours} uur, "
                    "€ {cost}); ze tellen in geen enkel jaar mee tot ze ingepland zijn."
                ),
                actions=u.actions,
                people=people,
                hours=lambda lang, value=u.hours: _plain(value, lang),
                cost=lambda lang, value=u.cost: _plain(value, lang),
            )
        )
    if builder.unknown_items:
        notes.append(
            Message(
                N_(
                    "Deze catalogus-id's staan niet in de catalogus: {ids}. De acties tellen mee "
                    "met de gegevens uit het plan."
                ),
                ids=_listing(builder.unknown_items, pseudonymise),
            )
        )
    if builder.unknown_roles:
        notes.append(
            Message(
                N_(
                    "Deze functieprofielen zijn onbekend: {ids}. Voor die medewerkers tellen "
                    "alleen de vaardigheden uit hun zelfevaluatie."
                ),
                ids=_listing(builder.unknown_roles, pseudonymise),
            )
        )
    without = [row for _key, row in departments if row.budget is None]
    if without:
        missing = [row.name for row in without]
        spent = sum(row.totals.cost for row in without)
        apart = (
            Message(
                N_(" Hun kosten (€ {cost}) zijn niet afgetrokken van het totale budget."),
                cost=lambda lang, value=spent: _plain(value, lang),
            )
            if budgeted and spent and not unbudgeted_hidden
            else ""
        )
        notes.append(
            Message(
                N_(
                    "Er is geen budget ingesteld voor {departments} (stel het in onder [org] "
                    "budgets_eur in config.toml).{apart}"
                ),
                departments=_and(missing),
                apart=apart,
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
        lang=builder.lang,
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
