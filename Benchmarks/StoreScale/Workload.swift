import Foundation
import MeldcodeKit

/// The cases the benchmark stores, made by the engine from typed answers,
/// so replaying them does what replaying a real case does.
struct Workload {
    /// A case just begun: a few answers, then a pause.
    let small: [CaseEvent]
    /// A case of 10,000 events, whose prefixes are valid cases too: a whole
    /// route, then many sessions (pause, resume) and now and then an answer
    /// taken back and given again, which makes the engine rebuild.
    let long: [CaseEvent]
    /// The same, with sessions only and no take-backs: each take-back makes
    /// the engine replay the case's answers, which the other list shows.
    let sessionsOnly: [CaseEvent]

    init(engine: Engine) {
        let answers: [String: String] = [
            "stap0.acuut_gevaar": "nee", "stap1.betrokkene": "een leerling uit groep 6", "leeftijd": "9",
            "stap1.signalen": "dinsdag blauwe plekken op de bovenarm gezien", "stap1.bron": "zelf gezien",
            "stap1.nog_nodig": "niets", "stap1.betrekken": "de moeder", "stap1.besproken": "nee",
            "stap2.overleg_met": "met de aandachtsfunctionaris", "stap2.advies": "gesprek met moeder",
            "stap3.gesprek_met": "de moeder", "stap3.reactie": "ze schrok", "stap3.afspraken": "over zes weken evalueren",
            "afweging.2": "niet acuut maar het speelt al maanden", "stap5.melding": "de blauwe plekken",
            "stap5.na_melding": "contact houden", "stap5.hulp": "schoolmaatschappelijk werk",
            "stap6.situatie": "geen van deze", "stap6.gedaan": "Veilig Thuis gebeld",
        ]
        var clock = Date(timeIntervalSince1970: 1_795_000_000)
        var (c, _) = engine.start("basismodel", at: clock)
        for _ in 0..<100 {
            guard let question = c.currentQuestion else { break }
            clock += 60
            _ = engine.handle(answers[question] ?? "ja", in: &c, at: clock)
        }
        small = Array(c.events.prefix(5)) + [.paused(at: c.events[4].at + 60)]

        long = Self.extend(c.events, takeBacks: true, from: clock)
        sessionsOnly = Self.extend(c.events, takeBacks: false, from: clock)
    }

    /// Pairs of pause and resume, and (every fifth pair) the last answer
    /// taken back and given again, up to 10,000 events.
    private static func extend(_ events: [CaseEvent], takeBacks: Bool, from start: Date) -> [CaseEvent] {
        var long = events
        var clock = start
        let lastInput = long.last { if case .answered = $0 { true } else { false } }!
        var cycle = 0
        while long.count < 10_000 {
            clock += 60
            cycle += 1
            if takeBacks, cycle % 5 == 0, case .answered(let q, let text, let value, let danger, _) = lastInput {
                long.append(.tookBack(at: clock))
                long.append(.answered(question: q, text: text, value: value, danger: danger, at: clock + 1))
            } else {
                long.append(.paused(at: clock))
                long.append(.resumed(at: clock + 1))
            }
        }
        return Array(long.prefix(10_000))
    }
}
