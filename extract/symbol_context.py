"""One symbol's mention and what the text says around it: the type word before it, then its
date, issuing body, Party term and subject. `mentions.py` reads every mention of a text with it.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from dataclasses import dataclass

from extract.bodies import issuing_body
from extract.codes import DASH
from extract.dates import (
    DATE_AFTER_SYMBOL,
    calendar_date,
    narrated_date,
    parse_date,
    year_of,
)
from extract.find import SymbolMatch, find_symbols, type_word_before
from extract.models import Reference
from extract.normalize import UPPER
from extract.plenums import PARTY_TERM, term_numeral
from extract.provinces import canonical_province
from extract.sentences import FOOTNOTE_MARK
from extract.subjects import subject_after
from extract.tables import may_be_of_term

_TERM = re.compile(PARTY_TERM)
# "năm 2023", also the year alone on the symbol's line, as a portal's headline writes it:
# "Quyết định 891/QĐ-UBND 2019 công bố ..." (not a period, "2021-2025", nor "2019/...")
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d|\s*[-–/.,]\s*\d)"
_YEAR_AFTER = re.compile(rf"(?:\s+nam|[ \t])\s*{_YEAR}")
# ... or after the province whose body issued it, as another portal's headline writes it:
# "Quyết định 832/QĐ-UBND Thanh Hóa 2024 danh mục dự án ..." (the province is the issuer's)
_PROVINCE_YEAR_AFTER = re.compile(rf"[ \t]+(?P<province>[{UPPER}][^\W\d_]*(?:[ \t]+(?:-[ \t]+)?"
                                  rf"[{UPPER}][^\W\d_]*){{0,3}}?)[ \t]+{_YEAR}")
_MARKER_AFTER = re.compile(rf"\s*(?:{FOOTNOTE_MARK}|\(\d{{1,2}}\))")  # also "(1)"
# A day and month with no year after a symbol that gives its year, the year it was issued in:
# "Quyết định số 69/2021/QĐ-UBND ngày 22/12 về việc ..." (not a date cut short, "ngày 15/5/20").
# Possessive: a page's number blanked to a long run of spaces after a symbol was tried at every
# split of it (a text of 40 such pages took 35 s).
_DAY_MONTH_AFTER = re.compile(r"\s*+,?\s*+\(?\s*+ngay\s*(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})"
                              r"(?![\d/.\-]|\s*(?:nam|thang)\b)")
# A date that opens the next line's clause is not the symbol's: "... THỰC HIỆN NGHỊ QUYẾT SỐ
# 66-NQ/TW" / "Ngày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, ..."
_CLAUSE_DATE = re.compile(r"[ \t]*\r?\n[ \t]*Ngày[ \t][^\n,]{0,25}?\d{4}[ \t]*,")


@dataclass(frozen=True, slots=True)
class Mention:
    """A reference as found, with where its context (date, body, term) ends in the text."""

    ref: Reference
    context_end: int
    match: SymbolMatch | None = None


# The body that proposes what a decision decides, named before its submission: "Theo đề nghị
# của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 88/TTr-LĐTBXH" (the Sở's, as its
# "Tờ trình số 88/TTr-LĐTBXH ... của Sở ..." would be, not the ministry whose code it writes)
_PROPOSED_BY = re.compile(r"\bde\s+nghi\s+cua\s+(?P<body>[^;:,.\n]{3,100}?)\s+tai\s+(?:cac\s+)?$")

# A code printed twice, as a typist's slip: "Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018".
_CODE_OF = re.compile(rf"\d+[a-z]?\s*(?:{DASH}|/)?\s*(.+)", re.DOTALL)
_SPACE = re.compile(r"[ \t]{1,3}")
_CODE_NEXT = re.compile(r"[ \t]{1,3}[^\s/]+/")  # the next word holds a stroke


def _past_repeated_code(folded: str, sym: SymbolMatch) -> int:
    """Where the symbol ends, past its code printed again after it."""
    if not _CODE_NEXT.match(folded, sym.end, sym.end + 16):
        return sym.end  # the next word is no code: "ngày", "của", ...
    at = _SPACE.match(folded, sym.end).end()  # type: ignore[union-attr]
    code = _CODE_OF.fullmatch(folded, sym.start, sym.end)
    again = code.group(1) if code else ""
    if "/" in again and folded.startswith(again, at) and not (
            folded[at + len(again):][:1].isalnum()):
        return at + len(again)
    return sym.end


def symbol_mention(text: str, folded: str, sym: SymbolMatch, notes: int) -> Mention:
    """The mention of `sym` in `text` (`folded`, its folded copy), with its type word, date,
    issuing body, Party term and subject; in a footnote if it starts at or after `notes`."""
    # The strings a reference keeps (as printed, its issuing body, its subject) recur across a
    # corpus: thousands of plans cite one directive in the same words. They are interned, since
    # a corpus is held parsed until its index is complete (10k plans: 38 -> 26 KB a plan).
    word = type_word_before(folded, sym.start)
    start = word[0] if word else sym.start
    end = _past_repeated_code(folded, sym)
    marker = _MARKER_AFTER.match(folded, end)  # a footnote's, before the date and body
    clause_date = _CLAUSE_DATE.match(text, end)
    pos, date, year = ((end, None, None) if clause_date else
                       date_or_year_after(folded, marker.end() if marker else end))
    province = None
    if date is None and year is None and not clause_date and (
            named := _PROVINCE_YEAR_AFTER.match(text, pos)) and (
            canonical_province(named["province"])):
        pos, year, province = named.end(), int(named["year"]), sys.intern(named["province"])
    if date and sym.year and date.year != sym.year:
        date = None  # a misprint: "Thông tư số 219/2013/TT-BTC ngày 31/12/2023" is of 2013
    elif date is None and year is None and sym.year and not clause_date and (
            day_month := _DAY_MONTH_AFTER.match(folded, pos)):
        pos, date = day_month.end(), calendar_date(sym.year, day_month["m"], day_month["d"])
    body, pos, plenum = issuing_body(text, folded, pos)
    body = body or province
    term_match = _TERM.match(folded, pos)
    term = None
    if term_match:  # "(khóa XI)" after the body: "của Ban Chấp hành Trung ương Đảng (khóa XI)"
        term, pos = term_numeral(term_match["term"]), term_match.end()
        if date is None and year is None and term_match.group("term_year"):
            year = int(term_match.group("term_year"))  # "(Hội nghị ... khóa XIII, 2022)"
    if date is None and not clause_date:
        # A date may also stand after the body: "của Bộ Chính trị ngày 12/12/2013", and after
        # a plenum the body then: "(Hội nghị Trung ương 6 khóa XII) ngày 25/10/2017 của ..."
        pos_after, date = date_after(folded, pos)
        if date and (sym.year and date.year != sym.year
                     or term and not may_be_of_term(sym.issuer, date.year, term)):
            date = None  # not a year its symbol or its term gives: the next clause's, "...
            # Nghị định số 06/2022/NĐ-CP của Chính phủ, ngày 17 tháng 6 năm 2025 Bộ trưởng ...",
            # "Kết luận số 62-KL/TW của Bộ Chính trị khoá X" / "Ngày 14/3/2019, ..."
        if date:
            again, pos, _ = issuing_body(text, folded, pos_after)
            body = body or again
    if date is None and year is None and word and (
            before := narrated_date(folded, start)):
        # "Ngày 26/11/2021, Thủ tướng Chính phủ ban hành Chỉ thị số ..."
        date, named = parse_date(before), " ".join(text[before.start("body"):before.end("body")]
                                                   .split())
        body = body or (sys.intern(named) if named[:1].isupper() else None)
    if body is None and word and (proposer := _PROPOSED_BY.search(folded, max(0, start - 130),
                                                                start)):
        body = sys.intern(" ".join(text[proposer.start("body"):proposer.end("body")].split()))
    return Mention(
        Reference(kind="symbol", text=sys.intern(text[start:sym.end]), start=start, end=sym.end,
                  symbol=sym.printed, type_word=word[1] if word else None, date=date,
                  year=year, issuing_body=body, term=term, plenum=plenum,
                  subject=subject_after(text, folded, pos),
                  in_footnote=sym.start >= notes),
        context_end=pos,
        match=sym,
    )


def date_after(folded: str, pos: int) -> tuple[int, dt.date | None]:
    """The date written at `pos` (after a symbol, a body or a title), and where it ends."""
    m = DATE_AFTER_SYMBOL.match(folded, pos)
    return (pos, None) if m is None else (m.end(), parse_date(m))


def date_or_year_after(folded: str, pos: int, year_after: re.Pattern[str] = _YEAR_AFTER
                       ) -> tuple[int, dt.date | None, int | None]:
    """The date written after a symbol or a name, else the year alone ("năm 2013", or the
    year of a date no calendar has, "31/4/2023"), and where it ends."""
    m = DATE_AFTER_SYMBOL.match(folded, pos)
    if m is not None:
        date = parse_date(m)
        return m.end(), date, None if date else year_of(m)
    if year_match := year_after.match(folded, pos):
        return year_match.end(), None, int(year_match.group("year"))
    return pos, None, None


# The end of the line or table cell a symbol ends, or of the header's cell before the date line
# run onto its line ("Số: 26/KH-VP Trà Vinh, ngày ...").
_CELL_END = re.compile(rf" {{3,}}|[ *]*(?:[|\t]|\r?\n|$)"
                       rf"|[ \t]+[{UPPER}][^\W\d_]*(?:[ \t]+[^\W\d_]+){{0,4}},[ \t]*ngày\b")


def symbol_after(text: str, pos: int, within: int, alone: bool = False,
                 labelled: bool = False) -> tuple[SymbolMatch, tuple[int, int]] | None:
    """(symbol, span) of a symbol starting fewer than `within` characters after `pos`, or None;
    `alone`: it must end its line or table cell; `labelled`: `pos` ends the "Số:" label."""
    found = find_symbols(text[pos:pos + 60], labelled)
    if not found or found[0].start >= within:
        return None
    sym = found[0]
    if alone and not _CELL_END.match(text, pos + sym.end):
        return None
    return sym, (pos + sym.start, pos + sym.end)
