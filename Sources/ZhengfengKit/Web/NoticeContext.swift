import Foundation

/// Case notices as template values (`page.notice`, the notices section's `notice_years`, the
/// print notice sheet and board): the fields of the record, ready for the official pattern
/// that `partials/notice.mustache` writes. The keys are documented in docs/templates.md.
extension TemplateContexts {
    /// The record of a notice published on `date` as template data.
    static func noticeContext(_ notice: CaseNotice, date: PageDate?) -> [String: Any] {
        let party = notice.partyPenalty.map { Penalty.partyPhrase(Penalty.normalized($0, in: Penalty.party, prefix: "党内") ?? $0) }
        let official = notice.officialPenalty.map {
            Penalty.officialPhrase(Penalty.normalized($0, in: Penalty.official, prefix: "政务") ?? $0)
        }
        let penalties = [party, official].compactMap { $0 }
        var context: [String: Any] = [
            "kind": notice.kind.chinese,
            "kind_id": notice.kind.rawValue,
            "is_false_accusation": notice.kind == .falseAccusation,
            "is_clearing": notice.kind == .clearing,
            "unit": notice.unit,
            "position": notice.position,
            "name": notice.name,
            "reported": notice.reported.chinese,
            "finding": TemplateContexts.withoutFinalStop(notice.finding),
            "handled_by": notice.handledBy,
            "penalties": penalties.joined(separator: "、"),
            "has_penalties": !penalties.isEmpty,
            "is_limited": notice.scope == .limited,
        ]
        TemplateValue.set(&context, "conduct", notice.conduct.map(TemplateContexts.withoutFinalStop) ?? "")
        TemplateValue.set(&context, "allegation", notice.allegation.map(TemplateContexts.withoutFinalStop) ?? "")
        TemplateValue.set(&context, "found", notice.found?.chinese ?? "")
        TemplateValue.set(&context, "other_handling", notice.otherHandling.map(TemplateContexts.withoutFinalStop) ?? "")
        TemplateValue.set(&context, "audience", notice.audience ?? "")
        if let date {
            context["date"] = date.chinese
            context["year"] = date.components.year
        }
        return context
    }

    /// The template adds the full stop after a clause; one the editor wrote is dropped.
    static func withoutFinalStop(_ text: String) -> String {
        var text = text
        while let last = text.last, "。；;.".contains(last) { text.removeLast() }
        return text
    }

    /// The notice pages among `pages`, grouped by the year of their date (newest year first)
    /// and, within a year, by kind (诬告陷害查处, then 澄清正名), each group newest first.
    func noticeYears(_ pages: [RenderedPage]) -> [[String: Any]] {
        let notices = PublishedSite.newestFirst(pages.filter { $0.page.frontMatter.notice != nil })
        var years: [Int] = []
        for page in notices {
            let year = page.page.date!.components.year
            if !years.contains(year) { years.append(year) }
        }
        return years.map { year in
            let inYear = notices.filter { $0.page.date!.components.year == year }
            let kinds = CaseNotice.Kind.allCases.compactMap { kind -> [String: Any]? in
                let items = inYear.filter { $0.page.frontMatter.notice?.kind == kind }
                guard !items.isEmpty else { return nil }
                return ["kind": kind.chinese, "kind_id": kind.rawValue, "pages": items.map(listItem)]
            }
            return ["year": year, "kinds": kinds]
        }
    }
}
