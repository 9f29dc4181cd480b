"""The plan model: validation reads like sentences, and JSON round trips lose nothing."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pop_assistent.demo import demo_plans
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    ActionType,
    CoachNote,
    Employee,
    Goal,
    Plan,
    SkillCategory,
    SkillRating,
    SmartCriterion,
    SmartResult,
    explain,
)
from pop_assistent.model.clean import clean_text

# What survives cleaning at the boundary (model/clean.py) must not be blank: a name made
# only of control characters is refused like an empty one.
text = st.text(min_size=1, max_size=40).filter(lambda s: clean_text(s).strip() != "")
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@st.composite
def plans(draw: st.DrawFn) -> Plan:
    goals = draw(
        st.lists(
            st.builds(
                Goal,
                id=st.uuids().map(lambda u: f"g-{u.hex[:8]}"),
                text=text,
                skill_ids=st.lists(st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3),
                deadline=st.none() | dates,
                smart=st.none()
                | st.builds(
                    SmartResult,
                    specific=st.builds(
                        SmartCriterion, met=st.none() | st.booleans(), reason=st.text()
                    ),
                    deadline=st.none() | dates,
                ),
                kept_with_warning=st.booleans(),
            ),
            max_size=3,
            unique_by=lambda g: g.id,
        )
    )
    goal_ids = [g.id for g in goals]
    actions = draw(
        st.lists(
            st.builds(
                Action,
                id=st.uuids().map(lambda u: f"a-{u.hex[:8]}"),
                goal_id=st.sampled_from(goal_ids) if goal_ids else st.none(),
                title=text,
                type=st.sampled_from(ActionType),
                hours=st.floats(min_value=0, max_value=500, allow_nan=False),
                cost_eur=st.floats(min_value=0, max_value=10000, allow_nan=False),
                status=st.sampled_from(ActionStatus),
                origin=st.sampled_from(ActionOrigin),
                expected_return=st.text(max_size=50),
                start=st.none(),
                end=st.none() | dates,
            ),
            max_size=4,
            unique_by=lambda a: a.id,
        )
    )
    return Plan(
        id=draw(st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True)),
        created_on=draw(dates),
        employee=Employee(
            name=draw(text), hours_per_week=draw(st.floats(min_value=0, max_value=40))
        ),
        skills=draw(
            st.lists(
                st.builds(
                    SkillRating,
                    label=text,
                    current_level=st.integers(1, 5),
                    wanted_level=st.integers(1, 5),
                    categories=st.lists(st.sampled_from(SkillCategory), unique=True),
                ),
                max_size=3,
            )
        ),
        goals=goals,
        actions=actions,
        coach_notes=draw(
            st.lists(st.builds(CoachNote, text=text, private=st.booleans()), max_size=2)
        ),
        shared=draw(st.booleans()),
    )


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(plans())
def test_json_round_trip_is_lossless(plan: Plan) -> None:
    again = Plan.from_json(plan.to_json())
    assert again == plan
    assert again.to_json() == plan.to_json()


def test_demo_plans_round_trip(today: date) -> None:
    for plan in demo_plans(today):
        assert Plan.from_json(plan.to_json()) == plan


def test_validation_errors_read_like_sentences() -> None:
    with pytest.raises(ValidationError) as info:
        Plan.model_validate(
            {
                "id": "x",
                "created_on": "2026-02-31",
                "employee": {"name": " ", "hours_per_week": 50},
                "goals": [{"text": ""}],
            }
        )
    sentences = explain(info.value)
    assert "De aanmaakdatum is geen geldige datum (gebruik JJJJ-MM-DD)." in sentences
    assert "Het aantal uren per week mag hoogstens 40 zijn." in sentences
    assert "Doel 1: de tekst mag niet leeg zijn." in sentences
    assert all(s.endswith(".") and s[0].isupper() for s in sentences)
    english = explain(info.value, "en")
    assert "Goal 1: the text may not be empty." in english


def test_action_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError) as info:
        Action(title="x", start=date(2027, 5, 1), end=date(2027, 4, 1))
    assert explain(info.value) == ["De einddatum ligt voor de startdatum."]


def test_action_must_reference_an_existing_goal(today: date) -> None:
    plan = demo_plans(today)[0]
    data = plan.model_dump()
    data["actions"][0]["goal_id"] = "g-bestaat-niet"
    with pytest.raises(ValidationError):
        Plan.model_validate(data)


def test_skill_gap_never_negative() -> None:
    assert SkillRating(label="x", current_level=4, wanted_level=2).gap == 0
    assert SkillRating(label="x", current_level=2, wanted_level=5).gap == 3
