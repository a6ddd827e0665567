"""A household's assigned helper cadre (帮扶责任人, 包户干部) acts in office (listwords)."""

from .spans import found, names


def test_helper_cadre_column_in_a_csv_of_households():
    text = (
        '"户主","住址","户主手机","外出务工成员","帮扶责任人","责任人单位电话"\n'
        '"马有福","某县某乡某村一社6号","13639320574","马秀秀（女）","杨建国","0932-5296001"\n'
        '"冶春花","某县某乡某村二社9号","13309328164","冶小军（子）","杨建国","0932-5296001"\n'
        '"虎德明","某县某乡某村三社2号","15101327683","虎海龙（子）","周丽华","0932-5296013"\n'
    )
    got = found(text, ["name"])
    assert not [s for s in got if text[s[1] : s[2]] in ("杨建国", "周丽华")]
    for person in names(text, "马有福", "冶春花"):
        assert person in got


def test_tab_table_with_a_contracting_cadre():
    text = (
        "户主\t身份证号\t包户干部\n"
        "马有福\t621126198207118797\t杨建国\n"
        "冶春花\t621126198402168087\t周丽华\n"
    )
    got = found(text, ["name"])
    assert not [s for s in got if text[s[1] : s[2]] in ("杨建国", "周丽华")]
