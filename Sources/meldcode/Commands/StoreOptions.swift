import ArgumentParser
import CaseStore
import Foundation
import MeldcodeKit

/// Where the cases are kept and how they are unlocked: `--store` /
/// MELDCODE_STORE and `--key-file` / MELDCODE_KEY_FILE, else a passphrase
/// typed at the terminal.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(cli("cli.optie.store"), valueName: "map"))
    var storeDirectory: String?

    @Option(name: .customLong("key-file"), help: ArgumentHelp(cli("cli.optie.key_file"), valueName: "bestand"))
    var keyFile: String?

    var directory: URL { CaseStore.defaultDirectory(explicit: storeDirectory) }

    /// The store, or nil when there is no key to open it with: no key file
    /// and no terminal to type a passphrase on, or Enter at the prompt.
    /// A store that cannot be opened gives its Dutch message and exit code 1.
    func open() throws -> CaseStore? {
        if let url = StoreKey.keyFilePath(explicit: keyFile, environment: ProcessInfo.processInfo.environment) {
            return try storeCall { try CaseStore.open(directory: directory, key: .keyFile(url)) }
        }
        guard isatty(0) == 1 else { return nil }
        return CaseStore.exists(in: directory) ? try unlock() : try create()
    }

    /// The store, for commands that cannot do without one.
    func require() throws -> CaseStore {
        let environment = ProcessInfo.processInfo.environment
        if StoreKey.keyFilePath(explicit: keyFile, environment: environment) == nil, isatty(0) != 1 {
            standardError(cli("opslag.sleutel_nodig"))
            throw ExitCode(2)
        }
        guard let store = try open() else { throw ExitCode(1) }
        return store
    }

    private func unlock() throws -> CaseStore? {
        var prompt = cli("opslag.wachtwoord")
        for _ in 0..<3 {
            guard let phrase = Passphrase.read(prompt: prompt) else { throw ExitCode(130) }
            if phrase.isEmpty { return nil }
            do {
                return try CaseStore.open(directory: directory, key: .passphrase(phrase))
            } catch CaseStoreError.wrongKey {
                standardError(cli(CaseStoreError.wrongKey.key))
                prompt = cli("opslag.wachtwoord_opnieuw")
            } catch {
                throw failure(error)
            }
        }
        standardError(cli("opslag.te_vaak"))
        throw ExitCode(1)
    }

    private func create() throws -> CaseStore? {
        standardError(cli("opslag.nieuw", ["map": directory.path, "minimum": String(CaseStore.minimumPassphraseLength)]))
        while true {
            guard let first = Passphrase.read(prompt: cli("opslag.wachtwoord_nieuw")) else { throw ExitCode(130) }
            if first.isEmpty { return nil }
            guard first.count >= CaseStore.minimumPassphraseLength else {
                standardError(cli("opslag.fout.wachtwoord_kort", ["minimum": String(CaseStore.minimumPassphraseLength)]))
                continue
            }
            guard let second = Passphrase.read(prompt: cli("opslag.wachtwoord_nogmaals")) else { throw ExitCode(130) }
            guard first == second else {
                standardError(cli("opslag.wachtwoord_verschilt"))
                continue
            }
            return try storeCall { try CaseStore.open(directory: directory, key: .passphrase(first)) }
        }
    }
}

/// Runs a store operation; a failure becomes its Dutch message on standard
/// error and exit code 1. The messages name paths and case numbers only.
func storeCall<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw failure(error)
    }
}

func failure(_ error: Error) -> Error {
    if let exit = error as? ExitCode { return exit }
    if let stored = error as? CaseStoreError {
        standardError(cli(stored.key, stored.values))
    } else {
        standardError(cli("cli.fout.onverwacht", ["fout": String(describing: type(of: error))]))
    }
    return ExitCode(1)
}

extension CaseStore {
    /// A case by its number or the start of it (at least four characters),
    /// archived cases included.
    func resolve(_ text: String) throws -> CaseID {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        if let id = CaseID(wanted) {
            _ = try storeCall { try summary(of: id) }
            return id
        }
        let all = try storeCall { try cases(includeArchived: true) }
        let matches = wanted.count >= 4 ? all.filter { $0.id.rawValue.hasPrefix(wanted) } : []
        switch matches.count {
        case 1: return matches[0].id
        case 0: throw failure(CaseStoreError.caseNotFound(id: text))
        default:
            standardError(cli("cli.fout.casus_dubbelzinnig", ["id": text, "ids": matches.map(\.id.short).joined(separator: ", ")]))
            throw ExitCode(2)
        }
    }
}

extension CaseID {
    /// The first eight characters: what the case list shows and what is
    /// enough to type back (40 random bits).
    var short: String { String(rawValue.prefix(8)) }
}
