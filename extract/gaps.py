"""What the words between a cue and a reference say: whether the cue governs the reference
right after it ("thực hiện tốt Kế hoạch số ...", `adjacent`), or speaks of the reference before
it ("Kế hoạch số 115-KH/TU ... về thực hiện Kết luận số 43-KL/TW", `nests`); and which
reference a list goes on from past a bracket (`bracket_owner`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extract.bodies import issuing_body
from extract.cue_words import ATTACHMENT, CUE_FILLER, NESTING_FILLER
from extract.cues import FILLER
from extract.find import SHORT_NAMES_OPEN
from extract.law_numbers import REVISED_AFTER
from extract.tables import TYPE_WORD_PATTERN

if TYPE_CHECKING:
    from extract.edges import Governed
    from extract.symbol_context import Mention

# A part issued with a document between a cue and it: "sửa đổi ... Quy định ban hành kèm theo".
_ATTACHED_FILLER = re.compile(CUE_FILLER + ATTACHMENT + CUE_FILLER + r"$")
# Words between a reference and a cue that put the cue on the reference: "X về thực hiện Y" ...
_NESTING = re.compile(NESTING_FILLER + r"$")
# ... or any words of the reference's subject, in one clause: "Quyết định số 102/1999/QĐ-UB ...
# về việc Thành lập Ban chỉ đạo thực hiện Quyết định 19/1999/QĐ-TTg" (102 carries out 19).
_IN_SUBJECT = re.compile(r"[\s*]*(?:gui\s+[^;:.()]{0,80}?\s|ban\s+hanh\s+)?ve\s+(?:viec\s+)?"
                         r"[^,;:.()]{0,150}")
# ... and, before a change, a subject's words joined by a comma, "Nghị định số 32/2024/NĐ-CP về
# quản lý, phát triển cụm công nghiệp thay thế Nghị định số 68/2017/NĐ-CP", or holding a short
# bracket, "Nghị định số 52/2013/NĐ-CP về Thương mại điện tử (TMĐT) thay thế ..." (a change is
# the act of a document named with its subject right before it; "X về A, gắn với thực hiện Y"
# is not X's)
_IN_SUBJECT_CHANGING = re.compile(r"[\s*]*(?:(?:ban\s+hanh\s+)?ve\s+(?:viec\s+)?"
                                  r"|quy\s+dinh\s+(?:ve\s+)?)"  # "... quy định (về) X thay thế"
                                  r"(?:[^,;:.()]|,|\([^()\n]{1,30}\)){0,150}")
# ... up to a next item that counts the years of carrying out another: "16 năm thực hiện Nghị
# quyết số 36-NQ/TW ... về công tác người Việt Nam ở nước ngoài và 5 năm thực hiện Chỉ thị số
# 45-CT/TW" (the resolution carried out the directive); past a letter's recipients before its
# subject, "Công văn số 1710/BTP-PBGDPL gửi Ủy ban nhân dân các tỉnh, thành phố ... về việc
# hướng dẫn triển khai Quyết định số 619/QĐ-TTg" (above), or past "ban hành" after its body,
# "Hướng dẫn số 12-HD/BTCTW ... của Ban Tổ chức Trung ương ban hành về nghiệp vụ công tác đảng
# viên thay thế cho Hướng dẫn số 09-HD/BTCTW"
# ... or a colon, as a portal's record puts a document's title after it: "Quyết định số
# 28/2023/QĐ-TTg của Thủ tướng Chính phủ: Sửa đổi, bổ sung ... Quyết định số 12/2018/QĐ-TTg"
_TITLE_AFTER = re.compile(r"\s*:\s*")
_AND_YEARS = re.compile(r"\bva\s+(?:sau\s+|qua\s+)?\d{1,3}\s+nam\s*$")
# "theo hướng dẫn của Sở Nội vụ tại Công văn số ...", "bãi bỏ các quy định của Ủy ban nhân dân
# tỉnh tại Quyết định số ...": what, whose (an issuing body), then where; the cue is still next
# to the reference
_NESTING_WHOSE = re.compile(NESTING_FILLER + r"(?=cua\s)")
_WHOSE = re.compile(CUE_FILLER + r"(?:[^\W\d_]+\s+){0,4}?(?=cua\s)")
_AT = re.compile(r"[\s,]*tai\s*(?:van\s+ban\s+(?:so\s*)?)?$")  # "tại (Văn bản số) ..."
# A provision named by its subject, then where it stands: "Bãi bỏ quy định về phụ cấp đặc thù
# đối với nhà giáo dạy tích hợp, ... quy định tại Điều 4, ... Nghị định số 113/2015/NĐ-CP", also
# a part, "thay thế phần danh mục thủ tục hành chính ... của UBND cấp xã tại Quyết định số ...".
_PROVISION_ABOUT = re.compile(r"[\s*]*(?:cac\s+)?(?:quy\s+dinh\s+ve|(?P<part>phan))\s+"
                              r"(?:[^\W\d_]+,?\s+){1,40}?(?:quy\s+dinh\s+)?tai\s+"
                              + CUE_FILLER + r"$")


def _provision_about(text: str, gap: str, start: int) -> bool:
    """Whether `gap` (folded, from `start`) names a provision or a part ("phần", not "phân
    công", an assignment) and where it stands."""
    m = _PROVISION_ABOUT.match(gap)
    return m is not None and (m.group("part") is None or text[
        start + m.start("part"):start + m.end("part")].lower() == "phần")


# "và" alone after a cue joins the next item to the list, the cue's words done: "Luật Thi đua,
# khen thưởng 2013 sửa đổi, bổ sung và Luật di sản văn hóa sửa đổi 2009" (the amended law of
# 2013, and another); cue words it joins make one run (`cues.py`)
_AND_ALONE = re.compile(r"\s*va\s+")


def adjacent(text: str, folded: str, start: int, end: int) -> bool:
    """Whether only filler stands between a cue ending at `start` and a reference at `end`."""
    if start > end:
        return False
    gap = folded[start:end]
    if _AND_ALONE.fullmatch(gap):
        return False
    if FILLER.fullmatch(gap) is not None or (
            "kem" in gap and _ATTACHED_FILLER.match(gap) is not None
            or ("quy dinh ve" in gap or "phan" in gap) and _provision_about(text, gap, start)):
        return True
    whose = "tai" in gap and _WHOSE.match(folded, start, end)
    return bool(whose) and _past_body(text, folded, whose.end(), end, _AT)


_CLAUSE_BREAK = re.compile(r"\s*,\s*")  # a comma alone between a cue and a reference
# The words that draft a document ("xây dựng (dự án, dự thảo)", "soạn thảo", "dự thảo") right
# before it
_DRAFTING = re.compile(r"\b(?:(?:xay\s+dung|soan\s+thao)(?:\s+(?:du\s+an|du\s+thao))?|du\s+thao)"
                       r"\s+$")


def opens_clause(folded: str, cue_end: int, start: int) -> bool:
    """Whether a reference at `start` opens a clause of its own after a cue ending at
    `cue_end`, a comma alone between: "Sau 5 năm thực hiện, Chỉ thị 03-CT/TW đã ..." (the cue's
    object is left unsaid)."""
    return _CLAUSE_BREAK.fullmatch(folded, cue_end, start) is not None


def drafted(folded: str, start: int) -> bool:
    """Whether the reference at `start` is being drafted, no cue's act reaching it: "Chính phủ
    đang xây dựng dự án Luật Biên phòng", "soạn thảo Nghị quyết 70", "hoàn thiện dự thảo Luật
    Thanh tra" (it had been carried out under the sentence's "thực hiện")."""
    return _DRAFTING.search(folded, max(0, start - 40), start) is not None


# A comma that ends a subject right before the change, "1. Quy định số 41-QĐ/TW ... về việc miễn
# nhiệm, từ chức đối với cán bộ, thay thế Quy định số 260-QĐ/TW": X's, when X opens its sentence
# (after a comma elsewhere the change is the citing document's next act)
_SUBJECT_ENDS = re.compile(r"\s*,\s*$")
# A purpose after a comma, "..., nhằm (để) ...", is the sentence's act's, not the subject of the
# document before it: "Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND, nhằm cụ thể hóa
# Chỉ thị 27-CT/TW" (12 had carried out the directive); read on the text: "đề" folds as "để"
_PURPOSE_CLAUSE = re.compile(r",\s*(?:nhằm|để)(?!\w)", re.IGNORECASE)


def nests(text: str, folded: str, start: int, end: int, changes: bool = False,
          opens_sentence: bool = False) -> bool:
    """Whether the words between a reference's context (ending at `start`) and a cue (at
    `end`) put the cue on that reference: "X về thực hiện Y", also through whose plan it is,
    "X ban hành Chương trình hành động của Chính phủ thực hiện Y"; `changes`: the cue is a
    change's, which X's whole subject may stand before (and a comma after it, where X opens
    the sentence: `opens_sentence`)."""
    if (_NESTING.match(folded, start, end) and not _PURPOSE_CLAUSE.search(text, start, end)
            or _TITLE_AFTER.fullmatch(folded, start, end)):
        return True
    if _IN_SUBJECT.fullmatch(folded, start, end) and not _AND_YEARS.search(folded, start, end):
        return True
    if changes and opens_sentence and (comma := _SUBJECT_ENDS.search(folded, start, end)):
        end = comma.start()
    if changes and _IN_SUBJECT_CHANGING.fullmatch(folded, start, end) and (
            _commas_inside_subject(text, start, end)):
        return True
    whose = "cua" in folded[start:end] and _NESTING_WHOSE.match(folded, start, end)
    return bool(whose) and _past_body(text, folded, whose.end(), end, _NESTING)


def _commas_inside_subject(text: str, start: int, end: int) -> bool:
    """Whether each comma in text[start:end] joins words of one subject, a small letter after
    it ("về quản lý, phát triển cụm công nghiệp"), not a clause of its own."""
    at = text.find(",", start, end)
    while at >= 0:
        rest = text[at + 1:end].lstrip()
        if not rest[:1].islower():
            return False
        at = text.find(",", at + 1, end)
    return True


def _past_body(text: str, folded: str, pos: int, end: int, rest: re.Pattern[str]) -> bool:
    """Whether an issuing body stands at `pos` ("của Sở Nội vụ") and `rest` matches from its
    end to `end`."""
    body, body_end, _ = issuing_body(text, folded, pos)
    return body is not None and body_end <= end and rest.match(folded, body_end, end) is not None


def bracket_owner(folded: str, mentions: list[Mention], prev: int, first: int,
                  start: int) -> int:
    """The mention a list goes on from at `start`: `prev`, or the one before a bracket holding
    `prev` that closed since: "Luật số 42/2024/QH15 (được sửa đổi bởi Luật số 118/2025/QH15),
    Nghị định số 181/2024/NĐ-CP" lists 181 with 42 (181 was said to amend 42, as 118 does)."""
    if folded.find(")", mentions[prev].ref.end, start) < 0:
        return prev
    opened = folded.rfind("(", 0, mentions[prev].ref.start)
    if opened < 0 or folded.find(")", opened, mentions[prev].ref.start) >= 0:
        return prev
    return next((j for j in range(prev - 1, first - 1, -1) if mentions[j].ref.end <= opened),
                prev)


def restated_head(folded: str, mentions: list[Mention], governed: list[Governed], prev: int,
                  owner: int) -> int:
    """The mention a list goes on from past a bracket that gives a short name: the document the
    bracket restates, if one `owner` is nested under ("Luật số 12/2017/QH14 sửa đổi ... Bộ luật
    Hình sự số 100/2015/QH13 (sau đây viết tắt là Luật số 12/2017/QH14) và Nghị quyết số
    41/2017/QH14": 41 is listed with 12, which changes nothing of 41's), else `owner`."""
    opened = folded.rfind("(", 0, mentions[prev].ref.start)
    if owner == prev or opened < 0 or SHORT_NAMES_OPEN.match(folded, opened) is None:
        return owner
    outer = owner
    while (outer := governed[outer].parent) is not None:
        if mentions[outer].ref.key == mentions[prev].ref.key:
            return outer
    return owner


def in_short_names(folded: str, start: int) -> bool:
    """Whether `start` stands in a bracket that gives documents cited before their short
    names: "(sau đây viết tắt là Chỉ thị số 42-CT/TW, Văn bản số 65-CV/TW, ...)" restates
    them, it does not list what the one before it carries out."""
    opened = folded.rfind("(", max(0, start - 300), start)
    return (opened >= 0 and folded.find(")", opened, start) < 0
            and SHORT_NAMES_OPEN.match(folded, opened) is not None)


# The document before a change takes effect first: "Nghị quyết 226/NQ-CP có hiệu lực từ ngày
# 5/8/2025, thay thế Nghị quyết số 25/NQ-CP ..." (226 replaces 25; a news item had), also
# "... có hiệu lực từ ngày ký và thay thế ...", or with its date alone ("... có hiệu lực từ
# 25/8/2022 và thay thế ...", or straight after its year, "... có hiệu lực từ 15/10/2021 thay
# thế ..."), at once or on a day ("có hiệu lực ngay lập tức, bãi bỏ ...", "có hiệu lực ngày
# 20/02/2020, thay thế ..."), or after its subject ("Nghị định 137/2020/NĐ-CP về quản lý, sử
# dụng pháo có hiệu lực thi hành từ ngày 11/1/2021, thay thế ..."; a short bracket in it too,
# "... quy định Chế độ báo cáo thống kê thi hành án dân sự (THADS) ... đã được ... ký ban hành,
# thay thế ..."), as "Nghị định này có hiệu lực ..., thay thế ..." speaks of the citing one.
# So does one adopted or issued first: "Luật Dược được Quốc hội khóa XIII thông qua ngày
# 06/4/2016, thay thế Luật Dược năm 2005", "... được Quốc hội thông qua ngày 29/11/2024 nhằm
# thay thế Luật Khoáng sản năm 2010", "Quyết định 34/2014/QĐ-TTg về ... (ban hành ngày
# 30.5.2014, có hiệu lực ..., thay thế ...)". So does one whose parts are counted first,
# "Quy định 80 gồm 6 chương, 34 điều, thay thế cho Quy định số 105-QĐ/TW".
_PARTS = r"gom\s+(?:co\s+)?\d+\s+(?:chuong|dieu)\b[^;()]{0,100}?(?:\s*,\s*|\s+va\s+)"
_ADOPTED = (r"(?:(?:da\s+)?duoc\s[^;()]{0,80}?\b(?:thong\s+qua|ban\s+hanh)\b"
            r"|(?:ky\s+)?ban\s+hanh(?=\s+(?:vao\s+)?ngay\b))")
_EFFECT = (r"(?:(?:se|da)\s+)?(?:bat\s+dau\s+)?co\s+hieu\s+luc(?:\s+thi\s+hanh)?"
           r"(?:\s+(?:(?:ke\s+)?tu\s+(?:ngay\b)?|ngay\b)[^,;()]{0,40})?"
           r"(?:\s*\)\s*|\s*(?:,\s*|\b(?:va|de)\s+)(?:dong\s+thoi\s+|se\s+)?|(?<=\d{4})\s+\(?\s*)")
_TAKES_EFFECT = re.compile(
    r"[\s,]*(?:(?:ve|qu[yi]\s+dinh)\s(?:[^;()]|\([^;()]{1,20}\)){1,200}?\s)?"
    r"(?:\(\s*(?:sau\s+day\s+)?(?:goi|viet)\s+tat\b[^;()]{0,60}\)[\s,]*)?"  # its short name
    r"(?:\(\s*)?"
    # its parts; its effect, after its parts or its adoption ("... được ký ban hành vào ngày
    # 29/12/2023 sẽ bắt đầu có hiệu lực từ ngày 30/3/2024 và thay thế ..."); or its adoption
    rf"(?:{_PARTS}|(?:{_PARTS}|{_ADOPTED}[^;()]{{0,60}}?[\s,]+(?:va\s+)?|va\s+)?{_EFFECT}"
    rf"|{_ADOPTED}[^,;()]{{0,60}}?(?:\s*,\s*|\s+(?:nham|de|va)\s+))$")


def takes_effect(folded: str, start: int, end: int) -> bool:
    """Whether the words between a reference's context (ending at `start`) and a cue (at
    `end`) say when it takes effect, or that it was adopted: the change after them is its own."""
    return _TAKES_EFFECT.match(folded, start, end) is not None


# A bracket after a document that says what it replaces, of its own kind: "Nghị định 69/2024/NĐ-CP
# về định danh ... (thay thế Nghị định 59/2022/NĐ-CP)" (69 replaces 59, not the news item). Not
# another kind: "ban hành Kế hoạch thực hiện Chỉ thị số X (thay thế Kế hoạch số Y)" is the plan's.
_REPLACEMENT_BRACKET = re.compile(
    r"(?:\s+(?:ve|cua|quy\s+dinh|huong\s+dan)\s[^();.\n]{0,150}?)?[\s,]*\(\s*")


def replacement_bracket(folded: str, start: int, end: int) -> bool:
    """Whether the words between a reference's context (ending at `start`) and a cue (at
    `end`) open a bracket after it, past its subject or body: "X về ... (thay thế Y)"."""
    return _REPLACEMENT_BRACKET.fullmatch(folded, start, end) is not None


# What a passive change with no document before it may be said of, for the change to be the
# citing document's: nothing ("Được thay thế bởi ..."), this document or one of its parts ("Kế
# hoạch này", "Khoản 2 Điều 5", "Mẫu số 01", "Cụm từ ..."), in its clause. Not money or people,
# "tiền lương tháng đã đóng bảo hiểm xã hội được điều chỉnh theo ... Nghị định số 115/2015", nor
# what else "này" points at, "Các vấn đề này được quan tâm và sửa đổi, bổ sung tại Luật ...".
# A word ("Từ ...") is a part; "Từ ngày ..." (from the day) is none: "Từ ngày 20/9/2024, mức hỗ
# trợ ... được quy định chi tiết tại Nghị định 106/2024/NĐ-CP".
_PARTS = r"dieu|khoan|diem|muc|chuong|phan|phu\s+luc|mau|bieu|bang"
# ... numbered, as a part is: "Mục 2", "Điểm a", "Phụ lục IV", "Mẫu số 01"; not "Mức xử phạt ..."
# (the level of a fine, which folds as "Mục" does), "Mục tiêu" (aims) or "Bảng giá" (price list)
_PART_NUMBER = r"(?:so\s+)?(?:\d|[a-z]\b|[ivxlc]+\b)"
# A document is "Quy định này" (this regulation), one; "các quy định này" (these provisions)
# are another's: "... trong Bộ luật Lao động năm 2012 và các quy định này được hướng dẫn thi hành
# bởi Nghị định số 11/2016/NĐ-CP" (the decree had GUIDED the citing article).
_THIS_DOCUMENT = rf"(?<!cac\s)(?<!nhung\s)(?:{TYPE_WORD_PATTERN}|van\s+ban)"
_SELF_SUBJECT = re.compile(rf"[\W\d_]*(?:(?:da\s+)?(?:duoc|bi)\b|(?:{_PARTS})\s+{_PART_NUMBER}"
                           r"|(?:cum\s+tu|tu(?!\s+ngay\b)|ten|tieu\s+de|noi\s+dung)\b|"
                           rf"[^;]*\b(?:{_THIS_DOCUMENT}|{_PARTS})\s+nay\b)")


# ... and one said of a part of it after another document: "... Nghị định 50/2010/NĐ-CP có hiệu
# lực thi hành từ ngày 01 tháng 7 năm 2010" / "Điều này được hướng dẫn bởi ... Thông tư
# 105/2010/TT-BTC", a portal's notes run into one sentence (the circular had GUIDED the decree).
_THIS_PART_PASSIVE = re.compile(rf"\b(?:{_PARTS}|{_THIS_DOCUMENT})\s+nay\s+"
                                r"(?:da\s+)?(?:duoc|bi)\s+$")


# ... but not in a bracket that opens right after the document named, a note on the part of
# it quoted: "khoản 1 Điều 88 Nghị định 43/2014/NĐ-CP (Điểm b Điều này đã được sửa đổi theo
# khoản 27 Điều 1 Nghị định 148/2020/NĐ-CP)" is the decree's (a page had been amended)
_QUOTED_PART_NOTE = re.compile(rf"\s*\((?:\s*(?:{_PARTS})\s+\w{{1,4}}\b)*\s*")


def said_of_own_part(folded: str, start: int, end: int) -> bool:
    """Whether a passive change at `end` is said of this document or one of its parts, named
    after `start` ("Điều này được ...")."""
    this = _THIS_PART_PASSIVE.search(folded, start, end)
    return this is not None and not _QUOTED_PART_NOTE.fullmatch(folded, start, this.start())


def said_of_self(folded: str, start: int, end: int) -> bool:
    """Whether a passive change at `end`, its clause opening at `start`, is said of the citing
    document: of nothing, of the document or of one of its parts."""
    return _SELF_SUBJECT.match(folded, start, end) is not None


# A passive of a document's own after it: "..., Luật Hoạt động giám sát của QH và HĐND năm 2025
# đã được xây dựng theo hướng ..." (has been drafted), "..., Luật Sĩ quan ... số 16/1999/QH10 đã
# được sửa đổi ..." opens a clause of its own; but being adopted is said of the document whose
# name lists it: "Luật số 60/2020/QH14 sửa đổi ... Luật Phòng, chống thiên tai và Luật Đê điều
# (đã) được Quốc hội thông qua"
_OWN_PASSIVE = re.compile(r"\s*(?:nam\s+(?:19|20)\d\d\s+)?(?:cung\s+)?da\s+(?:duoc|bi)\s"
                          r"(?![^,.;]{0,40}?\b(?:thong\s+qua|ban\s+hanh|ky\s+lenh)\b)")


def outside_changers_list(folded: str, mention: Mention) -> bool:
    """Whether `mention` is no item of a list of documents a change names: a law marked as
    being revised ("Luật Chứng khoán (sửa đổi)"), a new law, that no list of laws an amending
    law changes holds ("... năm dự án luật: Luật sửa đổi, bổ sung một số điều của Luật Kiểm
    toán nhà nước, Luật Chứng khoán (sửa đổi), ..." lists draft laws), or a document that is
    the subject of a passive of its own."""
    return (REVISED_AFTER.match(folded, mention.ref.end) is not None
            or _OWN_PASSIVE.match(folded, mention.context_end) is not None)
