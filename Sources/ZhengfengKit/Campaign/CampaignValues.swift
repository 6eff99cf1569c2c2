import Foundation

/// Reads typed values from spreadsheet cells as units type them in Excel or WPS: months as
/// `2026-05`, `2026/5`, `2026年5月` or a date in that month; days as `2026-05-20`,
/// `2026/5/20` or `2026年5月20日`; both also as the day serial an .xlsx stores for a date
/// cell; whole numbers with or without thousands separators. Anything else is nil, for the
/// caller to report at the cell.
enum CampaignValues {
    static func month(_ text: String) -> CampaignMonth? {
        if let day = day(text) { return CampaignMonth(year: day.year, month: day.month) }
        let parts = numbers(in: text)
        guard parts.count == 2, (2000...2100).contains(parts[0]), (1...12).contains(parts[1]),
              text.allSatisfy({ $0.isNumber || "-/.年月 ".contains($0) }) else { return nil }
        return CampaignMonth(year: parts[0], month: parts[1])
    }

    static func day(_ text: String) -> CampaignDay? {
        if let serial = Int(text), (36526...73050).contains(serial) { return fromSerial(serial) }
        let parts = numbers(in: text)
        guard parts.count == 3, (2000...2100).contains(parts[0]), (1...12).contains(parts[1]),
              text.allSatisfy({ $0.isNumber || "-/.年月日 ".contains($0) }) else { return nil }
        var components = DateComponents()
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        guard (1...31).contains(parts[2]), components.isValidDate(in: calendar) else { return nil }
        return CampaignDay(year: parts[0], month: parts[1], day: parts[2])
    }

    /// A whole number ≥ 0; an empty cell is 0.
    static func count(_ text: String) -> Int? {
        if text.isEmpty { return 0 }
        let plain = text.replacingOccurrences(of: ",", with: "").replacingOccurrences(of: "，", with: "")
        if let value = Int(plain), value >= 0 { return value }
        // .xlsx stores every number as a decimal: 12 may come as 12.0.
        if let value = Double(plain), value >= 0, value == value.rounded(), value < 1e9 { return Int(value) }
        return nil
    }

    /// Excel's day serial (1900 date system; serial 1 is 1900-01-01, with its phantom 1900-02-29).
    static func fromSerial(_ serial: Int) -> CampaignDay {
        let date = Date(timeIntervalSince1970: Double(serial - 25569) * 86400)
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CampaignDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static func numbers(in text: String) -> [Int] {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }
}
