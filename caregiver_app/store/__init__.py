"""The care record store: opening, migrating and querying the SQLite file. No Qt here."""
