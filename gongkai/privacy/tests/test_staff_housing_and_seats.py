"""Homes beside a unit's name, and a unit's place in brackets (issue 16).

- a unit's staff housing (…公司家属院6栋1单元301, …医院宿舍3-201室) is its households'
  home, not the unit's address;
- a unit's name, then its address in brackets (县殡仪馆（地址：…）) is the unit's;
- 生前住 (a deceased person's home) and 送达地址 (where a party takes service) are a
  person's residence words;
- a 住所 after an operator's particulars (…商店经营者，公民身份号码：…，住所：…) is the
  operator's home, not the shop's seat.
"""

from .spans import at, found


def addresses(text):
    return found(text, ["address"])


def test_staff_housing_is_a_home():
    texts = [
        (
            "【通信地址】敕勒川市新城区东风路街道东风路88号省建一公司家属院6栋1单元301\n",
            "敕勒川市新城区东风路街道东风路88号省建一公司家属院6栋1单元301",
        ),
        ("家住城关镇人民路12号县医院宿舍3-201室，", "城关镇人民路12号县医院宿舍3-201室"),
        (
            "遗失不动产权证书一本，坐落邽山县永清镇上邽路东段9号农机公司家属楼2单元202室；",
            "邽山县永清镇上邽路东段9号农机公司家属楼2单元202室",
        ),
    ]
    for text, place in texts:
        assert addresses(text) == [at(text, "address", place)], text


def test_units_own_building_stays_the_units():
    for text in (
        "地址：东风路88号省建一公司，电话0471-1234567",
        "办公地址：人民路9号县农机公司办公楼2楼202室",
        "由县殡仪馆（地址：城峰镇太原村殡仪馆路1号，电话0591-24831120）直接结算。",
        "请到县政务服务中心（地址：城关镇府前路8号）办理。",
    ):
        assert addresses(text) == [], text


def test_persons_residence_words():
    texts = [
        ("逝者林阿妹，女，82岁，生前住城峰镇东门街27号；安葬方式：树葬。", "城峰镇东门街27号"),
        (
            "原告谯某确认送达地址为平舆东县古槐街道建设路中段176号，手机15893315207。",
            "平舆东县古槐街道建设路中段176号",
        ),
        (
            "一、屠家骏（浣东县暨南街道家骏日用品商店经营者，公民身份号码：330682198803064551，"
            "住所：浣东县暨南街道祥和村新街36号）：",
            "浣东县暨南街道祥和村新街36号",
        ),
    ]
    for text, place in texts:
        assert at(text, "address", place) in addresses(text), text


def test_a_companys_seat_stays_the_companys():
    text = "上海某物流有限公司，法定代表人王某，现住所变更为嘉定区某路18号2幢301室。"
    assert addresses(text) == []


def test_tower_flat_by_floor_and_letter_after_a_residence_word():
    texts = [
        (
            "其女吴某常住香港（香港九龙旺角亚皆老街83号先施大厦12楼B室），本局已邮寄告知。",
            "香港九龙旺角亚皆老街83号先施大厦12楼B室",
        ),
        ("住址：香港新界元朗教育路33号富达大厦2楼B室", "香港新界元朗教育路33号富达大厦2楼B室"),
        ("现住城关镇人民路8号水西花园B栋1204。", "城关镇人民路8号水西花园B栋1204"),
    ]
    for text, place in texts:
        assert addresses(text) == [at(text, "address", place)], text


def test_office_tower_floor_stays_the_offices():
    for text in (
        "办公地址：人民路8号金融大厦12楼1203室",
        "请到县政务服务中心（人民路8号政务大厦2楼B区）办理。",
    ):
        assert addresses(text) == [], text


def test_persons_own_place_after_the_office_asked():
    texts = [
        (
            "申请人胡某向区自然资源局申请公开“本人位于临川区罗针镇下门村下门组33号房屋所在地块的补偿方案”。",
            "临川区罗针镇下门村下门组33号",
        ),
        ("我向县住建局反映，我家城关镇和平路18号3单元201室漏水。", "城关镇和平路18号3单元201室"),
    ]
    for text, place in texts:
        assert at(text, "address", place) in addresses(text), text
    text = "申请人向区自然资源局申请公开该局位于临川区罗针镇人民路33号的办公楼建设情况。"
    assert addresses(text) == []
