import Foundation
import Testing
@testable import MeldcodeKit

/// Agreements with a date become the case's next evaluation; at the
/// evaluation afweging 5 is answered again, and kept as history.
@Suite("Evaluation moments")
struct EvaluationTests {
    static var calendar: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "Europe/Amsterdam")!
        return c
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> Date {
        calendar.date(from: DateComponents(year: y, month: m, day: d, hour: 10))!
    }

    @Test("dates in agreements", arguments: [
        ("over zes weken evalueren", day(2027, 1, 3)),
        ("we evalueren over 3 dagen", day(2026, 11, 25)),
        ("evaluatie op 12 januari", day(2027, 1, 12)),
        ("afspraak 12-01-2027 op school", day(2027, 1, 12)),
        ("volgende week bellen", day(2026, 11, 29)),
        ("binnen een maand opnieuw kijken", day(2026, 12, 22)),
    ])
    func date(text: String, expected: Date) throws {
        let found = try #require(shipped.dates.read(text, relativeTo: Self.day(2026, 11, 22), calendar: Self.calendar))
        #expect(Self.calendar.isDate(found, inSameDayAs: expected), "\(text) -> \(found)")
    }

    @Test func noDateNoEvaluation() {
        #expect(shipped.dates.read("we houden contact", relativeTo: Date(), calendar: Self.calendar) == nil)
    }

    @Test func theLatestAgreementSetsTheNextEvaluation() throws {
        var driver = Driver()
        driver.answer(until: "afweging.1", ["stap3.afspraken": "over zes weken evalueren"])
        let answeredAt = try #require(driver.conversation.answer(to: "stap3.afspraken")).at
        let next = try #require(driver.engine.nextEvaluation(driver.conversation, calendar: Self.calendar))
        #expect(abs(next.timeIntervalSince(answeredAt) - 42 * 86_400) < 3 * 3_600)
    }

    @Test func atTheEvaluationAfweging5IsAskedAgainAndKeptAsHistory() {
        var driver = Driver()
        driver.answer(until: "afweging.5", ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "ja"])
        driver.type("ja")
        #expect(driver.decisions.last?.melden == false)
        driver.type("ga naar de evaluatie")
        #expect(driver.question == "afweging.5")
        driver.type("nee, het geweld gaat gewoon door")
        #expect(driver.decisions.count == 2)
        #expect(driver.decisions.last?.melden == true)
        #expect(driver.conversation.answers.filter { $0.question == "afweging.5" }.count == 2)
        #expect(driver.dossier.components(separatedBy: "Afweging 5").count == 3)
    }

    @Test func aFinishedCaseCanBeTakenUpAgainAtTheEvaluation() {
        var driver = Driver()
        let answers = ["afweging.1": "ja", "afweging.2": "nee", "afweging.3": "ja", "afweging.4": "ja", "afweging.5": "ja"]
        let reachedTheEnd = driver.answer(until: nil, answers)
        #expect(reachedTheEnd)
        #expect(driver.conversation.finished)
        // Replayed from its events, as when the case is opened weeks later.
        var resumed = driver.engine.replay(driver.conversation.events)!
        #expect(resumed.finished)
        let outputs = driver.engine.handle("ga naar de evaluatie", in: &resumed, at: driver.clock + 86_400 * 42)
        #expect(resumed.currentQuestion == "afweging.5")
        #expect(outputs.last == driver.engine.question(resumed))
        // Anything else in a finished case still ends it with the dossier.
        var other = driver.engine.replay(driver.conversation.events)!
        let ended = driver.engine.handle("hallo", in: &other, at: driver.clock)
        #expect(ended.last == .end(paused: false))
    }
}
