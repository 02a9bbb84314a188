"""Reading an issuing body's name after "của" ("của Ban Thường vụ Tỉnh ủy Bến Tre"): which
words belong to it, where it ends, whether it names a plenum of the Central Committee, and
what a name says of its level (central, or a province's Party committee)."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

from extract.body_words import (
    AFTER_AND,
    BODY_STOPS,
    BODY_WORDS,
    COMMA_NAMES,
    FRONT,
    GOES_ON,
    HEAD_WORDS,
    NATIONAL_BOARDS,
    NATIONAL_ENDS,
    NO_MINISTRY,
    NOT_STOPS,
    PARTY_NEXT,
    PROVINCIAL_PARTY_BODIES,
    SECOND_WORDS,
    TONED,
    VERB_NAMES,
    VERBS,
    WHOLE_NAMES,
)
from extract.codes import is_known_issuer
from extract.districts import opens_on_place, place_name_ends
from extract.find import TYPE_WORD_AT
from extract.models import Level
from extract.normalize import LOWER, UPPER, fold_words
from extract.plenums import PLENUM_BODY, plenum_number
from extract.provinces import province_by_name, starts_province_name
from extract.tables import (
    BODY_ISSUERS,
    CENTRAL_BODIES,
    ISSUERS_NAMED_BY_BODIES,
    LEVEL_OF_ISSUER,
    LEVEL_WORDS,
    LOCAL_BODIES,
    LOCAL_PARTY_COMMITTEES,
    MINISTRY_FIELD,
    NUMBERED_REFERENCE_START,
    OFFICIAL_LETTER,
    TYPE_WORDS,
    has_local_code,
    is_central,
)

_WORD = re.compile(r"[^\W\d_]+")
# A numbered reference starts after a body, never a body's word ("Sở Kế hoạch"); so does an
# article or its part ("... của Chính phủ" / "Điều 8", "Điểm a khoản 1")
_NEXT_REFERENCE = re.compile(rf"{NUMBERED_REFERENCE_START}|(?:dieu|khoan|diem)\s+(?:\d|[a-z]\b)")
# A title after the body, its type word with its tones: "Kế hoạch đại hội" (not "Điện Biên ban
# hành", nor "Công ty Luật TNHH")
_NEXT_TITLE = re.compile(rf"(?:Kế hoạch|Quyết định|Nghị quyết|Chỉ thị|Thông báo|Hướng dẫn|Chương "
                         rf"trình|Báo cáo|Công văn|Tờ trình|Thông tư)\s+(?!và\b)[{LOWER}]")
_OFFICE_WORDS = frozenset({"so", "bo", "vu", "phong", "cuc", "ban", "vien", "truong"})
_REFERENCE_STARTS = frozenset({*(w.split()[0] for w in TYPE_WORDS), "van", "dieu", "khoan", "diem"})
# Lower-case words that are a body's only before these: "thành phố", "thành ủy", not "cụ thể
# hóa Chương trình ... của Tỉnh ủy Lào Cai thành các chương trình" (into).
_ONLY_BEFORE = {"thành": ("pho", "uy"),  # ("thanh" of "Phát thanh", radio, is a name's)
                "liên": ("bo",)}  # "của liên Bộ Giáo dục ... - Bộ Tài chính", not "liên quan"
# A number is part of a city's ward or district, "Phường 5", or a board's, "Ban Chỉ đạo 35"
_NUMBERED = frozenset({"quan", "phuong", "dao"})
_BODY_NUMBER = re.compile(r"\d{1,3}(?![\d/]|[.,:\-]\d)")
_MAX_BODY_WORDS = 16  # joint bodies: "Chính phủ và Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
_MAX_JOINT_WORDS = 32  # joint ministries, each named: "liên Bộ Giáo dục và Đào tạo - Bộ Tài chính"
# "do": "... do UBND tỉnh ban hành"; "của" may be printed twice ("... 2022 CỦA CỦA ỦY BAN ...")
_BODY_START = re.compile(r"\s*+,?\s*(?:cua\s+(?:cua\s+)?|giua\s+|do\s+)"
                         # or none before a central body and its act: "... Chính phủ quy định"
                         r"|[ \t]+(?=(?:thu\s+tuong\s+)?chinh\s+phu\s+(?:quy\s+dinh|huong\s+dan)\b"
                         r"|bo\s+(?:[^\W\d_]+\s+){1,7}?(?:quy\s+dinh|huong\s+dan)\b)")
_PLENUM_NEXT = re.compile(r"\s*+,?\s*+\(?\s*(?=hoi\s+nghi\s)")
_CLOSED = re.compile(r"[ \t]*\)")
# A local committee's plenum: "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh" (the Central
# Committee's is `PLENUM_BODY`); the committee's name is read on from "Ban".
_LOCAL_PLENUM = re.compile(r"hoi\s+nghi\s+(?:lan\s+thu\s+(?:\d{1,2}|[a-z]+(?:\s+[a-z]+)?)\s+)?"
                           r"(?=ban\s+chap\s+hanh\b)")
_ABBREVIATION = re.compile(r"\([A-ZĐ]{2,10}\)")  # "(UBND)", "(BCĐ)" inside a body
_NOW_CALLED = re.compile(r"\s*\(\s*nay\s+la\b[^()]{0,120}\)")  # the body's name today, in brackets
_GAP = re.compile(r"[ \t]*\r?\n?[ \t]*\r?\n?[ \t]*")


def issuing_body(text: str, folded: str, pos: int) -> tuple[str | None, int, str | None]:
    """The body after "của" ("của Ban Thường vụ Tỉnh ủy"), where it ends, and the plenum it
    names, if it is one."""
    m = _BODY_START.match(folded, pos)
    if m is None:
        # A plenum may follow with no "của", or in brackets: "27-NQ/TW ngày 9/11/2022 Hội nghị
        # lần thứ sáu Ban Chấp hành Trung ương ...", "27-NQ/TW (Hội nghị Trung ương 6 khóa XIII)"
        bare = _PLENUM_NEXT.match(folded, pos)
        plenum = bare and PLENUM_BODY.match(folded, bare.end())
        if not plenum:
            return None, pos, None
        end = plenum.end()
        if "(" in bare.group() and (closed := _CLOSED.match(folded, end)):
            end = closed.end()  # "(Hội nghị Trung ương 5) về ...": its term is not given
        return (sys.intern(" ".join(text[bare.end():plenum.end()].split())), end,
                plenum_number(plenum))
    plenum = PLENUM_BODY.match(folded, m.end())  # a plenum's name holds lower-case words
    if plenum:
        return (sys.intern(" ".join(text[m.end():plenum.end()].split())), plenum.end(),
                plenum_number(plenum))
    words: list[tuple[int, int]] = []
    cursor = m.end()
    if local_plenum := _LOCAL_PLENUM.match(folded, cursor):
        words.append((cursor, cursor + len(local_plenum.group().rstrip())))
        cursor = local_plenum.end()
    while len(words) < (_MAX_JOINT_WORDS if _joint_ministries(folded, words) else _MAX_BODY_WORDS):
        if (words and text.startswith(",", cursor) and folded[words[0][0]:words[0][1]] == "bo"
                and _NEXT_MINISTRY.match(folded, cursor + 1)):
            cursor = _GAP.match(text, cursor + 1).end()  # "Bộ Tài chính, Bộ Kế hoạch và Đầu
            # tư": a joint circular's ministries, listed
        w = _WORD.match(text, cursor)
        if w is None:
            break
        start, end = w.span()
        token, key = w.group(), folded[start:end]
        previous = folded[words[-1][0]:words[-1][1]] if words else None
        if (previous and token[0].isupper() and text.count("\n", words[-1][1], start) > 1
                and text[words[-1][0]:words[-1][1]] not in HEAD_WORDS
                and (not _SPACED_LINE.match(text, start)
                     or token.isupper() and not text[words[-1][0]:words[-1][1]].isupper())):
            break  # past a blank line, a capital opens the next paragraph: "... của Ban Bí
            # thư" / "" / "UBND tỉnh vừa ban hành ..." (a wrapped body goes on in lower case),
            # and upper case after a body that is not a heading: "ỦY BAN THƯỜNG VỤ QUỐC HỘI";
            # not after a head word: "Bộ trưởng Bộ" / "" / "Công Thương"
        stop = (key in BODY_STOPS and token.lower() not in NOT_STOPS
                and previous not in SECOND_WORDS.get(key, ()))
        if stop or ((verb := VERBS.get(key))
                    and folded.startswith(verb, _GAP.match(folded, end).end())
                    and previous not in VERB_NAMES.get(key, ())):
            break  # "ban hành", "thi hành" are verbs after the body, "Kính gửi" the address
        if token.islower() and not token.isascii() and token not in TONED.get(key, token).split():
            break
        if token in _ONLY_BEFORE and not folded.startswith(
                _ONLY_BEFORE[token], _GAP.match(folded, end).end()):
            break
        # "đô" of "Thủ đô Hà Nội", the capital: folded it is "do" (by), which no body holds
        if not (key in BODY_WORDS or token.lower() == "đô"
                or previous in SECOND_WORDS.get(key, ())
                or (token[0].isupper() and not token.isupper())
                or (token.isupper() and len(token) > 1)
                or (token.isupper() and _joint_ministries(folded, words)  # "..., Y tế"
                    and not text.startswith("/", end))):  # (not "V/v", the subject's mark)
            break
        if token[0].isupper() and _place_ended(text, folded, words, token):
            break  # "... tỉnh Bình Phước Tách phòng ...": a title run on after the body
        if previous == "va" and token.islower() and key not in AFTER_AND:
            break
        if words and (token.islower() and key not in GOES_ON or "\n" in text[words[-1][1]:start]
                      and key not in PARTY_NEXT) and _ends_whole_name(folded, words, previous):
            break  # "của Chính phủ quản lý ...", a subject with no "về", or "của Bộ Chính trị" /
            # "Bộ Y tế" (a table's next cell); "và" may join another body ("Chính phủ và Ủy ban")
        if key in _REFERENCE_STARTS and token[0].isupper() and (
                _NEXT_REFERENCE.match(folded, start) or previous not in _OFFICE_WORDS
                and _NEXT_TITLE.match(text, start)):
            break  # "... của Quốc hội" / "Công điện 230/CĐ-TTg năm 2025 ...": a page's footer;
            # "... của Đảng bộ xã Mỹ Hưng Kế hoạch đại hội ...", a title (not "Sở Kế hoạch")
        words.append((start, end))
        cursor = _GAP.match(text, end).end()
        if text.startswith(",", cursor) and (after := COMMA_NAMES.get((previous, key))):
            past_comma = _GAP.match(text, cursor + 1).end()
            words_after = folded[past_comma:past_comma + 2 * len(after)].split()  # a line may
            cursor = past_comma if " ".join(words_after).startswith(after) else cursor  # break
        elif text.startswith((":", ","), cursor) and _joint_ministries(folded, words):
            # "Liên Bộ: Lao động Thương binh và Xã hội, Tài chính, Y tế": the ministries listed
            past = _GAP.match(text, cursor + 1).end()
            cursor = past if text[past:past + 1].isupper() else cursor
        if key == "va" and TYPE_WORD_AT.match(folded, cursor):
            break  # "của Chính phủ và Nghị quyết số ...": the next reference
        if len(words) == 1 and key == "bo" and (field := MINISTRY_FIELD.match(folded, cursor)):
            # a ministry written in lower case: "của Bộ công an hướng dẫn ..." ("công" ended it)
            words.append((cursor, field.end()))
            cursor = _GAP.match(text, field.end()).end()
        # A dash inside a name ("Bà Rịa - Vũng Tàu"), "&" for "và" ("Bộ Nông nghiệp & PTNT"),
        # the stop of "TP." ("TP. Hồ Chí Minh").
        if text.startswith(("-", "–", "&"), cursor) or key == "tp" and text.startswith(".", end):
            cursor = _GAP.match(text, cursor + 1).end()
        elif abbreviation := _ABBREVIATION.match(text, cursor):  # "Ủy ban nhân dân (UBND) tỉnh"
            words[-1] = (start, abbreviation.end())  # the word and its abbreviation
            cursor = _GAP.match(text, abbreviation.end()).end()
        elif key in _NUMBERED and (number := _BODY_NUMBER.match(text, cursor)):
            words.append(number.span())  # "Ủy ban nhân dân Quận 1", "Ban Chỉ đạo 35"
            cursor = _GAP.match(text, number.end()).end()
    while words and folded[words[-1][0]:words[-1][1]] == "va":
        words.pop()
    if not words:
        return None, pos, None
    body = " ".join(text[words[0][0]:words[-1][1]].split())
    renamed = _NOW_CALLED.match(folded, words[-1][1])  # "... (nay là Bộ Văn hóa, ...)"
    return sys.intern(body), renamed.end() if renamed else words[-1][1], None


# Words after which a province's or district's name comes ("tỉnh", "thành phố", "TP", "huyện",
# "quận", "Tỉnh ủy", "thị xã", and the Youth Union's "Tỉnh đoàn": "tỉnh Đoàn Hưng Yên" is not
# "Đoan Hùng", a district): a commune's ("xã") is not known, so neither is where it ends.
_PLACE_KINDS = frozenset({"tinh", "pho", "tp", "huyen", "quan", "uy", "doan"})
_KIND_FIRSTS = frozenset({"thanh", "thi", "xa", "phuong"})  # "Thành phố", "Thị xã", "Xã"
# The words a place's kind starts with; "ủy" and "đoàn" come after one ("Tỉnh ủy"), so an
# "ỦY BAN ..." after "TỈNH PHÚ YÊN" is the next body, a heading repeated.
_KIND_WORDS = (_PLACE_KINDS | _KIND_FIRSTS) - {"uy", "doan", "pho"}


def _ends_whole_name(folded: str, words: list[tuple[int, int]], previous: str | None) -> bool:
    """Whether the body read so far ends in a name no lower-case word goes on, past a "và"."""
    last = len(words) - (2 if previous == "va" else 1)
    return last >= 1 and WHOLE_NAMES.get(folded[words[last][0]:words[last][1]]) == folded[
        words[last - 1][0]:words[last - 1][1]]


def _place_ended(text: str, folded: str, words: list[tuple[int, int]], token: str) -> bool:
    """Whether the body read so far ends in a province's or district's full name that `token`
    does not go on."""
    return _ends_in_place([text[s:e] for s, e in words], [folded[s:e] for s, e in words], token)


def _ends_in_place(words: list[str], keys: list[str], token: str) -> bool:
    """`_place_ended` for the body's words as printed and folded. A place's kind capitalised
    goes on with its name: "UBND huyện Long Thành Tỉnh Đồng Nai"."""
    if fold_words(token) in _KIND_WORDS:
        return False
    if keys and keys[-1].startswith("tp") and province_by_name(words[-1]):
        return True  # a city's kind and name run together: "UBND TPHCM" / "Nguyễn Thành Phong"
    kind = max((i for i, key in enumerate(keys) if key in _PLACE_KINDS
                or key == "xa" and i and keys[i - 1] == "thi"), default=len(keys) - 1)
    return kind < len(keys) - 1 and place_name_ends(" ".join(words[kind + 1:]), token)


PERSONS_NAME = re.compile(rf"[{UPPER}][{LOWER}]+$")  # a word of one: "Lê", "Trí", not "BR-VT"
_COMMITTEE_KINDS = frozenset({"tinh", "thanh", "huyen", "quan", "thi"})  # "Tỉnh ủy", "Thị ủy"


def cut_after_place(body: str) -> str:
    """A body read whole by a pattern, up to a capital after its place's full name that no
    place's name goes on with: "Tỉnh ủy Lâm Đồng Trần Đức Quận" (a news item's "Bí thư Tỉnh ủy
    Lâm Đồng Trần Đức Quận vừa ký ban hành ...") is "Tỉnh ủy Lâm Đồng"."""
    words = body.split()
    keys = [fold_words(w) for w in words]
    for i, word in enumerate(words[1:-1], 1):
        if (word == "tỉnh" and PERSONS_NAME.match(words[i + 1]) and fold_words(words[i + 1])
                not in _PLACE_KINDS and not starts_province_name(words[i + 1])):
            return " ".join(words[:i + 1])  # a person's name after "tỉnh", not a province's:
            # "Chủ tịch UBND tỉnh Lê Trí Thanh vừa ký ban hành ..." (not "tỉnh Ủy ...")
        if (keys[i] == "uy" and keys[i - 1] in _COMMITTEE_KINDS and PERSONS_NAME.match(
                words[i + 1]) and not opens_on_place(words[i + 1:])):  # ... or after a Party
            return " ".join(words[:i + 1])  # committee's: "Bí thư Thành ủy Trương Quang Nghĩa"
    for i in range(2, len(words)):
        if words[i][0].isupper() and _ends_in_place(words[:i], keys[:i], words[i]):
            return " ".join(words[:i])
    return body


# A short line with a blank line after it too, as in text from a PDF that puts one after each
# line: the blank line before it is spacing, not a paragraph's end ("... của Ban Thường vụ" /
# "" / "Tỉnh ủy về thực hiện ..." / "").
_SPACED_LINE = re.compile(r"[^\n]{0,100}\n[ \t]*\r?\n")


def _joint_ministries(folded: str, words: list[tuple[int, int]]) -> bool:
    """Whether the body read so far is "Liên Bộ" (joint ministries), which lists them, or
    names two ministries already: "Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính - Bộ Kế
    hoạch và Đầu tư" is longer than one body's name may be (not "Bộ trưởng Bộ Tài chính")."""
    if len(words) < 2 or folded[words[0][0]:words[0][1]] not in ("lien", "bo"):
        return False  # (read for each word of each body: most are no ministry's, told at once)
    keys = [folded[s:e] for s, e in words]
    return (keys[:2] == ["lien", "bo"]
            or sum(k == "bo" and nxt != "truong" for k, nxt in pairwise([*keys, ""])) >= 2)


_NEXT_MINISTRY = re.compile(r"\s*bo\s+(?!truong\b)")  # ", Bộ Kế hoạch và Đầu tư"


# The Party committee of a body ("Đảng ủy Bộ Nông nghiệp và Môi trường", "Đảng ủy Khối các cơ
# quan Trung ương") is at that body's level; "Đảng ủy xã", "Đảng ủy Quân sự tỉnh" are local. A
# header names the committee last, under its parent: "ĐẢNG BỘ CHÍNH PHỦ / ĐẢNG ỦY BỘ ...".
_PARTY_COMMITTEE_OF = re.compile(r"(?:^|.* )dang uy (?=\S)")


def party_code_of_body(issuer: str, body: str) -> str:
    """The Party committee's code as its folded issuing body settles it. "Kết luận số
    114-KL/TU ... của Ban Bí thư" is a typo for TW; "TƯ" is printed for both Trung ương and
    Tỉnh ủy, so "Nghị quyết 13-NQ/TƯ của Tỉnh ủy", or a Tỉnh ủy's header over "Số 445-KL/TƯ",
    is TU. The Party committee of a central body is no typo: "Đảng ủy Chính phủ" writes ĐU."""
    if (issuer in LOCAL_PARTY_COMMITTEES and any(b in body for b in CENTRAL_BODIES)
            and not (issuer == "ĐU" and _PARTY_COMMITTEE_OF.match(body))):
        return "TW"
    if issuer == "TW" and body and not any(b in body for b in CENTRAL_BODIES):
        local = next((b for b in LOCAL_BODIES if b in body), None)
        if local in PROVINCIAL_PARTY_BODIES:
            return "TU"
    return issuer


# A board numbered as the Government's or the nation's is national too: "Ban Chỉ đạo 138/CP",
# "BCĐ 389/QG" (besides `NATIONAL_BOARDS` and `NATIONAL_ENDS`)
_NUMBERED_BOARD = re.compile(r"\b(?:ban chi dao|bcd) \d+(?:cp|qg)\b")


def names_central_body(body: str) -> bool:
    """Whether a folded issuing body is a central one: "Bộ Chính trị", or any body of the
    centre by name ("Hội đồng Thi đua - Khen thưởng Trung ương", "Ban Chỉ đạo 35 Trung
    ương", "Bảo hiểm xã hội Việt Nam", "Ủy ban An toàn giao thông Quốc gia", "Tổng cục Thuế",
    a ministry, a national board named before its subject, "Ban Chỉ đạo quốc gia chống buôn
    lậu ..."), or the Party committee of one, as long as it names no local body ("các tỉnh,
    thành phố trực thuộc Trung ương")."""
    if committee := _PARTY_COMMITTEE_OF.match(body):
        body = body[committee.end():]
    central = ((body.endswith(NATIONAL_ENDS) and not any(f in body for f in FRONT))
               or (body.startswith(("tong cuc ", "bo ")) and not body.startswith(NO_MINISTRY))
               or body.startswith(NATIONAL_BOARDS) or _NUMBERED_BOARD.search(body) is not None
               or any(b in body for b in CENTRAL_BODIES))
    return bool(body) and central and not any(b in body for b in LOCAL_BODIES)


def is_central_document(issuer: str, body: str) -> bool:
    """Whether a document of `issuer` (its code) that `body` issued (folded words, "" when not
    known) is central: by a central code, unless a province's department (Sở) writes it, as
    some write the ministry's "LĐTBXH", or a province's office of Social Security its "BHXH";
    by a body of the centre, for a code both levels write ("Công văn số 43-CV/BCĐ ... của Ban
    Chỉ đạo Trung ương")."""
    if is_central(issuer):
        return _PROVINCES_OFFICE.search(body) is None
    return not has_local_code(issuer) and names_central_body(body)


# "Sở Lao động ...", also under its province's name (not "dân số", population, nor "cơ sở",
# which fold so too: "BAN CHỈ ĐẠO TỔNG ĐIỀU TRA DÂN SỐ VÀ NHÀ Ở TRUNG ƯƠNG"); "Bảo hiểm xã hội
# tỉnh Bình Dương", also under its parent's ("BẢO HIỂM XÃ HỘI VIỆT NAM" / "BẢO HIỂM XÃ HỘI
# TP.HỒ CHÍ MINH")
_PROVINCES_OFFICE = re.compile(
    r"(?:^|\s)(?<!\bdan )(?<!\bco )so\s"
    r"|(?:^|\s)(?:bao hiem xa hoi|bhxh) (?:tinh|thanh pho|tp|huyen|quan|thi xa)")


def issuer_of_body(body: str | None) -> str | None:
    """The issuer code of the body a header names last, the one below its parent: "UBND TỈNH
    TRÀ VINH / SỞ NỘI VỤ" is SNV. A name inside a longer one ("uy ban nhan dan" in "van phong
    uy ban nhan dan") does not count."""
    if not body:
        return None
    key = f" {fold_words(body)} "
    found = [(at, at + len(words), code) for words, code in BODY_ISSUERS
             if (at := key.find(f" {words} ")) >= 0]
    named = [f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o != f for o in found)]
    return max(named)[2] if named else None


# Words before an issuer's name that still make the body that issuer: "Ban Thường vụ Huyện ủy",
# "Thường trực HĐND tỉnh", "Bộ trưởng Bộ Tài chính". Any other is a board or office with a
# code of its own: "Ban Tuyên giáo Tỉnh ủy" (BTGTU), "Văn phòng UBND tỉnh" (VP), "Cục Thuế" of
# "Bộ Tài chính".
_SPEAKS_AS = ("", "ban thuong vu ", "ban chap hanh ", "thuong truc ", "chu tich ", "bo truong ")
# (folded start of such a body's name, its issuer code), in `BODY_ISSUERS`'s order
_NAMING_STARTS = tuple((f"{lead}{words} ", code) for words, code in BODY_ISSUERS
                       if code in ISSUERS_NAMED_BY_BODIES for lead in _SPEAKS_AS)


def spoken_for(body: str) -> str:
    """The body (folded words) that one speaking as it speaks for: "ban thuong vu tinh uy" is
    "tinh uy", "chu tich ubnd tinh" "ubnd tinh"."""
    lead = next((lead for lead in _SPEAKS_AS if lead and body.startswith(lead)), "")
    return body[len(lead):]


def issuer_named_by(body: str | None, whole: bool = False) -> str | None:
    """The issuer code of a body whose name spells it ("Ban Chấp hành Trung ương Đảng" is TW,
    "UBND tỉnh" UBND, "Bộ Y tế" BYT), so that a number and a date cited with the body make the
    symbol; None for a body under that issuer, whose own code its name does not give. `whole`:
    the words are that name and nothing more."""
    key = f"{fold_words(body or '')} "
    return next((code for start, code in _NAMING_STARTS
                 if (key == start if whole else key.startswith(start))), None)


def tax_office_letter(type_code: str | None, issuer: str, type_word: str | None,
                      body: str) -> tuple[str | None, str]:
    """(type code, issuer) of a symbol, with a tax department's (Cục Thuế) công văn told from a
    directive: "31423/CT-TTHT" of "Cục Thuế TP Hà Nội" is its letter (CT, the department, and
    TTHT, the drafting unit), not a Chỉ thị of "TTHT"; so is one called "Công văn" whose
    drafting unit is no known issuer. A Chỉ thị is headed or called so. `type_word` and `body`:
    folded words."""
    if type_code != "CT" or type_word == "chi thi" or is_known_issuer(issuer.split("-")[0]):
        return type_code, issuer
    if "cuc thue" in body or type_word == "cong van":
        return OFFICIAL_LETTER, f"CT-{issuer}"
    return type_code, issuer


def level_of(issuer: str | None, body: str | None) -> Level | None:
    """central, province, district or commune, from the issuer code and the body's words."""
    if issuer and is_central_document(issuer, fold_words(body or "")):
        return Level.CENTRAL
    if issuer in LEVEL_OF_ISSUER:
        return LEVEL_OF_ISSUER[issuer]
    if issuer is None and body and names_central_body(fold_words(body)):
        return Level.CENTRAL  # a header's "QUỐC HỘI", "BỘ Y TẾ" over no symbol we read
    words = f" {' '.join((body or '').lower().split())} ".replace(" xã hội ", " ")  # society
    for word, level in LEVEL_WORDS:
        if f" {word} " in words:
            return level
    return Level.PROVINCE if issuer else None
