"""Killing a child process at a random moment, but only once it has shown it is at work."""

import random
import signal
import subprocess
import threading
import time


def kill_after_first_line(child: subprocess.Popen, rng: random.Random, low: float, high: float,
                          start_within: float = 60) -> str:
    """Wait for the child's first line of output (however slow the machine is to start it), sleep
    a random time between ``low`` and ``high`` seconds, SIGKILL it, and return all it printed."""
    watchdog = threading.Timer(start_within, child.kill)
    watchdog.start()
    first = child.stdout.readline()
    watchdog.cancel()
    if isinstance(first, bytes):
        first = first.decode()
    assert first, f"the child printed nothing within {start_within:.0f} s"
    time.sleep(rng.uniform(low, high))
    child.send_signal(signal.SIGKILL)
    rest, _ = child.communicate(timeout=30)
    return first + (rest.decode() if isinstance(rest, bytes) else rest)
