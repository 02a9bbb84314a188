"""Resolving mentions to `DocumentKey`s, in a document and across a corpus.

The rules of `gold/README.md`: the year comes from the symbol or the date; the province of a
local issuer from the citing document unless the text names another; an undated mention takes
the date of a dated mention of the same symbol in the same document, else the single matching
document known to the corpus (or, for a Central Committee resolution of a stated term, to
`known.py`), else it stays undated. Printed typos are repaired from the words around them (type
word vs type code, central body vs local code, conflicting dates: the majority), each repair
recorded on the reference."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from extract.bodies import (
    is_central_document,
    issuer_named_by,
    party_code_of_body,
    tax_office_letter,
)
from extract.districts import province_of_body
from extract.known import PLENUM_RESOLUTIONS
from extract.law_name_words import constitution_of, named_key
from extract.models import DocumentKey, Reference, Repair, Status, evolve
from extract.naming import revised_law, short_form_of
from extract.normalize import fold, fold_chars, fold_words
from extract.tables import (
    ASSEMBLY_ISSUERS,
    DECREES_AND_CIRCULARS,
    TYPE_WORDS,
    agreeing_type_code,
    assembly_issuer_of_year,
    may_be_of_term,
    type_of_codeless,
)

_MIN_SUBJECT_OVERLAP = 0.7
_TAKES_EFFECT_WITHIN = 2  # years from a law's adoption to its effect: 11/2016 -> 1/1/2018
LAW_WITNESSES = 2  # documents dating a law known by name alone before a bare name is that law
_MAX_SUBJECTS = 8  # distinct subjects kept per document: enough to match a cited title
_PUNCTUATION = str.maketrans({c: " " for c in "“”\"'*()[]{},.;:!?-–/"})


@dataclass(slots=True)
class KnownDocument:
    key: DocumentKey
    date: dt.date | None = None
    term: str | None = None
    plenum: str | None = None  # "5": the Central Committee plenum that adopted a resolution
    subjects: list[frozenset[str]] = field(default_factory=list)


class CorpusIndex:
    """What the corpus (or a store) knows: dated documents, law names, Party resolution titles.

    Built from every document of a corpus before references are resolved, so that a mention in
    one file can be completed by another; `graph/` preloads it with what a store holds.
    """

    def __init__(self) -> None:
        self._documents: dict[DocumentKey, KnownDocument] = {}
        self._by_symbol: dict[tuple, set[DocumentKey]] = defaultdict(set)
        # folded name -> the laws of that name (a numbered law, or one known by name and date:
        # "Luật Đất đai" of 2013 and of 2024 are two laws), and the name's folded words
        self._laws: dict[str, tuple[list[DocumentKey], list[str]]] = {}
        self._resolutions: dict[str | None, set[DocumentKey]] = defaultdict(set)  # NQ/TW by term
        # folded name -> the days the corpus dates it by (a law re-enacted within a year is two)
        self._law_days: dict[str, set[dt.date]] = {}
        # a law known by name alone -> the documents that date it themselves (two are enough)
        self._dated_by: dict[str, set[str]] = {}  # by the law's id: one id, several spellings

    def add(self, key: DocumentKey, date: dt.date | None = None, term: str | None = None,
            subject: str | None = None, name: str | None = None,
            plenum: str | None = None, dated_by: tuple[str, ...] = ()) -> None:
        known = self._documents.setdefault(key, KnownDocument(key))
        known.date = known.date or date
        known.term = known.term or term
        known.plenum = known.plenum or plenum
        # Subjects are matched for Party resolutions alone (`by_title`): kept for every
        # document, they were most of the index (3k plans: 23 MB -> 4.4, in each process).
        titled = is_plenum_resolution(key)
        if titled and subject and len(known.subjects) < _MAX_SUBJECTS:
            words = _words(subject)
            if words not in known.subjects:
                known.subjects.append(words)
        if key.year is not None and key.number is not None:
            self._by_symbol[symbol_base(key)].add(key)
            if titled:
                self._resolutions[known.term].add(key)
                if known.term is not None:
                    self._resolutions[None].discard(key)
        if name:
            folded = fold(name)
            keys = self._laws.setdefault(folded, ([], [fold(w) for w in name.split()]))[0]
            if key not in keys:
                keys.append(key)
            if date is not None:
                self._law_days.setdefault(folded, set()).add(date)
        if dated_by and key.number is None:
            witnesses = self._dated_by.setdefault(key.id, set())
            for witness in dated_by:
                if len(witnesses) < LAW_WITNESSES:  # not all: 100k plans date one law
                    witnesses.add(witness)

    def date_of(self, key: DocumentKey) -> dt.date | None:
        known = self._documents.get(key)
        return known.date if known else None

    def term_of(self, key: DocumentKey) -> str | None:
        known = self._documents.get(key)
        return known.term if known else None

    def dated(self, key: DocumentKey) -> list[DocumentKey]:
        """Dated documents with the same type, number, issuer and province as `key`."""
        return sorted(self._by_symbol.get(symbol_base(key), ()), key=lambda k: k.year or 0)

    def law(self, name: str, date: dt.date | None = None, year: int | None = None,
            as_of: dt.date | None = None, year_named: bool = False,
            citing: DocumentKey | None = None) -> DocumentKey | None:
        """The law a name (or a short form of it) stands for, of those the corpus knows by that
        name: adopted on `date`'s year if the mention is dated ("Luật Đất đai ngày 18 tháng 01
        năm 2024"), else the latest adopted by `year` ("Luật Đất đai năm 2013": `year_named`,
        or the citing document's year, and its day `as_of`; none if all are later: a plan of
        2020 does not carry out the law of 2022, but one the corpus does not know), else the
        latest; a bare name is no law that one text alone dates (`_witnessed`); a
        numbered one before one known by name alone. One known by name a year or two after a
        numbered law of that name is that law, named by the year it took effect ("Luật Dân quân
        tự vệ 2020" is 48/2019/QH14, "Luật tín ngưỡng, tôn giáo năm 2018" 02/2016/QH14) or
        misdated ("Luật Ban hành văn bản quy phạm pháp luật ngày 22 tháng 6 năm 2016")."""
        folded, words = fold(name), [fold(w) for w in name.split()]
        entry = self._laws.get(folded)
        if entry is None:
            entry = short_form_of(words, self._laws.values())
            if entry is None:
                return None
        keys = entry[0]
        if date is not None:
            keys = [k for k in keys if k.year == date.year]
            numbered = sorted((k for k in keys if k.number is not None and k.number.isdigit()),
                              key=lambda k: int(k.number))
            days = sorted(d for d in self._law_days.get(folded, ()) if d.year == date.year)
            if len({k.number for k in numbered}) == len(numbered) == len(days) > 1 and (
                    date in days):
                # a law re-enacted within its year: numbered in the order adopted, so in the
                # order of the days it is named by ("Luật Tổ chức chính quyền địa phương ngày 16
                # tháng 6 năm 2025" is 72/2025/QH15, "... ngày 19 tháng 02 năm 2025" 65/2025)
                return numbered[days.index(date)]
        elif year is not None:
            keys = [k for k in keys if (k.year or 0) <= year]
            keys = keys if year_named else self._witnessed(keys, citing)
            # ... and by its day, if an earlier law is known: a decision of 28/7/2014 names the
            # Luật Tổ chức Tòa án nhân dân of 2002, not of 24/11/2014 (a report on the bill names
            # the law it became); one law a year
            later = {k.year for k in keys if as_of is not None and (
                day := self.date_of(k)) is not None and day > as_of}
            keys = [k for k in keys if k.year not in later] or keys
        else:
            keys = self._witnessed(keys, citing)
        found = max(keys, key=lambda k: (k.year or 0, k.number is not None), default=None)
        if found is not None and found.number is None and found.year is not None:
            # (two laws of one name are never so close: a new law amends, and is named so)
            close = [k for k in entry[0] if k.number is not None
                     and 0 < found.year - (k.year or 0) <= _TAKES_EFFECT_WITHIN]
            if not close and (longer := short_form_of(words, self._laws.values())):
                # ... nor are a law and the one whose name it is a short form of: "Luật Quốc
                # tịch năm 2008" is "Luật Quốc tịch Việt Nam" (24/2008/QH12), named in full
                # elsewhere
                close = [k for k in longer[0] if k.number is not None
                         and 0 <= found.year - (k.year or 0) <= _TAKES_EFFECT_WITHIN]
            return close[0] if close else found
        return found

    def _witnessed(self, keys: list[DocumentKey], citing: DocumentKey | None
                   ) -> list[DocumentKey]:
        """The laws a bare name in the document `citing` may be where the corpus knows a
        numbered one of the name: not one that a single other text dates ("Luật Điện lực ngày
        25 tháng 01 năm 2013" in one decision had taken every later "Luật Điện lực", the law of
        2004, to a law of 2013), but one the citing text dates itself ("Căn cứ Luật Doanh
        nghiệp năm 2020; ... Luật Doanh nghiệp")."""
        if not any(k.number is not None for k in keys):
            return keys
        weak = [k for k in keys if k.number is None
                and len(self._dated_by.get(k.id, ())) < LAW_WITNESSES]
        own = citing.id if weak and citing is not None else None  # only now: ids cost
        return [k for k in keys if k not in weak or own in self._dated_by.get(k.id, ())]

    def by_title(self, term: str | None, plenum: str | None,
                 subject: str | None) -> list[DocumentKey]:
        """Party resolutions (NQ/TW) of that term whose subject matches the cited one, else
        those the cited plenum is known to have adopted."""
        keys = (self._resolutions.get(term, set()) if term is not None
                else set().union(*self._resolutions.values()))
        pool = [self._documents[k] for k in sorted(keys)
                if plenum is None or self._documents[k].plenum in (None, plenum)]
        if subject:
            wanted = _words(subject)
            scored = [(_subject_score(k, wanted), k.key) for k in pool]
            best = [key for score, key in scored if score >= _MIN_SUBJECT_OVERLAP]
            if best:
                return best
        # Not the term's only known resolution: a term has several, and the corpus may know
        # another plenum's alone.
        return [k.key for k in pool if plenum is not None and k.plenum == plenum]

    def closest_subject(self, keys: list[DocumentKey], subject: str) -> DocumentKey | None:
        """Of `keys`, the one whose known subject is closest to `subject`, if one is closer
        than the rest."""
        wanted = _words(subject)
        scored = sorted(((_subject_score(known, wanted), k)
                         for k in keys if (known := self._documents.get(k))), reverse=True)
        if scored and scored[0][0] >= _MIN_SUBJECT_OVERLAP and (
                len(scored) == 1 or scored[0][0] > scored[1][0]):
            return scored[0][1]
        return None


def is_plenum_resolution(key: DocumentKey) -> bool:
    """A Central Committee resolution (NQ/TW), which a text may cite by plenum and subject."""
    return key.type == "NQ" and key.issuer == "TW"


def symbol_base(key: DocumentKey) -> tuple:
    """What a symbol names apart from its year: type, number, issuer and province."""
    return key.type, key.number, fold(key.issuer), key.province


def _words(text: str) -> frozenset[str]:
    return frozenset(fold_chars(text).lower().translate(_PUNCTUATION).split())


def _subject_score(known: KnownDocument, wanted: frozenset[str]) -> float:
    """How well the cited subject's words match the closest subject known for a document."""
    return max((_overlap(wanted, s) for s in known.subjects), default=0.0)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


# --- one document ---------------------------------------------------------------------------

def symbol_key(ref: Reference, match, province: str | None) -> tuple[DocumentKey, list[Repair]]:
    """The key a symbol mention names, before dates are reconciled (year from the symbol, or
    from "năm 2023" after it)."""
    repairs: list[Repair] = []
    allowed = TYPE_WORDS.get(ref.type_word or "", ())
    type_code = match.type_code
    if type_code is None:
        type_code = allowed[0] if allowed else type_of_codeless(match.issuer)
    elif (agreed := agreeing_type_code(ref.type_word, type_code)) != type_code:
        repairs.append(Repair("type", type_code, agreed,
                              f"a {ref.type_word!r} carries the type code {agreed}"))
        type_code = agreed
    body, named = _issuing_body_facts(ref.issuing_body or "")
    type_code, issuer = tax_office_letter(type_code, match.issuer, ref.type_word, body)
    if (party := party_code_of_body(issuer, body)) != issuer:
        central = ", central" if party == "TW" else ""
        repairs.append(Repair("issuer", issuer, party, f"issued by {ref.issuing_body}{central}"))
        issuer = party
    if not issuer and (named_issuer := issuer_named_by(ref.issuing_body)):  # "117/2008/QĐ"
        repairs.append(Repair("issuer", issuer, named_issuer, f"issued by {ref.issuing_body}"))
        issuer = named_issuer
    if issuer == "TT" and body.startswith("thu tuong"):  # "449/QĐ-TTngày ... của Thủ tướng"
        repairs.append(Repair("issuer", issuer, "TTg", f"issued by {ref.issuing_body}"))
        issuer = "TTg"
    if (term := assembly_issuer_of_year(issuer, match.year)) != issuer:
        repairs.append(Repair("issuer", issuer, term, f"the Assembly's term in {match.year}"))
        issuer = term
    # Laws, ordinances, circulars, joint circulars and decrees are the centre's whatever code
    # their issuer has: a ministry of the past, "01/1998/TTLT-CN-NV" "của Liên bộ: Công nghiệp
    # - Nội vụ", or a code cut short, "Luật số 16/2023/Q" (each was the citing province's).
    # Not a thông tri, a Party's "07-TT/TU" or the Front's "06/TT-MTTQ-BTT".
    if is_central_document(issuer, body) or type_code in ASSEMBLY_ISSUERS or (
            type_code in DECREES_AND_CIRCULARS and match.shape != "party"
            and ref.type_word != "thong tri"):
        province = None
    elif named:
        province = named
    key = DocumentKey(type_code, match.number, issuer, match.year or ref.year, province)
    return key, repairs


def named_province(ref: Reference) -> str | None:
    """The province a reference's issuing body names, if any ("của UBND tỉnh Bến Tre")."""
    return _issuing_body_facts(ref.issuing_body or "")[1]


@lru_cache(maxsize=1 << 14)  # bodies recur: "Ủy ban nhân dân tỉnh", "Thủ tướng Chính phủ"
def _issuing_body_facts(body: str) -> tuple[str, str | None]:
    """An issuing body's words folded ("uy ban nhan dan tinh ben tre"), and the province it
    names, if any."""
    return fold_words(body), province_of_body(body)


# --- across the corpus -----------------------------------------------------------------------

def complete_reference(ref: Reference, index: CorpusIndex, year: int | None = None,
                       as_of: dt.date | None = None, citing: DocumentKey | None = None
                       ) -> Reference:
    """Resolve what one document could not: undated symbols, law names, plenum titles. `year`,
    `as_of` and `citing` (its key) are the citing document's: a law it names without a date
    was adopted by then."""
    if ref.kind == "symbol" and ref.status == Status.UNDATED and ref.key is not None:
        known = [k for k in index.dated(ref.key)
                 if may_be_of_term(k.issuer, k.year, ref.term)]
        if not known and (ref.term or ref.subject) and is_plenum_resolution(ref.key):
            # "Nghị quyết số 18-NQ/TW ... khóa XII": a term numbers its resolutions once, so
            # the plenums' resolutions `known.py` lists tell the date; so does the subject
            # ("Nghị quyết số 42-NQ/TW về tiếp tục đổi mới, nâng cao chất lượng chính sách xã
            # hội"), each term's resolution of that number being about something else
            index = _KNOWN_RESOLUTIONS
            known = ([k for k in index.dated(ref.key) if index.term_of(k) == ref.term]
                     if ref.term else
                     sorted(set(index.dated(ref.key)).intersection(
                         index.by_title(None, None, ref.subject)), key=lambda k: k.year or 0))
        if len(known) > 1 and (closest := resolution_by_subject(ref, known)):
            known = [closest]
        if len(known) == 1:
            return evolve(ref, key=known[0], date=index.date_of(known[0]),
                          status=Status.RESOLVED)
        if len(known) > 1:
            return evolve(ref, status=Status.AMBIGUOUS, candidates=tuple(known))
        return ref
    if ref.kind == "symbol" and ref.date is None and ref.key is not None:
        return evolve(ref, date=index.date_of(ref.key))
    if ref.kind == "name" and ref.key is None:
        key = (ref.year is None and ref.date is None and constitution_of(ref.name or "", as_of)
               ) or revised_law(index, ref.name or "", ref.date.year if ref.date else ref.year) or (
            index.law(ref.name or "", ref.date, ref.year or year, None if ref.year else as_of,
                      year_named=ref.year is not None, citing=citing))
        if key is not None:
            return evolve(ref, key=key, date=ref.date or index.date_of(key),
                          status=Status.RESOLVED if key.number is not None else Status.NAMED)
        # "Luật Đất đai năm 2013" names the law of that year, as "... ngày 29/11/2013" does
        return evolve(ref, key=named_key(ref.name or "", ref.date.year if ref.date else ref.year),
                      status=Status.NAMED)
    if ref.kind == "title" and ref.key is None:
        found = index.by_title(ref.term, ref.plenum, ref.subject)
        if not found:  # the plenums' resolutions known without a corpus
            index = _KNOWN_RESOLUTIONS
            found = index.by_title(ref.term, ref.plenum, ref.subject)
        if len(found) == 1:
            return evolve(ref, key=found[0], date=index.date_of(found[0]),
                          status=Status.RESOLVED)
        return evolve(ref, status=Status.AMBIGUOUS if found else Status.UNRESOLVED,
                      candidates=tuple(found))
    return ref


def settle_repeated_titles(refs: list[Reference]) -> list[Reference]:
    """A plenum's resolution the text names again by the plenum alone ("Nghị quyết Trung
    ương 4 (khóa XI)") is the one it named with a symbol or subject: the text speaks of one,
    though that plenum adopted several, unless it cites another of them too."""
    named: dict[tuple[str | None, str], dict[DocumentKey, dt.date | None]] = defaultdict(dict)
    for ref in refs:
        if ref.key is not None and ref.plenum and is_plenum_resolution(ref.key):
            named[ref.term, ref.plenum].setdefault(ref.key, ref.date)
            named[None, ref.plenum].setdefault(ref.key, ref.date)  # for a title without term
    if not named:
        return refs
    cited = {ref.key for ref in refs}
    settled = []
    for ref in refs:
        if ref.kind == "title" and ref.key is None and ref.plenum:
            known = named.get((ref.term, ref.plenum), {})
            others = cited.intersection(ref.candidates).difference(known)
            if len(known) == 1 and not others and (
                    not ref.candidates or next(iter(known)) in ref.candidates):
                [(key, date)] = known.items()
                ref = evolve(ref, key=key, date=ref.date or date, status=Status.RESOLVED,
                             candidates=())
        settled.append(ref)
    return settled


def resolution_by_subject(ref: Reference, keys: list[DocumentKey]) -> DocumentKey | None:
    """Of the Party resolutions `keys` that one symbol may be, the one whose subject, as
    `known.py` gives it, the reference's subject names: a term numbers its resolutions anew,
    and "Nghị quyết số 25-NQ/TW về ... công tác dân vận" is that of 2013, not the one of 2008 on
    youth that the text cites too."""
    if not ref.subject or not keys or not is_plenum_resolution(keys[0]):
        return None
    return _KNOWN_RESOLUTIONS.closest_subject(keys, ref.subject)


def _known_resolutions() -> CorpusIndex:
    index = CorpusIndex()
    for known in PLENUM_RESOLUTIONS:
        index.add(DocumentKey("NQ", known.number.lstrip("0"), "TW", known.date.year, None),
                  known.date, known.term, known.subject, plenum=known.plenum)
    return index


_KNOWN_RESOLUTIONS = _known_resolutions()
