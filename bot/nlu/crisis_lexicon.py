"""Word classes for the learned crisis check: many words, one meaning each model can share.

The learned model (:mod:`bot.nlu.crisis_model`) sees each word, and also the class of the
word when it has one: "pills", "rope", "bleach" and "pastillas" are all ``METHOD``; "whooped",
"slapped" and "golpea" all ``HIT``; "goodbye", "permanently" and "para siempre" all
``FINAL``. So a phrasing that uses a word the corpus never had ("i swallowed my nanas
xanax", "mi padrastro me cachetea") still shares features with phrasings it had, and a
pair of classes ("WISH DEATH", "KIN HIT SELF") says more than either word. The words are
stemmed crudely first (:func:`stem`: "cutting", "cuts" and "cut" are one), English and
Spanish alike. Pure Python, no model files.
"""

from __future__ import annotations

from functools import lru_cache


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


_LEXICON: dict[str, tuple[str, ...]] = {
    # Death, dying, being gone (English, then Spanish).
    "DEATH": _words(
        "die died dying dead death deaths suicide suicidal kill killed grave graves coffin "
        "casket heaven funeral buried bury afterlife overdose overdosed gone exist existing "
        "existence alive unalive lifeless corpse noose hang hanged "
        "morir muero muera muriera morirme muerto muerta muerte suicidio suicida suicidarme "
        "suicidar matarme matar mate mato tumba cielo desaparecer existir vida"
    ),
    # Wanting, planning, deciding.
    "WISH": _words(
        "want wanted wanting wish wished hope hoping pray praying ready plan planning planned "
        "decided deciding gonna going tryna trying try thinking think thought considering "
        "urge urges tempted need rather deserve should might "
        "quiero quisiera quiere ojala pienso pensando ganas voy planeo decidi merezco"
    ),
    # Ending, stopping, leaving for good.
    "END": _words(
        "end ending ended ends stop stopping over quit finish finished leave leaving escape "
        "out disappear disappearing vanish gone done off "
        "acabar acabe termine terminar terminen fin salir irme"
    ),
    # For good, forever, goodbye, last.
    "FINAL": _words(
        "forever permanently permanent goodbye goodbyes bye farewell last final never anymore "
        "again note letter letters tonight "
        "siempre despedida adios ultima ultimo nunca carta"
    ),
    # Ways of harming oneself.
    "METHOD": _words(
        "pills pill meds medicine tylenol advil benadryl xanax tablets bottle bleach poison "
        "rope noose belt gun pistol bullet trigger blade razor razors knife sharpener glass "
        "lighter bridge roof building cliff train traffic overpass wrists wrist vein veins "
        "drown drowning antifreeze pastillas veneno cuerda soga navaja cuchillo pistola "
        "puente edificio azotea"
    ),
    # Harming (oneself or another).
    "HARM": _words(
        "cut cutting cuts hurt hurting hurts harm harming selfharm burn burning burned burnt "
        "scratch scratching scratched bleed bleeding bled punish punishing starve starving "
        "sh relapse relapsed "
        "cortar corto corte cortarme cortando lastimar lastimo lastimarme dano quemo quemar "
        "sangre sangrar"
    ),
    # Violence done to someone.
    "HIT": _words(
        "hit hits hitting beat beats beating beaten whoop whoops whooped whooping whip whips "
        "whipped slap slaps slapped punch punches punched kick kicks kicked choke chokes "
        "choked strangle strangled shove shoved push pushed grab grabbed drag dragged throw "
        "throws threw smack smacked bruise bruises bruised welts marks abuse abused abusing "
        "abusive rape raped molest molested touch touches touched touching forced forces "
        "force assaulted groped "
        "pega pegan pego golpea golpean golpeo golpes moretones cachetada cachetadas cachetea "
        "jalonea maltrata maltratan toca tocan toco viola violo violaron abusa abuso obliga "
        "obligo encierra encierran"
    ),
    # Family and adults around a child.
    "KIN": _words(
        "dad father mom mother stepdad stepmom parent parents brother sister uncle aunt "
        "grandpa grandma grandfather grandmother cousin boyfriend girlfriend bf gf ex coach "
        "teacher guardian foster pastor neighbor man guy adult step "
        "papa padre mama madre padrastro madrastra tio tia primo prima hermano hermana novio "
        "novia abuelo abuela esposo senor maestro entrenador"
    ),
    # Threats and danger from others.
    "THREAT": _words(
        "threat threats threaten threatened threatening threatens shoot shooting shooter "
        "stab stabbed bomb gun guns knife weapon weapons follow following followed stalking "
        "stalker stranger kidnap kidnapped trafficked locked trapped stuck held hiding hide "
        "break broke breaking leak post danger unsafe safe scared afraid terrified "
        "amenaza amenazan amenazaron siguiendo peligro miedo arma disparar encerrado "
        "encerrada segura seguro"
    ),
    # Being a burden, worthless, unwanted.
    "WORTH": _words(
        "burden worthless useless pointless point hopeless nobody noone unwanted better "
        "happier relieved miss care matters matter deserve belong "
        "carga nadie sentido vale mejor"
    ),
    # The speaker.
    "SELF": _words("i im me my myself mine ive id ill yo mi mis"),
    # The body.
    "BODY": _words(
        "arm arms leg legs thigh thighs skin body wrist wrists stomach face head neck "
        "brazos brazo piernas pierna piel cuerpo"
    ),
    # Sleep and waking.
    "SLEEP": _words("sleep asleep wake waking woke awake despertar despierte dormir sueno"),
    # Figures of speech and calm contexts.
    "JOKE": _words("lol lmao haha jk lmfao rofl jaja jajaja xd bruh"),
    "WORK": _words(
        "make makes pay paid salary earn earns wage wages job jobs career careers become "
        "counselor counselors worker workers hotline prevention specialist nurse nurses "
        "investigator advocate gana ganan sueldo trabajo consejero enfermero"
    ),
    "SCHOOL": _words(
        "class homework test exam quiz essay school teacher grades algebra chemistry math "
        "finals practice game level boss tarea clase examen escuela"
    ),
}
CLASSES: dict[str, str] = {}
for _name, _members in _LEXICON.items():
    for _member in _members:
        CLASSES.setdefault(_member, _name)

_SUFFIXES = ("ings", "ing", "ed", "es", "s", "ly")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A crude stem: "cutting" -> "cut", "slapped" -> "slap", "pills" -> "pill"."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)]
            if len(base) >= 4 and base[-1] == base[-2]:
                base = base[:-1]  # "cutt" -> "cut", "slapp" -> "slap"
            return base
    return word


def word_class(word: str) -> str | None:
    """The class of ``word`` (or of its stem), or ``None``."""
    found = CLASSES.get(word)
    if found is None:
        found = CLASSES.get(stem(word))
    return found
