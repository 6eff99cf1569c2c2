import Foundation
import Testing
import Yams
@testable import ZhengfengKit

/// The shipped content/ is the district's draft publicity text, read literally by residents
/// and inspectors. These tests pin down wordings that were once wrong against the
/// implementation plan and the Rules (shared policy facts), so that none of them returns
/// unnoticed. Each failure names the file and line.
@Suite struct ContentFidelityTests {
    /// One shipped Markdown file: its front matter as plain YAML values and its lines
    /// (front matter included, so that summaries, which the leaflet prints, are read too).
    struct ShippedFile {
        let path: String
        let frontMatter: [String: Any]
        let lines: [String]

        var isSample: Bool { frontMatter["sample"] as? Bool == true }
        var isPrinted: Bool { frontMatter["print"] as? Bool != false }
        var title: String { frontMatter["title"] as? String ?? "" }
    }

    /// A phrase found where it must not be: `path:line` and why.
    struct Finding: CustomStringConvertible {
        let path: String
        let line: Int
        let reason: String
        var description: String { "content/\(path):\(line): \(reason)" }
    }

    /// Every Markdown file under `content`, in path order.
    static func files(in content: URL) throws -> [ShippedFile] {
        let paths = try FileManager.default.subpathsOfDirectory(atPath: content.path)
            .filter { $0.hasSuffix(".md") }.sorted()
        return try paths.map { path in
            let text = try String(contentsOf: content.appendingPathComponent(path), encoding: .utf8)
            let split = try FrontMatterSplit.split(text, file: path)
            let matter = try split.yaml.flatMap { try Yams.load(yaml: $0) as? [String: Any] } ?? [:]
            return ShippedFile(path: path, frontMatter: matter,
                               lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }

    static var shipped: [ShippedFile] {
        get throws { try files(in: TestSupport.repository.appendingPathComponent("content")) }
    }

    /// The sentences of a line: split after 。；！？ so that a rule looks at one statement.
    static func sentences(_ line: String) -> [String] {
        line.split(omittingEmptySubsequences: true) { "。；！？".contains($0) }.map(String.init)
    }

    /// Paragraphs (runs of non-blank lines) with the number of their first line.
    static func paragraphs(_ file: ShippedFile) -> [(line: Int, text: String)] {
        var result: [(line: Int, text: String)] = []
        var start = 0, current: [String] = []
        for (index, line) in file.lines.enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty {
                if !current.isEmpty { result.append((start, current.joined(separator: "\n"))) }
                current = []
            } else {
                if current.isEmpty { start = index + 1 }
                current.append(line)
            }
        }
        if !current.isEmpty { result.append((start, current.joined(separator: "\n"))) }
        return result
    }

    /// The wrong wordings that the shipped content once had. Each looks at one sentence and
    /// returns why it is wrong, or nil.
    static let sentenceRules: [@Sendable (String) -> String?] = [
        { $0.contains("优先受理") ? "实名举报的说法是“优先办理、优先处置、给予答复”，不是“优先受理”" : nil },
        { sentence in
            ["会及时澄清", "会得到澄清", "会依规澄清", "还以清白", "干部要澄清正名"].contains { sentence.contains($0) }
                ? "澄清正名是经核实举报不实后、在一定范围内、针对具体问题进行的，不能许诺“会及时澄清”" : nil
        },
        { sentence in
            // A definition of 诬告陷害 ("捏造……企图/意图使……") must keep all of its parts.
            guard sentence.contains("捏造"), sentence.contains("企图") || sentence.contains("意图") else { return nil }
            let missing = ["伪造", "政治", "名誉"].filter { !sentence.contains($0) }
            return missing.isEmpty ? nil
                : "诬告陷害的定义不完整（缺“\(missing.joined(separator: "”“"))”）：捏造事实或者伪造材料，企图使他人受到政治上的伤害、名誉上的损失或者责任追究"
        },
        { sentence in
            // Crimes go to the police only when they are not duty-related crimes of public officials.
            (sentence.contains("110") || sentence.contains("公安机关")) && sentence.contains("违法犯罪")
                && !sentence.contains("职务")
                ? "公职人员的职务违法、职务犯罪归监委受理，只有其他违法犯罪才找公安机关（110）" : nil
        },
        { sentence in
            sentence.contains("邻里") && sentence.contains("12345")
                ? "邻里纠纷找人民调解或者法院，12345 受理政务服务的诉求和投诉" : nil
        },
    ]

    /// Rules that look at a whole line (one list item or paragraph), for facts that take
    /// more than one sentence to state.
    static let lineRules: [@Sendable (String) -> String?] = [
        { line in
            line.contains("宅基地") && !line.contains("人民政府")
                ? "宅基地等土地权属争议先协商，不成的由乡镇人民政府或者县级以上人民政府处理，再到法院" : nil
        },
    ]

    @Test func noKnownWrongWordingReturns() throws {
        var findings: [Finding] = []
        for file in try Self.shipped {
            for (index, line) in file.lines.enumerated() {
                for rule in Self.lineRules {
                    if let reason = rule(line) { findings.append(Finding(path: file.path, line: index + 1, reason: reason)) }
                }
                for sentence in Self.sentences(line) {
                    for rule in Self.sentenceRules {
                        if let reason = rule(sentence) { findings.append(Finding(path: file.path, line: index + 1, reason: reason)) }
                    }
                }
            }
            for paragraph in Self.paragraphs(file)
            where paragraph.text.contains("及时反馈") && (paragraph.text.contains("实名") || paragraph.text.contains("优先")) {
                findings.append(Finding(path: file.path, line: paragraph.line,
                                        reason: "实名举报“给予答复”，不是“及时反馈”"))
            }
        }
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test func inventedPagesAreMarkedAsSamples() throws {
        let calendarDay = try NSRegularExpression(pattern: "[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日")
        var findings: [Finding] = []
        for file in try Self.shipped where !file.isSample {
            if file.title.contains("示例") {
                findings.append(Finding(path: file.path, line: 1, reason: "标题写着“示例”，设置区要写 sample: true"))
            }
            guard file.path.hasPrefix("news/") || file.path.hasPrefix("notices/") else { continue }
            for (index, line) in file.lines.enumerated()
            where calendarDay.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                findings.append(Finding(path: file.path, line: index + 1,
                                        reason: "动态、通报写到了具体某一天的事；编写的示例要写 sample: true，真实稿件要有出处"))
            }
        }
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test func printablePagesDoNotPointAtTheScreen() throws {
        // Pages that a brochure, the leaflet or a board can print must read right on paper.
        let webOnly = ["本页下方", "下方的", "页面下方", "点击", "链接", "网页", "本网站"]
        var findings: [Finding] = []
        for file in try Self.shipped where file.isPrinted {
            // A paragraph marked 【网页】 is left out of print (docs/print.md).
            for (index, line) in file.lines.enumerated() where !line.hasPrefix("【网页】") {
                for phrase in webOnly where line.contains(phrase) {
                    findings.append(Finding(path: file.path, line: index + 1,
                                            reason: "“\(phrase)”在印刷品上说不通（这一页 print 没有关掉）"))
                }
            }
        }
        #expect(findings.isEmpty, "\(findings.map(\.description).joined(separator: "\n"))")
    }

    @Test func planPageQuotesThePlanExactly() throws {
        let plan = try #require(try Self.shipped.first { $0.path == "about/plan.md" })
        let text = plan.lines.joined(separator: "\n").replacingOccurrences(of: "**", with: "")
        let required = [
            // 工作目标
            "群众对信访举报受理范围知晓率明显提升", "业务范围外信访举报量逐步减少", "信访举报渠道进一步畅通",
            "实名举报率和网络举报率逐步提高", "恶意举报和诬告陷害问题明显减少", "信访举报秩序进一步规范",
            // 阶段
            "部署启动阶段（3月）", "集中推动阶段（4月至6月）", "深入宣传阶段（7月至10月）", "总结深化阶段（11月至12月）",
            "优先办理、优先处置和给予答复", "在一定范围内",
            // 工作要求
            "工作小组", "办公室设在信访室", "派驻（出）机构", "确定1名联系人",
            // 两块展板
            "《纪检监察机关受理检举控告范围和不予受理事项》", "《检举控告人的权利和义务》",
        ]
        let missing = required.filter { !text.contains($0) }
        #expect(missing.isEmpty, "about/plan.md 缺少方案原文：\(missing.joined(separator: "、"))")
        #expect(!text.contains("有所减少"), "方案说的是“明显减少”")
    }

    @Test func rulesCatchTheWordingsTheyWereWrittenFor() {
        // The rules themselves must be able to fail: each old wording trips exactly one rule.
        let old = [
            "对实名举报优先受理、优先处置",
            "对受到诬告的干部，纪检监察机关会及时澄清正名",
            "故意捏造事实、伪造材料进行举报，企图使他人受到责任追究的，是诬告陷害",
            "公安机关（报警电话 110）：违法犯罪线索、治安问题",
            "地边、宅基地这些邻里纠纷，不归纪委监委管，要找村里调解，或者到法院解决",
            "物业、邻里、政策咨询等事项，可以拨打12345政务服务便民热线",
        ]
        for sentence in old {
            #expect((Self.sentenceRules + Self.lineRules).compactMap { $0(sentence) }.count == 1, "\(sentence)")
        }
        let fixed = [
            "对实名举报优先办理、优先处置、给予答复",
            "经核实举报不实的，可以在一定范围内为干部澄清正名",
            "捏造事实或者伪造材料进行检举控告，企图使他人受到政治上的伤害、名誉上的损失或者责任追究，是诬告陷害",
            "公职人员职务违法、职务犯罪以外的其他违法犯罪线索和治安问题，找公安机关（110）",
            "宅基地使用权争议先协商，协商不成的由乡镇人民政府或者县级以上人民政府处理",
        ]
        for sentence in fixed {
            #expect((Self.sentenceRules + Self.lineRules).allSatisfy { $0(sentence) == nil }, "\(sentence)")
        }
    }
}
