"""Party resolutions named by their plenum instead of a symbol: "Nghị quyết Hội nghị lần thứ
bảy Ban Chấp hành Trung ương Đảng (khoá XI)", "NGHỊ QUYẾT TRUNG ƯƠNG 7 (KHOÁ XI)", and the
plenum named as a body ("của Hội nghị Trung ương 6"). Matched on folded text (see
`normalize.fold_chars`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A plenum's number, in digits or words: "Trung ương 6", "lần thứ bảy", "lần thứ mười hai".
_PLENUM_NUMBER = (r"(?:\d{1,2}(?!\d)|(?:muoi\s+)?(?:nhat|mot|hai|ba|bon|tu|nam|lam|sau|bay|tam|"
                  r"chin)(?!\w)(?!\s*\d)|muoi(?!\w))")  # not "năm 2022"
_NUMBER_WORDS = {"nhat": 1, "mot": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "lam": 5,
                 "sau": 6, "bay": 7, "tam": 8, "chin": 9}
# "TƯ" and "T.Ư" abbreviate Trung ương, as "TW" does ("Nghị quyết T.Ư 4, khóa XI").
_CENTRAL_COMMITTEE = (r"(?:(?:ban\s+chap\s+hanh|bch)\s+)?"  # also abbreviated, "BCH Trung ương"
                      r"(?:trung\s+uong|tw|t\.?u)(?:\s+dang)?")
# "(khóa XI)", ", khóa XII", and with the plenum's year in brackets, "(... khóa XIII, 2022)";
# also in digits, "Quốc hội khoá 11", "khoá 12" (see `term_numeral`)
PARTY_TERM = (r"\s*+[(,]?\s*khoa\s+(?P<term>[ivxl]+|[1-9]\d?)\b"
              r"(?:\s*,\s*(?:nam\s+)?(?P<term_year>(?:19|20)\d\d)(?=\s*\)))?(?:\s*\))?")
# A Party resolution cited by its plenum: "Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành
# Trung ương Đảng (khoá XI)", "NGHỊ QUYẾT TRUNG ƯƠNG 7 (KHOÁ XI)". Matched on folded text;
# the boundary before "nghi" is checked after it, as for law names.
PLENUM_TITLE = re.compile(
    r"nghi(?<!\wnghi)\s+quyet\s+(?:hoi\s+nghi\s+)?"
    rf"(?:lan\s+thu\s+(?P<n1>{_PLENUM_NUMBER})\s+)?{_CENTRAL_COMMITTEE}"
    rf"(?:\s+(?:lan\s+thu\s+)?(?P<n2>{_PLENUM_NUMBER}))??{PARTY_TERM}"
)
# The plenum that adopted a symbol's resolution, named as its issuing body: "của Hội nghị lần
# thứ năm Ban Chấp hành Trung ương Đảng", "của Hội nghị Trung ương 6 (khóa XI)".
PLENUM_BODY = re.compile(
    rf"hoi\s+nghi\s+(?:lan\s+thu\s+(?P<n1>{_PLENUM_NUMBER})\s+{_CENTRAL_COMMITTEE}"
    rf"|{_CENTRAL_COMMITTEE}\s+(?:lan\s+thu\s+)?(?P<n2>{_PLENUM_NUMBER}))"
)


def plenum_number(match: re.Match) -> str | None:
    """The plenum a `PLENUM_TITLE` or `PLENUM_BODY` match names, in digits ("7"), if any."""
    words = (match.group("n1") or match.group("n2") or "").split()
    if not words:
        return None
    if words[0].isdigit():
        return str(int(words[0]))
    tens = 10 if words[0] == "muoi" else 0
    units = words[1:] if tens else words
    return str(tens + (_NUMBER_WORDS[units[0]] if units else 0))


_ROMAN = (("XL", 40), ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def term_numeral(printed: str) -> str:
    """A term as the tables write it, in Roman numerals: "khoá 11" is "XI", "khóa xi" "XI"."""
    if not printed.isdigit():
        return printed.upper()
    number, numeral = int(printed), ""
    for letters, value in _ROMAN:
        count, number = divmod(number, value)
        numeral += letters * count
    return numeral


@dataclass(frozen=True, slots=True)
class TitleMatch:
    start: int
    end: int
    plenum: str | None  # "7" (also for "lần thứ bảy")
    term: str  # "XI"
    symbol_at: int | None = None  # where its symbol starts, when one follows ("... số 25-NQ/TW")


_SYMBOL_AFTER_TITLE = re.compile(r"\s*,?\s*so\s*(?=\d)")


def find_plenum_titles(folded: str) -> list[TitleMatch]:
    """Party resolutions cited by plenum and term, instead of a symbol or before one."""
    found = []
    for m in PLENUM_TITLE.finditer(folded):
        symbol = _SYMBOL_AFTER_TITLE.match(folded, m.end(), m.end() + 12)
        found.append(TitleMatch(m.start(), m.end(), plenum_number(m), term_numeral(m["term"]),
                                symbol.end() if symbol else None))
    return found
