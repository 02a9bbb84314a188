"""A portal's record of the document above its text ("Số hiệu: 104/2016/NĐ-CP", "Ngày ban
hành: 01/07/2016", "Nơi ban hành: Chính phủ"): the values of its fields, where the document's
own header and date line do not give them."""

from __future__ import annotations

import re

from extract.bodies import issuer_of_body
from extract.codes import issuer_codes
from extract.normalize import fold_chars, fold_words
from extract.symbol_context import symbol_after
from extract.tables import RECORD_FIELD_NAME, TYPE_WORD_PATTERN, TYPE_WORDS

# Its date: "Ngày ban hành: 20/11/2025", in bold, "**Ngày ban hành:**" / "|" / "26/11/2025", with
# no colon, "Ngày ban hành 12/12/2011", "Ngày văn bản 08/11/2019", or under it, "Ngày ban hành" /
# "" / "01/12/2020".
# A field's value with no colon before it, on the field's line or under it (its digits first)
VALUE_WITHOUT_COLON = r"(?:[ \t]+|[ \t]*\n\s*)(?=\d)"
ISSUED_ON = re.compile(r"\bngay\s+(?:ban\s+hanh|van\s+ban)"
                       rf"(?:[\s*]*[:|][\s*|]*|{VALUE_WITHOUT_COLON})")
# A news page's own day, where it announces no document of a symbol: "Ngày đăng: 21/09/2022",
# "Đăng ngày 13 - 08 - 2018", "Ngày đăng : 09:30, 12/03/2021", "Cập nhật ngày: 08/01/2023"
POSTED_ON = re.compile(r"\b(?:dang\s+ngay|ngay\s+dang|cap\s+nhat\s+ngay|ngay\s+cap\s+nhat)"
                       r"[\s*]*:?[\s*]*(?:\d{1,2}:\d\d(?::\d\d)?\s*,?\s*)?(?=\d)")
# ... and its issuer, where no header above the text names one, as when the portal's summary
# of the document stands between its record and its header: "Nơi ban hành: Thủ tướng Chính phủ"
_RECORD_WINDOW = 2500  # the record stands at the top of the page
ISSUED_BY = re.compile(r"\b(?:noi|co\s+quan)\s+ban\s+hanh[\s*]*[:|][\s*|]*")  # "Cơ quan ban hành:"
_TYPE_OF = re.compile(rf"(?:{TYPE_WORD_PATTERN})\s+cua\s+")  # a type before whose it is
_RECORD_VALUE = re.compile(r"[^|\n*]*[^\s|*]")
# (a field's name with its colon: "Nghị định 109/2013/NĐ-CP quy định xử phạt ... trong lĩnh vực
# quản lý giá, ... Số hiệu:" goes on past "lĩnh vực"); at once, the field was left empty: "Nơi
# ban hành: | *** | Người ký: | ..." names no body "Người ký:"
_NEXT_FIELD = re.compile(rf"(?<![^\s|*]){RECORD_FIELD_NAME}(?=[\s*]*[:|])")
# ... and its title, where the page prints no heading over one: thuvienphapluat.vn's "Tiêu đề:
# Nghị định 104/2016/NĐ-CP quy định về hoạt động tiêm chủng Số hiệu: ...". Its type word is the
# heading's; the symbol, the year the portal adds to a law's name ("Luật Hải quan 2014", "...
# năm 2013") and who issued it ("... do Bộ trưởng Bộ Y tế ban hành") are no title's words.
_TITLED = re.compile(r"\btieu\s+de[\s*]*:[\s*]*")
_TYPE_WORD_FIRST = re.compile(rf"(?:{TYPE_WORD_PATTERN})\s+")
# (read on the text: "độ" and "Nam" fold as "do" and "năm" do, "... về các chế độ do Hội Đồng
# Chính Phủ ban hành", "Bộ luật hàng hải Việt Nam 2015")
_YEAR = re.compile(r"\s*(?:năm\s+)?(?:19|20)\d\d\b\s*")
_PORTALS_TAIL = re.compile(r"\s+(?:do\s.{3,150}?\sban\s+hành|(?:năm\s+)?(?:19|20)\d\d)$",
                           re.IGNORECASE)


_PLACEHOLDER = re.compile(r"dang cap nhat|chua cap nhat|khong xac dinh|da biet")


def _value_after(text: str, folded: str, label: re.Pattern[str]) -> str | None:
    """The value of the first field `label` finds in the record, if any."""
    m = label.search(folded, 0, _RECORD_WINDOW)
    value = _RECORD_VALUE.match(text, m.end()) if m else None
    if value is None:
        return None
    # a record flattened onto one line goes on to its next field: "... Người ký: ..."
    end = _NEXT_FIELD.search(folded, value.start(), value.end())
    found = text[value.start():end.start() if end else value.end()].strip()
    # (no letter nor digit: the rule under a table's row of fields' names, "---|---|"; nor a
    # portal's placeholder, "Cơ quan ban hành:" / "Đang cập nhật" (being updated))
    return found if any(c.isalnum() for c in found) and not _PLACEHOLDER.fullmatch(
        fold_words(found)) else None


# ... and its type, where neither a heading nor the symbol gives one: "Loại văn bản:Chỉ thị" over
# "Số hiệu:133/TTg", a directive of 1995 whose symbol has no type code
_TYPE_FIELD = re.compile(r"\bloai\s+van\s+ban[\s*]*[:|][\s*|]*")


def type_labelled(text: str, folded: str) -> str | None:
    """The folded type word a portal's record gives ("Loại văn bản: | Chỉ thị |"), if any."""
    word = fold_words(_value_after(text, folded, _TYPE_FIELD) or "")
    return word if word in TYPE_WORDS else None


def body_labelled(text: str, folded: str, issuer: str | None) -> str | None:
    """The issuing body a portal's record gives, if any ("Nơi ban hành:" / "|" / "Chính phủ"),
    unless it names another issuer than the symbol's: a portal's slip, "Nơi ban hành: Quốc hội"
    over `43/2017/TT-BYT`."""
    body = _value_after(text, folded, ISSUED_BY)
    if body and (of := _TYPE_OF.match(fold_chars(body))):
        body = body[of.end():]  # "Thông tư liên tịch của Viện kiểm sát ...": whose type it is
    named = issuer_of_body(body) or ("QH" if fold_words(body or "") == "quoc hoi" else None)
    return None if issuer and named and named not in issuer_codes(issuer) else body


def title_labelled(text: str, folded: str) -> tuple[str, str] | None:
    """(type word, title) of the title a portal's record gives, if it opens with a type word:
    "Luật Hải quan 2014" is a law's, "Hải quan"."""
    title = _value_after(text, folded, _TITLED)
    lowered = fold_chars(title or "")
    if title is None or not (word := _TYPE_WORD_FIRST.match(lowered)):
        return None
    start = word.end()
    if found := symbol_after(title, start, 1):
        start = found[1][1]
        if year := _YEAR.match(title, start):  # "Nghị định 218-CP năm 1961 ban hành ..."
            start = year.end()
    rest = title[start:].strip()
    if tail := _PORTALS_TAIL.search(rest):
        rest = rest[:tail.start()]
    return (fold_words(word.group()), rest) if rest else None
