"""Every template of the conversation renders in both languages, with a full and an empty plan,
under StrictUndefined: a missing variable or a broken template fails here, not for a user."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from dialogue_fixtures import catalogue

from pop_assistent.conversation.prompts import prompts_dir, render
from pop_assistent.demo import karim, sophie
from pop_assistent.dialogue import STEP_ORDER, Step, new_plan
from pop_assistent.dialogue.language_bridge import LanguageBridge
from pop_assistent.dialogue.render import COMMON_NOTE_SAMPLES, note_text, question_text
from pop_assistent.dialogue.resources import Resources
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import spec
from pop_assistent.model import GoalDraft, Pending, Plan
from pop_assistent.text.escape import markdown as md_escape

LANGS = ("nl", "en")
STEP_TEMPLATES = [step.value for step in STEP_ORDER]
NOTE_TEMPLATES = [f"{step.value}_notes" for step in STEP_ORDER] + ["common_notes"]


def plans(today: date) -> dict[str, Plan]:
    full = karim(today)
    full.coach_notes = sophie(today).coach_notes
    return {"full": full, "empty": new_plan("?", today)}


def session(plan: Plan, today: date, lang: str, coach: bool) -> Session:
    return Session(
        plan=plan.model_copy(deep=True),
        today=today,
        lang=lang,
        coach_mode=coach,
        country="BE",
        resources=Resources(today, lang, catalogue),
        language=LanguageBridge(today, lang),
    )


def pending_for(plan: Plan, q: str, field: str = "hours") -> Pending:
    return Pending(
        question=q,
        criterion="time_bound",
        todo=["0"],
        mode="rec",
        listing=["mooc-digitale-samenwerking", "ext-projectmanagement-basis"],
        query="x",
        goal_id=plan.goals[0].id if plan.goals else None,
        action_id=plan.actions[0].id if plan.actions else None,
        draft=GoalDraft(what="x", sentence="Ik leid het overleg, tegen 30 juni 2027."),
        field=field,
        revisit=True,
    )


def every_question(
    plan: Plan, today: date, lang: str, coach: bool
) -> Iterator[tuple[Step, str, str]]:
    """Every question of every step as the person reads it: (step, question key, text)."""
    for step in STEP_ORDER:
        for q in spec(step).questions.keys:
            s = session(plan, today, lang, coach)
            s.plan.conversation.step = step.value
            s.plan.conversation.pending = pending_for(s.plan, q)
            yield step, q, question_text(s)


def note_keys(lang: str, template: str) -> set[str]:
    text = (Path(prompts_dir()) / lang / f"{template}.md.j2").read_text(encoding="utf-8")
    return set(re.findall(r'note == "([a-z_]+)"', text))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["full", "empty"])
@pytest.mark.parametrize("coach", [False, True])
def test_every_question_renders(today: date, lang: str, kind: str, coach: bool) -> None:
    for step, q, text in every_question(plans(today)[kind], today, lang, coach):
        assert text.strip(), (step, q)
        assert "{{" not in text and "{%" not in text
        if coach and kind == "full" and q in {"kind", "strengths", "text", "review"}:
            assert ("Coachvraag" if lang == "nl" else "Coaching question") in text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["full", "empty"])
def test_every_note_renders(today: date, lang: str, kind: str) -> None:
    plan = plans(today)[kind]
    for step in STEP_ORDER:
        samples = spec(step).note_samples
        assert note_keys(lang, f"{step.value}_notes") == set(samples), step
        s = session(plan, today, lang, False)
        s.plan.conversation.step = step.value
        for key, values in samples.items():
            assert note_text(s, f"{step.value}_notes", key, values).strip(), (step, key)
    assert note_keys(lang, "common_notes") == set(COMMON_NOTE_SAMPLES)
    s = session(plan, today, lang, True)
    for key, values in COMMON_NOTE_SAMPLES.items():
        assert note_text(s, "common_notes", key, values).strip(), key


def test_both_languages_have_the_same_templates() -> None:
    folder = Path(prompts_dir())
    for name in STEP_TEMPLATES + NOTE_TEMPLATES:
        assert (folder / "nl" / f"{name}.md.j2").is_file(), name
        assert (folder / "en" / f"{name}.md.j2").is_file(), name


def test_a_missing_variable_fails_loudly(today: date) -> None:
    from jinja2 import UndefinedError

    with pytest.raises(UndefinedError):
        render("nl", "occasion", q="kind")  # no name, no coach_mode


def test_user_text_is_never_markup_or_template(today: date) -> None:
    plan = new_plan("{{ plan.id }} [bold]Eva[/bold] <b>", today)
    plan.employee.role = "{% raw %}x"
    s = session(plan, today, "nl", False)
    s.plan.conversation.step = Step.occasion.value
    s.plan.conversation.pending = Pending(question="department")
    text = question_text(s)
    assert "\\{% raw %\\}x" in text and "{{ plan.id }}" not in text  # the first name is "{{"
    from markdown_it import MarkdownIt

    assert "{% raw %}x" in MarkdownIt("commonmark").render(text)  # shown as typed
    assert md_escape("[bold] <b> *x* `y` a\x1bb") == "\\[bold\\] \\<b\\> \\*x\\* \\`y\\` a␛b"


# -- Markdown structure: a list never swallows the sentence after it -------------------------
def _swallowed(text: str) -> list[str]:
    """List items whose text runs on into a following line, and paragraphs hiding a list."""
    from markdown_it import MarkdownIt

    depth, found = 0, []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "list_item_open":
            depth += 1
        elif token.type == "list_item_close":
            depth -= 1
        elif token.type == "inline" and depth and "\n" in token.content:
            found.append(token.content)
        elif token.type == "inline" and not depth:
            lines = token.content.split("\n")[1:]
            found += [line for line in lines if re.match(r"(\d+[.)]|[-*+])\s", line)]
    return found


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("coach", [False, True])
def test_lists_and_paragraphs_stay_apart(today: date, lang: str, coach: bool) -> None:
    plan = plans(today)["full"]
    for step, q, text in every_question(plan, today, lang, coach):
        assert not _swallowed(text), (step, q, text)
    for step in STEP_ORDER:
        s = session(plan, today, lang, coach)
        s.plan.conversation.step = step.value
        for key, values in spec(step).note_samples.items():
            text = note_text(s, f"{step.value}_notes", key, values)
            assert not _swallowed(text), (step, key, text)
    s = session(plan, today, lang, coach)
    for key, values in COMMON_NOTE_SAMPLES.items():
        assert not _swallowed(note_text(s, "common_notes", key, values)), key


def test_the_swallow_check_catches_a_run_on_item() -> None:
    from pop_assistent.conversation.prompts import separate_lists

    broken = "Je doelen:\n1. Excel leren\nWil je nog een doel?"
    assert _swallowed(broken) == ["Excel leren\nWil je nog een doel?"]
    assert _swallowed(separate_lists(broken)) == []
    nested = "- een\n  verder\n- twee\n\nTekst"
    assert separate_lists(nested) == nested


@pytest.mark.parametrize("lang", LANGS)
def test_no_template_puts_a_sentence_right_under_a_list_item(lang: str) -> None:
    """Also the check-in templates (rendered by the follow-up): in the source, a list line is
    followed by another list line, a blank line, or a jinja tag, never by a plain sentence."""
    item = re.compile(r"^(\d+\.|-|\{\{ ?[a-z_.]+ ?\}\}\.)\s")
    for path in sorted((Path(prompts_dir()) / lang).glob("*.md.j2")):
        lines = path.read_text(encoding="utf-8").split("\n")
        for line, following in zip(lines, lines[1:], strict=False):
            if item.match(line.strip()):
                after = following.strip()
                ok = not after or item.match(after) or after.startswith(("{%", "{#"))
                assert ok, (path.name, line, following)
