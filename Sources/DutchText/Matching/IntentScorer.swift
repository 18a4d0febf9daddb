import Foundation

/// A learned second opinion on an answer: TF-IDF over word 1- and 2-grams and
/// a multinomial logistic regression, trained on labelled answers
/// (Localization/<taal>/intent-scorer.tsv, written by
/// Tests/MeldcodeKitTests/Intents/train_scorer.py). It reproduces
/// scikit-learn's word analyzer exactly, so that the weights mean here what
/// they meant in training: lowercase, tokens are runs of two or more word
/// characters (letters, numbers, "_"), 1-grams and 2-grams joined by one
/// space, tf = 1 + ln(count), times idf, l2-normalised.
public struct IntentScorer: Sendable {
    /// The intent of each column.
    public let labels: [Intent]
    /// The matcher follows the scorer only at or above this probability.
    public let threshold: Double
    /// Question ids it was trained on; other questions are left to the rules.
    public let questions: Set<String>
    /// How many answers it was trained on, and the FNV-1a hash of that file.
    public let trainedOn: (count: Int, hash: UInt64)
    /// FNV-1a hash of a term's UTF-8 -> its row.
    private let rows: HashIndex
    private let idf: [Double]
    /// Row-major: term × label.
    private let weights: [Double]
    private let intercept: [Double]

    /// What is wrong with a model file: a line and a text key of
    /// Localization/<taal>/interface-validate.yaml with its values.
    public struct Problem: Error, Equatable, Sendable {
        public var line: Int
        public var key: String
        public var values: [String: String]
    }

    public init(tsv: String) throws(Problem) {
        var model = Parsed()
        var problem: Problem?
        // Read as bytes in place, a line at a time: the file has some 250,000
        // numbers, and the program starts with it.
        var text = tsv
        text.withUTF8 { bytes in
            do throws(Problem) { try Self.parse(bytes, into: &model) } catch { problem = error }
        }
        if let problem { throw problem }
        guard let threshold = model.threshold, let trainedOn = model.trainedOn, !model.labels.isEmpty, !model.idf.isEmpty else {
            throw Problem(line: model.lines, key: "probleem.scorer_onvolledig", values: [:])
        }
        labels = model.labels
        self.threshold = threshold
        questions = model.questions
        self.trainedOn = trainedOn
        rows = HashIndex(model.rows)
        idf = model.idf
        weights = model.weights
        intercept = model.intercept
    }

    /// A model file as it is read.
    private struct Parsed {
        var labels: [Intent] = []
        var threshold: Double?
        var questions: Set<String> = []
        var trainedOn: (Int, UInt64)?
        var intercept: [Double] = []
        var rows: [UInt64: Int32] = [:]
        var idf: [Double] = []
        var weights: [Double] = []
        /// Lines read so far.
        var lines = 0
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, into model: inout Parsed) throws(Problem) {
        // About one row per line.
        let lines = bytes.reduce(into: 0) { count, byte in if byte == 0x0A { count += 1 } }
        model.rows.reserveCapacity(lines)
        model.idf.reserveCapacity(lines)
        model.weights.reserveCapacity(lines * 9)
        /// Where each field of the line starts, and one past the line's end.
        var starts: [Int] = []
        var start = 0
        while start < bytes.count {
            model.lines += 1
            let number = model.lines
            starts.removeAll(keepingCapacity: true)
            starts.append(start)
            var end = start
            while end < bytes.count, bytes[end] != 0x0A {
                if bytes[end] == 0x09 { starts.append(end + 1) }
                end += 1
            }
            starts.append(end + 1)
            defer { start = end + 1 }
            if end == start || bytes[start] == UInt8(ascii: "#") { continue }
            let count = starts.count - 1
            func field(_ i: Int) -> Slice<UnsafeBufferPointer<UInt8>> { bytes[starts[i]..<(starts[i + 1] - 1)] }
            func text(_ i: Int) -> String { String(decoding: field(i), as: UTF8.self) }
            func numbers() throws(Problem) -> [Double] {
                var out: [Double] = []
                for i in 1..<count {
                    guard let value = decimal(field(i)) else {
                        throw Problem(line: number, key: "probleem.scorer_getal", values: ["waarde": text(i)])
                    }
                    out.append(value)
                }
                return out
            }
            switch header(field(0)) {
            case "dev":
                guard count == 3, let answers = Int(text(1)), let hash = UInt64(text(2), radix: 16) else {
                    throw Problem(line: number, key: "probleem.scorer_dev", values: [:])
                }
                model.trainedOn = (answers, hash)
            case "threshold":
                let values = try numbers()
                guard values.count == 1, (0...1).contains(values[0]) else { throw Problem(line: number, key: "probleem.scorer_drempel", values: [:]) }
                model.threshold = values[0]
            case "questions":
                model.questions = Set((1..<count).map(text))
            case "labels":
                for i in 1..<count {
                    guard let intent = Intent(rawValue: text(i)) else { throw Problem(line: number, key: "probleem.scorer_intentie", values: ["waarde": text(i)]) }
                    model.labels.append(intent)
                }
            case "intercept":
                model.intercept = try numbers()
            default:
                let labels = model.labels.count
                guard labels > 0, model.intercept.count == labels else {
                    throw Problem(line: number, key: "probleem.scorer_volgorde", values: [:])
                }
                guard count == labels + 2 else {
                    throw Problem(line: number, key: "probleem.scorer_velden",
                                  values: ["verwacht": String(labels + 2), "gevonden": String(count)])
                }
                guard model.rows.updateValue(Int32(model.idf.count), forKey: FNV1a.hash(field(0))) == nil else {
                    throw Problem(line: number, key: "probleem.scorer_dubbel", values: ["waarde": text(0)])
                }
                for i in 1..<count {
                    guard let value = decimal(field(i)) else {
                        throw Problem(line: number, key: "probleem.scorer_getal", values: ["waarde": text(i)])
                    }
                    if i == 1 { model.idf.append(value) } else { model.weights.append(value) }
                }
            }
        }
    }

    /// The name of a line that is not a term's row ("dev", "labels"...), or
    /// nil: only short first fields are made into text.
    private static func header(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> String? {
        guard field.count <= 9, let first = field.first,
              [UInt8(ascii: "d"), UInt8(ascii: "t"), UInt8(ascii: "q"), UInt8(ascii: "l"), UInt8(ascii: "i")].contains(first) else { return nil }
        return String(decoding: field, as: UTF8.self)
    }

    /// A decimal as the trainer writes it ("-0.0020279", "9.7895", "1.2e-05"):
    /// the digits as a whole number, scaled by a power of ten, which is exact
    /// for the five significant digits written and so equal to Python's float().
    static func decimal(_ field: Slice<UnsafeBufferPointer<UInt8>>) -> Double? {
        var i = field.startIndex
        var negative = false
        if i < field.endIndex, field[i] == UInt8(ascii: "-") || field[i] == UInt8(ascii: "+") {
            negative = field[i] == UInt8(ascii: "-")
            i += 1
        }
        var mantissa: UInt64 = 0, digits = 0, scale = 0, seenPoint = false
        while i < field.endIndex {
            let c = field[i]
            if c >= 0x30 && c <= 0x39 {
                guard digits < 18 else { return nil }
                if mantissa > 0 || c != 0x30 { digits += 1 }
                mantissa = mantissa * 10 + UInt64(c - 0x30)
                if seenPoint { scale -= 1 }
            } else if c == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else {
                break
            }
            i += 1
        }
        guard i > field.startIndex, field[field.startIndex..<i].contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if i < field.endIndex {
            guard field[i] == UInt8(ascii: "e") || field[i] == UInt8(ascii: "E") else { return nil }
            i += 1
            var exponentNegative = false
            if i < field.endIndex, field[i] == UInt8(ascii: "-") || field[i] == UInt8(ascii: "+") {
                exponentNegative = field[i] == UInt8(ascii: "-")
                i += 1
            }
            guard i < field.endIndex else { return nil }
            var exponent = 0
            while i < field.endIndex {
                let c = field[i]
                guard c >= 0x30 && c <= 0x39, exponent < 1000 else { return nil }
                exponent = exponent * 10 + Int(c - 0x30)
                i += 1
            }
            scale += exponentNegative ? -exponent : exponent
        }
        guard abs(scale) <= 22 else { return nil }
        var value = Double(mantissa)
        let power = Self.powers[abs(scale)]
        value = scale < 0 ? value / power : value * power
        return negative ? -value : value
    }

    /// 10^0 ... 10^22, each exact.
    private static let powers: [Double] = {
        var out = [1.0]
        for _ in 1...22 { out.append(out[out.count - 1] * 10) }
        return out
    }()

    /// The most probable intent and its probability, for a question it knows
    /// and a text with at least one term it knows: without one it has nothing
    /// to go on but the question ("jadatdenkikwel" is not therefore unclear).
    /// `known`: the share of the text's words it knows ("neeniet gedaan" is
    /// read from "gedaan" alone: 0.5).
    public func score(_ text: String, question: String) -> (intent: Intent, probability: Double, known: Double)? {
        guard questions.contains(question) else { return nil }
        let (p, reader) = read(text, question: question)
        guard reader.knownWordsOfText > 0 else { return nil }
        guard let best = p.indices.max(by: { p[$0] < p[$1] }) else { return nil }
        return (labels[best], p[best], Double(reader.knownWordsOfText) / Double(reader.wordsOfText))
    }

    /// One probability per label, in the order of `labels`.
    public func probabilities(_ text: String, question: String) -> [Double] {
        read(text, question: question).probabilities
    }

    private func read(_ text: String, question: String) -> (probabilities: [Double], reader: TermReader) {
        var reader = TermReader(rows: rows)
        // "__q_afweging_2__ " + text, lowercased scalar by scalar as Python's str.lower.
        // (Question ids are ASCII.)
        for byte in "__q_".utf8 { reader.readASCII(byte) }
        for byte in question.utf8 { reader.readASCII(byte == UInt8(ascii: ".") ? UInt8(ascii: "_") : byte) }
        for byte in "__ ".utf8 { reader.readASCII(byte) }
        reader.inText = true
        // Byte by byte while the text is ASCII (nearly always); scalar by
        // scalar from the first other byte on.
        // (On the buffer: a view dropped one byte at a time retained and
        // released the string at every byte.)
        var text = text
        var ascii = 0
        text.withUTF8 { bytes in
            for byte in bytes {
                guard byte < 0x80 else { break }
                reader.readASCII(byte)
                ascii += 1
            }
        }
        if ascii < text.utf8.count {
            for scalar in text[text.utf8.index(text.utf8.startIndex, offsetBy: ascii)...].unicodeScalars {
                if scalar.isASCII {
                    reader.readASCII(UInt8(scalar.value))
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { reader.read(lower) }
                }
            }
        }
        reader.endToken()
        return (softmax(reader.found), reader)
    }

    /// Finds the known terms of a text. The hashes of a token and of the
    /// 2-gram ending in it are built byte by byte as the text is read: no
    /// strings are made per answer.
    private struct TermReader {
        let rows: HashIndex
        var found: [(row: Int32, count: Int32)] = []
        /// Hash of the last token, if any, and whether it is a term.
        var previous: UInt64?
        var previousKnown = false
        /// Hash of the token being read, and of "previous token" + it.
        var token = FNV1a.basis
        var pair: UInt64 = 0
        /// Its length in scalars.
        var length = 0
        /// Past the question's token: counting the text's known words.
        var inText = false
        var knownWordsOfText = 0
        var wordsOfText = 0

        init(rows: HashIndex) {
            self.rows = rows
            found.reserveCapacity(32)
        }

        /// An ASCII byte: lowercased, and a word character or not.
        @inline(__always)
        mutating func readASCII(_ byte: UInt8) {
            let lower = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
            if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) || lower == 0x5F {
                if length == 0 { startToken() }
                token = FNV1a.step(token, UInt64(lower))
                pair = FNV1a.step(pair, UInt64(lower))
                length += 1
            } else if length > 0 {
                endToken()
            }
        }

        @inline(__always)
        private mutating func startToken() {
            token = FNV1a.basis
            if let previous { pair = FNV1a.step(previous, 0x20) }
        }

        @inline(__always)
        mutating func read(_ scalar: Unicode.Scalar) {
            if IntentScorer.isWordCharacter(scalar) {
                if length == 0 { startToken() }
                UTF8.encode(scalar) { byte in
                    token = FNV1a.step(token, UInt64(byte))
                    pair = FNV1a.step(pair, UInt64(byte))
                }
                length += 1
            } else if length > 0 {
                endToken()
            }
        }

        /// A token is two or more word characters.
        mutating func endToken() {
            if length >= 2 {
                // A 2-gram occurs in no more answers than each of its words,
                // so with a minimum document frequency it can only be a term
                // when both words are.
                let known = add(token)
                if inText {
                    wordsOfText += 1
                    if known { knownWordsOfText += 1 }
                }
                if previous != nil, known, previousKnown { add(pair) }
                previous = token
                previousKnown = known
            }
            length = 0
        }

        @discardableResult
        private mutating func add(_ hash: UInt64) -> Bool {
            guard let row = rows[hash] else { return false }
            for i in found.indices where found[i].row == row {
                found[i].count += 1
                return true
            }
            found.append((row, 1))
            return true
        }
    }

    /// Python's `\w`: a letter (Lu, Ll, Lt, Lm, Lo), anything numeric, or "_".
    @inline(__always)
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) || v == 0x5F
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return scalar.properties.numericType != nil
        }
    }

    /// tf = 1 + ln(count), times idf, l2-normalised; then the regression.
    private func softmax(_ found: [(row: Int32, count: Int32)]) -> [Double] {
        let k = labels.count
        func value(_ entry: (row: Int32, count: Int32)) -> Double {
            (entry.count == 1 ? 1 : 1 + log(Double(entry.count))) * idf[Int(entry.row)]
        }
        var squares = 0.0
        for entry in found {
            let v = value(entry)
            squares += v * v
        }
        let scale = squares > 0 ? 1 / squares.squareRoot() : 0
        var scores = intercept
        weights.withUnsafeBufferPointer { w in
            scores.withUnsafeMutableBufferPointer { out in
                for entry in found {
                    let base = Int(entry.row) * k, v = value(entry) * scale
                    for j in 0..<k { out[j] += w[base + j] * v }
                }
                let top = out.max() ?? 0
                var total = 0.0
                for j in 0..<k {
                    out[j] = exp(out[j] - top)
                    total += out[j]
                }
                for j in 0..<k { out[j] /= total }
            }
        }
        return scores
    }

    /// Open addressing on the term hashes, which are spread well already.
    /// Each slot is one word: the hash's upper 32 bits beside the row + 1
    /// (0 is empty), so that the table (256 KB for 13,000 terms) stays in the
    /// processor's cache. A text's term that is not in the model matches a
    /// model term only if both the slot and 32 more bits of the hash agree.
    struct HashIndex: Sendable {
        // (A constant, read by plain subscript: a closure over the buffer
        // retained and released the array at every probe.)
        private let slots: [UInt64]
        private let mask: Int

        init(_ entries: [UInt64: Int32]) {
            var size = 16
            while size < entries.count * 2 { size *= 2 }
            var table = [UInt64](repeating: 0, count: size)
            mask = size - 1
            for (key, row) in entries {
                var i = Int(truncatingIfNeeded: key) & mask
                while table[i] != 0 { i = (i + 1) & mask }
                table[i] = (key & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(row) + 1)
            }
            slots = table
        }

        @inline(__always)
        subscript(key: UInt64) -> Int32? {
            let tag = key & 0xFFFF_FFFF_0000_0000
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let slot = slots[i]
                if slot == 0 { return nil }
                if slot & 0xFFFF_FFFF_0000_0000 == tag { return Int32(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1 }
                i = (i + 1) & mask
            }
        }
    }
}
