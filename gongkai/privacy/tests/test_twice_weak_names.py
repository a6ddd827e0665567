"""A two-character name found weakly at two places, each by its own cue, vouches for
itself: its other mentions after a clean edge are found too; a name found weakly once is
not taken again."""

from .spans import found


def _later(text):
    k = text.index("。韩伟报名") + 1
    return ("name", k, k + 2)


def test_a_name_found_twice_weakly_is_found_again():
    text = (
        "您反映住户韩伟收入较高，却享受了补贴，而村民韩伟的邻居未享受。\n\n"
        "二、补贴情况。韩伟报名时已年满63周岁，不符合条件。\n"
    )
    assert _later(text) in found(text, {"name"})


def test_a_name_found_weakly_once_is_not_spread():
    text = "您反映住户韩伟收入较高，却享受了补贴。\n\n二、补贴情况。韩伟报名时已年满63周岁。\n"
    assert _later(text) not in found(text, {"name"})
