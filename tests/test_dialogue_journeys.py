"""Sophie's and Karim's journeys from the source document, typed end to end, headless."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from dialogue_fixtures import catalogue, fix_goal, pick_number, say, store

from pop_assistent.dialogue import Step, open_session
from pop_assistent.model import (
    ActionType,
    CareerProject,
    OccasionKind,
    SignerRole,
    SkillCategory,
)


def test_sophie_from_why_now_to_a_signed_plan(tmp_path: Path, today: date) -> None:
    db = store(tmp_path)
    e = open_session(db, None, today=today, catalogue_loader=catalogue)
    assert "hoe heet je" in e.start().message.lower()
    say(
        e,
        "Sophie Peeters",
        "functioneringsgesprek",
        "Ik werk steeds vaker met digitale tools en beheers ze nog niet goed.",
        "Administratief medewerker",
        "Administratie",
        "2 uur per week",
    )
    assert e.plan.employee.role_profile_id == "administratief-medewerker"
    assert e.plan.occasion.kind == OccasionKind.performance_review
    assert e.step == Step.self_assessment

    say(e, "nauwkeurig werken 4, klantvriendelijk 4", "Teams en SharePoint, Excel")
    assert e.plan.conversation.pending.question == "levels"
    say(e, "2 naar 4", "2 naar 4", "papieren archief bijhouden", "nauwkeurig werken")
    improve = {r.skill_id for r in e.plan.skills if SkillCategory.to_improve in r.categories}
    assert improve == {"digitale-samenwerking", "rekenbladen"}
    assert e.step == Step.goals

    e.answer("Ik wil beter worden in Teams en SharePoint")
    fix_goal(e)
    if e.plan.conversation.pending.question == "project":
        e.answer("Het team werkt vanaf volgend jaar volledig digitaal samen.")
    e.answer(
        "Tegen 31 december 2027 maak ik het maandrapport met draaitabellen en grafieken "
        "in Excel, zonder hulp."
    )
    fix_goal(e)
    if e.plan.conversation.pending.question == "project":
        e.answer("Het maandrapport van de afdeling overnemen.")
    e.answer("nee")
    teams, excel = e.plan.goals
    assert teams.deadline == date(2027, 6, 30) and excel.deadline == date(2027, 12, 31)
    assert "digitale-samenwerking" in teams.skill_ids and "rekenbladen" in excel.skill_ids
    assert all(g.smart is not None for g in e.plan.goals)
    assert e.step == Step.training_check

    say(e, "ja", "ja, en ook een vaste plek voor de sjablonen")
    assert teams.id and e.plan.goals[1].alternative_solution
    assert e.step == Step.resources
    e.answer(pick_number(e, "mooc-digitale-samenwerking"))
    e.answer("klaar")
    e.answer("zoek kantoorsoftware")
    e.answer(pick_number(e, "int-kantoorsoftware-gevorderd"))
    reply = e.answer("klaar")
    assert reply.step == Step.planning and "MOOC" in reply.message

    e.answer("van februari tot april 2027")
    reply = e.current()
    assert reply.choices and reply.choices[0].value == "2027-09-14"  # the course's session
    e.answer(reply.choices[0].value)
    reply = e.current()
    assert reply.widget.value == "timeline"
    e.answer("ja")
    mooc, office = e.plan.actions
    assert (mooc.start, mooc.end, mooc.hours) == (date(2027, 2, 1), date(2027, 4, 30), 12)
    assert (office.start, office.end, office.hours) == (date(2027, 9, 14), date(2027, 10, 12), 14)
    assert office.type == ActionType.internal
    assert not e.workload().over_months

    say(
        e,
        "Vergaderingen en gedeelde mappen zonder hulp opzetten.",
        "Ik plan het teamoverleg zelf in Teams en beheer de teammap.",
        "Het maandrapport in de helft van de tijd.",
        "Het maandrapport komt op tijd, met draaitabellen.",
    )
    assert e.plan.actions[0].visible_on_floor.startswith("Ik plan het teamoverleg")
    assert e.step == Step.overview
    reply = say(e, "om de drie maanden", "ja", "coach", "Inge Van den Broeck")
    assert reply.finished
    assert {o.role for o in e.plan.sign_offs} == {SignerRole.employee, SignerRole.coach}
    assert e.plan.check_in_every_months == 3 and e.plan.check_ins

    stored = db.load("sophie-peeters").plan
    assert stored == e.plan
    said = [t.text for t in stored.conversation.turns if t.speaker == "employee"]
    assert said[0] == "Sophie Peeters" and said[-1] == "Inge Van den Broeck"


def test_karim_two_year_route_in_coach_mode(tmp_path: Path, today: date) -> None:
    db = store(tmp_path)
    e = open_session(
        db, "Karim El Amrani", today=today, catalogue_loader=catalogue, coach_mode=True
    )
    reply = e.start()
    assert "Coachvraag" in reply.message
    say(
        e,
        "een loopbaanproject, promotie",
        "Ik wil binnen twee jaar teamleider onderhoud worden.",
        "Onderhoudstechnicus",
        "Onderhoud",
        "3 uur per week",
    )
    assert e.plan.occasion.career_project == CareerProject.promotion
    say(
        e,
        "preventief onderhoud 5",
        "communicatie, feedback geven",
        "2 naar 4",
        "1 naar 4",
        "geen",
        "preventief onderhoud",
    )
    assert e.step == Step.goals

    e.answer(
        "Tegen eind juni 2027 leid ik zelfstandig het wekelijkse ploegoverleg en geef ik "
        "elke collega minstens één keer per maand gerichte feedback."
    )
    fix_goal(e, {"relevant": "Doorgroeien naar teamleider onderhoud."})
    if e.plan.conversation.pending.question == "project":
        e.answer("Doorgroeien naar teamleider onderhoud.")
    communication = e.plan.goals[0]
    e.add_note(
        "Karim is nog onzeker over feedback geven.",
        goal_id=communication.id,
        private=True,
        author="Els Jacobs",
    )
    e.answer(
        "Binnen twee jaar behaal ik een certificaat projectmanagement en leid ik een "
        "onderhoudsproject van begin tot eind."
    )
    fix_goal(e, {"relevant": "Doorgroeien naar teamleider onderhoud."})
    if e.plan.conversation.pending.question == "project":
        e.answer("Doorgroeien naar teamleider onderhoud.")
    e.answer("nee")
    assert e.plan.goals[1].deadline == date(2028, 11, 24)

    say(e, "ja", "ja")
    recs = [r.item.id for r in e.recommendations(communication.id)]
    assert "ext-interpersoonlijke-communicatie" in recs
    e.answer(pick_number(e, "ext-interpersoonlijke-communicatie"))
    e.answer("zoek mentoraat")
    e.answer(pick_number(e, "coach-mentoraat-teamleider"))
    e.answer("klaar")
    e.answer(pick_number(e, "ext-projectmanagement-basis"))
    e.answer("eigen actie: VCA-VOL attest")
    e.answer("weet ik niet")  # its cost
    e.answer("klaar")
    assert e.step == Step.planning
    say(
        e,
        "eerste semester 2027",
        "tweede semester 2027",
        "eerste semester 2028",
        "oktober 2027",
        "16 uur",
        "ja",
    )
    by_title = {a.title: a for a in e.plan.actions}
    assert by_title["Interpersoonlijke communicatie op de werkvloer"].cost_eur == 690
    assert by_title["Projectmanagement: basis met certificaat"].start == date(2028, 1, 3)
    vca = by_title["VCA-VOL attest"]
    assert vca.hours == 16 and vca.type == ActionType.external_certified
    assert e.step == Step.results

    for action in e.plan.actions:
        say(e, f"Wat {action.title} oplevert.", "Karim leidt het ploegoverleg.")
    assert all(a.expected_return and a.visible_on_floor for a in e.plan.actions)
    reply = e.current()
    assert "Coachvraag" not in reply.message or reply.step == Step.overview
    reply = say(e, "elk kwartaal", "Karim El Amrani", "coach Els Jacobs")
    assert reply.finished
    stored = db.load("karim-el-amrani").plan
    assert {(o.role, o.name) for o in stored.sign_offs} == {
        (SignerRole.employee, "Karim El Amrani"),
        (SignerRole.coach, "Els Jacobs"),
    }
    assert stored.coach_notes[0].private and stored.coach_notes[0].goal_id == communication.id
    assert stored.conversation.coach_mode and stored.check_in_every_months == 3
