"""Dates as documents write them: "03/6/2013", "11 tháng 9 năm 2013" and their noise, the date
right after a symbol, and one told before the document it dates. Matched on folded text."""

from __future__ import annotations

import datetime as dt
import re

from extract.tables import TYPE_WORD_PATTERN

# Dates, matched on folded text (see `normalize.fold_chars`): 03/6/2013, 03-6-2013,
# 03.6.2013, "11 tháng 9 năm 2013" (also broken over lines, run together, "27 tháng 5năm
# 2010", "11 tháng 9, năm 2013", or wrapped inside a cell of a grid table, "năm   |" then
# "|     | 2023", or cut by Markdown's italics, "năm* *2025"; a year split by a space in text
# from a PDF, "16/7/20 21", and so a month's leading zero, "tháng 0 6"; the two forms mixed,
# "26 tháng 11/2021"); and its words misprinted, "14 thánh 11 năm 2003", "03 ngày 6 năm 2002",
# "26 ngày 8 tháng 2021" (the date was lost, and with it the decree's subject after it).
_DATE = (
    r"(?P<d>\d{1,2})\s*[/.\-]\s*(?P<m>\d{1,2})\s*[/.\-]\s*(?P<y>(?:19|20) ?\d\d)(?!\d)"
    r"|(?P<d2>\d{1,2})[\s|*]*(?:thang|thanh|ngay)[\s|*]*(?P<m2>0[ \t]{1,3}[1-9]|\d{1,2})"
    r"(?:[\s|*]*,?\s*(?:nam|thang)[\s|*]*|\s*[/.\-]\s*)"
    r"(?P<y2>(?:19|20) ?\d\d)(?!\d)"
)
DATE_PATTERN = re.compile(_DATE)
# How a body issued a document, between the body and the verb: "UBND tỉnh vừa ban hành", "cũng
# đã", "đã chính thức", "tiếp tục", "cho biết đã" (said it has), "vừa có (ký) quyết định ban
# hành Quy chế ..." (by a decision; "ra quyết định", made one), "Chủ tịch UBND tỉnh quyết định ban
# hành kế hoạch" (decided to), "mới đây", "gần đây" (recently) (they were read as the body's words)
HOW_ISSUED = (r"(?:cung|vua|da|moi(?:\s+day)?|gan\s+day|chinh\s+thuc|khan\s+truong|kip\s+thoi"
              r"|nhanh\s+chong"
              r"|tiep\s+tuc|cho\s+biet|thong\s+nhat|(?:(?:co|ky|ra)\s+)?quyet\s+dinh)")

# The verb of an act of issuing: "ban hành", "có", "ký", "ký kết" (a plan two bodies agreed),
# "công bố" (made public: "Thủ tướng Chính phủ công bố Quyết định 222/QĐ-TTg")
ISSUE_VERB = r"(?:ban\s+hanh|co|ky(?:\s+ket)?|cong\s+bo)"

# Who adopted or issued it, between "được" and the verb: "được Quốc hội khóa XIII, kỳ họp thứ 8
# thông qua ngày ..." (a few words and commas, no clause's end, no other document: "... được sửa
# đổi bởi Luật ... ban hành ngày ..." dates that one)
_ADOPTED_BY = rf"(?:(?!(?:{TYPE_WORD_PATTERN})\b)[^\W_]+[\s,]+){{0,12}}?"
# ... and the Assembly's session, between the verb and the day: "thông qua tại Kỳ họp thứ 8 ngày
# 23/11/2024", "tại kỳ họp thứ 2, ngày 18/11/2016"
_AT_SESSION = r"(?:tai\s+ky\s+hop\s+(?:thu\s+)?\w+(?:\s+\w+)?\s*,?\s*)?"
# A date that belongs to the symbol before it: ", ngày 27/5/2022", "(ngày 27/5/2022)",
# "(27/5/2022)", "(được) ban hành ngày ...", "ký ngày ...", "công bố ngày ..." (a law's
# promulgation), "được Quốc hội thông qua ngày ..." (its adoption), and the next cell of a
# table's row
# ("| 72/KH-UBND | 06/5/2022 |", or columns parted by tabs or runs of spaces), which holds the
# date alone.
_CELL_END = r"(?=[ \t]*(?:\||\t| {3}|\r?\n|$))"
DATE_AFTER_SYMBOL = re.compile(
    # (not a paragraph's lede: "... hướng dẫn Luật X" / "" / "Ngày 18/07/2015, Chính phủ ...",
    # nor a page's date alone on its line under a headline: "... Nghị quyết số 04/2021/NQ-HĐND
    # của Hội đồng nhân dân tỉnh Hậu Giang" / "" / "Ngày 14-07-2021")
    r"(?![ \t]*\r?\n[ \t]*\r?\n\s*ngay\b[^,\n]{4,30}(?:,|[ \t]*(?:\r?\n|$)))"
    # (nor, under a line's end or after a comma, the date of the next clause's act: "... CỦA
    # LUẬT PHÒNG, CHỐNG BẠO LỰC GIA ĐÌNH" / "Ngày 01/11/2023, Chính phủ ban hành Nghị định số
    # 76/2023/NĐ-CP ...", "... Nghị quyết 25-NQ/TƯ, ngày 18/7/2014, Ban Dân vận Tỉnh ủy có
    # Công văn số 700/CV-DVTU ...")
    rf"(?![ \t]*(?:\r?\n\s*|,\s*)ngay\b[^,\n]{{4,30}},\s*(?:[\w()]+\s+){{0,14}}?"
    rf"(?:{HOW_ISSUED}\s+)*(?:ky\s+)?{ISSUE_VERB}\s+(?:{TYPE_WORD_PATTERN})\b)"
    # (... or of any act the next clause says was done, its doer first: "... Luật Quản lý ngoại
    # thương, ngày 6/6/2025, Bộ Công Thương đã nhận được đề xuất ...", not "..., ngày 6/6/2025,
    # của UBND tỉnh ...", whose it is)
    rf"(?![ \t]*,\s*ngay\b[^,\n]{{4,30}},\s*(?!(?:cua|ve|do|tai|theo|ban|va)\b)"
    rf"(?:[\w()]+\s+){{1,12}}?(?:da|vua)\s+(?!duoc\b|bi\b))"
    rf"(?:\s*+(?:,|(?P<paren>\())?\s*(?:(?:tinh|huyen|xa)\s+)?"
    rf"(?:(?:duoc\s+{_ADOPTED_BY})?(?:ban\s+hanh|ky|cong\s+bo|thong\s+qua)\s+{_AT_SESSION})?"
    rf"(?:vao\s+)?(?(paren)(?:ngay\s*)?|ngay\s*)"
    # (atomic: a long run of blanked lines after a symbol was tried at every split, O(n²))
    rf"|{_CELL_END}(?P<cell>(?>[ \t]*(?:\||\t| {{3}})[ \t]*))(?:ngay\s*)?)"
    rf"(?:{_DATE})(?![ \t]+\d{{1,2}}:\d\d)(?(paren)(?:\s*\))?)(?(cell){_CELL_END})"
)  # (not a page's time stamp under a headline: "Ngày 25/04/2022 14:04:40")

# A date told before the document it dates, as reports narrate: "Ngày 26/11/2021, Thủ tướng
# Chính phủ (đã) ban hành Chỉ thị số 33/CT-TTg", "Ngày 3/5/2023, Sở Nội vụ có Công văn số ...".
# Matched up to the type word, which must follow the verb; the words between are the body.
DATE_BEFORE_ISSUE = re.compile(
    rf"\bngay\s*(?:{_DATE})\s*,?\s*(?P<body>(?:[\w()]+\s+){{0,14}}?)(?:{HOW_ISSUED}\s+)*(?:ky\s+)?"
    rf"{ISSUE_VERB}\s+$")
# A symbol's own date is not another's told before it: "Quyết định số 685/QĐ-UBND ngày
# 21/3/2022 chọn ngày ban hành Nghị quyết 06/TU ..." does not date the resolution.
_SYMBOL_BEFORE = re.compile(r"/[\w&.-]+[\s,]*$")


# A law's adoption told before its name, as news tells it: "Ngày 27/11/2023, tại Kỳ họp thứ 6,
# Quốc hội khóa XV đã thông qua Luật Căn cước", "... Quốc hội đã biểu quyết thông qua Luật ..."
_ADOPTION_BEFORE = re.compile(
    rf"\bngay\s*(?:{_DATE})\s*,?\s*(?:tai\s+ky\s+hop[^,;.]{{0,40}},\s*)?"
    rf"(?:[\w()]+[\s,]+){{0,8}}?(?:(?:{HOW_ISSUED}|bieu\s+quyet)\s+)*thong\s+qua\s+(?:du\s+an\s+)?$")


def narrated_adoption(folded: str, end: int) -> dt.date | None:
    """The day a text tells that the Assembly adopted the law whose name starts at `end`."""
    before = _ADOPTION_BEFORE.search(folded, max(0, end - 160), end)
    return parse_date(before) if before else None


def narrated_date(folded: str, end: int) -> re.Match[str] | None:
    """The date a report tells before an act of issuing that ends at `end` ("Ngày 26/11/2021,
    Thủ tướng Chính phủ ban hành "), not a cited symbol's ("... số 05-CT/TW ngày 15/5/2016")."""
    before = DATE_BEFORE_ISSUE.search(folded, max(0, end - 160), end)
    if before is None or _SYMBOL_BEFORE.search(folded, max(0, before.start() - 30), before.start()):
        return None
    return before


def parse_date(match: re.Match[str]) -> dt.date | None:
    """The date of a DATE_PATTERN match, or None when it is no calendar date (31/02)."""
    day = match.group("d") or match.group("d2")
    month = match.group("m") or "".join(match.group("m2").split())
    return calendar_date(year_of(match), month, day)


def calendar_date(year: int, month: str, day: str) -> dt.date | None:
    """The date of a year and a printed month and day, or None when no calendar has it."""
    try:
        return dt.date(year, int(month), int(day))
    except ValueError:
        return None


def year_of(match: re.Match[str]) -> int:
    """The year of a DATE_PATTERN match, which text from a PDF may split ("16/7/20 21")."""
    return int((match.group("y") or match.group("y2")).replace(" ", ""))
