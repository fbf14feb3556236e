import pytest

from qa_align.errors import ConfigError
from qa_align.settings import Settings


def test_defaults_and_overrides():
    s = Settings.from_mapping({"recycled_min_shared_words": 30, "rules": "missing_answer,recycled_text"})
    assert s.recycled_min_shared_words == 30
    assert s.rules == ("missing_answer", "recycled_text")
    assert Settings().split_unnumbered is True


def test_unknown_key_is_an_error_naming_the_known_ones():
    with pytest.raises(
        ConfigError, match=r"unknown setting\(s\) recycled_words; known settings: .*recycled_min_share"
    ):
        Settings.from_mapping({"recycled_words": 3})


def test_wrong_type_is_an_error():
    with pytest.raises(ConfigError, match="takes a number"):
        Settings.from_mapping({"recycled_min_share": "veel"})
    with pytest.raises(ConfigError, match="true or false"):
        Settings.from_mapping({"split_unnumbered": "ja"})


def test_from_file(tmp_path):
    path = tmp_path / "qa.toml"
    path.write_text('recycled_min_share = 0.5\nrules = ["missing_answer"]\n')
    s = Settings.from_file(path)
    assert s.recycled_min_share == 0.5 and s.rules == ("missing_answer",)
    with pytest.raises(ConfigError, match="not found"):
        Settings.from_file(tmp_path / "missing.toml")


def test_plus_names_add_rules_to_the_defaults():
    from qa_align.settings import DEFAULT_RULES, Settings

    assert Settings().replace(rules="+off_topic").rules == (*DEFAULT_RULES, "off_topic")
    assert Settings().replace(rules="+holding").rules == DEFAULT_RULES  # already there
    assert Settings().replace(rules="holding,deflection").rules == ("holding", "deflection")


def test_cue_decisive_is_no_setting():
    # removed: cross-validated it beat the rules' own conditions on no flag (README, "Measuring it")
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) cue_decisive"):
        Settings.from_mapping({"cue_decisive": {"pointer": 0.6}})


@pytest.mark.parametrize(
    "name, bad, good",
    [
        ("stem_letters", (0, -3, 1, 4.5), (2, 7)),
        ("others_lead_words", (0, -1, 2.0), (1, 12)),
        ("generic_left_open_talk", (0, -2, 1.5), (1, 3)),
        # review6 B4: 2.5 was taken and scoring a closed question then crashed on a slice; -2 sliced from the end
        ("yes_no_asked_words", (0, -2, 2.5), (1, 6)),
        ("recycled_min_sentences", (-1, 1.5), (0, 3)),
        ("boilerplate_min_docs", (-3, 2.5), (0, 4)),
        ("jobs", (-1, 0.5), (0, 2)),
    ],
)
def test_counts_of_letters_and_words_take_a_whole_number_from_their_least(name, bad, good):
    for value in bad:
        with pytest.raises(ConfigError, match=f"setting {name} takes a whole number of at least"):
            Settings.from_mapping({name: value})
    for value in good:
        assert getattr(Settings.from_mapping({name: value}), name) == value


def test_the_holding_aside_settings_read_from_a_file_and_checked(tmp_path):
    # reliab42: ``rules.answers``' ASIDE_LANGUAGES and ASIDE_OTHERS are now settings, set as the others are
    path = tmp_path / "s.toml"
    path.write_text(
        'holding_aside_languages = ["en", "nl"]\nholding_aside_others = 9\nholding_work_now_others = 3\n'
    )
    s = Settings.from_file(path)
    assert s.holding_aside_languages == ("en", "nl")
    assert (s.holding_aside_others, s.holding_work_now_others) == (9, 3)
    assert (Settings().holding_aside_languages, Settings().holding_aside_others) == (("en",), 7)
    assert Settings().holding_work_now_others == 7
    with pytest.raises(ConfigError, match="holding_aside_languages takes a list of language codes"):
        Settings.from_mapping({"holding_aside_languages": "en"})
    with pytest.raises(ConfigError, match="holding_aside_others takes a whole number of at least 0"):
        Settings.from_mapping({"holding_aside_others": -1})


@pytest.mark.parametrize("name", ["holding_aside_languages", "exclude"])
@pytest.mark.parametrize("value", [5, 1.5, True, {"en": 1}])
def test_a_list_setting_given_no_array_is_a_config_error(name, value, tmp_path):
    # review44: a number in the TOML file gave a TypeError's traceback from ``from_mapping`` ("'int' object is not
    # iterable"), and a table was taken for the list of its keys; either is a setting that is no list
    with pytest.raises(ConfigError, match=f"setting {name} takes a list of"):
        Settings.from_mapping({name: value})
    path = tmp_path / "s.toml"
    path.write_text(f"{name} = 5\n")
    with pytest.raises(ConfigError, match=f"setting {name} takes a list of"):
        Settings.from_file(path)
