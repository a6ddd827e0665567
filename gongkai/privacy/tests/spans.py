"""Exact spans for the privacy tests: what the scanner found, and where a piece stands."""

from gongkai.privacy import scan_text


def found(text, kinds=None):
    """(type, start, end) of every finding, the wording check and allow-list off."""
    return [
        (f.type, f.start, f.end)
        for f in scan_text(text, allow=[], expressions=False)
        if kinds is None or f.type in kinds
    ]


def at(text, kind, piece, start=0):
    """The span ``piece`` takes in ``text`` (its first place from ``start``), as ``found`` gives it."""
    s = text.index(piece, start)
    return (kind, s, s + len(piece))
