"""The follow-up check-in opened from the conversation (F9 and the palette), and the skill
rater's role-profile suggestions."""

from __future__ import annotations

from pathlib import Path

from tui_support import TODAY, build_app, open_rater, settle

from pop_assistent.demo import sophie
from pop_assistent.tui.screens.checkin import CheckInScreen


def _resumed(tmp_path: Path):  # type: ignore[no-untyped-def]
    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    plan = sophie(TODAY)
    plan.employee.role_profile_id = "administratief-medewerker"
    plan.skills = [r for r in plan.skills if r.skill_id != "rekenbladen"]  # left to suggest
    store.save(plan, None)
    return build_app(tmp_path / "data", plan_ref=plan.id, store=store)


async def test_f9_opens_the_check_in_and_back_reloads_the_engine(tmp_path: Path) -> None:
    app, store = _resumed(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        conversation = app.screen
        before = conversation.engine.version  # type: ignore[attr-defined]
        await pilot.press("f9")
        await pilot.pause()
        assert isinstance(app.screen, CheckInScreen)
        app.screen.send_text("1")  # the first action's status
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is conversation
        after = conversation.engine.version  # type: ignore[attr-defined]
        assert after is not None and before is not None and after > before
        assert after == store.history(conversation.engine.plan.id)[-1].version  # type: ignore[attr-defined]
        # what the conversation shows is the plan after the check-in, not the one before it
        now = conversation.engine.current().message  # type: ignore[attr-defined]
        assert conversation.last_reply.message == now  # type: ignore[attr-defined]


async def test_palette_command_opens_the_check_in(tmp_path: Path) -> None:
    app, _ = _resumed(tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"opvolging")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CheckInScreen)


async def test_skill_rater_offers_role_profile_suggestions(tmp_path: Path) -> None:
    app, _ = _resumed(tmp_path)
    async with app.run_test(size=(100, 40)) as pilot:
        rater = await open_rater(app, pilot)
        own = len(rater.skills)
        assert [r.skill_id for r in rater.suggestions] == ["rekenbladen"]
        assert rater.suggestions[0].wanted_level == 4  # the level the role profile needs
        first = rater.suggestions[0]
        table = rater.query_one("#rater-table")
        table.move_cursor(row=own)  # type: ignore[attr-defined]
        await pilot.press("a")
        assert rater.skills[-1] is first and first not in rater.suggestions
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        labels = [r.label for r in app.screen.engine.plan.skills]  # type: ignore[attr-defined]
        assert first.label in labels


async def test_skill_rater_fits_80_columns_with_long_names(tmp_path: Path) -> None:
    """A cleaner's own long skill names and 'te verbeteren' as category: every column shows
    at 80 columns (the table needs no sideways scrolling); long names end in an ellipsis."""
    from pop_assistent.model import SkillCategory, SkillKind, SkillRating

    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    plan = sophie(TODAY)
    plan.skills.append(
        SkillRating(
            label="werken met de nieuwe schrobmachine op de afdeling intensieve zorg",
            kind=SkillKind.technical,
            current_level=1,
            wanted_level=3,
            categories=[SkillCategory.strength, SkillCategory.to_improve],
        )
    )
    store.save(plan, None)
    app, _ = build_app(tmp_path / "data", plan_ref=plan.id, store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        rater = await open_rater(app, pilot)
        table = rater.query_one("#rater-table")
        assert table.virtual_size.width <= table.scrollable_content_region.width
        lines = [line.text for line in table.render_lines(table.size.region)]
        assert any(line.rstrip().endswith("sterkte, te verbeteren") for line in lines)
        assert any("…" in line for line in lines)
