"""A document's own identity: header, date line, title, signer; or preamble and province."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.bodies import cut_after_place
from extract.interchange import to_record
from extract.models import Level
from extract.normalize import fold_words
from extract.pipeline import extract_corpus, extract_text
from extract.preamble import without_head
from extract.restated import without_restatement

FULL_HEADER = """ỦY BAN NHÂN DÂN
TỈNH BẾN TRE
--------
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 5793/KH-UBND
Bến Tre, ngày 26 tháng 11 năm 2013

KẾ HOẠCH
THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 28-CTR/TU CỦA TỈNH UỶ BẾN TRE

Thực hiện Chương trình hành động số 28-CTr/TU ngày 11 tháng 9 năm 2013 của Tỉnh uỷ Bến Tre.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đức Quý
"""

NO_HEADER = """ KẾ HOẠCH

Thực hiện công tác dân vận chính quyền năm 2023

Nhằm thúc đẩy công tác dân vận, Ủy ban nhân dân xã Sơn Ninh xây dựng kế hoạch như sau:
1. Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Hà Tĩnh nhiệm kỳ 2020 - 2025.

Nơi nhận: TM. ỦY BAN NHÂN DÂN
- UBND huyện Hương Sơn; CHỦ TỊCH
- Lưu: VP. Nguyễn Xuân Huy
"""


def test_a_full_header_gives_symbol_date_body_type_title_province_and_signer() -> None:
    ident = extract_text(FULL_HEADER).identity
    assert ident.key.id == "KH-5793-UBND-2013-ben-tre"
    assert ident.symbol == "5793/KH-UBND"
    assert ident.date.isoformat() == "2013-11-26"
    assert ident.place == "Bến Tre"
    assert ident.issuing_body == "ỦY BAN NHÂN DÂN TỈNH BẾN TRE"
    assert ident.type_name == "Kế hoạch"
    assert ident.title.startswith("THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 28-CTR/TU")
    assert ident.level == Level.PROVINCE
    assert ident.signer == "Trần Đức Quý"


def test_the_own_symbol_is_not_a_reference() -> None:
    refs = extract_text(FULL_HEADER).references
    assert all("5793" not in r.text for r in refs)


def test_without_a_header_the_preamble_and_the_province_named_identify_it() -> None:
    ident = extract_text(NO_HEADER).identity
    assert ident.key.type == "KH" and ident.key.number is None
    assert ident.key.issuer == "UBND" and ident.key.province == "Hà Tĩnh"
    assert ident.issuing_body == "Ủy ban nhân dân xã Sơn Ninh"
    assert ident.level == Level.COMMUNE
    assert ident.title == "Thực hiện công tác dân vận chính quyền năm 2023"
    assert ident.signer == "Nguyễn Xuân Huy"


def test_a_citys_party_committee_names_the_province_of_a_news_item() -> None:
    text = ("Phó Bí thư Thường trực Thành ủy Hà Nội vừa ký văn bản về việc tạm dừng các đoàn đi "
            "công tác nước ngoài.\nTheo Công văn số 460-CV/TU, Thường trực Thành ủy yêu cầu:\n")
    extraction = extract_text(text)
    assert extraction.identity.province == "Hà Nội"
    # so the committee's own documents are Hà Nội's, not of no province
    assert [r.key.id for r in extraction.references] == ["CV-460-TU-ha-noi"]


def test_a_provinces_newspaper_names_the_province_of_what_it_prints() -> None:
    text = ("(Báo Quảng Ngãi)- Thực hiện Chỉ thị số 45/CT-TTg, Ban Thường vụ Tỉnh ủy ban hành "
            "Kế hoạch số 12-KH/TU ngày 3/5/2019 về chống khai thác hải sản bất hợp pháp.\n")
    assert [r.key.id for r in extract_text(text).references][-1] == "KH-12-TU-2019-quang-ngai"
    # ... but not a notice ("thông báo"), written without a capital
    text = "Ban Thường vụ Huyện ủy thông báo Hà Nam là đồng chí được giới thiệu.\n"
    assert extract_text(text).identity.province is None


def test_a_numbered_ward_in_the_preamble_is_the_body() -> None:
    text = (" KẾ HOẠCH \nThực hiện công tác dân vận năm 2024\n\nCăn cứ Kế hoạch số 12/KH-UBND "
            "ngày 5/1/2024 của UBND quận 5, UBND Phường 7 ban hành kế hoạch như sau:\n")
    ident = extract_text(text).identity
    assert (ident.issuing_body, ident.key.issuer, ident.level) == (
        "UBND Phường 7", "UBND", Level.COMMUNE)


def test_a_body_whose_document_a_reference_names_is_no_preamble_body() -> None:
    text = ("Đáp ứng các mục tiêu theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ và "
            "Quyết định số 3504/QĐ-UBND ngày 22/10/2021 của UBND tỉnh về ban hành Chương trình "
            "tổng thể CCHC của tỉnh giai đoạn 2021- 2030.\n")
    ident = extract_text(text).identity
    assert ident.issuing_body is None and ident.key.type == "CV"  # was "UBND tỉnh về", CTr


@pytest.mark.parametrize("asks", ["Yêu cầu", "Đề nghị", "Chỉ đạo", "Giao"])
def test_a_body_asked_to_make_a_plan_is_no_preamble_body(asks: str) -> None:
    # A news item or a plan's tasks: the body makes a plan of its own later, not this text.
    text = (f"Đồng chí Bí thư đánh giá kết quả năm 2020. {asks} Ban Văn hóa thông tin xã xây "
            "dựng kế hoạch, thường xuyên cập nhật thông tin về Chỉ thị 02-CT/TU.\n")
    ident = extract_text(text).identity
    assert ident.issuing_body is None and ident.key.type == "CV"  # was a plan of that Ban


@pytest.mark.parametrize("text", [
    # ... nor one that directs others to make it, its name run into the verb
    "Ban thường vụ tỉnh, thành ủy trực thuộc Trung ương hiện nay chỉ đạo xây dựng đề án kết thúc "
    "hoạt động của đảng bộ cấp huyện.\n",
    # ... nor a department named for construction, "Xây dựng" no verb (a guidance of "Sở")
    "Giá nước sạch áp dụng từ ngày 02/2/2013. UBND tỉnh giao Sở Tài chính phối hợp Sở Xây dựng "
    "hướng dẫn, kiểm tra trong việc thực hiện.\n",
    # ... nor one whose making is the purpose of what the text speaks of
    "Đây là những văn bản quan trọng làm căn cứ để các BCSĐ UBND tỉnh xây dựng và ban hành quy "
    "chế làm việc.\n",
    # ... nor a news item's two acts, a body set up and a rule issued (it was a Quy chế of "Ban
    # biên tập và")
    "Lễ bàn giao đài truyền thanh xã. Thành lập Ban biên tập và Ban hành Quy chế hoạt động của "
    "Đài truyền thanh xã.\n",
])
def test_a_body_that_directs_a_plan_or_makes_one_for_a_purpose_is_no_preamble_body(
        text: str) -> None:
    ident = extract_text(text).identity
    assert ident.issuing_body is None and ident.key.type == "CV"  # an Đề án, a Quy chế


@pytest.mark.parametrize(("heading", "issuer"), [("LUẬT", "QH"), ("PHÁP LỆNH", "UBTVQH")])
def test_a_law_or_ordinance_with_no_symbol_or_body_is_the_assemblys(heading: str,
                                                                    issuer: str) -> None:
    # A page that prints the heading and the title alone (its issuer had been none)
    identity = extract_text(f"{heading}\nTÀI NGUYÊN NƯỚC\nCăn cứ Hiến pháp;\n").identity
    assert (identity.key.issuer, identity.level) == (issuer, Level.CENTRAL)


def test_a_decree_the_prime_minister_signs_is_the_governments() -> None:
    text = ("Thủ tướng Chính phủ Nguyễn Tấn Dũng vừa thay mặt Chính phủ ký ban hành Nghị định về "
            "xây dựng, quản lý và sử dụng nghĩa trang.\n")
    assert extract_text(text).identity.key.issuer == "CP"  # was TTg


def test_a_provincial_committees_board_is_keyed_by_its_own_code() -> None:
    # as its symbols are ("54-HD/BTGTU"), not the committee's TU
    text = ("Ban Tuyên giáo Tỉnh ủy Quảng Trị ban hành Hướng dẫn tuyên truyền kỷ niệm 95 năm "
            "Ngày thành lập Đảng.\n")
    assert extract_text(text).identity.key.issuer == "BTGTU"
    text = "Ban Tuyên giáo và Dân vận Thành ủy TPHCM xây dựng Kế hoạch tuyên truyền.\n"
    assert extract_text(text).identity.key.issuer == "BTGDVTU"


def test_the_youth_unions_secretariat_is_not_the_partys() -> None:
    text = "Ban Bí thư Trung ương Đoàn ban hành Kế hoạch thực hiện Chỉ thị số 03-CT/TW.\n"
    identity = extract_text(text).identity
    assert (identity.key.issuer, identity.level) == ("TWĐTN", Level.CENTRAL)  # was TW


def test_the_enacting_formula_names_the_ministry_not_its_minister() -> None:
    text = ("THÔNG TƯ\nQuy định về tuyển chọn công dân thực hiện nghĩa vụ tham gia Công an nhân "
            "dân\nCăn cứ Luật Công an nhân dân năm 2018;\nBộ trưởng Bộ Công an ban hành Thông tư "
            "quy định về tuyển chọn.\n")
    assert extract_text(text).identity.issuing_body == "Bộ Công an"
    # ... and a joint document's preamble names no body: the pattern reads one or two of them
    text = ("THÔNG TƯ LIÊN TỊCH\nHướng dẫn thực hiện trợ cấp một lần\nBộ trưởng Bộ Lao động - "
            "Thương binh và Xã hội, Bộ trưởng Bộ Tài chính ban hành Thông tư liên tịch hướng "
            "dẫn thực hiện trợ cấp một lần.\n")
    assert extract_text(text).identity.issuing_body is None
    text = ("Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc và Bộ trưởng Bộ Tài chính ban hành Thông tư liên "
            "tịch quy định chi tiết chính sách đối với người có uy tín.\n")
    assert extract_text(text).identity.issuing_body is None


def test_a_title_wrapped_inside_its_period_is_read_whole() -> None:
    # "giai đoạn 2021-" / "2025": a wrapped copy names the same document as the whole line.
    text = ("KẾ HOẠCH\nThực hiện công tác dân vận chính quyền giai đoạn 2021-{}2025\n\n"
            "Ủy ban nhân dân xã Sơn Ninh xây dựng kế hoạch như sau:\n")
    whole, wrapped = extract_text(text.format("")), extract_text(text.format("\n"))
    assert wrapped.identity.title == ("Thực hiện công tác dân vận chính quyền giai đoạn "
                                      "2021- 2025")
    assert wrapped.identity.key.id == whole.identity.key.id
    # ... and so inside a ministry's name: "Bộ Lao động -" / "Thương binh và Xã hội"
    text = ("THÔNG TƯ\nBãi bỏ một số văn bản do Bộ trưởng Bộ Lao động -\nThương binh và Xã hội ban"
            " hành\n\nBỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n")
    assert extract_text(text).identity.title == ("Bãi bỏ một số văn bản do Bộ trưởng Bộ Lao "
                                                 "động - Thương binh và Xã hội ban hành")


def test_an_upper_case_title_goes_on_past_a_symbol_in_mixed_case() -> None:
    # "856/QĐ-TTg" keeps its lower-case "g": the line is upper case all the same (the title
    # had been "THỰC")
    text = ("Số: 2596/KH-BHXH\nKẾ HOẠCH\nTHỰC\nHIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM "
            "2019 CỦA THỦ TƯỚNG CHÍNH PHỦ\nPHÊ DUYỆT ĐỀ ÁN ĐỔI MỚI TỔ CHỨC BỘ MÁY\nCăn cứ "
            "Quyết định số 856/QĐ-TTg ngày 10 tháng 7 năm 2019 của Thủ tướng Chính phủ;\n")
    assert extract_text(text).identity.title == (
        "THỰC HIỆN QUYẾT ĐỊNH SỐ 856/QĐ-TTg NGÀY 10 THÁNG 7 NĂM 2019 CỦA THỦ TƯỚNG CHÍNH PHỦ "
        "PHÊ DUYỆT ĐỀ ÁN ĐỔI MỚI TỔ CHỨC BỘ MÁY")


def test_a_title_goes_on_past_a_line_that_ends_with_a_word_no_title_ends_with() -> None:
    # "... Quốc hội khóa" / "XV và ...": a title continued by a capital, after "khóa", "của",
    # "năm", ...; a wrapped copy of a document without a number keeps its key.
    text = ("KẾ HOẠCH\nThông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa{}XV và bầu cử "
            "đại biểu Hội đồng nhân dân các cấp\n\nThực hiện Kế hoạch số 21/KH-UBND ngày "
            "31/01/2021 của UBND tỉnh Thanh Hóa, UBND xã Dân Lực xây dựng kế hoạch như sau:\n")
    whole, wrapped = extract_text(text.format(" ")), extract_text(text.format("\n"))
    assert wrapped.identity.title == whole.identity.title == (
        "Thông tin, tuyên truyền Cuộc bầu cử đại biểu Quốc hội khóa XV và bầu cử đại biểu Hội "
        "đồng nhân dân các cấp")
    assert wrapped.identity.key.id == whole.identity.key.id
    # ... but a title that ends with "Việt Nam" ends there.
    text = "KẾ HOẠCH\nTuyên truyền về biển, đảo Việt Nam\nCăn cứ Luật Biển Việt Nam;\n"
    assert extract_text(text).identity.title == "Tuyên truyền về biển, đảo Việt Nam"
    # A date cut after its day or its "ngày" goes on, also into a number, in any case ...
    text = ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 977/QĐ-TTg NGÀY 11 THÁNG\n8 NĂM 2022 CỦA "
            "THỦ TƯỚNG CHÍNH PHỦ\nThực hiện Quyết định số 977/QĐ-TTg ngày 11/8/2022.\n")
    assert extract_text(text).identity.title == (
        "TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH SỐ 977/QĐ-TTg NGÀY 11 THÁNG 8 NĂM 2022 CỦA THỦ TƯỚNG "
        "CHÍNH PHỦ")
    # ... but "hằng ngày" (daily) ends a title
    text = "KẾ HOẠCH\nTập thể dục hằng ngày\nCăn cứ Luật Thể dục, thể thao;\n"
    assert extract_text(text).identity.title == "Tập thể dục hằng ngày"


@pytest.mark.parametrize("heading", ["K Ế  H O Ạ C H", "K ẾH OẠCH", "KẾ HOẠC H"])
def test_a_type_heading_spaced_out_or_split_by_ocr_is_read(heading: str) -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 35/KH-UBND\nTrà Vinh, ngày 11 tháng 4 năm 2023\n"
            f"{heading}\nThực hiện công tác dân vận năm 2023\nThực hiện Chỉ thị số 33/CT-TTg.\n")
    identity = extract_text(text).identity
    assert (identity.type_name, identity.title) == ("Kế hoạch", "Thực hiện công tác dân vận năm 2023")


def test_a_plenums_name_is_read_past_its_committee_to_the_title() -> None:
    # "HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH": the committee is no authority here,
    # and the plenum with it is whose the conclusions are.
    text = ("TỈNH ỦY THỪA THIÊN HUẾ\nSố 445-KL/TU\nThừa Thiên Huế, ngày 13 tháng 5 năm 2022\n"
            "K ÉT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY\nBAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)\nvề xây dựng hệ"
            " thống kết cấu hạ tầng\nHội nghị lần thứ bảy Ban Chấp hành Đảng bộ tỉnh đã kết luận:\n")
    identity = extract_text(text).identity
    assert (identity.type_name, identity.title) == ("Kết luận", "về xây dựng hệ thống kết cấu hạ "
                                                    "tầng")  # (the plenum is whose, no title)


def test_a_title_goes_on_past_a_bodys_name_cut_by_the_lines_end() -> None:
    text = ("TỈNH UỶ LÀO CAI\n*\nSố         -CTr/TU\n\nLào Cai, ngày        tháng 8 năm 2026\n\n"
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp "
            "hành  \nTrung ương Đảng khóa XIV về bảo vệ môi trường\n-----\n\nThực hiện ...\n")
    assert extract_text(text).identity.title == (  # was cut at "Ban Chấp hành"
        "thực hiện Kết luận số 75-KL/TW ngày 28/7/2026 của Ban Chấp hành Trung ương Đảng khóa "
        "XIV về bảo vệ môi trường")


def test_a_title_goes_on_past_blank_lines_between_its_lines() -> None:
    # A web page's copy spaces its lines apart: "... của Đảng" / "" / "đối với công tác ...".
    text = ("CHƯƠNG TRÌNH\n\nThực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo"
            " của Đảng\n\nđối với công tác quản lý, bảo vệ và phát triển rừng\n\n \n\n"
            "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư, Ban Thường vụ Tỉnh ủy ban"
            " hành chương trình thực hiện như sau:\n")
    assert extract_text(text).identity.title == (
        "Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư về tăng cường sự lãnh đạo của Đảng đối với "
        "công tác quản lý, bảo vệ và phát triển rừng")


def test_a_symbol_line_under_the_heading_is_no_title() -> None:
    # A copy that prints the header in one column: the heading, then the symbol, then the title.
    text = ("THÔNG TƯ\nSố: 02/2015/TT- BXD\nHƯỚNG DẪN PHƯƠNG PHÁP ĐỊNH GIÁ DỊCH VỤ THOÁT NƯỚC\n"
            "Căn cứ Nghị định số 62/2013/NĐ-CP ngày 25 tháng 6 năm 2013 của Chính phủ;\n")
    identity = extract_text(text).identity
    assert identity.key.id == "TT-2-BXD-2015"
    assert identity.title == "HƯỚNG DẪN PHƯƠNG PHÁP ĐỊNH GIÁ DỊCH VỤ THOÁT NƯỚC"


@pytest.mark.parametrize(("text", "title"), [
    # the plenum that adopted it, on a line or two under "NGHỊ QUYẾT", is whose it is
    ("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 19-NQ/TW\nHà Nội, ngày 25 tháng 10 năm 2017\n\nNGHỊ QUYẾT\n"
     "HỘI NGHỊ LẦN THỨ SÁU\nBAN CHẤP HÀNH TRUNG ƯƠNG KHOÁ XII\nMột số vấn đề về tiếp tục đổi mới "
     "hệ thống tổ chức\n\nI. TÌNH HÌNH\n", "Một số vấn đề về tiếp tục đổi mới hệ thống tổ chức"),
    # ... also when the title goes on on the term's line
    ("TỈNH ỦY THỪA THIÊN HUẾ\nSố 445-KL/TU\nHuế, ngày 13 tháng 5 năm 2022\n\nKẾT LUẬN\nHỘI NGHỊ "
     "LẦN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng hệ thống kết cấu hạ tầng\n\n"
     "I. TÌNH HÌNH\n", "về xây dựng hệ thống kết cấu hạ tầng"),
])
def test_the_plenum_under_a_resolutions_heading_is_no_title(text: str, title: str) -> None:
    assert extract_text(text).identity.title == title


def test_a_document_without_a_number_still_has_a_stable_key() -> None:
    first, second = extract_text(NO_HEADER).identity.key, extract_text(NO_HEADER).identity.key
    assert first == second
    assert first.id == ("KH-UBND-ha-tinh-uy-ban-nhan-dan-xa-son-ninh-thuc-hien-cong-tac-dan-van-"
                        "chinh-f4d450c6")  # the name cut at 60 characters, and its digest


def test_a_text_that_names_nothing_of_itself_is_one_document_in_any_copy() -> None:
    news = ("Tại hội nghị, các đại biểu được quán triệt Chỉ thị số 35-CT/TW ngày 05/6/2019 của "
            "Bộ Chính trị về Đại hội Đảng bộ các cấp.\n")
    key = extract_text(news).identity.key.id
    assert extract_text(news.replace(" ", "  ").replace("Đ", "Ð")).identity.key.id == key
    assert extract_text(news.replace("hội nghị", "buổi họp")).identity.key.id != key


def test_two_yearly_plans_without_numbers_are_two_documents() -> None:
    next_year = NO_HEADER.replace("năm 2023", "năm 2024")
    assert extract_text(NO_HEADER).identity.key.id != extract_text(next_year).identity.key.id


def test_a_symbols_date_is_not_taken_for_the_date_line() -> None:
    text = NO_HEADER.replace("Nhằm thúc đẩy", "Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của "
                             "Ban Bí thư; nhằm thúc đẩy")
    ident = extract_text(text).identity
    assert (ident.date, ident.place) == (None, None)
    # The own symbol may stand in the same cell before the place, when line ends were lost.
    for header in ("Số: 26/KH-VP  Trà Vinh, ngày 17 tháng 4 năm 2023  KẾ HOẠCH",
                   "Số:26/KH-VP Trà Vinh, ngày 17 tháng 4 năm 2023\n# KẾ HOẠCH"):
        one_line = extract_text(header).identity
        assert (one_line.date.isoformat(), one_line.key.year, one_line.place) == (
            "2023-04-17", 2023, "Trà Vinh")


# A web page that prints a plan whole, announced above its heading, without a header.
ANNOUNCED = """Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về thực \
hiện Chỉ thị 13-CT/TW của Ban Bí thư. Ban quản trị website xin đăng toàn văn Chương trình này:

CHƯƠNG TRÌNH
Thực hiện Chỉ thị 13-CT/TW của Ban Bí thư

Thực hiện Chỉ thị 13-CT/TW, ngày 12/01/2017 của Ban Bí thư về tăng cường sự lãnh đạo của Đảng \
đối với công tác quản lý, bảo vệ và phát triển rừng, Ban Thường vụ Tỉnh ủy ban hành chương trình.
"""


def test_a_document_announced_above_its_heading_is_the_document() -> None:
    extraction = extract_text(ANNOUNCED)
    assert extraction.identity.key.id == "CTr-27-TU-2017-thua-thien-hue"
    assert extraction.identity.date.isoformat() == "2017-08-23"
    assert extraction.identity.issuing_body == "Tỉnh Ủy Thừa Thiên Huế"
    assert {(r.relation.value, r.target.id) for r in extraction.relations} == {
        ("IMPLEMENTS", "CT-13-TW-2017")}
    # Announced with another type than the heading's, it is another document.
    other = extract_text(ANNOUNCED.replace("Chương trình số 27-CTr/TU", "Kế hoạch số 27-KH/TU"))
    assert other.identity.key.number is None


PARTY_HEADER = """HUYỆN ỦY HƯƠNG SƠN
*
Số 45-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Hương Sơn, ngày 10 tháng 3 năm 2023

KẾ HOẠCH
thực hiện Chỉ thị số 15-CT/TU ngày 02/01/2023 của Ban Thường vụ Tỉnh ủy
"""


def test_a_party_header_writes_its_number_without_a_colon() -> None:
    extraction = extract_text(PARTY_HEADER)
    assert extraction.identity.symbol == "45-KH/HU"
    assert [r.key.id for r in extraction.references] == ["CT-15-TU-2023-ha-tinh"]


@pytest.mark.parametrize(("header", "key"), [
    ("Chính phủ Số: 203/NQ-CP |", "NQ-203-CP-2020"),
    ("Thủ tướng Chính phủ Số: 45/QĐ-TTg |", "QD-45-TTg-2020"),
])
def test_a_portals_header_names_its_body_in_lower_case_before_the_number(header: str,
                                                                          key: str) -> None:
    text = (f"{header}\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, "
            "ngày 05 tháng 03 năm 2020 |\nNghị quyết\nBan hành Kế hoạch tổng thể\n")
    assert extract_text(text).identity.key.id == key
    # ... but not more words before the body: a sentence's, whose number is another document's
    sentence = text.replace(header, f"Ngày 11/02/2020 {header.removesuffix(' |')}")
    assert extract_text(sentence).identity.symbol is None


def test_a_party_header_read_right_cell_first_gives_its_body_under_the_motto() -> None:
    text = ("## ĐẢNG CỘNG SẢN VIỆT NAM\n\n**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\n\n"
            "Số 3260-KH/ĐĐQH15\n\nHà Nội, ngày 10 tháng 01 năm 2025\n\n**KẾ HOẠCH**\n\n"
            "**triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024**\n")
    identity = extract_text(text).identity
    assert identity.issuing_body == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG ĐOÀN QUỐC HỘI"
    assert (identity.key.id, identity.level) == ("KH-3260-DDQH15-2025", Level.CENTRAL)  # was
    # a plan of Hà Nội, its date line's place


def test_the_states_motto_wrapped_after_chu_is_no_body() -> None:
    # A law's table header with no left cell: "NGHĨA VIỆT NAM" is the motto's end.
    text = ("|\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM |\nLUẬT\nTRẺ EM\nCăn cứ Hiến pháp nước Cộng "
            "hòa xã hội chủ nghĩa Việt Nam;\nQuốc hội ban hành Luật Trẻ em.\n")
    identity = extract_text(text).identity
    assert identity.issuing_body is None  # was "NGHĨA VIỆT NAM"
    assert identity.title == "TRẺ EM"


def test_the_states_name_under_an_enacting_body_is_no_part_of_it() -> None:
    # An archive prints the body with the State's name under it: "NƯỚC" was read into the body.
    # The President's own "CHỦ TỊCH NƯỚC" keeps it.
    text = ("NGHỊ QUYẾT\nGiải thích khoản 6 Điều 19 của Luật Kiểm toán Nhà nước\n______\n"
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Căn cứ Luật Tổ chức Quốc hội;\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"
    text = ("LỆNH\nCỦA CHỦ TỊCH NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 33-L/CTN\n"
            "Căn cứ vào Điều 103 của Hiến pháp;\n")
    assert extract_text(text).identity.issuing_body.endswith("CHỦ TỊCH NƯỚC")


def test_the_democratic_republics_name_is_a_motto_and_its_government_an_authority() -> None:
    # Until 1976 the State's name was "VIỆT NAM DÂN CHỦ CỘNG HÒA": it had been read into the
    # body, and the Government's council ("HỘI ĐỒNG CHÍNH PHỦ", until 1981; "HỘI ĐỒNG BỘ
    # TRƯỞNG", until 1992) deciding under the title into the title.
    text = ("HỘI ĐỒNG CHÍNH PHỦ\n*******\n\nVIỆT NAM DÂN CHỦ CỘNG HÒA\nĐộc lập - Tự do - Hạnh "
            "phúc\n*******\n\nSố : 174-CP\n\nHà Nội, ngày 10 tháng 9 năm 1970\n\nNGHỊ ĐỊNH\n\n"
            "BAN HÀNH ĐIỀU LỆ TỔ CHỨC THANH TRA TÀI CHÍNH\n\nHỘI ĐỒNG CHÍNH PHỦ\n\nXét Nghị định "
            "số 1077-TTg ngày 12 tháng 10 năm 1956 của Hội đồng Chính phủ;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body, identity.title) == (
        "ND-174-CP-1970", "HỘI ĐỒNG CHÍNH PHỦ", "BAN HÀNH ĐIỀU LỆ TỔ CHỨC THANH TRA TÀI CHÍNH")
    text = ("HỘI ĐỒNG BỘ TRƯỞNG\nSố: 30-HĐBT\nHà Nội, ngày 23 tháng 3 năm 1989\nNGHỊ ĐỊNH\n"
            "VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI\nHỘI ĐỒNG BỘ TRƯỞNG\nCăn cứ Luật Đất đai;\n")
    assert extract_text(text).identity.title == "VỀ VIỆC THI HÀNH LUẬT ĐẤT ĐAI"


def test_an_images_file_name_over_a_pages_heading_is_no_body() -> None:
    text = ("1.PNG\n\nTHÔNG BÁO\n\nVỀ VIỆC TRIỂN KHAI THỰC HIỆN ĐỀ ÁN\n\nĐể tích cực thực hiện "
            "Nghị quyết số 36-NQ/TW ngày 26/03/2004 của Bộ Chính trị, ...\n")
    assert extract_text(text).identity.issuing_body is None  # was "1.PNG"


def test_a_provincial_party_header_makes_tu_of_a_symbol_printed_with_tu_horn() -> None:
    # "TƯ" is printed for Trung ương and for Tỉnh ủy alike: the header settles it.
    text = ("TỈNH ỦY THỪA THIÊN HUẾ\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 445-KL/TƯ\n"
            "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022\nKẾT LUẬN\n"
            "Sau 10 năm thực hiện Nghị quyết 13-NQ/TƯ của Tỉnh ủy (khóa XIV), hạ tầng phát triển.")
    extraction = extract_text(text)
    assert extraction.identity.key.id == "KL-445-TU-2022-thua-thien-hue"
    assert [r.key.id for r in extraction.references] == ["NQ-13-TU-thua-thien-hue"]


def test_a_decree_without_symbol_or_body_is_the_governments_not_its_date_lines_city() -> None:
    # (a flattened header lost its symbol and body: the decree was of Hà Nội, of no issuer)
    text = ("CHÍNH PHỦ - CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh phúc - Hà Nội, ngày "
            "21 tháng 11 năm 2014 NGHỊ ĐỊNH QUY ĐỊNH VỀ QUẢN LÝ CỬA KHẨU BIÊN GIỚI ĐẤT LIỀN Căn cứ "
            "Luật Biên giới quốc gia;")
    identity = extract_text(text).identity
    assert (identity.key.type, identity.key.issuer, identity.key.province, identity.level) == (
        "NĐ", "CP", None, Level.CENTRAL)
    # ... and with its symbol after the motto and a dash, as such a copy parts the header's lines
    # (the dash had been read as a list item's, so the decree had no number)
    text = text.replace("Hạnh phúc - Hà Nội", "Hạnh phúc - Số: 112/2014/NĐ-CP Hà Nội")
    assert extract_text(text).identity.key.id == "ND-112-CP-2014"
    # ... but a Party committee's thông tri ("TT" too) stays its province's
    text = "Tỉnh ủy Khánh Hòa vừa ban hành thông tri lãnh đạo Đại hội Hội Liên hiệp Thanh niên."
    assert extract_text(text).identity.level is not Level.CENTRAL


def test_the_type_heading_and_the_own_type_code_must_agree() -> None:
    # "Số: 55/2007/CT-UBND" over "QUYẾT ĐỊNH" is a typo for QĐ, as in a reference.
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH THUẬN\nSố: 55/2007/CT-UBND\n"
            "Phan Rang-Tháp Chàm, ngày 05 tháng 3 năm 2007\nQUYẾT ĐỊNH\n"
            "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN\n")
    assert extract_text(text).identity.key.id == "QD-55-UBND-2007-ninh-thuan"
    # A consolidated text is headed by the type of the text it consolidates: no typo.
    text = ("BỘ TÀI CHÍNH\nSố: 11/VBHN-BTC\nHà Nội, ngày 10 tháng 3 năm 2023\nTHÔNG TƯ\n"
            "HƯỚNG DẪN THỰC HIỆN NGHỊ ĐỊNH SỐ 15/2022/NĐ-CP\n")
    assert extract_text(text).identity.key.id == "VBHN-11-BTC-2023"


def test_an_upper_case_title_ends_before_the_authority_that_decides_under_it() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH KIÊN GIANG\nSố: 1961/QĐ-UBND\nKiên Giang, ngày 28 tháng 8 năm "
            "2019\nQUYẾT ĐỊNH\nBAN HÀNH QUY CHẾ PHỐI HỢP GIỮA\nỦY BAN NHÂN DÂN TỈNH VÀ CÁC SỞ\n"
            "GIAI ĐOẠN\n2019-2021\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    assert extract_text(text).identity.title == (
        "BAN HÀNH QUY CHẾ PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ CÁC SỞ GIAI ĐOẠN 2019-2021")
    # ... also when a narrow column wraps the authority's name (it had been run onto the title)
    for authority in ("ỦY\nBAN NHÂN DÂN TỈNH BẮC NINH", "ỦY BAN NHÂN\nDÂN TỈNH BẮC NINH"):
        text = ("ỦY\nBAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 33/QĐ-UBND\nBắc Ninh, ngày 21 tháng 01 năm "
                "2022\nQUYẾT ĐỊNH\nBAN\nHÀNH CHƯƠNG TRÌNH PHÁT TRIỂN THANH NIÊN TỈNH BẮC NINH\n"
                f"{authority}\nCăn cứ Luật Thanh niên năm 2020;\n")
        assert extract_text(text).identity.title == (
            "BAN HÀNH CHƯƠNG TRÌNH PHÁT TRIỂN THANH NIÊN TỈNH BẮC NINH")


def test_an_upper_case_title_ends_before_the_first_section_heading() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TIỀN GIANG\nSố: 383/KH-UBND\nTiền Giang, ngày 07 tháng 12 năm"
            " 2022\nKẾ HOẠCH\nTHỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI\n"
            "GIAI ĐOẠN 2022-2025\nI. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH\n1. Quyết định số 924/QĐ-TTg.\n")
    assert extract_text(text).identity.title == (
        "THỰC HIỆN CHƯƠNG TRÌNH CHUYỂN ĐỔI SỐ TRONG XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2022-2025")
    # ... also a part's heading: "PHẦN I. KẾT QUẢ ..."
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HẢI DƯƠNG\nSố: 1914/KH-UBND\nHải Dương, ngày 05 tháng 6 năm "
            "2023\nKẾ HOẠCH\nCHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023\nPHẦN I. KẾT QUẢ THỰC HIỆN "
            "CHUYỂN ĐỔI SỐ NĂM 2022\nI. KẾT QUẢ\n")
    assert extract_text(text).identity.title == "CHUYỂN ĐỔI SỐ TỈNH HẢI DƯƠNG NĂM 2023"
    # ... and a Party resolution's, numbered with a dash: "I- TÌNH HÌNH VÀ NGUYÊN NHÂN"
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố: 10-NQ/TW\nHà Nội, ngày 10 tháng 02 năm 2022\nNGHỊ QUYẾT\n"
            "VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN ĐẾN NĂM 2030\nI- TÌNH HÌNH VÀ NGUYÊN NHÂN\n"
            "Sau 10 năm thực hiện Nghị quyết số 02-NQ/TW ...\n")
    assert extract_text(text).identity.title == (
        "VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT, KHOÁNG SẢN ĐẾN NĂM 2030")


def test_the_enacting_heading_of_a_copy_without_title_gives_no_title() -> None:
    # The page dropped the type heading and title; "QUYẾT ĐỊNH:" enacts the articles under it.
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 36/QĐ-UBND | Gia Lai, "
            "ngày 20 tháng 01 năm 2024 |\nCăn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt quy trình nội bộ giải quyết thủ tục hành chính.\n")
    identity = extract_text(text).identity
    assert identity.title is None and identity.type_name == "Quyết định"
    # ... nor its last article's sentence, with the article's number lost: "Quyết định này ..."
    text = text.replace("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt quy trình nội bộ giải quyết thủ tục hành "
                        "chính.", "QUYẾT ĐỊNH\nQuyết định này có hiệu lực sau 15 ngày kể từ ngày ký.")
    assert extract_text(text).identity.title is None


def test_a_copy_that_kept_only_the_enacting_heading_has_its_title_under_the_date_line() -> None:
    # ("QUYẾT ĐỊNH" over "Điều 1" is the enacting heading; the type heading above was lost)
    text = ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 30/2007/QĐ-UBND"
            " | Buôn Ma Thuột, ngày 23 tháng 8 năm 2007 |\nVỀ VIỆC BAN HÀNH QUY ĐỊNH CÔNG TÁC TIẾP "
            "CÔNG DÂN\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Khiếu nại, tố cáo;\nQUYẾT ĐỊNH\nĐiều 1\n"
            "Ban hành kèm theo Quyết định này Quy định công tác tiếp công dân.\n")
    assert extract_text(text).identity.title == "VỀ VIỆC BAN HÀNH QUY ĐỊNH CÔNG TÁC TIẾP CÔNG DÂN"


def test_a_gazettes_heading_gives_symbol_date_and_title() -> None:
    text = ("NGHỊ QUYẾT SỐ 321a NQ/UBTVQH9 NGÀY 20-12-1996\nCỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
            "VỀ VIỆC CHỈ ĐỊNH TRIỆU TẬP VIÊN KỲ HỌP\nTHỨ NHẤT HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN\n"
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Căn cứ vào Điều 6 của Luật tổ chức Quốc hội;\n")
    result = extract_text(text)
    assert result.identity.key.id == "NQ-321a-UBTVQH9-1996"
    assert result.identity.date == dt.date(1996, 12, 20)
    assert result.identity.title == ("VỀ VIỆC CHỈ ĐỊNH TRIỆU TẬP VIÊN KỲ HỌP THỨ NHẤT HỘI ĐỒNG "
                                     "NHÂN DÂN TỈNH THÁI NGUYÊN")  # its issuer is the body's
    assert all(not r.key.id.startswith("NQ-321a") for r in result.references)
    assert result.identity.issuing_body == "ỦY BAN THƯỜNG VỤ QUỐC HỘI"  # not "CỦA ỦY BAN ..."
    # ... also with its line ends lost: the date after the own symbol is the document's
    one_line = extract_text(text.replace("\n", " ")).identity
    assert (one_line.key.id, one_line.date) == ("NQ-321a-UBTVQH9-1996", dt.date(1996, 12, 20))


def test_a_title_ends_at_the_states_motto_but_names_the_party_whole() -> None:
    text = ("NGHỊ QUYẾT SỐ 321a NQ/UBTVQH9 NGÀY 20-12-1996\nVỀ VIỆC CHỈ ĐỊNH TRIỆU TẬP VIÊN KỲ "
            "HỌP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n")
    assert extract_text(text).identity.title == "VỀ VIỆC CHỈ ĐỊNH TRIỆU TẬP VIÊN KỲ HỌP"
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 12/KH-UBND\nTrà Vinh, ngày 02 tháng 01 năm 2025\n"
            "KẾ HOẠCH\nTỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Thực hiện Hướng dẫn số 150-HD/BTGTW.\n")
    assert extract_text(text).identity.title == (
        "TỔ CHỨC KỶ NIỆM 95 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM")


def test_the_official_gazettes_heading_names_issuer_symbol_and_date() -> None:
    text = ("CHỈ THỊ\nCỦA THỦ\nTƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC "
            "XÂY DỰNG KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002\nThực hiện Nghị quyết số "
            "05/2001/NQ-CP ngày 24 tháng 5 năm 2001 của Chính phủ, ...\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date) == ("CT-16-TTg-2001", dt.date(2001, 6, 21))
    assert identity.issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"
    assert identity.title == "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002"
    # Under a header, the gazette's title restates them before the subject.
    text = ("THỦ TƯỚNG CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 60/2002/QĐ-TTg | Hà "
            "Nội, ngày 13 tháng 5 năm 2002\nQUYẾT ĐỊNH\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 60/2002/ QĐ-TTG "
            "NGÀY 13 THÁNG 5\nNĂM 2002 VỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦ ĐÔ HÀ NỘI\nTHỦ TƯỚNG CHÍNH "
            "PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n")
    identity = extract_text(text).identity
    assert identity.key.id == "QD-60-TTg-2002"
    assert identity.title == "VỀ VIỆC PHÊ DUYỆT QUY HOẠCH THỦ ĐÔ HÀ NỘI"


def test_a_laws_gazette_heading_has_its_name_above_the_assemblys_line() -> None:
    text = ("LUẬT\nĐÊ ĐIỀU\nCỦA QUỐC HỘI KHOÁ XI, KỲ HỌP THỨ 10\nSỐ 79/2006/QH11 NGÀY 29 THÁNG 11 "
            "NĂM 2006\nCăn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.title) == (
        "LUAT-79-QH11-2006", dt.date(2006, 11, 29), "ĐÊ ĐIỀU")
    # ... whose it is with the State's name, no part of the body
    text = ("LUẬT\nTIÊU CHUẨN VÀ QUY CHUẨN KỸ THUẬT\nCỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM\nSỐ 68/2006/QH11 NGÀY 29 THÁNG 6 NĂM 2006\nCăn cứ vào Hiến pháp;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body) == ("LUAT-68-QH11-2006", "QUỐC HỘI")
    # ... also with blank lines between its parts, "SỐ" on a line of its own, and a page's
    # headline in lower case above it
    text = ("Luật số 77/2006/QH11 của Quốc hội: Luật Thể dục, Thể thao\n\nLUẬT\nTHỂ DỤC, THỂ THAO\n\n"
            "CỦA QUỐC HỘI\nKHOÁ XI, KỲ HỌP THỨ 10\n\nSỐ\n77/2006/QH11 NGÀY 29 THÁNG 11 NĂM 2006\n\n"
            "Căn cứ vào Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.title) == (
        "LUAT-77-QH11-2006", dt.date(2006, 11, 29), "THỂ DỤC, THỂ THAO")
    # ... or two blank lines, as a portal's copy prints (it had been a law of no number)
    text = ("LUẬT\n\n\nDU LỊCH\n\n\nCỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỐ "
            "44/2005/QH11 NGÀY 14 THÁNG 6 NĂM 2005\n\nCHƯƠNG I\n")
    assert extract_text(text).identity.key.id == "LUAT-44-QH11-2005"
    # ... under a portal's banner, which is no title above it
    text = ("CỔNG THÔNG TIN ĐIỆN TỬ\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n• In văn bản\nTHÔNG TƯ\n"
            "LIÊN TỊCH CỦA BỘ TƯ PHÁP - VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSỐ 12/2001/TTLT-BTP-VKSTC "
            "NGÀY 26 THÁNG 2 NĂM 2001 HƯỚNG DẪN THỰC HIỆN MỘT SỐ QUY ĐỊNH\n")
    assert extract_text(text).identity.key.id == "TTLT-12-BTP-VKSTC-2001"
    # A plan's title names the resolution it carries out, of another type than its heading's.
    text = ("KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nSỐ 25-NQ/TW NGÀY 03/6/2013\n"
            "Ủy ban nhân dân xã Sơn Ninh xây dựng kế hoạch như sau:\n")
    assert extract_text(text).identity.key.number is None


def test_an_archives_headline_names_type_symbol_body_and_title() -> None:
    text = ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ, BAN BÍ THƯ VỀ TRIỂN KHAI NGHIÊN CỨU, ĐỀ XUẤT "
            "TIẾP TỤC SẮP XẾP TỔ CHỨC BỘ MÁY\nTại phiên họp ngày 28/2/2025, Bộ Chính trị, Ban Bí "
            "thư có ý kiến như sau:\n")
    identity = extract_text(text).identity
    assert identity.key.id == "KL-127-TW"
    assert identity.issuing_body == "BỘ CHÍNH TRỊ, BAN BÍ THƯ"
    assert identity.title.startswith("VỀ TRIỂN KHAI NGHIÊN CỨU")
    # A news headline that names no issuing body is no document's heading.
    news = extract_text("NGHỊ QUYẾT 57-NQ/TW: ĐỘT PHÁ PHÁT TRIỂN KHOA HỌC\nNgày 22/12/2024, "
                        "Bộ Chính trị ban hành Nghị quyết số 57-NQ/TW.\n").identity
    assert news.key.number is None
    # ... also before a title that opens with its act, after the date
    text = ("QUYẾT ĐỊNH 447/QĐ-UBDT NGÀY 19/9/2013 CỦA ỦY BAN DÂN TỘC CÔNG NHẬN THÔN ĐẶC BIỆT KHÓ "
            "KHĂN\n\nCăn cứ Nghị định số 84/2012/NĐ-CP ngày 12 tháng 10 năm 2012 của Chính phủ;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body) == ("QD-447-UBDT-2013", "ỦY BAN DÂN TỘC")
    # ... or before what it guides (the body had run on to "VÀ", and the title from "CÔNG BỐ")
    text = ("THÔNG TƯ 20/2010/TT-BXD CỦA BỘ XÂY DỰNG HƯỚNG DẪN THÍ ĐIỂM XÂY DỰNG VÀ CÔNG BỐ MỘT SỐ "
            "CHỈ SỐ ĐÁNH GIÁ THỊ TRƯỜNG BẤT ĐỘNG SẢN\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.title) == (
        "BỘ XÂY DỰNG", "HƯỚNG DẪN THÍ ĐIỂM XÂY DỰNG VÀ CÔNG BỐ MỘT SỐ CHỈ SỐ ĐÁNH GIÁ THỊ TRƯỜNG "
        "BẤT ĐỘNG SẢN")


def test_a_line_of_whose_resolution_it_is_under_the_heading_is_no_title() -> None:
    text = ("TỈNH ỦY LÀO CAI\n*\nSố 34-NQ/TU\nLào Cai, ngày 27 tháng 12 năm 2025\n\nNGHỊ QUYẾT\n"
            "CỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển các khu công nghiệp\n\nTrong những năm qua, "
            "ngành công nghiệp tỉnh Lào Cai phát triển.\n")
    assert extract_text(text).identity.title == "về phát triển các khu công nghiệp"
    # ... also of bodies listed over two lines
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 221-KL/TW\nHà Nội, ngày 28 tháng 11 năm 2025\n\n"
            "KẾT LUẬN\nCỦA BỘ CHÍNH TRỊ,\nBAN BÍ THƯ\nVỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG CỦA BỘ MÁY\n"
            "-----\nTại phiên họp ngày 28/11/2025, Bộ Chính trị kết luận như sau.\n")
    assert extract_text(text).identity.title == "VỀ TÌNH HÌNH, KẾT QUẢ HOẠT ĐỘNG CỦA BỘ MÁY"


def test_a_body_printed_twice_over_a_gazettes_header_is_read_once() -> None:
    text = ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nBỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\n\n"
            "Số: 01/2025/TT-BLĐTBXH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Hà Nội, ngày 10 tháng 01 năm 2025\n\nTHÔNG TƯ\nQuy định mức điều chỉnh tiền lương\n")
    assert extract_text(text).identity.issuing_body == "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"


def test_a_pages_heading_of_type_and_title_on_one_line_is_no_body() -> None:
    text = ("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "Căn cứ Kế hoạch số 103/KH-UBND ngày 18/6/2019 của UBND tỉnh;\n\n"
            "Uỷ ban nhân dân tỉnh Vĩnh Phúc xây dựng Kế hoạch tổ chức kỷ niệm như sau:\n")
    identity = extract_text(text).identity
    assert identity.issuing_body == "Uỷ ban nhân dân tỉnh Vĩnh Phúc"  # was the heading
    assert identity.key.issuer == "UBND"


def test_a_pages_heading_that_names_the_party_is_no_body_beside_its_name() -> None:
    # "... CỦA ĐẢNG CỘNG SẢN VIỆT NAM" names the Party; a body and the Party's name printed
    # side by side are not joined by "của"
    text = ("MỘT SỐ VĂN BẢN CỦA ĐẢNG CỘNG SẢN VIỆT NAM\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\n"
            "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG\n\n-----------------\n\nSố 14-CT-TW\n\n"
            "Hà Nội, ngày 7 - 9 - 1987\n\nChỉ thị\n\nVỀ VIỆC CỦNG CỐ TỔ CHỨC\n")
    identity = extract_text(text).identity
    assert identity.key.id == "CT-14-TW-1987"  # was CT-14-TW-1987-ha-noi
    assert identity.issuing_body == "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG"  # was "MỘT SỐ VĂN BẢN CỦA"


def test_a_title_line_that_names_a_symbol_is_no_gazette_heading() -> None:
    # A copy that lost its header: the upper-case title names the resolution carried out.
    text = ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN\nNGHỊ QUYẾT SỐ 25-NQ/TW CỦA BAN CHẤP HÀNH TRUNG ƯƠNG\n"
            "Ủy ban nhân dân xã Sơn Ninh xây dựng kế hoạch như sau:\n")
    result = extract_text(text)
    assert result.identity.key.number is None
    assert [(r.relation.value, r.target.id) for r in result.relations] == [
        ("IMPLEMENTS", "NQ-25-TW")]  # no year: nothing dates it


def test_a_title_that_amends_a_document_of_the_heading_type_is_no_gazette_heading() -> None:
    # "CỦA NGHỊ ĐỊNH SỐ 95/2020/NĐ-CP" names the decree amended, not a body: the copy, whose
    # "Số:" line lost its code, is a decree of 2022 with no number, which amends 95
    text = ("CHÍNH PHỦ\n\nSố: 09/2022/-CP\n\nHà Nội, ngày 12 tháng 01 năm 2022\n\nNGHỊ ĐỊNH\n\n"
            "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA NGHỊ ĐỊNH SỐ 95/2020/NĐ-CP NGÀY 24 THÁNG 8 NĂM 2020 "
            "CỦA CHÍNH PHỦ\n")
    result = extract_text(text)
    assert (result.identity.key.number, result.identity.key.year) == (None, 2022)
    assert [(r.relation.value, r.target.id) for r in result.relations] == [
        ("AMENDS", "ND-95-CP-2020")]


def test_a_copy_without_its_symbol_line_is_named_by_its_attachments_subtitle() -> None:
    text = ("BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Hà Nội, ngày 17 tháng 04 năm 2007 |\n"
            "Căn cứ Nghị định số 45/2003/NĐ-CP ngày 09 tháng 5 năm 2003 của Chính phủ;\n"
            "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế Chứng chỉ.\n"
            "QUY CHẾ\n(ban hành kèm theo Quyết định số 05/2007/QĐ-BNV ngày 17 tháng 04 năm 2007"
            " của Bộ trưởng Bộ Nội vụ)\n")
    result = extract_text(text)
    assert result.identity.key.id == "QD-5-BNV-2007"
    assert [r.key.id for r in result.references] == ["ND-45-CP-2003"]
    # Another day's decision is a document the text cites, not the text.
    other = extract_text(text.replace("17 tháng 04 năm 2007 của", "02 tháng 01 năm 2007 của"))
    assert other.identity.key.number is None


def test_a_plan_printed_without_its_decision_is_the_decision_its_subtitle_names() -> None:
    # The plan a decision issues has no symbol of its own: the text is that decision, and what
    # the plan carries out, the decision carries out.
    text = ("KẾ HOẠCH\nTRIỂN KHAI THI HÀNH LUẬT ĐO ĐẠC VÀ BẢN ĐỒ\n(Ban hành kèm theo Quyết định số "
            "415/QĐ-TTg ngày 12 tháng 4 năm 2019 của Thủ tướng Chính phủ)\n"
            "Để triển khai thi hành Luật Đo đạc và bản đồ số 27/2018/QH14, ...\n")
    result = extract_text(text)
    assert (result.identity.key.id, result.identity.date) == ("QD-415-TTg-2019",
                                                              dt.date(2019, 4, 12))
    assert [(r.relation.value, r.target.id) for r in result.relations] == [
        ("IMPLEMENTS", "LUAT-27-QH14-2018")]
    # A sentence that wrapped before "kèm theo" names a document the text cites.
    page = extract_text("QUY CHẾ\nCÔNG TÁC DÂN VẬN\nQuy chế công tác dân vận được ban hành\nkèm "
                        "theo Quyết định số 290-QĐ/TW ngày 25/02/2010 của Bộ Chính trị.\n")
    assert page.identity.key.number is None


def test_a_page_that_prints_a_document_without_its_heading_is_the_document_it_announces(
        ) -> None:
    text = ("Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về tuyên truyền kỷ niệm "
            "100 năm Ngày sinh đồng chí Võ Văn Kiệt. Trang tin trân trọng giới thiệu toàn văn "
            "bản Hướng dẫn.\nHướng dẫn tuyên truyền kỷ niệm 100 năm Ngày sinh đồng chí Võ Văn "
            "Kiệt\nCăn cứ Kết luận số 88-KL/TW, ngày 18/2/2014 của Bộ Chính trị;\n")
    result = extract_text(text)
    assert result.identity.key.id == "HD-55-BTGTW"
    assert [r.key.id for r in result.references] == ["KL-88-TW-2014"]
    text = ("LTS: Ngày 14-11-2016, Ban Chấp hành Đảng bộ tỉnh khóa XIII đã ban hành Nghị quyết số"
            " 10-NQ/TU về huy động nguồn lực. Báo Ninh Thuận trân trọng giới thiệu toàn văn nội "
            "dung Nghị quyết.\nI- Khái quát tình hình\n")
    assert extract_text(text).identity.key.id == "NQ-10-TU-2016-ninh-thuan"  # (its newspaper)
    assert extract_text(text).identity.date == dt.date(2016, 11, 14)
    # ... or names it as it says so, above the type heading
    text = ("Ban Tuyên giáo Tỉnh ủy trân trọng giới thiệu toàn văn Nghị quyết số 11-NQ/TU, ngày "
            "18/8/2021 của Ban Thường vụ Tỉnh ủy Phú Yên\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY"
            "\nvề phát triển khoa học, công nghệ\n")
    result = extract_text(text)
    assert result.identity.key.id == "NQ-11-TU-2021-phu-yen" and not result.references
    # ... also without any heading, and a công văn, whose symbol has no type code
    text = ("Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về việc tiếp tục thực hiện "
            "biện pháp phòng, chống dịch trên địa bàn tỉnh Bà Rịa - Vũng Tàu.\n\nBáo Bà Rịa-Vũng "
            "Tàu xin giới thiệu toàn văn Công văn số 13417/UBND-VP.\n\nTừ ngày 19 tháng 7 năm "
            "2021, tỉnh áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg ngày 31/3/2020.\n")
    result = extract_text(text)
    assert result.identity.key.id == "CV-13417-UBND-VP-ba-ria-vung-tau"
    assert [r.key.id for r in result.references] == ["CT-16-TTg-2020"]


def test_a_page_that_prints_a_document_is_dated_by_its_own_dated_mention() -> None:
    text = ("Thực hiện các nghị quyết của Ban Chấp hành Trung ương Đảng về xây dựng Đảng, tại Quy "
            "định số 114-QĐ/TW ngày 11 tháng 7 năm 2023 Bộ Chính trị đã quy định về việc kiểm "
            "soát quyền lực trong công tác cán bộ. Tạp chí giới thiệu toàn văn Quy định số "
            "114-QĐ/TW như sau:\nChương I: Những quy định chung\nĐiều 1. Phạm vi điều chỉnh\n")
    result = extract_text(text)
    assert result.identity.key.id == "QD-114-TW-2023" and not result.references
    assert result.identity.date == dt.date(2023, 7, 11)
    # ... not by two dates, which are two documents or a misprint
    two = text.replace("Tạp chí", "Quy định số 114-QĐ/TW ngày 12 tháng 8 năm 2023 đã sửa. Tạp chí")
    assert extract_text(two).identity.date is None


def test_a_news_page_is_dated_by_the_day_it_was_posted() -> None:
    # ... so that the laws it names are those of its time: "Luật Đất đai" on a page of 2018
    page = ("Huyện Khoái Châu tổng kết 10 năm thi hành Luật phòng, chống bạo lực gia đình\n\n"
            "Đăng ngày 13 - 08 - 2018\n\nNgày 9/8/2018, Ủy ban nhân dân huyện tổ chức hội nghị.")
    assert extract_text(page).identity.date == dt.date(2018, 8, 13)
    for posted in ("Ngày đăng: 21/09/2022 Lượt xem 1697", "Ngày đăng : 09:30, 21/09/2022",
                   "Cập nhật ngày: 21/09/2022 18:21:45"):
        assert extract_text(f"Tin tức\n{posted}\nNội dung.").identity.date == dt.date(2022, 9, 21)
    # ... not a document it prints, whose day it is not: a decree of 2015 posted in 2016
    decree = ("Ngày cập nhật 18/09/2016\n\nNGHỊ ĐỊNH\n\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT "
              "BẢO HIỂM XÃ HỘI\n\nCăn cứ Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n")
    assert extract_text(decree).identity.date is None


def test_a_page_that_prints_a_document_announced_by_number_alone_names_it_by_its_issuer(
        ) -> None:
    text = ("Ngày 6/8/2019, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc "
            "tăng cường sự lãnh đạo.\nNội dung Chỉ thị như sau:\nTrong những năm qua, thực hiện "
            "Kết luận số 100-KL/TW ngày 18/8/2014 của Ban Bí thư.\n")
    result = extract_text(text)
    assert (result.identity.key.id, result.identity.date) == (
        "CT-17-TU-2019-yen-bai", dt.date(2019, 8, 6))
    assert [r.key.id for r in result.references] == ["KL-100-TW-2014"]
    # A body whose code is not its name gives no symbol; nor does a page that does not print it.
    other = text.replace("Ban Thường vụ Tỉnh ủy Yên Bái", "Sở Nội vụ tỉnh Yên Bái")
    assert extract_text(other).identity.key.number is None
    other = text.replace("Nội dung Chỉ thị như sau:\n", "")
    assert extract_text(other).identity.key.number is None


@pytest.mark.parametrize("line", ["Số hiệu: 45/KH-UBND", "Số/Ký hiệu: 45/KH-UBND",
                                  "Số, ký hiệu: 45/KH-UBND", "| Số ký hiệu | 45/KH-UBND |",
                                  "Số hiệu 45/KH-UBND"])  # its table flattened
def test_a_portals_record_of_the_document_gives_its_symbol_and_date(line: str) -> None:
    text = (f"{line}\nNgày ban hành: 20/11/2025\nCơ quan ban hành: UBND tỉnh Gia Lai\n"
            "Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2025 của UBND tỉnh.\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date) == ("KH-45-UBND-2025-gia-lai", dt.date(2025, 11, 20))


def test_a_number_cell_with_no_colon_ends_the_body() -> None:
    # "SỐ 67/2007/NĐ-CP" in a cell of its own: the body had run on into it and the title, and
    # the date line's "Hà Nội" had made the Government's decree a province's
    text = ("CHÍNH PHỦ | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSỐ 67/2007/NĐ-CP | Hà Nội, ngày 13 "
            "tháng 4 năm 2007 |\nVỀ CHÍNH SÁCH TRỢ GIÚP CÁC ĐỐI TƯỢNG BẢO TRỢ XÃ HỘI\nCăn cứ "
            "Luật Tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body, identity.level) == (
        "ND-67-CP-2007", "CHÍNH PHỦ", "central")


@pytest.mark.parametrize("header", [
    "QUỐC HỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nLuật số: 83/2025/QH15 | Hà Nội, ngày 24 "
    "tháng 6 năm 2025 |\n",
    "QUỐC HỘI\n–––\nLuật số: 83/2025/QH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
    "do - Hạnh phúc\nHà Nội, ngày 24 tháng 6 năm 2025\n",
])
def test_a_laws_number_line_stands_under_its_body(header: str) -> None:
    # a law's header prints "Luật số:" for "Số:": the National Assembly had been lost as the body
    text = header + "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT BẦU CỬ\nCăn cứ Hiến pháp;\n"
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body) == ("LUAT-83-QH15-2025", "QUỐC HỘI")


def test_a_ministrys_name_wrapped_after_bo_goes_on_past_a_type_word() -> None:
    # "KẾ HOẠCH" opens the Ministry of Planning and Investment's name, not the type heading
    text = ("BỘ\nKẾ HOẠCH VÀ ĐẦU TƯ\n--------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n"
            "9189/VBHN-BKHĐT\n|\nHà\nNội, ngày 24 tháng 12 năm 2021\n|\nNGHỊ ĐỊNH\n")
    assert extract_text(text).identity.issuing_body == "BỘ KẾ HOẠCH VÀ ĐẦU TƯ"  # was "BỘ"


def test_a_portals_record_may_put_each_value_under_its_field() -> None:
    # vbpl-style records laid out one line a field: the symbol and date stand on the next line
    # (past a blank one), and the site's owner above the record names no body of the directive
    text = ("CÔNG TY TNHH MỘT THÀNH VIÊN MÔI TRƯỜNG ĐÔ THỊ\n\nTên Chỉ thị\n\nVề một số giải "
            "pháp cấp bách tăng cường quản lý chất thải rắn\n\nSố ký hiệu\n\n41/CT-TTg\n\n"
            "Ngày ban hành\n\n01/12/2020\n\nTải về\n\nTrước hết, Bộ Tài nguyên và Môi "
            "trường khẩn trương xây dựng quy hoạch.\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.issuing_body) == (
        "CT-41-TTg-2020", dt.date(2020, 12, 1), None)


def test_a_portals_heading_of_the_documents_properties_names_it() -> None:
    # luatvietnam.vn's "thuộc tính" (properties) over its record: the page had been a letter
    text = ("  • Tải về\nGhi chú\n\nthuộc tính Thông tư 08/2017/TT-BTP\n\nThông tư 08/2017/TT-BTP"
            " của Bộ Tư pháp về việc quy định chi tiết một số điều của Luật Trợ giúp pháp lý\n"
            "Cơ quan ban hành: Bộ Tư pháp\nSố công báo:\n")
    extraction = extract_text(text)
    assert extraction.identity.key.id == "TT-8-BTP-2017"
    assert [(r.relation.value, r.target.id) for r in extraction.relations] == [
        ("GUIDES", "LUAT-QH-luat-tro-giup-phap-ly")]


def test_a_portals_record_gives_the_title_where_no_heading_does() -> None:
    # thuvienphapluat.vn's record on one line: the portal's type word, symbol, year and "do ...
    # ban hành" are no title's words, and "lĩnh vực" without its colon is no field
    record = ("Tiêu đề: Nghị định 109/2013/NĐ-CP quy định xử phạt vi phạm hành chính trong lĩnh "
              "vực quản lý giá, phí, lệ phí, hóa đơn do Chính phủ ban hành Số hiệu: "
              "109/2013/NĐ-CP Loại văn bản: Nghị định Nơi ban hành: Chính phủ Người ký: Nguyễn "
              "Tấn Dũng Ngày ban hành: 24/09/2013 Lĩnh vực: Thuế - Phí - Lệ Phí\n\n"
              "Mục lục\n • Điều 1. Phạm vi điều chỉnh\n")
    identity = extract_text(record).identity
    assert (identity.key.id, identity.date, identity.title) == (
        "ND-109-CP-2013", dt.date(2013, 9, 24),
        "quy định xử phạt vi phạm hành chính trong lĩnh vực quản lý giá, phí, lệ phí, hóa đơn")
    # ... and a law's page that names itself cites no second law of its name
    law = ("Luật Hải quan 2014\n\nTiêu đề: Luật Hải quan 2014 Số hiệu: 54/2014/QH13 Loại văn "
           "bản: Luật Nơi ban hành: Quốc hội Ngày ban hành: 23/06/2014\n\nMục lục Luật Hải quan "
           "2014\n • LUẬT HẢI QUAN\n • Điều 1. Phạm vi điều chỉnh\nLuật Hải quan quy định về "
           "thủ tục hải quan.\n")
    result = extract_text(law)
    assert (result.identity.key.id, result.identity.title) == ("LUAT-54-QH13-2014", "Hải quan")
    assert result.relations == []


def test_a_portals_record_gives_the_type_a_symbol_without_a_type_code_lacks() -> None:
    # "133/TTg" alone would be a letter of the Prime Minister's; "Loại văn bản" says directive
    record = ("Chỉ thị 133/TTg của Thủ tướng Chính phủ về việc xây dựng quy hoạch phát triển "
              "ngành thể dục - thể thao\n\nCơ quan ban hành: Thủ tướng Chính phủ\nSố hiệu:133/TTg"
              "\nLoại văn bản:Chỉ thị\nNgười ký:Võ Văn Kiệt\nNgày ban hành:07/03/1995\n\n"
              "Trong mấy năm qua, thể dục - thể thao đã có bước phát triển.\n")
    assert extract_text(record).identity.key.id == "CT-133-TTg-1995"
    # ... and a resolution's number, without a type code, is not a law's
    resolution = ("Nghị quyết 30/2021/QH15 kỳ họp thứ nhất Quốc hội khóa XV\n\nSố hiệu: "
                  "30/2021/QH15 Loại văn bản: Nghị quyết\nNơi ban hành: Quốc hội Người ký: Vương "
                  "Đình Huệ\nNgày ban hành: 28/07/2021\n\nĐây là nội dung tại Nghị quyết.\n")
    assert extract_text(resolution).identity.key.id == "NQ-30-QH15-2021"


def test_a_portals_flattened_record_above_the_header_is_no_reference() -> None:
    text = ("Số hiệu 76/2025/UBTVQH15\nLoại văn bản Nghị quyết\n\nỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n\n"
            "Nghị quyết số: 76/2025/UBTVQH15\n\nHà Nội, ngày 14 tháng 4 năm 2025\n\nNGHỊ QUYẾT\n\n"
            "VỀ VIỆC SẮP XẾP ĐƠN VỊ HÀNH CHÍNH NĂM 2025\n\nCăn cứ Luật Tổ chức chính quyền địa "
            "phương số 65/2025/QH15;\n")
    result = extract_text(text)
    assert result.identity.key.id == "NQ-76-UBTVQH15-2025"
    assert [r.key.id for r in result.references] == ["LUAT-65-QH15-2025"]


def test_a_portals_record_of_the_own_symbol_read_otherwise_is_no_reference() -> None:
    # Alone, "5665/CT-CS" reads as a Chỉ thị of "CS"; the header's tax department makes the
    # document a letter. The record's copy is still the document itself.
    text = ("**Số hiệu:**\n|\n5665/CT-CS\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Tình trạng:**\n"
            "|\nĐã biết\n|\nBỘ\nTÀI CHÍNH\nCỤC THUẾ\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA "
            "VIỆT NAM**\n|\nSố:\n5665/CT-CS\n*V/v tiền thuê đất*\n|\n*Hà Nội, ngày 01 tháng 12 "
            "năm 2025*\n|\nCăn cứ Nghị định số 103/2024/NĐ-CP ngày 30/7/2024.\n")
    result = extract_text(text)
    assert result.identity.key.id == "CV-5665-CT-CS-2025"
    assert [r.key.id for r in result.references] == ["ND-103-CP-2024"]


def test_the_own_symbol_cut_at_a_lines_end_is_no_reference() -> None:
    text = ("BỘ TÀI CHÍNH\nSố: 152/2025/TT-BTC\nHà Nội, ngày 31 tháng 12 năm 2025\nTHÔNG TƯ\n"
            "Hướng dẫn kế toán cho các hộ kinh doanh\nCăn cứ Luật Kế toán số 88/2015/QH13;\n"
            "PHỤ LỤC\n(Kèm theo Thông tư số 152/2025/TT-\nngày 31 tháng 12 năm 2025)\n")
    result = extract_text(text)
    assert [r.key.id for r in result.references] == ["LUAT-88-QH13-2015"]  # not "TT-152-TT"


def test_a_party_headers_symbol_before_the_date_line_on_its_line_is_its_own() -> None:
    # Text from a PDF keeps the header's two cells on one line; no colon after "Số".
    text = ("TỈNH ỦY LÀO CAI                  ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 34 -NQ/TU Lào Cai, ngày "
            "27 tháng 12 năm 2025\n\nNGHỊ QUYẾT\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển\n")
    extraction = extract_text(text)
    assert extraction.identity.key.id == "NQ-34-TU-2025-lao-cai"  # was a reference to itself
    assert extraction.references == []


def test_a_party_header_that_lost_its_line_ends_with_the_date_line_before_its_symbol() -> None:
    # The header's two cells as text from a PDF in its layout, then its line ends lost.
    text = ("ĐẢNG BỘ TỈNH LÀO CAI          ĐẢNG CỘNG SẢN VIỆT NAM  ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH       "
            "         Lào Cai, ngày 07 tháng 9 năm 2026                *          Số 2449 -CV/ĐU về "
            "việc triển khai thực hiện Chương trình hành động số 104-CTr/TU của Tỉnh ủy Lào Cai")
    assert extract_text(text).identity.key.id == "CV-2449-DU-2026-lao-cai"  # was a reference


def test_a_party_header_that_lost_its_line_ends_still_gives_symbol_and_body() -> None:
    text = ("HUYỆN ỦY CẦU KÈ * Số 128-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Cầu Kè, ngày 15 tháng 3 năm "
            "2024 KẾ HOẠCH thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body) == ("KH-128-HU-2024-tra-vinh",
                                                        "HUYỆN ỦY CẦU KÈ")
    # ... and a State header whose cells a copy ran into a row, the "Số:" label after the body
    text = ("BỘ TÀI CHÍNH Số: 54/VBHN-BTC | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Hà Nội, ngày 04 tháng"
            " 12 năm 2014 |\nTHÔNG TƯ\nHƯỚNG DẪN CHẾ ĐỘ THU, NỘP PHÍ\n")
    assert extract_text(text).identity.issuing_body == "BỘ TÀI CHÍNH"
    # ... but a headline's "MỘT SỐ" (some) is no label: the page had been issued by "MỘT"
    text = ("MỘT SỐ NỘI DUNG CƠ BẢN VỀ CUỘC BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI\nTheo Chỉ thị số "
            "46-CT/TW ngày 16/5/2025 của Bộ Chính trị, ngày bầu cử là ngày 15/3/2026.")
    assert extract_text(text).identity.issuing_body is None
    # ... nor is a type word's "SỐ": the headline names a resolution cited (the page had been
    # the Central Committee's resolution 18-NQ/TW)
    text = ("ĐẢNG ỦY XÃ TỊNH KHÊ: TỔ CHỨC HỘI NGHỊ SƠ KẾT VÀ TỔNG KẾT NGHỊ QUYẾT SỐ 18-NQ/TW NGÀY "
            "25/10/2017 CỦA BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG\nSáng ngày 19/9/2025, Đảng ủy xã Tịnh "
            "Khê tổ chức Hội nghị tổng kết thực hiện Nghị quyết số 18-NQ/TW.")
    assert extract_text(text).identity.key.number is None


def test_a_joint_regulation_keeps_its_code_and_the_youth_unions_name_is_no_city() -> None:
    # Under "QUY CHẾ" the code QCPH stays (a reference's "Quy chế phối hợp số 2325/QCPH-..."
    # keys it so), and "ĐOÀN TNCS HỒ CHÍ MINH" is the Youth Union, not the city
    text = ("ỦY BAN NHÂN DÂN - BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH TỈNH KHÁNH HÒA\n-------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 2325/QCPH-UBND-ĐTN\nKhánh Hoà, ngày 22 tháng "
            "8 năm 2022\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ TỈNH ĐOÀN\n")
    assert extract_text(text).identity.key.id == "QCPH-2325-UBND-DTN-2022-khanh-hoa"


def test_a_district_named_in_the_header_tells_the_province() -> None:
    # No province is named: Hương Sơn is a district of Hà Tĩnh. "Quảng Ninh" is a province,
    # and a district of Quảng Bình.
    assert extract_text(PARTY_HEADER).identity.province == "Hà Tĩnh"
    header = "ỦY BAN NHÂN DÂN\nHUYỆN {}\n\nSố: 12/KH-UBND\n{}\nKẾ HOẠCH\nVề việc\n"
    assert extract_text(header.format("QUẢNG NINH", "")).identity.province == "Quảng Bình"
    # Tones count: Đức Huệ (Long An) does not name Huế, nor Vĩnh Thạnh the city of Vinh;
    # Vĩnh Thạnh is a district of Cần Thơ and of Bình Định, so the date line tells.
    assert extract_text(header.format("ĐỨC HUỆ", "")).identity.province == "Long An"
    place = "Cần Thơ, ngày 13 tháng 6 năm 2023"
    assert extract_text(header.format("VĨNH THẠNH", place)).identity.province == "Cần Thơ"
    # Since 2025 wards bear old provinces' names: phường Trà Vinh is in Vĩnh Long.
    ward = header.replace("HUYỆN", "PHƯỜNG").format("TRÀ VINH", "Vĩnh Long, ngày 15/9/2025")
    assert extract_text(ward).identity.province == "Vĩnh Long"


def test_body_words_are_compared_folded_word_by_word() -> None:
    assert fold_words("Ủy ban  nhân dân\nTỈNH Đắk Lắk") == "uy ban nhan dan tinh dak lak"
    assert fold_words("UBND tỉnh Bà Rịa - Vũng Tàu") == "ubnd tinh ba ria vung tau"
    assert fold_words("Bộ Lao động – Thương binh và Xã hội") == "bo lao dong thuong binh va xa hoi"
    assert fold_words(None) == fold_words("") == ""


TABLE_LAYOUT = """| TỈNH ỦY TRÀ VINH<br>* | ĐẢNG CỘNG SẢN VIỆT NAM |
|---|---|
| Số 115 -KH/TU | *Trà Vinh, ngày 13 tháng 3 năm 2019* |

**KẾ HOẠCH**
**thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư (khóa XII)**
**về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI)**

| Nơi nhận: | T/M BAN THƯỜNG VỤ |
| - Lưu Văn phòng Tỉnh ủy. | Lê Văn Hẳn |
"""


def test_a_header_and_signature_laid_out_as_tables() -> None:
    ident = extract_text(TABLE_LAYOUT).identity
    assert ident.key.id == "KH-115-TU-2019-tra-vinh"
    assert ident.title == ("thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư (khóa XII) "
                           "về tiếp tục thực hiện Nghị quyết Trung ương 7 (khóa XI)")
    assert ident.signer == "Lê Văn Hẳn"


def test_footnotes_at_a_page_foot_in_the_body_do_not_hide_the_signature() -> None:
    text = ("KẾ HOẠCH\nthực hiện Kết luận số 01-KL/TW[1]\n\n"
            "[1] Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.\n\n"
            "Các chi bộ căn cứ Kế hoạch này để thực hiện.\n\n"
            "Nơi nhận:\n- Lưu Văn phòng Huyện ủy.\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n"
            "Nguyễn Văn Hùng\n")
    assert extract_text(text).identity.signer == "Nguyễn Văn Hùng"


def test_a_country_at_a_lines_end_is_no_signer() -> None:
    text = ("QUY CHẾ\nphối hợp công tác\n\nCăn cứ Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN"
            " của Chính phủ và Ủy ban Trung ương Mặt trận\nTổ quốc Việt Nam\n")
    assert extract_text(text).identity.signer is None


def test_a_place_in_an_annexs_table_is_no_signer() -> None:
    text = ("QUYẾT ĐỊNH\nCông nhận xã miền núi\n| KT. CHỦ TỊCH |\n| PHÓ CHỦ TỊCH |\nPhụ lục\n"
            "| 1 | Xã Hàm Thuận Bắc |\n")
    assert extract_text(text).identity.signer is None


def test_a_portals_page_after_the_document_is_none_of_it() -> None:
    # The site's notice under the files attached carried out a decree on every page printed.
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 4240/UBND-VX\n"
            "Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025\n" + "Kính gửi: các sở.\n" * 30 +
            "Thực hiện Công văn số 3280/UBND-VX ngày 10/10/2025 của Ủy ban nhân dân Thành phố.\n"
            "**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Nguyễn Mạnh Cường**\n|\n"
            "Văn bản này chưa cập nhật nội dung Tiếng Anh\n## Văn bản liên quan\n"
            "**FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN**\n"
            "Thực hiện Nghị định 13/2023/NĐ-CP, chúng tôi cập nhật Quy chế bên dưới.\n")
    extraction = extract_text(text)
    assert [r.key.id for r in extraction.references] == ["CV-3280-UBND-VX-2025-ho-chi-minh"]
    assert extraction.identity.signer == "Nguyễn Mạnh Cường"


def test_capitalised_words_inside_a_sentence_are_no_signer() -> None:
    # A copy cut before its signature: "Ban Chấp" ends a line of running text.
    text = ("KẾ HOẠCH\nCăn cứ Nghị quyết số 08/NQ-CP thực hiện Nghị quyết số 19-NQ/TW của Hội "
            "nghị lần thứ sáu Ban Chấp\nhành Trung ương khóa XII;\n")
    assert extract_text(text).identity.signer is None
    assert extract_text("KẾ HOẠCH\nNơi nhận:\n- Lưu VT.\nđã ký Nguyễn Văn An\n").identity.signer == (
        "Nguyễn Văn An")


def test_a_copy_printed_before_signing_tells_the_year_of_its_blank_date_line() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: ....../KH-UBND\nHà Giang, ngày      tháng 02 năm "
            "2024\nKẾ HOẠCH\nThực hiện công tác dân vận\n")
    ident = extract_text(text).identity
    assert (ident.key.number, ident.key.year, ident.date) == (None, 2024, None)
    # Its blanks as a PDF gives a table cell's: each word on a line of its own.
    text = "Số: 01-KH/BCĐ\n\nNhân Khang, ngày\n\ntháng\n\nnăm 2016\n\nKẾ HOẠCH\nXây dựng\n"
    ident = extract_text(text).identity
    assert (ident.key.id, ident.place) == ("KH-1-BCD-2016", "Nhân Khang")


def test_the_issuing_body_is_the_first_cell_of_a_header_table() -> None:
    text = ("| ỦY BAN NHÂN DÂN TỈNH BẾN TRE | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n"
            "| Số: 5793/KH-UBND | Bến Tre, ngày 26 tháng 11 năm 2013 |\n\nKẾ HOẠCH\nTổ chức\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH BẾN TRE"
    assert extract_text(TABLE_LAYOUT).identity.issuing_body == "TỈNH ỦY TRÀ VINH"


def test_a_heading_with_the_preamble_under_it_takes_its_title_from_the_subject_line() -> None:
    text = ("ỦY BAN KIỂM TRA TRUNG ƯƠNG\n--------\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 11-HD/UBKTTW\n"
            "V/v thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị về xử lý kỷ "
            "luật đảng viên\n\nHà Nội, ngày 24 tháng 3 năm 2008\n\nHƯỚNG DẪN\n\nCăn cứ Quy định "
            "số 94-QĐ/TW, ngày 15-10-2007 của Bộ Chính trị về xử lý kỷ luật đảng viên vi phạm, "
            "Uỷ ban Kiểm tra Trung ương hướng dẫn cụ thể việc thực hiện như sau:\n")
    extraction = extract_text(text)
    assert extraction.identity.title == ("thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ "
                                         "Chính trị về xử lý kỷ luật đảng viên")
    # ... and the subject line's reference is about what it says, not the date line under it
    assert extraction.references[0].subject == "xử lý kỷ luật đảng viên"


def test_an_official_letters_subject_line_is_its_title() -> None:
    text = ("UBND TỈNH BẮC GIANG\nSỞ NỘI VỤ\n\nSố: 1234/SNV-CCVC\nV/v triển khai thực hiện Chỉ "
            "thị số 26/CT-TTg\nngày 05/9/2018 của Thủ tướng Chính phủ\n\nBắc Giang, ngày 12 "
            "tháng 10 năm 2018\n\nKính gửi: Ủy ban nhân dân các huyện.\n")
    identity = extract_text(text).identity
    assert (identity.key.type, identity.key.issuer) == ("CV", "SNV-CCVC")
    assert identity.title == ("triển khai thực hiện Chỉ thị số 26/CT-TTg ngày 05/9/2018 của "
                              "Thủ tướng Chính phủ")
    # in a header laid out as a table, up to its cell's end
    table = ("| UBND TỈNH BẾN TRE<br>VĂN PHÒNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
             "| Số: 1234/VP-TCD<br>V/v triển khai Kết luận số 107-KL/TW | Bến Tre, ngày 15 tháng 3 "
             "năm 2024 |\n\nKính gửi: Sở Nội vụ.\n")
    assert extract_text(table).identity.title == "triển khai Kết luận số 107-KL/TW"


def test_a_symbol_without_a_type_code_is_an_official_letter_whatever_its_text_asks() -> None:
    text = ("UỶ BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n\nSố: 2345/UBND-NC\nQuảng Nam, ngày 12 tháng 4 "
            "năm 2024\nV/v triển khai thực hiện Chỉ thị số 24-CT/TW của Ban Bí thư\n\n"
            "Kính gửi: Các Sở, Ban, ngành thuộc tỉnh.\n\nGiao Bộ Chỉ huy Quân sự tỉnh tham mưu "
            "UBND tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 24-CT/TW.\n")
    result = extract_text(text)
    assert result.identity.key.id == "CV-2345-UBND-NC-2024-quang-nam"
    # the body in the subject line ends before the address on the next line
    assert result.references[0].issuing_body == "Ban Bí thư"


def test_thua_thien_hue_is_written_hue_from_2025() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\n\nSố: 35/KH-UBND\n\nHuế, ngày 5 tháng 9 năm 2025\n\n"
            "KẾ HOẠCH\nThực hiện công tác năm 2025\n\nCăn cứ Kế hoạch số 12/KH-UBND ngày "
            "3/3/2024 của UBND tỉnh.\n")
    record = to_record(extract_text(text))
    assert record["document"]["province"] == "Huế"
    assert [r["province"] for r in record["references"]] == ["Thừa Thiên Huế"]


def test_the_level_is_read_from_the_bodys_words_with_their_tones() -> None:
    header = "{}\n\nSố {}\n\nTrà Vinh, ngày 13 tháng 3 năm 2019\n\nKẾ HOẠCH\nCông tác năm 2019\n"
    levels = {"ĐẢNG BỘ TỈNH TRÀ VINH\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH": Level.PROVINCE,  # cơ quan
              "UBND HUYỆN CẦU KÈ\nPHÒNG NỘI VỤ": Level.DISTRICT,
              "UBND THÀNH PHỐ TRÀ VINH\nUBND PHƯỜNG 1": Level.COMMUNE}
    for body, level in levels.items():
        assert extract_text(header.format(body, "12-KH/ĐUK")).identity.level == level


def test_a_title_ends_before_the_first_section_lettered_too() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 192/KH-UBND\nNinh Bình, ngày 15 tháng 12 năm 2022\n"
            "KẾ HOẠCH\nTRIỂN KHAI CÔNG TÁC KIỂM TRA, HẬU KIỂM VỀ AN TOÀN THỰC PHẨM NĂM 2023\n"
            "A. MỤC ĐÍCH, YÊU CẦU\n")
    assert extract_text(text).identity.title == (
        "TRIỂN KHAI CÔNG TÁC KIỂM TRA, HẬU KIỂM VỀ AN TOÀN THỰC PHẨM NĂM 2023")


def test_a_title_in_lower_case_goes_on_in_the_document_its_verb_takes() -> None:
    text = ("CHÍNH PHỦ\nSố: 92/2012/NĐ-CP\nHà Nội, ngày 08 tháng 11 năm 2012\nNGHỊ ĐỊNH\n"
            "Quy định chi tiết và biện pháp thi hành\nPháp lệnh tín ngưỡng, tôn giáo\n________\n"
            "Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;\n")
    assert extract_text(text).identity.title == (
        "Quy định chi tiết và biện pháp thi hành Pháp lệnh tín ngưỡng, tôn giáo")
    text = ("ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 46/2019/QĐ-UBND\nLong An, ngày 21 tháng 10 năm 2019\n"
            "QUYẾT ĐỊNH\nVề việc Ban hành Quy chế xây dựng, quản lý và thực hiện\nChương trình xúc "
            "tiến thương mại trên địa bàn tỉnh Long An\n")
    assert extract_text(text).identity.title.endswith("thực hiện Chương trình xúc tiến thương mại"
                                                      " trên địa bàn tỉnh Long An")
    # ... not after a title whose last words take no document, over a consolidated text's line
    text = ("THÔNG TƯ\nHướng dẫn quản lý lao động, tiền lương đối với người lao động\nThông tư số "
            "16/2018/TT-BLĐTBXH ngày 12 tháng 10 năm 2018, được sửa đổi, bổ sung bởi:\n")
    assert extract_text(text).identity.title == (
        "Hướng dẫn quản lý lao động, tiền lương đối với người lao động")
    # ... not a title in capitals, over a consolidated text's line that names its law
    text = ("LUẬT\nTỔ CHỨC QUỐC HỘI\nLuật Tổ chức Quốc hội số 57/2014/QH13 ngày 20 tháng 11 năm "
            "2014 của Quốc hội, được sửa đổi, bổ sung bởi:\n")
    assert extract_text(text).identity.title == "TỔ CHỨC QUỐC HỘI"


def test_the_authority_under_the_type_heading_is_no_title() -> None:
    # a copy that lost the title line: the authority that decides comes next
    text = ("VIỆN KIỂM SÁT NHÂN DÂN\nTỐI CAO\n-------\nSố: 328/QĐ-VKSTC\nCỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 01 tháng 9 năm 2017\n\n"
            "QUYẾT ĐỊNH\nVIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\n\nCăn cứ Luật tổ chức Viện "
            "kiểm sát nhân dân năm 2014;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.title) == ("QD-328-VKSTC-2017", None)
    # ... nor the first article under the enacting "QUYẾT ĐỊNH" of a copy without its title
    text = ("TÒA ÁN NHÂN DÂN TỐI CAO |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 918/2015/QĐ-TANDTC"
            " |\nHà Nội, ngày 23 tháng 6 năm 2015 |\nCHÁNH ÁN TOÀ ÁN NHÂN DÂN TỐI CAO\nCăn cứ Luật"
            " tổ chức Tòa án nhân dân số 62/2014/QH13;\nQUYẾT ĐỊNH\nĐiều 1. Bộ máy giúp việc của "
            "Tòa án nhân dân tối cao\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.title) == ("QD-918-TANDTC-2015", None)
    # ... also with its number alone on its line ("Điều 1" / "Ban hành kèm theo ...")
    assert extract_text(text.replace("Điều 1. Bộ máy", "Điều 1\nBộ máy")).identity.title is None
    # a council of members or a commission's chairman decides too: the title ends before them
    text = ("SỞ GIAO DỊCH\nCHỨNG KHOÁN VIỆT NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 17/QĐ-HĐTV\nHà Nội, ngày 31 tháng 3 năm 2022\n\n"
            "QUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH QUY CHẾ NIÊM YẾT\n\nHỘI ĐỒNG THÀNH VIÊN\nSỞ GIAO DỊCH "
            "CHỨNG KHOÁN VIỆT NAM\n\nCăn cứ Luật Chứng khoán số 54/2019/QH14 ngày 26/11/2019;\n")
    assert extract_text(text).identity.title == "VỀ VIỆC BAN HÀNH QUY CHẾ NIÊM YẾT"


def test_a_page_titled_with_a_documents_name_alone_is_that_documents() -> None:
    # a document-sharing site's page, and a portal's under its breadcrumb
    shared = ("Thông tư số 22/2009/TT-BXD\n\nChia sẻ: Son Nguyen | Loại File: PDF\n"
              "Thông tư số 22/2009/TT-BXD quy định chi tiết về điều kiện năng lực ...\n")
    assert extract_text(shared).identity.key.id == "TT-22-BXD-2009"
    portal = ("Văn bản pháp quy / Thông tư\n \nThông tư số 03/2021/TT-BNNPTNT\n"
              "( - 20/09/2021,03:45:41)\nThông tư sửa đổi, bổ sung một số điều của Thông tư số "
              "16/2013/TT-BNNPTNT ngày 28/02/2013 của Bộ trưởng Bộ Nông nghiệp\n")
    extraction = extract_text(portal)
    assert extraction.identity.key.id == "TT-3-BNNPTNT-2021"
    assert [(r.relation, r.target.id) for r in extraction.relations] == [
        ("AMENDS", "TT-16-BNNPTNT-2013")]
    # ... also a portal's page of one article, its title after the symbol
    article = ("Hệ thống pháp luật\n\nĐiều 2 Nghị định 123/2021/NĐ-CP sửa đổi các Nghị định quy "
               "định xử phạt vi phạm hành chính\n\nĐiều 2. Sửa đổi, bổ sung, bãi bỏ một số điều "
               "của Nghị định số 100/2019/NĐ-CP ngày 30 tháng 12 năm 2019 của Chính phủ\n")
    extraction = extract_text(article)
    assert extraction.identity.key.id == "ND-123-CP-2021"
    assert [(r.relation, r.target.id) for r in extraction.relations] == [
        ("AMENDS", "ND-100-CP-2019")]  # (it stays in force, changed)
    # ... or a portal's record under it (a law's number has no type code); a headline has none
    record = ("Skip to main content\n\nLuật số 06/2022/QH15 Thi đua, khen thưởng\n\n"
              "* Cơ quan ban hành: Quốc hội\n\n* Ngày ban hành: 15/6/2022\n\n* Nội dung chính:\n")
    assert extract_text(record).identity.key.id == "LUAT-6-QH15-2022"
    # not a line that the next goes on, nor one under a heading in capitals (a consolidated
    # text names the document it consolidates so), nor a headline that says more
    for text in ("Thông tư số 28/2018/TT-BNNPTNT\nngày 16/11/2018 của Bộ trưởng, được sửa đổi\n",
                 "THÔNG TƯ\nQUY ĐỊNH VỀ QUẢN LÝ RỪNG BỀN VỮNG\nThông tư số 28/2018/TT-BNNPTNT\n"
                 "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;\n",
                 "Nghị quyết 57-NQ/TW khẳng định chuyển đổi số là động lực then chốt\n"):
        assert extract_text(text).identity.symbol is None


def test_the_party_committee_of_a_central_body_is_central() -> None:
    # under its parent, "ĐẢNG BỘ CHÍNH PHỦ", whose "Chính phủ" makes no TW of its ĐU
    text = ("ĐẢNG BỘ CHÍNH PHỦ\nĐẢNG ỦY BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n*\nSố 116-CV/ĐU\n"
            "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 06 tháng 5 năm 2025\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("CV-116-DU-2025", Level.CENTRAL)


def test_a_body_of_the_state_named_so_is_central() -> None:
    # "... Nhà nước" (the State's), as "... Việt Nam" and "... Trung ương" are: not one of Hà Nội,
    # where it is dated
    text = ("CỤC LƯU TRỮ NHÀ NƯỚC\n--------\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 66/NVĐP\n"
            "V/v ban hành Đề cương mẫu\nHà Nội, ngày 11 tháng 3 năm 1995\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("CV-66-NVDP-1995", Level.CENTRAL)
    # ... and so is an inter-sector board of the centre ("liên ngành Trung ương")
    text = ("BAN CHỈ ĐẠO LIÊN NGÀNH TRUNG ƯƠNG VỀ AN TOÀN THỰC PHẨM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM |\nSố: 1751/KH-BCĐTƯATTP | Hà Nội, ngày 18 tháng 12 năm 2024 |\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("KH-1751-BCDTUATTP-2024", Level.CENTRAL)


def test_an_act_a_report_dates_on_a_page_of_another_date_is_no_preamble() -> None:
    text = ("Thứ Bảy, ngày 23 tháng 11 năm 2024\n\nXây dựng xã hội học tập\n\nQuán triệt Nghị "
            "quyết của Đảng về “xã hội học tập”, ngày 09 tháng 01 năm 2013, Thủ tướng Chính phủ ban"
            " hành quyết định phê duyệt Đề án “xây dựng xã hội học tập giai đoạn 2012 - 2020”.\n")
    identity = extract_text(text).identity
    assert (identity.key.type, identity.issuing_body) == ("CV", None)  # was that decision
    # ... while an undated text that tells its own act so is that document
    identity = extract_text(text.split("\n\n", 1)[1]).identity
    assert (identity.key.type, identity.issuing_body) == ("QĐ", "Thủ tướng Chính phủ")


def test_a_body_that_cannot_make_a_law_names_no_preamble_of_one() -> None:
    # A law is the National Assembly's: the Office's consolidated text is another document,
    # and this page is a news page (it had been a law of the Office)
    text = ("Luật thương mại 2005 sau khi thông qua ngày 14/06/2005 thì chưa có Luật sửa đổi. Do "
            "đó Văn phòng quốc hội đã ban hành Luật thương mại hợp nhất số 17/VBHN-VPQH ngày "
            "05/07/2019.\n")
    identity = extract_text(text).identity
    assert (identity.key.type, identity.issuing_body) == ("CV", None)


def test_a_body_of_no_known_issuer_that_names_a_province_is_the_provinces() -> None:
    text = ("Ngày 5/3/2022, Ban Chấp hành Thành đoàn Hà Nội ban hành Kế hoạch tổ chức đại hội "
            "Đoàn các cấp như sau:\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == ("Ban Chấp hành Thành đoàn Hà Nội",
                                                       Level.PROVINCE)


def test_a_header_on_one_line_gives_the_body_before_its_rule() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN ------------- Số: 52/2018/QĐ-UBND | CỘNG HOÀ XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ----- Lạng Sơn, ngày 05 tháng 9 năm "
            "2018 |\nQUYẾT ĐỊNH\nBan hành Quy định về ngân sách\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.key.id) == (
        "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "QD-52-UBND-2018-lang-son")


def test_a_header_laid_out_with_tabs() -> None:
    text = ("HUYỆN ỦY LỤC NGẠN\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 312-KH/HU\tLục Ngạn, ngày 02 tháng 8 "
            "năm 2022\n\nKẾ HOẠCH\nthực hiện Chỉ thị số 12-CT/TU\n\nNơi nhận:\tT/M HUYỆN ỦY\n"
            "- Lưu.\tBÍ THƯ\n\tNguyễn Văn An\n")
    identity = extract_text(text).identity
    assert identity.key.id == "KH-312-HU-2022-bac-giang"  # Lục Ngạn is a district of Bắc Giang
    assert (identity.issuing_body, identity.place, identity.signer) == (
        "HUYỆN ỦY LỤC NGẠN", "Lục Ngạn", "Nguyễn Văn An")


def test_a_header_laid_out_with_runs_of_spaces() -> None:
    # Text from a PDF kept in its layout: the cells stand apart by runs of spaces.
    text = ("   HUYỆN ỦY CHÂU THÀNH          ĐẢNG CỘNG SẢN VIỆT NAM\n            *\n"
            "   Số 45-KH/HU            Châu Thành, ngày 10 tháng 3 năm 2023\n\n"
            "                 KẾ HOẠCH\n   thực hiện Chỉ thị số 15-CT/TU ngày 02/01/2023 của Ban "
            "Thường vụ Tỉnh ủy Trà Vinh\n")
    identity = extract_text(text).identity
    assert identity.key.id == "KH-45-HU-2023-tra-vinh"
    assert (identity.issuing_body, identity.place) == ("HUYỆN ỦY CHÂU THÀNH", "Châu Thành")


def test_without_a_symbol_the_issuer_is_the_body_the_header_names_last() -> None:
    header = "{}\n\nTrà Vinh, ngày 13 tháng 3 năm 2023\n\nKẾ HOẠCH\nCông tác dân vận năm 2023\n"
    issuers = {"UBND TỈNH TRÀ VINH\nSỞ NỘI VỤ": "SNV", "VĂN PHÒNG UBND\nTỈNH TRÀ VINH": "VP",
               "ỦY BAN MTTQ VIỆT NAM\nTỈNH TRÀ VINH": "MTTQ", "ỦY BAN NHÂN DÂN\nXÃ LONG ĐỨC": "UBND",
               # other departments, also the one of 2025 (it was the province's UBND)
               "UBND TỈNH TRÀ VINH\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": "SNNMT",
               "UBND TỈNH TRÀ VINH\nSỞ TƯ PHÁP": "STP", "UBND TỈNH TRÀ VINH\nSỞ Y TẾ": "SYT"}
    for body, issuer in issuers.items():
        assert extract_text(header.format(body)).identity.key.issuer == issuer
    # A ministry's is central: no province, though its date line names Hà Nội
    ministry = extract_text(header.format("BỘ Y TẾ").replace("Trà Vinh", "Hà Nội")).identity
    assert (ministry.key.issuer, ministry.province, ministry.level) == ("BYT", None, Level.CENTRAL)


def test_texts_that_state_no_identity_stay_two_documents() -> None:
    # News items quoting documents name no symbol, body or title of their own.
    first = extract_text("Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về thi đua.")
    second = extract_text("Thực hiện Chỉ thị số 22/CT-TW ngày 23/01/2018 của Ban Bí thư.")
    assert first.identity.key.id.startswith("CV-ngay-24-10-ubnd-tinh-co-van-ban")
    assert first.identity.key.id != second.identity.key.id


def test_a_header_in_a_grid_table_as_pandoc_writes_a_word_files() -> None:
    # The date line wraps inside its cell: "năm" on one line, "2023" on the next.
    text = ("+-------------------------------+-------------------------------+\n"
            "| **ỦY BAN NHÂN DÂN**           | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA   |\n"
            "| **TỈNH TRÀ VINH**             | VIỆT NAM**                    |\n"
            "| Số: 35/KH-UBND                | *Trà Vinh, ngày 11 tháng 4    |\n"
            "|                               | năm 2023*                     |\n"
            "+-------------------------------+-------------------------------+\n\n"
            "**KẾ HOẠCH**\n\n**Thực hiện công tác dân vận chính quyền năm 2023**\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.title) == (
        "KH-35-UBND-2023-tra-vinh", dt.date(2023, 4, 11),
        "Thực hiện công tác dân vận chính quyền năm 2023")


@pytest.mark.parametrize(("text", "title"), [
    # a footnote's marker after the title, a consolidated text's, is no part of it
    ("BỘ Y TẾ\nSố: 04/VBHN-BYT\nHà Nội, ngày 03 tháng 6 năm 2024\n\nNGHỊ ĐỊNH\n\nVỀ QUẢN LÝ THIẾT "
     "BỊ Y TẾ[1]\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n",
     "VỀ QUẢN LÝ THIẾT BỊ Y TẾ"),
    # "SỐ" (number) may lead on to a symbol on the next line; "DÂN SỐ" (population), "CÔNG NGHỆ
    # SỐ" (digital) end titles, and "Căn cứ ..." under them is the preamble's
    ("QUỐC HỘI\n-------\n\nLuật số: 113/2025/QH15\n\nHà Nội, ngày 10 tháng 12 năm 2025\n\nLUẬT"
     "\n\nDÂN SỐ\n\nCăn cứ Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban "
     "hành Luật Dân số.\n", "DÂN SỐ"),
])
def test_a_title_ends_before_a_footnotes_marker_and_the_preamble(text: str, title: str) -> None:
    assert extract_text(text).identity.title == title


def test_without_a_title_heading_the_preamble_names_the_title() -> None:
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 983/KH-UBND | Tây Ninh, ngày"
            " 15 tháng 5 năm 2019 |\nThực hiện Quyết định số 471/QĐ-TTg ngày 26/4/2019 của Thủ tướng"
            " Chính phủ.\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Đề án “Tăng cường ứng"
            " dụng công nghệ thông tin” trên địa bàn tỉnh, cụ thể như sau:\n1. Mục đích\n")
    assert extract_text(text).identity.title == (
        "Thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin” trên địa bàn tỉnh")
    # Not from a reference's clause, nor from a news item's sentence that names a symbol.
    for preamble in ("Quyết định số 92/QĐ-UBND của Chủ tịch UBND tỉnh ban hành Kế hoạch hành "
                     "động cải thiện môi trường kinh doanh như sau:",
                     "Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị số 17 về việc tăng cường công tác"
                     " dân vận. Nội dung Chỉ thị như sau:"):
        assert extract_text(text.replace(text[text.index("Ủy ban nhân dân tỉnh ban"):],
                                         preamble)).identity.title is None
    # ... nor one that names no subject, only the act: "ban hành Kế hoạch triển khai như sau:"
    text = text.replace("thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin” trên địa bàn "
                        "tỉnh, cụ thể", "triển khai thực hiện")
    assert extract_text(text).identity.title is None


def test_the_preambles_body_holds_no_reference() -> None:
    # A news page: the headline names the resolution carried out, then the preamble's body.
    text = ("Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 57\n"
            "Ban Thường vụ Tỉnh ủy vừa ban hành Chương trình hành động thực hiện Nghị quyết số "
            "57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học.\n")
    identity = extract_text(text).identity
    assert (identity.key.type, identity.key.issuer, identity.issuing_body) == (
        "CTr", "TU", "Ban Thường vụ Tỉnh ủy")
    # ... also when the spaces doubled put the first body out of reach: the same document
    assert extract_text(text.replace(" ", "  ")).identity.key.id == identity.key.id
    # Without a title or province its body does not tell it from another province's, which
    # another text prints: the text's digest keeps the two apart.
    other = text.replace("đột phá phát triển khoa học", "phát triển khoa học, công nghệ")
    assert identity.key.id.startswith("CTr-TU-ban-thuong-vu-tinh-uy-")
    assert extract_text(other).identity.key.id != identity.key.id


def test_a_body_that_issues_a_numbered_document_names_no_preamble() -> None:
    # A news item: the decision it reports is cited, the item itself is named by its words.
    text = ("Ngày 24/4/2023, UBND tỉnh ban hành Quyết định số 19/2023/QĐ-UBND về việc bãi bỏ một"
            " số văn bản quy phạm pháp luật do UBND tỉnh ban hành.\n")
    extraction = extract_text(text)
    assert extraction.identity.issuing_body is None
    assert extraction.identity.key.type == "CV" and extraction.identity.key.name.startswith(
        "Ngày 24/4/2023, UBND tỉnh ban hành")
    assert [r.key.id for r in extraction.references] == ["QD-19-UBND-2023"]
    # ... also a Party-shaped one, its hyphen typeset non-breaking
    text = "Ban Tuyên giáo Tỉnh ủy vừa ban hành Công văn số 1510\u2011CV/BTGTU về tuyên truyền.\n"
    assert extract_text(text).identity.issuing_body is None
    # ... and one that leaves out "số"; a year is no number, though
    text = ("Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ký ban hành Kết luận 177 của Bộ Chính"
            " trị, Ban Bí thư về đơn vị hành chính 2 cấp.\n")
    assert extract_text(text).identity.key.type == "CV"
    text = "Ủy ban nhân dân xã Sơn Ninh ban hành Kế hoạch 2024 về chuyển đổi số như sau:\n"
    assert extract_text(text).identity.issuing_body == "Ủy ban nhân dân xã Sơn Ninh"
    # ... and one whose number follows its title in brackets
    text = ("Hưởng ứng phong trào thi đua, UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động Tết "
            "trồng cây Xuân Ất Tỵ năm 2025 (Kế hoạch số 08/KH-UBND).\n")
    assert extract_text(text).identity.key.type == "CV"
    assert extract_text(text.replace(" (Kế", "\n\n(Kế")).identity.key.type == "CV"
    # A bare number is a page's name for the document it prints whole ...
    text = ("Ngày 6/8, Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc tăng cường"
            " công tác dân vận.\nNội dung Chỉ thị như sau:\n")
    identity = extract_text(text).identity
    assert (identity.key.type, identity.issuing_body) == ("CT", "Ban Thường vụ Tỉnh ủy Yên Bái")
    # ... also hard-wrapped inside the clause that names the issuer
    wrapped = text.replace("Yên Bái đã ban hành", "Yên Bái đã\nban hành")
    assert extract_text(wrapped).identity.key.id == identity.key.id
    # ... and a news item's for the one it reports: the item is named by its words, not as an
    # untitled plan of that body, which every such item would share.
    text = ("Thực hiện Chỉ thị số 45-CT/TW, ngày 14/4/2025, Ban Thường vụ Đảng ủy các cơ quan Đảng"
            " Trung ương đã khẩn trương ban hành Kế hoạch số 08 về tổ chức đại hội.\n")
    assert extract_text(text).identity.key.type == "CV"


def test_an_action_plans_heading_is_its_type_and_the_title_follows() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 334/KH-UBND\nLạng Sơn, ngày 31 tháng 12 năm 2025\n"
            "KẾ HOẠCH HÀNH ĐỘNG\nPHÁT TRIỂN CHÍNH QUYỀN SỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.title) == (
        "KH-334-UBND-2025-lang-son", "PHÁT TRIỂN CHÍNH QUYỀN SỐ TRÊN ĐỊA BÀN TỈNH LẠNG SƠN")


def test_a_preambles_body_ends_before_how_it_acts() -> None:
    text = ("Ban Thường vụ Tỉnh ủy đã khẩn trương ban hành Kế hoạch thực hiện Chỉ thị số "
            "45-CT/TW, ngày 14/4/2025.\n")
    assert extract_text(text).identity.issuing_body == "Ban Thường vụ Tỉnh ủy"
    # ... and before a name after its place's: the secretary who signs
    text = ("Bí thư Tỉnh ủy Lâm Đồng Trần Đức Quận vừa ký ban hành Chương trình hành động thực "
            "hiện Nghị quyết số 27-NQ/TW ngày 09/11/2022.\n")
    identity = extract_text(text).identity
    assert identity.issuing_body == "Tỉnh ủy Lâm Đồng"  # was "... Trần Đức Quận", a district's
    assert identity.level == Level.PROVINCE
    # ... or after the Secretariat, whose standing member signs ("Thường trực Ban Bí thư Võ Văn
    # Thưởng đã ký ban hành ..."), but not its full name
    assert without_head("Ban Bí thư Võ Văn Thưởng") == "Ban Bí thư"
    assert without_head("Ban Bí thư Trung ương Đảng") == "Ban Bí thư Trung ương Đảng"
    # ... or after a ministry's name, its minister ("Bộ trưởng Bộ Xây dựng Trần Hồng Minh vừa ký
    # ban hành Chỉ thị ...")
    assert without_head("Bộ trưởng Bộ Xây dựng Trần Hồng Minh") == "Bộ Xây dựng"
    assert without_head("Bộ Lao động - Thương binh và Xã hội Đào Ngọc Dung") == (
        "Bộ Lao động - Thương binh và Xã hội")
    # ... or after "tỉnh" where the text names no province, the chairman who signs
    text = ("Chủ tịch UBND tỉnh Lê Trí Thanh vừa ký ban hành Chương trình công tác năm 2022 với "
            "chủ đề “Kiện toàn tổ chức, bộ máy tinh gọn”.\n")
    assert extract_text(text).identity.issuing_body == "UBND tỉnh"
    # ... or after a city whose kind and name run together ("TPHCM")
    text = ("Ngày 1/8, Chủ tịch UBND TPHCM Nguyễn Thành Phong đã ký ban hành Công văn khẩn về "
            "việc tiếp tục giãn cách xã hội.\n")
    assert extract_text(text).identity.issuing_body == "UBND TPHCM"
    # ... or right after a Party committee where the text names no place; a place's name stays
    # ("Trường Sa", a district, folds as "Trương" does)
    for committee, body in (("Thành ủy Trương Quang Nghĩa", "Thành ủy"),
                            ("Thành ủy Vinh", "Thành ủy Vinh")):
        text = (f"Bí thư {committee} vừa ký ban hành Chương trình hành động thực hiện Nghị "
                "quyết số 43-NQ/TW ngày 24/01/2019.\n")
        assert extract_text(text).identity.issuing_body == body
    # ... nor a place's name its words end in before it is whole
    assert cut_after_place("Thành ủy Thủ Dầu") == "Thành ủy Thủ Dầu"  # (Thủ Dầu Một)
    # ... and the Prime Minister's name after the office, with or without "Chính phủ"
    for office in ("Thủ tướng", "Thủ tướng Chính phủ"):
        text = (f"{office} Phạm Minh Chính vừa ký ban hành Công điện về việc tập trung khắc phục "
                "hậu quả mưa lũ.\n")
        assert extract_text(text).identity.issuing_body == office
    # The Youth Union's "tỉnh Đoàn" is a body's word, as "Tỉnh ủy" is: the place comes after it
    # ("tỉnh Đoàn Hưng" had been Đoan Hùng, a district of Phú Thọ, and ended the body there)
    text = ("Ban Thường vụ tỉnh Đoàn Hưng Yên xây dựng Kế hoạch tổ chức các hoạt động khởi động "
            "Năm Thanh niên - 2011, với những nội dung cụ thể như sau:\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.province) == ("Ban Thường vụ tỉnh Đoàn Hưng Yên",
                                                          "Hưng Yên")


@pytest.mark.parametrize(("header", "title"), [
    # a page that dropped the type heading (its own headline): the title under the date line,
    # up to the minister who decides
    ("BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Hà Nội, ngày 17 tháng 04 năm 2007 |\n"
     "BAN HÀNH QUY CHẾ CHỨNG CHỈ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC\nBỘ TRƯỞNG BỘ NỘI VỤ\n",
     "BAN HÀNH QUY CHẾ CHỨNG CHỈ ĐÀO TẠO, BỒI DƯỠNG CÁN BỘ, CÔNG CHỨC"),
    # a type heading run into its title on one line
    ("ỦY BAN NHÂN DÂN\nXÃ SƠN NINH\nSố: 12/KH-UBND\nSơn Ninh, ngày 3 tháng 4 năm 2023\n"
     "KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2023\n",
     "TRIỂN KHAI THỰC HIỆN CÔNG TÁC DÂN VẬN NĂM 2023"),
    # a type heading wrapped in a narrow column, "QUYẾT" / "ĐỊNH", and its title so too
    ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 636/QĐ-UBND\nBình Định, ngày 21\ntháng 11 năm 2012\n"
     "QUYẾT\nĐỊNH\nVỀ\nVIỆC BAN HÀNH QUY ĐỊNH VỀ THEO DÕI\n", "VỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ THEO DÕI"),
    # a type heading that names its issuer: the title is under it
    ("HỘI ĐỒNG NHÂN DÂN\nTỈNH LÀO CAI\nSố: 13/2001/NQ-HĐND\nLào Cai, ngày 17 tháng 01 năm 2001\n"
     "NGHỊ QUYẾT CỦA HĐND TỈNH LÀO CAI\n\nVề xác định khóa HĐND, UBND tỉnh Lào Cai\n",
     "Về xác định khóa HĐND, UBND tỉnh Lào Cai"),
])
def test_a_title_without_its_own_type_heading_line(header: str, title: str) -> None:
    text = header + "Căn cứ Nghị định số 45/2003/NĐ-CP ngày 09 tháng 5 năm 2003;\nQUYẾT ĐỊNH:\n"
    assert extract_text(text).identity.title == title


def test_a_title_line_naming_the_directive_carried_out_is_no_type_heading() -> None:
    text = ("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN\nCHỈ THỊ CỦA BAN BÍ THƯ VỀ TĂNG CƯỜNG CÔNG TÁC DÂN VẬN\n"
            "Ủy ban nhân dân xã Sơn Ninh xây dựng kế hoạch như sau:\n")
    assert extract_text(text).identity.key.type != "CT"


def test_a_place_wrapped_in_its_table_cell_is_read_whole() -> None:
    # "Vinh" alone is a city of Nghệ An; the body here names no province.
    text = ("HỘI ĐỒNG NHÂN DÂN\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố: 15/2022/NQ-HĐND\n|\n"
            "Trà\nVinh, ngày 18 tháng 10 năm 2022\n|\nNGHỊ QUYẾT\nQUY ĐỊNH LẬP DỰ TOÁN\n")
    identity = extract_text(text).identity
    assert (identity.place, identity.key.province) == ("Trà Vinh", "Trà Vinh")


def test_the_header_under_a_portals_record_gives_the_body() -> None:
    text = ("Quyết định 186/QĐ-UBND năm 2018 phê duyệt Dự án\nSố hiệu: 186/QĐ-UBND Loại văn bản: Quyết"
            " định\nNơi ban hành: Tỉnh An Giang Người ký: Lâm Quang Thi\nNgày ban hành: 26/01/2018\n\n"
            "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 186/QĐ-UBND\nAn Giang, ngày 26 tháng 01 năm 2018\nQUYẾT ĐỊNH\nPHÊ DUYỆT DỰ ÁN\n"
            "Căn cứ Quyết định số 2163/QĐ-UBND ngày 29 tháng 11 năm 2012 của UBND tỉnh An Giang về "
            "việc ban hành Kế hoạch phát triển nông nghiệp;\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
    # ... also where a line of the text under it opens with a field's word, not a field: "Tình
    # trạng sạt lở ..." (the state of erosion) is no "Tình trạng:" (status) of the record
    state = text + "Tình trạng sạt lở bờ sông diễn biến phức tạp.\n"
    assert extract_text(state).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH AN GIANG"
    # ... and a motto wrapped after "CỘNG" ends the body
    wrapped = text.replace("TỈNH AN GIANG\n-------\n", "")
    assert extract_text(wrapped).identity.issuing_body == "ỦY BAN NHÂN DÂN"
    # Without a header, the preamble's body is none that runs over a reference's date.
    headless = text[text.index("Căn cứ"):]
    assert extract_text(headless).identity.issuing_body is None
    # ... but the headers of the attachments a page prints under the record are not the text's
    forms = ("Nghị định 48/2020/NĐ-CP sửa đổi Nghị định 38/2016/NĐ-CP\nSố hiệu: | 48/2020/NĐ-CP | "
             "Loại văn bản: | Nghị định |\nNơi ban hành: | Chính phủ | Người ký: | Nguyễn Xuân "
             "Phúc |\nNgày ban hành: | 15/04/2020 |\nTÓM TẮT VĂN BẢN\n(Kèm theo Nghị định số "
             "48/2020/NĐ-CP ngày 15 tháng 4 năm 2020 của Chính phủ)\nMẫu số 05 |\nGiấy phép hoạt "
             "động |\nGIẤY PHÉP HOẠT ĐỘNG DỰ BÁO\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
             "do - Hạnh phúc\n")
    assert extract_text(forms).identity.issuing_body == "Chính phủ"
    # a field the portal left empty ("***") names no body: the next field's name is none
    empty = ("Nghị quyết 52-NQ/TW năm 2019 về chủ trương\nSố hiệu: | 52-NQ/TW | Loại văn bản: | "
             "Nghị quyết |\nNơi ban hành: | *** | Người ký: | Nguyễn Phú Trọng |\nNgày ban hành: | "
             "27/09/2019 |\nMục tiêu\n")
    assert extract_text(empty).identity.issuing_body is None  # was "Người ký:"
    # ... nor does the rule under a table's row of fields' names
    table = ("Bước 1: Nộp hồ sơ\nSố ký hiệu | Trích yếu | Ngày ban hành | Cơ quan ban hành |\n"
             "---|---|---|---|\n40/2023/NĐ-CP | Nghị định 40/2023/NĐ-CP | 27-06-2023 | Chính phủ |\n")
    assert extract_text(table).identity.issuing_body is None  # was "---"
    # ... nor the next field's, "Trích yếu:" (the abstract), under a field left empty
    abstract = ("Số/Ký hiệu: 08/CT-TTg\nNgày ban hành: 1/6/2022\nCơ quan ban hành:\nTrích yếu: "
                "Công tác xây dựng văn hóa học đường\n")
    assert extract_text(abstract).identity.issuing_body is None


def test_a_records_date_of_another_year_than_the_symbol_is_another_documents() -> None:
    # vbpl.vn's list of the documents a decree rests on: the first "Ngày ban hành" is the
    # railway law's, of 2005, not the decree's
    text = ("Hiệu lực: Có hiệu lực Ngày có hiệu lực: 02/03/2012\nNghị định 03/2012/NĐ-CP\nVăn bản "
            "căn cứ\nĐường sắt\nNgày ban hành:14/06/2005\nNgày có hiệu lực:01/01/2006\n")
    identity = extract_text(text).identity
    assert identity.key.id == "ND-3-CP-2012" and identity.date is None  # was 2005-06-14


def test_a_portals_record_gives_the_body_and_date_its_summary_keeps_from_the_header() -> None:
    # thuvienphapluat puts its summary of a recent document between the record and the header,
    # past where a header is read; its record's fields are in bold, their values on lines below.
    summary = "Theo đó, Thủ tướng Chính phủ yêu cầu các bộ rà soát các dự án tồn đọng.\n" * 40
    text = ("**Số hiệu:**\n|\n230/CĐ-TTg\n|\n**Nơi ban hành:**\n|\nThủ tướng Chính phủ\n|\n"
            "**Ngày ban hành:**\n|\n26/11/2025\n|\n## Khẩn trương rà soát các dự án tồn đọng\n"
            f"{summary}Xem thêm Công điện 230/CĐ-TTg ban hành ngày 26/11/2025.\n|\n"
            "**THỦ TƯỚNG CHÍNH PHỦ**\n|\nSố: 230/CĐ-TTg\n|\n*Hà Nội, ngày 26 tháng 11 năm 2025*\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.issuing_body) == (
        "CD-230-TTg-2025", dt.date(2025, 11, 26), "Thủ tướng Chính phủ")
    # ... a flattened record's next field is not the body's
    flat = "Số hiệu: 186/QĐ-UBND\nNơi ban hành: Tỉnh An Giang Người ký: Lâm Quang Thi\n" + summary
    assert extract_text(flat).identity.issuing_body == "Tỉnh An Giang"
    # ... and a record that writes no colon after a field's name
    for record in ("Số hiệu 21/2019/TT-BCT Ngày văn bản 08/11/2019\nLoại văn bản Thông tư\n",
                   "Số ký hiệu văn bản 21/2019/TT-BCT\nNgày ban hành 08/11/2019\n"):
        assert extract_text(record + summary).identity.date == dt.date(2019, 11, 8)


def test_a_records_issuing_agency_gives_the_body_unless_it_names_another_issuer() -> None:
    text = ("Cơ quan ban hành: | Bộ Tài chính | Số công báo: | 06&07 - 7/2005 |\n"
            "Số hiệu: | 52/2005/TT-BTC | Ngày đăng công báo: | 06/07/2005 |\n"
            "THÔNG TƯ\nHƯỚNG DẪN VIỆC THÀNH LẬP TỔ CHỨC BẢO HIỂM TƯƠNG HỖ\n"
            "Căn cứ Nghị định số 42/2001/NĐ-CP ngày 01 tháng 08 năm 2001 của Chính phủ;\n")
    assert extract_text(text).identity.issuing_body == "Bộ Tài chính"
    # ... without the type a portal writes before whose it is
    text = ("  • Cơ quan ban hành: Thông tư liên tịch của Viện kiểm sát nhân dân tối cao – Bộ "
            "Công an\n  • Số hiệu: 04/2018/TTLT-VKSNDTC-BCA\n")
    assert extract_text(text).identity.issuing_body == (
        "Viện kiểm sát nhân dân tối cao – Bộ Công an")
    # a portal's slip: the Assembly is no ministry's circular's body
    slip = ("Thông tư 43/2017/TT-BYT về tỷ lệ hao hụt vị thuốc cổ truyền\n"
            "  • Số hiệu: 43/2017/TT-BYT\n  • Loại văn bản: Thông tư\n"
            "  • Ngày ban hành: 16/11/2017\n  • Nơi ban hành: Quốc hội\n")
    identity = extract_text(slip).identity
    assert (identity.key.id, identity.issuing_body) == ("TT-43-BYT-2017", None)
    # ... nor its placeholder, a field not filled in yet ("Đang cập nhật", being updated)
    text = "Tóm tắt văn bản\nCơ quan ban hành:\nĐang cập nhật\nSố hiệu:\nĐang cập nhật\n"
    assert extract_text(text).identity.issuing_body is None
    # ... also where the record's symbol runs past the first 1,200 characters
    article = ("Điều 2. Dạng tật\n"
               + "Khuyết tật vận động là tình trạng giảm chức năng cử động.\n" * 30)[:1181] + "\n"
    late = article + ("- Số hiệu: 28/2012/NĐ-CP\n- Loại văn bản: Nghị định\n- Ngày ban hành: "
                      "10/04/2012\n- Nơi ban hành: Quốc hội\n- Người ký: Nguyễn Tấn Dũng\n- Số công "
                      "báo: Từ số 343 đến số 344\n- Ngày hiệu lực: 01/06/2012\n- Tình trạng hiệu lực: Kiểm tra\n- Điều 1. Phạm vi "
                      "điều chỉnh\n- Điều 2. Dạng tật\n")
    assert extract_text(late).identity.issuing_body is None  # was "/NĐ-CP"


def test_a_record_listing_its_fields_gives_the_own_symbol() -> None:
    text = ("Nghị quyết số 150/2014/NQ-HĐND ngày 12/12/2014 của Hội đồng nhân dân tỉnh Nghệ An Sửa "
            "đổi khoản 3 Điều 3 Nghị quyết 93/2013/NQ-HĐND về mức thu phí\n"
            "- Số hiệu văn bản: 150/2014/NQ-HĐND\n- Loại văn bản: Nghị quyết\n"
            "- Ngày ban hành: 12-12-2014\n")
    assert extract_text(text).identity.key.id == "NQ-150-HDND-2014-nghe-an"
    # ... but a list item's "Số:" in running text is a reference's
    listed = "Các văn bản liên quan:\n- Số: 93/2013/NQ-HĐND của HĐND tỉnh Nghệ An\n"
    assert extract_text(listed).identity.symbol is None


def test_a_dash_glued_to_the_number_label_is_a_cell_border_not_a_list_item() -> None:
    # A table's cells converted to lines, each opening with "-"
    text = ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
            "Hạnh phúc\n-Số: 04/2013/TT-NHNN Hà Nội, ngày 01 tháng 03 năm 2013\nTHÔNG TƯ\n"
            "QUY ĐỊNH VỀ HOẠT ĐỘNG CHIẾT KHẤU\n")
    assert extract_text(text).identity.key.id == "TT-4-NHNN-2013"  # was a page citing it


def test_the_government_office_is_its_own_issuer() -> None:
    text = ("VĂN PHÒNG CHÍNH PHỦ\n\nTỜ TRÌNH\nVề dự thảo Nghị định ban hành Quy chế làm việc\n"
            "Thực hiện Nghị quyết số 01/NQ-CP ngày 07/01/2016 của Chính phủ, ...\n")
    assert extract_text(text).identity.key.issuer == "VPCP"


def test_a_title_line_that_starts_like_a_records_field_is_the_titles() -> None:
    # "LĨNH VỰC ..." in capitals is the title's line, not the record's "Lĩnh vực:" field, and
    # the head of a centre deciding under the title ends it
    text = ("**Số hiệu:**\n|\n1609/QĐ-TTPVHCC\n|\n**Người ký:**\n|\nCù Ngọc Trang\n|\n"
            "UBND THÀNH PHỐ HÀ\nNỘI\n**TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG**\n-------\n|\n"
            "**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n|\nSố: 1609/QĐ-TTPVHCC\n|\n*Hà Nội, ngày 25"
            "\ntháng 11 năm 2025*\n|\n**QUYẾT ĐỊNH**\nVỀ\nVIỆC CÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH "
            "TRONG\nLĨNH VỰC ĐẤU THẦU (THỰC HIỆN THEO NGHỊ QUYẾT 66/NQ-CP NGÀY 26/3/2025 CỦA CHÍNH\n"
            "PHỦ)\n**GIÁM ĐỐC TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG THÀNH PHỐ\nHÀ NỘI**\n"
            "*Căn cứ Luật Tổ chức Chính\nquyền địa phương số 72/2025/QH15 ngày 16/6/2025;*\n")
    identity = extract_text(text).identity
    assert identity.issuing_body == "UBND THÀNH PHỐ HÀ NỘI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"
    assert identity.title.endswith("NGÀY 26/3/2025 CỦA CHÍNH PHỦ)")


@pytest.mark.parametrize("label", ["XÁC THỰC VĂN BẢN HỢP NHẤT", "XÁC NHẬN VĂN BẢN HỢP NHẤT"])
def test_the_gazettes_consolidated_text_is_named_by_its_authentication(label: str) -> None:
    # The Official Gazette prints the consolidated document's header without a "Số:" line; the
    # consolidated text's own symbol stands at its end, by its authentication.
    text = ("VĂN BẢN HỢP NHẤT -\nBỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n\nTHÔNG TƯ\nQuy định về "
            "tuyển dụng nhà giáo\n\nThông tư số 06/2017/TT-BLĐTBXH ngày 08/3/2017, được sửa đổi, "
            "bổ sung bởi:\nThông tư số 28/2022/TT-BLĐTBXH ngày 28/12/2022.\n"
            "Điều 1. Phạm vi điều chỉnh\n3.7 (được bãi bỏ).\n" + "Nội dung.\n" * 40 +
            f"BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\n{label}\nSố: 4082/VBHN-BLĐTBXH\n"
            "7 Khoản này được bãi bỏ theo quy định tại Thông tư số 28/2022/TT-BLĐTBXH.\n"
            "2. Bãi bỏ khoản 3 Điều 12 Thông tư số 06/2017/TT-BLĐTBXH.\n")
    extraction = extract_text(text)
    assert extraction.identity.key.id == "VBHN-4082-BLDTBXH"
    # ... and changes nothing itself: it quotes the changes made
    assert {r.relation.value for r in extraction.relations if r.from_self} == {"CITES"}


def test_the_header_under_the_national_databases_record_gives_the_body() -> None:
    # vbpl.vn's record of a repealed decree; its date line names the province whose copy it is
    text = ("• Hiệu lực: Hết hiệu lực toàn bộ\n  • Ngày có hiệu lực: 18/07/2003\n"
            "  • Ngày hết hiệu lực: 10/05/2017\nCHÍNH PHỦ\nSố: 73/2003/NĐ-CP\n"
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hưng Yên, ngày 23 tháng 6 năm 2003\n\nNGHỊ ĐỊNH\n\nBan hành Quy chế xem xét\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.key.id) == ("CHÍNH PHỦ", "ND-73-CP-2003")


@pytest.mark.parametrize("above", [
    "Hệ thống pháp luật\n\n",  # a web page's banner
    "- 1Luật tổ chức chính quyền địa phương 2015\n- 2Nghị định 30/2020/NĐ-CP\n",  # related
    # a portal's headlines, however many and long
    "Quyết định 924/QĐ-UBND\n\nQuyết định 924/QĐ-UBND năm 2016 phê duyệt Đề án phát triển kinh"
    " tế tập thể trên địa bàn tỉnh Trà Vinh giai đoạn 2016 - 2020 do tỉnh Trà Vinh ban hành\n\n"
    "Nội dung toàn văn Quyết định 924/QĐ-UBND\n\n",
])
def test_the_header_under_a_pages_banner_gives_the_body(above: str) -> None:
    text = (above + "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            "\nSố: 924/QĐ-UBND\nTrà Vinh, ngày 04 tháng 5 năm 2016\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"


def test_a_blank_line_between_a_headers_lines_does_not_end_the_body() -> None:
    text = ("UỶ BAN NHÂN DÂN\n\n    XÃ DÂN  LỰC\n\n \n\nSố:        /KH-UBND\n\nCỘNG HOÀ XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM\n\nDân Lực, ngày 18 tháng 02 năm 2021\n\nKẾ HOẠCH\n\n Thông tin, "
            "tuyên truyền cuộc bầu cử\n")
    assert extract_text(text).identity.issuing_body == "UỶ BAN NHÂN DÂN XÃ DÂN LỰC"
    # ... while the rule under it does
    ruled = "ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\n--------\nQUỐC HỘI\nSố: 924/QĐ-UBND\n"
    assert extract_text(ruled).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"


def test_neither_a_title_at_the_top_nor_a_place_is_a_body() -> None:
    # A copy that starts with its title: "VỀ VIỆC ..." is no body; the authority over the
    # preamble is.
    text = ("VỀ VIỆC QUY ĐỊNH CHỨC NĂNG CỦA SỞ NỘI VỤ TỈNH QUẢNG NINH\nUỶ BAN NHÂN DÂN TỈNH QUẢNG "
            "NINH\nCăn cứ Nghị định số 13/2008/NĐ-CP ngày 04 tháng 02 năm 2008 của Chính phủ;\n")
    assert extract_text(text).identity.issuing_body == "UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH"
    # ... also with "VỀ" alone on its line (the title had been the body)
    text = text.replace("VỀ VIỆC", "VỀ\nVIỆC")
    assert extract_text(text).identity.issuing_body == "UỶ BAN NHÂN DÂN TỈNH QUẢNG NINH"
    # ... nor a report's or a page's heading over the header
    for heading in ("TÓM TẮT VĂN BẢN", "LỊCH KỈ NIỆM 36 NĂM NGÀY NHÀ GIÁO VIỆT NAM",
                    ">> XEM BẢN TIẾNG ANH CỦA BÀI VIẾT NÀY TẠI ĐÂY\n"):  # ... nor a page's link
        text = (f"{heading}\nCHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                "Số: 101/1997/NĐ-CP\nHà Nội, ngày 23 tháng 9 năm 1997\n")
        assert extract_text(text).identity.issuing_body == "CHÍNH PHỦ"
    # "Bàn" of "thị xã Điện Bàn" folds as "Ban" does: the body is the committee's.
    news = ("Phân loại đơn vị hành chính cấp xã thuộc thị xã Điện Bàn\n\nChủ tịch UBND tỉnh vừa ký "
            "ban hành Quyết định về việc phân loại đơn vị hành chính cấp xã.\n")
    assert extract_text(news).identity.issuing_body == "UBND tỉnh"
    # A page's headline in upper case over running text, with no motto, "Số" line or type
    # heading under it, is no header.
    for headline in ("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020\n\n", "ĐẠI HỘI ĐẢNG CÁC CẤP\n"):
        text = headline + ("Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ"
                           " Tỉnh ủy Bắc Kạn về công tác tuyên giáo năm 2020.\n")
        assert extract_text(text).identity.issuing_body is None
    # ... nor one that ends in another document's number, which is no header's "Số" line
    text = ("UỶ BAN QUỐC PHÒNG VÀ AN NINH THẨM TRA BÁO CÁO CỦA CHÍNH PHỦ VỀ KẾT QUẢ THỰC HIỆN "
            "NGHỊ QUYẾT SỐ 99/2019/QH14\n\n14/10/2022\n\nChiều ngày 14/10, Uỷ ban Quốc phòng và An "
            "ninh thẩm tra Báo cáo của Chính phủ.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... nor is a sentence under it that names the State (it was read as the motto)
    text = ("TÂN PHÚ ĐÔNG HƯỞNG ỨNG NGÀY PHÁP LUẬT\n17/11/2014\n\nQuán triệt Kế hoạch số 189/KH-UBND"
            " ngày 11/9/2014 của Ủy ban nhân dân tỉnh Tiền Giang về việc tổ chức Ngày Pháp luật nước"
            " Cộng hòa xã hội chủ nghĩa Việt Nam năm 2014 trên địa bàn tỉnh Tiền Giang.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... while a header's body is read over its "Số" line, its motto or its type heading.
    for under in ("Số 445-KL/TU\n", "ĐẢNG CỘNG SẢN VIỆT NAM\n", "Huế, ngày 13 tháng 5 năm 2022\n"):
        text = f"TỈNH ỦY THỪA THIÊN HUẾ\n{under}KẾT LUẬN\nvề xây dựng kết cấu hạ tầng\n"
        assert extract_text(text).identity.issuing_body == "TỈNH ỦY THỪA THIÊN HUẾ"


def test_running_text_before_a_date_is_no_date_line() -> None:
    # "... lệnh phong tỏa) từ 0 giờ, ngày 23 tháng 9 năm 2021": a time in a sentence, no place.
    text = ("Theo đó, thực hiện giãn cách xã hội (trừ các khu vực đang áp dụng lệnh phong tỏa) từ "
            "0 giờ, ngày 23 tháng 9 năm 2021 cho đến khi có thông báo mới.\n")
    assert (extract_text(text).identity.place, extract_text(text).identity.date) == (None, None)
    # ... while a place may name its unit in lower case
    text = "Số: 12/KH-UBND\nthành phố Hồ Chí Minh, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\n"
    identity = extract_text(text).identity
    assert (identity.place, identity.date) == ("thành phố Hồ Chí Minh", dt.date(2024, 3, 5))
    # ... and a province's name split by stray spaces is still one (the date and year were lost)
    text = "| Số: 1351/QĐ-UBND | Qu ả ng Ngãi, ngày 04 tháng 10 năm 2022 |\n\nQUYẾT ĐỊNH\n"
    identity = extract_text(text).identity
    assert (identity.key.id, identity.place) == ("QD-1351-UBND-2022-quang-ngai", "Quảng Ngãi")


def test_with_no_date_line_read_the_subtitle_of_what_it_issues_dates_the_document() -> None:
    # The date line is letter-spaced past reading; the attached plan names the decision with
    # its date, which is no reference to another document.
    text = ("| Số: 3210/QĐ-UBND | T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014 |\n\nQUYẾT ĐỊNH\n"
            "VỀ BAN HÀNH KẾ HOẠCH\n\nKẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN ... (Ban hành kèm theo Quyết "
            "định số 3210/QĐ-UBND ngày 28 tháng 6 năm 2014 của Chủ tịch Ủy ban nhân dân Thành "
            "phố)\n")
    extraction = extract_text(text)
    assert (extraction.identity.key.year, extraction.identity.date) == (2014, dt.date(2014, 6, 28))
    assert extraction.references == []


def test_a_ministrys_letter_under_its_own_code_is_central() -> None:
    # "LĐTBXH", the Ministry of Labour's code on its công văn, was no known code: the letter
    # had no symbol and was keyed by its words in Hà Nội, its date line's place.
    text = ("| BỘ LAO ĐỘNG-THƯƠNG BINH VÀ XÃ HỘI ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "| Số: 1040/LĐTBXH-NCC V/v hướng dẫn giải quyết chế độ | Hà Nội, ngày 09 tháng 04 năm "
            "2012 |\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("CV-1040-LDTBXH-NCC-2012", Level.CENTRAL)


def test_the_own_symbol_after_its_label_may_be_of_an_issuer_in_no_table() -> None:
    # A provincial tax office's code since 2025: the letter had no symbol.
    text = ("CỤC THUẾ\nTHUẾ TỈNH VĨNH LONG\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 1539/VLO-QLDN3\nV/v trả lãi tiền vay cho cổ đông\n"
            "Vĩnh Long, ngày 02 tháng 12 năm 2025\n")
    assert extract_text(text).identity.key.id == "CV-1539-VLO-QLDN3-2025-vinh-long"
    # ... also one with no type code, of a ministry of the 1970s: "13-TBXH", the Ministry of
    # War Invalids and Social Affairs
    text = ("BỘ THƯƠNG BINH VÀ XÃ HỘI\n******\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 13-TBXH\n"
            "Hà Nội, ngày 15 tháng 08 năm 1978\nTHÔNG TƯ\nHƯỚNG DẪN THI HÀNH QUYẾT ĐỊNH SỐ 78-CP\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level) == ("TT-13-TBXH-1978", Level.CENTRAL)


def test_a_copy_with_a_portals_headline_and_its_header_cells_run_together() -> None:
    # A portal's headline ran into the body's line, and the subject line into the "Số:" line:
    # body and title were lost, and Social Security's code was no known one, so the letter had
    # no symbol and was keyed by its words.
    text = ("Công văn 296/BHXH-CSYT năm 2021 hướng dẫn quy định tại Điều 22 Luật Bảo hiểm y tế do"
            " Bảo hiểm xã hội Việt Nam ban hành. BẢO HIỂM XÃ HỘI VIỆT NAM --------\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ---------------\n"
            "Số: 296/BHXH-CSYT V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\n"
            "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi:\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.level, identity.issuing_body, identity.title) == (
        "CV-296-BHXH-CSYT-2021", Level.CENTRAL, "BẢO HIỂM XÃ HỘI VIỆT NAM",
        "hướng dẫn một số quy định tại Điều 22 Luật BHYT")


def test_a_header_run_onto_one_line_after_a_portals_headline() -> None:
    # The date line's place followed the subject on the "Số:" line: the date (and so the key's
    # year) was lost, the title ran on into it, and the body stood after the headline's full stop.
    text = ("Công văn 3397/BKHĐT-QLKTTW năm 2019 hướng dẫn áp dụng quy định tại Điều 162 Luật "
            "Doanh nghiệp 2014 do Bộ Kế hoạch và Đầu tư ban hành. BỘ KẾ HOẠCH VÀ ĐẦU TƯ "
            "----------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc -------\n"
            "Số: 3397/BKHĐT-QLKTTW V/v hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014 Hà "
            "Nội, ngày 23 tháng 5 năm 2019 Kính gửi: Tổng công ty Khí Việt Nam\n"
            "Bộ Kế hoạch và Đầu tư có ý kiến như sau:\n"
            "TL.\nBỘ TRƯỞNG CHÁNH VĂN PHÒNG Nguyễn Đức Tâm\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.issuing_body, identity.title,
            identity.signer) == (
        "CV-3397-BKHDT-QLKTTW-2019", dt.date(2019, 5, 23), "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
        "hướng dẫn áp dụng quy định tại Điều 162 Luật DN 2014", "Nguyễn Đức Tâm")


def test_a_header_under_a_headline_with_the_body_and_motto_on_one_line() -> None:
    # The body's cell ran into the motto's ("BỘ Y TẾ -------CỘNG HÒA ..."): the body was lost.
    # The title on the date line's line ends at the authority, a general director too.
    text = ("Quyết định 1666/QĐ-BHXH năm 2020.\n"
            "BẢO HIỂM XÃ HỘI VIỆT NAM -------CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do -"
            " Hạnh phúc ---------------\nSố:\n1666/QĐ-BHXH\n"
            "Hà Nội, ngày 03 tháng 12 năm 2020 QUYẾT ĐỊNH BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ TỔNG "
            "GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM\nCăn cứ Luật Bảo hiểm y tế;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body, identity.title) == (
        "QD-1666-BHXH-2020", "BẢO HIỂM XÃ HỘI VIỆT NAM", "BAN HÀNH MẪU THẺ BẢO HIỂM Y TẾ")


def test_a_header_whose_cells_a_copy_ran_together_line_by_line_gives_the_whole_body() -> None:
    # The body's second line stood before the motto's: the body was "ỦY BAN NHÂN DÂN" alone,
    # and the district's letter a province's.
    text = ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HUYỆN CHÂU THÀNH Độc lập - Tự do - Hạnh phúc\n\n"
            "Số: 850/UBND Châu Thành, ngày 12 tháng 9 năm 2017\n\nV/v phòng chống lũ lụt\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == ("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH",
                                                       "district")


def test_a_header_run_onto_one_line_gives_the_body_between_the_mottos() -> None:
    # A text that lost its line ends, under a page's own lines: the commune stood between the
    # State's name and "Độc lập"; the body had been read from the text ("Ủy ban nhân dân xã").
    text = ("xÂy dỰng kẾ hoẠch phÒng, chỐng thiÊn tai\n\n47\n"
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM XÃ PHÚ MẬU Độc lập – Tự do – Hạnh "
            "phúc KẾ HOẠCH PHÒNG CHỐNG THIÊN TAI NĂM 2014 Căn cứ Luật Phòng, chống thiên tai được "
            "Quốc hội thông qua ngày 19 tháng 6 năm 2013; Ủy ban nhân dân xã xây dựng Kế hoạch "
            "như sau:")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == ("ỦY BAN NHÂN DÂN XÃ PHÚ MẬU", "commune")
    # ... but not the line under it, when the motto's second line is on the same one
    text = ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh "
            "phúc Số 21/2017/QĐ UBND Hà Tĩnh, ngày 15 tháng 05 năm 2017\n\n"
            "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH - CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự - Hạnh"
            " phúc - Số: 21/2017/QĐ-UBND\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"
    # nor an upper-case line before "Độc lập" that no State motto precedes (an OCR's garble)
    text = ("===== Trang 1 =====\nSố: 381\n\nz\\ TỈNH LÀO CAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "HÌ TRA SÓ 72-2026 Độc lập - Tự do - Hạnh phúc\n\nBIÊN BẢN LÀM VIỆC\n")
    assert extract_text(text).identity.issuing_body is None


def test_a_header_read_row_by_row_gives_the_body_under_the_motto() -> None:
    # The cells read row by row put the Party's motto between the body's two lines: the
    # commune's steering committee had been the province's.
    text = ("BCĐ XÂY DỰNG NÔNG THÔN MỚI\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nXÃ NHÂN KHANG\n"
            "Số: 01 -KH/BCĐ\n\nNhân Khang, ngày 10 tháng 3 năm 2016\n\nKẾ HOẠCH\n"
            "XÂY DỰNG NÔNG THÔN MỚI GIAI ĐOẠN 2016-2020\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == (
        "BCĐ XÂY DỰNG NÔNG THÔN MỚI XÃ NHÂN KHANG", "commune")
    # ... and the State's, past its second line
    text = ("UBND TỈNH ĐỒNG THÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 62/HD-SGDĐT\nĐồng Tháp, ngày 08 tháng 8 năm 2018\n")
    assert extract_text(text).identity.issuing_body == "UBND TỈNH ĐỒNG THÁP SỞ GIÁO DỤC VÀ ĐÀO TẠO"
    # ... also over a "Số:" whose number a draft left blank (the commune's plan was a province's)
    text = ("ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nXÃ QUẢNG LỢI\n\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố:\n\n/KH-UBND\n\nQuảng Lợi, ngày 08 tháng 8 năm "
            "2018\n\nKẾ HOẠCH\nPhòng chống thiên tai\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == ("ỦY BAN NHÂN DÂN XÃ QUẢNG LỢI", "commune")
    # A header read cell by cell is as before: the title under the motto is no body.
    text = ("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 35/KH-UBND\nTrà Vinh, ngày 11 tháng 4 năm 2023\n"
            "KẾ HOẠCH\nTHỰC HIỆN KẾT LUẬN SỐ 114-KL/TW\n")
    assert extract_text(text).identity.issuing_body == "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"


def test_a_drafts_blank_number_before_its_year_is_no_symbol() -> None:
    # the year had been the draft's number: "TT-2015-BTP"
    text = ("BỘ TƯ PHÁP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố: / 2015/TT-BTP\n\n"
            "Hà Nội, ngày … tháng … năm 2015\n\nDỰ THẢO\n\nTHÔNG TƯ\nQUY ĐỊNH CHI TIẾT THI HÀNH "
            "MỘT SỐ ĐIỀU CỦA LUẬT HỘ TỊCH\n")
    identity = extract_text(text).identity
    assert (identity.symbol, identity.key.number, identity.type_name) == (None, None, "Thông tư")


def test_a_portals_headline_gives_the_year_a_symbol_without_one_lacks() -> None:
    text = ("Kết luận 156-KL/TW 2025 về tiếp tục thực hiện Nghị quyết 33-NQ/TW\n\n"
            "Số hiệu:156-KL/TWNgày đăng công báo:Đang cập nhật\n")
    assert extract_text(text).identity.key.id == "KL-156-TW-2025"


def test_a_portals_header_cell_without_its_place_takes_the_authority_line() -> None:
    # The page kept only the first line of the header's cell: the district's decision was a
    # province's, and the council's term is no part of its name.
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 03/2017/QĐ-UBND | Bình Chánh, ngày 25 tháng 02 năm 2017 |\n"
            "ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\n")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == ("ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH",
                                                       "district")
    # ... also its head's authority, and a council's under a portal's template of the cell
    for authority, body in (("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC GIANG", "ỦY BAN NHÂN DÂN TỈNH BẮC "
                             "GIANG"), ("HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA\nKHÓA XIV, KỲ HỌP THỨ MƯỜI"
                                        " HAI", "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA")):
        page = text.replace("ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH", authority)
        assert extract_text(page).identity.issuing_body == body
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 90/NQ-HĐND | Tuyên Quang, ngày 10 tháng 12 năm 2025 |\n"
            "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG KHÓA XIX, KỲ HỌP THỨ HAI\nCăn cứ Luật ...;\n")
    identity = extract_text(text).identity
    # ... and a title that opens with another type's word, the heading dropped, is a title: the
    # resolution had been keyed as a plan
    assert (identity.issuing_body, identity.key.id, identity.title) == (
        "HỘI ĐỒNG NHÂN DÂN TỈNH TUYÊN QUANG", "NQ-90-HDND-2025-tuyen-quang",
        "KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI 5 NĂM 2026-2030 TỈNH TUYÊN QUANG")


@pytest.mark.parametrize(("authority", "body", "level"), [
    ("ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "ỦY BAN NHÂN DÂN TỈNH BẾN TRE", "province"),
    # over a council's term, on its line or the next; a name wrapped in its cell
    ("HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG\nTÀU\nKHÓA VI, KỲ HỌP THỨ NĂM",
     "HỘI ĐỒNG NHÂN DÂN TỈNH BÀ RỊA-VŨNG TÀU", "province"),
    ("HỘI ĐỒNG NHÂN DÂN XÃ KHÓA XIX KỲ HỌP THỨ 8", "HỘI ĐỒNG NHÂN DÂN XÃ", "commune"),
    # the body, not its head
    ("BỘ TRƯỞNG BỘ Y TẾ", "BỘ Y TẾ", "central"),
    # over the State's name an archive prints there
    ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
     "ỦY BAN THƯỜNG VỤ QUỐC HỘI", "central"),
    ("THỦ TƯỚNG CHÍNH PHỦ", "THỦ TƯỚNG CHÍNH PHỦ", "central"),
])  # (the central ones with a symbol of no issuer: "Số: 24/QĐ")
def test_a_header_whose_body_cell_was_lost_takes_the_authority_over_the_preamble(
        authority: str, body: str, level: str) -> None:
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | |\nSố: 24/2023/QĐ-UBND | Bến Tre, ngày 02 tháng 6"
            " năm 2023 |\nQUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH QUẢN LÝ CHẤT THẢI RẮN SINH HOẠT\n"
            f"{authority}\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    if level == "central":
        text = text.replace("24/2023/QĐ-UBND", "24/QĐ")
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == (body, level)
    # ... not a title over it
    text = text.replace(authority, "BIÊN BẢN LÀM VIỆC")
    assert extract_text(text).identity.issuing_body is None


def test_a_body_cell_cut_short_is_completed_by_the_authority_over_the_preamble() -> None:
    text = ("BỘ VĂN HÓA, THỂ THAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 3561/QĐ-BVHTTDL | Hà "
            "Nội, ngày 13 tháng 10 năm 2016 |\nBỘ TRƯỞNG BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCăn cứ "
            "Nghị định số 76/2013/NĐ-CP;\n")
    assert extract_text(text).identity.issuing_body == "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH"
    # ... whose "KHOA" (science) is no council's term, "KHÓA" (it had been "BỘ TRƯỞNG BỘ")
    text = text.replace("VĂN HÓA, THỂ THAO", "KHOA HỌC VÀ", 1).replace(
        "VĂN HÓA, THỂ THAO VÀ DU LỊCH", "KHOA HỌC VÀ CÔNG NGHỆ")
    assert extract_text(text).identity.issuing_body == "BỘ KHOA HỌC VÀ CÔNG NGHỆ"
    # ... not by a title's last line, which its line before leads on to ("... CỦA" / "CHÍNH PHỦ
    # QUY ĐỊNH CHI TIẾT ...")
    text = ("CHÍNH PHỦ -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 16/2023/NĐ-CP\nNGHỊ ĐỊNH "
            "VỀ SỬA ĐỔI NGHỊ ĐỊNH SỐ 47/2021/NĐ-CP CỦA\nCHÍNH PHỦ QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU\n"
            "Căn cứ Luật Doanh nghiệp ngày 17 tháng 6 năm 2020;\n")
    assert extract_text(text).identity.issuing_body == "CHÍNH PHỦ"
    # ... and a body printed with its letters spaced out is read as its words
    text = ("B Ộ   V Ă N   H O Á,  T H Ể   T H A O   V À   D U   L Ị C H\n\nSố: 2126/QĐ-BVHTTDL\n"
            "\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert extract_text(text).identity.issuing_body == "BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH"


@pytest.mark.parametrize(("header", "named", "body"), [
    # the cell's "MÔI TRƯỜNG" lost, the authority's line named after the preamble
    ("BỘ TÀI NGUYÊN VÀ | CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM |\nSố: 04/2021/TT-BTNMT |",
     "Bộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
    # ... the legislature's name lost, after its code the term ("UBTVQH13")
    ("ỦY BAN THƯỜNG VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nPháp lệnh số: 01/2012/UBTVQH13 |",
     "Ủy ban thường vụ Quốc hội ban hành Pháp lệnh", "ỦY BAN THƯỜNG VỤ QUỐC HỘI"),
    # ... but not by the name of a body another code is of
    ("BỘ TÀI NGUYÊN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 04/2021/TT-BNV |",
     "Bộ trưởng Bộ Tài nguyên và Môi trường ban hành Thông tư", "BỘ TÀI NGUYÊN VÀ"),
])
def test_a_body_cell_cut_short_is_completed_by_the_name_of_its_symbols_body(
        header: str, named: str, body: str) -> None:
    text = f"{header}\nHà Nội, ngày 29 tháng 5 năm 2021 |\nCăn cứ Luật Đo đạc và bản đồ;\n{named};\n"
    assert extract_text(text).identity.issuing_body == body


def test_a_portals_day_over_the_header_is_not_the_date_line() -> None:
    text = ("Thứ 2, Ngày 28/10/2024\n\nQuyết định 930/QĐ-TTg năm 2005 phê duyệt Đề án\n"
            "1. THỦ TƯỚNG CHÍNH PHỦ\n******\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 930/QĐ-TTG\n"
            "Hà Nội, ngày 09 tháng 09 năm 2005\nQUYẾT ĐỊNH\n")
    identity = extract_text(text).identity
    assert (identity.date, identity.place) == (dt.date(2005, 9, 9), "Hà Nội")
    # ... nor a slide's number part of the body (it was "1. THỦ TƯỚNG CHÍNH PHỦ")
    assert identity.issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"
    # ... but it dates a news page that has no other
    text = "Thứ 2, ngày 04/01/2021 10:00\nNghị quyết số 19/2020/NQ-HĐND quy định ...\n"
    assert extract_text(text).identity.date == dt.date(2021, 1, 4)


def test_a_header_laid_out_as_a_table_dates_the_document_in_the_symbols_next_cell() -> None:
    text = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 65/1999/QĐ-UB | ngày 29 "
            "tháng 06 năm 1999 |\nVỀ VIỆC BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ ĐIỆN NÔNG THÔN\n")
    assert extract_text(text).identity.date == dt.date(1999, 6, 29)  # (no place before it)


def test_a_body_whose_dash_joins_its_next_line_goes_on_past_a_type_word() -> None:
    text = ("BỘ Y TẾ\nTỔNG CỤC DÂN SỐ-\nKẾ HOẠCH HÓA GIA ĐÌNH\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM\nSố: 207/TCDS-KHTC\n")
    assert extract_text(text).identity.issuing_body == (
        "BỘ Y TẾ TỔNG CỤC DÂN SỐ- KẾ HOẠCH HÓA GIA ĐÌNH")  # "KẾ HOẠCH" had ended it


def test_a_pdfs_first_page_number_is_no_part_of_the_body() -> None:
    text = ("13\n1 BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỤC AN TOÀN THÔNG TIN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT "
            "NAM Độc lập - Tự do - Hạnh phúc Số: 41/BC-CATTT Hà Nội, ngày 11 tháng 9 năm 2018 TÓM "
            "TẮT Tình hình an toàn thông tin\n")
    identity = extract_text(text).identity
    assert identity.issuing_body == "BỘ THÔNG TIN VÀ TRUYỀN THÔNG CỤC AN TOÀN THÔNG TIN"
    assert identity.key.id == "BC-41-CATTT-2018"  # was BC-41-CATTT-2018-ha-noi, of "1 BỘ ..."


def test_marks_at_the_ends_of_a_body_line_are_no_part_of_the_body() -> None:
    # An OCR's reading of the star and the rule, a page's stray full stop
    for header in ("ˆ * CHÍNH PHỦ _ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh "
                   "phúc\nSố: 16/2013/NĐ-CP Hà Nội, ngày 06 tháng 02 năm 2013\n",
                   ".CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 26/NQ-CP\n",
                   # ... and the rule under it run onto its line
                   "CHÍNH PHỦ——-\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 89/2020/NĐ-CP\n",
                   # ... a list's dash, a breadcrumb's mark
                   "- CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
                   "Số: 89/2020/NĐ-CP Hà Nội, ngày 07 tháng 12 năm 2020\n",
                   "» CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 89/2020/NĐ-CP\n",
                   # ... a footnote's mark
                   "(1)CHÍNH PHỦ\n-CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n-Số: 89/2020/NĐ-CP\n",
                   # ... a joining dash with no line to join
                   "CHÍNH PHỦ –\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập – Tự do – Hạnh phúc –\n"
                   "Số: 89/2020/NĐ-CP\n"):
        assert extract_text(header).identity.issuing_body == "CHÍNH PHỦ"
    # (a joint body's dash joins its lines: "BỘ TƯ PHÁP -" / "BỘ NGOẠI GIAO")
    text = ("BỘ TƯ PHÁP -\nBỘ NGOẠI GIAO\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 06/2012/TTLT-BTP-BNG\n")
    assert extract_text(text).identity.issuing_body == "BỘ TƯ PHÁP - BỘ NGOẠI GIAO"


def test_a_header_run_onto_one_line_under_a_sites_heading_gives_the_body() -> None:
    # a document-sharing site's heading in capitals had been the body
    text = ("Quyết định số 22/2011/QĐ-UBND ppsx\n\nĐang tải... (xem toàn văn)\n\n"
            "THÔNG TIN TÀI LIỆU\n\nThông tin cơ bản\n\nSố trang 21\n\nNội dung\n\n"
            "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do "
            "- Hạnh phúc Số: 22/2011/QĐ-UBND Hà Nội, ngày 18 tháng 07 năm 2011 QUYẾT ĐỊNH BAN "
            "HÀNH QUY ĐỊNH VỀ PHÒNG CHÁY, CHỮA CHÁY RỪNG Căn cứ Luật Phòng cháy và chữa cháy;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body) == (
        "QD-22-UBND-2011-ha-noi", "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI")


def test_the_type_that_labels_the_own_symbol_past_a_portals_record() -> None:
    # The record's "Số hiệu" came first: the codeless symbol of the Standing Committee had been
    # read as an ordinance's.
    text = ("Số hiệu | 90/2025/UBTVQH15 |\nLoại văn bản | Nghị quyết |\nỦY BAN THƯỜNG VỤ\n|\n"
            "CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nNghị quyết số: 90/2025/UBTVQH15 |\n"
            "Hà Nội, ngày 10 tháng 7 năm 2025 |\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n")
    assert extract_text(text).identity.key.id == "NQ-90-UBTVQH15-2025"


def test_a_preamble_body_stops_before_how_it_makes_the_plan() -> None:
    text = ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND tỉnh, Ủy ban nhân dân xã "
            "cũng đã xây dựng Kế hoạch thực hiện như sau:")
    assert extract_text(text).identity.issuing_body == "Ủy ban nhân dân xã"  # not "... cũng"


def test_a_preamble_body_does_not_run_into_a_reference_subject() -> None:
    # "về việc" is what a cited document is about: the body had been "Hội đồng nhân dân tỉnh về
    # việc", read from "... của Thường trực Hội đồng nhân dân tỉnh về việc ban hành Quy chế".
    text = ("Xét tờ trình số 07/TTr-TT.HĐND ngày 02 tháng 12 năm 2016 của Thường trực Hội đồng "
            "nhân dân tỉnh về việc ban hành Quy chế hoạt động của Hội đồng nhân dân tỉnh Lào Cai")
    assert extract_text(text).identity.issuing_body is None
    # ... also where an OCR lost "của" and "về"
    text = ("Căn Quyết định số 36/2017/QĐ-UBND ngày 04/11/2017 Ủy ban nhân dân tỉnh Sơn La việc "
            "ban hành Quy chế Thi đua, Khen thưởng;")
    assert extract_text(text).identity.issuing_body is None


def test_a_city_districts_party_committee_is_a_districts_by_its_code() -> None:
    # "QU" (Quận ủy) is to a city's district what "HU" is to a rural one: it was a province's.
    text = ("Số 221-KH/QU\nĐà Nẵng, ngày 10 tháng 3 năm 2020\nKẾ HOẠCH\nthực hiện Chỉ thị số "
            "35-CT/TW\n")
    assert extract_text(text).identity.level == "district"


def test_the_supreme_court_procuracy_and_old_central_bodies_are_central() -> None:
    # The Procuracy's and the Court's documents had been Hà Nội's, by the date line's place.
    for header, key in [
        ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 11/HD-VKSTC\nHà Nội, ngày 07 tháng 01 năm 2022\n",
         "HD-11-VKSTC-2022"),
        ("TÒA ÁN NHÂN DÂN TỐI CAO\nSố: 45/2014/QĐTA-TĐKT\nHà Nội, ngày 28 tháng 7 năm 2014\n",
         "QD-45-TA-TDKT-2014"),
        ("HỘI ĐỒNG THẨM PHÁN\nSố: 07/2019/NQ-HĐTP\nHà Nội, ngày 25 tháng 10 năm 2019\n",
         "NQ-7-HDTP-2019"),
        # the President's amnesty advisory council
        ("HỘI ĐỒNG TƯ VẤN ĐẶC XÁ\nSố: 82/HD-HĐTVĐX\nHà Nội, ngày 05 tháng 12 năm 2008\n",
         "HD-82-HDTVDX-2008"),
        ("TRUNG ƯƠNG HỘI LHTN VIỆT NAM\nSố: 12 BC/TWH\nHà Nội, ngày 30 tháng 01 năm 2009\n",
         "BC-12-TWH-2009"),
        # the Chairman of the Council of Ministers' "CT" alone, a ministry's code first (1984)
        ("CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG\nSố: 264/CT\nHà Nội, ngày 14 tháng 10 năm 1988\n"
         "QUYẾT ĐỊNH\n", "QD-264-CT-1988"),
        ("BỘ VĂN HOÁ\nSố: 114-VH/QĐ\nHà Nội, ngày 30 tháng 8 năm 1984\nQUYẾT ĐỊNH\n",
         "QD-114-VH-1984"),
    ]:
        identity = extract_text(header).identity
        assert (identity.key.id, identity.level) == (key, "central")
    # ... and so is a page of the Council of Ministers or the Standing Committee without a symbol
    text = ("HỘI ĐỒNG BỘ TRƯỞNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Hà Nội, ngày 27 tháng 10 năm 1982\nQUYẾT ĐỊNH\nVỀ VIỆC THÀNH LẬP MỘT SỐ CƠ QUAN\n")
    identity = extract_text(text).identity
    assert (identity.key.issuer, identity.key.province, identity.level) == ("HĐBT", None, "central")


def test_a_title_line_ending_in_theo_goes_on() -> None:
    text = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 24/2022/UBTVQH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "NGHỊ QUYẾT\nTiếp tục chi trả hỗ trợ đối với người lao động theo\n"
            "Nghị quyết số 03/2021/UBTVQH15 ngày 24 tháng 9 năm 2021\n"
            "của Ủy ban Thường vụ Quốc hội\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n")
    assert extract_text(text).identity.title == (
        "Tiếp tục chi trả hỗ trợ đối với người lao động theo Nghị quyết số 03/2021/UBTVQH15 ngày "
        "24 tháng 9 năm 2021 của Ủy ban Thường vụ Quốc hội")


def test_a_header_in_a_text_that_lost_its_line_ends_gives_date_and_subject_line() -> None:
    text = ("VĂN PHÒNG CHÍNH PHỦ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc  "
            "Số: 3722/VPCP-CN V/v cơ chế đặc thù đối với Dự án kéo dài tuyến Metro đến Cảng hàng "
            "không quốc tế Long Thành  Hà Nội, ngày 28 tháng 4 năm 2026  Kính gửi: - Bộ Xây dựng")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.title) == (
        "CV-3722-VPCP-CN-2026", "cơ chế đặc thù đối với Dự án kéo dài tuyến Metro đến Cảng hàng "
        "không quốc tế Long Thành")


def test_a_title_after_the_date_line_in_a_text_that_lost_its_line_ends() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH NINH THUẬN -------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - "
            "Tự do – Hạnh phúc --------------- Số: 55/2007/QĐ-UBND  Phan Rang-Tháp Chàm, ngày 05 "
            "tháng 3 năm 2007 | QUYẾT ĐỊNH  BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH "
            "NINH THUẬN GIAI ĐOẠN 2006 -2010  ỦY BAN NHÂN DÂN TỈNH NINH THUẬN  Căn cứ Luật Tổ chức "
            "Hội đồng nhân dân và Ủy ban nhân dân;")
    assert extract_text(text).identity.title == (
        "BAN HÀNH KẾ HOẠCH HÀNH ĐỘNG VÌ SỰ TIẾN BỘ PHỤ NỮ TỈNH NINH THUẬN GIAI ĐOẠN 2006 -2010")


def test_a_resolution_from_the_gazette_is_dated_by_its_adoption() -> None:
    # The Official Gazette prints no date line; its section's name is no part of the body.
    text = ("CÔNG BÁO/Số 1053 + 1054/Ngày 10-8-2025\nVĂN BẢN QUY PHẠM PHÁP LUẬT\n"
            "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n"
            " Nghị quyết số: 89/2025/UBTVQH15\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "NGHỊ QUYẾT\nVề mức chi tổ chức và hoạt động bảo hiểm xã hội\n"
            "Nghị quyết này đã được Ủy ban Thường vụ Quốc hội nước Cộng hòa xã hội chủ\n"
            "nghĩa Việt Nam khóa XV, phiên họp thứ 47 thông qua ngày 10 tháng 7 năm 2025.\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.date, identity.issuing_body) == (
        "NQ-89-UBTVQH15-2025", dt.date(2025, 7, 10), "ỦY BAN THƯỜNG VỤ QUỐC HỘI")


def test_a_portals_table_of_contents_over_the_header_is_no_part_of_the_body() -> None:
    text = ("MỤC LỤC VĂN BẢN\nHIỂN THỊ DANH SÁCH\nBỘ Y TẾ\n-------\nSố: 05/2017/TT-BYT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 14 tháng 4 năm 2017\nTHÔNG TƯ\nQUY ĐỊNH GIÁ TỐI ĐA\n")
    assert extract_text(text).identity.issuing_body == "BỘ Y TẾ"


def test_a_date_line_that_runs_into_the_title_gives_it_up_to_the_authority() -> None:
    text = ("ỦY BAN NHÂN DÂN TỈNH KON TUM -------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 QUYẾT ĐỊNH V/V BAN HÀNH CHƯƠNG "
            "TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU CỦA BAN THƯỜNG VỤ TỈNH ỦY VỀ THỰC "
            "HIỆN CHỈ THỊ SỐ 37-CT/TW ỦY BAN NHÂN DÂN TỈNH KON TUM\n"
            "Căn cứ Luật tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n")
    identity = extract_text(text).identity
    assert (identity.type_name, identity.title) == (
        "Quyết định", "BAN HÀNH CHƯƠNG TRÌNH HÀNH ĐỘNG TRIỂN KHAI KẾ HOẠCH SỐ 119-KH/TU CỦA BAN "
        "THƯỜNG VỤ TỈNH ỦY VỀ THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW")


def test_a_type_word_before_the_own_symbols_label_gives_the_type() -> None:
    # The type heading lost (its line joined to the next), "Nghị quyết số:" names the type:
    # a resolution of the Standing Committee, not an ordinance.
    text = ("ỦY BAN THƯỜNG VỤ QUỐC HỘI  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  Nghị quyết số: "
            "653/2019/UBTVQH14  Hà Nội, ngày 12 tháng 3 năm 2019  NGHỊ QUYẾT  VỀ VIỆC SẮP XẾP\n")
    assert extract_text(text).identity.key.id == "NQ-653-UBTVQH14-2019"


@pytest.mark.parametrize("line", [
    "Thực hiện Chỉ thị số: 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.",
    "- Chỉ thị số: 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;",
    # ... the next item of a list in running text, after a number and its ";"
    "Thực hiện Kế hoạch số 35/KH-UBND về bầu cử nhiệm kỳ 2021 - 2026; Chỉ thị số: 33/CT-TTg "
    "ngày 26/11/2021 của Thủ tướng Chính phủ.",
    # ... after an article's number (it was the page's own symbol)
    "Căn cứ khoản 5, điều 39 Chỉ thị số:33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ."])
def test_a_label_in_running_text_or_a_list_is_no_own_symbol(line: str) -> None:
    # "số:" after a type word inside a sentence labels a reference, not the document.
    extraction = extract_text(f"KẾ HOẠCH\nThực hiện công tác dân vận năm 2023\n{line}\n")
    assert extraction.identity.symbol is None
    assert [r.key.id for r in extraction.references][-1] == "CT-33-TTg-2021"
    # ... while a header that lost its line ends keeps its own: "... TRÀ VINH Số: 35/KH-UBND".
    header = ("ỦY BAN NHÂN DÂN TỈNH TRÀ VINH Số: 35/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
              "Độc lập - Tự do - Hạnh phúc Trà Vinh, ngày 11 tháng 4 năm 2023 KẾ HOẠCH ")
    assert extract_text(header + line).identity.key.id == "KH-35-UBND-2023-tra-vinh"


@pytest.mark.parametrize(("authority", "key"), [
    ("Thủ tướng Chính phủ ban hành Quyết định", "QD-TTg-"),
    ("Bộ trưởng Bộ Giáo dục và Đào tạo ban hành Thông tư", "TT-BGDDT-"),
    ("Thống đốc Ngân hàng Nhà nước Việt Nam ban hành Thông tư", "TT-NHNN-"),
])
def test_a_normative_documents_preamble_names_its_authority_when_the_header_is_lost(
        authority: str, key: str) -> None:
    # A page that lost the header: the preamble's last clause names who issues it (it was a
    # document of no body, of the province its tables named most).
    text = ("QUY ĐỊNH LỘ TRÌNH ÁP DỤNG QUY CHUẨN KỸ THUẬT\n\nCăn cứ Luật Tổ chức Chính phủ;\n"
            f"{authority} quy định lộ trình áp dụng.\n\nĐiều 1. Hà Nội, Thành phố Hồ Chí Minh.\n")
    identity = extract_text(text).identity
    assert identity.key.id.startswith(key) and identity.province is None
    assert identity.level == "central"


def test_the_type_is_named_as_the_heading_names_it_where_its_code_is_shared() -> None:
    # The Party's QĐ is a Quyết định's code and a Quy định's: the heading tells which.
    text = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n-------\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 97-QĐ/TW\n\n"
            "Hà Nội, ngày 07 tháng 02 năm 2023\n\nQUY ĐỊNH\n\nCHỨC NĂNG, NHIỆM VỤ CỦA ĐẢNG ĐOÀN\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.type_name) == ("QD-97-TW-2023", "Quy định")


def test_a_line_of_whose_the_document_is_under_its_heading_is_no_title() -> None:
    # ... also past a blank line, and past a rule under it (the titles were "CỦA THỦ TƯỚNG
    # CHÍNH PHỦ" and "-"); a speaker's line goes on into the title.
    for text, title in [
        ("THỦ TƯỚNG CHÍNH PHỦ\nSố: 159/TTg\nHà Nội, ngày 6 tháng 4 năm 1994\n\nQUYẾT ĐỊNH\n\n"
         "CỦA THỦ TƯỚNG CHÍNH PHỦ\n\nVề việc thành lập thêm một số đơn vị\n\nTHỦ TƯỚNG CHÍNH PHỦ\n",
         "Về việc thành lập thêm một số đơn vị"),
        ("CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ\n-\nVề công tác phòng chống lụt bão năm 1993\n"
         "Mấy năm gần đây, thiên tai đã xảy ra.\n", "Về công tác phòng chống lụt bão năm 1993"),
        ("VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\nSố 07-KL/VPTW\nHà Nội, ngày 5 tháng 3 năm 2025\n\nKẾT LUẬN\n\n"
         "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG\n\nTẠI HỘI NGHỊ TOÀN QUỐC\n\nNgày 1/3, ...\n",
         "CỦA ĐỒNG CHÍ CHÁNH VĂN PHÒNG TRUNG ƯƠNG ĐẢNG TẠI HỘI NGHỊ TOÀN QUỐC"),
        # ... also under a heading that holds the symbol (a page's copy)
        ("Hà Giang\n\nHƯỚNG DẪN SỐ 38-HD/BTCTW NGÀY 31/01/2016\n\nCỦA BAN TỔ CHỨC TRUNG ƯƠNG\n\n"
         "công tác nhân sự đại biểu Quốc hội khóa XIV\n\nThực hiện Chỉ thị số 51-CT/TW\n",
         "công tác nhân sự đại biểu Quốc hội khóa XIV"),
    ]:
        assert extract_text(text).identity.title == title


def test_a_portals_headline_with_the_own_symbol_gives_the_title_a_heading_does_not() -> None:
    text = ("Kế hoạch 142/KH-UBND năm 2025 thực hiện Đề án nâng cao hiệu quả thông tin cơ sở\n"
            "| Số hiệu | 142/KH-UBND |\n|\nỦY BAN NHÂN DÂN |\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 142/KH-UBND |\nNinh Bình, ngày 27 tháng 11 năm 2025 |\nThực hiện Quyết định số "
            "135/QĐ-TTg, Ủy ban nhân dân tỉnh xây dựng Kế hoạch triển khai thực hiện Đề án như sau:\n")
    assert extract_text(text).identity.title == (
        "Thực hiện Đề án nâng cao hiệu quả thông tin cơ sở")  # was "Triển khai thực hiện Đề án"
    # ... past whose it is ("Của Thủ tướng Chính phủ về việc ..." had been the title), and none
    # where a steering committee's name, which holds "về", is all there is after the symbol
    record = "\n| Số hiệu | {0} |\n| Loại văn bản | Quyết định |\n| Ngày ban hành | 10/01/2006 |\n"
    text = ("Quyết định 254/2006/QĐ-TTg của Thủ tướng Chính phủ về việc quản lý hoạt động thương "
            "mại biên giới" + record.format("254/2006/QĐ-TTg"))
    assert extract_text(text).identity.title == "Về việc quản lý hoạt động thương mại biên giới"
    text = ("Kế hoạch 02-KH/BCĐTW 2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công "
            "nghệ" + record.format("02-KH/BCĐTW"))
    assert extract_text(text).identity.title is None
    # ... past its date too, up to what it prescribes; and none in a portal row's next cell
    text = ("Thông tư số 21/2015/TT-BCT ngày 23/06/2015 của Bộ trưởng Bộ Công Thương Quy định "
            "phương pháp xác định giá dịch vụ" + record.format("21/2015/TT-BCT"))
    assert extract_text(text).identity.title == "Quy định phương pháp xác định giá dịch vụ"
    text = ("Thông tư 03/2017/TT-BGTVT    Nằm trên công báo: 183 + 184 | 185 + 186"
            + record.format("03/2017/TT-BGTVT"))
    assert extract_text(text).identity.title is None  # was "Nằm trên công báo: ..."
    # ... and without the colon or comma after its symbol or date (the title had opened on it)
    text = ("Công văn số 550/SGDĐT-GDTX: V/v hướng dẫn tổ chức Ngày Sách Việt Nam\n\nSố: "
            "550/SGDĐT-GDTX, ngày 14 tháng 4 năm 2017\n\nKính gửi: Phòng Giáo dục\n")
    assert extract_text(text).identity.title == "V/v hướng dẫn tổ chức Ngày Sách Việt Nam"
    text = ("THÔNG TƯ SỐ 46/2015/TT-BNNPTNT, NGÀY 15/12/2015, V/V QUY ĐỊNH VỀ CHỨNG NHẬN HỢP QUY "
            "GIỐNG CÂY TRỒNG\n\nBấm vào đây để xem chi tiết\n")
    assert extract_text(text).identity.title == "V/V QUY ĐỊNH VỀ CHỨNG NHẬN HỢP QUY GIỐNG CÂY TRỒNG"


def test_a_page_printing_a_plan_its_body_announced_takes_the_announced_symbol() -> None:
    # No header: the news line names the plan that the main clause below makes.
    text = ("Kế hoạch cải cách hành chính năm 2026\nNgày 30/12/2025, Văn phòng UBND tỉnh Lai Châu "
            "đã ban hành Kế hoạch số 1888/KH-VPUBND về công tác cải cách hành chính năm 2026.\n\n"
            "Thực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh; Văn phòng UBND "
            "tỉnh xây dựng kế hoạch cải cách hành chính năm 2026 như sau:\nI. MỤC ĐÍCH\n")
    extraction = extract_text(text)
    assert extraction.identity.key.id == "KH-1888-VPUBND-2025-lai-chau"
    assert [r.key.id for r in extraction.references] == ["KH-8328-UBND-2025-lai-chau"]
    # ... not another body's plan that the main clause carries out
    text = ("Ngày 3/3/2025, UBND tỉnh Lai Châu đã ban hành Kế hoạch số 45/KH-UBND về chuyển đổi "
            "số.\nThực hiện Kế hoạch số 45/KH-UBND, UBND huyện Tam Đường xây dựng kế hoạch thực "
            "hiện như sau:\nI. MỤC ĐÍCH\n")
    assert extract_text(text).identity.key.number is None
    # ... by the committee its standing committee speaks for, and as a plan of any kind
    text = ("Tỉnh ủy Bình Định ban hành Kế hoạch 120-KH/TU thực hiện Nghị quyết số 57-NQ/TW ngày "
            "22/12/2024 của Bộ Chính trị, cụ thể như sau:\nThực hiện Nghị quyết số 57-NQ/TW, Ban "
            "Thường vụ Tỉnh ủy xây dựng Kế hoạch hành động thực hiện như sau:\nI. MỤC ĐÍCH\n")
    assert extract_text(text).identity.key.id == "KH-120-TU-binh-dinh"


def test_a_sites_menu_in_capitals_above_a_party_header_is_no_header() -> None:
    # The menu's first line stood at the top: the body was lost. The header is the run of
    # upper-case lines over its "Số" line.
    text = ("HỆ THỐNG VĂN BẢN    SINH HOẠT CHI BỘ     RSS     SITEMAP\n  ĐƯỜNG LỐI - CHÍNH SÁCH\n"
            "VIDEO MỚI xem thêm\nĐăng vào Thứ bảy, ngày 20/04/2024\n"
            "HƯỚNG DẪN xây dựng mô hình “Dân vận khéo”\n\nĐẢNG BỘ TỈNH THÁI NGUYÊN\n\n"
            "ĐẢNG ỦY KHỐI CÁC CƠ QUAN\n\n*\n\nSố 29-HD/ĐUK\n\nThái Nguyên, ngày 16 tháng 4 năm 2024\n"
            "\nHƯỚNG DẪN\nxây dựng mô hình “Dân vận khéo”\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.issuing_body) == (
        "HD-29-DUK-2024-thai-nguyen", "ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG ỦY KHỐI CÁC CƠ QUAN")
    # ... also over a "Số:" line whose number is left blank, and a portal's bullets
    text = ("ỦY BAN MTTQ VIỆT NAM\n\nXÃ LƯƠNG MINH\n\nBAN THƯỜNG TRỰC\n\nSố:    /KH-MTTQ-BTT\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nLương Minh, ngày 25 tháng 11 năm 2025\n\n"
            "KẾ HOẠCH\n\nTổ chức các hội nghị hiệp thương\n")
    assert extract_text(text).identity.issuing_body == (
        "ỦY BAN MTTQ VIỆT NAM XÃ LƯƠNG MINH BAN THƯỜNG TRỰC")
    text = ("ỦY BAN MTTQ VIỆT NAM CÁC CẤP TỈNH ĐIỆN BIÊN THI ĐUA THỰC HIỆN THẮNG LỢI NGHỊ QUYẾT\n"
            " • Thời gian đăng: 6/25/2018 4:16:54 PM\n • UỶ BAN MTTQ VIỆT NAM\n\n  TỈNH ĐIỆN BIÊN\n\n"
            "  BAN THƯỜNG TRỰC\n\n  Số: 136/KH-MTTQ-BTT\n\n   CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n")
    assert extract_text(text).identity.issuing_body == (
        "UỶ BAN MTTQ VIỆT NAM TỈNH ĐIỆN BIÊN BAN THƯỜNG TRỰC")  # was the site's slogan


def test_a_title_without_its_issuer_before_the_subject_nor_the_councils_line_run_onto_it() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n****\nSố: 120/2003/QĐ-UB\nTP Hồ Chí Minh, ngày "
            "17 tháng 7 năm 2003\nQUYẾT ĐỊNH\nCỦA ỦY BAN NHÂN DÂN THÀNH PHỐ V/V PHÊ DUYỆT ĐỀ CƯƠNG "
            "QUY HOẠCH\nỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH\nCăn cứ Luật;\n")
    assert extract_text(text).identity.title == "V/V PHÊ DUYỆT ĐỀ CƯƠNG QUY HOẠCH"
    text = ("HỘI ĐỒNG NHÂN DÂN\nHUYỆN CẦN GIỜ\n------\nSố: 10/2007/NQ-HĐND\nCần Giờ, ngày 26 tháng "
            "12 năm 2007\n\nNGHỊ QUYẾT\n\nVỀ PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN HỘI ĐỒNG NHÂN DÂN "
            "HUYỆN CẦN GIỜ\n\nKHÓA IX, KỲ HỌP LẦN THỨ 13\n\nCăn cứ Luật;\n")
    assert extract_text(text).identity.title == "VỀ PHÂN LOẠI ĐƠN VỊ HÀNH CHÍNH CẤP HUYỆN"
    # ... but a council a comma joins to the title is the title's: a session's resolution (it
    # was "KỲ HỌP THỨ 24,")
    text = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH THANH HÓA\nSố: 616/NQ-HĐND\nThanh Hóa, ngày 14 tháng 12 năm "
            "2024\nNGHỊ QUYẾT\nKỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA\nKHÓA XVIII, KỲ HỌP THỨ 24\nCăn cứ Luật;\n")
    assert extract_text(text).identity.title == (
        "KỲ HỌP THỨ 24, HỘI ĐỒNG NHÂN DÂN TỈNH THANH HÓA KHÓA XVIII")


@pytest.mark.parametrize(("title", "subject"), [
    # the issuer before a subject that starts with "về" or a verb of issuing
    ("CỦA BỘ CHÍNH TRỊ VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT", "VỀ ĐỊNH HƯỚNG CHIẾN LƯỢC ĐỊA CHẤT"),
    ("CỦA ỦY BAN THƯỜNG VỤ QUỐC HỘI QUY ĐỊNH SỐ PHÓ CHỦ TỊCH", "QUY ĐỊNH SỐ PHÓ CHỦ TỊCH"),
    # ... after the symbol and date, as an archive restates them first
    ("SỐ 15-BTC/TT NGÀY 16-3-1991 CỦA BỘ TÀI CHÍNH QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH",
     "QUY ĐỊNH CHẾ ĐỘ QUẢN LÝ TÀI CHÍNH"),
    # a speaker's line is the title's
    ("CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG ỦY BỘ Y TẾ",
     "CỦA ĐỒNG CHÍ TỔNG BÍ THƯ TẠI BUỔI LÀM VIỆC VỚI ĐẢNG ỦY BỘ Y TẾ"),
])
def test_a_title_without_what_it_restates_before_its_subject(title: str, subject: str) -> None:
    assert without_restatement(title) == subject


@pytest.mark.parametrize("restated", [
    "THÔNG TƯ CỦA BỘ TÀI CHÍNH SỐ 50 TC/TCDN NGÀY 30 THÁNG 8 NĂM 1996",  # under its type word
    "BỘ TÀI CHÍNH SỐ 50 TC/TCDN NGÀY 30 THÁNG 8 NĂM 1996",  # with no "CỦA"
    "CỦA BAN TỔ CHỨC KỶ NIỆM NĂM 2000 SỐ 50 TC/TCDN NGÀY 30-8-1996",  # a year in the body
    "SỐ 50 TC/TCDN NGÀY 30-8-1996 CỦA BỘ TÀI CHÍNH",  # the body after the date
    "50 TC/TCDN",  # alone: a heading that ran it into the type word, "THÔNG TƯ 50 TC/TCDN"
])
def test_a_title_opening_on_the_documents_own_symbol_restates_it(restated: str) -> None:
    text = ("BỘ TÀI CHÍNH\nSố: 50 TC/TCDN\nHà Nội, ngày 30 tháng 8 năm 1996\n\nTHÔNG TƯ\n\n"
            f"{restated} HƯỚNG DẪN VIỆC BÁN CỔ PHẦN\n\nCăn cứ Nghị định số 28/CP;\n")
    assert extract_text(text).identity.title == "HƯỚNG DẪN VIỆC BÁN CỔ PHẦN"
    # ... while another document's symbol is the title's: a circular amends one of its number
    text = ("BỘ TÀI CHÍNH\nSố: 50/1997/TT-BTC\nHà Nội, ngày 30 tháng 8 năm 1997\n\nTHÔNG TƯ\n\n"
            "SỬA ĐỔI THÔNG TƯ SỐ 50/1996/TT-BTC NGÀY 30 THÁNG 8 NĂM 1996\n\nCăn cứ Nghị định;\n")
    assert extract_text(text).identity.title == (
        "SỬA ĐỔI THÔNG TƯ SỐ 50/1996/TT-BTC NGÀY 30 THÁNG 8 NĂM 1996")


def test_a_law_restating_its_symbol_after_its_subject_keeps_the_subject_only() -> None:
    # An archive's copy of a law of 1992: its number, whose it is and its date after the name,
    # and the President's order promulgating an ordinance is no part of the title either
    text = ("QUỐC HỘI\nSố: 1/L-CTN\nHà Nội, ngày 30 tháng 9 năm 1992\n\nLUẬT\n\nTỔ CHỨC CHÍNH "
            "PHỦ SỐ 1/L-CTN CỦA QUỐC HỘI NGÀY 30/09/1992\n\nCăn cứ vào Hiến pháp năm 1992;\n")
    assert extract_text(text).identity.title == "TỔ CHỨC CHÍNH PHỦ"
    text = ("UỶ BAN THƯỜNG VỤ QUỐC HỘI\nSố: 33-L/CTN\nHà Nội, ngày 19 tháng 5 năm 1994\nPHÁP LỆNH\n"
            "SỐ 33-L/CTN NGÀY 19/05/1994 CỦA UỶ BAN THƯỜNG VỤ QUỐC HỘI THUẾ THU NHẬP ĐỐI VỚI NGƯỜI "
            "CÓ THU NHẬP CAO\nCHỦ TỊCH NƯỚC NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCăn cứ vào "
            "Điều 103 của Hiến pháp;\nNAY CÔNG BỐ:\n")
    assert extract_text(text).identity.title == "THUẾ THU NHẬP ĐỐI VỚI NGƯỜI CÓ THU NHẬP CAO"
    # Whose it is before its number, with the State's name: the law is no title of its own.
    text = ("QUỐC HỘI |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 37/2005/QH11 |\nHà Nội ,ngày 14 "
            "tháng 6 năm 2005 |\nKIỂM TOÁN NHÀ NƯỚC CỦA QUỐC HỘI NƯỚC CỘNG HOÀ XÃ HỘI CHỦ NGHĨA "
            "VIỆT NAM SỐ 37/2005/QH11 NGÀY 14 THÁNG 6 NĂM 2005\nCăn cứ vào Hiến pháp;\n")
    assert extract_text(text).identity.title == "KIỂM TOÁN NHÀ NƯỚC"


def test_a_provinces_office_under_its_parents_name_is_local_and_its_record_no_reference() -> None:
    text = ("Số hiệu: 2970/TB-BHXH Loại văn bản: Thông báo\nNgười ký: Nguyễn Minh Châu\n\n"
            "BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI\nTP.HỒ CHÍ MINH\n-------\n\nCỘNG HÒA XÃ HỘI "
            "CHỦ NGHĨA VIỆT NAM\n\nSố: 2970/TB-BHXH\n\nTP.Hồ Chí Minh, ngày 23 tháng 6 năm 2023\n")
    result = extract_text(text)
    identity = result.identity
    assert (identity.key.id, identity.level) == ("TB-2970-BHXH-2023-ho-chi-minh", "province")
    assert result.references == []  # the record's "2970/TB-BHXH" is its own symbol


def test_its_own_number_completed_from_its_body_is_no_reference() -> None:
    # The attached regulation names the decision by its number and body; the decision's symbol
    # prints the old code "UB" for the committee, so the completed key had another issuer.
    text = ("ỦY BAN NHÂN DÂN TỈNH LONG AN\nSố: 2076/2003/QĐ-UB\nTân An, ngày 16 tháng 6 năm 2003\n"
            "QUYẾT ĐỊNH\nBan hành Quy định về báo cáo viên\nQUY ĐỊNH\n(Ban hành kèm theo Quyết "
            "định số 2076/2003 ngày 16/6/2003 của UBND tỉnh)\n")
    result = extract_text(text)
    assert result.identity.key.id == "QD-2076-UB-2003-long-an"
    assert result.references == []


def test_a_party_header_run_together_further_down_a_page_gives_its_own_symbol() -> None:
    # A document site's page: its menu, then the header on one line. The plan cited itself twice.
    text = ("1. Trang chủ\n  2. » Tất cả\n\nĐẢNG BỘ TỈNH THÁI NGUYÊN\n\nĐang tải... (xem toàn văn)\n\n"
            "Định dạng\nSố trang 27\n\nNội dung\n\n" + "Tài liệu hạn chế xem trước. " * 6 + "\n\n"
            "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG * Số 09 -KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, "
            "ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm điểm -Căn cứ Hướng dẫn số 33-HD/BTCTW ngày "
            "30/10/2020 của Ban Tổ chức Trung ương\n")
    result = extract_text(text)
    assert result.identity.key.id == "KH-9-DU-2020-thai-nguyen"
    assert [r.key.id for r in result.references] == ["HD-33-BTCTW-2020"]
    # ... and the body, the words before its star: a commune's committee (it had none)
    assert (result.identity.issuing_body, result.identity.level) == (
        "ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG", "commune")


def test_a_title_that_opens_with_the_verb_quy_dinh_is_no_type_heading() -> None:
    # A page that dropped "NGHỊ QUYẾT": "QUY ĐỊNH ..." (to set) opens the title; the resolution
    # was keyed as a Quy định, its code read as a typo.
    text = ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/2017/NQ-HĐND | An "
            "Giang, ngày 08 tháng 12 năm 2017 |\nQUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ TRÊN ĐỊA BÀN TỈNH\n"
            "HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG\nCăn cứ Luật tổ chức chính quyền địa phương;\n")
    identity = extract_text(text).identity
    assert (identity.key.id, identity.title) == (
        "NQ-27-HDND-2017-an-giang", "QUY ĐỊNH CHẾ ĐỘ CÔNG TÁC PHÍ TRÊN ĐỊA BÀN TỈNH")
    # ... also with the year alone after the symbol
    text = ("Quy định 69-QĐ/TW 2022 về kỷ luật tổ chức đảng, đảng viên vi phạm\n\nBAN CHẤP HÀNH TRUNG "
            "ƯƠNG\n*\nSố 69-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 06 tháng 7 năm 2022\n")
    assert extract_text(text).identity.title == "Về kỷ luật tổ chức đảng, đảng viên vi phạm"


def test_a_news_item_on_a_signer_issuing_another_bodys_document_is_no_such_document() -> None:
    # "ký ban hành Kết luận của Bộ Chính trị": whose it is, named after it; the item had been
    # a conclusion of "Ban Bí thư Trần Cẩm Tú", the signer's office and name.
    text = ("Ngày 17/10, Thường trực Ban Bí thư Trần Cẩm Tú ký ban hành Kết luận của Bộ Chính trị, "
            "Ban Bí thư về kết quả công tác tổ chức đại hội đảng bộ các cấp.\n")
    identity = extract_text(text).identity
    assert identity.type_name is None and identity.issuing_body is None


@pytest.mark.parametrize(("text", "type_and_number"), [
    # The headline's "ban hành Kế hoạch" is the plan the item numbers further on: the item had
    # been a second plan of the province, with no number, implementing what the plan does.
    ("Ủy ban nhân dân tỉnh Quảng Nam ban hành Kế hoạch thực hiện Nghị quyết số 169/NQ-CP ngày "
     "31/12/2021 của Chính phủ.\n\nỦy ban nhân dân tỉnh Quảng Nam đã ký ban hành Kế hoạch số "
     "7868/KH-UBND ngày 28/11/2022 thực hiện Nghị quyết số 169/NQ-CP.\n", ("CV", None)),
    # ... while a preamble, which says what follows, opens the document it announced
    ("Ngày 21/11/2022, Ban Thường vụ Tỉnh ủy ký ban hành Chương trình hành động số 155-CTr/TU "
     "thực hiện Nghị quyết số 20-NQ/TW.\n\nChương trình hành động nêu rõ:\n\nThực hiện Nghị "
     "quyết số 20-NQ/TW, ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng, Ban Thường vụ Tỉnh ủy "
     "xây dựng Chương trình hành động thực hiện như sau:\n", ("CTr", "155")),
])
def test_a_news_item_that_numbers_the_document_it_announces_is_not_that_document_unnumbered(
        text: str, type_and_number: tuple[str, str | None]) -> None:
    key = extract_text(text).identity.key
    assert (key.type, key.number) == type_and_number


def test_how_a_body_issued_a_document_is_no_part_of_the_body() -> None:
    for how in ("tiếp tục", "mới", "vừa", "cho biết đã", "vừa có quyết định", "quyết định",
                "mới đây", "gần đây"):
        # continued, newly, just, said it has, by a decision, decided to, recently
        text = (f"Bạc Liêu: Đẩy mạnh phát triển kinh tế biển\nNăm 2020, UBND tỉnh Bạc Liêu {how} "
                "ban hành Kế hoạch thực hiện Nghị quyết về phát triển kinh tế biển.\n")
        assert extract_text(text).identity.issuing_body == "UBND tỉnh Bạc Liêu"


def test_a_central_body_named_without_a_symbol_gives_its_code_and_level() -> None:
    text = ("Ngày 15/3/2024, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc ban hành Thông tư quy định chi "
            "tiết thi hành một số điều của Luật Thi đua, khen thưởng.\n")
    identity = extract_text(text).identity
    assert (identity.key.issuer, identity.level) == ("UBDT", Level.CENTRAL)


def test_a_body_of_no_code_named_for_its_province_is_of_the_provinces_level() -> None:
    text = "Ban An toàn giao thông tỉnh xây dựng kế hoạch bảo đảm trật tự an toàn giao thông.\n"
    identity = extract_text(text).identity
    assert (identity.issuing_body, identity.level) == ("Ban An toàn giao thông tỉnh",
                                                       Level.PROVINCE)


def test_a_body_of_the_centre_abbreviated_tw_is_central() -> None:
    text = ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TW\n*\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 08 tháng 01 năm "
            "2021\n\nBÁO CÁO\ntổng kết công tác tuyên giáo năm 2020\n")
    identity = extract_text(text).identity
    assert (identity.level, identity.key.province) == (Level.CENTRAL, None)  # not Hà Nội's


def test_a_central_board_whose_name_holds_dan_so_is_no_provinces_department() -> None:
    # "dân số" (population) folds as "Sở" (a province's department) does
    text = ("BAN CHỈ ĐẠO TỔNG ĐIỀU TRA DÂN SỐ VÀ NHÀ Ở TRUNG ƯƠNG\n-------\nSố: 02/QĐ-BCĐTW\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHà Nội, ngày 15 tháng 3 năm 2019\nQUYẾT ĐỊNH\n"
            "VỀ VIỆC TIẾN HÀNH ĐIỀU TRA THỬ\n")
    assert extract_text(text).identity.level == Level.CENTRAL


def test_a_preambles_body_does_not_run_from_a_headline_into_the_paragraph_under_it() -> None:
    text = ("Kế hoạch tổ chức đối thoại giữa Chủ tịch UBND tỉnh với thanh niên năm 2024\n\n"
            "UBND tỉnh Hải Dương vừa ban hành kế hoạch tổ chức đối thoại với thanh niên.\n")
    assert extract_text(text).identity.issuing_body == "UBND tỉnh Hải Dương"
    # ... nor from inside a symbol's code: "6028/QĐ-UBND năm 2012 ban hành Chương trình"
    text = ("- 3Quyết định 6028/QĐ-UBND năm 2012 ban hành Chương trình phát triển thanh niên\n"
            "- 4Kế hoạch 1939/KH-UBND thực hiện Chương trình phát triển thanh niên\n")
    assert extract_text(text).identity.issuing_body is None
    # ... but a body wrapped in text from a PDF with a blank line after each line goes on
    text = "Ủy ban nhân dân\n\nxã Sơn Ninh xây dựng kế hoạch thực hiện như sau:\n"
    assert extract_text(text).identity.issuing_body == "Ủy ban nhân dân xã Sơn Ninh"


def test_a_body_with_a_duty_to_issue_a_document_has_not_issued_this_one() -> None:
    for duty in ("có trách nhiệm", "có nhiệm vụ", "sẽ", "phải", "được giao", "xem xét"):  # is
        # responsible for, has the task of, will, must, is assigned to, is to consider
        text = (f"Chậm nhất vào ngày 20 tháng 12 hằng năm, Chủ tịch Ủy ban nhân dân cấp tỉnh {duty} "
                "ban hành kế hoạch thanh tra của tỉnh.\n")
        identity = extract_text(text).identity
        assert (identity.issuing_body, identity.key.type) == (None, "CV")
    # ... nor one that asks for it: "Ban Bí thư yêu cầu xây dựng đề án ..."
    text = "Bộ Chính trị, Ban Bí thư yêu cầu xây dựng đề án thành lập đảng bộ (mới).\n"
    assert extract_text(text).identity.issuing_body is None
    # ... nor bodies, "các ban" (the boards), that are asked to make theirs
    text = "Ban Bí thư yêu cầu các ban xây dựng kế hoạch triển khai tổ chức các hoạt động.\n"
    assert extract_text(text).identity.issuing_body is None
    # ... nor one advised to make it: "... tham mưu cho UBND tỉnh xây dựng Nghị quyết ..."
    text = ("Sở Văn hóa sẽ báo cáo và tham mưu cho UBND tỉnh xây dựng Nghị quyết văn hóa mới của "
            "Đồng Nai.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... nor a purpose a body ran into: the project is the company's, no document
    text = ("Ngày 30/6/2015, công ty tiếp tục được UBND thành phố Biên Hòa giới thiệu địa điểm để "
            "xây dựng Dự án khu tái định cư quy mô 4,8ha.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... nor one reported or submitted to, asked to make it by the page's body
    for text in ("Bộ Công an báo cáo Chính phủ, báo cáo Ủy Ban Thường vụ Quốc hội ban hành nghị "
                 "quyết về việc đưa mục Nơi sinh vào hộ chiếu.\n",
                 "Bộ Tư pháp đã tham mưu, trình Thủ tướng Chính phủ ban hành Kế hoạch triển khai "
                 "thi hành Luật Lý lịch tư pháp.\n"):
        assert extract_text(text).identity.issuing_body is None
    # ... or helped, or one that sets up who makes it
    for text in ("Ban Chỉ đạo có nhiệm vụ giúp UBND tỉnh xây dựng kế hoạch phòng, chống dịch.\n",
                 "Phó Trưởng Ban chỉ đạo quyết định thành lập Tổ Biên tập xây dựng Đề án.\n",
                 # ... or one that prepares it, a document still to come
                 "Bộ Nội vụ đang thành lập Ban soạn thảo để chuẩn bị xây dựng Nghị định về bảo "
                 "vệ cán bộ.\n"):
        assert extract_text(text).identity.issuing_body is None
    # ... nor one that assigns it to another, which has not made it yet either
    for assigned in ("Chánh Thanh tra tỉnh", "Sở Tư pháp", "cho Ban Dân tộc",
                     "Bộ trưởng Bộ Nội vụ"):
        text = (f"UBND tỉnh Lạng Sơn giao {assigned} ban hành kế hoạch xác minh tài sản, thu "
                "nhập năm 2023.\n")
        assert extract_text(text).identity.issuing_body is None
    for text in ("Sở GD&ĐT cho biết, sắp tới sẽ tham mưu UBND tỉnh xây dựng đề án sáp nhập các "
                 "trường.\n",  # ... "tham mưu" with no "cho", and a body run into it:
                 "Giao Ban ATGT tỉnh chủ trì, phối hợp với Công an tỉnh, Sở GTVT và các cơ quan có"
                 " liên quan tham mưu Ban Cán sự Đảng UBND tỉnh xây dựng kế hoạch.\n"):
        assert extract_text(text).identity.issuing_body is None
    # ... nor a committee of a level in general, of which a rule speaks (of no one commune)
    for text in ("Theo đó, Chủ tịch UBND cấp xã ban hành quyết định tặng danh hiệu “Gia đình văn "
                 "hóa” hàng năm.\n", "Ông Thêm hỏi: Chủ tịch Ủy ban nhân dân cấp huyện có quyền "
                 "ban hành quyết định cưỡng chế không?\n"):
        assert extract_text(text).identity.issuing_body is None
    # ... nor one run into another act it has done ("đã"): not "Đà Nẵng", which folds so too
    text = ("UBND tỉnh đã phân bổ số tiền này cho các địa phương làm cơ sở xây dựng kế hoạch đào "
            "tạo nghề.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... nor one that has not made it yet ("chưa"), or is making it ("đang")
    for text in ("Đến nay, UBND tỉnh Hưng Yên chưa ban hành quyết định thu hồi đất đối với các dự "
                 "án.\n", "Ban Chỉ đạo đang xây dựng Quy chế hoạt động để đảm bảo công tác quản "
                 "lý.\n"):
        assert extract_text(text).identity.issuing_body is None
    # ... nor one that has just done another act ("vừa" before it, not before "ban hành")
    text = ("Ban Tổ chức Trung ương vừa tổ chức lấy ý kiến góp ý để hoàn chỉnh ban hành Hướng dẫn "
            "thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.\n")
    assert extract_text(text).identity.issuing_body is None
    text = "Ban Tổ chức Trung ương vừa ban hành Hướng dẫn thực hiện công tác cán bộ như sau:\n"
    assert extract_text(text).identity.issuing_body == "Ban Tổ chức Trung ương"
    # ... nor one run over a decision whose "số" is left out: the decision issues the programme
    text = ("Ngày 17/2, UBND tỉnh có Quyết định 298 ban hành Chương trình thực hành tiết kiệm, "
            "chống lãng phí của tỉnh năm 2023.\n")
    assert extract_text(text).identity.issuing_body is None
    # ... but one that agreed to ("thống nhất") issue it did
    text = "Ngày 13/12/2022, Hội đồng nhân dân tỉnh thống nhất ban hành Nghị quyết quy định mức.\n"
    assert extract_text(text).identity.issuing_body == "Hội đồng nhân dân tỉnh"
    text = "UBND thành phố Đà Nẵng xây dựng kế hoạch đào tạo nghề như sau:\n"
    assert extract_text(text).identity.issuing_body == "UBND thành phố Đà Nẵng"
    # ... nor "sở" in lower case, ownership (no department, "Sở"): "sở hữu trí tuệ trước khi"
    text = ("A. Các Nghị định quy định về sở hữu trí tuệ trước khi ban hành Luật sở hữu trí tuệ\n"
            "1. Nghị định số 42/2003/NĐ-CP ngày 02 tháng 05 năm 2003 của Chính phủ\n")
    assert extract_text(text).identity.issuing_body is None
    # ... nor one that leads or joins the work, or works with the maker
    for text in ("Ban Tổ chức Tỉnh ủy phối hợp với Văn phòng Tỉnh ủy xây dựng đề án sáp nhập.\n",
                 "Tỉnh ủy, UBND tỉnh giao Đoàn Thanh niên chủ trì xây dựng kế hoạch khởi nghiệp.\n",
                 "Giao Văn phòng Ban An toàn giao thông tỉnh chủ trì, phối hợp với Công an tỉnh, Sở "
                 "Y tế và các đơn vị liên quan xây dựng kế hoạch.\n"):  # ... or is one of many
        assert extract_text(text).identity.issuing_body is None
    # ... nor a committee named for the document it drafts: "... về xây dựng Đề án ..."
    text = ("Trưởng Ban chỉ đạo Trung ương về xây dựng Đề án tổng kết 15 năm thực hiện Nghị quyết"
            " 32 của Bộ Chính trị.\n")
    assert extract_text(text).identity.issuing_body is None
    text = ("Thủ tướng, Trưởng ban Chỉ đạo xây dựng Đề án “Tổng kết 10 năm thực hiện Nghị quyết "
            "số 22-NQ/TW” chủ trì phiên họp.\n")  # ... also with nothing before its verb
    assert extract_text(text).identity.issuing_body is None
    text = ("Phó Thủ tướng, Phó Trưởng ban Thường trực Ban Chỉ đạo xây dựng Đề án “Tổng kết 10 năm"
            " thực hiện Nghị quyết số 22-NQ/TW” chủ trì phiên họp.\n")  # ... and its office
    assert extract_text(text).identity.issuing_body is None


def test_a_pages_headline_that_opens_with_an_act_is_no_body() -> None:
    text = ("BÃI BỎ THÔNG TƯ SỐ 37/2015/TT-BCTB\n\nBỘ CÔNG THƯƠNG\n--------\n\nCỘNG HÒA XÃ HỘI CHỦ "
            "NGHĨA VIỆT NAM\n\nSố: 23/2016/TT-BCT\n\nHà Nội, ngày 12 tháng 10 năm 2016\n\nTHÔNG TƯ\n")
    assert extract_text(text).identity.issuing_body == "BỘ CÔNG THƯƠNG"  # was "BÃI BỎ THÔNG TƯ"
    text = ("TRIỂN KHAI KẾ HOẠC THỰC HIỆN QĐ 1719\n\nUỶ BAN NHÂN DÂN\n\nXÃ PHƯỚC TÂN\n\nCỘNG HOÀ "
            "XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nSố:10/KH-UBND\n\nPhước Tân, ngày 03 tháng 02 năm 2023\n")
    assert extract_text(text).identity.issuing_body == "UỶ BAN NHÂN DÂN XÃ PHƯỚC TÂN"
    # ... nor one that opens with a symbol
    text = ("45/2022/NĐ-CP NGHỊ ĐỊNH QUY ĐỊNH VỀ XỬ PHẠT VI PHẠM HÀNH CHÍNH (FULL)\nCHÍNH\nPHỦ |\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố:\n45/2022/NĐ-CP |\nHà Nội, ngày 07 tháng 7 "
            "năm 2022 |\n")
    assert extract_text(text).identity.issuing_body == "CHÍNH PHỦ"


def test_a_rule_of_long_dashes_under_the_body_keeps_the_header_under_a_pages_headline() -> None:
    text = ("QUYẾT ĐỊNH 2086/QĐ-TTG NĂM 2016 PHÊ DUYỆT ĐỀ ÁN ... DO THỦ TƯỚNG CHÍNH PHỦ BAN HÀNH\n\n"
            "Hiệu lực: Còn hiệu lực Ngày có hiệu lực: 31/10/2016\n\nTHỦ TƯỚNG CHÍNH PHỦ\n——-\n\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n—————\n\n"
            "Số: 2086/QĐ-TTg\n\nHà Nội, ngày 31 tháng 10 năm 2016\n\nQUYẾT ĐỊNH\n\nPHÊ DUYỆT ĐỀ ÁN\n")
    assert extract_text(text).identity.issuing_body == "THỦ TƯỚNG CHÍNH PHỦ"  # was None


def test_a_document_sites_page_count_is_no_number_line_under_a_body() -> None:
    # 123doc's record: "THÔNG TIN TÀI LIỆU" / ... / "Số trang 28" was a body over a "Số" line
    text = ("Huong dan so 05 cua BTC Tinh uy\n\nTHÔNG TIN TÀI LIỆU\n\nThông tin cơ bản\n\nĐịnh dạng\n"
            "Số trang 28\nDung lượng 6,89 MB\n\nNội dung\n\nTINH UY NINH BiNH DANG CONG SAN VIET NAM\n")
    assert extract_text(text).identity.issuing_body is None


def test_a_drafts_mark_is_no_body() -> None:
    text = ("HỘI ĐỒNG NHÂN DÂN\nXÃ YÊN B¸i\n\nDỰ THẢO\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
            "Độc lập - Tự do - Hạnh phúc\nQUY CHẾ\n\nHoạt động của Hội đồng nhân dân xã\n")
    assert extract_text(text).identity.issuing_body != "DỰ THẢO"


def test_the_state_banks_old_code_with_its_departments_number_is_the_state_banks() -> None:
    # "NH1" to 1998, "NHNN1" after: a central decision, not one of Hà Nội, where it is dated
    text = ("NGÂN HÀNG NHÀ NƯỚC\n********\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
            "Hạnh phúc\n\nSố: 367/QĐ-NH1\n\nHà Nội, ngày 21 tháng 12 năm 1995\n\nQUYẾT ĐỊNH\n\n"
            "Căn cứ Quyết định số 273/QĐ-NH1 ngày 1/1/1992 và Quyết định số 324/1998/QĐ-NHNN1.\n")
    extraction = extract_text(text)
    assert (extraction.identity.key.id, extraction.identity.level) == ("QD-367-NHNN-1995",
                                                                       Level.CENTRAL)
    assert [r.key.id for r in extraction.references] == ["QD-273-NHNN-1992", "QD-324-NHNN-1998"]


def test_a_law_that_prints_no_number_is_keyed_as_its_citations_name_it() -> None:
    # the same node as "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Viện kiểm sát nhân
    # dân" cited elsewhere, and no citation of itself from its heading
    text = ("QUỐC HỘI |\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM |\nLUẬT\nSỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU\n"
            "CỦA LUẬT TỔ CHỨC VIỆN KIỂM SÁT NHÂN DÂN\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ "
            "nghĩa Việt Nam;\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức "
            "Viện kiểm sát nhân dân số 63/2014/QH13.\n")
    extraction = extract_text(text)
    cited = extract_text("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Viện kiểm "
                         "sát nhân dân;").references[0].key
    assert extraction.identity.key.id == cited.id
    assert {(r.relation.value, r.target.id) for r in extraction.relations} == {
        ("BASED_ON", "LUAT-QH-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"),
        ("AMENDS", "LUAT-63-QH13-2014")}


def test_an_ordinance_printed_with_no_heading_is_named_by_its_enacting_clause() -> None:
    # A portal prints its full text under a news item's lines: the node cited by the name (it
    # had been named by its body, "Ủy ban Thường vụ Quốc hội", as any such page would be)
    text = ("LTS - Chủ tịch nước đã ký Lệnh công bố Pháp lệnh này. Dưới đây là toàn văn.\n\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992;\n\nỦy ban Thường "
            "vụ Quốc hội ban hành Pháp lệnh Phòng, chống lụt, bão.\n\nĐiều 1.\n")
    cited = extract_text("Căn cứ Pháp lệnh Phòng, chống lụt, bão;").references[0].key
    assert extract_text(text).identity.key.id == cited.id
    text = text.replace("Phòng, chống lụt, bão", "sửa đổi, bổ sung một số điều của Pháp lệnh quy "
                        "định danh hiệu vinh dự Nhà nước \"Bà mẹ Việt Nam anh hùng\"")
    identity = extract_text(text).identity
    assert identity.title == (
        "Sửa đổi, bổ sung một số điều của Pháp lệnh quy định danh hiệu vinh dự Nhà nước \"Bà mẹ "
        "Việt Nam anh hùng\"")
    # ... keyed as it is cited, up to the quotation marks, where a citation's name ends
    cited = extract_text("Căn cứ Pháp lệnh sửa đổi, bổ sung một số điều của Pháp lệnh quy định "
                         "danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”;").references[0].key
    assert identity.key.id == cited.id
    # ... up to its first chapter, where a copy lost the full stop; not a type word in running
    # text ("ban hành pháp lệnh, nghị quyết")
    text = ("Căn cứ Hiến pháp;\nỦy ban thường vụ Quốc hội ban hành Pháp lệnh hợp nhất văn bản quy "
            "phạm pháp luật, Chương 1. NHỮNG QUY ĐỊNH CHUNG")
    assert extract_text(text).identity.title == "Hợp nhất văn bản quy phạm pháp luật"
    text = ("Việt Nam là một nước theo hệ thống pháp luật thành văn.\nỦy ban Thường vụ Quốc hội "
            "ban hành pháp lệnh, nghị quyết. Chính phủ ban hành nghị định.")
    assert extract_text(text).identity.title is None


def test_a_law_page_that_prints_no_title_takes_the_name_that_opens_it() -> None:
    # A portal's record under the page's title: the name of the law's year is its own, so a
    # decree citing the name alone cites this law (it had been a second node, of 2013)
    page = ("Hệ thống pháp luật\n\nĐiều 25 Luật bảo vệ và kiểm dịch thực vật 2013\n\nĐiều 25. "
            "Quy định về kiểm dịch thực vật\n\nLuật bảo vệ và kiểm dịch thực vật 2013\n\n"
            "  • Số hiệu: 41/2013/QH13\n  • Loại văn bản: Luật\n  • Ngày ban hành: 25/11/2013\n"
            "  • Nơi ban hành: Quốc hội\n")
    decree = ("CHÍNH PHỦ\nSố: 31/2016/NĐ-CP\nHà Nội, ngày 06 tháng 5 năm 2016\n\nNGHỊ ĐỊNH\n\n"
              "Căn cứ Luật bảo vệ và kiểm dịch thực vật ngày 25 tháng 11 năm 2013;")
    law, cited = extract_corpus([("page.txt", page), ("decree.txt", decree)])
    assert (law.identity.key.id, law.identity.title) == (
        "LUAT-41-QH13-2013", "bảo vệ và kiểm dịch thực vật")
    assert not law.relations  # it names itself, nothing else
    assert [r.key.id for r in cited.references] == ["LUAT-41-QH13-2013"]
    # ... a code's, "Bộ luật" its head
    page = ("Điều 5 Bộ luật Lao động 2019\n\nBộ luật Lao động 2019\n\n  • Số hiệu: 45/2019/QH14\n"
            "  • Loại văn bản: Bộ luật\n  • Ngày ban hành: 20/11/2019\n  • Nơi ban hành: Quốc hội\n")
    identity = extract_text(page).identity
    assert (identity.type_name, identity.title) == ("Bộ luật", "Lao động")
    # ... but not a name of another year, nor one that heads the page of the law amending it
    page = ("Luật Thể dục, thể thao sửa đổi 2018 số 26/2018/QH14\nSố hiệu: | 26/2018/QH14 | "
            "Loại văn bản: | Luật |\nNgày ban hành: | 14/06/2018 |\n")
    assert extract_text(page).identity.title is None
