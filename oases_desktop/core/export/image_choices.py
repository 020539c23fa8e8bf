"""What an image export can draw, in which formats and how wide by default (no heavy imports:
the command line's --help reads it without loading ReportLab)."""

WHAT = ("timeline", "comparison", "milestones")
FORMATS = ("png", "svg")
SLIDE_WIDTH = 960.0     # points: a 16:9 slide is 13.33 x 7.5 in
