"""breakdown_missing (breakdown35). (1) A split of one of a unit's counts beside a sentence of the answer that says the
figures of that count are not held, naming it in words of its own that the unit's other count sentences do not hold
("Wat betreft de gemiddelde kostprijs voor de patient bestaan hier geen cijfers over."), is said not held whatever a
table's placeholder or an annex beside it holds of the other count (``coverage.count_claim_of``). (2) A lettered part
that a sentence opening with a zero names by its own words is given as none ("No funding has been allocated to
Huntingdonshire District Council ...", ``coverage.parts_named_by_zeros``); not a zero inside a sentence ("with no
learning disability"). Texts are the records' own; the expected flags are the readers' of the labelled sets named,
or the helper's reading (unlabelled records). The guard test passes on 0d8a1b9 too."""

from __future__ import annotations

from .conftest import be_doc, uk_doc
from .test_breakdown34 import _flags

# dev-be52 185459 (its readers: unit 2 breakdown_missing, figures_missing, no_information: the expenditure per brace
# type stands in the placeholder table, the average cost to the patient per knee, neck and wrist brace "bestaan hier
# geen cijfers over")
BRACES = (
    "Orthopedische braces. \n\n In samenwerking met de KU Leuven en Deloitte Consulting heeft het Federaal "
    "Kenniscentrum voor de Gezondheidszorg (KCE) in 2007 de werkzaamheid en de kosteneffectiviteit van or"
    "thopedische braces onderzocht.Uit de studie bleek dat de ziekteverzekering tien miljoen euro zou uit"
    "geven aan geprefabriceerde halskragen en aan pols- en kniesteunen. Daarnaast betaalt de patient ook "
    "nog een eigen bijdrage die voor een kniebrace bijvoorbeeld al gauw oploopt tot enkele honderden euro"
    "'s.Wat tevens aangehaald werd in de studie is het volgende: in vergelijking met het buitenland betal"
    "en de Belgen een hoge prijs voor de meest verkochte braces, gemiddeld 25 % tot 44 % meer. De terugbe"
    "taling van braces hangt in Belgie niet af van hun werkzaamheid, veiligheid of kosteneffectiviteit. D"
    "e studie toonde aan dat er meer behoefte was aan prijstransparantie, marktwerking en een juist gebru"
    "ik van de braces.Het KCE deed in haar studie een aantal aanbevelingen, onder andere internationale p"
    "rijsvergelijkingen en/of openbare aanbestedingen om de prijs in Belgie te drukken; meer prijstranspa"
    "rantie door het bedrag dat de zorgverlener ontvangt op te splitsen in een honorarium voor zijn/haar "
    "diensten en de productkost van de brace.Ook de studie was u niet ontgaan, want in 2007 stelde u hier"
    "over een vraag aan toenmalig minister van Volksgezondheid Didier Donfut in commissie. De toenmalige "
    'minister van Volksgezondheid antwoordde het volgende: "Ik meen dat deze goed uitgewerkte studie de b'
    "asis moet vormen van een evaluatie door het RIZIV. Ik zal het RIZIV vragen om de beleidsaanbevelinge"
    "n te analyseren, voorstellen uit te werken en na te gaan of een op efficientie gebaseerde benadering"
    ' van de terugbetaling van deze orthopedische braces tot de mogelijkheden behoort.". 1. In januari 20'
    "08 werd het KCE uitgenodigd om de inhoud van het rapport aan de bevoegde diensten van het Rijksinsti"
    "tuut voor ziekte- en invaliditeitsverzekering (RIZIV) toe te lichten. Heeft het RIZIV ondertussen ee"
    "n evaluatie en daaropvolgend voorstellen gedaan/uitgewerkt? Indien ja, welke? Indien niet, waarom ni"
    "et? Hebben er zich sinds het verschijnen van de studie veranderingen voorgedaan in de terugbetaling "
    "van de orthopedische braces naar aanleiding van de aanbevelingen?2. Kan u in cijfers meegeven hoevee"
    "l de gefabriceerde braces gekost hebben in 2014, 2015 en 2016 aan de ziekteverzekering (opgesplitst "
    "voor de kniebraces, halsbraces en polsbraces). Hoeveel kost een brace gemiddeld aan een patient (kni"
    "ebrace, halsbrace en polsbrace)?3. In 2007 waren er sinds 15 jaar geen aanpassingen meer gedaan aan "
    "de beschrijving waaraan de braces moeten voldoen voor een terugbetaling. We zijn nu ondertussen tien"
    " jaar verder. Is dit ondertussen wel gebeurd? Indien ja, kan u de grootste aanpassingen meegeven? In"
    "dien niet, waarom is dit nog steeds niet gebeurd?"
)
BRACES_ANSWER = (
    "1. Sinds de voorstelling van de studie van het Federaal Kenniscentrum voor de Gezondheidszorg (KCE) "
    "aan de Overeenkomstencommissie bandagisten/orthopedisten - verzekeringsinstellingen op 31 januari 20"
    "08 werden reeds acties ondernomen door deze commissie. Zo werden de terugbetalingen voor enkele soep"
    "ele orthesen of bandages geschrapt uit de nomenclatuur. Deze geschrapte verstrekkingen betreffen de "
    "soepele halskraag, het soepel enkelverband, de licht bewegingsbeperkende polsbrace en de elleboogbra"
    "ce.De soepele kniebandage zit momenteel in een voorstel van een globale wijziging van de nomenclatuu"
    "r voor knieorthesen waarbij niet enkel deze verstrekking zal geschrapt worden maar indicaties en and"
    "ere modaliteiten zullen toegevoegd worden aan de nomenclatuur voor deze groep orthesen. 2. De uitgav"
    "en (in euro) per categorie geprefabriceerde brace is terug te vinden in de volgende tabel:2016201714"
    "276-7-1351-nl-fr\n      De cijfers van 2016 zijn momenteel nog niet volledig bekend bij het Rijksinst"
    "ituut voor ziekte- en invaliditeitsverzekering (RIZIV).Wat betreft de gemiddelde kostprijs voor de p"
    "atient bestaan hier geen cijfers over. Het RIZIV brengt voor deze categorie producten enkel de gegev"
    "ens in verband met de terugbetalingen in kaart. 3. De aanpassingen aan de minimum vereisten waaraan "
    "een product moet voldoen zullen gefaseerd doorgevoerd worden per productgroep. De aanpassingen aan d"
    "e beschrijvingen waaraan de kniebraces moeten voldoen zit vervat in een groter project waarbij de vo"
    "lledige nomenclatuur van de kniebraces herwerkt wordt naar de huidige wetenschappelijke normen, niet"
    " alleen wat betreft bouwkwaliteit, maar ook wat betreft indicaties voor de patient en beoogd doel. D"
    "eze herwerking van de nomenclatuur ligt momenteel bij de werkgroep orthopedie van de Overeenkomstenc"
    "ommissie die echter momenteel werk levert op verschillende andere dossiers."
)

# dev-uk60 1735208 (its readers: no_information only, "the count is given as none ... for both (a) and (b)")
SANDHURST = (
    "To ask the Secretary of State for Defence, pursuant to the Answer of 9 September 2024 to Question 25"
    "25 on Bangladesh: Armed Forces and Police, how many members of the Bangladeshi (a) police and (b) ra"
    "pid action battalion have been trained at Sandhurst in the last ten years."
)
SANDHURST_ANSWER = (
    "<p>No Bangladeshi International Officer Cadets who have been trained at the Royal Military Academy S"
    "andhurst in the last ten years were members of the Bangladeshi Police or Rapid Action Battalion, eit"
    "her at the point of commencement or on completion of training.</p><p> </p><p>The Department does not"
    " hold records on whether these personnel went on to join the Bangladeshi Police or Rapid Action Batt"
    "alion following completion of training.</p><p> </p>"
)

# uk-commons 1838351, unlabelled (the helper's reading: none for (a), "No funding has been allocated to Huntingdonshire
# District Council", £23.35m for (b) Cambridgeshire: both parts given)
BROWNFIELD = (
    "To ask the Secretary of State for Housing, Communities and Local Government, how much funding has be"
    "en allocated from the Brownfield Infrastructure and Land fund to (a) Huntingdonshire District Counci"
    "l and (b) Cambridgeshire since the establishment of that programme."
)
BROWNFIELD_ANSWER = (
    "<p>No funding has been allocated to Huntingdonshire District Council from the Brownfield, Infrastruc"
    "ture and Land (BIL) programme.</p><p> </p><p>In Cambridgeshire, one BIL project is now in contract, "
    "for a £23.35m grant (alongside funding from the Cambridge City Deal) to support the relocation of th"
    "e Waterbeach Village railway station which is a condition of the planning for the 4,500 home Waterbe"
    "ach East New Town.</p>"
)

# uk-commons 1816118, unlabelled (the helper's reading: the baselines are described, no baseline figure is given for
# either part; "with no learning disability" names a group, it is no zero of what is counted)
BASELINE = (
    "To ask the Secretary of State for Health and Social Care, what baseline figure his Department will u"
    "se to measure progress on reducing the number of (a) people with a learning disability and (b) autis"
    "tic people in mental health hospitals by 10 per cent within 2025-26."
)
BASELINE_ANSWER = (
    "<p>National Health Service planning guidance for 2025/26 includes a focus on improving care for peop"
    "le with a learning disability and autistic people and contains the objective to deliver a minimum 10"
    "% reduction in the use of mental health inpatient care for people with a learning disability and aut"
    "istic people in 2025/26. The baselines being used to measure progress against operational planning g"
    "uidance are: adults with a learning disability, including those who may also be autistic, in mental "
    "health inpatient care as of 31 March 2024, based on Assuring Transformation data extracted from 31 M"
    "arch 2024; and adults who are autistic, with no learning disability, in mental health inpatient care"
    " as of 31 March 2024, based on Assuring Transformation data extracted from 31 March 2024.</p><p>The "
    "expectation is that integrated care boards will have been working towards achieving a 10% reduction "
    "from the 31 March 2024 baseline by 31 March 2025, and will build on this during 2025/26. They are th"
    "erefore expected to achieve a 20% reduction from the 31 March 2024 baseline by 31 March 2026.</p>"
)


def test_split_of_a_count_said_not_held_beside_a_placeholder() -> None:
    flags = _flags(be_doc(BRACES, BRACES_ANSWER, "185459"))
    assert "breakdown_missing" in flags["2"]
    reason = flags["2"]["breakdown_missing"]
    # the evidence names the split of the count said not held, not the one the table holds
    assert "kniebrace, halsbrace en polsbrace" in reason
    assert "its count said not held" in reason
    assert "kniebraces, halsbraces en polsbraces" not in reason
    assert "breakdown_missing" not in flags["1"] and "breakdown_missing" not in flags["3"]


def test_parts_named_by_an_opening_zero_are_given() -> None:
    assert "breakdown_missing" not in _flags(uk_doc(SANDHURST, SANDHURST_ANSWER, 1735208))["1"]
    assert "breakdown_missing" not in _flags(uk_doc(BROWNFIELD, BROWNFIELD_ANSWER, 1838351))["1"]


def test_a_zero_inside_a_sentence_gives_no_part() -> None:
    assert "breakdown_missing" in _flags(uk_doc(BASELINE, BASELINE_ANSWER, 1816118))["1"]
