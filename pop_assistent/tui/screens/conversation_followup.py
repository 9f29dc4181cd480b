"""The conversation screen's follow-up actions: the check-in (F9, palette) and the skill rater
with the role profile's suggestions (F2).

The check-in screen saves its own versions; when it comes back with one, the conversation
reopens its engine from the store so both speak about the same plan.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider

from pop_assistent.errors import PopError
from pop_assistent.i18n import translations
from pop_assistent.tui.screens.conversation_actions import ConversationActions

if TYPE_CHECKING:
    from collections.abc import Callable

    from pop_assistent.storage.base import PlanStore


class FollowUpCommand(Provider):
    """Palette command 'Opvolging: check-in' on the conversation screen."""

    def _command(self) -> tuple[str, str]:
        _ = translations(getattr(self.screen, "lang", "nl")).gettext
        return _("Opvolging: check-in"), _("Voortgang bespreken en het plan bijsturen")

    def _open(self) -> None:
        action = getattr(self.screen, "action_checkin", None)
        if callable(action):
            action()

    async def discover(self) -> Hits:
        name, help_text = self._command()
        yield DiscoveryHit(name, self._open, help=help_text)

    async def search(self, query: str) -> Hits:
        name, help_text = self._command()
        matcher = self.matcher(query)
        for text in (name, "opvolging check-in follow-up"):
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(name), self._open, help=help_text)
                return


class FollowUpActions(ConversationActions):
    """Check-in and suggested skills; the screen sets store and catalogue_loader."""

    store: PlanStore | None
    catalogue_loader: Callable[[], Any]

    def action_open_skills(self) -> None:
        """The skill rater with the plan's skills and the role profile's suggestions."""
        if (engine := self._ready()) is None:
            return
        from pop_assistent.tui.screens.skill_rater import SkillRaterModal

        try:
            suggested = engine.suggested_skills()
        except PopError:
            suggested = []
        modal = SkillRaterModal(list(engine.plan.skills), self.lang, suggestions=suggested)
        self.app.push_screen(modal, self._structured)

    def action_checkin(self) -> None:
        """Open the follow-up check-in for this plan; back here, the engine is reloaded."""
        _ = translations(self.lang).gettext
        if (engine := self._ready()) is None or self.store is None:
            return
        if engine.version is None:
            self.notify(_("Je plan is nog niet bewaard: beantwoord eerst de eerste vragen."))
            return
        from pop_assistent.followup.ready import nothing_to_follow_up

        nothing = nothing_to_follow_up(engine.plan, self.lang)
        if nothing:  # no actions: say so and offer to plan them, no check-in planned today
            self.offer_actions(nothing)
            return
        from pop_assistent.tui.screens.checkin import CheckInScreen

        screen = CheckInScreen(
            engine.plan.id,
            store=self.store,
            today=self.today,
            lang=self.lang,
            country=self.settings.country,
            hours_per_day=self.settings.org.hours_per_day,
        )
        self.app.push_screen(screen, self._after_checkin)

    def offer_actions(self, sentence: str) -> None:
        """The sentence in the conversation, and a button that goes to the learning resources
        (the buttons of the question being asked stay)."""
        from pop_assistent.i18n import translations
        from pop_assistent.tui.widgets.chat_log import ChatLog
        from pop_assistent.tui.widgets.choice_bar import ChoiceBar

        self.query_one(ChatLog).add_notice(sentence, True)
        label = translations(self.lang).gettext("Acties plannen")
        reply = getattr(self, "last_reply", None)
        choices = reply.choices if reply is not None else ()
        instruction = reply.instruction if reply is not None else ""
        self.query_one(ChoiceBar).show(choices, [(label, "screen.go_to('resources')")], instruction)

    def _after_checkin(self, version: int | None) -> None:
        """The check-in saved a new version: continue from the plan as it is now."""
        if version is None or self.engine is None or self.store is None:
            return
        from pop_assistent.dialogue.engine import open_session

        try:
            engine = open_session(
                self.store,
                self.engine.plan.id,
                today=self.today,
                lang=self.lang,
                coach_mode=self.engine.coach_mode,
                catalogue_loader=self.catalogue_loader,
                country=self.settings.country,
                legal_in_working_time=self.settings.legal_in_working_time,
                hours_per_day=self.settings.org.hours_per_day,
            )
        except PopError as error:
            self.notify(error.message(self.lang), severity="error")
            return
        self.engine = engine
        self.show_reply(engine.current())  # the question again, with the plan as it is now
        self.query_one("#answer").focus()
