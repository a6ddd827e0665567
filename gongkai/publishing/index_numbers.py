"""Index numbers (索引号): the installation's pattern and the never-reused counter.

``GONGKAI_INDEX_PATTERN`` gives the shape; ``next_index_number`` allocates the next free
number of a unit and year under a row lock, so concurrent publications queue and a number
once issued is never issued again.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from gongkai.core import conf
from gongkai.core.models import Unit
from gongkai.publishing.models import IndexSequence, InformationItem

Item = InformationItem


def index_pattern() -> str:
    return conf.get("GONGKAI_INDEX_PATTERN")


def next_index_number(unit: Unit, year: int) -> str:
    """The next unused index number of a unit and year; call inside a transaction.

    The counter row is locked, so concurrent publications queue here; numbers already
    taken (by imported pages) are skipped, and a number once issued stays with its item.
    """
    code = (unit.code or "").strip()
    if not code:
        raise ValidationError(f"“{unit.name}”未设置组织机构代码或统一社会信用代码，无法生成索引号")
    IndexSequence.objects.get_or_create(unit=unit, year=year)  # may race: unique (unit, year)
    seq = IndexSequence.objects.select_for_update().get(unit=unit, year=year)
    pattern = index_pattern()
    while True:
        seq.last += 1
        number = pattern.format(code=code, year=year, seq=seq.last, unit_id=unit.pk)
        if not Item.objects.filter(index_number=number).exists():
            break
    seq.save(update_fields=["last"])
    return number
