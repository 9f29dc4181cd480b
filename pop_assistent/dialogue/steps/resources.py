"""Step 5, leermiddelen: numbered recommendations per goal, search, picks, own actions.

The numbered list shown is kept in `pending.listing` so that "1 en 3" still means the same
items after a resume; items already in the plan are marked. "zoek excel" searches the catalogue;
"eigen actie: ..." adds a free action and asks its type and its cost (unknown stays unknown).
When nothing in the catalogue fits a goal, nothing is listed: the step asks which skill the goal
should strengthen (mode 'clarify', the closest skills' ids in `pending.listing`) or offers an own
action (mode 'own': the next answer is its title).
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.conversation.buttons import press
from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import (
    action_of,
    goal_of,
    goal_view,
    next_after,
    no_story,
    skill_label,
)
from pop_assistent.dialogue.types import Choice, ResourcesAnswer, Step, StructuredAnswer, Widget
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, language_mark, translations
from pop_assistent.model import Action, ActionOrigin, ActionType, Goal, label
from pop_assistent.text import answers

SEARCH = re.compile(r"^\s*(?:zoek(?:en)?|search|find|vind)\s*:?\s+(.+)$", re.I | re.S)
NUMBER_ONLY = re.compile(r"\s*[€$]?\s*[\d.,\s]+\s*(?:€|eur|euro|%)?\s*", re.I)
"""An amount or a year alone ('2027', '€ 250'): never something to search for."""
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
TYPE_WORDS: list[tuple[ActionType, str]] = [
    (ActionType.online, r"online|mooc|webinar|e-?learning|video|youtube|zelfstudie|self-study"),
    (
        ActionType.event,
        r"workshop|semina|congres|conferen|beurs|studiedag|event|demo|"
        r"info-?sessie|infodag|rondleiding|open dag",
    ),
    (ActionType.external_certified, r"certifica|attest|diploma|extern"),
    (ActionType.internal, r"intern|in huis|in-house"),
    (ActionType.coaching, r"meelo|mentor|coach|on.the.job|shadow|werkplek|werkvloer"),
]
"""The type of learning an action's title or an answer names, first match wins."""


def type_named(text: str, numbered: bool = False) -> ActionType | None:
    """The type the words name ('online cursus', 'workshop'); with `numbered`, also the number
    of a type in the list shown."""
    n = answers.index(text, len(ActionType)) if numbered else None
    if n is not None:
        return list(ActionType)[n]
    t = answers.key(text)
    return next((k for k, pattern in TYPE_WORDS if re.search(pattern, t)), None)


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
    "type_unclear": {},
    "type_assumed": {"type": "interne opleiding"},
    "cost_saved": {"title": "Meelopen", "cost": 250.0},
    "cost_unknown": {"title": "Meelopen"},
    "cost_unclear": {},
    "cost_is_time": {"title": "Meelopen", "hours": 2.0},
    "skill_chosen": {"skill": "Stressbeheersing"},
    "skill_empty": {"skill": "Stressbeheersing"},
    "describe_own": {},
    "yes_which": {},
    "date_later": {},
    "no_topic": {},
}
OWN_WORDS = {"eigen actie", "eigen", "own action", "own", "eigen actie...", "own action..."}
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
    s.ask(PICK, goal_id=goal_id, mode="rec", listing=ids)


def _clarify(s: Session, goal: Goal) -> None:
    """Nothing in the catalogue fits: ask which skill the goal should strengthen, offering the
    closest ones (and an own action) rather than a list of guesses."""
    skills = [sk.id for sk in s.resources.closest_skills(s.plan, goal)]
    s.ask(PICK, goal_id=goal.id, mode="clarify", listing=skills)


def _clarified(s: Session, goal: Goal, text: str) -> bool:
    """The answer to "which skill?": a number or name of an offered skill, or any skill's name.
    The goal then trains that skill, and the proposals for it follow."""
    offered = list(s.pending.listing)
    chosen = answers.picks(text, len(offered))
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
    s.ask(PICK, goal_id=goal.id, mode="rec", listing=[str(r.item.id) for r in recs])
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


def own_type(title: str) -> ActionType | None:
    """The type an own action's title names ('online cursus', 'workshop'), if any."""
    return type_named(title)


def _own(s: Session, goal: Goal, title: str) -> None:
    named = own_type(title)
    kind = named or ActionType.coaching
    action = Action(
        goal_id=goal.id,
        title=title.strip()[:500] or "?",
        type=kind,
        origin=ActionOrigin.own_wish,
        formal=kind != ActionType.coaching,
        cost_eur=None,
    )
    s.plan.actions = [*s.plan.actions, action]
    s.say("own_added", title=action.title, type=label(kind, s.lang) if named else "")
    mode = "clarify" if s.pending.mode == "own" else s.pending.mode  # back to the question
    back = {"goal_id": goal.id, "listing": s.pending.listing, "mode": mode}
    s.ask(OWN_COST if named else OWN_TYPE, action_id=action.id, **back)


def _own_type(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        _back_to_pick(s)
        return
    kind = type_named(text, numbered=True)
    if kind is None and (answers.key(text) in answers.UNSURE or answers.is_skip(text)):
        kind = ActionType.internal  # not known yet: a neutral kind, said and changeable
        s.say("type_assumed", type=label(kind, s.lang))
    if kind is None:
        s.say("type_unclear")
        return
    action.type = kind
    action.formal = kind != ActionType.coaching
    s.ask(OWN_COST, action_id=action.id, goal_id=s.pending.goal_id,
          listing=s.pending.listing, mode=s.pending.mode)  # fmt: skip


FREE = {"gratis", "niets", "niks", "free", "nothing", "0", "geen kosten", "kost niets"}


MAX_OWN_HOURS = 2000
"""The most hours an own action can take (as the planning step's hours question)."""


def read_cost(text: str) -> float | None | str:
    """A cost: euros (float), None when unknown, or 'unclear'."""
    t = answers.key(text).replace("€", "").replace("eur", "").strip()
    head = re.split(r"[,;:.!(]|\s-\s", t, maxsplit=1)[0].strip()  # 'gratis, de leverancier betaalt'
    if head in FREE:
        return 0.0
    if head in answers.UNSURE or head in answers.DONE or answers.is_skip(text) and t not in FREE:
        return None
    t = re.sub(r"(?<=\d)[ .](?=\d{3}(?!\d))", "", t)  # '1 000', '1.250': thousands
    value = answers.number(t.replace(".", "") if "," in t else t)
    if value is None or value < 0 or value > 1_000_000:
        return "unclear"
    return float(value)


def _own_cost(s: Session, text: str) -> None:
    action = action_of(s)
    if action is None:
        _back_to_pick(s)
        return
    if answers.mentions_time(text):  # '2 uur' is time, not € 2: keep it as the hours
        hours = answers.hours(text, s.hours_per_day)
        if not action.hours and hours is not None and 0 < hours <= MAX_OWN_HOURS:
            action.hours = hours
        s.say("cost_is_time", title=action.title, hours=action.hours or 0.0)
        return
    cost = read_cost(text)
    if isinstance(cost, str):
        s.say("cost_unclear")
        return
    action.cost_eur = cost
    if cost is None:
        s.say("cost_unknown", title=action.title)
    else:
        s.say("cost_saved", title=action.title, cost=cost)
    _back_to_pick(s)


def _back_to_pick(s: Session) -> None:
    s.ask(PICK, goal_id=s.pending.goal_id, listing=s.pending.listing, mode=s.pending.mode or "rec")


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
        PICK,
        goal_id=goal.id,
        mode="offer" if clear is not None else "search",
        query=query[:200],
        listing=[str(i.id) for i in found],
    )


def _move_on(s: Session, goal: Goal) -> None:
    """On to the next goal; a goal without any action is named once first ("Toch verder?")."""
    if s.plan.actions_for(goal.id) or s.pending.warned == goal.id:
        _show_goal(s, next_after(_eligible(s), goal.id))
        return
    number = s.plan.goals.index(goal) + 1
    s.say("no_action_yet", number=number)
    s.again(warned=goal.id)


def _pick(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
        return
    if s.pending.mode == "own" and answers.key(text) not in DONE and not SEARCH.match(text):
        own = OWN.match(text)
        _own(s, goal, own.group(1) if own else text)
        return
    if s.pending.mode == "clarify":
        own_number = answers.picks(text, len(s.pending.listing) + 1) == [len(s.pending.listing)]
        if answers.key(text) in OWN_WORDS or own_number:  # the last button: "Eigen actie…"
            s.say("describe_own")
            s.again(mode="own")
            return
        plain = answers.key(text) not in DONE and not SEARCH.match(text) and not OWN.match(text)
        if plain and _clarified(s, goal, text):
            return
    listing = list(s.pending.listing) if s.pending.mode not in ("clarify", "own") else []
    answer = answers.yes_no(text)
    if s.pending.warned == goal.id and answer is not None:
        if answer:
            _move_on(s, goal)
        else:
            s.say("keep_looking")
        return
    if s.pending.mode == "offer" and listing and answer is not None:
        if answer:
            titles = _add(s, goal, listing[:1])
            s.say("added", titles=titles, moved="")
        else:
            s.say("search_results", query=s.pending.query, count=len(listing))
        s.again(mode="search")
        return
    numbered = [Choice(str(n), str(n)) for n in range(1, len(listing) + 1)]
    pressed = press(text, numbered, s.lang, PICK)  # the numbered list is read as buttons are
    if pressed.refusal:
        s.say("plain", template="common_notes", sentence=pressed.refusal)
        return
    chosen = answers.picks(text, len(listing))
    if chosen:
        titles = _add(s, goal, [listing[i] for i in chosen])
        s.say("added", titles=titles, moved="")
        return
    if OWN.match(text):
        _own(s, goal, OWN.match(text).group(1))  # type: ignore[union-attr]
        return
    if answers.key(text) in DONE:
        _move_on(s, goal)
        return
    query = SEARCH.match(text)
    if query:
        _search(s, goal, query.group(1).strip())
    elif s.resources.catalogue is None:
        _own(s, goal, text)
    elif answers.pick_shaped(text) or NUMBER_ONLY.fullmatch(text):
        s.say("not_understood")
    elif not _answered(s, goal, text, listing):
        _search(s, goal, text.strip())


def _answered(s: Session, goal: Goal, text: str, listing: list[str]) -> bool:
    """A free answer read as an answer before it is read as a search: yes (which one?), no
    (on to the next goal), a moment or an amount of time (asked at the planning), or words
    with nothing to search for."""
    answer = answers.yes_no(text)
    if answer is False:
        _move_on(s, goal)
    elif answer is True and len(listing) == 1:
        s.say("added", titles=_add(s, goal, listing), moved="")
    elif answer is True:
        s.say("yes_which" if listing else "no_topic")
    elif _only_time(s, text):
        s.say("date_later")  # "tegen maart 2027", "twee namiddagen": planned in the next step
    elif no_story(text) or not s.resources.searchable(text):
        s.say("no_topic")  # "tja", "weet ik niet": no search for words that say nothing
    else:
        return False
    return True


def _only_time(s: Session, text: str) -> bool:
    """True when a short answer is only a moment or an amount of time, never a search."""
    if len(text.split()) > 5:
        return False
    if answers.mentions_time(text) or answers.in_days(text):
        return True
    try:
        s.language.parse_period(text)
    except PopError:
        return False
    return True


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
    if goal.id != s.pending.goal_id:
        s.say("added", titles=titles, moved="")
        return True
    following = next_after(_eligible(s), goal.id)  # the picker closes: on to what comes next
    s.say("added", titles=titles, moved="goal" if following else "planning")
    _show_goal(s, following)
    return True


def context(s: Session) -> dict[str, Any]:
    _ = translations(s.lang).gettext
    goal = goal_of(s)
    if s.q == "own_type":
        s.widget = Widget.choices
        s.choices = tuple(Choice(label(t, s.lang), str(i)) for i, t in enumerate(ActionType, 1))
    elif s.q == "own_cost":
        s.widget = Widget.choices
        s.choices = (Choice(_("gratis"), "gratis"),
                     Choice(_("weet ik niet"), "weet ik niet"))  # fmt: skip
    elif s.pending.mode == "clarify":
        s.widget = Widget.choices
        own_choice = Choice(_("Eigen actie…"), _("eigen actie"))
        s.choices = (
            *(Choice(skill_label(s, i), skill_label(s, i)) for i in s.pending.listing),
            own_choice,
        )
    else:
        s.widget = Widget.catalogue_picker
    offered = [skill_label(s, i) for i in s.pending.listing] if s.pending.mode == "clarify" else []
    listing = list(s.pending.listing) if not offered else []
    reasons: dict[str, str] = {}
    if s.pending.mode == "rec" and goal is not None and listing and s.q == "pick":
        reasons = {str(r.item.id): str(r.reason) for r in s.resources.recommend(s.plan, goal)}
    have = {a.catalogue_id for a in s.plan.actions_for(goal.id)} if goal else set()
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
                "tag": language_mark(str(getattr(item, "language", s.lang)), s.lang),
                "type": label(action.type, s.lang),
                "hours": action.hours,
                "cost": action.cost_eur,
                "provider": action.provider,
                "reason": reasons.get(item_id, ""),
                "chosen": item_id in have,
            }
        )
    if s.q == "pick" and shown:
        s.instruction = _(
            "Typ de nummers die je kiest (bv. 1 en 3), zoek ..., eigen actie: ... of klaar."
        )
    marked = have.intersection(listing) if shown else set()
    # the chosen ones the list marks with ✓ are not named again above it (issue 12)
    chosen = [a for a in (s.plan.actions_for(goal.id) if goal else [])
              if not (s.q == "pick" and a.catalogue_id in marked)]  # fmt: skip
    own = action_of(s)
    return {
        "offered": offered,
        "goal": goal_view(s, goal),
        "items": shown,
        "mode": s.pending.mode or "rec",
        "warned": s.pending.warned == (goal.id if goal else None),
        "query": s.pending.query,
        "chosen": [a.title for a in chosen],
        "has_catalogue": s.resources.catalogue is not None,
        "skipped": [g.text for g in s.plan.goals if g.training_is_answer is False],
        "own": {"title": own.title, "type": label(own.type, s.lang)} if own else None,
        "types": [label(t, s.lang) for t in ActionType],
    }


Q = Questions[Session]("resources")
PICK = Q.add("pick", _pick, title=N_("leermiddelen"), many=True)
OWN_TYPE = Q.add("own_type", _own_type, skip=lambda s: _skip_type(s),
                 title=N_("soort eigen actie"))  # fmt: skip
OWN_COST = Q.add("own_cost", _own_cost, skip=lambda s: _back_to_pick(s),
                 title=N_("kosten eigen actie"), numeric=True)  # fmt: skip


def _skip_type(s: Session) -> None:
    s.ask(OWN_COST, **_keep(s))


def _keep(s: Session) -> dict[str, Any]:
    p = s.pending
    return {"action_id": p.action_id, "goal_id": p.goal_id, "listing": p.listing, "mode": p.mode}


def resumed(s: Session) -> None:
    """Back at the proposals after an edit: a rewritten goal gets proposals for its new words
    (a list made by a search stays as it was)."""
    p = s.pending
    goal = s.plan.goal(p.goal_id) if p.goal_id else None
    if p.question != PICK.key or p.mode not in ("rec", "clarify") or goal is None:
        return
    if s.resources.catalogue is None:
        return
    recs = s.resources.recommend(s.plan, goal, limit=5)
    if recs:
        s.again(mode="rec", listing=[str(r.item.id) for r in recs])
    else:
        s.again(mode="clarify", listing=[sk.id for sk in s.resources.closest_skills(s.plan, goal)])


SPEC = StepSpec(Step.resources, Q, enter, context, skip, structured, NOTE_SAMPLES, resumed=resumed)
