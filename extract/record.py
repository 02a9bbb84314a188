"""A portal's record of the document above its text ("Số hiệu: 104/2016/NĐ-CP", "Ngày ban
hành: 01/07/2016", "Nơi ban hành: Chính phủ"): the values of its fields, where the document's
own header and date line do not give them."""

from __future__ import annotations

import re

from extract.bodies import issuer_of_body
from extract.normalize import fold_words
from extract.tables import RECORD_FIELD_NAME

# Its date: "Ngày ban hành: 20/11/2025", in bold, "**Ngày ban hành:**" / "|" / "26/11/2025", with
# no colon, "Ngày ban hành 12/12/2011", "Ngày văn bản 08/11/2019", or under it, "Ngày ban hành" /
# "" / "01/12/2020".
ISSUED_ON = re.compile(r"\bngay\s+(?:ban\s+hanh|van\s+ban)(?:[\s*]*[:|][\s*|]*|[ \t]+(?=\d)"
                       r"|[ \t]*\n\s*(?=\d))")
# ... and its issuer, where no header above the text names one, as when the portal's summary
# of the document stands between its record and its header: "Nơi ban hành: Thủ tướng Chính phủ"
_RECORD_WINDOW = 2500  # the record stands at the top of the page
_ISSUED_BY = re.compile(r"\b(?:noi|co\s+quan)\s+ban\s+hanh[\s*]*[:|][\s*|]*")  # "Cơ quan ban hành:"
_RECORD_VALUE = re.compile(r"[^|\n*]*[^\s|*]")
_NEXT_FIELD = re.compile(rf"\s{RECORD_FIELD_NAME}\b")


def _value_after(text: str, folded: str, label: re.Pattern[str]) -> str | None:
    """The value of the first field `label` finds in the record, if any."""
    m = label.search(folded, 0, _RECORD_WINDOW)
    value = _RECORD_VALUE.match(text, m.end()) if m else None
    if value is None:
        return None
    # a record flattened onto one line goes on to its next field: "... Người ký: ..."
    end = _NEXT_FIELD.search(folded, value.start(), value.end())
    return text[value.start():end.start() if end else value.end()].strip() or None


def body_labelled(text: str, folded: str, issuer: str | None) -> str | None:
    """The issuing body a portal's record gives, if any ("Nơi ban hành:" / "|" / "Chính phủ"),
    unless it names another issuer than the symbol's: a portal's slip, "Nơi ban hành: Quốc hội"
    over `43/2017/TT-BYT`."""
    body = _value_after(text, folded, _ISSUED_BY)
    named = issuer_of_body(body) or ("QH" if fold_words(body or "") == "quoc hoi" else None)
    # (the issuer's first code, without a term: "BTC" of `BTC-VP`, "QH" of `QH14`)
    return None if issuer and named and named not in re.sub(r"\d", "", issuer).split("-") else body
