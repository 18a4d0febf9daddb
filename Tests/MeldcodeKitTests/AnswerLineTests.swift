import Testing
@testable import MeldcodeKit

/// How an answer reads in the dossier.
@Suite("Answer lines")
struct AnswerLineTests {
    /// The dossier line for stap2.overleg_met after typing `text` there.
    static func consultedLine(_ text: String) -> String? {
        var driver = Driver()
        driver.answer(until: "stap2.overleg_met")
        driver.type(text)
        return DossierRenderer(content: shipped).text(driver.conversation)
            .split(separator: "\n").first { $0.contains(text) }.map(String.init)
    }

    @Test func rolesNamedInDoubtAreNotStatedAsFact() {
        let line = Self.consultedLine("met de AF denk ik, of was het de teamleider")
        let expected = shipped.texts.ui("antwoord.twijfel_rollen", ["rollen": "aandachtsfunctionaris, leidinggevende"])
        #expect(line?.contains(expected) == true, "\(line ?? "no line")")
    }

    @Test func rolesNamedPlainlyAreListed() {
        let line = Self.consultedLine("met de AF en mijn teamleider")
        #expect(line?.contains("aandachtsfunctionaris, leidinggevende") == true, "\(line ?? "no line")")
        #expect(line?.contains(shipped.texts.ui("antwoord.twijfel")) == false, "\(line ?? "no line")")
    }
}
