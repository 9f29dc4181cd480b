"""Ten plans a coach follows, made here by hand, each in a known state on AT (10 May 2027).

People from other sectors than the demo: a nurse, a cleaner, a bus driver, a cook, a teacher,
a warehouse worker, a childcare worker, a care assistant, a plumber and a receptionist.
What is late on AT, by the rules of `planning.due` (dates moved to workdays in Belgium):

- ann (nurse): never checked in; the periodic check-in of 1 December 2026 is 160 days late.
- marc (cleaner): check-in planned 15 March 2027 not held (56 days late).
- youssef (bus driver): two actions that should have started (14 April, 26 April).
- lotte (cook): goal deadline 30 April 2027 passed, goal still open.
- els (teacher): finished: everything done, goals achieved; nothing late, 100%.
- tom (warehouse): on track, one check-in held on 3 May 2027 with what it said.
- nadia (childcare): the March check-in skipped with a reason; nothing late.
- bram (care assistant): an action past its end (30 April 2027).
- sara (plumber): actions without hours (progress counted per action).
- ilse (receptionist): an action removed at her check-in; the check-in keeps its title.
"""

from __future__ import annotations

from datetime import date

from pop_assistent.model import (
    Action,
    ActionStatus,
    ActionUpdate,
    CheckIn,
    Employee,
    Goal,
    GoalStatus,
    Plan,
)

AT = date(2027, 5, 10)


def _plan(
    pid: str,
    name: str,
    role: str,
    created: date,
    goals: list[Goal],
    actions: list[Action],
    check_ins: list[CheckIn] | None = None,
) -> Plan:
    return Plan(
        id=pid,
        created_on=created,
        employee=Employee(name=name, role=role, department="Zorg en dienst", hours_per_week=2),
        goals=goals,
        actions=actions,
        check_ins=check_ins or [],
    )


def _goal(gid: str, text: str, deadline: date, status: GoalStatus = GoalStatus.open) -> Goal:
    return Goal(id=gid, text=text, deadline=deadline, status=status)


def _action(
    aid: str,
    gid: str,
    title: str,
    start: date,
    end: date,
    hours: float,
    status: ActionStatus = ActionStatus.not_started,
    progress: int = 0,
    completed_on: date | None = None,
) -> Action:
    return Action(
        id=aid, goal_id=gid, title=title, start=start, end=end, hours=hours, status=status,
        progress=progress, completed_on=completed_on,
    )  # fmt: skip


def ten_plans() -> list[Plan]:
    """The ten plans, in no particular order."""
    ann = _plan(
        "ann", "Ann Claes", "verpleegkundige", date(2026, 9, 1),
        [_goal("g-ann", "Tegen eind 2027 bedien ik de nieuwe infuuspompen zelfstandig.",
               date(2027, 12, 31))],
        [_action("a-ann-1", "g-ann", "Opleiding infuuspompen", date(2027, 9, 6),
                 date(2027, 10, 29), 12)],
    )  # fmt: skip
    marc = _plan(
        "marc", "Marc Peeters", "schoonmaker", date(2026, 9, 15),
        [_goal("g-marc", "Tegen september 2027 werk ik veilig met de nieuwe schrobmachine.",
               date(2027, 9, 30))],
        [_action("a-marc-1", "g-marc", "Instructie schrobmachine", date(2027, 6, 7),
                 date(2027, 6, 18), 4)],
        [CheckIn(id="c-marc-1", planned_for=date(2026, 12, 15), held_on=date(2026, 12, 15)),
         CheckIn(id="c-marc-2", planned_for=date(2027, 3, 15))],
    )  # fmt: skip
    youssef = _plan(
        "youssef", "Youssef El Idrissi", "buschauffeur", date(2027, 2, 1),
        [_goal("g-yo", "Tegen eind 2027 haal ik mijn vakbekwaamheid code 95 opnieuw.",
               date(2027, 12, 31))],
        [_action("a-yo-1", "g-yo", "Code 95: defensief rijden", date(2027, 4, 14),
                 date(2027, 6, 30), 7),
         _action("a-yo-2", "g-yo", "Code 95: eerste hulp", date(2027, 4, 26),
                 date(2027, 5, 28), 7)],
        [CheckIn(id="c-yo-1", planned_for=date(2027, 6, 1))],
    )  # fmt: skip
    lotte = _plan(
        "lotte", "Lotte Wouters", "kok", date(2026, 11, 2),
        [_goal("g-lotte", "Tegen eind april 2027 stel ik zelf een allergenenkaart op.",
               date(2027, 4, 30))],
        [_action("a-lotte-1", "g-lotte", "Allergenen in de keuken", date(2027, 1, 11),
                 date(2027, 2, 26), 8, ActionStatus.done, 100, date(2027, 2, 20))],
        [CheckIn(id="c-lotte-1", planned_for=date(2027, 2, 1), held_on=date(2027, 2, 2),
                 updates=[ActionUpdate(action_id="a-lotte-1", title="Allergenen in de keuken",
                                       status=ActionStatus.in_progress, progress=50)]),
         CheckIn(id="c-lotte-2", planned_for=date(2027, 6, 1))],
    )  # fmt: skip
    els = _plan(
        "els", "Els Jacobs", "leerkracht", date(2026, 9, 1),
        [_goal("g-els", "Tegen Pasen 2027 geef ik les met het digitale bord.", date(2027, 3, 26),
               GoalStatus.achieved)],
        [_action("a-els-1", "g-els", "Werken met het digitale bord", date(2026, 10, 5),
                 date(2026, 12, 18), 10, ActionStatus.done, 100, date(2026, 12, 11)),
         _action("a-els-2", "g-els", "Lesvoorbeelden uitwisselen", date(2027, 1, 11),
                 date(2027, 3, 19), 6, ActionStatus.done, 100, date(2027, 3, 19))],
        [CheckIn(id="c-els-1", planned_for=date(2026, 12, 1), held_on=date(2026, 12, 1),
                 updates=[ActionUpdate(action_id="a-els-1", title="Werken met het digitale bord",
                                       status=ActionStatus.in_progress, progress=60)]),
         CheckIn(id="c-els-2", planned_for=date(2027, 3, 22), held_on=date(2027, 3, 22),
                 updates=[ActionUpdate(action_id="a-els-2", title="Lesvoorbeelden uitwisselen",
                                       status=ActionStatus.done, progress=100)]),
         CheckIn(id="c-els-3", planned_for=date(2027, 9, 20))],
    )  # fmt: skip
    tom = _plan(
        "tom", "Tom Maes", "magazijnier", date(2026, 12, 1),
        [_goal("g-tom", "Tegen eind 2027 ben ik heftruckchauffeur met attest.",
               date(2027, 12, 31))],
        [_action("a-tom-1", "g-tom", "Heftruck theorie", date(2027, 3, 1), date(2027, 5, 31),
                 8, ActionStatus.in_progress, 50),
         _action("a-tom-2", "g-tom", "Heftruck praktijk en attest", date(2027, 9, 6),
                 date(2027, 10, 29), 16)],
        [CheckIn(id="c-tom-1", planned_for=date(2027, 5, 3), held_on=date(2027, 5, 3),
                 updates=[ActionUpdate(action_id="a-tom-1", title="Heftruck theorie",
                                       status=ActionStatus.in_progress, progress=50,
                                       went_well="De theorie.")],
                 went_well="Heftruck theorie: De theorie.",
                 feedback="Goed bezig, zegt Karel."),
         CheckIn(id="c-tom-2", planned_for=date(2027, 8, 2))],
    )  # fmt: skip
    nadia = _plan(
        "nadia", "Nadia Bensaïd", "kinderbegeleider", date(2026, 12, 15),
        [_goal("g-nadia", "Tegen eind 2027 leid ik zelf de oudergesprekken.", date(2027, 12, 31))],
        [_action("a-nadia-1", "g-nadia", "Communiceren met ouders", date(2027, 9, 13),
                 date(2027, 11, 26), 12)],
        [CheckIn(id="c-nadia-1", planned_for=date(2027, 3, 15), skipped_reason="Nadia was met "
                 "zwangerschapsverlof", skipped_on=date(2027, 3, 10)),
         CheckIn(id="c-nadia-2", planned_for=date(2027, 9, 15))],
    )  # fmt: skip
    bram = _plan(
        "bram", "Bram De Smet", "zorgkundige", date(2027, 1, 4),
        [_goal("g-bram", "Tegen eind 2027 til ik patiënten volgens de juiste technieken.",
               date(2027, 12, 31))],
        [_action("a-bram-1", "g-bram", "Ergonomisch tillen", date(2027, 3, 1),
                 date(2027, 4, 30), 6, ActionStatus.in_progress, 30)],
        [CheckIn(id="c-bram-1", planned_for=date(2027, 7, 1))],
    )  # fmt: skip
    sara = _plan(
        "sara", "Sara Goossens", "loodgieter", date(2027, 1, 4),
        [_goal("g-sara", "Tegen eind 2027 installeer ik warmtepompen.", date(2027, 12, 31))],
        [_action("a-sara-1", "g-sara", "Meelopen met een installateur", date(2027, 2, 1),
                 date(2027, 12, 17), 0, ActionStatus.in_progress, 40),
         _action("a-sara-2", "g-sara", "Warmtepompen: de basis", date(2027, 3, 1),
                 date(2027, 3, 26), 0, ActionStatus.done, 100, date(2027, 3, 26))],
        [CheckIn(id="c-sara-1", planned_for=date(2027, 7, 1))],
    )  # fmt: skip
    ilse = _plan(
        "ilse", "Ilse Verbruggen", "onthaalmedewerker", date(2026, 12, 1),
        [_goal("g-ilse", "Tegen eind 2027 onthaal ik bezoekers ook in het Frans.",
               date(2027, 12, 31))],
        [_action("a-ilse-2", "g-ilse", "Frans aan het onthaal", date(2027, 4, 5),
                 date(2027, 11, 26), 30, ActionStatus.in_progress, 10)],
        [CheckIn(id="c-ilse-1", planned_for=date(2027, 4, 26), held_on=date(2027, 4, 26),
                 updates=[ActionUpdate(action_id="a-ilse-1", title="Taalbad Frans (geschrapt)",
                                       status=ActionStatus.not_started),
                          ActionUpdate(action_id="a-ilse-2", title="Frans aan het onthaal",
                                       status=ActionStatus.in_progress, progress=10)],
                 adjustments="Actie geschrapt: Taalbad Frans (geschrapt)"),
         CheckIn(id="c-ilse-2", planned_for=date(2027, 7, 26))],
    )  # fmt: skip
    return [ann, marc, youssef, lotte, els, tom, nadia, bram, sara, ilse]


LATE_ON_AT: dict[str, list[tuple[str, str, int]]] = {
    "ann": [("opvolgmoment niet gehouden", "", 160)],
    "marc": [("opvolgmoment niet gehouden", "", 56)],
    "youssef": [
        ("had moeten starten", "Code 95: defensief rijden", 26),
        ("had moeten starten", "Code 95: eerste hulp", 14),
    ],
    "lotte": [
        (
            "doel voorbij zijn deadline",
            "Tegen eind april 2027 stel ik zelf een allergenenkaart op.",
            10,
        )
    ],
    "bram": [("actie voorbij haar einde", "Ergonomisch tillen", 10)],
}
"""What each plan has late on AT, worked out by hand (what, title, days late)."""
