"""Reading document files: text encodings, .docx (with tables and footnotes), .pdf, .html."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from graph.readers import UnreadableDocument, iter_document_paths, read_document

TEXT = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021."


def test_text_files_keep_their_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(("dòng một\r\n" + TEXT).encode("utf-8-sig"))
    doc = read_document(path)
    assert doc.text == "dòng một\r\n" + TEXT and doc.format == "txt" and len(doc.sha256) == 64


def test_docx_paragraphs_tables_and_footnotes(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("KẾ HOẠCH")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Số: 5/KH-UBND"
    table.rows[0].cells[1].text = "Hà Giang, ngày 02 tháng 3 năm 2022"
    document.add_paragraph(TEXT)
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "a.docx"
    path.write_bytes(_with_footnote(buffer.getvalue(), "Kế hoạch số 264/KH-UBND ngày 25/10/2021"))
    text = read_document(path).text
    assert text.splitlines() == ["KẾ HOẠCH", "Số: 5/KH-UBND | Hà Giang, ngày 02 tháng 3 năm 2022",
                                 TEXT, "[1] Kế hoạch số 264/KH-UBND ngày 25/10/2021"]


def _with_footnote(docx_bytes: bytes, note: str) -> bytes:
    """Add word/footnotes.xml to a .docx (python-docx cannot write footnotes)."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = (f'<w:footnotes xmlns:w="{w}"><w:footnote w:id="0"><w:p/></w:footnote>'
           f'<w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote>'
           "</w:footnotes>")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("word/footnotes.xml", xml)
    return out.getvalue()


def _pdf(text: str | None) -> bytes:
    """A minimal valid one-page PDF, with a text layer when `text` is given."""
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode() if text else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(_pdf("Chi thi so 33/CT-TTg ngay 26/11/2021"))
    assert "33/CT-TTg" in read_document(path).text


def test_html_without_scripts_and_with_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<html><head><title>t</title><script>var x='25-NQ/TW'</script></head>"
                    f"<body><p>KẾ HOẠCH</p><div>{TEXT}</div><style>p{{}}</style></body></html>",
                    encoding="utf-8")
    assert read_document(path).text.splitlines() == ["KẾ HOẠCH", TEXT]


# "Kế hoạch số 35/KH-UBND ngày 11/4/2023 của Ủy ban nhân dân tỉnh về việc triển khai thực hiện
# Chỉ thị số 33/CT-TTg", typed in the TCVN3 font encoding.
LEGACY = ("KÕ ho¹ch sè 35/KH-UBND ngµy 11/4/2023 cña Uû ban nh©n d©n tØnh vÒ viÖc triÓn khai "
          "thùc hiÖn ChØ thÞ sè 33/CT-TTg.\n") * 3


def test_html_keeps_inline_elements_in_their_line_and_a_tables_cells_in_a_row(
        tmp_path: Path) -> None:
    path = tmp_path / "a.html"
    path.write_text("<!DOCTYPE html><table><tr><td><b>ỦY BAN NHÂN DÂN</b></td><td>Số: <span>35</span>/KH-UBND"
                    "</td></tr></table><p>Triển khai\n  thực hiện <a href='x'>Chỉ thị số "
                    "33/CT-TTg</a> ngày <b>26/11/2021</b><br>của Thủ tướng<sup>1</sup></p>"
                    "<!-- a note -->", encoding="utf-8")
    assert read_document(path).text.splitlines() == [
        "ỦY BAN NHÂN DÂN | Số: 35/KH-UBND",
        "Triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021", "của Thủ tướng[1]"]


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("a.txt", b"Ch\xec th\xec", "not UTF-8 or UTF-16 text (invalid byte 0xec at offset 2)"),
    ("a.txt", bytes(range(256)), "binary data, not text"),
    ("a.txt", b"  \n", "empty file"),
    ("a.xyz", b"text", "unsupported file type '.xyz'"),
    ("a.pdf", b"%PDF-1.4 garbage", "not a readable PDF"),
    ("a.pdf", _pdf(None), "no text layer (a scanned PDF? run OCR first)"),
    ("a.docx", b"PK not a zip", "not a readable .docx"),
    # TCVN3 (.VnTime) text, saved as UTF-8 as a converter that knew no better would, and as typed
    ("a.txt", LEGACY.encode("utf-8"), "text in a legacy Vietnamese font encoding (TCVN3 or VNI)"),
    ("a.txt", LEGACY.encode("latin-1"), "text in a legacy Vietnamese font encoding"),
])
def test_bad_files_raise_a_clear_reason_naming_the_file(tmp_path: Path, name: str, data: bytes,
                                                        reason: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument) as error:
        read_document(path)
    assert str(error.value).startswith(f"{name}: {reason}")


def test_unicode_text_that_prints_the_look_alike_eth_for_d_is_no_legacy_font(
        tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("ÐÐ ðð ÐÐ ðð\n" * 50 + TEXT, encoding="utf-8")  # few other Vietnamese letters
    assert read_document(path).text.endswith(TEXT)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="no such file"):
        read_document(tmp_path / "missing.txt")


def test_directories_expand_in_order_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", "c.bin", ".hidden.txt", "sub/d.pdf", ".git/e.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    assert [p.relative_to(tmp_path).as_posix() for p in iter_document_paths([tmp_path])] == [
        "a.md", "b.txt", "sub/d.pdf"]
