"""File sync between teammates: hybrid logical clocks, bundles (export,
verification, merge) and the conflict list. See shared/SYNC.md."""
