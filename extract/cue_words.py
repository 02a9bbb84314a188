"""Relation cues as data: the words that state how a document stands to the ones it cites
("thực hiện", implements; "căn cứ", based on; "sửa đổi", amends) and the words that may stand
between a cue and its reference. Folded, as `tables.py` writes words matched in running text.
`cues.py` finds the cues in a sentence; `relations.py` decides which reference each governs.
"""

from __future__ import annotations

from extract.models import RelationType
from extract.tables import TYPE_WORD_PATTERN

# Relation cues (folded). A cue governs the references that follow it in its sentence, up to
# the next cue; where several cue words stand together ("quán triệt, triển khai thực hiện")
# the most specific wins. `DIRECT_CUES` count only directly before a reference ("theo Kế
# hoạch số ..."), because the same words are common elsewhere ("theo dõi", "theo quy định").
CUES: tuple[tuple[str, RelationType], ...] = (
    ("thay the", RelationType.SUPERSEDES),
    ("bai bo", RelationType.REPEALS),
    ("huy bo", RelationType.REPEALS),  # annuls
    ("sua doi", RelationType.AMENDS),
    ("bo sung", RelationType.AMENDS),
    ("dieu chinh", RelationType.AMENDS),  # adjusts ("Điều chỉnh Kế hoạch số ..."); not a scope
    ("dinh chinh", RelationType.AMENDS),  # corrects: a change to the text
    ("quy dinh chi tiet", RelationType.GUIDES),
    ("huong dan chi tiet", RelationType.GUIDES),  # "hướng dẫn chi tiết Điều 4 Nghị định ..."
    ("huong dan thi hanh", RelationType.GUIDES),
    ("huong dan thuc hien", RelationType.GUIDES),
    ("huong dan", RelationType.GUIDES),
    # measures for carrying out: "Nghị định số 124/2020/NĐ-CP quy định một số điều và biện pháp
    # thi hành Luật Khiếu nại" lays them down, as "quy định chi tiết" does
    ("bien phap thi hanh", RelationType.GUIDES),
    ("can cu theo", RelationType.BASED_ON),  # "theo" here is no direct cue
    ("can cu vao", RelationType.BASED_ON),
    ("can cu", RelationType.BASED_ON),
    ("thuc hien", RelationType.IMPLEMENTS),
    ("trien khai", RelationType.IMPLEMENTS),
    ("cu the hoa", RelationType.IMPLEMENTS),
    ("thi hanh", RelationType.IMPLEMENTS),
    # Suspends (no relation type of its own): a mention, that ends a list of changes before it
    # ("bãi bỏ Quyết định số 12 ...; tạm đình chỉ Quyết định số 15 ...").
    ("dinh chi", RelationType.CITES),
    ("ngung hieu luc", RelationType.CITES),
    ("tam ngung", RelationType.CITES),
    ("tam dung", RelationType.CITES),
    ("quan triet", RelationType.CITES),
    ("tuyen truyen", RelationType.CITES),
    ("tuan thu", RelationType.CITES),  # complies with: "cần tuân thủ các quy định tại Nghị định"
    # considering a proposal, which no one carries out: "Thực hiện Quyết định số ...; xét đề
    # nghị của Sở Y tế tại Tờ trình số 4294/TTr-SYT ..."
    ("xet de nghi", RelationType.CITES),
)
DIRECT_CUES: tuple[tuple[str, RelationType], ...] = (
    ("theo", RelationType.CITES),
    ("gan voi", RelationType.CITES),
    # replaces, the short form: "(Kế hoạch này thay Kế hoạch số 336-KH/TU ...)", "(thay Quy định
    # số 89-QĐ/TW ...)", "thay cho Quy chế phối hợp số 90/QCPH-VKS-TA"; not "thay mặt" (on behalf)
    ("thay cho", RelationType.SUPERSEDES),
    ("thay", RelationType.SUPERSEDES),
    # "on the basis of a proposal" is "theo đề nghị": the proposal is cited, no legal basis
    ("tren co so de nghi", RelationType.CITES),
    ("tren co so xem xet", RelationType.CITES),  # having considered, as "Xét": no basis
    ("tren co so", RelationType.BASED_ON),  # "on the basis of"
    # "căn cứ" with "cứ" lost, as text stripped of its commonest words has it ("Căn Luật Giáo
    # dục ngày 14 tháng năm 2005"); "căn" (a unit: "căn hộ", "căn nhà") names no document
    ("can", RelationType.BASED_ON),
)


def _filler(*words: str, cells: bool = False, named_list: bool = False,
            quoted: bool = False) -> str:
    """Spaces, commas, markdown emphasis ("**") and `words` (folded), in any number; a line may
    break inside a phrase ("một số" at the end of one line, "điều" on the next). With `cells`,
    also the bars between a table row's cells, and a document's type word opening a cell
    ("| Quyết định sửa đổi ...": the row's document). With `named_list`, the documents' type
    word before a colon ("thay thế các Quyết định: Quyết định số ..."). With `quoted`, the
    quotation marks that open a title."""
    alternatives = "|".join(word.replace(" ", r"\s+") for word in words)
    bar = rf"\|[\s*]*(?:{TYPE_WORD_PATTERN})\b|\||" if cells else ""
    named = rf"\b(?:{TYPE_WORD_PATTERN})\s*:|" if named_list else ""
    quote = '["“]|' if quoted else ""
    return rf"(?:\s|,|\*|{bar}{named}{quote}\b(?:{alternatives})(?!\w))*"


# A part of a document: "điểm a", "khoản 2", "Điều 5a", "Mục III", "Phần I", "Chương II", and
# several by number, "Phụ lục số 2,3,10" (the change of a resolution's annexes); a dash may
# part it from the document: "Căn cứ Điều 10 - Nghị định số 60/2003/NĐ-CP", "sửa đổi ... tại
# Mục III, Điều 1 - Nghị quyết số 182/2007/NQ-HĐND".
_PART = (r"(?:diem [a-zđ]|(?:khoan|dieu|muc|phan|chuong|phu luc) (?:so )?(?:\d+[a-z]?|[ivxlc]+)"
         r"(?:,(?:\d+[a-z]?|[ivxlc]+))*)(?:\s*[-–](?=\s))?")
# An appendix named by its title, of the document after it: "sửa đổi, bổ sung một số điều và
# Phụ lục Danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê".
_NAMED_APPENDIX = r"phu luc(?: [^\W\d_]+){0,8}? cua"
# What may stand between a cue and the reference it governs.
CUE_FILLER = _filler(
    "tiep tuc", "viec", "cac", "nghiem tuc", "nghiem", "co hieu qua", "hieu qua", "tot",
    "dung",  # "theo đúng quy định của Luật ...", "thực hiện đúng Kế hoạch ..." (strictly)
    "hien hanh",  # "theo quy định hiện hành của Luật ..." (in force)
    "sau rong", "dong bo", "quyet liet", "kip thoi", "day du", "ke hoach", "mot so dieu",
    "khoan",  # "một số điều, khoản của Luật Đất đai"
    "mot so diem", "diem", "dieu",  # "Sửa đổi, bãi bỏ một số điểm, khoản tại các điều của ..."
    _NAMED_APPENDIX,
    "mot so quy dinh", "mot so noi dung(?: trong)?", "noi dung(?: trong)?",  # "trong", in
    "toan bo", "mot phan", "1 phan", _PART, "cua",  # "Bị bãi bỏ 1 phần" (in part)
    "tai", "phoi hop", "to chuc", "chi dao", "ve", "va", "boi", "bang",
    "quy dinh",  # "theo quy định (tại, của) Thông tư ...": "theo" as before the circular alone
    "theo",  # where it is no cue: "được sửa đổi, bổ sung theo Nghị định số ..."
    "cho",  # "sửa đổi, bổ sung cho Quyết định số ..."
    # a symbol named as a document, not by its type: "thực hiện Văn bản số 43-CV/TU"
    "van ban so", "van ban",
    named_list=True,
)
# A part issued with a document stands for it: "sửa đổi, bổ sung một số điều của Quy định ban
# hành kèm theo Quyết định số 40/2019/QĐ-UBND" amends 40/2019; "thực hiện tốt quy tắc ứng xử
# ban hành kèm Quyết định số 03/2007/QĐ-BNV" implements 03/2007, and so "kèm theo" alone,
# "Sửa đổi ... của Quy định kèm theo Nghị quyết số 10/2022/NQ-HĐND". The part's name (a few words,
# or up to 30 after a kind of part, commas too, no verb: "Quy chế Cuộc thi nghiên cứu khoa học,
# kỹ thuật cấp quốc gia dành cho học sinh ...") and these words may stand between a cue and
# its reference, after the filler.
_PART_KINDS = r"(?:quy\s+che|quy\s+dinh|dieu\s+le|quy\s+tac|danh\s+muc|tieu\s+chi|bo\s+tieu\s+chi)"
ATTACHMENT = (rf"(?:(?:[^\W\d_]+\s+){{1,6}}|{_PART_KINDS}\s+(?:(?!duoc\b|da\b)[^\W\d_]+,?\s+)"
              r"{0,28}?)(?:ban\s+hanh\s+kem(?:\s+theo)?|kem\s+theo)")

# What may stand between a reference's own date and issuer and a cue that relates it to the
# next reference ("Kế hoạch số 115-KH/TU ... về thực hiện Kết luận số 43-KL/TW"). Not "và":
# "thay thế Quyết định số 12 ... và bãi bỏ Quyết định số 5" is the citing document's act.
# A reference that issues or approves a plan carries out what the plan does ("Nghị quyết số
# 03/NQ-CP ... ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW"). In a table's
# row the cells after a reference describe it: "| 35/KH-UBND | 11/4/2023 | Kế hoạch thực hiện
# Chỉ thị số 33/CT-TTg |" is 35 carrying out 33, "| 120/QĐ-UBND | ... | Quyết định sửa đổi,
# bổ sung Quyết định số 45/QĐ-UBND |" 120 amending 45.
NESTING_FILLER = _filler("ve", "viec", "tiep tuc", "de", "nham", "ban hanh", "phe duyet",
                         # what it issues, named by its type: "Nghị định số 105/2025/NĐ-CP ...
                         # ban hành Nghị định quy định chi tiết ... Luật Phòng cháy ..."
                         f"ban hanh (?:{TYPE_WORD_PATTERN})",
                         "quy dinh",  # "... về việc quy định cụ thể hóa Điều 18 của Thông tư"
                         # ... or what a news item says it states: "Quyết định 1269/QĐ-TTg nêu
                         # rõ, bãi bỏ Quyết định số 447/QĐ-TTg" (the page had repealed it)
                         "neu ro",
                         # ... and what it lays down measures for besides: "Nghị định số
                         # 162/2017/NĐ-CP ... quy định một số điều và biện pháp thi hành Luật ..."
                         "mot so dieu va", "mot so noi dung va",
                         "ke hoach", "chuong trinh hanh dong", "chuong trinh", "de an",
                         # "Chương trình số 235-CT/TU của Tỉnh ủy hành động thực hiện ...": a
                         # programme's "of action" wrapped after its body
                         "hanh dong",
                         # what marks the act's time or adds it: "Nghị quyết 02/2025/NQ-HĐTP còn
                         # (cũng, đã, sẽ, chính thức) thay thế ..." (not "đồng thời", which
                         # opens a clause of its own)
                         "da", "se", "cung", "con", "chinh thuc",
                         # ... or its adoption, before a purpose: "Luật Trẻ em số 102/2016/QH13
                         # được Quốc hội thông qua nhằm cụ thể hóa Hiến pháp năm 2013"
                         "duoc(?: [a-z]+){0,4}? (?:thong qua|ban hanh)",
                         # ... or that it is the one spoken of: "Thông tư 10/2025/TT-BNV này
                         # thay thế Thông tư 05/2021/TT-BNV" (this circular)
                         "nay",
                         "v/v",  # "V/v": "về việc", a công văn's subject
                         # a review of the implementation: "Kế hoạch số 195-KH/TU ... về tổng
                         # kết 10 năm thực hiện Chỉ thị 46-CT/TW", "sơ kết 5 năm"
                         "tong ket", "so ket", r"\d{1,2} nam", cells=True,
                         # its subject in quotation marks: "Nghị định số 12/2006/NĐ-CP ... của
                         # Chính phủ "Quy định chi tiết thi hành Luật Thương mại ...""
                         quoted=True)
# What may join cue words into one run ("quán triệt, triển khai Kế hoạch thực hiện"; "quy định
# chi tiết một số điều và biện pháp thi hành Luật").
RUN_FILLER = _filler("va", "hoac", "ke hoach", "mot so dieu", "bien phap", "de", "to chuc",
                     "viec",  # "sửa đổi, bổ sung hoặc thay thế": one run
                     "chi tiet")  # "hướng dẫn chi tiết thi hành": guidance, one run
# What may stand between a cue and the colon that opens a list under it ("Căn cứ các văn bản
# sau:"); not "như sau", which introduces the plan's own content ("Kế hoạch thực hiện như sau:").
LIST_FILLER = _filler("cac", "van ban", "sau day", "sau", "bao gom", "gom", "cu the")
# ... or the documents' type word, when "sau" (the following) or "các" says a list of them
# comes: "Bãi bỏ các Quyết định sau:", "bãi bỏ các Nghị quyết:", but not the heading "Tổ chức
# thực hiện Kế hoạch:".
LISTED_TYPE = (rf"\s*(?:toan\s+bo\s+)?"  # "bãi bỏ toàn bộ các Quyết định sau:"
               rf"(?:cac\s+(?:{TYPE_WORD_PATTERN})(?:\s+sau(?:\s+day)?)?"  # "các Nghị quyết:"
               rf"|(?:{TYPE_WORD_PATTERN})\s+sau(?:\s+day)?)\s*")
# ... or documents described before "như sau": "Bãi bỏ các văn bản quy phạm pháp luật thuộc
# lĩnh vực Y tế trên địa bàn tỉnh, cụ thể như sau:", where the documents, not the plan's
# content, come under it; also counted, "Bãi bỏ toàn bộ 14 văn bản ... sau đây:".
DESCRIBED_DOCUMENTS = (rf"\s*(?:cac|toan\s+bo(?:\s+\d{{1,3}})?|mot\s+so|\d{{1,3}})\s+"
                       rf"(?:van\s+ban|{TYPE_WORD_PATTERN})\b[^:;.]{{0,150}}?,?\s*"
                       r"(?:cu\s+the\s+)?(?:nhu\s+sau|sau\s+day|sau)\s*")
# Words before a change cue that make the change proposed or assigned, not made by the citing
# document: "nghiên cứu, đề xuất sửa đổi, bổ sung Nghị định số X" cites X, it does not amend it;
# so does a change said to be needed, "Cần thiết sửa đổi Luật Sĩ quan ...", "cần phải thay thế",
# or a submission's subject, "Bộ Công Thương vừa có tờ trình gửi Chính phủ về sửa đổi Luật Điện
# lực" (a news item had AMENDED the law).
PROPOSAL_WORDS = ("nghien cuu", "de xuat", "de nghi", "kien nghi", "tham muu", "chi dao",
                  "can thiet", "can phai", "cap thiet", "yeu cau", "to trinh",
                  # ... a submission, "trình Chính phủ trình Quốc hội sửa đổi, bổ sung Luật Lưu
                  # trữ"; a purpose, "Để có cơ sở sửa đổi, bổ sung ... Luật Tổ chức Tòa án nhân
                  # dân"; a need, "đòi hỏi phải tiếp tục sửa đổi, bổ sung Luật Di sản văn hóa"
                  "trinh chinh phu", "trinh quoc hoi", "trinh thu tuong", "trinh hoi dong",
                  "trinh uy ban", "trinh ubnd", "co co so", "doi hoi",  # (not "lộ trình", a
                  # roadmap, nor "chương trình", "quy trình"); opinions sought, "lấy ý kiến Nhân
                  # dân về sửa đổi, bổ sung Hiến pháp năm 2013", or a debate's subject, "Quốc hội
                  # thảo luận ở hội trường về việc điều chỉnh ... Nghị quyết 53/2017/QH14"
                  "y kien", "thao luan")
# The proposal word (not the "Ban Chỉ đạo" that is a committee), then at most six words of whom
# it goes to, none "của" ("tham mưu UBND tỉnh bãi bỏ"), right before the change. "Theo/Xét đề
# nghị (của) Sở X, bãi bỏ" is the proposal a decision acts on. Not an amending law's name,
# which amends what it names, proposed or not: "đề nghị thông qua Luật sửa đổi, bổ sung ... của
# Luật Đất đai".
PROPOSED_BEFORE = (r"(?<!\bban\s)(?<!\btheo\s)(?<!\bxet\s)\b(?:"
                   + "|".join(w.replace(" ", r"\s+") for w in PROPOSAL_WORDS)
                   + r")(?:[\s,]+(?!cua\b)[^\W\d_]+){0,6}(?<!\bluat)(?<!\blenh)[\s,]*$")
