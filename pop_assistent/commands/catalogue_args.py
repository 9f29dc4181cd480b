"""Reading the filters of `pop catalogus zoek` as an HR officer in Flanders types them.

Amounts may carry a euro sign and Dutch separators ("€ 1.000", "500,50", "3,5"); a type or
form may be written in capitals or shortened as long as only one fits ("Intern", "extern",
"werkvloer"). Anything else is refused with a sentence that says what would do.
"""

from __future__ import annotations

import argparse

from pop_assistent.i18n import _
from pop_assistent.text import numbers

TYPES = ("intern", "extern_gecertificeerd", "online", "event", "coaching")
FORMS = ("klassikaal", "online", "hybride", "op de werkvloer")
LANGUAGES = ("nl", "fr", "en", "de")


def amount(text: str) -> float:
    """A price or a number of hours: '1.000' is a thousand, '500,50' and '3,5' have decimals."""
    value = numbers.amount(text)
    if value is None or value < 0:
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen bedrag of aantal uren; schrijf bv. 500, 1.000 of 3,5").format(
                text=text
            )
        )
    return value


def count(text: str) -> int:
    """How many results: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(
            _("'{text}' is geen aantal; geef een getal vanaf 1").format(text=text)
        )
    return value


def _one_of(text: str, options: tuple[str, ...], what: str) -> str:
    wanted = text.strip().lower().replace("-", " ").replace("_", " ")
    exact = [o for o in options if o.replace("_", " ") == wanted]
    fitting = exact or [o for o in options if wanted and wanted in o.replace("_", " ")]
    if len(fitting) == 1:
        return fitting[0]
    listed = _("{first} of {last}").format(first=", ".join(options[:-1]), last=options[-1])
    raise argparse.ArgumentTypeError(
        _("'{text}' is geen {what}; kies {listed}").format(text=text, what=what, listed=listed)
    )


def item_type(text: str) -> str:
    """A resource type: 'Intern', 'extern' (-> extern_gecertificeerd), 'coaching' ..."""
    return _one_of(text, TYPES, _("soort leermiddel"))


def form(text: str) -> str:
    """A form: 'klassikaal', 'werkvloer' (-> op de werkvloer) ..."""
    return _one_of(text, FORMS, _("vorm"))


def language(text: str) -> str:
    """A two-letter language code, or its Dutch or English name."""
    names = {
        "nederlands": "nl", "dutch": "nl", "frans": "fr", "french": "fr",
        "engels": "en", "english": "en", "duits": "de", "german": "de",
    }  # fmt: skip
    wanted = text.strip().lower()
    if wanted in LANGUAGES:
        return wanted
    if wanted in names:
        return names[wanted]
    raise argparse.ArgumentTypeError(
        _("'{text}' is geen taal; kies nl, fr, en of de").format(text=text)
    )
