"""The works-council version of the training plan: nobody can be singled out.

- No list per person at all (so no numbering to reverse), no role column, no certificate dates
  per person.
- Every cell covers at least `k` people (org settings `min_group_size`, default 5, never below
  3): departments, trainings and certificates with fewer people are pooled into an "other" row
  (pulling in the smallest larger group when the pool alone is still too small); competence rows
  and priority clusters with fewer people are left out, and when one cluster is left out the
  next smallest goes too, so the total cannot give it away. Each of these says so in a line.
- The names of every person the plans mention (employees, managers, coaches, also those outside
  the departments asked for) are removed from titles and labels.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, Language, Message, say
from pop_assistent.org.model import (
    CLUSTERS,
    CertificateGroup,
    DepartmentRow,
    NeedRow,
    TrainingRow,
)
from pop_assistent.org.pseudonym_cells import Partition, dominated, protect
from pop_assistent.storage.resolve import fold

if TYPE_CHECKING:
    from pop_assistent.org.aggregate import _Builder

PARTICLES = {"van", "de", "der", "den", "het", "ten", "ter", "te", "la", "le", "du", "da", "di"}
PARTICLES |= {"von", "vander", "vanden", "el", "al", "ben", "bin", "op", "in", "t", "d"}
WORD = re.compile(r"[^\W\d_]+")
HIDDEN_NAME = "[naam]"

Note = Message


def redactor(names: Iterable[str]) -> Callable[[str], str]:
    """A function that removes these names from a text: each full name in any case, and each
    part of a name written with a capital (so 'Greet' goes, the word 'bakker' stays)."""
    fulls, parts = set(), set()
    for name in names:
        words = WORD.findall(name)
        if len(words) > 1:
            fulls.add(r"\W+".join(re.escape(w) for w in words))
        parts |= {fold(w) for w in words if len(w) > 1 and fold(w) not in PARTICLES}
    whole = re.compile(r"\b(?:" + "|".join(sorted(fulls, key=len, reverse=True)) + r")\b", re.I)

    def word(match: re.Match[str]) -> str:
        text = match.group(0)
        return HIDDEN_NAME if text[:1].isupper() and fold(text) in parts else text

    def redact(text: str) -> str:
        out = whole.sub(HIDDEN_NAME, text) if fulls else text
        out = WORD.sub(word, out)
        return re.sub(r"\[naam\](?:\W+\[naam\])+", HIDDEN_NAME, out)

    return redact


@dataclass
class Group:
    """Something a cell describes, with the people it covers."""

    key: str
    people: set[str] = field(default_factory=set)


def selection_refused(k: int) -> PopError:
    """Works-council versions for parts of the organisation could be subtracted."""
    return PopError(
        N_(
            "De versie voor de ondernemingsraad gaat altijd over de hele organisatie: twee versies "
            "voor verschillende afdelingen zouden, van elkaar afgetrokken, iets zeggen over minder "
            "dan {k} mensen (of over één persoon). Laat --afdeling weg; kleine afdelingen staan "
            "dan samen onder 'Overige afdelingen'."
        ),
        k=k,
    )


def pool(groups: list[Group], k: int) -> tuple[list[Group], list[Group], bool]:
    """(kept, pooled, pool_is_big_enough): groups under `k` people go into one pool; while the
    pool covers fewer than `k` people, the smallest kept group joins it."""
    small = [g for g in groups if len(g.people) < k]
    kept = sorted((g for g in groups if len(g.people) >= k), key=lambda g: (len(g.people), g.key))
    if not small:
        return kept, [], True
    pooled, people = list(small), set().union(*(g.people for g in small))
    while len(people) < k and kept:
        group = kept.pop(0)
        pooled.append(group)
        people |= group.people
    return kept, pooled, len(people) >= k


class Pseudonymiser:
    """Applies the rules of the module docstring to one aggregation run."""

    def __init__(self, builder: _Builder, k: int, lang: Language, share: float = 0.5) -> None:
        self.b, self.k, self.lang = builder, k, lang
        self.notes: list[Note] = []
        self.redact = redactor(builder.person_names)
        self.department_of: dict[str, str] = {}
        self.training_of: dict[tuple[str, str], TrainingRow] = {}
        self.share = share

    def departments(self, rows: list[tuple[str, DepartmentRow]]) -> list[tuple[str, DepartmentRow]]:
        people: dict[str, set[str]] = {key: set() for key, _ in rows}
        for plan_id, (key, _name) in self.b.names.items():
            people.setdefault(key, set()).add(plan_id)
        by_key = dict(rows)
        kept, pooled, enough = pool([Group(key, people[key]) for key, _ in rows], self.k)
        everyone = len(self.b.names)
        if not enough:
            raise PopError(
                N_(
                    "Deze selectie telt {everyone} mensen; een versie voor de ondernemingsraad "
                    "vraagt minstens {k} mensen per cel (instelling min_group_size). Kies een "
                    "ruimere selectie of laat --pseudoniem weg."
                ),
                everyone=everyone,
                k=self.k,
            )
        for _key, row in rows:
            self.department_of[row.name] = row.name
        out = [(g.key, by_key[g.key]) for g in kept]
        if pooled:
            merged = DepartmentRow(name=say(self.lang, N_("Overige afdelingen")))
            budgets = [by_key[g.key].budget for g in pooled if by_key[g.key].budget is not None]
            for group in pooled:
                row = by_key[group.key]
                self.department_of[row.name] = merged.name
                merged.employees += row.employees
                merged.fte += row.fte
                merged.totals.merge(row.totals)
                for code in CLUSTERS:
                    merged.clusters[code].merge(row.clusters[code])
            merged.budget = sum(b or 0.0 for b in budgets) if budgets else None
            names = sorted((by_key[g.key].name for g in pooled), key=fold)
            self.notes.append(
                Message(
                    N_(
                        "Afdelingen met minder dan {k} medewerkers zijn samengevoegd tot '{name}': "
                        "{departments}."
                    ),
                    k=self.k,
                    name=merged.name,
                    departments=", ".join(names),
                )
            )
            out.append(("\uffff", merged))
        return sorted(out, key=lambda kv: (kv[0] == "\uffff", fold(kv[1].name)))

    def clusters(self) -> set[str]:
        """The clusters left out: fewer than k people, plus the next smallest if one is alone."""
        sizes = {c: len(self.b.cluster_people.get(c, set())) for c in CLUSTERS}
        hidden = {c for c, n in sizes.items() if 0 < n < self.k}
        if len(hidden) == 1:
            rest = sorted((n, c) for c, n in sizes.items() if n and c not in hidden)
            if rest:
                hidden.add(rest[0][1])
        if hidden:
            codes = ", ".join(sorted(hidden))
            self.notes.append(
                Message(
                    N_(
                        "Cluster(s) {codes} zijn weggelaten: minder dan {k} mensen (of ze zouden "
                        "uit het totaal af te leiden zijn)."
                    ),
                    codes=codes,
                    k=self.k,
                )
            )
        return hidden

    def trainings(
        self, rows: dict[tuple[str, str], TrainingRow], hidden: set[str]
    ) -> list[TrainingRow]:
        out: list[TrainingRow] = []
        merged_count = 0
        for code in CLUSTERS:
            if code in hidden:
                continue
            keys = [key for key in rows if key[1] == code]
            groups = [Group(repr(key), self.b.training_people[key]) for key in keys]
            kept, pooled, _enough = pool(groups, self.k)
            by_repr = {repr(key): rows[key] for key in keys}
            key_of = {repr(key): key for key in keys}
            for group in kept:
                out.append(self._clean(by_repr[group.key], len(group.people)))
                self.training_of[key_of[group.key]] = out[-1]
            if pooled:
                first = by_repr[pooled[0].key]
                other = TrainingRow(
                    say(self.lang, N_("Overige opleidingen")),
                    None,
                    first.type,
                    first.formal,
                    code,
                )
                other.merged = len(pooled)
                people: set[str] = set()
                for group in pooled:
                    row = by_repr[group.key]
                    self.training_of[key_of[group.key]] = other
                    other.hours += row.hours
                    other.cost += row.cost
                    people |= group.people
                    for dep in row.departments:
                        name = self.department_of.get(dep, dep)
                        if name not in other.departments:
                            other.departments.append(name)
                other.participants = len(people)
                merged_count += len(pooled)
                out.append(other)
        if merged_count:
            self.notes.append(
                Message(
                    N_(
                        "{merged_count} opleiding(en) met minder dan {k} deelnemers zijn per "
                        "cluster samengevoegd tot 'Overige opleidingen'."
                    ),
                    merged_count=merged_count,
                    k=self.k,
                )
            )
        return out

    def _clean(self, row: TrainingRow, participants: int) -> TrainingRow:
        row.title = self.redact(row.title)
        row.catalogue_title = self.redact(row.catalogue_title)
        row.roles = []
        row.departments = sorted({self.department_of.get(d, d) for d in row.departments}, key=fold)
        row.participants = participants
        return row

    def needs(self, rows: list[NeedRow]) -> list[NeedRow]:
        merged: dict[tuple[str, str], NeedRow] = {}
        for row in rows:
            department = self.department_of.get(row.department, row.department)
            key = (department, row.skill_id)
            into = merged.get(key)
            if into is None:
                into = merged[key] = NeedRow(department, row.skill_id, self.redact(row.label))
            into.strategic = into.strategic or row.strategic
            for name in ("employees", "needed_sum", "present_sum", "assessed", "with_gap"):
                setattr(into, name, getattr(into, name) + getattr(row, name))
            into.gap_levels += row.gap_levels
            into.planned += row.planned
        kept = [row for row in merged.values() if row.employees >= self.k]
        dropped = len(merged) - len(kept)
        if dropped:
            self.notes.append(
                Message(
                    N_(
                        "{dropped} rij(en) van de behoeftentabel gaan over minder dan {k} mensen "
                        "en zijn weggelaten."
                    ),
                    dropped=dropped,
                    k=self.k,
                )
            )
        return kept

    def certificates(self) -> list[CertificateGroup]:
        titles: dict[str, Group] = {}
        renewals: dict[str, set[str]] = {}
        for cert in self.b.certificates:
            title = self.redact(" ".join(cert.title.split()))
            titles.setdefault(title, Group(title)).people.add(cert.employee)
            if cert.renewal_planned:
                renewals.setdefault(title, set()).add(cert.employee)
        kept, pooled, enough = pool(list(titles.values()), self.k)
        out = [
            CertificateGroup(g.key, len(g.people), len(renewals.get(g.key, set()) & g.people))
            for g in sorted(kept, key=lambda g: fold(g.key))
        ]
        if pooled and enough:
            people = set().union(*(g.people for g in pooled))
            renewed = set().union(*(renewals.get(g.key, set()) for g in pooled)) & people
            out.append(
                CertificateGroup(say(self.lang, N_("Overige attesten")), len(people), len(renewed))
            )
        if pooled:
            self.notes.append(
                Message(
                    N_("Attesten die bij minder dan {k} mensen vervallen, zijn samengevoegd.")
                    if enough
                    else N_("Attesten die bij minder dan {k} mensen vervallen, zijn weggelaten."),
                    k=self.k,
                )
            )
        return out

    def amounts(
        self,
        departments: list[DepartmentRow],
        total: DepartmentRow,
        trainings: list[TrainingRow],
        hidden_clusters: set[str],
    ) -> dict[str, set[str]]:
        """Mark every amount a reader must not see (org/pseudonym_cells.py): in the rows'
        `hidden`, and per cluster in the result. Call before the per-person rows are dropped."""
        by_cluster: dict[str, set[str]] = {code: set() for code in CLUSTERS}
        budgeted = [row for row in departments if row.budget is not None]
        total.budgeted_cost = sum(row.totals.cost for row in budgeted)
        rows = [(row.name, row) for row in departments] + [(None, total)]
        hidden_any = False
        for measure in ("hours", "cost"):
            cells: dict[Hashable, dict[str, float]] = defaultdict(lambda: defaultdict(float))
            for a in self.b.actions:
                value = a.hours if measure == "hours" else a.cost
                department = self.department_of.get(a.department, a.department)
                part = "formal" if a.formal else "informal"
                for name in (department, None):
                    cells[("d", name, "all")][a.plan_id] += value
                    cells[("d", name, part)][a.plan_id] += value
                cells[("c", a.cluster)][a.plan_id] += value
                training = self.training_of.get(a.training)
                if training is not None:
                    cells[("t", id(training))][a.plan_id] += value
                with_budget = any(r.name == department for r in budgeted)
                cells[("b", with_budget)][a.plan_id] += value
            partitions: list[Partition] = [
                ([("d", name, "formal"), ("d", name, "informal")], ("d", name, "all"))
                for name, _row in rows
            ]
            partitions += [
                ([("d", row.name, part) for row in departments], ("d", None, part))
                for part in ("all", "formal", "informal")
            ]
            partitions.append(([("c", code) for code in CLUSTERS], ("d", None, "all")))
            for code in CLUSTERS:
                members = [("t", id(t)) for t in trainings if t.cluster == code]
                partitions.append((list(dict.fromkeys(members)), ("c", code)))
            if measure == "cost":
                budget_cells: list[Hashable] = [("d", r.name, "all") for r in budgeted]
                partitions.append((budget_cells, ("b", True)))
                unbudgeted: list[Hashable] = [
                    ("d", r.name, "all") for r in departments if r.budget is None
                ]
                partitions.append((unbudgeted, ("b", False)))
                partitions.append(([("b", True), ("b", False)], ("d", None, "all")))
            gone = protect(
                dict(cells), partitions, self.share, {("c", code) for code in hidden_clusters}
            )
            hidden_any |= bool(gone - {("c", code) for code in hidden_clusters})
            for name, row in rows:
                for part, label in (("all", measure), ("formal", f"formal_{measure}")):
                    if ("d", name, part) in gone:
                        row.hidden.add(label)
                if ("d", name, "informal") in gone:
                    row.hidden.add(f"informal_{measure}")
            for t in trainings:
                if ("t", id(t)) in gone:
                    t.hidden.add(measure)
            for code in CLUSTERS:
                if ("c", code) in gone:
                    by_cluster[code].add(measure)
            if measure == "cost":
                for row in departments:
                    if "cost" in row.hidden:
                        row.hidden.add("remaining")
                if ("b", True) in gone:
                    total.hidden.add("remaining")
                self.unbudgeted_hidden = ("b", False) in gone
        self._unscheduled()
        if hidden_any:
            share = round(self.share * 100)
            self.notes.append(
                Message(
                    N_(
                        "Uren en bedragen waarvan één persoon meer dan {share}% uitmaakt, zijn "
                        "niet getoond (–); ook zoveel andere als nodig is om ze niet uit een "
                        "totaal af te leiden (instelling max_person_share)."
                    ),
                    share=share,
                )
            )
        return by_cluster

    def _unscheduled(self) -> None:
        """The note on actions without a date names no amount that covers fewer than k
        people or that one person dominates."""
        by = self.b.unscheduled_by
        hours = {p: t.hours for p, t in by.items()}
        cost = {p: t.cost for p, t in by.items()}
        self.unscheduled_hidden = len(by) < self.k or any(
            dominated(amounts, self.share) for amounts in (hours, cost)
        )

    unbudgeted_hidden = False
    unscheduled_hidden = False
