import Foundation
import GRDB
import MeldcodeKit

extension CaseStore {
    /// Removes the case for good: its key, label, status and events. The
    /// audit log keeps its entries and records the deletion. Fails with
    /// `caseLocked` while another terminal has the case open; a lock the
    /// caller holds itself is no obstacle.
    ///
    /// Deleted rows are overwritten with zeros (secure_delete) and the file
    /// is rebuilt without them (VACUUM). Copies SQLite cannot reach (a
    /// freed disk block, an old journal's remains) stay unreadable, because
    /// the case's key is gone with it. A copy of the whole store made
    /// before the deletion still holds the key.
    public func delete(_ id: CaseID, at date: Date = Date()) throws {
        let file = directory.appendingPathComponent("locks/\(id.rawValue).lock").path
        let ownLock = CaseLock.held.withLock { $0.contains(file) }
        let lock = ownLock ? nil : try self.lock(id)
        defer { lock?.release() }
        try mapped(path) {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM events WHERE case_id = ?", arguments: [id.rawValue])
                try db.execute(sql: "DELETE FROM cases WHERE id = ?", arguments: [id.rawValue])
                guard db.changesCount > 0 else { throw CaseStoreError.caseNotFound(id: id.rawValue) }
                try insertAudit(db, .delete, id, CaseEvent.microseconds(date))
            }
        }
        // The deletion is committed and already zeroed; rebuilding the file
        // only compacts it, so a failure here (no room for the rebuild) does
        // not undo or fail the deletion.
        try? queue.writeWithoutTransaction { db in try db.execute(sql: "VACUUM") }
        // This store never uses WAL; files of that kind could only be left
        // by another program, and would hold old pages.
        FileSafety.remove(path + "-wal")
        FileSafety.remove(path + "-shm")
        FileSafety.remove(file)
    }
}
