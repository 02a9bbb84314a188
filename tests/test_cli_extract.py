"""`legalgraph extract`: encodings read, bad files reported by name and skipped, formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TEXT = "Thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ."


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "api.cli", "extract", *args],
                          capture_output=True, text=True)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_reads_utf8_with_and_without_bom_and_utf16(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", TEXT.encode("utf-8"))
    write(tmp_path / "b.txt", TEXT.encode("utf-8-sig"))
    write(tmp_path / "c.md", TEXT.encode("utf-16"))
    write(tmp_path / "d.txt", b"\xfe\xff" + TEXT.encode("utf-16-be"))
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == ["a.txt", "b.txt", "c.md", "d.txt"]
    for record in records:
        (ref,) = record["references"]
        assert (ref["type"], ref["number"], ref["issuer"], ref["year"]) == ("CT", "33", "TTg", 2021)
        assert ref["text"] == "Chỉ thị số 33/CT-TTg"


def test_a_directory_gives_every_format_that_ingest_reads(tmp_path: Path) -> None:
    write(tmp_path / "a.html", f"<html><body><p>{TEXT}</p></body></html>".encode())
    write(tmp_path / "b.txt", TEXT.encode("utf-8"))
    write(tmp_path / "notes.csv", b"no document")  # no document format: passed over
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["file"], len(r["references"])) for r in records] == [("a.html", 1), ("b.txt", 1)]


def test_offsets_slice_the_file_as_read_in_utf8(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TEXT.encode("utf-8-sig"))
    (record,) = [json.loads(line) for line in run(str(path), "--format", "jsonl").stdout.splitlines()]
    text = path.read_text(encoding="utf-8-sig")
    (ref,) = record["references"]
    assert text[ref["start"]:ref["end"]] == ref["text"]


def test_other_encodings_and_binary_files_are_reported_by_name_and_skipped(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", TEXT.encode("utf-8"))
    write(tmp_path / "latin.txt", b"Ch\xec th\xec s\xf4\xec 33/CT-TTg")
    write(tmp_path / "binary.txt", bytes(range(256)) * 4)
    write(tmp_path / "empty.txt", b"")
    result = run(str(tmp_path), "--format", "jsonl")
    assert result.returncode == 1  # finished, but something was skipped
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == ["good.txt"]
    assert "latin.txt: not UTF-8 or UTF-16 text" in result.stderr
    assert "binary.txt:" in result.stderr
    assert "empty.txt: empty file" in result.stderr


def test_the_table_format_is_readable(samples_dir: Path) -> None:
    result = run(str(samples_dir / "000_63f912827ab61d0b.txt"))
    assert result.returncode == 0
    assert "KH-26-VP-2023-tra-vinh" in result.stdout
    assert "KH-115-TU-2019-tra-vinh" in result.stdout and "IMPLEMENTS" in result.stdout


def test_workers_print_what_one_process_prints(samples_dir: Path) -> None:
    one = run(str(samples_dir), "--format", "jsonl")
    two = run(str(samples_dir), "--format", "jsonl", "--workers", "2")
    assert two.returncode == 0, two.stderr
    assert two.stdout == one.stdout and len(one.stdout.splitlines()) == 5
