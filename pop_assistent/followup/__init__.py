"""Follow-up (opvolging): the check-in conversation, the plan diff, the coach overview and the
data behind the picture of progress.

Headless like `dialogue/`: no Textual here. Front ends (the `pop opvolging` command and the
app's check-in screen) drive `CheckInSession` and only show its `Reply`s.
"""

from __future__ import annotations

from pop_assistent.followup.checkin import CheckInSession
from pop_assistent.followup.diff import changes_since_previous_check_in, diff_plans
from pop_assistent.followup.overview import CoachRow, coach_overview
from pop_assistent.followup.progress import action_progress, percent_done, progress_over_check_ins

__all__ = [
    "CheckInSession",
    "CoachRow",
    "action_progress",
    "changes_since_previous_check_in",
    "coach_overview",
    "diff_plans",
    "percent_done",
    "progress_over_check_ins",
]
