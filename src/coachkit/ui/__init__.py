"""The Flet app: screens, components and theme. The only package of coachkit that imports flet.

from coachkit.ui.app import main        # main(page) for ft.run / flet_web.fastapi.app
"""
