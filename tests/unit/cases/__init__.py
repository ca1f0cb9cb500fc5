"""Small Dash projects, each a faulty form of a gotcha or its correct twin, one module per rule
(kit.py says how a case is written)."""

from . import (dash001, dash002, dash003, dash004, dash005, dash006, dash007, dash008, dash009, dash010, dash011, dash012,
               dash013, dash014, dash015, dash016, dash017, dash018, dash019, dash020, whole_projects)

CASES = [case for module in (dash001, dash002, dash003, dash004, dash005, dash006, dash007, dash008, dash009,
                              dash010, dash011, dash012, dash013, dash014, dash015, dash016,
                              dash017, dash018, dash019, dash020, whole_projects)
         for case in module.CASES]
