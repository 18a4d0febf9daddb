import CaseStore
import Foundation
import MeldcodeKit
import Testing

/// The chat as a person uses it, on a pseudo-terminal: the passphrase, the
/// new case with its name, coming back to it, and the evaluation reminder.
@Suite("The chat on a terminal", .serialized, .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
struct ChatTerminalTests {
    static let passphrase = "lange wachtwoordzin"
    static let texts = Texts.load(.embedded)

    static func environment(_ scratch: StoreScratch) -> [String: String] {
        ["MELDCODE_STORE": scratch.store.path]
    }

    /// Starts the chat and types the passphrase (twice for a new store).
    static func start(_ scratch: StoreScratch, new: Bool) throws -> Pty {
        let chat = try Pty([], environment: environment(scratch))
        if new {
            #expect(chat.expect("Nieuwe wachtwoordzin:"))
            chat.type(passphrase)
            #expect(chat.expect("Nog een keer:"))
        } else {
            #expect(chat.expect("Wachtwoordzin voor je casussen"))
        }
        chat.type(passphrase)
        return chat
    }

    @Test func aCaseIsStartedNamedAndTakenUpAgainDaysLater() throws {
        let scratch = try StoreScratch()
        let first = try Self.start(scratch, new: true)
        #expect(first.expect("Welke route volgt je organisatie?"))
        first.type("1")
        #expect(first.expect("Geef deze casus een korte naam"))
        first.type("leerling groep 6, blauwe plekken")
        #expect(first.expect("wordt bewaard"))
        #expect(first.expect("is er op dit moment acuut gevaar"))
        first.type("nee hoor")
        #expect(first.expect("Over wie maak je je zorgen?"))
        first.type("een leerling uit groep 6")
        #expect(first.expect("Hoe oud is diegene?"))
        first.type("stop")
        #expect(first.expect("Gestopt"))
        #expect(first.finish() == 0)

        // Nothing typed is readable in the store.
        let bytes = try Data(contentsOf: scratch.database)
        #expect(bytes.range(of: Data("blauwe plekken".utf8)) == nil)
        #expect(bytes.range(of: Data("groep 6".utf8)) == nil)

        let second = try Self.start(scratch, new: false)
        #expect(second.expect("Je open casussen:"))
        #expect(second.expect("1. leerling groep 6, blauwe plekken"))
        second.type("1")
        #expect(second.expect("Verder met casus"))
        #expect(second.expect("Hoe oud is diegene?"))
        second.type("ze is negen")
        #expect(second.expect("Leeftijd: 9 jaar"))
        second.type("stop")
        #expect(second.expect("Betrokkene: een leerling uit groep 6"))
        #expect(second.finish() == 0)

        let store = try CaseStore.open(directory: scratch.store, key: .passphrase(Self.passphrase))
        let cases = try store.cases()
        #expect(cases.count == 1)
        #expect(try store.audit(of: cases[0].id).map(\.action) == [.create, .open])
    }

    @Test func aWrongPassphraseThreeTimesChangesNothing() throws {
        let scratch = try StoreScratch()
        let store = try CaseStore.open(directory: scratch.store, key: .passphrase(Self.passphrase))
        _ = try store.createCase(label: "x", route: "basismodel", events: [.started(dialogue: "basismodel", at: Date())])
        let before = try Data(contentsOf: scratch.database)
        let chat = try Pty([], environment: Self.environment(scratch))
        #expect(chat.expect("Wachtwoordzin voor je casussen"))
        chat.type("niet de goede zin")
        for _ in 0..<2 {
            #expect(chat.expect("Probeer het nog eens:"))
            chat.type("niet de goede zin")
        }
        #expect(chat.expect("Drie keer"))
        #expect(chat.finish() == 1)
        #expect(try Data(contentsOf: scratch.database) == before)
    }

    @Test func aDueEvaluationIsNamedAndTakesTheCaseBackToAfweging5() throws {
        let scratch = try StoreScratch()
        // A finished case whose evaluation date has passed.
        let engine = Engine(content: try Content.load())
        var (c, _) = engine.start("basismodel", at: Date(timeIntervalSinceNow: -90 * 86_400))
        var clock = c.startedAt!
        for _ in 0..<80 {
            guard let question = engine.question(c), case .ask(let id, _, _) = question else { break }
            clock += 60
            _ = engine.handle(id == "stap3.afspraken" ? "over zes weken evalueren" : answer(for: id), in: &c, at: clock)
        }
        #expect(c.finished)
        let store = try CaseStore.open(directory: scratch.store, key: .passphrase(Self.passphrase))
        let id = try store.createCase(label: "evaluatie", route: "basismodel", at: c.startedAt!, events: c.events)
        let due = try #require(engine.nextEvaluation(c))
        #expect(due < Date())
        try store.setStatus(id, step: engine.currentStep(c), nextEvaluation: due)

        let chat = try Self.start(scratch, new: false)
        #expect(chat.expect("nu aan de beurt"))
        #expect(chat.expect("De evaluatie van 1 casus(sen) is aan de beurt"))
        chat.type("1")
        #expect(chat.expect("De evaluatie van deze casus stond op"))
        #expect(chat.expect("Deze casus is afgerond"))
        chat.type("ga naar de evaluatie")
        #expect(chat.expect("Afweging 5: leidt deze hulp tot duurzame veiligheid?"))
        chat.type("nee, het gaat weer mis")
        chat.type("stop")
        #expect(chat.expect("Gestopt"))
        #expect(chat.finish() == 0)
        let events = try store.events(of: id)
        let afweging5 = events.filter { if case .answered("afweging.5", _, _, _, _) = $0 { true } else { false } }
        #expect(afweging5.count == 2)
    }
}
