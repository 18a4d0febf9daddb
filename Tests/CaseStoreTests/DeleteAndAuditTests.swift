@testable import CaseStore
import Crypto
import Foundation
import GRDB
import Testing

@Suite("Delete and audit log")
struct DeleteAndAuditTests {
    let key = StoreKey.raw(SymmetricKey(size: .bits256))

    @Test func aDeletedCaseLeavesNothingReadableBehind() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: key)
        let gone = try store.createCase(label: "Zwanenburg", route: "basismodel", at: day(0))
        try store.append(everyEvent, to: gone)
        try store.setStatus(gone, step: "stap3", nextEvaluation: day(50))
        let kept = try store.createCase(label: "Merel", route: "basismodel", at: day(1))
        try store.append(Array(everyEvent.prefix(3)), to: kept)

        // The sealed values of the case, as they lie in the file.
        let sealed: [Data] = try store.queue.read { db in
            try Data.fetchAll(db, sql: "SELECT case_key FROM cases WHERE id = ? UNION ALL SELECT label FROM cases WHERE id = ?"
                              + " UNION ALL SELECT body FROM events WHERE case_id = ?",
                              arguments: [gone.rawValue, gone.rawValue, gone.rawValue])
        }
        #expect(sealed.count == everyEvent.count + 2)
        let sizeBefore = bytes(scratch.database).count
        for blob in sealed { #expect(bytes(scratch.database).range(of: blob) != nil) }

        try store.delete(gone, at: day(60))

        let after = bytes(scratch.database)
        for blob in sealed { #expect(after.range(of: blob) == nil) }
        for word in secretWords { #expect(after.range(of: Data(word.utf8)) == nil) }
        #expect(after.count < sizeBefore)
        #expect(storeFiles(scratch) == [scratch.database])
        expectStoreError(.caseNotFound(id: gone.rawValue)) { try store.events(of: gone) }
        #expect(try store.cases(includeArchived: true).map(\.id) == [kept])
        #expect(try store.events(of: kept) == Array(everyEvent.prefix(3)))
        // The log keeps the deleted case's number, and the deletion.
        #expect(try store.audit(of: gone).map(\.action) == [.create, .delete])
        #expect(try store.audit(of: gone).last?.at == day(60))
    }

    @Test func everyActionIsLoggedWithTimeAndUser() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: key)
        let id = try store.createCase(label: "x", route: "basismodel", at: day(0))
        try store.recordAudit(.open, case: id, at: day(1))
        try store.recordAudit(.export, case: id, at: day(2))
        try store.recordAudit(.copy, case: id, at: day(3))
        try store.archive(id, at: day(4))
        try store.recordAudit(.open, case: nil, at: day(5))
        try store.delete(id, at: day(6))

        let entries = try store.audit(of: id)
        #expect(entries.map(\.action) == [.create, .open, .export, .copy, .archive, .delete])
        #expect(entries.map(\.at) == (0...4).map(day) + [day(6)])
        #expect(entries.allSatisfy { $0.caseID == id && $0.user == CaseStore.user && !$0.user.isEmpty })
        let all = try store.audit()
        #expect(all.count == 7)
        #expect(all[5] == AuditEntry(at: day(5), action: .open, caseID: nil, user: CaseStore.user))
        // The user is the account's name.
        if let name = getpwuid(getuid())?.pointee.pw_name {
            #expect(CaseStore.user == String(cString: name))
        }
    }

    @Test func theAuditLogSurvivesReopening() throws {
        let scratch = Scratch()
        let id = try CaseStore.open(directory: scratch.store, key: key).createCase(label: "x", route: "basismodel")
        try CaseStore.open(directory: scratch.store, key: key).recordAudit(.export, case: id)
        #expect(try CaseStore.open(directory: scratch.store, key: key).audit(of: id).map(\.action) == [.create, .export])
    }
}

@Suite("Messages and places")
struct MessagesTests {
    static let everyError: [CaseStoreError] = [
        .wrongKey, .keyKindMismatch(expected: .passphrase), .keyKindMismatch(expected: .keyFile),
        .passphraseTooShort(minimum: 8), .keyFileMissing(path: "/p"), .keyFileUnsafe(path: "/p", mode: "644"),
        .keyFileInvalid(path: "/p"), .keyFileExists(path: "/p"), .notAStore(path: "/p"), .damaged(path: "/p"),
        .newerSchema(path: "/p", found: 3, supported: 2), .caseNotFound(id: "a"), .caseLocked(id: "a"),
        .diskFull(path: "/p"), .notWritable(path: "/p"), .busy(path: "/p"), .io(path: "/p", code: 5),
    ]

    @Test func everyErrorHasADutchMessageWithItsValuesFilledIn() {
        #expect(Set(Self.everyError.map(\.key)).count == Self.everyError.count)
        for error in Self.everyError {
            #expect(shipped.texts.has(error.key), "\(error.key)")
            let message = shipped.texts.ui(error.key, error.values)
            #expect(!message.contains("{"), "\(error.key): \(message)")
            #expect(error.description.hasPrefix(error.key))
        }
    }

    @Test func theStoreDirectoryFollowsFlagEnvironmentXDGHome() {
        let home = "/home/juf"
        let all = ["MELDCODE_STORE": "/env/store", "XDG_DATA_HOME": "/xdg"]
        #expect(CaseStore.defaultDirectory(explicit: "/flag", environment: all, home: home).path == "/flag")
        #expect(CaseStore.defaultDirectory(explicit: nil, environment: all, home: home).path == "/env/store")
        #expect(CaseStore.defaultDirectory(explicit: "", environment: ["XDG_DATA_HOME": "/xdg", "MELDCODE_STORE": ""], home: home).path
            == "/xdg/meldcode")
        #expect(CaseStore.defaultDirectory(environment: ["XDG_DATA_HOME": "relatief"], home: home).path
            == "/home/juf/.local/share/meldcode")
        #expect(CaseStore.defaultDirectory(environment: [:], home: home).path == "/home/juf/.local/share/meldcode")
    }

    @Test func theKeyFileFollowsFlagThenEnvironment() {
        #expect(StoreKey.keyFilePath(explicit: "/a", environment: ["MELDCODE_KEY_FILE": "/b"])?.path == "/a")
        #expect(StoreKey.keyFilePath(explicit: nil, environment: ["MELDCODE_KEY_FILE": "/b"])?.path == "/b")
        #expect(StoreKey.keyFilePath(explicit: nil, environment: [:]) == nil)
    }
}
