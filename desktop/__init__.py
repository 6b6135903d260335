"""OrgDraft (조직개편 입안 도우미): drafting for Korean local-government reorganizations."""

__version__ = "0.1.0"

from desktop import classcache as _classcache
from desktop import patterncache as _patterncache

_classcache.install()  # before any module of OrgDraft creates its dataclasses
_patterncache.install()  # before any module compiles its patterns (and before Qt is imported)
