"""The subject of a cited document, as the text gives it after "về" (about): "Chỉ thị số
33/CT-TTg ... về tăng cường công tác ..." is about "tăng cường công tác ...". Subjects name
documents cited without a symbol (plenum resolutions) and label cited documents in the graph.
"""

from __future__ import annotations

import re
import sys

from extract.normalize import LOWER, UPPER

# A straight quote after "về" opens the subject: it ends at the closing one. A quote alone
# opens one too: "Nghị quyết Hội nghị lần thứ 4 Ban Chấp hành Trung ương Đảng (khóa XI) "Một
# số vấn đề cấp bách về xây dựng Đảng hiện nay"".
_SUBJECT_START = re.compile(
    r"[\s,]*+(?:[“\"*]*\s*ve(?:\s+|(?=[“\"]))(?:viec\s+)?\"?|[“\"])(?=\S)")
# A subject ends at a clause's, a quotation's or a table cell's end, a sentence's ("... năm
# 2025. 4. Kế hoạch" is the next list item), a colon that opens a list or an article ("như
# sau: 1", "QUYẾT ĐỊNH: Điều 1"), a short name declared for the document ("(sau đây gọi tắt
# là ...)"), the preamble's "Căn cứ" (or "Thực hiện", "Triển khai") opening the next line, the rule
# drawn under a title ("________", "-----"), or a decision's operative heading on a line of its
# own ("..., QUYẾT ĐỊNH:"), or a date line ("Hà Nội, ngày 24 tháng 3 năm 2008") under a
# công văn's subject line, or where the document takes effect ("Nghị định 137/2020/NĐ-CP về
# quản lý, sử dụng pháo có hiệu lực thi hành từ ngày ..., thay thế ...").
_DATE_LINE = rf"[{UPPER}][^\n,]{{0,40}},[ \t]*ngày[^\n]{{0,30}}\d{{4}}[ \t\r]*(?:\n|$)"
_SUBJECT_END = re.compile(rf"[;”\"|]|\.\s+(?=[{UPPER}\d\-])|\.$|:\s|\(\s*(?:sau đây|gọi tắt)"
                          r"|\n\s*(?=(?:Căn|CĂN)\s+(?:cứ|CỨ)\b|Thực\s+hiện\b|Triển\s+khai\b)"
                          r"|\n[ \t]*[-_–=]{3,}"
                          # the next item of a list, a line that a dash opens before a capital,
                          # numbered as a portal's related documents are: "- 5Pháp lệnh ..."
                          rf"|\n[ \t]*[-–][ \t]*\d{{0,3}}[ \t]*(?=[{UPPER}]|$)"  # (the next
                          # reference may start there, where a search ends)
                          rf"|[\s,]*\n[ \t]*(?=[{UPPER}][{UPPER} ]+:)"
                          rf"|\n[ \t]*(?={_DATE_LINE})"
                          r"|\s(?=(?:đã\s+|sẽ\s+)?có\s+hiệu\s+lực\b)")
# A subject in a title in capitals ends where a line starts in lower case after a capital: the
# preamble under the title ("... CỦA ĐẢNG" / "Thực hiện Chỉ thị số ...").
_MIXED_CASE_LINE = re.compile(rf"\n[ \t]*[{UPPER}][{LOWER}]")
# Words a subject never ends with: they join it to what follows ("... và Chỉ thị số
# 35/CT-TTg", "... của Luật số ...", "... tại văn bản số 238/UBND-KGVX", "..., cụ thể như sau:").
_JOINING_WORDS = frozenset({"và", "của", "theo", "tại", "hoặc", "cùng", "với", "các"})
_JOINING_PHRASES = (("văn", "bản", "số"), ("công", "văn", "số"), ("như", "sau"), ("cụ", "thể"))


def subject_after(text: str, folded: str, pos: int, limit: int | None = None) -> str | None:
    """The subject after "về" at `pos` ("về tăng cường ..."), up to the end of its clause or
    `limit` (where the next reference starts), without the words that lead to what follows."""
    m = _SUBJECT_START.match(folded, pos)
    if m is None:
        return None
    limit = min(limit or len(text), m.end() + 400)
    end_match = _SUBJECT_END.search(text, m.end(), limit)
    end = end_match.start() if end_match else min(limit, m.end() + 300)
    if end_match is None and end < limit:  # cut at the last whole word
        end = max(text.rfind(" ", m.end(), end), m.end() + 1)
    if (below := _MIXED_CASE_LINE.search(text, m.end(), end)) and text[
            m.end():below.start()].isupper():
        end = below.start()
    words = text[m.end():end].replace("*", "").replace("“", "").split()
    return sys.intern(" ".join(_without_joining_tail(words)).rstrip(" ,;:.(")) or None


def _without_joining_tail(words: list[str]) -> list[str]:
    end = len(words)
    while end:  # only the last words are looked at: most subjects end at once
        tail = tuple(w.rstrip(",;:.(").lower() for w in words[max(0, end - 3):end])
        if not tail[-1] or tail[-1] in _JOINING_WORDS:
            end -= 1
        elif phrase := next((p for p in _JOINING_PHRASES if tail[-len(p):] == p), None):
            end -= len(phrase)
        else:
            break
    return words[:end]



_WORD = re.compile(r"[a-z]+")


def described_in(text: str, folded: str, pos: int, at: int) -> bool:
    """Whether `at` lies in the words that describe the document whose context ends at `pos`,
    within one clause: its subject, or what it does ("Thông tư số 219/2013/TT-BTC ... hướng dẫn
    thi hành Luật Thuế giá trị gia tăng"); not the next item of a list ("..., Luật X", "... và
    Luật X"), which takes one word at most."""
    if not 0 < at - pos <= 400:
        return False
    end = _SUBJECT_END.search(text, pos, at + 24)  # room for what an end looks ahead to: ". Q"
    return (end is None or end.start() >= at) and len(_WORD.findall(folded, pos, at)) >= 2
