"""How a plan becomes the bytes of one stored version, and how those bytes (or an imported
file) become a valid plan again, migrating older documents on the way."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from typing import Any

from pydantic import ValidationError

from pop_assistent.errors import InvalidDataError
from pop_assistent.i18n import N_, Language, Message
from pop_assistent.model import SCHEMA_VERSION, Plan, explain
from pop_assistent.storage.migrations import migrate_document

COMPRESSION_LEVEL = 1
"""zlib level: a plan's JSON shrinks about 4-17x, so 1,000 versions of a large plan stay small.
Level 1, not 6: a plan with a 400-turn conversation (147 kB of JSON) packs in 0.2 ms instead of
0.6 ms, at every answer, for 8.5 kB instead of 6.2 kB on disk (bench/store.py)."""


def encode_plan(plan: Plan) -> tuple[bytes, int]:
    """The compressed compact JSON of a plan at the current schema, and its uncompressed size."""
    if plan.schema_version != SCHEMA_VERSION:
        plan = plan.model_copy(update={"schema_version": SCHEMA_VERSION})
    raw = plan.model_dump_json().encode("utf-8")
    return zlib.compress(raw, COMPRESSION_LEVEL), len(raw)


def decode_plan(blob: bytes, schema_version: int, where: str, limit: int | None = None) -> Plan:
    """A stored version back as a plan; `where` names it in the message if it is damaged.

    `limit`: the most bytes it may inflate to, for documents written by someone else (a few
    kB of zlib can inflate to gigabytes); larger counts as damaged, and is never inflated.
    """
    try:
        raw = zlib.decompress(blob) if limit is None else _inflate(blob, limit)
        if schema_version == SCHEMA_VERSION:
            return Plan.model_validate_json(raw)
        return Plan.model_validate(migrate_document(json.loads(raw)))
    except (zlib.error, ValueError) as exc:
        # ValidationError and JSONDecodeError are both ValueErrors.
        if _newer(exc):
            raise InvalidDataError(
                N_(
                    "{where} is bewaard door een nieuwere versie van POP-assistent en kan met "
                    "deze versie niet gelezen worden. Werk POP-assistent bij; er is niets "
                    "verloren."
                ),
                where=where,
            ) from exc
        raise InvalidDataError(
            N_("{where} is beschadigd en kan niet gelezen worden ({detail})."),
            where=where,
            detail=_detail(exc),
        ) from exc


def _newer(exc: Exception) -> bool:
    """Whether a plan is readable but for fields this version does not know: a newer version
    of the app wrote it (an older one must not save over it and lose them)."""
    return isinstance(exc, ValidationError) and all(
        e["type"] == "extra_forbidden" for e in exc.errors()
    )


def _inflate(blob: bytes, limit: int) -> bytes:
    inflater = zlib.decompressobj()
    raw = inflater.decompress(blob, limit + 1)
    if len(raw) > limit:
        raise ValueError(f"more than {limit // (1024 * 1024)} MB once unpacked")
    if not inflater.eof:
        raise zlib.error("incomplete or truncated stream")
    return raw


def _detail(exc: Exception) -> Callable[[Language], str] | str:
    if isinstance(exc, ValidationError):
        return explained(exc)
    return str(exc)


def explained(exc: ValidationError) -> Callable[[Language], str]:
    """What is wrong in a plan, in the language of the sentence it goes into."""
    return lambda lang: " ".join(explain(exc, lang))


def plan_from_document(doc: Any, source: str) -> Plan:
    """Migrate and validate a parsed document; every problem becomes a sentence."""
    try:
        return Plan.model_validate(migrate_document(doc))
    except ValidationError as exc:
        raise InvalidDataError(
            N_("{source} is geen geldig plan: {why}"), source=source, why=explained(exc)
        ) from exc
    except InvalidDataError as exc:
        raise InvalidDataError(N_("{source}: {why}"), source=source, why=exc) from exc


def parse_json_text(text: str, source: str) -> Any:
    """Parse JSON, or explain where it breaks (line and column) in a sentence."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidDataError(
            N_("{source} is geen geldige JSON (regel {line}, kolom {column}: {reason})."),
            source=source,
            line=exc.lineno,
            column=exc.colno,
            reason=_json_reason(exc.msg),
        ) from exc
    except RecursionError as exc:
        raise InvalidDataError(
            N_("{source} is te diep genest om een plan te zijn."), source=source
        ) from exc


def plan_from_json_text(text: str, source: str) -> Plan:
    """Parse JSON text (an exported or hand-written plan) into a valid, current plan."""
    return plan_from_document(parse_json_text(text, source), source)


JSON_REASONS: dict[str, str] = {
    "Expecting value": N_("hier wordt een waarde verwacht"),
    "Expecting property name enclosed in double quotes": N_(
        "hier wordt een veldnaam tussen dubbele aanhalingstekens verwacht"
    ),
    "Expecting ',' delimiter": N_("hier ontbreekt een komma"),
    "Expecting ':' delimiter": N_("hier ontbreekt een dubbele punt"),
    "Unterminated string starting at": N_(
        "een tekst tussen aanhalingstekens wordt niet afgesloten"
    ),
    "Extra data": N_("na het einde van het plan staat nog tekst"),
    "Invalid control character at": N_("er staat een ongeldig stuurteken in een tekst"),
}
"""Python's reasons (English) as sentences; their English translation is Python's own text."""


def _json_reason(msg: str) -> Message | str:
    return Message(JSON_REASONS[msg]) if msg in JSON_REASONS else msg
