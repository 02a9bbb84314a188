"""A document's type heading and title ("KẾ HOẠCH" / "THỰC HIỆN CHƯƠNG TRÌNH ..."), or a
công văn's subject line ("V/v triển khai ..."), read from the first lines of its text; else the
preamble that names body, type and title ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện
Đề án ... như sau:")."""

from __future__ import annotations

import re

from extract.bodies import cut_after_place
from extract.dates import HOW_ISSUED
from extract.normalize import fold, fold_chars, fold_words
from extract.provinces import ending_province
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS

MOTTO = ("cong hoa xa hoi", "doc lap", "dang cong san viet nam")
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
        # số 94-QĐ/TW ..."): the subject line above is the title, if there is one. A line of
        # whose it is ("NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về ...") is no title's.
        under = [ln for _, ln in lines[after:]]
        under = under[next((k for k, ln in enumerate(under) if ln), 0):]  # past blank lines
        if (len(under) > 1 and under[0].isupper() and _OF_BODY_LINE.match(fold_words(under[0]))
                and not any(c.isdigit() for c in under[0])):  # not the gazette's, "... SỐ 60"
            # ... over bodies listed on lines of their own: "CỦA BỘ CHÍNH TRỊ," / "BAN BÍ THƯ"
            while len(under) > 2 and under[0].rstrip().endswith(",") and under[1].isupper():
                under = under[1:]
            under = under[1:]
        return word, title_under(under) or _subject_line(lines), at
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
    """The title in `lines` (cleaned header lines under a heading), past blank ones and a
    rule ("CỦA THỦ TƯỚNG CHÍNH PHỦ" / "-" / "Về công tác ..."), if any."""
    while lines and (not lines[0] or set(lines[0]) <= _RULE_CHARS):
        lines = lines[1:]
    if lines and (AUTHORITY.match(fold_words(lines[0])) or _ARTICLE.match(lines[0])):
        return None  # a copy that lost the title: "QUYẾT ĐỊNH" / "VIỆN TRƯỞNG VIỆN KIỂM SÁT ...",
        # or under the enacting "QUYẾT ĐỊNH" (no colon) its first article, "Điều 1. Bộ máy ..."
    title = title_from(lines) if lines else None
    return None if title is None or _PREAMBLE_SENTENCE.match(fold_words(title)) else title


_RULE_CHARS = set("-_–=* ")
_NAMED_DOCUMENT = re.compile(rf"(?:bo\s+luat|luat|{TYPE_WORD_PATTERN})\b")  # a title names
_TAKES_DOCUMENT = re.compile(r"(?:thuc\s+hien|thi\s+hanh|ban\s+hanh|trien\s+khai|huong\s+dan"
                             r"|sua\s+doi|bo\s+sung|thay\s+the|bai\s+bo|ngay|boi|,)\s*$")
_ARTICLE = re.compile(r"(?:ĐIỀU|Điều)\s+\d{1,3}\s*[.:]")
# A preamble's sentence, which no title is: "Căn cứ Luật ...", "Xét đề nghị của ...", or one
# that announces the content, "Thực hiện Quy định số 132-QĐ/TW ..., Ban Tổ chức Trung ương
# hướng dẫn ... như sau:".
_PREAMBLE_SENTENCE = re.compile(r"(?:can cu|xet de nghi|xet to trinh)\b|.*\bnhu sau$")


def title_from(lines: list[str]) -> str:
    """The title that starts at the first of `lines` (cleaned header lines), on one line."""
    title = [lines[0]]
    for ln in lines[1:]:
        if not ln:  # a blank line between a title's lines, as a web page or a spaced copy has
            continue
        # An upper-case title goes on in upper case; any title goes on in a line that starts
        # in lower case ("về tiếp tục thực hiện ..."), which no sentence does. Not into the
        # authority that decides under it ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"), unless
        # the line before leads into a name ("... GIỮA ỦY BAN NHÂN DÂN"), nor into the first
        # section's heading, nor into the motto of a header below a gazette's heading.
        upper = ln.isupper() or (ln == ln.upper() and any(c.isdigit() for c in ln))  # "2017-2021"
        goes_on = ((lines[0].isupper() and upper) or ln[:1].islower()
                   # a dash joins the lines: "2021-" / "2026", "Bộ Lao động -" / "Thương binh"
                   or _DASH_END.search(title[-1])
                   or title[-1].rsplit(None, 1)[-1].lower() in _ENDS_NO_TITLE  # "khóa" / "XV"
                   or _CUT_SHORT.search(fold_words(title[-1]))  # "Ban Chấp hành" / "Trung ương"
                   # a title in lower case goes on in the document its verb takes: "Quy định
                   # chi tiết và biện pháp thi hành" / "Pháp lệnh tín ngưỡng, tôn giáo", "... và
                   # thực hiện" / "Chương trình xúc tiến thương mại ..."
                   or not lines[0].isupper() and not upper and ln[:1].isupper()
                   and _TAKES_DOCUMENT.search(fold_chars(title[-1]).lower())
                   and _NAMED_DOCUMENT.match(fold_words(ln)))
        authority = (AUTHORITY.match(fold_words(ln))
                     and not LEADS_ON.search(fold_words(title[-1])))
        if not goes_on or _SECTION.match(ln) or fold(ln) in _MOTTO_LINES or authority:
            break
        title.append(ln)
    return " ".join(" ".join(title).split())


_DASH_END = re.compile(r"\w[ \t]*[-–]$")
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
                        r"(?:chu tich |bo truong |thu tuong |giam doc )?(?:uy ban nhan dan|"
                        r"(?:uy ban thuong vu )?quoc hoi|hoi dong nhan dan|ubnd|hdnd|chinh phu|"
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

# The head of a body, who signs for it: "BỘ TRƯỞNG BỘ Y TẾ" is BỘ Y TẾ, "Thống đốc Ngân hàng Nhà
# nước Việt Nam" the central bank.
_HEAD_OF_BODY = re.compile(r"(?:chu tich|bo truong|tong giam doc|giam doc|thong doc|chanh an|"
                           r"vien truong|(?:tong )?cuc truong) (?=\w+ \w)")


def without_head(body: str) -> str:
    """The body that `body` names, without its head's title."""
    head = _HEAD_OF_BODY.match(fold_words(body))
    return " ".join(body.split()[len(head.group().split()):]) if head else body


# The body that "xây dựng" or "ban hành" the document, as the subject of the clause: not one
# whose document a reference's subject names ("... của UBND tỉnh về ban hành Chương trình").
_PREAMBLE = re.compile(
    r"(?P<body>(?:van\s+phong|uy\s+ban|ubnd|ban\s|so\s|tinh\s+uy|thanh\s+uy|huyen\s+uy|"
    r"dang\s+uy|hoi\s+dong|thu\s+tuong|bo\s+truong|thong\s+doc|chi\s+(?:bo|uy))[a-z\d\s]{0,80}?)(?<!\sve)\s*(?:\([^)]*\)\s*)?"
    rf"(?:{HOW_ISSUED}\s+)*(?:ky\s+)?(?:xay\s+dung|ban\s+hanh)\s+"  # how: no body's words
    rf"(?P<word>{TYPE_WORD_PATTERN})\b"
)
_OF_ANOTHER = re.compile(r"\s+cua\s")  # the document named is another body's
# A body holds no "số 57", date or "của": it ran over a reference ("Quyết định số 2163/QĐ-UBND
# ngày 29 tháng 11 năm 2012 của UBND tỉnh An Giang về việc ban hành Kế hoạch ..."); nor "(về)
# việc": it ran into a reference's subject ("Xét Tờ trình số 07/TTr-TT.HĐND ... của Thường
# trực Hội đồng nhân dân tỉnh về việc ban hành Quy chế ...", also with "về" lost by an OCR).
_NUMBERED = re.compile(r"\bso\s*\d|\bngay\s*\d|\bcua\b|\bviec\b"
                       # ... nor a verb: it ran into what it does, "Ban thường vụ tỉnh, thành ủy
                       # ... hiện nay chỉ đạo xây dựng đề án" (not the "Ban Chỉ đạo")
                       r"|\bhien\s+nay\b|(?<!\bban\s)\bchi\s+dao\b|\bxay\s+dung\s+va\b"
                       # ... nor a duty, a document still to come: "Bộ trưởng có trách nhiệm", "sẽ"
                       r"|\b(?:co|chiu)\s+trach\s+nhiem\b|\bphai\b|\bse\b")
# ... and what it makes has no symbol or number: one that has is a document cited or announced,
# a news item's ("ban hành Chỉ thị số 17 về ..."), unless it is the document's own (a page that
# prints it whole, `identify._announced`). "số" may be left out ("ký ban hành Kết luận 177"),
# but a year alone is no number ("ban hành Kế hoạch 2024 ...").
_NUMBER_AFTER = re.compile(r"\s+(?:so\s*:?\s*|(?!(?:19|20)\d\d(?![\d/-])))(?=\d)")
# ... nor a number in brackets after its title: "UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát
# động Tết trồng cây (Kế hoạch số 08/KH-UBND)" is a news item's, hard-wrapped or not.
_NUMBER_IN_BRACKETS = re.compile(
    rf"[^.;(]{{0,300}}\(\s*(?:{TYPE_WORD_PATTERN})\s+(?:so\s*:?\s*)?(?=\d)")

# Verbs that ask a body to make a document, in a news item or a plan's tasks (with "giao").
_ASKS = frozenset({"yeu cau", "de nghi", "chi dao", "huong dan", "don doc"})

# "Chi bộ trường ...", not "Bộ trưởng"; the verb "ban hành", not a board ("Ban"): "từ khi ban
# hành Luật Hình sự cho đến nay đã ban hành Bộ luật ..."
_NOT_A_BODY = re.compile(r"(?i)bộ\s+trường|ban\s+hành")
# A body's first word with its tones: not "Bàn" of "thị xã Điện Bàn", which folds as "Ban" does.
_BODY_FIRST = frozenset({"văn", "ủy", "uỷ", "ubnd", "ban", "sở", "tỉnh", "thành", "huyện", "đảng",
                         "hội",
                         # a normative document's authority: "Thủ tướng Chính phủ ban hành Quyết
                         # định ...", "Bộ trưởng Bộ Tài chính ban hành Thông tư ..."
                         "thủ", "bộ", "thống",
                         "chi"})  # a Party cell, "Chi bộ trường THCS ...", and its "Chi ủy"

# The title the preamble gives, in its main clause ("..., Ủy ban nhân dân tỉnh ban hành Kế
# hoạch thực hiện Đề án ... như sau:"), not in a reference's ("... của Chủ tịch UBND tỉnh ban
# hành Kế hoạch hành động ...") nor a news item's ("... ban hành Chỉ thị số 17 về ..."): up to
# where the content is announced in the same sentence, "như sau", "gồm các nội dung chủ yếu như
# sau", "với các nội dung sau".
_MAIN_CLAUSE = re.compile(r"(?:^|[,;:.\n])\s*$")
_CLAUSE_STOP = re.compile(r"[.;:](?:\s|$)|\n\s*\n")
_TITLE_END = re.compile(
    r"[\s,]*(?:(?:cu\s+the\s+)?(?:gom\s+|voi\s+)?(?:(?:cac|nhung)\s+)?noi\s+dung"
    r"(?:\s+(?:chu\s+yeu|chinh|cu\s+the))?\s+(?:nhu\s+)?sau|(?:cu\s+the\s+)?nhu\s+sau)\W*$")


def preamble(text: str, folded: str, limit: int, own_symbol_at: int | None = None
             ) -> tuple[str | None, str | None, str | None, int]:
    """(body, type word, title, where) that the preamble's "... xây dựng Kế hoạch ..." names;
    one that names a number names the document only where its own symbol stands
    (`own_symbol_at`)."""
    pos = 0
    while m := _PREAMBLE.search(folded, pos, limit):
        first = text[m.start("body"):m.end("body")].split()[0].lower()
        # A body that runs over a reference ("... Tỉnh ủy thực hiện Nghị quyết số 57" / "Ban
        # Thường vụ Tỉnh ủy vừa ban hành"), or starts with no body's word: look further on.
        if _NUMBERED.search(m.group("body")) or first not in _BODY_FIRST or _NOT_A_BODY.match(
                text, m.start("body")) or first == "sở" and folded.endswith("co ", 0, m.start()):
            pos = m.start() + 1
            continue  # ... nor "Bộ trường" of a cell's name, nor "cơ sở" (a basis): "CƠ SỞ ĐỂ
            # XÂY DỰNG KẾ HOẠCH"
        pos = m.end()
        before = folded[max(0, m.start() - 16):m.start()].split()
        if before[-1:] == ["cua"]:
            continue  # whose document it is, not who makes this one
        if " ".join(before[-2:]) in _ASKS or before[-1:] == ["giao"] or "để" in text[
                max(0, m.start() - 16):m.start()].lower().split()[-3:]:
            continue  # "Yêu cầu Ban Văn hóa xã xây dựng kế hoạch ...": asked, not this one;
            # "... làm căn cứ để các BCSĐ UBND tỉnh xây dựng ...": a purpose, not this one
        if _OF_ANOTHER.match(folded, m.end()):
            continue  # "Thường trực Ban Bí thư ... ký ban hành Kết luận của Bộ Chính trị": news
        if "lien tich" in m.group("word"):
            continue  # a joint document's bodies, which the pattern reads one or two of: "Bộ
            # trưởng Bộ Lao động - Thương binh và Xã hội, Bộ trưởng Bộ Tài chính ban hành Thông
            # tư liên tịch", "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc và Bộ trưởng Bộ Tài chính ..."
        number = _NUMBER_AFTER.match(folded, m.end()) or _NUMBER_IN_BRACKETS.match(
            folded, m.end())
        if number and number.end() != own_symbol_at:
            continue  # "UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND": a news item's
        # the body, not its head: "Bộ trưởng Bộ Công an ban hành Thông tư ..."
        body = without_head(cut_after_place(" ".join(text[m.start("body"):m.end("body")].split())))
        return (body[0].upper() + body[1:], " ".join(m.group("word").split()),
                _preamble_title(text, folded, m), m.start())
    return None, None, None, 0


def _preamble_title(text: str, folded: str, m: re.Match[str]) -> str | None:
    stop = _CLAUSE_STOP.search(folded, m.end(), m.end() + 400)
    if (stop is None or folded[m.end():m.end() + 4].strip() == "so"
            or not _MAIN_CLAUSE.search(folded, max(0, m.start() - 3), m.start())):
        return None
    end = _TITLE_END.search(folded, m.end(), stop.end())
    title = " ".join(text[m.end():end.start()].split()) if end else None
    return title[0].upper() + title[1:] if title else None


def headline_title(text: str, symbol: str) -> str | None:
    """The title a portal's headline gives with the own `symbol`, in a page without a title
    under a type heading: "Kế hoạch 142/KH-UBND năm 2025 thực hiện Đề án nâng cao ..." (the
    preamble's "xây dựng Kế hoạch triển khai thực hiện Đề án" had given "Triển khai thực hiện
    Đề án")."""
    if (after := _after_headline_symbol(text, symbol)) is None:
        return None
    rest = _HEADLINE_YEAR.sub("", after, count=1).strip()
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
