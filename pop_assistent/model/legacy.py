"""Reading the conversation state of schema-1 plans (a dict of strings) into the typed shape.

Schema 1 kept `conversation.pending` as {"q": "fix", "goal_id": ..., "listing": "a,b",
"hours_taken": "1", "undo_version": "12", "opvolging.phase": "adjust", ...}. This module maps
every key that version wrote onto `Pending` and `CheckInCursor`, so a plan saved then resumes
at the same question. Unknown keys are dropped (they meant nothing to the old code either).
"""

from __future__ import annotations

from datetime import date
from typing import Any

CHECK_IN_PREFIX = "opvolging."
RENAMED = {("overview", "sign_coach"): "co_role"}
"""Questions that are asked differently now: 'your coach or manager, type the name' became
'who signs with you: your manager or a coach?' (the name follows)."""


def _list(value: str) -> list[str]:
    return [part for part in value.split(",") if part]


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def pending_v2(flags: dict[str, str], step: str = "") -> dict[str, Any]:
    """The walk-through's part of a schema-1 pending dict as a `Pending` document."""
    todo = flags.get("todo") or flags.get("skill") or ""  # 'skill': older still
    question = flags.get("q", "")
    found: dict[str, Any] = {
        "question": RENAMED.get((step, question), question),
        "goal_id": flags.get("goal_id") or None,
        "action_id": flags.get("action_id") or None,
        "criterion": flags.get("criterion", ""),
        "listing": _list(flags.get("listing", "")),
        "mode": flags.get("mode", ""),
        "query": flags.get("query", "")[:200],
        "warned": flags.get("warned") or None,
        "todo": [t for t in _list(todo) if t.rstrip("+").isdigit()],
        "hours_taken": flags.get("hours_taken") == "1",
        "described": flags.get("described") == "1",
    }
    return found


def cursor_v2(flags: dict[str, str]) -> dict[str, Any] | None:
    """The check-in's cursor ('opvolging.*' keys) as a `CheckInCursor` document, or None."""
    mine = {
        k.removeprefix(CHECK_IN_PREFIX): v
        for k, v in flags.items()
        if k.startswith(CHECK_IN_PREFIX)
    }
    if not mine.get("phase"):
        return None
    nxt = mine.get("next", "")
    try:
        next_day = date.fromisoformat(nxt).isoformat() if nxt else None
    except ValueError:
        next_day = None
    return {
        "phase": mine["phase"],
        "check_in_id": mine.get("check_in", ""),
        "queue": _list(mine.get("queue", "")),
        "total": _int(mine.get("total", "")) or 0,
        "base_version": _int(mine.get("base", "")),
        "action_id": mine.get("action", ""),
        "op": mine.get("op", ""),
        "target": mine.get("target", ""),
        "draft": mine.get("draft", "")[:5000],
        "next": next_day,
        "answered": True,  # schema 1 recorded a check-in as held from its first question
    }


def typed_conversation(conversation: dict[str, Any]) -> dict[str, Any]:
    """A schema-1 conversation document in the schema-2 shape."""
    out = dict(conversation)
    flags = out.pop("pending", None)
    if not isinstance(flags, dict):
        flags = {}
    flags = {str(k): str(v) for k, v in flags.items()}
    out["pending"] = pending_v2(flags, str(out.get("step", "")))
    out["check_in"] = cursor_v2(flags)
    out["undo_version"] = _int(flags.get("undo_version", ""))
    return out
