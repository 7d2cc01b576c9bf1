"""Compressed dumps and archives of dumps: read without unpacking, nothing lost, bad ones refused."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tarfile
import zipfile

import pytest

from newsparse import InputError, Parser, parse_many, to_dict
from newsparse.archives import archive_members, is_archive, read_archive
from newsparse.cli import main
from newsparse.reading import decompress, read_dump

from .conftest import SEED_000, SEED_004, need

NO_AUTOLOAD = ["--no-autoload"]
COMPRESSORS = {"gzip": gzip.compress, "bzip2": bz2.compress, "xz": lzma.compress}


@pytest.fixture(scope="module")
def parser():
    return Parser(autoload=False)


@pytest.fixture(scope="module")
def seed() -> bytes:
    return need(SEED_000).read_bytes()


@pytest.mark.parametrize("kind", COMPRESSORS)
def test_a_compressed_dump_parses_as_the_plain_one(parser, seed, kind):
    plain = parser.parse(seed, name="a")
    packed = parser.parse(COMPRESSORS[kind](seed), name="a")
    assert packed.text == plain.text
    assert not packed.problems
    assert to_dict(packed) == to_dict(plain)
    assert [q.content.text for q in packed.quotes] == [q.content.text for q in plain.quotes]


def test_a_compressed_file_is_known_by_its_bytes_not_its_name(parser, seed, tmp_path):
    path = tmp_path / "dump.txt"  # gzip data under a plain name
    path.write_bytes(gzip.compress(seed))
    assert parser.parse(path).text == seed.decode("utf-8")


def test_a_truncated_gzip_keeps_what_it_holds_and_says_so(parser, seed):
    cut = gzip.compress(seed)[: len(gzip.compress(seed)) // 2]
    article = parser.parse(cut)
    assert 0 < len(article.text) < len(seed)
    assert seed.decode("utf-8").startswith(article.text)
    [problem] = article.problems
    assert problem.kind == "decoding"
    assert "ends early" in problem.message and f"{len(article.text.encode()):,} bytes" in problem.message


def test_a_stream_cut_before_any_text_is_an_input_error(seed):
    with pytest.raises(InputError, match="cut short"):
        read_dump(gzip.compress(seed)[:12])


def test_corrupt_compressed_data_is_an_input_error(seed):
    data = bytearray(gzip.compress(seed))
    data[40:60] = b"\xff" * 20
    with pytest.raises(InputError, match="corrupt"):
        read_dump(bytes(data), name="x.gz")


def test_a_small_file_that_inflates_past_the_limit_is_refused_early():
    bomb = gzip.compress(b"\n" * 5_000_000)  # 5 MB of line breaks in about 5 KB
    assert len(bomb) < 10_000
    with pytest.raises(InputError, match="decompresses to over the limit of 1,000,000 bytes"):
        Parser(autoload=False, max_size=1_000_000).parse(bomb)


def test_streams_one_after_another_are_all_read_and_junk_after_them_is_reported():
    assert decompress(gzip.compress(b"Storm ") + gzip.compress(b"hits coast")) == (b"Storm hits coast", [])
    assert decompress(bz2.compress(b"a") + b"\0" * 10) == (b"a", [])  # padding
    data, [problem] = decompress(gzip.compress(b"Storm hits coast") + b"<html>")
    assert data == b"Storm hits coast"
    assert problem.kind == "decoding" and "6 bytes after the end of the gzip stream" in problem.message


def test_text_that_merely_starts_like_a_format_is_left_alone():
    assert decompress(b"BZh9 is a model number") == (b"BZh9 is a model number", [])


# --------------------------------------------------------------------------- archives


@pytest.fixture
def dumps(seed):
    """Members of an archive: two seeds (one gzip'd), a note, a hidden file, a folder."""
    return {
        "day1/a.txt": seed,
        "day1/b.txt.gz": gzip.compress(need(SEED_004).read_bytes()),
        "day1/notes.md": b"not a dump",
        "day1/.hidden.txt": b"skipped",
    }


def make_tar(path, members, mode="w:gz"):
    with tarfile.open(path, mode) as tar:
        folder = tarfile.TarInfo("day1")
        folder.type = tarfile.DIRTYPE
        tar.addfile(folder)
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def make_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("day1/", b"")
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr("__MACOSX/day1/._a.txt", b"\0\5\x16\7")
    return path


MAKERS = {
    "d.tar.gz": make_tar,
    "d.tar": lambda path, members: make_tar(path, members, mode="w"),
    "d.tar.xz": lambda path, members: make_tar(path, members, mode="w:xz"),
    "d.zip": make_zip,
}


@pytest.mark.parametrize("name", MAKERS)
def test_an_archive_yields_its_dumps_by_name_in_order(tmp_path, dumps, name):
    path = str(tmp_path / name)
    MAKERS[name](path, dumps)
    assert is_archive(path)
    got = list(read_archive(path))
    assert [n for n, _ in got] == [f"{path}/day1/a.txt", f"{path}/day1/b.txt.gz"]
    assert got[0][1] == dumps["day1/a.txt"]
    assert list(archive_members(path)) == [n for n, _ in got]
    assert [n for n, _ in read_archive(path, "*.md")] == [f"{path}/day1/notes.md"]


def test_the_dot_slash_of_tar_c_folder_dot_is_not_part_of_a_name(tmp_path, seed):
    path = make_tar(tmp_path / "d.tar", {"./a.txt": seed, "./day2/b.txt": seed}, mode="w")
    assert list(archive_members(path)) == [f"{path}/a.txt", f"{path}/day2/b.txt"]


def test_a_member_over_the_limit_is_cut_so_the_parser_refuses_it_by_name(tmp_path, seed):
    path = make_tar(tmp_path / "d.tar.gz", {"big.txt": seed})
    [(name, data)] = read_archive(path, max_size=100)
    assert len(data) == 101
    with pytest.raises(InputError, match=r"big\.txt is 101 bytes, over the limit of 100"):
        Parser(autoload=False, max_size=100).parse(data, name=name)


def test_a_damaged_archive_keeps_the_members_before_the_damage(tmp_path, seed):
    path = make_tar(tmp_path / "d.tar", {"a.txt": seed, "b.txt": seed * 3}, mode="w")
    whole = path.read_bytes()
    path.write_bytes(whole[: 512 + len(seed) + 1024 + 700])  # into the second member
    found = []
    with pytest.raises(InputError, match="cannot read the archive"):
        for name, _ in read_archive(path):
            found.append(name)
    assert found == [f"{path}/a.txt"]


def test_not_an_archive_is_an_input_error(tmp_path):
    path = tmp_path / "d.tar.gz"
    path.write_bytes(b"hello")
    with pytest.raises(InputError, match="cannot read the archive"):
        list(read_archive(path))


def test_parse_many_takes_an_archive_on_workers(tmp_path, dumps, parser):
    path = make_zip(tmp_path / "d.zip", dumps)
    results = list(parse_many(read_archive(path), jobs=2, parser_options={"autoload": False}))
    assert [r.name for r in results] == [f"{path}/day1/a.txt", f"{path}/day1/b.txt.gz"]
    assert all(r.ok for r in results)
    assert results[0].article.text == parser.parse(dumps["day1/a.txt"]).text


# --------------------------------------------------------------------------- the command


def test_the_command_parses_archives_and_compressed_files_and_resumes(tmp_path, dumps, seed):
    tar = str(make_tar(tmp_path / "d.tgz", dumps))
    lone = tmp_path / "lone.txt.gz"
    lone.write_bytes(gzip.compress(seed))
    out = tmp_path / "out.jsonl"
    assert main(["parse", *NO_AUTOLOAD, tar, str(tmp_path), "-o", str(out)]) == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [f"{tar}/day1/a.txt", f"{tar}/day1/b.txt.gz", str(lone)]
    assert records[0]["text"] == records[2]["text"] == seed.decode("utf-8")
    # a run killed after the first record: --resume parses the others only
    out.write_text(out.read_text(encoding="utf-8").splitlines(keepends=True)[0], encoding="utf-8")
    assert main(["parse", *NO_AUTOLOAD, tar, str(tmp_path), "-o", str(out), "--resume", "-j", "2"]) == 0
    again = [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(again) == sorted(r["path"] for r in records)


def test_a_broken_archive_fails_alone(tmp_path, seed, capsys):
    broken = tmp_path / "broken.tar.gz"
    broken.write_bytes(gzip.compress(b"\0" * 100)[:-10])
    plain = tmp_path / "a.txt"
    plain.write_bytes(seed)
    out = tmp_path / "out.jsonl"
    assert main(["parse", *NO_AUTOLOAD, str(broken), str(plain), "-o", str(out)]) == 1
    assert [json.loads(line)["path"] for line in out.read_text(encoding="utf-8").splitlines()] == [str(plain)]
    err = capsys.readouterr().err
    assert f"cannot read the archive {broken}" in err and "1 input(s) failed" in err
