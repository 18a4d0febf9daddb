import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A case opened in one terminal: an exclusive `flock` on the case's lock
/// file. The system drops it when the process ends, however it ends, so a
/// crash never leaves a case locked. Released by `release()` or when the
/// last reference goes.
public final class CaseLock: Sendable {
    public let id: CaseID
    let path: String
    private let descriptor: Mutex<Int32>

    init(id: CaseID, path: String, descriptor: Int32) {
        self.id = id
        self.path = path
        self.descriptor = Mutex(descriptor)
    }

    public func release() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            Self.held.withLock { _ = $0.remove(path) }
            close(fd)
            fd = -1
        }
    }

    deinit { release() }

    /// Lock files this process holds. A second flock in the same process
    /// would fail as well, but `delete` needs to know that the lock in the
    /// way is the caller's own.
    static let held = Mutex<Set<String>>([])
}

extension CaseStore {
    /// Opens the case for this terminal alone. Fails with `caseLocked` while
    /// another terminal or program (or this one) has it.
    public func lock(_ id: CaseID) throws -> CaseLock {
        let folder = directory.appendingPathComponent("locks").path
        if mkdir(folder, 0o700) != 0, errno != EEXIST { throw FileSafety.error(errno, path: folder) }
        let file = folder + "/" + id.rawValue + ".lock"
        let fd = FileSafety.openFile(file, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw FileSafety.error(errno, path: file) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let code = errno
            close(fd)
            throw code == EWOULDBLOCK ? CaseStoreError.caseLocked(id: id.rawValue) : FileSafety.error(code, path: file)
        }
        CaseLock.held.withLock { _ = $0.insert(file) }
        let lock = CaseLock(id: id, path: file, descriptor: fd)
        // Checked under the lock, so a case deleted meanwhile is not handed out.
        do {
            try requireCase(id)
        } catch {
            lock.release()
            FileSafety.remove(file)
            throw error
        }
        return lock
    }

    func requireCase(_ id: CaseID) throws {
        try mapped(path) {
            try queue.read { db in
                guard try Bool.fetchOne(db, sql: "SELECT 1 FROM cases WHERE id = ?", arguments: [id.rawValue]) != nil else {
                    throw CaseStoreError.caseNotFound(id: id.rawValue)
                }
            }
        }
    }
}
