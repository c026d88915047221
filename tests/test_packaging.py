"""`pip install .` gives a working `ekasar` that carries its seeds: no checkout needed."""

import json
import os
import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_carries_the_seeds_and_searches_without_a_checkout(tmp_path):
    wheels, site = tmp_path / "wheels", tmp_path / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(ROOT)],
                   check=True, capture_output=True, timeout=300)
    [wheel] = wheels.glob("ekasar-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/seeds/catalog.toml" in names
    assert "desktop/seeds/002_46b7dbb94abd75ab.txt" in names
    assert "desktop/resources/fonts/NotoSansKhmer-Regular.ttf" in names
    assert "desktop/resources/fonts/OFL.txt" in names
    # the Khmer interface: compiled translations (by make, not in git) and the guide
    assert {"desktop/resources/translations/ekasar_km.qm", "desktop/resources/translations/qt_km.qm",
            "desktop/resources/translations/ekasar_en.qm", "desktop/resources/guide-km.md"} <= set(names)

    subprocess.run([*pip, "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True, timeout=300)
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("EKASAR_ARCHIVE", None)
    run = subprocess.run(
        [sys.executable, "-c",
         "import desktop, sys; from desktop.cli import main; print(desktop.__file__, file=sys.stderr); "
         "sys.exit(main(['search', 'Battambang', '--json', '--data-dir', 'data']))"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith(str(site))  # the installed copy ran, not the checkout
    assert [hit["document"] for hit in json.loads(run.stdout)] == ["002_46b7dbb94abd75ab"]
