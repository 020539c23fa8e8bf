"""Qt item models adapting core objects for the views (checked with QAbstractItemModelTester)."""
