"""The app's own download addresses, shared by the screens that link to them and the web server
that answers them (a plain module: the server registers its routes without importing a screen)."""

HANDOUT_ROUTE = "/handout/{kind}/{item}/{lang}.pdf"
"""A handout or a personal report as a PDF."""
EXPORT_JSON = "/export/coachkit-data.json"
EXPORT_CSV = "/export/coachkit-data.csv"
"""The user's own data, for the settings screen's export buttons."""
