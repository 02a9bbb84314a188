"""The words of laws' names as data: names that hold a word which otherwise ends one, other
wordings of them, the abbreviations printed inside them, the words after a head that make no
name, and the words and phrases that end one. `law_names.py` reads a name with them; the
key of a law known by its name alone (`named_key`) is made of its head and words here."""

from __future__ import annotations

import datetime as dt
import re

from extract.models import DocumentKey
from extract.normalize import fold
from extract.tables import ASSEMBLY_ISSUERS, LAW

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
    "Hoạt động giám sát của Quốc hội",  # 2003, which it replaced
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
    "Bảo vệ công trình quan trọng liên quan đến an ninh quốc gia",  # an ordinance of 2007
    "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác", "Thuế xuất khẩu, thuế nhập khẩu",
    "Quy hoạch đô thị và nông thôn", "Địa chất và khoáng sản", "Trưng mua, trưng dụng tài sản",
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
    "Phòng, chống lụt, bão", "Bưu chính, viễn thông", "Cấp, thoát nước",  # 1993, 2002, 2025
    # ... and the ordinances of 1998 and 2007 that hold "thực hiện", which ends others
    "Ký kết và thực hiện điều ước quốc tế", "Ký kết và thực hiện thỏa thuận quốc tế",
    # ... and the procedural ordinances of 1989 to 1996, which hold "các" (that ends others)
    "Thủ tục giải quyết các vụ án dân sự", "Thủ tục giải quyết các vụ án kinh tế",
    "Thủ tục giải quyết các vụ án hành chính", "Thủ tục giải quyết các tranh chấp lao động",
    "Phục hồi, phá sản", "Khoa học, công nghệ và đổi mới sáng tạo", "Thi hành tạm giữ, tạm giam",
    "Ký kết, gia nhập và thực hiện điều ước quốc tế", "Chuyển giao người đang chấp hành án phạt tù",
    "Tương trợ tư pháp về dân sự", "Tương trợ tư pháp về hình sự",
    # ... and the ordinance of 1994 that opens with "quy định" (which ends others)
    "Quy định danh hiệu vinh dự Nhà nước",
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
    # the people's courts and procuracies: "Luật Tổ chức TAND", "Luật Tổ chức VKSND"
    "TAND": "Tòa án nhân dân", "VKSND": "Viện kiểm sát nhân dân",
    # and whole names as letters, reports and news shorten them: "Luật PCCC", "Luật CBCC",
    # "Luật GD đại học", "Luật PPP" (the law on public-private partnership investment)
    "PCCC": "phòng cháy, chữa cháy", "CNCH": "cứu nạn, cứu hộ",
    "PCTN": "phòng, chống tham nhũng", "TDTT": "thể dục, thể thao", "HTX": "hợp tác xã",
    "CBCC": "cán bộ, công chức", "CAND": "Công an nhân dân", "NVQS": "nghĩa vụ quân sự",
    "NCT": "người cao tuổi", "DQTV": "dân quân tự vệ", "CCCD": "căn cước công dân",
    "ATVSLĐ": "an toàn, vệ sinh lao động", "ANM": "an ninh mạng", "TGPL": "trợ giúp pháp lý",
    "GD": "giáo dục", "HGĐTTTA": "hòa giải, đối thoại tại Tòa án",
    "PPP": "đầu tư theo phương thức đối tác công tư",
    "MTTQ": "Mặt trận Tổ quốc", "VPHC": "vi phạm hành chính", "TTĐB": "tiêu thụ đặc biệt",
    "CCB": "Cựu chiến binh", "ATGT": "an toàn giao thông", "ATTT": "an toàn thông tin",
    "SHTT": "sở hữu trí tuệ", "CNTT": "công nghệ thông tin", "KHCN": "khoa học và công nghệ",
    "KTTV": "khí tượng thủy văn",
    "PCMT": "phòng, chống ma túy", "PCRT": "phòng, chống rửa tiền", "BPVN": "Biên phòng Việt Nam",
    "THADS": "thi hành án dân sự", "PCTHTL": "phòng, chống tác hại của thuốc lá",
    "BMNN": "bí mật nhà nước", "DBĐV": "dự bị động viên",
    # (after "ĐBQH", which spells it in full: it is read first)
    "QH": "Quốc hội",  # "Luật Tổ chức QH", "Luật Hoạt động giám sát của QH và HĐND"
}

# A name of the table may spell out its abbreviations as it goes: "Luật Hoạt động giám sát của
# Quốc hội (QH) và Hội đồng nhân dân (HĐND)"; the brackets are blanked while it is read against
# the table (it was read as the law of 2003, "... của Quốc hội"), and dropped from the name.
ABBREVIATION_BRACKET = re.compile(r"(?<=\w)[ \t]*\([A-ZĐ]{2,8}\)(?=[ \t]+\w)")


def blank_abbreviation_brackets(text: str) -> str:
    """`text` with each bracket that spells out an abbreviation inside a name blanked, so that
    offsets into it still index `text`."""
    if "(" not in text:  # (most names hold none: no pass over them)
        return text
    return ABBREVIATION_BRACKET.sub(lambda bracket: " " * len(bracket.group()), text)


# Words after "Luật" that make no name: "các Luật liên quan", "luật hiện hành", "luật khác",
# "dự án Luật rất khó" (the bill is very hard), "... của Luật tới các đối tượng" (of the Law, to
# those it serves), "theo Luật định" (as the law prescribes), a portal's "Luật Không số" (a
# law without a number, in vbpl.vn's effect history), and the tax laws as a kind, "... của các
# Luật thuế;" (no tax is named: "Luật Thuế giá trị gia tăng"); a news item's "Luật không bao
# gồm ..." (does not cover), "đưa Luật khá chi tiết" (fairly), "Luật ra khu vực ..." (out to),
# "Dự án Luật nói trên" (above), "đạo Luật quan trọng" (important), "Luật đưa ra ..." (puts
# forward), "Luật khuyến khích ..." (encourages), "Luật chuẩn bị ..." (prepares), "dự án Luật
# lớn" (a big bill), "... hướng dẫn Luật chờ đợi" (the Law waits), "của Luật giúp cho ..." (helps),
# "Luật nhấn mạnh" (stresses), "phổ biến Luật rộng rãi" (widely), "Luật đảm bảo rằng" (ensures),
# "điểm mới của Luật so với Pháp lệnh" (compared with), "thi hành Luật đồng bộ" (in step),
# "bộ Luật đề cập đến" (deals with), "Luật hoàn toàn phù hợp" (wholly), a law firm's "đơn vị
# Luật uy tín" (a reputable one), "Nội dung của Luật điều chỉnh việc ..." (governs), "Dự án Luật
# công phu, nghiêm túc" (elaborate).
NO_NAME = re.compile(r"(?:lien\s+quan|hien\s+hanh|khac|chuyen\s+nganh|khong|dinh|rat|toi|kha|ra"
                     r"|noi\s+tren|quan\s+trong|dua\s+ra|khuyen\s+khich|chuan\s+bi|lon"
                     r"|cho\s+doi|giup|nhan\s+manh|rong\s+rai|dam\s+bao|so\s+voi|dong\s+bo"
                     r"|de\s+cap|hoan\s+toan|uy\s+tin|dieu\s+chinh|cong\s+phu)\b"
                     r"|giao(?=\s*[,.;:])"  # "các nội dung Luật giao, ..." (the law assigns)
                     r"|thue(?!\s+(?!va\b|ngay\b|nam\b|so\b)[^\W\d_])")

# Words "luật" makes with the next one: "Luật sư" (a lawyer: "Đoàn Luật sư"), "Luật gia" (a
# jurist: "Hội Luật gia"), "luật pháp" (the law at large: "Luật pháp và hiến ghép mô ... trên thế
# giới"), "Luật học" (jurisprudence: "Luật học Black", a dictionary); no law's name ("Luật Luật
# sư" is one; "Luật Giá", prices, is another), also in capitals: "TỔ CHỨC LUẬT SƯ NƯỚC
# NGOÀI", "Luật Sư Tuấn" (a lawyer by name); also "luật hóa" (to enact as law: "Chính thức
# Luật hóa đặt cược thể thao"), but not "Luật Hóa chất" (chemicals), and "luật lệ" (rules: a
# library's catalogue subject, "Việt Nam (CHXHCN). Luật lệ và sắc lệnh."), but not a fee's
COMPOUND_WORDS = ("sư", "gia", "pháp", "học")
COMPOUND = re.compile(rf"[ \t]*(?i:{'|'.join(COMPOUND_WORDS)}|h(?:óa|oá)(?![ \t]+chất)"
                      rf"|lệ(?![ \t]+phí))\b")

# Words that end a law's name (lower case, with diacritics: folded "có" would also stop at
# "cơ sở"): what follows a name, never inside one.
NAME_STOPS = frozenset(
    "ngày năm có và về trên hiệu đã được của để nhằm theo tại thì với gắn cho này do "
    "các trong đến từ khi sau mới hoặc những là sẽ đang phải cần thuộc như vào "
    "nêu trước tỉnh huyện mà nếu nhưng còn bằng trừ gồm kịp cũng thay đạt đây chương bởi dựa "
    "lần vì sớm vừa cùng cũ kèm tháng lượt vẫn nên xin đều kể đặt xem chỉ nghiêm sâu dưới "
    "dành đó".split()
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
# or "lượt" (times: a page's counter under a headline, "... dân chủ ở cơ sở" / "Lượt xem: 745")
# or "vẫn" (still: "Bộ Luật vẫn còn nhiều điều, khoản ...")
# or a news item's words after a law as its subject: "nên" (so), "xin" (asks), "đều" (all),
# "kể" ("kể từ", since), "đặt" ("đặt ra", sets), or a page's link under it, "xem" (see: "Luật
# xử lý vi phạm hành chính" / "Xem chi tiết: Tại đây"), "chỉ" (only: "Luật chỉ đưa ra khung pháp
# lý ..."), "nghiêm" (strictly: "triển khai Luật Khí tượng thủy văn nghiêm túc"), "sâu" ("sâu
# rộng", widely), "dưới" (under: "... dưới góc nhìn ..."), "dành" (for: "... Luật dân sự dành
# cho người học"), "đó" (that: "kế thừa từ Pháp lệnh đó là ...", "Luật đó")
# ... and phrases, by their first word: "... do Luật Bảo hiểm xã hội quy định" (prescribes).
# "chưa" (not yet) ends one but in "Luật Tư pháp người chưa thành niên" (juvenile justice).
# The times of day, which end a name capitalised too: a news item's first paragraph under a
# headline, "Công bố Luật Nhà giáo" / "Sáng 11/7, ..."
TIMES_OF_DAY = ("sáng", "chiều", "tối", "hôm")  # ... and the day: "hôm 15/11", "hôm qua"
# ... and so does "Căn cứ" (based on), a preamble's first clause run into a title's line: "...
# hướng dẫn thi hành một số điều của Luật Chuyển giao công nghệ Căn cứ Luật tổ chức Chính phủ",
# and "Tiếp tục" (goes on) opening the next line: "... của Luật Tổ chức VKSND" / "Tiếp tục ...",
# and "Phạm vi" (scope), a heading or a fact box's label under a name: "Luật An ninh mạng Việt
# Nam" / "Phạm vi áp dụng: Toàn lãnh thổ Việt Nam"
CAPITALISED_STOPS = (*TIMES_OF_DAY, "căn", "tiếp", "kính", "phạm")
PHRASE_STOPS = {"quy": re.compile(r"\s+[đð]ịnh\b", re.IGNORECASE),
                # "hướng dẫn" (guides); "hướng tới" (aims at: "Luật Trí tuệ nhân tạo hướng tới
                # mục tiêu kép")
                "hướng": re.compile(r"\s+(?:dẫn|tới|đến)\b", re.IGNORECASE),
                "bảo": re.compile(r"\s+[đð]ảm\b"),  # "bảo đảm", not "Luật Bảo đảm trật tự ..."
                "đối": re.compile(r"\s+với\b"),  # "đối với" (as for)
                # "Bộ luật Lao động hiện hành" (in force), "Luật Dược hiện nay" (now)
                "hiện": re.compile(r"\s+(?:hành|nay|tại)\b"),  # (or "hiện tại", current)
                "đồng": re.compile(r"\s+thời\b"),  # "đồng thời" (and also)
                "bao": re.compile(r"\s+gồm\b"),  # "bao gồm" (includes)
                "áp": re.compile(r"\s+dụng\b"),  # "Luật X áp dụng ..." (applies)
                "sát": re.compile(r"\s+với\b"),  # "thống nhất với Luật X sát với thực tiễn"
                "căn": re.compile(r"\s+cứ\b"),  # "... Luật X căn cứ tình hình ..." (based on)
                "dự": re.compile(r"\s+kiến\b"),  # "Luật X dự kiến trình ..." (is expected to)
                # "Luật đất đai công bố ngày ..." (promulgated); "công ước" (a convention: "...
                # tương thích Luật biển Việt Nam với công ước Luật biển 1982")
                "công": re.compile(r"\s+(?:bố|ước)\b"),
                # "Luật BHYT ban hành năm 2008" (issued), past the first word: "Luật ban hành
                # văn bản quy phạm pháp luật" is a name
                "ban": re.compile(r"\s+hành\b"),
                # a news item's verbs after "Luật" (the law, as subject): "Luật hoàn thiện
                # và thống nhất ...", "Luật tiếp tục kế thừa ..." (also "Luật cũng ..."); and
                # "hoàn chỉnh" (complete: "mong muốn có một Luật Du lịch hoàn chỉnh")
                "hoàn": re.compile(r"\s+(?:thiện|chỉnh)\b"), "tiếp": re.compile(r"\s+tục\b"),
                # "Luật chính thức có hiệu lực" (officially), "Luật Thanh niên chính là ..." (is
                # precisely), "thi hành Luật chính xác" (accurately), "Luật không chỉ thay thế
                # ..." (not only; and "... mà Luật đầu tư không cấm", does not forbid: "Luật Phòng
                # không nhân dân", "Luật Hàng không dân dụng" are names), "Luật X ra đời" (was
                # born)
                "chính": re.compile(r"\s+(?:thức|là|xác)\b"),
                "không": re.compile(r"\s+(?:chỉ|cấm|quy\s+định|có|còn|được)\b"),
                "ra": re.compile(r"\s+đời\b"),
                # "... Luật thuế thu nhập cá nhân bắt đầu có hiệu lực" (starts to take effect; "...
                # để Luật Di sản văn hóa bắt kịp ...", catches up),
                # and a news item's verbs: "Luật Căn cước mở rộng đối tượng ..." (widens),
                # "Luật Dân số nghiêm cấm ..." (strictly forbids), "Hiến pháp đầu tiên ghi nhận
                # ..." (records), "Luật X làm rõ ..." (clarifies)
                "bắt": re.compile(r"\s+(?:đầu|kịp)\b"), "mở": re.compile(r"\s+rộng\b"),
                "nghiêm": re.compile(r"\s+cấm\b"), "ghi": re.compile(r"\s+nhận\b"),
                "làm": re.compile(r"\s+rõ\b"),
                # "Luật Đất đai đầu tiên năm 1987" (the first), a law of its year
                "đầu": re.compile(r"\s+tiên\b"),
                # a minister, the authority over a circular's preamble, run onto its title's
                # line: "... LUẬT DÂN QUÂN TỰ VỆ BỘ TRƯỞNG BỘ QUỐC PHÒNG Căn cứ ..."
                "bộ": re.compile(r"\s+trưởng\s+bộ\b"),
                # "Luật Biên phòng Việt Nam trình Quốc hội" (submitted); "công trình" is a name's
                "trình": re.compile(r"\s+(?:quốc\s+hội|chính\s+phủ)\b", re.IGNORECASE),
                # "... xác định trách nhiệm" (sets out), "... thể chế hóa đường lối" (embodies),
                # "4 Luật thể hiện rõ ..." (show),
                # "... mang lại" (brings; "mang số hiệu", bears the number), "... chủ yếu"
                # (mainly), "... xuất hiện" (appears),
                # "Dự án Luật thông qua vào kỳ họp sau" (adopted)
                "xác": re.compile(r"\s+định\b"), "thể": re.compile(r"\s+(?:chế|hiện)\b"),
                "thông": re.compile(r"\s+qua\b"),
                "mang": re.compile(r"\s+(?:lại|số)\b"), "chủ": re.compile(r"\s+yếu\b"),
                "xuất": re.compile(r"\s+(?:hiện|phát)\b"),  # (or "xuất phát từ", stems from)
                # "... ưu tiên hồi sinh ..." (prioritises), "Đề án ... Luật Biên phòng Việt Nam giai
                # đoạn 2021-2025" (period), "... phạm vi quy hoạch" (scope; "vi phạm hành chính"
                # goes on), "Luật Dược phiên bản mới nhất" (version)
                "ưu": re.compile(r"\s+tiên\b"), "giai": re.compile(r"\s+đoạn\b"),
                "phạm": re.compile(r"\s+vi\b"), "phiên": re.compile(r"\s+bản\b"),
                "góp": re.compile(r"\s+phần\b"),  # "Luật X góp phần ..." (contributes to)
                # "Luật Quảng cáo sửa đổi tác động tới doanh nghiệp" (impacts), "Luật Thỏa thuận
                # quốc tế tạo cơ sở cho ..." (creates a basis), "Luật Dân số đề xuất ..." (proposes;
                # "... theo Điều 20 Luật Trọng tài thương mại đề nghị thành lập", who ask for it)
                "tác": re.compile(r"\s+động\s+(?:tới|đến|lên|vào|sâu|mạnh|trực)\b"),
                "tạo": re.compile(r"\s+(?:cơ\s+sở|nền\s+tảng|hành\s+lang|động\s+lực"
                                  r"|điều\s+kiện)\b"),
                "đề": re.compile(r"\s+(?:xuất|nghị)\b"),
                "giải": re.compile(r"\s+thích\b"),  # "Luật Quốc tịch giải thích: ..." (explains)
                # "... của Luật Chuyển giao công nghệ liên quan đến Danh mục ..." (related to)
                "liên": re.compile(r"\s+quan\b"),
                # "Luật Nhà giáo tập trung vào ..." (focuses on), "... khẳng định vị thế" (affirms),
                # "Luật thống nhất giao ..." (unifies), "Luật yêu cầu ..." (requires), "Luật giao
                # thẩm quyền cho ..." (assigns; "Luật Giao thông đường bộ" is a name)
                "tập": re.compile(r"\s+trung\b"), "khẳng": re.compile(r"\s+định\b"),
                "thống": re.compile(r"\s+nhất\b"), "yêu": re.compile(r"\s+cầu\b"),
                # ... or a body it assigns to: "Luật giao Bộ Tài nguyên và Môi trường khoanh định",
                # or none, a clause's end: "các nội dung được Luật X giao (khoản 6 Điều 27 ...)"
                "giao": re.compile(r"\s+(?:thẩm\s+quyền|cho|nhiệm\s+vụ|trách\s+nhiệm|Bộ|Chính\s+phủ"
                                   r"|Ủy\s+ban|UBND|Hội\s+đồng)\b|\s*[(,.;:]"),
                "trở": re.compile(r"\s+thành\b"),  # "... Luật Nhà giáo trở thành ..." (becomes)
                # "... của Việt Nam nói chung, Luật Cảnh sát biển Việt Nam nói riêng" (in
                # particular)
                "nói": re.compile(r"\s+(?:riêng|chung)\b"),
                # "Luật kế thừa ..." (inherits), "Luật Căn cước công dân đổi thành ..." (renamed;
                # "Luật Chuyển đổi số" is a name), "Luật Đầu tư thực hiện tại ..." (carried out,
                # past the first word: "Luật thực hiện dân chủ ở cơ sở" is a name)
                "kế": re.compile(r"\s+thừa\b"), "đổi": re.compile(r"\s+thành\b"),
                "thực": re.compile(r"\s+hiện\b"),
                # "Pháp lệnh Bảo vệ bí mật Nhà nước thời gian qua ..." (recently)
                "thời": re.compile(r"\s+gian\b"),
                # "... bảo đảm Luật Lưu trữ đi vào cuộc sống" (goes into; "đi sâu vào", deep
                # into), not "... đi làm việc"
                "đi": re.compile(r"\s+(?:sâu\s+)?vào\b"),
                # "... triển khai Luật Tiếp cận thông tin đảm bảo đúng tiến độ" (ensuring)
                "đảm": re.compile(r"\s+bảo\b"),
                # an addressee's line after a report's title: "... thi hành Pháp lệnh Thư viện
                # Kính gửi: Chính phủ" (To)
                "kính": re.compile(r"\s+gửi\b"),
                # "... Bộ luật Hàng hải Việt Nam dưới sự chủ trì của ..." (under the lead of)
                "dưới": re.compile(r"\s+sự\b"),
                # "... áp dụng Luật cạnh tranh một cách đồng bộ" (in a ... way)
                "một": re.compile(r"\s+cách\b"),
                # "Luật Tố tụng hình sự nước ta hiện nay ..." (of our country), "... Bộ luật Hình
                # sự Việt Nam qua các thời kỳ" (through), "Luật X qua 10 năm thi hành" (after)
                "nước": re.compile(r"\s+ta\b"), "qua": re.compile(r"\s+(?:(?:các|nhiều)\b|\d)"),
                # "dự án Luật An ninh mạng cơ bản đủ điều kiện ..." (is by and large ready), not
                # "... đầu tư xây dựng cơ bản"
                "cơ": re.compile(r"\s+bản\s+(?:đã|đủ|được|hoàn\s+thành|thống\s+nhất)\b"),
                # "Bộ luật Hình sự phù hợp với ..." (in line with), "Luật X so với ..." (compared)
                "phù": re.compile(r"\s+hợp\b"), "so": re.compile(r"\s+(?:với|sánh)\b"),
                # a time of day: "... thông qua Luật Quốc tịch Việt Nam sáng 24/6" (morning), not
                # "đổi mới sáng tạo"
                **dict.fromkeys(TIMES_OF_DAY,
                                re.compile(r"\s+(?:nay|qua|hôm|ngày|\d)", re.IGNORECASE)),
                "chưa": re.compile(r"(?!\s+thành\s+niên\b)"),
                # "thành" (into: "tách Luật Giao thông đường bộ thành Luật ..."), not in a name's
                # "thành niên", "thành phố", "thành viên"
                "thành": re.compile(r"(?!\s+(?:niên|phố|viên)\b)")}


_PHRASE_SPAN = 40  # enough for the longest phrase of `PHRASE_STOPS`


def phrase_stop(text: str, w: re.Match[str], word: str, upper: bool) -> bool:
    """Whether the word `w` opens a phrase that ends a name (`PHRASE_STOPS`), also in an
    upper-case title: "LUẬT NGÂN SÁCH NHÀ NƯỚC BAN HÀNH KÈM THEO NGHỊ QUYẾT ..." (issued with)."""
    if word not in PHRASE_STOPS:
        return False
    if upper:
        return PHRASE_STOPS[word].match(text[w.end():w.end() + _PHRASE_SPAN].lower()) is not None
    return ((w.group()[0].islower() or word in CAPITALISED_STOPS)
            and PHRASE_STOPS[word].match(text, w.end()) is not None)


# A law firm writing a portal's article, named as "Luật" and its brand: "Trong bài viết này, Luật
# Hoàng Anh sẽ trình bày ...", "Luật Trần và Liên Danh xin gửi ...", "Luật Dương Gia xin được chia
# sẻ ...", "bài viết của Luật Quang Huy, chúng tôi sẽ giải đáp ..." (no law presents or sends);
# its brand names it elsewhere in the text too, "bài phân tích mới nhất của Luật Dương Gia về ..."
# (a law of that name)
_AUTHOR_VERB = (r"(?:,?[ \t]+chúng[ \t]+tôi)?[ \t]+(?:xin(?:[ \t]+được)?|sẽ)[ \t]+"
                r"(?:gửi|trình bày|tổng hợp|giải đáp|tư vấn|"
                r"phân tích|giới thiệu|chia sẻ|trả lời)\b")
AUTHOR_AFTER = re.compile(r"(?:[ \t]+[^\W\d_]+){0,3}?" + _AUTHOR_VERB)
AUTHOR = re.compile(r"\bLuật((?:[ \t]+[^\W\d_]+){1,3}?)" + _AUTHOR_VERB)


def head_length(words: list[str]) -> int:
    """How many of a law's name's `words` are its head: "Bộ luật", "Pháp lệnh", "Hiến pháp", or
    "Luật"."""
    return 2 if fold(" ".join(words[:2])) in ("boluat", "phaplenh", "hienphap") else 1


def is_constitution(name: str) -> bool:
    """Whether a law's name is the Constitution's, by its head alone or whole."""
    return fold(name).startswith("hienphap")


_CONSTITUTION = "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"
# The days the Assembly adopted a Constitution; one of another year is the one in force as
# amended then ("lần sửa đổi Hiến pháp năm 2025" is 2013's, "năm 2001" 1992's)
_ADOPTED = (dt.date(1946, 11, 9), dt.date(1959, 12, 31), dt.date(1980, 12, 18),
            dt.date(1992, 4, 15), dt.date(2013, 11, 28))
_CONSTITUTIONS = tuple(day.year for day in _ADOPTED)


def constitution_of(name: str, day: dt.date | None) -> DocumentKey | None:
    """The Constitution a document of `day` cites by `name` without a year: the one adopted by
    then, whichever the corpus knows ("Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt
    Nam" in a law of 2015 is 2013's, in an ordinance of 1985 1980's); None for another law."""
    if day is None or not is_constitution(name) or day < _ADOPTED[0]:
        return None
    return named_key(name, max(adopted.year for adopted in _ADOPTED if adopted <= day))


# An amending law's lead, as texts vary it for one law: "sửa đổi bổ sung" without its comma,
# "bổ sung, một số điều" with one more, "một số điều Luật X" without "của", "một sốđiều" glued
# or "một sđiều" with a letter lost (`law_names._AMENDING`). The key takes the lead as the
# law's title prints it, so that every spelling names one node (a long name's id keeps its first
# 60 characters, where one comma more made another id).
_AMENDING_LEAD = re.compile(r"^sửa đổi,?\s+bổ sung,?\s+một số?\s*điều\s+(?:của\s+)?"
                            r"(?=(?:bộ\s+)?luật\b|pháp\s+lệnh\b)", re.IGNORECASE)


# "Việt Nam" (or "ở/tại Việt Nam") after a law's name, which texts add or leave out
_OF_VIET_NAM = re.compile(r"(?:\s+(?:ở|tại))?\s+vi[eệ]t\s+nam$", re.IGNORECASE)


def named_key(name: str, year: int | None = None) -> DocumentKey:
    """The key of a law or ordinance known only by its name, and the year of the date it is
    cited with, if any: "Luật Đất đai" of 2013 and of 2024 are two laws."""
    words = " ".join(name.split())
    if words.isupper():  # "LUẬT THỰC HIỆN DÂN CHỦ Ở CƠ SỞ", in a title
        words = words.lower()
    if is_constitution(words):
        words = _CONSTITUTION  # whole: "Hiến pháp năm 2013" is that of 2013
        if year is not None and year not in _CONSTITUTIONS:
            year = max((y for y in _CONSTITUTIONS if y < year), default=year)
    parts = words.split(" ")
    heads = head_length(parts)
    head, rest = " ".join(parts[:heads]), " ".join(parts[heads:])  # "Bộ luật" "Lao động"
    rest = _AMENDING_LEAD.sub("sửa đổi, bổ sung một số điều của ", rest, count=1)
    if words != _CONSTITUTION:  # "Luật Quốc tịch Việt Nam" is "Luật Quốc tịch", as texts
        rest = _OF_VIET_NAM.sub("", rest) or rest  # cite it either way: one law
    name = f"{head[:1].upper()}{head[1:]} {rest[:1].upper()}{rest[1:]}".rstrip()
    kind = "PL" if fold(head) == "phaplenh" else LAW  # the Constitution is keyed as a law
    return DocumentKey(kind, None, ASSEMBLY_ISSUERS[kind], year, None, name)
