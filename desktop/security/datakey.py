"""The notebook's data key while it is unlocked: one object, wiped in place when locking."""

from desktop.errors import EkasarError
from desktop.security.kdf import wipe
from desktop.wording import say


class NotebookLocked(EkasarError, RuntimeError):
    def __init__(self) -> None:
        super().__init__(say("Notebook", "the notebook is locked"))


class DataKey:
    """A 32-byte SQLCipher key. Every connection to the notebook takes it from here, so
    wiping it (on lock) leaves no thread able to open the notebook again."""

    def __init__(self, raw: bytearray) -> None:
        self._raw = raw

    @property
    def wiped(self) -> bool:
        return not any(self._raw)

    def sqlcipher_key(self) -> str:
        """The raw-key literal SQLCipher takes (``x'…'``): no second key derivation."""
        if self.wiped:
            raise NotebookLocked()
        return f"x'{self._raw.hex()}'"

    def wipe(self) -> None:
        wipe(self._raw)
