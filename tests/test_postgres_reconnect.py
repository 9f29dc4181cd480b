"""The server goes away and comes back: nothing typed is lost, and the person is told.

The server is reached through a relay the test cuts and restores (tests/postgres_support.py's
TcpProxy), which is what a restart or a network failure looks like from the app.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from postgres_support import (  # noqa: F401
    Org,
    TcpProxy,
    pg_database,
    pg_org,
    pg_server,
    pg_server_info,
    proxy,
)
from test_postgres_store import sophie

from pop_assistent.dialogue.engine import open_session
from pop_assistent.errors import PopError
from pop_assistent.model import Plan
from pop_assistent.storage.postgres import PostgresStore


@dataclass
class Outage:
    """A shared store reached through a relay the test cuts (`proxy.stop()`) and restores,
    with the local queue of waiting saves in `queue`."""

    org: Org
    proxy: TcpProxy
    queue: Path

    def url(self, who: str = "anna") -> str:
        return self.proxy.url(self.org.url(who))

    def store(self, who: str = "anna") -> PostgresStore:
        return PostgresStore(self.url(who), queue_dir=self.queue)


@pytest.fixture
def outage(pg_org: Org, proxy: TcpProxy, tmp_path: Path) -> Outage:  # noqa: F811
    return Outage(pg_org, proxy, tmp_path)


def step(plan: Plan, n: int) -> Plan:
    """The plan after the n-th answer (a different hours-per-week each time)."""
    employee = plan.employee.model_copy(update={"hours_per_week": float(n)})
    return plan.model_copy(update={"employee": employee})


def texts(store: PostgresStore) -> list[str]:
    return [n.message("nl") for n in store.take_notices()]


def test_saves_wait_locally_and_are_sent_when_the_server_is_back(
    outage: Outage, today: date
) -> None:
    plan = sophie(today)
    with outage.store("anna") as store:
        assert store.save(plan, None, "antwoord 1") == 1
        outage.proxy.stop()
        assert store.save(step(plan, 2), 1, "antwoord 2") == 2
        notices = texts(store)
        assert len(notices) == 1 and "op deze computer bewaard" in notices[0]
        assert store.load(plan.id).plan == step(plan, 2)  # what was typed, not what the server had
        assert store.save(step(plan, 3), 2, "antwoord 3") == 3
        assert texts(store) == []  # said once
        assert store.waiting() == 2
        outage.proxy.start()
        assert store.save(step(plan, 4), 3, "antwoord 4") == 4
        notices = texts(store)
        assert len(notices) == 1 and "weer bereikbaar: 2 wijziging(en)" in notices[0]
        assert store.waiting() == 0
    with outage.org.store("anna") as direct:
        history = direct.history(plan.id)
        assert [(v.version, v.note, v.saved_by) for v in history] == [
            (n, f"antwoord {n}", outage.org.login("anna")) for n in (1, 2, 3, 4)
        ]
        assert direct.load(plan.id, 3).plan == step(plan, 3)


def test_quitting_while_the_server_is_away_loses_nothing(outage: Outage, today: date) -> None:
    plan = sophie(today)
    url = outage.url("anna")
    with PostgresStore(url, queue_dir=outage.queue) as store:
        store.save(plan, None)
        outage.proxy.stop()
        store.save(step(plan, 7), 1, "laatste antwoord")
    assert (outage.queue / "pop-wachtrij.sqlite3").stat().st_mode & 0o077 == 0
    try:
        PostgresStore(url, queue_dir=outage.queue)
    except Exception as exc:  # still away: the sentence says the change is kept
        assert "1 wijziging(en) op deze computer" in str(exc)
    outage.proxy.start()
    with PostgresStore(url, queue_dir=outage.queue) as store:
        assert store.load(plan.id).plan == step(plan, 7)
        assert store.load(plan.id).version == 2


def test_a_change_made_elsewhere_meanwhile_stays_in_the_history(
    outage: Outage, today: date
) -> None:
    plan = sophie(today)
    with outage.store("anna") as laptop:
        laptop.save(plan, None)
        outage.proxy.stop()
        assert laptop.save(step(plan, 2), 1, "op de laptop") == 2
        with outage.org.store("anna") as desktop:  # the same person, on another computer
            assert desktop.save(step(plan, 9), 1, "op de desktop") == 2
        outage.proxy.start()
        # The app goes on from the number it was given; the store maps it to the real one.
        assert laptop.save(step(plan, 3), 2, "verder op de laptop") == 4
        notices = " ".join(texts(laptop))
        assert "elders gewijzigd" in notices and "blijft in de geschiedenis" in notices
        notes = [v.note for v in laptop.history(plan.id)]
        assert notes == ["", "op de desktop", "op de laptop", "verder op de laptop"]


def test_the_conversation_goes_on_through_an_outage(outage: Outage, today: date) -> None:
    """The engine's answers while the server is away: no error, every answer kept and sent."""
    with outage.store("anna") as store:
        engine = open_session(store, "Anna Aerts", today=today)
        engine.answer("Ik ben verpleegkundige op de spoed")
        saved = len(store.history(engine.plan.id))
        outage.proxy.stop()
        first = engine.answer("functioneringsgesprek")
        second = engine.answer("3 uur per week")
        assert first.saved_version is not None and second.saved_version is not None
        assert store.waiting() == 2
        outage.proxy.start()
        third = engine.answer("ja")
        assert third.saved_version is not None and store.waiting() == 0
        turns = [t.text for t in store.load(engine.plan.id).plan.conversation.turns]
        assert "functioneringsgesprek" in turns and "3 uur per week" in turns and "ja" in turns
        assert len(store.history(engine.plan.id)) == saved + 3


def test_a_queued_save_is_sent_only_as_the_login_that_made_it(
    outage: Outage, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The address names a service (PGSERVICEFILE): who connects is in that file, not in the
    address. Anna's answers wait while the server is away; then the file names Bram."""
    from urllib.parse import urlsplit

    def service(who: str) -> None:
        parts = urlsplit(outage.proxy.url(outage.org.url(who)))
        (outage.queue / "services").write_text(
            f"[pop]\nhost=127.0.0.1\nport={outage.proxy.port}\ndbname={parts.path[1:]}\n"
            f"user={outage.org.login(who)}\npassword={outage.org.passwords[who]}\n"
            f"options=-csearch_path={outage.org.schema}\n"
        )

    monkeypatch.setenv("PGSERVICEFILE", str(outage.queue / "services"))
    url = f"postgresql:///?service=pop&options=-csearch_path%3D{outage.org.schema}"
    plan = sophie(today)
    service("anna")
    with PostgresStore(url, queue_dir=outage.queue) as store:
        store.save(plan, None)
        outage.proxy.stop()
        store.save(step(plan, 5), 1, "Anna's antwoord")
    service("bram")  # the same computer, now Bram's
    outage.proxy.start()
    # Attack: Anna's waiting answers are sent with Bram's login (a plan in his name)
    with PostgresStore(url, queue_dir=outage.queue) as store:
        assert store.login == outage.org.login("bram")
        assert store.list_plans() == []
        notices = " ".join(texts(store))
        assert outage.org.login("anna") in notices and "wacht" in notices
    service("anna")
    with PostgresStore(url, queue_dir=outage.queue) as store:  # Anna's answers go out as hers
        assert store.load(plan.id).plan == step(plan, 5) and store.waiting() == 0


def test_the_local_queue_keeps_nothing_once_sent(outage: Outage, today: date) -> None:
    from pop_assistent.storage.codec import encode_plan

    plan = step(sophie(today), 7)
    with outage.store("anna") as store:
        store.save(sophie(today), None)
        outage.proxy.stop()
        store.save(plan, 1)
        queue = outage.queue / "pop-wachtrij.sqlite3"
        blob = encode_plan(plan)[0]
        assert blob in queue.read_bytes() and queue.stat().st_mode & 0o077 == 0
        outage.proxy.start()
        store.list_plans()
        assert store.waiting() == 0
    # Attack: read a sent plan back from the queue file's free pages
    assert blob not in queue.read_bytes()


def test_a_plan_of_someone_else_is_never_kept_on_this_computer(outage: Outage, today: date) -> None:
    plan = sophie(today).model_copy(update={"id": "plan-anna"})
    with outage.org.store("anna") as anna:
        anna.save(plan, None)
        anna.share_with("plan-anna", outage.org.login("carla"), True)
    with outage.store("carla") as carla:
        shared = carla.load("plan-anna")
        outage.proxy.stop()
        # Attack (by accident): the coach's edit of Anna's plan lands in the coach's queue
        with pytest.raises(PopError, match="van " + outage.org.login("anna")):
            carla.save(step(shared.plan, 3), shared.version)
        assert carla.waiting() == 0
        outage.proxy.start()
