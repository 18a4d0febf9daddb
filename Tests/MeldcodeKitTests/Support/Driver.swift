import DutchText
import Foundation
import Testing
@testable import MeldcodeKit

/// The shipped content, loaded once for all tests.
let shipped: Content = {
    do {
        return try Content.load()
    } catch {
        fatalError("The shipped Dialogues/ and Localization/ do not load: \(error)")
    }
}()

/// Drives the engine as a front-end would, with a clock that moves one
/// minute per answer, and keeps every output for inspection.
struct Driver {
    let engine: Engine
    var conversation: Conversation
    /// Outputs of the last input (or of the start).
    var last: [Output]
    var all: [Output]
    var clock: Date

    init(_ dialogue: String = "basismodel", content: Content = shipped, at start: Date = Date(timeIntervalSince1970: 1_795_000_000)) {
        engine = Engine(content: content)
        clock = start
        (conversation, last) = engine.start(dialogue, at: start)
        all = last
    }

    var question: String? { conversation.currentQuestion }

    @discardableResult
    mutating func type(_ text: String) -> [Output] {
        clock += 60
        last = engine.handle(text, in: &conversation, at: clock)
        all += last
        return last
    }

    /// Answers each question from `answers` (falling back to `defaults`)
    /// until `target` is asked. Returns false when a question has no answer.
    @discardableResult
    mutating func answer(until target: String?, _ answers: [String: String] = [:], limit: Int = 200) -> Bool {
        for _ in 0..<limit {
            guard let q = question else { return target == nil }
            if q == target { return true }
            guard let text = answers[q] ?? Self.defaults[q] else { return false }
            type(text)
        }
        return false
    }

    var decisions: [(melden: Bool, hulp: Bool, basis: String)] {
        all.compactMap { if case .decision(let m, let h, let b) = $0 { (m, h, b) } else { nil } }
    }

    var outcomes: [String] {
        all.compactMap { if case .outcome(_, let value) = $0 { value } else { nil } }
    }

    func said(_ fragment: String, in outputs: [Output]? = nil) -> Bool {
        (outputs ?? last).contains { if case .say(let text) = $0 { text.contains(fragment) } else { false } }
    }

    func noted(_ fragment: String, in outputs: [Output]? = nil) -> Bool {
        (outputs ?? last).contains { if case .note(_, let text) = $0 { text.contains(fragment) } else { false } }
    }

    var ended: Bool { last.contains { if case .end = $0 { true } else { false } } }

    var dossier: String { DossierRenderer(content: engine.content, timeZone: TimeZone(identifier: "Europe/Amsterdam")!).text(conversation) }

    /// Plain answers that walk the basismodel without surprises.
    static let defaults: [String: String] = [
        "stap0.acuut_gevaar": "nee",
        "stap1.betrokkene": "een leerling uit groep 6",
        "leeftijd": "9",
        "stap1.signalen": "dinsdag blauwe plekken op de bovenarm gezien",
        "stap1.bron": "zelf gezien",
        "stap1.bron_wie": "de moeder",
        "stap1.nog_nodig": "niets",
        "stap1.betrekken": "de moeder, zij heeft het gezag",
        "stap1.besproken": "nee",
        "stap1.kindcheck": "nee",
        "stap1.mantelzorgcheck": "nee",
        "stap2.specialisten": "geen van deze",
        "stap2.overleg_met": "met de aandachtsfunctionaris",
        "stap2.advies": "in gesprek gaan met moeder",
        "stap2.advies_gevolgd": "ja",
        "stap3.gesprek": "ja",
        "stap3.gesprek_met": "de moeder",
        "stap3.reactie": "ze schrok",
        "stap3.afspraken": "over zes weken evalueren",
        "stap3.melding_aangekondigd": "nee",
        "stap5.melding": "de blauwe plekken en de reactie van moeder",
        "stap5.na_melding": "contact houden met de leerling",
        "stap5.hulp": "schoolmaatschappelijk werk, evaluatie over zes weken",
        "stap6.situatie": "geen van deze",
        "stap6.gedaan": "Veilig Thuis gebeld",
        "stap6.toestemming_overdracht": "ja",
        "kindcheck.kinderen": "twee kinderen van 3 en 6, zorg gedeeld met oma",
    ]
}

extension Driver: CustomTestStringConvertible {
    var testDescription: String { "conversation at \(question ?? "its end")" }
}
