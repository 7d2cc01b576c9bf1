"""pandas tables and Parquet files: one row per item, offsets that round-trip."""

from __future__ import annotations

import subprocess
import sys

import pytest

from newsparse import Article, Parser
from newsparse.cli import main

pd = pytest.importorskip("pandas", reason="to_frames needs the pandas extra")

import newsparse  # noqa: E402  (after the importorskip)
from newsparse.frames import TABLES, write_parquet  # noqa: E402


@pytest.fixture
def articles(parser: Parser, seed_000: str, seed_004: str) -> list[Article]:
    made_up = parser.parse(
        'Flood warning\n\n"Leave now," the mayor, Ann Lee, said on Monday.\n'
        "Officials said the river would peak in March 2018, Reuters reported.\n",
        name="made-up",
        publication_date="2017-09-04",
    )
    return [
        parser.parse(seed_000, name="000.txt"),
        parser.parse(seed_004, name="004.txt"),
        made_up,
    ]


def test_one_row_per_item_and_offsets_round_trip(articles: list[Article]) -> None:
    frames = newsparse.to_frames(articles)
    assert set(frames) == set(TABLES)
    for name, frame in frames.items():
        assert tuple(frame.columns) == TABLES[name]
    assert list(frames["articles"]["article_id"]) == [0, 1, 2]
    assert list(frames["articles"]["article_name"]) == ["000.txt", "004.txt", "made-up"]
    assert sum(len(a.quotes) for a in articles) > 0
    for table in ("quotes", "sources", "dates"):  # named as the Article's fields
        frame = frames[table]
        assert len(frame) == sum(len(getattr(a, table)) for a in articles)
        for row in frame.itertuples(index=False):
            text = articles[row.article_id].text
            assert text[row.start:row.end] == row.text
            assert row.article_name == articles[row.article_id].name
    for row in frames["quotes"].itertuples(index=False):
        quote = articles[row.article_id].quotes[row.quote_id]
        assert row.kind == quote.kind.value
        assert row.text == quote.content.text
        if quote.speaker is None:
            assert pd.isna(row.speaker_start) and pd.isna(row.speaker)
        else:
            text = articles[row.article_id].text
            assert text[row.speaker_start:row.speaker_end] == row.speaker == quote.speaker.text
        if quote.speaker_name is None:
            assert pd.isna(row.speaker_name)
        else:
            assert row.speaker_name == quote.speaker_name
        if quote.cue is not None:
            assert articles[row.article_id].text[row.cue_start:row.cue_end] == row.cue
    for row in frames["dates"].itertuples(index=False):
        date = articles[row.article_id].dates[row.date_id]
        assert (row.value, row.type) == (date.value, date.type.value)
    counts = frames["articles"].set_index("article_id")
    for a, article in enumerate(articles):
        assert counts.loc[a, "n_quotes"] == len(article.quotes)
        assert counts.loc[a, "text"] == article.text
    assert frames["quotes"]["speaker_start"].dtype == "Int64"


def test_one_article_and_none() -> None:
    article = Article(text="nothing here")
    frames = newsparse.to_frames(article)
    assert len(frames["articles"]) == 1 and frames["quotes"].empty
    assert all(frame.empty for frame in newsparse.to_frames([]).values())


def test_parquet_round_trip(articles: list[Article], tmp_path) -> None:
    pytest.importorskip("pyarrow", reason="Parquet needs the parquet extra")
    frames = newsparse.to_frames(articles)
    paths = write_parquet(frames, tmp_path / "tables")
    assert [p.name for p in paths] == [f"{name}.parquet" for name in frames]
    for name, frame in frames.items():
        back = pd.read_parquet(tmp_path / "tables" / f"{name}.parquet")
        assert list(back.columns) == list(frame.columns)
        assert len(back) == len(frame)
        if name != "articles":
            assert list(back["start"]) == list(frame["start"])
            assert list(back["text"]) == list(frame["text"])


def test_cli_parquet(tmp_path, seed_000: str) -> None:
    pytest.importorskip("pyarrow", reason="Parquet needs the parquet extra")
    dump = tmp_path / "seed.txt"
    dump.write_text(seed_000, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["parse", "--no-autoload", "--format", "parquet", str(dump), "-o", str(out)]) == 0
    quotes = pd.read_parquet(out / "quotes.parquet")
    articles = pd.read_parquet(out / "articles.parquet")
    assert list(articles["article_name"]) == [str(dump)]
    text = articles["text"][0]
    assert len(quotes) > 0
    assert all(text[s:e] == t for s, e, t in zip(quotes["start"], quotes["end"], quotes["text"], strict=True))
    assert main(["parse", "--no-autoload", "--format", "parquet", str(dump)]) == 2  # needs -o


def test_import_newsparse_does_not_import_pandas() -> None:
    code = "import sys, newsparse; newsparse.render_html; assert 'pandas' not in sys.modules, 'pandas imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
