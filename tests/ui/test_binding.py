import sys

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument


def test_qt_binding_keeps_reference_counts_straight(qapp):
    """Some PySide6 releases release None on every void call; on Python 3.11
    that crashes the app after a few thousand calls."""
    document = QTextDocument()
    cursor = QTextCursor(document)
    block = QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(2000):
        cursor.insertText("x")
        cursor.setPosition(0)
        block.setBottomMargin(3)
    assert abs(sys.getrefcount(None) - before) < 100
