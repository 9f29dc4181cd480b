"""The catalogue picker modal: search as you type, filter, read the details, pick."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, Input, Label, Select, Static

from pop_assistent.dialogue.types import ResourcesAnswer
from pop_assistent.model import ActionType, label

Search = Callable[..., Sequence[Any]]


def _field(item: Any, *names: str, default: Any = "") -> Any:
    for name in names:
        value = getattr(item, name, None)
        if value not in (None, ""):
            return value
    return default


def describe(item: Any, lang: str) -> Content:
    """The detail view of one catalogue item (fields read defensively)."""
    en = lang == "en"
    title = str(_field(item, "title", "name", default=str(getattr(item, "id", ""))))
    parts = [Content.styled(title, "bold"), Content("")]
    facts = [
        ("Type", label(str(_field(item, "type", "kind")), lang)),
        ("Provider" if en else "Aanbieder", str(_field(item, "provider"))),
        ("Hours" if en else "Uren", str(_field(item, "hours", "duration_hours"))),
        ("Cost" if en else "Kost", f"€ {_field(item, 'cost_eur', 'cost', default=0)}"),
        ("Language" if en else "Taal", str(_field(item, "language", "languages"))),
    ]
    for key, value in facts:
        if value and value != "€ 0":
            parts.append(Content.assemble((f"{key}: ", "dim"), value))
    description = str(_field(item, "description", "summary"))
    if description:
        parts.extend([Content(""), Content(description)])
    return Content("\n").join(parts)


class CataloguePickerModal(ModalScreen[ResourcesAnswer | None]):
    """Space marks items, Enter picks the marked ones (or the highlighted one)."""

    BINDINGS = [
        Binding("escape", "cancel", "Annuleren"),
        Binding("space", "mark", "Markeren", show=False),
        Binding("down", "focus_table", "Lijst", show=False),
    ]

    def __init__(
        self, search: Search, recommended: list[Any], lang: str = "nl", goal_id: str | None = None
    ) -> None:
        super().__init__()
        self.search = search
        self.items: list[Any] = list(recommended)
        self.lang = lang
        self.goal_id = goal_id
        self.marked: list[str] = []

    def compose(self) -> ComposeResult:
        en = self.lang == "en"
        types = [(label(t, self.lang), t.value) for t in ActionType]
        with Vertical(id="picker-box", classes="modal-box"):
            yield Label("Catalogue" if en else "Catalogus", classes="modal-title")
            yield Input(placeholder="Search…" if en else "Zoeken…", id="picker-search")
            with Horizontal(id="picker-filters"):
                yield Select(types, prompt="Type", id="picker-type", compact=True)
                yield Select(
                    [("NL", "nl"), ("EN", "en"), ("FR", "fr")],
                    prompt="Taal",
                    id="picker-lang",
                    compact=True,
                )
                yield Input(placeholder="max €", id="picker-cost", type="number", compact=True)
                yield Input(placeholder="max u", id="picker-hours", type="number", compact=True)
            with Horizontal(id="picker-main"):
                yield DataTable(id="picker-table", cursor_type="row")
                yield Static("", id="picker-detail")
            hint = (
                "Space mark · Enter pick · Esc cancel"
                if en
                else "Spatie markeren · Enter kiezen · Esc annuleren"
            )
            yield Static(hint, classes="hint", markup=False)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        en = self.lang == "en"
        table.add_columns(
            "✓", "Title" if en else "Titel", "Type", "Uren" if not en else "Hours", "€"
        )
        self._fill()
        if not self.items:
            self.run_search()
        self.query_one("#picker-search").focus()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for item in self.items:
            item_id = str(getattr(item, "id", ""))
            title = str(_field(item, "title", "name", default=item_id))
            table.add_row(
                "✓" if item_id in self.marked else "",
                Content(title[:60]),
                label(str(_field(item, "type", "kind")), self.lang)[:18],
                str(_field(item, "hours", default="")),
                str(_field(item, "cost_eur", "cost", default="")),
                key=item_id,
            )
        self._show_detail()

    def filters(self) -> dict[str, object]:
        """The filter fields as keyword arguments for engine.search_catalogue."""
        result: dict[str, object] = {}
        for key, widget_id in (("type", "#picker-type"), ("language", "#picker-lang")):
            value = self.query_one(widget_id, Select).value
            if isinstance(value, str):
                result[key] = value
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
            detail.update("Niets gevonden." if self.lang != "en" else "Nothing found.")
            return
        detail.update(describe(self.items[table.cursor_row], self.lang))

    def _highlighted_id(self) -> str | None:
        table = self.query_one(DataTable)
        if not self.items or table.cursor_row >= len(self.items):
            return None
        return str(getattr(self.items[table.cursor_row], "id", ""))

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
        self._fill()

    @on(DataTable.RowSelected)
    @on(Input.Submitted, "#picker-search")
    def _pick(self) -> None:
        ids = list(self.marked) or [i for i in [self._highlighted_id()] if i]
        if ids:
            self.dismiss(ResourcesAnswer(catalogue_ids=ids, goal_id=self.goal_id))

    def action_cancel(self) -> None:
        self.dismiss(None)
