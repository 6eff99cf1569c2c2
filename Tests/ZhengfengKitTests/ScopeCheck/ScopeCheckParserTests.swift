import Foundation
import Testing
@testable import ZhengfengKit

/// Reading and checking content/data/scope-check.yml: a valid tree comes back whole; every
/// problem is an error with its code at the value's line and column, and then no tree.
@Suite struct ScopeCheckParserTests {
    static let file = "content/data/scope-check.yml"

    /// A small valid tree: two questions, an accepted and an excluded outcome.
    static let valid = """
        title: 归不归纪委监委管？
        start: start
        questions:
          - id: start
            text: 您要反映的是什么事？
            answers:
              - text: 干部收钱办事
                next: report
              - text: 纠纷
                next: dispute
          - id: dispute
            text: 是哪一类纠纷？
            answers:
              - text: 邻里纠纷
                next: civil
        outcomes:
          - id: report
            kind: accepted
            title: 可以检举控告
            channels: [phone]
            real_name: 实名举报优先办理。
            prepare: [具体的事]
          - id: civil
            kind: excluded
            title: 请找人民法院
            reason: 民事纠纷依法通过诉讼解决。
            go_to: [court]
        authorities:
          - id: court
            name: 人民法院
        """

    static func parse(_ text: String, channels: [String] = ["phone"]) throws -> (ScopeCheck?, [Diagnostic]) {
        let node = try YAMLParser.parse(text, file: file)
        return ScopeCheckParser.parse(node, file: file, channelIDs: channels)
    }

    /// `line:column CODE` of each diagnostic.
    static func found(_ text: String, channels: [String] = ["phone"]) throws -> [String] {
        let (tree, diagnostics) = try parse(text, channels: channels)
        if !diagnostics.isEmpty { #expect(tree == nil, "a tree with errors must not be published") }
        return diagnostics.map { "\($0.location.line):\($0.location.column) \($0.code)" }
    }

    @Test func validTreeIsReadWholeAndEveryPathEndsInAnOutcome() throws {
        let (tree, diagnostics) = try Self.parse(Self.valid)
        #expect(diagnostics.isEmpty)
        let check = try #require(tree)
        #expect(check.start == "start")
        #expect(check.questions.map(\.id) == ["start", "dispute"])
        #expect(check.outcomes.map(\.kind) == [.accepted, .excluded])
        #expect(check.outcome("civil")?.goTo == ["court"])
        #expect(check.paths().map(\.outcome) == ["report", "civil"])
        #expect(check.paths().last?.answers == ["纠纷", "邻里纠纷"])
    }

    @Test func idThatIsNotLowerCaseLettersDigitsAndHyphens() throws {
        let text = Self.valid.replacingOccurrences(of: "next: civil", with: "next: Civil")
            .replacingOccurrences(of: "- id: civil", with: "- id: Civil")
        #expect(try Self.found(text) == ["23:9 SCOPE_CHECK_ID"])
    }

    @Test func idUsedTwiceByAQuestionAndAnOutcome() throws {
        let text = Self.valid.replacingOccurrences(of: "- id: civil", with: "- id: dispute")
            .replacingOccurrences(of: "next: civil", with: "next: dispute")
        #expect(try Self.found(text).contains("23:9 SCOPE_CHECK_DUPLICATE_ID"))
    }

    @Test func questionWithoutAnswersOrWithAnEmptyList() throws {
        let without = Self.valid.replacingOccurrences(of: "    answers:\n      - text: 邻里纠纷\n        next: civil\n", with: "")
        #expect(try Self.found(without).contains("11:5 SCOPE_CHECK_NO_ANSWERS"))
        let empty = Self.valid.replacingOccurrences(of: "    answers:\n      - text: 邻里纠纷\n        next: civil\n", with: "    answers: []\n")
        #expect(try Self.found(empty).contains("11:5 SCOPE_CHECK_NO_ANSWERS"))
    }

    @Test func answerWithoutNextIsARequiredField() throws {
        let text = Self.valid.replacingOccurrences(of: "      - text: 邻里纠纷\n        next: civil\n", with: "      - text: 邻里纠纷\n")
        let found = try Self.found(text)
        #expect(found.contains("14:9 FIELD_REQUIRED"))
    }

    @Test func outcomeKindOtherThanAcceptedOrExcluded() throws {
        let text = Self.valid.replacingOccurrences(of: "kind: excluded", with: "kind: no")
        #expect(try Self.found(text) == ["24:11 SCOPE_CHECK_OUTCOME_KIND"])
    }

    @Test(arguments: [
        ("    channels: [phone]\n", "17:5"), ("    real_name: 实名举报优先办理。\n", "17:5"), ("    prepare: [具体的事]\n", "17:5"),
        ("    reason: 民事纠纷依法通过诉讼解决。\n", "23:5"), ("    go_to: [court]\n", "23:5"),
    ])
    func outcomeMissingWhatItMustTellResidents(line: String, at position: String) throws {
        let text = Self.valid.replacingOccurrences(of: line, with: "")
        #expect(try Self.found(text).contains("\(position) SCOPE_CHECK_OUTCOME_INCOMPLETE"))
    }

    @Test func excludedOutcomeWithAdviceNeedsNoAuthority() throws {
        let text = Self.valid.replacingOccurrences(of: "    go_to: [court]\n", with: "    advice: 先协商。\n")
        #expect(try Self.found(text) == [])
    }

    @Test func answerOrStartLeadingToAStepThatDoesNotExist() throws {
        let answer = Self.valid.replacingOccurrences(of: "next: report", with: "next: reprot")
        let found = try Self.found(answer)
        #expect(found.contains("8:15 SCOPE_CHECK_UNKNOWN_STEP"))
        let (_, diagnostics) = try Self.parse(answer)
        #expect(diagnostics.first { $0.code == "SCOPE_CHECK_UNKNOWN_STEP" }?.message.contains("是不是想写“report”") == true)
        let start = Self.valid.replacingOccurrences(of: "start: start", with: "start: begin")
        #expect(try Self.found(start).contains("2:8 SCOPE_CHECK_UNKNOWN_STEP"))
    }

    @Test func answerLeadingBackToAnEarlierQuestionIsALoop() throws {
        let text = Self.valid.replacingOccurrences(of: "next: civil", with: "next: start")
        let (_, diagnostics) = try Self.parse(text)
        let loop = try #require(diagnostics.first { $0.code == "SCOPE_CHECK_CYCLE" })
        #expect("\(loop.location.line):\(loop.location.column)" == "15:15")
        #expect(loop.message.contains("start → dispute → start"))
    }

    @Test func answerLeadingToItsOwnQuestionIsALoop() throws {
        let text = Self.valid.replacingOccurrences(of: "next: civil", with: "next: dispute")
        #expect(try Self.found(text).contains("15:15 SCOPE_CHECK_CYCLE"))
    }

    @Test func questionOrOutcomeNoPathReaches() throws {
        let text = Self.valid.replacingOccurrences(of: "next: dispute", with: "next: civil")
        #expect(try Self.found(text) == ["11:5 SCOPE_CHECK_UNREACHABLE"])
        let outcome = Self.valid.replacingOccurrences(of: "authorities:", with: """
              - id: police
                kind: excluded
                title: 请找公安机关
                reason: 治安问题归公安机关管。
                advice: 拨打 110。
            authorities:
            """)
        #expect(try Self.found(outcome) == ["28:5 SCOPE_CHECK_UNREACHABLE"])
    }

    @Test func channelNotInChannelsYml() throws {
        let text = Self.valid.replacingOccurrences(of: "channels: [phone]", with: "channels: [phone, online]")
        #expect(try Self.found(text) == ["20:23 SCOPE_CHECK_UNKNOWN_CHANNEL"])
        #expect(try Self.found(Self.valid, channels: []) == ["20:16 SCOPE_CHECK_UNKNOWN_CHANNEL"])
    }

    @Test func authorityNotInTheAuthoritiesList() throws {
        let text = Self.valid.replacingOccurrences(of: "go_to: [court]", with: "go_to: [courts]")
        let (_, diagnostics) = try Self.parse(text)
        #expect(diagnostics.map(\.code) == ["SCOPE_CHECK_UNKNOWN_AUTHORITY"])
        #expect(diagnostics.first?.location == SourceLocation(file: Self.file, line: 27, column: 13))
        #expect(diagnostics.first?.message.contains("是不是想写“court”") == true)
    }

    @Test func emptyFileOrNotAMapping() throws {
        #expect(try Self.found("# 只有注释\n").contains("1:1 FIELD_REQUIRED"))
        #expect(try Self.found("- 一\n- 二\n").contains("1:1 YAML_NOT_MAPPING"))
    }
}
