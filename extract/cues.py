"""Cue words in a sentence, merged into runs: where each run stands, the relation it states,
and whether it governs only the reference right after it (`relations.py` decides which)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from extract.cue_words import CUE_FILLER, CUES, DIRECT_CUES, PROPOSED_BEFORE, RUN_FILLER
from extract.models import RelationType
from extract.normalize import is_word_char
from extract.spans import overlap_test
from extract.tables import REVISED_MARK, TYPE_WORD_PATTERN

# The word boundary before a cue is checked in `cue_runs` (`_starts_word`): a pattern that starts
# with its alternatives lets `re` skip positions no cue starts at (a pass takes half the time).
_CUE_WORDS = re.compile(r"(?:" + "|".join(
    r"\s+".join(c.split()) for c, _ in sorted(CUES, key=lambda c: -len(c[0]))) + r")\b")
# "kèm theo" is matched to be skipped: it is no "theo" (see ATTACHMENT).
_DIRECT_WORDS = re.compile(r"(?:kem\s+theo|" + "|".join(
    r"\s+".join(c.split()) for c, _ in DIRECT_CUES) + r")\b")
_CUE_TYPE = {" ".join(c.split()): t for c, t in (*CUES, *DIRECT_CUES)}
# "được" or "bị" before a cue: the cue is passive, done to the reference before it. Also after
# "hiện" (now) or "đều" (all), and with the body that acts between: "Quy định 102-QĐ/TW ... hiện
# đã được Ban Chấp hành Trung ương Đảng thay thế bằng Quy định số 69-QĐ/TW" (not "được ban hành").
_AGENT = (r"(?:ban\s+(?!hanh\b)|bo\s+(?!sung\b)|chinh\s+phu|quoc\s+hoi|thu\s+tuong|uy\s+ban"
          r"|ubnd|hdnd|hoi\s+dong|(?:tinh|thanh|huyen)\s+uy)(?:(?!ban\s+hanh\b)[a-z\s]){0,60}?")
PASSIVE = re.compile(rf"[\s,(]*(?:(?:hien|deu|cung|da)\s+)*\b(?:duoc|bi)(?:\s+{_AGENT})?\s*$")
_PASSIVE_SPAN = 90  # how far before a cue its "được" may stand, a body between

# Cues that govern the rest of their sentence; the others only the reference they precede.
_SENTENCE_WIDE = frozenset({RelationType.IMPLEMENTS, RelationType.CITES, RelationType.BASED_ON})
CHANGES = frozenset({RelationType.AMENDS, RelationType.SUPERSEDES, RelationType.REPEALS})
_PROPOSED = re.compile(PROPOSED_BEFORE)  # a change proposed or assigned is not made
# ... and so is a guiding document whose issue is proposed: "trình Chính phủ ban hành Nghị định
# quy định chi tiết thi hành Luật Quản lý thuế" (a ministry's letter had GUIDED the law), or
# required, "yêu cầu sớm ban hành Nghị định quy định chi tiết ..." (a news item had)
_PROPOSED_ISSUE = re.compile(r"\b(?:trinh|de\s+nghi|de\s+xuat|kien\s+nghi|tham\s+muu|yeu\s+cau)"
                             r"(?:[\s,]+(?!cua\b)[^\W\d_]+){0,6}?[\s,]+ban\s+hanh\s+"
                             rf"(?:{TYPE_WORD_PATTERN})\s+$")
_RUN_JOIN = re.compile(RUN_FILLER + r"$")
_AMENDED_AND_REPEALED = {RelationType.AMENDS, RelationType.REPEALS}
# Documents that a cue right after them describes: "các văn bản (quy phạm pháp luật)", "các nghị
# định" (plural: not the citing document, whatever its type), "các Nghị định, Thông tư được ban
# hành về"; a guiding cue also after whose they are, "các nghị định của Chính phủ hướng dẫn ..."
# (not "Các Kế hoạch của UBND tỉnh triển khai Chỉ thị ...", carried out in its turn); or related
_DOCUMENTS = (r"\b(?:van\s+ban(?:\s+(?:quy\s+pham\s+)?phap\s+luat)?|(?:cac|nhung)\s+"
              rf"(?:{TYPE_WORD_PATTERN})(?:\s*(?:,|va|hoac)\s*(?:{TYPE_WORD_PATTERN}))*)"
              r"(?:\s+(?:da\s+)?duoc\s+ban\s+hanh(?:\s+ve)?)?"
              r"(?:\s+(?:co\s+)?lien\s+quan(?:\s+(?:den|toi))?|\s+de)?")  # to it, or meant for it
_DOCUMENTS_BEFORE = re.compile(_DOCUMENTS + r"\s+$")
_WHOSE_DOCUMENTS_BEFORE = re.compile(_DOCUMENTS + r"(?:\s+cua\s+[a-z]+(?:\s+[a-z]+){0,3})?\s+$")
# An article's heading is no such description: "Điều 1. Bãi bỏ toàn bộ văn bản quy phạm pháp
# luật" / "Bãi bỏ toàn bộ 14 văn bản ... sau đây:" repeals them.
ARTICLE_LINE = re.compile(r"[ \t|*#]*dieu\s+\d+[a-z]?\s*[.:]")


def _documents_before(folded: str, start: int, end: int, whose: bool = False) -> bool:
    """Whether documents a cue at `end` describes stand before it, not an article's heading;
    `whose`: also named with whose they are."""
    m = (_WHOSE_DOCUMENTS_BEFORE if whose else _DOCUMENTS_BEFORE).search(folded, start, end)
    if m is None or "\n" not in folded[m.start():end]:
        return m is not None
    return not ARTICLE_LINE.match(folded, folded.rfind("\n", 0, m.start()) + 1)


# ... and one document not yet numbered, in running text, that would change or guide: "khi Nghị định
# quy định chi tiết ...", "Thông tư mới thay thế ...", "Nghị quyết về việc sửa đổi ..."; not the
# citing document's heading over its title ("THÔNG TƯ" / "Hướng dẫn ..."), nor its preamble's "ban
# hành Thông tư hướng dẫn ..." (but "ban hành Thông tư mới sửa đổi ..." is a new one's), nor "Quyết
# định này thay thế ...", nor an amending law's name ("Luật sửa đổi, bổ sung ...", which amends the
# laws it names), nor a table cell's opening words, which speak of its row's document ("| Quyết định
# sửa đổi, bổ sung ..."): a word, or a list item's mark ("a) Nghị định quy định chi tiết ...") or a
# comma ("xây dựng Luật ... (sửa đổi), Nghị định hướng dẫn Luật ...") or a list's semicolon ("...;
# Nghị quyết sửa đổi, bổ sung ... Nghị quyết số 98/2023/QH15"), stands before it on its line (a
# heading stands alone, or after the date line's year in a text without line ends); a line may break
# after it. So are documents counted, "ban hành theo thẩm quyền 4 thông tư để quy định chi tiết Luật
# Đất đai" (the page had GUIDED the law), not a date line's year.
_UNNUMBERED_BEFORE = re.compile(rf"(?:(?<=[a-zđ).:,;][ \t])|(?<=[ \t]\d[ \t])|(?<=[ \t]\d\d[ \t]))"
                                rf"(?!(?:bo\s+)?luat\b|phap\s+lenh\b)"
                                rf"(?:(?<!ban\shanh\s)(?:{TYPE_WORD_PATTERN})(?:\s+moi)?"
                                rf"|(?:{TYPE_WORD_PATTERN})\s+moi)(?:\s+de|\s+ve(?:\s+viec)?)?\s+$")
# ... and one by its number alone, or its number and year, which name no reference: "Chính
# phủ vừa ban hành Nghị định 38 quy định chi tiết ... Luật Khí tượng thủy văn", "Thông tư liên
# tịch 01/2012 sửa đổi, bổ sung Thông tư liên tịch số 04/2002/TTLT/BCA-BNG" (a short form of a
# symbol the text gave is a reference, whose act it is)
_NUMBER_ALONE_BEFORE = re.compile(rf"(?<!\w)(?:{TYPE_WORD_PATTERN})\s+(?:so\s+)?\d{{1,5}}"
                                  r"(?:/(?:19|20)\d\d)?\s+$")
# ... and a law being revised, named with "(sửa đổi)": "dự thảo Luật Khoáng sản (sửa đổi) thay
# thế Luật Khoáng sản năm 2010" is the draft's act
_REVISED_BEFORE = re.compile(rf"{REVISED_MARK}\s*$")
# ... and a draft's, however long its subject, up to a number: "dự thảo Nghị định quy định tổ
# chức các cơ quan chuyên môn cấp tỉnh thay thế Nghị định số 24/2014/NĐ-CP" (not yet issued),
# also drafted changes, "Ủy ban dự thảo sửa đổi, bổ sung ... Hiến pháp năm 2013"
_DRAFT_BEFORE = re.compile(rf"\bdu\s+thao\s+(?:(?:{TYPE_WORD_PATTERN})\b[^.;:\d]{{0,120}})?$"
                           # ... or a bill: "thảo luận về 02 dự án luật sửa đổi Luật Tổ chức TAND"
                           r"|\bdu\s+an\s+(?:luat|phap\s+lenh)\b[^.;:\d]{0,120}$")
_IN_FORCE = re.compile(r"\bhieu\s+luc\s+$")
# "Đình chỉ (việc) thi hành", "tạm ngưng thực hiện": suspended, not done ("không ngừng", unceasing)
_SUSPENDED = re.compile(r"\b(?:(?:tam\s+)?dinh\s+chi|(?<!khong\s)(?:tam\s+)?ngung|tam\s+dung)"
                        r"(?:\s+viec)?\s+$")
# ... nor is what a run of cue words says is refused, ended or considered: "Không thực hiện
# Quyết định số 156-CT", "chấm dứt thực hiện", "xem xét sửa đổi, bổ sung ... Hiến pháp"
_NOT_DONE = re.compile(r"\b(?:khong|chua(?:\s+duoc)?|cham\s+dut|xem\s+xet)(?:\s+viec)?\s+$")
# ... nor what no document does: "chưa có văn bản nào được ban hành nhằm thay thế Luật X"
_BY_NO_DOCUMENT = re.compile(rf"\b(?:chua|khong)\s+co\s+(?:van\s+ban|{TYPE_WORD_PATTERN})\s+nao\b"
                             r"[^.;:]{0,60}$")
_AT = re.compile(r"\s+tai\b")
# "hướng dẫn của <body>" is guidance, a noun: a verb takes what it guides, not "của".
_WHOSE_GUIDANCE = re.compile(r"\s+cua\b")
# "phương pháp điều chỉnh"; "chịu sự điều chỉnh của Luật ..." (is subject to it)
_SCOPE = re.compile(r"\b(?:pham\s+vi|doi\s+tuong|phuong\s+phap|chiu\s+su)\s+$")
_JUDGMENTS_ENFORCED = re.compile(r"thi\s+hanh\s+an\b")  # "thi hành án", of judgments
_LAW_IN_GENERAL = re.compile(r"\s+phap\s+luat\b")
_GUIDANCE_BEFORE = re.compile(r"\bhuong\s+dan\s+$")  # ... before "bổ sung" (additional)
# "việc sửa đổi" (the amending of), its course, content, round, points ("quá trình/nội dung/lần/
# điểm sửa đổi") are a change spoken of, "gắn với việc sửa đổi, bổ sung Hiến pháp", unless a
# title, provision or document makes it: "Về việc sửa đổi ...", "quy định việc bãi bỏ", "có nội
# dung sửa đổi"; so are its aim and principle, "Mục tiêu điều chỉnh" / "Luật Đất đai 2024 hướng
# đến ...", "nguyên tắc sửa đổi" (what to carry out can be an aim: "mục tiêu thực hiện Nghị quyết")
_CHANGE_SPOKEN_OF = re.compile(r"\b(?:viec(?:\s+ban\s+hanh)?|qua\s+trinh|noi\s+dung|lan|dot|diem"
                               r"|muc\s+tieu|nguyen\s+tac)\s+$")  # "việc (ban hành) sửa đổi"
_CHANGE_MADE = re.compile(r"\b(?:(?:ve|quy\s+dinh|cong\s+bo)\s+viec(?:\s+ban\s+hanh)?"
                          r"|co\s+noi\s+dung)\s+$")
# The document's own scope, its article 1: "Thông tư này hướng dẫn [what] theo quy định tại Nghị
# định số X" guides X, however long the what; it governs its sentence ("theo quy định" no cue).
_OWN_SCOPE = re.compile(rf"\b(?:{TYPE_WORD_PATTERN})\s+nay\s+$")
_AS_PROVIDED = re.compile(r"theo\s+(?:cac\s+)?quy\s+dinh\b")
# What may stand between a cue and the reference it governs: "một số điều", "khoản 2 Điều 5".
FILLER = re.compile(CUE_FILLER)
# "theo (các) hướng dẫn", and guidance as a kind of document: "văn bản chỉ đạo, hướng dẫn"
_GUIDANCE_FOLLOWED = re.compile(r"\b(?:theo\s+(?:(?:noi\s+dung|cac)\s+)?|"
                                r"van\s+ban\s+chi\s+dao,?\s+)$")


@dataclass(frozen=True, slots=True)
class CueRun:
    """Cue words standing together ("quán triệt, triển khai thực hiện"), most specific type."""

    start: int
    end: int
    relation: RelationType
    words: str | None  # as the cue is shown; None for a change that governs nothing
    adjacent_only: bool  # governs only a reference right after it: changes, "theo", proposals
    direct: bool = False  # a direct cue ("theo", "gắn với"): see `DIRECT_CUES`
    reported_act: bool = False  # a main clause after a basis, what a body did: see `_REPORTED_ACT`


class SentenceCues:
    """The runs that govern in one sentence, and the clauses of its cited documents (each from
    its start to the first ";" after its date and issuer): cue words in a clause ("Kế hoạch số
    115-KH/TU ... về thực hiện ...") speak of that document. Answered by bisection, since a
    sentence may hold thousands of references."""

    def __init__(self, runs: list[CueRun], clauses: list[tuple[int, int]]) -> None:
        self.runs = runs  # in order, none overlapping: their ends are in order too
        self._starts = [r.start for r in runs]
        self._ends = [r.end for r in runs]
        in_clause = overlap_test(clauses)
        self._last_free: list[int] = []  # for each run, the last one up to it in no clause
        last = -1
        for k, run in enumerate(runs):
            last = last if in_clause(run.start, run.start + 1) else k
            self._last_free.append(last)

    def between(self, start: int, end: int) -> list[CueRun]:
        """The runs that start at or after `start` and end by `end`."""
        return self.runs[bisect_left(self._starts, start):bisect_right(self._ends, end)]

    def at(self, pos: int) -> CueRun | None:
        """The last run ending by `pos` outside every clause: the sentence's cue there."""
        k = bisect_right(self._ends, pos) - 1
        free = self._last_free[k] if k >= 0 else -1
        return self.runs[free] if free >= 0 else None


def cue_runs(folded: str, start: int, end: int, anchors: list[int]) -> list[CueRun]:
    """Cue runs in folded[start:end]: adjacent cue words merged, the most specific type kept.
    `anchors` are the starts of the references in the range, whose type words are no cues."""
    joined: list[list] = []  # [start, end, most specific relation] of each run, as it grows
    starts = set(anchors)
    scope_end = -1  # where the cue words of a scope end, as they run on
    for m in _CUE_WORDS.finditer(folded, start, end):
        if m.start() in starts or not _starts_word(folded, m.start()):
            continue  # inside a word, or a reference's own type word ("Căn cứ Hướng dẫn số")
        if _IN_FORCE.search(folded, max(start, m.start() - 12), m.start()):
            continue  # "có hiệu lực thi hành kể từ ngày ký": in force, nothing carried out
        if _SUSPENDED.search(folded, max(start, m.start() - 20), m.start()):
            continue  # "đình chỉ việc thi hành Quyết định số ...": suspended (a mention)
        if _SCOPE.search(folded, max(start, m.start() - 12), m.start()) or (
                scope_end >= 0 and _RUN_JOIN.match(folded, scope_end, m.start())):
            # a scope, no change: "phạm vi điều chỉnh của Luật X", "phạm vi sửa đổi, bổ sung"
            scope_end = m.end()
            continue
        if _JUDGMENTS_ENFORCED.match(folded, m.start()):
            continue  # "thi hành án dân sự": the enforcement of judgments, no document's
        relation = _CUE_TYPE[" ".join(m.group().split())]
        if _LAW_IN_GENERAL.match(folded, m.end()):
            relation = RelationType.CITES  # "kết quả thi hành pháp luật về ...": law in general
        if m.group().startswith("bo") and _GUIDANCE_BEFORE.search(
                folded, max(start, m.start() - 12), m.start()):
            relation = RelationType.GUIDES  # "hướng dẫn bổ sung thực hiện Quy định ...": more
            # guidance (additional), no change to it
        joins = joined and _RUN_JOIN.match(folded, joined[-1][1], m.start())
        # "Hướng dẫn" right after "theo" or a cue is the guidance the text follows, a noun:
        # "theo hướng dẫn tại", "căn cứ hướng dẫn tại", "thực hiện hướng dẫn của" do not guide.
        # After a comma or "và" it is a verb again: "quán triệt, hướng dẫn thực hiện".
        followed = relation is RelationType.GUIDES and _GUIDANCE_FOLLOWED.search(
            folded, max(start, m.start() - 24), m.start())
        if followed and not (joined and followed.start() < joined[-1][1]):
            # "theo hướng dẫn": a run of its own, citing what it follows ("căn cứ theo hướng
            # dẫn" is the noun after "căn cứ theo", below)
            joined.append([followed.start(), m.end(), RelationType.CITES])
            continue
        if relation is RelationType.GUIDES and joins and not folded[
                joined[-1][1]:m.start()].strip():
            relation = joined[-1][2]
        elif relation is RelationType.GUIDES and _WHOSE_GUIDANCE.match(folded, m.end()):
            # "... và hướng dẫn của Bộ Nội vụ tại Công văn số ...": whose guidance, a noun; the
            # document is cited, as after "theo hướng dẫn"
            joined.append([m.start(), m.end(), RelationType.CITES])
            continue
        if joins:
            last = joined[-1]
            last[1] = m.end()
            if {relation, last[2]} == _AMENDED_AND_REPEALED:  # "sửa đổi, bổ sung, bãi bỏ một
                last[2] = RelationType.AMENDS  # số nội dung": changed, still in force
            elif relation.specificity > last[2].specificity:
                last[2] = relation
        else:
            joined.append([m.start(), m.end(), relation])
    runs: list[CueRun] = []
    for s, e, relation in joined:
        in_name = not starts.isdisjoint(range(s - 12, s))  # an amending law's, drafted or not
        proposed = (relation in CHANGES and _PROPOSED.search(folded, max(start, s - 80), s)
                    or relation is RelationType.GUIDES
                    and _PROPOSED_ISSUE.search(folded, max(start, s - 80), s))
        if proposed or _documents_before(folded, max(start, s - 64), s,
                                         whose=relation is RelationType.GUIDES) or (
                _REVISED_BEFORE.search(folded, max(start, s - 24), s)) or (
                relation not in _SENTENCE_WIDE and (_UNNUMBERED_BEFORE.search(
                    folded, max(start, s - 30), s) or (
                    alone := _NUMBER_ALONE_BEFORE.search(folded, max(start, s - 30), s))
                    and alone.start() not in starts or _DRAFT_BEFORE.search(
                    folded, max(start, s - 140), s) and not in_name)) or (
                relation in CHANGES and _CHANGE_SPOKEN_OF.search(folded, max(start, s - 20), s)
                and not _CHANGE_MADE.search(folded, max(start, s - 30), s)) or (
                _NOT_DONE.search(folded, max(start, s - 16), s)) or (
                _BY_NO_DOCUMENT.search(folded, max(start, s - 100), s)):
            # "đề xuất sửa đổi Nghị định số X": a change proposed cites X; "các văn bản quy
            # định chi tiết, hướng dẫn thi hành Luật X", "khi Nghị định quy định chi tiết Luật
            # X được ban hành": what other documents do cites X; so does a change spoken of
            relation = RelationType.CITES
        elif relation is RelationType.GUIDES and _AT.match(folded, e) and not PASSIVE.search(
                folded, max(start, s - _PASSIVE_SPAN), s):
            # where something is detailed or guided, a noun: "dữ liệu đặc tả quy định chi tiết
            # tại Mục 2 Phụ lục II ... Thông tư số 03/2022/TT-BTNMT", "nội dung hướng dẫn tại";
            # not "Luật X được hướng dẫn tại Thông tư Y", where Y guides X
            relation = RelationType.CITES
        own_scope = relation is RelationType.GUIDES and _OWN_SCOPE.search(
            folded, max(start, s - 40), s) is not None
        # Each run's words are read once (one space, as the cue is shown): a run may be long.
        words = " ".join(folded[proposed.start() if proposed else s:e].split())
        # (a passive "được thực hiện" carries out its subject, not a document named later)
        runs.append(CueRun(s, e, relation, words, adjacent_only=not own_scope and (
            bool(proposed) or relation not in _SENTENCE_WIDE or relation is RelationType.IMPLEMENTS
            and PASSIVE.search(folded, max(start, s - 40), s) is not None)))
    run_starts = [r.start for r in runs]
    for m in _DIRECT_WORDS.finditer(folded, start, end):
        words = " ".join(m.group().split())
        k = bisect_right(run_starts, m.start()) - 1
        # Not "kèm theo", nor a word of a longer cue ("căn cứ theo"), nor the "theo" of a
        # passive change ("được sửa đổi, bổ sung theo Nghị định số ...": by it).
        if (_starts_word(folded, m.start()) and not words.startswith("kem")
                and not (k >= 0 and m.start() < runs[k].end)
                and not (k >= 0 and _passive_change(folded, runs[k], m.start()))
                and not (k >= 0 and runs[k].relation is RelationType.GUIDES
                         and not runs[k].adjacent_only and _AS_PROVIDED.match(folded, m.start()))):
            runs.append(CueRun(m.start(), m.end(), _CUE_TYPE[words], words,
                               adjacent_only=not _PER_PROVISIONS.match(folded, m.start()),
                               direct=True))
    runs.sort(key=lambda r: r.start)
    return _with_reported_acts(folded, runs, end)


# A basis before a main clause that reports what a body did, after a comma (and its day): "Căn
# cứ vào Điều 13 Pháp lệnh pháp điển và Điều 17 Nghị định số 63/2013/NĐ-CP ..., Bộ Nông nghiệp
# và Phát triển nông thôn đã loại bỏ các quy định hết hiệu lực của Nghị định số 103/2013/NĐ-CP
# ...": "căn cứ" is that act's and reaches no further; what the act names is cited. So with a
# document that did it, "Căn cứ vào quy định của Luật này, Bộ luật Hình sự đã quy định ...".
_REPORTED_ACT = re.compile(r",\s*(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,\s*)?"
                           rf"(?:{_AGENT}|chu\s+tich[a-z\s]{{0,60}}?"
                           rf"|(?:{TYPE_WORD_PATTERN})\b[^,;.:]{{0,80}}?)"
                           r"\s*\b(?:da|vua)\s+(?!duoc\b|bi\b)")


def _with_reported_acts(folded: str, runs: list[CueRun], end: int) -> list[CueRun]:
    """`runs`, and after each basis the main clause that reports a body's act, if one stands
    before the next run: a run that cites what follows it (`reported_act`)."""
    acts = []
    for k, run in enumerate(runs):
        # (a direct basis, "trên cơ sở", governs only what follows it, but its sentence's act is
        # no less reported: "Trên cơ sở Chỉ thị số 30/CT-TW, Chính phủ đã thể chế hoá ...")
        if run.relation is not RelationType.BASED_ON or run.adjacent_only and not run.direct:
            continue
        # (up to the next run that governs its sentence: a cue in a cited document's subject,
        # "Nghị định số 63/2013/NĐ-CP quy định chi tiết ...", governs only what it names)
        until = next((r.start for r in runs[k + 1:] if not r.adjacent_only), end)
        if act := _REPORTED_ACT.search(folded, run.end, until):
            acts.append(CueRun(act.start(), act.start() + 1, RelationType.CITES, None,
                               adjacent_only=False, reported_act=True))
    return sorted(runs + acts, key=lambda r: r.start) if acts else runs


# "theo (đúng) quy định ..." (as provided): what follows in the sentence is followed, not carried
# out ("... được thực hiện theo đúng mức phí quy định tại Mục III ... Thông tư số ...")
_PER_PROVISIONS = re.compile(r"theo\s+(?:dung\b|quy\s+dinh\b)")


def _passive_change(folded: str, run: CueRun, pos: int) -> bool:
    """Whether `run` is a passive change ("được sửa đổi") that ends right before `pos`, or
    before the parts it changes ("được sửa đổi, bổ sung một số điều theo Luật số ...")."""
    return (run.relation in CHANGES and FILLER.fullmatch(folded, run.end, pos)
            is not None and is_passive(folded, run, 0))


def is_passive(folded: str, run: CueRun, floor: int) -> bool:
    """Whether "được" or "bị" (after `floor`) stands right before the cue `run`, one that acts
    on a document ("được sửa đổi", "bị bãi bỏ", "được hướng dẫn"), or a bracket before a change
    and its actor. After "được quán triệt" or "được triển khai" the document is what is briefed
    or carried out: "các đại biểu được quán triệt Chỉ thị số 35-CT/TW" does not make the
    directive act on the citing document."""
    if run.relation in _SENTENCE_WIDE:
        return False
    if PASSIVE.search(folded, max(floor, run.start - _PASSIVE_SPAN), run.start) is not None or (
            run.relation in CHANGES and _BY_NEXT.match(folded, run.end)):
        return True  # ("được" left out before "bởi": "Luật X năm 2001, sửa đổi bởi Luật Y")
    # ... or a bracket, "được" left out, before a change and who made it: "Nghị định số
    # 101/2017/NĐ-CP ... (sửa đổi, bổ sung tại Nghị định số 89/2021/NĐ-CP ...)" (it had amended 89)
    # ... or "được" before another verb and "và", an actor after the change: "Các vấn đề này
    # được quan tâm và sửa đổi, bổ sung tại Luật Lưu trữ năm 2024" (a news item had amended the
    # law; "Nghị định X được ban hành và thay thế Nghị định Y" is X's act)
    return (run.relation in CHANGES and _ACTOR_NEXT.match(folded, run.end) is not None
            and (_BRACKET_OPENS.search(folded, max(floor, run.start - 3), run.start) is not None
                 or _AND_AFTER_PASSIVE.search(folded, max(floor, run.start - 40), run.start)
                 is not None))


_BRACKET_OPENS = re.compile(r"\(\s*$")
_AND_AFTER_PASSIVE = re.compile(r"\b(?:duoc|bi)\s+(?:[^\W\d_]+\s+){1,3}va\s+$")
_ACTOR_NEXT = re.compile(r"\s*(?:tai|boi|theo)\b")
_BY_NEXT = re.compile(r"\s*boi\b")


def _starts_word(folded: str, pos: int) -> bool:
    return pos == 0 or not is_word_char(folded[pos - 1])
