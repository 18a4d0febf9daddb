import Crypto
import Foundation
import GRDB

/// What a store file holds before anything is written to it: its schema
/// version and, if the key fits, the store key.
struct Inspection {
    var schema: Int
    var storeKey: SymmetricKey
}

extension CaseStore {
    /// Reads the meta table over a read-only connection and checks the key.
    /// Every refusal happens here, so a refused file is never written to.
    /// `derived` is the key just derived for a new store, to spare a
    /// second scrypt run.
    static func inspect(path: String, key: StoreKey, derived: (salt: [UInt8], key: SymmetricKey)?) throws -> Inspection {
        let (meta, superseded) = try readMeta(path)
        guard meta["format"].flatMap(String.fromDatabaseValue) == Schema.format,
              let schema = meta["schema"].flatMap(Int.fromDatabaseValue) else {
            throw CaseStoreError.damaged(path: path)
        }
        // Before the key: a later version may keep its keys differently.
        if schema > Schema.version || superseded {
            throw CaseStoreError.newerSchema(path: path, found: schema, supported: Schema.version)
        }
        guard let kind = meta["key_kind"].flatMap(String.fromDatabaseValue).flatMap(CaseStoreError.KeyKind.init),
              let sealed = meta["store_key"].flatMap(Data.fromDatabaseValue) else {
            throw CaseStoreError.damaged(path: path)
        }
        guard kind == key.kind else { throw CaseStoreError.keyKindMismatch(expected: kind) }
        let wrapping: SymmetricKey
        if kind == .passphrase {
            guard let salt = meta["kdf_salt"].flatMap(Data.fromDatabaseValue).map(Array.init),
                  let logN = meta["kdf_log_n"].flatMap(Int.fromDatabaseValue),
                  let r = meta["kdf_r"].flatMap(Int.fromDatabaseValue),
                  let p = meta["kdf_p"].flatMap(Int.fromDatabaseValue),
                  meta["kdf"].flatMap(String.fromDatabaseValue) == "scrypt" else {
                throw CaseStoreError.damaged(path: path)
            }
            let cost = ScryptCost(logN: logN, r: r, p: p)
            guard cost.isReasonable else { throw CaseStoreError.damaged(path: path) }
            if let derived, derived.salt == salt {
                wrapping = derived.key
            } else {
                wrapping = try keyEncryptionKey(key, salt: salt, cost: cost)
            }
        } else {
            wrapping = try keyEncryptionKey(key, salt: [], cost: .standard)
        }
        // The sealed store key is the key check: AES-GCM's tag fails for any other key.
        guard let storeKey = Sealing.unwrap(sealed, under: wrapping, place: "store-key") else {
            throw CaseStoreError.wrongKey
        }
        return Inspection(schema: schema, storeKey: storeKey)
    }

    /// The meta table, and whether the file knows migrations this version
    /// does not. Read-only, after SQLite's quick check; only a crash's
    /// journal makes it open the file for writing, as rolling that journal
    /// back is what any later write would do first.
    private static func readMeta(_ path: String) throws -> ([String: DatabaseValue], Bool) {
        do {
            let configuration = hasHotJournal(path) ? writing() : reading()
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                guard try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok" else {
                    throw CaseStoreError.damaged(path: path)
                }
                return (try Schema.meta(db), try Schema.migrator().hasBeenSuperseded(db))
            }
        } catch let error as DatabaseError {
            // Any SQLite failure on a file that looked like ours means it cannot be read as ours.
            switch storeError(error, path: path) {
            case .busy, .notWritable, .diskFull: throw storeError(error, path: path)
            default: throw CaseStoreError.damaged(path: path)
            }
        }
    }
}
