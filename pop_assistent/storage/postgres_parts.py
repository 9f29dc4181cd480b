"""Notes and signatures in the shared store: rows with the author the database recorded.

In the shared store a plan document holds neither notes nor signatures. Each note and each
signature is a row whose author (`author`, `signer`) is the login that wrote it, filled in by the
database; a loaded plan gets them back as `coach_notes` and `sign_offs`, the author shown as the
person's name (from `people`) or login. Saving a plan writes the notes and signatures it gained
as rows of the saving login; whatever row-level security refuses (a signature as coach or
manager on one's own plan, anything on someone else's plan) is not written, and the database's
refusal is passed on as a notice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import date
from typing import Any

import psycopg
from psycopg import errors

from pop_assistent.errors import PopError
from pop_assistent.i18n import N_
from pop_assistent.model import CoachNote, Plan, SignerRole, SignOff, label
from pop_assistent.storage.postgres_errors import database_words
from pop_assistent.storage.postgres_migrations import CARRIED_OVER

ROLE_ORDER = {"employee": 0, "coach": 1, "manager": 2}
PlanKey = tuple[str, str]


def display_names(conn: psycopg.Connection) -> dict[str, str]:
    """Login -> name, for the people this login may see (itself, its coaches, its people)."""
    rows = conn.execute("SELECT login, display_name FROM known_people()").fetchall()
    return {str(login): str(name) for login, name in rows if name}


OLD_STORE = "uit de oude opslag"


def shown(login: str, names: dict[str, str], written: str = "", old: bool = False) -> str:
    """'Carla Coene (carla)', or the login alone when there is no name. A note or signature
    carried over from an older store (`old`) says so: 'Els Jacobs (uit de oude opslag)' with
    the name it was written with while no login has it, 'Els Jacobs (els; uit de oude
    opslag)' once the administrator gave it to hers."""
    if login == CARRIED_OVER:
        return f"{written or '?'} ({OLD_STORE})"
    name = names.get(login, "")
    mark = f"; {OLD_STORE}" if old else ""
    return f"{name} ({login}{mark})" if name and name != login else f"{login}{mark}"


NOTE_COLUMNS = (
    "owner, plan_id, client_id, goal_id, author, author_name, migrated, body, private, "
    "written_on, recorded_at, id"
)
SIGNATURE_COLUMNS = "owner, plan_id, role, signer, signer_name, signed_on, version, recorded_at, id"


def _notes_sql(where: str) -> str:
    """One's own notes and notes on one's own plans (row-level security), and as a coach those
    on the plans shared with one (a function)."""
    return (
        "SELECT owner, plan_id, client_id, goal_id, author, author_name, migrated, body, "
        f"private, written_on FROM (SELECT {NOTE_COLUMNS} FROM notes UNION ALL "
        f"SELECT {NOTE_COLUMNS} FROM coached_notes()) n {where} ORDER BY recorded_at, id"
    )


def _signatures_sql(where: str) -> str:
    return (
        "SELECT DISTINCT ON (owner, plan_id, role, signer, signer_name) owner, plan_id, role, "
        f"signer, signer_name, signed_on, version FROM (SELECT {SIGNATURE_COLUMNS} FROM signatures "
        f"UNION ALL SELECT {SIGNATURE_COLUMNS} FROM coached_signatures()) g {where} "
        "ORDER BY owner, plan_id, role, signer, signer_name, recorded_at DESC, id DESC"
    )


def _collect(
    conn: psycopg.Connection, where: str, params: tuple[Any, ...], names: dict[str, str]
) -> tuple[dict[PlanKey, list[CoachNote]], dict[PlanKey, list[SignOff]]]:
    notes: dict[PlanKey, list[CoachNote]] = defaultdict(list)
    for owner, plan_id, cid, goal, author, written, old, body, private, on in conn.execute(
        _notes_sql(where), params
    ):
        notes[(owner, plan_id)].append(
            CoachNote(
                id=cid,
                goal_id=goal,
                author=shown(author, names, written, old)[:200],
                text=body,
                private=private,
                written_on=on,
            )
        )
    signs: dict[PlanKey, list[SignOff]] = defaultdict(list)
    for owner, plan_id, role, signer, written, on, version in conn.execute(
        _signatures_sql(where), params
    ):
        signs[(owner, plan_id)].append(
            SignOff(
                role=SignerRole(role),
                name=shown(signer, names, written)[:200],
                signed_on=on,
                plan_version=version,
            )
        )
    for items in signs.values():
        items.sort(key=lambda s: ROLE_ORDER[str(s.role)])
    return notes, signs


def with_parts(conn: psycopg.Connection, owner: str, doc: Plan) -> Plan:
    """One plan document with its notes and signatures."""
    names = display_names(conn)
    notes, signs = _collect(conn, "WHERE owner = %s AND plan_id = %s", (owner, doc.id), names)
    key = (owner, doc.id)
    return doc.model_copy(update={"coach_notes": notes[key], "sign_offs": signs[key]})


def with_signed_content(plan: Plan, read: Callable[[int], Plan | None]) -> Plan:
    """`plan` whose signatures carry the fingerprint of the version each signed (`read` gives
    a stored version's document, None when it is gone), so a plan changed since signing says
    so here as it does in the embedded store, where the fingerprint is part of the document."""
    fingerprints: dict[int, str] = {}
    signs = []
    for sign in plan.sign_offs:
        version = sign.plan_version
        if version is not None and not sign.fingerprint:
            if version not in fingerprints:
                signed = read(version)
                fingerprints[version] = signed.content_fingerprint() if signed else ""
            sign = sign.model_copy(update={"fingerprint": fingerprints[version]})
        signs.append(sign)
    return plan.model_copy(update={"sign_offs": signs})


def all_parts(
    conn: psycopg.Connection,
) -> Callable[[str, Plan], Plan]:
    """Every note and signature this login may read, ready to dress many documents."""
    names = display_names(conn)
    notes, signs = _collect(conn, "", (), names)

    def dress(owner: str, doc: Plan) -> Plan:
        key = (owner, doc.id)
        return doc.model_copy(
            update={"coach_notes": notes.get(key, []), "sign_offs": signs.get(key, [])}
        )

    return dress


def bare(plan: Plan) -> Plan:
    """The plan document as the shared store keeps it: without notes and signatures."""
    return plan.model_copy(update={"coach_notes": [], "sign_offs": []})


def save_parts(
    conn: psycopg.Connection,
    plan: Plan,
    version: int,
    refused: Callable[[PopError], None],
) -> None:
    """Write the notes and signatures `plan` gained, as rows of this login on its own plan."""
    known = {
        str(cid)
        for (cid,) in conn.execute(
            "SELECT client_id FROM notes WHERE owner = session_user AND plan_id = %s", (plan.id,)
        )
    }
    for note in plan.coach_notes:
        if note.id in known:
            continue
        conn.execute(
            "INSERT INTO notes (owner, plan_id, client_id, goal_id, body, private, written_on) "
            "VALUES (session_user, %s, %s, %s, %s, %s, COALESCE(%s, current_date)) "
            "ON CONFLICT DO NOTHING",
            (plan.id, note.id[:100], note.goal_id, note.text, note.private, note.written_on),
        )
    names = display_names(conn)
    signed = conn.execute(
        "SELECT role, signer, signer_name, signed_on, version FROM signatures "
        "WHERE owner = session_user AND plan_id = %s",
        (plan.id,),
    ).fetchall()
    for sign in plan.sign_offs:
        role = str(sign.role)
        same_day = [
            (s, w)
            for r, s, w, on, v in signed
            if r == role
            and on == sign.signed_on
            and sign.plan_version in (None, v)  # signing again after a change is a new row
        ]
        if role == "employee" and same_day:
            continue  # the owner's own signature that day, whatever name it shows
        if any(sign.name in (s, shown(s, names, w)) for s, w in same_day):
            continue
        try:
            with conn.transaction():
                conn.execute(
                    "INSERT INTO signatures (owner, plan_id, version, role, signed_on) "
                    "VALUES (session_user, %s, %s, %s, %s)",
                    (plan.id, version, role, sign.signed_on),
                )
        except errors.InsufficientPrivilege as exc:
            refused(signature_refused(sign, database_words(exc)))


def signature_refused(sign: SignOff, words: str) -> PopError:
    return PopError(
        N_(
            "De handtekening als {role} ({name}) is niet bewaard: de gedeelde database weigert "
            "ze ({words}). Een {role} tekent met de eigen login: 'pop teken PLAN'."
        ),
        role=lambda lang: label(sign.role, lang),
        name=sign.name,
        words=words,
    )


def add_note(
    conn: psycopg.Connection,
    owner: str,
    plan_id: str,
    client_id: str,
    text: str,
    *,
    private: bool,
    goal_id: str | None,
    on: date,
) -> None:
    """A note by this login on a plan it may annotate (row-level security decides)."""
    conn.execute(
        "INSERT INTO notes (owner, plan_id, client_id, goal_id, body, private, written_on) "
        "VALUES (%s, %s, %s, %s, %s, %s, %s)",
        (owner, plan_id, client_id, goal_id, text, private, on),
    )


def add_signature(
    conn: psycopg.Connection, owner: str, plan_id: str, version: int, role: str, on: date
) -> None:
    """A signature by this login (row-level security decides which roles it may sign as)."""
    conn.execute(
        "INSERT INTO signatures (owner, plan_id, version, role, signed_on) "
        "VALUES (%s, %s, %s, %s, %s)",
        (owner, plan_id, version, role, on),
    )
