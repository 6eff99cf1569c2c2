import Foundation

/// The indicators of 《政府网站与政务新媒体检查指标》 that zhengfeng checks, in report order.
public enum InspectionIndicator: String, Sendable, CaseIterable, Codable {
    case homeUpdates = "home_updates"
    case columnUpdates = "column_updates"
    case seriousErrors = "serious_errors"
    case links
    case basicInfo = "basic_info"

    /// The indicator's name in the national tables.
    public var title: String {
        switch self {
        case .homeUpdates: return "首页不更新"
        case .columnUpdates: return "栏目不更新（含空白栏目）"
        case .seriousErrors: return "严重错误"
        case .links: return "链接可用性"
        case .basicInfo: return "基本信息"
        }
    }

    /// A single veto item (单项否决): any error under it fails the whole site.
    public var isVeto: Bool {
        switch self {
        case .homeUpdates, .columnUpdates, .seriousErrors: return true
        case .links, .basicInfo: return false
        }
    }
}

/// One thing an inspector would find, under its indicator.
public struct InspectionFinding: Sendable, Equatable {
    public var indicator: InspectionIndicator
    public var diagnostic: Diagnostic

    /// An error under a veto indicator.
    public var isVeto: Bool { indicator.isVeto && diagnostic.severity == .error }
}

/// Looks at an `InspectionInput` the way a government-website inspector would. Pure: the same
/// input gives the same findings, in the same order.
public enum Inspector {
    public static func inspect(_ input: InspectionInput) -> InspectionReport {
        var findings: [InspectionFinding] = []
        findings += homeUpdates(input).map { InspectionFinding(indicator: .homeUpdates, diagnostic: $0) }
        findings += columnUpdates(input).map { InspectionFinding(indicator: .columnUpdates, diagnostic: $0) }
        findings += seriousErrors(input).map { InspectionFinding(indicator: .seriousErrors, diagnostic: $0) }
        findings += links(input).map { InspectionFinding(indicator: .links, diagnostic: $0) }
        findings += basicInfo(input).map { InspectionFinding(indicator: .basicInfo, diagnostic: $0) }
        return InspectionReport(today: input.today, findings: findings, settingProblems: input.settingProblems,
                                otherErrors: input.otherErrors)
    }

    static let day = 86400

    /// Whole days from `date` to `today` (0 on the same day), by Beijing calendar days.
    static func days(from date: PageDate, to today: PageDate) -> Int {
        let offset = PageDate.beijingOffset
        let start = Int((Double(date.timestamp + offset) / Double(day)).rounded(.down))
        let end = Int((Double(today.timestamp + offset) / Double(day)).rounded(.down))
        return end - start
    }

    /// 首页不更新: no dated information on the home page within `home_days`.
    static func homeUpdates(_ input: InspectionInput) -> [Diagnostic] {
        let window = input.settings.homeDays
        let dated = input.homePages.compactMap { input.pages[$0] }.filter { $0.date != nil && $0.date! <= input.today }
        let newest = dated.max { ($0.date!, $1.contentPath) < ($1.date!, $0.contentPath) }
        let location = SourceLocation(file: input.homeSourcePath)
        let list = input.homeListTitle.isEmpty ? "首页列出的栏目" : "“\(input.homeListTitle)”栏目"
        guard let newest, let date = newest.date else {
            return [.error("INSPECT_HOME_STALE",
                           "首页上没有一条写了日期的信息（没有日期的信息按未更新算）。检查时首页 \(window) 天内没有新信息是单项否决。请在\(list)发布新稿件，并在设置区写上 date。",
                           at: location)]
        }
        let age = days(from: date, to: input.today)
        guard age > window else { return [] }
        return [.error("INSPECT_HOME_STALE",
                       "首页最新的信息是 \(date.day) 的《\(newest.title)》（\(newest.sourcePath)），到 \(input.today.day) 已经 \(age) 天没有更新，超过了 \(window) 天。首页不更新是单项否决。请在\(list)发布新稿件，并在设置区写上当天的 date。",
                       at: location)]
    }

    /// The newest date among the column's pages that is not after today.
    static func newest(_ column: InspectionInput.Column, in input: InspectionInput) -> InspectionInput.Article? {
        column.pages.compactMap { input.pages[$0] }
            .filter { !$0.isSection && $0.date != nil && $0.date! <= input.today }
            .max { ($0.date!, $1.contentPath) < ($1.date!, $0.contentPath) }
    }

    /// 栏目不更新 and 空白栏目: each stale or blank column (warnings), and an error when their
    /// number reaches a veto threshold.
    static func columnUpdates(_ input: InspectionInput) -> [Diagnostic] {
        let settings = input.settings
        var found: [Diagnostic] = []
        var staleNewsOrNotices: [String] = [], staleAny: [String] = [], blank: [String] = []
        for column in input.columns {
            let location = SourceLocation(file: column.sourcePath)
            let articles = column.pages.compactMap { input.pages[$0] }.filter { !$0.isSection }
            if articles.isEmpty && !column.hasSubcolumns && (!column.hasText || settings.rule(for: column.columnType) != nil) {
                blank.append(column.title)
                found.append(.warning("INSPECT_COLUMN_BLANK",
                                      "栏目“\(column.title)”是空白栏目：没有一篇发布的文章\(column.hasText ? "" : "，栏目页也没有正文")。请发布内容；暂时没有内容的栏目请删除或合并到别的栏目（栏目页加 draft: true 即不发布）。",
                                      at: location))
                continue
            }
            if column.columnType.isEmpty {
                if !articles.isEmpty {
                    found.append(.warning("INSPECT_COLUMN_TYPE",
                                          "栏目“\(column.title)”没有写栏目类型，无法按检查指标判断它是否按时更新。请在 \(column.sourcePath) 的设置区写 column_type，例如 column_type: 工作动态、通知公告 或 机构职能。",
                                          at: location))
                }
                continue
            }
            guard let rule = settings.rule(for: column.columnType) else { continue }
            let newest = newest(column, in: input)
            let age = newest.map { days(from: $0.date!, to: input.today) }
            guard age.map({ $0 > rule.days }) ?? true else { continue }
            staleAny.append(column.title)
            if rule.kind != .other { staleNewsOrNotices.append(column.title) }
            let last = newest.map { "最近一篇是 \($0.date!.day) 的《\($0.title)》，已经 \(age!) 天" } ?? "还没有写了日期的文章"
            found.append(.warning("INSPECT_COLUMN_STALE",
                                  "栏目“\(column.title)”（\(column.columnType)）应在 \(rule.days) 天内更新：\(last)。请发布新稿件并写上 date。",
                                  at: location))
        }
        let place = SourceLocation(file: "content")
        if staleNewsOrNotices.count >= settings.staleColumns {
            found.append(.error("INSPECT_COLUMN_COUNT",
                                "动态、要闻类栏目超过 \(settings.dynamicDays) 天未更新、通知公告和政策文件类栏目超过 \(settings.noticeDays) 天未更新的，共 \(staleNewsOrNotices.count) 个（\(staleNewsOrNotices.joined(separator: "、"))），达到单项否决的 \(settings.staleColumns) 个。请更新这些栏目，或删除、合并不再使用的栏目。",
                                at: place))
        }
        if staleAny.count >= settings.unupdatedColumns {
            found.append(.error("INSPECT_COLUMN_COUNT",
                                "应更新但未按时更新的栏目共 \(staleAny.count) 个（\(staleAny.joined(separator: "、"))），达到单项否决的 \(settings.unupdatedColumns) 个。请更新这些栏目，或删除、合并不再使用的栏目。",
                                at: place))
        }
        if blank.count >= settings.blankColumns {
            found.append(.error("INSPECT_COLUMN_COUNT",
                                "空白栏目共 \(blank.count) 个（\(blank.joined(separator: "、"))），达到单项否决的 \(settings.blankColumns) 个。请给这些栏目发布内容，或删除、合并它们。",
                                at: place))
        }
        return found
    }

    /// 严重错误: wrong wording, and publication dates that look forged.
    static func seriousErrors(_ input: InspectionInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let scanner = WordingScanner(rules: input.wording)
        for text in input.texts {
            for match in scanner.matches(in: text.text) {
                let location = SourceLocation(file: text.file, line: text.lineOffset + match.line, column: match.column)
                let why = match.rule.note.isEmpty ? "" : "（\(match.rule.note)）"
                if match.rule.serious {
                    found.append(.error("INSPECT_WORDING",
                                        "“\(match.rule.wrong)”是严重的表述错误，应写作“\(match.rule.right)”\(why)。政府网站出现严重表述错误是单项否决，请改正。",
                                        at: location))
                } else {
                    found.append(.warning("INSPECT_TYPO",
                                          "“\(match.rule.wrong)”应写作“\(match.rule.right)”\(why)。请改正。",
                                          at: location))
                }
            }
        }

        let articles = input.pages.values.filter { $0.date != nil }.sorted { $0.sourcePath < $1.sourcePath }
        let columnOf: [String: InspectionInput.Column] = input.columns.reduce(into: [:]) { map, column in
            for path in column.pages where map[path] == nil || map[path]!.path.count < column.path.count { map[path] = column }
        }
        for article in articles {
            let date = article.date!
            if date > input.today {
                found.append(.error("INSPECT_DATE_FORGED",
                                    "《\(article.title)》的日期 \(date.day) 晚于今天（\(input.today.day)），像是伪造的发布日期。请写实际发布的日期。",
                                    at: article.dateLocation))
            } else if let opened = input.settings.siteOpened, date < opened {
                found.append(.error("INSPECT_DATE_FORGED",
                                    "《\(article.title)》的日期 \(date.day) 早于网站开通的日子（site.yml 的 inspect.site_opened：\(opened.day)），像是伪造的发布日期。请写实际发布的日期；转载旧文件请写转载的日期，原文日期写在正文里。",
                                    at: article.dateLocation))
            } else if let column = columnOf[article.contentPath], let opened = column.opened, date < opened.date {
                found.append(.error("INSPECT_DATE_FORGED",
                                    "《\(article.title)》的日期 \(date.day) 早于栏目“\(column.title)”开设的日子（column_opened：\(opened.date.day)），像是伪造的发布日期。请写实际发布的日期。",
                                    at: article.dateLocation))
            }
        }
        let groups = Dictionary(grouping: articles.filter { !$0.isSection }, by: { $0.date!.timestamp })
        for timestamp in groups.keys.sorted() {
            let group = groups[timestamp]!
            guard group.count >= input.settings.sameTimePages else { continue }
            let date = group[0].date!
            let when = date.hasTime ? date.minute : date.day
            let names = group.prefix(5).map(\.sourcePath).joined(separator: "、") + (group.count > 5 ? " 等" : "")
            found.append(.error("INSPECT_DATE_SAME",
                                "\(group.count) 个页面的日期都是 \(when)（\(names)），像是批量改过的发布日期。请给每个页面写它实际发布的日期。",
                                at: group[0].dateLocation))
        }
        return found
    }

    /// 链接可用性: what the build's link checks found, and external links: those that did
    /// not open (`--online`), or, when not checked online, each to open by hand.
    static func links(_ input: InspectionInput) -> [Diagnostic] {
        var found = input.linkProblems
        var seen: [String: (location: SourceLocation, count: Int)] = [:]
        var order: [String] = []
        for link in input.externalLinks {
            if let known = seen[link.url] {
                seen[link.url] = (known.location, known.count + 1)
            } else {
                seen[link.url] = (link.location, 1)
                order.append(link.url)
            }
        }
        for url in order.sorted() {
            let entry = seen[url]!
            let more = entry.count > 1 ? "（共 \(entry.count) 处）" : ""
            if let probed = input.probed {
                guard let outcome = probed[url], let problem = outcome else { continue }
                found.append(.warning("INSPECT_LINK_DEAD",
                                      "外部链接 \(url)\(more) 打不开：\(problem)。请核对网址，对方网站已改版的换成新网址，已关闭的删去这个链接。",
                                      at: entry.location))
                continue
            }
            found.append(Diagnostic(.note, "INSPECT_LINK_EXTERNAL",
                                    "外部链接 \(url) 不在本网站\(more)，zhengfeng 不联网检查。请在浏览器中打开，确认能访问、内容正确。",
                                    at: entry.location))
        }
        return found
    }

    /// 基本信息: footer slots, the site identification code and the meta tags.
    static func basicInfo(_ input: InspectionInput) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for missing in input.missingInfo {
            let state = missing.isPlaceholder ? "还是待填内容" : "没有填写"
            found.append(.warning("INSPECT_INFO_MISSING",
                                  "页脚的\(missing.what)（site.yml 的 \(missing.field)）\(state)。政府网站的页脚必须有这一项，请填写开办网站时取得的真实信息。",
                                  at: missing.location))
        }
        if let code = input.siteCode, code.value.count != 10 || !code.value.allSatisfy(\.isASCII) || !code.value.allSatisfy(\.isNumber) {
            found.append(.warning("INSPECT_SITE_CODE",
                                  "网站标识码“\(code.value)”不是 10 位数字。请照政府网站信息报送系统给出的网站标识码填写。",
                                  at: code.location))
        }
        let codeMissing = input.missingInfo.contains { $0.field == "footer.site_code" }
        var byTag: [String: [String]] = [:]
        for page in input.missingMeta {
            for tag in page.tags where !(tag == "SiteIDCode" && codeMissing) { byTag[tag, default: []].append(page.file) }
        }
        for tag in byTag.keys.sorted() {
            let files = byTag[tag]!
            let names = files.prefix(3).joined(separator: "、") + (files.count > 3 ? " 等" : "")
            found.append(.warning("INSPECT_META_MISSING",
                                  "\(files.count) 个页面缺少政府网站必须有的 <meta name=\"\(tag)\">（\(names)）。请设计人员在模板中加上这个标签（内置模板的 layout.mustache 和 partials/site-meta.mustache 里有写法）。",
                                  at: SourceLocation(file: files[0])))
        }
        return found
    }
}
