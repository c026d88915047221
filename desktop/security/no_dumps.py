"""No plaintext in crash dumps: while unlocked, Ekasar's memory holds notes and the data key, so a
crash must not write that memory to a core file or an error report.

Linux and macOS: the core size limit is set to 0 and (Linux) the process is made non-dumpable,
which also keeps other processes of the same user from attaching a debugger or reading its
memory through /proc. Windows: no crash dialog, and the heap (where notes and the key live) is left out of any
error report Windows still makes.
"""

import ctypes
import sys

PR_SET_DUMPABLE, PR_GET_DUMPABLE = 4, 3
SEM_FAILCRITICALERRORS, SEM_NOGPFAULTERRORBOX = 0x0001, 0x0002
WER_FAULT_REPORTING_FLAG_NOHEAP, WER_FAULT_REPORTING_NO_UI = 0x0001, 0x0020


def forbid_crash_dumps() -> list[str]:
    """Apply what this system allows; return what could not be done (empty when all was)."""
    missed = []
    if sys.platform == "win32":  # pragma: no cover - exercised by the Windows build
        kernel32 = ctypes.windll.kernel32
        kernel32.SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX)  # no crash dialog
        try:  # and no heap (where notes and the key live) in any report Windows still makes
            if kernel32.WerSetFlags(WER_FAULT_REPORTING_FLAG_NOHEAP | WER_FAULT_REPORTING_NO_UI) != 0:
                missed.append("Windows Error Reporting flags")
        except AttributeError:
            missed.append("Windows Error Reporting flags")
        return missed
    import resource

    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ValueError, OSError):
        missed.append("core size limit")
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            missed.append("non-dumpable process")
    return missed


def is_dumpable() -> bool:
    """Whether a crash now could write a core file (the tests check each run with it)."""
    if sys.platform == "win32":  # pragma: no cover
        return False
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[0] != 0:
        return True
    if sys.platform.startswith("linux"):
        return ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0
    return False
