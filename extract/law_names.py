"""Laws and ordinances cited by name: "Luật Tiếp công dân", "Bộ luật Lao động", the
Constitution, amending laws named after the laws they amend. Takes NFC text and returns
offsets into it, as `find` does for symbols.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.normalize import (
    LOWER,
    UPPER,
    fold,
    fold_chars,
    fold_words,
    is_word_char,
    line_from,
)
from extract.sentences import ITEM_KIND
from extract.tables import RECORD_FIELD_NAME
from extract.titles import AUTHORITY

# Names of laws that hold a comma, "và", "của", "các" or another word that otherwise ends a
# name: "Luật Cán bộ, công chức" is one law, "Luật Tiếp công dân, Luật Tố cáo" two ("Phòng,
# chống ..." is a rule of its own, but not what follows "của" in "Phòng, chống tác hại của
# thuốc lá").
JOINED_LAW_NAMES: tuple[str, ...] = (
    "Cán bộ, công chức", "Khiếu nại, tố cáo", "Thi đua, khen thưởng", "Tín ngưỡng, tôn giáo",
    "Phổ biến, giáo dục pháp luật", "Bảo vệ, chăm sóc và giáo dục trẻ em",
    "Khoa học và công nghệ", "Hôn nhân và gia đình", "Thực hành tiết kiệm, chống lãng phí",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân", "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Khám bệnh, chữa bệnh",
    "Bảo vệ và phát triển rừng", "Giáo dục quốc phòng và an ninh", "Thể dục, thể thao",
    "An toàn, vệ sinh lao động", "Quản lý, sử dụng tài sản công", "Tạm giữ, tạm giam",
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Xuất cảnh, nhập cảnh của công dân Việt Nam", "Trật tự, an toàn giao thông đường bộ",
    "Bảo đảm trật tự, an toàn giao thông đường bộ",  # 2024
    "Phòng, chống tác hại của thuốc lá", "Phòng, chống tác hại của rượu, bia",
    "Tài nguyên, môi trường biển và hải đảo", "Các tổ chức tín dụng",
    "Sử dụng năng lượng tiết kiệm và hiệu quả", "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Chất lượng sản phẩm, hàng hóa", "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ", "Đo đạc và bản đồ",
    "Phòng, chống HIV/AIDS", "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân",
    "Thực hiện dân chủ ở xã, phường, thị trấn", "Phí và lệ phí", "Bảo vệ và kiểm dịch thực vật",
    "Hòa giải, đối thoại tại Tòa án", "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
    "Khai thác và bảo vệ công trình thủy lợi",  # an ordinance of 2001
    "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác", "Thuế xuất khẩu, thuế nhập khẩu",
    "Quy hoạch đô thị và nông thôn", "Địa chất và khoáng sản",
    "Trách nhiệm bồi thường của Nhà nước",
    "Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
    "Quản lý, bảo vệ công trình quốc phòng và khu quân sự",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Quản lý và đầu tư vốn nhà nước tại doanh nghiệp",  # 2025, which replaced it
    # and that hold "có", "với" or "theo", which end other names
    "Ưu đãi người có công với cách mạng", "Đầu tư theo phương thức đối tác công tư",
    "Ưu đãi người có công",  # the short form: "Pháp lệnh ưu đãi người có công năm 2013"
    "Người có công với cách mạng",  # ... and without "ưu đãi": "Pháp lệnh người có công ..."
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    # ... and of the laws of 2015 to 2025 that hold a comma, "đang" or "về"
    "Phòng, chống lụt, bão",  # an ordinance of 1993
    "Phục hồi, phá sản", "Khoa học, công nghệ và đổi mới sáng tạo", "Thi hành tạm giữ, tạm giam",
    "Ký kết, gia nhập và thực hiện điều ước quốc tế", "Chuyển giao người đang chấp hành án phạt tù",
    "Tương trợ tư pháp về dân sự", "Tương trợ tư pháp về hình sự",
    # ... and those longer than `_MAX_NAME_WORDS`
    "Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
    "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)",
)

# Another wording of a name in the table, keyed as the table's: "Luật Hỗ trợ doanh nghiệp vừa
# và nhỏ" is the law of small and medium enterprises; the HIV/AIDS law has a long name and a
# short one, both in use.
NAME_VARIANTS: dict[str, str] = {
    "Hỗ trợ doanh nghiệp vừa và nhỏ": "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Phòng, chống nhiễm vi rút gây ra hội chứng suy giảm miễn dịch mắc phải ở người (HIV/AIDS)":
        "Phòng, chống HIV/AIDS",
}

# Abbreviations printed inside law names, spelled out in a name's key: "Luật Tổ chức HĐND và
# UBND" is "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân"; QPPL, quy phạm pháp luật.
NAME_ABBREVIATIONS: dict[str, str] = {
    "HĐND": "Hội đồng nhân dân", "UBND": "Ủy ban nhân dân", "QPPL": "quy phạm pháp luật",
    "HDND": "Hội đồng nhân dân",  # its stroke lost
    # the fields of laws as letters and reports shorten them: "Luật BHYT", "Luật Thuế GTGT"
    # are the nodes of "Luật Bảo hiểm y tế", "Luật Thuế giá trị gia tăng"
    "BHYT": "bảo hiểm y tế", "BHXH": "bảo hiểm xã hội", "BVMT": "bảo vệ môi trường",
    "ATTP": "an toàn thực phẩm", "NSNN": "ngân sách nhà nước", "GTGT": "giá trị gia tăng",
    "TNDN": "thu nhập doanh nghiệp", "TNCN": "thu nhập cá nhân",
    "XLVPHC": "xử lý vi phạm hành chính",
    "DN": "doanh nghiệp", "KBCB": "khám bệnh, chữa bệnh", "QLT": "quản lý thuế",
    "VBQPPL": "văn bản quy phạm pháp luật",  # "Luật Ban hành VBQPPL"
    "ĐBQH": "đại biểu Quốc hội",  # "Luật Bầu cử ĐBQH và đại biểu HĐND"
    "PBGDPL": "phổ biến, giáo dục pháp luật",  # "Luật PBGDPL"
    "DNNVV": "doanh nghiệp nhỏ và vừa",  # "Luật Hỗ trợ DNNVV"
}

# A name's head ("Bộ Luật" too), also in an upper-case title ("LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ
# SỞ"), and the Constitution ("Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"). The word
# boundaries around the head are checked in `_plain_law_names`: a pattern that is one group of
# literal words lets `re` skip ahead to them (a pass over a text takes a third of the time, a
# fifth of that with the Constitution as an alternative of its own).
LAW_NAME_START = re.compile(
    r"(?P<head>Bộ\s+[lL]uật|Luật|Pháp\s+lệnh|BỘ\s+LUẬT|LUẬT|PHÁP\s+LỆNH|Hiến\s+pháp|"
    r"HIẾN\s+PHÁP)\s*")
_NAME_WORD = re.compile(r"[^\W\d_]+")
# "cộng đồng Dân Luật Việt Nam", a portal's community; "Công ty Luật TNHH ...", a law firm;
# "Trợ lý Luật" and "Thư ký Luật", a portal's assistants ("Trợ Lý Luật đưa ra câu trả lời")
_CIVIL = re.compile(r"(?<!\w)(?:[Dd]ân|[Cc]ông ty|CÔNG TY|[Tt]rợ [Ll]ý|[Tt]hư [Kk]ý"
                    # ... law as a field of study: "Trường Đại học Luật Hà Nội", "Khoa Luật"
                    r"|(?i:đại học|khoa|cử nhân|thạc sĩ|tiến sĩ)) $")
# Words "luật" makes with the next one: "Luật sư" (a lawyer: "Đoàn Luật sư"), "Luật gia" (a
# jurist: "Hội Luật gia"), "luật pháp" (the law at large: "Luật pháp và hiến ghép mô ... trên thế
# giới"); no law's name ("Luật Luật sư" is one; "Luật Giá", prices, is another), also in
# capitals: "TỔ CHỨC LUẬT SƯ NƯỚC NGOÀI", "Luật Sư Tuấn" (a lawyer by name)
_COMPOUND = re.compile(r"[ \t]*(?i:sư|gia|pháp)\b")
# Words that end a law's name (lower case, with diacritics: folded "có" would also stop at
# "cơ sở"): what follows a name, never inside one.
_NAME_STOPS = frozenset(
    "ngày năm có và về trên hiệu đã được của để nhằm theo tại thì với gắn cho này do "
    "các trong đến từ khi sau mới hoặc những là sẽ đang phải cần thuộc như vào "
    "nêu trước tỉnh huyện mà nếu nhưng còn bằng trừ gồm kịp cũng thay đạt đây chương bởi dựa "
    "lần vì sớm vừa cùng cũ kèm tháng".split()
)  # "Luật Hóa chất nêu tại Công văn số ..." (named in), "trước" (before); no law is a
# province's or district's ("... Luật Bảo vệ môi trường tỉnh đang chỉ đạo ...", the province is
# directing) or holds a conjunction ("Luật Đất đai mà không ...", "... trừ cá nhân", except)
# or "gồm" (includes: "Pháp lệnh Bà mẹ Việt Nam anh hùng gồm: ..."), "kịp" ("kịp thời", timely)
# or "thay" (replaces, also "thay thế": "... ban hành Luật Đất đai thay Luật Đất đai năm 2003")
# or "đạt" (achieves: "... thực hiện Luật Di sản văn hóa đạt hiệu quả cao nhất")
# or "cùng" (with: "Luật Di sản văn hóa cùng các văn bản ...", "Hiến pháp cùng ...")
# or "cũ" (old: "theo Luật cũ"), "kèm" ("ban hành kèm theo", attached) or "tháng" (a month)
# or "sớm" (soon: "... đưa Luật sớm đi vào cuộc sống") or "vừa" (has just: "Luật BHYT vừa được
# Quốc hội thông qua"; "doanh nghiệp nhỏ và vừa" is in the table above)
# ... and phrases, by their first word: "... do Luật Bảo hiểm xã hội quy định" (prescribes).
# "chưa" (not yet) ends one but in "Luật Tư pháp người chưa thành niên" (juvenile justice).
_PHRASE_STOPS = {"quy": re.compile(r"\s+[đð]ịnh\b", re.IGNORECASE),
                 "hướng": re.compile(r"\s+dẫn\b", re.IGNORECASE),
                 "bảo": re.compile(r"\s+[đð]ảm\b"),  # "bảo đảm", not "Luật Bảo đảm trật tự ..."
                 "đối": re.compile(r"\s+với\b"),  # "đối với" (as for)
                 "hiện": re.compile(r"\s+hành\b"),  # "Bộ luật Lao động hiện hành" (in force)
                 "đồng": re.compile(r"\s+thời\b"),  # "đồng thời" (and also)
                 "bao": re.compile(r"\s+gồm\b"),  # "bao gồm" (includes)
                 "áp": re.compile(r"\s+dụng\b"),  # "Luật X áp dụng ..." (applies)
                 "sát": re.compile(r"\s+với\b"),  # "thống nhất với Luật X sát với thực tiễn"
                 "căn": re.compile(r"\s+cứ\b"),  # "... Luật X căn cứ tình hình ..." (based on)
                 "dự": re.compile(r"\s+kiến\b"),  # "Luật X dự kiến trình ..." (is expected to)
                 "công": re.compile(r"\s+bố\b"),  # "Luật đất đai công bố ngày ..." (promulgated)
                 # "Luật BHYT ban hành năm 2008" (issued), past the first word: "Luật ban hành
                 # văn bản quy phạm pháp luật" is a name
                 "ban": re.compile(r"\s+hành\b"),
                 # a news item's verbs after "Luật" (the law, as subject): "Luật hoàn thiện
                 # và thống nhất ...", "Luật tiếp tục kế thừa ..." (also "Luật cũng ...")
                 "hoàn": re.compile(r"\s+thiện\b"), "tiếp": re.compile(r"\s+tục\b"),
                 # "Luật chính thức có hiệu lực" (officially), "Luật Thanh niên chính là ..." (is
                 # precisely), "Luật không chỉ thay thế ..." (not only), "Luật X ra đời" (was born)
                 "chính": re.compile(r"\s+(?:thức|là)\b"), "không": re.compile(r"\s+chỉ\b"),
                 "ra": re.compile(r"\s+đời\b"),
                 "chưa": re.compile(r"(?!\s+thành\s+niên\b)"),
                 # "thành" (into: "tách Luật Giao thông đường bộ thành Luật ..."), not in a name's
                 # "thành niên", "thành phố", "thành viên"
                 "thành": re.compile(r"(?!\s+(?:niên|phố|viên)\b)")}
# "số" (number) ends a name where a number follows ("Luật Đất đai số 45/2013/QH13"), and is
# one of its words elsewhere: "Luật Tần số vô tuyến điện", "Luật Chuyển đổi số".
_NUMBER_AFTER = re.compile(r"[\s*]*+(?:hiệu[\s*]*+)?:?[\s*]*+\d", re.IGNORECASE)  # "*": Markdown
_MAX_NAME_WORDS = 10
# A line may break inside a name, and so may blank lines before a lower-case word (text from
# a PDF with blank lines between its lines: "Luật Thực" / "" / "hiện dân chủ ở cơ sở").
_NAME_GAP = re.compile(rf"[ \t]*(?:\r?\n[ \t]*(?:(?:\r?\n[ \t]*){{1,3}}(?=[{LOWER}]))?)?(?=\w)")
# A date line under a công văn's subject line: "V/v ... Điều 22 Luật BHYT" / "Hà Nội, ngày ...",
# its place's words all capitalised (not a name's words wrapped: "Luật Tổ chức" / "Chính phủ,
# ngày ...").
_DATE_LINE = re.compile(rf"[{UPPER}][{LOWER}]*(?:[ \t]+[{UPPER}][{LOWER}]*){{0,4}},[ \t]*ngày\b")
_GAP_SPAN = 32  # room for justified spacing, a line break and the next line's indent
# ... or a page's number blanked (`normalize`) between a name's words: "Luật Bảo vệ" / "2" /
# "môi trường"; the next line goes on in lower case
_PAGE_GAP = re.compile(rf"[ \t]{{{_GAP_SPAN},}}\r?\n[ \t]*(?=[{LOWER}])")
_PAGE_GAP_SPAN = 240
# "Phòng, chống ..." (also "phòng , chống", and in a title, "LUẬT PHÒNG, CHỐNG THAM NHŨNG", which
# was "LUẬT PHÒNG"), "Quản lý, sử dụng ...": a comma inside a name; so
# is the last one before the law's number, if no other document is named between ("Luật sửa
# đổi, bổ sung một số điều của 10 luật có liên quan đến an ninh, trật tự số 118/2025/QH15"; not
# "Luật Tiếp công dân, Luật Tố cáo số 25/2018/QH14")
_NAME_COMMA = re.compile(r"[ \t]*,\s*(?=(?i:chống)\b)|(?<=(?i:quản lý)),\s*(?=(?i:sử\s+dụng)\b)"
                         r"|,\s*(?=(?:(?!Luật|luật|LUẬT|Bộ|Nghị|Pháp|Hiến)[^,;.()]){1,60}?"
                         r"\s+số\s*\d{1,3}/\d{4}/QH)")
# A "và" of the table may be printed as a comma or left out: "Luật Tổ chức Hội đồng nhân dân,
# Uỷ ban nhân dân" and "Luật Phòng cháy chữa cháy" are the names as writers give them, not
# "Luật Tổ chức Hội đồng nhân dân" cut short or a law of their own; and a comma as "và": "Luật
# ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Uỷ ban nhân dân" (it was cut at
# "của", the law of 2008).
_JOINED_NAME_PATTERN = "(?:" + "|".join(
    r"(?:\s*,\s*|\s+va\s+|\s+)".join(r"\s+".join(map(re.escape, part.split()))
                                   for part in name.split(","))
    .replace(r"\s+va\s+", r"(?:\s+va\s+|\s*,\s*|\s+)")
    for name in sorted((fold_chars(n) for n in (*JOINED_LAW_NAMES, *NAME_VARIANTS)),
                       key=len, reverse=True)) + ")"
for _short, _long in NAME_ABBREVIATIONS.items():  # "Tổ chức HĐND và UBND" is in the table too
    _spelled = r"\s+".join(fold_chars(_long).split())
    _JOINED_NAME_PATTERN = _JOINED_NAME_PATTERN.replace(
        _spelled, f"(?:{_spelled}|{fold_chars(_short)})")
_JOINED_NAME = re.compile(_JOINED_NAME_PATTERN + r"(?!\w)")
# ... and is written back as the table has it, so that every spelling names one law: the
# table's name by its folded words without "và" (folding drops the commas).


def _words_but_va(name: str) -> tuple[str, ...]:
    return tuple(w for w in fold_words(name).split() if w != "va")


_IN_TABLE = {_words_but_va(n): n for n in JOINED_LAW_NAMES} | {
    _words_but_va(variant): n for variant, n in NAME_VARIANTS.items()}
_JOINED_SPAN = max(map(len, JOINED_LAW_NAMES)) + 20  # room for line breaks and spaces
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(NAME_ABBREVIATIONS) + r")\b")


_AGAINST_ALL = re.compile(r"(?<=[Cc]hống )các ")  # "phòng, chống các bệnh ...": "chống bệnh"


def _spelled_out(name: str) -> str:
    """A name as printed, single-spaced, its abbreviations spelled out (`NAME_ABBREVIATIONS`;
    also "HÐND", with the look-alike Ð)."""
    name = _AGAINST_ALL.sub("", " ".join(name.replace("Ð", "Đ").split()))  # "chống các bệnh"
    upper = name.isupper()  # in a title: "LUẬT TỔ CHỨC HĐND VÀ UBND"
    return _ABBREVIATION.sub(
        lambda m: NAME_ABBREVIATIONS[m.group()].upper() if upper else NAME_ABBREVIATIONS[m.group()],
        name)


# An amending law is named after the laws it amends: "Luật sửa đổi, bổ sung một số điều của
# Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương".
# Matched on folded text, so that "Ðiều" (with the look-alike Ð) and doubled spaces match too.
# Parts amended besides articles may stand before "của": "Luật sửa đổi, bổ sung một số điều và
# Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê" (2021). "bổ sung" may be left
# out: "Luật sửa đổi Luật Doanh nghiệp" (76/2025/QH15).
_AMENDING = re.compile(r"sua\s+doi(?:,?\s+bo\s+sung)?(?:\s+mot\s+so\s+dieu"
                       r"(?:\s*(?:,|va\b)[^;.:()]{1,100}?\s+cua(?=\s+(?:bo\s+)?luat\b))?)?"
                       r"(?:\s+cua)?(?:\s+cac)?\s+",
                       re.IGNORECASE)
_NAME_JOIN = re.compile(r"\s*(?:,|\bvà\b)\s*")
_RELATED_LAWS = re.compile(r"(?:\d+\s+)?luat\s+(?:co\s+)?lien\s+quan\s+den\s+"
                           r"|luat\s+(?:ve\s+)?(?P<tax>thue)\b",  # "... của các Luật thuế"
                           re.IGNORECASE)
_CUE_SPAN = 180  # characters after "Luật" read for an amending law's words
# Words after "Luật" that make no name: "các Luật liên quan", "luật hiện hành", "luật khác",
# "theo Luật định" (as the law prescribes), a portal's "Luật Không số" (a law without a number,
# in vbpl.vn's effect history), and the tax laws as a kind, "... của các Luật thuế;" (no tax is
# named: "Luật Thuế giá trị gia tăng").
_NO_NAME = re.compile(r"(?:lien\s+quan|hien\s+hanh|khac|chuyen\s+nganh|khong\s+so|dinh)\b"
                      r"|thue(?!\s+(?!va\b|ngay\b|nam\b|so\b)[^\W\d_])")
_NO_NAME_SPAN = 16 + _GAP_SPAN  # those words, broken over a line as a name may be ("liên" / "quan")
_CLAUSE_LINE = re.compile(r"(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị|Thực\s+hiện)\s")
_RECORD_LINE = re.compile(rf"{RECORD_FIELD_NAME}\s*[:|]")
_UPPER_LINE = re.compile(rf"[^\n{LOWER}]*+(?:\n|$)")  # possessive: no backtracking in a long line
# A draft's name is written in capitals; "dự thảo Luật trình Quốc hội ...", "dự thảo Luật kế
# thừa ...", "dự thảo Luật giao Chính phủ ..." name no law: a verb follows "the draft Law".
# (not an amending law's, "dự thảo Luật sửa đổi, bổ sung ...", whose name starts in lower case)
_DRAFT_BEFORE = re.compile(r"du\s+thao\s+luat\s+(?!sua\s+doi)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int
    end: int
    name: str  # "Luật Tiếp công dân", single-spaced
    amending_cue: int | None = None  # where "sửa đổi, bổ sung" starts in an amending law's name


def find_law_names(text: str) -> list[NameMatch]:
    """Laws and ordinances named in `text` ("Luật Thực hiện dân chủ ở cơ sở"), in order.

    An amending law's name runs over the names of the laws it amends, which are also found on
    their own; one whose name stops at "Luật sửa đổi" is left out: it names no law.
    """
    names = _plain_law_names(text)
    by_start = {n.start: n for _, n in names}
    found = []
    for words_start, name in names:
        window = fold_chars(text[words_start:words_start + _CUE_SPAN])
        amending = _AMENDING.match(window)
        if amending is None:
            found.append(name)
            continue
        cue_start, cue_end = words_start + amending.start(), words_start + amending.end()
        end, inner = None, by_start.get(cue_end)
        while inner is not None:
            end = inner.end
            join = _NAME_JOIN.match(text, end)
            inner = by_start.get(join.end()) if join and join.end() > end else None
        if end is not None:
            found.append(NameMatch(name.start, end, _spelled_out(text[name.start:end]),
                                   cue_start))
        elif related := _RELATED_LAWS.match(fold_chars(text[cue_end:cue_end + _CUE_SPAN])):
            # "Luật sửa đổi, bổ sung một số điều của các luật liên quan đến đầu tư xây dựng cơ
            # bản" (38/2009/QH12), "... của các Luật thuế" (71/2014/QH13) name the laws they
            # amend by their field: one name, whole.
            end = (cue_end + related.end() if related.group("tax")  # the field's one word
                   else _name_end(text, cue_end + related.end()))
            found.append(NameMatch(name.start, end, _spelled_out(text[name.start:end])))
    return found


def _plain_law_names(text: str) -> list[tuple[int, NameMatch]]:
    """(where the words after the head start, name) of each name, up to its first stop."""
    found = []
    for m in LAW_NAME_START.finditer(text):
        head_end = m.end("head")
        if (m.start() and text[m.start() - 1].isalpha()
                or head_end < len(text) and is_word_char(text[head_end])):
            continue  # inside a word; a list's number may stand glued before: "- 1Luật ..."
        before = fold(text[max(0, m.start() - 6):m.start()])
        if (before.endswith(("phap", "ky"))
                or (_COMPOUND.match(text, head_end) and fold(m.group("head")) == "luat")
                or _CIVIL.search(text, max(0, m.start() - 8), m.start())
                or fold(text[max(0, m.start() - 16):m.start()]).endswith("loaivanban")):
            continue  # "pháp luật", "kỷ luật", "dân luật" (civil law), law firms: no names;
            # nor a portal's record of a law's type, "Loại văn bản: Luật" / "Người ký ..."
        # The Constitution is named by its head alone too ("Hiến pháp năm 2013").
        constitution = m.group("head")[0] == "H"
        joined = _JOINED_NAME.match(fold_chars(text[m.end():m.end() + _JOINED_SPAN]))
        # "Luật Cán bộ, công chức" from the table; any other name up to its first stop
        end = (m.end() + joined.end() if joined
               else _name_end(text, m.end(), upper=m.group("head").isupper()))
        cut_off = end - m.end() < 2 and not text[end:].strip()  # one letter that ends the text:
        # an excerpt cut off in a word, "... hướng dẫn thi hành Luật B"
        if end == m.end() or cut_off or _broken_off(text, head_end, m.end(),
                                                    m.group("head").isupper()) or (
                _NO_NAME.match(fold_chars(text[m.end():m.end() + _NO_NAME_SPAN]))) or (
                text[m.end():m.end() + 1].islower() and _DRAFT_BEFORE.search(
                    fold_chars(text[max(0, m.start() - 10):m.end() + 7]))):
            end = head_end
        if end > head_end or constitution:
            name = _spelled_out(text[m.start():end])
            found.append((m.end(), NameMatch(m.start(), end, _as_in_table(name) if joined
                                             else name)))
    return found


def _as_in_table(name: str) -> str:
    """A name of the table printed otherwise, written as the table has it: "Luật Tổ chức Hội
    đồng nhân dân, Uỷ ban nhân dân" is "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Luật Hỗ trợ doanh nghiệp vừa và nhỏ" (`NAME_VARIANTS`) "... nhỏ và vừa"."""
    head, _, words = name.partition(" ")
    if fold(head) == "bo":  # "Bộ luật ..."
        more, _, words = words.partition(" ")
        head = f"{head} {more}"
    table = _IN_TABLE.get(_words_but_va(words))
    if table is None or fold_words(table) == fold_words(words):
        return name  # as printed, if only its case or spacing differs
    return f"{head} {table.upper() if words.isupper() else table}"


def _heading_line(text: str, pos: int) -> bool:
    """Whether the line at `pos` is in capitals: no lower-case letter, two capitals at least."""
    line = _UPPER_LINE.match(text, pos)
    return line is not None and sum(c.isupper() for c in line.group()[:8]) >= 2


def _broken_off(text: str, head_end: int, start: int, upper: bool) -> bool:
    """Whether a head at a line's end ("... xây dựng Luật" / "" / "Đức Cường (Phòng ...)") is
    broken off from the words at `start`: by a blank line before them (but under a title's
    head, "LUẬT" / "" / "THANH NIÊN"), or by a portal's record, a list item or the date line
    (not a line that opens as a clause or a heading does: the name may, "Luật" / "Thực hiện dân
    chủ ở cơ sở")."""
    if "\n" not in text[head_end:start]:
        return False
    gap = _NAME_GAP.match(text, head_end, head_end + _GAP_SPAN)
    return bool(not upper and (gap is None or gap.end() != start)
                or ITEM_KIND.match(text, start) or _DATE_LINE.match(text, start)
                or _RECORD_LINE.match(fold_chars(text[start:start + 24])))


def _line_ends_name(text: str, at: int, upper: bool) -> bool:
    """Whether the line at `at` ends a name that the line before breaks off: a list item ("I.
    MỤC ĐÍCH"), the date line, a preamble's clause ("... Luật Giao thông đường thủy nội địa" /
    "Căn cứ Luật Tổ chức ..."), a heading under a title in lower case ("... Luật ban hành văn
    bản quy phạm pháp luật" / "CHÍNH PHỦ"), a portal's record ("Cơ quan ban hành: ..."), or the
    authority under an upper-case title ("... THI HÀNH LUẬT ĐẤT ĐAI" / "QUỐC HỘI"), or another
    law's name: a headline over its first sentence ("Luật Phòng, chống bạo lực gia đình" /
    "Luật Phòng, chống bạo lực gia đình (BLGĐ) có hiệu lực ...")."""
    return bool(ITEM_KIND.match(text, at) or _DATE_LINE.match(text, at)
                or LAW_NAME_START.match(text, at)
                or _CLAUSE_LINE.match(text, at)
                or not upper and _heading_line(text, at)
                or upper and AUTHORITY.match(fold_words(line_from(text, at)))
                or _RECORD_LINE.match(fold_chars(text[at:at + 24])))


def _name_end(text: str, pos: int, upper: bool = False) -> int:
    """Where the words of a name starting at `pos` end: at a stop word, a line's or a
    clause's end, or after `_MAX_NAME_WORDS` words. `upper`: the name is in an upper-case
    title ("LUẬT\nTHỰC HIỆN DÂN CHỦ Ở CƠ SỞ"), which the first word not in upper case ends
    ("Căn cứ Hiến pháp ..." on the next line)."""
    end, previous, first = pos, "", pos
    for _ in range(_MAX_NAME_WORDS):
        w = _NAME_WORD.match(text, pos)
        word = w.group().lower().replace("ð", "đ") if w else ""  # ð: Ð's look-alike
        if previous == "chống" and word == "các":  # "Luật phòng, chống các bệnh truyền nhiễm":
            word = "_"  # what is fought goes on (it was "Luật phòng, chống"), "các" dropped
        previous = word
        if (w is None or word in _NAME_STOPS or (upper and not w.group().isupper())
                or word == "số" and _NUMBER_AFTER.match(text, w.end())
                or word in _PHRASE_STOPS and w.group()[0].islower()
                and _PHRASE_STOPS[word].match(text, w.end()) and (word != "ban" or pos > first)):
            break
        end = w.end()
        gap = (_NAME_GAP.match(text, end, end + _GAP_SPAN)
               or _PAGE_GAP.match(text, end, end + _PAGE_GAP_SPAN))
        if gap is not None and "\n" in text[end:gap.end()] and _line_ends_name(
                text, gap.end(), upper):
            break
        if gap is None or gap.end() == end:
            # "Luật Phòng, chống tham nhũng": a comma inside a name before "chống".
            gap = _NAME_COMMA.match(text, end, end + _GAP_SPAN)
            if gap is None:
                break
        pos = gap.end()
    return end
