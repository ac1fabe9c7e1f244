from html import escape

from personae.export.nesting import Span, nest, outermost, render, render_paragraphs, within


def test_a_span_crossing_its_parent_is_cut_in_two():
    text = "abcdefghij"
    nodes = nest([Span(0, 5, "q", rank=0), Span(3, 8, "m")], 0, len(text))
    out = render(text, nodes, 0, len(text), lambda p, inner: f"<{p}>{inner}</{p}>", escape)
    assert out == "<q>abc<m>de</m></q><m>fgh</m>ij"


def test_equal_spans_nest_by_rank_and_text_is_escaped():
    text = "a <b> c"
    nodes = nest([Span(2, 5, "inner", rank=2), Span(2, 5, "outer", rank=0)], 0, len(text))
    assert render(text, nodes, 0, len(text), lambda p, i: f"[{p}:{i}]", escape) == "a [outer:[inner:&lt;b&gt;]] c"


def test_paragraphs_split_a_span_that_runs_over_them():
    text = "one two\n\nthree"
    out = render_paragraphs(text, [Span(4, 14, "q")], lambda p, i: f"[{i}]", escape)
    assert out == [(0, 7, "one [two]"), (9, 14, "[three]")]


def test_outermost_keeps_the_first_longest_of_nested_or_overlapping_spans():
    spans = [Span(0, 10, "outer"), Span(2, 5, "inside"), Span(8, 12, "crossing"), Span(12, 14, "after"),
             Span(12, 14, "same, higher rank", rank=2), Span(20, 20, "empty")]
    assert [s.payload for s in outermost(spans)] == ["outer", "after"]


def test_within_drops_spans_that_cross_or_contain_a_container():
    spans = [Span(0, 3, "before"), Span(5, 8, "inside"), Span(8, 12, "crosses the end"), Span(3, 6, "crosses the start"),
             Span(4, 20, "contains"), Span(15, 18, "between")]
    assert [s.payload for s in within(spans, [(4, 10), (20, 30)])] == ["before", "inside", "between"]
