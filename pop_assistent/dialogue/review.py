"""Review mode: a coach looks at a plan someone shared with them, without a front end.

A plan shared with a coach in the shared store can be read; the database lets the coach add a
note and a signature (rows with the coach's login as author), and nothing else: no walk-through
answer and no check-in could ever be saved. So review mode asks nothing: it shows where the plan
stands (what is late, the next check-in, progress, notes, signatures) and offers what the store
allows. Looking saves nothing; a note or a signature is one explicit act each, and the plan is
read again after it so the screen shows it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pop_assistent.i18n import SOURCE_LANGUAGE, Language, language_or_source, translations
from pop_assistent.model import Plan
from pop_assistent.planning.due import follow_up
from pop_assistent.planning.progress import percent_done, whole_percent
from pop_assistent.storage import owner_if_shared
from pop_assistent.storage.base import PlanStore
from pop_assistent.text.escape import markdown
from pop_assistent.text.formats import long_date, short_date

MAX_NOTE = 10000


@dataclass
class Review:
    """One plan opened for review (`open_review`); `plan` and `version` are as stored."""

    store: PlanStore
    plan_id: str
    owner: str
    today: date
    lang: Language = SOURCE_LANGUAGE
    country: str = "BE"
    plan: Plan = field(init=False)
    version: int = field(init=False)

    def __post_init__(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the plan as it is stored now (after a note or signature, or someone's save)."""
        stored = self.store.load(self.plan_id)
        self.plan, self.version = stored.plan, stored.version

    @property
    def name(self) -> str:
        return self.plan.employee.name or self.plan.id

    def label(self) -> str:
        """'Je bekijkt het plan van Ann Claes als coach': the top line of the screen."""
        _ = translations(self.lang).gettext
        return _("Je bekijkt het plan van {name} als coach").format(name=self.name)

    def can_check_in(self) -> str | None:
        """None when a check-in could be saved here; else the sentence why not (a check-in is
        a new version of the plan, and only its owner saves versions)."""
        _ = translations(self.lang).gettext
        return _(
            "Een opvolging bewaart een nieuwe versie van het plan, en dat kan alleen {name} zelf "
            "(met 'pop opvolging' of F9 in de eigen app). Zet je feedback in een notitie (F5)."
        ).format(name=self.name)

    def summary(self) -> str:
        """Where the plan stands, in Markdown: what is late, the check-ins, progress, notes,
        signatures, and what the coach can do here."""
        _ = translations(self.lang).gettext
        lang, plan = self.lang, self.plan
        name = markdown(self.name)
        lines = [
            _("Je bekijkt het plan van **{name}** (versie {version}). Hier wordt niets "
              "bewaard door te kijken.").format(name=name, version=self.version)
        ]  # fmt: skip
        state = follow_up(plan, self.today, self.country)
        lines.append("")
        if state.overdue:
            lines.append(_("**Te laat** op {day}:").format(day=long_date(self.today, lang)))
            for item in state.overdue[:6]:
                title = f": {markdown(item.title)}" if item.title else ""
                lines.append(f"- {item.what(lang)}{title} ({item.lateness(lang)})")
            if len(state.overdue) > 6:
                more = len(state.overdue) - 6
                lines.append(_("- … en nog {count}").format(count=more))
        else:
            lines.append(_("Niets te laat."))
        last = state.last_held
        when = long_date(last, lang) if last else _("nog nooit")
        lines.append("")
        lines.append(_("Vorige opvolging: {when}.").format(when=when))
        coming = state.next_check_in
        late = f" ({coming.lateness(lang)})" if coming.overdue else ""
        day = long_date(coming.date, lang)
        lines.append(_("Volgende opvolging: {when}{late}.").format(when=day, late=late))
        running = plan.conversation.check_in
        if running is not None and running.answered:
            lines.append(_("{name} is bezig met een opvolging die nog niet afgerond is.").format(
                name=name))  # fmt: skip
        if plan.actions:
            done = whole_percent(percent_done(plan).percent)
            lines.append(_("Voortgang: {percent}% van het leerwerk.").format(percent=done))
        else:
            lines.append(_("Er zijn nog geen leeracties gepland."))
        if plan.coach_notes:
            lines.append("")
            lines.append(_("**Notities** ({count}, Ctrl+N om ze te lezen):").format(
                count=len(plan.coach_notes)))  # fmt: skip
            for note in plan.coach_notes[-3:]:
                who = markdown(note.author) if note.author else "?"
                text = markdown(" ".join(note.text.split()))
                text = text if len(text) <= 120 else text[:119] + "…"
                lines.append(f"- {short_date(note.written_on, lang)}, {who}: {text}")
        if plan.sign_offs:
            lines.append("")
            for sign in plan.sign_offs:
                changed = _(", sindsdien gewijzigd") if plan.changed_since(sign) else ""
                lines.append(
                    _("Ondertekend door {who} op {day}{changed}.").format(
                        who=markdown(sign.name), day=long_date(sign.signed_on, lang),
                        changed=changed)
                )  # fmt: skip
        lines.append("")
        lines.append(
            _("Je kunt een notitie zetten (F5), de notities lezen (Ctrl+N), het plan "
              "medeondertekenen (F6) of exporteren (F7). Esc: terug naar de lijst.")
        )  # fmt: skip
        return "\n".join(lines)

    def add_note(self, text: str, *, private: bool, goal_id: str | None) -> str:
        """Write a note with this login as its author; the sentence that says so. Raises
        PopError with a sentence (an empty note, the database refused)."""
        from pop_assistent.errors import PopError

        _ = translations(self.lang).gettext
        words = " ".join(text.split())
        if not words:
            raise PopError(_("Een notitie mag niet leeg zijn."))
        add = getattr(self.store, "add_note", None)
        if not callable(add):
            raise PopError(_("Deze opslag kan geen notities bij andermans plan bewaren."))
        add(self.plan_id, words[:MAX_NOTE], private=private, goal_id=goal_id, on=self.today)
        self.reload()
        if private:
            said = _("Privénotitie bewaard bij het plan van {name}: alleen jij kunt ze lezen.")
            return said.format(name=self.name)
        return _("Notitie bewaard bij het plan van {name}, met jouw login als auteur; {name} kan "
                 "ze lezen.").format(name=self.name)  # fmt: skip

    def sign(self, role: str = "coach") -> str:
        """Co-sign the latest version as coach (or manager); the sentence that says so."""
        from pop_assistent.errors import PopError
        from pop_assistent.model import label

        _ = translations(self.lang).gettext
        sign = getattr(self.store, "sign", None)
        if not callable(sign):
            raise PopError(_("Deze opslag kan geen handtekening bij andermans plan bewaren."))
        version = sign(self.plan_id, role, self.today)
        self.reload()
        return _("Je hebt versie {version} van het plan van {name} ondertekend als {role}.").format(
            version=version, name=self.name, role=label(role, self.lang))  # fmt: skip


def open_review(
    store: PlanStore,
    ref: str,
    *,
    today: date,
    lang: Language = SOURCE_LANGUAGE,
    country: str = "BE",
) -> Review | None:
    """A Review when `ref` names a plan someone shared with this login, else None (one's own
    plan opens in the conversation)."""
    plan_id = store.resolve(ref)
    owner = owner_if_shared(store, plan_id)
    if owner is None:
        return None
    return Review(store, plan_id, owner, today, language_or_source(lang), country)
