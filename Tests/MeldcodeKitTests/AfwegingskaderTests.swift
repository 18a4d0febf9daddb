import Testing
@testable import MeldcodeKit

/// Every branch of the afwegingskader, against the table of domain.md:
/// both parts of the decision and the afweging that decided it.
@Suite("Afwegingskader")
struct AfwegingskaderTests {
    struct Path: CustomTestStringConvertible, Sendable {
        var answers: [String: String]
        var melden: Bool
        var hulp: Bool
        var basis: String
        var testDescription: String {
            answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
        }
    }

    static let paths: [Path] = [
        Path(answers: ["afweging.1": "nee"], melden: false, hulp: false, basis: "afweging.1"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "ja", "afweging.3": "nee"], melden: true, hulp: false, basis: "afweging.2"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "ja", "afweging.3": "ja", "afweging.4": "nee"], melden: true, hulp: false, basis: "afweging.2"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "ja", "afweging.3": "ja", "afweging.4": "ja", "afweging.5": "ja"], melden: true, hulp: true, basis: "afweging.2"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "ja", "afweging.3": "ja", "afweging.4": "ja", "afweging.5": "nee"], melden: true, hulp: true, basis: "afweging.2"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "nee"], melden: true, hulp: false, basis: "afweging.3"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "nee"], melden: true, hulp: false, basis: "afweging.4"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "ja", "afweging.5": "nee"], melden: true, hulp: true, basis: "afweging.5"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "ja", "afweging.5": "ja"], melden: false, hulp: true, basis: "afweging.5"),
        // Doubt takes the branch toward protection: yes at 1 and 2, no at 3-5.
        Path(answers: ["afweging.1": "weet ik niet", "afweging.2": "nee", "afweging.3": "nee"], melden: true, hulp: false, basis: "afweging.3"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "twijfel", "afweging.3": "nee"], melden: true, hulp: false, basis: "afweging.2"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "geen idee"], melden: true, hulp: false, basis: "afweging.3"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "misschien"], melden: true, hulp: false, basis: "afweging.4"),
        Path(answers: ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "ja", "afweging.5": "twijfel"], melden: true, hulp: true, basis: "afweging.5"),
    ]

    @Test("decision per path", arguments: paths)
    func decision(path: Path) throws {
        var driver = Driver()
        let reached = driver.answer(until: "afweging.1")
        #expect(reached)
        var answered = 0
        while let q = driver.question, let answer = path.answers[q] {
            driver.type(answer)
            answered += 1
        }
        #expect(answered == path.answers.count, "not every afweging of the path was asked")
        let decision = try #require(driver.decisions.last)
        #expect(decision.melden == path.melden)
        #expect(decision.hulp == path.hulp)
        #expect(decision.basis == path.basis)
        #expect(driver.decisions.count == 1)
    }

    @Test func doubtIsRecordedWithAdviceToConsultVeiligThuis() throws {
        var driver = Driver()
        driver.answer(until: "afweging.1")
        driver.type("ja")
        let outputs = driver.type("twijfel")
        #expect(driver.said("Veilig Thuis", in: outputs))
        let answer = try #require(driver.conversation.answer(to: "afweging.2"))
        #expect(answer.value == .unsure)
        #expect(answer.doubt == .towardYes)
        #expect(driver.dossier.contains("twijfel"))
        #expect(driver.dossier.contains("Nog vast te leggen"))
    }

    @Test func closingAtAfweging1EndsTheRoute() {
        var driver = Driver()
        driver.answer(until: "afweging.1")
        driver.type("nee, er is geen vermoeden")
        #expect(driver.ended)
        #expect(driver.conversation.finished)
        #expect(driver.decisions.map(\.basis) == ["afweging.1"])
    }

    @Test func afweging2ReadsContextAsTheAnswer() {
        var driver = Driver()
        driver.answer(until: "afweging.2", ["afweging.1": "ja"])
        driver.type("niet acuut maar het speelt al maanden")
        #expect(driver.question == "afweging.3")
        #expect(driver.conversation.answer(to: "afweging.2")?.value == .yes)
    }
}
