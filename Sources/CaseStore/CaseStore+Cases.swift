import Crypto
import Foundation
import GRDB
import MeldcodeKit

extension CaseStore {
    /// Makes a new case and returns its number. `events` (typically
    /// `.started`) are stored in the same transaction, so a crash never
    /// leaves a case without its beginning; more follow with `append`.
    /// Recorded in the audit log.
    @discardableResult
    public func createCase(label: String, route: String, at date: Date = Date(), events: [CaseEvent] = []) throws -> CaseID {
        let id = CaseID.random()
        let caseKey = Sealing.newKey()
        let now = CaseEvent.microseconds(date)
        try mapped(path) {
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO cases (id, route, created, last_activity, case_key, label)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [
                        id.rawValue, route, now, now,
                        try Sealing.wrap(caseKey, under: storeKey, place: "case-key|\(id)"),
                        try Sealing.seal(Data(label.utf8), key: caseKey, place: "label|\(id)"),
                    ])
                try insertAudit(db, .create, id, now)
                try insert(events, id, caseKey, db)
            }
        }
        return id
    }

    /// Adds events to the end of a case, all or none, and returns only once
    /// they are on disk.
    public func append(_ events: [CaseEvent], to id: CaseID) throws {
        guard !events.isEmpty else { return }
        try mapped(path) {
            try queue.write { db in try insert(events, id, try key(of: id, db), db) }
        }
    }

    private func insert(_ events: [CaseEvent], _ id: CaseID, _ caseKey: SymmetricKey, _ db: Database) throws {
        guard !events.isEmpty else { return }
        let encoder = JSONEncoder()
        var seq = try Int.fetchOne(db, sql: "SELECT max(seq) FROM events WHERE case_id = ?", arguments: [id.rawValue]) ?? 0
        var latest = Int64.min
        for event in events {
            seq += 1
            let at = CaseEvent.microseconds(event.at)
            latest = max(latest, at)
            let body = try Sealing.seal(try encoder.encode(event), key: caseKey, place: "event|\(id)|\(seq)")
            try db.execute(sql: "INSERT INTO events (case_id, seq, kind, at, body) VALUES (?, ?, ?, ?, ?)",
                           arguments: [id.rawValue, seq, event.kind, at, body])
        }
        try db.execute(sql: "UPDATE cases SET last_activity = max(last_activity, ?) WHERE id = ?",
                       arguments: [latest, id.rawValue])
    }

    /// Every event of the case, in order: what `Engine.replay` takes.
    public func events(of id: CaseID) throws -> [CaseEvent] {
        let decoder = JSONDecoder()
        return try mapped(path) {
            try queue.read { db in
                let caseKey = try key(of: id, db)
                let rows = try Row.fetchCursor(db, sql: "SELECT seq, body FROM events WHERE case_id = ? ORDER BY seq",
                                               arguments: [id.rawValue])
                var events: [CaseEvent] = []
                while let row = try rows.next() {
                    let seq: Int = row["seq"]
                    guard let plain = Sealing.open(row["body"], key: caseKey, place: "event|\(id)|\(seq)"),
                          let event = try? decoder.decode(CaseEvent.self, from: plain) else {
                        throw CaseStoreError.damaged(path: path)
                    }
                    events.append(event)
                }
                return events
            }
        }
    }

    /// The cases, most recently active first.
    public func cases(includeArchived: Bool = false) throws -> [CaseSummary] {
        try mapped(path) {
            try queue.read { db in
                let filter = includeArchived ? "" : "WHERE archived = 0"
                return try Row.fetchAll(db, sql: "SELECT \(Self.summaryColumns) FROM cases \(filter) ORDER BY last_activity DESC, id")
                    .map { try summary($0) }
            }
        }
    }

    /// One case's line of the list.
    public func summary(of id: CaseID) throws -> CaseSummary {
        try mapped(path) {
            try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM cases WHERE id = ?",
                                                 arguments: [id.rawValue]) else {
                    throw CaseStoreError.caseNotFound(id: id.rawValue)
                }
                return try summary(row)
            }
        }
    }

    /// Where the case stands and when to look at it again, for the case list.
    public func setStatus(_ id: CaseID, step: String?, nextEvaluation: Date?) throws {
        try mapped(path) {
            try queue.write { db in
                let caseKey = try key(of: id, db)
                let sealed = try step.map { try Sealing.seal(Data($0.utf8), key: caseKey, place: "step|\(id)") }
                try db.execute(sql: "UPDATE cases SET step = ?, next_evaluation = ? WHERE id = ?",
                               arguments: [sealed, nextEvaluation.map(CaseEvent.microseconds), id.rawValue])
            }
        }
    }

    /// Takes the case out of the default list; its events stay. Recorded in the audit log.
    public func archive(_ id: CaseID, at date: Date = Date()) throws {
        try mapped(path) {
            try queue.write { db in
                try db.execute(sql: "UPDATE cases SET archived = 1 WHERE id = ?", arguments: [id.rawValue])
                guard db.changesCount > 0 else { throw CaseStoreError.caseNotFound(id: id.rawValue) }
                try insertAudit(db, .archive, id, CaseEvent.microseconds(date))
            }
        }
    }

    /// The case's own key, which opens its label, status and events.
    func key(of id: CaseID, _ db: Database) throws -> SymmetricKey {
        guard let sealed = try Data.fetchOne(db, sql: "SELECT case_key FROM cases WHERE id = ?", arguments: [id.rawValue]) else {
            throw CaseStoreError.caseNotFound(id: id.rawValue)
        }
        return try unwrapCaseKey(sealed, id)
    }

    private func unwrapCaseKey(_ sealed: Data, _ id: CaseID) throws -> SymmetricKey {
        guard let key = Sealing.unwrap(sealed, under: storeKey, place: "case-key|\(id)") else {
            throw CaseStoreError.damaged(path: path)
        }
        return key
    }

    /// The columns `summary` reads, by position: looking columns up by
    /// name cost more than decrypting the labels.
    private static let summaryColumns =
        "id, case_key, label, step, route, created, last_activity, archived, next_evaluation"

    private func summary(_ row: Row) throws -> CaseSummary {
        guard let id = CaseID(lowercase: row[0]) else { throw CaseStoreError.damaged(path: path) }
        let caseKey = try unwrapCaseKey(row[1], id)
        guard let label = Sealing.open(row[2], key: caseKey, place: "label|\(id)") else {
            throw CaseStoreError.damaged(path: path)
        }
        var step: String?
        if let sealed = row[3] as Data? {
            guard let plain = Sealing.open(sealed, key: caseKey, place: "step|\(id)") else {
                throw CaseStoreError.damaged(path: path)
            }
            step = String(decoding: plain, as: UTF8.self)
        }
        return CaseSummary(id: id, label: String(decoding: label, as: UTF8.self), route: row[4],
                           created: CaseEvent.date(microseconds: row[5]),
                           lastActivity: CaseEvent.date(microseconds: row[6]),
                           archived: row[7],
                           nextEvaluation: (row[8] as Int64?).map(CaseEvent.date(microseconds:)),
                           step: step)
    }
}
