"""Districts before July 2025, by province: a district named in a text tells its province.

A commune's plan may name no province at all, only its district ("UBND huyện Hương Sơn" among
the recipients). 696 districts, towns and provincial cities, from the legacy table of
`vietnamadminunits` (MIT); a name used in two provinces ("Châu Thành") tells nothing. The 2025
reorganisation abolished districts, so the table does not change.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache

from extract.normalize import fold, fold_chars, same_name
from extract.provinces import (
    canonical_province,
    find_province_mentions,
    folded_province_names,
    old_provinces_of,
)

# Old province: its districts, towns and cities (one entry may run over several lines).
_TABLE = """
Hà Nội: Ba Đình, Hoàn Kiếm, Tây Hồ, Long Biên, Cầu Giấy, Đống Đa, Hai Bà Trưng, Hoàng Mai,
    Thanh Xuân, Sóc Sơn, Đông Anh, Gia Lâm, Nam Từ Liêm, Thanh Trì, Bắc Từ Liêm, Mê Linh, Hà
    Đông, Sơn Tây, Ba Vì, Phúc Thọ, Đan Phượng, Hoài Đức, Quốc Oai, Thạch Thất, Chương Mỹ,
    Thanh Oai, Thường Tín, Phú Xuyên, Ứng Hòa, Mỹ Đức.
Hồ Chí Minh: Quận 1, Quận 12, Gò Vấp, Bình Thạnh, Tân Bình, Tân Phú, Phú Nhuận, Thủ Đức, Quận
    3, Quận 10, Quận 11, Quận 4, Quận 5, Quận 6, Quận 8, Bình Tân, Quận 7, Củ Chi, Hóc Môn,
    Bình Chánh, Nhà Bè, Cần Giờ.
Hải Phòng: Hồng Bàng, Ngô Quyền, Lê Chân, Hải An, Kiến An, Đồ Sơn, Dương Kinh, Thủy Nguyên, An
    Dương, An Lão, Kiến Thụy, Tiên Lãng, Vĩnh Bảo, Cát Hải, Bạch Long Vĩ.
Đà Nẵng: Liên Chiểu, Thanh Khê, Hải Châu, Sơn Trà, Ngũ Hành Sơn, Cẩm Lệ, Hòa Vang, Hoàng Sa.
Cần Thơ: Ninh Kiều, Ô Môn, Bình Thủy, Cái Răng, Thốt Nốt, Vĩnh Thạnh, Cờ Đỏ, Phong Điền, Thới
    Lai.
Thừa Thiên Huế: Thuận Hóa, Phú Xuân, Phong Điền, Quảng Điền, Phú Vang, Hương Thủy, Hương Trà, A
    Lưới, Phú Lộc.
Cao Bằng: Cao Bằng, Bảo Lâm, Bảo Lạc, Hà Quảng, Trùng Khánh, Hạ Lang, Quảng Hòa, Hòa An, Nguyên
    Bình, Thạch An.
Điện Biên: Điện Biên Phủ, Mường Lay, Mường Nhé, Mường Chà, Tủa Chùa, Tuần Giáo, Điện Biên, Điện
    Biên Đông, Mường Ảng, Nậm Pồ.
Hà Tĩnh: Hà Tĩnh, Hồng Lĩnh, Hương Sơn, Đức Thọ, Vũ Quang, Nghi Xuân, Can Lộc, Hương Khê, Thạch
    Hà, Cẩm Xuyên, Kỳ Anh.
Lai Châu: Lai Châu, Tam Đường, Mường Tè, Sìn Hồ, Phong Thổ, Than Uyên, Tân Uyên, Nậm Nhùn.
Lạng Sơn: Lạng Sơn, Tràng Định, Bình Gia, Văn Lãng, Cao Lộc, Văn Quan, Bắc Sơn, Hữu Lũng, Chi
    Lăng, Lộc Bình, Đình Lập.
Nghệ An: Vinh, Thái Hòa, Quế Phong, Quỳ Châu, Kỳ Sơn, Tương Dương, Nghĩa Đàn, Quỳ Hợp, Quỳnh
    Lưu, Con Cuông, Tân Kỳ, Anh Sơn, Diễn Châu, Yên Thành, Đô Lương, Thanh Chương, Nghi Lộc,
    Nam Đàn, Hưng Nguyên, Hoàng Mai.
Quảng Ninh: Hạ Long, Móng Cái, Cẩm Phả, Uông Bí, Bình Liêu, Tiên Yên, Đầm Hà, Hải Hà, Ba Chẽ,
    Vân Đồn, Đông Triều, Quảng Yên, Cô Tô.
Sơn La: Sơn La, Quỳnh Nhai, Thuận Châu, Mường La, Bắc Yên, Phù Yên, Mộc Châu, Yên Châu, Mai
    Sơn, Sông Mã, Sốp Cộp, Vân Hồ.
Thanh Hóa: Thanh Hóa, Bỉm Sơn, Sầm Sơn, Mường Lát, Quan Hóa, Bá Thước, Quan Sơn, Lang Chánh,
    Ngọc Lặc, Cẩm Thủy, Thạch Thành, Hà Trung, Vĩnh Lộc, Yên Định, Thọ Xuân, Thường Xuân, Triệu
    Sơn, Thiệu Hóa, Hoằng Hóa, Hậu Lộc, Nga Sơn, Như Xuân, Như Thanh, Nông Cống, Quảng Xương,
    Nghi Sơn.
Bình Dương: Thủ Dầu Một, Bàu Bàng, Dầu Tiếng, Bến Cát, Phú Giáo, Tân Uyên, Dĩ An, Thuận An, Bắc
    Tân Uyên.
Bà Rịa - Vũng Tàu: Vũng Tàu, Bà Rịa, Châu Đức, Xuyên Mộc, Long Đất, Phú Mỹ, Côn Đảo.
Hải Dương: Hải Dương, Chí Linh, Nam Sách, Kinh Môn, Kim Thành, Thanh Hà, Cẩm Giàng, Bình Giang,
    Gia Lộc, Tứ Kỳ, Ninh Giang, Thanh Miện.
Quảng Nam: Tam Kỳ, Hội An, Tây Giang, Đông Giang, Đại Lộc, Điện Bàn, Duy Xuyên, Quế Sơn, Nam
    Giang, Phước Sơn, Hiệp Đức, Thăng Bình, Tiên Phước, Bắc Trà My, Nam Trà My, Núi Thành, Phú
    Ninh.
Hậu Giang: Vị Thanh, Ngã Bảy, Châu Thành A, Châu Thành, Phụng Hiệp, Vị Thủy, Long Mỹ.
Sóc Trăng: Sóc Trăng, Châu Thành, Kế Sách, Mỹ Tú, Cù Lao Dung, Long Phú, Mỹ Xuyên, Ngã Năm,
    Thạnh Trị, Vĩnh Châu, Trần Đề.
Tuyên Quang: Tuyên Quang, Lâm Bình, Na Hang, Chiêm Hóa, Hàm Yên, Yên Sơn, Sơn Dương.
Hà Giang: Hà Giang, Đồng Văn, Mèo Vạc, Yên Minh, Quản Bạ, Vị Xuyên, Bắc Mê, Hoàng Su Phì, Xín
    Mần, Bắc Quang, Quang Bình.
Lào Cai: Lào Cai, Bát Xát, Mường Khương, Si Ma Cai, Bắc Hà, Bảo Thắng, Bảo Yên, Sa Pa, Văn Bàn.
Yên Bái: Yên Bái, Nghĩa Lộ, Lục Yên, Văn Yên, Mù Căng Chải, Trấn Yên, Trạm Tấu, Văn Chấn, Yên
    Bình.
Thái Nguyên: Thái Nguyên, Sông Công, Định Hóa, Phú Lương, Đồng Hỷ, Võ Nhai, Đại Từ, Phổ Yên,
    Phú Bình.
Bắc Kạn: Bắc Kạn, Pác Nặm, Ba Bể, Ngân Sơn, Bạch Thông, Chợ Đồn, Chợ Mới, Na Rì.
Phú Thọ: Việt Trì, Phú Thọ, Đoan Hùng, Hạ Hòa, Thanh Ba, Phù Ninh, Yên Lập, Cẩm Khê, Tam Nông,
    Lâm Thao, Thanh Sơn, Thanh Thủy, Tân Sơn.
Vĩnh Phúc: Vĩnh Yên, Phúc Yên, Lập Thạch, Tam Dương, Tam Đảo, Bình Xuyên, Yên Lạc, Vĩnh Tường,
    Sông Lô.
Hòa Bình: Hòa Bình, Đà Bắc, Lương Sơn, Kim Bôi, Cao Phong, Tân Lạc, Mai Châu, Lạc Sơn, Yên
    Thủy, Lạc Thủy.
Bắc Ninh: Bắc Ninh, Yên Phong, Quế Võ, Tiên Du, Từ Sơn, Thuận Thành, Gia Bình, Lương Tài.
Bắc Giang: Bắc Giang, Yên Thế, Tân Yên, Lạng Giang, Lục Nam, Lục Ngạn, Sơn Động, Việt Yên, Hiệp
    Hòa, Chũ.
Hưng Yên: Hưng Yên, Văn Lâm, Văn Giang, Yên Mỹ, Mỹ Hào, Ân Thi, Khoái Châu, Kim Động, Tiên Lữ,
    Phù Cừ.
Thái Bình: Thái Bình, Quỳnh Phụ, Hưng Hà, Đông Hưng, Thái Thụy, Tiền Hải, Kiến Xương, Vũ Thư.
Ninh Bình: Tam Điệp, Nho Quan, Gia Viễn, Hoa Lư, Yên Khánh, Kim Sơn, Yên Mô.
Hà Nam: Phủ Lý, Duy Tiên, Kim Bảng, Thanh Liêm, Bình Lục, Lý Nhân.
Nam Định: Nam Định, Vụ Bản, Ý Yên, Nghĩa Hưng, Nam Trực, Trực Ninh, Xuân Trường, Giao Thủy, Hải
    Hậu.
Quảng Trị: Đông Hà, Quảng Trị, Vĩnh Linh, Hướng Hóa, Gio Linh, Đa Krông, Cam Lộ, Triệu Phong,
    Hải Lăng, Cồn Cỏ.
Quảng Bình: Đồng Hới, Minh Hóa, Tuyên Hóa, Quảng Trạch, Bố Trạch, Quảng Ninh, Lệ Thủy, Ba Đồn.
Quảng Ngãi: Quảng Ngãi, Bình Sơn, Trà Bồng, Sơn Tịnh, Tư Nghĩa, Sơn Hà, Sơn Tây, Minh Long,
    Nghĩa Hành, Mộ Đức, Đức Phổ, Ba Tơ, Lý Sơn.
Kon Tum: Kon Tum, Đắk Glei, Ngọc Hồi, Đắk Tô, Kon Plông, Kon Rẫy, Đăk Hà, Sa Thầy, Tu Mơ Rông,
    Ia H'Drai.
Gia Lai: Pleiku, An Khê, Ayun Pa, KBang, Đak Đoa, Chư Păh, Ia Grai, Mang Yang, Kông Chro, Đức
    Cơ, Chư Prông, Chư Sê, Đăk Pơ, Ia Pa, Krông Pa, Phú Thiện, Chư Pưh.
Bình Định: Quy Nhơn, An Lão, Hoài Nhơn, Hoài Ân, Phù Mỹ, Vĩnh Thạnh, Tây Sơn, Phù Cát, An Nhơn,
    Tuy Phước, Vân Canh.
Khánh Hòa: Nha Trang, Cam Ranh, Cam Lâm, Vạn Ninh, Ninh Hòa, Khánh Vĩnh, Diên Khánh, Khánh Sơn,
    Trường Sa.
Ninh Thuận: Phan Rang - Tháp Chàm, Bác Ái, Ninh Sơn, Ninh Hải, Ninh Phước, Thuận Bắc, Thuận
    Nam.
Lâm Đồng: Đà Lạt, Bảo Lộc, Đam Rông, Lạc Dương, Lâm Hà, Đơn Dương, Đức Trọng, Di Linh, Bảo Lâm,
    Đạ Huoai.
Đắk Nông: Gia Nghĩa, Đăk Glong, Cư Jút, Đắk Mil, Krông Nô, Đắk Song, Đắk R'Lấp, Tuy Đức.
Bình Thuận: Phan Thiết, La Gi, Tuy Phong, Bắc Bình, Hàm Thuận Bắc, Hàm Thuận Nam, Tánh Linh,
    Đức Linh, Hàm Tân, Phú Quí.
Đắk Lắk: Buôn Ma Thuột, Buôn Hồ, Ea H'leo, Ea Súp, Buôn Đôn, Cư M'gar, Krông Búk, Krông Năng,
    Ea Kar, M'Đrắk, Krông Bông, Krông Pắc, Krông A Na, Lắk, Cư Kuin.
Phú Yên: Tuy Hòa, Sông Cầu, Đồng Xuân, Tuy An, Sơn Hòa, Sông Hinh, Tây Hòa, Phú Hòa, Đông Hòa.
Đồng Nai: Biên Hòa, Long Khánh, Tân Phú, Vĩnh Cửu, Định Quán, Trảng Bom, Thống Nhất, Cẩm Mỹ,
    Long Thành, Xuân Lộc, Nhơn Trạch.
Bình Phước: Phước Long, Đồng Xoài, Bình Long, Bù Gia Mập, Lộc Ninh, Bù Đốp, Hớn Quản, Đồng Phú,
    Bù Đăng, Chơn Thành, Phú Riềng.
Tây Ninh: Tây Ninh, Tân Biên, Tân Châu, Dương Minh Châu, Châu Thành, Hòa Thành, Gò Dầu, Bến
    Cầu, Trảng Bàng.
Long An: Tân An, Kiến Tường, Tân Hưng, Vĩnh Hưng, Mộc Hóa, Tân Thạnh, Thạnh Hóa, Đức Huệ, Đức
    Hòa, Bến Lức, Thủ Thừa, Tân Trụ, Cần Đước, Cần Giuộc, Châu Thành.
Vĩnh Long: Vĩnh Long, Long Hồ, Mang Thít, Vũng Liêm, Tam Bình, Bình Minh, Trà Ôn, Bình Tân.
Bến Tre: Bến Tre, Châu Thành, Chợ Lách, Mỏ Cày Nam, Giồng Trôm, Bình Đại, Ba Tri, Thạnh Phú, Mỏ
    Cày Bắc.
Trà Vinh: Trà Vinh, Càng Long, Cầu Kè, Tiểu Cần, Châu Thành, Cầu Ngang, Trà Cú, Duyên Hải.
Đồng Tháp: Cao Lãnh, Sa Đéc, Hồng Ngự, Tân Hồng, Tam Nông, Tháp Mười, Thanh Bình, Lấp Vò, Lai
    Vung, Châu Thành.
Tiền Giang: Mỹ Tho, Gò Công, Cai Lậy, Tân Phước, Cái Bè, Châu Thành, Chợ Gạo, Gò Công Tây, Gò
    Công Đông, Tân Phú Đông.
An Giang: Long Xuyên, Châu Đốc, An Phú, Tân Châu, Phú Tân, Châu Phú, Tịnh Biên, Tri Tôn, Châu
    Thành, Chợ Mới, Thoại Sơn.
Kiên Giang: Rạch Giá, Hà Tiên, Kiên Lương, Hòn Đất, Tân Hiệp, Châu Thành, Giồng Riềng, Gò Quao,
    An Biên, An Minh, Vĩnh Thuận, Phú Quốc, Kiên Hải, U Minh Thượng, Giang Thành.
Cà Mau: Cà Mau, U Minh, Thới Bình, Trần Văn Thời, Cái Nước, Đầm Dơi, Năm Căn, Phú Tân, Ngọc
    Hiển.
Bạc Liêu: Bạc Liêu, Hồng Dân, Phước Long, Vĩnh Lợi, Giá Rai, Đông Hải, Hòa Bình.
"""


def _entries() -> list[tuple[str, str]]:
    """(district, province) for each line of the table."""
    pairs = []
    for entry in " ".join(_TABLE.split()).split("."):
        province, _, districts = entry.partition(":")
        pairs += [(d.strip(), province.strip()) for d in districts.split(",") if d.strip()]
    return pairs


@lru_cache(maxsize=1)
def _by_folded() -> dict[str, list[tuple[str, str]]]:
    """Folded district name -> (spelling, province) of every district that folds to it."""
    found: dict[str, list[tuple[str, str]]] = {}
    for district, province in _entries():
        found.setdefault(fold(district), []).append((district, province))
    return found


# The kind of unit before a district's name, or its Party committee ("Huyện ủy Lục Ngạn"). Its
# first letters (h, q, t) are checked first in `_mention_pattern`.
_KIND = r"(?:(?:huyen|quan|thi|thanh)\s+uy|huyen|quan|thi\s+xa|thanh\s+pho|tp\.?)\s+"


@lru_cache(maxsize=1)
def _mention_pattern() -> re.Pattern[str]:
    # Every name, shared ones too: "Vĩnh Thạnh" must not be read as "Vinh" (Nghệ An).
    names = sorted({fold_chars(d) for d, _ in _entries() if not any(c.isdigit() for c in d)},
                   key=len, reverse=True)
    alternation = "|".join(r"\s+".join(map(re.escape, n.split())) for n in names)
    # The kind's first letter is checked first (see `_KIND`): most places fail there.
    return re.compile(rf"(?=[hqt])(?<!\w){_KIND}(?P<name>{alternation})(?!\w)")


def districts_of(province: str) -> tuple[str, ...]:
    """The districts, towns and cities of a province (of its old provinces, for a 2025 one
    such as "Huế"), in the table's order."""
    old = {canonical_province(province)} - {None} or set(old_provinces_of(province))
    return tuple(d for d, p in _entries() if p in old)


def district_province(name: str | None) -> str | None:
    """The province of a district ("Hương Sơn", "huyện Hương Sơn"), when only one has it."""
    kind = re.match(rf"\s*{_KIND}", fold_chars(name or ""))
    return _province_of((name or "")[kind.end() if kind else 0:])


def provinces_by_district(text: str) -> list[str]:
    """The province of each district named with its kind ("huyện Hương Sơn") in `text`; a
    numbered one is Hồ Chí Minh City's ("Quận 9", "HỘI ĐỒNG NHÂN DÂN QUẬN 2": Quận 2 and 9 were
    merged into Thủ Đức in 2021), the only city whose districts are numbered."""
    folded = fold_chars(text)
    found = []
    for m in _mention_pattern().finditer(folded):
        if text[m.start("name")].isupper():
            province = _province_of(text[m.start("name"):m.end("name")])
            if province:
                found.append(province)
    return found + ["Hồ Chí Minh"] * len(_NUMBERED_DISTRICT.findall(folded))


_NUMBERED_DISTRICT = re.compile(r"(?<!\w)(?:quan|QUAN|Quan)[ \t]+(?:1[0-2]|[1-9])(?![\w/.,-]?\d)")


def _province_of(printed: str) -> str | None:
    provinces = {province for spelling, province in _by_folded().get(fold(printed), ())
                 if same_name(printed, spelling)}
    return provinces.pop() if len(provinces) == 1 else None


def province_of_body(body: str) -> str | None:
    """The province an issuing body's name tells: one it names ("Ủy ban nhân dân tỉnh Trà
    Vinh"), else its district's ("UBND huyện Hương Sơn")."""
    named = find_province_mentions(body)
    return named[0][2] if named else next(iter(provinces_by_district(body)), None)


def most_named_district_province(text: str) -> str | None:
    counts = Counter(provinces_by_district(text))
    return counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=1)
def _place_names() -> list[str]:
    """The folded names of every province and district, sorted for a search by prefix."""
    return sorted({*folded_province_names(), *_by_folded()})


def place_name_ends(name: str, next_word: str) -> bool:
    """Whether `name` names a province or district in full and no place's name goes on with
    `next_word`: in "của Ủy ban nhân dân tỉnh Bình Phước Tách phòng ..." (a decision's title
    run on after its body) "Tách" is no part of "Bình Phước"; in "Thừa Thiên" / "Huế" it is."""
    folded = fold(name)
    if not folded or not (canonical_province(name) or folded in _by_folded()):
        return False
    longer = folded + fold(next_word)
    names = _place_names()
    k = bisect_left(names, longer)
    return not (k < len(names) and names[k].startswith(longer))


def opens_on_place(words: list[str]) -> bool:
    """Whether `words` open on a province's or district's whole name: "Vinh ký ban hành", "Đăk
    Nông", not "Trương Quang Nghĩa" (a person's name, though "Trường Sa" folds alike); words
    that end while a place's name may still go on tell nothing against one."""
    names = _place_names()
    for k in range(1, len(words) + 1):
        folded = fold(" ".join(words[:k]))
        at = bisect_left(names, folded)
        if at == len(names) or not names[at].startswith(folded):
            return False  # no place's name goes on so
        if names[at] == folded:
            return True
    return True
