"""The plan document says how much of the planned hours fall in working time: the manager who
signs it commits the team's hours, the employee their own."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pop_assistent.config import Settings
from pop_assistent.demo import sophie
from pop_assistent.export import export_plan
from tests.test_export_escaping import pdf_text


def _cook(today: date) -> object:
    plan = sophie(today)
    plan.actions = plan.actions[:2]
    first, second = plan.actions
    first.hours, first.in_working_time, first.legally_required = 32, True, False
    second.hours, second.in_working_time, second.legally_required = 8, False, False
    return plan


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("nl", "Waarvan 32 uur in werktijd en 8 uur eigen leertijd."),
        ("en", "Of which 32 hours in working time and 8 hours of own learning time."),
    ],
)
def test_the_total_splits_working_time_from_own_time(
    today: date, lang: str, said: str, tmp_path: Path
) -> None:
    plan = _cook(today)
    for fmt in ("md", "html"):
        assert said in export_plan(plan, fmt, today=today, lang=lang).decode()
    pdf = export_plan(plan, "pdf", today=today, lang=lang)
    assert said in " ".join(pdf_text(pdf, tmp_path).split())


def test_legal_training_counts_as_working_time_unless_the_organisation_says_otherwise(
    today: date,
) -> None:
    plan = _cook(today)
    plan.actions[0].in_working_time, plan.actions[0].legally_required = False, True
    said = "Waarvan 32 uur in werktijd en 8 uur eigen leertijd."
    assert said in export_plan(plan, "md", today=today).decode()
    own = Settings(legal_in_working_time=False)
    assert "werktijd en" not in export_plan(plan, "md", today=today, settings=own).decode()


def test_no_split_without_working_time_and_a_plain_sentence_when_all_is(today: date) -> None:
    plan = _cook(today)
    plan.actions[0].in_working_time = False
    assert "Waarvan" not in export_plan(plan, "md", today=today).decode()
    for a in plan.actions:
        a.in_working_time = True
    assert "Alle uren vallen in werktijd." in export_plan(plan, "md", today=today).decode()


@pytest.mark.parametrize(("lang", "said"), [("nl", "(elke maand)"), ("en", "(every month)")])
def test_monthly_check_ins_read_every_month(today: date, lang: str, said: str) -> None:
    """'every 1 months' stood in a plan with monthly check-ins."""
    plan = _cook(today)
    plan.check_in_every_months = 1
    text = export_plan(plan, "md", today=today, lang=lang).decode()
    assert said in text and " 1 months" not in text and "1 maanden" not in text
