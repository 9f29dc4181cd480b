"""The help modal: what the assistant does and which keys do what."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

HELP_NL = """\
# Hulp

De assistent stelt je stap voor stap vragen; typ je antwoord en druk **Enter**.
Je kunt ook typen: *terug* (vorige vraag), *ongedaan maken*, *ga naar doelen*, *help*,
*overslaan*, en *wijzig doel 2*, *schrap actie 1*, *verplaats doel 2 naar 1*.
Alles wat je verstuurt wordt meteen bewaard: sluit gerust af en ga later verder
met `pop --plan NAAM`.

| toets | doet |
| --- | --- |
| Enter | antwoord versturen |
| ↑ / ↓ | eerder verstuurde antwoorden |
| PgUp / PgDn | door het gesprek bladeren |
| Tab | naar de knoppen (snelle antwoorden) |
| F1 | deze hulp |
| F2 | vaardigheden beoordelen (niveau 1-5, sterkte, te verbeteren, ...) |
| F3 | catalogus: zoeken, filteren, kiezen |
| F4 | tijdlijn van je acties |
| F5 | notitie bij een doel (coachmodus; Alt+P maakt ze privé) |
| Ctrl+N | notities lezen, wijzigen of verwijderen |
| F6 | ondertekenen |
| F7 | exporteren (pdf, html, md, ics) |
| F8 | doel, actie of vaardigheid wijzigen, schrappen, verplaatsen (of klik erop in het plan) |
| F9 | opvolging (check-in) |
| Ctrl+Z | laatste antwoord ongedaan maken |
| Ctrl+O | plan tonen of verbergen |
| Ctrl+T | coachmodus aan/uit |
| Ctrl+P | opdrachten: ga naar stap, taal, thema, export |
| Ctrl+Q | afsluiten |
"""

HELP_EN = """\
# Help

The assistant asks you questions step by step; type your answer and press **Enter**.
You can also type: *back* (previous question), *undo*, *go to goals*, *help*, *skip*,
and *change goal 2*, *remove action 1*, *move goal 2 to 1*.
Everything you send is saved at once: close any time and continue with `pop --plan NAME`.

| key | does |
| --- | --- |
| Enter | send your answer |
| ↑ / ↓ | answers you sent before |
| PgUp / PgDn | page through the conversation |
| Tab | to the buttons (quick answers) |
| F1 | this help |
| F2 | rate skills (level 1-5, strength, to improve, ...) |
| F3 | catalogue: search, filter, pick |
| F4 | timeline of your actions |
| F5 | note on a goal (coach mode; Alt+P makes it private) |
| Ctrl+N | read, change or remove notes |
| F6 | sign |
| F7 | export (pdf, html, md, ics) |
| F8 | change, remove or move a goal, action or skill (or click it in the plan) |
| F9 | check-in |
| Ctrl+Z | undo the last answer |
| Ctrl+O | show or hide the plan |
| Ctrl+T | coach mode on/off |
| Ctrl+P | commands: go to step, language, theme, export |
| Ctrl+Q | quit |
"""


class HelpModal(ModalScreen[None]):
    """Keys and tips; Escape or F1 closes."""

    BINDINGS = [Binding("escape,f1,q", "close", "Sluiten")]

    def __init__(self, lang: str = "nl") -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="modal-box"):
            yield Markdown(HELP_EN if self.lang == "en" else HELP_NL)

    def action_close(self) -> None:
        self.dismiss(None)
