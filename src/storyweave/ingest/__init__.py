"""storyweave.ingest: inputs to Articles, and which of them are copies.

- `read.read_inputs(inputs, outlet=, published=, max_bytes=, stdin=)`: files, directories
  and "-" to `Article | Skipped | Failed` (`base`), one reader per format in `formats/`
  (txt + sidecar, html, json/jsonl, rss/atom, warc); never raises on bad input.
- `language.detect_language(text)`: ISO 639-1 code (py3langid).
- `dedupe.Deduplicator`: exact and near-duplicate detection (MinHash LSH).
- helpers: `decode` (bytes to text, or why not), `dates` (ISO 8601), `ids`, `records`
  (metadata + text to Article), `htmltext` (trafilatura, HTML fragments), `sniff` (stdin).
"""
