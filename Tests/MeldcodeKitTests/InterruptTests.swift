import Foundation
import Testing
@testable import MeldcodeKit

/// The commands that work at every question, and the emergency interrupt.
@Suite("Interrupts and undo")
struct InterruptTests {
    @Test func whyExplainsWithSourceAndAsksAgain() {
        var driver = Driver()
        driver.answer(until: "afweging.2", ["afweging.1": "ja"])
        let outputs = driver.type("waarom?")
        #expect(driver.said("professionele norm", in: outputs))
        #expect(driver.said("Bron:", in: outputs))
        #expect(driver.question == "afweging.2")
        #expect(outputs.last == .ask(question: "afweging.2", expects: .yesNo, text: shipped.texts.node("afweging.2").text!))
    }

    @Test func whyCitesTheSourceOfTheRouteItIsAskedIn() {
        // 'leeftijd' is shared by the routes; each cites its own seed.
        for (route, seed) in [("basismodel", "003"), ("onderwijs", "001"), ("thuisbegeleiding", "000")] {
            var driver = Driver(route)
            driver.answer(until: "leeftijd", ["onderwijs.betrokkene": "een leerling uit groep 6",
                                              "thuisbegeleiding.betrokkene": "een cliënt van 19"])
            #expect(driver.question == "leeftijd", "\(route)")
            let source = shipped.describeSource(shipped.node("leeftijd", in: route)?.source) ?? ""
            #expect(source.contains(shipped.sources[seed] ?? "?"), "\(route): \(source)")
            #expect(driver.said(source, in: driver.type("waarom?")), "\(route)")
        }
    }

    @Test func whyAtAfweging4ShowsTheReflectionQuestions() {
        var driver = Driver()
        driver.answer(until: "afweging.4", ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja"])
        driver.type("wat bedoel je?")
        #expect(driver.said("Vragen ter afweging"))
        #expect(driver.said("casusregie"))
    }

    @Test func thinkingAloudAtAnOpenQuestionRecordsNothing() {
        var driver = Driver()
        driver.answer(until: "stap1.betrokkene")
        let before = driver.conversation.answers.count
        let outputs = driver.type("hmm, eh...")
        #expect(driver.said("Neem gerust de tijd", in: outputs))
        #expect(driver.question == "stap1.betrokkene")
        #expect(driver.conversation.answers.count == before)
        driver.type("een leerling uit groep 6")
        #expect(driver.question != "stap1.betrokkene")
    }

    @Test func aTrailingQuestionMarkIsStillAnAnswer() {
        var driver = Driver()
        driver.answer(until: "afweging.1")
        driver.type("ja?")
        #expect(driver.question == "afweging.2")
    }

    @Test func backTakesBackExactlyTheLastAnswer() {
        var driver = Driver()
        driver.answer(until: "afweging.3", ["afweging.1": "ja", "afweging.2": "nee"])
        let before = driver.conversation.answers.count
        let outputs = driver.type("terug")
        #expect(driver.question == "afweging.2")
        #expect(driver.conversation.answers.count == before - 1)
        #expect(driver.conversation.answer(to: "afweging.2") == nil)
        #expect(driver.said("Teruggenomen", in: outputs))
        driver.type("ja")
        #expect(driver.question == "afweging.3")
        #expect(driver.conversation.answer(to: "afweging.2")?.value == .yes)
        // The event list keeps the history: answer, take-back, new answer.
        #expect(driver.conversation.events.contains { if case .tookBack = $0 { true } else { false } })
    }

    @Test func backUndoesADecisionAndWhatFollowedFromIt() {
        var driver = Driver()
        driver.answer(until: "afweging.3", ["afweging.1": "ja", "afweging.2": "nee"])
        driver.type("nee")
        #expect(driver.conversation.decisions.count == 1)
        driver.type("terug")
        #expect(driver.conversation.decisions.isEmpty)
        #expect(driver.question == "afweging.3")
    }

    @Test func backAtTheStartHasNothingToTakeBack() {
        var driver = Driver()
        let outputs = driver.type("terug")
        #expect(driver.said("nog geen antwoord", in: outputs))
        #expect(driver.question == "stap0.acuut_gevaar")
    }

    @Test func summaryShowsTheDossierSoFar() {
        var driver = Driver()
        driver.answer(until: "stap1.bron")
        let outputs = driver.type("dossier")
        #expect(driver.said("blauwe plekken", in: outputs))
        #expect(driver.said("Nog vast te leggen", in: outputs))
        #expect(driver.question == "stap1.bron")
    }

    @Test func pauseEndsWithTheDossier() {
        var driver = Driver()
        driver.answer(until: "stap2.overleg_met")
        driver.type("pauze")
        #expect(driver.ended)
        #expect(driver.conversation.paused)
        #expect(driver.dossier.contains("stap 2"))
    }

    @Test func dangerAtAnyQuestionGoesToStap0AndComesBack() {
        var driver = Driver()
        driver.answer(until: "afweging.3", ["afweging.1": "ja", "afweging.2": "nee"])
        let alarm = driver.type("hij staat nu met een mes voor de deur")
        #expect(driver.said("112", in: alarm))
        #expect(driver.question == "stap0.acuut_gevaar")
        driver.type("ja")
        #expect(driver.said("112"))
        // The text that raised the alarm is the first signal; not asked again.
        #expect(driver.conversation.answer(to: "stap0.signalen")?.text == "hij staat nu met een mes voor de deur")
        #expect(driver.question == "stap0.actie")
        driver.type("112 gebeld, politie kwam")
        driver.type("morgen overleg met de aandachtsfunctionaris")
        #expect(driver.said("verder waar we waren"))
        #expect(driver.question == "afweging.3")
        #expect(driver.dossier.contains("mes voor de deur"))
    }

    @Test func negatedDangerIsNoInterrupt() {
        var driver = Driver()
        driver.answer(until: "afweging.3", ["afweging.1": "ja", "afweging.2": "nee"])
        driver.type("er is geen acuut gevaar, maar ik kan die hulp niet bieden")
        #expect(driver.question != "stap0.acuut_gevaar")
        #expect(driver.conversation.emergencies.isEmpty)
    }

    @Test func dangerInAnOpenAnswerIsKeptAsTheAnswerToo() {
        var driver = Driver()
        driver.answer(until: "stap1.signalen")
        driver.type("ze vertelde dat vader dreigt haar vanavond iets aan te doen")
        #expect(driver.conversation.answer(to: "stap1.signalen") != nil)
        #expect(driver.question == "stap0.acuut_gevaar")
        driver.type("nee")
        #expect(driver.said("verder waar we waren"))
        #expect(driver.question == "stap1.bron")
    }

    @Test func unclearAnswersAreNeverGuessed() {
        var driver = Driver()
        driver.answer(until: "afweging.4", ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja"])
        let outputs = driver.type("asdfgh")
        #expect(driver.question == "afweging.4")
        #expect(driver.conversation.answer(to: "afweging.4") == nil)
        #expect(outputs.contains { if case .ask("afweging.4", _, _) = $0 { true } else { false } })
    }

    @Test func aContradictoryAnswerIsConfirmedNotGuessed() {
        var driver = Driver()
        driver.answer(until: "afweging.4", ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja"])
        driver.type("ja ze werken goed mee, nee ze doen niks")
        #expect(driver.conversation.answer(to: "afweging.4") == nil)
        let ask = driver.last.last
        guard case .ask(let q, _, let text)? = ask else {
            Issue.record("expected a confirmation question")
            return
        }
        #expect(q == "afweging.4")
        #expect(text.hasPrefix("Bedoel je"))
        driver.type("ja")
        #expect(driver.conversation.answer(to: "afweging.4") != nil)
    }

    @Test func emptyLinesLoseNothing() {
        var driver = Driver()
        driver.type("   ")
        driver.type("")
        #expect(driver.question == "stap0.acuut_gevaar")
        #expect(driver.conversation.events.count == 1)
    }

    @Test func replayGivesTheSameConversation() throws {
        var driver = Driver()
        driver.answer(until: "afweging.4", ["afweging.1": "ja", "afweging.2": "twijfel", "afweging.3": "ja"])
        driver.type("terug")
        driver.type("nee")
        let replayed = try #require(driver.engine.replay(driver.conversation.events))
        #expect(replayed.answers == driver.conversation.answers)
        #expect(replayed.decisions == driver.conversation.decisions)
        #expect(replayed.currentQuestion == driver.conversation.currentQuestion)
        #expect(DossierRenderer(content: shipped).text(replayed) == DossierRenderer(content: shipped).text(driver.conversation))
    }

    @Test func escapeSequencesNeverReachTheDossier() {
        var driver = Driver()
        driver.answer(until: "stap1.signalen")
        driver.type("blauwe \u{1B}[31mplekken\u{1B}[0m\u{07} gezien\u{1B}]0;titel\u{07}")
        let text = driver.conversation.answer(to: "stap1.signalen")?.text ?? ""
        #expect(text == "blauwe plekken gezien")
        #expect(!driver.dossier.contains("\u{1B}"))
    }
}
