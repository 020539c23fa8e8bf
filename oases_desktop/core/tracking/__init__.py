"""A living plan: baselines (what the client was shown), progress, and why dates moved since."""
