import Foundation

/// The publicity year's working data, typed: the units expected to report, their monthly
/// reports with media articles, the field visits and their rectifications, the monthly
/// totals of the letters-and-visits register for this year and the last, and the awareness
/// questionnaire with its answers. Loaded by `CampaignLoader` from content/data/; read by
/// `CampaignFigures` and the internal pages. Never part of the public site.
public struct CampaignData: Sendable {
    /// The data are invented examples (`sample: true` in units.yml): pages say 示例数据.
    public var sample = false
    /// The campaign year (`year:` in units.yml).
    public var year: Int
    public var units: [CampaignUnit] = []
    public var reports: [UnitReport] = []
    public var visits: [FieldVisit] = []
    public var metrics: [MetricsMonth] = []
    public var survey: Survey?

    public init(year: Int) { self.year = year }
}

/// A year and month (`2026-05`).
public struct CampaignMonth: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int

    public init(year: Int, month: Int) {
        self.year = year
        self.month = month
    }

    /// `2026-05`
    public var key: String { String(format: "%04d-%02d", year, month) }
    /// `2026年5月`
    public var chinese: String { "\(year)年\(month)月" }

    public static func < (lhs: CampaignMonth, rhs: CampaignMonth) -> Bool {
        (lhs.year, lhs.month) < (rhs.year, rhs.month)
    }
}

/// A calendar day (`2026-05-20`).
public struct CampaignDay: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public var key: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var chinese: String { "\(year)年\(month)月\(day)日" }

    public static func < (lhs: CampaignDay, rhs: CampaignDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A unit expected to report monthly: a 街办, a department or a 派驻（出）机构.
public struct CampaignUnit: Sendable, Hashable {
    public var name: String
    /// 街办, 部门 or 派驻机构 (as written in units.yml).
    public var kind: String
    /// The named contact person (信息报送联系人).
    public var contact: String
}

/// An article a unit published in the media.
public struct MediaArticle: Sendable, Hashable {
    public var unit: String
    public var month: CampaignMonth
    public var title: String
    /// 刊播媒体 (秦都廉政网, 微信公众号, a newspaper).
    public var outlet: String
    public var date: CampaignDay?
    /// Its address; empty for print media.
    public var url: String
}

/// One unit's report for one month.
public struct UnitReport: Sendable {
    public var unit: String
    public var month: CampaignMonth
    public var contact: String
    /// 四进活动场次
    public var events: Int
    /// 参与人数
    public var participants: Int
    /// 发放资料份数
    public var materials: Int
    /// 工作落实情况
    public var work: String
    public var articles: [MediaArticle]
    /// The file and line of the row that carries the figures.
    public var location: SourceLocation
}

/// A field visit (调研指导) and the rectification it asked for (督促整改).
public struct FieldVisit: Sendable {
    public var date: CampaignDay
    public var unit: String
    public var findings: String
    public var suggestions: String
    /// 整改期限
    public var due: CampaignDay?
    /// 已整改 (true) or still 整改中.
    public var rectified: Bool
    public var location: SourceLocation
}

/// The letters-and-visits register's totals for one month.
public struct MetricsMonth: Sendable {
    public var month: CampaignMonth
    public var values: [CampaignMetric: Int]
}

/// The columns of metrics.csv.
public enum CampaignMetric: String, Sendable, CaseIterable, Hashable {
    case total = "信访举报总量"
    case accusations = "检举控告"
    case realName = "实名"
    case online = "网络"
    case outOfScope = "业务范围外"
    case repeated = "重复"
    case falseAccusations = "诬告陷害查处"
    case cleared = "澄清正名"
}

/// The awareness questionnaire (知晓率) and the answers collected at 四进 events.
public struct Survey: Sendable {
    public struct Question: Sendable {
        public var id: String
        public var text: String
        public var options: [String]
        /// The letter of the right option (`A`).
        public var answer: String
    }

    public var title: String
    public var introduction: String
    public var questions: [Question]
    /// Answers: audience (机关/企业/社区/农村), then question id → letter chosen.
    public var responses: [(audience: String, answers: [String: String])] = []

    /// The four audiences of 四进, in the plan's order.
    public static let audiences = ["机关", "企业", "社区", "农村"]
}
