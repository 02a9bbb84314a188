"""Document files to text: .txt/.md (UTF-8 or UTF-16), .docx, .pdf (text layer), .html.

Text is returned as read, so extraction offsets slice it (only a BOM is removed). Anything
that is not a readable document raises `UnreadableDocument` with a one-line reason naming the
file; callers report it and go on with the other files.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".md"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | {".docx", ".pdf", ".html", ".htm"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


class UnreadableDocument(Exception):
    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = Path(path), reason
        super().__init__(f"{Path(path).name}: {reason}")


@dataclass(frozen=True, slots=True)
class DocumentText:
    path: Path
    text: str
    sha256: str
    format: str


# Text typed in the legacy Vietnamese font encodings (TCVN3 "ABC" with .VnTime, VNI) and saved
# or read as if it were Unicode: "KÕ ho¹ch sè 35 ... cña Uû ban nh©n d©n tØnh" (TCVN3),
# "Keá hoaïch ... cuûa" (VNI). Its letters are Latin-1 signs that Vietnamese never uses, and it
# has none of the letters Unicode Vietnamese is full of (ă, đ, ơ, ư, ạ ... ỹ). Not "Ð" nor "ð",
# which Unicode text may print for "Đ" and "đ".
_LEGACY_SIGNS = frozenset("¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ")
_VIETNAMESE = re.compile("[ăĂđĐĩĨũŨơƠưƯ\u1ea0-\u1ef9\u0300-\u0323]")
_LEGACY_REASON = ("text in a legacy Vietnamese font encoding (TCVN3 or VNI), not Unicode: "
                  "convert it to Unicode (UTF-8) first")


def legacy_font_text(text: str) -> bool:
    """Whether `text` is Vietnamese typed in a legacy font encoding (see `_LEGACY_SIGNS`)."""
    sample = text[:20000]
    signs = sum(1 for c in sample if c in _LEGACY_SIGNS)
    return signs >= 20 and signs > 4 * len(_VIETNAMESE.findall(sample))


def decode_text(data: bytes, name: str = "<bytes>") -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise UnreadableDocument(name, f"broken UTF-16 text ({error.reason})") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if b"\x00" in data[:8192]:  # no text encoding but UTF-16/32 has NUL bytes
        raise UnreadableDocument(name, "binary data, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        if legacy_font_text(data.decode("latin-1")):  # the font's own bytes, as typed
            raise UnreadableDocument(name, _LEGACY_REASON) from None
        byte = data[error.start]
        raise UnreadableDocument(
            name, f"not UTF-8 or UTF-16 text (invalid byte 0x{byte:02x} at offset "
                  f"{error.start}); convert it to UTF-8") from None
    if "\x00" in text or len(_CONTROL.findall(text[:4096])) > 8:
        raise UnreadableDocument(name, "binary data, not text")
    if legacy_font_text(text):
        raise UnreadableDocument(name, _LEGACY_REASON)
    return text


def read_document(path: Path) -> DocumentText:
    """The text of one document file, or `UnreadableDocument` saying why not."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise UnreadableDocument(path, f"unsupported file type {suffix or '(none)'!r} "
                                       f"(supported: {', '.join(sorted(SUPPORTED_SUFFIXES))})")
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise UnreadableDocument(path, "no such file") from None
    except OSError as error:
        raise UnreadableDocument(path, f"cannot be read ({error.strerror})") from None
    if not data.strip():
        raise UnreadableDocument(path, "empty file")
    if suffix in TEXT_SUFFIXES:
        text, fmt = decode_text(data, path.name), suffix[1:]
    elif suffix == ".docx":
        text, fmt = _docx_text(data, path), "docx"
    elif suffix == ".pdf":
        text, fmt = _pdf_text(data, path), "pdf"
    else:
        text, fmt = _html_text(data, path), "html"
    if not text.strip():
        raise UnreadableDocument(path, "no text in the document")
    if fmt not in ("txt", "md") and legacy_font_text(text):  # a .docx set in .VnTime
        raise UnreadableDocument(path, _LEGACY_REASON)
    return DocumentText(path, text, hashlib.sha256(data).hexdigest(), fmt)


def _docx_text(data: bytes, path: Path) -> str:
    """Body paragraphs and table rows in order, then footnotes as "[n] ..." lines."""
    import docx
    from docx.oxml.ns import qn

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # noqa: BLE001 - python-docx raises many kinds
        raise UnreadableDocument(path, f"not a readable .docx ({type(error).__name__})") from None
    lines = []
    for block in document.element.body.iterchildren():
        if block.tag == qn("w:p"):
            lines.append("".join(t.text or "" for t in block.iter(qn("w:t"))))
        elif block.tag == qn("w:tbl"):
            for row in block.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t")))
                         for cell in row.iter(qn("w:tc"))]
                lines.append(" | ".join(cells))
    lines += _docx_footnotes(data)
    return "\n".join(lines)


def _docx_footnotes(data: bytes) -> list[str]:
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/footnotes.xml" not in archive.namelist():
            return []
        root = etree.fromstring(archive.read("word/footnotes.xml"))
    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    out = []
    for note in root.findall("w:footnote", ns):
        number = note.get(f"{{{ns['w']}}}id")
        text = "".join(t.text or "" for t in note.iter(f"{{{ns['w']}}}t")).strip()
        if text and number and int(number) > 0:  # ids 0 and -1 are separators
            out.append(f"[{number}] {text}")
    return out


def _pdf_text(data: bytes, path: Path) -> str:
    from pypdf import PdfReader

    # pypdf logs what it finds wrong ("EOF marker not found") to stderr; the reason a file is
    # skipped is reported once, below, with its name.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UnreadableDocument(path, "encrypted PDF")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except UnreadableDocument:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on broken files
        raise UnreadableDocument(path, f"not a readable PDF ({type(error).__name__})") from None
    if not text.strip():
        raise UnreadableDocument(path, "no text layer (a scanned PDF? run OCR first)")
    return text


# Elements that a browser shows on lines of their own; the others (a link, bold, a span) stay
# in their line: "Thực hiện <a>Chỉ thị số 33/CT-TTg</a> ngày ..." is one line, as shown.
_HTML_BLOCKS = ("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt",
                "dd", "table", "tr", "caption", "blockquote", "pre", "hr", "section", "article",
                "header", "footer", "nav", "aside", "main", "figure", "figcaption", "address",
                "center", "form", "title")
_HTML_SPACE = re.compile(r"[ \t\r\n\f]+")


def _html_text(data: bytes, path: Path) -> str:
    """The text as a browser lays it out: blocks on lines of their own, a table's cells joined
    by " | " as in a .docx's rows, spaces in the source collapsed except in <pre>."""
    from bs4 import BeautifulSoup, NavigableString

    soup = BeautifulSoup(data, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    for string in soup.find_all(string=True):
        if type(string) is not NavigableString:  # a comment, doctype, declaration: no text
            string.extract()
        elif string.find_parent("pre") is None:
            string.replace_with(_HTML_SPACE.sub(" ", string))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for sup in soup.find_all("sup"):  # a footnote's marker, "dân vận<sup>1</sup>": "[1]"
        if re.fullmatch(r"\d{1,3}", number := sup.get_text().strip()):
            sup.replace_with(f"[{number}]")
    for cell in soup.find_all(["td", "th"]):
        if cell.find_previous_sibling(["td", "th"]) is not None:
            cell.insert_before(" | ")
    for block in soup.find_all(_HTML_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", soup.get_text())
    return re.sub(r"\n{2,}", "\n", text).strip()


def iter_document_paths(paths: Iterable[Path],
                        suffixes: frozenset[str] = SUPPORTED_SUFFIXES) -> Iterator[Path]:
    """Files under `paths` with one of `suffixes`, in a stable order; hidden ones skipped.

    A path named explicitly is yielded whatever it is, so that the reader reports it.
    """
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if child.is_file() and not hidden and child.suffix.lower() in suffixes:
                    yield child
        else:
            yield path
