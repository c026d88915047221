"""Files and folders only their owner can open: mode 0600/0700 on Linux and macOS, and on Windows,
where ``chmod`` does nothing, a protected access list granting the owner alone full access (no
access inherited from the folder above: not other users', not administrators' by default).

A folder made private this way passes the same list on to every file created in it (SQLite's
journal and write-ahead log, backups, key files). File systems without permissions (FAT, exFAT)
keep none of this; the notebook's encryption is what protects it there.
"""

import ctypes
import os
import sys
from pathlib import Path

# Security descriptors in SDDL: P = protected (nothing inherited), A = allow, FA = file all access,
# for the user's own SID; OICI = inherited by the files and folders created inside.
OWNER_ONLY_FILE = "D:P(A;;FA;;;{user})"
OWNER_ONLY_FOLDER = "D:P(A;OICI;FA;;;{user})"
DACL_SECURITY_INFORMATION, PROTECTED_DACL_SECURITY_INFORMATION = 0x4, 0x80000000
SDDL_REVISION_1, TOKEN_QUERY, TOKEN_USER_CLASS = 1, 0x0008, 1


def make_private(path: Path, folder: bool = False) -> bool:
    """Let only the owner open ``path``; return whether it could be done."""
    if sys.platform == "win32":  # pragma: no cover - exercised under Wine (tests/windows)
        return _set_windows_descriptor(path, OWNER_ONLY_FOLDER if folder else OWNER_ONLY_FILE)
    try:
        os.chmod(path, 0o700 if folder else 0o600)
        return True
    except OSError:
        return False


def current_user_sid() -> str | None:  # pragma: no cover - Windows only
    """The SID of the user this process runs as ("S-1-5-21-…"), or None."""
    advapi32, kernel32 = ctypes.windll.advapi32, ctypes.windll.kernel32
    kernel32.GetCurrentProcess.restype = ctypes.c_void_p  # a handle is 64 bits, not an int
    advapi32.OpenProcessToken.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_void_p)]
    kernel32.CloseHandle.argtypes = [ctypes.c_void_p]
    kernel32.LocalFree.argtypes = [ctypes.c_void_p]
    token = ctypes.c_void_p()
    if not advapi32.OpenProcessToken(kernel32.GetCurrentProcess(), TOKEN_QUERY, ctypes.byref(token)):
        return None
    try:
        needed = ctypes.c_ulong()
        advapi32.GetTokenInformation(token, TOKEN_USER_CLASS, None, 0, ctypes.byref(needed))
        buffer = ctypes.create_string_buffer(needed.value or 1)
        if not advapi32.GetTokenInformation(token, TOKEN_USER_CLASS, buffer, needed, ctypes.byref(needed)):
            return None
        sid = ctypes.cast(buffer, ctypes.POINTER(ctypes.c_void_p))[0]  # TOKEN_USER starts with the SID
        text = ctypes.c_wchar_p()
        if not advapi32.ConvertSidToStringSidW(ctypes.c_void_p(sid), ctypes.byref(text)):
            return None
        try:
            return text.value
        finally:
            kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
    finally:
        kernel32.CloseHandle(token)


def _set_windows_descriptor(path: Path, template: str) -> bool:  # pragma: no cover - Windows only
    advapi32, kernel32 = ctypes.windll.advapi32, ctypes.windll.kernel32
    user = current_user_sid()
    if user is None:
        return False
    sddl = template.format(user=user)
    descriptor = ctypes.c_void_p()
    if not advapi32.ConvertStringSecurityDescriptorToSecurityDescriptorW(
            sddl, SDDL_REVISION_1, ctypes.byref(descriptor), None):
        return False
    try:
        return bool(advapi32.SetFileSecurityW(str(path), DACL_SECURITY_INFORMATION
                                              | PROTECTED_DACL_SECURITY_INFORMATION, descriptor))
    finally:
        kernel32.LocalFree(descriptor)


def windows_access_list(path: Path) -> str | None:  # pragma: no cover - Windows only
    """The access list of ``path`` in SDDL (what the Windows tests check), or None."""
    advapi32, kernel32 = ctypes.windll.advapi32, ctypes.windll.kernel32
    needed = ctypes.c_ulong()
    advapi32.GetFileSecurityW(str(path), DACL_SECURITY_INFORMATION, None, 0, ctypes.byref(needed))
    buffer = ctypes.create_string_buffer(needed.value or 1)
    if not advapi32.GetFileSecurityW(str(path), DACL_SECURITY_INFORMATION, buffer, needed, ctypes.byref(needed)):
        return None
    text = ctypes.c_wchar_p()
    if not advapi32.ConvertSecurityDescriptorToStringSecurityDescriptorW(
            buffer, SDDL_REVISION_1, DACL_SECURITY_INFORMATION, ctypes.byref(text), None):
        return None
    try:
        return text.value
    finally:
        kernel32.LocalFree(ctypes.cast(text, ctypes.c_void_p))
