import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Permissions and first looks at files, before SQLite touches them.
enum FileSafety {
    /// The error a failed system call means for the professional.
    static func error(_ code: Int32, path: String) -> CaseStoreError {
        switch code {
        case ENOSPC, EDQUOT: .diskFull(path: path)
        case EACCES, EPERM, EROFS: .notWritable(path: path)
        default: .io(path: path, code: Int(code))
        }
    }

    /// Makes the directory and any missing parents, owner-only.
    static func makeDirectory(_ url: URL) throws {
        var path = ""
        for component in url.standardizedFileURL.pathComponents {
            path = path.isEmpty ? component : (path == "/" ? "/" + component : path + "/" + component)
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw error(errno, path: path)
            }
        }
        var info = stat()
        guard stat(path, &info) == 0 else { throw error(errno, path: path) }
        guard info.st_mode & S_IFMT == S_IFDIR else { throw CaseStoreError.notAStore(path: path) }
    }

    /// Takes the group's and others' rights away. Never adds rights: a
    /// directory made read-only on purpose stays read-only. Failure is left
    /// unreported: on a read-only medium the modes cannot change, and the
    /// content is encrypted either way.
    static func restrict(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & 0o077 != 0 else { return }
        _ = chmod(path, info.st_mode & 0o700)
    }

    static func mode(_ path: String) -> mode_t? {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o777 : nil
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// An empty database file, owner-only from its first moment (SQLite
    /// would make it 0644 minus the umask). False when it already exists.
    static func createEmptyFile(_ path: String) throws -> Bool {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { return false }
            throw error(errno, path: path)
        }
        defer { close(fd) }
        guard fchmod(fd, 0o600) == 0 else { throw error(errno, path: path) }
        return true
    }

    /// The system's open(2), for code inside `CaseStore`, where `open` names the store's own.
    static func openFile(_ path: String, _ flags: Int32, _ mode: mode_t = 0) -> Int32 {
        open(path, flags, mode)
    }

    /// Removes a file that may not be there.
    static func remove(_ path: String) {
        _ = unlink(path)
    }
}

/// What the first bytes of the database file say, read without SQLite.
enum FileLook: Equatable {
    /// No file, or an empty one: a new store.
    case new
    /// This program's store, by its application id.
    case store
    /// A SQLite database of another program.
    case foreign
    /// Not a SQLite database, or one cut short.
    case damaged

    static func of(_ path: String, hotJournal: Bool) throws -> FileLook {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return .new }
            throw FileSafety.error(errno, path: path)
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSafety.error(errno, path: path) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .damaged }
        let size = Int(info.st_size)
        if size == 0 { return .new }
        var header = [UInt8](repeating: 0, count: 100)
        guard size >= 100, pread(fd, &header, 100, 0) == 100 else { return .damaged }
        guard header.starts(with: Array("SQLite format 3\0".utf8)) else { return .damaged }
        guard Int32(bitPattern: bigEndian(header, at: 68)) == Schema.applicationID else { return .foreign }
        // A copy cut short: the header gives the page size and, when the
        // change counter at 24 equals the one at 92, the number of pages.
        // Skipped while a crash's journal waits: SQLite's rollback repairs that.
        if hotJournal { return .store }
        let pageSize = header[16] == 0 && header[17] == 1 ? 65_536 : Int(header[16]) << 8 | Int(header[17])
        guard pageSize >= 512, pageSize & (pageSize - 1) == 0, size % pageSize == 0 else { return .damaged }
        let pages = Int(bigEndian(header, at: 28))
        if bigEndian(header, at: 24) == bigEndian(header, at: 92), pages * pageSize > size { return .damaged }
        return .store
    }

    private static func bigEndian(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
    }
}
