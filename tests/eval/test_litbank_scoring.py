"""Scoring of entity mentions and event triggers: exact spans, by type, proper vs all."""
from personae.eval.litbank_data import is_test
from personae.eval.litbank_scoring import score_entities, score_events


def test_exact_match_scores_one():
    gold = {"d": {(0, 9, "PROP_PER"), (20, 29, "NOM_FAC")}}
    s = score_entities(gold, {"d": set(gold["d"])})
    assert s["proper"]["PER"]["f"] == 1.0
    assert s["proper"]["micro"]["f"] == 1.0
    assert s["all"]["micro"]["f"] == 1.0
    assert s["all"]["FAC"]["tp"] == 1


def test_off_by_one_span_is_a_miss_and_a_false_alarm():
    gold = {"d": {(0, 9, "PROP_PER")}}
    s = score_entities(gold, {"d": {(0, 8, "PROP_PER")}})
    assert s["proper"]["PER"] == {"p": 0.0, "r": 0.0, "f": 0.0, "tp": 0, "fp": 1, "fn": 1}
    assert s["all"]["micro"]["f"] == 0.0


def test_wrong_type_counts_against_both_types():
    gold = {"d": {(0, 6, "PROP_GPE")}}
    s = score_entities(gold, {"d": {(0, 6, "PROP_PER")}})
    assert s["proper"]["GPE"]["fn"] == 1 and s["proper"]["PER"]["fp"] == 1
    assert s["all"]["micro"]["tp"] == 0


def test_kind_matters_for_proper_only():
    gold = {"d": {(0, 6, "PROP_PER"), (10, 17, "NOM_PER")}}
    pred = {"d": {(0, 6, "NOM_PER"), (10, 17, "NOM_PER")}}
    s = score_entities(gold, pred)
    assert s["all"]["micro"]["f"] == 1.0
    assert s["proper"]["micro"]["fn"] == 1 and s["proper"]["micro"]["tp"] == 0


def test_nested_mentions_are_scored_independently():
    # [the [village] church]: outer FAC, inner GPE; predicted only the inner one
    gold = [{(0, 21, "NOM_FAC"), (4, 11, "NOM_GPE")}]
    pred = [{(4, 11, "NOM_GPE")}]
    s = score_entities(gold, pred)
    assert s["all"]["micro"]["p"] == 1.0
    assert s["all"]["micro"]["r"] == 0.5
    assert abs(s["all"]["micro"]["f"] - 2 / 3) < 1e-9
    assert s["all"]["FAC"]["fn"] == 1


def test_missing_document_counts_as_empty_prediction():
    s = score_entities({"a": {(0, 3, "PROP_PER")}, "b": set()}, {})
    assert s["all"]["micro"]["fn"] == 1 and s["documents"] == 2


def test_events():
    gold = {"d": {(0, 4, "EVENT"), (10, 15, "EVENT")}}
    pred = {"d": {(0, 4, "EVENT"), (20, 25, "EVENT")}}
    s = score_events(gold, pred)
    assert s["tp"] == 1 and s["fp"] == 1 and s["fn"] == 1
    assert s["f"] == 0.5


def test_test_fold():
    assert is_test("105_persuasion") and is_test("1400_great_expectations_brat.txt")
    assert is_test("45_anne_of_green_gables")
    assert not is_test("1342_pride_and_prejudice") and not is_test("11_alices_adventures_in_wonderland")
