import Foundation

/// The rules a case notice (`notice:` in front matter) must keep, each reported at the line
/// of the value concerned: the penalty is one of the party or public-official penalties; a
/// false-accusation notice says how it was handled; a clearing notice names the allegation it
/// clears; the dates run report → finding → notice; a full name needs recorded consent; no
/// home address. Personal numbers (ID, phone) are the privacy check's, which reads the front
/// matter too. Runs on every page, published or not, as the privacy check does.
public enum NoticeCheck {
    public static func run(content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in content.pages.keys.sorted() {
            guard let page = content.pages[path], let notice = page.frontMatter.notice else { continue }
            diagnostics += check(notice, pageDate: page.date)
        }
        return diagnostics
    }

    static func check(_ notice: CaseNotice, pageDate: PageDate?) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += penalties(notice)
        if notice.kind == .clearing && notice.allegation == nil {
            diagnostics.append(.error("NOTICE_CLEARING_ALLEGATION",
                                      "澄清正名通报要写明澄清的是哪一项具体问题：澄清只针对查明不属实的那一项，不是对本人的全面评价。请在 notice: 下面加一行“  allegation: 被反映的具体问题”（例如“在老旧小区改造中指定亲属承揽工程”）。",
                                      at: notice.location("notice")))
        }
        diagnostics += dates(notice, pageDate: pageDate)
        if notice.nameConsent == nil && !notice.name.contains("某") {
            let surname = notice.name.first.map(String.init) ?? ""
            diagnostics.append(.error("NOTICE_FULL_NAME",
                                      "通报中的姓名“\(notice.name)”是全名，但没有记录本人同意公开全名。请写成“\(surname)某”；本人确已同意的，请在 notice: 下面加一行“  name_consent: 同意的记录（时间、方式、存档号）”。",
                                      at: notice.location("name")))
        }
        diagnostics += addresses(notice)
        return diagnostics
    }

    static func penalties(_ notice: CaseNotice) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if let written = notice.partyPenalty, Penalty.normalized(written, in: Penalty.party, prefix: "党内") == nil {
            diagnostics.append(.error("NOTICE_PENALTY",
                                      "党纪处分“\(written)”不在《中国共产党纪律处分条例》规定的处分种类中。party_penalty 只能是：\(Penalty.party.joined(separator: "、"))。",
                                      at: notice.location("party_penalty")))
        }
        if let written = notice.officialPenalty, Penalty.normalized(written, in: Penalty.official, prefix: "政务") == nil {
            diagnostics.append(.error("NOTICE_PENALTY",
                                      "政务处分“\(written)”不在《中华人民共和国公职人员政务处分法》规定的处分种类中。official_penalty 只能是：\(Penalty.official.joined(separator: "、"))。",
                                      at: notice.location("official_penalty")))
        }
        if notice.kind == .falseAccusation && notice.partyPenalty == nil && notice.officialPenalty == nil
            && notice.otherHandling == nil {
            diagnostics.append(.error("NOTICE_HANDLING_MISSING",
                                      "诬告陷害查处通报要写明由哪个机关给予了什么处分。党员请加“  party_penalty: 党纪处分”，公职人员请加“  official_penalty: 政务处分”；两者都不是的，请加“  other_handling: 移送公安机关依法处理”之类的处理情况。",
                                      at: notice.location("notice")))
        }
        return diagnostics
    }

    static func dates(_ notice: CaseNotice, pageDate: PageDate?) -> [Diagnostic] {
        guard let pageDate else {
            return [.error("NOTICE_FIELD_MISSING",
                           "通报页面要有通报日期：请在设置区加一行“date: 2026-09-15”（不在 notice: 下面，与 title 对齐）。",
                           at: notice.location("notice"))]
        }
        let noticeDate = NoticeDate(pageDate)
        var diagnostics: [Diagnostic] = []
        let reportedLabel = notice.kind == .clearing ? "收到举报的时间" : "诬告行为的时间"
        if let found = notice.found, notice.reported.isAfter(found) {
            diagnostics.append(.error("NOTICE_DATES_ORDER",
                                      "核查认定时间（found: \(found.chinese)）早于\(reportedLabel)（reported: \(notice.reported.chinese)）。先有举报，后有核查，再发通报：请核对这两个日期。",
                                      at: notice.location("found")))
        }
        if let found = notice.found, found.isAfter(noticeDate) {
            diagnostics.append(.error("NOTICE_DATES_ORDER",
                                      "核查认定时间（found: \(found.chinese)）晚于通报日期（date: \(noticeDate.chinese)）。通报要在核查之后发：请核对这两个日期。",
                                      at: notice.location("found")))
        } else if notice.reported.isAfter(noticeDate) {
            diagnostics.append(.error("NOTICE_DATES_ORDER",
                                      "\(reportedLabel)（reported: \(notice.reported.chinese)）晚于通报日期（date: \(noticeDate.chinese)）。通报要在这之后发：请核对这两个日期。",
                                      at: notice.location("reported")))
        }
        return diagnostics
    }

    /// Words that give a home address away: a building, unit or room number, 家住, 住址.
    static let addressPattern = try! NSRegularExpression(
        pattern: "[0-9０-９一二三四五六七八九十百]+(号楼|栋|幢|单元|室|号院)|家住|住址|门牌|家庭地址|住在")

    static let textFields = ["unit", "position", "name", "conduct", "allegation", "finding", "other_handling", "audience"]

    static func addresses(_ notice: CaseNotice) -> [Diagnostic] {
        let values: [String: String?] = [
            "unit": notice.unit, "position": notice.position, "name": notice.name, "conduct": notice.conduct,
            "allegation": notice.allegation, "finding": notice.finding, "other_handling": notice.otherHandling,
            "audience": notice.audience,
        ]
        var diagnostics: [Diagnostic] = []
        for key in textFields {
            guard let value = values[key] ?? nil else { continue }
            let range = NSRange(value.startIndex..., in: value)
            guard let match = addressPattern.firstMatch(in: value, range: range), let found = Range(match.range, in: value)
            else { continue }
            diagnostics.append(.error("NOTICE_HOME_ADDRESS",
                                      "通报记录的“\(key)”里像是家庭住址（“\(value[found])”）。通报不得公布家庭住址、门牌号，请删去，单位写到“某街道某社区”一级即可。",
                                      at: notice.location(key)))
        }
        return diagnostics
    }
}
