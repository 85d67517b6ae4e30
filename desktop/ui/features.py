"""The feature areas the main window composes. A new area adds one factory here."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui.context import AppContext, Feature

# Each entry builds a Feature for the running app; app.py calls them in order.
FEATURE_FACTORIES: list[Callable[[AppContext], Feature]] = []

from desktop.ui.backup_actions import BackupFeature  # noqa: E402
from desktop.ui.help.feature import HelpFeature  # noqa: E402
from desktop.ui.settings_feature import SettingsFeature  # noqa: E402

FEATURE_FACTORIES += [SettingsFeature, BackupFeature, HelpFeature]

from desktop.ui.printing.feature import PrintingFeature  # noqa: E402

FEATURE_FACTORIES.append(PrintingFeature)

from desktop.ui.replies.feature import RepliesFeature  # noqa: E402

FEATURE_FACTORIES.append(RepliesFeature)

from desktop.ui.evidence.feature import EvidenceFeature  # noqa: E402

FEATURE_FACTORIES.append(EvidenceFeature)
