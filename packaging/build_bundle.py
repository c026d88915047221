"""`make bundle`: build Ekasar's one-folder bundle and pack it as a tarball, then measure it.

1. builds the archive from seeds/ (build/bundle/archive.sqlite);
2. runs PyInstaller with packaging/ekasar.spec;
3. adds the licences, the desktop file, the AppStream metainfo, the icons and a
   short README beside the executable;
4. packs dist/Ekasar-<version>-<os>-<machine>.tar.gz (a .zip on Windows);
5. measures the compressed and unpacked sizes and the start-up time to a shown
   window, and writes them to dist/Ekasar-<version>-<os>-<machine>.figures.json.

Usage: python packaging/build_bundle.py [--skip-build] [--no-measure] [--archive PATH]
(On Windows, packaging/build_windows.py runs it under Wine.)
"""

import argparse
import importlib.metadata
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
WINDOWS = sys.platform == "win32"  # run by Windows Python under Wine: packaging/build_windows.py
BUILD = ROOT / "build" / ("bundle-windows" if WINDOWS else "bundle")
DIST = ROOT / "dist"
APP_ID = "org.ekasar.Ekasar"
RUNTIME_DEPENDENCIES_NOT_BUNDLED = {"pip"}  # required by sqlite-utils' CLI, never imported by Ekasar


def project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def bundle_name(meta: dict) -> str:
    machine = platform.machine().lower().replace("amd64", "x86_64")
    return f"{meta['name'].capitalize()}-{meta['version']}-{platform.system().lower()}-{machine}"


def say(message: str) -> None:
    print(f"bundle: {message}", flush=True)


def build_archive(prebuilt: Path | None = None) -> Path:
    target = BUILD / "archive.sqlite"
    if prebuilt is not None:  # built on Linux beforehand (the same file on every system)
        if prebuilt.resolve() != target.resolve():
            shutil.copyfile(prebuilt, target)
        return target
    sys.path.insert(0, str(ROOT))
    from desktop.store.build import build_archive as build

    target.unlink(missing_ok=True)
    report = build(ROOT / "seeds", target)
    say(f"archive: {report.documents} documents in {report.seconds:.1f} s")
    return target


def write_windows_icon() -> Path:
    """The executables' icon: the committed PNGs in one .ico (PNG entries, as Windows Vista and later
    read them), so no image library is needed to convert them."""
    sizes = [16, 32, 48, 64, 128, 256]
    images = [(ROOT / "resources" / "icons" / f"ekasar-{size}.png").read_bytes() for size in sizes]
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(images).to_bytes(2, "little")
    offset, entries = 6 + 16 * len(images), b""
    for size, data in zip(sizes, images):
        side = bytes([size % 256, size % 256])  # 0 means 256
        entries += side + b"\0\0" + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(data).to_bytes(4, "little") + offset.to_bytes(4, "little")
        offset += len(data)
    target = BUILD / "ekasar.ico"
    target.write_bytes(header + entries + b"".join(images))
    return target


def run_pyinstaller() -> Path:
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        sys.exit("bundle: PyInstaller needs objdump: apt-get install binutils (make bundle does it as root)")
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(BUILD / "dist"), "--workpath", str(BUILD / "work"),
                    str(ROOT / "packaging" / "ekasar.spec")], check=True, cwd=ROOT)
    say(f"PyInstaller: {time.monotonic() - started:.0f} s")
    return BUILD / "dist" / project()["name"]


def runtime_distributions(names: list[str]) -> list[importlib.metadata.Distribution]:
    """The installed distributions Ekasar runs on, following their requirements."""
    seen: dict[str, importlib.metadata.Distribution] = {}
    pending = list(names)
    while pending:
        requirement = Requirement(pending.pop())
        key = requirement.name.lower().replace("_", "-")
        if key in seen or key in RUNTIME_DEPENDENCIES_NOT_BUNDLED:
            continue
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue
        dist = importlib.metadata.distribution(requirement.name)
        seen[key] = dist
        pending.extend(dist.requires or [])
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def python_licence() -> Path:
    """Python's licence: under lib/python3.X/ on Linux and macOS, beside python.exe on Windows."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for candidate in (Path(sys.base_prefix) / "lib" / version / "LICENSE.txt", Path(sys.base_prefix) / "LICENSE.txt"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"bundle: Python's LICENSE.txt is not under {sys.base_prefix}")


def add_licences(folder: Path, meta: dict) -> None:
    shutil.copy2(ROOT / "LICENSE", folder / "LICENSE")
    licences = folder / "licenses"
    licences.mkdir()
    shutil.copy2(ROOT / "resources" / "fonts" / "OFL.txt", licences / "Noto-fonts-OFL.txt")
    shutil.copy2(python_licence(), licences / "Python-LICENSE.txt")
    lines = ["Ekasar is free software under the GNU GPL, version 3 or later (LICENSE).",
             "It bundles the components below; their licences are in this folder.", "",
             f"Python {platform.python_version()}: PSF licence (Python-LICENSE.txt)",
             "Noto Sans, Noto Serif, Noto Sans Khmer, Noto Serif Khmer: SIL Open Font License 1.1 "
             "(Noto-fonts-OFL.txt)"]
    for dist in runtime_distributions(meta["dependencies"]) + [importlib.metadata.distribution("pyinstaller")]:
        name, version = dist.metadata["Name"], dist.version
        files = [f for f in dist.files or [] if re.search(r"(LICEN[CS]E|COPYING|NOTICE)", f.name, re.I)]
        for f in files:
            shutil.copy2(dist.locate_file(f), licences / f"{name}-{f.name}")
        # Licence files kept in folders of their own (PEP 639), as pypdfium2 keeps its own and those
        # of the libraries built into PDFium: copied with their folders into one named after it.
        nested = [f for f in dist.files or [] if f not in files
                  and re.match(r"[^/]+\.dist-info/licenses/.+/", f.as_posix())]
        for f in nested:
            target = licences / name / f.as_posix().split(".dist-info/licenses/", 1)[1]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(dist.locate_file(f), target)
        if nested:
            files = [*files, f"{name}/, {len(nested)} files"]
        licence = dist.metadata.get("License-Expression") or dist.metadata.get("License") or ""
        if name.lower().replace("_", "-") in ("pyside6-essentials", "shiboken6"):  # their wheels carry no licence file
            shutil.copy2(ROOT / "packaging" / "licenses" / "LGPL-3.0.txt", licences / "Qt-PySide6-LGPL-3.0.txt")
            files, licence = ["Qt-PySide6-LGPL-3.0.txt"], "LGPL-3.0 (Qt 6 and Qt for Python)"
        if name.lower() == "pyinstaller":
            licence = "GPL-2.0 with the bootloader exception (only its bootloader is bundled)"
        lines.append(f"{name} {version}: {licence.splitlines()[0] if licence else 'see its licence file'}"
                     f" ({', '.join(sorted({getattr(f, 'name', f) for f in files})) or 'no licence file shipped'})")
    (licences / "THIRD-PARTY.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")


def add_desktop_integration(folder: Path, version: str) -> None:
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    (share / "metainfo").mkdir()
    shutil.copy2(ROOT / "packaging" / "linux" / f"{APP_ID}.desktop", share / "applications")
    metainfo = (ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(metainfo.replace("@VERSION@", version),
                                                              encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("ekasar-*.png"):
        size = png.stem.split("-")[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "ekasar.svg", scalable / f"{APP_ID}.svg")
    shutil.copy2(ROOT / "packaging" / "README-bundle.txt", folder / "README.txt")


def pack_zip(folder: Path, zipped: Path) -> None:
    """The Windows bundle as one .zip (what Windows opens without extra tools)."""
    import zipfile

    partial = zipped.with_name(zipped.name + ".partial")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    os.replace(partial, zipped)


def pack(folder: Path, tarball: Path) -> None:
    def clean(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    partial = tarball.with_name(tarball.name + ".partial")
    with tarfile.open(partial, "w:gz", compresslevel=9) as tar:
        tar.add(folder, arcname=folder.name, filter=clean)
    os.replace(partial, tarball)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def drop_page_cache() -> bool:
    """Make the next start a cold one, where allowed (root on Linux)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def time_to_window(executable: Path, env: dict) -> float:
    """Seconds from launching the bundle to its window being shown."""
    with tempfile.TemporaryDirectory() as data:
        started = time.monotonic()
        run = subprocess.Popen([str(executable), "--data-dir", data, "--quit-when-shown"], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = run.stdout.readline()
        elapsed = time.monotonic() - started
        run.wait(timeout=60)
    if line.strip() != "window shown":
        raise RuntimeError(f"the bundle did not show its window (exit {run.returncode})")
    return elapsed


def measure(folder: Path, tarball: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EKASAR_", "PYTHON"))}
    screen = "offscreen"
    if env.get("DISPLAY"):
        screen = f"X display {env['DISPLAY']}"
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    executable = folder / project()["name"]
    cold = drop_page_cache()
    first = time_to_window(executable, env)
    warm = [time_to_window(executable, env) for _ in range(5)]
    return {
        "tarball": tarball.name,
        "compressed_mb": round(tarball.stat().st_size / 1e6, 1),
        "unpacked_mb": round(folder_size(folder) / 1e6, 1),
        "files": sum(1 for p in folder.rglob("*") if p.is_file()),
        "first_start_s": round(first, 2),
        "first_start_was_cold": cold,
        "warm_start_median_s": round(statistics.median(warm), 2),
        "screen": screen,
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true", help="reuse the last PyInstaller output")
    parser.add_argument("--no-measure", action="store_true", help="build and pack only (the tests use this)")
    parser.add_argument("--archive", type=Path, help="use this archive instead of building one from seeds/")
    args = parser.parse_args()
    meta = project()
    name = bundle_name(meta)
    BUILD.mkdir(parents=True, exist_ok=True)
    if not args.skip_build:
        build_archive(args.archive)
        if WINDOWS:
            write_windows_icon()
        built = run_pyinstaller()
    else:
        built = BUILD / "dist" / meta["name"]
    DIST.mkdir(exist_ok=True)
    folder = DIST / name
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(built, folder, symlinks=True)
    add_licences(folder, meta)
    if WINDOWS:
        shutil.copy2(ROOT / "packaging" / "windows" / "README-bundle.txt", folder / "README.txt")
        packed = DIST / f"{name}.zip"
        pack_zip(folder, packed)
    else:
        add_desktop_integration(folder, meta["version"])
        packed = DIST / f"{name}.tar.gz"
        pack(folder, packed)
    say(f"packed {packed.relative_to(ROOT)}")
    if args.no_measure:
        return 0
    figures = measure(folder, packed)
    (DIST / f"{name}.figures.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    say(f"{packed.relative_to(ROOT)}: {figures['compressed_mb']} MB compressed (target < 90), "
        f"{figures['unpacked_mb']} MB unpacked (target < 250)")
    say(f"start-up to a shown window ({figures['screen']}): first {figures['first_start_s']} s"
        f"{' (cold: page cache dropped)' if figures['first_start_was_cold'] else ''}, "
        f"then median {figures['warm_start_median_s']} s (target < 2)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
