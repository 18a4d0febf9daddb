import Synchronization

/// The analysis of words seen before, shared by all users of one analyzer.
/// Bounded: when full it starts over, so memory stays small however much
/// text passes through.
final class WordCache: Sendable {
    private let storage = Mutex<[String: [Word]]>([:])
    static let capacity = 50_000

    subscript(word: String) -> [Word]? {
        get { storage.withLock { $0[word] } }
        set {
            storage.withLock { table in
                if table.count >= Self.capacity { table.removeAll(keepingCapacity: true) }
                table[word] = newValue
            }
        }
    }
}
