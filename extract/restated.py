"""What a title restates before its subject, which is no part of it: the issuer, symbol and
date a gazette prints ("CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/QĐ-TTG NGÀY ... VỀ VIỆC ..."), the
issuer alone ("CỦA BỘ Y TẾ HƯỚNG DẪN ..."), or a council's authority line run onto it."""

from __future__ import annotations

import re

from extract.dates import DATE_AFTER_SYMBOL
from extract.find import SymbolMatch
from extract.normalize import fold_chars, fold_words
from extract.symbol_context import symbol_after
from extract.titles import LEADS_ON

HEADING_BODY = r"[a-z&,-]+(?:\s+[a-z&,-]+){0,19}?"  # a body's folded words in a heading
# the State's name after its body: "CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
STATE_NAME = r"nuoc\s+cong\s+hoa\s+xa\s+hoi\s+chu\s+nghia\s+viet\s+nam"

# The Official Gazette's title restates the issuer, symbol and date before the subject: "CỦA
# THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/ QĐ-TTG NGÀY 13 THÁNG 5 NĂM 2002 VỀ VIỆC PHÊ DUYỆT ...".
_RESTATEMENT = re.compile(rf"cua\s+{HEADING_BODY}\s+so[ \t:]*(?=\d)")


def before_council(title: str, body: str | None) -> str:
    """An upper-case title without the council's authority line run onto it: "VỀ PHÂN LOẠI ĐƠN
    VỊ HÀNH CHÍNH CẤP HUYỆN HỘI ĐỒNG NHÂN DÂN HUYỆN CẦN GIỜ KHÓA IX, KỲ HỌP LẦN THỨ 13" under
    that council's header; not the body a title names ("... CỦA HỘI ĐỒNG NHÂN DÂN ...") or a
    comma joins to it ("KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII", a session's
    resolution)."""
    if not (body and title.isupper()):
        return title
    words, own = title.split(), fold_words(body)
    for k in range(1, len(words)):
        rest = fold_words(" ".join(words[k:]))
        if rest.startswith(own + " khoa ") and not words[k - 1].endswith(",") and not (
                LEADS_ON.search(fold_words(" ".join(words[:k])))):
            return " ".join(words[:k])
    return title


# (a subject starts with "về", "V/V" or a verb of issuing: "CỦA BỘ Y TẾ HƯỚNG DẪN ..."; a
# speaker's line is the title's, "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC ...")
_ISSUER_BEFORE_SUBJECT = re.compile(rf"cua\s+(?!dong\s+chi\b){HEADING_BODY}\s+(?=v/v\b|ve\b|"
                                    r"(?:quy\s+dinh|huong\s+dan|ban\s+hanh|phe\s+duyet)\b)")
_SPACES = re.compile(r"\s*")
_WORDS = re.compile(r"\s*[^\W\d_]+(?:[\s,\-–]+[^\W\d_]+)*\s*")
_SYMBOL_FIRST = re.compile(r"so[ \t:]*\d[^\s,]*")  # "SỐ 36-L/CTN NGÀY 29/08/1994 CỦA ..."


def without_restatement(title: str, own: SymbolMatch | None = None,
                        body: str | None = None) -> str:
    """The title without the gazette's restatement of issuer, symbol and date, or of its issuer
    before its subject: "CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ..." is "V/V PHÊ DUYỆT ...",
    "SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH ..." is "QUY ĐỊNH ..."; `own` (the
    document's symbol) and `body` (its issuing body) find it in other shapes too."""
    folded = fold_chars(title).lower()
    start = 0
    if (first := _SYMBOL_FIRST.match(folded)) and (
            dated := DATE_AFTER_SYMBOL.match(folded, first.end())):
        start = _SPACES.match(folded, dated.end()).end()  # the symbol and date before the issuer
    if of_body := _ISSUER_BEFORE_SUBJECT.match(folded, start):
        return title[of_body.end():]
    if not (m := _RESTATEMENT.match(folded)) or not (found := symbol_after(title, m.end(), 1)):
        return _past_own_symbol(title, folded, own, body) if own else title
    end = found[1][1]
    if after := DATE_AFTER_SYMBOL.match(folded, end):
        end = after.end()
    return title[end:].strip() or title


# A title opens on the document's own symbol only to restate it, in any shape: under its type
# word ("THÔNG TƯ CỦA BỘ TÀI CHÍNH SỐ 50 TC/TCDN NGÀY 30 THÁNG 8 NĂM 1996 HƯỚNG DẪN ..."), with
# a body's name holding a year ("CỦA BAN TỔ CHỨC ... NĂM 2000 SỐ 01/1999/QĐ-BTCNN NGÀY ..."), or
# without "CỦA" ("BỘ TƯ PHÁP SỐ 08 /1999/TT-BTP NGÀY ..."); the body may follow the date; or
# alone, as a heading runs the symbol into its type word ("NGHỊ ĐỊNH 94/2019/NĐ-CP" / "QUY ĐỊNH
# CHI TIẾT ...").
_NUMBER_WORD = re.compile(r"^(?=\d)|\bso[ \t:]*(?=\d)")


def _past_own_symbol(title: str, folded: str, own: SymbolMatch, body: str | None) -> str:
    for m in _NUMBER_WORD.finditer(folded, 0, 150):
        found = symbol_after(title, m.end(), 1, labelled=True)  # "SỐ" labels it
        if found is None or (found[0].number, found[0].year, found[0].issuer) != (
                own.number, own.year, own.issuer):
            continue
        end = found[1][1]
        if after := DATE_AFTER_SYMBOL.match(folded, end):
            end = after.end()
        end = _SPACES.match(folded, end).end()
        if body and folded.startswith(f"cua {fold_words(body)} ", end):
            end += len(fold_words(body)) + 5
            if after := DATE_AFTER_SYMBOL.match(folded, end):  # "... CỦA QUỐC HỘI NGÀY ..."
                end = after.end()
        rest = title[end:].strip()
        if not rest and _WORDS.fullmatch(title, 0, m.start()):  # restated after the subject:
            # "TỔ CHỨC CHÍNH PHỦ SỐ 1/L-CTN CỦA QUỐC HỘI NGÀY 30/09/1992" under "LUẬT" (not
            # after a converted copy's markup); the body too: "KIỂM TOÁN NHÀ NƯỚC CỦA QUỐC HỘI
            # NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM SỐ 37/2005/QH11 NGÀY ..."
            of_body = body and re.search(rf"\s+cua\s+{re.escape(fold_words(body))}"
                                         rf"(?:\s+{STATE_NAME})?\s*$", folded[:m.start()])
            return title[:of_body.start() if of_body else m.start()].strip()
        return rest if len(rest.split()) >= 3 else title
    return title
