"""read_inputs on each format, metadata precedence, directory walks, stdin, stable ids."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from storyweave.ingest.base import Failed, Skipped
from storyweave.ingest.ids import normalise_url, url_id
from storyweave.ingest.read import read_inputs
from storyweave.model import Article

FIX = Path(__file__).resolve().parent / "fixtures" / "ingest"


def articles(results: list) -> list[Article]:
    return [r for r in results if isinstance(r, Article)]


def read(*inputs: object, **kw: object) -> list:
    return list(read_inputs([str(i) for i in inputs], **kw))  # type: ignore[arg-type]


# --- formats -------------------------------------------------------------------------


def test_txt_is_whole_file_as_read_with_newline_empty(tmp_path: Path) -> None:
    raw = "First line.\r\nSecond line keeps its CRLF.\n\nCaf\u00e9 at the end."
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    (article,) = read(path)
    with open(path, encoding="utf-8", newline="") as fh:
        assert article.text == fh.read() == raw
    assert article.source == str(path)
    assert article.published is None and article.outlet is None
    assert article.id.startswith("sha1-") and len(article.id) == len("sha1-") + 16


def test_txt_with_sidecar() -> None:
    (article,) = read(FIX / "harbour_fire.txt")
    assert article.outlet == "Northbay Courier"
    assert article.published == "2024-05-14"
    assert article.title == "Night-long blaze guts waterfront grain store"
    assert article.url == "https://northbay-courier.example/news/harbour-fire"
    assert article.id == url_id(article.url)
    assert article.language == "en"
    assert article.text.startswith("Fire crews spent the night")


def test_sidecar_wins_over_flags_and_flags_fill_gaps(tmp_path: Path) -> None:
    shutil.copy(FIX / "harbour_fire.txt", tmp_path / "a.txt")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Sidecar Outlet"}))
    (article,) = read(tmp_path / "a.txt", outlet="Flag Outlet", published="2024-05-15")
    assert article.outlet == "Sidecar Outlet"  # the input's own metadata wins
    assert article.published == "2024-05-15"  # the flag fills what the input lacks


def test_sidecar_explicit_id_wins(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A short fictional report about a village fair.")
    (tmp_path / "a.json").write_text(json.dumps({"id": "fair-1", "url": "https://x.example/fair"}))
    (article,) = read(tmp_path / "a.txt")
    assert article.id == "fair-1"


def test_html_page() -> None:
    (article,) = read(FIX / "library_reopens.html")
    assert article.outlet == "Valemouth Herald"
    assert article.title == "Restored library reopens after two-year refit"
    assert article.url == "https://valemouth-herald.example/local/library-reopens"
    assert article.published == "2023-10-02T09:30:00+01:00"
    assert article.text.startswith("Valemouth's central library reopened")  # headline not repeated
    assert "Ms Quist told the crowd" in article.text
    assert "tracking" not in article.text and "Advertise" not in article.text and "Sport" not in article.text


def test_json_list_and_item_sources() -> None:
    first, second = read(FIX / "wire_batch.json")
    assert first.id == "wire-001" and first.source == f"{FIX / 'wire_batch.json'}#1"
    assert first.published == "2022-11-08T07:15:00+00:00"
    assert first.text.startswith("A ferry service") and "\n\n" in first.text
    assert second.source.endswith("#2") and second.published == "2022-10-23"
    assert second.id.startswith("sha1-")


def test_json_single_object(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"text": "The ferry returned to port.", "outlet": "Quay Daily"}))
    (article,) = read(path)
    assert article.source == str(path) and article.outlet == "Quay Daily"


def test_jsonl_bad_line_fails_alone() -> None:
    results = read(FIX / "wire_lines.jsonl", outlet="Flag Outlet")
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "Article", "Failed", "Article"]
    bad = results[2]
    path = FIX / "wire_lines.jsonl"
    assert bad.source == f"{path}#3" and f"{path}:3" in bad.reason and "column" in bad.reason
    a, b, _, d = results
    assert (a.id, a.outlet, a.published) == ("line-a", "Inland Gazette", "2021-06-01")
    assert (b.id, b.outlet) == ("line-b", "Flag Outlet")
    assert d.id == "line-d" and d.source == f"{path}#5"  # line numbers, blank line counted


def test_rss_feed() -> None:
    results = read(FIX / "coast_news.rss")
    first, second, third = results
    assert first.outlet == "Southcliff Evening Post"
    assert first.title == "Lifeboat crew rescues two kayakers off Gull Point"
    assert first.published == "2024-08-09T18:40:00+01:00"
    # content:encoded is used over the one-line description, HTML stripped, paragraphs kept
    assert first.text.startswith("Two kayakers were rescued off Gull Point on Friday afternoon")
    assert "\u201cThey did the right thing" in first.text and "<p>" not in first.text
    assert "\n\n" in first.text
    # the id ignores tracking parameters of the link
    assert first.id == url_id("https://southcliff-post.example/news/lifeboat-rescue")
    assert second.text.startswith("Repairs to the storm-damaged pier") and second.published == "2024-08-08T10:00:00+00:00"
    assert isinstance(third, Skipped) and third.source.endswith("#3")


def test_atom_feed() -> None:
    (article,) = read(FIX / "valley_updates.atom")
    assert article.outlet == "Ashdown Valley Times"
    assert article.url == "https://ashdown-times.example/2025/02/pass-closed"
    assert article.published == "2025-02-03T08:20:00+01:00"
    assert article.text.startswith("The Kestrel Pass stayed closed") and "Road crews" in article.text


def write_warc(path: Path, records: list[tuple[str, str, bytes, str]], gzip: bool = True) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gzip)
        for url, ctype, body, status in records:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers))


PAGE_URL = "https://valemouth-herald.example/local/library-reopens"


def crawl_records() -> list[tuple[str, str, bytes, str]]:
    page = (FIX / "library_reopens.html").read_bytes()
    return [
        (PAGE_URL, "text/html; charset=utf-8", page, "200 OK"),
        ("https://valemouth-herald.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n", "200 OK"),
        ("https://valemouth-herald.example/old", "text/html", b"", "301 Moved Permanently"),
    ]


@pytest.mark.parametrize("name,gzip", [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_warc(tmp_path: Path, name: str, gzip: bool) -> None:
    path = tmp_path / name
    write_warc(path, crawl_records(), gzip=gzip)
    page, image, redirect = read(path)
    assert isinstance(page, Article)
    assert page.url == PAGE_URL and page.id == url_id(PAGE_URL) and page.source == f"{path}#1"
    assert "Ms Quist told the crowd" in page.text and page.outlet == "Valemouth Herald"
    assert isinstance(image, Skipped) and "image/png" in image.reason
    assert isinstance(redirect, Skipped) and "301" in redirect.reason


# --- directory walks -------------------------------------------------------------------


def test_directory_walk_sorted_recursive_with_skips(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("The council met on Monday to set the budget.")
    (tmp_path / "a.json").write_text(json.dumps({"outlet": "Ridge Post"}))  # sidecar
    (tmp_path / "b" / "c.txt").write_text("A new bakery opened on the corner of Mill Lane.")
    (tmp_path / "b" / "notes.md").write_text("# not an article")
    (tmp_path / "expected.json").write_text(json.dumps({"stories": [["a.txt"]]}))  # JSON without text
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("never read")
    results = read(tmp_path)
    summary = [(type(r).__name__, Path(r.source).relative_to(tmp_path).as_posix()) for r in results]
    assert summary == [
        ("Skipped", ".hidden"),
        ("Skipped", "a.json"),
        ("Article", "a.txt"),
        ("Article", "b/c.txt"),
        ("Skipped", "b/notes.md"),
        ("Skipped", "expected.json"),
    ]
    reasons = {Path(r.source).name: r.reason for r in results if isinstance(r, Skipped)}
    assert "sidecar" in reasons["a.json"]
    assert "unknown extension" in reasons["notes.md"]
    assert "text" in reasons["expected.json"]
    assert results[2].outlet == "Ridge Post"


def test_explicit_unknown_extension_fails(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04")
    (result,) = read(path)
    assert isinstance(result, Failed) and "unknown extension '.docx'" in result.reason


def test_missing_path_fails_and_batch_goes_on(tmp_path: Path) -> None:
    results = read(tmp_path / "nope.txt", FIX / "bridge_vote.txt")
    assert isinstance(results[0], Failed) and "no such file" in results[0].reason
    assert isinstance(results[1], Article)


# --- stdin -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,expected",
    [
        ("bridge_vote.txt", 1),
        ("library_reopens.html", 1),
        ("wire_batch.json", 2),
        ("wire_lines.jsonl", 3),
        ("coast_news.rss", 2),
        ("valley_updates.atom", 1),
    ],
)
def test_stdin_sniffs_format(name: str, expected: int) -> None:
    data = (FIX / name).read_bytes()
    results = read("-", stdin=io.BytesIO(data), outlet="Stdin Outlet")
    found = articles(results)
    assert len(found) == expected
    assert all(a.source.split("#")[0] == "-" for a in found)
    if name == "bridge_vote.txt":
        assert found[0].text == data.decode("utf-8") and found[0].outlet == "Stdin Outlet"
    if name == "library_reopens.html":
        assert found[0].outlet == "Valemouth Herald"


def test_stdin_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, crawl_records())
    found = articles(read("-", stdin=io.BytesIO(path.read_bytes())))
    assert [a.url for a in found] == [PAGE_URL]


def test_stdin_prose_in_brackets_is_text() -> None:
    (article,) = read("-", stdin=io.BytesIO(b"[Updated 10:40] The road has reopened after the crash."))
    assert article.text.startswith("[Updated 10:40]")


# --- ids -------------------------------------------------------------------------------


def test_ids_stable_across_runs_and_locations(tmp_path: Path) -> None:
    first = [a.id for a in articles(read(FIX))]
    copy = tmp_path / "copy"
    shutil.copytree(FIX, copy)
    second = [a.id for a in articles(read(copy))]
    assert first == second
    assert len(set(first)) == len(first)


def test_url_normalisation() -> None:
    assert normalise_url("HTTPS://Example.COM:443/a/b/?utm_source=x&z=1&a=2#top") == "https://example.com/a/b?a=2&z=1"
    assert url_id("https://example.com/a/b?a=2&z=1") == url_id("https://example.com/a/b/?z=1&a=2&utm_medium=rss")
    assert url_id("https://example.com/a") != url_id("https://example.com/b")


def test_content_id_ignores_whitespace_only_changes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rain closed   the market.\n")
    (tmp_path / "b.txt").write_text("Rain closed the market.")
    a, b = read(tmp_path / "a.txt", tmp_path / "b.txt")
    assert a.id == b.id


# --- language --------------------------------------------------------------------------


def test_language_is_set() -> None:
    found = {Path(a.source).name: a.language for a in articles(read(FIX / "french_note.txt", FIX / "german_note.txt", FIX / "bridge_vote.txt"))}
    assert found == {"french_note.txt": "fr", "german_note.txt": "de", "bridge_vote.txt": "en"}


# --- the seeds -------------------------------------------------------------------------


def test_seeds_directory(seeds_dir: Path) -> None:
    results = read(seeds_dir, published="2017-03-23")
    found = articles(results)
    assert len(found) == 2
    assert [Path(a.source).name for a in found] == ["000_ea48e7c8a54165cb.txt", "002_24f6b6ab46ce106f.txt"]
    assert all(a.published == "2017-03-23" and a.language == "en" for a in found)
    assert found[0].outlet == "Surrey Comet" and found[1].outlet is None
    skipped = {Path(r.source).name for r in results if isinstance(r, Skipped)}
    assert skipped == {"gold.json", "000_ea48e7c8a54165cb.json", "002_24f6b6ab46ce106f.json"}
    assert not [r for r in results if isinstance(r, Failed)]
    for article in found:
        with open(article.source, encoding="utf-8", newline="") as fh:
            assert article.text == fh.read()


def test_json_unix_time_published(tmp_path: Path) -> None:
    path = tmp_path / "stamped.jsonl"
    path.write_text(json.dumps({"text": "The dam was inspected.", "published": 1490263200}) + "\n")
    (article,) = read(path)
    assert article.published == "2017-03-23T10:00:00+00:00"


def test_html_in_declared_legacy_charset(tmp_path: Path) -> None:
    page = (FIX / "library_reopens.html").read_text(encoding="utf-8")
    page = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">')
    page = page.replace("Valemouth's central library", "Valemouth's caf\u00e9-library")
    path = tmp_path / "legacy.html"
    path.write_bytes(page.encode("iso-8859-1"))
    (article,) = read(path)
    assert isinstance(article, Article) and "caf\u00e9-library" in article.text


# -- --encoding: legacy inputs that are not UTF-8 ------------------------------------------

LEGACY = "The caf\u00e9\u2019s owner said the \u201cbudget\u201d was \u00a34,000 short.\n"


def test_encoding_decodes_legacy_text(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(LEGACY.encode("cp1252"))
    [article] = list(read_inputs([str(path)], encoding="cp1252"))
    assert isinstance(article, Article)
    assert article.text == LEGACY


def test_encoding_never_overrides_valid_utf8(tmp_path: Path) -> None:
    # UTF-8 bytes also decode as cp1252 (as mojibake): UTF-8 must still win
    path = tmp_path / "modern.txt"
    path.write_bytes(LEGACY.encode("utf-8"))
    [article] = list(read_inputs([str(path)], encoding="cp1252"))
    assert article.text == LEGACY


def test_encoding_is_fallback_for_html_without_charset(tmp_path: Path) -> None:
    body = "<p>" + LEGACY.strip() + " The council meets again on Tuesday to vote on it.</p>"
    page = f"<html><head><title>Caf\u00e9 budget</title></head><body><article>{body * 3}</article></body></html>"
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    [failed] = list(read_inputs([str(path)]))
    assert isinstance(failed, Failed) and "--encoding cp1252" in failed.reason
    [article] = list(read_inputs([str(path)], encoding="cp1252"))
    assert isinstance(article, Article) and "caf\u00e9\u2019s owner" in article.text


def test_unknown_encoding_is_one_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(LEGACY, encoding="utf-8")
    [failed] = list(read_inputs([str(path)], encoding="no-such-codec"))
    assert isinstance(failed, Failed) and failed.source == "--encoding"
    assert "unknown encoding 'no-such-codec'" in failed.reason


def test_bytes_invalid_in_the_given_encoding_name_the_offset(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    data = b"Plain start \xff\xfe then more"  # invalid UTF-8 and invalid ASCII
    path.write_bytes(data)
    [failed] = list(read_inputs([str(path)], encoding="ascii"))
    assert isinstance(failed, Failed)
    offset = data.index(b"\xff")
    assert failed.reason.startswith(f"invalid ascii at byte offset {offset}")


# --- --input-format ---------------------------------------------------------------------


def test_input_format_reads_every_file_as_one_format_with_its_sidecar(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "A0001.english").write_text("Harbour reopens\n\nThe harbour at Lentry reopened on Monday.", encoding="utf-8")
    (corpus / "A0001.json").write_text(json.dumps({"outlet": "Lentry Post", "published": "2031-05-02"}),
                                       encoding="utf-8")
    (corpus / "A0002").write_text("Ferry fares rise by a fifth from June.", encoding="utf-8")
    assert not articles(read(corpus))  # by extension: nothing is an article
    results = read(corpus, input_format="txt")
    got = {a.text.split()[0]: a for a in articles(results)}
    assert set(got) == {"Harbour", "Ferry"}
    assert (got["Harbour"].outlet, got["Harbour"].published) == ("Lentry Post", "2031-05-02")
    skipped = [r for r in results if isinstance(r, Skipped)]
    assert [Path(r.source).name for r in skipped] == ["A0001.json"] and "sidecar of" in skipped[0].reason


def test_input_format_json_reads_files_of_any_name(tmp_path: Path) -> None:
    path = tmp_path / "feed.dump"
    path.write_text(json.dumps({"id": "x1", "text": "The bridge closed for repairs."}), encoding="utf-8")
    (article,) = articles(read(path, input_format="json"))
    assert article.id == "x1"


def test_unknown_input_format_is_one_clear_failure(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some text.", encoding="utf-8")
    (result,) = read(path, input_format="docx")
    assert isinstance(result, Failed) and result.source == "--input-format" and "'docx'" in result.reason
