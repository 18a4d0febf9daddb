import Foundation

/// Everything that can go wrong with the case store, as a text key of
/// Localization/<taal>/interface-store.yaml and the values for its
/// placeholders. The values are paths, ids, numbers and modes: never what a
/// professional typed, so an error can be shown or logged as it is.
public enum CaseStoreError: Error, Equatable, Sendable {
    /// The passphrase or key does not open this store. Nothing was changed.
    case wrongKey
    /// The store was made with a passphrase and a key file was given, or the other way round.
    case keyKindMismatch(expected: KeyKind)
    /// A new store needs a passphrase of at least this many characters.
    case passphraseTooShort(minimum: Int)
    case keyFileMissing(path: String)
    /// The key file can be read by others than its owner, or belongs to someone else.
    case keyFileUnsafe(path: String, mode: String)
    /// The key file holds neither 32 bytes nor their base64 form.
    case keyFileInvalid(path: String)
    /// `createKeyFile` never overwrites a key: a lost key loses every case.
    case keyFileExists(path: String)
    /// The file is no SQLite database of this program (another program's, or no database at all).
    case notAStore(path: String)
    /// The file is this program's store but cannot be read as one.
    case damaged(path: String)
    /// A later version of the program wrote this store; this one leaves it alone.
    case newerSchema(path: String, found: Int, supported: Int)
    case caseNotFound(id: String)
    /// Another terminal (or program) has this case open.
    case caseLocked(id: String)
    case diskFull(path: String)
    /// The directory or file cannot be written: read-only disk or no permission.
    case notWritable(path: String)
    /// Another program kept the store busy for too long.
    case busy(path: String)
    /// Any other input/output failure, with the system's or SQLite's code.
    case io(path: String, code: Int)

    /// How a store's key is given.
    public enum KeyKind: String, Sendable {
        case passphrase
        case keyFile = "key_file"
    }

    /// The text key of the message.
    public var key: String {
        switch self {
        case .wrongKey: "opslag.fout.sleutel"
        case .keyKindMismatch(.passphrase): "opslag.fout.verwacht_wachtwoord"
        case .keyKindMismatch(.keyFile): "opslag.fout.verwacht_sleutelbestand"
        case .passphraseTooShort: "opslag.fout.wachtwoord_kort"
        case .keyFileMissing: "opslag.fout.sleutelbestand_ontbreekt"
        case .keyFileUnsafe: "opslag.fout.sleutelbestand_onveilig"
        case .keyFileInvalid: "opslag.fout.sleutelbestand_ongeldig"
        case .keyFileExists: "opslag.fout.sleutelbestand_bestaat"
        case .notAStore: "opslag.fout.vreemd_bestand"
        case .damaged: "opslag.fout.beschadigd"
        case .newerSchema: "opslag.fout.nieuwere_versie"
        case .caseNotFound: "opslag.fout.casus_onbekend"
        case .caseLocked: "opslag.fout.casus_in_gebruik"
        case .diskFull: "opslag.fout.schijf_vol"
        case .notWritable: "opslag.fout.alleen_lezen"
        case .busy: "opslag.fout.bezet"
        case .io: "opslag.fout.invoer_uitvoer"
        }
    }

    /// The values for the message's placeholders.
    public var values: [String: String] {
        switch self {
        case .wrongKey, .keyKindMismatch: [:]
        case .passphraseTooShort(let minimum): ["minimum": String(minimum)]
        case .keyFileMissing(let path), .keyFileInvalid(let path), .keyFileExists(let path),
             .notAStore(let path), .damaged(let path), .diskFull(let path),
             .notWritable(let path), .busy(let path):
            ["pad": path]
        case .keyFileUnsafe(let path, let mode): ["pad": path, "modus": mode]
        case .newerSchema(let path, let found, let supported):
            ["pad": path, "versie": String(found), "ondersteund": String(supported)]
        case .caseNotFound(let id), .caseLocked(let id): ["id": id]
        case .io(let path, let code): ["pad": path, "code": String(code)]
        }
    }
}

extension CaseStoreError: CustomStringConvertible {
    /// The key and values, for logs and for tests. The sentence itself comes
    /// from the texts (`Texts.ui(error.key, error.values)`).
    public var description: String {
        let values = self.values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        return ([key] + values).joined(separator: " ")
    }
}
