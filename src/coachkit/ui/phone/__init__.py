"""A participant's phone in a live workshop: join, the round card that follows the facilitator,
the coachee's role card. Routes: ``/join``, ``/join/role``, ``/join/observe``."""
