"""The extraction pipeline: parse each text, index the corpus, resolve, type relations.

    parse_document   text -> identity and mentions, resolved as far as the text alone allows
    index_corpus     every parsed document -> a `CorpusIndex` (plus what a store already knows)
    finish_document  a parsed document + the index -> a `DocumentExtraction`

`extract_corpus` runs the three over many texts; `extract_text` over one.
"""

from __future__ import annotations

from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace

from extract.identify import identify_document
from extract.mentions import Mention, read_mentions
from extract.models import DocumentExtraction, DocumentIdentity, Reference, Relation
from extract.normalize import fold_chars, to_nfc
from extract.relations import type_relations
from extract.resolve import CorpusIndex, complete_reference, reconcile_dates, symbol_key


@dataclass(slots=True)
class ParsedDocument:
    file: str
    text: str  # NFC
    folded: str
    offsets: list[int] | None  # NFC offset -> offset in the text as read (None: unchanged)
    original: str | None  # the text as read, when it was not NFC
    identity: DocumentIdentity
    mentions: list[Mention]


def parse_document(text: str, file: str = "<text>",
                   province: str | None = None) -> ParsedDocument:
    """Identity and mentions of one text, with keys as far as the text alone tells them.

    `province` is the citing document's province when the text does not tell it (a passage
    pasted without its header): local issuers without a named province take it.
    """
    nfc, offsets = to_nfc(text)
    folded = fold_chars(nfc)
    identity = identify_document(nfc, folded)
    if province and identity.province is None:
        identity = replace(identity, province=province,
                           key=replace(identity.key, province=province))
    mentions = read_mentions(nfc, folded, skip=identity.symbol_span)
    refs: list[Reference] = []
    for m in mentions:
        ref = m.ref
        if ref.kind == "symbol" and m.match is not None:
            key, repairs = symbol_key(ref, m.match, identity.province)
            ref = replace(ref, key=key, repairs=tuple(repairs))
        refs.append(ref)
    refs = reconcile_dates(refs)
    mentions = [replace(m, ref=r) for m, r in zip(mentions, refs, strict=True)]
    return ParsedDocument(file, nfc, folded, offsets, None if offsets is None else text,
                          identity, mentions)


def index_corpus(docs: Iterable[ParsedDocument], index: CorpusIndex | None = None) -> CorpusIndex:
    """What the corpus tells about each document: dates, terms, subjects, law names."""
    index = index or CorpusIndex()
    for doc in docs:
        identity = doc.identity
        if identity.key.number is not None:
            index.add(identity.key, identity.date, subject=identity.title)
        for m in doc.mentions:
            ref = m.ref
            if ref.key is not None and ref.kind == "symbol":
                index.add(ref.key, ref.date, ref.term, ref.subject, ref.name)
    return index


def finish_document(doc: ParsedDocument, index: CorpusIndex) -> DocumentExtraction:
    """Resolve what needed the corpus, drop mentions of the document itself, type relations."""
    self_key = doc.identity.key
    mentions = []
    for m in doc.mentions:
        ref = complete_reference(m.ref, index)
        if ref.key is not None and ref.key.number is not None and ref.key.same_document(
                self_key):
            continue
        mentions.append(m if ref is m.ref else replace(m, ref=ref))
    relations = type_relations(doc.text, doc.folded, mentions, self_key)
    refs = [m.ref for m in mentions]
    if doc.offsets is not None:
        refs, relations = _map_back(doc, refs, relations)
    return DocumentExtraction(doc.file, doc.identity, refs, relations)


def _map_back(doc: ParsedDocument, refs: list[Reference], relations: list[Relation]):
    """Offsets into the NFC text -> offsets into the text as read (NFD input)."""
    off, original = doc.offsets, doc.original
    assert off is not None and original is not None
    refs = [replace(r, start=off[r.start], end=off[r.end], text=original[off[r.start]:off[r.end]])
            for r in refs]
    relations = [replace(r, start=off[r.start], end=off[r.end]) for r in relations]
    return refs, relations


def extract_corpus(texts: Iterable[tuple[str, str]], index: CorpusIndex | None = None,
                   workers: int = 1) -> list[DocumentExtraction]:
    """Extract (file, text) pairs as one corpus: each resolved with what all of them tell."""
    items = list(texts)
    if workers > 1 and len(items) > 1:
        with ProcessPoolExecutor(workers) as pool:
            chunk = max(1, len(items) // (workers * 4))
            parsed = list(pool.map(_parse_pair, items, chunksize=chunk))
    else:
        parsed = [parse_document(text, file) for file, text in items]
    index = index_corpus(parsed, index)
    return [finish_document(doc, index) for doc in parsed]


def _parse_pair(item: tuple[str, str]) -> ParsedDocument:
    file, text = item
    return parse_document(text, file)


def extract_text(text: str, file: str = "<text>", index: CorpusIndex | None = None,
                 province: str | None = None) -> DocumentExtraction:
    """Extract one text on its own (plus what `index` knows)."""
    doc = parse_document(text, file, province)
    return finish_document(doc, index_corpus([doc], index))
