"""The Today tab: the doses of the day, as-needed limits, refills and whom to call."""
