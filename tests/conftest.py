"""Test-wide set-up: no screen on CI, so Qt runs offscreen."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
