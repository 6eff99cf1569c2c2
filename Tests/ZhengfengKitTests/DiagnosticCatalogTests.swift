import Foundation
import Testing
@testable import ZhengfengKit

/// The codes in the sources as the tests see them: every quoted UPPER_SNAKE literal, and, where
/// a call site shows it, the severity each code is emitted with.
enum SourceCodes {
    /// Upper-case string literals that are not diagnostic codes.
    static let notCodes: Set<String> = ["SOURCE_DATE_EPOCH", "ZHENGFENG_BINARY",
                                         "ZHENGFENG_FAULT", "ZHENGFENG_FAULT_READY", "ZHENGFENG_WEASYPRINT"]
    /// The catalog's own data, which names every code without emitting any.
    static let catalogFile = "ZhengfengKit/Diagnostics/DiagnosticCatalog+Entries.swift"
    /// The catalog's data kept in files of their own (`DiagnosticCatalog+Inspection.swift`).
    static let catalogPartsPrefix = "ZhengfengKit/Diagnostics/DiagnosticCatalog+"

    static let codePattern = try! NSRegularExpression(pattern: "\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"")
    /// `.error(`, `.warning(`, `YAMLFields.report(` (always an error) and `Diagnostic(.note, `.
    static let openerPattern = try! NSRegularExpression(
        pattern: #"\.(error|warning)\(|\breport\(|Diagnostic\(\s*\.(error|warning|note)\s*,"#)

    /// Every Swift file under Sources but the catalog's data, as (path, text).
    static func sources() throws -> [(path: String, text: String)] {
        let root = TestSupport.repository.appendingPathComponent("Sources")
        var files: [(String, String)] = []
        for case let path as String in FileManager.default.enumerator(atPath: root.path)!
        where path.hasSuffix(".swift") && path != catalogFile && !path.hasPrefix(catalogPartsPrefix) {
            files.append((path, try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    static func codes(in text: String) -> Set<String> {
        Set(codePattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
            .map { String(text[Range($0.range(at: 1), in: text)!]) }).subtracting(notCodes)
    }

    /// The codes in the first argument of each `.error(…)`, `.warning(…)`, `report(…)` and
    /// `Diagnostic(.severity, …)` call, with that severity. A code passed through a variable
    /// is not seen here (its severity is not checkable).
    static func emitted(in text: String) -> [(code: String, severity: Severity)] {
        let scalars = Array(text.unicodeScalars)
        var found: [(String, Severity)] = []
        for match in openerPattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            let word = [1, 2].compactMap { Range(match.range(at: $0), in: text).map { String(text[$0]) } }.first
            let severity = Severity(rawValue: word ?? "error")!
            var index = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.upperBound.samePosition(in: text.unicodeScalars)!)
            var depth = 0, inString = false, argument = ""
            while index < scalars.count {
                let scalar = scalars[index]
                if inString {
                    if scalar == "\\" { argument.unicodeScalars.append(scalar); index += 1 }
                    else if scalar == "\"" { inString = false }
                } else if scalar == "\"" {
                    inString = true
                } else if "([{".unicodeScalars.contains(scalar) {
                    depth += 1
                } else if ")]}".unicodeScalars.contains(scalar) {
                    if depth == 0 { break }
                    depth -= 1
                } else if scalar == ",", depth == 0 {
                    break
                }
                if index < scalars.count { argument.unicodeScalars.append(scalars[index]) }
                index += 1
            }
            found += codes(in: argument).sorted().map { ($0, severity) }
        }
        return found
    }
}

/// The one catalog of diagnostic codes: complete against the sources, consistent with how each
/// code is emitted, and the source of docs/diagnostics.md.
@Suite struct DiagnosticCatalogTests {
    @Test func everyCodeUsedInSourcesHasACatalogEntry() throws {
        let used = try SourceCodes.sources().reduce(into: Set<String>()) { $0.formUnion(SourceCodes.codes(in: $1.text)) }
        #expect(used.count >= 60)
        let missing = used.filter { DiagnosticCatalog.entry(for: $0) == nil }.sorted()
        #expect(missing.isEmpty, "add these codes to Sources/\(SourceCodes.catalogFile), then run make docs: \(missing)")
    }

    @Test func everyCatalogEntryIsStillUsedInSources() throws {
        let used = try SourceCodes.sources().reduce(into: Set<String>()) { $0.formUnion(SourceCodes.codes(in: $1.text)) }
        let unused = DiagnosticCatalog.entries.map(\.code).filter { !used.contains($0) }
        #expect(unused.isEmpty, "no source emits these catalog codes any more: \(unused)")
    }

    @Test func catalogSeverityIsTheSeverityEachCodeIsEmittedWith() throws {
        var checked: Set<String> = []
        var mismatches: [String] = []
        for (path, text) in try SourceCodes.sources() {
            for (code, severity) in SourceCodes.emitted(in: text) {
                guard let entry = DiagnosticCatalog.entry(for: code) else { continue }
                checked.insert(code)
                if entry.severity != severity {
                    mismatches.append("\(code): emitted as \(severity) in \(path), catalog says \(entry.severity)")
                }
            }
        }
        #expect(checked.count >= 60, "the severity scan found only \(checked.count) codes")
        #expect(mismatches.isEmpty, "\(mismatches)")
    }

    @Test func severityScanReadsEachKindOfCallSite() {
        let text = """
            diagnostics.append(.warning("A_WARN", "x，y", at: location))
            throw Diagnostic.error(
                "B_ERR", "\\(value)", at: here)
            fields.report("C_ERR", message, at: node)
            bag.add(Diagnostic(.note, "D_NOTE", "说明", at: here))
            .error(reference.isImage ? "E_ONE" : "E_TWO", "消息", at: location)
            mutating func report(_ code: String, _ message: String) { let x = "NOT_EMITTED" }
            """
        let found = SourceCodes.emitted(in: text).map { "\($0.code)=\($0.severity.rawValue)" }
        #expect(found == ["A_WARN=warning", "B_ERR=error", "C_ERR=error", "D_NOTE=note", "E_ONE=error", "E_TWO=error"])
    }

    @Test func docsDiagnosticsMarkdownIsGeneratedFromTheCatalog() throws {
        let file = TestSupport.repository.appendingPathComponent(DiagnosticsDocument.path)
        let onDisk = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        let generated = DiagnosticsDocument.markdown().components(separatedBy: "\n")
        guard onDisk != generated else { return }
        let line = (0..<min(onDisk.count, generated.count)).first { onDisk[$0] != generated[$0] } ?? min(onDisk.count, generated.count)
        Issue.record("""
            docs/diagnostics.md is stale: run make docs (zhengfeng explain --markdown > docs/diagnostics.md).
            First difference at line \(line + 1):
              on disk:   \(line < onDisk.count ? onDisk[line] : "(end of file)")
              generated: \(line < generated.count ? generated[line] : "(end of file)")
            """)
    }

    @Test func generatedDocumentKeepsThePreambleAndListsEveryCodeWithItsExamples() {
        let document = DiagnosticsDocument.markdown()
        #expect(document.contains("## 怎样读一条消息"))
        #expect(document.contains("## 隐私检查的规则"))
        #expect(document.contains("`privacy_allow: [\"13700000000\"]`"))
        for entry in DiagnosticCatalog.entries {
            #expect(document.contains("| `\(entry.code)` | \(entry.severity.label) | "), "\(entry.code) has no table row")
            #expect(document.contains("#### `\(entry.code)`：\(entry.title)\n"), "\(entry.code) has no examples")
        }
    }

    @Test func tableCellsCannotBreakTheTable() {
        var entry = DiagnosticCatalog.entries[0]
        entry.explanation = "写成 a|b，\n换行"
        let document = DiagnosticsDocument.markdown([entry])
        #expect(document.contains("| 写成 a\\|b， 换行 |"))
    }

    @Test func everyEntryIsCompleteAndAgreesWithItsOwnMessage() {
        let codes = DiagnosticCatalog.entries.map(\.code)
        #expect(Set(codes).count == codes.count, "a code is listed twice")
        for entry in DiagnosticCatalog.entries {
            #expect(entry.code.range(of: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$", options: .regularExpression) != nil, "\(entry.code)")
            #expect(!entry.title.isEmpty && !entry.explanation.isEmpty, "\(entry.code)")
            #expect(entry.message.hasSuffix("[\(entry.code)]"), "\(entry.code): the sample message must end with its code")
            #expect(entry.message.contains("\(entry.severity.label): "), "\(entry.code): the sample message shows another severity")
            #expect(entry.wrong != entry.fixed, "\(entry.code): the fixed example is the wrong one")
            #expect(!entry.fixed.text.isEmpty, "\(entry.code)")
        }
    }
}

/// `zhengfeng explain`: one code's entry, the list, and unknown codes.
@Suite struct DiagnosticExplainerTests {
    @Test func explanationShowsTitleSeverityExplanationAndBothExamples() throws {
        let entry = try #require(DiagnosticCatalog.entry(for: "FIELD_DATE"))
        let text = try #require(DiagnosticExplainer.explanation(for: "FIELD_DATE"))
        #expect(text.hasPrefix("FIELD_DATE：日期写法不对\n级别：错误"))
        #expect(text.contains(entry.explanation))
        #expect(text.contains("    " + entry.message))
        #expect(text.contains("错误示例：content/news/march.md\n    ---\n    title: 三月工作动态\n    date: 2026年3月15日\n"))
        #expect(text.contains("改正后：content/news/march.md\n    ---\n    title: 三月工作动态\n    date: 2026-03-15\n"))
    }

    @Test func codeIsFoundInLowerCaseWithHyphensOrInBrackets() {
        let expected = DiagnosticExplainer.explanation(for: "LINK_BROKEN")
        #expect(expected != nil)
        #expect(DiagnosticExplainer.explanation(for: "link-broken") == expected)
        #expect(DiagnosticExplainer.explanation(for: " [LINK_BROKEN] ") == expected)
    }

    @Test func unknownCodeSuggestsTheNearestKnownCodes() {
        #expect(DiagnosticExplainer.explanation(for: "LINK_BROKNE") == nil)
        #expect(DiagnosticCatalog.nearest(to: "LINK_BROKNE").first == "LINK_BROKEN")
        #expect(DiagnosticCatalog.nearest(to: "broken-link").first == "LINK_BROKEN")
        #expect(DiagnosticCatalog.nearest(to: "PRIVACY").allSatisfy { $0.hasPrefix("PRIVACY_") })
        #expect(DiagnosticCatalog.nearest(to: "TEMPLATE_MISING").first == "TEMPLATE_MISSING")
    }

    @Test func unknownCodeMessageIsTheCatalogSample() throws {
        let entry = try #require(DiagnosticCatalog.entry(for: "EXPLAIN_UNKNOWN_CODE"))
        #expect(DiagnosticExplainer.unknownCode("LINK_BROKNE") == entry.message)
    }

    @Test func listNamesEveryCodeOnceUnderItsGroup() {
        let list = DiagnosticExplainer.list()
        for entry in DiagnosticCatalog.entries {
            #expect(list.components(separatedBy: "  \(entry.code) ").count == 2, "\(entry.code)")
        }
        #expect(list.contains("\n印刷品和 PDF（print: 设置、zhengfeng build --pdf）\n"))
    }
}

/// The `explain` subcommand of the executable.
@Suite struct ExplainCommandTests {
    func run(_ arguments: [String]) throws -> ProcessRunner.Result {
        try #require(FileManager.default.isExecutableFile(atPath: CommandLineTests.binary.path), "build zhengfeng first")
        return try ProcessRunner.run(CommandLineTests.binary, arguments)
    }

    @Test func explainPrintsTheEntryAndExitsZero() throws {
        let result = try run(["explain", "PRIVACY_MOBILE"])
        #expect(result.status == 0)
        #expect(result.stdout == DiagnosticExplainer.explanation(for: "PRIVACY_MOBILE"))
    }

    @Test func unknownCodeExitsTwoAndSuggestsCodes() throws {
        let result = try run(["explain", "LINK_BROKNE"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("是不是想查：LINK_BROKEN"))
        #expect(result.stderr.contains("[EXPLAIN_UNKNOWN_CODE]"))
    }

    @Test func markdownFlagPrintsTheDocumentThatMakeDocsWrites() throws {
        let result = try run(["explain", "--markdown"])
        #expect(result.status == 0)
        #expect(result.stdout == DiagnosticsDocument.markdown())
    }

    @Test func withoutACodeItListsEveryCode() throws {
        let result = try run(["explain"])
        #expect(result.status == 0)
        #expect(result.stdout == DiagnosticExplainer.list())
    }
}

/// The catalog's examples are real: where an example is a file under content/ or templates/,
/// a site with the wrong file gets the code from `zhengfeng check` (or a build), and the same
/// site with the fix does not.
@Suite struct DiagnosticCatalogExampleTests {
    /// Examples whose problem is not in the text shown (a file's encoding), or that need a PDF
    /// build with WeasyPrint.
    static let notReproducible: Set<String> = ["FILE_ENCODING_GBK", "FILE_ENCODING", "PDF_PAD_MARKER", "PDF_PAGE_COUNT"]
    /// “Today” for the examples about publication dates.
    static let today = PageDate(parsing: "2026-11-20 12:00")!
    static let siteYAML = "title: 清风秦都\nbase_url: https://www.example.gov.cn/lianzheng/\n"

    /// A small site with what the examples refer to: a phone page with the heading 接听时间,
    /// a news page linking plan.md, an internal section, a photo and an attachment.
    static func baseSite() -> [String: String] {
        func page(_ title: String, _ extra: String = "", body: String = "正文。") -> String {
            "---\ntitle: \(title)\n\(extra)---\n\n\(body)\n"
        }
        return [
            "content/site.yml": siteYAML,
            "content/_index.md": page("首页"),
            "content/data/channels.yml": """
                channels:
                  - id: phone
                    kind: phone
                    name: 电话举报
                    number: "12388"
                """,
            "content/scope/_index.md": page("受理范围"),
            "content/scope/what.md": page("受理哪些问题"),
            "content/excluded/_index.md": page("不予受理"),
            "content/excluded/other.md": page("请找对地方"),
            "content/channels/_index.md": page("举报途径"),
            "content/channels/phone.md": page("电话举报", body: "## 接听时间\n\n工作日。"),
            "content/real-name/_index.md": page("实名举报"),
            "content/real-name/rights-duties.md": page("检举控告人的权利和义务"),
            "content/false-accusation/_index.md": page("诬告陷害"),
            "content/false-accusation/law.md": page("依法追责"),
            "content/about/_index.md": page("关于"),
            "content/about/plan.md": page("工作方案", body: "附件：[制度汇编](制度汇编.pdf)"),
            "content/about/制度汇编.pdf": "%PDF-1.4",
            "content/news/_index.md": page("工作动态"),
            "content/news/launch.md": page("启动仪式", body: "见[年度工作要点](plan.md)。"),
            "content/news/plan.md": page("2026年工作要点", body: "![会议现场](photo.jpg)"),
            "content/news/photo.jpg": "jpg",
            "content/inner/_index.md": page("内部", "visibility: internal\n"),
            "content/inner/schedule.md": page("专项检查工作安排"),
        ]
    }

    /// The built-in templates, as a site's own templates/ folder.
    static func builtInTemplates() throws -> [String: String] {
        let root = ThemeLoader.builtInDirectory
        var files: [String: String] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: root.path)! where path.hasSuffix(".mustache") {
            files["templates/" + path] = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
        }
        return files
    }

    /// The file an example is written to, when it is a page, a YAML file or a template.
    static func contentPath(_ example: DiagnosticExample) -> String? {
        let path = String(example.place.prefix { $0 != "（" })
        let isContent = path.hasPrefix("content/") && (path.hasSuffix(".md") || path.hasSuffix(".yml"))
        let isTemplate = path.hasPrefix("templates/") && path.hasSuffix(".mustache")
        return isContent || isTemplate ? path : nil
    }

    /// The example as a whole file: a page snippet gets a front matter, a site.yml snippet the
    /// two required settings.
    static func fileText(_ example: DiagnosticExample, code: String) -> String {
        let path = contentPath(example)!
        if path == "content/site.yml" && !example.text.contains("base_url:") { return siteYAML + example.text + "\n" }
        if path.hasSuffix(".md") && !example.text.isEmpty && !example.text.hasPrefix("---") && code != "FRONT_MATTER_MISSING" {
            return "---\ntitle: 示例页面\n---\n\n" + example.text + "\n"
        }
        return example.text.isEmpty ? "" : example.text + "\n"
    }

    static var reproducible: [DiagnosticEntry] {
        DiagnosticCatalog.entries.filter {
            contentPath($0.wrong) != nil && contentPath($0.fixed) != nil && !notReproducible.contains($0.code)
        }
    }

    /// Whether `zhengfeng check` reports `code` for the site.
    /// The release gate's own codes are checked as `zhengfeng check --release` does.
    /// The self-inspection's codes are checked as `zhengfeng inspect` does, the release veto
    /// as `zhengfeng build --release` does.
    func checkReports(_ code: String, _ files: [String: String]) -> Bool {
        var options = BuildOptions(siteDirectory: TestSites.make(files), now: Self.today)
        options.release = code.hasPrefix("PLACEHOLDER_")
        if code == ReleaseInspection.code {
            options.release = true
            options.outputDirectory = options.siteDirectory.appendingPathComponent("output")
            do {
                return try SiteBuilder(options: options).build().warnings.contains { $0.code == code }
            } catch let error as DiagnosticsError {
                return error.diagnostics.contains { $0.code == code }
            } catch {
                return false
            }
        }
        if code.hasPrefix("INSPECT_") {
            guard let report = try? SiteInspection.run(options: options) else { return false }
            return (report.findings.map(\.diagnostic) + report.settingProblems).contains { $0.code == code }
        }
        var timer = StageTimer()
        do {
            return try SiteBuilder(options: options).prepare(timer: &timer).diagnostics.contains { $0.code == code }
        } catch let error as DiagnosticsError {
            return error.diagnostics.contains { $0.code == code }
        } catch {
            return false
        }
    }

    /// Whether a build reports `code` (a missing page template, for one, is found only when
    /// pages are rendered).
    func buildReports(_ code: String, _ files: [String: String]) -> Bool {
        let site = TestSites.make(files)
        var options = TestSites.options(site, output: site.appendingPathComponent("output"))
        options.now = Self.today
        do {
            return try SiteBuilder(options: options).build().warnings.contains { $0.code == code }
        } catch let error as DiagnosticsError {
            return error.diagnostics.contains { $0.code == code }
        } catch let diagnostic as Diagnostic {
            return diagnostic.code == code
        } catch {
            return false
        }
    }

    @Test func theBaseSiteIsClean() {
        let problems = TestSupport.check(TestSites.make(Self.baseSite()), now: Self.today).filter { $0.severity != .note }
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func mostEntriesHaveFileExamplesThatAreChecked() {
        #expect(Self.reproducible.count >= 40, "only \(Self.reproducible.count)")
    }

    @Test(arguments: reproducible.map(\.code))
    func wrongExampleGivesTheCodeAndTheFixedOneDoesNot(code: String) throws {
        let entry = try #require(DiagnosticCatalog.entry(for: code))
        var files = Self.baseSite()
        if Self.contentPath(entry.wrong)!.hasPrefix("templates/") { files.merge(try Self.builtInTemplates()) { $1 } }
        files[Self.contentPath(entry.wrong)!] = Self.fileText(entry.wrong, code: code)
        var fixed = files
        fixed[Self.contentPath(entry.fixed)!] = Self.fileText(entry.fixed, code: code)
        let byCheck = checkReports(code, files)
        let wrongGivesIt = byCheck || buildReports(code, files)
        let fixedGivesIt = byCheck ? checkReports(code, fixed) : buildReports(code, fixed)
        #expect(wrongGivesIt, "the wrong example does not give \(code)")
        #expect(!fixedGivesIt, "the fixed example still gives \(code)")
    }
}
