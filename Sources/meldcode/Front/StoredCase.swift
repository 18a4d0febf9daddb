import ArgumentParser
import CaseStore
import Foundation
import MeldcodeKit

/// A conversation bound to a case in the store, opened by this process
/// alone. Every new event is written (and synced) before the program shows
/// what follows from it, so a crash loses at most the answer being typed.
final class StoredCase {
    let store: CaseStore
    let id: CaseID
    private let lock: CaseLock
    private let engine: Engine
    /// How many of the conversation's events are in the store.
    private var saved: Int

    private init(store: CaseStore, id: CaseID, lock: CaseLock, engine: Engine, saved: Int) {
        self.store = store
        self.id = id
        self.lock = lock
        self.engine = engine
        self.saved = saved
    }

    /// A new case, its first event stored with it.
    static func create(label: String, conversation c: Conversation, in store: CaseStore, engine: Engine) throws -> StoredCase {
        let id = try store.createCase(label: label, route: c.root, at: c.startedAt ?? Date(), events: c.events)
        let stored = StoredCase(store: store, id: id, lock: try store.lock(id), engine: engine, saved: c.events.count)
        try stored.saveStatus(c)
        return stored
    }

    /// An existing case, replayed to where it stood. The opening is logged.
    static func open(_ id: CaseID, in store: CaseStore, engine: Engine) throws -> (StoredCase, Conversation) {
        let lock = try store.lock(id)
        let events = try store.events(of: id)
        guard let c = engine.replay(events) else {
            let route = try store.summary(of: id).route
            standardError(cli("cli.fout.casus_route", ["id": id.short, "route": route]))
            throw ExitCode(1)
        }
        try store.recordAudit(.open, case: id)
        return (StoredCase(store: store, id: id, lock: lock, engine: engine, saved: events.count), c)
    }

    /// Writes the events the conversation gained since the last save, then
    /// the step and evaluation date the case list shows.
    func save(_ c: Conversation) throws {
        guard c.events.count > saved else { return }
        try store.append(Array(c.events[saved...]), to: id)
        saved = c.events.count
        try saveStatus(c)
    }

    private func saveStatus(_ c: Conversation) throws {
        try store.setStatus(id, step: engine.currentStep(c), nextEvaluation: engine.nextEvaluation(c))
    }

    func record(_ action: AuditAction) throws {
        try store.recordAudit(action, case: id)
    }
}

extension CaseSummary {
    /// "; evaluatie 12-01-2027", and whether it is due: for the case lists.
    func evaluationNote(now: Date, texts: Texts) -> String {
        guard let date = nextEvaluation else { return "" }
        return texts.ui(date <= now ? "casus.evaluatie_nu" : "casus.evaluatie", ["datum": DateText.day(date)])
    }
}
