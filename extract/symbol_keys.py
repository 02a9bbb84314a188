"""The key of each symbol mention in a text, and so the province of each local document it
cites: the one its issuing body names, else the one the text has named for it, else the citing
document's (`resolve.symbol_key` reads one mention; this reads them in order). A mention that
leaves part of its key open or misprinted takes it from the text's other mentions of that
symbol: the province of a code both levels write, a known issuer for a typo or a cut, the type
its word or code names elsewhere, and the province's committee for "TƯ"."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.codes import is_known_issuer
from extract.models import DocumentKey, Repair
from extract.resolve import named_province, symbol_key
from extract.subjects import described_in

if TYPE_CHECKING:
    from extract.symbol_context import Mention


def symbol_keys(mentions: list[Mention], province: str | None, text: str, folded: str
                ) -> list[tuple[DocumentKey, list[Repair]] | None]:
    """`symbol_key` of each symbol mention (None for the others), in order. A local document
    whose body names no province is of another province than the citing document's
    - when named in what another province's document is about: "Quyết định số 157/2005/QĐ-UB
      ... của Ủy ban nhân dân tỉnh Bình Phước Sửa đổi, bổ sung Quyết định số 67/2005/QĐ-UBND
      ... của Ủy ban nhân dân tỉnh ..." (its "tỉnh" is said by that document), also past central
      documents named between;
    - when the text named that province for it before: "Áp dụng Quyết định số 06/2015/QĐ-UBND
      ngày 04/02/2015 của UBND tỉnh Quảng Bình ... Quyết định số 06/2015/QĐ-UBND ngày 04/02/2015
      không còn được áp dụng ...", unless a date or year tells them apart."""
    keys: list[tuple[DocumentKey, list[Repair]] | None] = []
    last_local: Mention | None = None  # the latest local document, and its province
    local_province = None
    named: dict[tuple, tuple[str, int | None, dt.date | None]] = {}  # a symbol's named province
    central: dict[tuple, tuple[None, int | None, dt.date | None]] = {}  # ... or central body
    for m in mentions:
        if m.ref.kind != "symbol" or m.match is None:
            keys.append(None)
            continue
        own = province
        if last_local is not None and local_province != province and described_in(
                text, folded, last_local.context_end, m.ref.start):
            own = local_province
        key = symbol_key(m.ref, m.match, own)
        k = key[0]
        if k.province is not None and named_province(m.ref) is None:
            before = named.get((k.type, k.number, k.issuer))
            if before is not None and before[0] != k.province and _same(before, k, m.ref.date):
                key = symbol_key(m.ref, m.match, before[0])
        elif k.province is not None:
            named[k.type, k.number, k.issuer] = (k.province, k.year, m.ref.date)
        elif m.ref.issuing_body and not is_known_issuer(k.issuer):
            central[k.type, k.number, k.issuer] = (None, k.year, m.ref.date)
        keys.append(key)
        if key[0].province:
            last_local, local_province = m, key[0].province
    for i, (m, keyed) in enumerate(zip(mentions, keys, strict=True)):
        # A code both levels write, "353/BHXH-CĐBHXH", is central alone: beside the same symbol
        # "của BHXH TP.HCM", it is that office's.
        if keyed and (k := keyed[0]).province is None and not m.ref.issuing_body and (
                before := named.get((k.type, k.number, k.issuer))) and _same(before, k, m.ref.date):
            keys[i] = (DocumentKey(k.type, k.number, k.issuer, k.year, before[0]), keyed[1])
        # ... and a code of no known issuer, whose body a mention names central ("Thông báo số
        # 07-TB/CQTTBCĐ ... của Cơ quan Thường trực Ban Chỉ đạo Trung ương"), is central where
        # no body is named (it had been the citing province's too)
        elif keyed and (k := keyed[0]).province is not None and not m.ref.issuing_body and (
                named_province(m.ref) is None) and (
                above := central.get((k.type, k.number, k.issuer))) and _same(above, k, m.ref.date):
            keys[i] = (DocumentKey(k.type, k.number, k.issuer, k.year or above[1]), keyed[1])
    keys = _coded_as_named(mentions, _typed_as_named(mentions, _issuer_as_named(keys)))
    return _committee_as_named(mentions, keys)


def _issuer_as_named(keys: list[tuple[DocumentKey, list[Repair]] | None]
                     ) -> list[tuple[DocumentKey, list[Repair]] | None]:
    """`keys`, an issuer in no table that a known one of the same type, number and year starts
    or ends: a typo or a cut in a page's headline ("BÃI BỎ THÔNG TƯ SỐ 37/2015/TT-BCTB" over the
    title's "37/2015/TT-BCT"; "Quyết định số 2629/QĐ-T" where the excerpt ends, "2629/QĐ-TTg").
    Not one with a drafting unit after it, "UBND-VP": that is another matter."""
    unknown = [i for i, keyed in enumerate(keys) if keyed and "-" not in keyed[0].issuer
               and not _known_issuer(keyed[0].issuer)]
    if not unknown:
        return keys
    known: dict[tuple, list[DocumentKey]] = defaultdict(list)
    for keyed in keys:
        if keyed and _known_issuer(keyed[0].issuer):
            known[keyed[0].type, keyed[0].number].append(keyed[0])
    out = list(keys)
    for i in unknown:
        key, issuer = keys[i][0], keys[i][0].issuer
        named = [k for k in known.get((key.type, key.number), ())
                 if (issuer.startswith(k.issuer) or k.issuer.startswith(issuer))
                 and _years_agree(key.year, k.year)]
        if len({k.issuer for k in named}) == 1:
            out[i] = (named[0], keys[i][1])
    return out


_known_issuer = lru_cache(maxsize=1 << 12)(is_known_issuer)  # issuers recur in every text


def _coded_as_named(mentions: list[Mention], keys: list[tuple[DocumentKey, list[Repair]] | None]
                    ) -> list[tuple[DocumentKey, list[Repair]] | None]:
    """`keys`, a type code that the type word before it overrode ("Nghị định số 26/NQ-CP", read
    as a decree) kept where the text names that symbol with a word that agrees ("Nghị quyết số
    26/NQ-CP"): the word was the typo, and the resolution was two nodes."""
    agreed = {(m.match.number, m.match.issuer, m.match.type_code): keyed[0]
              for m, keyed in zip(mentions, keys, strict=True)
              if keyed and m.match is not None and keyed[0].type == m.match.type_code}
    out = list(keys)
    for i, (m, keyed) in enumerate(zip(mentions, keys, strict=True)):
        if (keyed is None or m.match is None or not m.match.type_code
                or keyed[0].type == m.match.type_code):
            continue  # no code, or the type word agrees with it
        named = agreed.get((m.match.number, m.match.issuer, m.match.type_code))
        if named and _years_agree(keyed[0].year, named.year):
            out[i] = (named, keyed[1])
    return out


def _typed_as_named(mentions: list[Mention], keys: list[tuple[DocumentKey, list[Repair]] | None]
                    ) -> list[tuple[DocumentKey, list[Repair]] | None]:
    """`keys`, a symbol with no type code printed bare taking the type the text names it with
    elsewhere: beside "Nghị định 193/HĐBT", each "193/HĐBT" of a table is that decree, not a
    công văn (the type a codeless symbol of the Council of Ministers takes alone)."""
    named: dict[tuple[str, str], DocumentKey] = {}
    for m, keyed in zip(mentions, keys, strict=True):
        if keyed and m.ref.type_word and m.match.type_code is None:
            named.setdefault((m.match.number, m.match.issuer), keyed[0])
    if not named:
        return keys
    out = list(keys)
    for i, (m, keyed) in enumerate(zip(mentions, keys, strict=True)):
        if keyed is None or m.ref.type_word or m.match.type_code is not None:
            continue
        key = keyed[0]
        typed = named.get((m.match.number, m.match.issuer))
        if typed and typed.type != key.type and _years_agree(typed.year, key.year):
            out[i] = (DocumentKey(typed.type, key.number, key.issuer, key.year, key.province),
                      keyed[1])
    return out


def _years_agree(a: int | None, b: int | None) -> bool:
    """Whether two mentions' years, where both are known, are one."""
    return not (a and b and a != b)


def _same(before: tuple[str, int | None, dt.date | None], key: DocumentKey,
          date: dt.date | None) -> bool:
    """Whether nothing tells a mention from the one named before with its symbol."""
    _, year, named_date = before
    return not (date and named_date and date != named_date) and _years_agree(year, key.year)


def _committee_as_named(mentions: list[Mention],
                        keys: list[tuple[DocumentKey, list[Repair]] | None]
                        ) -> list[tuple[DocumentKey, list[Repair]] | None]:
    """`keys`, a Party symbol printed with "TƯ" and no body to settle it ("TƯ" is printed for
    Trung ương and for Tỉnh ủy alike) taking the province's committee where the text names that
    document with TU: beside "Nghị quyết số 15-NQ/TU" of Hà Nội, "15-NQ / TƯ" is that one."""
    if not any("Ư" in m.match.printed for m in mentions if m.match is not None):
        return keys
    local = {(k.type, k.number): k for keyed in keys if keyed and (k := keyed[0]).issuer == "TU"}
    if not local:
        return keys
    out = list(keys)
    for i, (m, keyed) in enumerate(zip(mentions, keys, strict=True)):
        printed_tu = keyed is not None and _PRINTED_TU.search(m.match.printed)
        if not printed_tu or keyed[0].issuer != "TW" or m.ref.issuing_body:
            continue
        key, named = keyed[0], local.get((keyed[0].type, keyed[0].number))
        if named and _years_agree(key.year, named.year):
            out[i] = (DocumentKey(key.type, key.number, "TU", key.year or named.year,
                                  named.province), keyed[1])
    return out


_PRINTED_TU = re.compile(r"T\.?\s*Ư\s*$")  # "TƯ", "T.Ư" at the symbol's end
