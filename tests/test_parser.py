from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse import InputError, ZoneKind
from newsparse.testing import check_spans


def test_parse_uses_one_lazily_built_default_parser():
    from newsparse.parser import default_parser

    a = newsparse.parse("Storm hits coast\n\nThe storm hit the coast on Monday, cutting power to many homes.\n")
    assert default_parser() is default_parser()
    assert a.headline.text == "Storm hits coast"


def test_seed_dumps_parse_into_a_full_article(parser, seed_000, seed_004):
    for text in (seed_000, seed_004):
        article = parser.parse(text)
        check_spans(article)
        assert article.headline is not None
        assert len(article.paragraphs) >= 10
        assert article.quotes and article.sources


def test_publication_date_argument_overrides_and_accepts_iso(parser):
    text = "Head line of it\n\nUpdated: 2017-09-07 07:33\n\nA body paragraph that is long enough to be body text here.\n"
    assert parser.parse(text).publication_date.value == dt.date(2017, 9, 7)
    given = parser.parse(text, publication_date="2020-01-02")
    assert given.publication_date.value == dt.date(2020, 1, 2)
    assert given.publication_date.span is None
    assert parser.parse(text, publication_date=dt.datetime(2020, 1, 2, 5)).publication_date.value == dt.date(2020, 1, 2)
    with pytest.raises(InputError, match="publication_date"):
        parser.parse(text, publication_date="last Tuesday")


def test_no_date_stamp_means_no_publication_date(parser, seed_004):
    # never the wall clock
    assert parser.parse(seed_004).publication_date is None


def test_url_name_and_encoding_are_recorded(parser, tmp_path):
    path = tmp_path / "dump.txt"
    path.write_bytes("Storm hits coast\n\ncafé\n".encode("cp1252"))
    article = parser.parse(path, url="http://example.com/x")
    assert article.name == str(path)
    assert article.url == "http://example.com/x"
    assert article.encoding == "cp1252"
    assert article.text == "Storm hits coast\n\ncafé\n"


def test_empty_input_gives_an_empty_article(parser):
    for data in ("", b""):
        article = parser.parse(data)
        assert article.zones == () and article.headline is None and article.quotes == ()


def test_zones_partition_any_text(parser):
    text = "A\r\n\r\nB c d e f\rG h i j k l m n o p q r s t u v w x y z.\u2028\n\n"
    article = parser.parse(text)
    assert "".join(z.span.text for z in article.zones) == text
    assert [n for n, _ in article.line_zones()] == list(range(1, 7))


def test_disabling_every_zoner_keeps_all_text_as_other():
    parser = newsparse.Parser(autoload=False, disable=["newsparse.default_plugins.zones"])
    article = parser.parse("Storm hits coast\n\nText.\n")
    assert [z.kind for z in article.zones] == [ZoneKind.OTHER]
    assert article.zones[0].span.text == article.text


def test_the_caller_s_date_is_its_own_object_and_shared_only_when_a_date():
    # The caller's PublicationDate is made once per date and shared; a date of
    # another class (or a datetime's date) is never handed an equal one made before.
    from newsparse import Parser

    class OwnDate(dt.date):
        pass

    parser = Parser(autoload=False)
    text = "Storm hits coast\n\nThe storm hit the coast, cutting power to many homes.\n"
    first = parser.parse(text, publication_date=dt.date(2020, 1, 2)).publication_date
    assert parser.parse(text, publication_date="2020-01-02").publication_date is first
    own = parser.parse(text, publication_date=OwnDate(2020, 1, 2)).publication_date
    assert type(own.value) is OwnDate and own == first and own.origin == "caller"


def test_an_article_with_nothing_found_is_the_full_article():
    # Nothing extracted and no problem: the draft the plugins saw is returned. Its
    # fields are what a full Article gets; a problem alone still makes the full one.
    import attrs

    from newsparse import Parser, hookimpl

    class Raising:
        @hookimpl
        def newsparse_extract_dates(self, article):
            raise RuntimeError("boom")

    text = "Headline number 7\n\nA short body line 7.\n"
    article = Parser(autoload=False).parse(text)
    assert (article.sources, article.quotes, article.dates, article.problems, article.publisher) == ((),) * 4 + (None,)
    assert attrs.asdict(article, recurse=False) == attrs.asdict(attrs.evolve(article), recurse=False)
    failed = Parser(autoload=False, plugins=[Raising()]).parse(text)
    assert [p.message for p in failed.problems] == ["RuntimeError: boom"]
    assert attrs.evolve(failed, problems=()) == article
