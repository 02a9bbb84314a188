"""The domain's vocabulary as data: type codes and words, issuer codes and bodies.

Sources: Nghị định 30/2020/NĐ-CP appendix III (State type codes), Party format guidance
36-HD/VPTW (Party codes), `shared/domain.md`. Patterns are built from these tables in `find.py`
and `relations.py`; nothing here is code beyond small lookups. Relation cues are in
`cue_words.py`.

Words are written folded (lower case, no diacritics: see `normalize.fold_chars`) where they
are matched against running text, so that "THỰC HIỆN", "Thực hiện" and "thực hiên" agree.
"""

from __future__ import annotations

import re

from extract.models import DocumentKey, Level

# Type codes as printed in symbols (State: NĐ 30/2020 appendix III; Party: 36-HD/VPTW).
TYPE_CODES: tuple[str, ...] = (
    "NQ", "QĐ", "CT", "QC", "QyĐ", "QĐi", "TC", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA",
    "BC", "BB", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "NĐ", "TT", "TTLT",
    "PL", "KL", "CV", "NQLT", "KHLT", "CTrLT", "HDLT",  # LT: liên tịch, issued jointly
    "QCPH", "CTrPH", "KHPH",  # PH: phối hợp, agreed between bodies ("01-QCPH/UBND-BDVTU")
    "VBHN",  # văn bản hợp nhất: a law and its amendments in one text ("15/VBHN-VPQH")
    "L", "LCT",  # lệnh: see PROMULGATION_ORDERS
)
# Other spellings of a code: "147-CTHĐ/TU" and "02-CTrHĐ/TU" (Hồ Chí Minh City's Party
# committee), a chương trình hành động (action programme),
# "18/BCTĐ-STP", a report of appraisal (báo cáo thẩm định), and "45/BCTT-KTNS", a council
# committee's report of verification (báo cáo thẩm tra).
TYPE_CODE_ALIASES: dict[str, str] = {
    "CTHĐ": "CTr", "CTRHĐ": "CTr", "BCTĐ": "BC", "BCTT": "BC"}
# Orders (lệnh) promulgating a law or an ordinance, whose symbol the law carries until 2001: the
# President's, "Luật Đất đai số 24-L/CTN" (1993; since 2002 the order's own, "04/2023/L-CTN"),
# and to 1992 the Council of State chairman's, "Pháp lệnh 5-LCT/HĐNN7". The key keeps the code.
PROMULGATION_ORDERS: dict[str, str] = {"L": "CTN", "LCT": "HĐNN"}  # code -> its only issuer
# Codes that never stand in a symbol: a law or a công văn is typed from the words around it.
LAW = "LUAT"
OFFICIAL_LETTER = "CV"
# The mark of a law being revised, the name it has while it replaces its namesake: "Luật
# Khoáng sản (sửa đổi)", "(sửa đổi, bổ sung)" (folded)
REVISED_MARK = r"\(\s*sua\s+doi(?:,?\s+bo\s+sung)?\s*\)"
# The issuer of a law (the National Assembly) and of an ordinance (its Standing Committee),
# for one known by its name or a page that prints no symbol.
ASSEMBLY_ISSUERS: dict[str, str] = {LAW: "QH", "PL": "UBTVQH"}

# The word before the number -> the type codes it may carry (folded, longest first).
# "Quy định" is QĐ in Party symbols and QyĐ/QĐi elsewhere; the key keeps the symbol's code.
TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "thong bao ket luan": ("TB",),
    "bao cao tham tra": ("BC",),  # a council committee's verification report
    "thong tu lien tich": ("TTLT",),
    "huong dan lien tich": ("HD",),
    "van ban hop nhat": ("VBHN",),
    "nghi quyet lien tich": ("NQ", "NQLT"),
    "chuong trinh hanh dong": ("CTr",),
    "ke hoach hanh dong": ("KH",),  # an action plan: "KẾ HOẠCH HÀNH ĐỘNG" / its title
    "chuong trinh phoi hop": ("CTr", "CTrPH"),
    "chuong trinh cong tac": ("CTr",),
    "ke hoach lien tich": ("KH",),
    "ke hoach phoi hop": ("KH", "KHPH"),
    "nghi quyet": ("NQ",),
    "quyet dinh": ("QĐ",),
    "quy dinh": ("QĐ", "QyĐ", "QĐi"),
    "chi thi": ("CT",),
    "quy che phoi hop": ("QC", "QCPH"),
    "quy che": ("QC", "QĐ", "QCPH"),  # a joint regulation under "QUY CHẾ" keeps its code
    "thong cao": ("TC",),
    "thong bao": ("TB",),
    "huong dan": ("HD",),
    "chuong trinh": ("CTr",),
    "ke hoach": ("KH",),
    "phuong an": ("PA",),
    "de an": ("ĐA",), "du an": ("DA",),
    "bao cao": ("BC",),
    "bien ban": ("BB",),
    "to trinh": ("TTr",),
    "hop dong": ("HĐ",),
    "cong dien": ("CĐ",),
    "ban ghi nho": ("BGN",),
    "nghi dinh": ("NĐ",),
    "thong tu": ("TT",), "thong tri": ("TT",),
    "phap lenh": ("PL",),
    "ket luan": ("KL", "TB"),  # "Kết luận số 31/TB-VPCP": a conclusion the office announces
    "cong van": ("CV",),
    "bo luat": (LAW,), "luat": (LAW,),
}


def agreeing_type_code(type_word: str | None, printed: str) -> str:
    """The type code a type word and a printed code agree on. A word allows only its own codes
    ("Chỉ thị số 33/TT-TTg" is a typo for CT; so is "Số: 55/2007/CT-UBND" under "QUYẾT
    ĐỊNH"); a law's number carries no type code, "Thông tư số 01/TTLT-..." is joint, and a
    consolidated text ("Số: 11/VBHN-BTC") is headed by the type of the text it consolidates.
    "Công văn" is said of any official document: "Công văn 09-QC/TW" is a quy chế."""
    allowed = TYPE_WORDS.get(type_word or "", ())
    if (not allowed or printed in allowed or allowed[0] in (LAW, OFFICIAL_LETTER)
            or printed in PROMULGATION_ORDERS or printed == "VBHN"
            or printed.removesuffix("LT") in allowed):
        return printed
    return allowed[0]


# The type words as a pattern's alternatives on folded text, longest first, any spaces between
# their words ("Kết\n\nluận", broken over lines).
TYPE_WORD_PATTERN = "|".join(
    r"\s+".join(word.split()) for word in sorted(TYPE_WORDS, key=len, reverse=True))
# A type word (or "Văn bản") and a number open a reference ("Nghị định số 154/2005/NĐ-CP",
# "Thông tư 38/2015"), on folded text: no body's or law's name goes on over one.
NUMBERED_REFERENCE_START = rf"(?:{TYPE_WORD_PATTERN}|van\s+ban)\s+(?:so\s*:?\s*)?\d"

# Type names for people, by code (the identity's `type_name` and the explorer's labels).
TYPE_NAMES: dict[str, str] = {
    "NQ": "Nghị quyết", "QĐ": "Quyết định", "CT": "Chỉ thị", "QC": "Quy chế",
    "QyĐ": "Quy định", "QĐi": "Quy định", "TC": "Thông cáo", "TB": "Thông báo",
    "HD": "Hướng dẫn", "CTr": "Chương trình", "KH": "Kế hoạch", "PA": "Phương án",
    "ĐA": "Đề án", "DA": "Dự án", "BC": "Báo cáo", "BB": "Biên bản", "TTr": "Tờ trình",
    "HĐ": "Hợp đồng", "CĐ": "Công điện", "BGN": "Bản ghi nhớ", "NĐ": "Nghị định",
    "TT": "Thông tư", "TTLT": "Thông tư liên tịch", "PL": "Pháp lệnh", "KL": "Kết luận",
    "NQLT": "Nghị quyết liên tịch", "KHLT": "Kế hoạch liên tịch", "CTrLT": "Chương trình liên tịch",
    "HDLT": "Hướng dẫn liên tịch",
    "QCPH": "Quy chế phối hợp", "CTrPH": "Chương trình phối hợp", "KHPH": "Kế hoạch phối hợp",
    "CV": "Công văn", "VBHN": "Văn bản hợp nhất", LAW: "Luật", "L": "Lệnh", "LCT": "Lệnh",
}

# The fields of a portal's record of a document (folded): "Số hiệu: ...", "| Người ký | ... |"
RECORD_FIELDS = ("so hieu", "so ky hieu", "so/ky hieu", "loai van ban", "noi ban hanh",
                 "co quan ban hanh", "nguoi ky", "ngay ban hanh", "ngay phat hanh",
                 "ngay hieu luc", "ngay co hieu luc", "ngay cong bao", "ngay het hieu luc",
                 "so cong bao", "linh vuc", "tinh trang", "tieu de", "trich yeu")
RECORD_FIELD_NAME = "(?:" + "|".join(f.replace(" ", r"\s+") for f in RECORD_FIELDS) + ")"

# Central issuers (unique nationally). Anything ending in TW is a central Party body, anything
# starting with it a central organisation's (TWĐTN, the Youth Union's; TWH, the Youth
# Federation's); QH<term> and UBTVQH<term> are the National Assembly and its Standing Committee.
CENTRAL_ISSUERS: frozenset[str] = frozenset({
    "TW", "TTg", "CP", "VPCP", "BNV", "BTC", "BCA", "BQP", "BNG", "BTP", "BKHĐT", "BCT",
    "BNNPTNT", "BNN", "BGTVT", "BXD", "BTTTT", "BGDĐT", "BKHCN", "BVHTTDL", "BLĐTBXH", "BYT",
    "BTNMT", "BNNMT", "BDTTG", "UBDT", "NHNN", "TTCP", "KTNN", "TANDTC", "VKSNDTC", "BDVTW",
    "BTGTW", "BTCTW", "UBKTTW", "VPTW", "BNCTW", "BKTTW", "BĐNTW", "BTGDVTW", "MTTQVN",
    "UBTWMTTQVN", "TLĐ", "TWĐTN", "VPQH",
    "BCSĐCP", "ĐUCA",  # the Government's Party delegation; the Public Security's Party committee
    "ĐUCP", "ĐUQH",  # the Party committees of the Government and the National Assembly (2025)
    "HĐBT",  # Hội đồng Bộ trưởng, the Government of 1981 to 1992
    "TCCP",  # Ban Tổ chức - Cán bộ Chính phủ (to 2002): "Quyết định số 202/TCCP-VC"
    "TCT", "TCHQ", "TCTK",  # the general departments of Taxation, Customs and Statistics
    "LĐTBXH",  # the Ministry of Labour's code on its công văn and decisions: 1609/LĐTBXH-NCC
    "BHXH",  # Bảo hiểm xã hội Việt Nam (Social Security), 296/BHXH-CSYT; its provinces' too
    "HVCTQG",  # Học viện Chính trị quốc gia Hồ Chí Minh (the Party's academy): 57-KH/HVCTQG
    # ministries before 2007-2008, by their codes of then: Kế hoạch và Đầu tư (01/2007/TT-BKH),
    # Thương mại, Công nghiệp, Thủy sản, Bưu chính Viễn thông, Văn hóa - Thông tin
    "BKH", "BTM", "BCN", "BTS", "BBCVT", "BVHTT",
    # the Supreme Procuracy's code since 2015 (01/CT-VKSTC), the Supreme Court's Council of
    # Judges (NQ-HĐTP) and the Secretary General of the National Assembly (2672/TTKQH-TT)
    "VKSTC", "HĐTP", "TTKQH",
    "CTN", "HĐNN",  # the President (Chủ tịch nước); to 1992 the Council of State, with its term
    "HĐTVĐX",  # the President's amnesty advisory council (Hội đồng tư vấn đặc xá): 82/HD-HĐTVĐX
})
# ... and ĐĐQH<term>, the National Assembly's Party delegation: 3260-KH/ĐĐQH15, and the
# Assembly's committees and Ethnic Council with its term: 417/BC-UBPLTP15, HĐDT15
CENTRAL_PATTERN = re.compile(
    r"^(?:\w*TW|TW[A-ZĐ]{1,4}|QH\d*|UBTVQH\d*|ĐĐQH\d*|UB[A-ZĐ]{1,8}1[0-6]|HĐDT1[0-6])$")

# The year a symbol prints between its number and its type code, "01/2017/NĐ-CP", "12-2015/QĐ-UB"
# (not a number that looks like one, "1944/QĐ-TTg")
YEAR_IN_SYMBOL = re.compile(r"[/\-–]\s*((?:19|20)\d\d)\s*/")

# Party Congress terms (khóa) and the years their documents are dated in. Party documents are
# numbered per term (two `18-NQ/TW`: 2017 and 2022), so "khóa XIII" rules out a 2017 date. A
# Congress sits early in a term's first year: that year also closes the term before.
PARTY_TERM_YEARS: dict[str, tuple[int, int]] = {
    "VI": (1986, 1991), "VII": (1991, 1996), "VIII": (1996, 2001), "IX": (2001, 2006),
    "X": (2006, 2011), "XI": (2011, 2016), "XII": (2016, 2021), "XIII": (2021, 2026),
    "XIV": (2026, 2031),
}


# The National Assembly's terms (khóa) by number and the years its laws are dated in: an election
# year closes one term and opens the next.
_ASSEMBLY_TERM_YEARS = {9: (1992, 1997), 10: (1997, 2002), 11: (2002, 2007), 12: (2007, 2011),
                        13: (2011, 2016), 14: (2016, 2021), 15: (2021, 2026), 16: (2026, 2031)}
_ASSEMBLY_ISSUER = re.compile(r"(UBTVQH|QH)(\d{1,2})?")


def assembly_issuer_of_year(issuer: str, year: int | None) -> str:
    """An Assembly issuer ("QH14", "UBTVQH14") with the term of `year` when its printed term
    cannot be that year's, or it prints none, and only one term can: "Luật ... số 56/2024/QH14"
    is of QH15, "Pháp lệnh ... số 26/2005/PL-UBTVQH" of UBTVQH11 (terms number their acts)."""
    m = _ASSEMBLY_ISSUER.fullmatch(issuer)
    if m is None or year is None:
        return issuer
    terms = [t for t, (a, b) in _ASSEMBLY_TERM_YEARS.items() if a <= year <= b]
    if m.group(2) is not None:
        printed = _ASSEMBLY_TERM_YEARS.get(int(m.group(2)))
        if printed is None or printed[0] <= year <= printed[1]:
            return issuer
    return f"{m.group(1)}{terms[0]}" if len(terms) == 1 else issuer


def may_be_of_term(issuer: str, year: int | None, term: str | None) -> bool:
    """Whether a document of `issuer` dated in `year` may be the one cited in Party `term`.
    Only the Central Committee's terms are known here: a local committee numbers its own."""
    if year is None or term not in PARTY_TERM_YEARS or not issuer.endswith("TW"):
        return True
    first, last = PARTY_TERM_YEARS[term]
    return first <= year <= last


# Local issuers seen in provincial and lower documents; their province comes from context.
LOCAL_ISSUERS: frozenset[str] = frozenset({
    "UBND", "HĐND", "VP", "VPUB", "TU", "HU", "ĐU", "BDVTU", "BTGTU", "BTCTU", "UBKTTU",
    "BTGDVTU", "BCĐ", "BCSĐ", "BCSĐUBND", "BDV", "SNV", "STC", "SYT", "SGDĐT", "STP", "SXD",
    "STNMT", "SNN", "SNNPTNT", "SKHĐT", "SCT", "STTTT", "SVHTTDL", "SLĐTBXH", "BQL", "MTTQ",
    "UBMTTQ", "CAT", "BCH", "VPTU", "VPĐU", "BDVHU", "BDVĐU", "VPHĐND", "TTHĐND",
    "SNNMT", "SKHCN",  # the department of Agriculture and Environment (2025), of Science
    "QU",  # a Quận ủy, a city district's Party committee
    "KHĐT",  # the department of Planning and Investment without its "S": "2653/KHĐT-CNDV"
})
# Local codes that bodies of the centre write too (a steering committee, an office, a Party
# board of officials or committee, the Front): the body tells the level, "Công văn số 43-CV/BCĐ
# ... của Ban Chỉ đạo Trung ương" and "116-CV/ĐU ... của Đảng ủy Bộ Nông nghiệp và Môi trường"
# are central. The others are local whatever their body.
LOCAL_BY_CODE: frozenset[str] = LOCAL_ISSUERS - {"BCĐ", "BCSĐ", "BDV", "ĐU", "MTTQ", "UBMTTQ",
                                                 "VP"}
# Party committees: a type word naming a central body with one of these codes is a typo for TW.
LOCAL_PARTY_COMMITTEES: frozenset[str] = frozenset({"TU", "HU", "QU", "ĐU"})
_LOCAL_CO_ISSUERS = LOCAL_PARTY_COMMITTEES | {"UBND", "HĐND"}

# Issuing bodies named in running text (folded) -> whether the body is central.
CENTRAL_BODIES: tuple[str, ...] = (
    "ban bi thu", "bo chinh tri", "ban chap hanh trung uong", "trung uong dang",
    "ban chap hanh tw", "bch trung uong", "bch tw",  # abbreviated, as reports write it
    "thu tuong", "chinh phu", "quoc hoi", "ban dan van trung uong", "ban tuyen giao trung uong",
    "uy ban trung uong",  # of the Front: "Ủy ban Trung ương MTTQ Việt Nam"
    "hoi dong bo truong",  # the Council of Ministers, the Government of 1981 to 1992
)
LOCAL_BODIES: tuple[str, ...] = (
    "tinh uy", "thanh uy", "huyen uy", "dang uy", "ban thuong vu tinh", "uy ban nhan dan",
    "ubnd", "hoi dong nhan dan", "hdnd", "dang bo tinh",
    "cuc thue tinh", "cuc thue thanh pho", "cuc thue tp",  # a province's tax department
    "cuc hai quan tinh", "cuc hai quan thanh pho", "cuc hai quan tp",  # ... customs department
)


# The ministries (Bộ), whose code their name gives: "của Bộ Y tế" is BYT.
MINISTRY_ISSUERS: tuple[tuple[str, str], ...] = tuple((f"bo {name}", code) for name, code in (
    ("noi vu", "BNV"), ("tai chinh", "BTC"), ("cong an", "BCA"), ("quoc phong", "BQP"),
    ("ngoai giao", "BNG"), ("tu phap", "BTP"), ("ke hoach va dau tu", "BKHĐT"),
    ("cong thuong", "BCT"), ("nong nghiep va phat trien nong thon", "BNNPTNT"),
    ("giao thong van tai", "BGTVT"), ("xay dung", "BXD"), ("thong tin va truyen thong", "BTTTT"),
    ("giao duc va dao tao", "BGDĐT"), ("khoa hoc va cong nghe", "BKHCN"), ("y te", "BYT"),
    ("van hoa the thao va du lich", "BVHTTDL"), ("lao dong thuong binh va xa hoi", "BLĐTBXH"),
    ("tai nguyen va moi truong", "BTNMT"), ("nong nghiep va moi truong", "BNNMT"),
))
MINISTRY_FIELD = re.compile(  # a ministry's field after "Bộ" (folded): "công an", "tài chính"
    "(?:" + "|".join(sorted((name[3:].replace(" ", r"\s+") for name, _ in MINISTRY_ISSUERS),
                            key=len, reverse=True)) + r")\b")
# Bodies that issue a document, as written in a header or preamble (folded) -> issuer code.
BODY_ISSUERS: tuple[tuple[str, str], ...] = (
    ("van phong uy ban nhan dan", "VP"), ("van phong ubnd", "VP"),
    ("ban thuong vu tinh uy", "TU"), ("ban chap hanh dang bo tinh", "TU"),
    # a provincial committee's boards, by their own codes ("54-HD/BTGTU"), not the committee's
    *((f"{board} {committee}", f"{code}TU") for committee in ("tinh uy", "thanh uy")
      for board, code in (("ban tuyen giao va dan van", "BTGDV"), ("ban tuyen giao", "BTG"),
                          ("ban to chuc", "BTC"), ("ban dan van", "BDV"),
                          ("uy ban kiem tra", "UBKT"), ("ban noi chinh", "BNC"))),
    ("tinh uy", "TU"), ("thanh uy", "TU"), ("huyen uy", "HU"), ("dang uy", "ĐU"),
    ("uy ban nhan dan", "UBND"), ("ubnd", "UBND"), ("hoi dong nhan dan", "HĐND"),
    ("hdnd", "HĐND"), ("thu tuong chinh phu", "TTg"), ("thu tuong", "TTg"),
    # a province's departments (Sở), by the codes their symbols carry
    ("so noi vu", "SNV"), ("so tu phap", "STP"), ("so tai chinh", "STC"), ("so y te", "SYT"),
    ("so xay dung", "SXD"), ("so cong thuong", "SCT"), ("so giao duc va dao tao", "SGDĐT"),
    ("so tai nguyen va moi truong", "STNMT"), ("so nong nghiep va moi truong", "SNNMT"),
    ("so khoa hoc va cong nghe", "SKHCN"), ("so ke hoach va dau tu", "SKHĐT"),
    ("chinh phu", "CP"), ("ban chap hanh trung uong", "TW"), ("bo chinh tri", "TW"),
    ("ban chap hanh tw", "TW"), ("bch trung uong", "TW"), ("bch tw", "TW"),
    ("ban bi thu", "TW"), ("uy ban mat tran to quoc", "MTTQ"), ("uy ban mttq", "MTTQ"),
    # the Youth Union's, named after its board: "Ban Bí thư Trung ương Đoàn" (not the Party's)
    ("trung uong doan", "TWĐTN"),
    ("ngan hang nha nuoc", "NHNN"),  # the State Bank, "Thống đốc Ngân hàng Nhà nước Việt Nam"
    # the Assembly's Standing Committee and Office, the Council of Ministers (to 1992), the
    # Supreme Court and Procuracy, the State Audit, the Committee for Ethnic Affairs (of a
    # ministry's rank): a page without the symbol is theirs
    ("uy ban thuong vu quoc hoi", "UBTVQH"), ("van phong quoc hoi", "VPQH"),
    ("van phong chinh phu", "VPCP"),  # (not the Government's, "CP")
    ("hoi dong bo truong", "HĐBT"), ("toa an nhan dan toi cao", "TANDTC"),
    ("vien kiem sat nhan dan toi cao", "VKSNDTC"), ("kiem toan nha nuoc", "KTNN"),
    ("uy ban dan toc", "UBDT"),
    *MINISTRY_ISSUERS,
)
# Issuers that an issuing body names in full, so that a number, a date and the body make the
# symbol: "Nghị quyết số 18 ngày 25-10-2017 của Ban Chấp hành Trung ương" is 18-NQ/TW, "Kế
# hoạch số 35 ngày 11/4/2023 của UBND tỉnh" 35/KH-UBND, "Công điện số 1409 ngày 15 tháng 9 năm
# 2021 của Bộ Y tế" 1409/CĐ-BYT. A department's or the Front's code is not its body's name
# ("KH-MTTQ-BTT"), and a công văn's symbol holds its drafting unit.
ISSUERS_NAMED_BY_BODIES = frozenset({"TW", "TTg", "CP", "TU", "HU", "ĐU", "UBND", "HĐND"}
                                    | {code for _, code in MINISTRY_ISSUERS})
# ... and types whose symbol says more than a number: a law's its legislature, a công văn's its
# drafting unit, a joint one's every body ("Thông tư liên tịch số 13/2016 của Bộ Y tế và Bộ Giáo
# dục và Đào tạo" is 13/2016/TTLT-BYT-BGDĐT, not a circular of BYT alone).
_NOT_NUMBERED_ALONE = frozenset({LAW, OFFICIAL_LETTER, "PL", *PROMULGATION_ORDERS,
                                 *(code for code in TYPE_CODES if code.endswith("LT"))})


def type_of_number_alone(type_word: str) -> str | None:
    """The type code a (folded) type word gives a number cited without its symbol, or None
    where that type's symbol says more than a number."""
    codes = TYPE_WORDS.get(type_word, ())
    return codes[0] if codes and codes[0] not in _NOT_NUMBERED_ALONE else None


def issuer_of_type(type_code: str, issuer: str) -> str:
    """The issuer of a document of `type_code` that a body named as `issuer` issued: the
    Government's resolutions and decrees, whose head is named for it ("Nghị quyết 120 của Thủ
    tướng Chính phủ"), are CP's; the Prime Minister issues none."""
    return "CP" if issuer == "TTg" and type_code in ("NQ", "NĐ") else issuer


# Words of a body naming its level (lower case with tones, searched in the issuing body's name:
# folded, "cơ quan" (agency) would name a "quận").
LEVEL_WORDS: tuple[tuple[str, Level], ...] = (
    # a district's education office (a province has a Sở), first: its schools' too
    *((f"phòng {name}", Level.DISTRICT) for name in (
        "gd&đt", "gd-đt", "gd & đt", "gdđt", "giáo dục và đào tạo", "giáo dục - đào tạo")),
    ("thị xã", Level.DISTRICT), ("thị trấn", Level.COMMUNE), ("xã", Level.COMMUNE),
    ("phường", Level.COMMUNE), ("huyện", Level.DISTRICT), ("quận", Level.DISTRICT),
    ("tỉnh", Level.PROVINCE),  # last: a body of no code, "Ban An toàn giao thông tỉnh"
)
LEVEL_OF_ISSUER: dict[str, Level] = {"HU": Level.DISTRICT, "QU": Level.DISTRICT}

def has_local_code(issuer: str) -> bool:
    """Whether the issuer's first code is only a local body's ("UBND", "TU", "HU", ...)."""
    return issuer.partition("-")[0] in LOCAL_BY_CODE


def is_central(issuer: str) -> bool:
    """Central when the first part of the issuer is a central body and no part is a local one.

    The parts after the first are co-issuers (`TTLT-BTP-BTC`) or the drafting unit of a công
    văn (`TTg-KGVX`, `BNV-VP`: the Prime Minister's and the ministry's own departments, whose
    codes may be a local office's too); a People's Committee or a Party committee as
    co-issuer (`BCA-UBND`) makes the document local.
    """
    first, *rest = issuer.split("-")
    return bool(first in CENTRAL_ISSUERS or CENTRAL_PATTERN.match(first)) and not any(
        p in _LOCAL_CO_ISSUERS for p in rest)


def type_of_codeless(issuer: str) -> str:
    """Type of a symbol without a type code and without a type word before it."""
    if re.fullmatch(r"QH\d*", issuer):
        return LAW
    if issuer.startswith("UBTVQH"):
        return "PL"
    if issuer == "CP":
        return "NĐ"
    return OFFICIAL_LETTER


# Types whose symbols carry the year (normative documents: Law on promulgating legal documents).
NORMATIVE_TYPES = frozenset({"NĐ", "TT", "TTLT", "PL", LAW})
# ... of them, the Government's decrees and the ministries' circulars, which detail those above
# them and which only the centre issues, whatever its code
DECREES_AND_CIRCULARS = frozenset({"NĐ", "TT", "TTLT"})
PARTY_ISSUER_PREFIXES = ("BDVTU", "BTGTU", "BCĐ")


def is_party_issuer(issuer: str) -> bool:
    """Whether a code is a Party body's, whose symbols read `N-T/I`."""
    return (issuer.endswith("TW") or issuer in LOCAL_PARTY_COMMITTEES
            or issuer.startswith(PARTY_ISSUER_PREFIXES))


def symbol_of(key: DocumentKey) -> str:
    """The standard symbol of a key: Party `N-T/I`, normative `N/Y/T-I`, administrative `N/T-I`."""
    if key.number is None:
        return key.name or ""
    if is_party_issuer(key.issuer) or (key.type in PROMULGATION_ORDERS
                                        and (key.issuer == "HĐNN" or (key.year or 0) < 2002)):
        return f"{key.number}-{key.type}/{key.issuer}"
    national_assembly = key.issuer.startswith(("QH", "UBTVQH"))
    code = "" if key.type in (LAW, OFFICIAL_LETTER) or (
        national_assembly and key.type == "NQ") else f"{key.type}-"
    if key.year and (key.type in NORMATIVE_TYPES or key.type in PROMULGATION_ORDERS
                     or national_assembly):
        return f"{key.number}/{key.year}/{code}{key.issuer}"
    return f"{key.number}/{code}{key.issuer}"
