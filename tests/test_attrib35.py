"""Attribution of a grouped or unnumbered answer's deferral that no unit's name and no two words of one unit
alone place (issue 17 item 2; attrib35): it goes to the units whose question asks about what is still to
come (a future form of the lexicon's ``[cues] future``: "Binnen welke termijn zal u ...?", "Zal die molecule
...?"), where some units of the segment ask so and some do not, not to the unit that one shared word names.
Expected values from the readers' labels: be-kamer 191455 (dev-be33: "Aangezien deze procedure nog aan de
gang is en ik bijgevolg nog geen definitieve beslissing heb genomen ... kan ik u geen verdere informatie
geven ..." is `holding` for unit 2, the term of a solution, not for unit 1, whether the facts are
confirmed) and be-kamer 190791 (dev-be43: "Na deze evaluatieprocedure ... zal ik een beslissing nemen over
de opname van dit geneesmiddel in de terugbetaling" is `holding` for unit 1, whether the molecule will be
reimbursed, not for unit 2, why it was decided not to)."""

from qa_align.attribute import asks_ahead
from qa_align.settings import Settings

from .conftest import be_doc, flags_by_unit

SETTINGS = Settings(rules=("holding",), recycled_across_documents=False)


def _holding(question: str, answer: str) -> set[str]:
    """The units of a Belgian record flagged ``holding``."""
    return {n for n, flags in flags_by_unit(be_doc(question, answer), SETTINGS).items() if "holding" in flags}


# be-kamer 191455 (dev-be33): two numbered questions, one unnumbered answer
MORQUIO_QUESTION = (
    "Behandeling van patienten met het syndroom van Morquio (MV 16737). \n\n De situatie van patienten met "
    "het syndroom van Morquio, een lysosomale ziekte die slechts een tiental personen in Belgie treft, is"
    " verontrustend: een behandeling die de ontwikkeling van de ziekte afremt en de levenskwaliteit van "
    "die patienten aanzienlijk verbetert, is beschikbaar in talrijke Europese landen, maar niet in "
    "Belgie.De onderneming die dit geneesmiddel commercialiseert, zou in maart 2015 een aanvraag tot "
    "terugbetaling van VIMIZIM hebben ingediend bij de Commissie Tegemoetkoming Geneesmiddelen van het "
    "Rijksinstituut voor de invaliditeit- en ziekteverzekering (RIZIV).De Commissie zou een negatief "
    "advies hebben uitgebracht omdat de therapeutische effecten van de behandeling de prijs niet zouden "
    "rechtvaardigen. Artsen die gespecialiseerd zijn in stofwisselingsziekten zouden een herziening van "
    "de beslissing gevraagd hebben omdat ze de behandeling buitengewoon doeltreffend vinden, vooral voor "
    "de jongste patienten. Het farmabedrijf zou in december 2016 een nieuwe aanvraag tot terugbetaling "
    "van dit geneesmiddel hebben ingediend. 1. Bevestigt u bovenstaande gegevens en in het bijzonder dat "
    "het farmabedrijf een nieuwe aanvraag tot terugbetaling van dit geneesmiddel heeft ingediend?2. "
    "Binnen welke termijn zal u een oplossing aanreiken, gelet op de positieve therapeutische effecten "
    "van een behandeling op heel jonge leeftijd van patienten met het syndroom van Morquio?"
)
MORQUIO_ANSWER = (
    "Opdat een geneesmiddel in aanmerking kan komen om ingeschreven te worden op de lijst van de "
    "vergoedbare farmaceutische specialiteiten moet de farmaceutische firma die het product in Belgie op "
    "de markt brengt een aanvraag daartoe indienen.De firma BioMarin heeft in maart 2015 een eerste "
    "aanvraag om terugbetaling van VIMIZIMR (een flesje van 5 ml) ingediend.Uit het definitieve voorstel "
    "van de Commissie Tegemoetkoming Geneesmiddelen (CTG) is gebleken dat er voor de doeltreffendheid op "
    "lange termijn onvoldoende evidentie bestond en dat dit verband hield met zeer hoge jaarlijkse kosten"
    " per patient.Er werd voorgesteld een onderhandelingsprocedure te starten met de firma om een "
    "aanvaardbare kostprijs te verkrijgen en bijkomende klinische gegevens te kunnen verzamelen.Tijdens "
    "die onderhandelingsprocedure kon geen akkoord worden bereikt. De werkgroep heeft bijgevolg een "
    "negatief advies uitgebracht over de tijdelijke inschrijving van die specialiteit op de lijst van de "
    "vergoedbare farmaceutische specialiteiten. Ik heb dat advies dus gevolgd en beslist om die "
    "specialiteit niet terug te betalen.Op 6 december 2016 heeft de firma BioMarin Europe een nieuwe "
    "aanvraag gedaan tot terugbetaling van VIMIZIMR (een flacon van 5 ml) bij de CTG. Die aanvraag wordt "
    "op dit moment behandeld.Aangezien deze procedure nog aan de gang is en ik bijgevolg nog geen "
    "definitieve beslissing heb genomen na advies van de CTG kan ik u geen verdere informatie geven "
    "aangaande het al of niet inschrijven van dit geneesmiddel op de lijst van de vergoedbare "
    "farmaceutische specialiteiten.Wat betreft de motivering voor het al dan niet inschrijven van die "
    "specialiteit op de lijst van de vergoedbare farmaceutische specialiteiten hanteert de commissie "
    "verschillende criteria, zoals de prijs die de FOD Economie heeft toegekend, de farmaceutische waarde"
    " van de specialiteit, de analyse van de budgettaire weerslag, de evaluatie van de eventuele farmaco-"
    "economische gegevens en in voorkomend geval de opmerkingen van de aanvrager.Ik neem mijn definitieve"
    " beslissing over het al dan niet inschrijven van die specialiteit op de lijst van de vergoedbare "
    "farmaceutische specialiteiten in principe binnen een termijn van 180 dagen nadat de firma de "
    "aanvraag heeft ingediend.Als gevolg van opschortingen van de procedure (op verzoek van de betrokken "
    "firma of in het kader van een procedure artikel 81bis van het koninklijk besluit van 21 december "
    "2001) kan die beslissing met enkele weken of zelfs maanden worden uitgesteld.VIMIZIMR wordt "
    "momenteel evenmin terugbetaald in het kader van gebruik in schrijnende gevallen of een onbeantwoorde"
    " medische behoefte (unmet medical need)."
)

# be-kamer 190791 (dev-be43): two numbered questions, one unnumbered answer
PALBOCICLIB_QUESTION = (
    "Palbociclib. - Terugbetaling. \n\n In het tijdschrift van de American Society of Clinical Oncology "
    "werden onlangs de resultaten van de klinische onderzoeken PALOMA 1, 2 en 3 voor Palbociclib "
    "gepubliceerd. Die resultaten zijn zeer veelbelovend, aangezien het middel de levensduur van "
    "patientes met HR-positieve/HER2-negatieve lokaal gevorderde of metastatische borstkanker verhoogt. "
    "De ontwikkelaars van het middel onderstrepen voorts dat de bijwerkingen die de patientes ervaren "
    "gering zijn in vergelijking met andere behandelingen.Uit andere studies blijkt dat die molecule ook "
    "goed werkt bij andere kankers dan borstkanker. In de Verenigde Staten werd die nieuwe molecule in "
    "juli 2015 goedgekeurd als behandeling.Palbociclib is dus een nieuw lichtpunt in de strijd tegen "
    "kanker, in het bijzonder borstkanker. Die kleine molecule inhibeert de activiteit van CDK4 en CDK6 "
    "(twee eiwitten die verantwoordelijk zijn voor de deling en de woekering van borstkankercellen), "
    "waardoor de tumorgroei wordt afgeremd. Op 9 november 2016 heeft de Europese Commissie trouwens de "
    "vergunning voor het in de handel brengen van die molecule goedgekeurd.Gezien de veelbelovende "
    "resultaten en de positieve beoordeling in de vakliteratuur hebben tal van oncologen een aanvraag "
    "ingediend om dat middel aan hun patientes te kunnen voorschrijven. De molecule wordt echter niet "
    "meer terugbetaald sinds 14 maart 2017, waardoor de toegang tot die behandeling zo goed als "
    "onmogelijk wordt gemaakt. Men kan zich afvragen wat de redenen voor die beslissing zijn, temeer daar"
    " de met die molecule bereikte resultaten indrukwekkend zijn. 1. Zal die molecule in aanmerking komen"
    " voor terugbetaling?2. Zo niet, waarom hebt u beslist dat dat middel niet voor terugbetaling in "
    "aanmerking komt?"
)
PALBOCICLIB_ANSWER = (
    "Er is momenteel reeds een financiele tegemoetkoming voorzien voor palbociclib (geregistreerd onder "
    'de naam IbranceR) in het kader van de "Unmet Medical Need"-procedure (onbeantwoorde medische '
    "behoeften), en dit sinds 16 november 2016. Deze tegemoetkoming is van toepassing in specifieke "
    "gevallen, namelijk wanneer palbociclib toegediend wordt in combinatie met letrozol als eerste-"
    "lijnsbehandeling van hormoonreceptor (HR)-positieve, humane epidermale groeifactorreceptor 2 "
    "(HER2)-negatieve gevorderde of metastatische borstkanker.   Unmet Medical Need is een procedure die "
    "een tegemoetkoming toekent voor innovatieve geneesmiddelen, zelfs nog voordat ze geregistreerd zijn,"
    " wanneer ze gebruikt worden bij de behandeling van een ernstige of dodelijke aandoening waarvoor "
    "geen therapeutisch alternatief bestaat. De tegemoetkoming wordt toegewezen aan het bedrijf dat het "
    "geneesmiddel ter beschikking stelt van de patienten volgens de speciaal opgestelde procedures van "
    "compassionate use bij het FAGG. Deze tegemoetkoming is vandaag nog steeds van toepassing in de "
    "genoemde indicatie.De eerste aanvraag tot tegemoetkoming had specifiek betrekking op de "
    "eerstelijnsbehandeling, en een tegemoetkoming in tweede, derde,... lijn is nooit voorzien door het "
    'bedrijf in de eerder vermelde "Unmet Medical Need"- procedure.Ik kan u eveneens meedelen dat de '
    "Commissie voor Tegemoetkoming Geneesmiddelen van het RIZIV bezig is met een evaluatie van het "
    "geneesmiddel IbranceR in het kader van de behandeling van borstkanker voor een reguliere "
    "terugbetaling door de ziekteverzekering. Na deze evaluatieprocedure en op basis van een gemotiveerd "
    "voorstel van de CTG zal ik een beslissing nemen over de opname van dit geneesmiddel in de "
    "terugbetaling."
)


def test_deferral_goes_to_the_unit_asking_the_term():
    assert _holding(MORQUIO_QUESTION, MORQUIO_ANSWER) == {"2"}


def test_deferral_goes_to_the_unit_asking_what_will_be():
    assert _holding(PALBOCICLIB_QUESTION, PALBOCICLIB_ANSWER) == {"1"}


def test_a_future_form_asks_ahead_a_preamble_statement_does_not():
    assert asks_ahead("Binnen welke termijn zal u een oplossing aanreiken?", "nl")
    assert asks_ahead("When will the Minister publish the review?", "en")
    assert not asks_ahead("Bevestigt u dat het farmabedrijf een nieuwe aanvraag heeft ingediend?", "nl")
    assert not asks_ahead("De minister zal het plan voorstellen. Hebt u overlegd met de sector?", "nl")
    assert not asks_ahead("Hoeveel zalmen werden gevangen?", "nl")
