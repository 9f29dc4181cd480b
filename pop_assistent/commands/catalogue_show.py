"""Plain-text and JSON output of search results and proposals for the CLI."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from pop_assistent.advice.advice import Recommendation
from pop_assistent.i18n import N_, say
from pop_assistent.model.catalogue import CatalogueItem, Skill
from pop_assistent.text import formats

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context

TYPE_SHORT: dict[str, str] = {
    "intern": N_("intern"),
    "extern_gecertificeerd": N_("extern+cert."),
    "online": N_("online"),
    "event": N_("event"),
    "coaching": N_("coaching"),
}

COLUMNS = (N_("TITEL"), N_("TYPE"), N_("UREN"), N_("PRIJS"), N_("TAAL"), N_("VOLGENDE"))
"""The table\'s column titles (ID is the same in every language)."""


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def item_json(item: CatalogueItem) -> dict[str, Any]:
    """The fields a script needs, with the catalogue's Dutch keys."""
    return {
        "id": item.id,
        "titel": item.title,
        "type": item.item_type.value,
        "aanbieder": item.provider,
        "duur_uren": item.hours,
        "kostprijs_eur": item.cost_eur,
        "taal": item.language,
        "vorm": item.form.value,
        "vaardigheden": list(item.skill_ids),
        "wettelijk_verplicht": item.legally_required,
    }


def print_items(
    items: Sequence[CatalogueItem],
    ctx: Context,
    *,
    as_json: bool,
    today: date,
    total: int | None = None,
) -> None:
    """A readable table (or a JSON list) of resources; `total`: how many matched in all."""
    if as_json:
        ctx.out.write(json.dumps([item_json(i) for i in items], ensure_ascii=False, indent=2))
        ctx.out.write("\n")
        return
    if not items:
        ctx.out.write(ctx.gettext("Niets gevonden.\n"))
        return
    titles = [ctx.gettext(title) for title in COLUMNS]
    head = (
        f"{titles[0]:<46} {titles[1]:<14} {titles[2]:>5} {titles[3]:>7} {titles[4]:<4} "
        f"{titles[5]:<10}  ID"
    )
    ctx.out.write(head + "\n")
    for item in items:
        upcoming = item.upcoming_sessions(today)
        nxt = upcoming[0].start.isoformat() if upcoming else "-"
        price = formats.cost(item.cost_eur, ctx.lang)
        kind = ctx.gettext(TYPE_SHORT[item.item_type.value])
        ctx.out.write(
            f"{_cut(item.title, 46):<46} {kind:<14} {item.hours:>5g} {price:>7} "
            f"{item.language:<4} {nxt:<10}  {item.id}\n"
        )
    shown = len(items)
    if total is not None and total > shown:
        ctx.out.write(
            say(
                ctx.lang,
                N_("{shown} van {total} leermiddelen getoond; meer met --aantal {more}\n"),
                shown=shown,
                total=total,
                more=min(total, 200),
            )
        )
        return
    ctx.out.write(ctx.gettext("{shown} leermiddel(en)\n").format(shown=shown))


def print_clarifying_question(skills: Sequence[Skill], ctx: Context) -> None:
    """When nothing fits: which skill the goal should strengthen (the closest ones offered),
    or an own action."""
    if skills:
        ctx.out.write(ctx.gettext("Welke vaardigheid wil je hiermee versterken?\n"))  # fmt: skip
        for skill in skills:
            ctx.out.write(f"  - {skill.label(ctx.lang)} ({skill.id})\n")
        ctx.out.write(
            ctx.gettext(
                "Vraag opnieuw met --vaardigheden en een id, beschrijf je doel anders, of plan "
                "een eigen actie (bv. meelopen met een ervaren collega).\n"
            )
        )
        return
    ctx.out.write(
        ctx.gettext(
            "Welke vaardigheid wil je hiermee versterken? Beschrijf ze in een paar woorden, of "
            "plan een eigen actie (bv. meelopen met een ervaren collega).\n"
        )
    )


def print_recommendations(recs: Sequence[Recommendation], ctx: Context, *, as_json: bool) -> None:
    """Proposals best first, each with its one-line reason."""
    if as_json:
        data = [{**item_json(r.item), "reden": r.reason, "score": r.score} for r in recs]
        ctx.out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
        return
    if not recs:
        ctx.out.write(
            ctx.gettext(
                "Niets in de catalogus past echt bij dit doel, dus ik stel liever niets voor dan "
                "te gokken.\n"
            )
        )
        return
    for pos, rec in enumerate(recs, start=1):
        kind = ctx.gettext(TYPE_SHORT[rec.item.item_type.value])
        ctx.out.write(f"{pos}. {rec.item.title} [{kind}] ({rec.item.id})\n   {rec.reason}\n")
