/// The printed flowchart of a `ScopeCheck` (the board and the brochure chapter), computed from
/// the data so that a changed tree changes the chart.
///
/// The first question sits on top; each answer is a branch with a drawn connector to the box it
/// leads to, question or outcome, and so on down. A box is drawn once: a question that answers
/// of several questions lead to (a hub, like 是哪一类纠纷？) is drawn on its own as a section, and
/// any other question or outcome under the answer that reaches it first (fewest steps from the
/// start or a section, then file order); every other answer leading there ends in a jump mark naming
/// the box’s label (“见问题 9”), as flowcharts do for a line that would cross the sheet. Answers
/// of one question that lead to the same step share one branch.
struct ScopeCheckChart: Sendable, Equatable {
    /// One drawn box: a question with its branches, or an outcome (no branches).
    struct Node: Sendable, Equatable {
        var id: String
        var branches: [Branch]
        /// The box's printed text, line by line, for estimating its height (`printedLines`).
        var text: [String]
    }

    /// The answers of one question that lead to the same step, and where the connector goes.
    struct Branch: Sendable, Equatable {
        var answers: [String]
        var target: Target
    }

    /// Where a branch's connector ends.
    indirect enum Target: Sendable, Equatable {
        /// The box is drawn here, under the branch.
        case box(Node)
        /// The box is drawn elsewhere: a jump mark with its id.
        case jump(String)
    }

    /// One column of the chart: some branches of the first question (under its connector), then
    /// some sections.
    struct Column: Sendable, Equatable {
        var branches: [Branch] = []
        var sections: [Node] = []
    }

    /// The first question.
    var root: Node
    /// The hub questions, each drawn on its own with everything under it, in file order.
    var sections: [Node]

    /// A chart laid out already (tests build one directly).
    init(root: Node, sections: [Node]) {
        self.root = root
        self.sections = sections
    }

    /// Lays out `tree`, which the parser has checked (no loops, every step reachable).
    init(_ tree: ScopeCheck) {
        var parents: [String: Set<String>] = [:]
        for question in tree.questions {
            for answer in question.answers { parents[answer.next, default: []].insert(question.id) }
        }
        let hubs = Set(tree.questions.map(\.id).filter { $0 != tree.start && parents[$0, default: []].count > 1 })
        // Breadth first from the start and from each hub: the first answer to reach a step
        // draws its box; nobody draws a hub's box but the hub's own section.
        var owner: [String: String] = [:]
        var queue = [tree.start] + tree.questions.map(\.id).filter(hubs.contains)
        var index = 0
        while index < queue.count {
            let id = queue[index]
            index += 1
            for answer in tree.question(id)?.answers ?? [] where owner[answer.next] == nil && !hubs.contains(answer.next)
                && answer.next != tree.start {
                owner[answer.next] = id
                queue.append(answer.next)
            }
        }
        func node(_ id: String) -> Node {
            var branches: [Branch] = []
            for answer in tree.question(id)?.answers ?? [] {
                if let same = branches.firstIndex(where: { $0.targetID == answer.next }) {
                    branches[same].answers.append(answer.text)
                } else {
                    branches.append(Branch(answers: [answer.text],
                                           target: owner[answer.next] == id ? .box(node(answer.next)) : .jump(answer.next)))
                }
            }
            return Node(id: id, branches: branches, text: Self.printedLines(of: id, in: tree))
        }
        root = node(tree.start)
        sections = tree.questions.map(\.id).filter(hubs.contains).map(node)
    }

    /// The text of one box as printed, for estimating its height: the label (问题 1, 结果 A)
    /// and the question, or the label, verdict and title plus the line under it (channels or
    /// where to go).
    static func printedLines(of id: String, in tree: ScopeCheck) -> [String] {
        if let question = tree.question(id) { return ["问题 10 " + question.text] }
        guard let outcome = tree.outcome(id) else { return [] }
        let title = "结果 A 不归纪委监委管 " + outcome.title
        switch outcome.kind {
        case .accepted:
            // A channel prints as its name and number or address: about 12 characters.
            return [title, "怎么反映：" + String(repeating: "某", count: 12 * outcome.channels.count)]
        case .excluded:
            let names = outcome.goTo.compactMap(tree.authority).map(\.name)
            return [title, names.isEmpty ? "现在可以：" + outcome.advice : "请找：" + names.joined(separator: "；")]
        }
    }
    /// Every box drawn, depth first: the first question and its branches, then each section.
    var boxes: [Node] {
        func walk(_ node: Node) -> [Node] {
            [node] + node.branches.flatMap { branch -> [Node] in
                if case .box(let child) = branch.target { return walk(child) }
                return []
            }
        }
        return walk(root) + sections.flatMap(walk)
    }

    /// The chart in at most `count` columns, the tallest as short as it can be: the first
    /// question's branches in order, cut into consecutive runs (the connector along the top
    /// reaches them left to right), then each section, tallest first, added to the shortest
    /// column (a column's sections keep file order). Heights are estimated from the text at
    /// `lineWidth` characters a line, less for each level a branch is indented.
    func columns(_ count: Int, lineWidth: Double = 17) -> [Column] {
        let branchHeights = root.branches.map { Self.height($0, width: lineWidth - Self.indent) }
        let sectionHeights = sections.map { Self.height($0, width: lineWidth) + 0.6 }
        let sectionOrder = sections.indices.sorted { sectionHeights[$0] > sectionHeights[$1] }
        var best: (height: Double, columns: [Column])?
        for runs in Self.runs(of: branchHeights.count, into: max(count, 1)) {
            var heights = runs.map { $0.map { branchHeights[$0] }.reduce(0, +) }
            var placed = Array(repeating: [Int](), count: runs.count)
            for section in sectionOrder {
                let shortest = heights.indices.min { heights[$0] < heights[$1] }!
                heights[shortest] += sectionHeights[section]
                placed[shortest].append(section)
            }
            let tallest = heights.max() ?? 0
            if best == nil || tallest < best!.height - 0.001 {
                best = (tallest, zip(runs, placed).map { run, sectionIndices in
                    Column(branches: run.map { root.branches[$0] }, sections: sectionIndices.sorted().map { sections[$0] })
                })
            }
        }
        return best?.columns ?? [Column(branches: root.branches, sections: sections)]
    }

    /// Every way to cut `0..<count` into exactly `parts` consecutive runs, earliest cuts first;
    /// only runs at the end may be empty (the connector along the top starts in column 1).
    static func runs(of count: Int, into parts: Int) -> [[Range<Int>]] {
        guard parts > 1 else { return [[0..<count]] }
        return (count == 0 ? 0...0 : 1...count).flatMap { first in
            runs(of: count - first, into: parts - 1).map { rest in
                [0..<first] + rest.map { ($0.lowerBound + first)..<($0.upperBound + first) }
            }
        }
    }

    /// How many characters a level of branches is indented by (print.css on a board: 0.5 em + 0.9 em).
    static let indent = 1.4

    /// Lines `text` takes at `width` characters a line (Latin letters and digits count half).
    static func lines(_ text: String, width: Double) -> Double {
        let characters = text.unicodeScalars.reduce(0.0) { $0 + ($1.isASCII ? 0.55 : 1) }
        return (characters / max(width, 4)).rounded(.up)
    }

    /// Estimated height of a box and everything under it, in lines (frames and arrows count).
    static func height(_ node: Node, width: Double) -> Double {
        node.text.map { lines($0, width: width) }.reduce(0.4, +)
            + node.branches.map { height($0, width: width - indent) }.reduce(0, +)
    }

    static func height(_ branch: Branch, width: Double) -> Double {
        var answers = branch.answers.joined(separator: "；或")
        if case .jump = branch.target { answers += " → 见问题 9" }
        let own = lines(answers, width: width) + 0.35
        if case .box(let node) = branch.target { return own + 0.45 + height(node, width: width) }
        return own
    }
}

extension ScopeCheckChart.Branch {
    /// The id of the step the branch leads to.
    var targetID: String {
        switch target {
        case .box(let node): node.id
        case .jump(let id): id
        }
    }
}
