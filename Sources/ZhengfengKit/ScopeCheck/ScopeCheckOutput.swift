import Foundation

/// Writes the “归不归纪委监委管？” web pages of a published site: `scope-check/index.html`, the
/// whole tree with only the first question shown (`assets/js/scope-check.js` turns it into a
/// one-question-at-a-time stepper with a back button), and one static page per question and
/// outcome, `scope-check/<id>/index.html`, which the answers link to: without JavaScript a
/// resident walks the same tree page by page. Nothing is written when the site has no
/// data/scope-check.yml or its theme no `scope-check` template.
struct ScopeCheckOutput {
    let contexts: TemplateContexts
    let templates: TemplateSet
    let sink: OutputSink

    static let pageTemplate = "scope-check"
    static let stepTemplate = "scope-check-step"

    var site: PublishedSite { contexts.site }

    /// Writes the pages; returns the number of files written.
    func write() throws -> Int {
        guard let tree = site.scopeCheck, templates.contains(Self.pageTemplate) else { return 0 }
        let values = ScopeCheckContext.make(tree, site: site)
        let description = tree.intro.isEmpty ? "回答几个问题，看看您要反映的事归不归纪委监委管、该找哪里。" : tree.intro
        try writePage(Self.pageTemplate, title: tree.title, at: ScopeCheckContext.folder + "/index.html",
                      description: description, extra: ["scope_check": values])
        var count = 1
        guard templates.contains(Self.stepTemplate) else { return count }
        for step in values["steps"] as? [[String: Any]] ?? [] {
            let id = step["id"] as! String
            let heading = step["heading"] as? String ?? tree.title
            // Like an article of the column 归不归纪委监委管？ (government-site meta tags).
            try writePage(Self.stepTemplate, title: heading + "_" + tree.title,
                          at: ScopeCheckContext.urlPath(ofStep: id) + "index.html", description: description,
                          extra: ["scope_check": values, "step": step, "single": true],
                          meta: ["article_title": heading, "column_name": tree.title])
            count += 1
        }
        return count
    }

    private func writePage(_ name: String, title: String, at path: String, description: String, extra: [String: Any],
                           meta: [String: Any] = [:]) throws {
        try contexts.writeStandalonePage(name, title: title, at: path, description: description, extra: extra, meta: meta,
                                         templates: templates, sink: sink)
    }
}
