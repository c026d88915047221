"""Running Windows programs under Wine for the Windows build and its tests (never in the bundle).

Wine 8 (Debian 12) needs a few things a real Windows does not, all kept here:
- the prefix reports Windows 10 (Qt 6 refuses older versions);
- ``wbemprox`` is disabled (Python's ``platform`` module crashes in Wine's WMI), and so are Mono
  and Gecko (a new prefix would offer to download them) and the menu builder;
- two shim DLLs built with MinGW into the prefix: ``bcryptprimitives.dll`` (``ProcessPrng``, for
  Rust-built wheels) and ``icuuc.dll`` (the ICU converters Qt6Core links to);
- ``wineserver`` and ``wineboot`` start with their streams on /dev/null, and a program's output is
  read through a pipe (a regular file as stdout fails with WinError 6);
- Wine passes ``QT_*`` variables on only as ``WINEQT_*``, so they are given to ``run`` by name and
  set by the program's own options where it has them.
"""

import os
import signal
import threading
import subprocess
from pathlib import Path

MINGW = "x86_64-w64-mingw32-gcc"
SHIMS = Path(__file__).resolve().parent / "wine-shims"
# shutil.copy2 uses CopyFile2, which Wine 8 does not implement: the copy falls back to plain reads.
BUILD_LAUNCHER = ("import _winapi, runpy, sys\n"
                  "if hasattr(_winapi, 'CopyFile2'): del _winapi.CopyFile2\n"
                  "sys.argv = sys.argv[1:]\n"
                  "runpy.run_path(sys.argv[0], run_name='__main__')\n")


class WineError(RuntimeError):
    pass


def windows_path(path: Path) -> str:
    """The path as a Windows program under Wine sees it (drive Z: is the Linux root)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


class Prefix:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def env(self, **extra: str) -> dict:
        """The environment for Wine; ``WINEDLLOVERRIDES`` in ``extra`` is added to the prefix's own."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "EKASAR_"))}
        overrides = ";".join(filter(None, ("wbemprox=d;winemenubuilder.exe=d;mscoree=d;mshtml=d",
                                           extra.pop("WINEDLLOVERRIDES", ""))))
        env.update(WINEPREFIX=str(self.folder), WINEARCH="win64", WINEDEBUG="-all", WINEDLLOVERRIDES=overrides,
                   **extra)
        return env

    def _quietly(self, *command: str, timeout: float = 300) -> None:
        subprocess.run(command, env=self.env(), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout, check=False)

    def prepare(self) -> None:
        """Make the prefix once (Windows 10, the shims); start its server."""
        self.folder.mkdir(parents=True, exist_ok=True)
        self._quietly("wineserver", "-p")
        if not (self.folder / "system.reg").is_file():
            self._quietly("wineboot", "-i")
            self._quietly("wine", "winecfg", "/v", "win10")

        system32 = self.folder / "drive_c" / "windows" / "system32"
        if not system32.is_dir():
            raise WineError(f"wineboot did not make {system32}")
        for source, libraries in (("icuuc.c", []), ("bcryptprimitives.c", ["-ladvapi32"])):
            target = system32 / source.replace(".c", ".dll")
            if not target.is_file() or target.stat().st_mtime < (SHIMS / source).stat().st_mtime:
                subprocess.run([MINGW, "-shared", "-O2", "-o", str(target), str(SHIMS / source), *libraries],
                               check=True)

    def run(self, executable: Path, *args: str, timeout: float = 180, stdin: str | None = None,
            wrapper: tuple[str, ...] = (), **env: str) -> subprocess.CompletedProcess:
        """Run a Windows program (under ``wrapper``, e.g. xvfb-run), its output read through pipes
        as UTF-8 text. ``env`` adds variables (``WINEQT_X`` reaches the program as ``QT_X``)."""
        with subprocess.Popen([*wrapper, "wine", str(executable), *args], env=self.env(**env),
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              encoding="utf-8", errors="replace", start_new_session=True) as child:
            try:
                out, err = child.communicate(stdin, timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(child.pid, signal.SIGKILL)  # the program and whatever it started (Xvfb)
                out, err = child.communicate()
                raise WineError(f"{executable.name} {' '.join(args)} ran past {timeout:.0f} s; it printed:\n"
                                f"{out[-2000:]}{err[-2000:]}") from None
        return subprocess.CompletedProcess(child.args, child.returncode, out, err)

    def warm_up(self, executable: Path, data_dir: Path) -> None:
        """Start the program's window once, offscreen, with time to spare: a new prefix does its
        one-time work (fonts, the registry) on the first start, which the tests must not time."""
        self.run(executable, "--quit-when-shown", "--data-dir", windows_path(data_dir), timeout=900,
                 WINEQT_QPA_PLATFORM="offscreen")

    def run_python(self, python: Path, script: Path, *args: str, timeout: float = 3600) -> None:
        """Run a Python script with the Windows Python, its output passed through as it comes."""
        command = ["wine", str(python), "-c", BUILD_LAUNCHER, windows_path(script), *args]
        child = subprocess.Popen(command, env=self.env(), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True, encoding="utf-8", errors="replace")
        reader = threading.Thread(target=lambda: [print(line, end="", flush=True) for line in child.stdout],
                                  daemon=True)
        reader.start()
        child.wait(timeout=timeout)
        # Wine's services (services.exe, winedevice, rpcss…), started with the first program of a
        # server's life, inherit its output pipe and keep it open: the end of the pipe can come long
        # after the program's, so the program's exit is what is waited for, then its last lines.
        reader.join(10)
        if child.returncode != 0:
            raise WineError(f"{script.name} under Wine exited with {child.returncode}")
