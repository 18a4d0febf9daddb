import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a passphrase from the terminal without showing it. Reads the
/// terminal itself (/dev/tty) byte by byte with echo and signals off, so
/// Ctrl-C cancels without leaving the terminal silent, and nothing typed
/// passes through readline or its history.
enum Passphrase {
    /// The passphrase, "" for Enter alone, nil for Ctrl-C, Ctrl-D or no terminal.
    static func read(prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG)
        guard tcsetattr(fd, TCSAFLUSH, &quiet) == 0 else { return nil }
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            _ = "\n".withCString { write(fd, $0, 1) }
        }
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        var bytes: [UInt8] = []
        defer { for i in bytes.indices { bytes[i] = 0 } }
        var byte: UInt8 = 0
        while Glibc.read(fd, &byte, 1) == 1 {
            switch byte {
            case 0x0A, 0x0D:
                return String(decoding: bytes, as: UTF8.self)
            case 0x03:
                return nil
            case 0x04:
                if bytes.isEmpty { return nil }
            case 0x7F, 0x08:
                // Remove a whole UTF-8 character: continuation bytes first.
                while let last = bytes.last, last & 0xC0 == 0x80 { bytes.removeLast() }
                if !bytes.isEmpty { bytes.removeLast() }
            case 0x15:
                bytes.removeAll()
            default:
                if byte >= 0x20 { bytes.append(byte) }
            }
            // A passphrase is no document: stop growing at a sane size.
            if bytes.count > 1024 { return String(decoding: bytes, as: UTF8.self) }
        }
        return nil
    }
}
