"""What HR may read of a shared plan: the HR extract.

The extract keeps what the training plan counts (department, FTE, role profile, skill levels,
goals' skills, the actions with their dates, hours, cost and origin) and drops everything a
person wrote for themselves or their coach: the conversation, notes, signatures, check-ins, the
self-assessment's remarks, the goal sentences and the free-text fields of actions. The employee's
session writes it with every saved version of a shared plan; HR's logins read only extracts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pop_assistent.model import Conversation, Plan

if TYPE_CHECKING:
    import psycopg

GOAL_PLACEHOLDER = "-"


def hr_projection(plan: Plan) -> Plan:
    """The plan as HR sees it (see the module docstring)."""
    return plan.model_copy(
        update={
            "occasion": plan.occasion.model_copy(update={"description": ""}),
            "skills": [s.model_copy(update={"note": ""}) for s in plan.skills],
            "goals": [
                g.model_copy(
                    update={
                        "text": GOAL_PLACEHOLDER,
                        "career_project": "",
                        "deadline_text": "",
                        "smart": None,
                        "alternative_solution": "",
                    }
                )
                for g in plan.goals
            ],
            "actions": [
                a.model_copy(update={"expected_return": "", "visible_on_floor": ""})
                for a in plan.actions
            ],
            "check_ins": [],
            "coach_notes": [],
            "sign_offs": [],
            "conversation": Conversation(),
        }
    )


def backfill_hr_extracts(conn: psycopg.Connection) -> int:
    """Write the extract of every shared plan that has none (used when upgrading a store)."""
    from pop_assistent.model import SCHEMA_VERSION
    from pop_assistent.storage.codec import decode_plan, encode_plan

    rows = conn.execute(
        "SELECT p.owner, p.id, v.version, v.saved_at, p.name_key, p.department, "
        "v.schema_version, v.document FROM plans p JOIN versions v "
        "ON v.owner = p.owner AND v.plan_id = p.id AND v.version = p.latest_version "
        "WHERE p.shared AND NOT EXISTS (SELECT 1 FROM hr_extracts e "
        "WHERE e.owner = p.owner AND e.plan_id = p.id)"
    ).fetchall()
    for owner, plan_id, version, saved_at, name_key, department, schema, blob in rows:
        plan = decode_plan(bytes(blob), schema, f"Versie {version} van plan '{plan_id}'")
        extract, _size = encode_plan(hr_projection(plan))
        conn.execute(
            "INSERT INTO hr_extracts (owner, plan_id, version, saved_at, name_key, department, "
            "schema_version, document) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
            (owner, plan_id, version, saved_at, name_key, department, SCHEMA_VERSION, extract),
        )
    return len(rows)
