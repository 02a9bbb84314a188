"""Words run together in text copied from old web pages, where a line break was lost: "Hội
đồng nhândân", "mộtsố điều", "Banhành", "củaỦy ban", "28-CTr/TUngày". Found here, so that
`normalize.inserted` can put the spaces back.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator

from extract.normalize import LOWER, UPPER, fold_chars, is_word_char
from extract.tables import TYPE_WORD_PATTERN, TYPE_WORDS

# A Vietnamese syllable holds one group of vowels, so a word with a tone or a vowel mark that
# holds two is two syllables (or more). English words ("online", "video") carry no marks, and
# codes ("UBND", "QĐi") no second vowel.
_VOWEL = "aeiouy"
_MARKED = frozenset("ăâêôơưđ" + "".join(  # a letter with a vowel mark, a tone or a stroke
    chr(cp) for cp in range(0xC0, 0x1F00) if chr(cp).islower() and fold_chars(chr(cp)) in _VOWEL))
# Two vowels with consonants between, on folded text: inside a word, only where words ran
# together (or in a foreign word).
_TWO_VOWEL_GROUPS = re.compile(r"[aeiouy][b-df-hj-np-tv-xz]+[aeiouy]")
# Spelling rules: "ngh", "gh" and "k" only before i, e, ê, y; "ng" and "c" never there, "g"
# only before i ("gì").
_SYLLABLE = re.compile(r"(?:(?:ngh|gh|k)(?=[iey])|(?:ng|c)(?![iey])|g(?![ey])|gi|nh|ch|kh|ph|"
                       r"qu|th|tr|[bdhlmnprstvx])?"
                       r"(?P<vowels>[aeiouy]{1,3})(?P<final>ch|ng|nh|[cmnpt])?")
_WORD_AROUND = re.compile(r"[^\W\d_]*")
_WORD = re.compile(r"[^\W\d_]+")
# Two lower-case letters, then a capital: "củaỦy ban" (a code has no such run: "TLĐ-ToC",
# "QĐi"). The capital is matched first: rarer than a lower-case letter, quicker to find.
_CASE_JOIN = re.compile(f"(?<=[{LOWER}][{LOWER}])[{UPPER}]")
# A code run into the word after it: "28-CTr/TUngày", "1227/QĐ-UBNDngày", "65-KL/TWcủa".
_RUN_TOGETHER = 3  # words parted that tell a text runs words together
# A type word run into the number after it: "Quyết định288", "Chỉ thị số35" (on folded text).
_NUMBER_JOIN = re.compile(rf"(?<![^\W\d_])(?:{TYPE_WORD_PATTERN}|so)(?=\d)", re.IGNORECASE)
_CODE_JOIN = re.compile(f"(?<![^\\W\\d_])[{UPPER}]{{2,}}(?=[{LOWER}]{{2}})")
# A symbol's code run into the date after it: "381/ĐA-CPngày 09 tháng 5 ...", "15/CT-TTgngày",
# or into a portal's next field: "Số hiệu:11/2022/TT-BNVNgày đăng công báo:" (a joint code's
# part may be long: "...-ĐCTUBTƯMTTQVNNgày"), or into the place of a date line, of two words or
# more (not "QĐ-TTg ngày"): "Số: 127/NQ-CPHà Nội, ngày 14 tháng 8 năm 2023" (the resolution had
# no number); a code ending in a term's number into any word, "Luật số: 89/2015/QH13Hà Nội,
# ngày ...", "973/2020/UBTVQH14ngày". The code's own last letters are no place's word:
# "QĐ-TTg Hà Nội, ngày", "06/QĐTTg Hà Nội" are no code "T" or "QĐT" run into "Tg Hà Nội".
_CODE_DATE = re.compile(f"[/-][{UPPER}&]{{1,16}}(?:(?:g|r|i)?(?=[nN]gày\\b|(?![{UPPER}][gri]\\b)"
                        f"[{UPPER}][{LOWER}]+"
                        f"(?:[ \\t]+[{UPPER}][{LOWER}]*){{1,3}},?[ \\t]*ngày\\b)"
                        f"|\\d{{1,2}}(?=[{UPPER}][{LOWER}]|ngày\\b))")
# A number run into the word after it, "ngày 9-8-2019triển khai", and a sentence's full stop
# into the next, "... nhiệm kỳ 2020 – 2025.Đảng ủy ...": the cue and the sentence were lost.
_DIGIT_JOIN = re.compile(f"(?<=\\d)[{LOWER}]{{2}}")
_STOP_JOIN = re.compile(f"(?<=[{LOWER}\\d])\\.[{UPPER}][{LOWER}]")


# Syllables of the documents' own names, known whether or not the text writes them apart
# (folded): "Trungương" is "Trung ương", not "Trun gương", in a text that writes "tấm gương".
_KNOWN_SYLLABLES = frozenset(" ".join(TYPE_WORDS).split()) | frozenset(
    "trung uong dang bo chinh tri ban chap hanh thuong vu uy nhan dan hoi dong tinh huyen xa "
    "phuong thanh pho quoc thu tuong phu so noi".split())


def glued_words(text: str, folded: str) -> list[tuple[int, str]]:
    """Where a space goes between syllables run together, as (position, " ") for
    `normalize.inserted`; `folded` is `fold_chars(text)`."""
    glued = []  # (start, end) of each word that holds two groups of vowels and a mark
    end = 0
    for m in _TWO_VOWEL_GROUPS.finditer(folded):
        if m.start() < end:
            continue  # in the word just read
        start = m.start()
        while start and is_word_char(text[start - 1]) and not text[start - 1].isdigit():
            start -= 1
        end = _WORD_AROUND.match(text, m.start()).end()
        word = text[start:end]
        marks = _MARKED.intersection(word.lower())
        # Not "online", "video"; "TUngày" is a code's, below; a code in capitals carries no
        # tone, its "Đ" no vowel mark ("ĐUCA", the Public Security's Party committee).
        if marks and not word[:2].isupper() > word.isupper() and (
                not word.isupper() or marks - {"đ"}):
            glued.append((start, end))
    # A code run into its date is parted in any text, not only in one that runs words together
    # (the symbol was lost).
    dated = [(m.end(), " ") for m in _CODE_DATE.finditer(text)]
    if not glued:
        return dated
    words = Counter(_WORD.findall(text.lower()))  # the text's own words
    parted = [[start + cut for cut in cuts] for start, end in glued
              if (cuts := _best_cuts(text[start:end], folded[start:end], words, 4))]
    spaces = [(at, " ") for cuts in parted for at in cuts] + dated
    if len(parted) < _RUN_TOGETHER:
        return sorted(set(spaces))
    # A text with words run together has them where a vowel meets a vowel too, "củaỦy ban",
    # and after codes: seen at the capitals, looked for only then (a loanword such as "đôla"
    # is one such word, not a text that runs words together).
    spaces += [(m.start(), " ") for m in _CASE_JOIN.finditer(text)]
    spaces += [(m.end(), " ") for m in _NUMBER_JOIN.finditer(folded)]  # "Quyết định288"
    spaces += [(m.start(), " ") for m in _DIGIT_JOIN.finditer(text)]
    spaces += [(m.start() + 1, " ") for m in _STOP_JOIN.finditer(text)]
    for m in _CODE_JOIN.finditer(text):
        end = _WORD_AROUND.match(text, m.end()).end()
        spaces += _after_code(text[m.start():end], folded[m.start():end], m.end() - m.start(),
                              m.start(), words)
    return sorted(set(spaces))


def _after_code(word: str, folded: str, capitals: int, at: int,
                words: Counter[str]) -> list[tuple[int, str]]:
    """Where the words after a code start: right after its capitals, or after one lower-case
    letter more ("TTg", "QĐi", "CTr"), whichever leaves fewer syllables. Capitals with a tone
    are a heading's word, not a code, and the last of them starts the next word ("KẾ
    HOẠCHThực hiện")."""
    heading = _tones(word[:capitals]).strip()
    options = []
    for cut in (capitals - 1,) if heading else (capitals, capitals + 1):
        if (rest := _best_cuts(word[cut:], folded[cut:], words, 3)) is not None:
            options.append((len(rest), cut, rest))
    if not options:
        return []
    _, cut, rest = min(options)
    return [(at + cut, " "), *((at + cut + c, " ") for c in rest)]


def _best_cuts(word: str, folded: str, words: Counter[str], most: int) -> list[int] | None:
    """Where `word` splits into syllables, at most `most`; None if it cannot. Of the ways it
    can, the fewest syllables, then those the text writes as words most: "Tỉnhuỷ" is "Tỉnh
    uỷ", not "Tỉn huỷ", and "Banhành" is "Ban hành", not "Banh ành", because the text says
    "tỉnh" and "ban" elsewhere; then syllables after the first that start with a consonant,
    then the longest first syllable."""
    lower = word.lower()
    splits = list(_splits(folded.lower(), _tones(word), most))
    if not splits:
        return None

    def score(cuts: list[int]) -> tuple[int, int, int, int, list[int]]:
        bounds = [0, *cuts, len(word)]
        syllables = [lower[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        known = [folded[a:b].lower() in _KNOWN_SYLLABLES
                 for a, b in zip(bounds, bounds[1:], strict=False)]
        return (-len(cuts), sum(words[s] > 0 or k for s, k in zip(syllables, known, strict=True)),
                sum(min(words[s], 50) for s in syllables),
                sum(folded[c].lower() not in _VOWEL for c in cuts), cuts)
    return max(splits, key=score)


def _splits(word: str, tones: str, most: int) -> Iterator[list[int]]:
    """Every way `word` (folded, with each letter's tone) splits into at most `most`
    syllables, as the positions of the cuts."""
    if _is_syllable(word, tones):
        yield []
    if most == 1 or len(word) > 24:
        return
    for cut in range(1, len(word)):
        if _is_syllable(word[:cut], tones[:cut]):
            for rest in _splits(word[cut:], tones[cut:], most - 1):
                yield [cut, *(cut + c for c in rest)]


# The five tones' marks: sắc, huyền, hỏi, ngã, nặng. A syllable carries one at most, and one
# that ends in c, ch, p or t carries sắc or nặng.
_TONE_OF = {"\u0301": "s", "\u0300": "f", "\u0309": "r", "\u0303": "x", "\u0323": "j"}


def _tones(word: str) -> str:
    """Each letter's tone: "s", "f", "r", "x", "j", or " " for none."""
    return "".join(next((_TONE_OF[mark] for mark in unicodedata.normalize("NFD", letter)
                         if mark in _TONE_OF), " ") for letter in word)


# Vowels that end in a glide ("ai", "ơi", "ao", "êu") take no final consonant, but for "ươ",
# "oo" and "uy" ("trường", "boong", "huỳnh"): "hoing" is no syllable. "iê", "yê", "uô", "ươ"
# take one (or a glide): "trườ" is none.
def _is_syllable(word: str, tones: str) -> bool:
    marked = tones.replace(" ", "")
    m = _SYLLABLE.fullmatch(word)
    if m is None or len(marked) > 1 or (word.endswith(("c", "p", "t")) and marked not in "sj"):
        return False
    vowels, final = m.group("vowels"), m.group("final")
    if final is None:
        return vowels[-2:] not in ("ie", "ye", "uo")
    return not (len(vowels) > 1 and vowels[-1] in "ioyu" and vowels[-2:] not in ("uo", "oo", "uy"))
