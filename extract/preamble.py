"""The preamble's sentence that names the body, the type and the title of the document it opens,
for a text without a header: "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án ... như
sau:" (`identify` asks it when the header names no type or body)."""

from __future__ import annotations

import datetime as dt
import re

from extract.bodies import PERSONS_NAME, cut_after_place, issuer_of_body
from extract.dates import HOW_ISSUED, narrated_date, parse_date
from extract.normalize import fold_words
from extract.tables import ASSEMBLY_ISSUERS, MINISTRY_FIELD, TYPE_WORD_PATTERN, TYPE_WORDS

# The head of a body, who signs for it: "BỘ TRƯỞNG BỘ Y TẾ" is BỘ Y TẾ, "Thống đốc Ngân hàng Nhà
# nước Việt Nam" the central bank.
_HEAD_OF_BODY = re.compile(r"(?:chu tich|bo truong|tong giam doc|giam doc|thong doc|chanh an|"
                           r"vien truong|(?:tong )?cuc truong) (?=\w+ \w)")


def without_head(body: str) -> str:
    """The body that `body` names, without its head's title or the person named after an
    office whose name is whole ("Thủ tướng Phạm Minh Chính", "Ban Bí thư Võ Văn Thưởng")."""
    head = _HEAD_OF_BODY.match(fold_words(body))
    body = " ".join(body.split()[len(head.group().split()):]) if head else body
    named = _OFFICE_NAMED.match(body)
    return named.group(1) if named else _without_minister(body)


def _without_minister(body: str) -> str:
    """A ministry's name without its minister's after it: "Bộ Xây dựng Trần Hồng Minh"."""
    words = body.split()
    for k in (2, 3, 4):  # a person's name: two to four words, each a name's word
        if (len(words) > k and all(PERSONS_NAME.match(w) for w in words[-k:])
                and _MINISTRY.fullmatch(fold_words(" ".join(words[:-k])))):
            return " ".join(words[:-k])
    return body


_MINISTRY = re.compile(rf"bo\s+{MINISTRY_FIELD.pattern}")


# "Thủ tướng (Chính phủ) Phạm Minh Chính", "Thường trực Ban Bí thư Võ Văn Thưởng": an office
# whose name is whole, then the person in it (not "Ban Bí thư Trung ương Đảng")
_OFFICE_NAMED = re.compile(r"((?:Phó\s+)?Thủ\s+tướng(?:\s+(?i:chính\s+phủ))?+|Ban\s+Bí\s+thư"
                           r"|Bộ\s+Chính\s+trị)\s+(?!Trung\b|Ban\b|Đảng\b)[A-ZĐ]")


# The body that "xây dựng" or "ban hành" the document, as the subject of the clause: not one
# whose document a reference's subject names ("... của UBND tỉnh về ban hành Chương trình").
_PREAMBLE = re.compile(  # (not a code of a symbol: "Quyết định 6028/QĐ-UBND năm 2012 ban hành")
    r"(?<![-/])(?P<body>(?:van\s+phong|uy\s+ban|ubnd|ban\s|so\s|tinh\s+uy|thanh\s+uy|huyen\s+uy|"
    r"dang\s+uy|hoi\s+dong|thu\s+tuong|bo\s+truong|thong\s+doc|chi\s+(?:bo|uy))[a-z\d\s]{0,80}?)"
    r"(?<!\sve)(?<!\sve\s)\s*(?:\([^)]*\)\s*)?"  # not ending in "về" (a subject), nor past it
    rf"(?:{HOW_ISSUED}\s+)*(?:ky\s+)?(?:xay\s+dung|ban\s+hanh)\s+"  # how: no body's words
    rf"(?P<word>{TYPE_WORD_PATTERN})\b"
)
_OF_ANOTHER = re.compile(r"\s+cua\s")  # the document named is another body's
# A body holds no "số 57", date or "của": it ran over a reference ("Quyết định số 2163/QĐ-UBND
# ngày 29 tháng 11 năm 2012 của UBND tỉnh An Giang về việc ban hành Kế hoạch ..."); nor "(về)
# việc": it ran into a reference's subject ("Xét Tờ trình số 07/TTr-TT.HĐND ... của Thường
# trực Hội đồng nhân dân tỉnh về việc ban hành Quy chế ...", also with "về" lost by an OCR).
_NUMBERED = re.compile(r"\bso\s*\d|\bngay\s*\d|\bcua\b|\bviec\b"
                       # ... also with "số" left out: "UBND tỉnh có Quyết định 298 ban hành
                       # Chương trình ..." (the decision issues the programme)
                       rf"|\b(?:{TYPE_WORD_PATTERN})\s+\d"
                       # ... nor a verb: it ran into what it does, "Ban thường vụ tỉnh, thành ủy
                       # ... hiện nay chỉ đạo xây dựng đề án" (not the "Ban Chỉ đạo")
                       r"|\bhien\s+nay\b|(?<!\bban\s)\bchi\s+dao\b|\bxay\s+dung\s+va\b"
                       # ... nor a duty or a request, for a document still to come: "Bộ trưởng
                       # có trách nhiệm", "Ban Chỉ đạo 389 Quảng Nam có nhiệm vụ", "sẽ", "phải",
                       # "Ban Chỉ đạo được giao nhiệm vụ"; "Ban Bí thư yêu cầu", "đề nghị"
                       r"|\b(?:co|chiu)\s+(?:trach\s+nhiem|nhiem\s+vu)\b|\bphai\b|\bse\b|\bduoc\s+giao\b"
                       r"|\byeu\s+cau\b|\bde\s+nghi\b|\btham\s+muu\b"  # ... or advises
                       r"|\bxem\s+xet\b"  # ... or considers it: "UBND tỉnh ... xem xét ban hành"
                       # ... or prepares it: "Ban soạn thảo để chuẩn bị xây dựng Nghị định"
                       r"|\bchuan\s+bi\b"
                       # ... or sets up who makes it: "Ban chỉ đạo quyết định thành lập Tổ Biên tập
                       # xây dựng Đề án"
                       r"|\bthanh\s+lap\b"
                       # ... nor a council or committee of a level in general, a rule's: "Chủ tịch
                       # UBND cấp xã ban hành quyết định tặng danh hiệu ..." (of no one commune)
                       r"|\b(?:ubnd|hdnd|nhan\s+dan)\s+cap\s"
                       # ... nor one that leads or joins the work, a news item's "Ban Tổ chức
                       # Tỉnh ủy phối hợp với Văn phòng Tỉnh ủy xây dựng đề án", "... chủ trì"
                       r"|\bchu\s+tri\b|\bphoi\s+hop\b"
                       # ... nor one of many: "..., Sở Y tế và các đơn vị liên quan xây dựng kế
                       # hoạch" (the units concerned)
                       r"|\bva\s+cac\s+(?:don\s+vi|co\s+quan|so|nganh|dia\s+phuong)\b"
                       # ... nor one that assigns it to another: "UBND tỉnh giao Chánh Thanh tra
                       # tỉnh ban hành kế hoạch", "Thủ tướng giao Bộ trưởng Bộ Nội vụ xây dựng
                       # kế hoạch" (neither has made it yet)
                       r"|\bgiao\s+(?:cho\s+)?(?:chanh|so|ubnd|uy\s+ban|phong|cong\s+an|thanh\s+tra"
                       r"|chu\s+tich|giam\s+doc|cac|ban|bo)\b")
# ... nor "đã" (has done), in its tones: it ran into another act, "UBND tỉnh đã phân bổ số tiền
# này cho các địa phương làm cơ sở xây dựng kế hoạch" (not "Đà Nẵng", which folds as it does)
# ... or "chưa" (not yet) or "đang" (is making it): it has not made it, "UBND tỉnh Hưng Yên chưa
# ban hành quyết định", "Ban Chỉ đạo đang xây dựng Quy chế" (not "Đảng", which folds as it does)
# ... or "vừa" (has just) before another act: "Ban Tổ chức Trung ương vừa tổ chức lấy ý kiến góp ý
# để hoàn chỉnh ban hành Hướng dẫn ..." (right before "ban hành", "vừa" is how it was issued, and
# so before signing for another, "Thủ tướng ... vừa thay mặt Chính phủ ký ban hành Nghị định")
# ... or "để" (so as to): it ran into a purpose, "... được UBND thành phố Biên Hòa giới thiệu
# địa điểm để xây dựng Dự án khu tái định cư" (the project is no document of the city's)
_ASPECT_WORD = re.compile(r"(?i)(?<!\w)(?:đã|chưa|đang|để|vừa(?![ \t]+thay[ \t]+mặt))(?!\w)")
# ... nor a blank line before a capital: it ran from a page's headline into the sentence under
# it ("... đối thoại giữa Chủ tịch UBND tỉnh với thanh niên ... năm 2024" / "" / "UBND tỉnh Hải
# Dương vừa ban hành kế hoạch ..."); not one in text from a PDF that has one after each line
# ("Ủy ban nhân dân" / "" / "xã Sơn Ninh xây dựng kế hoạch")
_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n\s*")


def _new_paragraph(body: str) -> bool:
    return any(body[m.end():m.end() + 1].isupper() for m in _BLANK_LINE.finditer(body))
# ... and what it makes has no symbol or number: one that has is a document cited or announced,
# a news item's ("ban hành Chỉ thị số 17 về ..."), unless it is the document's own (a page that
# prints it whole, `identify._announced`). "số" may be left out ("ký ban hành Kết luận 177"),
# but a year alone is no number ("ban hành Kế hoạch 2024 ...").
_NUMBER_AFTER = re.compile(r"\s+(?:so\s*:?\s*|(?!(?:19|20)\d\d(?![\d/-])))(?=\d)")
# ... nor a number in brackets after its title: "UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát
# động Tết trồng cây (Kế hoạch số 08/KH-UBND)" is a news item's, hard-wrapped or not.
_NUMBER_IN_BRACKETS = re.compile(
    rf"[^.;(]{{0,300}}\(\s*(?:{TYPE_WORD_PATTERN})\s+(?:so\s*:?\s*)?(?=\d)")

# Verbs that ask a body to make a document, in a news item or a plan's tasks (with "giao",
# assign, and "trình", submit to, alone: below), by their last two words: "tham mưu cho"
# (advise) is "muu cho", "báo cáo" (report to) asks too; and "phối hợp với" (works with), "hop
# voi", whose partner is not the maker either.
_ASKS = frozenset({"yeu cau", "de nghi", "chi dao", "huong dan", "don doc", "muu cho",
                   "tham muu", "giao cho", "hop voi", "bao cao"})

# "Chi bộ trường ...", not "Bộ trưởng"; the verb "ban hành", not a board ("Ban"): "từ khi ban
# hành Luật Hình sự cho đến nay đã ban hành Bộ luật ..."
_NOT_A_BODY = re.compile(r"(?i)bộ\s+trường|ban\s+hành")
# "Xây dựng" capitalised after a body's first word is its name, no verb: "giao Sở Tài chính
# phối hợp Sở Xây dựng hướng dẫn ..." (Construction; a news item had been a guidance of "Sở")
_NAMES_CONSTRUCTION = re.compile(r"\s*Xây\s+dựng\b")
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
_FIRST_PART = re.compile(r"[\s,]*\b(?:chuong|dieu)\s+(?:[ivxlc]+|\d+)\b")
_TITLE_END = re.compile(
    r"[\s,]*(?:(?:cu\s+the\s+)?(?:gom\s+|voi\s+)?(?:(?:cac|nhung)\s+)?noi\s+dung"
    r"(?:\s+(?:chu\s+yeu|chinh|cu\s+the))?\s+(?:nhu\s+)?sau|(?:cu\s+the\s+)?nhu\s+sau)\W*$")


def preamble(text: str, folded: str, limit: int, own_symbol_at: int | None = None,
             own_date: dt.date | None = None) -> tuple[str | None, str | None, str | None, int]:
    """(body, type word, title, where) that the preamble's "... xây dựng Kế hoạch ..." names;
    one that names a number names the document only where its own symbol stands
    (`own_symbol_at`), and one dated names it only on its own date (`own_date`)."""
    pos = 0
    while m := _PREAMBLE.search(folded, pos, limit):
        body_text = text[m.start("body"):m.end("body")]
        first = body_text.split()[0].lower()
        # A body that runs over a reference ("... Tỉnh ủy thực hiện Nghị quyết số 57" / "Ban
        # Thường vụ Tỉnh ủy vừa ban hành"), or starts with no body's word: look further on.
        if (_NUMBERED.search(m.group("body")) or _ASPECT_WORD.search(body_text)
                or _new_paragraph(body_text)
                or first not in _BODY_FIRST or _NOT_A_BODY.match(text, m.start("body"))
                or _NAMES_CONSTRUCTION.match(text, m.end("body"))
                or first == "sở" and (folded.endswith("co ", 0, m.start()) or body_text[0] == "s")):
            pos = m.start() + 1
            continue  # ... nor "Bộ trường" of a cell's name, nor "cơ sở" (a basis): "CƠ SỞ ĐỂ
            # XÂY DỰNG KẾ HOẠCH", nor "sở" in lower case, no department: "về sở hữu trí tuệ
            # trước khi ban hành Luật sở hữu trí tuệ" (ownership)
        pos = m.end()
        before = folded[max(0, m.start() - 16):m.start()].split()
        if before[-1:] == ["cua"]:
            continue  # whose document it is, not who makes this one
        if before[-1:] in (["cac"], ["nhung"]):
            continue  # bodies, not one: "Ban Bí thư yêu cầu các ban xây dựng kế hoạch ..."
        if m.group("body").split()[-1:] == ["va"]:
            continue  # two acts, no body: "Thành lập Ban biên tập và Ban hành Quy chế ..."
        if " ".join(before[-2:]) in _ASKS or before[-1:] in (["giao"], ["giup"], ["trinh"]) or (
                "để" in text[max(0, m.start() - 16):m.start()].lower().split()[-3:]):
            continue  # "Yêu cầu Ban Văn hóa xã xây dựng kế hoạch ...": asked, not this one;
            # "... làm căn cứ để các BCSĐ UBND tỉnh xây dựng ...": a purpose, not this one
        if m.group("body").split()[-3:] == ["ban", "chi", "dao"] and folded[
                m.end("body"):m.start("word")].split() == ["xay", "dung"]:
            continue  # a committee named for what it drafts: "Trưởng ban Chỉ đạo xây dựng Đề án
            # 'Tổng kết 10 năm ...'", "họp Ban Chỉ đạo xây dựng Báo cáo ...", also its office,
            # "Phó Trưởng ban Thường trực Ban Chỉ đạo xây dựng Đề án ..."
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
        if number is None and own_date and (told := narrated_date(folded, m.start("word"))) and (
                parse_date(told) != own_date):
            continue  # ... nor an act a report dates, the text's own date being another: "ngày
            # 09 tháng 01 năm 2013, Thủ tướng Chính phủ ban hành quyết định phê duyệt Đề án ..."
            # on a page of 2024 (which had been that decision)
        word = " ".join(m.group("word").split())
        code = TYPE_WORDS[word][0]  # (read folded)
        title = _preamble_title(text, folded, m, enacts=code in ASSEMBLY_ISSUERS)
        if number is None and title is None and _issues_numbered(folded, code, own_symbol_at):
            continue  # a news item's sentence on the document it announces by number too:
            # "Ủy ban nhân dân tỉnh Quảng Nam ban hành Kế hoạch thực hiện Nghị quyết số
            # 169/NQ-CP ..." over "... đã ký ban hành Kế hoạch số 7868/KH-UBND" (a page had
            # been a second plan, unnumbered); a preamble says what follows, "như sau:"
        # the body, not its head: "Bộ trưởng Bộ Công an ban hành Thông tư ..."
        body = without_head(cut_after_place(" ".join(text[m.start("body"):m.end("body")].split())))
        if (assembly := ASSEMBLY_ISSUERS.get(code)) and (
                issuer_of_body(body) not in (None, assembly)):
            continue  # a law is the National Assembly's: "Văn phòng quốc hội đã ban hành Luật
            # thương mại hợp nhất số 17/VBHN-VPQH" is a news page's (it had been such a law)
        return (body[0].upper() + body[1:], word, title, m.start())
    return None, None, None, 0


_ISSUED = re.compile(rf"\bban\s+hanh\s+(?P<word>{TYPE_WORD_PATTERN})\b")


def _issues_numbered(folded: str, code: str, own_symbol_at: int | None) -> bool:
    """Whether the text says a document of type `code` is issued with a number not its own."""
    return any(TYPE_WORDS[" ".join(m.group("word").split())][0] == code
               and (number := _NUMBER_AFTER.match(folded, m.end()))
               and number.end() != own_symbol_at for m in _ISSUED.finditer(folded))


def _preamble_title(text: str, folded: str, m: re.Match[str], enacts: bool = False
                    ) -> str | None:
    """The title after the preamble's type word, up to "như sau:" (as follows); `enacts`: a
    law's or ordinance's enacting clause, whose title ends its sentence, "Ủy ban Thường vụ Quốc
    hội ban hành Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh ... anh hùng"." (the
    page's ordinance had been named by its body)."""
    stop = _CLAUSE_STOP.search(folded, m.end(), m.end() + 400)
    if (stop is None or folded[m.end():m.end() + 4].strip() == "so"
            or not _MAIN_CLAUSE.search(folded, max(0, m.start() - 3), m.start())):
        return None
    end = _TITLE_END.search(folded, m.end(), stop.end())
    if end is None and enacts and stop.group().startswith(".") and text[
            m.start("word")].isupper() and text[m.end():stop.start()].strip()[:1].isalpha():
        # (its type word capitalised, a name's: not "ban hành pháp lệnh, nghị quyết"; its first
        # chapter or article, where a copy lost the full stop, "..., Chương 1. NHỮNG QUY ĐỊNH")
        end = _FIRST_PART.search(folded, m.end(), stop.start()) or stop
    title = " ".join(text[m.end():end.start()].split()) if end else None
    return title[0].upper() + title[1:] if title else None


def names_subject(title: str) -> bool:
    """Whether a preamble's title names what the document is about, not only its act: "ban
    hành Kế hoạch triển khai như sau:" gives "Triển khai", no title."""
    return _ACTS_ONLY.fullmatch(fold_words(title)) is None


_ACTS_ONLY = re.compile(r"(?:(?:trien khai|thuc hien|to chuc)\s*)+")
