"""Readers run in a child process with a time and memory limit: whatever the file does to the
reader, the import gets a ReadDocument or a one-line UnreadableDocument, and never waits long."""

import os
import random
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from desktop.ingest.readers.base import ReadDocument, ReadingStopped, UnreadableDocument
from desktop.ingest.readers.pdf import read_pdf
from desktop.ingest.readers.registry import read_document
from desktop.ingest.readers.sandbox import CPU_MARGIN, run_reader
from tests.conftest import ROOT
from tests.ingest.readers import child_readers

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit and /proc are Linux's")


def refusal(reader, data=b"x", **limits) -> str:
    with pytest.raises(UnreadableDocument) as refused:
        run_reader(reader, data, **limits)
    message = str(refused.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_pdf_is_read_in_the_child_as_in_the_parent(report):
    assert run_reader(read_pdf, report.data) == read_pdf(report.data)


def test_the_document_comes_back_whole():
    document = run_reader(child_readers.read_text, "ភ្នំពេញ".encode())
    assert document == ReadDocument("pdf", ("ភ្នំពេញ",), paged=True, notices=("told",))


def test_the_reader_runs_in_another_process():
    size, pid = run_reader(child_readers.measure, b"12345").pages
    assert size == "5" and int(pid) != os.getpid()


def test_a_reader_that_takes_too_long_is_killed_in_time():
    started = time.monotonic()
    assert refusal(child_readers.read_slowly, timeout=1.5) == "took too long to read (more than 1.5 s): skipped"
    assert time.monotonic() - started < 10


def test_a_huge_file_is_handed_over_and_the_time_limit_still_holds():
    """The size limit is checked before reading (registry.py); past it, a 200 MB file still
    reaches the child, and the child is still stopped in time."""
    data = b"%PDF-1.7\n" + bytes(200 * 1024 * 1024)
    assert run_reader(child_readers.measure, data).pages[0] == str(len(data))
    started = time.monotonic()
    refusal(child_readers.read_slowly, data, timeout=3)
    assert time.monotonic() - started < 15


def test_a_refusal_comes_back_as_it_was_said():
    assert refusal(child_readers.refuse) == "this is not a file of that kind"


def test_a_bug_in_the_reader_is_one_line():
    message = refusal(child_readers.fail)
    assert message.startswith("cannot be read (ValueError: a parser's bug with a second line")
    assert len(message) < 260


@linux_only
def test_memory_past_the_limit_is_refused():
    assert refusal(child_readers.eat_memory, memory_mb=400) == "too large to read in memory"


def test_a_crash_or_an_early_exit_is_refused():
    assert refusal(child_readers.crash).startswith("the reader stopped unexpectedly (exit code -")
    assert refusal(child_readers.exit_early) == ("the reader stopped unexpectedly (exit code 3): "
                                                "the file may be damaged")


def test_a_reader_that_gives_something_else_is_refused():
    assert refusal(child_readers.give_nonsense) == ("cannot be read (TypeError: the reader gave dict, "
                                                    "not a ReadDocument)")


def _mutated(data: bytes, rng: random.Random) -> bytes:
    """A PDF damaged as files are: bytes flipped, a run zeroed, cut short, a piece repeated."""
    mutated = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        kind, at = rng.randrange(4), rng.randrange(len(mutated))
        if kind == 0:
            for i in rng.sample(range(len(mutated)), 20):
                mutated[i] = rng.randrange(256)
        elif kind == 1:
            mutated[at:at + rng.randint(1, 4000)] = bytes(rng.randint(1, 4000))
        elif kind == 2:
            del mutated[at:]
        else:
            mutated[at:at] = mutated[rng.randrange(len(mutated)):][:rng.randint(1, 5000)]
        if not mutated:
            mutated = bytearray(b"%PDF")
    return bytes(mutated)


def test_damaged_pdfs_are_read_or_refused_never_anything_else(report, scans):
    """About a hundred damaged copies of valid PDFs, four children at a time."""
    rng = random.Random(20261201)
    samples = [report.data, scans["tiiit"]]
    cases = [_mutated(samples[n % 2], rng) for n in range(100)]

    def outcome(data: bytes) -> str:
        try:
            document = run_reader(read_pdf, data, timeout=20)
        except UnreadableDocument as refused:
            assert "\n" not in str(refused)
            return "refused"
        assert isinstance(document, ReadDocument) and document.format == "pdf"
        return "read"

    started = time.monotonic()
    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(outcome, cases))
    assert set(outcomes) <= {"read", "refused"} and len(outcomes) == 100
    assert time.monotonic() - started < 240


# ---------------------------------------------------------------- stopped by the caller, or orphaned


def running(pid: int) -> bool:
    """Whether process ``pid`` runs (a zombie left for init to reap does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def gone_within(pids: list[int], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while any(map(running, pids)):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def pid_in(folder: Path, name: str = "child.pid") -> int | None:
    text = (folder / name).read_text() if (folder / name).exists() else ""
    return int(text) if text else None


def orphaned(folder: Path, reader: str, *setup: str, names=("child.pid",)) -> list[int]:
    """Start a process that reads with ``reader`` (reading_parent.py), wait until its child (and
    whatever the child starts) has written its process id into ``folder``, kill that process
    outright (SIGKILL): the ids of the processes it left."""
    parent = subprocess.Popen([sys.executable, "-m", "tests.ingest.readers.reading_parent", reader, str(folder),
                               *setup], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while any(pid_in(folder, name) is None for name in names):
            assert parent.poll() is None and time.monotonic() < deadline, "the reader never started"
            time.sleep(0.05)
    finally:
        parent.kill()
        parent.wait()
    return [pid_in(folder, name) for name in names]


def ended(pids: list[int], seconds: float = 10) -> bool:
    """Whether the processes ``pids`` end within ``seconds``; those that do not are killed."""
    try:
        return gone_within(pids, seconds)
    finally:
        for pid in filter(running, pids):
            os.kill(pid, signal.SIGKILL)


@linux_only
def test_a_reader_dies_with_its_parent_even_one_killed_outright(tmp_path):
    assert ended(orphaned(tmp_path, "spin"))


@linux_only
def test_without_the_death_signal_the_child_still_sees_its_parent_gone(tmp_path):
    """The thread that watches the parent, as on Windows and macOS (no death signal there)."""
    assert ended(orphaned(tmp_path, "spin", "without_death_signal"))


@linux_only
def test_tesseract_dies_with_the_reader_that_started_it(tmp_path):
    program = tmp_path / "tesseract"
    program.write_text(f"#!{sys.executable}\nimport os, pathlib, time\n"
                       f"pathlib.Path({str(tmp_path / 'tesseract.pid')!r}).write_text(str(os.getpid()))\n"
                       "time.sleep(600)\n")
    program.chmod(0o755)
    assert ended(orphaned(tmp_path, "spin_in_tesseract", names=("child.pid", "tesseract.pid")))


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no resource limits")
def test_the_child_has_a_processor_time_limit_and_on_linux_a_death_signal():
    soft, hard, death_signal = run_reader(child_readers.report_limits, b"", timeout=12.5).pages
    assert (int(soft), int(hard)) == (13 + CPU_MARGIN, 13 + CPU_MARGIN + 5)
    if sys.platform.startswith("linux"):
        assert int(death_signal) == signal.SIGKILL


@linux_only
def test_a_reading_the_caller_stops_ends_at_once_with_its_child(tmp_path):
    started = time.monotonic()
    with pytest.raises(ReadingStopped) as stopped:  # once the child is at work
        run_reader(child_readers.spin, str(tmp_path).encode(), timeout=60,
                   should_stop=lambda: pid_in(tmp_path) is not None)
    assert time.monotonic() - started < 10 and not running(pid_in(tmp_path))
    assert not isinstance(stopped.value, UnreadableDocument)  # not a file to skip: the import stops
    assert str(stopped.value) == "reading stopped"


class Cancelled(Exception):
    """What a caller's progress check raises."""


def test_what_should_stop_raises_goes_on_and_the_child_is_killed(tmp_path):
    def check() -> bool:
        if pid_in(tmp_path) is not None:
            raise Cancelled()
        return False

    started = time.monotonic()
    with pytest.raises(Cancelled):
        run_reader(child_readers.spin, str(tmp_path).encode(), timeout=60, should_stop=check)
    assert time.monotonic() - started < 10
    if sys.platform.startswith("linux"):
        assert not running(pid_in(tmp_path))


def test_a_reading_not_stopped_is_as_before():
    document = run_reader(child_readers.read_text, "ភ្នំពេញ".encode(), should_stop=lambda: False)
    assert document == ReadDocument("pdf", ("ភ្នំពេញ",), paged=True, notices=("told",))
    assert refusal(child_readers.read_slowly, timeout=1.5, should_stop=lambda: False) == (
        "took too long to read (more than 1.5 s): skipped")


def test_read_document_passes_should_stop_on(report, tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(report.data)
    with pytest.raises(ReadingStopped):
        read_document(path, should_stop=lambda: True)
    assert read_document(path, should_stop=lambda: False) == read_pdf(report.data)
