"""Benchmarks and the synthetic corpus they run on."""
