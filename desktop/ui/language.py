"""The interface language: which one (command line, settings, system), Qt's translators for it,
and the interface font at the size that language needs.

Ekasar's strings are compiled from resources/translations/*.ts into .qm files (make, the wheel and
the bundles do it; packaging/translations.py). Qt's own strings that Ekasar's windows show
(standard buttons, file dialogs, the text menus) are in ``qt_km``: PySide6 ships no Khmer
``qtbase`` file.
"""

import functools
import sys

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.paths import bundled_resources_dir
from desktop.ui.fonts import ui_font_for
from desktop.wording import use_translation

LANGUAGES = {"en": "English", "km": "ខ្មែរ"}  # each in its own script, as language menus show them
LANGUAGE_KEY = "interface/language"
ARABIC_DIGITS_KEY = "interface/arabicDigits"
QM_FILES = {"en": ("ekasar_en",), "km": ("ekasar_km", "qt_km")}
LOCALES = {"en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom),
           "km": QLocale(QLocale.Language.Khmer, QLocale.Country.Cambodia)}

_installed: list[QTranslator] = []
_applied: list[tuple[str, bool]] = [("en", False)]  # what apply_language was last asked for


def system_language() -> str:
    return "km" if QLocale.system().language() == QLocale.Language.Khmer else "en"


def chosen_language(settings: QSettings, requested: str | None = None) -> str:
    """``requested`` (``--lang``) if given, else the one chosen in View → Language, else the system's."""
    if requested in LANGUAGES:
        return requested
    stored = settings.value(LANGUAGE_KEY, "", str)
    return stored if stored in LANGUAGES else system_language()


def arabic_digits(settings: QSettings) -> bool:
    return settings.value(ARABIC_DIGITS_KEY, False, bool)


def remember(settings: QSettings, code: str | None = None, arabic: bool | None = None) -> None:
    if code is not None:
        settings.setValue(LANGUAGE_KEY, code)
    if arabic is not None:
        settings.setValue(ARABIC_DIGITS_KEY, arabic)
    settings.sync()


def applied_language() -> tuple[str, bool]:
    """The language and the Arabic-digits choice the interface was last set to."""
    return _applied[0]


def _translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)


def _remove_translators(app: QCoreApplication) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def apply_language(code: str, arabic: bool = False) -> bool:
    """Translate everything shown from now on into ``code``; return False when a translation
    file is missing (a source checkout not built with make): the interface stays English."""
    _applied[0] = (code, arabic)
    app = QCoreApplication.instance()
    code, complete = _load_translators(app, code)
    in_child = functools.partial(translate_in_child, code, arabic) if code != "en" else None
    use_translation(_translate, code, khmer_digits=not arabic, in_child=in_child)
    QLocale.setDefault(LOCALES[code])
    if isinstance(app, QApplication):
        app.setFont(ui_font_for(code))
    return complete


def translate_in_child(code: str, arabic: bool) -> None:
    """In a file reader's child process: the interface's translations, so its refusals and
    notices read as the window does (a core application only: no window, no fonts)."""
    app = QCoreApplication.instance() or QCoreApplication([])
    code, _ = _load_translators(app, code)
    use_translation(_translate, code, khmer_digits=not arabic)


def _load_translators(app: QCoreApplication, code: str) -> tuple[str, bool]:
    """Install ``code``'s translation files; the language in use (English if one is missing)."""
    _remove_translators(app)
    folder = bundled_resources_dir() / "translations"
    complete = True
    for name in QM_FILES[code]:
        translator = QTranslator(app)
        if translator.load(str(folder / f"{name}.qm")):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            complete = False
    if not complete:  # nothing half-translated: all of it English
        print(f"ekasar: the {LANGUAGES[code]} translation is missing from {folder}: run make", file=sys.stderr)
        _remove_translators(app)
        code = "en"
    return code, complete
