"""What a document's header names: the issuing body, its upper-case lines at the top ("ỦY BAN
NHÂN DÂN" / "TỈNH TRÀ VINH"), before the motto or the `Số:` line, under a portal's record of the
document or a web page's banner; and the date line ("Trà Vinh, ngày 11 tháng 4 năm 2023")."""

from __future__ import annotations

import datetime as dt
import re

from extract.attachments import ATTACHMENT_SUBTITLE
from extract.dates import DATE_PATTERN, parse_date
from extract.find import TYPE_WORD_BEFORE
from extract.normalize import LOWER, UPPER, fold, fold_chars, fold_words
from extract.page import (
    HEADER_CELL,
    SO_LINE,
    TYPE_HEADING,
    body_completed,
    past_banner,
    unspaced,
    without_edge_marks,
)
from extract.preamble import without_head
from extract.provinces import canonical_province, ending_province
from extract.record import body_labelled
from extract.tables import RECORD_FIELD_NAME, TYPE_WORD_PATTERN, TYPE_WORDS
from extract.titles import (
    AUTHORITY,
    LEADS_ON,
    MOTTO,
    TITLE_ACTS,
    header_lines,
)

# "HUYỆN ỦY CẦU KÈ * Số 128-KH/HU", "BỘ TÀI CHÍNH Số: 54/VBHN-BTC" (not "SỞ", a department,
# nor a headline's "MỘT SỐ NỘI DUNG ...")
_HEADER_NUMBER = re.compile(r"(?<=\s)(?:Số|SỐ)(?:\s*:|\s+[\d/])")
_NUMBER_CELL = re.compile(r"(?:Số|SỐ)\s+\d\S*$")  # ... or a cell of its own: "SỐ 67/2007/NĐ-CP |"

# A portal's record of the document above its text ("Số hiệu: ...", "| Người ký | ... |"): the
# header starts under it. A field's name is followed by a colon, bar, digits or the line's end:
# "Tình trạng sạt lở ..." (the state of erosion) under the header is no "Tình trạng:" (status).
_RECORD_FIELD = re.compile(rf"^[ \t|•*-]*{RECORD_FIELD_NAME}[ \t*]*(?:[:|\d]|$).*$", re.MULTILINE)
# one is in every record seen; vbpl.vn's starts "• Hiệu lực: ..." / "• Ngày có hiệu lực: ..."
_RECORD_WORDS = ("so hieu", "ky hieu", "nguoi ky", "loai van ban", "ngay co hieu luc")
_RECORD_ROOM = 1200  # where a record's fields start, at the top
# The Official Gazette's sections (Công báo), over the header of each document it prints
_GAZETTE_SECTIONS = frozenset({"vanbanquyphamphapluat", "vanbankhac", "vanbanphapluatkhac",
                               "vanbanhopnhat", "muclucvanban", "hienthidanhsach"})  # or contents
_DRAFT_MARK = re.compile(r"\W*duthao\w{0,6}\W*")  # folded: "DỰ THẢO", "(Dự thảo 2)"
# a page's headline that opens with a symbol, "45/2022/NĐ-CP ...", or an image's file name
_OVER_HEADER = re.compile(r"\d+/|\S+\.(?:png|jpe?g|gif|pdf)$", re.IGNORECASE)
# "CỘNG" / "HÒA XÃ HỘI ...", also "CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM"
_MOTTO_WRAPPED = frozenset({"cong", "conghoa", "conghoaxa", "nghiavietnam"})
_TITLE_START = re.compile(r"vev|veviec|vv|ve$")  # folded: "VỀ VIỆC ...", "V/V ...", "VỀ" / "VIỆC"
# "TÓM TẮT ...", and a page's link over the header, ">> XEM BẢN TIẾNG ANH CỦA BÀI VIẾT NÀY TẠI ĐÂY"
_HEADING_WORDS = re.compile(r"tinhhinh|tomtat|noidung|chaomung|giaoban|lich|xem")
# An archive's headline, "KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ ...", heads the text, and so does
# a page's heading that is the document's type and title on one line, "KẾ HOẠCH TỔ CHỨC KỶ
# NIỆM 90 NĂM ...": `TYPE_HEADING`, as no body's name starts with a type word.
# ... and so does a page's headline that opens with an act ("BÃI BỎ THÔNG TƯ SỐ 37/2015/...")
_ACT_HEADLINE = re.compile(TITLE_ACTS + " ")


def header_body_of(text: str, folded: str, issuer: str | None = None) -> str | None:
    """The issuing body the header names, else the one a portal's record above it names (one
    that agrees with the symbol's `issuer`)."""
    body = _body_at_top(text, folded)
    if body and (key := fold_words(body)) in _UNPLACED_COUNCILS:
        # (or another's name there: "ỦY BAN NHÂN DÂN" over a council's resolution, a portal's
        # template; "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA" / "KHÓA XIV, ..." / "Căn cứ ...")
        return _authority_line(text, key) or _authority_over_preamble(text) or body
    if body and (whole := _authority_over_preamble(text)) and fold_words(whole).startswith(
            fold_words(body) + " "):
        return whole  # a cell cut short: "BỘ VĂN HÓA, THỂ THAO | CỘNG HÒA ..." / ... / "BỘ
        # TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH" / "Căn cứ ..."
    if body:
        return body_completed(body, text, folded, issuer)
    return body_labelled(text, folded, issuer) or _authority_over_preamble(text)


# A People's Committee or Council that the header names without its place: a portal's copy
# keeps only the first line of the header's cell ("ỦY BAN NHÂN DÂN | CỘNG HÒA ... |"). The
# authority line over the preamble names it whole ("ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH"), up to
# a council's term ("... TỈNH VĨNH PHÚC KHÓA XVI, KỲ HỌP THỨ HAI"): a district's decision was
# a province's.
_UNPLACED_COUNCILS = frozenset({"uy ban nhan dan", "hoi dong nhan dan"})
_TERM = r"\bKH(?:ÓA|OÁ)\b"  # a council's term after its name, "KHÓA XVI" (not "KHOA HỌC")
_CAPITALS_LINE = re.compile(rf"^[ \t*#]*([^\n|{LOWER}]{{8,120}}?)[ \t*,.-]*(?:{_TERM}.*)?$",
                            re.MULTILINE)
_AUTHORITY_WINDOW = 4000


# The authority over the preamble names the body of a document whose header a copy lost the
# body's cell of ("CỘNG HÒA ... | |" / "Số: 24/2023/QĐ-UBND | Bến Tre, ..." / "QUYẾT ĐỊNH" / ...
# / "ỦY BAN NHÂN DÂN TỈNH BẾN TRE" / "Căn cứ ..."), also over a council's term ("HỘI ĐỒNG NHÂN
# DÂN TỈNH HẬU GIANG" / "KHÓA IX KỲ HỌP THỨ SÁU"); the body, not its head ("BỘ TRƯỞNG BỘ Y TẾ").
_PREAMBLE_START = re.compile(r"^[ \t*|]*C[ăĂ]n c[ứỨ]\b", re.MULTILINE)
_COUNCIL_TERM = re.compile(r"kho[a-z]?\b.*\bky hop\b")
_CUA = re.compile(r"^C[Ủủ]A\s+")  # "CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI" under a gazette's heading
_TERM_AFTER = re.compile(rf"[\s,]+{_TERM}")


def _authority_over_preamble(text: str) -> str | None:
    start = _PREAMBLE_START.search(text, 0, _AUTHORITY_WINDOW)
    if start is None:
        return None
    lines = [ln.strip(" \t*#|") for ln in text[max(0, start.start() - 600):start.start()]
             .splitlines()]
    lines = [ln for ln in lines if ln][-3:]
    if lines and (_COUNCIL_TERM.match(fold_words(lines[-1]))
                  or any(motto in fold_words(lines[-1]) for motto in MOTTO)):
        lines.pop()  # also the State's name an archive prints there: "NƯỚC CỘNG HÒA XÃ HỘI ..."
    if not lines or not lines[-1].isupper() or len(lines[-1]) > 100 or (
            len(lines) > 1 and LEADS_ON.search(fold_words(lines[-2]))):
        return None  # (a title's last line: "... NGHỊ ĐỊNH SỐ 47/2021/NĐ-CP ... CỦA" / "CHÍNH
        # PHỦ QUY ĐỊNH CHI TIẾT ...")
    if len(lines) > 1 and lines[-2].isupper() and AUTHORITY.match(fold_words(lines[-2])) and (
            not AUTHORITY.match(fold_words(lines[-1]))):  # wrapped: "... TỈNH BÀ RỊA-VŨNG" / "TÀU"
        lines[-1] = f"{lines[-2]} {lines[-1]}"
    line = " ".join(_TERM_AFTER.split(lines[-1])[0].split())  # "... XÃ KHÓA XIX KỲ HỌP THỨ 8"
    words = fold_words(line)
    if not AUTHORITY.match(words) or any(motto in words for motto in MOTTO):
        return None
    return without_head(line)


def _authority_line(text: str, body: str) -> str | None:
    for m in _CAPITALS_LINE.finditer(text, 0, _AUTHORITY_WINDOW):
        words = fold_words(m.group(1))
        if (words.startswith(body + " ") and m.group(1).isupper() and len(words.split()) <= 12
                and not any(motto in words for motto in MOTTO)):
            return " ".join(m.group(1).split())
    return None


def _body_at_top(text: str, folded: str) -> str | None:
    """Upper-case lines at the very top (under a portal's record), before the motto or the
    `Số:` line."""
    words = []
    head = folded[:_RECORD_ROOM]
    # (not a title's line in capitals: "... TRONG" / "LĨNH VỰC ĐẤU THẦU (THỰC HIỆN ..."); the
    # last field read to its line's end, past the room ("- Số hiệu: 28/2012" / "/NĐ-CP" had
    # made a body "/NĐ-CP")
    room = folded.find("\n", _RECORD_ROOM)
    room = len(folded) if room < 0 else room
    fields = ([m for m in _RECORD_FIELD.finditer(folded, 0, room)
               if not text[m.start():m.end()].isupper()]
              if any(w in head for w in _RECORD_WORDS) else [])
    top = past_banner(text, folded, fields[-1].end() if fields else 0)
    if fields and ATTACHMENT_SUBTITLE.search(folded, fields[-1].end(), top):
        return None  # a portal's record over the attachments it prints ("(Kèm theo Nghị định
        # số ...)" / "Mẫu số 05" / "GIẤY PHÉP ..." / "CỘNG HÒA ..."): their headers are not the
        # text's, whose body the record names
    lines = header_lines(text[top:], 600)
    for i, (_, line) in enumerate(lines):
        if not line or set(line) <= set("-_ "):
            # The rule under the body ends it; a blank line may only part its lines, as in a
            # copy that puts one after each: "UỶ BAN NHÂN DÂN" / "" / "XÃ DÂN LỰC".
            if words and line:
                return _header_under(words, lines[i:])
            continue
        # A header laid out as a table: the body is the first cell ("| ỦY BAN NHÂN DÂN TỈNH
        # BẾN TRE | CỘNG HÒA ... |"); cells may be cut by tabs, and the rule under the body by
        # a run of dashes, when a copy puts the whole header on one line ("ỦY BAN NHÂN DÂN
        # TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | ...").
        line = without_edge_marks(" ".join(HEADER_CELL.split(unspaced(line))[0].split()))
        # A text that lost its line ends has the body and the motto on one line: "TỈNH ỦY THỪA
        # THIÊN HUẾ ĐẢNG CỘNG SẢN VIỆT NAM * Số 445-KL/TƯ ...", "HUYỆN ỦY CẦU KÈ * Số 128-KH/HU".
        folded_line = fold_chars(line)
        # (not the Party's name in a heading, "MỘT SỐ VĂN BẢN CỦA ĐẢNG CỘNG SẢN VIỆT NAM")
        ends = [at for m in MOTTO if (at := folded_line.find(m)) > 0
                and not _OF_THE_PARTY.search(folded_line, 0, at)]
        # (not another document's number in a headline, after its type word: "... THỰC HIỆN
        # NGHỊ QUYẾT SỐ 99/2019/QH14")
        if (number := _HEADER_NUMBER.search(line)) and not TYPE_WORD_BEFORE.search(
                folded_line, 0, number.start()):  # ... or the body and its "Số 128-KH/HU"
            ends.append(number.start())
        cut = min(ends, default=0)
        if cut and (state := _STATE_WORD.search(folded_line, 0, cut)):
            cut = state.start()  # the State's name: "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        line = without_edge_marks(line[:cut]) if cut else line
        if not line:
            continue
        key = fold(line)
        if (any(fold(m) in key for m in MOTTO) or key in _MOTTO_WRAPPED
                or "chunghiavietnam" in key or key.startswith("so") and (
                    ":" in line or _NUMBER_CELL.match(line))):
            if not words and not key.startswith("so"):
                continue  # a copy that reads the right cell first: "ĐẢNG CỘNG SẢN VIỆT NAM" /
                # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ĐẢNG ĐOÀN QUỐC HỘI"
            if key in _MOTTO_ALONE:
                words += _body_below_motto(lines[i + 1:])
            break  # the motto, also wrapped: "CỘNG" / "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        if not line.isupper():
            return _header_under(words, lines[i:])
        if (fold_words(line) in TYPE_WORDS or _TITLE_START.match(key)
                or TYPE_HEADING.match(fold_chars(line).lower())) and words != ["BỘ"] and not (
                    words and words[-1].endswith(("-", "–"))):
            break  # the type heading ("KẾ HOẠCH") or "VỀ VIỆC ..." starts the title, not the body
            # (but a ministry's name goes on: "BỘ" / "KẾ HOẠCH VÀ ĐẦU TƯ", and a name its dash
            # joins: "TỔNG CỤC DÂN SỐ-" / "KẾ HOẠCH HÓA GIA ĐÌNH")
        headline = not words and (_ACT_HEADLINE.match(fold_words(line)) or _OVER_HEADER.match(line)
                                  or _HEADING_WORDS.match(key))
        if (key in _GAZETTE_SECTIONS or words[-1:] == [line] or _DRAFT_MARK.fullmatch(key)
                or headline):
            continue  # the Official Gazette's section over the header (or a portal's table of
            # contents, "MỤC LỤC VĂN BẢN" / "HIỂN THỊ DANH SÁCH"); a body printed twice; a
            # draft's mark ("DỰ THẢO", "DỰ THẢO 2"); a page's headline over it that opens with
            # an act ("BÃI BỎ THÔNG TƯ SỐ 37/2015/...") or a symbol ("45/2022/NĐ-CP NGHỊ ĐỊNH
            # QUY ĐỊNH VỀ XỬ PHẠT ..."), a report's heading ("TÌNH HÌNH ...", "NỘI DUNG"), or an
            # image's file name ("1.PNG")
        words.append(_CUA.sub("", line) if not words else line)  # a gazette's "CỦA ỦY BAN ..."
        if cut:
            words += _body_beside_motto(lines[i][1], lines[i + 1:])
            break
    return _once(" ".join(words)) or None


_OF_THE_PARTY = re.compile(r"\b(?:cua|thanh\s+lap)\s*$")  # of, founding
# "NƯỚC" before the motto, the first word of the State's name (`restated.STATE_NAME`, whole);
# not "CHỦ TỊCH NƯỚC" (the President), "NHÀ NƯỚC"
_STATE_WORD = re.compile(r"(?<!chu tich )(?<!nha )\bnuoc\s+$")


def _body_beside_motto(line: str, below: list[tuple[int, str]]) -> list[str]:
    """The body's next line in a header whose two cells a copy ran together line by line:
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "HUYỆN CHÂU THÀNH Độc lập - Tự do -
    Hạnh phúc" (the body was "ỦY BAN NHÂN DÂN", a province's); or all on the motto's `line`
    ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ PHÚ MẬU Độc lập ...")."""
    folded = fold_chars(line)
    state = folded.find("viet nam", max(0, folded.find("cong hoa xa hoi")))
    rest = line[state + len("viet nam"):] if state >= 0 else ""
    if "doc lap" not in fold_chars(rest):  # the motto's second line is on the next line
        rest = next((line.strip() for _, line in below if line.strip()), "")
    return _upper_before_independence(rest)


_MOTTO_ALONE = frozenset({"dangcongsanvietnam", "conghoaxahoichunghiavietnam"})
_UNDER_MOTTO_LINES = 2  # a body's lines below the motto: "XÃ NHÂN KHANG"


def _body_below_motto(below: list[tuple[int, str]]) -> list[str]:
    """The body's lines under a motto of its own line and over the "Số" line, in a copy that
    read the header's cells row by row: "BCĐ XÂY DỰNG NÔNG THÔN MỚI" / "ĐẢNG CỘNG SẢN VIỆT NAM"
    / "XÃ NHÂN KHANG" / "Số: 01 -KH/BCĐ". Nothing if no "Số" line closes them."""
    found: list[str] = []
    for _, line in below:
        cell = line.strip(" \t*-_|")
        folded = " ".join(fold_chars(cell).split())  # (with its colon: "Số:", its number blank)
        if SO_LINE.match(folded):
            return found
        if not cell or any(m in folded for m in MOTTO):
            continue  # a rule, a star, the State motto's second line ("Độc lập - Tự do ...")
        if (not cell.isupper() or len(found) == _UNDER_MOTTO_LINES
                or TYPE_HEADING.match(fold_chars(cell)) or _TITLE_START.match(fold(cell))):
            return []
        found.append(cell)
    return []


def _upper_before_independence(line: str) -> list[str]:
    """The upper-case words before "Độc lập" on `line`, if that is all that comes before it."""
    at = fold_chars(line).find("doc lap")
    words = line[:at].strip(" \t-|")
    return [words] if at > 0 and words.isupper() and "cong hoa" not in fold_chars(words) else []


def _once(body: str) -> str:
    """A body printed twice, as a gazette's copy prints it over its header and again, wrapped,
    in it: "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" / "BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI";
    once, and without a joining dash that its last line leaves hanging ("BỘ CÔNG AN –")."""
    body = _HANGING_DASH.sub("", body)
    words = body.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and words[:half] == words[half:] else body


_HANGING_DASH = re.compile(r"\s+[—–-]$")


# What stands under a header's body (its folded words): the motto, the `Số` line or the type
# heading. Not a date line alone: "..., ngày 21/01/2020 ... năm 2020" ends a sentence too.
# (the motto on a header's line, not in a sentence that names the State: "... tổ chức Ngày Pháp
# luật nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2014 trên địa bàn tỉnh ...")
_UNDER_BODY = re.compile(  # (not a document site's "Số trang 28", its page count)
    rf"^(?:so\b(?! trang\b)|.{{0,60}}(?P<motto>{'|'.join(MOTTO)})|(?:{TYPE_WORD_PATTERN})\W*$)")
_UNDER_BODY_LINES = 6


def _header_under(words: list[str], lines: list[tuple[int, str]]) -> str | None:
    """The body `words` make, if a header goes on under them: not a page's headline in upper
    case over running text ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020" / "Thực hiện ...")."""
    if not words:
        return None
    under = [line for _, line in lines if line][:_UNDER_BODY_LINES]
    authority = bool(under) and fold_words(under[0]).startswith("can cu")  # "QUỐC HỘI" / "Căn cứ"
    return (_once(" ".join(words)) if authority or any(_stands_under_body(line) for line in under)
            else None)


def _stands_under_body(line: str) -> bool:
    """Whether `line` is one that stands under a header's body: the motto with at most a cell
    in capitals before it, not a sentence that names the Party ("Thực hiện Điều lệ Đảng Cộng
    sản Việt Nam (khóa XI);" under a headline, "ĐẠI HỘI ĐẢNG VIÊN LẦN THỨ VI", that was a body)."""
    if SO_LINE.match(" ".join(fold_chars(line).split())):
        return True  # (with its colon: a law's "Luật số: 83/2025/QH15")
    folded = fold_words(line)
    m = _UNDER_BODY.match(folded)
    if m is None or not m.group("motto"):
        return m is not None
    before = line.split()[:len(folded[:m.start("motto")].split())]
    return " ".join(before).isupper() or not before


# A cell border of a header laid out as a table, with tabs, or with runs of spaces (text from
# a PDF kept in its layout: "ỦY BAN NHÂN DÂN      CỘNG HÒA XÃ HỘI ...").
CELL_OR_LINE = re.compile(r"[|\t\n]| {3,}")
# The date line's ", ngày"; the place before it is read back to its cell's start (`CELL_OR_LINE`),
# which is quicker than a pattern trying a place at every letter.
_DATE_COMMA = re.compile(r"\s*,\s*ngay\b[\s.…]*")
_PLACE_START = re.compile(r"[^\W\d_]")
_WEEKDAY = re.compile(r"(?:thu (?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat)$")
_MAX_PLACE = 41  # characters before ", ngày" that may hold the place
# The lower-case words a date line's place may hold: "thành phố Hồ Chí Minh", "thị trấn ...".
_PLACE_UNITS = frozenset("thành phố thị xã trấn huyện phường quận tỉnh tp. tx. tt.".split())
_PLACE_AFTER_SYMBOL = re.compile(r".*/\S*(?:\s+|$)", re.DOTALL)  # a place holds no symbol
_PLACE_AFTER_MOTTO = re.compile(r".*(?:viet\s+nam|hanh\s+phuc)\W*", re.DOTALL)  # nor the motto
# A place's first word wrapped onto a line of its own, as in a table cell copied from a PDF:
# "Trà" / "Vinh, ngày ..." ("Vinh" alone is a city of Nghệ An).
_PLACE_WRAPPED = re.compile(rf"(?:^|\n)[ \t|]*([{UPPER}][{LOWER}]+)[ \t]*\n\s*$")
# (also with each word on a line of its own, "ngày" / "" / "tháng" / "" / "năm 2016", as a PDF
# gives the blanks of a table cell)
_BLANK_DAY = re.compile(r"(?:thang[\s.…]*(?:\d{1,2})?[\s.…]*)?nam\s+(?P<y>(?:19|20)\d\d)")


# The "Số:" label of a line that a copy ran the header's cells onto: "Số: 3397/BKHĐT-QLKTTW V/v
# hướng dẫn ... Luật DN 2014 Hà Nội, ngày 23 tháng 5 năm 2019 Kính gửi: ..."
_NUMBER_LABEL = re.compile(r"(?<![^\s|*])(?:Số|SỐ)[ \t]*:")
_NUMBER_LABEL_ROOM = 300  # the symbol and the subject line between label and place


def _province_ending_number_line(text: str, place: str, at: int) -> str | None:
    """The province that the capitalised words at the end of `place` name, where `place` (read
    back from ", ngày" at `at`) follows the "Số:" label on its line (the whole text, in one
    that lost its line ends): the subject line's words stand before it."""
    line_start = max(text.rfind("\n", 0, at) + 1, at - _NUMBER_LABEL_ROOM)
    if not _NUMBER_LABEL.search(text, line_start, at):
        return None
    return ending_province(place)[1]


# A law or a National Assembly resolution is dated by its adoption, which its closing clause
# states ("Luật này đã được Quốc hội ... thông qua ngày 10 tháng 11 năm 2022."), where a copy
# from the Official Gazette prints no date line.
ADOPTED = re.compile(r"\bnay\s+(?:da\s+)?duoc\s[^.;]{0,250}?\bthong\s+qua\s+ngay\s+")


def date_labelled(folded: str, label: re.Pattern[str]) -> dt.date | None:
    """The date right after the first words `label` finds in `folded`, if any."""
    m = label.search(folded)
    found = DATE_PATTERN.match(folded, m.end()) if m else None
    return parse_date(found) if found else None


def date_line(text: str, head: str) -> tuple[str | None, dt.date | None, int | None]:
    """(place, date, year) of the date line; a copy printed before it was signed leaves the
    day blank ("Hà Giang, ngày     tháng 02 năm 2024"), and tells the year alone."""
    page_day = None
    for m in _DATE_COMMA.finditer(head):
        date_match = DATE_PATTERN.match(head, m.end())
        year_match = _BLANK_DAY.match(head, m.end()) if date_match is None else None
        if date_match is None and year_match is None:
            continue
        cell = CELL_OR_LINE.split(head[max(0, m.start() - _MAX_PLACE):m.start()])[-1]
        cell = cell[cell.rfind(",") + 1:]
        if symbol_end := _PLACE_AFTER_SYMBOL.search(cell):  # "Số:26/KH-VP Trà Vinh, ngày ..."
            cell = cell[symbol_end.end():]
        if motto_end := _PLACE_AFTER_MOTTO.search(cell):  # "... VIỆT NAM Cầu Kè, ngày ..."
            cell = cell[motto_end.end():]
        start = _PLACE_START.search(cell)
        if start is None:  # no place, or a symbol's date: "Chỉ thị 13-CT/TW, ngày 12/01/2017"
            continue
        at = m.start() - len(cell) + start.start()
        if wrapped := _PLACE_WRAPPED.search(text, max(0, at - 30), at):  # "Trà" / "Vinh, ngày"
            at = wrapped.start(1)
        place = " ".join(text[at:m.start()].replace("*", "").split())
        weekday = _WEEKDAY.match(fold_words(place)) is not None
        # running text, "... lệnh phong tỏa) từ 0 giờ, ngày 23 tháng 9 năm 2021", unless a
        # province's name split by stray spaces, "Qu ả ng Ngãi, ngày ..."
        if any(w[:1].islower() and w not in _PLACE_UNITS for w in place.split()) and (
                place := canonical_province(place)
                or _province_ending_number_line(text, place, m.start())) is None:
            continue
        date = parse_date(date_match) if date_match else None
        year = date.year if date else int(year_match.group("y")) if year_match else None
        if weekday:  # a page's day, "Thứ 2, Ngày 28/10/2024": the header's, if any, is further
            page_day = page_day or (None, date, year)
            continue
        return place, date, year
    return page_day or (None, None, None)
