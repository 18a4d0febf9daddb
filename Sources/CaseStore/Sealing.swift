import Crypto
import Foundation

/// AES-256-GCM as the store uses it. Every sealed value names its place in
/// the associated data ("event|<case>|<seq>"), so a value moved to another
/// row or case fails to open instead of passing for that row's content.
enum Sealing {
    /// Plaintexts are padded to a multiple of this many bytes, so the
    /// length of a ciphertext does not betray a short answer ("ja" and
    /// "nee" differ by one byte).
    static let padding = 64

    static func randomBytes(_ count: Int) -> [UInt8] {
        SymmetricKey(size: .init(bitCount: count * 8)).withUnsafeBytes { Array($0) }
    }

    static func newKey() -> SymmetricKey { SymmetricKey(size: .bits256) }

    /// nonce (12) + ciphertext + tag (16). A fresh random nonce each time:
    /// at the store's volumes (far below 2^32 seals per key) that is safe.
    static func seal(_ plaintext: some DataProtocol, key: SymmetricKey, place: String) throws -> Data {
        var padded = Data(plaintext)
        // Padding: a 0x80 byte then zeros, removed on opening.
        padded.append(0x80)
        let remainder = padded.count % padding
        if remainder != 0 { padded.append(contentsOf: repeatElement(0, count: padding - remainder)) }
        let box = try AES.GCM.seal(padded, using: key, authenticating: Data(place.utf8))
        return box.combined!
    }

    /// Nil when the key is wrong or the value was changed or moved.
    static func open(_ sealed: Data, key: SymmetricKey, place: String) -> Data? {
        guard let box = try? AES.GCM.SealedBox(combined: sealed),
              let plain = try? AES.GCM.open(box, using: key, authenticating: Data(place.utf8)) else { return nil }
        // Through a buffer: the case list strips the padding of every label.
        let length: Int? = plain.withUnsafeBytes { bytes in
            guard let marker = bytes.lastIndex(where: { $0 != 0 }), bytes[marker] == 0x80 else { return nil }
            return marker
        }
        return length.map { plain.prefix($0) }
    }

    /// A key sealed under another key (the store key under the key from the
    /// passphrase, a case's key under the store key).
    static func wrap(_ key: SymmetricKey, under wrapping: SymmetricKey, place: String) throws -> Data {
        try key.withUnsafeBytes { try seal(Data($0), key: wrapping, place: place) }
    }

    static func unwrap(_ sealed: Data, under wrapping: SymmetricKey, place: String) -> SymmetricKey? {
        guard let raw = open(sealed, key: wrapping, place: place), raw.count == 32 else { return nil }
        return SymmetricKey(data: raw)
    }
}
