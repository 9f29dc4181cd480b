"""The check-in agenda (issue 16 point 4): a check-in opens with what was agreed last time, open
obstacles and what is late, and proposes a check-in before the nearest goal deadline."""

from __future__ import annotations

from datetime import date

from pop_assistent.demo import karim
from pop_assistent.followup import CheckInSession
from pop_assistent.followup.agenda import agenda
from pop_assistent.followup.text import plain
from pop_assistent.model import ActionStatus, ActionUpdate, CheckIn, GoalStatus, Plan
from pop_assistent.planning.checkins import deadline_check_in

SECOND = date(2027, 5, 3)


def after_first_check_in(today: date) -> Plan:
    """Karim after a first check-in on 2 April 2027 that moved an action and named an obstacle
    for the mentoring (still open) and one for the communication course (since done)."""
    plan = karim(today)
    first = plan.check_ins[0]
    first.held_on = date(2027, 4, 2)
    first.feedback = "Luc: goed bezig, durf meer het woord te nemen."
    first.adjustments = "VCA verschoven naar november 2027\nNieuwe actie: leesclub"
    first.updates = [
        ActionUpdate(action_id="a-karim-mentor", status=ActionStatus.in_progress,
                     obstacles="Mentor heeft weinig tijd op vrijdag"),
        ActionUpdate(action_id="a-karim-communicatie", status=ActionStatus.done,
                     obstacles="Les viel samen met de late dienst"),
    ]  # fmt: skip
    communication = plan.action("a-karim-communicatie")
    assert communication is not None
    communication.status = ActionStatus.done
    plan.check_ins.append(CheckIn(id="c-extra", planned_for=SECOND))
    return plan


def test_agenda_names_what_was_agreed_open_obstacles_and_proposes_a_deadline_check_in(
    today: date,
) -> None:
    plan = after_first_check_in(today)
    found = agenda(plan, SECOND, next_check_in=date(2027, 7, 1), current="c-extra")
    assert found.agreed is not None and found.agreed.held_on == date(2027, 4, 2)
    assert found.agreed.adjustments == (
        "VCA verschoven naar november 2027",
        "Nieuwe actie: leesclub",
    )
    assert found.agreed.feedback.startswith("Luc:")
    # the obstacle of the action done is closed; the mentoring's is still open
    assert [o.action_id for o in found.obstacles] == ["a-karim-mentor"]
    # the goal due 30 June comes before the check-in of 1 July: one two weeks before it
    assert found.proposal is not None
    assert found.proposal.goal_id == "g-karim-communicatie"
    assert found.proposal.check_in == date(2027, 6, 16)


def test_a_later_check_in_without_obstacle_closes_it(today: date) -> None:
    plan = after_first_check_in(today)
    later = plan.check_ins[-1]
    later.held_on = SECOND
    later.updates = [ActionUpdate(action_id="a-karim-mentor", status=ActionStatus.in_progress)]
    found = agenda(plan, date(2027, 6, 1), next_check_in=date(2027, 9, 1))
    assert found.obstacles == ()
    assert found.agreed is not None and found.agreed.held_on == SECOND


def test_late_items_are_listed_but_not_the_check_in_being_held(today: date) -> None:
    plan = karim(today)  # the communication course ended 22 March and was never marked done
    found = agenda(plan, date(2027, 4, 2), next_check_in=date(2027, 7, 1), current="c-karim-1")
    assert found.late, "a course past its end is late"
    assert all(item.kind != "check_in" for item in found.late)
    assert any("communicatie" in item.title.lower() for item in found.late)


def test_no_proposal_when_the_schedule_already_comes_first_or_no_deadline(today: date) -> None:
    plan = karim(today)
    assert deadline_check_in(plan, date(2027, 4, 2), date(2027, 6, 1)) is None
    assert deadline_check_in(plan, date(2027, 7, 2), date(2027, 10, 1)) is None  # 30 June passed
    close = deadline_check_in(plan, date(2027, 6, 21), date(2027, 9, 1))
    assert close is not None and close.check_in is None  # too close: talk about it today


def test_the_check_in_opens_with_its_agenda_and_explains_the_proposed_date(today: date) -> None:
    plan = after_first_check_in(today)
    s = CheckInSession(plan, today=SECOND)
    opening = plain(s.start().message)
    assert "Agenda" in opening
    assert "Afgesproken op 2 april 2027" in opening and "leesclub" in opening
    assert "Open obstakel" in opening and "weinig tijd op vrijdag" in opening
    assert "Les viel samen" not in opening
    assert "16 juni 2027" in opening
    message, _ = s.ask_next_check_in()
    assert "16 juni 2027" in plain(message) and "twee weken voor de deadline" in plain(message)


def test_a_first_check_in_says_so_in_english(today: date) -> None:
    plan = karim(today)
    goal, action = plan.goal("g-karim-communicatie"), plan.action("a-karim-communicatie")
    assert goal is not None and action is not None
    goal.status, action.status = GoalStatus.achieved, ActionStatus.done
    opening = plain(CheckInSession(plan, today=date(2027, 4, 1), lang="en").start().message)
    assert "This is the first check-in and nothing is late." in opening


def test_every_agenda_point_is_its_own_line(today: date) -> None:
    message = CheckInSession(karim(today), today=date(2027, 4, 2)).start().message
    points = [line for line in message.splitlines() if line.startswith("- ")]
    assert len(points) == 3  # two late items and the proposal, never run together
    assert all(line.count("- **") == 1 for line in points)
    assert "\n\nWe overlopen eerst" in message  # the agenda ends before the next paragraph


def test_one_action_due_is_said_in_the_singular(today: date) -> None:
    plan = karim(today)
    plan.actions = [a for a in plan.actions if a.id == "a-karim-mentor"]
    dutch = plain(CheckInSession(plan, today=date(2027, 4, 2)).start().message)
    assert "We overlopen eerst de actie die nu loopt of al begonnen had moeten zijn." in dutch
    english = plain(CheckInSession(plan, today=date(2027, 4, 2), lang="en").start().message)
    assert "First we go through the action that is running or should have started" in english
    two = plain(CheckInSession(karim(today), today=date(2027, 4, 2)).start().message)
    assert "We overlopen eerst de 2 acties die nu lopen of al begonnen hadden moeten zijn." in two
