"""Run an installed or frozen Casefile as a new user would, in a clean environment: no virtual
environment on PATH, no PYTHONPATH, HOME a fresh temporary folder, the current folder elsewhere.

    python packaging/smoke.py dist/casefile/casefile          # the frozen program (make dist-test)
    python packaging/smoke.py /some/venv/bin/casefile         # an installed wheel (tests/test_package.py)

It runs --version, init, import --demo, search, brief, verify and the window (offscreen, closed
once shown), checks what each prints, and reports the start-up time to the first window.
Standard library only: it must run beside any build, on Windows and macOS too.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "smoke-test passphrase: long enough 7391"
KEEP = ("SYSTEMROOT", "WINDIR", "COMSPEC", "PATHEXT", "LANG", "LC_ALL", "DISPLAY", "WAYLAND_DISPLAY")


def clean_env(home: Path) -> dict[str, str]:
    env = {k: os.environ[k] for k in KEEP if k in os.environ}
    if os.name == "nt":
        system = os.environ.get("SYSTEMROOT", r"C:\Windows")
        env["PATH"] = os.pathsep.join((rf"{system}\System32", system))
        env.update(USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
                   LOCALAPPDATA=str(home / "AppData" / "Local"), TEMP=str(home / "tmp"), TMP=str(home / "tmp"))
    else:
        env["PATH"] = "/usr/bin:/bin"
        env.update(XDG_CONFIG_HOME=str(home / ".config"), XDG_STATE_HOME=str(home / ".local" / "state"),
                   XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CACHE_HOME=str(home / ".cache"),
                   TMPDIR=str(home / "tmp"))
    env.setdefault("LANG", "C.UTF-8")
    env.update(HOME=str(home), CASEFILE_PASSPHRASE=PASSPHRASE, QT_QPA_PLATFORM="offscreen")
    (home / "tmp").mkdir(parents=True, exist_ok=True)
    return env


class Smoke:
    def __init__(self, program: list[str], home: Path):
        self.program, self.home, self.env = program, home, clean_env(home)
        self.failures: list[str] = []

    def run(self, *args, expect: str, timeout: int = 300) -> subprocess.CompletedProcess:
        t0 = time.perf_counter()
        r = subprocess.run([*self.program, *map(str, args)], cwd=self.home, env=self.env, capture_output=True,
                           text=True, encoding="utf-8", errors="replace", timeout=timeout)
        took = time.perf_counter() - t0
        ok = r.returncode == 0 and expect in r.stdout + r.stderr
        print(f"{'ok  ' if ok else 'FAIL'} {' '.join(map(str, args))[:70]:70} {took:6.2f} s", flush=True)
        if not ok:
            self.failures.append(f"{args[0]}: exit {r.returncode}, expected {expect!r}\n{r.stdout[-800:]}{r.stderr[-800:]}")
        return r

    def workflow(self) -> None:
        store, brief = self.home / "store", self.home / "brief.pdf"
        self.run("--version", expect="Casefile ")
        self.run("init", store, expect="Created an encrypted store")
        self.run("import", store, "--demo", expect="Imported 3 cases: 3 added")
        self.run("search", store, "Xinyuan", expect="DEMO-2021-002")
        self.run("brief", store, "DEMO-2021-002", "--profile", "public", "-o", brief,
                 expect="no redacted string was found")
        if not (brief.is_file() and brief.read_bytes().startswith(b"%PDF-")):
            self.failures.append("brief: no PDF was written")
        self.run("verify", store, expect="The store is sound")

    def startup(self, times: int = 3) -> float | None:
        """Seconds from starting the program to its first window on screen (median of a few runs)."""
        seen = []
        for _ in range(times):
            t0 = time.perf_counter()
            proc = subprocess.Popen([*self.program, "--smoke"], cwd=self.home, env=self.env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
            first = proc.stdout.readline()
            took = time.perf_counter() - t0
            out, err = proc.communicate(timeout=120)
            ok = proc.returncode == 0 and first.startswith("Shown UnlockDialog")
            print(f"{'ok  ' if ok else 'FAIL'} {'--smoke (first window)':70} {took:6.2f} s", flush=True)
            if ok:
                seen.append(took)
            else:
                self.failures.append(f"--smoke: exit {proc.returncode}\n{first}{out[-800:]}{err[-800:]}")
        return statistics.median(seen) if seen else None


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    # absolute, since the program runs elsewhere; not resolved: a venv's python is a symlink
    program = [str(Path(a).absolute()) if Path(a).exists() else a for a in argv]
    with tempfile.TemporaryDirectory(prefix="casefile-smoke-") as tmp:
        smoke = Smoke(program, Path(tmp) / "home")
        smoke.workflow()
        seconds = smoke.startup()
    if seconds is not None:
        print(f"start-up to the unlock window: {seconds:.2f} s (median of 3)")
    for failure in smoke.failures:
        print(f"\n{failure}", file=sys.stderr)
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
