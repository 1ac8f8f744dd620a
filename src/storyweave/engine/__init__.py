"""Engines run the per-article analysis at scale: `local` (processes on one machine);
a Ray engine for clusters will sit beside it with the same `analyze` method."""
