"""A column of the cadre assigned to each household, village or boat (包户干部, 包村干部,
包船干部, 驻村干部) is the office's staff acting in office (servicestaff ``_ACTS``); the
households' persons in the same rows and a column of the households looked after
(包户对象) stay findings."""

from .spans import at, found, names

_HEADS = ["甘立珍", "柏永年", "滕雪梅", "鞠长庚", "上官慧琳", "邝德财"]
_CADRES = ["闵晓东", "柴玉霞"]


def _table(sep, label, phone_label="干部电话"):
    lines = [sep.join(["序号", "所在村", "户主姓名", "联系电话", "转移地点", label, phone_label])]
    for n, head in enumerate(_HEADS):
        cadre = _CADRES[n // 3]
        lines.append(
            sep.join(
                [
                    str(n + 1),
                    "青杠村",
                    head,
                    f"1367025{n:04d}",
                    "村小学操场",
                    cadre,
                    f"1590731{n // 3:04d}",
                ]
            )
        )
    return "\n".join(lines) + "\n"


def test_an_assigned_cadres_column_repeated_down_the_rows():
    for sep, label in ((",", "包户干部"), ("\t", "包村干部"), ("|", "包组干部"), (",", "驻村干部")):
        text = _table(sep, label)
        got = found(text, ["name"])
        assert got == names(text, *_HEADS), (label, got)


def test_the_cadres_own_mobile_stays_a_finding():
    text = _table(",", "包船干部", "干部手机")
    got = found(text, ["mobile"])
    assert at(text, "mobile", "15907310001") in got


def test_near_miss_the_households_looked_after_stay_names():
    lines = ["序号,包户对象,联系电话,包户干部"]
    for n, head in enumerate(_HEADS):
        lines.append(f"{n + 1},{head},1367025{n:04d},{_CADRES[n // 3]}")
    text = "\n".join(lines) + "\n"
    assert found(text, ["name"]) == names(text, *_HEADS)
