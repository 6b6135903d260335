"""The documents OrgDraft writes (bill, comparison table, press release, organization tables,
bilingual review sheet) as DOCX rendered from Word-editable templates.

Qt-free: the organization chart picture is drawn by :mod:`desktop.chart` and handed in by the
caller (see :func:`desktop.documents.generate.generate`).
"""
