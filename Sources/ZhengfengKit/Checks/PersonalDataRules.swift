/// The number rules of the privacy check (see docs/diagnostics.md and policy-facts.md).
/// Every function takes ASCII digits (and `X` for the ID check character) only.
enum PersonalDataRules {
    /// Resident ID, 18 characters: 6-digit region, 8-digit birth date, 3-digit sequence and an
    /// ISO 7064 MOD 11-2 check character.
    static func isResidentID18(_ value: [UInt8]) -> Bool {
        guard value.count == 18, value[0..<17].allSatisfy(isDigit),
              isDigit(value[17]) || value[17] == UInt8(ascii: "X") else { return false }
        guard isRegion(value[0..<6]) else { return false }
        let year = number(value[6..<10]), month = number(value[10..<12]), day = number(value[12..<14])
        guard (1800...2099).contains(year), isDate(year: year, month: month, day: day) else { return false }
        return value[17] == checkCharacter(value[0..<17])
    }

    /// The first-generation 15-digit ID: region, two-digit year (19xx), month, day, sequence.
    static func isResidentID15(_ value: [UInt8]) -> Bool {
        guard value.count == 15, value.allSatisfy(isDigit), isRegion(value[0..<6]) else { return false }
        return isDate(year: 1900 + number(value[6..<8]), month: number(value[8..<10]), day: number(value[10..<12]))
    }

    /// ISO 7064 MOD 11-2 over the first 17 digits: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2,
    /// sum mod 11 maps 0…10 to 1 0 X 9 8 7 6 5 4 3 2.
    static func checkCharacter(_ digits: ArraySlice<UInt8>) -> UInt8 {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (weight, digit) in zip(weights, digits) { sum += weight * Int(digit - UInt8(ascii: "0")) }
        return Array("10X98765432".utf8)[sum % 11]
    }

    /// Mainland mobile: 11 digits, 1[3-9] then 9 digits.
    static func isMobile(_ value: [UInt8]) -> Bool {
        value.count == 11 && value.allSatisfy(isDigit) && value[0] == UInt8(ascii: "1")
            && value[1] >= UInt8(ascii: "3")
    }

    /// Bank card: 16 to 19 digits, not starting with 0, passing the Luhn check.
    static func isBankCard(_ value: [UInt8]) -> Bool {
        guard (16...19).contains(value.count), value.allSatisfy(isDigit), value[0] != UInt8(ascii: "0") else { return false }
        var sum = 0
        for (offset, byte) in value.reversed().enumerated() {
            var digit = Int(byte - UInt8(ascii: "0"))
            if offset % 2 == 1 {
                digit *= 2
                if digit > 9 { digit -= 9 }
            }
            sum += digit
        }
        return sum % 10 == 0
    }

    /// Region codes start with a province code 11…82.
    static func isRegion(_ digits: ArraySlice<UInt8>) -> Bool {
        (11...82).contains(number(digits.prefix(2)))
    }

    static func isDate(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        return day <= PageDate.daysIn(month: month, year: year)
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func number(_ digits: ArraySlice<UInt8>) -> Int {
        digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
