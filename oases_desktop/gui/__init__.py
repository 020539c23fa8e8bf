"""The Qt layer: presents and edits core objects, never owns rules."""

from oases_desktop.gui.pyside_refcount import immortalise_bools

immortalise_bools()  # PySide6 6.12 drops a reference to True on every emit; see that module
