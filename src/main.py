"""Entry point of the packaged app (`flet build apk|ipa`); not part of the wheel."""

import flet as ft

from coachkit.ui.app import make_main
from coachkit.ui.state import Services

ft.run(make_main(Services.load(web=False)))
