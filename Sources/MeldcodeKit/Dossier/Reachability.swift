import Foundation

/// Which nodes can still come, from where the conversation stands.
struct Reachability {
    let content: Content

    /// Steps of the nodes reachable from the frames, top frame first; when a
    /// frame can end, its caller's continuation counts too.
    func steps(from stack: [Frame]) -> Set<String> {
        var steps: Set<String> = []
        for frame in stack.reversed() {
            let (found, canEnd) = walk(dialogue: frame.dialogue, from: frame.node)
            steps.formUnion(found)
            if !canEnd { break }
        }
        return steps
    }

    private func walk(dialogue id: String, from start: String) -> (Set<String>, Bool) {
        guard let dialogue = content.dialogues[id] else { return ([], false) }
        var seen: Set<String> = []
        var queue = [start]
        var steps: Set<String> = []
        var canEnd = false
        while let nodeID = queue.popLast() {
            guard seen.insert(nodeID).inserted, let node = dialogue.nodes[nodeID] else { continue }
            if let step = node.step { steps.insert(step) }
            if case .end = node.kind { canEnd = true }
            if case .call(let callee, _) = node.kind, let sub = content.dialogues[callee] {
                steps.formUnion(sub.steps)
            }
            queue += node.targets
        }
        return (steps, canEnd)
    }
}
