"""'Wat is er veranderd sinds de vorige opvolging': the readable diff and the version lookup."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pop_assistent.demo import karim
from pop_assistent.followup import CheckInSession, changes_since_previous_check_in, diff_plans
from pop_assistent.followup.diff import previous_check_in_version
from pop_assistent.followup.report import changes_lines
from pop_assistent.model import Action, ActionStatus, CheckIn, GoalStatus
from pop_assistent.storage.sqlite import SQLiteStore


def test_every_kind_of_change_is_one_sentence(today: date) -> None:
    old = karim(today)
    new = old.model_copy(deep=True)
    new.goals[0].text = "Tegen eind september leid ik het ploegoverleg."
    new.goals[0].deadline = date(2027, 9, 30)
    new.goals[1].status = GoalStatus.achieved
    new.actions = [a for a in new.actions if a.id != "a-karim-vca"]
    new.actions[0].status = ActionStatus.done
    new.actions[1].progress = 40
    new.actions[2].end = date(2028, 12, 31)
    new.actions[2].start = date(2028, 9, 1)
    new.actions.append(Action(title="Module <b>management</b>", start=date(2027, 9, 1)))
    new.skills[3].current_level = 3
    new.check_ins[0].held_on = date(2027, 4, 2)
    new.check_ins[1].planned_for = date(2027, 6, 30)
    new.check_in_every_months = 2

    lines = diff_plans(old, new, "nl")
    expected = [
        "Doel herschreven: 'Tegen eind juni 2027 leid ik zelfstandig het",
        "Deadline van doel 'Tegen eind september leid ik het ploegoverleg.' verschoven: "
        "30 juni 2027 → 30 september 2027",
        "Doel 'Binnen twee jaar behaal ik een certificaat projectmanagement",
        "Interpersoonlijke communicatie op de werkvloer: niet gestart → afgerond",
        "Mentoraat door de teamleider productie: voortgang 0% → 40%",
        "Projectmanagement: basis met certificaat verschoven: 1 februari 2028 – 31 mei 2028 → "
        "1 september 2028 – 31 december 2028",
        "Nieuwe actie: Module <b>management</b> (1 september 2027)",
        "Actie geschrapt: VCA-VOL (veiligheid voor operationeel leidinggevenden)",
        "Feedback geven: niveau 2 → 3 (gewenst 4)",
        "Opvolging gehouden op 2 april 2027",
        "Volgende opvolging verplaatst: 1 juli 2027 → 30 juni 2027",
        "Opvolging voortaan om de 2 maanden",
    ]
    assert len(lines) == len(expected)
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), (line, start)
    assert lines[2].endswith("': lopend → behaald")
    assert diff_plans(old, old.model_copy(deep=True)) == []
    english = diff_plans(old, new, "en")
    assert "Interpersoonlijke communicatie op de werkvloer: not started → done" in english
    assert "Check-ins from now on every 2 months" in english


def test_changes_since_previous_check_in_skips_the_check_in_itself(
    tmp_path: Path, today: date
) -> None:
    with SQLiteStore(tmp_path / "pop.sqlite3") as store:
        store.save(karim(today), None, "demo")

        def check_in(day: date, answers: list[str]) -> None:
            stored = store.load("karim-el-amrani")
            s = CheckInSession(stored.plan, today=day, store=store, base_version=stored.version)
            reply = s.start()
            for answer in answers:
                reply = s.answer(answer)
            assert reply.finished

        check_in(date(2027, 4, 2), ["afgerond", "", "", "ja", "ja", "bezig 20%", "", "", "", "",
                                    "klaar", "ok"])  # fmt: skip
        first = changes_since_previous_check_in(store, "karim-el-amrani")
        assert first.base_version == 1 and first.base_note == "demo"
        assert "Mentoraat door de teamleider productie: niet gestart → bezig (20%)" in first.lines

        check_in(date(2027, 7, 5), ["bezig 60%", "", "", "", "", "klaar", "ok"])
        history = store.history("karim-el-amrani")
        second = changes_since_previous_check_in(store, "karim-el-amrani")
        assert second.base_version == previous_check_in_version(history, history[-1].version)
        assert second.base_note == "opvolging 2027-04-02"
        assert "Mentoraat door de teamleider productie: voortgang 20% → 60%" in second.lines
        assert not any("afgerond" in line for line in second.lines)  # that was the first one
        text = "\n".join(changes_lines(second, "nl"))
        assert text.startswith("Wat is er veranderd sinds de vorige opvolging (2 april 2027")


def test_previous_version_ignores_unfinished_check_ins(today: date) -> None:
    from datetime import datetime

    from pop_assistent.storage.base import VersionInfo

    now = datetime(2027, 4, 2)
    history = [
        VersionInfo(1, now, "demo", 10),
        VersionInfo(2, now, "opvolging 2027-04-02 (bezig)", 10),
        VersionInfo(3, now, "opvolging 2027-04-02", 10),
        VersionInfo(4, now, "opvolging 2027-07-05 (bezig)", 10),
    ]
    assert previous_check_in_version(history) == 3
    assert previous_check_in_version(history, before=3) is None
    plan = karim(today)
    plan.check_ins.append(CheckIn(planned_for=date(2027, 10, 1)))
    assert diff_plans(karim(today), plan) == ["Nieuwe opvolging gepland op 1 oktober 2027"]


def test_notes_signatures_check_ins_and_the_employee_are_changes_too(today: date) -> None:
    from pop_assistent.model import CoachNote, SignerRole, SignOff

    old = karim(today)
    old.coach_notes.append(CoachNote(id="n-weg", author="Els", text="Bel de mentor."))
    new = old.model_copy(deep=True)
    new.employee.hours_per_week = 3.5
    old.shared, new.shared = False, True
    new.coach_notes = [n for n in new.coach_notes if n.id != "n-weg"]
    new.coach_notes[0].text = "Start met overlegmomenten van vijf minuten."
    new.coach_notes.append(CoachNote(author="Luc", text="Goed bezig", private=True))
    new.sign_offs.append(SignOff(role=SignerRole.manager, name="Luc Maes", signed_on=today))
    new.check_ins[0].skipped_reason = "Karim is met verlof"
    new.check_ins[0].skipped_on = today
    new.check_ins = new.check_ins[:1]  # the July check-in is removed
    new.actions[0].hours = 24

    lines = diff_plans(old, new, "nl")
    for expected in [
        "Medewerker: leertijd per week (uur) 3 → 3,5",
        "Plan gedeeld voor het opleidingsplan",
        "Interpersoonlijke communicatie op de werkvloer: uren 21 → 24",
        "Opvolgmoment van 1 april 2027 overgeslagen: Karim is met verlof",
        "Opvolgmoment van 1 juli 2027 (gepland) verwijderd",
        "Notitie van Els Jacobs aangepast: Start met overlegmomenten van vijf minuten.",
        "Nieuwe notitie van Luc (privé): Goed bezig",
        "Notitie van Els verwijderd: Bel de mentor.",
        "Ondertekend door Luc Maes (leidinggevende) op 24 november 2026",
    ]:
        assert expected in lines, (expected, lines)
    new.sign_offs = []
    assert "Handtekening van Luc Maes (leidinggevende) weggehaald" in diff_plans(
        new.model_copy(
            update={"sign_offs": [SignOff(role="manager", name="Luc Maes", signed_on=today)]}
        ),  # fmt: skip
        new,
    )


def test_an_action_dropped_at_a_check_in_keeps_its_title_everywhere(
    tmp_path: Path, today: date
) -> None:
    from pop_assistent.export import export_plan

    answers = ["bezig 30%", "Goede rollenspelen.", "", "", "bezig 20%", "", "", "", "",
               "schrappen", "Interpersoonlijke", "klaar", "ok"]  # fmt: skip
    title = "Interpersoonlijke communicatie op de werkvloer"
    with SQLiteStore(tmp_path / "pop.sqlite3") as store:
        store.save(karim(today), None, "demo")
        stored = store.load("karim-el-amrani")
        session = CheckInSession(
            stored.plan, today=date(2027, 4, 2), store=store, base_version=stored.version
        )
        reply = session.start()
        for answer in answers:
            reply = session.answer(answer)
        assert reply.finished
        assert f"- {title}: bezig (30%)" in reply.message
        plan = store.load("karim-el-amrani").plan
        assert plan.action("a-karim-communicatie") is None
        (update, _) = plan.check_ins[0].updates
        assert (update.action_id, update.title) == ("a-karim-communicatie", title)
        md = export_plan(plan, "md", today=date(2027, 4, 2)).decode()
        assert f"- {title}: bezig, 30 %" in md and "a-karim-communicatie" not in md
        assert md.count("Goede rollenspelen.") == 1
        changes = changes_since_previous_check_in(store, "karim-el-amrani").lines
        assert f"Actie geschrapt: {title}" in changes


def test_the_change_sentences_read_naturally_in_english(today: date) -> None:
    old = karim(today)
    new = old.model_copy(deep=True)
    new.goals[0].deadline = date(2027, 9, 30)
    new.actions[1].progress = 40
    new.actions[2].end = date(2028, 12, 31)
    new.actions[2].start = date(2028, 9, 1)
    new.actions[0].title = "Communicatie op de werkvloer"
    new.skills[3].current_level, new.skills[3].wanted_level = 3, 5
    new.check_ins[1].planned_for = date(2027, 6, 30)
    new.actions[0].hours = 24
    lines = diff_plans(old, new, "en")
    for expected in [
        "Deadline of goal 'Tegen eind juni 2027 leid ik zelfstandig het wekelijkse ploegoverleg…' "
        "moved: 30 June 2027 → 30 September 2027",
        "Action renamed: 'Interpersoonlijke communicatie op de werkvloer' → "
        "'Communicatie op de werkvloer'",
        "Mentoraat door de teamleider productie: progress 0% → 40%",
        "Projectmanagement: basis met certificaat moved: 1 February 2028 – 31 May 2028 → "
        "1 September 2028 – 31 December 2028",
        "Feedback geven: level 2 → 3 (wanted 5)",
        "Feedback geven: wanted level 4 → 5",
        "Next check-in moved: 1 July 2027 → 30 June 2027",
        "Communicatie op de werkvloer: hours 21 → 24",
    ]:
        assert expected in lines, (expected, lines)
    assert not any("{" in line for line in lines)


def test_a_note_made_private_is_one_sentence_in_each_language(today: date) -> None:
    from pop_assistent.model import CoachNote

    old = karim(today)
    old.coach_notes = [CoachNote(id="n-1", author="Els", text="Bel de mentor.")]
    new = old.model_copy(deep=True)
    new.coach_notes[0].private = True
    assert diff_plans(old, new, "nl") == ["Notitie van Els is nu privé: Bel de mentor."]
    assert diff_plans(new, old, "en") == ["Note by Els is no longer private: Bel de mentor."]
