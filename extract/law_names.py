"""Laws and ordinances cited by name: "Luật Tiếp công dân", "Bộ luật Lao động", the
Constitution, amending laws named after the laws they amend. Takes NFC text and returns
offsets into it, as `find` does for symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.law_name_words import (
    ABBREVIATION_BRACKET,
    AUTHOR,
    AUTHOR_AFTER,
    COMPOUND,
    COMPOUND_WORDS,
    JOINED_LAW_NAMES,
    NAME_ABBREVIATIONS,
    NAME_STOPS,
    NAME_VARIANTS,
    NO_NAME,
    blank_abbreviation_brackets,
    phrase_stop,
)
from extract.normalize import (
    LOWER,
    UPPER,
    fold,
    fold_chars,
    fold_words,
    is_word_char,
    line_from,
)
from extract.provinces import names_province_at
from extract.sentences import ITEM_KIND
from extract.tables import NUMBERED_REFERENCE_START, RECORD_FIELD_NAME
from extract.titles import AUTHORITY

# A name's head ("Bộ Luật" too), also in an upper-case title ("LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ
# SỞ"), and the Constitution ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"). The word
# boundaries around the head are checked in `_plain_law_names`: a pattern that is one group of
# literal words lets `re` skip ahead to them (a pass over a text takes a third of the time, a
# fifth of that with the Constitution as an alternative of its own).
LAW_NAME_START = re.compile(
    r"(?P<head>Bộ\s+[lL]uật|Luật|Pháp\s+lệnh|BỘ\s+LUẬT|LUẬT|PHÁP\s+LỆNH|Hiến\s+pháp|"
    r"HIẾN\s+PHÁP)\s*")
# (an abbreviation whose parts a comma or "&" joins is one word: "Luật TD,TT", "Luật TC&QCKT")
_JOINED_ABBREVIATIONS = re.compile(rf"[{UPPER}]{{2,}}(?:[,&][{UPPER}]{{2,}})+")
_NAME_WORD = re.compile(rf"{_JOINED_ABBREVIATIONS.pattern}(?![^\W\d_])|[^\W\d_]+")
# "cộng đồng Dân Luật Việt Nam", a portal's community; "Công ty Luật TNHH ...", "Văn phòng
# Luật LVN", "Hãng Luật ...": law firms;
# "Trợ lý Luật" and "Thư ký Luật", a portal's assistants ("Trợ Lý Luật đưa ra câu trả lời")
# ... and an international convention's subject: "Công ước của Liên hợp quốc về Luật biển năm
# 1982", "Công ước Luật biển 1982" (no law of the State's), also "Liên Hiệp Quốc"
_CONVENTION_BEFORE = re.compile(r"\bcong\s+uoc(?:\s+(?:cua\s+)?lien\s+h(?:op|iep)\s+quoc"
                                r"(?:\s*\(\w+\))?)?(?:\s+ve)?\s*$")
_CIVIL = re.compile(r"(?<!\w)(?:[Dd]ân|[Tt]rợ [Ll]ý|[Tt]hư [Kk]ý"
                    # ... law as a field of study: "Trường Đại học Luật Hà Nội", "Khoa Luật",
                    # "Chuyên ngành: Luật kinh tế" (a thesis's major)
                    r"|(?i:công ty|văn phòng|hãng|đại học|khoa|cử nhân|thạc sĩ|tiến sĩ|ngành:?)) $")
# "số" (number) ends a name where a number follows ("Luật Đất đai số 45/2013/QH13", "Luật
# Viễn thông số. 24/2023/QH15") or its label's colon ("Luật số: /2020/QH14", a draft's own,
# left blank), also a number left blank ("số …../2025/QH15"), and is one of its words elsewhere:
# "Luật Tần số vô tuyến điện", "Luật Chuyển đổi số", also before a year alone, "Pháp lệnh Dân
# số 2003" (it was "Pháp lệnh Dân").
_NUMBER_AFTER = re.compile(r"[\s*]*+(?:(?:/\s*ký\s+)?hiệu[\s*]*+)?"  # "*": Markdown
                           r"(?::|\.?[\s*]*+(?!(?:19|20)\d\d\b(?!\s*[/-]))\d|[.…\s*]*/)",
                           re.IGNORECASE)  # ("Số hiệu:", "Số/ký hiệu 68/...")
_MAX_NAME_WORDS = 10
# A line may break inside a name, and so may blank lines before a lower-case word (text from
# a PDF with blank lines between its lines: "Luật Thực" / "" / "hiện dân chủ ở cơ sở").
_NAME_GAP = re.compile(rf"[ \t]*(?:\r?\n[ \t]*(?:(?:\r?\n[ \t]*){{1,3}}(?=[{LOWER}]))?)?(?=\w)")
# A date line under a công văn's subject line: "V/v ... Điều 22 Luật BHYT" / "Hà Nội, ngày ...",
# its place's words all capitalised (not a name's words wrapped: "Luật Tổ chức" / "Chính phủ,
# ngày ...").
_DATE_LINE = re.compile(rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,4}},[ \t]*ngày\b")
_GAP_SPAN = 32  # room for justified spacing, a line break and the next line's indent
# ... or a page's number blanked (`normalize`) between a name's words: "Luật Bảo vệ" / "2" /
# "môi trường"; the next line goes on in lower case
_PAGE_GAP = re.compile(rf"[ \t]{{{_GAP_SPAN},}}\r?\n[ \t]*(?=[{LOWER}])")
_PAGE_GAP_SPAN = 240
# "Phòng, chống ..." (also "phòng , chống", and in a title, "LUẬT PHÒNG, CHỐNG THAM NHŨNG", which
# was "LUẬT PHÒNG"), "Quản lý, sử dụng ...": a comma inside a name; so
# is the last one before the law's number, if no other document is named between ("Luật sửa
# đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự số 118/2025/QH15"; not
# "Luật Tiếp công dân, Luật Tố cáo số 25/2018/QH14")
_NAME_COMMA = re.compile(r"[ \t]*,\s*(?=(?i:chống)\b)|(?<=(?i:quản lý)),\s*(?=(?i:sử\s+dụng)\b)"
                         # (a stray mark after "chống", before what is fought: "Luật Phòng, chống
                         # .bạo lực gia đình", "Luật phòng chống, tham nhũng")
                         rf"|(?<=(?i:chống))[ \t]*[.,][ \t]*(?=[{LOWER}])"
                         r"|,\s*(?=(?:(?!Luật|luật|LUẬT|Bộ|Nghị|Pháp|Hiến)[^,;.()]){1,60}?"
                         r"\s+số\s*\d{1,3}/\d{4}/QH)")
# A "và" of the table may be printed as a comma or left out: "Luật Tổ chức Hội đồng nhân dân,
# Uỷ ban nhân dân" and "Luật Phòng cháy chữa cháy" are the names as writers give them, not
# "Luật Tổ chức Hội đồng nhân dân" cut short or a law of their own; and a comma as "và": "Luật
# ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân" (it was cut at
# "của", the law of 2008).
def _joined_pattern(folded: str) -> str:
    """A folded name of the table as a pattern: a comma and "và" may each stand for the other."""
    return (r"(?:\s*,\s*|\s+va\s+|\s+)".join(r"\s+".join(map(re.escape, part.split()))
                                            for part in folded.split(","))
            .replace(r"\s+va\s+", r"(?:\s+va\s+|\s*,\s*|\s+)"))


_JOINED_NAME_PATTERN = "(?:" + "|".join(
    _joined_pattern(name) for name in sorted(
        (fold_chars(n) for n in (*JOINED_LAW_NAMES, *NAME_VARIANTS)), key=len, reverse=True)) + ")"
# "Tổ chức HĐND và UBND", "PCCC và CNCH" are in the table too (spelled as its names are)
for _short, _long in NAME_ABBREVIATIONS.items():
    _spelled = _joined_pattern(fold_chars(_long))
    _JOINED_NAME_PATTERN = _JOINED_NAME_PATTERN.replace(
        _spelled, f"(?:{_spelled}|{fold_chars(_short)})")
_JOINED_NAME = re.compile(_JOINED_NAME_PATTERN + r"(?!\w)")
# ... and is written back as the table has it, so that every spelling names one law: the
# table's name by its folded words without "và" (folding drops the commas).


def _words_but_va(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold_words(name).split() if w != "va")


_IN_TABLE = {_words_but_va(n): n for n in JOINED_LAW_NAMES} | {
    _words_but_va(variant): n for variant, n in NAME_VARIANTS.items()}
_JOINED_SPAN = max(map(len, JOINED_LAW_NAMES)) + 20  # room for line breaks and spaces
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(NAME_ABBREVIATIONS) + r")\b")


_AGAINST_ALL = re.compile(r"(?<=[Cc]hống )các ")  # "phòng, chống các bệnh ...": "chống bệnh"


def _joined_abbreviations(printed: str, upper: bool) -> str:
    """One abbreviation whose parts a comma or "&" joins, "TD,TT" (TDTT), or two of the table's,
    "HĐND&UBND", "PCCC&CNCH" (HĐND và UBND)."""
    parts = re.split("[,&]", printed)
    if "".join(parts) in NAME_ABBREVIATIONS or not all(p in NAME_ABBREVIATIONS for p in parts):
        return "".join(parts)
    return (" VÀ " if upper else " và ").join(parts)


# "Luật" typed twice is one head: "Luật Luật Địa chất", "... của Luật Luật hoạt động giám sát"
# ("Luật Luật sư", the law on lawyers, is a name): the name starts at the second, and an
# amending law's name holds one
_HEAD_AGAIN = re.compile(r"\s*(?:Luật|luật|LUẬT)(?!\w)(?!" + COMPOUND.pattern + ")")
_HEAD_TWICE = re.compile(r"\b(Luật|luật|LUẬT) (?:Luật|luật|LUẬT)(?= )(?!" + COMPOUND.pattern + ")")


def _spelled_out(name: str) -> str:
    """A name as printed, single-spaced, its abbreviations spelled out (`NAME_ABBREVIATIONS`;
    also "HÐND", with the look-alike Ð)."""
    name = _AGAINST_ALL.sub("", " ".join(name.replace("Ð", "Đ").split()))  # "chống các bệnh"
    name = _HEAD_TWICE.sub(r"\1", name)
    upper = name.isupper()  # in a title: "LUẬT TỔ CHỨC HĐND VÀ UBND"
    name = _JOINED_ABBREVIATIONS.sub(lambda m: _joined_abbreviations(m.group(), upper), name)
    return _ABBREVIATION.sub(
        lambda m: NAME_ABBREVIATIONS[m.group()].upper() if upper else NAME_ABBREVIATIONS[m.group()],
        name)


# An amending law is named after the laws it amends: "Luật sửa đổi, bổ sung một số điều của
# Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương".
# Matched on folded text, so that "Ðiều" (with the look-alike Ð) and doubled spaces match too.
# Parts amended besides articles may stand before "của": "Luật sửa đổi, bổ sung một số điều và
# Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê" (2021). "bổ sung" may be left
# out: "Luật sửa đổi Luật Doanh nghiệp" (76/2025/QH15), and a comma may slip in before "một
# số điều": "Luật sửa đổi, bổ sung, một số điều của ...", and a copy may glue "sốđiều" or lose
# the "ố" its font could not show, "một sđiều" (the amended law took the amending one's date).
_AMENDING = re.compile(r"sua\s+doi(?:,?\s+bo\s+sung)?(?:,?\s+mot\s+so?\s*dieu"
                       r"(?:\s*(?:,|va\b)[^;.:()]{1,100}?\s+cua(?=\s+(?:bo\s+)?luat\b))?)?"
                       r"(?:\s+cua)?(?:\s+cac)?\s+"
                       # "Luật" typed twice ("... của Luật Luật Giao thông ..."; "Luật Luật sư")
                       r"(?:luat\s+(?=luat\s+(?!(?:"
                       + "|".join(map(fold_chars, COMPOUND_WORDS)) + r")\b)))?",
                       re.IGNORECASE)
_NAME_JOIN = re.compile(r"\s*(?:,|\bvà\b)\s*")
_RELATED_LAWS = re.compile(r"(?:\d+\s+)?luat\s+(?:co\s+)?lien\s+quan\s+den\s+"
                           r"|luat\s+(?:ve\s+)?(?P<tax>thue)\b",  # "... của các Luật thuế"
                           re.IGNORECASE)
_CUE_SPAN = 180  # characters after "Luật" read for an amending law's words
# A portal's labels of a document's type, folded, as the 16 characters before "Luật" end: "Loại
# văn bản: Luật", "Hình thức văn bản Luật" / "File", "Loại dự thảo: | Luật |", "thuộc tính
# Luật" (its properties' tab), and the type "Luật - Pháp lệnh" (laws and ordinances) / "Người ký"
_TYPE_LABELS = ("loaivanban", "thucvanban", "loaiduthao", "thuoctinh", "vanbanluat")
# Phrase stops that may open a name: "Luật ban hành văn bản ...", "Luật thực hiện dân chủ ..."
_NAME_OPENERS = frozenset({"ban", "thực"})
_NO_NAME_SPAN = 16 + _GAP_SPAN  # `NO_NAME`'s words, broken over a line as a name may be
_CLAUSE_LINE = re.compile(r"(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị|Thực\s+hiện)\s")
# A part of a document opening the next line: "... hướng dẫn Luật hộ tịch" / "Mục 1. ĐĂNG KÝ
# KHAI SINH" (a section), "Chương II", "Điều 5"
_PART_LINE = re.compile(r"(?:Phần|Chương|Mục|Điều)[ \t]+(?:\d{1,3}|[IVXLC]+)\b")
# A page's day line under its headline: "... Pháp lệnh dân chủ ở cơ sở" / "Thứ ba, 18 Tháng 8 2015",
# "Thứ 4, ngày 30/05/2018"
_DAY_LINE = re.compile(r"(?:Thứ[ \t]+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ[ \t]+nhật)[ \t]*,[ \t]*"
                       r"(?:ngày[ \t]*)?\d", re.IGNORECASE)
_RECORD_LINE = re.compile(rf"{RECORD_FIELD_NAME}\s*[:|]")
# A headline over its paragraph: a line of its own (the text's first, or after a blank one)
# that the name ends, over a sentence in full ("Triển khai thi hành Luật Lực lượng dự bị động
# viên" / "Thủ tướng Chính phủ ... đã ký Quyết định số 201/QĐ-TTg ..."); not a clause's line
# wrapped ("Căn cứ Luật Tổ chức" / "Chính phủ ngày 19 tháng 6 năm 2015.").
_CLAUSE_OPENING = re.compile(r"[ \t]*(?:[-+*•][ \t]*)?(?:Căn\s+cứ|Xét)\b")
# (also before a photo's credit that ends a caption: "... trong Luật và các quy định. Ảnh: Hải Anh")
_SENTENCE_END = re.compile(r"[.!?][\"”)]?(?:[ \t]+\(?Ảnh[ \t]*:[^\n.]{1,40})?[ \t]*$")
_NUMBERED_REFERENCE = re.compile(NUMBERED_REFERENCE_START)
_UPPER_LINE = re.compile(rf"[^\n{LOWER}]*+(?:\n|$)")  # possessive: no backtracking in a long line
# A draft's name is written in capitals; "dự thảo Luật trình Quốc hội ...", "dự thảo Luật kế
# thừa ...", "dự thảo Luật giao Chính phủ ..." name no law: a verb follows "the draft Law".
# (not an amending law's, "dự thảo Luật sửa đổi, bổ sung ...", whose name starts in lower case)
_DRAFT_BEFORE = re.compile(r"du\s+thao\s+luat\s+(?!sua\s+doi)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    name: str  # "Luật Tiếp công dân", single-spaced
    amending_cue: int | None = None  # where "sửa đổi, bổ sung" starts in an amending law's name


def find_law_names(text: str) -> list[NameMatch]:
    """Laws and ordinances named in `text` ("Luật Thực hiện dân chủ ở cơ sở"), in order.

    An amending law's name runs over the names of the laws it amends, which are also found on
    their own; one whose name stops at "Luật sửa đổi" is left out: it names no law.
    """
    names = _plain_law_names(text)
    by_start = {n.start: n for _, n in names}
    amending_at = {}  # "sửa đổi, bổ sung" after a name's head, by the name's start
    for words_start, name in names:
        window = fold_chars(text[words_start:words_start + _CUE_SPAN])
        if (amending := _AMENDING.match(window)) is not None:
            amending_at[name.start] = amending
    found = []
    for words_start, name in names:
        amending = amending_at.get(name.start)
        if amending is None:
            found.append(name)
            continue
        cue_start, cue_end = words_start + amending.start(), words_start + amending.end()
        end, inner = None, by_start.get(cue_end)
        while inner is not None:
            end = inner.end
            join = _NAME_JOIN.match(text, end)
            inner = by_start.get(join.end()) if join and join.end() > end else None
            if inner is not None and inner.start in amending_at:
                inner = None  # another amending law, listed beside it: "Luật sửa đổi ... của
                # Luật Tổ chức Tòa án nhân dân, Luật sửa đổi ... của Luật Tổ chức Viện kiểm sát"
        if end is not None:
            found.append(NameMatch(name.start, end, _spelled_out(text[name.start:end]),
                                   cue_start))
        elif related := _RELATED_LAWS.match(fold_chars(text[cue_end:cue_end + _CUE_SPAN])):
            # "Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ
            # bản" (38/2009/QH12), "... của các Luật thuế" (71/2014/QH13) name the laws they
            # amend by their field: one name, whole.
            end = (cue_end + related.end() if related.group("tax")  # the field's one word
                   else _name_end(text, cue_end + related.end()))
            found.append(NameMatch(name.start, end, _spelled_out(text[name.start:end])))
    return found


# "pháp luật" (the law at large), "kỷ luật" (discipline): the word just before, a space apart
# ("Hiến pháp; Luật Đất đai" names both)
_COMPOUND_BEFORE = re.compile(r"(?:phap|ky)\s*$")


def _plain_law_names(text: str) -> list[tuple[int, NameMatch]]:
    """(where the words after the head start, name) of each name, up to its first stop."""
    found = []
    firms = [fold_words(a.group(1)).split() for a in AUTHOR.finditer(text)]
    for m in LAW_NAME_START.finditer(text):
        head_end = m.end("head")
        if (m.start() and text[m.start() - 1].isalpha()
                or head_end < len(text) and is_word_char(text[head_end])):
            continue  # inside a word; a list's number may stand glued before: "- 1Luật ..."
        before = fold_chars(text[max(0, m.start() - 48):m.start()])  # one for one: its tail
        # is the fold of the characters right before
        if (_COMPOUND_BEFORE.search(before[-6:])
                or (COMPOUND.match(text, head_end) and fold(m.group("head")) == "luat")
                or _CIVIL.search(text, max(0, m.start() - 10), m.start())
                or _CONVENTION_BEFORE.search(before)
                or fold(text[max(0, m.start() - 16):m.start()]).endswith(_TYPE_LABELS)):
            continue  # "pháp luật", "kỷ luật", "dân luật" (civil law), law firms: no names;
            # nor a portal's record of a law's type, "Loại văn bản: Luật" / "Người ký ..."
        if _HEAD_AGAIN.match(text, head_end):
            continue  # the head typed twice: the name starts at the second
        # The Constitution is named by its head alone too ("Hiến pháp năm 2013").
        constitution = m.group("head")[0] == "H"
        joined = _JOINED_NAME.match(fold_chars(blank_abbreviation_brackets(
            text[m.end():m.end() + _JOINED_SPAN])))
        # "Luật Cán bộ, công chức" from the table; any other name up to its first stop
        end = (m.end() + joined.end() if joined
               else _name_end(text, m.end(), upper=m.group("head").isupper()))
        cut_off = end - m.end() < 2 and not text[end:].strip()  # one letter that ends the text:
        # an excerpt cut off in a word, "... hướng dẫn thi hành Luật B"
        if end == m.end() or cut_off or _broken_off(text, head_end, m.end(),
                                                    m.group("head").isupper()) or (
                NO_NAME.match(fold_chars(text[m.end():m.end() + _NO_NAME_SPAN]))) or (
                text[m.end():m.end() + 1].islower() and _DRAFT_BEFORE.search(
                    fold_chars(text[max(0, m.start() - 10):m.end() + 7]))):
            end = head_end
        if AUTHOR_AFTER.match(text, end) or firms and (words := fold_words(
                text[head_end:end]).split()) and any(words[:len(f)] == f for f in firms):
            continue
        if end > head_end or constitution:
            name = _spelled_out(ABBREVIATION_BRACKET.sub("", text[m.start():end]) if joined
                                else text[m.start():end])
            found.append((m.end(), NameMatch(m.start(), end, _as_in_table(name) if joined
                                             else name)))
    return found


def _as_in_table(name: str) -> str:
    """A name of the table printed otherwise, written as the table has it: "Luật Tổ chức Hội
    đồng nhân dân, Uỷ ban nhân dân" is "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Luật Hỗ trợ doanh nghiệp vừa và nhỏ" (`NAME_VARIANTS`) "... nhỏ và vừa"."""
    head, _, words = name.partition(" ")
    if fold(head) == "bo":  # "Bộ luật ..."
        more, _, words = words.partition(" ")
        head = f"{head} {more}"
    table = _IN_TABLE.get(_words_but_va(words))
    if table is None or fold_words(table) == fold_words(words):
        return name  # as printed, if only its case or spacing differs
    return f"{head} {table.upper() if words.isupper() else table}"


def _heading_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` is in capitals: no lower-case letter, two capitals at least."""
    line = _UPPER_LINE.match(text, pos)
    return line is not None and sum(c.isupper() for c in line.group()[:8]) >= 2


def _broken_off(text: str, head_end: int, start: int, upper: bool) -> bool:
    """Whether a head at a line's end ("... xây dựng Luật" / "" / "Đức Cường (Phòng ...)") is
    broken off from the words at `start`: by a blank line before them (but under a title's
    head, "LUẬT" / "" / "THANH NIÊN"), or by a portal's record, a list item or the date line
    (not a line that opens as a clause or a heading does: the name may, "Luật" / "Thực hiện dân
    chủ ở cơ sở")."""
    if "\n" not in text[head_end:start]:
        return False
    gap = _NAME_GAP.match(text, head_end, head_end + _GAP_SPAN)
    return bool(not upper and (gap is None or gap.end() != start)
                or ITEM_KIND.match(text, start) or _DATE_LINE.match(text, start)
                or _RECORD_LINE.match(fold_chars(text[start:start + 24])))


def _headline_over_sentence(text: str, at: int) -> bool:
    """Whether the line before `at` stands alone (first, or after a blank line) and is no
    clause (`_CLAUSE_OPENING`), and the line at `at` is a sentence to its end."""
    line_end = text.rfind("\n", 0, at)
    line_start = text.rfind("\n", 0, line_end) + 1
    if line_start and text[text.rfind("\n", 0, line_start - 1) + 1:line_start].strip():
        return False  # the line before it is not blank
    return (text[at].isupper() and not _CLAUSE_OPENING.match(text, line_start)
            and not _CLAUSE_LINE.match(text, at)
            and _SENTENCE_END.search(line_from(text, at)) is not None)


def _line_ends_name(text: str, at: int, upper: bool) -> bool:
    """Whether the line at `at` ends a name that the line before breaks off: a list item ("I.
    MỤC ĐÍCH"), the date line, a preamble's clause ("... Luật Giao thông đường thủy nội địa" /
    "Căn cứ Luật Tổ chức ..."), a heading under a title in lower case ("... Luật ban hành văn
    bản quy phạm pháp luật" / "CHÍNH PHỦ"), a portal's record ("Cơ quan ban hành: ..."), or the
    authority under an upper-case title ("... THI HÀNH LUẬT ĐẤT ĐAI" / "QUỐC HỘI"), or another
    law's name: a headline over its first sentence ("Luật Phòng, chống bạo lực gia đình" /
    "Luật Phòng, chống bạo lực gia đình (BLGĐ) có hiệu lực ..."), or another numbered
    reference, a list's next item ("... của Luật hải quan" / "Nghị định số 154/2005/NĐ-CP"), or
    a part of a document, "Mục 1. ĐĂNG KÝ KHAI SINH"."""
    return bool(ITEM_KIND.match(text, at) or _DATE_LINE.match(text, at)
                or LAW_NAME_START.match(text, at)
                or _NUMBERED_REFERENCE.match(fold_chars(text[at:at + 40]))
                or _CLAUSE_LINE.match(text, at) or _DAY_LINE.match(text, at)
                or _PART_LINE.match(text, at)
                or not upper and _heading_line(text, at)
                or upper and AUTHORITY.match(fold_words(line_from(text, at)))
                or _RECORD_LINE.match(fold_chars(text[at:at + 24]))
                or not upper and _headline_over_sentence(text, at))


def _name_end(text: str, pos: int, upper: bool = False) -> int:
    """Where the words of a name starting at `pos` end: at a stop word, a line's or a
    clause's end, or after `_MAX_NAME_WORDS` words. `upper`: the name is in an upper-case
    title ("LUẬT\nTHỰC HIỆN DÂN CHỦ Ở CƠ SỞ"), which the first word not in upper case ends
    ("Căn cứ Hiến pháp ..." on the next line)."""
    end, previous, first = pos, "", pos
    for _ in range(_MAX_NAME_WORDS):
        w = _NAME_WORD.match(text, pos)
        word = w.group().lower().replace("ð", "đ") if w else ""  # ð: Ð's look-alike
        if previous == "chống" and word == "các":  # "Luật phòng, chống các bệnh truyền nhiễm":
            word = "_"  # what is fought goes on (it was "Luật phòng, chống"), "các" dropped
        previous = word
        if (w is None or word in NAME_STOPS or (upper and not w.group().isupper())
                or pos > first and names_province_at(text, pos)  # no law is a province's
                or word == "số" and _NUMBER_AFTER.match(text, w.end())
                or phrase_stop(text, w, word, upper)
                and (word not in _NAME_OPENERS or pos > first)):
            break
        end = w.end()
        gap = (_NAME_GAP.match(text, end, end + _GAP_SPAN)
               or _PAGE_GAP.match(text, end, end + _PAGE_GAP_SPAN))
        if gap is not None and "\n" in text[end:gap.end()] and _line_ends_name(
                text, gap.end(), upper):
            break
        if gap is None or gap.end() == end:
            # "Luật Phòng, chống tham nhũng": a comma inside a name before "chống".
            gap = _NAME_COMMA.match(text, end, end + _GAP_SPAN)
            if gap is None:
                break
        pos = gap.end()
    return end
