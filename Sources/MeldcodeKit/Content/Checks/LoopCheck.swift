/// A conversation must always move on to a question or an end. Found here:
/// cycles of nodes that ask nothing (the engine would run round them for
/// ever), and nodes from which no `end` can be reached.
extension ContentCheck {
    func loops() -> [ContentProblem] {
        silentCycles() + deadEnds()
    }

    /// Dialogues that can run from start to end without asking anything,
    /// so that a call to them asks nothing either. Grown until stable,
    /// because a dialogue may call another.
    private func silentDialogues() -> Set<String> {
        var silent: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for dialogue in dialogues where !silent.contains(dialogue.id) {
                let passes = walk(dialogue, from: dialogue.start) { isSilent($0, given: silent) }
                if passes.contains(where: { if case .end = dialogue.nodes[$0]?.kind { true } else { false } }) {
                    silent.insert(dialogue.id)
                    changed = true
                }
            }
        }
        return silent
    }

    private func isSilent(_ node: DialogueNode, given silent: Set<String>) -> Bool {
        switch node.kind {
        case .ask: false
        case .call(let callee, _): silent.contains(callee)
        default: true
        }
    }

    /// Nodes reachable from `start` through nodes that pass `through`
    /// (the start included when it passes).
    private func walk(_ dialogue: Dialogue, from start: String, through: (DialogueNode) -> Bool) -> Set<String> {
        var seen: Set<String> = []
        var queue = [start]
        while let id = queue.popLast() {
            guard let node = dialogue.nodes[id], through(node), seen.insert(id).inserted else { continue }
            queue += node.targets
        }
        return seen
    }

    private func silentCycles() -> [ContentProblem] {
        let silent = silentDialogues()
        var found: [ContentProblem] = []
        for dialogue in dialogues {
            let pass = { (node: DialogueNode) in isSilent(node, given: silent) }
            // What each silent node leads to through silent nodes, one step or more.
            var ahead: [String: Set<String>] = [:]
            for node in nodes(of: dialogue) where pass(node) {
                ahead[node.id] = node.targets.reduce(into: Set<String>()) { $0.formUnion(walk(dialogue, from: $1, through: pass)) }
            }
            var reported: Set<String> = []
            for node in nodes(of: dialogue) where ahead[node.id]?.contains(node.id) == true && !reported.contains(node.id) {
                let cycle = dialogue.order.filter { ahead[$0]?.contains(node.id) == true && ahead[node.id]!.contains($0) }
                reported.formUnion(cycle)
                found.append(problem("probleem.kringloop", dialogue, node, ["id": node.id, "knopen": cycle.joined(separator: ", ")]))
            }
        }
        return found
    }

    /// Nodes from which no end of their dialogue can be reached. A call
    /// continues only if the called dialogue can end. Unknown targets count
    /// as ending: the loader reports them already.
    private func deadEnds() -> [ContentProblem] {
        var ends: Set<String> = []            // "dialogue\u{0}node" that can reach an end
        func key(_ d: String, _ n: String) -> String { d + "\u{0}" + n }
        func canEnd(_ dialogue: Dialogue, _ id: String) -> Bool {
            dialogue.nodes[id] == nil || ends.contains(key(dialogue.id, id))
        }
        var changed = true
        while changed {
            changed = false
            for dialogue in dialogues {
                for node in nodes(of: dialogue) where !ends.contains(key(dialogue.id, node.id)) {
                    let reaches: Bool
                    switch node.kind {
                    case .end: reaches = true
                    case .call(let callee, let next):
                        let calleeEnds = content.dialogues[callee].map { canEnd($0, $0.start) } ?? true
                        reaches = calleeEnds && canEnd(dialogue, next)
                    default: reaches = node.targets.contains { canEnd(dialogue, $0) }
                    }
                    if reaches {
                        ends.insert(key(dialogue.id, node.id))
                        changed = true
                    }
                }
            }
        }
        return dialogues.flatMap { dialogue in
            nodes(of: dialogue).filter { !canEnd(dialogue, $0.id) }.map {
                problem("probleem.geen_einde", dialogue, $0, ["id": $0.id])
            }
        }
    }
}
