"""A large, realistic plan shared by the storage tests and bench/store.py."""

from __future__ import annotations

from datetime import date, timedelta

from pop_assistent.demo import karim
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionStatus,
    ActionType,
    ActionUpdate,
    CheckIn,
    CoachNote,
    Goal,
    Plan,
    SkillKind,
    SkillRating,
)

TYPES = list(ActionType)
ORIGINS = list(ActionOrigin)


def large_plan(today: date, plan_id: str = "groot-plan") -> Plan:
    """Karim's demo plan grown to 10 goals, 40 actions, 8 check-ins and 12 skills."""
    base = karim(today)
    y = today.year + 1
    goals = [
        Goal(
            id=f"g-{n}",
            text=f"Tegen {n + 1} {['maart', 'juni', 'oktober'][n % 3]} {y} leid ik zelfstandig "
            f"het wekelijkse overleg van ploeg {n} en volg ik de afspraken op in het logboek.",
            skill_ids=[f"vaardigheid-{n}", f"vaardigheid-{(n + 3) % 12}"],
            career_project="Doorgroeien naar ploegleider binnen twee jaar.",
            deadline=date(y, 1 + n, 15),
            deadline_text=f"half {['januari', 'februari', 'maart'][n % 3]} {y}",
            training_is_answer=n % 4 != 0,
        )
        for n in range(10)
    ]
    actions = [
        Action(
            id=f"a-{n}",
            goal_id=f"g-{n % 10}",
            catalogue_id=f"cat-{n}" if n % 2 else None,
            title=f"Opleiding {n}: leidinggeven aan een technische ploeg, module {n % 5 + 1}",
            type=TYPES[n % len(TYPES)],
            provider="Opleidingscentrum Techniek",
            start=today + timedelta(days=7 * n),
            end=today + timedelta(days=7 * n + 30),
            hours=4 + n % 12,
            cost_eur=150.0 * (n % 6),
            status=ActionStatus.in_progress if n % 3 == 0 else ActionStatus.not_started,
            progress=(n * 7) % 100,
            expected_return="Minder stilstand door betere overdracht tussen de ploegen.",
            visible_on_floor="Karim verdeelt het werk bij de start van de shift en volgt op.",
            origin=ORIGINS[n % len(ORIGINS)],
        )
        for n in range(40)
    ]
    check_ins = [
        CheckIn(
            id=f"c-{n}",
            planned_for=today + timedelta(days=90 * (n + 1)),
            held_on=today + timedelta(days=90 * (n + 1)) if n < 4 else None,
            updates=[
                ActionUpdate(
                    action_id=f"a-{k}",
                    status=ActionStatus.in_progress,
                    progress=50,
                    went_well="De eerste sessies liepen vlot.",
                    obstacles="Weinig tijd tijdens piekperiodes.",
                )
                for k in range(n * 5, n * 5 + 5)
            ],
            went_well="De ploeg neemt de nieuwe werkverdeling goed op.",
            obstacles="Twee opleidingen vielen samen met de jaarlijkse stilstand.",
            feedback="Goed bezig; meer aandacht voor de overdracht van de nachtploeg.",
            adjustments="Module 3 verschoven naar het volgende kwartaal.",
        )
        for n in range(8)
    ]
    skills = [
        SkillRating(
            skill_id=f"vaardigheid-{n}",
            label=f"Vaardigheid {n}",
            kind=SkillKind.behavioural if n % 2 else SkillKind.technical,
            current_level=1 + n % 3,
            wanted_level=3 + n % 3,
            note="Belangrijk voor de rol van ploegleider.",
        )
        for n in range(12)
    ]
    notes = [
        CoachNote(id=f"n-{n}", text=f"Notitie {n} van het coachgesprek.", private=n % 2 == 0)
        for n in range(6)
    ]
    return base.model_copy(
        update={
            "id": plan_id,
            "goals": goals,
            "actions": actions,
            "check_ins": check_ins,
            "skills": skills,
            "coach_notes": notes,
        }
    )
