"""The ``answered`` gate of ``yes_no_unanswered`` refitted on every development set (helper yesno36,
``models/answered.md``, "Forward test"): fitted on the 106 sets before dev-be55 it beat the file fitted on
eleven sets on the 16 sets labelled after every shipped model (F1 0.669 to 0.684, Dutch 0.569 to 0.598),
and the file now holds the model fitted on all 122 sets (``trained_on``).

Real text: two be-kamer records outside every labelled set (the audit draw ``scripts/draw_unlabelled.py be
4230 600``), whose gate decision the refit changes; the expected readings written out from reading them."""

import json

from qa_align import answered, labelsets
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

GATED = Settings(recycled_across_documents=False)

# be-kamer 191115 (outside the labelled sets): to "1. Werd uw administratie door die aanval getroffen?"
# every service answers "Geen impact", "niet geraakt", "niet getroffen": the plain no, answered
Q_191115 = (
    "Cyberaanval met gijzelsoftware WannaCry. \n\n Op 12 mei 2017 werden er tienduizenden computers "
    "over de hele wereld geinfecteerd met ransomware. Middels die software werden de computers in "
    "kwestie 'gegijzeld', waarna er van de gebruikers een betaling van 300 dollar geeist werd voor "
    "het behoud van hun bestanden.Uit de eerste bevindingen van de deskundigen blijkt dat die "
    "software gebruikmaakt van een veiligheidslek in de IT-systemen. Microsoft heeft het intussen "
    "gedicht, maar computers met een besturingssysteem dat niet geupdatet is blijven kwetsbaar. "
    "Bovendien zouden computers met Windows XP, een product waarvoor Microsoft geen updates meer "
    "biedt, bijzonder weerloos staan tegenover dergelijke aanvallen. 1. Werd uw administratie door "
    "die aanval getroffen? Hoeveel schade werd er in voorkomend geval berokkend?2. Hoeveel computers "
    "bij uw administratie hebben er een licentie voor Windows XP, en hoeveel procent van het "
    "computerpark vertegenwoordigen ze? Welke maatregelen hebt u na de voormelde aanval genomen?"
)
A_191115 = (
    "DG Han (FOD Sociale Zekerheid)1. Geen impact2. Aantal: 0Wij hebben ons ervan vergewist dat de "
    "computers en servers wel degelijk geupdatet en beschermd waren en waar nodig actie ondernomen.De"
    " volledige organisatie werd via ons intranet en per mail ingelicht over de goede praktijken in "
    "verband met bijlagen in mails.Algemeen Rijksarchief1. Geen impact. 2. Aantal computers met "
    'Windows XP: 16 (waarvan vijf van "OD Cegesoma").Maatregelen:- installatie KB4012598 (de door '
    "Microsoft gepubliceerde patch);- een aantal van deze PCs heeft geen netwerkverbinding.Deze PC's "
    "worden in de regel niet gebruikt als persoonlijke PC. Het betreft PC's die deel uitmaken van een"
    " niet-up-to-date installatie (brandalarmsysteem; oude punteringssysteem, verbonden aan een oude "
    "scanner, enz.).Federaal Wetenschapsbeleid (Belspo)1. Belspo heeft geen schade geleden bij die "
    "aanval. Het is mogelijk dat de administratie geinfecteerde e-mails heeft ontvangen, maar "
    "waarschuwing informatie werd onmiddellijk verspreid onder het personeel om ieder verdacht "
    "bericht te vernietigen. Bovendien hebben alle arbeidsplaatsen de beveiligingscorrectie "
    "ontvangen. 2. Alle werkstations binnen Belspo zijn uitgerust met Windows 10 met voortdurende "
    "actualisering. Sedert twee jaar zijn er geen computers meer met Windows XP.Naar aanleiding van "
    "de dreiging van aanval werd het Microsoft's MS17-010 beveiligingspatch onmiddellijk toegepast op"
    " alle Belspo Windows-serversInstituut voor de Gelijkheid van Vrouwen en Mannen1. Het Instituut "
    "voor de gelijkheid van vrouwen en mannen werd niet geraakt door het Virus. 2. Het Instituut "
    "beschikt over 49 computers die zijn uitgerust met een Microsoft licentie. Alle computers met een"
    " Windows XP licentie werden reeds midden 2015 vervangen. Alle computers draaien nu met het "
    "pakket Microsoft Office 2010.POD Maatschappelijke Integratie1. De POD Maatschappelijke "
    "Integratie werd niet getroffen door de cyberaanval van 12 mei 2017. 2. Op aanraden van de ICT "
    "partners - de Shared Services IT van de FOD Kanselarij en Smals - en op verzoek van de "
    "Kruispuntbank van de Sociale Zekerheid waarbinnen de POD MI de beheerder is van het secondaire "
    "netwerk van het OCMW - zijn alle werkposten van de organisatie in 2014/2015 overgestapt op "
    "hogere Windowsversies dan Windows XP (Windows 7 en nu Windows 10). Er draait bij de POD "
    "Maatschappelijke Integratie dus geen enkele computer meer onder Windows XP.Gezien de dreiging en"
    " het aanzienlijke risico op besmetting heeft de POD MI overigens onmiddellijk interne "
    "opleidingen georganiseerd om de gebruikers van zijn informaticanetwerk te sensibiliseren voor de"
    " dreiging, om hen te leren hoe risico's te voorkomen en om, in geval van een aanval, passende "
    "maatregelen te nemen."
)

# be-kamer 190964 (outside the labelled sets): to "1. Zijn er steden die kunnen geschrapt worden van of
# bijgevoegd worden aan de lijst van 32?" the answer to 1 and 2 is "Voorlopig kan ik me niet uitspreken
# over de wenselijkheid om een andere benadering toe te passen": the yes or no is left open
Q_190964 = (
    "Verlaagd btw-tarief voor slopen en vervangende nieuwbouw (MV 17621). \n\n De maatregel om het "
    "tarief van 6 % btw toepasbaar te houden bij het slopen van een gebouw om het te herbouwen tot "
    "een woning, bestaat nu al tien jaar, en kent enkele ineffectieve en inefficiente aspecten.Is de "
    "lijst van 32 steden nog altijd de juiste? Zouden er geen bij kunnen komen?Is er geen verfijning "
    "nodig? Niet elke plaats in die 32 steden zou van die gunstmaatregel mogen gebruik kunnen maken. "
    "Dit moet beter afgestemd worden met het ruimtelijk beleid van het betreffende Gewest en van de "
    "stad of gemeente.Is het nog wel zinvol om deze maatregel enkel toepasbaar te houden voor "
    "particulieren, nu de vastgoedontwikkelingen en de bouwsector - zeker in Vlaanderen en Brussel - "
    "steeds minder door particulieren en steeds meer door professionele bedrijven gevat wordt?Ik "
    "verneem dat ook in het Vlaams Parlement hierover al vragen gesteld zijn aan Vlaams minister "
    "Tommelein. Ook aan uzelf hebben enkele collega's van andere partijen al vragen gesteld.Uiteraard"
    " heeft het geen enkele zin om zomaar gemeenten toe te voegen, en zeker niet om het toepasbaar te"
    " maken op het volledig grondgebied van een Gewest of van Belgie. Conform de Europese regels moet"
    " het uitzonderingstarief immers ook te maken hebben met ofwel basisproducten en geleverde "
    "diensten met een sociaal karakter, ofwel met bepaalde goederen en geleverde diensten die vanuit "
    "economisch of sociaal oogpunt belangrijk zijn.Volgens mij was de keuze tien jaar geleden om het "
    "volledige grondgebied van een stad te selecteren om een verlaagd btw-tarief van toepassing te "
    "maken, eigenlijk verkeerd. Het zorgde wel voor een administratieve eenvoud, en vermeed eventuele"
    " verplichte samenwerkingen met gewestelijke en lokale overheden, maar het schoot volledig zijn "
    "doel voorbij als het de bedoeling had om zogenaamde stadskankers hiermee op te lossen.Want voor "
    "de verlaging van de btw speelde het zelfs geen rol of het gebouw nu in een aandachtswijk of "
    "elders gesitueerd was. De federale overheid verleent in deze zelfs gunstmaatregelen om te bouwen"
    " op landbouwzones of exclusieve gebieden die nu enkel voor zeer vermogende personen kunnen "
    "bebouwd worden. De kans is groot dat deze maatregel vooral ten gunste kwam van eigenaars die "
    "deze fiscale gunst niet nodig hadden en voor eigendommen waarvoor deze maatregel eigenlijk niet "
    "bedoeld was.Er zijn in deze meerdere mogelijkheden om daaraan te verhelpen:- ofwel helemaal "
    "niets doen en alles laten zoals het was;- ofwel verfijnen door het federaal kader "
    "gedetailleerder te maken;- ofwel verfijnen door samenwerking met gewestelijke overheden, ten "
    "einde de stimulans door de btw-verlaging beter te laten samenvallen met de gewestelijke "
    "beleidskeuzen.Ten slotte is het ook volledig achterhaald om deze maatregel enkel op "
    "particulieren toepasbaar te houden. In ruimtelijke projecten is het precies beter om een "
    "eigendomsoverstijgende aanpak te kunnen doen, om eigendommen te bundelen en daarna een "
    "aantrekkelijk stadsvernieuwingsproject te maken.De voorbeelden in Gent, Leuven en Antwerpen zijn"
    " gekend. Maar mensen die nu een oud huis bezitten en dan samen met anderen willen meedoen in de "
    "bouw van een appartementsgebouw, zijn de facto uitgesloten van de toepassing van het verlaagd "
    "btw-tarief. Dergelijke projecten overstijgen immers de draagkracht van een particulier. Daarvoor"
    " zijn professionele projectontwikkelaars veel beter geschikt. 1. Zijn er steden die kunnen "
    "geschrapt worden van of bijgevoegd worden aan de lijst van 32? Op welke manier zouden die "
    "bijkomende steden dan geselecteerd worden?2. In hoeverre vindt u het zinvol om het btw-tarief "
    "niet meer over het ganse grondgebied van de geselecteerde steden te laten plaats vinden, maar "
    "dit eerder selectief binnen de gemeenten te laten gebeuren? En op welke manier kan dit dan het "
    "best gebeuren?3. Vindt u het zinvol om deze fiscale gunstmaatregel niet enkel voor particulieren"
    " voor te behouden? Zo neen, met welke motivatie? Zo ja, op welke manier wil u dat dan "
    "aanpakken?4. Op welke manier kan de overheid ervoor zorgen dat een btw-verlaging die ook voor "
    "bouwondernemingen en projectontwikkelaars toepasbaar wordt, vooral ten gunste komt van de kopers"
    " van een woning of appartement?"
)
A_190964 = (
    "1. en 2. Bij de invoering van het verlaagd btw-tarief voor de afbraak en heropbouw van gebouwen "
    "in stadsgebieden heeft de toenmalige minister van Financien geopteerd om zich op de bestaande "
    "wetgeving over de financiele tegemoetkoming van de Staat aan de steden te baseren. Die wetgeving"
    " werd uitgewerkt in het kader van de ontwikkeling van een globale visie op het "
    "Grootstedenbeleid, waarbij een verlaagd btw-tarief maar een van de middelen was. De logica van "
    "deze benadering vereist derhalve dat punctuele aanpassingen binnen de context van die specifieke"
    " niet-fiscale regelgeving zouden gebeuren.Voorlopig kan ik me niet uitspreken over de "
    "wenselijkheid om een andere benadering toe te passen. Dit vereist een grondige analyse van dit "
    "problematiek en hoe dit meer doeltreffend zou kunnen worden gedaan. 3. De huidige gunstmaatregel"
    " is zowel van toepassing voor particulieren als voor projectontwikkelaars die een gebouw "
    "afbreken om er vervolgens een woning of een appartementsgebouw op te bouwen. 4. Ik sta er a "
    "priori niet weigerachtig tegenover om deze maatregel bijvoorbeeld uit te breiden naar de "
    "leveringen van nieuwe gebouwen die worden opgericht na afbraak van bestaande gebouwen. Op die "
    "manier zouden immers nog meer personen van het voordeel van het verlaagd btw-tarief van 6 % "
    "kunnen genieten. Dergelijk voorstel kan evenwel maar worden overwogen mits een grondige analyse "
    "van de budgettaire impact en een globale afweging van de verschillende beleidsprioriteiten."
)


def test_the_file_is_fitted_on_every_development_set():
    model = json.loads(answered.ANSWERED_MODEL.read_text(encoding="utf-8"))
    assert model["trained_on"] == list(labelsets.DEVELOPMENT_SETS)
    assert model["cuts"]["generic"] > 1.0  # generic stays ungated


def test_a_plain_no_of_every_service_is_not_left_open():
    flags = flags_by_unit(be_doc(Q_191115, A_191115, doc_id="191115"), GATED)
    assert "yes_no_unanswered" not in flags["1"]


def test_a_question_the_minister_cannot_yet_settle_stays_open():
    flags = flags_by_unit(be_doc(Q_190964, A_190964, doc_id="190964"), GATED)
    assert "yes_no_unanswered" in flags["1"]
