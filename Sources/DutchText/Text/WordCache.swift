import Synchronization

/// The analysis of words seen before, shared by all users of one analyzer.
/// Bounded: when full it starts over, so memory stays small however much
/// text passes through.
final class WordCache: Sendable {
    /// What one typed word becomes, and whether it may be the first half of
    /// two words typed apart ("mee werken").
    struct Entry {
        var words: [Word]
        var joinStart: Bool
    }

    private let storage = Mutex<[String: Entry]>([:])
    static let capacity = 50_000

    subscript(word: String) -> Entry? {
        get { storage.withLock { $0[word] } }
        set {
            storage.withLock { table in
                if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
                table[word] = newValue
            }
        }
    }
}
