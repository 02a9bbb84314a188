"""The words of issuing bodies' names as data (folded, as `tables.py` writes words matched in
running text): which words a name may hold, which end it, which second words are a body's only
after their first, and which verbs follow a body. `bodies.py` reads a name with them."""

from __future__ import annotations

# Folded words that may stand inside an issuing body's name in lower case ("Ủy ban nhân dân
# tỉnh", "Ban Thường vụ Tỉnh ủy"); capitalised words are taken as they come.
BODY_WORDS = frozenset(
    "uy ban nhan dan tinh huyen xa phuong thi tran quan thanh pho thuong vu chap hanh "
    "trung uong dang chinh phu bi thu va can su chi dao van so noi bo tri quoc "
    "hoi dong tuong tich chu ubnd hdnd mat tran to lien "
    # the second words of boards and departments: "Thường trực", "Tuyên giáo", "Tổ chức",
    # "Kiểm tra", "Giáo dục và Đào tạo", "Tài nguyên và Môi trường", "Kế hoạch và Đầu tư",
    "truc giao chuc tra binh duc tao nguyen truong hoach tu phap toc te dung thong tin "
    "truyen hoc nghe dua khen".split()  # and "Thi đua - Khen thưởng"
)
# Folded words that end a body even in an all-caps title ("CỦA TỈNH UỶ BẾN TRE THỰC HIỆN",
# "CỦA THỦ TƯỚNG CHÍNH PHỦ TRÊN ĐỊA BÀN TỈNH", "... TRONG TÌNH HÌNH MỚI", "... ĐẾN NĂM 2025").
BODY_STOPS = frozenset(
    "ve thuc trien tiep tang nang day ngay so khoa quy tren trong den nham".split()
)
# Words that fold as a stop does but are none (read in lower case, with their tones): "Sở" (a
# department; "số", a number), "Khoa học" ("khóa", a term) and the place names' "Nẵng", "Năng",
# "Quỳ", "Trọng" ("Đà Nẵng", "Krông Năng", "Quỳ Hợp", "Đức Trọng"; "nâng", to raise, "quy
# định", "trong", in). A capital "Quy" is no place either: "của Chính phủ Quy định chi tiết ..."
# is written.
NOT_STOPS = frozenset({"sở", "nẵng", "năng", "quỳ", "khoa", "trọng"})
# A body's word in lower case with other tones is another word: "bộ" ("Đảng bộ tỉnh"), not the
# verb's "bổ" ("của Bộ GD&ĐT bổ sung ..."), nor "tình", "xa", "huyền", "dẫn", "nhận", "thì" (then:
# "của Bộ Tài chính thì ..."), not "thị", "vẫn" (still: "UBND tỉnh Đồng Nai vẫn giữ ...").
TONED = {"bo": "bộ", "tinh": "tỉnh", "xa": "xã", "huyen": "huyện", "dan": "dân",
         "nhan": "nhân", "thi": "thị", "van": "văn vận"}
# Lower-case second words that are common words elsewhere ("an", "phòng", "đổi"), taken only
# after their first: "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ đội Biên phòng", the
# council's committees, "Ban Kinh tế - Ngân sách", "Ban Pháp chế", and the fields of ministries,
# departments and mass organisations: "Bộ Nông nghiệp và Phát triển nông thôn", "Sở Y tế",
# "Bộ Văn hóa, Thể thao và Du lịch", "Sở Giao thông vận tải", "Bộ Quốc phòng", "Ngân hàng Nhà
# nước", "Ban Quản lý", "Tổng cục Thủy lợi", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên Cộng
# sản", "Tỉnh đoàn", "Liên đoàn Lao động", "Công đoàn", a school's "Liên đội" and "Chi đội",
# "Hội đồng Đội", "Hội Cựu chiến binh", "Bộ Thương mại", "Bảo hiểm xã hội", "Tòa án nhân dân
# tối cao" ("TAND tối cao"), "Viện kiểm sát", "Kiểm toán Nhà nước", "Kho bạc Nhà nước", "Ngân
# hàng Chính sách xã hội", "Liên minh Hợp tác xã", "Hội Chữ thập đỏ", "Hội Người cao tuổi",
# "Trung tâm", "Đài Phát thanh và Truyền hình", "Tổ công tác" (a working group), "Đảng ủy khối
# doanh nghiệp", "Học viện", "Ủy ban Pháp luật". A stop word after its first is one of these too
# ("Phát triển"). "phòng" also opens a body ("phòng Tư pháp huyện").
SECOND_WORDS = {"huy": {"chi"}, "su": {"quan"}, "doi": {"bo", "lien", "dong", "chi"},
                "phong": {"van", "bien", "quoc", None}, "che": {"phap"},
                "nghiep": {"nong", "doanh", "cong"}, "trien": {"phat"}, "nong": {"trien", "phoi"},
                "thon": {"nong"}, "doanh": {"khoi"}, "khoi": {"uy"}, "vien": {"hoc"},
                "luat": {"phap"}, "y": {"bo", "so", "tam"}, "hoa": {"van"}, "thao": {"the"},
                "lich": {"du"}, "tai": {"van"}, "hang": {"ngan"}, "nuoc": {"nha"},
                "ly": {"quan", "phap"},
                "hiep": {"lien"}, "nu": {"phu"}, "nien": {"thanh"}, "chien": {"cuu"},
                "san": {"cong", "thuy"}, "doan": {"tinh", "lien", "cong"}, "cuc": {"tong"},
                "loi": {"thuy"}, "mai": {"thuong"}, "hiem": {"bao"},
                # "Văn phòng Điều phối nông thôn mới Trung ương" (a coordination office)
                "phoi": {"dieu"}, "moi": {"thon"},
                "an": {"cong", "toa", "chanh"},  # "Công an", "Tòa án", "Chánh án"
                "toi": {"dan", "tand", "vksnd"}, "cao": {"toi", "nguoi"}, "tuoi": {"cao"},
                "kiem": {"vien"},
                "sat": {"kiem", "giam"}, "toan": {"kiem", "an"}, "bac": {"kho"},
                "giam": {"doan"}, "dai": {"doan"}, "bieu": {"dai"},  # "Đoàn giám sát", "Đoàn
                # đại biểu Quốc hội", a council's delegations
                "sach": {"ngan", "chinh"}, "minh": {"lien"}, "tac": {"hop", "cong"},
                "thap": {"chu"}, "do": {"thap"}, "hinh": {"truyen"}, "tam": {"trung"},
                "gia": {"quoc"}, "doc": {"giam", "thong"}, "nhiem": {"chu"},
                "non": {"mam"},  # "Trường Mầm non Mai Vàng", a preschool
                "cong": {"to", "tong"}, "ty": {"cong"},  # "Tổng công ty"
                "ninh": {"an"}, "kinh": {"ninh"}, "chat": {"hoa"},  # "Cục An ninh kinh tế"
                "giup": {"to", "tro"}, "viec": {"giup"},  # "Tổ giúp việc"
                "phap": {"giup"},  # "Trung tâm Trợ giúp pháp lý Nhà nước", legal aid
                # "Hội đồng Thẩm phán", the judges' council; "Hội đồng thẩm định", an appraisal one
                "tham": {"dong"}, "phan": {"tham"}, "dinh": {"tham"}}
# Names that hold a comma, which otherwise ends a body: (two folded words before it) -> after
COMMA_NAMES = {("van", "hoa"): "the thao",  # "Bộ Văn hóa, Thể thao và Du lịch"
               ("buu", "chinh"): "vien thong",  # "Bộ Bưu chính, Viễn thông" (to 2007)
               ("lao", "dong"): "thuong binh",  # "Bộ Lao động, Thương binh và Xã hội"
               ("bo", "truong"): "chu nhiem"}  # "Bộ trưởng, Chủ nhiệm VPCP": two offices
# Words that start a body's name ("Ban", "Thi đua", "Kinh tế", "Thành phố", "Hương Sơn") but
# a verb or an address after it when the next word is this one: a decision's title often
# starts with its verb in capitals, "của Ủy ban nhân dân tỉnh Phê duyệt Đề án ...".
VERBS = {"ban": "hanh", "thi": "hanh", "kinh": "gui", "phe": "duyet", "thanh": "lap",
         "huong": "dan", "dieu": "chinh", "sua": "doi", "bai": "bo", "kien": "toan",
         "cong": "bo", "phan": "cong", "can": "cu",  # "Căn cứ" opening the next line
         "xet": "de", "phien": "hop",  # "Xét đề nghị" run into the body; "Phiên họp" (session)
         "to": "chuc",  # "của Đảng ủy xã Nghĩa Tá tổ chức Hội nghị ...", not "Ban Tổ chức"
         "chi": "dao",  # "của Bộ Xây dựng và chỉ đạo của UBND tỉnh", not "Ban Chỉ đạo"
         "hanh": "dong",  # "Chương trình số 235-CT/TU của Tỉnh ủy hành động thực hiện ..."
         "thong": "qua"}  # "của Hội đồng nhân dân tỉnh thông qua ..." (passed), not "Giao thông"
# ... names after these: "Ban Tổ chức", "Phòng Tổ chức cán bộ", "Vụ Tổ chức", "Ban Chỉ đạo"
VERB_NAMES = {"to": frozenset({"ban", "phong", "vu"}), "chi": frozenset({"ban"})}
HEAD_WORDS = frozenset({"Bộ", "Sở"})  # a ministry's, a department's: never the whole name
# Names no lower-case word or next line goes on (but "Ban Bí thư" / "Trung ương Đảng"):
WHOLE_NAMES = {"phu": "chinh", "hoi": "quoc", "tri": "chinh", "thu": "bi"}  # last -> first
PARTY_NEXT = frozenset({"trung", "ban", "dang"})
GOES_ON = frozenset({"va", "quoc"})  # ... but "và", and "Học viện Chính trị quốc gia"
# ... and after "và" only a body's first word: not "... Trung ương Đảng và sự lãnh đạo ..."
AFTER_AND = frozenset("uy ubnd hdnd ban bo so hoi chinh thu tinh huyen thanh thi xa".split())

# The provincial Party committee's bodies, which issue `TU` documents.
PROVINCIAL_PARTY_BODIES = ("tinh uy", "thanh uy", "ban thuong vu tinh", "dang bo tinh")
# A body's name that ends on one of these is national: "Trung ương", "TW" abbreviated ("ĐẢNG ỦY
# KHỐI CÁC CƠ QUAN TW"), "tối cao" (supreme), "Nhà nước" (the State's: "Cục Lưu trữ Nhà nước")
NATIONAL_ENDS = ("trung uong", " tw", "viet nam", "quoc gia", "toi cao", "nha nuoc")
# ... but not the Front's committees, which name "Việt Nam" at every level: "Ủy ban MTTQ Việt
# Nam" in a province's plan is the province's.
FRONT = ("mat tran", "mttq")
# A ministry ("Bộ Lao động - Thương binh và Xã hội", "Bộ trưởng Bộ Tài chính") is central; a
# province's military command, its border guard and a unit (bộ phận) are not.
NO_MINISTRY = ("bo chi huy", "bo doi", "bo phan")
# Boards national by their name: "... Trung ương phong trào “Toàn dân ...”", also the
# inter-sector ones: "Ban Chỉ đạo liên ngành Trung ương về an toàn thực phẩm"
NATIONAL_BOARDS = ("ban chi dao quoc gia ", "uy ban quoc gia ", "hoi dong quoc gia ",
                   "ban chi dao trung uong ", "ban chi dao lien nganh trung uong ",
                   "ban chi dao lien nganh quoc gia ")
