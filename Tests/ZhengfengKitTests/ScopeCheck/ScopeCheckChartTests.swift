import Foundation
import Testing
@testable import ZhengfengKit

/// The printed flowchart of the self-check: laid out from the data (each box once, a drawn
/// branch per answer, jump marks for the rest), balanced over the board's columns, and
/// rendered so that a changed tree changes the chart.
@Suite struct ScopeCheckChartTests {
    static func tree(_ text: String) throws -> ScopeCheck {
        let (tree, diagnostics) = try ScopeCheckParserTests.parse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.message))")
        return try #require(tree)
    }

    /// `id` of each drawn box, depth first, and `from→to` of each jump mark.
    static func summary(_ chart: ScopeCheckChart) -> (boxes: [String], jumps: [String]) {
        var jumps: [String] = []
        for node in chart.boxes {
            for branch in node.branches {
                if case .jump(let id) = branch.target { jumps.append("\(node.id)→\(id)") }
            }
        }
        return (chart.boxes.map(\.id), jumps)
    }

    /// start → (report | dispute → civil); `extra` adds questions and outcomes.
    static let sharing = """
        title: 自查
        start: start
        questions:
          - id: start
            text: 您要反映的是什么事？
            answers:
              - {text: 干部收钱, next: who}
              - {text: 干部吃拿卡要, next: who}
              - {text: 纠纷, next: dispute}
          - id: who
            text: 他是谁？
            answers:
              - {text: 党员, next: detail}
              - {text: 公职人员, next: detail}
              - {text: 只是纠纷, next: dispute}
          - id: detail
            text: 说得清吗？
            answers:
              - {text: 说得清, next: report}
              - {text: 说不清, next: civil}
          - id: dispute
            text: 是哪一类纠纷？
            answers:
              - {text: 邻里纠纷, next: civil}
        outcomes:
          - {id: report, kind: accepted, title: 可以检举控告, channels: [phone], real_name: 实名优先。, prepare: [具体的事]}
          - {id: civil, kind: excluded, title: 请找人民法院, reason: 民事纠纷。, go_to: [court]}
        authorities:
          - {id: court, name: 人民法院}
        """

    @Test func everyStepIsDrawnOnceAndTheOtherAnswersJumpToIt() throws {
        let chart = ScopeCheckChart(try Self.tree(Self.sharing))
        let (boxes, jumps) = Self.summary(chart)
        // dispute is reached from two questions: it is a section of its own, and every answer
        // leading to it jumps. civil is drawn under dispute (searched breadth first from the
        // start and the sections together, dispute reaches it first); detail's answer jumps.
        #expect(boxes.sorted() == ["civil", "detail", "dispute", "report", "start", "who"])
        #expect(Set(boxes).count == boxes.count, "no box twice")
        #expect(chart.sections.map(\.id) == ["dispute"])
        #expect(jumps.sorted() == ["detail→civil", "start→dispute", "who→dispute"])
        // Two answers leading to the same step share one branch.
        #expect(chart.root.branches.first?.answers == ["干部收钱", "干部吃拿卡要"])
        let who = try #require(chart.boxes.first { $0.id == "who" })
        #expect(who.branches.map(\.answers) == [["党员", "公职人员"], ["只是纠纷"]])
    }

    @Test func theFirstQuestionsBranchesStayInOrderAcrossColumnsAndTheTallestIsAsShortAsCanBe() {
        func outcome(_ id: String, _ title: String) -> ScopeCheckChart.Branch {
            .init(answers: [id], target: .box(.init(id: id, branches: [], text: [title])))
        }
        let long = String(repeating: "长", count: 160), short = "短"
        let root = ScopeCheckChart.Node(id: "start", branches: [outcome("a", long), outcome("b", short), outcome("c", short),
                                                                outcome("d", long)], text: ["问题"])
        let hub = ScopeCheckChart.Node(id: "hub", branches: [outcome("e", long)], text: ["问题"])
        let chart = ScopeCheckChart(root: root, sections: [hub])
        let columns = chart.columns(3)
        // Heights about 13, 3, 3, 13 and the section 15: a b | c d | the section (16 lines at
        // most; a | b c | d would put the section on 3 lines, 21).
        #expect(columns.map { $0.branches.flatMap(\.answers) } == [["a", "b"], ["c", "d"], []])
        #expect(columns.map { $0.sections.map(\.id) } == [[], [], ["hub"]], "the section goes to the shortest column")
        #expect(chart.columns(1).map { $0.branches.count } == [4])
        // Fewer branches than columns: the empty columns come last.
        let small = ScopeCheckChart(root: .init(id: "start", branches: [outcome("a", short)], text: ["问题"]), sections: [])
        #expect(small.columns(3).map(\.branches.count) == [1, 0, 0])
    }

    @Test func oneMoreQuestionGivesOneMoreBoxAndItsConnectorsOnTheBoardAndInTheBrochure() throws {
        let settings = """
            title: 测试站点
            base_url: https://www.example.gov.cn/
            print:
              editions:
                villages:
                  contents: [scope-check]
              boards:
                items:
                  - {id: scope-check, title: 归不归纪委监委管？, kind: scope-check}

            """
        func chart(_ tree: String) throws -> (board: String, brochure: String) {
            let site = try PublicationRulesTests.site(["content/data/scope-check.yml": tree + "\n", "content/site.yml": settings])
            defer { TestSupport.remove(site) }
            let output = try PublicationRulesTests.build(site)
            return (TestSites.text(output, "print/boards/scope-check/index.html"), TestSites.text(output, "print/villages/index.html"))
        }
        func count(_ text: String, _ part: String) -> Int { text.components(separatedBy: part).count - 1 }
        let before = try chart(ScopeCheckParserTests.valid)
        // 邻里纠纷 now leads to a new question, 问题 3, with two answers.
        let longer = ScopeCheckParserTests.valid
            .replacingOccurrences(of: "  - text: 邻里纠纷\n        next: civil", with: "  - text: 邻里纠纷\n        next: court-yet")
            .replacingOccurrences(of: "\noutcomes:", with: "\n" + [
                "  - id: court-yet", "    text: 起诉了吗？", "    answers:",
                "      - text: 还没有", "        next: civil", "      - text: 已经起诉", "        next: report",
                "outcomes:",
            ].joined(separator: "\n"))
        #expect(longer.contains("court-yet\n") && longer.contains("- id: court-yet"))
        let after = try chart(longer)
        for (old, new) in [(before.board, after.board), (before.brochure, after.brochure)] {
            #expect(count(old, #"<section class="scope-box scope-box-question">"#) == 2)
            #expect(count(new, #"<section class="scope-box scope-box-question">"#) == 3)
            #expect(count(new, #"<li class="flow-branch">"#) == count(old, #"<li class="flow-branch">"#) + 2)
            // The new box hangs under the answer that leads to it, its answers under it.
            #expect(new.contains(#/<span class="flow-answer">邻里纠纷</span></p>\s*<div class="flow-next">\s*<section class="scope-box scope-box-question">\s*<h3 class="scope-box-title"><span class="scope-label">问题 3</span>起诉了吗？/#))
            #expect(new.contains(#/<span class="flow-answer">已经起诉</span><span class="flow-jump">见<span class="scope-label">结果 A</span>/#))
        }
    }
}
