"""Date labels stay beside what they label: after the whisker, else right before the bar or diamond."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from oases_desktop.core.export.timeline_draw import label_x

X0, X1 = 100.0, 500.0


def test_after_the_whisker_when_it_fits():
    assert label_x(60, (300, 200, 250), X0, X1) == 300


def test_near_the_right_edge_the_label_sits_right_before_the_diamond_not_before_its_whisker():
    # diamond at 460 (label would end at 456), whisker running from 250 to 470: no room after it
    width = 80
    assert label_x(width, (474, 456 - 3 - width, 464), X0, X1) == 456 - 3 - width


def test_near_both_edges_it_goes_just_after_the_mark_then_is_pushed_inside():
    assert label_x(80, (480, 60, 115), X0, X1) == 115          # before: off the left edge; beside: fits
    assert label_x(450, (480, 60, 115), X0, X1) == X0 + 1      # wider than the chart: from its left edge


@given(st.floats(1, 380), st.floats(0, 600), st.floats(0, 600), st.floats(0, 600))
def test_the_label_is_inside_the_chart_whenever_it_can_be(width, after, before, beside):
    x = label_x(width, (after, before, beside), X0, X1)
    assert x >= X0 + 1 and x + width <= X1 - 1 + 1e-9


def test_row_labels_drop_bracketed_asides_before_cutting_words():
    from oases_desktop.core.export.fonts import REGULAR, register_fonts, text_width
    from oases_desktop.core.export.timeline_draw import row_label

    register_fonts()
    name = "DH evaluation to Registration Committee decision (target 150 working days)"
    roomy = text_width(name, REGULAR, 7.5) + 1
    assert row_label(name, REGULAR, 7.5, roomy) == name
    short = text_width("DH evaluation to Registration Committee decision", REGULAR, 7.5) + 1
    assert row_label(name, REGULAR, 7.5, short) == "DH evaluation to Registration Committee decision"
    tight = row_label(name, REGULAR, 7.5, 60)
    assert tight.endswith("…") and "(" not in tight and text_width(tight, REGULAR, 7.5) <= 60
