"""`personae eval litbank` on one development text: the runner wires every layer's scorer."""
import pytest

from personae.errors import PersonaeError
from personae.eval.litbank import evaluate, format_report
from personae.eval.litbank_data import DEFAULT_ROOT as LITBANK


def test_runner_scores_one_train_text_end_to_end():
    scores = evaluate(LITBANK, fold="train", limit=1)
    assert scores["documents"] == ["1023_bleak_house"]
    per = scores["entities"]["proper"]["PER"]
    assert per["tp"] + per["fn"] > 0 and per["tp"] > 0
    report = format_report(scores)
    assert "train fold" in report and "PER" in report and "paragraph breaks restored" in report


def test_restored_paragraphs_keep_every_gold_span():
    restored = evaluate(LITBANK, fold="train", limit=1)
    as_shipped = evaluate(LITBANK, fold="train", limit=1, paragraphs=False)
    for layer in ("proper", "all"):
        a, b = restored["entities"][layer]["micro"], as_shipped["entities"][layer]["micro"]
        assert a["tp"] + a["fn"] == b["tp"] + b["fn"]
    assert restored["events"]["tp"] + restored["events"]["fn"] == as_shipped["events"]["tp"] + as_shipped["events"]["fn"]
    # the same names are found either way: the shift moves gold onto the same words
    assert abs(restored["entities"]["proper"]["PER"]["tp"] - as_shipped["entities"]["proper"]["PER"]["tp"]) <= 2


def test_runner_never_mixes_folds():
    from personae.eval.litbank_data import fold, is_test

    test, train = fold("test", LITBANK), fold("train", LITBANK)
    assert len(test) == 27 and len(train) == 73
    assert all(is_test(n) for n in test) and not any(is_test(n) for n in train)


def test_a_folder_that_is_not_litbank_is_a_personae_error(tmp_path):
    with pytest.raises(PersonaeError):
        evaluate(tmp_path)
