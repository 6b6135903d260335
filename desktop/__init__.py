"""OrgDraft (조직개편 입안 도우미): drafting for Korean local-government reorganizations."""

__version__ = "0.1.0"

from desktop import classcache as _classcache

_classcache.install()  # before any module of OrgDraft creates its dataclasses
