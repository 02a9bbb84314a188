"""The signer of a document: the last person's name in its signature block ("KT. CHỦ TỊCH" /
"PHÓ CHỦ TỊCH" / "Trần Đức Quý")."""

from __future__ import annotations

import re

from extract.header import CELL_OR_LINE
from extract.normalize import LOWER, UPPER, fold
from extract.provinces import canonical_province
from extract.sentences import footnote_start

_PERSON = re.compile(
    rf"(?:^|[\s.:])(?P<name>[{UPPER}][{LOWER}]+"
    rf"(?:[ \t]+[{UPPER}][{LOWER}]+){{1,4}})[ \t*]*$"
)
# A lower-case word right before capitalised words puts them in a sentence ("... lần thứ sáu Ban
# Chấp" / "hành Trung ương" in a copy cut before its signature), unless it is "đã ký".
_WORD_BEFORE = re.compile(rf"(?:^|\s)([{LOWER}]+)[ \t]+$")
# A place's unit starts no person's name: "Xã Hàm Thuận Bắc" in an annex's table of communes
_PLACE_UNITS = frozenset("xã phường huyện quận tỉnh thị thôn ấp xóm bản làng".split())
_SIGNATURE_LINES = 60  # the signature block stands in the last lines before the footnotes


def signer_of(text: str) -> str | None:
    """The signer's name: the last person's name in the signature block, which stands before
    the footnotes; when nothing signs there, the footnotes stood at a page's foot in the body
    (a PDF's text), and the block is at the end."""
    notes = footnote_start(text)
    return (notes < len(text) and _signer_before(text, notes)) or _signer_before(text, len(text))


def _signer_before(text: str, end: int) -> str | None:
    # Each table cell is a line of its own: the recipients and the signature often stand side
    # by side ("| - Lưu Văn phòng Tỉnh ủy. | Lê Văn Hẳn |", or cut by tabs).
    last_lines = text[:end].rsplit("\n", _SIGNATURE_LINES)[-_SIGNATURE_LINES:]
    block = "\n".join(last_lines)
    laid_out = "|" in block or "\t" in block or "   " in block  # else lines alone: quicker
    cells = CELL_OR_LINE.split(block) if laid_out else last_lines
    lines = [cell.replace("*", "").strip() for cell in cells]
    tail = [ln for ln in lines if ln][-12:]
    for line in reversed(tail):
        m = _PERSON.search(line)
        # a body's words are no name, but the signer's title may stand before it on its line,
        # in upper case: "BỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm"
        title = m and line[:m.start("name")].isupper()
        if m and not any(t in fold(m.group("name") if title else line)
                         for t in ("uyban", "nhandan", "vanphong")) and not (
                (word := _WORD_BEFORE.search(line, 0, m.start("name"))) and word.group(1) != "ký"):
            name = m.group("name")
            if (canonical_province(name) is None and not fold(name).endswith("vietnam")
                    and name.split()[0].lower() not in _PLACE_UNITS):
                return " ".join(name.split())
    return None
