"""Follow-up details a coach tripped over: F9 on a plan without actions, the due notice's
marks, the right panels at 80 columns, and the sentence for two plans with one id."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import OrgCli
from coach_support import AT, ten_plans
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401
from tui_support import build_app, settle

from pop_assistent.dialogue.plans import new_plan
from pop_assistent.model import Employee, Goal
from pop_assistent.tui.screens.checkin import CheckInScreen
from pop_assistent.tui.widgets.chat_log import ChatLog
from pop_assistent.tui.widgets.choice_bar import ChoiceBar
from pop_assistent.tui.widgets.plan_view import plan_content
from pop_assistent.tui.widgets.progress import progress_lines


def _chat(app: object) -> list[str]:
    return app.screen.query_one(ChatLog).transcript()  # type: ignore[attr-defined, no-any-return]


async def test_f9_without_actions_says_there_is_nothing_yet_and_offers_to_plan(
    tmp_path: Path,
) -> None:
    plan = new_plan("Nora Smet", AT).model_copy(
        update={
            "employee": Employee(name="Nora Smet", role="poetsvrouw"),
            "goals": [Goal(id="g1", text="Tegen juni 2028 werk ik met de nieuwe schrobmachine.")],
        }
    )
    app, store = build_app(tmp_path, plan_ref=plan.id)
    before = store.save(plan, None)
    app.today = AT
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("f9")
        await pilot.pause()
        assert not isinstance(app.screen, CheckInScreen)  # no check-in planned today
        said = _chat(app)[-1]
        assert "Er is nog niets op te volgen: dit plan heeft nog geen leeracties." in said
        labels = [str(b.label) for b in app.screen.query_one("#choices", ChoiceBar).buttons()]
        assert "Acties plannen" in labels
        await pilot.click("#choices Button.-primary")
        await app.workers.wait_for_complete()
        await pilot.pause()
        engine = app.screen.engine  # type: ignore[attr-defined]
        assert engine.step == "resources"  # the button went to the learning resources
    stored = store.load(plan.id)
    assert stored.plan.check_ins == []  # nothing planned by looking
    assert stored.version >= before


async def test_the_due_notice_marks_once_and_says_how_late(tmp_path: Path) -> None:
    ann = next(p for p in ten_plans() if p.id == "ann")
    app, store = build_app(tmp_path, plan_ref="ann")
    store.save(ann, None)
    app.today = AT
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        for _ in range(100):
            await app.workers.wait_for_complete()
            await pilot.pause()
            if any("Binnenkort of te laat" in t for t in _chat(app)):
                break
        notice = next(t for t in _chat(app) if "Binnenkort of te laat" in t)
    assert notice.count("⚠") == 1
    assert "1 dec 2026 · opvolgmoment niet gehouden (160 dagen te laat)" in notice
    assert store.load("ann").version == 1  # the notice changed nothing


@pytest.mark.parametrize("width", [26, 29, 40])
def test_the_right_panels_keep_dates_whole_at_80_columns(width: int) -> None:
    tom = next(p for p in ten_plans() if p.id == "tom")
    lines = [line.plain for line in progress_lines(tom, AT, "nl", width)]
    assert all(len(line) <= width for line in lines), lines
    assert any(line.endswith("→ 29 okt 2027") or line.endswith("29 oktober 2027") for line in lines)
    assert any(line.rstrip().endswith("17%") for line in lines)  # the figure is never cut
    legend = " ".join(lines[-2:]) if width < 40 else lines[-1]
    assert "vandaag" in legend
    body = plan_content(tom, "nl", width=width).plain.splitlines()
    dated = [line for line in body if "2027)" in line]
    assert dated and all("(" in line for line in dated)  # '(1 mrt' never ends a line
    assert not any(line.rstrip().endswith(("(1", "(1 mrt", "(6 sep")) for line in body)


def test_several_owners_names_the_owner_without_another_command(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pop = OrgCli(pg_org, capsys, monkeypatch)
    for who in ("anna", "bram"):
        store = pg_org.store(who)
        store.save(new_plan("Sam Peeters", AT, plan_id="sam"), None)
        store.share_with("sam", pg_org.login("carla"), True)
        store.close()
    for command in (["notitie", "sam", "goed"], ["teken", "sam"], ["toon", "sam"]):
        code, _out, err = pop("carla", *command)
        assert code == 2
        assert f"{pg_org.login('anna')}/sam in plaats van sam" in err
        assert "pop toon" not in err  # 'pop teken' was typed: no other command suggested
    code, out, _err = pop("carla", "toon", f"{pg_org.login('bram')}/sam")
    assert code == 0 and "Sam Peeters" in out


def test_a_coach_is_told_before_a_check_in_that_could_never_be_saved(
    pg_org: Org,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pop = OrgCli(pg_org, capsys, monkeypatch)
    tom = next(p for p in ten_plans() if p.id == "tom")
    store = pg_org.store("anna")
    store.save(tom, None)
    store.share_with("tom", pg_org.login("carla"), True)
    store.close()
    code, out, err = pop("carla", "opvolging", "tom", stdin="1\n")
    assert code == 2 and out == ""  # no question asked, so no answer typed in vain
    assert f"Het plan 'tom' is van {pg_org.login('anna')}: een opvolging bewaart" in err
    assert pop("carla", "opvolging", "tom", "--overslaan", "ziek")[0] == 2
    assert pop("carla", "opvolging", "tom", "--wijzigingen")[0] == 0  # reading is fine
    store = pg_org.store("anna")
    assert store.load("tom").version == 1
    store.close()
