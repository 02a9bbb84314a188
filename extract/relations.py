"""Typing the relations a text states, from the cue words around each reference.

A cue ("thực hiện", "căn cứ", "sửa đổi, bổ sung", ...) governs the references that follow it
in its sentence, up to the next cue: "Tiếp tục quán triệt, triển khai thực hiện Nghị quyết số
25-NQ/TW ...; Kết luận số 114-KL/TW ...; Chỉ thị số 33/CT-TTg" implements all three. A cue
standing right after a reference's own date and issuer ("Kế hoạch số 115-KH/TU ... về thực
hiện Kết luận số 43-KL/TW") relates that reference to the next one instead: the plan
implements the conclusion, and the citing document only cites it. A footnote inherits the cue
that governs its marker. One edge per pair keeps the most specific type stated (`edges`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from extract.cues import (
    CHANGES,
    PASSIVE,
    CueRun,
    SentenceCues,
    cue_runs,
    is_passive,
)
from extract.edges import (
    Governed,
    collect_relations,
    governed_in_time,
    name_holding,
    past_amending_name,
)
from extract.gaps import (
    adjacent,
    bracket_owner,
    drafted,
    in_short_names,
    nests,
    opens_clause,
    outside_changers_list,
    replacement_bracket,
    restated_head,
    said_of_own_part,
    said_of_self,
    takes_effect,
)
from extract.issued import (
    acts_of_the_announced,
    announced_as,
    bases_of_reported_acts,
    issued_for_the_purpose,
)
from extract.listed_changes import expires_with_self
from extract.lists import ListCue, changers_listed, list_opened
from extract.models import DocumentKey, Reference, Relation, RelationType, evolve
from extract.ranks import (
    cannot_change,
    carries_out_no,
    not_issued_after,
    out_of_time,
    ranks_above,
    replaces_its_kind,
)
from extract.sentences import (
    FOOTNOTE_MARK,
    FOOTNOTE_MARKER,
    ITEM_KIND,
    footnote_number,
    sentence_spans,
)
from extract.symbol_context import Mention

_AND = re.compile(r"[\s,]*va\s+")
_AND_OR_COMMA = re.compile(r"\s*(?:,[\s,]*(?:va\s+)?|va\s+)")
_CLOSED = re.compile(r"\s*\)")  # a bracket closing after a reference
_BY = re.compile(r"[\s,*]*boi\b")  # "bởi": the reference after it is the actor
_COMMA_PASSIVE = re.compile(r"[,(;]\s*(?:da\s+)?(?:duoc|bi)\s*$")
_FOOTNOTE_START = re.compile(rf"\s*({FOOTNOTE_MARK})")
_NOTE_START = re.compile(rf"\s*(?:{FOOTNOTE_MARK}|\d{{1,2}}[ \t]+)(?:[ĐđÐ]ược\s+)?$")


# Direct cues spelled with their marks, whose folded words other words share
_SPELLED_CUES = {"thay": "thay", "can": "căn"}


def _governing(text: str, folded: str, runs: list[CueRun], anchors: list[int]
               ) -> list[CueRun]:
    """The runs that govern a reference at one of `anchors`. Cues that change a document
    (amends, supersedes, repeals, guides), the direct cues ("theo") and proposed changes count
    only right before one: "rà soát, sửa đổi, bổ sung ... văn bản mới cho phù hợp với Luật X"
    does not amend X.
    """
    anchors = sorted(anchors)

    def next_anchor(pos: int) -> int:  # only the nearest can be adjacent: the others lie past it
        k = bisect_left(anchors, pos)
        return anchors[k] if k < len(anchors) else -1

    governing = []
    for r in runs:
        if r.words in _SPELLED_CUES and text[r.start:r.end].lower() != _SPELLED_CUES[r.words]:
            continue  # "người ta thấy, Luật ..." (sees), which folds as "thay" (replaces) does;
            # "cần Luật ..." (needs) as "căn" ("căn cứ" with "cứ" lost) does
        if not r.adjacent_only or adjacent(text, folded, r.end, next_anchor(r.end)):
            governing.append(r)
        elif not r.direct and r.relation is not RelationType.CITES:
            # A change that governs nothing still ends the cue before it: in "thực hiện lồng
            # ghép ... trong sửa đổi, bổ sung 04 Luật (Luật Đường sắt; ...)" the laws are cited.
            governing.append(evolve(r, relation=RelationType.CITES, words=None))
    return governing


def type_relations(text: str, folded: str, mentions: list[Mention],
                   self_key: DocumentKey, self_at: Sequence[int] = ()) -> list[Relation]:
    """Relations from `self_key` to each resolved mention, and between cited documents;
    `self_at`: where the text names itself, in order."""
    spans = sentence_spans(text)
    governed: list[Governed] = []
    footnote_cue: dict[str, Governed] = {}  # footnote number -> the cue at its marker
    starts = [start for start, _ in spans]  # the sentence each mention stands in
    sentence_of = [max(0, bisect_right(starts, m.ref.start) - 1) for m in mentions]
    i = 0
    listed: ListCue | None = None
    announced: dict[str, int | None] = {}  # type code -> the mention a page says was issued
    for number, (s_start, s_end) in enumerate(spans):
        if text[s_start:s_end].isspace():
            continue  # the line end between "1. ... ." and "2. ...": the list goes on past it
        inherited = _footnote_governor(text, s_start, footnote_cue)
        in_sentence = []
        while i < len(mentions) and sentence_of[i] == number:
            in_sentence.append(i)
            i += 1
        lead = _SPACES.match(text, s_start).end()  # where the sentence's words start
        above, listed = listed, listed and listed.continued_by(
            text, s_start, bool(in_sentence) and mentions[in_sentence[0]].ref.start == lead)
        if listed and inherited is None:
            inherited = listed.governed
        markers = [(m.start(), footnote_number(m.group()))
                   for m in FOOTNOTE_MARKER.finditer(text, s_start, s_end)
                   if m.start() > lead]  # not the footnote's own number
        if not in_sentence and (opened := list_opened(folded, s_start, s_end, above)) is not None:
            listed = opened
        if not in_sentence and not markers:
            continue
        # The sentence's cue runs, found once: every reference and marker is an anchor.
        anchors = [mentions[j].ref.start for j in in_sentence] + [p for p, _ in markers]
        runs = _governing(text, folded, cue_runs(folded, s_start, s_end, anchors), anchors)
        cues = SentenceCues(runs, _clauses(folded, [mentions[j] for j in in_sentence], s_start,
                                           s_end))
        for j in in_sentence:
            g = _govern(text, folded, mentions, governed, cues, j, in_sentence[0], s_start,
                        inherited, self_at)
            if (g.parent is not None and g.own is None and g.relation is RelationType.IMPLEMENTS
                    and carries_out_no(mentions[g.parent].ref.key, mentions[j].ref.key)):
                g = _sentence_level(cues, mentions[j].ref.start, inherited)  # the list's cue
            governed.append(g)
        first = mentions[in_sentence[0]].ref.start if in_sentence else -1
        if first >= 0 and _OPENS_SENTENCE.fullmatch(  # X heads its line (a header's run on)
                text, max(s_start, text.rfind("\n", 0, first) + 1), first) and (
                changers := changers_listed(folded, s_start, s_end, in_sentence[0])):
            listed = changers  # "X ..., được sửa đổi, bổ sung bởi:" and its list
        issued_for_the_purpose(folded, mentions, governed, in_sentence, s_start)
        if bisect_left(self_at, s_start) == bisect_left(self_at, s_end):  # names not itself
            bases_of_reported_acts(mentions, governed, in_sentence, runs)
        acts_of_the_announced(folded, mentions, governed, in_sentence, s_start, self_key,
                              announced)
        if in_sentence and (expiry := expires_with_self(folded, s_start, s_end)):
            # "... hết hiệu lực kể từ ngày Thông tư này có hiệu lực" on a news page: the
            # circular it announced ends them
            this = expiry.groupdict().get("this")  # "Thông tư " of "Thông tư này"
            actor = this and announced_as(folded, mentions, this, self_key, announced)
            actor = actor if actor is not None and actor < in_sentence[0] else None
            before = [j for j in in_sentence if mentions[j].ref.end <= expiry.start()]
            for j in before:  # not one a ";" parts from it, unless its own subject holds it
                if governed[j].parent is None and (j == before[-1] or ";" not in folded[
                        mentions[j].ref.end:expiry.start()]) and not _WHEN_BEFORE.search(
                        folded, max(0, mentions[j].ref.start - 16), mentions[j].ref.start):
                    governed[j] = Governed(actor, RelationType.SUPERSEDES, "het hieu luc")
        starts = [mentions[j].ref.start for j in in_sentence]
        for pos, note in markers:
            k = bisect_left(starts, pos)  # the sentence's mentions before the marker
            before = governed[in_sentence[k - 1]] if k else None
            footnote_cue.setdefault(note, _governed_at(cues, pos)
                if before is None or ";" in folded[mentions[in_sentence[k - 1]].ref.end:pos]
                else Governed(None, before.relation, before.cue))  # the marker's cue, of self
    return collect_relations(text, spans, sentence_of, mentions, governed, self_key)


# A time that another's expiry tells, not an act: "... có hiệu lực kể từ ngày Nghị quyết số
# 61/2022/QH15 hết hiệu lực thi hành" (from the day that resolution ends)
_WHEN_BEFORE = re.compile(r"\b(?:(?:(?:ke\s+)?tu|den|truoc|sau)\s+(?:ngay|khi)|khi)\s+$")

_SPACES = re.compile(r"\s*")
_OPENS_SENTENCE = re.compile(rf"\s*(?:{ITEM_KIND.pattern})?\s*")  # "1. X ...", "- X ...", "X ..."


def _footnote_governor(text: str, s_start: int, cues: dict[str, Governed]) -> Governed | None:
    m = _FOOTNOTE_START.match(text, s_start)
    return cues.get(footnote_number(m.group(1))) if m else None


def _govern(text: str, folded: str, mentions: list[Mention], governed: list[Governed],
            cues: SentenceCues, i: int, first: int, s_start: int,
            inherited: Governed | None, self_at: Sequence[int]) -> Governed:
    """How mention `i` is governed; `first` is the first mention of its sentence."""
    start = mentions[i].ref.start
    if in_short_names(folded, start):
        return Governed(None, RelationType.CITES, None)
    prev = i - 1 if i > first else None

    def sentence_cue() -> Governed:  # the cue the sentence puts on this reference
        return _governed_at(cues, start)

    def acted_on() -> int:  # what "X được sửa đổi bởi <this>" changes: X, or what X is under
        # "Nghị định số 78 ... hướng dẫn thi hành Luật X được sửa đổi, bổ sung bởi Nghị định
        # số 187": a decree changes no law, so it changes the decree X is named under
        parent = governed[prev].parent
        return (parent if parent is not None
                and ranks_above(mentions[prev].ref, mentions[i].ref) else prev)

    gap_start = mentions[prev].ref.end if prev is not None else s_start
    if gap_start > start:  # inside the previous one's name: "Luật sửa đổi ... của Luật X"
        gap_start = mentions[prev].context_end
        if gap_start > start:  # ... tied to its number: "... của Luật X số 62/2020/QH14"
            runs = cues.between(mentions[prev].ref.start, start)
            if runs:
                return Governed(prev, runs[-1].relation, runs[-1].words)
            gap_start = start
    runs = cues.between(gap_start, start)
    semicolon = ";" in folded[gap_start:start]
    last = runs[-1] if runs else None
    if (last is not None and (last.reported_act or opens_clause(folded, last.end, start))
            or drafted(folded, start)):
        return Governed(None, RelationType.CITES, None)
    if last is not None and adjacent(text, folded, last.end, start):
        context_end = mentions[prev].context_end if prev is not None else start
        if prev is not None and not semicolon and context_end <= last.start:
            # "X về thực hiện Y"; but "X, gắn với Y" is the citing document's: a direct cue
            # after a comma does not speak of X
            # ... but "X về kinh doanh xăng dầu được sửa đổi bởi Y": Y acts on X (below)
            subject, subject_end = prev, context_end
            if (held := name_holding(folded, mentions, governed, prev)) and held[1] <= last.start:
                subject, subject_end = held  # the law whose name holds X
            if (closed := _CLOSED.match(folded, context_end, last.start)) and (
                    owner := bracket_owner(folded, mentions, prev, first, last.start)) != prev:
                # the bracket after X holds what it is also called, or what changed it: "Luật
                # Công chứng số 53/2014/QH13 (Luật Công chứng năm 2014) thay thế ..." (53 does)
                subject, subject_end = owner, closed.end()
            if last.relation in CHANGES and takes_effect(folded, subject_end, last.start):
                while (outer := governed[subject]).parent is not None and outer.own is None:
                    subject = outer.parent  # the document whose subject names X: "Thông tư
                    # 04/2020/TT-BTP quy định chi tiết ... Luật hộ tịch, có hiệu lực ..."
                return Governed(subject, last.relation, last.words)  # "X có hiệu lực ..., thay
                # thế Y"
            if (last.relation is RelationType.SUPERSEDES and replacement_bracket(
                    folded, subject_end, last.start) and replaces_its_kind(
                    mentions[subject].ref, mentions[i].ref)):
                return Governed(subject, last.relation, last.words)  # "X (thay thế Y)"
            changes = last.relation in CHANGES  # (only a change's subject is read to its comma)
            opens = changes and _OPENS_SENTENCE.fullmatch(
                text, s_start, mentions[subject].ref.start) is not None
            if nests(text, folded, subject_end, last.start, changes, opens) and not (
                    last.direct and "," in folded[subject_end:last.start]) and not is_passive(
                    folded, last, subject_end) and not (  # "thực hiện X gắn với Y": both the
                    last.words == "gan voi" and not folded[subject_end:last.start].strip()) and (
                    not _basis_again(text, folded, last, subject_end)):
                if not ("," in folded[subject_end:last.start] and out_of_time(
                        last.relation, mentions[subject].ref, mentions[i].ref)):
                    return governed_in_time(mentions, governed, subject, i, last.relation,
                                            last.words)  # nothing of X's between
                # ... but after a comma X, older than Y, changes nothing of Y's: "... thay thế
                # Quyết định số 242/2014/QĐ-UBND ..., bãi bỏ Quyết định số 152/QĐ-UBND ngày 29
                # tháng 4 năm 2021" is the citing document's second act
                return Governed(None, last.relation, last.words)
            # "X về việc sửa đổi Y và thay thế Z": the subject of X goes on after Y, also past
            # a bracket after Y, "Y (đã được sửa đổi, bổ sung tại W) và bãi bỏ ... Z"
            owner = bracket_owner(folded, mentions, prev, first, start)
            outer = governed[owner]
            after = context_end if owner == prev else folded.rfind(")", 0, last.start) + 1
            if (outer.parent is not None and outer.own is None and not last.direct
                    and _AND.fullmatch(folded, after, last.start)):
                return Governed(outer.parent, last.relation, last.words)
            if PASSIVE.match(folded, context_end, last.start):
                return Governed(acted_on(), last.relation, last.words,
                                _by_the_changer(sentence_cue(), governed[prev]))
        # "... được thay thế bởi Y" (or "tại Y", "theo Y"): Y acts on the subject.
        if _BY.match(folded, last.end) or is_passive(folded, last, gap_start):
            if prev is not None and said_of_own_part(folded, mentions[prev].context_end,
                                                     last.start):
                return Governed(None, last.relation, last.words, acts_on_self=True)
            # (after a comma, of the document before, though its subject held a ";")
            if prev is not None and (not semicolon or _COMMA_PASSIVE.search(
                    folded, max(gap_start, last.start - 16), last.start)):
                # (the citing document's cue stands before the change's words, which are no
                # act of its own: "Căn cứ X; được sửa đổi, bổ sung tại Y" is based on Y too)
                return Governed(acted_on(), last.relation, last.words,
                                _by_the_changer(_governed_at(cues, last.start), governed[prev]))
            if _NOTE_START.match(text, s_start, last.start):  # "[4] Được hướng dẫn tại X":
                return Governed(None, RelationType.CITES, last.words)  # not "[3] Mẫu này ..."
            clause = folded.rfind(";", s_start, last.start) + 1 or s_start
            # ... this document, or its symbol: "Nghị quyết số 10/2009/NQ-HĐND ... bị bãi bỏ,
            # thay thế bởi Nghị quyết số 24/2011/NQ-HĐND" on a page of 10/2009
            named = bisect_left(self_at, clause)
            if not said_of_self(folded, clause, last.start) and not (
                    named < len(self_at) and self_at[named] < last.start):
                return Governed(None, RelationType.CITES, last.words)  # not "tiền lương tháng
                # ... được điều chỉnh theo X"
            return Governed(None, last.relation, last.words, acts_on_self=True)
        return Governed(None, last.relation, last.words)
    if (prev is not None and not semicolon and last is not None and last.words is not None
            and _AND_OR_COMMA.fullmatch(folded, mentions[prev].context_end, last.start)):
        # the citing document's next act, though words stand between it and the reference:
        # "thay thế X ... và đình chỉ việc thi hành Y" cites Y; no list goes on from X
        return Governed(None, last.relation, last.words)
    if prev is not None and not semicolon and (act := next(
            (r for r in runs if r.start >= mentions[prev].context_end), None)) and (
            act.words is not None and not folded[mentions[prev].context_end:act.start].strip()
            and not not_issued_after(mentions[prev].ref, mentions[i].ref)):
        # ... but X's own act when it follows X's body at once: "Nghị quyết số 09/2026/NQ-CP
        # ... của Chính phủ tạm ngưng hiệu lực và điều chỉnh thời hạn áp dụng Nghị định số
        # 46/2026/NĐ-CP" (09 suspends 46; the list had made 46 superseded with 09), unless X
        # is dated first: "Kế hoạch số 1602/KH-UBND ngày 21/7/2022 ... thực hiện Chương trình
        # ... và Kế hoạch số 1290/KH-UBND ngày 01/6/2023" (1290 is listed with 1602)
        return Governed(prev, act.relation, act.words)
    if prev is not None and not semicolon:
        # a list: "Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW", going on from the one a
        # bracket closed since stood after
        listed = governed[restated_head(folded, mentions, governed, prev,
                                        bracket_owner(folded, mentions, prev, first, start))]
        parent = mentions[listed.parent].ref if listed.parent is not None else None
        if not (parent is not None and listed.own is None and (
                not_issued_after(parent, mentions[i].ref)
                or listed.relation is RelationType.GUIDES
                and ranks_above(parent, mentions[i].ref, or_level=True))) and not (
                parent is not None and listed.relation in CHANGES
                and _beyond_its_power(listed, parent, mentions[i].ref)) and not (
                listed.relation in CHANGES and outside_changers_list(folded, mentions[i])) and not (
                listed.parent is not None
                and past_amending_name(folded, mentions, listed.parent, prev, i)):
            return listed
        # ... nor does a circular change a decree ("Nghị định số 123/2020/NĐ-CP ... được sửa
        # đổi, bổ sung bởi Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ...").
        # "Nghị định số 123/2015/NĐ-CP ... hướng dẫn ... Luật Hộ tịch và Quyết định số 101/QĐ-TTg
        # ngày 23/01/2017": a decree of 2015 guides nothing of 2017, nor a decree a circular of
        # its year ("... và Thông tư số 59/2003/TT-BTC"); the list goes on above it.
    return _sentence_level(cues, start, inherited)


def _beyond_its_power(listed: Governed, parent: Reference, ref: Reference) -> bool:
    """Whether `parent` could not make the change `listed` to `ref`, so that a list under it
    ends there: it ranks below it, or has no power over it ("Nghị định số 38/2023/NĐ-CP ... sửa
    đổi ... Nghị định số 27/2022/NĐ-CP ..., Chỉ thị số 21/CT-TTg ...": the directive is the
    letter's basis); not a list of what changed it ("X được sửa đổi bởi Y, Z", `own`)."""
    return ranks_above(parent, ref) or (
        listed.own is None and parent.key is not None and ref.key is not None
        and cannot_change(listed.relation, parent.key, ref.key))


def _basis_again(text: str, folded: str, run: CueRun, subject_end: int) -> bool:
    """Whether a "căn cứ" after a cited document opens the citing document's next basis, not
    one of that document's: after a comma ("căn cứ Luật Khiếu nại năm 2011, căn cứ Nghị định số
    124/2020/NĐ-CP ..."), or capitalised where a ";" was lost ("Căn cứ Luật Thống kê ngày
    23/11/2015 Căn cứ văn bản số 814/TCTK-PPCĐ ...")."""
    return run.relation is RelationType.BASED_ON and (
        "," in folded[subject_end:run.start] or text[run.start].isupper())


def _sentence_level(cues: SentenceCues, pos: int, inherited: Governed | None) -> Governed:
    """The citing document's relation to the reference at `pos`: the sentence's cue there,
    else the one a list or footnote inherits."""
    found = _governed_at(cues, pos)
    if found.cue is None and inherited is not None:
        # (an item under "X được sửa đổi bởi:" changes X: `changers_listed`)
        return inherited if inherited.own is not None else Governed(
            None, inherited.relation, inherited.cue)
    return found


def _clauses(folded: str, mentions: list[Mention], s_start: int, s_end: int
             ) -> list[tuple[int, int]]:
    """(start, end) of each cited document's clause in its sentence: it ends at the first ";"
    after its date and issuer (the ";"s found once: a sentence may hold thousands of both)."""
    semicolons = [m.start() for m in _SEMICOLON.finditer(folded, s_start, s_end)]
    ends = (bisect_left(semicolons, mention.context_end) for mention in mentions)
    return [(mention.ref.start, semicolons[k] if k < len(semicolons) else s_end)
            for mention, k in zip(mentions, ends, strict=True)]


_SEMICOLON = re.compile(";")


def _by_the_changer(cue: Governed, changed: Governed) -> Governed:
    """The citing document's relation to Y in "X được sửa đổi bởi Y", from the sentence's
    `cue`: a change it makes is to X, not to what changed X ("Luật sửa đổi ... Luật Đê điều ...
    đã được sửa đổi, bổ sung một số điều theo Luật số 15/2008/QH12" cites 15; it amended it);
    nor does what X does to it (X `changed` acts on the citing document: "Điều này được hướng
    dẫn bởi ... Nghị định 50/2010/NĐ-CP ... tại Nghị định 50/2010/NĐ-CP được sửa đổi bởi ... Nghị
    định 12/2015/NĐ-CP" cites 12; the law had GUIDED it)."""
    return (Governed(None, RelationType.CITES, None)
            if cue.relation in CHANGES or changed.acts_on_self else cue)


def _governed_at(cues: SentenceCues, pos: int) -> Governed:
    """The sentence-level cue at `pos`, CITES where none stands outside earlier clauses."""
    run = cues.at(pos)
    return Governed(None, RelationType.CITES, None) if run is None else Governed(
        None, run.relation, run.words)
