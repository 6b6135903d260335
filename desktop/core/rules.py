"""The house drafting rules of the office, as defaults the engine and the project share.

A tiny module on purpose: :mod:`desktop.core.project` and the drafting engine
(:mod:`desktop.core.drafting`) both read it without loading each other.
"""

# A provision (or an article's paragraphs) needing more replacements than this is rewritten
# whole in the bill; the official may change it in Settings (``drafting/max_replacements``).
DEFAULT_MAX_REPLACEMENTS = 3

# Several replacements inside one provision are chained with commas (``"A"를 "B"로, "C"를
# "D"로 한다``; the corpus of real sentences: 92 such chains, none with 하고) or, as a setting
# (``drafting/chain``), with 하고/하며 (``"A"를 "B"로 하고, "C"를 "D"로 한다``).
CHAIN_COMMA = "comma"
CHAIN_HAGO = "hago"
DEFAULT_CHAIN = CHAIN_COMMA

# How a changed article title is amended (the corpus of real sentences shows all three):
# ``gather`` (house rule) — quoted whole, ``제9조의 제목 "(A)"를 "(B)"로``, but gathered with the
# body when the same words change there (``제9조의 제목 및 같은 조 제1항 중 "A"를 각각 "B"로``);
# ``whole`` — always quoted whole, the body amended on its own; ``part`` — only the changed
# words, ``제9조의 제목 중 "A"를 "B"로``, the body amended on its own (``drafting/title``).
TITLE_GATHER = "gather"
TITLE_WHOLE = "whole"
TITLE_PART = "part"
DEFAULT_TITLE = TITLE_GATHER

# A provision more than this share of whose characters change is rewritten whole.
DEFAULT_REWRITE_THRESHOLD = 0.5

# Subparagraphs (호) and items (목) are short, and real bills rewrite them whole sooner than
# paragraphs (``제3조제1항제5호를 다음과 같이 한다`` for one changed name in a short line): a
# 호 more than this share of whose characters change, or needing more than this many
# replacements, and a 목 more than this share of whose characters change, are rewritten
# whole. The figures are those that real bills follow best (the corpus of real sentences: 504
# of 696 sentences matched, against 502 with at most one replacement and 500 with the rule of
# paragraphs; provision by provision, 50 of 349 changed 호 drafted otherwise than the real
# bill, against 66 and 44). The settings above lower these limits too; they never raise them.
SUBPARAGRAPH_REWRITE_THRESHOLD = 0.45
SUBPARAGRAPH_MAX_REPLACEMENTS = 2
ITEM_REWRITE_THRESHOLD = 0.3
