"""A street and house number followed by a dwelling is a home (issue 16).

"举报位于…紫岩路505号的出租屋", "发现…霞浯路88号一出租屋冒烟", "…路12号自建房": the
number is a household's door. A housing estate, a project or an office after the
number keeps it a place or the office's.
"""

from .spans import at, found


def addresses(text):
    return found(text, ["address"])


def test_number_then_a_dwelling():
    cases = [
        ("您举报位于潇水区紫岩路505号的出租屋存在隐患。", "潇水区紫岩路505号"),
        ("二人在下班途中发现青阳街道霞浯路88号一出租屋冒烟。", "青阳街道霞浯路88号"),
        ("经查，城关镇建设路12号自建房存在违法加层。", "城关镇建设路12号"),
        ("当晚，北门街道新华路7号民房起火。", "北门街道新华路7号"),
    ]
    for text, piece in cases:
        assert addresses(text) == [at(text, "address", piece)], text


def test_estates_projects_and_offices_stay_places():
    for text in (
        "人民路12号住宅项目已办理预售许可。",
        "请到人民路1号县政务服务中心办理出租房屋登记。",
        "县住建局（建设路3号）受理出租房备案。",
    ):
        assert addresses(text) == [], text
