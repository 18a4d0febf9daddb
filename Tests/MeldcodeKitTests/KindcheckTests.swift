import Testing
@testable import MeldcodeKit

/// The kindcheck of seed 004, on its own: every branch ends in its exact outcome.
@Suite("Kindcheck")
struct KindcheckTests {
    @Test("outcome per path", arguments: [
        (["nee"], "gereed"),
        (["ja", "nee"], "gereed"),
        (["ja", "ja", "twee kinderen, 4 en 7", "ja"], "advies_veilig_thuis"),
        (["ja", "ja", "een baby van 5 maanden", "nee"], "volg_meldcode"),
        (["weet ik niet", "ja", "een zoon van 10", "twijfel"], "advies_veilig_thuis"),
        (["ja", "geen idee", "een dochter", "nee"], "volg_meldcode"),
    ])
    func outcome(answers: [String], expected: String) {
        var driver = Driver("kindcheck")
        #expect(driver.question == "kindcheck.1")
        for answer in answers { driver.type(answer) }
        #expect(driver.outcomes == [expected])
        #expect(driver.ended)
        #expect(driver.dossier.contains("Kindcheck"))
    }

    /// Doubt at vraag 3 leads to the same advice as a yes, but the dossier
    /// does not say it was answered yes.
    @Test func doubtAtQuestionThreeIsNotNotedAsYes() {
        var driver = Driver("kindcheck")
        for answer in ["ja", "ja", "een zoon van 10", "twijfel"] { driver.type(answer) }
        #expect(driver.outcomes == ["advies_veilig_thuis"])
        #expect(!driver.dossier.contains("met ja beantwoord"))
        #expect(driver.noted("of twijfel daarover"))
    }

    @Test func questionsComeInOrder() {
        var driver = Driver("kindcheck")
        driver.type("ja")
        #expect(driver.question == "kindcheck.2")
        driver.type("ja")
        #expect(driver.question == "kindcheck.kinderen")
        driver.type("drie kinderen")
        #expect(driver.question == "kindcheck.3")
    }

    @Test func noSignalsSaysSoInTheSourcesWords() {
        var driver = Driver("kindcheck")
        driver.type("nee")
        #expect(driver.said("geen signalen die bedreigend zijn voor het kind"))
        #expect(driver.noted("Kindcheck: gereed"))
    }

    @Test func offeredInStap1AndReturnsToTheRoute() {
        var driver = Driver()
        driver.answer(until: "stap1.kindcheck", ["leeftijd": "34"])
        driver.type("ja")
        #expect(driver.question == "kindcheck.1")
        driver.type("nee")
        #expect(driver.outcomes == ["gereed"])
        // An adult: the mantelzorgcheck is offered next.
        #expect(driver.question == "stap1.mantelzorgcheck")
        driver.type("nee")
        #expect(driver.question == "stap2.overleg_met")
    }
}
