"""Step 8, overzicht: the plan in short, how often to check in, sign-off by employee and coach."""

from __future__ import annotations

from typing import Any

from pop_assistent.dialogue import parsing
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps.common import goal_view
from pop_assistent.dialogue.types import SignOffAnswer, StructuredAnswer, Widget
from pop_assistent.errors import PopError
from pop_assistent.model import CheckIn, SignerRole, SignOff, label

QUESTIONS = ("checkin", "sign_employee", "sign_coach", "done")
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "checkin_saved": {"months": 3, "dates": ["1 maart 2027"]},
    "checkin_unclear": {"reason": "Dat begrijp ik niet."},
    "signed": {"name": "Sophie Peeters", "role": "medewerker"},
    "coach_later": {},
    "finished": {},
}


def enter(s: Session) -> None:
    s.ask("checkin")


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
    s.plan.sign_offs = [*others, SignOff(role=role, name=name, signed_on=s.today)]
    if role == SignerRole.coach and not s.plan.employee.coach:
        s.plan.employee.coach = name
    s.say("signed", name=name, role=label(role, s.lang))


def handle(s: Session, text: str) -> None:
    q = s.q
    if q == "checkin":
        months = _months(s, text)
        if months is not None:
            _schedule(s, months)
            s.ask("sign_employee")
    elif q == "sign_employee":
        yes = parsing.yes_no(text)
        if yes is False:
            s.ask("sign_coach")
            return
        _sign(s, SignerRole.employee, s.plan.employee.name if yes else text)
        s.ask("sign_coach")
    elif q == "sign_coach":
        if parsing.yes_no(text) is False or parsing.clean(text) in {"later", "nog niet"}:
            s.say("coach_later")
        else:
            _sign(s, SignerRole.coach, text)
        s.say("finished")
        s.ask("done")
    else:
        s.say("finished")


def skip(s: Session) -> None:
    if s.q in {"sign_coach", "done"}:
        s.say("coach_later")
        s.say("finished")
    order = {"checkin": "sign_employee", "sign_employee": "sign_coach"}
    s.ask(order.get(s.q, "done"))


def structured(s: Session, answer: StructuredAnswer) -> bool:
    if not isinstance(answer, SignOffAnswer):
        return False
    if answer.employee_name.strip():
        _sign(s, SignerRole.employee, answer.employee_name)
    if answer.coach_name.strip():
        _sign(s, SignerRole.coach, answer.coach_name)
    signed = {o.role for o in s.plan.sign_offs}
    if SignerRole.employee in signed and SignerRole.coach in signed:
        s.say("finished")
        s.ask("done")
    else:
        s.ask("sign_coach" if SignerRole.employee in signed else "sign_employee")
    return True


def context(s: Session) -> dict[str, Any]:
    if s.q in {"sign_employee", "sign_coach"}:
        s.widget = Widget.sign_off
    plan = s.plan
    return {
        "goals": [goal_view(s, g) for g in plan.goals],
        "actions": [
            {
                "title": a.title,
                "start": a.start,
                "end": a.end,
                "hours": a.hours,
                "cost": a.cost_eur,
                "type": label(a.type, s.lang),
                "expected_return": a.expected_return,
                "visible": a.visible_on_floor,
            }
            for a in plan.actions
        ],
        "check_ins": [c.planned_for for c in plan.check_ins if c.pending],
        "every_months": plan.check_in_every_months,
        "sign_offs": [
            {"name": o.name, "role": label(o.role, s.lang), "date": o.signed_on}
            for o in plan.sign_offs
        ],
        "employee_name": plan.employee.name,
        "coach_name": plan.employee.coach or plan.employee.manager,
        "without_action": [
            {"n": n, "text": g.text}
            for n, g in enumerate(plan.goals, start=1)
            if g.training_is_answer is not False and not plan.actions_for(g.id)
        ],
        "total_hours": sum(a.hours for a in plan.actions),
        "total_cost": sum(a.cost_eur for a in plan.actions),
    }
