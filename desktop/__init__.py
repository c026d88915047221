"""Ekasar (ឯកសារ, "document"): an offline archive reader for human-rights documents."""

__version__ = "0.1.0"
APP_NAME = "Ekasar"
