"""From how each reference of a text is governed to its relations: one edge per (source,
target), of the most specific type stated, with the sentence that states it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.law_numbers import NAME_YEAR_AFTER, NAMES_JOINED
from extract.models import DocumentKey, Relation, RelationType
from extract.ranks import (
    ACTS_ON,
    cannot_change,
    carried_out_by_none,
    details,
    guides_no_party_document,
    issued_before,
    numbered_in_earlier_year,
    out_of_time,
)
from extract.symbol_context import Mention
from extract.tables import LAW


@dataclass(frozen=True, slots=True)
class Governed:
    """The cue a mention is governed by, and the mention it relates to (None: the citing
    document)."""

    parent: int | None  # index of the mention this one is nested under, or None (self)
    relation: RelationType
    cue: str | None
    # "X được sửa đổi, bổ sung bởi Y": Y relates to X, and to self as `own` says.
    own: Governed | None = None
    # "(Thông tư này) được thay thế bởi Y", with no X before: Y relates to self.
    acts_on_self: bool = False


def name_holding(folded: str, mentions: list[Mention], governed: list[Governed], k: int
                 ) -> tuple[int, int] | None:
    """The mention whose name holds mention `k`, governed under it, and where that name ends,
    past its year: "Luật sửa đổi Luật Quy hoạch, ... và Luật Đấu thầu 2024" holds "Luật Đấu
    thầu"."""
    holder = governed[k].parent
    if holder is None or mentions[holder].ref.end < mentions[k].ref.end:
        return None
    end = mentions[holder].ref.end
    year = NAME_YEAR_AFTER.match(folded, end)
    return holder, year.end() if year else end


def governed_in_time(mentions: list[Mention], governed: list[Governed], subject: int, i: int,
                     relation: RelationType, cue: str | None) -> Governed:
    """Mention `i` governed by `relation` as `subject`'s, whose subject names it, unless that is
    numbered in an earlier year; then as the one's naming it in turn, else the citing
    document's, whose act no change is ("Thông tư 19/2016 hướng dẫn ... Nghị định 35/2015 ...
    theo ... Nghị định 01/2017", a title of 2017: neither cites 01)."""
    at: int | None = subject
    while at is not None and numbered_in_earlier_year(mentions[at].ref, mentions[i].ref):
        outer = governed[at]
        at = outer.parent if outer.own is None else None
    if at is None and relation in ACTS_ON:
        return Governed(None, RelationType.CITES, None)
    return Governed(at, relation, cue)


def _amending_name(mention: Mention) -> bool:
    """An amending law's name, whose context ends before its cue, "sửa đổi, bổ sung"."""
    return mention.ref.kind == "name" and mention.context_end < mention.ref.end


def past_amending_name(folded: str, mentions: list[Mention], parent: int, prev: int, k: int
                       ) -> bool:
    """Whether mention `k`, after the laws the amending law `parent` lists in its name (the
    last of them `prev`), is no law it amends: another amending law's name, listed beside it
    ("Luật sửa đổi ... của Luật Tổ chức Tòa án nhân dân, Luật sửa đổi ... của Luật Tổ chức
    Viện kiểm sát nhân dân"), or a reference that more than a list's join stands before ("Luật
    sửa đổi ... của Luật Tổ chức VKSND, Viện trưởng ... cho biết ... tại Nghị quyết số
    18-NQ/TW"), or one that is no law or ordinance ("... thi hành Luật sửa đổi, bổ sung một số
    điều của Bộ luật Hình sự và Nghị quyết số 33/2009/QH12 của Quốc hội về việc thi hành
    Luật")."""
    holder = mentions[parent]
    if not _amending_name(holder) or mentions[k].ref.start < holder.ref.end:
        return False
    key = mentions[k].ref.key
    return _amending_name(mentions[k]) or key is not None and key.type not in (LAW, "PL") or (
        not NAMES_JOINED.fullmatch(folded, mentions[prev].context_end, mentions[k].ref.start))


_ENFORCING = re.compile(r"[\s*]*(?:(?:Để|ĐỂ)\s+(?:thi hành|THI HÀNH)|Thi hành|THI HÀNH)\b")


def _enforcing_opening(text: str, sentence_start: int, at: int) -> bool:
    """Whether the last "thi hành" before `at` in its sentence opens the sentence or a line."""
    k = max(text.rfind(word, sentence_start, at) for word in ("thi hành", "Thi hành", "THI HÀNH"))
    if k < 0:
        return False
    m = _ENFORCING.match(text, max(sentence_start, text.rfind("\n", 0, k) + 1))
    return m is not None and m.end() == k + len("thi hành")


def collect_relations(text: str, spans: list[tuple[int, int]], sentence_of: list[int],
                      mentions: list[Mention], governed: list[Governed],
                      self_key: DocumentKey) -> list[Relation]:
    """One relation per (source, target): the most specific type, with its sentence."""
    # (source, target) -> [times stated, relation, cue, sentence index]; Relations made at the end
    found: dict[tuple[DocumentKey, DocumentKey], list] = {}

    def offer(source: DocumentKey, relation: RelationType, target: DocumentKey, i: int,
              cue: str | None) -> None:
        if source == target:
            return
        if cannot_change(relation, source, target) or (
                relation is RelationType.IMPLEMENTS and carried_out_by_none(target)):
            relation, cue = RelationType.CITES, None
        elif relation is RelationType.GUIDES and guides_no_party_document(source, target):
            relation = RelationType.IMPLEMENTS  # a State body carries the Party's out
        elif (cue == "thi hanh" and relation is RelationType.IMPLEMENTS and details(source, target)
              and (source != self_key or _enforcing_opening(
                  text, spans[sentence_of[i]][0], mentions[i].ref.start))):
            # (the citing one's own "thi hành" is often in another's subject, "... trong tổ
            # chức thi hành Luật", but not where it opens a sentence or line: a circular's "Thi hành
            # Nghị định số 100/CP ngày 18/12/1993 ..., Bộ Tài chính hướng dẫn ...", each decree
            # of a list that runs over lines)
            relation = RelationType.GUIDES
        entry = found.get((source, target))
        if entry is None:
            found[source, target] = [1, relation, cue, sentence_of[i]]
            return
        entry[0] += 1
        if relation.specificity > entry[1].specificity:
            entry[1:] = relation, cue, sentence_of[i]

    for i, mention in enumerate(mentions):
        target = mention.ref.key
        if target is None:
            continue
        g = governed[i]
        if g.acts_on_self:
            # "Điều này được sửa đổi theo X" in a consolidated text (VBHN) is of the document it
            # consolidates; an older X changes nothing later ("... Thông tư này đã được điều
            # chỉnh theo Nghị định số 108/2021/NĐ-CP": the pensions were)
            if self_key.type != "VBHN" and not issued_before(target, self_key):
                offer(target, g.relation, self_key, i, g.cue)
            # ... which cites X, unless X was issued after it: a portal's note on the page of
            # 2895, "Quyết định 2895/QĐ-UBND 2017 ... đã được thay thế bởi Quyết định 891/QĐ-UBND
            # 2019 ..."
            if not issued_before(self_key, target):
                offer(self_key, RelationType.CITES, target, i, None)
        elif g.parent is None:
            offer(self_key, g.relation, target, i, g.cue)
        elif g.own is not None:  # passive: the later document acts on the earlier one
            offer(self_key, g.own.relation, target, i, g.own.cue)
            source = mentions[g.parent].ref
            if source.key is not None and not out_of_time(g.relation, mention.ref, source):
                offer(target, g.relation, source.key, i, g.cue)
        else:
            offer(self_key, RelationType.CITES, target, i, None)
            source = mentions[g.parent].ref
            if source.key is not None and not out_of_time(g.relation, source, mention.ref):
                offer(source.key, g.relation, target, i, g.cue)
    # One string per sentence, shared by every relation it states: a "Căn cứ" sentence listing
    # ten documents is held once, not ten times, down to the store (100k plans: 2.67M
    # relationships, 1.27M sentences).
    sentences: dict[int, str] = {}
    relations = []
    for (source, target), (times, relation, cue, number) in found.items():
        s_start, s_end = spans[number]
        sentence = sentences.get(number)
        if sentence is None:
            sentence = sentences[number] = " ".join(text[s_start:s_end].split())
        relations.append(Relation(source, relation, target, sentence, s_start, s_end, cue,
                                  source == self_key, times))
    return relations
