"""Where sentences end in a document's text, as relation typing reads it.

A cue governs the references of its sentence, so the sentence ends matter as much as the cues:
real files break lines (and even put blank lines) inside sentences, hard-wrap titles and list
items, lay headers out as tables, and start each preamble clause on a line of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extract.normalize import LOWER, UPPER, fold_words
from extract.provinces import canonical_province
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS

# A footnote's marker: "[1]", Markdown's "[^1]" (as pandoc writes a Word file's footnotes), or
# superscript digits ("¹²") as a word processor sets them, or as Markdown ("^1^", pandoc's) or
# HTML ("<sup>1</sup>") write them.
SUPERSCRIPTS = "¹²³⁰⁴⁵⁶⁷⁸⁹"
FOOTNOTE_MARK = (rf"(?:\[\^?\d{{1,3}}\]|[{SUPERSCRIPTS}]{{1,3}}|\^\d{{1,3}}\^"
                 r"|<sup>\d{1,3}</sup>)")
_SUPERSCRIPT_DIGITS = str.maketrans(SUPERSCRIPTS, "1230456789")
_NOT_DIGIT = re.compile(r"\D")


def footnote_number(marker: str) -> str:
    """The number a footnote marker stands for: "[12]", "[^12]", "¹²", "^12^" and
    "<sup>12</sup>" are all "12"."""
    return _NOT_DIGIT.sub("", marker.translate(_SUPERSCRIPT_DIGITS))


# Footnotes in text from a PDF: the marker lost its superscript and is left as digits glued to
# the word ("công tác dân vận1."), and each footnote is a line that starts with its number
# ("1 Kế hoạch số ..."). Not units ("100 m2", "km2"). Glued to a symbol's code too
# ("35/KH-UBND1"): a code with digits of its own ("QH15", "BCĐ389") keeps them, since the
# markers must number 1, 2, 3 ... in order, each before its line.
_PLAIN_NOTE_LINE = re.compile(rf"\n[ \t*]*(\d{{1,2}})[ \t]+(?=[{UPPER}“\"])")  # "\n" first: fast
_PLAIN_MARKER = ("(?:(?<=[" + LOWER + r"”\")])(?<![\s\d][a-z])(?<![kcdm]m)|(?<=[A-ZĐ]{{2}}))"
                 r"{}(?=[\s.,;:)]|$)")  # formatted with the marker's number
_FOOTNOTE_DEF = re.compile(rf"(?m)^[ \t]*{FOOTNOTE_MARK}[ \t]*\S")


def footnote_start(text: str) -> int:
    """Where footnote definitions ("[1] Kế hoạch số ...") begin, or len(text)."""
    m = _FOOTNOTE_DEF.search(text)
    if m:
        return m.start()
    return min(_unbroken_footnotes(text), default=len(text))


FOOTNOTE_MARKER = re.compile(FOOTNOTE_MARK)
LOST_LINE_ENDS = 2  # line ends left in a text whose line ends were lost (a title's, a last one)


def _unbroken_footnotes(text: str) -> list[int]:
    """Where each footnote's definition starts in a text that lost its line ends ("... Trần
    Đức Quý | [1] Kế hoạch số ..."): a marker's second place. Other texts start each definition
    on a line of its own."""
    if text.count("\n") > LOST_LINE_ENDS:
        return []
    seen: set[str] = set()
    again: dict[str, int] = {}  # number -> where it stands the second time
    for m in FOOTNOTE_MARKER.finditer(text):
        number = footnote_number(m.group())
        if number in seen:
            again.setdefault(number, m.start())
        seen.add(number)
    return list(again.values())


def plain_footnotes(text: str) -> list[tuple[int, int]]:
    """The digits of footnote markers and footnote lines printed plain, to be read as "[1]":
    only when the lines number 1, 2, 3 ... in order and each number stands glued after a word
    before its line (and after the marker before it), so that no list or unit is taken."""
    lines = list(_PLAIN_NOTE_LINE.finditer(text))
    if not lines or footnote_start(text) < len(text):  # footnotes marked already
        return []
    spans: list[tuple[int, int]] = []
    expected, after = 1, 0
    for line in lines:
        if int(line.group(1)) != expected:
            continue
        marker = re.compile(_PLAIN_MARKER.format(expected)).search(text, after, line.start())
        if marker is None:
            break
        spans += [marker.span(), line.span(1)]
        expected, after = expected + 1, marker.end()
    return sorted(spans)


_HEADING_WORD = re.compile(r"(?<![\w/\-])[^\W\d_]{2,}(?![\w/\-])")
# List items by the kind of their marker: "- ", "1. ", "1.2) ", "2- ", "II. ", "III- ", "a) ",
# "a. ".
# A hyphen makes an item of a short number before a word ("1- Quán triệt"): a line may also
# start with a period ("2021 - 2025") or a symbol broken after its stray space ("33- NQ/TU").
# No item is numbered as a year is: a line may start with the year of a date wrapped before it
# ("... (8 tháng 12 năm" / "2016) của Thủ tướng Chính phủ").
# A slash and a space make an item of a number before a word ("3/ Luật sửa đổi ..."), not of
# a symbol or date broken after its stray space ("56/ 2015/ NĐ - CP").
_ITEM_KINDS = (r"(?P<bullet>[-–+•*])\s|"
               rf"(?P<number>\d{{1,3}}(?:\.\d+)*\s*[.)]|\d{{1,2}}-\s(?=\s*[^\W\d_][{LOWER}])"
               r"|\d{1,3}/[ \t](?=[ \t]*[^\W\d_]))|"
               r"(?P<roman>[IVXLC]+)[.\-]\s|(?P<letter>[a-zđ])[).]\s")
_ITEM = rf"(?:{_ITEM_KINDS}|{FOOTNOTE_MARK}|#)"  # or a footnote, or a markdown heading
# ... or a row of a portal's history of a document's effect, a date and what happened then:
# "27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND" (not a date wrapped onto a line, "ngày" /
# "12/3/2020 của UBND tỉnh", also in an upper-case title, "... NGÀY" / "24/11/2023 CỦA TỈNH ỦY")
_DATED_ROW = rf"\d{{1,2}}/\d{{1,2}}/\d{{4}}[ \t]+[{UPPER}][{LOWER}]"
# ... or a line that opens on a date and a comma, as a news item's paragraphs do: "Ngày
# 27/7/1993, Thủ tướng ..." under a headline with no full stop, "... thực hiện Chỉ thị 57 của
# Bộ Chính trị", is not the headline's (a title wrapped at a date has no comma after it)
_PARAGRAPH_OPENER = (r"(?:(?:Sáng|Chiều|Trưa|Tối)[ \t]+ngày|Ngày)[ \t]+\d{1,2}"
                     r"(?:[ \t]*[/.\-][ \t]*\d{1,2}[ \t]*[/.\-]|[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm)"
                     r"[ \t]*\d{4}[ \t]*,"
                     # ... and so a line that opens on words that only open a sentence,
                     # capitalised: "Đây là Nghị định số 200/2025/NĐ-CP ..." under a headline
                     r"|(?:Đây[ \t]+là|(?:Theo|Trong|Bên[ \t]+cạnh|Do|Sau)[ \t]+đó|Ngoài[ \t]+ra"
                     r"|Tuy[ \t]+nhiên|Như[ \t]+vậy|Vì[ \t]+vậy)\b"
                     # ... and a news item's first sentence, a body that "has just" issued:
                     # "Chính phủ vừa ban hành Nghị định 52/2019/NĐ-CP ..." under a headline
                     rf"|[{UPPER}][^\n.;:,]{{0,80}}?[ \t]vừa[ \t]+(?:ký[ \t]+)?"
                     r"(?:ban[ \t]+hành|ký|phê[ \t]+duyệt|công[ \t]+bố|thông[ \t]+qua)\b")
ITEM_KIND = re.compile(rf"[ \t|*]*(?:{_ITEM_KINDS})")
_ITEM_PERIOD = re.compile(r"[ \t|*#]*(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]+|[a-zđ])\.")
# (not a portal's numbered list of related documents: "- 4 Quyết định ...", "- 1Luật ...")
_DASH_GOES_ON = re.compile(
    rf"[ \t]*[-–][ \t]*(?:\d(?!\d{{0,2}}[ \t]*[{UPPER}][{LOWER}])|[{LOWER}]|[A-ZĐÐ]{{1,8}}[ \t]*/)")
# The words that open a preamble clause, each on its own line: "Căn cứ ...;", "Thực hiện
# ...;", "Theo đề nghị ...", "Xét đề nghị ...", "Sau khi xem xét ...", "Trên cơ sở ...". A
# title without a full stop above them does not carry its cue into them.
_CLAUSE_OPENER = r"(?:Căn\s+cứ|Thực\s+hiện|Triển\s+khai|Theo|Xét|Sau\s+khi|Trên\s+cơ\s+sở)\s"
# Sentence ends: ". " before a capital, a bullet, a bracket or a number (also in Markdown's
# emphasis, ". *(Kèm theo Báo cáo số ...)*", and closing it, "... Quyết định này”.*" /
# "Điều 2 ..."); a new list item or footnote on a new line; a new
# preamble clause on a new line (`_ends_clause`); a table's row; the end of an upper-case
# heading; in a text that lost its line ends, a semicolon before a clause that considers what
# is proposed ("...; Xét Tờ trình số ...", "...; Trên cơ sở xem xét Báo cáo số ...") and a
# "Căn cứ" inside a line. Line breaks alone do not end a sentence: real
# files break lines (and even put blank lines) inside sentences.
_BOUNDARY = re.compile(
    rf"[.!?](?<!\bTP.)(?<!\bTp.)(?:/\.)?\**(?=\s+\**(?:[^\W\d_{LOWER}]|[-–+•“\"\[(]|\d|https?:))"
    # ... or glued to the next sentence's first word, where a copy lost the space: "... kể cả
    # thời gian gia hạn.Quyết định có hiệu lực ..." (not "Tp.Hồ Chí Minh": a word's end first)
    rf"|\.(?<=[{LOWER}]{{2}}\.)(?=[{UPPER}][{LOWER}])"
    # or a table's row: its cue does not reach the next row
    rf"|\n(?=[ \t]*\||[ \t|*]*(?:{_ITEM}|(?P<clause>{_CLAUSE_OPENER})|{_DATED_ROW}"
    rf"|(?P<opener>{_PARAGRAPH_OPENER})))"
    r"|;(?=[ \t]+(?:Xét|Theo\s+đề\s+nghị|Sau\s+khi|Trên\s+cơ\s+sở\s+(?:đề\s+nghị|xem\s+xét))\s)"
    # or a colon that ends a line or a paragraph before a capital: "..., Chủ tịch UBND tỉnh có
    # ý kiến như sau:" / "Giao Sở ... căn cứ Thông tư số ...": what follows is the content, or
    # a list (`lists`), not the sentence the colon's cue governs
    rf"|:(?=(?:[ \t]*\r?\n)+[ \t]*\**[^\W\d_{LOWER}])"
)
# ... and "Căn cứ" in capitals inside a line, where a heading or a paragraph ran into it, and so
# "Xét đề nghị" or "Theo đề nghị" ("... của Bộ Tài chính Xét đề nghị của Cục Thuế ..."). Found
# from its words, then the spaces before it: a branch of `_BOUNDARY` that tried every space
# took two thirds of that pattern's time.
_BASIS_IN_LINE = re.compile(r"(?<=[ \t])(?:Căn\s+cứ|(?:Xét|Theo)\s+[đð]ề\s+nghị)\s")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, in order, covering the text."""
    cuts = {m.end() for m in _BOUNDARY.finditer(text) if not (
        _dash_joins_at(text, m.start())
        or m.group("clause") and not _ends_clause(text, m.start(), m.end("clause"))
        or m.group("opener") and _goes_on_to(text, m.start())
        or text[m.start()] == "." and _marks_item(text, m.end()))}
    cuts.update(_bases_in_line(text))
    cuts.update(_heading_ends(text))
    cuts.update(_unbroken_footnotes(text))
    spans, start = [], 0
    for cut in sorted(cuts):
        if cut > start:
            spans.append((start, cut))
            start = cut
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _bases_in_line(text: str) -> Iterator[int]:
    """Where each "Căn cứ" (or "Xét đề nghị") inside a line starts: after spaces, after a
    word."""
    for m in _BASIS_IN_LINE.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k > 0 and not text[k - 1].isspace():
            yield m.start()


def _marks_item(text: str, end: int) -> bool:
    """Whether the period ending at `end` is a list item's ("1. Nghị quyết ...", "II. NỘI
    DUNG", "a. ..."): the item's sentence goes on after it, under the cue of a list above."""
    return _ITEM_PERIOD.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None


def _last_char(text: str, pos: int) -> str:
    """The last character of the line that ends at `pos`, marks aside ("" if it is blank)."""
    return text[text.rfind("\n", 0, pos) + 1:pos].rstrip(" \t\r*|")[-1:]


def _goes_on_to(text: str, pos: int) -> bool:
    """Whether the text above `pos`, blank lines aside, ends on ";" or ",": a preamble's
    "Thực hiện Kế hoạch số ...;" then "Ngày 22/12/2021, UBND xã ban hành Kế hoạch số 1038 ..."
    is one sentence, its cue the plan's."""
    return text[max(0, pos - 200):pos].rstrip(" \t\r\n*|")[-1:] in (";", ",")


def _ends_clause(text: str, pos: int, opened: int) -> bool:
    """Whether the line that ends at `pos` ends a clause (";", ":", ",", ".") or is blank, or
    the opener ending at `opened` leads on to a document ("Thực hiện Nghị quyết số ...", "Theo
    đề nghị"). A clause opener starts a sentence only then: "Luật" at a line's end, then "Thực
    hiện dân chủ ở cơ sở", is a law's name broken over lines; a title without a full stop
    ("Triển khai thực hiện Nghị quyết số 09/NQ-CP"), then "Thực hiện Nghị quyết số 09/NQ-CP
    ...", is a title and a preamble. A type heading ("HƯỚNG DẪN") above, with or without blank
    lines, ends nothing: its title goes on from it (see `_heading_ends`)."""
    above = text[max(0, pos - 80):pos].rstrip().rpartition("\n")[2].strip(" \t|*#")
    if above.isupper() and _is_type_heading(above):
        return False
    last = _last_char(text, pos)
    if last.isalpha() and fold_words(text[max(0, pos - 12):pos]).rpartition(" ")[2] in _LEADS_ON:
        return False  # "... của UBND tỉnh Hậu Giang về" / "Thực hiện Chương trình ...": one clause
    return last in ("", ";", ":", ",", ".") or _LEADS_TO_DOCUMENT.match(
        fold_words(text[opened:opened + 30])) is not None


# Words that never end a clause: the line after them goes on with it.
_LEADS_ON = frozenset({"ve", "viec", "cua", "va", "de", "nham", "tai", "cho", "voi"})


# What a preamble clause's opener leads on to: a document's type word, the Constitution,
# "đề nghị", or "các".
_LEADS_TO_DOCUMENT = re.compile(
    rf"(?:{TYPE_WORD_PATTERN}|hien phap|de nghi|cac)\b")


def _dash_joins_at(text: str, pos: int) -> bool:
    """Whether a line break at `pos` falls inside a phrase that a dash joins ("kinh tế\n- xã
    hội", "giai đoạn 2021\n- 2025", also past a blank line, as text from a PDF may put one after
    each line) or a symbol ("Kết luận số 100\n- KL/TW"): the line before ends in a word or a
    number, and the dash leads on to a lower-case word, a number or a code. That dash is no
    bullet."""
    if text[pos] != "\n":
        return False
    before = text[max(0, pos - 80):pos].rstrip(" \t\r\n*|")
    if _DASH_GOES_ON.match(text, pos + 1) is not None or _LONE_DASH.match(text, pos + 1):
        return before[-1:].isalnum()
    after = _DASH_NAME_WORD.match(text, pos + 1)
    if after is None:
        return False
    if (fold_words(before[-12:]).rpartition(" ")[2], fold_words(after.group(1))) in _DASH_NAMES:
        return True
    # a place and its province: "phường Nam Lý - Đồng Hới" / "- Quảng Bình;"
    province = _DASH_PLACE.match(text, after.start(1))
    return (before.rpartition(" ")[2][:1].isupper() and province is not None
            and canonical_province(province.group()) is not None)


# Names with a dash between capitalised words, broken before it: "Bộ Lao động" / "- Thương
# binh và Xã hội", "Bà Rịa" / "- Vũng Tàu", "Thi đua" / "- Khen thưởng", "Kinh tế" / "- Ngân
# sách", "Văn hóa" / "- Xã hội", and offices: "Phòng Tổ chức" / "- Cán bộ", "Hành chính" / "-
# Quản trị", "Tài chính" / "- Kế hoạch" (and the other way), "Văn hóa" / "- Thông tin" (or "-
# Thể thao"): (the folded words either side of the dash).
_DASH_NAMES = frozenset({("dong", "thuong"), ("ria", "vung"), ("dua", "khen"), ("te", "ngan"),
                         ("hoa", "xa"), ("te", "xa"), ("chuc", "can"), ("chinh", "quan"),
                         ("chinh", "ke"), ("hoach", "tai"), ("hoa", "thong"), ("hoa", "the")})
# ... or by a dash left alone on its line: "Trung tâm Châm cứu" / "-" / "Đông y tỉnh ...".
_LONE_DASH = re.compile(r"[ \t]*[-–][ \t]*\r?\n")
_DASH_PLACE = re.compile(r"[^\W\d_]+(?:[ \t]+[^\W\d_]+){0,3}(?=[ \t]*(?:[;,.)]|\r?\n|$))")
_DASH_NAME_WORD = re.compile(r"[ \t]*[-–][ \t]*([^\W\d_]+)")


@lru_cache(maxsize=1024)  # header lines recur across a corpus: "ỦY BAN NHÂN DÂN", "KẾ HOẠCH"
def _is_type_heading(line: str) -> bool:
    return fold_words(line) in TYPE_WORDS


def _heading_ends(text: str) -> list[int]:
    """Ends of upper-case heading lines followed by a line of running text. A type heading
    ("HƯỚNG DẪN") is cut before instead: its title goes on from it ("thực hiện Quy định số
    08-QĐi/TW": the document guides that regulation), as an upper-case title does."""
    ends, pos, previous = [], 0, None  # previous: (where to cut, was a heading)
    for line in text.split("\n"):
        stripped = line.strip(" \t|*#")
        if not stripped:  # blank lines between a heading and the text under it change nothing
            pos += len(line) + 1
            continue
        if previous is not None and previous[1] and not stripped.isupper():
            ends.append(previous[0])
        # Upper case with a word of its own: a line holding only a symbol ("06-ĐA/TU", where
        # a hard-wrapped text broke) is no heading.
        heading = (stripped.isupper() and sum(c.isalpha() for c in stripped) > 3
                   and _HEADING_WORD.search(stripped) is not None)
        end = pos + len(line) + 1
        previous = (pos if heading and _is_type_heading(stripped) else end, heading)
        pos = end
    return ends
