"""The organisation's training plan (opleidingsplan) as plain data, ready for any format.

The aggregation (org/aggregate.py) fills these; the renderers (org/render.py) only read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, Message, translate
from pop_assistent.model import ActionOrigin, ActionType

CLUSTERS: tuple[str, ...] = ("a", "b", "c", "d")
"""The four priority clusters of the source document, in its order."""

CLUSTER_NAMES: dict[str, str] = {
    "a": N_("strategisch"),
    "b": N_("wettelijk verplicht"),
    "c": N_("gevraagd door leidinggevenden"),
    "d": N_("gevraagd vanuit de werkvloer"),
}

ORIGIN_CLUSTER: dict[ActionOrigin, str] = {
    ActionOrigin.organisation_goal: "a",
    ActionOrigin.legal_duty: "b",
    ActionOrigin.manager_proposal: "c",
    ActionOrigin.own_wish: "d",
}


def cluster_name(cluster: str, lang: Language = SOURCE_LANGUAGE) -> str:
    """'b. wettelijk verplicht'."""
    return f"{cluster}. {translate(lang, CLUSTER_NAMES[cluster])}"


@dataclass
class Totals:
    """Counts, hours and cost of a set of actions, split formal / informal."""

    actions: int = 0
    hours: float = 0.0
    cost: float = 0.0
    formal_actions: int = 0
    formal_hours: float = 0.0
    formal_cost: float = 0.0

    def add(self, hours: float, cost: float, formal: bool) -> None:
        self.actions += 1
        self.hours += hours
        self.cost += cost
        if formal:
            self.formal_actions += 1
            self.formal_hours += hours
            self.formal_cost += cost

    def merge(self, other: Totals) -> None:
        """Add another set's counts, hours and cost to this one."""
        self.actions += other.actions
        self.hours += other.hours
        self.cost += other.cost
        self.formal_actions += other.formal_actions
        self.formal_hours += other.formal_hours
        self.formal_cost += other.formal_cost

    @property
    def informal_actions(self) -> int:
        return self.actions - self.formal_actions

    @property
    def informal_hours(self) -> float:
        return self.hours - self.formal_hours

    @property
    def informal_cost(self) -> float:
        return self.cost - self.formal_cost


@dataclass
class ActionRow:
    """One planned action of one employee in the plan year."""

    plan_id: str
    employee: str
    department: str
    role: str
    title: str
    catalogue_id: str | None
    type: ActionType
    formal: bool
    hours: float
    cost: float
    cluster: str
    start: date | None
    end: date | None
    status: str
    scheduled: bool
    training: tuple[str, str] = ("", "")
    """The key of the training row this action counts in (catalogue id or title, cluster)."""


@dataclass
class TrainingRow:
    """One training (catalogue item or free title) within one cluster, with its target group."""

    title: str
    catalogue_id: str | None
    type: ActionType
    formal: bool
    cluster: str
    participants: int = 0
    hours: float = 0.0
    cost: float = 0.0
    roles: list[str] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    catalogue_title: str = ""
    """The catalogue's title when plans name this training differently (a secondary detail)."""
    merged: int = 0
    """In the works-council version: how many small trainings this 'other' row pools."""
    hidden: set[str] = field(default_factory=set)
    """In the works-council version: 'hours' and/or 'cost' not shown (org/pseudonym_cells.py)."""


@dataclass
class NeedRow:
    """Present versus needed level of one competence in one department."""

    department: str
    skill_id: str
    label: str
    strategic: bool = False
    employees: int = 0
    needed_sum: int = 0
    present_sum: int = 0
    assessed: int = 0
    with_gap: int = 0
    gap_levels: int = 0
    planned: int = 0

    @property
    def needed_avg(self) -> float:
        return self.needed_sum / self.employees if self.employees else 0.0

    @property
    def present_avg(self) -> float | None:
        return self.present_sum / self.assessed if self.assessed else None

    @property
    def not_assessed(self) -> int:
        return self.employees - self.assessed


@dataclass
class DepartmentRow:
    """Everything per department: people, time, money, clusters."""

    name: str
    employees: int = 0
    fte: float = 0.0
    totals: Totals = field(default_factory=Totals)
    clusters: dict[str, Totals] = field(default_factory=lambda: {c: Totals() for c in CLUSTERS})
    budget: float | None = None
    days: float = 0.0
    days_per_fte: float = 0.0
    budgeted_cost: float | None = None
    """For the total row: the cost of the departments that have a budget (None: all cost)."""
    hidden: set[str] = field(default_factory=set)
    """In the works-council version, amounts not shown: 'hours', 'cost', 'formal_hours',
    'informal_hours', 'formal_cost', 'informal_cost', 'remaining' (org/pseudonym_cells.py)."""

    @property
    def remaining(self) -> float | None:
        if self.budget is None:
            return None
        spent = self.totals.cost if self.budgeted_cost is None else self.budgeted_cost
        return self.budget - spent


@dataclass
class CertificateRow:
    """A legally required certificate that expires in the plan year."""

    employee: str
    department: str
    title: str
    obtained: date
    expires: date
    renewal_planned: bool


@dataclass
class CertificateGroup:
    """Works-council version: how many people's certificate expires, and how many renew it."""

    title: str
    people: int
    renewals: int


@dataclass
class TrainingPlan:
    """The whole document."""

    organisation: str
    year: int
    vision: str
    made_on: date
    lang: Language
    department_filter: list[str]
    pseudonymised: bool
    plan_count: int
    target_days: float
    hours_per_day: float
    departments: list[DepartmentRow]
    total: DepartmentRow
    actions: list[ActionRow]
    trainings: list[TrainingRow]
    needs: list[NeedRow]
    certificates: list[CertificateRow]
    notes: list[Message] = field(default_factory=list)
    """Remarks for the reader, translated when shown: unknown catalogue ids, unscheduled
    actions, ..."""
    certificate_groups: list[CertificateGroup] = field(default_factory=list)
    """Works-council version: expiring certificates per title instead of per person."""
    hidden_clusters: set[str] = field(default_factory=set)
    """Works-council version: clusters left out because they cover too few people."""
    min_group: int = 5
    """Works-council version: the fewest people any cell covers."""
    hidden_cluster_amounts: dict[str, set[str]] = field(default_factory=dict)
    """Works-council version: per cluster, the amounts ('hours', 'cost') not shown."""

    def note(self, lang: Language) -> list[str]:
        return [note.message(lang) for note in self.notes]
