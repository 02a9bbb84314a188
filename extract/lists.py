"""Lists under a cue: a sentence that ends on a colon after a cue ("Căn cứ các văn bản sau:",
"Bãi bỏ các Quyết định sau:"), a heading of legal bases ("I. CĂN CỨ PHÁP LÝ"), an article's or
an appendix's heading that names what it changes, governs the items under it while they are
items of one kind (`ListCue.continued_by`)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.cue_words import DESCRIBED_DOCUMENTS, LIST_FILLER, LISTED_TYPE
from extract.cues import CHANGES, cue_runs
from extract.edges import Governed
from extract.listed_changes import (
    appendix_list_cue,
    article_heading_cue,
    listed_documents_expire,
)
from extract.models import RelationType
from extract.normalize import line_from
from extract.sentences import ITEM_KIND

_LIST_INTRO = re.compile(rf"(?:{LIST_FILLER}|{LISTED_TYPE}|{DESCRIBED_DOCUMENTS}):\s*$")
# A section of legal bases, "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "**Căn cứ pháp lý**", "CƠ SỞ PHÁP
# LÝ", or political ones, "1. Cơ sở chính trị" (the Party's resolutions): a short heading whose
# list of documents is the basis, as after "Căn cứ các văn bản sau:".
_BASIS_HEADING = re.compile(r"[ \t|*#]*(?:(?:[ivxlc]+|\d{1,2}|[a-z])\s*[.)\-]\s*)?\**\s*"
                            r"(?:can\s+cu|co\s+so\s+(?:phap\s+ly|chinh\s+tri|xay\s+dung))\b"
                            r"[^,;:.]{0,60}?[\s*:.]*$")
# ... and under it, a sub-heading that names a group of documents, "1. Các văn bản chỉ đạo",
# "b) Văn bản của tỉnh:", over the items of that group
_DOCUMENTS_HEADING = re.compile(r"[ \t|*#]*(?:(?:[ivxlc]+|\d{1,2}(?:\.\d{1,2})*|[a-z])"
                                r"\s*[.)\-]\s*)?\**\s*(?:cac\s+)?van\s+ban\b[^,;:.\n]{0,60}?[\s*:.]*$")
# "... được sửa đổi, bổ sung bởi:": a consolidated text's head, its changers listed below
_CHANGERS_LISTED = re.compile(r"\s*boi\s*:\s*$")
_UNMARKED = "unmarked"  # a list whose items, each a reference, carry no marker
_BASES = Governed(None, RelationType.BASED_ON, "can cu")  # what a heading of bases governs
_APPENDIX, _NEXT_APPENDIX = "appendix", re.compile(r"[\s|*#]*(?:Phụ\s+lục|PHỤ\s+LỤC)\b")


@dataclass(frozen=True, slots=True)
class ListCue:
    """A cue that ends its sentence with a colon ("Căn cứ các văn bản sau:", "Triển khai
    thực hiện:") governs the list items under it while they are items of one kind (an
    appendix's heading, all its sections: `_APPENDIX`)."""

    governed: Governed
    kind: str | None = None  # the first item's kind of marker, once seen

    def continued_by(self, text: str, start: int, cites_first: bool) -> ListCue | None:
        """The cue over the sentence at `start`, if the list goes on there; `cites_first`: the
        sentence opens with a reference."""
        if self.kind == _APPENDIX:  # up to the next appendix
            return None if _NEXT_APPENDIX.match(text, start) else self
        m = ITEM_KIND.match(text, start)
        if m is None and self.kind is None and _heading_goes_on(text, start):
            return self  # "I. CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH": the heading, wrapped
        if m is None and self.kind in (None, _UNMARKED) and cites_first:
            # items with no marker, each a reference: "I. CĂN CỨ PHÁP LÝ" / "Luật Giao dịch
            # điện tử (sửa đổi) ngày 22/6/2023;" / "Nghị định số 42/2022/NĐ-CP ..."
            return ListCue(self.governed, _UNMARKED)
        kind = next((k for k, v in m.groupdict().items() if v), None) if m else None
        if kind is None or (self.kind is not None and kind != self.kind):
            return None
        return self if self.kind else ListCue(self.governed, kind)


def _heading_goes_on(text: str, start: int) -> bool:
    """Whether the line at `start` is the rest of a heading wrapped onto it: a few upper-case
    words alone, no number."""
    line = line_from(text, start).strip(" \t\r*:|")
    return 0 < len(line) <= 60 and line.isupper() and not any(c.isdigit() for c in line)


def _list_cue(folded: str, start: int, end: int) -> ListCue | None:
    runs = cue_runs(folded, start, end, [])  # any cue, changing ones too: "Bãi bỏ các văn bản sau:"
    if runs and _LIST_INTRO.match(folded, runs[-1].end, end):
        return ListCue(Governed(None, runs[-1].relation, runs[-1].words))
    return None


def list_opened(folded: str, start: int, end: int, under: ListCue | None = None
                ) -> ListCue | None:
    """The list that the sentence at `start`, which holds no reference, opens: after a cue and
    a colon, after a colon ending documents that expire, under a heading of legal bases (or a
    group of documents under the list of bases `under` the sentence, which a heading or "Căn cứ
    các văn bản sau:" opened), an article's heading or an appendix's."""
    colon = folded.rfind(":", start, end)
    opens_list = colon >= 0 and not folded[colon + 1:end].strip()
    if opens_list and (cue := _list_cue(folded, start, end)):
        return cue
    if opens_list and listed_documents_expire(folded, start, end):
        return ListCue(Governed(None, RelationType.SUPERSEDES, "het hieu luc"))
    if _BASIS_HEADING.match(folded, start, end):
        # "I. CĂN CỨ PHÁP LÝ", and with a colon, "Căn cứ pháp lý:", whose words are no list's
        # filler
        return ListCue(_BASES)
    if under is not None and under.governed == _BASES and _DOCUMENTS_HEADING.match(
            folded, start, end):
        return ListCue(_BASES)  # "I. CĂN CỨ" / "1. Các văn bản chỉ đạo" / "- Luật ..."
    if run := article_heading_cue(folded, start, end):
        return ListCue(Governed(None, run.relation, run.words))  # "Điều 1. Bãi bỏ ..."
    if run := appendix_list_cue(folded, start, end):
        return ListCue(Governed(None, run.relation, run.words), _APPENDIX)
    return None


def changers_listed(folded: str, start: int, end: int, subject: int) -> ListCue | None:
    """The list under "X ..., được sửa đổi, bổ sung bởi:", the head of a consolidated text
    (VBHN), whose items each change X, the mention `subject` that opens the sentence: "Luật
    Thủy lợi số 08/2017/QH14 ..., được sửa đổi, bổ sung bởi:" / "1. Luật số 35/2018/QH14 ..."
    / "2. Luật Doanh nghiệp số 59/2020/QH14 ..." (each amends 08)."""
    by = _CHANGERS_LISTED.search(folded, max(start, end - 16), end)
    runs = cue_runs(folded, start, by.start(), []) if by else []
    if runs and runs[-1].relation in CHANGES and not folded[runs[-1].end:by.start()].strip():
        changer = Governed(None, RelationType.CITES, None)  # the citing text only cites it
        return ListCue(Governed(subject, runs[-1].relation, runs[-1].words, changer))
    return None
