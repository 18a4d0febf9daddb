import Foundation

extension CaseStore {
    /// The store's directory: `--store DIR` (`explicit`), else
    /// MELDCODE_STORE, else $XDG_DATA_HOME/meldcode, else
    /// ~/.local/share/meldcode. Empty values count as not given, and a
    /// relative XDG_DATA_HOME is ignored, as the XDG base directory
    /// specification asks.
    public static func defaultDirectory(explicit: String? = nil,
                                        environment: [String: String] = ProcessInfo.processInfo.environment,
                                        home: String = NSHomeDirectory()) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit, isDirectory: true) }
        if let store = environment["MELDCODE_STORE"], !store.isEmpty {
            return URL(fileURLWithPath: store, isDirectory: true)
        }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("meldcode", isDirectory: true)
        }
        return URL(fileURLWithPath: home, isDirectory: true)
            .appendingPathComponent(".local/share/meldcode", isDirectory: true)
    }

    /// Whether `directory` already holds a store: a new one asks for its
    /// passphrase twice, an existing one once.
    public static func exists(in directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(fileName).path)
    }
}
