/// Finds resident ID numbers, mobile numbers, bank card numbers and e-mail addresses in one
/// line of text, with their columns. It works on characters, not regular expressions with
/// `\b`, so a number right next to Chinese text (“电话13812345678”) is found. Full-width
/// digits count as digits. Web addresses (http://, https://, www.) are skipped.
enum PersonalDataScanner {
    enum Kind: Sendable, Equatable {
        case residentID, mobile, bankCard, email
    }

    struct Finding: Sendable, Equatable {
        var kind: Kind
        /// Digits (and `X`) of a number, or the lower-cased e-mail address.
        var value: String
        /// 1-based column (in characters) where the value starts.
        var column: Int
    }

    /// A byte for each character (Unicode scalar): ASCII as is, full-width digits and `Ｘ`
    /// folded to ASCII, everything else `nonASCII`.
    static let nonASCII: UInt8 = 0x80

    static func scan(_ line: Substring) -> [Finding] {
        var line = line
        return line.withUTF8(scan(utf8:))
    }

    /// Scans one line given as UTF-8 (valid, as from a `String`). Columns count scalars.
    static func scan(utf8 line: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard mayContainFinding(line) else { return [] }
        let bytes = folded(line)
        var covered = urlSpans(bytes)
        var findings = emails(bytes, covered: &covered)
        findings += numbers(bytes, covered: covered)
        return findings.sorted { $0.column < $1.column }
    }

    /// Every finding holds an ASCII digit, a full-width digit (UTF-8 EF BC 90…99) or `@`;
    /// lines without any of them (most Chinese prose, full-width punctuation included) are
    /// skipped without folding.
    static func mayContainFinding(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        if let base = utf8.baseAddress {
            // Eight bytes at a time; only words with a byte in 0x30…0x40 or 0xEF are looked into.
            let raw = UnsafeRawPointer(base)
            let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080, low7 = ones &* 127
            while index + 8 <= utf8.count {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let ef = word ^ (ones &* 0xEF)
                let hasEF = (ef &- ones) & ~ef & high
                let masked = word & low7
                let inRange = ((ones &* (127 + 0x41)) &- masked) & ~word & (masked &+ ones &* (127 - 0x2F)) & high
                if hasEF | inRange != 0, (index..<(index + 8)).contains(where: { startsFinding(utf8, at: $0) }) {
                    return true
                }
                index += 8
            }
        }
        return (index..<utf8.count).contains { startsFinding(utf8, at: $0) }
    }

    /// An ASCII digit, `@` or a full-width digit starts at `index`.
    @inline(__always)
    static func startsFinding(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = utf8[index]
        if byte &- 0x30 < 10 || byte == 0x40 { return true }
        return byte == 0xEF && index + 2 < utf8.count && utf8[index + 1] == 0xBC && utf8[index + 2] &- 0x90 < 10
    }

    /// One byte per Unicode scalar of valid UTF-8 (see `nonASCII`).
    static func folded(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = 0
        let count = utf8.count
        while index < count {
            let byte = utf8[index]
            if byte < 0x80 {
                bytes.append(byte)
                index += 1
                continue
            }
            if byte == 0xEF, index + 2 < count, utf8[index + 1] == 0xBC {
                let last = utf8[index + 2]
                if last &- 0x90 < 10 {
                    bytes.append(last - 0x90 + UInt8(ascii: "0"))
                    index += 3
                    continue
                }
                if last == 0xB8 {
                    bytes.append(UInt8(ascii: "X"))
                    index += 3
                    continue
                }
            }
            bytes.append(nonASCII)
            index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        }
        return bytes
    }

    // MARK: web addresses

    static func urlSpans(_ bytes: [UInt8]) -> [Bool] {
        var covered = [Bool](repeating: false, count: bytes.count)
        var index = 0
        while index < bytes.count {
            let first = lowercased(bytes[index])
            let isStart = first == UInt8(ascii: "h")
                ? hasPrefix(bytes, at: index, http) || hasPrefix(bytes, at: index, https)
                : first == UInt8(ascii: "w") && hasPrefix(bytes, at: index, www)
                    && (index == 0 || !isAlphanumeric(bytes[index - 1]))
            guard isStart else { index += 1; continue }
            var end = index
            while end < bytes.count, !endsURL(bytes[end]) { covered[end] = true; end += 1 }
            index = end
        }
        return covered
    }

    static func endsURL(_ byte: UInt8) -> Bool {
        byte == nonASCII || byte <= 0x20 || "()<>\"'[]`".utf8.contains(byte)
    }

    // MARK: e-mail

    static func emails(_ bytes: [UInt8], covered: inout [Bool]) -> [Finding] {
        var found: [Finding] = []
        for at in bytes.indices where bytes[at] == UInt8(ascii: "@") && !covered[at] {
            var start = at
            while start > 0, isLocalPart(bytes[start - 1]) { start -= 1 }
            var end = at + 1
            while end < bytes.count, isAlphanumeric(bytes[end]) || bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "-") {
                end += 1
            }
            while end > at + 1, bytes[end - 1] == UInt8(ascii: ".") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
            while start < at, bytes[start] == UInt8(ascii: ".") { start += 1 }
            let domain = bytes[(at + 1)..<end]
            guard start < at, let lastDot = domain.lastIndex(of: UInt8(ascii: ".")) else { continue }
            let tld = bytes[(lastDot + 1)..<end]
            guard tld.count >= 2, tld.allSatisfy(isLetter) else { continue }
            let text = String(decoding: bytes[start..<end], as: UTF8.self).lowercased()
            found.append(Finding(kind: .email, value: text, column: start + 1))
            for index in start..<end { covered[index] = true }
        }
        return found
    }

    static func isLocalPart(_ byte: UInt8) -> Bool {
        isAlphanumeric(byte) || "._%+-".utf8.contains(byte)
    }

    // MARK: numbers

    /// Digit groups joined by single spaces or hyphens (“138 1234 5678”, “6222-0212-…”).
    static func numbers(_ bytes: [UInt8], covered: [Bool]) -> [Finding] {
        var found: [Finding] = []
        var index = 0
        while index < bytes.count {
            guard isDigit(bytes[index]), !covered[index] else { index += 1; continue }
            var groups: [Range<Int>] = []
            var cursor = index
            while true {
                var end = cursor
                while end < bytes.count, isDigit(bytes[end]), !covered[end] { end += 1 }
                groups.append(cursor..<end)
                let separator = end < bytes.count ? bytes[end] : 0
                guard groups.count < 8, separator == UInt8(ascii: " ") || separator == UInt8(ascii: "-"),
                      end + 1 < bytes.count, isDigit(bytes[end + 1]), !covered[end + 1] else { break }
                cursor = end + 1
            }
            let last = groups[groups.count - 1].upperBound
            let hasCheckX = last < bytes.count && (bytes[last] == UInt8(ascii: "X") || bytes[last] == UInt8(ascii: "x"))
                && (last + 1 == bytes.count || !isAlphanumeric(bytes[last + 1]))
            found += evaluate(groups, bytes: bytes, hasCheckX: hasCheckX)
            index = last
        }
        return found
    }

    /// Grouped shapes first (the whole run is one number), then each group on its own.
    static func evaluate(_ groups: [Range<Int>], bytes: [UInt8], hasCheckX: Bool) -> [Finding] {
        let digits = { (range: Range<Int>) in Array(bytes[range]) }
        if groups.count >= 2 {
            var parts = groups
            let prefix = digits(parts[0])
            if parts.count == 4, prefix == Array("86".utf8) || prefix == Array("0086".utf8) { parts.removeFirst() }
            let joined = parts.flatMap(digits)
            let lengths = parts.map(\.count)
            let column = parts[0].lowerBound + 1
            if lengths == [3, 4, 4], PersonalDataRules.isMobile(joined) {
                return [Finding(kind: .mobile, value: String(decoding: joined, as: UTF8.self), column: column)]
            }
            let withX = joined + (hasCheckX ? [UInt8(ascii: "X")] : [])
            if lengths == [6, 8, 4] || (lengths == [6, 8, 3] && hasCheckX), PersonalDataRules.isResidentID18(withX) {
                return [Finding(kind: .residentID, value: String(decoding: withX, as: UTF8.self), column: column)]
            }
            if lengths.count >= 4, lengths.dropLast().allSatisfy({ $0 == 4 }), (1...4).contains(lengths.last!),
               PersonalDataRules.isBankCard(joined) {
                return [Finding(kind: .bankCard, value: String(decoding: joined, as: UTF8.self), column: column)]
            }
        }
        var found: [Finding] = []
        for (offset, range) in groups.enumerated() {
            var value = digits(range)
            if offset == groups.count - 1, hasCheckX, value.count == 17 { value.append(UInt8(ascii: "X")) }
            if let kind = classify(value) {
                var text = value
                if kind == .mobile { text = Array(value.suffix(11)) }
                found.append(Finding(kind: kind, value: String(decoding: text, as: UTF8.self), column: range.lowerBound + 1))
            }
        }
        return found
    }

    /// What one unbroken run of digits is, if it is personal data.
    static func classify(_ value: [UInt8]) -> Kind? {
        if PersonalDataRules.isResidentID18(value) { return .residentID }
        if value.count == 13, value.starts(with: "86".utf8), PersonalDataRules.isMobile(Array(value.dropFirst(2))) {
            return .mobile
        }
        if value.count == 15, value.starts(with: "0086".utf8), PersonalDataRules.isMobile(Array(value.dropFirst(4))) {
            return .mobile
        }
        if PersonalDataRules.isResidentID15(value) { return .residentID }
        if PersonalDataRules.isMobile(value) { return .mobile }
        if PersonalDataRules.isBankCard(value) { return .bankCard }
        return nil
    }

    // MARK: characters

    static let http = Array("http://".utf8), https = Array("https://".utf8), www = Array("www.".utf8)

    /// Whether `pattern` (lower-case ASCII) starts at `index`, ignoring ASCII case.
    static func hasPrefix(_ bytes: [UInt8], at index: Int, _ pattern: [UInt8]) -> Bool {
        guard index + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where lowercased(bytes[index + offset]) != byte { return false }
        return true
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }

    static func isDigit(_ byte: UInt8) -> Bool { PersonalDataRules.isDigit(byte) }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
}
