"""Proposals for a goal: which resources cover its skills, fit the gap, the hours and budget.

Each proposal carries a one-line reason in the user's language, such as
"dekt 2 van je 3 vaardigheden, 16 u, binnen je uren".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from rapidfuzz import fuzz

from pop_assistent.advice.intent import (
    FIRST_TIME_PENALTY,
    RENEWAL_BONUS,
    about_renewal,
    asks_for_event,
    first_time,
    is_refresher,
    private,
)
from pop_assistent.advice.person import Person, person
from pop_assistent.advice.relevance import RARE, Reading, relevance_of
from pop_assistent.advice.variants import (
    for_another,
    names_class,
    names_level,
    variants,
    without_levels,
)
from pop_assistent.catalogue.catalogue import Catalogue
from pop_assistent.i18n import ENGLISH, SOURCE_LANGUAGE, Language, translations
from pop_assistent.model.actions import Action
from pop_assistent.model.catalogue import LEVEL_RANGE, CatalogueItem, Skill
from pop_assistent.model.common import ActionType, GoalStatus
from pop_assistent.model.goals import Goal
from pop_assistent.model.plan import Plan
from pop_assistent.planning.workload import overbooked, remaining_hours, room
from pop_assistent.text.formats import hours as hours_text
from pop_assistent.text.lexicon import zipf

DEFAULT_HORIZON_WEEKS = 26


@dataclass(frozen=True)
class Recommendation:
    """A proposed resource, its score (higher is better, about 0..1) and why, in one line."""

    item: CatalogueItem
    score: float
    reason: str


@dataclass
class _Context:
    targets: dict[str, float]
    current: dict[str, int]
    wanted: dict[str, int]
    hours_available: float | None
    budget: float | None
    preferred: set[str]
    language: str
    deadline: date | None
    skills: dict[str, Skill] = field(default_factory=dict)
    """The target skills, to name them in a reason (`Skill.label` in the reader's language)."""
    plan: Plan | None = None
    goal_id: str = ""


def _plan_goal(plan: Plan, goal_text: str) -> Goal | None:
    """The plan's goal this text is about (or the only open goal when no text is given)."""
    open_goals = [g for g in plan.goals if g.status is GoalStatus.open]
    if not goal_text.strip():
        return open_goals[0] if len(open_goals) == 1 else None
    best = max(plan.goals, key=lambda g: fuzz.token_set_ratio(g.text, goal_text), default=None)
    if best is not None and fuzz.token_set_ratio(best.text, goal_text) >= 80:
        return best
    return None


def _context(
    catalogue: Catalogue, skill_ids: Sequence[str], plan: Plan | None, goal_text: str, today: date
) -> _Context:
    """What the advice knows besides the goal's words: the skills named for it, the levels,
    hours, budget and preferences of the employee."""
    targets: dict[str, float] = {sid: 1.0 for sid in skill_ids if catalogue.skill(sid)}
    current: dict[str, int] = {}
    wanted: dict[str, int] = {}
    ctx = _Context(targets, current, wanted, None, None, set(), "nl", None)
    if plan is None:
        return ctx
    goal = _plan_goal(plan, goal_text)
    if goal is not None:
        for sid in goal.skill_ids:
            if catalogue.skill(sid):
                targets.setdefault(sid, 1.0)
        ctx.deadline = goal.deadline
    for rating in plan.skills:
        if rating.skill_id:
            current[rating.skill_id] = rating.current_level
            wanted[rating.skill_id] = rating.wanted_level
    role = catalogue.role(plan.employee.role_profile_id or "")
    if role is not None:
        for need in role.skills:
            wanted[need.skill_id] = max(wanted.get(need.skill_id, 0), need.level)
    if not targets and not goal_text.strip():
        # nothing named: work on the skills the employee wants to improve
        for sid, level in wanted.items():
            if level > current.get(sid, level) and catalogue.skill(sid):
                targets[sid] = 0.8
    employee = plan.employee
    if employee.hours_per_week > 0:
        until = today + timedelta(weeks=DEFAULT_HORIZON_WEEKS)
        if ctx.deadline is not None and ctx.deadline > today:
            until = max(ctx.deadline, today + timedelta(weeks=1))
        # the hours left once the plan's actions have theirs: the Realistisch check's sum
        found = room(plan, today, until, goal.id if goal is not None else None)
        ctx.hours_available = max(0.0, found.have - found.need)
        ctx.plan, ctx.goal_id = plan, goal.id if goal is not None else ""
    ctx.budget = employee.budget_eur
    ctx.preferred = {str(t) for t in employee.preferred_types}
    ctx.language = employee.language
    return ctx


def _fits(item: CatalogueItem, ctx: _Context, today: date) -> bool:
    """The course fits the hours as the Realistisch check will judge it once planned: its
    hours within the hours left until the deadline (the plan's other actions counted), and,
    for a course on fixed dates, a run (the one planned, else a session before the deadline)
    with no month of more hours than the person has."""
    if ctx.hours_available is None or ctx.plan is None:
        return False
    already = [a for a in ctx.plan.actions if a.catalogue_id == item.id]  # counted once
    own = [a for a in already if a.goal_id == ctx.goal_id]
    if item.hours > ctx.hours_available + sum(remaining_hours(a) for a in own) + 0.05:
        return False
    runs = [(a.start, a.end or a.start) for a in already if a.start]
    if not runs:
        upcoming = item.upcoming_sessions(today)
        before = [s for s in upcoming if ctx.deadline is None or s.start <= ctx.deadline]
        runs = [(s.start, s.end or s.start) for s in before or upcoming[:1]]
    others = [a for a in ctx.plan.actions if a not in already]
    return not runs or any(_run_fits(ctx.plan, others, item.hours, run, today) for run in runs)


def _run_fits(
    plan: Plan, others: list[Action], hours: float, run: tuple[date, date], today: date
) -> bool:
    """No month of this run gets more hours than the person has, the other actions counted."""
    trial = Action(id="trial", title="trial", start=run[0], end=run[1], hours=hours,
                   goal_id="trial")  # fmt: skip
    return not overbooked(plan.model_copy(update={"actions": [*others, trial]}), "trial", today)


def _level_fit(item: CatalogueItem, covered: list[str], ctx: _Context) -> float:
    """1 when the course starts where the learner stands; lower when too easy or too hard."""
    low, high = LEVEL_RANGE[item.level]
    fits: list[float] = []
    for sid in covered:
        level = ctx.current.get(sid)
        if level is None:
            continue
        if level >= ctx.wanted.get(sid, 5) and level >= high:
            fits.append(0.2)  # already there
        elif level >= high:
            fits.append(0.4)  # too easy
        elif level < low - 1:
            fits.append(0.6)  # too hard for now
        else:
            fits.append(1.0)
    return sum(fits) / len(fits) if fits else 0.7


def _gap_weight(sid: str, ctx: _Context) -> float:
    gap = max(0, ctx.wanted.get(sid, 0) - ctx.current.get(sid, 0)) if sid in ctx.current else 1
    return ctx.targets[sid] * (1.0 + 0.25 * min(gap, 4))


def _date(day: date, lang: Language) -> str:
    from pop_assistent.text.formats import short_date

    return short_date(day, lang)


def _score(
    item: CatalogueItem, relevance: float, ctx: _Context, today: date, lang: Language, about: str
) -> tuple[float, float, str]:
    """How well a resource answers the goal (its topic), how well it suits the person
    in practice (hours, budget, sessions, language, preferred form), and the reason."""
    _ = translations(lang).gettext
    covered = [sid for sid in item.skill_ids if sid in ctx.targets]
    reasons: list[str] = []
    score = relevance
    if ctx.targets:
        total = sum(_gap_weight(sid, ctx) for sid in ctx.targets)
        coverage = sum(_gap_weight(sid, ctx) for sid in covered) / total
        focus = len(covered) / len(item.skill_ids) if item.skill_ids else 0.0
        lead = 1.0 if item.skill_ids and item.skill_ids[0] in ctx.targets else 0.0
        score += 0.5 * coverage + 0.08 * focus + 0.07 * lead
        n, m = len(covered), len(ctx.targets)
        names = ", ".join(ctx.skills[sid].label(lang) for sid in covered if sid in ctx.skills)
        if n and m == 1:
            reasons.append(_("dekt je vaardigheid {names}").format(names=names))
        elif n:
            reasons.append(_("dekt {n} van je {m} vaardigheden").format(n=n, m=m))
            if n <= 2 and names:
                reasons[-1] += f" ({names})"
        score += 0.1 * _level_fit(item, covered, ctx)
    if not covered:
        if about:
            reasons.append(_("over {about}").format(about=about))
        else:
            reasons.append(_("noemt wat je doel vraagt"))
    topic, score = score, 0.0
    reasons.append(_("{hours} u").format(hours=hours_text(item.hours, lang)))
    if item.cost_eur == 0:
        reasons.append(_("gratis"))
    elif ctx.budget is not None and item.cost_eur > ctx.budget:
        score -= 0.25
        reasons.append(_("€ {cost:.0f}, boven je budget").format(cost=item.cost_eur))
    else:
        reasons.append(f"€ {item.cost_eur:.0f}")
    if ctx.hours_available is not None:
        if _fits(item, ctx, today):
            score += 0.08
            reasons.append(_("binnen je uren"))
        else:
            score -= 0.15 * min(1.0, item.hours / max(ctx.hours_available, 1.0) - 1)
            reasons.append(_("meer uren dan je planning toelaat"))
    if str(item.action_type) in ctx.preferred:
        score += 0.07
        reasons.append(_("jouw voorkeursvorm"))
    if item.language != (ctx.language if ctx.language else lang) and item.theme != "talen":
        score -= 0.05 if item.language == "en" else 0.12
    if item.sessions:
        upcoming = item.upcoming_sessions(today)
        if ctx.deadline is not None:
            upcoming = [s for s in upcoming if s.start <= ctx.deadline]
        if upcoming:
            score += 0.03
            first = _date(upcoming[0].start, lang)
            reasons.append(_("volgende sessie {date}").format(date=first))
        else:
            score -= 0.2
            reasons.append(_("geen sessie op tijd"))
    return topic, score, ", ".join(reasons)


FLOOR = 0.34
"""A need without a named skill is served when its best resource speaks to at least this
share of it (relevance.py) ..."""

FLOOR_NAMED = 4.2
"""... or names at least this much of it in its own weights (`Reading.named`: a little more
than one telling, rare word of the need). Below both, the advice says that nothing fits rather
than guess. Calibrated on three blind sets of needs (bench/advice_quality.py); lowered from 4.8
when a situation shared by one word stopped counting as the need said again (skilltext.py),
recalibrated on five sets: the highest unservable need that agrees names 3.8."""

FLOOR_PERSON = 0.2
"""... or a resource written for the person's sector or role speaks to at least this share of
it and answers `AGREEING` of its telling words."""

AGREEING = 2
SAID_SHARE = 0.44
SAID_TOGETHER = 0.4
CHECKED = 10
UNCOMMON_NAME = 3.3
"""A skill's name said whole in this rare a word (wordfreq's zipf) names the need's topic."""
TITLE_SHARE = 0.2
"""... and when one of its `CHECKED` most relevant resources agrees with it: answers at least
`AGREEING` of its telling words (`Reading.agreement`), or `SAID_SHARE` of its telling content
(a short need: 'leren werken met de nieuwe kassa'), or has a skill whose one situation says
`SAID_TOGETHER` of it (the need told in other words). A need that shares a single word with
the catalogue, in another sense ('noten' for a choir, 'tafels' of multiplication, a 'rijbewijs'
for a motorbike) is not served. Set on own examples per kind of need (tests/data/advies_eigen.yaml)
and the project's blind sets (bench/advice_quality.py)."""

NEAR_BEST = 0.5
"""A proposal must be at least this share as relevant as the best one, or name at least this
share of what the best names: no padding."""

OWN_TEXT = 0.25
"""Among resources that answer a need through the same skill, the one whose own title and
description say more of it ranks higher (this much per share of the need they say)."""

SECTOR_BONUS = 0.08
OTHER_SECTOR = 0.55
UNKNOWN_SECTOR = 0.06
"""A resource written for the person's sector rises a little; one written for another sector
falls below a general one (unless the person works there); when the sector is not known, a
sector's resource yields a little to a general one."""

EVENT_PENALTY = 0.1
"""An event (a fair, a congress, a study day) ranks this much lower than a course, unless the
need asks for one: it informs and inspires, it does not train."""
LEVEL_BONUS = 0.4
"""For a resource that names the language level the need asks for."""
MULTIWORD_NAME = 2
"""A skill's name of this many words, said whole ('eerste hulp'), names the need's topic,
however common each word is (in a Dutch need: an English one is read through a glossary)."""

ROLE_SKILL = 0.12
"""A resource that trains a skill of the person's role profile rises."""


def _sector_fit(item: CatalogueItem, who: Person) -> float:
    if not item.sectors:
        return 0.0
    if not who.sectors:
        return -UNKNOWN_SECTOR
    return SECTOR_BONUS if who.sectors.intersection(item.sectors) else -OTHER_SECTOR


def _role_fit(item: CatalogueItem, who: Person) -> float:
    needed = who.role_skills
    if not needed or not item.skill_ids:
        return 0.0
    return ROLE_SKILL * sum(sid in needed for sid in item.skill_ids[:2]) / 2


def recommend(
    catalogue: Catalogue,
    *,
    goal_text: str = "",
    skill_ids: Sequence[str] = (),
    plan: Plan | None = None,
    today: date,
    limit: int = 5,
    lang: Language = SOURCE_LANGUAGE,
    role: str | None = None,
    sector: str | None = None,
) -> list[Recommendation]:
    """The resources that fit a goal, best first, each with a one-line reason; none when
    nothing fits well enough (see `FLOOR`).

    `role` is a role profile id or a job as people name it ('verpleger'); `sector` a sector
    word ('zorg'); both default to what the plan says about the employee.
    """
    from pop_assistent.language.skillmatch import without_helpers

    goal_text = without_helpers(goal_text)  # 'zonder hulp van de ploegbaas': no leadership
    who = person(catalogue, role=role, sector=sector, plan=plan)
    ctx = _context(catalogue, skill_ids, plan, goal_text, today)
    ctx.skills = {sid: skill for sid in ctx.targets if (skill := catalogue.skill(sid)) is not None}
    if private(goal_text) and not ctx.targets:
        return []  # a private wish: no work catalogue serves it (the dialogue offers own actions)
    words = without_levels(goal_text)  # 'niveau A2' picks among courses; it is no topic
    reading = relevance_of(catalogue).read(words) if words.strip() else None
    candidates: dict[int, float] = {}
    if reading is not None:
        candidates = {row: reading.relevance(row) for row in reading.fits}
    for row in catalogue.rows_with_skills(ctx.targets):
        candidates.setdefault(row, 0.0)
    classes = variants(goal_text)  # 'rijbewijs B': a course for C or D does not count
    for row in [r for r in candidates if classes]:
        item = catalogue.items[row]
        own = f"{item.title} {item.description}"
        skills = [sk for sid in item.skill_ids if (sk := catalogue.skill(sid)) is not None]
        about = " ".join(" ".join([*sk.synonyms, *sk.situations]) for sk in skills)
        if for_another(classes, own) or (not variants(own) and for_another(classes, about)):
            del candidates[row]  # its own words decide; else what its skills are about
        elif not names_class(classes, f"{own} {about}"):
            del candidates[row]  # 'motorrijbewijs': eco-driving with a truck is no licence A
    if not candidates:
        return []
    best = max(candidates.values())
    named_by = {row: reading.named(row) for row in reading.fits} if reading else {}
    most = max(named_by.values(), default=0.0)
    top = _most_relevant(reading, candidates)
    served = (best >= FLOOR or most >= FLOOR_NAMED) and _agrees(reading, top)
    served = served or _served_for_person(catalogue, reading, candidates, who, top)
    served = served or _names_a_skill(reading, top)
    renewal = about_renewal(goal_text)
    beginner = not renewal and first_time(goal_text)
    wants_event = asks_for_event(goal_text)
    results: list[Recommendation] = []
    for row, relevance in candidates.items():
        item = catalogue.items[row]
        named = bool(set(item.skill_ids) & ctx.targets.keys())
        if not named and not (
            served and (relevance >= NEAR_BEST * best or named_by.get(row, 0.0) >= NEAR_BEST * most)
        ):
            continue  # shares a word or two with the goal, not its meaning
        about = _about(catalogue, item, reading, lang)
        if reading is not None and row in reading.fits:
            relevance += OWN_TEXT * reading.fits[row].own  # ranks; does not decide `served`
        topic, practical, reason = _score(item, relevance, ctx, today, lang, about)
        # who the person is weighs on how well a resource answers the goal, so that it
        # never lifts one that does not
        score = topic * (1.0 + _sector_fit(item, who) + _role_fit(item, who)) + practical
        if item.action_type is ActionType.event and not wants_event:
            score -= EVENT_PENALTY  # a fair or a congress informs; a course trains
        if names_level(classes, f"{item.title} {item.description}"):
            score += LEVEL_BONUS  # 'Frans niveau B1': the course that says B1 first
        if renewal and is_refresher(item):
            score += RENEWAL_BONUS
        elif beginner and is_refresher(item):
            score -= FIRST_TIME_PENALTY  # a refresher is not a start
        elif beginner and item.level.value in ("gevorderd", "expert"):
            # an advanced course is not a start, unless it is the one about what the need names
            score -= FIRST_TIME_PENALTY / (2 if _titles_rare_word(reading, row) else 1)
        results.append(Recommendation(item=item, score=round(score, 4), reason=reason))
    results.sort(key=lambda r: (-r.score, r.item.hours, r.item.id))
    return results[: max(0, limit)]


def _most_relevant(reading: Reading | None, candidates: dict[int, float]) -> list[int]:
    """The `CHECKED` most relevant resources the need's words found, best first."""
    if reading is None:
        return []
    return sorted(reading.fits, key=lambda r: -candidates.get(r, 0.0))[:CHECKED]


def _agrees(reading: Reading | None, top: list[int]) -> bool:
    """Whether the most relevant resources answer the need's topic, not one word of it."""
    return reading is not None and any(_answers(reading, row) for row in top)


def _answers(reading: Reading, row: int) -> bool:
    """Whether a resource answers the need's topic, not one word of it."""
    telling, share = reading.agreement(row)
    if telling >= AGREEING or share >= SAID_SHARE:
        return True
    if reading.fits[row].together >= SAID_TOGETHER:
        return True
    return share >= TITLE_SHARE and _titled(reading, row)


def _titles_rare_word(reading: Reading | None, row: int) -> bool:
    """Whether the resource's own title says a rare word of the need ('schrobzuigmachine')."""
    if reading is None or row not in reading.fits:
        return False
    return any(
        not (term := reading.terms[i]).part and term.weight >= RARE for i in reading.fits[row].title
    )


def _names_a_skill(reading: Reading | None, top: list[int]) -> bool:
    """Whether the need says whole the name of a skill that one of the most relevant resources
    trains first, in a word uncommon in everyday language ('ADR', 'heftruck', 'SharePoint'):
    the need names its topic. A common word that is also a name ('noten', 'rijbewijs',
    'koken') says too little on its own."""
    if reading is None:
        return False
    lang = ENGLISH if reading.english else SOURCE_LANGUAGE
    for row in top:
        fit = reading.fits[row]
        whole = [i for i in fit.named_by if not reading.terms[i].part]
        long_name = [i for i in whole if i in fit.in_long_name]
        if not reading.english and len(long_name) >= MULTIWORD_NAME:
            return True  # 'eerste hulp', 'omgaan met agressie': a name of several words
        if any(zipf(reading.terms[i].word, lang) <= UNCOMMON_NAME for i in whole):
            return True
    return False


def _for_person(item: CatalogueItem, who: Person) -> bool:
    """Whether a resource is written for the person's sector or trains a skill of their role."""
    if who.sectors and who.sectors.intersection(item.sectors):
        return True
    return any(sid in who.role_skills for sid in item.skill_ids[:2])


def _served_for_person(
    catalogue: Catalogue,
    reading: Reading | None,
    candidates: dict[int, float],
    who: Person,
    top: list[int],
) -> bool:
    """Whether a resource written for the person's own work answers the need's topic, even when
    a long story says its topic in few of its words ('mijn klas is een kippenhok')."""
    if reading is None or not (who.sectors or who.role):
        return False
    return any(
        candidates.get(row, 0.0) >= FLOOR_PERSON
        and _for_person(catalogue.items[row], who)
        and reading.agreement(row)[0] >= AGREEING
        for row in top
    )


def _titled(reading: Reading, row: int) -> bool:
    """Whether a rare word of the need is what the resource is about: in its title, and no
    rarer word of the need is one the catalogue has never heard of ('gebarentaal' next to
    'bewoner': the need is about what the catalogue lacks)."""
    fit = reading.fits[row]
    unknown = reading.untraced_rarest
    return any(
        not (term := reading.terms[i]).part and term.weight >= RARE and zipf(term.word) <= unknown
        for i in fit.title
    )


def _about(
    catalogue: Catalogue, item: CatalogueItem, reading: Reading | None, lang: Language
) -> str:
    """The skill of a resource that the need is most about, named in the user's language."""
    if reading is None:
        return ""
    row_skills = [(share, sid) for sid in item.skill_ids if (share := reading.skill_share(sid))]
    if not row_skills:
        return ""
    skill = catalogue.skill(max(row_skills)[1])
    return skill.label(lang) if skill is not None else ""


CLOSE_SKILL = 0.08
"""Least share of a goal a skill must speak to, to be offered as what the goal may be about."""


def closest_skills(
    catalogue: Catalogue,
    *,
    goal_text: str = "",
    plan: Plan | None = None,
    role: str | None = None,
    sector: str | None = None,
    limit: int = 4,
) -> list[Skill]:
    """The skills a goal comes closest to, to ask "which skill do you want to strengthen?"
    when no resource fits: the two whose names and situations share most with the goal, the
    skills the person said they want to improve, the goal's other close skills, then the
    skills of the person's role they want to improve. Only skills some resource trains."""
    from pop_assistent.language.skillmatch import without_helpers

    trained = relevance_of(catalogue).skill_rows
    found: dict[str, float] = {}
    goal_text = without_helpers(goal_text)
    if goal_text.strip():
        reading = relevance_of(catalogue).read(goal_text)
        for sid in reading.skills:
            share = reading.skill_share(sid)
            if share >= CLOSE_SKILL and sid in trained:
                found[sid] = share
    ranked = sorted(found, key=lambda sid: (-found[sid], sid))
    own = [  # what the person said they want to improve, right after the goal's best words
        r.skill_id
        for r in (plan.skills if plan else [])
        if r.skill_id and r.skill_id in trained and r.gap > 0 and r.skill_id not in ranked[:2]
    ]
    ranked = list(dict.fromkeys([*ranked[:2], *own, *ranked[2:]]))
    who = person(catalogue, role=role, sector=sector, plan=plan)
    current = {r.skill_id: r.current_level for r in plan.skills if r.skill_id} if plan else {}
    for sid, level in sorted(who.role_skills.items(), key=lambda pair: -pair[1]):
        if sid not in ranked and sid in trained and current.get(sid, 0) < level:
            ranked.append(sid)
    skills = [skill for sid in ranked if (skill := catalogue.skill(sid)) is not None]
    return skills[: max(0, limit)]
