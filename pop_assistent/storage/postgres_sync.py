"""Saves made while the shared database was away, and sending them when it is back.

The store gives the app the version number a save will get (base + 1) even when the save only
reached the local queue (storage/outbox.py), so the app goes on as if nothing happened. When the
server answers again the saves are sent in order. If the plan moved on elsewhere meanwhile (the
same person on another computer), a queued save goes on top of it: the other version stays in
the history. `aliases` maps the numbers the app was given to the ones the server gave, so the
app's next save is based on the right version.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from pop_assistent.errors import ConflictError, PopError
from pop_assistent.i18n import N_
from pop_assistent.model import SCHEMA_VERSION, Plan
from pop_assistent.storage.base import StoredPlan
from pop_assistent.storage.codec import decode_plan, encode_plan
from pop_assistent.storage.outbox import Outbox

Save = Callable[[Plan, int | None, str, datetime], int]
Rebase = Callable[[Plan, str, datetime], int]
"""Saves a plan on top of the server's latest version: -n when it is already there as n."""


class Pending:
    """The local queue of one store, and what was learnt from sending it."""

    def __init__(self, outbox: Outbox | None) -> None:
        self.outbox = outbox
        self.aliases: dict[tuple[str, int], int] = {}
        self.offline = self.count() > 0  # left by an earlier session: say so when sent
        self.told_others = False

    def count(self) -> int:
        return self.outbox.count() if self.outbox is not None else 0

    def alias(self, plan_id: str, base: int | None) -> int | None:
        """The server's number for a version the app was given while the server was away."""
        return None if base is None else self.aliases.get((plan_id, base), base)

    def keep(self, plan: Plan, base: int | None, note: str, saved_at: datetime, login: str) -> int:
        """Queue one save by `login`; the number it will get."""
        assert self.outbox is not None
        blob, _size = encode_plan(plan)
        self.outbox.put(plan.id, base, note[:1000], saved_at, blob, login)
        return (base or 0) + 1

    def latest(self, plan_id: str, login: str) -> StoredPlan | None:
        """The newest queued version of a plan (what the person typed last), if any."""
        waiting = self.outbox.latest(plan_id, login) if self.outbox is not None else None
        if waiting is None:
            return None
        plan = decode_plan(waiting.document, SCHEMA_VERSION, f"Plan '{plan_id}'")
        return StoredPlan(plan, (waiting.base_version or 0) + 1, waiting.saved_at)

    def send(self, save: Save, rebase: Rebase, login: str) -> list[PopError]:
        """Send every save `login` queued, oldest first; the notices to show. Saves another
        login queued on this computer wait for that login."""
        if self.outbox is None:
            return []
        items = self.outbox.pending()
        notices: list[PopError] = []
        others = sorted({i.login for i in items if i.login not in (None, login)})
        items = [i for i in items if i.login in (None, login)]
        if others and not self.told_others:
            self.told_others = True
            notices.append(not_yours(others))
        if not items:
            return notices
        sent = moved = 0
        for item in items:
            plan = decode_plan(item.document, SCHEMA_VERSION, f"Plan '{item.plan_id}'")
            expected = (item.base_version or 0) + 1
            try:
                number = save(
                    plan, self.alias(plan.id, item.base_version), item.note, item.saved_at
                )
            except ConflictError:
                number = rebase(plan, item.note, item.saved_at)
                moved += number > 0
                number = abs(number)
            except PopError as error:  # refused by the database: it would be refused now too
                notices.append(error)
                self.outbox.done(item)
                continue
            self.aliases[(plan.id, expected)] = number
            self.outbox.done(item)
            sent += 1
        if self.offline:
            self.offline = False
            notices.append(back(sent, bool(moved)))
        return notices

    def mine(self, login: str) -> int:
        """How many saves of `login` wait."""
        if self.outbox is None:
            return 0
        return sum(1 for i in self.outbox.pending() if i.login in (None, login))

    def close(self) -> None:
        if self.outbox is not None:
            self.outbox.close()


def not_yours(logins: list[str]) -> PopError:
    """Saves of another login wait on this computer: they are never sent as this one."""
    who = ", ".join(logins)
    return PopError(
        N_(
            "Op deze computer wachten ook wijzigingen van {who} op de gedeelde database; ze worden "
            "alleen verstuurd wanneer die login verbindt, nooit met de jouwe."
        ),
        who=who,
    )


def back(sent: int, moved: bool) -> PopError:
    """The server is back and the queued saves went out."""
    if moved:
        return PopError(
            N_(
                "De gedeelde database is weer bereikbaar: {sent} wijziging(en) van terwijl de "
                "server weg was, zijn nu bewaard. Het plan was intussen elders gewijzigd; die "
                "versie blijft in de geschiedenis."
            ),
            sent=sent,
        )
    return PopError(
        N_(
            "De gedeelde database is weer bereikbaar: {sent} wijziging(en) van terwijl de "
            "server weg was, zijn nu bewaard."
        ),
        sent=sent,
    )
