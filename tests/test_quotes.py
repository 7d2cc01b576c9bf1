"""Quotes: direct, indirect and mixed quotes, speakers, pronouns, short names, sources."""

from __future__ import annotations

import time

import pytest

from newsparse import Parser
from newsparse.default_plugins.quotes import find_quotes
from newsparse.model import Quote, QuoteKind
from newsparse.testing import check_spans

from .conftest import SAVED_FORMS, as_shown


def quotes_of(parser: Parser, body: str) -> list[Quote]:
    article = parser.parse("A headline for the test\n\n" + body + "\n")
    assert not article.problems, article.problems
    return list(article.quotes)


def by_content(quotes: list[Quote], fragment: str) -> Quote:
    found = [q for q in quotes if fragment in q.content.text]
    assert len(found) == 1, [q.content.text for q in quotes]
    return found[0]


def assert_no_overlap(quotes: list[Quote]) -> None:
    spans = sorted((q.content.start, q.content.end) for q in quotes)
    for (_, end), (start, _) in zip(spans, spans[1:]):
        assert end <= start


# --------------------------------------------------------------------------- seed dumps


@pytest.fixture
def seed4(parser: Parser, seed_004: str) -> list[Quote]:
    article = parser.parse(seed_004)
    assert not article.problems
    return list(article.quotes)


@pytest.fixture
def seed0(parser: Parser, seed_000: str) -> list[Quote]:
    article = parser.parse(seed_000)
    assert not article.problems
    return list(article.quotes)


def test_seed_004_finds_every_quote_with_a_speaker(seed4: list[Quote]) -> None:
    assert len(seed4) >= 18
    assert_no_overlap(seed4)
    assert all(q.speaker is not None for q in seed4)
    headline = by_content(seed4, "China firm on talks")
    assert (headline.speaker.text, headline.cue.text) == ("Xi", "tells")


def test_seed_004_pronouns_resolve_to_the_latest_person(seed4: list[Quote]) -> None:
    said = by_content(seed4, "the general direction should head")
    assert said.speaker.text == "He" and said.speaker_name == "Xi Jinping"
    pledged = by_content(seed4, "to step up communication")
    assert pledged.speaker.text == "He" and pledged.speaker_name == "Donald Trump"
    asked = by_content(seed4, "the United Nations to consider")
    assert asked.speaker_name == "Moon Jae-in"


def test_seed_004_adding_that_is_a_second_quote(seed4: list[Quote]) -> None:
    adding = by_content(seed4, "dialogue combined with a set of comprehensive measures")
    assert adding.cue.text == "adding" and adding.speaker_name == "Xi Jinping"
    assert adding.kind is QuoteKind.INDIRECT


def test_seed_004_short_names_link_to_the_fullest_mention(seed4: list[Quote]) -> None:
    putin = by_content(seed4, "Pyongyang’s missile and nuclear program")
    assert putin.kind is QuoteKind.DIRECT
    assert (putin.speaker.text, putin.speaker_name, putin.cue.text) == ("Putin", "Vladimir Putin", "said")
    xi = by_content(seed4, "China has been adamant")
    assert (xi.speaker.text, xi.speaker_name) == ("Xi", "Xi Jinping")


def test_seed_004_trailing_and_plural_speakers(seed4: list[Quote]) -> None:
    trailing = by_content(seed4, "No headway could be made")
    assert trailing.speaker.text == "Putin" and trailing.content.text.endswith("diplomatic tools")
    diplomats = by_content(seed4, "the UN Security Council could consider")
    assert diplomats.speaker.text == "Diplomats" and diplomats.cue.text == "say"
    told = by_content(seed4, "I ask Russia to actively cooperate")
    assert (told.speaker.text, told.cue.text, told.kind) == ("Moon", "told", QuoteKind.DIRECT)


def test_seed_004_uncued_quoted_paragraph_belongs_to_the_previous_speaker(seed4: list[Quote]) -> None:
    follow = by_content(seed4, "At the same time, it is clear")
    assert follow.kind is QuoteKind.DIRECT and follow.cue is None
    assert follow.speaker_name == "Vladimir Putin"


def test_seed_000_titles_roles_and_relayed_sources(seed0: list[Quote]) -> None:
    assert_no_overlap(seed0)
    xi = by_content(seed0, "We are willing to communicate")
    assert xi.kind is QuoteKind.DIRECT
    assert (xi.speaker.text, xi.speaker_name) == ("Chinese President Xi", "Xi Jinping")
    assert xi.source == "CCTV"
    wang = by_content(seed0, "China may not have the key")
    assert (wang.speaker.text, wang.speaker_name) == ("Wang", "Wang Yi")
    told = by_content(seed0, "voices of peace and rationality")
    assert told.speaker.text == "Chinese Foreign Minister Wang Yi" and told.kind is QuoteKind.MIXED
    spokesperson = by_content(seed0, "Pyongyang was having a close eye")
    assert spokesperson.speaker.text == "a spokesperson for North Korea's foreign ministry"
    assert spokesperson.source_chain == ("Xinhua", "KCNA") and spokesperson.source == "KCNA"
    warned = by_content(seed0, "all-out war")
    assert warned.kind is QuoteKind.MIXED and warned.source == "Xinhua"
    quoted = by_content(seed0, "China strongly opposes")
    assert quoted.speaker.text == "Chinese President Xi"
    experts = by_content(seed0, "the key to resolving the North Korean nuclear issue")
    assert experts.speaker.text == "Some experts"


# --------------------------------------------------------------------------- constructions


def test_split_quote_is_one_quote_with_parts(parser: Parser) -> None:
    [q] = quotes_of(parser, '"At the same time," Putin said, "it is clear that sanctions alone will not work."')
    assert q.kind is QuoteKind.DIRECT
    assert [p.text for p in q.parts] == ['"At the same time,"', '"it is clear that sanctions alone will not work."']
    assert q.content.text.startswith('"At the same') and q.content.text.endswith('work."')
    assert (q.speaker.text, q.cue.text) == ("Putin", "said")


def test_curly_quotes_with_single_quotes_inside(parser: Parser) -> None:
    [q] = quotes_of(parser, "“He told me ‘never again’ and walked out of the room,” said Jane Smith, a former aide.")
    assert q.kind is QuoteKind.DIRECT and "‘never again’" in q.content.text
    assert q.speaker.text == "Jane Smith" and q.speaker_name == "Jane Smith"


def test_multi_paragraph_quote(parser: Parser) -> None:
    body = (
        '"The first paragraph of the statement goes on for a while.\n\n'
        '"The second paragraph ends the statement here," the spokesman said.'
    )
    [q] = quotes_of(parser, body)
    assert len(q.parts) == 2 and q.speaker.text == "the spokesman"
    assert "\n" in q.content.text


def test_colon_introduces_a_direct_quote(parser: Parser) -> None:
    [q] = quotes_of(parser, 'The minister told reporters: "We will not give in to threats of any kind."')
    assert q.kind is QuoteKind.DIRECT and q.speaker.text == "The minister" and q.cue.text == "told"


def test_told_that_and_according_to(parser: Parser) -> None:
    qs = quotes_of(
        parser,
        "The senator told reporters on Monday that the bill would pass. "
        "The deal is off, according to two officials familiar with the talks.",
    )
    told = by_content(qs, "the bill would pass")
    assert told.speaker.text == "The senator" and told.kind is QuoteKind.INDIRECT
    according = by_content(qs, "The deal is off")
    assert according.speaker.text == "two officials familiar with the talks"
    assert according.cue.text == "according to"


def test_quoted_as_saying_relays_the_speaker(parser: Parser) -> None:
    [q] = quotes_of(parser, "Reuters quoted the minister as saying that talks would resume next week.")
    assert q.speaker.text == "the minister" and q.cue.text == "saying"
    assert q.source == "Reuters"


def test_belief_and_evidence_cues_are_classed(parser: Parser) -> None:
    qs = quotes_of(
        parser,
        "Mr. Lee believes that the market will recover soon. Recent polls show that voters remain divided.",
    )
    belief = by_content(qs, "the market will recover")
    assert belief.cue_class == "belief" and belief.speaker_name == "Lee"
    evidence = by_content(qs, "voters remain divided")
    assert evidence.cue_class == "evidence"


def test_citing_rejecting_dismissing_and_endorsing_are_reports(parser: Parser) -> None:
    cases = {
        "The publisher declined to publish the book, citing legal risks and costs.":
            ("The publisher", "citing", "legal risks and costs"),
        "He cited a study by the Pew Research Center.": ("He", "cited", "a study by the Pew"),
        "The campaign rejected the claims as baseless.": ("The campaign", "rejected", "the claims as baseless"),
        "Clinton defended her use of a private email server.": ("Clinton", "defended", "her use of a private"),
        "Senator Graham endorsed the bill on Wednesday.": ("Senator Graham", "endorsed", "the bill"),
        "The senator blasted the decision as reckless.": ("The senator", "blasted", "the decision as reckless"),
        "The ministry dismissed the report as propaganda.": ("The ministry", "dismissed", "the report as"),
    }
    for sentence, (speaker, cue, content) in cases.items():
        q = quotes_of(parser, sentence)[-1]
        assert (q.speaker.text, q.cue.text) == (speaker, cue), sentence
        assert q.content.text.startswith(content), sentence


def test_in_a_poll_the_clause_is_the_polls(parser: Parser) -> None:
    [q] = quotes_of(parser, "In an early-October CBS News poll, she led Mr. Sanders 56 percent to 32 percent.")
    assert (q.speaker.text, q.cue.text, q.cue_class) == ("an early-October CBS News poll", "In", "evidence")
    assert q.content.text == "she led Mr. Sanders 56 percent to 32 percent"
    [q] = quotes_of(parser, "In a statement, the ministry said the talks would resume on Monday.")
    assert (q.speaker.text, q.cue.text) == ("the ministry", "said")  # the clause's own cue
    assert quotes_of(parser, "In response to the report, markets fell sharply on Monday.") == []
    assert quotes_of(parser, "In the wake of the poll, the campaign shifted its strategy.") == []
    assert quotes_of(parser, "In 2016, the campaign shifted its strategy in the Midwest.") == []


def test_evidence_nouns_report_without_that(parser: Parser) -> None:
    # ``show`` is also a noun: after an evidence noun's phrase it is the cue
    cases = {
        "Numbers show more than 665,000 Republicans have cast ballots.": ("Numbers", "more than 665,000"),
        "Some recent polls show her pulling away from her opponent.": ("Some recent polls", "her pulling away"),
        "Records from the 2008 cycle show he backed both candidates.": ("Records from the 2008 cycle", "he backed"),
        "New figures released Tuesday by the state show turnout rose.":
            ("New figures released Tuesday by the state", "turnout rose"),
        "Pate gave to no other candidate, records compiled by the Center show.":
            ("records compiled by the Center", "Pate gave"),
    }
    for sentence, (speaker, content) in cases.items():
        [q] = quotes_of(parser, sentence)
        assert (q.cue_class, q.speaker.text) == ("evidence", speaker), sentence
        assert q.content.text.startswith(content), sentence
    # not after anything else
    assert quotes_of(parser, "The network will show the game on Sunday.") == []
    assert quotes_of(parser, "The TV show drew record ratings in the fall.") == []
    assert quotes_of(parser, "A poll of voters, which the party ran, show results nobody liked.") == []


def test_relative_who_speaker_names_its_antecedent(parser: Parser) -> None:
    [q] = quotes_of(parser, "The plan was attacked by Senator Ann Brown, who warned that it would fail.")
    assert q.speaker.text == "who" and q.speaker_name == "Ann Brown"


@pytest.mark.parametrize(
    ("sentence", "speaker", "content"),
    [
        # a relative clause on the subject ends at the comma before the cue: no quote before it
        ("Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute, "
         "said Trump's plan makes little sense.",
         "Conservative economist Aparna Mathur, who studies tax policy at the American Enterprise Institute",
         "Trump's plan makes little sense"),
        # a negated verb ends the phrase after the cue (it had run on as an inverted speaker)
        ("The company, which has 400 stores, said the deal wasn't final.", "The company, which has 400 stores",
         "the deal wasn't final"),
        ("Economist Jane Roe, who teaches at Yale, said Ivanka Trump's statement didn't clarify the matter.",
         "Economist Jane Roe, who teaches at Yale", "Ivanka Trump's statement didn't clarify the matter"),
    ],
)
def test_a_subject_with_a_relative_clause_is_the_speaker(parser: Parser, sentence: str, speaker: str,
                                                         content: str) -> None:
    [q] = quotes_of(parser, sentence)
    assert (q.speaker.text, q.content.text) == (speaker, content)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("A news report published Wednesday said the secretary used a personal email account.", "A news report"),
        ("A campaign ad released Thursday accuses the senator of buying influence.", "A campaign ad"),
    ],
)
def test_a_time_after_a_participle_is_no_speaker(parser: Parser, sentence: str, speaker: str) -> None:
    # ``published Wednesday``: the report said it, not Wednesday
    [q] = quotes_of(parser, sentence)
    assert q.speaker.text == speaker


def test_a_relative_who_says_nothing_of_its_antecedent(parser: Parser) -> None:
    # ``who advised the governor``: what was advised comes after the cue; the name before
    # the comma is the antecedent, no content (it had been the quote of ``advised``)
    quotes = quotes_of(parser, "Economist Jane Roe, who advised the governor, said the plan would fail.")
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("who", "the governor"), ("Economist Jane Roe, who advised the governor", "the plan would fail")]


def test_an_outlets_reporter_is_named_without_the_outlet(parser: Parser) -> None:
    cases = {
        "CNN's Jake Tapper said the interview was tense.": ("CNN's Jake Tapper", "Jake Tapper"),
        "The Post's Ruth Marcus wrote that Obama is trying to corner them.": ("The Post's Ruth Marcus", "Ruth Marcus"),
        "Fox News’ Chris Wallace said the debate was a mess.": ("Fox News’ Chris Wallace", "Chris Wallace"),
        "Sanders’ campaign said the polls were wrong.": ("Sanders’ campaign", "Sanders’ campaign"),
    }
    for sentence, expected in cases.items():
        [q] = quotes_of(parser, sentence)
        assert (q.speaker.text, q.speaker_name) == expected, sentence


def test_pronoun_with_honorific_gender(parser: Parser) -> None:
    qs = quotes_of(
        parser,
        "Mrs. Clinton met Mr. Sanders in Iowa on Friday. She said the meeting went well.",
    )
    she = by_content(qs, "the meeting went well")
    assert she.speaker_name == "Clinton"


def test_pronoun_with_first_name_gender(parser: Parser) -> None:
    qs = quotes_of(
        parser,
        "Hillary Clinton said the debate went well. Donald Trump said it was rigged.\n\n"
        '"We disagree on everything," she said.\n',
    )
    assert by_content(qs, '"We disagree on everything,"').speaker_name == "Hillary Clinton"


def test_a_pronoun_speaker_is_no_person(parser: Parser) -> None:
    # every "He" is Trump's: the first pronoun speaker is not taken for a person named "He"
    qs = quotes_of(
        parser,
        'President Donald Trump spoke on Monday. He called it "a disgrace". He said the plan was bad.\n\n'
        "He added that he would veto it.\n",
    )
    assert [(q.speaker.text, q.speaker_name) for q in qs] == [("He", "Donald Trump")] * 3


def test_a_passive_or_adding_to_is_no_report(parser: Parser) -> None:
    assert quotes_of(parser, "The measure was rejected by 64 percent of the voters in the state.") == []
    assert quotes_of(parser, "The idea was echoed by several Republican senators on Sunday.") == []
    assert quotes_of(parser, "Sanders added to his lead with wins in Maine and Nebraska.") == []
    [q] = quotes_of(parser, "Sanders added that the lead would grow in Maine and Nebraska.")
    assert q.content.text == "that the lead would grow in Maine and Nebraska"


def test_continuing_ones_own_deed_is_no_report(parser: Parser) -> None:
    # ``continue his push``: going on with a deed; the report is the ``he said`` after it
    [q] = quotes_of(parser, "Grayson has introduced the bill in the House and would continue his push "
                            "for it in the Senate, he said.")
    assert (q.speaker.text, q.cue.text) == ("he", "said")
    assert quotes_of(parser, "The Sheriff's Department continued their search for the devices in the lake.") == []
    assert quotes_of(parser, "Sen. Bernie Sanders maintained his double-digit lead over Hillary Clinton.") == []
    assert quotes_of(parser, "Trump, who has maintained a surprisingly large lead, was targeted by ads.") == []
    # where a thing is seen, or a reporter's credit line, reports nothing
    assert quotes_of(parser, "It contrasts with the alienation reported from immigrant enclaves in Europe.") == []
    assert quotes_of(parser, "Robert Costa reported from Des Moines and Philip Rucker from Manchester.") == []
    # a message noun with its clause still reports
    [q] = quotes_of(parser, "The candidate has continued his warnings that the election is rigged.")
    assert (q.speaker.text, q.cue.text) == ("The candidate", "continued")


def test_a_title_before_an_owner_is_the_owners(parser: Parser) -> None:
    # ``Sen. Bernie Sanders’ College for All Act``: the title is Sanders', no person is named College
    q = quotes_of(parser, "Alan Grayson said the race was nasty. Grayson has introduced Vermont Sen. Bernie Sanders’ "
                           "College for All Act in the House and would push for it in the Senate, he said.")[-1]
    assert (q.speaker.text, q.speaker_name) == ("he", "Alan Grayson")


@pytest.mark.parametrize("sentence", [
    "Two federal prison officers were charged Tuesday with falsifying records at the jail.",
    "A third case of the plague was reported in China over the weekend by the local health authority.",
    "The letter was first reported last week by The Post's Greg Sargent and was signed by 40 members.",
    "Clinton was asked about securing the border at a town hall in New Hampshire earlier this month.",
    "U.S. Marines were said to have breached troublesome mine fields along the border.",
])
def test_a_passive_subject_is_no_speaker(parser: Parser, sentence: str) -> None:
    # the subject of a passive cue is what was charged, reported, asked or said of: no speaker
    assert quotes_of(parser, sentence) == [], sentence


def test_venues_and_buildings_are_nobodys_name(parser: Parser) -> None:
    # ``the Democratic National Convention``, ``Trump Tower``: no person a pronoun can be
    [q] = quotes_of(parser, "Sen. Hillary Clinton spoke on Thursday at the Democratic National Convention. "
                            "She said the party was united.")
    assert q.speaker_name == "Hillary Clinton"
    qs = quotes_of(parser, "Donald Trump said he was ready. Aides met at Trump Tower on Monday. "
                           "He said the talks went well.")
    assert [q.speaker_name for q in qs] == ["Donald Trump", "Donald Trump"]


@pytest.mark.parametrize("body, name", [
    # a title-like word before a thing leaves no one-word person (``Foreign Relations``)
    ('Chrystia Freeland said the talks had failed. She spoke at the Council on Foreign Relations on Monday.'
     '\n\n"We are disappointed," she told reporters.', "Chrystia Freeland"),
    # a party's name is no title (``Republican Jews``), nor a firm's first word (``General Electric``)
    ('Former Rep. Joe Walsh said he would not vote. Republican Jews met in Ohio.\n\n"It is a disgrace," he said.',
     "Joe Walsh"),
    ('Sen. Elizabeth Warren said the bill was weak. The plan helped General Electric.\n\n"It is a giveaway," she said.',
     "Elizabeth Warren"),
])
def test_one_word_after_a_title_like_word_is_no_person(parser: Parser, body: str, name: str) -> None:
    assert quotes_of(parser, body)[-1].speaker_name == name


def test_turns_of_the_argument_and_existential_there_are_no_speakers(parser: Parser) -> None:
    [q] = quotes_of(parser, "That said, Millennials say they believe success will require a lifetime of effort.")
    assert (q.speaker.text, q.cue.text) == ("Millennials", "say")
    assert quotes_of(parser, "Having said that, the deal could still fall apart before the vote in March.") == []
    assert quotes_of(parser, "There were reports the militia was being primed to replace the council.") == []
    # adding one's own: a deed
    assert quotes_of(parser, "Anthony Beauvillier added his seventh for the Islanders on Tuesday night.") == []


def test_an_opening_participles_clause_is_not_the_subject(parser: Parser) -> None:
    # ``Appearing before supporters, Suu Kyi ... said ... but added, "..."``: hers, not ``Appearing``
    q = quotes_of(parser, 'Appearing before cheering supporters at the party headquarters, Suu Kyi, 70, said it '
                          'was too early to congratulate winners but added, "I think you all have an idea of the '
                          'results."')[-1]
    assert (q.speaker.text, q.speaker_name, q.cue.text) == ("Suu Kyi, 70", "Suu Kyi", "added")


def test_said_a_but_added_a_direct_quote_is_two_quotes(parser: Parser) -> None:
    qs = quotes_of(parser, 'Volker said he never used the term "three amigos" and added, "I frankly cringe when I '
                           'hear it."')
    assert [(q.cue.text, q.kind.value, q.content.text) for q in qs] == [
        ("said", "mixed", 'he never used the term "three amigos"'),
        ("added", "direct", '"I frankly cringe when I hear it."'),
    ]


def test_nouns_are_not_cues(parser: Parser) -> None:
    assert quotes_of(parser, "The reports were published on Monday and the claims were denied.") == []
    assert quotes_of(parser, "The United States needs a better deal with its allies in Asia.") == []


def test_scare_quotes_stay_inside_the_sentence(parser: Parser) -> None:
    [q] = quotes_of(parser, 'The ministry said that the "so-called deal" was never signed by anyone.')
    assert q.kind is QuoteKind.MIXED and q.speaker.text == "The ministry"


def test_long_adversarial_input_stays_fast(parser: Parser) -> None:
    text = "Headline\n\n" + ('"Aa Bb Cc said, ' * 20000) + "\n" + ("Mr. Aa Bb Cc Dd said that " * 20000) + "\n"
    start = time.perf_counter()
    article = parser.parse(text)
    assert time.perf_counter() - start < 30
    assert_no_overlap(list(article.quotes))


def test_find_quotes_without_sources(parser: Parser) -> None:
    article = parser.parse('Talks\n\n"We will win," Putin said.\n')
    [q] = find_quotes(article, parser.lexicon)
    assert q.source is None and q.source_chain == ()


def test_a_question_after_a_subjectless_asked_is_what_was_said(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Asked whether he would run again next year, the mayor said he had not decided.\n\n"
        "When asked by reporters how the talks had gone, Putin smiled and left the room.\n\n"
        "Asked about the crisis, the minister stayed silent for a long time.\n",
    )
    question = by_content(quotes, "whether he would run again")
    assert (question.content.text, question.cue.text, question.speaker) == (
        "whether he would run again next year", "Asked", None)
    talks = by_content(quotes, "how the talks")
    assert (talks.content.text, talks.speaker.text) == ("how the talks had gone", "reporters")
    # a topic is what the question was about (as PolNeAR marks ``asked about X``)
    crisis = by_content(quotes, "crisis")
    assert (crisis.content.text, crisis.cue.text, crisis.speaker) == ("the crisis", "Asked", None)


def test_plugin_cue_words_beyond_a_to_z_are_found() -> None:
    # Cue words with a hyphen or a letter outside a-z cannot be seen by the quick byte
    # check that rules paragraphs out: with such a lexicon every paragraph is read.
    from newsparse import hookimpl
    from newsparse.model import CueVerb

    class Cues:
        @hookimpl
        def newsparse_cue_verbs(self):
            return [CueVerb(text="co-signed"), CueVerb(text="blögged")]

    parser = Parser(autoload=False, plugins=[Cues()])
    quotes = quotes_of(
        parser,
        "The senator co-signed that the plan had failed badly.\n\n"
        "It rained all day. The mayor blögged that the bridge would reopen on Monday.\n",
    )
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("co-signed", "The senator"), ("blögged", "The mayor")]


def test_called_with_a_quotation_is_a_mixed_quote(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        'The governor called the audit "a political stunt" on Tuesday.\n\n'
        'She called it "a disgrace."\n\n'
        "Kowalski has called the mayor's budget \"reckless\" since May.\n\n"
        'The union rejected the offer, calling it "an insult to every nurse."\n\n'
        'The ministry Saturday condemned the raid, calling it "an atrocious crime."\n\n'
        'The Sunday Herald called the deal "a disgrace."\n',
    )
    assert [(q.content.text, q.speaker.text, q.cue.text, q.kind) for q in quotes] == [
        ('the audit "a political stunt"', "The governor", "called", QuoteKind.MIXED),
        ('it "a disgrace."', "She", "called", QuoteKind.MIXED),
        ("the mayor's budget \"reckless\"", "Kowalski", "called", QuoteKind.MIXED),
        ("the offer", "The union", "rejected", QuoteKind.INDIRECT),  # (it ends before ``, calling``)
        ('it "an insult to every nurse."', "The union", "calling", QuoteKind.MIXED),
        ('it "an atrocious crime."', "The ministry", "calling", QuoteKind.MIXED),
        ('the deal "a disgrace."', "The Sunday Herald", "called", QuoteKind.MIXED),
    ]


def test_called_takes_the_quotations_of_its_complement(parser: Parser) -> None:
    # a long quotation (a direct quote of no attribution before) gets the speaker of ``called``
    [long] = quotes_of(parser, 'Ortiz called the ruling "one of the worst decisions I have seen in my life."')
    assert (long.content.text, long.speaker.text, long.kind) == (
        'the ruling "one of the worst decisions I have seen in my life."', "Ortiz", QuoteKind.MIXED)
    # two complements; not a new predicate after ``and``
    quotes = quotes_of(
        parser,
        'He called the critics "liars" and "cowards" at the rally.\n\n'
        'The senator called the bill "cruel" and promised a "long fight" over it.\n',
    )
    assert [q.content.text for q in quotes if q.cue is not None and q.cue.text == "called"] == [
        'the critics "liars" and "cowards"', 'the bill "cruel"']


def test_what_someone_called_is_the_quotation_alone(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        'The deal, which Ortiz called "a betrayal," was signed anyway.\n\n'
        '"It is a disaster," said Lund, who called it "a betrayal of the voters."\n',
    )
    assert_no_overlap(quotes)
    assert [(q.content.text, q.speaker.text, q.cue.text, q.kind) for q in quotes] == [
        ('"a betrayal,"', "Ortiz", "called", QuoteKind.DIRECT),
        ('"It is a disaster,"', "Lund", "said", QuoteKind.DIRECT),
        ('it "a betrayal of the voters."', "who", "called", QuoteKind.MIXED),
    ]


def test_naming_uses_of_called_are_not_quotes(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        'The so-called "experts" were wrong again.\n\n'
        'The so called "experts" were wrong again.\n\n'
        'She starred in a comedy called "Veep" for years.\n\n'
        'They formed a group called the "Free Voters" in 2010.\n\n'
        'This is what is called "soft power" in diplomacy.\n\n'
        'The plan was called "reckless" by several critics.\n\n'
        'The film, called "Harbor," opens on Friday.\n\n'
        'He called him at home on Sunday.\n\n'
        'We called the hotline "to check" on the order.\n',
    )
    assert quotes == []


def test_called_on_and_called_for_stay_cues_of_the_lexicon(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "The mayor called on residents to stay home during the storm.\n\n"
        'Ortiz called for "a full inquiry" into the vote.\n',
    )
    assert [(q.cue.text, q.speaker.text) for q in quotes] == [("called on", "The mayor"), ("called for", "Ortiz")]


def test_a_quote_ending_its_sentence_does_not_take_the_cue_of_the_next(parser: Parser) -> None:
    # ``"...." The network said the ...``: a new sentence that reports something else
    quotes = quotes_of(
        parser,
        'The storm hit hard. "The roof came off without warning." The network said the station '
        "would stay off the air for days.\n\n"
        '"It is over." Smith said on Tuesday.\n',
    )
    assert [(q.content.text, q.speaker.text if q.speaker else None, q.kind) for q in quotes] == [
        ('"The roof came off without warning."', None, QuoteKind.DIRECT),
        ("the station would stay off the air for days", "The network", QuoteKind.INDIRECT),
        ('"It is over."', "Smith", QuoteKind.DIRECT),
    ]


def test_a_poll_or_medium_colon_claim_headline_is_theirs(parser: Parser) -> None:
    def headline_quote(text: str) -> tuple[str, str] | None:
        article = parser.parse(text)
        found = [(q.speaker.text, q.content.text) for q in article.quotes
                 if q.content.start < article.zones[0].end]
        return found[0] if found else None

    body = "\n\nPrices fell on Monday after three days of talks, officials said.\n"
    assert headline_quote("Poll: Wealthy voters abandon the party" + body) == (
        "Poll", "Wealthy voters abandon the party")
    assert headline_quote("Reuters: Oil prices fall as supply grows" + body) == (
        "Reuters", "Oil prices fall as supply grows")
    assert headline_quote("Analysis: Why the talks failed in Geneva" + body) is None
    assert headline_quote("Brexit: Talks fail again in Brussels" + body) is None


def test_a_transcripts_turns_are_their_speakers_quotes(parser: Parser) -> None:
    qs = quotes_of(
        parser,
        "Jake Tapper said he interviewed President Donald Trump on Friday. A transcript follows.\n\n"
        "JAKE TAPPER: Donald Trump released a video on Friday about racial healing.\n\n"
        "DONALD TRUMP: We will bring the country together, believe me.\n\n"
        "Update: The interview aired on Sunday after a delay.\n\n"
        "Razer Pro: the new king of wireless mice for gamers.",
    )
    turns = [(q.speaker.text, q.speaker_name, q.content.text) for q in qs if q.cue.text == ":"]
    assert turns == [
        ("JAKE TAPPER", "Jake Tapper", "Donald Trump released a video on Friday about racial healing"),
        ("DONALD TRUMP", "Donald Trump", "We will bring the country together, believe me"),
    ]


def test_a_name_colon_claim_headline_is_that_persons_quote(parser: Parser) -> None:
    body = "\n\nSen. Lindsey Graham said on Thursday that the party was in trouble.\n"
    article = parser.parse("Graham: Trump’s rhetoric is destroying the party" + body)
    assert article.headline.text.startswith("Graham:")
    [headline, said] = article.quotes
    assert (headline.content.text, headline.speaker.text, headline.cue.text, headline.kind) == (
        "Trump’s rhetoric is destroying the party", "Graham", ":", QuoteKind.INDIRECT)
    assert headline.speaker_name == "Lindsey Graham" and said.speaker.text == "Sen. Lindsey Graham"
    # a label or a topic is no speaker: only a name the article gives a person is
    for label in ("Watch", "Analysis", "Brexit", "Premier League"):
        article = parser.parse(f"{label}: The party’s chances are fading fast" + body)
        assert [q.speaker.text for q in article.quotes] == ["Sen. Lindsey Graham"], label


def test_said_a_and_said_that_b_are_two_quotes(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "He said his attacks on the mayor had given his campaign momentum and said that the "
        "mayor did not speak for the city.\n\n"
        "Smith said the plan would fail and added that the council could not pay.\n\n"
        "Jones said that the plan would fail and that the council could not pay.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("He", "said", "his attacks on the mayor had given his campaign momentum"),
        ("He", "said", "that the mayor did not speak for the city"),
        ("Smith", "said", "the plan would fail"),
        ("Smith", "added", "that the council could not pay"),
        ("Jones", "said", "that the plan would fail and that the council could not pay"),
    ]


def test_and_said_takes_the_subject_of_the_clause_not_its_verb(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Gary Emineth became a delegate and said he would vote for the plan.\n\n"
        "The president met the families of the victims on Thursday and said the city must heal.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Gary Emineth", "he would vote for the plan"),
        ("The president", "the city must heal"),
    ]


def test_a_later_that_or_a_day_does_not_cut_a_reported_clause(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "He says the system would allow it to determine whether anybody had read that file.\n\n"
        "She says tonight she is a step closer to winning.\n\n"
        '"We won," he said Tuesday night.\n\n'
        "Smith told reporters at the White House on Monday that the deal was dead.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("He", "the system would allow it to determine whether anybody had read that file"),
        ("She", "tonight she is a step closer to winning"),
        ("he", '"We won,"'),
        ("Smith", "that the deal was dead"),
    ]


def test_a_new_sentence_reporting_a_clause_is_not_the_attribution_of_the_quote_before(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        'The coach spoke. "The game has gone soft." He says referees throw flags far too often.\n\n'
        '"It is over." He told reporters at a rally in Ohio.\n',
    )
    assert [(q.speaker.text if q.speaker else None, q.content.text) for q in quotes] == [
        (None, '"The game has gone soft."'),
        ("He", "referees throw flags far too often"),
        ("He", '"It is over."'),
    ]


def test_a_state_abbreviation_ends_no_sentence(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        'Sen. Rand Paul, R-Ky., told reporters that polls could be "way off."\n\n'
        "It was a critical mass. He said the plan would work.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Sen. Rand Paul, R-Ky.", 'that polls could be "way off."'),
        ("He", "the plan would work"),
    ]


def test_the_content_after_told_starts_after_the_one_told(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Kelly Smith told POLITICO she was leaning toward the senator.\n\n"
        "Jones told reporters the deal was dead.\n\n"
        "Lee told The Daily Courier he would run again.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Kelly Smith", "she was leaning toward the senator"),
        ("Jones", "the deal was dead"),
        ("Lee", "he would run again"),
    ]


def test_with_someone_saying_a_clause_is_their_quote(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Markets rose, with analysts saying a strong reading will cement the case for a rate rise.\n\n"
        "She leads the poll, with 50 percent saying she is prepared for the job.\n\n"
        "He stood there saying nothing at all.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("analysts", "saying", "a strong reading will cement the case for a rate rise"),
        ("50 percent", "saying", "she is prepared for the job"),
    ]


def test_said_this_is_a_clause_and_adding_after_a_quote_has_its_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Critics say this is just a rough patch.\n\n"
        "The deal is dead, Smith said this week.\n\n"
        '"It speaks volumes," she said, adding that the campaign will work hard.\n',
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("Critics", "say", "this is just a rough patch"),
        ("Smith", "said", "The deal is dead"),
        ("she", "said", '"It speaks volumes,"'),
        ("she", "adding", "that the campaign will work hard"),
    ]


def test_a_quantifier_opening_a_clause_can_be_the_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Voters were split. Some said the plan would work, and many said it would not.\n\n"
        "Another said he supported the mayor.\n\n"
        "He said some of the plan would work.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Some", "the plan would work"),
        ("many", "it would not"),
        ("Another", "he supported the mayor"),
        ("He", "some of the plan would work"),
    ]


def test_a_polls_share_of_people_is_a_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "About 4 in 10 say they want the next mayor to be more liberal.\n\n"
        "More than six in 10 said they were tired of the campaign.\n\n"
        "In the poll, 47 percent of voters say the city should act, and 42% say it should wait.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("About 4 in 10", "they want the next mayor to be more liberal"),
        ("More than six in 10", "they were tired of the campaign"),
        ("47 percent of voters", "the city should act"),
        ("42%", "it should wait"),
    ]
    # the share, not just the people counted
    quotes = quotes_of(
        parser,
        "Six in 10 Americans say the country is on the wrong track.\n\n"
        "A majority of Democrats say the party should move left.\n\n"
        "Nearly two-thirds of Republicans said they support the plan.\n\n"
        "Half of the respondents said they were worried about prices.\n",
    )
    assert [q.speaker.text for q in quotes] == [
        "Six in 10 Americans", "A majority of Democrats", "Nearly two-thirds of Republicans",
        "Half of the respondents",
    ]


def test_a_share_spelled_out_is_a_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "One in three said the party does not care about the Latino community.\n\n"
        "About one in four Republicans said they would stay home.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("One in three", "the party does not care about the Latino community"),
        ("About one in four Republicans", "they would stay home"),
    ]


def test_a_number_standing_for_people_named_before_is_a_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Mr. Kerry met Mr. Lavrov and Mr. Zarif in Vienna. The three said they would meet again.\n\n"
        "All four said the deal was fair.\n\n"
        "Prices rose in the two said areas.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("The three", "they would meet again"),
        ("All four", "the deal was fair"),
    ]


def test_a_verb_in_the_present_ends_the_subject(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Sanders rips the agreement, arguing that the deal favors Wall Street creditors.\n\n"
        "Wealth-X keeps its own finances a secret but says its business has tripled.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Sanders", "that the deal favors Wall Street creditors"),
        ("Wealth-X", "its business has tripled"),
    ]


def test_what_an_audience_is_told_about_is_the_content(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "He told officials about the plan to cut taxes.\n\n"
        "Holt asks him about his tax returns.\n\n"
        "Ramos reminded viewers about his daughter's job.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("He", "told", "about the plan to cut taxes"),
        ("Holt", "asks", "about his tax returns"),
        ("Ramos", "reminded", "about his daughter's job"),
    ]


def test_a_quoted_part_closing_before_its_attribution_makes_a_mixed_quote(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        'The bill\'s failure was "heartbreaking," she said.\n\n'
        'Trump\'s misinformation may be "strategic," said Jane Doe, a professor.\n\n'
        'The economy is "doing better than it has in many, many years," she said.\n\n'
        '"We will win," he said.\n',
    )
    assert [(q.kind.value, q.speaker.text, q.content.text) for q in quotes] == [
        ("mixed", "she", 'The bill\'s failure was "heartbreaking,"'),
        ("mixed", "Jane Doe", 'Trump\'s misinformation may be "strategic,"'),
        ("mixed", "she", 'The economy is "doing better than it has in many, many years,"'),
        ("direct", "he", '"We will win,"'),
    ]


def test_a_paragraph_opened_by_a_closing_mark_opens_a_quote(parser: Parser) -> None:
    quotes = quotes_of(parser, "” … they are so not like him,” she said in December.\n")
    assert [(q.kind.value, q.speaker.text, q.content.text) for q in quotes] == [
        ("direct", "she", "” … they are so not like him,”"),
    ]


def test_a_title_in_quotation_marks_is_no_quote(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Speaking Sunday on ABC's “This Week,” Carson admitted that he was wrong.\n\n"
        "Fans will hear “Takin’ It To the Streets,” the band's manager said.\n\n"
        "The headline read, 'All Bets Are Off.'\n",
    )
    assert [(q.speaker and q.speaker.text, q.content.text) for q in quotes] == [
        ("Carson", "that he was wrong"),
        ("the band's manager", "Fans will hear “Takin’ It To the Streets,”"),
        ("The headline", "'All Bets Are Off.'"),
    ]


def test_an_opening_once_is_no_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Once in my early 20s, when my mother mentioned it on the highway, I laughed and said, "
        '"I do not believe in the devil."\n\n'
        'Once, when I was a kid, I laughed and said, "I do not believe in ghosts."\n',
    )
    assert [(q.speaker.text, q.content.text) for q in quotes if q.kind.value == "direct"] == [
        ("I", '"I do not believe in the devil."'),
        ("I", '"I do not believe in ghosts."'),
    ]


def test_what_a_question_asked_was_about(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Asked about her own vote in the event that Clinton faces Trump, she said she would decide later.\n\n"
        "Asked on Monday whether Mr. Clinton would hold a cabinet position, she laughed.\n\n"
        "Asked about it, the official declined to comment.\n\n"
        "Ruth Marcus asked Mook if a Clinton administration would hold press conferences.\n",
    )
    assert [(q.speaker and q.speaker.text, q.cue.text, q.content.text) for q in quotes if q.cue.text.lower() == "asked"] == [
        (None, "Asked", "her own vote in the event that Clinton faces Trump"),
        (None, "Asked", "whether Mr. Clinton would hold a cabinet position"),
        ("Ruth Marcus", "asked", "if a Clinton administration would hold press conferences"),
    ]


def test_more_subjects_that_speak(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "The state officials whose laws have been invalidated say the real change is in the courts.\n\n"
        "It angered the families of victims, many of whom say the claims are unfounded.\n\n"
        "Nearly nine out of 10 say they will need new skills.\n\n"
        "Even the field's biggest hawks, like Rubio and Bush, say ground troops should be Arab.\n",
    )
    assert [(q.speaker and q.speaker.text, q.content.text) for q in quotes] == [
        ("The state officials whose laws have been invalidated", "the real change is in the courts"),
        ("many of whom", "the claims are unfounded"),
        ("Nearly nine out of 10", "they will need new skills"),
        ("the field's biggest hawks, like Rubio and Bush", "ground troops should be Arab"),
    ]


def test_a_title_case_headline_ending_on_says_is_attributed(parser: Parser) -> None:
    article = parser.parse(
        "Trump Could Address Clean Energy, Lindsey Graham Says.\n\n"
        "Donald Trump could embrace a clean energy policy as president, the senator told reporters.\n"
    )
    headline = article.quotes[0]
    assert (headline.speaker.text, headline.cue.text, headline.content.text) == (
        "Lindsey Graham", "Says", "Trump Could Address Clean Energy")


def test_a_reporting_verb_in_s_that_could_be_a_noun(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Trump claims the election was rigged.\n\n"
        "Democrats, Frank notes, applaud the management of the governor.\n\n"
        "For instance, the paper notes the government monitors the mosques.\n\n"
        "His claims the election was rigged were false.\n\n"
        "You are entitled to three free credit reports each year.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("Trump", "claims", "the election was rigged"),
        ("Frank", "notes", "Democrats, Frank notes, applaud the management of the governor"),
        ("the paper", "notes", "the government monitors the mosques"),
    ]


def test_a_relative_that_after_the_reported_clause_s_verb_opens_no_content(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Schweizer said the foundation received four donations that totaled two million dollars.\n\n"
        "He said in a statement released Tuesday that the plan was dead.\n",
    )
    assert [q.content.text for q in quotes] == [
        "the foundation received four donations that totaled two million dollars",
        "that the plan was dead",
    ]


def test_more_forms_of_attribution_around_a_direct_quote(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        '"It is unusual,“ said Larry Noble, an attorney with the group.\n\n'
        'Said Comey, "The thought that an error on our part is connected to this is painful to us."\n\n'
        '"This is fantastic!" beamed Donald Hartley of Madison, Alabama.\n\n'
        '"Jeb wants to be a tough guy tonight," Trump shot back.\n\n'
        '"I am so ready to work on this," she emailed her daughter in 2012.\n\n'
        'According to Paul Sperry of Counter Jihad, "Judicial Watch revealed that the vans moved."\n',
    )
    assert [(q.speaker.text, q.cue.text) for q in quotes] == [
        ("Larry Noble", "said"), ("Comey", "Said"), ("Donald Hartley of Madison", "beamed"),
        ("Trump", "shot back"), ("she", "emailed"), ("Paul Sperry of Counter Jihad", "According to"),
    ]
    assert all(q.kind is QuoteKind.DIRECT for q in quotes)


def test_archive_style_double_marks_pair(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "The ruling was final. ``Expect no extensions,'' the court instructed. "
        "Bush said ``I did not come away with any feeling of hope.''\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("the court", "``Expect no extensions,''"),
        ("Bush", "``I did not come away with any feeling of hope.''"),
    ]


def test_a_dateline_the_zoner_did_not_take_is_no_subject(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Some intro text comes first here.\n\n"
        "WASHINGTON — Sen. Chuck Grassley on Wednesday downplayed the attack and said it was the same thing.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [("Sen. Chuck Grassley", "it was the same thing")]


def test_a_plural_subject_keeps_its_phrase(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Organizers of both conventions insist they will meet their financial targets.\n\n"
        "The lawyers for the boy's relatives in Miami said they might appeal.\n\n"
        "Tickets for the tour go on sale at 10 a.m. Friday.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("Organizers of both conventions", "insist", "they will meet their financial targets"),
        ("The lawyers for the boy's relatives in Miami", "said", "they might appeal"),
    ]


def test_according_to_between_commas_inside_a_sentence(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "In addition, according to the department, nine million more workers will be protected.\n\n"
        "The implication, according to the Sanders aide, is that Clinton cheated.\n\n"
        "The vote was rigged, according to the report.\n",
    )
    assert [(q.speaker.text, q.content.text, [p.text for p in q.parts]) for q in quotes] == [
        ("the department", "nine million more workers will be protected", []),
        ("the Sanders aide", "The implication, according to the Sanders aide, is that Clinton cheated",
         ["The implication", "is that Clinton cheated"]),
        ("the report", "The vote was rigged", []),
    ]


def test_negated_contractions_and_nouns_after_prepositions(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Sanders hasn't said whether he has a strategy.\n\n"
        "He kept quiet for fear that Trump would only demand more.\n\n"
        "You can’t tell who wrote it.\n\n"
        'In a poll, 75 percent of Republicans said "most people in politics" can’t be trusted.\n',
    )
    assert [(q.kind.value, q.speaker.text, q.content.text) for q in quotes] == [
        ("indirect", "Sanders", "whether he has a strategy"),
        ("mixed", "75 percent of Republicans", '"most people in politics" can’t be trusted'),
    ]


def test_nouns_and_manners_that_look_like_cues(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Yoga can reduce stress and enhance relaxation.\n\n"
        "The dock adds ten USB ports for a total of fourteen.\n\n"
        "Movers will work according to your preference and schedule.\n\n"
        "Officials stress the importance of the talks.\n\n"
        "Saddam assumed the role of embattled Arab hero in offering his proposal.\n\n"
        "DNA tests of the hair found outside the home matched Kopp.\n\n"
        "Analysts assumed the economy would grow.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("Officials", "stress", "the importance of the talks"),
        ("Analysts", "assumed", "the economy would grow"),
    ]


def test_going_on_a_trip_is_a_deed(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "The four go on an adventure that would see them travel to different planets.\n\n"
        "Trump went on the offensive against his rivals.\n\n"
        "He went on: the plan was dead.\n",
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [("He", "went on", "the plan was dead")]


def test_a_subject_with_a_restrictive_relative_clause_is_the_speaker(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Democrats in Iowa who watched the Saturday debate said they were unfazed by the flap.\n\n"
        "Anyone who knows anything about McConnell says he will fight the nomination.\n\n"
        "Supporters who attended the rally on Monday said they would vote for him.\n\n"
        "Trump, who spoke at the rally, said he would win.\n\n"
        "Sanders supporters who came to Philadelphia to protest the convention say they will back Stein.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Democrats in Iowa who watched the Saturday debate", "they were unfazed by the flap"),
        ("Anyone who knows anything about McConnell", "he will fight the nomination"),
        ("Supporters who attended the rally", "they would vote for him"),  # (a rally is no adverb)
        ("Trump, who spoke at the rally", "he would win"),
        ("Sanders supporters who came to Philadelphia to protest the convention", "they will back Stein"),
    ]


def test_what_a_restrictive_relative_clause_says_ends_with_the_subject(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Those who said the economy was their top issue said they favored Trump.\n\n"
        "Bucher said that some residents in Jupiter, Florida who were voting as independents complained.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("who", "the economy was their top issue"),
        ("Those who said the economy was their top issue", "they favored Trump"),
        ("Bucher", "that some residents in Jupiter, Florida who were voting as independents complained"),
    ]


def test_an_opening_adjunct_is_no_subject(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "For months, Cruz had praised Trump, stating there was a benefit to having him in the race.\n\n"
        "Eight years ago, he supported Obama over Clinton and said the party was wrong.\n\n"
        "But a few days later, Trump reversed himself again, telling CBS that the laws are set.\n\n"
        "On Thursday, after remaining neutral throughout the primaries, Warren endorsed Clinton, "
        "saying the party was united.\n\n"
        "The candidate changed her story a few months later, after her statement was shown to be false, "
        "stating that she had sent no such emails.\n",
    )
    assert [(q.speaker.text, q.content.text) for q in quotes] == [
        ("Cruz", "there was a benefit to having him in the race"),
        ("he", "the party was wrong"),
        ("Trump", "that the laws are set"),
        ("Warren", "the party was united"),
        ("The candidate", "that she had sent no such emails"),  # (a time after the verb: no adjunct)
    ]


def test_a_long_opening_adjunct_and_an_irregular_verb_leave_the_subject(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Asked on Monday whether Mr. Clinton would hold a cabinet position, Mrs. Clinton shook her head "
        "and said, \"No.\"\n\n"
        "At a campaign event in St. Clairsville, Ohio, Brenda Johnson railed against immigrants, and "
        "explained how much it upset her to hear them.\n\n"
        "By contrast, in the final two years of President George W. Bush's term, Democrats controlled "
        "the Senate and said the pace was normal.\n\n"
        "Under the new program, people would enroll and then state and local leaders could call on "
        "their help during natural disasters.\n",
    )
    assert [(q.speaker and q.speaker.text, q.cue.text) for q in quotes] == [
        (None, "Asked"), ("Mrs. Clinton", "said"), ("Brenda Johnson", "explained"), ("Democrats", "said"),
        ("state and local leaders", "call on"),  # (``state and``: no cue)
    ]


def test_a_subordinate_clause_s_subject_speaks_with_its_second_verb(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "Dozens of employees stood with the nominee as he boasted about the course and said that most "
        "of his workers were Hispanic.\n\n"
        "The turn was complete when Trump called them rapists (although he allowed that some were good) "
        "and promised to build a wall.\n\n"
        "When he arrived, Trump met the families and said the plan would work.\n\n"
        "Likewise, Trump went after Hillary Clinton for her answer and called for her to quit the race.\n",
    )
    assert [(q.speaker.text, q.cue.text) for q in quotes if q.cue.text in ("said", "promised", "called for")] == [
        ("he", "said"), ("Trump", "promised"), ("Trump", "said"), ("Trump", "called for"),
    ]


def test_a_quote_introduced_by_a_colon(parser: Parser) -> None:
    quotes = quotes_of(
        parser,
        "The town was flooded on Monday.\n\n"
        "In a statement, the mayor said:\n\n"
        '"We will rebuild the town."\n\n'
        "Said Ellis: “I don’t get the sense she is interested.”\n\n"
        'Lee, who signed the law, interjected to say: "They have both been inconsistent."\n',
    )
    assert [(q.speaker.text, q.cue.text, q.content.text) for q in quotes] == [
        ("the mayor", "said", '"We will rebuild the town."'),
        ("Ellis", "Said", "“I don’t get the sense she is interested.”"),
        ("Lee", "say", '"They have both been inconsistent."'),
    ]


@pytest.mark.parametrize("form", sorted(SAVED_FORMS))
def test_a_saved_page_gives_the_quotes_of_the_copied_one(parser: Parser, seed_000: str, seed_004: str,
                                                         form: str) -> None:
    """Hard-wrapped lines (``lynx -dump``, ``html2text``) are one paragraph, ``[Putin](https://...)
    said`` is Putin's quote, so is ``&quot;...,&quot; Putin said``; spans are cut from the text."""
    def read(text: str) -> list[tuple]:
        article = parser.parse(text)
        check_spans(article)
        return [(q.kind, q.speaker_name, q.cue_class, as_shown(q.content.text)) for q in article.quotes]

    for text in (seed_000, seed_004):
        saved = SAVED_FORMS[form](text)
        assert saved != text and (form != "markdown" or "](https://" in saved)
        copied = read(text)
        assert len(copied) > 10
        assert read(saved) == copied


def test_html_entities_are_cut_whole(parser: Parser) -> None:
    [q] = quotes_of(parser, "&quot;We will not give in to pressure from anyone,&quot; Putin said on Monday.")
    assert q.content.text == "&quot;We will not give in to pressure from anyone,&quot;"
    assert (q.kind, q.speaker.text) == (QuoteKind.DIRECT, "Putin")


def test_a_quotation_after_the_speakers_appositive_continues_the_quote(parser: Parser) -> None:
    # ``"A," said X, his title. "B."``: one quote of two pieces, as after ``"A," X said. "B."``
    [quote] = quotes_of(
        parser,
        "“Even though most economists agree, it is not accepted,” said Josh Bivens, research "
        "director at the institute. “We need more stimulus to get there.”\n",
    )
    assert quote.speaker.text == "Josh Bivens"
    assert [p.text for p in quote.parts] == [
        "“Even though most economists agree, it is not accepted,”", "“We need more stimulus to get there.”",
    ]
    # a clause of its own after the comma ends the attribution: the next quotation is not joined
    quotes = quotes_of(
        parser,
        "“It is over for this team,” said Smith, who added that the season was lost. "
        "“We will be back next year with a new squad.”\n",
    )
    assert not any(q.parts for q in quotes)


# --------------------------------------------------------------------------- fast paths


QUOTED_SENTENCES = (
    'He said: "We will win. They will lose. Mr. Smith knows it." Then he left. She called it '
    '"a disgrace". Mr. Lee said "no. Never." and went on. A scare quote: "Fine. Never" to them. “One. Two.” ‘Three. Four.’ He said it '
    "again. 'It is over. It really is,' the mayor said. \"An open quote. It runs on. To the end"
)


@pytest.mark.parametrize("text", [QUOTED_SENTENCES, QUOTED_SENTENCES.replace('"', "''")])
def test_only_a_direct_quotation_holds_a_sentence_boundary_back(seed_004: str, text: str) -> None:
    # ``_sentences`` looks up only the direct regions: the boundaries are those found without
    # any region, less those inside a direct quotation (found here region by region)
    from newsparse.default_plugins import quotes as q

    for para in q.PARAGRAPH_RE.finditer(seed_004 + "\n" + text + "\n" + text * 3):
        source, start, end = para.string, para.start(), para.end()
        regions = [q._Region(s, e, closed, q._is_direct(source, s, e))
                   for s, e, closed in q._quote_regions(source, start, end)]
        # (what the look-up relies on: the regions are in order, none overlapping the next)
        assert all(r.end <= r2.start for r, r2 in zip(regions, regions[1:]))
        every = q._sentences(source, start, end, [])
        kept = [(e, s2) for (_, e), (s2, _) in zip(every, every[1:])
                if not any(r.direct and r.start <= s2 - 1 < r.end and s2 < r.end for r in regions)]
        got = q._sentences(source, start, end, regions)
        assert [(e, s2) for (_, e), (s2, _) in zip(got, got[1:])] == kept
    # (the test text has direct quotations, and a short one holding a boundary)
    assert any(r.direct for r in regions) and not all(r.direct for r in regions)


def test_no_share_of_people_ends_at_the_first_token_of_a_sentence() -> None:
    # ``_speaker_before`` looks for a poll's share only before the sentence's first token
    from newsparse.default_plugins import quotes as q

    for opening in ("47 percent", "42%", "10", "ten", "Six in 10", "half", "Half of", "of voters",
                    "percent of", "%", "majority", "two-thirds", "about 4", "one", "voters", "of"):
        toks = q._tokens(opening + " said so", 0, len(opening) + 8)
        for i in range(len(toks)):
            if q._share_back(toks[i:], 0) is not None:
                raise AssertionError(opening)
    for sentence, share in (("Six in 10 said so.", "Six in 10"), ("42% said so.", "42%"),
                            ("Half of them said so.", "Half of them")):
        toks = q._tokens(sentence, 0, len(sentence))
        assert q._speaker_before(sentence, toks, toks.lows.index("said")) == (0, len(share))


def test_a_word_is_found_as_the_pattern_finds_it() -> None:
    # ``_has_word`` takes a letter in the first two characters for a word without the pattern:
    # every letter is a word character of ``WORDS_RE`` (and a number or a mark may be none)
    from newsparse.default_plugins import quotes as q

    text = '"a" ½ “x” ²_ \u0301é 4 ’— Ⅻ “½²” .,;A\u200d"'
    for a in range(len(text) + 1):
        for b in range(len(text) + 1):
            assert q._has_word(text, a, b) == (q.WORDS_RE.search(text, a, b) is not None), (a, b)
    assert all(q.WORDS_RE.match(chr(c)) for c in range(0x30000) if chr(c).isalpha())


def test_a_text_without_a_cue_word_still_has_its_quotations_and_its_in_a_poll_quotes(parser: Parser) -> None:
    # ``find_quotes`` runs the direct, indirect and ``called`` passes only when a paragraph has a
    # quotation mark or a cue word: a quotation alone is a quote, and so is ``In a poll, ...``
    [quote] = quotes_of(parser, '"We will not give in to anyone, not now and not ever, at any price."')
    assert quote.kind == QuoteKind.DIRECT and quote.speaker is None
    [quote] = quotes_of(parser, "In the latest CBS News poll, Clinton led Sanders 56 percent to 32.")
    assert quote.content.text == "Clinton led Sanders 56 percent to 32"
    assert quotes_of(parser, "The town rebuilt its bridge over the river in the summer.") == []


def test_a_sentence_with_only_the_first_word_of_a_multi_word_cue_gets_no_tokens(parser: Parser) -> None:
    # ``was`` opens ``was convinced``: a sentence with ``was`` and no ``convinced`` holds no
    # cue, so only the sentence with ``said`` (and the one with the quotation) is tokenised
    from newsparse.default_plugins import quotes as q

    table = q._cue_table(parser.lexicon)
    text = "The mayor said the bridge will reopen. It was closed in May. The river was high."
    para = q._Paragraph(text, 0, len(text), table)
    assert " ".join(para.toks.texts) == "The mayor said the bridge will reopen ."
    convinced = text.replace("was closed in May", "was convinced of it")
    para = q._Paragraph(convinced, 0, len(convinced), table)
    assert "convinced" in para.toks.texts and "high" not in para.toks.texts
    # tokens of a sentence that reports nothing once gave its words to a quotation before it
    text = ("Yildirim's LinkedIn page lists him as \"Executive Director at Harmony Enterprises.\" "
            "The phone number at Under 70 Auto Sales is disconnected.")
    [quote] = quotes_of(parser, text)
    assert quote.content.text == '"Executive Director at Harmony Enterprises."' and quote.speaker is None


@pytest.mark.parametrize("dateline", ["CITY HALL —", "MOSCOW (AP)_", "LONDON, April 3 (Reuters) -"])
def test_a_dateline_is_neither_speaker_nor_content(parser: Parser, dateline: str) -> None:
    body = (f"{dateline} Mayor Karen Whitfield on Thursday unveiled a plan to overhaul the bus network, "
            "promising that riders would see shorter waits by next year.\n\n"
            "The plan would cost $2 billion, officials said.")
    article = parser.parse("Mayor unveils bus plan\n\n" + body + "\n")
    assert article.dateline is not None and article.dateline.span.text.startswith(dateline.split()[0])
    quote = by_content(list(article.quotes), "riders would see")
    assert quote.speaker is not None and quote.speaker.text == "Mayor Karen Whitfield"
    assert quote.content.text.startswith("that riders")
    report = parser.parse("Moscow funds a museum\n\n" + dateline + " The mayor of Moscow has allocated funds "
                          "to help build a museum, a news agency reported Friday.\n")
    [quote] = report.quotes
    assert quote.content.text.startswith("The mayor of Moscow")


def test_adding_things_and_protesting_somewhere_are_no_reports(parser: Parser) -> None:
    assert quotes_of(parser, "The economy added 200,000 jobs in March and the index added 20.72 points.") == []
    assert quotes_of(parser, "The plan would add 14 rapid bus lines and adds more flights to the airport.") == []
    assert quotes_of(parser, "Farmers protested against the plans on Tuesday and protested outside parliament.") == []
    # the same verbs reporting speech stay cues
    [quote] = quotes_of(parser, "The mayor added that the plan would cost $2 billion.")
    assert quote.speaker.text == "The mayor" and quote.content.text == "that the plan would cost $2 billion"
    [quote] = quotes_of(parser, '"We will not pay," the farmers protested.')
    assert quote.speaker.text == "the farmers" and quote.cue.text == "protested"


def test_a_role_then_the_name_names_the_speaker(parser: Parser) -> None:
    quotes = quotes_of(parser, '"Ideally is not good enough," said its executive director, Martin Kaiser. '
                               '"We need more," Kaiser said.')
    assert [q.speaker.text for q in quotes] == ["its executive director, Martin Kaiser", "Kaiser"]
    assert [q.speaker_name for q in quotes] == ["Martin Kaiser", "Martin Kaiser"]
    [quote] = quotes_of(parser, "His campaign manager, Jeff Weaver, said the senator would stay in the race.")
    assert quote.speaker_name == "Jeff Weaver"
    # a place, a title or a clause after the comma is no name
    [quote] = quotes_of(parser, "A Palo Alto, Calif., computer company said it would cut 300 jobs.")
    assert quote.speaker_name == quote.speaker.text
    [quote] = quotes_of(parser, '"It is over," said a fiery critic of the businessman, Sen. Jane Roe.')
    assert quote.speaker_name != "Sen"


def test_a_role_in_lower_case_before_the_name_names_the_speaker(parser: Parser) -> None:
    [quote] = quotes_of(parser, "Kishida will meet Biden on January 13, chief cabinet secretary Hirokazu Matsuno "
                                "told a news conference.")
    assert quote.speaker.text == "chief cabinet secretary Hirokazu Matsuno"
    assert quote.speaker_name == "Hirokazu Matsuno"
    # a name after a preposition is not the speaker's
    [quote] = quotes_of(parser, "The plan will fail, an adviser to Hillary Clinton said.")
    assert quote.speaker.text == quote.speaker_name == "an adviser to Hillary Clinton"


def test_a_name_after_a_noun_opens_a_clause_on_the_noun(parser: Parser) -> None:
    # ``a move [that] Matsuno described``: Matsuno is the speaker, not ``a move Matsuno``
    [quote] = quotes_of(parser, "Japan unveiled its biggest military build-up since World War II, "
                                'a move Matsuno described as "a major turning point".')
    assert quote.speaker.text == "Matsuno" and quote.cue.text == "described"
    # ``a charge Gonzalez denied``: the charge is not what Gonzalez said
    assert quotes_of(parser, "The relatives filed affidavits alleging Gonzalez abused his son, "
                             "a charge Gonzalez denied.") == []
    # a role before the name still opens the speaker
    [quote] = quotes_of(parser, "The vote was a disaster, longtime journalist Martha Raddatz said.")
    assert quote.speaker.text == "longtime journalist Martha Raddatz"


def test_a_label_in_capitals_opening_the_paragraph_is_not_content(parser: Parser) -> None:
    [quote] = quotes_of(parser, "TOKYO: Japanese Prime Minister Fumio Kishida will visit Washington next week, "
                                "the government said on Saturday.")
    assert quote.content.text == "Japanese Prime Minister Fumio Kishida will visit Washington next week"
    [quote] = quotes_of(parser, "NEW DELHI: India will host the summit next year, officials said.")
    assert quote.content.text == "India will host the summit next year"


def test_a_speaker_is_the_person_a_phrase_hangs_on(parser: Parser) -> None:
    for speaker in ("a spokesman for the ministry", "the head of the agency", "people familiar with the talks",
                    "a senior adviser to the president", "sources close to him", "Officials in Washington"):
        [quote] = quotes_of(parser, f"The plan will fail, {speaker} said.")
        assert quote.speaker.text == speaker and quote.content.text == "The plan will fail"
    # not a time
    [quote] = quotes_of(parser, "The developers took the money, federal prosecutors in April said.")
    assert quote.speaker.text == "federal prosecutors"


def test_an_attribution_inside_the_sentence_splits_the_content(parser: Parser) -> None:
    [quote] = quotes_of(parser, "At times last year, people close to the vice president said, the mere mention "
                                "of her name could make him fume.")
    assert [p.text for p in quote.parts] == ["At times last year",
                                             "the mere mention of her name could make him fume"]
    assert quote.speaker.text == "people close to the vice president"
    assert quote.content.text.startswith("At times") and quote.content.text.endswith("fume")
    [quote] = quotes_of(parser, "The economy, the minister said, will grow next year.")
    assert [p.text for p in quote.parts] == ["The economy", "will grow next year"]
    # what follows the attribution is the speaker's own clause or an adjunct: one part
    for rest in ("adding that taxes would rise", "in an interview with the BBC", "and the opposition agreed"):
        quote = quotes_of(parser, f"The plan will fail, the minister said, {rest}.")[0]
        assert quote.content.text == "The plan will fail" and quote.parts == ()


def test_a_time_after_the_cue_is_not_what_was_said(parser: Parser) -> None:
    for when in ("on Monday", "Monday", "on Jan. 5", "last week", "on Tuesday night,"):
        [quote] = quotes_of(parser, f"Russian Foreign Minister Sergei Lavrov said {when} the talks had failed.")
        assert quote.content.text == "the talks had failed", when
        assert quote.speaker_name == "Sergei Lavrov"
    # a time and a place with no clause after them: no quote
    assert quotes_of(parser, "Lavrov said on Monday in Geneva.") == []
    # a passive's time is no cue's (``was announced Wednesday, they have said ...``)
    [quote] = quotes_of(parser, "Since the decision was announced Wednesday, they have said they will appeal.")
    assert quote.speaker.text == "they" and quote.content.text == "they will appeal"


def test_the_audience_told_is_not_what_was_said(parser: Parser) -> None:
    for audience in ("a news conference in Moscow", "the BBC", "a briefing"):
        [quote] = quotes_of(parser, f"Lavrov told {audience} the talks had failed.")
        assert quote.content.text == "the talks had failed", audience


def test_quoted_as_saying_in_the_passive(parser: Parser) -> None:
    [quote] = quotes_of(parser, "Smith was quoted as saying the talks had failed.")
    assert quote.speaker.text == "Smith" and quote.content.text == "the talks had failed"
    article = parser.parse("Talks\n\nThe talks had failed, Lavrov was quoted by the RIA news agency as saying.\n")
    [quote] = article.quotes
    assert quote.speaker.text == "Lavrov" and quote.content.text == "The talks had failed"
    assert quote.source is not None


def test_a_name_before_an_appositive_hung_on_a_person_or_between_dashes(parser: Parser) -> None:
    [quote] = quotes_of(parser, "The spokesman for the ministry, John Smith, said the talks had failed.")
    assert quote.speaker_name == "John Smith"
    [quote] = quotes_of(parser, "John Smith – who led the delegation – said the talks had failed.")
    assert quote.speaker.text.startswith("John Smith") and quote.content.text == "the talks had failed"
    # two hyphens for a dash (plain-text archives), a comma inside the appositive
    [quote] = quotes_of(parser, "Lowe -- author of Budget Days, a book on city finances -- said the budget was "
                                "too small.")
    assert quote.speaker_name == "Lowe" and quote.content.text == "the budget was too small"
    [quote] = quotes_of(parser, "A former treasurer -- Mary Lowe, who left in 2010 -- said the budget was too small.")
    assert quote.speaker_name == "Mary Lowe" and quote.content.text == "the budget was too small"
    # a name that opens the clause keeps it over a phrase in an appositive
    [quote] = quotes_of(parser, "Senator Sheldon Whitehouse, a Democrat from Rhode Island, said the tax would help.")
    assert quote.speaker_name == "Sheldon Whitehouse"
    [quote] = quotes_of(parser, "The talks had failed, a statement from the ministry said.")
    assert quote.speaker.text == "a statement from the ministry"


def test_a_middle_initial_a_is_no_article(parser: Parser) -> None:
    [quote] = quotes_of(parser, "Mary A. Lowe said the budget was too small.")
    assert (quote.speaker.text, quote.speaker_name) == ("Mary A. Lowe", "Mary A. Lowe")
    [quote] = quotes_of(parser, "Mary A. Lowe, a lawyer for the city, said the budget was too small.")
    assert quote.speaker_name == "Mary A. Lowe" and quote.content.text == "the budget was too small"


@pytest.mark.parametrize("before", ["BOSTON -- ", "The vote was close — ", "It was only last year that ",
                                    "The vote was close after "])
def test_a_subject_with_an_appositive_after_a_dash_or_a_subordinator(parser: Parser, before: str) -> None:
    [quote] = quotes_of(parser, before + "Mary Lowe, the city treasurer, said the budget was too small.")
    assert (quote.speaker.text, quote.speaker_name) == ("Mary Lowe, the city treasurer", "Mary Lowe")
    assert quote.content.text == "the budget was too small"


def test_a_parenthesis_before_the_comma_of_an_appositive(parser: Parser) -> None:
    [quote] = quotes_of(parser, "Sen. Mary Lowe (D-Ohio), said after a lunch that she had not read the plan.")
    assert (quote.speaker.text, quote.speaker_name) == ("Sen. Mary Lowe (D-Ohio)", "Mary Lowe")
    assert quote.content.text == "that she had not read the plan"
    [quote] = quotes_of(parser, "Tom Reed, whose degree was paid for by the Reserve Officers' Training Corps (ROTC) "
                                "program, said the budget was too small.")
    assert quote.speaker_name == "Tom Reed" and quote.content.text == "the budget was too small"


def test_said_a_but_called_b_is_two_quotes(parser: Parser) -> None:
    said, called = quotes_of(parser, 'Mary Lowe said that she had not read the plan, but called it a "good start."')
    assert (said.cue.text, said.content.text) == ("said", "that she had not read the plan")
    assert (called.cue.text, called.content.text, called.speaker_name) == ("called", 'it a "good start."', "Mary Lowe")


@pytest.mark.parametrize("aside", ["however", "for example", "in turn"])
def test_an_aside_before_the_cue_is_no_part_of_the_speaker(parser: Parser, aside: str) -> None:
    [quote] = quotes_of(parser, f"Mary Lowe, {aside}, said the budget was too small.")
    assert (quote.speaker.text, quote.content.text) == ("Mary Lowe", "the budget was too small")
    # the subject before both an appositive and the aside
    [quote] = quotes_of(parser, f"Mary Lowe, the city treasurer, {aside}, said the budget was too small.")
    assert (quote.speaker.text, quote.speaker_name) == ("Mary Lowe, the city treasurer", "Mary Lowe")


def test_a_name_between_commas_after_a_phrase_it_names(parser: Parser) -> None:
    [quote] = quotes_of(parser, "One of her advisers, Tom Reed, told reporters the budget was too small.")
    assert (quote.speaker.text, quote.speaker_name) == ("One of her advisers, Tom Reed", "Tom Reed")
    assert quote.content.text == "the budget was too small"
    [quote] = quotes_of(parser, "Another member of the board, Tom Reed, said the budget was too small.")
    assert quote.speaker_name == "Tom Reed" and quote.content.text == "the budget was too small"


def test_a_hyphenated_title_is_no_part_of_the_name(parser: Parser) -> None:
    [quote] = quotes_of(parser, "UN Secretary-General Antonio Guterres said the talks had failed.")
    assert quote.speaker_name == "Antonio Guterres"


def test_may_in_a_name_is_no_modal_and_asking_not_to_be_named_is_no_quote(parser: Parser) -> None:
    [quote] = quotes_of(parser, 'Prime Minister Theresa May said: "This is a good deal for Britain."')
    assert quote.speaker.text == "Prime Minister Theresa May"
    [quote] = quotes_of(parser, '"The situation is serious," the official, who asked not to be named, said.')
    assert quote.kind.value == "direct" and quote.content.text == '"The situation is serious,"'


def test_reporting_from_a_place_is_no_report(parser: Parser) -> None:
    [quote] = quotes_of(parser, "Al Jazeera's Hamdah Salhut, reporting from occupied East Jerusalem, said "
                                "expectations were low.")
    assert quote.cue.text == "said" and quote.content.text == "expectations were low"
    assert quote.speaker_name == "Hamdah Salhut"
    # a capitalised particle opens a name
    [quote] = quotes_of(parser, "New York is safe, De Blasio said.")
    assert quote.speaker.text == "De Blasio"


@pytest.mark.parametrize(
    ("sentence", "speaker", "name"),
    [
        ("Sen. Bernie Sanders of Vermont said the plan was a disgrace.",
         "Sen. Bernie Sanders of Vermont", "Bernie Sanders"),
        ("Opposition leader Friedrich Merz of the conservative CDU called for new elections.",
         "Opposition leader Friedrich Merz of the conservative CDU", "Friedrich Merz"),
        ("Dr. Anthony Fauci of the National Institutes of Health told reporters that the vaccine was safe.",
         "Dr. Anthony Fauci of the National Institutes of Health", "Anthony Fauci"),
        ("Mr. Burman of the Tax Policy Center said the plan would cost billions.",
         "Mr. Burman of the Tax Policy Center", "Burman"),
        ("Jane Smith from the University of Michigan said the study was flawed.",
         "Jane Smith from the University of Michigan", "Jane Smith"),
        ("Mayor Bill de Blasio of New York said the city would recover.",
         "Mayor Bill de Blasio of New York", "Bill de Blasio"),
    ],
)
def test_a_name_owning_a_place_or_an_organisation_is_the_speaker(parser: Parser, sentence, speaker, name) -> None:
    [quote] = quotes_of(parser, sentence)
    assert quote.speaker.text == speaker
    assert quote.speaker_name == name


def test_an_organisation_or_a_role_before_of_names_nobody_after_it(parser: Parser) -> None:
    # an organisation's own name (not a person's): the whole mention
    [quote] = quotes_of(parser, "The Hollywood Chamber of Commerce said it will not remove the star.")
    assert quote.speaker_name == "The Hollywood Chamber of Commerce"
    # a role's: not the place or the person after it
    [quote] = quotes_of(parser, "A professor at Harvard said the study was flawed.")
    assert quote.speaker_name == "A professor at Harvard"
    [quote] = quotes_of(parser, "Residents of Valencia say warnings came too late.")
    assert quote.speaker_name == "Residents of Valencia"
    # a title's: the name after the organisation
    [quote] = quotes_of(parser, "Secretary of State John Kerry said the talks would resume.")
    assert quote.speaker_name == "John Kerry"
    # a message's: its sender
    [quote] = quotes_of(parser, "An email from Neera Tanden, meanwhile, said that the plan was flawed.")
    assert quote.speaker_name == "Neera Tanden"
    # one name after a title that is no person's title is no person's name
    [quote] = quotes_of(parser, "New numbers released Tuesday by the state Division of Elections showed that "
                                "turnout rose.")
    assert quote.speaker_name != "Division"


def test_particles_inside_a_name_are_part_of_it(parser: Parser) -> None:
    [quote] = quotes_of(parser, "Commission President Ursula von der Leyen said the union would act.")
    assert quote.speaker_name == "Ursula von der Leyen"


def test_sources_with_knowledge_of_the_matter_are_the_speaker(parser: Parser) -> None:
    [quote] = quotes_of(parser, "The talks collapsed, two sources with knowledge of the matter told Reuters.")
    assert quote.speaker.text == "two sources with knowledge of the matter"
    assert quote.content.text == "The talks collapsed" and quote.source == "Reuters"
    [quote] = quotes_of(parser, "People with direct knowledge of the plan said it would be announced on Monday.")
    assert quote.speaker.text == "People with direct knowledge of the plan"
    [quote] = quotes_of(parser, "Residents of the worst-hit towns near Valencia said the alerts came too late.")
    assert quote.speaker.text == "Residents of the worst-hit towns near Valencia"


def test_a_participles_speaker_is_the_subject_not_the_clause(parser: Parser) -> None:
    # ``..., saying``: the sentence's subject, not on into its verb and object
    [quote] = quotes_of(parser, "The central bank kept rates on hold, saying inflation remained too high.")
    assert quote.speaker.text == "The central bank"
    assert quote.content.text == "inflation remained too high"


def test_going_on_with_a_deed_is_no_speech(parser: Parser) -> None:
    # ``continue`` reports speech (``"...," he continued``), not when a deed follows
    assert quotes_of(parser, "Rescuers continue to search for the missing.") == []
    assert quotes_of(parser, "A powerful ice storm continued to maintain its grip on the region.") == []
    [quote] = quotes_of(parser, '"We will rebuild," he continued.')
    assert quote.cue.text == "continued"
    # a cue after it, with a clause: the speaker is the subject before ``continues to``
    [quote] = quotes_of(parser, "Mr. Trump continues to insist he is the only president tough enough.")
    assert quote.speaker.text == "Mr. Trump" and quote.cue.text == "insist"
    assert quote.content.text == "he is the only president tough enough"


def test_said_at_least_reports_a_clause(parser: Parser) -> None:
    # ``at least`` opens a number, not an adjunct of place (``said at a news conference``)
    [quote] = quotes_of(parser, "The report said at least 40 civilians were killed.")
    assert quote.speaker.text == "The report" and quote.content.text == "at least 40 civilians were killed"
    [quote] = quotes_of(parser, "The report, published on Thursday by Human Rights Watch, said at least 40 died.")
    assert quote.speaker_name == "The report"
    assert quotes_of(parser, "The minister spoke at length at a news conference in Rome.") == []


def test_a_relative_clauses_content_ends_at_its_comma(parser: Parser) -> None:
    quotes = quotes_of(parser, "The senator, who said she would run again, lost the primary in May.")
    assert [(q.speaker.text, q.speaker_name, q.content.text) for q in quotes] == [
        ("who", "The senator", "she would run again")]
    quotes = quotes_of(parser, '"It was terrifying," one resident, who asked not to be named, told AFP.')
    assert quotes[0].speaker_name == "one resident"


def test_adding_after_a_direct_quote_is_the_same_speakers(parser: Parser) -> None:
    text = ('"We are not going to back down," Johnson told reporters in London, adding that '
            '"the talks will go on as long as they need to."')
    first, second = quotes_of(parser, text)
    assert first.speaker.text == "Johnson" and first.cue.text == "told"
    assert second.speaker.text == "Johnson" and second.cue.text == "adding"
    assert second.kind is QuoteKind.MIXED
    assert second.content.text == 'that "the talks will go on as long as they need to."'


def test_quoting_cues_attribute_only_a_quotation(parser: Parser) -> None:
    [quote] = quotes_of(parser, '"Enough is enough," protesters chanted outside parliament.')
    assert quote.speaker.text == "protesters" and quote.cue_class == "quoting"
    [quote] = quotes_of(parser, '"We stand with Ukraine," the statement read.')
    assert quote.speaker.text == "the statement" and quote.cue.text == "read"
    # no clause of their own, and none after a noun: a deed, or the chant's own words
    assert quotes_of(parser, "She read the report aloud to the committee on Monday.") == []
    assert quotes_of(parser, "The company posted a loss of three billion dollars last quarter.") == []
    [quote] = quotes_of(parser, 'Supporters joined in a thunderous chant of "Feel the Bern!" Horns blared.')
    assert quote.cue is None


@pytest.mark.parametrize(
    ("sentence", "speaker", "name"),
    [
        ("Edward Alden of the Council on Foreign Relations in Washington said the tariffs would hurt farmers.",
         "Edward Alden of the Council on Foreign Relations in Washington", "Edward Alden"),
        ("Jane Roe of Oxfam in Nairobi said the aid had run out.", "Jane Roe of Oxfam in Nairobi", "Jane Roe"),
        ("Officials in Kyiv said the attack killed 12 people.", "Officials in Kyiv", "Officials in Kyiv"),
        ("Experts at the University of Oxford in England said the vaccine worked.",
         "Experts at the University of Oxford in England", "Experts at the University of Oxford in England"),
        ("The head of the IMF in Asia said growth would slow.", "The head of the IMF in Asia",
         "The head of the IMF in Asia"),
    ],
)
def test_a_subject_runs_back_over_its_prepositional_phrases(parser: Parser, sentence, speaker, name) -> None:
    [quote] = quotes_of(parser, sentence)
    assert (quote.speaker.text, quote.speaker_name) == (speaker, name)


def test_a_phrase_headed_by_no_speaker_noun_is_not_followed_back(parser: Parser) -> None:
    # ``Tickets for the tour go on sale``: the capital opens the sentence, it makes no name
    for quote in quotes_of(parser, "The ad uses footage of Hillary Clinton saying that the rules were rigged."):
        assert not quote.speaker.text.startswith("The ad uses")


def test_a_full_stop_quote_before_an_attribution_that_introduces_the_next_one(parser: Parser) -> None:
    quotes = quotes_of(parser, 'The filing gives another name, "Noble Moving and Storage." '
                               'The spokesman said, "Farah Al-Ibrahim, President."')
    last = quotes[-1]
    assert last.content.text == '"Farah Al-Ibrahim, President."' and last.speaker.text == "The spokesman"
    assert not last.parts
    # a comma inside the first: one quote of two parts
    [quote] = quotes_of(parser, '"We won," Smith said, "and it was hard."')
    assert len(quote.parts) == 2


def test_an_organisations_name_is_its_whole_name(parser: Parser) -> None:
    [quote] = quotes_of(parser, "The Bureau of Labor Statistics said the economy added 358,000 jobs last month.")
    assert quote.speaker_name == "Bureau of Labor Statistics"  # (the body's name, as its source has it)
    [quote] = quotes_of(parser, "The Council on American-Islamic Relations National Executive Director "
                                "Nihad Awad said the rhetoric was dangerous.")
    assert quote.speaker_name == "Nihad Awad"


def test_the_object_of_a_cue_that_does_not_invert_is_no_speaker(parser: Parser) -> None:
    quotes = quotes_of(parser, "The opposition leader, Kemi Badenoch, criticised the response. "
                               "She said the government had been too slow.")
    first, second = quotes
    assert first.speaker.text == "The opposition leader, Kemi Badenoch" and first.content.text == "the response"
    assert second.speaker_name == "Kemi Badenoch"
    # a cue that puts its speaker after it in plain reporting, and a speaker's noun after another
    [quote] = quotes_of(parser, "The man was arrested on Saturday, said police.")
    assert quote.speaker.text == "police" and quote.content.text == "The man was arrested on Saturday"
    [quote] = quotes_of(parser, "The plan would cost jobs, warned the union's leader.")
    assert quote.speaker.text == "the union's leader"


@pytest.mark.parametrize("speaker", [
    "officials close to the talks",
    "people familiar with the matter",
    "a person briefed on the plan",
])
def test_an_inverted_speaker_runs_over_close_to_familiar_with_briefed_on(parser: Parser, speaker: str) -> None:
    [quote] = quotes_of(parser, f"The vote was delayed until Friday, said {speaker}.")
    assert quote.speaker.text == speaker and quote.content.text == "The vote was delayed until Friday"


@pytest.mark.parametrize("speaker", ["Channel 12", "Israel's Channel 12", "BBC Radio 4", "Britain's Channel 4 News"])
def test_a_number_inside_a_name_stays_in_the_speaker(parser: Parser, speaker: str) -> None:
    [quote] = quotes_of(parser, f"{speaker} reported that the delegation would return on Tuesday.")
    assert quote.speaker.text == speaker and quote.cue.text == "reported"


def test_a_participle_between_the_speaker_and_the_cue_is_no_part_of_either(parser: Parser) -> None:
    # ``Xinhua, citing KCNA, said``: the relay is its source, its phrase ends at the comma
    [quote] = quotes_of(parser, 'Xinhua, citing KCNA, said the North would "never give up" its weapons.')
    assert (quote.speaker.text, quote.cue.text, quote.source) == ("Xinhua", "said", "KCNA")
    assert quote.content.text == 'the North would "never give up" its weapons'
    cited, said = quotes_of(parser, "The ministry, citing security concerns, said the border would stay closed.")
    assert (cited.cue.text, cited.content.text) == ("citing", "security concerns")
    assert (said.speaker.text, said.content.text) == ("The ministry", "the border would stay closed")
    [quote] = quotes_of(parser, "Trump, speaking at a rally in Ohio, said the economy was strong.")
    assert quote.speaker.text == "Trump"


@pytest.mark.parametrize("speaker", [
    "John Smith, acting director of the agency",
    "Officials, including Gov. Chris Christie",
    "a New Providence, N.J., marketing consultant",
])
def test_a_title_or_a_noun_in_ing_stays_in_the_speaker(parser: Parser, speaker: str) -> None:
    [quote] = quotes_of(parser, f"{speaker}, said the plan would work.")
    assert quote.speaker.text == speaker


def test_an_organisation_s_name_is_its_own_without_the_short_form_after_it(parser: Parser) -> None:
    # (``The Joint Chiefs of Staff`` had the name ``Staff``)
    [quote] = quotes_of(parser, "The Joint Chiefs of Staff (JCS) said it detected the launch at 7:30 a.m.")
    assert quote.speaker.text == "The Joint Chiefs of Staff (JCS)"
    assert quote.speaker_name == "The Joint Chiefs of Staff"
    [quote] = quotes_of(parser, "The Islamic Revolutionary Guard Corps (IRGC) said it fired missiles at the base.")
    assert quote.speaker_name == "Islamic Revolutionary Guard Corps"  # (a body: its source's name)


def test_a_medium_s_kind_before_its_name_is_part_of_the_speaker_that_ends_a_content(parser: Parser) -> None:
    # (the content had run on over ``state broadcaster CCTV reported``)
    [quote] = quotes_of(parser, "The politburo, a top decision-making body of the Communist Party, said on "
                                "Monday it would adopt a looser monetary policy next year, state broadcaster "
                                "CCTV reported.")
    assert quote.content.text == "it would adopt a looser monetary policy next year"
    assert quote.source == "CCTV"
    # an appositive is no part of an organisation's name
    assert quote.speaker_name == "The politburo"


def test_nouns_and_objects_of_belief_are_not_attributions(parser: Parser) -> None:
    # a cue that is a noun after an adjective (``earlier pledges``) attributes nothing
    assert quotes_of(parser, "Biden pardons son Hunter despite earlier pledges not to do so.") == []
    # a quotation a belief's verb takes after a modal is what the clause around it reports
    [quote] = quotes_of(parser, 'The president said he hoped Americans would understand "why a father '
                                'would come to this decision."')
    assert (quote.speaker.text, quote.cue.text, quote.kind) == ("The president", "said", QuoteKind.MIXED)
    assert quote.content.text.startswith("he hoped Americans would understand")


def test_a_trailing_attribution_s_time_then_a_clause_and_the_sources_after_it(parser: Parser) -> None:
    # ``..., customs data showed on Monday, as ...``: the cue trails what it reports
    [quote] = quotes_of(parser, "China's exports grew faster than expected in November, customs data showed "
                                "on Monday, as factories rushed shipments out before new tariffs.")
    assert quote.content.text == "China's exports grew faster than expected in November"
    # a source in a clause after the attribution is no relay of it, unless named as one
    [quote] = quotes_of(parser, "Outbound shipments rose 6.7% year-on-year, customs data showed, missing the "
                                "8.5% forecast in a Reuters poll of economists.")
    assert quote.source is None
    [quote] = quotes_of(parser, "The talks had failed, the newspaper said, citing Xinhua.")
    assert quote.source == "Xinhua"
    [quote] = quotes_of(parser, "The ceasefire would hold, said Kristen Day, a senior aide, reports USA Today.")
    assert quote.source == "USA Today"


def test_a_participle_cue_after_a_time_adverb_reports_its_clause(parser: Parser, seed_004: str) -> None:
    # ``..., Putin said, later telling the TASS news agency that ...`` (the seed's)
    article = parser.parse(seed_004)
    telling = [q for q in article.quotes if q.cue is not None and q.cue.text == "telling"]
    assert [(q.speaker_name, q.source) for q in telling] == [("Vladimir Putin", "TASS")]
    assert telling[0].content.text.startswith("that Russian and North Korean delegations might meet")


def test_the_subject_of_a_second_verb_is_after_an_opening_adjunct(parser: Parser) -> None:
    # ``Earlier in the day, X met Y and called for ...``: X, not ``the day``
    [quote] = quotes_of(parser, "Earlier in the day, President Xi Jinping met Scholz and called for the two "
                                "countries to look at relations from a long-term perspective.")
    assert quote.speaker.text == "President Xi Jinping"
    [quote] = quotes_of(parser, "But the minister, who arrived late, met the press and said the talks had failed.")
    assert quote.speaker_name == "the minister"


def test_an_owner_s_possessive_is_part_of_a_trailing_speaker(parser: Parser) -> None:
    # (``..., the territory's Health Ministry says, as ...``: the content had been the ``as`` clause)
    [quote] = quotes_of(parser, "Israeli strikes have killed at least 30 Palestinians, the territory's Health "
                                "Ministry says, as negotiators meet in Doha in a renewed push for a ceasefire.")
    assert quote.speaker.text == "the territory's Health Ministry"
    assert quote.content.text == "Israeli strikes have killed at least 30 Palestinians"


def test_a_quotation_an_evidence_verb_takes_is_no_one_s_direct_quote(parser: Parser) -> None:
    [quote] = quotes_of(parser, 'A senior Hamas official said the group had shown "flexibility" in the talks.')
    assert (quote.speaker.text, quote.cue.text, quote.kind) == ("A senior Hamas official", "said", QuoteKind.MIXED)


def test_two_people_named_together_are_both_the_speaker_s_name(parser: Parser) -> None:
    quotes = quotes_of(parser, "German Chancellor Angela Merkel and French President Emmanuel Macron met in "
                               "Brussels. Merkel and Macron said the budget talks had failed.")
    assert quotes[-1].speaker_name == "Angela Merkel and Emmanuel Macron"


def test_a_description_names_the_person_named_before_with_its_words(parser: Parser) -> None:
    quotes = quotes_of(parser, "German Chancellor Angela Merkel and French President Emmanuel Macron met in "
                               "Brussels on Thursday.\n\nThe German leader said the talks had failed. The French "
                               "president said he was hopeful.")
    assert [q.speaker_name for q in quotes] == ["Angela Merkel", "Emmanuel Macron"]
    # a description with no one named before with its words is left as it is
    [quote] = quotes_of(parser, "Chinese President Xi Jinping met Biden.\n\nThe minister said the talks were useful.")
    assert quote.speaker_name == "The minister"
    # nor a time after an owner's name (``President Trump's July 25 call``) a person
    [quote] = quotes_of(parser, "He was not on President Trump's July 25 phone call.\n\n"
                                "The president said the call was perfect.")
    assert quote.speaker_name == "The president"


@pytest.mark.parametrize("first", ["Christian", "Brian", "Sean", "Ian", "Julian"])
def test_a_first_name_ending_like_a_people_s_adjective_stays_in_the_name(parser: Parser, first: str) -> None:
    # (``Finance Minister Christian Lindner`` had been ``Lindner``, as ``Italian`` is no name)
    quotes = quotes_of(parser, f"Finance Minister {first} Lindner was dismissed on Wednesday. "
                               "Lindner said the coalition had failed.")
    assert quotes[-1].speaker_name == f"{first} Lindner"
    [quote] = quotes_of(parser, "Italian Prime Minister Giorgia Meloni said the plan was good.")
    assert quote.speaker_name == "Giorgia Meloni"


def test_a_surname_two_people_share_is_the_speaker_s(parser: Parser) -> None:
    quotes = quotes_of(parser, "Patricia Smith, mother of Benghazi victim Sean Smith, rejected the claim.\n\n"
                               "\"She lied to me,\" Smith said.")
    assert quotes[-1].speaker_name == "Patricia Smith"


def test_a_pronoun_opening_its_sentence_is_the_person_who_opened_the_sentence_before(parser: Parser) -> None:
    # (the last named was Starmer; the one the sentence was about, Zelensky)
    quotes = quotes_of(parser, "Ukrainian president Volodymyr Zelensky has arrived for the summit, where he was "
                               "greeted by British Prime Minister Keir Starmer. He said Ukraine was ready to sign a deal.")
    assert quotes[-1].speaker_name == "Volodymyr Zelensky"
    # not a name after a preposition or in a quotation opening the sentence before
    quotes = quotes_of(parser, "Prime Minister Keir Starmer met Volodymyr Zelensky. The rise of Zelensky gave "
                               "Starmer new impetus. He said the talks were good.")
    assert quotes[-1].speaker_name == "Keir Starmer"


@pytest.mark.parametrize(("sentence", "speaker", "name"), [
    ("Russia's foreign ministry spokeswoman Maria Zakharova accused the West of escalating the conflict.",
     "Russia's foreign ministry spokeswoman Maria Zakharova", "Maria Zakharova"),
    ("Chinese foreign ministry spokesman Lin Jian said the US should stop.",
     "Chinese foreign ministry spokesman Lin Jian", "Lin Jian"),
    ("The economist Dean Baker said the plan would fail.", "The economist Dean Baker", "Dean Baker"),
])
def test_an_institution_before_a_role_and_short_names_in_ian(parser: Parser, sentence: str, speaker: str,
                                                             name: str) -> None:
    [quote] = quotes_of(parser, sentence)
    assert (quote.speaker.text, quote.speaker_name) == (speaker, name)


def test_a_name_with_particles_is_one_name(parser: Parser) -> None:
    quotes = quotes_of(parser, "Brazilian President Luiz Inacio Lula da Silva said the deal was good. "
                               "Lula said it would help.")
    assert [q.speaker_name for q in quotes] == ["Luiz Inacio Lula da Silva"] * 2


@pytest.mark.parametrize(("sentence", "name"), [
    ("The Centers for Disease Control and Prevention said cases had risen.",
     "Centers for Disease Control and Prevention"),
    ("The Federal Bureau of Investigation said the file was closed.", "Federal Bureau of Investigation"),
    ("the State Department said the talks would go on.", "State Department"),
    # a person speaking for a body is no body
    ("A spokesman for the Department of Health and Human Services said the rule stands.",
     "A spokesman for the Department of Health and Human Services"),
])
def test_a_body_that_speaks_has_its_sources_name(parser: Parser, sentence: str, name: str) -> None:
    [quote] = quotes_of(parser, sentence)
    assert quote.speaker_name == name
