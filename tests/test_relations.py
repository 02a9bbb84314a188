"""Relation typing: every cue, cues governing lists, relations between cited documents."""

from __future__ import annotations

import datetime as dt

import pytest

from extract.interchange import to_record
from extract.pipeline import extract_text
from extract.sentences import plain_footnotes


def relations(text: str) -> set[tuple[str, str, str]]:
    return {("self" if r.from_self else r.source.id, r.relation.value, r.target.id)
            for r in extract_text(text).relations}


# (sentence, the relation from self to its one reference)
CUES = [
    ("Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;", "BASED_ON"),
    ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND tỉnh.", "IMPLEMENTS"),
    ("Tiếp tục triển khai thực hiện Kết luận số 120-KL/TW ngày 07/01/2016.", "IMPLEMENTS"),
    ("Quán triệt, cụ thể hóa, triển khai sâu rộng Luật số 10/2022/QH15.", "IMPLEMENTS"),
    ("Kế hoạch số 165/KH-UBND về triển khai thi hành Luật số 10/2022/QH15.", "CITES"),
    ("Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Nghị định số 61/2018/NĐ-CP.", "IMPLEMENTS"),
    ("Tiếp tục tuyên truyền, quán triệt Chỉ thị số 05-CT/TW ngày 15/5/2016.", "CITES"),
    # a comma after the cue: the reference opens a clause of its own, the cue's object unsaid
    ("Sau 5 năm thực hiện, Chỉ thị số 03-CT/TW ngày 14/5/2011 đã tạo chuyển biến rõ nét.",
     "CITES"),
    ("Qua thời gian thi hành, Luật Viễn thông năm 2009 đã bộc lộ một số bất cập.", "CITES"),
    # a change's course is spoken of, not made
    ("Quá trình sửa đổi Luật Điện lực đang thu hút sự chú ý của dư luận.", "CITES"),
    ("Nội dung sửa đổi Luật Thanh tra năm 2010 có nhiều điểm mới.", "CITES"),  # ... or content
    # the scope a change would cover, all of its cue words: no change made
    ("Ủy ban Thường vụ Quốc hội thống nhất điều chỉnh phạm vi sửa đổi, bổ sung Luật Chuyển "
     "giao công nghệ.", "CITES"),
    # a document being drafted is no cue's object: "xây dựng (dự án, dự thảo)", "soạn thảo"
    ("Thực hiện nhiệm vụ được giao, Bộ Công an đã hoàn thiện dự thảo Luật Lực lượng tham gia "
     "bảo vệ an ninh, trật tự ở cơ sở.", "CITES"),
    ("Để triển khai nhiệm vụ, Chính phủ đang xây dựng dự án Luật Biên phòng Việt Nam.", "CITES"),
    # complying is no carrying out, though "thực hiện" opened the sentence
    ("Ngoài việc thực hiện các quy định trên, cần tuân thủ các quy định tại Nghị định số "
     "105/2012/NĐ-CP.", "CITES"),
    ("Triển khai các nhiệm vụ cụ thể theo Kế hoạch số 13/KH-UBND ngày 11/02/2022.", "CITES"),
    # ... nor is doing something "strictly per" a document (it was the sentence's "triển khai")
    ("Triển khai thực hiện dự án theo đúng quy định của Luật Xây dựng số 50/2014/QH13.",
     "CITES"),
    ("Thực hiện đúng Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND tỉnh.", "IMPLEMENTS"),
    # ... and what follows "theo (đúng) quy định" in the sentence, though words stand between
    ("Mức phí được thực hiện theo đúng mức phí quy định tại Mục III của Biểu phí ban hành kèm "
     "theo Thông tư số 26/2013/TT-NHNN ngày 05/12/2013.", "CITES"),
    ("Việc quyết toán kinh phí thực hiện theo quy định hiện hành của Luật Ngân sách nhà nước số "
     "83/2015/QH13.", "CITES"),  # "hiện hành" (in force)
    ("Kế hoạch Số 97/KH-UBND ngày 30/12/2022 của UBND tỉnh về cải cách hành chính.", "CITES"),
    ("Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019.", "SUPERSEDES"),
    # a guiding document whose issue is proposed is not the citing letter's
    ("Bộ Tài chính đang trình Chính phủ ban hành Nghị định quy định chi tiết thi hành Luật số "
     "38/2019/QH14.", "CITES"),
    ("Để Luật đi vào thực tiễn, yêu cầu sớm ban hành Nghị định quy định chi tiết một số điều của "
     "Luật số 38/2019/QH14 trở nên cấp thiết.", "CITES"),  # required, not issued
    ("Bãi bỏ Quyết định số 5/2018/QĐ-UBND ngày 01/3/2018.", "REPEALS"),
    ("Sửa đổi, bổ sung một số điều của Quyết định số 5/2018/QĐ-UBND.", "AMENDS"),
    ("Sửa đổi, bổ sung một số điểm, khoản tại các điều của Nghị định số 43/2014/NĐ-CP.",
     "AMENDS"),  # points and clauses of its articles
    ("Hướng dẫn một số điểm Quy định cụ thể ban hành kèm theo Quyết định số 99-QĐ/TW.", "GUIDES"),
    ("Hướng dẫn thi hành Nghị định số 30/2020/NĐ-CP ngày 05/3/2020.", "GUIDES"),
    ("Quy định chi tiết một số điều của Nghị định số 30/2020/NĐ-CP.", "GUIDES"),
    ("Thực hiện tốt quy tắc ứng xử ban hành kèm Quyết định số 03/2007/QĐ-BNV.", "IMPLEMENTS"),
    ("Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số "
     "40/2019/QĐ-UBND ngày 12/11/2019 của UBND tỉnh.", "AMENDS"),
    ("Áp dụng Quy chế ban hành kèm theo Quyết định số 40/2019/QĐ-UBND.", "CITES"),
    ("Sửa đổi, bổ sung một số điều của Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND ngày "
     "14/7/2022 của Hội đồng nhân dân tỉnh.", "AMENDS"),  # "kèm theo" without "ban hành"
    # ... however long its name after its kind, not a clause: "... được ban hành kèm theo"
    ("Sửa đổi, bổ sung một số điều của Quy định đơn giá bồi thường thiệt hại về cây trồng, vật "
     "nuôi khi Nhà nước thu hồi đất trên địa bàn tỉnh ban hành kèm theo Quyết định số "
     "52/2024/QĐ-UBND.", "AMENDS"),
    ("Hướng dẫn xử lý đối với các cụm đã được hình thành trước khi Quy chế được ban hành kèm "
     "theo Quyết định số 105/2009/QĐ-TTg.", "CITES"),
    ("Thực hiện dân chủ ở cơ sở gắn với thực hiện Quyết định số 217-QĐ/TW.", "IMPLEMENTS"),
    ("Đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh theo Kết luận số 01-KL/TW.", "CITES"),
    ("Thực hiện theo Kế hoạch số 35/KH-UBND ngày 11/4/2023.", "CITES"),
    ("Căn cứ theo Nghị quyết số 25-NQ/TW ngày 03/6/2013.", "BASED_ON"),
    ("Sửa đổi, bổ sung Điều 3 tại Quyết định số 12/2019/QĐ-UBND.", "AMENDS"),
    ("Điều chỉnh Kế hoạch số 12/KH-UBND ngày 5/6/2023 của UBND tỉnh như sau.", "AMENDS"),
    ("Đính chính Quyết định số 45/QĐ-UBND ngày 5/7/2023.", "AMENDS"),
    ("Phạm vi điều chỉnh của Luật số 10/2022/QH15 gồm.", "CITES"),  # what it governs
    ("Các tổ chức chịu sự điều chỉnh của Luật số 10/2022/QH15 gồm.", "CITES"),  # governed by
    # a change's aim or principle, a heading's noun
    ("Mục tiêu điều chỉnh\nLuật số 31/2024/QH15 hướng đến các mục tiêu chính.", "CITES"),
    ("Nguyên tắc sửa đổi, bổ sung Luật số 10/2022/QH15 là kế thừa.", "CITES"),
    ("Sửa đổi, bổ sung một số nội dung của Kế hoạch số 35/KH-UBND.", "AMENDS"),
    ("Bãi bỏ toàn bộ Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019.", "REPEALS"),
    ("Hủy bỏ Quyết định số 12/QĐ-UBND ngày 01/3/2019.", "REPEALS"),
    ("Căn cứ vào Nghị quyết số 25-NQ/TW ngày 03/6/2013.", "BASED_ON"),
    ("Trên cơ sở Kế hoạch số 35/KH-UBND ngày 11/4/2023, Văn phòng xây dựng kế hoạch.", "BASED_ON"),
    # in force from its signing is no "thi hành" (carrying out)
    ("Quyết định này có hiệu lực thi hành kể từ ngày ký và sửa đổi, bổ sung cho Quyết định số "
     "1417/QĐ-UBND ngày 23/5/2007.", "AMENDS"),
    ("Quyết định này có hiệu lực thi hành kể từ ngày ký. Kế hoạch số 35/KH-UBND.", "CITES"),
    # carrying out suspended is not done
    ("Đình chỉ việc thi hành Quyết định số 45/2015/QĐ-UBND ngày 02/11/2015.", "CITES"),
    ("Tạm ngưng thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023.", "CITES"),
    # ... nor refused or ended; unceasing is done
    ("Không thực hiện Quyết định số 156-CT ngày 23-5-1988 của Chủ tịch Hội đồng Bộ trưởng.",
     "CITES"),
    ("Chấm dứt thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023.", "CITES"),
    # ... or not yet done, or done by no document
    ("Nhiều tỉnh chưa triển khai Kế hoạch số 35/KH-UBND ngày 11/4/2023.", "CITES"),
    ("Chưa có văn bản nào được ban hành nhằm thay thế Quyết định số 12/2019/QĐ-UBND.", "CITES"),
    ("Không ngừng thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.", "IMPLEMENTS"),
    # ... also as a run of cue words ("bổ sung" does not make the change alone), or considered
    ("Không sửa đổi, bổ sung Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019.", "CITES"),
    ("Quốc hội quyết định xem xét sửa đổi, bổ sung một số điều của Hiến pháp năm 2013.", "CITES"),
    # a symbol named as a document ("văn bản"), not by its type
    ("Căn cứ Thông tư số 80/2025/TT-BTC, các đơn vị thực hiện Văn bản số 43-CV/TU.", "IMPLEMENTS"),
    ("Thực hiện chỉ đạo của Ban Thường vụ Thành ủy tại Văn bản số 43-CV/TU.", "IMPLEMENTS"),
    ("Căn cứ Thông tư số 80/2025/TT-BTC, báo cáo theo văn bản số 1085/SNNMT-KS.", "CITES"),
    ("Triển khai theo đề nghị của Bộ Công Thương tại Văn bản số 2265/BCT-ATMT.", "CITES"),
    # "hướng dẫn của <body>" is guidance, a noun, as after "theo"
    ("Tuyển dụng theo quy định và hướng dẫn của Bộ Nội vụ tại Công văn số 7415/BNV-CCVC.",
     "CITES"),
    ("Hướng dẫn chi tiết thi hành Nghị định số 30/2020/NĐ-CP.", "GUIDES"),  # one run
    # a change submitted, purposed, needed, asked about or drafted as a bill is not made, nor
    # is the method of regulation a change
    ("Bộ trình Chính phủ trình Quốc hội sửa đổi, bổ sung Luật Lưu trữ số 01/2011/QH13.", "CITES"),
    ("Để có cơ sở sửa đổi, bổ sung Luật Tổ chức Tòa án nhân dân số 62/2014/QH13, Tòa án tổng "
     "kết.", "CITES"),
    ("Thực tiễn đòi hỏi phải tiếp tục sửa đổi, bổ sung Luật Di sản văn hóa số 28/2001/QH10.",
     "CITES"),
    ("Thực tế đặt ra yêu cầu cấp thiết phải thay thế Luật Phòng, chống bạo lực gia đình số "
     "02/2007/QH12.", "CITES"),  # a requirement, urgent (it had been SUPERSEDED)
    ("Báo cáo về tình hình lấy ý kiến Nhân dân về sửa đổi, bổ sung Hiến pháp năm 2013 và Luật "
     "số 77/2015/QH13.", "CITES"),  # opinions sought
    ("Quốc hội thảo luận ở hội trường về việc điều chỉnh một số nội dung của Nghị quyết "
     "53/2017/QH14.", "CITES"),  # debated
    ("Quốc hội thảo luận về dự án luật sửa đổi Luật Đất đai số 45/2013/QH13.", "CITES"),
    ("Phương pháp điều chỉnh của Luật Đất đai số 45/2013/QH13 là mệnh lệnh.", "CITES"),
    # measures for carrying out are laid down, as details are ("điều, khoản và" had broken the
    # run: the decree had been BASED_ON the law it details)
    ("Nghị định này quy định chi tiết một số điều, khoản và biện pháp thi hành Luật Thanh tra "
     "số 11/2022/QH15.", "GUIDES"),
    ("Xây dựng Nghị định hướng dẫn chi tiết thi hành Luật số 10/2022/QH15.", "CITES"),
    # a draft's change, however long its subject, is not made
    ("Theo dự thảo Nghị định quy định tổ chức các cơ quan chuyên môn cấp tỉnh thay thế Nghị "
     "định số 24/2014/NĐ-CP của Chính phủ.", "CITES"),
    ("Ủy ban dự thảo sửa đổi, bổ sung một số điều của Hiến pháp năm 2013 đã họp.", "CITES"),
    ("Khi Bộ Tài chính ban hành Thông tư mới sửa đổi Thông tư 200/2014/TT-BTC, phần mềm sẽ "
     "đáp ứng.", "CITES"),  # a new one to be issued, not the preamble's "ban hành Thông tư"
    # ... and one unnumbered by its subject, "về việc sửa đổi" (a news item had AMENDED it)
    ("Quốc hội đã thông qua các nghị quyết, gồm: Nghị quyết về việc sửa đổi, bổ sung một số "
     "điều của Hiến pháp năm 2013.", "CITES"),
]


@pytest.mark.parametrize(("sentence", "relation"), CUES)
def test_each_cue_types_the_relation(sentence: str, relation: str) -> None:
    rels = [r for r in extract_text(sentence).relations if r.from_self]
    assert [r.relation.value for r in rels][-1:] == [relation]


def test_a_basis_after_a_comma_or_capitalised_is_the_citing_documents_next_basis() -> None:
    text = ("Sau khi xem xét nội dung đơn, căn cứ Luật Khiếu nại năm 2011, căn cứ Nghị định số "
            "124/2020/NĐ-CP ngày 19/10/2020 của Chính phủ; đơn đủ điều kiện thụ lý.")
    assert relations(text) == {("self", "BASED_ON", "LUAT-QH-2011-luat-khieu-nai"),
                               ("self", "BASED_ON", "ND-124-CP-2020")}  # the law had been
    # ... and where a copy lost the ";" before it
    text = ("Căn cứ Luật Thống kê ngày 23/11/2015 Căn cứ văn bản số 814/TCTK-PPCĐ ngày 19/6/2020 "
            "của Tổng cục Thống kê;")
    assert ("self", "BASED_ON", "CV-814-TCTK-PPCD-2020") in relations(text)
    # ... and where a copy stripped of its commonest words lost "cứ" ("căn hộ", a flat, names
    # no document)
    text = ("NGHỊ ĐỊNH QUY ĐỊNH CHI TIẾT THI HÀNH MỘT SỐ ĐIỀU CỦA LUẬT PHÒNG, CHỐNG THIÊN TAI Căn "
            "Luật tổ chức Chính phủ ngày 19 tháng năm 2015; Căn Nghị định số 66/2014/NĐ-CP.")
    assert {("self", "BASED_ON", "LUAT-QH-luat-to-chuc-chinh-phu"),  # the title's cue had
            ("self", "BASED_ON", "ND-66-CP-2014")} <= relations(text)  # made it GUIDE the law
    # ... not "cần" (needs), which folds as "căn" does
    assert relations("Doanh nghiệp cần Luật Đầu tư năm 2020 ổn định.") == {
        ("self", "CITES", "LUAT-QH-2020-luat-dau-tu")}


# (sentence, a relation of the citing document): a basis reaches no further than a main clause,
# after a comma, that reports what a body or a document did ("đã", "vừa"); the act's basis is
# cited too, as what it names is (the decrees whose provisions were removed had been bases)
REPORTED_ACTS = [
    ("Căn cứ vào Điều 17 Nghị định số 63/2013/NĐ-CP ngày 27/6/2013 quy định chi tiết thi hành Pháp "
     "lệnh pháp điển, Bộ Nông nghiệp và Phát triển nông thôn đã loại bỏ các quy định hết hiệu lực "
     "của Nghị định số 103/2013/NĐ-CP, Nghị định số 119/2017/NĐ-CP.",
     {("self", "CITES", "ND-63-CP-2013"), ("self", "CITES", "ND-103-CP-2013"),
      ("self", "CITES", "ND-119-CP-2017")}),
    # ... the news item's, of the act its basis is (it had been based on both laws)
    ("Căn cứ Điều 88 Hiến pháp năm 2013 và Luật Đặc xá số 30/2018/QH14, theo đề nghị của Chính "
     "phủ, Chủ tịch nước đã ký Quyết định số 758 về đặc xá năm 2024.",
     {("self", "CITES", "LUAT-30-QH14-2018"),
      ("self", "CITES", "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam")}),
    # ... its day before the body, and what was sent
    ("Căn cứ Nghị quyết số 08-NQ/TW ngày 16/01/2017 của Bộ Chính trị, ngày 12/5/2017, Ban Thường "
     "vụ Tỉnh ủy vừa có văn bản số 1640-CV/TU chỉ đạo phát triển du lịch.",
     {("self", "CITES", "CV-1640-TU")}),
    # ... after "trên cơ sở" too, and on to the list its act opens
    ("Trên cơ sở Chỉ thị số 30/CT-TW, Chính phủ đã thể chế hoá bằng các Nghị định: Nghị định số "
     "29/1998/NĐ-CP về thực hiện quy chế dân chủ ở xã.", {("self", "CITES", "ND-29-CP-1998")}),
    # ... or a document that did it
    ("Căn cứ vào quy định của Luật này, Bộ luật Hình sự số 100/2015/QH13 đã quy định cụ thể 02 tội "
     "liên quan đến bầu cử.", {("self", "CITES", "LUAT-100-QH13-2015")}),
    # The body's act in the text itself is based on it still (no "đã"), and so is what a passive
    # says was done ("đã được sửa đổi"), and an act that issued the text, on its own page.
    ("Căn cứ Nghị định số 63/2013/NĐ-CP ngày 27/6/2013 của Chính phủ, Ủy ban nhân dân tỉnh ban "
     "hành Kế hoạch rà soát Nghị định số 103/2013/NĐ-CP.", {("self", "BASED_ON", "ND-103-CP-2013")}),
    ("Căn cứ Luật Đất đai năm 2013, Luật Đầu tư số 61/2020/QH14 đã được sửa đổi, bổ sung một số "
     "điều.", {("self", "BASED_ON", "LUAT-61-QH14-2020")}),
    ("Quyết định 1107/QĐ-BTNMT năm 2015 công bố Danh mục các khu bảo tồn\n\nSố hiệu: "
     "1107/QĐ-BTNMT   Loại văn bản: Quyết định\nNơi ban hành: Bộ Tài nguyên và Môi trường\nNgày "
     "ban hành: 12/05/2015\n\nCăn cứ Luật Đa dạng sinh học số 20/2008/QH12, ngày 12/05/2015, Bộ "
     "TNMT đã ban hành Quyết định 1107/QĐ-BTNMT năm 2015.",
     {("self", "BASED_ON", "LUAT-20-QH12-2008")}),
]


@pytest.mark.parametrize(("text", "expected"), REPORTED_ACTS)
def test_a_basis_reaches_no_further_than_a_main_clause_that_reports_what_was_done(
        text: str, expected: set[tuple[str, str, str]]) -> None:
    assert expected <= relations(text)


def test_a_document_drafted_under_a_cue_is_only_cited() -> None:
    text = ("Thực hiện Nghị quyết số 51-NQ/TW ngày 05/9/2019, Bộ Công an đã chủ trì soạn thảo Nghị "
            "định số 40/2024/NĐ-CP ngày 16/4/2024.")
    assert relations(text) == {("self", "IMPLEMENTS", "NQ-51-TW-2019"),
                               ("self", "CITES", "ND-40-CP-2024")}


def test_a_full_stop_ends_a_sentence_before_a_bracket_in_markdowns_emphasis() -> None:
    text = ("Giao Ban Tổ chức Trung ương tổ chức thực hiện các chủ trương, báo cáo Bộ Chính trị."
            " *(Kèm theo Báo cáo số 565-BC/BTCTW, ngày 27/11/2025 của Ban Tổ chức Trung ương).*")
    assert relations(text) == {("self", "CITES", "BC-565-BTCTW-2025")}


def test_a_full_stop_ends_a_sentence_before_a_web_address() -> None:
    # An image's address and its caption after the sentence: the caption's decree was said to
    # be superseded, since "thay thế" went on to it
    text = ("Quyết định này thay thế Quyết định số 59/2022/QĐ-UBND. "
            "https://cdn.example.vn/nghi-dinh-69.jpg Nghị định 69/2024/NĐ-CP có hiệu lực thi "
            "hành từ ngày nào?")
    assert relations(text) == {("self", "SUPERSEDES", "QD-59-UBND-2022"),
                               ("self", "CITES", "ND-69-CP-2024")}


def test_a_full_stop_glued_to_the_next_word_ends_a_sentence() -> None:
    # A copy lost the space: "... gia hạn.Quyết định ...". "Tp.Hồ Chí Minh" is no sentence end.
    # (on a news page the decision opening the sentence is the one it announced)
    text = ("Quyết định số 74/QĐ-TCT ngày 27/1/2014 của Tổng cục Thuế về quy trình thanh tra\n"
            "Thông tin: Cơ quan thuế lập kế hoạch thanh tra hằng năm. Mỗi cuộc thanh tra kéo dài "
            "không quá 45 ngày, kể cả thời gian gia hạn.Quyết định có "
            "hiệu lực thi hành kể từ ngày ký, thay thế Quyết định số 460/QĐ-TCT ngày 5/5/2009.")
    assert ("QD-74-TCT-2014", "SUPERSEDES", "QD-460-TCT-2009") in relations(text)
    text = "Thực hiện Quyết định số 12/QĐ-UBND của Tp.Hồ Chí Minh và Kế hoạch số 35/KH-UBND."
    assert relations(text) == {("self", "IMPLEMENTS", "QD-12-UBND-ho-chi-minh"),
                               ("self", "IMPLEMENTS", "KH-35-UBND")}


def test_a_cue_governs_the_whole_list_that_follows_it() -> None:
    text = ("Tiếp tục quán triệt, triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013; "
            "Kết luận số 114-KL/TW ngày 14/7/2015; Chỉ thị số 33/CT-TTg ngày 26/11/2021.")
    assert relations(text) == {("self", "IMPLEMENTS", "NQ-25-TW-2013"),
                               ("self", "IMPLEMENTS", "KL-114-TW-2015"),
                               ("self", "IMPLEMENTS", "CT-33-TTg-2021")}


def test_a_full_stop_inside_closing_emphasis_ends_the_sentence() -> None:
    # A quoted article in italics, "... chịu trách nhiệm thi hành Quyết định này”.*", then the
    # consolidated text's next line: its cue did not reach the decision named there.
    text = ("*Điều 5. Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này”.*\n"
            "Điều 2, Điều 3 của Quyết định số 38/2010/QĐ-TTg có hiệu lực kể từ ngày 01/7/2010.")
    assert relations(text) == {("self", "CITES", "QD-38-TTg-2010")}


def test_a_colon_that_ends_a_line_before_a_capital_ends_the_sentence() -> None:
    # What follows "như sau:" is the plan's content, not a list the cue before it governs.
    text = ("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021, UBND tỉnh ban hành Kế hoạch thực "
            "hiện như sau:\nCác sở căn cứ Kế hoạch này và Thông tư số 05/2023/TT-BNV ngày "
            "01/6/2023 xây dựng kế hoạch.")
    assert relations(text) == {("self", "IMPLEMENTS", "CT-33-TTg-2021"),
                               ("self", "BASED_ON", "TT-5-BNV-2023")}


def test_a_clause_opener_inside_a_broken_law_name_starts_no_sentence() -> None:
    text = ("Quán triệt Luật\nThực hiện dân chủ ở cơ sở số 10/2022/QH15 (có hiệu lực thi hành từ "
            "ngày 01/7/2023); Chỉ thị số 33/CT-TTg ngày 26/11/2021.")
    assert relations(text) == {("self", "CITES", "LUAT-10-QH15-2022"),
                               ("self", "CITES", "CT-33-TTg-2021")}


def test_a_cue_inside_a_cited_documents_subject_relates_the_cited_documents() -> None:
    text = ("Trọng tâm là Kế hoạch số 115-KH/TU ngày 13/3/2019 của Ban Thường vụ Tỉnh ủy về "
            "thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư (khóa XII) về tiếp "
            "tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013.")
    assert relations(text) == {
        ("self", "CITES", "KH-115-TU-2019"), ("self", "CITES", "KL-43-TW-2019"),
        ("self", "CITES", "NQ-25-TW-2013"),
        ("KH-115-TU-2019", "IMPLEMENTS", "KL-43-TW-2019"),
        ("KL-43-TW-2019", "IMPLEMENTS", "NQ-25-TW-2013"),
    }


def test_a_cited_documents_subject_in_quotation_marks_is_its_subject() -> None:
    for quoted in ('"Quy định chi tiết thi hành Luật Thương mại"',
                   "“Quy định chi tiết thi hành Luật Thương mại”"):
        text = f"Căn cứ Nghị định số 12/2006/NĐ-CP ngày 23/01/2006 của Chính phủ {quoted};"
        assert ("ND-12-CP-2006", "GUIDES", "LUAT-QH-luat-thuong-mai") in relations(text)


def test_a_type_word_with_its_so_typed_twice_is_still_the_symbols() -> None:
    # "Chỉ thị số số 34-CT/TW": the mention had been the bare symbol, so the letter's subject
    # carried out nothing
    text = ('Ngày 31/7/2014, Tỉnh ủy Bắc Giang đã có Công văn số 841-CV/TU "V/v thực hiện Chỉ '
            'thị số số 34-CT/TW của Bộ Chính trị (khóa XI)".')
    assert ("CV-841-TU-2014-bac-giang", "IMPLEMENTS", "CT-34-TW") in relations(text)


def test_a_plan_to_review_how_a_directive_was_carried_out_is_part_of_carrying_it_out() -> None:
    text = ("Đây là nội dung Kế hoạch 195-KH/TU ngày 13-5-2020 của Ban Thường vụ Thành ủy Hà "
            "Nội về tổng kết 10 năm thực hiện Chỉ thị 46-CT/TƯ ngày 27-7-2010 của Ban Bí thư.")
    assert relations(text) == {
        ("self", "CITES", "KH-195-TU-2020-ha-noi"), ("self", "CITES", "CT-46-TW-2010"),
        ("KH-195-TU-2020-ha-noi", "IMPLEMENTS", "CT-46-TW-2010"),
    }


def test_what_a_report_says_was_issued_for_a_purpose_carries_it_out() -> None:
    text = ("Để triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ"
            " về tăng cường công tác dân vận, UBND tỉnh đã ban hành Kế hoạch số 35/KH-UBND ngày "
            "11/4/2022.")
    assert relations(text) == {
        ("self", "CITES", "CT-33-TTg-2021"), ("self", "CITES", "KH-35-UBND-2022"),
        ("KH-35-UBND-2022", "IMPLEMENTS", "CT-33-TTg-2021"),
    }
    # The plan's own preamble names no symbol after "ban hành": the plan is the text.
    assert relations(text.replace(" Kế hoạch số 35/KH-UBND ngày 11/4/2022", " Kế hoạch")) == {
        ("self", "IMPLEMENTS", "CT-33-TTg-2021")}
    # ... and so is what it says was issued on a basis.
    text = ("Căn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương, Tỉnh ủy "
            "ban hành Chương trình hành động số 28-CTr/TU ngày 11/9/2013.")
    assert relations(text) == {
        ("self", "CITES", "NQ-25-TW-2013"), ("self", "CITES", "CTr-28-TU-2013"),
        ("CTr-28-TU-2013", "BASED_ON", "NQ-25-TW-2013"),
    }
    # ... or to guide it: the decree guides the law, not the report (the report had guided both)
    text = ("Để hướng dẫn Luật Thi hành án dân sự số 26/2008/QH12, ngày 18/7/2015, Chính phủ đã ban"
            " hành Nghị định số 62/2015/NĐ-CP.")
    assert relations(text) == {
        ("self", "CITES", "LUAT-26-QH12-2008"), ("self", "CITES", "ND-62-CP-2015"),
        ("ND-62-CP-2015", "GUIDES", "LUAT-26-QH12-2008"),
    }
    # ... or signed for it, its subject after the letter's recipients
    text = ("Để việc thực hiện Quyết định số 619/QĐ-TTg ngày 08/5/2017 của Thủ tướng Chính phủ được "
            "thống nhất trên cả nước, ngày 22/5/2017 Bộ trưởng Bộ Tư pháp đã ký Công văn số "
            "1710/BTP-PBGDPL gửi Ủy ban nhân dân các tỉnh, thành phố về việc hướng dẫn triển khai "
            "Quyết định số 619/QĐ-TTg.")
    assert relations(text) == {
        ("self", "CITES", "QD-619-TTg-2017"), ("self", "CITES", "CV-1710-BTP-PBGDPL-2017"),
        ("CV-1710-BTP-PBGDPL-2017", "GUIDES", "QD-619-TTg-2017"),
    }
    # ... also named as a document by its symbol alone, "văn bản số 4763/UBND-NC" (the news
    # item had carried out both)
    text = ("Thực hiện Thông tư số 15/2010/TT-BCA của Bộ Công an, UBND thành phố Hà Nội vừa ban "
            "hành văn bản số 4763/UBND-NC về việc thí điểm bố trí công an chính quy.")
    assert relations(text) == {
        ("self", "CITES", "TT-15-BCA-2010"), ("self", "CITES", "CV-4763-UBND-NC-ha-noi"),
        ("CV-4763-UBND-NC-ha-noi", "IMPLEMENTS", "TT-15-BCA-2010"),
    }
    # What was issued for a purpose no reference names is cited, not carried out: a news
    # item's headline runs into its first line.
    text = ("Thanh Hóa ban hành Kế hoạch thực hiện đột phá phát triển giáo dục\n\nNgày 28/11/2025,"
            " UBND tỉnh Thanh Hóa ban hành Kế hoạch số 243/KH-UBND thực hiện Nghị quyết của "
            "Chính phủ.")
    assert relations(text) == {("self", "CITES", "KH-243-UBND-2025-thanh-hoa")}
    # ... and so is each of a page's items, though their lines run into one sentence
    text = ("Ngày 17/08/2022, UBND huyện đã ban hành Kế hoạch số 4862/KH-UBND nhằm hướng dẫn về "
            "triển khai hệ thống truy xuất nguồn gốc;\nNgày 17/08/2022, UBND huyện đã ban hành Kế"
            " hoạch số 4842/KH-UBND nhằm tổ chức Tết Trung thu.")
    assert relations(text) == {("self", "CITES", "KH-4862-UBND-2022"),
                               ("self", "CITES", "KH-4842-UBND-2022")}
    # ... or sent for it ("vừa có công văn số"), with a decree's subject before it, whose law
    # stays the decree's (the letter had been a document the decree GUIDES)
    text = ("Nhằm triển khai thi hành Luật Tiếp cận thông tin năm 2016, Nghị định số 13/2018/NĐ-CP "
            "ngày 23/01/2018 của Chính phủ quy định chi tiết và biện pháp thi hành Luật Tiếp cận "
            "thông tin, UBND tỉnh vừa có công văn số 2774/UBND-NC đề nghị các Sở triển khai.")
    found = relations(text)
    assert ("CV-2774-UBND-NC", "IMPLEMENTS", "ND-13-CP-2018") in found
    assert ("self", "CITES", "CV-2774-UBND-NC") in found
    assert not any(target == "CV-2774-UBND-NC" for source, _, target in found if source != "self")
    # ... or named in brackets after the purpose that the type issued opens (the conclusion
    # had carried the plan out)
    text = ("UBND tỉnh ban hành Kế hoạch thực hiện Kết luận số 45-KL/TW của Ban Bí thư về tiếp tục"
            " đẩy mạnh thực hiện hiệu quả Chỉ thị số 18-CT/TW của Ban Bí thư khóa XI (Kế hoạch số "
            "90/KH-UBND, ngày 13/5/2019).")
    found = relations(text)
    assert {("KH-90-UBND-2019", "IMPLEMENTS", "KL-45-TW"), ("KL-45-TW", "IMPLEMENTS", "CT-18-TW"),
            ("self", "CITES", "KH-90-UBND-2019")} <= found
    assert not any(source == "KL-45-TW" and target.startswith("KH") for source, _, target in found)


@pytest.mark.parametrize("page", ["\n\n2\n\n", "\n\n- 2 -\n\n", "\nTrang 2\n", "\nTrang 2/5\n",
                                  "\n2\n\f", "\n\f2\n",  # a form feed: pdftotext's page break
                                  "\n\f4 CÔNG BÁO/Số 275 + 276/Ngày 15-4-2013\n",  # the gazette's
                                  # a portal's signature stamp, with the page's number after it
                                  "\nNgười ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ\nEmail: "
                                  "thongtinchinhphu@chinhphu.vn\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\n"
                                  "Thời gian ký: 07.03.2025 09:10:52 +07:00\n\n \n94 \n",
                                  # ... and the Official Gazette's
                                  "\nKý bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                  "Cơ quan: VĂN PHÒNG CHÍNH PHỦ\nNgày ký: 2026-05-29 15:14:06 "
                                  "+07:00\n"])
def test_a_pages_number_between_its_lines_does_not_break_the_sentence(page: str) -> None:
    # Text from a PDF keeps the number of the page that broke the sentence, on a line of its
    # own: the cue and the list go on past it.
    text = ("Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ;{}Kết luận số "
            "01-KL/TW ngày 18/5/2021 của Bộ Chính trị, UBND tỉnh ban hành Kế hoạch như sau:")
    assert relations(text.format(page)) == relations(text.format(" ")) == {
        ("self", "IMPLEMENTS", "CT-33-TTg-2021"), ("self", "IMPLEMENTS", "KL-1-TW-2021")}


def test_a_pages_number_inside_a_laws_name_does_not_cut_it() -> None:
    text = ("Thông tư này quy định chi tiết Điều 92 Luật Bảo vệ\n\f" + " " * 40 + "2\nmôi trường "
            "năm 2020.")
    assert relations(text) == {("self", "GUIDES", "LUAT-QH-2020-luat-bao-ve-moi-truong")}  # bao-ve


def test_a_bracket_after_a_full_stop_starts_a_sentence() -> None:
    # The plan approved is named in brackets under the article; "thực hiện" is of its name.
    text = ("Điều 1. Phê duyệt Kế hoạch thực hiện Đề án “Xoá mù chữ đến năm 2020” tỉnh Vĩnh "
            "Long.\n\n(Kèm theo Kế hoạch số 1376/KH-SGDĐT ngày 28/10/2013 của Giám đốc Sở Giáo"
            " dục và Đào tạo).")
    assert relations(text) == {("self", "CITES", "KH-1376-SGDDT-2013-vinh-long")}


def test_a_cited_documents_subject_may_say_it_regulates_before_its_cue() -> None:
    text = ("Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh Phú Thọ về việc quy "
            "định cụ thể hóa Điều 18 và Điều 20 của Thông tư 01/2016/TT-BGDĐT ngày 15/01/2016.")
    assert relations(text) == {
        ("self", "BASED_ON", "QD-932-UBND-2016-phu-tho"), ("self", "CITES", "TT-1-BGDDT-2016"),
        ("QD-932-UBND-2016-phu-tho", "IMPLEMENTS", "TT-1-BGDDT-2016"),  # was self IMPLEMENTS
    }


def test_a_cited_decree_that_lays_down_measures_for_carrying_out_a_law_guides_it() -> None:
    # "quy định một số điều và biện pháp thi hành": the decree's subject, not the citing
    # document's act (a plan had been BASED_ON the law, or IMPLEMENTED it)
    text = ("Căn cứ Nghị định số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ quy định một số điều"
            " và biện pháp thi hành Luật tín ngưỡng, tôn giáo số 02/2016/QH14.")
    assert relations(text) == {
        ("self", "BASED_ON", "ND-162-CP-2017"), ("self", "CITES", "LUAT-2-QH14-2016"),
        ("ND-162-CP-2017", "GUIDES", "LUAT-2-QH14-2016"),
    }


def test_a_cue_anywhere_in_a_cited_documents_subject_speaks_of_that_document() -> None:
    text = ("Bãi bỏ Quyết định số 102/1999/QĐ-UB ngày 13 tháng 5 năm 1999 của Ủy ban nhân dân "
            "tỉnh Bình Phước về việc Thành lập Ban chỉ đạo thực hiện Quyết định 19/1999/QĐ-TTg "
            "của Thủ tướng Chính phủ.")
    assert relations(text) == {
        ("self", "REPEALS", "QD-102-UB-1999-binh-phuoc"), ("self", "CITES", "QD-19-TTg-1999"),
        ("QD-102-UB-1999-binh-phuoc", "IMPLEMENTS", "QD-19-TTg-1999"),  # was self IMPLEMENTS
    }
    # ... within its clause: after a comma the cue is the citing document's
    text = ("Căn cứ Quyết định số 102/QĐ-UBND ngày 13/5/2019 của UBND tỉnh về việc giao chỉ tiêu "
            "biên chế, thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2019.")
    assert ("self", "IMPLEMENTS", "KH-35-UBND-2019") in relations(text)
    # ... up to a next item that counts the years of carrying out another document
    text = ("Qua 10 năm thực hiện Nghị quyết số 36-NQ/TW ngày 26-3-2004 của Bộ Chính trị về công "
            "tác người Việt Nam ở nước ngoài và 5 năm thực hiện Chỉ thị số 45-CT/TW ngày "
            "19-5-2015 của Bộ Chính trị, ...")
    assert ("NQ-36-TW-2004", "IMPLEMENTS", "CT-45-TW-2015") not in relations(text)
    assert ("self", "IMPLEMENTS", "CT-45-TW-2015") in relations(text)


def test_a_document_adopted_for_a_purpose_does_what_the_purpose_names() -> None:
    text = ("Tin tức\nLuật Trẻ em số 102/2016/QH13 được Quốc hội thông qua nhằm cụ thể hóa Hiến "
            "pháp năm 2013.\n")
    assert ("LUAT-102-QH13-2016", "IMPLEMENTS", "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-"
            "nghia-viet-nam") in relations(text)  # (the Constitution had carried out the law)
    text = ("Tin tức\nNghị định số 08/2022/NĐ-CP được ban hành nhằm quy định chi tiết một số điều "
            "của Luật số 72/2020/QH14.\n")
    assert ("ND-8-CP-2022", "GUIDES", "LUAT-72-QH14-2020") in relations(text)
    # ... but a purpose after a comma is the sentence's act's, not the document's before it
    text = ("Quyết định này thay thế Quyết định số 12/2020/QĐ-UBND, nhằm cụ thể hóa Chỉ thị "
            "27-CT/TW của Bộ Chính trị.")
    assert relations(text) == {("self", "SUPERSEDES", "QD-12-UBND-2020"),
                               ("self", "IMPLEMENTS", "CT-27-TW")}
    # ... and what is done to it is still done to it
    text = "Tin tức\nNghị định số 10/2020/NĐ-CP được thay thế bởi Nghị định số 11/2021/NĐ-CP.\n"
    assert ("ND-11-CP-2021", "SUPERSEDES", "ND-10-CP-2020") in relations(text)


def test_a_bodys_name_of_today_in_brackets_lets_the_subject_speak_of_its_document() -> None:
    text = ("Căn cứ Thông tư số 36/2006/TT-BVHTT ngày 20/3/2006 của Bộ Văn hóa - Thông tin (nay là "
            "Bộ Văn hóa, Thể thao và Du lịch) hướng dẫn thực hiện một số điều của Quy chế ban hành "
            "kèm theo Nghị định số 91/2005/NĐ-CP ngày 11/7/2005 của Chính phủ;")
    assert ("TT-36-BVHTT-2006", "GUIDES", "ND-91-CP-2005") in relations(text)
    assert ("self", "GUIDES", "ND-91-CP-2005") not in relations(text)


def test_a_short_form_in_brackets_after_a_document_lets_its_subject_speak_of_it() -> None:
    text = ("Sau 10 năm thực hiện Kết luận số 12-KL/TW ngày 24-10-2011 của Bộ Chính trị, khóa XI "
            "(Kết luận 12) về tiếp tục thực hiện Nghị quyết số 10-NQ/TW của Bộ Chính trị, các "
            "tỉnh Tây Nguyên đạt nhiều thành tựu.")
    assert relations(text) == {
        ("self", "IMPLEMENTS", "KL-12-TW-2011"), ("self", "CITES", "NQ-10-TW"),
        ("KL-12-TW-2011", "IMPLEMENTS", "NQ-10-TW"),
    }


def test_the_short_names_a_bracket_gives_documents_restate_them() -> None:
    # ... and list nothing the conclusion before them carries out
    text = ("Căn cứ: Chỉ thị số 42-CT/TW, ngày 24/3/2020 của Ban Bí thư về công tác phòng chống "
            "thiên tai; Công văn số 65-CV/TW ngày 13/6/2025 của Ban chấp hành Trung ương Đảng về "
            "ứng phó thiên tai; Kết luận số 213-KL/TW, ngày 21/11/2025 của Ban Bí thư về tiếp tục "
            "thực hiện Chỉ thị số 42-CT/TW, ngày 24/3/2020 của Ban Bí thư (sau đây viết tắt là "
            "Chỉ thị số 42-CT/TW, Văn bản số 65-CV/TW, Kết luận số 213-KL/TW);")
    assert relations(text) == {
        ("self", "BASED_ON", "CT-42-TW-2020"), ("self", "BASED_ON", "CV-65-TW-2025"),
        ("self", "BASED_ON", "KL-213-TW-2025"), ("KL-213-TW-2025", "IMPLEMENTS", "CT-42-TW-2020"),
    }


def test_amends_between_cited_documents() -> None:
    text = ("Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ về sửa đổi, bổ sung một "
            "số điều của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.")
    assert ("ND-107-CP-2021", "AMENDS", "ND-61-CP-2018") in relations(text)


def test_a_change_said_of_a_document_before_and_ends_it_is_not_the_next_ones() -> None:
    # "X sửa đổi, bổ sung và Y": the change words describe X (the amended law of 2013); "và"
    # joins the next item of the list, which X had AMENDED
    text = ("Căn cứ theo Luật Thi đua, khen thưởng số 15/2003/QH11, Luật số 39/2013/QH13 sửa đổi, "
            "bổ sung và Luật số 32/2009/QH12 quy định đối tượng và tiêu chuẩn tặng danh hiệu.")
    found = relations(text)
    assert ("LUAT-39-QH13-2013", "AMENDS", "LUAT-32-QH12-2009") not in found
    assert ("self", "BASED_ON", "LUAT-32-QH12-2009") in found
    # ... and so after a passive change: the decree does nothing to the law (it had cited it)
    text = ("Việc đấu giá khẳng định sự hiệu quả của Luật Tần số vô tuyến điện số 42/2009/QH12 đã "
            "được sửa đổi và Nghị định số 63/2023/NĐ-CP đã đi vào cuộc sống.")
    assert not any(source == "ND-63-CP-2023" for source, _, _ in relations(text))


def test_a_change_that_also_repeals_some_parts_amends() -> None:
    # "sửa đổi, bổ sung và bãi bỏ một số điều": the document stays in force, changed; it had
    # been repealed. "Bãi bỏ" alone still repeals.
    text = ("Sửa đổi, bổ sung và bãi bỏ một số điều của Quyết định số 01/2022/QĐ-KTNN ngày "
            "18/3/2022 của Tổng Kiểm toán nhà nước.")
    assert relations(text) == {("self", "AMENDS", "QD-1-KTNN-2022")}
    text = "Bãi bỏ, sửa đổi một số nội dung của Nghị quyết số 47/2007/NQ-HĐND ngày 25/01/2007."
    assert relations(text) == {("self", "AMENDS", "NQ-47-HDND-2007")}
    text = "Bãi bỏ Nghị quyết số 47/2007/NQ-HĐND ngày 25/01/2007."
    assert relations(text) == {("self", "REPEALS", "NQ-47-HDND-2007")}


def test_a_decree_on_carrying_out_a_law_details_it() -> None:
    # "về thi hành Luật Đất đai": vbpl.vn lists the decree among the law's guiding texts
    text = ("Căn cứ Nghị định số 43/2014/NĐ-CP ngày 15/5/2014 của Chính phủ về thi hành Luật Đất "
            "đai số 45/2013/QH13;")
    assert ("ND-43-CP-2014", "GUIDES", "LUAT-45-QH13-2013") in relations(text)
    # ... while a government resolution on the work of carrying it out carries it out
    text = ("Căn cứ Nghị quyết số 11/NQ-CP ngày 05/02/2018 của Chính phủ về triển khai thi hành "
            "Luật Quy hoạch số 21/2017/QH14;")
    assert ("NQ-11-CP-2018", "IMPLEMENTS", "LUAT-21-QH14-2017") in relations(text)


def test_a_decree_detailing_a_law_guides_it() -> None:
    text = ("Căn cứ Nghị định số 34/2016/NĐ-CP ngày 14 tháng 5 năm 2016 của Chính phủ quy định "
            "chi tiết một số điều và biện pháp thi hành Luật Ban hành văn bản quy phạm pháp "
            "luật số 80/2015/QH13;")
    assert relations(text) == {("self", "BASED_ON", "ND-34-CP-2016"),
                               ("self", "CITES", "LUAT-80-QH13-2015"),
                               ("ND-34-CP-2016", "GUIDES", "LUAT-80-QH13-2015")}
    # ... also when the copy lost "của" before its body: the citing decision had GUIDED the law
    text = ("Căn cứ Nghị định số 49/2020/NĐ-CP ngày 17/4/2020 Chính phủ quy định chi tiết thi hành "
            "Luật Thi hành án hình sự về tái hòa nhập cộng đồng;")
    assert relations(text) == {("self", "BASED_ON", "ND-49-CP-2020"),
                               ("self", "CITES", "LUAT-QH-luat-thi-hanh-an-hinh-su"),
                               ("ND-49-CP-2020", "GUIDES", "LUAT-QH-luat-thi-hanh-an-hinh-su")}
    text = "Căn cứ Thông tư số 47/2014/TT-BYT ngày 11/12/2014 Bộ Y tế hướng dẫn quản lý an toàn thực phẩm;"
    assert extract_text(text).references[0].issuing_body == "Bộ Y tế"


def test_a_decree_details_no_decree() -> None:
    # a guide stands below what it guides: a decree details a law, not a decree of its rank
    text = ("CHÍNH PHỦ\nSố: 125/2026/NĐ-CP\nHà Nội, ngày 6 tháng 4 năm 2026\nNGHỊ ĐỊNH\n"
            "Quy định về hoạt động khoa học\nNghị định này quy định chi tiết Nghị định số "
            "262/2025/NĐ-CP và Thông tư số 5/2025/TT-BKHCN.")
    assert relations(text) == {("self", "CITES", "ND-262-CP-2025"),  # was GUIDES
                               ("self", "CITES", "TT-5-BKHCN-2025")}


def test_a_document_issuing_a_plan_implements_what_the_plan_carries_out() -> None:
    text = ("Triển khai Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương "
            "trình hành động thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.")
    assert relations(text) == {("self", "IMPLEMENTS", "NQ-3-CP-2025"),
                               ("self", "CITES", "NQ-57-TW-2024"),
                               ("NQ-3-CP-2025", "IMPLEMENTS", "NQ-57-TW-2024")}


def test_an_amending_law_is_named_whole_and_amends_the_laws_it_names() -> None:
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "chính quyền địa phương ngày 22 tháng 11 năm 2019;")
    amending = "LUAT-QH-2019-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-chinh-phu-bb54aa28"
    assert relations(text) == {
        ("self", "BASED_ON", amending),
        ("self", "CITES", "LUAT-QH-luat-to-chuc-chinh-phu"),
        ("self", "CITES", "LUAT-QH-luat-to-chuc-chinh-quyen-dia-phuong"),
        (amending, "AMENDS", "LUAT-QH-luat-to-chuc-chinh-phu"),
        (amending, "AMENDS", "LUAT-QH-luat-to-chuc-chinh-quyen-dia-phuong"),
    }


def test_the_laws_an_amending_law_names_end_with_its_name() -> None:
    # Two amending laws listed side by side: neither amends the other (the first had held the
    # second's head in its name, and amended it)
    text = ("Nghị quyết về việc thi hành Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án "
            "nhân dân, Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Viện kiểm sát nhân dân.")
    found = relations(text)
    courts, procuracy = sorted(t for s, r, t in found if r == "IMPLEMENTS")
    assert courts.startswith("LUAT-QH-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-toa-an")
    assert procuracy.startswith("LUAT-QH-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc-vien")
    assert {(s, t) for s, r, t in found if r == "AMENDS"} == {
        (courts, "LUAT-QH-luat-to-chuc-toa-an-nhan-dan"),
        (procuracy, "LUAT-QH-luat-to-chuc-vien-kiem-sat-nhan-dan")}
    # ... and a document cited after the name, with a clause between, is none it amends
    text = ("Trình bày tờ trình Dự án Luật sửa đổi, bổ sung một số điều của Luật Tổ chức VKSND, Viện "
            "trưởng cho biết việc xây dựng Luật nhằm thể chế hóa chủ trương tại Nghị quyết số "
            "18-NQ/TW của Bộ Chính trị.")
    assert {r for s, r, t in relations(text) if t == "NQ-18-TW"} == {"CITES"}
    assert ("self", "CITES", "NQ-18-TW") in relations(text)
    # ... nor is a document that is no law, though a list's "và" joins it
    text = ("Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự và Nghị "
            "quyết số 33/2009/QH12 của Quốc hội về việc thi hành Luật.")
    assert not {(s, t) for s, r, t in relations(text) if r == "AMENDS" and t == "NQ-33-QH12-2009"}


def test_a_law_whose_body_has_its_term_in_digits_amends_what_its_subject_names() -> None:
    # "khoá 11" is the term XI: the body is read whole, and the subject after it is the law's
    text = ("Luật số 42/2005/QH11 ngày 14/06/2005 của Quốc hội khoá 11 về sửa đổi, bổ sung một số "
            "điều của Luật Hải quan số 29/2001/QH10.")
    assert ("LUAT-42-QH11-2005", "AMENDS", "LUAT-29-QH10-2001") in relations(text)


def test_an_amending_laws_number_after_its_name_is_its_own_and_it_amends_the_law_named() -> None:
    # The number after "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng" is the amending
    # law's: the decision rests on it, and it amends the law named inside (50/2014 here).
    text = ("Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014 và Luật sửa đổi, bổ "
            "sung một số điều của Luật Xây dựng số 62/2020/QH14 ngày 17 tháng 6 năm 2020;")
    assert relations(text) == {
        ("self", "BASED_ON", "LUAT-50-QH13-2014"),
        ("self", "BASED_ON", "LUAT-62-QH14-2020"),
        ("LUAT-62-QH14-2020", "AMENDS", "LUAT-50-QH13-2014"),
    }
    refs = extract_text(text).references
    assert refs[1].name == "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng"
    # "bổ sung" may be left out of the name: the decree rested on 76/2025, it did not amend it
    text = "Căn cứ Luật Doanh nghiệp số 59/2020/QH14 và Luật sửa đổi Luật Doanh nghiệp số 76/2025/QH15;"
    assert ("LUAT-76-QH15-2025", "AMENDS", "LUAT-59-QH14-2020") in relations(text)
    assert ("self", "BASED_ON", "LUAT-76-QH15-2025") in relations(text)
    # ... and a comma may slip in before "một số điều": the law was "Luật sửa đổi", no amending
    # law, and the two laws it amends were bases of the decision
    text = ("Căn cứ Luật sửa đổi, bổ sung, một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức "
            "Chính quyền địa phương ngày 22 tháng 11 năm 2019;")
    [amending] = [t for s, r, t in relations(text) if r == "BASED_ON"]
    assert amending.startswith("LUAT-QH-2019-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-to-chuc")
    assert (amending, "AMENDS", "LUAT-QH-luat-to-chuc-chinh-phu") in relations(text)
    # ... also after its year: the law was a node by name, its number another it amended
    text = ("Theo quy định tại Luật sửa đổi Luật Ban hành văn bản quy phạm pháp luật 2025, số "
            "87/2025/QH15, từ "
            "ngày 01/7/2025 có thêm 03 loại văn bản mới.")
    law = "LUAT-QH-luat-ban-hanh-van-ban-quy-pham-phap-luat"
    assert relations(text) == {("self", "CITES", "LUAT-87-QH15-2025"), ("self", "CITES", law),
                               ("LUAT-87-QH15-2025", "AMENDS", law)}
    # ... and the law it amends is no short form of its name (the decree rested on 76/2025
    # twice, as the law amended too)
    text = "Căn cứ Luật sửa đổi Luật Doanh nghiệp số 76/2025/QH15;"
    assert ("LUAT-76-QH15-2025", "AMENDS", "LUAT-QH-luat-doanh-nghiep") in relations(text)


def test_numbered_laws_listed_after_an_amending_laws_name_are_the_ones_it_amends() -> None:
    # Each law of the list has its number: 31/2024 is the Land Law, not the amending law (which
    # had amended the Land Law named by its date, and the three laws after it)
    text = ("Căn cứ Luật Đất đai ngày 18 tháng 01 năm 2024; Luật sửa đổi, bổ sung một số điều của "
            "Luật Đất đai số 31/2024/QH15, Luật Nhà ở số 27/2023/QH15, Luật Kinh doanh bất động sản"
            " số 29/2023/QH15 và Luật Các tổ chức tín dụng số 32/2024/QH15 ngày 29 tháng 6 năm "
            "2024;")
    # The date after the list is the amending law's: it is of June 2024 (the credit institutions
    # law of January 2024 had taken it)
    amending = "LUAT-QH-2024-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-dat-dai"
    assert relations(text) >= {
        ("self", "BASED_ON", "LUAT-31-QH15-2024"), ("self", "BASED_ON", amending),
        (amending, "AMENDS", "LUAT-31-QH15-2024"), (amending, "AMENDS", "LUAT-27-QH15-2023"),
        (amending, "AMENDS", "LUAT-29-QH15-2023"), (amending, "AMENDS", "LUAT-32-QH15-2024"),
    }
    dates = {r.text: r.date for r in extract_text(text, "x").references}
    assert dates["Luật Các tổ chức tín dụng số 32/2024/QH15"] is None
    assert dates["Luật sửa đổi, bổ sung một số điều của Luật Đất đai"] == dt.date(2024, 6, 29)
    # ", và" joins the list as "và" does; a date older than a law listed is that law's own
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật A số 12/2025/QH15, và Luật B số "
            "13/2024/QH15 ngày 20 tháng 2 năm 2024;")
    assert {r.text: r.date for r in extract_text(text, "x").references}[
        "Luật B số 13/2024/QH15"] == dt.date(2024, 2, 20)


def test_the_enacting_formula_names_the_law_itself_and_the_number_is_the_amended_laws() -> None:
    # "Quốc hội ban hành Luật sửa đổi ..." names the text's own law (it was a reference to the
    # law it amends, 59/2020, which then amended "Luật Doanh nghiệp")
    text = ("QUỐC HỘI\nLuật số: 76/2025/QH15\nHà Nội, ngày 17 tháng 6 năm 2025 LUẬT SỬA ĐỔI, BỔ "
            "SUNG MỘT SỐ ĐIỀU CỦA LUẬT DOANH NGHIỆP\nCăn cứ Hiến pháp nước Cộng hòa xã hội chủ "
            "nghĩa Việt Nam đã được sửa đổi, bổ sung một số điều theo Nghị quyết số 203/2025/QH15;"
            "\nQuốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Doanh nghiệp số "
            "59/2020/QH14.")
    constitution = "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"  # by 2025
    assert relations(text) == {
        ("self", "AMENDS", "LUAT-59-QH14-2020"),
        # a preamble's "Căn cứ Hiến pháp" on its line after a title run into the date line
        ("self", "BASED_ON", constitution), ("self", "BASED_ON", "NQ-203-QH15-2025"),
        ("NQ-203-QH15-2025", "AMENDS", constitution),
    }
    # ... also in a copy that lost its line ends
    text = ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam; Quốc hội ban hành Luật sửa "
            "đổi, bổ sung một số điều của Luật Doanh nghiệp số 59/2020/QH14.")
    assert ("self", "AMENDS", "LUAT-59-QH14-2020") in relations(text)


def test_a_law_the_enacting_formula_names_is_the_texts_own_not_a_basis() -> None:
    # A law's copy that lost its title: "Quốc hội ban hành Luật dược." ended the "Căn cứ"
    # sentence, and the law was BASED_ON a law of its own name
    text = ("QUỐC HỘI\nLuật số: 105/2016/QH13\nHà Nội, ngày 06 tháng 4 năm 2016\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
            "Quốc hội ban hành Luật dược.\nĐiều 1. Phạm vi điều chỉnh\n")
    assert relations(text) == {
        ("self", "BASED_ON", "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam")}
    # ... past a footnote's mark, in a consolidated text, which the law's number names instead
    text = ("VĂN PHÒNG QUỐC HỘI\nSố: 43/VBHN-VPQH\nHà Nội, ngày 27 tháng 12 năm 2023\n"
            "Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội.\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n"
            "Quốc hội ban hành Luật Thủy lợi[1].\n")
    assert ("self", "CITES", "LUAT-8-QH14-2017") in relations(text)
    # ... but a news item's sentence goes on past the name, which it reports
    text = "Quốc hội ban hành Luật Đất đai với nhiều điểm mới về bồi thường."
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-dat-dai")}


def test_a_preamble_clause_on_a_new_line_is_not_governed_by_the_title_above_it() -> None:
    text = ("KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022\n\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật Đất đai "
            "ngày 29 tháng 11 năm 2013;\n"
            "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 23/TTr-SNV ngày 01/8/2022,\n")
    assert relations(text) == {
        ("self", "IMPLEMENTS", "NQ-18-TW-2022"),
        ("self", "BASED_ON", "LUAT-QH-2015-luat-to-chuc-chinh-quyen-dia-phuong"),
        ("self", "BASED_ON", "LUAT-QH-2013-luat-dat-dai"),
        ("self", "CITES", "TTr-23-SNV-2022"),
    }


def test_a_title_without_a_full_stop_does_not_run_into_the_preamble_under_it() -> None:
    # Before, title and preamble made one sentence: 09 IMPLEMENTS 37-CTr/TU, by the nesting.
    text = ("KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 09/NQ-CP\n"
            "Thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ, Chương trình số "
            "37-CTr/TU ngày 17/11/2022 của Ban Chấp hành Đảng bộ tỉnh, Ủy ban nhân dân tỉnh ban "
            "hành Kế hoạch.")
    assert relations(text) == {("self", "IMPLEMENTS", "NQ-9-CP-2023"),
                               ("self", "IMPLEMENTS", "CTr-37-TU-2022")}


def test_a_paragraph_that_opens_on_a_date_is_not_the_headline_above_it() -> None:
    # A news item's headline has no full stop: its cue had governed the paragraph under it,
    # and a decision of 1993 carried out a directive of 2000.
    text = ("Hệ thống Quỹ tín dụng nhân dân tỉnh sau 12 năm thực hiện Chỉ thị 57 của Bộ Chính "
            "trị\n\nNgày 27/7/1993, Thủ tướng Chính phủ đã ban hành Quyết định số 390/TTg cho "
            "phép thí điểm. Chỉ thị số 57-CT/TW ngày 10/10/2000 của Bộ Chính trị đã ra đời.")
    assert relations(text) == {("self", "IMPLEMENTS", "CT-57-TW-2000"),
                               ("self", "CITES", "QD-390-TTg-1993")}
    # ... a preamble's clause that ends on ";" goes on into it: the plan carries them out
    text = ("Thực hiện Kế hoạch số 4347/KH-UBND ngày 25/11/2021 của UBND huyện;\n"
            "Ngày 22/12/2021, Ủy ban nhân dân xã ban hành Kế hoạch số 1038/KH-UBND về cải cách "
            "hành chính.")
    assert ("KH-1038-UBND-2021", "IMPLEMENTS", "KH-4347-UBND-2021") in relations(text)
    # ... and so does a paragraph that opens on words that only open a sentence: "Đây là"
    text = ("Bộ Y tế ban hành Lộ trình thực hiện hồ sơ bệnh án điện tử\n\nĐây là nội dung nổi "
            "bật tại Thông tư 46/2018/TT-BYT quy định về hồ sơ bệnh án điện tử.\n\nTheo đó, lộ "
            "trình thực hiện được chia thành 2 giai đoạn.")
    assert relations(text) == {("self", "CITES", "TT-46-BYT-2018")}
    # ... or on a body that "has just" issued a document: the news item's first sentence
    text = ("Quy định chi tiết một số điều của Luật Đặc xá\n\nChính phủ vừa ban hành Nghị định "
            "52/2019/NĐ-CP về việc quy định chi tiết một số điều của Luật Đặc xá.")
    assert ("self", "GUIDES", "ND-52-CP-2019") not in relations(text)


def test_luat_so_on_the_names_line_numbers_the_law_named() -> None:
    # A news item's "Luật sửa đổi ... 2025 Luật số 83/2025/QH15": the number is the amending
    # law's own, so it amends the law it names and not itself
    text = ("Đã có Luật sửa đổi Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 2025 "
            "Luật số 83/2025/QH15.")
    assert relations(text) == {
        ("self", "CITES", "LUAT-83-QH15-2025"),
        ("self", "CITES", "LUAT-QH-luat-bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan"),
        ("LUAT-83-QH15-2025", "AMENDS",
         "LUAT-QH-luat-bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-hoi-dong-nhan-dan")}
    # ... but not across lines: there the number is another's
    text = ("Sửa đổi, bổ sung Luật Bảo hiểm y tế 2022\n\nLuật số 46/2014/QH13 ban hành ngày "
            "13/6/2014.")
    assert "LUAT-QH-2022-luat-bao-hiem-y-te" in {r[2] for r in relations(text)}


def test_a_document_that_holds_a_changes_content_makes_the_change() -> None:
    text = ("Quốc hội đã ban hành Nghị quyết số 96/2023/QH15 về việc lấy phiếu tín nhiệm, trong đó "
            "có nội dung sửa đổi Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm "
            "2015.")
    assert ("NQ-96-QH15-2023", "AMENDS", "LUAT-QH-2015-luat-hoat-dong-giam-sat-cua-quoc-hoi-va-"
            "hoi-dong-nhan-dan") in relations(text)


def test_a_number_tied_to_an_ordinances_name_keys_an_ordinance() -> None:
    # The symbol prints no type code: the name's type word gives it
    text = ("Căn cứ Pháp lệnh Xử lý vi phạm hành chính số 44/2002/PL-UBTVQH10 và Pháp lệnh sửa đổi, "
            "bổ sung một số điều của Pháp lệnh Xử lý vi phạm hành chính số 04/2008/UBTVQH12;")
    assert relations(text) == {("self", "BASED_ON", "PL-44-UBTVQH10-2002"),
                               ("self", "BASED_ON", "PL-4-UBTVQH12-2008"),
                               ("PL-4-UBTVQH12-2008", "AMENDS", "PL-44-UBTVQH10-2002")}


def test_a_slash_numbered_item_on_its_own_line_is_no_part_of_the_list_above() -> None:
    # "3/" opens the next item, though the item above ends on a comma: the law it names is
    # not one the amending law above amends
    text = ("Các luật này có hiệu lực từ ngày 01/7/2025, bao gồm:\n"
            "1/ Luật sửa đổi, bổ sung một số điều của Bộ luật Hình sự,\n"
            "2/ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Tòa án nhân dân;\n"
            "3/ Luật Thanh tra.\n")
    criminal = "LUAT-QH-luat-sua-doi-bo-sung-mot-so-dieu-cua-bo-luat-hinh-su"
    found = relations(text)
    assert (criminal, "AMENDS", "LUAT-QH-bo-luat-hinh-su") in found
    assert not {r for r in found if r[0] == criminal and "to-chuc-toa-an" in r[2]}


def test_a_law_marked_as_being_revised_is_no_law_an_amending_laws_name_lists() -> None:
    # "(sửa đổi)": a new law, so the list is one of draft laws, not of those the first amends
    text = ("Tại phiên họp, Ủy ban Thường vụ Quốc hội cho ý kiến về ba dự án luật: Luật sửa đổi,"
            " bổ sung một số điều của Luật Kiểm toán nhà nước, Luật Chứng khoán (sửa đổi), Luật "
            "Thư viện.")
    found = relations(text)
    assert {r[1:] for r in found if r[0].startswith("LUAT-QH-luat-sua-doi")} == {
        ("AMENDS", "LUAT-QH-luat-kiem-toan-nha-nuoc")}
    assert ("self", "CITES", "LUAT-QH-luat-thu-vien") in found


def test_an_amending_law_named_before_a_change_is_its_subject_not_the_law_its_name_holds() -> None:
    # The law the name ends on, and the year after it, are the amending law's name
    text = ("Luật sửa đổi Luật Quy hoạch, Luật Đầu tư và Luật Đấu thầu 2024 đã sửa đổi, bổ sung "
            "Điều 4 Luật Đầu tư theo phương thức đối tác công tư 2020.")
    ppp = "LUAT-QH-2020-luat-dau-tu-theo-phuong-thuc-doi-tac-cong-tu"
    found = relations(text)
    assert ("self", "CITES", ppp) in found
    assert {r[0] for r in found if r[1:] == ("AMENDS", ppp)} == {
        "LUAT-QH-2024-luat-sua-doi-luat-quy-hoach-luat-dau-tu-va-luat-dau-thau"}


def test_a_document_guides_nothing_issued_after_it_so_the_list_above_goes_on() -> None:
    text = ("Thực hiện Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi "
            "tiết và hướng dẫn thi hành một số điều của Luật Hộ tịch và Quyết định số 101/QĐ-TTg "
            "ngày 23/01/2017 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch.")
    assert relations(text) == {
        ("self", "IMPLEMENTS", "ND-123-CP-2015"),
        ("self", "CITES", "LUAT-QH-luat-ho-tich"),
        ("ND-123-CP-2015", "GUIDES", "LUAT-QH-luat-ho-tich"),
        ("self", "IMPLEMENTS", "QD-101-TTg-2017"),  # not 123 GUIDES 101
    }


def test_the_centre_carries_out_no_provinces_document_so_the_list_above_goes_on() -> None:
    text = ("Thực hiện Nghị quyết số 50/NQ-CP ngày 17/4/2020 của Chính phủ ban hành Chương trình "
            "hành động thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị và Kế "
            "hoạch số 233-KH/TU ngày 03/4/2020 của Tỉnh ủy Vĩnh Long thực hiện Nghị quyết số "
            "52-NQ/TW.")
    assert relations(text) == {
        ("self", "IMPLEMENTS", "NQ-50-CP-2020"),
        ("self", "CITES", "NQ-52-TW-2019"),
        ("NQ-50-CP-2020", "IMPLEMENTS", "NQ-52-TW-2019"),
        ("self", "IMPLEMENTS", "KH-233-TU-2020-vinh-long"),  # not 50 IMPLEMENTS 233
        ("KH-233-TU-2020-vinh-long", "IMPLEMENTS", "NQ-52-TW-2019"),
    }


def test_a_direct_cue_after_a_comma_is_the_citing_documents() -> None:
    text = ("Để triển khai thực hiện có hiệu quả Chỉ thị số 18-CT/TW ngày 26/10/2022, gắn với "
            "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.")
    assert relations(text) == {("self", "IMPLEMENTS", "CT-18-TW-2022"),
                               ("self", "CITES", "KL-1-TW-2021")}  # not 18 CITES 01


def test_a_change_after_a_comma_that_the_document_before_is_too_old_for_is_the_citing_ones() -> None:
    # 242 of 2014 repeals nothing of 2021: the decision repeals 152 (it only cited it)
    text = ("Quyết định này có hiệu lực từ ngày 18 tháng 5 năm 2021 và thay thế Quyết định số "
            "242/2014/QĐ-UBND ngày 11 tháng 6 năm 2014 của UBND tỉnh Bắc Ninh, bãi bỏ Quyết định "
            "số 152/QĐ-UBND ngày 29 tháng 4 năm 2021 của UBND tỉnh Bắc Ninh.")
    assert relations(text) == {("self", "SUPERSEDES", "QD-242-UBND-2014-bac-ninh"),
                               ("self", "REPEALS", "QD-152-UBND-2021-bac-ninh")}


def test_a_decree_guides_no_circular_of_its_year_so_the_list_above_goes_on() -> None:
    # Decrees stand above circulars: a circular can guide a decree, never the other way.
    text = ("Căn cứ Nghị định số 60/2003/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi "
            "hành Luật Ngân sách nhà nước và Thông tư số 59/2003/TT-BTC của Bộ Tài chính hướng "
            "dẫn thực hiện Nghị định số 60/2003/NĐ-CP;")
    assert relations(text) == {
        ("self", "BASED_ON", "ND-60-CP-2003"),
        ("self", "CITES", "LUAT-QH-luat-ngan-sach-nha-nuoc"),
        ("ND-60-CP-2003", "GUIDES", "LUAT-QH-luat-ngan-sach-nha-nuoc"),
        ("self", "BASED_ON", "TT-59-BTC-2003"),  # not 60 GUIDES 59
        ("TT-59-BTC-2003", "GUIDES", "ND-60-CP-2003"),
    }
    # ... nor a decree one of its own rank, dated the same day
    text = ("Căn cứ Nghị định số 78/2025/NĐ-CP ngày 01/4/2025 của Chính phủ quy định chi tiết một "
            "số điều của Luật Ban hành văn bản quy phạm pháp luật và Nghị định số 79/2025/NĐ-CP "
            "ngày 01/4/2025 của Chính phủ về kiểm tra, rà soát văn bản;")
    assert ("self", "BASED_ON", "ND-79-CP-2025") in relations(text)  # not 78 GUIDES 79


def test_qui_is_the_older_spelling_of_quy() -> None:
    text = ("Căn cứ Nghị định số 60/2003/NĐ-CP ngày 06/6/2003 của Chính phủ qui định chi tiết "
            "thi hành Luật Ngân sách nhà nước; Qui định số 124-QĐ/TW ngày 2/2/2018.")
    assert relations(text) == {
        ("self", "BASED_ON", "ND-60-CP-2003"),
        ("self", "CITES", "LUAT-QH-luat-ngan-sach-nha-nuoc"),
        ("ND-60-CP-2003", "GUIDES", "LUAT-QH-luat-ngan-sach-nha-nuoc"),  # was self GUIDES
        ("self", "BASED_ON", "QD-124-TW-2018"),
    }


@pytest.mark.parametrize("opener", ["Sau khi xem xét", "Trên cơ sở xem xét", "Xét"])
def test_a_clause_that_considers_a_submission_is_no_legal_basis(opener: str) -> None:
    text = ("Căn cứ Luật Ngân sách nhà nước ngày 25 tháng 6 năm 2015;\n\n"
            f"{opener} Tờ trình số 46/TTr-UBND ngày 30/11/2010 của UBND tỉnh,\n")
    assert ("self", "CITES", "TTr-46-UBND-2010") in relations(text)


def test_guiding_some_provisions_of_a_decree_guides_the_decree() -> None:
    text = ("Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ hướng "
            "dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày 23/4/2018;")
    assert ("TT-1-VPCP-2018", "GUIDES", "ND-61-CP-2018") in relations(text)


def test_a_state_body_guiding_a_party_document_carries_it_out() -> None:
    # guidance (GUIDES) details the State's own laws; a ministry's plan carries the Party's out
    text = ("Kế hoạch 1003/KH-BNV ngày 15/4/2025 hướng dẫn Kết luận 137-KL/TW ngày 28/3/2025 về "
            "quản lý công tác văn thư, lưu trữ.")
    assert ("KH-1003-BNV-2025", "IMPLEMENTS", "KL-137-TW-2025") in relations(text)
    # ... while a Party body's guidance of a Party regulation guides it
    text = ("Căn cứ Hướng dẫn số 11-HD/UBKTTW ngày 24/3/2008 của Ủy ban Kiểm tra Trung ương "
            "hướng dẫn thực hiện Quy định số 94-QĐ/TW ngày 15/10/2007 của Bộ Chính trị;")
    assert ("HD-11-UBKTTW-2008", "GUIDES", "QD-94-TW-2007") in relations(text)


@pytest.mark.parametrize("scope", [
    "hướng dẫn về quản lý và sử dụng kinh phí theo quy định tại",
    "hướng dẫn việc thực hiện chế độ đối với đối tượng quy định tại",
])
def test_a_documents_own_scope_guides_what_it_is_provided_by(scope: str) -> None:
    # Article 1 of a circular: the guidance governs its sentence, however long its object.
    text = f"Thông tư này {scope} Nghị định số 65/2021/NĐ-CP ngày 30 tháng 6 năm 2021."
    assert relations(text) == {("self", "GUIDES", "ND-65-CP-2021")}


def test_guidance_by_anyone_else_guides_only_what_stands_right_after_it() -> None:
    text = ("Sở Tư pháp hướng dẫn các xã thực hiện theo quy định tại Nghị định số "
            "65/2021/NĐ-CP ngày 30 tháng 6 năm 2021.")
    assert relations(text) == {("self", "CITES", "ND-65-CP-2021")}


def test_the_parts_of_a_document_stand_between_a_cue_and_it() -> None:
    text = ("Căn cứ Thông tư số 06/2008/TT-BNV ngày 21/8/2008 của Bộ Nội vụ hướng dẫn sửa đổi, "
            "bổ sung Khoản 2 Mục III Phần I, Thông tư số 04/2008/TT-BNV ngày 04/6/2008;")
    assert ("TT-6-BNV-2008", "AMENDS", "TT-4-BNV-2008") in relations(text)


def test_a_footnote_after_a_full_stop_on_the_same_line_starts_a_sentence() -> None:
    # Text whose line ends were lost: the footnote "[2] ..." no longer starts a line.
    text = ("Thực hiện các kế hoạch[2] của tỉnh. Kế hoạch số 66/KH-UBND ngày 23/02/2024 về triển "
            "khai thực hiện Đề án số 26-ĐA/TU ngày 05/12/2023, giai đoạn 2023 – 2028. [2] Đề án "
            "số 15-ĐA/TU ngày 18/8/2022 của Ban Thường vụ Tỉnh ủy.")
    assert relations(text) == {
        ("self", "CITES", "KH-66-UBND-2024"), ("self", "CITES", "DA-26-TU-2023"),
        ("KH-66-UBND-2024", "IMPLEMENTS", "DA-26-TU-2023"),
        ("self", "IMPLEMENTS", "DA-15-TU-2022"),  # the cue at its marker, not 66's
    }


def test_on_the_basis_of_a_proposal_cites_it_as_by_a_proposal_does() -> None:
    text = ("Thực hiện Chỉ thị số 24-CT/TW ngày 13/7/2023; trên cơ sở đề nghị của Bộ Chỉ huy Quân "
            "sự tỉnh tại Tờ trình số 456/TTr-BCH ngày 01/4/2024, Chủ tịch UBND tỉnh có ý kiến:")
    assert relations(text) == {("self", "IMPLEMENTS", "CT-24-TW-2023"),
                               ("self", "CITES", "TTr-456-BCH-2024")}
    assert relations("Trên cơ sở Kết luận số 12-KL/TW ngày 1/2/2024 của Bộ Chính trị.") == {
        ("self", "BASED_ON", "KL-12-TW-2024")}


def test_a_passive_cue_relates_the_later_document_to_the_earlier_one() -> None:
    text = ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ được sửa đổi, bổ sung "
            "bởi Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ; Quyết định số "
            "45/2019/QĐ-UBND ngày 3/4/2019 đã được thay thế bằng Quyết định số 12/2021/QĐ-UBND.")
    assert relations(text) == {
        ("self", "BASED_ON", "ND-61-CP-2018"), ("self", "BASED_ON", "ND-107-CP-2021"),
        ("ND-107-CP-2021", "AMENDS", "ND-61-CP-2018"),
        ("self", "BASED_ON", "QD-45-UBND-2019"), ("self", "BASED_ON", "QD-12-UBND-2021"),
        ("QD-12-UBND-2021", "SUPERSEDES", "QD-45-UBND-2019"),
    }


def test_a_change_that_governs_nothing_still_ends_the_cue_before_it() -> None:
    # The laws are what the ministry amended, not what it carries out.
    text = ("Bộ đã thực hiện lồng ghép bảo vệ môi trường trong xây dựng và sửa đổi, bổ sung 04 "
            "Luật chuyên ngành (Bộ luật Hàng hải Việt Nam; Luật Đường sắt).")
    assert relations(text) == {("self", "CITES", "LUAT-QH-bo-luat-hang-hai"),
                               ("self", "CITES", "LUAT-QH-luat-duong-sat")}


@pytest.mark.parametrize("passive", [
    ", được sửa đổi, bổ sung bởi", " (đã được sửa đổi, bổ sung tại", " được sửa đổi, bổ sung theo",
    " đã được sửa đổi, bổ sung một số điều theo",  # the parts changed between
    "; được sửa đổi, bổ sung tại",  # a ";" before it (a news item had been amended)
    " (sửa đổi, bổ sung tại",  # a bracket, "được" left out (the citing document had amended)
    ", sửa đổi, bổ sung bởi",  # "được" left out before "bởi" (by)
])
def test_a_passive_change_names_its_actor_after_by_at_or_according_to(passive: str) -> None:
    text = (f"Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ{passive} Nghị định "
            "số 107/2021/NĐ-CP ngày 06/12/2021);")
    assert ("ND-107-CP-2021", "AMENDS", "ND-61-CP-2018") in relations(text)
    assert ("self", "BASED_ON", "ND-107-CP-2021") in relations(text)
    # With no document before it, the actor changes the citing document.
    text = f"Kế hoạch này{passive.replace('sửa đổi, bổ sung', 'thay thế')} Kế hoạch số 50/KH-UBND."
    own = extract_text(text).identity.key.id
    assert ("KH-50-UBND", "SUPERSEDES", own) in relations(text)


def test_a_change_made_to_a_document_as_amended_leaves_its_amenders_cited() -> None:
    # An amending law's preamble: it amends the code, not the laws that amended the code before.
    text = ("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai "
            "số 33/2013/QH13 và Luật Đê điều số 79/2006/QH11 đã được sửa đổi, bổ sung một số điều "
            "theo Luật số 15/2008/QH12, Luật số 35/2018/QH14.")
    found = relations(text)
    assert ("self", "AMENDS", "LUAT-79-QH11-2006") in found
    assert ("LUAT-15-QH12-2008", "AMENDS", "LUAT-79-QH11-2006") in found
    assert ("self", "CITES", "LUAT-15-QH12-2008") in found  # was AMENDS
    assert ("self", "CITES", "LUAT-35-QH14-2018") in found


def test_a_passive_change_may_name_the_body_that_acts_before_its_verb() -> None:
    text = ("Quy định 07-QĐi/TW ngày 28/8/2018 hiện đã được Ban Chấp hành Trung ương Đảng thay thế "
            "bằng Quy định số 69-QĐ/TW ngày 6/7/2022.")
    assert relations(text) == {("self", "CITES", "QDi-7-TW-2018"), ("self", "CITES", "QD-69-TW-2022"),
                               ("QD-69-TW-2022", "SUPERSEDES", "QDi-7-TW-2018")}
    # ... but "được ... ban hành nhằm hướng dẫn" is what the document was issued for
    text = ("Thông tư 38/2024/TT-BGTVT được Bộ trưởng Bộ Giao thông vận tải ban hành nhằm hướng dẫn "
            "thi hành một số điều của Luật Trật tự, an toàn giao thông đường bộ 2024.")
    assert ("LUAT-QH-2024-luat-trat-tu-an-toan-giao-thong-duong-bo", "CITES", "TT-38-BGTVT-2024"
            ) not in relations(text)


def test_a_list_after_a_passive_change_does_not_make_a_circular_change_a_decree() -> None:
    text = ("Thực hiện Nghị định số 123/2020/NĐ-CP ngày 19/10/2020 của Chính phủ, được sửa đổi, bổ "
            "sung bởi Nghị định số 70/2025/NĐ-CP và Thông tư số 32/2025/TT-BTC ngày 31/5/2025 của "
            "Bộ Tài chính hướng dẫn thực hiện Nghị định số 123/2020/NĐ-CP.")
    found = relations(text)
    assert ("ND-70-CP-2025", "AMENDS", "ND-123-CP-2020") in found
    assert ("TT-32-BTC-2025", "AMENDS", "ND-123-CP-2020") not in found  # it was
    assert ("self", "IMPLEMENTS", "TT-32-BTC-2025") in found


def test_a_passive_after_a_comma_speaks_of_the_document_whose_subject_held_a_semicolon() -> None:
    text = ("Ban hành Thông tư sửa đổi, bổ sung một số điều của Thông tư số 12/2015/TT-BTC ngày "
            "30/01/2015 quy định chi tiết thủ tục cấp Chứng chỉ nghiệp vụ khai hải quan; cấp và thu "
            "hồi mã số nhân viên đại lý, đã được sửa đổi, bổ sung bởi Thông tư số 22/2019/TT-BTC "
            "ngày 16/4/2019 và Thông tư số 79/2022/TT-BTC ngày 30/12/2022.")
    found = relations(text)
    assert {("TT-22-BTC-2019", "AMENDS", "TT-12-BTC-2015"),
            ("TT-79-BTC-2022", "AMENDS", "TT-12-BTC-2015")} <= found  # both had amended self


def test_a_list_goes_on_from_the_document_a_closed_bracket_stood_after() -> None:
    # The bracket's amending law amends; the decree after the bracket is listed with the law.
    text = ("Thực hiện theo quy định tại Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ "
            "trợ số 42/2024/QH15 (được sửa đổi, bổ sung bởi Luật số 118/2025/QH15), Nghị định số "
            "181/2024/NĐ-CP ngày 31 tháng 12 năm 2024 của Chính phủ.")
    assert relations(text) == {
        ("self", "CITES", "LUAT-42-QH15-2024"), ("self", "CITES", "LUAT-118-QH15-2025"),
        ("LUAT-118-QH15-2025", "AMENDS", "LUAT-42-QH15-2024"),
        ("self", "CITES", "ND-181-CP-2024")}  # was 181 AMENDS 42


def test_a_footnotes_passive_with_no_subject_speaks_of_its_marker_not_the_document() -> None:
    # "[4] Được hướng dẫn tại X" (also printed plain): X guides what the marker stands after,
    # a law's provision the letter quotes; "[3] Mẫu này được bãi bỏ ..." is this document's.
    text = ("Lập kế hoạch quản lý rủi ro theo Luật Địa chất và khoáng sản[4].\n"
            "[4] Được hướng dẫn tại Thông tư số 24/2025/TT-BCT ngày 13/5/2025 của Bộ Công Thương\n")
    assert ("self", "CITES", "TT-24-BCT-2025") in relations(text)  # was 24 GUIDES the letter
    text = "MẪU SỐ 01[3]\n[3] Mẫu này được bãi bỏ theo Thông tư số 08/2023/TT-BLĐTBXH.\n"
    own = extract_text(text).identity.key.id
    assert ("TT-8-BLDTBXH-2023", "REPEALS", own) in relations(text)


def test_a_document_briefed_or_carried_out_in_the_passive_is_the_object() -> None:
    text = ("Tại hội nghị, các đại biểu được quán triệt Chỉ thị số 35-CT/TW ngày 05/6/2019 của Bộ "
            "Chính trị; Kế hoạch số 94-KH/TU của Tỉnh ủy Bến Tre.")
    assert relations(text) == {("self", "CITES", "CT-35-TW-2019"),  # was CT-35 CITES self
                               ("self", "CITES", "KH-94-TU-ben-tre")}


def test_carrying_out_the_law_in_general_carries_out_no_document_named_later() -> None:
    text = ("Bài viết nêu kết quả thi hành pháp luật về tín ngưỡng, tôn giáo, từ sau khi có Nghị "
            "định số 92/2012/NĐ-CP ngày 08/12/2012 của Chính phủ.")
    assert relations(text) == {("self", "CITES", "ND-92-CP-2012")}  # was IMPLEMENTS


def test_a_proposal_or_a_report_is_cited_not_carried_out() -> None:
    considered = ("Thực hiện Quyết định số 568/QĐ-TTg ngày 24/5/2023 của Thủ tướng Chính phủ; xét "
                  "đề nghị của Sở Y tế tại Công văn số 4294/SYT-NV ngày 17/11/2023.")
    assert relations(considered) == {("self", "IMPLEMENTS", "QD-568-TTg-2023"),
                                     ("self", "CITES", "CV-4294-SYT-NV-2023")}  # was IMPLEMENTS
    proposed = ("Thực hiện Quyết định số 611/QĐ-TTg ngày 08/7/2024 của Thủ tướng Chính phủ và trên "
                "cơ sở báo cáo đề xuất tại Tờ trình số 116/TTr-STNMT ngày 18/02/2025 của Sở.")
    assert relations(proposed) == {("self", "IMPLEMENTS", "QD-611-TTg-2024"),
                                   ("self", "CITES", "TTr-116-STNMT-2025")}  # was IMPLEMENTS


def test_what_is_carried_out_in_the_passive_is_its_subject_not_a_document_named_later() -> None:
    text = ("Việc bãi bỏ văn bản được thực hiện bằng hình thức văn bản quy phạm pháp luật, trừ "
            "trường hợp quy định tại Điều 8 Nghị định số 78/2025/NĐ-CP ngày 1/4/2025 của Chính "
            "phủ. Các đại biểu được quán triệt, triển khai thực hiện Chỉ thị số 35-CT/TW ngày "
            "05/6/2019 của Bộ Chính trị.")
    assert relations(text) == {("self", "CITES", "ND-78-CP-2025"),  # was IMPLEMENTS
                               ("self", "IMPLEMENTS", "CT-35-TW-2019")}


def test_a_document_after_by_acts_on_the_citing_one_when_no_other_stands_before() -> None:
    text = "Thông tư này hết hiệu lực, được thay thế bởi Thông tư số 05/2023/TT-BNV ngày 01/3/2023."
    own = extract_text(text).identity.key.id
    assert relations(text) == {("TT-5-BNV-2023", "SUPERSEDES", own),
                               ("self", "CITES", "TT-5-BNV-2023")}
    # In the interchange format, as the gold writes it, the citing document is "self".
    record = to_record(extract_text(text))
    assert [r["target"] for r in record["relations"] if r["relation"] == "SUPERSEDES"] == ["self"]
    text = ("Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019 đã hết hiệu lực và được thay thế bởi "
            "Quyết định số 15/2022/QĐ-UBND ngày 01/3/2022.")
    assert ("QD-15-UBND-2022", "SUPERSEDES", "QD-12-UBND-2019") in relations(text)
    # ... and on a page of that document, its own symbol: no reference, but the subject (the
    # replacement had been cited), which cites no document issued after it (a portal's note)
    text = ("HỘI ĐỒNG NHÂN DÂN TỈNH YÊN BÁI\nSố: 10/2009/NQ-HĐND\nYên Bái, ngày 17 tháng 7 năm 2009"
            "\nKể từ ngày 15-08-2011, Nghị quyết số 10/2009/NQ-HĐND ngày 17/07/2009 của Hội đồng "
            "nhân dân tỉnh Yên Bái phê duyệt quy hoạch (Văn bản hết hiệu lực) bị bãi bỏ, thay thế "
            "bởi Nghị quyết số 24/2011/NQ-HĐND ngày 05/08/2011.\n")
    assert relations(text) == {("NQ-24-HDND-2011-yen-bai", "SUPERSEDES", "NQ-10-HDND-2009-yen-bai")}


def test_a_consolidated_text_cites_what_changed_the_document_it_consolidates() -> None:
    # Its notes, "[2] Điểm này được sửa đổi, thay thế theo ... Quyết định số 38/2010/QĐ-TTg",
    # speak of the decision consolidated, changed before the consolidated text was made.
    text = ("BỘ QUỐC PHÒNG\nSố: 92/VBHN-BQP\nHà Nội, ngày 24 tháng 11 năm 2025\n"
            "[2] Điểm này được sửa đổi, thay thế theo quy định tại khoản 1 Điều 1 Quyết định số "
            "38/2010/QĐ-TTg ngày 06/5/2010.")
    assert relations(text) == {("self", "CITES", "QD-38-TTg-2010")}
    # ... and nothing changes a consolidated text: an encyclopedia's box under a law
    text = ("Văn bản trước Luật Phòng, chống tham nhũng 2005\nSửa đổi, bổ sung Luật Doanh nghiệp "
            "2020\nVăn bản hợp nhất Văn bản 11/VBHN-VPQH\n")
    assert not {(s, r) for s, r, t in relations(text) if t == "VBHN-11-VPQH"} - {
        ("self", "CITES"), ("LUAT-QH-2005-luat-phong-chong-tham-nhung", "CITES")}


@pytest.mark.parametrize(("subject", "own_change"), [
    ("tiền lương tháng đã đóng bảo hiểm xã hội", False),  # money adjusted, no document changed
    ("Kế hoạch này", True), ("Khoản 2 Điều 5", True), ("", True),
    ("Các vấn đề này", False),  # "này" points at issues, not at the document
    ("Chế độ kế toán nay", False),  # "nay" (now)
    ('Từ "tỉnh"', True), ("Từ ngày 20/9/2024, mức hỗ trợ", False),  # a word, not "from the day"
    ("Mục 2", True), ("Điểm a khoản 1", True), ("Phụ lục IV", True),  # numbered parts; not
    ("Mức xử phạt", False), ("Mục tiêu", False), ("Bảng giá đất", False)])  # a fine's level, aims
def test_a_passive_change_with_no_document_before_is_the_documents_when_said_of_it(
        subject: str, own_change: bool) -> None:
    text = (f"Điều 3. Thu nhập được tính lại; {subject} được điều chỉnh theo quy định tại Điều 10 "
            "Nghị định số 115/2015/NĐ-CP.")
    own = extract_text(text).identity.key.id
    assert (("ND-115-CP-2015", "AMENDS", own) in relations(text)) is own_change


def test_a_passive_change_after_another_verb_and_va_names_its_actor() -> None:
    # "được quan tâm và sửa đổi, bổ sung tại Luật ...": the law made the change, the news item
    # did not amend the law
    text = ("Các vấn đề này được quan tâm và sửa đổi, bổ sung tại Luật Lưu trữ năm 2024.")
    assert relations(text) == {("self", "CITES", "LUAT-QH-2024-luat-luu-tru")}
    # ... but with no actor after the change it is no passive: the older decree replaces nothing
    text = ("Nghị định số 30/2020/NĐ-CP được ban hành và thay thế Nghị định số 110/2004/NĐ-CP.")
    assert ("ND-110-CP-2004", "SUPERSEDES", "ND-30-CP-2020") not in relations(text)


def test_a_document_of_an_earlier_year_changes_no_later_one() -> None:
    # What "Thông tư này" defines (pensions) was adjusted by the decree of 2021, not the
    # circular of 2023.
    text = ("Số: 06/2023/TT-BLĐTBXH\nHà Nội, ngày 29 tháng 6 năm 2023\n\na) Tăng thêm 12,5% đối "
            "với các đối tượng quy định tại khoản 1 Điều 1 Thông tư này đã được điều chỉnh theo "
            "Nghị định số 108/2021/NĐ-CP ngày 07/12/2021 của Chính phủ.")
    assert relations(text) == {("self", "CITES", "ND-108-CP-2021")}


def test_a_document_changes_nothing_issued_after_it() -> None:
    # An editor's note in a page's copy, "[Điều này hết hiệu lực bởi ... Luật Đấu thầu 2023]",
    # put a later law under a law of 2022's cue.
    text = ("CHÍNH PHỦ\nSố: 12/2020/NĐ-CP\nHà Nội, ngày 5 tháng 3 năm 2020\n\nĐiều 1. Sửa đổi, bổ "
            "sung Nghị định số 30/2024/NĐ-CP ngày 1/2/2024 và Nghị định số 15/2018/NĐ-CP ngày "
            "2/2/2018.")
    assert relations(text) == {("self", "CITES", "ND-30-CP-2024"),
                               ("self", "AMENDS", "ND-15-CP-2018")}


def test_an_appendix_of_a_document_stands_for_it() -> None:
    # Named by its number, or by its title before "của", as an amending law names one.
    assert relations("Bãi bỏ Phụ lục II của Quyết định số 12/2020/QĐ-UBND ngày 3/3/2020.") == {
        ("self", "REPEALS", "QD-12-UBND-2020")}
    # ... also several by number (the previous cue, "bãi bỏ", had reached it)
    text = ("Nghị quyết này bãi bỏ Khoản 1 Điều 1 Nghị quyết số 23/2017/NQ-HĐND ngày 08/12/2017 "
            "và thay thế Phụ lục số 2,3,10 ban hành kèm theo Nghị quyết số 92/2016/NQ-HĐND ngày "
            "09/12/2016.")
    assert relations(text) == {("self", "REPEALS", "NQ-23-HDND-2017"),
                               ("self", "SUPERSEDES", "NQ-92-HDND-2016")}
    text = ("Căn cứ Luật Thống kê ngày 23/11/2015; Căn cứ Luật sửa đổi, bổ sung một số điều và "
            "Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê ngày 12/11/2021;")
    found = relations(text)
    amending = next(t for s, r, t in found if "sua-doi" in t)
    assert (amending, "AMENDS", "LUAT-QH-2015-luat-thong-ke") in found  # was a 2021 Luật Thống kê


def test_a_dash_may_part_a_provision_from_its_document() -> None:
    # "Mục III, Điều 1 - Nghị quyết số 182/2007/NQ-HĐND": the change reaches the resolution
    # (it was only cited)
    text = ("NGHỊ QUYẾT\n\nVỀ SỬA ĐỔI, BỔ SUNG MỘT SỐ NỘI DUNG TẠI MỤC III, ĐIỀU 1 - NGHỊ QUYẾT SỐ "
            "182/2007/NQ-HĐND NGÀY 10/12/2007 CỦA HĐND TỈNH SƠN LA\n")
    assert relations(text) == {("self", "AMENDS", "NQ-182-HDND-2007-son-la")}


def test_a_joint_circular_of_ministries_each_named_guides_what_its_subject_names() -> None:
    text = ("Căn cứ Thông tư liên tịch số 09/2016/TTLT-BGDĐT-BTC-BLĐTBXH ngày 30 tháng 3 năm 2016 "
            "của liên Bộ Giáo dục và Đào tạo - Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội "
            "hướng dẫn thực hiện một số điều của Nghị định số 86/2015/NĐ-CP;")
    circular = "TTLT-9-BGDDT-BTC-BLDTBXH-2016"
    assert relations(text) == {("self", "BASED_ON", circular), ("self", "CITES", "ND-86-CP-2015"),
                               (circular, "GUIDES", "ND-86-CP-2015")}  # was self GUIDES 86


def test_a_cited_document_that_issues_one_of_a_type_does_what_that_one_does() -> None:
    text = ("Nghị định số 105/2025/NĐ-CP ngày 15/5/2025 của Chính phủ ban hành Nghị định quy định "
            "chi tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ.")
    law = "LUAT-QH-luat-phong-chay-chua-chay-va-cuu-nan-cuu-ho"
    assert ("ND-105-CP-2025", "GUIDES", law) in relations(text)
    assert ("self", "CITES", law) in relations(text)  # was self GUIDES the law


def test_where_something_is_detailed_or_guided_is_cited() -> None:
    text = ("Nội dung dữ liệu đặc tả quy định chi tiết tại Mục 2 Phụ lục II ban hành kèm theo "
            "Thông tư số 03/2022/TT-BTNMT.")
    assert relations(text) == {("self", "CITES", "TT-3-BTNMT-2022")}  # was GUIDES
    text = "Căn cứ Luật Đầu tư số 61/2020/QH14 được hướng dẫn tại Nghị định số 31/2021/NĐ-CP."
    assert ("ND-31-CP-2021", "GUIDES", "LUAT-61-QH14-2020") in relations(text)  # the passive


def test_a_consolidated_text_guides_nothing_its_title_is_the_consolidated_circulars() -> None:
    text = ("BỘ TƯ PHÁP\nSố: 4510/VBHN-BTP\nHà Nội, ngày 15 tháng 12 năm 2023\nTHÔNG TƯ\nQUY ĐỊNH "
            "CHI TIẾT MỘT SỐ ĐIỀU VÀ BIỆN PHÁP THI HÀNH NGHỊ ĐỊNH SỐ 87/2020/NĐ-CP NGÀY 28 THÁNG "
            "7 NĂM 2020 CỦA CHÍNH PHỦ\nCăn cứ Nghị định số 87/2020/NĐ-CP ngày 28 tháng 7 năm 2020;\n")
    assert relations(text) == {("self", "BASED_ON", "ND-87-CP-2020")}


def test_each_document_listed_under_changed_by_a_colon_changes_the_one_before_it() -> None:
    # A consolidated text's head: the law it consolidates, then the laws that amended it
    text = ("VĂN PHÒNG QUỐC HỘI\nSố: 43/VBHN-VPQH\nHà Nội, ngày 27 tháng 12 năm 2023\n"
            "Luật Thủy lợi số 08/2017/QH14 ngày 19 tháng 6 năm 2017 của Quốc hội, có hiệu lực kể "
            "từ ngày 01 tháng 7 năm 2018, được sửa đổi, bổ sung bởi:\n"
            "1. Luật số 35/2018/QH14 ngày 20 tháng 11 năm 2018 của Quốc hội sửa đổi, bổ sung một "
            "số điều của 37 luật có liên quan đến quy hoạch;\n"
            "2. Luật Doanh nghiệp số 59/2020/QH14 ngày 17 tháng 6 năm 2020 của Quốc hội.\n"
            "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n")
    found = relations(text)
    assert {("LUAT-35-QH14-2018", "AMENDS", "LUAT-8-QH14-2017"),
            ("LUAT-59-QH14-2020", "AMENDS", "LUAT-8-QH14-2017"),
            ("self", "CITES", "LUAT-35-QH14-2018"), ("self", "CITES", "LUAT-59-QH14-2020")} <= found
    assert ("self", "BASED_ON", "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam"
            ) in found
    # ... unnumbered, after a blank line: the colon still ends the sentence before a capital
    text = ("Thông tư số 26/2018/TT-BNNPTNT ngày 15/11/2018 của Bộ trưởng Bộ Nông nghiệp và Phát "
            "triển nông thôn, có hiệu lực kể từ ngày 01 tháng 01 năm 2019, được sửa đổi, bổ sung "
            "bởi:\n\nThông tư số 01/2022/TT-BNNPTNT ngày 18 tháng 01 năm 2022 của Bộ trưởng Bộ "
            "Nông nghiệp và Phát triển nông thôn sửa đổi, bổ sung một số Thông tư trong lĩnh vực "
            "thủy sản.\n\nCăn cứ Luật Thủy sản năm 2017;\n")
    found = relations(text)
    assert ("TT-1-BNNPTNT-2022", "AMENDS", "TT-26-BNNPTNT-2018") in found
    assert ("self", "BASED_ON", "LUAT-QH-2017-luat-thuy-san") in found


def test_a_document_dated_before_another_neither_changes_nor_guides_it() -> None:
    # Rows of a table run together: the list after a passive change went on to the next row.
    text = ("Nghị định số 189/2025/NĐ-CP ngày 01/7/2025 của Chính phủ, được sửa đổi, bổ sung bởi "
            "Nghị định số 311/2026/NĐ-CP ngày 06/8/2026 của Chính phủ Khoản 3 Điều 6 Nghị định số "
            "36/2020/NĐ-CP ngày 24/3/2020 của Chính phủ")
    found = relations(text)
    assert ("ND-311-CP-2026", "AMENDS", "ND-189-CP-2025") in found
    assert not {r for r in found if r[0] == "ND-36-CP-2020"}  # it amended 189/2025
    # ... nor one of its year and series with a lower number: a law numbered 64 is older than 87
    text = ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15, sửa đổi, bổ sung "
            "Luật số 87/2025/QH15;")
    assert not {r for r in relations(text) if r[0] == "LUAT-64-QH15-2025"}
    # ... but a province's normative decisions are numbered apart from its others: 10/2021
    # repeals 152 of that year
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 10/2021/QĐ-UBND\nBắc Ninh, ngày 06 tháng 05 năm "
            "2021\n\nQUYẾT ĐỊNH\n\nĐiều 2. Quyết định này có hiệu lực từ ngày 18 tháng 5 năm 2021, "
            "bãi bỏ Quyết định số 152/QĐ-UBND ngày 29 tháng 4 năm 2021 của UBND tỉnh Bắc Ninh.\n")
    assert relations(text) == {("self", "REPEALS", "QD-152-UBND-2021-bac-ninh")}


def test_a_provinces_document_changes_no_central_one() -> None:
    # The list under "Bãi bỏ" repealed the decision; the law named in its subject it cites.
    text = ("QUYẾT ĐỊNH\nBãi bỏ các Quyết định sau:\na) Quyết định số 15/2024/QĐ-UBND ngày 15 tháng "
            "10 năm 2024 của Ủy ban nhân dân tỉnh Yên Bái ban hành Quy định chi tiết thi hành một "
            "số điều, khoản của Luật Đất đai số 31/2024/QH15;\n")
    found = relations(text)
    assert ("self", "REPEALS", "QD-15-UBND-2024-yen-bai") in found
    assert ("QD-15-UBND-2024-yen-bai", "GUIDES", "LUAT-31-QH15-2024") in found
    assert not {r for r in found if r[2] == "LUAT-31-QH15-2024" and r[1] == "REPEALS"}
    # ... also where its province is not known: a People's Committee's code says it is local
    text = ("Việc công bố được thực hiện theo Điều 157 Nghị định số 34/2016/NĐ-CP - được sửa đổi "
            "bởi khoản 34 Điều 1 Nghị định số 154/2020/NĐ-CP và Điều 8 Quy định ban hành kèm theo "
            "Quyết định số 353/QĐ-UBND ngày 18/02/2016.")
    found = relations(text)
    assert ("ND-154-CP-2020", "AMENDS", "ND-34-CP-2016") in found
    assert ("QD-353-UBND-2016", "AMENDS", "ND-34-CP-2016") not in found


def test_an_amending_laws_name_amends_what_it_names_though_drafted() -> None:
    # the bill's name, "dự thảo (dự án) Luật sửa đổi ...": the draft's change is the name's
    for draft in ("dự thảo", "dự án"):
        text = (f"Ban soạn thảo hoàn thiện {draft} Luật sửa đổi, bổ sung một số điều của Luật "
                "Đấu thầu.")
        assert ("LUAT-QH-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-dau-thau", "AMENDS",
                "LUAT-QH-luat-dau-thau") in relations(text)  # it CITED it


def test_a_portals_notes_on_an_article_run_together_are_each_said_of_the_article() -> None:
    # "Điều này được hướng dẫn bởi ..." after the last note's decree: the circular guides the
    # article, not the decree; and what amends that decree is no guidance of the article's
    text = ("Đối tượng chịu thuế\nĐiều này được hướng dẫn bởi Điều 2 Nghị định 50/2010/NĐ-CP có "
            "hiệu lực thi hành từ ngày 01 tháng 7 năm 2010\nNội dung hướng dẫn Điều này tại Nghị "
            "định 50/2010/NĐ-CP được sửa đổi bởi Khoản 1 Điều 4 Nghị định 12/2015/NĐ-CP có hiệu "
            "lực thi hành kể từ ngày 01/01/2015\nĐiều này được hướng dẫn bởi Điều 2 Thông tư "
            "105/2010/TT-BTC có hiệu lực áp dụng kể từ kỳ khai thuế tháng 7 năm 2010\n")
    found = extract_text(text)
    own = found.identity.key.id
    assert {(r.source.id, r.relation.value, r.target.id.replace(own, "self"))
            for r in found.relations if not r.from_self} == {
        ("ND-50-CP-2010", "GUIDES", "self"), ("ND-12-CP-2015", "AMENDS", "ND-50-CP-2010"),
        ("TT-105-BTC-2010", "GUIDES", "self")}  # (the circular had GUIDED the decree)
    assert {r.relation.value for r in found.relations if r.from_self} == {"CITES"}  # (the
    # article had GUIDED the amending decree)


def test_a_note_in_brackets_after_an_article_quoted_is_said_of_the_article() -> None:
    # "(Điểm b Điều này đã được sửa đổi theo ...)" right after "Điều 88 Nghị định 43/2014/NĐ-CP"
    # is the decree's article, not the citing text's (the page had been amended)
    text = ("Dựa trên khoản 1 Điều 88 Nghị định 43/2014/NĐ-CP (Điểm b Điều này đã được sửa đổi "
            "theo khoản 27 Điều 1 Nghị định 148/2020/NĐ-CP) quy định như sau:\n")
    found = extract_text(text)
    assert {(r.source.id, r.relation.value, r.target.id) for r in found.relations
            if not r.from_self} == {("ND-148-CP-2020", "AMENDS", "ND-43-CP-2014")}


def test_provisions_these_are_another_documents_not_the_citing_ones() -> None:
    # "các quy định này" (these provisions) are the law's, as "Quy định này" would be the text's
    text = ("Pháp luật hiện hành quy định về người lao động nước ngoài trong Bộ luật Lao động năm "
            "2012 và các quy định này được hướng dẫn thi hành bởi Nghị định số 11/2016/NĐ-CP "
            "ngày 03/02/2016 của Chính phủ.")
    assert ("ND-11-CP-2016", "GUIDES", "LUAT-QH-2012-bo-luat-lao-dong") in relations(text)  # it
    # had GUIDED the citing article


def test_a_peoples_committee_changes_no_resolution_of_its_council() -> None:
    # a portal's note names the decision that listed the resolution as expired "thay thế"
    text = ("Nghị quyết 24/2010/NQ-HĐND sửa đổi phí, lệ phí đã được thay thế bởi Quyết định "
            "136/QĐ-UBND năm 2018 công bố kết quả rà soát văn bản hết hiệu lực.")
    assert ("QD-136-UBND-2018", "CITES", "NQ-24-HDND-2010") in relations(text)  # it SUPERSEDED
    # ... while a council's resolution replaces its own
    assert ("NQ-30-HDND-2018", "SUPERSEDES", "NQ-24-HDND-2010") in relations(
        text.replace("Quyết định 136/QĐ-UBND", "Nghị quyết 30/2018/NQ-HĐND"))


def test_a_circulars_list_of_repealed_documents_repeals_no_decree() -> None:
    # Under an article's heading, "Bãi bỏ toàn bộ 14 văn bản ... sau đây:" opens the list; the
    # decree named in an item's subject is cited (a circular repeals no decree).
    text = ("THÔNG TƯ\nĐiều 1. Bãi bỏ toàn bộ văn bản quy phạm pháp luật\nBãi bỏ toàn bộ 14 văn bản"
            " quy phạm pháp luật do Bộ trưởng ban hành, liên tịch ban hành sau đây:\n1. Thông tư số"
            " 23/2015/TT-BLĐTBXH ngày 23/6/2015 của Bộ trưởng hướng dẫn thực hiện một số điều về "
            "tiền lương của Nghị định số 05/2015/NĐ-CP ngày 12/01/2015 của Chính phủ.\n2. Thông tư"
            " số 29/2015/TT-BLĐTBXH ngày 31/7/2015 của Bộ trưởng.\n")
    found = extract_text(text.replace("THÔNG TƯ", "Số: 15/2024/TT-BLĐTBXH\n\nTHÔNG TƯ")).relations
    assert {(r.relation.value, r.target.id) for r in found if r.from_self} == {
        ("REPEALS", "TT-23-BLDTBXH-2015"), ("CITES", "ND-5-CP-2015"),
        ("REPEALS", "TT-29-BLDTBXH-2015")}


def test_a_letter_changes_no_circular() -> None:
    # A tax office's letter quoting what a circular changed: the change is not the letter's.
    text = ("Số: 2505/CT-TTHT\nV/v chính sách thuế\nHà Nội, ngày 5 tháng 6 năm 2017\n\n"
            "Sửa đổi khoản 1 Điều 4 Thông tư số 219/2013/TT-BTC về đối tượng không chịu thuế.")
    assert {(r.relation.value, r.target.id) for r in extract_text(text).relations} == {
        ("CITES", "TT-219-BTC-2013")}


def test_a_party_document_changes_no_normative_document_of_the_state() -> None:
    # a conclusion calls for the change the law makes: it is cited, not the amending document
    text = ("Luật năm 2025 đã thể chế hóa Kết luận số 119-KL/TW ngày 20/01/2025 về việc “sửa đổi "
            "Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13 theo hướng ...”.")
    assert ("KL-119-TW-2025", "AMENDS", "LUAT-80-QH13-2015") not in relations(text)


def test_a_law_decree_or_circular_changes_no_letter() -> None:
    # a list run on past what a decree amends: the letter after it is only cited
    text = ("Căn cứ Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một "
            "số điều của Nghị định số 27/2022/NĐ-CP ngày 19/4/2022, Văn bản số 4456/BKHĐT-TH ngày "
            "13/06/2023 của Bộ Kế hoạch và Đầu tư về việc hướng dẫn đánh giá ...")
    assert ("ND-38-CP-2023", "AMENDS", "CV-4456-BKHDT-TH-2023") not in relations(text)
    assert ("ND-38-CP-2023", "AMENDS", "ND-27-CP-2022") in relations(text)
    # ... nor does it amend a directive (a decision of the Prime Minister may end one)
    text = ("Căn cứ Nghị định số 38/2023/NĐ-CP ngày 24/6/2023 của Chính phủ sửa đổi, bổ sung một "
            "số điều của Nghị định số 27/2022/NĐ-CP ngày 19/4/2022, Chỉ thị số 21/CT-TTg ngày "
            "10/6/2023 của Thủ tướng Chính phủ;")
    assert ("ND-38-CP-2023", "AMENDS", "CT-21-TTg-2023") not in relations(text)
    # ... and the list under the decree ends there: the directive is the letter's basis (it
    # was only cited, by the letter and by the decree)
    assert {r for r in relations(text) if r[2] == "CT-21-TTg-2023"} == {
        ("self", "BASED_ON", "CT-21-TTg-2023")}


def test_a_central_document_carries_out_no_local_one_even_as_the_citing_document() -> None:
    # a page that took the name of the directive it reports on
    text = ("Chỉ thị số 47-CT/TW\n\nThành ủy đã tổ chức Hội nghị sơ kết 2 năm thực hiện Chỉ thị số "
            "47-CT/TW của Ban Bí thư và Chỉ thị số 31-CT/TU của Ban Thường vụ Thành ủy.")
    assert ("self", "CITES", "CT-31-TU") in relations(text)


def test_a_law_decree_or_circular_guides_no_local_document() -> None:
    # a list run on past what a decree details: the Party committee's plan after it is cited
    text = ("Tiếp tục triển khai hiệu quả Luật Trẻ em năm 2016, Nghị định số 56/2017/NĐ-CP ngày "
            "09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em, Kế hoạch số "
            "244-KH/TU của Ban Thường vụ Tỉnh ủy về việc thực hiện Chỉ thị số 28-CT/TW.")
    assert ("ND-56-CP-2017", "CITES", "KH-244-TU") in relations(text)
    assert ("ND-56-CP-2017", "GUIDES", "LUAT-QH-2016-luat-tre-em") in relations(text)
    # ... nor a letter, central as it is
    text = ("Theo Thông tư 78/2021/TT-BTC ngày 17/09/2021 hướng dẫn thực hiện Nghị định "
            "123/2020/NĐ-CP, và Công văn 2455/TCT-DNNCN hướng dẫn triển khai hóa đơn điện tử.")
    assert ("TT-78-BTC-2021", "GUIDES", "CV-2455-TCT-DNNCN") not in relations(text)


def test_a_proposal_changes_no_decision_but_a_plan_may_replace_one() -> None:
    # A decision's preamble: the proposal is "về việc sửa đổi" the decision; only the decision
    # amends it. A plan may replace the decision that issued an earlier plan.
    text = ("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 6482/TTr-SNV ngày 29/10/2025 về "
            "việc sửa đổi, bổ sung một số nội dung của Quyết định số 48/2024/QĐ-UBND ngày "
            "22/7/2024.")
    assert ("TTr-6482-SNV-2025", "CITES", "QD-48-UBND-2024") in relations(text)
    text = ("Số: 35/KH-UBND\nHà Nội, ngày 5 tháng 6 năm 2023\n\nKế hoạch này thay thế Quyết định "
            "số 12/QĐ-UBND ngày 3/3/2020 của UBND tỉnh.")
    assert relations(text) == {("self", "SUPERSEDES", "QD-12-UBND-2020-ha-noi")}


def test_a_dash_before_a_province_wrapped_onto_a_line_is_no_bullet() -> None:
    # "... Đồng Hới" / "- Quảng Bình;": the place's province, not a list item of another kind.
    text = ("Điều 1. Bãi bỏ các văn bản quy phạm pháp luật, cụ thể như sau:\n1. Quyết định "
            "90/2004/QĐ-UB ngày 16/12/2004 của UBND tỉnh Quảng Bình Ban hành điều lệ, phường Nam "
            "Lý - Đồng Hới\n- Quảng Bình;\n2. Quyết định số 02/2007/QĐ-UBND ngày 31/01/2007 của "
            "UBND tỉnh Quảng Bình ban hành Quy định đánh số nhà;\n")
    assert relations(text) == {("self", "REPEALS", "QD-90-UB-2004-quang-binh"),
                               ("self", "REPEALS", "QD-2-UBND-2007-quang-binh")}


def test_an_articles_heading_that_names_the_documents_governs_the_list_under_it() -> None:
    text = ("**Điều 1. Bãi bỏ toàn bộ các\nquyết định**\n1. Quyết định số 43/2017/QĐ-UBND ngày "
            "29/9/2017 của UBND tỉnh quy định trình tự.\n2. Quyết định số 40/2013/QĐ-UBND ngày "
            "13/9/2013 của UBND tỉnh ban hành Quy định.\n**Điều 2. Hiệu lực thi hành**\n")
    assert relations(text) == {("self", "REPEALS", "QD-43-UBND-2017"),
                               ("self", "REPEALS", "QD-40-UBND-2013")}
    # ... not a heading of another kind: "Điều 3. Tổ chức thực hiện"
    assert relations(text.replace("Bãi bỏ toàn bộ các\nquyết định", "Tổ chức thực hiện")) == {
        ("self", "CITES", "QD-43-UBND-2017"), ("self", "CITES", "QD-40-UBND-2013")}


def test_a_document_that_ends_as_this_one_takes_effect_is_superseded() -> None:
    text = ("Điều 4. Hiệu lực thi hành\n1. Quyết định này có hiệu lực thi hành kể từ ngày 28 tháng "
            "11 năm 2025.\n2. Quyết định số 27/2024/QĐ-UBND ngày 20 tháng 11 năm 2024 của Ủy ban "
            "nhân dân thành phố quy định danh mục tài sản; danh mục hao mòn hết hiệu lực thi hành "
            "kể từ ngày {}.\n")
    assert relations(text.format("28 tháng 11 năm 2025")) == relations(text.format(
        "Quyết định này có hiệu lực thi hành")) == {("self", "SUPERSEDES", "QD-27-UBND-2024")}
    # ... not one that ended on another day
    assert relations(text.format("01 tháng 01 năm 2026")) == {("self", "CITES", "QD-27-UBND-2024")}


def test_a_change_cue_before_the_documents_plural_type_word_and_a_colon_governs_the_list() -> None:
    text = ("5. Nghị quyết này bãi bỏ các Nghị quyết:\na) Nghị quyết số 11/2024/NQ-HĐND ngày 29 tháng"
            " 6 năm 2024 của Hội đồng nhân dân tỉnh Trà Vinh quy định mức thu học phí.\nb) Nghị "
            "quyết số 10/2024/NQ-HĐND ngày 10 tháng 7 năm 2024 của Hội đồng nhân dân tỉnh Vĩnh Long"
            " quy định mức học phí.\n")
    assert relations(text) == {("self", "REPEALS", "NQ-11-HDND-2024-tra-vinh"),
                               ("self", "REPEALS", "NQ-10-HDND-2024-vinh-long")}


def test_a_type_word_that_is_also_a_cue_is_no_cue() -> None:
    # "Hướng dẫn" names the document here; it does not say that self guides it.
    text = "Căn cứ Hướng dẫn số 12-HD/BDVTW ngày 1/3/2019 của Ban Dân vận Trung ương."
    assert relations(text) == {("self", "BASED_ON", "HD-12-BDVTW-2019")}


def test_markdown_emphasis_does_not_break_a_title_over_lines() -> None:
    text = ("**KẾ HOẠCH**\n**thực hiện Kết luận số 43-KL/TW, ngày 07/01/2019 của Ban Bí thư**\n"
            "**về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013**\n")
    assert relations(text) == {
        ("self", "IMPLEMENTS", "KL-43-TW-2019"), ("self", "CITES", "NQ-25-TW-2013"),
        ("KL-43-TW-2019", "IMPLEMENTS", "NQ-25-TW-2013"),
    }


def test_guides_a_law_known_only_by_name() -> None:
    text = ("theo Nghị định số 64/2014/NĐ-CP ngày 26/6/2014 của Chính phủ Quy định chi tiết "
            "thi hành một số điều của Luật Tiếp công dân.")
    assert ("ND-64-CP-2014", "GUIDES", "LUAT-QH-luat-tiep-cong-dan") in relations(text)


def test_a_plan_issued_with_whose_it_is_carries_out_what_it_names() -> None:
    text = ("Thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình "
            "hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024.")
    assert ("NQ-3-CP-2025", "IMPLEMENTS", "NQ-57-TW-2024") in relations(text)


def test_a_joint_body_of_many_words_is_read_whole_before_its_cue() -> None:
    text = ("Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTWMTTQVN ngày 17 tháng 4 năm 2008 "
            "của Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam hướng dẫn thi hành "
            "các Điều 11, Điều 14 của Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn;")
    assert relations(text) == {
        ("self", "BASED_ON", "NQLT-9-CP-UBTWMTTQVN-2008"),
        ("self", "CITES", "PL-UBTVQH-phap-lenh-thuc-hien-dan-chu-o-xa-phuong-thi-tran"),
        ("NQLT-9-CP-UBTWMTTQVN-2008", "GUIDES",
         "PL-UBTVQH-phap-lenh-thuc-hien-dan-chu-o-xa-phuong-thi-tran"),
    }


def test_a_law_carries_out_no_law_only_the_constitution() -> None:
    text = ("Tin tức\n\nLuật Chăn nuôi năm 2018 triển khai thi hành Luật Trồng trọt năm 2018. "
            "Luật Tiếp cận thông tin số 104/2016/QH13 cụ thể hóa Hiến pháp năm 2013.")
    found = relations(text)
    assert ("LUAT-QH-2018-luat-chan-nuoi", "CITES", "LUAT-QH-2018-luat-trong-trot") in found
    assert ("LUAT-104-QH13-2016", "IMPLEMENTS",
            "LUAT-QH-2013-hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam") in found


@pytest.mark.parametrize("body", ["Hội đồng thẩm phán TAND tối cao",
                                  "Hội đồng Thẩm phán Tòa án nhân dân tối cao"])
def test_the_judges_council_is_a_body_before_its_cue(body: str) -> None:
    text = (f"Các văn bản mới như Nghị quyết số 01/2014/NQ-HĐTP ngày 20/3/2014 của {body} hướng "
            "dẫn thi hành một số quy định Luật Trọng tài thương mại.")
    assert ("NQ-1-HDTP-2014", "GUIDES", "LUAT-QH-luat-trong-tai-thuong-mai") in relations(text)


@pytest.mark.parametrize("adverb", ["đã", "sẽ", "cũng", "còn", "chính thức", "cũng đã",
                                    "này"])  # "this" resolution
def test_a_document_whose_act_is_timed_or_added_to_is_its_subject(adverb: str) -> None:
    text = (f"Bên cạnh đó, Nghị quyết số 02/2025/NQ-HĐTP {adverb} thay thế Nghị quyết số "
            "04/2019/NQ-HĐTP.")
    assert ("NQ-2-HDTP-2025", "SUPERSEDES", "NQ-4-HDTP-2019") in relations(text)  # was self's
    # ... but "đồng thời" opens a clause of its own, as after a list
    text = ("Nghị định 46/2019/NĐ-CP làm hết hiệu lực một phần Nghị định 158/2013/NĐ-CP; Nghị "
            "định 28/2017/NĐ-CP, đồng thời hướng dẫn Luật Thể dục, Thể thao 2006.")
    assert ("ND-28-CP-2017", "GUIDES", "LUAT-QH-2006-luat-the-duc-the-thao") not in relations(text)


def test_a_change_is_the_act_of_a_document_named_with_its_whole_subject_before_it() -> None:
    # A news item: the subject's words joined by a comma, or holding a short bracket.
    text = ("Ngày 15/3/2024, Chính phủ đã ban hành Nghị định số 32/2024/NĐ-CP về quản lý, phát "
            "triển cụm công nghiệp thay thế Nghị định số 68/2017/NĐ-CP.")
    assert ("ND-32-CP-2024", "SUPERSEDES", "ND-68-CP-2017") in relations(text)  # was self's
    text = ("Chính phủ ban hành Nghị định số 52/2013/NĐ-CP về Thương mại điện tử (TMĐT) thay thế "
            "Nghị định số 57/2006/NĐ-CP năm 2006.")
    assert ("ND-52-CP-2013", "SUPERSEDES", "ND-57-CP-2006") in relations(text)
    text = ("Thủ tướng Chính phủ vừa ký ban hành Nghị định số 201/2025/NĐ-CP ngày 11/7/2025 quy "
            "định về chức năng, nhiệm vụ và quyền hạn của đại học quốc gia (ĐHQG) thay thế Nghị "
            "định số 186/2013/NĐ-CP.")  # ... also after "quy định (về)"
    assert ("ND-201-CP-2025", "SUPERSEDES", "ND-186-CP-2013") in relations(text)
    # ... but a comma before a clause of its own, or before what is carried out, is the page's
    text = ("Thực hiện Nghị định số 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp, UBND "
            "tỉnh bãi bỏ Quyết định số 12/2019/QĐ-UBND.")
    assert ("self", "REPEALS", "QD-12-UBND-2019") in relations(text)
    text = ("Quán triệt Chỉ thị số 03-CT/TW ngày 14/5/2011 về tiếp tục đẩy mạnh việc học tập và "
            "làm theo tấm gương đạo đức Hồ Chí Minh, gắn với thực hiện Nghị quyết số 12-NQ/TW "
            "ngày 16/01/2012.")
    assert ("self", "IMPLEMENTS", "NQ-12-TW-2012") in relations(text)


def test_a_change_after_the_subject_and_a_comma_is_the_act_of_the_document_opening_the_sentence(
        ) -> None:
    # A news item's numbered point: the rule named first is the subject of its sentence.
    text = ("1. Quy định số 41-QĐ/TW ngày 3/11/2021 của Bộ Chính trị về việc miễn nhiệm, từ chức "
            "đối với cán bộ, thay thế Quy định số 260-QĐ/TW ngày 2/10/2009 của Bộ Chính trị.")
    assert ("QD-41-TW-2021", "SUPERSEDES", "QD-260-TW-2009") in relations(text)  # was self's
    # ... not a reference after a cue, nor one inside the sentence
    text = ("Căn cứ Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019 về quản lý chợ, thay thế Quyết "
            "định số 5/2018/QĐ-UBND.")
    assert ("QD-12-UBND-2019", "SUPERSEDES", "QD-5-UBND-2018") not in relations(text)


def test_an_act_of_the_citing_document_after_and_is_not_nested() -> None:
    text = ("Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019 và bãi bỏ "
            "Quyết định số 5/2018/QĐ-UBND.")
    assert relations(text) == {("self", "SUPERSEDES", "QD-12-UBND-2019"),
                               ("self", "REPEALS", "QD-5-UBND-2018")}


@pytest.mark.parametrize("suspends", [
    "và đình chỉ việc thi hành", "; tạm đình chỉ", ", tạm ngừng hiệu lực thi hành đối với",
    "và tạm ngưng hiệu lực"])
def test_a_suspension_after_a_change_cites_what_it_suspends(suspends: str) -> None:
    # Suspending has no relation type of its own: the document is cited, not superseded as
    # the list before it would have it.
    text = (f"Quyết định này thay thế Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019 {suspends} "
            "Quyết định số 5/2018/QĐ-UBND ngày 6/4/2018 của UBND tỉnh.")
    assert relations(text) == {("self", "SUPERSEDES", "QD-12-UBND-2019"),
                               ("self", "CITES", "QD-5-UBND-2018")}


def test_a_joint_circulars_verb_after_its_ministries_is_its_own() -> None:
    # the circular guides the decision; the citing decision had, when the ministries' names
    # were cut short
    text = ("Căn cứ Thông tư liên tịch số 14/2008/TTLT-BLĐTBXH-BTC-BKHĐT ngày 29 tháng 7 năm 2008 "
            "của Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính - Bộ Kế hoạch và Đầu tư hướng "
            "dẫn một số điều Quyết định số 71/2005/QĐ-TTg ngày 05 tháng 4 năm 2005;")
    assert ("TTLT-14-BLDTBXH-BTC-BKHDT-2008", "GUIDES", "QD-71-TTg-2005") in relations(text)


def test_a_circular_that_opens_with_thi_hanh_details_the_decree_it_names() -> None:
    text = ("BỘ TÀI CHÍNH\nSố: 28/1998/TT-BTC\nHà Nội, ngày 14 tháng 3 năm 1998\nTHÔNG TƯ\nHướng "
            "dẫn về chế độ thu phí\nThi hành Nghị định số 74/1997/NĐ-CP ngày 21/7/1997 của Chính "
            "phủ,\nNghị định số 04/1998/NĐ-CP ngày 10/01/1998 của Chính phủ, Bộ Tài chính hướng "
            "dẫn như sau:\nCác đơn vị thực hiện việc tổ chức thi hành Luật Ngân sách nhà nước.\n")
    rels = {(r.source.id, r.relation.value, r.target.id) for r in extract_text(text).relations}
    assert ("TT-28-BTC-1998", "GUIDES", "ND-74-CP-1997") in rels  # was IMPLEMENTS
    assert ("TT-28-BTC-1998", "GUIDES", "ND-4-CP-1998") in rels  # (the list's next line too)
    # ... but "thi hành" in another's words carries it out, as before
    assert ("TT-28-BTC-1998", "IMPLEMENTS", "LUAT-QH-luat-ngan-sach-nha-nuoc") in rels
    # ... also "Để thi hành" (in order to carry out), the opening of a joint circular of 1988
    text = ("TÒA ÁN NHÂN DÂN TỐI CAO\nVIỆN KIỂM SÁT NHÂN DÂN TỐI CAO\nSố: 01-TANDTC-VKSNDTC/TTLT"
            " Hà Nội, ngày 08 tháng 12 năm 1988\nTHÔNG TƯ LIÊN TỊCH\nHƯỚNG DẪN THI HÀNH MỘT SỐ QUY "
            "ĐỊNH\nĐể thi hành Bộ luật tố tụng hình sự, Tòa án nhân dân tối cao và Viện kiểm sát "
            "nhân dân tối cao hướng dẫn các Tòa án áp dụng thống nhất một số quy định sau đây:\n")
    assert relations(text) == {("self", "GUIDES", "LUAT-QH-bo-luat-to-tung-hinh-su")}


def test_the_enforcement_of_judgments_carries_out_no_document() -> None:
    # "thi hành án" is the enforcement of judgments, not "thi hành" (carries out) a document
    text = ("Vấn đề kháng nghị trong thi hành án dân sự được quy định tại Điều 5 Luật Tổ chức "
            "Viện kiểm sát nhân dân và Nghị định số 62/2015/NĐ-CP ngày 18/7/2015.")
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-to-chuc-vien-kiem-sat-nhan-dan"),
                               ("self", "CITES", "ND-62-CP-2015")}


@pytest.mark.parametrize(("between", "relation"), [
    ("tạm ngưng hiệu lực và điều chỉnh thời hạn áp dụng", "CITES"),
    ("triển khai có hiệu quả các nhiệm vụ của", "IMPLEMENTS")])
def test_a_verb_right_after_a_cited_documents_body_is_that_documents_act(between: str,
                                                                          relation: str) -> None:
    # Though words stand between the verb and the next document: no list goes on from X, and
    # the citing document does not act itself.
    text = (f"Căn cứ Nghị quyết số 09/2026/NQ-CP ngày 04/02/2026 của Chính phủ {between} Nghị "
            "định số 46/2026/NĐ-CP ngày 26/01/2026.")
    assert relations(text) == {("self", "BASED_ON", "NQ-9-CP-2026"),
                               ("self", "CITES", "ND-46-CP-2026"),
                               ("NQ-9-CP-2026", relation, "ND-46-CP-2026")}
    # ... but not to a document dated after it, listed with it under the citing act
    text = ("Ban hành Kế hoạch sửa đổi, bổ sung Kế hoạch số 1602/KH-UBND ngày 21/7/2022 của UBND "
            "tỉnh thực hiện Chương trình mục tiêu quốc gia và Kế hoạch số 1290/KH-UBND ngày "
            "01/6/2023 của UBND tỉnh.")
    assert relations(text) == {("self", "AMENDS", "KH-1602-UBND-2022"),
                               ("self", "AMENDS", "KH-1290-UBND-2023")}


@pytest.mark.parametrize(("text", "relation"), [
    ("Bãi bỏ các quy định của Ủy ban nhân dân tỉnh tại Quyết định số 12/2020/QĐ-UBND.",
     "REPEALS"),
    ("Sửa đổi, bổ sung một số điều của Quy chế làm việc của Ủy ban nhân dân tỉnh tại Quyết "
     "định số 12/2020/QĐ-UBND.", "AMENDS"),
    # "của tỉnh cho phù hợp với quy định": no issuing body before "tại"
    ("Rà soát, sửa đổi các văn bản của tỉnh cho phù hợp với quy định tại Quyết định số "
     "12/2020/QĐ-UBND.", "CITES"),
    # ... past a provision named by its subject, then where it stands (it only cited it)
    ("Bãi bỏ quy định về phụ cấp đặc thù đối với nhà giáo dạy tích hợp, nhà giáo là nghệ nhân "
     "quy định tại Điều 4, Điều 5 và Điều 9 Quyết định số 12/2020/QĐ-UBND.", "REPEALS"),
    # ... or a part ("phần"), not an assignment ("phân công")
    ("Thay thế phần danh mục thủ tục hành chính của UBND cấp xã tại Quyết định số "
     "12/2020/QĐ-UBND.", "SUPERSEDES"),
    ("Bãi bỏ phân công tại Quyết định số 12/2020/QĐ-UBND.", "CITES"),
])
def test_a_change_reaches_a_reference_past_whose_and_where(text: str, relation: str) -> None:
    assert relations(text) == {("self", relation, "QD-12-UBND-2020")}


def test_changing_cues_count_only_right_before_a_reference() -> None:
    text = ("Rà soát, đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ văn bản cho phù hợp với quy "
            "định của Luật số 10/2022/QH15.")
    assert relations(text) == {("self", "CITES", "LUAT-10-QH15-2022")}


@pytest.mark.parametrize(("text", "relation"), [
    ("Báo cáo theo hướng dẫn tại Công văn số 123/UBND-VP ngày 01/3/2023.", "CITES"),
    ("Căn cứ hướng dẫn tại Công văn số 123/UBND-VP ngày 01/3/2023.", "BASED_ON"),
    ("Căn cứ theo hướng dẫn tại Công văn số 123/UBND-VP ngày 01/3/2023.", "BASED_ON"),
    ("Thực hiện hướng dẫn của Sở Nội vụ tại Công văn số 123/UBND-VP ngày 01/3/2023.",
     "IMPLEMENTS"),
    # a verb again after a comma: the plan guides
    ("Quán triệt, hướng dẫn thực hiện Công văn số 123/UBND-VP ngày 01/3/2023.", "GUIDES"),
    # guidance as a kind of document, as the province's others are listed
    ("Tỉnh đã ban hành kế hoạch, văn bản chỉ đạo, hướng dẫn thực hiện Công văn số 123/UBND-VP "
     "ngày 01/3/2023.", "CITES"),
])
def test_guidance_followed_is_a_noun_and_guides_nothing(text: str, relation: str) -> None:
    (rel,) = extract_text(text).relations
    assert (rel.relation.value, rel.target.id) == (relation, "CV-123-UBND-VP-2023")


@pytest.mark.parametrize("text", [
    "Nghiên cứu, đề xuất sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP ngày 14/12/2004.",
    "Đảng đoàn Quốc hội lãnh đạo, chỉ đạo sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP.",
    "Kiến nghị bãi bỏ Nghị định số 204/2004/NĐ-CP.",
    # with whom it goes to between
    "Giao Sở Tư pháp tham mưu UBND tỉnh bãi bỏ Nghị định số 204/2004/NĐ-CP.",
    "Đề nghị các bộ, ngành sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP.",
    # the change spoken of ("việc sửa đổi", the amending of)
    "Chính phủ thảo luận các dự án luật gắn với việc sửa đổi, bổ sung Nghị định số "
    "204/2004/NĐ-CP.",
    "Tờ trình nêu rõ, việc sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP là cần thiết.",
    "Mục tiêu của lần sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP là mở rộng đối tượng.",
    "Tại Việt Nam việc ban hành sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP là bước đi chiến lược.",
    "10 điểm sửa đổi, bổ sung một số quy định của Nghị định số 204/2004/NĐ-CP",  # (points of)
    # ... or said to be needed
    "Các đại biểu tán thành sự cần thiết sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP.",
    # ... or a submission's subject (a news item had amended the decree)
    "Bộ Tư pháp vừa có tờ trình gửi Chính phủ về sửa đổi, bổ sung Nghị định số 204/2004/NĐ-CP.",
])
def test_a_change_proposed_or_assigned_is_not_made_by_the_citing_document(text: str) -> None:
    (rel,) = extract_text(text).relations
    assert (rel.relation.value, rel.target.id) == ("CITES", "ND-204-CP-2004")
    assert rel.cue.endswith(("sua doi, bo sung", "bai bo"))  # the cue shown with its proposal


@pytest.mark.parametrize("proposal", ["Tờ trình dự án", "Bộ Tư pháp đề nghị thông qua",
                                      "Cần thiết ban hành"])
def test_an_amending_law_proposed_still_amends_the_laws_its_name_names(proposal: str) -> None:
    text = f"{proposal} Luật sửa đổi, bổ sung một số điều của Luật Đất đai."
    amending = "LUAT-QH-luat-sua-doi-bo-sung-mot-so-dieu-cua-luat-dat-dai"
    assert (amending, "AMENDS", "LUAT-QH-luat-dat-dai") in relations(text)  # was CITES


@pytest.mark.parametrize(("text", "relation"), [
    ("Theo đề nghị của Giám đốc Sở Tư pháp, bãi bỏ Quyết định số 12/2019/QĐ-UBND.", "REPEALS"),
    ("Xét đề nghị Sở Nội vụ, thay thế Quyết định số 12/2019/QĐ-UBND.", "SUPERSEDES"),
    ("Kiện toàn Ban Chỉ đạo tỉnh thay thế Quyết định số 12/2019/QĐ-UBND.", "SUPERSEDES"),
])
def test_the_proposal_a_decision_acts_on_and_a_steering_committee_propose_nothing(
        text: str, relation: str) -> None:
    (rel,) = extract_text(text).relations
    assert (rel.relation.value, rel.target.id) == (relation, "QD-12-UBND-2019")


@pytest.mark.parametrize(("text", "relation"), [
    ("QUYẾT ĐỊNH\nVề việc bãi bỏ Quyết định số 12/2019/QĐ-UBND\n", "REPEALS"),
    ("Nghị định này quy định việc bãi bỏ Quyết định số 12/2019/QĐ-UBND.", "REPEALS"),
    ("Công bố việc sửa đổi, bổ sung Quyết định số 12/2019/QĐ-UBND.", "AMENDS"),
])
def test_a_change_a_title_or_provision_names_with_viec_is_made(text: str, relation: str) -> None:
    (rel,) = extract_text(text).relations
    assert (rel.relation.value, rel.target.id) == (relation, "QD-12-UBND-2019")


def test_a_title_after_a_colon_is_the_documents_subject() -> None:
    # a portal's record: "<document>: <title>"; the news item amended nothing
    text = ("Việc thực hiện Quyết định số 28/2023/QĐ-TTg của Thủ tướng Chính phủ: Sửa đổi, bổ "
            "sung một số điều của Quyết định số 12/2018/QĐ-TTg còn khó khăn.")
    assert relations(text) == {("self", "IMPLEMENTS", "QD-28-TTg-2023"),
                               ("self", "CITES", "QD-12-TTg-2018"),
                               ("QD-28-TTg-2023", "AMENDS", "QD-12-TTg-2018")}


def test_gan_voi_right_after_a_document_is_the_citing_documents() -> None:
    # "thực hiện X gắn với Y" (in conjunction with): a directive of 2017 cites no plan of 2019
    text = ("Tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị (khóa XII) gắn với Kế hoạch "
            "số 89-KH/HU, ngày 5/3/2019 của Ban Thường vụ Huyện ủy.")
    found = relations(text)
    assert ("CT-5-TW", "CITES", "KH-89-HU-2019") not in found
    assert ("self", "CITES", "KH-89-HU-2019") in found


def test_this_decision_on_a_news_page_is_the_decision_it_says_was_issued() -> None:
    text = ("Toàn tỉnh có 4.351 Tổ bảo vệ an ninh, trật tự\nUBND tỉnh Thanh Hóa vừa ban hành "
            "Quyết định số 87/2025/QĐ-UBND về số lượng Tổ bảo vệ an ninh, trật tự.\nCụ thể như "
            "sau: Quyết định này có hiệu lực thi hành kể từ ngày 15/7/2025, thay thế Quyết định "
            "số 29/2024/QĐ-UBND ngày 27/6/2024 của UBND tỉnh.")
    assert relations(text) == {("self", "CITES", "QD-87-UBND-2025-thanh-hoa"),
                               ("self", "CITES", "QD-29-UBND-2024-thanh-hoa"),
                               ("QD-87-UBND-2025-thanh-hoa", "SUPERSEDES",
                                "QD-29-UBND-2024-thanh-hoa")}
    # ... or announced, as a Party body announces its regulation
    text = ("Ngày 5/9/2022, Ban Chấp hành Trung ương công bố Quy định số 80-QĐ/TW về phân cấp "
            "quản lý cán bộ. Quy định này thay thế Quy định số 105-QĐ/TW, ngày 19/12/2017 của "
            "Bộ Chính trị.")
    assert ("QD-80-TW-2022", "SUPERSEDES", "QD-105-TW-2017") in relations(text)  # (its year:
    # the day it was made public)
    # ... and so is the type word alone opening a sentence
    text = ("UBND tỉnh vừa ban hành Quyết định số 10/2019/QĐ-UBND quy định giá đất. Quyết định có "
            "hiệu lực kể từ ngày 26/6/2019 và thay thế Quyết định số 43/2017/QĐ-UBND ngày "
            "22/12/2017 của UBND tỉnh.")
    assert ("QD-10-UBND-2019", "SUPERSEDES", "QD-43-UBND-2017") in relations(text)
    # ... and so is the one the page opens with, its headline, by its number
    headline = ("Nghị định số 42/2019/NĐ-CP về xử phạt vi phạm hành chính trong lĩnh vực bảo "
                "hiểm\nChính phủ quy định mức phạt mới. Nghị định này thay thế Nghị định số "
                "103/2013/NĐ-CP.")
    assert ("ND-42-CP-2019", "SUPERSEDES", "ND-103-CP-2013") in relations(headline)
    # ... also after the paper's tag, or with no full stop before "Nghị định này"
    tagged = ("QĐND Online - Nghị định số 105/2012/NĐ-CP ngày 17-12-2012 của Chính phủ về tổ "
              "chức lễ tang đã được thông báo.\nNghị định này có hiệu lực từ ngày 1-2-2013 và "
              "thay thế Nghị định số 62/2001/NĐ-CP.")
    assert ("ND-105-CP-2012", "SUPERSEDES", "ND-62-CP-2001") in relations(tagged)
    linked = ("Liên kết website\n\nThông tư số 04/2011/TT-BVHTTDL ngày 21 tháng 01 năm 2011 quy "
              "định về việc cưới, việc tang\n\n25/04/2011\n\nThông tư này áp dụng đối với tổ "
              "chức, cá nhân. Thông tư này thay thế Thông tư số 04/1998/TT-BVHTT ngày 11 tháng 7 "
              "năm 1998.")  # ... or under a portal's one short line, a link (it was the page's)
    assert ("TT-4-BVHTTDL-2011", "SUPERSEDES", "TT-4-BVHTT-1998") in relations(linked)
    run_on = ("Nghị định số 81/2021/NĐ-CP ngày 27 tháng 08 năm 2021 quy định về học phí\nNghị "
              "định này có hiệu lực từ ngày 15/10/2021 và thay thế Nghị định số 86/2015/NĐ-CP.")
    assert ("ND-81-CP-2021", "SUPERSEDES", "ND-86-CP-2015") in relations(run_on)
    # ... or under one of its parts, as a portal heads a page with a chapter or an article
    part = ("Chương 6 Nghị định 03/2022/NĐ-CP quy định về xử phạt vi phạm hành chính trong lĩnh "
            "vực phòng, chống thiên tai\n1. Nghị định này có hiệu lực kể từ ngày ký ban hành.\n2. "
            "Nghị định này thay thế Nghị định số 104/2017/NĐ-CP ngày 14 tháng 9 năm 2017.")
    assert ("ND-3-CP-2022", "SUPERSEDES", "ND-104-CP-2017") in relations(part)  # was the page's
    # ... also a decree the page cites by its number and year alone
    decree = ("Chính phủ vừa ban hành Nghị định 137/2020 quy định về quản lý, sử dụng pháo. "
              "Nghị định này có hiệu lực từ ngày 11/1/2021 và thay thế Nghị định 36/2009/NĐ-CP.")
    assert ("ND-137-CP-2020", "SUPERSEDES", "ND-36-CP-2009") in relations(decree)
    # ... or adopted, as the National Assembly adopts a law
    law = ("Ngày 16/6/2020, Quốc hội khóa XIV đã thông qua Luật Thanh niên số 57/2020/QH14. Luật "
           "này có hiệu lực từ ngày 01/01/2021 và thay thế Luật Thanh niên số 53/2005/QH11.")
    assert ("LUAT-57-QH14-2020", "SUPERSEDES", "LUAT-53-QH11-2005") in relations(law)
    # ... also said so after it, in the passive, and known by its name
    law = ("Sau đây là 08 điểm mới của Luật Giao dịch điện tử 2023 vừa được thông qua tại kỳ họp "
           "thứ 5. Luật này có hiệu lực từ ngày 01/7/2024, thay thế cho Luật Giao dịch điện tử số "
           "51/2005/QH11.")
    assert ("LUAT-QH-2023-luat-giao-dich-dien-tu", "SUPERSEDES", "LUAT-51-QH11-2005") in relations(
        law)
    # ... with its adopter and session before "thông qua", and the type word opening a clause
    law = ("Luật Khám bệnh, chữa bệnh năm 2023 đã được Quốc hội khóa XV, Kỳ họp bất thường lần thứ 2 "
           "thông qua ngày 09/01/2023; Luật gồm 12 chương và 121 điều, có hiệu lực thi hành từ ngày "
           "01/01/2024 và thay thế Luật Khám bệnh, chữa bệnh năm 2009.")
    assert ("LUAT-QH-2023-luat-kham-benh-chua-benh", "SUPERSEDES",
            "LUAT-QH-2009-luat-kham-benh-chua-benh") in relations(law)
    # ... or signed
    signed = ("Phó Thủ tướng vừa ký Quyết định số 2609/QĐ-TTg ngày 28/11/2025 về việc thành lập "
              "Ban Quản lý. Quyết định này có hiệu lực kể từ ngày ký; bãi bỏ Quyết định số "
              "1229/QĐ-TTg ngày 15/7/2021.")
    assert ("QD-2609-TTg-2025", "REPEALS", "QD-1229-TTg-2021") in relations(signed)
    # ... or issued with what it carries: "ban hành kèm theo Thông tư ... Danh mục ..."
    attached = ("Bộ Nông nghiệp và Phát triển nông thôn vừa ban hành kèm theo Thông tư số "
                "59/2010/TT-BNNPTNT Danh mục các loài động vật, thực vật hoang dã. Thông tư này "
                "có hiệu lực sau 45 ngày kể từ ngày ký và thay thế Quyết định số 74/2008/QĐ-BNN.")
    assert ("TT-59-BNNPTNT-2010", "SUPERSEDES", "QD-74-BNN-2008") in relations(attached)
    # ... and "<type> này" after the document it ends, as it takes effect
    ends = ("Ngày 27/6/2023, Bộ Tài nguyên và Môi trường đã ban hành Thông tư số 03/2023/TT-BTNMT "
            "về bản đồ địa hình. Thông tư số 19/2019/TT-BTNMT hết hiệu lực kể từ ngày Thông tư "
            "này có hiệu lực thi hành.")
    assert relations(ends) == {("self", "CITES", "TT-3-BTNMT-2023"),
                               ("self", "CITES", "TT-19-BTNMT-2019"),
                               ("TT-3-BTNMT-2023", "SUPERSEDES", "TT-19-BTNMT-2019")}
    # ... and "<type> trên", the one above
    text = text.replace("Quyết định có hiệu lực", "Theo đó, Quyết định trên có hiệu lực")
    assert ("QD-10-UBND-2019", "SUPERSEDES", "QD-43-UBND-2017") in relations(text)
    # ... not on the decision's own copy, which lost its number
    copy = ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nQUYẾT ĐỊNH\nVề số lượng Tổ bảo vệ an ninh, trật tự\n"
            "Căn cứ Quyết định số 87/2025/QĐ-UBND ngày 1/7/2025 của UBND tỉnh ban hành Quy chế;\n"
            "Quyết định này có hiệu lực thi hành kể từ ngày 15/7/2025, thay thế Quyết định "
            "số 29/2024/QĐ-UBND ngày 27/6/2024 của UBND tỉnh.")
    assert ("self", "SUPERSEDES", "QD-29-UBND-2024-thanh-hoa") in relations(copy)


def test_a_change_after_a_document_a_news_page_says_was_issued_is_that_documents() -> None:
    text = ("Chính phủ vừa ban hành Nghị định số 24/2023/NĐ-CP tăng mức lương cơ sở lên 1,8 "
            "triệu đồng từ ngày 1-7-2023, thay thế Nghị định số 38/2019/NĐ-CP và Nghị định số "
            "90/2019/NĐ-CP.")
    assert relations(text) == {("self", "CITES", "ND-24-CP-2023"),
                               ("self", "CITES", "ND-38-CP-2019"),
                               ("self", "CITES", "ND-90-CP-2019"),
                               ("ND-24-CP-2023", "SUPERSEDES", "ND-38-CP-2019"),  # was self's
                               ("ND-24-CP-2023", "SUPERSEDES", "ND-90-CP-2019")}
    # ... also one the page says states it ("nêu rõ"; the page had repealed the decision)
    text = ("Quyết định 1269/QĐ-TTg ngày 27/10/2023 nêu rõ, bãi bỏ Quyết định số 447/QĐ-TTg ngày "
            "01 tháng 04 năm 2020 của Thủ tướng Chính phủ.")
    assert ("QD-1269-TTg-2023", "REPEALS", "QD-447-TTg-2020") in relations(text)
    # ... not one only cited before the change
    text = ("Thực hiện Nghị định số 24/2023/NĐ-CP về mức lương cơ sở, UBND tỉnh bãi bỏ Quyết "
            "định số 12/2019/QĐ-UBND.")
    assert ("self", "REPEALS", "QD-12-UBND-2019") in relations(text)


def test_a_proposed_change_after_a_cited_document_is_not_that_documents_either() -> None:
    text = ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023, đề xuất sửa đổi Quyết định số "
            "12/QĐ-UBND ngày 01/02/2015.")
    assert relations(text) == {("self", "IMPLEMENTS", "KH-35-UBND-2023"),
                               ("self", "CITES", "QD-12-UBND-2015")}


def test_a_document_that_ends_another_at_its_own_start_supersedes_it() -> None:
    text = ("Quyết định số 45/2019/QĐ-UBND ngày 3/4/2019 và Quyết định số 12/2020/QĐ-UBND ngày "
            "5/5/2020 của UBND tỉnh hết hiệu lực thi hành kể từ ngày Quyết định này có hiệu lực.\n"
            "Căn cứ Quyết định số 7/2018/QĐ-UBND ngày 1/2/2018 (đã hết hiệu lực).")
    assert relations(text) == {("self", "SUPERSEDES", "QD-45-UBND-2019"),
                               ("self", "SUPERSEDES", "QD-12-UBND-2020"),
                               ("self", "BASED_ON", "QD-7-UBND-2018")}
    # ... also with no day, as the article on its effect says it, before or after the
    # document: "hết hiệu lực thi hành." is an act, "(đã) hết hiệu lực" a state
    text = ("2. Kể từ ngày Thông tư này có hiệu lực thi hành, Thông tư số 06/2021/TT-BKHĐT ngày "
            "30/9/2021 của Bộ trưởng Bộ Kế hoạch và Đầu tư hết hiệu lực thi hành.\n")
    assert relations(text) == {("self", "SUPERSEDES", "TT-6-BKHDT-2021")}
    # ... but not one whose end only tells a time: "from the day resolution 61 ends"
    text = ("Khoản 9 Điều 60 có hiệu lực kể từ ngày Nghị quyết số 61/2022/QH15 hết hiệu lực thi "
            "hành.")
    assert relations(text) == {("self", "CITES", "NQ-61-QH15-2022")}


def test_additional_guidance_guides_and_changes_nothing() -> None:
    # "bổ sung" after "hướng dẫn" is additional guidance, no amendment
    text = ("Căn cứ Công văn số 76/TCHQ-ĐT ngày 04/12/2009 của Tổng cục Hải quan về hướng dẫn bổ "
            "sung thực hiện Quyết định 35/QĐ-TCHQ ngày 10/7/2009 về áp dụng quản lý rủi ro;")
    assert ("CV-76-TCHQ-DT-2009", "GUIDES", "QD-35-TCHQ-2009") in relations(text)


def test_a_document_that_takes_effect_replaces_the_one_after_it() -> None:
    # the sentence is of the resolution, not of the news item that reports it
    text = ("Nghị quyết 226/NQ-CP có hiệu lực từ ngày 5/8/2025, thay thế Nghị quyết số 25/NQ-CP "
            "ngày 5/2/2025 về mục tiêu tăng trưởng.")
    assert relations(text) == {("self", "CITES", "NQ-226-CP"),
                               ("self", "CITES", "NQ-25-CP-2025"),
                               ("NQ-226-CP", "SUPERSEDES", "NQ-25-CP-2025")}
    text = ("Quyết định 612/QĐ-UBDT có hiệu lực từ ngày ký và thay thế Quyết định 433/QĐ-UBDT "
            "ngày 18/6/2021.")  # ... also after "và"
    assert ("QD-612-UBDT", "SUPERSEDES", "QD-433-UBDT-2021") in relations(text)
    text = ("Tiêu chí xác định doanh nghiệp theo Nghị định 80/2021/NĐ-CP có hiệu lực từ 15/10/2021 "
            "thay thế Nghị định 39/2018/NĐ-CP.")  # ... also straight after its date's year
    assert ("ND-80-CP-2021", "SUPERSEDES", "ND-39-CP-2018") in relations(text)
    # ... or whose parts are counted first
    text = ("Ban Chấp hành Trung ương đã ban hành Quy định số 80-QĐ/TW ngày 18/8/2022.\na) Quy định "
            "80 gồm 6 chương, 34 điều, thay thế cho Quy định số 105-QĐ/TW ngày 19/12/2017.")
    assert ("QD-80-TW-2022", "SUPERSEDES", "QD-105-TW-2017") in relations(text)
    assert ("self", "SUPERSEDES", "QD-105-TW-2017") not in relations(text)
    # ... also "gồm có" and a longer count, then its effect and the change in a bracket
    text = ("Nghị định số 95/2023/NĐ-CP gồm có 06 chương, 33 điều và 60 biểu mẫu thủ tục hành chính"
            " về tín ngưỡng, tôn giáo, có hiệu lực thi hành kể từ ngày 30/3/2024 (thay thế Nghị định"
            " số 162/2017/NĐ-CP ngày 30/12/2017 của Chính phủ).")
    assert ("ND-95-CP-2023", "SUPERSEDES", "ND-162-CP-2017") in relations(text)
    assert ("self", "SUPERSEDES", "ND-162-CP-2017") not in relations(text)
    # ... or adopted and then taking effect, to replace ("để thay thế") too
    # ... or issued on a day, in a bracket past its subject (the news item had replaced it)
    text = ("Ngành đang triển khai thực hiện Quyết định 34/2014/QĐ-TTg về Quy định Tiêu chuẩn xã, "
            "phường phù hợp với trẻ em (ban hành ngày 30.5.2014, có hiệu lực thi hành từ "
            "15.7.2014, thay thế Quyết định 37/2010/QĐ-TTg).")
    assert ("QD-34-TTg-2014", "SUPERSEDES", "QD-37-TTg-2010") in relations(text)
    assert ("self", "SUPERSEDES", "QD-37-TTg-2010") not in relations(text)
    text = ("Nghị định số 95/2023/NĐ-CP được ký ban hành vào ngày 29/12/2023 sẽ bắt đầu có hiệu lực "
            "từ ngày 30/3/2024 và thay thế cho Nghị định số 162/2017/NĐ-CP ngày 30/12/2017.")
    assert ("ND-95-CP-2023", "SUPERSEDES", "ND-162-CP-2017") in relations(text)
    text = ("Bộ luật Lao động số 45/2019/QH14 được Quốc hội thông qua tại kỳ họp thứ 8, ngày "
            "20/11/2019 và bắt đầu có hiệu lực từ ngày 01/01/2021 để thay thế Bộ luật Lao động số "
            "10/2012/QH13.")
    assert ("LUAT-45-QH14-2019", "SUPERSEDES", "LUAT-10-QH13-2012") in relations(text)
    # ... past a short bracket in its subject
    text = ("Thông tư số 05/2024/TT-BTP quy định Chế độ báo cáo thống kê thi hành án dân sự (THADS) "
            "đã được Lãnh đạo Bộ Tư pháp ký ban hành, thay thế Thông tư số 06/2019/TT-BTP.")
    assert ("TT-5-BTP-2024", "SUPERSEDES", "TT-6-BTP-2019") in relations(text)
    text = ("Thông tư 03/2019/TT-BQP có hiệu lực từ 26/2/2019 và thay thế Thông tư "
            "164/2014/TT-BQP.")  # ... and with its date alone, no "ngày"
    assert ("TT-3-BQP-2019", "SUPERSEDES", "TT-164-BQP-2014") in relations(text)
    text = ("Nghị định 57/2025/NĐ-CP có hiệu lực ngay lập tức, bãi bỏ Nghị định 80/2024/NĐ-CP; "
            "Thông tư 29/2019/TT-BNNPTNT có hiệu lực ngày 20/02/2020, thay thế Thông tư "
            "90/2008/TT-BNN.")  # ... "at once", or on a day without "từ"
    assert {("ND-57-CP-2025", "REPEALS", "ND-80-CP-2024"),
            ("TT-29-BNNPTNT-2019", "SUPERSEDES", "TT-90-BNN-2008")} <= relations(text)
    # ... and after its subject, which ends where it takes effect
    text = ("Nghị định 137/2020/NĐ-CP về quản lý, sử dụng pháo có hiệu lực thi hành từ ngày "
            "11/1/2021, thay thế Nghị định số 36/2009/NĐ-CP.")
    assert ("ND-137-CP-2020", "SUPERSEDES", "ND-36-CP-2009") in relations(text)
    assert extract_text(text).references[0].subject == "quản lý, sử dụng pháo"
    # ... also in a bracket, or after a subject its title opens ("quy định")
    text = ("Bộ luật Lao động năm 2019 có hiệu lực từ ngày 01/01/2021 và sẽ thay thế Bộ luật Lao "
            "động năm 2012; Quy định số 01-QĐ/TW ngày 03/02/2026 (có hiệu lực từ ngày 01/02/2026) "
            "thay thế Quyết định số 342-QĐ/TW ngày 28/12/2010; Thông tư số 27/2015/TTLT-BKHCN-BTC "
            "quy định khoán chi (có hiệu lực từ ngày 15/02/2016, thay thế Thông tư số "
            "93/2006/TTLT-BTC-BKHCN).")
    assert {("LUAT-QH-2019-bo-luat-lao-dong", "SUPERSEDES", "LUAT-QH-2012-bo-luat-lao-dong"),
            ("QD-1-TW-2026", "SUPERSEDES", "QD-342-TW-2010"),
            ("TTLT-27-BKHCN-BTC-2015", "SUPERSEDES", "TTLT-93-BTC-BKHCN-2006")} <= relations(text)
    # ... and so does one adopted or issued first
    text = ("Luật Bảo vệ bí mật nhà nước được ban hành, thay thế Pháp lệnh Bảo vệ bí mật nhà nước "
            "số 30/2000/PL-UBTVQH10; Luật Địa chất và khoáng sản được Quốc hội thông qua ngày "
            "29/11/2024 nhằm thay thế Luật Khoáng sản năm 2010.")
    assert {("LUAT-QH-luat-bao-ve-bi-mat-nha-nuoc", "SUPERSEDES", "PL-30-UBTVQH10-2000"),
            ("LUAT-QH-2024-luat-dia-chat-va-khoang-san", "SUPERSEDES",  # (dated by its
             "LUAT-QH-2010-luat-khoang-san")} <= relations(text)  # adoption)
    # ... and so does the document whose subject names the one before, also past its short name
    text = ("Thông tư 04/2020/TT-BTP quy định chi tiết thi hành một số điều của Luật hộ tịch, có "
            "hiệu lực từ ngày 16 tháng 7 năm 2020 và thay thế Thông tư 15/2015/TT-BTP; Nghị định "
            "số 95/2023/NĐ-CP quy định chi tiết một số điều của Luật tín ngưỡng, tôn giáo (gọi tắt "
            "là Nghị định số 95), có hiệu lực thi hành kể từ ngày 30/3/2024, thay thế Nghị định số "
            "162/2017/NĐ-CP.")
    assert {("TT-4-BTP-2020", "SUPERSEDES", "TT-15-BTP-2015"),  # was the law's
            ("ND-95-CP-2023", "SUPERSEDES", "ND-162-CP-2017")} <= relations(text)  # the page's
    # ... while the citing one's own does so for it
    text = "Nghị định này có hiệu lực từ ngày ký, thay thế Nghị định số 12/2019/NĐ-CP."
    assert relations(text) == {("self", "SUPERSEDES", "ND-12-CP-2019")}


def test_a_bracket_after_a_document_leaves_it_the_subject_of_the_cue_after() -> None:
    # the bracket gives its short name ("số:" ties the name to the number) ...
    text = ("Quốc hội thông qua Luật Công chứng số: 53/2014/QH13 (Luật Công chứng năm 2014) thay "
            "thế Luật Công chứng số 82/2006/QH11.")
    assert ("LUAT-53-QH13-2014", "SUPERSEDES", "LUAT-82-QH11-2006") in relations(text)
    # ... or what changed it
    text = ("Nghị định số 20/2020/NĐ-CP (được sửa đổi bởi Nghị định số 5/2021/NĐ-CP) thay thế "
            "Nghị định số 15/2015/NĐ-CP.")
    assert {("ND-5-CP-2021", "AMENDS", "ND-20-CP-2020"),
            ("ND-20-CP-2020", "SUPERSEDES", "ND-15-CP-2015")} <= relations(text)


def test_a_bracket_after_a_document_may_say_what_it_replaces_of_its_kind() -> None:
    text = ("Đã có Nghị định 69/2024/NĐ-CP về định danh và xác thực điện tử (thay thế Nghị định "
            "59/2022/NĐ-CP).")
    assert relations(text) == {("self", "CITES", "ND-69-CP-2024"),
                               ("self", "CITES", "ND-59-CP-2022"),
                               ("ND-69-CP-2024", "SUPERSEDES", "ND-59-CP-2022")}
    # ... not one of another kind: a plan that carries out a directive replaces the plan before
    text = ("UBND tỉnh ban hành Kế hoạch thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 (thay "
            "thế Kế hoạch số 12/KH-UBND ngày 3/2/2020).")
    assert relations(text) == {("self", "IMPLEMENTS", "CT-33-TTg-2021"),
                               ("self", "SUPERSEDES", "KH-12-UBND-2020")}


def test_a_documents_subject_goes_on_past_ban_hanh_after_its_body() -> None:
    text = ("Hướng dẫn số 12-HD/BTCTW ngày 18/01/2022 của Ban Tổ chức Trung ương ban hành về "
            "nghiệp vụ công tác đảng viên thay thế cho Hướng dẫn số 09-HD/BTCTW ngày 05/6/2017.")
    assert ("HD-12-BTCTW-2022", "SUPERSEDES", "HD-9-BTCTW-2017") in relations(text)


def test_the_short_thay_before_a_document_replaces_it() -> None:
    text = "(Kế hoạch này thay Kế hoạch số 336-KH/TU ngày 25/02/2025 của Ban Thường vụ Tỉnh ủy)."
    assert relations(text) == {("self", "SUPERSEDES", "KH-336-TU-2025")}
    text = "Quy chế này thay cho Quy chế phối hợp số 90/QCPH-VKS-TA ngày 30-9-2013."
    assert relations(text) == {("self", "SUPERSEDES", "QCPH-90-VKS-TA-2013")}
    # ... but "thay mặt" (on behalf of) replaces nothing
    text = "Thay mặt Ban Thường vụ, thực hiện Kế hoạch số 336-KH/TU ngày 25/02/2025."
    assert relations(text) == {("self", "IMPLEMENTS", "KH-336-TU-2025")}
    # ... nor "thấy" (sees), which folds as "thay" does
    text = "Người ta thấy Kế hoạch số 336-KH/TU ngày 25/02/2025 được soạn thảo âm thầm."
    assert relations(text) == {("self", "CITES", "KH-336-TU-2025")}


def test_documents_listed_to_end_at_the_documents_own_start_are_superseded() -> None:
    text = ("2. Các Quyết định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi "
            "hành:\na) Quyết định số 12/2018/QĐ-UBND ngày 16/7/2018 của UBND tỉnh Ninh Bình;\n"
            "b) Quyết định số 27/2022/QĐ-UBND ngày 29/8/2022 của UBND tỉnh Hà Nam.\n")
    assert relations(text) == {("self", "SUPERSEDES", "QD-12-UBND-2018-ninh-binh"),
                               ("self", "SUPERSEDES", "QD-27-UBND-2022-ha-nam")}
    # ... not provisions listed so, parts of documents the text may also amend
    text = ("3. Các quy định sau đây hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi hành:"
            "\na) Điều 11 của Nghị định số 71/2024/NĐ-CP;\n")
    assert relations(text) == {("self", "CITES", "ND-71-CP-2024")}


def test_an_appendix_listing_the_documents_changed_governs_all_its_sections() -> None:
    # "Bãi bỏ ... tại Phụ lục I": the appendix's heading says what is done to what it lists,
    # under sections of its own ("I. Lĩnh vực ...") up to the next appendix.
    text = ("Điều 1. Bãi bỏ toàn bộ các văn bản tại Phụ lục I ban hành kèm theo Thông tư này.\n"
            "Phụ lục I\nDANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT BÃI BỎ TOÀN BỘ\n(Kèm theo Thông tư "
            "này)\nI. Lĩnh vực Tiền lương\n1. Thông tư số 28/2005/TT-LĐTBXH ngày 04/10/2005 "
            "hướng dẫn chế độ tiền lương.\nII. Lĩnh vực Việc làm\n1. Thông tư số 17/2015/TT-"
            "BLĐTBXH ngày 22/4/2015.\nPhụ lục II\nMẪU BÁO CÁO\n1. Thông tư số 05/2020/TT-BLĐTBXH "
            "ngày 1/2/2020.\n")
    assert relations(text) == {("self", "REPEALS", "TT-28-LDTBXH-2005"),
                               ("self", "REPEALS", "TT-17-BLDTBXH-2015"),
                               ("self", "CITES", "TT-5-BLDTBXH-2020")}
    # ... not a list of those others repealed, as a decision announcing them gives it
    assert relations("Phụ lục\nDANH MỤC VĂN BẢN BỊ BÃI BỎ\n1. Thông tư số 17/2015/TT-BLĐTBXH.") == {
        ("self", "CITES", "TT-17-BLDTBXH-2015")}


def test_a_list_introduced_by_its_documents_type_word_takes_the_cue() -> None:
    text = ("Điều 4. Bãi bỏ các Quyết định sau:\n1. Quyết định số 20/2019/QĐ-UBND ngày 5/5/2019;"
            "\n2. Quyết định số 21/2019/QĐ-UBND ngày 6/5/2019.\n")
    assert relations(text) == {("self", "REPEALS", "QD-20-UBND-2019"),
                               ("self", "REPEALS", "QD-21-UBND-2019")}
    # "sau" (the following) says a list comes; a heading naming the plan does not
    # ... also the whole of them, "toàn bộ"
    text = ("2. Quyết định này bãi bỏ toàn bộ các Quyết định sau:\na) Quyết định số "
            "32/2021/QĐ-UBND ngày 07/10/2021;\n")
    assert relations(text) == {("self", "REPEALS", "QD-32-UBND-2021")}
    text = "IV. Tổ chức thực hiện Kế hoạch:\n1. Sở Nội vụ chủ trì Kế hoạch số 12/KH-UBND.\n"
    assert relations(text) == {("self", "CITES", "KH-12-UBND")}


def test_a_list_of_documents_described_before_nhu_sau_takes_the_cue() -> None:
    text = ("Điều 2. Bãi bỏ các văn bản quy phạm pháp luật thuộc lĩnh vực Y tế trên địa bàn tỉnh "
            "Đồng Nai, cụ thể như sau:\n1. Quyết định số 76/2006/QĐ-UBND ngày 20 tháng 10 năm "
            "2006 của Ủy ban nhân dân tỉnh Đồng Nai về việc ban hành Quy định.\n2. Quyết định số "
            "136/1998/QĐ-UB ngày 09 tháng 11 năm 1998 của Ủy ban nhân dân tỉnh Bình Phước.\n")
    assert relations(text) == {("self", "REPEALS", "QD-76-UBND-2006-dong-nai"),
                               ("self", "REPEALS", "QD-136-UB-1998-binh-phuoc")}


def test_a_numbered_list_goes_on_past_the_full_stops_of_its_items() -> None:
    text = ("Căn cứ các văn bản sau:\n1. Nghị quyết số 25-NQ/TW ngày 03/6/2013.\n"
            "2. Kế hoạch số 35/KH-UBND ngày 11/4/2023.\n")
    assert relations(text) == {("self", "BASED_ON", "NQ-25-TW-2013"),
                               ("self", "BASED_ON", "KH-35-UBND-2023")}


@pytest.mark.parametrize("heading", [
    "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "**1. Căn cứ pháp lý**", "I. CƠ SỞ PHÁP LÝ",
    "I. CĂN CỨ XÂY DỰNG\nKẾ HOẠCH",  # wrapped onto a second line
    "I. CĂN CỨ\nXÂY DỰNG KẾ HOẠCH",  # ... where one sentence holds both lines
    # ... and a group of documents named under it
    "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n1. Các văn bản chỉ đạo",
    "1. Cơ sở chính trị",  # political bases: the Party's resolutions
    "Căn cứ pháp lý:", "**Căn cứ pháp lý cốt lõi**:"])  # with a colon, no list's filler words
def test_the_documents_under_a_heading_of_legal_bases_are_based_on(heading: str) -> None:
    text = (f"{heading}\n- Nghị quyết số 25-NQ/TW ngày 03/6/2013;\n"
            "- Kế hoạch số 35/KH-UBND ngày 11/4/2023.\nII. MỤC ĐÍCH\n"
            "- Tuyên truyền Chỉ thị số 33/CT-TTg ngày 26/11/2021.\n")
    assert relations(text) == {("self", "BASED_ON", "NQ-25-TW-2013"),
                               ("self", "BASED_ON", "KH-35-UBND-2023"),
                               ("self", "CITES", "CT-33-TTg-2021")}


def test_a_basis_headings_items_without_markers_are_based_on_while_each_opens_with_one() -> None:
    text = ("I. CĂN CỨ PHÁP LÝ\nLuật Giao dịch điện tử (sửa đổi) ngày 22/6/2023;\nNghị định số "
            "42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ.\nThông tư số 01/2023/TT-VPCP ngày "
            "05/4/2023.\nII. MỤC ĐÍCH\nTuyên truyền Chỉ thị số 33/CT-TTg ngày 26/11/2021.\n")
    assert relations(text) == {("self", "BASED_ON", "LUAT-QH-2023-luat-giao-dich-dien-tu"),
                               ("self", "BASED_ON", "ND-42-CP-2022"),
                               ("self", "BASED_ON", "TT-1-VPCP-2023"),
                               ("self", "CITES", "CT-33-TTg-2021")}


def test_a_group_of_documents_under_a_basis_heading_is_based_on_group_after_group() -> None:
    text = ("I. CĂN CỨ PHÁP LÝ\n1. Văn bản của Trung ương\n- Nghị quyết số 25-NQ/TW ngày "
            "03/6/2013;\n2. Văn bản của tỉnh\n- Kế hoạch số 35/KH-UBND ngày 11/4/2023.\n3. Thực "
            "trạng\n- Tuyên truyền Chỉ thị số 33/CT-TTg ngày 26/11/2021.\n")
    assert relations(text) == {("self", "BASED_ON", "NQ-25-TW-2013"),
                               ("self", "BASED_ON", "KH-35-UBND-2023"),
                               ("self", "CITES", "CT-33-TTg-2021")}
    # ... not such a line under no heading of bases
    text = "1. Các văn bản chỉ đạo\n- Nghị quyết số 25-NQ/TW ngày 03/6/2013;\n"
    assert relations(text) == {("self", "CITES", "NQ-25-TW-2013")}


def test_a_section_heading_under_a_basis_heading_is_no_wrapped_part_of_it() -> None:
    # "II. MỤC ĐÍCH" is the next section, not the rest of "I. CĂN CỨ PHÁP LÝ"
    text = ("I. CĂN CỨ PHÁP LÝ\nII. MỤC ĐÍCH, YÊU CẦU\n1. Chỉ thị số 34/CT-TTg ngày 26/11/2021.\n")
    assert relations(text) == {("self", "CITES", "CT-34-TTg-2021")}


def test_the_most_specific_relation_of_a_pair_wins() -> None:
    text = ("Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021; ủy ban ban hành kế hoạch.\n"
            "- Tiếp tục thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021.")
    (rel,) = extract_text(text).relations
    assert rel.relation.value == "BASED_ON" and rel.mentions == 2


@pytest.mark.parametrize(("marker", "note"), [("[1]", "[1]"), ("¹", "¹"), ("[12]", "¹²"),
                                             ("[^1]", "[^1]:"), ("1", "1")])
def test_a_footnote_inherits_the_cue_of_its_marker(marker: str, note: str) -> None:
    # Markers as typed ("[1]"), set in superscript ("¹"), written by pandoc ("[^1]") or printed
    # plain in text from a PDF ("vận1"), in the text and before the note.
    text = (f"- Quán triệt thực hiện các Kế hoạch của UBND tỉnh về công tác dân vận{marker}.\n"
            f"{note} Kế hoạch số 264/KH-UBND ngày 25/10/2021 về tiếp tục triển khai thực hiện "
            "Đề án số 06-ĐA/TU ngày 07/10/2016 của Ban Thường vụ Tỉnh ủy.")
    assert relations(text) == {("self", "IMPLEMENTS", "KH-264-UBND-2021"),
                               ("self", "CITES", "DA-6-TU-2016"),
                               ("KH-264-UBND-2021", "IMPLEMENTS", "DA-6-TU-2016")}


@pytest.mark.parametrize("text", [
    "Diện tích 120 m2 và 3 km2.\n2 Kế hoạch số 5/KH-UBND ngày 1/2/2023.",  # units, no marker
    "Thực hiện tốt.\n1 Kế hoạch số 5/KH-UBND ngày 1/2/2023.",  # a line, no marker
    "Theo Luật số 1.\n2 Kế hoạch số 5/KH-UBND ngày 1/2/2023.",  # no footnote 1 before it
])
def test_digits_are_footnotes_only_when_marker_and_note_both_stand(text: str) -> None:
    assert plain_footnotes(text) == []


def test_plain_footnote_digits_are_read_as_markers_and_offsets_still_slice_the_text() -> None:
    text = ("Thực hiện các Kế hoạch về dân vận1.\n"
            "1 Kế hoạch số 264/KH-UBND ngày 25/10/2021 của UBND tỉnh.")
    (ref,) = extract_text(text).references
    assert text[ref.start:ref.end] == ref.text == "Kế hoạch số 264/KH-UBND"
    assert relations(text) == {("self", "IMPLEMENTS", "KH-264-UBND-2021")}


def test_a_plain_footnote_digit_may_be_glued_to_a_symbols_code() -> None:
    text = ("Thực hiện Kế hoạch số 35/KH-UBND1 của UBND tỉnh, Luật số 57/2014/QH13.\n"
            "1 Kế hoạch số 35/KH-UBND ngày 11/4/2023; Kết luận số 114-KL/TW ngày 14/7/2015.")
    assert relations(text) == {("self", "IMPLEMENTS", "KH-35-UBND-2023"),
                               ("self", "IMPLEMENTS", "LUAT-57-QH13-2014"),
                               ("self", "IMPLEMENTS", "KL-114-TW-2015")}
    assert [r.in_footnote for r in extract_text(text).references] == [False, False, True, True]


def test_a_footnote_inherits_the_cue_at_its_own_marker() -> None:
    text = ("Mở đầu. Thực hiện Kế hoạch số 1/KH-UBND ngày 1/2/2023[1]; tuyên truyền Chỉ thị số "
            "2/CT-TTg ngày 1/3/2023.\n[1] Kế hoạch số 3/KH-UBND ngày 1/1/2023.\n")
    assert ("self", "IMPLEMENTS", "KH-3-UBND-2023") in relations(text)


def test_a_cue_before_a_colon_governs_the_list_under_it() -> None:
    text = ("Căn cứ các văn bản sau:\n"
            "- Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng;\n"
            "- Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ.\n"
            "II. NỘI DUNG\n1. Triển khai thực hiện:\na) Kết luận số 114-KL/TW ngày 14/7/2015;\n"
            "b) Tuyên truyền Kế hoạch số 35/KH-UBND ngày 11/4/2023.\n"
            "2. Tổ chức sơ kết Kế hoạch số 36/KH-UBND ngày 11/4/2023.\n"
            "UBND tỉnh ban hành Kế hoạch thực hiện như sau:\n1. Nghị quyết số 18-NQ/TW.\n")
    assert relations(text) == {
        ("self", "BASED_ON", "NQ-25-TW-2013"), ("self", "BASED_ON", "CT-33-TTg-2021"),
        ("self", "IMPLEMENTS", "KL-114-TW-2015"),
        ("self", "CITES", "KH-35-UBND-2023"),  # the item's own cue
        ("self", "CITES", "KH-36-UBND-2023"),  # another kind of item: the list has ended
        ("self", "CITES", "NQ-18-TW"),  # "như sau:" introduces the plan's own content
    }


def test_a_decree_that_changes_is_said_of_the_decree_not_of_the_law_named_under_it() -> None:
    text = ("Căn cứ Nghị định số 78/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện "
            "pháp để tổ chức, hướng dẫn thi hành Luật Ban hành văn bản quy phạm pháp luật được "
            "sửa đổi, bổ sung bởi Nghị định số 187/2025/NĐ-CP;")
    found = relations(text)
    assert ("ND-187-CP-2025", "AMENDS", "ND-78-CP-2025") in found  # it amended the law
    assert not any(source == "ND-187-CP-2025" and target.startswith("LUAT")
                   for source, _, target in found)


def test_a_change_stated_in_the_passive_in_a_cited_documents_subject_acts_on_it() -> None:
    # The subject's "được sửa đổi, bổ sung bởi" had made 83 amend 95.
    text = ("Căn cứ Nghị định số 83/2014/NĐ-CP của Chính phủ về kinh doanh xăng dầu được sửa đổi, "
            "bổ sung bởi Nghị định số 95/2021/NĐ-CP và Nghị định số 80/2023/NĐ-CP;")
    assert relations(text) >= {("ND-95-CP-2021", "AMENDS", "ND-83-CP-2014"),
                               ("ND-80-CP-2023", "AMENDS", "ND-83-CP-2014")}


def test_a_document_of_the_same_day_listed_after_a_subject_is_not_inside_it() -> None:
    # 627 guides the law; 666, of its day, corrects 627 and was read as guided by it.
    text = ("Bộ Y tế có Công văn số 627/BYT-BH ngày 27/01/2021 về việc hướng dẫn thực hiện một số "
            "quy định tại Điều 22 Luật Bảo hiểm y tế (BHYT) và Công văn số 666/BYT-BH ngày "
            "27/01/2021 về việc đính chính điểm b Mục 3 Công văn số 627/BYT-BH.")
    found = relations(text)
    assert ("self", "CITES", "CV-666-BYT-BH-2021") in found
    assert not any(target == "CV-666-BYT-BH-2021" for source, _, target in found
                   if source != "self")


def test_a_change_proposed_is_proposed_whichever_of_its_words_come_last() -> None:
    # "sửa đổi, bổ sung hoặc thay thế": one run, which the proposal before makes a mention
    text = ("Công an tỉnh tham mưu UBND tỉnh sửa đổi, bổ sung hoặc thay thế Quyết định số "
            "15/2021/QĐ-UBND ngày 08/7/2021 của UBND tỉnh Nghệ An.")
    assert relations(text) == {("self", "CITES", "QD-15-UBND-2021-nghe-an")}  # was SUPERSEDES


def test_a_changing_cue_reaches_past_the_documents_type_word_before_a_colon() -> None:
    text = ("Quyết định này thay thế các Quyết định: Quyết định số 110/2005/QĐ-UBND ngày 29/12/2005"
            " của Ủy ban nhân dân tỉnh; Quyết định số 42/2007/QĐ-UBND ngày 31/12/2007.")
    assert relations(text) == {("self", "SUPERSEDES", "QD-110-UBND-2005"),
                               ("self", "SUPERSEDES", "QD-42-UBND-2007")}


def test_a_cited_documents_subject_goes_on_after_and_to_its_next_act() -> None:
    # A joint circular's ministries, listed after "Liên Bộ:", are its body; its subject changes
    # one circular and replaces another.
    text = ("Căn cứ Thông tư liên tịch số 25/2010/TTLT-BLĐTBXH-BTC-BYT ngày 11/9/2010 của Liên Bộ: "
            "Lao động Thương binh và Xã hội, Tài chính, Y tế về việc sửa đổi, bổ sung Thông tư "
            "liên tịch số 17/2006/TTLT-BLĐTBXH-BTC-BYT ngày 21/11/2006 và thay thế Thông tư liên "
            "tịch số 06/2007/TTLT-BLĐTBXH-BTC-BYT ngày 12/4/2007;")
    joint = "TTLT-25-BLDTBXH-BTC-BYT-2010"
    assert relations(text) == {
        ("self", "BASED_ON", joint), ("self", "CITES", "TTLT-17-BLDTBXH-BTC-BYT-2006"),
        ("self", "CITES", "TTLT-6-BLDTBXH-BTC-BYT-2007"),
        (joint, "AMENDS", "TTLT-17-BLDTBXH-BTC-BYT-2006"),
        (joint, "SUPERSEDES", "TTLT-6-BLDTBXH-BTC-BYT-2007")}
    assert extract_text(text).references[0].issuing_body == (
        "Liên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế")
    assert relations(text.replace(" ", "  ")) == relations(text)  # spaces doubled
    # ... while the citing document's own acts stay its own
    text = ("Quyết định này sửa đổi Quyết định số 12/2019/QĐ-UBND ngày 01/3/2019 và thay thế "
            "Quyết định số 5/2018/QĐ-UBND ngày 01/3/2018.")
    assert relations(text) == {("self", "AMENDS", "QD-12-UBND-2019"),
                               ("self", "SUPERSEDES", "QD-5-UBND-2018")}
    # ... also past a bracket after the document it changes
    text = ("Thông tư số 93/2017/TT-BTC ngày 19/9/2017 của Bộ Tài chính sửa đổi, bổ sung Khoản 3 "
            "Điều 12 Thông tư số 219/2013/TT-BTC ngày 31/12/2013 (đã được sửa đổi, bổ sung tại "
            "Thông tư số 119/2014/TT-BTC ngày 25/8/2014) và bãi bỏ Khoản 7 Điều 11 Thông tư số "
            "156/2013/TT-BTC ngày 06/11/2013 của Bộ Tài chính.")
    assert {r for r in relations(text) if r[2] == "TT-156-BTC-2013"} == {
        ("self", "CITES", "TT-156-BTC-2013"), ("TT-93-BTC-2017", "REPEALS", "TT-156-BTC-2013")}


def test_a_ministers_two_offices_are_one_body_and_what_it_guides_nests_under_it() -> None:
    text = ("Căn cứ Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng "
            "Chính phủ hướng dẫn thi hành một số quy định của Nghị định số 61/2018/NĐ-CP ngày "
            "23/4/2018 của Chính phủ;")
    expected = {("self", "BASED_ON", "TT-1-VPCP-2018"), ("self", "CITES", "ND-61-CP-2018"),
                ("TT-1-VPCP-2018", "GUIDES", "ND-61-CP-2018")}  # was self GUIDES
    assert relations(text) == relations(text.replace(" ", "  ")) == expected  # spaces doubled
    assert relations(text.replace("trưởng, ", "trưởng,\n")) == expected  # a line broken there
    # ... and a clause run into a body's line is no part of it, nor of the basis before it
    text = ("Căn cứ Thông tư số 117/2004/TT-BTC ngày 07/12/2004 của Bộ Tài chính Xét đề nghị của "
            "Cục Thuế tỉnh Gia Lai tại Tờ trình số 2520/TTr-CT ngày 12/10/2011,")
    assert extract_text(text).references[0].issuing_body == "Bộ Tài chính"
    assert relations(text) == {("self", "BASED_ON", "TT-117-BTC-2004"),
                               ("self", "CITES", "TTr-2520-CT-2011-gia-lai")}  # was BASED_ON


def test_a_title_guides_what_it_names_past_the_parts_in_it() -> None:
    text = ("BỘ THỦY SẢN\nSố: 02/2005/TT-BTS\nHà Nội, ngày 26 tháng 9 năm 2005\nTHÔNG TƯ\n"
            "Hướng dẫn thực hiện một số nội dung trong Quyết định số 112/2004/QĐ-TTg ngày "
            "23/6/2004\nCăn cứ Quyết định số 112/2004/QĐ-TTg;\n")
    assert relations(text) == {("self", "GUIDES", "QD-112-TTg-2004")}  # was BASED_ON


def test_what_other_documents_do_to_a_law_is_no_act_of_the_citing_document() -> None:
    text = ("Bảo đảm từ ngày 01/01/2026, Luật Việc làm và các văn bản quy định chi tiết, hướng dẫn "
            "thi hành Luật Việc làm được thực hiện thống nhất.")
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-viec-lam")}  # was GUIDES
    text = ("Chấp hành quy định của các nghị định của Chính phủ hướng dẫn thực hiện Luật Hoạt động "
            "giám sát của Quốc hội và Hội đồng nhân dân.")  # whose documents they are, between
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-hoat-dong-giam-sat-cua-quoc-hoi-va-"
                                                 "hoi-dong-nhan-dan")}  # was GUIDES
    text = ("Tập trung triển khai các Nghị định, Thông tư được ban hành về hướng dẫn thực hiện "
            "Luật Phòng, chống ma túy năm 2021.")  # several types, said to be issued
    assert relations(text) == {("self", "CITES", "LUAT-QH-2021-luat-phong-chong-ma-tuy")}
    text = ("Các bộ xây dựng một số văn bản quy phạm pháp luật liên quan đến quy định chi tiết một "
            "số điều và hướng dẫn thi hành Luật Bảo vệ quyền lợi người tiêu dùng.")  # related to
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-bao-ve-quyen-loi-nguoi-tieu-dung")}
    # ... nor what one not yet numbered would do, in running text
    text = ("Sở Tư pháp tham gia góp ý khi Nghị định\nquy định chi tiết một số điều của Luật Phòng "
            "thủ dân sự được ban hành; triển khai khi có Thông tư mới thay thế Thông tư số "
            "92/2009/TT-BTC.")
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-phong-thu-dan-su"),
                               ("self", "CITES", "TT-92-BTC-2009")}  # was GUIDES, SUPERSEDES
    text = ("Tham gia xây dựng Luật An toàn thực phẩm (sửa đổi), Nghị định hướng dẫn Luật An toàn "
            "thực phẩm (sửa đổi).")  # after a comma too
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-an-toan-thuc-pham")}  # was GUIDES
    text = ("Các dự án chưa trình gồm: Luật Trí tuệ nhân tạo; Nghị quyết sửa đổi, bổ sung một số "
            "điều của Nghị quyết số 98/2023/QH15.")  # ... or a semicolon, as a list's item
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-tri-tue-nhan-tao"),
                               ("self", "CITES", "NQ-98-QH15-2023")}  # was AMENDS
    text = ("Bộ Tài nguyên và Môi trường ban hành theo thẩm quyền 4 thông tư để quy định chi tiết "
            "Luật Đất đai.")  # counted, and for a purpose
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-dat-dai")}  # was GUIDES
    text = ("Chính phủ vừa ban hành Nghị định 38 quy định chi tiết một số điều của Luật Khí tượng "
            "thủy văn.")  # by its number alone, no reference
    assert relations(text) == {("self", "CITES", "LUAT-QH-luat-khi-tuong-thuy-van")}  # GUIDES
    text = ("Bộ Tài chính ban hành Thông tư 13/2020 sửa đổi, bổ sung Thông tư số 06/2017/TT-BTC "
            "ngày 20/1/2017.")  # ... or by its number and year
    assert relations(text) == {("self", "CITES", "TT-6-BTC-2017")}  # was AMENDS
    # ... but a short form of a symbol the text gave is that document, whose act it is
    text = ("Nghị định số 38/2016/NĐ-CP ngày 15/5/2016 của Chính phủ. Nghị định 38 quy định chi "
            "tiết một số điều của Luật Khí tượng thủy văn.")
    assert ("ND-38-CP-2016", "GUIDES", "LUAT-QH-luat-khi-tuong-thuy-van") in relations(text)
    # ... and a law being revised, named with "(sửa đổi)"
    text = "Xây dựng dự thảo Luật Khoáng sản (sửa đổi) thay thế Luật Khoáng sản năm 2010."
    assert relations(text) == {("self", "CITES", "LUAT-QH-2010-luat-khoang-san")}  # SUPERSEDES
    # ... while the citing document's own heading, and its preamble, say what it does
    text = ("BỘ TÀI CHÍNH\nSố: 12/2019/TT-BTC\nHà Nội, ngày 1 tháng 2 năm 2019\nTHÔNG TƯ\n"
            "Hướng dẫn thi hành Nghị định số 15/2018/NĐ-CP ngày 1/2/2018\n")
    assert relations(text) == {("self", "GUIDES", "ND-15-CP-2018")}
    text = "Bộ trưởng Bộ Tài chính ban hành Thông tư hướng dẫn thi hành Nghị định số 15/2018/NĐ-CP."
    assert relations(text) == {("self", "GUIDES", "ND-15-CP-2018")}
    # ... also in a copy that lost its line ends (the heading after the date line's year)
    text = ("UBND TỈNH TRÀ VINH Số: 12/2019/QĐ-UBND Trà Vinh, ngày 1 tháng 2 năm 2019 QUYẾT ĐỊNH "
            "Sửa đổi, bổ sung Quyết định số 5/2018/QĐ-UBND ngày 1/3/2018")
    assert relations(text) == {("self", "AMENDS", "QD-5-UBND-2018-tra-vinh")}
    # ... nor what documents of a type, in the plural, do
    text = ("Căn cứ Nghị định số 226/2025/NĐ-CP ngày 15/8/2025 của Chính phủ sửa đổi, bổ sung một "
            "số điều của các nghị định quy định chi tiết thi hành Luật Đất đai;")
    assert ("self", "GUIDES", "LUAT-QH-luat-dat-dai") not in relations(text)


def test_carrying_out_according_to_a_documents_provisions_cites_it() -> None:
    # "theo quy định của" is "theo" (according to), as "theo quy định tại" is
    for text in ("Các sở thực hiện theo quy định của Nghị định số 15/2018/NĐ-CP.",
                 "Các sở thực hiện theo quy định tại Nghị định số 15/2018/NĐ-CP.",
                 "Mức chi thực hiện theo quy định Nghị định số 15/2018/NĐ-CP."):
        assert relations(text) == {("self", "CITES", "ND-15-CP-2018")}


def test_a_changing_cue_before_a_colon_governs_the_list_under_it() -> None:
    text = ("Điều 2. Bãi bỏ các văn bản sau:\n- Quyết định số 12/2015/QĐ-UBND ngày 01/3/2015;\n"
            "- Quyết định số 13/2016/QĐ-UBND ngày 01/3/2016.\nĐiều 3. Quyết định này thay thế "
            "các Quyết định: số 14/2015/QĐ-UBND ngày 01/3/2015, số 15/2016/QĐ-UBND.")
    assert relations(text) == {
        ("self", "REPEALS", "QD-12-UBND-2015"), ("self", "REPEALS", "QD-13-UBND-2016"),
        ("self", "SUPERSEDES", "QD-14-UBND-2015"), ("self", "SUPERSEDES", "QD-15-UBND-2016")}


def test_a_cue_before_a_colon_governs_numbered_items_too() -> None:
    text = ("Căn cứ các văn bản sau:\n1. Nghị quyết số 25-NQ/TW ngày 03/6/2013;\n"
            "2. Chỉ thị số 33/CT-TTg ngày 26/11/2021.\nII. TỔ CHỨC THỰC HIỆN\n\nCác sở, ngành "
            "báo cáo theo mẫu tại Kế hoạch số 35/KH-UBND ngày 11/4/2023.\n"
            "III. Triển khai các văn bản:\na. Kết luận số 114-KL/TW ngày 14/7/2015.\n")
    assert relations(text) == {
        ("self", "BASED_ON", "NQ-25-TW-2013"), ("self", "BASED_ON", "CT-33-TTg-2021"),
        ("self", "CITES", "KH-35-UBND-2023"),  # the heading's cue stays in the heading
        ("self", "IMPLEMENTS", "KL-114-TW-2015")}


def test_items_numbered_with_a_hyphen_are_sentences_of_their_own() -> None:
    text = ("I- MỤC ĐÍCH\n1- Thực hiện Kế hoạch số 1/KH-UBND ngày 1/2/2023\n"
            "2- Nghị quyết số 25-NQ/TW ngày 03/6/2013\n")
    assert relations(text) == {("self", "IMPLEMENTS", "KH-1-UBND-2023"),
                               ("self", "CITES", "NQ-25-TW-2013")}
    # A period or a compound broken over lines before its dash is no item: the sentence goes on.
    # Nor, past a blank line as text from a PDF may put after each line, the year of a date
    # wrapped in brackets, "(8 tháng 12 năm" / "2016)".
    for period in ("giai đoạn\n2021 - 2025", "giai đoạn 2021\n- 2025", "kinh tế\n- xã hội",
                   "giai đoạn 2021\n\n- 2025", "(8 tháng 12 năm\n\n2016)", "(năm\n2016)"):
        text = (f"Tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 {period} và Chỉ thị "
                "số 33/CT-TTg ngày 26/11/2021.")
        assert relations(text) == {("self", "IMPLEMENTS", "NQ-25-TW-2013"),
                                   ("self", "IMPLEMENTS", "CT-33-TTg-2021")}


def test_a_clause_opener_after_a_line_that_ends_in_about_or_of_goes_on_with_it() -> None:
    # "về" / "Thực hiện Chương trình ...": a wrapped subject, no preamble clause of its own
    text = ("Kế hoạch số 55/KH-UBND ngày 10/4/2018 của UBND tỉnh Hậu Giang về\nThực\nhiện "
            "Chương trình hành động của Chính phủ về thực hiện Nghị quyết số 21-NQ/TW.")
    assert ("KH-55-UBND-2018-hau-giang", "IMPLEMENTS", "NQ-21-TW") in relations(text)


def test_a_programme_of_action_wrapped_after_its_body_carries_out_what_it_names() -> None:
    # "Chương trình ... của Tỉnh ủy hành động thực hiện ...": "hành động" is the programme's
    # name, neither the body's (which was "Tỉnh ủy hành động") nor the end of its subject.
    text = ("Tập trung thực hiện Chương trình số 235-CT/TU của Tỉnh ủy hành động thực hiện Nghị "
            "quyết 29-NQ/TW ngày 4-11-2013 của Ban Chấp hành Trung ương Đảng.")
    text = "UBND TỈNH NINH THUẬN\nSố: 15/CT-UBND\n\nCHỈ THỊ\n\n" + text
    assert extract_text(text).references[0].issuing_body == "Tỉnh ủy"
    assert ("CTr-235-TU-ninh-thuan", "IMPLEMENTS", "NQ-29-TW-2013") in relations(text)


def test_a_dash_at_a_lines_start_inside_a_symbol_or_a_bodys_name_is_no_bullet() -> None:
    # Text from a PDF wraps anywhere: before the hyphen of a symbol, or of "Lao động - Thương
    # binh và Xã hội"; a real bullet still starts an item.
    text = ("Quán triệt và thực hiện Kết luận số 100\n-  KL/TW ngày 18/8/2014 của Ban Bí thư, Kế "
            "hoạch số 25-KH/TU ngày 30/11/2016 của Ban Thường vụ Tỉnh ủy Yên Bái.")
    assert relations(text) == {("self", "IMPLEMENTS", "KL-100-TW-2014"),
                               ("self", "IMPLEMENTS", "KH-25-TU-2016-yen-bai")}
    text = ("Căn cứ Thông tư số 02/2022/TT-BLĐTBXH ngày 30/3/2022 của Bộ Lao động\n- Thương binh "
            "và Xã hội sửa đổi, bổ sung một số nội dung của Thông tư số 07/2021/TT-BLĐTBXH;\n"
            "- Nâng cao nhận thức về Chỉ thị số 33/CT-TTg.")
    assert relations(text) == {("self", "BASED_ON", "TT-2-BLDTBXH-2022"),
                               ("self", "CITES", "TT-7-BLDTBXH-2021"),
                               ("TT-2-BLDTBXH-2022", "AMENDS", "TT-7-BLDTBXH-2021"),
                               ("self", "CITES", "CT-33-TTg")}


def test_a_numbered_item_of_a_portals_related_list_is_a_sentence_of_its_own() -> None:
    # "- 4 Quyết định" opens an item, as "- 2025" after "2021" does not: the first item's
    # "sửa đổi" had reached the symbols of the items under it.
    text = ("- 3 Quyết định 18/2020/QĐ-UBND sửa đổi Điều 3 Quyết định 12/2019/QĐ-UBND phân cấp "
            "quản lý\n- 4 Quyết định 5135/QĐ-UBND năm 2020 về phê duyệt Đề án\n"
            "- 5Quyết định 76/2020/QĐ-UBND quy định phân công\n")
    assert {r for r in relations(text) if r[0] != "self"} == {
        ("QD-18-UBND-2020", "AMENDS", "QD-12-UBND-2019")}


@pytest.mark.parametrize("wrapped", ["Phòng Tổ chức\n- Cán bộ", "Trung tâm Châm cứu\n-\nĐông y"])
def test_a_dash_wrapped_inside_an_offices_name_does_not_end_a_numbered_list(wrapped: str) -> None:
    # A numbered list under "Bãi bỏ ...:" goes on past a wrapped name's dash, which is no bullet:
    # an office's name ("Tổ chức - Cán bộ"), or any name whose dash was left alone on its line.
    text = ("Bãi bỏ các Quyết định sau:\n1. Quyết định số 63/2002/QĐ-UB ngày 16/10/2002 Tách "
            f"{wrapped} thuộc Sở Y tế.\n2. Quyết định số 64/2002/QĐ-UB ngày 22/10/2002.\n")
    assert relations(text) == {("self", "REPEALS", "QD-63-UB-2002"),
                               ("self", "REPEALS", "QD-64-UB-2002")}


def test_a_clause_that_considers_a_proposal_ends_the_basis_before_it_on_one_line() -> None:
    # A text that lost its line ends: "Xét" after a semicolon opens a clause of its own.
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Xét Tờ trình số 30/TTr-UBND "
            "ngày 2/3/2016 của UBND tỉnh Bình Phước; Theo đề nghị của Sở Nội vụ tại Tờ trình số "
            "12/TTr-SNV ngày 1/3/2016, QUYẾT ĐỊNH:")
    found = relations(text)
    assert ("self", "CITES", "TTr-30-UBND-2016-binh-phuoc") in found
    assert ("self", "CITES", "TTr-12-SNV-2016-binh-phuoc") in found
    # ... and so do "Sau khi có ý kiến", and a "Căn cứ" that a heading or a paragraph ran into
    text = ("Căn cứ Nghị định số 114/2007/NĐ-CP ngày 03/7/2007; Sau khi có ý kiến của Bộ Y tế tại "
            "Công văn số 5576/BYT-TTr ngày 09/8/2007, hướng dẫn như sau:")
    assert ("self", "CITES", "CV-5576-BYT-TTr-2007") in relations(text)
    # ... and "Trên cơ sở xem xét" (having considered)
    text = ("Căn cứ Nghị quyết số 407/NQ-UBTVQH13 ngày 22/11/2011; Trên cơ sở xem xét Báo cáo số "
            "31/BC-CP ngày 29/2/2012 của Chính phủ,")
    assert ("self", "CITES", "BC-31-CP-2012") in relations(text)
    text = ("KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 37-CT/TW NGÀY 03/9/2019 CỦA BAN BÍ THƯ Căn cứ "
            "Kế hoạch số 185-KH/TU ngày 03/01/2020 của Ban Thường vụ Tỉnh ủy Sơn La.")
    assert ("self", "BASED_ON", "KH-185-TU-2020-son-la") in relations(text)  # was IMPLEMENTS


def test_a_guidance_titled_thuc_hien_guides_what_it_names() -> None:
    # The type heading and its title read as one: "HƯỚNG DẪN thực hiện ..." guides.
    for gap in ("\n", "\n\n"):
        text = (f"HƯỚNG DẪN{gap}Thực hiện Quy định số 08-QĐi/TW ngày 25/10/2018\n\n"
                "Căn cứ Hướng dẫn số 12-HD/BDVTW ngày 01/3/2023;\n")
        assert relations(text) == {("self", "GUIDES", "QDi-8-TW-2018"),
                                   ("self", "BASED_ON", "HD-12-BDVTW-2023")}
    assert relations("KẾ HOẠCH\nThực hiện Kết luận số 43-KL/TW ngày 07/01/2019\n") == {
        ("self", "IMPLEMENTS", "KL-43-TW-2019")}


def test_a_cue_in_a_tables_row_does_not_reach_the_next_row() -> None:
    text = ("| STT | Nội dung | Thời gian |\n|---|---|---|\n"
            "| 1 | Triển khai thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 | Quý I |\n"
            "| 2 | Sơ kết Kế hoạch số 35/KH-UBND ngày 11/4/2023 | Quý II |\n")
    assert relations(text) == {("self", "IMPLEMENTS", "NQ-25-TW-2013"),
                               ("self", "CITES", "KH-35-UBND-2023")}


@pytest.mark.parametrize(("subject", "relation"), [
    ("Kế hoạch thực hiện", "IMPLEMENTS"), ("V/v triển khai thực hiện", "IMPLEMENTS"),
    # a cell opening with the row's document's type word ("Quyết định ...") speaks of it
    ("Quyết định sửa đổi, bổ sung", "AMENDS"), ("**Chỉ thị** bãi bỏ", "REPEALS"),
])
def test_the_cells_after_a_reference_in_a_tables_row_describe_it(subject: str,
                                                                 relation: str) -> None:
    # (a local document: a People's Committee's changes none of the Prime Minister's)
    text = ("| STT | Số, ký hiệu | Ngày ban hành | Trích yếu |\n|---|---|---|---|\n"
            f"| 1 | 35/KH-UBND | 11/4/2023 | {subject} Chỉ thị số 33/CT-UBND |\n")
    assert relations(text) == {("self", "CITES", "KH-35-UBND-2023"),
                               ("self", "CITES", "CT-33-UBND"),
                               ("KH-35-UBND-2023", relation, "CT-33-UBND")}


def test_every_relation_carries_the_sentence_that_states_it() -> None:
    text = "Mở đầu. Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của UBND tỉnh."
    (rel,) = extract_text(text).relations
    assert text[rel.start:rel.end].strip() == rel.sentence
    assert rel.sentence.startswith("Thực hiện Kế hoạch")


@pytest.mark.parametrize("next_sentence", [
    "Điện thoại liên hệ: 0294.3862.357.", "Ủy ban nhân dân xã tổ chức.", "Đề nghị các sở.",
    "Ấp Tân Hòa triển khai.", "Ưu tiên các xã."])
def test_a_sentence_may_start_with_any_capital(next_sentence: str) -> None:
    # "Đ", "Ủ", "Ấ", "Ư" are capitals, though they sort among the small letters.
    (rel,) = extract_text(f"Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023. {next_sentence}"
                          ).relations
    assert rel.sentence == "Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023."


def test_a_sentence_stating_several_relations_is_held_once() -> None:
    # A "Căn cứ" list of ten documents is one sentence, not ten copies of it.
    text = ("Căn cứ Nghị quyết số 25-NQ/TW ngày 03/6/2013; Kết luận số 114-KL/TW ngày "
            "14/7/2015; Chỉ thị số 33/CT-TTg ngày 26/11/2021.")
    first, *others = extract_text(text).relations
    assert len(others) == 2 and all(r.sentence is first.sentence for r in others)


def test_a_portals_history_of_a_documents_effect_reads_row_by_row() -> None:
    # vbpl.vn's "Lịch sử hiệu lực": the page's document is the one its label names, each row a
    # sentence, each change made by the row's document to it (the rows had run into one
    # sentence: a decision of 2017 amended the one in the row above, and the page was a công
    # văn of its own words).
    text = ("• Hiệu lực: Hết hiệu lực toàn bộ\nLịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND\n"
            "Ngày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
            "09/07/2013 Văn bản được ban hành 30/2013/QĐ-UBND\n"
            "27/02/2015 Bị hết hiệu lực 1 phần 413/QĐ-UBND\n"
            "19/05/2017 Được sửa đổi 14/2017/QĐ-UBND\n"
            "01/08/2018 Bị bãi bỏ 1 phần 20/2018/QĐ-UBND Xem tại đây\n"
            "06/05/2019 Bị thay thế 14/2019/QĐ-UBND\n")
    assert {r for r in relations(text) if r[0] != "self"} == {
        ("QD-14-UBND-2017", "AMENDS", "QD-30-UBND-2013"),
        ("QD-20-UBND-2018", "REPEALS", "QD-30-UBND-2013"),
        ("QD-14-UBND-2019", "SUPERSEDES", "QD-30-UBND-2013")}
    assert extract_text(text).identity.key.id == "QD-30-UBND-2013"
    # ... whose first row's date is its issue: the page prints no date line
    assert extract_text(text).identity.date == dt.date(2013, 7, 9)
    # ... a law of no number is a law all the same (its page had been a letter's), and "Không
    # số" (no number) names no law
    text = ("Lịch sử hiệu lực: Luật Không số\nNgày Trạng thái Văn bản nguồn Phần hết hiệu lực\n"
            "10/05/1997 Văn bản được ban hành Không số\n01/01/2009 Bị thay thế 13/2008/QH12\n")
    extraction = extract_text(text)
    assert (extraction.identity.key.type, [r.key.id for r in extraction.references]) == (
        "LUAT", ["LUAT-13-QH12-2008"])
    # A date that a title wrapped onto a line is no row: "... NGÀY" / "24/11/2023 CỦA TỈNH ỦY"
    text = ("KẾ HOẠCH\nTRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 240-KH/TU NGÀY\n24/11/2023 CỦA TỈNH ỦY VÀ "
            "NGHỊ QUYẾT SỐ 41-NQ/TW NGÀY 10/10/2023 CỦA BỘ CHÍNH TRỊ\n")
    assert relations(text) == {("self", "IMPLEMENTS", "KH-240-TU-2023"),
                               ("self", "IMPLEMENTS", "NQ-41-TW-2023")}


def test_a_list_past_a_short_name_goes_on_from_the_document_the_bracket_restates() -> None:
    # the bracket names the amending law, so the resolution is listed with it: the law had
    # amended the resolution
    text = ("Quốc hội đã thông qua Luật số 12/2017/QH14 sửa đổi, bổ sung một số điều của Bộ luật "
            "Hình sự số 100/2015/QH13 (sau đây viết tắt là Luật số 12/2017/QH14) và Nghị quyết "
            "số 41/2017/QH14 về việc thi hành Bộ luật Hình sự.")
    found = relations(text)
    assert ("LUAT-12-QH14-2017", "AMENDS", "LUAT-100-QH13-2015") in found
    assert not {r for r in found if r[2] == "NQ-41-QH14-2017" and r[0] != "self"}


def test_a_document_with_a_passive_of_its_own_is_no_item_of_the_list_before_it() -> None:
    # "... đã được sửa đổi ..." (has been amended) opens a clause of 78/2015's own: 72 and 78
    # are no list of 16's amenders
    text = ("Quốc hội ban hành Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự tại Luật "
            "Sĩ quan Quân đội nhân dân Việt Nam số 16/1999/QH10 đã được sửa đổi, bổ sung một số "
            "điều theo Luật số 19/2008/QH12 và Luật số 72/2014/QH13, Luật Nghĩa vụ quân sự số "
            "78/2015/QH13 đã được sửa đổi, bổ sung một số điều theo Luật số 15/2023/QH15.")
    found = relations(text)
    assert ("LUAT-72-QH13-2014", "AMENDS", "LUAT-16-QH10-1999") in found
    assert ("LUAT-15-QH15-2023", "AMENDS", "LUAT-78-QH13-2015") in found
    assert ("LUAT-78-QH13-2015", "AMENDS", "LUAT-16-QH10-1999") not in found
    # ... but being adopted is said of the law whose name lists it
    text = ("Luật số 60/2020/QH14 sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và "
            "Luật Đê điều đã được Quốc hội thông qua ngày 17 tháng 6 năm 2020.")
    assert {r[2] for r in relations(text) if r[:2] == ("LUAT-60-QH14-2020", "AMENDS")} == {
        "LUAT-QH-luat-phong-chong-thien-tai", "LUAT-QH-luat-de-dieu"}


def test_a_document_numbered_in_an_earlier_year_speaks_of_no_later_one() -> None:
    # "theo ... Nghị định số 01/2017" is the title's: neither the decree of 2015 nor the
    # circular of 2016 could cite a decree of 2017
    text = ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 19/2017/TT-BNNPTNT\n\nTHÔNG TƯ\n"
            "SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA THÔNG TƯ SỐ 19/2016/TT-BNNPTNT NGÀY "
            "27/6/2016 HƯỚNG DẪN CHI TIẾT ĐIỀU 4 NGHỊ ĐỊNH SỐ 35/2015/NĐ-CP NGÀY 13 THÁNG 4 NĂM "
            "2015 VỀ QUẢN LÝ SỬ DỤNG ĐẤT TRỒNG LÚA VÀ HƯỚNG DẪN CHUYỂN ĐỔI CƠ CẤU CÂY TRỒNG THEO "
            "QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 01/2017/NĐ-CP NGÀY 06/01/2017 CỦA CHÍNH PHỦ.")
    found = relations(text)
    assert ("ND-35-CP-2015", "CITES", "ND-1-CP-2017") not in found
    assert ("self", "CITES", "ND-1-CP-2017") in found
    # ... and a change it cannot make is no act of the citing document's either
    text = ("Kế hoạch thực hiện Quyết định số 12/2015/QĐ-UBND ngày 05/3/2015 của UBND tỉnh Bắc Giang "
            "sửa đổi Quyết định số 20/2017/QĐ-UBND ngày 01/6/2017 của UBND tỉnh Bắc Giang.")
    assert ("self", "CITES", "QD-20-UBND-2017-bac-giang") in relations(text)
    # ... a year between slashes: the number 1990 is no year
    text = ("Căn cứ Quyết định số 1990/QĐ-TTg ngày 02/12/2021 của Thủ tướng Chính phủ về việc triển "
            "khai thực hiện Nghị quyết số 30/2021/QH15 ngày 28/7/2021 của Quốc hội;")
    assert ("QD-1990-TTg-2021", "IMPLEMENTS", "NQ-30-QH15-2021") in relations(text)


def test_guidance_in_detail_guides_the_document_or_its_article() -> None:
    # "hướng dẫn chi tiết" (guides in detail) before an article of a decree, as "quy định chi
    # tiết" does
    text = ("Căn cứ Thông tư số 19/2016/TT-BNNPTNT ngày 27/6/2016 của Bộ Nông nghiệp và Phát triển "
            "nông thôn hướng dẫn chi tiết Điều 4 Nghị định số 35/2015/NĐ-CP ngày 13/4/2015 của "
            "Chính phủ về quản lý, sử dụng đất trồng lúa;")
    assert ("TT-19-BNNPTNT-2016", "GUIDES", "ND-35-CP-2015") in relations(text)
