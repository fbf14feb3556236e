"""A hand-over in the opening of a numbered answer, the text before "1." that names no question and so
serves no unit (issue 17; deflect33, `rules.answers._opening_handovers`, `attribute.opening_concerns`),
written by hand from the readers' labels of be-kamer 190666 (dev-be55): "Er dient voorafgaandelijk te
worden opgemerkt dat deradicaliseringstrajecten tot de bevoegdheden van de Gemeenschappen behoren" hands
the deradicalisation tracks to the Communities; twelve of the fourteen questions ask, beside their count,
"Hoeveel van hen volgen thans een deradicaliseringstraject?", which no numbered answer takes up, and the
readers flag deflection on those twelve, not on 2 (the dead) nor 13 (the interned), which do not ask it."""

from qa_align.settings import Settings

from .conftest import be_doc

SETTINGS = Settings(rules=("deflection",), recycled_across_documents=False)

# be-kamer 190666 (dev-be55): fourteen numbered questions, a numbered answer with an opening
FTF_QUESTION = (
    "Foreign terrorist fighters. \n\n Minister Jambon verwijst in zijn antwoord op mijn schriftelijke vraag"
    " nr. 1871 van 16 januari 2017 over de foreign terrorist fighters (FTF) inzake punt 3 naar u (Vragen "
    "en Antwoorden, Kamer, 2016-2017, nr. 115). 1. Hoeveel FTF'ers keerden terug naar Belgie?Hoeveel van "
    "hen volgen thans een deradicaliseringstraject?2. Hoeveel teruggekeerde FTF'ers zijn inmiddels "
    "overleden?3. Hoeveel van de teruggekeerde FTF'ers zitten in voorlopige hechtenis?Hoeveel van hen "
    "volgen thans een deradicaliseringstraject?4. Hoeveel van de teruggekeerde FTF'ers zijn vrij onder "
    "voorwaarden?Hoeveel van hen volgen thans een deradicaliseringstraject?5. Hoeveel van de "
    "teruggekeerde FTF'ers werden veroordeeld en zitten thans in een gevangenis? Graag een overzicht met "
    "aantallen per gevangenis.Hoeveel van deze veroordeelde teruggekeerde FTF'ers volgen thans in de "
    "gevangenis een deradicaliseringstraject?6. Hoeveel van de teruggekeerde FTF'ers werden veroordeeld "
    "en bevinden zich thans in een regime van vervroegde invrijheidsstelling, elektronisch toezicht, "
    "beperkte detentie, enz. (indien overlapping met vorige vraag, graag aangeven over hoeveel personen "
    "het gaat)?Hoeveel van deze veroordeelde teruggekeerde FTF'ers onder bijzonder regime volgen thans "
    "een deradicaliseringstraject?7. Hoeveel van de teruggekeerde FTF'ers kregen probatie als autonome "
    "straf?Hoeveel van hen volgen een deradicaliseringstraject?8. Hoeveel van de teruggekeerde FTF'ers "
    "kregen een autonome werkstraf?Hoeveel van hen volgen thans een deradicaliseringstraject?9. Hoeveel "
    "van de teruggekeerde FTF'ers kregen probatie?Hoeveel van hen volgen thans een "
    "deradicaliseringstraject?10. Hoeveel van de teruggekeerde FTF'ers werden niet vervolgd? Wat is hun "
    "profiel?Hoeveel van hen volgen thans een deradicaliseringstraject?11. Hoeveel van de teruggekeerde "
    "FTF'ers werden buiten vervolging gesteld?Hoeveel van hen volgen thans een "
    "deradicaliseringstraject?12. Hoeveel van de teruggekeerde FTF'ers werden vervolgd (en niet buiten "
    "vervolging gesteld) maar niet veroordeeld?Hoeveel van deze niet veroordeelde FTF'ers volgen thans "
    "een deradicaliseringstraject?13. Hoeveel teruggekeerde FTF'ers werden geinterneerd?14. Welke "
    "eventueel andere categorieen van teruggekeerde FTF'ers zijn er? Hoeveel FTF'ers zijn er per "
    "categorie?Hoeveel van hen volgen thans een deradicaliseringstraject?"
)
FTF_ANSWER = (
    "De onderstaande cijfers dateren van 1 oktober 2017. Er dient voorafgaandelijk te worden opgemerkt "
    "dat deradicaliseringstrajecten tot de bevoegdheden van de Gemeenschappen behoren. 1. 121 foreign "
    "terrorist fighters (FTF) zijn naar Belgie teruggekeerd na een verblijf  in de jihadistische "
    "conflictzone (FTF categorie 3-personen die naar Belgie teruggekeerd zijn na te zijn afgereisd naar "
    "een jihadistische conflictzone). 2. Van de 121 teruggekeerde FTF, zijn er tien overleden "
    "(aanslagplegers) 111 zijn nog in leven. 3. 21 FTF zitten in voorlopige hechtenis in Belgie. Vier "
    "zitten in het buitenland in voorlopige hechtenis. 4. Van de 21 FTF in voorlopige hechtenis, zijn er "
    "12 onder voorwaarden in vrijheid gesteld, waarvan er vijf onder elektronisch toezicht zijn "
    "geplaatst. 5. 70 FTF werden veroordeeld. Hiervan zitten er thans 21 opgesloten in de gevangenis en "
    "vier zijn onder elektronisch toezicht geplaatst. 6. Zie punten 4 en 5. 7. tot 9. Aan een FTF werd "
    "een maatregel tot opschorting van de uitspraak van de veroordeling toegekend. Die maatregel gaat "
    "gepaard met de voorwaarde zich te onderwerpen aan een psychologische en/of religieuze begeleiding "
    "ter bestrijding van islamitische of jihadistische radicalisme bij een beroepsbeoefenaar of in een "
    "centrum gekozen in samenspraak met de probatie-assistent gedurende ten minste twee jaar en zo lang "
    "als die professionele begeleider nodig acht. 10. De FTF die bij hun terugkeer minderjarig waren, "
    "worden voor de jeugdrechter gebracht die conform de jeugdbeschermingswet van 1954 maatregelen "
    "oplegt. Deze worden dus niet strafrechtelijk vervolgd. 11. Een teruggekeerde FTF werd buiten "
    "vervolging gesteld. 12. De strafvordering ten aanzien van een FTF is onontvankelijk verklaard wegens"
    " een dubbele vervolging. 13. Drie teruggekeerde FTF werden geinterneerd. 14. In de "
    "gemeenschappelijke gegevensbank foreign terrorist fighters worden, conform het koninklijk besluit "
    "van 21 juli 2016, naast de eerder vermelde categorie 3, volgende categorieen van FTF weerhouden:- "
    "288 personen opgenomen die zijn afgereisd naar een jihadistische conflictzone (FTF categorie 1). "
    "Hiervan wordt aangenomen dat er 126 vermoedelijk overleden.- 0 personen opgenomen die actueel "
    "onderweg zijn naar een jihadistische conflictzone (FTF categorie 2).- 84 personen opgenomen die "
    "gepoogd hebben om naar een jihadistische conflictzone af te reizen, maar daar gewild of ongewild in "
    "werden verhinderd (FTF categorie 4).- 127 personen opgenomen waarvan ernstige aanwijzingen bestaan "
    "dat ze mogelijk zouden willen afreizen naar een jihadistische conflictzone (FTF categorie "
    "5).2016201716255-6-1916-nl-fr"
)


def _deflected() -> list[str]:
    from qa_align.pipeline import score_document

    doc = be_doc(FTF_QUESTION, FTF_ANSWER)
    return [
        sp.pair.question.n
        for sp in score_document(doc, SETTINGS)
        if any(f.name == "deflection" for f in sp.flags)
    ]


def test_the_openings_hand_over_goes_to_the_units_that_ask_the_track():
    assert _deflected() == ["1", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "14"]


def test_the_evidence_quotes_the_openings_sentence():
    from qa_align.pipeline import score_document

    doc = be_doc(FTF_QUESTION, FTF_ANSWER)
    (first,) = [sp for sp in score_document(doc, SETTINGS) if sp.pair.question.n == "1"]
    (flag,) = [f for f in first.flags if f.name == "deflection"]
    assert "deradicaliseringstrajecten tot de bevoegdheden van de Gemeenschappen" in flag.reason + " ".join(
        e.text for e in flag.evidence
    )


# be-kamer 186286 (dev-be54): one unnumbered question; the readers flag deflection on the closing clause that
# leaves the disclosure of the figures per establishment to the company ("komt het * toe om", `[cues] deflection`)
IKEA_QUESTION = (
    "Ikea. - Tewerkstelling. \n\n Op 3 januari 2016 opende Ikea Hasselt de deuren. Er werd bij aanvang gesteld "
    "dat het project een rechtstreekse tewerkstelling voor 350 mensen zou opleveren.Hoeveel voltijdse werknemers "
    "en hoeveel deeltijdse werknemers zijn er heden tewerkgesteld in de verschillende Ikea-vestigingen, namelijk "
    "in Hasselt, Anderlecht, Arlon, Gent, Hognoul, Wilrijk, Zaventem en Bergen?"
)
IKEA_ANSWER = (
    "Volgens de sociale balans  van het bedrijf werken in ons land 1.226 mensen voltijds en 5.529 mensen deeltijds "
    "voor Ikea Belgium.  Meer gedetailleerde gegevens zijn niet openbaar en het komt het bedrijf zelf toe om daar "
    "al dan niet over te communiceren."
)


def test_the_company_left_to_speak_of_its_own_figures_is_a_hand_over():
    from qa_align.pipeline import score_document

    doc = be_doc(IKEA_QUESTION, IKEA_ANSWER)
    (only,) = score_document(doc, SETTINGS)
    (flag,) = [f for f in only.flags if f.name == "deflection"]
    assert any("komt het bedrijf zelf toe om" in e.text for e in flag.evidence)
