import Foundation
import GRDB

/// Runs database work and turns SQLite's failures into the store's errors.
/// SQLite's own messages are dropped: they may quote a statement.
func mapped<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as CaseStoreError {
        throw error
    } catch let error as DatabaseError {
        throw storeError(error, path: path)
    }
}

func storeError(_ error: DatabaseError, path: String) -> CaseStoreError {
    switch error.resultCode {
    case .SQLITE_FULL: .diskFull(path: path)
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: .notWritable(path: path)
    case .SQLITE_CANTOPEN:
        // SQLite could not open the file or its journal; errno says why.
        errno == EACCES || errno == EROFS || errno == EPERM ? .notWritable(path: path) : .io(path: path, code: Int(error.extendedResultCode.rawValue))
    case .SQLITE_BUSY, .SQLITE_LOCKED: .busy(path: path)
    case .SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_FORMAT, .SQLITE_SCHEMA, .SQLITE_MISMATCH, .SQLITE_CONSTRAINT:
        .damaged(path: path)
    case .SQLITE_IOERR where error.extendedResultCode == .SQLITE_IOERR_WRITE && errno == ENOSPC:
        .diskFull(path: path)
    default: .io(path: path, code: Int(error.extendedResultCode.rawValue))
    }
}
