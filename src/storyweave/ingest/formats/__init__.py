"""One reader per input format; each yields Article | Skipped | Failed and never raises on bad input."""
