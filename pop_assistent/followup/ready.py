"""Whether a plan has anything to follow up yet: a check-in is about learning actions, so a plan
without any has nothing to talk about (F9 and `pop opvolging` say so instead of opening a whole
check-in planned today)."""

from __future__ import annotations

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, translations
from pop_assistent.model import Plan


def nothing_to_follow_up(plan: Plan, lang: Language = SOURCE_LANGUAGE) -> str | None:
    """The sentence for a plan without actions (and no check-in running), else None."""
    if plan.actions or plan.conversation.check_in is not None:
        return None
    _ = translations(lang).gettext
    return _(
        "Er is nog niets op te volgen: dit plan heeft nog geen leeracties. Plan eerst acties "
        "(typ 'ga naar leermiddelen'); daarna houd je hier een opvolging."
    )
