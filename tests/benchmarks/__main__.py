"""`make bench`: every benchmark at full scale, one after another. Figures go to build/bench/*.json.

Pass the name of one (e.g. `python -m tests.benchmarks store`) to run only that one. A benchmark
fails when it raises (a check inside it, a tool missing, a child process failing) or returns a
non-zero code; the others still run, and the exit status is 1 if any failed, naming them.
"""
import importlib
import pkgutil
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    names = sorted(m.name.removeprefix("bench_") for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    chosen = [a for a in argv if not a.startswith("-")] or names
    failed = []
    for name in chosen:
        print(f"== {name}", flush=True)
        try:
            module = importlib.import_module(f"tests.benchmarks.bench_{name}")
            code = module.main([a for a in argv if a.startswith("-")])
        except SystemExit as exc:  # argparse, or a benchmark that stops with a message
            code = exc.code
        except Exception:
            traceback.print_exc()
            code = 1
        # a benchmark returns 0 (or its figures, a dict) when it ran; anything else is a failure
        if code not in (0, None) and not isinstance(code, dict):
            failed.append(name)
    if failed:
        print(f"FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
