"""Plan commands that change or remove stored plans: herstel, importeer, verwijder."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from pop_assistent.i18n import N_

if TYPE_CHECKING:
    from pop_assistent.commands.context import Context


def run_restore(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import clean

    store = ctx.store()
    plan_id = store.resolve(args.plan)
    latest = store.load(plan_id)
    name = clean(latest.plan.employee.name)
    if args.versie == latest.version:
        print(
            ctx.gettext(
                "Versie {version} is al de nieuwste versie van het plan van {name}. Er is "
                "niets veranderd."
            ).format(version=args.versie, name=name),
            file=ctx.out,
        )
        return 0
    new = store.restore(plan_id, args.versie, base_version=latest.version)
    print(
        ctx.gettext(
            "Versie {version} van het plan van {name} is teruggezet als versie {new}. De "
            "andere versies blijven bewaard."
        ).format(version=args.versie, name=name, new=new),
        file=ctx.out,
    )
    return 0


def run_import(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import clean
    from pop_assistent.errors import PlanNotFoundError
    from pop_assistent.model import SCHEMA_VERSION
    from pop_assistent.storage.codec import parse_json_text, plan_from_document

    path = Path(args.bestand)
    text = _read_text(path, ctx)
    doc = parse_json_text(text, path.name)
    old_schema = doc.get("schema_version", 0) if isinstance(doc, dict) else SCHEMA_VERSION
    plan = plan_from_document(doc, path.name)
    name = clean(plan.employee.name)
    note = ctx.gettext("geïmporteerd uit {path_name}").format(path_name=path.name)
    store = ctx.store()
    try:
        current = store.load(plan.id)
    except PlanNotFoundError:
        current = None
    if old_schema != SCHEMA_VERSION:
        print(
            ctx.gettext(
                "Het bestand had een oudere vorm (schemaversie {old_schema}); het is omgezet "
                "naar versie {SCHEMA_VERSION}."
            ).format(old_schema=old_schema, SCHEMA_VERSION=SCHEMA_VERSION),
            file=ctx.out,
        )
    if current is None:
        store.save(plan, None, note=note)
        print(
            ctx.gettext("Het plan van {name} is geïmporteerd (id {plan_id}, versie 1).").format(
                name=name, plan_id=plan.id
            ),
            file=ctx.out,
        )
    elif current.plan == plan:
        print(
            ctx.gettext(
                "Het plan van {name} ({plan_id}) is al zo bewaard (versie {current_version}); er "
                "is niets veranderd."
            ).format(name=name, plan_id=plan.id, current_version=current.version),
            file=ctx.out,
        )
        return 0
    else:
        version = store.save(plan, current.version, note=note)
        print(
            ctx.gettext(
                "Het plan van {name} ({plan_id}) bestond al: de import is bewaard als versie "
                "{version}. De vorige versies blijven bewaard (pop geschiedenis {plan_id})."
            ).format(name=name, plan_id=plan.id, version=version),
            file=ctx.out,
        )
    print(
        ctx.gettext("Bekijk het met: pop toon {plan_id}").format(plan_id=plan.id),
        file=ctx.out,
    )
    return 0


def _read_text(path: Path, ctx: Context) -> str:
    from pop_assistent.errors import InvalidDataError, PopError

    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise PopError(N_("Het bestand {path} bestaat niet."), path=path) from exc
    except IsADirectoryError as exc:
        raise PopError(N_("{path} is een map, geen bestand."), path=path) from exc
    except UnicodeDecodeError as exc:
        raise InvalidDataError(
            N_("{name} is geen tekstbestand (UTF-8); een plan is een JSON-bestand."), name=path.name
        ) from exc
    except OSError as exc:
        raise PopError(
            N_("{path} kan niet gelezen worden: {strerror}."), path=path, strerror=exc.strerror
        ) from exc


def run_delete(args: argparse.Namespace, ctx: Context) -> int:
    from pop_assistent.commands.plan_view import clean
    from pop_assistent.errors import PopError

    store = ctx.store()
    plan_id = store.resolve(args.plan)
    count = len(store.history(plan_id))
    name = clean(store.load(plan_id).plan.employee.name)
    what = (
        ctx.gettext("het plan van {name} ({plan_id}) en alle {count} versies")
        if count > 1
        else ctx.gettext("het plan van {name} ({plan_id}) en zijn enige versie")
    ).format(name=name, plan_id=plan_id, count=count)
    if not args.ja:
        if not sys.stdin.isatty():
            raise PopError(
                N_(
                    "Verwijderen moet je bevestigen: typ de opdracht in een terminal, of voeg --ja "
                    "toe als je zeker bent (pop verwijder {plan_id} --ja)."
                ),
                plan_id=plan_id,
            )
        ctx.out.write(ctx.gettext("Typ ja om {what} definitief te verwijderen: ").format(what=what))
        ctx.out.flush()
        answer = sys.stdin.readline().strip().lower()
        if answer not in ("ja", "yes"):
            print(ctx.gettext("Er is niets verwijderd."), file=ctx.out)
            return 1
    store.delete(plan_id)
    print(ctx.gettext("Verwijderd: {what}.").format(what=what), file=ctx.out)
    return 0
