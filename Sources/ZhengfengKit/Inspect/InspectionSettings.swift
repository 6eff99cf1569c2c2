import Foundation

/// The thresholds of the self-inspection (`zhengfeng inspect`), from the `inspect:` mapping of
/// site.yml. Every value defaults to the national indicator (《政府网站与政务新媒体检查指标》).
public struct InspectionSettings: Sendable, Equatable {
    /// The home page must have newly dated information within this many days.
    public var homeDays = 14
    /// 动态、要闻 columns must be updated within this many days.
    public var dynamicDays = 14
    /// 通知公告、政策文件 columns must be updated within this many days (6 months).
    public var noticeDays = 180
    /// Veto when this many 动态/要闻/通知公告/政策文件 columns are not updated.
    public var staleColumns = 5
    /// Veto when this many columns that should be updated (any column with a window) are not.
    public var unupdatedColumns = 10
    /// Veto when this many columns are blank.
    public var blankColumns = 5
    /// Dates shared by this many pages (the same timestamp) look forged.
    public var sameTimePages = 5
    /// The day the site opened; a page dated before it looks forged. Nil: not checked.
    public var siteOpened: PageDate?
    /// Update windows in days of further column types (`办事指南: 365`).
    public var columnDays: [String: Int] = [:]

    public init() {}

    /// The `inspect:` key of site.yml.
    public static let key = "inspect"
    /// The front-matter key of a section's `_index.md` that says when the column opened.
    public static let columnOpenedKey = "column_opened"

    /// Reads the `inspect:` mapping of site.yml's text; wrong values are reported at their
    /// line and the default is kept.
    public static func parse(siteYAML text: String, file: String = "content/site.yml") -> (InspectionSettings, [Diagnostic]) {
        var settings = InspectionSettings()
        guard let root = try? YAMLParser.parse(text, file: file) else { return (settings, []) }
        let top = YAMLFields(root, file: file)
        guard let node = top.node(key) else { return (settings, []) }
        var fields = YAMLFields(node, file: file, origin: top.location(of: node))
        func days(_ name: String, _ value: inout Int) {
            guard let number = fields.int(name) else { return }
            if number < 1, let node = fields.node(name) {
                fields.report("INSPECT_SETTING", "inspect.\(name) 应是大于 0 的整数（天数或个数），例如 \(value)。", at: node)
            } else {
                value = number
            }
        }
        days("home_days", &settings.homeDays)
        days("dynamic_days", &settings.dynamicDays)
        days("notice_days", &settings.noticeDays)
        days("stale_columns", &settings.staleColumns)
        days("unupdated_columns", &settings.unupdatedColumns)
        days("blank_columns", &settings.blankColumns)
        days("same_time_pages", &settings.sameTimePages)
        settings.siteOpened = fields.date("site_opened")
        if let mapping = fields.node("column_days") {
            var types = YAMLFields(mapping, file: file, origin: fields.location(of: mapping))
            for entry in types.keys {
                guard let number = types.int(entry.key) else { continue }
                if number < 1 {
                    types.report("INSPECT_SETTING", "inspect.column_days 中“\(entry.key)”应是大于 0 的天数，例如 365。", at: entry.node)
                } else {
                    settings.columnDays[entry.key] = number
                }
            }
            fields.merge(types)
        }
        return (settings, fields.diagnostics)
    }

    /// How often a column of `type` must be updated, or nil when the indicators set no window.
    /// Types naming 动态, 要闻 or 新闻 are news columns; 通知, 公告, 政策 or 文件, notice columns;
    /// `column_days` adds or overrides types.
    public func rule(for type: String) -> ColumnRule? {
        if let days = columnDays[type] { return ColumnRule(kind: .other, days: days) }
        if ["动态", "要闻", "新闻"].contains(where: type.contains) { return ColumnRule(kind: .news, days: dynamicDays) }
        if ["通知", "公告", "政策", "文件"].contains(where: type.contains) { return ColumnRule(kind: .notices, days: noticeDays) }
        return nil
    }
}

/// How often a column must be updated.
public struct ColumnRule: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// 动态、要闻: 2 weeks.
        case news
        /// 通知公告、政策文件: 6 months.
        case notices
        /// A type given a window in `inspect.column_days`.
        case other
    }
    public var kind: Kind
    public var days: Int
}
