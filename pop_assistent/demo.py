"""The two example plans of the source document: Sophie and Karim.

Dates are anchored on the year after `today`, so the demo is always about the coming year and
tests that pass a fixed `today` get a fixed plan.
"""

from __future__ import annotations

from datetime import date

from pop_assistent.errors import PopError
from pop_assistent.i18n import SOURCE_LANGUAGE
from pop_assistent.model import (
    Action,
    ActionOrigin,
    ActionType,
    CareerProject,
    CheckIn,
    CoachNote,
    Employee,
    Goal,
    Occasion,
    OccasionKind,
    Plan,
    SignerRole,
    SignOff,
    Skill,
    SkillCategory,
    SkillKind,
    SkillRating,
)


def _rating(
    label: str, now: int, wanted: int, categories: str, skill: str | None = None,
    personal: bool = False,
) -> SkillRating:  # fmt: skip
    """One self-assessment line: `categories` as 'strength transferable'."""
    kind = SkillKind.behavioural if personal else SkillKind.technical
    return SkillRating(skill_id=skill, label=label, kind=kind, current_level=now,
                       wanted_level=wanted,
                       categories=[SkillCategory(c) for c in categories.split()])  # fmt: skip


def sophie(today: date) -> Plan:
    """Sophie, administratief medewerkster, who wants to master digital tools."""
    y = today.year + 1
    goals = [
        Goal(
            id="g-sophie-teams",
            text=(
                f"Tegen eind juni {y} deel ik documenten en plan ik vergaderingen in Teams "
                "en SharePoint zelfstandig, zonder hulp van collega's."
            ),
            skill_ids=["digitale-samenwerking", "kantoorsoftware"],
            career_project="Het team werkt vanaf volgend jaar volledig digitaal samen.",
            deadline=date(y, 6, 30),
            deadline_text=f"eind juni {y}",
            training_is_answer=True,
        ),
        Goal(
            id="g-sophie-excel",
            text=(
                f"Tegen 31 december {y} maak ik het maandrapport met draaitabellen en "
                "grafieken in Excel, zonder hulp."
            ),
            skill_ids=["rekenbladen"],
            career_project="Het maandrapport van de afdeling overnemen.",
            deadline=date(y, 12, 31),
            deadline_text=f"31 december {y}",
            training_is_answer=True,
        ),
    ]
    actions = [
        Action(
            id="a-sophie-mooc",
            goal_id="g-sophie-teams",
            catalogue_id="mooc-digitale-samenwerking",
            title="MOOC Digitaal samenwerken met Teams en SharePoint",
            type=ActionType.online,
            provider="Open leerplatform",
            start=date(y, 2, 1),
            end=date(y, 4, 30),
            hours=12,
            cost_eur=0,
            expected_return="Vergaderingen en gedeelde mappen zonder hulp opzetten.",
            visible_on_floor="Sophie plant het teamoverleg zelf in Teams en beheert de teammap.",
            origin=ActionOrigin.own_wish,
            formal=False,
        ),
        Action(
            id="a-sophie-office",
            goal_id="g-sophie-excel",
            catalogue_id="int-kantoorsoftware-gevorderd",
            title="Interne opleiding Kantoorsoftware voor gevorderden",
            type=ActionType.internal,
            provider="Opleidingsdienst",
            start=date(y, 9, 14),
            end=date(y, 10, 12),
            hours=14,
            cost_eur=0,
            expected_return="Het maandrapport in de helft van de tijd en zonder fouten.",
            visible_on_floor="Het maandrapport komt op tijd, met draaitabellen en grafieken.",
            origin=ActionOrigin.manager_proposal,
        ),
    ]
    return Plan(
        id="sophie-peeters",
        created_on=today,
        employee=Employee(
            name="Sophie Peeters",
            role="Administratief medewerkster",
            role_profile_id="administratief-medewerker",
            department="Administratie",
            manager="Inge Van den Broeck",
            hours_per_week=2,
            fte=0.8,
            preferred_types=[ActionType.online, ActionType.internal],
        ),
        occasion=Occasion(
            kind=OccasionKind.performance_review,
            description="Ik werk steeds vaker met digitale tools en beheers ze nog niet goed.",
        ),
        skills=[
            _rating(
                "Digitale samenwerkingstools", 2, 4, "to_improve", skill="digitale-samenwerking"
            ),
            _rating("Rekenbladen (Excel)", 2, 4, "to_improve", skill="rekenbladen"),
            _rating(
                "Nauwkeurig werken",
                4,
                4,
                "strength transferable",
                skill="nauwkeurigheid",
                personal=True,
            ),
            _rating(
                "Klantgericht communiceren",
                4,
                4,
                "strength",
                skill="klantgerichtheid",
                personal=True,
            ),
            _rating("Papieren archief bijhouden", 4, 1, "obsolete"),
        ],
        goals=goals,
        actions=actions,
        check_ins=[
            CheckIn(id="c-sophie-1", planned_for=date(y, 3, 1)),
            CheckIn(id="c-sophie-2", planned_for=date(y, 6, 1)),
        ],
        sign_offs=[
            SignOff(role=SignerRole.employee, name="Sophie Peeters", signed_on=today),
            SignOff(role=SignerRole.manager, name="Inge Van den Broeck", signed_on=today),
        ],
        shared=True,
    )


def karim(today: date) -> Plan:
    """Karim, onderhoudstechnicus, on a two-year route towards team leader."""
    y = today.year + 1
    goals = [
        Goal(
            id="g-karim-communicatie",
            text=(
                f"Tegen eind juni {y} leid ik zelfstandig het wekelijkse ploegoverleg en geef "
                "ik elke collega minstens één keer per maand gerichte feedback."
            ),
            skill_ids=["interpersoonlijke-communicatie", "feedback-geven"],
            career_project="Doorgroeien naar teamleider onderhoud.",
            deadline=date(y, 6, 30),
            deadline_text="eerste semester",
            training_is_answer=True,
        ),
        Goal(
            id="g-karim-projecten",
            text=(
                "Binnen twee jaar behaal ik een certificaat projectmanagement en leid ik "
                "een onderhoudsproject van begin tot eind."
            ),
            skill_ids=["projectmanagement", "teammanagement"],
            career_project="Doorgroeien naar teamleider onderhoud.",
            deadline=date(y + 1, 11, 30),
            deadline_text="binnen twee jaar",
            training_is_answer=True,
        ),
    ]
    actions = [
        Action(
            id="a-karim-communicatie",
            goal_id="g-karim-communicatie",
            catalogue_id="ext-interpersoonlijke-communicatie",
            title="Interpersoonlijke communicatie op de werkvloer",
            type=ActionType.external_certified,
            provider="Vormingscentrum Noord",
            start=date(y, 2, 8),
            end=date(y, 3, 22),
            hours=21,
            cost_eur=690,
            expected_return="Rustiger overleg en minder misverstanden bij overdrachten.",
            visible_on_floor=(
                "Karim leidt het ploegoverleg; collega's krijgen maandelijks feedback."
            ),
            origin=ActionOrigin.own_wish,
        ),
        Action(
            id="a-karim-mentor",
            goal_id="g-karim-communicatie",
            catalogue_id="coach-mentoraat-teamleider",
            title="Mentoraat door de teamleider productie",
            type=ActionType.coaching,
            provider="Interne mentor",
            start=date(y, 4, 1),
            end=date(y, 12, 15),
            hours=16,
            cost_eur=0,
            expected_return="Leren hoe een teamleider knelpunten en planning aanpakt.",
            visible_on_floor="Karim neemt af en toe de dagplanning over.",
            origin=ActionOrigin.manager_proposal,
            formal=False,
        ),
        Action(
            id="a-karim-pm",
            goal_id="g-karim-projecten",
            catalogue_id="ext-projectmanagement-basis",
            title="Projectmanagement: basis met certificaat",
            type=ActionType.external_certified,
            provider="Hogeschool Avondonderwijs",
            start=date(y + 1, 2, 1),
            end=date(y + 1, 5, 31),
            hours=40,
            cost_eur=1450,
            expected_return="Een onderhoudsproject plannen, opvolgen en afsluiten.",
            visible_on_floor="Karim leidt de revisie van lijn 2 met een eigen projectplanning.",
            origin=ActionOrigin.organisation_goal,
            certificate_valid_years=None,
        ),
        Action(
            id="a-karim-vca",
            catalogue_id="vca-vol",
            title="VCA-VOL (veiligheid voor operationeel leidinggevenden)",
            type=ActionType.external_certified,
            provider="Veiligheidsinstituut",
            start=date(y, 10, 5),
            end=date(y, 10, 6),
            hours=16,
            cost_eur=395,
            expected_return="Het wettelijk vereiste attest om een ploeg te mogen leiden.",
            visible_on_floor="Karim mag werkvergunningen en toolboxmeetings leiden.",
            origin=ActionOrigin.legal_duty,
            legally_required=True,
            certificate_valid_years=10,
        ),
    ]
    return Plan(
        id="karim-el-amrani",
        created_on=today,
        employee=Employee(
            name="Karim El Amrani",
            role="Onderhoudstechnicus",
            role_profile_id="onderhoudstechnicus",
            department="Onderhoud",
            manager="Luc Maes",
            coach="Els Jacobs",
            hours_per_week=3,
            preferred_types=[ActionType.external_certified, ActionType.coaching],
            budget_eur=2500,
        ),
        occasion=Occasion(
            kind=OccasionKind.career_project,
            career_project=CareerProject.promotion,
            description="Ik wil binnen twee jaar teamleider onderhoud worden.",
        ),
        skills=[
            _rating(
                "Preventief onderhoud", 5, 5, "strength transferable", skill="preventief-onderhoud"
            ),
            _rating("Storingen analyseren", 4, 5, "strength", skill="storingsanalyse"),
            _rating(
                "Interpersoonlijke communicatie",
                2,
                4,
                "to_improve",
                skill="interpersoonlijke-communicatie",
                personal=True,
            ),
            _rating("Feedback geven", 2, 4, "to_improve", skill="feedback-geven", personal=True),
            _rating("Projectmanagement", 1, 4, "to_improve", skill="projectmanagement"),
            _rating("Teammanagement", 1, 3, "to_improve", skill="teammanagement", personal=True),
        ],
        goals=goals,
        actions=actions,
        check_ins=[
            CheckIn(id="c-karim-1", planned_for=date(y, 4, 1)),
            CheckIn(id="c-karim-2", planned_for=date(y, 7, 1)),
        ],
        coach_notes=[
            CoachNote(
                id="n-karim-1",
                goal_id="g-karim-communicatie",
                author="Els Jacobs",
                text="Start met korte overlegmomenten van tien minuten.",
                written_on=today,
            ),
            CoachNote(
                id="n-karim-2",
                author="Karim El Amrani",
                text="Ik twijfel nog of ik de nachtploeg wil blijven doen.",
                private=True,
                written_on=today,
            ),
        ],
        shared=True,
    )


def judged(plan: Plan, today: date) -> Plan:
    """The plan with every goal's SMART verdict filled in, as the conversation would."""
    from pop_assistent.conversation.judge import judge_goal

    skills = _skills()
    goals = [
        goal.model_copy(
            update={
                "smart": judge_goal(goal, plan, today=today, lang=SOURCE_LANGUAGE, skills=skills)
            }
        )
        for goal in plan.goals
    ]
    return plan.model_copy(update={"goals": goals})


def _skills() -> list[Skill]:
    """The shipped skills list, or none when it cannot be read (the verdicts still work)."""
    from pop_assistent.catalogue import load_skills

    try:
        return load_skills()
    except PopError:
        return []


def demo_plans(today: date) -> list[Plan]:
    """Both demo plans, with their goals SMART-checked."""
    return [judged(sophie(today), today), judged(karim(today), today)]
