import Foundation

/// What the self-inspection found, grouped by indicator, with the text and JSON forms
/// `zhengfeng inspect` prints.
public struct InspectionReport: Sendable {
    public var today: PageDate
    public var findings: [InspectionFinding]
    /// Problems of site.yml's `inspect:` settings and of wording.yml.
    public var settingProblems: [Diagnostic]
    /// Content errors the build's checks found outside 链接可用性 (`zhengfeng check` lists them).
    public var otherErrors: Int

    public init(today: PageDate, findings: [InspectionFinding], settingProblems: [Diagnostic] = [], otherErrors: Int = 0) {
        self.today = today
        self.findings = findings
        self.settingProblems = settingProblems.sortedForDisplay()
        self.otherErrors = otherErrors
    }

    /// The findings of one indicator, sorted for display.
    public func findings(_ indicator: InspectionIndicator) -> [Diagnostic] {
        findings.filter { $0.indicator == indicator }.map(\.diagnostic).sortedForDisplay()
    }

    /// The veto indicators hit, in report order.
    public var vetoed: [InspectionIndicator] {
        InspectionIndicator.allCases.filter { indicator in findings.contains { $0.indicator == indicator && $0.isVeto } }
    }

    /// True when no veto item is hit and the settings are sound: the exit status is then 0.
    public var passed: Bool { vetoed.isEmpty && !settingProblems.hasErrors }

    /// One indicator's verdict, in Chinese.
    func verdict(_ indicator: InspectionIndicator) -> String {
        let items = findings(indicator)
        if indicator.isVeto {
            if vetoed.contains(indicator) { return "未通过（单项否决）" }
            return items.isEmpty ? "通过" : "通过，但有 \(items.count) 处要注意"
        }
        return items.isEmpty ? "没有发现问题" : "\(items.count) 处要处理或人工核对"
    }

    /// The last line: the verdict and the counts.
    public var summary: String {
        let all = findings.map(\.diagnostic) + settingProblems
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        let notes = all.filter { $0.severity == .note }.count
        let counts = "共 \(errors) 个错误，\(warnings) 个警告，\(notes) 个提示。"
        if !settingProblems.hasErrors && vetoed.isEmpty { return "结论：通过，没有单项否决项。" + counts }
        var parts: [String] = []
        if !vetoed.isEmpty { parts.append("\(vetoed.count) 项单项否决（\(vetoed.map(\.title).joined(separator: "、"))）") }
        if settingProblems.hasErrors { parts.append("自查设置有错误") }
        return "结论：未通过，" + parts.joined(separator: "，") + "。" + counts
    }

    static let numerals = ["一", "二", "三", "四", "五", "六"]

    /// The report as `zhengfeng inspect` prints it.
    public var text: String {
        var lines = ["政府网站自查报告（按《政府网站与政务新媒体检查指标》，检查日期 \(today.day)）", ""]
        if !settingProblems.isEmpty {
            lines.append("自查设置")
            lines += settingProblems.map { "  " + $0.description }
            lines.append("")
        }
        for (number, indicator) in InspectionIndicator.allCases.enumerated() {
            let kind = indicator.isVeto ? "单项否决指标" : "扣分指标"
            lines.append("\(Self.numerals[number])、\(indicator.title)（\(kind)）：\(verdict(indicator))")
            lines += findings(indicator).map { "  " + $0.description }
            lines.append("")
        }
        if otherErrors > 0 {
            lines.append("另有 \(otherErrors) 个内容错误会使网站无法发布，请运行 zhengfeng check 查看。")
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    struct Entry: Encodable {
        let file: String
        let line: Int
        let column: Int
        let severity: String
        let code: String
        let message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.location.file
            line = diagnostic.location.line
            column = diagnostic.location.column
            severity = diagnostic.severity.rawValue
            code = diagnostic.code
            message = diagnostic.message
        }
    }

    struct Indicator: Encodable {
        let key: String
        let title: String
        let veto: Bool
        let passed: Bool
        let verdict: String
        let findings: [Entry]
    }

    struct Document: Encodable {
        let today: String
        let passed: Bool
        let vetoed: [String]
        let settingProblems: [Entry]
        let indicators: [Indicator]
        let otherErrors: Int
        let summary: String

        enum CodingKeys: String, CodingKey {
            case today, passed, vetoed, indicators, summary
            case settingProblems = "setting_problems"
            case otherErrors = "other_errors"
        }
    }

    /// The report as JSON (`--format json`): stable keys, sorted.
    public var json: String {
        let document = Document(
            today: today.day, passed: passed, vetoed: vetoed.map(\.rawValue),
            settingProblems: settingProblems.map(Entry.init),
            indicators: InspectionIndicator.allCases.map { indicator in
                Indicator(key: indicator.rawValue, title: indicator.title, veto: indicator.isVeto,
                          passed: !vetoed.contains(indicator), verdict: verdict(indicator),
                          findings: findings(indicator).map(Entry.init))
            },
            otherErrors: otherErrors, summary: summary)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
