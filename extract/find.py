"""Finding what names a document in running text: symbols and the type words before them (law
names: `law_names`; Party resolutions named by their plenum: `plenums`).

All functions take NFC text (see `normalize.to_nfc`) and return offsets into it. Symbol
patterns tolerate the noise of real files: line breaks and stray spaces inside the symbol
(`269-\\nQĐ/TU`, `114 -KL/TW`, `258/KH- UBND`), upper case (`28-CTR/TU`), Ð for Đ, a lost
hyphen (`61/2018/NĐCP`) or stroke (`96/2026NĐ-CP`) and leading zeros. Things that only look
like symbols (periods `2021 - 2025`, dates, `Điều 63`, percentages) have no letters where a
type or issuer must be.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import lru_cache

from extract.codes import (
    CUT_SHORT_ISSUERS,
    DASH,
    canonical_issuer,
    canonical_type,
    is_known_issuer,
)
from extract.normalize import LOWER, fold_chars
from extract.sentences import SUPERSCRIPTS
from extract.spans import overlap_test
from extract.tables import (
    PROMULGATION_ORDERS,
    TYPE_CODE_ALIASES,
    TYPE_CODES,
    TYPE_WORD_PATTERN,
    TYPE_WORDS,
    is_central,
    is_party_issuer,
)


def _code_pattern(code: str) -> str:
    # Case-insensitive letters; Đ also as Ð (look-alike) and D (text that lost its strokes).
    return "".join("[ĐÐđðDd]" if c in "ĐD" else f"[{c.upper()}{c.lower()}]" for c in code)


_TYPE = "(?:" + "|".join(_code_pattern(c) for c in sorted(
    (*TYPE_CODES, *TYPE_CODE_ALIASES), key=len, reverse=True)) + ")"
# Capitals and digits, "&" inside ("NN&PTNT", nông nghiệp và phát triển nông thôn); also Ư,
# for "TƯ" (Trung ương), which some texts write for TW, also with a full stop ("T.Ư", "T.W").
# Not followed by a word character, but a footnote's superscript ("35/KH-UBND¹") may follow.
# A full stop also joins the standing committee's "TT" to its council ("TT.HĐND", Thường trực
# HĐND): not a sentence's end run into the next word ("UBND.Trong", "UBND.UBND huyện").
_ISSUER = (rf"[A-ZĐÐ](?:\.[ƯW])?[A-ZĐÐƯa-zđð0-9&]*"  # ð: a font's Đ, "NQ-HðND"
           rf"(?:(?<=TT)\.[A-ZĐÐ]{{2}}[A-ZĐÐƯ0-9&]*(?![^\W\d_]))?"
           # a joint issuer's next code, also on the next line where a copy wrapped it at a
           # hyphen ("01/2022/TTLT-VKSNDTC-" / "TANDTC-BCA-BQP-BLĐTBXH") or after a space
           # typed behind it ("2004/BNNMT- TSKN"): capitals only there
           rf"(?:{DASH}(?:[A-ZĐÐ][A-ZĐÐƯa-zđð0-9&]*"
           rf"|(?:[ \t]*\r?\n[ \t]*|[ \t]{{1,2}})[A-ZĐÐ][A-ZĐÐƯ0-9&]*))*"
           # ... and a department numbered in Roman after "V" (Vụ), "11554/VPCP-V.I"
           rf"(?:(?<=-V)\.[IVX]{{1,4}})?"
           rf"(?![^\W{SUPERSCRIPTS}])")
_S = r"\s{0,24}"  # stray spaces, a line break and an indent, or a page's number blanked
# A hyphen with stray spaces, a full stop as some typists write it ("35/KH.UBND", also after a
# space, "7856/TTr .UBND"), a stroke ("19/2008/NQLT/CP-UBTUMTTQVN", also after a space, "42/NQ
# /TW"), or none (lost in PDF text).
_HYPHEN = rf"(?:{_S}{DASH}{_S}|[ \t]{{0,2}}[./](?=[A-ZĐÐ])|)"

# One number, then the shapes: matching the number once keeps the scan fast.
SYMBOL_PATTERN = re.compile(
    # Not inside a code or a longer number, but glued to "số" or a type word, as text from a
    # PDF runs words together ("số35/KH-UBND", "Quyết định393/QĐ-TTg"; see `find_symbols`).
    # A number may carry a letter: "Nghị quyết số 30c/NQ-CP".
    # The digit is checked first: most places fail there, before the look-behinds are tried.
    # Not a standard's year either: "QCVN 122:2024/BGTVT", "QCVN 06:2022/BXD", "QCVN
    # 01-MT:2015/BTNMT" (not a field's label: "Ký hiệu:1978/QĐ").
    # A normative one may carry a part after a dot: "66.4/2025/NQ-CP" (the Government's 2025
    # resolutions 66.1 to 66.13 on special mechanisms). Up to six digits: a city's tax
    # department writes more than 99,999 letters a year ("101322/CTHN-TTHT").
    rf"(?=\d)(?<!\d:)(?<!-[A-Z]:)(?<!-[A-Z]{{2}}:)(?<!-[A-Z]{{3}}:)(?:(?<![\w/.\-])|(?<=[{LOWER}Ố]))"
    rf"(?P<num>\d{{1,6}}(?:\.\d{{1,2}}(?=/(?:19|20)\d\d/))?[a-z]?){_S}(?:"
    # normative: 61/2018/NĐ-CP, 10/2022/QH15, 34/2007/PL-UBTVQH11
    # ... its second stroke lost, as OCR loses it, before a type code and its hyphen:
    # "96/2026NĐ-CP"; its first typed as a hyphen before the year: "19-2016/NQ-CP"
    rf"(?:/{_S}|{DASH}(?=(?:19|20)\d\d/))(?P<n_year>(?:19|20)\d\d)(?:{_S}/{_S}|(?={_TYPE}{DASH}))"
    rf"(?:(?P<n_type>{_TYPE}){_HYPHEN})?"
    rf"(?P<n_iss>{_ISSUER})"
    # Party: 25-NQ/TW, 05-CTr/BDVTU-BCSD
    rf"|{DASH}{_S}(?P<p_type>{_TYPE}){_S}/{_S}(?P<p_iss>{_ISSUER})"
    # ... or, as ministries numbered into the 1990s, its issuer first: "695-BYT/QĐ", "15-BTC/TT",
    # joint ones too: "01-TANDTC-VKSNDTC/TTLT"
    rf"|{DASH}{_S}(?P<o_iss>[A-ZĐÐ][A-ZĐÐ&]{{1,9}}(?:-[A-ZĐÐ][A-ZĐÐ&]{{1,9}}){{0,3}})"
    rf"{_S}/{_S}(?P<o_type>{_TYPE})(?![^\W_])"
    # ... its hyphen lost, or a space for it on the same line: "214 NQ/UBTVQH9"; a line end
    # only after "số" (`find_symbols`): "số 84" / "QĐ/TWĐTN", but not "năm 2021" / "KH/UBND"
    rf"|(?:(?<=[\da-z])|(?<=[\da-z][ \t])|(?<=[\da-z][ \t]{{2}})|(?<=\d\n)|(?<=\d\r\n))"
    rf"(?P<q_type>{_TYPE}){_S}/{_S}(?P<q_iss>{_ISSUER})"
    # administrative: 33/CT-TTg, 1772/KH-UBND-BDV
    rf"|/{_S}(?P<a_type>{_TYPE}){_HYPHEN}(?P<a_iss>{_ISSUER})"
    # without a type code: 123/UBND-VP (công văn), 73/CP (an old decree), also with a stroke
    # for the hyphen, as công văn were numbered into the 2000s: 2325/BKH/VPTĐ
    rf"|/{_S}(?P<c_iss>{_ISSUER}(?:/[ \t]{{0,3}}{_ISSUER})?)"
    # ... or after a hyphen, as central documents were numbered into the 1990s: 58-CP,
    # 406-TTg, 388-HĐBT (the issuer must be a known central one)
    rf"|{DASH}{_S}(?P<d_iss>{_ISSUER}))"
)


@dataclass(frozen=True, slots=True)
class SymbolMatch:
    """A symbol as printed, split into its parts (type and issuer in canonical spelling)."""

    start: int
    end: int
    printed: str
    number: str
    year: int | None
    type_code: str | None  # None when the symbol carries no type code
    issuer: str
    shape: str  # "party" | "administrative" | "normative"


# A number with no symbol after it: a short form's ("Chỉ thị 33"), or one whose issuer the text
# names ("Chỉ thị số 17 ngày ... của Tỉnh ủy"). Not "Kế hoạch 5 năm", nor the start of a symbol
# ("Kết luận số 114 -KL/TW").
NUMBER_ALONE = r"0*(?P<num>\d{1,5})(?![\w/]|\s*[-‐–/]|\.\d|\s+nam\b)"


def number_as_symbol(start: int, end: int, printed: str, type_code: str | None,
                     issuer: str) -> SymbolMatch:
    """The symbol a number printed alone stands for, its type and issuer known otherwise."""
    shape = "party" if is_party_issuer(issuer) else "administrative"
    number = printed.lstrip("0") or "0"
    return SymbolMatch(start, end, printed, number, None, type_code, issuer, shape)


# ... also after "Số:" or "số…." with no digit: "Số: / 2015/TT-BTP", "Nghị định số…./ 2015/NĐ-CP"
# (or at the start of what follows the label, as the own symbol is read)
_PLACEHOLDER_BEFORE = re.compile(r"(?:…[….]*|\.{2,}|\b[Ss][ốỐ][ \t]*:?|^)[ \t]*/[ \t]*$")


def find_symbols(text: str, labelled: bool = False) -> list[SymbolMatch]:
    """Every document symbol in `text`, in order. `labelled`: the text follows a header's "Số:"
    label, so that a symbol without a type code may be of an issuer not in our tables, as after
    "Công văn" (`1539/VLO-QLDN3`, a provincial tax office's)."""
    found = []
    for m in SYMBOL_PATTERN.finditer(text):
        if text[m.start() - 1:m.start()].isalpha() and _glued_to_a_word(text, m.start()):
            continue  # "ab12/KH-UBND": glued to a word that is no type word
        if text[m.start() - 1:m.start()] in ("%", "=") or text.startswith("%", m.end()):
            continue  # inside a web address: "vbpq-toanvan.aspx?...&Keyword=20/2019/TT-BL%C4%90"
        if _PLACEHOLDER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # a draft's number left blank: "Số …/ 2017 /NQ-HĐND" (2017 is its year)
        if m.group("num").strip("0abcdefghijklmnopqrstuvwxyz") == "":
            continue  # no document is numbered 0: an OCR's digits spaced out, "8 5 2 0/BCT-KHCN"
        before = fold_chars(text[max(0, m.start() - 16):m.start()])
        if _FORM_BEFORE.search(before) or _COMMITTEE_BEFORE.search(before):
            continue  # a form's number, "Mẫu số 09/PLIII", "mẫu số 02/BC-UBND": no document;
            # nor a steering committee's, named for its founding text: "Ban Chỉ đạo 138/CP"
        if m.group("q_type") and text[m.start("q_type") - 1] == "\n" and not _AFTER_SO.search(
                fold_chars(text[max(0, m.start() - 8):m.start()])):
            continue  # "năm 2021" / "KH/UBND": a line end is a hyphen's space only after "số"
        parts = _symbol_parts(m.group())
        if (parts is None or not _known_first(parts[3])) and (labelled or _LETTER_WORD.search(
                fold_chars(text[max(0, m.start() - 40):m.start()]))):
            parts = _symbol_parts(m.group(), letter=True)
        if (parts is not None and parts[2] and m.group("a_type")
                and m.end("a_type") == m.start("a_iss")
                and _typed_otherwise(text, m.start(), parts[2])
                and (other := _symbol_parts(m.group(), typed_otherwise=True)) is not None
                and _known_first(other[3])):
            parts = other  # "Quyết định số 202/TCCP-VC": TCCP's, not a thông cáo of "CP-VC"
        if parts is not None and parts[2] is None and "-" in parts[3]:
            parts = _type_code_last(text, m.start(), parts)  # "Quyết định 500/BYT-QĐ"
        end = m.end()
        if parts is None or not _known_first(parts[3]) or m.group().endswith(_CUT_SHORT):
            parts, end = _joined_issuer(text, m.group(), end, parts)  # "TT-BGD ĐT"
        elif parts[3] in _ASSEMBLY_CODES and (term := _SPACED_TERM.match(text, end)):
            parts, end = _symbol_parts(m.group() + term.group(1)) or parts, term.end()
        elif _SPACED_STROKE.search(m.group()) and (codes := _SPACED_CODES.match(text, end)):
            # a symbol typed with spaces throughout, "481 / TCT - CS": its codes go on
            parts = _symbol_parts(m.group() + "".join(codes.group().split())) or parts
            end = codes.end()
        if parts is not None:
            found += _numbers_sharing(text, m.start(), m.group(), parts)
            found.append(SymbolMatch(m.start(), end, text[m.start():end], *parts))
    return _with_decrees_by_number_and_year(text, found)


# A number and its year, no code after them: "Nghị định 137/2020", "Quyết định 24/2017 của Thủ
# tướng" (`mentions` reads that issuer from the body). Decrees are the Government's from 1993.
NUMBER_WITH_YEAR = rf"0*(?P<num>[1-9]\d{{0,4}})/(?P<year>(?:19|20)\d\d)(?![\w/]|\.\d|{DASH})"
_NUMBER_YEAR = re.compile(rf"(?<![\w/.]){NUMBER_WITH_YEAR}")
_DECREES_NUMBERED_BY_YEAR = 1993


def _with_decrees_by_number_and_year(text: str, found: list[SymbolMatch]) -> list[SymbolMatch]:
    """`found` with each decree's "number/year" after its type word, where no symbol is."""
    decrees = [SymbolMatch(m.start(), m.end(), m.group(), m.group("num"), int(m.group("year")),
                           "NĐ", "CP", "normative")
               for m in _NUMBER_YEAR.finditer(text)
               if int(m.group("year")) >= _DECREES_NUMBERED_BY_YEAR
               and _typed_before(text, m.start()) == ("NĐ",)]
    if not decrees:
        return found
    taken = overlap_test([(s.start, s.end) for s in found])
    decrees = [d for d in decrees if not taken(d.start, d.end)]
    return sorted(found + decrees, key=lambda s: s.start) if decrees else found


_AFTER_SO = re.compile(r"\bso\s*:?\s*$", re.IGNORECASE)
_SPACED_STROKE = re.compile(r"[ \t]/[ \t]")
_SPACED_CODES = re.compile(rf"(?:[ \t]+{DASH}[ \t]+[A-ZĐÐ][A-ZĐÐƯ0-9&]*(?![^\W\d_]))+")
_FORM_BEFORE = re.compile(r"\b(?:mau|bieu)(?:\s+(?:mau|bieu))?(?:\s+so)?\s*:?\s*$", re.IGNORECASE)
_COMMITTEE_BEFORE = re.compile(r"\bban\s+chi\s+dao\s*$", re.IGNORECASE)


def _folded_before(text: str, start: int) -> str:
    """The words right before a symbol's number at `start`, folded: where its type word and
    "số" stand."""
    return fold_chars(text[max(0, start - 48):start]).lower()


def _typed_before(text: str, start: int) -> tuple[str, ...]:
    """The type codes that a type word right before `start` names; () if none stands there."""
    before = _folded_before(text, start)
    word = type_word_before(before, len(before))
    return TYPE_WORDS.get(word[1], ()) if word else ()


def _typed_otherwise(text: str, start: int, code: str) -> bool:
    """Whether a type word right before `start` names another type than `code`."""
    codes = _typed_before(text, start)
    return bool(codes) and code not in codes


def _type_code_last(text: str, start: int, parts: tuple) -> tuple:
    """The parts of a symbol without a type code whose last code is the type the word before
    names, as ministries wrote into the 2000s: "Quyết định 500/BYT-QĐ" is 500-BYT/QĐ; not
    "Công văn số 628/BNN-TT" (TT, its drafting unit, Trồng trọt)."""
    issuer, _, last = parts[3].rpartition("-")
    code = canonical_type(last)
    if code is None or not _known_first(issuer):
        return parts  # (the common case, a công văn's unit: "123/UBND-VP", read no further)
    if code not in _typed_before(text, start):
        return parts
    return parts[0], parts[1], code, issuer, parts[4]


def _glued_to_a_word(text: str, start: int) -> bool:
    """Whether the number at `start` is glued to a word other than "số" or a type word."""
    before = _folded_before(text, start)
    return not before.endswith("so") and type_word_before(before, len(before)) is None


# A stray space inside the issuer's code ("01/2016/TT-BGD ĐT", or several, "QĐ - U B ND"), or for
# the hyphen before it ("33/CT TTg"), or inside the type code ("22/2010/T T-BTC"): the parts are
# one code when only together they are a known one.
_CODE_PART = r"[A-ZĐÐ][A-ZĐÐ&]{0,7}[a-zđ]?"
_ISSUER_REST = re.compile(rf"[ \t]{{1,3}}({_CODE_PART}(?:-{_CODE_PART})?)(?!\w)")
_MAX_ISSUER_PARTS = 3  # "3210/QĐ - U B ND", letter-spaced: "U" and two parts more


# ... and the Assembly's term after a space: "Luật Ngân sách nhà nước số 83/2015/QH 13" is QH13
_ASSEMBLY_CODES = frozenset({"QH", "UBTVQH"})
_CUT_SHORT = tuple(CUT_SHORT_ISSUERS)
_SPACED_TERM = re.compile(r"[ \t](1[0-6]|[1-9])(?![\d/])")


def _joined_issuer(text: str, printed: str, end: int, parts: tuple | None
                   ) -> tuple[tuple | None, int]:
    """(parts, end) of the symbol `printed` (ending at `end`) with the parts of its issuer's
    code that stray spaces cut off joined to it: the longest join that is a known code."""
    pos = end
    for _ in range(_MAX_ISSUER_PARTS):
        rest = _ISSUER_REST.match(text, pos)
        if rest is None:
            break
        printed, pos = printed + rest.group(1), rest.end()
        joined = _symbol_parts(printed)
        if joined is not None and _known_first(joined[3]):
            parts, end = joined, pos
    return parts, end


# Numbers listed before one symbol share its code: "Quyết định số 217, 218-QĐ/TW" are 217-QĐ/TW
# and 218-QĐ/TW (a type word before the first number, only commas and "và" between them).
_SHARED_NUMBERS = re.compile(r"(?<![\w/.\-])((?:\d{1,5}\s*(?:,|và|VÀ)\s*)+)$")
_NUMBER = re.compile(r"\d{1,5}")


def _numbers_sharing(text: str, start: int, printed: str, parts: tuple) -> list[SymbolMatch]:
    _, year, code, issuer, shape = parts
    if year is not None or not text[start - 1:start].isspace():  # not "61, 62/2018/NĐ-CP"
        return []
    listed = _SHARED_NUMBERS.search(text, max(0, start - 40), start)
    if listed is None:
        return []
    lo = max(0, listed.start() - 48)
    if type_word_before(fold_chars(text[lo:listed.start()]), listed.start() - lo) is None:
        return []  # "Tổng số 5, 6-NQ/TW"
    suffix = printed[SYMBOL_PATTERN.fullmatch(printed).end("num"):]  # type: ignore[union-attr]
    return [SymbolMatch(n.start(), n.end(), n.group() + suffix, n.group().lstrip("0") or "0",
                        None, code, issuer, shape)
            for n in _NUMBER.finditer(text, listed.start(1), listed.end(1))]


@lru_cache(maxsize=1 << 12)
def _known_first(issuer: str) -> bool:
    return is_known_issuer(issuer.split("-")[0])


# A công văn's word just before a symbol: "Công văn 285/CCTTHC", "văn bản số 99/HĐTĐKT-VP".
_LETTER_WORD = re.compile(r"(?:cong\s+van|van\s+ban)\s*(?:so\s*:?\s*)?$")


@lru_cache(maxsize=1 << 16)  # printed symbols recur: thousands of plans cite "33/CT-TTg"
def _symbol_parts(printed: str, letter: bool = False, typed_otherwise: bool = False
                  ) -> tuple[str, int | None, str | None, str, str] | None:
    """(number, year, type code, issuer, shape) of a SYMBOL_PATTERN match, or None when it is
    no symbol. Matching the printed symbol alone takes the same branch as in its text: every
    branch ends with the issuer, which the next character there must not continue.

    `letter`: a công văn's word stands before it, so a symbol without a type code may be of an
    issuer not in our tables (`285/CCTTHC`); `typed_otherwise`: the type word before names
    another type than the code glued to the issuer, which is then the issuer's start."""
    m = SYMBOL_PATTERN.fullmatch(printed)
    g = m.groupdict()  # type: ignore[union-attr]
    if g["n_iss"]:
        shape, year, type_, issuer = "normative", int(g["n_year"]), g["n_type"], g["n_iss"]
        if type_ is None and (code := canonical_type(issuer)):  # the type code last, and no
            # issuer: "105/2025/NĐ-" (its "CP" lost from a line's end), a decree is the
            # Government's; "25/2020/TT của Bộ GD&ĐT", the body names it (`resolve.symbol_key`)
            type_, issuer = issuer, "CP" if code == "NĐ" else ""
    elif g["o_iss"]:  # (of an issuer in our tables, or after "Số:")
        if not (letter or all(map(is_known_issuer, g["o_iss"].split("-")))):
            return None
        shape, year, type_, issuer = "administrative", None, g["o_type"], g["o_iss"]
    elif g["p_iss"] or g["q_iss"]:
        shape, year = "party", None
        type_, issuer = (g["p_type"], g["p_iss"]) if g["p_iss"] else (g["q_type"], g["q_iss"])
    elif g["a_iss"] and not _codeless_reading(printed, m.start("a_type"), m.start("a_iss"), letter,
                                              typed_otherwise):
        shape, year, type_, issuer = "administrative", None, g["a_type"], g["a_iss"]
    else:
        shape, year, type_ = "administrative", None, None
        issuer = ((g["c_iss"] or "").replace("/", "-") or g["d_iss"]
                  or printed[m.start("a_type"):])  # type: ignore[union-attr]
        # Without a type code the first part must be a known issuer: "5/2" or "3/KH" is
        # nothing, "123/UBND-VP" is a công văn.
        canonical = canonical_issuer(issuer)
        first, _, rest = canonical.partition("-")
        if (g["d_iss"] and (code := canonical_type(first)) and is_party_issuer(rest)
                and is_known_issuer(rest)):  # a Party symbol, its stroke typed as a hyphen:
            return g["num"].lstrip("0") or "0", None, code, rest, "party"  # "25-NQ-TW"
        # ... or "CT" alone, the Chairman of the Council of Ministers (1981 to 1992): "361-CT"
        chairman = canonical == "CT"
        if not chairman and (canonical_type(first) or not (letter or is_known_issuer(first))):
            return None
        if g["d_iss"] and not (chairman or is_central(canonical) or letter and len(first) > 1):
            return None  # "12-UBND" is a heading's number and a body, not a symbol; but after
            # "Số:" a ministry's of the 1970s, of a code no longer used: "Số: 13-TBXH" (not
            # the President's order "28-L/CTN", L its type)
    code = canonical_type(type_) if type_ else None
    if type_ and code is None:
        return None
    issuer = canonical_issuer(issuer)
    if code in PROMULGATION_ORDERS and issuer.partition("-")[0] != PROMULGATION_ORDERS[code]:
        return None  # an order's code is only before the President's (or the Council of
        # State's): "công văn liên tịch số 9599/LT-GDDT-YT" is a joint công văn
    return g["num"].lstrip("0") or "0", year, code, issuer, shape


def _codeless_reading(printed: str, type_start: int, issuer_start: int, letter: bool,
                      typed_otherwise: bool = False) -> bool:
    """Whether a type code glued to its issuer (the hyphen lost, `35/KHUBND`) is rather the
    start of an issuer's code: `12/HĐND-VP` is HĐND's công văn, not a hợp đồng of "ND", and
    `1150/BCĐ` a steering committee's. So when the issuer after the code is unknown and the
    whole is known, or a công văn's word stands before."""
    if not printed[type_start:issuer_start].isalpha():  # a hyphen, a space or "." between
        return False
    if typed_otherwise:
        return is_known_issuer(canonical_issuer(printed[type_start:]).split("-")[0])
    if is_known_issuer(canonical_issuer(printed[issuer_start:]).split("-")[0]):
        return False
    return letter or is_known_issuer(canonical_issuer(printed[type_start:]).split("-")[0])


# The type word before a symbol: "Chỉ thị số", "Quy định" (no "số"), "Kế hoạch Số",
# "CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ", "Kết\n\nluận số" (broken over lines).
TYPE_WORD_AT = re.compile(rf"(?:{TYPE_WORD_PATTERN})\b")  # where the next reference starts
TYPE_WORD_BEFORE = re.compile(  # also before a list: "các Quyết định: số 12/2015/QĐ-UBND, ..."
    rf"(?<![^\W\d_])(?P<word>{TYPE_WORD_PATTERN})\s*:?\s*(?:so\s*:?\s*){{0,2}}$")  # "- 6Nghị quyết"
# A short name the text gives a document it cites: "(sau đây gọi tắt là Chỉ thị số 12)".
SHORT_NAMES_OPEN = re.compile(r"\(\s*(?:sau\s+day\s+)?(?:duoc\s+)?(?:goi|viet)\s+tat\s+"
                              r"(?:la\s+)?")
SHORT_NAME = re.compile(
    SHORT_NAMES_OPEN.pattern + r"[“\"]?"
    rf"(?P<word>{TYPE_WORD_PATTERN})\s+(?:so\s+)?(?P<num>\d{{1,5}})[”\"]?\s*\)")


def type_word_before(folded: str, start: int, window: int = 48) -> tuple[int, str] | None:
    """(offset, folded type word) of the type word that ends right before `start`, if any."""
    lo = max(0, start - window)
    m = TYPE_WORD_BEFORE.search(folded, lo, start)
    if m is None:
        return None
    return m.start("word"), sys.intern(" ".join(m.group("word").split()))
