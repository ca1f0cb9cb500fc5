"""Ground truth from Dash itself: each case of tests/dash_cases run under real Dash in Chromium."""
