"""Provinces: the 63 before 1 July 2025, the 34 after (Resolution 202/2025/QH15), the mapping.

Documents name the old provinces; researchers group by the new ones, so both are kept. The
table is data: one old province a line, with its kind, its 2025 province and spellings seen in
real documents (old-style tone marks such as "Hoà", "Khánh Hoà" are folded away anyway).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extract.normalize import UPPER, fold, fold_chars, same_name

TINH, THANH_PHO = "tỉnh", "thành phố"


@dataclass(frozen=True, slots=True)
class Province:
    name: str  # official name before July 2025, e.g. "Trà Vinh"
    kind: str  # "tỉnh" | "thành phố"
    new_name: str  # the 2025 province it belongs to, e.g. "Vĩnh Long"
    variants: tuple[str, ...] = ()


# (old name, kind, 2025 province, variants)
_TABLE: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("Hà Nội", THANH_PHO, "Hà Nội", ()),
    ("Hồ Chí Minh", THANH_PHO, "Hồ Chí Minh", ("TP HCM", "TP.HCM", "TP. HCM", "TPHCM", "Sài Gòn")),
    ("Hải Phòng", THANH_PHO, "Hải Phòng", ()),
    ("Đà Nẵng", THANH_PHO, "Đà Nẵng", ()),
    ("Cần Thơ", THANH_PHO, "Cần Thơ", ()),
    ("Thừa Thiên Huế", TINH, "Huế", ("Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Huế")),
    ("Cao Bằng", TINH, "Cao Bằng", ()),
    ("Điện Biên", TINH, "Điện Biên", ()),
    ("Hà Tĩnh", TINH, "Hà Tĩnh", ()),
    ("Lai Châu", TINH, "Lai Châu", ()),
    ("Lạng Sơn", TINH, "Lạng Sơn", ()),
    ("Nghệ An", TINH, "Nghệ An", ()),
    ("Quảng Ninh", TINH, "Quảng Ninh", ()),
    ("Sơn La", TINH, "Sơn La", ()),
    ("Thanh Hóa", TINH, "Thanh Hóa", ()),
    ("Bình Dương", TINH, "Hồ Chí Minh", ()),
    ("Bà Rịa - Vũng Tàu", TINH, "Hồ Chí Minh", ("Bà Rịa Vũng Tàu",)),
    ("Hải Dương", TINH, "Hải Phòng", ()),
    ("Quảng Nam", TINH, "Đà Nẵng", ()),
    ("Hậu Giang", TINH, "Cần Thơ", ()),
    ("Sóc Trăng", TINH, "Cần Thơ", ()),
    ("Tuyên Quang", TINH, "Tuyên Quang", ()),
    ("Hà Giang", TINH, "Tuyên Quang", ()),
    ("Lào Cai", TINH, "Lào Cai", ()),
    ("Yên Bái", TINH, "Lào Cai", ()),
    ("Thái Nguyên", TINH, "Thái Nguyên", ()),
    ("Bắc Kạn", TINH, "Thái Nguyên", ("Bắc Cạn",)),
    ("Phú Thọ", TINH, "Phú Thọ", ()),
    ("Vĩnh Phúc", TINH, "Phú Thọ", ()),
    ("Hòa Bình", TINH, "Phú Thọ", ()),
    ("Bắc Ninh", TINH, "Bắc Ninh", ()),
    ("Bắc Giang", TINH, "Bắc Ninh", ()),
    ("Hưng Yên", TINH, "Hưng Yên", ()),
    ("Thái Bình", TINH, "Hưng Yên", ()),
    ("Ninh Bình", TINH, "Ninh Bình", ()),
    ("Hà Nam", TINH, "Ninh Bình", ()),
    ("Nam Định", TINH, "Ninh Bình", ()),
    ("Quảng Trị", TINH, "Quảng Trị", ()),
    ("Quảng Bình", TINH, "Quảng Trị", ()),
    ("Quảng Ngãi", TINH, "Quảng Ngãi", ()),
    ("Kon Tum", TINH, "Quảng Ngãi", ("Kontum",)),
    ("Gia Lai", TINH, "Gia Lai", ()),
    ("Bình Định", TINH, "Gia Lai", ()),
    ("Khánh Hòa", TINH, "Khánh Hòa", ()),
    ("Ninh Thuận", TINH, "Khánh Hòa", ()),
    ("Lâm Đồng", TINH, "Lâm Đồng", ()),
    ("Đắk Nông", TINH, "Lâm Đồng", ("Đăk Nông", "Đắc Nông")),
    ("Bình Thuận", TINH, "Lâm Đồng", ()),
    ("Đắk Lắk", TINH, "Đắk Lắk", ("Đăk Lăk", "Đắc Lắc", "Daklak")),
    ("Phú Yên", TINH, "Đắk Lắk", ()),
    ("Đồng Nai", TINH, "Đồng Nai", ()),
    ("Bình Phước", TINH, "Đồng Nai", ()),
    ("Tây Ninh", TINH, "Tây Ninh", ()),
    ("Long An", TINH, "Tây Ninh", ()),
    ("Vĩnh Long", TINH, "Vĩnh Long", ()),
    ("Bến Tre", TINH, "Vĩnh Long", ()),
    ("Trà Vinh", TINH, "Vĩnh Long", ()),
    ("Đồng Tháp", TINH, "Đồng Tháp", ()),
    ("Tiền Giang", TINH, "Đồng Tháp", ()),
    ("An Giang", TINH, "An Giang", ()),
    ("Kiên Giang", TINH, "An Giang", ()),
    ("Cà Mau", TINH, "Cà Mau", ()),
    ("Bạc Liêu", TINH, "Cà Mau", ()),
)

OLD_PROVINCES: tuple[Province, ...] = tuple(Province(*row) for row in _TABLE)
NEW_PROVINCES: tuple[str, ...] = tuple(dict.fromkeys(p.new_name for p in OLD_PROVINCES))

_BY_FOLDED: dict[str, Province] = {}
for _p in OLD_PROVINCES:
    for _spelling in (_p.name, *_p.variants):
        _BY_FOLDED.setdefault(fold(_spelling), _p)
_NEW_BY_FOLDED = {fold(name): name for name in NEW_PROVINCES}
# A district's or commune's name that is also a province's: "huyện Quảng Ninh" (in Quảng Bình),
# "phường Trà Vinh" (in Vĩnh Long since 2025).
_DISTRICT_KIND = re.compile(r"\b(?:huyen|quan|thi\s+xa|xa|phuong|thi\s+tran)\s+$")
# Bodies named after the President, not the city: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đội
# Thiếu niên Tiền phong Hồ Chí Minh", "Học viện Chính trị quốc gia Hồ Chí Minh", "Bảo tàng Hồ
# Chí Minh", "Lăng Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh"; also abbreviated, "BAN CHẤP
# HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH KHÁNH HÒA" (its regulation had been the city's).
_PERSON_BEFORE = re.compile(r"(?<!\w)(?:cong\s+san|tien\s+phong|quoc\s+gia|chu\s+tich|bac"
                            r"|tu\s+tuong|bao\s+tang|tncs|tntp|doan\s+thanh\s+nien)\s+$")
_PRESIDENT = "Hồ Chí Minh"
_PREFIX = re.compile(r"^\s*(?:(?:tinh|thanh\s+pho|tp)\s+|tp\.\s*)", re.IGNORECASE)  # "TP.Huế"


def province_by_name(name: str | None) -> Province | None:
    """The old province a name means: "tỉnh Trà Vinh", "TRÀ VINH", "Thừa Thiên - Huế"."""
    if not name:
        return None
    chars = fold_chars(name)  # a variant may start as a prefix does: "TP.HCM"
    return _BY_FOLDED.get(fold(chars)) or _BY_FOLDED.get(fold(_PREFIX.sub("", chars)))


def folded_province_names() -> tuple[str, ...]:
    """Every province's name and spelling, folded ("bariavungtau", "tphcm")."""
    return tuple(_BY_FOLDED)


def starts_province_name(word: str) -> bool:
    """Whether an old or a new province's name (in any spelling) starts with `word`."""
    start = fold(word)
    return any(name.startswith(start) for name in (*_BY_FOLDED, *_NEW_BY_FOLDED))


# "TP Hồ Chí Minh", "thành phố Đà Nẵng" ("tỉnh" ends a law's name anyway)
_CITY = re.compile(r"(?:tp\.?|thanh\s+pho)\s*")


def names_province_at(text: str, at: int) -> bool:
    """Whether a province's name, each of its words capitalised, starts at `at` in `text`
    (or after "TP", "thành phố")."""
    if not (text[at].isupper() or text[at] == "t"):  # (most words of a name: quick)
        return False
    folded = fold_chars(text[at:at + 50])
    city = _CITY.match(folded)
    if not (text[at].isupper() or city):
        return False
    m = _name_pattern().match(folded) or city and _name_pattern().match(folded, city.end())
    if m is None:
        return False
    name = text[at + m.start():at + m.end()]
    return (all(w[:1].isupper() for w in re.findall(r"\w+", name))
            and _spelled_province(name) is not None)


def _spelled_province(name: str) -> Province | None:
    """The old province `name` spells, marks and all: "Huệ" (of "Đức Huệ") folds as "Huế"
    does but names no province."""
    province = _BY_FOLDED.get(fold(name))
    if province is None or not any(same_name(name, spelling)
                                   for spelling in (province.name, *province.variants)):
        return None
    return province


def canonical_province(name: str | None) -> str | None:
    province = province_by_name(name)
    return province.name if province else None


def ending_province(words: str) -> tuple[str, str | None]:
    """(`words` before, province) of the capitalised words that end `words` where they name a
    province: "... Điều 22 Luật BHYT Hà Nội" ends with Hà Nội."""
    split = words.split()
    first = len(split)
    while first > len(split) - _MAX_NAME_WORDS and (split[first - 1][:1].isupper()
                                                    or split[first - 1] in ("-", "–")):
        first -= 1
    for start in range(first, len(split)):  # the longest run that names one
        if province := canonical_province(" ".join(split[start:])):
            return " ".join(split[:start]), province
    return words, None


_MAX_NAME_WORDS = 5  # "Bà Rịa - Vũng Tàu"


# Renamed without a merger: Thừa Thiên Huế became the centrally-run city of Huế on 1 January
# 2025 (Resolution 1314/NQ-UBTVQH15). Keys keep the old name; a key is written with the name of
# its year.
_RENAMED: dict[str, tuple[int, str]] = {"Thừa Thiên Huế": (2025, "Huế")}


def province_name(name: str | None, year: int | None) -> str | None:
    """The name an old province went by in `year`: Thừa Thiên Huế is Huế from 2025."""
    renamed = _RENAMED.get(name or "")
    if renamed and year is not None and year >= renamed[0]:
        return renamed[1]
    return name


def new_province(name: str | None) -> str | None:
    """The 2025 province of an old one (a new name maps to itself)."""
    province = province_by_name(name)
    if province:
        return province.new_name
    return _NEW_BY_FOLDED.get(fold(_PREFIX.sub("", fold_chars(name or "")))) if name else None


def old_provinces_of(new_name: str) -> tuple[str, ...]:
    wanted = new_province(new_name)
    return tuple(p.name for p in OLD_PROVINCES if p.new_name == wanted)


def province_matches(name: str, query: str) -> bool:
    """True when `query` names the old province `name`, or the 2025 province containing it."""
    province = province_by_name(name)
    if province is None:
        return fold(name) == fold(query)
    if province_by_name(query) == province:
        return True
    new = _NEW_BY_FOLDED.get(fold(_PREFIX.sub("", fold_chars(query))))
    return new == province.new_name


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    names = sorted({fold_chars(s) for p in OLD_PROVINCES for s in (p.name, *p.variants)},
                   key=len, reverse=True)
    alternation = "|".join(r"[\s\-–]*".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?:{alternation})(?!\w)")


# A name is written with a capital: it is tried only where a word starts with one, which is
# quicker than trying every name at every word.
_CAPITAL_START = re.compile(rf"[{UPPER}](?<!\w.)")  # the capital first: quicker to find
# Words that introduce a province's name; a city's Party committee ("Thành ủy Hà Nội") too,
# as "thành phố" does: a city named as a province is in it ("Thành ủy Hà Tĩnh").
_INTRO = re.compile(
    r"(?<!\w)(?:tinh|thanh\s+pho|tp\.?|tinh\s+uy|thanh\s+uy|ubnd\s+tinh|dang\s+bo\s+tinh)\s+$")

# ... and a province's newspaper, which prints its documents: "Báo Ninh Thuận trân trọng giới
# thiệu toàn văn Nghị quyết" (with a capital: not "thông báo")
_NEWSPAPER = re.compile(r"(?<!\w)(?:Báo|BÁO)\s+$")


def find_province_mentions(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, old province, introduced) for each province named in `text`.

    `introduced` is True when a word such as "tỉnh" or "Tỉnh ủy" stands before the name (or the
    name is an upper-case header line such as "TỈNH BẾN TRE"); bare capitalised names count
    too ("Trà Vinh, ngày ..."), flagged False, since "Hà Nam" may also be a person's name.
    """
    folded = fold_chars(text)
    out: list[tuple[int, int, str, bool]] = []
    end, names = 0, _name_pattern()
    for capital in _CAPITAL_START.finditer(text):
        start = capital.start()
        if start < end:
            continue  # inside the name just read ("Thừa Thiên Huế")
        m = names.match(folded, start)
        if m is None or _DISTRICT_KIND.search(folded, max(0, start - 14), start):
            continue
        end = m.end()
        province = _spelled_province(text[start:end])
        if province is None:
            continue
        if province.name == _PRESIDENT and _PERSON_BEFORE.search(folded, max(0, start - 16), start):
            continue
        introduced = (_INTRO.search(folded, max(0, start - 24), start) is not None
                      or _NEWSPAPER.search(text, max(0, start - 6), start) is not None)
        out.append((start, end, province.name, introduced))
    return out
