"""Benchmarks at full scale: `make bench` (python -m tests.benchmarks). Figures go to build/bench/."""
