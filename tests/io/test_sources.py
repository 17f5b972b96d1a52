"""Files, directories, stdin and JSONL batches to records or failures."""

from __future__ import annotations

import builtins
import gzip
import io
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasd.io import sources
from rasd.io.sources import RawRecord, RecordFailure, RecordFields, RecordResult, iter_records

BAGHDAD = (
    "أعلنت وزارة الكهرباء العراقية، مساء السبت، عن خطة طارئة لتقليص ساعات انقطاع التيار في "
    "محافظات الجنوب خلال موجة الحر، وذلك بعد احتجاجات شهدتها مدينة البصرة."
)
RABAT = (
    "استقبل وزير الخارجية المغربي في الرباط نظيره السنغالي، وبحث الجانبان سبل تعزيز التعاون "
    "في مجالي الصيد البحري والطاقة المتجددة، بحسب بيان رسمي."
)
KHARTOUM = (
    "قالت مصادر طبية في الخرطوم إن قصفا مدفعيا استهدف سوقا شعبيا في أم درمان صباح الجمعة "
    "وأسفر عن سقوط عدد من الضحايا بين المدنيين."
)
DOHA_WITH_ENGLISH = (
    "نشرت وكالة Reuters تقريرا عن مفاوضات الدوحة، ونقلت عن مسؤول في وزارة الخارجية "
    "القطرية قوله إن الجولة المقبلة ستعقد الأسبوع القادم. المصدر: https://www.reuters.com/world"
)
LONDON_ENGLISH = (
    "Parliament debated the new energy bill late into the night, and ministers promised "
    "further consultation with regional councils before the final vote."
)


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _jsonl(*objects: object) -> str:
    return "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects)


def _one(paths: Sequence[str | os.PathLike[str]], **options: Any) -> RecordResult:
    results = list(iter_records(paths, **options))
    assert len(results) == 1, results
    return results[0]


def _failure(result: RecordResult, code: str) -> RecordFailure:
    assert isinstance(result, RecordFailure), result
    assert result.error.code == code, result.error
    return result


def _record(result: RecordResult) -> RawRecord:
    assert isinstance(result, RawRecord), result
    return result


def _code(result: RecordResult) -> str | None:
    """The failure's error code, ``None`` for a record."""
    return result.error.code if isinstance(result, RecordFailure) else None


# --- text files -------------------------------------------------------------------------


def test_text_file_becomes_one_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "baghdad.txt", BAGHDAD)
    record = _record(_one([str(path)]))
    assert record.where == str(path)
    assert record.text == BAGHDAD
    assert record.encoding == "utf-8"
    assert record.id is None and record.published is None


def test_pathlike_paths_are_accepted(tmp_path: Path) -> None:
    path = _write(tmp_path / "rabat.txt", RABAT)
    assert _record(_one([path])).text == RABAT


def test_utf8_bom_is_stripped_and_crlf_kept(tmp_path: Path) -> None:
    text = "عاجل\r\n" + BAGHDAD + "\r\n\r\n" + RABAT + "\r\n"
    path = _write(tmp_path / "crlf.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    record = _record(_one([str(path)]))
    assert record.text == text
    assert record.encoding == "utf-8-sig"


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n  "])
def test_empty_and_whitespace_only_files(tmp_path: Path, content: bytes) -> None:
    path = _write(tmp_path / "blank.txt", content)
    assert _failure(_one([str(path)]), "empty").where == str(path)


@pytest.mark.parametrize(
    ("content", "looks_like"),
    [(b"\x00\x00\x01 binary \x00 junk", "NUL"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG")],
)
def test_binary_files(tmp_path: Path, content: bytes, looks_like: str) -> None:
    path = _write(tmp_path / "page.txt", content)
    failure = _failure(_one([str(path)]), "binary")
    assert looks_like in str(failure.error)


def test_cp1256_file_is_decoded_right(tmp_path: Path) -> None:
    path = _write(tmp_path / "legacy.htm", KHARTOUM.encode("cp1256"))
    record = _record(_one([str(path)]))
    assert record.text == KHARTOUM
    assert record.encoding == "windows-1256"


def test_undecodable_file_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "garbled.txt", bytes(range(0x80, 0x100)) * 20)
    failure = _failure(_one([str(path)]), "encoding")
    assert failure.where == str(path)
    assert str(path) in str(failure.error)
    assert "offset 0" in str(failure.error)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(11 * 1024 * 1024)  # sparse NULs: reading it would say "binary" instead
    _failure(_one([str(path)]), "too_large")


def test_english_page_is_not_arabic(tmp_path: Path) -> None:
    path = _write(tmp_path / "london.txt", LONDON_ENGLISH)
    failure = _failure(_one([str(path)]), "not_arabic")
    assert "Arabic" in failure.error.reason
    assert _record(_one([str(path)], require_arabic=False)).text == LONDON_ENGLISH


def test_mostly_arabic_page_with_english_passes(tmp_path: Path) -> None:
    path = _write(tmp_path / "doha.txt", DOHA_WITH_ENGLISH)
    assert _record(_one([str(path)])).text == DOHA_WITH_ENGLISH


def test_missing_path_is_named_and_the_rest_still_read(tmp_path: Path) -> None:
    good = _write(tmp_path / "ok.txt", RABAT)
    missing = str(tmp_path / "nowhere" / "page.txt")
    results = list(iter_records([missing, str(good)]))
    failure = _failure(results[0], "missing")
    assert missing in str(failure.error)
    assert _record(results[1]).where == str(good)


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path / "locked.txt", RABAT)

    def deny(file: Any, *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied", str(file))
        return builtins.open(file, *args, **kwargs)

    # root reads through chmod 000, so deny at open() instead
    monkeypatch.setattr(sources, "open", deny, raising=False)
    failure = _failure(_one([str(path)]), "unreadable")
    assert "permission denied" in failure.error.reason
    assert isinstance(failure.error.__cause__, PermissionError)


# --- directories ------------------------------------------------------------------------


def test_directory_is_walked_in_sorted_order(tmp_path: Path) -> None:
    root = tmp_path / "crawl"
    for name in ["z.txt", "b.txt", "a.txt", "sub/c.txt", "sub/a.txt", "sub/deeper/x.html"]:
        _write(root / name, BAGHDAD + " " + name)
    _write(root / "batch.jsonl", _jsonl({"text": RABAT}, {"text": KHARTOUM}))
    _write(root / ".hidden.txt", BAGHDAD)
    _write(root / ".git" / "HEAD.txt", BAGHDAD)
    _write(root / "photo.PNG", b"\x89PNG\r\n\x1a\n")
    _write(root / "meta.json", '{"source": "test"}')
    wheres = [_record(r).where for r in iter_records([str(root)])]
    assert wheres == [
        os.path.join(str(root), rel) for rel in [
            "a.txt", "b.txt", "batch.jsonl:1", "batch.jsonl:2",
            "sub/a.txt", "sub/c.txt", "sub/deeper/x.html", "z.txt",
        ]
    ]


def test_directory_failures_come_in_place(tmp_path: Path) -> None:
    _write(tmp_path / "d" / "1.txt", RABAT)
    _write(tmp_path / "d" / "2.txt", b"")
    _write(tmp_path / "d" / "3.txt", KHARTOUM)
    results = list(iter_records([str(tmp_path / "d")]))
    assert [type(r).__name__ for r in results] == ["RawRecord", "RecordFailure", "RawRecord"]


def test_directory_without_pages_is_a_failure(tmp_path: Path) -> None:
    root = tmp_path / "images"
    _write(root / "a.jpg", b"\xff\xd8\xff\xe0")
    _write(root / ".DS_Store", b"\x00\x00\x00\x01Bud1")
    failure = _failure(_one([str(root)]), "empty")
    assert failure.where == str(root)
    assert "1 skipped by suffix, 1 hidden" in failure.error.reason


def test_directory_whose_pages_all_fail_says_so(tmp_path: Path) -> None:
    root = tmp_path / "bad"
    _write(root / "a.txt", b"")
    _write(root / "b.txt", LONDON_ENGLISH)
    results = list(iter_records([str(root)]))
    assert [_code(r) for r in results] == ["empty", "not_arabic", "empty"]
    assert "all 2 files failed" in _failure(results[-1], "empty").error.reason


def test_broken_symlink_and_fifo_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "odd"
    _write(root / "page.txt", RABAT)
    try:
        (root / "gone.txt").symlink_to(root / "deleted.txt")
        os.mkfifo(root / "pipe.txt")
    except (OSError, AttributeError, NotImplementedError):
        pytest.skip("no symlinks or FIFOs here")
    results = list(iter_records([str(root)]))
    assert [(Path(r.where).name, _code(r)) for r in results] == [
        ("gone.txt", "missing"), ("page.txt", None), ("pipe.txt", "unreadable")]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    root = tmp_path / "loop"
    _write(root / "a" / "page.txt", RABAT)
    try:
        (root / "a" / "back").symlink_to(root, target_is_directory=True)
    except OSError:
        pytest.skip("no symlinks here")
    assert [r.where for r in iter_records([str(root)])] == [str(root / "a" / "page.txt")]


# --- JSONL batches ----------------------------------------------------------------------


def test_jsonl_records_carry_their_metadata(tmp_path: Path) -> None:
    path = _write(tmp_path / "batch.jsonl", _jsonl(
        {"id": "iq-1", "text": BAGHDAD, "published": "2023-07-15 21:10", "url":
         "https://example.iq/a/1", "source": "example-iq", "title": "خطة طارئة للكهرباء"},
        {"id": 77, "text": RABAT, "url": "", "extra": [1, 2]},
    ))
    first, second = (_record(r) for r in iter_records([str(path)]))
    assert first == RawRecord(f"{path}:1", BAGHDAD, id="iq-1", published="2023-07-15 21:10",
                              url="https://example.iq/a/1", source="example-iq",
                              title="خطة طارئة للكهرباء", encoding="utf-8")
    assert (second.where, second.id, second.url, second.title) == (f"{path}:2", "77", None, None)


def test_malformed_jsonl_lines_fail_alone_and_in_order(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": BAGHDAD}, ensure_ascii=False),
        '{"id": "b", "text": "مقطوع',
        "[1, 2, 3]",
        json.dumps({"id": "c", "body": RABAT}, ensure_ascii=False),
        json.dumps({"id": "d", "text": 42}),
        json.dumps({"id": "e", "text": ""}),
        "",
        "   ",
        json.dumps({"id": "f", "text": KHARTOUM, "published": 1689454200}, ensure_ascii=False),
        json.dumps({"id": "g", "text": "   \n "}),
        json.dumps({"id": "h", "text": "مرحبا\u0000\u0000\u0000"}),
        "[" * 100_000,
        json.dumps({"id": "i", "text": LONDON_ENGLISH}),
        json.dumps({"id": "j", "text": RABAT}, ensure_ascii=False),
    ]
    path = _write(tmp_path / "mixed.jsonl", "\n".join(lines) + "\n")
    got = [(r.where.rsplit(":", 1)[1], _code(r) or _record(r).id)
           for r in iter_records([str(path)])]
    assert got == [
        ("1", "a"), ("2", "bad_record"), ("3", "bad_record"), ("4", "bad_record"),
        ("5", "bad_record"), ("6", "bad_record"), ("9", "bad_record"), ("10", "empty"),
        ("11", "binary"), ("12", "bad_record"), ("13", "not_arabic"), ("14", "j"),
    ]


def test_jsonl_failure_reasons_are_specific(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.ndjson", "\n".join([
        "{not json}", '"just a string"', '{"id": "x"}', '{"text": ["a"]}',
        json.dumps({"text": RABAT, "url": 5}, ensure_ascii=False),
    ]))
    reasons = [_failure(r, _code(r) or "").error.reason for r in iter_records([str(path)])]
    assert reasons[0].startswith("invalid JSON")
    assert reasons[1] == "expected a JSON object, got a string"
    assert reasons[2] == "no 'text' field"
    assert reasons[3] == "'text' must be a string, got an array"
    assert reasons[4] == "'url' must be a string, got a number"


def test_cp1256_line_in_jsonl_is_an_error_at_that_line(tmp_path: Path) -> None:
    good = json.dumps({"text": RABAT}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"text": KHARTOUM}, ensure_ascii=False).encode("cp1256")
    path = _write(tmp_path / "mixed.jsonl", good + b"\n" + legacy + b"\n" + good + b"\n")
    results = list(iter_records([str(path)]))
    assert isinstance(results[0], RawRecord) and isinstance(results[2], RawRecord)
    failure = _failure(results[1], "encoding")
    assert failure.where == f"{path}:2"
    assert "UTF-8" in failure.error.reason


def test_custom_field_names(tmp_path: Path) -> None:
    path = _write(tmp_path / "b.jsonl", _jsonl(
        {"doc_id": "q-9", "body": RABAT, "date": "1445-06-01", "headline": "زيارة"}))
    fields = RecordFields(id="doc_id", text="body", published="date", title="headline")
    record = _record(_one([str(path)], fields=fields))
    assert (record.id, record.text, record.published, record.title) == (
        "q-9", RABAT, "1445-06-01", "زيارة")


def test_jsonl_with_bom_and_crlf(tmp_path: Path) -> None:
    body = _jsonl({"text": RABAT}, {"text": BAGHDAD}).replace("\n", "\r\n")
    path = _write(tmp_path / "win.jsonl", b"\xef\xbb\xbf" + body.encode("utf-8"))
    assert [_record(r).text for r in iter_records([str(path)])] == [RABAT, BAGHDAD]


def test_blank_jsonl_file_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path / "blank.jsonl", "\n  \n\r\n")
    assert _failure(_one([str(path)]), "empty").where == str(path)


def test_gzipped_jsonl_is_read_through(tmp_path: Path) -> None:
    path = _write(tmp_path / "batch.jsonl", gzip.compress(_jsonl({"text": RABAT}).encode()))
    record = _record(_one([str(path)]))
    assert (record.where, record.text) == (f"{path}:1", RABAT)


def test_overlong_jsonl_line_fails_and_the_next_line_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as f:  # written in 1 MiB chunks, never held whole
        f.write(b'{"text": "')
        for _ in range(11):
            f.write("خبر ".encode() * (1024 * 1024 // 7))
        f.write(b'"}\n')
        f.write(json.dumps({"text": RABAT}, ensure_ascii=False).encode() + b"\n")
    results = list(iter_records([str(path)]))
    assert _failure(results[0], "too_large").where == f"{path}:1"
    assert _record(results[1]).where == f"{path}:2"


def test_input_format_overrides_the_suffix(tmp_path: Path) -> None:
    jsonl_as_txt = _write(tmp_path / "batch.txt", _jsonl({"text": RABAT}, {"text": BAGHDAD}))
    assert len(list(iter_records([str(jsonl_as_txt)], input_format="jsonl"))) == 2
    page = _write(tmp_path / "page.jsonl", KHARTOUM)
    assert _record(_one([str(page)], input_format="text")).text == KHARTOUM


def test_unknown_input_format_is_a_programming_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="input_format"):
        list(iter_records([str(tmp_path)], input_format="parquet"))  # type: ignore[arg-type]


# --- stdin ------------------------------------------------------------------------------


def test_stdin_text_page() -> None:
    stdin = io.BytesIO(KHARTOUM.encode("cp1256"))
    record = _record(_one(["-"], stdin=stdin))
    assert (record.where, record.text, record.encoding) == ("<stdin>", KHARTOUM, "windows-1256")


def test_stdin_jsonl_batch() -> None:
    stdin = io.BytesIO((_jsonl({"id": "1", "text": RABAT}) + "oops\n" +
                        _jsonl({"id": "3", "text": BAGHDAD})).encode("utf-8"))
    results = list(iter_records(["-"], stdin=stdin, input_format="jsonl"))
    assert [r.where for r in results] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
    assert [type(r) for r in results] == [RawRecord, RecordFailure, RawRecord]


def test_empty_stdin() -> None:
    assert _failure(_one(["-"], stdin=io.BytesIO(b"")), "empty").where == "<stdin>"


@settings(max_examples=150)
@given(st.lists(st.one_of(
    st.binary(max_size=200),
    st.text(max_size=200).map(str.encode),
    st.builds(lambda t, i: json.dumps({"id": i, "text": t}, ensure_ascii=False).encode(),
              st.text(max_size=100), st.one_of(st.integers(), st.text(max_size=5),
                                               st.none(), st.booleans())),
), max_size=8))
def test_any_jsonl_stream_yields_only_records_and_failures(lines: list[bytes]) -> None:
    stdin = io.BytesIO(b"\n".join(lines))
    seen_lines: list[int] = []
    for result in iter_records(["-"], stdin=stdin, input_format="jsonl"):
        assert isinstance(result, RawRecord | RecordFailure)
        if result.where != "<stdin>":
            seen_lines.append(int(result.where.removeprefix("<stdin>:")))
        if isinstance(result, RawRecord):
            assert result.text.strip()
    assert seen_lines == sorted(set(seen_lines))
