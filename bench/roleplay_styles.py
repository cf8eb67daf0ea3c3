"""Five coaching styles as generic scripts that play on any exercise, several variants each.

Written for the bench, not taken from any labelled set. ``HELD_BACK`` variants are kept aside: the
engine is not tuned on them; the bench prints them as a separate row as a check on overfitting.
A line "{echo}" is replaced by a reflection built from the supervisor's last reply (the skilled
coach picks up their words); "{misecho}" by a reflection that twists it.
"""

from __future__ import annotations

STYLES = ("skilled", "novice", "advice", "nonsense", "speedrun")

SCRIPTS: dict[str, dict[str, list[list[str]]]] = {
    "skilled": {
        "fi": [
            [
                "Haluaisitko pohtia tätä hetken yhdessä?",
                "Mitä toivoisit, että tästä seuraa?",
                "{echo}",
                "Mitä siinä tilanteessa tarkalleen tapahtuu?",
                "{echo}",
                "Mikä on sinun oma osuutesi tässä?",
                "{echo}",
                "Mitä vaihtoehtoja näet?",
                "Mitä muuta voisit tehdä?",
                "{echo}",
                "Mikä näistä tuntuu sinulle parhaalta?",
                "Milloin aloitat?",
                "Kuka voisi tukea sinua?",
            ],
            [
                "Sopiiko, että mietitään tätä hetki yhdessä?",
                "Mitä sä oikeastaan haluaisit tältä?",
                "{echo}",
                "Kerro, miten se käytännössä menee.",
                "{echo}",
                "Mitä sinä itse teet silloin?",
                "{echo}",
                "Mitä voisit tehdä?",
                "Mitä muuta?",
                "{echo}",
                "Mihin vaihtoehtoon haluat tarttua?",
                "Mikä voisi estää?",
                "Koska teet sen?",
            ],
        ],
        "en": [
            [
                "Would you like to think this through together for a moment?",
                "What would you like to come out of this?",
                "{echo}",
                "What exactly happens in those situations?",
                "{echo}",
                "What's your own part in this?",
                "{echo}",
                "What options do you see?",
                "What else could you do?",
                "{echo}",
                "Which of these feels best to you?",
                "When will you start?",
                "Who could support you?",
            ],
            [
                "Is it OK if we spend a moment on this together?",
                "What do you actually want from this?",
                "{echo}",
                "Tell me how it goes in practice.",
                "{echo}",
                "What do you do yourself when that happens?",
                "{echo}",
                "What could you do?",
                "What else?",
                "{echo}",
                "Which option do you want to pick up?",
                "What might get in the way?",
                "When are you going to do it?",
            ],
        ],
    },
    "novice": {
        "fi": [
            [
                "Onko tämä sinulle iso ongelma?",
                "Mitä siellä tapahtuu?",
                "Sinun kannattaisi ottaa tämä puheeksi tiimin kanssa.",
                "{echo}",
                "Oletko muuten puhunut tästä kenenkään kanssa?",
                "Mitä vaihtoehtoja sinulla on?",
                "Mitä muuta voisit tehdä?",
                "Kumpi näistä olisi parempi?",
                "Milloin aiot tehdä sen?",
                "Mitä aiot tehdä?",
            ],
            [
                "Mikä on tilanne?",
                "Onko se ärsyttävää?",
                "Miksi niin käy?",
                "{echo}",
                "Minä tekisin tästä selvän päätöksen.",
                "Mitä voisit tehdä?",
                "Mitä muuta?",
                "Onko sinulla tukea?",
                "Mitä teet ensimmäiseksi?",
                "Milloin?",
            ],
        ],
        "en": [
            [
                "Is this a big problem for you?",
                "What happens there?",
                "You should raise this with the team.",
                "{echo}",
                "Have you talked to anyone about this, by the way?",
                "What options do you have?",
                "What else could you do?",
                "Which of those would be better?",
                "When will you do it?",
                "What will you do?",
            ],
            [
                "What's the situation?",
                "Is it annoying?",
                "Why does that happen?",
                "{echo}",
                "I would make a clear decision about this.",
                "What could you do?",
                "What else?",
                "Do you have support?",
                "What will you do first?",
                "When?",
            ],
        ],
    },
    "advice": {
        "fi": [
            [
                "Sinun kannattaisi hoitaa tämä heti itse.",
                "Minä tekisin tästä selvän päätöksen ja ilmoittaisin sen kaikille.",
                "Etkö voisi vain delegoida koko jutun jollekulle muulle?",
                "Sinun pitäisi puhua tästä johtoryhmässä.",
                "Kokeile laittaa aikataulut uusiksi.",
            ],
        ],
        "en": [
            [
                "You should sort this out yourself straight away.",
                "I would make a clear decision and announce it to everyone.",
                "Couldn't you just hand the whole thing to someone else?",
                "You ought to raise this with the management team.",
                "Try rearranging the schedules.",
            ],
        ],
    },
    "nonsense": {
        "fi": [
            [
                "Kuulostaa siltä, että rakastat pizzaa.",
                "Mitä muuta?",
                "Kuulostaa siltä, että olet kissa.",
                "Mitä muuta?",
                "Eli sinä haluat muuttaa kuuhun.",
                "Mitä muuta?",
                "Kuulostaa siltä, että pidät jääkiekosta.",
                "Mitä muuta?",
                "Harjoittele sitä peilin edessä.",
                "Mitä muuta?",
            ],
        ],
        "en": [
            [
                "It sounds like you love pizza.",
                "What else?",
                "It sounds like you are a cat.",
                "What else?",
                "So you want to move to the moon.",
                "What else?",
                "It sounds like you're into ice hockey.",
                "What else?",
                "Rehearse it in front of a mirror.",
                "What else?",
            ],
        ],
    },
    "speedrun": {
        "fi": [
            [
                "Mitä haluat?",
                "Mitä tapahtuu?",
                "Mitä vaihtoehtoja sinulla on?",
                "Mitä aiot tehdä?",
            ],
        ],
        "en": [
            [
                "What do you want?",
                "What's happening?",
                "What options do you have?",
                "What will you do?",
            ],
        ],
    },
}

HELD_BACK: dict[str, dict[str, list[list[str]]]] = {
    "skilled": {
        "fi": [
            [
                "Saanko kysyä tästä vähän lisää?",
                "Mihin haluaisit päästä tämän kanssa?",
                "{echo}",
                "Mitä viimeksi kävi?",
                "{echo}",
                "Mikä tässä on vaikeinta?",
                "{echo}",
                "Mitä keinoja näet?",
                "Keksitkö vielä jonkun toisen tavan?",
                "{echo}",
                "Minkä noista valitsisit?",
                "Mihin mennessä?",
                "Keneltä voisit pyytää apua?",
            ],
        ],
        "en": [
            [
                "May I ask a bit more about this?",
                "Where would you like to get to with this?",
                "{echo}",
                "What happened last time?",
                "{echo}",
                "What's the hardest part?",
                "{echo}",
                "What ways do you see?",
                "Can you think of another way?",
                "{echo}",
                "Which of those would you choose?",
                "By when?",
                "Who could you ask for help?",
            ],
        ],
    },
    "novice": {
        "fi": [
            [
                "Mitä kuuluu?",
                "Onko tiimi tyytyväinen?",
                "Mitä haluaisit?",
                "{echo}",
                "Etkö voisi vain sanoa asiasta suoraan?",
                "Mitä vaihtoehtoja näet?",
                "Entä mitä vielä?",
                "Mikä näistä?",
                "Milloin?",
            ],
        ],
        "en": [
            [
                "How are you?",
                "Is the team happy?",
                "What would you like?",
                "{echo}",
                "Couldn't you just say it straight?",
                "What options do you see?",
                "And what else?",
                "Which of these?",
                "When?",
            ],
        ],
    },
    "advice": {
        "fi": [
            [
                "Mun mielestä sun pitäis vaan päättää.",
                "Ota asia esiin heti huomenna.",
                "Eikö olisi parasta kysyä HR:ltä?",
                "Sinun täytyy olla tiukempi.",
            ],
        ],
        "en": [
            [
                "I think you should just decide.",
                "Bring it up first thing tomorrow.",
                "Wouldn't it be best to ask HR?",
                "You need to be firmer.",
            ],
        ],
    },
    "nonsense": {
        "fi": [
            [
                "Eli sinä pelkäät hämähäkkejä.",
                "Mitä vielä?",
                "Kuulostaa siltä, että pidät sinisestä väristä.",
                "Mitä vielä?",
                "Tuntuu, että haluat lomalle Espanjaan.",
                "Mitä vielä?",
            ],
        ],
        "en": [
            [
                "So you're afraid of spiders.",
                "Anything else?",
                "Sounds like you like the colour blue.",
                "Anything else?",
                "It seems you want a holiday in Spain.",
                "Anything else?",
            ],
        ],
    },
    "speedrun": {
        "fi": [["Mikä on tavoitteesi?", "Missä ollaan nyt?", "Mitä voisit tehdä?", "Mitä teet?"]],
        "en": [
            ["What's your goal?", "Where are you now?", "What could you do?", "What will you do?"]
        ],
    },
}
