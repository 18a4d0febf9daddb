/// FNV-1a, 64 bits: the typo corrector's deletion keys, the analyzer's check
/// of a glued word's beginning, and the scorer's term hashes all use it.
public enum FNV1a {
    public static let basis: UInt64 = 0xCBF2_9CE4_8422_2325
    public static let prime: UInt64 = 0x100_0000_01B3

    /// One more value (a byte, or a scalar's number) into the hash.
    @inline(__always)
    public static func step(_ hash: UInt64, _ value: UInt64) -> UInt64 {
        (hash ^ value) &* prime
    }

    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        bytes.reduce(basis) { step($0, UInt64($1)) }
    }
}
