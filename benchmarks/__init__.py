"""Care Companion's performance harness: a heavy ten-year record and the budgets it must meet.

Run ``python -m benchmarks`` from the repository root; see docs/benchmarks.md.
"""
