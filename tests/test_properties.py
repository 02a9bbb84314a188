"""Extraction never raises, and every offset slices back to the reported text, on any input."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.pipeline import extract_text

SAMPLE = ("Thực hiện Kế hoạch số 35/KH-UBND ngày 11/4/2023 của Ủy ban nhân dân tỉnh Trà Vinh về "
          "thực hiện Kết luận số 114-KL/TW ngày 14/7/2015; Nghị định số 61/2018/NĐ-CP; "
          "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Quyết định số 269-\nQĐ/TU.")

# Pieces real files are made of, to make adversarial mixtures more likely to hit the patterns.
PIECES = st.sampled_from([
    "Nghị quyết số ", "25-NQ/TW", "33/CT-TTg", "/2018/NĐ-CP", " ngày ", "03/6/2013",
    " tháng 9 năm ", "của Ban Bí thư", " (khóa XI) ", " về ", "Luật ", "Tiếp công dân", "; ",
    "\n", "[1]", "Số: ", "KẾ HOẠCH\n", "thực hiện ", "Căn cứ ", "Ð", "\u0301", "\x00", "—",
    "Hà\nGiang", "“", "”", "2021 - 2025", "Điều 63", "98%", "Trung ương 7 ", "khoá ",
    # what web pages leave: entities, escaped line ends, blockquotes, links, Markdown escapes
    "&#7883;", "&nbsp;", "&amp;", "&", "\\r\\n", "\n> ", ">", "](https://x.vn)", "[", "\\-",
    "<b>", "</b>", "<i>", "<span class='x'>", "</div>", "<p>",
    # old and odd symbols, grid tables' borders, a year split by a space, older spellings
    "-NQ/T.Ư", "58-CP", "-HĐBT", " |\n|   | ", "+----+\n", "/20 21", "qui định", "Bộ luật ",
    # gazette headings, attachments' subtitles, codes with a space inside or for the hyphen
    "NGHỊ QUYẾT SỐ ", "214 NQ/UBTVQH9", "/TT-BGD ĐT", "/TTr .UBND", "QUYẾT ĐỊNH:\n",
    "(Ban hành kèm theo Quyết định số ", "toàn văn Hướng dẫn", "được quán triệt ",
    "Hội nghị lần thứ năm Ban Chấp hành Đảng bộ tỉnh ",
])
TEXTS = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(codec="utf-8")),
    st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join),
)


def check_offsets(text: str) -> None:
    extraction = extract_text(text)
    for ref in extraction.references:
        assert 0 <= ref.start <= ref.end <= len(text)
        assert text[ref.start:ref.end] == ref.text
    for rel in extraction.relations:
        assert 0 <= rel.start <= rel.end <= len(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_extracts_without_error_and_offsets_slice_back(text: str) -> None:
    check_offsets(text)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, len(SAMPLE)), st.integers(0, len(SAMPLE)))
def test_symbols_cut_at_every_position(cut: int, other: int) -> None:
    check_offsets(SAMPLE[:cut])
    check_offsets(SAMPLE[cut:])
    check_offsets(SAMPLE[:min(cut, other)] + SAMPLE[max(cut, other):])


def test_every_cut_of_a_symbol() -> None:
    for cut in range(len(SAMPLE) + 1):
        check_offsets(SAMPLE[:cut] + "\n" + SAMPLE[cut:])


def test_nfd_input_offsets_slice_the_text_as_read() -> None:
    text = unicodedata.normalize("NFD", SAMPLE)
    extraction = extract_text(text)
    assert extraction.references
    for ref in extraction.references:
        assert text[ref.start:ref.end] == ref.text


def test_no_break_spaces_are_read_as_spaces_and_offsets_slice_the_text_as_read() -> None:
    text = SAMPLE.replace(" ", "\u00a0")
    extraction = extract_text(text)
    assert [r.key for r in extraction.references] == [r.key for r in extract_text(SAMPLE).references]
    for ref in extraction.references:
        assert text[ref.start:ref.end] == ref.text


def test_invisible_characters_are_dropped_and_offsets_slice_the_text_as_read() -> None:
    # Soft hyphens and zero-width spaces, as web pages leave them inside symbols and words.
    text = (SAMPLE.replace("-", "-\u00ad").replace("/", "/\u200b")
            .replace("hiện", "hi\u00adện").replace(" số", "\u2060 số"))
    extraction = extract_text(text)
    assert [r.key for r in extraction.references] == [r.key for r in extract_text(SAMPLE).references]
    for ref in extraction.references:
        assert text[ref.start:ref.end] == ref.text


def test_markdown_links_are_read_as_their_text_and_offsets_slice_the_text_as_read() -> None:
    # A web page's text keeps its links; the date and body after one still belong to it.
    text = ("Thực hiện [Nghị quyết số 57-NQ/TW](https://thuvienphapluat.vn/van-ban/Nghi-quyet-57-"
            "NQ-TW-2024.aspx) ngày 22/12/2024 của Bộ Chính trị và Chỉ thị số 05\\-CT/TW.")
    (resolution, directive) = extract_text(text).references
    assert (resolution.key.id, resolution.issuing_body) == ("NQ-57-TW-2024", "Bộ Chính trị")
    assert text[resolution.start:resolution.end] == resolution.text == "Nghị quyết số 57-NQ/TW"
    assert text[directive.start:directive.end] == directive.text == "Chỉ thị số 05\\-CT/TW"


def test_a_rule_of_underscores_is_no_bold_markup_and_ends_a_titles_subject() -> None:
    text = ("THÔNG TƯ\n\nHướng dẫn thực hiện Nghị định số 115/2003/NĐ-CP ngày 10/10/2003\n\ncủa "
            "Chính phủ về chế độ công chức dự bị\n\n________________\n\nThi hành Nghị định số "
            "115/2003/NĐ-CP ngày 10 tháng 10 năm 2003, Bộ Nội vụ hướng dẫn thực hiện như sau:\n")
    first = extract_text(text).references[0]
    assert first.subject == "chế độ công chức dự bị"
    # "__" alone is bold: dropped, the date still follows the symbol
    (bold,) = extract_text("Thực hiện __Chỉ thị số 33/CT-TTg__ ngày 26/11/2021.").references
    assert bold.date.isoformat() == "2021-11-26"


def test_html_entities_are_read_as_their_characters_and_offsets_slice_the_text_as_read() -> None:
    # Text taken from a web page's source: letters by number, a no-break space by name.
    text = "Thực hiện Ch&#7881; th&#7883; s&#7889;&nbsp;33/CT-TTg ngày 26/11/2021."
    (directive,) = extract_text(text).references
    assert (directive.key.id, directive.date.isoformat()) == ("CT-33-TTg-2021", "2021-11-26")
    assert text[directive.start:directive.end] == directive.text == (
        "Ch&#7881; th&#7883; s&#7889;&nbsp;33/CT-TTg")
    # A name that ends in an entity ends after its ";".
    (law, _) = extract_text("Căn cứ Luật Thủ đ&#244;; Luật Đất đai").references
    assert (law.key.id, law.text) == ("LUAT-QH-luat-thu-do", "Luật Thủ đ&#244;")


def test_html_tags_a_copy_keeps_are_read_as_nothing_or_a_space() -> None:
    # a converted file's header, its cells in bold and its date line in italics
    text = ("UBND TỈNH BÌNH THUẬN<b> CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>\n<b>SỞ GIÁO DỤC VÀ ĐÀO "
            "TẠO</b>\nSố:3358/SGD&ĐT <i>Phan Thiết, ngày 20 tháng 10 năm 2010</i>\n"
            "<div class='page'>Thực hiện Thông tư số 21/2010/TT-BGDĐT ngày 20/7/2010.</div>\n")
    extraction = extract_text(text)
    assert (extraction.identity.key.id, extraction.identity.date.isoformat()) == (
        "CV-3358-SGDDT-2010-binh-thuan", "2010-10-20")
    (circular,) = extraction.references
    assert text[circular.start:circular.end] == circular.text == "Thông tư số 21/2010/TT-BGDĐT"


def test_a_one_megabyte_line() -> None:
    line = ("x" * 1000 + " Chỉ thị số 33/CT-TTg ") * 1000
    extraction = extract_text(line)
    assert len(extraction.references) == 1000


def test_control_characters_and_mixed_scripts() -> None:
    check_offsets("\x00\x01\x1b[31m Нghị quyết số 25-NQ/TW 中文 عربى \u202e 33/CT-TTg \ufeff")
