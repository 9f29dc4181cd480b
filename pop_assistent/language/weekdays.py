"""Days and weeks: "morgen", "deze donderdag", "volgende week woensdag", "maandag over twee
weken", "tegen het weekend", and "na het verlof" (which holidays?).

Weeks are ISO weeks (Monday to Sunday). Where a phrase has two common readings it returns an
`Ambiguity` with both, so the conversation can ask; it never picks one:
- "volgende vrijdag" on a Tuesday: this week's Friday or next week's (on a Saturday only next
  week's Friday is meant); "deze vrijdag" on a Friday: today or next week's;
- "volgend weekend" on a weekday: the coming weekend or the one after;
- "na het verlof", "tegen de vakantie": the Christmas or the summer holidays.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from pop_assistent.i18n import N_, Message
from pop_assistent.language import calendar_nl as cal
from pop_assistent.language.numbers import cardinal
from pop_assistent.language.rules import REL, Ambiguity, Builder, Problem, Result, Span, _g, _part

DAY_OFFSETS = {"TODAY": 0, "TOMORROW": 1, "DAYAFTER": 2, "YESTERDAY": -1, "DAYBEFORE": -2}


def _monday(today: date, weeks: int) -> date:
    """The Monday of the ISO week `weeks` weeks after today's."""
    return today - timedelta(days=today.weekday()) + timedelta(weeks=weeks)


def _day(day: date) -> Span:
    return Span(day, day, "date")


def h_day_word(m: re.Match[str], today: date) -> Result:
    """ "vandaag", "morgen", "overmorgen"; "gisteren" is a day in the past (refused later)."""
    return _day(today + timedelta(days=DAY_OFFSETS[m.group("dw")]))


def h_weekday(m: re.Match[str], today: date) -> Result:
    """ "tegen vrijdag", "komende vrijdag": the first such day after today; "deze vrijdag":
    this week's; "volgende vrijdag": next week's, or either when this week's is still to come."""
    wd, rel = int(m.group("wd")), _g(m, "rel")
    this_week = _monday(today, 0) + timedelta(days=wd)
    if rel == "THIS" and this_week == today:  # "deze vrijdag" on a Friday: today or next week
        return Ambiguity(
            (
                (Message(N_("vandaag")), _day(today)),
                (Message(N_("volgende week")), _day(today + timedelta(weeks=1))),
            )
        )
    if rel == "THIS":
        return _day(this_week)
    if rel == "PREV":
        return _day(this_week - timedelta(weeks=1))
    following = this_week + timedelta(weeks=1)
    if rel == "NEXT" and this_week > today:
        return Ambiguity(
            (
                (Message(N_("deze week")), _day(this_week)),
                (Message(N_("volgende week")), _day(following)),
            )
        )
    return _day(this_week if this_week > today else following)


def _weeks(m: re.Match[str]) -> int | Problem:
    if _g(m, "wrel"):
        return REL[m.group("wrel")]
    amount = _g(m, "n")
    value = 1.0 if amount in ("", "A1") else cardinal(amount[1:])
    if value is None or value != int(value) or not 0 <= value <= 520:
        return Problem(
            Message(N_("‘{weeks} weken’ kan ik niet als een week lezen."), weeks=amount[1:]),
        )
    return int(value)


def h_weekday_in_week(m: re.Match[str], today: date) -> Result:
    """ "volgende week woensdag", "vrijdag van deze week", "maandag over twee weken"."""
    weeks = _weeks(m)
    if isinstance(weeks, Problem):
        return weeks
    return _day(_monday(today, weeks) + timedelta(days=int(m.group("wd"))))


def _weekend(monday: date) -> Span:
    saturday = monday + timedelta(days=5)
    return Span(saturday, saturday + timedelta(days=1), "week", before_start=True)


def h_weekend(m: re.Match[str], today: date) -> Result:
    """ "dit weekend", "tegen het weekend" (by Friday), "volgend weekend" (asked on weekdays)."""
    rel = _g(m, "rel")
    this, following = _weekend(_monday(today, 0)), _weekend(_monday(today, 1))
    if rel == "PREV":
        return _weekend(_monday(today, -1))
    if rel == "NEXT" and today < this.start:
        return Ambiguity(
            (
                (Message(N_("het komende weekend")), this),
                (Message(N_("het weekend erna")), following),
            )
        )
    return following if rel == "NEXT" else this


def h_any_holiday(m: re.Match[str], today: date) -> Result:
    """ "na het verlof", "tegen de vakantie": the Christmas or the summer holidays."""
    anchor = _g(m, "anch")

    def builder(key: str) -> Builder:
        def build(y: int) -> Span:
            first, last = cal.holiday_range(y, key)
            if anchor:
                return _part(first, last, anchor, "anchor")
            return Span(first, last, "anchor", before_start=True, resumes=True)

        return build

    pre = _g(m, "pre")
    lead = next((key for key in ("AFTER", "BEFORE", "BY") if key in pre), "")
    christmas, summer = HOLIDAY_LABELS[lead]
    return Ambiguity(
        ((Message(christmas), builder("Vkerst")), (Message(summer), builder("Vzomer")))
    )


HOLIDAY_LABELS = {
    "AFTER": (N_("na de kerstvakantie"), N_("na de zomervakantie")),
    "BEFORE": (N_("voor de kerstvakantie"), N_("voor de zomervakantie")),
    "BY": (N_("tegen de kerstvakantie"), N_("tegen de zomervakantie")),
    "": (N_("de kerstvakantie"), N_("de zomervakantie")),
}
"""Both readings of "het verlof" with the leading word the person wrote ("na", "voor", "tegen")."""
