import Foundation

/// The “归不归纪委监委管？” tree as template values, for the web pages and the print documents
/// alike (part of the template boundary, see `TemplateContexts`).
enum ScopeCheckContext {
    /// The folder of the web pages: `scope-check/` (the tree), `scope-check/<step>/` (one step each).
    static let folder = "scope-check"

    /// The URL path of the page of one step.
    static func urlPath(ofStep id: String) -> String { "\(folder)/\(id)/" }

    /// `title`, `intro`, `start`, `url` and `steps`: every question and outcome, in file order
    /// (questions first), each with the flags a template needs (Mustache has no comparisons).
    /// How the printed flowchart names each step: questions 问题 1, 问题 2 …, outcomes 结果 A,
    /// 结果 B … (after Z: 结果 27 …).
    static func labels(_ tree: ScopeCheck) -> [String: String] {
        var labels: [String: String] = [:]
        for (index, question) in tree.questions.enumerated() { labels[question.id] = "问题 \(index + 1)" }
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for (index, outcome) in tree.outcomes.enumerated() {
            labels[outcome.id] = "结果 " + (index < letters.count ? String(letters[index]) : String(index + 1))
        }
        return labels
    }

    static func make(_ tree: ScopeCheck, site: PublishedSite) -> [String: Any] {
        var steps: [[String: Any]] = []
        var numbers: [String: Int] = [:]
        for (index, id) in tree.stepIDs.enumerated() { numbers[id] = index + 1 }
        let labels = Self.labels(tree)
        for question in tree.questions {
            steps.append([
                "id": question.id, "anchor": "step-" + question.id, "url": site.link(urlPath(ofStep: question.id)),
                "is_question": true, "is_start": question.id == tree.start, "text": question.text, "hint": question.hint,
                "heading": question.text, "number": numbers[question.id] ?? 0, "label": labels[question.id] ?? "",
                "answers": question.answers.map { answer -> [String: Any] in
                    ["text": answer.text, "next": answer.next, "url": site.link(urlPath(ofStep: answer.next)),
                     "anchor": "step-" + answer.next, "number": numbers[answer.next] ?? 0,
                     "target": labels[answer.next] ?? ""]
                },
            ])
        }
        let channels = Dictionary(site.channels.map { ($0.channel.id, $0) }, uniquingKeysWith: { first, _ in first })
        for outcome in tree.outcomes {
            let accepted = outcome.kind == .accepted
            steps.append([
                "id": outcome.id, "anchor": "step-" + outcome.id, "url": site.link(urlPath(ofStep: outcome.id)),
                "is_outcome": true, "is_accepted": accepted, "is_excluded": !accepted,
                "verdict": accepted ? "归纪委监委管" : "不归纪委监委管",
                "heading": outcome.title, "title": outcome.title, "text": outcome.text, "number": numbers[outcome.id] ?? 0,
                "label": labels[outcome.id] ?? "",
                "channels": outcome.channels.compactMap { channels[$0].map(ChannelContext.make) },
                "real_name": outcome.realName, "prepare": outcome.prepare,
                "reason": outcome.reason, "advice": outcome.advice, "has_go_to": !outcome.goTo.isEmpty,
                "go_to": outcome.goTo.compactMap(tree.authority).map { ["id": $0.id, "name": $0.name, "how": $0.how] },
            ])
        }
        return TemplateValue.compacted([
            "title": tree.title, "intro": tree.intro, "start": tree.start,
            "url": site.link(folder + "/"), "steps": steps,
            "chart": chartValues(ScopeCheckChart(tree), steps: steps, labels: labels),
            "page_url_display": ChannelContext.displayURL(site.canonicalURL(folder + "/")),
            "questions": steps.filter { $0["is_question"] != nil },
            "accepted": steps.filter { $0["is_accepted"] as? Bool == true },
            "excluded": steps.filter { $0["is_excluded"] as? Bool == true },
        ])
    }

    /// How many columns the flowchart has on a board (print.css sets their widths).
    static let boardColumns = 3

    /// The printed flowchart (`ScopeCheckChart`): `root` (the first question's box) and its
    /// columns, `board_columns` for a board and `single_column` for a brochure page. A column
    /// has `branches` (under the first question's connector, which runs along the top from
    /// column to column: `bus_from_left`, `bus_to_right`) and `sections`.
    static func chartValues(_ chart: ScopeCheckChart, steps: [[String: Any]], labels: [String: String]) -> [String: Any] {
        func columns(_ count: Int) -> [[String: Any]] {
            let columns = chart.columns(count)
            return columns.enumerated().map { index, column in
                let next = index + 1 < columns.count ? columns[index + 1] : nil
                return [
                    "branches": column.branches.map { branchValues($0, steps: steps, labels: labels) },
                    "sections": column.sections.map { nodeValues($0, steps: steps, labels: labels) },
                    "has_branches": !column.branches.isEmpty,
                    "bus_from_left": index > 0 && !column.branches.isEmpty,
                    "bus_to_right": next.map { !$0.branches.isEmpty } ?? false,
                ]
            }
        }
        return ["root": nodeValues(chart.root, steps: steps, labels: labels),
                "board_columns": columns(boardColumns), "single_column": columns(1)]
    }

    /// One box: its step's values plus `branches`. Every key a nested box uses is set, so a
    /// Mustache lookup never falls through to the enclosing box.
    static func nodeValues(_ node: ScopeCheckChart.Node, steps: [[String: Any]], labels: [String: String]) -> [String: Any] {
        var values = steps.first { $0["id"] as? String == node.id } ?? [:]
        values["is_question"] = values["is_question"] != nil
        values["is_outcome"] = values["is_outcome"] != nil
        values["is_accepted"] = values["is_accepted"] ?? false
        values["is_excluded"] = values["is_excluded"] ?? false
        values["branches"] = node.branches.map { branchValues($0, steps: steps, labels: labels) }
        return values
    }

    /// One branch: `answers` and either `box` (drawn below) or `jump` (the label of a box drawn elsewhere).
    static func branchValues(_ branch: ScopeCheckChart.Branch, steps: [[String: Any]], labels: [String: String]) -> [String: Any] {
        var value: [String: Any] = ["answers": branch.answers.map { ["text": $0] }, "box": false, "jump": false]
        switch branch.target {
        case .box(let child): value["box"] = nodeValues(child, steps: steps, labels: labels)
        case .jump(let id): value["jump"] = labels[id] ?? id
        }
        return value
    }
}
