"""Reading typed dates and times: the locale's own short form, whole, or a sentence why not."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from caregiver_app.views.widgets.typed_values import (
    DatePattern,
    TypedValueError,
    format_date,
    format_time,
    parse_date,
    parse_time,
)
from tests.helpers.locales import LOCALES

US = DatePattern.of("M/d/yyyy")
SPAIN = DatePattern.of("d/M/yy")
CHINA = DatePattern.of("yyyy/M/d")


@pytest.mark.parametrize(
    ("pattern", "typed"),
    [
        (US, "3/14/1947"),
        (US, "03/14/1947"),
        (US, " 3-14-1947 "),
        (SPAIN, "14/3/1947"),
        (SPAIN, "14.03.1947"),
        (CHINA, "1947/3/14"),
        (CHINA, "1947年3月14日"),
        (US, "1947-03-14"),  # ISO is read as such in every language
        (SPAIN, "1947-03-14"),
    ],
)
def test_a_date_typed_in_the_locale_form_is_read_exactly(pattern, typed):
    assert parse_date(typed, pattern) == date(1947, 3, 14)


def test_spain_and_china_write_the_year_with_four_digits():
    assert SPAIN.qt_format == "d/M/yyyy" and SPAIN.order == "dmy"
    assert CHINA.order == "ymd" and US.order == "mdy"


@pytest.mark.parametrize("blank", ["", "   ", "\t"])
def test_a_blank_date_is_not_set(blank):
    assert parse_date(blank, US) is None


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("3/14/47", "four digits"),
        ("Not set141947", "is not a date"),
        ("2/30/2027", "no such date"),
        ("13/1/2026", "no such date"),
        ("3/14", "is not a date"),
        ("3/14/1947/2", "is not a date"),
        ("1/1/1899", "before 1900"),
        ("yesterday", "is not a date"),
    ],
)
def test_what_is_not_a_date_is_refused_with_a_sentence(typed, says):
    with pytest.raises(TypedValueError, match=says):
        parse_date(typed, US)


def test_the_hint_and_the_example_are_the_form_that_is_read():
    assert US.hint() == "M/D/YYYY"
    assert CHINA.hint() == "YYYY/M/D"
    assert parse_date(format_date(date(1947, 3, 14), SPAIN), SPAIN) == date(1947, 3, 14)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10:30 AM", time(10, 30)),
        ("10:30\u202fAM", time(10, 30)),  # the locale's own narrow no-break space
        ("10:30am", time(10, 30)),
        ("10:30 a.m.", time(10, 30)),
        ("12:05 AM", time(0, 5)),
        ("12:05 PM", time(12, 5)),
        ("1:15 pm", time(13, 15)),
        ("22:45", time(22, 45)),
        ("0:00", time(0, 0)),
        ("1030", time(10, 30)),
        ("14.30", time(14, 30)),
        ("14h30", time(14, 30)),
        ("9", time(9, 0)),
    ],
)
def test_a_time_typed_with_a_plain_space_or_none_is_read_exactly(typed, expected):
    assert parse_time(typed, LOCALES["en_US"]) == expected


def test_spanish_and_chinese_morning_and_afternoon_words():
    assert parse_time("2:30 p. m.", LOCALES["es_ES"]) == time(14, 30)
    assert parse_time("下午2:30", LOCALES["zh_CN"]) == time(14, 30)
    assert parse_time("上午 9:05", LOCALES["zh_CN"]) == time(9, 5)


@pytest.mark.parametrize("typed", ["25:00", "13:30 PM", "0:30 AM", "10:61", "ten", "10:3", ":30"])
def test_what_is_not_a_time_is_refused_with_a_sentence(typed):
    with pytest.raises(TypedValueError, match="is not a time"):
        parse_time(typed, LOCALES["en_US"])


@settings(max_examples=200, deadline=None)
@given(
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(9999, 12, 31)),
    name=st.sampled_from(sorted(LOCALES)),
)
def test_every_date_shown_in_a_locale_reads_back_equal(day, name):
    pattern = DatePattern.of(LOCALES[name].dateFormat(QLocale.FormatType.ShortFormat))
    assert parse_date(format_date(day, pattern), pattern) == day


@settings(max_examples=200, deadline=None)
@given(
    at=st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    name=st.sampled_from(sorted(LOCALES)),
)
def test_every_time_shown_in_a_locale_reads_back_equal(at, name):
    assert parse_time(format_time(at, LOCALES[name]), LOCALES[name]) == at


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=20))
def test_any_text_is_a_date_none_or_a_sentence(text):
    try:
        parse_date(text, US)
        parse_time(text, LOCALES["en_US"])
    except TypedValueError as error:
        assert str(error).strip()
