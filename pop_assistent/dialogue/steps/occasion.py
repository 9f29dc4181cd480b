"""Step 1, aanleiding: name, why now, career project, role, department, hours for learning."""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import PLACEHOLDER_NAME, Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import (
    LEADS,
    fit,
    no_story,
    read_hours,
    reckoned,
    target_role,
    wants_quality,
)
from pop_assistent.dialogue.types import Choice, Step, Widget
from pop_assistent.i18n import N_, say, translate
from pop_assistent.model import CareerProject, OccasionKind, label
from pop_assistent.text import answers, formats

KIND_WORDS: list[tuple[OccasionKind, str]] = [
    (
        OccasionKind.performance_review,
        r"function|evaluatie|beoordeling|review|appraisal|jaargesprek",
    ),
    (
        OccasionKind.career_project,
        r"loopbaan|promotie|mobiliteit|omscholing|doorgroei|carri|"
        r"career|teamleider|andere (job|functie)|promotion|reskill",
    ),
    (
        OccasionKind.organisational_change,
        r"verander|technolog|nieuw(e)? (systeem|software|tool)|"
        r"reorgani|digitali|change|new (system|tool)|fusie|merger|"
        # something new arriving at work: "we krijgen een nieuwe combi-steamer", "er komt een
        # nieuw kassasysteem", "the new scanners are coming", "they are rolling out ..."
        r"\b(krijgen|kregen|komt|komen|voeren)\b.{0,30}\bnieuw|"
        r"\bnieuw\w*\b.{0,40}\b(ingevoerd|in gebruik|geinstalleerd|komt|komen)\b|"
        r"\b(invoer|overschakel|overstap)|(getting|get|got) (a |an )?new|"
        r"\bnew\b.{0,30}\b(is|are) (coming|arriving)|roll(ing|ed)? out|introduc|switch(ing)? to",
    ),
    (
        OccasionKind.continuous_development,
        r"groei|blijven|continu|gewoon|zomaar|bijleren|"
        r"ontwikkel|grow|keep learning|no (special )?reason|"
        # improving in the job one has: "beter worden in mijn werk", "get better at my job"
        r"\bbeter\b|verbeter|\bbetter\b|improv|mijn (huidige )?(werk|job|vak)|"
        r"my (current )?(job|work)",
    ),
]
CAREER_WORDS: list[tuple[CareerProject, str]] = [
    (CareerProject.promotion, r"promo|doorgroei|teamleider|leidinggevende worden|hogere functie"),
    (CareerProject.internal_mobility, r"intern|andere afdeling|other department"),
    (
        CareerProject.external_mobility,
        r"extern|ander(e)? (bedrijf|werkgever)|other (company|employer)",
    ),
    (CareerProject.reskilling, r"omscho|nieuw beroep|reskill|ander vak"),
]
KIND_LABELS = {
    OccasionKind.performance_review: N_("mijn functioneringsgesprek"),
    OccasionKind.career_project: N_("een loopbaanproject"),
    OccasionKind.organisational_change: N_("een verandering of nieuwe technologie"),
    OccasionKind.continuous_development: N_("gewoon blijven groeien"),
}
KIND_CHOICES = {  # quick-answer labels: short enough for a button at 80 columns
    OccasionKind.performance_review: N_("functioneringsgesprek"),
    OccasionKind.career_project: N_("loopbaanproject"),
    OccasionKind.organisational_change: N_("verandering op het werk"),
    OccasionKind.continuous_development: N_("gewoon blijven groeien"),
}
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "name_saved": {"name": "Sophie"},
    "kind_saved": {"kind": "performance_review"},
    "career_saved": {"career": "promotie", "description": "Ik wil teamleider worden."},
    "described": {"description": "Ik wil teamleider worden.", "kind": "functioneringsgesprek"},
    "role_wanted": {"role": "vroedvrouw"},
    "hours_not_department": {"hours": 3, "asked": "department", "said": "", "day": 7.6},
    "kind_unclear": {},
    "kind_corrected": {},
    "story_wanted": {"said": "1"},
    "name_wanted": {"asked": "department", "said": "ja"},
    "no_department": {},
    "career_unclear": {},
    "role_matched": {"role": "Administratief medewerker"},
    "role_unmatched": {"role": "Kok"},
    "hours_unclear": {},
    "hours_range": {"value": 60},
    "hours_zero": {},
    "hours_saved": {"hours": 2},
    "hours_reckoned": {"said": "twee namiddagen", "hours": 7.5, "day": 7.6},
}
MAX_HOURS = 40


def enter(s: Session) -> None:
    s.ask(NAME if s.plan.employee.name == PLACEHOLDER_NAME else KIND)


def _pick(text: str, table: list[tuple[Any, str]], numbered: bool = True) -> Any:
    given = answers.picked_numbers(text, len(table)) if numbered else None
    if given is not None and len(given) == 1 and 1 <= given[0] <= len(table):
        return table[given[0] - 1][0]  # '4', 'de vierde', 'nee, gewoon 4'
    t = answers.key(text)
    for value, pattern in table:
        if re.search(pattern, t):
            return value
    return _misspelt(t) if table is KIND_WORDS else None


KIND_SPELLED: dict[str, OccasionKind] = {
    **dict.fromkeys(
        "functioneringsgesprek evaluatiegesprek beoordelingsgesprek jaargesprek".split(),
        OccasionKind.performance_review,
    ),
    **dict.fromkeys(
        "loopbaangesprek loopbaanproject promotie omscholing doorgroeien".split(),
        OccasionKind.career_project,
    ),
    **dict.fromkeys(
        "reorganisatie verandering digitalisering technologie".split(),
        OccasionKind.organisational_change,
    ),
}
"""Long words of the occasions, read with a typo ('fuctioneringsgesprek', 'reorganistie')."""


def _misspelt(t: str) -> OccasionKind | None:
    from rapidfuzz import fuzz, process

    for word in t.split():
        if len(word) >= 8:
            best = process.extractOne(word, KIND_SPELLED.keys(), scorer=fuzz.ratio, score_cutoff=88)
            if best is not None:
                return KIND_SPELLED[best[0]]
    return None


def _sentence(text: str) -> bool:
    """An answer that says more than a choice: a sentence worth keeping as the description."""
    words = answers.key(text).split()
    return len(words) >= 6 or (len(words) >= 4 and words[0] in {"ik", "we", "wij", "i"})


def _hours_instead(s: Session, text: str) -> bool:
    """An amount of time typed where the role or department was asked: take it as the hours
    for learning, say so, and ask the question again."""
    hours = answers.hours_per_week(text, s.hours_per_day)
    if not answers.mentions_time(text) or hours is None or hours > MAX_HOURS:
        return False
    s.plan.employee.hours_per_week = hours
    said = reckoned(s, text)
    s.say("hours_not_department", hours=hours, asked=s.q, said=said, day=s.hours_per_day)
    s.again(hours_taken=True)
    return True


def _after_description(s: Session, text: str) -> bool:
    """Keep a sentence typed with the choice as the description; True when it was one."""
    if not _sentence(text):
        return False
    s.plan.occasion.description = fit(s, text, 5000)
    return True


def _name(s: Session, text: str) -> None:
    s.plan.employee.name = fit(s, text, 200)
    s.say("name_saved", name=s.first_name)
    s.ask(KIND)


def _become(s: Session, text: str) -> bool:
    """Wanting to become something is a career project: keep the words (they name the role
    wanted), take a step up as promotion, and ask the kind of project otherwise."""
    wanted = target_role(text)
    if not wanted:
        return False
    occ = s.plan.occasion
    occ.kind = OccasionKind.career_project
    occ.description = fit(s, text, 5000)
    career = _pick(text, CAREER_WORDS, numbered=False)
    if career is None and LEADS.search(wanted):
        career = CareerProject.promotion
    occ.career_project = career
    if career is None:
        s.say("role_wanted", role=wanted)
        s.ask(CAREER, described=True)
        return True
    s.say("career_saved", career=label(career, s.lang), description=occ.description)
    s.ask(ROLE)
    return True


def _kind(s: Session, text: str) -> None:
    kind = _pick(text, KIND_WORDS)
    if kind is None and wants_quality(text):
        kind = OccasionKind.continuous_development  # 'ik wil een betere kok worden'
    if kind in (None, OccasionKind.continuous_development) and _become(s, text):
        return
    if kind is None:
        s.say("kind_unclear")
        return
    _take_kind(s, kind, text)


def _take_kind(s: Session, kind: OccasionKind, text: str) -> None:
    """Store the kind of occasion and ask what follows (the project, the story or the role)."""
    occ = s.plan.occasion
    occ.kind = kind
    career = (
        _pick(text, CAREER_WORDS, numbered=False) if kind == OccasionKind.career_project else None
    )
    occ.career_project = career
    if kind == OccasionKind.career_project and career is None:
        if _sentence(text):
            occ.description = fit(s, text, 5000)
        s.ask(CAREER, described=_sentence(text))
        return
    described = _after_description(s, text)
    if career is not None:
        shown = occ.description if described else ""
        s.say("career_saved", career=label(career, s.lang), description=shown)
    elif described:
        s.say("described", description=occ.description, kind=label(kind, s.lang).lower())
    else:
        s.say("kind_saved", kind=kind.value)
    s.ask(ROLE if described else DESCRIPTION)


def _corrected(s: Session, text: str) -> None:
    """'nee da klopt ni, gewoon 4' where the project was asked: the occasion was read wrong.
    The number picks from the list of occasions the person saw before; without one, that list
    is asked again. What they wrote before stays as the description."""
    occ = s.plan.occasion
    number = answers.corrected_pick(text)
    occ.career_project = None
    if number is None or not 1 <= number <= len(KIND_WORDS):
        s.say("kind_corrected")
        s.ask(KIND)
        return
    kind = KIND_WORDS[number - 1][0]
    if not occ.description:
        _take_kind(s, kind, "")
        return
    occ.kind = kind
    if kind == OccasionKind.career_project:
        s.ask(CAREER, described=True)
        return
    s.say("kind_saved", kind=kind.value)
    s.ask(ROLE)


def _recorrected(s: Session, text: str) -> bool:
    """A correction alone or with a number where words were asked next ('nee, gewoon 4' at
    the story or the role): it is about the occasion read just before; True when taken."""
    if answers.corrected_pick(text) is None and not answers.only_correction(text):
        return False
    _corrected(s, text)
    return True


def _career(s: Session, text: str) -> None:
    if answers.is_correction(text):
        _corrected(s, text)
        return
    occ = s.plan.occasion
    career = _pick(text, CAREER_WORDS)
    wanted = target_role(text)
    if career is None and wanted and LEADS.search(wanted):
        career = CareerProject.promotion
    if career is None:
        if _sentence(text) or wanted:
            occ.description = fit(s, text, 5000)
            s.again(described=True)
        s.say("career_unclear")
        return
    occ.career_project = career
    described = s.pending.described or _after_description(s, text)
    s.say(
        "career_saved",
        career=label(career, s.lang),
        description=occ.description if described else "",
    )
    s.ask(ROLE if described else DESCRIPTION)


def _description(s: Session, text: str) -> None:
    if _recorrected(s, text):
        return
    if no_story(text):
        s.say("story_wanted", said=text.strip()[:40])
        return
    s.plan.occasion.description = fit(s, text, 5000)
    s.ask(ROLE)


def _no_name(s: Session, text: str) -> bool:
    """'ja', 'nee', 'geen idee' or a bare number where the role or the department is asked: no
    name of one. 'Nee', 'geen' or 'weet ik niet' for the department leaves it empty (not every
    workplace has one); otherwise the question is asked again. ('OK' in capitals is a name:
    the operating theatre.)"""
    t = answers.key(text)
    if text.strip().isupper() and len(t) > 1:
        return False
    if answers.is_skip(text) and s.q == "department":
        s.plan.employee.department = ""
        s.say("no_department")
        if s.pending.hours_taken:
            s.advance()
        else:
            s.ask(HOURS)
        return True
    if answers.yes_no(t) is None and not answers.pick_shaped(t) and not answers.is_skip(t):
        return False
    s.say("name_wanted", asked=s.q, said=text.strip()[:40])
    s.again()
    return True


def _role(s: Session, text: str) -> None:
    if _hours_instead(s, text) or _recorrected(s, text) or _no_name(s, text):
        return
    emp = s.plan.employee
    emp.role = fit(s, text, 200)
    role = s.resources.match_role(emp.role)
    emp.role_profile_id = str(role.id) if role is not None else None
    if role is not None:
        s.say("role_matched", role=s.resources.role_name(role))
    else:
        s.say("role_unmatched", role=emp.role)
    s.ask(DEPARTMENT, hours_taken=s.pending.hours_taken)


def _department(s: Session, text: str) -> None:
    if _hours_instead(s, text) or _no_name(s, text):
        return
    s.plan.employee.department = fit(s, text, 200)
    if s.pending.hours_taken:
        s.advance()  # the hours came with an earlier answer
    else:
        s.ask(HOURS)


def _hours(s: Session, text: str) -> None:
    hours = read_hours(s, text, answers.hours_per_week, MAX_HOURS)
    if hours is None:
        return
    s.plan.employee.hours_per_week = hours
    if hours and (said := reckoned(s, text)):
        s.say("hours_reckoned", said=said, hours=hours, day=s.hours_per_day)
    else:
        s.say("hours_zero" if hours == 0 else "hours_saved", hours=hours)
    s.advance()


def skip(s: Session) -> None:
    """'overslaan': leave this answer as it is and go to the next question."""
    following = {
        "kind": DESCRIPTION,
        "career": DESCRIPTION,
        "description": ROLE,
        "role": DEPARTMENT,
        "department": HOURS,
    }
    if s.q == "name":
        return  # a plan needs a name
    nxt = following.get(s.q)
    if nxt is None:
        s.advance()
    else:
        s.ask(nxt, hours_taken=s.pending.hours_taken)


def _kind_label(s: Session) -> str:
    return translate(s.lang, KIND_LABELS[s.plan.occasion.kind])


def _career_label(s: Session) -> str:
    career = s.plan.occasion.career_project
    return label(career, s.lang) if career else ""


Q = Questions[Session]("occasion")
NAME = Q.add("name", _name, title=N_("naam"), stored=lambda s: s.first_name, words=True)
KIND = Q.add("kind", _kind, title=N_("waarom nu"), stored=_kind_label)
CAREER = Q.add("career", _career, title=N_("loopbaanproject"), stored=_career_label, follow_up=True)
DESCRIPTION = Q.add(
    "description",
    _description,
    title=N_("wat er speelt"),
    stored=lambda s: s.plan.occasion.description,
)
ROLE = Q.add("role", _role, title=N_("functie"), stored=lambda s: s.plan.employee.role, words=True)
DEPARTMENT = Q.add(
    "department",
    _department,
    title=N_("afdeling"),
    stored=lambda s: s.plan.employee.department,
    words=True,
)
HOURS = Q.add(
    "hours",
    _hours,
    title=N_("leertijd"),
    stored=lambda s: (
        say(s.lang, N_("{hours} uur per week"), hours=formats.number(hours, s.lang))
        if (hours := s.plan.employee.hours_per_week)
        else ""
    ),
)


def context(s: Session) -> dict[str, Any]:
    occ, emp = s.plan.occasion, s.plan.employee
    if s.q == "kind":
        s.widget = Widget.choices
        s.choices = tuple(
            Choice(translate(s.lang, KIND_CHOICES[k]), translate(s.lang, KIND_LABELS[k]))
            for k, _ in KIND_WORDS
        )
    elif s.q == "career":
        s.widget = Widget.choices
        careers = (label(career, s.lang) for career in CareerProject)
        s.choices = tuple(Choice(name, name) for name in careers)
    role = s.resources.role(emp.role_profile_id) if emp.role_profile_id else None
    return {
        "kind": translate(s.lang, KIND_LABELS[occ.kind]),
        "kind_key": occ.kind.value,
        "career": label(occ.career_project, s.lang) if occ.career_project else "",
        "description": occ.description,
        "role": emp.role,
        "role_profile": s.resources.role_name(role) if role is not None else "",
        "department": emp.department,
        "hours": emp.hours_per_week,
        "occasion_label": label(occ.kind, s.lang),
    }


SPEC = StepSpec(Step.occasion, Q, enter, context, skip, note_samples=NOTE_SAMPLES)
