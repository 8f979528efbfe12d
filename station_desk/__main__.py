"""Allow ``python -m station_desk``."""

from station_desk.cli import main

raise SystemExit(main())
