@testable import CaseStore
import Foundation
import Testing

/// One terminal at a time per case, across processes.
@Suite("Case locks")
struct LockTests {
    /// A store opened by a key file, so the probe process can open it too.
    struct Fixture {
        let scratch = Scratch()
        let keyFile: URL
        let store: CaseStore
        let id: CaseID

        init() throws {
            keyFile = scratch.file("sleutel")
            try CaseStore.createKeyFile(at: keyFile)
            store = try CaseStore.open(directory: scratch.store, key: .keyFile(keyFile))
            id = try store.createCase(label: "Zwanenburg", route: "basismodel")
        }

        func probe(_ command: String) throws -> (status: Int32, line: String) {
            try CaseStoreTests.probe([command, scratch.store.path, keyFile.path, id.rawValue])
        }

        /// Locks again after a release in this process. Tests that run
        /// alongside start processes: a child forked in the moment between
        /// our open and close holds a copy of the lock's descriptor until it
        /// executes its program, so the lock may stay taken for that moment.
        /// Waits at most two seconds for that; a lock never released still fails.
        func relock() throws -> CaseLock {
            let deadline = Date().addingTimeInterval(2)
            while true {
                do {
                    return try store.lock(id)
                } catch CaseStoreError.caseLocked(_) where Date() < deadline {
                    usleep(10_000)
                }
            }
        }
    }

    @Test func aSecondLockInTheSameProcessIsRefused() throws {
        let f = try Fixture()
        let lock = try f.store.lock(f.id)
        expectStoreError(.caseLocked(id: f.id.rawValue)) { try f.store.lock(f.id) }
        // Another store object on the same directory changes nothing.
        let other = try CaseStore.open(directory: f.scratch.store, key: .keyFile(f.keyFile))
        expectStoreError(.caseLocked(id: f.id.rawValue)) { try other.lock(f.id) }
        lock.release()
        _ = try f.relock()
    }

    @Test func aLockIsReleasedWithItsLastReference() throws {
        let f = try Fixture()
        do { _ = try f.store.lock(f.id) }
        let again = try f.relock()
        again.release()
        again.release()
    }

    @Test func anotherProcessIsRefusedWhileTheLockIsHeld() throws {
        let f = try Fixture()
        #expect(try f.probe("lock") == (0, "ok"))
        let lock = try f.store.lock(f.id)
        #expect(try f.probe("lock") == (1, "opslag.fout.casus_in_gebruik"))
        lock.release()
        #expect(try f.probe("lock") == (0, "ok"))
    }

    @Test func aLockHeldByAnotherProcessIsRefusedHereAndGoesWithIt() throws {
        let f = try Fixture()
        for ending in ["exit", "kill"] {
            let process = Process()
            process.executableURL = probeExecutable
            process.arguments = ["hold", f.scratch.store.path, f.keyFile.path, f.id.rawValue]
            let input = Pipe(), output = Pipe()
            process.standardInput = input
            process.standardOutput = output
            try process.run()
            // The probe says "held" once the lock is taken.
            var said = Data()
            while !said.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                said += chunk
            }
            #expect(String(decoding: said, as: UTF8.self) == "held\n")
            expectStoreError(.caseLocked(id: f.id.rawValue)) { try f.store.lock(f.id) }
            // Delete respects another terminal's lock as well.
            expectStoreError(.caseLocked(id: f.id.rawValue)) { try f.store.delete(f.id) }
            if ending == "exit" {
                try input.fileHandleForWriting.close()
            } else {
                // A crash: the system drops the lock with the process.
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            try f.store.lock(f.id).release()
        }
    }

    @Test func deleteGoesAheadUnderTheCallersOwnLock() throws {
        let f = try Fixture()
        let lock = try f.store.lock(f.id)
        try f.store.delete(f.id)
        lock.release()
        expectStoreError(.caseNotFound(id: f.id.rawValue)) { try f.store.lock(f.id) }
        #expect(!FileManager.default.fileExists(atPath: f.scratch.store.appendingPathComponent("locks/\(f.id).lock").path))
    }
}

/// A store that cannot be written: read-only directory and file. Root
/// passes every permission check, so the probe gives up root first.
@Suite("Read-only store")
struct ReadOnlyTests {
    @Test func aReadOnlyStoreCanBeReadButNotWritten() throws {
        let scratch = Scratch()
        let keyFile = scratch.file("sleutel")
        try CaseStore.createKeyFile(at: keyFile)
        let id = try CaseStore.open(directory: scratch.store, key: .keyFile(keyFile)).createCase(label: "x", route: "basismodel")
        let empty = scratch.url.appendingPathComponent("leeg")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: false)
        // The probe, as another user, must reach the files through the scratch directory.
        chmod(scratch.url.path, 0o711)
        if geteuid() == 0 {
            for path in [scratch.store.path, scratch.database.path, keyFile.path, empty.path] {
                #expect(chown(path, 65534, 65534) == 0)
            }
        }
        chmod(scratch.database.path, 0o400)
        chmod(scratch.store.path, 0o500)
        chmod(empty.path, 0o500)
        let before = sha256(scratch.database)

        let args = [scratch.store.path, keyFile.path, id.rawValue, "--as-nobody"]
        #expect(try probe(["open"] + args) == (0, "ok"))
        #expect(try probe(["append"] + args) == (1, "opslag.fout.alleen_lezen"))
        // A new store where nothing can be made.
        #expect(try probe(["open", empty.path, keyFile.path, "--as-nobody"]) == (1, "opslag.fout.alleen_lezen"))
        #expect(sha256(scratch.database) == before)
    }
}
