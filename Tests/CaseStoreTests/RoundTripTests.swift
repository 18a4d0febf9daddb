@testable import CaseStore
import Crypto
import Foundation
import MeldcodeKit
import Testing

@Suite("Cases round trip")
struct RoundTripTests {
    @Test func everyEventKindComesBackAsAppended() throws {
        let scratch = Scratch()
        let key = StoreKey.raw(SymmetricKey(size: .bits256))
        let store = try CaseStore.open(directory: scratch.store, key: key)
        let id = try store.createCase(label: "Merel (groep 5)", route: "basismodel", at: day(0))
        try store.append(Array(everyEvent.prefix(5)), to: id)
        try store.append(Array(everyEvent.dropFirst(5)), to: id)
        #expect(try store.events(of: id) == everyEvent)
    }

    @Test func aCaseCanBeCreatedWithItsFirstEvents() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(size: .bits256)))
        let id = try store.createCase(label: "Merel", route: "basismodel", at: day(0), events: Array(everyEvent.prefix(2)))
        try store.append(Array(everyEvent.dropFirst(2)), to: id)
        #expect(try store.events(of: id) == everyEvent)
        #expect(try store.summary(of: id).lastActivity == everyEvent.last!.at)
    }

    @Test func aReplayedCaseHasTheConversationsAnswers() throws {
        let scratch = Scratch()
        let key = StoreKey.raw(SymmetricKey(size: .bits256))
        let (engine, original) = conversation()
        let id: CaseID
        do {
            let store = try CaseStore.open(directory: scratch.store, key: key)
            id = try store.createCase(label: "Zwanenburg", route: "basismodel", at: day(0))
            // One append per event, as a terminal writes them.
            for event in original.events { try store.append([event], to: id) }
        }
        // A new process, in effect: a new store object on the same files.
        let reopened = try CaseStore.open(directory: scratch.store, key: key)
        let events = try reopened.events(of: id)
        #expect(original.finished)
        #expect(original.answers.count >= 20)
        #expect(!original.emergencies.isEmpty && !original.decisions.isEmpty)
        #expect(original.events.contains { if case .tookBack = $0 { true } else { false } })
        #expect(original.answers.contains { $0.text.contains("Zwanenburg") })
        #expect(events == original.events)
        let replayed = try #require(engine.replay(events))
        #expect(replayed.answers == original.answers)
        #expect(replayed.decisions == original.decisions)
        #expect(replayed.currentQuestion == original.currentQuestion)
        #expect(DossierRenderer(content: shipped).text(replayed) == DossierRenderer(content: shipped).text(original))
    }

    @Test func theListShowsLabelsStatusAndActivity() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(size: .bits256)))
        let first = try store.createCase(label: "Merel", route: "basismodel", at: day(0))
        let second = try store.createCase(label: "Zwanenburg", route: "kindcheck", at: day(1))
        try store.append([.started(dialogue: "basismodel", at: day(0)), .paused(at: day(30))], to: first)
        try store.setStatus(first, step: "stap4", nextEvaluation: day(10_000))

        let list = try store.cases()
        #expect(list.map(\.id) == [first, second])
        #expect(list[0].label == "Merel")
        #expect(list[0].step == "stap4")
        #expect(list[0].nextEvaluation == day(10_000))
        #expect(list[0].created == day(0))
        #expect(list[0].lastActivity == day(30))
        #expect(list[1] == CaseSummary(id: second, label: "Zwanenburg", route: "kindcheck", created: day(1),
                                       lastActivity: day(1), archived: false, nextEvaluation: nil, step: nil))

        try store.setStatus(first, step: nil, nextEvaluation: nil)
        #expect(try store.summary(of: first).step == nil)

        try store.archive(second)
        #expect(try store.cases().map(\.id) == [first])
        #expect(try store.cases(includeArchived: true).map(\.id) == [first, second])
        #expect(try store.summary(of: second).archived)
    }

    @Test func anUnknownCaseIsReportedByNumber() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(size: .bits256)))
        let id = try #require(CaseID("AAAAAAAAAAAAAAAAAAAA"))
        expectStoreError(.caseNotFound(id: id.rawValue)) { try store.events(of: id) }
        expectStoreError(.caseNotFound(id: id.rawValue)) { try store.append([.paused(at: day(1))], to: id) }
        expectStoreError(.caseNotFound(id: id.rawValue)) { try store.archive(id) }
        expectStoreError(.caseNotFound(id: id.rawValue)) { try store.lock(id) }
        expectStoreError(.caseNotFound(id: id.rawValue)) { try store.delete(id) }
    }

    @Test func caseNumbersAreRandomAndParse() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(size: .bits256)))
        let ids = try (0..<50).map { _ in try store.createCase(label: "x", route: "basismodel") }
        #expect(Set(ids).count == 50)
        for id in ids {
            #expect(id.rawValue.count == 20)
            #expect(CaseID(id.rawValue.uppercased()) == id)
        }
        #expect(CaseID("kort") == nil)
        #expect(CaseID("aaaaaaaaaaaaaaaaaaa1") == nil)
    }
}
