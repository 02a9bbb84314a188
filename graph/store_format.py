"""Earlier formats of the embedded store's graph file, upgraded in memory when it is read.

1 kept the files' texts in the pickle; 1 and 2 kept `{"evidence": {file: Evidence}}` as each
relationship's data, 3 kept `{file: Evidence}`. 4 keeps `{"depth": n}`, and the evidence in
the archive. The store saves what it upgraded at once; an upgrade that stops half-way is
done again at the next start (the archive's rows are replaced, not added to).
"""

from __future__ import annotations

import functools
from collections import defaultdict

from graph.text_archive import Statement, TextArchive, content_id

FORMAT_VERSION = 4


@functools.cache
def depth_data(depth: int) -> dict[str, int]:
    """A relationship's networkx data: one dict shared by all relationships of that depth
    (100k plans: one dict each would cost 0.5 GB). Never changed in place: a write sets
    another."""
    return {"depth": depth}


def upgrade(state: dict, archive: TextArchive) -> None:
    """Bring a loaded state of version 1 to 3 to the current version."""
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
    state["version"] = FORMAT_VERSION
