"""storyweave.brief: cited multi-document briefs, timelines and story reports.

Public API (import from the modules): `summarize.summarize`, `timeline.build_timeline`,
`report.build_report` (also in `render`), `render.render`, `render.render_brief`.
"""
