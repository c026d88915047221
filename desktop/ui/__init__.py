"""Qt widgets and models. Widgets never run SQL: they call desktop.store."""
