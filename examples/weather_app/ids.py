"""Component ids, shared by the layout and the callbacks."""

CITY = "city-dropdown"
UNITS = "units-radio"
GRAPH = "temperature-graph"
SUMMARY = "summary"
REFRESH = "refresh-button"
