import Foundation

/// A case's number: 12 random bytes in lower-case base32, 20 characters.
/// Random rather than counted, so the number itself tells nothing (not how
/// many cases there are, nor in which order they came) and may stand in
/// clear in the database, in lock files and in the audit log.
public struct CaseID: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let rawValue: String

    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
    static let length = 20

    /// Accepts a number as the professional types it back: upper or lower case.
    public init?(_ text: String) {
        self.init(lowercase: text.lowercased())
    }

    /// An id as stored, already in lower case. On bytes: the case list
    /// checks every id it reads.
    init?(lowercase text: String) {
        guard text.utf8.count == Self.length,
              text.utf8.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0)
                  || (UInt8(ascii: "2")...UInt8(ascii: "7")).contains($0) }) else { return nil }
        rawValue = text
    }

    /// A new random number.
    static func random() -> CaseID {
        CaseID(encoding: Sealing.randomBytes(12))
    }

    private init(encoding bytes: [UInt8]) {
        // 96 bits in 5-bit groups: 19 full groups and 1 bit left, padded.
        var text = ""
        var buffer = 0, bits = 0
        for byte in bytes {
            buffer = buffer << 8 | Int(byte)
            bits += 8
            while bits >= 5 {
                text.append(Self.alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { text.append(Self.alphabet[(buffer << (5 - bits)) & 31]) }
        rawValue = text
    }

    public var description: String { rawValue }

    public static func < (a: CaseID, b: CaseID) -> Bool { a.rawValue < b.rawValue }
}
