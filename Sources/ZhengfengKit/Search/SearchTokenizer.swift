import Foundation

/// Splits text into search terms the same way the browser does (assets/js/search.js keeps
/// the same rules): Chinese (CJK) text becomes overlapping two-character terms plus each
/// single character (in titles and headings), so any word of two or more characters is
/// found without a dictionary and a one-character query still finds pages about it; Latin
/// words and digit runs stay whole ("12388", "0757"), lowercased. Full-width letters and digits count as their ASCII forms.
/// Everything else (punctuation, spaces) separates terms.
public enum SearchTokenizer {
    /// The index terms of `text`, in text order (repeats kept, for term frequencies).
    /// Without `singles` Chinese text gives only its two-character terms (body text: single
    /// characters of every page would make the index several times larger).
    public static func indexTerms(_ text: String, singles: Bool = true) -> [String] {
        var terms: [String] = []
        forEachIndexTerm(text, singles: singles, chinese: { terms.append(PackedTerm.text($0)) },
                         word: { terms.append($0) })
        return terms
    }

    /// Calls `chinese` (with the packed term, see `PackedTerm`) or `word` for each index
    /// term of `text`, in text order, as `indexTerms` lists them: the index builder's path,
    /// which makes no string for a Chinese term.
    static func forEachIndexTerm(_ text: String, singles: Bool, chinese: (UInt64) -> Void, word: (String) -> Void) {
        var previous: UInt64 = 0  // the last character of the current Chinese run, shifted
        var runLength = 0
        var letters = String.UnicodeScalarView()
        var lettersKind = Kind.other
        for raw in text.unicodeScalars {
            let scalar = normalized(raw)
            let kind = Self.kind(of: scalar)
            if kind == .cjk {
                if !letters.isEmpty {
                    word(String(letters))
                    letters = String.UnicodeScalarView()
                }
                lettersKind = .other
                let shifted = UInt64(scalar.value) << 21
                if runLength > 0 { chinese(previous | UInt64(scalar.value)) }
                if singles { chinese(shifted) }
                previous = shifted
                runLength += 1
                continue
            }
            if runLength > 0 {
                if runLength == 1 && !singles { chinese(previous) }
                runLength = 0
            }
            if kind != lettersKind || kind == .other {
                if !letters.isEmpty {
                    word(String(letters))
                    letters = String.UnicodeScalarView()
                }
                lettersKind = kind
            }
            if kind != .other { letters.append(scalar) }
        }
        if runLength == 1 && !singles { chinese(previous) }
        if !letters.isEmpty { word(String(letters)) }
    }

    /// The terms of a query: two-character terms for Chinese runs of two or more
    /// characters, the character itself for a run of one; words and digit runs whole.
    public static func queryTerms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachRun(text) { run, isCJK in
            if isCJK && run.count > 1 {
                for offset in 0..<(run.count - 1) { terms.append(String(String.UnicodeScalarView([run[offset], run[offset + 1]]))) }
            } else {
                terms.append(String(String.UnicodeScalarView(run)))
            }
        }
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    /// Calls `body` with each run of CJK characters, of ASCII letters, or of digits.
    static func forEachRun(_ text: String, _ body: ([Unicode.Scalar], Bool) -> Void) {
        var run: [Unicode.Scalar] = []
        var kind = Kind.other
        for raw in text.unicodeScalars {
            let scalar = normalized(raw)
            let next = Self.kind(of: scalar)
            if next != kind || next == .other {
                if !run.isEmpty { body(run, kind == .cjk) }
                run.removeAll(keepingCapacity: true)
                kind = next
            }
            if next != .other { run.append(scalar) }
        }
        if !run.isEmpty { body(run, kind == .cjk) }
    }

    enum Kind { case cjk, letter, digit, other }

    static func kind(of scalar: Unicode.Scalar) -> Kind {
        switch scalar.value {
        case 0x30...0x39: return .digit
        case 0x61...0x7A: return .letter
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F: return .cjk
        default: return .other
        }
    }

    /// Full-width ASCII to ASCII, then ASCII letters to lower case.
    static func normalized(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        var value = scalar.value
        if (0xFF01...0xFF5E).contains(value) { value -= 0xFEE0 }
        if (0x41...0x5A).contains(value) { value += 0x20 }
        return Unicode.Scalar(value) ?? scalar
    }
}
