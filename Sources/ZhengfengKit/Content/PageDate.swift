import Foundation

/// A publication date as the editor wrote it: a day, or a day and time, in Beijing time
/// unless an offset is given.
public struct PageDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970 (UTC).
    public let timestamp: Int
    /// Offset from UTC in seconds that the date was written in (default +08:00).
    public let offset: Int
    /// True when the editor gave a time of day.
    public let hasTime: Bool

    public static let beijingOffset = 8 * 3600

    public init(timestamp: Int, offset: Int = PageDate.beijingOffset, hasTime: Bool = true) {
        self.timestamp = timestamp
        self.offset = offset
        self.hasTime = hasTime
    }

    public init(_ date: Date) {
        self.init(timestamp: Int(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Accepts `2026-03-15`, `2026-03-15 09:30`, `2026-03-15 09:30:00`, `2026-03-15T09:30:00+08:00`, `…Z`.
    public init?(parsing raw: String) {
        let text = Self.hasOuterWhitespace(raw) ? raw.trimmingCharacters(in: .whitespaces) : raw
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[index..<(index + digits)] {
                guard ("0"..."9").contains(scalar) else { return nil }
                value = value * 10 + Int(scalar.value - 0x30)
            }
            index += digits
            return value
        }
        func expect(_ character: Unicode.Scalar) -> Bool {
            guard index < scalars.count, scalars[index] == character else { return false }
            index += 1
            return true
        }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              (1...12).contains(month), (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        var hour = 0, minute = 0, second = 0, offset = Self.beijingOffset, hasTime = false
        if index < scalars.count {
            guard expect("T") || expect(" ") else { return nil }
            while expect(" ") {}
            guard let h = number(2), expect(":"), let m = number(2), h < 24, m < 60 else { return nil }
            hour = h; minute = m; hasTime = true
            if expect(":") {
                guard let s = number(2), s < 60 else { return nil }
                second = s
                if expect(".") { while index < scalars.count, ("0"..."9").contains(scalars[index]) { index += 1 } }
            }
            while expect(" ") {}
            if expect("Z") {
                offset = 0
            } else if index < scalars.count {
                let sign: Int
                if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return nil }
                guard let oh = number(2) else { return nil }
                _ = expect(":")
                let om = number(2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
            guard index == scalars.count else { return nil }
        }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        self.timestamp = days * 86400 + hour * 3600 + minute * 60 + second - offset
        self.offset = offset
        self.hasTime = hasTime
    }

    /// Whether `trimmingCharacters(in: .whitespaces)` could change `text`.
    static func hasOuterWhitespace(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return CharacterSet.whitespaces.contains(first) || CharacterSet.whitespaces.contains(last)
    }

    public static func < (lhs: PageDate, rhs: PageDate) -> Bool { lhs.timestamp < rhs.timestamp }

    /// Calendar fields in the date's own offset.
    public var components: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let local = timestamp + offset
        let days = Int((Double(local) / 86400).rounded(.down))
        let seconds = local - days * 86400
        let (y, m, d) = Self.civilFromDays(days)
        return (y, m, d, seconds / 3600, (seconds % 3600) / 60, seconds % 60)
    }

    /// `2026-03-15`
    public var day: String {
        let c = components
        return Self.padded(c.year, 4) + "-" + Self.padded(c.month, 2) + "-" + Self.padded(c.day, 2)
    }

    /// `2026年3月15日`
    public var chinese: String {
        let c = components
        return "\(c.year)年\(c.month)月\(c.day)日"
    }

    /// `2026-03-15 09:30`, the format of the PubDate meta tag.
    public var minute: String {
        let c = components
        return day + " " + Self.padded(c.hour, 2) + ":" + Self.padded(c.minute, 2)
    }

    /// RFC 3339 with the offset, for feeds and `<time datetime>`.
    public var rfc3339: String {
        let c = components
        let sign = offset < 0 ? "-" : "+"
        let absolute = abs(offset)
        return day + "T" + Self.padded(c.hour, 2) + ":" + Self.padded(c.minute, 2) + ":" + Self.padded(c.second, 2)
            + sign + Self.padded(absolute / 3600, 2) + ":" + Self.padded((absolute % 3600) / 60, 2)
    }

    /// `value` as `printf("%0*d")` writes it: zero-padded to `width` characters, sign included.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let sign = value < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    /// The last moment of this date's day, for `expires` written as a day.
    public var endOfDay: PageDate {
        hasTime ? self : PageDate(timestamp: timestamp + 86399, offset: offset, hasTime: true)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Howard Hinnant's days-from-civil algorithm (proleptic Gregorian calendar).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civilFromDays(_ days: Int) -> (Int, Int, Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
