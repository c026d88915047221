"""Readers run in a child process with a time and memory limit: whatever the file does to the
reader, the import gets a ReadDocument or a one-line UnreadableDocument, and never waits long."""

import os
import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from desktop.ingest.readers.base import ReadDocument, UnreadableDocument
from desktop.ingest.readers.pdf import read_pdf
from desktop.ingest.readers.sandbox import run_reader
from tests.ingest.readers import child_readers

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the memory limit is Linux's")


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
