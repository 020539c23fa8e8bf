"""The Qt layer: presents and edits core objects, never owns rules."""
