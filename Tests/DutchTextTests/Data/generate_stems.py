#!/usr/bin/env python3
"""Regenerates dutch-stems.tsv: Dutch words with their stems from the reference
Snowball "dutch" stemmer (Kraaij-Pohlmann), used by StemmerTests.swift.

Setup:
    pip install snowballstemmer==3.0.1 wordfreq==3.1.1

Run from anywhere:
    python3 Tests/DutchTextTests/Data/generate_stems.py

The word list is fixed: wordfreq's most frequent Dutch words, all Dutch words
with diacritics among a larger top list, inflected and derived forms built from
frequent words by fixed rules, and a hand-written list of words that exercise
the algorithm's special cases. No randomness, output sorted, so reruns with the
same package versions give the same file.
"""

import os
import re
import sys
from importlib.metadata import version

REQUIRED_SNOWBALL = "3.0.1"
REQUIRED_WORDFREQ = "3.1.1"

TOP_WORDS = 9000          # frequent words taken as they are
DIACRITIC_POOL = 40000    # words with diacritics are taken from this larger list
BASE_WORDS = 2500         # frequent words that derived forms are built from
FORMS_PER_BASE = 3

LETTERS = re.compile(r"[a-zà-öø-ÿ]+")

# Suffixes appended to base words, to reach every rule of the algorithm.
SUFFIXES = [
    "en", "s", "e", "er", "st", "ste", "je", "tje", "pje", "etje", "kje",
    "heid", "heden", "ing", "ingen", "de", "te", "den", "ten", "nde", "end",
    "ende", "lijk", "lijke", "lijker", "lijkst", "isch", "ische", "baar",
    "achtig", "achtige", "achtiger", "achtigst", "ig", "ige", "iger", "igst",
    "erig", "eriger", "erigst", "iteit", "isme", "erij", "arij", "ster", "sel",
    "atie", "aties", "es", "ies", "tjes", "jes", "ers", "sten", "eren",
    "ene", "le", "re", "se", "ge", "ieve", "ioneel", "atief", "tant", "naar",
    "laar", "raar", "fie", "gie", "tst", "dst", "kt", "ft", "pt", "'s", "'tje",
    "'je", "aus", "és",
]

# Prefixes and infixes for participles.
PARTICIPLE_FORMS = [
    ("ge", "d"), ("ge", "t"), ("ge", "en"), ("ge", "de"), ("ge", "te"),
]

# Words chosen by hand: exceptions in the algorithm, diacritics, ij, short
# words, apostrophes and odd shapes.
HAND_PICKED = """
a e i o u y ij aa ee ie oe uu kt ft pt 's 'tje in inn ind en ent ge gee geen
innen innig innige inniger innigst geïnd geënt geënte geïnde geeft geeft
geven gegeven gevallen geval gevalletje gevalideerd gevaliëerd gevaren gevaar
gevaarten gevarieerd gevarieerde varen vallen effen effende geeffende
schilderij schilderijen schild schilden wilding wildernis gebouwd gebouwde
gelopen gewerkt gemaakt gezegd geleefd geloofd geschreven gezien gedaan
gehad gekregen gegaan gekocht gebracht gedacht gedronken geholpen gespeeld
afgemaakt opgebouwd aangekomen uitgevoerd meegenomen ingevuld
opgegeven vergeten begeleiden begeleiding vergelijken vergelijking
knie knieën idee ideeën zee zeeën zeeëen ruïne ruïnes reünie reünies
naïef naïeve naïviteit egoïsme egoïst cliënt cliënte cliënten patiënt
patiënten efficiënt efficiënte coördinatie coördinator coöperatie
geëerd geëindigd beëindigd beïnvloed beïnvloeden geïnteresseerd
geïnspireerd geïnstalleerd geïsoleerd geëvalueerd geëxporteerd geüpload
café cafés café's privé privés comité comités oké één ééntje vóór
hè hé enquête enquêtes scène scènes première carrière crème
wij mij zij bij rij rijen vrij vrijen vrijheid vrijheden blij blijheid
tijd tijden tijdje tijdelijk tijdelijke lijken lijkt gelijk gelijke gelijken
kijken kijkt gekeken bijzonder bijzondere bijzonderheden ijs ijsje ijzer
ijverig ijverige mijn mijnen prijs prijzen prijsje lijst lijstje lijsten
huis huizen huisje huisjes muis muizen muisje boom bomen boompje boompjes
kam kammetje kammen ring ringetje koning koninkje koningin woning woningen
raam raampje ramen auto auto's autootje foto foto's fotootje baby baby's
oma oma's opa opa's menu menu's radio radio's paraplu paraplu's
lamp lampje lampjes stempel stempeltje kind kinderen kindje kinderachtig
mooi mooie mooier mooist mooiste groot grote groter grootst grootste
klein kleine kleiner kleinst kleinste lief lieve liever liefst liefste
boos boze bozer boost vies vieze viezer zwaar zware zwaarder
gaan gaat ging gingen gegaan doen doet deed deden zien ziet zag zagen
lopen loopt liep liepen maken maakt maakte maakten werken werkte werkten
wonen woonde woonden praten praatte praatten zetten zette zetten
vinden vindt vond vonden houden houdt hield hielden worden wordt werd werden
vriendelijk vriendelijke vriendelijker vriendelijkst vriendelijkheid
schoonheid schoonheden mogelijkheid mogelijkheden gelegenheid gelegenheden
waarheid waarheden eenheid eenheden overheid overheden
natie naties nationaal nationale nationaliteit activiteit activiteiten
universiteit universiteiten kwaliteit kwaliteiten realiteit
informatie informaties organisatie organisaties situatie situaties
traditioneel traditionele professioneel professionele functioneel
creatief creatieve actief actieve relatief relatieve negatief negatieve
kantoor kantoren bakkerij bakkerijen drukkerij drukkerijen boekerij
apotheek apotheker apothekers leraar leraren wandelaar wandelaars
eerbaar eerbare draagbaar draagbare zichtbaar zichtbare haalbaar
kinderachtige zonnig zonnige zonniger zonnigst bergachtig bergachtige
fotografie fotografieën biologie biologieën filosofie filosofieën
democratie democratieën strategie strategieën energie energieën
lastig lastige lastiger lastigst prachtig prachtige aardig aardige aardiger
lezer lezers lezeres lezeressen zangeres zangeressen danseres
vertaling vertalingen regering regeringen ervaring ervaringen
racisme realisme toerisme toerist toeristen journalist journalistiek
lidmaatschap vriendschap vriendschappen wetenschap wetenschappen
bieb bieben bob dd ff gg zz vv ss nn mm ll kk pp rr tt bb cc hh jj qq ww xx
brief brieven wolf wolven graaf graven duif duiven
kaas kazen reis reizen roos rozen vaas vazen glas glazen
student studenten studente studentes president presidenten
hoofdst hoofdstad winst winsten kunst kunsten dienst diensten
verwachtst verwachtte gebeurtenis gebeurtenissen
alsjeblieft alstublieft bedankt dank dankjewel
ja nee niet wel misschien oké prima goed goede beter best beste slecht
vandaag morgen gisteren ochtend middag avond nacht week weken maand maanden
broertje zusje vaatje hondje katje dingetje beetje weekje bloemetje
hemdje hemdjes kettinkje koninkje kettinkjes woninkje
meisje meisjes jongetje jongetjes mannetje vrouwtje vrouwtjes
gaatje gaatjes kopje kopjes pannetje pannetjes wieltje karretje
lijstjes dijtje rijtje bijtje ijsjes
hoorde hoorden leerde leerden speelde speelden werd gedurende lopende
rennende zingende spelende slapende lachende drinkende
voetballer voetbalster wandelster schrijfster
kinderen kindertjes kindertje volken volkeren eieren kalveren
hoorntje hoorntjes toorntje voorgeïnstalleerd aangeëerd
jazzen faxxen staccen bahhen ajjen taqqen revven howwen
""".split()


def check_versions():
    for package, wanted in (("snowballstemmer", REQUIRED_SNOWBALL),
                            ("wordfreq", REQUIRED_WORDFREQ)):
        found = version(package)
        if found != wanted:
            sys.exit(f"{package} {found} installed, {wanted} required "
                     f"(pip install {package}=={wanted})")


def is_word(w):
    return LETTERS.fullmatch(w) is not None


def build_word_list():
    from wordfreq import top_n_list

    pool = top_n_list("nl", DIACRITIC_POOL)
    words = set()

    plain = [w for w in pool if is_word(w)]
    words.update(plain[:TOP_WORDS])

    # Every word with a diacritic from the larger list.
    words.update(w for w in plain if re.search(r"[à-öø-ÿ]", w))

    # Frequent apostrophe plurals (auto's, foto's).
    words.update(w for w in pool[:TOP_WORDS]
                 if re.fullmatch(r"[a-zà-öø-ÿ]+'s", w))

    # Derived forms: each base word gets a few suffixes, chosen by position.
    bases = [w for w in plain[:BASE_WORDS * 2] if len(w) >= 3][:BASE_WORDS]
    for i, base in enumerate(bases):
        for j in range(FORMS_PER_BASE):
            suffix = SUFFIXES[(i * 7 + j * 29) % len(SUFFIXES)]
            words.add(base + suffix)
        if i % 5 == 0:
            prefix, ending = PARTICIPLE_FORMS[(i // 5) % len(PARTICIPLE_FORMS)]
            words.add(prefix + base + ending)
        if i % 11 == 0 and len(base) >= 4:
            # A separable-verb shape: ge in the middle.
            words.add(base[:2] + "ge" + base[2:] + "d")

    words.update(HAND_PICKED)
    words.discard("")
    return sorted(words)


def main():
    check_versions()
    from snowballstemmer.dutch_stemmer import DutchStemmer

    stemmer = DutchStemmer()
    words = build_word_list()
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                            "dutch-stems.tsv")
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        for word in words:
            out.write(f"{word}\t{stemmer.stemWord(word)}\n")
    print(f"wrote {len(words)} words to {out_path}")


if __name__ == "__main__":
    main()
