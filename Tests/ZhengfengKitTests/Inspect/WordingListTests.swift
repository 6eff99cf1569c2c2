import Foundation
import Testing
@testable import ZhengfengKit

/// The list of wrong forms: documented for editors, and the shipped site's own additions load.
@Suite struct WordingListTests {
    @Test func everyBuiltInRuleIsInTheEditorsTable() throws {
        let doc = try String(contentsOf: TestSupport.repository.appendingPathComponent("docs/inspection.md"), encoding: .utf8)
        for rule in WordingList.builtIn {
            let level = rule.serious ? "严重错误（单项否决）" : "错别字（警告）"
            #expect(doc.contains("| \(rule.wrong) | \(rule.right) | \(level) |"), "docs/inspection.md lacks \(rule.wrong)")
        }
    }

    @Test func theShippedSitesOwnListLoadsWithoutProblems() throws {
        let text = try String(contentsOf: TestSupport.repository.appendingPathComponent(WordingList.file), encoding: .utf8)
        let (rules, problems) = WordingList.parse(text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(rules.map(\.wrong) == ["秦都区纪委监察委", "信访举报宣传年"])
        #expect(rules.first?.serious == true)
    }

    @Test func aRuleWhoseWrongAndRightAreTheSameIsReported() {
        let (rules, problems) = WordingList.parse("wording:\n  - wrong: 纪委\n    right: 纪委\n")
        #expect(rules.isEmpty)
        #expect(problems.map(\.code) == ["INSPECT_WORDING_LIST"])
        #expect(problems.first?.location == SourceLocation(file: WordingList.file, line: 2, column: 5))
    }
}
