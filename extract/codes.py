"""Printed codes in their standard spelling: a symbol's type code and issuer as typed, typeset,
cut short or run together with a term or a footnote's number ("QÐ", "TTG", "HĐNDK7", "TTg1"),
whether an issuer is one the tables know, and the codes an issuer joins. The codes themselves are
in `tables.py`.
"""

from __future__ import annotations

import re

from extract.normalize import fold
from extract.tables import (
    CENTRAL_ISSUERS,
    CENTRAL_PATTERN,
    ISSUERS_NAMED_BY_BODIES,
    LOCAL_ISSUERS,
    TYPE_CODE_ALIASES,
    TYPE_CODES,
)

_CANONICAL_TYPES = {code.upper(): code for code in TYPE_CODES} | TYPE_CODE_ALIASES
# A ministry's code cut short, as the national database writes old joint circulars' symbols:
# "69/2005/TTLT/BTC-BGD" beside "69/2005/TTLT-BTC-BGD&ĐT" (not a company's BGĐ, its board)
CUT_SHORT_ISSUERS = {"BGD": "BGDĐT"}
_KNOWN_ISSUERS = {c.upper(): c for c in CENTRAL_ISSUERS | LOCAL_ISSUERS} | CUT_SHORT_ISSUERS
_KNOWN_ISSUERS_FOLDED: dict[str, str] = {}
for _code in sorted(CENTRAL_ISSUERS | LOCAL_ISSUERS):
    # A missing stroke ("BCSD") is repaired only where the folded spelling names one code.
    _KNOWN_ISSUERS_FOLDED.setdefault(fold(_code), _code)


def canonical_type(printed: str) -> str | None:
    """The standard spelling of a printed type code ('CTR' -> 'CTr', 'QÐi' -> 'QĐi')."""
    printed = printed.replace("Ð", "Đ").replace("ð", "đ")
    code = _CANONICAL_TYPES.get(printed.upper())
    if code is None and "D" in printed.upper():
        # Text that lost its strokes: 'QD' is QĐ (no code 'QD' exists); 'DA' stays Dự án.
        code = _CANONICAL_TYPES.get(printed.upper().replace("D", "Đ"))
    return code


# A hyphen as typed, typeset (non-breaking U+2011, figure, en and em dashes, minus) or escaped
# in Markdown ("25\-NQ/TW", "UBND\-BDV"), or an underscore typed for it ("2455/TCT_DNNCN",
# "62/QĐ_HĐBT").
DASH = r"\\?[-‐‑‒–—−_]"
_ISSUER_PARTS = re.compile(rf"\s*{DASH}\s*")
# A body whose công văn carry its drafting unit's code (123/UBND-VP), then that unit's.
_UNIT_GLUED = re.compile("(" + "|".join(sorted(
    (c for c in ISSUERS_NAMED_BY_BODIES if len(c) > 2), key=len, reverse=True)) + ")([A-ZĐ]{2,})")


def canonical_issuer(printed: str) -> str:
    """The standard spelling of a printed issuer ('TTG' -> 'TTg', 'BCSD' -> 'BCSĐ')."""
    # "T.Ư" and "T.W" are TƯ and TW with a full stop, the only one an issuer may hold.
    parts = _ISSUER_PARTS.split(printed.replace("Ð", "Đ").replace("ð", "đ").replace(".", ""))
    if (glued := _GLUED_NUMBER.fullmatch(parts[-1])) and _canonical_part(
            head := _DEPARTMENT_NUMBERED.get(glued.group(1), glued.group(1))) in _DIGITLESS_CODES \
            and not (len(parts) > 1 and _canonical_part(parts[-2]) in _UNITS_NUMBERED):
        # A footnote's number that lost its superscript in text from a PDF: "33/CT-TTg1" is
        # 33/CT-TTg; or a department's: "324/1998/QĐ-NHNN1", the State Bank's "367/QĐ-NH1";
        # not a local body's numbered drafting unit, "65/UBND-VP5" (as "866/UBND-KT2")
        parts[-1] = head
    parts[-1] = _without_glued_word(parts[-1])
    if len(parts) == 1 and (unit := _UNIT_GLUED.fullmatch(parts[0])) and not _is_known(parts[0]):
        parts = list(unit.groups())  # a công văn's drafting unit, its hyphen lost in a PDF's
    if len(parts) == 2 and _COUNCIL_CODE_WITH_TERM.fullmatch(parts[0] + parts[1]):
        parts = parts[:1]  # ... or a council's term after a hyphen too: "39/2003/NQ-HĐND-K6"
    return "-".join(map(_canonical_part, parts))  # text: "4055/BKHĐTPTDN" is BKHĐT-PTDN


_GLUED_NUMBER = re.compile(r"(.*\D)\d{1,2}")
_SMALL_LETTERS_AT_END = re.compile(r"[^\W\d_A-ZĐÐ]{2,}\d{0,2}$")  # "CPstatus1": no code's
_UNITS_NUMBERED = frozenset({"UBND", "HĐND", "TU", "HU", "ĐU"})  # bodies of numbered units
_DEPARTMENT_NUMBERED = {"NH": "NHNN"}  # the State Bank's code to 1998, with a department's number
_ASSEMBLY_TERM = re.compile(r"((?i:QH|UBTVQH))(\d+)")
_LAST_TERM = 16  # the National Assembly elected in 2026


def _without_glued_word(part: str) -> str:
    """A known code without the word a copy ran onto it, which no code holds in small letters
    (only TTg has one): "45/2014/NĐ-CPquy định", a portal's "16/2015/NĐ-CPstatus1"."""
    if (glued := _SMALL_LETTERS_AT_END.search(part)) is None:
        return part
    for head in (part[:glued.start() + 1], part[:glued.start()]):  # "TTgvề", "CPquy"
        if head and _canonical_part(head) in _DIGITLESS_CODES:
            return head
    return part


_COUNCIL_CODE_WITH_TERM = re.compile(r"H[ĐD]ND(?:K|KH)?\d{1,2}", re.IGNORECASE)


def _canonical_part(part: str) -> str:
    if assembly := _ASSEMBLY_TERM.fullmatch(part):
        # The National Assembly's terms run to 16: "42/2024/QH151" is QH15 and a footnote's 1
        # that lost its superscript.
        head, term = assembly.group(1).upper(), assembly.group(2)
        if int(term) > _LAST_TERM:
            term = term[:2] if len(term) > 2 and int(term[:2]) <= _LAST_TERM else term[:1]
        return head + term
    if part == "Tg":  # the Prime Minister's with a letter lost: "866/QĐ-Tg", "27/CTTg"
        return "TTg"
    if _COUNCIL_CODE_WITH_TERM.fullmatch(part):  # a council's term run onto its code,
        return "HĐND"  # "09/2004/NQ.HĐNDK7" (a provincial council numbers across its terms)
    if part.upper().endswith("TƯ"):  # "TƯ" abbreviates Trung ương: 25-NQ/TƯ is 25-NQ/TW
        part = part[:-2] + "TW"
    elif part.upper().startswith("TƯ"):  # ... so it does before a body's: "49- KH/TƯH" (Hội)
        part = "TW" + part[2:]
    return _KNOWN_ISSUERS.get(part.upper()) or _KNOWN_ISSUERS_FOLDED.get(fold(part)) or part


# Known codes that carry no digits of their own (QH15 and BCĐ35, Steering Committee 35, do).
_ALL_ISSUERS = CENTRAL_ISSUERS | LOCAL_ISSUERS
_DIGITLESS_CODES = _ALL_ISSUERS - {"BCĐ"}


def is_known_issuer(segment: str) -> bool:
    return _is_known(canonical_issuer(segment))


def _is_known(code: str) -> bool:
    return code in _ALL_ISSUERS or bool(CENTRAL_PATTERN.match(code))


# A symbol printed in lower case, as a portal's tags print it ("thông tư 40/2016/tt-bct",
# "nghị định 91/2017/nĐ-cp"), is read in capitals where its type code and issuers are known
# ones. One for one: offsets stay.
_SYMBOL_IN_SMALL_LETTERS = re.compile(
    r"(?<![\w/.-])\d{1,4}(?:/(?:19|20)\d\d)?/(?P<codes>[^\W\d_]{1,5}(?:-[^\W\d_]{2,12}){1,4})"
    r"(?![\w/-])")
_EXACT_CODES = frozenset(TYPE_CODES) | _ALL_ISSUERS


def capitalised_symbols(text: str) -> str:
    """`text` with its symbols' codes printed in small letters written in capitals."""
    def capitalised(m: re.Match[str]) -> str:
        codes = m.group("codes")
        parts = [p if p.replace("Ð", "Đ") in _EXACT_CODES or p.isupper() else p.upper()
                 for p in codes.split("-")]  # (not "QĐ-TTg", "QĐi", "CTr", as spelled)
        written = "-".join(parts)
        if written == codes or len(written) != len(codes) or canonical_type(parts[0]) is None:
            return m.group()
        if not all(is_known_issuer(p) for p in parts[1:]):
            return m.group()
        return m.group()[:m.start("codes") - m.start()] + written

    return _SYMBOL_IN_SMALL_LETTERS.sub(capitalised, text)


def issuer_codes(issuer: str) -> list[str]:
    """The codes a symbol's issuer joins, without a term: "BTC" and "VP" of `BTC-VP`, "QH" of
    `QH14`, "UBTVQH" of `UBTVQH13`."""
    return re.sub(r"\d", "", issuer).split("-")
