"""Due items as short lines for a terminal (`pop herinneringen`, shell profile, cron).

The items and their order come from `planning.due`, the rules `pop coach` and the documents
use too; this module only lays them out."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from pop_assistent.export.sanitize import one_line
from pop_assistent.export.texts import long_date, short_date
from pop_assistent.i18n import N_, Language, say, translations
from pop_assistent.planning.due import DueItem


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def format_due(items: Sequence[DueItem], today: date, days: int, lang: Language) -> str:
    """One heading and one line per item; overdue items first and marked."""
    until = long_date(today + timedelta(days=days), lang)
    plural = translations(lang).ngettext
    if not items:
        return plural(
            "Niets te doen in de komende {days} dag (tot {until}).",
            "Niets te doen in de komende {days} dagen (tot {until}).",
            days,
        ).format(days=days, until=until)
    head = plural(
        "Te doen in de komende {days} dag (tot {until}), en wat te laat is:",
        "Te doen in de komende {days} dagen (tot {until}), en wat te laat is:",
        days,
    ).format(days=days, until=until)
    late_mark = say(lang, N_("te laat"))
    name_w = min(24, max(len(one_line(i.employee)) for i in items))
    lines = [head]
    for item in items:
        mark = f"! {late_mark:<7}" if item.overdue else " " * 9
        when = short_date(item.date, lang)
        name = _shorten(one_line(item.employee), name_w)
        what = item.what(lang)
        title = f": {_shorten(one_line(item.title), 60)}" if item.title else ""
        late = f" ({item.lateness(lang)})" if item.overdue else ""
        lines.append(f"  {mark} {when:<11}  {name:<{name_w}}  {what}{title}{late}")
    count = sum(1 for i in items if i.overdue)
    if count:
        lines.append(
            translations(lang)
            .ngettext("{count} onderdeel is te laat.", "{count} onderdelen zijn te laat.", count)
            .format(count=count)
        )
    return "\n".join(lines)
