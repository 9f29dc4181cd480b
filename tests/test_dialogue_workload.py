"""Workload: planned hours per month and quarter against the hours available."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pop_assistent.demo import sophie
from pop_assistent.model import Action
from pop_assistent.planning.workload import available_hours, compute


def test_hours_are_spread_over_the_months_of_an_action(today: date) -> None:
    plan = sophie(today)
    load = compute(plan, today)
    mooc = plan.action("a-sophie-mooc")
    assert mooc is not None and mooc.start is not None
    feb_to_apr = [m for m in load.months if date(2027, 2, 1) <= m.start <= date(2027, 4, 1)]
    assert round(sum(m.planned for m in feb_to_apr), 1) == mooc.hours
    assert load.total_planned == sum(a.hours for a in plan.actions)


def test_available_hours_follow_hours_per_week(today: date) -> None:
    plan = sophie(today)
    load = compute(plan, today)
    march = load.month(date(2027, 3, 10))
    assert march is not None
    assert march.available == round(2 * 31 / 7, 1)
    assert available_hours(7, date(2027, 1, 1), date(2027, 1, 7)) == 7


def test_an_overloaded_month_is_flagged(today: date) -> None:
    plan = sophie(today)
    plan.actions = [
        *plan.actions,
        Action(title="Bootcamp", start=date(2027, 3, 1), end=date(2027, 3, 5), hours=30),
    ]
    over = compute(plan, today).over_months
    assert [m.start for m in over] == [date(2027, 3, 1)]
    quarters = compute(plan, today).quarters
    assert any(q.start == date(2027, 1, 1) for q in quarters)


def test_no_planned_actions_no_months(today: date) -> None:
    plan = sophie(today)
    for action in plan.actions:
        action.start = None
        action.end = None
    assert compute(plan, today).months == ()


def test_config_file_decides_whether_legal_training_is_working_time(
    tmp_path: Path, today: date
) -> None:
    from pop_assistent.config import load_settings
    from pop_assistent.dialogue.plans import open_session
    from pop_assistent.storage import open_store

    settings = load_settings()
    assert settings.legal_in_working_time is True
    config = tmp_path / "config"
    config.mkdir(exist_ok=True)
    (config / "config.toml").write_text("legal_in_working_time = false\n", encoding="utf-8")
    settings = load_settings()
    assert settings.legal_in_working_time is False

    plan = sophie(today)
    plan.actions = [
        Action(
            title="VCA-attest",
            start=date(2027, 3, 1),
            end=date(2027, 3, 1),
            hours=8,
            legally_required=True,
        ),
    ]
    store = open_store(settings)
    store.save(plan, None, note="test")
    own_time = open_session(
        store, plan.id, today=today, legal_in_working_time=settings.legal_in_working_time
    )
    working_time = open_session(store, plan.id, today=today)
    assert own_time.workload().total_planned == 8
    assert own_time.workload().working_time == 0
    assert working_time.workload().total_planned == 0
    assert working_time.workload().working_time == 8
