"""The desk: PySide6 widgets over the read side and the services (Qt lives only here)."""
