import Foundation

/// Reads `content/data/scope-check.yml` into a `ScopeCheck` and checks it as a whole: every
/// answer leads to a question or outcome that exists (so every path ends in an outcome), no
/// answer leads back to an earlier question, every question and outcome can be reached from
/// the start, and every channel and authority an outcome names exists. Every problem is an
/// error at the value's file:line:column; the tree is returned only when there is none.
enum ScopeCheckParser {
    /// The data file's name under content/data/, without `.yml`.
    static let dataName = "scope-check"

    static func parse(_ node: YAMLNode?, file: String, channelIDs: [String]) -> (ScopeCheck?, [Diagnostic]) {
        var reader = Reader(file: file, channelIDs: channelIDs)
        let tree = reader.read(node)
        if let tree {
            reader.checkGraph(tree)
            reader.checkAuthorities(tree)
        }
        let diagnostics = reader.diagnostics
        return (diagnostics.isEmpty ? tree : nil, diagnostics)
    }

    /// Ids become folder names of the web pages (`scope-check/who/`).
    static func isValidID(_ id: String) -> Bool {
        id.range(of: "^[a-z0-9][a-z0-9-]*$", options: .regularExpression) != nil
    }

    private struct Reader {
        let file: String
        var diagnostics: [Diagnostic] = []
        /// The step and authority ids seen so far (for duplicates).
        var stepIDs: Set<String> = []
        var authorityIDs: Set<String> = []
        /// Where `start:` is written, for its diagnostics.
        var startLocation: SourceLocation?

        /// The ids of data/channels.yml.
        let channelIDs: [String]

        init(file: String, channelIDs: [String]) {
            self.file = file
            self.channelIDs = channelIDs
        }

        mutating func read(_ node: YAMLNode?) -> ScopeCheck? {
            var top = YAMLFields(node, file: file, origin: SourceLocation(file: file))
            defer { diagnostics += top.diagnostics }
            guard node?.mapping != nil else {
                if node == nil || node!.isNull {
                    top.report("FIELD_REQUIRED", "scope-check.yml 是空的。请按 docs/scope-check.md 写出 title、start、questions 和 outcomes。", at: nil)
                }
                return nil
            }
            let title = top.string("title", required: true) ?? ""
            let intro = top.string("intro") ?? ""
            let start = top.string("start", required: true) ?? ""
            startLocation = top.node("start").map(location)
            let authorities = list(&top, "authorities", required: false).compactMap { readAuthority($0) }
            let questions = list(&top, "questions", required: true).compactMap { readQuestion($0) }
            let outcomes = list(&top, "outcomes", required: true).compactMap { readOutcome($0) }
            return ScopeCheck(title: title, intro: intro, start: start, authorities: authorities,
                              questions: questions, outcomes: outcomes)
        }

        func location(_ node: YAMLNode) -> SourceLocation { SourceLocation(file: file, line: node.line, column: node.column) }

        /// The items of a list under `key`; an error when it is required and missing or not a list.
        func list(_ fields: inout YAMLFields, _ key: String, required: Bool) -> [YAMLNode] {
            guard let node = fields.node(key) else {
                if required {
                    fields.report("FIELD_REQUIRED", "缺少“\(key):”列表。请按 docs/scope-check.md 的格式写出来。", at: nil)
                }
                return []
            }
            guard let items = node.sequence else {
                fields.report("FIELD_TYPE", "“\(key)”应是列表，每项以“- id: …”开头。", at: node)
                return []
            }
            return items
        }

        /// Reads `id:` and reports a bad or repeated one; nil when unusable.
        func readID(_ item: inout YAMLFields, into seen: inout Set<String>, what: String) -> String? {
            guard let id = item.string("id", required: true), let node = item.node("id") else { return nil }
            guard ScopeCheckParser.isValidID(id) else {
                item.report("SCOPE_CHECK_ID",
                            "\(what) id“\(id)”只能用小写英文字母、数字和连字符（-），例如 land-dispute：它会成为网页地址的一部分。请改一个。",
                            at: node)
                return id
            }
            guard seen.insert(id).inserted else {
                item.report("SCOPE_CHECK_DUPLICATE_ID",
                            "id“\(id)”用了两次。问题和结果的 id 都不能重复（答案的 next 靠它找到下一步），请给其中一个改名。",
                            at: node)
                return nil
            }
            return id
        }

        mutating func readAuthority(_ node: YAMLNode) -> ScopeAuthority? {
            var item = YAMLFields(node, file: file, origin: location(node))
            defer { diagnostics += item.diagnostics }
            let id = readID(&item, into: &authorityIDs, what: "部门")
            let name = item.string("name", required: true)
            let how = item.string("how") ?? ""
            guard let id, let name else { return nil }
            return ScopeAuthority(id: id, name: name, how: how, location: location(node))
        }

        mutating func readQuestion(_ node: YAMLNode) -> ScopeQuestion? {
            var item = YAMLFields(node, file: file, origin: location(node))
            defer { diagnostics += item.diagnostics }
            let id = readID(&item, into: &stepIDs, what: "问题")
            let text = item.string("text", required: true)
            let hint = item.string("hint") ?? ""
            var answers: [ScopeAnswer] = []
            if let list = item.node("answers")?.sequence {
                for answerNode in list {
                    var answer = YAMLFields(answerNode, file: file, origin: location(answerNode))
                    if let text = answer.string("text", required: true), let next = answer.string("next", required: true) {
                        answers.append(ScopeAnswer(text: text, next: next, location: location(answer.node("next")!)))
                    }
                    item.merge(answer)
                }
            } else if let answersNode = item.node("answers") {
                item.report("FIELD_TYPE", "“answers”应是列表，每个答案以“- text: …”开头，下一行写“next: 下一步的 id”。", at: answersNode)
            }
            if item.node("answers") == nil || item.node("answers")?.sequence?.isEmpty == true {
                item.report("SCOPE_CHECK_NO_ANSWERS",
                            "问题“\(text ?? id ?? "")”没有答案，群众走到这里就走不下去了。请在 answers: 下至少写一个答案（text: 答案，next: 下一步的 id）。",
                            at: node)
            }
            guard let id, let text else { return nil }
            return ScopeQuestion(id: id, text: text, hint: hint, answers: answers, location: location(node))
        }

        mutating func readOutcome(_ node: YAMLNode) -> ScopeOutcome? {
            var item = YAMLFields(node, file: file, origin: location(node))
            defer { diagnostics += item.diagnostics }
            let id = readID(&item, into: &stepIDs, what: "结果")
            let title = item.string("title", required: true)
            let kindText = item.string("kind", required: true)
            let kind = kindText.flatMap(ScopeOutcome.Kind.init(rawValue:))
            if let kindText, kind == nil {
                item.report("SCOPE_CHECK_OUTCOME_KIND",
                            "kind 只能写 accepted（归纪委监委管）或 excluded（不归纪委监委管），现在是“\(kindText)”。",
                            at: item.node("kind"))
            }
            var outcome = ScopeOutcome(id: id ?? "", kind: kind ?? .accepted, title: title ?? "", text: item.string("text") ?? "",
                                       channels: items(&item, "channels").map(\.text), realName: item.string("real_name") ?? "",
                                       prepare: item.stringList("prepare") ?? [], reason: item.string("reason") ?? "",
                                       goTo: items(&item, "go_to").map(\.text), advice: item.string("advice") ?? "", location: location(node))
            var missing: [String] = []
            switch kind {
            case .accepted?:
                if outcome.channels.isEmpty { missing.append("channels（用哪个举报途径）") }
                if outcome.realName.isEmpty { missing.append("real_name（实名举报的好处）") }
                if outcome.prepare.isEmpty { missing.append("prepare（要准备什么）") }
            case .excluded?:
                if outcome.reason.isEmpty { missing.append("reason（为什么不归纪委监委管）") }
                if outcome.goTo.isEmpty && outcome.advice.isEmpty { missing.append("go_to（应该去找哪个部门）或 advice（现在该怎么办）") }
            case nil:
                break
            }
            if !missing.isEmpty {
                item.report("SCOPE_CHECK_OUTCOME_INCOMPLETE",
                            "结果“\(outcome.title)”缺少 \(missing.joined(separator: "、"))。归纪委监委管的结果要告诉群众用哪个途径、实名的好处和要准备什么；不归的要说明原因和该去哪里。",
                            at: node)
            }
            let goTo = items(&item, "go_to")
            outcome.goTo = goTo.map(\.text)
            outcome.goToLocations = goTo.map(\.location)
            for (id, location) in items(&item, "channels") where !channelIDs.contains(id) {
                let known = channelIDs.isEmpty ? "channels.yml 里还没有举报途径" : "已有：\(channelIDs.joined(separator: "、"))"
                diagnostics.append(.error(
                    "SCOPE_CHECK_UNKNOWN_CHANNEL",
                    "结果“\(outcome.title)”的举报途径“\(id)”在 content/data/channels.yml 里没有（\(known)）。请写 channels.yml 里某个途径的 id。",
                    at: location))
            }
            guard let id, title != nil else { return nil }
            outcome.id = id
            return outcome
        }

        /// Unknown next steps, loops and steps no path reaches.
        mutating func checkGraph(_ tree: ScopeCheck) {
            let known = tree.stepIDs
            func unknown(_ id: String, at location: SourceLocation, what: String) {
                var message = "\(what)“\(id)”不存在：问题（questions）和结果（outcomes）里都没有这个 id。"
                if let suggestion = KeySuggestion.closest(to: id, among: known) { message += "是不是想写“\(suggestion)”？" }
                message += "请改成已有的 id，或者补上这个问题或结果。"
                diagnostics.append(.error("SCOPE_CHECK_UNKNOWN_STEP", message, at: location))
            }
            if !tree.start.isEmpty, !known.contains(tree.start) {
                unknown(tree.start, at: startLocation ?? SourceLocation(file: file), what: "start 写的第一个问题")
            }
            for question in tree.questions {
                for answer in question.answers where !known.contains(answer.next) {
                    unknown(answer.next, at: answer.location, what: "答案“\(answer.text)”的下一步")
                }
            }
            // Depth-first from every question: an answer that leads back to a question on the
            // current way is a loop (reported once, where it closes).
            var finished: Set<String> = []
            var reported: Set<SourceLocation> = []
            func visit(_ id: String, way: [String]) {
                guard let question = tree.question(id), !finished.contains(id) else { return }
                for answer in question.answers {
                    if let index = way.firstIndex(of: answer.next) ?? (answer.next == id ? way.count : nil) {
                        let loop = (Array(way[index...]) + [id, answer.next]).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                        if reported.insert(answer.location).inserted {
                            diagnostics.append(.error(
                                "SCOPE_CHECK_CYCLE",
                                "答案“\(answer.text)”又回到了前面的问题，形成死循环（\(loop.joined(separator: " → "))），群众永远走不到结果。请让它指向后面的问题或一个结果。",
                                at: answer.location))
                        }
                        continue
                    }
                    visit(answer.next, way: way + [id])
                }
                finished.insert(id)
            }
            for question in tree.questions { visit(question.id, way: []) }
            // Steps that no path from the start reaches.
            var reached: Set<String> = []
            var queue = known.contains(tree.start) ? [tree.start] : []
            while let id = queue.popLast() {
                guard reached.insert(id).inserted else { continue }
                queue += tree.question(id)?.answers.map(\.next) ?? []
            }
            guard known.contains(tree.start) else { return }
            for question in tree.questions where !reached.contains(question.id) {
                diagnostics.append(.error(
                    "SCOPE_CHECK_UNREACHABLE",
                    "问题“\(question.text)”（\(question.id)）从第一个问题出发走不到：没有哪个答案的 next 指向它。请在某个答案里写 next: \(question.id)，或者删掉这个问题。",
                    at: question.location))
            }
            for outcome in tree.outcomes where !reached.contains(outcome.id) {
                diagnostics.append(.error(
                    "SCOPE_CHECK_UNREACHABLE",
                    "结果“\(outcome.title)”（\(outcome.id)）从第一个问题出发走不到：没有哪个答案的 next 指向它。请在某个答案里写 next: \(outcome.id)，或者删掉这个结果。",
                    at: outcome.location))
            }
        }

        /// The texts of a list of words (one word is a one-item list) with where each is written.
        func items(_ fields: inout YAMLFields, _ key: String) -> [(text: String, location: SourceLocation)] {
            guard let node = fields.node(key) else { return [] }
            if let text = node.scalarText { return [(text, location(node))] }
            guard let list = node.sequence else {
                fields.report("FIELD_TYPE", "“\(key)”应是列表，例如 [online, phone]。", at: node)
                return []
            }
            return list.compactMap { item in
                guard let text = item.scalarText else {
                    fields.report("FIELD_TYPE", "“\(key)”的每一项都应是一个 id。", at: item)
                    return nil
                }
                return (text, location(item))
            }
        }

        /// Authorities are listed in this file's `authorities:`, which may come after the outcomes.
        mutating func checkAuthorities(_ tree: ScopeCheck) {
            for outcome in tree.outcomes {
                for (id, location) in zip(outcome.goTo, outcome.goToLocations) where tree.authority(id) == nil {
                    var message = "结果“\(outcome.title)”要群众去找的部门“\(id)”不在本文件的 authorities: 列表里。"
                    if let suggestion = KeySuggestion.closest(to: id, among: tree.authorities.map(\.id)) { message += "是不是想写“\(suggestion)”？" }
                    message += "请在 authorities: 下加上这个部门（id、name、how），或改成已有的 id。"
                    diagnostics.append(.error("SCOPE_CHECK_UNKNOWN_AUTHORITY", message, at: location))
                }
            }
        }
    }
}
