/// Nodes no conversation can get to, and sub-dialogues no route uses: both
/// are usually a typo in a target or a call, and the text written for them
/// would never be shown.
extension ContentCheck {
    func reachability() -> [ContentProblem] {
        var found: [ContentProblem] = []
        // An unknown start is reported by the loader; every node would be
        // unreachable from it, which says nothing more.
        for dialogue in dialogues where dialogue.nodes[dialogue.start] != nil {
            let reached = reachable(in: dialogue, from: dialogue.start)
            for node in nodes(of: dialogue) where !reached.contains(node.id) {
                found.append(problem("probleem.onbereikbaar", dialogue, node, ["id": node.id, "start": dialogue.start]))
            }
        }
        let used = usedDialogues()
        for dialogue in dialogues where !used.contains(dialogue.id) {
            found.append(problem("probleem.nooit_aangeroepen", dialogue, nil, ["id": dialogue.id, "soort": dialogue.kind.rawValue]))
        }
        return found
    }

    /// Node ids reachable from `start` within one dialogue.
    func reachable(in dialogue: Dialogue, from start: String) -> Set<String> {
        var seen: Set<String> = []
        var queue = [start]
        while let id = queue.popLast() {
            guard let node = dialogue.nodes[id], seen.insert(id).inserted else { continue }
            queue += node.targets
        }
        return seen
    }

    /// Routes and checks run on their own; a sub-dialogue runs only when one
    /// of those (or a sub-dialogue they use) calls it or names it for emergencies.
    private func usedDialogues() -> Set<String> {
        var used = Set(dialogues.filter { $0.kind != .sub }.map(\.id))
        var queue = Array(used)
        while let id = queue.popLast() {
            guard let dialogue = content.dialogues[id] else { continue }
            var callees = dialogue.emergency.map { [$0] } ?? []
            for node in nodes(of: dialogue) {
                if case .call(let callee, _) = node.kind { callees.append(callee) }
            }
            for callee in callees where used.insert(callee).inserted {
                queue.append(callee)
            }
        }
        return used
    }
}
