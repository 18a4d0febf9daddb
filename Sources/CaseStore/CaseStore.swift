import Crypto
import Foundation
import GRDB

/// The professional's cases on their own machine: an SQLite database in one
/// directory (see `defaultDirectory`), each case the list of its events,
/// every written word encrypted.
///
/// Keys: the passphrase (through scrypt) or key file opens the store key,
/// kept sealed in the meta table; the store key opens each case's own key;
/// a case's key seals its label, status and events. Deleting a case deletes
/// its key, so pieces of its ciphertext left on the disk (a freed block, an
/// old journal's remains) can no longer be read.
///
/// A store that is no store of this program, is damaged, was written by a
/// later version or does not open with the key given is never written to.
public final class CaseStore: Sendable {
    /// The directory holding the database and the case locks.
    public let directory: URL
    let path: String
    let queue: DatabaseQueue
    let storeKey: SymmetricKey

    static let fileName = "cases.sqlite"
    /// A new passphrase must have at least this many characters.
    public static let minimumPassphraseLength = 8

    private init(directory: URL, path: String, queue: DatabaseQueue, storeKey: SymmetricKey) {
        self.directory = directory
        self.path = path
        self.queue = queue
        self.storeKey = storeKey
    }

    /// Opens the store in `directory`, creating directory and store on
    /// first use. `cost` applies only when a new passphrase store is made;
    /// an existing store keeps the cost it was made with.
    public static func open(directory: URL, key: StoreKey, cost: ScryptCost = .standard) throws -> CaseStore {
        let path = directory.appendingPathComponent(fileName).path
        try FileSafety.makeDirectory(directory)
        var derived: (salt: [UInt8], key: SymmetricKey)?
        if try FileLook.of(path, hotJournal: hasHotJournal(path)) == .new {
            derived = try create(path: path, key: key, cost: cost)
        }
        switch try FileLook.of(path, hotJournal: hasHotJournal(path)) {
        case .new, .damaged: throw CaseStoreError.damaged(path: path)
        case .foreign: throw CaseStoreError.notAStore(path: path)
        case .store: break
        }
        let found = try inspect(path: path, key: key, derived: derived)
        let queue = try mapped(path) { try DatabaseQueue(path: path, configuration: writing()) }
        if found.schema < Schema.version {
            try mapped(path) { try Schema.migrator().migrate(queue) }
        }
        // Only now that the file is known to be ours: owner-only, always.
        FileSafety.restrict(directory.path)
        FileSafety.restrict(path)
        return CaseStore(directory: directory, path: path, queue: queue, storeKey: found.storeKey)
    }

    /// Makes a new store: key material first, then the file, then the
    /// tables and the sealed store key in one transaction.
    private static func create(path: String, key: StoreKey, cost: ScryptCost)
        throws -> (salt: [UInt8], key: SymmetricKey) {
        if case .passphrase(let phrase) = key, phrase.count < minimumPassphraseLength {
            throw CaseStoreError.passphraseTooShort(minimum: minimumPassphraseLength)
        }
        let salt = Sealing.randomBytes(16)
        let wrapping = try keyEncryptionKey(key, salt: salt, cost: cost)
        let storeKey = Sealing.newKey()
        var meta: [String: DatabaseValue] = [
            "key_kind": key.kind.rawValue.databaseValue,
            "store_key": try Sealing.wrap(storeKey, under: wrapping, place: "store-key").databaseValue,
        ]
        if case .passphrase = key {
            meta["kdf"] = "scrypt".databaseValue
            meta["kdf_salt"] = Data(salt).databaseValue
            meta["kdf_log_n"] = cost.logN.databaseValue
            meta["kdf_r"] = cost.r.databaseValue
            meta["kdf_p"] = cost.p.databaseValue
        }
        _ = try FileSafety.createEmptyFile(path)
        try mapped(path) {
            let queue = try DatabaseQueue(path: path, configuration: writing())
            // Another process may have made the store a moment earlier: then
            // its migrations are found applied, this meta is not written, and
            // the key is checked against the store as it is.
            try Schema.migrator(initialMeta: meta).migrate(queue)
            try queue.close()
        }
        return (salt, wrapping)
    }

    /// The key that opens the store key.
    static func keyEncryptionKey(_ key: StoreKey, salt: [UInt8], cost: ScryptCost) throws -> SymmetricKey {
        switch key {
        case .passphrase(let phrase): try cost.derive(phrase, salt: salt)
        case .keyFile(let url): try KeyFile.load(url)
        case .raw(let key): key
        }
    }

    /// Writes a new random key to `url`, readable by its owner only, and
    /// returns it as a `StoreKey`. Never overwrites an existing file.
    @discardableResult
    public static func createKeyFile(at url: URL) throws -> StoreKey {
        try KeyFile.create(url)
        return .keyFile(url)
    }

    static func hasHotJournal(_ path: String) -> Bool {
        var info = stat()
        return stat(path + "-journal", &info) == 0 && info.st_size > 0
    }

    /// Every connection that may write: durable commits, zeroed deletes,
    /// no temporary files.
    static func writing() -> Configuration {
        var configuration = Configuration()
        // Several terminals may write to different cases at once.
        configuration.busyMode = .timeout(5)
        configuration.prepareDatabase { db in
            // A rollback journal that is deleted at each commit: nothing is
            // left beside the database between transactions. EXTRA is FULL
            // plus a sync of the directory after the journal is deleted,
            // which is the commit itself in this mode: without it a power
            // cut could bring the journal back and undo an append.
            try db.execute(sql: """
                PRAGMA journal_mode = DELETE;
                PRAGMA synchronous = EXTRA;
                PRAGMA secure_delete = ON;
                PRAGMA temp_store = MEMORY;
                """)
        }
        return configuration
    }

    static func reading() -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        return configuration
    }
}
