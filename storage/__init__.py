"""The encrypted store: keys, SQLCipher connection, migrations, search, interchange. No Qt."""
