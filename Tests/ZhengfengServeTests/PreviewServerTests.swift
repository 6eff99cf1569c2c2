import Foundation
import Testing
import ZhengfengKit
@testable import ZhengfengServe

/// `zhengfeng serve` end to end: a real server on 127.0.0.1 (a free port), real files,
/// real edits. Every test stops its server and is bounded in time.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct PreviewServerTests {
    /// A small site (built-in theme) in a new temporary folder.
    static func makeSite() throws -> URL {
        let site = FileManager.default.temporaryDirectory
            .appendingPathComponent("zhengfeng-serve-test-\(UUID().uuidString)", isDirectory: true)
        let news = site.appendingPathComponent("content/news", isDirectory: true)
        try FileManager.default.createDirectory(at: news, withIntermediateDirectories: true)
        try Data("title: \"测试站点\"\nbase_url: \"https://example.gov.cn/\"\n".utf8)
            .write(to: site.appendingPathComponent("content/site.yml"))
        try Data("---\ntitle: \"首页\"\n---\n\n欢迎。\n".utf8).write(to: site.appendingPathComponent("content/_index.md"))
        try page(title: "第一篇", date: "2026-03-01", text: "原来的正文。").write(to: news.appendingPathComponent("a.md"))
        try page(title: "第二篇", date: "2026-03-02", text: "另一篇。").write(to: news.appendingPathComponent("b.md"))
        return site
    }

    static func page(title: String, date: String, text: String) -> Data {
        Data("---\ntitle: \"\(title)\"\ndate: \(date)\n---\n\n\(text)\n".utf8)
    }

    /// Runs `body` with a started session, then stops it and removes the site.
    static func withSession(_ body: (PreviewSession, UInt16, URL) async throws -> Void) async throws {
        let site = try makeSite()
        let output = site.appendingPathComponent("preview", isDirectory: true)
        let session = try PreviewSession(siteDirectory: site, output: output, host: "127.0.0.1", port: 0) { _ in }
        let port = try await session.start()
        do {
            try await body(session, port, site)
        } catch {
            await session.stop()
            try? FileManager.default.removeItem(at: site)
            throw error
        }
        await session.stop()
        try? FileManager.default.removeItem(at: site)
    }

    static func get(_ rawPath: String, port: UInt16) async throws -> (status: Int, type: String?, headers: [String: String], body: String) {
        let response = try await RawHTTP.get(rawPath, port: port)
        return (response.status, response.headers["content-type"], response.headers, response.body)
    }

    /// Checks `condition` after each update the session finishes from `generation` on (an
    /// edit may arrive in more than one batch), waiting on the update event each time.
    static func afterUpdates(_ session: PreviewSession, from generation: Int,
                             _ condition: () async throws -> Bool) async throws -> Bool {
        var seen = generation
        for _ in 0..<20 {
            let next = await session.waitForUpdate(after: seen, timeout: 60)
            if next == seen { break }
            seen = next
            if try await condition() { return true }
        }
        return try await condition()
    }

    @Test func servesPagesFoldersAndAssetsWithTheirContentTypes() async throws {
        try await Self.withSession { _, port, _ in
            #expect(port != 0)
            let home = try await Self.get("/", port: port)
            #expect(home.status == 200)
            #expect(home.type == "text/html; charset=utf-8")
            #expect(home.body.contains("第一篇"))
            let page = try await Self.get("/news/a/", port: port)
            #expect(page.status == 200)
            #expect(page.body.contains("原来的正文。"))
            let css = try await Self.get("/assets/css/site.css", port: port)
            #expect(css.status == 200)
            #expect(css.type == "text/css; charset=utf-8")
            let feed = try await Self.get("/feed.xml", port: port)
            #expect(feed.type == "application/xml; charset=utf-8")
            let folder = try await Self.get("/news/a", port: port)
            #expect(folder.status == 301)
            #expect(folder.headers["location"] == "/news/a/")
            let missing = try await Self.get("/no-such-page/", port: port)
            #expect(missing.status == 404)
            #expect(missing.body.contains("页面不存在"))
        }
    }

    @Test func refusesPathsThatLeaveThePreviewFolder() async throws {
        try await Self.withSession { _, port, _ in
            for path in ["/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/news/..%2f..%2f..%2fetc/passwd",
                         "/./index.html", "/news/%5c..%5c..%5cetc%5cpasswd"] {
                let response = try await Self.get(path, port: port)
                #expect([400, 404].contains(response.status), "\(path) → \(response.status)")
                #expect(!response.body.contains("root:"))
            }
        }
    }

    @Test func anEditedPageIsServedAfterTheRebuild() async throws {
        try await Self.withSession { session, port, site in
            let before = session.generation
            try Self.page(title: "第一篇", date: "2026-03-01", text: "修改后的正文。")
                .write(to: site.appendingPathComponent("content/news/a.md"))
            let updated = try await Self.afterUpdates(session, from: before) {
                try await Self.get("/news/a/", port: port).body.contains("修改后的正文。")
            }
            #expect(updated)
            #expect(session.generation > before)
            let stale = try await Self.get("/news/a/", port: port)
            #expect(!stale.body.contains("原来的正文。"))
        }
    }

    /// An editor previews a page while writing it: serve shows a `draft: true` page with a
    /// 草稿 banner (`build` never publishes it; see SectionListTests).
    @Test func aDraftIsShownInThePreviewWithA草稿Banner() async throws {
        try await Self.withSession { session, port, site in
            let before = session.generation
            try Data("---\ntitle: \"还在写的稿子\"\ndate: 2026-03-03\ndraft: true\n---\n\n草稿正文。\n".utf8)
                .write(to: site.appendingPathComponent("content/news/draft.md"))
            let shown = try await Self.afterUpdates(session, from: before) {
                try await Self.get("/news/draft/", port: port).status == 200
            }
            #expect(shown)
            let page = try await Self.get("/news/draft/", port: port)
            #expect(page.body.contains("<p class=\"draft-label\">草稿"))
            #expect(page.body.contains("草稿正文。"))
            let list = try await Self.get("/news/", port: port)
            #expect(list.body.contains("<span class=\"draft-tag\">草稿</span>还在写的稿子"))
            #expect(!(try await Self.get("/news/a/", port: port)).body.contains("draft-label"))
        }
    }

    @Test func aContentErrorShowsItsMessageAndKeepsTheLastGoodPage() async throws {
        try await Self.withSession { session, port, site in
            let broken = session.generation
            try Data("---\ntitle: [没有结束\n---\n\n坏了。\n".utf8).write(to: site.appendingPathComponent("content/news/a.md"))
            let shown = try await Self.afterUpdates(session, from: broken) {
                try await Self.get("/news/a/", port: port).body.contains("zhengfeng-errors")
            }
            #expect(shown)
            let page = try await Self.get("/news/a/", port: port)
            #expect(page.status == 200)
            #expect(page.body.contains("content/news/a.md:2:"))
            #expect(page.body.contains("YAML_SYNTAX"))
            #expect(page.body.contains("原来的正文。"))
            let mended = session.generation
            try Self.page(title: "第一篇", date: "2026-03-01", text: "改好了。").write(to: site.appendingPathComponent("content/news/a.md"))
            let fixed = try await Self.afterUpdates(session, from: mended) {
                let body = try await Self.get("/news/a/", port: port).body
                return body.contains("改好了。") && !body.contains("zhengfeng-errors")
            }
            #expect(fixed)
        }
    }

    @Test func theLiveReloadScriptIsOnlyAddedByTheServer() async throws {
        try await Self.withSession { _, port, site in
            let served = try await Self.get("/news/a/", port: port)
            #expect(served.body.contains(LiveReload.endpoint))
            // The preview files on disk carry no script: it is added to responses only.
            let onDisk = try String(contentsOf: site.appendingPathComponent("preview/news/a/index.html"), encoding: .utf8)
            #expect(!onDisk.contains(LiveReload.endpoint))
            // And `build` output has none.
            let output = site.appendingPathComponent("built", isDirectory: true)
            _ = try SiteBuilder(options: BuildOptions(siteDirectory: site, outputDirectory: output)).build()
            let enumerator = FileManager.default.enumerator(atPath: output.path)
            var pages = 0
            while let path = enumerator?.nextObject() as? String {
                guard path.hasSuffix(".html") else { continue }
                pages += 1
                let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                #expect(!html.contains("__zhengfeng"), "\(path)")
                #expect(!html.contains("live reload"), "\(path)")
            }
            #expect(pages >= 3)
        }
    }

    @Test func theReloadEndpointAnswersWhenAnUpdateFinishes() async throws {
        try await Self.withSession { session, port, site in
            let generation = session.generation
            async let answer = Self.get("\(LiveReload.endpoint)?since=\(generation)", port: port)
            // The request is waiting before the edit is made (an event, not a delay).
            await session.reloadRequestPending()
            #expect(session.generation == generation)
            try Self.page(title: "第二篇", date: "2026-03-02", text: "新内容。").write(to: site.appendingPathComponent("content/news/b.md"))
            var response = try await answer
            #expect(response.status == 200)
            // The server answers an unchanged generation after 10 s; on a loaded machine the
            // rebuild may take longer, and the browser simply asks again, as here.
            for _ in 0..<20 where (Int(response.body) ?? 0) <= generation {
                response = try await Self.get("\(LiveReload.endpoint)?since=\(generation)", port: port)
            }
            #expect((Int(response.body) ?? 0) > generation)
        }
    }

    @Test func anOutputThatIsTheSiteIsRefusedAndTheSiteKept() throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        for output in [site, site.appendingPathComponent("content"), site.deletingLastPathComponent()] {
            #expect(throws: OutputError.self) {
                try PreviewSession(siteDirectory: site, output: output, port: 0) { _ in }
            }
        }
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/news/a.md").path))
    }

    @Test func stoppingRemovesOnlyTheFolderTheSessionMade() async throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site) }
        let parent = site.appendingPathComponent("tmp", isDirectory: true)
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        try Data("别人的\n".utf8).write(to: parent.appendingPathComponent("other.txt"))
        let session = try PreviewSession(siteDirectory: site, temporaryParent: parent, port: 0) { _ in }
        _ = try await session.start()
        #expect(FileManager.default.fileExists(atPath: session.outputDirectory.appendingPathComponent("index.html").path))
        await session.stop()
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["other.txt"])
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/news/a.md").path))
    }
}
