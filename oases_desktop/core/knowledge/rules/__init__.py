"""Eligibility rules, one module per route family; `eligibility.evaluate_routes` runs them all."""
