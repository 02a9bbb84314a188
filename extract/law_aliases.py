"""Short names a text gives the laws it names, which no table of abbreviations knows: one
declared in brackets, "Luật Giao dịch điện tử năm 2023 (Luật GDĐT 2023)", "... (sau đây gọi là
Luật BHYT sửa đổi)", and one whose letters are the initials of a law the text names in full,
"Luật TC&QCKT" beside "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật"."""

from __future__ import annotations

import re
from dataclasses import replace

from extract.law_names import NameMatch
from extract.normalize import fold_chars, fold_words

# Between the full name and its short one: a year or date ("năm 2023", "2017", "ngày
# 29/11/2024"), then the bracket and what may declare the name ("sau đây (được) gọi (tắt) là",
# "gọi chung là"), then a quotation mark
_DECLARED = re.compile(r"[^()\n;.]{0,40}?\(\s*(?:sau\s+day\s+)?(?:duoc\s+)?"
                       r"(?:(?:goi|viet)\s+(?:tat|chung)?\s*la\s+)?[“\"']?")
_DECLARED_ROOM = 100  # characters after the full name that may hold the bracket's opening
# An abbreviation: two capitals or more, "&" may join them ("GDĐT", "ĐC&KS")
_LETTERS = r"[A-ZĐ]{2,}(?:&[A-ZĐ]+)*"
_ABBREVIATION = re.compile(rf"(?<!\w){_LETTERS}(?!\w)")
# A name that ends in its type and an abbreviation: "Luật GDĐT", "Luật ĐC&KS", also one an
# amending law's name ends in, "Luật sửa đổi, bổ sung một số điều của Luật TC&QCKT"
_LAW_TYPE = r"(?i:bộ luật|luật|pháp lệnh)"
_ABBREVIATED = re.compile(rf"(?P<type>{_LAW_TYPE}) (?P<letters>{_LETTERS})$")
_TYPED = re.compile(rf"{_LAW_TYPE} ")


def with_short_names(text: str, names: list[NameMatch]) -> list[NameMatch]:
    """`names` with each short name the text gives a law replaced by the law's name: first
    those it declares (`_with_declared_names`), then those of initials (`_initials_of`)."""
    names = _with_declared_names(text, names)
    # (type, initials) -> full names by their folded words (one law, however punctuated)
    by_initials: dict[tuple[str, str], dict[str, str]] = {}
    for name in names:
        if (typed := _TYPED.match(name.name)) and not _ABBREVIATION.search(name.name):
            key = (fold_words(typed.group()), _initials_of(name.name[typed.end():]))
            by_initials.setdefault(key, {}).setdefault(fold_words(name.name), name.name)
    if not by_initials:
        return names
    result = []
    for name in names:
        if (short := _ABBREVIATED.search(name.name)) is not None:
            full = by_initials.get((fold_words(short.group("type")),
                                    fold_words(short.group("letters").replace("&", ""))))
            if full is not None and len(full) == 1:  # (two laws of those initials: neither)
                name = replace(name, name=name.name[:short.start()] + next(iter(full.values())))
        result.append(name)
    return result


def _initials_of(words: str) -> str:
    """The folded initials of a name's words, without "và" or "của": "Tiêu chuẩn và Quy chuẩn
    kỹ thuật" is "tcqckt", "Phòng, chống tác hại của rượu, bia" "pcthrb"."""
    return fold_words("".join(w[0] for w in words.replace(",", " ").split()
                              if w not in _UNLETTERED))


_UNLETTERED = frozenset({"và", "của"})  # words an abbreviation leaves out


def _with_declared_names(text: str, names: list[NameMatch]) -> list[NameMatch]:
    """`names` with each short name that the text declared for a law named before it
    replaced by the law's name: a short name holds an abbreviation, and is read so only
    after its declaration (the same letters may stand for another law in another text).
    The law named before is the whole name that ends last: an amending law's, not the law it
    amends whose name ends its own ("Luật sửa đổi, bổ sung một số điều của Luật BHYT ban hành
    ngày 13/6/2014 (sau đây gọi là Luật BHYT sửa đổi)"). The declaration itself is no mention
    of its own: it restates the name before it (without a year, it would be read as the
    namesake the text cites by number)."""
    declared: dict[str, str] = {}  # short name, folded -> the full name
    result: list[NameMatch] = []
    last = None  # the name so far that ends last (the first of those that end together)
    for name in names:
        if last is not None and _declares(text, last, name):
            declared[fold_words(name.name)] = last.name
            continue
        if (full := declared.get(fold_words(name.name))) is not None:
            name = replace(name, name=full)
        result.append(name)
        if last is None or name.end > last.end:
            last = name
    return result


def _declares(text: str, full: NameMatch, short: NameMatch) -> bool:
    """Whether `short`, in brackets right after `full`, is a short name declared for it."""
    if short.start < full.end or fold_words(short.name) == fold_words(full.name):
        return False
    bracket = _DECLARED.match(fold_chars(text[full.end:min(short.start + 1,
                                                           full.end + _DECLARED_ROOM)]))
    return (bracket is not None and full.end + bracket.end() == short.start
            and _ABBREVIATION.search(text, short.start, short.end) is not None)
