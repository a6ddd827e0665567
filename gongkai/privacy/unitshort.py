"""A unit's short name, as writers abbreviate schools (issue 16, privfix16sc).

Lists of examination sites, schools' duty lines and local directories name schools by
their short form: 一中, 二小, 十二中 (the N-th middle or primary school), 职中 (the
vocational school), 附中 / 附小 (a school attached to a college), 实小 (the experimental
primary school), usually after the county's or town's name (青峪一中, 城关二小). Such a
cell or clause is a unit's name as 第一中学 is.

The short form stands at the end of the name: a Han character right after it makes the
pair part of another word (一小时, 三中全会, 二中队), so it counts only before a sign that
is no Han character, or before a phone word or a unit's post (电话, 传真, 校长, 值班).
"""

# the pattern, to join the alternations of units' endings (its own look-ahead included)
SCHOOL_SHORT = (
    r"(?:[一二三四五六七八九十]{1,3}[中小]|职中|附中|附小|实小|中心校|驾校|党校|职校|技校|分校)"
    r"(?![\u4e00-\u9fff](?<![电传校值办联教考]))"
)
