"""The search panel (Ctrl+K): results as you type, searched off the UI thread."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QStackedWidget, QTreeView, QVBoxLayout, QWidget

from desktop.services.library import Library
from desktop.services.notices import DOCUMENTS
from desktop.store.search import Hit, Results
from desktop.ui.jobs import BackgroundSearch
from desktop.ui.models.search_results import HitRole, SearchResultDelegate, SearchResultsModel
from desktop.ui.search_hits import BackgroundHits
from desktop.wording import say, say_n

DEBOUNCE_MS = 200
RESULT_LIMIT = 50


def help_text() -> str:
    """What the results area shows before anything is typed: our own fixed HTML."""
    return say(
        "SearchPanel",
        "<p><b>Search every document</b>, in English and Khmer.</p>"
        "<ul>"
        "<li><b>eviction</b> also finds evictions, evicted</li>"
        "<li><b>\"Prey Sar\"</b> finds the exact phrase</li>"
        "<li><b>Sochua -Battambang</b> leaves out a word</li>"
        "<li><b>Lowell OR Battambang</b> either word</li>"
        "<li><b>evict*</b> words beginning with evict</li>"
        "<li><b>ខេមរា</b> Khmer words, even inside text without spaces</li>"
        "</ul><p>Enter opens the selected result at the hit.</p>"
    )


def _page(name: str, text_format: Qt.TextFormat, text: str = "") -> QLabel:
    """A wrapped, top-aligned label filling the results area (help or a message)."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setTextFormat(text_format)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    label.setMargin(8)
    return label


class SearchPanel(QWidget):
    """Emits ``hit_chosen(hit)`` when a result or one of its hits is opened."""

    hit_chosen = Signal(object)
    results_shown = Signal(int)  # how many documents matched the latest query
    spans_found = Signal(dict)  # document id → every hit's (start, end), for the documents shown

    def __init__(self, service: BackgroundSearch, library: Library | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        self.service = service
        # Finds every hit of the documents shown (none without a library to read them from).
        self.hits = BackgroundHits(library, self) if library is not None else None
        self.pending = 0  # sequence number of the request whose results we want
        self._shown = 0  # sequence number of the results on screen
        self._hits_pending = 0
        self._queries: dict[int, str] = {}  # what each pending request searched for
        self._open_when_ready = False

        self.field = QLineEdit()
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(say("SearchPanel", "Search all documents (Ctrl+K)"))
        self.field.setAccessibleName(say("SearchPanel", "Search all documents"))
        self.field.setClearButtonEnabled(True)

        self.model = SearchResultsModel(self)
        self.results = QTreeView()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(say("SearchPanel", "Search results"))
        self.results.setModel(self.model)
        self.results.setItemDelegate(SearchResultDelegate(self.results))
        self.results.setHeaderHidden(True)
        self.results.setIndentation(14)
        self.results.setExpandsOnDoubleClick(False)  # a double click opens the hit
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.activated.connect(self._open)
        self.results.clicked.connect(self._open)

        self.help = _page("searchHelp", Qt.TextFormat.RichText, help_text())  # our own fixed text only
        self.message = _page("searchMessage", Qt.TextFormat.PlainText)  # shows what the user typed

        self.stack = QStackedWidget()
        for widget in (self.help, self.results, self.message):
            self.stack.addWidget(widget)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.stack)

        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._enter)
        self.service.finished.connect(self._show)
        self.service.failed.connect(self._failed)
        if self.hits is not None:
            self.hits.done.connect(self._found)
        self.status.hide()

    def on_notice(self, notice) -> None:
        """Documents were imported, edited or removed: the results shown are searched again."""
        if notice.kind == DOCUMENTS and self.field.text().strip():
            self.run_search()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        query = self.field.text().strip()
        if not query:
            self.pending = 0
            self.model.set_hits([])
            self.status.hide()
            self.stack.setCurrentWidget(self.help)
            return
        self.status.setText(say("SearchPanel", "Searching…"))
        self.status.show()
        self.pending = self.service.request(query, RESULT_LIMIT)
        self._queries = {self.pending: query}

    def _show(self, sequence: int, results: Results) -> None:
        if sequence != self.pending:
            return  # an older query, since replaced
        self._shown = sequence
        self.model.set_hits(results.hits)
        self._find_every_hit(self._queries.get(sequence, ""), results)
        if results.hits:
            total = results.total
            if results.estimated:  # counted in a sample of the archive (store/counting.py)
                self.status.setText(say_n("SearchPanel", "About {count} documents match", "", total))
            else:
                self.status.setText(say_n("SearchPanel", "{count} documents match", "", total))
            self.stack.setCurrentWidget(self.results)
            self.results.setCurrentIndex(self.model.index(0))
        else:
            self.status.setText(say("SearchPanel", "No matches"))
            self.message.setText(say(
                "SearchPanel",
                "No document contains “{query}”.\n\n"
                "Try fewer words, a word's beginning with *, or a Khmer word of three characters or more."
            ).format(query=self.field.text().strip()))
            self.stack.setCurrentWidget(self.message)
        self.results_shown.emit(results.total)
        if self._open_when_ready:
            self._open_when_ready = False
            self._open(self.results.currentIndex())

    def _find_every_hit(self, query: str, results: Results) -> None:
        """Every hit of the documents shown, found off the UI thread; they appear under each."""
        self._hits_pending = 0
        if self.hits is not None and query and results.hits:
            self._hits_pending = self.hits.request(query, [(hit.document, hit.source) for hit in results.hits])

    def _found(self, sequence: int, found: dict) -> None:
        if sequence != self._hits_pending:
            return  # for results since replaced
        self.model.set_found(found)
        self.spans_found.emit({doc_id: every.spans for (doc_id, _source), every in found.items()})

    def spans_for(self, hit: Hit) -> list[tuple[int, int]] | None:
        """Every hit in ``hit``'s document (reading-text offsets); None while they are being found."""
        return self.model.spans_for(hit.document, hit.source)

    def shutdown(self) -> None:
        """No more searches (the window closes): the ones under way are cancelled."""
        self.service.shutdown()
        if self.hits is not None:
            self.hits.shutdown()

    def _failed(self, sequence: int, message: str) -> None:
        if sequence == self.pending:
            self._shown = sequence
            self._open_when_ready = False
            self.status.setText(say("SearchPanel", "Search failed"))
            self.message.setText(say("SearchPanel", "The search could not be run: {error}").format(error=message))
            self.stack.setCurrentWidget(self.message)

    def _enter(self) -> None:
        """Open the selected result, or the best one as soon as it arrives."""
        if self._timer.isActive():
            self.run_search()
        if self._waiting:
            self._open_when_ready = True
        else:
            self._open(self.results.currentIndex())

    @property
    def _waiting(self) -> bool:
        return bool(self.pending) and self._shown != self.pending

    def _open(self, index: QModelIndex) -> None:
        hit: Hit | None = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            self.hit_chosen.emit(hit)
