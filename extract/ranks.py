"""Which of two cited documents can act on the other: by their dates, by their rank among
central normative documents, by level (no province's document changes a central one, nor does
a central one carry out a province's) and by kind (no letter or plan changes a normative
document). A list that runs on from a nested reference goes back to the cue above when the
next document could not be acted on by the one nesting it."""

from __future__ import annotations

from extract.cues import CHANGES
from extract.law_name_words import is_constitution
from extract.models import DocumentKey, Reference, RelationType
from extract.tables import (
    DECREES_AND_CIRCULARS,
    LAW,
    YEAR_IN_SYMBOL,
    has_local_code,
    is_central,
    is_party_issuer,
)


def not_issued_after(source: Reference, target: Reference) -> bool:
    """Whether `source` is dated before `target`, or on its day, so that it can neither carry
    out, guide, amend nor replace it: by their dates, else by their years ("Công văn số 627 ngày
    27/01/2021 về hướng dẫn ... Luật BHYT và Công văn số 666 ngày 27/01/2021 về việc đính chính
    ..." are two letters cited, the second not guided by the first)."""
    return _dated_before(source, target, or_same_day=True)


def numbered_in_earlier_year(source: Reference, target: Reference) -> bool:
    """Whether the symbols of both print their years, the source's the earlier: a fact of the
    text, where a date or a law's year may have come from another mention or the corpus."""
    a, b = (YEAR_IN_SYMBOL.search(r.symbol or "") for r in (source, target))
    return a is not None and b is not None and a.group(1) < b.group(1)


def _dated_before(source: Reference, target: Reference, or_same_day: bool = False) -> bool:
    """Whether `source` is known to be dated before `target` (`or_same_day`: or on its day), by
    their dates, else by their years."""
    if source.date is not None and target.date is not None:
        return source.date <= target.date if or_same_day else source.date < target.date
    return source.key is not None and target.key is not None and issued_before(source.key,
                                                                                target.key)


def issued_before(source: DocumentKey, target: DocumentKey) -> bool:
    """Whether `source` is known to be of an earlier year than `target`, or of its year with a
    lower number in a series numbered in the order of issue: the laws, ordinances, decrees and
    circulars of one issuer ("Luật ... số 64/2025/QH15, sửa đổi, bổ sung Luật số 87/2025/QH15"
    made 64 amend the law that amended it). A province's or the Prime Minister's decisions are
    two series, the normative "10/2021/QĐ-UBND" and the others, "152/QĐ-UBND", which 10
    repealed."""
    if source.year is None or target.year is None:
        return False
    if source.year != target.year:
        return source.year < target.year
    return (source.type in _RANKS and (source.type, source.issuer) == (target.type, target.issuer)
            and source.number is not None and target.number is not None
            and source.number.isdigit() and target.number.isdigit()
            and int(source.number) < int(target.number))


# Rank of central normative documents, highest first: a document guides or details only those
# above it (a decree a law, a circular a decree), not one of its own rank (a decree a decree).
_RANKS = {LAW: 0, "PL": 1, "NĐ": 2, "TT": 4, "TTLT": 4}


def _rank(key: DocumentKey | None) -> int | None:
    if key is None:
        return None
    if key.type == "NQ" and key.issuer.startswith(("QH", "UBTVQH")):
        return 0 if key.issuer.startswith("QH") else 1  # the National Assembly's, its committee's
    if key.type == "QĐ" and key.issuer == "TTg":
        return 3
    return _RANKS.get(key.type)


def details(source: DocumentKey, target: DocumentKey) -> bool:
    """Whether `source`, a decree or circular, ranks below `target`, so that carrying it out
    ("Nghị định số 43/2014/NĐ-CP ... về thi hành Luật Đất đai") is detailing it: vbpl.vn lists
    that decree among the law's guiding texts. A plan or a government resolution "triển khai
    thi hành" a law still carries it out."""
    a, b = _rank(source), _rank(target)
    return source.type in DECREES_AND_CIRCULARS and a is not None and b is not None and a > b


def guides_no_party_document(source: DocumentKey, target: DocumentKey) -> bool:
    """Whether `source`, a State body's document, would guide `target`, a Party one: guidance
    details the State's own laws, and a State body carries the Party's documents out ("Kế hoạch
    1003/KH-BNV hướng dẫn Kết luận 137-KL/TW")."""
    return (is_party_issuer(target.issuer) and bool(source.issuer)
            and not is_party_issuer(source.issuer))


def carries_out_no(source: DocumentKey | None, target: DocumentKey | None) -> bool:
    """Whether `source`, a central document, would carry out `target`, a province's (or a lower
    body's): the centre carries out no local document. A list runs past it instead: "Nghị quyết
    số 50/NQ-CP ... thực hiện Nghị quyết số 52-NQ/TW ... và Kế hoạch số 233-KH/TU ... của Tỉnh
    ủy" (the citing plan carries out 233, not the Government's resolution)."""
    return (source is not None and target is not None and source.province is None
            and is_central(source.issuer) and target.province is not None
            and not is_central(target.issuer))


def ranks_above(source: Reference, target: Reference, or_level: bool = False) -> bool:
    """Whether `source` stands above `target` among normative documents (`or_level`: or level
    with it, so that it cannot guide it)."""
    a, b = _rank(source.key), _rank(target.key)
    return a is not None and b is not None and (a <= b if or_level else a < b)


def out_of_time(relation: RelationType, source: Reference, target: Reference) -> bool:
    """Whether `source`, known to be dated before `target` (by their dates, else by their
    years), would change or guide it: a misread list, as a table whose rows ran together makes
    ("Nghị định số 36/2020/NĐ-CP ... sửa đổi, bổ sung ... Nghị định số 189/2025/NĐ-CP")."""
    return relation in ACTS_ON and _dated_before(source, target)


ACTS_ON = CHANGES | {RelationType.GUIDES}  # what a document does to an earlier one


def cannot_change(relation: RelationType, source: DocumentKey, target: DocumentKey) -> bool:
    """Whether `source` would change a document it has no power over: a province's document a
    central one ("Bãi bỏ các Quyết định sau: a) Quyết định số 15/2024/QĐ-UBND ... ban hành Quy
    định chi tiết ... Luật Đất đai năm 2024" repealed the decision, not the law), a normative
    document one ranked above it (a circular's list of repealed circulars, one "hướng dẫn ...
    của Nghị định số 05/2015/NĐ-CP": the circular repealed the decree), or an administrative
    document (a letter, a plan) a normative one (a tax office's letter AMENDED a circular); nor
    does it change or guide one of a later year (an editor's note in a page's copy of a law of
    2022 made it amend laws of 2023 and 2024), nor guide one of its own rank or above (a decree
    details no decree); nor does a law or an ordinance carry out a normative document."""
    if relation in ACTS_ON and issued_before(source, target):
        return True
    if (relation is RelationType.IMPLEMENTS and source.type in (LAW, "PL")
            and _rank(target) is not None and not _constitution(source)
            and not _constitution(target)):
        return True  # a law or an ordinance carries out no normative document: "Luật Phòng,
        # chống tham nhũng năm 2018 ... thực hiện Luật Phòng, chống tham nhũng năm 2005" speaks
        # of the law it replaces (laws give effect to the Constitution, "cụ thể hóa Hiến pháp",
        # and to the Party's resolutions)
    if relation is RelationType.IMPLEMENTS:  # the centre carries out no local document, the
        # citing one's own included: a page that took the name of the Secretariat's directive it
        # reports on, "... sơ kết 2 năm thực hiện Chỉ thị số 47-CT/TW của Ban Bí thư và Chỉ thị
        # số 31-CT/TU của Ban Thường vụ Thành ủy" (by a code only a local body prints)
        return (source.province is None and is_central(source.issuer) and target.number is not None
                and has_local_code(target.issuer))
    if relation is RelationType.GUIDES:
        if source.type == "VBHN":
            return True  # a consolidated text guides nothing: the circular it consolidates does
            # (its title, "QUY ĐỊNH CHI TIẾT ... NGHỊ ĐỊNH SỐ 87/2020/NĐ-CP", is that circular's)
        a, b = _rank(source), _rank(target)
        # ... nor does a law, decree or circular guide a local document: a list runs on past
        # what a decree details ("Nghị định số 56/2017/NĐ-CP ... quy định chi tiết một số điều
        # của Luật Trẻ em, Kế hoạch số 244-KH/TU của Ban Thường vụ Tỉnh ủy ..."), nor a letter
        # ("Thông tư 78/2021/TT-BTC hướng dẫn thực hiện Nghị định 123/2020/NĐ-CP, và Công văn
        # 2455/TCT_DNNCN hướng dẫn ...")
        return a is not None and (b is not None and a <= b or target.number is not None
                                  and (not is_central(target.issuer)
                                       or target.type in _UNDECIDING))
    if relation not in CHANGES:
        return False
    if "VBHN" in (source.type, target.type):
        return True  # a consolidated text has no force of its own: it quotes the changes made,
        # and none is made to it (an encyclopedia's box, "Sửa đổi, bổ sung ..." / "Văn bản hợp
        # nhất Văn bản 11/VBHN-VPQH", had made a law amend the consolidated text)
    if _rank(source) is not None and target.type in _UNDECIDING and target.number is not None:
        return True  # a law, decree or circular changes no letter, report or notice: a list
        # run on past what a decree amends ("Nghị định số 38/2023/NĐ-CP ... sửa đổi ... Nghị
        # định số 27/2022/NĐ-CP ..., Văn bản số 4456/BKHĐT-TH ..."); not a text of unknown
        # type, keyed as a letter for want of a symbol (a page of a law's effect history)
    if (relation is RelationType.AMENDS and target.type == "CT" and source.type != "QĐ"
            and _rank(source) is not None):
        return True  # a law, decree or circular amends no directive: a list run on past what
        # it amends ("Nghị định số 38/2023/NĐ-CP ... sửa đổi ... Nghị định số 27/2022/NĐ-CP ...,
        # Chỉ thị số 21/CT-TTg ..."); a decision of the Prime Minister may end one
    if ((source.province is not None or has_local_code(source.issuer))
            and target.province is None and is_central(target.issuer)):
        return True  # (a local body's code says so where no province is known: "Nghị định số
        # 34/2016/NĐ-CP - được sửa đổi bởi ... Nghị định số 154/2020/NĐ-CP và ... Quyết định số
        # 353/QĐ-UBND" had made the decision amend the decree)
    if source.issuer.partition("-")[0] == "UBND" and target.issuer.partition("-")[0] == "HĐND":
        return True  # a People's Committee changes no resolution of its Council, above it: a
        # portal's note that one "đã được thay thế bởi Quyết định 136/QĐ-UBND ... công bố kết
        # quả rà soát văn bản ... hết hiệu lực" names the decision that listed it as expired
    if (source.type in _UNDECIDING and source.number is not None
            and target.type not in _ADMINISTRATIVE):
        return True  # a proposal (Tờ trình) "về việc sửa đổi ... Quyết định số 48/2024" amends
        # no decision (a plan may replace the decision that issued an earlier plan)
    if is_party_issuer(source.issuer) and _rank(target) is not None:
        return True  # the Party's documents change none of the State's normative ones: a
        # conclusion "về việc “sửa đổi Luật Ban hành văn bản quy phạm pháp luật ...”" called
        # for the change (it had AMENDED the law)
    a, b = _rank(source), _rank(target)
    if a is None and source.type in _ADMINISTRATIVE and source.number is not None:
        # a letter or a plan changes no circular (not a text of unknown type, a page's article)
        a = _BELOW_EVERY_RANK
    return a is not None and b is not None and b < a


# Administrative documents, which hold no legal norms and so change none.
_ADMINISTRATIVE = frozenset({"CV", "KH", "BC", "TB", "CTr", "HD", "TTr", "BB", "GM", "CĐ"})
_BELOW_EVERY_RANK = max(_RANKS.values()) + 1
# ... and those that decide nothing: a letter, a notice, a proposal, a report, minutes, an
# invitation change no decision or resolution, only, at most, one of their own kind
_UNDECIDING = frozenset({"CV", "TB", "TTr", "BC", "BB", "GM"})


def _constitution(key: DocumentKey) -> bool:
    """Whether `key` is the Constitution's, keyed as a law's."""
    return key.type == LAW and is_constitution(key.name or "")


def carried_out_by_none(target: DocumentKey) -> bool:
    """Whether `target` is a proposal (Tờ trình) or a report (Báo cáo), which tell and ask but
    are not carried out: "Thực hiện Quyết định số 611/QĐ-TTg ... và trên cơ sở báo cáo đề xuất
    tại Tờ trình số 116/TTr-STNMT ..." carries out the decision; the proposal is cited."""
    return target.type in ("TTr", "BC")


def replaces_its_kind(replacing: Reference, replaced: Reference) -> bool:
    """Whether `replacing` may replace `replaced`: a document of its type, not dated after it."""
    return (replacing.key is not None and replaced.key is not None
            and replacing.key.type == replaced.key.type
            and not not_issued_after(replacing, replaced))
