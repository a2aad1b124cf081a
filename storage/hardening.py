"""Protecting the whole process's memory, applied once at start before any key is read.

What the operating system lets a Python program do: no core dumps (a crash must not write the
decrypted pages, the data key and the names to disk); on Linux the process made not dumpable, so
other programs of the same user can neither attach a debugger nor read its memory through
/proc/PID/mem; on macOS debuggers refused (PT_DENY_ATTACH); on Windows no crash dialog and no
Windows Error Reporting dump. Each step says honestly whether it took effect: ``harden()`` never
raises, and what it could not do is reported, not hidden (``casefile --debug`` logs the steps).
"""
from __future__ import annotations

import ctypes
import ctypes.util
import sys
from dataclasses import dataclass

# <linux/prctl.h>, <sys/ptrace.h> (macOS), <errhandlingapi.h> (Windows)
PR_GET_DUMPABLE, PR_SET_DUMPABLE = 3, 4
PT_DENY_ATTACH = 31
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002


@dataclass(frozen=True)
class Step:
    name: str
    done: bool
    why: str


def _libc():
    return ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)


def no_core_dumps() -> Step:
    name = "no core dumps"
    try:
        import resource
    except ImportError:
        return Step(name, False, "this system has no core-dump limit Python can set")
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError) as exc:
        return Step(name, False, f"setrlimit(RLIMIT_CORE, 0) failed: {exc}")
    soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    if (soft, hard) != (0, 0):
        return Step(name, False, f"the core-dump limit is still {soft}/{hard}")
    return Step(name, True, "RLIMIT_CORE is 0: a crash writes no memory to disk")


def not_dumpable() -> Step:
    """Linux: PR_SET_DUMPABLE 0. The kernel then refuses ptrace and /proc/PID/mem to every process
    without CAP_SYS_PTRACE, including the user's own programs, and writes no core."""
    name = "memory closed to other programs"
    try:
        libc = _libc()
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return Step(name, False, f"prctl(PR_SET_DUMPABLE, 0) failed (errno {ctypes.get_errno()})")
        if libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0:
            return Step(name, False, "prctl(PR_GET_DUMPABLE) still reports the process dumpable")
    except (OSError, AttributeError) as exc:
        return Step(name, False, f"prctl is not reachable: {exc}")
    return Step(name, True, "not dumpable: no debugger or /proc/PID/mem reader without CAP_SYS_PTRACE")


def deny_attach() -> Step:
    """macOS: ptrace(PT_DENY_ATTACH) makes a debugger's later attach fail (and ends a process being
    debugged already). It does not stop a user with root, or task_for_pid from a privileged tool."""
    name = "debuggers refused"
    try:
        libc = _libc()
        if libc.ptrace(PT_DENY_ATTACH, 0, None, 0) != 0:
            return Step(name, False, f"ptrace(PT_DENY_ATTACH) failed (errno {ctypes.get_errno()})")
    except (OSError, AttributeError) as exc:
        return Step(name, False, f"ptrace is not reachable: {exc}")
    return Step(name, True, "PT_DENY_ATTACH: debuggers cannot attach")


def no_error_reporting() -> Step:
    """Windows: no crash dialog and no Windows Error Reporting (which would keep a dump)."""
    name = "no crash reports"
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        mode = SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
        kernel32.SetErrorMode(kernel32.GetErrorMode() | mode)
        if kernel32.GetErrorMode() & mode != mode:
            return Step(name, False, "SetErrorMode did not take effect")
    except (OSError, AttributeError) as exc:
        return Step(name, False, f"SetErrorMode is not reachable: {exc}")
    return Step(name, True, "SEM_NOGPFAULTERRORBOX: a crash makes no error report or dump")


def harden(platform: str = sys.platform) -> list[Step]:
    """Apply every step this system offers; the list says what took effect and what did not."""
    steps = [no_core_dumps()]
    if platform.startswith("linux"):
        steps.append(not_dumpable())
    elif platform == "darwin":
        steps.append(deny_attach())
    elif platform == "win32":
        steps.append(no_error_reporting())
        steps.append(Step("memory closed to other programs", False,
                          "Windows lets programs of the same user read each other's memory; Python "
                          "cannot change that for its own process"))
    else:
        steps.append(Step("memory closed to other programs", False, f"nothing known for {platform}"))
    return steps
