"""A document's type heading and title ("KẾ HOẠCH" / "THỰC HIỆN CHƯƠNG TRÌNH ..."), or a
công văn's subject line ("V/v triển khai ..."), read from the first lines of its text; or a
portal's headline (else the preamble names them, `preamble.py`)."""

from __future__ import annotations

import re

from extract.dates import DATE_AFTER_SYMBOL
from extract.normalize import fold, fold_chars, fold_words
from extract.provinces import ending_province
from extract.sentences import FOOTNOTE_MARK
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS

MOTTO = ("cong hoa xa hoi", "doc lap", "dang cong san viet nam",
         "viet nam dan chu cong hoa")  # the State's name until 1976
# The State's motto as a line of its own (folded), which ends a title above a header: not a
# title's words that name the State ("... HIẾN PHÁP NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
# nor the Party's name ("KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM").
_MOTTO_LINES = frozenset({"conghoaxahoichunghiavietnam", "nuocconghoaxahoichunghiavietnam",
                          "conghoaxahoi", "doclaptudohanhphuc"})
_ABOUT = re.compile(r"[ \t|*]*[Vv]\s*/\s*[Vv][ \t.:]+(?=\S)")  # "V/v triển khai ..."
# ... also after the symbol, where a copy ran the header's cells together: "Số: 627/BYT-BH V/v
# hướng dẫn thực hiện ..."
_DATE_RUN_ON = re.compile(r",[ \t]*ngày\b")
_SYMBOL_BEFORE = re.compile(r"(?<!\w)(?:Số|SỐ)[ \t]*:?[ \t]*\d\S*(?=[ \t]+[Vv]\s*/\s*[Vv]\b)")
_CELL = re.compile(r"[|\t]| {3,}")


def header_lines(text: str, limit: int) -> list[tuple[int, str]]:
    """(offset, line) for the first lines of the text, cleaned of table and markdown marks."""
    out, pos = [], 0
    for line in text[:limit].split("\n"):
        out.append((pos, line.replace("*", "").replace("#", "").strip(" \t\r|")))
        pos += len(line) + 1
    return out


def type_and_title(text: str, limit: int) -> tuple[str | None, str | None, int]:
    """The type heading ("KẾ HOẠCH"), the title lines under it and where the heading stands."""
    lines = header_lines(text, limit)
    for i, (at, line) in enumerate(lines):
        word = fold_words(line)
        of_body = _TYPE_OF_BODY.match(word) if " cua " in word and line.isupper() else None
        if of_body and of_body.group(1) in TYPE_WORDS:
            # "NGHỊ QUYẾT CỦA HĐND TỈNH LÀO CAI" / "Về ...": the title is under it, unless the
            # line goes on past a symbol ("QUYẾT ĐỊNH CỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/QĐ-TTG
            # NGÀY ... VỀ VIỆC ...", the gazette's), which `identify` takes off the title.
            rest = " ".join(line.split()[len(of_body.group(1).split()):])
            under = [ln for _, ln in lines[i + 1:]]
            return of_body.group(1), (title_from([rest, *under]) if _SYMBOL_IN.search(word)
                                      else title_under(under)), at
        after = i + 1
        if (line.isupper() and word not in TYPE_WORDS and " " not in word and after < len(lines)
                and lines[after][1].isupper()):  # wrapped in a narrow column: "QUYẾT" / "ĐỊNH"
            line = f"{line} {lines[after][1]}"
            word, after = fold_words(line), after + 1
        if line.isupper() and word not in TYPE_WORDS:  # letter-spaced, "K Ế  H O Ạ C H", or
            word = _SPACELESS_TYPE_WORDS.get(fold(line), word)  # split by OCR, "K ÉT LUẬN"
        if not (line.isupper() and word in TYPE_WORDS):
            continue
        if line.endswith(":"):  # "QUYẾT ĐỊNH:" enacts the articles under it; a page that
            return word, _under_date_line(lines)[1], at  # dropped the heading has its title
        # A heading with the preamble under it and no title ("HƯỚNG DẪN" / "Căn cứ Quy định
        # số 94-QĐ/TW ..."): the subject line above is the title, if there is one, or the title
        # under the date line of a copy that lost its heading there and kept the enacting one
        # ("Bắc Kạn, ngày ..." / "VỀ VIỆC BAN HÀNH QUY CHẾ ..." / "Căn cứ ..." / "QUYẾT ĐỊNH" /
        # "Điều 1")
        return word, (title_under([ln for _, ln in lines[after:]]) or _subject_line(lines)
                      or _under_date_line(lines)[1]), at
    # A công văn has no type heading; its subject line ("V/v triển khai ...") is its title.
    return (None, subject, 0) if (subject := _subject_line(lines)) else _under_date_line(lines)


def _subject_line(lines: list[tuple[int, str]]) -> str | None:
    """The subject line "V/v triển khai ..." among the header `lines`, on one line."""
    for i, (_, line) in enumerate(lines):
        symbol = _SYMBOL_BEFORE.search(line)  # anywhere on a line that holds the whole header
        about = _ABOUT.match(line, symbol.end() if symbol else 0)
        if about:  # up to its cell's end: "| Số: 12/VP<br>V/v ... | Bến Tre, ngày ... |"
            subject = _CELL.split(line[about.end():])[0].strip()
            # ... up to the date line run onto it: "V/v ... Luật DN 2014 Hà Nội, ngày ..."
            if (dated := _DATE_RUN_ON.search(subject)) and (
                    ending := ending_province(subject[:dated.start()]))[1]:
                return ending[0]
            return title_from([subject, *(ln for _, ln in lines[i + 1:])])
    return None


# A type heading that names its issuer, and nothing more unless it is the gazette's heading
# with the symbol: not a title's line that names the document carried out ("CHỈ THỊ CỦA BAN BÍ
# THƯ VỀ ...", under "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN").
_TYPE_OF_BODY = re.compile(rf"({TYPE_WORD_PATTERN}) cua (?:(?:(?!ve\b)\w+ ?){{1,8}}$|.* so \d)")
_SYMBOL_IN = re.compile(r" so \d")
# ... and such a line of its own, not one the title goes on in ("CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG
# TRUNG ƯƠNG ĐẢNG" / "TẠI HỘI NGHỊ TOÀN QUỐC ...", a speaker's conclusions, not a body's)
_OF_BODY_LINE = re.compile(r"cua (?!dong chi\b)(?:(?!ve\b|tai\b)\w+ ?){1,10}$")
_SPACELESS_TYPE_WORDS = {word.replace(" ", ""): word for word in TYPE_WORDS}
_TYPE_AT_START = re.compile(rf"({TYPE_WORD_PATTERN}) (?!cua |so )")
# A date line, "Quảng Trị, ngày 22 tháng 10 năm 2019" (also in a table's row).
_DATE_LINE = re.compile(r".*,\s*ngay\b.*\bnam\s+(?:19|20)\d\d\W*$")
# ... or one that runs into the title, as a copy that ran the header's cells together has it:
# "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH ... ỦY BAN NHÂN
# DÂN TỈNH KON TUM" (the authority that decides under the title ends it).
_DATE_LINE_GOING_ON = re.compile(r".*?,\s*ngay\b.*?\bnam\s+(?:19|20)\d\d[ \t]+(?=\S)")


def _under_date_line(lines: list[tuple[int, str]]) -> tuple[str | None, str | None, int]:
    """(type word, title, where) of the upper-case title right under the date line: a page
    that dropped the type heading (its own headline), "BAN HÀNH QUY ĐỊNH CHẾ ĐỘ BÁO CÁO ...",
    or ran it into the title, "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN ..."; not the authority, a section
    or the motto."""
    for i, (at, line) in enumerate(lines[:20]):
        folded = fold_chars(line).lower()
        if (on := _DATE_LINE_GOING_ON.match(folded)) and (upper := _upper_words(line[on.end():])):
            # (in a text that lost its line ends, the words up to the first not in upper case)
            line = _before_authority(upper)
            under = [(at + on.end(), line), *((a, ln) for a, ln in lines[i + 1:] if ln)]
        elif _DATE_LINE.match(folded):
            under = [(a, ln) for a, ln in lines[i + 1:] if ln]
        else:
            continue
        at, first = under[0] if under else (0, "")
        if not (first.isupper() and len(first) > 15 and not first.endswith(":")
                and not AUTHORITY.match(fold_words(first)) and not _SECTION.match(first)
                and fold(first) not in _MOTTO_LINES):
            break
        rest = [ln for _, ln in under[1:]]
        if ((typed := _TYPE_AT_START.match(fold_words(first))) and typed.group(1) in TYPE_WORDS
                and typed.group(1) != "quy dinh"):  # "QUY ĐỊNH MỨC THU ...": a verb, to set
            title = " ".join(first.split()[len(typed.group(1).split()):])
            title = title[about.end():] if (about := _ABOUT.match(title)) else title
            return typed.group(1), title_from([title, *rest]), at
        return None, title_from([first, *rest]), 0
    return None, None, 0


def _upper_words(line: str) -> str:
    """The words in upper case that `line` starts with, or "" when there are fewer than three
    (past a cell's border or other marks: "|     KẾ HOẠCH ...")."""
    words = line.split()
    while words and not any(map(str.isalpha, words[0])):
        words = words[1:]
    n = next((k for k, w in enumerate(words) if not w.isupper() and any(map(str.isalpha, w))),
             len(words))
    return " ".join(words[:n]) if n >= 3 else ""


def _before_authority(line: str) -> str:
    """An upper-case `line` up to the authority named after the title on it, if any: a body
    that ends the line, not one the title names ("... CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ ...")."""
    words = line.split()
    for k in range(1, len(words)):
        rest = fold_words(" ".join(words[k:]))
        if (AUTHORITY.match(rest) and not _NAMES_MORE.search(rest)
                and not LEADS_ON.search(fold_words(" ".join(words[:k])))):
            return " ".join(words[:k])
    return line


_NAMES_MORE = re.compile(r"\b(?:ve|cua|thuc hien)\b")


def title_under(lines: list[str]) -> str | None:
    """The title in `lines` (cleaned header lines under a heading), past blank ones, a rule
    ("CỦA THỦ TƯỚNG CHÍNH PHỦ" / "-" / "Về công tác ...") and the symbol's line, if any."""
    lines = _past_rules(lines)
    if (len(lines) > 1 and lines[0].isupper() and _OF_BODY_LINE.match(fold_words(lines[0]))
            and not any(c.isdigit() for c in lines[0])):  # not the gazette's, "... SỐ 60"
        # A line of whose it is ("NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về ..."), also
        # under a heading with the symbol ("HƯỚNG DẪN SỐ 38-HD/BTCTW NGÀY 31/01/2016" / "CỦA BAN
        # TỔ CHỨC TRUNG ƯƠNG"), and over bodies listed on lines of their own ("CỦA BỘ CHÍNH
        # TRỊ," / "BAN BÍ THƯ"), is no title's.
        while len(lines) > 2 and lines[0].rstrip().endswith(",") and lines[1].isupper():
            lines = lines[1:]
        lines = _past_rules(lines[1:])
    if lines and (AUTHORITY.match(fold_words(lines[0])) or _ARTICLE.match(lines[0])):
        return None  # a copy that lost the title: "QUYẾT ĐỊNH" / "VIỆN TRƯỞNG VIỆN KIỂM SÁT ...",
        # or under the enacting "QUYẾT ĐỊNH" (no colon) its first article, "Điều 1. Bộ máy ..."
    lines = _past_plenum(lines)
    title = title_from(lines) if lines else None
    return None if title is None or _PREAMBLE_SENTENCE.match(fold_words(title)) else title


# The plenum that adopted a Party resolution, under its heading on a line or two: "NGHỊ QUYẾT" /
# "HỘI NGHỊ LẦN THỨ SÁU" / "BAN CHẤP HÀNH TRUNG ƯƠNG KHOÁ XII" / "Một số vấn đề về ...", or with
# the title on the term's line, "... ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng ..." (whose, no title)
_PLENUM_HEAD = re.compile(r"hoi nghi (?:lan thu|ban chap hanh|bch|trung uong)\b")
_TERM = re.compile(r"\(?\bkhoa\s+(?:[ivxl]+|\d{1,2})\b\)?[,.:;]?\s*")


def _past_plenum(lines: list[str]) -> list[str]:
    """`lines` past a plenum's name that opens them, up to its term (three lines at most)."""
    if not lines or lines[0][:1] not in "Hh" or not _PLENUM_HEAD.match(fold_words(lines[0])):
        return lines
    for k, line in enumerate(lines[:3]):
        if term := _TERM.search(fold_chars(line)):
            rest = line[term.end():].strip()
            return _past_rules([rest, *lines[k + 1:]] if rest else lines[k + 1:])
    return lines


_RULE_CHARS = set("-_–=* ")
# the symbol's line, which a copy may print under the heading: "THÔNG TƯ" / "Số: 02/2015/TT-BXD"
# (the symbol alone, perhaps cut by a space: not a title restating it, "SỐ 50 TC/TCDN NGÀY ...")
_NUMBER_LINE = re.compile(r"(?:Số|SỐ)[ \t]*:?[ \t]*\d\S*(?:[ \t]+\S{1,12})?[ \t]*$")


def _past_rules(lines: list[str]) -> list[str]:
    """`lines` past blank ones, rules and the symbol's line."""
    while lines and (not lines[0] or set(lines[0]) <= _RULE_CHARS or _NUMBER_LINE.match(lines[0])):
        lines = lines[1:]
    return lines


_NAMED_DOCUMENT = re.compile(rf"(?:bo\s+luat|luat|{TYPE_WORD_PATTERN})\b")  # a title names
_TAKES_DOCUMENT = re.compile(r"(?:thuc\s+hien|thi\s+hanh|ban\s+hanh|trien\s+khai|huong\s+dan"
                             r"|sua\s+doi|bo\s+sung|thay\s+the|bai\s+bo|ngay|boi|,)\s*$")
_ARTICLE = re.compile(r"(?:ĐIỀU|Điều)\s+\d{1,3}\s*(?:[.:]|$)")  # (or alone on its line)
# A preamble's sentence, which no title is: "Căn cứ Luật ...", "Xét đề nghị của ...", or one
# that announces the content, "Thực hiện Quy định số 132-QĐ/TW ..., Ban Tổ chức Trung ương
# hướng dẫn ... như sau:"; nor an article's, which names the document as "this", "Quyết định
# này có hiệu lực sau 15 ngày kể từ ngày ký." under the enacting "QUYẾT ĐỊNH" of a copy that
# lost its articles' numbers.
_PREAMBLE_SENTENCE = re.compile(r"(?:can cu|xet de nghi|xet to trinh)\b|.*\bnhu sau$"
                                rf"|(?:{TYPE_WORD_PATTERN}) nay\b")


def title_from(lines: list[str]) -> str:
    """The title that starts at the first of `lines` (cleaned header lines), on one line."""
    title = [lines[0]]
    for k, ln in enumerate(lines[1:], 2):
        if not ln:  # a blank line between a title's lines, as a web page or a spaced copy has
            continue
        # An upper-case title goes on in upper case; any title goes on in a line that starts
        # in lower case ("về tiếp tục thực hiện ..."), which no sentence does. Not into the
        # authority that decides under it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"), unless
        # the line before leads into a name ("... GIỮA ỦY BAN NHÂN DÂN"), nor into the first
        # section's heading, nor into the motto of a header below a gazette's heading.
        upper = _in_upper_case(ln)
        goes_on = ((_in_upper_case(lines[0]) and upper) or ln[:1].islower()
                   # a dash joins the lines: "2021-" / "2026", "Bộ Lao động -" / "Thương binh"
                   or _DASH_END.search(title[-1])
                   or title[-1].rsplit(None, 1)[-1].lower() in _ENDS_NO_TITLE  # "khóa" / "XV"
                   or _CUT_SHORT.search(fold_words(title[-1]))  # "Ban Chấp hành" / "Trung ương"
                   # a title in lower case goes on in the document its verb takes: "Quy định
                   # chi tiết và biện pháp thi hành" / "Pháp lệnh tín ngưỡng, tôn giáo", "... và
                   # thực hiện" / "Chương trình xúc tiến thương mại ..."
                   or not _in_upper_case(lines[0]) and not upper and ln[:1].isupper()
                   and _TAKES_DOCUMENT.search(fold_chars(title[-1]).lower())
                   and _NAMED_DOCUMENT.match(fold_words(ln)))
        named = fold_words(ln)
        authority = (AUTHORITY.match(named) or (  # also wrapped: "ỦY" / "BAN NHÂN DÂN TỈNH ..."
            k < len(lines) and (whole := AUTHORITY.match(fold_words(f"{ln} {lines[k]}")))
            and whole.end() > len(named))) and not LEADS_ON.search(fold_words(title[-1]))
        if (not goes_on or _SECTION.match(ln) or fold(ln) in _MOTTO_LINES or authority
                or _PREAMBLE_SENTENCE.match(named)):
            break  # (a title's last word may lead on, "... SỐ" / "12/2020", and yet end it:
            # "LUẬT" / "DÂN SỐ" / "Căn cứ Hiến pháp ...", "CHUYỂN ĐỔI SỐ")
        title.append(ln)
    return _FOOTNOTE_AT_END.sub("", " ".join(" ".join(title).split()))


# A footnote's marker after the title, a consolidated text's: "VỀ QUẢN LÝ THIẾT BỊ Y TẾ[1]"
_FOOTNOTE_AT_END = re.compile(rf"\s*{FOOTNOTE_MARK}$")


_DASH_END = re.compile(r"\w[ \t]*[-–]$")
# A symbol's code keeps its case in an upper-case title: "THỰC" / "HIỆN QUYẾT ĐỊNH SỐ
# 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 ..." (the title had been "THỰC").
_SYMBOL_WORD = re.compile(r"\S*\d\S*")


def _in_upper_case(line: str) -> bool:
    """Whether a title's line is in upper case, its symbols and numbers aside ("2017-2021")."""
    words = _SYMBOL_WORD.sub("", line)
    return words.isupper() or words == words.upper() and any(c.isdigit() for c in line)


# A body's name or a date cut by the line's end, "NGÀY 11 THÁNG" / "8 NĂM 2022": no title ends so
_CUT_SHORT = re.compile(r"\b(?:ban chap hanh|ban thuong vu|ban chi dao|uy ban|hoi dong|"
                        r"(?<!hang )ngay(?: \d{1,2} thang)?)$")
AUTHORITY = re.compile(r"bo truong(?: bo|$)|"  # "BỘ TRƯỞNG BỘ NỘI VỤ"
                        # the head of a department, a centre, a board ...: "GIÁM ĐỐC TRUNG TÂM
                        # PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ HÀ NỘI"; the heads of the central
                        # bank, the supreme court and procuracy
                        r"giam doc (?:so|trung tam|ban|cong ty|benh vien|kho bac|bao hiem|dai|"
                        r"vien|hoc vien) |thong doc ngan hang |chanh an toa an |"
                        r"vien truong vien kiem sat |"
                        r"tong giam doc |(?:tong )?cuc truong |"  # "TỔNG GIÁM ĐỐC BẢO HIỂM ..."
                        # "CHỦ TỊCH ỦY BAN CHỨNG KHOÁN NHÀ NƯỚC", "HỘI ĐỒNG THÀNH VIÊN" / "SỞ ..."
                        r"chu tich (?:uy ban|hoi dong) |hoi dong (?:thanh vien|quan tri)\b|"
                        # the President's, who promulgates a law or an ordinance: "CHỦ TỊCH NƯỚC
                        # CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Căn cứ ..." / "NAY CÔNG BỐ:"
                        r"chu tich nuoc(?: nuoc)?(?: cong hoa\b| viet nam\b|$)|"
                        r"(?:chu tich |bo truong |thu tuong |giam doc )?(?:uy ban nhan dan|"
                        r"(?:uy ban thuong vu )?quoc hoi|hoi dong nhan dan|ubnd|hdnd|chinh phu|"
                        r"hoi dong (?:chinh phu|bo truong)|"  # the Government until 1981, 1992
                        r"ban thuong vu|ban chap hanh|"
                        r"(?:tinh|thanh|huyen|dang) uy)\b")
# The first section's heading under the title ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. MỤC ĐÍCH",
# "PHẦN I. KẾT QUẢ ...", "Chương 1"), in upper case as the title is: it starts with its number.
_SECTION = re.compile(r"(?:[IVXLC]+\s*[.)\-–]|\d{1,2}\s*[.)]|[A-H]\.)\s|"  # "I- TÌNH HÌNH ...",
                      # "A. MỤC ĐÍCH, YÊU CẦU" too
                      r"(?:PHẦN|Phần|CHƯƠNG|Chương|MỤC|Mục)\s+(?:[IVXLC]+|\d{1,2}|THỨ|thứ)\b")
# Words a title cannot end with, so the next line goes on with it whatever its case: "... Quốc
# hội khóa" / "XV và bầu cử ...", "... đến năm" / "2030" (with tones: "Nam" of "Việt Nam" ends).
_ENDS_NO_TITLE = frozenset("của giữa và với cho tại thuộc về khóa khoá kỳ kì đoạn năm đến trên "
                           "trong các số theo".split())
# ... also a plenum's name before its committee: "HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH ...".
LEADS_ON = re.compile(r"\b(?:cua|giua|va|voi|cho|tai|thuoc)$|\bhoi nghi(?: lan thu \w+)?$")
# The acts a title opens with when it names no "về việc" (folded): "BÃI BỎ THÔNG TƯ SỐ ...",
# "... CỦA ỦY BAN DÂN TỘC CÔNG NHẬN THÔN ĐẶC BIỆT KHÓ KHĂN ...", "TRIỂN KHAI KẾ HOẠCH ..."
TITLE_ACTS = (r"(?:bai\s+bo|sua\s+doi|phe\s+duyet|thanh\s+lap|cong\s+bo|ban\s+hanh|cong\s+nhan"
              r"|trien\s+khai|thuc\s+hien)")
# ... and what a title opens with after whose document it is: "về", what it prescribes or
# guides, or its act ("... CỦA BỘ XÂY DỰNG HƯỚNG DẪN ...", "... của Thủ tướng Chính phủ về ...")
TITLE_OPENERS = rf"(?:ve|quy\s+dinh|huong\s+dan|{TITLE_ACTS})"


# The comma or colon after a symbol or its date, before the title a headline or a heading runs
# on to: "Công văn số 550/SGDĐT-GDTX: V/v ...", "... NGÀY 15/12/2015, V/V QUY ĐỊNH ..."
BEFORE_TITLE = " ,;:"


def headline_title(text: str, symbol: str) -> str | None:
    """The title a portal's headline gives with the own `symbol`, in a page without a title
    under a type heading: "Kế hoạch 142/KH-UBND năm 2025 thực hiện Đề án nâng cao ..." (the
    preamble's "xây dựng Kế hoạch triển khai thực hiện Đề án" had given "Triển khai thực hiện
    Đề án")."""
    if (after := _after_headline_symbol(text, symbol)) is None or _NEXT_CELL.match(after):
        return None  # a portal's row: "Thông tư 03/2017/TT-BGTVT    Nằm trên công báo: ..."
    rest = _HEADLINE_YEAR.sub("", after, count=1).strip()
    folded = fold_chars(rest).lower()
    if date := DATE_AFTER_SYMBOL.match(folded):  # "ngày 23/06/2015 của Bộ trưởng ..."
        rest, folded = rest[date.end():].strip(), folded[date.end():].strip()
    if folded.startswith("cua "):
        if (whose := _WHOSE_BEFORE_TITLE.match(folded)) is None:
            return None  # whose it is, and nothing after
        rest = rest[whose.end():]
    rest = rest.lstrip(BEFORE_TITLE)
    return f"{rest[:1].upper()}{rest[1:]}" if len(rest.split()) >= 3 else None


def headline_year(text: str, symbol: str) -> int | None:
    """The year that headline gives after a symbol without one: "Kết luận 156-KL/TW 2025 về
    ..." (the page's record, "Số hiệu: 156-KL/TW", gives no date)."""
    after = _after_headline_symbol(text, symbol)
    year = _HEADLINE_YEAR.match(after) if after else None
    return int(year.group("year")) if year else None


def _after_headline_symbol(text: str, symbol: str) -> str | None:
    line = text[:2 * _HEADLINE_SPAN].lstrip()[:_HEADLINE_SPAN].split("\n", 1)[0]
    if not (m := _HEADLINE_TITLE.match(fold_chars(line).lower())):
        return None
    return line[m.end() + len(symbol):] if line.startswith(symbol, m.end()) else None


_HEADLINE_SPAN = 400
_HEADLINE_TITLE = re.compile(rf"(?:{TYPE_WORD_PATTERN})\s+(?:so\s+)?(?=\d)")
_HEADLINE_YEAR = re.compile(r"^\s+(?:năm\s+)?(?P<year>(?:19|20)\d\d)\b")
# ... not whose it is: "Quyết định 328/2005/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt
# ..." (the title had been "Của Thủ tướng Chính phủ về việc ..."); a steering committee's name
# holds "về", "Ban Chỉ đạo Trung ương về phát triển khoa học ...", so its title is "về việc".
_WHOSE_BEFORE_TITLE = re.compile(r"cua\s+(?:ban\s+chi\s+dao\s+(?:\S+\s+){0,20}?(?=ve\s+viec\b)"
                                 r"|(?!ban\s+chi\s+dao\b)(?:\S+\s+){1,10}?"
                                 rf"(?={TITLE_OPENERS}\b))")
_NEXT_CELL = re.compile(r"[ \t]*\||[ \t]{3}|\t")
