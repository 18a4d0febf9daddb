/// Dutch stemmer: the Snowball "dutch" algorithm, which since Snowball 3 is the
/// Kraaij-Pohlmann stemmer, matching Snowball 3.0.1 output exactly.
public struct DutchStemmer: Sendable {
    public init() {}

    /// Stems one lowercase Dutch word (letters may carry diacritics, as the reference accepts them).
    public func stem(_ word: String) -> String {
        let byteCount = word.utf8.count
        if byteCount == 0 { return word }
        // Every scalar takes at least one UTF-8 byte, and the algorithm grows a
        // word by at most a few scalars, so this capacity is always enough.
        let capacity = byteCount + 8
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: capacity) { buffer in
            let base = buffer.baseAddress!
            var count = 0
            for scalar in word.unicodeScalars {
                (base + count).initialize(to: scalar)
                count += 1
            }
            var work = StemWord(base: base, count: count)
            work.run()
            if !work.modified { return word }
            return work.makeString()
        }
    }
}

// MARK: - Letter classes

/// Bit flags for the letter groups the algorithm distinguishes.
enum DutchLetter {
    /// a e i o u y and their accented forms.
    static let vowel: UInt8 = 1 << 0
    /// a e i o u and their accented forms (no y).
    static let aeiou: UInt8 = 1 << 1
    /// a i o u and their accented forms.
    static let aiou: UInt8 = 1 << 2
    /// e ë é è ê.
    static let e: UInt8 = 1 << 3
    /// w and x, which count with the vowels when deciding whether to lengthen.
    static let wx: UInt8 = 1 << 4
    /// Vowels that are doubled by lengthening under the simple rule (a, o, u families).
    static let doublesPlain: UInt8 = 1 << 5
    /// Vowels that are doubled by lengthening under the e rule (e é è ê).
    static let doublesE: UInt8 = 1 << 6

    @inline(__always)
    static func flags(_ c: Unicode.Scalar) -> UInt8 {
        switch c.value {
        case 0x61, 0xE0, 0xE1, 0xE2, 0xE4,  // a à á â ä
             0x6F, 0xF2, 0xF3, 0xF4, 0xF6,  // o ò ó ô ö
             0x75, 0xF9, 0xFA, 0xFB, 0xFC:  // u ù ú û ü
            return vowel | aeiou | aiou | doublesPlain
        case 0x69, 0xEC, 0xED, 0xEE, 0xEF:  // i ì í î ï
            return vowel | aeiou | aiou
        case 0x65, 0xE8, 0xE9, 0xEA:  // e è é ê
            return vowel | aeiou | e | doublesE
        case 0xEB:  // ë
            return vowel | aeiou | e
        case 0x79:  // y
            return vowel
        case 0x77, 0x78:  // w x
            return wx
        default:
            return 0
        }
    }
}

// MARK: - Working buffer

/// A word being stemmed, held as Unicode scalars in caller-provided storage.
/// Positions are absolute indices; `p1`/`p2` are the starts of regions R1/R2.
struct StemWord {
    let s: UnsafeMutablePointer<Unicode.Scalar>
    var n: Int
    var p1 = 0
    var p2 = 0
    var modified = false

    init(base: UnsafeMutablePointer<Unicode.Scalar>, count: Int) {
        s = base
        n = count
    }

    // MARK: Character tests

    @inline(__always)
    func flags(at i: Int) -> UInt8 { DutchLetter.flags(s[i]) }

    /// The scalar at `i` exists and is a vowel.
    @inline(__always)
    func isVowel(at i: Int) -> Bool {
        i >= 0 && i < n && flags(at: i) & DutchLetter.vowel != 0
    }

    /// The scalar at `i` exists and is not a vowel.
    @inline(__always)
    func isNonVowel(at i: Int) -> Bool {
        i >= 0 && i < n && flags(at: i) & DutchLetter.vowel == 0
    }

    /// `lit` (ASCII) occurs at `start`.
    @inline(__always)
    func has(_ lit: StaticString, at start: Int) -> Bool {
        let len = lit.utf8CodeUnitCount
        guard start >= 0, start + len <= n else { return false }
        let bytes = lit.utf8Start
        for k in 0..<len where s[start + k].value != UInt32(bytes[k]) {
            return false
        }
        return true
    }

    /// `lit` (ASCII) occurs ending just before `end`.
    @inline(__always)
    func has(_ lit: StaticString, endingAt end: Int) -> Bool {
        has(lit, at: end - lit.utf8CodeUnitCount)
    }

    @inline(__always)
    func hasSuffix(_ lit: StaticString) -> Bool { has(lit, endingAt: n) }

    /// Scalar at `i`, or NUL when outside the word.
    @inline(__always)
    func char(_ i: Int) -> Unicode.Scalar { i >= 0 && i < n ? s[i] : "\0" }

    @inline(__always)
    func inR1(_ pos: Int) -> Bool { p1 <= pos }

    @inline(__always)
    func inR2(_ pos: Int) -> Bool { p2 <= pos }

    /// What precedes `pos` is a vowel or the digraph "ij".
    @inline(__always)
    func vowelBefore(_ pos: Int) -> Bool {
        isVowel(at: pos - 1) || has("ij", endingAt: pos)
    }

    /// What precedes `pos` is a consonant, not the "j" of "ij".
    @inline(__always)
    func consonantBefore(_ pos: Int) -> Bool {
        !has("ij", endingAt: pos) && isNonVowel(at: pos - 1)
    }

    /// Skipping the scalar just before `pos`, a vowel or "ij" comes before that.
    @inline(__always)
    func vowelBeforeSkippingOne(_ pos: Int) -> Bool {
        pos > 0 && vowelBefore(pos - 1)
    }

    // MARK: Edits

    @inline(__always)
    mutating func truncate(_ newCount: Int) {
        n = newCount
        modified = true
    }

    /// Replaces everything from `start` to the end with `lit` (ASCII).
    @inline(__always)
    mutating func replaceTail(from start: Int, with lit: StaticString) {
        let len = lit.utf8CodeUnitCount
        let bytes = lit.utf8Start
        for k in 0..<len {
            s[start + k] = Unicode.Scalar(bytes[k])
        }
        n = start + len
        modified = true
    }

    @inline(__always)
    mutating func set(_ i: Int, _ c: Unicode.Scalar) {
        s[i] = c
        modified = true
    }

    mutating func insert(_ c: Unicode.Scalar, at i: Int) {
        var k = n
        while k > i {
            s[k] = s[k - 1]
            k -= 1
        }
        s[i] = c
        n += 1
        modified = true
    }

    mutating func remove(at i: Int, count: Int) {
        var k = i
        while k + count < n {
            s[k] = s[k + count]
            k += 1
        }
        n -= count
        modified = true
    }

    // MARK: Output

    func makeString() -> String {
        String(unsafeUninitializedCapacity: n * 4) { out in
            var j = 0
            for i in 0..<n {
                let v = s[i].value
                if v < 0x80 {
                    out[j] = UInt8(v)
                    j += 1
                } else if v < 0x800 {
                    out[j] = UInt8(0xC0 | (v >> 6))
                    out[j + 1] = UInt8(0x80 | (v & 0x3F))
                    j += 2
                } else if v < 0x10000 {
                    out[j] = UInt8(0xE0 | (v >> 12))
                    out[j + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[j + 2] = UInt8(0x80 | (v & 0x3F))
                    j += 3
                } else {
                    out[j] = UInt8(0xF0 | (v >> 18))
                    out[j + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    out[j + 2] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    out[j + 3] = UInt8(0x80 | (v & 0x3F))
                    j += 4
                }
            }
            return j
        }
    }
}

// MARK: - The algorithm

extension StemWord {
    mutating func run() {
        computeRegions()
        var stemmed = false
        if removeInflection() { stemmed = true }
        if removeDiminutiveOrAdjectiveEnding() { stemmed = true }
        if removeDerivationalSuffix() { stemmed = true }
        if removeAdjectivalSuffix() { stemmed = true }
        if removeGePrefix() {
            stemmed = true
            _ = removeParticipleEnding()
        }
        if removeGeInfix() {
            stemmed = true
            _ = removeParticipleEnding()
        }
        if simplifyFinalCluster() { stemmed = true }
        if stemmed { _ = undoubleFinalConsonant() }
    }

    // MARK: Regions

    /// Start of the region after the first vowel group and the consonant
    /// following it, searching from `start`; nil if there is none.
    func regionStart(from start: Int) -> Int? {
        var i = start
        while i < n && flags(at: i) & DutchLetter.vowel == 0 { i += 1 }
        if i >= n { return nil }
        i = endOfVowelRun(from: i)
        return i < n ? i + 1 : nil
    }

    /// Index after the run of vowels (with "ij" counted as one) starting at `i`.
    @inline(__always)
    func endOfVowelRun(from start: Int) -> Int {
        var i = start
        while i < n {
            if s[i] == "i" && i + 1 < n && s[i + 1] == "j" {
                i += 2
            } else if flags(at: i) & DutchLetter.vowel != 0 {
                i += 1
            } else {
                break
            }
        }
        return i
    }

    mutating func computeRegions() {
        p1 = n
        p2 = n
        guard let r1 = regionStart(from: 0) else { return }
        p1 = r1
        guard let r2 = regionStart(from: r1) else { return }
        p2 = r2
    }

    // MARK: Vowel lengthening

    /// After a suffix is removed, restores a long vowel that became written
    /// short in an open syllable (mak -> maak), or rewrites a final "eë"/"ië".
    mutating func lengthenVowel() {
        let end = n
        guard end >= 1,
              flags(at: end - 1) & (DutchLetter.vowel | DutchLetter.wx) == 0
        else { return }
        let consonant = end - 1

        if consonant >= 1 && s[consonant - 1] == "ë" {
            guard consonant >= 2 else { return }
            switch s[consonant - 2] {
            case "e":
                insert("e", at: consonant)
            case "i":
                set(consonant - 1, "e")
                insert("e", at: consonant)
            default:
                break
            }
            return
        }

        guard consonant >= 1 else { return }
        let v = consonant - 1
        let vowel = s[v]
        let f = flags(at: v)

        if f & DutchLetter.doublesPlain != 0 {
            if v == 0 || flags(at: v - 1) & DutchLetter.aeiou == 0 {
                insert(vowel, at: v)
            }
        } else if f & DutchLetter.doublesE != 0 {
            if v > 0 {
                if flags(at: v - 1) & DutchLetter.aeiou != 0 { return }
                // `q` is the position just before the consonant preceding the vowel.
                let q = v - 1
                if q >= 1 {
                    let g = flags(at: q - 1)
                    if g & DutchLetter.aiou != 0 { return }
                    if g & DutchLetter.e != 0 && q == 1 { return }
                }
                if q >= 3
                    && flags(at: q - 2) & DutchLetter.aiou != 0
                    && flags(at: q - 3) & DutchLetter.aeiou == 0 {
                    return
                }
            }
            insert(vowel, at: v)
        }
    }

    // MARK: Step 1: plural and verb endings

    mutating func removeInflection() -> Bool {
        guard n >= 1 else { return false }
        switch s[n - 1] {
        case "s":
            return removeEndingS()
        case "e":
            if hasSuffix("nde") {
                truncate(n - 1)
                return true
            }
            return false
        case "n":
            if n >= 2 && s[n - 2] == "e" { return removeEndingEn() }
            return false
        default:
            return false
        }
    }

    private mutating func removeEndingS() -> Bool {
        let last = n - 1
        switch char(last - 1) {
        case "'":
            truncate(last - 1)
            return true
        case "é":
            guard inR1(last - 1) else { return false }
            truncate(last)
            return true
        case "e":
            if hasSuffix("ies") {
                guard inR1(n - 3) else { return false }
                truncate(last)
                return true
            }
            return removeEndingEs()
        case "u":
            if hasSuffix("aus") {
                guard inR1(n - 3), vowelBefore(n - 3) else { return false }
                truncate(last)
                return true
            }
        default:
            break
        }
        guard inR1(last) else { return false }
        if char(last - 1) == "t" && inR1(last - 1) { return false }
        guard consonantBefore(last) else { return false }
        truncate(last)
        return true
    }

    private mutating func removeEndingEs() -> Bool {
        let b = n - 2
        if has("ar", endingAt: b) && inR1(b - 2) && consonantBefore(b - 2) {
            truncate(b)
            lengthenVowel()
            return true
        }
        if has("er", endingAt: b) && inR1(b - 2) && consonantBefore(b - 2) {
            truncate(b)
            return true
        }
        guard inR1(b), consonantBefore(b) else { return false }
        truncate(b + 1)
        return true
    }

    private mutating func removeEndingEn() -> Bool {
        let b = n - 2
        if has("hed", endingAt: b) && inR1(b - 3) {
            replaceTail(from: b - 3, with: "heid")
            return true
        }
        if has("nd", endingAt: b) {
            truncate(b)
            return true
        }
        let before = char(b - 1)
        if before == "d" && inR1(b - 1) && consonantBefore(b - 1) {
            truncate(b - 1)
            return true
        }
        if (before == "i" || before == "j") && vowelBefore(b - 1) {
            truncate(b)
            return true
        }
        guard inR1(b), consonantBefore(b) else { return false }
        truncate(b)
        lengthenVowel()
        return true
    }

    // MARK: Step 2: diminutives and adjective -e

    mutating func removeDiminutiveOrAdjectiveEnding() -> Bool {
        guard n >= 2, s[n - 1] == "e" else { return false }
        let b = n - 2
        switch s[b] {
        case "j":
            return removeDiminutive()
        case "g", "t", "s", "r":
            guard inR1(b) else { return false }
            truncate(n - 1)
            return true
        case "d":
            guard inR1(b), consonantBefore(b) else { return false }
            truncate(b)
            return true
        case "l":
            guard inR1(b) else { return false }
            truncate(n - 1)
            lengthenVowel()
            return true
        case "h":
            guard hasSuffix("ische"), inR1(n - 5) else { return false }
            truncate(n - 1)
            return true
        case "k":
            guard hasSuffix("lijke"), inR1(n - 5) else { return false }
            truncate(n - 1)
            return true
        case "n":
            guard hasSuffix("ene"), inR1(n - 3), consonantBefore(n - 3) else { return false }
            truncate(n - 1)
            lengthenVowel()
            return true
        case "v":
            guard hasSuffix("ieve"), inR1(n - 4), consonantBefore(n - 4) else { return false }
            set(n - 2, "f")
            truncate(n - 1)
            return true
        default:
            return false
        }
    }

    private mutating func removeDiminutive() -> Bool {
        let b = n - 2  // start of "je"
        if has("'t", endingAt: b) {
            truncate(b - 2)
            return true
        }
        if has("et", endingAt: b) && inR1(b - 2) && consonantBefore(b - 2) {
            truncate(b - 2)
            return true
        }
        if has("rnt", endingAt: b) {
            truncate(b - 1)
            return true
        }
        if char(b - 1) == "t" && inR1(b - 1) && vowelBeforeSkippingOne(b - 1) {
            truncate(b - 1)
            return true
        }
        if has("ink", endingAt: b) {
            set(b - 1, "g")
            truncate(b)
            return true
        }
        if has("mp", endingAt: b) {
            truncate(b - 1)
            return true
        }
        if char(b - 1) == "'" && inR1(b - 1) {
            truncate(b - 1)
            return true
        }
        guard inR1(b), consonantBefore(b) else { return false }
        truncate(b)
        return true
    }

    // MARK: Step 3: derivational suffixes

    mutating func removeDerivationalSuffix() -> Bool {
        guard n >= 3 else { return false }
        switch s[n - 1] {
        case "d":
            guard hasSuffix("heid") else { return false }
            return dropTailInR1(from: n - 4)
        case "l":
            guard hasSuffix("sel") else { return false }
            return dropTailInR1(from: n - 3)
        case "r":
            if hasSuffix("rder") {
                truncate(n - 3)
                return true
            }
            guard hasSuffix("ster") else { return false }
            return dropTailInR1(from: n - 4)
        case "e":
            if hasSuffix("atie") {
                guard inR1(n - 4) else { return false }
                replaceTail(from: n - 4, with: "eer")
                return true
            }
            if hasSuffix("fie") || hasSuffix("gie") {
                guard inR2(n - 3) else { return false }
                truncate(n - 2)
                lengthenVowel()
                return true
            }
            guard hasSuffix("isme") else { return false }
            return removeNominalizer(from: n - 4)
        case "g":
            guard hasSuffix("ing") else { return false }
            return removeNominalizer(from: n - 3)
        case "j":
            if hasSuffix("erij") { return removeNominalizer(from: n - 4) }
            guard hasSuffix("arij"), inR1(n - 4), consonantBefore(n - 4) else { return false }
            replaceTail(from: n - 4, with: "aar")
            return true
        case "t":
            if hasSuffix("iteit") {
                guard inR1(n - 5) else { return false }
                truncate(n - 5)
                lengthenVowel()
                return true
            }
            guard hasSuffix("dst") || hasSuffix("tst"),
                  inR1(n - 3), consonantBefore(n - 3)
            else { return false }
            truncate(n - 2)
            return true
        default:
            return false
        }
    }

    private mutating func dropTailInR1(from start: Int) -> Bool {
        guard inR1(start) else { return false }
        truncate(start)
        return true
    }

    /// -ing, -isme, -erij; after "ild" the suffix becomes "er" instead.
    private mutating func removeNominalizer(from start: Int) -> Bool {
        if has("ild", endingAt: start) {
            replaceTail(from: start, with: "er")
            return true
        }
        guard inR1(start) else { return false }
        truncate(start)
        lengthenVowel()
        return true
    }

    // MARK: Step 4: adjectival suffixes

    mutating func removeAdjectivalSuffix() -> Bool {
        if removeListedAdjectivalSuffix() { return true }
        return removeIgSuffix()
    }

    private mutating func removeListedAdjectivalSuffix() -> Bool {
        guard n >= 3 else { return false }
        switch s[n - 1] {
        case "l":
            guard hasSuffix("ioneel"), inR1(n - 6) else { return false }
            replaceTail(from: n - 6, with: "ie")
            return true
        case "f":
            guard hasSuffix("atief"), inR1(n - 5) else { return false }
            replaceTail(from: n - 5, with: "eer")
            return true
        case "d":
            guard hasSuffix("end") else { return false }
            return dropTailLengthening(from: n - 3)
        case "g":
            if hasSuffix("achtig") { return dropTailInR1(from: n - 6) }
            guard hasSuffix("erig") else { return false }
            return dropTailLengthening(from: n - 4)
        case "r":
            if hasSuffix("aar") {
                switch char(n - 4) {
                case "b":
                    return dropTailInR1(from: n - 4)
                case "n", "l", "r":
                    guard inR1(n - 4), vowelBefore(n - 4) else { return false }
                    truncate(n - 3)
                    return true
                default:
                    return false
                }
            }
            if hasSuffix("achtiger") { return dropTailInR1(from: n - 8) }
            if hasSuffix("eriger") { return dropTailLengthening(from: n - 6) }
            guard hasSuffix("lijker"), inR1(n - 6) else { return false }
            truncate(n - 2)
            return true
        case "t":
            if hasSuffix("tant") {
                guard inR1(n - 4) else { return false }
                replaceTail(from: n - 4, with: "teer")
                return true
            }
            if hasSuffix("achtigst") { return dropTailInR1(from: n - 8) }
            if hasSuffix("erigst") { return dropTailLengthening(from: n - 6) }
            guard hasSuffix("lijkst"), inR1(n - 6) else { return false }
            truncate(n - 2)
            return true
        default:
            return false
        }
    }

    private mutating func dropTailLengthening(from start: Int) -> Bool {
        guard inR1(start), consonantBefore(start) else { return false }
        truncate(start)
        lengthenVowel()
        return true
    }

    private mutating func removeIgSuffix() -> Bool {
        let start: Int
        if hasSuffix("ig") {
            start = n - 2
        } else if hasSuffix("iger") || hasSuffix("igst") {
            start = n - 4
        } else {
            return false
        }
        guard inR1(start) else { return false }
        if start == 3 && has("inn", at: 0) { return false }
        return dropTailLengthening(from: start)
    }

    // MARK: ge- prefix and infix

    /// After "ge" at `start`: a vowel group, then something more.
    private func vowelGroupWithTail(from start: Int) -> Bool {
        var i = start
        while i < n && flags(at: i) & DutchLetter.vowel == 0 { i += 1 }
        if i >= n { return false }
        return endOfVowelRun(from: i) < n
    }

    private mutating func plainVowel(at i: Int) {
        guard i < n else { return }
        if s[i] == "ë" {
            set(i, "e")
        } else if s[i] == "ï" {
            set(i, "i")
        }
    }

    mutating func removeGePrefix() -> Bool {
        guard n >= 5, s[0] == "g", s[1] == "e", vowelGroupWithTail(from: 2) else {
            return false
        }
        var resume = 0
        if has("vali", at: 2) {
            resume = 4
        } else if has("eft", at: 2) || has("vaa", at: 2) || has("val", at: 2)
                    || has("vare", at: 2) {
            return false
        }
        remove(at: 0, count: 2)
        plainVowel(at: resume)
        computeRegions()
        return true
    }

    mutating func removeGeInfix() -> Bool {
        var p = 1
        while true {
            if p + 2 > n { return false }
            if s[p] == "g" && s[p + 1] == "e" { break }
            p += 1
        }
        guard p + 5 <= n, vowelGroupWithTail(from: p + 2) else { return false }
        remove(at: p, count: 2)
        plainVowel(at: p)
        computeRegions()
        return true
    }

    /// Final -d/-t of a participle whose ge- was removed.
    mutating func removeParticipleEnding() -> Bool {
        guard n >= 1 else { return false }
        let last = n - 1
        let c = s[last]
        guard c == "d" || c == "t", inR1(last), consonantBefore(last) else { return false }
        if c == "d" {
            if s[last - 1] == "n" && inR1(last - 1) { return false }
            if last == 2 && s[0] == "i" && s[1] == "n" {
                set(last, "n")
                return true
            }
        } else {
            if s[last - 1] == "h" && inR1(last - 1) { return false }
            if last == 2 && s[0] == "e" && s[1] == "n" { return false }
        }
        truncate(last)
        return true
    }

    // MARK: Final clean-up

    /// -kt, -ft, -pt lose their t.
    mutating func simplifyFinalCluster() -> Bool {
        guard n >= 2, s[n - 1] == "t" else { return false }
        switch s[n - 2] {
        case "k", "f", "p":
            truncate(n - 1)
            return true
        default:
            return false
        }
    }

    /// A doubled final consonant becomes single; final v/z become f/s.
    mutating func undoubleFinalConsonant() -> Bool {
        guard n >= 1 else { return false }
        let c = s[n - 1]
        if n >= 2 && s[n - 2] == c {
            switch c {
            case "b", "c", "d", "f", "g", "h", "j", "k", "l", "m",
                 "p", "q", "r", "s", "t", "v", "w", "x", "z":
                truncate(n - 1)
                return true
            case "n":
                if n == 3 && s[0] == "i" { return false }
                truncate(n - 1)
                return true
            default:
                break
            }
        }
        if c == "v" {
            set(n - 1, "f")
            return true
        }
        if c == "z" {
            set(n - 1, "s")
            return true
        }
        return false
    }
}
