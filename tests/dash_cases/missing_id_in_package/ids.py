GO = "go"
OUT = "out"
CITY = "city-dropdown"
UNITS = "units-radio"
