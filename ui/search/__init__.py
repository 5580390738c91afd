"""The search box (Ctrl+K) and jumping to what it finds."""
