"""The table of time-expression rules: (pattern over canonical tokens, handler, weak)."""

from __future__ import annotations

import re

from pop_assistent.language.rules import (
    ANCH,
    PRE,
    YEAR,
    YEAR_STRICT,
    Handler,
    h_day_month,
    h_day_of_month,
    h_day_range,
    h_dm_token,
    h_either_date,
    h_far_year,
    h_full_date,
    h_holiday,
    h_iso_week,
    h_month,
    h_nth_week,
    h_quarter,
    h_rel_month,
    h_rel_week,
    h_school_year,
    h_season,
    h_semester,
    h_week_beside_holiday,
    h_week_of,
    h_year,
)
from pop_assistent.language.spans import h_ago, h_earlier, h_span, h_span_about, h_span_range
from pop_assistent.language.weekdays import (
    h_any_holiday,
    h_day_word,
    h_weekday,
    h_weekday_in_week,
    h_weekend,
)


def _rule(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\S)" + pattern + r"(?!\S)")


NUM_AMOUNT = r"(?:[NA][\d.]+|FEW) (?:(?:EN )?N0\.5 )?U[YMWDQTSB]s?(?: EN N0\.5)?"
AMOUNT = r"(?:" + NUM_AMOUNT + r"|U[YMWDQTSB])"
"""A number and a unit, or a bare singular unit ("binnen de week"); a bare plural is vague."""
WEEKDAY = r"(?:WD\d )?"
"""A weekday before a date ("vrijdag 26 maart") adds nothing to it."""
NX = r"(?:NEXT|SOON)"
REL_ = r"(?:NEXT|SOON|THIS|PREV|AFTERNEXT)"
WEEKS = r"(?:(?:OVER|IN) (?=\S+ UWs?)|(?=\S+ UWs? FROMNOW))(?P<n>N[\d.]+|A1) UWs?(?: FROMNOW)?"
"""A number of weeks from now: "over twee weken", "in 3 weeks", "three weeks from now"."""
FAR_YEAR = (
    r"(?:(?:BEGIN|MID|END|N0\.5) )?(?:(?:OF )?UY )?(?:(?:[NO]\d{1,2} )?(?:OF )?M\d{1,2} )?"
    r"(?:OF )?YF(?P<far>\d{4})"
)
"""A year after 2199 where a year is expected: refused, never read as a nearer year."""

UNITS = {"UY", "UM", "UW", "UD", "UQ", "UT", "US", "UB"}
UQ = "(?:UQ|UT)"
"""A quarter, or a trimester (UT): a school term or a quarter, asked."""
DAY_WORDS = {"TODAY", "TOMORROW", "DAYAFTER", "YESTERDAY", "DAYBEFORE"}
_KIND_RE = re.compile(r"[A-Z]+")


def token_kind(canon: str) -> str:
    """The kind of a canonical token: "M6" -> "M", "UWs" -> "UW", "Y2027" -> "Y"."""
    found = _KIND_RE.match(canon)
    return found.group() if found else ""


RULES: list[tuple[re.Pattern[str], Handler, bool, set[str]]] = [
    (_rule(PRE + r"D(?P<iso>\d{4}-\d\d-\d\d)"), h_full_date, False, {"D"}),
    (
        _rule(PRE + WEEKDAY + r"(?P<d>[NO]\d{1,2}) (?:OF )?M(?P<m>\d{1,2})(?: " + YEAR + ")?"),
        h_day_month,
        False,
        {"M"},
    ),  # noqa: E501
    (
        _rule(PRE + WEEKDAY + r"M(?P<m2>\d{1,2}) (?P<d2>[NO]\d{1,2})(?: " + YEAR + ")?"),
        h_day_month,
        False,
        {"M"},
    ),  # noqa: E501
    (_rule(PRE + r"DM(?P<dm>\d+-\d+)(?: " + YEAR + ")?"), h_dm_token, False, {"DM"}),
    (_rule(PRE + r"DA(?P<da>\d+-\d+(?:-\d+)?)(?: " + YEAR + ")?"), h_either_date, False, {"DA"}),
    (
        _rule(PRE + r"(?:Y(?P<y>\d{4})|(?P<yrel>" + REL_ + r") UY) (?:OF |IN )?M(?P<m>\d{1,2})"),
        h_month,
        False,
        {"M"},
    ),  # "volgend jaar september"
    (
        _rule(PRE + r"UW OF (?P<d>[NO]\d{1,2}) (?:OF )?M(?P<m>\d{1,2})(?: " + YEAR + ")?"),
        h_week_of,
        False,
        {"M"},
    ),  # "in de week van 14 december"
    (
        _rule(PRE + r"(?P<wn>O-?\d|PREV) UW (?:OF |IN )?M(?P<m>\d{1,2})(?: " + YEAR + ")?"),
        h_nth_week,
        False,
        {"M"},
    ),  # "de tweede week van maart", "the last week of June"
    (_rule(PRE + ANCH + r"M(?P<m>\d{1,2})(?: " + YEAR + ")?"), h_month, False, {"M"}),
    (
        _rule(r"(?P<pre>(?:(?:BY|BEFORE|AFTER|IN|OF) )+)" + ANCH + YEAR_STRICT),
        h_year,
        False,
        {"Y", "UY"},
    ),
    (_rule(PRE + r"(?P<anch>BEGIN|MID|END) (?:OF )?" + YEAR), h_year, False, {"Y", "UY"}),
    (_rule(PRE + r"(?P<yrel>" + REL_ + r") UY"), h_year, False, {"Y", "UY"}),
    (_rule(r"Y(?P<y>\d{4})"), h_year, True, {"Y", "UY"}),
    (
        _rule(
            PRE
            + ANCH
            + r"(?:Q(?P<q>[1-4])|O(?P<qo>-?\d) "
            + UQ
            + "|"
            + UQ
            + r" N(?P<qn>\d))(?: "
            + YEAR
            + ")?"
        ),
        h_quarter,
        False,
        {"Q", "UQ", "UT"},
    ),  # noqa: E501
    (_rule(PRE + ANCH + r"(?P<qrel>" + REL_ + r") " + UQ), h_quarter, False, {"Q", "UQ", "UT"}),
    (_rule(PRE + r"(?P<anch>BEGIN|MID|END) (?:OF )?" + UQ), h_quarter, False, {"UQ", "UT"}),
    (
        _rule(
            PRE
            + ANCH
            + r"(?:[SH](?P<s>[12])|O(?P<so>-?\d) (?:US|HALF)|US N(?P<sn>\d))(?: "
            + YEAR
            + ")?"
        ),
        h_semester,
        False,
        {"S", "H", "US", "HALF"},
    ),  # noqa: E501
    (
        _rule(PRE + ANCH + r"(?P<srel>" + REL_ + r") US"),
        h_semester,
        False,
        {"S", "H", "US", "HALF"},
    ),
    (_rule(PRE + r"(?P<anch>BEGIN|MID|END) (?:OF )?US"), h_semester, False, {"US"}),
    (
        _rule(
            PRE
            + ANCH
            + r"(?:(?P<zrel>"
            + REL_
            + r") )?(?P<z>Z(?:spr|sum|aut|win))(?: "
            + YEAR
            + ")?"
        ),
        h_season,
        False,
        {"Z"},
    ),  # noqa: E501
    (
        _rule(
            PRE
            + r"UW (?P<side>AFTER|BEFORE) "
            + r"(?P<hk>H(?:xmas|new|nye|easter|ascension|pentecost|carnival|allsaints|sint|king|"
            + r"labour)|V(?:krokus|pasen|herfst|kerst|zomer|mei))"
            + r"(?: "
            + YEAR
            + ")?"
        ),
        h_week_beside_holiday,
        False,
        {"H", "V"},
    ),  # "in de week na de krokusvakantie"
    (
        _rule(
            PRE
            + ANCH
            + r"(?:(?:NEXT|SOON|THIS) )?"
            + r"(?P<hk>H(?:xmas|new|nye|easter|ascension|pentecost|carnival|allsaints|sint|king|"
            + r"labour)|V(?:krokus|pasen|herfst|kerst|zomer|mei))"
            + r"(?: "
            + YEAR
            + ")?"
        ),
        h_holiday,
        False,
        {"H", "V"},
    ),  # noqa: E501
    (
        _rule(
            PRE
            + ANCH
            + r"(?:(?P<syrel>NEXT|SOON|THIS|PREV|NEW) )?SCHOOLYEAR"
            + r"(?: Y(?P<sy1>\d{4})(?: Y(?P<sy2>\d{4}))?)?"
        ),
        h_school_year,
        False,
        {"SCHOOLYEAR"},
    ),  # noqa: E501
    (_rule(PRE + ANCH + r"(?P<mrel>" + REL_ + r") UM"), h_rel_month, False, {"UM"}),
    (_rule(PRE + r"(?P<anch>BEGIN|MID|END) (?:OF )?UM"), h_rel_month, False, {"UM"}),
    (_rule(PRE + r"(?:END (?:OF )?)?(?P<wrel>" + REL_ + r") UW"), h_rel_week, False, {"UW"}),
    (_rule(PRE + r"END (?:OF )?UW(?! N\d)"), h_rel_week, False, {"UW"}),
    # "tegen het einde van week 3" is ISO week 3, never this week
    (
        _rule(PRE + r"(?P<anch>BEGIN|MID|N0\.5) (?:OF )?(?P<wrel>" + REL_ + ") UW"),
        h_rel_week,
        False,
        {"UW"},
    ),
    (
        _rule(
            r"(?P<pre>(?:(?:BY|BEFORE|IN) )+)(?:OF )?O(?P<d>\d{1,2})"
            + r"(?: OF (?:(?P<mrel>NEXT|SOON|THIS) )?UM)?"
            + r"(?! (?:[a-z]|U[A-Z]|HALF|SCHOOLYEAR|Z[a-z]|[HV][a-z]))"
        ),
        h_day_of_month,
        False,
        {"O"},
    ),  # "tegen de 15de", "by the 20th of next month"; not "in het eerste jaar/semester"
    (_rule(PRE + r"UW N(?P<wn>\d{1,2})(?: " + YEAR + ")?"), h_iso_week, False, {"UW"}),
    (
        _rule(PRE + r"(?P<dw>TODAY|TOMORROW|DAYAFTER|YESTERDAY|DAYBEFORE)"),
        h_day_word,
        False,
        DAY_WORDS,
    ),
    (
        _rule(
            r"(?P<pre>)(?:WITHIN|OVER|IN)(?: "
            + NX
            + r")? (?P<amounts>"
            + AMOUNT
            + r"(?: (?:EN )?"
            + AMOUNT
            + r")*)"
        ),
        h_span,
        False,
        UNITS,
    ),  # noqa: E501
    (
        _rule(r"(?P<pre>)(?:(?:WITHIN|OVER|IN) )?" + NX + r" (?P<amounts>" + NUM_AMOUNT + r")"),
        h_span,
        False,
        UNITS,
    ),  # "het komende half jaar", "de volgende 6 maanden"
    (
        _rule(
            r"(?P<pre>)(?:WITHIN|OVER|IN|BETWEEN)(?: " + NX + r")? N(?P<lo>\d+) (?:(?:BY|OF|TO) )?"
            r"(?P<amounts>N\d+ U[YMWDQTSB]s?)"
        ),
        h_span_range,
        False,
        UNITS,
    ),  # "binnen 2 à 3 maanden", "over 2 of 3 jaar": from the low to the high bound
    (
        _rule(
            r"(?P<pre>)(?:WITHIN|OVER|IN)(?: " + NX + r")? A1 (?P<unit>U[YMWDQTSB]) "
            r"OF N(?P<n>\d{1,2})"
        ),
        h_span_about,
        False,
        UNITS,
    ),  # "binnen een maand of drie" = about three months
    (_rule(PRE + r"WD(?P<wd>\d)"), h_weekday, True, {"WD"}),
    # "tegen vrijdag" as a whole answer; inside a goal a weekday is a habit ("op vrijdag")
    (_rule(PRE + r"(?P<rel>" + REL_ + r") WD(?P<wd>\d)"), h_weekday, False, {"WD"}),
    (
        _rule(PRE + r"WD(?P<wd>\d) (?:OF |IN )?(?P<wrel>" + REL_ + r") UW"),
        h_weekday_in_week,
        False,
        {"WD"},
    ),
    (
        _rule(PRE + r"(?P<wrel>" + REL_ + r") UW (?:BY |IN )?WD(?P<wd>\d)"),
        h_weekday_in_week,
        False,
        {"WD"},
    ),
    (_rule(PRE + r"WD(?P<wd>\d) " + WEEKS), h_weekday_in_week, False, {"WD"}),
    (_rule(PRE + WEEKS + r" (?:BY |IN )?WD(?P<wd>\d)"), h_weekday_in_week, False, {"WD"}),
    (_rule(PRE + r"(?:(?P<rel>" + REL_ + r") )?WKND"), h_weekend, False, {"WKND"}),
    (
        _rule(r"(?P<pre>(?:(?:BY|BEFORE|AFTER|IN|OF) )+)" + ANCH + r"HOLQ"),
        h_any_holiday,
        False,
        {"HOLQ"},
    ),
    (_rule(r"(?P<pre>)" + ANCH + r"HOLQ"), h_any_holiday, True, {"HOLQ"}),
    (
        _rule(
            PRE
            + r"(?:(?:BETWEEN|FROM) )?(?P<d1>[NO]\d{1,2}) (?:EN|BY|TO) (?P<d>[NO]\d{1,2}) "
            + r"(?:OF )?M(?P<m>\d{1,2})(?: "
            + YEAR
            + ")?"
        ),
        h_day_range,
        False,
        {"M"},
    ),  # "tussen 1 en 15 december"
    (_rule(r"(?P<pre>)(?P<amounts>" + NUM_AMOUNT + r") AGO"), h_ago, False, UNITS),
    (_rule(r"(?P<pre>)(?P<amounts>" + NUM_AMOUNT + r") FROMNOW"), h_span, False, UNITS),
    # "three weeks from now", "zes maanden van nu"
    (_rule(r"(?P<pre>)EARLIER (?:IN |OF )?(?:THIS )?(?P<unit>U[YMW])"), h_earlier, False, UNITS),
    # "twee weken geleden", "eerder dit jaar": in the past, refused as such
    # "tegen 15 maart 3000", "in het jaar 3000": refused, never read as a nearer year
    (_rule(r"(?P<pre>(?:(?:BY|BEFORE|AFTER|IN|OF|FROM) )+)" + FAR_YEAR), h_far_year, False, {"YF"}),
    (
        _rule(r"(?P<pre>)(?:UY |(?:[NO]\d{1,2} )?(?:OF )?M\d{1,2} )" + FAR_YEAR),
        h_far_year,
        False,
        {"YF"},
    ),
    (_rule(r"(?P<pre>)" + FAR_YEAR), h_far_year, True, {"YF"}),
    (_rule(r"(?P<pre>)BY (?P<amounts>" + NUM_AMOUNT + r") tijd"), h_span, True, UNITS),
    # Flemish "op twee jaar tijd" = within two years; weak: "op 2 jaar tijd ben ik ..." looks back
    (
        _rule(r"(?P<pre>)(?P<amounts>" + AMOUNT + r"(?: (?:EN )?" + AMOUNT + r")*)"),
        h_span,
        True,
        UNITS,
    ),
]
"""(pattern, handler, weak, needs): weak rules count only when they make up the whole input;
a rule runs only when the text has a token of a kind in `needs` (see `token_kind`)."""
