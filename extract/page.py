"""What a web page puts around the document it prints: a banner, a site's menu in capitals,
headlines and a list of related documents above the header (`past_banner`,
`related_list_end`), the page's own parts below the document (`portal_page_end`), the marks
a copy prints on a header's lines (`unspaced`, `without_edge_marks`) and the body's cell it cuts
short (`body_completed`)."""

from __future__ import annotations

import re

from extract.bodies import issuer_of_body
from extract.codes import issuer_codes
from extract.normalize import LOWER, UPPER, fold_chars, fold_words
from extract.tables import BODY_ISSUERS, TYPE_WORD_PATTERN
from extract.titles import MOTTO, header_lines

# A cell border of a header laid out as a table, with tabs, runs of spaces or a rule of dashes
HEADER_CELL = re.compile(r"[|\t]| {3,}|[-_=]{3,}")
# The number line under a header's body, folded: "Số: 12/KH-UBND", "Số:   /KH-UBND", "Số
# 29-HD/ĐUK", and a law's or an ordinance's, "Luật số: 83/2025/QH15", "Pháp lệnh số: ..." (the
# National Assembly had been lost as a law's body, above it)
SO_LINE = re.compile(r"\W*(?:so(?: ?:| \d)|(?:bo )?luat so ?:|phap lenh so ?:)")
_RELATED_ITEM = re.compile(r"-\s*\d{1,3}\s*[^\W\d_]")  # "- 1Luật ...", a portal's related list
_RELATED_LINE = re.compile(r"^[ \t|*]*" + _RELATED_ITEM.pattern, re.MULTILINE)


def past_banner(text: str, folded: str, top: int) -> int:
    """Where the header starts past what a web page puts above it (a banner, "Hệ thống pháp
    luật"; headlines, however many and long; a list of related documents, "- 1Luật ..."): at
    the first upper-case line that the motto follows."""
    if text[top:top + 300].lstrip().split("\n", 1)[0].isupper():
        # the header stands at the top, as in most texts, unless a site's menu in capitals does
        return top + _header_run(text[top:])
    for at, line in header_lines(text[top:], 1500):
        # ... or after a portal's headline on its line: "Công văn 296/BHXH-CSYT năm 2021 ... do
        # Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------"
        # (the body's cell, before the rule or the motto on its line: "BỘ Y TẾ -------CỘNG HÒA")
        upper = _upper_until_motto(HEADER_CELL.split(line)[0])
        tail = None if upper else _UPPER_TAIL.search(text, top + at, top + at + len(line) + 80)
        if upper or tail:
            start = tail.end() if tail else top + at
            near = " ".join(folded[start:start + 400].split())  # spaces doubled too
            if not any(m in near for m in MOTTO):
                return top
            # ... past a site's line in capitals over it ("ĐĂNG NHẬP TÀI KHOẢN" / "» Kế hoạch
            # ..." / "ĐẢNG ỦY XÃ PHONG MỸ" / "CHI BỘ ..." / "Số: 41-KH/CB")
            below = text[start:]  # (and past a page's headline with a type word over them)
            if _runs_to_motto(below) and not _type_headline(below):
                return start
            return start + _header_run(below)
    return top


def _runs_to_motto(text: str) -> bool:
    """Whether the lines in capitals at the top of `text` go on to the motto or the "Số"
    line, with only rules and number labels between ("Nghị quyết số: 89/2025/UBTVQH15")."""
    for _, line in header_lines(text, 1500):
        if _closes_body(line):
            return True
        if line.strip(_RULE) and not line.isupper() and not _TYPED_NUMBER.search(line):
            return False
    return False


def _closes_body(line: str) -> bool:
    """Whether a header's `line` is one under its body: the motto or the "Số" line."""
    folded = " ".join(fold_chars(line).lower().split())
    return SO_LINE.match(folded) is not None or any(m in folded for m in MOTTO)


_TYPED_NUMBER = re.compile(r"(?i)(?<!\w)số\s*:")
_RULE = " *-_—–="  # a rule's or a star's marks, a line of its own under a body


def _upper_until_motto(cell: str) -> bool:
    """Whether a line's first cell is upper case up to the motto, if the motto is in it: a
    text that lost its line ends runs the header and all below it onto one line ("ỦY BAN NHÂN
    DÂN CỘNG HÒA XÃ HỘI ... XÃ PHÚ MẬU Độc lập ... Căn cứ ...")."""
    folded = fold_chars(cell)
    at = min((k for m in _MOTTO_FIRST if (k := folded.find(m)) > 0), default=len(cell))
    return cell[:at].isupper()


_MOTTO_FIRST = ("cong hoa xa hoi", "dang cong san viet nam")  # a motto's first line's words
# A line that opens with a type word, folded ("KẾ HOẠCH ...", "BÁO CÁO TỔNG KẾT ..."): no
# body's name starts with one.
TYPE_HEADING = re.compile(rf"(?:{TYPE_WORD_PATTERN})\b")


_UNIT_START = re.compile(r"(?:phong (?:gd\w*|giao duc)|truong|cong doan|chi bo|dang (?:bo|uy))\b")


def _names_body(line: str) -> bool:
    """Whether `line` opens with an issuing body's name (not a title's "SỐ 164-KH/TU ...", nor
    a gazette's "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI", which its heading's reading takes)."""
    key = fold_words(line)
    return issuer_of_body(line) is not None and key.split()[:1] not in (["so"], ["cua"]) or bool(
        _UNIT_START.match(key))


def _type_headline(text: str) -> bool:
    """Whether `text` opens with a type word in capitals ("BÁO CÁO TỔNG KẾT ...")."""
    line = text.lstrip().split("\n", 1)[0]
    return line.isupper() and TYPE_HEADING.match(fold_chars(line).lower()) is not None


def _header_on_one_line(line: str) -> bool:
    """Whether `line` opens with a body in capitals that the motto follows on it."""
    folded = fold_chars(line)
    at = min((k for m in _MOTTO_FIRST if (k := folded.find(m)) > 0), default=None)
    return at is not None and line[:at].isupper()


def _header_run(text: str) -> int:
    """Where the run of upper-case lines over the header's motto or "Số" line starts, past a
    site's menu in capitals ("HỆ THỐNG VĂN BẢN  SINH HOẠT CHI BỘ  RSS", "ĐƯỜNG LỐI - CHÍNH
    SÁCH", ...) and the headline under it, over "ĐẢNG ỦY KHỐI CÁC CƠ QUAN" / "*" / "Số 29-HD/ĐUK"
    (its body was lost); 0 if none."""
    run = None
    lines = header_lines(text, 1500)
    for k, (at, line) in enumerate(lines):
        if run is not None and _closes_body(line):
            return run
        if run is None and _type_headline(line) and _names_body(
                next((ln for _, ln in lines[k + 1:] if ln.strip()), "")):
            continue  # a page's headline over the header, "KẾ HOẠCH NĂM HỌC 2023-2024" /
            # "UBND HUYỆN NÚI THÀNH" / "CỘNG HOÀ ...": no body's name starts with a type word
        if run is None and not line.isupper() and _header_on_one_line(line):
            return at  # the header and all below it run onto one line, under a site's heading
            # in capitals ("THÔNG TIN TÀI LIỆU" / "Thông tin cơ bản" / ... / "ỦY BAN NHÂN DÂN
            # THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI ... Số: 22/2011/QĐ-UBND ...")
        if line.isupper():
            run = at if run is None else run
        elif line.strip(_RULE):  # not a rule, "——-", under the body
            run = None
    return 0


_UPPER_TAIL = re.compile(  # ... upper case up to the line's end or the rule under the body
    rf"\.[ \t]+(?=[^{LOWER}\n]*[{UPPER}]{{2}}[^{LOWER}\n]*?(?:[-_]{{3}}|\n|$))")


def related_list_end(text: str, folded: str) -> int:
    """Where the header starts past a portal's list of related documents above it ("- 1Thông
    tư 42/2021/TT-BGDĐT ...", "- 2Quyết định ..."), or 0: what the list names, the document
    does not cite."""
    if _RELATED_LINE.search(text, 0, 600) is None:
        return 0
    start = past_banner(text, folded, 0)
    return start if _RELATED_LINE.search(text, 0, start) else 0


# Where a portal's page resumes after the document it prints: its related documents, its note
# that no English version exists, the files attached, and the site's own notices under them
# (thuvienphapluat.vn's: "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật ..." made every
# page it printed carry out that decree).
_PAGE_RESUMES = re.compile(
    r"^[ \t|*]*(?:#+[ \t]*Văn bản liên quan|Văn bản này chưa cập nhật nội dung Tiếng Anh|"
    r"FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN|FILE ATTACHED TO DOCUMENT)[ \t*]*$", re.MULTILINE)
# (the related documents only as the page's heading, "## Văn bản liên quan": a document's own
# section may be named so)
_PAGE_TOP = 500  # such a line above is the page's, before the header


def portal_page_end(text: str) -> int:
    """Where the document a portal's page prints ends: at the first line where the page
    resumes after it, else at the text's end."""
    m = _PAGE_RESUMES.search(text, _PAGE_TOP)
    return m.start() if m else len(text)


def unspaced(line: str) -> str:
    """A line printed with its letters spaced out, "B Ộ   V Ă N   H O Á,  T H Ể", as its words
    ("BỘ VĂN HOÁ, THỂ"): a run of spaces parts them, not a table's cells."""
    letters = line.split()
    if len(letters) < 4 or any(len(t.rstrip(",.")) != 1 for t in letters):
        return line
    return " ".join(word.replace(" ", "") for word in _WORD_GAP.split(line.strip()))


_WORD_GAP = re.compile(r" {2,}")


def without_edge_marks(line: str) -> str:
    """A body's line without the marks at its ends: a star, a bullet, an OCR's reading of a
    rule or a star ("ˆ * CHÍNH PHỦ _", ".CHÍNH PHỦ"); a comma or a dash that joins it to the
    next line stays."""
    return _RULE_AFTER.sub("", _ITEM_NUMBER.sub("", _BULLET.sub("", line).lstrip(_LEADING_MARKS))
                           .rstrip(_TRAILING_MARKS))


_TRAILING_MARKS = " *•ˆ^¬~_"
_RULE_AFTER = re.compile(r"\s*[—–-]{2,}\s*$")  # the rule under it run onto its line: "CHÍNH PHỦ——-"
_LEADING_MARKS = _TRAILING_MARKS + ".»"  # (and a page's breadcrumb mark, "» THỦ TƯỚNG ...")
_BULLET = re.compile(r"^\s*-\s+")  # "- HỘI ĐỒNG NHÂN DÂN ...", a list's dash
# a slide's or a list's number, "1. CHÍNH PHỦ"; a PDF's first page number, "1 QUỐC HỘI"; a
# footnote's mark, "(1)NGÂN HÀNG NHÀ NƯỚC VIỆT NAM"
_ITEM_NUMBER = re.compile(r"^(?:(?:\d{1,3}\.|1)\s+|\(\d{1,2}\)\s*)(?=[^\W\d_])")


def body_completed(body: str, text: str, folded: str, issuer: str | None) -> str:
    """`body` whole, if a copy of the header cut its cell short and the symbol's `issuer` code
    tells whose it is: "BỘ TÀI NGUYÊN VÀ" over "Số: 04/2021/TT-BTNMT" (the cell's "MÔI
    TRƯỜNG" lost), "ỦY BAN THƯỜNG VỤ" over "Pháp lệnh số: 01/2012/UBTVQH13". The one body of
    that code whose name it starts is taken as the text writes it ("Bộ trưởng Bộ Tài nguyên và
    Môi trường ban hành ...")."""
    if not issuer:
        return body
    code = issuer_codes(issuer)[0]
    start = fold_words(body) + " "
    names = [name for name, of in BODY_ISSUERS if of == code and name.startswith(start)]
    if len(names) != 1:
        return body
    named = re.search(r"\b" + r"\s+".join(names[0].split()) + r"\b", folded)
    if named is None:
        return body
    whole = " ".join(text[named.start():named.end()].split())
    return whole.upper() if body.isupper() else whole
