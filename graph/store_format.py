"""The embedded store's graph file: read, upgraded in memory from an earlier format, written.

The file is written to a temporary file and renamed over the old one, so that a crash never
leaves a half-written graph. Earlier formats: 1 kept the files' texts in the pickle; 1 and 2
kept `{"evidence": {file: Evidence}}` as each relationship's data, 3 kept `{file: Evidence}`.
4 keeps `{"depth": n}`, and the evidence in the archive. 5 shares each pair's key dict
`{relation: {"depth": n}}` among the pairs with the same one. 6 gives each document the
`dated_by` of a law known by name, which nodes pickled before lack. The store saves what it
upgraded at once; an upgrade that stops half-way is done again at the next start (the
archive's rows are replaced, not added to)."""

from __future__ import annotations

import functools
import os
import pickle
import tempfile
from collections import defaultdict
from pathlib import Path

import networkx as nx

from graph.text_archive import Statement, TextArchive, content_id

FORMAT_VERSION = 6


def read_graph_file(path: Path, archive: TextArchive) -> tuple[dict, bool]:
    """The state saved in `path`, in the current format; and whether it was upgraded (the
    caller saves it then, once: on 100k plans the next start takes 80 s less)."""
    with open(path, "rb") as handle:
        state = pickle.load(handle)
    if state.get("version") not in range(1, FORMAT_VERSION + 1):
        raise RuntimeError(f"{path}: unknown format {state.get('version')!r}")
    upgraded = state["version"] < FORMAT_VERSION
    if upgraded:
        upgrade(state, archive)
    return state, upgraded


def write_graph_file(path: Path, state: dict) -> None:
    """Save `state` (without its version, which this adds) to `path` atomically."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".graph-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            pickle.dump({"version": FORMAT_VERSION, **state}, handle,
                        protocol=pickle.HIGHEST_PROTOCOL)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@functools.cache
def depth_data(depth: int) -> dict[str, int]:
    """A relationship's networkx data: one dict shared by all relationships of that depth
    (100k plans: one dict each would cost 0.5 GB). Never changed in place: a write sets
    another."""
    return {"depth": depth}


def pair_data(by_key: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """The key dict of a pair of documents, `{relation: {"depth": n}}`, as networkx keeps it
    in `_succ[source][target]` and `_pred[target][source]`: one dict shared by all pairs with
    the same relations and depths (100k plans: 2.7M pairs, 35 dicts; one a pair took 0.5 GB).
    Never changed in place: a write sets another."""
    return _shared_pair_data(tuple(sorted((key, data["depth"]) for key, data in by_key.items())))


@functools.cache
def _shared_pair_data(depths: tuple[tuple[str, int], ...]) -> dict[str, dict[str, int]]:
    return {key: depth_data(depth) for key, depth in depths}


def share_pair_data(graph: nx.MultiDiGraph) -> None:
    """Make every pair's key dict the shared one (graphs saved before version 5)."""
    for source, by_target in graph._succ.items():
        for target, by_key in by_target.items():
            by_target[target] = graph._pred[target][source] = pair_data(by_key)


def upgrade(state: dict, archive: TextArchive) -> None:
    """Bring a loaded state of an earlier version to the current one."""
    if state["version"] < 4:
        _move_evidence_to_archive(state, archive)
    share_pair_data(state["graph"])
    if state["version"] < 6:  # unpickled, a slot added since is unset: reading it raises
        for _, data in state["graph"].nodes(data=True):
            data["doc"].dated_by = ()
    state["version"] = FORMAT_VERSION


def _move_evidence_to_archive(state: dict, archive: TextArchive) -> None:
    """Versions 1 to 3: the relationships' evidence moves to the archive, their depth stays."""
    said: dict[str, list[Statement]] = defaultdict(list)  # file -> what it states
    for source, by_target in state["graph"]._succ.items():
        for target, by_key in by_target.items():
            for key, data in by_key.items():
                evidence = data["evidence"] if state["version"] < 3 else data
                for file, item in evidence.items():
                    said[file].append(Statement(source, key, target, item.sentence, item.start,
                                                item.end, item.mentions))
                by_key[key] = depth_data(sum(item.mentions for item in evidence.values()))
    files = state["files"]
    if state["version"] == 1:  # the texts move out of the pickle, to the archive
        for file, info in files.items():
            info["content"] = content_id(info["text"], info["mentions"], said[file])
        archive.put((info["content"], info.pop("text"), info.pop("mentions"), said[file])
                    for file, info in files.items())
    else:
        archive.restate({info["content"]: said[file] for file, info in files.items()})
