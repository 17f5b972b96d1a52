"""CSV and JSONL corpora with configurable field names, gz and zip (rasd.io.corpus)."""

from __future__ import annotations

import csv
import gzip
import io
import json
import zipfile
from pathlib import Path

import pytest

from rasd.io.corpus import csv_records, jsonl_records
from rasd.io.records import RawRecord, RecordFailure, RecordFields, RecordResult
from rasd.io.sources import iter_records

AMMAN = ("أعلنت الحكومة الأردنية في عمّان رفع أسعار المحروقات للشهر الثاني على التوالي، "
         "وسط انتقادات من نواب في البرلمان.")
MUSCAT = ("استضافت مسقط جولة جديدة من المحادثات غير المباشرة بين الطرفين، بحسب ما أفادت "
          "وزارة الخارجية العمانية في بيان.")
TRIPOLI = ('قال شهود عيان في طرابلس الليبية إن اشتباكات مسلحة اندلعت ليلا قرب المطار،\n'
           'وأضافوا أن "الهدوء عاد" صباحا.')

FIELDS = RecordFields.parse("text=body,title=headline,published=date,url=link,source=site")


def _csv_bytes(rows: list[list[str]], delimiter: str = ",") -> bytes:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


HEADER = ["id", "headline", "date", "link", "site", "body"]
ROWS = [
    HEADER,
    ["1", "رفع أسعار المحروقات", "2024-02-01", "https://a.example/1", "عمون", AMMAN],
    ["2", "محادثات مسقط", "2024-02-03", "", "", MUSCAT],
    ["3", "اشتباكات طرابلس", "2024-02-04 22:10:00", "https://c.example/3", "", TRIPOLI],
]


def _ok(results: list[RecordResult]) -> list[RawRecord]:
    assert all(isinstance(r, RawRecord) for r in results), results
    return [r for r in results if isinstance(r, RawRecord)]


def test_fields_parse() -> None:
    assert RecordFields(text="body", title="headline", published="date",
                                  url="link", source="site") == FIELDS
    assert RecordFields.parse("") == RecordFields()
    assert RecordFields.parse(" id = uid ,") == RecordFields(id="uid")
    for bad, message in [("body", "FIELD=NAME"), ("txt=body", "unknown field"),
                         ("text=a,text=b", "twice"), ("text=", "FIELD=NAME")]:
        with pytest.raises(ValueError, match=message):
            RecordFields.parse(bad)


def test_csv_rows_with_mapped_columns() -> None:
    results = _ok(list(csv_records(io.BytesIO(_csv_bytes(ROWS)), "c.csv", fields=FIELDS)))
    assert [r.text for r in results] == [AMMAN, MUSCAT, TRIPOLI]
    first, second, third = results
    assert (first.id, first.title, first.published, first.url, first.source) == (
        "1", "رفع أسعار المحروقات", "2024-02-01", "https://a.example/1", "عمون")
    assert (second.url, second.source) == (None, None)  # empty cells are absent
    # ``where`` is the line the row starts on; the quoted text of row 3 spans two lines.
    assert [r.where for r in results] == ["c.csv:2", "c.csv:3", "c.csv:4"]
    assert third.text == TRIPOLI


def test_csv_where_counts_multiline_rows() -> None:
    rows = [*ROWS, ["4", "", "", "", "", AMMAN]]
    results = _ok(list(csv_records(io.BytesIO(_csv_bytes(rows)), "c.csv", fields=FIELDS)))
    assert results[-1].where == "c.csv:6"  # row 3 took lines 4 and 5


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_csv_delimiter_is_sniffed_from_the_header(delimiter: str) -> None:
    data = b"\xef\xbb\xbf" + _csv_bytes(ROWS, delimiter)  # BOM as spreadsheets write it
    results = _ok(list(csv_records(io.BytesIO(data), "c.csv", fields=FIELDS)))
    assert [r.id for r in results] == ["1", "2", "3"]


def test_csv_failures() -> None:
    no_text = list(csv_records(io.BytesIO(_csv_bytes(ROWS)), "c.csv"))
    assert len(no_text) == 1 and isinstance(no_text[0], RecordFailure)
    assert "'text' column" in no_text[0].error.reason
    rows = [HEADER, ["1", "x"], ["2", "", "", "", "", "Only English words in this one"],
            ["3", "", "", "", "", MUSCAT]]
    results = list(csv_records(io.BytesIO(_csv_bytes(rows)), "c.csv", fields=FIELDS))
    assert [(r.where, r.error.code if isinstance(r, RecordFailure) else "ok")
            for r in results] == [("c.csv:2", "bad_record"), ("c.csv:3", "not_arabic"),
                                  ("c.csv:4", "ok")]
    [empty] = csv_records(io.BytesIO(b""), "e.csv")
    assert isinstance(empty, RecordFailure) and empty.error.code == "empty"
    [header_only] = csv_records(io.BytesIO(b"text\r\n"), "h.csv")
    assert isinstance(header_only, RecordFailure) and header_only.error.code == "empty"
    [latin] = csv_records(io.BytesIO(b"text\n" + MUSCAT.encode("cp1256")), "w.csv")
    assert isinstance(latin, RecordFailure) and latin.error.code == "encoding"


def test_csv_holds_pages_longer_than_the_csv_default_field_limit() -> None:
    long_text = " ".join([AMMAN] * 2000)  # ~200 kB: over csv's 128 KiB default
    data = _csv_bytes([["text"], [long_text]])
    [record] = _ok(list(csv_records(io.BytesIO(data), "long.csv")))
    assert record.text == long_text


def test_jsonl_with_mapped_fields() -> None:
    line = json.dumps({"body": MUSCAT, "headline": "مسقط", "date": "2024-02-03", "id": 7},
                      ensure_ascii=False)
    [record] = _ok(list(jsonl_records(io.BytesIO(line.encode()), "b.jsonl", fields=FIELDS)))
    assert (record.text, record.title, record.published, record.id) == (
        MUSCAT, "مسقط", "2024-02-03", "7")


def test_gzipped_csv_and_zipped_corpora_through_iter_records(tmp_path: Path) -> None:
    csv_gz = tmp_path / "export.csv.gz"
    csv_gz.write_bytes(gzip.compress(_csv_bytes(ROWS)))
    wheres = [r.where for r in _ok(list(iter_records([csv_gz], fields=FIELDS)))]
    assert wheres == [f"{csv_gz}:2", f"{csv_gz}:3", f"{csv_gz}:4"]

    archive = tmp_path / "corpus.zip"
    jsonl = "".join(json.dumps({"body": t}, ensure_ascii=False) + "\n" for t in (AMMAN, MUSCAT))
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("2024/feb.csv", _csv_bytes(ROWS))
        zf.writestr("2024/mar.jsonl.gz", gzip.compress(jsonl.encode()))
        zf.writestr("2024/page.txt", TRIPOLI)
        zf.writestr("2024/logo.png", b"\x89PNG\r\n\x1a\n")
        zf.writestr("__MACOSX/2024/._feb.csv", b"\x00\x05\x16\x07")
    results = _ok(list(iter_records([archive], fields=FIELDS)))
    assert [r.where for r in results] == [
        f"{archive}!2024/feb.csv:2", f"{archive}!2024/feb.csv:3", f"{archive}!2024/feb.csv:4",
        f"{archive}!2024/mar.jsonl.gz:1", f"{archive}!2024/mar.jsonl.gz:2",
        f"{archive}!2024/page.txt",
    ]
    assert results[-1].text == TRIPOLI


def test_broken_archives_fail_without_stopping(tmp_path: Path) -> None:
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress((json.dumps({"text": AMMAN}) + "\n").encode() * 50)[:60])
    bad_zip = tmp_path / "bad.zip"
    bad_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    page = tmp_path / "page.txt"
    page.write_text(MUSCAT, encoding="utf-8")
    results = list(iter_records([cut, bad_zip, page]))
    assert isinstance(results[-1], RawRecord) and results[-1].text == MUSCAT
    failures = [r for r in results if isinstance(r, RecordFailure)]
    assert {f.where for f in failures} == {str(cut), str(bad_zip)}
    assert all(f.error.code == "unreadable" for f in failures)


def test_nested_archives_beyond_the_limit_fail(tmp_path: Path) -> None:
    deep = tmp_path / "deep.gz"
    deep.write_bytes(gzip.compress(gzip.compress(gzip.compress(AMMAN.encode()))))
    [result] = iter_records([deep])
    assert isinstance(result, RecordFailure) and "nested" in result.error.reason
    two = tmp_path / "two.gz"
    two.write_bytes(gzip.compress(gzip.compress(AMMAN.encode())))
    [ok] = _ok(list(iter_records([two])))
    assert ok.text == AMMAN
