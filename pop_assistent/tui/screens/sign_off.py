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
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translations
from pop_assistent.model import SignerRole


class SignOffModal(ModalScreen[SignOffAnswer | None]):
    """Two name fields; Enter in the last one or the button signs, Escape cancels."""

    BINDINGS = [Binding("escape", "cancel", N_("Annuleren"))]

    def __init__(
        self,
        employee: str,
        coach: str,
        lang: Language = SOURCE_LANGUAGE,
        role: SignerRole = SignerRole.manager,
    ) -> None:
        super().__init__()
        self.employee = employee
        self.coach = coach
        self.lang = lang
        self.role = role

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        with Vertical(id="sign-box", classes="modal-box"):
            yield Label(_("Het plan ondertekenen"), classes="modal-title")
            yield Label(_("Medewerker"))
            yield Input(self.employee, id="sign-employee")
            yield Label(_("Tekent mee als"))
            roles = [
                (_("mijn leidinggevende"), SignerRole.manager),
                (_("een coach"), SignerRole.coach),
            ]
            yield Select(roles, value=self.role, allow_blank=False, id="sign-role")
            yield Label(_("Naam (mag leeg)"))
            yield Input(self.coach, id="sign-coach")
            with Horizontal(classes="modal-buttons"):
                yield Button(_("Ondertekenen"), variant="primary", id="sign-ok")
                yield Button(_("Annuleren"), id="sign-cancel")

    @on(Input.Submitted, "#sign-employee")
    def _next(self) -> None:
        self.query_one("#sign-coach").focus()

    @on(Input.Submitted, "#sign-coach")
    @on(Button.Pressed, "#sign-ok")
    def _sign(self) -> None:
        _ = translations(self.lang).gettext
        employee = self.query_one("#sign-employee", Input).value.strip()
        coach = self.query_one("#sign-coach", Input).value.strip()
        if not employee and not coach:
            self.notify(
                _("Typ minstens één naam."),
                severity="error",
            )
            return
        role = self.query_one("#sign-role", Select).value
        co_signer = role if isinstance(role, SignerRole) else SignerRole.manager
        self.dismiss(SignOffAnswer(employee_name=employee, coach_name=coach, co_signer=co_signer))

    @on(Button.Pressed, "#sign-cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
