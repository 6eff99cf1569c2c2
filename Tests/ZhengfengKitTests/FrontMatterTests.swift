import Foundation
import Testing
@testable import ZhengfengKit

@Suite struct FrontMatterTests {
    func parse(_ text: String) throws -> (FrontMatter?, [Diagnostic]) {
        let split = try FrontMatterSplit.split(text, file: "content/p.md")
        return FrontMatterParser.parse(split, file: "content/p.md")
    }

    @Test func splitKeepsBodyLineOffset() throws {
        let split = try FrontMatterSplit.split("---\ntitle: 甲\nweight: 2\n---\n正文第一行\n", file: "x.md")
        #expect(split.yaml == "title: 甲\nweight: 2")
        #expect(split.yamlLineOffset == 1)
        #expect(split.bodyLineOffset == 4)
        #expect(split.body == "正文第一行\n")
    }

    @Test func unclosedFrontMatterIsAnErrorAtLineOne() {
        #expect(throws: Diagnostic.self) { try FrontMatterSplit.split("---\ntitle: 甲\n正文\n", file: "x.md") }
        do {
            _ = try FrontMatterSplit.split("---\ntitle: 甲\n", file: "x.md")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.code == "FRONT_MATTER_UNCLOSED")
            #expect(diagnostic.location.line == 1)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func allKnownFieldsAreTyped() throws {
        let (matter, diagnostics) = try parse("""
        ---
        title: 电话举报
        date: 2026-03-15 09:30
        summary: 摘要
        weight: 20
        slug: phone
        draft: true
        audiences: [villages, agencies]
        visibility: internal
        print: false
        source: 信访室
        tags: [甲, 乙]
        expires: 2026-12-31
        show_channels: true
        ---
        """)
        #expect(diagnostics.isEmpty)
        let m = try #require(matter)
        #expect(m.title == "电话举报")
        #expect(m.date?.minute == "2026-03-15 09:30")
        #expect(m.summary == "摘要" && m.weight == 20 && m.slug == "phone" && m.draft && !m.print)
        #expect(m.audiences == [.agencies, .villages])
        #expect(m.visibility == .internal)
        #expect(m.source == "信访室" && m.tags == ["甲", "乙"])
        #expect(m.expires?.day == "2026-12-31")
        #expect(m.params.map(\.key) == ["show_channels"])
        #expect(m.params.first?.value == .bool(true))
    }

    @Test func defaultsWhenOnlyTitleIsGiven() throws {
        let m = try #require(try parse("---\ntitle: 甲\n---\n").0)
        #expect(m.audiences == Audience.allCases && m.visibility == .public && m.print && !m.draft)
        #expect(m.date == nil && m.weight == nil && m.tags.isEmpty)
    }

    @Test func wrongTypesAreReportedAtTheValue() throws {
        let (_, unsorted) = try parse("---\ntitle: 甲\nweight: 重\ndate: 明天\naudiences: [villages, schools]\nvisibility: secret\n---\n")
        let diagnostics = unsorted.sortedForDisplay()
        #expect(diagnostics.map(\.code) == ["FIELD_TYPE", "FIELD_DATE", "FIELD_AUDIENCE", "FIELD_VISIBILITY"])
        #expect(diagnostics.map(\.location.line) == [3, 4, 5, 6])
        #expect(diagnostics[0].location.column == 9)
    }

    @Test func missingTitleAndYAMLSyntaxErrorsHavePositions() throws {
        let (_, missing) = try parse("---\ndate: 2026-01-01\n---\n")
        #expect(missing.map(\.code) == ["FIELD_REQUIRED"])
        let (_, syntax) = try parse("---\ntitle: 甲\nsummary: [未闭合\n---\n")
        #expect(syntax.map(\.code) == ["YAML_SYNTAX"])
        #expect(syntax.first!.location.line >= 3)
    }

    /// Front matter is composed with Yams's basic resolver when that cannot change the result:
    /// the same nodes, values and errors as with the default resolver.
    @Test(arguments: [
        "title: 甲\ndraft: yes\nweight: 010\ndate: 2026-03-15\nextra: ~\nratio: 1.5e3\nflag: off",
        "title: 一\ntitle: 二",
        "1: a\n\"1\": b\ntitle: 甲",
        "!!int 1: a\n1: b",
        "&k true: 1\nx: *k\ntitle: 甲",
        "title: 'A & B'\nlist: [1, '1', yes]",
        "? [a, b]\n: c\ntitle: 甲",
        "title: 甲\n<<: {a: 1}\n=: 2",
        "a: {b: 1, b: 2}",
        "a: [{x: 1}, {x: 1, x: 2}]",
        "{title: 甲, 'title': 乙}",
        "title: [甲",
        "",
    ])
    func basicResolverGivesTheSameNodes(yaml: String) {
        let expected = Result { try YAMLParser.parse(yaml, file: "p.md", lineOffset: 1) }
        let actual = Result { try YAMLParser.parseKeysAsText(yaml, file: "p.md", lineOffset: 1) }
        switch (expected, actual) {
        case let (.success(a), .success(b)):
            #expect(a.map(YAMLValue.init) == b.map(YAMLValue.init))
            #expect(a.map(marks) == b.map(marks))
        case let (.failure(a), .failure(b)):
            #expect("\(a)" == "\(b)")
        default:
            Issue.record("\(expected) != \(actual)")
        }
    }

    func marks(_ node: YAMLNode) -> [String] {
        if let sequence = node.sequence { return sequence.flatMap(marks) }
        if let mapping = node.mapping { return mapping.flatMap { marks($0.key) + marks($0.value) } }
        return ["\(node.scalarText ?? "alias")@\(node.line):\(node.column)"]
    }

    @Test func fileWithoutFrontMatterNeedsOne() throws {
        let (_, diagnostics) = try parse("只有正文\n")
        #expect(diagnostics.map(\.code) == ["FRONT_MATTER_MISSING"])
    }
}

@Suite struct PageDateTests {
    @Test func parsesDaysTimesAndOffsets() throws {
        #expect(PageDate(parsing: "2026-03-15")?.rfc3339 == "2026-03-15T00:00:00+08:00")
        #expect(PageDate(parsing: "2026-03-15 09:30")?.minute == "2026-03-15 09:30")
        #expect(PageDate(parsing: "2026-03-15T09:30:05Z")?.rfc3339 == "2026-03-15T09:30:05+00:00")
        #expect(PageDate(parsing: "2026-03-15T09:30:00+08:00")?.timestamp == PageDate(parsing: "2026-03-15 09:30")?.timestamp)
        #expect(PageDate(parsing: "2024-02-29")?.chinese == "2024年2月29日")
        for bad in ["2026-02-30", "2026-13-01", "明天", "2026-3-1", "2026-03-15 25:00", "2026-03-15 09:30 junk"] {
            #expect(PageDate(parsing: bad) == nil, "\(bad) should be rejected")
        }
    }

    @Test func formatsAreZeroPaddedAsPrintfWould() throws {
        #expect(PageDate(parsing: "0099-01-02T03:04:05-09:30")?.rfc3339 == "0099-01-02T03:04:05-09:30")
        #expect(PageDate(parsing: " 2026-03-15 09:30 ")?.day == "2026-03-15")
        #expect(PageDate(parsing: "\u{3000}2026-03-15") == PageDate(parsing: "2026-03-15"))
        for timestamp in stride(from: -62_000_000_000, to: 260_000_000_000, by: 7_777_777_777) {
            for offset in [0, 8 * 3600, -(9 * 3600 + 30 * 60), 45 * 60] {
                let date = PageDate(timestamp: timestamp, offset: offset)
                let c = date.components
                let sign = offset < 0 ? "-" : "+"
                #expect(date.day == String(format: "%04d-%02d-%02d", c.year, c.month, c.day))
                #expect(date.minute == String(format: "%04d-%02d-%02d %02d:%02d", c.year, c.month, c.day, c.hour, c.minute))
                #expect(date.rfc3339 == String(format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", c.year, c.month, c.day,
                                               c.hour, c.minute, c.second, sign, abs(offset) / 3600, (abs(offset) % 3600) / 60))
            }
        }
    }

    @Test func expiresOnADayLastsTheWholeDay() throws {
        let day = try #require(PageDate(parsing: "2026-02-01"))
        #expect(day.endOfDay.minute == "2026-02-01 23:59")
    }
}
