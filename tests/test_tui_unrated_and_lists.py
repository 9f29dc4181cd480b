"""Cosmetic defects of the issue 12 walk, in the real app: a skill without a level looks
unrated in the skill table (F2), not like level 1."""

from __future__ import annotations

from pathlib import Path

from tui_support import TODAY, build_app, open_rater

from pop_assistent.demo import sophie
from pop_assistent.i18n import translate
from pop_assistent.model.skills import NOT_RATED_NOTE


async def test_a_skill_without_a_level_looks_unrated_in_the_skill_table(tmp_path: Path) -> None:
    app, store = build_app(tmp_path / "data", plan_ref="sophie")
    plan = sophie(TODAY)
    plan.skills[0].note = translate("nl", NOT_RATED_NOTE)  # 'geen niveau' in the plan panel
    plan.skills[0].current_level = plan.skills[0].wanted_level = 1  # placeholders
    store.save(plan, None)
    app, _ = build_app(tmp_path / "data", plan_ref=plan.id, store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        rater = await open_rater(app, pilot)
        table = rater.query_one("#rater-table")
        unrated = [str(c) for c in table.get_row_at(0)]  # type: ignore[attr-defined]
        rated = [str(c) for c in table.get_row_at(1)]  # type: ignore[attr-defined]
        assert "●" not in "".join(unrated[1:3]) and "○" not in "".join(unrated[1:3])
        assert unrated[1] == unrated[2] == "?"
        assert "●" in rated[1]  # a rated skill keeps its dots
        await pilot.press("3")  # a level given: rated now, dots again
        await pilot.pause()
        assert str(table.get_row_at(0)[1]) == "●●●○○"  # type: ignore[attr-defined]
