"""The extraction pipeline: parse each text, index the corpus, resolve, type relations.

    parse_document   text -> identity and mentions, resolved as far as the text alone allows
    index_corpus     every parsed document -> a `CorpusIndex` (plus what a store already knows)
    finish_document  a parsed document + the index -> a `DocumentExtraction`

`extract_corpus` runs the three over many texts (in several processes if asked),
`stream_corpus` likewise but yielding each result as it is made; `extract_text` over one.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import pickle
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TypeVar

from extract.codes import capitalised_symbols
from extract.glued import glued_words
from extract.identify import identify_document
from extract.mentions import read_mentions
from extract.models import (
    DocumentExtraction,
    DocumentIdentity,
    DocumentKey,
    Reference,
    Relation,
    evolve,
)
from extract.naming import (
    law_dated,
    name_in_subject,
    named_as_dated,
    named_by_year,
    one_key_a_name,
    own_name,
)
from extract.normalize import (
    bracket,
    end_as_read,
    fold_chars,
    inserted,
    to_nfc,
)
from extract.page import portal_page_end, related_list_end
from extract.relations import type_relations
from extract.resolve import (
    CorpusIndex,
    complete_reference,
    is_plenum_resolution,
    settle_repeated_titles,
)
from extract.same_symbol import (
    dated_as_named,
    dated_by_own_mentions,
    reconcile_dates,
    titled_by_own_name,
)
from extract.sentences import plain_footnotes
from extract.symbol_context import Mention
from extract.symbol_keys import symbol_keys
from extract.tables import LAW

T = TypeVar("T")
Convert = Callable[[DocumentExtraction, str], T]  # a result and its text as read -> what to yield
CHUNK = 200  # texts a process takes in turn: a worker sends a chunk's results at once


@dataclass(slots=True)
class ParsedDocument:
    """A text parsed, held until the corpus index is complete. Its text is kept as UTF-8 (a
    str of Vietnamese takes 2 bytes a character) and its folded form is not kept; both are
    remade to finish it. 100k plans, two workers: 0.34 GB less in each, for 2% more time."""

    file: str
    utf8: bytes  # the text in NFC
    offsets: list[int] | None  # NFC offset -> offset in the text as read (None: unchanged)
    original: str | None  # the text as read, when it was not NFC
    identity: DocumentIdentity
    mentions: list[Mention]

    def text(self) -> str:
        """The text in NFC."""
        return self.utf8.decode("utf-8")


def parse_document(text: str, file: str = "<text>",
                   province: str | None = None) -> ParsedDocument:
    """Identity and mentions of one text, with keys as far as the text alone tells them.

    `province` is the citing document's province when the text does not tell it (a passage
    pasted without its header): local issuers without a named province take it.
    """
    nfc, offsets = to_nfc(text)
    nfc = capitalised_symbols(nfc)  # "40/2016/tt-bct" is 40/2016/TT-BCT (one for one)
    nfc = nfc[:portal_page_end(nfc)]  # what a portal's page says after the document is not its
    folded = fold_chars(nfc)
    if spaces := glued_words(nfc, folded):  # "Banhành", "mộtsố": read as "Ban hành", "một số"
        nfc, offsets = inserted(nfc, spaces, offsets)
        folded = fold_chars(nfc)
    if notes := plain_footnotes(nfc):  # "dân vận1" ... "1 Kế hoạch số": read as "[1]"
        nfc, offsets = bracket(nfc, notes, offsets)
        folded = fold_chars(nfc)
    identity = identify_document(nfc, folded)
    if province and identity.province is None:
        identity = evolve(identity, province=province,
                          key=evolve(identity.key, province=province))
    mentions = read_mentions(nfc, folded, skip=identity.symbol_span)
    if listed := related_list_end(nfc, folded):  # a portal's related documents, above the header
        mentions = [m for m in mentions if m.ref.start >= listed]
    keys = symbol_keys(mentions, identity.province, nfc, folded)
    refs = reconcile_dates([m.ref for m in mentions], keys)
    identity = titled_by_own_name(dated_by_own_mentions(identity, refs), refs)
    # Without the symbol's parts, now in its key: a corpus is held parsed until its index is
    # complete, and finishing needs only the reference and where its context ends.
    mentions = [Mention(r, m.context_end) for m, r in zip(mentions, refs, strict=True)]
    return ParsedDocument(file, nfc.encode("utf-8"), offsets, None if offsets is None else text,
                          identity, mentions)


def index_corpus(docs: Iterable[ParsedDocument], index: CorpusIndex | None = None) -> CorpusIndex:
    """What the corpus tells about each document: dates, terms, subjects, law names."""
    index = index or CorpusIndex()
    for doc in docs:
        for entry in index_entries(doc):
            index.add(*entry)
    return index


def index_entries(doc: ParsedDocument) -> list[tuple]:
    """The `CorpusIndex.add` arguments one document contributes, in order."""
    identity = doc.identity
    entries: list[tuple] = []
    witness: tuple[str, ...] = ()  # the text, as a law it dates by name counts it
    if identity.key.number is not None:
        entries.append((identity.key, identity.date, None, identity.title, own_name(identity)))
    for m in doc.mentions:
        ref = m.ref
        if ref.key is not None and ref.kind == "symbol":
            plenum = ref.plenum if is_plenum_resolution(ref.key) else None
            name = ref.name or (name_in_subject(ref.subject) if ref.key.type == LAW else None)
            entries.append((ref.key, ref.date, ref.term, ref.subject, name, plenum))
        elif (key := law_dated(ref)) is not None:
            # "Luật X ngày ..." or "Luật X năm 2015": the name, cited again with neither (in
            # this text or another, or inside an amending law's name), is this law
            witness = witness or (identity.key.id,)  # once a text: ids cost
            entries.append((key, ref.date, None, None, ref.name, None, witness))
    return entries


def finish_document(doc: ParsedDocument, index: CorpusIndex) -> DocumentExtraction:
    """Resolve what needed the corpus, drop mentions of the document itself, type relations."""
    text = doc.text()
    self_key = doc.identity.key
    year = self_key.year or (doc.identity.date.year if doc.identity.date else None)
    mentions, self_at = [], []
    folded = fold_chars(text)
    named_by = named_by_year(doc.mentions, text, folded, year)
    completed = dated_as_named(one_key_a_name(named_as_dated(settle_repeated_titles([
        complete_reference(m.ref, index, by, doc.identity.date, self_key)
        for m, by in zip(doc.mentions, named_by, strict=True)]), doc.mentions, named_by, year)))
    own = "".join((doc.identity.symbol or "").split())
    for m, ref in zip(doc.mentions, completed, strict=True):
        if ref.key is not None and ref.key.number is not None and (
                ref.key.same_document(self_key) or _completed_as_own(ref, self_key, year)):
            self_at.append(ref.start)  # no reference, but what a sentence may say of it
            continue
        printed = "".join((ref.symbol or "").split())
        if own and (printed == own or own.startswith(printed + "-")) and (
                ref.date is None or ref.date.year == year) and (
                ref.key is None or ref.key.province == self_key.province
                or ref.key.province is None and not ref.issuing_body):
            continue  # its own symbol, read otherwise: a portal's record, "Số hiệu: 5665/CT-CS"
            # (also of a code both levels write, "2970/TB-BHXH" of BHXH TP.HCM, which alone is
            # central), or cut at a line's end: "(Kèm theo Thông tư số 152/2025/TT-"
        mentions.append(m if ref is m.ref else Mention(ref, m.context_end))
    relations = type_relations(text, folded, mentions, self_key, self_at)
    refs = [m.ref for m in mentions]
    if doc.offsets is not None:
        refs, relations = _map_back(doc, refs, relations)
    dated = tuple(key for m in doc.mentions if (key := law_dated(m.ref)) is not None)
    return DocumentExtraction(doc.file, doc.identity, refs, relations, dated)


def _completed_as_own(ref: Reference, own: DocumentKey, year: int | None) -> bool:
    """Whether a number that its date and body complete is the text's own, which its symbol
    prints with another code: "(Ban hành kèm theo Quyết định số 2076/2003 ngày 16/6/2003 của
    UBND tỉnh)" under the decision "2076/2003/QĐ-UB" (UB, the code of the 1990s)."""
    key = ref.key
    return (any(r.field == "symbol" for r in ref.repairs) and year is not None
            and (key.type, key.number, key.year, key.province)
            == (own.type, own.number, year, own.province))


def _map_back(doc: ParsedDocument, refs: list[Reference], relations: list[Relation]):
    """Offsets into the NFC text -> offsets into the text as read (NFD input)."""
    off, original = doc.offsets, doc.original
    assert off is not None and original is not None
    refs = [evolve(r, start=off[r.start], end=(end := end_as_read(off, original, r.end)),
                   text=original[off[r.start]:end]) for r in refs]
    relations = [evolve(r, start=off[r.start], end=off[r.end]) for r in relations]
    return refs, relations


def extract_corpus(texts: Iterable[tuple[str, str]], index: CorpusIndex | None = None,
                   workers: int = 1) -> list[DocumentExtraction]:
    """Extract (file, text) pairs as one corpus: each resolved with what all of them tell."""
    return list(stream_corpus(texts, index, workers))


def extract_corpus_as(texts: Iterable[tuple[str, str]], convert: Convert[T],
                      index: CorpusIndex | None = None, workers: int = 1) -> list[T]:
    """`extract_corpus`, each result passed through `convert` (with the text it came from, as
    read) where it was extracted."""
    return list(stream_corpus(texts, index, workers, convert))


def stream_corpus(texts: Iterable[tuple[str, str]], index: CorpusIndex | None = None,
                  workers: int = 1,
                  convert: Convert[T] | None = None) -> Iterator[T]:
    """The results of `extract_corpus_as` one at a time, in the order of `texts` (without
    `convert`, the `DocumentExtraction`s themselves).

    Each result is yielded as soon as it is made, so that a caller that stores or prints it
    holds one batch, not the corpus's results (for 100k plans, gigabytes).

    With `workers` > 1 the corpus is cut into chunks of `CHUNK` texts, dealt out in turn to
    that many forked processes. A worker parses its chunks and keeps them; only their index
    entries travel, sent on here to every worker chunk by chunk in corpus order, and each
    worker adds them to its own copy of `index` (the order one pass adds them, so the index
    and every result are the same) before it finishes its chunks. This process never builds
    the index and only yields: a caller that writes the results (ingestion) holds its store
    and a batch, not also the index and parsed texts.
    The results are yielded chunk by chunk in corpus order: a worker sends each chunk as it
    finishes it and waits while the pipe is full, so nothing piles up in either process.
    `convert` (e.g. to a JSON line) runs in the workers, so that what comes back is cheap to
    send: shipping whole `DocumentExtraction`s costs about as much as extracting them.

    The texts are let go as they are shared out: from then on a text is held by its parsed
    document (or its worker) until its result is made, and by the caller only if it keeps it.
    """
    items = list(texts)
    work = _stream_corpus(items, convert or _unchanged, index or CorpusIndex(), workers)
    del texts, items, index  # held by `work` alone, which lets each go when it can
    with no_cycle_collection():
        yield from work


@contextmanager
def no_cycle_collection():
    """For making millions of small records with no reference cycles among them: the cycle
    collector would rescan them all as they pile up (5-15% of extracting 10k plans)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _stream_corpus(items: list[tuple[str, str]], convert: Convert[T], index: CorpusIndex,
                   workers: int) -> Iterator[T]:
    if workers < 2 or len(items) <= CHUNK:  # one chunk: no process to share it with
        parsed = _parse_all(items)
        index_corpus(parsed, index)
        yield from _finish_all(parsed, index, convert)
        return
    chunks = [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]
    items.clear()
    # fork: the workers inherit their chunks and `convert` instead of receiving them pickled
    context = multiprocessing.get_context("fork")
    links = []
    try:
        for worker in range(workers):
            ours, theirs = context.Pipe()
            process = context.Process(target=_chunk_worker, daemon=True,
                                      args=(theirs, chunks, index, worker, workers, convert))
            process.start()
            theirs.close()
            links.append((process, ours))
        total = len(chunks)
        del chunks, index  # the texts and the index live on in the workers
        release_freed_memory()
        entries = [_receive(link) for _, link in links]
        for n in range(total):  # every chunk's entries, in corpus order, to every worker
            turn, owner = divmod(n, workers)
            # A message a chunk, not the whole index: a worker held the index and its pickled
            # form at once (100k plans: its peak, 1.95 GB; 1.73 GB this way)
            message = pickle.dumps(entries[owner][turn], protocol=pickle.HIGHEST_PROTOCOL)
            entries[owner][turn] = None
            for _, link in links:
                link.send_bytes(message)
        del entries, message
        for n in range(total):
            yield from _receive(links[n % workers][1])
    finally:
        for process, link in links:
            link.close()
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()


def _parse_all(texts: list[tuple[str, str]]) -> list[ParsedDocument]:
    """Parse every (file, text), emptying `texts` as it goes: a text is let go once parsed,
    and its UTF-8 form takes its place."""
    texts.reverse()
    parsed = []
    while texts:
        file, text = texts.pop()
        parsed.append(parse_document(text, file))
    return parsed


def _finish_all(parsed: list[ParsedDocument], index: CorpusIndex,
                convert: Convert[T]) -> Iterator[T]:
    """Finish every parsed document in order, emptying `parsed` as it goes: a parsed document
    (its folded text, its mentions) is let go once its result is made, so that the corpus is
    never held twice over."""
    parsed.reverse()
    while parsed:
        doc = parsed.pop()
        yield convert(finish_document(doc, index), doc.text() if doc.original is None
                      else doc.original)


def _unchanged(extraction: DocumentExtraction, text: str) -> DocumentExtraction:
    return extraction


def _chunk_worker(link: Connection, chunks: list[list[tuple[str, str]]], index: CorpusIndex,
                  worker: int, workers: int, convert: Convert[object]) -> None:
    try:
        total = len(chunks)
        mine = chunks[worker::workers]
        chunks.clear()  # the other processes' texts, inherited with the caller's memory
        # Handed back before parsing too: after it only, a worker peaked 130 MB higher on 100k
        # plans (what parsing allocates settles in the freed blocks, pinning their pages).
        release_freed_memory()
        parsed = [_parse_all(chunk) for chunk in mine]
        del mine
        release_freed_memory()  # our own texts, now parsed
        # an entry added again changes nothing in the index: each is sent the first time only
        seen: set[tuple] = set()
        entries = []
        for chunk in parsed:
            fresh = dict.fromkeys(e for doc in chunk for e in index_entries(doc) if e not in seen)
            seen.update(fresh)
            entries.append(list(fresh))
        link.send(entries)
        del seen, entries
        for _ in range(total):  # every process's entries, in corpus order
            for entry in link.recv():
                index.add(*entry)
        for chunk in parsed:
            link.send(list(_finish_all(chunk, index, convert)))
            release_freed_memory()
    except BaseException as error:  # noqa: BLE001 - raised again in the parent
        link.send(error)
    finally:
        link.close()


def release_freed_memory() -> None:
    """Hand memory freed inside the C heap back to the system. Texts (8-20 KB) and the
    messages between processes are allocated by malloc, not Python's small-object arenas, and
    glibc keeps what is freed inside its heap: without this, a process that has let its texts
    go still counts them in its RSS. A no-op where the C library has no `malloc_trim`."""
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)


try:
    _LIBC: ctypes.CDLL | None = ctypes.CDLL(None)  # the C library this process runs on
except (OSError, TypeError):  # Windows: no such handle (and no fork either)
    _LIBC = None


def _receive(link: Connection):
    message = link.recv()
    if isinstance(message, BaseException):
        raise message
    return message


def extract_text(text: str, file: str = "<text>", index: CorpusIndex | None = None,
                 province: str | None = None) -> DocumentExtraction:
    """Extract one text on its own (plus what `index` knows)."""
    doc = parse_document(text, file, province)
    return finish_document(doc, index_corpus([doc], index))
