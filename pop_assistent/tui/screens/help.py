"""The help modal: what the assistant does and which keys do what."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Markdown

from pop_assistent.i18n import N_, SOURCE_LANGUAGE, Language, translations

HELP = N_(
    """\
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
)


class HelpModal(ModalScreen[None]):
    """Keys and tips; Escape or F1 closes."""

    BINDINGS = [Binding("escape,f1,q", "close", N_("Sluiten"))]

    def __init__(self, lang: Language = SOURCE_LANGUAGE) -> None:
        super().__init__()
        self.lang = lang

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box", classes="modal-box"):
            yield Markdown(translations(self.lang).gettext(HELP))

    def action_close(self) -> None:
        self.dismiss(None)
