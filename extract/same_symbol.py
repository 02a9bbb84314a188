"""The mentions of one symbol in one text: their dates reconciled (a misprinted date repaired
from the majority, an undated mention dated by the others, a year that is the citing plan's
set aside), and an undated mention named elsewhere as one dated document taking its key."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable

from extract.law_name_words import head_length, is_constitution
from extract.models import DocumentIdentity, DocumentKey, Reference, Repair, Status, evolve
from extract.resolve import resolution_by_subject, symbol_base
from extract.tables import LAW, YEAR_IN_SYMBOL, may_be_of_term


def dated_by_own_mentions(identity: DocumentIdentity, refs: list[Reference]
                          ) -> DocumentIdentity:
    """The document dated by the text's dated mentions of its own symbol, where no date line
    dates it: a page that prints it whole under a line citing it, "... tại Quy định số
    114-QĐ/TW ngày 11 tháng 7 năm 2023 Bộ Chính trị đã quy định ... giới thiệu toàn văn Quy
    định số 114-QĐ/TW". Only when they give one date."""
    key = identity.key
    if identity.date is not None or key.number is None:
        return identity
    dates = {r.date for r in refs
             if r.date is not None and r.key is not None and r.key.same_document(key)}
    if len(dates) != 1:
        return identity
    (date,) = dates
    return evolve(identity, date=date, key=evolve(key, year=key.year or date.year))


def titled_by_own_name(identity: DocumentIdentity, refs: list[Reference]) -> DocumentIdentity:
    """A law's page that prints its number but no title (a portal's record, "Số hiệu:
    41/2013/QH13", under "Điều 25 Luật bảo vệ và kiểm dịch thực vật 2013"): the name of a law
    that opens the text, of the law's year or its heading, is its own, so the name cited alone,
    here or elsewhere, is this law (it had been a second node)."""
    key = identity.key
    if key.type != LAW or key.number is None or identity.title:
        return identity
    first = next((r for r in refs if r.kind == "name" and r.name), None)
    if first is None or first.start > _OPENING or is_constitution(first.name):
        return identity
    year = first.date.year if first.date else first.year
    if year != key.year and not (year is None and first.name.isupper()):
        return identity  # the law's year, or its heading ("LUẬT BẢO HIỂM Y TẾ"): "Luật Thể dục,
        # thể thao sửa đổi 2018 số 26/2018/QH14" heads the amending law's page
    words = first.name.split()
    heads = head_length(words)  # "Bộ luật Lao động", a code
    return evolve(identity, title=" ".join(words[heads:]),
                  type_name=" ".join(words[:heads]).capitalize())


_OPENING = 400  # characters: a page's title line, over its record or the law's heading


def reconcile_dates(refs: list[Reference],
                    keys: list[tuple[DocumentKey, list[Repair]] | None]) -> list[Reference]:
    """Give each symbol mention its key (`keys[i]`, from `symbol_key`; None for names and
    titles) and its document's year and date, repairing minority typos.

    Mentions of one symbol whose dates differ in one field only (day, month or year) are the
    same document misprinted: the majority date wins. Dates that differ in more are different
    documents (the two `18-NQ/TW` of 2017 and 2022). Undated mentions take the date of the
    dated mentions when they name one document.
    """
    keys = _years_of_the_citing_text(refs, keys)
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, keyed in enumerate(keys):
        if keyed is not None:
            key = keyed[0]
            groups[symbol_base(key) + (key.year if key.type else None,)].append(i)
    out = list(refs)
    for indices in groups.values():
        documents = _documents_dated(refs[i].date for i in indices)
        for i in indices:
            ref, (key, key_repairs) = refs[i], keys[i]  # type: ignore[misc]
            date = ref.date
            repairs = [*ref.repairs, *key_repairs]
            if date is not None and date not in documents:
                majority = next(d for d in documents if _one_field_apart(date, d))
                repairs.append(Repair("date", date.isoformat(), majority.isoformat(),
                                      "other mentions of this symbol give the majority date"))
                date = majority
            status = Status.RESOLVED
            if date is None:
                dates = [d for d in documents if may_be_of_term(key.issuer, d.year, ref.term)]
                if len(dates) == 1:
                    date = dates[0]
                elif len({d.year for d in dates}) == 1:  # two dates of one year: one key
                    key = evolve(key, year=dates[0].year)
                elif len(dates) > 1:
                    candidates = [evolve(key, year=d.year) for d in dates]
                    chosen = resolution_by_subject(ref, candidates)
                    if chosen is None:
                        out[i] = evolve(ref, status=Status.AMBIGUOUS, key=None,
                                        repairs=tuple(repairs), candidates=tuple(candidates))
                        continue
                    date = dates[candidates.index(chosen)]
            year = key.year or (date.year if date else None)
            if year is None:
                status = Status.UNDATED
            if key.year != year:
                key = evolve(key, year=year)
            out[i] = evolve(ref, key=key, date=date, status=status, repairs=tuple(repairs))
    return out


def _years_of_the_citing_text(refs: list[Reference], keys: list[tuple[DocumentKey, list[Repair]]
                              | None]) -> list[tuple[DocumentKey, list[Repair]] | None]:
    """`keys`, where a year that only "năm" gives a symbol without one of its own is later than
    the one date its other mentions give: "Kế hoạch thực hiện Kết luận 01-KL/TW năm 2022" under
    "Kết luận số 01-KL/TW, ngày 18/5/2021" is the plan's year (it made a conclusion of 2022)."""
    dated: dict[tuple, set[dt.date]] = defaultdict(set)
    for ref, keyed in zip(refs, keys, strict=True):
        if keyed is not None and ref.date is not None:
            dated[symbol_base(keyed[0])].add(ref.date)
    out = list(keys)
    for i, (ref, keyed) in enumerate(zip(refs, keys, strict=True)):
        if (keyed is None or ref.date is not None or ref.year is None
                or keyed[0].year != ref.year or YEAR_IN_SYMBOL.search(ref.symbol or "")):
            continue
        dates = dated.get(symbol_base(keyed[0]), set())
        if len({d.year for d in dates}) == 1 and next(iter(dates)).year < ref.year:
            out[i] = (evolve(keyed[0], year=None), keyed[1])
    return out


def _documents_dated(dates: Iterable[dt.date | None]) -> list[dt.date]:
    """The distinct documents a symbol's mention dates name, the most mentioned first: a date
    one field apart from a more mentioned one is its typo."""
    dated = [d for d in dates if d]
    if len(dated) <= 1:  # most symbols are mentioned once in a text
        return dated
    documents: list[dt.date] = []
    for date, _ in Counter(dated).most_common():
        if not any(_one_field_apart(date, d) for d in documents):
            documents.append(date)
    return documents


def _one_field_apart(a: dt.date, b: dt.date) -> bool:
    return a == b or sum((a.day != b.day, a.month != b.month, a.year != b.year)) == 1


def dated_as_named(refs: list[Reference]) -> list[Reference]:
    """`refs`, an undated symbol the text names as one dated document elsewhere taking its key
    and date: "Nghị quyết số 33-NQ/TW ... khóa XI" is the resolution of 2014 (its term tells
    it), and so is "Nghị quyết số 33-NQ/TW" without a term two lines down (a node of its own),
    unless its term or its subject tells another ("Nghị quyết số 42-NQ/TW về du lịch")."""
    undated = [i for i, ref in enumerate(refs) if ref.kind == "symbol" and ref.key is not None
               and ref.key.year is None and ref.term is None and ref.subject is None]
    if not undated:
        return refs
    dated: dict[tuple, set[DocumentKey]] = defaultdict(set)
    dates: dict[DocumentKey, dt.date] = {}
    for ref in refs:
        if ref.kind == "symbol" and ref.key is not None and ref.key.year is not None:
            dated[symbol_base(ref.key)].add(ref.key)
            if ref.date:
                dates.setdefault(ref.key, ref.date)
    out = list(refs)
    for i in undated:
        if len(keys := dated.get(symbol_base(refs[i].key), ())) == 1:
            (key,) = keys
            out[i] = evolve(refs[i], key=key, status=Status.RESOLVED,
                            date=refs[i].date or dates.get(key))
    return out
