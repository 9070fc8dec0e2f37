"""The PySide6 desktop UI: thin widgets over the store, sync, crypto and signing cores."""
