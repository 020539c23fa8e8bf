"""The languages the app and the handout speak, and dates and numbers written as each one reads them.

English keeps the app's own unambiguous style ("7 Dec 2026", on every system locale); Chinese
uses CLDR's forms through Babel ("2026年12月7日"), loaded only when a Chinese text is asked for.
One implementation for every output: the GUI, the PDF and the CLI call these functions.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:   # annotations only: the GUI imports this module before its first paint, datetime after
    from datetime import date


class Language(StrEnum):
    """A language tag as the CLI takes it (`--language zh-Hant`) and the settings store it."""

    EN = "en"
    ZH_HANT = "zh-Hant"     # Traditional Chinese, as written in Hong Kong
    ZH_HANS = "zh-Hans"     # Simplified Chinese, as written on the Mainland


NATIVE_NAMES = {Language.EN: "English", Language.ZH_HANT: "繁體中文", Language.ZH_HANS: "简体中文"}
# The locale whose CLDR data and Qt translations each language uses.
LOCALE_NAMES = {Language.EN: "en_GB", Language.ZH_HANT: "zh_HK", Language.ZH_HANS: "zh_CN"}
_BABEL_LOCALES = {Language.ZH_HANT: "zh_Hant_HK", Language.ZH_HANS: "zh_Hans_CN"}

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_TRADITIONAL_REGIONS = {"HK", "MO", "TW"}


def language_of_locale(name: str) -> Language:
    """The app's language for a system locale name ('zh_HK', 'zh-Hant-TW', 'zh_CN', 'en_US', ...).

    Chinese marked Hans reads Simplified; of Hong Kong, Macao and Taiwan, or marked Hant, Traditional;
    other Chinese, Simplified; every other language gets English (the only other one the app speaks).
    """
    parts = name.replace("-", "_").split(".")[0].split("_")
    if not parts or parts[0].lower() != "zh":
        return Language.EN
    rest = {p.upper() for p in parts[1:]}
    if "HANS" in rest:
        return Language.ZH_HANS
    if "HANT" in rest or rest & _TRADITIONAL_REGIONS:
        return Language.ZH_HANT
    return Language.ZH_HANS


def format_date(day: date, language: Language) -> str:
    """'7 Dec 2026' in English; '2026年12月7日' in Chinese."""
    if language is Language.EN:
        return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"
    from babel.dates import format_date as cldr_date

    return cldr_date(day, "long", locale=_BABEL_LOCALES[language])


def _cldr_skeleton(skeleton: str, day: date, language: Language) -> str:
    from babel.dates import format_skeleton

    return format_skeleton(skeleton, day, locale=_BABEL_LOCALES[language])


def format_month(day: date, language: Language) -> str:
    """'Dec 2026' in English; '2026年12月' in Chinese."""
    if language is Language.EN:
        return f"{format_month_name(day, language)} {day.year}"
    return _cldr_skeleton("yMMM", day, language)


def format_month_name(day: date, language: Language) -> str:
    """'Dec' in English; '12月' in Chinese (a month label on a time axis)."""
    if language is Language.EN:
        return MONTH_ABBR[day.month - 1]
    from babel.dates import get_month_names

    return get_month_names("abbreviated", locale=_BABEL_LOCALES[language])[day.month]


def format_quarter(day: date, language: Language) -> str:
    """'Q4 2026' in English; '2026年第4季' (Hong Kong) or '2026年第4季度' (Mainland) in Chinese."""
    if language is Language.EN:
        return f"{format_quarter_name(day, language)} {day.year}"
    return _cldr_skeleton("yQQQQ", day, language)


def format_quarter_name(day: date, language: Language) -> str:
    """'Q4' in English; '第4季' or '第4季度' in Chinese (a quarter under its year on a time axis)."""
    if language is Language.EN:
        return f"Q{(day.month - 1) // 3 + 1}"
    return format_quarter(day, language).removeprefix(format_year(day, language))


def format_year(day: date, language: Language) -> str:
    """'2026' in English; '2026年' in Chinese."""
    return str(day.year) if language is Language.EN else f"{day.year}年"


def format_number(value: int | float, language: Language) -> str:
    """A count or a figure with the language's grouping ('12,345'; the same in Hong Kong and Mainland use)."""
    if language is Language.EN:
        return f"{value:,}"
    from babel.numbers import format_decimal

    return format_decimal(value, locale=_BABEL_LOCALES[language])


def qt_date_format(language: Language) -> str:
    """The QDateEdit display format that writes a date as format_date does."""
    return "d MMM yyyy" if language is Language.EN else "yyyy年M月d日"
