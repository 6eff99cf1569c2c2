import Foundation

/// The aggregate campaign figures the commission may publish (`campaign: public_figures:` in
/// site.yml). Each is a total or a rate over the whole year's data: never a unit's name, a
/// contact, a visit finding or a per-unit row. The raw value is the key editors write.
public enum PublicFigureKey: String, Sendable, CaseIterable {
    case events = "四进活动场次"
    case participants = "参与人数"
    case materials = "发放资料份数"
    case realNameRate = "实名举报率"
    case awareness = "知晓率"

    /// The keys as a list for messages (`四进活动场次、参与人数、…`).
    static var list: String { allCases.map(\.rawValue).joined(separator: "、") }
}

/// A key listed under `campaign: public_figures:` and where it is written.
public struct PublicFigureRequest: Sendable, Equatable {
    public var key: PublicFigureKey
    public var location: SourceLocation
}

/// One published figure, ready for a template: `四进活动场次` `126` `场`, with a note saying
/// what it counts (`2026年3月至6月合计`).
public struct PublicFigure: Sendable, Equatable {
    public var key: PublicFigureKey
    public var label: String
    public var value: String
    public var unit: String
    public var note: String
    /// The data are invented examples (units.yml `sample: true`).
    public var sample: Bool

    /// The figures `keys` asks for, in its order, from `data`. A figure the data cannot give
    /// yet (no reports, no register totals for both years, no answers) is left out.
    static func make(_ keys: [PublicFigureKey], from data: CampaignData?) -> [PublicFigure] {
        guard let data, !keys.isEmpty else { return [] }
        // The build's day only matters for overdue rectifications, which are never public.
        let figures = CampaignFigures(data: data, today: CampaignDay(year: data.year, month: 1, day: 1))
        let months = figures.months
        let span = months.first.map { first in
            let last = months.last ?? first
            return first == last ? "\(first.chinese)" : "\(data.year)年\(first.month)月至\(last.month)月"
        } ?? ""
        let totals = figures.totals(nil)
        func figure(_ key: PublicFigureKey, _ value: String, _ unit: String, _ note: String) -> PublicFigure {
            PublicFigure(key: key, label: key.rawValue, value: value, unit: unit, note: note, sample: data.sample)
        }
        return keys.compactMap { key in
            switch key {
            case .events, .participants, .materials:
                guard !data.reports.isEmpty else { return nil }
                let (count, unit) = key == .events ? (totals.events, "场")
                    : key == .participants ? (totals.participants, "人次") : (totals.materials, "份")
                return figure(key, grouped(count), unit, "\(span)各单位报送合计")
            case .realNameRate:
                guard let indicator = figures.indicators.first(where: { $0.id == "real-name" }) else { return nil }
                let compared = figures.comparedMonths
                let range = compared.count == 1 ? "\(compared[0])月" : "\(compared.first ?? 0)月至\(compared.last ?? 0)月"
                return figure(key, percent(indicator.thisYear), "%", "\(data.year)年\(range)；上年同期 \(percent(indicator.lastYear))%")
            case .awareness:
                let rows = figures.awareness
                let answered = rows.reduce(0) { $0 + $1.answered }, correct = rows.reduce(0) { $0 + $1.correct }
                let responses = rows.reduce(0) { $0 + $1.responses }
                guard answered > 0 else { return nil }
                let rate = (Double(correct) * 1000 / Double(answered)).rounded() / 10
                return figure(key, percent(rate), "%", "问卷调查 \(grouped(responses)) 份")
            }
        }
    }

    /// `12,345`: digits grouped by thousands, the same on every machine.
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 { digits.insert(",", at: index); index -= 3 }
        return String(digits)
    }

    /// `38.5` (one decimal, as the internal pages show it).
    static func percent(_ value: Double) -> String { String(format: "%.1f", value) }
}
