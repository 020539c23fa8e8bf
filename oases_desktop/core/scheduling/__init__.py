"""Turns a scenario into dated steps: calendars, regulator clocks, cadence gates, float, uncertainty."""
