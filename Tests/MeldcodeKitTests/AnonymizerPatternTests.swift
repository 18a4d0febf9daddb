import DutchText
import Testing
@testable import MeldcodeKit

/// The anonymiser with the shipped Dutch word lists: the shapes that need
/// words (month names, streets, schools, classes, titles), flagging, and
/// text that has nothing to replace.
@Suite("Anonymiser with the Dutch word lists")
struct AnonymizerPatternTests {
    func anonymize(_ text: String, _ names: [KnownName] = []) -> Anonymized {
        shipped.anonymizer.anonymize(text, names: names)
    }

    @Test(arguments: [
        ("Op 12 maart 2015 kwam ze.", "Op [datum] kwam ze."),
        ("Op 3 mrt. 2012 kwam ze.", "Op [datum] kwam ze."),
        ("Geboren op 3/4/2012 in Utrecht.", "Geboren op [geboortedatum] in Utrecht."),
        ("Zij is geboren op 3 april.", "Zij is geboren op [geboortedatum]."),
        ("Geb. 21-9-2014, groep 6.", "Geb. [geboortedatum], [klas]."),
        ("Hij is 16-10-2015 geboren.", "Hij is [geboortedatum] geboren."),
        ("Op 3 december is er overleg.", "Op 3 december is er overleg."),
        ("Het dossier is gesloten in april 2023.", "Het dossier is gesloten in april 2023."),
    ])
    func dates(_ text: String, _ expected: String) {
        #expect(anonymize(text).text == expected)
    }

    @Test(arguments: [
        ("BSN: 123456789 (overgenomen).", "BSN: [BSN] (overgenomen)."),
        ("Burgerservicenummer 12345678.", "Burgerservicenummer [BSN]."),
        ("Dossiernummer 111222333 staat erbij.", "Dossiernummer 111222333 staat erbij."),
        ("Het kost 111222333 euro.", "Het kost 111222333 euro."),
        ("Het procesnummer is 0101234567.", "Het procesnummer is 0101234567."),
    ])
    func numbersAndTheirCues(_ text: String, _ expected: String) {
        #expect(anonymize(text).text == expected)
    }

    @Test(arguments: [
        ("Ze woont op de Kerkstraat 14.", "Ze woont op de [adres]."),
        ("Adres: Stationsweg 12b, 9401 KH Assen.", "Adres: [adres], [postcode] Assen."),
        ("Ze woont aan de Laan van Meerdervoort 212 in Den Haag.", "Ze woont aan de [adres] in Den Haag."),
        ("Het huis staat op Burgemeester de Withstraat 9.", "Het huis staat op [adres]."),
        ("Hij woont op Prinsengracht 263-2.", "Hij woont op [adres]."),
        ("Hij woont op Zeeburgerdijk 102 hs.", "Hij woont op [adres]."),
        ("Hij woont in de Lindelaan 3 A.", "Hij woont in de [adres]."),
        ("Ze woont op de kerkstraat 12.", "Ze woont op de [adres]."),
        ("Hij stond 2 uur op het schoolplein 3 keer.", "Hij stond 2 uur op het schoolplein 3 keer."),
        ("Hij liep weg 2 keer.", "Hij liep weg 2 keer."),
        ("Schrijf naar Postbus 1234.", "Schrijf naar Postbus 1234."),
    ])
    func addresses(_ text: String, _ expected: String) {
        #expect(anonymize(text).text == expected)
    }

    @Test(arguments: [
        ("Ze zit op basisschool De Regenboog.", "Ze zit op [school]."),
        ("Hij zit op het Erasmus College in Almere.", "Hij zit op het [school] in Almere."),
        ("Ze zit op obs Het Kompas.", "Ze zit op [school]."),
        ("Hij zit op de Mariaschool.", "Hij zit op de [school]."),
        ("Ze gaat naar De Klimop basisschool.", "Ze gaat naar [school]."),
        ("Hij zit op Scholengemeenschap Lelystad.", "Hij zit op [school]."),
        ("Ze zit op school en op de basisschool.", "Ze zit op school en op de basisschool."),
        ("Na school belde Veilig Thuis.", "Na school belde Veilig Thuis."),
    ])
    func schools(_ text: String, _ expected: String) {
        #expect(anonymize(text).text == expected)
    }

    @Test(arguments: [
        ("Ze zit in groep 6b.", "Ze zit in [klas]."),
        ("Ze zit in groep 1-2b.", "Ze zit in [klas]."),
        ("Ze zit in klas 3a.", "Ze zit in [klas]."),
        ("Ze zit in 3 havo.", "Ze zit in [klas]."),
        ("Ze zit in 4vwo.", "Ze zit in [klas]."),
        ("Ze zit in havo 4.", "Ze zit in [klas]."),
        ("Ze zit in 2 vmbo-t.", "Ze zit in [klas]."),
        ("Ze zit in brugklas 1c.", "Ze zit in [klas]."),
        ("In de klas zitten 28 kinderen.", "In de klas zitten 28 kinderen."),
        ("Hij zit in de 2e klas.", "Hij zit in de 2e klas."),
    ])
    func classes(_ text: String, _ expected: String) {
        #expect(anonymize(text).text == expected)
    }

    @Test func aFirstNameThatIsACommonWordNeedsItsCapital() {
        let ben = [KnownName(name: "Ben Arts", role: "cliënt")]
        #expect(anonymize("Ben zegt: ik ben bang.", ben).text == "Cliënt zegt: ik ben bang.")
        // A name that is a rare word in a note is replaced in lowercase too.
        let merel = [KnownName(name: "Merel Bakker", role: "de leerling")]
        #expect(anonymize("Gesproken met merel.", merel).text == "Gesproken met de leerling.")
    }

    @Test func ungivenNamesAreFlaggedNotReplaced() {
        let result = anonymize("Gisteren zei Pieter de Groot dat juf Anke het wist.")
        #expect(result.text == "Gisteren zei Pieter de Groot dat juf Anke het wist.")
        #expect(result.flagged.map(\.text) == ["Pieter de Groot", "Anke"])
        #expect(result.flagged.map(\.reason) == [.capitalised, .afterTitle])
    }

    @Test func namesAfterATitleAreFlaggedEvenInLowercase() {
        #expect(anonymize("Ik sprak met mw. Pronk.").flagged.map(\.text) == ["Pronk"])
        #expect(anonymize("Ik sprak met juf anke.").flagged.map(\.text) == ["anke"])
        #expect(anonymize("Meneer Jansen belde.").flagged.map(\.text) == ["Jansen"])
        #expect(anonymize("De juf zei dat het goed ging.").flagged.isEmpty)
    }

    @Test func commonCapitalisedWordsAreNotFlagged() {
        let text = "We belden op maandag met Veilig Thuis, de GGD en het CJG in Nederland; het gezin is Turks."
        #expect(anonymize(text).flagged.isEmpty)
    }

    @Test func theFirstWordOfASentenceIsNotFlagged() {
        #expect(anonymize("Gisteren kwam ze niet. Vandaag wel.").flagged.isEmpty)
    }

    @Test(arguments: [
        "Ik maak me zorgen over een leerling uit de bovenbouw die vaak blauwe plekken heeft.",
        "Moeder zegt dat het thuis goed gaat, maar het kind is erg stil.",
        "Kan ik anoniem advies vragen bij Veilig Thuis?",
        "Het gaat om € 1.250,00 aan schulden en 3 kinderen van 4, 7 en 12 jaar.",
        "Op 3 december om 15:30 is er overleg met de GGD.",
        "Ik heb 2 keer gebeld naar 0800-2000.",
    ])
    func textWithoutIdentifiersComesBackUnchanged(_ text: String) {
        let result = anonymize(text)
        #expect(result.text == text)
        #expect(result.replacements.isEmpty)
        #expect(result.flagged.isEmpty)
    }
}
