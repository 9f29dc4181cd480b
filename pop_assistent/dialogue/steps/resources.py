"""Step 5, leermiddelen: numbered recommendations per goal, search, picks, own actions.

The numbered list shown is kept in pending["listing"] so that "1 en 3" still means the same
items after a resume. "zoek excel" searches the catalogue; "eigen actie: ..." adds a free action.
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps.common import goal_of, goal_view, next_after, skill_label
from pop_assistent.dialogue.types import Choice, ResourcesAnswer, StructuredAnswer, Widget
from pop_assistent.model import Action, ActionOrigin, ActionType, Goal, label

QUESTIONS = ("pick",)
SEARCH = re.compile(r"^\s*(?:zoek(?:en)?|search|find|vind)\s*:?\s+(.+)$", re.I | re.S)
OWN = re.compile(r"^\s*(?:eigen actie|eigen|zelf|own action|own)\s*:\s*(.+)$", re.I | re.S)
DONE = {
    "klaar",
    "volgende",
    "verder",
    "genoeg",
    "dat is het",
    "done",
    "next",
    "niets meer",
    "nee",
    "neen",
    "no",
    "geen",
    "niks",
}
FREE_TYPES: list[tuple[ActionType, str]] = [
    (ActionType.online, r"online|mooc|webinar|e-learning|video|youtube|zelfstudie"),
    (ActionType.event, r"workshop|seminar|congres|conferentie|beurs|studiedag|conference"),
    (ActionType.external_certified, r"certifica|attest|diploma|extern"),
    (ActionType.internal, r"interne opleiding|intern"),
]
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "added": {"titles": ["MOOC Digitaal samenwerken"], "moved": "planning"},
    "own_added": {"title": "Meelopen met de teamleider", "type": "coaching"},
    "no_results": {"query": "breien"},
    "search_results": {"query": "excel", "count": 3},
    "no_catalogue": {},
    "not_understood": {},
    "skipped_goal": {"text": "Betere afspraken"},
    "no_goals": {},
    "no_action_yet": {"number": 2},
    "keep_looking": {},
    "skill_chosen": {"skill": "Stressbeheersing"},
    "skill_empty": {"skill": "Stressbeheersing"},
    "describe_own": {},
}
OWN_WORDS = {"eigen actie", "eigen", "own action", "own"}
"""An own action asked for without saying what it is: the assistant asks what."""
QUERY_STOP = frozenset(
    "de het een over met voor van en in op die dat iets graag wil ik cursus opleiding "
    "training the a an about on with for and course".split()
)


def _eligible(s: Session) -> list[str]:
    return [g.id for g in s.plan.goals if g.training_is_answer is not False]


def _show_goal(s: Session, goal_id: str | None) -> None:
    if goal_id is None:
        s.advance()
        return
    goal = s.plan.goal(goal_id)
    recs = s.resources.recommend(s.plan, goal, limit=5) if goal else []
    if not recs and goal is not None and s.resources.catalogue is not None:
        _clarify(s, goal)
        return
    ids = [str(r.item.id) for r in recs]
    s.ask("pick", goal_id=goal_id, mode="rec", listing=",".join(ids))


def _clarify(s: Session, goal: Goal) -> None:
    """Nothing in the catalogue fits: ask which skill the goal should strengthen, offering the
    closest ones (and an own action) rather than a list of guesses."""
    skills = [sk.id for sk in s.resources.closest_skills(s.plan, goal)]
    s.ask("pick", goal_id=goal.id, mode="clarify", listing="", skills=",".join(skills))


def _clarified(s: Session, goal: Goal, text: str) -> bool:
    """The answer to "which skill?": a number or name of an offered skill, or any skill's name.
    The goal then trains that skill, and the proposals for it follow."""
    offered = [i for i in s.pending.get("skills", "").split(",") if i]
    chosen = parsing.picks(text, len(offered))
    skill_id = offered[chosen[0]] if len(chosen) == 1 else None
    if skill_id is None:
        found = s.resources.find_skill(text, offered)
        skill_id = found.id if found is not None else None
    if skill_id is None:
        return False
    if skill_id not in goal.skill_ids:
        goal.skill_ids = [*goal.skill_ids, skill_id]
    name = skill_label(s, skill_id)
    recs = s.resources.recommend(s.plan, goal, limit=5)
    if not recs:
        s.say("skill_empty", skill=name)
        return True
    s.say("skill_chosen", skill=name)
    s.ask("pick", goal_id=goal.id, mode="rec", listing=",".join(str(r.item.id) for r in recs))
    return True


def enter(s: Session) -> None:
    if not s.plan.goals:
        s.say("no_goals")
    for goal in s.plan.goals:
        if goal.training_is_answer is False:
            s.say("skipped_goal", text=goal.text)
    _show_goal(s, next_after(_eligible(s), None))


def _add(s: Session, goal: Goal, item_ids: list[str]) -> list[str]:
    titles: list[str] = []
    have = {a.catalogue_id for a in s.plan.actions_for(goal.id)}
    for item_id in item_ids:
        item = s.resources.item(item_id)
        if item is None or item_id in have:
            continue
        action = s.resources.action_from_item(item, goal.id)
        s.plan.actions = [*s.plan.actions, action]
        titles.append(action.title)
        have.add(item_id)
    return titles


def _own(s: Session, goal: Goal, title: str) -> None:
    kind = next(
        (t for t, pattern in FREE_TYPES if re.search(pattern, title.lower())), ActionType.coaching
    )
    action = Action(
        goal_id=goal.id,
        title=title.strip()[:500] or "?",
        type=kind,
        origin=ActionOrigin.own_wish,
        formal=kind != ActionType.coaching,
    )
    s.plan.actions = [*s.plan.actions, action]
    s.say("own_added", title=action.title, type=label(kind, s.lang))


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"\w+", text.lower()) if len(w) >= 3 and w not in QUERY_STOP]


def _clear_match(s: Session, query: str, found: list[Any]) -> Any:
    """The one found item whose title names every word of the query ('de mooc over teams en
    sharepoint' -> 'MOOC Digitaal samenwerken met Teams en SharePoint'), else None."""
    wanted = _words(query)
    if not wanted:
        return None

    def names_all(item: Any) -> bool:
        have = _words(f"{s.resources.item_title(item)} {getattr(item, 'provider', '')}")
        return all(any(h.startswith(w[:5]) or w.startswith(h[:5]) for h in have) for w in wanted)

    hits = [item for item in found if names_all(item)]
    return hits[0] if len(hits) == 1 else None


def _search(s: Session, goal: Goal, query: str) -> None:
    if s.resources.catalogue is None:
        s.say("no_catalogue")
        return
    found = s.resources.search(query)[:8]
    if not found:
        s.say("no_results", query=query)
        return
    clear = _clear_match(s, query, found)
    if clear is not None:  # the one they mean first, offered with "ja"
        found = [clear, *(i for i in found if i is not clear)]
    else:
        s.say("search_results", query=query, count=len(found))
    s.ask(
        "pick",
        goal_id=goal.id,
        mode="offer" if clear is not None else "search",
        query=query[:200],
        listing=",".join(str(i.id) for i in found),
    )


def _again(s: Session, **changes: str) -> None:
    """Ask the same pick question again with some of its keys changed."""
    s.ask("pick", **{**{k: v for k, v in s.pending.items() if k != "q"}, **changes})


def _move_on(s: Session, goal: Goal) -> None:
    """On to the next goal; a goal without any action is named once first ("Toch verder?")."""
    if s.plan.actions_for(goal.id) or s.pending.get("warned") == goal.id:
        _show_goal(s, next_after(_eligible(s), goal.id))
        return
    number = s.plan.goals.index(goal) + 1
    s.say("no_action_yet", number=number)
    _again(s, warned=goal.id)


def handle(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
        return
    listing = [i for i in s.pending.get("listing", "").split(",") if i]
    answer = parsing.yes_no(text)
    if s.pending.get("warned") == goal.id and answer is not None:
        if answer:
            _move_on(s, goal)
        else:
            s.say("keep_looking")
        return
    if s.pending.get("mode") == "offer" and listing and answer is not None:
        if answer:
            titles = _add(s, goal, listing[:1])
            s.say("added", titles=titles, moved="")
        else:
            s.say("search_results", query=s.pending.get("query", ""), count=len(listing))
        _again(s, mode="search")
        return
    if s.pending.get("mode") == "own" and parsing.clean(text) not in DONE:
        if not SEARCH.match(text):
            own = OWN.match(text)
            _own(s, goal, own.group(1) if own else text)
            _again(s, mode="rec")
            return
    if s.pending.get("mode") == "clarify":
        if parsing.clean(text) in OWN_WORDS:
            s.say("describe_own")
            _again(s, mode="own")
            return
        if _clarified(s, goal, text):
            return
    chosen = parsing.picks(text, len(listing))
    if chosen:
        titles = _add(s, goal, [listing[i] for i in chosen])
        s.say("added", titles=titles, moved="")
        return
    if OWN.match(text):
        _own(s, goal, OWN.match(text).group(1))  # type: ignore[union-attr]
        return
    if parsing.clean(text) in DONE:
        _move_on(s, goal)
        return
    query = SEARCH.match(text)
    if query:
        _search(s, goal, query.group(1).strip())
    elif s.resources.catalogue is None:
        _own(s, goal, text)
    elif parsing.clean(text).replace(" ", "").isdigit():
        s.say("not_understood")
    else:
        _search(s, goal, text.strip())


def skip(s: Session) -> None:
    goal = goal_of(s)
    _show_goal(s, next_after(_eligible(s), goal.id if goal else None))


def structured(s: Session, answer: StructuredAnswer) -> bool:
    if not isinstance(answer, ResourcesAnswer):
        return False
    goal = s.plan.goal(answer.goal_id) if answer.goal_id else goal_of(s)
    if goal is None:
        return False
    titles = _add(s, goal, list(answer.catalogue_ids))
    if goal.id != s.pending.get("goal_id"):
        s.say("added", titles=titles, moved="")
        return True
    following = next_after(_eligible(s), goal.id)  # the picker closes: on to what comes next
    s.say("added", titles=titles, moved="goal" if following else "planning")
    _show_goal(s, following)
    return True


def context(s: Session) -> dict[str, Any]:
    s.widget = Widget.catalogue_picker
    goal = goal_of(s)
    listing = [i for i in s.pending.get("listing", "").split(",") if i]
    reasons: dict[str, str] = {}
    if s.pending.get("mode") == "rec" and goal is not None and listing:
        reasons = {str(r.item.id): str(r.reason) for r in s.resources.recommend(s.plan, goal)}
    shown = []
    for n, item_id in enumerate(listing, start=1):
        item = s.resources.item(item_id)
        if item is None:
            continue
        action = s.resources.action_from_item(item, None)
        shown.append(
            {
                "n": n,
                "title": action.title,
                "type": label(action.type, s.lang),
                "hours": action.hours,
                "cost": action.cost_eur,
                "provider": action.provider,
                "reason": reasons.get(item_id, ""),
            }
        )
    chosen = s.plan.actions_for(goal.id) if goal else []
    offered: list[str] = []
    if s.pending.get("mode") == "clarify":
        offered = [skill_label(s, i) for i in s.pending.get("skills", "").split(",") if i]
        own = "Own action…" if s.lang == "en" else "Eigen actie…"
        s.choices = (
            *(Choice(name, name) for name in offered),
            Choice(own, "own action" if s.lang == "en" else "eigen actie"),
        )
    return {
        "offered": offered,
        "goal": goal_view(s, goal),
        "items": shown,
        "mode": s.pending.get("mode", "rec"),
        "warned": s.pending.get("warned") == (goal.id if goal else None),
        "query": s.pending.get("query", ""),
        "chosen": [a.title for a in chosen],
        "has_catalogue": s.resources.catalogue is not None,
        "skipped": [g.text for g in s.plan.goals if g.training_is_answer is False],
    }
