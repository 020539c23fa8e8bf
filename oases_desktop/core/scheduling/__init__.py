"""Turns a scenario into dated steps: calendars, regulator clocks, cadence gates, float, uncertainty.

Modules (import the one you need; this package imports nothing heavy on its own):
Every entry point takes `calendars=` (required, keyword): `calendars_for(library)` of the
reference library in use, so the calendar notices of the user's layer count everywhere.
- engine: compute_schedule(scenario, today=None, *, calendars, explain=True) -> Schedule, attach_percentiles.
- targets: latest_dates(scenario, milestone_step_id, target_date, today=None, *, calendars) for backward
  planning; plan_targets(...) gives each target's latest dates, margins and probability.
- montecarlo: simulate(scenario, runs=DEFAULT_RUNS, seed=DEFAULT_SEED, distribution="pert", today=None, *, calendars)
  -> SimulatedMilestones {milestone step id: MilestonePercentiles} (a key held by one step also works),
  cached per plan revision; runs: the forward pass over all runs at once (NumPy), used by montecarlo.
- compare: compare_scenarios(plan, baseline, today=None, *, calendars) -> ScenarioComparison; compare_schedules
  for schedules already computed (the PDF's comparison is the same one).
- explain: explain_chain(schedule, step_id), the "why this date" chain.
- calendars: HK / CN / MO working-day calendars, CalendarSet, calendars_for(library), data_as_of().
- result: the plain dataclasses returned (Schedule, ScheduledStep, MilestoneDate, Explanation).
"""
