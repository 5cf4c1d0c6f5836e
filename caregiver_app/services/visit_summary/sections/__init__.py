"""The visit summary's sections as ReportLab flowables, one module per section."""
