"""Words the time-expression rules know, mapped to canonical tokens (see `tokens`).

Canonical tokens are upper case so they never collide with folded (lower case) user words.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "januari": 1, "january": 1, "janvier": 1,
    "februari": 2, "february": 2, "februarie": 2,
    "maart": 3, "march": 3,
    "april": 4,
    "mei": 5,
    "juni": 6, "june": 6,
    "juli": 7, "july": 7,
    "augustus": 8, "august": 8, "oogst": 8,
    "september": 9,
    "oktober": 10, "october": 10,
    "november": 11,
    "december": 12,
}  # fmt: skip
"""Full month names (Dutch and English); typos of these are forgiven (see `tokens.fuzzy_word`)."""

MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "febr": 2, "mrt": 3, "maa": 3, "mar": 3, "apr": 4, "may": 5,
    "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11,
    "dec": 12,
}  # fmt: skip
"""Short forms; also ordinary words or names ("Jan", "may"), so only trusted next to a number."""

MONTH_NAMES_NL = (
    "", "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
)  # fmt: skip
MONTH_NAMES_EN = (
    "", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip
WEEKDAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

WORDS: dict[str, str] = {
    # units; a plural form carries an "s" ("UMs"): only a number may stand before it, so
    # "de komende maanden" (no number) is no period while "de komende drie maanden" is
    "jaar": "UY", "jaren": "UYs", "jaartje": "UY", "kalenderjaar": "UY", "jr": "UY", "year": "UY",
    "years": "UYs",
    "yr": "UY", "yrs": "UYs", "maand": "UM", "maanden": "UMs", "maandjes": "UMs", "mnd": "UM",
    "mnden": "UMs", "maande": "UMs", "maaden": "UMs", "month": "UM", "months": "UMs",
    "week": "UW", "weken": "UWs", "weekjes": "UWs", "wk": "UW", "wkn": "UWs", "wks": "UWs",
    "weeks": "UWs", "mths": "UMs", "mth": "UM",
    "dag": "UD", "dagen": "UDs", "day": "UD", "days": "UDs", "werkdagen": "UBs",
    "werkdag": "UB", "weekdagen": "UBs", "weekdag": "UB", "workdays": "UBs", "workday": "UB",
    "kwartaal": "UQ", "kwartalen": "UQs", "kwartal": "UQ", "kw": "UQ", "quarter": "UQ",
    "quarters": "UQs", "trimester": "UT", "trimesters": "UTs",
    "helft": "HALF",
    "semester": "US", "semesters": "USs", "semster": "US", "sem": "US", "jaarhelft": "US",
    "schooljaar": "SCHOOLYEAR", "academiejaar": "SCHOOLYEAR", "werkjaar": "SCHOOLYEAR",
    "eindejaar": "END UY", "jaareinde": "END UY", "halfjaar": "N0.5 UY",
    "jaarwisseling": "END UY", "jaarwende": "END UY", "midyear": "MID UY",
    # relative
    "volgend": "NEXT", "volgende": "NEXT", "next": "NEXT", "following": "NEXT",
    # "komende vrijdag" is the first Friday to come; "volgende vrijdag" may be next week's
    "komend": "SOON", "komende": "SOON", "eerstvolgende": "SOON", "eerstkomende": "SOON",
    "aanstaande": "SOON", "aanstaand": "SOON", "coming": "SOON", "upcoming": "SOON",
    "overvolgende": "AFTERNEXT", "overvolgend": "AFTERNEXT",
    "dit": "THIS", "deze": "THIS", "dezer": "THIS", "this": "THIS", "huidige": "THIS",
    "lopende": "THIS", "current": "THIS", "vorig": "PREV", "vorige": "PREV", "last": "PREV",
    "previous": "PREV", "afgelopen": "PREV", "voorbije": "PREV",
    # anchors inside a period
    "begin": "BEGIN", "start": "BEGIN", "beginning": "BEGIN", "early": "BEGIN",
    "aanvang": "BEGIN", "midden": "MID", "mid": "MID", "medio": "MID", "middle": "MID",
    "halverwege": "MID", "eind": "END", "einde": "END", "eindje": "END", "end": "END",
    "late": "END", "slot": "END", "afloop": "END",
    # how the expression relates to the deadline
    "tegen": "BY", "uiterlijk": "BY", "op": "BY", "tot": "BY", "by": "BY", "until": "BY",
    "till": "BY", "on": "BY", "voor": "BEFORE", "before": "BEFORE", "vooraleer": "BEFORE",
    "voordat": "BEFORE",
    "na": "AFTER", "after": "AFTER", "binnen": "WITHIN", "within": "WITHIN", "in": "IN",
    "tijdens": "IN", "during": "IN", "rond": "IN", "around": "IN", "omstreeks": "IN",
    "tussen": "BETWEEN", "between": "BETWEEN", "from": "FROM", "vanaf": "FROM",
    "to": "TO", "ergens": "", "ongeveer": "", "circa": "", "pakweg": "", "zowat": "",
    "ruwweg": "", "about": "", "approximately": "", "roughly": "", "eoy": "END UY",
    # "max 3 maanden", "hooguit een half jaar", "een 3-tal weken": the span itself
    "max": "", "maximaal": "", "maximum": "", "hooguit": "", "tal": "",
    "over": "OVER", "en": "EN", "and": "EN", "van": "OF", "of": "OF",
    "de": "", "den": "", "het": "", "the": "", "t": "", ",": "",
    # seasons and holidays
    "lente": "Zspr", "voorjaar": "Zspr", "spring": "Zspr", "zomer": "Zsum", "summer": "Zsum",
    "herfst": "Zaut", "najaar": "Zaut", "autumn": "Zaut", "fall": "Zaut", "winter": "Zwin",
    "kerst": "Hxmas", "kerstmis": "Hxmas", "kerstdag": "Hxmas", "christmas": "Hxmas",
    "xmas": "Hxmas", "nieuwjaar": "Hnew", "pasen": "Heaster", "easter": "Heaster",
    "krokusvakantie": "Vkrokus", "carnavalsvakantie": "Vkrokus", "voorjaarsvakantie": "Vkrokus",
    "krokus": "Vkrokus", "herfstvakantie": "Vherfst", "allerheiligenvakantie": "Vherfst",
    "kerstvakantie": "Vkerst", "kerstverlof": "Vkerst", "paasvakantie": "Vpasen",
    "zomervakantie": "Vzomer", "zomerverlof": "Vzomer", "bouwverlof": "Vzomer",
    "zomerperiode": "Zsum",
    "allerheiligen": "Hallsaints", "hemelvaart": "Hascension", "hemelvaartsdag": "Hascension",
    "ascension": "Hascension", "pinksteren": "Hpentecost", "pinkstermaandag": "Hpentecost",
    "pentecost": "Hpentecost", "whitsun": "Hpentecost", "sinterklaas": "Hsint",
    "oudejaar": "Hnye", "oudejaarsavond": "Hnye", "oudjaar": "Hnye", "koningsdag": "Hking",
    "carnaval": "Hcarnival", "carnival": "Hcarnival", "meivakantie": "Vmei",
    "fortnight": "N2 UWs", "maandje": "UM", "weekje": "UW", "dagje": "UD",
    # holidays and leave without saying which: the summer or the Christmas one (asked)
    "vakantie": "HOLQ", "verlof": "HOLQ", "holidays": "HOLQ", "holiday": "HOLQ",
    "vacation": "HOLQ", "vakantieperiode": "HOLQ", "reces": "HOLQ",
    "weekend": "WKND", "weekeinde": "WKND",
    # a period that begins: "voor het schooljaar begint"
    "begint": "STARTS", "beginnen": "STARTS", "starts": "STARTS", "begins": "STARTS",
    "aanvangt": "STARTS", "ingaat": "STARTS",
    # single days; those before today are refused as past
    "vandaag": "TODAY", "today": "TODAY", "morgen": "TOMORROW", "tomorrow": "TOMORROW",
    "overmorgen": "DAYAFTER", "gisteren": "YESTERDAY", "yesterday": "YESTERDAY",
    "geleden": "AGO", "ago": "AGO", "eerder": "EARLIER", "earlier": "EARLIER",
    "eergisteren": "DAYBEFORE",
    # weekdays
    **{day.lower(): f"WD{i}" for days in (WEEKDAYS_NL, WEEKDAYS_EN) for i, day in enumerate(days)},
}  # fmt: skip
"""Single folded words and their canonical token(s); "" drops the word."""

PHRASES: dict[tuple[str, ...], str] = {
    ("ten", "laatste"): "BY",
    ("ten", "laatst"): "BY",
    ("op", "zijn", "laatst"): "BY",
    ("tot", "en", "met"): "BY",
    ("t", "e", "m"): "BY",
    ("no", "later", "than"): "BY",
    ("not", "later", "than"): "BY",
    ("at", "the", "latest"): "",
    ("at", "most"): "",
    ("prior", "to"): "BEFORE",
    ("ahead", "of"): "BEFORE",
    ("in", "time", "for"): "BY",
    # the day itself still counts: "on or before 15 May" is 15 May, not the day before
    ("on", "or", "before"): "BY",
    ("op", "of", "voor"): "BY",
    ("op", "of", "vóór"): "BY",
    ("eerste", "schooldag"): "BEGIN SCHOOLYEAR",
    ("first", "day", "of", "school"): "BEGIN SCHOOLYEAR",
    ("tegen", "dat"): "BY",
    # the earliest moment is a start, not a deadline (refused like "vanaf")
    ("ten", "vroegste"): "FROM",
    ("op", "zijn", "vroegst"): "FROM",
    ("niet", "voor"): "FROM",
    ("niet", "vóór"): "FROM",
    ("not", "before"): "FROM",
    ("no", "earlier", "than"): "FROM",
    ("not", "earlier", "than"): "FROM",
    ("in", "de", "loop", "van"): "IN",
    ("in", "the", "course", "of"): "IN",
    ("t", ".", "e", ".", "m"): "BY",
    ("t", ".", "e", ".", "m", "."): "BY",
    ("t", "/", "m"): "BY",
    ("year", "end"): "END UY",
    ("year", "-", "end"): "END UY",
    ("yearend",): "END UY",
    ("end", "of", "year"): "END UY",
    ("day", "after", "tomorrow"): "DAYAFTER",
    ("the", "day", "after", "tomorrow"): "DAYAFTER",
    ("day", "before", "yesterday"): "DAYBEFORE",
    ("nieuwe", "schooljaar"): "NEW SCHOOLYEAR",
    ("nieuw", "schooljaar"): "NEW SCHOOLYEAR",
    ("new", "school", "year"): "NEW SCHOOLYEAR",
    ("nieuwe", "jaar"): "Hnew",
    ("nieuw", "jaar"): "Hnew",
    ("the", "week", "after", "next"): "AFTERNEXT UW",
    ("week", "after", "next"): "AFTERNEXT UW",
    ("the", "month", "after", "next"): "AFTERNEXT UM",
    ("month", "after", "next"): "AFTERNEXT UM",
    ("from", "now"): "FROMNOW",
    ("vanaf", "vandaag"): "FROMNOW",
    ("from", "today"): "FROMNOW",
    ("van", "vandaag"): "FROMNOW",
    # "binnen een periode van 24 maanden", "within a period of six months": the span itself
    ("een", "periode", "van"): "",
    ("een", "termijn", "van"): "",
    ("een", "tijdspanne", "van"): "",
    ("periode", "van"): "",
    ("termijn", "van"): "",
    ("a", "period", "of"): "",
    ("a", "time", "frame", "of"): "",
    ("a", "timeframe", "of"): "",
    ("a", "span", "of"): "",
    ("period", "of"): "",
    # "binnen nu en drie jaar", "tussen nu en eind maart", "between now and June": from today
    # to the end of what follows (see `tokens._now_and`)
    ("binnen", "nu", "en"): "NOWTO",
    ("tussen", "nu", "en"): "NOWTO",
    ("van", "nu", "tot"): "NOWTO",
    ("between", "now", "and"): "NOWTO",
    ("from", "now", "until"): "NOWTO",
    ("from", "now", "till"): "NOWTO",
    ("from", "now", "to"): "NOWTO",
    ("van", "nu"): "FROMNOW",
    ("vanaf", "nu"): "",
    ("grote", "vakantie"): "Vzomer",
    ("zomer", "vakantie"): "Vzomer",
    ("kerst", "vakantie"): "Vkerst",
    ("paas", "vakantie"): "Vpasen",
    ("krokus", "vakantie"): "Vkrokus",
    ("herfst", "vakantie"): "Vherfst",
    ("summer", "holidays"): "Vzomer",
    ("summer", "holiday"): "Vzomer",
    ("summer", "vacation"): "Vzomer",
    ("summer", "break"): "Vzomer",
    ("christmas", "holidays"): "Vkerst",
    ("christmas", "break"): "Vkerst",
    ("easter", "holidays"): "Vpasen",
    ("school", "year"): "SCHOOLYEAR",
    ("calendar", "year"): "UY",
    ("academic", "year"): "SCHOOLYEAR",
    ("new", "year's", "eve"): "Hnye",
    ("new", "years", "eve"): "Hnye",
    ("dag", "van", "de", "arbeid"): "Hlabour",
    ("working", "days"): "UBs",
    ("business", "days"): "UBs",
    ("new", "year"): "Hnew",
    ("new", "year's"): "Hnew",
    ("first", "half"): "O1 HALF",
    ("second", "half"): "O2 HALF",
    ("eerste", "helft"): "O1 HALF",
    ("tweede", "helft"): "O2 HALF",
    ("eerste", "jaarhelft"): "O1 US",
    ("tweede", "jaarhelft"): "O2 US",
    ("half", "a"): "N0.5",
    ("a", "half"): "N0.5",
    ("een", "half"): "N0.5",
    ("een", "halve"): "N0.5",
    ("one", "and", "a", "half"): "N1.5",
    ("een", "en", "een", "half"): "N1.5",
    ("een", "paar"): "FEW",
    ("enkele",): "FEW",
    ("a", "few"): "FEW",
    ("a", "couple", "of"): "FEW",
    ("drie", "kwart"): "N0.75",  # "drie kwart jaar": nine months
    ("some",): "FEW",
    ("paar",): "FEW",
    ("aantal",): "FEW",
}
"""Multi-word phrases, matched before single words (longest first)."""

NUMBER_TARGETS: tuple[str, ...] = tuple(
    """twee drie vier vijf zeven acht negen tien twaalf dertien veertien vijftien zestien
    zeventien achttien negentien twintig dertig veertig vijftig anderhalf anderhalve
    two three four five seven eight nine twelve fifteen twenty thirty""".split()
)
"""Number words whose slips are forgiven ("twe", "drei", "achtien", "thre"); the shortest
("zes", "six", "ten", "elf") only with two letters swapped."""

FUZZY_TARGETS: tuple[str, ...] = (
    *(m for m in MONTHS if len(m) >= 4 and m != "oogst"),
    *(day.lower() for day in WEEKDAYS_NL + WEEKDAYS_EN),
    *"""kwartaal semester schooljaar krokusvakantie herfstvakantie kerstvakantie paasvakantie
    zomervakantie vakantie zomer winter lente herfst najaar voorjaar kerst kerstmis pasen
    jaar jaren maand maanden week weken dag dagen werkdagen year years month months weeks day
    days tegen binnen eind einde begin midden half volgend volgende uiterlijk overmorgen
    christmas easter summer spring autumn within allerheiligen hemelvaart pinksteren sinterklaas
    carnaval meivakantie koningsdag oudejaar before after until tijdens during vanaf tussen
    between vooraleer next this vorige komende coming halverwege aanstaande eerstvolgende
    laatste december quarter quarters""".split(),
    *NUMBER_TARGETS,
)
"""Calendar and number words whose slips are forgiven ("febuari", "zommer", "maadnen")."""

SHORT_TARGETS: tuple[str, ...] = (
    *(t for t in FUZZY_TARGETS if len(t) <= 5),
    *"""mei zes six ten elf the end voor over""".split(),
)
"""The small closed vocabulary a short word (three or four letters) may be a slip of: units,
numbers, months, seasons and the function words of a time expression ("weks", "twe", "teh",
"zomr", "tegn")."""

FUZZY_BLOCK: frozenset[str] = frozenset(
    """
    ach act apriori augusta auguste augusto beging bein bergin carnavals christa christmases
    christs combing comin dage das dga die dire donderdagen dragen dre dried driel drier dries
    drive eastern eater eid eighth eighty ein einden emi ende enid ester fives flour for fours
    frida fridays fur hal jaars jafar jar jara jaune javier jeune julia julie julien julio junge
    junior kers koerst lef lengte lent lenten lentes maan maandag maar maat mach mand manden
    marat marc marcha marche marcher marchi marsch mart member mie mobiel mondays mont moth
    moths najaars ned neen negentiende neigen net nie nxt oer onvermogen ove passen pasten
    pausen quartet quartets saturdays seen semesters sevens severn sparing sprig springs springt
    springy steven
    summers summery summier sunda sundays sven tee teen teigen teugen thais thee there thi thijs
    thirsty threes thuis thursdays tie tijden tin tine tis tow tree tuesdays tweed tweet
    uiterlijke vakanties ver vie viert viper voer volgen volgenden voo voorjaars vor vormige
    vrijdags weaken wednesdays wee wees wekken wekten wenken werken wieken winters wreken wto
    yea yearn yearns yer zaterdags zeventiende zoemer zomers zomervakanties zondags zweven
    dringt binden bannen bonnen arnoud buinen dring bingen drying daring abound waitin aground
    durbin durian laagste laatst laatsten maagden volgens maakt marco marsh match merch
    """.split()
)
"""Real words one slip away from a calendar word ("maan", "passen"), or two from a long lead
before a number and a unit ("bonnen 3 dagen"): they stay themselves. Kept complete by tests
that run every frequent Dutch and English word through both (tests/test_language_typos.py)."""

VAGUE_TIME: tuple[str, ...] = (
    "ooit",
    "ooit eens",
    "op een dag",
    "in de toekomst",
    "in de nabije toekomst",
    "later",
    "binnenkort",
    "snel",
    "zo snel mogelijk",
    "zo vlug mogelijk",
    "zo gauw mogelijk",
    "zsm",
    "asap",
    "als ik tijd heb",
    "wanneer ik tijd heb",
    "als ik tijd vind",
    "als het past",
    "als het kan",
    "nog te bepalen",
    "geen idee",
    "weet ik niet",
    "ik weet het niet",
    "nader te bepalen",
    "ntb",
    "tbd",
    "someday",
    "some day",
    "one day",
    "eventually",
    "in the future",
    "soon",
    "as soon as possible",
    "when i have time",
    "whenever",
    "later on",
    "in de komende jaren",
    "de komende jaren",
    "op termijn",
    "op lange termijn",
    "op korte termijn",
    "in the coming years",
)
"""Phrases that sound like a time but name none; refused with the phrase quoted back."""

CLAUSE_OPENERS: frozenset[str] = frozenset(
    """
    want omdat aangezien vermits doordat zodat als indien wanneer tenzij zodra
    because since as if when unless
    """.split()
)
"""Words that open a reason or a condition ("tegen juni, want in september ..."): what follows
is context, not part of the deadline. "so that" is read as a pair; "since" and "as" only
before a plain word ("since the audit", not "since May" or "as of May")."""
