import Testing
import DutchText

/// Given names: every form a note uses for a person, replaced by the role.
@Suite("Anonymiser: given names")
struct AnonymizerNameTests {
    let sanne = [KnownName(name: "Sanne de Vries", role: "de leerling")]

    func anonymize(_ text: String, _ names: [KnownName]) -> String {
        AnonymizerTests.anonymizer.anonymize(text, names: names).text
    }

    @Test func fullFirstAndLastName() {
        #expect(anonymize("Ik sprak Sanne de Vries.", sanne) == "Ik sprak de leerling.")
        #expect(anonymize("Ik sprak Sanne gisteren.", sanne) == "Ik sprak de leerling gisteren.")
        // A surname alone stands for the family: no role, which could be wrong.
        #expect(anonymize("Ik sprak De Vries gisteren.", sanne) == "Ik sprak <surname> gisteren.")
        #expect(anonymize("Ik sprak mevrouw de Vries.", sanne) == "Ik sprak mevrouw <surname>.")
    }

    @Test func caseAndDiacriticsDoNotMatter() {
        #expect(anonymize("ik sprak sanne de vries.", sanne) == "ik sprak de leerling.")
        #expect(anonymize("Ik sprak SANNE.", sanne) == "Ik sprak de leerling.")
        let zoe = [KnownName(name: "Zoë Aydın", role: "de jongere")]
        #expect(anonymize("Zoe Aydin belde.", zoe) == "De jongere belde.")
    }

    @Test func aLowercaseSurnameIsAWord() {
        let names = [KnownName(name: "Lotte de Boer", role: "de leerling")]
        #expect(anonymize("Ze ging naar de boer.", names) == "Ze ging naar de boer.")
        #expect(anonymize("Ze ging naar De Boer.", names) == "Ze ging naar <surname>.")
    }

    @Test func possessives() {
        #expect(anonymize("Sannes moeder belde.", sanne) == "De leerling's moeder belde.")
        let anna = [KnownName(name: "Anna", role: "de leerling", possessive: "haar")]
        #expect(anonymize("Ik zag Anna's vader.", anna) == "Ik zag haar vader.")
        let max = [KnownName(name: "Max Hofman", role: "de leerling")]
        #expect(anonymize("Max' moeder belde.", max) == "De leerling's moeder belde.")
    }

    @Test func anInitialWithTheSurnameIsThePerson() {
        #expect(anonymize("Gesproken met S. de Vries.", sanne) == "Gesproken met de leerling.")
    }

    @Test func aRoleBeforeTheNameIsNotDoubled() {
        let names = [KnownName(name: "Fatima El Amrani", role: "moeder")]
        #expect(anonymize("Ik belde moeder Fatima op.", names) == "Ik belde moeder op.")
        #expect(anonymize("Mevrouw El Amrani belde.", names) == "Mevrouw <surname> belde.")
    }

    @Test func aTitleBeforeAFirstNameGoesWithIt() {
        let names = [KnownName(name: "Anke", role: "de leerkracht")]
        #expect(anonymize("Ik sprak juf Anke.", names) == "Ik sprak de leerkracht.")
    }

    @Test func typingErrorsInACapitalisedName() {
        #expect(anonymize("Ik sprak Sane.", sanne) == "Ik sprak de leerling.")
        let names = [KnownName(name: "Benjamin Akkerman", role: "de leerling")]
        #expect(anonymize("Ik sprak Benajmin.", names) == "Ik sprak de leerling.")
        #expect(anonymize("Ik sprak Venjamin.", names) == "Ik sprak Venjamin.")
    }

    @Test func anUnknownFirstNameBeforeAGivenSurnameIsFlagged() {
        let names = [KnownName(name: "Otis Brink", role: "de leerling")]
        let result = AnonymizerTests.anonymizer.anonymize("De vader is Sander Brink.", names: names)
        #expect(result.text == "De vader is Sander <surname>.")
        #expect(result.flagged.map(\.text) == ["Sander"])
    }

    @Test func replacementsPointIntoTheInput() {
        let text = "Sanne belde 06-12345678."
        let result = AnonymizerTests.anonymizer.anonymize(text, names: sanne)
        #expect(result.replacements.map(\.kind) == [.name, .phone])
        for replacement in result.replacements {
            #expect(String(text[replacement.range]) == replacement.original)
        }
        #expect(result.replacements.map(\.replacement) == ["De leerling", "<phone>"])
    }
}
