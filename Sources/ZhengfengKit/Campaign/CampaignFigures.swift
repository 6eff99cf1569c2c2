import Foundation

/// The figures the internal pages show, computed from `CampaignData`: who reported which
/// month, totals, overdue rectifications and the year-over-year comparison against the
/// plan's goals. Pure functions of the data and the build's day, so the same input gives the
/// same pages.
struct CampaignFigures: Sendable {
    let data: CampaignData
    /// The build's day (rectifications due before it and not done are overdue).
    let today: CampaignDay

    /// The months reports are expected for: from March (the launch) to the latest month any
    /// unit reported.
    var months: [CampaignMonth] {
        guard let last = data.reports.map(\.month).max() else { return [] }
        let first = min(3, last.month)
        return (first...last.month).map { CampaignMonth(year: data.year, month: $0) }
    }

    func report(_ unit: String, _ month: CampaignMonth) -> UnitReport? {
        data.reports.first { $0.unit == unit && $0.month == month }
    }

    /// Units with no report for `month`.
    func missing(in month: CampaignMonth) -> [CampaignUnit] {
        data.units.filter { report($0.name, month) == nil }
    }

    struct Totals: Sendable {
        var reported = 0, events = 0, participants = 0, materials = 0, articles = 0
    }

    func totals(_ month: CampaignMonth?) -> Totals {
        var totals = Totals()
        for report in data.reports where month == nil || report.month == month {
            totals.reported += 1
            totals.events += report.events
            totals.participants += report.participants
            totals.materials += report.materials
            totals.articles += report.articles.count
        }
        return totals
    }

    func isOverdue(_ visit: FieldVisit) -> Bool {
        guard !visit.rectified, let due = visit.due else { return false }
        return due < today
    }

    // MARK: Year over year

    /// The months of this year that have register totals, and the same months last year.
    var comparedMonths: [Int] {
        let this = Set(data.metrics.filter { $0.month.year == data.year }.map(\.month.month))
        let last = Set(data.metrics.filter { $0.month.year == data.year - 1 }.map(\.month.month))
        return this.intersection(last).sorted()
    }

    func sum(_ metric: CampaignMetric, year: Int) -> Int {
        let months = Set(comparedMonths)
        return data.metrics.filter { $0.month.year == year && months.contains($0.month.month) }
            .reduce(0) { $0 + ($1.values[metric] ?? 0) }
    }

    /// One goal of the plan measured for last year and this year over the same months.
    struct Indicator: Sendable {
        var id: String
        var title: String
        /// The plan's words for the goal.
        var goal: String
        var unit: String
        var lastYear: Double
        var thisYear: Double
        /// Whether a rise is what the plan wants.
        var higherIsBetter: Bool
        /// How each value was counted (`实名 312 / 检举控告 1,020`).
        var lastDetail: String
        var thisDetail: String

        var metGoal: Bool { higherIsBetter ? thisYear > lastYear : thisYear < lastYear }
    }

    var indicators: [Indicator] {
        guard !comparedMonths.isEmpty else { return [] }
        let year = data.year
        func rate(_ part: CampaignMetric, of whole: CampaignMetric, _ year: Int) -> (Double, String) {
            let p = sum(part, year: year), w = sum(whole, year: year)
            return (w == 0 ? 0 : (Double(p) * 1000 / Double(w)).rounded() / 10, "\(part.rawValue) \(p) ÷ \(whole.rawValue) \(w)")
        }
        func count(_ metric: CampaignMetric, _ year: Int) -> (Double, String) {
            (Double(sum(metric, year: year)), "\(metric.rawValue) \(sum(metric, year: year)) 件")
        }
        func indicator(_ id: String, _ title: String, _ goal: String, unit: String, higher: Bool,
                       _ value: (Int) -> (Double, String)) -> Indicator {
            let last = value(year - 1), this = value(year)
            return Indicator(id: id, title: title, goal: goal, unit: unit, lastYear: last.0, thisYear: this.0,
                             higherIsBetter: higher, lastDetail: last.1, thisDetail: this.1)
        }
        return [
            indicator("real-name", "实名举报率", "实名举报率逐步提高", unit: "%", higher: true) { rate(.realName, of: .accusations, $0) },
            indicator("online", "网络举报率", "网络举报率逐步提高", unit: "%", higher: true) { rate(.online, of: .total, $0) },
            indicator("out-of-scope", "业务范围外信访举报占比", "业务范围外信访举报量逐步减少", unit: "%", higher: false) { rate(.outOfScope, of: .total, $0) },
            indicator("repeated", "重复信访举报占比", "信访举报秩序进一步规范", unit: "%", higher: false) { rate(.repeated, of: .total, $0) },
            indicator("false-accusations", "查处诬告陷害", "恶意举报和诬告陷害问题明显减少", unit: "件", higher: false) { count(.falseAccusations, $0) },
            indicator("cleared", "澄清正名", "为受到不实举报的干部澄清正名", unit: "件", higher: true) { count(.cleared, $0) },
        ]
    }

    // MARK: Survey

    /// 知晓率 by audience: right answers ÷ questions answered, in percent with one decimal.
    struct Awareness: Sendable {
        var audience: String
        var responses: Int
        var answered: Int
        var correct: Int
        var rate: Double { answered == 0 ? 0 : (Double(correct) * 1000 / Double(answered)).rounded() / 10 }
    }

    var awareness: [Awareness] {
        guard let survey = data.survey else { return [] }
        return Survey.audiences.map { audience in
            var result = Awareness(audience: audience, responses: 0, answered: 0, correct: 0)
            for response in survey.responses where response.audience == audience {
                result.responses += 1
                for question in survey.questions {
                    guard let answer = response.answers[question.id] else { continue }
                    result.answered += 1
                    if answer == question.answer { result.correct += 1 }
                }
            }
            return result
        }
    }
}
