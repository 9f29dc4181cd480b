"""`pop coach` says where each plan's signature stands (issue 12): the version signed, and
whether the plan changed since."""

from __future__ import annotations

from datetime import date

from pop_assistent.demo import karim, sophie
from pop_assistent.followup.overview import coach_overview
from pop_assistent.followup.report import coach_table
from pop_assistent.model import SignerRole, SignOff


def _signed(today: date) -> list:
    plan = sophie(today).model_copy(deep=True)
    plan.sign_offs = [
        SignOff(role=SignerRole.employee, name="Sophie Peeters", signed_on=today,
                plan_version=4, fingerprint=plan.content_fingerprint()),
    ]  # fmt: skip
    return [plan, karim(today)]


def test_the_coach_list_names_the_signed_version_and_a_change_since(today: date) -> None:
    plans = _signed(today)
    for lang, signed, changed, unsigned in (
        ("nl", "ondertekend (versie 4)", "sindsdien gewijzigd", "nog niet ondertekend"),
        ("en", "signed (version 4)", "changed since", "not signed yet"),
    ):
        text = "\n".join(coach_table(coach_overview(plans, today, lang), today, lang))
        assert f"(sophie-peeters): {signed}\n" in text + "\n" and changed not in text
        assert f"(karim-el-amrani): {unsigned}" in text or f"  - {unsigned}" in text
        assert all(len(line) <= 80 for line in text.splitlines())
    plans[0].goals[0].text += " Ook in Outlook."  # the plan changes after the signature
    rows = coach_overview(plans, today, "nl")
    text = "\n".join(coach_table(rows, today, "nl"))
    assert "ondertekend (versie 4), sindsdien gewijzigd" in text
    data = next(r.to_json() for r in rows if r.plan_id == "sophie-peeters")
    assert data["signed_version"] == 4 and data["changed_since_signed"] is True
    assert next(r.to_json() for r in rows if r.plan_id == "karim-el-amrani")["signed"] is False
