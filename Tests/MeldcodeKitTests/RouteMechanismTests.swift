import Foundation
import Testing
@testable import MeldcodeKit

/// Free order of steps, responsibilities, reflection on doubt, organisation
/// settings: what every route can use.
@Suite("Route mechanisms")
struct RouteMechanismTests {
    @Test func goToAStepAndComeBack() {
        var driver = Driver()
        driver.answer(until: "stap1.signalen")
        let outputs = driver.type("ik wil eerst met Veilig Thuis overleggen")
        #expect(driver.said("stap 2", in: outputs))
        #expect(driver.question == "stap2.overleg_met")
        driver.type("ga naar stap 1")
        #expect(driver.question == "stap1.betrokkene")
        driver.type("terug")
        #expect(driver.question == "stap2.overleg_met")
    }

    /// The age the description names is offered, not asked again: "ja"
    /// takes it, "nee" asks for the right one; a description without an age
    /// leaves the question as it is.
    @Test func theAgeInTheDescriptionIsOfferedAtTheAgeQuestion() {
        var driver = Driver()
        driver.answer(until: "stap1.betrokkene")
        driver.type("meisje van 8 uit groep 5")
        #expect(driver.question == "leeftijd")
        guard case .ask(_, _, let offer)? = driver.last.last else { Issue.record("no question"); return }
        #expect(offer.contains("8 jaar"), "\(offer)")
        driver.type("ja klopt")
        #expect(driver.conversation.answer(to: "leeftijd")?.value == .age(8))
        #expect(driver.question == "stap1.signalen")

        driver.type("terug")
        let refused = driver.type("nee")
        #expect(driver.question == "leeftijd")
        #expect(driver.conversation.answer(to: "leeftijd") == nil)
        #expect(refused.last == .ask(question: "leeftijd", expects: .age, text: shipped.texts.node("leeftijd").text!))
        driver.type("9 eigenlijk")
        #expect(driver.conversation.answer(to: "leeftijd")?.value == .age(9))

        var plain = Driver()
        plain.answer(until: "stap1.betrokkene")
        plain.type("een leerling uit groep 6")
        #expect(plain.last.last == .ask(question: "leeftijd", expects: .age, text: shipped.texts.node("leeftijd").text!))
        plain.type("ja")
        #expect(plain.question == "leeftijd")
        #expect(plain.said("geen leeftijd"))
    }

    /// A yes or no that already gives the reason offers it at the open
    /// question after it: "ja" takes it over, anything else is the answer;
    /// a bare no leaves the question as it is.
    @Test func aReasonGivenWithTheAnswerIsOffered() {
        var driver = Driver()
        driver.type("ga naar stap 3")
        driver.type("Niet gevoerd. Moeder wilde niet komen.")
        #expect(driver.question == "stap3.reden_geen_gesprek")
        guard case .ask(_, _, let offer)? = driver.last.last else { Issue.record("no question"); return }
        #expect(offer.contains("Moeder wilde niet komen"), "\(offer)")
        driver.type("ja")
        #expect(driver.conversation.answer(to: "stap3.reden_geen_gesprek")?.text == "Niet gevoerd. Moeder wilde niet komen.")

        var other = Driver()
        other.type("ga naar stap 3")
        other.type("nee, want vader wordt dan agressief")
        other.type("vader dreigde de vorige keer de school")
        #expect(other.conversation.answer(to: "stap3.reden_geen_gesprek")?.text == "vader dreigde de vorige keer de school")

        var plain = Driver()
        plain.type("ga naar stap 3")
        plain.type("nee, nog niet gedaan")
        #expect(plain.last.last == .ask(question: "stap3.reden_geen_gesprek", expects: .text,
                                        text: shipped.texts.node("stap3.reden_geen_gesprek").text!))
    }

    @Test func aDecisionToReportNamesTheStepsNotDone() {
        var driver = Driver()
        driver.answer(until: "stap1.signalen")
        driver.type("ga naar stap 4")
        #expect(driver.question == "afweging.1")
        driver.type("ja")
        driver.type("ja")
        let outputs = driver.type("nee")
        #expect(driver.decisions.last?.melden == true)
        #expect(driver.said("stap 2, stap 3", in: outputs))
        #expect(driver.conversation.openAtMelding == ["stap2", "stap3"])
    }

    @Test func noWarningWhenAllStepsAreDone() {
        var driver = Driver()
        driver.answer(until: "afweging.3", ["afweging.1": "ja", "afweging.2": "ja"])
        let outputs = driver.type("nee")
        #expect(driver.decisions.last?.melden == true)
        #expect(!driver.said("nog niet doorlopen", in: outputs))
        #expect(driver.conversation.openAtMelding.isEmpty)
    }

    @Test func whoIsResponsibleComesFromTheRoute() {
        var driver = Driver()
        driver.answer(until: "stap2.overleg_met")
        driver.type("wie moet dit doen?")
        #expect(driver.said("profiel 1"))
        #expect(driver.question == "stap2.overleg_met")
        var school = Driver("onderwijs")
        school.type("nee")
        school.type("wie is verantwoordelijk?")
        #expect(school.said("zorgcoördinator"))
    }

    @Test func doubtAtAfweging3ShowsTheReflectionQuestions() {
        var driver = Driver()
        driver.answer(until: "afweging.3", ["afweging.1": "ja", "afweging.2": "nee"])
        let outputs = driver.type("geen idee eigenlijk")
        #expect(driver.said("Vragen ter afweging", in: outputs))
        #expect(driver.said("het slachtoffer zo nodig in veiligheid", in: outputs))
    }

    @Test func organisationSettingsFillTheTexts() throws {
        let settings = try OrganisationSettings.parse("""
            naam: "Basisschool De Linde"
            aandachtsfunctionaris: "Marieke, 06-11111111"
            veilig_thuis_telefoon: "0800-1234"
            route: onderwijs
            """, file: "organisatie.yaml")
        #expect(settings.route == "onderwijs")
        let content = try Content.load(.embedded, settings: settings)
        var driver = Driver("basismodel", content: content)
        driver.answer(until: "stap2.overleg_met")
        #expect(driver.said("Marieke, 06-11111111", in: driver.all))
        #expect(driver.said("0800-1234", in: driver.all))
        #expect(!driver.said("{vt_telefoon}", in: driver.all))
        #expect(driver.dossier.contains("Organisatie: Basisschool De Linde"))
    }

    @Test func settingsWithAnUnknownFieldAreRefusedWithItsLine() {
        #expect(throws: ContentProblems.self) {
            _ = try OrganisationSettings.parse("naam: x\nkleur: blauw\n", file: "organisatie.yaml")
        }
        do {
            _ = try OrganisationSettings.parse("naam: x\nkleur: blauw\n", file: "organisatie.yaml")
        } catch {
            #expect(error.problems.first?.line == 2)
        }
    }

    @Test func mantelzorgcheckForAnAdult() {
        var driver = Driver()
        driver.answer(until: "stap1.mantelzorgcheck", ["leeftijd": "67", "stap1.kindcheck": "nee"])
        driver.type("ja")
        #expect(driver.question == "mantelzorgcheck.1")
        driver.type("ja, haar man met dementie")
        driver.type("ja, ze is uitgeput")
        driver.type("haar man, hij krijgt niet genoeg eten")
        #expect(driver.outcomes == ["volg_meldcode"])
        #expect(driver.question == "stap2.overleg_met")
        #expect(driver.dossier.contains("Mantelzorgcheck"))
    }
}
