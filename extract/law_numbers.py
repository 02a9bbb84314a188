"""A law's name and the numbers after it: the year that may follow it, the symbol that is
its own ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15"), and the numbered laws an amending
law's name lists, with the date after them that is the amending law's."""

from __future__ import annotations

import datetime as dt
import re

from extract.models import evolve
from extract.symbol_context import Mention
from extract.tables import REVISED_MARK

# After a law's name the year may stand alone ("Luật Đất đai 2024"), not a period ("2021 - 2025";
# but a line a dash opens is the next item of a list, "... năm 2001" / "- 6Nghị định ..."), also
# past "đầu tiên" (the first: "Luật Đất đai đầu tiên năm 1987")
NAME_YEAR_AFTER = re.compile(r"\s+(?:dau\s+tien\s+)?(?:nam\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
                             r"(?![ \t]*[-–]\s*\d)")
# The mark of a law being revised after its name: "Luật Chứng khoán (sửa đổi)"
REVISED_AFTER = re.compile(rf"\s*{REVISED_MARK}")
# What joins the items of a list of laws, after a law's year: "Luật Đất đai năm 2013, Luật Nhà ở"
NAMES_JOINED = re.compile(r"(?:\s*(?:nam\s+)?(?:19|20)\d\d)?\s*(?:,[\s,]*(?:va\s+)?|va\s+)")
# What stands between a law's name and its number: "số" (or "số:"), a comma, also its year, "Luật
# sửa đổi Luật Ban hành văn bản quy phạm pháp luật 2025, số 87/2025/QH15"; or a bracket that
# numbers it, "Luật Quốc phòng (Luật số 22/2018/QH14)", "... (số 82/2025/QH15)"
_AFTER_NAME = re.compile(r"\s*(?:(?:nam\s+)?(?:19|20)\d\d(?!\d)\s*)?,?\s*"
                         r"(?:\(\s*(?:luat\s+)?so\s*:?\s*|(?:so\s*:?\s*)?)")
# ... or, on its line, "Luật số": "Luật Trẻ em 2016 Luật số: 102/2016/QH13" (a page's headline)
_LAW_NUMBER_AFTER_NAME = re.compile(r"[ \t]*(?:(?:nam[ \t]+)?(?:19|20)\d\d(?!\d)[ \t]*)?"
                                    r"luat[ \t]+so[ \t]*:?[ \t]*")
# The number after an amending law's name is its own, unless other laws follow it, each with
# its number: "Luật sửa đổi, bổ sung một số điều của Luật Đất đai số 31/2024/QH15, Luật Nhà ở số
# 27/2023/QH15, ... và Luật Các tổ chức tín dụng số 32/2024/QH15": those are the laws it amends,
# and 31/2024 the first of them.
_NEXT_NUMBERED_LAW = re.compile(r"\s*(?:,\s*va\b|,|va\b)\s*(?:luat|bo\s+luat)"
                                r"\s[^,;()]{1,80}?\sso\s*\d")


def more_numbered_laws(folded: str, end: int) -> bool:
    """Whether another law with its number follows the symbol ending at `end`."""
    return _NEXT_NUMBERED_LAW.match(folded, end) is not None


def numbered_laws_listed(folded: str, first: int, symbol_end: dict[int, int]) -> list[int]:
    """The starts of the numbered laws listed from the symbol at `first` on ("Luật Đất đai số
    31/2024/QH15, Luật Nhà ở số 27/2023/QH15 và Luật ... số 32/2024/QH15")."""
    listed = [first]
    while (after := _NEXT_NUMBERED_LAW.match(folded, symbol_end[listed[-1]])) is not None \
            and after.end() - 1 in symbol_end:
        listed.append(after.end() - 1)
    return listed


def take_list_end_date(mentions: list[Mention], at_symbol: dict[int, int],
                       listed: list[int]) -> dt.date | None:
    """The date after the laws an amending law amends, listed after its name, is the amending
    law's: "... và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm 2024" dates
    the law of June 2024 that amends the four, not the last of them. Taken from that last law,
    unless the date is older than one of the laws listed: then it can only be that law's."""
    if listed[-1] not in at_symbol:
        return None
    last = mentions[at_symbol[listed[-1]]]
    date = last.ref.date
    years = [mentions[at_symbol[s]].match.year for s in listed if s in at_symbol]
    if date is None or any(y and y > date.year for y in years):
        return None
    mentions[at_symbol[listed[-1]]] = evolve(last, ref=evolve(last.ref, date=None))
    return date


def symbol_after_name(folded: str, end: int, symbol_end: dict[int, int]) -> int | None:
    """The start of the symbol that a law's name ending at `end` is numbered by, if any."""
    target = _AFTER_NAME.match(folded, end, end + 30).end()  # "số" / an indent / the number
    if target not in symbol_end and (law := _LAW_NUMBER_AFTER_NAME.match(folded, end, end + 30)):
        target = law.end()
    return target if target in symbol_end else None
