"""The shipped reference library and its calendars, for tests that schedule without a database."""

from oases_desktop.core.knowledge import load_library
from oases_desktop.core.scheduling.calendars import calendars_for

LIBRARY = load_library()
CALENDARS = calendars_for(LIBRARY)
