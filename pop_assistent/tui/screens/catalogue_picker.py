"""The catalogue picker modal: search as you type, filter, read the details, pick."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Label, Select, Static

from pop_assistent.dialogue.types import ResourcesAnswer
from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, language_mark, translations
from pop_assistent.model import ActionType, label
from pop_assistent.model.catalogue import CatalogueItem
from pop_assistent.text import formats

Search = Callable[..., Sequence[CatalogueItem]]


def _cut(text: str, width: int) -> str:
    """Text that fits a column, cut with an ellipsis (never silently)."""
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _titled(item: CatalogueItem, lang: Language, width: int) -> str:
    """The title cut to the column, its language mark (on a screen in another language) kept
    whole."""
    tag = language_mark(item.language, lang)
    return _cut(item.title, width - len(tag)) + tag


def describe(item: CatalogueItem, lang: Language, today: date | None = None) -> Content:
    """The detail view of one catalogue item; its title and description are written in the
    item's language (mostly Dutch), marked as such on a screen in another language."""
    _ = translations(lang).gettext
    mark = language_mark(item.language, lang)
    parts = [Content.assemble((item.title, "bold"), (mark, "dim")), Content("")]
    facts = [
        (_("Type"), label(item.action_type, lang)),
        (_("Aanbieder"), item.provider),
        (_("Uren"), f"{item.hours:g}"),
        (_("Kost"), formats.cost(item.cost_eur, lang)),
        (_("Taal"), item.language.upper()),
        (_("Certificaat"), _("ja") if item.certificate else ""),
    ]
    for key, value in facts:
        if value:
            parts.append(Content.assemble((f"{key}: ", "dim"), value))
    if today is not None:
        sessions = item.upcoming_sessions(today)[:3]
        if sessions:
            when = ", ".join(s.start.strftime("%d-%m-%Y") for s in sessions)
            parts.append(Content.assemble((_("Sessies: "), "dim"), when))
    if item.description:
        parts.extend([Content(""), Content.assemble(item.description, (mark, "dim"))])
    return Content("\n").join(parts)


class CataloguePickerModal(ModalScreen[ResourcesAnswer | None]):
    """Space marks items, Enter picks the marked ones (or the highlighted one)."""

    BINDINGS = [
        Binding("escape", "cancel", N_("Annuleren")),
        Binding("space", "mark", N_("Markeren"), show=False),
        Binding("down", "focus_table", N_("Lijst"), show=False),
    ]

    def __init__(
        self,
        search: Search,
        recommended: list[CatalogueItem],
        lang: Language = SOURCE_LANGUAGE,
        goal_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.today = today
        self.search = search
        self.items: list[CatalogueItem] = list(recommended)
        self.lang = lang
        self.goal_id = goal_id
        self.marked: list[str] = []
        self._unsized = 0

    def compose(self) -> ComposeResult:
        _ = translations(self.lang).gettext
        types = [(label(t, self.lang), t.value) for t in ActionType]
        with Vertical(id="picker-box", classes="modal-box"):
            yield Label(_("Catalogus"), classes="modal-title")
            yield Input(placeholder=_("Zoeken…"), id="picker-search", compact=True)
            with Horizontal(id="picker-filters"):
                yield Select(types, prompt=_("Type"), id="picker-type", compact=True)
                yield Select(
                    [("NL", "nl"), ("EN", "en"), ("FR", "fr")],
                    prompt=_("Taal"),
                    id="picker-lang",
                    compact=True,
                )
                yield Input(placeholder="max €", id="picker-cost", type="number", compact=True)
                yield Input(placeholder=_("max u"), id="picker-hours", type="number", compact=True)
            with Horizontal(id="picker-main"):
                yield DataTable(id="picker-table", cursor_type="row")
                yield Static("", id="picker-detail")
            hint = _("Spatie markeren · Enter kiezen · Esc annuleren")
            yield Static(hint, classes="hint", markup=False)

    def on_mount(self) -> None:
        self._fill()
        if not self.items:
            self.run_search()
        self.query_one("#picker-search").focus()
        self.call_after_refresh(self._fill)  # again once the table's width is known

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill)

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        _ = translations(self.lang).gettext
        table.clear(columns=True)  # columns shrink back to the new results
        width = table.size.width
        if not width:  # not laid out yet: its share of the box (3fr of 5), and again once it is
            width = max(20, (self.app.size.width - 4) * 3 // 5)
            self._unsized += 1
            if self._unsized <= 5:
                self.call_after_refresh(self._fill)
        type_width = 14 if width >= 64 else 9
        room = width - 1 - type_width - 5 - 7 - 2 * 5 - 2  # the other columns and their padding
        title_width = max(10, min(60, room))
        table.add_column("✓", width=1)
        table.add_column(_("Titel"), width=title_width)
        table.add_column(_("Type"), width=type_width)
        table.add_column(_("Uren"), width=5)
        table.add_column("€", width=7)
        for item in self.items:
            table.add_row(
                "✓" if item.id in self.marked else "",
                Text(_titled(item, self.lang, title_width)),
                Text(_cut(label(item.action_type, self.lang), type_width)),
                f"{item.hours:g}",
                formats.cost(item.cost_eur, self.lang),
                key=item.id,
            )
        self._show_detail()

    def filters(self) -> dict[str, object]:
        """The filter fields as keyword arguments for engine.search_catalogue."""
        result: dict[str, object] = {}
        for key, widget_id in (("type", "#picker-type"), ("language", "#picker-lang")):
            value = self.query_one(widget_id, Select).value
            if isinstance(value, str):
                result[key] = ActionType(value) if key == "type" else value
        for key, widget_id in (("max_cost", "#picker-cost"), ("max_hours", "#picker-hours")):
            raw = self.query_one(widget_id, Input).value.strip()
            if raw:
                try:
                    result[key] = float(raw)
                except ValueError:
                    pass
        return result

    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        self.run_search()

    @work(exclusive=True, group="catalogue-search")
    async def run_search(self) -> None:
        """Search as the user types; the newest search cancels the one before."""
        query = self.query_one("#picker-search", Input).value
        try:
            self.items = list(self.search(query, **self.filters()))
        except Exception as error:  # noqa: BLE001 - shown, never a traceback
            message = getattr(error, "message", None)
            self.notify(message(self.lang) if callable(message) else str(error), severity="error")
            return
        self._fill()

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        table = self.query_one(DataTable)
        detail = self.query_one("#picker-detail", Static)
        if not self.items or table.cursor_row >= len(self.items):
            detail.update(translations(self.lang).gettext("Niets gevonden."))
            return
        detail.update(describe(self.items[table.cursor_row], self.lang, self.today))

    def _highlighted_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.items or table.cursor_row >= len(self.items):
            return None
        return self.items[table.cursor_row].id

    def action_focus_table(self) -> None:
        self.query_one(DataTable).focus()

    def action_mark(self) -> None:
        if not self.query_one(DataTable).has_focus or (item_id := self._highlighted_id()) is None:
            return
        self.marked = (
            [m for m in self.marked if m != item_id]
            if item_id in self.marked
            else [*self.marked, item_id]
        )
        table = self.query_one(DataTable)
        row = table.cursor_row
        self._fill()
        table.move_cursor(row=row)  # stay on the item just marked

    @on(DataTable.RowSelected)
    @on(Input.Submitted, "#picker-search")
    def _pick(self) -> None:
        ids = list(self.marked) or [i for i in [self._highlighted_id()] if i]
        if ids:
            self.dismiss(ResourcesAnswer(catalogue_ids=ids, goal_id=self.goal_id))

    def action_cancel(self) -> None:
        self.dismiss(None)
