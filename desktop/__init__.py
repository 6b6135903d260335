"""OrgDraft (조직개편 입안 도우미): drafting for Korean local-government reorganizations."""

__version__ = "0.1.0"

from desktop import patterncache as _patterncache

# First: the modules imported from now on (the standard library's, Qt's) compile their
# patterns from the cache.
_patterncache.install()

from desktop import classcache as _classcache  # noqa: E402

_classcache.install()  # before any module of OrgDraft creates its dataclasses
