"""A vote's cell in a table row (无异议, 有异议) is no objection hotline: the bare local
number in the row's phone column is the owner's; "如有异议，请致电…" in prose stays the
office's."""

from .spans import at, found


def test_vote_cell_in_a_row():
    for sep in ("\t", "|"):
        for vote in ("无异议", "有异议"):
            head = sep.join(["楼层", "房号", "产权人", "意见", "联系电话"])
            row = sep.join(["1", "6号楼1单元102", "罗秀梅", vote, "5530417"])
            text = f"相邻单元业主意见\n{head}\n{row}\n"
            assert at(text, "landline", "5530417") in found(text, ["landline"]), (sep, vote)


def test_objection_prose_stays_the_offices():
    text = "公示期间如有异议，请致电街道城建科，联系电话：5530417。\n"
    assert at(text, "landline", "5530417") not in found(text, ["landline"])
