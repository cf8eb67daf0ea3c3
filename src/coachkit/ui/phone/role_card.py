"""Route ``/join/role``: the coachee's role card on the phone - who they play in this round.

In a live triad the coachee plays the supervisor of the round's exercise: the card gives the
persona's name and role, the brief (how to play them), the situation and the line to open with.
It follows the facilitator like the round card: a new section shows the new exercise's persona.
"""

from __future__ import annotations

import flet as ft

from coachkit.ui.facilitator.session import use_env, use_room_updates
from coachkit.ui.facilitator.widgets import card, frame, heading, muted
from coachkit.ui.phone.join_screen import exercise_of
from coachkit.ui.phone.words import round_line


@ft.component
def RoleCardScreen() -> ft.View:
    """The persona of the current round's exercise."""
    env = use_env()
    route = ft.use_view_path()
    use_room_updates()
    t, lang = env.t, env.lang
    run = env.room.run
    exercise = exercise_of(env, run.exercise if run is not None else None)
    if run is None or exercise is None:
        return frame(
            route,
            t("Role card"),
            [
                card(
                    [
                        heading(t("No exercise in this section")),
                        muted(t("Go back to the round card.")),
                    ]
                )
            ],
            env.width,
        )
    persona = exercise.persona
    controls = [
        ft.Text(round_line(t, lang, run, exercise.title.get(lang)), size=17, key="role-round"),
        card(
            [
                muted(t("You play"), size=14),
                ft.Text(
                    f"{persona.name.get(lang)}, {persona.role.get(lang)}",
                    size=26,
                    weight=ft.FontWeight.W_700,
                    key="role-persona",
                ),
                ft.Text(persona.brief.get(lang), size=17),
            ],
            color="#FFE0B2",
        ),
        card(
            [
                heading(t("Open with"), size=18),
                ft.Text(exercise.opening.get(lang), size=17, italic=True),
            ]
        ),
        card(
            [
                heading(t("What your coach has been told"), size=18),
                ft.Text(exercise.situation.get(lang), size=16),
            ]
        ),
        muted(
            t(
                "Answer open questions generously and closed ones briefly. Take your own step only "
                "when the questions have helped you find it."
            )
        ),
    ]
    return frame(route, t("Role card"), controls, env.width, text_scale=env.scale)
