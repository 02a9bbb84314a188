"""What a sentence says was issued for the purpose it names first: "Để triển khai thực hiện
Chỉ thị số 33/CT-TTg ..., UBND tỉnh đã ban hành Kế hoạch số 35/KH-UBND" makes the plan carry
out the directive; and what "<type> này" does on a news page that announced such a document
issued. `relations.py` calls both for each sentence, once the cues have governed."""

from __future__ import annotations

import re
from bisect import bisect_left

from extract.cues import CHANGES, CueRun
from extract.edges import Governed
from extract.models import DocumentKey, RelationType
from extract.symbol_context import Mention
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS

# A report's purpose clause before what was issued for it: "Để triển khai thực hiện Chỉ thị số
# 33/CT-TTg ..., UBND tỉnh đã ban hành Kế hoạch số 35/KH-UBND": the plan carries out the
# directive, and the report cites both; so with its basis, "Căn cứ Nghị quyết số 25-NQ/TW, Tỉnh
# ủy ban hành Chương trình hành động số 28-CTr/TU": the programme is based on the resolution;
# and what guides: "Để hướng dẫn Luật Thi hành án dân sự ..., ngày 18/7/2015, Chính phủ đã ban
# hành Nghị định số 62/2015/NĐ-CP" (the decree guides the law, not the report).
_PURPOSES = (RelationType.IMPLEMENTS, RelationType.BASED_ON, RelationType.GUIDES)
_ISSUED_FOR_IT = re.compile(  # also signed: "..., Bộ trưởng Bộ Tư pháp đã ký Công văn số ...",
    # and sent: "..., UBND tỉnh vừa có công văn số 2774/UBND-NC"
    r",\s*[^,;.:]{0,80}?\b(?:(?:da\s+|vua\s+)?(?:ban\s+hanh|xay\s+dung|ky)|(?:da|vua)\s+co)"
    r"\s+$")


_NAMED_AS_DOCUMENT = re.compile(r"\bvan\s+ban\s+(?:so\s*)?:?\s*$")  # a symbol named as a document


def issued_for_the_purpose(folded: str, mentions: list[Mention], governed: list[Governed],
                           in_sentence: list[int], s_start: int) -> None:
    """Re-parent the references before a document under it, if the sentence says it was
    issued, signed or sent for them ("..., <body> (đã) ban hành / ký / vừa có <type> số ..."),
    each issued one in turn (the references since the one before). What was issued for a
    purpose no reference names is cited: "... thực hiện đột phá phát triển giáo dục ... Ngày
    28/11/2025, UBND tỉnh Thanh Hóa ban hành Kế hoạch số 243/KH-UBND" (the news item had
    carried the plan out)."""
    first = 0  # the first of the references not yet given to a document issued for them
    starts = [mentions[k].ref.start for k in in_sentence]
    for at in range(len(in_sentence)):
        j, start = in_sentence[at], mentions[in_sentence[at]].ref.start
        since = mentions[in_sentence[at - 1]].context_end if at else s_start
        if named := _NAMED_AS_DOCUMENT.search(folded, max(since, start - 16), start):
            start = named.start()  # "... vừa ban hành văn bản số 4763/UBND-NC": its symbol alone
        verb = folded[max(0, start - 12):start]
        if not (("hanh" in verb or "dung" in verb or " ky " in verb or " co " in verb)
                and _ISSUED_FOR_IT.search(folded, since, start)):
            issued_at = _issued_in_brackets(folded, mentions[j], s_start)
            if issued_at < 0:
                continue
            purpose = bisect_left(starts, issued_at, first, at)  # after "ban hành <type>"
            if purpose == at or not _PURPOSE_NEXT.match(folded, issued_at, starts[purpose]):
                continue
            first = purpose
        before = in_sentence[first:at]  # copied only here: a sentence may hold thousands
        # (those nested under one of them stay so: "Nghị định số 13/2018/NĐ-CP ... quy định
        # chi tiết ... Luật Tiếp cận thông tin, UBND tỉnh vừa có công văn số 2774/UBND-NC")
        top = [k for k in before if governed[k].parent is None]
        issued = mentions[j].ref.key
        if all(_for_a_purpose(governed[k]) for k in top or [j]) and all(  # (`before` holds
                in_sentence[first] <= governed[k].parent < j  # consecutive mentions up to j)
                for k in before if governed[k].parent is not None
        ) and (issued is None or all(mentions[k].ref.key != issued for k in before)):
            # (not one named before: "Thực hiện Kế hoạch số 82 ... thực hiện Nghị quyết số 49
            # ...: Ngày 28/5, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 49-NQ/TU")
            for k in top:
                governed[k] = Governed(j, governed[k].relation, governed[k].cue)
            governed[j] = Governed(None, RelationType.CITES, None)
        first = at + 1


def bases_of_reported_acts(mentions: list[Mention], governed: list[Governed],
                           in_sentence: list[int], runs: list[CueRun]) -> None:
    """Cite what a basis names before a main clause that reports what a body did (`CueRun.
    reported_act`): "Căn cứ Điều 88, Điều 91 Hiến pháp ... và Luật Đặc xá năm 2018, ..., Chủ tịch
    nước ... đã ký Quyết định số 758 về đặc xá" is the decision's basis, not the news item's.
    Called after `issued_for_the_purpose`, which puts what such an act issued, a reference,
    on that basis; not for a sentence that names the citing document, whose own act it may be
    ("..., Bộ TNMT đã ban hành Quyết định 1107/QĐ-BTNMT" on the decision's own page)."""
    for k, act in enumerate(runs):
        if not act.reported_act:
            continue
        basis = next((r for r in reversed(runs[:k]) if r.relation is RelationType.BASED_ON
                      and not r.adjacent_only), None)
        for j in in_sentence:
            g = governed[j]
            if (basis is not None and basis.end <= mentions[j].ref.start < act.start
                    and g.parent is None and g.relation is RelationType.BASED_ON
                    and not g.acts_on_self):
                governed[j] = Governed(None, RelationType.CITES, g.cue)


# ... or named in brackets after the purpose: "UBND tỉnh ban hành Kế hoạch thực hiện Kết luận
# số 45-KL/TW ... (Kế hoạch số 90/KH-UBND, ngày 13/5/2019)" (the conclusion had carried the plan
# out); the type issued is the type named, and the purpose follows it.
_ISSUED_TYPE = re.compile(rf"\bban\s+hanh\s+(?P<word>{TYPE_WORD_PATTERN})\b")
_PURPOSE_NEXT = re.compile(r"[^,;.:()]{0,40}$")
_IN_BRACKETS = re.compile(r"\(\s*$")
_ISSUED_SPAN = 600  # how far before the brackets "ban hành" is looked for


def _issued_in_brackets(folded: str, mention: Mention, s_start: int) -> int:
    """Where the type word ends of the document the sentence says was issued ("ban hành Kế
    hoạch"), if `mention` names it in brackets after its purpose; else -1."""
    start, key = mention.ref.start, mention.ref.key
    if key is None or _IN_BRACKETS.search(folded, max(0, start - 4), start) is None:
        return -1
    found = list(_ISSUED_TYPE.finditer(folded, max(s_start, start - _ISSUED_SPAN), start))
    issued = found[-1] if found else None  # the last one
    if issued is None or key.type not in TYPE_WORDS[" ".join(issued.group("word").split())]:
        return -1
    return issued.end()


def _for_a_purpose(governed: Governed) -> bool:
    return (governed.parent is None and not governed.acts_on_self
            and governed.relation in _PURPOSES)


# On a page that is no document of the type (a news item), "Quyết định này" is the decision the
# page says was issued or announced: "UBND tỉnh vừa ban hành Quyết định số 87/2025/QĐ-UBND ..."
# / "Quyết định này có hiệu lực ..., thay thế Quyết định số 29/2024/QĐ-UBND": 87 supersedes 29,
# not the page.
# ("Quyết định trên", the one above, too: "Quyết định trên có hiệu lực ... và thay thế ...")
_THIS_DOCUMENT = re.compile(rf"\b(?P<word>{TYPE_WORD_PATTERN})\s+(?:nay|tren)\b")
# ... and so is the type word alone opening a sentence: "Quyết định có hiệu lực kể từ ngày
# 26/6/2019 và thay thế Quyết định số 43/2017/QĐ-UBND", "Nghị định gồm 8 Chương, 53 điều và thay
# thế Nghị định số 45/2010/NĐ-CP" (not "Nghị định số ...", another one)
_OPENS_ON_TYPE = re.compile(
    rf"[\s*•+\-–]*(?P<word>{TYPE_WORD_PATTERN})\s+(?!so\b|nay\b|tren\b)(?=[a-z])")
# ... also a clause after a ";": "Luật Khám bệnh, chữa bệnh năm 2023 đã được Quốc hội ... thông
# qua ngày 09/01/2023; Luật gồm 12 chương ..., có hiệu lực ... và thay thế Luật ... năm 2009"
_CLAUSE_OPENS_ON_TYPE = re.compile(";" + _OPENS_ON_TYPE.pattern)
# issued, announced ("công bố Quy định"), adopted ("Quốc hội đã thông qua Luật Xuất bản") or
# signed ("Thủ tướng Chính phủ ký Quyết định số 18/2021/QĐ-TTg"; not "đăng ký", registered),
# also with what it carries ("vừa ban hành kèm theo Thông tư số 59/2010/TT-BNNPTNT Danh mục ...")
_ISSUING = re.compile(r"\b(?:ban\s+hanh(?:\s+kem\s+theo)?|cong\s+bo|thong\s+qua|(?<!dang\s)ky)\s+$")
# ... also after it, in the passive: "Luật Giao dịch điện tử 2023 vừa được thông qua tại kỳ họp
# thứ 5" / "Luật này có hiệu lực từ ngày 01/7/2024, thay thế ..."
_ISSUED_AFTER = re.compile(r"\s*,?\s*(?:(?:vua|moi|da)\s+)?duoc\s+(?:(?:quoc\s+hoi|chinh\s+phu|thu"
                           r"\s+tuong(?:\s+chinh\s+phu)?)\s+)?(?:ban\s+hanh|ky)\b"
                           # (its adopter's name, term and session may stand before "thông qua")
                           r"|\s*,?\s*(?:(?:vua|moi|da)\s+)?duoc\s[^;()]{0,100}?\bthong\s+qua\b")
# ... or the one the page opens with, as its headline, by its number: "Nghị định số 42/2019/NĐ-CP
# về xử phạt ..." / "... Nghị định này thay thế Nghị định số 103/2013/NĐ-CP", also after the
# paper's tag, "QĐND Online - Nghị định số 105/2012/NĐ-CP ...", "(Chinhphu.vn) - "
_HEADLINE_MARKS = " \t\r\n*#|"
_PAPER_TAG = re.compile(r"[^\n.;:]{1,24}?[ \t]*[-–—][ \t]*$")
# ... or a part of it, as a portal heads a page with one chapter or article: "Chương 6 Nghị định
# 03/2022/NĐ-CP ..." / "2. Nghị định này thay thế Nghị định số 104/2017/NĐ-CP"
_PART_OF = re.compile(r"(?:(?:diem\s+[a-z]|khoan\s+\d{1,3})\s+)*"
                      r"(?:chuong|dieu|muc|phan|phu\s+luc)\s+(?:\d{1,3}|[ivxlc]{1,6})")
# ... or a portal's one short line over its headline, a link or a menu: "Liên kết website"
_PAGE_CHROME = re.compile(r"[^\n.;:,]{1,30}")
_NOT_ACTS = (RelationType.CITES, RelationType.BASED_ON)


def acts_of_the_announced(folded: str, mentions: list[Mention], governed: list[Governed],
                          in_sentence: list[int], s_start: int, self_key: DocumentKey,
                          announced: dict[str, int | None]) -> None:
    """Give the acts a sentence says "<type> này" does to the document of that type the page
    announced as issued (or opens with), if the page is unnumbered and not of that type.
    `announced` caches, per type code, the first mention so announced. Then give it the
    changes made after a document it says was issued (`_changes_of_the_issued`)."""
    if self_key.number is not None:
        return
    _changes_of_the_issued(folded, mentions, governed, in_sentence)
    found: list[re.Match[str]] | None = None  # the sentence's "<type> này", read once
    starts: list[int] = []
    for j in in_sentence:
        if governed[j].parent is not None or governed[j].relation in _NOT_ACTS:
            continue
        if found is None:
            last = mentions[in_sentence[-1]].ref.start
            opens = _OPENS_ON_TYPE.match(folded, s_start, last)
            found = [opens] if opens else []
            found += _CLAUSE_OPENS_ON_TYPE.finditer(folded, s_start, last)
            found += _THIS_DOCUMENT.finditer(folded, s_start, last)
            found.sort(key=lambda m: m.start())
            starts = [m.start() for m in found]
        before = bisect_left(starts, mentions[j].ref.start)
        this = found[before - 1] if before else None  # the last one before the reference
        k = this and announced_as(folded, mentions, this.group("word"), self_key, announced)
        # (before the sentence, or in it before "<type> này": a headline with no full stop)
        if k is not None and (k < in_sentence[0] or mentions[k].context_end <= this.start()) and (
                mentions[k].ref.key != mentions[j].ref.key):
            governed[j] = Governed(k, governed[j].relation, governed[j].cue)


def _changes_of_the_issued(folded: str, mentions: list[Mention], governed: list[Governed],
                           in_sentence: list[int]) -> None:
    """Give the changes a sentence makes after a document it says was issued, signed or
    adopted to that document (on an unnumbered page, a news item): "Chính phủ vừa ban hành Nghị
    định số 24/2023/NĐ-CP tăng mức lương cơ sở lên 1,8 triệu đồng từ ngày 1-7-2023, thay thế
    Nghị định số 38/2019/NĐ-CP" (the page had superseded 38); what it changes follows it, no
    other reference between but the list of those."""
    for at in range(1, len(in_sentence)):
        j, before = in_sentence[at], governed[in_sentence[at - 1]]
        if governed[j].parent is not None or governed[j].relation not in CHANGES:
            continue
        if before.parent is None and before.relation not in CHANGES:
            issuer = in_sentence[at - 1]  # the one right before, if issued
        elif before.parent is not None and before.relation in CHANGES:
            issuer = before.parent  # the list of what one issued changes goes on
        else:
            continue
        if _said_issued(folded, mentions[issuer].ref.start):
            governed[j] = Governed(issuer, governed[j].relation, governed[j].cue)


def announced_as(folded: str, mentions: list[Mention], word: str, self_key: DocumentKey,
                 announced: dict[str, int | None]) -> int | None:
    """The mention of the document that "<word> này" names on an unnumbered page not of its
    type: the first of that type the page says was issued, or opens with. `announced` caches
    it per type code."""
    codes = TYPE_WORDS.get(" ".join(word.split()))
    if self_key.number is not None or not codes or self_key.type in codes:
        return None
    code = codes[0]
    if code not in announced:
        announced[code] = next(
            (k for k, m in enumerate(mentions) if m.ref.key and m.ref.key.type == code
             and (_said_issued(folded, m.ref.start) or _ISSUED_AFTER.match(folded, m.context_end)
                  or m.ref.key.number is not None and _opens_the_page(folded, m.ref.start))),
            None)
    return announced[code]


def _said_issued(folded: str, start: int) -> bool:
    """Whether the words right before a reference at `start` say it was issued (`_ISSUING`)."""
    return _ISSUING.search(folded, max(0, start - 24), start) is not None


def _opens_the_page(folded: str, start: int) -> bool:
    """Whether only a headline's marks, a paper's tag or a part's number stand before
    `start`."""
    before = folded[:start].strip(_HEADLINE_MARKS)
    return not before or _PAPER_TAG.fullmatch(before) is not None or (
        _PART_OF.fullmatch(before) is not None) or (
        folded[:start].rstrip(" \t*#|").endswith("\n") and _PAGE_CHROME.fullmatch(before))
