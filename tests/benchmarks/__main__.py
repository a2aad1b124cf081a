"""`make bench`: every benchmark at full scale, one after another. Figures go to build/bench/*.json.

Pass the name of one (e.g. `python -m tests.benchmarks store`) to run only that one.
"""
import importlib
import pkgutil
import sys
from pathlib import Path

HERE = Path(__file__).parent


def main() -> int:
    names = sorted(m.name.removeprefix("bench_") for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    chosen = [a for a in sys.argv[1:] if not a.startswith("-")] or names
    failed = 0
    for name in chosen:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"tests.benchmarks.bench_{name}")
        failed |= module.main([a for a in sys.argv[1:] if a.startswith("-")]) or 0
    return failed


if __name__ == "__main__":
    sys.exit(main())
