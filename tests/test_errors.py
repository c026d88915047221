"""One error family: every error Ekasar raises on purpose derives from EkasarError, and the CLI turns
it (and any SQLite or SQLCipher error) into one line, never "internal error"."""

import importlib
import inspect
import pkgutil

import pytest
import sqlcipher3

import desktop
from desktop.commands import reading as reading_commands
from desktop.errors import DocumentNotFound, EkasarError, NotFound


def project_exception_classes() -> list[type]:
    found = []
    for module_info in pkgutil.walk_packages(desktop.__path__, "desktop."):
        if module_info.name.startswith("desktop.ui") or module_info.name == "desktop.__main__":
            continue  # the window's modules need a display; its two errors are checked below
        module = importlib.import_module(module_info.name)
        found += [cls for _, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, BaseException) and cls.__module__ == module.__name__]
    return found


def test_every_project_error_is_an_ekasar_error():
    classes = project_exception_classes()
    assert len(classes) > 15  # the walk found them (the control)
    assert [cls.__qualname__ for cls in classes if not issubclass(cls, EkasarError)] == []


def test_the_window_errors_belong_too():
    from desktop.ui.fonts import FontsMissing
    from desktop.ui.smoke import SmokeFailed

    assert issubclass(FontsMissing, EkasarError) and issubclass(SmokeFailed, EkasarError)


def test_a_missing_document_is_one_not_found(library):
    with pytest.raises(DocumentNotFound, match="no document with id 'nope'"):
        library.notes.annotate("nope", 0, 5)
    with pytest.raises(NotFound):
        library.timeline.add("nope", 0, 5, "x", None)
    with pytest.raises(NotFound):
        library.notes.annotate_quote("nope", "x")


FULL = "the disk is full: free some space, then try again (what was saved before is intact)"


@pytest.mark.parametrize("error, said", [
    (sqlcipher3.OperationalError("file is not a database"), "file is not a database"),
    (EkasarError("the notebook is busy"), "the notebook is busy"),
    (sqlcipher3.OperationalError("database or disk is full"), FULL),  # a full disk, said plainly
    (OSError(28, "No space left on device"), FULL),
])
def test_the_cli_prints_database_and_project_errors_in_one_line(cli, monkeypatch, error, said):
    def fail(args):
        raise error

    monkeypatch.setattr(reading_commands, "cmd_docs", fail)  # what `ekasar docs` runs
    result = cli("docs")
    assert result.code == 2
    assert result.err == f"ekasar: error: {said}\n"
