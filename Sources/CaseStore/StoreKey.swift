import Crypto
import _CryptoExtras
import Foundation

/// What opens a store: a passphrase the professional types, or a key file
/// only its owner can read.
public enum StoreKey: Sendable {
    case passphrase(String)
    /// 32 random bytes, raw or in base64 (see `CaseStore.createKeyFile(at:)`).
    case keyFile(URL)
    /// A key held in memory; for tests and for programs that keep the key elsewhere.
    case raw(SymmetricKey)

    var kind: CaseStoreError.KeyKind {
        if case .passphrase = self { return .passphrase }
        return .keyFile
    }

    /// The key file named by `--key-file` (`explicit`) or else by
    /// MELDCODE_KEY_FILE; nil when neither is given.
    public static func keyFilePath(explicit: String?, environment: [String: String]) -> URL? {
        let path = [explicit, environment["MELDCODE_KEY_FILE"]].compactMap { $0 }.first { !$0.isEmpty }
        return path.map { URL(fileURLWithPath: $0) }
    }
}

/// The cost of turning a passphrase into a key with scrypt. Kept in the
/// store's meta table, so stores made with other costs still open and the
/// default can be raised later.
public struct ScryptCost: Sendable, Equatable {
    /// log2 of scrypt's N.
    public var logN: Int
    public var r: Int
    public var p: Int

    public init(logN: Int, r: Int, p: Int) {
        self.logN = logN
        self.r = r
        self.p = p
    }

    /// N = 2^15, r = 8, p = 1: 32 MiB of memory per guess, about 0.1 s on
    /// one core. Memory-hard, so a guessing attacker's hardware is no
    /// cheaper per guess than the professional's laptop.
    public static let standard = ScryptCost(logN: 15, r: 8, p: 1)

    /// Bounds for values read from a file: a changed meta table may not make
    /// opening take minutes or gigabytes, nor make a guess nearly free.
    var isReasonable: Bool { (10...22).contains(logN) && (1...32).contains(r) && (1...16).contains(p) }

    func derive(_ passphrase: String, salt: [UInt8]) throws -> SymmetricKey {
        try KDF.Scrypt.deriveKey(from: Array(passphrase.utf8), salt: salt, outputByteCount: 32,
                                 rounds: 1 << logN, blockSize: r, parallelism: p)
    }
}

/// Reading and writing key files.
enum KeyFile {
    static let size = 32

    /// Reads a key, refusing a file that others could read: a key next to
    /// the store that anyone can read protects nothing.
    static func load(_ url: URL) throws -> SymmetricKey {
        let path = url.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw CaseStoreError.keyFileMissing(path: path) }
        defer { close(fd) }
        // fstat on the open file: the permissions checked are those of the file read.
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw CaseStoreError.keyFileInvalid(path: path)
        }
        if info.st_mode & 0o077 != 0 || info.st_uid != geteuid() {
            throw CaseStoreError.keyFileUnsafe(path: path, mode: String(info.st_mode & 0o777, radix: 8))
        }
        var bytes = [UInt8](repeating: 0, count: 256)
        let count = read(fd, &bytes, bytes.count)
        guard count >= 0 else { throw FileSafety.error(errno, path: path) }
        bytes.removeSubrange(count...)
        if bytes.count == size { return SymmetricKey(data: bytes) }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let decoded = Data(base64Encoded: text), decoded.count == size else {
            throw CaseStoreError.keyFileInvalid(path: path)
        }
        return SymmetricKey(data: decoded)
    }

    /// Writes a new random key in base64, readable by its owner only.
    static func create(_ url: URL) throws {
        let path = url.path
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw CaseStoreError.keyFileExists(path: path) }
            throw FileSafety.error(errno, path: path)
        }
        var done = false
        defer {
            close(fd)
            // A half-written key file would later fail as invalid; better none at all.
            if !done { unlink(path) }
        }
        // The umask may have taken away the owner's bits; the mode must be exactly 0600.
        guard fchmod(fd, 0o600) == 0 else { throw FileSafety.error(errno, path: path) }
        let text = Array((Data(Sealing.randomBytes(size)).base64EncodedString() + "\n").utf8)
        let written = text.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == text.count else { throw FileSafety.error(written < 0 ? errno : ENOSPC, path: path) }
        guard fsync(fd) == 0 else { throw FileSafety.error(errno, path: path) }
        done = true
    }
}
