"""Which plan `pop` opens when no plan is named: none yet, a new one; exactly one of one's own
(and nothing shared with one), that one (and the first message says so); otherwise the person
picks one or a new plan.

The list says whose plan each is: one's own plans first, then the plans colleagues shared with
one ("Gedeeld met jou": a coach opens them in review mode, read-only), then the example plans
of `pop demo`, which are never counted as one's own.

`open_session(store, None)` keeps meaning "a new plan"; this is the choice before it, made by
the front end (the app's first screen) with these texts and this reading of the answer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pop_assistent.conversation.contract import Choice
from pop_assistent.i18n import Language, translations
from pop_assistent.model.examples import is_example
from pop_assistent.storage.base import PlanStore, PlanSummary
from pop_assistent.text.answers import index, key
from pop_assistent.text.escape import markdown
from pop_assistent.text.fold import squash
from pop_assistent.text.formats import long_date, short_date

NEW = "new"
"""The value of the "a new plan" choice."""

NEW_WORDS = frozenset({"nieuw", "een nieuw plan", "nieuw plan", "new", "a new plan", "new plan"})

OWN, SHARED, EXAMPLE = "own", "shared", "example"


def kind(summary: PlanSummary) -> str:
    """OWN, SHARED (someone else's plan shared with this login) or EXAMPLE (`pop demo`)."""
    if not summary.mine:
        return SHARED
    return EXAMPLE if is_example(summary.plan_id, summary.name) else OWN


def ref(summary: PlanSummary) -> str:
    """What opens this plan: its id, with the owner's login before a shared one (two people
    may share a plan with the same id)."""
    return f"{summary.owner}/{summary.plan_id}" if kind(summary) == SHARED else summary.plan_id


@dataclass(frozen=True)
class StartChoice:
    """What to do at the start: the plan to `resume` (None: a new plan), or `several` to pick
    from (one's own, then shared with one, then examples)."""

    resume: PlanSummary | None = None
    several: tuple[PlanSummary, ...] = ()


def choose_start(store: PlanStore) -> StartChoice:
    """One's own plan alone is resumed; nothing at all starts a new plan; anything else
    (several plans, a plan shared with one, only the examples) asks which one."""
    plans = store.list_plans()
    groups = {k: [p for p in plans if kind(p) == k] for k in (OWN, SHARED, EXAMPLE)}
    if len(groups[OWN]) == 1 and not groups[SHARED]:
        return StartChoice(resume=groups[OWN][0])
    ordered = (*groups[OWN], *groups[SHARED], *groups[EXAMPLE])
    return StartChoice(several=ordered) if ordered else StartChoice()


def most_urgent_first(
    plans: tuple[PlanSummary, ...], urgency: Sequence[tuple[str, str]]
) -> tuple[tuple[PlanSummary, ...], dict[str, str]]:
    """The shared plans in the order of `urgency` ((plan id, why it ranks there), most urgent
    first, as `pop coach` ranks them), and that reason per plan id to show in the list."""
    rank = {plan_id: n for n, (plan_id, _why) in enumerate(urgency)}
    shared = sorted(
        (p for p in plans if kind(p) == SHARED), key=lambda p: rank.get(p.plan_id, len(rank))
    )
    own = [p for p in plans if kind(p) == OWN]
    examples = [p for p in plans if kind(p) == EXAMPLE]
    return (*own, *shared, *examples), dict(urgency)


def changed_on(summary: PlanSummary, lang: Language) -> str:
    """'3 december 2026': the day the plan was last saved, in local time."""
    return long_date(summary.saved_at.astimezone().date(), lang)


def resumed_note(summary: PlanSummary, lang: Language) -> str:
    """The first message's note when the one plan in progress was opened without asking."""
    name, changed = markdown(summary.name or summary.plan_id), changed_on(summary, lang)
    return (
        translations(lang)
        .gettext(
            "Ik open je plan ‘{name}’, laatst gewijzigd op {changed}. (Een nieuw plan: "
            "*pop --nieuw*; een ander plan: *pop --plan NAAM*.)"
        )
        .format(name=name, changed=changed)
    )


def _whose(summary: PlanSummary, lang: Language) -> str:
    """', plan van Ann Claes (ann)' for a shared plan whose name is not its owner's name."""
    _ = translations(lang).gettext
    owner = summary.owner_name or summary.owner
    if kind(summary) != SHARED or not owner or owner == summary.name:
        return ""
    return _(", gedeeld door {owner}").format(owner=markdown(owner))


def pick_question(
    plans: tuple[PlanSummary, ...], lang: Language, follow_up: Mapping[str, str] | None = None
) -> str:
    """The question before the conversation, with each plan's name, whose it is and its
    last-changed day in full (the buttons below are short), in groups; a shared plan shows
    where its follow-up stands (`follow_up`: plan id -> 'niets te laat; ...') instead."""
    _ = translations(lang).gettext
    counts = {k: sum(1 for p in plans if kind(p) == k) for k in (OWN, SHARED, EXAMPLE)}
    if counts[OWN] > 1:
        head = _("Je hebt meerdere plannen. Met welk plan wil je verder?")
    elif counts[SHARED]:
        head = _("Welk plan wil je openen?")
    else:
        head = _(
            "Je hebt nog geen eigen plan. Begin je een nieuw plan, of bekijk je een voorbeeld?"
        )
    titles = {
        OWN: _("Jouw plannen"),
        SHARED: _("Gedeeld met jou (je bekijkt ze als coach: lezen, een notitie, tekenen)"),
        EXAMPLE: _("Voorbeelden (van pop demo)"),
    }
    lines, shown = [head], ""
    for i, p in enumerate(plans, start=1):
        if kind(p) != shown:
            shown = kind(p)
            lines += ["", f"*{titles[shown]}*", ""]
        changed = _("laatst gewijzigd op {day}").format(day=changed_on(p, lang))
        role = f", {markdown(p.role)}" if p.role and shown == SHARED else ""
        name = markdown(p.name or p.plan_id)
        state = (follow_up or {}).get(p.plan_id) if shown == SHARED else None
        tail = f": {markdown(state)}" if state else f" ({changed})"
        lines.append(f"{i}. **{name}**{role}{_whose(p, lang)}{tail}")
    new = len(plans) + 1
    lines += ["", _("{number}. een nieuw plan").format(number=new), ""]
    lines.append(pick_hint(lang, len(plans)))
    return "\n".join(lines)


BUTTONS = 9
"""Buttons a front end shows at most (the number keys 1 to 9)."""


def pick_hint(lang: Language, count: int) -> str:
    """What to type, for `count` plans: with more plans than buttons it names the whole range
    and the number of a new plan, so a plan without a button is still one answer away."""
    _ = translations(lang).gettext
    if count + 1 <= BUTTONS:
        return _("Typ een nummer of een naam.")
    return _("Typ een nummer van 1 tot {last} of een naam ({last}: een nieuw plan).").format(
        last=count + 1
    )


def pick_again(lang: Language, count: int) -> str:
    """The sentence for an answer that names no plan."""
    return (
        translations(lang)
        .gettext("Dat plan vond ik niet. Typ een nummer van 1 tot {last}, of een naam.")
        .format(last=count + 1)
    )


def pick_choices(plans: tuple[PlanSummary, ...], lang: Language) -> tuple[Choice, ...]:
    """One choice per plan (its name; the last-changed day for one's own, 'voorbeeld' for an
    example; the list above says which are shared), then "a new plan"; values are the choice
    numbers, so a typed number and a pressed button mean the same. A front end with fewer
    buttons than choices keeps the last one ("a new plan"); the others are one number or name
    away (`pick_hint`)."""
    _ = translations(lang).gettext
    marks = {OWN: "", SHARED: "", EXAMPLE: _(" (voorbeeld)")}
    choices = [
        Choice(
            f"{p.name or p.plan_id}{marks[kind(p)]}"
            + (
                ""
                if kind(p) == SHARED
                else f" · {short_date(p.saved_at.astimezone().date(), lang)}"
            ),
            str(i),
        )
        for i, p in enumerate(plans, start=1)
    ]
    return (*choices, Choice(_("een nieuw plan"), str(len(plans) + 1)))


def read_pick(text: str, plans: tuple[PlanSummary, ...]) -> str | None:
    """The ref of the plan the answer picks (see `ref`), NEW for a new plan, or None when it
    picks nothing."""
    value = key(text).strip(" .!)")
    if value in NEW_WORDS or value == str(len(plans) + 1):
        return NEW
    found = index(text, len(plans))
    if found is None:
        found = _named(text, [p.name or p.plan_id for p in plans])
    if found is None:
        found = _named(text, [p.plan_id for p in plans])
    return None if found is None else ref(plans[found])


def _named(text: str, names: list[str]) -> int | None:
    """The one name the answer means: the same name, one whole part of exactly one name
    ('Ann'), or the same name with a slip ('Ann Clas'). Another person's plan is never opened
    because a surname is shared: 'Hilde Claes' is not 'Ann Claes'."""
    from rapidfuzz import fuzz, process

    value = squash(text)
    if not value:
        return None
    folded = [squash(n) for n in names]
    if value in folded:
        return folded.index(value)
    parts = [i for i, n in enumerate(folded) if re.search(rf"(?<!\w){re.escape(value)}(?!\w)", n)]
    if len(parts) == 1 and len(value) >= 3:
        return parts[0]
    best = process.extractOne(value, folded, scorer=fuzz.ratio, score_cutoff=88)
    return int(best[2]) if best is not None else None
