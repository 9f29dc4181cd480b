"""The training plan's totals on the hand-checked set of tests/org_support.py.

Every expected number below is worked out by hand from the plans, not by the code under test.
Plan year 2027, 1 training day = 8 hours, target 5 days per FTE.
"""

from __future__ import annotations

from datetime import date

import pytest
from org_support import SETTINGS, TODAY, YEAR, hand_catalogue, hand_plans

from pop_assistent.errors import PopError
from pop_assistent.model import Action, ActionOrigin
from pop_assistent.org import build_training_plan
from pop_assistent.org.model import TrainingPlan
from pop_assistent.org.rules import add_years, cluster_of


def build(**kwargs: object) -> TrainingPlan:
    options: dict[str, object] = {"catalogue": hand_catalogue()} | kwargs
    return build_training_plan(
        hand_plans(),
        settings=SETTINGS,
        year=YEAR,
        today=TODAY,
        **options,  # type: ignore[arg-type]
    )


def test_hours_cost_and_days_per_department() -> None:
    plan = build()
    logistiek, productie = plan.departments
    # Logistiek: Ann a1 4 h / 150 + a2 7 h / 0, Bram b1 10 h / 0 (a3, b2 are 2022, b3 cancelled)
    assert (logistiek.name, logistiek.employees, logistiek.totals.actions) == ("Logistiek", 2, 3)
    assert logistiek.totals.hours == 4 + 7 + 10 == 21
    assert logistiek.totals.cost == 150
    assert logistiek.fte == pytest.approx(1.0 + 0.5)
    assert logistiek.days == pytest.approx(21 / 8)  # 2.625 days
    assert logistiek.days_per_fte == pytest.approx(2.625 / 1.5)  # 1.75
    # Productie: Chris c1 21 h / 900 + c2 8 h / 120 (c3 is 2028; Dina's d1 has no date, so it
    # belongs to no year: counting it in 2027 would also count it in 2028, 2029, ...)
    assert productie.totals.actions == 2
    assert productie.totals.hours == 21 + 8 == 29
    assert productie.totals.cost == 900 + 120 == 1020
    assert productie.fte == pytest.approx(0.8 + 1.0)
    assert productie.days_per_fte == pytest.approx((29 / 8) / 1.8)  # 2.01
    # Whole organisation: 50 h = 6.25 days over 3.3 FTE
    assert plan.total.totals.hours == 50 and plan.total.totals.cost == 1170
    assert plan.total.days == pytest.approx(6.25)
    assert plan.total.days_per_fte == pytest.approx(6.25 / 3.3)
    assert plan.total.employees == 4 and plan.plan_count == 4


def test_formal_and_informal() -> None:
    plan = build()
    logistiek, productie = plan.departments
    # Logistiek formal: a1 (4 h, 150) and a2 (7 h); informal: b1 coaching (10 h)
    assert (logistiek.totals.formal_actions, logistiek.totals.formal_hours) == (2, 11)
    assert (logistiek.totals.informal_actions, logistiek.totals.informal_hours) == (1, 10)
    # Productie formal: c1 (21 h, 900) and c2 (8 h, 120); informal: none (d1 has no date)
    assert (productie.totals.formal_hours, productie.totals.formal_cost) == (29, 1020)
    assert (productie.totals.informal_hours, productie.totals.informal_cost) == (0, 0)


def test_clusters() -> None:
    c = build().total.clusters
    # a: c1 (organisation goal). b: a1 (own wish, but the catalogue item is legally required)
    # and c2 (flagged legally required although proposed by the manager). c: a2. d: b1 (d1
    # has no date).
    assert (c["a"].actions, c["a"].hours, c["a"].cost) == (1, 21, 900)
    assert (c["b"].actions, c["b"].hours, c["b"].cost) == (2, 4 + 8, 150 + 120)
    assert (c["c"].actions, c["c"].hours, c["c"].cost) == (1, 7, 0)
    assert (c["d"].actions, c["d"].hours, c["d"].cost) == (1, 10, 0)


def test_cluster_rule_per_origin() -> None:
    assert cluster_of(Action(title="x", origin=ActionOrigin.organisation_goal), None) == "a"
    assert cluster_of(Action(title="x", origin=ActionOrigin.legal_duty), None) == "b"
    assert cluster_of(Action(title="x", origin=ActionOrigin.manager_proposal), None) == "c"
    assert cluster_of(Action(title="x", origin=ActionOrigin.own_wish), None) == "d"
    flagged = Action(title="x", origin=ActionOrigin.own_wish, legally_required=True)
    assert cluster_of(flagged, None) == "b"


def test_budget_used_against_available() -> None:
    plan = build()
    logistiek, productie = plan.departments
    assert (logistiek.budget, logistiek.remaining) == (1000, 1000 - 150)
    assert (productie.budget, productie.remaining) == (500, 500 - 1020)  # -520: over budget
    assert plan.total.budget == 1500 and plan.total.remaining == 1500 - 1170


def test_expiring_certificates() -> None:
    certs = build().certificates
    # Ann: forklift refresher done 2022-06-15, valid 5 years (catalogue) -> 2027-06-15; her a1
    # renewal is planned in 2027. Bram: done 2022-11-30 -> 2027-11-30, no renewal planned.
    # Chris's VCA (c2) is not done yet, so it cannot expire.
    assert [(c.employee, c.expires, c.renewal_planned) for c in certs] == [
        ("Ann Aerts", date(2027, 6, 15), True),
        ("Bram Bosmans", date(2027, 11, 30), False),
    ]
    assert certs[0].title == "Heftruck opfrissing" and certs[0].obtained == date(2022, 6, 15)
    assert (
        build_training_plan(
            hand_plans(), settings=SETTINGS, year=2028, today=TODAY, catalogue=hand_catalogue()
        ).certificates
        == []
    )


def test_needs_present_versus_needed() -> None:
    needs = {(n.department, n.skill_id): n for n in build().needs}
    forklift = needs[("Logistiek", "heftruck")]
    # Role magazijnier needs 3; Ann has 3, Bram 2 -> avg present 2.5, one gap of 1 level;
    # Ann's a1 works on it (catalogue skills) -> planned 1.
    assert (forklift.employees, forklift.needed_avg, forklift.present_avg) == (2, 3, 2.5)
    assert (forklift.with_gap, forklift.gap_levels, forklift.planned) == (1, 1, 1)
    # Excel: the role's level 2 wins over Ann's wish (3): Ann 1 -> gap, Bram 2 -> none.
    excel = needs[("Logistiek", "excel")]
    assert (excel.needed_avg, excel.present_avg, excel.with_gap, excel.planned) == (2, 1.5, 1, 1)
    safety = needs[("Logistiek", "veiligheid")]
    assert (safety.employees, safety.not_assessed, safety.present_avg) == (2, 2, None)
    lead = needs[("Productie", "leiding")]
    assert (lead.strategic, lead.needed_avg, lead.present_avg, lead.gap_levels) == (True, 4, 2, 2)
    assert lead.planned == 1  # c1 via its goal
    # Dina's role profile is unknown: her own wish (2 -> 4) is the need.
    dina_excel = needs[("Productie", "excel")]
    assert (dina_excel.employees, dina_excel.needed_avg, dina_excel.planned) == (1, 4, 0)
    assert forklift.label == "Heftruck rijden"  # the catalogue's label, not the plan's


def test_trainings_have_target_groups() -> None:
    rows = {(t.cluster, t.title): t for t in build().trainings}
    assert set(rows) == {
        ("a", "Leidinggeven"),
        ("b", "Heftruck opfrissing"),
        ("b", "VCA basis"),
        ("c", "Excel basis"),
        ("d", "Coaching on the job heftruck"),
    }
    assert rows[("b", "Heftruck opfrissing")].roles == ["Magazijnier"]
    assert rows[("a", "Leidinggeven")].departments == ["Productie"]


def test_unknown_catalogue_ids_and_roles_degrade_to_notes() -> None:
    notes = " ".join(build().note("nl"))
    assert "onbekend-id, ook-onbekend" in notes
    assert "bestaat-niet" in notes
    assert "1 actie(s) in 1 plan(nen) hebben nog geen datum (6 uur, € 49)" in notes
    assert "in geen enkel jaar" in notes
    without = build(catalogue=None)
    # Without a catalogue a1 is no longer known as legally required: own wish -> d.
    assert without.total.clusters["b"].actions == 1
    assert without.certificates == []  # validity came from the catalogue


def test_department_filter_and_unknown_department() -> None:
    plan = build(departments=["PRODUCTIE"])
    assert [d.name for d in plan.departments] == ["Productie"]
    assert plan.department_filter == ["Productie"] and plan.plan_count == 2
    with pytest.raises(PopError, match="Afdelingen met plannen: Logistiek, Productie"):
        build(departments=["Verkoop"])


def test_leap_day_certificate() -> None:
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)


def test_an_unknown_cost_counts_as_nothing_yet_and_breaks_nothing() -> None:
    plans = hand_plans()
    for plan in plans:
        for action in plan.actions:
            if action.cost_eur:
                action.cost_eur = None  # an own action whose cost nobody knows yet
    result = build_training_plan(
        plans, settings=SETTINGS, year=YEAR, today=TODAY, catalogue=hand_catalogue()
    )
    logistiek = result.departments[0]
    assert logistiek.totals.hours == 21 and logistiek.totals.cost == 0
