"""Documents that a text changes as a whole list or by its own effect: those an article's or an
appendix's heading names ("Điều 1. Bãi bỏ ...", "DANH MỤC VĂN BẢN ... BÃI BỎ"), and those a
sentence says end as the text takes effect ("... hết hiệu lực kể từ ngày Quyết định này có hiệu
lực"). `lists.py` governs the items under them; `relations.py` types the expiry."""

from __future__ import annotations

import re

from extract.cues import ARTICLE_LINE, CHANGES, CueRun, cue_runs
from extract.tables import TYPE_WORD_PATTERN

# Documents an article's heading names, with no colon after: "Điều 1. Bãi bỏ toàn bộ một số văn
# bản quy phạm pháp luật của Thủ tướng Chính phủ", the list of them under it.
_HEADED_DOCUMENTS = re.compile(rf"\s*(?:(?:toan\s+bo|mot\s+so|cac|\d{{1,3}})\s+)*"
                               rf"(?:van\s+ban|{TYPE_WORD_PATTERN})\b[^:;.\n]{{0,150}}$")


def article_heading_cue(folded: str, start: int, end: int) -> CueRun | None:
    """The change cue of an article's heading (a sentence from `start` to `end`, after "Điều
    N." on its line) that names the documents listed under it, if any."""
    if not ARTICLE_LINE.match(folded, folded.rfind("\n", 0, start) + 1):
        return None
    runs = cue_runs(folded, start, end, [])
    last = runs[-1] if runs else None
    heading = folded[start:end].rstrip(" \t\r\n*")
    return last if last is not None and last.relation in CHANGES and _HEADED_DOCUMENTS.match(
        heading, last.end - start) else None


# An appendix's heading that lists the documents changed: "DANH MỤC VĂN BẢN QUY PHẠM PHÁP LUẬT
# BÃI BỎ TOÀN BỘ" (the appendix of a circular whose article says "Bãi bỏ ... tại Phụ lục I").
_LISTING = re.compile(r"^[ \t|*#]*danh\s+muc\s+(?:cac\s+)?van\s+ban\b", re.MULTILINE)
_PASSIVE_BEFORE = re.compile(r"\b(?:bi|duoc|da)\s+$")


def appendix_list_cue(folded: str, start: int, end: int) -> CueRun | None:
    """The change cue of an appendix's heading, on a line of its own in the sentence from
    `start` to `end`, that lists the documents it changes, if any."""
    if (heading := _LISTING.search(folded, start, end)) is None:
        return None
    line_end = folded.find("\n", heading.end(), end)
    runs = [run for run in cue_runs(folded, heading.end(), end if line_end < 0 else line_end, [])
            if run.relation in CHANGES]
    # not those changed by others, which a decision announcing them lists: "... BỊ BÃI BỎ"
    return runs[0] if runs and not _PASSIVE_BEFORE.search(
        folded, heading.end(), runs[0].start) else None


# "Quyết định số X ... hết hiệu lực kể từ ngày Quyết định này có hiệu lực": the document takes
# X's place, as "thay thế" says; so it does when the day X ends is the day the document says it
# takes effect, "Quyết định này có hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025. 2. Quyết
# định số 27/2024/QĐ-UBND ... hết hiệu lực thi hành kể từ ngày 28 tháng 11 năm 2025".
_EXPIRES = r"\bhet\s+hieu\s+luc(?:\s+thi\s+hanh)?\s*,?\s*(?:ke\s+)?tu\s+ngay\s+"
_DAY = r"(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})(?:\s+nam\s+|\s*[/.-]\s*)(\d{4})"
_EXPIRES_WITH_SELF = re.compile(_EXPIRES + r"(?P<this>(?:\w+\s+){1,3}?)nay\s+co\s+hieu\s+luc")
_EXPIRES_ON = re.compile(_EXPIRES + _DAY)
# ... and with no day, as the article on the document's effect says it: "Quyết định số
# 05/2021/QĐ-UBND ... hết hiệu lực thi hành." (not "đã hết hiệu lực", a state)
_EXPIRES_NOW = re.compile(r"(?<!\bda\s)(?<!\bbi\s)\bhet\s+hieu\s+luc\s+thi\s+hanh\s*(?:[.;]|$)")
_EFFECTIVE = re.compile(r"\bnay\s+co\s+hieu\s+luc(?:\s+thi\s+hanh)?\s*,?\s*(?:ke\s+)?tu\s+ngay\s+"
                        + _DAY)


def expires_with_self(folded: str, start: int, end: int) -> re.Match[str] | None:
    """Where a sentence says a document ends as this one takes effect, if it does. The day
    this one takes effect is sought only when a sentence names the day another ends."""
    if folded.find("het", start, end) < 0:
        return None  # most sentences: each pattern below starts with "hết hiệu lực"
    if m := _EXPIRES_WITH_SELF.search(folded, start, end) or _EXPIRES_NOW.search(
            folded, start, end):
        return m
    if (m := _EXPIRES_ON.search(folded, start, end)) and (effective := _EFFECTIVE.search(folded)):
        return m if _day(m) == _day(effective) else None
    return None


# ... and so do the documents listed after such a sentence, when it names documents: "Các Quyết
# định sau đây hết hiệu lực kể từ ngày Quyết định này có hiệu lực thi hành:" / "a) Quyết định
# số ...", not provisions, "Các quy định sau đây hết hiệu lực ...:" (parts of decrees)
_LISTED_DOCUMENTS = re.compile(
    rf"\b(?:cac|nhung)\s+(?!quy\s+dinh\b)(?:van\s+ban|{TYPE_WORD_PATTERN})\b")


def listed_documents_expire(folded: str, start: int, end: int) -> bool:
    """Whether the sentence says the documents listed after it end as this one takes effect."""
    expiry = expires_with_self(folded, start, end)
    return expiry is not None and _LISTED_DOCUMENTS.search(
        folded, start, expiry.start()) is not None


def _day(m: re.Match[str]) -> tuple[int, int, int]:
    return int(m[1]), int(m[2]), int(m[3])
