"""The join page has a language switch, and the phone keeps the language it picked there: in the
app after joining, and (on a LAN server) for the phone's next visit."""

from __future__ import annotations

import flet as ft
from appclient import assert_no_crash, start_app
from conftest import MINI, run
from harness import FakeClient

from coachkit.content import load_library
from coachkit.store import Store
from coachkit.ui.app import make_main
from coachkit.ui.state import Services


def lan_services(db) -> Services:
    services = Services(load_library(extra=[MINI], builtin=False), Store(db), web=True, lan=True)
    services.room.active = True
    return services


def nickname_field(c) -> ft.TextField:
    [field] = c.controls(ft.TextField)
    return field


def test_a_phone_picks_finnish_on_the_join_page_and_keeps_it_after_joining(db):
    services = lan_services(db)

    async def scenario():
        phone = await start_app(services, route="/join")
        try:
            await phone.navigate("/join")
            assert phone.has_text("Join the workshop")
            toggle = phone.by_key("lang-toggle")
            assert toggle.content == "Suomi"
            await phone.fire(toggle, "click")
            assert phone.has_text("Liity työpajaan")  # the page itself follows at once
            assert phone.page.locale_configuration.current_locale == ft.Locale("fi", "FI")
            assert phone.by_key("lang-toggle").content == "English"  # the way back
            await phone.type(nickname_field(phone), "Aino")
            await phone.fire(phone.button_text("Liity"))
            assert phone.has_text("Olet mukana, Aino")
            await phone.navigate("/")
            assert phone.has_text("Ehdotettu harjoitus")  # the app, in the phone's language
            device = phone.prefs["coachkit.device"]
            assert services.store.for_owner(device).get_setting("lang") == "fi"
            assert services.store.get_setting("lang") is None  # not the laptop's own setting
            assert_no_crash(phone)
        finally:
            phone.close()

    run(scenario())


def test_the_same_phone_comes_back_in_the_language_it_picked(db):
    services = lan_services(db)

    async def scenario():
        first = await start_app(services, route="/join")
        await first.navigate("/join")
        await first.fire(first.by_key("lang-toggle"), "click")
        prefs = dict(first.prefs)
        first.close()
        again = FakeClient()  # a new session in the same browser: the same kept device id
        again.prefs.update(prefs)
        await again.start(make_main(services))
        try:
            await again.navigate("/")
            await again.settle_until(lambda: again.has_text("Ehdotettu harjoitus"))
            other = await start_app(services)  # another phone is not affected
            assert other.has_text("Suggested exercise")
            other.close()
        finally:
            again.close()

    run(scenario())


def test_a_nickname_being_typed_survives_a_language_switch(db):
    services = lan_services(db)

    async def scenario():
        phone = await start_app(services)
        try:
            await phone.navigate("/join")
            await phone.type(nickname_field(phone), "Aino")
            await phone.fire(phone.by_key("lang-toggle"), "click")
            field = nickname_field(phone)
            assert field.label == "Nimimerkki (valinnainen)"
            assert field.value == "Aino"
            await phone.fire(phone.button_text("Liity"))
            assert phone.has_text("Olet mukana, Aino")
        finally:
            phone.close()

    run(scenario())


def test_home_offers_the_round_card_instead_of_join_once_the_phone_has_joined(db):
    services = lan_services(db)

    async def scenario():
        phone = await start_app(services)
        try:
            assert phone.has_key("home-join") and not phone.has_key("home-round-card")
            await phone.navigate("/join")
            await phone.fire(phone.button_text("Join"))
            await phone.navigate("/")
            assert not phone.has_key("home-join")
            assert phone.has_text("Back to your round card")
            await phone.fire(phone.by_key("home-round-card").content)
            assert phone.has_text("Waiting for the facilitator to start")  # the round card
            assert_no_crash(phone)
        finally:
            phone.close()

    run(scenario())


def test_the_join_page_grows_with_the_phones_text_size(db):
    services = lan_services(db)

    async def scenario():
        phone = await start_app(services)
        try:
            await phone.navigate("/join")

            def heading_size() -> float:  # the join page's heading (Home's tile has no size)
                [text] = phone.controls(
                    ft.Text, lambda c: c.value == "Join the workshop" and c.size
                )
                return text.size

            normal = heading_size()
            await phone.navigate("/")
            [bar] = phone.controls(ft.NavigationBar)
            await phone.fire(bar, "change", None, selected_index=4)
            [larger] = phone.controls(ft.Chip, lambda ch: ch.label.value == "Larger")
            await phone.fire(larger, "select", None)
            await phone.navigate("/join")
            assert heading_size() == round(normal * 1.3, 1)
            assert_no_crash(phone)
        finally:
            phone.close()

    run(scenario())
