"""Text folding shared by every stage: the one place that says when two spellings are equal."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Đ (D with stroke) and its look-alike Ð (Eth, U+00D0) both fold to D.
_STROKES = str.maketrans({"Đ": "D", "đ": "d", "Ð": "D", "ð": "d"})


def strip_marks(text: str) -> str:
    """Remove Vietnamese diacritics and fold Đ/Ð to D, keeping case and punctuation."""
    text = unicodedata.normalize("NFD", text.translate(_STROKES))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=1 << 16)  # the same short strings (issuers, words, names) fold again
def fold(text: str | None) -> str:
    """Lower-case, no diacritics, letters and digits only: 'Bà Rịa - Vũng Tàu' -> 'bariavungtau'."""
    if not text:
        return ""
    return _NOT_ALNUM.sub("", fold_chars(text).lower())


def fold_words(text: str | None) -> str:
    """Each word folded, one space between: 'Ủy ban nhân dân tỉnh' -> 'uy ban nhan dan tinh'
    (how body words, type headings and cue words are compared). A word that folds to nothing,
    such as the dash of 'Bà Rịa - Vũng Tàu', is dropped: 'ba ria vung tau'."""
    return " ".join(folded for word in (text or "").split() if (folded := fold(word)))


def fold_chars(text: str) -> str:
    """Lower-case, no diacritics, one output character per input character.

    Offsets found in the result index the input too, so cue and type-word patterns can be
    written without diacritics and still match "Thực hiện", "THỰC HIỆN" and "thực hiên".
    Expects NFC text (see `to_nfc`). A translation table keeps this at C speed. "qui" is read
    as "quy", its older spelling ("qui định chi tiết", "Qui chế"), so that patterns and keys
    know one.
    """
    folded = text.translate(_FOLD_TABLE)
    return _QUI.sub("quy", folded) if "qui" in folded else folded


_QUI = re.compile(r"\bqui\b")


def _fold_char(char: str) -> str:
    folded = strip_marks(char).lower()
    return folded if len(folded) == 1 else (char.lower() if len(char.lower()) == 1 else char)


# The five tone marks; the other marks (ă, â, ê, ô, ơ, ư) make other letters.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def same_name(printed: str, spelling: str) -> bool:
    """Whether `printed` spells the place name `spelling`: the same letters and, in each word,
    the same tone wherever it is placed ("Hoà" is "Hòa"); "Huệ" is not "Huế", nor "Vĩnh"
    "Vinh". Text without any diacritics ("Tra Vinh") is compared folded."""
    if printed.isascii():
        return fold(printed) == fold(spelling)
    return _tone_words(printed) == _tone_words(spelling)


@lru_cache(maxsize=1 << 12)
def _tone_words(text: str) -> tuple[tuple[str, str], ...]:
    """Each word as (its letters without the tone, its tone); Đ, Ð and D are one letter here,
    as in `fold`."""
    words = []
    for nfc_word in re.findall(r"\w+", unicodedata.normalize("NFC", text.translate(_STROKES))
                               .lower()):
        word = unicodedata.normalize("NFD", nfc_word)
        tones = "".join(sorted(c for c in word if c in _TONES))
        words.append((unicodedata.normalize("NFC", "".join(c for c in word if c not in _TONES)),
                      tones))
    return tuple(words)


_NOT_ALNUM = re.compile(r"[\W_]+")
# Every Latin letter Vietnamese uses (Basic Latin to Latin Extended-B, Latin Extended
# Additional) mapped to its folded form; everything else passes through unchanged. The table
# is a string indexed by code point over the whole BMP, so that `str.translate` finds every
# character in it: a dict it mostly misses (one KeyError per character) is 2.4 x slower.
_FOLDED = {cp: _fold_char(chr(cp))
           for cp in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]}
_FOLD_TABLE = "".join(_FOLDED.get(cp, chr(cp)) for cp in range(0x10000))

# Letters of Latin script that fold to one ASCII letter, in lower and upper case, as the body
# of a regex class. (The range "à-ỹ" is no class of small letters: "Đ", "Ă", "Ơ", "Ư" and all
# of "Ạ" to "Ỹ" lie inside it, so "Ủy ban" and "Đề nghị" would start no sentence.)
_LETTERS = [chr(cp) for cp in [*range(0x41, 0x7B), *range(0xC0, 0x1F00)] if chr(cp).isalpha()
            and len(fold_chars(chr(cp))) == 1 and fold_chars(chr(cp)).isascii()]
LOWER = "".join(c for c in _LETTERS if c.islower())
UPPER = "".join(c for c in _LETTERS if c.isupper())


# Spaces that word processors and web pages put between words besides U+0020: no-break
# (U+00A0, U+202F), en, em, figure, thin and other fixed-width spaces. Patterns that say
# "[ \t]" would not see them.
_ODD_SPACES = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_LONE_CR = re.compile("\r(?!\n)")  # a line end of old Mac files ("\r\n" is kept as it is)
# Strokes that pages set for "/": fraction (U+2044), division (U+2215) and full-width (U+FF0F)
# slashes, "Công điện số 1478⁄CĐ-TTg". One for one: offsets stay.
_ODD_SLASHES = str.maketrans("\u2044\u2215\uff0f", "///")
# Text taken from PDFs set in some Vietnamese fonts has the letter "oi" (ƣ, U+01A3) for "ư" and
# Ƣ (U+01A2) for "Ư": "Luật Thi đua, khen thƣởng", "Nhà nƣớc". One for one: offsets stay.
_OI_FOR_U_HORN = str.maketrans("\u01a3\u01a2", "\u01b0\u01af")
# A portal's capitals print "XÃ" as "Xà" ("CỘNG HÒA Xà HỘI CHỦ NGHĨA", "... KINH TẾ - Xà HỘI"),
# which cut a title in capitals at that line: "XÃ" before a word in capitals. One for one too.
_X_A_GRAVE = re.compile(rf"(?<![^\W\d_])Xà(?= [{UPPER}]{{2}})")
# Cyrillic capitals that look like Latin ones, which some pages put into codes ("16495/BТС-PTHT"
# with a Cyrillic Т and С, which was a code of its own): read as Latin where they stand in a
# code, beside a Latin capital, "/" or "-". One for one: offsets stay.
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_CYRILLIC_IN_CODE = re.compile(r"(?<=[A-ZĐ/\-])[АВЕКМНОРСТХ]+|[АВЕКМНОРСТХ]+(?=[A-ZĐ/\-])")
_LATIN_LOOKALIKES = str.maketrans("АВЕКМНОРСТХ", "ABEKMHOPCTX")
# A page's number on a line of its own, as text from a PDF keeps it where a page broke a
# sentence ("... của Thủ tướng" / "- 2 -" / "Chính phủ ..."): "- 2 -", "Trang 2", "Trang 2/5",
# the Official Gazette's running head, or "2", "2/5" with a blank line or a form feed (a page
# break) before or after it (a date hard-wrapped around its month, "ngày 22 tháng" / "11" /
# "năm 2019", has none). Found line by line (a pattern that took in the blank lines around
# them backtracked over every run of them: 5,000 blank lines took 1.2 s, 20,000 took 16 s).
_PAGE_LINE = re.compile(
    r"(?m)^[ \t\f]*(?:(?P<marked>-[ \t]*\d{1,3}[ \t]*-|(?:Trang|TRANG)[ \t]+\d{1,3}"
    r"(?:[ \t]*/[ \t]*\d{1,3})?"
    # the Official Gazette's running head: "4 CÔNG BÁO/Số 275 + 276/Ngày 15-4-2013 5"
    r"|(?:\d{1,4}[ \t]+)?C(?:Ô|O\u0302)NG[ \t]+B(?:Á|A\u0301)O[^\n/]{0,40}/[ \t]*"
    r"S(?:ố|o\u0302\u0301)[ \t]*\d[\d +]{0,12}/[ \t]*Ng(?:à|a\u0300)y[ \t]*"
    r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}(?:[ \t]+\d{1,4})?)"
    r"|\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?)[ \t\f]*\r?$")
# A portal's signature stamp, printed on a PDF's pages and kept in the text where a page broke
# a sentence or a list ("Người ký: CỔNG THÔNG TIN ĐIỆN TỬ CHÍNH PHỦ" / "Email: ..." / "Cơ quan:
# VĂN PHÒNG CHÍNH PHỦ" / "Thời gian ký: 07.03.2025 09:10:52 +07:00"): read as a page break.
_SIGNATURE_STAMP = re.compile(
    r"(?m)^[ \t]*(?:Người ký|Ký bởi)[ \t]*:[^\n]*\n"
    r"(?:[ \t]*(?:Email|Cơ quan|Địa chỉ|Chức vụ|Ngày ký)[ \t]*:[^\n]*\n){0,4}"
    r"[ \t]*(?:Thời gian ký|Ngày ký)[ \t]*:[^\n]*?\r?$")  # the Gazette's: "Ký bởi:" ... "Ngày ký:"
_BLANK = " \t\f\r\n"


def _without_page_numbers(text: str) -> str:
    """`text` with each page's number and the blank lines around it blanked, one for one, but
    the line end before the next line, so that the sentence the page broke goes on."""
    parts, done = [], 0
    breaks = [*_PAGE_LINE.finditer(text)]
    if "ký" in text:
        breaks = sorted([*breaks, *_SIGNATURE_STAMP.finditer(text)], key=lambda m: m.start())
    for m in breaks:
        if m.start() < done:
            continue
        before = m.start()
        while before > done and text[before - 1] in _BLANK:
            before -= 1
        after = m.end()
        while after < len(text) and text[after] in _BLANK:
            after += 1
        if before == 0 or after == len(text):
            continue  # nothing before or after to join
        around = text[before:m.start()] + text[m.end():after]
        if (m.re is _PAGE_LINE and not m.group("marked") and around.count("\n") < 3
                and "\f" not in text[before:after] and not (parts and before <= done)):
            continue  # a bare number with no blank line or page break (a stamp) beside it
        keep = text.rindex("\n", m.end(), after)  # the line end kept, "\r\n" whole
        if text[keep - 1] == "\r":
            keep -= 1
        parts += [text[done:before], " " * (keep - before)]
        done = keep
    return "".join(parts) + text[done:] if parts else text


# An HTML line break inside a Markdown table's cell ("ỦY BAN NHÂN DÂN<br>TỈNH TRÀ VINH"), as
# converters from Word write a header laid out as a table: a line end, padded with spaces
# before it to the same length, so that offsets stay.
_HTML_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Line ends written as escapes ("Quyết định số 1896/QĐ-TTg\r\nngày 25/12/2019"), as a page
# scraped from a JSON field keeps them: a line end, padded the same way.
_ESCAPED_BREAK = re.compile(r"(?<!\\)\\r\\n|(?<!\\)\\[rn]")
# Characters that show nothing, which web pages and PDFs leave inside words and symbols: soft
# hyphens (U+00AD, "25-\u00adNQ/TW"), zero-width spaces and joiners, the word joiner and a
# byte order mark inside the text. Dropped, so that "25-NQ/TW" is read whole.
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


# Markdown's markup that stands inside sentences, dropped: the backslash of an escape ("1\.
# Mục đích", "\[1\]", "25\-NQ/TW", as pandoc writes a Word file) and a link's brackets and
# address, as a web page's text keeps them ("[Nghị quyết số 57-NQ/TW](https://...) ngày
# 22/12/2024": the date follows the symbol again), also a footnote's link to its anchor, as a
# Word file saved as a web page gives it ("[[1]](#_ftn1)" is the marker "[1]").
_LINK_TARGET = r"\]\((?:https?:|www\.|/|#)[^)\s]*\)"
# A blockquote's marks at a line's start ("> Căn cứ ...", "> > "), as converters write the
# indented paragraphs of some web pages, are dropped too.
_MARKDOWN_MARKUP = (
    rf"\\(?=[-.\[\]*_#()|<>!+‐‑‒–—−])|(?<!!)\[(?=[^\]\n]{{1,300}}{_LINK_TARGET}|\[\d{{1,3}}\]{_LINK_TARGET})"
    rf"|{_LINK_TARGET}"
    r"|(?:(?<=\n)|(?<![\s\S]))[ \t]*>(?:[ \t]*>)*[ \t]?"
    # bold ("**số 35/KH-UBND** ngày ...": the date follows the symbol again), but not a rule
    # drawn under a title ("________"), which ends the title's subject
    r"|(?<![*_])(?:\*\*|__)(?![*_])"
    # italics closed and opened again across a space, as converters split a run: "của* *Chính
    # phủ quy định chi tiết ..." (the body was lost, and the decree's act taken for the plan's)
    r"|(?<=[^\s*])\*(?= \*[^\s*])|(?<=[^\s*]\* )\*(?=[^\s*])")
# HTML's character references, which text taken from a web page may keep: "&nbsp;", "&amp;",
# and letters written by number ("Ch&#7881; th&#7883;" is "Chỉ thị"). Read as the character.
_ENTITY = r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#[0-9]{2,7}|#[xX][0-9A-Fa-f]{1,6});"
# HTML's tags that a copy of a web page or a converted file keeps around its words ("UBND TỈNH
# BÌNH THUẬN<b> CỘNG HOÀ ...", "<i>Phan Thiết, ngày 20 tháng 10 năm 2010</i>"): an inline
# tag is dropped, a block's read as a space.
_TAG = r"</?(?P<tag>(?i:b|i|u|em|strong|span|font|sup|sub|div|p|td|tr|li))\b[^<>\n]{0,200}>"
_BLOCK_TAGS = frozenset({"div", "p", "td", "tr", "li"})
_MARKUP = re.compile(f"{_MARKDOWN_MARKUP}|(?P<entity>{_ENTITY})|{_TAG}")
_ENTITY_AT = re.compile(_ENTITY)


def _as_read(markup: re.Match[str]) -> str:
    """What a piece of markup reads as: an entity its character, a block's tag a space, any
    other nothing."""
    if markup.group("tag") is not None:
        return " " if markup.group("tag").lower() in _BLOCK_TAGS else ""
    if markup.group("entity") is None:
        return ""
    return _ODD_SPACES.sub(" ", html.unescape(markup.group()))  # "&nbsp;" is a space


def to_nfc(text: str) -> tuple[str, list[int] | None]:
    """The text in NFC with plain spaces and line ends, nothing invisible, no Markdown escapes,
    links or blockquote marks and HTML entities read, and for each of its characters the
    offset in `text` (None if unchanged).

    Extraction works on NFC text, where each Vietnamese letter is one character; offsets are
    mapped back through this list so that they always slice the text as it was read.
    """
    spaced = _LONE_CR.sub("\n", _ODD_SPACES.sub(" ", text))  # one for one: offsets stay
    if "\u2044" in spaced or "\u2215" in spaced or "\uff0f" in spaced:
        spaced = spaced.translate(_ODD_SLASHES)
    if "\u01a3" in spaced or "\u01a2" in spaced:
        spaced = spaced.translate(_OI_FOR_U_HORN)
    if "Xà " in spaced:
        spaced = _X_A_GRAVE.sub("XÃ", spaced)
    if _CYRILLIC.search(spaced):
        spaced = _CYRILLIC_IN_CODE.sub(lambda m: m.group().translate(_LATIN_LOOKALIKES), spaced)
    if "\n" in spaced:
        spaced = _without_page_numbers(spaced)
    if "<" in spaced:
        spaced = _HTML_BREAK.sub(_padded_line_end, spaced)
    if "\\" in spaced:
        spaced = _ESCAPED_BREAK.sub(_padded_line_end, spaced)
    if (("\\" not in spaced and "](" not in spaced and "&" not in spaced and ">" not in spaced
         and "**" not in spaced and "__" not in spaced and "* *" not in spaced)
            or not _MARKUP.search(spaced)):
        return _composed(text, spaced)
    parts: list[str] = []
    kept: list[int] = []  # offset in `text` of each character made
    pos = 0
    for m in _MARKUP.finditer(spaced):
        read = _as_read(m)
        parts += [spaced[pos:m.start()], read]
        kept += [*range(pos, m.start()), *[m.start()] * len(read)]
        pos = m.end()
    parts.append(spaced[pos:])
    kept += range(pos, len(spaced) + 1)
    rewritten = "".join(parts)
    nfc, offsets = _composed(rewritten, rewritten)
    return nfc, kept if offsets is None else [kept[i] for i in offsets]


def _padded_line_end(markup: re.Match[str]) -> str:
    return " " * (len(markup.group()) - 1) + "\n"


def _composed(text: str, spaced: str) -> tuple[str, list[int] | None]:
    """`spaced` (`text` with characters replaced one for one) in NFC, and the offsets."""
    if _INVISIBLE.search(spaced):
        return _by_cluster(spaced)
    nfc = unicodedata.normalize("NFC", spaced)
    if nfc == text:
        return text, None
    if nfc == spaced:
        return nfc, list(range(len(text) + 1))
    return _by_cluster(spaced)


def _by_cluster(spaced: str) -> tuple[str, list[int]]:
    """Each letter with its marks composed on its own, invisible characters dropped: the
    offset of every character made is the offset of the cluster it came from."""
    out: list[str] = []
    offsets: list[int] = []
    start = 0
    for i in range(1, len(spaced) + 1):
        if i == len(spaced) or not unicodedata.combining(spaced[i]):
            cluster = unicodedata.normalize("NFC", _INVISIBLE.sub("", spaced[start:i]))
            out.append(cluster)
            offsets.extend([start] * len(cluster))
            start = i
    offsets.append(len(spaced))
    return "".join(out), offsets


def bracket(text: str, spans: list[tuple[int, int]], offsets: list[int] | None
            ) -> tuple[str, list[int]]:
    """`text` with each of `spans` (in order, apart) put in square brackets, and for each of its
    characters the offset in the text as read (`offsets` maps `text` there, None if it is
    that text). A bracket takes the offset of the character it stands before."""
    return inserted(text, [(p, c) for start, end in spans for p, c in ((start, "["), (end, "]"))],
                    offsets)


def inserted(text: str, inserts: list[tuple[int, str]], offsets: list[int] | None
             ) -> tuple[str, list[int]]:
    """`text` with each character of `inserts` ((position, character), in order) put in, and
    the offsets in the text as read, as `bracket` gives them."""
    base = offsets if offsets is not None else list(range(len(text) + 1))
    parts: list[str] = []
    mapped: list[int] = []
    pos = 0
    for at, char in inserts:
        parts += [text[pos:at], char]
        mapped += [*base[pos:at], base[at]]
        pos = at
    parts.append(text[pos:])
    mapped += base[pos:]
    return "".join(parts), mapped


def end_as_read(offsets: list[int], original: str, end: int) -> int:
    """Where a span of the NFC text ending at `end` ends in the text as read (`offsets` maps
    one to the other): after its last letter and that letter's marks, not after markup dropped
    behind it ("Nghị quyết số 57-NQ/TW](https://...)")."""
    if end == 0:
        return offsets[0]
    pos = offsets[end - 1] + 1
    if original[pos - 1] == "&" and (entity := _ENTITY_AT.match(original, pos - 1)):
        pos = entity.end()  # the letter was written as an entity: "th&#7883;"
    while pos < offsets[end] and unicodedata.combining(original[pos]):
        pos += 1
    return min(pos, offsets[end])


def is_word_char(char: str) -> bool:
    """Whether `char` is what `\\w` matches: word boundaries checked outside a pattern."""
    return char.isalnum() or char == "_"


def line_from(text: str, pos: int) -> str:
    """The rest of the line `pos` stands in, up to its end or the text's."""
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]
