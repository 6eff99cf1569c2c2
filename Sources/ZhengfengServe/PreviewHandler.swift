import FlyingFox
import Foundation
import ZhengfengKit

/// Answers the browser: files of the preview folder (with the live-reload script in HTML),
/// the long-poll endpoint, the site's 404 page, and 400 for paths that try to leave the folder.
/// A print document's PDF is made current before it is served (`preparePDF`).
struct PreviewHandler: HTTPHandler {
    let files: PreviewFiles
    let state: PreviewState
    let preparePDF: @Sendable (String) async -> PDFDemand

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "只支持 GET。")
        }
        // The path as sent (decoded, not normalised): FlyingFox's `path` drops the final slash
        // and folds `..`, and both matter here.
        let path = request.target.path(percentEncoded: false)
        if path == LiveReload.endpoint {
            let since = request.query.first { $0.name == "since" }.flatMap { Int($0.value) } ?? -1
            let generation = await state.wait(since: since, timeout: 10)
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-store"],
                                body: Data(String(generation).utf8))
        }
        let errors = state.errors
        if !state.hasGoodBuild && !errors.isEmpty {
            return html(.internalServerError, LiveReload.errorPage(errors, generation: state.generation))
        }
        if path.hasPrefix("/print/"), path.hasSuffix(".pdf"),
           case .failed(let problems) = await preparePDF(String(path.dropFirst())) {
            return html(.internalServerError, LiveReload.errorPage(problems, generation: state.generation, heading: LiveReload.pdfHeading))
        }
        switch files.lookup(path) {
        case .badRequest:
            return text(.badRequest, "请求的路径无效。")
        case .redirect(let location):
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case .notFound:
            return notFound(errors: errors)
        case .file(let path):
            return try serve(path, errors: errors, head: request.method == .HEAD)
        }
    }

    private func serve(_ path: String, errors: [Diagnostic], head: Bool) throws -> HTTPResponse {
        guard let data = FileManager.default.contents(atPath: path) else { return notFound(errors: errors) }
        let type = PreviewFiles.contentType(for: path)
        var body = data
        if type.hasPrefix("text/html") {
            let page = String(decoding: data, as: UTF8.self)
            body = Data(LiveReload.inject(into: page, generation: state.generation, errors: errors).utf8)
        }
        var headers: HTTPHeaders = [.contentType: type, .cacheControl: "no-store"]
        if head {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: .ok, headers: headers)
        }
        return HTTPResponse(statusCode: .ok, headers: headers, body: body)
    }

    private func notFound(errors: [Diagnostic]) -> HTTPResponse {
        if case .file(let page) = files.lookup("/404.html"), let data = FileManager.default.contents(atPath: page) {
            let html = LiveReload.inject(into: String(decoding: data, as: UTF8.self), generation: state.generation, errors: errors)
            return self.html(.notFound, html)
        }
        return text(.notFound, "页面不存在。")
    }

    private func html(_ status: HTTPStatusCode, _ page: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
                     body: Data(page.utf8))
    }

    private func text(_ status: HTTPStatusCode, _ message: String) -> HTTPResponse {
        HTTPResponse(statusCode: status, headers: [.contentType: "text/plain; charset=utf-8"], body: Data(message.utf8))
    }
}
