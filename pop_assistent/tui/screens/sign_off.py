"""The sign-off modal: employee and coach type their names to sign the plan."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from pop_assistent.dialogue.types import SignOffAnswer


class SignOffModal(ModalScreen[SignOffAnswer | None]):
    """Two name fields; Enter in the last one or the button signs, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(self, employee: str, coach: str, lang: str = "nl") -> None:
        super().__init__()
        self.employee = employee
        self.coach = coach
        self.lang = lang

    def compose(self) -> ComposeResult:
        en = self.lang == "en"
        with Vertical(id="sign-box", classes="modal-box"):
            yield Label("Sign the plan" if en else "Het plan ondertekenen", classes="modal-title")
            yield Label("Employee" if en else "Medewerker")
            yield Input(self.employee, id="sign-employee")
            yield Label(
                "Coach or manager (may stay empty)" if en else "Coach of leidinggevende (mag leeg)"
            )
            yield Input(self.coach, id="sign-coach")
            with Horizontal(classes="modal-buttons"):
                yield Button("Sign" if en else "Ondertekenen", variant="primary", id="sign-ok")
                yield Button("Cancel" if en else "Annuleren", id="sign-cancel")

    @on(Input.Submitted, "#sign-employee")
    def _next(self) -> None:
        self.query_one("#sign-coach").focus()

    @on(Input.Submitted, "#sign-coach")
    @on(Button.Pressed, "#sign-ok")
    def _sign(self) -> None:
        employee = self.query_one("#sign-employee", Input).value.strip()
        coach = self.query_one("#sign-coach", Input).value.strip()
        if not employee and not coach:
            self.notify(
                "Typ minstens één naam." if self.lang != "en" else "Type at least one name.",
                severity="error",
            )
            return
        self.dismiss(SignOffAnswer(employee_name=employee, coach_name=coach))

    @on(Button.Pressed, "#sign-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
