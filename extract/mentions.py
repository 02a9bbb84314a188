"""Every mention of a document in one text, with what the text says around it.

`read_mentions` returns unresolved `Reference`s (kind symbol, name or title) carrying the type
word, date, issuing body, Party term and subject; `resolve.py` turns them into keys.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Iterator

from extract.bodies import issuer_named_by
from extract.dates import narrated_adoption
from extract.find import (
    NUMBER_ALONE,
    NUMBER_WITH_YEAR,
    SHORT_NAME,
    SymbolMatch,
    find_symbols,
    number_as_symbol,
    type_word_before,
)
from extract.law_aliases import with_short_names
from extract.law_name_words import named_key
from extract.law_names import NameMatch, find_law_names
from extract.law_numbers import (
    NAME_YEAR_AFTER,
    REVISED_AFTER,
    more_numbered_laws,
    numbered_laws_listed,
    symbol_after_name,
    take_list_end_date,
)
from extract.models import DocumentKey, Reference, Repair, Status, evolve
from extract.normalize import fold
from extract.plenums import find_plenum_titles
from extract.sentences import footnote_start
from extract.spans import enclosure_test, overlap_test
from extract.subjects import subject_after
from extract.symbol_context import Mention, date_after, date_or_year_after, symbol_mention
from extract.tables import (
    is_central,
    issuer_of_type,
    may_be_of_term,
    symbol_of,
    type_of_number_alone,
)

# "Luật Tổ chức Chính phủ mới" (new): a later law than the namesake the text dates, of a year
# the text does not give
_NEWER_AFTER = re.compile(r"\s*\(?mới\b", re.IGNORECASE)  # not "môi", "mọi": read unfolded
_CLOSING_BRACKET = re.compile(r"[ \t]*\)")
_LONE_NUMBER = re.compile(rf"\s{NUMBER_ALONE}")
# ... and a number with its year, whose issuer a body named after it gives: "Quyết định
# 24/2017 của Thủ tướng", "Thông tư 11/2012 của Bộ GTVT" (a decree's is the Government's: `find`)
_NUMBER_YEAR_ALONE = re.compile(rf"\s{NUMBER_WITH_YEAR}(?!\s*[-‐–/])")
# What may follow a number that its date and body complete (`_numbered_by_body`), as the
# date's and the body's patterns start: "số 18 ngày ...", "(ngày ...)", "số 12 của Tỉnh ủy".
_DATE_OR_BODY_NEXT = re.compile(r"\s*+,?\s*(?:\(|ngay|cua\s|(?:tinh|huyen|xa|duoc|ban|ky|vao)\s)")
_LIST_JOIN = re.compile(r"\s*(?:,|va)\s*")
# A law's or an ordinance's enacting formula, at a line's or a clause's start (a copy that lost
# its line ends: "...; Quốc hội ban hành Luật ...")
_ENACTING = re.compile(r"(?:^|[;.])[ \t*]*(?:uy\s+ban\s+thuong\s+vu\s+)?quoc\s+hoi"
                       r"\s+ban\s+hanh\s+$", re.M)
# ... and the end of the formula, after the law's name: a footnote's mark, then a full stop or
# the line's end ("Quốc hội ban hành Luật Thủy lợi[1].")
_ENACTED_END = re.compile(r"[ \t]*(?:\[\d{1,3}\]|\d{1,2})?[ \t]*(?:\.|$)", re.M)


def _years_named(folded: str, names: list[NameMatch], in_amending: Callable[[int, int], bool]
                 ) -> dict[str, set[int]]:
    """The years the text dates each law's name by ("Luật Thống kê ngày 23 tháng 11 năm 2015"),
    outside an amending law's name, whose date after the amended law's name is its own."""
    years: dict[str, set[int]] = defaultdict(set)
    for n in names:
        if n.amending_cue is None and not in_amending(n.start, n.end):
            _, date, year = date_or_year_after(folded, n.end, NAME_YEAR_AFTER)
            if date or year:
                years[fold(n.name)].add(date.year if date else year)
    return years


def _numbers_the_amended(names: list[NameMatch], amending: NameMatch, number: Mention,
                         dated_years: dict[str, set[int]]) -> bool:
    """Whether the number after an amending law's name is the amended law's, the text dating that
    law in its year: "Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015; Căn cứ Luật sửa đổi ...
    của Luật Thống kê số 89/2015/QH13" (not of a law of 2008: "... của Luật Bảo hiểm y tế số
    46/2014/QH13" is the amending law)."""
    inner = next((n for n in names if n.end == amending.end and n.start > amending.start), None)
    return inner is not None and number.match.year in dated_years.get(fold(inner.name), ())


def read_mentions(text: str, folded: str, skip: tuple[int, int] | None = None) -> list[Mention]:
    """All mentions in `text` (NFC) in order; `skip` is the document's own `Số:` symbol."""
    notes = footnote_start(text)
    mentions: list[Mention] = []
    symbols = find_symbols(text)
    symbol_end = {s.start: s.end for s in symbols}  # by start: a text may hold thousands
    for sym in symbols:
        if skip and sym.start < skip[1] and sym.end > skip[0]:
            continue
        mentions.append(symbol_mention(text, folded, sym, notes))
    at_symbol = {m.match.start: i for i, m in enumerate(mentions)}  # symbol start -> mention
    at_symbol_end = {m.match.end: i for i, m in enumerate(mentions)}
    # The enacting formula names the text's own law: "Quốc hội ban hành Luật sửa đổi, bổ sung
    # một số điều của Luật Doanh nghiệp số 59/2020/QH14" cites 59/2020, the law it amends; so
    # does it where the name ends it, "Quốc hội ban hành Luật Dược." (no basis of its own law)
    names = [n for n in with_short_names(text, find_law_names(text))
             if not _ENACTING.search(folded, max(0, n.start - 60), n.start)
             or n.amending_cue is None and not _ENACTED_END.match(folded, n.end)]
    untied = []
    # amending laws' names are the only ones that hold names
    amending = [(n.start, n.end) for n in names if n.amending_cue is not None]
    in_amending = enclosure_test(amending)
    dated_years = _years_named(folded, names, in_amending) if amending else {}
    amending_tied = set()  # symbols tied to an amending law's name
    amended_list: dict[int, list[int]] = {}  # amending law's name -> the laws listed after it
    for name in names:
        tied = symbol_after_name(folded, name.end, symbol_end)
        # "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14": the number is
        # the amending law's, not that of the law it amends, whose name ends where it does.
        lists = (tied is not None and name.amending_cue is not None
                 and more_numbered_laws(folded, symbol_end[tied]))
        if lists:
            amended_list[name.start] = numbered_laws_listed(folded, tied, symbol_end)
        if tied is None or tied in amending_tied or lists or (
                name.amending_cue is not None and tied in at_symbol
                and _numbers_the_amended(names, name, mentions[at_symbol[tied]], dated_years)):
            untied.append(name)
            continue
        if name.amending_cue is not None:
            amending_tied.add(tied)
        # "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15": one mention, named and numbered, of
        # its name's type ("Pháp lệnh sửa đổi ... số 04/2008/UBTVQH12" is an ordinance)
        if tied in at_symbol:
            m = mentions[at_symbol[tied]]
            mentions[at_symbol[tied]] = evolve(m, ref=evolve(
                m.ref, name=name.name, start=name.start, text=text[name.start:m.ref.end],
                type_word="phap lenh" if folded.startswith("phap lenh", name.start) else "luat"))
    in_symbol = overlap_test([(m.ref.start, m.ref.end) for m in mentions])  # names tied too
    for name in untied:
        inner = in_amending(name.start, name.end)
        if in_symbol(name.start, name.start + 1) and not inner:
            continue
        # "Luật Đất đai năm 2013": the year tells which of the laws of that name, if several.
        # ... also past "(sửa đổi)", the name a law has while it replaces its namesake: "Luật
        # Giao dịch điện tử (sửa đổi) ngày 22/6/2023" is the law of 2023
        past = REVISED_AFTER.match(folded, name.end)
        end, date, year = (date_or_year_after(folded, past.end() if past else name.end,
                                              NAME_YEAR_AFTER) if not inner
                           else (name.end, None, None))
        if past and date is None and year is None:
            end = name.end
        if date is None and year is None and name.start in amended_list:
            date = take_list_end_date(mentions, at_symbol, amended_list[name.start])
        elif date is None and year is None and not inner:  # "... Quốc hội đã thông qua Luật X"
            date = narrated_adoption(folded, name.start)
        newer = not (inner or date or year) and _NEWER_AFTER.match(text, name.end)
        mentions.append(Mention(
            Reference(kind="name", text=name.name and text[name.start:name.end],
                      start=name.start, end=name.end, name=name.name, date=date, year=year,
                      key=named_key(name.name or "") if newer else None,
                      status=Status.NAMED if newer else Status.UNRESOLVED,
                      in_footnote=name.start >= notes),
            # An amending law's context ends before its cue, which speaks of the laws after it.
            context_end=end if name.amending_cue is None else name.amending_cue,
        ))
    # Titles do not overlap one another: each is checked against the mentions so far, by
    # bisection (a text may hold thousands; a scan of them all for each was quadratic).
    in_mention = overlap_test([(m.ref.start, m.ref.end) for m in mentions])
    for title in find_plenum_titles(folded):
        if title.symbol_at is not None:  # "Nghị quyết Trung ương 7 (khóa XI) số 25-NQ/TW"
            if title.symbol_at in at_symbol:  # not the document's own symbol
                m = mentions[at_symbol[title.symbol_at]]
                mentions[at_symbol[title.symbol_at]] = evolve(m, ref=evolve(
                    m.ref, start=title.start, text=text[title.start:m.ref.end],
                    type_word="nghi quyet", term=m.ref.term or title.term,
                    plenum=m.ref.plenum or title.plenum))
            continue
        if in_mention(title.start, title.start + 1):
            continue
        if (titled := _titled_in_brackets(folded, at_symbol_end, title.start)) is not None:
            # "Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị lần thứ 11 ... khóa XIII)": the
            # symbol's own title, one mention
            m = mentions[titled]
            pos, date = (title.end, m.ref.date) if m.ref.date else date_after(folded, title.end)
            mentions[titled] = Mention(evolve(
                m.ref, term=m.ref.term or title.term, plenum=m.ref.plenum or title.plenum,
                date=date, subject=m.ref.subject or subject_after(text, folded, pos)),
                max(m.context_end, pos), m.match)
            continue
        subject = subject_after(text, folded, title.end)
        mentions.append(Mention(
            Reference(kind="title", text=text[title.start:title.end], start=title.start,
                      end=title.end, type_word="nghi quyet", term=title.term,
                      plenum=title.plenum, subject=subject,
                      in_footnote=title.start >= notes),
            context_end=title.end,
        ))
    mentions.sort(key=lambda m: m.ref.start)
    _share_list_context(folded, mentions)
    mentions = _short_form_mentions(text, folded, mentions, notes)
    # A subject ends where the next reference begins ("về thực hiện ..., Nghị định số ...").
    for i, (m, after) in enumerate(zip(mentions, mentions[1:], strict=False)):
        if m.ref.subject and m.context_end < after.ref.start:
            trimmed = subject_after(text, folded, m.context_end, after.ref.start)
            if trimmed != m.ref.subject:
                mentions[i] = evolve(m, ref=evolve(m.ref, subject=trimmed))
    return mentions


def _titled_in_brackets(folded: str, at_symbol_end: dict[int, int], start: int) -> int | None:
    """The mention whose symbol ends right before the bracket that opens at `start`, if any."""
    opened = folded.rfind("(", max(0, start - 4), start)
    if opened < 0 or folded[opened + 1:start].strip():
        return None
    end = opened
    while end > 0 and folded[end - 1].isspace():
        end -= 1
    return at_symbol_end.get(end)


def _share_list_context(folded: str, mentions: list[Mention]) -> None:
    """One date and issuing body cover a list of documents of one kind: in "các Quyết định số
    217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị" both are of that day
    and body. Shared backwards, only across a bare comma or "và" between same-coded symbols,
    and not to a symbol the text dates otherwise ("Quyết định số 896/QĐ-TTg ngày 26/7/2022 ..."
    then "Căn cứ Quyết định số 896/QĐ-TTg và Quyết định số 1422/QĐ-TTg ngày 19/11/2024")."""
    dated: dict[tuple, set] = defaultdict(set)  # a symbol -> the dates its own mentions give
    for m in (m for m in mentions if m.match is not None and m.ref.date is not None):
        dated[_symbol_of(m.match)].add(m.ref.date)
    for i in range(len(mentions) - 2, -1, -1):
        m, after = mentions[i], mentions[i + 1]
        a, b = m.match, after.match
        if (a is None or b is None or m.ref.date or m.ref.issuing_body or not after.ref.date
                or after.ref.date not in dated.get(_symbol_of(a), (after.ref.date,))):
            continue
        if (a.type_code, a.issuer) != (b.type_code, b.issuer) or after.ref.type_word not in (
                None, m.ref.type_word):  # "các Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày ..."
            continue
        if a.year is not None and a.year != after.ref.date.year:
            continue
        if _LIST_JOIN.fullmatch(folded, m.context_end, after.ref.start):
            mentions[i] = evolve(m, ref=evolve(m.ref, date=after.ref.date,
                                               issuing_body=after.ref.issuing_body))


def _short_form_mentions(text: str, folded: str, mentions: list[Mention],
                         notes: int) -> list[Mention]:
    """`mentions` with every short form of a symbol the text cites: with "Chỉ thị số 33/CT-TTg"
    in the text, each "Chỉ thị 33" or "Chỉ thị số 33" is a mention of that document, before it
    too (a headline's), unless the text cites two symbols under that word and number (numbers
    repeat across issuers and years) or the short form's own date is another. A short name
    the text declares ("(sau đây gọi tắt là Chỉ thị số 12)") names the symbol before it,
    whatever else the text cites. So is a number with the year of a symbol the text cites
    ("Nghị quyết 194/2025" beside 194/2025/QH15), and one with its year that the body after it
    completes, as a number with its date is (`_numbered_by_body`)."""
    # (type word, number) -> the first mention, or None when two symbols share them
    cited: dict[tuple[str, str], Mention | None] = {}
    for m in mentions:
        if m.match is not None and m.ref.type_word is not None:
            first = cited.setdefault((m.ref.type_word, m.match.number), m)
            if first is not None and not _same_document(first, m):
                cited[m.ref.type_word, m.match.number] = None
    declarations = []
    for declared in SHORT_NAME.finditer(folded):
        full = [m for m in mentions if m.match and m.ref.start < declared.start()]
        number = declared.group("num").lstrip("0")
        if full and full[-1].match.number == number:
            cited[" ".join(declared.group("word").split()), number] = full[-1]
            declarations.append((declared.start(), declared.end()))
    numbers = {number for (_, number), full in cited.items() if full is not None}
    taken = overlap_test([*declarations, *((m.ref.start, m.ref.end) for m in mentions)])
    added: list[Mention] = []
    for n in _NUMBER_YEAR_ALONE.finditer(folded):
        at, end, year = n.start() + 1, n.end(), int(n.group("year"))
        word = type_word_before(folded, at)
        if word is None or taken(at, end):
            continue
        full = cited.get((word[1], n.group("num")))
        date = full.ref.date if full is not None else None
        symbol_year = (full.match.year or (date.year if date else None)) if full else None
        if full is not None and year == symbol_year and not (
                date and _dated_otherwise(folded, end, date)):
            # "Nghị quyết 194/2025" beside "Nghị quyết 194/2025/QH15": its year is the symbol's
            added.append(_short_form(text, folded, full, word[0], at, end, notes))
        elif _DATE_OR_BODY_NEXT.match(folded, end) and (
                numbered := _numbered_by_body(text, folded, at, end, word[1], notes, year)):
            added.append(numbered)
    for start, number_at, end, form in _short_forms(folded, numbers):
        if taken(start, end):
            continue  # the declaration itself, or part of a full mention
        if form not in cited:
            if numbered := _numbered_by_body(text, folded, number_at, end, form[0], notes):
                added.append(numbered)
            continue
        full = cited[form]
        if full is None:
            continue
        if full.ref.date and _dated_otherwise(folded, end, full.ref.date):
            # One number, another document: "Quyết định số 7 ngày 1/2/2022" beside 7/QĐ-UBND
            # of 2023 is the decision of 2022, a reference if its body completes the symbol.
            if numbered := _numbered_by_body(text, folded, number_at, end, form[0], notes):
                added.append(numbered)
            continue
        added.append(_short_form(text, folded, full, start, number_at, end, notes))
    return sorted(mentions + added, key=lambda m: m.ref.start) if added else mentions


def _short_form(text: str, folded: str, full: Mention, start: int, number_at: int, end: int,
                notes: int) -> Mention:
    """The mention of `full`'s document that its short form at `start`..`end` makes."""
    ref = evolve(full.ref, text=text[start:end], start=start, end=end, subject=None,
                 in_footnote=start >= notes)
    # A short form in brackets names the document before it ("Kết luận số 12-KL/TW ...
    # (Kết luận 12) về tiếp tục thực hiện Y"); what follows the bracket speaks of it.
    closed = _CLOSING_BRACKET.match(text, end)
    context_end = closed.end() if closed else end
    if full.ref.date is None and (own := _own_date(text, folded, number_at, end, full, notes)):
        # ... and one dated where the full one is not dates it: "Chỉ thị số 05 ngày
        # 15/5/2016 của Bộ Chính trị" beside "Chỉ thị số 05-CT/TW của Bộ Chính trị"
        ref, context_end = evolve(ref, date=own.ref.date), own.context_end
    return Mention(ref, context_end, full.match)


def _own_date(text: str, folded: str, number_at: int, end: int, full: Mention, notes: int
              ) -> Mention | None:
    """The short form's own mention if it carries a date of its symbol's year, else None."""
    if not _DATE_OR_BODY_NEXT.match(folded, end):
        return None
    match = full.match
    own = symbol_mention(text, folded, number_as_symbol(number_at, end, text[number_at:end],
                                                        match.type_code, match.issuer), notes)
    date = own.ref.date
    return own if date is not None and match.year in (None, date.year) else None


def _dated_otherwise(folded: str, end: int, date: dt.date) -> bool:
    """Whether a short form ending at `end` carries a date of its own other than `date`."""
    if not _DATE_OR_BODY_NEXT.match(folded, end):
        return False
    own = date_after(folded, end)[1]
    return own is not None and own != date


def _short_forms(folded: str, numbers: set[str]
                 ) -> Iterator[tuple[int, int, int, tuple[str, str]]]:
    """(start, number's start, end, (type word, number)) of each short form ("chi thi 33",
    "nghi quyet so 05") in `folded` of one of `numbers`, or followed by a date or a body.
    Found from the numbers standing alone, then the word before each: a pattern that starts
    with any type word is three times slower to search."""
    for n in _LONE_NUMBER.finditer(folded):
        number = n.group("num")
        if number in numbers or _DATE_OR_BODY_NEXT.match(folded, n.end()):
            word = type_word_before(folded, n.start() + 1)
            if word is not None:
                yield word[0], n.start() + 1, n.end(), (word[1], number)


def _numbered_by_body(text: str, folded: str, number_at: int, end: int, word: str,
                      notes: int, year: int | None = None) -> Mention | None:
    """A document cited by type word and number with the date and issuing body that complete
    its unprinted symbol, as reports and news write ("thực hiện Nghị quyết số 18 ngày
    25-10-2017 của Ban Chấp hành Trung ương Đảng"), or a central body alone, whose symbol then
    lacks its year as a symbol printed without a date does ("quán triệt Quy định số 126 của Ban
    Chấp hành Trung ương"). Otherwise a number is no reference: a province's "Nghị quyết 35 của
    HĐND tỉnh" with no year is any year's and, in a news item, any province's. `year`: printed
    after the number ("Quyết định 24/2017 của Thủ tướng"), as a date's year serves."""
    type_code = type_of_number_alone(word)
    if type_code is None:
        return None
    printed = text[number_at:end]
    number = printed.split("/")[0]
    mention = symbol_mention(text, folded, number_as_symbol(number_at, end, number, type_code,
                                                             ""), notes)
    issuer = issuer_named_by(mention.ref.issuing_body)
    issuer = issuer and issuer_of_type(type_code, issuer)
    dated = mention.ref.date.year if mention.ref.date else year
    if issuer is None or dated is None and not is_central(issuer) or year not in (None, dated):
        return None
    match = evolve(number_as_symbol(number_at, end, number, type_code, issuer), printed=printed,
                   year=year)
    whole = symbol_of(DocumentKey(type_code, match.number, issuer, dated))
    repair = Repair("symbol", printed, whole, f"no symbol printed: the number, date and issuing "
                                              f"body ({mention.ref.issuing_body}) complete it")
    return Mention(evolve(mention.ref, repairs=(repair,)), mention.context_end, match)


def _same_document(a: Mention, b: Mention) -> bool:
    """Whether two mentions may name one document: one symbol, not dated in two years ("Kế
    hoạch số 35/KH-UBND" is another plan each year), nor in two Party terms (two `18-NQ/TW`,
    "(khóa XII)" and "(khóa XIII)")."""
    x, y = a.match, b.match
    if _symbol_of(x) != _symbol_of(y):
        return False
    if a.ref.term and b.ref.term and a.ref.term != b.ref.term:
        return False
    a_year, b_year = (m.ref.date.year if m.ref.date else None for m in (a, b))
    return (not (a_year and b_year and a_year != b_year)
            and may_be_of_term(x.issuer, a_year, b.ref.term)
            and may_be_of_term(x.issuer, b_year, a.ref.term))


def _symbol_of(match: SymbolMatch) -> tuple:
    return match.number, match.year, match.type_code, match.issuer
