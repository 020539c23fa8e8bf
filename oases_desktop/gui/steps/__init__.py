"""Step table: a Qt model over the active scenario steps, its filter proxy and the panel."""
