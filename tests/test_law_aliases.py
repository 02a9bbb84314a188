"""Short names a text gives the laws it names, which no table of abbreviations knows."""

from __future__ import annotations

from extract.pipeline import extract_text


def keys(text: str) -> list[str]:
    return [r.key.id for r in extract_text(text).references]


def test_a_short_name_declared_in_brackets_is_the_law_before_it() -> None:
    # (the declaration restates the name before it: no mention of its own)
    text = ("Quốc hội thông qua Luật Giao dịch điện tử năm 2023 (Luật GDĐT 2023). Luật GDĐT "
            "2023 thay thế Luật GDĐT 2005.\n")
    assert keys(text) == ["LUAT-QH-2023-luat-giao-dich-dien-tu"] * 2 + [
        "LUAT-QH-2005-luat-giao-dich-dien-tu"]
    # ... not, without a year, the namesake the text cites by number
    text = ("Quốc hội đã thông qua Luật trách nhiệm bồi thường của Nhà nước năm 2009 "
            "(Luật TNBTCNN). Luật Trách nhiệm bồi thường của Nhà nước số 10/2017/QH14 thay thế "
            "Luật TNBTCNN năm 2009.\n")
    assert keys(text) == ["LUAT-QH-2009-luat-trach-nhiem-boi-thuong-cua-nha-nuoc",
                          "LUAT-10-QH14-2017",
                          "LUAT-QH-2009-luat-trach-nhiem-boi-thuong-cua-nha-nuoc"]


def test_an_amending_laws_short_name_is_the_amending_laws() -> None:
    # not that of the law it amends, whose name ends its own
    text = ("thực hiện Luật sửa đổi, bổ sung một số điều của Luật BHYT ban hành ngày 13/6/2014 "
            "(sau đây gọi là Luật BHYT sửa đổi). Luật BHYT sửa đổi quy định.\n")
    amending = "LUAT-QH-2014-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-bao-hiem-y-te"
    assert keys(text) == [amending, "LUAT-QH-luat-bao-hiem-y-te", amending]


def test_an_abbreviation_of_a_law_the_text_names_in_full_is_that_law() -> None:
    # its letters are the initials of the law's words, without "và"; an amending law's name
    # may end in it
    text = ("Luật Tiêu chuẩn và Quy chuẩn kỹ thuật (TC&QCKT) được ban hành năm 2006. Việc sửa "
            "đổi Luật TC&QCKT là cần thiết; Luật Sửa đổi, bổ sung một số điều của Luật TC&QCKT"
            ".\n")
    law = "LUAT-QH-luat-tieu-chuan-va-quy-chuan-ky-thuat"
    assert keys(text)[:2] == [law, law]
    assert keys(text)[2] == keys("Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và Quy "
                                 "chuẩn kỹ thuật.\n")[0]
    # ... nor "của"; its name however punctuated ("rượu, bia", "rượu bia")
    assert keys("Luật Phòng, chống tác hại của rượu, bia; Luật Phòng, chống tác hại của rượu bia"
                ". Việc ban hành Luật PCTHRB là bước thể chế hóa.\n") == [
        "LUAT-QH-luat-phong-chong-tac-hai-cua-ruou-bia"] * 3
    # an abbreviated name ties to the number after it, and so the law named in full
    text = ("hướng dẫn Bộ luật TTDS 92/2015/QH13 về trả lại đơn khởi kiện trong Bộ luật Tố tụng "
            "dân sự 2015.\n")
    assert keys(text) == ["LUAT-92-QH13-2015", "LUAT-92-QH13-2015"]


def test_an_abbreviation_no_law_of_the_text_spells_stays_its_own() -> None:
    assert keys("theo Luật TC&QCKT; Luật Tiếp cận thông tin\n") == [
        "LUAT-QH-luat-tcqckt", "LUAT-QH-luat-tiep-can-thong-tin"]
    # ... and so does one that spells two laws the text names
    assert keys("Luật Thanh tra; Luật Trồng trọt; Luật TT\n")[2] == "LUAT-QH-luat-tt"
