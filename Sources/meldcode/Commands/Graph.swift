import ArgumentParser
import MeldcodeKit

extension FlowGraph.Format: ExpressibleByArgument {}

/// A route as a flowchart, for reviewing an organisation's dialogues.
struct Graph: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "graph", abstract: cli("cli.graph.abstract"), discussion: cli("cli.graph.discussion"))
    }

    @OptionGroup var source: ContentOptions

    @Option(help: ArgumentHelp(cli("cli.optie.route"), valueName: "route"))
    var route = "basismodel"

    @Option(help: ArgumentHelp(cli("cli.optie.format"), valueName: "mermaid|dot"))
    var format: FlowGraph.Format = .mermaid

    func run() throws {
        let content = try source.load()
        guard let graph = FlowGraph(content: content, route: route) else {
            let runnable = content.dialogues.values.filter { $0.kind != .sub }.map(\.id).sorted()
            standardError(cli("cli.fout.route", ["route": route, "routes": runnable.joined(separator: ", ")]))
            throw ExitCode(2)
        }
        print(graph.render(format), terminator: "")
    }
}
