"""The house drafting rules of the office, as defaults the engine and the project share.

A tiny module on purpose: :mod:`desktop.core.project` and the drafting engine
(:mod:`desktop.core.drafting`) both read it without loading each other.
"""

# A provision (or an article's paragraphs) needing more replacements than this is rewritten
# whole in the bill; the official may change it in Settings (``drafting/max_replacements``).
DEFAULT_MAX_REPLACEMENTS = 3

# A provision more than this share of whose characters change is rewritten whole.
DEFAULT_REWRITE_THRESHOLD = 0.5
