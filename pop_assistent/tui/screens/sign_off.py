"""The sign-off modal: the employee and the co-signer type their names to sign the plan; the
co-signer signs as the manager (leidinggevende) or as a coach, chosen here."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from pop_assistent.dialogue.types import SignOffAnswer
from pop_assistent.model import SignerRole


class SignOffModal(ModalScreen[SignOffAnswer | None]):
    """Two name fields; Enter in the last one or the button signs, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", "Annuleren")]

    def __init__(
        self,
        employee: str,
        coach: str,
        lang: str = "nl",
        role: SignerRole = SignerRole.manager,
    ) -> None:
        super().__init__()
        self.employee = employee
        self.coach = coach
        self.lang = lang
        self.role = role

    def compose(self) -> ComposeResult:
        en = self.lang == "en"
        with Vertical(id="sign-box", classes="modal-box"):
            yield Label("Sign the plan" if en else "Het plan ondertekenen", classes="modal-title")
            yield Label("Employee" if en else "Medewerker")
            yield Input(self.employee, id="sign-employee")
            yield Label("Signs with you as" if en else "Tekent mee als")
            roles = [
                ("my manager" if en else "mijn leidinggevende", SignerRole.manager),
                ("a coach" if en else "een coach", SignerRole.coach),
            ]
            yield Select(roles, value=self.role, allow_blank=False, id="sign-role")
            yield Label("Their name (may stay empty)" if en else "Naam (mag leeg)")
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
        role = self.query_one("#sign-role", Select).value
        co_signer = role if isinstance(role, SignerRole) else SignerRole.manager
        self.dismiss(SignOffAnswer(employee_name=employee, coach_name=coach, co_signer=co_signer))

    @on(Button.Pressed, "#sign-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
