"""`pop catalogus zoek|advies|schema` as a user runs them."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.cli import main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_zoek_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["catalogus", "zoek", "exel"], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:2] == ["TITEL", "TYPE"]
    assert any("ext-excel-draaitabellen" in line and "€ 495" in line for line in lines)
    assert lines[-1].endswith("leermiddel(en)")


def test_zoek_filters_with_dutch_values(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        [
            "catalogus",
            "zoek",
            "",
            "--type",
            "extern_gecertificeerd",
            "--max-kost",
            "300",
            "--max-uren",
            "8",
            "--taal",
            "nl",
            "--vorm",
            "klassikaal",
            "--json",
            "--aantal",
            "100",
        ],
        capsys,
    )
    assert code == 0
    items = json.loads(out)
    assert items
    for item in items:
        assert item["type"] == "extern_gecertificeerd" and item["kostprijs_eur"] <= 300
        assert item["duur_uren"] <= 8 and item["taal"] == "nl" and item["vorm"] == "klassikaal"


def test_zoek_rejects_unknown_type(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["catalogus", "zoek", "x", "--type", "internal"])
    assert exc.value.code == 2
    assert "'internal' is geen soort leermiddel; kies intern" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.000", 1000.0), ("€ 500,50", 500.5), ("3,5", 3.5), ("250", 250.0), ("12 u", 12.0)],
)
def test_amounts_are_read_the_way_flemish_hr_types_them(text: str, value: float) -> None:
    from pop_assistent.commands.catalogue_args import amount

    assert amount(text) == value


@pytest.mark.parametrize("bad", ["abc", "-5", "nan", "1.0.0,0,0"])
def test_bad_amounts_and_counts_are_refused(bad: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["catalogus", "zoek", "x", "--max-kost", bad])
    assert exc.value.code == 2 and "geen bedrag" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["catalogus", "zoek", "x", "--aantal", "0"])
    assert "vanaf 1" in capsys.readouterr().err


def test_filters_accept_capitals_short_forms_and_language_names(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        ["catalogus", "zoek", "", "--type", "Extern", "--taal", "Frans", "--json"], capsys
    )
    items = json.loads(out)
    assert code == 0 and items
    assert all(i["type"] == "extern_gecertificeerd" and i["taal"] == "fr" for i in items)
    code, out, _ = run(["catalogus", "zoek", "", "--vorm", "werkvloer", "--json"], capsys)
    assert {i["vorm"] for i in json.loads(out)} == {"op de werkvloer"}


def test_zoek_says_how_many_matched_when_it_shows_fewer(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(["catalogus", "zoek", "", "--aantal", "5"], capsys)
    assert code == 0 and "5 van " in out and "meer met --aantal" in out


def test_zoek_nothing_found_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--taal", "en", "catalogus", "zoek", "qwxzyv"], capsys)
    assert code == 0 and out.strip() == "Nothing found."


def test_advies_json_best_first(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["catalogus", "advies", "Ik wil mijn VCA-diploma halen", "--json"], capsys)
    assert code == 0
    data = json.loads(out)
    assert data and {"id", "titel", "type", "reden", "score"} <= set(data[0])
    assert [d["score"] for d in data] == sorted((d["score"] for d in data), reverse=True)
    assert data[0]["id"] in {"vca-basis", "vca-vol"}


def test_advies_text_and_skill_option(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        ["catalogus", "advies", "beter worden", "--vaardigheden", "lassen", "--aantal", "2"], capsys
    )
    assert code == 0
    assert out.startswith("1. ") and "2. " in out and "3. " not in out
    assert "lassen" in out.lower() and "dekt je vaardigheid" in out


def test_advies_without_match_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["catalogus", "advies", "qwxzyv"], capsys)
    assert code == 0 and "liever niets voor dan te gokken" in out
    assert "Welke vaardigheid wil je hiermee versterken?" in out and "eigen actie" in out


def test_advies_a_private_wish_gets_a_question_not_a_list(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(
        ["catalogus", "advies", "ik wil leren gitaar spelen", "--functie", "magazijnier"], capsys
    )
    assert code == 0 and "1. " not in out
    lines = out.splitlines()
    assert "Welke vaardigheid wil je hiermee versterken?" in lines
    offered = [line for line in lines if line.startswith("  - ")]
    assert offered and all(line.endswith(")") for line in offered)  # name (id)
    code, out, _ = run(["catalogus", "advies", "ik wil leren gitaar spelen", "--json"], capsys)
    assert code == 0 and json.loads(out) == []


def test_advies_weighs_the_sector_of_the_person(capsys: pytest.CaptureFixture[str]) -> None:
    goal = "ik ben hoofdverpleegkundige en wil beter leidinggeven aan mijn team"
    code, out, _ = run(["catalogus", "advies", goal, "--sector", "zorg", "--json"], capsys)
    assert code == 0
    from pop_assistent.catalogue import load_catalogue

    catalogue = load_catalogue(today=date(2026, 11, 24))
    top = [catalogue.item(d["id"]) for d in json.loads(out)[:3]]
    assert top and all(i is not None and (not i.sectors or "zorg" in i.sectors) for i in top)
    assert any(i is not None and "zorg" in i.sectors for i in top)


def test_schema_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "schema.json"
    code, out, _ = run(["catalogus", "schema", "-o", str(target)], capsys)
    assert code == 0 and str(target) in out
    schema = json.loads(target.read_text(encoding="utf-8"))
    item = schema["$defs"]["CatalogueItem"]
    assert schema["type"] == "array"
    assert {"titel", "type", "duur_uren", "kostprijs_eur", "sessies"} <= set(item["properties"])
    assert {"id", "titel", "type", "duur_uren"} <= set(item["required"])
    assert item["additionalProperties"] is False


def test_shipped_schema_is_current(capsys: pytest.CaptureFixture[str]) -> None:
    from pop_assistent.paths import resource_dir

    code, out, _ = run(["catalogus", "schema"], capsys)
    assert code == 0
    assert out == (resource_dir("catalogus") / "schema.json").read_text(encoding="utf-8")


def test_catalogus_uses_configured_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("POP_CATALOGUS", str(tmp_path / "geen"))
    code, _, err = run(["catalogus", "zoek", "excel"], capsys)
    assert code == 2 and "bestaat niet" in err
