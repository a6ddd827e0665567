"""An organ's department heading its contact line (…检察部, …人武部) makes the landlines
under it the unit's; a shop's 门市部 keeps its keeper's number."""

from .spans import at, found


def test_a_department_heading_its_contact_lines():
    text = (
        "有关单位的来访地址如下：\n\n"
        "1．某省松溪县人民检察院第五检察部\n"
        "地址：松溪县河滨路12号　电话：0599-2316408\n"
        "2．松溪县人武部\n电话：0599-2316950\n"
    )
    assert found(text, {"landline"}) == []


def test_a_shop_department_or_a_quoted_cell_keeps_the_keeper_number():
    text = (
        '"序号","店名","负责人","电话"\n"1","松溪县兴旺百货门市部","巫德厚","0599-2318874（家）"\n'
    )
    assert at(text, "landline", "0599-2318874") in found(text, {"landline"})
