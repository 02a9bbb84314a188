"""What a document says of itself: its symbol, date line, issuing body, type, title, signer.

A full header reads "ỦY BAN NHÂN DÂN / TỈNH BẾN TRE", "Số: 5793/KH-UBND", "Bến Tre, ngày 26
tháng 11 năm 2013", "KẾ HOẠCH", the title; copies that lost the header are identified from the
preamble ("Ủy ban nhân dân xã Sơn Ninh xây dựng kế hoạch") and the province named in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain

from extract.announced import FULL_TEXT, NUMBER_ROOM, announced, page_title_symbol
from extract.attachments import attached_to, attachment_date, opening_subtitle
from extract.bodies import (
    issuer_named_by,
    issuer_of_body,
    level_of,
    party_code_of_body,
    tax_office_letter,
)
from extract.dates import DATE_AFTER_SYMBOL, DATE_PATTERN, parse_date
from extract.districts import (
    district_province,
    most_named_district_province,
    province_of_body,
)
from extract.find import TYPE_WORD_BEFORE, SymbolMatch
from extract.header import (
    ADOPTED,
    CELL_OR_LINE,
    date_labelled,
    date_line,
    header_body_of,
)
from extract.models import DocumentIdentity, DocumentKey, Level
from extract.naming import name_without_symbol
from extract.normalize import UPPER, fold, fold_chars, fold_words, line_from
from extract.preamble import names_subject, preamble
from extract.provinces import canonical_province, find_province_mentions
from extract.record import ISSUED_ON, POSTED_ON, VALUE_WITHOUT_COLON, title_labelled, type_labelled
from extract.restated import HEADING_BODY, STATE_NAME, before_council, without_restatement
from extract.sentences import LOST_LINE_ENDS
from extract.signer import signer_of
from extract.symbol_context import symbol_after
from extract.tables import (
    ASSEMBLY_ISSUERS,
    DECREES_AND_CIRCULARS,
    LAW,
    RECORD_FIELD_NAME,
    TYPE_NAMES,
    TYPE_WORD_PATTERN,
    TYPE_WORDS,
    agreeing_type_code,
    is_party_issuer,
    type_of_codeless,
)
from extract.titles import (
    BEFORE_TITLE,
    TITLE_OPENERS,
    header_lines,
    headline_title,
    headline_year,
    title_under,
    type_and_title,
)

_HEADER_WINDOW = 2500  # the header, date line and title stand in the first lines
# "Số: 5793/KH-UBND"; a portal's record of the document: "Số hiệu: ...", "Số/Ký hiệu: ...",
# "| Số ký hiệu | ... |", "Số hiệu 76/2025/UBTVQH15" (its table flattened), "Số ký hiệu" / "" /
# "41/CT-TTg" (a field a line, its value under it).
_OWN_SYMBOL = re.compile(r"\bso(?:\s*:|\s*[/,]?\s*(?:ky\s+)?hieu(?:\s+van\s+ban)?"
                         rf"(?:\s*[:|]|{VALUE_WITHOUT_COLON}))\s*", re.IGNORECASE)
# A Party header writes "Số 45-KH/HU", with no colon, alone on its line or in its table cell,
# or before the date line, as text from a PDF keeps the two cells ("Số 34-NQ/TU Lào Cai, ngày
# ..."); a line of running text may start with "số 25-NQ/TW" where a hard-wrapped text broke.
_PARTY_OWN_SYMBOL = re.compile(r"^[ \t|*]*(?:Số|SỐ)[ \t]+(?=\d)", re.MULTILINE)
_PARTY_OWN_SYMBOL_IN_LINE = re.compile(r"(?<!\w)(?:Số|SỐ)[ \t]+(?=\d)")
_ONE_LINE_HEADER = 300  # the first characters of a text without line ends hold its header
# "HUYỆN ỦY CẦU KÈ * Số ...", or the date line before it, "... năm 2026 * Số 2449 -CV/ĐU"
_HEADER_WORD_BEFORE = re.compile(rf"(?:[{UPPER}]{{2,}}|năm (?:19|20)\d\d)[\s*|]*$")


def identify_document(text: str, folded: str) -> DocumentIdentity:
    """The document's own identity, read from its header, preamble and signature."""
    head = folded[:_HEADER_WINDOW]
    symbol, span = _own_symbol(text, head)
    place, date, line_year = date_line(text, head)
    record_date = None if date else date_labelled(head, ISSUED_ON)
    date = date or record_date
    if date is None and span and (after := DATE_AFTER_SYMBOL.match(folded, span[1])):
        date = parse_date(after)  # "Số 214 NQ/UBTVQH9 ngày 26-8-1994", no date line
    header_body = _starred_body(text, span) or header_body_of(text, folded,
                                                              symbol and symbol.issuer)
    type_word, title, heading_at = type_and_title(text, _HEADER_WINDOW)
    if not title and symbol and (labelled := title_labelled(text, folded)):
        type_word, title = type_word or labelled[0], labelled[1]  # the record's "Tiêu đề:"
    if symbol is None and (gazette := _gazette_heading(text, folded)):
        symbol, span, gazette_date, type_word, title, gazette_body = gazette
        date, header_body = date or gazette_date, header_body or gazette_body
    title = title and before_council(without_restatement(title, symbol, header_body), header_body)
    if type_word and symbol and symbol.type_code and (
            heading := _run_into_title(text, heading_at, type_word)) and not _agrees(
            type_word, symbol):
        # another type's word opening a title that a page ran its heading into, "KẾ HOẠCH PHÁT
        # TRIỂN KINH TẾ - XÃ HỘI 5 NĂM" under "Số: 90/NQ-HĐND", is the title's (it was a plan)
        type_word, title = None, f"{heading} {title}" if title else heading
    if type_word is None and span:  # no type heading read: "Nghị quyết số: 653/2019/UBTVQH14"
        type_word = _labelled_type(text, folded, span[0], symbol.printed) or (
            type_labelled(text, folded) if symbol.type_code is None else None)  # "133/TTg"
    elif type_word is None and (labelled := _PORTAL_LABEL.search(head)):
        type_word = fold_words(labelled.group("word"))  # "Lịch sử hiệu lực: Luật Không số"
    if symbol is None and date:  # no "Số:" line: the attachment may name its document
        symbol, span = attached_to(text, folded, date, type_word)
    elif symbol is None and type_word and (found := opening_subtitle(text, folded, heading_at)):
        # no header: the text is a plan or rule a decision issues, printed alone, which has no
        # symbol of its own; the decision's names it, and so does the decision's type
        (symbol, span), date = found
        type_word = None
    if symbol is None and type_word:  # no "Số:" line: a web page may announce the document
        symbol, span, announced_date = announced(text, folded, type_word, heading_at)
        date = date or announced_date
    elif symbol is None and (full := FULL_TEXT.search(head)):  # ... and print it without one
        word = fold_words(full.group("word"))
        symbol, span, announced_date = announced(text, folded, word, full.end() + NUMBER_ROOM)
        if symbol:
            type_word, date = word, date or announced_date
    if symbol is None and (titled := page_title_symbol(text, folded)):
        symbol, span, type_word = titled[0], titled[1], type_word or titled[2]
    if date is None and symbol:
        date = attachment_date(text, folded, symbol)
    if date is None:
        date = date_labelled(folded, ADOPTED)  # a law's closing clause
    if date is None and (issued_row := _ISSUED_ROW.search(head)):
        date = parse_date(issued_row)  # a portal's history of its effect: "... được ban hành"
    if date is None and symbol is None and type_word is None:
        date = date_labelled(head, POSTED_ON)  # a page's day, not a document's it prints
    preamble_body, preamble_word, preamble_title, preamble_at = (  # only if the header lacks them
        preamble(text, folded, _HEADER_WINDOW * 2, span[0] if span else None, date)
        if not (header_body and type_word and title) else (None, None, None, 0))
    if symbol is None and preamble_word and preamble_title:  # a page printing what it announced
        symbol, span, announced_date = announced(text, folded, preamble_word, preamble_at,
                                                  by=preamble_body)
        date = date or announced_date
    body = header_body or preamble_body
    # A symbol without a type code is a công văn's (`2345/UBND-NC`) unless a heading names
    # the type; "ban hành Kế hoạch" in its text does not make it a plan.
    type_code = (agreeing_type_code(type_word, symbol.type_code) if symbol and symbol.type_code else
                 TYPE_WORDS[type_word][0] if type_word else
                 type_of_codeless(symbol.issuer) if symbol else
                 TYPE_WORDS[preamble_word][0] if preamble_word else None)
    # (a symbol may print no issuer, "Số: 4a/ 2001/NQ /HĐND4" under "HĐND TỈNH ..."; a law's
    # page no symbol, its body lost: it is the National Assembly's)
    issuer = (symbol.issuer if symbol and symbol.issuer else issuer_of_body(body)
              or ASSEMBLY_ISSUERS.get(type_code or ""))
    if symbol and not type_word:  # a tax department's công văn, "Số: 31423/CT-TTHT"
        type_code, issuer = tax_office_letter(type_code, issuer, None, fold_words(body or ""))
    if issuer and body:  # a Tỉnh ủy's header over "Số 445-KL/TƯ": the code is TU
        issuer = party_code_of_body(issuer, fold_words(body))
    if type_code == "NĐ" and issuer in (None, "", "TTg"):  # a decree is the Government's, also
        issuer = "CP"  # when its header prints no body or the Prime Minister signs it
    body_province = province = province_of_body(body) if body else None
    province = (province or canonical_province(place) or district_province(place)
                or _most_named_province(text) or most_named_district_province(text))
    # a body of no known issuer that names a province and nothing lower is the province's:
    # "Ban Chấp hành Thành đoàn Hà Nội", "BCH ĐẢNG BỘ TỈNH THANH HOÁ"
    level = level_of(issuer, body) or (Level.PROVINCE if body_province else None)
    if type_code in ASSEMBLY_ISSUERS or (type_code in DECREES_AND_CIRCULARS and not (
            "thong tri" in (type_word, preamble_word) or issuer and is_party_issuer(issuer))):
        level = Level.CENTRAL  # a law, ordinance, decree or circular, whatever body it prints
    if level is Level.CENTRAL:  # the date line's "Hà Nội" is where the centre sits
        province = None
    if record_date and date is record_date and symbol and symbol.year not in (None, date.year):
        date = None  # a page listing records: the first "Ngày ban hành" is another document's
    year = (symbol.year if symbol and symbol.year else line_year or (date.year if date else None)
            or (symbol and headline_year(text, symbol.printed)))
    type_name = _type_name(type_code, type_word)
    if preamble_title and not names_subject(preamble_title):
        preamble_title = None  # "ban hành Kế hoạch triển khai như sau:" names only the act
    enacted = preamble_title if type_code in ASSEMBLY_ISSUERS else None  # a law's enacting clause
    key = DocumentKey(
        type=type_code or "CV", number=symbol.number if symbol else None,
        issuer=issuer or "", year=year, province=province,
        name=None if symbol else name_without_symbol(text, body, title or enacted, province,
                                                     type_name),
    )
    return DocumentIdentity(
        key=key, symbol=symbol.printed if symbol else None, symbol_span=span, date=date,
        place=place, issuing_body=body, type_name=type_name,
        title=title or (symbol and headline_title(text, symbol.printed)) or preamble_title,
        province=province, level=level, signer=signer_of(text),
    )


def _run_into_title(text: str, at: int, type_word: str) -> str | None:
    """The type word as printed at `at`, if the title goes on after it on its line."""
    words = line_from(text, at).split()
    n = len(type_word.split())
    heading = " ".join(words[:n])
    return heading if len(words) > n and fold_words(heading) == type_word else None


def _type_name(type_code: str | None, heading: str | None) -> str | None:
    """The type's name as its heading says it, where the code is another type's too: a
    Party's "QUY ĐỊNH" over `97-QĐ/TW` is a Quy định, not a Quyết định; "Bộ luật", a code."""
    if type_code == LAW and heading == "bo luat":
        return "Bộ luật"
    if heading and type_code in TYPE_WORDS.get(heading, ()):
        return next((TYPE_NAMES[c] for c in TYPE_WORDS[heading]
                     if fold_words(TYPE_NAMES.get(c, "")) == heading), TYPE_NAMES.get(type_code))
    return TYPE_NAMES.get(type_code or "")


def _own_symbol(text: str, head: str):
    """(symbol, span) of the `Số:` line, else of a Party header's colon-less one (in a text that
    lost its line ends, anywhere in its first words: "HUYỆN ỦY CẦU KÈ * Số 128-KH/HU ĐẢNG CỘNG
    SẢN VIỆT NAM ...")."""
    after_colon = (symbol_after(text, m.end(), 4, labelled=True)
                   for m in _OWN_SYMBOL.finditer(head)
                   if _labels_own_symbol(text, m.start(), record="hieu" in m.group()))
    party = (symbol_after(text, m.end(), 1, alone=True)
             for m in _PARTY_OWN_SYMBOL.finditer(text, 0, len(head)))
    one_line = (symbol_after(text, m.end(), 1)
                for m in (_PARTY_OWN_SYMBOL_IN_LINE.finditer(text, 0, _ONE_LINE_HEADER)
                          if text.count("\n") <= LOST_LINE_ENDS else ())
                if _HEADER_WORD_BEFORE.search(text, max(0, m.start() - 60), m.start())
                and not TYPE_WORD_BEFORE.search(head, max(0, m.start() - 60), m.end()))
    # (a type word's number is a document cited: "ĐẢNG ỦY XÃ TỊNH KHÊ: TỔ CHỨC HỘI NGHỊ ... TỔNG
    # KẾT NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY 25/10/2017 ...", a news item's headline)
    # ... or a page's copy of such a header run together further down, between the Party's star
    # and its name: "ĐẢNG ỦY XÃ LA BẰNG * Số 09 KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày ..."
    starred = (found for m in _PARTY_OWN_SYMBOL_IN_LINE.finditer(text, 0, len(head))
               if text[max(0, m.start() - 3):m.start()].strip() == "*"
               and (found := symbol_after(text, m.end(), 1))
               and _PARTY_NAME.match(text, found[1][1]))
    # ... or the document whose effect a portal's history lists: "Lịch sử hiệu lực: Nghị định
    # 58-CP" (vbpl.vn), over its rows "18/12/1999 Được bổ sung 169/1999/NĐ-CP", or whose
    # properties it lists: "thuộc tính Thông tư 08/2017/TT-BTP" (luatvietnam.vn), over its
    # "Cơ quan ban hành: Bộ Tư pháp"
    labelled = (symbol_after(text, m.end(), 1) for m in _PORTAL_LABEL.finditer(head))
    return next((found for found in chain(after_colon, party, one_line, starred, labelled,
                                          _authenticated(text)) if found), (None, None))


_PORTAL_LABEL = re.compile(r"(?:lich\s+su\s+hieu\s+luc\s*:|^[ \t]*thuoc\s+tinh)\s*"
                           rf"(?P<word>{TYPE_WORD_PATTERN})\s*", re.M)
# ... whose first row is the issue: "Ngày | Trạng thái | ..." / "30/01/1988 Văn bản được ban hành
# 8/HĐBT" (the row of the document's own issue, where no date line gives it)
_ISSUED_ROW = re.compile(rf"(?:{DATE_PATTERN.pattern})[\s|]+van\s+ban\s+duoc\s+ban\s+hanh\b")


_PARTY_NAME = re.compile(r"[ \t]*ĐẢNG CỘNG SẢN VIỆT NAM")
# ... whose body is the upper-case words before its star: "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA
# BẰNG * Số 09 KH/ĐU"
_STARRED_BODY = re.compile(rf"((?:[{UPPER}]+[ \t]+){{2,16}})\*[ \t]*(?:Số|SỐ)[ \t]+$")


def _starred_body(text: str, span: tuple[int, int] | None) -> str | None:
    m = span and _STARRED_BODY.search(text, max(0, span[0] - 200), span[0])
    return " ".join(m.group(1).split()) if m else None


# The Official Gazette prints a consolidated text's own symbol at its end, by its authentication
# ("Số: 4082/VBHN-BLĐTBXH" over or under "XÁC THỰC VĂN BẢN HỢP NHẤT"), not in its header.
_AUTHENTICATION = re.compile(r"XÁC\s+(?:THỰC|NHẬN)\s+VĂN\s+BẢN\s+HỢP\s+NHẤT")
_NUMBER_COLON = re.compile(r"\bSố\s*:\s*")


def _authenticated(text: str) -> Iterator[tuple | None]:  # the symbol by the authentication
    if (at := _AUTHENTICATION.search(text)) and (
            label := _NUMBER_COLON.search(text, max(0, at.start() - 300), at.end() + 300)):
        yield symbol_after(text, label.end(), 4, labelled=True)


# A gazette or an archive prints a document under one heading instead of a header: "NGHỊ QUYẾT
# SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994" / "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI" / "VỀ VIỆC ...", or the
# Official Gazette's "CHỈ THỊ" / "CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTg NGÀY ...", also
# with a law's name on lines before whose it is, "LUẬT" / "ĐÊ ĐIỀU" / "CỦA QUỐC HỘI KHOÁ XI, KỲ
# HỌP THỨ 10" / "SỐ 79/2006/QH11 NGÀY ..." (the body may end on its session's number). Not
# under a type heading or an upper-case line that it goes on from (`_under_a_heading`): there
# it is a title that names the document carried out, "KẾ HOẠCH" / "THỰC HIỆN" / "NGHỊ QUYẾT SỐ
# 25-NQ/TW ...". Nor does "của" before a document give a body: "CỦA NGHỊ ĐỊNH SỐ 95/2020/NĐ-CP".
_GAZETTE_HEADING = re.compile(rf"^[ \t|*#]*(?P<word>{TYPE_WORD_PATTERN})"
                              rf"(?:(?P<title>(?:(?:[ \t]*\r?\n){{1,3}}[ \t]*(?!cua\s)"
                              rf"[^\n]{{1,80}}){{0,3}}?)"
                              rf"\s+cua\s+(?!(?:{TYPE_WORD_PATTERN})\s+so\b)"
                              rf"(?P<body>{HEADING_BODY}(?:\s+\d{{1,2}})?)(?:\s+{STATE_NAME})?)?"
                              r"\s+so\s*:?\s*(?=\d)", re.MULTILINE)


# ... or an archive's headline names the body after the symbol: "KẾT LUẬN 127-KL/TW CỦA BỘ
# CHÍNH TRỊ, BAN BÍ THƯ VỀ ...", also before the title's act: "QUYẾT ĐỊNH 447/QĐ-UBDT NGÀY
# 19/9/2013 CỦA ỦY BAN DÂN TỘC CÔNG NHẬN ...", or what it prescribes or guides: "THÔNG TƯ
# 20/2010/TT-BXD CỦA BỘ XÂY DỰNG HƯỚNG DẪN THÍ ĐIỂM ..." (the body had run on to "VÀ").
_HEADLINE = re.compile(rf"^[ \t|*#]*(?P<word>{TYPE_WORD_PATTERN})\s+(?=\d)", re.MULTILINE)
_HEADLINE_BODY = re.compile(rf"[ \t]*,?[ \t]*cua\s+(?P<body>{HEADING_BODY})"
                            rf"(?=\s+{TITLE_OPENERS}\b)")


def _gazette_heading(text: str, folded: str):
    """(symbol, span, date, type word, title, issuing body) of a gazette's heading, or None."""
    # (past a page's headline in lower case: "Luật số 77/2006/QH11 của Quốc hội: ..." over it)
    m = next((m for m in chain(_GAZETTE_HEADING.finditer(folded, 0, 600),
                               _HEADLINE.finditer(folded, 0, 600))
              if text[m.start("word"):m.end()].isupper() and not _under_a_heading(text, m.start())),
             None)
    if m is None:
        return None
    found = symbol_after(text, m.end(), 1)
    word = fold_words(m.group("word"))
    titled = m.re is _GAZETTE_HEADING and m.group("title")
    if found is None or (titled and not _agrees(word, found[0])):
        return None  # a title's, "KẾ HOẠCH" / "THỰC HIỆN NGHỊ QUYẾT" / "CỦA BỘ CHÍNH TRỊ SỐ 25-..."
    (symbol, (_, end)), date = found, None
    if after := DATE_AFTER_SYMBOL.match(folded, end):
        date, end = parse_date(after), after.end()
    body_at = m
    if m.re is _HEADLINE:  # the body follows, all in upper case
        body_at = _HEADLINE_BODY.match(folded, end)
        if body_at is None or not text[m.start():body_at.end()].isupper():
            return None
        end = body_at.end()
    under = text[end:].lstrip(BEFORE_TITLE)
    title = (" ".join(text[m.start("title"):m.end("title")].split()) if titled else
             title_under([ln for _, ln in header_lines(under, _HEADER_WINDOW)]))
    body = (" ".join(text[body_at.start("body"):body_at.end("body")].split())
            if body_at.group("body") else None)
    return symbol, found[1], date, word, title, body


def _under_a_heading(text: str, at: int) -> bool:
    """Whether the heading at `at` goes on from an upper-case line right above it, or stands
    under a type heading: a title naming the document carried out. A page's banner may stand
    above it ("CỔNG THÔNG TIN ĐIỆN TỬ" / "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO" / "• In văn bản")."""
    lines = [ln for _, ln in header_lines(text[:at], at) if ln]
    return (bool(lines) and lines[-1].isupper()) or any(
        ln.isupper() and fold_words(ln) in TYPE_WORDS for ln in lines)


def _agrees(type_word: str, symbol: SymbolMatch) -> bool:
    """Whether the symbol's type code is one the type word allows (a law's number has none)."""
    if symbol.type_code is None:
        return TYPE_WORDS[type_word][0] == LAW
    return agreeing_type_code(type_word, symbol.type_code) == symbol.type_code


# The type word of the own symbol's label: "Nghị quyết số: 653/2019/UBTVQH14".
# ... also of a portal's history of its effect: "Lịch sử hiệu lực: Nghị định 193/HĐBT"
_TYPE_LABEL = re.compile(rf"(?:({TYPE_WORD_PATTERN})\s+so\s*:|lich\s+su\s+hieu\s+luc\s*:\s*"
                         rf"({TYPE_WORD_PATTERN}))\s*$")


def _labelled_type(text: str, folded: str, symbol_start: int, printed: str) -> str | None:
    """The type word labelling the own symbol, there or where the header prints it again: a
    portal's record ("Số hiệu | 90/2025/UBTVQH15 |") may come first."""
    again = re.compile(re.escape(printed)).finditer(text, symbol_start + 1, _HEADER_WINDOW)
    starts = [symbol_start] + [m.start() for m in again]
    labels = (_TYPE_LABEL.search(folded, max(0, at - 40), at) for at in starts)
    return next((label.group(1) or label.group(2) for label in labels if label), None)


# A portal's record flattened onto one line, its first field opening it: "Tiêu đề: Nghị định
# 104/2016/NĐ-CP quy định về hoạt động tiêm chủng Số hiệu: 104/2016/NĐ-CP Loại văn bản: ..."
_FLAT_RECORD = re.compile(rf"[ \t|•*-]*{RECORD_FIELD_NAME}[\s*]*:")
_LIST_MARK = re.compile(r"[-+•]|\d{1,2}[.)]|[a-zđ][.)]")  # a list item's: "-", "2.", "b)"
_CITED_BEFORE = re.compile(r"\b(?:can cu|thuc hien|theo|dieu|khoan|diem)\b")  # a cue or a part


def _labels_own_symbol(text: str, at: int, record: bool = False) -> bool:
    """Whether the "Số:" at `at` labels the document's own symbol: at a line's or a cell's
    start, or after the header's body or motto ("... TỈNH TRÀ VINH Số: ...", "... Hạnh phúc Số:
    ...", in a copy that lost its line ends), a type word between ("Nghị quyết số: 653/...");
    not a reference's in running text, "Thực hiện Chỉ thị số: 33/CT-TTg", nor a list item's,
    but a portal's record may list its fields: "- Số hiệu văn bản: 150/2014/NQ-HĐND", or run
    them onto one line that a field opens: "Tiêu đề: ... Số hiệu: 104/2016/NĐ-CP"."""
    words = CELL_OR_LINE.split(text[max(0, at - 80):at])[-1].split()
    if record and (len(words) == 1 and _LIST_MARK.fullmatch(words[0]) or _FLAT_RECORD.match(
            fold_chars(text[text.rfind("\n", 0, at) + 1:at]))):
        return True
    for n in (3, 2, 1):
        if (len(words) >= n and all(w.isalpha() for w in words[-n:])
                and fold_words(" ".join(words[-n:])) in TYPE_WORDS):
            words = words[:-n]
            if _CITED_BEFORE.search(fold_words(" ".join(words))):
                return False  # a reference's in running text: "Căn cứ khoản 5, điều 39 Nghị
                # định số:35/2003/NĐ-CP" (a page had been that decree)
            break
    if words and issuer_named_by(" ".join(words), whole=True):
        return True  # a portal's header, its body in lower case: "Chính phủ Số: 04/NQ-CP |"
    if not words or words == ["-"] and text[at - 1] == "-":
        return True  # (a dash glued to it is a table's cell border in a converted copy, "-Số:
        # 04/2013/TT-NHNN Hà Nội, ngày ...", no list's item, "- Số ...")
    if words[-1] == "-" and len(words) > 1:  # a flattened header's line end, "... phúc - Số:"
        words = words[:-1]
    last = words[-1]  # the header's, in upper case, or the motto's end
    if last[-1] in ";,":  # a list's in running text: "... 2021 - 2026; Nghị quyết số: 133/..."
        return False  # (not a date line's year before it, "... năm 2012 Số: 11/VBHN-VPQH")
    return fold(last) == "phuc" or not (_LIST_MARK.fullmatch(last)
                                        or any(c.islower() for c in last))


def _most_named_province(text: str) -> str | None:
    counts = Counter(name for _, _, name, introduced in find_province_mentions(text)
                     if introduced)
    return counts.most_common(1)[0][0] if counts else None
