"""Step 2, zelfevaluatie: strengths, skills to improve (with levels), obsolete, transferable.

Levels are never invented: a level typed inline ("Excel 2 naar 4", "niveau 3", "ik sta op 2 en
wil naar 4") is taken as typed; a skill to improve without levels is asked for (current and
wanted); a strength, obsolete or transferable skill typed without a level is kept at the lowest
level with the visible note NOT_RATED (and the reply says "nog zonder niveau"), so nobody
reads a made-up 4→4 or 3→1 in the plan.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pop_assistent.conversation.questions import Question, Questions
from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import keep_career_target, preferred_skill_ids
from pop_assistent.dialogue.types import SkillsAnswer, Step, StructuredAnswer, Widget
from pop_assistent.i18n import N_, available_languages, translate, translations
from pop_assistent.model import SkillCategory, SkillKind, SkillRating
from pop_assistent.model.skills import NOT_RATED_NOTE
from pop_assistent.text import answers, fold, formats

if TYPE_CHECKING:
    from pop_assistent.model.catalogue import Skill

CATEGORY_OF = {
    "strengths": SkillCategory.strength,
    "to_improve": SkillCategory.to_improve,
    "obsolete": SkillCategory.obsolete,
    "transferable": SkillCategory.transferable,
}
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "level_without_skill": {"levels": "2 naar 4"},
    "noted": {
        "category": "strength",
        "items": [
            {"label": "Nauwkeurig", "current": 4, "wanted": 4, "rated": True},
            {"label": "Excel", "current": 2, "wanted": None, "rated": False},
        ],
        "unmatched": ["Excel"],
    },
    "none_noted": {},
    "names_wanted": {},
    "levels_unclear": {"skill": "Excel"},
    "levels_goal_set_aside": {"skill": "Excel"},
    "levels_saved": {"skill": "Excel", "current": 2, "wanted": 4},
    "levels_skipped": {"skill": "Excel", "count": 1},
    "rater_saved": {"count": 5},
    "career_target": {"role": "hoofdverpleegkundige", "career": "promotion"},
}


def enter(s: Session) -> None:
    s.ask(STRENGTHS)


def _score_ok(score: float) -> bool:
    return score >= (0.6 if score <= 1 else 60)


def _covers(text: str, skill: Skill, matched: tuple[str, ...]) -> bool:
    """True when every word the person typed is in one of the skill's names or in what
    matched, so showing the label loses nothing they said."""
    from pop_assistent.language.skillmatch import LIGHT_WORDS, STOP, words_of

    names = [skill.label_nl, skill.label_en, *skill.synonyms, *matched]
    known = {w for name in names for w in words_of(name)}
    said = [w for w in words_of(text) if w not in STOP | LIGHT_WORDS | NEW and not w.isdigit()]
    # 'producten' is the tail of 'schoonmaakproducten': the label says it too
    return all(
        w in known or any(k.startswith(w[:5]) or (len(w) >= 6 and k.endswith(w)) for k in known)
        for w in said
    )


NEW = frozenset(
    "nieuw nieuwe new kids kinderen children leerlingen pupils students klanten customers "
    "patiënten patienten patients bewoners residents kind kindje kleuter kleuters child pupil "
    "student klant customer patiënt patient bewoner resident taal language".split()
)
"""Words a label may leave out without losing what was said ('dutch language' is Dutch): 'de
nieuwe producten veilig gebruiken' is using products safely (being new is why one learns it),
and 'dealing with kids with adhd' is supporting pupils with special needs (whom one works with,
not another skill)."""


SOFT_STEMS = tuple(
    "kalm rustig geduld druk stress luister communic samenwerk collega klantvriendelijk empath "
    "assertie flexib feedback conflict motiv zelfstandig verantwoordelijk initiatief stipt "
    "vriendelijk overleg leiding coach omgaan calm patien pressure listen teamwork cooperat "
    "empath assertive conflict motivat independen responsib initiative punctual friendly "
    "leadership communicat deal coping".split()
)
"""Word beginnings of personal (behavioural) skills: staying calm, listening, working together."""


def kind_of(text: str) -> SkillKind:
    """The kind of a skill that is not in the list, from its words: personal when a word begins
    like a personal skill ('kalm blijven onder druk', 'staying calm'), else technical."""
    from pop_assistent.language.skillmatch import STOP, words_of

    words = [w for w in words_of(text) if w not in STOP]
    personal = any(w.startswith(SOFT_STEMS) for w in words)
    return SkillKind.behavioural if personal else SkillKind.technical


def _not_rated(rating: SkillRating) -> bool:
    return not rating.rated


def _rating(
    s: Session, text: str, current: int | None, wanted: int | None, category: SkillCategory
) -> tuple[SkillRating, str]:
    """The rating for one typed item and how much of its level is known: full|current|none."""
    prefer = preferred_skill_ids(s)
    matches = s.language.link_skills(text, s.resources.skills, prefer, limit=3) if text else []
    # the first that names all the person said: 'scanner system' is not 'Order picking', and
    # 'digitaal lesgeven' is 'Digitaal lesgeven' rather than 'Didactiek' (keep their words)
    skill = next(
        (
            m.skill
            for m in matches
            if _score_ok(float(m.score)) and _covers(text, m.skill, m.matched)
        ),
        None,
    )
    status = "none" if current is None else "full" if wanted is not None else "current"
    if status == "current" and category != SkillCategory.to_improve:
        wanted, status = current, "full"  # a strength to keep, not to grow
    note = "" if status == "full" else translate(s.lang, NOT_RATED_NOTE)
    rating = SkillRating(
        skill_id=skill.id if skill else None,
        label=(skill.label(s.lang) if skill else text)[:300] or "?",
        kind=skill.kind if skill else kind_of(text),
        current_level=current or 1,
        wanted_level=wanted or current or 1,
        categories=[category],
        note=note,
    )
    return rating, status


def _set_category(
    s: Session, category: SkillCategory, answers: list[tuple[SkillRating, str]]
) -> list[tuple[SkillRating, str]]:
    """Replace the skills of one category by the new answers (re-answering replaces); return
    the plan's ratings for the answers with how much of their level is known."""
    kept: list[SkillRating] = []
    for rating in s.plan.skills:
        if category in rating.categories:
            rating.categories = [c for c in rating.categories if c != category]
        if rating.categories:
            kept.append(rating)
    result: list[tuple[SkillRating, str]] = []
    for new, status in answers:
        same = next(
            (
                r
                for r in kept
                if (new.skill_id and r.skill_id == new.skill_id)
                or r.label.lower() == new.label.lower()
            ),
            None,
        )
        if same is None:
            kept.append(new)
            result.append((new, status))
            continue
        same.categories = [*same.categories, category]
        if status != "none":
            same.current_level = new.current_level
            if status == "full":
                same.wanted_level = new.wanted_level
                same.note = "" if _not_rated(same) else same.note
        elif not _not_rated(same):
            status = "current" if category == SkillCategory.to_improve else "full"
        result.append((same, status))
    s.plan.skills = kept
    return result


def _todo(s: Session) -> list[str]:
    """The level questions still to ask: plan indexes, '+' when the current level is known."""
    return [t for t in s.pending.todo if t.rstrip("+").isdigit()]


def _ask_levels(s: Session, todo: list[str]) -> None:
    todo = [t for t in todo if int(t.rstrip("+")) < len(s.plan.skills)]
    if todo:
        s.ask(LEVELS, todo=todo)
    elif not s.resume():  # an edit ('wijzig vaardigheid 2') goes back to where it came from
        s.ask(OBSOLETE)


def _noted(s: Session, category: SkillCategory, answers: list[tuple[SkillRating, str]]) -> None:
    unique = list({id(r): (r, st) for r, st in answers}.values())
    s.say(
        "noted",
        category=category.value,
        items=[
            {
                "label": r.label,
                "current": r.current_level if st != "none" else None,
                "wanted": r.wanted_level if st == "full" else None,
                "rated": st == "full",
            }
            for r, st in unique
        ],
        unmatched=[r.label for r, _ in unique if not r.skill_id],
    )


def _category(s: Session, text: str) -> None:
    q = s.q
    category = CATEGORY_OF[q]
    said = answers.key(text)
    if said in answers.DONE or said in answers.NO:  # 'klaar', 'nee', 'geen': no skill
        s.say("none_noted")
        _after_category(s, q, [])
        return
    if said in answers.YES:  # 'ja' to 'which skills?' names none: ask for the names
        s.say("names_wanted")
        return
    rest = keep_career_target(s, text)
    if rest != text.strip() and not rest:  # only a career target: nothing else to list
        _after_category(s, q, [])
        return
    text = rest
    names = [
        k.label(lang).split(" (")[0] for k in s.resources.skills for lang in available_languages()
    ]
    names += [synonym for k in s.resources.skills for synonym in k.synonyms]
    items = parsing.skill_items(text, names)
    named = [(t, c, w) for t, c, w in items if t.strip()]
    if items and not named:  # levels without a skill ('2 naar 4'): nothing to store them on
        s.say("level_without_skill", levels=text.strip()[:60])
        return
    typed = [_rating(s, t, c, w, category) for t, c, w in named]
    found = _set_category(s, category, typed)
    if found:
        _noted(s, category, found)
    else:
        s.say("none_noted")
    _after_category(s, q, found)


def _after_category(s: Session, q: str, found: list[tuple[SkillRating, str]]) -> None:
    """The question after a list of skills: levels still to ask, or the next category."""
    if q == "strengths":
        s.ask(TO_IMPROVE)
    elif q == "to_improve":
        index = {id(r): i for i, r in enumerate(s.plan.skills)}
        todo = [f"{index[id(r)]}{'+' if st == 'current' else ''}" for r, st in found]
        open_ = [t for t, (_, st) in zip(todo, found, strict=True) if st != "full"]
        _ask_levels(s, list(dict.fromkeys(open_)))
    elif q == "obsolete":
        s.ask(TRANSFERABLE)
    else:
        s.advance()


def _answer_levels(s: Session, text: str) -> None:
    todo = _todo(s)
    if not todo or int(todo[0].rstrip("+")) >= len(s.plan.skills):
        _ask_levels(s, [])
        return
    head = todo[0]
    rating = s.plan.skills[int(head.rstrip("+"))]
    if answers.key(text) in answers.UNSURE:
        s.say("levels_skipped", skill=rating.label, count=1)
        _ask_levels(s, todo[1:])
        return
    if answers.key(text) in answers.DONE:  # 'klaar': no more levels now
        labels = [s.plan.skills[int(t.rstrip("+"))].label for t in todo]
        s.say("levels_skipped", skill=formats.listing(labels, s.lang), count=len(labels))
        _ask_levels(s, [])
        return
    _, current, wanted = parsing.levels(text)
    if current is None and _goal_like(s, text):
        kept = [*s.plan.conversation.set_aside.splitlines(), " ".join(text.split())]
        s.plan.conversation.set_aside = "\n".join(kept)[-2000:]  # offered at the goals step
        s.say("levels_goal_set_aside", skill=rating.label)
        return
    if current is None:
        found = [n for n in answers.numbers(text) if 1 <= n <= 5]
        current = found[0] if found else parsing.word_level(text)
        wanted = found[1] if len(found) > 1 else None
    if current is None:
        s.say("levels_unclear", skill=rating.label)
        return
    if head.endswith("+") and wanted is None:
        wanted = current  # the one number answers "naar welk niveau?"
        current = rating.current_level
    if wanted is None and current < 5:
        rating.current_level = current
        _ask_levels(s, [f"{head.rstrip('+')}+", *todo[1:]])
        return
    rating.current_level, rating.wanted_level = current, wanted or current
    rating.note = "" if _not_rated(rating) else rating.note
    s.say("levels_saved", skill=rating.label, current=current, wanted=rating.wanted_level)
    _ask_levels(s, todo[1:])


_WANTS = re.compile(
    r"\s*(?:ik\s+(?:wil|zou\s+graag|wil\s+graag|hoop)|i\s+(?:want|would\s+like|'?d\s+like|hope)"
    r"|tegen\s|binnen\s|by\s|within\s|mijn\s+doel|my\s+goal)"
)


_LEVEL_NUMBER = re.compile(r"\b(?:naar|tot|op|niveau|level|to|at)\s+(?:een\s+|a\s+)?[1-5]\b")
"""A number said as a level ('naar 4', 'op een 4', 'to a 4'), not a count ('2 bewoners')."""


def _goal_like(s: Session, text: str) -> bool:
    """A sentence at a level question that reads as a goal ('tegen eind maart kan ik 2
    bewoners alleen wassen', 'I want to get my forklift licence'): a wish or a deadline in five
    words or more. Its numbers are not levels."""
    if len(text.split()) < 5 or _LEVEL_NUMBER.search(fold(text)) or parsing.word_level(text):
        return False  # 'ik wil graag naar 4 gaan' answers the question
    if _WANTS.match(fold(text)):
        return True
    period = s.language.find_period(text)
    return period is not None and not getattr(period, "in_past", False)  # not 'vorig jaar


def skip(s: Session) -> None:
    order = {"strengths": TO_IMPROVE, "obsolete": TRANSFERABLE}
    if s.q in order:
        s.ask(order[s.q])
    elif s.q == "to_improve":
        _ask_levels(s, [])
    elif s.q == "levels":
        todo = _todo(s)
        if todo and int(todo[0].rstrip("+")) < len(s.plan.skills):
            s.say("levels_skipped", skill=s.plan.skills[int(todo[0].rstrip("+"))].label, count=1)
        _ask_levels(s, todo[1:])
    else:
        s.advance()


def structured(s: Session, answer: StructuredAnswer) -> bool:
    if not isinstance(answer, SkillsAnswer):
        return False
    s.plan.skills = list(answer.skills)
    s.say("rater_saved", count=len(answer.skills))
    s.advance()
    return True


def suggestions(s: Session) -> list[SkillRating]:
    """The role profile's skills that are not in the plan yet: the needed level as the wanted
    level (and as the current level, until the employee rates it), no category yet."""
    role = s.resources.role(s.plan.employee.role_profile_id)
    if role is None:
        return []
    rated = {r.skill_id for r in s.plan.skills if r.skill_id}
    found = []
    for skill_id, level in s.resources.role_needs(role):
        skill = s.resources.skill(skill_id)
        if skill is None or skill_id in rated:
            continue
        level = min(5, max(1, level))
        found.append(
            SkillRating(
                skill_id=skill_id,
                label=skill.label(s.lang)[:300],
                kind=skill.kind,
                current_level=level,
                wanted_level=level,
            )
        )
        rated.add(skill_id)
    return found


def _examples(s: Session) -> tuple[str, str]:
    """Example answers from the employee's own role profile (never someone else's words):
    one for the strengths question, one for the skills to improve."""
    gettext = translations(s.lang).gettext
    role = s.resources.role(s.plan.employee.role_profile_id)
    rated = {r.skill_id for r in s.plan.skills}
    labels: list[tuple[str, bool]] = []
    for skill_id, _level in s.resources.role_needs(role) if role is not None else []:
        if skill := s.resources.skill(skill_id):
            labels.append((skill.label(s.lang).split(" (")[0].lower(), skill_id in rated))
    used = {x for x, _ in labels[:2]}  # the strengths example: the improve one names others
    open_ = [x for x, was_rated in labels if not was_rated]
    fresh = [x for x in open_ if x not in used] or open_ or [x for x, _ in labels]
    if len(labels) >= 2 and fresh:
        raised = gettext("{skill} 2 naar 4").format(skill=fresh[0])
        return f"{labels[0][0]} 4, {labels[1][0]}", ", ".join([raised, *fresh[1:2]])
    return (
        gettext("nauwkeurig werken 4, klantvriendelijk"),
        gettext("plannen 2 naar 4, feedback geven"),
    )


def context(s: Session) -> dict[str, Any]:
    s.widget = Widget.skill_rater
    suggested = [r.label for r in suggestions(s)]
    todo = _todo(s) if s.q == "levels" else []
    index = int(todo[0].rstrip("+")) if todo else -1
    current = s.plan.skills[index] if 0 <= index < len(s.plan.skills) else None
    strengths_example, improve_example = _examples(s)

    def of(cat: SkillCategory) -> list[str]:
        return [r.label for r in s.plan.skills if cat in r.categories]

    return {
        "suggestions": suggested[:6],
        "strengths": of(SkillCategory.strength),
        "to_improve": of(SkillCategory.to_improve),
        "obsolete": of(SkillCategory.obsolete),
        "transferable": of(SkillCategory.transferable),
        "skill": current.label if current else "",
        "has_current": bool(todo and todo[0].endswith("+")),
        "current_level": current.current_level if current else 0,
        "wanted_level": current.wanted_level if current else 0,
        "role": s.plan.employee.role,
        "strengths_example": strengths_example,
        "improve_example": improve_example,
    }


def _listed(category: SkillCategory) -> Any:
    def stored(s: Session) -> str:
        return ", ".join(r.label for r in s.plan.skills if category in r.categories)

    return stored


Q = Questions[Session]("self_assessment")


def _list_question(key: str, title: str) -> Question[Session]:
    """A question that asks for the skills of one category (its key names the category)."""
    return Q.add(key, _category, title=title, stored=_listed(CATEGORY_OF[key]))


STRENGTHS = _list_question("strengths", N_("sterke kanten"))
TO_IMPROVE = _list_question("to_improve", N_("te verbeteren"))
LEVELS = Q.add("levels", _answer_levels, title=N_("niveaus"))
OBSOLETE = _list_question("obsolete", N_("niet meer nodig"))
TRANSFERABLE = _list_question("transferable", N_("ook elders bruikbaar"))

SPEC = StepSpec(Step.self_assessment, Q, enter, context, skip, structured, NOTE_SAMPLES)
