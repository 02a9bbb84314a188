"""Finding symbols: every shape, every noise form of real files, and what only looks like one."""

from __future__ import annotations

import pytest

from extract.find import find_symbols
from extract.law_names import find_law_names
from extract.normalize import fold_chars, same_name
from extract.plenums import PLENUM_BODY, find_plenum_titles, plenum_number

# (text, [(number, year, type code, issuer)])
SYMBOLS = [
    # the three shapes
    ("Nghị quyết số 25-NQ/TW ngày 03/6/2013", [("25", None, "NQ", "TW")]),
    ("Chỉ thị số 33/CT-TTg ngày 26/11/2021", [("33", None, "CT", "TTg")]),
    ("Nghị định số 61/2018/NĐ-CP", [("61", 2018, "NĐ", "CP")]),
    ("Luật số 10/2022/QH15", [("10", 2022, None, "QH15")]),
    ("Pháp lệnh số 34/2007/PL-UBTVQH11", [("34", 2007, "PL", "UBTVQH11")]),
    ("Chỉ thị số 01/2012/CT-UBND", [("1", 2012, "CT", "UBND")]),
    # joint issuers
    ("Chương trình phối hợp số 05-CTr/BDVTU-BCSD", [("5", None, "CTr", "BDVTU-BCSĐ")]),
    ("Kế hoạch số 1772/KH-UBND-BDV", [("1772", None, "KH", "UBND-BDV")]),
    # a general department's công văn, not a thông cáo ("TC") of "T-CS"
    ("Số: 1414/TCT-CS V/v ...; 25/TCHQ-GSQL", [("1414", None, None, "TCT-CS"),
                                              ("25", None, None, "TCHQ-GSQL")]),
    # ... and Social Security's (Bảo hiểm xã hội), which was no symbol without "Công văn" before
    ("Số: 296/BHXH-CSYT V/v hướng dẫn", [("296", None, None, "BHXH-CSYT")]),
    ("Chương trình số 10-CTr/BDVTU-BCSĐUBND", [("10", None, "CTr", "BDVTU-BCSĐUBND")]),
    # noise: line breaks and stray spaces inside, upper case, Ð for Đ, lost hyphen, zeros
    ("Quyết định số 269-\nQĐ/TU ngày 30/11/2021", [("269", None, "QĐ", "TU")]),
    ("Quyết định số 269- \n\nQĐ/TU", [("269", None, "QĐ", "TU")]),
    # ... a joint issuer's codes wrapped at a hyphen, its trailing spaces kept, as the Gazette's
    # text keeps them; only codes in capitals go on there ("35/KH-UBND-" / "Ban ..." does not)
    ("Số: 01/2022/TTLT-VKSNDTC- \nTANDTC-BCA-BQP-BLĐTBXH",
     [("1", 2022, "TTLT", "VKSNDTC-TANDTC-BCA-BQP-BLĐTBXH")]),
    ("Kế hoạch số 35/KH-UBND-\nBan Chỉ đạo", [("35", None, "KH", "UBND")]),
    # a normative number with a part after a dot: the Government's resolutions 66.1 to 66.13 of
    # 2025 (not a phone number, "0294.3862.357", nor a date, "15.7/2025")
    ("Nghị quyết số 66.4/2025/NQ-CP ngày 26/7/2025", [("66.4", 2025, "NQ", "CP")]),
    # a department numbered in Roman after "V" (Vụ): the Government Office's "Vụ I"
    ("Công văn số 11554/VPCP-V.I; Công văn số 12/UBND-V. Tiếp", [("11554", None, None, "VPCP-VI"),
                                                                 ("12", None, None, "UBND-V")]),
    ("Điện thoại 0294.3862.357; ngày 15.7/2025", []),
    ("Kết luận số 114 -KL/TW", [("114", None, "KL", "TW")]),
    ("Nghị quyết số 14- NQ/TU", [("14", None, "NQ", "TU")]),
    ("Kế hoạch số 258/KH- UBND", [("258", None, "KH", "UBND")]),
    ("Chỉ thị 23/CT- TTg", [("23", None, "CT", "TTg")]),
    ("CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 28-CTR/TU", [("28", None, "CTr", "TU")]),
    ("Nghị quyết số 25-NQ/TƯ", [("25", None, "NQ", "TW")]),  # TƯ: Trung ương, for TW
    ("Nghị quyết số 25-NQ/T.Ư; Chỉ thị 05-CT/T.W", [("25", None, "NQ", "TW"),
                                                   ("5", None, "CT", "TW")]),
    ("Quy định số 11-QÐi/TW", [("11", None, "QĐi", "TW")]),
    ("Nghị định 61/2018/NĐCP", [("61", 2018, "NĐ", "CP")]),
    ("Nghị định số 96/2026NĐ-CP", [("96", 2026, "NĐ", "CP")]),  # the second stroke lost (OCR)
    # six digits, as a city's tax department numbers its letters; not inside a longer number
    ("Công văn số 101322/CTHN-TTHT; mã số thuế 0107578812/01",
     [("101322", None, None, "CTHN-TTHT")]),
    # ... a công văn's hyphen before its drafting unit; not inside a code known whole
    ("Công văn số 4055/BKHĐTPTDN; số 1256/UBNDYT; Hướng dẫn số 12-HD/BTCTW",
     [("4055", None, None, "BKHĐT-PTDN"), ("1256", None, None, "UBND-YT"),
      ("12", None, "HD", "BTCTW")]),
    # ... the first typed as a hyphen before the year; a period's years are no symbol
    ("Nghị quyết số 19-2016/NQ-CP; số 128-1998/TT-BTC; giai đoạn 2016-2020/2025",
     [("19", 2016, "NQ", "CP"), ("128", 1998, "TT", "BTC")]),
    # a decree's "CP" lost at a line's end (OCR, a table's layout): a decree is the Government's
    ("Nghị định số 105/2025/NĐ-\n   của Bộ Công", [("105", 2025, "NĐ", "CP")]),
    ("Kế hoạch số 35/KH.UBND", [("35", None, "KH", "UBND")]),  # a full stop for the hyphen
    ("Tờ trình số: 7856/TTr .UBND; tờ trình số 06/TT .HĐND",  # ... with a space before it
     [("7856", None, "TTr", "UBND"), ("6", None, "TT", "HĐND")]),
    # ... a stroke with a space before it, and an underscore for the hyphen (none was found)
    ("Nghị quyết số 42/NQ /TW; Công văn số 2455/TCT_DNNCN; Quyết định số 62/QĐ_HĐBT",
     [("42", None, "NQ", "TW"), ("2455", None, None, "TCT-DNNCN"), ("62", None, "QĐ", "HĐBT")]),
    # a number glued to its type word, as text from a PDF runs words together
    ("Quyết định393/QĐ-TTg ngày 15/8/2014; Nghị định344/2013/NĐCP",
     [("393", None, "QĐ", "TTg"), ("344", 2013, "NĐ", "CP")]),
    # a stray space inside an issuer's code, read as one when only together they are known
    ("Thông tư 01/2016/TT-BGD ĐT ngày 15/01/2016; số 35/KH-UBND TỈNH",
     [("1", 2016, "TT", "BGDĐT"), ("35", None, "KH", "UBND")]),
    # ... and a council's term run onto its code (a provincial council numbers across terms)
    ("Nghị quyết số 09/2004/NQ.HĐNDK7 ngày 29/12/2004", [("9", 2004, "NQ", "HĐND")]),
    ("Nghị quyết số 39/2003/NQ-HĐND-K6 ngày 09/01/2003", [("39", 2003, "NQ", "HĐND")]),  # hyphen
    # ... and the Ministry of Education's code cut short, as the national database writes it
    ("28/2003/TTLT/BTC-BGD; 69/2005/TTLT-BTC-BGD&ĐT",
     [("28", 2003, "TTLT", "BTC-BGDĐT"), ("69", 2005, "TTLT", "BTC-BGDĐT")]),
    ("Số: 3210/QĐ - U B ND | T hành phố",  # letter-spaced: the longest known join, not "UB"
     [("3210", None, "QĐ", "UBND")]),
    # a font's lower-case look-alike of Đ inside a code (the resolution was of an issuer "NQ")
    ("Nghị quyết số 04/2008/NQ-HðND; Quyết định số 12/Qð-UBND",
     [("4", 2008, "NQ", "HĐND"), ("12", None, "QĐ", "UBND")]),
    # ... and the Assembly's term after a space (it was a law of "QH", no term); not a year
    ("Luật số 83/2015/QH 13 ngày 25/6/2015; Nghị quyết số 1134/2016/UBTVQH 13; 84/2015/QH 2015",
     [("83", 2015, None, "QH13"), ("1134", 2016, None, "UBTVQH13"), ("84", 2015, None, "QH")]),
    # ... or a space for the hyphen before the issuer ("TTg" too); not a word after a code
    ("Chỉ thị số 33/CT TTg; Kế hoạch số 35/KH UBND; số 25/KH Trong đó",
     [("33", None, "CT", "TTg"), ("35", None, "KH", "UBND")]),
    # ... or inside the type code (it was a circular of an issuer "T")
    ("Thông tư số 22/2010/T T-BTC ngày 12/02/2010", [("22", 2010, "TT", "BTC")]),
    # a Party-shaped symbol whose hyphen is lost or a space
    ("NGHỊ QUYẾT SỐ 214 NQ/UBTVQH9 NGÀY 26-8-1994; Nghị quyết 25NQ/TW",
     [("214", None, "NQ", "UBTVQH9"), ("25", None, "NQ", "TW")]),
    # ... the space a line end where a copy wrapped, after "số" alone (see below)
    ("Quyết định số 84\nQĐ/TWĐTN ngày 22/02/2013", [("84", None, "QĐ", "TWĐTN")]),
    ("Nghị định số 61/2018/NĐ.CP", [("61", 2018, "NĐ", "CP")]),
    # "CT" alone, the Chairman of the Council of Ministers' (1981 to 1992); a code, not a type
    ("Quyết định số 238-CT ngày 16-9-1983; Số: 264/CT; Chỉ thị 05-CT/TU",
     [("238", None, None, "CT"), ("264", None, None, "CT"), ("5", None, "CT", "TU")]),
    # a ministry's of the 1970s to 1990s, its issuer first (of an issuer in our tables)
    ("Quyết định số 695-BYT/QĐ ngày 08/09/1993; Thông tư số 15-BTC/TT; Quyết định 114-VH/QĐ",
     [("695", None, "QĐ", "BYT"), ("15", None, "TT", "BTC")]),
    # ... joint ones too, each issuer in our tables (it stopped before "/TTLT", undated)
    ("Thông tư liên tịch số 01-TANDTC-VKSNDTC/TTLT ngày 08/12/1988",
     [("1", None, "TTLT", "TANDTC-VKSNDTC")]),
    # ... or its type code last, that the word before names; not a công văn's drafting unit
    ("Quyết định 500/BYT-QĐ; Thông tư 08/BYT-TT; Công văn số 628/BNN-TT",
     [("500", None, "QĐ", "BYT"), ("8", None, "TT", "BYT"), ("628", None, None, "BNN-TT")]),
    # a Party symbol with a hyphen typed for its stroke; not a State one ("12-KH-UBND")
    ("Nghị quyết số 25-NQ-TW; Chỉ thị 05-CT-TU; Kế hoạch 12-KH-UBND",
     [("25", None, "NQ", "TW"), ("5", None, "CT", "TU")]),
    # a stroke for the hyphen, as joint resolutions write it
    ("Nghị quyết liên tịch số 19/2008/NQLT/CP-UBTUMTTQVN; Quyết định số 12/QĐ/UBND",
     [("19", 2008, "NQLT", "CP-UBTUMTTQVN"), ("12", None, "QĐ", "UBND")]),
    ("Kế hoạch số 03/KH-UBND", [("3", None, "KH", "UBND")]),
    # agreed between bodies (phối hợp): a regulation, a programme, a plan
    ("Quy chế phối hợp số 01-QCPH/UBND-BDVTU; số 05/CTrPH-MTTQ-UBND; số 2/KHPH-UBND",
     [("1", None, "QCPH", "UBND-BDVTU"), ("5", None, "CTrPH", "MTTQ-UBND"),
      ("2", None, "KHPH", "UBND")]),
    ("Tờ trình số 473/TTr -\nNN&PTNT ngày 21/5/2007", [("473", None, "TTr", "NN&PTNT")]),
    # an issuer not in our tables after "Công văn số", an indented line between
    ("Thực hiện Công văn số\n        3444/LĐTBXH-VPQGGN  ngày  5/9/2022",
     [("3444", None, None, "LĐTBXH-VPQGGN")]),
    # other spellings of a code: a chương trình hành động (action programme), a report of
    # appraisal, a report of verification
    ("Chương trình hành động số 147-CTHĐ/TU ngày 09/5/2019; Báo cáo thẩm định số 18/BCTĐ-STP; "
     "Báo cáo thẩm tra số 45/BCTT-KTNS; Số: 02-CTrHĐ/TU",
     [("147", None, "CTr", "TU"), ("18", None, "BC", "STP"), ("45", None, "BC", "KTNS"),
      ("2", None, "CTr", "TU")]),
    # the standing committee of a council, "TT.HĐND" (Thường trực HĐND), not a sentence's end
    ("Quy chế số 06/QC-TT.HĐND-UBND; Tờ trình số 07/TTr-TT.HĐND; Kế hoạch 35/KH-UBND.Trong",
     [("6", None, "QC", "TTHĐND-UBND"), ("7", None, "TTr", "TTHĐND"), ("35", None, "KH", "UBND")]),
    # a công văn numbered with a stroke for the hyphen, as into the 2000s, also spaced
    ("công văn số 2325/  BKH/  VPTĐ ngày 15 tháng 4 năm 2002; số 3086/BTC/NSNN",
     [("2325", None, None, "BKH-VPTĐ"), ("3086", None, None, "BTC-NSNN")]),
    # ... and one typed with spaces throughout: its codes go on past a spaced hyphen (it had
    # been 481/TCT), but after a symbol typed tight a spaced hyphen parts it from what follows
    ("Số:  481 / TCT - CS ngày 06/02/2015; Kế hoạch số 35/KH-UBND - UBND tỉnh",
     [("481", None, None, "TCT-CS"), ("35", None, "KH", "UBND")]),
    # ... and a space typed behind a joint code's hyphen: "1889/BNNMT- TSKN" (it had been
    # 1889/BNNMT), "13/2011/TTLT-BXD- BNNPTNT-BTN&MT"; a word in lower case is no code
    ("Công văn số 1889/BNNMT- TSKN ngày 09/5/2025; số 35/KH-UBND- Về việc",
     [("1889", None, None, "BNNMT-TSKN"), ("35", None, "KH", "UBND")]),
    ("Thông tư liên tịch số 13/2011/TTLT-BXD- BNNPTNT-BTN&MT ngày 28/10/2011",
     [("13", 2011, "TTLT", "BXD-BNNPTNT-BTNMT")]),
    # a consolidated text (văn bản hợp nhất) of the National Assembly's office
    ("Văn bản hợp nhất số 15/VBHN-VPQH", [("15", None, "VBHN", "VPQH")]),
    ("Hướng dẫn liên tịch số 03/HDLT-BNV-TWĐTN", [("3", None, "HDLT", "BNV-TWĐTN")]),
    ("Nghị quyết số 30c/NQ-CP; Kế hoạch số 10a/KH-UBND",  # a number with a letter
     [("30c", None, "NQ", "CP"), ("10a", None, "KH", "UBND")]),
    ("Chỉ thị số 33/CT-TTG", [("33", None, "CT", "TTg")]),
    # typeset hyphens (non-breaking, em dash), a space lost after "số", a superscript marker
    ("Nghị quyết số 35/NQ\u2011CP", [("35", None, "NQ", "CP")]),
    ("Nghị quyết số 35\u2014NQ/TW", [("35", None, "NQ", "TW")]),
    ("Kế hoạch số35/KH-UBND", [("35", None, "KH", "UBND")]),
    ("Nghị quyết số 25\\-NQ/TW", [("25", None, "NQ", "TW")]),  # escaped in Markdown
    ("Kế hoạch số 1772/KH\u2011UBND\u2011BDV", [("1772", None, "KH", "UBND-BDV")]),
    ("Chương trình số 05-CTr/BDVTU\\-BCSD", [("5", None, "CTr", "BDVTU-BCSĐ")]),
    ("Công văn số 123/UBND\u2014VP", [("123", None, None, "UBND-VP")]),
    ("Kế hoạch số 35/KH\\-UBND", [("35", None, "KH", "UBND")]),
    ("Kế hoạch số 35/KH-UBND¹ ngày 11/4/2023", [("35", None, "KH", "UBND")]),
    # a footnote's number printed plain, glued to the issuer (text from a PDF); codes with
    # digits of their own keep them
    ("Chỉ thị số 33/CT-TTg1 ngày 26/11/2021", [("33", None, "CT", "TTg")]),
    # ... or a word run onto it, by a copy that lost a space or a portal's status icon: no
    # code but TTg holds small letters
    ("Nghị định 45/2014/NĐ-CPquy định; Nghị định số 16/2015/NĐ-CPstatus1; 3/2018/QĐ-TTgstatus1",
     [("45", 2014, "NĐ", "CP"), ("16", 2015, "NĐ", "CP"), ("3", 2018, "QĐ", "TTg")]),
    # ... but a local body's drafting unit is numbered: "VP5" is the office's fifth division
    ("Công văn số 65/UBND-VP5 ngày 28/01/2019", [("65", None, None, "UBND-VP5")]),
    # the Prime Minister's code with a letter lost, hyphen too or not
    ("Quyết định số 866/QĐ-Tg; Chỉ thị số 27/CTTg", [("866", None, "QĐ", "TTg"),
                                                     ("27", None, "CT", "TTg")]),
    # ... also after the National Assembly's term, which runs to 16 (QH9 of 1994 is one)
    ("Luật số 42/2024/QH151 ngày 29/6/2024; Luật 29/1994/QH9",
     [("42", 2024, None, "QH15"), ("29", 1994, None, "QH9")]),
    ("Nghị quyết số 25-NQ/TƯ12", [("25", None, "NQ", "TW")]),
    ("Luật số 10/2022/QH15; Kế hoạch số 12/KH-BCĐ35",
     [("10", 2022, None, "QH15"), ("12", None, "KH", "BCĐ35")]),
    # a công văn: issuer and drafting unit, no type code
    ("Công văn số 123/UBND-VP", [("123", None, None, "UBND-VP")]),
    # central documents numbered before the shapes of today, with a hyphen; a local body so
    # is no symbol
    ("Nghị định số 58-CP; Chỉ thị 406-TTg; Quyết định 136-HĐBT; mục 12-UBND",
     [("58", None, None, "CP"), ("406", None, None, "TTg"), ("136", None, None, "HĐBT")]),
    # orders (lệnh) promulgating a law or an ordinance, whose symbol the law carries to 2001:
    # the President's (L-CTN) and, to 1992, the Council of State's, its term dropped
    ("Luật Đất đai số 24-L/CTN; Pháp lệnh 5-LCT/HĐNN7; Lệnh số 04/2023/L-CTN",
     [("24", None, "L", "CTN"), ("5", None, "LCT", "HĐNN"), ("4", 2023, "L", "CTN")]),
    ("Nghị quyết số 58/NQ-HĐNN8", [("58", None, "NQ", "HĐNN")]),
    # ... whose issuer starts with a type code: HĐND's, not a hợp đồng (HĐ) of "ND"
    ("Công văn số 12/HĐND-VP; số 1150/BCĐ", [("12", None, None, "HĐND-VP"),
                                            ("1150", None, None, "BCĐ")]),
    # ... or where the type word before names another type than the code: TCCP's decision,
    # the Government's personnel board of the 1990s, not a thông cáo (TC) of "CP-VC"
    ("Quyết định số 202/TCCP-VC ngày 08/6/1994", [("202", None, None, "TCCP-VC")]),
    # ... and a province's department of Planning and Investment without its "S" (it was a
    # tờ trình of an issuer "ĐT-CNDV")
    ("Tờ trình số 2653/KHĐT-CNDV ngày 12/5/2003", [("2653", None, None, "KHĐT-CNDV")]),
    # ... of an issuer not in our tables, after a công văn's word
    ("Căn cứ Công văn 285/CCTTHC ngày 08 tháng 9 năm 2009; văn bản số 99/HĐTĐKT-VP",
     [("285", None, None, "CCTTHC"), ("99", None, None, "HĐTĐKT-VP")]),
    # lists
    ("các Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013",
     [("217", None, "QĐ", "TW"), ("218", None, "QĐ", "TW")]),
    # numbers listed before one symbol share its code
    ("Quyết định số 217, 218-QĐ/TW ngày 12/12/2013",
     [("217", None, "QĐ", "TW"), ("218", None, "QĐ", "TW")]),
    ("các Kết luận số: 01, 02 và 03-KL/TU", [("1", None, "KL", "TU"), ("2", None, "KL", "TU"),
                                           ("3", None, "KL", "TU")]),
    ("Tổng số 5, 6-NQ/TW", [("6", None, "NQ", "TW")]),  # no type word: 5 is a count
    ("Nghị định số 61, 62/2018/NĐ-CP", [("62", 2018, "NĐ", "CP")]),  # the year is its own
    # a decree by its number and year alone, as news items cite it: a Nghị định is the
    # Government's (CP)
    ("Nghị định 137/2020 quy định về pháo. NGHỊ ĐỊNH SỐ 15/2020.",
     [("137", 2020, "NĐ", "CP"), ("15", 2020, "NĐ", "CP")]),
    # a field's label glued to the number, as a standard's code is not ("QCVN 01-MT:2015/BTNMT")
    ("Ký hiệu:1978/QĐ-TTg", [("1978", None, "QĐ", "TTg")]),
]

NOT_SYMBOLS = [
    "Số:8 5 2 0/BCT-KHCN",  # an OCR's spaced digits: no document is numbered 0 (also "0a")
    "giai đoạn 2021 - 2025",
    "giai đoạn 2021-2030",
    "ngày 03/6/2013 và ngày 03-6-2013",
    "khoản 3, Điều 63 của Bộ luật Lao động",
    "đạt 98% hồ sơ, 100% đơn vị",
    "Điện thoại: 0294.3862.357, fax 0294/3862358",
    "kinh tế - xã hội 5 năm 2021-2025",
    "tỷ lệ 3/4 số xã",
    "Tổng số 3/LĐLĐ",  # an unknown code without a công văn's word
    "Công văn số 3/KH",  # a type code is no issuer
    "công văn liên tịch số 9599/LT-GDDT-YT",  # an order's code is only the President's
    "Kế hoạch số 12/KH. UBND tỉnh",  # nor the body that opens the next sentence
    "năm 2021\nKH/UBND",  # a line end for a hyphen's space only after "số"
    "mã ab12/KH-UBND",  # glued to a word that is no type word
    "Quy chuẩn QCVN 122:2024/BGTVT, QCVN 06:2022/BXD, QCVN 01-MT:2015/BTNMT",  # a standard's
    "theo Mẫu số 09/PLIII, mẫu số 02/BC-UBND, Biểu mẫu 01/TT-BTC",  # forms' numbers
    "(Ban hành kèm theo Nghị quyết Số …/ 2017 /NQ-HĐND ngày …)",  # a draft's, left blank
    "NGHỊ ĐỊNH SỐ…./ 2015/NĐ-CP NGÀY … THÁNG … NĂM 2015", "Số: / 2015/TT-BTP",  # ... so
    # a number and year after another type word, whose issuer only its symbol gives; a month;
    # codes in small letters (`codes.capitalised_symbols` writes known ones in capitals first)
    "Thông tư 14/2018 hướng dẫn; từ tháng 1/2020; nghị định 46/2014/nđ-cp",
    # a steering committee's name, after the text that founded it: "Ban Chỉ đạo 138/CP"
    "thành viên Ban Chỉ đạo 138/CP; Cơ quan Thường trực Ban Chỉ\nđạo 389/TTH.",
    # a web address's percent-encoded query: "TT-BL" before "%C4%90" (Đ), "90-CP" after it
    "toanvan.aspx?ItemID=141008&Keyword=\n20/2019/TT-BL%C4%90TBXH S%E1%BB%91%2031/2015/N%C4%90-CP",
]


@pytest.mark.parametrize(("text", "expected"), SYMBOLS)
def test_finds_every_shape_and_noise_form(text: str, expected: list[tuple]) -> None:
    found = [(s.number, s.year, s.type_code, s.issuer) for s in find_symbols(text)]
    assert found == expected


@pytest.mark.parametrize("text", NOT_SYMBOLS)
def test_ignores_what_only_looks_like_a_symbol(text: str) -> None:
    assert find_symbols(text) == []


def test_offsets_slice_the_symbol_as_printed() -> None:
    text = "Quyết định số 269-\nQĐ/TU ngày"
    (sym,) = find_symbols(text)
    assert text[sym.start:sym.end] == sym.printed == "269-\nQĐ/TU"


@pytest.mark.parametrize(("text", "names"), [
    ("triển khai Luật Tiếp công dân, Luật khiếu nại, Luật Tố cáo trên địa bàn",
     ["Luật Tiếp công dân", "Luật khiếu nại", "Luật Tố cáo"]),
    ("(Luật Thực hiện dân chủ ở cơ sở có hiệu lực từ 01/7/2023)",
     ["Luật Thực hiện dân chủ ở cơ sở"]),
    ("chỉ đạo thực hiện Luật Thực\nhiện dân chủ ở cơ sở.", ["Luật Thực hiện dân chủ ở cơ sở"]),
    ("chỉ đạo thực hiện Luật Thực \n\nhiện dân chủ ở cơ sở.", ["Luật Thực hiện dân chủ ở cơ sở"]),
    ("thực hiện nghiêm Pháp lệnh phòng , chống lụt, bão; Pháp lệnh Phòng chống lụt bão năm 1993",
     ["Pháp lệnh phòng , chống lụt, bão", "Pháp lệnh Phòng chống lụt bão"]),  # was "phòng"
    ("hồ sơ đề nghị xây dựng Luật Cấp, thoát nước, bao gồm ...; Pháp lệnh Bưu chính, Viễn thông "
     "năm 2002", ["Luật Cấp, thoát nước", "Pháp lệnh Bưu chính, Viễn thông"]),  # "Luật Cấp"
    # ... and the procedural ordinances that hold "các" (which ends other names)
    ("Pháp lệnh thủ tục giải quyết các vụ án hành chính năm 1996; Luật Đất đai các năm",
     ["Pháp lệnh thủ tục giải quyết các vụ án hành chính", "Luật Đất đai"]),
    ("quy định của Luật tổ chức\n\n\nchính quyền địa phương",
     ["Luật tổ chức chính quyền địa phương"]),  # was "Luật tổ chức"
    ("thi hành Luật Tiếp công dân\n\nTổ chức hội nghị", ["Luật Tiếp công dân"]),
    ("TRIỂN KHAI LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ\nI. MỤC ĐÍCH", ["LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ"]),
    ("quy định chi tiết Khoản 3, Điều 63 của Bộ luật Lao động về", ["Bộ luật Lao động"]),
    ("theo quy định của Bộ Luật Lao động", ["Bộ Luật Lao động"]),  # not "Luật Lao động"
    ("như đối tượng do Luật Bảo hiểm xã hội quy định.", ["Luật Bảo hiểm xã hội"]),
    ("của Luật ngân sách nhà nước ðể ðảm bảo", ["Luật ngân sách nhà nước"]),  # ð for đ
    ("thi hành Luật Việc làm bảo đảm kịp thời; Luật Việc làm thuộc phạm vi; Luật Thủ đô kịp thời",
     ["Luật Việc làm", "Luật Việc làm", "Luật Thủ đô"]),  # "kịp thời" (timely)
    ("bảo đảm việc thực hiện Luật Di sản văn hóa đạt hiệu quả cao nhất",
     ["Luật Di sản văn hóa"]),  # "đạt" (achieves)
    ("quy định chi tiết một số điều của Luật Phòng thủ dân sự\nĐây là Nghị định số 200",
     ["Luật Phòng thủ dân sự"]),  # "Đây" (this) opens the next sentence
    ("hướng dẫn thi hành Luật B", []),  # an excerpt cut off in the name's first word
    # a chapter's heading, "by", "based on", "is expected to", "time" (lần thứ) end a name
    ("Luật Cảnh sát biển Việt Nam Chương I; BỘ LUẬT HÀNG HẢI VIỆT NAM CHƯƠNG I",
     ["Luật Cảnh sát biển Việt Nam", "BỘ LUẬT HÀNG HẢI VIỆT NAM"]),
    ("Luật Sở hữu trí tuệ dựa trên; Luật Thư viện dự kiến trình Quốc hội; Luật Báo chí lần "
     "thứ hai; Luật Tổ chức Chính phủ được bầu bởi Quốc hội",
     ["Luật Sở hữu trí tuệ", "Luật Thư viện", "Luật Báo chí", "Luật Tổ chức Chính phủ"]),
    # "vì" (because) and "thành" (into) end a name, but for "thành niên", "thành phố"
    ("chưa đồng ý tách Luật Giao thông đường bộ vì không hợp lý; tách Luật Giao thông đường bộ "
     "thành Luật Đường bộ; Luật Tư pháp người chưa thành niên",
     ["Luật Giao thông đường bộ", "Luật Giao thông đường bộ", "Luật Đường bộ",
      "Luật Tư pháp người chưa thành niên"]),
    # a news item's "Luật" as a subject, its verb after it: no name
    ("Luật An ninh mạng có 8 chương. Luật hoàn thiện và thống nhất hệ thống khái niệm. Luật "
     "cũng quy định rõ. Luật tiếp tục kế thừa. Luật Đầu tư công cũng chậm.",
     ["Luật An ninh mạng", "Luật Đầu tư công"]),
    # ... at "đối với", "hiện hành" (in force) and "chưa" (not yet), but for "người chưa thành
    # niên"; and at a line end before the date line, under a công văn's subject line
    ("Điều 22 Luật BHYT đối với người bệnh; theo Bộ luật Lao động hiện hành; tại Luật Doanh "
     "nghiệp chưa được thực thi; Luật Tư pháp người chưa thành niên; theo quy định của Luật Doanh"
     " nghiệp đồng thời đề nghị; Luật Doanh nghiệp như",
     ["Luật bảo hiểm y tế", "Bộ luật Lao động", "Luật Doanh nghiệp",  # BHYT spelled out
      "Luật Tư pháp người chưa thành niên",
      "Luật Doanh nghiệp", "Luật Doanh nghiệp"]),
    # ... and at verbs after a name: "nêu" (named in), "áp dụng" (applies), "thay (thế)"
    ("hướng dẫn Luật Hóa chất nêu tại Công văn; Luật Đất đai áp dụng cho; thi hành Luật An toàn "
     "thực phẩm thay thế Nghị định; sửa đổi Luật Khoáng sản trước năm 2024; ban hành Luật Đất "
     "đai thay Luật Đất đai năm 2003",
     ["Luật Hóa chất", "Luật Đất đai", "Luật An toàn thực phẩm", "Luật Khoáng sản",
      "Luật Đất đai", "Luật Đất đai"]),
    # ... and "hướng tới" (aims at), as "hướng dẫn" (guides) does
    ("Luật Trí tuệ nhân tạo hướng tới mục tiêu kép; Luật Đất đai 2024 hướng đến thị trường",
     ["Luật Trí tuệ nhân tạo", "Luật Đất đai"]),
    # ... and "giao" (assigns) at a clause's end
    ("Nghị định quy định chi tiết các nội dung được Luật Phòng, chống mua bán người giao (khoản 6 "
     "Điều 27); Luật Chuyển giao công nghệ", ["Luật Phòng, chống mua bán người",
                                               "Luật Chuyển giao công nghệ"]),
    # ... and "tác động tới" (impacts), "tạo cơ sở" (creates a basis), "đề xuất" (proposes),
    # "đề nghị" (asks)
    ("Luật Quảng cáo tác động tới doanh nghiệp; Luật Đất đai tác động trực tiếp đến giá; Luật "
     "Thỏa thuận quốc tế tạo cơ sở cho ...; Luật Dân số đề xuất hỗ trợ; Luật Khoa học, công nghệ "
     "và đổi mới sáng tạo điều kiện ...; theo Điều 20 Luật Trọng tài thương mại đề nghị thành lập",
     ["Luật Quảng cáo", "Luật Đất đai", "Luật Thỏa thuận quốc tế", "Luật Dân số",
      "Luật Khoa học, công nghệ và đổi mới sáng tạo", "Luật Trọng tài thương mại"]),
    # ... and "liên quan" (related to), but for the ordinance that holds it
    ("của Luật Chuyển giao công nghệ liên quan đến Danh mục công nghệ; Pháp lệnh Bảo vệ công "
     "trình quan trọng liên quan đến an ninh quốc gia",
     ["Luật Chuyển giao công nghệ",
      "Pháp lệnh Bảo vệ công trình quan trọng liên quan đến an ninh quốc gia"]),
    # ... and "thực hiện" (carried out) past a name's first word, but for the ordinances on
    # agreements that hold it
    ("thay thế Pháp lệnh Ký kết và thực hiện thoả thuận quốc tế năm 2007; Luật Đầu tư thực hiện",
     ["Pháp lệnh Ký kết và thực hiện thoả thuận quốc tế", "Luật Đầu tư"]),
    # ... and "quy định" (lays down) opening the ordinance of 1994 on the honour of heroic
    # mothers (no name, where a decree that guides it had guided nothing)
    ("Nghị định số 56/2013/NĐ-CP quy định chi tiết và hướng dẫn thi hành Pháp lệnh quy định "
     "danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”; Luật Đất đai quy định",
     ["Pháp lệnh quy định danh hiệu vinh dự Nhà nước", "Luật Đất đai"]),
    # ... and at a province's name, also after "TP" (no law is a province's): a portal's
    # "Luật Quy hoạch Vĩnh Phúc"
    ("bãi bỏ quy hoạch theo quy định tại Luật Quy hoạch Vĩnh Phúc và được áp dụng; Luật Đầu "
     "tư TP. Hồ Chí Minh; Luật Lâm nghiệp Lâm Đồng; Luật Biển Việt Nam",
     ["Luật Quy hoạch", "Luật Đầu tư", "Luật Lâm nghiệp", "Luật Biển Việt Nam"]),
    # ... and at "công bố" (promulgated), "ban hành" (issued) past the first word
    ("Căn cứ Luật đất đai công bố ngày 08 tháng 01 năm 1988.", ["Luật đất đai"]),
    ("Luật BHYT ban hành năm 2008; theo Luật ban hành văn bản quy phạm pháp luật",
     ["Luật bảo hiểm y tế", "Luật ban hành văn bản quy phạm pháp luật"]),
    # "theo Luật định" (as the law prescribes), a portal's record of a law's type, and a head
    # at a line's end that a blank line parts from the words under it, name no law
    ("đăng ký đúng theo Luật định, đạt 100%", []),
    ("Loại văn bản Luật\nNgười ký Trần Thanh Mẫn\nLoại văn bản: Luật\n    Nơi ban hành: Quốc hội",
     []),
    ("Quan điểm, mục đích xây dựng Luật\n\n \n\nĐức Cường (Phòng Cảnh sát PCCC)", []),
    ("thống nhất với Luật Phòng, chống ma túy sát với thực tiễn", ["Luật Phòng, chống ma túy"]),
    ("thực hiện Luật Thực hiện dân chủ ở cơ sở căn cứ tình hình thực tế",
     ["Luật Thực hiện dân chủ ở cơ sở"]),  # "căn cứ" (based on)
    ("trên cơ sở Luật Bảo vệ môi trường tỉnh đang chỉ đạo; Luật Đất đai huyện đã",
     ["Luật Bảo vệ môi trường", "Luật Đất đai"]),  # no law is a province's or a district's
    # ... nor holds a conjunction: "mà", "nếu", "nhưng", "còn", "bằng", "trừ" (except)
    ("Luật Đất đai mà không; Luật Đất đai nếu thuộc; Luật Quản lý thuế trừ cá nhân",
     ["Luật Đất đai", "Luật Đất đai", "Luật Quản lý thuế"]),
    # ... nor "gồm" (includes); an ordinance without "ưu đãi" goes on past "có"
    ("Pháp lệnh người có công với cách mạng và Pháp lệnh Bà mẹ Việt Nam anh hùng gồm: Chi",
     ["Pháp lệnh người có công với cách mạng", "Pháp lệnh Bà mẹ Việt Nam anh hùng"]),
    # laws of 2015 to 2025 that hold a comma, "đang" or "về" (each was cut short there)
    ("Luật Phục hồi, phá sản; Luật Khoa học, công nghệ và đổi mới sáng tạo; Luật Thi hành tạm "
     "giữ, tạm giam; Luật Chuyển giao người đang chấp hành án phạt tù",
     ["Luật Phục hồi, phá sản", "Luật Khoa học, công nghệ và đổi mới sáng tạo",
      "Luật Thi hành tạm giữ, tạm giam", "Luật Chuyển giao người đang chấp hành án phạt tù"]),
    # ... and of 2008, "Luật Trưng mua, trưng dụng tài sản" (it was cut at the comma)
    ("được sửa đổi, bổ sung bởi: 1. Luật Trưng mua, trưng dụng tài sản số 15/2008/QH12",
     ["Luật Trưng mua, trưng dụng tài sản"]),
    # ... also with its commas left out (it was cut at "vào")
    ("theo Luật Quản lý sử dụng vốn nhà nước đầu tư vào sản xuất kinh doanh tại doanh nghiệp",
     ["Luật Quản lý sử dụng vốn nhà nước đầu tư vào sản xuất kinh doanh tại doanh nghiệp"]),
    # ... and those longer than a name is read (they were cut at the tenth word)
    ("Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
     ["Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài"]),
    # a lawyer, a jurist: no law ("Luật Luật sư" is one)
    ("Đoàn Luật sư tỉnh; Hội Luật gia; Luật Luật sư; Luật Giá", ["Luật Luật sư", "Luật Giá"]),
    # ... but "Luật" typed twice is one head, also in an amending law's name
    ("theo Luật Luật Địa chất và khoáng sản; Luật sửa đổi, bổ sung một số điều của Luật Luật "
     "hoạt động giám sát của Quốc hội và Hội đồng nhân dân; Luật sửa đổi Luật Luật sư",
     ["Luật Địa chất và khoáng sản", "Luật sửa đổi, bổ sung một số điều của Luật hoạt động giám "
      "sát của Quốc hội và Hội đồng nhân dân", "Luật hoạt động giám sát của Quốc hội và Hội đồng "
      "nhân dân", "Luật sửa đổi Luật Luật sư", "Luật Luật sư"]),
    # ... whatever the name's first word starts with ("Giao" as "gia" had kept the head twice,
    # and the amending law was lost)
    ("Luật sửa đổi, bổ sung một số điều của Luật Luật Giao thông đường bộ",
     ["Luật sửa đổi, bổ sung một số điều của Luật Giao thông đường bộ",
      "Luật Giao thông đường bộ"]),
    # ... also in capitals, or with a capital before a lawyer's name
    ("TỔ CHỨC LUẬT SƯ NƯỚC NGOÀI; LUẬT LUẬT SƯ; Luật Sư Tô Đình Huy", ["LUẬT LUẬT SƯ"]),
    # ... and the law at large, "luật pháp", but not after another head
    ("Luật pháp và hiến ghép mô; Pháp lệnh pháp điển hệ thống quy phạm pháp luật",
     ["Pháp lệnh pháp điển hệ thống quy phạm pháp luật"]),
    # "chính thức" (officially), "sớm" (soon), "chính xác" (accurately) after "Luật" or a name:
    # no name's words
    ("Luật chính thức có hiệu lực; Luật Căn cước chính thức có hiệu lực; đưa Luật sớm đi vào "
     "cuộc sống; bảo đảm việc thi hành Luật chính xác, thống nhất", ["Luật Căn cước"]),
    # ... nor "chính là" (is precisely), "không chỉ" (not only), "ra đời" (was born), "bắt đầu"
    # (starts), "mở rộng" (widens), "nghiêm cấm" (forbids), "ghi nhận" (records), "làm rõ"
    ("Luật Thanh niên chính là chìa khóa; Luật không chỉ thay thế; Luật Dược ra đời; Luật Dược "
     "bắt đầu có hiệu lực; Luật Căn cước mở rộng đối tượng; Luật Dân số nghiêm cấm lựa chọn; "
     "Hiến pháp đầu tiên ghi nhận; Luật Thủ đô làm rõ; 4 Luật thể hiện rõ mối quan hệ",
     ["Luật Thanh niên", "Luật Dược", "Luật Dược", "Luật Căn cước", "Luật Dân số",
      "Hiến pháp", "Luật Thủ đô"]),
    # ... nor "đầu tiên" (the first), a law of the year after it
    ("ngay từ Luật Đất đai đầu tiên năm 1987 đã quy định", ["Luật Đất đai"]),
    # ... nor "cùng" (with)
    ("Luật Di sản văn hóa cùng các văn bản hướng dẫn; Hiến pháp cùng các luật",
     ["Luật Di sản văn hóa", "Hiến pháp"]),
    # ... nor "cũ" (old), "kèm" (attached), "tháng" (a month)
    ("theo Luật cũ; Luật Đê điều trình Quốc hội kèm theo; Luật Nghĩa vụ quân sự tháng 6/2015",
     ["Luật Đê điều", "Luật Nghĩa vụ quân sự"]),  # (nor "trình Quốc hội", submitted to)
    # ... nor a news item's words after the law, its subject: "nên", "xin", "đều", "kể từ",
    # "đặt ra", "hiện nay", "xác định", "thể chế hóa", "mang lại", "chủ yếu", "xuất hiện",
    # "thông qua", "giải thích", "mang số hiệu"
    ("Luật Xử lý vi phạm hành chính nên UBND; Luật Đất đai xin; Bộ luật Dân sự đều không; "
     "Luật Quy hoạch kể từ; Luật Tài nguyên nước đặt ra; Luật Dược hiện nay; Luật An ninh mạng "
     "thể chế hóa; Luật Trí tuệ nhân tạo xác định; Luật mang lại; Luật chủ yếu; Luật xuất hiện; "
     "Dự án Luật thông qua vào kỳ họp sau; Luật Quốc tịch giải thích; Luật Kinh doanh bảo hiểm "
     "mang số hiệu",
     ["Luật Xử lý vi phạm hành chính", "Luật Đất đai", "Bộ luật Dân sự", "Luật Quy hoạch",
      "Luật Tài nguyên nước", "Luật Dược", "Luật An ninh mạng", "Luật Trí tuệ nhân tạo",
      "Luật Quốc tịch", "Luật Kinh doanh bảo hiểm"]),
    # ... nor "vừa" (has just), but in "doanh nghiệp nhỏ và vừa"
    ("Luật BHYT vừa được thông qua; Luật Hỗ trợ doanh nghiệp nhỏ và vừa",
     ["Luật bảo hiểm y tế", "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"]),
    # ... nor "góp phần" (contributes to)
    ("Việc triển khai Luật thực hiện quy chế dân chủ cơ sở góp phần làm cho",
     ["Luật thực hiện quy chế dân chủ cơ sở"]),
    # ... nor "đi (sâu) vào" (goes deep into), but "đi làm việc" (go to work); nor "đảm bảo"
    ("bảo đảm Luật Lưu trữ đi vào cuộc sống; Luật Người lao động Việt Nam đi làm việc ở nước "
     "ngoài theo hợp đồng", ["Luật Lưu trữ", "Luật Người lao động Việt Nam đi làm việc ở nước "
                             "ngoài theo hợp đồng"]),
    ("đưa Luật Biên phòng Việt Nam đi sâu vào cuộc sống; triển khai Luật Tiếp cận thông tin đảm "
     "bảo đúng tiến độ; áp dụng Luật cạnh tranh một cách đồng bộ",
     ["Luật Biên phòng Việt Nam", "Luật Tiếp cận thông tin", "Luật cạnh tranh"]),  # (in a way)
    ("mong muốn có một Luật Du lịch hoàn chỉnh, là cơ sở pháp lý", ["Luật Du lịch"]),  # complete
    # ... nor "nước ta" (of our country), "qua các thời kỳ" (through the periods), "cơ bản đủ"
    # (by and large ready), but "xây dựng cơ bản" (capital construction)
    ("Luật Tố tụng hình sự nước ta hiện nay; Bộ luật Hình sự Việt Nam qua các thời kỳ; Luật "
     "Phòng, chống tham nhũng qua 10 năm thi hành; dự án "
     "Luật An ninh mạng cơ bản đủ điều kiện; Luật sửa đổi, bổ sung một số điều của các Luật "
     "liên quan đến đầu tư xây dựng cơ bản", ["Luật Tố tụng hình sự", "Bộ luật Hình sự Việt Nam",
                                            "Luật Phòng, chống tham nhũng",
                                            "Luật An ninh mạng", "Luật sửa đổi, bổ sung một số "
                                            "điều của các Luật liên quan đến đầu tư xây dựng cơ "
                                            "bản"]),
    # a law after the Constitution and a comma or semicolon: "pháp" ends "Hiến pháp", it makes
    # no "pháp luật" (the law at large) with "Luật" (the laws after it had been lost)
    ("theo Hiến pháp; Luật Đất đai; Hiến pháp, Luật Tiếp công dân; vi phạm pháp luật, kỷ luật",
     ["Hiến pháp", "Luật Đất đai", "Hiến pháp", "Luật Tiếp công dân"]),
    # ... nor "phù hợp" (in line with), "dành" (for), "so với" (compared with)
    ("Bộ luật Hình sự phù hợp với thực tiễn; Luật dân sự dành cho người học",
     ["Bộ luật Hình sự", "Luật dân sự"]),
    ("quy định mới tại Luật Căn cước so với Luật CCCD", ["Luật Căn cước", "Luật căn cước công dân"]),
    # ... nor "đó" (that): no name of its own
    ("08 từ ngữ được kế thừa từ Pháp lệnh đó là; Luật Đất đai đó là", ["Luật Đất đai"]),
    # ... nor a fact box's "Phạm vi" (scope) label on the next line
    ("Luật An ninh mạng Việt Nam\nPhạm vi áp dụng: Toàn lãnh thổ Việt Nam",
     ["Luật An ninh mạng Việt Nam"]),
    # ... nor "vẫn" (still), "dưới sự" (under the lead of)
    ("Bộ Luật vẫn còn nhiều điều; dự án Luật sửa đổi, bổ sung một số điều của Bộ luật Hàng hải "
     "Việt Nam dưới sự chủ trì của", ["Luật sửa đổi, bổ sung một số điều của Bộ luật Hàng hải "
                                      "Việt Nam", "Bộ luật Hàng hải Việt Nam"]),
    # ... nor a time of day before a date, but "sáng tạo" (creative)
    ("Quốc hội thông qua Luật Quốc tịch Việt Nam sáng 24/6; Luật Hoạt động chữ thập đỏ chiều "
     "nay; Luật Khoa học, công nghệ và đổi mới sáng tạo",
     ["Luật Quốc tịch Việt Nam", "Luật Hoạt động chữ thập đỏ",
      "Luật Khoa học, công nghệ và đổi mới sáng tạo"]),
    ("Quốc hội vừa thông qua Luật Bảo vệ bí mật Nhà nước hôm 15/11", ["Luật Bảo vệ bí mật Nhà "
                                                                      "nước"]),  # (the day)
    # ... nor the addressee's line after a report's title (To: the Government)
    ("Báo cáo Tổng kết thi hành Pháp lệnh Thư viện Kính gửi: Chính phủ", ["Pháp lệnh Thư viện"]),
    # a page's counter or day line under a headline is no part of its name
    ("ban hành Kế hoạch triển khai thi hành Luật Thực hiện dân chủ ở cơ sở\nLượt xem: 745\n"
     "thực hiện Pháp lệnh dân chủ ở cơ sở\nThứ ba, 18 Tháng 8 2015 16:06",
     ["Luật Thực hiện dân chủ ở cơ sở", "Pháp lệnh dân chủ ở cơ sở"]),
    ("Triển khai thi hành Luật Tiếp cận thông tin\nThứ 4, ngày 30/05/2018 | 09:10 AM",
     ["Luật Tiếp cận thông tin"]),  # (its weekday in digits)
    # ... nor a news item's first paragraph, opening on a time of day, or a section heading
    ("Công bố Luật Nhà giáo\nSáng 11/7, Văn phòng Chủ tịch nước họp báo; hướng dẫn Luật hộ "
     "tịch\nMục 1. ĐĂNG KÝ KHAI SINH", ["Luật Nhà giáo", "Luật hộ tịch"]),
    # ... nor a preamble's first clause run into a title's line
    ("hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ Căn cứ Luật tổ chức Chính "
     "phủ ngày 19 tháng 6 năm 2015", ["Luật Chuyển giao công nghệ", "Luật tổ chức Chính phủ"]),
    # ... nor the next line's "Tiếp tục" (goes on)
    ("cho ý kiến về Luật Tổ chức VKSND\nTiếp tục chương trình Phiên họp thứ 44",
     ["Luật Tổ chức Viện kiểm sát nhân dân"]),
    # ... nor a news item's verbs after a law: focuses on, affirms, unifies, assigns, requires
    ("Luật Nhà giáo tập trung vào 5 chính sách; Luật Nhà giáo khẳng định vị thế; Luật thống "
     "nhất giao thẩm quyền cho ngành; Luật giao thẩm quyền cho Bộ trưởng; Luật Chuyển giao công "
     "nghệ; Luật yêu cầu quản lý toàn vòng đời hệ thống AI",
     ["Luật Nhà giáo", "Luật Nhà giáo", "Luật Chuyển giao công nghệ"]),
    # ... nor "chỉ" (only), "thời gian qua" (recently)
    ("Luật chỉ đưa ra khung pháp lý rộng; thực hiện Pháp lệnh Bảo vệ bí mật Nhà nước thời gian "
     "qua", ["Pháp lệnh Bảo vệ bí mật Nhà nước"]),
    # ... nor a news item's "không" (not), "khá" (fairly), "đưa ra" (puts forward), "khuyến
    # khích" (encourages), "nói trên" (above), "quan trọng" (important), "ra" (out to), "chuẩn
    # bị" (prepares), "lớn" (big); a name ends before "ưu tiên", "xuất phát", "giai đoạn", "phạm vi" and
    # "phiên bản"
    ("Luật không bao gồm nước biển; đưa vào Luật khá chi tiết; Luật đưa ra các nguyên tắc; Luật "
     "khuyến khích đầu tư; Dự án Luật nói trên; đạo Luật quan trọng; Luật chuẩn bị soạn thảo; "
     "Đây là dự án Luật lớn, có nhiều chính sách; "
     "Luật Tài nguyên nước ưu tiên hồi sinh; Luật Phòng thủ dân sự xuất phát từ; Luật Biên phòng "
     "Việt Nam giai đoạn 2021-2025; Luật Quy hoạch đô thị phạm vi quy hoạch; Luật Dược phiên bản "
     "mới; Luật Xử lý vi phạm hành chính",
     ["Luật Tài nguyên nước", "Luật Phòng thủ dân sự", "Luật Biên phòng Việt Nam",
      "Luật Quy hoạch đô thị", "Luật Dược", "Luật Xử lý vi phạm hành chính"]),
    # ... nor "kế thừa" (inherits), "đổi thành" (renamed), "bắt kịp" (catches up), "không cấm"
    # (does not forbid), "thực hiện" (carried out) past a name's first word
    ("Luật kế thừa nhưng sửa đổi; Luật Căn cước công dân đổi thành Luật Căn cước; để Luật Di sản "
     "văn hóa bắt kịp; mà Luật đầu tư không cấm; dự án Luật Đầu tư thực hiện tại khu công nghiệp;"
     " Luật thực hiện dân chủ ở cơ sở; Luật Phòng không nhân dân",
     ["Luật Căn cước công dân", "Luật Căn cước", "Luật Di sản văn hóa", "Luật đầu tư",
      "Luật Đầu tư", "Luật thực hiện dân chủ ở cơ sở", "Luật Phòng không nhân dân"]),
    # ... nor "rất" (very), "tới" (to), "trở thành" (becomes), "giao" and the body it assigns to
    ("dự án Luật rất khó; đưa Luật tới đời sống xã hội; xây dựng Luật Nhà giáo trở thành yêu "
     "cầu; Luật giao Bộ Tài nguyên và Môi trường khoanh định", ["Luật Nhà giáo"]),
    # ... nor a page's link under it, "Xem chi tiết" (see details)
    ("Luật xử lý vi phạm hành chính\n Xem chi tiết: Tại đây", ["Luật xử lý vi phạm hành chính"]),
    ("thi hành Luật bao gồm: hướng dẫn; góp phần đưa Luật vào cuộc sống", []),  # "the Law"
    ("và kết nối cộng đồng Dân Luật Việt Nam", []),  # "dân luật", civil law
    ("Kính gửi: Công ty Luật TNHH Justiva Law; © Công Ty Luật TNHH Sao Việt", []),  # law firms
    ("theo Từ điển Luật học Black; Tạp chí Luật học", []),  # jurisprudence
    # "luật hóa" (to enact as law), but "Luật Hóa chất" (chemicals) is a law
    ("Chính thức Luật hóa đặt cược thể thao; theo Luật Hoá chất", ["Luật Hoá chất"]),
    # "luật lệ" (rules, a library's subject heading), but a fee is a law's: "Luật Lệ phí ..."
    ("Việt Nam (CHXHCN). Luật lệ và sắc lệnh. (2020); theo Luật Lệ phí",
     ["Luật Lệ phí"]),
    # an international convention's subject, no law of the State's; "công ước" ends a name
    ("thành viên Công ước của Liên Hợp Quốc về Luật Biển năm 1982; tương thích Luật biển Việt "
     "Nam công ước Luật biển 1982; Công ước Liên hợp quốc (LHQ) về Luật Biển; công ước Liên Hiệp "
     "Quốc về Luật biển năm 1982", ["Luật biển Việt Nam"]),
    # a portal's record of the type: "Loại văn bản", "Hình thức văn bản", "Luật - Pháp lệnh"
    ("Loại văn bản Luật - Pháp lệnh\nNgười ký Nguyễn Thị Kim Ngân\nHình thức văn bản Luật\nFile "
     "đính kèm", []),
    # ... and one writing a portal's article under its brand, as no law presents or sends
    ("Trong bài viết này, Luật Hoàng Anh sẽ trình bày các nội dung; Luật Trần và Liên Danh xin "
     "gửi đến quý bạn đọc; Luật Đất đai sẽ có hiệu lực", ["Luật Đất đai"]),
    # ... and its brand elsewhere in that text, before or after ("xin được", ", chúng tôi sẽ")
    ("Đây là bài phân tích của Luật Dương Gia về mức phạt. Luật Dương Gia xin được chia sẻ mẫu; "
     "Luật Quang Huy luôn mong muốn tư vấn. Bài viết của Luật Quang Huy, chúng tôi sẽ giải đáp "
     "theo Luật Đất đai", ["Luật Đất đai"]),
    ("Văn Phòng Luật LVN\nTrang chủ - Hỏi đáp; Hãng Luật Việt xin gửi", []),  # law offices
    # a record's number under the name ("Số/ký hiệu", it had been "Luật Cư trú Số")
    ("Trích yếu Luật Cư trú\nSố/ký hiệu 68/2020/QH14", ["Luật Cư trú"]),
    # ... nor a draft's own number line, left blank ("Luật số" had been a law), nor a stop after
    # "số" before the number
    ("QUỐC HỘI\nLuật số: /2020/QH14 DỰ THẢO\nLuật số: …../2025/QH15\nLuật số:     /2016/QH13\n"
     "Luật Viễn thông số. 24/2023/QH15; Luật Chuyển đổi số...", ["Luật Viễn thông",
                                                                "Luật Chuyển đổi số"]),
    # ... nor before a year alone: "số" is the name's (population) there
    ("Điều 10 của Pháp lệnh Dân số 2003 đã được sửa đổi", ["Pháp lệnh Dân số"]),
    # law as a field of study: a university, a faculty, a degree, a thesis's major
    ("TRƯỜNG ĐẠI HỌC LUẬT TP HỒ CHÍ MINH; Khoa Luật Quốc tế; Thạc sĩ Luật học", []),
    ("CHUYÊN NGÀNH LUẬT THƯƠNG MẠI TP HỒ CHÍ MINH – NĂM 2021; Chuyên ngành: Luật kinh tế; "
     "Ngành: Luật Dân sự", []),
    # a comma inside a name in an upper-case title too (it was "LUẬT PHÒNG")
    ("THỰC HIỆN LUẬT PHÒNG, CHỐNG THAM NHŨNG\nCăn cứ", ["LUẬT PHÒNG, CHỐNG THAM NHŨNG"]),
    # ... and a phrase that ends a name ends one there too: "BAN HÀNH KÈM THEO" (issued with),
    # "ĐỐI VỚI" (as for)
    ("THEO QUY ĐỊNH CỦA LUẬT NGÂN SÁCH NHÀ NƯỚC BAN HÀNH KÈM THEO NGHỊ QUYẾT; CÁC QUY ĐỊNH CỦA BỘ "
     "LUẬT HÌNH SỰ ĐỐI VỚI CÁC TỘI PHẠM", ["LUẬT NGÂN SÁCH NHÀ NƯỚC", "BỘ LUẬT HÌNH SỰ"]),
    # ... or a minister, the authority over a circular's preamble, run onto the title's line
    ("THÔNG TƯ HƯỚNG DẪN MỘT SỐ ĐIỀU CỦA LUẬT DÂN QUÂN TỰ VỆ  BỘ TRƯỞNG BỘ QUỐC PHÒNG  Căn cứ",
     ["LUẬT DÂN QUÂN TỰ VỆ"]),
    # a headline with another law's name under it is no part of it
    ("Luật Phòng, chống bạo lực gia đình\nLuật Phòng, chống bạo lực gia đình (BLGĐ) có hiệu lực",
     ["Luật Phòng, chống bạo lực gia đình", "Luật Phòng, chống bạo lực gia đình"]),
    # ... nor a photo's caption under a headline, its credit after the sentence
    ("Thông tin\n\nChính phủ chỉ đạo thi hành Luật Bảo vệ quyền lợi người tiêu dùng\nQuyền lợi "
     "của người tiêu dùng được quan tâm. Ảnh: Hải Anh\n",
     ["Luật Bảo vệ quyền lợi người tiêu dùng"]),
    # ... nor a headline's first sentence under it; a clause's line wraps a name
    ("Triển khai thi hành Luật Lực lượng dự bị động viên\nThủ tướng Chính phủ đã ký Quyết định "
     "số 201/QĐ-TTg.\n\nCăn cứ Luật Tổ chức\nChính phủ ngày 19 tháng 6 năm 2015.",
     ["Luật Lực lượng dự bị động viên", "Luật Tổ chức Chính phủ"]),
    # a portal's record on the next line is no part of a name
    ("Điều 300 của Bộ luật Hình sự\nCơ quan ban hành: Hội đồng Thẩm phán", ["Bộ luật Hình sự"]),
    # ... nor the authority under an upper-case title
    ("TRONG TỔ CHỨC THI HÀNH LUẬT ĐẤT ĐAI\nQUỐC HỘI\nCăn cứ Hiến pháp", ["LUẬT ĐẤT ĐAI", "Hiến pháp"]),
    # a heading under a title in lower case is no part of its name
    ("một số điều của Luật ban hành văn bản quy phạm pháp luật\nCHÍNH PHỦ\nCăn cứ",
     ["Luật ban hành văn bản quy phạm pháp luật"]),
    # a portal's assistants answering a question: "Trợ Lý Luật", "Thư Ký Luật"
    ("thì Trợ Lý Luật đưa ra câu trả lời như sau; Thư ký Luật nhận thấy rằng", []),
    ("V/v hướng dẫn một số quy định tại Điều 22 Luật BHYT\nHà Nội, ngày 27 tháng 01 năm 2021",
     ["Luật bảo hiểm y tế"]),
    ("theo Luật Bầu cử ĐBQH và đại biểu HĐND", ["Luật Bầu cử đại biểu Quốc hội và đại biểu Hội "
                                                "đồng nhân dân"]),  # was "Luật Bầu cử ĐBQH"
    ("thực hiện Luật PBGDPL; Luật Hỗ trợ DNNVV", ["Luật phổ biến, giáo dục pháp luật",
                                                "Luật Hỗ trợ doanh nghiệp nhỏ và vừa"]),
    ("áp dụng Điều 162 Luật DN 2014; cấp CCHN theo Luật KBCB; thanh tra theo Luật QLT",
     ["Luật doanh nghiệp", "Luật khám bệnh, chữa bệnh", "Luật quản lý thuế"]),
    ("Triển khai Luật ban hành VBQPPL năm 2025", ["Luật ban hành văn bản quy phạm pháp luật"]),
    # the Law waits, helps: verbs ("... hướng dẫn Luật chờ đợi", "của Luật giúp cho ...")
    ("Nghị định hướng dẫn Luật chờ đợi quy định; nội dung của Luật giúp cho đại biểu; Luật nhấn "
     "mạnh vai trò; phổ biến Luật rộng rãi; Luật đảm bảo rằng", []),
    # a law in particular, in general
    ("biển, đảo nói chung, Luật Cảnh sát biển Việt Nam nói riêng; Luật Biển nói chung",
     ["Luật Cảnh sát biển Việt Nam", "Luật Biển"]),
    # ... compared with, in step, deals with, wholly; a law firm's "đơn vị Luật uy tín"
    ("điểm mới của Luật so với Pháp lệnh Thư viện; bảo đảm thi hành Luật đồng bộ, thống nhất; "
     "bộ Luật đề cập đến phạm vi; Luật hoàn toàn phù hợp; là đơn vị Luật uy tín; nội dung của "
     "Luật điều chỉnh việc xây dựng; Dự án Luật công phu, nghiêm túc",
     ["Pháp lệnh Thư viện"]),
    # "the Law assigns" is no law "Luật giao" ("Luật Giao thông đường bộ" is one)
    ("Thực hiện các nội dung Luật giao, Chính phủ ban hành; Luật Giao thông đường bộ.",
     ["Luật Giao thông đường bộ"]),
    ("theo Luật Tổ chức TAND; Luật Tổ chức VKSND", ["Luật Tổ chức Tòa án nhân dân",
                                                   "Luật Tổ chức Viện kiểm sát nhân dân"]),
    # "QH" (Quốc hội) too; and a name of the table that spells out its abbreviations as it
    # goes, in brackets (it was read as "... của Quốc hội", the law of 2003, which the table
    # now holds: "Luật hoạt động giám sát của Quốc hội số 05/2003/QH11" had lost its number)
    ("Luật Tổ chức QH năm 2014; Luật Hoạt động giám sát của Quốc hội (QH) và Hội đồng nhân dân "
     "(HĐND) năm 2025; Luật Phòng cháy, chữa cháy (PCCC) và cứu nạn, cứu hộ năm 2024; Luật hoạt "
     "động giám sát của Quốc hội số 05/2003/QH11",
     ["Luật Tổ chức Quốc hội", "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
      "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
      "Luật hoạt động giám sát của Quốc hội"]),
    # whole names shortened, also one of the table's, "PCCC và CNCH" (it was "Luật PCCC")
    ("theo Luật PCCC và CNCH; Luật PCTN; Luật CBCC; Luật GD đại học; Luật PPP",
     ["Luật phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật phòng, chống tham nhũng",
      "Luật cán bộ, công chức", "Luật giáo dục đại học",
      "Luật đầu tư theo phương thức đối tác công tư"]),
    ("theo Luật Xử lý VPHC; Luật Thuế TTĐB; Pháp lệnh CCB",
     ["Luật Xử lý vi phạm hành chính", "Luật Thuế tiêu thụ đặc biệt", "Pháp lệnh Cựu chiến binh"]),
    ("triển khai Luật Trật tự, ATGT đường bộ, Sở đã",  # was "Luật Trật tự"
     ["Luật Trật tự, an toàn giao thông đường bộ"]),
    ("theo Luật ATTT mạng; Luật SHTT; Luật CNTT; Luật KHCN",
     ["Luật an toàn thông tin mạng", "Luật sở hữu trí tuệ", "Luật công nghệ thông tin",
      "Luật khoa học và công nghệ"]),
    ("Luật PCMT; Luật PCRT; Điều 102 Luật THADS; Luật PCTHTL; Luật bảo vệ BMNN; Luật Lực lượng "
     "DBĐV; Luật BPVN", ["Luật phòng, chống ma túy", "Luật phòng, chống rửa tiền",
                        "Luật thi hành án dân sự", "Luật phòng, chống tác hại của thuốc lá",
                        "Luật bảo vệ bí mật nhà nước", "Luật Lực lượng dự bị động viên",
                        "Luật Biên phòng Việt Nam"]),
    # ... also whose parts a comma or "&" joins: one abbreviation, or two of the table's (they
    # had ended the name: "Luật TD", "Luật Tổ chức HĐND", "Luật PCCC")
    ("theo Luật TD,TT; Luật Tổ chức HĐND&UBND; Luật PCCC&CNCH; Luật TC&QCKT.",
     ["Luật thể dục, thể thao", "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
      "Luật phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Luật TCQCKT"]),
    ("LUẬT TỔ CHỨC HĐND&UBND", ["LUẬT TỔ CHỨC HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN"]),
    # "nghiêm túc" (strictly), "sâu rộng" (widely), "dưới" (under) follow a name; "KTTV" is khí
    # tượng thủy văn
    ("triển khai Luật Khí tượng thủy văn nghiêm túc; Luật KTTV sâu rộng; Luật Thi hành án dân sự "
     "dưới góc nhìn", ["Luật Khí tượng thủy văn", "Luật khí tượng thủy văn",
                        "Luật Thi hành án dân sự"]),
    # what is fought goes on past "các", which the name drops ("chống" ended it)
    ("theo Luật phòng, chống các bệnh truyền nhiễm", ["Luật phòng, chống bệnh truyền nhiễm"]),
    # ... and past a stray mark after "chống" (the names had been "Luật Phòng, chống")
    ("theo Luật Phòng, chống .bạo lực gia đình; Luật phòng chống, tham nhũng",
     ["Luật Phòng, chống .bạo lực gia đình", "Luật phòng chống, tham nhũng"]),
    # a preamble's next clause ends a name at its line's end, though it starts in capitals
    ("quy định chi tiết Luật Giao thông đường thủy nội địa \nCăn cứ Luật Tổ chức Chính phủ;",
     ["Luật Giao thông đường thủy nội địa", "Luật Tổ chức Chính phủ"]),
    # "the draft Law" and a verb name no law; a draft's name is in capitals, or an amending law's
    ("Dự thảo Luật trình Quốc hội không quy định; dự thảo Luật kế thừa quy định của Luật hiện "
     "hành; dự thảo Luật Thuế thu nhập cá nhân; dự thảo Luật sửa đổi Luật Điện ảnh",
     ["Luật Thuế thu nhập cá nhân", "Luật sửa đổi Luật Điện ảnh", "Luật Điện ảnh"]),
    ("Căn cứ Luật Tổ chức\nChính phủ, ngày 19/6/2015", ["Luật Tổ chức Chính phủ"]),  # a wrap
    # a comma inside a name before "sử dụng" after "Quản lý", as before "chống"; and the table's
    ("Luật quản lý, sử dụng vốn nhà nước đầu tư và sản xuất; Luật Đất đai, sử dụng; Luật Quản lý,"
     " sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
     ["Luật quản lý, sử dụng vốn nhà nước đầu tư", "Luật Đất đai",
      "Luật Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp"]),
    ("Điều 2 Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp và",
     ["Luật Quản lý và đầu tư vốn nhà nước tại doanh nghiệp"]),
    ("Luật Bảo đảm trật tự, an toàn giao thông đường bộ",  # "Bảo đảm" opening a name
     ["Luật Bảo đảm trật tự, an toàn giao thông đường bộ"]),
    ("Pháp lệnh ưu đãi người có công năm 2013", ["Pháp lệnh ưu đãi người có công"]),  # short
    ("Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13",
     ["Luật Ban hành văn bản quy phạm pháp luật"]),
    ("Luật Phòng, chống tham nhũng năm 2018", ["Luật Phòng, chống tham nhũng"]),
    # the last comma before the law's number, with no other document named between
    ("Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến\nan ninh, trật tự số "
     "118/2025/QH15", ["Luật sửa đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, "
                       "trật tự"]),
    ("Luật Tiếp công dân, Luật Tố cáo số 25/2018/QH14", ["Luật Tiếp công dân", "Luật Tố cáo"]),
    ("chính sách, pháp luật của Nhà nước; kỷ luật, kỷ cương", []),
    ("Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Đầu tư năm 2024",
     ["Luật sửa đổi, bổ sung một số điều của Luật Đất đai, Luật Nhà ở và Luật Đầu tư",
      "Luật Đất đai", "Luật Nhà ở", "Luật Đầu tư"]),
    ("các Luật sửa đổi, bổ sung năm 2024", []),  # names no law
    # ... also when "liên quan" is broken over a justified line and its indent
    ("Luật sửa đổi, bổ sung một số điều của các Luật liên\n        quan đến đầu tư xây dựng cơ bản "
     "ngày 19/6/2009", ["Luật sửa đổi, bổ sung một số điều của các Luật liên quan đến đầu tư xây "
                        "dựng cơ bản"]),
    ("TRIỂN KHAI THI HÀNH LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ TRÊN ĐỊA BÀN TỈNH",  # a title
     ["LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ"]),
    ("Luật Cán bộ, công chức và Luật Viên chức; Luật Hôn nhân và gia đình năm 2014",
     ["Luật Cán bộ, công chức", "Luật Viên chức", "Luật Hôn nhân và gia đình"]),
    ("Pháp lệnh Ưu đãi người có công với cách mạng năm 2020; Luật Đầu tư theo phương thức đối "
     "tác công tư", ["Pháp lệnh Ưu đãi người có công với cách mạng",
                     "Luật Đầu tư theo phương thức đối tác công tư"]),
    ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;",
     ["Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]),
    ("theo Hiến pháp năm 2013 và Hiến pháp, pháp luật", ["Hiến pháp", "Hiến pháp"]),
    ("Luật Các tổ chức tín dụng năm 2010; Luật Phòng, chống tác hại của thuốc lá",
     ["Luật Các tổ chức tín dụng", "Luật Phòng, chống tác hại của thuốc lá"]),
    ("Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003",
     ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]),
    ("Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn ngày 20 tháng 4 năm 2007",
     ["Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn"]),
    # ... also with a comma where the name says "và", written back as "và" so that both
    # spellings name one law; and "và" inside an ordinance's name
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân, Uỷ ban nhân dân ngày 26 tháng 11 năm 2003;",
     ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]),
    ("LUẬT TỔ CHỨC HĐND, UBND", ["LUẬT TỔ CHỨC HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN"]),
    # ... and "và" where the name has a comma (the first was cut at "của": the law of 2008)
    ("Căn cứ Luật ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân;",
     ["Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân"]),
    ("Căn cứ Luật Quản lý và sử dụng tài sản công;", ["Luật Quản lý, sử dụng tài sản công"]),
    # ... or with "và" left out (it was another node than the name with "và"), and another wording
    # of a table's name, written as the table's
    ("Căn cứ Luật Phòng cháy chữa cháy năm 2001; LUẬT HÔN NHÂN GIA ĐÌNH",
     ["Luật Phòng cháy và chữa cháy", "LUẬT HÔN NHÂN VÀ GIA ĐÌNH"]),
    ("Luật Hỗ trợ doanh nghiệp vừa và nhỏ; Luật Phòng, chống nhiễm vi rút gây ra hội chứng suy "
     "giảm miễn dịch mắc phải ở người (HIV/AIDS)",
     ["Luật Hỗ trợ doanh nghiệp nhỏ và vừa", "Luật Phòng, chống HIV/AIDS"]),
    ("Căn cứ Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi ngày 04/4/2001;",
     ["Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi"]),
    ("Căn cứ Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam; Luật"
     " Quy hoạch đô thị và nông thôn; Luật Trách nhiệm bồi thường của Nhà nước năm 2017;",
     ["Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
      "Luật Quy hoạch đô thị và nông thôn", "Luật Trách nhiệm bồi thường của Nhà nước"]),
    # abbreviations spelled out, so that both spellings name one law
    ("Căn cứ Luật Tổ chức HĐND và UBND ngày 26 tháng 11 năm 2003;",
     ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]),
    ("Luật Ban hành văn bản QPPL của HĐND, UBND năm 2004",
     ["Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân"]),
    ("LUẬT TỔ CHỨC HĐND VÀ UBND", ["LUẬT TỔ CHỨC HỘI ĐỒNG NHÂN DÂN VÀ ỦY BAN NHÂN DÂN"]),
    ("Căn cứ Luật Tổ chức HDND và UBND;",  # the stroke lost
     ["Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"]),
    # an upper-case title's name ends at the first word not in upper case
    ("LUẬT\nTHỰC HIỆN DÂN CHỦ Ở CƠ SỞ\nCăn cứ Hiến pháp;",
     ["LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", "Hiến pháp"]),
    # a line that opens another numbered reference ends a name: a list's next item
    ("- Luật Dược\nNghị định số 54/2017/NĐ-CP quy định chi tiết một số điều của Luật Hải quan\n"
     "Thông tư 38/2015/TT-BTC", ["Luật Dược", "Luật Hải quan"]),
    # an amending law that names the laws it amends by their field is one name
    ("Luật Sửa đổi, bổ sung một số điều của các Luật liên quan đến đầu tư xây dựng cơ bản ngày "
     "19/6/2009", ["Luật Sửa đổi, bổ sung một số điều của các Luật liên quan đến đầu tư xây dựng "
                   "cơ bản"]),
    ("Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch năm 2018",
     ["Luật sửa đổi, bổ sung một số điều của 37 luật có liên quan đến quy hoạch"]),
    ("phù hợp với các Luật liên quan, luật hiện hành và Luật chuyên ngành", []),  # no names
    # the tax laws as a kind name no law, but the law that amends them by that name
    ("Căn cứ Luật thuế, Pháp lệnh thuế; Luật sửa đổi, bổ sung một số điều của các Luật về thuế "
     "sửa đổi, bổ sung một số điều của Nghị định số 12/2015/NĐ-CP;",
     ["Luật sửa đổi, bổ sung một số điều của các Luật về thuế"]),
])
def test_finds_laws_cited_by_name(text: str, names: list[str]) -> None:
    assert [" ".join(m.name.split()) for m in find_law_names(text)] == names


@pytest.mark.parametrize(("text", "term", "span"), [
    ("Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (khoá XI) về", "XI",
     "Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng (khoá XI)"),
    ("NGHỊ QUYẾT TRUNG ƯƠNG 7 (KHOÁ XI) VỀ TĂNG CƯỜNG", "XI", "NGHỊ QUYẾT TRUNG ƯƠNG 7 (KHOÁ XI)"),
    # The span ends at the term: the space after it is not the title's.
    ("Nghị quyết Trung ương 4 khóa XII và Luật Đất đai", "XII",
     "Nghị quyết Trung ương 4 khóa XII"),
    # Trung ương abbreviated, as TW is: "TƯ", "T.Ư"
    ("Nghị quyết T.Ư 4, khóa XI: Một số vấn đề", "XI", "Nghị quyết T.Ư 4, khóa XI"),
    ("Quán triệt Nghị quyết TƯ 6 khóa XII.", "XII", "Nghị quyết TƯ 6 khóa XII"),
    # the term in digits, as the tables write it in Roman numerals
    ("Nghị quyết Trung ương 7 khóa 10 về nông nghiệp", "X", "Nghị quyết Trung ương 7 khóa 10"),
    ("nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13.", "XIII",
     "nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13"),
])
def test_finds_party_resolutions_cited_by_plenum(text: str, term: str, span: str) -> None:
    (title,) = find_plenum_titles(fold_chars(text))
    assert (title.term, text[title.start:title.end]) == (term, span)


@pytest.mark.parametrize(("text", "plenum"), [
    ("Nghị quyết Trung ương 4 khóa XII", "4"),
    ("Nghị quyết Hội nghị lần thứ mười hai Ban Chấp hành Trung ương Đảng (khóa XII)", "12"),
])
def test_the_plenum_a_title_names_is_read_in_digits(text: str, plenum: str) -> None:
    (title,) = find_plenum_titles(fold_chars(text))
    assert title.plenum == plenum


@pytest.mark.parametrize(("body", "plenum"), [
    ("Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng", "5"),
    ("Hội nghị Trung ương 6", "6"),
    ("Hội nghị Trung ương năm 2022", None),  # "năm" is a year here, not five
    ("Ban Chấp hành Trung ương Đảng", None),
])
def test_the_plenum_an_issuing_body_names_is_read_in_digits(body: str, plenum: str | None) -> None:
    m = PLENUM_BODY.match(fold_chars(body))
    assert (plenum_number(m) if m else None) == plenum


def test_a_plenum_followed_by_its_symbol_says_where_the_symbol_starts() -> None:
    text = "Nghị quyết Trung ương 7 (khóa XI) số 25-NQ/TW"
    (title,) = find_plenum_titles(fold_chars(text))
    assert text[title.symbol_at:] == "25-NQ/TW"


def test_place_names_compare_letters_and_tones_not_where_a_tone_is_placed() -> None:
    assert same_name("KHÁNH HOÀ", "Khánh Hòa") and same_name("Tra Vinh", "Trà Vinh")
    assert same_name("ÐỒNG THÁP", "Đồng Tháp")  # Ð (U+00D0), the look-alike of Đ
    assert not same_name("Huệ", "Huế") and not same_name("Vĩnh", "Vinh")
