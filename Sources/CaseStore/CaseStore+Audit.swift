import Foundation
import GRDB
import MeldcodeKit

extension CaseStore {
    /// Records that `action` was done with a case (or with the store, when
    /// `id` is nil). Create, archive and delete record themselves; the
    /// caller records opening, exporting and copying.
    public func recordAudit(_ action: AuditAction, case id: CaseID?, at date: Date = Date()) throws {
        try mapped(path) {
            try queue.write { db in try insertAudit(db, action, id, CaseEvent.microseconds(date)) }
        }
    }

    /// The audit log, oldest first: of one case, or of the whole store.
    /// Entries of deleted cases remain.
    public func audit(of id: CaseID? = nil) throws -> [AuditEntry] {
        try mapped(path) {
            try queue.read { db in
                let rows = id == nil
                    ? try Row.fetchAll(db, sql: "SELECT * FROM audit ORDER BY id")
                    : try Row.fetchAll(db, sql: "SELECT * FROM audit WHERE case_id = ? ORDER BY id", arguments: [id!.rawValue])
                return try rows.map { row in
                    guard let action = AuditAction(rawValue: row["action"]) else { throw CaseStoreError.damaged(path: path) }
                    return AuditEntry(at: CaseEvent.date(microseconds: row["at"]), action: action,
                                      caseID: (row["case_id"] as String?).flatMap { CaseID(lowercase: $0) }, user: row["user"])
                }
            }
        }
    }

    func insertAudit(_ db: Database, _ action: AuditAction, _ id: CaseID?, _ at: Int64) throws {
        try db.execute(sql: "INSERT INTO audit (at, action, case_id, user) VALUES (?, ?, ?, ?)",
                       arguments: [at, action.rawValue, id?.rawValue, Self.user])
    }

    /// The operating system's name for the user running the program: the
    /// account, not a name the user types, as NEN 7513 asks.
    static let user: String = {
        if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name {
            return String(cString: name)
        }
        return ProcessInfo.processInfo.environment["USER"] ?? String(getuid())
    }()
}
