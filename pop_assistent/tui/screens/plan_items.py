"""The plan's items to change or remove: goals, actions and skills, chosen with the keyboard or
the mouse (also by clicking an item in the plan panel). Dismissed with the command the engine
understands ('wijzig doel 2', 'schrap actie 1', 'verplaats doel 2 naar 1'), or None."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Label, OptionList
from textual.widgets.option_list import Option

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, language_or_source, translations
from pop_assistent.model import Plan

COMMAND_WORDS = {
    "nl": {"goal": "doel", "action": "actie", "skill": "vaardigheid", "edit": "wijzig",
           "drop": "schrap", "up": "verplaats", "to": "naar"},
    "en": {"goal": "goal", "action": "action", "skill": "skill", "edit": "change",
           "drop": "remove", "up": "move", "to": "to"},
}  # fmt: skip
"""The words of a command the buttons type into the conversation ('wijzig doel 2'), in each
language the conversation understands (data for its parser, not sentences to translate); Dutch
for a screen language it does not read."""
ITEM_TITLES = {"goal": N_("Doel"), "action": N_("Actie"), "skill": N_("Vaardigheid")}


def command_words(lang: Language) -> dict[str, str]:
    return COMMAND_WORDS.get(lang, COMMAND_WORDS[SOURCE_LANGUAGE])


def plan_items(plan: Plan, lang: Language, width: int = 70) -> list[tuple[str, str]]:
    """(key, label) per item: 'goal:1' / 'Doel 1: Tegen juni ...', cut with an ellipsis."""
    _ = translations(lang).gettext
    rows: list[tuple[str, str]] = []
    for kind, items in (
        ("goal", [g.text for g in plan.goals]),
        ("action", [a.title for a in plan.actions]),
        ("skill", [r.label for r in plan.skills]),
    ):
        for n, text in enumerate(items, start=1):
            label = f"{_(ITEM_TITLES[kind])} {n}: {' '.join(text.split())}"
            rows.append((f"{kind}:{n}", label if len(label) <= width else label[: width - 1] + "…"))
    return rows


class PlanItemsModal(ModalScreen[str | None]):
    """A list of the plan's items; Enter (or a click) on one offers change, remove, move up."""

    BINDINGS = [Binding("escape", "cancel", N_("Annuleren"))]

    def __init__(
        self, plan: Plan, lang: Language = SOURCE_LANGUAGE, selected: str | None = None
    ) -> None:
        super().__init__()
        self.plan = plan
        self.lang: Language = language_or_source(lang)
        self.selected = selected
        self.chosen: str | None = None

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        rows = plan_items(self.plan, self.lang)
        with Vertical(id="items-box", classes="modal-box"):
            yield Label(_("Je plan aanpassen"), classes="modal-title")
            yield Label(_("Kies een onderdeel, dan wat je ermee wilt doen (Esc: terug)."))
            options = [Option(Content(label), id=key) for key, label in rows]
            yield OptionList(*options, id="items-list")
            with Horizontal(classes="modal-buttons", id="items-actions"):
                yield Button(_("Wijzigen"), id="items-edit", variant="primary")
                yield Button(_("Schrappen"), id="items-drop", variant="error")
                yield Button(_("Hoger"), id="items-up")
                yield Button(_("Annuleren"), id="items-cancel")

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.focus()
        if self.selected:
            try:
                listing.highlighted = listing.get_option_index(self.selected)
            except Exception:  # noqa: BLE001 - an item that is gone: start at the top
                listing.highlighted = 0
        self.query_one("#items-actions").display = False

    @on(OptionList.OptionSelected)
    def _picked(self, event: OptionList.OptionSelected) -> None:
        self.chosen = event.option.id
        self.query_one("#items-actions").display = True
        self.query_one("#items-edit").focus()

    def _command(self, verb: str) -> str | None:
        if not self.chosen:
            return None
        kind, number = self.chosen.split(":")
        words = command_words(self.lang)
        if verb == "up":
            to = words["to"]
            return f"{words['up']} {words[kind]} {number} {to} {max(1, int(number) - 1)}"
        return f"{words[verb]} {words[kind]} {number}"

    @on(Button.Pressed, "#items-edit")
    def _edit(self) -> None:
        self.dismiss(self._command("edit"))

    @on(Button.Pressed, "#items-drop")
    def _drop(self) -> None:
        self.dismiss(self._command("drop"))

    @on(Button.Pressed, "#items-up")
    def _up(self) -> None:
        self.dismiss(self._command("up"))

    @on(Button.Pressed, "#items-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
