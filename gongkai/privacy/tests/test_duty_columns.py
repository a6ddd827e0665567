"""A person's column whose next column, 身份/职务, says their post (privfix20c, dutycolumns):
the officials and staff beside a register's person act in office, the relatives stay."""

from .spans import found, names

HEAD = "序号\t康复人员\t执行地\t帮扶小组成员\t身份/职务\t手机\n"
ROWS = (
    "1\t滕宏亮\t石桥镇\t庹春梅\t石桥镇综治办专干\t13907215561\n"
    "\t\t\t阚志勇\t石桥派出所社区民警\t13907215562\n"
    "\t\t\t滕秀英\t家属（母亲）\t13907215563\n"
    "2\t郜永福\t石桥镇\t冼丽华\t河湾村村委会主任\t13907215564\n"
    "\t\t\t郜建国、糜小红\t家属（父亲、母亲）\t13907215565\n"
)


def test_staff_by_their_post_dropped_relatives_and_the_register_kept():
    text = HEAD + ROWS
    got = [x for x in found(text, {"name"})]
    assert got == names(text, "滕宏亮", "滕秀英", "郜永福", "郜建国", "糜小红")


def test_pipe_table_read_alike():
    text = "".join(
        "| " + " | ".join(line.split("\t")) + " |\n" for line in (HEAD + ROWS).splitlines()
    )
    got = found(text, {"name"})
    assert names(text, "庹春梅")[0] not in got
    assert names(text, "滕秀英")[0] in got


def test_a_roster_with_one_column_of_persons_keeps_them():
    # no register's person beside them: the post column alone decides nothing
    text = (
        "序号\t姓名\t职务\t手机\n"
        "1\t庹春梅\t石桥镇综治办专干\t13907215561\n"
        "2\t阚志勇\t石桥派出所社区民警\t13907215562\n"
    )
    assert found(text, {"name"}) == names(text, "庹春梅", "阚志勇")
