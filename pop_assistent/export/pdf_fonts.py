"""Fonts for text the PDF's own fonts cannot show: Chinese, Japanese, Korean, emoji.

Typst's embedded fonts (Libertinus Serif, New Computer Modern, DejaVu Sans Mono) cover Latin,
Greek and Cyrillic. A plan with 中文 or 😀 needs more, and shipping it was measured and
refused: the wheel is 0.5 MB, Droid Sans Fallback (Chinese, Japanese) is 4.0 MB, Noto Color
Emoji 11 MB, Noto Sans CJK 91 MB installed. So when a plan holds such text, the fonts of the
Debian/Ubuntu packages below are used if they are installed (only then, so every other PDF
looks the same everywhere), and when none is, the person is told which characters stay empty
boxes and what to install, or to choose HTML, where the browser shows them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pop_assistent.i18n import N_, Language, say, translate


@dataclass(frozen=True)
class Script:
    """Characters the embedded fonts lack, and the installed fonts that have them."""

    name: str
    """The script's name, a msgid ("Koreaans")."""
    ranges: tuple[tuple[int, int], ...]
    files: tuple[str, ...]
    package: str


SCRIPTS: tuple[Script, ...] = (
    Script(
        N_("Chinees of Japans"),
        (
            (0x2E80, 0x2FDF),  # CJK radicals
            (0x3000, 0x30FF),  # CJK punctuation, hiragana, katakana
            (0x3400, 0x4DBF),  # CJK extension A
            (0x4E00, 0x9FFF),  # CJK unified ideographs
            (0xF900, 0xFAFF),  # CJK compatibility ideographs
            (0xFF00, 0xFFEF),  # full-width forms
        ),
        (
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        ),
        "fonts-droid-fallback",
    ),
    Script(
        N_("Koreaans"),
        ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),
        (
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        ),
        "fonts-noto-cjk",
    ),
    Script(
        N_("emoji"),
        ((0x1F000, 0x1FAFF), (0x2600, 0x27BF)),
        ("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",),
        "fonts-noto-color-emoji",
    ),
)


def scripts_in(text: str) -> list[Script]:
    """The scripts of SCRIPTS that `text` uses (in SCRIPTS order)."""
    points = {ord(ch) for ch in text if ord(ch) >= 0x1100}
    return [
        script
        for script in SCRIPTS
        if any(lo <= point <= hi for point in points for lo, hi in script.ranges)
    ]


def font_folders(scripts: list[Script]) -> tuple[str, ...]:
    """Folders holding an installed font for each script (for typst's font_paths)."""
    folders: list[str] = []
    for script in scripts:
        for file in script.files:
            if Path(file).is_file():
                folder = str(Path(file).parent)
                if folder not in folders:
                    folders.append(folder)
                break
    return tuple(folders)


def missing_fonts_note(text: str, lang: Language) -> str | None:
    """A sentence when some of `text` will show as empty boxes in the PDF, else None."""
    lacking = [s for s in scripts_in(text) if not any(Path(f).is_file() for f in s.files)]
    if not lacking:
        return None
    names = ", ".join(translate(lang, s.name) for s in lacking)
    packages = " ".join(dict.fromkeys(s.package for s in lacking))
    return say(
        lang,
        N_(
            "Let op: deze computer heeft geen lettertype voor sommige tekens van het plan "
            "({names}); de PDF toont ze als lege vakjes. Installeer ze met 'apt install "
            "{packages}' (Debian/Ubuntu), of exporteer als HTML (-f html): je browser toont ze "
            "wel."
        ),
        names=names,
        packages=packages,
    )
