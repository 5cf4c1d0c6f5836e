"""The symptom diary: alerts, CSV files in and out, and the trend chart."""
