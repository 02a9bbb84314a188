"""How a document names laws: which law a name read in it stands for (by the year it is read
by, or as a short form of a longer name), and one key for the spellings of one name.
`pipeline.finish_document` uses these once the corpus is indexed. And the name of a document
that states no symbol, its node's (`identify`); the name a law's own title gives it, and the
law a mention dates by name (what the corpus index and the stores record of laws known by
name)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from extract.law_name_words import is_constitution, named_key
from extract.law_names import find_law_names
from extract.law_numbers import NAMES_JOINED
from extract.models import DocumentIdentity, DocumentKey, Reference, digest, evolve
from extract.normalize import fold_words
from extract.subjects import described_in
from extract.symbol_context import Mention
from extract.tables import ASSEMBLY_ISSUERS

if TYPE_CHECKING:  # resolve.py calls `revised_law` with its index
    from extract.resolve import CorpusIndex

# "Luật Xây dựng sửa đổi 2020": a law's name, "sửa đổi" (revised) and the year, not in brackets
_REVISED = re.compile(r"(?P<law>.+?),?\s+sửa\s+đổi", re.IGNORECASE)


def name_in_subject(subject: str | None) -> str | None:
    """The name a law cited by number gives as its subject: "Luật số 15/2012/QH13 ngày
    20/6/2012 về Xử lý vi phạm hành chính, sửa đổi bổ sung năm 2025" is the "Luật Xử lý vi
    phạm hành chính" named elsewhere."""
    if not subject:
        return None
    names = find_law_names(f"Luật {subject}")
    return names[0].name if names and names[0].start == 0 else None


def one_key_a_name(refs: list[Reference]) -> list[Reference]:
    """Names spelled two ways that make one id are one document, keyed as first spelled: "Luật
    Hóa chất", "Luật Hoá chất" (the tone mark placed the older way) and an OCR's "Luật Hóa chât"
    made three relations to one node."""
    first: dict[str, DocumentKey] = {}
    out = []
    for ref in refs:
        key = ref.key
        if key is not None and key.number is None and key.name:
            known = first.setdefault(key.id, key)
            ref = ref if known is key or known == key else evolve(ref, key=known)
        out.append(ref)
    return out


def named_as_dated(refs: list[Reference], mentions: list[Mention], named_by: list[int | None],
                   year: int | None) -> list[Reference]:
    """`refs` (the completed `mentions`, read by the years `named_by`), a law the text names bare
    (no year, date or number of its own, read by the text's `year`) taking the key of the one
    dated mention of that name in the text: "Căn cứ Luật Đất đai năm 2013; ... Tuyên truyền Luật
    Đất đai" (a corpus that knew a law of 2024 by name had taken the second to it). Two dated
    laws of the name leave it to the corpus, and the Constitution its citing day (a text that
    names "Hiến pháp năm 1946" cites today's too)."""
    bare = [m.ref.kind == "name" and m.ref.key is None and not (m.ref.year or m.ref.date)
            and by == year for m, by in zip(mentions, named_by, strict=True)]
    dated: dict[str, list[Reference]] = {}
    for ref in refs:
        if ref.kind == "name" and ref.key is not None and (ref.year or ref.date) and ref.name:
            dated.setdefault(fold_words(ref.name), []).append(ref)
    out = []
    for ref, alone in zip(refs, bare, strict=True):
        named = dated.get(fold_words(ref.name or ""), []) if alone else []
        if named and len({d.key for d in named}) == 1 and ref.key != named[0].key and (
                not is_constitution(ref.name or "")):
            first = named[0]
            ref = evolve(ref, key=first.key, date=ref.date or first.date, status=first.status)
        out.append(ref)
    return out


def named_by_year(mentions: list[Mention], text: str, folded: str, year: int | None
                  ) -> list[int | None]:
    """The year by which each mention names a law without a date: the citing document's, or
    inside an amending law's name a year before its own, as the laws it amends are older
    ("Luật sửa đổi, bổ sung một số điều của Luật Hải quan số 42/2005/QH11": not the Luật Hải
    quan of 2014 that the text names too, nor one of 2005); in a cited document's subject its
    year ("Thông tư số 219/2013/TT-BTC ... hướng dẫn thi hành Luật Thuế giá trị gia tăng": not
    the law of 2024)."""
    years, outer_end, outer_year = [], -1, None
    before: Mention | None = None
    bound: int | None = None  # the year a subject names by, kept along the list it names
    for m in mentions:
        ref = m.ref
        if ref.start < outer_end:
            years.append(outer_year - 1 if outer_year else year)  # it amends an older law
            continue
        cited_year = _year_of(before.ref) if before else None
        if cited_year and described_in(text, folded, before.context_end, ref.start):
            bound = min(year or cited_year, cited_year)
        elif not (bound and before and NAMES_JOINED.fullmatch(folded, before.context_end,
                                                               ref.start)):
            bound = None  # ... "sửa đổi ... của Luật Đầu tư công, Luật Nhà ở và Luật Điện lực"
        years.append(bound or year)
        outer_end = ref.end  # only an amending law's name holds other mentions
        outer_year = _year_of(ref)
        before = m
    return years


def _year_of(ref: Reference) -> int | None:
    return ref.key.year if ref.key and ref.key.year else ref.date.year if ref.date else ref.year


def name_without_symbol(text: str, body: str | None, title: str | None,
                         province: str | None, type_name: str | None) -> str:
    """The name of a document that states no symbol: a law's as it is cited, "Luật" and its
    title; else its body and title, with the text's digest too when it lacks the title or the
    province, which alone do not tell it from another ("Ban Thường vụ Tỉnh ủy" over a programme
    a page prints, of whatever province)."""
    if title and type_name in ("Luật", "Bộ luật", "Pháp lệnh"):
        head = type_name.upper() if title.isupper() else type_name  # as its heading reads
        # (up to a quotation mark, where a citation's name ends: "... danh hiệu vinh dự Nhà nước
        # “Bà mẹ Việt Nam anh hùng”" is cited as "Pháp lệnh quy định danh hiệu vinh dự Nhà nước")
        title = _QUOTED.split(title, 1)[0] or title
        return named_key(f"{head} {title}").name or title
    name = " ".join(filter(None, [body, title]))
    if not name:
        return _unnamed(text)
    return name if title and province else f"{name} {_text_digest(text)}"


_QUOTED = re.compile(r"\s*[\"“”]")


def _unnamed(text: str) -> str:
    """A name for a text that states no symbol, body or title (a news item quoting documents):
    its opening words and a digest of its words."""
    return f"{' '.join(text.split()[:10])} {_text_digest(text)}".strip()


def _text_digest(text: str) -> str:
    """A digest of the text's letters and digits, so that two texts stay two documents and two
    copies of one (wrapped otherwise, other spaces or hyphens, "Ð" for "Đ") are one."""
    return digest("".join(fold_words(text).split()))


def revised_law(index: CorpusIndex, name: str, year: int | None) -> DocumentKey | None:
    """The law a name with "sửa đổi" and a year names, if the corpus knows it: the numbered law
    of that name adopted that year, as news name a law that replaces its namesake ("Luật Đất
    đai sửa đổi 2024" is 31/2024/QH15; one known by name alone may be a text's slip), else the
    law that amended it that year ("Luật Xây dựng sửa đổi 2020" is 62/2020/QH14, "Luật sửa
    đổi, bổ sung một số điều của Luật Xây dựng")."""
    match = _REVISED.fullmatch(name)
    if match is None or year is None:
        return None
    law = match.group("law")
    new = index.law(law, year=year, year_named=True)
    if new is not None and new.year == year and new.number is not None:
        return new
    amending = index.law(f"Luật sửa đổi, bổ sung một số điều của {law}", year=year,
                         year_named=True)
    return amending if amending is not None and amending.year == year else None


def short_form_of(short: list[str], laws: Iterable[tuple[list[DocumentKey], list[str]]]
                  ) -> tuple[list[DocumentKey], list[str]] | None:
    """The first of `laws` (keys, folded words) whose name `short` is a short form of: "Luật Dân
    chủ ở cơ sở" of "Luật Thực hiện dân chủ ở cơ sở"; "Luật Doanh nghiệp" is none of "Luật sửa
    đổi Luật Doanh nghiệp", the law that amends it, and "Luật sửa đổi" ("the amending law") none
    of any law: it names no subject. What is read of `short` alone is read once, not per law."""
    head = 2 if short[:2] in (["phap", "lenh"], ["bo", "luat"]) else 1
    # (two words of its own at least: "Pháp lệnh giá" is no "Pháp lệnh lưu trữ quốc gia")
    if len(short) < head + 2 or set(short[head:]) <= {"sua", "doi", "bo", "sung"}:
        return None
    revised = short[1:3] == ["sua", "doi"]
    return next((e for e in laws if len(e[1]) - 3 <= len(short) < len(e[1])
                 and (revised or e[1][1:3] != ["sua", "doi"]) and _in_order(short, e[1])), None)


# A law's name may end in the country's, which a short form leaves out: "Luật Biên phòng" is
# "Luật Biên phòng Việt Nam", "Luật Quốc tịch" "Luật Quốc tịch Việt Nam".
_COUNTRY = ["viet", "nam"]


def _in_order(short: list[str], full: list[str]) -> bool:
    it = iter(full)
    return all(word in it for word in short) and short[-1] == (
        full[-3] if full[-2:] == _COUNTRY and short[-2:] != _COUNTRY else full[-1])


def own_name(identity: DocumentIdentity) -> str | None:
    """A law's or an ordinance's title is its name ("LUẬT" / "THỰC HIỆN DÂN CHỦ Ở CƠ SỞ"):
    the name, cited in this text or another, is this law."""
    if identity.key.type in ASSEMBLY_ISSUERS and identity.title:
        return f"{identity.type_name} {identity.title}"
    return None


def law_dated(ref: Reference) -> DocumentKey | None:
    """The law a mention names with its own date or year ("Luật X ngày ...", "Luật X năm
    2015"), keyed by name and year: the documents that date it so are counted."""
    if ref.kind == "name" and ref.name and (ref.date or ref.year):
        return named_key(ref.name, ref.date.year if ref.date else ref.year)
    return None
