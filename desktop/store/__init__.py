"""Everything that talks SQL: schemas, building the archive, queries and search."""
