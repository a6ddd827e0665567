"""Issue 16: an address after 现居 starts at its first place word, whatever stands
before 现居 (a household's number, names, 家庭成员): "第4户X家庭成员Y现居…号".
"""

from __future__ import annotations

from .spans import at, found


def test_address_after_lives_now_starts_at_the_place():
    for before in ("长女", "第4户蒙建华家庭成员蒙小燕", "其子（在外务工）"):
        text = f"{before}现居浙江省宁波市鄞州区天童南路588号，已出具书面同意书。\n"
        assert at(text, "address", "浙江省宁波市鄞州区天童南路588号") in found(
            text, ("address",)
        ), before
