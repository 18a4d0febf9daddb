import DutchText
import Foundation

/// A route drawn as a flowchart, so an organisation's reviewer sees at a
/// glance where every answer leads: each node a box with its id and a short
/// text, each edge labelled with the answer or condition that takes it, and
/// every dialogue the route calls drawn as its own group. Pure: the same
/// content gives the same text.
public struct FlowGraph: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case mermaid, dot
    }

    /// One node as drawn: its kind decides the shape.
    struct Box: Sendable {
        var id: String
        var kind: String
        var lines: [String]
    }

    /// The nodes of one dialogue.
    struct Group: Sendable {
        var id: String
        var title: String
        var boxes: [Box]
    }

    struct Edge: Sendable {
        var from: String
        var to: String
        var label: String?
    }

    let title: String
    /// The route first, then each dialogue it calls, in the order first called.
    let groups: [Group]
    let edges: [Edge]

    /// Nil when there is no such route or check.
    public init?(content: Content, route: String) {
        guard let root = content.dialogues[route], root.kind != .sub else { return nil }
        let words = GraphWords(texts: content.texts)
        var order = [root]
        var index = 0
        while index < order.count {
            for node in order[index].order.compactMap({ order[index].nodes[$0] }) {
                if case .call(let callee, _) = node.kind, let sub = content.dialogues[callee], !order.contains(where: { $0.id == callee }) {
                    order.append(sub)
                }
            }
            index += 1
        }
        title = words.dialogue(route)
        groups = order.map { dialogue in
            Group(id: dialogue.id, title: words.dialogue(dialogue.id),
                  boxes: dialogue.order.compactMap { dialogue.nodes[$0] }.map { words.box($0) })
        }
        var edges: [Edge] = []
        for dialogue in order {
            for node in dialogue.order.compactMap({ dialogue.nodes[$0] }) {
                edges += Self.edges(of: node, content: content, words: words)
            }
        }
        self.edges = edges
    }

    public func render(_ format: Format) -> String {
        switch format {
        case .mermaid: mermaid()
        case .dot: dot()
        }
    }

    /// Where each node leads. Answers that lead to the same node share one
    /// edge, so a reviewer sees "nee / twijfel" rather than two arrows.
    private static func edges(of node: DialogueNode, content: Content, words: GraphWords) -> [Edge] {
        var labelled: [(target: String, label: String?)] = []
        switch node.kind {
        case .say(let next), .decide(_, let next):
            labelled = [(next, words.then)]
        case .ask(let ask):
            switch ask.expects {
            case .yesNo, .roles:
                labelled = [Polarity.yes, .no, .unsure].compactMap { answer in ask.on[answer].map { ($0, words.answer(answer.rawValue)) } }
            case .choice:
                labelled = ask.options.map { ($0.target, $0.id) }
            case .text, .age:
                labelled = ask.next.map { [($0, words.then)] } ?? []
            }
        case .branch(let cases, let otherwise):
            labelled = cases.map { ($0.target, words.condition($0.condition)) } + [(otherwise, words.otherwise)]
        case .call(let callee, let next):
            guard let sub = content.dialogues[callee] else { return [Edge(from: node.id, to: next, label: words.then)] }
            let ends = sub.order.filter { if case .end = sub.nodes[$0]?.kind { true } else { false } }
            return [Edge(from: node.id, to: sub.start, label: nil)]
                + ends.map { Edge(from: $0, to: next, label: words.back) }
        case .end:
            return []
        }
        var merged: [(target: String, labels: [String])] = []
        for (target, label) in labelled {
            if let at = merged.firstIndex(where: { $0.target == target }) {
                if let label { merged[at].labels.append(label) }
            } else {
                merged.append((target, label.map { [$0] } ?? []))
            }
        }
        return merged.map { Edge(from: node.id, to: $0.target, label: $0.labels.isEmpty ? nil : $0.labels.joined(separator: " / ")) }
    }
}
