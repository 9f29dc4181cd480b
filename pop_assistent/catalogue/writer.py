"""Writing catalogue entries back to YAML that an HR person can read and edit."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import yaml

from pop_assistent.model.catalogue import CatalogueItem, Level

ITEMS_HEADER = """\
# yaml-language-server: $schema=../schema.json
# Leermiddelen van de organisatie (POP-assistent). Eén blok per leermiddel; velden:
#   id                 unieke code: kleine letters, cijfers en koppeltekens (bv. excel-gevorderd)
#   titel              naam zoals medewerkers ze zien
#   type               intern | extern_gecertificeerd | online | event | coaching
#   aanbieder          wie de opleiding geeft
#   beschrijving       wat je leert, in een paar zinnen
#   vaardigheden       lijst van vaardigheid-ids uit vaardigheden.yaml
#   niveau             basis | gevorderd | expert | alle
#   taal               nl, fr, en of de (taal waarin les gegeven wordt)
#   vorm               klassikaal | online | hybride | op de werkvloer
#   duur_uren          totale duur in uren (getal, bv. 3.5)
#   kostprijs_eur      prijs per deelnemer in euro, exclusief btw (0 = gratis)
#   certificaat        true als je een certificaat of attest krijgt
#   geldigheid_jaren   hoeveel jaar dat certificaat geldig blijft (weglaten als het niet vervalt)
#   formeel            true = formele opleiding, false = informeel leren (opleidingsplan)
#   wettelijk_verplicht true als de wet de opleiding oplegt (VCA, heftruck, BA4/BA5, EHBO ...)
#   sessies            geplande data: datum (JJJJ-MM-DD), einde, plaats, plaatsen (aantal)
#   voorwaarden        wat je vooraf moet kennen of hebben
#   url                webpagina met meer uitleg (mag weg)
#   thema              groep waarin het leermiddel getoond wordt
#   sectoren           sectoren waarvoor het geschreven is (bv. [zorg] of [bouw]); weglaten als het
#                      voor iedereen is. Gebruik dezelfde woorden als in functieprofielen.yaml
# Controleer na elke wijziging met: pop catalogus valideer
"""

DEFAULTS: dict[str, Any] = {
    "niveau": Level.alle.value,
    "taal": "nl",
    "kostprijs_eur": 0.0,
    "certificaat": False,
    "geldigheid_jaren": None,
    "formeel": True,
    "wettelijk_verplicht": False,
    "sessies": [],
    "voorwaarden": [],
    "url": None,
    "aanbieder": "",
    "beschrijving": "",
    "thema": "",
    "sectoren": [],
}

KEY_ORDER = (
    "id titel type aanbieder thema sectoren beschrijving vaardigheden niveau taal vorm duur_uren "
    "kostprijs_eur certificaat geldigheid_jaren formeel wettelijk_verplicht voorwaarden sessies url"
).split()


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


def item_to_entry(item: CatalogueItem) -> dict[str, Any]:
    """An item as a dictionary with Dutch keys, in a fixed order, without default values."""
    raw = item.model_dump(by_alias=True, mode="json", exclude_none=False)
    raw["duur_uren"] = _number(item.hours)
    raw["kostprijs_eur"] = _number(item.cost_eur)
    raw["sessies"] = [
        {k: v for k, v in s.model_dump(by_alias=True).items() if v not in (None, "")}
        for s in item.sessions
    ]
    out: dict[str, Any] = {}
    for key in KEY_ORDER:
        value = raw.get(key)
        if key in DEFAULTS and value == DEFAULTS[key] and key not in ("formeel",):
            continue
        out[key] = value
    return out


class _Dumper(yaml.SafeDumper):
    """Block style for entries, flow style for short lists; no aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump_entries(entries: Iterable[dict[str, Any]], header: str = ITEMS_HEADER) -> str:
    """YAML text with a comment header and a blank line between entries."""
    body = yaml.dump(
        list(entries),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=None,
    )
    body = body.replace("\n- id:", "\n\n- id:")
    return header + "\n" + body


def items_yaml(items: Iterable[CatalogueItem], header: str = ITEMS_HEADER) -> str:
    """Catalogue items as the text of a leermiddelen/*.yaml file."""
    return dump_entries((item_to_entry(item) for item in items), header)
