/// Cleans what the professional typed before it is stored or echoed: control
/// characters and terminal escape sequences are removed (a pasted escape
/// sequence must not change the terminal or the dossier), invalid bytes were
/// already replaced when the line was decoded, and surrounding space trimmed.
public enum InputText {
    public static func clean(_ raw: String) -> String {
        // Printable ASCII needs only trimming.
        if raw.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return raw.trimmingSpaces() }
        var out = String.UnicodeScalarView()
        var scalars = raw.unicodeScalars.makeIterator()
        var pendingSpace = false
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                // ESC: drop the whole sequence (CSI "ESC [ ... final", OSC
                // "ESC ] ... BEL or ESC \\", or a two-character escape).
                skipEscape(&scalars)
            case 0x9B:
                skipCSI(&scalars)
            case 0x09, 0x0A, 0x0D:
                pendingSpace = true
            case 0x00..<0x20, 0x7F, 0x80..<0xA0:
                continue
            default:
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out).trimmingSpaces()
    }

    private static func skipEscape(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[": skipCSI(&scalars)
        case "]", "P", "X", "^", "_":
            // String sequences end with BEL or ESC \.
            while let s = scalars.next() {
                if s.value == 0x07 { return }
                if s.value == 0x1B { _ = scalars.next(); return }
            }
        default:
            return
        }
    }

    private static func skipCSI(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let s = scalars.next() {
            if (0x40...0x7E).contains(s.value) { return }
        }
    }
}

extension String {
    func trimmingSpaces() -> String {
        // Mostly nothing to trim: a text that starts and ends with a visible
        // ASCII character is returned as it is.
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) { return self }
        var view = Substring(self)
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
