"""Read an MS Project XML file with MPXJ (Java, through JPype) and print what it holds as JSON.

Run as a separate process by test_mspdi.py, so the JVM never starts inside the test process:
    python mpxj_read.py FILE.xml
"""

import json
import sys

import jpype
import mpxj  # noqa: F401  (puts MPXJ's jars on the class path)


def main(path: str) -> None:
    jpype.startJVM()
    from org.mpxj.reader import UniversalProjectReader

    project = UniversalProjectReader().read(path)
    fields = {str(f.getAlias()): f.getFieldType() for f in project.getCustomFields() if f.getAlias()}
    tasks = []
    for task in project.getTasks():
        if task.getUniqueID() is None or task.getName() is None:
            continue
        links = []
        for relation in task.getPredecessors():
            lag = relation.getLag()
            links.append({"predecessor": int(relation.getPredecessorTask().getUniqueID()),
                          "type": str(relation.getType()), "lag": float(lag.getDuration()),
                          "lag_units": str(lag.getUnits())})
        custom = {alias: (str(task.getCachedValue(field)) if task.getCachedValue(field) is not None else None)
                  for alias, field in fields.items()}
        calendar = task.getCalendar()
        tasks.append({"uid": int(task.getUniqueID()), "name": str(task.getName()),
                      "summary": bool(task.getSummary()), "milestone": bool(task.getMilestone()),
                      "start": str(task.getStart()), "finish": str(task.getFinish()),
                      "duration": float(task.getDuration().getDuration()) if task.getDuration() else None,
                      "duration_units": str(task.getDuration().getUnits()) if task.getDuration() else None,
                      "calendar": str(calendar.getName()) if calendar is not None else None,
                      "constraint": str(task.getConstraintType()) if task.getConstraintType() else None,
                      "constraint_date": str(task.getConstraintDate()) if task.getConstraintDate() else None,
                      "links": links, "custom": custom,
                      "actual_start": str(task.getActualStart()) if task.getActualStart() else None,
                      "actual_finish": str(task.getActualFinish()) if task.getActualFinish() else None,
                      "baseline_start": str(task.getBaselineStart()) if task.getBaselineStart() else None,
                      "baseline_finish": str(task.getBaselineFinish()) if task.getBaselineFinish() else None,
                      "notes": str(task.getNotes()) if task.getNotes() else ""})
    calendars = []
    for calendar in project.getCalendars():
        exceptions = [{"from": str(e.getFromDate()), "to": str(e.getToDate()), "working": bool(e.getWorking()),
                       "name": str(e.getName()) if e.getName() else ""}
                      for e in calendar.getCalendarExceptions()]
        calendars.append({"name": str(calendar.getName()), "exceptions": exceptions})
    print(json.dumps({"tasks": tasks, "calendars": calendars}))


if __name__ == "__main__":
    main(sys.argv[1])
