"""The catalogue fields HR writes for people outside offices: `sectoren` on resources and role
profiles, `synoniemen` on role profiles, `situaties` on skills. They load, are checked with a
sentence, survive a spreadsheet round trip and are described in the JSON schema."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from catalogue_sheets_support import write_csv

from pop_assistent.catalogue import Catalogue, load_catalogue, load_skills
from pop_assistent.cli import main
from pop_assistent.dialogue.resources import Resources

TODAY = date(2026, 11, 24)

SKILLS = """\
- id: tillen
  nl: Tillen en heffen
  en: Lifting and handling
  groep: Veiligheid en welzijn
  synoniemen: [heffen, rugschool]
  situaties:
  - ik krijg pijn in mijn rug van het tillen
  - hoe help ik een bewoner recht zonder mezelf te bezeren?

- id: kassa
  nl: Kassa bedienen
  en: Operating the till
  groep: Klant en verkoop
"""

ROLES = """\
- id: zorgkundige
  naam: {nl: Zorgkundige, en: Care assistant}
  afdeling: Woonzorgcentrum
  sectoren: [Zorg]
  synoniemen: [verzorgende IG, helpende]
  vaardigheden:
  - {vaardigheid: tillen, niveau: 3}
"""

ITEMS = """\
- id: til-zorg
  titel: Tillen en verplaatsen van bewoners
  type: intern
  thema: Zorg
  sectoren: [zorg, ' Kinderopvang']
  vaardigheden: [tillen]
  duur_uren: 3
  sessies:
  - {datum: 2026-12-08, plaats: Gent, plaatsen: 12}

- id: kassa-basis
  titel: Werken aan de kassa
  type: intern
  vaardigheden: [kassa]
  duur_uren: 2
"""


def write_catalogue(folder: Path, items: str = ITEMS, skills: str = SKILLS) -> Path:
    (folder / "leermiddelen").mkdir(parents=True)
    (folder / "vaardigheden.yaml").write_text(skills, encoding="utf-8")
    (folder / "functieprofielen.yaml").write_text(ROLES, encoding="utf-8")
    (folder / "leermiddelen" / "zorg.yaml").write_text(items, encoding="utf-8")
    return folder


def test_sectors_and_situations_load_as_hr_wrote_them(tmp_path: Path) -> None:
    catalogue = load_catalogue(write_catalogue(tmp_path / "c"), today=TODAY)
    assert [p.text() for p in catalogue.problems] == []
    item = catalogue.item("til-zorg")
    assert item is not None and item.sectors == ["zorg", "kinderopvang"]
    assert catalogue.item("kassa-basis").sectors == []  # type: ignore[union-attr]
    role = catalogue.role("zorgkundige")
    assert role is not None and role.sectors == ["zorg"]
    assert role.synonyms == ["verzorgende IG", "helpende"]
    lifting = catalogue.skill("tillen")
    assert (
        lifting is not None and lifting.situations[0] == "ik krijg pijn in mijn rug van het tillen"
    )
    assert catalogue.skill("kassa").situations == []  # type: ignore[union-attr]
    assert load_skills(tmp_path / "c") == catalogue.skills


def test_a_bad_sector_skips_only_its_entry_with_a_sentence(tmp_path: Path) -> None:
    folder = write_catalogue(tmp_path / "c", ITEMS.replace("' Kinderopvang'", "zorg & welzijn"))
    catalogue = load_catalogue(folder, today=TODAY)
    assert len(catalogue.problems) == 1
    problem = catalogue.problems[0]
    assert problem.entry_id == "til-zorg" and (problem.field or "").startswith("sectoren")
    assert "'zorg & welzijn' is geen sectorwoord" in problem.message.message()
    assert problem.line is not None and problem.line >= 5
    assert catalogue.item("til-zorg") is None and catalogue.item("kassa-basis") is not None


def test_a_situation_that_is_not_text_skips_only_its_skill(tmp_path: Path) -> None:
    skills = SKILLS.replace("  - hoe help ik", "  - {vraag: hoe}\n  - hoe help ik")
    catalogue = load_catalogue(write_catalogue(tmp_path / "c", skills=skills), today=TODAY)
    assert {p.entry_id for p in catalogue.problems} >= {"tillen"}
    assert any(p.field is not None and p.field.startswith("situaties") for p in catalogue.problems)
    assert catalogue.skill("tillen") is None and catalogue.skill("kassa") is not None


def test_sectors_survive_a_spreadsheet_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POP_CATALOGUS", str(write_catalogue(tmp_path / "c")))
    items = load_catalogue(tmp_path / "c", today=TODAY).items
    sheet = tmp_path / "opleidingen.csv"
    write_csv(items, sheet)
    assert "zorg; kinderopvang" in sheet.read_text(encoding="utf-8-sig")
    out = tmp_path / "c" / "leermiddelen" / "import.yaml"
    (tmp_path / "c" / "leermiddelen" / "zorg.yaml").unlink()
    assert main(["catalogus", "importeer", str(sheet), "-o", str(out)]) == 0
    assert "sectoren: [zorg, kinderopvang]" in out.read_text(encoding="utf-8")
    assert load_catalogue(tmp_path / "c", today=TODAY).items == items


def test_schema_describes_sectors_and_situations(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalogus", "schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    defs = schema["$defs"]
    sectors = defs["CatalogueItem"]["properties"]["sectoren"]
    assert sectors["type"] == "array" and "zorg" in sectors["description"]
    assert {"sectoren", "synoniemen"} <= set(defs["Functieprofiel"]["properties"])
    situations = defs["Vaardigheid"]["properties"]["situaties"]
    assert situations["items"]["type"] == "string" and "rug" in situations["description"]
    assert defs["Vaardigheid"]["additionalProperties"] is False


@pytest.fixture(scope="module")
def shipped() -> Catalogue:
    return load_catalogue(today=TODAY)


@pytest.mark.parametrize(
    ("typed", "role_id"),
    [
        ("verpleger", "verpleegkundige"),
        ("verzorgende IG", "zorgkundige"),
        ("kuisvrouw", "schoonmaker"),
        ("kelner", "zaalmedewerker"),
        ("magazijnier", "magazijnmedewerker"),
        ("juf", "leerkracht-lager"),
        ("administratief medewerker", "administratief-medewerker"),
        ("onderhoudstechnicus", "onderhoudstechnicus"),
        ("astronaut", None),
        # a qualifier does not outweigh the head noun ("it" hides in "city")
        ("city bus driver", "buschauffeur"),
        ("schoolbuschauffeur", "buschauffeur"),
        ("ziekenhuisverpleegkundige", "verpleegkundige"),
        # the word that tells close profiles apart decides; female and male forms are one role
        ("lerares lager onderwijs", "leerkracht-lager"),
        ("leerkracht secundair", "leerkracht-secundair"),
        ("verpleegster", "verpleegkundige"),
        ("kinderbegeleidster", "kinderbegeleider"),
        # nothing close: say so rather than pick a far profile
        ("software developer", None),
    ],
)
def test_the_conversation_knows_a_role_by_its_other_names(
    shipped: Catalogue, typed: str, role_id: str | None
) -> None:
    role = Resources(TODAY, "nl", lambda: shipped).match_role(typed)
    assert (role.id if role is not None else None) == role_id
