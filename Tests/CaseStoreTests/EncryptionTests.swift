@testable import CaseStore
import Crypto
import Foundation
import MeldcodeKit
import Testing

/// What lies on disk, and what opens it.
@Suite("Encryption at rest")
struct EncryptionTests {
    @Test func theFilesHoldNoneOfTheCasesWords() throws {
        let scratch = Scratch()
        let store = try CaseStore.open(directory: scratch.store, key: .passphrase("correct horse battery"), cost: quick)
        let id = try store.createCase(label: "Merel Zwanenburg", route: "basismodel", at: day(0))
        try store.append(everyEvent, to: id)
        try store.setStatus(id, step: "Vliegenbos", nextEvaluation: day(100))
        let (_, original) = conversation()
        let other = try store.createCase(label: "blauwe plekken", route: "basismodel")
        try store.append(original.events, to: other)
        try store.recordAudit(.export, case: id)

        let files = storeFiles(scratch)
        #expect(!files.isEmpty)
        for file in files {
            let data = bytes(file)
            for word in secretWords + ["bovenarm", "aandachtsfunctionaris", "afweging.1", "stap1.signalen"] {
                #expect(data.range(of: Data(word.utf8)) == nil, "\(word) in \(file.lastPathComponent)")
            }
        }
        // What may stand in clear does: ids, kinds, routes.
        let data = bytes(scratch.database)
        #expect(data.range(of: Data(id.rawValue.utf8)) != nil)
        #expect(data.range(of: Data("basismodel".utf8)) != nil)
        // No journal is left between transactions.
        #expect(files == [scratch.database])
    }

    @Test func aShortAndALongAnswerCannotBeToldApartByLength() throws {
        let key = SymmetricKey(size: .bits256)
        let yes = try Sealing.seal(Data("ja".utf8), key: key, place: "p")
        let no = try Sealing.seal(Data("nee".utf8), key: key, place: "p")
        #expect(yes.count == no.count)
        #expect(Sealing.open(no, key: key, place: "p") == Data("nee".utf8))
        #expect(Sealing.open(no, key: key, place: "q") == nil)
        #expect(Sealing.open(Data(), key: key, place: "p") == nil)
        let empty = try Sealing.seal(Data(), key: key, place: "p")
        #expect(Sealing.open(empty, key: key, place: "p") == Data())
    }

    @Test func aWrongPassphraseChangesNothing() throws {
        let scratch = Scratch()
        do {
            let store = try CaseStore.open(directory: scratch.store, key: .passphrase("correct horse battery"), cost: quick)
            try store.createCase(label: "Zwanenburg", route: "basismodel")
        }
        let before = sha256(scratch.database)
        expectStoreError(.wrongKey) { try CaseStore.open(directory: scratch.store, key: .passphrase("correct horse batter")) }
        expectStoreError(.keyKindMismatch(expected: .passphrase)) {
            try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(size: .bits256)))
        }
        #expect(sha256(scratch.database) == before)
        #expect(storeFiles(scratch) == [scratch.database])
        // And the right one still opens it.
        let store = try CaseStore.open(directory: scratch.store, key: .passphrase("correct horse battery"))
        #expect(try store.cases().map(\.label) == ["Zwanenburg"])
    }

    @Test func aWrongKeyChangesNothing() throws {
        let scratch = Scratch()
        let keyFile = scratch.file("sleutel")
        let key = try CaseStore.createKeyFile(at: keyFile)
        try CaseStore.open(directory: scratch.store, key: key).createCase(label: "Zwanenburg", route: "basismodel")
        let before = sha256(scratch.database)
        expectStoreError(.wrongKey) { try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(size: .bits256))) }
        expectStoreError(.keyKindMismatch(expected: .keyFile)) {
            try CaseStore.open(directory: scratch.store, key: .passphrase("correct horse battery"), cost: quick)
        }
        #expect(sha256(scratch.database) == before)
        #expect(try CaseStore.open(directory: scratch.store, key: key).cases().count == 1)
    }

    @Test func keyFilesAreOwnerOnlyAndNeverOverwritten() throws {
        let scratch = Scratch()
        let url = scratch.file("sleutel")
        try CaseStore.createKeyFile(at: url)
        #expect(mode(url.path) == 0o600)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(Data(base64Encoded: text.trimmingCharacters(in: .newlines))?.count == 32)
        expectStoreError(.keyFileExists(path: url.path)) { try CaseStore.createKeyFile(at: url) }
        #expect(try String(contentsOf: url, encoding: .utf8) == text)

        chmod(url.path, 0o640)
        expectStoreError(.keyFileUnsafe(path: url.path, mode: "640")) {
            try CaseStore.open(directory: scratch.store, key: .keyFile(url))
        }
        chmod(url.path, 0o604)
        expectStoreError(.keyFileUnsafe(path: url.path, mode: "604")) {
            try CaseStore.open(directory: scratch.store, key: .keyFile(url))
        }
        // The refusal came before anything was made.
        #expect(!FileManager.default.fileExists(atPath: scratch.database.path))

        let missing = scratch.file("weg")
        expectStoreError(.keyFileMissing(path: missing.path)) {
            try CaseStore.open(directory: scratch.store, key: .keyFile(missing))
        }
    }

    @Test func rawAndBase64KeyFilesHoldTheSameKey() throws {
        let scratch = Scratch()
        let secret = Data((0..<32).map { UInt8($0 * 7 & 0xFF) })
        let raw = scratch.file("raw"), text = scratch.file("text"), bad = scratch.file("bad")
        _ = FileManager.default.createFile(atPath: raw.path, contents: secret, attributes: [.posixPermissions: 0o600])
        _ = FileManager.default.createFile(atPath: text.path, contents: Data(("  " + secret.base64EncodedString() + "\n").utf8),
                                       attributes: [.posixPermissions: 0o400])
        _ = FileManager.default.createFile(atPath: bad.path, contents: Data("geen sleutel".utf8), attributes: [.posixPermissions: 0o600])
        try CaseStore.open(directory: scratch.store, key: .keyFile(raw)).createCase(label: "x", route: "basismodel")
        #expect(try CaseStore.open(directory: scratch.store, key: .keyFile(text)).cases().count == 1)
        #expect(try CaseStore.open(directory: scratch.store, key: .raw(SymmetricKey(data: secret))).cases().count == 1)
        expectStoreError(.keyFileInvalid(path: bad.path)) { try CaseStore.open(directory: scratch.store, key: .keyFile(bad)) }
    }

    @Test func aNewPassphraseMustNotBeTrivial() {
        let scratch = Scratch()
        expectStoreError(.passphraseTooShort(minimum: 8)) {
            try CaseStore.open(directory: scratch.store, key: .passphrase("geheim"), cost: quick)
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.database.path))
    }

    /// The one test with the real scrypt cost.
    @Test func theStandardCostIsStoredAndUsed() throws {
        let scratch = Scratch()
        let started = Date()
        try CaseStore.open(directory: scratch.store, key: .passphrase("een lange wachtwoordzin")).createCase(label: "x", route: "basismodel")
        let store = try CaseStore.open(directory: scratch.store, key: .passphrase("een lange wachtwoordzin"))
        #expect(try store.cases().count == 1)
        let meta = try store.queue.read { try Schema.meta($0) }
        #expect(Int.fromDatabaseValue(meta["kdf_log_n"]!) == 15)
        #expect(Int.fromDatabaseValue(meta["kdf_r"]!) == 8)
        #expect(Int.fromDatabaseValue(meta["kdf_p"]!) == 1)
        #expect(Data.fromDatabaseValue(meta["kdf_salt"]!)?.count == 16)
        // Two derivations (creating re-uses its own); generous for a debug build.
        #expect(Date().timeIntervalSince(started) < 30)
    }
}
