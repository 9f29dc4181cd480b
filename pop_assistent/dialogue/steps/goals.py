"""Step 3, doelen: each goal SMART-checked; the one question that fixes the first gap; then one
clean goal sentence proposed from the parts.

The answers to the SMART questions are kept apart, never glued to the goal: a time expression
sets the deadline, a measure goes into `measure`, a sharper "what" replaces the vague one, the
Relevant answer goes into `relevance` (the career project has its own question). The goal is
judged on the sentence those parts make, and when the questions are done that sentence is
proposed ("Zo zou je doel kunnen luiden: ...") for the person to accept or edit. "toch bewaren"
keeps a goal as it is, with a warning. Goals can be rewritten, removed and reordered from any
step ("wijzig doel 2", "schrap doel 1", "verplaats doel 2 naar 1"); a rewrite is checked again.
"""

from __future__ import annotations

import os
import re
from typing import Any

from pop_assistent.conversation.judge import judge_goal
from pop_assistent.conversation.questions import Questions
from pop_assistent.dialogue.session import Session
from pop_assistent.dialogue.steps import StepSpec
from pop_assistent.dialogue.steps.common import (
    date_unclear,
    fit,
    goal_of,
    goal_view,
    no_story,
    preferred_skill_ids,
    stored_field,
    target_phrase,
)
from pop_assistent.dialogue.types import Choice, Step, Widget
from pop_assistent.errors import PopError
from pop_assistent.i18n import N_, translate, translations
from pop_assistent.language.clauses import clause, points_back, subordinate
from pop_assistent.language.skillmatch import stem, words_of
from pop_assistent.model import SMART_KEYS, ActionStatus, Goal, GoalDraft
from pop_assistent.text import answers, formats

KEEP = re.compile(
    r"^(toch )?(bewaren|bewaar( (het|hem|maar|toch))*|houden|keep( it)?( anyway)?|"
    r"laat (maar )?(zo|staan)|zo laten|goed zo)( toch)?$"
)
NOTE_SAMPLES: dict[str, dict[str, Any]] = {
    "goal_ok": {"text": "Tegen juni maak ik het maandrapport zelf."},
    "goal_kept": {"missing": ["measurable"]},
    "project_taken": {"project": "het hoort bij het project digitale klas"},
    "working_time_agreed": {"numbers": [1, 3]},
    "goal_improved": {"fixed": "time_bound"},
    "still_missing": {"criterion": "measurable"},
    "date_unclear": {"reason": "'ooit' is geen datum."},
    "date_past": {"date": "2020-01-01"},
    "need_one": {},
    "goal_now": {"text": "Ik wil beter worden in Excel, tegen 30 juni 2027."},
    "skills_linked": {"skills": ["Rekenbladen (Excel)"]},
    "goal_accepted": {"text": "Ik leid zelfstandig de teamvergadering, tegen 30 juni 2027."},
    "goal_removed": {"number": 2, "text": "Excel", "actions": 1},
    "goal_moved": {"number": 2, "to": 1},
    "project_what": {},
    "sentence_kept": {},
    "words_wanted": {"criterion": "measurable", "said": "ja"},
}


def enter(s: Session) -> None:
    s.ask(MORE if s.plan.goals else TEXT)


def check(s: Session, goal: Goal) -> None:
    """Run the SMART check on one goal (the plan gives context for Realistisch and Relevant)."""
    goal.smart = judge_goal(
        goal,
        s.plan,
        today=s.today,
        lang=s.lang,
        skills=s.resources.skills,
        legal_in_working_time=s.legal_in_working_time,
        required=s.resources.required_words,
    )
    if goal.smart is not None and goal.smart.deadline and goal.deadline is None:
        goal.deadline = goal.smart.deadline


def _link_skills(s: Session, goal: Goal) -> None:
    """Link the goal to the skills it is really about: the employee's own rated skills and
    the role profile's first; loose or ambiguous hits are left out (skillmatch.link_skills)."""
    ids = list(goal.skill_ids)
    prefer = preferred_skill_ids(s)
    own = _own_items_in(s, goal.text)
    for match in s.language.link_skills(goal.text, s.resources.skills, prefer, limit=3):
        used = {stem(w) for phrase in match.matched for w in words_of(phrase)}
        if any(used <= item for item in own):
            continue  # 'programmeren' in the cook's own 'combi-steamer programmeren': no Python
        if match.skill.id not in ids:
            ids.append(match.skill.id)
    lowered = goal.text.lower()
    for rating in s.plan.skills:
        word = rating.label.lower().split(" (")[0].strip()
        if (
            rating.skill_id
            and rating.skill_id not in ids
            and len(word) >= 4
            and re.search(rf"\b{re.escape(word)}\b", lowered)
        ):
            ids.append(rating.skill_id)
    goal.skill_ids = ids


def _own_items_in(s: Session, text: str) -> list[set[str]]:
    """The stems of the employee's own skills (typed, not in the catalogue) that the goal
    names by a word no catalogue skill holds ('combisteamer' for 'de combi-steamer
    programmeren'): the goal is about that own skill, not a catalogue skill sharing its verb."""
    said = {stem(w) for w in words_of(text.replace("-", ""))}
    found = []
    for rating in s.plan.skills:
        if rating.skill_id:
            continue
        words = {stem(w) for w in words_of(rating.label) if len(w) >= 4}
        joined = {stem(w) for w in words_of(rating.label.replace("-", "")) if len(w) >= 4}
        if (joined - words) & said or len(words & said) >= 2:
            found.append(words | joined)
    return found


# --- the goal sentence -----------------------------------------------------------------------


def _moment(s: Session, text: str) -> Any:
    """The time expression inside `text` (a Period), or None."""
    try:
        return s.language.find_period(text)
    except PopError:
        return None


INVERTED = re.compile(r"^(?P<verb>[\w'-]+)\s+(?P<subject>ik|we|wij|i)\b", re.I)
"""After a time taken off the front ('Tegen juni leid ik ...'), the verb before its subject."""


def _without_time(text: str, moment: Any) -> str:
    """`text` with the time expression `moment` taken out; a Dutch clause that began with it
    gets its subject first again ('Tegen juni leid ik de vergadering' -> 'ik leid de
    vergadering'). The text unchanged when the expression is not found in it."""
    at = text.lower().find(moment.text.lower()) if moment.text else -1
    if at < 0:
        return text
    rest = text[:at] + text[at + len(moment.text) :]
    rest = re.sub(r"\s+([,.;])", r"\1", " ".join(rest.split())).strip(" ,;")
    if at == 0 and (m := INVERTED.match(rest)):
        rest = f"{m['subject']} {m['verb']}{rest[m.end() :]}"
    return rest


def _repeats(part: str, whole: str) -> bool:
    """`part` says nothing `whole` does not already say (its words all there, in order)."""
    said = answers.key(part)
    return bool(said) and f" {said} " in f" {answers.key(whole)} "


def _loses_what(s: Session, what: str, measure: str) -> bool:
    """The measure leaves out a telling word of the 'what' ('de combisteamer' in 'ik wil de
    combisteamer leren programmeren' measured by 'dat ik 5 programma's heb ingesteld'): the
    sentence then keeps the 'what' and the measure follows it."""
    moment = _moment(s, what)
    if moment is not None:
        what = _without_time(what, moment)
    kept = [stem(w) for w in words_of(measure.replace("-", "")) if len(w) >= 3]

    def echoed(word: str) -> bool:  # 'digibord' by 'bord', 'programmeren' by 'programma's'
        return any(k in word or len(os.path.commonprefix([k, word])) >= 6 for k in kept)

    return any(len(word) >= 7 and not echoed(word) for word in words_of(what.replace("-", "")))


def compose(s: Session, draft: GoalDraft, what_first: bool = False) -> str:
    """One sentence from the parts. A measure that says what will be seen and stands on its own
    ('dat ik zelfstandig de teamvergadering leid') carries the sentence; otherwise the 'what'
    does and the measure follows it ('Zo zie je het: ...'), unless the 'what' already says it.
    The deadline is named once: another moment in the words gives way to it."""
    _ = translations(s.lang).gettext
    measure = draft.measure.strip().rstrip(" .")
    starts = subordinate(s.lang)
    lead = starts.match(measure) or re.match(r"^(i|ik|we|wij)\b", measure, re.I)
    words = answers.key(starts.sub("", measure)).split()
    alone = bool(measure and lead and not points_back(words)) and not what_first
    alone = alone and not _loses_what(s, draft.what, measure)
    main = measure if alone else draft.what
    moment = _moment(s, main)
    if moment is not None and draft.deadline is not None and moment.deadline != draft.deadline:
        main, moment = _without_time(main, moment), None
    main = clause(main, s.lang)
    sentence = main
    if draft.deadline is not None and moment is None:
        when = formats.long_date(draft.deadline, s.lang)
        sentence = _("{goal}, tegen {date}").format(goal=main, date=when)
    sentence = sentence.rstrip(" .") + "."
    tail = measure
    if tail and not alone and (said := _moment(s, tail)) is not None:
        tail = _without_time(tail, said)  # the sentence names the moment already
    if tail and not alone and not _repeats(tail, draft.what):
        label = _("Zo zie je het")
        tail = clause(tail, s.lang) if starts.match(tail) else tail  # "dat ik het kan"
        first = tail.split(maxsplit=1)[0]
        tail = tail if first in ("I", "I'm", "I'll") else tail[0].lower() + tail[1:]
        sentence += f" {label}: {tail}."
    return sentence[:5000]


def _draft(goal: Goal, s: Session) -> GoalDraft:
    draft = s.pending.draft
    if draft is None:
        draft = GoalDraft(what=goal.text, deadline=goal.deadline, deadline_text=goal.deadline_text)
    return draft


def _judge_draft(s: Session, goal: Goal, draft: GoalDraft, what_first: bool = False) -> None:
    """Judge the goal on the sentence its parts make (the goal's text itself is unchanged
    until the person accepts a sentence); `what_first`: the 'what' carries the sentence (the
    person changed it), the measure follows."""
    sentence = compose(s, draft, what_first)
    original = goal.text
    goal.text = sentence
    check(s, goal)
    goal.text = original
    draft.sentence = sentence


def _after_check(s: Session, goal: Goal, draft: GoalDraft | None = None) -> None:
    """The next question about a goal: the first SMART gap, the proposed sentence, the career
    project, or 'another goal?'."""
    missing = goal.smart.missing() if goal.smart and not goal.kept_with_warning else []
    if missing:
        s.ask(FIX, goal_id=goal.id, criterion=missing[0], draft=draft)
    elif draft is not None and draft.sentence and draft.sentence.strip() != goal.text.strip():
        s.ask(PROPOSE, goal_id=goal.id, draft=draft)
    elif not goal.career_project and s.plan.conversation.resume is None:
        s.ask(PROJECT, goal_id=goal.id)  # not again when a goal is changed later: asked then
    else:
        _done_with(s, goal)


def _done_with(s: Session, goal: Goal) -> None:
    """The goal is settled: back to where the person was before an edit, or 'another goal?'."""
    if not s.resume():
        s.ask(MORE, goal_id=goal.id)


LEADS = ("tegen", "voor", "binnen", "uiterlijk", "ten laatste", "eind", "begin", "in ", "op ",
         "by", "before", "within", "at the", "end of", "in the")  # fmt: skip
DATE_SHAPE = re.compile(
    r"\b\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\b|\b(?:19|20)\d\d\b|"
    r"\b\d{1,2}\s+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|oct|nov|dec)",
    re.I,
)


def _time_attempt(s: Session, text: str) -> Any:
    """A short answer read as a time expression: a Period, a PopError that says why it is not
    usable ('31 februari bestaat niet', "'ooit' is geen tijdstip"), or None when the answer is
    not about time at all."""
    from pop_assistent.language.lexicon import VAGUE_TIME

    text = text.strip()
    if not text or len(text) > 60:
        return None
    try:
        return s.language.parse_period(text)
    except PopError as error:
        folded = answers.key(text)
        vague = any(re.search(rf"\b{re.escape(p)}\b", folded) for p in VAGUE_TIME)
        if len(folded.split()) <= 5 and (vague or DATE_SHAPE.search(text)):
            return error
        return None


def _set_deadline(s: Session, goal: Goal, draft: GoalDraft, period: Any, answer: str) -> bool:
    deadline = period.deadline or period.end
    if getattr(period, "in_past", False):
        s.say("date_past", date=deadline)
        return False
    goal.deadline = deadline
    goal.deadline_text = answer.strip()[:500]
    draft.deadline, draft.deadline_text = deadline, goal.deadline_text
    return True


def _use(s: Session, goal: Goal, draft: GoalDraft, criterion: str, answer: str) -> bool:
    """Put the answer into its own part; False when it cannot be used (a note says why, and
    nothing is stored)."""
    attempt = _time_attempt(s, answer)
    if isinstance(attempt, PopError):
        date_unclear(s, attempt)
        return False
    if attempt is not None:  # a usable moment, whatever was asked: it fixes Tijdgebonden
        rest = _without_time(answer, attempt)
        if not _set_deadline(s, goal, draft, attempt, answer):
            return False
        if criterion == "time_bound" or len(rest.split()) < 3:
            return True
        answer = rest  # 'dat ik tegen juni zelf het menu maak': the measure is kept too
    if criterion == "time_bound" and subordinate(s.lang).match(answer.strip()) and not goal.measure:
        criterion = "measurable"  # 'dat ik het zelf opstel': what will be seen, not when
    if criterion == "time_bound":
        try:
            period = s.language.parse_period(answer)
        except PopError as error:
            date_unclear(s, error)
            return False
        return _set_deadline(s, goal, draft, period, answer)
    text = " ".join(answer.split())
    if not text:
        return False
    if criterion == "relevant":
        goal.relevance = text[:2000]
    elif criterion == "measurable":
        goal.measure = draft.measure = text[:2000]
    elif criterion == "specific":
        draft.what = text[:5000]
    elif _working_time_agreed(s, goal, text):
        pass  # 'in werktijd, mijn baas is akkoord': the goal's actions, not its measure
    else:  # achievable: what makes it feasible is part of what is measured
        goal.measure = draft.measure = (f"{draft.measure}; {text}" if draft.measure else text)[
            :2000
        ]
    return True


WORKING_TIME_SAID = re.compile(
    r"(?<!niet )(?<!not )(?<!geen )\b(?:in\s+|during\s+|tijdens\s+(?:de\s+)?)?(?:werktijd|"
    r"werkuren|diensttijd|working\s+time|work\s+time|working\s+hours|work\s+hours)\b",
    re.I,
)
"""The answer to Realistisch that the learning happens in working time, agreed."""


def _working_time_agreed(s: Session, goal: Goal, text: str) -> bool:
    """'In werktijd, mijn baas is akkoord' at the Realistisch question: the goal's actions are
    agreed as working time (as 'werktijd N' at the planning review), so their hours leave the
    own learning time. False when the answer does not say so or the goal has no actions."""
    if not WORKING_TIME_SAID.search(text):
        return False
    mine = [
        (n, a)
        for n, a in enumerate(s.plan.actions, start=1)
        if a.goal_id == goal.id and a.status != ActionStatus.cancelled
    ]
    if not mine:
        return False
    for _, action in mine:
        action.in_working_time = True
    s.say("working_time_agreed", numbers=[n for n, _ in mine])
    return True


# --- the questions -----------------------------------------------------------------------------


def _new_goal(s: Session, text: str) -> None:
    goal = Goal(text=fit(s, text, 5000))
    s.plan.goals = [*s.plan.goals, goal]
    goal = s.plan.goals[-1]
    _link_skills(s, goal)
    check(s, goal)
    if goal.skill_ids:
        s.say("skills_linked", skills=goal_view(s, goal)["skills"])  # type: ignore[index]
    if goal.smart and goal.smart.all_met:
        s.say("goal_ok", text=goal.text)
    _after_check(s, goal, GoalDraft(what=goal.text, deadline=goal.deadline))


DONE_WORDS = answers.DONE


def set_aside(s: Session) -> list[str]:
    """The goals typed at level questions, still to offer (the first is offered now)."""
    return [line for line in s.plan.conversation.set_aside.splitlines() if line.strip()]


def _offered(s: Session, text: str) -> bool:
    """The answer to a goal typed at a level question and offered back: 'ja' (or 'ja graag',
    'yes please') makes it a goal, 'nee' lets it go; another goal typed keeps it for the next
    time a goal is asked. True when the answer was about the offered goal."""
    queue = set_aside(s)
    if not queue:
        return False
    yes = answers.yes_no(text)
    short = len(answers.after_yes_no(text).split()) < SHORT_REPLY
    if yes is None or not short:
        return False
    s.plan.conversation.set_aside = "\n".join(queue[1:])
    if yes:
        _new_goal(s, queue[0])
    elif queue[1:] or not s.plan.goals:
        s.ask(TEXT)  # the next one set aside, or the question without it
    else:
        s.advance()
    return True


SHORT_REPLY = 5
"""Words after a yes or no that still only answer it ('ja, dat klopt'); more is a goal."""


def _text(s: Session, text: str) -> None:
    if _offered(s, text):
        return
    if answers.yes_no(text) is False or len(text.strip()) < 4 or answers.key(text) in DONE_WORDS:
        if s.plan.goals:
            s.advance()
        else:
            s.say("need_one")
        return
    _new_goal(s, text)


_ANOTHER = re.compile(
    r"\s*(?:nog\s+(?:een|eentje|één|1)(?:\s+doel)?|another(?:\s+one|\s+goal)?"
    r"|one\s+more(?:\s+goal)?)\b[\s,;:.!-]*",
    re.I,
)
"""'nog eentje:', 'another one:' between a yes and the goal it carries."""


def _carried_goal(text: str) -> str:
    """The goal a yes carries ('ja, nog eentje: tegen juni haal ik ...' -> 'tegen juni ...')."""
    rest = answers.after_yes_no(text)
    m = _ANOTHER.match(rest)
    return rest[m.end() :].strip() if m else rest


def _more(s: Session, text: str) -> None:
    if _offered(s, text):
        return
    if answers.yes_no(text) is None and len(text.strip()) > 12:
        _new_goal(s, text)
    elif answers.yes_no(text) and len(carried := _carried_goal(text)) > 12:
        _new_goal(s, carried)  # the yes carries the next goal: it is not lost
    elif answers.yes_no(text):
        s.ask(TEXT)
    elif s.plan.goals:
        s.advance()
    else:
        s.say("need_one")
        s.ask(TEXT)


def _keep(s: Session, goal: Goal) -> None:
    goal.kept_with_warning = True
    s.say("goal_kept", missing=goal.smart.missing() if goal.smart else [])
    _after_check(s, goal, s.pending.draft)  # kept: no gap is asked again


def _fix(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
        return
    criterion = s.pending.criterion or "specific"
    if KEEP.match(answers.key(text)) or answers.key(text).strip(" .!") in answers.NO:
        _keep(s, goal)  # 'nee': nothing to add, the goal stays as it is (with a warning)
        return
    draft = _draft(goal, s).model_copy()
    before = goal.smart.missing() if goal.smart else []
    if criterion != "relevant" and _took_project(s, goal, text):
        return  # a project is no answer to this letter: it is asked again, the project kept
    if criterion == "relevant":
        _took_project(s, goal, text)  # why it matters names the project: that is the answer too
    if criterion != "time_bound" and no_story(text) and _time_attempt(s, text) is None:
        s.say("words_wanted", criterion=criterion, said=text.strip()[:40])  # 'ja' is no measure
        return
    if not _use(s, goal, draft, criterion, text):
        return
    _judge_draft(s, goal, draft)
    after = goal.smart.missing() if goal.smart else []
    fixed = [c for c in before if c not in after]
    if fixed:
        s.say("goal_improved", fixed=fixed[0])
    else:
        s.say("still_missing", criterion=criterion)
    _after_check(s, goal, draft)


PROJECT_NAMED = re.compile(
    r"\b(?:bij|voor|binnen|aan|in|of|for|to|with)\s+(?:het|ons|onze|de|mijn|the|our|my)\s+"
    r"(?:[\w'-]+\s+){0,3}?project\b",
    re.I,
)
"""An answer naming the project the goal belongs to ('het hoort bij het project digitale klas',
'it is part of our digital classroom project')."""


def _took_project(s: Session, goal: Goal, text: str) -> bool:
    """An answer that names the goal's project is the project answer (the project question is
    not asked again); True when it was taken."""
    if goal.career_project or not PROJECT_NAMED.search(text[:2000]):
        return False
    goal.career_project = fit(s, text, 2000)
    s.say("project_taken", project=goal.career_project)
    return True


def _propose(s: Session, text: str) -> None:
    goal = goal_of(s)
    draft = s.pending.draft
    if goal is None or draft is None:
        enter(s)
        return
    yes = answers.yes_no_button(text)
    if yes is None and _took_project(s, goal, text):
        return  # the sentence proposed is still there to accept
    if yes or KEEP.match(answers.key(text)) and not draft.sentence:
        goal.text = draft.sentence or goal.text
    elif yes is False or len(text.strip()) < 8:
        s.ask(SENTENCE, goal_id=goal.id, draft=draft)  # "nee": the parts stay, edit them
        return
    else:
        goal.text = fit(s, text, 5000)  # their own wording of the sentence
    _settle(s, goal)


PARTS = re.compile(
    r"^\s*(?P<part>wat|what|meetbaar|waaraan|measure|measured|tegen wanneer|wanneer|tegen|"
    r"deadline|when|by)\s*[:=]\s*(?P<text>.+)$",
    re.I | re.S,
)
"""'wat: ...', 'meetbaar: ...', 'tegen: ...': one part of the proposed sentence changed."""
PART_OF = {"wat": "specific", "what": "specific", "meetbaar": "measurable",
           "waaraan": "measurable", "measure": "measurable", "measured": "measurable"}  # fmt: skip


def _sentence(s: Session, text: str) -> None:
    """After 'nee' to the proposed sentence: the answers given stay; the person writes the
    sentence their way, changes one part ('tegen: eind 2027', 'wat: ...', or a moment alone),
    or takes the proposal after all ('ok')."""
    goal = goal_of(s)
    draft = s.pending.draft
    if goal is None or draft is None:
        enter(s)
        return
    if KEEP.match(answers.key(text)) or answers.yes_no(text) is True:
        goal.text = draft.sentence or goal.text
        _settle(s, goal)
        return
    part = PARTS.match(text)
    moment = _time_attempt(s, text) if part is None else None
    if part is not None or moment is not None:
        criterion = PART_OF.get(part.group("part").lower(), "time_bound") if part else "time_bound"
        changed = draft.model_copy()
        if not _use(s, goal, changed, criterion, part.group("text") if part else text):
            return
        _judge_draft(s, goal, changed, what_first=criterion == "specific")
        _after_check(s, goal, changed)
        return
    if len(text.strip()) < 8 or answers.yes_no(text) is False:
        s.say("sentence_kept")
        return
    goal.text = fit(s, text, 5000)  # their own sentence; deadline and measure stay,
    if s.language.find_period(goal.text) is not None:  # unless it names its own deadline
        goal.deadline, goal.deadline_text = None, ""
    _settle(s, goal)


def _settle(s: Session, goal: Goal) -> None:
    """The goal's sentence is chosen: judged again, then what it still needs, or its project."""
    check(s, goal)
    if goal.smart and goal.smart.missing() and not goal.kept_with_warning:
        kept = GoalDraft(what=goal.text, measure=goal.measure, deadline=goal.deadline,
                         deadline_text=goal.deadline_text)  # fmt: skip
        _after_check(s, goal, kept)
        return
    s.say("goal_accepted", text=goal.text)
    if not goal.career_project and s.plan.conversation.resume is None:
        s.ask(PROJECT, goal_id=goal.id)
    else:
        _done_with(s, goal)


def rewrite(s: Session, goal: Goal, text: str) -> None:
    """The goal gets a new text; it is linked and judged again, and the gaps are asked."""
    goal.text = fit(s, text, 5000)
    goal.kept_with_warning = False
    goal.deadline, goal.deadline_text = None, ""
    goal.skill_ids = []  # the old words' skills go with them
    _link_skills(s, goal)
    check(s, goal)
    if not (goal.smart and goal.smart.missing()):  # a SMART question says the goal itself
        s.say("goal_now", text=goal.text)
    if goal.smart and goal.smart.all_met:
        s.say("goal_ok", text=goal.text)
    _after_check(s, goal, GoalDraft(what=goal.text, deadline=goal.deadline))


def _rewrite(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
    elif KEEP.match(answers.key(text)) or answers.yes_no(text) is not None:
        _done_with(s, goal)  # keep the text as it is
    else:
        rewrite(s, goal, text)


def _project(s: Session, text: str) -> None:
    goal = goal_of(s)
    if goal is None:
        enter(s)
        return
    # 'nee', 'no', 'geen': no project, not a project called 'no'; 'ja' takes the career
    # target the person named before ('hoofdverpleegkundige worden')
    target = target_phrase(s)
    if answers.yes_no(text) is True and len(text.split()) <= 2:
        if not target:
            s.say("project_what")
            return
        goal.career_project = target
    else:
        goal.career_project = "" if answers.is_skip(text) else fit(s, text, 2000)
    check(s, goal)
    _done_with(s, goal)


def skip(s: Session) -> None:
    goal = goal_of(s)
    if s.q == "fix" and goal is not None:
        _keep(s, goal)
    elif s.q in ("project", "propose", "rewrite", "sentence") and goal is not None:
        _done_with(s, goal)
    elif s.plan.goals:
        s.advance()
    else:
        s.say("need_one")


# --- edits from any step -----------------------------------------------------------------------


def drop(s: Session, goal: Goal) -> None:
    """Remove a goal and the actions that serve it (undo brings both back)."""
    number = s.plan.goals.index(goal) + 1
    actions = s.plan.actions_for(goal.id)
    s.plan.actions = [a for a in s.plan.actions if a.goal_id != goal.id]
    s.plan.goals = [g for g in s.plan.goals if g.id != goal.id]
    s.plan.coach_notes = [n for n in s.plan.coach_notes if n.goal_id != goal.id] + [
        n.model_copy(update={"goal_id": None}) for n in s.plan.coach_notes if n.goal_id == goal.id
    ]
    s.say("goal_removed", number=number, text=goal.text, actions=len(actions))


def move(s: Session, goal: Goal, to: int) -> None:
    """Put a goal at place `to` (1-based, clamped to the list)."""
    goals = [g for g in s.plan.goals if g.id != goal.id]
    place = max(1, min(to, len(goals) + 1))
    number = s.plan.goals.index(goal) + 1
    goals.insert(place - 1, goal)
    s.plan.goals = goals
    s.say("goal_moved", number=number, to=place)


def stored_text(s: Session) -> str:
    goal = goal_of(s)
    return goal.text if goal else ""


def context(s: Session) -> dict[str, Any]:
    _choices(s)
    goal = goal_of(s)
    criterion = s.pending.criterion
    crit = getattr(goal.smart, criterion, None) if goal and goal.smart and criterion else None
    return {
        "goal": goal_view(s, goal),
        "goals": [goal_view(s, g) for g in s.plan.goals],
        "criterion": criterion if criterion in SMART_KEYS else "",
        "reason": crit.reason if crit else "",
        "question": crit.question if crit else "",
        "examples": _specific_examples(s) if criterion == "specific" else [],
        "draft": s.pending.draft.sentence if s.pending.draft else "",
        "parts": s.pending.draft if s.pending.draft else None,
        "to_improve": [r.label for r in s.plan.skills if "to_improve" in r.categories],
        "career": s.plan.occasion.career_project.value if s.plan.occasion.career_project else "",
        "role": s.plan.employee.role,
        "target": target_phrase(s),
        "year": s.today.year + 1,
        "set_aside": next(iter(set_aside(s)), "") if s.pending.question in ("text", "more") else "",
        "own_skill": next(
            (r.label for r in s.plan.skills if "to_improve" in r.categories and r.label), ""
        )[:60],
    }


NEUTRAL_EXAMPLES = (
    N_("een nieuwe machine of app zelfstandig gebruiken"),
    N_("een overleg met collega's leiden"),
)
"""Examples for the Specifiek question when nothing is known about the person's work."""


def _specific_examples(s: Session) -> list[str]:
    """Two examples for the Specifiek question from the person's own skills to improve or role
    profile (a nurse reads nursing skills, a driver driving ones), else neutral ones."""
    labels = [r.label for r in s.plan.skills if "to_improve" in r.categories]
    role = s.resources.role(s.plan.employee.role_profile_id)
    for skill_id, _level in s.resources.role_needs(role) if role is not None else []:
        if skill := s.resources.skill(skill_id):
            labels.append(skill.label(s.lang))
    labels += [r.label for r in s.plan.skills]
    own = list(dict.fromkeys(x.split(" (")[0].lower() for x in labels if x.strip()))
    return (own + [translate(s.lang, example) for example in NEUTRAL_EXAMPLES])[:2]


def _choices(s: Session) -> None:
    _ = translations(s.lang).gettext
    if s.q == "propose":
        s.widget = Widget.choices
        s.choices = (
            Choice(_("Ja, zo"), "ja"),
            Choice(_("Zelf schrijven"), "nee"),
        )
    elif s.q == "fix":
        s.widget = Widget.choices  # after the readings of an ambiguous date, if there are any
        s.choices = (*s.choices, Choice(_("Toch bewaren"), "toch bewaren"))


Q = Questions[Session]("goals")
TEXT = Q.add("text", _text, title=N_("doel"), words=True)


def _fix_stored(s: Session) -> str:
    """What the plan holds for the SMART letter asked (shown when 'terug' comes back to it)."""
    goal = goal_of(s)
    if goal is None:
        return ""
    return {
        "time_bound": goal.deadline_text,
        "measurable": goal.measure,
        "relevant": goal.relevance,
        "specific": s.pending.draft.what if s.pending.draft else "",
    }.get(s.pending.criterion, "")


def _fix_skip(s: Session) -> None:
    """'overslaan' keeps the goal with a warning; 'ok' on a revisited question keeps the answer
    given before and moves on to what the goal still needs."""
    goal = goal_of(s)
    if goal is None:
        enter(s)
    elif s.pending.revisit and _fix_stored(s):
        _after_check(s, goal, s.pending.draft)
    else:
        _keep(s, goal)


FIX = Q.add("fix", _fix, skip=_fix_skip, title=N_("SMART-vraag"),
            stored=_fix_stored, numeric=True)  # fmt: skip
PROPOSE = Q.add("propose", _propose, title=N_("doelzin"), stored=stored_text)
SENTENCE = Q.add("sentence", _sentence, title=N_("doelzin zelf"), words=True)
REWRITE = Q.add(
    "rewrite",
    _rewrite,
    title=N_("doel herschrijven"),
    stored=stored_text,
    words=True,
)
PROJECT = Q.add("project", _project, title=N_("project"),
                stored=stored_field(goal_of, "career_project"), words=True)  # fmt: skip
MORE = Q.add("more", _more, title=N_("nog een doel"), words=True)

SPEC = StepSpec(Step.goals, Q, enter, context, skip, note_samples=NOTE_SAMPLES)
