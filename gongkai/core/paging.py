"""Pages of a long public list whose cost does not grow with the table (issue 23).

Django's ``Paginator`` counts every row of the list for its "共 N 条" and then reads the
page's rows whole, together with every row it skips. On a large installation both grow
with the table: a site's catalogue at a million items counted thousands of rows per
request, and a later page fetched hundreds of full rows to throw them away.

:class:`CappedPaginator` does two things differently:

- it counts at most ``cap + 1`` rows (``SELECT count(*) FROM (… LIMIT cap + 1)``): below the
  cap the total is exact, above it the page says "超过 N 条" and knows at least the pages
  up to the cap;
- it reads a page in two steps: first the ids of the page (and one more, to know whether a
  next page exists), which an index covering the list's filter and order answers without
  touching the table, then the page's rows by id.

Every page stays reachable: past the cap, "下一页" follows as long as a next row exists; a
page number past the end shows the last page (as ``Paginator.get_page`` does), found by a
full count only in that case.
"""

from __future__ import annotations

import math

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet

#: Rows counted at most for a list's total (100 pages of 20).
COUNT_CAP = 2000


class CappedPage(Page):
    """A page whose "next" is known from the extra row read, not from the total."""

    def __init__(self, object_list, number, paginator, more: bool):
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more

    def next_page_number(self) -> int:
        return self.number + 1

    def previous_page_number(self) -> int:
        return self.number - 1


class CappedPaginator(Paginator):
    """A paginator over a QuerySet whose count stops at ``cap`` (see the module)."""

    def __init__(self, object_list: QuerySet, per_page: int, cap: int | None = None):
        super().__init__(object_list, per_page, allow_empty_first_page=True)
        # the list as a QuerySet (to mypy, Paginator.object_list is any sequence)
        self.rows: QuerySet = object_list
        self.cap = max(int(COUNT_CAP if cap is None else cap), int(per_page))
        self.reached = 0  # the furthest page known to exist

    @property
    def _counted(self) -> int:
        if not hasattr(self, "_counted_rows"):
            qs = self.rows.order_by().values("pk")[: self.cap + 1]
            self._counted_rows = qs.count()
        return self._counted_rows

    @property
    def capped(self) -> bool:
        """True when the list has more rows than the cap ("超过 N 条")."""
        return self._counted > self.cap

    @property
    def count(self) -> int:  # type: ignore[override]
        """The exact total up to the cap; the cap itself when there are more."""
        return min(self._counted, self.cap)

    @property
    def num_pages(self) -> int:  # type: ignore[override]
        """All pages when the total is exact; else the pages known to exist: those up to
        the cap, and up to the one after the furthest page read while it has a next."""
        full = max(1, math.ceil(self.count / self.per_page))
        return max(full, self.reached) if self.capped else full

    def validate_number(self, number) -> int:
        try:
            number = int(number)
        except (TypeError, ValueError):
            return 1
        return max(1, number)

    def get_page(self, number) -> CappedPage:
        number = self.validate_number(number)
        if not self.capped:
            number = min(number, self.num_pages)
        ids = self._ids(number)
        if not ids and number > 1:
            # past the end of a list longer than the cap: the last page, by a full count
            total = self.rows.order_by().count()
            number = max(1, math.ceil(total / self.per_page))
            ids = self._ids(number)
        more = len(ids) > self.per_page
        ids = ids[: self.per_page]
        rows = list(self.rows.filter(pk__in=ids)) if ids else []
        order = {pk: i for i, pk in enumerate(ids)}
        rows.sort(key=lambda row: order[row.pk])
        self.reached = max(self.reached, number + (1 if more else 0))
        return CappedPage(rows, number, self, more)

    page = get_page  # type: ignore[assignment]

    def _ids(self, number: int) -> list:
        bottom = (number - 1) * self.per_page
        return list(self.rows.values_list("pk", flat=True)[bottom : bottom + self.per_page + 1])
