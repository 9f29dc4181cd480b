"""A signature in the shared PostgreSQL store keeps the plan version it signed: loaded back it
says which version, and once the plan changed the documents, the app and review mode say
"ondertekend op ... (versie N); sindsdien gewijzigd", as in the embedded store. Signing again
after the change is a new signature, also on the same day. Real server, real rows."""

from __future__ import annotations

from datetime import date

from coach_support import ten_plans
from postgres_support import Org, pg_database, pg_org, pg_server, pg_server_info  # noqa: F401

from pop_assistent.dialogue.review import open_review
from pop_assistent.export import export_plan
from pop_assistent.model import Plan, SignerRole, SignOff

DAY = date(2026, 11, 24)


def _plan() -> Plan:
    ann = next(p for p in ten_plans() if p.id == "ann")
    return ann.model_copy(update={"id": "anna", "sign_offs": [], "coach_notes": []})


def _signed(plan: Plan, version: int) -> Plan:
    """`plan` signed by its owner as the conversation signs: the version the save will get
    and the fingerprint of what was signed."""
    sign = SignOff(role=SignerRole.employee, name="Anna Aerts", signed_on=DAY,
                   plan_version=version, fingerprint=plan.content_fingerprint())  # fmt: skip
    return plan.model_copy(update={"sign_offs": [sign]})


def test_a_signature_keeps_its_version_and_a_later_change_is_said(pg_org: Org) -> None:  # noqa: F811
    anna = pg_org.store("anna")
    try:
        first = anna.save(_plan(), None)
        signed_at = anna.save(_signed(anna.load("anna").plan, first + 1), first)
        loaded = anna.load("anna").plan
        assert [(s.role, s.plan_version) for s in loaded.sign_offs] == [("employee", signed_at)]
        assert not any(loaded.changed_since(s) for s in loaded.sign_offs)

        changed = loaded.model_copy(deep=True)
        changed.actions[0].hours = (changed.actions[0].hours or 0) + 8
        later = anna.save(changed, signed_at)
        stored = anna.load("anna").plan
        assert stored.changed_since(stored.sign_offs[0])
        document = export_plan(stored, "md", today=DAY, lang="nl").decode("utf-8")
        assert f"ondertekend op 24 november 2026 (versie {signed_at}); sindsdien gewijzigd" in (
            document
        )
        old = anna.load("anna", signed_at).plan  # the version she signed reads as signed
        assert not old.changed_since(old.sign_offs[0])

        again = anna.save(_signed(stored, later + 1), later)  # the same day, after the change
        resigned = anna.load("anna").plan
        assert [s.plan_version for s in resigned.sign_offs] == [again]
        assert not resigned.changed_since(resigned.sign_offs[0])
    finally:
        anna.close()
    with pg_org.superuser() as conn:  # through plain SQL: one row per act of signing
        rows = conn.execute(
            f'SELECT role, version FROM "{pg_org.schema}".signatures ORDER BY id'
        ).fetchall()
    assert rows == [("employee", signed_at), ("employee", again)]


def test_review_mode_says_the_plan_changed_after_the_coach_signed(pg_org: Org) -> None:  # noqa: F811
    anna = pg_org.store("anna")
    carla = pg_org.store("carla")
    try:
        version = anna.save(_plan(), None)
        anna.share_with("anna", pg_org.login("carla"), True)
        assert carla.sign("anna", "coach", DAY) == version
        review = open_review(carla, "anna", today=DAY)
        assert review is not None and "sindsdien gewijzigd" not in review.summary()

        changed = anna.load("anna").plan.model_copy(deep=True)
        changed.goals[0].text = "Ik plan de ritten van de week zelf, tegen juni 2027."
        anna.save(changed, version)
        review = open_review(carla, "anna", today=DAY)
        assert review is not None
        assert review.plan.sign_offs[0].plan_version == version
        assert "op 24 november 2026, sindsdien gewijzigd." in review.summary()
    finally:
        anna.close()
        carla.close()
