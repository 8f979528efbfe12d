"""Keeping the ledger safe: the lock, the door check, the seal, backups, health and forgetting.

Layered without loops (the safekeeping-layers contract): check/backup_purge, forget, door,
backup, health and lock, seal and leftovers (docs/ARCHITECTURE.md §Safekeeping).
"""
