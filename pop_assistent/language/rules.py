"""The time-expression rules: regular expressions over canonical tokens, each with a handler.

A handler returns a `Span`, a function from a year to a `Span` (for expressions without a year,
resolved to the first occurrence that is not over yet), or a `Problem` (an impossible date, a
vague amount). The `dates` module picks the longest match and applies the leading word
("tegen", "voor", "na").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from pop_assistent.i18n import N_, Message
from pop_assistent.language import calendar_nl as cal
from pop_assistent.text import formats


@dataclass(frozen=True, slots=True)
class Span:
    """A period found by a rule, before the leading word is applied."""

    start: date
    end: date
    kind: str
    closed_end: bool = False
    """True for "eind juni" and spans: "voor eind juni" still means the end of June."""
    before_start: bool = False
    """True for seasons and holidays: "tegen kerst" means before it starts."""
    resumes: bool = False
    """True for school holidays: "na de kerstvakantie" is the day school resumes."""
    whole: Span | None = None
    """For the end of a period ("eind juni": 21-30 June): the whole period (June), which
    "tegen eind juni" spans: during June, at the latest on its last day."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a matched expression cannot be used (translated where it is shown)."""

    text: Message


Builder = Callable[[int], Span]


@dataclass(frozen=True, slots=True)
class Ambiguity:
    """Two common readings of one expression ("volgende vrijdag", "na het verlof"): each a
    short label (a msgid, translated where it is shown) and its span or builder. Never
    resolved by guessing."""

    options: tuple[tuple[Message, Span | Builder], ...]


Result = Span | Builder | Problem | Ambiguity
Handler = Callable[["re.Match[str]", date], Result]

PRE = r"(?P<pre>(?:(?:BY|BEFORE|AFTER|IN|OF) )*)"
ANCH = r"(?:(?P<anch>BEGIN|MID|END|N0\.5) (?:OF )?)?"
REL_WORD = r"(?:NEXT|SOON|THIS|PREV|AFTERNEXT)"
YEAR = r"(?:OF )?(?:Y(?P<y>\d{4})|(?P<yrel>NEXT|SOON|THIS|PREV|AFTERNEXT) UY|(?P<ybare>UY))"
YEAR_STRICT = r"(?:OF )?(?:Y(?P<y>\d{4})|(?P<yrel>NEXT|SOON|THIS|PREV|AFTERNEXT) UY)"
REL = {"NEXT": 1, "SOON": 1, "THIS": 0, "PREV": -1, "AFTERNEXT": 2}
FAR_YEARS = 30


def _g(match: re.Match[str], name: str) -> str:
    """A named group, or "" when the pattern has no such group or it did not take part."""
    return match.groupdict().get(name) or ""


def _year(match: re.Match[str], today: date) -> int | None:
    """The year named in the match (absolute or relative), or None when there is none."""
    if _g(match, "y"):
        return int(match.group("y"))
    if _g(match, "yrel"):
        return today.year + REL[match.group("yrel")]
    return None


def _part(first: date, last: date, anchor: str | None, kind: str) -> Span:
    """Begin / middle / end of a period: thirds of it, by whole months when it is long."""
    whole = Span(first, last, kind)
    if not anchor:
        return whole
    days = (last - first).days + 1
    if first.day == 1 and last == cal.month_end(first.year, first.month):
        cuts = (first.replace(day=10), first.replace(day=20))  # a month: 1-10, 11-20, 21-end
    elif days <= 31:  # a week or two of holidays: thirds by days
        cuts = (first + timedelta(days=days // 3 - 1), first + timedelta(days=2 * days // 3 - 1))
    elif days > 300 and (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        return {
            "BEGIN": Span(first, cal.month_end(first.year, 3), "anchor"),
            "MID": Span(date(first.year, 5, 1), date(first.year, 6, 30), "anchor"),
            "N0.5": Span(date(first.year, 5, 1), date(first.year, 6, 30), "anchor"),  # "half 2027"
        }.get(anchor, Span(date(last.year, 10, 1), last, "anchor", True, whole=whole))
    else:
        third = days // 3
        cuts = (first + timedelta(days=third - 1), first + timedelta(days=2 * third - 1))
        months = round(days / 30.4)
        if months >= 3:
            step = max(1, months // 3)
            m1 = (first.month - 1 + step) % 12 + 1
            y1 = first.year + (first.month - 1 + step) // 12
            m2 = (last.month - 1 - step) % 12 + 1
            y2 = last.year - (1 if last.month - step < 1 else 0)
            cuts = (date(y1, m1, 1) - timedelta(days=1), cal.month_end(y2, m2))
    if anchor == "BEGIN":
        return Span(first, cuts[0], "anchor")
    if anchor in ("MID", "N0.5"):
        return Span(cuts[0] + timedelta(days=1), cuts[1], "anchor")
    return Span(cuts[1] + timedelta(days=1), last, "anchor", closed_end=True, whole=whole)


def _with_year(match: re.Match[str], today: date, build: Builder) -> Result:
    year = _year(match, today)
    return build if year is None else build(year)


def h_month(m: re.Match[str], today: date) -> Result:
    month = int(_g(m, "m"))
    anchor = _g(m, "anch")
    if anchor == "N0.5":  # "half maart": the 15th
        return _with_year(m, today, lambda y: Span(date(y, month, 15), date(y, month, 15), "date"))
    return _with_year(m, today, lambda y: _part(*cal.month_range(y, month), anchor, "month"))


def h_week_of(m: re.Match[str], today: date) -> Result:
    """ "in de week van 14 december": Monday to Sunday of the week that holds the date."""
    found = h_day_month(m, today)
    if isinstance(found, (Problem, Ambiguity)):
        return found

    def week(span: Span) -> Span:
        monday = span.start - timedelta(days=span.start.weekday())
        return Span(monday, monday + timedelta(days=6), "week", closed_end=True)

    if isinstance(found, Span):
        return week(found)
    build: Builder = found
    return lambda year: week(build(year))


def h_nth_week(m: re.Match[str], today: date) -> Result:
    """ "de eerste week van maart" (1-7 March), "de tweede week van maart" (8-14), "the last
    week of June" (the last seven days): weeks counted from the first of the month."""
    raw, month = _g(m, "wn"), int(_g(m, "m"))
    nth = -1 if raw in ("PREV", "O-1") else int(raw[1:])
    if nth == 0 or nth > 5:
        return Problem(Message(N_("Een maand heeft geen {nth}de week."), nth=nth))

    def week(year: int) -> Span:
        first, last = cal.month_range(year, month)
        start = last - timedelta(days=6) if nth == -1 else first + timedelta(days=7 * (nth - 1))
        return Span(min(start, last), min(start + timedelta(days=6), last), "week", closed_end=True)

    return _with_year(m, today, week)


def h_day_range(m: re.Match[str], today: date) -> Result:
    """ "tussen 1 en 15 december", "van 3 tot 7 mei": two days of one month."""
    first, last, month = int(_g(m, "d1")[1:]), int(_g(m, "d")[1:]), int(_g(m, "m"))
    for day in (first, last):
        bad = _day_month(day, month, m, today)
        if isinstance(bad, Problem):
            return bad
    if first >= last:
        return Problem(
            Message(
                N_("In ‘{first} en {last}’ ligt het begin niet voor het einde."),
                first=first,
                last=last,
            ),
        )

    def build(y: int) -> Span:
        return Span(date(y, month, first), date(y, month, last), "range", closed_end=True)

    return _with_year(m, today, build)


def h_far_year(m: re.Match[str], today: date) -> Result:
    """A year of four digits after 2199 ("tegen 15 maart 3000"): refused, never replaced."""
    year = m.group("far")
    return Problem(
        Message(
            N_(
                "Het jaar {year} ligt te ver: kies een deadline binnen je loopbaanplan, uiterlijk "
                "in {last_year}."
            ),
            year=year,
            last_year=today.year + FAR_YEARS,
        ),
    )


def _day_month(day: int, month: int, m: re.Match[str], today: date) -> Result:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return Problem(cal.explain_bad_date(today.year, month, day))
    year = _year(m, today)
    if year is not None:
        try:
            found = date(year, month, day)
        except ValueError:
            return Problem(cal.explain_bad_date(year, month, day))
        return Span(found, found, "date")
    if day > cal.month_end(2024, month).day:
        return Problem(cal.explain_bad_date(2024, month, day))

    def build(y: int) -> Span:
        if month == 2 and day == 29 and cal.month_end(y, 2).day == 28:
            y += 4 - y % 4
        found = date(y, month, day)
        return Span(found, found, "date")

    return build


def h_day_month(m: re.Match[str], today: date) -> Result:
    day = _g(m, "d") or _g(m, "d2")
    month = _g(m, "m") or _g(m, "m2")
    return _day_month(int(day[1:]), int(month), m, today)


def h_dm_token(m: re.Match[str], today: date) -> Result:
    day, month = m.group("dm").split("-")
    return _day_month(int(day), int(month), m, today)


def h_either_date(m: re.Match[str], today: date) -> Result:
    """ "by 03/04/2027", "by 6/7" in English: day first or month first, both a real date and
    different ones, so asked (`tokens` reads a date with one possible reading itself)."""
    first, second, *year = (int(p) for p in m.group("da").split("-"))
    options: list[tuple[Message, Span | Builder]] = []
    for day, month, order in ((first, second, N_("{day} {month}{year} (dag/maand)")),
                              (second, first, N_("{day} {month}{year} (maand/dag)"))):  # fmt: skip
        if year:
            found = date(year[0] + 2000 if year[0] < 100 else year[0], month, day)
            reading: Span | Builder = Span(found, found, "date")
        else:
            built = _day_month(day, month, m, today)
            if isinstance(built, (Problem, Ambiguity)):
                return built
            reading = built
        shown_year = f" {found.year}" if year else ""
        named = functools.partial(formats.month_name, month)
        options.append((Message(order, day=day, month=named, year=shown_year), reading))
    return Ambiguity(tuple(options))


def h_full_date(m: re.Match[str], today: date) -> Result:
    found = date.fromisoformat(m.group("iso"))
    return Span(found, found, "date")


def h_year(m: re.Match[str], today: date) -> Result:
    anchor = _g(m, "anch")
    return _with_year(m, today, lambda y: _part(date(y, 1, 1), date(y, 12, 31), anchor, "year"))


def h_quarter(m: re.Match[str], today: date) -> Result:
    """A calendar quarter; a "trimester" (UT) is a school term or a quarter: asked."""
    quarter = _h_calendar_quarter(m, today)
    if "UT" not in m.group(0).split() or isinstance(quarter, (Problem, Ambiguity)):
        return quarter
    term = _h_school_term(m, today)
    if term is None:  # "het vierde trimester": a school year has three terms
        return quarter
    return Ambiguity(
        (
            (Message(N_("het schooltrimester")), term),
            (Message(N_("het kwartaal")), quarter),
        )
    )


def _h_school_term(m: re.Match[str], today: date) -> Span | None:
    """ "het tweede trimester", "eind dit trimester", "volgend trimester" as a school term
    (`calendar_nl.school_term_range`): the one under way (or the next), or numbered."""
    anchor = _g(m, "anch")
    number = _g(m, "qo") or _g(m, "qn")
    school_year = today.year + (1 if today.month >= 7 else 0)
    terms = [(y, t) for y in (school_year - 1, school_year, school_year + 1) for t in (1, 2, 3)]
    current = next(n for n, (y, t) in enumerate(terms) if cal.school_term_range(y, t)[1] >= today)
    if number:
        t = 3 if number == "-1" else int(number)
        if not 1 <= t <= 3:
            return None
        current = next(n for n in range(current, len(terms)) if terms[n][1] == t)
    else:
        current += REL[_g(m, "qrel") or "THIS"]
    return _part(*cal.school_term_range(*terms[current]), anchor, "term")


def _h_calendar_quarter(m: re.Match[str], today: date) -> Result:
    anchor = _g(m, "anch")
    number = _g(m, "q") or _g(m, "qo") or _g(m, "qn")
    if _g(m, "qrel") or not number:  # "eind volgend kwartaal"; "eind van het kwartaal": this one
        current = (today.month - 1) // 3 + today.year * 4 + REL[_g(m, "qrel") or "THIS"]
        year, quarter = divmod(current, 4)
        return _part(*cal.quarter_range(year, quarter + 1), anchor, "quarter")
    q = 4 if number == "-1" else int(number)
    if not 1 <= q <= 4:
        return Problem(Message(N_("Een jaar heeft geen {q}de kwartaal."), q=q))
    return _with_year(m, today, lambda y: _part(*cal.quarter_range(y, q), anchor, "quarter"))


def h_semester(m: re.Match[str], today: date) -> Result:
    anchor = _g(m, "anch")
    number = _g(m, "s") or _g(m, "so") or _g(m, "sn")
    if _g(m, "srel") or not number:  # "eind van het semester": this one
        current = (today.month - 1) // 6 + today.year * 2 + REL[_g(m, "srel") or "THIS"]
        year, half = divmod(current, 2)
        return _part(*cal.semester_range(year, half + 1), anchor, "semester")
    half = 2 if number == "-1" else int(number)
    if half not in (1, 2):
        return Problem(Message(N_("Een jaar heeft geen {half}de semester."), half=half))
    return _with_year(m, today, lambda y: _part(*cal.semester_range(y, half), anchor, "semester"))


def h_season(m: re.Match[str], today: date) -> Result:
    anchor, key = _g(m, "anch"), m.group("z")
    pre = _g(m, "pre") or ""

    def build(y: int) -> Span:
        if key == "Zsum" and not anchor and ("BY" in pre or "BEFORE" in pre):
            # before the summer holidays, which start on 1 July in Belgium and most of the
            # Netherlands
            return Span(date(y, 6, 1), date(y, 6, 30), "anchor", closed_end=True)
        part = _part(*cal.season_range(y, key), anchor, "season")
        return part if anchor else Span(part.start, part.end, "season", before_start=True)

    rel = _g(m, "zrel")
    if rel:
        years = range(today.year - 2, today.year + 2)
        ranges = [(y, *cal.season_range(y, key)) for y in years]
        if rel == "PREV":  # "afgelopen zomer": the last one that is over
            return build([y for y, _, last in ranges if last < today][-1])
        if rel == "THIS":  # "deze winter": the one under way, else the next one
            return build(next(y for y, _, last in ranges if last >= today))
        return build(next(y for y, first, _ in ranges if first > today))
    return _with_year(m, today, build)


def h_holiday(m: re.Match[str], today: date) -> Result:
    """A feast day is a day: "tegen Pasen" is Easter Sunday, "voor Pasen" the day before.
    A period that begins on its eve is met before it starts: "tegen kerst" is 24 December
    (kerstavond), "tegen nieuwjaar" 31 December, "tegen de krokusvakantie" its Sunday before
    (see `calendar_nl.FEAST_DAYS`)."""
    key, anchor = m.group("hk"), _g(m, "anch")

    def build(y: int) -> Span:
        first, last = cal.holiday_range(y, key)
        if anchor:
            return _part(first, last, anchor, "anchor")
        if key in cal.FEAST_DAYS:
            return Span(first, first, "date")
        return Span(first, last, "anchor", before_start=True, resumes=key.startswith("V"))

    return _with_year(m, today, build)


def h_week_beside_holiday(m: re.Match[str], today: date) -> Result:
    """ "de week na de krokusvakantie": Monday to Sunday of the week after it ends; "de week
    voor de kerstvakantie" the week before it begins (the week that holds its eve)."""
    key, side = m.group("hk"), m.group("side")

    def build(y: int) -> Span:
        first, last = cal.holiday_range(y, key)
        if side == "AFTER":
            monday = last + timedelta(days=7 - last.weekday())
        else:
            eve = first - timedelta(days=1)
            monday = eve - timedelta(days=eve.weekday())
        return Span(monday, monday + timedelta(days=6), "week", closed_end=True)

    return _with_year(m, today, build)


def h_school_year(m: re.Match[str], today: date) -> Result:
    anchor = _g(m, "anch")

    def build(y: int) -> Span:  # y is the year the school year ends in
        if anchor == "BEGIN":  # the school year starts on 1 September
            return Span(date(y - 1, 9, 1), date(y - 1, 9, 1), "date")
        return _part(date(y - 1, 9, 1), date(y, 6, 30), anchor, "schoolyear")

    if _g(m, "sy2"):
        return build(int(_g(m, "sy2")))
    if _g(m, "sy1"):
        return build(int(_g(m, "sy1")) + 1)
    current = today.year + (1 if today.month >= 7 else 0)
    if _g(m, "syrel") == "NEW":  # "het nieuwe schooljaar": the next one to start
        return build(today.year + (1 if today < date(today.year, 9, 1) else 2))
    if _g(m, "syrel"):
        return build(current + REL[_g(m, "syrel")])
    return build


def h_rel_month(m: re.Match[str], today: date) -> Result:
    index = today.year * 12 + today.month - 1 + REL.get(_g(m, "mrel") or "THIS", 0)
    year, month = divmod(index, 12)
    return _part(*cal.month_range(year, month + 1), _g(m, "anch"), "month")


def h_rel_week(m: re.Match[str], today: date) -> Result:
    """ "volgende week" (Monday to Sunday); "begin volgende week" Monday-Tuesday, "midden"
    Wednesday-Thursday, "eind" the whole week (its deadline is the Sunday)."""
    monday = today - timedelta(days=today.weekday())
    monday += timedelta(weeks=REL.get(_g(m, "wrel") or "THIS", 0))
    anchor = _g(m, "anch")
    if anchor == "BEGIN":
        return Span(monday, monday + timedelta(days=1), "anchor", closed_end=True)
    if anchor in ("MID", "N0.5"):
        return Span(monday + timedelta(days=2), monday + timedelta(days=3), "anchor", True)
    week = Span(monday, monday + timedelta(days=6), "week", closed_end=True)
    ends = anchor == "END" or "END" in m.group(0).split()  # "eind deze week"
    return Span(week.start, week.end, week.kind, True, whole=week) if ends else week


def h_day_of_month(m: re.Match[str], today: date) -> Result:
    """ "tegen de 15de", "by the 20th of next month": a day of this month, or of the next
    month when it is over (or does not exist in this one)."""
    day, rel = int(_g(m, "d")), _g(m, "mrel")
    if not 1 <= day <= 31:
        return Problem(Message(N_("Een maand heeft geen {day}ste dag."), day=day))
    index = today.year * 12 + today.month - 1 + (1 if rel in ("NEXT", "SOON") else 0)
    for step in range(0 if rel else 3):
        year, month = divmod(index + step, 12)
        if day <= cal.month_end(year, month + 1).day and date(year, month + 1, day) >= today:
            return Span(date(year, month + 1, day), date(year, month + 1, day), "date")
    year, month = divmod(index, 12)
    if day > cal.month_end(year, month + 1).day:
        return Problem(cal.explain_bad_date(year, month + 1, day))
    return Span(date(year, month + 1, day), date(year, month + 1, day), "date")


def h_iso_week(m: re.Match[str], today: date) -> Result:
    number = int(m.group("wn"))
    if not 1 <= number <= 53:
        return Problem(Message(N_("Week {number} bestaat niet."), number=number))

    def build(y: int) -> Span:
        try:
            monday = date.fromisocalendar(y, number, 1)
        except ValueError:
            monday = date.fromisocalendar(y, 52, 1)
        return Span(monday, monday + timedelta(days=6), "week", closed_end=True)

    return _with_year(m, today, build)
