"""The domain model: the plan and its parts (pydantic 2)."""

from __future__ import annotations

from pop_assistent.model.actions import Action
from pop_assistent.model.catalogue import Skill
from pop_assistent.model.common import (
    ActionOrigin,
    ActionStatus,
    ActionType,
    GoalStatus,
    PopModel,
    SignerRole,
    SkillCategory,
    SkillKind,
    label,
    new_id,
)
from pop_assistent.model.conversation import (
    CheckInCursor,
    Conversation,
    GoalDraft,
    Pending,
    Position,
    Turn,
)
from pop_assistent.model.explain import explain
from pop_assistent.model.followup import ActionUpdate, CheckIn, CoachNote, SignOff
from pop_assistent.model.goals import (
    SMART_KEYS,
    SMART_NAMES,
    Goal,
    SmartCriterion,
    SmartResult,
    smart_letter,
    smart_name,
)
from pop_assistent.model.plan import SCHEMA_VERSION, Plan
from pop_assistent.model.profile import CareerProject, Employee, Occasion, OccasionKind
from pop_assistent.model.skills import SkillRating

__all__ = [
    "SCHEMA_VERSION",
    "SMART_KEYS",
    "SMART_NAMES",
    "Action",
    "ActionOrigin",
    "ActionStatus",
    "ActionType",
    "ActionUpdate",
    "CareerProject",
    "CheckIn",
    "CheckInCursor",
    "CoachNote",
    "Conversation",
    "Employee",
    "Goal",
    "GoalDraft",
    "GoalStatus",
    "Occasion",
    "Pending",
    "OccasionKind",
    "Plan",
    "Position",
    "PopModel",
    "SignOff",
    "SignerRole",
    "Skill",
    "SkillCategory",
    "SkillKind",
    "SkillRating",
    "SmartCriterion",
    "SmartResult",
    "Turn",
    "explain",
    "label",
    "smart_letter",
    "smart_name",
    "new_id",
]
