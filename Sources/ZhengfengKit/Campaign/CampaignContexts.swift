import Foundation

/// The campaign figures as Mustache values (the keys are listed in docs/campaign-data.md):
/// the one place where `CampaignFigures` crosses into templates. Links are root-relative;
/// the writer finishes them for the build's link mode.
struct CampaignContexts {
    let figures: CampaignFigures
    let site: PublishedSite

    var data: CampaignData { figures.data }

    /// Output paths of the internal pages and print sheets.
    enum Paths {
        static let root = "internal/campaign/"
        static let reports = root + "reports/"
        static let visits = root + "visits/"
        static let comparison = root + "comparison/"
        static let printRoot = root + "print/"
        static func monthly(_ month: CampaignMonth) -> String { printRoot + "monthly-\(month.key).html" }
        static let yearReport = printRoot + "year-report.html"
        static let survey = printRoot + "survey.html"
        static let stylesheet = root + "campaign.css"
    }

    /// Values every campaign page shares.
    func common(title: String) -> [String: Any] {
        var links: [String: Any] = [
            "home": site.link(Paths.root), "reports": site.link(Paths.reports), "visits": site.link(Paths.visits),
            "comparison": site.link(Paths.comparison), "year_report": site.link(Paths.yearReport),
            "stylesheet": site.link(Paths.stylesheet),
        ]
        if data.survey != nil { links["survey"] = site.link(Paths.survey) }
        return [
            "title": title,
            "year": data.year,
            "sample": data.sample,
            "today": figures.today.chinese,
            "links": links,
            "has_survey": data.survey != nil,
            "print_months": figures.months.reversed().map {
                ["month": $0.chinese, "url": site.link(Paths.monthly($0))] as [String: Any]
            },
        ]
    }

    /// 信息报送: unit × month, who is missing, totals, every article.
    func reports() -> [String: Any] {
        var context = common(title: "信息报送情况")
        let months = figures.months
        context["months"] = months.map { month -> [String: Any] in
            let missing = figures.missing(in: month)
            let totals = figures.totals(month)
            return ["key": month.key, "chinese": month.chinese, "short": "\(month.month)月",
                    "missing": missing.map { ["name": $0.name, "contact": $0.contact] },
                    "missing_count": missing.count, "has_missing": !missing.isEmpty,
                    "reported": totals.reported, "events": totals.events, "participants": totals.participants,
                    "materials": totals.materials, "articles": totals.articles,
                    "print_url": site.link(Paths.monthly(month))]
        }
        context["units"] = data.units.map { unit -> [String: Any] in
            let reports = data.reports.filter { $0.unit == unit.name }
            return ["name": unit.name, "kind": unit.kind, "contact": unit.contact,
                    "missed": months.filter { figures.report(unit.name, $0) == nil }.count,
                    "cells": months.map { month -> [String: Any] in
                        guard let report = figures.report(unit.name, month) else {
                            return ["missing": true, "month": month.chinese]
                        }
                        return ["missing": false, "month": month.chinese, "events": report.events,
                                "articles": report.articles.count]
                    },
                    "events": reports.reduce(0) { $0 + $1.events },
                    "articles": reports.reduce(0) { $0 + $1.articles.count }]
        }
        let totals = figures.totals(nil)
        context["totals"] = ["reported": totals.reported, "expected": data.units.count * months.count,
                             "events": totals.events, "participants": totals.participants,
                             "materials": totals.materials, "articles": totals.articles]
        context["articles"] = articles(data.reports)
        context["has_articles"] = data.reports.contains { !$0.articles.isEmpty }
        return context
    }

    func articles(_ reports: [UnitReport]) -> [[String: Any]] {
        reports.flatMap(\.articles)
            .sorted { ($0.date?.key ?? $0.month.key, $0.unit, $0.title) > ($1.date?.key ?? $1.month.key, $1.unit, $1.title) }
            .map { article in
                ["title": article.title, "unit": article.unit, "outlet": article.outlet,
                 "date": article.date?.key ?? article.month.key, "url": article.url,
                 "has_url": article.url.hasPrefix("http://") || article.url.hasPrefix("https://")]
            }
    }

    /// The printable monthly summary for the leadership meeting.
    func monthly(_ month: CampaignMonth) -> [String: Any] {
        var context = common(title: "\(month.chinese)信息报送情况")
        // In the order of units.yml, as the office lists its units.
        let order = Dictionary(data.units.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let reports = data.reports.filter { $0.month == month }.sorted { order[$0.unit, default: 0] < order[$1.unit, default: 0] }
        let totals = figures.totals(month)
        let missing = figures.missing(in: month)
        context["month"] = month.chinese
        context["rows"] = reports.map { ["unit": $0.unit, "contact": $0.contact, "events": $0.events,
                                         "participants": $0.participants, "materials": $0.materials,
                                         "articles": $0.articles.count, "work": $0.work] as [String: Any] }
        context["missing"] = missing.map { ["name": $0.name, "contact": $0.contact] }
        context["has_missing"] = !missing.isEmpty
        context["totals"] = ["reported": totals.reported, "expected": data.units.count, "events": totals.events,
                             "participants": totals.participants, "materials": totals.materials,
                             "articles": totals.articles]
        context["articles"] = articles(reports)
        context["has_articles"] = !reports.allSatisfy { $0.articles.isEmpty }
        return context
    }

    /// 调研指导 and 督促整改: visits by unit, overdue rectifications first.
    func visits() -> [String: Any] {
        var context = common(title: "调研指导和整改跟踪")
        let overdue = data.visits.filter(figures.isOverdue)
        context["overdue_count"] = overdue.count
        context["open_count"] = data.visits.filter { !$0.rectified }.count
        context["visits"] = data.visits.map { visit -> [String: Any] in
            let late = figures.isOverdue(visit)
            return ["date": visit.date.key, "unit": visit.unit, "findings": visit.findings,
                    "suggestions": visit.suggestions, "due": visit.due?.key ?? "未定",
                    "status": visit.rectified ? "已整改" : late ? "逾期未整改" : "整改中",
                    "overdue": late, "rectified": visit.rectified]
        }
        context["has_visits"] = !data.visits.isEmpty
        return context
    }

    /// 数据分析对比: each goal against last year, with its chart and numbers.
    func comparison() -> [String: Any] {
        var context = common(title: "数据分析对比")
        let months = figures.comparedMonths
        context["period"] = months.isEmpty ? "" : months.count == 1 ? "\(months[0])月" : "\(months.first!)—\(months.last!)月"
        context["last_year"] = data.year - 1
        context["indicators"] = figures.indicators.map { indicator -> [String: Any] in
            let bars = [
                CampaignChart.Bar(label: "\(data.year - 1)年", value: indicator.lastYear, unit: indicator.unit, hatched: true),
                CampaignChart.Bar(label: "\(data.year)年", value: indicator.thisYear, unit: indicator.unit, hatched: false),
            ]
            return ["id": indicator.id, "title": indicator.title, "goal": indicator.goal,
                    "chart": CampaignChart.bars(bars, id: "chart-\(indicator.id)", title: indicator.title),
                    "last": CampaignChart.number(indicator.lastYear) + indicator.unit,
                    "this": CampaignChart.number(indicator.thisYear) + indicator.unit,
                    "last_detail": indicator.lastDetail, "this_detail": indicator.thisDetail,
                    "met": indicator.metGoal]
        }
        context["has_indicators"] = !figures.indicators.isEmpty
        let awareness = figures.awareness
        if !awareness.isEmpty {
            let bars = awareness.map { CampaignChart.Bar(label: $0.audience, value: $0.rate, unit: "%", hatched: false) }
            context["awareness"] = [
                "chart": CampaignChart.bars(bars, id: "chart-awareness", title: "受理范围知晓率（按调查对象）"),
                "rows": awareness.map { ["audience": $0.audience, "responses": $0.responses, "answered": $0.answered,
                                         "correct": $0.correct, "rate": CampaignChart.number($0.rate) + "%"] as [String: Any] },
            ] as [String: Any]
        }
        let totals = figures.totals(nil)
        context["outreach"] = ["events": totals.events, "participants": totals.participants,
                               "materials": totals.materials, "articles": totals.articles]
        return context
    }

    /// The questionnaire as a printable sheet.
    func survey() -> [String: Any]? {
        guard let survey = data.survey else { return nil }
        var context = common(title: survey.title)
        context["introduction"] = survey.introduction
        context["audiences"] = Survey.audiences
        context["questions"] = survey.questions.enumerated().map { index, question -> [String: Any] in
            ["number": index + 1, "text": question.text,
             "options": question.options.enumerated().map { ["letter": String(UnicodeScalar(UInt8(65 + $0))), "text": $1] }]
        }
        return context
    }
}
