"""The reader hears the platform say the screen locked or the computer is going to sleep: real
D-Bus signals, sent with dbus-send on a private bus started for each test."""

import shutil
import subprocess
from itertools import count

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from desktop.ui.screen_lock_watcher import (
    GOING_TO_SLEEP,
    SCREEN_LOCKED,
    SESSION_LOCKED,
    ScreenLockWatcher,
)

DBUS_DAEMON = shutil.which("dbus-daemon")
DBUS_SEND = shutil.which("dbus-send")
_names = count()


@pytest.fixture
def private_bus():
    """A throwaway dbus-daemon: its address and a Qt connection to it."""
    if not DBUS_DAEMON or not DBUS_SEND:
        pytest.fail("the screen-lock tests need dbus-daemon and dbus-send: apt-get install dbus-daemon dbus-bin "
                    "(make test installs them as root)", pytrace=False)
    # stderr is dropped: the daemon grumbles when it may not raise its file limit.
    daemon = subprocess.Popen([DBUS_DAEMON, "--session", "--print-address", "--nofork"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    name = f"ekasar-test-bus-{next(_names)}"
    try:
        address = daemon.stdout.readline().strip()
        if not address:
            pytest.fail("dbus-daemon did not start a session bus", pytrace=False)
        bus = QDBusConnection.connectToBus(address, name)
        assert bus.isConnected(), bus.lastError().message()
        yield address, bus
    finally:
        QDBusConnection.disconnectFromBus(name)
        daemon.terminate()
        daemon.wait(timeout=5)
        daemon.stdout.close()


@pytest.fixture
def watcher(private_bus):
    """A watcher listening on the private bus as both its session and its system bus."""
    _, bus = private_bus
    watcher = ScreenLockWatcher(session=bus, system=bus)
    # Qt sends its match rules without waiting; a round trip makes sure the daemon has them
    # before the test sends anything.
    reply = bus.call(QDBusMessage.createMethodCall(
        "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus", "GetId"))
    assert reply.type() == QDBusMessage.MessageType.ReplyMessage
    yield watcher
    watcher.deleteLater()


def send(address: str, path: str, signal: str, *args: str) -> None:
    subprocess.run([DBUS_SEND, f"--bus={address}", "--type=signal", path, signal, *args],
                   check=True, timeout=5)


SIGNALS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged", ["boolean:true"], SCREEN_LOCKED),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged", ["boolean:true"], SCREEN_LOCKED),
    ("/org/cinnamon/ScreenSaver", "org.cinnamon.ScreenSaver.ActiveChanged", ["boolean:true"], SCREEN_LOCKED),
    ("/org/mate/ScreenSaver", "org.mate.ScreenSaver.ActiveChanged", ["boolean:true"], SCREEN_LOCKED),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep", ["boolean:true"], GOING_TO_SLEEP),
    ("/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock", [], SESSION_LOCKED),
    ("/org/freedesktop/login1/session/c2", "org.freedesktop.login1.Session.Lock", [], SESSION_LOCKED),
]


def test_watches_every_source(watcher):
    assert watcher.watching() == [
        "session: org.freedesktop.ScreenSaver.ActiveChanged",
        "session: org.gnome.ScreenSaver.ActiveChanged",
        "session: org.cinnamon.ScreenSaver.ActiveChanged",
        "session: org.mate.ScreenSaver.ActiveChanged",
        "system: org.freedesktop.login1.Manager.PrepareForSleep",
        "system: org.freedesktop.login1.Session.Lock",
    ]


@pytest.mark.parametrize("path, signal, args, reason", SIGNALS, ids=[s[1] + s[0][-3:] for s in SIGNALS])
def test_platform_lock_signals_lock_the_reader(qtbot, private_bus, watcher, path, signal, args, reason):
    address, _ = private_bus
    with qtbot.waitSignal(watcher.locking, timeout=5000) as blocker:
        send(address, path, signal, *args)
    assert blocker.args == [reason]


@pytest.mark.parametrize("path, signal", [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep"),
])
def test_unlocking_and_waking_do_not_lock(qtbot, private_bus, watcher, path, signal):
    address, _ = private_bus
    heard = []
    watcher.locking.connect(heard.append)
    # The bus keeps order, so once a later lock arrives the false one has been handled too.
    send(address, path, signal, "boolean:false")
    send(address, "/org/freedesktop/login1/session/_31", "org.freedesktop.login1.Session.Lock")
    qtbot.waitUntil(lambda: SESSION_LOCKED in heard, timeout=5000)
    assert heard == [SESSION_LOCKED]


def test_other_signals_are_ignored(qtbot, private_bus, watcher):
    address, _ = private_bus
    with qtbot.assertNotEmitted(watcher.locking, wait=200):
        send(address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.WakeUpScreen")
        send(address, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Unlock")


def test_without_buses_watches_nothing_silently(qtbot, capfd, qtlog):
    watcher = ScreenLockWatcher(session=QDBusConnection("never-connected"),
                                system=QDBusConnection.connectToBus("unix:path=/nonexistent", "no-bus"))
    QDBusConnection.disconnectFromBus("no-bus")
    assert watcher.watching() == []
    assert capfd.readouterr() == ("", "")
    assert [record.message for record in qtlog.records] == []


def test_default_buses_missing_is_silent(qtbot, capfd, qtlog, monkeypatch, tmp_path):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    watcher = ScreenLockWatcher()
    assert all(source.startswith("system: ") for source in watcher.watching())
    assert capfd.readouterr() == ("", "")
    assert [record.message for record in qtlog.records] == []
