"""The subtitle of what a document issues, which names the document: "(Ban hành kèm theo Quyết
định số 05/2007/QĐ-BNV ngày 17 tháng 04 năm 2007 của Bộ trưởng Bộ Nội vụ)".

A plan, rule or regulation issued with a decision has no symbol of its own; the decision's is
its name (`identify` asks here when the header gives no symbol or no date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from extract.dates import DATE_AFTER_SYMBOL, parse_date
from extract.find import SymbolMatch
from extract.symbol_context import symbol_after
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS

_SUBTITLE_OPENERS = " \t(*_|"  # before its capital: "(Ban hành kèm theo", "Kèm theo"
_ATTACHED = (rf"[{_SUBTITLE_OPENERS}]*(?:ban\s+hanh\s+)?kem\s+theo\s+(?:{TYPE_WORD_PATTERN})\s+"
             r"(?:so\s*:?\s*)?")
_ATTACHMENT_LINE = re.compile("^" + _ATTACHED, re.MULTILINE)  # a subtitle on a line of its own
ATTACHMENT_SUBTITLE = re.compile(r"(?:^|\()" + _ATTACHED, re.MULTILINE)  # ... or in brackets
_TITLE_ROOM = 500  # the title lines between a heading and its subtitle
_SENTENCE_MARK = re.compile(r"[.;:]")  # no title holds one: text between is running text

Found = tuple[SymbolMatch, tuple[int, int]]  # a symbol and its span in the text


def _subtitles(text: str, folded: str, pattern: re.Pattern[str], start: int = 0,
               end: int | None = None) -> Iterator[tuple[int, Found | None, dt.date | None]]:
    """(where, (symbol, span), date) of each subtitle `pattern` finds, the symbol None if it
    names none."""
    for m in pattern.finditer(folded, start, len(folded) if end is None else end):
        found = symbol_after(text, m.end(), 2)
        after = DATE_AFTER_SYMBOL.match(folded, found[1][1]) if found else None
        yield m.start(), found, parse_date(after) if after else None


def attachment_date(text: str, folded: str, symbol: SymbolMatch) -> dt.date | None:
    """The date that a subtitle gives the document's own `symbol` (also in brackets after the
    attached plan's title): a copy with no date line read."""
    own = (symbol.number, symbol.type_code, symbol.issuer)
    return next((date for _, found, date in _subtitles(text, folded, ATTACHMENT_SUBTITLE)
                 if found and (found[0].number, found[0].type_code, found[0].issuer) == own),
                None)


def attached_to(text: str, folded: str, date: dt.date, type_word: str | None
                ) -> Found | tuple[None, None]:
    """(symbol, span) of the document a subtitle on a line of its own names, dated `date`: a
    copy of the decision that lost its "Số:" line is that decision when the date is its own
    date line's."""
    for _, found, named_date in _subtitles(text, folded, _ATTACHMENT_LINE):
        if found and named_date == date and not (
                type_word and found[0].type_code not in TYPE_WORDS[type_word]):
            return found
    return None, None


def opening_subtitle(text: str, folded: str, heading_at: int
                     ) -> tuple[Found, dt.date | None] | None:
    """((symbol, span), date) of the document a subtitle right under the heading's title names:
    "KẾ HOẠCH" / "TRIỂN KHAI THI HÀNH LUẬT ĐO ĐẠC VÀ BẢN ĐỒ" / "(Ban hành kèm theo Quyết định
    số 415/QĐ-TTg ngày 12 tháng 4 năm 2019 ...)", a plan printed without the decision. Not a
    subtitle after running text: "Quy chế ... được ban hành kèm theo Quyết định số ..."."""
    for at, found, date in _subtitles(text, folded, ATTACHMENT_SUBTITLE, heading_at,
                                      heading_at + _TITLE_ROOM):
        if (_SENTENCE_MARK.search(folded, heading_at, at) or found is None
                or not text[at:].lstrip(_SUBTITLE_OPENERS)[:1].isupper()):
            return None  # (a hard-wrapped sentence's "... được ban hành" / "kèm theo ...")
        return found, date
    return None
