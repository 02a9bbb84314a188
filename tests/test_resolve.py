"""Resolution rules: years, provinces, undated mentions, repaired typos, corpus-level names."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import ORDINANCE

from extract.bodies import names_central_body
from extract.law_name_words import named_key
from extract.models import DocumentKey, Status, could_be_id, evolve
from extract.normalize import fold_words, to_nfc
from extract.pipeline import (
    extract_corpus,
    extract_text,
    index_corpus,
    parse_document,
    stream_corpus,
)
from extract.provinces import canonical_province

TRA_VINH = "Số: 26/KH-VP\n\nTrà Vinh, ngày 17 tháng 4 năm 2023\n\nKẾ HOẠCH\n\nVề việc\n\n"
QUANG_NGAI = "Số: 550/KH-VP\n\nQuảng Ngãi, ngày 03 tháng 3 năm 2025\n\nKẾ HOẠCH\n\nVề việc\n\n"


def keys(text: str) -> list[str]:
    return [r.key.id for r in extract_text(text).references if r.key]


def only(text: str):
    (ref,) = extract_text(text).references
    return ref


def test_year_from_the_symbol_or_the_date() -> None:
    assert keys("Nghị định số 61/2018/NĐ-CP của Chính phủ.") == ["ND-61-CP-2018"]
    assert keys("Chỉ thị số 33/CT-TTg ngày 26/11/2021.") == ["CT-33-TTg-2021"]
    assert keys("Chỉ thị số 30-CT/TW ngày 18 tháng 02 năm 1998.") == ["CT-30-TW-1998"]
    assert keys("Chỉ thị số 30-CT/TW ngày 18-02-1998.") == ["CT-30-TW-1998"]


def test_evolve_copies_a_model_with_changes_as_dataclasses_replace_does() -> None:
    key = DocumentKey("CT", "33", "TTg", None)
    dated = evolve(key, year=2021)
    assert dated == DocumentKey("CT", "33", "TTg", 2021) and key.year is None
    assert hash(dated) == hash(DocumentKey("CT", "33", "TTg", 2021))
    with pytest.raises(TypeError, match="no field yaer"):
        evolve(key, yaer=2021)


def test_local_issuers_take_the_citing_documents_province_unless_the_text_names_one() -> None:
    text = TRA_VINH + ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của Ủy ban nhân dân "
                       "tỉnh; Kế hoạch số 13/KH-UBND ngày 11/02/2022 của UBND tỉnh Bến Tre; "
                       "Kế hoạch số 14/KH-UBND ngày 12/02/2022 do UBND tỉnh Long An ban hành; "
                       "Kế hoạch số 15/KH-UBND ngày 12/02/2022 của UBND tỉnh Bà Rịa - Vũng Tàu; "
                       "Kế hoạch số 16/KH-UBND ngày 12/02/2022 của UBND TP. Hồ Chí Minh; "
                       "Hướng dẫn số 17-HD/BTGTU ngày 12/02/2022 của Ban Tuyên giáo Tỉnh ủy Bến "
                       "Tre; Kế hoạch số 18/KH-SGDĐT ngày 12/02/2022 của Sở Giáo dục và Đào tạo "
                       "tỉnh Long An.")
    assert keys(text) == ["KH-35-UBND-2023-tra-vinh", "KH-13-UBND-2022-ben-tre",
                          "KH-14-UBND-2022-long-an", "KH-15-UBND-2022-ba-ria-vung-tau",
                          "KH-16-UBND-2022-ho-chi-minh", "HD-17-BTGTU-2022-ben-tre",
                          "KH-18-SGDDT-2022-long-an"]


def test_a_document_named_in_what_another_provinces_document_does_is_of_that_province() -> None:
    # Its "tỉnh" is said by the Bến Tre decision; a list's next item is the citing province's.
    text = TRA_VINH + ("Bãi bỏ Quyết định số 157/2005/QĐ-UB ngày 21/12/2005 của UBND tỉnh Bến Tre"
                       " sửa đổi, bổ sung Quyết định số 67/2005/QĐ-UBND ngày 20/7/2005 của UBND"
                       " tỉnh; Quyết định số 12/2006/QĐ-UBND của UBND tỉnh Bến Tre và Quyết định"
                       " số 13/2006/QĐ-UBND của UBND tỉnh.")
    assert keys(text) == ["QD-157-UB-2005-ben-tre", "QD-67-UBND-2005-ben-tre",
                          "QD-12-UBND-2006-ben-tre", "QD-13-UBND-2006-tra-vinh"]
    # ... also past a central document named in between.
    text = TRA_VINH + ("Kế hoạch số 75/KH-UBND ngày 09/7/2018 của UBND tỉnh Sóc Trăng về việc"
                       " thực hiện Nghị quyết số 137/NQ-CP ngày 31/12/2017 của Chính phủ và"
                       " Chương trình số 27-CTr/TU ngày 12/3/2018 của Ban Chấp hành Đảng bộ tỉnh.")
    assert keys(text) == ["KH-75-UBND-2018-soc-trang", "NQ-137-CP-2017", "CTr-27-TU-2018-soc-trang"]



def test_a_symbol_named_again_without_its_body_is_the_one_named_before() -> None:
    text = TRA_VINH + ("Áp dụng Quyết định số 06/2015/QĐ-UBND ngày 04/02/2015 của UBND tỉnh Bến Tre"
                       " về chế độ nhuận bút. Quyết định số 06/2015/QĐ-UBND ngày 04/02/2015 không"
                       " còn được áp dụng. Quyết định số 06/2015/QĐ-UBND ngày 09/9/2015 ban hành.")
    # ... not one another date tells apart
    assert keys(text) == ["QD-6-UBND-2015-ben-tre", "QD-6-UBND-2015-ben-tre",
                          "QD-6-UBND-2015-tra-vinh"]


def test_the_prime_ministers_code_cut_to_tt_is_his_when_the_body_says_so() -> None:
    text = "Căn cứ Quyết định số 449/QĐ-TTngày 12 tháng 3 năm 2013 của Thủ tướng Chính phủ;"
    assert keys(text) == ["QD-449-TTg-2013"]  # was a node of an issuer "TT"


def test_a_later_year_after_a_symbol_dated_elsewhere_is_the_citing_plans() -> None:
    text = ("Kế hoạch thực hiện Kết luận số 01-KL/TW\n\nNgày 25/04/2022 14:04:40\n\nThực hiện Kết "
            "luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị; Đảng ủy xã ban hành Kế hoạch "
            "thực hiện Kết luận 01-KL/TW năm 2022.")
    # (nor is a page's time stamp under its headline the conclusion's date)
    assert keys(text) == ["KL-1-TW-2021"] * 3
    # ... of a number that looks like a year too ("2011" prints no year)
    text = ("Căn cứ Quyết định số 2011/QĐ-UBND ngày 05/3/2021 của UBND tỉnh Bắc Giang;\nỦy ban "
            "nhân dân tỉnh ban hành Kế hoạch thực hiện Quyết định số 2011/QĐ-UBND năm 2023.")
    assert keys(text) == ["QD-2011-UBND-2021-bac-giang"] * 2
    # ... while a year that the symbol prints, or one before the date, names another document
    text = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương và "
            "Nghị quyết 18-NQ/TW năm 2008.")
    assert keys(text) == ["NQ-18-TW-2017", "NQ-18-TW-2008"]


def test_ids_are_letters_digits_and_dashes_so_a_written_symbol_is_never_one() -> None:
    ids = keys("Căn cứ Nghị quyết số 25-NQ/TW; Luật Đất đai; Kế hoạch số 35/KH-UBND ngày "
               "11/4/2023 của UBND tỉnh Trà Vinh; Quyết định số 1167-QĐ/TU ngày 2/3/2021.")
    assert len(ids) == 4 and all(could_be_id(i) for i in ids)
    for symbol in ("25-NQ/TW", "Chỉ thị số 33/CT-TTg", "Nghị định 61/2018/NĐ-CP", ""):
        assert not could_be_id(symbol)


def test_central_issuers_have_no_province() -> None:
    assert keys(TRA_VINH + "Chỉ thị số 33/CT-TTg ngày 26/11/2021.") == ["CT-33-TTg-2021"]
    # A công văn's drafting unit follows its issuer: the Prime Minister's, a ministry's.
    assert keys(TRA_VINH + "Công văn số 1234/TTg-KGVX ngày 5/10/2022; Văn bản số 890/BNV-VP "
                "ngày 1/3/2022.") == ["CV-1234-TTg-KGVX-2022", "CV-890-BNV-VP-2022"]
    # A joint plan with a local body is local.
    assert keys(TRA_VINH + "Kế hoạch số 5/KH-BCA-UBND ngày 1/3/2022.") == [
        "KH-5-BCA-UBND-2022-tra-vinh"]
    # The Government's Party delegation and the Public Security's Party committee are central;
    # a province's Party delegation (BCSĐ) is not.
    assert keys(TRA_VINH + "Nghị quyết số 15-NQ/BCSĐCP ngày 1/2/2023; Nghị quyết số 12-NQ/ĐUCA "
                "ngày 1/3/2023; Kế hoạch số 5-KH/BCSĐ ngày 1/4/2023.") == [
        "NQ-15-BCSDCP-2023", "NQ-12-DUCA-2023", "KH-5-BCSD-2023-tra-vinh"]
    # ... and so are the National Assembly's Party delegation (by its term) and the Party
    # committees of the Government and the National Assembly of 2025
    assert keys(TRA_VINH + "Kế hoạch số 3260-KH/ĐĐQH15 ngày 10/01/2025; Kế hoạch số 5-KH/ĐUQH "
                "ngày 1/3/2025; Nghị quyết số 01-NQ/ĐUCP ngày 2/4/2025.") == [
        "KH-3260-DDQH15-2025", "KH-5-DUQH-2025", "NQ-1-DUCP-2025"]


def test_one_date_and_body_cover_a_list_of_documents_of_one_kind() -> None:
    text = ("gắn với các Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ "
            "Chính trị; Nghị quyết số 25-NQ/TW, Kết luận số 114-KL/TW ngày 14/7/2015.")
    assert keys(text) == ["QD-217-TW-2013", "QD-218-TW-2013", "NQ-25-TW", "KL-114-TW-2015"]
    assert keys("các Quyết định số 217-QĐ/TW, 218-QĐ/TW ngày 12/12/2013") == [
        "QD-217-TW-2013", "QD-218-TW-2013"]
    # ... but not a symbol the text dates otherwise (it was a second node, of 2024)
    assert keys("Quyết định số 896/QĐ-TTg ngày 26/7/2022 phê duyệt Chiến lược. Căn cứ Quyết định "
                "số 896/QĐ-TTg và Quyết định số 1422/QĐ-TTg ngày 19/11/2024") == [
        "QD-896-TTg-2022", "QD-896-TTg-2022", "QD-1422-TTg-2024"]


def test_a_short_name_the_text_declares_is_a_mention_of_that_document() -> None:
    text = ("Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ (sau đây gọi tắt "
            "là Chỉ thị 33). Triển khai Chỉ thị 33, Chỉ thị số 33; Chỉ thị 34 is no declared name.")
    assert [r.text for r in extract_text(text).references] == [
        "Chỉ thị số 33/CT-TTg", "Chỉ thị 33", "Chỉ thị số 33"]
    assert keys(text) == ["CT-33-TTg-2021"] * 3


def test_a_short_form_of_a_symbol_the_text_cites_is_a_mention_of_it() -> None:
    text = ("Quán triệt Chỉ thị số 33/CT-TTg ngày 26/11/2021. Triển khai Chỉ thị 33 trong kế "
            "hoạch 5 năm; Kế hoạch số 35/KH-UBND, Kế hoạch số 35-KH/TU năm 2023: Kế hoạch 35 "
            "could be either; Quyết định số 7/QĐ-UBND ngày 1/2/2022, Quyết định số 7/QĐ-UBND "
            "ngày 3/4/2023: Quyết định 7 too.")
    assert [r.text for r in extract_text(text).references] == [
        "Chỉ thị số 33/CT-TTg", "Chỉ thị 33", "Kế hoạch số 35/KH-UBND", "Kế hoạch số 35-KH/TU",
        "Quyết định số 7/QĐ-UBND", "Quyết định số 7/QĐ-UBND"]
    assert ("self", "IMPLEMENTS", "CT-33-TTg-2021") in {
        ("self", r.relation.value, r.target.id) for r in extract_text(text).relations}


def test_a_short_form_before_its_symbol_is_a_mention_but_not_one_dated_otherwise() -> None:
    # A news headline names the resolution its text then cites in full.
    text = ("Triển khai Nghị quyết 57 trên địa bàn tỉnh\nThực hiện Nghị quyết số 57-NQ/TW ngày "
            "22/12/2024 của Bộ Chính trị; Quyết định số 7/QĐ-UBND ngày 3/4/2023 của UBND tỉnh "
            "Bình Định thay cho Quyết định số 7 ngày 1/2/2022 của UBND tỉnh.")
    assert [(r.text, r.key.id) for r in extract_text(text).references] == [
        ("Nghị quyết 57", "NQ-57-TW-2024"), ("Nghị quyết số 57-NQ/TW", "NQ-57-TW-2024"),
        ("Quyết định số 7/QĐ-UBND", "QD-7-UBND-2023-binh-dinh"),
        ("Quyết định số 7", "QD-7-UBND-2022-binh-dinh")]  # its own date: the decision of 2022


def test_a_short_form_with_the_symbols_year_is_a_mention_of_it() -> None:
    # A news item's headline and text: "194/2025" is 194/2025/QH15, also before it.
    text = ("Thông qua Nghị quyết 194/2025 sửa đổi, bổ sung Luật Đất đai.\nNgày 5/5/2025, Quốc "
            "hội thông qua Nghị quyết 194/2025/QH15; Nghị quyết 194/2024 is another year's.")
    assert [(r.text, r.key.id) for r in extract_text(text).references] == [
        ("Nghị quyết 194/2025", "NQ-194-QH15-2025"), ("Luật Đất đai", "LUAT-QH-luat-dat-dai"),
        ("Nghị quyết 194/2025/QH15", "NQ-194-QH15-2025")]
    found = {(r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations
             if not r.from_self}
    assert found == {("NQ-194-QH15-2025", "AMENDS", "LUAT-QH-luat-dat-dai")}  # was self's


def test_a_short_form_with_its_own_date_dates_a_symbol_the_text_prints_undated() -> None:
    text = ("Sơ kết 2 năm thực hiện Chỉ thị số 05 ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học "
            "tập.\nSau 2 năm triển khai thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị.\n")
    assert [(r.text, r.key.id, r.date) for r in extract_text(text).references] == [
        ("Chỉ thị số 05", "CT-5-TW-2016", dt.date(2016, 5, 15)),
        ("Chỉ thị số 05-CT/TW", "CT-5-TW-2016", dt.date(2016, 5, 15))]


def test_a_number_with_its_date_and_a_body_that_names_the_issuer_is_a_reference() -> None:
    # Reports and news cite without the symbol: the body's code completes it.
    text = ("Thực hiện Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng khóa "
            "XII; Chỉ thị số 05 ngày 15/5/2016 của Bộ Chính trị; Kế hoạch số 35 ngày 11/4/2023 "
            "của UBND tỉnh Trà Vinh; Kế hoạch số 12 của Tỉnh ủy ngày 20/10/2022.")
    refs = extract_text(text).references
    assert [r.key.id for r in refs] == [
        "NQ-18-TW-2017", "CT-5-TW-2016", "KH-35-UBND-2023-tra-vinh", "KH-12-TU-2022-tra-vinh"]
    assert [r.text for r in refs][:2] == ["Nghị quyết số 18", "Chỉ thị số 05"]
    assert (refs[0].repairs[0].printed, refs[0].repairs[0].repaired) == ("18", "18-NQ/TW")  # audit
    # ... also with the Central Committee abbreviated, as reports write it
    assert keys("Thực hiện Nghị quyết số 18 ngày 25/10/2017 của BCH TW khóa XII; Nghị quyết số "
                "19 ngày 25/10/2017 của BCH Trung ương Đảng.") == ["NQ-18-TW-2017", "NQ-19-TW-2017"]
    # ... and a ministry's, whose name gives its code
    assert keys("triển khai Công điện số 1409 ngày 15 tháng 9 năm 2021 của Bộ Y tế và Thông tư "
                "số 10 ngày 1/7/2020 của Bộ Lao động - Thương binh và Xã hội.") == [
        "CD-1409-BYT-2021", "TT-10-BLDTBXH-2020"]  # the key of 10/2020/TT-BLĐTBXH
    # ... and the Prime Minister or a minister named for the Government or ministry
    assert keys("Thực hiện Chỉ thị số 16 ngày 31/3/2020 của Thủ tướng; Thông tư số 19 ngày "
                "28/02/2017 của Bộ trưởng Bộ Tài chính.") == ["CT-16-TTg-2020", "TT-19-BTC-2017"]
    # ... who issues no resolution nor decree: the Government does, its head named for it
    assert keys("Theo Nghị quyết 120 ngày 17/11/2017 của Thủ tướng Chính phủ và Nghị định 116 "
                "ngày 18/7/2016 của Thủ tướng.") == ["NQ-120-CP-2017", "ND-116-CP-2016"]
    # ... and its year printed after the number, as news items write it, "Quyết định 24/2017"
    assert keys("Theo Quyết định 24/2017 của Thủ tướng và Thông tư 11/2012 của Bộ Giao thông "
                "vận tải; Nghị quyết số 11/2024 của HĐND tỉnh Trà Vinh.") == [
        "QD-24-TTg-2017", "TT-11-BGTVT-2012", "NQ-11-HDND-2024-tra-vinh"]
    # ... but not a year its date contradicts, nor one body of a joint circular's several
    assert keys("Chỉ thị số 45/2017 ngày 20/12/2018 của Thủ tướng; Thông tư liên tịch số "
                "13/2016 của Bộ Y tế và Bộ Giáo dục và Đào tạo.") == []


def test_a_number_of_a_central_body_without_its_date_is_a_reference_of_no_year() -> None:
    # News items quote the Party's documents so; a symbol printed without a date has no year
    # either. A province's would be any year's plan (the next test: no reference).
    assert keys("Hội nghị quán triệt Quy định số 126 của Ban Chấp hành Trung ương; Chỉ thị số "
                "4 của Bộ Chính trị.") == ["QD-126-TW", "CT-4-TW"]


def test_a_number_alone_or_of_a_body_with_no_code_of_its_own_is_no_reference() -> None:
    assert keys("Kế hoạch số 2 về phòng chống dịch; Quyết định số 2 ngày 3/1/2024 của "
                "Giám đốc Sở Nội vụ; Công văn số 123 ngày 5/6/2023 của UBND tỉnh; Kế hoạch số "
                "7 ngày 1/2/2022 của Ủy ban MTTQ tỉnh; Nghị quyết số 35 của HĐND tỉnh.") == []
    # A board or office under a committee or ministry has a code its name does not give:
    # "Ban Tuyên giáo Tỉnh ủy" is BTGTU, not TU.
    assert keys("Kế hoạch số 12 ngày 01/02/2020 của Ban Tuyên giáo Tỉnh ủy; Quyết định số 9 "
                "ngày 02/3/2021 của Văn phòng UBND tỉnh; Quyết định số 3 ngày 02/3/2021 của "
                "Cục Thuế - Bộ Tài chính.") == []


def test_a_date_in_brackets_after_a_verb_or_with_a_comma_is_the_documents_date() -> None:
    for text in ("Kế hoạch số 35/KH-UBND (ngày 11/4/2023) của UBND tỉnh Bình Định.",
                 "Kế hoạch số 35/KH-UBND (ngày 11/4/2023 của UBND tỉnh Bình Định).",
                 "Kế hoạch số 35/KH-UBND (11/4/2023) của UBND tỉnh Bình Định.",
                 "Kế hoạch số 35/KH-UBND được ban hành ngày 11/4/2023 của UBND tỉnh Bình Định.",
                 "Kế hoạch số 35/KH-UBND ký ngày 11/4/2023 của UBND tỉnh Bình Định.",
                 "Kế hoạch số 35/KH-UBND ngày 11 tháng 4, năm 2023 của UBND tỉnh Bình Định."):
        assert keys(text) == ["KH-35-UBND-2023-binh-dinh"]


def test_a_date_after_the_body_of_another_year_than_the_symbols_is_the_next_clauses() -> None:
    text = ("Triển khai thực hiện Nghị định số 06/2022/NĐ-CP của Chính phủ, ngày 17 tháng 6 năm "
            "2025 Bộ trưởng Bộ Nông nghiệp và Môi trường đã ban hành Thông tư số 08/2025/TT-BNNMT.")
    decree, circular = extract_text(text).references
    assert decree.date is None and circular.date == dt.date(2025, 6, 17)  # both were 2025
    rels = {(r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations}
    assert ("TT-8-BNNMT-2025", "IMPLEMENTS", "ND-6-CP-2022") in rels  # what it was issued for


def test_a_paragraphs_opening_date_is_its_sentences_not_the_document_that_ends_the_line_above(
        ) -> None:
    text = ("Nghị định 62/2015/NĐ-CP hướng dẫn Luật Thi hành án dân sự\n\nNgày 18/07/2015, Chính "
            "phủ ban hành Nghị định 62/2015/NĐ-CP.\n")
    decree, law, again = extract_text(text).references
    assert law.date is None and law.key.year is None  # was the decree's day, of 2015
    assert decree.date == again.date == dt.date(2015, 7, 18)
    # ... nor a page's date alone on its line under a headline (it was the resolution's date)
    text = ("Thực hiện Nghị quyết số 04/2021/NQ-HĐND của Hội đồng nhân dân tỉnh Hậu Giang\n\n"
            "Ngày 14-07-2021\n\nĐể đảm bảo phát triển chăn nuôi.\n")
    assert extract_text(text).references[0].date is None
    # ... nor, under a headline's line, the date of the next sentence's act (it was the law's)
    text = ("TRIỂN KHAI NGHỊ ĐỊNH SỐ 76/2023/NĐ-CP QUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG, "
            "CHỐNG BẠO LỰC GIA ĐÌNH\nNgày 01/11/2023, Chính phủ ban hành Nghị định số 76 "
            "/2023/NĐ-CP.\n")
    assert extract_text(text).references[1].date is None
    # ... or after a comma (the resolution of 2013 had been dated 2014)
    text = ("Để chuẩn bị báo cáo kết quả thực hiện Nghị quyết 25-NQ/TƯ, ngày 18/7/2014, Ban Dân "
            "vận Tỉnh ủy có Công văn số 700/CV-DVTU đề nghị ...")
    assert extract_text(text).references[0].date is None
    # ... whatever the verb of the act: "công bố" (made public), as a report told before it reads
    text = ("Triển khai Chỉ thị số 05-CT/TW, ngày 05/3/2024, Thủ tướng Chính phủ công bố Quyết "
            "định số 222/QĐ-TTg ...")
    assert extract_text(text).references[0].date is None
    # ... or of any act a body did, "đã" after it (the law had been one of 2025), but not the
    # date whose the comma's next words say it is
    text = ("Căn cứ theo Điều 77 và Điều 81 Luật Quản lý ngoại thương, ngày 6/6/2025, Bộ Công "
            "Thương đã nhận được đề xuất cam kết.")
    assert extract_text(text).references[0].date is None
    text = "Căn cứ Quyết định số 12/QĐ-UBND, ngày 6/6/2025, của UBND tỉnh đã quy định mức thu."
    assert extract_text(text).references[0].date == dt.date(2025, 6, 6)
    # ... but a session's date, "tại kỳ họp" (at the session), tells no act of a document
    text = ("Đề cương giới thiệu Luật Trách nhiệm bồi thường của Nhà nước\nNgày 20 tháng 6 năm "
            "2017, tại kỳ họp thứ 3, Quốc hội đã thông qua Luật.\n")
    assert extract_text(text).references[0].date == dt.date(2017, 6, 20)
    # ... and so is the day it was adopted, its adopter between ("Luật Quốc phòng được Quốc hội
    # Khóa XI thông qua ngày 14/6/2005" had been the 2018 law, the latest of the name)
    text = "Căn cứ Luật Nhà ở được Quốc hội khóa XIII, kỳ họp thứ 8 thông qua ngày 25/11/2014;"
    assert extract_text(text).references[0].date == dt.date(2014, 11, 25)
    # ... not past another document named between, whose day it is (the land law had been 2017's)
    text = "Luật Đất đai được sửa đổi, bổ sung bởi Luật Lâm nghiệp được ban hành ngày 15/11/2017."
    assert [r.date for r in extract_text(text).references] == [None, dt.date(2017, 11, 15)]
    # ... but a date that wraps onto the next line is the document's
    wrapped = "Căn cứ Luật Đất đai\nngày 29 tháng 11 năm 2013;\n"
    assert extract_text(wrapped).references[0].date == dt.date(2013, 11, 29)
    # ... and so is the adoption a text tells before the name, or the session named between
    # ("Luật An ninh mạng" had been the law of 2025, the latest of the name)
    for text in ("Ngày 12/6/2018, tại kỳ họp thứ 5, Quốc hội khóa XIV đã thông qua Luật An ninh "
                 "mạng.", "Ngày 12/6/2018, Quốc hội đã biểu quyết thông qua dự án Luật An ninh mạng.",
                 "Luật An ninh mạng được Quốc hội thông qua tại kỳ họp thứ 5, ngày 12/6/2018."):
        assert extract_text(text).references[0].date == dt.date(2018, 6, 12), text


def test_an_assembly_term_its_year_cannot_be_in_or_none_printed_is_the_years_term() -> None:
    # The term's laws are dated in its years (QH15: 2021 to 2026); the node of the law printed
    # with QH14 was a second node of 56/2024/QH15. An election year may be either term's.
    ref = only("Căn cứ Luật Khoáng sản số 60/2010/QH11;")
    assert ref.key.id == "LUAT-60-QH12-2010" and ref.repairs[0].printed == "QH11"
    assert only("Căn cứ Luật số 80/2016/QH13;").key.id == "LUAT-80-QH13-2016"
    # ... and a symbol printed without its term takes the year's, where one term holds it:
    # "26/2005/PL-UBTVQH" and "26/2005/PL-UBTVQH11" had been two nodes
    ref = only("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng số 26/2005/PL-UBTVQH;")
    assert ref.key.id == "PL-26-UBTVQH11-2005" and ref.repairs[0].printed == "UBTVQH"
    assert only("Căn cứ Luật số 80/2016/QH;").key.id == "LUAT-80-QH-2016"


def test_a_date_right_after_a_symbol_of_another_year_is_a_misprint_and_no_date() -> None:
    # The symbol's year is the document's: "ngày 31/12/2023" for a circular of 2013 would date
    # it ten years late, and two such mentions of one decree read as two decrees.
    ref = only("Tại Điều 9 Thông tư số 219/2013/TT-BTC ngày 31/12/2023 của Bộ Tài chính.")
    assert (ref.key.id, ref.date) == ("TT-219-BTC-2013", None)
    # ... nor a date after the body outside the term it names: the next line's (the conclusion
    # of 2009 had been keyed 2019, a second node)
    ref = only("Kế hoạch tổng kết 10 năm thực hiện Kết luận số 62-KL/TW của Bộ Chính trị khoá X\n"
               "\nNgày 14/3/2019, Ban Thường vụ Tỉnh ủy đã họp.")
    assert (ref.key.id, ref.date) == ("KL-62-TW", None)


def test_a_date_that_opens_the_next_lines_clause_is_not_the_symbols() -> None:
    # A title's last line ends in a symbol; the next line narrates a meeting's day.
    text = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 659/TB-VPCP\nHà Nội, ngày 29 tháng 11 năm 2025\n\n"
            "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị.\nTHÔNG BÁO KẾT LUẬN VỀ THỰC "
            "HIỆN NGHỊ QUYẾT SỐ 66-NQ/TW\nNgày 28 tháng 11 năm 2025, tại Trụ sở Chính phủ, "
            "Phó Thủ tướng chủ trì cuộc họp về Nghị quyết số 66-NQ/TW.")
    assert [r.date for r in extract_text(text).references] == [dt.date(2025, 4, 30)] * 3


def test_cyrillic_look_alikes_in_a_code_are_read_as_latin() -> None:
    # A page's "06/2022/TT-BТС", its Т and С Cyrillic, was a circular of "TT"; offsets still
    # slice the text as read, and Cyrillic words stay as they are.
    text = "Căn cứ Thông tư số 06/2022/TT-BТС ngày 8/2/2022 (Москва)."
    ref = only(text)
    assert (ref.key.id, text[ref.start:ref.end]) == ("TT-6-BTC-2022", "Thông tư số 06/2022/TT-BТС")


def test_the_letter_oi_that_pdf_fonts_put_for_u_horn_is_read_as_u_horn() -> None:
    # "khen thƣởng" (U+01A3) from a PDF: the law's name had stopped at "Luật Thi đua"; with a
    # tone mark of its own, "nhƣ" and a tilde read as "những". Offsets slice the text as read.
    text = "Căn cứ Luật Thi đua, khen thƣởng ngày 26/11/2003; Luật Bảo vệ bí mật nhà nƣớc."
    refs = extract_text(text).references
    assert [r.key.id for r in refs] == ["LUAT-QH-2003-luat-thi-dua-khen-thuong",
                                        "LUAT-QH-luat-bao-ve-bi-mat-nha-nuoc"]
    assert text[refs[0].start:refs[0].end] == "Luật Thi đua, khen thƣởng"
    assert to_nfc("nh\u01a3\u0303ng")[0] == "những"


def test_a_portals_xa_grave_in_capitals_is_xa_tilde() -> None:
    # "KINH TẾ - Xà HỘI" (a portal's capitals): the title in capitals had stopped at that line
    text = ("CHỈ THỊ\nCỦA THỦ TƯỚNG CHÍNH PHỦ SỐ 16/2001/CT-TTG\nNGÀY 21 THÁNG 6 NĂM 2001 VỀ VIỆC "
            "XÂY DỰNG KẾ HOẠCH\nPHÁT TRIỂN KINH TẾ - Xà HỘI NĂM 2002\nThực hiện Nghị quyết.\n")
    assert extract_text(text).identity.title == (
        "VỀ VIỆC XÂY DỰNG KẾ HOẠCH PHÁT TRIỂN KINH TẾ - XÃ HỘI NĂM 2002")
    # one character for one; not before a word in lower case
    assert to_nfc("Xà HỘI; Xà lách")[0] == "XÃ HỘI; Xà lách"


@pytest.mark.parametrize("slash", ["\u2044", "\u2215", "\uff0f"])
def test_a_fraction_division_or_full_width_slash_is_a_symbols_stroke(slash: str) -> None:
    # "Công điện số 1478⁄CĐ-TTg" (U+2044), as a news page set it; offsets slice the text as read
    text = f"Thực hiện Công điện số 1478{slash}CĐ-TTg ngày 10/10/2024 của Thủ tướng."
    ref = only(text)
    assert (ref.key.id, text[ref.start:ref.end]) == ("CD-1478-TTg-2024",
                                                     f"Công điện số 1478{slash}CĐ-TTg")


@pytest.mark.parametrize("date", ["16/7/20 21", "16 tháng 7 năm 20 21"])
def test_a_year_split_by_a_space_as_in_text_from_a_pdf_is_read_whole(date: str) -> None:
    ref = only(f"Căn cứ Quyết định số 24/2021/QĐ-TTg ngày {date} của Thủ tướng Chính phủ.")
    assert (ref.key.id, ref.date) == ("QD-24-TTg-2021", dt.date(2021, 7, 16))


@pytest.mark.parametrize("date", ["14 thánh 11 năm 2003", "14 ngày 11 năm 2003",
                                  "14 ngày 11 tháng 2003", "14 tháng 11 tháng 2003"])
def test_a_date_with_its_words_misprinted_is_read(date: str) -> None:
    text = (f"Căn cứ Nghị định số 134/2003/NĐ-CP ngày {date} quy định chi tiết thi hành một số "
            "điều của Pháp lệnh xử lý vi phạm hành chính năm 2002;")
    [decree] = [r for r in extract_text(text).references if r.kind == "symbol"]
    assert decree.date == dt.date(2003, 11, 14)  # was undated
    assert ("ND-134-CP-2003", "GUIDES", "PL-UBTVQH-2002-phap-lenh-xu-ly-vi-pham-hanh-chinh") in {
        (r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations}


@pytest.mark.parametrize("date", ["19 tháng 10 năm* *2025", "19* *tháng 10 năm 2025"])
def test_a_date_cut_by_markdowns_italics_is_read(date: str) -> None:
    ref = only(f"*Căn cứ Công văn số\n2350/BDTTG-VPQGDTMN ngày {date} của Bộ trưởng Bộ Dân tộc*")
    assert (ref.key.id, ref.date) == ("CV-2350-BDTTG-VPQGDTMN-2025", dt.date(2025, 10, 19))


def test_a_body_cut_by_markdowns_italics_is_read() -> None:
    # The decree details the law; before, the body was lost and the plan GUIDED the law.
    text = ("Căn cứ Nghị định số 200/2025/NĐ-CP ngày 09 tháng 7 năm 2025 của* *Chính phủ quy định "
            "chi tiết một số điều của Luật Phòng thủ dân sự;")
    assert only(text.replace(";", ".").split(" quy")[0] + ".").issuing_body == "Chính phủ"
    assert ("ND-200-CP-2025", "GUIDES", "LUAT-QH-luat-phong-thu-dan-su") in {
        (r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations}


@pytest.mark.parametrize("month", ["0 6", "0  6"])
def test_a_months_leading_zero_split_off_by_a_space_is_read_with_it(month: str) -> None:
    ref = only(f"Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 26 tháng {month} năm 2021 của Thủ tướng.")
    assert (ref.key.id, ref.date) == ("QD-24-TTg-2021", dt.date(2021, 6, 26))


@pytest.mark.parametrize("page", ["2", "- 2 -", "Trang 2/5"])
def test_a_symbol_that_a_page_broke_is_read_whole(page: str) -> None:
    ref = only(f"Căn cứ Thông tư số 183/2012/TT-\n\n{page}\n\nBNV ngày 29-5-2012 của Bộ Nội vụ.")
    assert (ref.key.id, ref.date) == ("TT-183-BNV-2012", dt.date(2012, 5, 29))


def test_a_month_wrapped_onto_a_line_of_its_own_is_no_pages_number() -> None:
    ref = only("Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16 tháng\n7\nnăm 2021 của Thủ tướng.")
    assert (ref.key.id, ref.date) == ("QD-24-TTg-2021", dt.date(2021, 7, 16))


@pytest.mark.parametrize("date", ["16 tháng 7/2021", "16 tháng 7-2021"])
def test_a_date_that_mixes_its_two_forms_is_read(date: str) -> None:
    ref = only(f"Căn cứ Quyết định số 24/2021/QĐ-TTg ngày {date} của Thủ tướng Chính phủ.")
    assert (ref.key.id, ref.date) == ("QD-24-TTg-2021", dt.date(2021, 7, 16))


def test_a_date_no_calendar_has_still_tells_the_year() -> None:
    (ref,) = extract_text("Kế hoạch số 35/KH-UBND ngày 31/4/2023 của UBND tỉnh Bình Định."
                          ).references
    assert (ref.date, ref.key.id, ref.issuing_body) == (
        None, "KH-35-UBND-2023-binh-dinh", "UBND tỉnh Bình Định")


@pytest.mark.parametrize("marker", ["[1]", " [1],", "(1)", "¹"])
def test_a_footnote_marker_after_a_symbol_keeps_its_date_and_body(marker: str) -> None:
    ref = only(f"Thực hiện Kế hoạch số 35/KH-UBND{marker} ngày 11/4/2023 của UBND tỉnh Trà Vinh.")
    assert (ref.key.id, ref.issuing_body) == ("KH-35-UBND-2023-tra-vinh", "UBND tỉnh Trà Vinh")


def test_an_issuing_body_ends_where_the_next_reference_starts() -> None:
    text = ("Triển khai Nghị quyết số 18/NQ-CP ngày 11/02/2023 của Chính phủ và Nghị quyết số "
            "05/2022/NQ-HĐND của HĐND tỉnh Sóc Trăng; Thông tư liên tịch số 03/2014/TTLT-BNV-BTC "
            "của Bộ Nội vụ và Bộ Tài chính.")
    assert [r.issuing_body for r in extract_text(text).references] == [
        "Chính phủ", "HĐND tỉnh Sóc Trăng", "Bộ Nội vụ và Bộ Tài chính"]


def test_an_issuing_body_ends_at_a_blank_line_before_a_capital() -> None:
    # A news page's headline, then its first paragraph; a body wrapped in lower case goes on.
    headline = "Triển khai Chỉ thị số 44-CT/TW của Ban Bí thư\n\nUBND tỉnh vừa ban hành Kế hoạch."
    wrapped = "Thực hiện Kế hoạch số 35/KH-UBND của Ủy ban nhân dân\n\ntỉnh Trà Vinh về việc ..."
    # Text from a PDF with a blank line after each line: a short line, a blank line again.
    spaced = ("Trọng tâm là Kế hoạch số 115-KH/TU ngày 19/6/2014 của Ban Thường vụ\n\nTỉnh ủy về "
              "thực hiện Nghị quyết số 169/NQ-CP ngày 20-3-2015 của Chính\n\nphủ.\n")
    # ... but not a heading in upper case: a title's end, then the authority under it
    authority = ("Tiếp tục chi trả hỗ trợ theo Nghị quyết số 03/2021/UBTVQH15 ngày 24 tháng 9 "
                 "năm 2021\ncủa Ủy ban Thường vụ Quốc hội\n\nỦY BAN THƯỜNG VỤ QUỐC HỘI\n\n")
    assert [extract_text(text).references[0].issuing_body
            for text in (headline, wrapped, spaced, authority)] == [
        "Ban Bí thư", "Ủy ban nhân dân tỉnh Trà Vinh", "Ban Thường vụ Tỉnh ủy",
        "Ủy ban Thường vụ Quốc hội"]


@pytest.mark.parametrize(("text", "key", "body"), [
    ("Ngày 26/11/2021, Thủ tướng Chính phủ ban hành Chỉ thị số 33/CT-TTg về tăng cường.",
     "CT-33-TTg-2021", "Thủ tướng Chính phủ"),
    ("Ngày 06/5/2022, Ủy ban nhân dân tỉnh Long An đã ban hành Kế hoạch số 72/KH-UBND.",
     "KH-72-UBND-2022-long-an", "Ủy ban nhân dân tỉnh Long An"),
    ("Ngày 3/5/2023, Sở Nội vụ có Công văn số 123/SNV-VP đề nghị báo cáo.",
     "CV-123-SNV-VP-2023", "Sở Nội vụ"),
    ("Ngày 08/02/2018, Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ đã ký kết Kế hoạch "
     "số 1573-KH/BDVTW-BCSĐCP.", "KH-1573-BDVTW-BCSDCP-2018",
     "Ban Dân vận Trung ương và Ban cán sự đảng Chính phủ"),
    # ... and how it issued it, which is no part of the body (it was "Đảng ủy xã cũng")
    ("Ngày 16 tháng 8 năm 2019 Đảng ủy xã cũng đã ban hành Kế hoạch số 291-KH/ĐU về tổ chức.",
     "KH-291-DU-2019", "Đảng ủy xã"),
    ("Ngày 1/2/2020, UBND tỉnh vừa chính thức ban hành Kế hoạch số 12/KH-UBND.",
     "KH-12-UBND-2020", "UBND tỉnh"),
    # ... also by a decision it signed: "ký quyết định ban hành", "có quyết định ban hành"
    ("Ngày 30/5/2025, Ban Chấp hành Trung ương đã ký quyết định ban hành Quy định số 296-QĐ/TW"
     " về công tác kiểm tra.", "QD-296-TW-2025", "Ban Chấp hành Trung ương"),
    ("Ngày 27/5/2022, UBND tỉnh ra quyết định ban hành Kế hoạch số 35/KH-UBND.",
     "KH-35-UBND-2022", "UBND tỉnh"),  # ("ra quyết định", made one)
    # ... or made it public ("công bố")
    ("Ngày 05/3/2024, Thủ tướng Chính phủ công bố Quyết định 222/QĐ-TTg về Kế hoạch.",
     "QD-222-TTg-2024", "Thủ tướng Chính phủ"),
])
def test_a_report_may_tell_the_date_and_body_before_the_document(
        text: str, key: str, body: str) -> None:
    ref = only(text)
    assert (ref.key.id, ref.issuing_body) == (key, body)


def test_a_date_before_other_words_dates_nothing() -> None:
    assert keys("Ngày 3/5/2023, tỉnh tổ chức hội nghị quán triệt Chỉ thị số 33/CT-TTg.") == [
        "CT-33-TTg"]
    # ... nor does another document's date: "ngày ban hành Nghị quyết" follows the decision's.
    assert keys("UBND tỉnh ban hành Quyết định số 685/QĐ-UBND ngày 21/3/2022 chọn ngày ban hành "
                "Nghị quyết 06-NQ/TU là Ngày chuyển đổi số.") == ["QD-685-UBND-2022", "NQ-6-TU"]


def test_a_symbol_in_small_letters_is_read_in_capitals_where_its_codes_are_known() -> None:
    # a portal's title or tag: "thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp"
    text = "Thông tư 77/2014/tt-btc hướng dẫn nghị định 46/2014/nđ-cp\n"
    assert ("TT-77-BTC-2014", "GUIDES", "ND-46-CP-2014") in {
        (r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations}
    # ... not a web address's path, nor words that are no codes
    assert keys("https://vbpl.vn/46/2014/nd-cp; 3/luat-bien; 14/can-thiet") == []


@pytest.mark.parametrize("row", [
    "| 1 | 72/KH-UBND | 06/5/2022 | Kế hoạch thực hiện Chỉ thị 33 |",
    "1\tKế hoạch số 72/KH-UBND\t06/5/2022\tKế hoạch thực hiện",
    "1     Kế hoạch số 72/KH-UBND      06/5/2022      Kế hoạch thực hiện",
    "| 1 | 72/KH-UBND | ngày 06 tháng 5 năm 2022 | Kế hoạch thực hiện Chỉ thị 33 |",  # "ngày"
])
def test_a_table_row_dates_a_symbol_in_the_next_cell(row: str) -> None:
    assert keys(row) == ["KH-72-UBND-2022"]


def test_a_year_after_an_undated_symbol_is_the_documents_year() -> None:
    text = "Căn cứ Kế hoạch số 35/KH-UBND năm 2023 của UBND tỉnh Bình Định."
    assert keys(text) == ["KH-35-UBND-2023-binh-dinh"]
    assert extract_text(text).references[0].date is None
    # ... also alone, as a portal's headline writes it; not a period
    assert keys("Quyết định 891/QĐ-UBND 2019 công bố danh mục thủ tục của UBND tỉnh Bến Tre; Kế "
                "hoạch số 12/KH-UBND 2021-2025 của UBND tỉnh Bến Tre.") == [
        "QD-891-UBND-2019-ben-tre", "KH-12-UBND-ben-tre"]
    # ... or after the issuer's province, as another portal's headline writes it
    assert keys("Quyết định 832/QĐ-UBND Thanh Hóa 2024 danh mục dự án đấu giá quyền sử dụng "
                "đất") == ["QD-832-UBND-2024-thanh-hoa"]
    assert keys("Kế hoạch 08/KH-UBND Bà Rịa - Vũng Tàu 2026 ngăn chặn buôn lậu") == [
        "KH-8-UBND-2026-ba-ria-vung-tau"]


def test_a_day_and_month_after_a_symbol_with_its_year_date_it_in_that_year() -> None:
    text = ("Thực hiện Quyết định số 69/2021/QĐ-UBND ngày 22/12 về việc ban hành hệ số; Nghị định"
            " số 162/2017/NĐ-CP ngày 30/12 của Chính phủ; Quyết định số 5/2020/QĐ-UBND ngày "
            "15/5/20; Quyết định số 7/2020/QĐ-UBND ngày 31/02.")
    assert [r.date for r in extract_text(text).references] == [
        dt.date(2021, 12, 22), dt.date(2017, 12, 30), None, None]  # (a year cut short, no
    # calendar date)


def test_the_national_assemblys_committees_with_their_term_are_central() -> None:
    assert keys(TRA_VINH + "Xét Báo cáo thẩm tra số 417/BC-UBPLTP15 ngày 03/6/2025; Báo cáo "
                "số 12/BC-HĐDT15 ngày 1/6/2025.") == ["BC-417-UBPLTP15-2025", "BC-12-HDDT15-2025"]


def test_a_law_of_before_2002_is_the_order_that_promulgated_it_and_carries_its_symbol() -> None:
    refs = extract_text(TRA_VINH + "Căn cứ Luật Đất đai số 24-L/CTN ngày 14/7/1993; Pháp lệnh số "
                        "14-LCT/HĐNN7 ngày 4-4-1984; Luật số 45/2013/QH13 (Lệnh công bố số "
                        "12/2013/L-CTN).").references
    assert [(r.key.id, r.key.symbol) for r in refs] == [
        ("L-24-CTN-1993", "24-L/CTN"), ("LCT-14-HDNN-1984", "14-LCT/HĐNN"),
        ("LUAT-45-QH13-2013", "45/2013/QH13"), ("L-12-CTN-2013", "12/2013/L-CTN")]


def test_a_ministrys_code_before_the_mergers_of_2007_and_2008_is_central() -> None:
    assert keys(TRA_VINH + "Căn cứ Thông tư số 01/2007/TT-BKH; Quyết định số 15/2006/QĐ-BTS; "
                "Thông tư số 04/2007/TT-BTM.") == ["TT-1-BKH-2007", "QD-15-BTS-2006",
                                                   "TT-4-BTM-2007"]  # were Trà Vinh's


def test_a_district_in_the_issuing_body_tells_the_province() -> None:
    assert keys(TRA_VINH + "Kế hoạch số 258/KH-UBND ngày 20/12/2023 của UBND huyện Hương Sơn.") \
        == ["KH-258-UBND-2023-ha-tinh"]
    # ... a numbered one is Hồ Chí Minh City's, also one merged away (Quận 2 and 9, in 2021)
    assert keys("Căn cứ Nghị quyết số 10/2007/NQ-HĐND ngày 04/5/2007 của Hội đồng nhân dân Quận 2.") \
        == ["NQ-10-HDND-2007-ho-chi-minh"]


@pytest.mark.parametrize(("body", "province"), [
    ("UBND TP. Đà Nẵng", "da-nang"),  # "Nẵng" folds as "nâng", which ends a body
    ("UBND TP.HCM", "ho-chi-minh"), ("UBND TP. HCM", "ho-chi-minh"),  # was no province
    ("UBND huyện Quỳ Hợp", "nghe-an"),  # "Quỳ" folds as "quy" ("quy định") does
    ("Ủy ban nhân dân (UBND) tỉnh Bến Tre", "ben-tre"),  # an abbreviation inside the body
    ("Ủy ban nhân dân Thủ đô Hà Nội", "ha-noi"),  # "đô", the capital, folds as "do" (by)
    ("Ủy ban nhân dân Quận 1 thành phố Hồ Chí Minh", "ho-chi-minh"),  # a numbered district
])
def test_the_province_an_issuing_body_names_as_it_is_written(body: str, province: str) -> None:
    (ref,) = extract_text(TRA_VINH + f"Kế hoạch số 35/KH-UBND ngày 11/4/2023 của {body}.").references
    assert (ref.issuing_body, ref.key.id) == (body, f"KH-35-UBND-2023-{province}")


@pytest.mark.parametrize(("place", "province"), [
    ("TP.HCM", "Hồ Chí Minh"), ("TP. HCM", "Hồ Chí Minh"), ("Tp.Hồ Chí Minh", "Hồ Chí Minh"),
    ("TT-Huế", "Thừa Thiên Huế"), ("TT Huế", "Thừa Thiên Huế"), ("TP.Huế", "Thừa Thiên Huế"),
    ("Đăk Lăk", "Đắk Lắk"), ("Kontum", "Kon Tum"), ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
])
def test_a_place_names_its_province_as_news_and_headers_spell_it(place: str, province: str) -> None:
    assert canonical_province(place) == province


@pytest.mark.parametrize(("cited", "body", "key"), [
    # a code of no known level goes by its body: this council sits at the centre
    ("Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021", "Hội đồng Thi đua - Khen thưởng Trung ương",
     "KH-16-HDTDKT-2021"),
    ("Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021", "Hội đồng Thi đua - Khen thưởng tỉnh",
     "KH-16-HDTDKT-2021-tra-vinh"),
    # and so does a code of both levels: a steering committee's
    ("Công văn số 43-CV/BCĐ ngày 12/12/2024", "Ban Chỉ đạo Trung ương", "CV-43-BCD-2024"),
    ("Công văn số 43-CV/BCĐ ngày 12/12/2024", "Ban Chỉ đạo tỉnh", "CV-43-BCD-2024-tra-vinh"),
    # ... and a Party committee's: that of a central body is central (it had been the citing
    # province's), that of a commune or a province's military command local
    ("Công văn số 116-CV/ĐU ngày 06/5/2025", "Đảng ủy Bộ Nông nghiệp và Môi trường",
     "CV-116-DU-2025"),
    ("Nghị quyết số 05-NQ/ĐU ngày 6/1/2025", "Đảng ủy Chính phủ", "NQ-5-DU-2025"),
    ("Nghị quyết số 05-NQ/ĐU ngày 6/1/2025", "Đảng ủy xã Tân Phú", "NQ-5-DU-2025-tra-vinh"),
    ("Nghị quyết số 05-NQ/ĐU ngày 6/1/2025", "Đảng ủy Quân sự tỉnh", "NQ-5-DU-2025-tra-vinh"),
    # a national agency by its name's end or its first words; the Front names "Việt Nam" at
    # every level, so its centre must say "Trung ương"
    ("Công văn số 123/BHXH-CSXH ngày 2/3/2023", "Bảo hiểm xã hội Việt Nam",
     "CV-123-BHXH-CSXH-2023"),
    ("Công văn số 45/BHXH-TST ngày 5/3/2023", "Bảo hiểm xã hội tỉnh",
     "CV-45-BHXH-TST-2023-tra-vinh"),
    ("Công văn số 46/BHXH-TST ngày 5/3/2023", "BHXH thành phố Cần Thơ",
     "CV-46-BHXH-TST-2023-can-tho"),
    ("Quyết định số 2103/QĐ-BHXH ngày 6/6/2012", "Giám đốc Bảo hiểm xã hội Thành phố Cần Thơ",
     "QD-2103-BHXH-2012-can-tho"),  # was central: the office's name did not open the body
    ("Công văn số 7/TCT-CS ngày 1/2/2023", "Tổng cục Thuế", "CV-7-TCT-CS-2023"),
    ("Kế hoạch số 6/KH-UBATGTQG ngày 1/3/2023", "Ủy ban An toàn giao thông Quốc gia",
     "KH-6-UBATGTQG-2023"),
    ("Kế hoạch số 5/KH-MTTQ-BTT ngày 1/3/2023", "Ban Thường trực Ủy ban MTTQ Việt Nam",
     "KH-5-MTTQ-BTT-2023-tra-vinh"),
    ("Kế hoạch số 6/KH-MTTQ-BTT ngày 1/3/2023",
     "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam", "KH-6-MTTQ-BTT-2023"),
    # a ministry's công văn, its code without the "B" of its other documents; not a province's
    # military command
    ("Công văn số 3444/LĐTBXH-VPQGGN ngày 5/9/2022", "Bộ Lao động - Thương binh và Xã hội",
     "CV-3444-LDTBXH-VPQGGN-2022"),
    # ... which is central by its code too; a province's department that writes it is not
    ("Công văn số 3444/LĐTBXH-VPQGGN ngày 5/9/2022", "Vụ Kế hoạch - Tài chính",
     "CV-3444-LDTBXH-VPQGGN-2022"),
    ("Công văn số 123/LĐTBXH-VP ngày 2/3/2020", "Sở Lao động - Thương binh và Xã hội",
     "CV-123-LDTBXH-VP-2020-tra-vinh"),
    ("Kế hoạch số 12/KH-BCHQS ngày 1/1/2024", "Bộ Chỉ huy Quân sự tỉnh",
     "KH-12-BCHQS-2024-tra-vinh"),
])
def test_a_body_of_the_centre_makes_a_code_that_is_not_only_local_central(
        cited: str, body: str, key: str) -> None:
    (ref,) = extract_text(TRA_VINH + f"Thực hiện {cited} của {body}, "
                          "Ủy ban nhân dân tỉnh ban hành Kế hoạch.").references
    assert (ref.issuing_body, ref.key.id) == (body, key)


def test_the_body_that_proposes_is_the_submissions_issuer() -> None:
    # "Theo đề nghị của <body> tại Tờ trình số ...": the body stands before the symbol
    (ref,) = extract_text(TRA_VINH + "Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã "
                          "hội tại Tờ trình số 88/TTr-LĐTBXH ngày 20/5/2016,").references
    assert ref.key.id == "TTr-88-LDTBXH-2016-tra-vinh"  # not the ministry's
    # ... and a province named so, in a decision of the Prime Minister
    (ref,) = extract_text("THỦ TƯỚNG CHÍNH PHỦ\nSố: 2622/QĐ-TTg\nHà Nội, ngày 31 tháng 12 năm 2013"
                          "\nXét đề nghị của Ủy ban nhân dân tỉnh Quảng Ninh tại tờ trình số "
                          "6158/TTr-UBND ngày 12 tháng 11 năm 2013,").references
    assert ref.key.id == "TTr-6158-UBND-2013-quang-ninh"


@pytest.mark.parametrize("body", [
    # second words that are common words elsewhere count after their first word only
    "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Văn phòng UBND tỉnh", "phòng Tư pháp huyện",
    # the council's committees
    "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh", "Ban Pháp chế HĐND tỉnh",
    # ministries and departments, with the fields they name in lower case
    "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp & PTNT - Tổng cục Thủy lợi",
    "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ", "Sở Y tế tỉnh",
    "Sở Giao thông vận tải", "Bộ Quốc phòng", "Ngân hàng Nhà nước Việt Nam",
    # mass organisations
    "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Liên đoàn Lao động tỉnh", "Hội Cựu chiến binh tỉnh",
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh", "Liên minh Hợp tác xã tỉnh",
    "Hội Chữ thập đỏ tỉnh", "Hội Người cao tuổi tỉnh",
    # agencies of the State, of today and of the past
    "Bộ Thương mại", "Bộ Thủy sản", "Bộ Bưu chính, Viễn thông", "Bảo hiểm xã hội Việt Nam",
    "Bộ Công nghiệp",  # to 2007 (was "Bộ Công")
    "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tỉnh", "Kiểm toán Nhà nước",
    "Kho bạc Nhà nước tỉnh", "Ngân hàng Chính sách xã hội", "Trung tâm Y tế huyện",
    "Đài Phát thanh và Truyền hình tỉnh", "Ủy ban An toàn giao thông Quốc gia",
    "Tổ công tác",  # before "chuyên trách cải cách thủ tục hành chính của Thủ tướng ..."
    # a Party bloc's committee, also in lower case, and the Party's academy (was "Học")
    "Đảng ủy Khối Doanh nghiệp Trung ương", "Đảng ủy khối doanh nghiệp tỉnh",
    "Học viện Chính trị quốc gia Hồ Chí Minh", "Ủy ban Pháp luật và Tư pháp",  # was "Ủy ban Pháp"
    # the ministries of a joint circular, three of them past one body's length, or listed
    # with commas (each had been cut: "... Bộ Kế hoạch và Đầu", "Bộ Tài chính")
    "Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính - Bộ Kế hoạch và Đầu tư",
    "Bộ Tài chính, Bộ Kế hoạch và Đầu tư", "Bộ Công an, Bộ Ngoại giao",
    # a coordination office, its field in lower case (it was "Văn phòng Điều", a province's)
    "Văn phòng Điều phối nông thôn mới Trung ương",
])
def test_bodies_of_the_forces_offices_and_ministries_are_read_whole(body: str) -> None:
    (ref,) = extract_text(TRA_VINH + f"Kế hoạch số 5/KH-UBND ngày 1/2/2024 của {body} phòng, "
                          "chống dịch, an ninh trật tự.").references
    assert ref.issuing_body == body


@pytest.mark.parametrize(("body", "after"), [
    ("Ủy ban nhân dân tỉnh", "Phê duyệt Đề án"), ("Ủy ban nhân dân tỉnh", "Thành lập Ban"),
    ("Sở Nội vụ", "Hướng dẫn thực hiện"), ("Ủy ban nhân dân tỉnh", "Kiện toàn Ban"),
    ("Ủy ban nhân dân tỉnh", "Điều chỉnh Kế hoạch"), ("Bộ Tài chính", "Sửa đổi, bổ sung"),
    ("Ủy ban nhân dân tỉnh", "Công bố thủ tục"), ("Ủy ban nhân dân tỉnh", "Bãi bỏ văn bản"),
    ("Ủy ban nhân dân tỉnh", "Phân công nhiệm vụ"),
    ("Đảng ủy xã Nghĩa Tá", "tổ chức Hội nghị"),  # was "... Nghĩa Tá tổ chức Hội"
    ("Tỉnh ủy", "hành động thực hiện"),  # a programme's "of action", wrapped after its body
    ("Hội đồng nhân dân tỉnh Vĩnh Long", "thông qua Đề án"),  # passed, not "Giao thông"
    ("Tỉnh ủy Ninh Thuận", "và tình hình thực tế"),  # "tình" is no "tỉnh"
    ("Bộ Tài chính", "thì thuế suất"),  # "thì" (then) is no "thị" ("thị xã")
    ("UBND tỉnh Đồng Nai", "vẫn giữ nguyên giá trị pháp lý"),  # "vẫn" (still), no "văn"
    ("Ban Bí thư Trung ương Đảng", "và sự lãnh đạo trực tiếp"),  # no body after "và sự"
    ("Tỉnh ủy Lào Cai", "thành các chương trình"),  # "thành" (into), not "thành phố"
    ("Ban Chap hanh Dang bo tinh Ha Tinh", "ve"),  # text without tones keeps "bo", "tinh"
    ("Ban Tổ chức Tỉnh ủy", "về"), ("Phòng Tổ chức cán bộ Sở Nội vụ", "về"),
    ("Bộ Xây dựng", "và chỉ đạo của UBND tỉnh"),  # "chỉ đạo" (direction) after a body
    ("Chính phủ", "Phiên họp Chính phủ thường kỳ tháng 5"),  # a session, no body's word
    ("Ban Chỉ đạo tỉnh", "về"), ("Ban chỉ đạo huyện", "về"),  # ... but a steering committee
    ("Ủy ban nhân dân huyện Hương Sơn", "về"),  # a place, where "Hướng dẫn" is a verb
    ("Ban Bí thư", "\nCăn cứ tình hình thực tế"),  # a title's end, then the preamble
    # a province's or district's full name ends the body; a title runs on after it
    ("Ủy ban nhân dân tỉnh Bình Phước", "Tách phòng Tổ chức"),
    ("UBND huyện Bù Đốp", "Cho phép thành lập Hội"), ("Tỉnh ủy Bình Phước", "Không thu"),
    ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Bổ sung"),  # "Thừa Thiên" goes on with "Huế"
    ("UBND huyện Long Thành Tỉnh Đồng Nai", "Cho phép"),  # a kind capitalised goes on
    # a title's body, then the enacting authority repeated under it
    ("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN", "\n\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n\nCăn cứ"),
    ("UBND TỈNH KIÊN GIANG", "\n\nỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\n\nCăn cứ"),
    # an upper-case title's words after the body
    ("THỦ TƯỚNG CHÍNH PHỦ", "TRÊN ĐỊA BÀN TỈNH BÌNH PHƯỚC\n\nỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"),
    ("BỘ CHÍNH TRỊ", "TRONG TÌNH HÌNH MỚI"), ("TỈNH ỦY", "ĐẾN NĂM 2030"),
])
def test_a_title_that_starts_with_its_verb_in_capitals_ends_the_body(body: str, after: str
                                                                      ) -> None:
    (ref,) = extract_text(TRA_VINH + f"Quyết định số 5/QĐ-UBND ngày 1/2/2024 của {body} {after} "
                          "giai đoạn 2021-2025.").references
    assert ref.issuing_body == body


@pytest.mark.parametrize(("body", "after"), [
    ("Giám đốc Sở Giáo dục và Đào tạo", "về việc"),  # was "Giám"
    ("Chủ nhiệm Văn phòng Chính phủ", "hướng dẫn"),  # was "Chủ"
    ("Bộ trưởng Bộ GD&ĐT", "bổ sung vào điểm a"),  # "bổ" is no "bộ" ("Đảng bộ")
])
def test_an_officials_title_is_read_whole_and_a_verb_ends_it(body: str, after: str) -> None:
    (ref,) = extract_text(TRA_VINH + f"Quyết định số 5/QĐ-UBND ngày 1/2/2024 của {body} {after} "
                          "giai đoạn 2021-2025.").references
    assert ref.issuing_body == body


@pytest.mark.parametrize(("body", "after"), [
    # no word in lower case goes on "Chính phủ", "Quốc hội", "Bộ Chính trị", "Ban Bí thư"
    ("Chính phủ", "quản lý, cung cấp dịch vụ Internet"), ("Thủ tướng Chính phủ", "thì"),
    ("Chính phủ", "và pháp luật hiện hành"), ("Quốc hội", "nước Cộng hòa"),
    # ... nor does the next reference: a type word and its number, also "Văn bản số"
    ("Quốc hội", "\nCông điện 230/CĐ-TTg năm 2025"), ("Chính phủ", "và Văn bản số 7244/VPCP-CN"),
    ("Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "về"),  # a joint body
    ("Chính phủ", "\n\nĐiều 8"),  # an article's number, in a table's next cell
    ("Chính phủ", "Điểm a khoản 1 Điều 3 quy định"),  # an article's part
    ("Bộ Chính trị", "\nBộ Y tế \nCác bộ, \ncơ quan"),  # a table's next cells, a line each
])
def test_a_body_ends_where_no_body_goes_on(body: str, after: str) -> None:
    (ref,) = [r for r in extract_text(TRA_VINH + f"Quyết định số 5/QĐ-UBND ngày 1/2/2024 của "
                                      f"{body} {after}.").references if r.key.number == "5"]
    assert ref.issuing_body == body


@pytest.mark.parametrize("body", [
    # each was cut after its first word or two
    "Thống đốc Ngân hàng Nhà nước Việt Nam", "Chánh án Tòa án nhân dân tối cao",
    "Tổng công ty Khí Việt Nam", "Tổ giúp việc Ban chỉ đạo Trung ương",
    "Cục An ninh kinh tế - Bộ Công an", "Cục Hóa chất", "Bộ trưởng Bộ\n\nCông Thương",
    "Ban Bí thư\nTrung ương Đảng",  # a whole name's next line goes on in a Party name
])
def test_the_lower_case_words_of_an_agencys_name_are_read(body: str) -> None:
    (ref,) = extract_text(TRA_VINH + f"Quyết định số 5/QĐ-UBND ngày 1/2/2024 của {body} về "
                          "việc phân công.").references
    assert ref.issuing_body == " ".join(body.split())


def test_a_doubled_cua_is_no_word_of_the_body() -> None:
    (ref,) = extract_text(TRA_VINH + "BÃI BỎ QUYẾT ĐỊNH SỐ 07/2022/QĐ-UBND NGÀY 17 THÁNG 02 NĂM "
                          "2022 CỦA CỦA ỦY BAN NHÂN DÂN TỈNH TRÀ VINH").references
    assert ref.issuing_body == "ỦY BAN NHÂN DÂN TỈNH TRÀ VINH"  # was "CỦA ỦY BAN ..."


def test_a_local_committees_plenum_is_read_whole_as_the_body() -> None:
    (ref,) = extract_text(TRA_VINH + "Nghị quyết số 12-NQ/TU ngày 12/11/2021 của Hội nghị lần "
                          "thứ năm Ban Chấp hành Đảng\nbộ tỉnh khoá XVI về chuyển đổi số.").references
    assert ref.issuing_body == "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh"  # was "Hội"


def test_a_body_that_names_a_local_one_is_not_of_the_centre() -> None:
    assert names_central_body(fold_words("Ban Chỉ đạo 35 Trung ương"))
    # a board numbered as the Government's: its plan had been a province's (Hà Nội's date line)
    assert names_central_body(fold_words("BAN CHỈ ĐẠO 138/CP"))
    assert not names_central_body(fold_words("Ban Chỉ đạo 138 tỉnh"))
    # ... and one named "Trung ương" before its subject (its plan had been Hà Nội's)
    assert names_central_body(fold_words("BAN CHỈ ĐẠO TRUNG ƯƠNG PHONG TRÀO “TOÀN DÂN ĐOÀN KẾT "
                                         "XÂY DỰNG ĐỜI SỐNG VĂN HÓA”"))
    assert not names_central_body(
        fold_words("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"))


def test_the_same_local_symbol_is_two_documents_in_two_provinces() -> None:
    tra_vinh = TRA_VINH + "Quyết định số 1167-QĐ/TU ngày 08/12/2021 của Ban Thường vụ Tỉnh ủy."
    quang_ngai = QUANG_NGAI + "Quyết định số 1167-QĐ/TU ngày 11/8/2023 của Ban Thường vụ Tỉnh ủy."
    assert keys(tra_vinh) == ["QD-1167-TU-2021-tra-vinh"]
    assert keys(quang_ngai) == ["QD-1167-TU-2023-quang-ngai"]


def test_two_party_resolutions_with_one_number_are_two_documents() -> None:
    text = ("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương (khóa XII); "
            "Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương (khóa XIII).")
    assert keys(text) == ["NQ-18-TW-2017", "NQ-18-TW-2022"]


def test_an_undated_party_document_of_another_term_is_not_the_dated_one() -> None:
    # Party documents are numbered per term: "khóa XIII" rules out the 2017 resolution, in the
    # text and in the corpus, and a short form may be either.
    text = ("Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị (khóa XII); "
            "Nghị quyết số 35-NQ/TW của Bộ Chính trị khóa XIII; Nghị quyết 35.")
    refs = extract_text(text).references
    assert [(r.key.id, r.status) for r in refs] == [
        ("NQ-35-TW-2018", Status.RESOLVED), ("NQ-35-TW", Status.UNDATED)]
    extractions = extract_corpus([
        ("a.txt", text),
        ("b.txt", "Nghị quyết số 35-NQ/TW ngày 09/12/2024 của Bộ Chính trị."),
    ])
    assert [r.key.id for r in extractions[0].references] == ["NQ-35-TW-2018", "NQ-35-TW-2024"]


def test_an_undated_central_committee_resolution_of_a_known_term_takes_its_date() -> None:
    # A term numbers its resolutions once: 18-NQ/TW of term XIII is the plenum's of 16/6/2022,
    # which `known.py` lists. Without the term, 18-NQ/TW may be of any term.
    refs = extract_text("Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương "
                        "(khóa XII); Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa "
                        "XIII; Nghị quyết số 36-NQ/TW.").references
    assert [(r.key.id, r.status, r.date and r.date.isoformat()) for r in refs] == [
        ("NQ-18-TW-2017", Status.RESOLVED, "2017-10-25"),
        ("NQ-18-TW-2022", Status.RESOLVED, "2022-06-16"), ("NQ-36-TW", Status.UNDATED, None)]


def test_an_undated_mention_takes_the_date_of_a_dated_one_in_the_document() -> None:
    text = "Nghị quyết số 25-NQ/TW ngày 03/6/2013; Kết luận tiếp tục thực hiện Nghị quyết số 25-NQ/TW."
    refs = extract_text(text).references
    assert [r.key.id for r in refs] == ["NQ-25-TW-2013", "NQ-25-TW-2013"]
    assert refs[1].date is not None and refs[1].date.isoformat() == "2013-06-03"


def test_an_undated_mention_takes_the_single_matching_document_of_the_corpus() -> None:
    extractions = extract_corpus([
        ("a.txt", "Kết luận số 65-KL/TW của Ban Bí thư."),
        ("b.txt", "Kết luận số 65-KL/TW ngày 04/4/2013 của Ban Bí thư."),
    ])
    assert extractions[0].references[0].key.id == "KL-65-TW-2013"
    assert extractions[0].references[0].status == Status.RESOLVED


def test_an_undated_mention_nothing_dates_stays_undated_and_says_so() -> None:
    ref = only("Kết luận số 65-KL/TW của Ban Bí thư Trung ương Đảng.")
    assert ref.key == DocumentKey("KL", "65", "TW", None, None)
    assert ref.status == Status.UNDATED


def test_two_candidates_in_the_corpus_make_an_ambiguous_reference() -> None:
    extractions = extract_corpus([
        ("a.txt", "Nghị quyết số 18-NQ/TW."),
        ("b.txt", "Nghị quyết số 18-NQ/TW ngày 25/10/2017; Nghị quyết số 18-NQ/TW ngày 16/6/2022."),
    ])
    ref = extractions[0].references[0]
    assert ref.status == Status.AMBIGUOUS
    assert [k.id for k in ref.candidates] == ["NQ-18-TW-2017", "NQ-18-TW-2022"]


def test_type_word_and_type_code_must_agree() -> None:
    ref = only("Căn cứ Chỉ thị số 33/TT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.")
    assert ref.key.id == "CT-33-TTg-2021"
    assert [(r.field, r.printed, r.repaired) for r in ref.repairs] == [("type", "TT", "CT")]
    # A conclusion the Government Office announces carries its announcement's code: no typo.
    assert keys("Thực hiện Kết luận số 31/TB-VPCP ngày 25/02/2021; Thông báo số 31/TB-VPCP.") == [
        "TB-31-VPCP-2021", "TB-31-VPCP-2021"]
    # "Công văn" is said of any official document: the symbol's code types it.
    assert keys("Theo Công văn 09-QC/TW ngày 05/01/2026; Công văn số 8011-CV/BTCTW.") == [
        "QC-9-TW-2026", "CV-8011-BTCTW"]


@pytest.mark.parametrize("text", [
    "Thông báo kết luận số 12-TB/TW", "Báo cáo thẩm tra số 30/BC-VHXH",
    "Chương trình hành động số 28-CTr/TU", "Kế hoạch hành động số 334/KH-UBND",
])
def test_a_type_word_of_several_words_is_part_of_the_mention(text: str) -> None:
    assert only(f"Xét {text} ngày 05/7/2023.").text == text


def test_a_joint_type_code_agrees_with_its_type_word() -> None:
    # "liên tịch" (joint) codes end in LT; the word before may leave "liên tịch" out.
    assert keys("Căn cứ Thông tư số 01/2015/TTLT-BNV-BTC ngày 14/4/2015; Nghị quyết liên tịch "
                "số 01/2016/NQLT-CP-ĐCTUBTWMTTQVN ngày 15/4/2016.") == [
        "TTLT-1-BNV-BTC-2015", "NQLT-1-CP-DCTUBTWMTTQVN-2016"]


def test_a_central_body_with_a_local_code_is_a_typo_for_tw() -> None:
    ref = only("Kết luận số 114-KL/TU ngày 14/7/2015 của Ban Bí thư về nâng cao hiệu quả.")
    assert ref.key.id == "KL-114-TW-2015"
    assert [(r.field, r.printed, r.repaired) for r in ref.repairs] == [("issuer", "TU", "TW")]


def test_conflicting_dates_of_one_symbol_the_majority_wins_and_the_repair_is_recorded() -> None:
    text = ("Đề án số 15-ĐA/TU, ngày 18/8/2022; Đề án số 15-ĐA/TU ngày 18/8/2022; "
            "báo cáo Đề án số 15-ĐA/TU ngày 18/8/2024 của Ban Thường vụ Tỉnh ủy.")
    refs = extract_text(text).references
    assert {r.key.id for r in refs} == {"DA-15-TU-2022"}
    assert [r.field for r in refs[2].repairs] == ["date"]


@pytest.mark.parametrize(("named", "cited", "law"), [
    ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022.",
     "Thực hiện Luật Dân chủ ở cơ sở hiệu quả.", "LUAT-10-QH15-2022"),
    ("Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15 ngày 10/11/2022.",
     "Triển khai thi hành Luật Thực hiện dân chủ ở cơ sở.", "LUAT-10-QH15-2022"),
    # ... also without the country's name that ends the law's
    ("Luật Biên phòng Việt Nam số 66/2020/QH14 ngày 11/11/2020.",
     "Triển khai thi hành Luật Biên phòng.", "LUAT-66-QH14-2020"),
    # ... dated by its year, which makes a law known by name
    ("Luật Quốc tịch Việt Nam số 24/2008/QH12 ngày 13/11/2008.",
     "Căn cứ Luật Quốc tịch năm 2008;", "LUAT-24-QH12-2008"),
    # ... also by a bracket that numbers the name
    ("Luật sửa đổi Luật Doanh nghiệp 2025 (Luật số 76/2025/QH15) có hiệu lực.",
     "Hướng dẫn Luật sửa đổi Luật Doanh nghiệp 2025.", "LUAT-76-QH15-2025"),
    # ... but a short form keeps two words of its own after the head: "Pháp lệnh giá" is no
    # "Pháp lệnh Lưu trữ quốc gia" (their last words fold alike)
    ("Pháp lệnh Lưu trữ quốc gia ngày 04/4/2001.", "Căn cứ Pháp lệnh giá;",
     "PL-UBTVQH-phap-lenh-gia"),
    # ... other than "sửa đổi": "Luật sửa đổi" (the amending law) was the "Luật Xây dựng sửa
    # đổi" of another text
    ("Luật Xây dựng sửa đổi năm 2020; Luật Xây dựng sửa đổi năm 2020.",
     "Tuyên truyền nội dung của Luật sửa đổi.", "LUAT-QH-luat-sua-doi"),
])
def test_a_law_name_tied_to_a_symbol_resolves_bare_and_short_mentions_everywhere(
        named: str, cited: str, law: str) -> None:
    extractions = extract_corpus([("a.txt", named), ("b.txt", cited)])
    assert extractions[1].references[0].key.id == law


def test_a_law_an_amending_law_names_is_older_than_the_amending_law() -> None:
    # The text names the Luật Hải quan of 2014 too, which the bare name inside was read as.
    text = ("Luật Hải quan năm 2014 có hiệu lực từ ngày 01/01/2015. Luật này thay thế Luật Hải "
            "quan số 29/2001/QH10 năm 2001 và Luật sửa đổi, bổ sung một số điều của Luật Hải quan"
            " số 42/2005/QH11 năm 2005.")
    rels = {(r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations}
    assert ("LUAT-42-QH11-2005", "AMENDS", "LUAT-29-QH10-2001") in rels
    # ... before its year: a law of its year is no older one it amends
    extractions = extract_corpus([
        ("a.txt", "Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003."),
        ("b.txt", "Theo Luật Thi đua, khen thưởng năm 2013."),
        ("c.txt", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thi đua, khen thưởng ngày 16 "
                  "tháng 11 năm 2013;")])
    assert {(r.relation.value, r.target.id) for r in extractions[2].relations} >= {
        ("AMENDS", "LUAT-QH-2003-luat-thi-dua-khen-thuong")}  # was the "năm 2013" node


def test_an_undated_plenum_resolution_whose_subject_is_known_takes_its_date() -> None:
    refs = extract_text("Truyền đạt Nghị quyết số 42-NQ/TW về tiếp tục đổi mới, nâng cao chất "
                        "lượng chính sách xã hội; Nghị quyết số 42-NQ/TW về du lịch.").references
    assert [r.key.id for r in refs] == ["NQ-42-TW-2023", "NQ-42-TW"]  # another subject: not it


def test_a_name_spelled_two_ways_is_one_key() -> None:
    # "Hoá" places the tone mark the older way; both make one id, so one node and one relation.
    refs = extract_text("Căn cứ Luật Hóa chất; thực hiện Luật Hoá chất.").references
    assert refs[0].key == refs[1].key
    assert len(extract_text("Căn cứ Luật Hóa chất; thực hiện Luật Hoá chất.").relations) == 1
    # ... and so are a field's letters and its words: "BHYT" is "bảo hiểm y tế"
    refs = extract_text("Căn cứ Luật Bảo hiểm y tế; Điều 22 Luật BHYT.").references
    assert refs[0].key.id == refs[1].key.id == "LUAT-QH-luat-bao-hiem-y-te"


def test_the_first_law_of_a_name_is_that_of_the_year_after_it() -> None:
    refs = extract_text("Ngay từ Luật Đất đai đầu tiên năm 1987 đã quy định.").references
    assert [r.key.id for r in refs] == ["LUAT-QH-1987-luat-dat-dai"]  # was "... đầu tiên"


def test_a_law_named_in_what_a_cited_document_does_is_one_of_its_year_or_before() -> None:
    text = ("Luật Thuế GTGT số 13/2008/QH12 và Luật Thuế GTGT số 48/2024/QH15 quy định thuế suất. "
            "Tại Điều 9 Thông tư số 219/2013/TT-BTC ngày 31/12/2013 của Bộ Tài chính hướng dẫn thi "
            "hành Luật Thuế GTGT quy định về thuế suất 0%. Thuế suất theo Luật Thuế GTGT.")
    *_, in_circular, bare = extract_text(text).references
    assert in_circular.key.id == "LUAT-13-QH12-2008"  # was the law of 2024
    assert bare.key.id == "LUAT-48-QH15-2024"  # a name of the letter's own is its year's
    # The next item of a list is no part of the document before it.
    listed = extract_text("Luật Thuế GTGT số 13/2008/QH12 và Luật Thuế GTGT số 48/2024/QH15. "
                          "Căn cứ Thông tư số 219/2013/TT-BTC ngày 31/12/2013, Luật Thuế GTGT.")
    assert listed.references[-1].key.id == "LUAT-48-QH15-2024"
    # A list in the subject is all of the cited document's year or before: the law it amends
    # was read as the newest one.
    amended = extract_text("Luật Điện lực số 28/2004/QH11 và Luật Điện lực số 61/2024/QH15. "
                           "Luật số 03/2022/QH15 ngày 11/01/2022 sửa đổi, bổ sung một số điều của "
                           "Luật Đầu tư công, Luật Đấu thầu, Luật Điện lực và Luật Doanh nghiệp.")
    assert [r.key.id for r in amended.references][-2:] == [
        "LUAT-28-QH11-2004", "LUAT-QH-luat-doanh-nghiep"]


def test_a_laws_own_text_ties_its_name_to_its_symbol() -> None:
    law = ("QUỐC HỘI\n--------\nLuật số: 10/2022/QH15\nLUẬT\nTHỰC HIỆN DÂN CHỦ Ở CƠ SỞ\n"
           "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    extractions = extract_corpus([
        ("law.txt", law), ("plan.txt", "Thực hiện Luật Thực hiện dân chủ ở cơ sở.")])
    assert [r.key.id for r in extractions[1].references] == ["LUAT-10-QH15-2022"]
    # and its title names no other document in its own text
    assert [r.key.id for r in extractions[0].references] == [
        "LUAT-QH-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"]


def test_the_constitution_is_one_node_by_its_head_alone_or_its_whole_name() -> None:
    text = ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Hiến pháp năm 2013 quy định"
            " ...; theo Hiến pháp.")
    ids = {r.key.id.replace("-2013-", "-") for r in extract_text(text).references}
    assert ids == {"LUAT-QH-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"}  # year apart


def test_a_codes_own_text_ties_its_whole_name_to_its_symbol() -> None:
    code = ("QUỐC HỘI\n--------\nLuật số: 45/2019/QH14\nBỘ LUẬT\nLAO ĐỘNG\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    extractions = extract_corpus([("code.txt", code), ("plan.txt", "Thực hiện Bộ luật Lao động.")])
    assert extractions[0].identity.type_name == "Bộ luật"
    assert [r.key.id for r in extractions[1].references] == ["LUAT-45-QH14-2019"]


def test_laws_of_one_name_are_told_apart_by_their_year() -> None:
    # Luật Đất đai of 2013 (45/2013/QH13) and of 2024 (31/2024/QH15) are two laws.
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật Đất đai số 45/2013/QH13; Luật Đất đai số 31/2024/QH15."),
        # the year alone after the name, with or without "năm"
        ("b.txt", "Thực hiện Luật Đất đai năm 2013; Luật Đất đai ngày 18 tháng 01 năm 2024; "
                  "Luật Đất đai 2024; Luật Đất đai 2021 - 2025."),
        ("c.txt", TRA_VINH + "Tuyên truyền Luật Đất đai."),  # of 2023: the law then in force
        ("d.txt", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "
                  "Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025."),
    ])
    ids = [[r.key.id for r in e.references] for e in extractions]
    # "2021 - 2025" is a period, no law's year: read as a bare name (this text has no date,
    # so the latest law known)
    assert ids[1] == ["LUAT-45-QH13-2013", "LUAT-31-QH15-2024", "LUAT-31-QH15-2024",
                      "LUAT-31-QH15-2024"]
    assert ids[2] == ["LUAT-45-QH13-2013"]
    # Known by name and date alone: one node each, the year in its key.
    assert ids[3] == ["LUAT-QH-2015-luat-to-chuc-chinh-quyen-dia-phuong",
                      "LUAT-QH-2025-luat-to-chuc-chinh-quyen-dia-phuong"]
    # A law re-enacted within its year is two numbered laws, told apart by the order of the days
    # the corpus names them by: the numbers run in the order of adoption (the law of 16/6/2025
    # had been 65, the first listed)
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật Tổ chức chính quyền địa phương số 65/2025/QH15; Luật Tổ chức chính "
                  "quyền địa phương số 72/2025/QH15."),
        ("b.txt", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("c.txt", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;"),
    ])
    assert [e.references[0].key.id for e in extractions[1:]] == ["LUAT-72-QH15-2025",
                                                                  "LUAT-65-QH15-2025"]
    # ... but keys of one number are one law, whose issuer is spelled two ways
    extractions = extract_corpus([
        ("a.txt", "Pháp lệnh Phí và lệ phí số 38/2001/PL-UBTVQH10; Pháp lệnh Phí và lệ phí số "
                  "38/2001/PL-UBTVQH."),
        ("b.txt", "Căn cứ Pháp lệnh Phí và lệ phí ngày 28/8/2001; Pháp lệnh Phí và lệ phí ngày "
                  "28 tháng 09 năm 2001;"),
    ])
    assert [r.key.id for r in extractions[1].references] == ["PL-38-UBTVQH10-2001"] * 2



def test_a_law_named_a_year_after_its_numbered_namesake_is_that_law() -> None:
    # The year a law took effect ("Luật Dân quân tự vệ 2020": 48/2019/QH14, in force from
    # 1/7/2020) or a misprinted date ("... ngày 22 tháng 6 năm 2016": 80/2015/QH13 of 22/6/2015)
    # named a law of its own, which later bare names took too.
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật Dân quân tự vệ số 48/2019/QH14; Luật Ban hành văn bản quy phạm "
                  "pháp luật số 80/2015/QH13;"),
        ("b.txt", "Triển khai Luật Dân quân tự vệ 2020; Căn cứ Luật Ban hành văn bản quy phạm "
                  "pháp luật ngày 22 tháng 6 năm 2016;"),
        ("c.txt", TRA_VINH + "Căn cứ Luật Ban hành văn bản quy phạm pháp luật;"),
    ])
    assert [r.key.id for r in extractions[1].references] == ["LUAT-48-QH14-2019",
                                                             "LUAT-80-QH13-2015"]
    assert [r.key.id for r in extractions[2].references] == ["LUAT-80-QH13-2015"]
    # ... or two years after (adopted 18/11/2016, in force from 1/1/2018)
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật tín ngưỡng, tôn giáo số 02/2016/QH14;"),
        ("b.txt", "Tuyên truyền Luật tín ngưỡng, tôn giáo năm 2018."),
    ])
    assert extractions[1].references[0].key.id == "LUAT-2-QH14-2016"


def test_a_law_cited_before_every_law_of_its_name_the_corpus_knows_is_none_of_them() -> None:
    # The corpus knows the Luật Phòng, chống bạo lực gia đình of 2022 only; a plan of 2020
    # carries out the law of 2007, which it does not know (it had been the law of 2022).
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật Phòng, chống bạo lực gia đình số 13/2022/QH15;"),
        ("b.txt", TRA_VINH.replace("2023", "2020")
         + "Triển khai thực hiện Luật Phòng, chống bạo lực gia đình."),
    ])
    assert [r.key.id for r in extractions[1].references] == [
        "LUAT-QH-luat-phong-chong-bao-luc-gia-dinh"]


def test_a_law_known_by_name_and_year_alone_is_the_law_of_that_year() -> None:
    # No corpus knows either land law: the year still tells them apart, and the law of 2014
    # is one node however its year is written.
    assert keys("Căn cứ Luật Đất đai năm 2013 và Luật Đất đai năm 2024;") == [
        "LUAT-QH-2013-luat-dat-dai", "LUAT-QH-2024-luat-dat-dai"]
    assert keys("Thực hiện Luật Hộ tịch năm 2014.") == keys(
        "Căn cứ Luật Hộ tịch ngày 20 tháng 11 năm 2014;") == ["LUAT-QH-2014-luat-ho-tich"]
    # ... also before a portal's numbered list of related documents goes on, a dash opening
    # the next line (the year had been read as the start of a period, "2015 - 6")
    related = ("Văn bản liên quan:\n- 4Nghị định 08/2000/NĐ-CP về đăng ký giao dịch bảo đảm\n"
               "- 5Luật Ngân sách nhà nước 2015\n- 6Nghị định 57/2002/NĐ-CP\n")
    assert keys(related)[1] == "LUAT-QH-2015-luat-ngan-sach-nha-nuoc"
    # ... nor is that name a word of the decree's subject above it
    assert extract_text(related).references[0].subject == "đăng ký giao dịch bảo đảm"
    # ... also dated by its promulgation, as laws of the 1980s and 1990s are cited
    assert keys("Căn cứ Luật đất đai công bố ngày 08 tháng 01 năm 1988.") == [
        "LUAT-QH-1988-luat-dat-dai"]


def test_a_bare_name_is_the_law_the_corpus_knows_by_that_name_and_date() -> None:
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật Tiếp công dân ngày 25 tháng 11 năm 2013."),
        ("b.txt", "Thực hiện tốt Luật Tiếp công dân."),
    ])
    (ref,) = extractions[1].references
    assert (ref.key.id, ref.status, ref.date.isoformat()) == (
        "LUAT-QH-2013-luat-tiep-cong-dan", Status.NAMED, "2013-11-25")


def test_a_bare_name_is_the_law_its_text_or_the_corpus_names_with_a_year() -> None:
    # The laws an amending law names carry no year of their own: they are the ones this text
    # (or another) gives one, so each law is one node.
    assert keys("Căn cứ Luật Cán bộ, công chức năm 2008;\nCăn cứ Luật Viên chức năm 2010;\n"
                "Căn cứ Luật Sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và Luật "
                "Viên chức năm 2019;") == [
        "LUAT-QH-2008-luat-can-bo-cong-chuc", "LUAT-QH-2010-luat-vien-chuc",
        "LUAT-QH-2019-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-can-bo-cong-chuc-a58594b0",
        "LUAT-QH-2008-luat-can-bo-cong-chuc", "LUAT-QH-2010-luat-vien-chuc"]
    extractions = extract_corpus([("a.txt", "Thực hiện Luật Hộ tịch năm 2014."),
                                  ("b.txt", TRA_VINH + "Tuyên truyền Luật Hộ tịch.")])
    assert [r.key.id for r in extractions[1].references] == ["LUAT-QH-2014-luat-ho-tich"]


def test_a_new_law_is_not_its_dated_namesake() -> None:
    # "mới": a later law of that name, whose year the text does not give
    assert keys("Quy chế cụ thể hóa Luật Tổ chức Chính phủ năm 2001. Nay Luật Tổ chức Chính "
                "phủ mới đã được ban hành.") == [
        "LUAT-QH-2001-luat-to-chuc-chinh-phu", "LUAT-QH-luat-to-chuc-chinh-phu"]


def test_a_named_law_or_ordinance_has_one_key_however_it_is_written() -> None:
    assert named_key("LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ") == named_key(
        "Luật thực hiện dân chủ ở cơ sở")
    assert named_key("BỘ LUẬT LAO ĐỘNG").name == "Bộ luật Lao động"
    ordinance = named_key("Pháp lệnh Thực hiện dân chủ ở xã, phường, thị trấn")
    assert (ordinance.type, ordinance.issuer) == ("PL", "UBTVQH")
    # "Việt Nam" after the name, as texts add it or not: one law (they were two nodes)
    assert named_key("Luật Biên phòng Việt Nam", 2020) == named_key("Luật Biên phòng", 2020)
    assert named_key("Luật Tiếp cận thông tin ở Việt Nam") == named_key("Luật Tiếp cận thông tin")
    assert named_key("Hiến pháp") == named_key(  # not the Constitution's name
        "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam")


def test_a_constitution_of_a_year_none_was_adopted_is_the_one_then_amended() -> None:
    # "lần sửa đổi Hiến pháp năm 2025" in one text had made a Constitution of 2025, which every
    # bare "Hiến pháp" of an undated text took (69 mentions)
    assert named_key("Hiến pháp", 2025) == named_key("Hiến pháp", 2013)
    assert named_key("Hiến pháp", 2001).year == 1992
    assert named_key("Hiến pháp", 1980).year == 1980


def test_a_constitution_cited_without_a_year_is_the_one_in_force_on_the_citing_day() -> None:
    # A corpus that dated the full name only in texts of 1992's time had made a law of 2015,
    # "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam", cite the Constitution of 1992.
    law = ("QUỐC HỘI\nLuật số: 94/2015/QH13\nHà Nội, ngày 25 tháng 11 năm 2015\nLUẬT\nTHI HÀNH "
           "TẠM GIỮ, TẠM GIAM\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    ordinance = ("HỘI ĐỒNG NHÀ NƯỚC\nSố: 19-LCT/HĐNN7\nHà Nội, ngày 21 tháng 12 năm 1985\nPHÁP "
                 "LỆNH\nCăn cứ vào Hiến pháp nước Cộng hoà xã hội chủ nghĩa Việt Nam;\n")
    older = ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992; Căn cứ Hiến pháp "
             "nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 1992.")
    extractions = extract_corpus([("law", law), ("ordinance", ordinance), ("older", older)])
    assert [ex.references[0].key.year for ex in extractions] == [2013, 1980, 1992]


def test_a_law_a_text_names_bare_is_the_one_it_dates_by_that_name() -> None:
    # A corpus that knows a law of 2024 by name had taken the bare "Luật Đất đai" of a plan
    # whose basis is the law of 2013; a decree of May 2024 based on "Luật Phòng cháy và chữa
    # cháy ngày 29 tháng 6 năm 2001" so named the law of November 2024.
    plan = ("KẾ HOẠCH\nHà Nội, ngày 3 tháng 3 năm 2025\nCăn cứ Luật Đất đai năm 2013;\n"
            "Tuyên truyền Luật Đất đai và Hiến pháp năm 1946, Hiến pháp.")
    others = [("b", "Luật Đất đai năm 2024; Luật Đất đai năm 2024."), ("c", "Luật Đất đai năm 2024.")]
    refs = extract_corpus([("plan", plan), *others])[0].references
    assert [r.key.id for r in refs] == [
        "LUAT-QH-2013-luat-dat-dai", "LUAT-QH-2013-luat-dat-dai",
        "LUAT-QH-1946-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam",
        "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"]  # today's, bare
    # ... and a text that dates two laws of the name leaves a bare one to the corpus
    two = plan.replace("Tuyên truyền", "Luật Đất đai năm 2024; Tuyên truyền")
    assert extract_corpus([("plan", two), *others])[0].references[2].key.year == 2024


def test_an_amending_law_has_one_key_however_its_lead_is_printed() -> None:
    # "một số điều" without "của", a comma missing or slipped in: one law, as its title has it
    printed = named_key("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ "
                        "chức chính quyền địa phương", 2019)
    for variant in ("Luật sửa đổi, bổ sung một số điều Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương",
                    "Luật sửa đổi, bổ sung, một số điều của Luật Tổ chức Chính phủ và Luật Tổ "
                    "chức chính quyền địa phương",
                    "Luật Sửa đổi bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương",
                    # a copy that glued "sốđiều", or lost the "ố" its font could not show
                    "Luật sửa đổi, bổ sung một sốđiều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương",
                    "Luật sửa đổi, bổ sung một sđiều của Luật Tổ chức Chính phủ và Luật Tổ chức "
                    "chính quyền địa phương"):
        assert named_key(variant, 2019).id == printed.id  # the id was another for each
    assert printed.name == ("Luật Sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và "
                            "Luật Tổ chức chính quyền địa phương")
    # the parts amended besides articles are the law's own words
    assert "và Phụ lục" in named_key("Luật sửa đổi, bổ sung một số điều và Phụ lục Danh mục chỉ "
                                     "tiêu thống kê quốc gia của Luật Thống kê").name


def test_a_law_cited_by_number_about_its_name_ties_the_name_to_the_number() -> None:
    # "Luật số N về <its name>": the name cited alone, here or elsewhere, is that law.
    text = ("Căn cứ Luật số 15/2012/QH13 ngày 20/6/2012 về Xử lý vi phạm hành chính, sửa đổi bổ "
            "sung năm 2025;\nCăn cứ Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ quy "
            "định chi tiết Luật Xử lý vi phạm hành chính về thẩm quyền xử phạt;\n")
    assert [r.key.id for r in extract_text(text).references] == [
        "LUAT-15-QH13-2012", "ND-189-CP-2025", "LUAT-15-QH13-2012"]  # was a named node


def test_a_law_known_only_by_name_is_kept_as_a_named_document() -> None:
    ref = only("Tổ chức triển khai có hiệu quả Luật Tiếp công dân.")
    assert ref.status == Status.NAMED
    assert ref.key.name == "Luật Tiếp công dân"


def test_a_party_resolution_cited_by_plenum_resolves_to_the_document_whose_subject_it_is() -> None:
    extractions = extract_corpus([
        ("a.txt", "Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng "
                  "(khóa XI) về “tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác "
                  "dân vận trong tình hình mới”."),
        ("b.txt", "Thực hiện Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng "
                  "(khoá XI) về “Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác "
                  "dân vận trong tình hình mới”."),
    ])
    assert [r.key.id for r in extractions[1].references] == ["NQ-25-TW-2013"]


def test_a_plenum_title_with_its_subject_in_quotes_and_no_about_resolves_by_the_subject() -> None:
    # Plenum 4 of term XI adopted 12-NQ/TW and 13-NQ/TW: the quoted subject tells which.
    (ref,) = extract_text("Đẩy mạnh thực hiện Nghị quyết Hội nghị lần thứ 4 Ban chấp hành Trung "
                          "ương Đảng (khóa XI) \"Một số vấn đề cấp bách về xây dựng Đảng hiện "
                          "nay\".").references
    assert (ref.key.id, ref.subject) == (
        "NQ-12-TW-2012", "Một số vấn đề cấp bách về xây dựng Đảng hiện nay")


def test_the_eighth_and_eleventh_plenums_of_term_xiii_are_known_without_a_corpus() -> None:
    # Plenum 8 adopted four resolutions (42 to 45): its subject tells which; plenum 11 one.
    plenum_8 = "Nghị quyết Hội nghị lần thứ 8 Ban Chấp hành Trung ương Đảng khóa XIII"
    (social,) = extract_text(f"Căn cứ {plenum_8} về tiếp tục phát huy truyền thống, sức mạnh "
                             "đại đoàn kết toàn dân tộc.").references
    assert (social.key.id, social.date) == ("NQ-43-TW-2023", dt.date(2023, 11, 24))
    (any_of_four,) = extract_text(f"Căn cứ {plenum_8}.").references
    assert [k.number for k in any_of_four.candidates] == ["42", "43", "44", "45"]
    (merger,) = extract_text("Thực hiện Nghị quyết Trung ương 11 khóa XIII.").references
    assert (merger.key.id, merger.date) == ("NQ-60-TW-2025", dt.date(2025, 4, 12))


def test_the_plenums_of_term_x_are_known_without_a_corpus() -> None:
    # Plenum 7 of 2008 adopted three (25 to 27): "Nghị quyết Trung ương 7 khóa X" was unresolved.
    (intellectuals,) = extract_text("thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ "
                                    "trí thức trong thời kỳ đẩy mạnh công nghiệp hóa.").references
    assert (intellectuals.key.id, intellectuals.date) == ("NQ-27-TW-2008", dt.date(2008, 8, 6))
    # ... and plenum 3 of 2006, on corruption and waste, its only resolution
    (corruption,) = extract_text("tiếp tục thực hiện Nghị quyết Trung ương 3 khóa X về tăng cường "
                                 "sự lãnh đạo của Đảng đối với công tác PCTN, lãng phí").references
    assert (corruption.key.id, corruption.date) == ("NQ-4-TW-2006", dt.date(2006, 8, 21))


def test_the_fifth_plenum_of_term_ix_is_known_by_its_subjects() -> None:
    # It adopted four resolutions on 18 March 2002; the subject tells which (it was unresolved).
    (collective,) = extract_text("Thực hiện Nghị quyết Trung ương 5 Khóa IX về tiếp tục đổi mới, "
                                 "phát triển, nâng cao hiệu quả kinh tế tập thể.").references
    assert (collective.key.id, collective.date) == ("NQ-13-TW-2002", dt.date(2002, 3, 18))
    # ... and so dates an undated symbol cited with its subject
    (private,) = extract_text("Thực hiện Nghị quyết số 14-NQ/TW về tiếp tục đổi mới cơ chế, "
                              "chính sách, khuyến khích và tạo điều kiện phát triển kinh tế tư "
                              "nhân.").references
    assert private.key.id == "NQ-14-TW-2002"


def test_a_plenum_named_again_without_its_subject_is_the_resolution_the_text_named() -> None:
    # Plenum 4 of term XI adopted 12-NQ/TW and 13-NQ/TW; the text has said which it speaks of.
    text = ("Đẩy mạnh thực hiện Nghị quyết Hội nghị lần thứ 4 Ban chấp hành Trung ương Đảng (khóa "
            "XI) \"Một số vấn đề cấp bách về xây dựng Đảng hiện nay\"; bám sát 3 nội dung nêu trong"
            " Nghị quyết Trung ương 4 (khóa XI) để kiểm điểm.")
    assert [(r.key.id, r.status) for r in extract_text(text).references] == [
        ("NQ-12-TW-2012", Status.RESOLVED)] * 2
    # ... but not when it named both
    both = text.replace("; bám", " và Nghị quyết số 13-NQ/TW ngày 16/01/2012; bám")
    assert [r.key.id if r.key else None for r in extract_text(both).references] == [
        "NQ-12-TW-2012", "NQ-13-TW-2012", None]


def test_a_plenum_title_without_a_subject_resolves_by_the_plenum_known_to_have_adopted_it() -> None:
    # The plenum named as a symbol's issuing body, whole, with its term and quoted subject.
    adopted = ("Nghị quyết số 18-NQ/TW, ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành "
               'Trung ương Đảng khóa XIII về "Tiếp tục đổi mới, hoàn thiện thể chế" và ')
    (ref, _) = extract_text(adopted + "Nghị quyết số 19-NQ/TW.").references
    assert (ref.issuing_body, ref.term, ref.subject) == (
        "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng", "XIII",
        "Tiếp tục đổi mới, hoàn thiện thể chế")
    extractions = extract_corpus([
        ("a.txt", adopted + "Nghị quyết số 19-NQ/TW ngày 31/10/2012 của Hội nghị Trung ương 6 "
                  "(khóa XI)."),
        ("b.txt", "Thực hiện Nghị quyết Trung ương 5 khóa XIII; Nghị quyết Trung ương 4 khóa "
                  "XIII; Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương (khóa XI)."),
    ])
    # Trung ương 4 is not the term's only known resolution, which Trung ương 5 adopted.
    assert [(r.key.id if r.key else None, r.status) for r in extractions[1].references] == [
        ("NQ-18-TW-2022", Status.RESOLVED), (None, Status.UNRESOLVED),
        ("NQ-19-TW-2012", Status.RESOLVED)]


def test_a_plenum_title_before_its_symbol_is_one_mention_with_the_plenum_and_term() -> None:
    text = ("Thực hiện Nghị quyết Trung ương 7 (khóa XI) số 25-NQ/TW ngày 03/6/2013 về công "
            "tác dân vận.")
    ref = only(text)
    assert (ref.text, ref.term, ref.subject) == (
        "Nghị quyết Trung ương 7 (khóa XI) số 25-NQ/TW", "XI", "công tác dân vận")
    extractions = extract_corpus([("a.txt", text),
                                  ("b.txt", "Quán triệt Nghị quyết Trung ương 7 khóa XI.")])
    assert [r.key.id for r in extractions[1].references] == ["NQ-25-TW-2013"]


def test_a_plenum_title_in_brackets_after_its_symbol_is_that_mention() -> None:
    text = ("Ngày 12/4/2025, Bộ Chính trị ban hành Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị "
            "lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII).")
    ref = only(text)
    assert (ref.key.id, ref.term, ref.plenum) == ("NQ-60-TW-2025", "XIII", "11")
    extractions = extract_corpus([("a.txt", text),
                                  ("b.txt", "Quán triệt Nghị quyết Trung ương 11 khóa XIII.")])
    assert [r.key.id for r in extractions[1].references] == ["NQ-60-TW-2025"]


@pytest.mark.parametrize("after", [
    " ngày 9/11/2022 Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XIII",
    " (Hội nghị Trung ương 6 khóa XIII, 2022)",  # the plenum's year in the bracket
])
def test_a_plenum_after_a_symbol_without_cua_is_its_body_with_term_and_subject(after: str) -> None:
    ref = only(f"Thực hiện Nghị quyết số 27-NQ/TW{after} về xây dựng Nhà nước pháp quyền.")
    assert (ref.key.id, ref.term, ref.plenum, ref.subject) == (
        "NQ-27-TW-2022", "XIII", "6", "xây dựng Nhà nước pháp quyền")


def test_a_date_after_a_bracketed_plenum_or_title_dates_the_symbol() -> None:
    ref = only("Thực hiện Nghị quyết số 18-NQ/TW (Hội nghị Trung ương 6 khóa XII) ngày "
               "25/10/2017 của Ban Chấp hành Trung ương về sắp xếp bộ máy.")
    assert (ref.key.id, ref.subject) == ("NQ-18-TW-2017", "sắp xếp bộ máy")
    ref = only("Thực hiện Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành "
               "Trung ương Đảng khóa XIII) ngày 12/4/2025 về sắp xếp.")
    assert (ref.key.id, ref.subject) == ("NQ-60-TW-2025", "sắp xếp")


def test_a_bracketed_plenum_without_its_term_still_lets_the_subject_be_read() -> None:
    ref = only("Thực hiện Nghị quyết số 19-NQ/TW (Hội nghị Trung ương 5) về nông nghiệp.")
    assert (ref.plenum, ref.subject) == ("5", "nông nghiệp")


def test_what_cannot_be_resolved_is_kept_with_its_status() -> None:
    ref = only("Thực hiện Nghị quyết Trung ương 2 (khóa X) về xây dựng Đảng.")  # no plenum known
    assert ref.key is None and ref.status == Status.UNRESOLVED and ref.kind == "title"


def test_the_plenums_resolutions_are_known_without_a_corpus() -> None:
    # The table of `extract/known.py`, asked when the corpus ties no resolution to the plenum.
    ref = only("Thực hiện Nghị quyết Trung ương 7 (khóa XI) về “Tăng cường và đổi mới sự lãnh "
               "đạo của Đảng đối với công tác dân vận trong tình hình mới”.")
    assert (ref.key.id, ref.date, ref.status) == (
        "NQ-25-TW-2013", dt.date(2013, 6, 3), Status.RESOLVED)
    assert only("Quán triệt Nghị quyết Trung ương 4 (khóa XII) về xây dựng Đảng.").key.id == (
        "NQ-4-TW-2016")
    assert only("Tiếp tục thực hiện Nghị quyết Trung ương 5 khoá VIII.").key.id == "NQ-3-TW-1998"
    # The seventh plenum of term XI adopted two: without a subject, neither.
    ref = only("Thực hiện Nghị quyết Trung ương 7 (khóa XI).")
    assert ref.key is None and ref.status == Status.AMBIGUOUS
    # One subject, two terms: the term tells them apart.
    assert only("Thực hiện Nghị quyết Trung ương 8 khóa XIII về Chiến lược bảo vệ Tổ quốc trong "
                "tình hình mới.").key.id == "NQ-44-TW-2023"
    assert only("Thực hiện Nghị quyết Trung ương 8 khóa XI về Chiến lược bảo vệ Tổ quốc trong "
                "tình hình mới.").key.id == "NQ-28-TW-2013"


def test_the_documents_own_symbol_is_never_a_reference() -> None:
    text = "Số: 26/KH-VP\nTrà Vinh, ngày 17 tháng 4 năm 2023\nKẾ HOẠCH\nThực hiện Kế hoạch số 26/KH-VP."
    extraction = extract_text(text)
    assert extraction.identity.key.id == "KH-26-VP-2023-tra-vinh"
    assert extraction.references == []


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chunks of two texts, so that a handful of texts is dealt out to every process."""
    import extract.pipeline

    monkeypatch.setattr(extract.pipeline, "CHUNK", 2)


def test_workers_give_the_same_corpus_as_one_process(sample_texts, small_chunks) -> None:
    # the undated mention is in the first chunk, the date that completes it in the last
    texts = [("a.txt", "Kết luận số 65-KL/TW của Ban Bí thư."), *sample_texts,
             ("z.txt", "Kết luận số 65-KL/TW ngày 04/4/2013 của Ban Bí thư.")]
    in_workers = extract_corpus(texts, workers=2)
    assert in_workers == extract_corpus(texts) == extract_corpus(texts, workers=3)
    assert in_workers[0].references[0].key.id == "KL-65-TW-2013"


def test_what_a_store_knows_reaches_every_worker(small_chunks) -> None:
    # ingestion preloads the index with the store's documents: a new file's undated mention
    # is completed by a date the store knows, in whichever process extracts it
    known = index_corpus([parse_document("Kết luận số 65-KL/TW ngày 04/4/2013 của Ban Bí thư.")])
    texts = [(str(i), "Kết luận số 65-KL/TW của Ban Bí thư.") for i in range(5)]
    for extraction in extract_corpus(texts, known, workers=2):
        assert extraction.references[0].key.id == "KL-65-TW-2013"


def test_a_streamed_corpus_gives_each_result_in_order(sample_texts, small_chunks) -> None:
    # what a large ingestion uses: one result at a time, so the corpus's results are never
    # all held; the chunks of every process come back in the order of the texts
    texts = sample_texts * 3
    stream = stream_corpus(texts, workers=2)
    first = next(stream)
    assert first.file == texts[0][0]
    assert [first, *stream] == extract_corpus(texts)


def test_a_failure_in_a_worker_is_raised_in_the_caller(small_chunks) -> None:
    texts = [(str(i), "Kết luận số 65-KL/TW.") for i in range(3)] + [("bad", None)]
    with pytest.raises(TypeError):
        extract_corpus(texts, workers=2)  # type: ignore[arg-type]


@pytest.mark.parametrize("after", ["Ủy ban nhân dân xã ban hành.", "Đề nghị các sở thực hiện."])
def test_a_subject_ends_at_a_full_stop_before_any_capital(after: str) -> None:
    (ref,) = extract_text(TRA_VINH + "Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND "
                          f"tỉnh về công tác dân vận. {after}").references
    assert ref.subject == "công tác dân vận"


@pytest.mark.parametrize("after", [
    " và Chỉ thị số 33/CT-TTg.", " tại văn bản số 238/UBND-KGVX.", ". 4. Kế hoạch năm 2024",
    ", cụ thể như sau: 1. Mục đích", " (sau đây gọi tắt là Kế hoạch 35).", " | TM. ỦY BAN |",
    "\nCăn cứ Chỉ thị số 33/CT-TTg;", ",\n\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành",
    "\n\nThực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu"])
def test_a_subject_ends_before_the_words_that_lead_to_what_follows(after: str) -> None:
    # ... the next reference, list item, article, short name, table cell or preamble clause
    ref = extract_text(TRA_VINH + "Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND "
                       f"tỉnh về công tác dân vận{after}").references[0]
    assert ref.subject == "công tác dân vận"


def test_a_subject_in_a_title_in_capitals_ends_where_the_preamble_starts_under_it() -> None:
    text = ("KẾ HOẠCH\nTHỰC HIỆN CHỈ THỊ SỐ 19/CT-TTG NGÀY 16 THÁNG 7 NĂM 2021 CỦA THỦ TƯỚNG "
            "CHÍNH PHỦ VỀ VIỆC PHÁT ĐỘNG THI ĐUA\nTHEO NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG\n\n"
            "Thực hiện Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 của Hội đồng Thi đua - Khen thưởng"
            " Trung ương.\n")
    assert extract_text(text).references[0].subject == (
        "PHÁT ĐỘNG THI ĐUA THEO NGHỊ QUYẾT ĐẠI HỘI XIII CỦA ĐẢNG")


# Sentences whose reading once depended on single spaces or on "Đ" itself: an amending law's
# name, a body before its verb ("Chính phủ ban hành"), a district's kind ("thị xã"), a code
# with a space inside or for its hyphen.
ODD_COPIES_TEXT = (
    "Căn cứ Luật sửa đổi, bổ sung một số Điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
    "quyền địa phương ngày 22/11/2019; Luật tổ chức HĐND và UBND ngày 26/11/2003;\n"
    "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ ban hành Chương trình hành "
    "động thực hiện Nghị quyết số 57-NQ/TW;\n"
    "Thực hiện Kế hoạch số 12/KH-UBND ngày 3/4/2024 của UBND thị xã Điện Bàn; Thông tư "
    "01/2016/TT-BGD ĐT ngày 15/01/2016; Nghị quyết số 214 NQ/UBTVQH9 ngày 26-8-1994.\n")


@pytest.mark.parametrize("copy", [
    lambda text: text.replace(" ", "  "), lambda text: text.replace("Đ", "Ð"),
])
def test_a_copy_with_spaces_doubled_or_the_look_alike_d_reads_the_same(copy) -> None:
    def read(text: str) -> tuple[set, set]:
        result = extract_text(text)
        return ({r.key.id for r in result.references},
                {("self" if r.from_self else r.source.id, r.relation.value, r.target.id)
                 for r in result.relations})
    assert read(copy(ODD_COPIES_TEXT)) == read(ODD_COPIES_TEXT)
    assert "NQ-71-CP-2025" in {source for source, _, _ in read(ODD_COPIES_TEXT)[1]}


def test_a_councils_standing_committee_is_a_local_issuer_with_its_date() -> None:
    ref = only(TRA_VINH + "Xét tờ trình số 07/TTr-TT.HĐND ngày 02 tháng 12 năm 2016 của Thường trực"
               " Hội đồng nhân dân tỉnh về việc ban hành Quy chế.")
    assert (ref.key.id, ref.date) == ("TTr-7-TTHDND-2016-tra-vinh", dt.date(2016, 12, 2))


@pytest.mark.parametrize("hyphen", ["-", "\u2011"])  # also typeset non-breaking
def test_a_code_printed_twice_keeps_the_date_and_body_after_it(hyphen: str) -> None:
    ref = only(f"Quán triệt Nghị quyết số 37{hyphen}NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị"
               " về việc sắp xếp các đơn vị hành chính.")
    assert (ref.key.id, ref.issuing_body) == ("NQ-37-TW-2018", "Bộ Chính trị")


def test_a_laws_number_after_its_name_may_stand_on_the_next_line_past_an_indent() -> None:
    text = ("Căn  cứ  Luật  Hoạt  động  giám  sát  của  Quốc  hội  và  Hội  đồng  nhân dân số\n"
            "          87/2015/QH13;\n")
    assert keys(text) == ["LUAT-87-QH13-2015"]


def test_a_lists_number_glued_before_a_type_word_or_a_law_leaves_them_whole() -> None:
    # A portal's list of related documents: "- 6Nghị quyết ...", "- 1Luật ...".
    text = ("- 1Luật Ngân sách Nhà nước 2002\n- 6Nghị quyết 759/2014/UBTVQH13 quy định chi tiết\n"
            "- 8Nghị quyết 85/2014/QH13 về lấy phiếu tín nhiệm\n")
    assert keys(text) == ["LUAT-QH-2002-luat-ngan-sach-nha-nuoc", "NQ-759-UBTVQH13-2014",
                          "NQ-85-QH13-2014"]  # (its year, though the next line opens "- 6")
    # Above the header of the document it prints, the documents it lists are not cited.
    page = text + ("BỘ GIÁO DỤC VÀ ĐÀO TẠO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                   "Số: 26/2019/TT-BGDĐT | Hà Nội, ngày 30 tháng 12 năm 2019 |\n"
                   "Căn cứ Nghị định số 69/2017/NĐ-CP ngày 25 tháng 5 năm 2017 của Chính phủ;\n")
    assert keys(page) == ["ND-69-CP-2017"]
    assert keys(page.replace(" ", "  ")) == ["ND-69-CP-2017"]  # the motto read with any spaces
    wrapped = (page.replace(" Nhà nước", "\nNhà nước").replace(" quy định", "\nquy định")
               .replace(" về lấy", "\nvề lấy"))  # each item wrapped onto a second line
    assert keys(wrapped) == ["ND-69-CP-2017"]


def test_so_is_a_word_of_a_laws_name_unless_a_number_follows() -> None:
    # "số" (number) before the law's number ends its name; in "Tần số" (frequency) and
    # "Chuyển đổi số" (digital transformation) it is one of the name's words.
    text = ("Căn cứ Luật Tần số vô tuyến điện số 42/2009/QH12; Luật sửa đổi, bổ sung một số điều"
            " của Luật Tần số vô tuyến điện số 09/2022/QH15; Luật Chuyển đổi số ngày 14 tháng 6"
            " năm 2025; Luật Bảo vệ môi trường được sửa đổi bởi Luật số* *11/2022/QH15;")
    assert keys(text) == ["LUAT-42-QH12-2009", "LUAT-9-QH15-2022", "LUAT-42-QH12-2009",
                          "LUAT-QH-2025-luat-chuyen-doi-so", "LUAT-QH-luat-bao-ve-moi-truong",
                          "LUAT-11-QH15-2022"]


def test_a_laws_name_is_tied_to_its_number_after_so_with_a_colon() -> None:
    text = "Luật Công chứng số: 82/2006/QH11 được Quốc hội thông qua; Luật Công chứng có hiệu lực."
    assert keys(text) == ["LUAT-82-QH11-2006", "LUAT-82-QH11-2006"]


def test_a_tax_departments_letter_is_no_directive() -> None:
    # "CT" is the department (Cục Thuế), "TTHT" its drafting unit; a Chỉ thị is called so.
    text = TRA_VINH + ("Căn cứ Công văn số 31423/CT-TTHT ngày 5/6/2017 của Cục Thuế TP Hà Nội; văn bản số "
            "1234/CT-TTHT ngày 2/3/2017 của Cục Thuế; Chỉ thị số 05/CT-UBND ngày 1/2/2020 của UBND"
            " tỉnh Bến Tre.")
    assert keys(text) == ["CV-31423-CT-TTHT-2017-ha-noi", "CV-1234-CT-TTHT-2017-tra-vinh",
                          "CT-5-UBND-2020-ben-tre"]
    # ... called "Công văn" with no body named, whatever its drafting unit
    assert keys(TRA_VINH + "Căn cứ Công văn 5347/CT-CS ngày 20/11/2025.") == [
        "CV-5347-CT-CS-2025-tra-vinh"]
    header = ("TỔNG CỤC THUẾ\nCỤC THUẾ TP HÀ NỘI\nSố: 31423/CT-TTHT\nV/v trả lời chính sách thuế."
              "\nHà Nội, ngày 05 tháng 6 năm 2017\n\nKính gửi: Công ty ABC\n")
    identity = extract_text(header).identity
    assert (identity.key.id, identity.type_name) == ("CV-31423-CT-TTHT-2017-ha-noi", "Công văn")


def test_a_body_named_after_the_president_is_not_in_his_city() -> None:
    # "Hồ Chí Minh" after "Cộng sản", "quốc gia" or "Tiền phong" is the man: the academy's plan
    # is central, the Youth Union's provincial plan is the citing province's.
    assert keys(TRA_VINH + "Thực hiện Kế hoạch số 57-KH/HVCTQG ngày 05/02/2025 của Học viện Chính "
                "trị Quốc gia Hồ Chí Minh; Kế hoạch số 6/KH-ĐTN ngày 1/3/2025 của Ban Thường vụ "
                "Tỉnh đoàn, Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh.") == [
        "KH-57-HVCTQG-2025", "KH-6-DTN-2025-tra-vinh"]
    assert keys("Căn cứ Kế hoạch số 8/KH-UBND ngày 1/3/2025 của UBND Thành phố Hồ Chí Minh.") == [
        "KH-8-UBND-2025-ho-chi-minh"]


def test_a_codeless_symbol_printed_bare_is_of_the_type_the_text_names_it_with() -> None:
    # A portal's table of a decree's history prints "193/HĐBT" alone (three công văn before).
    assert keys("Nghị định 193/HĐBT | Hiệu lực | 193/HĐBT bị thay thế bởi 42-CP | 193/HĐBT") == [
        "ND-193-HDBT", "ND-193-HDBT", "ND-42-CP", "ND-193-HDBT"]


def test_tu_printed_with_its_hook_is_the_provinces_committee_the_text_names_so() -> None:
    # "TƯ" stands for Trung ương and for Tỉnh ủy alike: with no body, the text's "15-NQ/TU" of
    # the city's committee settles it (it was a Central Committee's resolution of no year).
    text = ("Thực hiện Nghị quyết số 15-NQ/TU ngày 05/5/2022 của Thành ủy Hà Nội; quán triệt "
            "Nghị quyết số 15-NQ / TƯ; Nghị quyết số 12-NQ/TƯ.")
    assert keys(text) == ["NQ-15-TU-2022-ha-noi", "NQ-15-TU-2022-ha-noi", "NQ-12-TW"]


def test_a_code_both_levels_write_is_the_provinces_office_the_text_names() -> None:
    # "353/BHXH-CĐBHXH" alone is central; the text names it as the city's office's once
    assert keys("Theo công văn 353/BHXH-CĐBHXH của BHXH TP.HCM, ...; Công văn 353/BHXH-CĐBHXH "
                "quy định ...") == ["CV-353-BHXH-CDBHXH-ho-chi-minh"] * 2


def test_laws_circulars_and_decrees_are_central_whatever_code_their_issuer_has() -> None:
    # A joint circular of two ministries of the past had been the citing province's
    assert keys(TRA_VINH + "Căn cứ Thông tư Liên tịch số 01/1998/TTLT-CN-NV ngày 13/01/1998 của "
                "Liên bộ: Công nghiệp - Nội vụ;") == ["TTLT-1-CN-NV-1998"]
    # ... so had a law whose code a copy cut short
    assert keys(TRA_VINH + "Thực hiện theo quy định tại Luật số 16/2023/Q") == ["LUAT-16-Q-2023"]
    # ... but a thông tri is a Party's or the Front's own, of its province
    assert keys(TRA_VINH + "Thực hiện Thông tri số 06/TT-MTTQ-BTT ngày 15/5/2018 của Ban Thường "
                "trực Ủy ban MTTQ tỉnh.") == ["TT-6-MTTQ-BTT-2018-tra-vinh"]


def test_a_code_of_no_known_issuer_is_central_where_the_text_names_its_body_central() -> None:
    # Without a body, "07-TB/CQTTBCĐ" had been the citing province's: two nodes
    text = ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ\nSố: 458/KH-UBND\nThực hiện Thông báo 07-TB/CQTTBCĐ; "
            "căn cứ Thông báo số 07-TB/CQTTBCĐ ngày 15/10/2025 của Cơ quan Thường trực Ban Chỉ "
            "đạo Trung ương.")
    assert keys(text) == ["TB-7-CQTTBCD-2025"] * 2


def test_a_symbol_dated_twice_in_one_year_is_one_key_for_its_undated_mentions() -> None:
    # The two dates tell two documents apart, but both would be keyed QD-213-TW-2020: an undated
    # mention is that key, not ambiguous between twins.
    text = ("Quán triệt Quy định số 213-QĐ/TW ngày 02/01/2020 của Bộ Chính trị; Kế hoạch thực hiện "
            "Quy định số 213-QĐ/TW ngày 15/4/2020 của Bộ Chính trị. Thực hiện Quy định số 213-QĐ/TW.")
    assert keys(text) == ["QD-213-TW-2020"] * 3


def test_an_issuer_in_no_table_that_a_known_one_of_the_same_symbol_starts_is_that_one() -> None:
    # A typo's extra letter, or a copy cut inside the code, beside the same number and type
    text = ("Tin: bãi bỏ Thông tư số 37/2015/TT-BCTB. Bãi bỏ Thông tư số 37/2015/TT-BCT ngày 30/10/2015. "
            "Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025; thực hiện Quyết định số 2629/QĐ-T")
    assert keys(text) == ["TT-37-BCT-2015", "TT-37-BCT-2015", "QD-2629-TTg-2025",
                          "QD-2629-TTg-2025"]


def test_a_law_named_as_amended_is_dated_past_its_mark() -> None:
    # "(sửa đổi)": the name a law has while it replaces its namesake; the date after it is its own
    assert keys("Căn cứ Luật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;") == [
        "LUAT-QH-2023-luat-giao-dich-dien-tu"]
    assert keys("Căn cứ Luật tổ chức HĐND và UBND (sửa đổi) năm 1994;") == [
        "LUAT-QH-1994-luat-to-chuc-hoi-dong-nhan-dan-va-uy-ban-nhan-dan"]


def test_a_symbol_that_prints_its_type_code_last_and_no_issuer_takes_the_bodys() -> None:
    # "117/2008/QĐ" had been a decision of an issuer "QĐ"; the body names the Prime Minister,
    # another mention the ministry; with neither the issuer stays unknown.
    assert keys("Theo Quyết định số 117/2008/QĐ ngày 27/8/2008 của Thủ tướng Chính phủ.") == [
        "QD-117-TTg-2008"]
    assert keys("Thông tư 05/2022/TT sửa đổi Thông tư số 05/2022/TT-BNV ngày 23/5/2022.") == [
        "TT-5-BNV-2022", "TT-5-BNV-2022"]
    assert keys("Quá trình thực hiện Thông tư 25/2020/TT về lựa chọn sách giáo khoa.") == [
        "TT-25-2020"]
    # ... and a document's own symbol, its body in the header
    identity = extract_text("HĐND TỈNH THỪA THIÊN HUẾ\nSố: 4a/ 2001/NQ /HĐND4\n"
                            "Huế, ngày 17 tháng 1 năm 2001\n\nNGHỊ QUYẾT\n").identity
    assert identity.key.id == "NQ-4a-HDND-2001-thua-thien-hue"


def test_an_undated_symbol_the_text_dates_once_by_its_term_is_that_document() -> None:
    # The term dates the first mention from the plenums' table; the second has no term.
    text = ("Kết luận về tiếp tục thực hiện Nghị quyết số 33-NQ/TW của Ban Chấp hành Trung ương "
            "Đảng khóa XI về văn hóa. Để tiếp tục thực hiện tốt Nghị quyết số 33-NQ/TW, ...")
    assert keys(text) == ["NQ-33-TW-2014", "NQ-33-TW-2014"]  # the second was NQ-33-TW


def test_a_type_word_that_disagrees_with_a_code_the_text_names_rightly_elsewhere_is_the_typo() -> None:
    # Alone, "Nghị định số 26/NQ-CP" would be a decree (its word wins); beside "Nghị quyết số
    # 26/NQ-CP" it is that resolution.
    text = ("Thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ; căn cứ Nghị định số "
            "26/NQ-CP ngày 05/3/2020 của Chính phủ.")
    assert keys(text) == ["NQ-26-CP-2020", "NQ-26-CP-2020"]


def test_the_central_courts_and_organisations_codes_name_no_province() -> None:
    # Each was a node of the citing province: the Procuracy's code since 2015, a central
    # organisation's starting with "TƯ" or "TW" (Trung ương), the Assembly's Secretary General.
    assert keys(TRA_VINH + "Thực hiện Chỉ thị số 01/CT-VKSTC ngày 27/12/2021; Kế hoạch số 49- "
                "KH/TƯH ngày 02/3/2008 của Trung ương Hội; Báo cáo số 12 BC/TWH ngày 30/01/2009; "
                "Công văn số 2672/TTKQH-TT ngày 5/3/2019; Nghị quyết số 04/2017/NQ-HĐTP.") == [
        "CT-1-VKSTC-2021", "KH-49-TWH-2008", "BC-12-TWH-2009", "CV-2672-TTKQH-TT-2019",
        "NQ-4-HDTP-2017"]


def test_a_party_resolutions_subject_tells_which_terms_resolution_of_its_number_it_is() -> None:
    # 25-NQ/TW of 2008 (youth) and of 2013 (mass mobilisation): the undated one's subject is
    # the 2013 one's, in the text that dates both ...
    text = ("Thực hiện Nghị quyết 25-NQ/TW ngày 25/7/2008 về công tác thanh niên và Nghị quyết "
            "số 25-NQ/TW ngày 03/6/2013 về công tác dân vận; Kết luận số 43-KL/TW về tiếp tục "
            "thực hiện Nghị quyết số 25-NQ/TW về tăng cường và đổi mới sự lãnh đạo của Đảng đối "
            "với công tác dân vận trong tình hình mới.")
    undated = extract_text(text).references[-1]
    assert (undated.status, undated.key.id) == (Status.RESOLVED, "NQ-25-TW-2013")
    # ... and in a corpus whose other texts date them
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Nghị quyết số 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương."),
        ("b.txt", "Căn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương."),
        ("c.txt", "Thực hiện Nghị quyết số 25-NQ/TW về tăng cường và đổi mới sự lãnh đạo của "
                  "Đảng đối với công tác dân vận trong tình hình mới."),
    ])
    assert extractions[2].references[0].key.id == "NQ-25-TW-2013"


def test_a_date_after_an_amending_law_whose_lead_lost_a_letter_is_that_laws() -> None:
    # "một sđiều": the date is still the amending law's, and the law it amends keeps its own
    found = keys("Căn cứ Luật Điện lực ngày 03 tháng 12 năm 2004; Luật sửa đổi, bổ sung một sđiều "
                 "của Luật Điện lực ngày 20 tháng 11 năm 2012;")
    assert found == ["LUAT-QH-2004-luat-dien-luc",
                     "LUAT-QH-2012-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-dien-luc",
                     "LUAT-QH-2004-luat-dien-luc"]  # not a second Luật Điện lực, of 2012


def test_an_ordinances_title_is_its_name_as_a_laws_is() -> None:
    # Its own name is no reference, and another text's is the ordinance (a node of that name
    # alone, of 2020, beside PL-2-UBTVQH14-2020 before)
    own, plan = extract_corpus([("a.txt", ORDINANCE),
                                ("b.txt", TRA_VINH + "Thực hiện Pháp lệnh Ưu đãi người có công "
                                          "với cách mạng.")])
    assert own.references == []
    assert [r.key.id for r in plan.references] == ["PL-2-UBTVQH14-2020"]


def test_a_law_named_alone_is_one_adopted_by_the_citing_documents_day() -> None:
    # The corpus knows the Luật Tổ chức Tòa án nhân dân of 2002 and of 24/11/2014: a decision of
    # 28/7/2014 names the former, though of the latter's year
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 02 tháng 4 năm 2002;"),
        ("b.txt", "Căn cứ Luật Tổ chức Tòa án nhân dân ngày 24 tháng 11 năm 2014;"),
        ("c.txt", "TÒA ÁN NHÂN DÂN TỐI CAO\nSố: 45/QĐ-TA\nHà Nội, ngày 28 tháng 7 năm 2014\n\n"
                  "QUYẾT ĐỊNH\n\nCăn cứ Điều 25 Luật Tổ chức Tòa án nhân dân;"),
    ])
    (ref,) = extractions[2].references
    assert ref.key.id == "LUAT-QH-2002-luat-to-chuc-toa-an-nhan-dan"
    # ... but a report on the bill, before its adoption, names the law it became
    extractions = extract_corpus([
        ("a.txt", "Căn cứ Luật An toàn thực phẩm số 55/2010/QH12 ngày 17 tháng 6 năm 2010;"),
        ("b.txt", "ỦY BAN THƯỜNG VỤ QUỐC HỘI\nSố: 324/BC-UBTVQH12\nHà Nội, ngày 17 tháng 5 năm "
                  "2010\n\nBÁO CÁO\n\nVề dự thảo Luật An toàn thực phẩm."),
    ])
    assert [r.key.id for r in extractions[1].references] == ["LUAT-55-QH12-2010"]


def test_one_texts_date_of_a_law_takes_no_bare_name_from_the_numbered_law_of_that_name() -> None:
    # "Luật Điện lực ngày 25 tháng 01 năm 2013" in one decision is no law of 2013 that every
    # later bare "Luật Điện lực" names, where the corpus knows the law of 2004 ...
    corpus = [("a.txt", "Căn cứ Luật Điện lực số 28/2004/QH11 ngày 03 tháng 12 năm 2004;"),
              ("b.txt", "Căn cứ Luật Điện lực ngày 25 tháng 01 năm 2013;"),
              ("c.txt", TRA_VINH + "Tuyên truyền Luật Điện lực.")]
    assert [r.key.id for r in extract_corpus(corpus)[2].references] == ["LUAT-28-QH11-2004"]
    # ... nor for a text of that year, or of none
    for text in ["Số: 5/KH-UBND\nTrà Vinh, ngày 17 tháng 4 năm 2013\n\nKẾ HOẠCH\n\nTuyên truyền "
                 "Luật Điện lực.", "Tuyên truyền Luật Điện lực."]:
        (ref,) = extract_corpus([*corpus[:2], ("c.txt", text)])[2].references
        assert ref.key.id == "LUAT-28-QH11-2004"
    # ... but one two texts date so is a law, known by name alone
    corpus.append(("d.txt", "Thực hiện Luật Điện lực năm 2013."))
    assert [r.key.id for r in extract_corpus(corpus)[2].references] == [
        "LUAT-QH-2013-luat-dien-luc"]
    # so is one of the year the text names itself, and a bare name in a text that dates the law
    (ref,) = extract_corpus([*corpus[:2], ("e.txt", "Theo Luật Điện lực năm 2013.")])[2].references
    assert ref.key.id == "LUAT-QH-2013-luat-dien-luc"
    own = TRA_VINH + "Căn cứ Luật Điện lực ngày 25 tháng 01 năm 2013;\nTuyên truyền Luật Điện lực."
    assert [r.key.id for r in extract_corpus([corpus[0], ("e.txt", own)])[1].references] == [
        "LUAT-QH-2013-luat-dien-luc"] * 2


def test_a_revised_law_of_a_year_is_the_new_law_of_the_name_or_else_the_amending_one() -> None:
    corpus = [("a.txt", "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Xây dựng số 62/2020/QH14 "
                        "ngày 17 tháng 6 năm 2020;"),
              ("b.txt", "Căn cứ Luật Đất đai số 31/2024/QH15; Luật Bảo hiểm y tế ngày 14/11/2014;"),
              ("c.txt", "Theo Luật Xây dựng sửa đổi 2020, Luật Đất đai sửa đổi 2024, Luật Bảo hiểm y "
                        "tế sửa đổi 2014 và Luật Dược sửa đổi 2024.")]
    # a law amended that year, or replaced: news name both so ("Luật Xây dựng sửa đổi 2020" had
    # been a node of its own); a law known by name alone is no new law (a text's slip, maybe),
    # and one the corpus does not know stays a node of its own
    assert [r.key.id for r in extract_corpus(corpus)[2].references] == [
        "LUAT-62-QH14-2020", "LUAT-31-QH15-2024", "LUAT-QH-2014-luat-bao-hiem-y-te-sua-doi",
        "LUAT-QH-2024-luat-duoc-sua-doi"]


def test_the_number_after_an_amending_laws_name_is_the_amended_laws_when_its_year_says_so() -> None:
    # The text dates the Luật Thống kê in 2015: 89/2015 is that law, not the amending one
    text = ("Căn cứ Luật Thống kê ngày 23 tháng 11 năm 2015;\nCăn cứ Luật sửa đổi, bổ sung một số "
            "điều và Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê số "
            "89/2015/QH13;")
    assert keys(text) == ["LUAT-89-QH13-2015",
                          "LUAT-QH-luat-sua-doi-bo-sung-mot-so-dieu-va-phu-luc-danh-muc-chi-ti-8c52d3dc",
                          "LUAT-89-QH13-2015"]
    # ... but of a law the text dates in another year, the amending law's own
    text = ("Căn cứ Luật Bảo hiểm y tế ngày 14 tháng 11 năm 2008;\nCăn cứ Luật sửa đổi, bổ sung một "
            "số điều của Luật Bảo hiểm y tế số 46/2014/QH13;")
    assert keys(text)[1] == "LUAT-46-QH13-2014"


def test_the_ninth_terms_seventh_plenum_resolutions_are_known_by_subject() -> None:
    # Four resolutions of 12/3/2003: the subject tells which, without a corpus
    (ref,) = extract_text("Thực hiện Nghị quyết Hội nghị Trung ương 7 (khóa IX) về công tác tôn "
                          "giáo.").references
    assert (ref.key.id, ref.status) == ("NQ-25-TW-2003", Status.RESOLVED)
    (ref,) = extract_text("Thực hiện Nghị quyết Trung ương 7 khóa IX.").references
    assert ref.status == Status.AMBIGUOUS and len(ref.candidates) == 4
