import Foundation
import PackagePlugin

/// Compiles Dialogues/ and Localization/ into the MeldcodeData module, so the
/// executable carries its own content and works when copied elsewhere.
@main
struct EmbedPlugin: BuildToolPlugin {
    static let folders = ["Dialogues", "Localization"]

    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        var inputs: [URL] = []
        for folder in Self.folders {
            let url = root.appending(path: folder)
            inputs.append(url)
            let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)
            while let file = walker?.nextObject() as? URL {
                inputs.append(file)
            }
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding Dialogues and Localization",
                executable: try context.tool(named: "EmbedTool").url,
                // The tool walks the folders itself: a file list passed here
                // would miss files added after the plugin last ran.
                arguments: [output.path, root.path] + Self.folders,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
