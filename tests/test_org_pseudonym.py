"""The works-council version cannot be reversed with a staff list (issue 15's attack).

34 people in eight departments of very different sizes (a director alone, two in IT), names
typed in action titles, unique roles, certificates that expire. The attacker has the staff list
(names, plan ids, roles, departments) and every format of the report.
"""

from __future__ import annotations

import hashlib
import io
import re
from datetime import date

import pytest
from openpyxl import load_workbook
from org_support import SETTINGS, TODAY, YEAR
from pydantic import ValidationError

from pop_assistent.config import OrgSettings
from pop_assistent.dialogue.plans import slug
from pop_assistent.errors import PopError
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    ActionType,
    Employee,
    Plan,
    SkillRating,
)
from pop_assistent.org import build_training_plan, render
from pop_assistent.org.model import TrainingPlan

DEPARTMENTS = {
    "Zorg": 9,
    "Logistiek": 7,
    "Keuken": 6,
    "Onderhoud": 5,
    "IT": 2,
    "HR": 2,
    "Schoonmaak": 2,
    "Directie": 1,
}
FIRST = ["Greet", "Jan", "Marc", "Els", "Sofie", "Koen", "Lien", "Bart", "Inge", "Wim", "An"]
LAST = ["Peeters", "Janssens", "Maes", "Jacobs", "Mertens", "Willems", "Claes", "Goossens"]
UNIQUE_ROLES = {"Directie": "Algemeen directeur", "IT": "Netwerkbeheerder"}


def staff() -> list[Plan]:
    plans = []
    n = 0
    names = [f"{FIRST[i % len(FIRST)]} {LAST[(i * 3) % len(LAST)]}" for i in range(34)]
    names = [
        f"{name} {'ABCDEFGHIJ'[i // 11]}." if i >= 11 else name for i, name in enumerate(names)
    ]
    for department, size in DEPARTMENTS.items():
        for _ in range(size):
            name = names[n]
            colleague = names[(n + 1) % len(names)]
            boss = names[0] if n else names[1]
            role = UNIQUE_ROLES.get(department, f"Medewerker {department.lower()}")
            actions = [
                Action(id="a1", title=f"Coaching door {colleague}", type=ActionType.coaching,
                       formal=False, start=date(YEAR, 2 + n % 9, 1), hours=4 + n % 5),
                Action(id="a2", title=f"Meelopen met {colleague.split()[0]}",
                       start=date(YEAR, 3, 1), hours=8, cost_eur=10.0 * n),
                Action(id="a3", title="VCA basis", start=date(YEAR - 10, 1, 10),
                       status=ActionStatus.done, completed_on=date(YEAR - 10, 1, 10),
                       legally_required=True, certificate_valid_years=10, hours=8),
            ]  # fmt: skip
            if department == "Directie":
                actions.append(
                    Action(id="a4", title="MBA", type=ActionType.external_certified,
                           start=date(YEAR, 9, 1), hours=600, cost_eur=45000,
                           origin=ActionOrigin.organisation_goal)
                )  # fmt: skip
            plans.append(
                Plan(
                    id=slug(name),
                    created_on=TODAY,
                    employee=Employee(
                        name=name,
                        department=department,
                        role=role,
                        manager=boss,
                        coach=colleague,
                        fte=1.0,
                    ),
                    skills=[
                        SkillRating(
                            label=f"Samenwerken met {boss}", current_level=2, wanted_level=4
                        )
                    ],
                    actions=actions,
                    shared=True,
                )  # fmt: skip
            )
            n += 1
    return plans


def build(plans: list[Plan], settings: OrgSettings = SETTINGS, **kw: object) -> TrainingPlan:
    return build_training_plan(
        plans,
        settings=settings,
        year=YEAR,
        today=TODAY,
        pseudonymise=True,
        **kw,  # type: ignore[arg-type]
    )


def documents(plan: TrainingPlan) -> dict[str, str]:
    out = {fmt: render(plan, fmt).decode("utf-8-sig") for fmt in ("md", "html", "csv")}
    book = load_workbook(io.BytesIO(render(plan, "xlsx")))
    out["xlsx"] = "\n".join(
        " | ".join("" if c.value is None else str(c.value) for c in row)
        for ws in book
        for row in ws.iter_rows()
    )
    return out


def test_a_staff_list_maps_nobody() -> None:
    plans = staff()
    assert len(plans) == 34
    plan = build(plans)
    docs = documents(plan)
    # The old attack: numbers in the order of sha256(plan id). There is nothing to map now.
    order = sorted((p.id for p in plans), key=lambda i: hashlib.sha256(i.encode()).hexdigest())
    assert order and all(not re.search(r"Medewerker \d{3}", text) for text in docs.values())
    for person in plans:
        e = person.employee
        parts = [w for w in re.findall(r"[^\W\d_]{3,}", e.name)]
        for fmt, text in docs.items():
            assert e.name not in text, (fmt, e.name)
            assert person.id not in text, (fmt, person.id)
            assert not [w for w in parts if re.search(rf"\b{w}\b", text)], (fmt, e.name)
            assert e.role not in text, (fmt, e.role)  # no role column, no target-group roles
    assert "MBA" not in docs["md"]  # the director's lone MBA is pooled, not listed
    assert "45.000" not in docs["md"] and "45000" not in docs["csv"]


def test_every_cell_covers_at_least_five_people() -> None:
    plan = build(staff())
    assert [d.name for d in plan.departments] == [
        "Keuken", "Logistiek", "Onderhoud", "Zorg", "Overige afdelingen"
    ]  # fmt: skip
    assert all(d.employees >= 5 for d in plan.departments)
    assert sum(d.employees for d in plan.departments) == plan.total.employees == 34
    assert plan.actions == [] and plan.certificates == []  # no list per person
    assert all(t.participants >= 5 for t in plan.trainings)
    assert all(t.roles == [] for t in plan.trainings)
    assert all(n.employees >= 5 for n in plan.needs)
    assert all(g.people >= 5 for g in plan.certificate_groups)
    assert sum(g.people for g in plan.certificate_groups) == 34  # VCA of ten years ago
    # Cluster a is the director's MBA alone: left out, and with it the next smallest (here d,
    # the only other one), so that the total hours cannot give the MBA away.
    assert plan.hidden_clusters == {"a", "d"}
    md = render(plan, "md").decode()
    assert "minder dan 5 medewerkers zijn samengevoegd tot 'Overige afdelingen'" in md
    assert "Cluster(s) a, d zijn weggelaten" in md
    assert "zonder namen, functies of lijst per persoon" in md


def test_a_small_selection_is_refused_and_the_minimum_is_never_below_three() -> None:
    with pytest.raises(PopError, match="telt 2 mensen.*minstens 5"):
        build(staff()[27:29])  # IT alone
    three = SETTINGS.model_copy(update={"min_group_size": 3})
    plan = build(staff(), three)
    assert min(d.employees for d in plan.departments) >= 3
    assert all(t.participants >= 3 for t in plan.trainings)
    with pytest.raises(ValidationError):
        OrgSettings(min_group_size=2)


def test_names_typed_anywhere_are_removed_from_titles_and_labels() -> None:
    plan = build(staff())
    titles = [t.title for t in plan.trainings] + [n.label for n in plan.needs]
    assert any("[naam]" in title for title in titles)
    assert not any(re.search(r"\b(Greet|Janssens|Peeters|Maes)\b", t) for t in titles)


def test_the_training_plan_figures_hr_can_defend() -> None:
    """4.96 days per FTE below a target of 5 never prints as 5; the total budget left counts
    only the spending of departments that have a budget."""
    plans = staff()[:9]  # Zorg
    hours = 4.96 * 7.6 * 9
    each = hours / 9
    plans = [
        p.model_copy(update={"actions": [Action(title="Opleiding", start=date(YEAR, 5, 1),
                                                hours=each, cost_eur=100)]})
        for p in plans
    ]  # fmt: skip
    other = staff()[9].model_copy(update={"actions": [
        Action(title="Cursus", start=date(YEAR, 5, 1), hours=10, cost_eur=700)
    ]})  # fmt: skip
    settings = OrgSettings(budgets_eur={"Zorg": 1000}, training_days_target=5)
    plan = build_training_plan(plans + [other], settings=settings, year=YEAR, today=TODAY)
    md = render(plan, "md").decode()
    assert "| Zorg | 9 | 9 | 9 | 339,3 | 44,6 | 4,96 (onder het doel) | 900 |" in md
    assert "5,0 (onder het doel)" not in md
    assert "| Totaal | 1.000 | 1.600 | 100 |" in md  # 1000 - 900: Logistiek has no budget
    assert "Hun kosten (€ 700) zijn niet afgetrokken van het totale budget." in md


def with_mba_at_the_work_floor(plans: list[Plan]) -> list[Plan]:
    """The director's MBA asked from the work floor (cluster d), so that it lands in cells that
    cover many people: 'Overige afdelingen' (7 people), cluster d, 'Overige opleidingen'."""
    out = []
    for plan in plans:
        actions = [
            a.model_copy(update={"origin": ActionOrigin.own_wish}) if a.title == "MBA" else a
            for a in plan.actions
        ]
        out.append(plan.model_copy(update={"actions": actions}))
    return out


def amount(text: str) -> float | None:
    """'47.100' -> 47100.0 (Dutch), '–' -> None (not shown)."""
    text = text.split(" (")[0].strip()
    if text in ("–", "-", ""):
        return None
    return float(text.replace(".", "").replace(",", "."))


def derived(cells: list[float | None], total: float | None) -> list[float]:
    """What a reader learns from one table line: every shown cell, and, when the total is
    shown, the sum of the cells that are not."""
    shown = [c for c in cells if c is not None]
    hidden = len(cells) - len(shown)
    return shown + ([total - sum(shown)] if total is not None and hidden else [])


def test_one_large_amount_does_not_single_out_its_owner() -> None:
    """The issue's attack: one 45,000 euro MBA inside an 'Overige' cell of 7 people gives its
    owner away (the director is the only one who could). No amount a reader sees or can work
    out from a total may be one person's for more than half."""
    from pop_assistent.org.view import build_view

    plan = build(with_mba_at_the_work_floor(staff()))
    view = build_view(plan)
    rows = [*view["departments"], view["total"]]
    seen: list[float] = []
    for key, limit in (("cost", 45000), ("hours", 600)):
        column = [amount(r[key]) for r in view["departments"]]
        seen += [(v, limit) for v in derived(column, amount(view["total"][key]))]  # type: ignore[misc]
        for split in ("formal", "informal"):
            column = [amount(r[split][key]) for r in view["departments"]]
            total = amount(view["total"][split][key])
            seen += [(v, limit) for v in derived(column, total)]  # type: ignore[misc]
        for r in rows:  # formal + informal = the row's amount
            parts = [amount(r["formal"][key]), amount(r["informal"][key])]
            seen += [(v, limit) for v in derived(parts, amount(r[key]))]  # type: ignore[misc]
        clusters = [amount(c[key]) for c in view["clusters"]]
        seen += [(v, limit) for v in derived(clusters, amount(view["total"][key]))]  # type: ignore[misc]
        for c in view["clusters"]:
            trainings = [amount(t[key]) for t in c["trainings"]]
            seen += [(v, limit) for v in derived(trainings, amount(c[key]))]  # type: ignore[misc]
    for r in rows:  # what is left of a budget gives the cost away
        left, budget = amount(r["remaining"]), amount(r["available"] or "–")
        if left is not None and budget is not None:
            seen.append((budget - left, 45000))  # type: ignore[arg-type]
    days = [(amount(r["days"]) or 0) * SETTINGS.hours_per_day for r in rows]
    seen += [(d, 600) for d in days]  # type: ignore[misc]
    # Attack: find the MBA's cost or hours in a cell or a difference
    revealing = [(v, limit) for v, limit in seen if v >= limit]  # type: ignore[misc]
    assert revealing == []
    docs = documents(plan)
    for fmt, text in docs.items():
        numbers = [amount(n) for n in re.findall(r"\b\d{1,3}(?:\.\d{3})+\b", text)]
        assert not [n for n in numbers if n and n >= 45000], fmt
    assert any("meer dan 50% uitmaakt, zijn niet getoond" in n for n in plan.note("nl"))


def test_two_versions_for_different_departments_cannot_be_subtracted() -> None:
    """Overige afdelingen of the whole organisation minus a version for the four large
    departments and IT would be the director alone."""
    plans = with_mba_at_the_work_floor(staff())
    build(plans)
    # Attack: ask a works-council version per department, then subtract
    with pytest.raises(PopError, match="hele organisatie"):
        build(plans, departments=["Zorg", "Logistiek", "Keuken", "Onderhoud", "IT"])
