"""One slip in a calendar word is forgiven; a real word is never "corrected" into one."""

from __future__ import annotations

from datetime import date

import pytest

from pop_assistent.language.dates import DateParseError, parse_period
from pop_assistent.language.tokens import fuzzy_word

TODAY = date(2026, 11, 24)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("zommer", "zomer"),  # a letter added
        ("maanen", "maanden"),  # a letter dropped
        ("maadnen", "maanden"),  # two letters swapped
        ("hafl", "half"),  # four letters: only a swap
        ("septmber", "september"),
        ("semptembr", "september"),  # two slips in a long word
        ("kerrstmis", "kerstmis"),
        ("donderdga", "donderdag"),
        ("twe", "twee"),  # a short word: a letter dropped from a keyword of four letters
        ("weks", "weeks"),
        ("zomr", "zomer"),
        ("tegn", "tegen"),
        ("wken", "weken"),
        ("thre", "three"),
        ("teh", "the"),  # a short word: two letters swapped, also the first two ("hte")
        ("hte", "the"),
        ("drei", "drie"),
        ("achtien", "achttien"),  # number words
        ("twalf", "twaalf"),
    ],
)
def test_a_slip_is_read_as_the_word(typed: str, meant: str) -> None:
    assert fuzzy_word(typed) == meant


@pytest.mark.parametrize(
    "word",
    ["maar", "mand", "werken", "passen", "volgen", "middel", "teen", "die", "for", "ene", "tow"]
    + ["zes", "six", "jun", "mar", "epd", "vca", "sql", "erp"],
)
def test_common_words_stay_themselves(word: str) -> None:
    assert fuzzy_word(word) is None


def test_a_short_word_with_two_meanings_is_not_read() -> None:
    """ "jui" is one letter short of "juni" and of "juli": no guess."""
    assert fuzzy_word("jui") is None
    with pytest.raises(DateParseError):
        parse_period("tegen eind jui", TODAY)


def test_no_frequent_dutch_or_english_word_is_read_as_a_calendar_word() -> None:
    """Every word of three letters or more used at least about once per million words
    (wordfreq zipf >= 3) in Dutch or English stays itself; new ones belong in
    lexicon.FUZZY_BLOCK. Only a common typo may still be read: a word 10,000 times rarer than
    the keyword in each language where it is that frequent ("teh" for "the")."""
    import wordfreq

    def zipf(word: str) -> dict[str, float]:
        return {lang: wordfreq.zipf_frequency(word, lang) for lang in ("nl", "en")}

    changed = []
    for lang in ("nl", "en"):
        for word in wordfreq.top_n_list(lang, 60000):
            if not (word.isascii() and word.isalpha()) or len(word) < 3:
                continue
            seen = zipf(word)
            if max(seen.values()) < 3:
                continue
            fixed = fuzzy_word(word)
            if fixed is None or fixed == word:
                continue
            meant = zipf(fixed)
            if any(seen[lang] >= 3 and meant[lang] - seen[lang] < 4 for lang in seen):
                changed.append((word, fixed))
    assert changed == []


@pytest.mark.parametrize(
    "text",
    ["Ik wil de jar met stalen vullen", "I will tow the trailer myself", "tea or thee", "de maan"],
)
def test_a_real_word_outside_a_slot_of_time_is_no_time(text: str) -> None:
    """ "jar", "tow", "thee", "maan" are read as a unit or a number only where nothing else
    can stand ("binnen een jar", "within tow years")."""
    from pop_assistent.language.dates import find_period

    assert find_period(text, TODAY) is None


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("tegen eind vanhet jaar", date(2026, 12, 31)),  # a space left out
        ("by the endof the year", date(2026, 12, 31)),
        ("tegeneind juni", date(2027, 6, 30)),
    ],
)
def test_two_small_words_typed_as_one_are_read_apart(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("nadezomer", date(2027, 9, 30)),  # three words typed as one
        ("binnentwee jaar", date(2028, 11, 24)),  # a lead and a number word
        ("tweemaanden", date(2027, 1, 24)),  # a number word and a unit
        ("tegen eindmei", date(2027, 5, 31)),  # a three-letter month
        ("Q2volgend jaar", date(2027, 6, 30)),
        ("eindh1 2027", date(2027, 6, 30)),
        ("overeen jaar", date(2027, 11, 24)),
        ("tegen eind Q 2", date(2027, 6, 30)),  # a space inside "Q2"
    ],
)
def test_words_typed_together_with_a_number_or_a_month(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("nen half jaar", date(2027, 5, 24)),  # the Flemish article
        ("maximaal zes maanden", date(2027, 5, 24)),  # at most: the span itself
        ("een 3-tal maanden", date(2027, 2, 24)),
        ("at most six weeks", date(2027, 1, 5)),
        ("binnen driekwart jaar", date(2027, 8, 24)),  # three quarters of a year
        ("drie kwart jaar", date(2027, 8, 24)),
    ],
)
def test_a_bare_span_said_around_its_amount(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("bin nen drie maanden", date(2027, 2, 24)),  # a space typed inside a word
        ("vol gend jaar", date(2027, 12, 31)),
        ("tege nde zomer", date(2027, 6, 30)),  # the space one letter off
        ("okto ber 2027", date(2027, 10, 31)),
    ],
)
def test_a_word_split_by_a_slipped_space_is_joined(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("six months form now", date(2027, 5, 24)),  # "from" before "now"
        ("by the end of nxt year", date(2027, 12, 31)),  # a relative word before a unit
        ("before the ned of March", date(2027, 3, 31)),  # an anchor before "of"
        ("by Aug 3rd", date(2027, 8, 3)),  # an English ordinal after a short month
        ("by the end of next moth", date(2026, 12, 31)),  # a unit after a relative word
        ("by the end of this quater", date(2026, 12, 31)),
        ("by the twenty-first of May", date(2027, 5, 21)),  # ordinal words
        ("tegen de vijftiende van volgende maand", date(2026, 12, 15)),
    ],
)
def test_an_english_slip_is_read_by_its_slot(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        ("on or before 15 May", date(2027, 5, 15)),  # the day itself still counts
        ("op of voor 15 mei", date(2027, 5, 15)),
        ("before 15 May", date(2027, 5, 14)),
        ("tegen de eerste schooldag", date(2027, 9, 1)),
    ],
)
def test_on_or_before_and_the_first_school_day(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


def test_no_frequent_word_before_a_number_and_a_unit_is_read_as_a_lead() -> None:
    """Two slips are forgiven in a long lead where a number and a unit follow ("whitin 6
    months"), never in a real word that can stand there ("de bonnen 3 dagen bewaren"): new
    ones belong in lexicon.FUZZY_BLOCK."""
    import wordfreq

    from pop_assistent.language.lexicon import WORDS
    from pop_assistent.language.normalize import fold
    from pop_assistent.language.tokens import tokenize

    read = []
    for lang in ("nl", "en"):
        for word in wordfreq.top_n_list(lang, 50000):
            word = fold(word)
            if not word.isalpha() or len(word) < 5 or word in WORDS or fuzzy_word(word):
                continue  # a calendar word itself, or one slip of one (the test above)
            leads = ("WITHIN", "BEFORE", "BY", "DURING")
            alone = tokenize(word).items
            if alone and alone[0].canon in leads:
                continue  # read so without the slot ("voorde": two words typed as one)
            items = tokenize(f"{word} 3 weken").items
            if len(items) == 3 and items[0].canon in leads:
                read.append(word)
    assert read == []


@pytest.mark.parametrize(
    ("text", "deadline"),
    [("Whitin 6 months", date(2027, 5, 24)), ("bniinen drie weken", date(2026, 12, 15))],
)
def test_a_long_lead_with_two_slips_before_a_number_and_a_unit(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


@pytest.mark.parametrize(
    ("text", "deadline"),
    [("binnen 3 wkn", date(2026, 12, 15)), ("within 6 mths", date(2027, 5, 24))],
)
def test_short_forms_of_units(text: str, deadline: date) -> None:
    assert parse_period(text, TODAY).deadline == deadline


def test_the_flemish_article_den_is_an_article() -> None:
    assert parse_period("tegen den zomer", TODAY).deadline == date(2027, 6, 30)


@pytest.mark.parametrize(
    ("typed", "meant"), [("meart", "maart"), ("apryl", "april"), ("oktobet", "oktober")]
)
def test_one_letter_replaced_in_a_month_of_five_letters_or_more(typed: str, meant: str) -> None:
    assert fuzzy_word(typed) == meant


@pytest.mark.parametrize("typed", ["juno", "jali"])
def test_a_four_letter_month_is_not_guessed_from_a_replaced_letter(typed: str) -> None:
    """ "juni" and "juli" differ in one letter: a replaced letter there is never guessed."""
    assert fuzzy_word(typed) is None


def test_a_quarter_year_is_three_months() -> None:
    assert parse_period("binnen een kwart jaar", TODAY).deadline == date(2027, 2, 24)


@pytest.mark.parametrize("text", ["binnen -3 maanden", "over - 2 weken", "within -6 months"])
def test_a_span_counted_backwards_is_refused(text: str) -> None:
    with pytest.raises(DateParseError) as info:
        parse_period(text, TODAY)
    assert "telt terug" in info.value.message("nl")
