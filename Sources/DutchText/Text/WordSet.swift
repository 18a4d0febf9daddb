/// A set of word numbers (`Word.id`), kept as bits. The readers ask "is this
/// word one of mine?" for every word of every answer; a bit test is much
/// cheaper than hashing. Negative ids (words no phrase uses) are never members.
public struct WordSet: Sendable, Equatable, ExpressibleByArrayLiteral {
    private var bits: [UInt64] = []

    public init() {}

    public init(_ ids: some Sequence<Int32>) {
        for id in ids { insert(id) }
    }

    public init(arrayLiteral ids: Int32...) {
        self.init(ids)
    }

    @inline(__always)
    public func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let slot = Int(id) >> 6
        return slot < bits.count && bits[slot] & (1 << UInt64(id & 63)) != 0
    }

    public mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let slot = Int(id) >> 6
        if slot >= bits.count { bits += Array(repeating: 0, count: slot + 1 - bits.count) }
        bits[slot] |= 1 << UInt64(id & 63)
    }

    public mutating func formUnion(_ other: WordSet) {
        if other.bits.count > bits.count { bits += Array(repeating: 0, count: other.bits.count - bits.count) }
        for i in other.bits.indices { bits[i] |= other.bits[i] }
    }

    public func union(_ other: WordSet) -> WordSet {
        var result = self
        result.formUnion(other)
        return result
    }

    public var isEmpty: Bool { bits.allSatisfy { $0 == 0 } }
}
