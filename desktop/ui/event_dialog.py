"""The dialog that asks for an event's title and date (adding or editing one on the timeline)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from desktop.store.timeline import EventError, check_date
from desktop.wording import say


class EventDialog(QDialog):
    """Title and date of an event; the date as precise as the source allows."""

    def __init__(self, parent, title: str = "", date: str = "", end_date: str = "", heading: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(heading or say("EventDialog", "Event"))
        self.setObjectName("eventDialog")
        self.title = QLineEdit(title)
        self.title.setAccessibleName(say("EventDialog", "Event title"))
        self.date = QLineEdit(date)
        self.date.setAccessibleName(say("EventDialog", "Date"))
        self.date.setPlaceholderText(say("EventDialog", "YYYY, YYYY-MM or YYYY-MM-DD"))
        self.end_date = QLineEdit(end_date)
        self.end_date.setAccessibleName(say("EventDialog", "End date"))
        self.end_date.setPlaceholderText(say("EventDialog", "optional, for a period"))
        self.error = QLabel()
        self.error.setObjectName("eventDialogError")
        self.error.setStyleSheet("color: #c0392b")
        form = QFormLayout(self)
        form.addRow(say("EventDialog", "Title"), self.title)
        form.addRow(say("EventDialog", "Date"), self.date)
        form.addRow(say("EventDialog", "Until"), self.end_date)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _check(self) -> None:
        try:
            check_date(self.date.text())
            check_date(self.end_date.text(), "end date")
        except EventError as error:
            self.error.setText(str(error))
            return
        if not self.title.text().strip():
            self.error.setText(say("EventDialog", "an event needs a title"))
            return
        self.accept()

    def values(self) -> tuple[str, str | None, str | None]:
        return self.title.text().strip(), self.date.text().strip() or None, self.end_date.text().strip() or None
