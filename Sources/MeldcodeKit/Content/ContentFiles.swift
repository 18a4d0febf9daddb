import Foundation
import MeldcodeData

/// The files of Dialogues/ and Localization/: those built into the program,
/// or an organisation's own copy in a directory.
public struct ContentFiles: Sendable {
    /// Relative path ("Dialogues/basismodel.yaml") -> text.
    public var files: [String: String] { didSet { isBuiltIn = false } }
    /// Where the files came from, for messages: nil when built in.
    public var directory: String?
    /// The copy built into the program, unchanged: what is read from it may
    /// be read once for the whole process.
    private(set) var isBuiltIn: Bool

    public init(files: [String: String], directory: String? = nil) {
        self.files = files
        self.directory = directory
        isBuiltIn = false
    }

    private init(builtIn files: [String: String]) {
        self.files = files
        directory = nil
        isBuiltIn = true
    }

    /// The copy built into the program.
    public static var embedded: ContentFiles { ContentFiles(builtIn: MeldcodeData.files) }

    /// Reads Dialogues/ and Localization/ under `directory`. Files that are
    /// not valid UTF-8 are reported, not skipped.
    public static func directory(_ directory: String) throws -> ContentFiles {
        let root = URL(fileURLWithPath: directory)
        var files: [String: String] = [:]
        var found = false
        for folder in ["Dialogues", "Localization"] {
            let base = root.appendingPathComponent(folder)
            // On Linux an enumerator is made even for a folder that is not
            // there, so ask first.
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base.path, isDirectory: &isFolder), isFolder.boolValue,
                  let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            found = true
            while let url = walker.nextObject() as? URL {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      !url.lastPathComponent.hasPrefix(".") else { continue }
                let relative = folder + "/" + url.standardizedFileURL.path.dropFirst(base.standardizedFileURL.path.count + 1)
                let data = try Data(contentsOf: url)
                guard let text = String(data: data, encoding: .utf8) else {
                    throw ContentProblem(file: relative, line: nil, key: "probleem.geen_utf8", values: [:])
                }
                files[relative] = text
            }
        }
        guard found else {
            throw ContentProblem(file: directory, line: nil, key: "probleem.geen_map", values: [:])
        }
        return ContentFiles(files: files, directory: directory)
    }

    func paths(under folder: String, suffix: String = ".yaml") -> [String] {
        files.keys.filter { $0.hasPrefix(folder + "/") && $0.hasSuffix(suffix) }.sorted()
    }
}
