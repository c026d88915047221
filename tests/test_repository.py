"""The repository carries sources, not downloaded artefacts: no tracked file over 1 MB but fonts,
documentation images and licences."""

import shutil
import subprocess
from pathlib import PurePosixPath

import pytest

from tests.conftest import ROOT

LIMIT = 1024 * 1024
FONT_SUFFIXES = {".ttf", ".otf", ".ttc", ".woff", ".woff2"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp"}


def allowed_large(path: str) -> bool:
    name = PurePosixPath(path)
    if name.suffix.lower() in FONT_SUFFIXES:
        return True
    if name.parts[0] == "docs" and name.suffix.lower() in IMAGE_SUFFIXES:
        return True
    return any(part.lower().startswith(("licence", "license", "copying")) for part in name.parts)


def tracked_files() -> list[str]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.fail("this check reads git's list of tracked files: run it in a git checkout", pytrace=False)
    listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [name for name in listing.decode("utf-8").split("\0") if name]


def test_rules_tell_artefacts_from_fonts_images_and_licences():
    assert not allowed_large("ruff-0.17.6-py3-none-manylinux_2_17_x86_64.whl")  # the control
    assert not allowed_large("resources/archive.tar.gz")
    assert not allowed_large("screenshots/reading.png")  # images are allowed in docs/ only
    assert allowed_large("resources/fonts/NotoSansKhmer-Regular.ttf")
    assert allowed_large("docs/screenshots/reading.png")
    assert allowed_large("packaging/licenses/LGPL-3.0.txt")


def test_no_tracked_file_over_one_megabyte_but_fonts_images_and_licences():
    too_large = [(name, (ROOT / name).stat().st_size) for name in tracked_files()
                 if (ROOT / name).is_file() and (ROOT / name).stat().st_size > LIMIT and not allowed_large(name)]
    assert too_large == [], f"tracked files over 1 MB (downloaded artefacts do not belong in the tree): {too_large}"
