"""Working days, the check-in schedule and due items, on frozen dates."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.demo import demo_plans, karim, sophie
from pop_assistent.errors import PopError
from pop_assistent.model import ActionStatus, CheckIn
from pop_assistent.planning.calendar import is_workday, next_workday, previous_workday
from pop_assistent.planning.checkins import check_in_dates
from pop_assistent.planning.due import (
    ACTION_DEADLINE,
    ACTION_START,
    CHECK_IN,
    GOAL_DEADLINE,
    due_items,
)


def test_workdays_skip_weekends_and_public_holidays() -> None:
    assert next_workday(date(2026, 12, 25), "BE") == date(2026, 12, 28)  # Christmas, Friday
    assert next_workday(date(2027, 7, 21), "BE") == date(2027, 7, 22)  # Belgian national day
    assert is_workday(date(2027, 7, 21), "NL")
    assert not is_workday(date(2027, 4, 27), "NL") and is_workday(date(2027, 4, 27), "BE")
    assert previous_workday(date(2027, 5, 2), "BE") == date(2027, 4, 30)
    with pytest.raises(PopError):
        is_workday(date(2027, 1, 4), "FR")


def test_check_in_dates_use_planned_ones_then_the_interval(today: date) -> None:
    plan = sophie(today)
    assert check_in_dates(plan, today) == [
        date(2027, 3, 1),
        date(2027, 6, 1),
        date(2027, 9, 1),
        date(2027, 12, 1),
    ]
    # after the first check-in is held, the schedule counts on from the last one
    plan = plan.model_copy(deep=True)
    plan.check_ins = [CheckIn(id="c", planned_for=date(2027, 3, 1), held_on=date(2027, 3, 3))]
    plan.check_in_every_months = 2
    dates = check_in_dates(plan, date(2027, 3, 4), count=3)
    assert dates == [date(2027, 5, 3), date(2027, 7, 5), date(2027, 9, 3)]
    assert all(is_workday(d) for d in dates)


def test_due_items_in_the_window_and_overdue_first(today: date) -> None:
    plans = demo_plans(today)
    assert due_items(plans, today, 14) == []
    items = due_items(plans, date(2027, 3, 3), 30)
    kinds = [(i.employee, i.kind, i.overdue) for i in items]
    assert kinds[0] == ("Sophie Peeters", ACTION_START, True)
    assert ("Karim El Amrani", ACTION_START, True) in kinds
    assert ("Sophie Peeters", CHECK_IN, True) in kinds  # planned 1 March, not held
    assert ("Karim El Amrani", ACTION_DEADLINE, False) in kinds  # 22 March
    assert [i.overdue for i in items] == sorted((i.overdue for i in items), reverse=True)


def test_started_and_done_actions_stop_reminding(today: date) -> None:
    plan = karim(today).model_copy(deep=True)
    plan.actions[0].status = ActionStatus.in_progress
    items = due_items([plan], date(2027, 3, 3), 30)
    titles = {(i.kind, i.title) for i in items}
    assert (ACTION_START, plan.actions[0].title) not in titles
    assert (ACTION_DEADLINE, plan.actions[0].title) in titles
    plan.actions[0].status = ActionStatus.done
    items = due_items([plan], date(2027, 3, 3), 30)
    assert all(i.title != plan.actions[0].title for i in items)


def test_goal_deadline_and_periodic_check_in(today: date) -> None:
    plan = karim(today)
    items = due_items([plan], date(2027, 6, 20), 14)
    assert any(i.kind == GOAL_DEADLINE and i.date == date(2027, 6, 30) for i in items)
    plan = plan.model_copy(update={"check_ins": []})
    items = due_items([plan], date(2027, 2, 20), 5)
    assert [i.date for i in items if i.kind == CHECK_IN] == [date(2027, 2, 24)]


def test_passed_start_of_a_not_started_action_is_phrased_as_should_have_started(
    today: date,
) -> None:
    from pop_assistent.export.reminders import format_due

    plan = karim(today).model_copy(deep=True)
    late_day = date(2027, 4, 2)
    plan.actions[0].status = ActionStatus.in_progress
    items = due_items([plan], late_day, 14)
    started = plan.actions[0].title
    assert all(not (i.kind == ACTION_START and i.title == started) for i in items)
    late_starts = [i for i in items if i.kind == ACTION_START and i.overdue]
    assert late_starts, "a not-started action whose start passed is still overdue"
    text = format_due(items, late_day, 14, "nl")
    line = next(x for x in text.splitlines() if late_starts[0].title[:30] in x)
    assert "had moeten starten" in line and "start actie" not in line
    assert "should have started" in format_due(items, late_day, 14, "en")
    assert started not in text.split("had moeten starten")[0].splitlines()[-1]
