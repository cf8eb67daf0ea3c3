"""Reusable pieces of the screens: layout, chat bubbles, feedback chips, bar charts."""
