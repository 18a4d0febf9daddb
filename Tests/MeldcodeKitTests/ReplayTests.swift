import Foundation
import Testing
@testable import MeldcodeKit

/// Resuming a stored case folds its events at once; it must give exactly
/// the conversation that applying them one by one gives.
@Suite("Replaying a case")
struct ReplayTests {
    /// A seeded generator, so a failing case can be run again.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("the one fold equals the events one by one", arguments: 0..<40)
    func foldEqualsStepwise(seed: Int) throws {
        var random = Seeded(state: UInt64(seed))
        let route = ["basismodel", "onderwijs", "thuisbegeleiding", "hulpverlening"][seed % 4]
        var driver = Driver(route)
        let moves = ["terug", "terug", "ga naar stap 3", "weet ik niet", "hij staat nu met een mes voor de deur",
                     "ga naar de evaluatie", "nee", "ja", "waarom?", ""]
        for _ in 0..<60 {
            guard let question = driver.question else { break }
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6:
                driver.type(Driver.defaults[question] ?? "ja")
            case 6:
                driver.clock += 60
                _ = driver.engine.pause(&driver.conversation, at: driver.clock)
            default:
                driver.type(moves.randomElement(using: &random)!)
            }
        }
        let events = driver.conversation.events
        let folded = try #require(driver.engine.replay(events))
        let stepwise = try #require(driver.engine.replayStepwise(events))
        #expect(folded == stepwise, "seed \(seed)")
        #expect(folded.answers == driver.conversation.answers)
        #expect(folded.currentQuestion == driver.conversation.currentQuestion)
    }
}
