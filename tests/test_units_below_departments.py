"""Documents of the units below a department or a district: schools, Party cells, trade
unions, Young Pioneers. Their copies come from school websites, with a site's lines above the
header, and name their bodies in ways a ministry's text never does."""

from __future__ import annotations

import pytest

from extract.models import Level
from extract.pipeline import extract_text


def test_a_school_sites_lines_in_capitals_above_a_party_cells_header_are_not_its_body() -> None:
    text = ("Hệ thống đang bảo trì\n\nKế hoạch các hoạt động khác - Trường THCS Hòa Bình\n\n"
            "ĐĂNG NHẬP TÀI KHOẢN\n\n » Kế hoạch các hoạt động khác\n\nCập nhật lúc : 07:15 02/10/2020\n\n"
            "ĐẢNG ỦY XÃ HÒA BÌNH\n\nCHI BỘ TRƯỜNG THCS HÒA BÌNH\n\n*\n\nSố: 12-KH/CB\n\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\n\n Hòa Bình, ngày 05 tháng 10 năm 2020\n\nKẾ HOẠCH\n\n"
            "Tổ chức Đại hội chi bộ nhiệm kỳ 2020-2022\n")
    identity = extract_text(text).identity
    assert identity.issuing_body == "ĐẢNG ỦY XÃ HÒA BÌNH CHI BỘ TRƯỜNG THCS HÒA BÌNH"
    assert identity.level is Level.COMMUNE


def test_a_gazette_header_with_its_typed_number_between_body_and_motto_keeps_its_body() -> None:
    # "Nghị quyết số: ..." under the body is part of the header: the body is not lost to the
    # motto's line below it
    text = ("CÔNG BÁO/Số 101 + 102/Ngày 10-2-2024\n\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n\n"
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n Nghị quyết số: 12/2024/UBTVQH15\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n\nNGHỊ QUYẾT\n"
            "Về mức chi ...\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"


@pytest.mark.parametrize(("sentence", "body"), [
    # a school's Young Pioneers and the district's council of the Pioneers
    ("Căn cứ kế hoạch số 03/KH-LĐ ngày 12/9/2019 của Liên đội trường THCS Tân Phú năm học "
     "2019 – 2020;", "Liên đội trường THCS Tân Phú"),
    ("Căn cứ chương trình số 51/CTr-HĐĐ ngày 2/10/2019 của Hội đồng đội huyện về công tác Đội;",
     "Hội đồng đội huyện"),
    # a trade union, written in lower case after its first word
    ("Căn cứ hướng dẫn số 40/HD-CĐN ngày 20/9/2019 của Ban Thường vụ Công đoàn Giáo dục Phú "
     "Lương hướng dẫn triển khai ...;", "Ban Thường vụ Công đoàn Giáo dục Phú Lương"),
    # "Trọng" of a district's name folds as "trong" (in) does
    ("Thực hiện kế hoạch số 21/KH-PGDĐT ngày 25/6/2020 của Phòng Giáo dục Đức Trọng về tuyên "
     "truyền ...", "Phòng Giáo dục Đức Trọng"),
    # a province's legal aid centre, and a ministry's name with its comma
    ("Thực hiện Văn bản số 131/TGPL-NV ngày 29/9/2021 của Trung tâm Trợ giúp pháp lý Nhà nước "
     "tỉnh; ...", "Trung tâm Trợ giúp pháp lý Nhà nước tỉnh"),
    ("Căn cứ Công văn số 2928/LĐTBXH-BVCSTE ngày 12/8/2014 của Bộ Lao động, Thương binh và Xã "
     "hội về việc ...", "Bộ Lao động, Thương binh và Xã hội"),
    # a council's delegations, and a plenum whose Central Committee is abbreviated
    ("Căn cứ Báo cáo số 08/BC-ĐGS ngày 12 tháng 10 năm 2017 của Đoàn giám sát của HĐND tỉnh;",
     "Đoàn giám sát"),
    ("Thực hiện Nghị quyết 28-NQ/TW ngày 23/5/2018 của Hội nghị lần thứ 7 BCH Trung ương khóa "
     "XII về cải cách chính sách bảo hiểm xã hội, ...", "Hội nghị lần thứ 7 BCH Trung ương"),
    # a ministry written in lower case
    ("Thông tư 08/2018/TT-BCA ngày 05/3/2018 của Bộ công an hướng dẫn Nghị định 83/2017/NĐ-CP;",
     "Bộ công an"),
    # a preschool, "mầm non" in lower case
    ("Căn cứ Kế hoạch số 175/KH-MNMV ngày 26/09/2019 của Trường Mầm non Mai Vàng về y tế trường "
     "học;", "Trường Mầm non Mai Vàng"),
])
def test_the_body_of_a_reference_names_the_unit_whole(sentence: str, body: str) -> None:
    assert extract_text(sentence).references[0].issuing_body == body


def test_a_title_run_on_after_a_body_is_none_of_its_name() -> None:
    text = ("Căn cứ Kế hoạch số 40-KH/ĐU ngày 25/3/2022 của Đảng bộ xã Tân Lập Kế hoạch đại hội "
            "các Chi bộ trực thuộc Đảng bộ xã Tân Lập nhiệm kỳ 2022-2025;")
    assert extract_text(text).references[0].issuing_body == "Đảng bộ xã Tân Lập"
    # ... but a department's name holds a type word, and a place's name may hold one's letters
    for body in ("Sở Kế hoạch và Đầu tư", "Ủy ban nhân dân tỉnh Điện Biên"):
        text = f"Căn cứ Quyết định số 10/2013/QĐ-UBND ngày 01/7/2013 của {body} ban hành ...;"
        assert extract_text(text).references[0].issuing_body == body


def test_a_ministry_in_lower_case_is_the_subject_of_its_guidance() -> None:
    text = ("Căn cứ Nghị định 83/2017/NĐ-CP ngày 18/7/2017 của Chính phủ quy định về công tác cứu "
            "nạn, cứu hộ, Thông tư 08/2018/TT-BCA ngày 05/3/2018 của Bộ công an hướng dẫn Nghị "
            "định 83/2017/NĐ-CP;")
    relations = {(r.source.id, r.relation.value, r.target.id)
                 for r in extract_text(text).relations}
    assert ("TT-8-BCA-2018", "GUIDES", "ND-83-CP-2017") in relations


def test_a_party_cell_that_makes_the_plan_is_its_body_and_a_basis_is_no_department() -> None:
    text = ("KẾ HOẠCH\n\nTổ chức Đại hội chi bộ\n\nCăn cứ Chỉ thị số 35-CT/TW ngày 30/5/2019 của "
            "Bộ Chính trị về đại hội đảng bộ các cấp;\n\nChi ủy chi bộ trường THPT Lê Lợi xây "
            "dựng kế hoạch tổ chức Đại hội chi bộ như sau:\n")
    assert extract_text(text).identity.issuing_body == "Chi ủy chi bộ trường THPT Lê Lợi"
    # "CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH" (the basis for the plan) names no department ("Sở")
    text = ("KẾ HOẠCH CÔNG ĐOÀN\n\nNăm học 2019 – 2020\n\nI. CƠ SỞ ĐỂ XÂY DỰNG KẾ HOẠCH:\n\n"
            "Căn cứ hướng dẫn số 40/HD-CĐN ngày 20/9/2019 của Ban Thường vụ Công đoàn ...;\n")
    assert extract_text(text).identity.issuing_body is None
    # ... nor is the verb "ban hành" a board ("Ban")
    text = ("Nước ta từ khi ban hành Luật Hình sự cho đến nay đã ban hành Bộ luật Hình sự qua các "
            "năm 1985, 1999 và 2015.")
    assert extract_text(text).identity.issuing_body is None


def test_a_central_body_in_a_header_without_a_symbol_makes_the_document_central() -> None:
    text = ("QUỐC HỘI\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Nghị quyết số:      /2025/QH15\n\nHà Nội, ngày      tháng     năm 2025\n\nNGHỊ QUYẾT\n"
            "Về Chương trình giám sát của Quốc hội năm 2026\n")
    identity = extract_text(text).identity
    assert (identity.level, identity.key.province) == (Level.CENTRAL, None)


def test_a_headline_over_a_sentence_that_names_the_party_is_no_body() -> None:
    text = ("ĐẠI HỘI ĐẢNG VIÊN LẦN THỨ V. NHIỆM KỲ 2020 - 2022\nThực hiện Điều lệ Đảng Cộng Sản Việt "
            "Nam (khóa XI);\nKế hoạch số 15-KH/ĐU, ngày 20/9/2019\ncủa Đảng ủy về tổ chức đại hội "
            "chi bộ.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... while the authority's line over the preamble names the body of a page without header
    text = ("NGHỊ QUYẾT\n\nVề việc sắp xếp các đơn vị hành chính cấp xã năm 2025\n\n"
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"


def test_a_provinces_customs_department_is_local() -> None:
    # a general department's own unit in a province: the province's, as its tax department is
    text = ("TỔNG CỤC HẢI QUAN\nCỤC HẢI QUAN THÀNH PHỐ HẢI PHÒNG\n-------\nSố: 5819/HQHP-TXNK\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHải Phòng, ngày 10 tháng 6 năm 2021\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("CV-5819-HQHP-TXNK-2021-hai-phong", Level.PROVINCE)


def test_a_national_board_named_before_its_subject_is_central() -> None:
    text = ("BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIẢ\n-------\n"
            "Số: 195/QĐ-BCĐ389\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Hà Nội, ngày 23 tháng 3 năm 2020\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("QD-195-BCD389-2020", Level.CENTRAL)


@pytest.mark.parametrize("office", ["PHÒNG GD&ĐT THANH OAI", "PHÒNG GD & ĐT DIỄN CHÂU",
                                    "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO YÊN DŨNG"])
def test_a_district_education_office_and_its_schools_are_of_the_district(office: str) -> None:
    # (a province has a Sở GD&ĐT): the schools' plans had been a province's
    text = (f"{office}\nTRƯỜNG MN MỸ HƯNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 164/KH-MNMH\nMỹ Hưng, ngày 27 tháng 8 năm 2021\nKẾ HOẠCH\nPhòng chống dịch\n")
    assert extract_text(text).identity.level is Level.DISTRICT


def test_a_pages_headline_with_a_type_word_over_the_header_is_passed() -> None:
    # "KẾ HOẠCH NĂM HỌC ..." over the school's header: the plan had no body
    text = ("KẾ HOẠCH NĂM HỌC 2023-2024\n\nUBND HUYỆN NÚI THÀNH\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            "\n\nTRƯỜNG TH HOÀNG VĂN THỤ\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố:  32  /KH-THHVT\n\n"
            "Tam Sơn,  ngày  25 tháng 9 năm 2023\n\nKẾ HOẠCH\nNĂM HỌC: 2023-2024\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == (
        "UBND HUYỆN NÚI THÀNH TRƯỜNG TH HOÀNG VĂN THỤ", Level.DISTRICT)
    # ... but not a gazette's heading over its body's restatement, nor a title's "SỐ ..." line
    text = ("NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994\nCỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
            "QUY ĐỊNH SỐ PHÓ CHỦ TỊCH HỘI ĐỒNG NHÂN DÂN TỈNH\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
            "Căn cứ Điều 91 của Hiến pháp;\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
