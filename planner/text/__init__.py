"""Text helpers for Chinese and English: sort keys and search keys."""
