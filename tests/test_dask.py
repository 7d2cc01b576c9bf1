"""parse_bag on a real local Dask cluster with process workers."""

from __future__ import annotations

import subprocess
import sys
import tarfile

import pytest

from newsparse import Parser, to_dict

from .conftest import DATA, SEED_000, SEED_004, need

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

from newsparse.dask import parse_bag  # noqa: E402 - after the skip

EXCERPTS = [
    "Rain ends drought in the north\n\n"
    "BEIJING, Sept 6 (Reuters) - Heavy rain fell on Monday, officials said.\n",
    '"We are ready," Defence Minister Song Young-moo told lawmakers on Tuesday.\n',
]


def expected(name, data):
    article = Parser(autoload=False).parse(data, name=name)
    return {**to_dict(article), "name": name, "error": None}


def _parsers_built() -> int:
    import newsparse.dask

    return len(newsparse.dask._parsers)


def test_import_newsparse_does_not_import_dask():
    code = "import sys, newsparse, newsparse.dask; print('dask' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"


def test_parse_bag_on_a_local_cluster_matches_serial_parsing(tmp_path):
    seeds = [need(SEED_000), need(SEED_004)]
    archive = str(tmp_path / "seeds.tar.gz")
    with tarfile.open(archive, "w:gz") as tar:
        for seed in seeds:
            tar.add(seed, arcname=f"day1/{seed.name}")
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 not really")
    dev = sorted(need(DATA / "dumps" / "dev").glob("*.txt"))[:4]
    texts = [(f"excerpt-{i}", text) for i, text in enumerate(EXCERPTS)]
    with distributed.LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        by_text = parse_bag(
            db.from_sequence([*texts, ("broken", b"\x00binary")], npartitions=2),
            parser_options={"autoload": False},
        )
        by_path = parse_bag(
            db.from_sequence([str(p) for p in [*seeds, *dev]], npartitions=3),
            parser_options={"autoload": False},
            paths=True,
        )
        by_archive = parse_bag(
            db.from_sequence([archive, str(broken)], npartitions=2),
            parser_options={"autoload": False},
            paths=True,
            archives=True,
        )
        from_text, from_path, from_archive = client.compute([by_text, by_path, by_archive], sync=True)
        parsers = client.run(_parsers_built)
    # two worker processes, each built one Parser for the options both bags share
    assert sorted(parsers.values()) == [1, 1]
    assert from_text[:2] == [expected(name, text) for name, text in texts]
    assert from_text[2]["name"] == "broken" and "binary" in from_text[2]["error"]
    assert from_path == [expected(str(p), p) for p in [*seeds, *dev]]
    assert from_archive[:2] == [expected(f"{archive}/day1/{p.name}", p.read_bytes()) for p in seeds]
    assert from_archive[2]["name"] == str(broken) and "cannot read the archive" in from_archive[2]["error"]
    assert len(from_archive) == 3
