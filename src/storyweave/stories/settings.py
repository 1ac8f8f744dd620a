"""The clustering thresholds a user may set, and how a store keeps them.

Two numbers decide how coarse stories are: `threshold` (an article joins a story at this
score; `ClusterConfig.threshold`) and `link_threshold` (the merge pass joins two stories at
this average score; `ClusterConfig.link_threshold`). The defaults were tuned on the dev
sets (MultiLing 2011, WikiRef220), whose stories are whole topics; a dense feed of one domain
(a month of one election) reads better with stricter values (README, "Stories"). A store
keeps the values it was clustered with, so that later `analyze` runs and `recluster` go on
with them.
"""

from __future__ import annotations

import json
from dataclasses import replace

from storyweave.stories.cluster import ClusterConfig

SETTINGS_SNAPSHOT = "cluster_settings"
TUNABLE = ("threshold", "link_threshold")


class BadSetting(ValueError):
    pass


def config_with(threshold: float | None = None, link_threshold: float | None = None,
                base: ClusterConfig | None = None) -> ClusterConfig:
    """`base` (the defaults) with the given thresholds; each must lie in (0, 1)."""
    cfg = base or ClusterConfig()
    for name, value in (("threshold", threshold), ("link_threshold", link_threshold)):
        if value is not None and not 0.0 < value < 1.0:
            raise BadSetting(f"{name} must be between 0 and 1 (exclusive), not {value}")
    if threshold is not None:
        cfg = replace(cfg, threshold=threshold)
    if link_threshold is not None:
        cfg = replace(cfg, link_threshold=link_threshold)
    return cfg


def dump_settings(cfg: ClusterConfig) -> bytes:
    return json.dumps({name: getattr(cfg, name) for name in TUNABLE}, sort_keys=True).encode()


def load_settings(data: bytes | None) -> ClusterConfig:
    """The config a store saved (`dump_settings`); the defaults for a store that saved none."""
    if not data:
        return ClusterConfig()
    try:
        values = json.loads(data.decode())
        return config_with(values.get("threshold"), values.get("link_threshold"))
    except (ValueError, AttributeError) as exc:
        raise BadSetting(f"the store's saved clustering settings are unreadable: {exc}") from exc
