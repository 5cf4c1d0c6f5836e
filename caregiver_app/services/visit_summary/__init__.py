"""The visit summary: what it says, its wording, its sections and the PDF."""
