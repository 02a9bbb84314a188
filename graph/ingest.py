"""Ingestion: files in, one `FileChange` per file, applied to a store one file at a time.

Extraction runs with corpus-level resolution against what the store already holds. A file
whose content hash is unchanged is skipped, unless an earlier extractor read it (the store
keeps `extract.version.EXTRACTOR_ID` with each file); a changed file replaces exactly its own
evidence.
Files with unresolved references are extracted again when new documents arrive, so that a
reference resolves as soon as the corpus can tell what it names.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import NamedTuple

from extract.bodies import level_of
from extract.models import DocumentExtraction, DocumentKey, Reference, Status
from extract.naming import own_name
from extract.pipeline import no_cycle_collection, stream_corpus
from extract.provinces import new_province
from extract.resolve import CorpusIndex
from extract.tables import LAW
from extract.version import EXTRACTOR_ID
from graph.model import DocumentNode, Edge, Evidence, FileChange, UnresolvedReference
from graph.readers import UnreadableDocument, iter_document_paths, read_document
from graph.store import DocumentFilter, FileFailed, GraphStore

# Seconds between durable writes of the embedded store during a long run: it rewrites the
# whole graph file, so a count of files would make a large ingestion quadratic.
FLUSH_SECONDS = 300
APPLY_BATCH = 200  # files per store.apply call (one Neo4j transaction when all succeed)


@dataclass(slots=True)
class IngestSummary:
    files_read: int = 0
    unchanged: int = 0
    outdated: int = 0  # unchanged files an earlier extractor read: read again
    reresolved: int = 0  # stored files extracted again because new documents arrived
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    failed: tuple[str, str] | None = None  # the file the run stopped at, and why
    documents_added: int = 0
    relationships_added: int = 0
    unresolved: int = 0
    documents: dict[str, str] = field(default_factory=dict)  # file -> its document's id
    extract_seconds: float = 0.0  # reading the references, making the changes: all but writes
    write_seconds: float = 0.0  # the store's writes alone

    def lines(self) -> list[str]:
        again = f", {self.outdated} read again by this extractor" if self.outdated else ""
        out = [f"files read: {self.files_read} ({self.unchanged} unchanged since the last ingest"
               f"{again})",
               f"documents added: {self.documents_added}",
               f"relationships added: {self.relationships_added}",
               f"references still unresolved: {self.unresolved}",
               f"time: extraction {self.extract_seconds:.1f} s, "
               f"store writes {self.write_seconds:.1f} s"]
        if self.reresolved:
            out.append(f"files re-resolved against new documents: {self.reresolved}")
        out += [f"skipped {file}: {reason}" for file, reason in self.skipped]
        if self.failed:
            out.append(f"FAILED at {self.failed[0]}: {self.failed[1]} "
                       "(the store holds everything before that file)")
        return out


def node_for_key(key: DocumentKey, **known: object) -> DocumentNode:
    return DocumentNode(id=key.id, type=key.type, number=key.number, issuer=key.issuer,
                        year=key.year, province=key.province,
                        new_province=new_province(key.province), name=key.name,
                        **known)  # type: ignore[arg-type]


def file_change(extraction: DocumentExtraction, text: str, sha256: str) -> FileChange:
    """What one extracted file contributes to the graph."""
    ident, file = extraction.identity, extraction.file
    self_node = node_for_key(
        ident.key, date=ident.date, title=ident.title, issuing_body=ident.issuing_body,
        level=ident.level.value if ident.level else None, signer=ident.signer, ingested=True,
        file=file, aliases=[" ".join(name.split()) for name in (ident.symbol, own_name(ident))
                            if name],
    )
    nodes = {self_node.id: self_node}
    dated = {key.id for key in extraction.laws_dated}
    unresolved, mentions = [], []
    for ref in extraction.references:
        mentions.append({"start": ref.start, "end": ref.end, "text": ref.text,
                         "kind": ref.kind, "status": ref.status.value,
                         "id": ref.key.id if ref.key else None})
        if ref.key is None or ref.status in (Status.UNDATED, Status.AMBIGUOUS):
            unresolved.append(UnresolvedReference(
                file, ref.text, ref.start, ref.end, ref.status.value,
                tuple(k.id for k in ref.candidates)))
        if ref.key is None:
            continue
        node = _cited_node(ref)
        if node.id in dated and node.number is None:
            node.dated_by = (self_node.id,)
        nodes[node.id] = nodes[node.id].merge(node) if node.id in nodes else node
    edges = [
        Edge(rel.source.id, rel.relation, rel.target.id,
             [Evidence(file, rel.sentence, rel.start, rel.end, rel.mentions)])
        for rel in extraction.relations
    ]
    return FileChange(file, sha256, text, self_node.id, list(nodes.values()), edges,
                      unresolved, mentions, EXTRACTOR_ID)


def _cited_node(ref: Reference) -> DocumentNode:
    key = ref.key
    assert key is not None
    alias = " ".join((ref.name or ref.symbol or ref.text).split())
    level = level_of(key.issuer, ref.issuing_body) if key.issuer else None
    return node_for_key(key, date=ref.date, term=ref.term, title=ref.subject,
                        issuing_body=ref.issuing_body, level=level.value if level else None,
                        aliases=[alias])


def index_from_store(store: GraphStore) -> CorpusIndex:
    """A `CorpusIndex` of everything the store knows, for resolving new files against it."""
    index = CorpusIndex()
    after = None
    while True:
        page = store.documents(DocumentFilter(), limit=5000, after=after)
        if not page:
            return index
        for node in page:
            if node.number is None:  # a law known by name, told from its namesakes by year
                name = node.name if node.year and node.type in (LAW, "PL") else None
            else:
                law_names = [a for a in node.aliases
                             if a.startswith(("Luật", "Bộ luật", "Pháp lệnh"))]
                name = law_names[0] if law_names else None
            index.add(node.key, node.date, node.term, node.title, name, dated_by=node.dated_by)
        after = page[-1].id


def ingest_paths(store: GraphStore, paths: Sequence[Path], workers: int = 1,
                 progress: bool = True) -> IngestSummary:
    """Read, extract and apply every document under `paths`; stop at the first failing file."""
    summary = IngestSummary()
    known = store.file_hashes()
    texts: dict[str, tuple[str, str]] = {}  # file -> (text, sha256)
    for path in iter_document_paths(paths):
        try:
            doc = read_document(path)
        except UnreadableDocument as error:
            summary.skipped.append((path.name, error.reason))
            continue
        summary.files_read += 1
        stored = known.get(path.name)
        if stored == (doc.sha256, EXTRACTOR_ID) or path.name in texts:
            summary.unchanged += 1
            continue
        if stored is not None and stored[0] == doc.sha256:
            summary.outdated += 1  # an earlier extractor read it (legalgraph was upgraded)
        texts[path.name] = (doc.text, doc.sha256)
    _ingest_texts(store, texts, summary, workers, progress)
    return summary


def ingest_text(store: GraphStore, file: str, text: str) -> IngestSummary:
    """Ingest one document given as text (the API's upload); skipped when unchanged."""
    summary = IngestSummary(files_read=1)
    sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if store.file_hashes().get(file) == (sha256, EXTRACTOR_ID):
        summary.unchanged = 1
        summary.unresolved = store.counts()["unresolved"]
        return summary
    _ingest_texts(store, {file: (text, sha256)}, summary, 1, False)
    return summary


def _ingest_texts(store: GraphStore, texts: dict[str, tuple[str, str]], summary: IngestSummary,
                  workers: int, progress: bool) -> None:
    known = store.file_hashes()
    if texts:
        for file in {u.file for u in store.unresolved()} - set(texts):
            stored = store.file_text(file)
            if stored is not None:  # extract again: the new files may tell what it names
                texts[file] = (stored[0], known[file][0])
                summary.reresolved += 1
    before = store.counts()
    start = time.perf_counter()
    # Each file's change is made where it is extracted (in a worker, with --workers) and
    # applied as it comes: a run holds one batch of changes, not the corpus's. The texts go
    # to the pipeline, which lets each go once its change is made.
    hashes = {file: sha256 for file, (_, sha256) in texts.items()}
    changes = stream_corpus(_take_texts(texts), index_from_store(store), workers,
                            partial(_change_or_failure, hashes))
    with closing(changes), no_cycle_collection():  # store records make no cycles either
        _apply_all(store, changes, len(hashes), summary, progress)
    summary.extract_seconds = time.perf_counter() - start - summary.write_seconds
    after = store.counts()
    summary.documents_added = after["documents"] - before["documents"]
    summary.relationships_added = after["relationships"] - before["relationships"]
    summary.unresolved = after["unresolved"]


def _take_texts(texts: dict[str, tuple[str, str]]) -> list[tuple[str, str]]:
    """(file, text) pairs, emptying `texts`, so that the pipeline alone holds the texts."""
    pairs = [(file, text) for file, (text, _) in texts.items()]
    texts.clear()
    return pairs


class ChangeFailed(NamedTuple):
    """A file whose extraction could not be made into a change: the run stops there.

    A value rather than a raised `FileFailed`: it is made in a worker and comes back pickled,
    with the reason as text."""

    file: str
    reason: str


def _change_or_failure(hashes: dict[str, str], extraction: DocumentExtraction,
                       text: str) -> FileChange | ChangeFailed:
    try:
        return file_change(extraction, text, hashes[extraction.file])
    except Exception as error:  # noqa: BLE001 - reported with the file, then stop
        return ChangeFailed(extraction.file, f"{type(error).__name__}: {error}")


def _apply_all(store: GraphStore, changes: Iterator[FileChange | ChangeFailed], total: int,
               summary: IngestSummary, progress: bool) -> None:
    """Apply the files in batches; stop at the first file that fails, keeping those before.

    An error of extraction itself (a defect, not bad input) is raised, with the batches
    before it applied."""
    from tqdm import tqdm

    bar = tqdm(total=total, desc="ingesting", unit="file", file=sys.stderr,
               disable=not progress or total < 20)
    batch: list[FileChange] = []
    last_flush = time.monotonic()

    def flush_batch() -> bool:
        start = time.perf_counter()
        try:
            store.apply(batch)
        except FileFailed as error:
            done = batch[:[c.file for c in batch].index(error.file)]
            summary.documents.update({c.file: c.document_id for c in done})
            summary.failed = (error.file, f"{type(error.cause).__name__}: {error.cause}")
            return False
        finally:
            summary.write_seconds += time.perf_counter() - start
        summary.documents.update({c.file: c.document_id for c in batch})
        bar.update(len(batch))
        batch.clear()
        return True

    try:
        for change in changes:
            if isinstance(change, ChangeFailed):
                if flush_batch():
                    summary.failed = (change.file, change.reason)
                return
            batch.append(change)
            if len(batch) == APPLY_BATCH and not flush_batch():
                return
            if time.monotonic() - last_flush > FLUSH_SECONDS:
                store.flush()
                last_flush = time.monotonic()
        flush_batch()
    finally:
        bar.close()
        store.flush()
