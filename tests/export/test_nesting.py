from html import escape

from personae.export.nesting import Span, nest, render, render_paragraphs


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
