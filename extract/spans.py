"""Spans of text ([start, end) offsets) tested by bisection: a text may hold thousands of
mentions, and a scan of them all for each one is quadratic."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate


def overlap_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether [start, end) overlaps one of `spans`."""
    ordered = sorted(spans)
    reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def overlaps(start: int, end: int) -> bool:
        k = bisect_right(ordered, (end,)) - 1  # the last span starting before `end`
        return k >= 0 and start < reach[k]
    return overlaps


def enclosure_test(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test of whether one of `spans` starts before `start` and reaches `end` or beyond."""
    ordered = sorted(spans)
    reach = list(accumulate((e for _, e in ordered), max))

    def encloses(start: int, end: int) -> bool:
        k = bisect_right(ordered, (start,)) - 1  # the last span starting before `start`
        return k >= 0 and reach[k] >= end
    return encloses
