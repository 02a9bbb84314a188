"""Words run together where a line break was lost, as in text copied from old web pages."""

from __future__ import annotations

import pytest

from extract.glued import glued_words
from extract.normalize import fold_chars, inserted
from extract.pipeline import extract_text


def spaced(text: str) -> str:
    return inserted(text, glued_words(text, fold_chars(text)), None)[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hội đồng nhândân; mộtsố điều; Banhành kèm theo; VỀVIỆC; CÔNG TRÌNHXÂY DỰNG",
     "Hội đồng nhân dân; một số điều; Ban hành kèm theo; VỀ VIỆC; CÔNG TRÌNH XÂY DỰNG"),
    ("Chỉthị, Nghịquyết, Ngườiđứngđầu, trườnghọc, Hộinghị",  # spelling and tones decide
     "Chỉ thị, Nghị quyết, Người đứng đầu, trường học, Hội nghị"),
    # the text's own words decide between "Tỉnh uỷ" and "Tỉn huỷ"
    ("Ban Thường vụ Tỉnh uỷ; Tỉnhuỷ Bến Tre", "Ban Thường vụ Tỉnh uỷ; Tỉnh uỷ Bến Tre"),
    # once a text runs words together: a vowel meeting a vowel, a code meeting a word
    ("nhândân, mộtsố, Banhành củaỦy ban theo 28-CTr/TUngày 11, 33/CT-TTgngày 26, KẾ "
     "HOẠCHThực hiện",
     "nhân dân, một số, Ban hành của Ủy ban theo 28-CTr/TU ngày 11, 33/CT-TTg ngày 26, KẾ "
     "HOẠCH Thực hiện"),
    # a symbol's code meeting the date after it, in any text (the symbol was lost)
    ("Đề án số 381/ĐA-CPngày 09 tháng 5 năm 2025; Chỉ thị số 15/CT-TTgngày 1/2/2020",
     "Đề án số 381/ĐA-CP ngày 09 tháng 5 năm 2025; Chỉ thị số 15/CT-TTg ngày 1/2/2020"),
    # ... and a code that ends in a term's number meeting any word (not "TTg", "CTr" above)
    ("Luật số: 89/2015/QH13Hà Nội, ngày 23 tháng 11 năm 2015; Số hiệu:1243/NQ-UBTVQH15Ngày đăng",
     "Luật số: 89/2015/QH13 Hà Nội, ngày 23 tháng 11 năm 2015; Số hiệu:1243/NQ-UBTVQH15 Ngày đăng"),
    # ... not "TTg" and the place after it, which is no code "T" run into a place "Tg Hà Nội"
    ("Số: 861/QĐ-TTg Hà Nội, ngày 04 tháng 06 năm 2021; Số: 06/QĐTTg Hà Nội, ngày 06 tháng 01",
     "Số: 861/QĐ-TTg Hà Nội, ngày 04 tháng 06 năm 2021; Số: 06/QĐTTg Hà Nội, ngày 06 tháng 01"),
    # ... and a joint code's long last part: "ĐCTUBTƯMTTQVN", the Front's Presidium
    ("Số hiệu:01/2023/NQLT-CP-ĐCTUBTƯMTTQVNNgày đăng công báo:",
     "Số hiệu:01/2023/NQLT-CP-ĐCTUBTƯMTTQVN Ngày đăng công báo:"),
    # ... or a portal's next field after it (the own symbol was "11/2022/TT", of issuer "TT")
    ("Số hiệu:11/2022/TT-BNVNgày đăng công báo:Đang cập nhật",
     "Số hiệu:11/2022/TT-BNV Ngày đăng công báo:Đang cập nhật"),
    # ... and a type word meeting its number
    ("nhândân, mộtsố, Banhành, sơ kết việc thực hiện Quyết định288, Chỉ thị số35/CT-TTg",
     "nhân dân, một số, Ban hành, sơ kết việc thực hiện Quyết định 288, Chỉ thị số 35/CT-TTg"),
    # ... a number meeting the word after it, and a full stop the next sentence
    ("nhândân, mộtsố, Banhành ngày 9-8-2019triển khai; kỷ niệm 100năm. Nhiệm kỳ 2025.Đảng ủy",
     "nhân dân, một số, Ban hành ngày 9-8-2019 triển khai; kỷ niệm 100 năm. Nhiệm kỳ 2025. Đảng "
     "ủy"),
    # the documents' own names decide where the text writes the other reading apart
    ("làm theo tấm gương; Hội đồng Thi đua - Khen thưởng Trungương",
     "làm theo tấm gương; Hội đồng Thi đua - Khen thưởng Trung ương"),
    # a loanword with a mark is one such word, not a text that runs words together
    ("đôla, YouTube, TikTok", "đô la, YouTube, TikTok"),
])
def test_syllables_run_together_are_parted(text: str, expected: str) -> None:
    assert spaced(text) == expected


@pytest.mark.parametrize("text", [
    "online, video, Internet, COVID, UBND, HĐND, QĐi, TLĐ-ToC, Krông Pắc, ô-tô, người, ngoài",
    "Nghị quyết số 12-NQ/ĐUCA",  # a code in capitals: its Đ is no vowel mark, it has no tone
    "Kế hoạch số 35/KH-UBNDvề việc",  # no other sign of running together (a date is parted)
])
def test_words_of_one_syllable_and_foreign_words_are_left_whole(text: str) -> None:
    assert spaced(text) == text


def test_a_decision_copied_with_its_line_breaks_lost() -> None:
    text = ("Căn cứ Luật tổ chức Hội đồng nhândân và Ủy ban nhân dân ngày 26/11/2003;\n"
            "Theo đề nghị của Sở Xây dựng tạiTờ trình số 350/TTr-SXD ngày 21/02/2014,\n"
            "Điều 1. Banhành kèm theo Quyết định này Quy định.")
    extraction = extract_text(text)
    assert [(r.key.id, r.text) for r in extraction.references] == [
        ("LUAT-QH-2003-luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan",
         "Luật tổ chức Hội đồng nhândân và Ủy ban nhân dân"),  # offsets slice the text as read
        ("TTr-350-SXD-2014", "Tờ trình số 350/TTr-SXD"),
    ]


def test_a_law_whose_symbol_ran_into_its_date_line_is_named_by_it() -> None:
    text = ("QUỐC HỘI\nLuật số: 89/2015/QH13Hà Nội, ngày 23 tháng 11 năm 2015\nLUẬT\nTHỐNG KÊ\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
            "Quốc hội ban hành Luật thống kê.\n")
    result = extract_text(text)
    assert result.identity.key.id == "LUAT-89-QH13-2015"
    assert [r.relation.value for r in result.relations] == ["BASED_ON"]  # the constitution
    # ... also a code with no term's number, into a place of two words or more
    text = ("CHÍNH PHỦ\nSố: 127/NQ-CPHà Nội, ngày 14 tháng 8 năm 2023\nNGHỊ QUYẾT\nVỀ VIỆC ÁP "
            "DỤNG THỊ THỰC ĐIỆN TỬ\nCăn cứ Nghị quyết số 973/2020/UBTVQH14ngày 08 tháng 7 năm "
            "2020; Quyết định số 105/2009/QĐ-TTg ngày 19/8/2009.\n")
    result = extract_text(text)
    assert result.identity.key.id == "NQ-127-CP-2023"  # was a resolution with no number
    assert [r.key.id for r in result.references] == ["NQ-973-UBTVQH14-2020", "QD-105-TTg-2009"]
