import Foundation
import ZhengfengKit

/// What `serve` adds to HTML responses (never to the files on disk, so `build` output has
/// none of it): a script that long-polls the server and reloads the page after a rebuild,
/// and, while the latest change has errors, a panel listing them over the last good page.
enum LiveReload {
    static let endpoint = "/__zhengfeng/reload"

    static func script(generation: Int) -> String {
        """
        <script>/* zhengfeng serve: live reload */(function(){var g=\(generation);function p(){fetch("\(endpoint)?since="+g,{cache:"no-store"}).then(function(r){return r.text()}).then(function(t){var n=parseInt(t,10);if(n>g){location.reload()}else{p()}}).catch(function(){setTimeout(p,1000)})}p()})();</script>
        """
    }

    static let keptPageHeading = "内容有错误，下面仍是上次成功生成的页面。请按提示修改并保存："
    static let pdfHeading = "这份印刷品没有生成 PDF。请按提示修改并保存，再打开一次："

    static func errorPanel(_ diagnostics: [Diagnostic], heading: String = keptPageHeading) -> String {
        let items = diagnostics.sortedForDisplay().prefix(50).map { "<li>\(escape($0.description))</li>" }.joined()
        return """
        <div id="zhengfeng-errors" role="alert" style="position:fixed;z-index:2147483647;top:0;left:0;right:0;max-height:60vh;overflow:auto;margin:0;padding:1em 1.5em;background:#fff3f3;color:#8a1010;border-bottom:3px solid #c00;font:15px/1.6 sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3)"><strong>\(heading)</strong><ul style="margin:.5em 0 0;padding-left:1.2em">\(items)</ul></div>
        """
    }

    /// The page with the script (and the error panel) inserted before `</body>`.
    static func inject(into html: String, generation: Int, errors: [Diagnostic]) -> String {
        let addition = (errors.isEmpty ? "" : errorPanel(errors)) + script(generation: generation)
        if let range = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) {
            return html.replacingCharacters(in: range, with: addition + "</body>")
        }
        return html + addition
    }

    /// A whole page for errors when there is no good build to show yet.
    static func errorPage(_ diagnostics: [Diagnostic], generation: Int, heading: String = keptPageHeading) -> String {
        """
        <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>内容有错误</title></head><body>\(errorPanel(diagnostics, heading: heading))\(script(generation: generation))</body></html>
        """
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
