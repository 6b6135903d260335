"""Why a file could not be read or written, in the official's language.

The operating system's reason (``exc.strerror``) is in the system's language, usually
English, whatever language OrgDraft speaks. The common reasons are OrgDraft's own messages,
so that ``파일을 열 수 없습니다: 파일이나 폴더가 없습니다`` reads as one sentence; any other
keeps the operating system's words.
"""

from __future__ import annotations

import errno

from desktop.i18n import N_, Message, Pair

_REASONS = {
    errno.ENOENT: N_("no such file or folder"),
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EISDIR: N_("it is a folder, not a file"),
    errno.ENOSPC: N_("the disk is full"),
}


def os_reason(exc: OSError) -> Message | Pair:
    """The reason of ``exc``, translated where it is shown (a parameter of a message, or
    ``.text(lang)``/``.pick(lang)``): OrgDraft's message for a missing file, a refused
    permission, a folder where a file was expected and a full disk, else the operating
    system's text."""
    msgid = _REASONS.get(exc.errno) if exc.errno is not None else None
    if msgid is not None:
        return Message(msgid)
    text = exc.strerror or str(exc) or type(exc).__name__
    return Pair(text, text)


def os_reason_text(exc: OSError, lang: str) -> str:
    """:func:`os_reason` in ``lang``."""
    reason = os_reason(exc)
    return reason.text(lang) if isinstance(reason, Message) else reason.pick(lang)
