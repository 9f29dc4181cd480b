"""Step 1, aanleiding: name, why now, career project, role, department, hours for learning."""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.session import PLACEHOLDER_NAME, Session
from pop_assistent.dialogue.steps.common import fit
from pop_assistent.dialogue.types import Choice, Widget
from pop_assistent.model import CareerProject, OccasionKind, label

QUESTIONS = ("name", "kind", "career", "description", "role", "department", "hours")

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
        r"reorgani|digitali|change|new (system|tool)",
    ),
    (
        OccasionKind.continuous_development,
        r"groei|blijven|continu|gewoon|zomaar|bijleren|"
        r"ontwikkel|grow|keep learning|no (special )?reason",
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
CAREER_LABELS = {
    CareerProject.promotion: ("promotie", "promotion"),
    CareerProject.internal_mobility: ("interne mobiliteit", "internal mobility"),
    CareerProject.external_mobility: ("externe mobiliteit", "external mobility"),
    CareerProject.reskilling: ("omscholing", "reskilling"),
}
KIND_LABELS = {
    OccasionKind.performance_review: ("mijn functioneringsgesprek", "my performance review"),
    OccasionKind.career_project: ("een loopbaanproject", "a career project"),
    OccasionKind.organisational_change: (
        "een verandering of nieuwe technologie",
        "a change or new technology",
    ),
    OccasionKind.continuous_development: ("gewoon blijven groeien", "simply keep growing"),
}
KIND_CHOICES = {  # quick-answer labels: short enough for a button at 80 columns
    OccasionKind.performance_review: ("functioneringsgesprek", "performance review"),
    OccasionKind.career_project: ("loopbaanproject", "career project"),
    OccasionKind.organisational_change: ("verandering op het werk", "change at work"),
    OccasionKind.continuous_development: ("gewoon blijven groeien", "keep growing"),
}
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "name_saved": {"name": "Sophie"},
    "kind_saved": {"kind": "performance_review"},
    "career_saved": {"career": "promotie", "description": "Ik wil teamleider worden."},
    "described": {"description": "Ik wil teamleider worden."},
    "hours_not_department": {"hours": 3, "asked": "department"},
    "kind_unclear": {},
    "career_unclear": {},
    "role_matched": {"role": "Administratief medewerker"},
    "role_unmatched": {"role": "Kok"},
    "hours_unclear": {},
    "hours_range": {"value": 60},
    "hours_zero": {},
    "hours_saved": {"hours": 2},
}
MAX_HOURS = 40


def enter(s: Session) -> None:
    s.ask("name" if s.plan.employee.name == PLACEHOLDER_NAME else "kind")


def _pick(text: str, table: list[tuple[Any, str]], numbered: bool = True) -> Any:
    n = parsing.number(text)
    t = parsing.clean(text)
    if numbered and n is not None and t.isdigit() and 1 <= n <= len(table):
        return table[int(n) - 1][0]
    for value, pattern in table:
        if re.search(pattern, t):
            return value
    return None


def _sentence(text: str) -> bool:
    """An answer that says more than a choice: a sentence worth keeping as the description."""
    words = parsing.clean(text).split()
    return len(words) >= 6 or (len(words) >= 4 and words[0] in {"ik", "we", "wij", "i"})


def _hours_instead(s: Session, text: str) -> bool:
    """An amount of time typed where the role or department was asked: take it as the hours
    for learning, say so, and ask the question again."""
    hours = parsing.hours_per_week(text)
    if not parsing.mentions_time(text) or hours is None or hours > MAX_HOURS:
        return False
    s.plan.employee.hours_per_week = hours
    s.say("hours_not_department", hours=hours, asked=s.q)
    s.ask(s.q, hours_taken="1")
    return True


def _after_description(s: Session, text: str) -> str:
    """Keep a sentence typed with the choice as the description; the next question."""
    if not _sentence(text):
        return "description"
    s.plan.occasion.description = fit(s, text, 5000)
    return "role"


def handle(s: Session, text: str) -> None:
    q, emp, occ = s.q, s.plan.employee, s.plan.occasion
    hours_taken = s.pending.get("hours_taken", "")
    if q in ("role", "department") and _hours_instead(s, text):
        return
    if q == "name":
        emp.name = fit(s, text, 200)
        s.say("name_saved", name=s.first_name)
        s.ask("kind")
    elif q == "kind":
        kind = _pick(text, KIND_WORDS)
        if kind is None:
            s.say("kind_unclear")
            return
        occ.kind = kind
        career = (
            _pick(text, CAREER_WORDS, numbered=False)
            if kind == OccasionKind.career_project
            else None
        )
        occ.career_project = career
        if kind == OccasionKind.career_project and career is None:
            if _sentence(text):
                occ.description = fit(s, text, 5000)
            s.ask("career", described="1" if _sentence(text) else "")
            return
        nxt = _after_description(s, text)
        if career is not None:
            i = 1 if s.lang == "en" else 0
            shown = occ.description if nxt == "role" else ""
            s.say("career_saved", career=CAREER_LABELS[career][i], description=shown)
        elif nxt == "role":
            s.say("described", description=occ.description)
        else:
            s.say("kind_saved", kind=kind.value)
        s.ask(nxt)
    elif q == "career":
        career = _pick(text, CAREER_WORDS)
        described = s.pending.get("described") == "1"
        if career is None:
            if _sentence(text):
                occ.description = fit(s, text, 5000)
                s.ask("career", described="1")
            s.say("career_unclear")
            return
        occ.career_project = career
        nxt = "role" if described else _after_description(s, text)
        i = 1 if s.lang == "en" else 0
        s.say(
            "career_saved",
            career=CAREER_LABELS[career][i],
            description=occ.description if nxt == "role" else "",
        )
        s.ask(nxt)
    elif q == "description":
        occ.description = fit(s, text, 5000)
        s.ask("role")
    elif q == "role":
        emp.role = fit(s, text, 200)
        role = s.resources.match_role(emp.role)
        emp.role_profile_id = str(role.id) if role is not None else None
        if role is not None:
            s.say("role_matched", role=s.resources.role_name(role))
        else:
            s.say("role_unmatched", role=emp.role)
        s.ask("department", hours_taken=hours_taken)
    elif q == "department":
        emp.department = fit(s, text, 200)
        if hours_taken:
            s.advance()  # the hours came with an earlier answer
        else:
            s.ask("hours")
    elif q == "hours":
        hours = parsing.hours_per_week(text)
        if hours is None:
            s.say("hours_unclear")
        elif hours > MAX_HOURS:
            s.say("hours_range", value=hours)
        else:
            emp.hours_per_week = hours
            s.say("hours_zero" if hours == 0 else "hours_saved", hours=hours)
            s.advance()


def skip(s: Session) -> None:
    """'overslaan': leave this answer as it is and go to the next question."""
    order = list(QUESTIONS)
    q = s.q
    if q == "name":
        return  # a plan needs a name
    if q == "hours":
        s.advance()
    else:
        nxt = order[order.index(q) + 1] if q in order else "kind"
        s.ask("description" if nxt == "career" else nxt)


def context(s: Session) -> dict[str, Any]:
    i = 1 if s.lang == "en" else 0
    occ, emp = s.plan.occasion, s.plan.employee
    if s.q == "kind":
        s.widget = Widget.choices
        s.choices = tuple(Choice(KIND_CHOICES[k][i], KIND_LABELS[k][i]) for k, _ in KIND_WORDS)
    elif s.q == "career":
        s.widget = Widget.choices
        s.choices = tuple(Choice(v[i], v[i]) for v in CAREER_LABELS.values())
    role = s.resources.role(emp.role_profile_id) if emp.role_profile_id else None
    return {
        "kind": KIND_LABELS[occ.kind][i],
        "kind_key": occ.kind.value,
        "career": CAREER_LABELS[occ.career_project][i] if occ.career_project else "",
        "description": occ.description,
        "role": emp.role,
        "role_profile": s.resources.role_name(role) if role is not None else "",
        "department": emp.department,
        "hours": emp.hours_per_week,
        "occasion_label": label(occ.kind, s.lang),
    }
