import Foundation

/// Folds text to the form the matcher compares: compatibility-normalised
/// (ĳ -> ij, ﬁ -> fi), lowercase, without diacritics (cliënt -> client), with
/// typographic apostrophes and quotes made plain and control characters turned
/// into spaces.
public enum Folding {
    public static func fold(_ text: String) -> String {
        // Plain ASCII text (most answers): lowercase bytes, controls to spaces.
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = Array(text.utf8)
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x41 && b <= 0x5A { bytes[i] = b + 32 } else if b < 0x20 || b == 0x7F { bytes[i] = 0x20 }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                if v >= 0x41 && v <= 0x5A {
                    out.append(Unicode.Scalar(v + 32)!)
                } else if v < 0x20 || v == 0x7F {
                    out.append(" ")
                } else {
                    out.append(scalar)
                }
                continue
            }
            if let folded = latin[v] {
                out.append(contentsOf: folded.unicodeScalars)
                continue
            }
            switch v {
            case 0x2018, 0x2019, 0x201B, 0x2032, 0x00B4, 0x0060: out.append("'")
            case 0x201C, 0x201D, 0x201E, 0x00AB, 0x00BB: out.append("\"")
            case 0x2013, 0x2014: out.append("-")
            // "7½": the whole number stays apart from its fraction (not "71/2").
            case 0x00BD: out.append(contentsOf: " 1/2".unicodeScalars)
            case 0x00BC: out.append(contentsOf: " 1/4".unicodeScalars)
            case 0x00BE: out.append(contentsOf: " 3/4".unicodeScalars)
            case 0x2044: out.append("/")
            case 0x0080...0x009F, 0x2028, 0x2029, 0x200B...0x200F, 0xFEFF: out.append(" ")
            case 0x00A0: out.append(" ")
            default:
                // Rare characters: let Foundation decompose and strip marks.
                let piece = String(scalar)
                    .decomposedStringWithCompatibilityMapping
                    .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                out.append(contentsOf: piece.unicodeScalars)
            }
        }
        return String(out)
    }

    /// Accented Latin letters as they occur in Dutch text, lowercased and
    /// stripped; a table is several times faster than Foundation's folding.
    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀ", "a"), ("èéêëÈÉÊËēĒęĘėĖ", "e"), ("ìíîïÌÍÎÏīĪ", "i"),
            ("òóôõöøÒÓÔÕÖØōŌ", "o"), ("ùúûüÙÚÛÜūŪ", "u"), ("ýÿÝŸ", "y"), ("ñÑ", "n"),
            ("çÇ", "c"), ("ßẞ", "ss"), ("æÆ", "ae"), ("œŒ", "oe"), ("ĳĲ", "ij"),
            // Turkish and Polish letters that Foundation does not strip.
            ("ıİ", "i"), ("łŁ", "l"),
        ]
        for (letters, plain) in groups {
            for scalar in letters.unicodeScalars { table[scalar.value] = plain }
        }
        return table
    }()
}
