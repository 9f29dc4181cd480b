"""Review mode: a coach opens a plan someone shared with them in the app, on a real PostgreSQL
store (row-level security decides what the coach may do). The plan is shown read-only and
labelled, nothing typed can reach a walk-through step, looking changes no version, and a note
or a signature is one explicit act each, recorded with the coach's login. Also the start list:
whose plan each is, shared plans apart and most urgent first, coach mode picking too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from coach_support import AT, ten_plans
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from textual.widgets import Button, Input, TextArea
from tui_support import TODAY, build_app, say, settle

from pop_assistent.dialogue.plans import new_plan
from pop_assistent.dialogue.review import open_review
from pop_assistent.model import Plan
from pop_assistent.tui.app import PopApp
from pop_assistent.tui.screens.review import ReviewScreen
from pop_assistent.tui.widgets.chat_log import ChatLog


def _shared(org: Org, who: str, plan: Plan) -> int:
    """`who` saves `plan` as their own and shares it with Carla; the version saved."""
    store = org.store(who)
    try:
        version = store.save(plan, None)
        store.share_with(plan.id, org.login("carla"), True)
    finally:
        store.close()
    return version


def _anna_plan() -> Plan:
    ann = next(p for p in ten_plans() if p.id == "ann")
    return ann.model_copy(update={"id": "anna", "employee": ann.employee.model_copy(
        update={"name": "Anna Aerts"})})  # fmt: skip


def _version(org: Org, who: str, plan_id: str) -> int:
    store = org.store(who)
    try:
        return store.load(plan_id).version
    finally:
        store.close()


def _carla_opens_anna(org: Org, tmp_path: Path) -> tuple[int, Any, PopApp]:
    """Anna shares her plan with Carla; Carla's app set to open it: (Anna's version, Carla's
    store, the app)."""
    before = _shared(org, "anna", _anna_plan())
    carla = org.store("carla")
    app, _store = build_app(tmp_path, plan_ref="anna", store=carla)
    return before, carla, app


def _chat(app: PopApp) -> str:
    return "\n".join(app.screen.query_one(ChatLog).transcript())


async def _until(app: PopApp, pilot: object, done: object) -> None:
    for _ in range(300):
        await pilot.pause()  # type: ignore[attr-defined]
        await app.workers.wait_for_complete()
        if callable(done) and done():
            return
    raise AssertionError("the app never got there")


async def test_a_coach_reviews_a_shared_plan_and_looking_changes_nothing(
    pg_org: Org,  # noqa: F811
    tmp_path: Path,
) -> None:
    before, carla, app = _carla_opens_anna(pg_org, tmp_path)
    app.today = AT
    async with app.run_test(size=(80, 24)) as pilot:
        await _until(app, pilot, lambda: isinstance(app.screen, ReviewScreen))
        screen = app.screen
        assert str(screen.query_one("#step-bar").render()).strip() == (
            "Je bekijkt het plan van Anna Aerts als coach"
        )
        assert not screen.query(Input)  # no answer line: nothing typed could be saved
        text = _chat(app)
        assert "opvolgmoment niet gehouden" in text  # what is late, on the frozen day
        assert "F5" in text and "F6" in text
        for key in ("f9", "ctrl+n", "escape"):  # peek and leave
            await pilot.press(key)
            await pilot.pause()
            if key == "f9":
                assert "alleen Anna Aerts zelf" in _chat(app)
            if key == "ctrl+n":
                await pilot.press("escape")
                await pilot.pause()
        await _until(app, pilot, lambda: not isinstance(app.screen, ReviewScreen))
        assert "Welk plan wil je openen?" in _chat(app)  # back at the list, no new plan
        assert app.screen.engine is None  # type: ignore[attr-defined]
        await say(app, pilot, "ik typ iets")  # picks nothing: asked again, nothing saved
        assert "Dat plan vond ik niet" in _chat(app)
        await say(app, pilot, "anna")
        await _until(app, pilot, lambda: isinstance(app.screen, ReviewScreen))
    assert _version(pg_org, "anna", "anna") == before
    assert [p.plan_id for p in carla.list_plans() if p.mine] == []  # no plan of Carla's made
    carla.close()


async def test_a_note_and_a_signature_are_recorded_with_the_coachs_login(
    pg_org: Org,  # noqa: F811
    tmp_path: Path,
) -> None:
    before, carla, app = _carla_opens_anna(pg_org, tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        await _until(app, pilot, lambda: isinstance(app.screen, ReviewScreen))
        await pilot.press("f5")
        await pilot.pause()
        app.screen.query_one(TextArea).text = "Goed gesprek; opvolging plannen in juni."
        await pilot.press("ctrl+s")
        await _until(app, pilot, lambda: "Notitie bewaard" in _chat(app))
        await pilot.press("f6")
        await pilot.pause()
        buttons = [str(b.label) for b in app.screen.query("#choices Button").results(Button)]
        assert buttons == ["1 als coach", "2 als leidinggevende", "3 niet tekenen"]
        await pilot.press("1")  # the number on the button, as in the conversation
        await _until(app, pilot, lambda: "ondertekend als coach" in _chat(app))
    anna = pg_org.store("anna")
    stored = anna.load("anna")
    assert stored.version == before  # notes and signatures are rows, not versions
    assert [(n.text, n.author) for n in stored.plan.coach_notes] == [
        ("Goed gesprek; opvolging plannen in juni.", f"Carla Coene ({pg_org.login('carla')})")
    ]
    assert [s.role for s in stored.plan.sign_offs] == ["coach"]
    anna.close()
    with pg_org.superuser() as conn:  # through plain SQL: the database recorded who
        authors = conn.execute(f'SELECT author FROM "{pg_org.schema}".notes').fetchall()
        signed = conn.execute(
            f'SELECT signer, version FROM "{pg_org.schema}".signatures'
        ).fetchall()
    assert authors == [(pg_org.login("carla"),)]
    assert signed == [(pg_org.login("carla"), before)]  # the version she looked at
    carla.close()


def test_review_refuses_ones_own_plan_and_reads_a_shared_one(pg_org: Org) -> None:  # noqa: F811
    _shared(pg_org, "anna", _anna_plan())
    anna = pg_org.store("anna")
    assert open_review(anna, "anna", today=AT) is None  # her own: the conversation
    anna.close()
    carla = pg_org.store("carla")
    review = open_review(carla, "anna", today=AT, lang="en")
    assert review is not None and review.owner == pg_org.login("anna")
    assert review.label() == "You are looking at Anna Aerts's plan as a coach"
    summary = review.summary()
    assert "check-in not held (160 days late)" in summary
    assert "Previous check-in: never." in summary
    assert review.can_check_in() is not None  # a check-in would be a version: refused
    carla.close()


async def test_the_start_list_says_whose_plan_each_is(
    pg_org: Org,  # noqa: F811
    tmp_path: Path,
) -> None:
    plans = {p.id: p for p in ten_plans()}
    _shared(pg_org, "anna", plans["tom"].model_copy(update={"id": "tom"}))  # nothing late
    _shared(pg_org, "bram", plans["marc"].model_copy(update={"id": "marc"}))  # 56 days late
    carla = pg_org.store("carla")
    carla.save(new_plan("Carla Coene", TODAY), None)  # her own plan too
    app, _store = build_app(tmp_path, coach_mode=True, store=carla)
    app.today = AT
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(app, pilot, lambda: "Met welk plan" in _chat(app) or "openen" in _chat(app))
        text = _chat(app)
        own, shared = text.index("*Jouw plannen*"), text.index("*Gedeeld met jou")
        assert own < text.index("**Carla Coene**") < shared  # her own plan first
        marc, tom = text.index("**Marc Peeters**"), text.index("**Tom Maes**")
        assert shared < marc < tom  # most urgent first
        assert "1 te laat, het langst 56 dagen" in text
        assert "gedeeld door Anna Aerts" in text  # Tom's plan, saved by Anna's login
        assert app.screen.engine is None  # type: ignore[attr-defined]  # coach mode asks too
        await say(app, pilot, "2")
        await _until(app, pilot, lambda: isinstance(app.screen, ReviewScreen))
        assert "Marc Peeters" in str(app.screen.query_one("#step-bar").render())
    carla.close()


@pytest.mark.parametrize("own", [0, 1])
async def test_example_plans_are_never_counted_as_ones_own(tmp_path: Path, own: int) -> None:
    from pop_assistent.demo import demo_plans
    from pop_assistent.model.examples import EXAMPLES

    app, store = build_app(tmp_path)
    for plan in demo_plans(TODAY):
        assert EXAMPLES[plan.id] == plan.employee.name
        store.save(plan, None)
    if own:
        store.save(new_plan("Fatima Amrani", TODAY), None)
    async with app.run_test(size=(80, 24)) as pilot:
        if own:  # her one plan is resumed; the examples do not make her choose
            await settle(app, pilot)
            assert app.screen.engine.plan.employee.name == "Fatima Amrani"  # type: ignore[attr-defined]
            return
        await _until(app, pilot, lambda: "eigen plan" in _chat(app))
        text = _chat(app)
        assert "Je hebt nog geen eigen plan" in text
        assert "*Voorbeelden (van pop demo)*" in text
        assert "Jouw plannen" not in text
        labels = [str(b.label) for b in app.screen.query("#choices Button").results(Button)]
        assert labels[0].startswith("1 Karim El Amrani (voorbeeld) · ")
        assert labels[-1] == "3 een nieuw plan"


def test_a_check_in_the_owner_left_running_is_said(tmp_path: Path) -> None:
    from pop_assistent.config import Settings
    from pop_assistent.dialogue.review import Review
    from pop_assistent.model import CheckInCursor
    from pop_assistent.storage import open_store

    tom = next(p for p in ten_plans() if p.id == "tom")
    tom.conversation.check_in = CheckInCursor(check_in_id="c-tom-2", phase="went_well",
                                              answered=True)  # fmt: skip
    store = open_store(Settings(data_dir=tmp_path))  # type: ignore[call-arg]
    store.save(tom, None)
    review = Review(store, "tom", "tom", AT)
    assert "Tom Maes is bezig met een opvolging die nog niet afgerond is." in review.summary()
    assert "Vorige opvolging: 3 mei 2027." in review.summary()
    assert store.load("tom").version == 1


async def test_coach_mode_opens_the_plan_there_is_instead_of_a_new_one(tmp_path: Path) -> None:
    app, store = build_app(tmp_path, coach_mode=True)
    store.save(new_plan("Fatima Amrani", TODAY), None)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.plan.id == "fatima-amrani" and engine.coach_mode
    assert [p.plan_id for p in store.list_plans()] == ["fatima-amrani"]
    assert store.load("fatima-amrani").version == 1  # opening it in coach mode saved nothing
