"""An export's leaf key under two parents is read by its path (recurringkeys: privfix22d's case, read
by privfix22a's per-parent keys) <jhr><xm> a guardian's name in each record stays a name, while <pgry><ry><xm>, the same
two assessors in every record, stays dropped as staff."""

from .spans import found

_GUARDIANS = ("邵国平", "戴丽萍", "濮建军", "钮海英")
_IDS = ("320509193608146077", "32050919400306006X", "320509193311252413", "320509194107180025")


def _export():
    records = []
    for k, (guardian, pid) in enumerate(zip(_GUARDIANS, _IDS, strict=True)):
        records.append(
            "  <pgjl>\n"
            f"    <pgbh>PG20220503{k:02d}</pgbh>\n"
            f"    <sqrxm>柏阿{'一二三四'[k]}</sqrxm>\n"
            f"    <sfzh>{pid}</sfzh>\n"
            f"    <jhr><xm>{guardian}</xm><gx>儿子</gx><lxfs>1396254817{k}</lxfs></jhr>\n"
            "    <pgry><ry><xm>钱晓虹</xm></ry><ry><xm>顾文洁</xm></ry></pgry>\n"
            "  </pgjl>\n"
        )
    return '<?xml version="1.0" encoding="UTF-8"?>\n<pgjlDc>\n' + "".join(records) + "</pgjlDc>\n"


def test_guardians_under_their_parent_stay_names():
    text = _export()
    got = {text[s:e] for _k, s, e in found(text, {"name"})}
    assert set(_GUARDIANS) <= got
    assert not got & {"钱晓虹", "顾文洁"}
