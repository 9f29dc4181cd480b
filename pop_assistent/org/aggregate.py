"""From many shared plans to one training plan, in a single streaming pass.

Plans are read one at a time and never kept: only the rows of the document grow, so 10,000
plans fit comfortably in memory. The rules (year, cluster, certificates) live in org/rules.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from pop_assistent.config import OrgSettings
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translate
from pop_assistent.model import Plan
from pop_assistent.org.finish import finish
from pop_assistent.org.model import (
    ActionRow,
    CertificateRow,
    DepartmentRow,
    NeedRow,
    Totals,
    TrainingPlan,
    TrainingRow,
)
from pop_assistent.org.rules import (
    CatalogueLike,
    add_years,
    catalogue_item,
    certificate_key,
    cluster_of,
    counts_in,
    covered_skills,
    is_legal,
    obtained_on,
    unscheduled,
    validity_years,
)
from pop_assistent.storage.resolve import fold

NO_DEPARTMENT = N_("(geen afdeling)")


class _Builder:
    """The state of one aggregation run."""

    def __init__(self, year: int, catalogue: CatalogueLike | None, lang: Language) -> None:
        self.year = year
        self.catalogue = catalogue
        self.lang = lang
        self.departments: dict[str, DepartmentRow] = {}
        self.actions: list[ActionRow] = []
        self.trainings: dict[tuple[str, str], TrainingRow] = {}
        self.training_people: dict[tuple[str, str], set[str]] = {}
        self.needs: dict[tuple[str, str], NeedRow] = {}
        self.certificates: list[CertificateRow] = []
        self.names: dict[str, tuple[str, str]] = {}  # plan id -> (department key, name)
        self.unknown_items: set[str] = set()
        self.unknown_roles: set[str] = set()
        self.cluster_people: dict[str, set[str]] = {}
        self.person_names: set[str] = set()  # everyone the plans name, for the works council
        self.unscheduled = Totals()
        self.unscheduled_plans: set[str] = set()
        self.unscheduled_by: dict[str, Totals] = {}  # per plan, for the works council
        self.skill_labels: dict[str, str] = {}

    def department(self, name: str) -> tuple[str, DepartmentRow]:
        key = fold(name)
        row = self.departments.get(key)
        if row is None:
            shown = name.strip() or translate(self.lang, NO_DEPARTMENT)
            row = self.departments[key] = DepartmentRow(name=" ".join(shown.split()))
        return key, row

    def skill_label(self, skill_id: str, fallback: str) -> str:
        label = self.skill_labels.get(skill_id)
        if label is None:
            skill = self.catalogue.skill(skill_id) if self.catalogue is not None else None
            label = skill.label(self.lang) if skill is not None else (fallback or skill_id)
            self.skill_labels[skill_id] = label
        return label

    def add(self, plan: Plan) -> None:
        employee = plan.employee
        dep_key, dep = self.department(employee.department)
        dep.employees += 1
        dep.fte += employee.fte
        self.names[plan.id] = (dep_key, employee.name)
        covered: set[str] = set()
        held: dict[str, tuple[date, int, str]] = {}
        renewals: set[str] = set()
        for action in plan.actions:
            item = catalogue_item(self.catalogue, action)
            if action.catalogue_id and self.catalogue is not None and item is None:
                self.unknown_items.add(action.catalogue_id)
            if is_legal(action, item):
                self._certificate(action, item, held, renewals)
            if unscheduled(action):
                self.unscheduled.add(action.hours, action.cost_eur or 0.0, action.formal)
                self.unscheduled_plans.add(plan.id)
                by = self.unscheduled_by.setdefault(plan.id, Totals())
                by.add(action.hours, action.cost_eur or 0.0, action.formal)
            if not counts_in(action, self.year):
                continue
            self._action(plan, dep, action, item)
            covered |= covered_skills(plan, action, item)
        for key, (obtained, years, title) in held.items():
            expires = add_years(obtained, years)
            if expires.year == self.year:
                self.certificates.append(
                    CertificateRow(plan.id, dep.name, title, obtained, expires, key in renewals)
                )
        self._needs(plan, dep_key, dep.name, covered)

    def _action(self, plan: Plan, dep: DepartmentRow, action: Any, item: Any) -> None:
        cluster = cluster_of(action, item)
        self.cluster_people.setdefault(cluster, set()).add(plan.id)
        formal = action.formal
        scheduled = action.start is not None or action.end is not None
        dep.totals.add(action.hours, action.cost_eur or 0.0, formal)
        dep.clusters[cluster].add(action.hours, action.cost_eur or 0.0, formal)
        # One title per action everywhere: the plan's; the catalogue groups, it does not rename.
        title = " ".join(action.title.split())
        key = (item.id if item is not None else f"titel:{fold(title)}", cluster)
        self.actions.append(
            ActionRow(
                plan.id,
                plan.id,
                dep.name,
                plan.employee.role,
                action.title,
                action.catalogue_id,
                action.type,
                formal,
                action.hours,
                action.cost_eur or 0.0,
                cluster,
                action.start,
                action.end,
                str(action.status),
                scheduled,
                key,
            )
        )
        training = self.trainings.get(key)
        if training is None:
            item_id = action.catalogue_id if item is not None else None
            training = self.trainings[key] = TrainingRow(
                title, item_id, action.type, formal, cluster
            )
            listed = " ".join(str(item.title).split()) if item is not None else title
            training.catalogue_title = listed if listed != title else ""
            self.training_people[key] = set()
        self.training_people[key].add(plan.id)
        training.hours += action.hours
        training.cost += action.cost_eur or 0.0
        role = plan.employee.role.strip()
        if role and role not in training.roles:
            training.roles.append(role)
        if dep.name not in training.departments:
            training.departments.append(dep.name)

    def _certificate(
        self, action: Any, item: Any, held: dict[str, tuple[date, int, str]], renewals: set[str]
    ) -> None:
        key = certificate_key(action)
        got = obtained_on(action)
        if got is None:
            if counts_in(action, self.year):
                renewals.add(key)
            return
        years = validity_years(action, item)
        if years is None:
            return
        title = " ".join(action.title.split())
        if key not in held or held[key][0] < got:
            held[key] = (got, years, title)

    def _needs(self, plan: Plan, dep_key: str, dep_name: str, covered: set[str]) -> None:
        required: dict[str, tuple[int, bool]] = {}
        role_id = plan.employee.role_profile_id
        if role_id and self.catalogue is not None:
            role = self.catalogue.role(role_id)
            if role is None:
                self.unknown_roles.add(role_id)
            else:
                required = {s.skill_id: (s.level, s.strategic) for s in role.skills}
        rated = {r.skill_id or f"label:{fold(r.label)}": r for r in plan.skills}
        keys = list(required) + [k for k, r in rated.items() if k not in required and r.gap > 0]
        for skill in keys:
            rating = rated.get(skill)
            needed, strategic = required.get(skill, (rating.wanted_level if rating else 1, False))
            row = self.needs.get((dep_key, skill))
            if row is None:
                label = self.skill_label(skill, rating.label if rating else "")
                row = self.needs[(dep_key, skill)] = NeedRow(dep_name, skill, label)
            row.strategic = row.strategic or strategic
            row.employees += 1
            row.needed_sum += needed
            if rating is not None:
                row.assessed += 1
                row.present_sum += rating.current_level
                if rating.current_level < needed:
                    row.with_gap += 1
                    row.gap_levels += needed - rating.current_level
            if skill in covered:
                row.planned += 1


def build_training_plan(
    plans: Iterable[Plan],
    *,
    settings: OrgSettings,
    year: int,
    today: date,
    catalogue: CatalogueLike | None = None,
    departments: list[str] | None = None,
    pseudonymise: bool = False,
    lang: Language = SOURCE_LANGUAGE,
) -> TrainingPlan:
    """Aggregate the plans (streamed) into the training plan of `year`."""
    wanted = {fold(d) for d in departments or [] if d.strip()}
    builder = _Builder(year, catalogue, lang)
    seen_departments: dict[str, str] = {}
    count = 0
    for plan in plans:
        employee = plan.employee
        builder.person_names |= {n for n in (employee.name, employee.manager, employee.coach) if n}
        dep = employee.department
        seen_departments.setdefault(fold(dep), " ".join(dep.split()))
        if wanted and fold(dep) not in wanted:
            continue
        builder.add(plan)
        count += 1
    if wanted and not count:
        known = ", ".join(sorted(d for d in seen_departments.values() if d)) or "-"
        asked = ", ".join(departments or [])
        raise PopError(
            N_(
                "Er zijn geen gedeelde plannen voor afdeling {asked}. Afdelingen met plannen: "
                "{known}."
            ),
            asked=asked,
            known=known,
        )
    return finish(builder, settings, today, count, sorted(wanted), pseudonymise)
