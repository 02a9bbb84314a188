"""Long inputs of one shape each: extraction time must grow with the text, not its square.

Each case repeats one unit (a cue word, a law's name, a footnote marker ...) `n` and `4 n`
times in one text and times `extract_text` on both; `growth` is the ratio of the two times,
about 4 where the work is linear and 16 where it is quadratic. Texts of thousands of mentions
in one sentence are rare, but each case here was once quadratic or is a shape a scraped page
may take, and one slow text holds up a whole ingestion.
"""

from __future__ import annotations

import time

# name -> (text before, the unit repeated, text after)
CASES: dict[str, tuple[str, str, str]] = {
    "cue words in one sentence": ("Tiếp tục ", "quán triệt, triển khai, ",
                                  "thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021."),
    "one list of symbols": ("Căn cứ ", "Quyết định số 12/QĐ-UBND ngày 3/4/2022, ", "."),
    "law names": ("Căn cứ ", "Luật Đất đai năm 2013, Luật Tiếp công dân; ", "."),
    "amending laws' names": ("Căn cứ ", "Luật sửa đổi, bổ sung một số điều của Luật Đất đai, ",
                             "."),
    "numbers with a date and body": ("Thực hiện ", "Kế hoạch số 12 ngày 20/10/2022 của Tỉnh ủy, ",
                                     "."),
    "plenum titles after symbols": (
        "Quán triệt ",
        "Nghị quyết số 60-NQ/TW (Nghị quyết Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng "
        "khóa XIII), ", "."),
    "footnote markers": ("Thực hiện Kế hoạch số 35/KH-UBND[1] về công tác dân vận", "[1] ",
                         ".\n[1] Kế hoạch số 35/KH-UBND ngày 11/4/2023.\n"),
    "blank lines": ("KẾ HOẠCH\nThực hiện Chỉ thị số 33/CT-TTg ngày", "\n",
                    "26/11/2021 của Thủ tướng Chính phủ.\n"),
    "page numbers": ("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23/4/2018", "\n\n- 2 -\n\n", ";\n"),
    # the same symbols again and again, each completed from the text's other mentions of it
    "mentions completed from others": (
        "Thực hiện Nghị quyết số 26/NQ-CP ngày 05/3/2020 của Chính phủ; ",
        "Nghị định số 26/NQ-CP, 193/HĐBT, 15-NQ/TƯ, 12/2020/QĐ-UBNDD, ",
        "Nghị định 193/HĐBT; Nghị quyết số 15-NQ/TU của Thành ủy Hà Nội; Quyết định số "
        "12/2020/QĐ-UBND."),
    # a portal's history of a document's effect, a dated row a sentence each
    "effect history rows": ("Lịch sử hiệu lực: Quyết định 30/2013/QĐ-UBND\n",
                            "19/05/2017 Được sửa đổi 14/2017/QĐ-UBND\n", ""),
    # documents said to be issued, each named in brackets after it (`extract/issued.py`)
    "issued documents in brackets": ("Thực hiện ", "UBND tỉnh ban hành Kế hoạch (Kế hoạch số "
                                     "12/KH-UBND), ", "."),
    # a portal's signature stamp and a page's number on every page, after an undated symbol
    "signature stamps": ("Căn cứ Nghị định số 61/2018/NĐ-CP", "\nNgười ký: CỔNG THÔNG TIN ĐIỆN"
                         " TỬ CHÍNH PHỦ\nCơ quan: VĂN PHÒNG CHÍNH PHỦ\nThời gian ký: 07.03.2025"
                         "\n\n94\n", ";\n"),
}


def bench_long_inputs(units: int = 2000) -> dict:
    """Seconds for `units` and `4 * units` repeats of each case, and their ratio."""
    from extract.pipeline import extract_text

    out = {}
    for name, (before, unit, after) in CASES.items():
        seconds = []
        for n in (units, 4 * units):
            text = before + unit * n + after
            start = time.perf_counter()
            extract_text(text)
            seconds.append(time.perf_counter() - start)
        out[name] = {"units": units, "seconds": round(seconds[0], 3),
                     "seconds_4x": round(seconds[1], 3),
                     "growth": round(seconds[1] / max(seconds[0], 1e-6), 1)}
    return out


def table_lines(results: dict) -> list[str]:
    return [f"long input {name:<30} {r['units']:>6} units {r['seconds']:>7} s, x4 "
            f"{r['seconds_4x']:>7} s: growth {r['growth']} (4 is linear)"
            for name, r in results.items()]
