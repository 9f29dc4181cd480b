"""Step 8, overzicht: the plan in short, how often to check in, and the sign-off.

The co-signer is asked whether they sign as the manager (leidinggevende) or as a coach, and the
name fills that role. Every signature records the plan version it signed and a fingerprint of
the content; when the plan changes after signing, the overview says so and offers to sign again.
"""

from __future__ import annotations

import re
from typing import Any

from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import goal_view
from pop_assistent.dialogue.types import Choice, SignOffAnswer, Step, StructuredAnswer, Widget
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, translations
from pop_assistent.model import CheckIn, SignerRole, SignOff, label
from pop_assistent.text import answers

NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "checkin_saved": {"months": 3, "dates": ["1 maart 2027"]},
    "checkin_unclear": {"reason": "Dat begrijp ik niet."},
    "signed": {"name": "Sophie Peeters", "role": "medewerker"},
    "coach_later": {},
    "finished": {"name": "Sophie"},
    "done_unclear": {"answer": "magazijnier"},
    "role_unclear": {"name": "Inge Peeters"},
    "name_unclear": {"answer": "klaar", "name": "Sophie Peeters"},
}
MANAGER_WORDS = ("leidinggevende", "manager", "chef", "baas", "teamleider", "hoofd", "boss",
                 "supervisor", "directeur", "verantwoordelijke")  # fmt: skip
COACH_WORDS = ("coach", "mentor", "begeleider", "hr")


def enter(s: Session) -> None:
    s.ask(CHECKIN)


def _months(s: Session, text: str) -> int | None:
    try:
        rec = s.language.parse_recurrence(text)
    except PopError as error:
        s.say("checkin_unclear", reason=error.message(s.lang))
        return None
    months = getattr(rec, "months", None)
    weeks = getattr(rec, "weeks", None)
    if not months and weeks:
        months = max(1, round(weeks / 4.33))
    if not months or not 1 <= months <= 24:
        s.say("checkin_unclear", reason="")
        return None
    return int(months)


def _schedule(s: Session, months: int) -> None:
    from pop_assistent.planning.checkins import check_in_dates

    s.plan.check_in_every_months = months
    held = [c for c in s.plan.check_ins if c.held_on is not None]
    s.plan.check_ins = held
    dates = check_in_dates(s.plan, s.today, count=4, country=s.country)
    s.plan.check_ins = [*held, *(CheckIn(planned_for=d) for d in dates)]
    s.say("checkin_saved", months=months, dates=dates)


def _sign(s: Session, role: SignerRole, name: str) -> None:
    name = name.strip()[:200]
    others = [o for o in s.plan.sign_offs if o.role != role]
    sign = SignOff(
        role=role,
        name=name,
        signed_on=s.today,
        plan_version=s.next_version,
        fingerprint=s.plan.content_fingerprint(),
    )
    s.plan.sign_offs = [*others, sign]
    if role == SignerRole.coach and not s.plan.employee.coach:
        s.plan.employee.coach = name
    if role == SignerRole.manager and not s.plan.employee.manager:
        s.plan.employee.manager = name
    s.say("signed", name=name, role=label(role, s.lang))


def _checkin(s: Session, text: str) -> None:
    months = _months(s, text)
    if months is not None:
        _schedule(s, months)
        s.ask(SIGN_EMPLOYEE)


NOT_NAMES = frozenset(
    "klaar|done|verder|next|volgende|stop|gedaan|finished|ready|help|hulp|terug|back".split("|")
)
"""Answers that move the conversation on and are no one's name: a signature never reads 'klaar'."""


def _not_a_name(text: str) -> bool:
    t = answers.key(text)
    return t in NOT_NAMES or not re.search(r"[^\W\d_]", t)


def _sign_employee(s: Session, text: str) -> None:
    yes = answers.yes_no(text)
    if yes is None and _not_a_name(text) and not answers.is_skip(text):
        s.say("name_unclear", answer=text.strip()[:60], name=s.plan.employee.name)
        return
    if yes is not False and not answers.is_skip(text) and not _later(text):
        _sign(s, SignerRole.employee, s.plan.employee.name if yes else text)
    s.ask(CO_ROLE)


def co_role(text: str) -> SignerRole | None:
    """'mijn leidinggevende' -> manager, 'een coach' -> coach; None when it says neither."""
    t = answers.key(text)
    if any(w in t for w in MANAGER_WORDS):
        return SignerRole.manager
    if any(w in t for w in COACH_WORDS):
        return SignerRole.coach
    return None


_LATER = re.compile(r"\s*(?:later|nog niet|niet nu|not yet|not now)\b", re.I)
"""'later, eerst bespreken met Johan': later, whatever follows."""


def _later(text: str) -> bool:
    return answers.yes_no(text) is False or _LATER.match(text) is not None


def _finish(s: Session) -> None:
    s.say("finished", name=s.first_name)
    s.ask(DONE)


def _co_role(s: Session, text: str) -> None:
    if _later(text):
        s.say("coach_later")
        _finish(s)
        return
    role = co_role(text)
    if role is None:
        name = text.strip()[:200] if len(text.split()) >= 2 and not _not_a_name(text) else ""
        s.say("role_unclear", name=name or s.pending.name)
        s.again(name=name or s.pending.name)  # 'Marleen Peeters': kept for the role's answer
        return
    rest = re.sub(r"(?i)^\W*(mijn|my|de|the|een|a)?\s*\w+\s*[:,-]?\s*", "", text).strip()
    named = rest if len(rest.split()) >= 2 and co_role(rest) is None else s.pending.name
    if named:
        _sign(s, role, named)
        _finish(s)
    else:
        s.ask(CO_NAME, field=role.value)


def _co_name(s: Session, text: str) -> None:
    role = SignerRole(s.pending.field) if s.pending.field in ("manager", "coach") else None
    if role is None:
        s.ask(CO_ROLE)
        return
    if _later(text) or answers.is_skip(text):
        s.say("coach_later")
    elif answers.yes_no(text) is None and _not_a_name(text):
        s.say("name_unclear", answer=text.strip()[:60], name="")
        return
    else:
        known = s.plan.employee.manager if role == SignerRole.manager else s.plan.employee.coach
        _sign(s, role, known if answers.yes_no(text) and known else text)
    _finish(s)


def _done(s: Session, text: str) -> None:
    if answers.key(text) in {"opnieuw tekenen", "teken opnieuw", "sign again", "opnieuw"}:
        s.ask(SIGN_EMPLOYEE)
        return
    s.say("done_unclear", answer=text.strip()[:60])  # not a second 'Proficiat' for any answer


def skip(s: Session) -> None:
    if s.q in {"co_role", "co_name", "done"}:
        s.say("coach_later")
        _finish(s)
        return
    s.ask(SIGN_EMPLOYEE if s.q == "checkin" else CO_ROLE)


def structured(s: Session, answer: StructuredAnswer) -> bool:
    if not isinstance(answer, SignOffAnswer):
        return False
    if answer.employee_name.strip():
        _sign(s, SignerRole.employee, answer.employee_name)
    if answer.coach_name.strip():
        role = answer.co_signer if answer.co_signer != SignerRole.employee else SignerRole.manager
        _sign(s, role, answer.coach_name)
    signed = {o.role for o in s.plan.sign_offs}
    if SignerRole.employee in signed and signed & {SignerRole.coach, SignerRole.manager}:
        _finish(s)
    else:
        s.ask(CO_ROLE if SignerRole.employee in signed else SIGN_EMPLOYEE)
    return True


def signatures(s: Session) -> list[dict[str, Any]]:
    """The signatures as the templates show them, with 'sindsdien gewijzigd' where it applies."""
    return [
        {
            "name": o.name,
            "role": label(o.role, s.lang),
            "date": o.signed_on,
            "version": o.plan_version,
            "changed": s.plan.changed_since(o),
        }
        for o in s.plan.sign_offs
    ]


def context(s: Session) -> dict[str, Any]:
    _ = translations(s.lang).gettext
    if s.q == "sign_employee":
        s.widget = Widget.sign_off
    elif s.q == "co_role":
        s.widget = Widget.choices
        s.choices = (
            Choice(_("mijn leidinggevende"), "leidinggevende"),
            Choice(_("een coach"), "coach"),
            Choice("later", "later"),
        )
    plan = s.plan
    changed = [o for o in plan.sign_offs if plan.changed_since(o)]
    if s.q == "done" and changed:
        s.widget = Widget.choices
        s.choices = (Choice(_("opnieuw tekenen"), "opnieuw tekenen"),)
    return {
        "goals": [goal_view(s, g) for g in plan.goals],
        "actions": [
            {
                "title": a.title,
                "start": a.start,
                "end": a.end,
                "hours": a.hours,
                "cost": a.cost_eur,
                "legal": a.legally_required,
                "type": label(a.type, s.lang),
                "expected_return": a.expected_return,
                "visible": a.visible_on_floor,
            }
            for a in plan.actions
        ],
        "check_ins": [c.planned_for for c in plan.check_ins if c.pending],
        "every_months": plan.check_in_every_months,
        "sign_offs": signatures(s),
        "changed_since_signing": bool(changed),
        # 'Proficiat, ... staat!' said just now: the closing does not say 'Je plan is klaar' too
        "just_finished": any(n.key == "finished" for n in s.notes),
        "employee_name": plan.employee.name,
        "coach_name": plan.employee.coach or plan.employee.manager,
        "co_role": label(s.pending.field, s.lang) if s.pending.field else "",
        "co_known": (
            plan.employee.manager if s.pending.field == "manager" else plan.employee.coach
        ),
        "without_action": [
            {"n": n, "text": g.text}
            for n, g in enumerate(plan.goals, start=1)
            if g.training_is_answer is not False and not plan.actions_for(g.id)
        ],
        "total_hours": sum(a.hours for a in plan.actions),
        "total_cost": sum(a.cost_eur or 0 for a in plan.actions),
        "cost_unknown": sum(1 for a in plan.actions if a.cost_eur is None),
    }


def _every(s: Session) -> str:
    n = s.plan.check_in_every_months
    return translations(s.lang).ngettext("elke maand", "om de {n} maanden", n).format(n=n)


Q = Questions[Session]("overview")
CHECKIN = Q.add(
    "checkin",
    _checkin,
    title=N_("opvolging"),
    stored=lambda s: _every(s) if s.plan.check_ins else "",
)
SIGN_EMPLOYEE = Q.add("sign_employee", _sign_employee, title=N_("handtekening"))
CO_ROLE = Q.add("co_role", _co_role, title=N_("wie tekent mee"))
CO_NAME = Q.add("co_name", _co_name, title=N_("handtekening"))
DONE = Q.add("done", _done, title=N_("klaar"))

SPEC = StepSpec(Step.overview, Q, enter, context, skip, structured, NOTE_SAMPLES)
