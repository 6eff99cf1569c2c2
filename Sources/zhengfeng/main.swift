import ArgumentParser
import Foundation
import Synchronization
import ZhengfengKit
import ZhengfengServe

/// The `zhengfeng` command: a thin layer over ZhengfengKit.
@main
struct Zhengfeng: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhengfeng",
        abstract: "正风：把 Markdown 生成为清廉宣传网站和印刷品。",
        subcommands: [Build.self, Check.self, Explain.self, New.self, Init.self, Serve.self, WeChat.self, Proof.self, Inspect.self],
        defaultSubcommand: Build.self
    )

    /// Like ArgumentParser's `main()`, but usage errors exit with 2 (the documented contract)
    /// instead of 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.internalError)
            }
            exit(withError: error)
        }
    }
}

/// Options shared by commands that read a site.
struct SiteOptions: ParsableArguments {
    @Option(name: .long, help: "站点文件夹（含 content/），默认是当前文件夹。")
    var site: String = "."

    var siteURL: URL { URL(fileURLWithPath: site, isDirectory: true).standardizedFileURL }
}

extension LinkMode: ExpressibleByArgument {}

/// Exit statuses: 0 success, 1 content errors, 2 usage or internal error.
enum ExitStatus {
    static let contentError: Int32 = 1
    static let internalError: Int32 = 2
}

/// Prints diagnostics to standard error, one a line, then a count.
func printDiagnostics(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    var text = diagnostics.sortedForDisplay().map(\.description).joined(separator: "\n") + "\n"
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    text += "共 \(errors) 个错误，\(warnings) 个警告\(noteCount(diagnostics))。\n"
    FileHandle.standardError.write(Data(text.utf8))
}

/// “，2 个提示” when there are notes, else nothing.
func noteCount(_ diagnostics: [Diagnostic]) -> String {
    let notes = diagnostics.filter { $0.severity == .note }.count
    return notes == 0 ? "" : "，\(notes) 个提示"
}

/// Runs `body`, turning content errors into exit status 1 and anything else into 2.
func runReporting(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as DiagnosticsError {
        printDiagnostics(error.diagnostics)
        FileHandle.standardError.write(Data("未发布：请按上面的提示修改后重新运行。原有的 output 文件夹保持不变。\n".utf8))
        throw ExitCode(ExitStatus.contentError)
    } catch let diagnostic as Diagnostic {
        printDiagnostics([diagnostic])
        throw ExitCode(ExitStatus.contentError)
    } catch let problem as OutputError {
        FileHandle.standardError.write(Data((problem.diagnostic.description + "\n").utf8))
        throw ExitCode(ExitStatus.internalError)
    } catch let exit as ExitCode {
        throw exit
    } catch {
        FileHandle.standardError.write(Data("zhengfeng: 内部错误：\(error)\n".utf8))
        throw ExitCode(ExitStatus.internalError)
    }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "生成网站到 output 文件夹。")

    @OptionGroup var siteOptions: SiteOptions
    @Option(name: .long, help: "输出文件夹，默认是站点下的 output。") var output: String?
    @Option(name: .customLong("base-url"), help: "覆盖 site.yml 中的 base_url。") var baseURL: String?
    @Option(name: .long, help: "页面内链接的写法：root（默认）、absolute（完整网址）或 relative（相对网址，可从 U 盘或本地文件夹直接打开）。")
    var links: LinkMode?
    @Flag(name: .long, help: "包括草稿、未到发布日期和已过期的页面（仅供预览）。") var drafts = false
    @Flag(name: .long, help: "包括 visibility: internal 的内部页面（不得用于公开网站）。") var `internal` = false
    @Flag(name: .long, help: "把警告也当作错误。") var strict = false
    @Flag(name: .long, help: "显示每个阶段的用时。") var verbose = false
    @Flag(name: .long, help: "同时把印刷品生成 PDF（output/print/*.pdf，需要 WeasyPrint）。") var pdf = false
    @Flag(name: .long, help: "正式发布：还有待填内容、示例域名或示例页面时停止；不加时生成的是带“校样”标记的校样。") var release = false
    @Flag(name: .customLong("accept-inspection"), help: "与 --release 同用：自查有单项否决项时仍然发布（否决项作为警告列出）。") var acceptInspection = false

    /// A bad `--base-url` is a usage error (exit 2), reported before anything is read.
    func validate() throws {
        if let baseURL, let problem = BaseURL.problem(baseURL) {
            throw ValidationError(BaseURL.message(baseURL, problem: problem, setting: "--base-url") + " [CONFIG_BASE_URL]")
        }
    }
    @Flag(name: .long, help: "输出文件夹里有不是 zhengfeng 生成的文件时，仍然整个替换它（这些文件会丢失）。") var force = false

    func run() throws {
        Interruption.install(message: "已中断：没有发布任何内容，原有的 output 文件夹保持不变。", status: ExitStatus.internalError)
        var options = BuildOptions(siteDirectory: siteOptions.siteURL,
                                   outputDirectory: output.map { URL(fileURLWithPath: $0, isDirectory: true) })
        options.baseURL = baseURL
        options.linkMode = links
        options.includeDrafts = drafts
        options.includeInternal = `internal`
        options.strict = strict
        options.pdf = pdf
        options.release = release
        options.acceptInspection = acceptInspection
        options.force = force
        var kept: PreparedSite?
        try runReporting {
            var builder = SiteBuilder(options: options)
            let progress = TerminalProgress(label: "写入页面")
            builder.progress = { progress.update(done: $0, total: $1) }
            builder.pdfProgress = PDFProgressLine.reporter()
            let (report, prepared) = try builder.buildKeepingModel()
            kept = prepared
            progress.finish()
            printDiagnostics(report.warnings)
            if verbose {
                for stage in report.stages {
                    let name = stage.name.padding(toLength: 10, withPad: " ", startingAt: 0)
                    print("  " + name + String(format: "%8.3f 秒", stage.seconds))
                }
            }
            print(report.summary)
            for result in report.pdfs {
                print("  " + PDFProgressLine.text(result))
            }
            printDiagnostics(report.pdfs.flatMap(\.warnings))
            if let problem = report.pdfProblem {
                printDiagnostics(problem.diagnostics)
                throw ExitCode(ExitStatus.internalError)
            }
        }
        // The process ends here: the model is left for the system to reclaim.
        withExtendedLifetime(kept) { Foundation.exit(0) }
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "检查内容，不写任何文件。")

    enum Format: String, ExpressibleByArgument { case text, json }

    @OptionGroup var siteOptions: SiteOptions
    @Option(name: .long, help: "输出格式：text 或 json。") var format: Format = .text
    @Flag(name: .long, help: "按正式发布检查：列出每一处待填内容、示例域名和示例页面（都是错误）。") var release = false

    func run() throws {
        var options = BuildOptions(siteDirectory: siteOptions.siteURL)
        options.release = release
        var diagnostics: [Diagnostic] = []
        do {
            var timer = StageTimer()
            diagnostics = try SiteBuilder(options: options).prepare(timer: &timer).diagnostics
        } catch let error as DiagnosticsError {
            diagnostics = error.diagnostics
        } catch let diagnostic as Diagnostic {
            diagnostics = [diagnostic]
        } catch {
            FileHandle.standardError.write(Data("zhengfeng: 内部错误：\(error)\n".utf8))
            throw ExitCode(ExitStatus.internalError)
        }
        diagnostics = diagnostics.sortedForDisplay()
        switch format {
        case .json:
            print(DiagnosticJSON.encode(diagnostics))
        case .text:
            for diagnostic in diagnostics { print(diagnostic.description) }
            let errors = diagnostics.filter { $0.severity == .error }.count
            let warnings = diagnostics.filter { $0.severity == .warning }.count
            print("共 \(errors) 个错误，\(warnings) 个警告\(noteCount(diagnostics))。")
        }
        if diagnostics.hasErrors { throw ExitCode(ExitStatus.contentError) }
    }
}

/// `zhengfeng explain CODE`: what a diagnostic code means and how to fix it (like `rustc --explain`).
struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "解释检查结果中的代码，并给出错误示例和改法，例如：zhengfeng explain LINK_BROKEN")

    @Argument(help: "代码，例如 LINK_BROKEN。不写则列出全部代码。") var code: String?
    @Flag(name: .long, help: "输出完整的 docs/diagnostics.md（Markdown），用于 make docs。") var markdown = false

    func run() throws {
        if markdown {
            print(DiagnosticsDocument.markdown(), terminator: "")
        } else if let code {
            guard let text = DiagnosticExplainer.explanation(for: code) else {
                FileHandle.standardError.write(Data((DiagnosticExplainer.unknownCode(code) + "\n").utf8))
                throw ExitCode(ExitStatus.internalError)
            }
            print(text, terminator: "")
        } else {
            print(DiagnosticExplainer.list(), terminator: "")
        }
    }
}

struct New: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "新建一个页面，例如：zhengfeng new news 三月工作动态")

    @Argument(help: "栏目文件夹，例如 news（必须是已有的栏目）。") var kind: String
    @Argument(help: "页面标题。") var title: String
    @Option(name: .long, help: "网址名（只用英文字母、数字和 -），默认按日期生成；文件名按标题取。") var slug: String?
    @OptionGroup var siteOptions: SiteOptions

    func run() throws {
        try runReporting {
            let url = try Scaffold.newPage(site: siteOptions.siteURL, section: kind, title: title, slug: slug,
                                           now: BuildOptions.defaultNow())
            print("已新建：\(url.path)")
        }
    }
}

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "新建一个站点文件夹（含示例内容和模板）。")

    @Argument(help: "新站点文件夹。") var directory: String

    func run() throws {
        try runReporting {
            try Scaffold.initSite(at: URL(fileURLWithPath: directory, isDirectory: true))
            print("已新建站点：\(directory)。进入该文件夹运行 zhengfeng build 即可生成网站。")
        }
    }
}

/// `zhengfeng serve`: local preview with incremental rebuilds and live reload.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "本地预览：生成网站并在浏览器中查看，保存文件后自动更新。")

    @OptionGroup var siteOptions: SiteOptions
    @Option(name: .long, help: "端口，默认 8080。") var port: UInt16 = 8080
    @Option(name: .long, help: "监听地址，默认只监听本机 127.0.0.1。") var host: String = "127.0.0.1"
    @Option(name: .long, help: "预览文件写在哪里，默认是系统临时文件夹里新建的文件夹（不会写入 output）。") var output: String?
    @Flag(name: .long, help: "--output 文件夹里有不是 zhengfeng 生成的文件时，仍然整个替换它。") var force = false
    @Flag(name: .long, help: "预览中还包括未到发布日期和已过期的页面（草稿总是显示，带“草稿”标记）。") var drafts = false

    /// The root command is synchronous (its file is main.swift), so this one blocks on its task.
    func run() throws {
        Interruption.install(message: "预览已停止（serve 自己新建的预览文件夹已删除）。", status: 0)
        let finished = DispatchSemaphore(value: 0)
        let outcome = Outcome()
        Task {
            do {
                try await serve()
            } catch {
                outcome.error.withLock { $0 = error }
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error.withLock({ $0 }) { throw error }
    }

    final class Outcome: Sendable {
        let error = Mutex<(any Error)?>(nil)
    }

    private func serve() async throws {
        let session: PreviewSession
        do {
            session = try PreviewSession(siteDirectory: siteOptions.siteURL,
                                         output: output.map { URL(fileURLWithPath: $0, isDirectory: true) }, force: force,
                                         host: host, port: port, includeDrafts: drafts) { line in
                FileHandle.standardError.write(Data((line + "\n").utf8))
            }
        } catch let problem as OutputError {
            FileHandle.standardError.write(Data((problem.diagnostic.description + "\n").utf8))
            throw ExitCode(ExitStatus.internalError)
        }
        let actualPort: UInt16
        do {
            actualPort = try await session.start()
        } catch {
            await session.stop()
            FileHandle.standardError.write(Data("zhengfeng: 无法在 \(host):\(port) 上启动预览（\(error)）。端口可能被占用，请用 --port 换一个。\n".utf8))
            throw ExitCode(ExitStatus.internalError)
        }
        print("预览地址：http://\(host):\(actualPort)/  （按 Ctrl-C 停止）")
        fflush(nil)
        // Ctrl-C or SIGTERM ends the process through `Interruption`, which removes the
        // preview folder: until then this task waits.
        await withUnsafeContinuation { (_: UnsafeContinuation<Void, Never>) in }
    }
}

/// `zhengfeng wechat`: every article as a fragment for the WeChat editor, with previews.
struct WeChat: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wechat",
        abstract: "把文章导出成可以粘贴到公众号编辑器的格式（默认写到站点下的 wechat 文件夹），并检查公众号的字数限制。")

    @OptionGroup var siteOptions: SiteOptions
    @Option(name: .long, help: "导出文件夹，默认是站点下的 wechat（不属于公开网站）。") var output: String?
    @Option(name: .long, help: "只把这一篇文章的代码打印到屏幕（标准输出），不写文件，例如 --stdout content/news/a.md。") var stdout: String?
    @Flag(name: .long, help: "正式发布：文章里还有待填内容或是示例页面时停止。") var release = false
    @Argument(help: "只导出这些页面，例如 news/launch-meeting.md；不写则导出全部文章。") var pages: [String] = []

    func run() throws {
        var options = WeChatOptions(siteDirectory: siteOptions.siteURL,
                                    outputDirectory: output.map { URL(fileURLWithPath: $0, isDirectory: true) })
        options.pages = stdout.map { [$0] } ?? pages
        options.release = release
        try runReporting {
            let export = WeChatExport(options: options)
            var (articles, diagnostics): ([WeChatArticle], [Diagnostic])
            do {
                (articles, diagnostics) = try export.prepare()
            } catch let error as DiagnosticsError {
                (articles, diagnostics) = ([], error.diagnostics)
            }
            printDiagnostics(diagnostics)
            if diagnostics.hasErrors {
                FileHandle.standardError.write(Data("未导出：请按上面的提示修改后重新运行。原有的 wechat 文件夹保持不变。\n".utf8))
                throw ExitCode(ExitStatus.contentError)
            }
            if stdout != nil, let article = articles.first {
                print(article.fragment)
                return
            }
            try export.write(articles, diagnostics: diagnostics)
            let largest = articles.map(\.characters).max() ?? 0
            print("已导出 \(articles.count) 篇文章到 \(options.outputDirectory.path)（打开其中的 index.html 预览和复制）；最长的一篇 \(largest) 个字符，上限 \(WeChatLimits.contentCharacters)。")
        }
    }
}

/// `zhengfeng proof`: a contact sheet of every page of the PDFs `build --pdf` wrote.
struct Proof: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把 build --pdf 生成的全部 PDF 逐页转成小图，放在一个网页里（默认写到站点下的 proof 文件夹），交印刷厂之前整体看一遍。")

    @OptionGroup var siteOptions: SiteOptions
    @Option(name: .long, help: "总览写到哪个文件夹，默认是站点下的 proof（不属于公开网站）。") var output: String?
    @Option(name: .long, help: "从哪个生成文件夹读取 PDF（build 的 --output），默认是站点下的 output。") var from: String?

    func run() throws {
        Interruption.install(message: "已中断：印刷品总览没有写完。", status: ExitStatus.internalError)
        let built = from.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? siteOptions.siteURL.appendingPathComponent("output", isDirectory: true)
        let destination = output.map { URL(fileURLWithPath: $0, isDirectory: true) }
            ?? siteOptions.siteURL.appendingPathComponent("proof", isDirectory: true)
        try runReporting {
            let sheet = ProofSheet(pdfDirectory: built.appendingPathComponent("print", isDirectory: true), destination: destination)
            let documents = try sheet.write()
            let pages = documents.map(\.images.count).reduce(0, +)
            print("已生成印刷品总览：\(documents.count) 个文件，共 \(pages) 页。请用浏览器打开 \(destination.appendingPathComponent("index.html").path)")
        }
    }
}

/// `zhengfeng inspect`: the self-inspection against the national government-website indicators.
struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按《政府网站与政务新媒体检查指标》自查：首页和栏目更新、空白栏目、严重错误、链接、基本信息。有单项否决项时退出状态为 1。")

    @OptionGroup var siteOptions: SiteOptions
    @Option(name: .long, help: "按哪一天检查（YYYY-MM-DD），默认是今天。") var today: String?
    @Option(name: .long, help: "输出格式：text 或 json。") var format: Check.Format = .text
    @Flag(name: .long, help: "联网打开每个外部链接，列出打不开的（不加时只列出外部链接，请人工核对）。") var online = false

    /// A `--today` that is not a day is a usage error (exit 2).
    func validate() throws {
        if let today, SiteInspection.day(today) == nil {
            throw ValidationError(SiteInspection.todayProblem(today))
        }
    }

    func run() throws {
        let options = BuildOptions(siteDirectory: siteOptions.siteURL)
        var report: InspectionReport?
        try runReporting {
            report = try SiteInspection.run(options: options, today: today.flatMap(SiteInspection.day),
                                            prober: online ? NetworkLinkProber() : nil)
        }
        guard let report else { return }
        print(format == .json ? report.json : report.text, terminator: "")
        if !report.passed { throw ExitCode(ExitStatus.contentError) }
    }
}
