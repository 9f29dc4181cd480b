"""Word classes behind the SMART check (folded, lower case). Rules, not test sentences.

- GENERIC: function words and vague development words. A goal is *specific* when, after
  removing these (and the time expression), a concrete word remains, or a known skill matches.
- Word classes the Meetbaar rules share (numbers, labels, changes, certificates); the rules
  themselves live in `smart_measure`.
"""

from __future__ import annotations

import re

COMMON: list[str] = """
    heeft werd gaat mij onder weer zien zal komt staat komen leven toen jullie tussen net via
    grote man terug laat zonder zie bent eigen weg werden zit aantal hebt kunt plaats toe
    deel elkaar mag nodig vanaf doet staan zeggen zegt denk naam zeker zullen houden jou kwam
    lang vragen vraag gezien ging nee kom lijkt kijk leuk nemen achter gedaan groot natuurlijk
    sinds bijna kijken mooi kon zitten kleine moment tweede ligt liggen welke buiten geleden
    geweest zei oude ter denken echter enige men nou bekend genoeg ziet niks zoek terwijl
    zeg probleem problemen vanuit soort vrij werkt daarom idee boven der eerder meest grootste
    naast slechts duidelijk vond wachten dank gehad hoor hou blij druk gelijk houdt mogen oud
    precies vol afgelopen betekent dezelfde geval lange moeilijk zaken bezig langs klein vele
    bedankt gevonden wilde wilden zag begon meeste stond gaf neem deed juist kant reden vanwege
    zaak elk gevoel geworden jonge valt voordat aandacht beide dacht hetzelfde proberen slecht
    stuk vervolgens waarschijnlijk gegeven wist ervan meteen uiteindelijk hoge kreeg leeftijd
    denkt heen vergeten huidige rest bang direct gezegd kwamen leuke loopt alsof basis derde
    genoemd ervoor extra kort ver welkom hoewel langer waarop gek inderdaad erop helaas kent
    mis totaal waaronder tijdje omhoog omlaag hoog laag sta merk merken daarbij daarvoor
    graag zou zouden uitdagen uitdaging echt opnieuw lukt lukken telt draaien draait draai
    volledig helemaal compleet fully completely entirely role roles position date certified
    gecertificeerd certificering
    that you this are have not but from your all his they one out what has when were who
    their there her which time been she how them now other its our than only after first him
    into know see think any then back these because well said way most much very where may
    here need did right being day too going before off why made still got many never those
    life say world down through last while such love man home long look same used both every
    come part around between always find help high little old since another does own under
    during give place again next each without against end found must show big feel sure ever
    keep might please put second away left number let real called different having set
    thought done however already case nothing today change enough live making point told yet
    bad hard mean once tell seen stop based believe call took came far side though try went
    yes actually less order run says thank everyone trying using following together
    whole kind maybe hope least means within able early others fact given guys half often
    single coming almost known large lost started taking wrong along anyone else matter pretty
    remember nice probably saying understand yeah close comes idea looks past possible wanted
    cause due happy move question wait ask late leave saw either future low rather reason
    soon third turn whether among further although asked whenever someday asap
    until vooraleer omstreeks
""".split()
"""The most frequent Dutch and English words (from wordfreq's lists) that never name a skill
on their own: function words, common verbs and adverbs. Skill words among the frequent ones
("lezen", "rijden", "koken", "veilig") are left out on purpose."""

GENERIC: frozenset[str] = frozenset(
    """
    ik je jij u we wij ze zij hij het de een en of maar om te in op aan met voor van naar bij uit
    door over tot als dan dat dit die deze er hier daar wat wie hoe waar wanneer waarom zo ook nog
    al wel niet geen meer minder veel weinig heel erg zeer echt gewoon graag beter best goed
    goede sterker sterk beste slechter mijn mijzelf mezelf zelf jezelf zichzelf ons onze jouw
    zijn haar hun mn m'n wil willen wens wilt zou zouden moet moeten kan kunnen ga gaan word
    worden wordt ben is was waren heb hebben had krijgen krijg doen doe laten leren leer bijleren
    ontwikkelen ontwikkel ontwikkeling ontplooien groeien groei verbeteren verbeter verbetering
    versterken versterk verdiepen verdiep vaardigheden vaardigheid competenties competentie kennis
    skills skill dingen ding iets alles veel nieuwe nieuw andere ander job werk functie taak taken
    rol carriere loopbaan professioneel professionele persoonlijk persoonlijke algemeen algemene
    mezelf ontwikkelen zelfontwikkeling vooruitgaan vooruit verder stappen stap zetten niveau
    hoger hogere bijblijven bij blijven evolueren evolutie opleiding opleidingen cursus cursussen
    training trainingen volgen volg doel doelen doelstelling leerproces traject proces
    gegroeid geleerd ontwikkeld verbeterd weet mee verandert veranderen verandering hoop hopen
    blijven blijf vind vinden vindt voel voelen hoop eigenlijk goed nog steeds altijd telkens
    organisatie organisation bedrijf company
    gebied gebieden domein vlak terrein toekomst tijd tijdens binnen na tegen later ooit snel
    mogelijk zoveel zo veel tevreden gelukkig voldoening motivatie gemotiveerd plezier zin voelen
    voel beetje wat hele geheel sowieso misschien eventueel eigenlijk vooral ofwel zowel
    i me my myself want to be become get better more improve develop grow learn learning skills
    skill knowledge things something everything job work career personal professional general
    new good great the a an and or of in on at for with by about some bit lot really just also
    would like should could will can do make become stronger overall grow growth development
    certificaat attest diploma brevet getuigschrift halen behalen examen test slagen bewijs
    deelname deelnemen participation attendance aanwezigheid
    kwartaal semester jaar maand maanden week weken dag dagen zomer kerst eind begin einde
    periode termijn deadline uiterlijk laatste ten volgend volgende komend komende dit deze
    vorig zoals bv bijvoorbeeld enz etc manier manieren aspect aspecten punt punten
    maak maakt maken haal haalt halen behaal behaalt behalen geef geeft geven kunnen kan
    zodat omdat waardoor want pass passed level get take zelfstandig zelfstandiger alleen
    keer maal per elke iedere wekelijks maandelijks minstens minimaal maximaal ongeveer
    twee drie vier vijf zes zeven acht negen tien twintig honderd two three four five ten
    gebruik gebruiken toepassen pas passen doen kunnen weten begrijpen snappen use apply
    eens nu even toch dus daarna eerst ergens nogal vaak soms nooit iemand niets anything
    persoon personen mens mensen collega collegas werknemer werknemers medewerker medewerkers
    person people colleague colleagues employee employees someone myself yourself
    verbreden verruimen uitbreiden vergroten opfrissen aanscherpen bijschaven bijspijkeren
    broaden expand increase boost enhance gain sharpen refresh deepen widen
    zelfvertrouwen zelfzekerheid zelfzeker verantwoordelijkheid verantwoordelijkheden
    productief productiever productiviteit efficient efficienter efficientie flexibel flexibeler
    positief positiever motivatie gemotiveerder tevredener
    productive productivity efficient efficiency confident confidence responsibility
    responsibilities motivated flexible positive better best person
    workshop workshops webinar webinars seminarie seminaries studiedag studiedagen vorming
    vormingen bijscholing bijscholingen learning learnings elearning elearnings course courses
    class classes module modules lesdag lesdagen
    certificaten certification certifications certificate certificates degree license licence
    bachelor master graduaat bachelordiploma masterdiploma
    erkend erkende officieel officiele geldig geldige recognised recognized official accredited
    afronden afgerond rond rondt afwerken afgewerkt voltooien voltooid complete completed finish
    finished achieve achieved
    score scores scoor scoort scoren cijfer cijfers resultaat resultaten result results grade
    grades evaluatie evaluaties beoordeling beoordelingen rating verhogen verhoog verhoogt
    optrekken opgetrokken verlagen verlaag raise reduce lower
    bereiken bereik bereikt reach reaches reaching reached attain attained
    geraken geraak geraakt raken bijgeschoold bijgeleerd opgeleid bijscholen bijschool
    beheersen beheers beheerst brengen breng brengt bring vak vakkennis vakmanschap
    ervaren ervarener volleerd volleerde experienced skilled seasoned
    rated beoordeeld scored hoogste highest laagste lowest
    uur uren uurtje uurtjes hour hours dagdeel dagdelen
    jaarlijks jaarlijkse halfjaarlijks annual annually yearly
    uitstekend excellent outstanding voldoende onvoldoende
    expertise deskundigheid bekwaamheid vakkennis vakmanschap knowhow know-how capaciteiten
    abilities capabilities competences competencies expertises talents strengths sterktes
    studeren studie studies study studying oefenen oefen oefening practise practice training
    functioneren functioneer bijscholen bijscholing
    vlotter vlot sneller snel handiger zekerder rustiger vaardiger faster quicker smoother
    doorgroeien doorgroei doorgegroeid groeien gegroeid grow growing promoveren
    uitbouwen uitgebouwd geslaagd geslaagde
    binnenkort zodra eindelijk straks weldra spoedig eerlang nadien ondertussen intussen
    eventually finally meanwhile afterwards
    wanna gonna gotta professionally personally vak vakgebied
    tonen toon toont show shows step steps upskill upskilling
    reskill reskilling
    professionaliteit professionalisme professionalism kwalitatief kwalitatieve kwalitatiever
    kwaliteitsvol kwaliteitsvoller bijwerken bijgewerkt goeie goei
    ochtend ochtenden voormiddag namiddag middag avond avonden morning mornings evening evenings
    bevestigt bevestigen bevestigd confirm confirms confirmed merkt merken notice notices
    """.split()
    + COMMON
)
"""Words that never make a goal specific on their own: function words, people, vague verbs
and qualities; ways to learn (workshop, e-learning), proofs and their qualities (erkend),
finishing and raising verbs, scores, units of effort (uur) and yearly frequencies: they say how
a result is shown or counted, not which skill it is about; adverbs and conjunctions of time
("binnenkort", "zodra", "eindelijk") say when. Inflected and separable forms of
these are recognised by `generic_form`."""

VAGUE_EXACT: frozenset[str] = frozenset(
    """
    zich hem hen paar enkele sommige meerdere diverse verschillende several few
    impact meerwaarde uitdaging uitdagingen talent talenten potentieel potentiaal horizon
    horizonten versie ambitie ambities passie kans kansen mogelijkheden waarde succes
    succesvol succesvoller presteren prestatie prestaties benutten betekenen uitblinken
    excelleren klaar belangrijk belangrijke stilstaan achteruitgaan vooruitkomen
    potential value challenge challenges talent talents opportunity opportunities version
    thrive succeed success unlock full fullest leverage ambition passion important ready
    leert leerde leerden
    """.split()
)
"""Vague quantities, wishes and fancy words ("meerwaarde", "impact", "potentieel"), matched
exactly or by stem only: typo tolerance would swallow real skills ("presteren"/"presenteren")."""

ASPIRATION_HEADS: tuple[str, ...] = (
    "potentieel", "potentiaal", "potential", "ambitie", "talent", "talenten", "kansen",
    "mogelijkheden", "groei", "ontwikkeling", "ontplooiing",
)  # fmt: skip
"""Heads of compounds that name a wish, not a skill: "leiderschapspotentieel", "groeikansen"."""

PEOPLE: frozenset[str] = frozenset(
    """
    teamleider teamleiders leidinggevende leidinggevenden baas chef directeur directie
    leider leiders collega collegas klant klanten patient patienten bewoner bewoners
    leerling leerlingen student studenten ouders team teams ploeg ploegen afdeling dienst
    leader leaders boss manager managers customer customers client clients team colleagues
    colleague coworker coworkers co-worker co-workers supervisor supervisors mentor
    reizigers reiziger passagiers passagier bezoekers bezoeker gasten gast client clienten
    kinderen kind kindjes kleuters jongeren familie familieleden families bewoonster
    mensen iedereen leveranciers leverancier chauffeurs
    passengers passenger visitors visitor guests guest pupils children child kids parents
    residents resident patients patient suppliers everyone family families gezin gezinnen
    """.split()
)
"""People and groups: whom a goal serves or who asks for it, never the skill itself
("een meerwaarde zijn voor het team", "een betere leader worden")."""

LABEL_NOUNS = (
    r"ploeg|team|regio|zone|lijn|hal|afdeling|dienst|fase|versie|release|module|hoofdstuk|"
    r"lokaal|kamer|gebouw|site|vestiging|shift|line|region|phase|version|room|chapter|building|"
    r"verdieping|etage|floor|gang|klas|unit|kaai|dok|poort|magazijn|blok|vleugel|zaal|paviljoen|"
    r"block|wing|ward|route"
)
BACKGROUND_RE = re.compile(
    # a place named by a number or a code: "op lijn 3", "in lokaal 204", "op de 2de
    # verdieping", "op afdeling C2", "in vleugel B"
    r"\b(?:op|in|aan|bij|van|at|on)\s+(?:(?:de|het|the)\s+)?"
    r"(?:\d+(?:ste|de|e|th|nd|rd|st)\s+[a-z]+|(?:" + LABEL_NOUNS + r")\s+"
    r"(?:\d+[a-z]?|[a-z]{1,2}[-\s]?\d{1,4}[a-z]?|[a-z](?![\w/'])))\b"
    # what one has done for years, to the end of its clause: "ik geef al 20 jaar les in het
    # derde leerjaar en ...", "ik werk hier 15 jaar", "I've been driving for 12 years"
    r"|\b(?:ik|i|i've|i\s+have)\s+(?!(?:wil|wou|wilde|hoop|probeer|ga|zal|heb|krijg|want|"
    r"wanted|hope|will|plan|try)\b)[a-z']+\s+(?:[a-z']+\s+){0,2}?(?:(?:al|nu|reeds|hier|"
    r"for|already|now|here)\s+)*(?:meer\s+dan\s+|over\s+|more\s+than\s+)?"
    r"(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|vele|"
    r"enkele|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|many|several)"
    r"\s+(?:jaar|jaren|years)\b(?:(?!\s(?:en|maar|and|but)\s)[^,.;:!?\n])*"
    # time already spent: "al 12 jaar op lijn 3", "na 20 jaar in de boekhouding"
    r"|\b(?:na|al|sinds|reeds|after|for)\s+(?:\d+|[a-z]+)\s+(?:jaar|jaren|maanden|years|months)"
    r"(?:\s+(?:in|op|bij|als|at|as)\s+(?:(?:de|het|the|een|a)\s+)?[a-z]+)?\b"
    # an event as an anchor, dated or not: "tegen mijn volgende evaluatie", "tijdens de les"
    r"|\b(?:tegen|na|tijdens|sinds|vanaf|during|after)\s+(?:(?:de|het|mijn|m'n|zijn|haar|onze|"
    r"the|my)\s+)?(?:(?:volgende|eerstvolgende|komende|next)\s+)?"
    r"(?!(?:elke|iedere|elk|ieder|each|every)\b)[a-z]+"
    # a comment on the goal: ", dat is belangrijk in de zorg"
    r"|,\s*(?:dat|dit|wat|that|this|which)\s+(?:is|vind|lijkt|zou|was|wordt|seems)\b[^,.;:!?\n]*"
    # a condition of time: "zodra er budget is", "once the new stock is in"; it ends where the
    # main clause begins ("zodra het kan wil ik ...": the verb before its subject)
    r"|\b(?:zodra|once|as\s+soon\s+as|(?:als|wanneer|indien|if|when)\s+(?:er|there))\b(?:(?!\s[a-z]+\s+(?:ik|we|wij|i)\b)[^,.;:!?\n])*"
    # a feeling that explains the goal: "ik heb het gevoel dat ik vastroest", "I feel like ..."
    r"|\b(?:gevoel|indruk|feeling|impression)\s+(?:dat|that)\b[^,.;:!?\n]*"
    r"|\bi\s+feel\s+(?:like|that)\b[^,.;:!?\n]*"
    # a ward or department by its name: "op de afdeling geriatrie", "ward C"
    r"|\b(?:afdeling|departement|ward|(?:op|in|van|bij)\s+(?:de\s+)?dienst)\s+(?!\d)"
    r"(?!(?:is|are|was|were|and|or|en|of|in|op|bij|with|met|zijn|wordt|will|voor|aan)\b)"
    r"[a-z]+(?<!en)\b"
)
"""Phrases that set the scene of a goal (place, past, occasion, comment, a condition of time,
a feeling): their words never make the goal specific."""

SUBJECT_RE = re.compile(
    r"^\s*[A-Z][a-z]+(?=\s+(?:wil|wilt|gaat|zal|moet|kan|hoopt|probeert|leert|wenst|"
    r"wants|will|needs|hopes|plans|is|has|heeft))|\bdoor\s+[A-Z][a-z]+\b|\bby\s+[A-Z][a-z]+\b"
)
"""A name as the subject ("Karim wil ...") or the agent of a passive ("door Lotte"),
read from the text as typed (capitals)."""

EMPLOYER_RE = re.compile(
    r"\b(?:dienst|werk\w*|job|contract|benoem\w*|aangesteld|employed|hired)\s+(?:\w+\s+){0,3}?"
    r"(?:bij|at|by)\s+(?:de\s+|het\s+|the\s+)?([A-Z][\w&-]+)"
)
"""An employer named after a job or contract ("vast in dienst bij het OCMW"): group 1, a name
that sets the scene, never a skill."""

CHANGE_RE = re.compile(
    r"\b(halver\w*|gehalveerd|verdubbel\w*|verdrievoudig\w*|met\s+de\s+helft|"
    r"halve|halving|double|doubling|by\s+half|tot\s+nul|naar\s+nul|to\s+zero|"
    r"met\s+(?:een|1)\s+(?:kwart|derde|vierde|vijfde|tiende)|"
    r"by\s+(?:a|one)\s+(?:quarter|third|fifth|tenth))\b"
)
"""A change of a quantity that is itself a measure ("het aantal fouten halveren", "het
verbruik met een kwart verminderen")."""

CERTIFICATES_RE = re.compile(
    r"\b(vol-?vca|vil-?vcu|vca|ba[4-6]|ccn[ap]|ccie|itil|prince\s?2|pmp|capm|ipma|toeic|toefl|"
    r"ielts|ecdl|icdl|cissp|comptia|mcse|ocp|psm|csm|code\s?95)\b"
)
"""Certificates known by their short name alone (VCA, BA4, CCNA, ITIL, Prince2, code 95 of
professional drivers, ...)."""

ACRONYM_RE = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
OBTAIN_RE = re.compile(
    r"\b(halen|behalen|haal|haalt|behaal|behaalt|gehaald|behaald|obtain\w*|earn\w*|"
    r"(?:get|gets)(?!\s+(?:better|more|used|to|started|along|ready|involved|faster)\b))\b"
)
"""An acronym that is obtained ("mijn XYZ halen") is a certificate, not a tool."""

PARTICLES: tuple[str, ...] = (
    "terug", "verder", "door", "over", "mee", "bij", "uit", "aan", "toe", "op", "af", "na", "in",
    "om", "weg",
)  # fmt: skip
"""Separable-verb particles: "opdoen", "bijgeleerd", "uitgebreid" are forms of generic verbs."""

VERB_PREFIXES: frozenset[str] = frozenset(
    (*PARTICLES, "binnen", "buiten", "samen", "tegen", "achter", "onder", "boven", "voor",
     "neer", "thuis", "vast", "vrij", "kwijt", "mis", "goed", "klaar")
)  # fmt: skip
"""Words that start a separable verb with a meaning of its own ("binnenhalen", "inwerken"):
such a verb is no compound of generic parts."""


def generic_form(word: str, generic: frozenset[str]) -> bool:
    """A separable or past-participle form of a generic verb ("opdoen", "bijgeleerd")."""
    for particle in PARTICLES:
        if word.startswith(particle) and len(word) - len(particle) >= 3:
            word = word[len(particle) :]
            break
    if word in generic:
        return True
    if word.startswith("ge") and len(word) > 5 and word[-1] in "dt":
        root = word[2:-1]
        return any(form in generic for form in (root + "en", root + "n", root, root[:-1] + "en"))
    return False


LABEL_BEFORE_RE = re.compile(
    r"\b(?:ploeg|team|regio|zone|lijn|hal|afdeling|dienst|fase|versie|release|module|"
    r"hoofdstuk|lokaal|kamer|gebouw|site|vestiging|shift|line|region|phase|version|room|"
    r"chapter|building|iso|code|windows|office|python|java|php|level|niveau|blok|vleugel|zaal|"
    r"paviljoen|block|wing|ward|route|groep|bus|tram|kamer|bed|spoor|perron|post|box|kassa|"
    r"machine|oven|dok|kade|sector|leerjaar|graad|room|bay|dock|gate|till|bus\s+route)\s*$"
)
"""A number right after one of these names a thing (\"ploeg 3\", \"ISO 9001\"), not a quantity."""

NUMBER_RE = re.compile(r"(?<![\w/.-])(\d+(?:[.,]\d+)?)(?![\w/]|[.-]\d)")

PURPOSE_RE = re.compile(
    r"\b(zodat|omdat|waardoor|zo kan ik|om\s+(?:\w+\s+){0,8}?te\s+\w+|"
    r"(?:voor|in)\s+mijn\s+(?:nieuwe|toekomstige)\s+(?:functie|rol|job|taak)\w*|"
    r"voor\s+mijn\s+(?:functie|rol|job)\s+als|"
    r"als\s+(?:toekomstige\s+|nieuwe\s+)?\w*(?:leider|leidinggevende|verantwoordelijke|"
    r"coordinator|manager|coach|expert|specialist)\b|"
    r"so\s+that|in\s+order\s+to|because|to\s+become|for\s+my\s+(?:new\s+|current\s+)?"
    r"(?:role|job|position|team|department))"
)
"""A goal that says why it matters for the job is relevant even without plan context."""

CONCEPTS: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "leidinggev leiding leider leiderschap teamleider teamleid teammanagement leidinggevend "
        "leadership lead manager management coach coachen coaching delegeren delegat people",
        "project projectmanagement projectleider projectbeheer planning plannen prince2 scrum "
        "agile pmp",
        "communicatie communiceren presenteren presentatie spreken feedback gesprek gesprekken "
        "communication presenting speaking assertief assertiever vergadering",
        "excel word powerpoint outlook teams sharepoint office kantoorsoftware digitaal digitale "
        "tools samenwerkingstool samenwerken rekenblad spreadsheet computer software",
        "engels frans duits spaans nederlands taal talen english french german spanish dutch",
        "veiligheid vca ehbo eerste hulp brandveiligheid heftruck safety preventie",
        "klant klanten klantgericht klantvriendelijk verkoop verkopen sales customer offerte",
        "boekhouding boekhouden facturatie factuur financieel budget accounting finance",
        "epd patientendossier dossier zorg verpleging patient patienten",
        "onderhoud technisch techniek storing storingen machine machines onderhoudsproject",
        # sectors: a goal and a job of the same trade belong together
        "magazijn magazijnier heftruck reachtruck orderpick picken picker voorraad stock laden "
        "lossen palletwagen pallet scanner verzending levering expeditie logistiek warehouse "
        "forklift inventaris",
        "keuken kok koken bereiden gerecht haccp allergenen menu afwas vaatwas horeca restaurant "
        "kitchen cook chef",
        "zorg verpleeg verpleegkundige zorgkundige verzorgende patient bewoner wondzorg medicatie "
        "tillift dementie palliatief verzorging mobiliseren nurse care",
        "poets poetsen schoonmaak schoonmaken hygiene reinigen sanitair desinfect cleaning cleaner",
        "chauffeur rijden bus vrachtwagen rijbewijs tachograaf defensief driver driving truck",
        "leerkracht leraar lerares klas leerling lessen toets differentier klasmanagement juf "
        "kleuter teacher classroom",
        "werf bouw metsel metselaar lassen lasser kraan stelling steiger bekisting beton "
        "construction welding",
        "kassa winkel rekken vakken verkoper verkoopster filiaal cashier",
        "productie machine omschakelen verpakking operator productieleider production",
    )
)
"""Small families of related words: a goal and its context that share a family are related."""
