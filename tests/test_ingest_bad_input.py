"""Every kind of bad input is one Failed with a clear reason; the batch goes on; nothing raises."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyweave.ingest.base import Failed, Skipped
from storyweave.ingest.read import READERS, read_inputs
from storyweave.model import Article

FIX = Path(__file__).resolve().parent / "fixtures" / "ingest"
GOOD = FIX / "bridge_vote.txt"


def read_one_then_good(path: Path, **kw: object) -> Failed:
    """Read a bad file followed by a good one: the bad one fails, the good one still comes."""
    results = list(read_inputs([str(path), str(GOOD)], **kw))  # type: ignore[arg-type]
    assert isinstance(results[-1], Article), results
    bad = results[:-1]
    assert len(bad) == 1, bad
    assert isinstance(bad[0], Failed), bad
    assert "\n" not in bad[0].reason
    return bad[0]


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_one_then_good(path).reason == "empty file"


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_bytes(b" \n\t\n")
    assert "empty" in read_one_then_good(path).reason


def test_binary_file_with_nul_bytes(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    reason = read_one_then_good(path).reason
    assert "binary" in reason and "offset 8" in reason


def test_binary_file_mostly_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(1, 32)) * 10 + b"some words")
    assert "binary" in read_one_then_good(path).reason


def test_invalid_utf8_names_byte_offset(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 owners met the mayor. ".encode("utf-8") + "Na\u00efve".encode("latin-1"))
    reason = read_one_then_good(path).reason
    offset = len("Caf\u00e9 owners met the mayor. Na".encode("utf-8"))
    assert reason.startswith(f"invalid UTF-8 at byte offset {offset}")
    assert "Windows-1252" in reason  # the usual cause, named with the fix


def test_file_over_size_cap(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"word " * 400)
    reason = read_one_then_good(path, max_bytes=1500).reason
    assert "2000 bytes" in reason and "1500 bytes" in reason and "cap" in reason


def test_malformed_html_without_text(tmp_path: Path) -> None:
    path = tmp_path / "shell.html"
    path.write_bytes(b"<html><head><script>var a=1;</script></head><body><div></div></body></html>")
    assert "no extractable" in read_one_then_good(path).reason


def test_malformed_json_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"text": "The pier reopened.",\n  "outlet": }')
    reason = read_one_then_good(path).reason
    assert reason.startswith("malformed JSON at line 2 column 13")


def test_json_text_of_wrong_type(tmp_path: Path) -> None:
    path = tmp_path / "wrong.json"
    path.write_text(json.dumps({"text": ["not", "a", "string"]}))
    assert "'text' must be a string" in read_one_then_good(path).reason


def test_malformed_jsonl_line_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    path.write_text('{"text": "Line one is fine."}\n{"text": oops}\n{"text": "Line three is fine."}\n')
    results = list(read_inputs([str(path)]))
    assert [type(r).__name__ for r in results] == ["Article", "Failed", "Article"]
    assert f"{path}:2" in results[1].reason


def test_malformed_feed(tmp_path: Path) -> None:
    path = tmp_path / "broken.rss"
    path.write_bytes(b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut off</title><item><title')
    assert read_one_then_good(path).reason.startswith("malformed feed")


def test_rss_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "config.rss"
    path.write_bytes(b'<?xml version="1.0"?><config><value>1</value></config>')
    assert "not an RSS or Atom feed" in read_one_then_good(path).reason


def test_xml_that_is_not_a_feed_is_skipped_in_a_walk(tmp_path: Path) -> None:
    (tmp_path / "settings.xml").write_bytes(b'<?xml version="1.0"?><config><value>1</value></config>')
    (result,) = read_inputs([str(tmp_path)])
    assert isinstance(result, Skipped)


def make_warc(tmp_path: Path) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
    body = (FIX / "library_reopens.html").read_bytes()
    writer.write_record(writer.create_warc_record("https://x.example/a", "response", payload=io.BytesIO(body), http_headers=headers))
    return buf.getvalue()


def test_truncated_warc(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(make_warc(tmp_path)[:-300])
    assert "truncated WARC" in read_one_then_good(path).reason


def test_not_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is a plain note, not an archive\n" * 3)
    assert read_one_then_good(path).reason.startswith("malformed WARC")


def test_unparseable_date_names_the_value(tmp_path: Path) -> None:
    path = tmp_path / "dated.json"
    path.write_text(json.dumps({"text": "The bridge reopened.", "published": "sometime next week"}))
    assert read_one_then_good(path).reason == "unparseable date 'sometime next week'"


def test_unparseable_date_in_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The bridge reopened.")
    (tmp_path / "a.json").write_text(json.dumps({"published": "32/13/2020"}))
    assert "'32/13/2020'" in read_one_then_good(tmp_path / "a.txt").reason


def test_malformed_sidecar(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("The bridge reopened.")
    (tmp_path / "a.json").write_text("{outlet: nope")
    reason = read_one_then_good(tmp_path / "a.txt").reason
    assert "sidecar" in reason and "line 1 column 2" in reason


def test_missing_date_is_not_a_failure(tmp_path: Path) -> None:
    path = tmp_path / "undated.json"
    path.write_text(json.dumps({"text": "The bridge reopened."}))
    (article,) = read_inputs([str(path)])
    assert isinstance(article, Article) and article.published is None


def test_bad_published_flag() -> None:
    (result,) = read_inputs([str(GOOD)], published="not-a-date")
    assert isinstance(result, Failed) and result.source == "--published" and "'not-a-date'" in result.reason


def test_empty_stdin() -> None:
    (result,) = read_inputs(["-"], stdin=io.BytesIO(b""))
    assert isinstance(result, Failed) and result.source == "-"


EXTENSIONS = sorted(READERS)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=600), ext=st.sampled_from(EXTENSIONS))
def test_random_bytes_never_raise(tmp_path: Path, data: bytes, ext: str) -> None:
    path = tmp_path / f"random{ext}"
    path.write_bytes(data)
    results = list(read_inputs([str(path), "-"], stdin=io.BytesIO(data), max_bytes=4096))
    assert results
    assert all(isinstance(r, (Article, Skipped, Failed)) for r in results)
    assert all(isinstance(r.text, str) and r.text.strip() for r in results if isinstance(r, Article))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    prefix=st.sampled_from([b"", b"{", b"[", b"<rss>", b"<html><body><p>", b"WARC/1.0\r\n", b"\x1f\x8b"]),
    data=st.binary(max_size=400),
    ext=st.sampled_from(EXTENSIONS),
)
def test_random_bytes_with_format_prefixes_never_raise(tmp_path: Path, prefix: bytes, data: bytes, ext: str) -> None:
    # the prefixes push the bytes past the first checks, into each parser
    path = tmp_path / f"random{ext}"
    path.write_bytes(prefix + data)
    results = list(read_inputs([str(path), "-"], stdin=io.BytesIO(prefix + data)))
    assert results and all(isinstance(r, (Article, Skipped, Failed)) for r in results)


@pytest.mark.parametrize("ext", EXTENSIONS)
def test_each_format_reports_empty_file(tmp_path: Path, ext: str) -> None:
    path = tmp_path / f"empty{ext}"
    path.write_bytes(b"")
    assert "empty" in read_one_then_good(path).reason


def test_utf16_text_is_named(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes("The ferry sailed at noon.".encode("utf-16"))
    assert read_one_then_good(path).reason.startswith("UTF-16 text")
