"""A living plan on screen: progress (actual dates, status date), baselines and "Changes since..."."""
