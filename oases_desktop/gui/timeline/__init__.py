"""Timeline (Gantt) view: a QGraphicsScene mirroring the shared timeline layout of the computed schedule."""
