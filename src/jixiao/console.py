"""Terminal output (终端输出): one line per message, and text from files made safe to print.

Names and texts read from files reach the terminal: a unit name with "[bold]" must not be
taken as markup, and a file name with a newline or an escape sequence must not break the
line or drive the terminal.  :func:`safe` makes any such text printable; :func:`consoles`
gives the two consoles of the command line, whose messages are never wrapped (a log
reader or a script sees one line per error, however long) and never auto-highlighted (rich's
highlighter is slow on long lines and colours figures at random).
"""

from __future__ import annotations

import unicodedata

from rich.console import Console
from rich.markup import escape

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: object) -> str:
    """``text`` with control and format characters shown as escapes ("\\n", "\\x1b")."""
    s = str(text)
    if s.isprintable():
        return s
    out = []
    for ch in s:
        if ch.isprintable() or ch == " ":
            out.append(ch)
        elif ch in _NAMED:
            out.append(_NAMED[ch])
        elif unicodedata.category(ch) == "Zs":  # 　 (U+3000) and other spaces stay as they are
            out.append(ch)
        else:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 256 else f"\\u{ord(ch):04x}")
    return "".join(out)


MAX_SHOWN = 400  # characters of one text from a file shown on the terminal


def safe(text: object) -> str:
    """Text from a file, ready for a rich console: escapes shown, markup brackets escaped, and
    cut at ``MAX_SHOWN`` characters (a pasted 2-million-character cell is not a message)."""
    s = printable(text)
    if len(s) > MAX_SHOWN:
        s = f"{s[:MAX_SHOWN]}…（共 {len(s)} 字）"
    return escape(s)


def consoles() -> tuple[Console, Console]:
    """The standard-output and standard-error consoles of the command line (never wrapping)."""
    return Console(soft_wrap=True, highlight=False), Console(stderr=True, soft_wrap=True, highlight=False)
