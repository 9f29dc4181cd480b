"""The hours per month under the timeline read in the screen's language ('6 / 13.3 h')."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.demo import sophie
from pop_assistent.planning.workload import compute
from pop_assistent.tui.widgets.timeline_view import workload_content


@pytest.mark.parametrize(("lang", "unit", "other"), [("en", " h", " u"), ("nl", " u", " h")])
def test_hours_per_month_use_the_languages_unit(
    today: date, lang: str, unit: str, other: str
) -> None:
    plan = sophie(today)
    lines = workload_content(compute(plan, today), lang).plain.splitlines()  # type: ignore[arg-type]
    months = [line for line in lines[1:] if "/" in line]
    assert months and all(line.endswith(unit) for line in months)
    assert not any(line.endswith(other) for line in months)


def test_hours_agreed_as_working_time_are_not_called_legally_required(today: date) -> None:
    plan = sophie(today)
    action = next(a for a in plan.actions if a.start and not a.legally_required)
    action.in_working_time = True
    text = workload_content(compute(plan, today), "nl").plain  # type: ignore[arg-type]
    assert "in werktijd, niet van je leertijd" in text and "wettelijk" not in text
