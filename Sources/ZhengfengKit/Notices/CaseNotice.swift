import Foundation

/// A case notice (通报) as a record: the `notice:` mapping in a page's front matter. Two
/// kinds: a typical false-accusation case (诬告陷害查处) and a clearing notice for a wrongly
/// accused official (澄清正名). zhengfeng renders its text in the official pattern (unit,
/// position, name, conduct with date, which body imposed which penalty; for clearing, the
/// one allegation found untrue) through the theme's `partials/notice` template, lists the
/// records by year and kind, and prints them as an A4 notice sheet and a display-board panel.
///
/// The notice date is the page's `date`. A notice whose scope is limited (一定范围) makes its
/// page `visibility: internal`, so it reaches only internal builds (`--internal`).
public struct CaseNotice: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case falseAccusation = "false-accusation"
        case clearing

        /// The name editors see and write: 诬告陷害查处 / 澄清正名.
        public var chinese: String {
            switch self {
            case .falseAccusation: return "诬告陷害查处"
            case .clearing: return "澄清正名"
            }
        }

        /// The value of `kind:` as written (Chinese or the English id).
        init?(written: String) {
            let text = written.trimmingCharacters(in: .whitespaces)
            guard let kind = Kind.allCases.first(where: { $0.chinese == text || $0.rawValue == text.lowercased() })
            else { return nil }
            self = kind
        }
    }

    /// Where a notice may be read (通报范围).
    public enum Scope: String, Sendable {
        /// 公开: on the public site, its lists, feed, print and every public output.
        case `public`
        /// 一定范围: internally or for a named audience only; never public.
        case limited

        init?(written: String) {
            switch written.trimmingCharacters(in: .whitespaces).lowercased() {
            case "公开", "public": self = .public
            case "一定范围", "内部", "limited", "internal": self = .limited
            default: return nil
            }
        }
    }

    public var kind: Kind
    /// The person's unit (所在单位), e.g. 秦都区某街道办事处.
    public var unit: String
    /// The person's position (职务或身份), e.g. 工作人员, 村民.
    public var position: String
    /// The name as the notice shows it: surname + 某 (张某) unless consent is recorded.
    public var name: String
    /// Where the person's consent to show the full name is recorded; nil without consent.
    public var nameConsent: String?
    /// False accusation: what the person did (捏造……的事实，……举报).
    public var conduct: String?
    /// Clearing: the specific allegation found untrue (the only thing cleared).
    public var allegation: String?
    /// False accusation: when it was done; clearing: when the report was received.
    public var reported: NoticeDate
    /// When the verification finding was made (optional).
    public var found: NoticeDate?
    /// The verification finding (经核查……).
    public var finding: String
    /// The body that handled it (处理机关), e.g. 秦都区纪委监委.
    public var handledBy: String
    /// A party disciplinary penalty (党纪处分), one of `Penalty.party`.
    public var partyPenalty: String?
    /// A public-official sanction (政务处分), one of `Penalty.official`.
    public var officialPenalty: String?
    /// Any other handling, as a clause: 移送公安机关，公安机关依法对其作出治安管理处罚.
    public var otherHandling: String?
    public var scope: Scope
    /// With a limited scope, who may read it (在……范围内): 该街道干部职工.
    public var audience: String?
    /// Where each field's value is written (keys as in YAML), and `notice` for the key itself.
    public var locations: [String: SourceLocation]

    /// The location of `field`'s value, else of the `notice:` key.
    public func location(_ field: String) -> SourceLocation {
        locations[field] ?? locations["notice"] ?? SourceLocation(file: "")
    }
}

/// A date in a notice record: a month (`2026-03`) or a day (`2026-03-15`).
public struct NoticeDate: Sendable, Equatable {
    public var year: Int
    public var month: Int
    /// nil when only the month is known.
    public var day: Int?

    /// Parses `2026-03` or `2026-03-15`; nil for anything else.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4, parts[1].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        self.year = year
        self.month = month
        if parts.count == 3 {
            guard parts[2].count == 2, let day = Int(parts[2]), PageDate(parsing: text.trimmingCharacters(in: .whitespaces)) != nil
            else { return nil }
            self.day = day
        }
    }

    public init(year: Int, month: Int, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day of a page date.
    public init(_ date: PageDate) {
        let c = date.components
        self.init(year: c.year, month: c.month, day: c.day)
    }

    /// `2026年3月` or `2026年3月15日`.
    public var chinese: String {
        "\(year)年\(month)月" + (day.map { "\($0)日" } ?? "")
    }

    /// True when `self` is surely later than `other` (a month alone is not later than a
    /// day of the same month, nor earlier).
    public func isAfter(_ other: NoticeDate) -> Bool {
        if (year, month) != (other.year, other.month) { return (year, month) > (other.year, other.month) }
        guard let day, let otherDay = other.day else { return false }
        return day > otherDay
    }
}

/// The penalties a notice may name, from the party disciplinary regulations and the law on
/// sanctions for public officials.
public enum Penalty {
    /// 党纪处分.
    public static let party = ["警告", "严重警告", "撤销党内职务", "留党察看", "开除党籍"]
    /// 政务处分.
    public static let official = ["警告", "记过", "记大过", "降级", "撤职", "开除"]

    /// The listed penalty `written` names, accepting the prefix 党内/政务 and the suffix 处分
    /// (党内严重警告处分 → 严重警告); nil when it is not in `list`.
    static func normalized(_ written: String, in list: [String], prefix: String) -> String? {
        var text = written.trimmingCharacters(in: .whitespaces)
        if text.hasSuffix("处分") { text.removeLast(2) }
        if list.contains(text) { return text }
        if text.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            if list.contains(rest) { return rest }
        }
        return nil
    }

    /// How a party penalty reads in a sentence: 党内严重警告, 留党察看, 开除党籍.
    static func partyPhrase(_ penalty: String) -> String {
        penalty == "警告" || penalty == "严重警告" ? "党内" + penalty : penalty
    }

    /// How a public-official sanction reads in a sentence: 政务记大过, 开除公职.
    static func officialPhrase(_ penalty: String) -> String {
        penalty == "开除" ? "开除公职" : "政务" + penalty
    }
}
