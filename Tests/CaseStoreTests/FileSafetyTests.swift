@testable import CaseStore
import Crypto
import Foundation
import GRDB
import Testing

/// Permissions, and files that are not (or no longer) a store this version can write.
@Suite("Files and versions")
struct FileSafetyTests {
    let key = StoreKey.raw(SymmetricKey(size: .bits256))

    @Test func theDirectoryIsOwnerOnlyAndSoIsTheDatabase() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: key)
        let id = try store.createCase(label: "x", route: "basismodel")
        _ = try store.lock(id)
        #expect(mode(scratch.store.path) == 0o700)
        #expect(mode(scratch.database.path) == 0o600)
        #expect(mode(scratch.store.appendingPathComponent("locks").path) == 0o700)
        #expect(mode(scratch.store.appendingPathComponent("locks/\(id).lock").path) == 0o600)
    }

    @Test func missingParentsAreMadeOwnerOnly() throws {
        let scratch = Scratch()
        let deep = scratch.url.appendingPathComponent("a/b/meldcode")
        _ = try CaseStore.open(directory: deep, key: key)
        #expect(mode(scratch.url.appendingPathComponent("a").path) == 0o700)
        #expect(mode(deep.path) == 0o700)
    }

    @Test func looseModesAreTightenedOnOpen() throws {
        let scratch = Scratch()
        _ = try CaseStore.open(directory: scratch.store, key: key)
        chmod(scratch.store.path, 0o755)
        chmod(scratch.database.path, 0o644)
        _ = try CaseStore.open(directory: scratch.store, key: key)
        #expect(mode(scratch.store.path) == 0o700)
        #expect(mode(scratch.database.path) == 0o600)
    }

    @Test func aCorrectOpenWritesNothing() throws {
        let scratch = Scratch()
        try CaseStore.open(directory: scratch.store, key: key).createCase(label: "x", route: "basismodel")
        let before = sha256(scratch.database)
        let store = try CaseStore.open(directory: scratch.store, key: key)
        _ = try store.cases()
        #expect(sha256(scratch.database) == before)
    }

    @Test func randomBytesAreRefusedUntouched() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(at: scratch.store, withIntermediateDirectories: true)
        for size in [10, 4096, 65_536] {
            try Data(Sealing.randomBytes(size)).write(to: scratch.database)
            expectRefusal(.damaged(path: scratch.database.path), scratch)
        }
        // Random bytes behind a valid SQLite header and this program's id.
        var header = Data("SQLite format 3\0".utf8) + Data([0x10, 0x00, 1, 1, 0, 64, 32, 32]) + Data(count: 76)
        header.replaceSubrange(68..<72, with: [0x6D, 0x65, 0x6C, 0x64])
        try (header + Data(Sealing.randomBytes(4096 * 4 - 100))).write(to: scratch.database)
        expectRefusal(.damaged(path: scratch.database.path), scratch)
    }

    @Test func aTruncatedCopyIsRefusedUntouched() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: key)
        for n in 0..<40 {
            let id = try store.createCase(label: "casus \(n)", route: "basismodel")
            try store.append(everyEvent, to: id)
        }
        let whole = bytes(scratch.database)
        #expect(whole.count > 8 * 4096)
        for cut in [whole.count / 2, whole.count - 4096, 4096, 5000] {
            try whole.prefix(cut).write(to: scratch.database)
            expectRefusal(.damaged(path: scratch.database.path), scratch)
        }
    }

    @Test func anotherProgramsDatabaseIsRefusedUntouched() throws {
        let scratch = Scratch()
        try FileManager.default.createDirectory(at: scratch.store, withIntermediateDirectories: true)
        let other = try DatabaseQueue(path: scratch.database.path)
        try other.write { db in
            try db.execute(sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('boodschappen')")
        }
        try other.close()
        chmod(scratch.database.path, 0o644)
        expectRefusal(.notAStore(path: scratch.database.path), scratch)
        // Not even its mode is changed.
        #expect(mode(scratch.database.path) == 0o644)
    }

    @Test func aStoreOfALaterVersionIsRefusedUntouched() throws {
        let scratch = Scratch()
        try CaseStore.open(directory: scratch.store, key: key).createCase(label: "x", route: "basismodel")
        let raw = try DatabaseQueue(path: scratch.database.path)
        try raw.write { db in try db.execute(sql: "UPDATE meta SET value = 3 WHERE key = 'schema'") }
        try raw.close()
        expectRefusal(.newerSchema(path: scratch.database.path, found: 3, supported: 2), scratch)

        // A later version known only by a migration this one has never heard of.
        let again = try DatabaseQueue(path: scratch.database.path)
        try again.write { db in
            try db.execute(sql: "UPDATE meta SET value = 2 WHERE key = 'schema'; INSERT INTO grdb_migrations VALUES ('3')")
        }
        try again.close()
        expectRefusal(.newerSchema(path: scratch.database.path, found: 2, supported: 2), scratch)
    }

    @Test func anOlderStoreIsBroughtForward() throws {
        let scratch = Scratch()
        let id: CaseID
        do {
            let store = try CaseStore.open(directory: scratch.store, key: key)
            id = try store.createCase(label: "Merel", route: "basismodel", at: day(0))
            try store.append(everyEvent, to: id)
        }
        // Schema 1 had no audit log: take this store back to it.
        let raw = try DatabaseQueue(path: scratch.database.path)
        try raw.write { db in
            try db.execute(sql: """
                DROP TABLE audit;
                DELETE FROM grdb_migrations WHERE identifier = '2';
                UPDATE meta SET value = 1 WHERE key = 'schema';
                """)
        }
        try raw.close()

        let store = try CaseStore.open(directory: scratch.store, key: key)
        let meta = try store.queue.read { try Schema.meta($0) }
        #expect(Int.fromDatabaseValue(meta["schema"]!) == Schema.version)
        #expect(try store.events(of: id) == everyEvent)
        #expect(try store.cases().map(\.label) == ["Merel"])
        try store.recordAudit(.open, case: id)
        #expect(try store.audit(of: id).map(\.action) == [.open])
    }

    @Test func aStoreRecordsItsSchemaVersionAndIdentity() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: key)
        let meta = try store.queue.read { try Schema.meta($0) }
        #expect(String.fromDatabaseValue(meta["format"]!) == "meldcode-cases")
        #expect(Int.fromDatabaseValue(meta["schema"]!) == 2)
        #expect(try store.queue.read { try Int32.fetchOne($0, sql: "PRAGMA application_id") } == Schema.applicationID)
        #expect(try store.queue.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") } == "delete")
    }

    /// Opening with the right key, then with a wrong one, must change neither the bytes nor the mode.
    private func expectRefusal(_ expected: CaseStoreError, _ scratch: Scratch,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let before = sha256(scratch.database)
        let modeBefore = mode(scratch.database.path)
        expectStoreError(expected, sourceLocation: sourceLocation) { try CaseStore.open(directory: scratch.store, key: key) }
        expectStoreError(expected, sourceLocation: sourceLocation) {
            try CaseStore.open(directory: scratch.store, key: .passphrase("een andere wachtwoordzin"), cost: quick)
        }
        #expect(sha256(scratch.database) == before, sourceLocation: sourceLocation)
        #expect(mode(scratch.database.path) == modeBefore, sourceLocation: sourceLocation)
        #expect(storeFiles(scratch) == [scratch.database], sourceLocation: sourceLocation)
    }
}

/// A power cut in the middle of an append leaves a journal beside the file.
@Suite("Crash recovery")
struct CrashTests {
    @Test func aCrashsJournalIsRolledBackOnOpen() throws {
        let scratch = Scratch()
        let key = StoreKey.raw(SymmetricKey(size: .bits256))
        let id: CaseID
        do {
            let store = try CaseStore.open(directory: scratch.store, key: key)
            id = try store.createCase(label: "Merel", route: "basismodel", events: Array(everyEvent.prefix(3)))
        }
        // Copy the files halfway through a transaction: the copy is what a
        // power cut leaves, the original pages in the journal. Without sync
        // SQLite marks the journal valid at once (with sync only once it is
        // on disk, which a copy cannot catch).
        let crashed = Scratch()
        try FileManager.default.createDirectory(at: crashed.store, withIntermediateDirectories: true)
        let raw = try DatabaseQueue(path: scratch.database.path)
        try raw.inDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = OFF; BEGIN IMMEDIATE; DELETE FROM events; UPDATE cases SET route = 'kapot'")
            for suffix in ["", "-journal"] {
                try FileManager.default.copyItem(atPath: scratch.database.path + suffix, toPath: crashed.database.path + suffix)
            }
            try db.execute(sql: "ROLLBACK")
        }
        try raw.close()
        #expect(bytes(URL(fileURLWithPath: crashed.database.path + "-journal")).count > 0)
        #expect(CaseStore.hasHotJournal(crashed.database.path))

        let store = try CaseStore.open(directory: crashed.store, key: key)
        #expect(try store.events(of: id) == Array(everyEvent.prefix(3)))
        #expect(try store.summary(of: id).route == "basismodel")
        #expect(storeFiles(crashed) == [crashed.database])
    }
}
