"""The ledger's shape: the models, the engine's settings, opening a ledger and its migrations."""
