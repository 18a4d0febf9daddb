import Foundation

/// Every question, statement, branch, decision and outcome says where the
/// meldcode asks for it (`waarom?` shows it), and names a document of
/// Dialogues/sources.yaml.
extension ContentCheck {
    func sources() -> [ContentProblem] {
        var found: [ContentProblem] = []
        for dialogue in dialogues {
            found += unknownDocuments(dialogue.source, dialogue, nil, id: dialogue.id)
            for node in nodes(of: dialogue) {
                if Self.needsSource(node), node.source?.trimmingCharacters(in: .whitespaces).isEmpty ?? true {
                    found.append(problem("probleem.bron_ontbreekt", dialogue, node, ["id": node.id]))
                }
                found += unknownDocuments(node.source, dialogue, node, id: node.id)
            }
        }
        return found
    }

    static func needsSource(_ node: DialogueNode) -> Bool {
        switch node.kind {
        case .ask, .say, .branch, .decide: true
        case .end(let outcome): outcome != nil
        case .call: false
        }
    }

    /// "003: stap 1; 001: stap 5" names the documents 003 and 001; a part
    /// without a colon is a document id on its own.
    static func documents(_ source: String) -> [String] {
        source.split(separator: ";", omittingEmptySubsequences: false).map { part in
            let id = part.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            return id.trimmingCharacters(in: .whitespaces)
        }
    }

    private func unknownDocuments(_ source: String?, _ dialogue: Dialogue, _ node: DialogueNode?, id: String) -> [ContentProblem] {
        guard let source, !source.trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        return Self.documents(source).filter { content.sources[$0] == nil }.map {
            problem("probleem.onbekende_bron", dialogue, node, ["id": id, "bron": $0])
        }
    }
}
