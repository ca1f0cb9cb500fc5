"""A small, fixed weather data set so the example runs offline."""

CITIES = ["Montréal", "Lisbon", "Nairobi", "Osaka"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CELSIUS = {
    "Montréal": [-10, -8, -2, 6, 13, 19, 21, 20, 15, 8, 2, -6],
    "Lisbon": [11, 12, 14, 15, 18, 21, 23, 23, 22, 18, 14, 12],
    "Nairobi": [19, 20, 20, 19, 18, 17, 16, 16, 18, 19, 19, 19],
    "Osaka": [6, 6, 9, 15, 20, 23, 27, 29, 25, 19, 13, 8],
}


def temperatures(city: str, units: str) -> list[float]:
    values = CELSIUS.get(city, [])
    if units == "F":
        return [round(v * 9 / 5 + 32, 1) for v in values]
    return list(values)
