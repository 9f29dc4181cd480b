"""Issue 18, point 11: Chinese text and emoji in a plan are drawn in the PDF with the fonts of
the Debian packages when they are installed (.ci/run installs them), and when they are not,
`pop exporteer` says which characters stay empty boxes and what to do. Real PDFs, read back
with poppler's pdffonts and pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from pop_assistent.cli import main
from pop_assistent.demo import demo_plans
from pop_assistent.export import export_plan, pdf_fonts

Capture = pytest.CaptureFixture[str]
CHINESE = "学习使用新的收银系统"
EMOJI = "😀🚀"


def plan_with_chinese_and_emoji(today: date):  # type: ignore[no-untyped-def]
    plan = demo_plans(today)[0]
    plan.goals[0].text = f"{CHINESE} {EMOJI} tegen juni 2027"
    return plan


def poppler(tool: str, pdf: Path) -> str:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} (poppler-utils) is not installed; .ci/run installs it")
    return subprocess.run(
        [tool, str(pdf), "-"] if tool == "pdftotext" else [tool, str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def installed(script: pdf_fonts.Script) -> bool:
    return any(Path(f).is_file() for f in script.files)


def test_chinese_and_emoji_are_drawn_with_installed_fonts(tmp_path: Path, today: date) -> None:
    chinese, _, emoji = pdf_fonts.SCRIPTS
    if not (installed(chinese) and installed(emoji)):
        pytest.skip(
            "fonts-droid-fallback and fonts-noto-color-emoji are not installed here; "
            ".ci/run installs them"
        )
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(bytes(export_plan(plan_with_chinese_and_emoji(today), "pdf", today=today)))
    fonts = poppler("pdffonts", pdf)
    assert "DroidSansFallback" in fonts or "NotoSansCJK" in fonts or "WenQuanYi" in fonts
    assert "Type 3" in fonts  # the colour emoji are drawn as pictures
    assert CHINESE in poppler("pdftotext", pdf).replace("\n", "")


def test_a_latin_plan_uses_only_the_embedded_fonts(tmp_path: Path, today: date) -> None:
    pdf = tmp_path / "plan.pdf"
    pdf.write_bytes(bytes(export_plan(demo_plans(today)[0], "pdf", today=today)))
    fonts = poppler("pdffonts", pdf)
    assert "DroidSans" not in fonts and "Type 3" not in fonts


def test_missing_fonts_are_said_with_what_to_install(
    capsys: Capture, tmp_path: Path, today: date, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tuple(
        pdf_fonts.Script(s.name, s.ranges, ("/nergens/font.ttf",), s.package)
        for s in pdf_fonts.SCRIPTS
    )
    monkeypatch.setattr(pdf_fonts, "SCRIPTS", gone)
    plan = plan_with_chinese_and_emoji(today)
    source = tmp_path / "plan.json"
    source.write_text(plan.to_json())
    code = main(["exporteer", str(source), "-f", "pdf", "-o", str(tmp_path / "plan.pdf")])
    err = capsys.readouterr().err
    assert code == 0 and (tmp_path / "plan.pdf").is_file()
    assert "lege vakjes" in err and "Chinees of Japans, emoji" in err
    assert "apt install fonts-droid-fallback fonts-noto-color-emoji" in err and "-f html" in err
    code = main(["exporteer", str(source), "-f", "html", "-o", str(tmp_path / "plan.html")])
    assert "lege vakjes" not in capsys.readouterr().err  # HTML shows them: nothing to say
    assert CHINESE in (tmp_path / "plan.html").read_text()
