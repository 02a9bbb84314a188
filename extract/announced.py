"""What a web page says of the document it prints: announced above its type heading, or by
the body whose main clause makes it ("Ngày 23/8/2017, Tỉnh ủy ... đã ban hành Chương trình số
27-CTr/TU ..."), which gives the document its symbol and date where the page has no header."""

from __future__ import annotations

import datetime as dt
import re

from extract.bodies import issuer_named_by, spoken_for
from extract.dates import DATE_AFTER_SYMBOL, DATE_BEFORE_ISSUE, parse_date
from extract.find import NUMBER_ALONE, SymbolMatch, number_as_symbol
from extract.normalize import LOWER, fold_words
from extract.record import ISSUED_BY
from extract.symbol_context import symbol_after
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS, type_of_codeless, type_of_number_alone

# A web page that prints a document whole may announce it above the type heading instead of a
# header: "Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về ...
# Ban quản trị website xin đăng toàn văn Chương trình", or names it as it says so: "trân trọng
# giới thiệu toàn văn Nghị quyết số 11-NQ/TU". The one announced with the heading's type is the
# document.
_FULL_TEXT_OF = r"toan\s+van\s+(?:ban\s+|noi\s+dung\s+)?"
_ANNOUNCED = re.compile(rf"\b(?:ban\s+hanh\s+|{_FULL_TEXT_OF})(?P<word>{TYPE_WORD_PATTERN})\s+"
                        rf"(?P<so>so\s*:?\s*)?")
# ... or, with no type heading, says it prints it: "trân trọng giới thiệu toàn văn (bản) Hướng
# dẫn", "xin đăng toàn văn Chương trình", "giới thiệu toàn văn nội dung Nghị quyết", "Nội dung
# Chỉ thị như sau:".
FULL_TEXT = re.compile(rf"\b(?:{_FULL_TEXT_OF}|noi\s+dung\s+(?:cua\s+)?(?=(?:{TYPE_WORD_PATTERN})"
                       rf"\s*(?:nhu\s+sau|:)))(?P<word>{TYPE_WORD_PATTERN})\b")
# A number alone after "số", when the body that issued it names its issuer: "Ngày 6/8, Ban Thường
# vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc ...". The body is the clause before the
# verb, since the last comma.
_BARE_NUMBER = re.compile(NUMBER_ALONE)
# Where the clause that names the issuer starts: after punctuation or a line's end, not one
# that a hard-wrapped copy put inside it ("... Tỉnh ủy Yên Bái đã" / "ban hành Chỉ thị số 17").
_CLAUSE_START = re.compile(rf".*(?:[,.;:]|\n(?=[ \t]*[^\s{LOWER}]))", re.DOTALL)
NUMBER_ROOM = 8  # " số: " after its type word, where it names the document so


def announced(text: str, folded: str, type_word: str, heading_at: int, by: str | None = None
              ) -> tuple[SymbolMatch | None, tuple[int, int] | None, dt.date | None]:
    """(symbol, span, date) of the document announced before the heading, else Nones; `by`:
    announced by that body, the one whose main clause makes the document ("Văn phòng UBND tỉnh
    Lai Châu đã ban hành Kế hoạch số 1888/KH-VPUBND ..." over "Văn phòng UBND tỉnh xây dựng
    kế hoạch ... như sau:"; not the province's plan a district's carries out)."""
    for m in _ANNOUNCED.finditer(folded, 0, heading_at):
        if TYPE_WORDS[fold_words(m.group("word"))][0] != TYPE_WORDS[type_word][0]:
            continue  # another type than the heading's: another document ("Kế hoạch hành
            # động" is a "Kế hoạch")
        if by is not None and spoken_for(fold_words(by)) not in fold_words(
                _clause_before(text, m.start())):
            continue  # (a standing committee's plan is its committee's: "Tỉnh ủy Quảng Ngãi
            # ban hành Kế hoạch 359-KH/TU" over "Ban Thường vụ Tỉnh ủy xây dựng Kế hoạch")
        found = symbol_after(text, m.end(), 2) or _numbered_by_issuer(text, folded, m)
        if found is None or (found[0].type_code or "CV") not in TYPE_WORDS[type_word]:
            continue
        (symbol, (_, end)), date = found, None
        if after := DATE_AFTER_SYMBOL.match(folded, end):  # "27-CTr/TU ngày 23/8/2017"
            date = parse_date(after)
        elif before := DATE_BEFORE_ISSUE.search(folded, max(0, m.start() - 160), m.start("word")):
            date = parse_date(before)  # "Ngày 23/8/2017, Tỉnh ủy ... đã ban hành"
        return symbol, found[1], date
    return None, None, None


def _numbered_by_issuer(text: str, folded: str, verb: re.Match[str]
                        ) -> tuple[SymbolMatch, tuple[int, int]] | None:
    """(symbol, span) of a number announced alone with its issuer named before the verb."""
    bare = _BARE_NUMBER.match(folded, verb.end()) if verb.group("so") else None
    type_code = type_of_number_alone(fold_words(verb.group("word")))
    if bare is None or not verb.group().startswith("ban") or type_code is None:
        return None
    issuer = issuer_named_by(_clause_before(text, verb.start()))
    if issuer is None:
        return None
    return (number_as_symbol(0, bare.end() - verb.end(), bare.group(), type_code, issuer),
            (verb.end(), bare.end()))


def _clause_before(text: str, end: int) -> str:
    """The clause that ends at `end` (80 characters at most): who issues what follows."""
    lo = max(0, end - 80)
    clause = _CLAUSE_START.match(text, lo, end)  # the case tells a wrapped line
    return text[clause.end() if clause else lo:end]


# ... or titles the page with the document's name alone on one of its first lines, above any
# heading in capitals and over more text (a name alone, as a look-up asks it, is a reference):
# "Thông tư số 22/2009/TT-BXD" / "Chia sẻ: ..." (a document-sharing site), "Văn bản pháp quy /
# Thông tư" / "Thông tư số 03/2021/TT-BNNPTNT". Not a line that the next goes on, as under a
# consolidated text's heading: "Thông tư số 28/2018/TT-BNNPTNT" / "ngày 16/11/2018 ..., được
# sửa đổi, bổ sung bởi:".
# ... or an article of it, the document's title after its symbol: "Điều 22 Nghị định
# 15/2021/NĐ-CP hướng dẫn một số nội dung ..." / "Điều 22. ..." (a portal's page of one article),
# or a portal's record under it, its name after its symbol: "Luật số 06/2022/QH15 Thi đua, khen
# thưởng" / "* Cơ quan ban hành: Quốc hội" (no headline has one).
_RECORD_UNDER = 300
_PAGE_TITLE = re.compile(rf"[ \t|*#]*(?P<article>dieu\s+\d{{1,3}}[a-z]?\s+)?"
                         rf"(?P<word>{TYPE_WORD_PATTERN})\s+(?:so\s*:?\s*)?(?=\d)")
_TITLE_LINES = 3
_NEXT_LINE = re.compile(r"\s*(?P<first>\S?)")


def page_title_symbol(text: str, folded: str) -> tuple[SymbolMatch, tuple[int, int], str] | None:
    """(symbol, span, folded type word) of the document a page's title names alone, or None."""
    start = 0
    for _ in range(_TITLE_LINES):
        start = _NEXT_LINE.match(text, start).start("first")  # past blank lines
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = text[start:end]
        if line.isupper():
            return None
        if (m := _PAGE_TITLE.match(folded, start, end)) and (found := symbol_after(
                text, m.end(), 1, alone=not (m.group("article") or ISSUED_BY.search(
                    folded, end, end + _RECORD_UNDER)))):
            word = fold_words(m.group("word"))
            symbol = found[0]  # (a law's number has no type code: "Luật số 06/2022/QH15")
            following = _NEXT_LINE.match(text, end if m.group("article") else found[1][1]
                                         ).group("first")
            if ((symbol.type_code or type_of_codeless(symbol.issuer or "")) in TYPE_WORDS[word]
                    and following and not following.islower()):  # a page goes on under its title
                return symbol, found[1], word
            return None
        start = end
    return None

