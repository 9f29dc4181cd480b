"""The training plan documents: every format says the same, and no user text breaks one."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from i18n_support import foreign_words, words_of
from openpyxl import load_workbook
from org_support import SETTINGS, TODAY, YEAR, hand_catalogue, hand_plans

from pop_assistent.model import Action, Plan
from pop_assistent.org import build_training_plan, render
from pop_assistent.org.model import TrainingPlan

NASTY = "[bold]x{{ x }}<b>y</b>|=cmd()\x00\x07 # *z*"


def build(plans: list[Plan] | None = None, **kwargs: object) -> TrainingPlan:
    return build_training_plan(
        plans if plans is not None else hand_plans(),
        settings=SETTINGS,
        year=YEAR,
        today=TODAY,
        catalogue=hand_catalogue(),
        **kwargs,  # type: ignore[arg-type]
    )


def pdf_text(data: bytes, tmp_path: Path) -> str:
    assert data.startswith(b"%PDF")
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is installed by .ci/run"
    path = tmp_path / "plan.pdf"
    path.write_bytes(data)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_markdown_has_every_section_with_hand_numbers() -> None:
    md = render(build(), "md").decode()
    for heading in ["1. Visie op leren", "3. Prioriteiten", "6. Budget per afdeling"]:
        assert f"## {heading}" in md
    assert "Wij leren elke dag." in md and "Leren is werk." in md
    for name in ["a. strategisch", "b. wettelijk verplicht", "c. gevraagd door leidinggevenden"]:
        assert f"### {name}" in md
    assert "### d. gevraagd vanuit de werkvloer" in md
    # Totaal: 4 employees, 3,30 FTE, 5 actions, 50 h, 6,25 days, 1,89 days/FTE, EUR 1.170
    assert "| Totaal | 4 | 3,30 | 5 | 50 | 6,3 | 1,9 (onder het doel) | 1.170 |" in md
    assert "| Productie | 500 | 1.020 | -520 (overschreden) |" in md
    assert "| Ann Aerts | Logistiek | Heftruck opfrissing | 15 jun 2022 | 15 jun 2027 | ja |" in md


def test_english_labels() -> None:
    md = render(build(lang="en"), "md").decode()
    assert "## 3. Priorities" in md and "### b. legally required" in md
    assert "| Total | 4 | 3.30 | 5 | 50 | 6.3 | 1.9 (below target) | 1,170 |" in md


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for part in value for text in _strings(part)]
    return []


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_documents_are_in_one_language(lang: str) -> None:
    """Cluster names, sheet names, '(geen afdeling)' and numbers follow the reader's language;
    only what people typed (names, titles, the vision) is left out of the check."""
    plans = hand_plans()
    plans[0] = plans[0].model_copy(
        update={"employee": plans[0].employee.model_copy(update={"department": ""})}
    )
    catalogue = hand_catalogue()
    typed = words_of(
        [text for plan in plans for text in _strings(plan.model_dump(mode="json"))]
        + [text for item in catalogue.items for text in _strings(item.model_dump(mode="json"))]
        + _strings(SETTINGS.model_dump(mode="json"))
    )
    plan = build(plans, lang=lang)
    md = render(plan, "md").decode()
    book = load_workbook(io.BytesIO(render(plan, "xlsx")))
    said = re.sub(r"\S+\.toml", " ", md.replace("\\", ""))  # a setting's name is no word
    assert foreign_words(said + " " + " ".join(book.sheetnames), typed, lang) == []
    assert ("(no department)" if lang == "en" else "(geen afdeling)") in md
    if lang == "en":
        assert book.sheetnames[0] == "Overview" and "### d. asked from the work floor" in md


def test_html_escapes_user_text() -> None:
    plans = hand_plans()
    plans[0] = plans[0].model_copy(
        update={"actions": [*plans[0].actions, Action(title=NASTY, start=TODAY.replace(2027))]}
    )
    html = render(build(plans), "html").decode()
    assert "&lt;b&gt;y&lt;/b&gt;" in html and "<b>y</b>" not in html
    assert "\x00" not in html and "cmd()" in html  # the NUL was removed at the boundary
    md = render(build(plans), "md").decode()
    assert "\\<b\\>y\\</b\\>" in md and "\\|=cmd()" in md


def test_pdf_reads_the_same_numbers(tmp_path: Path) -> None:
    text = pdf_text(render(build(), "pdf"), tmp_path)
    assert "Opleidingsplan 2027: Testbedrijf" in text
    assert "b. wettelijk verplicht" in text and "Heftruck opfrissing" in text
    assert "1.170" in text and "Ann Aerts" in text


def test_pseudonymised_documents_hold_no_names(tmp_path: Path) -> None:
    """The four hand plans with the smallest group allowed (3): every format renders, without a
    name, a role, a pseudonym number or a date per person."""
    three = SETTINGS.model_copy(update={"min_group_size": 3})
    plan = build_training_plan(
        hand_plans(), settings=three, year=YEAR, today=TODAY, catalogue=hand_catalogue(),
        pseudonymise=True,
    )  # fmt: skip
    names = ["Ann", "Bram", "Chris", "Dina", "Aerts", "Magazijnier", "Ploegleider", "Planner"]
    documents = [render(plan, f).decode("utf-8-sig") for f in ("md", "html", "csv")]
    documents.append(pdf_text(render(plan, "pdf"), tmp_path))
    book = load_workbook(io.BytesIO(render(plan, "xlsx")))
    documents.append(" ".join(str(c.value) for ws in book for row in ws.iter_rows() for c in row))
    for doc in documents:
        assert "Medewerker 00" not in doc and "15 jun 2022" not in doc
        assert not any(name in doc for name in names), [n for n in names if n in doc]
    assert "ondernemingsraad" in documents[0] and "minstens 3 mensen" in documents[0]
    assert "Overige afdelingen" in documents[0]


def test_csv_lists_actions_and_defuses_formulas() -> None:
    plans = hand_plans()
    day = TODAY.replace(2027)
    risky = ["=HYPERLINK(1)", "\t=1+1", " =1+1", "\r=1+1", "@SUM(A1)", "+1", "-1+2", "  @x"]
    added = [Action(title=title, hours=0.25, start=day) for title in risky]
    plans[3] = plans[3].model_copy(update={"actions": [*plans[3].actions, *added]})
    data = render(build(plans), "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel reads the accents right
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Afdeling", "Medewerker", "Functie", "Opleiding"]
    assert len(rows) == 1 + 5 + len(risky)  # header, the five hand-counted actions, the added
    hours = sum(float(r[10].replace(",", ".")) for r in rows[1:])
    assert hours == pytest.approx(50 + 0.25 * len(risky))
    titles = [r[3] for r in rows[1:] if r[1] == "Dina Dewulf"]
    assert len(titles) == len(risky) and all(t.startswith("'") for t in titles), titles


def test_xlsx_has_every_table_and_no_formulas() -> None:
    plans = hand_plans()
    plans[1] = plans[1].model_copy(
        update={"actions": [*plans[1].actions, Action(title="=1+1", start=TODAY.replace(2027))]}
    )
    book = load_workbook(io.BytesIO(render(build(plans), "xlsx")))
    assert book.sheetnames == [
        "Overzicht",
        "Clusters",
        "Opleidingen",
        "Behoeften",
        "Attesten",
        "Acties",
        "Visie",
    ]
    overview = {row[0]: row for row in book["Overzicht"].iter_rows(min_row=2, values_only=True)}
    assert overview["Logistiek"][4] == 21 and overview["Productie"][9] == 1020
    assert overview["Productie"][11] == -520
    cells = [c for row in book["Acties"].iter_rows() for c in row if c.value == "=1+1"]
    assert len(cells) == 1 and cells[0].data_type == "s"


def test_big_and_odd_text_does_not_break_any_format(tmp_path: Path) -> None:
    plans = hand_plans()
    big = "lang " * 200_000  # 1 MB of vision text
    settings = SETTINGS.model_copy(update={"vision": big[:1000] + NASTY, "name": NASTY})
    odd = plans[2].employee.model_copy(update={"name": NASTY, "department": NASTY})
    plans[2] = plans[2].model_copy(update={"employee": odd})
    plan = build_training_plan(
        plans, settings=settings, year=YEAR, today=TODAY, catalogue=hand_catalogue()
    )
    for fmt in ("md", "html", "csv", "xlsx"):
        assert render(plan, fmt)
    assert "Testbedrijf" not in pdf_text(render(plan, "pdf"), tmp_path)
    huge = SETTINGS.model_copy(update={"vision": big})
    assert len(render(build_training_plan([], settings=huge, year=YEAR, today=TODAY), "md")) > 1e6


def test_one_title_per_action_dutch_dates_and_budget_hint(tmp_path: Path) -> None:
    plans = hand_plans()
    ann = plans[0]
    renamed = ann.actions[1].model_copy(update={"title": "Excel voor de maandrapportage"})
    ann = ann.model_copy(update={"actions": [ann.actions[0], renamed, *ann.actions[2:]]})
    no_budget = SETTINGS.model_copy(update={"budgets_eur": {}})
    plan = build_training_plan(
        [ann, *plans[1:]], settings=no_budget, year=YEAR, today=TODAY, catalogue=hand_catalogue()
    )
    md = render(plan, "md").decode()
    assert md.count("Excel voor de maandrapportage") == 2  # section 3 and the detail list
    assert "| Excel basis |" not in md
    assert "opgemaakt op 24 november 2026" in md and "2026-11-24" not in md
    assert "10 mei 2027" in md and "1 mrt 2027" in md
    assert not any(ch.isdigit() and "-" in ch for ch in md.split() if len(ch) == 10)
    assert "org.budgets_eur" not in md
    assert "Er is geen budget ingesteld voor Logistiek en Productie (stel het in" in md
    budget = md.split("## 6. Budget per afdeling")[1].split("##")[0]
    rows = [line for line in budget.splitlines() if line.startswith("| Logistiek")]
    assert rows and all(cell.strip() for cell in rows[0].strip("|").split("|"))
    html = render(plan, "html").decode()
    assert "Excel voor de maandrapportage" in html and "24 november 2026" in html
    text = " ".join(pdf_text(render(plan, "pdf"), tmp_path).split())
    assert "24 november 2026" in text and "2026-11-24" not in text
    assert "Excel voor de maandrapportage" in text and "10 mei 2027" in text
    assert (
        "Er is geen budget ingesteld voor Logistiek en Productie (stel het in onder [org] "
        "budgets_eur in config.toml)." in text
    )
    english = build_training_plan(
        [ann, *plans[1:]], settings=no_budget, year=YEAR, today=TODAY,
        catalogue=hand_catalogue(), lang="en",
    )  # fmt: skip
    md_en = render(english, "md").decode()
    assert "24 November 2026" in md_en and "10 May 2027" in md_en
    assert "No budget is set for Logistiek and Productie" in md_en


def test_the_pdf_draws_chinese_with_the_installed_fallback_font(tmp_path: Path) -> None:
    """The training plan is typeset by the plan's own Typst path, fallback fonts included."""
    fallback = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
    if not Path(fallback).is_file():
        pytest.skip("fonts-droid-fallback is not installed here; .ci/run installs it")
    plans = hand_plans()
    plans[0].actions[1].title = "收银系统 Excel basis"
    path = tmp_path / "opleidingsplan.pdf"
    path.write_bytes(render(build(plans), "pdf"))
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    assert "DroidSansFallback" in fonts.stdout
    assert "收银系统" in pdf_text(path.read_bytes(), tmp_path).replace("\n", "")
