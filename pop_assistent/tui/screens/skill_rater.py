"""The skill rater modal: levels 1-5 and the four kinds, faster than typing them.

Below the employee's own skills it offers the role profile's skills as suggestions (marked
"voorstel", in italics): `a` or Enter takes one over, and so does giving it a level or a kind;
suggestions that were not taken over are left out when the list is saved."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Label, Static

from pop_assistent.dialogue.types import SkillsAnswer
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translations
from pop_assistent.model import SkillCategory, SkillKind, SkillRating, label
from pop_assistent.text import one_line


def kind_keys(lang: Language) -> dict[str, SkillCategory]:
    """The kind letters of `lang`: each the initial of the kind's name in that language, as the
    hint below the table says (s v n o in Dutch, s i o r in English). A translator picks them
    with the hint; t, a and the digits are taken."""
    catalogue = translations(lang)
    return {
        catalogue.pgettext("sneltoets vaardighedentabel: sterkte", "s"): SkillCategory.strength,
        catalogue.pgettext("sneltoets vaardighedentabel: te verbeteren", "v"): (
            SkillCategory.to_improve
        ),
        catalogue.pgettext("sneltoets vaardighedentabel: niet meer nodig", "n"): (
            SkillCategory.obsolete
        ),
        catalogue.pgettext("sneltoets vaardighedentabel: overdraagbaar", "o"): (
            SkillCategory.transferable
        ),
    }


def dots(level: int) -> str:
    """A level 1-5 as filled and empty dots: ●●○○○."""
    return "●" * level + "○" * (5 - level)


UNRATED = "?"
"""The level cells of a skill whose level was never given ('geen niveau'): its stored levels
are placeholders, and ●○○○○ would read as level 1."""


def levels(rating: SkillRating) -> tuple[str, str]:
    """The 'Nu' and 'Doel' cells of a rating: dots, or UNRATED for both when not rated."""
    if not rating.rated:
        return UNRATED, UNRATED
    return dots(rating.current_level), dots(rating.wanted_level)


class SkillRaterModal(ModalScreen[SkillsAnswer | None]):
    """A table of skills edited with single keys; the new list replaces the plan's skills."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Annuleren")),
        Binding("ctrl+s", "save", N_("Bewaren")),
    ]

    def __init__(
        self,
        skills: list[SkillRating],
        lang: Language = SOURCE_LANGUAGE,
        suggestions: list[SkillRating] | None = None,
    ) -> None:
        super().__init__()
        self.skills = [s.model_copy(deep=True) for s in skills]
        have = {s.skill_id for s in self.skills if s.skill_id}
        self.suggestions = [
            s.model_copy(deep=True) for s in suggestions or [] if s.skill_id not in have
        ]
        self.lang = lang

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        with Vertical(id="rater-box", classes="modal-box"):
            yield Label(_("Je vaardigheden beoordelen"), classes="modal-title")
            yield DataTable(id="rater-table", cursor_type="row", zebra_stripes=True)
            yield Static(
                _(
                    "1-5 niveau nu · +/- gewenst niveau · s sterkte · v verbeteren · "
                    "n niet meer nodig · o overdraagbaar · t technisch/gedrag · Del weg · "
                    "Ctrl+S bewaren"
                ),
                classes="hint",
                markup=False,
            )
            if self.suggestions:
                yield Static(
                    _(
                        "Voorstel = uit je functieprofiel: a of Enter neemt het over, "
                        "of negeer het gewoon."
                    ),
                    id="rater-suggest",
                    classes="hint",
                    markup=False,
                )
            yield Input(placeholder=_("Nieuwe vaardigheid + Enter"), id="rater-new")

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        _ = translations(self.lang).gettext
        table.add_columns(_("Vaardigheid"), _("Nu"), _("Doel"), _("Soort"), _("Categorieën"))
        self._redraw()
        table.focus()

    def _cats(self, rating: SkillRating, suggested: bool) -> str:
        if suggested:
            return translations(self.lang).gettext("voorstel")
        return ", ".join(label(c, self.lang) for c in rating.categories)

    def _row(
        self, rating: SkillRating, suggested: bool = False, room: int = 80
    ) -> tuple[Text, str, str, str, str]:
        name = one_line(f"+ {rating.label}" if suggested else rating.label, room)
        return (
            Text(name, style="italic" if suggested else ""),
            *levels(rating),
            label(rating.kind, self.lang),
            self._cats(rating, suggested),
        )

    def _room(self) -> int:
        """How wide a skill's name may be so that every column fits the screen: at 80
        columns the categories were cut ('te verbet')."""
        cats = [self._cats(r, False) for r in self.skills]
        cats += [self._cats(r, True) for r in self.suggestions]
        kinds = [label(k, self.lang) for k in SkillKind]
        fixed = 5 + 5 + max(map(len, kinds)) + max(map(len, cats), default=0) + 2 * 5
        return max(16, (self.app.size.width or 80) - 2 - fixed)  # the table's edge: 1 a side

    def on_resize(self) -> None:
        self._redraw()

    def _redraw(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        room = self._room()
        for index, rating in enumerate(self.skills):
            table.add_row(*self._row(rating, room=room), key=str(index))
        for index, rating in enumerate(self.suggestions):
            table.add_row(*self._row(rating, suggested=True, room=room), key=f"s{index}")
        rows = len(self.skills) + len(self.suggestions)
        if rows:
            table.move_cursor(row=min(row, rows - 1))

    def _current(self) -> SkillRating | None:
        table = self.query_one(DataTable)
        rows = len(self.skills) + len(self.suggestions)
        if not rows or not table.has_focus or table.cursor_row >= rows:
            return None
        row = table.cursor_row
        return (
            self.skills[row] if row < len(self.skills) else self.suggestions[row - len(self.skills)]
        )

    def accept(self, rating: SkillRating) -> None:
        """Take a suggestion over into the employee's own skills (at the end of them)."""
        if rating in self.suggestions:
            self.suggestions.remove(rating)
            self.skills.append(rating)
            self._redraw()
            self.query_one(DataTable).move_cursor(row=len(self.skills) - 1)

    def on_key(self, event: object) -> None:
        key = getattr(event, "character", None) or ""
        name = getattr(event, "key", "")
        rating = self._current()
        if rating is None:
            return
        suggested = any(rating is r for r in self.suggestions)
        if suggested and name == "delete":
            self.suggestions.remove(rating)
            self._redraw()
            getattr(event, "stop", lambda: None)()
            return
        kinds = kind_keys(self.lang)
        if suggested and (
            key and (key in "12345+=-t" or key in kinds) or key in ("a",) or name == "enter"
        ):
            self.accept(rating)  # any answer about a suggestion takes it over
            if key == "a" or name == "enter":
                getattr(event, "stop", lambda: None)()
                return
        handled = True
        if key in "12345" and key:
            rating.current_level = int(key)
            rating.note = rating.note if rating.rated else ""  # a level given: rated now
        elif key in ("+", "=", "-"):
            step = -1 if key == "-" else 1
            rating.wanted_level = max(1, min(5, rating.wanted_level + step))
            rating.note = rating.note if rating.rated else ""
        elif key in kinds:
            cat = kinds[key]
            cats = list(rating.categories)
            rating.categories = [c for c in cats if c != cat] if cat in cats else [*cats, cat]
        elif key == "t":
            other = (
                SkillKind.behavioural if rating.kind == SkillKind.technical else SkillKind.technical
            )
            rating.kind = other
        elif name == "delete":
            self.skills.remove(rating)
        else:
            handled = False
        if handled:
            self._redraw()
            getattr(event, "stop", lambda: None)()

    @on(DataTable.RowSelected, "#rater-table")
    def _selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a suggestion takes it over."""
        rating = self._current()
        if rating is not None and any(rating is r for r in self.suggestions):
            self.accept(rating)

    @on(Input.Submitted, "#rater-new")
    def _add(self, event: Input.Submitted) -> None:
        text = event.value.strip()[:300]
        if text:
            self.skills.append(SkillRating(label=text, current_level=2, wanted_level=3))
            event.input.value = ""
            self._redraw()

    def action_save(self) -> None:
        self.dismiss(SkillsAnswer(skills=self.skills))

    def action_cancel(self) -> None:
        self.dismiss(None)
