GO = "go"
OUT = "out"
CITY = "city-dropdown"
