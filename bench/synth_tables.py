"""Vocabulary of the synthetic corpus: central issuers, cue sentences, noise, distractors.

Every template states its relation the way `shared/gold/README.md` annotates it, so the
ground truth written beside each document is what a careful annotator would write.
"""

from __future__ import annotations

# Central documents: (type word, type code, issuer, issuing body, shape).
CENTRAL_KINDS = (
    ("Nghị quyết", "NQ", "TW", "Ban Chấp hành Trung ương Đảng", "party"),
    ("Chỉ thị", "CT", "TW", "Ban Bí thư", "party"),
    ("Kết luận", "KL", "TW", "Bộ Chính trị", "party"),
    ("Quy định", "QĐ", "TW", "Ban Bí thư", "party"),
    ("Chỉ thị", "CT", "TTg", "Thủ tướng Chính phủ", "administrative"),
    ("Quyết định", "QĐ", "TTg", "Thủ tướng Chính phủ", "administrative"),
    ("Nghị quyết", "NQ", "CP", "Chính phủ", "administrative"),
    ("Nghị định", "NĐ", "CP", "Chính phủ", "normative"),
    ("Thông tư", "TT", "BNV", "Bộ Nội vụ", "normative"),
)
# Party terms by the year a document was issued (the "(khóa ...)" after a Party body).
PARTY_TERMS = ((2011, "XI"), (2016, "XII"), (2021, "XIII"))

# Local documents a province issues: (type word, type code, issuer, body, shape).
PROVINCE_KINDS = (
    ("Kế hoạch", "KH", "UBND", "Ủy ban nhân dân tỉnh", "administrative"),
    ("Quyết định", "QĐ", "UBND", "UBND tỉnh", "administrative"),
    ("Kế hoạch", "KH", "TU", "Ban Thường vụ Tỉnh ủy", "party"),
    ("Nghị quyết", "NQ", "TU", "Ban Chấp hành Đảng bộ tỉnh", "party"),
    ("Đề án", "ĐA", "TU", "Ban Thường vụ Tỉnh ủy", "party"),
    ("Chương trình", "CTr", "BDVTU-BCSĐUBND", "Ban Dân vận Tỉnh ủy và Ban cán sự đảng UBND tỉnh",
     "party"),
)
# The bodies that write the synthetic plans, by level: (body in the header, issuer code).
AUTHORS = {
    "province": ("ỦY BAN NHÂN DÂN\nTỈNH {P}", "UBND"),
    "office": ("VĂN PHÒNG UBND\nTỈNH {P}", "VP"),
    "district": ("ỦY BAN NHÂN DÂN\nHUYỆN {D}", "UBND"),
}

SUBJECTS = (
    "tăng cường và đổi mới công tác dân vận trong tình hình mới",
    "nâng cao hiệu quả công tác dân vận của cơ quan nhà nước các cấp",
    "đẩy mạnh cải cách hành chính giai đoạn 2021 - 2025",
    "thực hiện dân chủ ở cơ sở trên địa bàn",
    "phát triển kinh tế - xã hội gắn với bảo đảm quốc phòng, an ninh",
    "nâng cao chất lượng thực thi công vụ, kỷ luật, kỷ cương hành chính",
)

# Sentences with one cue governing a list of references: (template, relation).
# {refs} is the list; {more} a trailing clause without cue words.
LIST_SENTENCES = (
    ("- Tiếp tục quán triệt, triển khai thực hiện {refs}.", "IMPLEMENTS"),
    ("- Tổ chức thực hiện nghiêm túc {refs} trên địa bàn{more}.", "IMPLEMENTS"),
    ("- Cụ thể hóa và triển khai có hiệu quả {refs}.", "IMPLEMENTS"),
    ("- Tuyên truyền, quán triệt {refs} đến cán bộ, công chức, viên chức.", "CITES"),
    ("- Các nhiệm vụ được giao theo {refs}.", "CITES"),
    ("Trọng tâm là {refs}.", "CITES"),
)
CHANGE_SENTENCES = (
    ("Kế hoạch này thay thế {ref}.", "SUPERSEDES"),
    ("Bãi bỏ {ref}.", "REPEALS"),
)
TRAILING = ("", ", bảo đảm đạt tỷ lệ 95% trở lên", " giai đoạn 2021 - 2025",
            ", theo khoản 3 Điều 12 của quy chế")
DISTRACTORS = (
    "Điện thoại liên hệ: 0294.3862.357; thời gian hoàn thành trước ngày 30/12/{y}.",
    "Phấn đấu 100% cơ quan, đơn vị hoàn thành nhiệm vụ năm {y}, giai đoạn 2021 - 2025.",
    "Thực hiện chế độ báo cáo định kỳ 6 tháng, hằng năm theo quy định tại Điều 5.",
)
SIGNERS = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Hồ Thị Lan")
