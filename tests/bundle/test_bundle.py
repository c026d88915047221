"""The packed bundle runs with no network and no Python on the host, and carries what it must."""

import json
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from tests.bundle.conftest import fresh_host
from tests.conftest import ROOT

APP_ID = "org.ekasar.Ekasar"


def run(bundle: Path, *args: str, env: dict, timeout: int = 120, prefix: tuple = ()) -> subprocess.CompletedProcess:
    return subprocess.run([*prefix, str(bundle / "ekasar"), *args], env=env, capture_output=True, text=True,
                          timeout=timeout, cwd=bundle.parent)


def test_bundle_smoke_test_passes_in_a_network_namespace_with_no_interfaces(unpacked_bundle, tmp_path):
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode != 0:
        pytest.fail("unshare -n is not permitted here: the no-network test cannot run")
    _, env = fresh_host(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    script = (f"cat /proc/net/dev && '{unpacked_bundle}/ekasar' --self-test --data-dir '{tmp_path}/data' "
              f"&& '{unpacked_bundle}/ekasar' --smoke '{out}' --data-dir '{tmp_path}/data'")
    result = subprocess.run(["unshare", "-n", "sh", "-c", script], env=env, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 0, result.stdout + result.stderr
    interfaces = [line.split(":")[0].strip() for line in result.stdout.splitlines() if ":" in line
                  and line.split(":")[0].strip().isidentifier()]
    assert interfaces == ["lo"]  # nothing but a loopback that is down: no way out
    assert "Everything Ekasar needs is here." in result.stdout
    assert "read Khmer 002_46b7dbb94abd75ab: " in result.stdout and "Noto Serif Khmer" in result.stdout
    assert "smoke test passed" in result.stdout
    [export] = out.iterdir()
    assert (export / "manifest-sha256.txt").is_file()


def test_bundle_runs_with_the_host_python_and_checkout_out_of_reach(unpacked_bundle, tmp_path):
    _, env = fresh_host(tmp_path, PYTHONPATH="/nonexistent", PYTHONHOME="/nonexistent")
    env["PATH"] = "/usr/bin:/bin"  # no venv, no pyenv
    found = run(unpacked_bundle, "search", "Battambang", "--json", "--data-dir", str(tmp_path / "d"), env=env)
    assert found.returncode == 0, found.stderr
    assert [hit["document"] for hit in json.loads(found.stdout)] == ["002_46b7dbb94abd75ab"]
    version = run(unpacked_bundle, "--version", env=env)
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert version.stdout.strip() == f"ekasar {meta['version']}"
    bad = run(unpacked_bundle, "show", "no-such-document", "--data-dir", str(tmp_path / "d"), env=env)
    assert bad.returncode == 2 and bad.stderr.startswith("ekasar: error: no document") and "Traceback" not in bad.stderr


def test_bundle_carries_licences_desktop_entry_and_metainfo_and_leaves_unused_qt_out(unpacked_bundle):
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    folder = unpacked_bundle
    assert folder.name == f"Ekasar-{meta['version']}-linux-x86_64"
    assert "GNU GENERAL PUBLIC LICENSE" in (folder / "LICENSE").read_text()
    licences = folder / "licenses"
    assert "SIL OPEN FONT LICENSE" in (licences / "Noto-fonts-OFL.txt").read_text().upper()
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (licences / "Qt-PySide6-LGPL-3.0.txt").read_text()
    listed = (licences / "THIRD-PARTY.txt").read_text()
    for name in ("PySide6", "shiboken6", "sqlite-utils", "Markdown", "nh3", "Python", "pyinstaller"):
        assert name in listed
    internal = folder / "_internal"
    assert (internal / "desktop" / "data" / "archive.sqlite").is_file()
    assert (internal / "desktop" / "resources" / "fonts" / "NotoSansKhmer-Regular.ttf").is_file()
    for interface in ("translations/ekasar_km.qm", "translations/qt_km.qm", "translations/ekasar_en.qm", "guide-km.md"):
        assert (internal / "desktop" / "resources" / interface).is_file(), interface  # the Khmer interface
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6",
                   "libqgtk3.so", "libqxdgdesktopportal.so", "libqwayland.so", "libqsvg.so", "libssl.so.3",
                   "QtNetwork.abi3.so", "libgtk-3.so.0", "qtbase_de.qm"):
        assert unused not in names
    plugins = sorted(p.relative_to(internal / "PySide6" / "Qt" / "plugins").as_posix()
                     for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so"))
    assert "platforms/libqxcb.so" in plugins and "platforms/libqoffscreen.so" in plugins
    assert all(p.startswith(("platforms/", "platforminputcontexts/", "xcbglintegrations/", "printsupport/"))
               for p in plugins)  # (printsupport: the printers CUPS knows, for File → Print…)
    assert "QtPrintSupport.abi3.so" in names

    desktop = folder / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = folder / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert f'<release version="{meta["version"]}"' in metainfo.read_text()
    assert (folder / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    if shutil.which("appstreamcli"):
        checked = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                                 capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
