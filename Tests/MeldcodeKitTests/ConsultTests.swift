import DutchText
import Foundation
import Testing
@testable import MeldcodeKit

/// The anonymous consultation summary of a case in which the professional
/// used names after all.
@Suite("Anonymous consultation")
struct ConsultTests {
    static func named(_ route: String = "basismodel") -> Driver {
        var driver = Driver(route)
        driver.answer(until: "stap1.bron", [
            "stap1.betrokkene": "Merel de Vries, leerling uit groep 6 van de Zwanenburgschool",
            "onderwijs.betrokkene": "Merel de Vries uit groep 6 van de Zwanenburgschool",
            "stap1.signalen": "Merel had dinsdag blauwe plekken. Moeder Fatima (06-12345678, BSN 111222333) zei dat ze viel. Juf Anke zag het ook.",
        ])
        driver.type("zelf gezien")
        return driver
    }

    @Test("names, numbers and the school are gone", arguments: ["basismodel", "onderwijs"])
    func identifyingDetailsAreReplaced(route: String) {
        let driver = Self.named(route)
        let text = CaseDocuments(content: shipped).consult(driver.conversation, names: [KnownName(name: "Fatima", role: "moeder")])
        for word in ["Merel", "Vries", "Zwanenburg", "Fatima", "12345678", "111222333", "groep 6"] {
            #expect(!text.contains(word), "\(route): '\(word)' is still in the summary")
        }
        let role = route == "onderwijs" ? "de leerling" : "de betrokkene"
        #expect(text.lowercased().contains(role + " had dinsdag blauwe plekken"), "\(text)")
        // The teacher's name was not given: it stays, and is named for checking.
        #expect(text.contains("Juf Anke zag het ook"))
        #expect(text.contains(shipped.texts.ui("consult.controleer", ["woorden": "Anke"])))
    }

    @Test func aFirstWordThatMayBeANameIsOnlyFlagged() {
        let found = shipped.anonymizer.names(in: "Merel zit in groep 6")
        #expect(found.names.isEmpty)
        #expect(found.uncertain == ["Merel"])
        #expect(shipped.anonymizer.names(in: "Volgens de juf, een leerling").names.isEmpty)
        #expect(shipped.anonymizer.names(in: "Een leerling uit groep 6").names.isEmpty)
        #expect(shipped.anonymizer.names(in: "De dochter van een cliënt").names.isEmpty)
        #expect(shipped.anonymizer.names(in: "leerling Sanne de Vries").names == ["Sanne de Vries"])
        #expect(shipped.anonymizer.names(in: "Sanne (9)").names == ["Sanne"])
    }
}
